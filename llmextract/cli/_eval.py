"""``llmextract eval``: run, re-score or compare evaluations; report; gate against a baseline.

Three modes, one command:

- run: ``--gold DIR [--split S]`` or ``--dataset isaf FILE`` with ``--backend/--model/--prompt``
  extracts every article (through the cache, concurrently), stores the run under
  ``--runs-dir/--name`` and scores it;
- re-score: ``--predictions RUN`` scores a stored run again, calling no model; an incomplete
  run (interrupted, or killed while running) is a runtime error naming how many articles are
  missing, unless ``--allow-incomplete`` (then a warning);
- resume: ``--resume NAME`` continues an interrupted run in ``--runs-dir``: articles with a
  result are kept, the missing and failed ones run, with the run's own backend/model/prompt;
- compare: ``--compare RUN_A RUN_B`` shows the paired differences and per-article changes.

Exit codes: 0 done (and no regression), 1 a headline metric regressed against ``--baseline``,
2 a usage or runtime error (one line on stderr), including a run in which every article failed.
"""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from llmextract.cli._options import MaxTokensOption, TimeoutOption, apply_endpoint_options
from llmextract.errors import InputError, LLMExtractError
from llmextract.evaluation.defaults import (
    DEFAULT_CONCURRENCY,
    DEFAULT_DETAIL,
    default_gold_dir,
    default_runs_dir,
)

# The scoring stack (numpy, scipy) and rich load when the command runs, not for ``--help``.
if TYPE_CHECKING:
    from llmextract.evaluation.reports import ComparisonReport, EvaluationReport
    from llmextract.evaluation.runs import PredictionRecord, StoredRun
    from llmextract.evaluation.tasks import Task

FORMATS = ("table", "json", "markdown")


def _default_gold() -> Path:
    found = default_gold_dir()
    if found is None:
        raise InputError("no gold set found: pass --gold DIR or set LLMEXTRACT_GOLD_DIR "
                         "(the gold set lives in evals/gold of the llmextract repository)")
    return found


def _task_for(run: StoredRun, gold: Path | None, split: str | None,
              dataset: tuple[str, Path] | None) -> Task:
    """The task given on the command line, else the one the run was made on."""
    from llmextract.evaluation.tasks import load_task

    if dataset is not None:
        return load_task(dataset[0], dataset[1], split=split)
    if gold is not None:
        return load_task("gold", gold, split=split)
    manifest = run.manifest
    return load_task(manifest.task, manifest.source,
                     split=split if split is not None else manifest.split)


def _emit(report: EvaluationReport | ComparisonReport, output_format: str, out: Path | None,
          detail: int) -> None:
    from rich.console import Console

    from llmextract.evaluation.reports import render_terminal, write_json, write_markdown

    if output_format == "table":
        if out is None:
            console = Console()
            if not console.is_terminal:  # piped: no 80-column wrap cutting ids into pieces
                console = Console(width=200, color_system=None)
            render_terminal(report, console, detail)
            return
        with out.open("w", encoding="utf-8") as file:
            render_terminal(report, Console(file=file, width=120, color_system=None), detail)
        return
    # Written as built: the report of a large run is never one string in memory.
    with (nullcontext(sys.stdout) if out is None else out.open("w", encoding="utf-8")) as file:
        if output_format == "json":
            write_json(report, file)
        else:
            write_markdown(report, file, detail)


class _Progress:
    """Counts finished articles on stderr, on one line, when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        from rich.console import Console

        self.total, self.done, self.failed = total, 0, 0
        self.console = Console(stderr=True)

    def __call__(self, record: PredictionRecord) -> None:
        if not self.done:
            import gc

            # The client stack is loaded by the first result: frozen, the collector stops
            # walking it in passes that stall the event loop (as in a corpus run).
            gc.freeze()
        self.done += 1
        self.failed += record.error is not None
        if self.console.is_terminal:
            self.console.print(f"\r{self.done}/{self.total} articles, {self.failed} failed",
                               end="", highlight=False)

    def finish(self, run: StoredRun) -> None:
        if self.console.is_terminal:
            self.console.print()
        m = run.manifest
        typer.echo(f"stored run {run.path} ({m.articles} articles, {m.errors} failed, "
                   f"{m.duration_s} s)", err=True)


def _run(task: Task, runs_dir: Path, name: str, progress: _Progress,
         **options: object) -> StoredRun:
    """Run (or resume) and store; a stop names the run and how to continue it."""
    from llmextract.evaluation.runs import load_run, run_task

    try:
        run = run_task(task, directory=runs_dir, name=name, on_result=progress, **options)
    except LLMExtractError as exc:
        try:
            stopped = load_run(runs_dir / name).manifest.status == "interrupted"
        except LLMExtractError:
            stopped = False
        if stopped:
            raise type(exc)(f"{exc} (run stored as interrupted in {runs_dir / name}; "
                            f"continue it with: llmextract eval --resume {name} --runs-dir "
                            f"{runs_dir})") from exc
        raise
    progress.finish(run)
    return run


def _check_complete(run: StoredRun, task: Task, allow: bool) -> None:
    """An interrupted run scores its missing articles as misses: say so, and refuse unless
    told. A complete run missing articles (the gold grew since) is only a warning."""
    missing = run.missing(task)
    if run.complete:
        if missing:
            typer.echo(f"warning: {len(missing)} of {len(task.ids)} article(s) have no "
                       f"prediction in {run.path} (added since the run?); they are scored "
                       "as misses", err=True)
        return
    m = run.manifest
    why = f" ({m.stopped_reason})" if m.stopped_reason else ""
    message = (f"run {run.path} is {m.status}{why}: {len(missing)} of {len(task.ids)} "
               f"article(s) are missing and would be scored as misses; continue it with "
               f"llmextract eval --resume {run.path.name} --runs-dir {run.path.parent}, or "
               "pass --allow-incomplete")
    if not allow:
        raise InputError(message)
    typer.echo(f"warning: {message}", err=True)


def _resume_settings(run: StoredRun, backend: str | None, model: str | None,
                     prompt: str | None) -> tuple[str | None, str | None, str | None]:
    """The run's own backend, model and prompt; a different one given is a usage error."""
    m = run.manifest
    stored_prompt = f"{m.prompt_id}@{m.prompt_version}" if m.prompt_id else None
    for option, given, stored in (("--backend", backend, m.backend), ("--model", model, m.model),
                                  ("--prompt", prompt, stored_prompt)):
        if given is not None and stored is not None and given != stored:
            raise InputError(f"{option} {given} differs from the run's {stored}; a resumed "
                             "run keeps its settings (start a new run to change them)")
    return backend or m.backend, model or m.model, prompt or stored_prompt


def eval_command(
    gold: Annotated[Path | None, typer.Option(
        help="Gold directory to evaluate on (default: LLMEXTRACT_GOLD_DIR, else evals/gold "
             "here or in the llmextract checkout).")] = None,
    split: Annotated[str | None, typer.Option(help="Gold split: dev or test.")] = None,
    dataset: Annotated[tuple[str, Path] | None, typer.Option(
        help="External dataset instead of gold: NAME PATH (e.g. isaf "
             "evals/external/isaf/dev.jsonl).")] = None,
    predictions: Annotated[Path | None, typer.Option(
        help="Re-score this stored run (evals/runs/NAME) without calling a model.")] = None,
    compare_runs: Annotated[tuple[Path, Path] | None, typer.Option(
        "--compare", help="Compare two stored runs: RUN_A RUN_B (B - A).")] = None,
    backend: Annotated[str | None, typer.Option(
        help="rules (offline) or openai (any OpenAI-compatible endpoint).")] = None,
    model: Annotated[str | None, typer.Option(help="Model name.")] = None,
    prompt: Annotated[str | None, typer.Option(help="Prompt as ID@VERSION.")] = None,
    name: Annotated[str | None, typer.Option(
        help="Name of the stored run (default: backend-model-task-time).")] = None,
    runs_dir: Annotated[Path | None, typer.Option(
        help="Where runs are stored (default: the per-user data directory, "
             "~/.local/share/llmextract/runs on Linux; LLMEXTRACT_RUNS_DIR).")] = None,
    concurrency: Annotated[int, typer.Option(
        help="Articles extracted at once.")] = DEFAULT_CONCURRENCY,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Neither read nor write the result cache.")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="An article with any item the model could not ground fails whole, "
        "instead of keeping its other items.")] = False,
    price_in: Annotated[float | None, typer.Option(
        help="USD per million prompt tokens, for the run's cost.")] = None,
    price_out: Annotated[float | None, typer.Option(
        help="USD per million completion tokens, for the run's cost.")] = None,
    output_format: Annotated[str, typer.Option(
        "--format", help="table, json or markdown.")] = "table",
    out: Annotated[Path | None, typer.Option(help="Write the report to this file.")] = None,
    report_html: Annotated[Path | None, typer.Option(
        "--report", help="Also write the report as one self-contained HTML page: metrics, "
                         "and gold and prediction in each article's text.")] = None,
    detail: Annotated[int, typer.Option(
        help="How many worst articles to list finding by finding (table/markdown).")] = (
        DEFAULT_DETAIL),
    baseline: Annotated[Path | None, typer.Option(
        help="Baseline JSON (evals/baselines/NAME.json): exit 1 on a regression.")] = None,
    update_baseline: Annotated[bool, typer.Option(
        "--update-baseline", help="Rewrite --baseline from this result, on purpose.")] = False,
    tolerance: Annotated[float | None, typer.Option(
        help="Allowed drop of a headline metric (absolute). Default: a drop counts only "
             "when larger than the bootstrap noise.")] = None,
    resume: Annotated[str | None, typer.Option(
        help="Continue the interrupted run NAME in --runs-dir: keep its results, run the "
             "missing and failed articles.")] = None,
    allow_incomplete: Annotated[bool, typer.Option(
        "--allow-incomplete", help="Score an interrupted run anyway (its missing articles "
        "count as misses); without it that is an error.")] = False,
    timeout: TimeoutOption = None,
    max_tokens: MaxTokensOption = None,
) -> None:
    """Evaluate extraction against gold (or ISAF), store the run, report, gate on a baseline."""
    from llmextract.evaluation.gate import check, load_baseline, make_baseline, write_baseline
    from llmextract.evaluation.metrics import summarize
    from llmextract.evaluation.reports import comparison_report, evaluation_report, score_run
    from llmextract.evaluation.runs import default_name, load_run, reserve_default
    from llmextract.evaluation.tasks import load_task

    if output_format not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)}, not {output_format!r}")
    if detail < 0:
        raise InputError(f"--detail must be 0 or more (got {detail})")
    if update_baseline and baseline is None:
        raise InputError("--update-baseline needs --baseline FILE (the file to write)")
    if tolerance is not None and tolerance < 0:
        raise InputError(f"--tolerance must be 0 or more (got {tolerance})")
    if sum(x is not None for x in (predictions, compare_runs, resume)) > 1:
        raise InputError("use one of --predictions, --compare and --resume")
    if resume is not None and name is not None:
        raise InputError("--resume NAME names the run already; drop --name")
    apply_endpoint_options(timeout, max_tokens)
    runs = runs_dir if runs_dir is not None else default_runs_dir()
    if dataset is not None and gold is not None:
        raise InputError("use one of --gold and --dataset")
    run_options = (backend, model, prompt, name, price_in, price_out)
    if (predictions or compare_runs) and any(x is not None for x in run_options):
        raise InputError("--backend, --model, --prompt, --name and prices apply to a new run, "
                         "not to --predictions or --compare")

    if compare_runs is not None:
        if baseline is not None:
            raise InputError("--baseline applies to one result, not to --compare")
        run_a, run_b = load_run(compare_runs[0]), load_run(compare_runs[1])
        if (run_a.manifest.task, run_a.manifest.source) != (run_b.manifest.task,
                                                            run_b.manifest.source):
            raise InputError(f"{compare_runs[0]} and {compare_runs[1]} were made on different "
                             f"data ({run_a.manifest.task} {run_a.manifest.source} vs "
                             f"{run_b.manifest.task} {run_b.manifest.source})")
        task = _task_for(run_a, gold, split, dataset)
        comparison = comparison_report(task, run_a, run_b)
        if report_html is not None:
            from llmextract.view.evaluation import write_comparison_html

            with report_html.open("w", encoding="utf-8") as file:  # written as built
                write_comparison_html(comparison, task, run_a, run_b, file)
        _emit(comparison, output_format, out, detail)
        return

    if predictions is not None:
        run = load_run(predictions)
        task = _task_for(run, gold, split, dataset)
        _check_complete(run, task, allow_incomplete)
    elif resume is not None:
        previous = load_run(runs / resume)
        task = _task_for(previous, gold, split, dataset)
        backend, model, prompt = _resume_settings(previous, backend, model, prompt)
        todo = len(task.ids) - sum(
            r.extraction is not None for r in previous.predictions.values())
        typer.echo(f"resuming {previous.path}: {todo} of {len(task.ids)} article(s) to "
                   "run", err=True)
        progress = _Progress(todo)
        run = _run(task, runs, resume, progress, backend=backend, model=model,
                   prompt=prompt, cache=not no_cache, concurrency=concurrency,
                   resume=previous, strict=strict)
    else:
        task = (load_task(dataset[0], dataset[1], split=split) if dataset is not None
                else load_task("gold", gold or _default_gold(), split=split))
        run_name = name or reserve_default(runs, default_name(
            task.kind, backend, model, dt.datetime.now(dt.timezone.utc)))
        progress = _Progress(len(task.ids))
        run = _run(task, runs, run_name, progress, backend=backend, model=model,
                   prompt=prompt, cache=not no_cache, concurrency=concurrency,
                   usd_per_mtok_in=price_in, usd_per_mtok_out=price_out, strict=strict)
    m = run.manifest
    if predictions is None and m.articles and m.errors == m.articles:
        first = next(iter(run.predictions.values())).error
        raise InputError(f"every article failed; the first error: {first}")

    scored = score_run(task, run.predictions)  # one article at a time; rows spooled to disk
    summary = summarize(scored.counts, task.metrics)
    if update_baseline:
        assert baseline is not None  # checked above
        write_baseline(baseline, make_baseline(baseline.stem, task, summary, scored.counts,
                                               run=run.manifest))
        typer.echo(f"baseline written: {baseline}", err=True)
    gate = (check(load_baseline(baseline), task, scored.counts, tolerance=tolerance,
                  path=str(baseline))
            if baseline is not None and not update_baseline else None)
    report = evaluation_report(task, scored, summary, run=run.manifest, gate=gate)
    if report_html is not None:
        from llmextract.view.evaluation import write_evaluation_html

        with report_html.open("w", encoding="utf-8") as file:  # written as built
            write_evaluation_html(report, task, run.predictions, file)
    _emit(report, output_format, out, detail)
    if gate is not None:
        for c in gate.regressions:
            typer.echo(f"regression: {c.label} ({c.key}) {c.baseline:.3f} -> "
                       f"{c.current if c.current is None else f'{c.current:.3f}'} "
                       f"(worse by {c.drop if c.drop is None else f'{c.drop:.3f}'}; "
                       f"rule: {c.rule})", err=True)
        if not gate.passed:
            raise typer.Exit(1)
