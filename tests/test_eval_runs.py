"""Stored runs: the concurrent runner with an injected extract function, storage, re-scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.errors import ConfigurationError, GroundingError, InputError
from llmextract.evaluation.metrics import summarize
from llmextract.evaluation.runs import (
    MANIFEST,
    PREDICTIONS,
    PredictionRecord,
    cost,
    load_run,
    run_task,
)
from llmextract.evaluation.tasks import GoldTask, Task, score_predictions
from llmextract.schema import Usage
from tests.test_eval_support import (
    FakeExtract,
    extraction,
    gold_article,
    gold_claims,
    gold_events,
    write_gold_dir,
)


@pytest.fixture
def task(tmp_path: Path) -> Task:
    gold = write_gold_dir(tmp_path / "gold", [gold_article(f"a{i}") for i in range(5)])
    return GoldTask.load(gold)


def test_every_article_is_extracted_with_the_requested_settings(task: Task,
                                                                tmp_path: Path) -> None:
    fake = FakeExtract()
    run = run_task(task, directory=tmp_path / "runs", name="r1", backend="rules",
                   model="m", prompt="p@1", cache=False, extract=fake)
    assert sorted(c["id"] for c in fake.calls) == [f"a{i}" for i in range(5)]
    assert {(c["backend"], c["model"], c["prompt"], c["cache"]) for c in fake.calls} == {
        ("rules", "m", "p@1", False)}
    assert str(fake.calls[0]["published"]) == "2020-10-21"
    assert len(run.predictions) == 5 and run.manifest.status == "complete"


def test_concurrency_is_bounded(task: Task, tmp_path: Path) -> None:
    fake = FakeExtract()
    run_task(task, directory=tmp_path, name="r", concurrency=2, extract=fake)
    assert fake.max_in_flight == 2


def test_a_failing_article_is_recorded_and_the_batch_goes_on(task: Task,
                                                             tmp_path: Path) -> None:
    fake = FakeExtract(fail={"a2": GroundingError("quote not in the article")})
    run = run_task(task, directory=tmp_path, name="r", extract=fake)
    assert run.predictions["a2"].error == "GroundingError: quote not in the article"
    assert run.manifest.errors == 1
    assert sum(r.extraction is not None for r in run.predictions.values()) == 4
    scores = score_predictions(task, run.predictions)
    assert [s.article_id for s in scores if s.error] == ["a2"]


def test_a_configuration_error_stops_the_batch_and_keeps_what_finished(task: Task,
                                                                       tmp_path: Path) -> None:
    fake = FakeExtract(fail={"a1": ConfigurationError("no model configured")})
    with pytest.raises(ConfigurationError):
        run_task(task, directory=tmp_path, name="r", concurrency=1, extract=fake)
    stored = load_run(tmp_path / "r")
    assert stored.manifest.status == "interrupted"  # recognisably incomplete
    assert stored.manifest.stopped_reason == "no model configured"
    assert list(stored.predictions) == ["a0"]


def test_predictions_are_written_as_each_article_finishes(task: Task, tmp_path: Path) -> None:
    fake = FakeExtract(run_dir=tmp_path / "r")
    run_task(task, directory=tmp_path, name="r", concurrency=1, extract=fake)
    assert fake.lines_seen == [0, 1, 2, 3, 4]


def test_the_manifest_records_provenance_usage_and_cost(task: Task, tmp_path: Path) -> None:
    run = run_task(task, directory=tmp_path, name="r", extract=FakeExtract(),
                   usd_per_mtok_in=1.0, usd_per_mtok_out=4.0)
    m = load_run(tmp_path / "r").manifest
    assert m == run.manifest
    assert (m.backend, m.model, m.prompt_id, m.prompt_version) == (
        "fake", "fake-1", "strike-claims", "1")
    assert m.prompt_hash == "0" * 64 and m.schema_version == "2"
    assert m.usage == Usage(prompt_tokens=500, completion_tokens=100)
    assert m.cost_usd == pytest.approx((500 * 1.0 + 100 * 4.0) / 1e6)
    assert m.cache_hits == 1 and m.articles == 5 and m.task == "gold"
    assert m.git_commit is None or len(m.git_commit) == 40


def test_tokens_and_requests_of_failed_articles_are_counted(task: Task, tmp_path: Path) -> None:
    # A failed article was still billed: the run's totals must say so (it once said 0 and $0
    # for a run that had sent ~498k prompt tokens).
    failed = GroundingError("no answer that could be read")
    failed.usage, failed.attempts = Usage(prompt_tokens=7000, completion_tokens=900), 3
    run = run_task(task, directory=tmp_path, name="r", extract=FakeExtract(fail={"a2": failed}),
                   usd_per_mtok_in=1.0, usd_per_mtok_out=1.0)
    m = load_run(tmp_path / "r").manifest
    succeeded = [r.extraction for r in run.predictions.values() if r.extraction is not None]
    assert m.errors == 1 and run.predictions["a2"].error_usage == failed.usage
    assert m.usage.prompt_tokens == 7000 + sum(e.provenance.usage.prompt_tokens
                                               for e in succeeded)
    assert m.usage.completion_tokens == 900 + sum(e.provenance.usage.completion_tokens
                                                  for e in succeeded)
    assert m.requests == 3 + sum(e.provenance.attempts for e in succeeded)
    assert m.cost_usd == pytest.approx((m.usage.prompt_tokens + m.usage.completion_tokens) / 1e6)


def test_cost_is_unknown_without_prices_and_zero_without_tokens() -> None:
    assert cost(Usage(prompt_tokens=10), None, None) is None
    assert cost(Usage(), None, None) == 0.0


def test_rescoring_a_stored_run_gives_identical_numbers(task: Task, tmp_path: Path) -> None:
    fake = FakeExtract(fail={"a3": GroundingError("x")})
    run = run_task(task, directory=tmp_path, name="r", extract=fake)
    fresh = summarize(score_predictions(task, run.predictions), task.metrics)
    stored = load_run(tmp_path / "r")
    again = summarize(score_predictions(task, stored.predictions), task.metrics)
    assert again == fresh
    assert fresh.metrics["events.recall"].value == pytest.approx(8 / 10)


def test_a_missing_prediction_scores_as_a_failure(task: Task) -> None:
    scores = score_predictions(task, {})
    assert all(s.error and "no prediction stored" in s.error for s in scores)


def test_a_prediction_for_a_changed_text_is_not_scored(task: Task) -> None:
    other = extraction(gold_events(), gold_claims(), text="another text " * 20,
                       article_id="a0")
    record = PredictionRecord(article_id="a0", extraction=other)
    scores = score_predictions(task, {"a0": record})
    assert scores[0].error is not None and "different text" in scores[0].error


def test_an_existing_run_is_never_overwritten(task: Task, tmp_path: Path) -> None:
    run_task(task, directory=tmp_path, name="r", extract=FakeExtract())
    with pytest.raises(InputError, match="exists"):
        run_task(task, directory=tmp_path, name="r", extract=FakeExtract())


def test_a_bad_run_name_is_refused(task: Task, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="run name"):
        run_task(task, directory=tmp_path, name="../escape", extract=FakeExtract())


def test_a_record_holds_an_extraction_or_an_error() -> None:
    with pytest.raises(ValueError, match="not both"):
        PredictionRecord(article_id="a")


def test_a_corrupt_predictions_line_names_the_file_and_line(task: Task,
                                                            tmp_path: Path) -> None:
    run_task(task, directory=tmp_path, name="r", extract=FakeExtract())
    with (tmp_path / "r" / PREDICTIONS).open("a") as file:
        file.write('{"article_id": "zz"}\n')
    with pytest.raises(InputError, match=r"predictions.jsonl:6"):
        load_run(tmp_path / "r")


def test_a_directory_without_a_manifest_is_not_a_run(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=f"no {MANIFEST}"):
        load_run(tmp_path)


def test_the_manifest_is_readable_json(task: Task, tmp_path: Path) -> None:
    run_task(task, directory=tmp_path, name="r", extract=FakeExtract())
    data = json.loads((tmp_path / "r" / MANIFEST).read_text())
    assert data["name"] == "r" and data["status"] == "complete"
