"""Aggregation: micro and macro, undefined ratios, bootstrap intervals, paired comparison."""

from __future__ import annotations

import numpy as np
import pytest

from llmextract.evaluation.metrics import (
    ArticleScore,
    BootstrapSettings,
    Finding,
    MetricSpec,
    compare,
    mean_spec,
    paired_deltas,
    prf_specs,
    rate_spec,
    resample_weights,
    summarize,
)

PRF = prf_specs("x", "X", headline=True)
RATE = rate_spec("acc", "Accuracy")
MAE = mean_spec("err", "Error")
SPECS: tuple[MetricSpec, ...] = (*PRF, RATE, MAE)


def art(article_id: str, tp: int = 0, fp: int = 0, fn: int = 0, **extra: int) -> ArticleScore:
    counts = {"x.tp": tp, "x.fp": fp, "x.fn": fn}
    counts.update({k.replace("_", "."): v for k, v in extra.items()})
    return ArticleScore(article_id=article_id, counts=counts)


def test_formulas_hand_computed() -> None:
    precision, recall, f1 = PRF
    counts = {"x.tp": 3, "x.fp": 1, "x.fn": 2}
    assert precision.value(counts) == pytest.approx(3 / 4)
    assert recall.value(counts) == pytest.approx(3 / 5)
    assert f1.value(counts) == pytest.approx(6 / 9)
    assert RATE.value({"acc.hits": 2, "acc.n": 8}) == pytest.approx(0.25)
    assert MAE.value({"err.sum": 7, "err.n": 2}) == pytest.approx(3.5)


def test_zero_denominators_are_undefined_not_zero() -> None:
    precision, recall, f1 = PRF
    assert precision.value({"x.tp": 0, "x.fp": 0, "x.fn": 3}) is None
    assert recall.value({"x.tp": 0, "x.fp": 2, "x.fn": 0}) is None
    assert f1.value({}) is None
    assert RATE.value({}) is None


def test_micro_sums_counts_and_macro_averages_defined_articles() -> None:
    # A: tp 1 fp 1 (F1 2/3); B: fn 2 (F1 0); C: nothing to score (undefined, not averaged).
    summary = summarize([art("A", 1, 1, 0), art("B", 0, 0, 2), art("C")], SPECS)
    f1 = summary.metrics["x.f1"]
    assert f1.value == pytest.approx(2 * 1 / (2 * 1 + 1 + 2))
    assert f1.macro == pytest.approx((2 / 3 + 0) / 2)
    assert f1.articles == 2
    assert f1.counts == {"x.tp": 1, "x.fp": 1, "x.fn": 2}
    assert summary.metrics["x.precision"].value == pytest.approx(0.5)
    assert summary.metrics["x.recall"].value == pytest.approx(1 / 3)
    assert summary.articles == 3


def test_mean_error_macro_and_micro_differ_as_computed() -> None:
    summary = summarize([art("A", err_sum=10, err_n=1), art("B", err_sum=0, err_n=3)], SPECS)
    assert summary.metrics["err"].value == pytest.approx(10 / 4)
    assert summary.metrics["err"].macro == pytest.approx((10 + 0) / 2)
    assert summary.metrics["err"].higher_is_better is False


def test_no_articles_gives_no_values() -> None:
    summary = summarize([], SPECS)
    assert summary.metrics["x.f1"].value is None and summary.metrics["x.f1"].ci_low is None


def test_each_resample_draws_n_articles() -> None:
    weights = resample_weights(7, 50, seed=3)
    assert weights.shape == (50, 7)
    assert np.all(weights.sum(axis=1) == 7)


def test_bootstrap_is_reproducible_with_its_seed() -> None:
    scores = [art(str(i), i % 3, i % 2, (i + 1) % 2) for i in range(40)]
    assert summarize(scores, SPECS) == summarize(scores, SPECS)
    other = summarize(scores, SPECS, bootstrap=BootstrapSettings(seed=1))
    assert other.metrics["x.f1"].value == summarize(scores, SPECS).metrics["x.f1"].value


def test_the_interval_contains_the_value_and_collapses_when_articles_agree() -> None:
    varied = summarize([art(str(i), i % 3, i % 2, (i + 1) % 2) for i in range(40)], SPECS)
    f1 = varied.metrics["x.f1"]
    assert f1.ci_low is not None and f1.ci_high is not None and f1.value is not None
    assert f1.ci_low <= f1.value <= f1.ci_high and f1.ci_low < f1.ci_high
    same = summarize([art(str(i), 1, 1, 0) for i in range(10)], SPECS).metrics["x.f1"]
    assert same.ci_low == pytest.approx(2 / 3) and same.ci_high == pytest.approx(2 / 3)


def test_identical_runs_differ_by_nothing() -> None:
    scores = [art(str(i), i % 3, i % 2, 1) for i in range(30)]
    delta = paired_deltas(scores, scores, SPECS)["x.f1"]
    assert delta.diff == 0 and (delta.ci_low, delta.ci_high) == (0, 0)
    assert not delta.significant and delta.verdict == "same" and delta.p_value == 1


def test_a_consistent_gain_is_larger_than_noise() -> None:
    before = [art(str(i), 1, 0, 1) for i in range(30)]
    after = [art(str(i), 2, 0, 0) for i in range(30)]
    delta = paired_deltas(before, after, SPECS)["x.f1"]
    assert delta.diff == pytest.approx(1.0 - 2 / 3)
    assert delta.significant and delta.verdict == "better"


def test_one_article_changing_among_many_is_noise() -> None:
    before = [art(str(i), 1, 0, 1) for i in range(30)]
    after = [art("0", 2, 0, 0), *before[1:]]
    delta = paired_deltas(before, after, SPECS)["x.f1"]
    assert delta.diff is not None and delta.diff > 0
    assert not delta.significant and delta.verdict == "same"


def test_a_higher_error_is_worse() -> None:
    before = [art(str(i), err_sum=1, err_n=1) for i in range(20)]
    after = [art(str(i), err_sum=3, err_n=1) for i in range(20)]
    assert paired_deltas(before, after, SPECS)["err"].verdict == "worse"


def test_paired_comparison_requires_the_same_articles_in_order() -> None:
    with pytest.raises(ValueError, match="same articles"):
        paired_deltas([art("a")], [art("b")], SPECS)


def test_compare_lists_gained_and_lost_units_with_the_losing_runs_findings() -> None:
    missed = Finding(status="missed", item="event", unit="event:e1", detail="airstrike",
                     quote="Airstrikes hit")
    wrong = Finding(status="wrong", item="claim", unit="claim:c1/count_exact",
                    detail="count 3, gold 2", quote="killing two")
    a = ArticleScore("art", {"x.tp": 1}, findings=(missed,),
                     correct=frozenset({"claim:c1", "claim:c1/count_exact"}))
    b = ArticleScore("art", {"x.tp": 1}, findings=(wrong,),
                     correct=frozenset({"claim:c1", "event:e1", "event:e1/kind"}))
    result = compare([a, art("only-a")], [b], SPECS)
    change = result.changes[0]
    # The whole event is gained (its attributes are not listed separately).
    assert [f.unit for f in change.gained] == ["event:e1"]
    assert change.gained[0].quote == "Airstrikes hit"
    assert [f.unit for f in change.lost] == ["claim:c1/count_exact"]
    assert result.articles == 1 and result.only_a == ["only-a"] and result.only_b == []
