"""A stored ISAF run scored on the development rows and on the held-out rows separately.

Run: ``.venv/bin/python evals/isaf_split.py [RUN]`` (default ``evals/runs/rules-isaf-dev``);
``--releases evals/isaf_blind/blind.jsonl --development-rows 40`` for the blind set (a run made
on that file).

The rules were developed on the first 140 releases of ``evals/external/isaf/dev.jsonl``; the
last 60 were kept aside to check that they generalise. The full-slice figures that CI gates
(``llmextract eval --predictions RUN``) mix both, so this prints each part on its own, from the
stored predictions (nothing is extracted again). Develop on the first part only: looking at the
held-out releases' texts or findings spends them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from llmextract.errors import LLMExtractError
from llmextract.evaluation.isaf import ISAF_METRICS, load_isaf, score_release
from llmextract.evaluation.metrics import summarize
from llmextract.evaluation.runs import load_run

ROOT = Path(__file__).resolve().parent
RELEASES = ROOT / "external" / "isaf" / "dev.jsonl"
DEVELOPMENT_ROWS = 140
SHOWN = ("killed_reported.exact", "killed.exact", "airstrike.precision", "airstrike.recall",
         "airstrike.f1", "province.accuracy", "start_date.accuracy", "start_date_all.accuracy")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", nargs="?", default=str(ROOT / "runs" / "rules-isaf-dev"))
    parser.add_argument("--releases", default=str(RELEASES),
                        help="the ISAF-format file the run was made on")
    parser.add_argument("--development-rows", type=int, default=DEVELOPMENT_ROWS,
                        help="how many first rows are for development; the rest are held out")
    args = parser.parse_args(argv)
    try:
        run = load_run(args.run)
        releases = load_isaf(args.releases)
    except LLMExtractError as exc:
        raise SystemExit(f"isaf_split: {exc}") from None
    first = args.development_rows
    if not 0 < first < len(releases):
        raise SystemExit(f"isaf_split: --development-rows {first}: the file has "
                         f"{len(releases)} releases")
    parts = {
        f"development (rows 1-{first})": releases[:first],
        f"held out (rows {first + 1}-{len(releases)})": releases[first:],
    }
    print(f"run {run.path} (model {run.manifest.model})")
    for name, part in parts.items():
        scores = []
        for release in part:
            record = run.predictions.get(release.id)
            if record is None:
                raise SystemExit(f"{run.path}: no prediction for {release.id}; "
                                 f"is it a run on {args.releases}?")
            scores.append(score_release(release, record.extraction, error=record.error))
        metrics = summarize(scores, ISAF_METRICS).metrics
        print(f"\n{name}: {len(part)} releases")
        for key in SHOWN:
            value = metrics[key]
            counts = " · ".join(f"{k.rsplit('.', 1)[-1]} {n}" for k, n in value.counts.items())
            shown = "n/a" if value.value is None else f"{value.value:.3f}"
            print(f"  {value.label:<40} {shown:>6}   {counts}")


if __name__ == "__main__":
    main()
