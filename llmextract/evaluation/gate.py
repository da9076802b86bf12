"""The regression gate: compare a result with the committed baseline of a named configuration.

A baseline file (``evals/baselines/<name>.json``) holds every metric of the configuration when
it was accepted, with its interval, *and the per-article counts behind them*. The counts let the
gate run the same paired bootstrap as ``llmextract eval --compare``: the current result and the
baseline are compared article by article on the same articles, which separates a real drop from
the luck of which articles are hard far better than two independent intervals would.

Rule, for each headline metric (``MetricSpec.headline``):

- default (no tolerance): a **regression** when the metric moved the wrong way and the 95%
  paired-bootstrap interval of the difference excludes zero (the drop is larger than noise);
- ``tolerance=T``: a regression when the metric moved the wrong way by more than ``T``
  (absolute; ``0`` fails on any drop, useful for deterministic backends).

A metric that was defined in the baseline and is undefined now is a regression. Only articles
both sides scored are compared (a paired test needs pairs); articles added to or removed from
the data since the baseline are listed in the result and gated once the baseline is rewritten
on purpose (``--update-baseline``). A result sharing no article with the baseline is an
``InputError``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from llmextract.errors import InputError
from llmextract.evaluation.metrics import (
    ArticleScore,
    BootstrapSettings,
    CountTable,
    Summary,
    columns_of,
    paired_count_deltas,
)
from llmextract.evaluation.runs import RunManifest
from llmextract.evaluation.tasks import Task

# Float sums of the same counts can differ in the last bit; never call that a regression.
_EPSILON = 1e-9


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BaselineMetric(_Frozen):
    value: float | None
    ci_low: float | None
    ci_high: float | None
    higher_is_better: bool
    headline: bool


class Configuration(_Frozen):
    """What produced the baseline, for the reader (the gate does not enforce it)."""

    backend: str | None = None
    model: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None
    prompt_hash: str | None = None
    schema_version: str | None = None
    git_commit: str | None = None
    run: str | None = None


def configuration_of(run: RunManifest | None) -> Configuration:
    if run is None:
        return Configuration()
    return Configuration(backend=run.backend, model=run.model, prompt_id=run.prompt_id,
                         prompt_version=run.prompt_version, prompt_hash=run.prompt_hash,
                         schema_version=run.schema_version, git_commit=run.git_commit,
                         run=run.name)


class Baseline(_Frozen):
    baseline_version: Literal["1"] = "1"
    name: str
    task: str
    source: str
    split: str | None = None
    created_at: dt.datetime
    configuration: Configuration
    bootstrap: BootstrapSettings
    metrics: dict[str, BaselineMetric]
    #: article id -> count column -> count: what the paired comparison needs.
    articles: dict[str, dict[str, int]]


class Check(_Frozen):
    """The verdict on one headline metric."""

    key: str
    label: str
    baseline: float | None
    current: float | None
    #: How much worse the metric is now, in its own direction (negative: it improved).
    drop: float | None
    ci_low: float | None
    ci_high: float | None
    rule: str
    regressed: bool


class GateResult(_Frozen):
    """The verdict. Metrics are compared on the ``articles`` both sides scored; articles new
    since the baseline (``not_in_baseline``) or gone from the result (``missing``) are listed,
    not gated, until the baseline is rewritten on purpose."""

    baseline: str
    tolerance: float | None
    passed: bool
    articles: int
    not_in_baseline: list[str]
    missing: list[str]
    checks: list[Check]

    @property
    def regressions(self) -> list[Check]:
        return [c for c in self.checks if c.regressed]


def _article_counts(scores: Sequence[ArticleScore] | CountTable) -> dict[str, dict[str, int]]:
    """article id -> the non-zero counts, by column name in sorted order."""
    if isinstance(scores, CountTable):
        order = sorted(range(len(scores.columns)), key=lambda i: scores.columns[i])
        return {article_id: {scores.columns[i]: int(row[i]) for i in order if row[i]}
                for article_id, row in zip(scores.ids, scores.matrix, strict=True)}
    return {s.article_id: {k: v for k, v in sorted(s.counts.items()) if v} for s in scores}


def make_baseline(name: str, task: Task, summary: Summary,
                  scores: Sequence[ArticleScore] | CountTable, *,
                  run: RunManifest | None = None) -> Baseline:
    """The baseline of a scored result: its metrics, settings and per-article counts (from the
    scores, or from their ``CountTable`` when a large run is streamed)."""
    return Baseline(
        name=name, task=task.kind, source=task.source, split=task.split,
        created_at=dt.datetime.now(dt.timezone.utc), configuration=configuration_of(run),
        bootstrap=summary.bootstrap,
        metrics={key: BaselineMetric(value=m.value, ci_low=m.ci_low, ci_high=m.ci_high,
                                     higher_is_better=m.higher_is_better, headline=m.headline)
                 for key, m in summary.metrics.items()},
        articles=_article_counts(scores),
    )


def write_baseline(path: str | os.PathLike[str], baseline: Baseline) -> None:
    """Write the baseline as stable, diff-friendly JSON (the file is committed and reviewed)."""
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(file.name + ".tmp")
    tmp.write_text(json.dumps(baseline.model_dump(mode="json"), indent=2) + "\n",
                   encoding="utf-8")
    tmp.replace(file)


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{file}: no such baseline; create it with --update-baseline")
    try:
        return Baseline.model_validate_json(file.read_text(encoding="utf-8"))
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise InputError(f"{file}: {where}: {error['msg']}") from None


def check(baseline: Baseline, task: Task, scores: Sequence[ArticleScore] | CountTable, *,
          tolerance: float | None = None, path: str = "") -> GateResult:
    """Judge ``scores`` of ``task`` (or their ``CountTable``) against ``baseline`` on every
    headline metric (rule in the module docstring)."""
    if tolerance is not None and tolerance < 0:
        raise InputError(f"--tolerance must be 0 or more (got {tolerance})")
    if baseline.task != task.kind:
        raise InputError(f"{path or baseline.name}: the baseline is for the {baseline.task} "
                         f"task, this result is {task.kind}")
    headline = [s for s in task.metrics if s.headline]
    columns = columns_of(headline)
    table = (scores if isinstance(scores, CountTable)
             else CountTable.of(scores, columns))
    common = [i for i, article_id in enumerate(table.ids) if article_id in baseline.articles]
    if not common:
        raise InputError(f"{path or baseline.name}: no article of this result is in the "
                         "baseline; rewrite the baseline on purpose with --update-baseline")
    scored = set(table.ids)
    before = CountTable.of((ArticleScore(article_id=table.ids[i],
                                         counts=baseline.articles[table.ids[i]])
                            for i in common), columns)
    deltas = paired_count_deltas(before.matrix, table.select(columns, common), headline,
                                 bootstrap=baseline.bootstrap)
    checks: list[Check] = []
    for spec in headline:
        d = deltas[spec.key]
        old = d.a  # recomputed from the stored counts, the baseline's source of truth
        sign = 1 if spec.higher_is_better else -1
        drop = sign * (old - d.b) if old is not None and d.b is not None else None
        if old is None:
            regressed, rule = False, "not defined in the baseline"
        elif d.b is None:
            regressed, rule = True, "defined in the baseline, undefined now"
        elif tolerance is not None:
            regressed, rule = drop is not None and drop > tolerance + _EPSILON, (
                f"drop > tolerance {tolerance:g}")
        else:
            worse = d.ci_high is not None and d.ci_high < 0 if spec.higher_is_better else (
                d.ci_low is not None and d.ci_low > 0)
            regressed = bool(worse) and drop is not None and drop > _EPSILON
            rule = "drop beyond noise (95% paired bootstrap interval excludes 0)"
        checks.append(Check(key=spec.key, label=spec.label, baseline=old, current=d.b,
                            drop=drop, ci_low=d.ci_low, ci_high=d.ci_high, rule=rule,
                            regressed=regressed))
    return GateResult(baseline=path or baseline.name, tolerance=tolerance,
                      passed=not any(c.regressed for c in checks), articles=len(common),
                      not_in_baseline=sorted(scored - baseline.articles.keys()),
                      missing=sorted(baseline.articles.keys() - scored), checks=checks)
