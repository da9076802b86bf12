"""Eval reports as pages: gold and prediction in the same text, matched / missed / spurious.

Which predicted item is which gold item is decided by ``evaluation.matching`` (the same
one-to-one assignment that produced the report's counts), and which attributes of a matched pair
are wrong comes from the report's own findings, so the page can never disagree with the numbers
above it. Scoring stays in ``evaluation``; this module only lays its results out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

from llmextract.evaluation.matching import match_claims, match_events
from llmextract.evaluation.metrics import Finding, MetricValue
from llmextract.evaluation.reports import ComparisonReport, EvaluationReport
from llmextract.evaluation.runs import StoredRun
from llmextract.evaluation.tasks import GoldTask, Prediction, Sample, Task
from llmextract.gold import GoldArticle
from llmextract.schema import Extraction, article_sha256
from llmextract.view.document import Document, Item, base_document, items_of
from llmextract.view.page import render_page, write_page
from llmextract.view.sources import run_meta

#: Finding unit suffix (``claim:c1/count_exact``) -> the field label it concerns on the page.
_UNIT_FIELDS = {
    "kind": ["kind"], "date": ["date"], "location": ["places"], "attacker": ["attacker"],
    "attribution": ["attribution"], "count_exact": ["count", "count min", "count max"],
    "claimant": ["claimant"], "stance": ["stance"], "event_link": ["event"],
}


def _finding(f: Finding) -> list[str]:
    return [f.status, f.item, f.detail, f.quote or ""]


def _metric_row(m: MetricValue) -> dict[str, Any]:
    by_suffix = {key.rsplit(".", 1)[1]: value for key, value in m.counts.items()}
    if "tp" in by_suffix:
        counts = f"tp {by_suffix['tp']} · fp {by_suffix['fp']} · fn {by_suffix['fn']}"
    elif "hits" in by_suffix:
        counts = f"{by_suffix['hits']}/{by_suffix['n']}"
    else:
        counts = f"Σ {by_suffix.get('sum', 0)} over {by_suffix.get('n', 0)}"
    return {"label": m.label + ("" if m.higher_is_better else " ↓"), "value": m.value,
            "low": m.ci_low, "high": m.ci_high, "macro": m.macro, "counts": counts,
            "headline": m.headline}


def _prediction(record: Prediction | None, sample: Sample) -> tuple[Extraction | None,
                                                                     str | None]:
    """The prediction as scoring sees it (``tasks.score_predictions``): a stored error, no
    record, or an extraction of another text all count as no prediction, with the reason."""
    if record is None:
        return None, "no prediction stored for this article (the run was interrupted?)"
    extraction = record.extraction
    if extraction is not None and extraction.article.sha256 != article_sha256(sample.text):
        return None, ("the stored prediction was made on a different text (the article changed "
                      "since the run): re-run it")
    return extraction, None if extraction is not None else record.error


def _pair(gold: list[Item], predicted: list[Item], gold_x: Extraction,
          pred_x: Extraction | None) -> None:
    """Mark ``matched``/``missed``/``spurious`` and link each matched pair both ways."""
    p_events = pred_x.events if pred_x is not None else []
    p_claims = pred_x.claims if pred_x is not None else []
    for item in gold:
        item["status"] = "missed"
    for item in predicted:
        item["status"] = "spurious"
    g_by = {(i["type"], i["id"]): i for i in gold}
    p_by = {(i["type"], i["id"]): i for i in predicted}
    pairs = [("event", p_events[a].id, gold_x.events[b].id)
             for a, b in match_events(p_events, gold_x.events).pairs]
    pairs += [("claim", p_claims[a].id, gold_x.claims[b].id)
              for a, b in match_claims(p_claims, gold_x.claims).pairs]
    for kind, pid, gid in pairs:
        g, p = g_by[(kind, gid)], p_by[(kind, pid)]
        g["status"] = p["status"] = "matched"
        g["pair"], p["pair"] = p["key"], g["key"]


def _mark_wrong(gold: list[Item], predicted: list[Item],
                findings: Sequence[Finding]) -> None:
    by_key = {i["key"]: i for i in predicted}
    for f in findings:
        if f.status != "wrong" or f.unit is None or "/" not in f.unit:
            continue
        head, attribute = f.unit.split("/", 1)
        kind, gid = head.split(":", 1)
        for g in gold:
            if g["type"] == kind and g["id"] == gid:
                fields = _UNIT_FIELDS.get(attribute, [attribute])
                g.setdefault("wrong", []).extend(fields)
                if "pair" in g:
                    by_key[g["pair"]].setdefault("wrong", []).extend(fields)


def _gold_by_id(task: Task) -> dict[str, GoldArticle]:
    return {a.id: a for a in task.articles} if isinstance(task, GoldTask) else {}


def _gold_extraction(gold: Mapping[str, GoldArticle], sample: Sample) -> Extraction | None:
    """The gold labels of ``sample`` as an extraction (None: the task has no items)."""
    from llmextract.schema import Provenance

    article = gold.get(sample.id)
    if article is None:
        return None
    return Extraction(article=article.article_ref, events=article.events, claims=article.claims,
                      provenance=Provenance(backend="gold", grounding_version="-"))


def _article(gold_by_id: Mapping[str, GoldArticle], sample: Sample,
             layers: Sequence[tuple[Extraction | None, str | None]],
             findings: Sequence[Sequence[Finding]]) -> Document:
    """Gold (layer 0, when the task has items) and each run's prediction (layers 1..)."""
    gold_x = _gold_extraction(gold_by_id, sample)
    gold = items_of(gold_x, layer=0, prefix="g:")
    predicted: list[list[Item]] = []
    for n, ((extraction, _), run_findings) in enumerate(zip(layers, findings, strict=True),
                                                        start=1):
        prefix = "p:" if len(layers) == 1 else f"{'ab'[n - 1]}:"
        items = items_of(extraction, layer=n, prefix=prefix)
        if gold_x is not None:
            layer_gold = [dict(g) for g in gold] if len(layers) > 1 else gold
            _pair(layer_gold, items, gold_x, extraction)
            _mark_wrong(layer_gold, items, run_findings)
            if len(layers) > 1:
                for g, copy in zip(gold, layer_gold, strict=True):
                    g.setdefault("runs", []).append(
                        {"status": copy["status"], "pair": copy.get("pair"),
                         "wrong": copy.get("wrong", [])})
        predicted.append(items)
    errors = [e for _, e in layers if e]
    all_items = gold + [i for items in predicted for i in items]
    doc = base_document(sample.id, layers[0][0] or gold_x, sample.text, all_items,
                        error="; ".join(errors) or None, warning=None)
    if len(layers) > 1:
        for g in gold:
            a, b = (r["status"] for r in g["runs"])
            g["status"] = {("missed", "matched"): "gained", ("matched", "missed"): "lost",
                           ("matched", "matched"): "kept"}.get((a, b), "missed")
    doc["findings"] = [[_finding(f) for f in run_findings if f.status != "error"]
                       for run_findings in findings]
    doc["tally"] = [_layer_tally(gold, items, n, len(layers))
                    for n, items in enumerate(predicted, start=1)]
    return doc


def _layer_tally(gold: Sequence[Item], predicted: Sequence[Item], layer: int,
                 runs: int) -> dict[str, int]:
    """matched / missed / spurious of one run on one article."""
    if runs == 1:
        statuses = [g.get("status") for g in gold]
    else:
        statuses = [g["runs"][layer - 1]["status"] for g in gold if "runs" in g]
    return {"matched": statuses.count("matched"), "missed": statuses.count("missed"),
            "spurious": sum(p.get("status") == "spurious" for p in predicted)}


def evaluation_page_data(report: EvaluationReport, task: Task,
                         predictions: Mapping[str, Prediction]) -> dict[str, Any]:
    """The page data of one scored run: metrics, gate, and every article worst first."""
    data, articles = _evaluation_page(report, task, predictions)
    return {**data, "articles": list(articles)}


def _evaluation_page(report: EvaluationReport, task: Task, predictions: Mapping[str, Prediction]
                     ) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The page data without its articles, and the articles one at a time."""

    def articles() -> Iterator[dict[str, Any]]:
        gold_by_id = _gold_by_id(task)
        for row in report.articles:
            sample = task.sample(row.id)
            extraction, error = _prediction(predictions.get(row.id), sample)
            doc = _article(gold_by_id, sample, [(extraction, error)], [row.findings])
            doc["values"] = row.values
            yield doc

    gate = None
    if report.gate is not None:
        g = report.gate
        gate = {"passed": g.passed, "baseline": g.baseline,
                "rows": [[c.label, c.baseline, c.current, c.ci_low, c.ci_high, c.regressed]
                         for c in g.checks]}
    labels = {k: m.label for k, m in report.summary.metrics.items() if m.headline}
    split = f" ({report.split} split)" if report.split else ""
    return {
        "mode": "evaluation",
        "title": f"llmextract eval: {report.task} {report.source}{split}",
        "meta": run_meta(report.run.model_dump(mode="json")) if report.run is not None else [],
        "layers": ["gold", "prediction"],
        "gold": isinstance(task, GoldTask),
        "metrics": [_metric_row(m) for m in report.summary.metrics.values()],
        "headline": labels,
        "bootstrap": report.summary.bootstrap.resamples,
        "gate": gate,
        "notes": report.notes,
    }, articles()


def evaluation_html(report: EvaluationReport, task: Task,
                    predictions: Mapping[str, Prediction]) -> str:
    """The eval report of ``llmextract eval --report``: one self-contained HTML page."""
    return render_page(evaluation_page_data(report, task, predictions))


def write_evaluation_html(report: EvaluationReport, task: Task,
                          predictions: Mapping[str, Prediction], out: IO[str]) -> None:
    """``evaluation_html`` written to ``out`` one article at a time (bounded memory)."""
    data, articles = _evaluation_page(report, task, predictions)
    write_page(data, articles, out)


def comparison_page_data(report: ComparisonReport, task: Task, run_a: StoredRun,
                         run_b: StoredRun) -> dict[str, Any]:
    """Two runs on the same task: metric deltas, then the articles that changed, first."""
    data, articles = _comparison_page(report, task, run_a, run_b)
    return {**data, "articles": list(articles)}


def _comparison_page(report: ComparisonReport, task: Task, run_a: StoredRun, run_b: StoredRun
                     ) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The page data without its articles, and the articles one at a time: those that changed
    (in the report's order), then the rest in the task's. Each article is scored again when
    its turn comes (``tasks.score_sample``, what the report's scores were), so no run's
    scores are held at once."""
    from llmextract.evaluation.metrics import ArticleChange
    from llmextract.evaluation.tasks import score_sample

    task_ids = set(task.ids)

    def page(article_id: str, change: ArticleChange | None) -> dict[str, Any]:
        sample = task.sample(article_id)
        records = [run_a.predictions.get(article_id), run_b.predictions.get(article_id)]
        layers = [_prediction(record, sample) for record in records]
        findings = [score_sample(task, sample, record).findings for record in records]
        doc = _article(gold_by_id, sample, layers, findings)
        doc["changed"] = change is not None
        doc["gained"] = [_finding(f) for f in change.gained] if change else []
        doc["lost"] = [_finding(f) for f in change.lost] if change else []
        return doc

    def articles() -> Iterator[dict[str, Any]]:
        changed: set[str] = set()
        for change in report.comparison.changes:
            if change.article_id in changed:
                continue
            changed.add(change.article_id)
            if change.article_id in task_ids:
                yield page(change.article_id, change)
        for article_id in task.ids:
            if article_id not in changed:
                yield page(article_id, None)

    gold_by_id = _gold_by_id(task)
    c = report.comparison
    return {
        "mode": "comparison",
        "title": f"llmextract compare: {report.run_a.name} → {report.run_b.name}",
        "meta": [["A", report.run_a.name], ["B", report.run_b.name],
                 ["task", f"{report.task} {report.source}"
                  + (f" ({report.split})" if report.split else "")],
                 ["articles compared", str(c.articles)],
                 ["changed", str(len(c.changes))],
                 ["only in A / only in B", f"{len(c.only_a)} / {len(c.only_b)}"]],
        "runs": [run_meta(report.run_a.model_dump(mode="json")),
                 run_meta(report.run_b.model_dump(mode="json"))],
        "layers": ["gold", "A", "B"],
        "gold": isinstance(task, GoldTask),
        "deltas": [{"label": d.label + ("" if d.higher_is_better else " ↓"), "a": d.a,
                    "b": d.b, "diff": d.diff, "low": d.ci_low, "high": d.ci_high,
                    "p": d.p_value, "verdict": d.verdict, "headline": d.headline}
                   for d in c.metrics.values()],
        "bootstrap": c.bootstrap.resamples,
    }, articles()


def comparison_html(report: ComparisonReport, task: Task, run_a: StoredRun,
                    run_b: StoredRun) -> str:
    """The page of ``llmextract eval --compare A B --report``."""
    return render_page(comparison_page_data(report, task, run_a, run_b))


def write_comparison_html(report: ComparisonReport, task: Task, run_a: StoredRun,
                          run_b: StoredRun, out: IO[str]) -> None:
    """``comparison_html`` written to ``out`` one article at a time (bounded memory)."""
    data, articles = _comparison_page(report, task, run_a, run_b)
    write_page(data, articles, out)
