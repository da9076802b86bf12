"""Eval in bounded memory: streamed scoring, spooled report rows, lazy samples, worker pool.

Each streamed path is checked against the in-memory one it replaces: same numbers, same text.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rich.console import Console

from llmextract.evaluation import metrics, reports
from llmextract.evaluation.gate import check, make_baseline
from llmextract.evaluation.isaf import IsafTask, load_isaf
from llmextract.evaluation.metrics import CountTable, columns_of, resampled_sums, summarize
from llmextract.evaluation.reports import (
    ArticleRows,
    evaluation_report,
    render_json,
    render_markdown,
    render_terminal,
    score_run,
)
from llmextract.evaluation.runs import PredictionRecord, load_run, run_task, run_task_async
from llmextract.evaluation.tasks import GoldTask, Sample, score_predictions
from llmextract.schema import Extraction
from tests.test_eval_support import (
    FakeExtract,
    claim,
    event,
    extraction,
    gold_article,
    write_gold_dir,
)

ISAF_RUN = Path("evals/runs/rules-isaf-dev")
ISAF_DATA = Path("evals/external/isaf/dev.jsonl")


@pytest.fixture
def task(tmp_path: Path) -> GoldTask:
    return GoldTask.load(write_gold_dir(tmp_path / "gold",
                                        [gold_article(f"a{i}") for i in range(4)]))


def predictions(task: GoldTask, tmp_path: Path) -> dict[str, PredictionRecord]:
    run = run_task(task, directory=tmp_path / "runs", name="r", extract=FakeExtract())
    wrong = PredictionRecord(article_id="a1", extraction=extraction(
        [event("p1", "Airstrikes hit Albukamal on Monday night", place="Abu Kamal",
               date="2020-10-19")],
        [claim("q1", "killing two people", low=5, high=5, claimant="a source", event="p1")],
        article_id="a1"))
    return {**run.predictions, "a1": wrong,
            "a2": PredictionRecord(article_id="a2", error="BackendError: 500")}


def both_reports(task: GoldTask, stored: dict[str, PredictionRecord]) -> tuple[Any, Any]:
    scores = score_predictions(task, stored)
    listed = evaluation_report(task, scores, summarize(scores, task.metrics))
    scored = score_run(task, stored)
    streamed = evaluation_report(task, scored, summarize(scored.counts, task.metrics))
    return listed, streamed


def test_a_streamed_report_renders_the_same_json_and_markdown(task: GoldTask,
                                                               tmp_path: Path) -> None:
    listed, streamed = both_reports(task, predictions(task, tmp_path))
    assert isinstance(streamed.articles, ArticleRows)
    assert isinstance(listed.articles, list)
    assert render_json(streamed) == render_json(listed)
    assert render_markdown(streamed, 2) == render_markdown(listed, 2)
    assert list(streamed.articles) == listed.articles


def test_json_written_row_by_row_is_what_json_dumps_gives(task: GoldTask,
                                                          tmp_path: Path) -> None:
    listed, _ = both_reports(task, predictions(task, tmp_path))
    whole = json.dumps(listed.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    assert render_json(listed) == whole
    empty = listed.model_copy(update={"articles": []})
    assert render_json(empty) == json.dumps(empty.model_dump(mode="json"), indent=2,
                                            ensure_ascii=False) + "\n"


def test_spooled_rows_are_worst_first_and_read_back_by_index(task: GoldTask,
                                                             tmp_path: Path) -> None:
    listed, streamed = both_reports(task, predictions(task, tmp_path))
    rows = streamed.articles
    assert [r.id for r in rows][:2] == ["a2", "a1"]  # the failure, then the most findings
    assert rows[1] == listed.articles[1] and rows[-1] == listed.articles[-1]
    assert rows[1:3] == listed.articles[1:3]


def test_the_terminal_table_stops_at_its_limit_and_says_how_many_more(
        task: GoldTask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports, "TERMINAL_ROWS", 2)
    _, streamed = both_reports(task, predictions(task, tmp_path))
    out = io.StringIO()
    render_terminal(streamed, Console(file=out, width=200, color_system=None))
    assert "… and 2 more articles" in out.getvalue()
    assert "a3" not in out.getvalue().split("Articles, worst first")[1].split("…")[0]


def test_a_count_table_gives_the_summary_and_gate_the_scores_give(task: GoldTask,
                                                                   tmp_path: Path) -> None:
    scores = score_predictions(task, predictions(task, tmp_path))
    table = CountTable.of(scores, columns_of(task.metrics))
    assert summarize(table, task.metrics) == summarize(scores, task.metrics)
    summary = summarize(scores, task.metrics)
    from_table = make_baseline("b", task, summary, table)
    from_scores = make_baseline("b", task, summary, scores)
    assert from_table.articles == from_scores.articles
    assert check(from_scores, task, table) == check(from_scores, task, scores)


def test_a_count_table_grows_past_its_first_block() -> None:
    table = CountTable(["x.tp"])
    for i in range(200):
        table.add(metrics.ArticleScore(article_id=str(i), counts={"x.tp": i}))
    assert len(table) == 200 and table.matrix[:, 0].tolist() == list(range(200))


def test_bootstrap_sums_do_not_depend_on_the_chunk_size(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = np.random.default_rng(1).integers(0, 5, size=(1001, 3)).astype(float)
    default = resampled_sums(counts, 300, 0)
    monkeypatch.setattr(metrics, "_chunk", lambda n: 2)
    assert np.array_equal(resampled_sums(counts, 300, 0), default)
    assert np.array_equal(default, metrics.resample_weights(1001, 300, 0) @ counts)


def test_the_isaf_task_keeps_ids_not_texts_and_reads_samples_again() -> None:
    task = IsafTask.load(ISAF_DATA)
    releases = load_isaf(ISAF_DATA)
    assert task.ids == tuple(r.id for r in releases)
    held = [v for v in vars(task).values() if isinstance(v, (tuple, list))]
    assert held and all(isinstance(x, str) for v in held for x in v)  # ids, no releases
    first = next(task.iter_samples())
    assert (first.id, first.text) == (releases[0].id, releases[0].text)
    again = task.sample(releases[5].id)
    assert again.text == releases[5].text


def test_isaf_scores_are_the_same_with_or_without_labels_on_the_sample() -> None:
    task = IsafTask.load(ISAF_DATA)
    run = load_run(ISAF_RUN)
    for sample in list(task.iter_samples())[:20]:
        bare = Sample(sample.id, sample.text)
        record = run.predictions[sample.id]
        assert (task.score(sample, record.extraction, record.error)
                == task.score(bare, record.extraction, record.error))


class _CountingTask:
    """A task whose samples are made on demand, counting how many were taken."""

    kind = "gold"
    source = "counting"
    split = None
    metrics = GoldTask.metrics

    def __init__(self, n: int) -> None:
        self.ids = tuple(f"s{i}" for i in range(n))
        self.taken = 0

    def iter_samples(self) -> Iterator[Sample]:
        for article_id in self.ids:
            self.taken += 1
            yield Sample(article_id, "text")

    def sample(self, article_id: str) -> Sample:
        return Sample(article_id, "text")

    def score(self, sample: Sample, predicted: Extraction | None,
              error: str | None) -> metrics.ArticleScore:
        raise NotImplementedError

    def notes(self) -> list[str]:
        return []


def test_the_runner_takes_samples_only_as_workers_free_up(tmp_path: Path) -> None:
    task = _CountingTask(50)
    taken_while_blocked: list[int] = []

    async def main() -> None:
        release = asyncio.Event()

        async def blocked(text: str, **options: Any) -> Extraction:
            await release.wait()
            raise RuntimeError("no extraction")

        running = asyncio.ensure_future(run_task_async(
            task, directory=tmp_path, name="r", concurrency=3, extract=blocked))  # type: ignore[arg-type]
        for _ in range(10):
            await asyncio.sleep(0)
        taken_while_blocked.append(task.taken)
        release.set()
        run = await running
        assert len(run.predictions) == 50

    asyncio.run(main())
    assert taken_while_blocked == [3]
    assert task.taken == 50


def test_a_finished_run_reads_its_predictions_back_from_the_file(task: GoldTask,
                                                                 tmp_path: Path) -> None:
    run = run_task(task, directory=tmp_path, name="r", extract=FakeExtract())
    assert not isinstance(run.predictions, dict)
    assert dict(run.predictions) == dict(load_run(tmp_path / "r").predictions)
