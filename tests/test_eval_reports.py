"""Reports: JSON with stable keys, Markdown for a pull request, the terminal tables."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from llmextract.evaluation.gate import check, make_baseline
from llmextract.evaluation.metrics import compare, summarize
from llmextract.evaluation.reports import (
    EvaluationReport,
    comparison_report,
    evaluation_report,
    render_json,
    render_markdown,
    render_terminal,
)
from llmextract.evaluation.runs import PredictionRecord, StoredRun, run_task
from llmextract.evaluation.tasks import GoldTask, score_predictions
from tests.test_eval_support import (
    FakeExtract,
    claim,
    event,
    extraction,
    gold_article,
    gold_claims,
    gold_events,
    write_gold_dir,
)


@pytest.fixture
def task(tmp_path: Path) -> GoldTask:
    return GoldTask.load(write_gold_dir(tmp_path / "gold",
                                        [gold_article(f"a{i}") for i in range(3)]))


def partly_wrong(article_id: str) -> PredictionRecord:
    return PredictionRecord(article_id=article_id, extraction=extraction(
        [event("p1", "Airstrikes hit Albukamal on Monday night", place="Abu Kamal",
               date="2020-10-19")],
        [claim("q1", "killing two people", low=5, high=5, claimant="a source", event="p1")],
        article_id=article_id))


@pytest.fixture
def run(task: GoldTask, tmp_path: Path) -> StoredRun:
    return run_task(task, directory=tmp_path / "runs", name="r", extract=FakeExtract())


def report_for(task: GoldTask, run: StoredRun) -> EvaluationReport:
    predictions = {**run.predictions, "a1": partly_wrong("a1"),
                   "a2": PredictionRecord(article_id="a2", error="BackendError: 500")}
    scores = score_predictions(task, predictions)
    summary = summarize(scores, task.metrics)
    gate = check(make_baseline("b", task, summary, scores), task, scores)
    return evaluation_report(task, scores, summary, run=run.manifest, gate=gate)


def test_json_has_stable_top_level_and_metric_keys(task: GoldTask, run: StoredRun) -> None:
    data = json.loads(render_json(report_for(task, run)))
    assert list(data) == ["report", "report_version", "task", "source", "split", "run",
                          "summary", "gate", "notes", "articles"]
    assert list(data["summary"]["metrics"]["events.f1"]) == [
        "key", "label", "value", "macro", "ci_low", "ci_high", "counts", "articles",
        "higher_is_better", "headline"]
    assert list(data["summary"]["metrics"])[:3] == ["events.precision", "events.recall",
                                                    "events.f1"]


def test_rendering_json_twice_gives_the_same_text(task: GoldTask, run: StoredRun) -> None:
    assert render_json(report_for(task, run)) == render_json(report_for(task, run))


def test_articles_are_listed_worst_first(task: GoldTask, run: StoredRun) -> None:
    rows = report_for(task, run).articles
    assert [r.id for r in rows] == ["a2", "a1", "a0"]
    assert rows[0].error == "BackendError: 500" and rows[2].findings == []


def test_every_missed_and_spurious_item_is_listed_with_its_quote(task: GoldTask,
                                                                 run: StoredRun) -> None:
    row = next(r for r in report_for(task, run).articles if r.id == "a1")
    missed = {(f.item, f.quote) for f in row.findings if f.status == "missed"}
    assert ("event", "shelling struck Deir ez-Zor") in missed
    assert ("claim", "wounding seven others") in missed


def test_markdown_has_the_gate_headline_metrics_and_findings(task: GoldTask,
                                                             run: StoredRun) -> None:
    text = render_markdown(report_for(task, run))
    assert text.startswith("## llmextract eval: gold")
    assert "### Gate: passed" in text
    assert "| Events F1 | 0.667 |" in text  # tp 3 (a0 2, a1 1), fn 3: 6 / 9
    assert "“shelling struck Deir ez-Zor”" in text
    assert "error: BackendError: 500" in text


def test_markdown_escapes_table_pipes() -> None:
    from llmextract.evaluation.reports import _md_table

    assert _md_table(["a"], [["x | y"]])[-1] == "| x \\| y |"


def test_the_terminal_report_prints_metrics_articles_and_the_gate(task: GoldTask,
                                                                  run: StoredRun) -> None:
    buffer = io.StringIO()
    render_terminal(report_for(task, run), Console(file=buffer, width=160, color_system=None))
    text = buffer.getvalue()
    assert "Events F1" in text and "Articles, worst first" in text and "gate passed" in text
    assert "missed claim: injured 7" in text


def test_a_comparison_shows_deltas_and_what_each_article_gained_and_lost(
        task: GoldTask, run: StoredRun, tmp_path: Path) -> None:
    worse = StoredRun(path=tmp_path, manifest=run.manifest.model_copy(update={"name": "b"}),
                      predictions={**run.predictions, "a1": partly_wrong("a1")})
    report = comparison_report(task, run, worse)
    f1 = report.comparison.metrics["events.f1"]
    assert f1.a == 1.0 and f1.b == pytest.approx(2 * 5 / (2 * 5 + 0 + 1))
    (change,) = report.comparison.changes
    assert change.article_id == "a1"
    assert {f.unit for f in change.lost} >= {"event:e2", "claim:c2", "claim:c1/count_exact"}
    text = render_markdown(report)
    assert "B − A" in text and "- lost: missed event: shelling" in text
    data = json.loads(render_json(report))
    assert data["report"] == "comparison"


@pytest.mark.parametrize("changed", [0, 1, 2])
def test_a_comparison_is_what_compare_gives_and_its_json_what_json_dumps_gives(
        task: GoldTask, run: StoredRun, tmp_path: Path, changed: int) -> None:
    # comparison_report scores one article at a time and keeps the changes on disk
    predictions = dict(run.predictions)
    for article_id in ["a1", "a2"][:changed]:
        predictions[article_id] = partly_wrong(article_id)
    other = StoredRun(path=tmp_path, manifest=run.manifest.model_copy(update={"name": "b"}),
                      predictions=predictions)
    report = comparison_report(task, run, other)
    plain = compare(score_predictions(task, run.predictions),
                    score_predictions(task, predictions), task.metrics)
    assert len(report.comparison.changes) == changed
    assert report.comparison.model_dump(exclude={"changes"}) == plain.model_dump(
        exclude={"changes"})
    assert list(report.comparison.changes) == plain.changes
    in_memory = report.model_copy(update={"comparison": plain})
    assert render_json(report) == json.dumps(in_memory.model_dump(mode="json"), indent=2,
                                             ensure_ascii=False) + "\n"


def test_a_full_gold_prediction_has_no_findings(task: GoldTask) -> None:
    perfect = {s.id: PredictionRecord(article_id=s.id, extraction=extraction(
        gold_events(), gold_claims(), article_id=s.id)) for s in task.samples}
    scores = score_predictions(task, perfect)
    report = evaluation_report(task, scores, summarize(scores, task.metrics))
    assert all(not r.findings for r in report.articles)
    assert "Findings of the" not in render_markdown(report)
