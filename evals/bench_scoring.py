"""Benchmark: re-score 1,000 articles of stored predictions (target: under 2 s).

Builds 1,000 gold articles by cycling the committed gold set (each copy under a new id), stores
a run of imperfect predictions for them (every third article loses an event, every fourth a
claim, every fifth has a wrong count, every seventh a spurious claim), then times what
``llmextract eval --predictions`` does: read the stored run, match and score every article, and
aggregate with 1,000 bootstrap resamples. Run it from the repository root:

    .venv/bin/python evals/bench_scoring.py [--articles 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from llmextract.evaluation.metrics import summarize
from llmextract.evaluation.runs import PredictionRecord, RunManifest, RunWriter, load_run
from llmextract.evaluation.tasks import GoldTask, score_predictions
from llmextract.gold import GoldArticle, load_gold_dir
from llmextract.schema import Count, Extraction, Provenance


def articles(n: int) -> list[GoldArticle]:
    gold = load_gold_dir(Path(__file__).parent / "gold")
    return [gold[i % len(gold)].model_copy(update={"id": f"{gold[i % len(gold)].id}-{i}"})
            for i in range(n)]


def prediction(article: GoldArticle, i: int) -> Extraction:
    events = list(article.events)
    claims = list(article.claims)
    if i % 3 == 0 and events:
        dropped = events.pop()
        claims = [c.model_copy(update={"event": None}) if c.event == dropped.id else c
                  for c in claims]
    if i % 4 == 0 and claims:
        gone = claims.pop(0)
        claims = [c.model_copy(update={"superseded_by": None})
                  if c.superseded_by == gone.id else c for c in claims]
    if i % 5 == 0 and claims:
        first = claims[0]
        claims[0] = first.model_copy(update={"count": Count(min=(first.count.min or 0) + 1,
                                                            max=None)})
    if i % 7 == 0 and claims:
        claims.append(claims[-1].model_copy(update={"id": "extra", "superseded_by": None,
                                                    "outcome": "missing"}))
    return Extraction(article=article.article_ref, events=events, claims=claims,
                      provenance=Provenance(backend="bench", grounding_version="bench"))


def main() -> int:
    parser = argparse.ArgumentParser(description="Re-score 1,000 stored predictions.")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    gold = articles(options.articles)
    task = GoldTask(source="evals/gold (cycled)", split=None, articles=tuple(gold))
    with tempfile.TemporaryDirectory() as tmp:
        manifest = RunManifest(name="bench", status="running", task="gold", source=task.source,
                               articles=len(gold), llmextract_version="bench",
                               created_at=dt.datetime.now(dt.timezone.utc), concurrency=1)
        writer = RunWriter(Path(tmp) / "bench", manifest)
        for i, article in enumerate(gold):
            writer.append(PredictionRecord(article_id=article.id,
                                           extraction=prediction(article, i)))
        writer.close()

        timings: list[tuple[float, float, float]] = []
        for _ in range(options.repeat):
            start = time.perf_counter()
            run = load_run(Path(tmp) / "bench")
            loaded = time.perf_counter()
            scores = score_predictions(task, run.predictions)
            scored = time.perf_counter()
            summary = summarize(scores, task.metrics)
            done = time.perf_counter()
            timings.append((loaded - start, scored - loaded, done - scored))

    load_s, score_s, aggregate_s = min(timings, key=sum)
    print(f"{len(gold)} articles ({sum(len(a.events) for a in gold)} gold events, "
          f"{sum(len(a.claims) for a in gold)} gold claims), best of {options.repeat}:")
    print(f"  read stored run     {load_s:6.3f} s")
    print(f"  match and score     {score_s:6.3f} s")
    print(f"  aggregate+bootstrap {aggregate_s:6.3f} s "
          f"({summary.bootstrap.resamples} resamples)")
    total = load_s + score_s + aggregate_s
    print(f"  total               {total:6.3f} s (target < 2 s)")
    f1 = summary.metrics["events.f1"].value
    print(f"  sanity: events F1 {f1:.3f}, claims F1 {summary.metrics['claims.f1'].value:.3f}")
    return 0 if total < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
