"""Reports of an evaluation or a comparison: one data model, three renderings.

``EvaluationReport`` / ``ComparisonReport`` are the data; ``render_json`` is their
machine-readable form (keys in a fixed order, ``report_version`` bumped on any breaking change),
``render_markdown`` is for a pull-request comment and ``render_terminal`` prints rich tables.
Per-article rows are ordered worst first: failed extractions, then the most findings (missed,
spurious, wrong), then by id. Every missed or spurious item is listed with its quote in the
JSON; the Markdown and terminal renderings list the findings of the ``detail`` worst articles.

A large run is reported in bounded memory: ``score_run`` scores it one article at a time into
a ``CountTable`` (what metrics, intervals and the gate need) and ``ArticleRows`` (each row
written to a temporary file as it is built, only its sort key kept), and ``write_json`` /
``write_markdown`` write the report as they go.
"""

from __future__ import annotations

import io
import json
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import IO, Annotated, Literal, overload

from pydantic import BaseModel, ConfigDict, Field, InstanceOf
from rich.console import Console
from rich.table import Table

from llmextract.evaluation.defaults import DEFAULT_DETAIL
from llmextract.evaluation.gate import GateResult
from llmextract.evaluation.metrics import (
    ArticleChange,
    ArticleScore,
    BootstrapSettings,
    Comparison,
    CountTable,
    Finding,
    MetricSpec,
    MetricValue,
    Summary,
    article_change,
    article_values,
    columns_of,
    paired_count_deltas,
)
from llmextract.evaluation.runs import RunManifest, StoredRun
from llmextract.evaluation.spool import ModelSpool
from llmextract.evaluation.tasks import Prediction, Task, iter_scores

REPORT_VERSION: Literal["1"] = "1"
_QUOTE_LIMIT = 300
#: Rows of the terminal's article table at most: past a screenful it is unreadable, and a
#: rich table of 100,000 rows takes more memory than the whole evaluation.
TERMINAL_ROWS = 1000


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleRow(_Frozen):
    id: str
    error: str | None
    #: The headline metrics on this article alone (None where undefined).
    values: dict[str, float | None]
    counts: dict[str, int]
    findings: list[Finding]


class ArticleRows(Sequence[ArticleRow]):
    """Report rows, worst first, kept in a temporary file: only each row's offset is in
    memory. Built by ``RowSpool``; read back one row at a time."""

    def __init__(self, file: IO[bytes], offsets: array[int]) -> None:
        self._file = file
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> ArticleRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[ArticleRow]: ...

    def __getitem__(self, index: int | slice) -> ArticleRow | list[ArticleRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        self._file.seek(self._offsets[index])
        return ArticleRow.model_validate_json(self._file.readline())

    def __iter__(self) -> Iterator[ArticleRow]:
        for offset in self._offsets:
            self._file.seek(offset)
            yield ArticleRow.model_validate_json(self._file.readline())


class RowSpool:
    """Writes report rows to a temporary file as they are built and sorts them by their keys
    (``_badness``) alone."""

    def __init__(self) -> None:
        # Closed (and deleted) when the rows are garbage-collected: it outlives this call.
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self._keys: list[tuple[bool, int, str, int]] = []

    def add(self, row: ArticleRow) -> None:
        offset = self._file.seek(0, io.SEEK_END)
        self._file.write(row.model_dump_json().encode("utf-8") + b"\n")
        self._keys.append((*_badness(row), offset))

    def finish(self) -> ArticleRows:
        self._keys.sort()
        offsets = array("q", (key[-1] for key in self._keys))
        self._keys = []
        return ArticleRows(self._file, offsets)


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
    #: A list, or for a streamed run the rows on disk (``score_run``); render either with
    #: ``render_json`` / ``write_json``, which never hold the rows at once.
    articles: Annotated[InstanceOf[ArticleRows] | list[ArticleRow],
                        Field(union_mode="left_to_right")]


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


def article_row(score: ArticleScore, headline: Sequence[MetricSpec]) -> ArticleRow:
    return ArticleRow(id=score.article_id, error=score.error,
                      values=article_values(score, headline),
                      counts=dict(sorted(score.counts.items())), findings=list(score.findings))


@dataclass(frozen=True)
class ScoredRun:
    """A run scored in bounded memory: its counts (for metrics and the gate) and its report
    rows on disk, worst first."""

    counts: CountTable
    rows: ArticleRows


def score_run(task: Task, predictions: Mapping[str, Prediction]) -> ScoredRun:
    """Score every sample of ``task`` one at a time (``tasks.iter_scores``), keeping per
    article only its counts in memory."""
    return scored_run(iter_scores(task, predictions), task.metrics)


def scored_run(scores: Iterable[ArticleScore], metrics: Sequence[MetricSpec]) -> ScoredRun:
    headline = [m for m in metrics if m.headline]
    table, spool = CountTable(columns_of(metrics)), RowSpool()
    for score in scores:
        table.add(score)
        spool.add(article_row(score, headline))
    return ScoredRun(counts=table, rows=spool.finish())


def evaluation_report(task: Task, scores: Sequence[ArticleScore] | ScoredRun,
                      summary: Summary, *, run: RunManifest | None = None,
                      gate: GateResult | None = None) -> EvaluationReport:
    """The report of one scored run of ``task`` (rows worst first)."""
    articles: ArticleRows | list[ArticleRow]
    if isinstance(scores, ScoredRun):
        articles = scores.rows
    else:
        headline = [s for s in task.metrics if s.headline]
        articles = sorted((article_row(s, headline) for s in scores), key=_badness)
    return EvaluationReport(task=task.kind, source=task.source, split=task.split, run=run,
                            summary=summary, gate=gate, notes=task.notes(),
                            articles=articles)


def comparison_report(task: Task, run_a: StoredRun, run_b: StoredRun, *,
                      bootstrap: BootstrapSettings | None = None) -> ComparisonReport:
    """Score two stored runs of ``task`` and compare them pair by pair (B - A): what
    ``metrics.compare`` gives for the two runs' scores, in bounded memory. Both runs are
    scored on every sample of the task, one article at a time; per article only its counts
    are kept in memory, and the articles that changed go to a temporary file."""
    settings = bootstrap or BootstrapSettings()
    columns = columns_of(task.metrics)
    table_a, table_b = CountTable(columns), CountTable(columns)
    changes = ModelSpool(ArticleChange)
    for a, b in zip(iter_scores(task, run_a.predictions), iter_scores(task, run_b.predictions),
                    strict=True):
        table_a.add(a)
        table_b.add(b)
        change = article_change(a, b)
        if change.gained or change.lost or change.spurious_a != change.spurious_b:
            changes.add(change)
    comparison = Comparison(
        articles=len(table_a), only_a=[], only_b=[], bootstrap=settings,
        metrics=paired_count_deltas(table_a.matrix, table_b.matrix, task.metrics,
                                    bootstrap=settings),
        changes=changes.finish())
    return ComparisonReport(task=task.kind, source=task.source, split=task.split,
                            run_a=run_a.manifest, run_b=run_b.manifest, comparison=comparison)


def render_json(report: EvaluationReport | ComparisonReport) -> str:
    out = io.StringIO()
    write_json(report, out)
    return out.getvalue()


def write_json(report: EvaluationReport | ComparisonReport, out: IO[str]) -> None:
    """``render_json`` written to ``out`` row by row: the text is the same, byte for byte, as
    ``json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)`` and a newline,
    but an evaluation's rows are never all in memory."""
    if isinstance(report, ComparisonReport):
        # "changes" is the last key of "comparison", itself the last key of the report
        head = json.dumps(report.model_dump(mode="json", exclude={"comparison": {"changes"}}),
                          indent=2, ensure_ascii=False)
        out.write(head[: -len("\n  }\n}")] + ',\n    "changes": [')
        first = True
        for change in report.comparison.changes:
            text = json.dumps(change.model_dump(mode="json"), indent=2, ensure_ascii=False)
            out.write(("\n      " if first else ",\n      ") + text.replace("\n", "\n      "))
            first = False
        out.write("]\n  }\n}\n" if first else "\n    ]\n  }\n}\n")
        return
    head = json.dumps(report.model_dump(mode="json", exclude={"articles"}), indent=2,
                      ensure_ascii=False)
    out.write(head[: -len("\n}")] + ',\n  "articles": [')
    first = True
    for row in report.articles:
        text = json.dumps(row.model_dump(mode="json"), indent=2, ensure_ascii=False)
        # JSON escapes a newline inside a string, so every raw newline is indentation.
        out.write(("\n    " if first else ",\n    ") + text.replace("\n", "\n    "))
        first = False
    out.write("]\n}\n" if first else "\n  ]\n}\n")


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
    return lines + list(_md_table_rows(rows))


def _md_table_rows(rows: Iterable[Sequence[str]]) -> Iterator[str]:
    return ("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)


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


class _Lines:
    """Lines written as ``"\\n".join(lines).rstrip() + "\\n"`` would give them, as they come:
    the last non-blank line and the blank ones after it are held back until more text comes."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._held: list[str] = []
        self._started = False

    def add(self, lines: Iterable[str]) -> None:
        for line in lines:
            if line.strip():
                self._flush()
            self._held.append(line)

    def _flush(self) -> None:
        for line in self._held:
            self._out.write(("\n" if self._started else "") + line)
            self._started = True
        self._held = []

    def close(self) -> None:
        last = max((i for i, line in enumerate(self._held) if line.strip()), default=-1)
        if last >= 0:
            self._held = [*self._held[:last], self._held[last].rstrip()]
        else:
            self._held = []
        self._flush()
        self._out.write("\n")


def render_markdown(report: EvaluationReport | ComparisonReport,
                    detail: int = DEFAULT_DETAIL) -> str:
    if isinstance(report, ComparisonReport):
        return _comparison_markdown(report, detail)
    out = io.StringIO()
    write_markdown(report, out, detail)
    return out.getvalue()


def write_markdown(report: EvaluationReport | ComparisonReport, file: IO[str],
                   detail: int = DEFAULT_DETAIL) -> None:
    """``render_markdown`` written to ``file`` as it is built (the article table row by row)."""
    if isinstance(report, ComparisonReport):
        file.write(_comparison_markdown(report, detail))
        return
    lines = _Lines(file)
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
    lines.add(out)
    lines.add(_md_table(["article", *labels, "problems"], []))
    lines.add(_md_table_rows([r.id, *(_num(r.values.get(k)) for k in keys),
                              "error" if r.error else str(len(r.findings))]
                             for r in report.articles))
    worst = _worst(report.articles, detail)
    if worst:
        lines.add(["", f"<details><summary>Findings of the {len(worst)} worst articles</summary>",
                   ""])
        for row in worst:
            lines.add([f"**{row.id}**"])
            lines.add(f"- {_cell(_finding_text(f))}" for f in row.findings)
            lines.add([""])
        lines.add(["</details>"])
    lines.close()


def _worst(rows: Iterable[ArticleRow], detail: int) -> list[ArticleRow]:
    """The ``detail`` worst rows with findings (rows come worst first)."""
    return list(islice((r for r in rows if r.findings), detail))


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
          else str(len(r.findings))] for r in islice(report.articles, TERMINAL_ROWS)]))
    if len(report.articles) > TERMINAL_ROWS:
        console.print(f"… and {len(report.articles) - TERMINAL_ROWS:,} more articles (all are "
                      "in --format json and markdown)", highlight=False)
    for row in _worst(report.articles, detail):
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
