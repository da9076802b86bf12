"""Aggregate per-article counts into metrics: micro and macro, bootstrap intervals, paired tests.

Every metric is a ratio of summed integer counts, so the counts behind each number travel with
it and any aggregate can be recomputed from them:

- ``precision`` = tp / (tp + fp), ``recall`` = tp / (tp + fn), ``f1`` = 2 tp / (2 tp + fp + fn)
  over columns ``(tp, fp, fn)``;
- ``rate`` = hits / n (accuracy on matched pairs, share of grounded spans);
- ``mean`` = sum / n (a mean absolute error: lower is better).

A ratio with a zero denominator is undefined (``None``), never 0 or 1: precision with no
predictions says nothing. **Micro** sums the counts over articles, then divides; **macro** is the
mean of the per-article values over the articles where the value is defined.

Confidence intervals are percentile bootstrap intervals over articles (articles resampled with
replacement, the micro value recomputed; 1,000 resamples, seed 0 by default, so the same scores
always give the same interval). Two runs on the same articles are compared by a **paired
bootstrap**: the same resamples are applied to both runs and the difference recomputed each time;
a difference is larger than noise when its 95% interval excludes zero. The reported p-value is
the bootstrap's two-sided share of resamples on the other side of zero (approximate, for
ordering, not for publication).

Everything here is pure: no I/O, no model, no backend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, InstanceOf

from llmextract.evaluation.spool import SpooledRows

Formula = Literal["precision", "recall", "f1", "rate", "mean"]
Status = Literal["missed", "spurious", "wrong", "error", "rejected"]

DEFAULT_RESAMPLES = 1000
DEFAULT_SEED = 0
DEFAULT_CONFIDENCE = 0.95


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class MetricSpec:
    """One metric: a formula over named count columns.

    ``columns`` is ``(tp, fp, fn)`` for precision/recall/f1, ``(hits, n)`` for a rate and
    ``(sum, n)`` for a mean. ``headline`` metrics are the ones the regression gate watches.
    """

    key: str
    label: str
    formula: Formula
    columns: tuple[str, ...]
    higher_is_better: bool = True
    headline: bool = False

    def compute(self, sums: np.ndarray) -> np.ndarray:
        """The metric for each row of ``sums`` (last axis = ``columns``); NaN where undefined."""
        sums = np.asarray(sums, dtype=float)
        if self.formula in ("precision", "recall", "f1"):
            tp, fp, fn = sums[..., 0], sums[..., 1], sums[..., 2]
            num, den = {
                "precision": (tp, tp + fp),
                "recall": (tp, tp + fn),
                "f1": (2 * tp, 2 * tp + fp + fn),
            }[self.formula]
        else:
            num, den = sums[..., 0], sums[..., 1]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)

    def value(self, counts: Mapping[str, int]) -> float | None:
        """The metric on one set of counts (one article, or counts already summed)."""
        result = float(self.compute(np.array([counts.get(c, 0) for c in self.columns])))
        return None if np.isnan(result) else result


def prf_specs(prefix: str, label: str, *, headline: bool = False) -> tuple[MetricSpec, ...]:
    """Precision, recall and F1 over ``<prefix>.tp/.fp/.fn``; only F1 is a headline."""
    columns = (f"{prefix}.tp", f"{prefix}.fp", f"{prefix}.fn")
    return (
        MetricSpec(f"{prefix}.precision", f"{label} precision", "precision", columns),
        MetricSpec(f"{prefix}.recall", f"{label} recall", "recall", columns),
        MetricSpec(f"{prefix}.f1", f"{label} F1", "f1", columns, headline=headline),
    )


def rate_spec(key: str, label: str, *, headline: bool = False) -> MetricSpec:
    return MetricSpec(key, label, "rate", (f"{key}.hits", f"{key}.n"), headline=headline)


def mean_spec(key: str, label: str, *, headline: bool = False) -> MetricSpec:
    """A mean error over ``<key>.sum / <key>.n``; lower is better."""
    return MetricSpec(key, label, "mean", (f"{key}.sum", f"{key}.n"), higher_is_better=False,
                      headline=headline)


class Finding(_Frozen):
    """One thing a run got wrong on one article, with the text that shows it.

    ``unit`` names the gold unit concerned (``event:e1``, ``claim:c2/count``, ``killed``) so two
    runs can be compared unit by unit; spurious items have none.
    """

    status: Status
    item: str
    unit: str | None = None
    detail: str
    quote: str | None = None


@dataclass(frozen=True)
class ArticleScore:
    """The scored result of one article: integer counts, findings, and the gold units got right.

    ``error`` is set when extraction failed; the article is then scored as an empty prediction
    (every gold item missed), because a failure is not a free pass.
    """

    article_id: str
    counts: Mapping[str, int]
    findings: tuple[Finding, ...] = ()
    correct: frozenset[str] = field(default_factory=frozenset)
    error: str | None = None


class MetricValue(_Frozen):
    key: str
    label: str
    value: float | None
    macro: float | None
    ci_low: float | None
    ci_high: float | None
    #: The summed counts behind ``value``, by column name.
    counts: dict[str, int]
    #: Articles on which the metric is defined (what ``macro`` averages over).
    articles: int
    higher_is_better: bool
    headline: bool


class BootstrapSettings(_Frozen):
    resamples: int = DEFAULT_RESAMPLES
    seed: int = DEFAULT_SEED
    confidence: float = DEFAULT_CONFIDENCE


class Summary(_Frozen):
    articles: int
    errors: int
    bootstrap: BootstrapSettings
    metrics: dict[str, MetricValue]


def columns_of(specs: Sequence[MetricSpec]) -> list[str]:
    return list(dict.fromkeys(c for spec in specs for c in spec.columns))


def full_counts(counts: Mapping[str, int], specs: Sequence[MetricSpec]) -> dict[str, int]:
    """Every count column of ``specs``, zeros included, so all articles have the same keys."""
    return {column: counts.get(column, 0) for column in columns_of(specs)}


def count_matrix(scores: Sequence[ArticleScore], columns: Sequence[str]) -> np.ndarray:
    """Articles x columns, as float (sums of ints stay exact far beyond any eval's size)."""
    return np.array([[s.counts.get(c, 0) for c in columns] for s in scores],
                    dtype=float).reshape(len(scores), len(columns))


def resample_weights(n: int, resamples: int, seed: int) -> np.ndarray:
    """``resamples x n``: how often each article is drawn in each bootstrap resample."""
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(resamples, n)) + (np.arange(resamples) * n)[:, None]
    return np.bincount(draws.ravel(), minlength=resamples * n).reshape(resamples, n).astype(float)


#: Bootstrap resamples drawn at once, at most. Even, so every chunk but the last draws a whole
#: number of the generator's 64-bit words and the stream, and so every interval, is the one
#: ``resample_weights`` gives; memory is ``chunk x articles``, not ``resamples x articles``.
_RESAMPLE_CHUNK = 64
#: Draws per chunk, at most: fewer resamples at once on large runs keeps each of the chunk's
#: arrays near 8 MB (a chunk of 64 at 100,000 articles took four arrays of 51 MB).
_CHUNK_DRAWS = 1 << 20


def _chunk(n: int) -> int:
    return max(2, min(_RESAMPLE_CHUNK, _CHUNK_DRAWS // max(n, 1)) // 2 * 2)


def resampled_sums(matrix: np.ndarray, resamples: int, seed: int) -> np.ndarray:
    """``resample_weights(n, resamples, seed) @ matrix`` in bounded memory (resamples x
    columns): at 100,000 articles the whole weight matrix would take 800 MB. The counts are
    integers, so every sum is exact whatever the chunking."""
    n = matrix.shape[0]
    rng = np.random.default_rng(seed)
    out = np.empty((resamples, matrix.shape[1]))
    chunk = _chunk(n)
    for start in range(0, resamples, chunk):
        k = min(chunk, resamples - start)
        draws = rng.integers(0, n, size=(k, n)) + (np.arange(k) * n)[:, None]
        weights = np.bincount(draws.ravel(), minlength=k * n).reshape(k, n).astype(float)
        out[start:start + k] = weights @ matrix
    return out


def _interval(samples: np.ndarray, confidence: float) -> tuple[float | None, float | None]:
    finite = samples[np.isfinite(samples)]
    if finite.size == 0:
        return None, None
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(finite, [tail, 100 - tail])
    return float(low), float(high)


def _optional(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


class CountTable:
    """Per-article integer counts of a scored run, added one article at a time.

    This is all that metrics, intervals and the gate need of a run: ids in order and an
    articles x columns matrix (8 bytes a count), not the scores with their findings.
    """

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self.ids: list[str] = []
        self.errors = 0
        self._rows = np.zeros((64, len(self.columns)))

    @classmethod
    def of(cls, scores: Iterable[ArticleScore], columns: Sequence[str]) -> CountTable:
        table = cls(columns)
        for score in scores:
            table.add(score)
        return table

    def add(self, score: ArticleScore) -> None:
        n = len(self.ids)
        if n == self._rows.shape[0]:
            grown = np.zeros((2 * n, len(self.columns)))
            grown[:n] = self._rows
            self._rows = grown
        self._rows[n] = [score.counts.get(c, 0) for c in self.columns]
        self.ids.append(score.article_id)
        self.errors += score.error is not None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def matrix(self) -> np.ndarray:
        """Articles x columns, as float (a view, not a copy)."""
        return self._rows[: len(self.ids)]

    def select(self, columns: Sequence[str], rows: Sequence[int] | None = None) -> np.ndarray:
        """The matrix restricted to ``columns`` (by name) and ``rows`` (by position)."""
        index = {c: i for i, c in enumerate(self.columns)}
        matrix = self.matrix if rows is None else self.matrix[list(rows)]
        return matrix[:, [index[c] for c in columns]].reshape(len(matrix), len(columns))


def summarize(scores: Sequence[ArticleScore] | CountTable, specs: Sequence[MetricSpec], *,
              bootstrap: BootstrapSettings | None = None) -> Summary:
    """Micro and macro values, counts and bootstrap intervals of every metric in ``specs``."""
    settings = bootstrap or BootstrapSettings()
    columns = columns_of(specs)
    index = {c: i for i, c in enumerate(columns)}
    if isinstance(scores, CountTable):
        matrix, errors = scores.select(columns), scores.errors
    else:
        matrix, errors = count_matrix(scores, columns), sum(s.error is not None for s in scores)
    totals = matrix.sum(axis=0)
    resampled = (resampled_sums(matrix, settings.resamples, settings.seed)
                 if len(scores) and settings.resamples else None)
    metrics: dict[str, MetricValue] = {}
    for spec in specs:
        cols = [index[c] for c in spec.columns]
        per_article = spec.compute(matrix[:, cols])
        defined = per_article[np.isfinite(per_article)]
        low, high = (_interval(spec.compute(resampled[:, cols]), settings.confidence)
                     if resampled is not None else (None, None))
        metrics[spec.key] = MetricValue(
            key=spec.key,
            label=spec.label,
            value=_optional(float(spec.compute(totals[cols]))) if len(scores) else None,
            macro=float(defined.mean()) if defined.size else None,
            ci_low=low,
            ci_high=high,
            counts={c: int(totals[index[c]]) for c in spec.columns},
            articles=int(defined.size),
            higher_is_better=spec.higher_is_better,
            headline=spec.headline,
        )
    return Summary(articles=len(scores), errors=errors, bootstrap=settings, metrics=metrics)


def article_values(score: ArticleScore, specs: Sequence[MetricSpec]) -> dict[str, float | None]:
    """Every metric on one article alone (for per-article report rows)."""
    return {spec.key: spec.value(score.counts) for spec in specs}


# -- paired comparison ------------------------------------------------------------------------


class MetricDelta(_Frozen):
    """Run B minus run A on one metric, over the articles both runs scored."""

    key: str
    label: str
    a: float | None
    b: float | None
    diff: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    #: True when the interval of the difference excludes zero.
    significant: bool
    higher_is_better: bool
    headline: bool
    #: "better" / "worse" when significant in that direction, else "same".
    verdict: Literal["better", "worse", "same"]


class ArticleChange(_Frozen):
    """What run B got right that A did not (``gained``) and the reverse (``lost``), described
    by the findings of the run that got the unit wrong."""

    article_id: str
    gained: list[Finding]
    lost: list[Finding]
    spurious_a: int
    spurious_b: int


if TYPE_CHECKING:
    _Changes = SpooledRows[ArticleChange] | list[ArticleChange]
else:  # (pydantic checks an instance of the class; a subscripted generic is no class)
    _Changes = Annotated[InstanceOf[SpooledRows] | list[ArticleChange],
                         Field(union_mode="left_to_right")]


class Comparison(_Frozen):
    articles: int
    only_a: list[str]
    only_b: list[str]
    bootstrap: BootstrapSettings
    metrics: dict[str, MetricDelta]
    #: A list, or for ``comparison_report`` the changes on disk (``spool``); ``write_json``
    #: renders either without holding them at once.
    changes: _Changes


def paired_deltas(a: Sequence[ArticleScore], b: Sequence[ArticleScore],
                  specs: Sequence[MetricSpec], *,
                  bootstrap: BootstrapSettings | None = None) -> dict[str, MetricDelta]:
    """The paired bootstrap difference (B - A) of every metric; ``a`` and ``b`` must list the
    same articles in the same order."""
    if [s.article_id for s in a] != [s.article_id for s in b]:
        raise ValueError("paired comparison needs the same articles in the same order")
    columns = columns_of(specs)
    return paired_count_deltas(count_matrix(a, columns), count_matrix(b, columns), specs,
                               bootstrap=bootstrap)


def paired_count_deltas(matrix_a: np.ndarray, matrix_b: np.ndarray,
                        specs: Sequence[MetricSpec], *,
                        bootstrap: BootstrapSettings | None = None) -> dict[str, MetricDelta]:
    """``paired_deltas`` on count matrices: the same articles in the same rows, columns
    ``columns_of(specs)``."""
    settings = bootstrap or BootstrapSettings()
    columns = columns_of(specs)
    index = {c: i for i, c in enumerate(columns)}
    a = b = len(matrix_a)
    # One pass over both runs' counts: the same resamples for A and B (paired).
    both = (resampled_sums(np.hstack([matrix_a, matrix_b]), settings.resamples, settings.seed)
            if a and settings.resamples else None)
    width = len(columns)
    deltas: dict[str, MetricDelta] = {}
    for spec in specs:
        cols = [index[c] for c in spec.columns]
        value_a = _optional(float(spec.compute(matrix_a[:, cols].sum(axis=0)))) if a else None
        value_b = _optional(float(spec.compute(matrix_b[:, cols].sum(axis=0)))) if b else None
        diff = value_b - value_a if value_a is not None and value_b is not None else None
        low = high = p_value = None
        if both is not None and diff is not None:
            samples = (spec.compute(both[:, [width + c for c in cols]])
                       - spec.compute(both[:, cols]))
            low, high = _interval(samples, settings.confidence)
            finite = samples[np.isfinite(samples)]
            if finite.size:
                p_value = float(min(1.0, 2 * min(np.mean(finite <= 0), np.mean(finite >= 0))))
        significant = low is not None and high is not None and (low > 0 or high < 0)
        verdict: Literal["better", "worse", "same"] = "same"
        if significant and diff is not None:
            verdict = "better" if (diff > 0) == spec.higher_is_better else "worse"
        deltas[spec.key] = MetricDelta(
            key=spec.key, label=spec.label, a=value_a, b=value_b, diff=diff, ci_low=low,
            ci_high=high, p_value=p_value, significant=significant,
            higher_is_better=spec.higher_is_better, headline=spec.headline, verdict=verdict,
        )
    return deltas


def article_change(a: ArticleScore, b: ArticleScore) -> ArticleChange:
    def described(units: frozenset[str], findings: tuple[Finding, ...]) -> list[Finding]:
        # A whole item gained or lost carries its attributes with it: list the item once.
        by_unit = {f.unit: f for f in findings if f.unit is not None}
        return [by_unit.get(u) or Finding(status="wrong", item=u.split(":")[0], unit=u,
                                           detail=u)
                for u in sorted(units) if u.split("/")[0] == u or u.split("/")[0] not in units]

    return ArticleChange(
        article_id=a.article_id,
        gained=described(b.correct - a.correct, a.findings),
        lost=described(a.correct - b.correct, b.findings),
        spurious_a=sum(f.status == "spurious" for f in a.findings),
        spurious_b=sum(f.status == "spurious" for f in b.findings),
    )


def compare(a: Sequence[ArticleScore], b: Sequence[ArticleScore], specs: Sequence[MetricSpec],
            *, bootstrap: BootstrapSettings | None = None) -> Comparison:
    """Run B against run A on the articles both scored: metric deltas and per-article changes.

    Articles scored by only one run are listed, not compared: a paired test needs pairs.
    """
    settings = bootstrap or BootstrapSettings()
    by_id_b = {s.article_id: s for s in b}
    ids_a = {s.article_id for s in a}
    common_a = [s for s in a if s.article_id in by_id_b]
    common_b = [by_id_b[s.article_id] for s in common_a]
    changes = [article_change(x, y) for x, y in zip(common_a, common_b, strict=True)]
    return Comparison(
        articles=len(common_a),
        only_a=sorted(ids_a - by_id_b.keys()),
        only_b=sorted(by_id_b.keys() - ids_a),
        bootstrap=settings,
        metrics=paired_deltas(common_a, common_b, specs, bootstrap=settings),
        changes=[c for c in changes if c.gained or c.lost or c.spurious_a != c.spurious_b],
    )
