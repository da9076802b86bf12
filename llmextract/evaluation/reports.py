"""Reports of an evaluation or a comparison: one data model, three renderings.

``EvaluationReport`` / ``ComparisonReport`` are the data; ``render_json`` is their
machine-readable form (keys in a fixed order, ``report_version`` bumped on any breaking change),
``render_markdown`` is for a pull-request comment and ``render_terminal`` prints rich tables.
Per-article rows are ordered worst first: failed extractions, then the most findings (missed,
spurious, wrong), then by id. Every missed or spurious item is listed with its quote in the
JSON; the Markdown and terminal renderings list the findings of the ``detail`` worst articles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rich.console import Console
from rich.table import Table

from llmextract.evaluation.defaults import DEFAULT_DETAIL
from llmextract.evaluation.gate import GateResult
from llmextract.evaluation.metrics import (
    ArticleScore,
    BootstrapSettings,
    Comparison,
    Finding,
    MetricValue,
    Summary,
    article_values,
    compare,
)
from llmextract.evaluation.runs import RunManifest, StoredRun
from llmextract.evaluation.tasks import Task, score_predictions

REPORT_VERSION: Literal["1"] = "1"
_QUOTE_LIMIT = 300


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleRow(_Frozen):
    id: str
    error: str | None
    #: The headline metrics on this article alone (None where undefined).
    values: dict[str, float | None]
    counts: dict[str, int]
    findings: list[Finding]


class EvaluationReport(_Frozen):
    report: Literal["evaluation"] = "evaluation"
    report_version: Literal["1"] = REPORT_VERSION
    task: str
    source: str
    split: str | None
    run: RunManifest | None
    summary: Summary
    gate: GateResult | None = None
    notes: list[str]
    articles: list[ArticleRow]


class ComparisonReport(_Frozen):
    report: Literal["comparison"] = "comparison"
    report_version: Literal["1"] = REPORT_VERSION
    task: str
    source: str
    split: str | None
    run_a: RunManifest
    run_b: RunManifest
    comparison: Comparison


def _badness(row: ArticleRow) -> tuple[bool, int, str]:
    return (row.error is None, -sum(f.status != "error" for f in row.findings), row.id)


def evaluation_report(task: Task, scores: Sequence[ArticleScore], summary: Summary, *,
                      run: RunManifest | None = None,
                      gate: GateResult | None = None) -> EvaluationReport:
    """The report of one scored run of ``task`` (rows worst first)."""
    headline = [s for s in task.metrics if s.headline]
    rows = [ArticleRow(id=s.article_id, error=s.error, values=article_values(s, headline),
                       counts=dict(sorted(s.counts.items())), findings=list(s.findings))
            for s in scores]
    return EvaluationReport(task=task.kind, source=task.source, split=task.split, run=run,
                            summary=summary, gate=gate, notes=task.notes(),
                            articles=sorted(rows, key=_badness))


def comparison_report(task: Task, run_a: StoredRun, run_b: StoredRun, *,
                      bootstrap: BootstrapSettings | None = None) -> ComparisonReport:
    """Score two stored runs of ``task`` and compare them pair by pair (B - A)."""
    scores_a = score_predictions(task, run_a.predictions)
    scores_b = score_predictions(task, run_b.predictions)
    return ComparisonReport(task=task.kind, source=task.source, split=task.split,
                            run_a=run_a.manifest, run_b=run_b.manifest,
                            comparison=compare(scores_a, scores_b, task.metrics,
                                               bootstrap=bootstrap))


def render_json(report: EvaluationReport | ComparisonReport) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


# -- formatting helpers -----------------------------------------------------------------------


def _num(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _signed(x: float | None) -> str:
    return "—" if x is None else f"{x:+.3f}"


def _interval(low: float | None, high: float | None) -> str:
    return "—" if low is None or high is None else f"{low:.3f} – {high:.3f}"


def _counts(metric: MetricValue) -> str:
    by_suffix = {key.rsplit(".", 1)[1]: value for key, value in metric.counts.items()}
    if "tp" in by_suffix:
        return f"tp {by_suffix['tp']} · fp {by_suffix['fp']} · fn {by_suffix['fn']}"
    if "hits" in by_suffix:
        return f"{by_suffix['hits']}/{by_suffix['n']}"
    return f"Σ {by_suffix.get('sum', 0)} over {by_suffix.get('n', 0)}"


def _clip(text: str, limit: int = _QUOTE_LIMIT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _finding_text(f: Finding) -> str:
    head = f"{f.status} {f.item}: {f.detail}" if f.status != "error" else f"error: {f.detail}"
    return head + (f" — “{_clip(f.quote)}”" if f.quote else "")


def _run_line(run: RunManifest | None) -> str:
    if run is None:
        return ""
    prompt = f"{run.prompt_id}@{run.prompt_version}" if run.prompt_id else "—"
    commit = (run.git_commit or "—")[:10] + (" (dirty)" if run.git_dirty else "")
    money = "—" if run.cost_usd is None else f"${run.cost_usd:.4f}"
    return (f"run {run.name} · backend {run.backend or '—'} · model {run.model or '—'} · "
            f"prompt {prompt} · schema {run.schema_version} · commit {commit} · "
            f"{run.articles} articles, {run.errors} errors · items rejected "
            f"{run.rejected_items} · requests {run.requests} · cache hits {run.cache_hits} · "
            f"tokens {run.usage.prompt_tokens} in / {run.usage.completion_tokens} out · "
            f"cost {money}")


def _title(report: EvaluationReport | ComparisonReport) -> str:
    split = f" ({report.split} split)" if report.split else ""
    return f"{report.task} {report.source}{split}"


# -- markdown ---------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _metric_rows(metrics: Sequence[MetricValue]) -> list[list[str]]:
    return [[m.label + ("" if m.higher_is_better else " ↓"), _num(m.value),
             _interval(m.ci_low, m.ci_high), _num(m.macro), _counts(m)] for m in metrics]


def _gate_scope(gate: GateResult) -> str:
    extra = ""
    if gate.not_in_baseline or gate.missing:
        extra = (f"; not gated: new since the baseline {len(gate.not_in_baseline)}, in the "
                 f"baseline but not in this result {len(gate.missing)} (rewrite the baseline "
                 "with --update-baseline to gate them)")
    return f"Compared on the {gate.articles} articles both scored{extra}."


def _gate_rows(gate: GateResult) -> list[list[str]]:
    return [[c.label, _num(c.baseline), _num(c.current),
             _signed(c.current - c.baseline if c.current is not None and c.baseline is not None
                     else None),
             _interval(c.ci_low, c.ci_high), "REGRESSION" if c.regressed else "ok"]
            for c in gate.checks]


def render_markdown(report: EvaluationReport | ComparisonReport,
                    detail: int = DEFAULT_DETAIL) -> str:
    if isinstance(report, ComparisonReport):
        return _comparison_markdown(report, detail)
    out = [f"## llmextract eval: {_title(report)}", ""]
    if report.run is not None:
        out += [_run_line(report.run), ""]
    if report.gate is not None:
        verdict = "passed" if report.gate.passed else "**REGRESSION**"
        rule = ("a drop beyond noise, paired bootstrap" if report.gate.tolerance is None
                else f"a drop beyond {report.gate.tolerance:g}")
        out += [f"### Gate: {verdict} against `{report.gate.baseline}` (fails on {rule})", "",
                _gate_scope(report.gate), ""]
        out += _md_table(["metric", "baseline", "now", "change", "95% CI of change", ""],
                         _gate_rows(report.gate))
        out.append("")
    metrics = list(report.summary.metrics.values())
    out += ["### Headline metrics", ""]
    out += _md_table(["metric", "micro", "95% CI", "macro", "counts"],
                     _metric_rows([m for m in metrics if m.headline]))
    out += ["", "<details><summary>All metrics</summary>", ""]
    out += _md_table(["metric", "micro", "95% CI", "macro", "counts"], _metric_rows(metrics))
    out += ["", "</details>", ""]
    out += [f"- {note}" for note in report.notes] + ([""] if report.notes else [])
    out += [f"### Articles, worst first ({len(report.articles)})", ""]
    keys = [m.key for m in metrics if m.headline]
    labels = [report.summary.metrics[k].label for k in keys]
    out += _md_table(["article", *labels, "problems"],
                     [[r.id, *(_num(r.values.get(k)) for k in keys),
                       "error" if r.error else str(len(r.findings))]
                      for r in report.articles])
    worst = [r for r in report.articles if r.findings][:detail]
    if worst:
        out += ["", f"<details><summary>Findings of the {len(worst)} worst articles</summary>",
                ""]
        for row in worst:
            out.append(f"**{row.id}**")
            out += [f"- {_cell(_finding_text(f))}" for f in row.findings]
            out.append("")
        out.append("</details>")
    return "\n".join(out).rstrip() + "\n"


def _comparison_markdown(report: ComparisonReport, detail: int) -> str:
    c = report.comparison
    out = [f"## llmextract eval --compare: {report.run_a.name} → {report.run_b.name}", "",
           f"A: {_run_line(report.run_a)}", "", f"B: {_run_line(report.run_b)}", "",
           f"{c.articles} articles in common; paired bootstrap, {c.bootstrap.resamples} "
           f"resamples, seed {c.bootstrap.seed}.", ""]
    if c.only_a or c.only_b:
        out += [f"Not compared: {len(c.only_a)} articles only in A, {len(c.only_b)} only in B.",
                ""]
    out += _md_table(["metric", "A", "B", "B − A", "95% CI", "p", "verdict"],
                     [[d.label + ("" if d.higher_is_better else " ↓"), _num(d.a), _num(d.b),
                       _signed(d.diff), _interval(d.ci_low, d.ci_high), _num(d.p_value),
                       d.verdict] for d in c.metrics.values()])
    out += ["", f"### Articles that changed ({len(c.changes)})", ""]
    for change in c.changes[:detail]:
        out.append(f"**{change.article_id}** (spurious {change.spurious_a} → "
                   f"{change.spurious_b})")
        out += [f"- gained: {_cell(_finding_text(f))}" for f in change.gained]
        out += [f"- lost: {_cell(_finding_text(f))}" for f in change.lost]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- terminal ---------------------------------------------------------------------------------


def _rich_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    table = Table(title=title, title_justify="left")
    for i, name in enumerate(header):
        table.add_column(name, justify="left" if i == 0 else "right", overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def render_terminal(report: EvaluationReport | ComparisonReport, console: Console,
                    detail: int = DEFAULT_DETAIL) -> None:
    if isinstance(report, ComparisonReport):
        _comparison_terminal(report, console, detail)
        return
    console.print(f"[bold]llmextract eval[/]: {_title(report)}", highlight=False)
    if report.run is not None:
        console.print(_run_line(report.run), highlight=False)
    metrics = list(report.summary.metrics.values())
    rows = [[f"[bold]{row[0]}[/]" if m.headline else row[0], *row[1:]]
            for m, row in zip(metrics, _metric_rows(metrics), strict=True)]
    console.print(_rich_table("Metrics (micro; headline in bold)",
                              ["metric", "micro", "95% CI", "macro", "counts"], rows))
    for note in report.notes:
        console.print(f"note: {note}", highlight=False)
    keys = [k for k, m in report.summary.metrics.items() if m.headline]
    console.print(_rich_table(
        "Articles, worst first", ["article", *(report.summary.metrics[k].label for k in keys),
                                  "problems"],
        [[r.id, *(_num(r.values.get(k)) for k in keys), "error" if r.error
          else str(len(r.findings))] for r in report.articles]))
    for row in [r for r in report.articles if r.findings][:detail]:
        console.print(f"[bold]{row.id}[/]", highlight=False)
        for f in row.findings:
            console.print(f"  - {_finding_text(f)}", highlight=False, markup=False)
    if report.gate is not None:
        _gate_terminal(report.gate, console)


def _gate_terminal(gate: GateResult, console: Console) -> None:
    console.print(_rich_table(f"Gate against {gate.baseline}",
                              ["metric", "baseline", "now", "change", "95% CI of change", ""],
                              _gate_rows(gate)))
    console.print(_gate_scope(gate), highlight=False)
    console.print("[green]gate passed[/]" if gate.passed else "[red bold]REGRESSION[/]")


def _comparison_terminal(report: ComparisonReport, console: Console, detail: int) -> None:
    c = report.comparison
    console.print(f"[bold]compare[/] {report.run_a.name} → {report.run_b.name}: "
                  f"{c.articles} articles in common", highlight=False)
    console.print(_rich_table(
        "B − A, paired bootstrap", ["metric", "A", "B", "B − A", "95% CI", "p", "verdict"],
        [[d.label, _num(d.a), _num(d.b), _signed(d.diff), _interval(d.ci_low, d.ci_high),
          _num(d.p_value), d.verdict] for d in c.metrics.values()]))
    for change in c.changes[:detail]:
        console.print(f"[bold]{change.article_id}[/] (spurious {change.spurious_a} → "
                      f"{change.spurious_b})", highlight=False)
        for f in change.gained:
            console.print(f"  + gained: {_finding_text(f)}", highlight=False, markup=False)
        for f in change.lost:
            console.print(f"  - lost: {_finding_text(f)}", highlight=False, markup=False)
