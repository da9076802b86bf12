"""The regression gate: baselines, the noise rule, the tolerance rule, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmextract.errors import InputError
from llmextract.evaluation.gate import check, load_baseline, make_baseline, write_baseline
from llmextract.evaluation.isaf import IsafTask
from llmextract.evaluation.metrics import ArticleScore, summarize
from llmextract.evaluation.tasks import GoldTask, Task
from tests.test_eval_support import gold_article, write_gold_dir


@pytest.fixture
def task(tmp_path: Path) -> Task:
    gold = write_gold_dir(tmp_path / "gold", [gold_article(f"a{i:02}") for i in range(30)])
    return GoldTask.load(gold)


def scores(task: Task, tp: int, fn: int, *, changed: int | None = None) -> list[ArticleScore]:
    """Every article with events tp/fn (or only the first ``changed`` articles)."""
    out = []
    for i, sample in enumerate(task.samples):
        base = {c: 0 for spec in task.metrics for c in spec.columns}
        good = changed is None or i < changed
        base.update({"events.tp": tp if good else 2, "events.fn": fn if good else 0,
                     "claims.tp": 3, "evidence.grounded.hits": 5, "evidence.grounded.n": 5,
                     "claims.count_exact.hits": 3, "claims.count_exact.n": 3,
                     "evidence.tp": 100})
        out.append(ArticleScore(sample.id, base))
    return out


def baseline_of(task: Task, article_scores: list[ArticleScore], tmp_path: Path) -> Path:
    path = tmp_path / "baselines" / "cfg.json"
    write_baseline(path, make_baseline("cfg", task, summarize(article_scores, task.metrics),
                                       article_scores))
    return path


def test_the_same_result_passes(task: Task, tmp_path: Path) -> None:
    good = scores(task, 2, 0)
    result = check(load_baseline(baseline_of(task, good, tmp_path)), task, good)
    assert result.passed and not result.regressions
    assert {c.key for c in result.checks} == {s.key for s in task.metrics if s.headline}


def test_a_consistent_drop_is_a_regression_by_default(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    result = check(load_baseline(path), task, scores(task, 1, 1))
    assert not result.passed
    (regression,) = result.regressions
    assert regression.key == "events.f1"
    assert regression.baseline == 1.0 and regression.current == pytest.approx(2 / 3)
    assert regression.drop == pytest.approx(1 / 3)


def test_a_drop_on_one_article_of_thirty_is_noise_by_default(task: Task,
                                                             tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    result = check(load_baseline(path), task, scores(task, 1, 1, changed=1))
    assert result.passed


def test_a_tolerance_of_zero_fails_on_any_drop(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    result = check(load_baseline(path), task, scores(task, 1, 1, changed=1), tolerance=0)
    assert [c.key for c in result.regressions] == ["events.f1"]


def test_a_drop_within_the_tolerance_passes(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    assert check(load_baseline(path), task, scores(task, 1, 1, changed=1),
                 tolerance=0.05).passed


def test_an_improvement_is_never_a_regression(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 1, 1), tmp_path)
    result = check(load_baseline(path), task, scores(task, 2, 0), tolerance=0)
    assert result.passed
    assert next(c for c in result.checks if c.key == "events.f1").drop == pytest.approx(-1 / 3)


def test_a_metric_that_became_undefined_is_a_regression(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    gone = [ArticleScore(s.article_id, {**s.counts, "evidence.grounded.hits": 0,
                                        "evidence.grounded.n": 0})
            for s in scores(task, 2, 0)]
    result = check(load_baseline(path), task, gone)
    assert [c.key for c in result.regressions] == ["evidence.grounded"]


def test_a_higher_error_is_a_regression_for_lower_is_better_metrics(tmp_path: Path) -> None:
    isaf = IsafTask.load("evals/external/isaf/dev.jsonl")
    base = [isaf.score(s, None, None) for s in isaf.samples]
    worse = [ArticleScore(s.article_id, {**s.counts,
                                         "killed.abs_error.sum": s.counts["killed.abs_error.sum"]
                                         + 2}) for s in base]
    path = tmp_path / "isaf.json"
    write_baseline(path, make_baseline("isaf", isaf, summarize(base, isaf.metrics), base))
    result = check(load_baseline(path), isaf, worse)
    assert [c.key for c in result.regressions] == ["killed.abs_error"]


def test_only_articles_both_sides_scored_are_gated(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0)[:20], tmp_path)
    # the 10 new articles are all bad, yet not gated until the baseline is rewritten
    current = [*scores(task, 2, 0)[1:20], *scores(task, 0, 2)[20:]]
    result = check(load_baseline(path), task, current)
    assert result.passed and result.articles == 19
    assert result.missing == ["a00"] and len(result.not_in_baseline) == 10


def test_a_result_sharing_no_article_with_the_baseline_is_refused(task: Task,
                                                                 tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0)[:10], tmp_path)
    with pytest.raises(InputError, match="no article of this result is in the baseline"):
        check(load_baseline(path), task, scores(task, 2, 0)[10:])


def test_a_baseline_of_another_task_is_refused(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    isaf = IsafTask.load("evals/external/isaf/dev.jsonl")
    with pytest.raises(InputError, match="gold task"):
        check(load_baseline(path), isaf, [])


def test_a_negative_tolerance_is_refused(task: Task, tmp_path: Path) -> None:
    path = baseline_of(task, scores(task, 2, 0), tmp_path)
    with pytest.raises(InputError, match="tolerance"):
        check(load_baseline(path), task, scores(task, 2, 0), tolerance=-0.1)


def test_a_missing_or_broken_baseline_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--update-baseline"):
        load_baseline(tmp_path / "none.json")
    (tmp_path / "bad.json").write_text('{"name": "x"}')
    with pytest.raises(InputError, match=r"bad\.json"):
        load_baseline(tmp_path / "bad.json")


def test_the_baseline_file_round_trips_and_keeps_per_article_counts(task: Task,
                                                                    tmp_path: Path) -> None:
    good = scores(task, 2, 0)
    path = baseline_of(task, good, tmp_path)
    baseline = load_baseline(path)
    assert baseline.articles["a00"]["events.tp"] == 2
    assert "events.fp" not in baseline.articles["a00"]  # zeros are left out of the file
    assert baseline.metrics["events.f1"].value == 1.0
