"""``llmextract extract`` over a corpus: a thin layer over ``llmextract.batch``.

Reads the corpus, skips what the output already holds, runs ``extract_many``, appends each
result as it finishes, draws the progress bar and prints one summary line on stderr. Exit code
0 even when articles failed (each is an error record in the output), unless
``--fail-on-error``; 2 for bad options; 130 when interrupted (the output stays consistent: run
the same command again to continue); 75 when ``--batch-wait`` ended the wait for a batch that
is still running (the same command collects it later).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer

from llmextract.batch.corpus import CorpusArticle, CorpusItem, count_articles, read_corpus
from llmextract.batch.results import ArticleResult, BatchStats
from llmextract.errors import EndpointDownError, InputError

TABLE_SUFFIXES = {".csv": "csv", ".parquet": "parquet"}


@dataclass
class CorpusOptions:
    paths: list[str]
    output: Path | None
    output_format: str
    published: str | None
    backend: str | None
    model: str | None
    prompt: str | None
    no_cache: bool
    strict: bool
    concurrency: int
    workers: int | None
    requests_per_minute: float | None
    tokens_per_minute: int | None
    max_cost: float | None
    price_in: float | None
    price_out: float | None
    fail_on_error: bool
    retry_errors: bool
    batch_api: bool = False
    #: Seconds to wait for a batch before leaving it running (None: until it is done).
    batch_wait: float | None = None
    batch_poll: float = 5.0


def run_corpus(options: CorpusOptions) -> None:
    from llmextract import interruptible  # here: a one-article ``extract`` needs no event loop
    from llmextract.batch.output import JsonlOutput, StreamOutput
    from llmextract.batch.progress import Progress

    if options.output_format == "html":
        raise InputError("--format html takes one article; run it once per file")
    if options.output is None and options.retry_errors:
        raise InputError("--retry-errors needs -o FILE (the output to retry the errors of)")
    journal, tables = _journal_for(options.output)
    if options.batch_api and journal is None:
        raise InputError("--batch-api needs -o FILE: the batch is resumed from the state kept "
                         "next to it")
    stats = BatchStats(total=count_articles(options.paths))
    writer: JsonlOutput | StreamOutput
    if journal is not None:
        writer = JsonlOutput(journal, retry_errors=options.retry_errors)
        if writer.torn_bytes:
            typer.echo(f"note: {journal}: cut off a torn last line ({writer.torn_bytes} "
                       "bytes) left by an interrupted run", err=True)
    else:
        writer = StreamOutput(sys.stdout)
    progress = Progress(stats)

    def say(line: str) -> None:
        if progress.enabled:
            progress.console.print(line, highlight=False, markup=False)
        else:
            typer.echo(line, err=True)

    def problem(item: Any) -> None:
        say(f"warning: {item}")

    interrupted = False
    down: EndpointDownError | None = None
    pending: Exception | None = None
    waits: tuple[type[Exception], ...] = ()
    if options.batch_api:
        from llmextract.batch.batch_api import BatchPending

        waits = (BatchPending,)
    try:
        with progress:
            interruptible.run(_run(options, writer, stats, progress, problem, say))
    except KeyboardInterrupt:
        interrupted = True
    except EndpointDownError as exc:
        down = exc
    except waits as exc:
        pending = exc
    finally:
        writer.close()
    if pending is not None:
        typer.echo(stats.summary(), err=True)
        typer.echo(f"waiting ended: {pending}", err=True)
        raise typer.Exit(75)
    if down is not None:
        typer.echo(stats.summary(), err=True)
        typer.echo(f"stopped: {down}. Every finished article is in the output; run the same "
                   "command again when the endpoint is back", err=True)
        raise typer.Exit(1)
    if tables is not None and journal is not None and not interrupted:
        from llmextract.batch.tables import write_tables

        events, claims = write_tables(journal, options.output or journal, tables)
        typer.echo(f"tables: {events}, {claims} (from {journal})", err=True)
    typer.echo(stats.summary(), err=True)
    if interrupted:
        where = f" -o {options.output}" if options.output else ""
        typer.echo(f"interrupted: every finished article is in the output; run the same "
                   f"command{where} again to continue", err=True)
        raise typer.Exit(130)
    if options.fail_on_error and stats.failed:
        raise typer.Exit(1)


async def _run(options: CorpusOptions, writer: Any, stats: BatchStats, progress: Any,
               problem: Any, say: Any) -> None:
    from llmextract.batch.run import extract_many_async
    from llmextract.render import render_text

    text_output = options.output is None and options.output_format == "text"
    articles = _with_default_date(read_corpus(options.paths), options.published)
    if options.batch_api:
        from llmextract.batch.batch_api import extract_batch_api_async, state_path_for

        stream = extract_batch_api_async(
            articles, state=state_path_for(writer.path), backend=options.backend,
            model=options.model, prompt=options.prompt, cache=not options.no_cache,
            strict=options.strict, concurrency=options.concurrency,
            requests_per_minute=options.requests_per_minute,
            tokens_per_minute=options.tokens_per_minute, skip=writer.done, stats=stats,
            on_problem=problem, on_status=say, poll_interval=options.batch_poll,
            max_wait=options.batch_wait)
    else:
        stream = extract_many_async(
            articles, backend=options.backend, model=options.model, prompt=options.prompt,
            cache=not options.no_cache, strict=options.strict,
            concurrency=options.concurrency, workers=options.workers,
            requests_per_minute=options.requests_per_minute,
            tokens_per_minute=options.tokens_per_minute, max_cost=options.max_cost,
            usd_per_mtok_in=options.price_in, usd_per_mtok_out=options.price_out,
            skip=writer.done, stats=stats, on_problem=problem)
    frozen = False
    async for result in stream:
        if not frozen:
            # By the first result the client stack is loaded (openai and instructor: some
            # 200,000 objects that live as long as the process). Frozen, the collector's full
            # passes stop walking them: each pass stalled the event loop, every answer in
            # flight waiting behind it (evals/bench_corpus.py, side by side).
            gc.freeze()
            frozen = True
        if text_output:
            _print_text(result, render_text)
        else:
            writer.write(result)
        if not result.ok:
            problem(f"{result.id}: failed: {result.error}")
        progress.update()


def _print_text(result: ArticleResult, render: Any) -> None:
    if result.ok and result.extraction is not None:
        typer.echo(f"== {result.id}\n{render(result.extraction)}\n")
    else:
        typer.echo(f"== {result.id}\nerror: {result.error}\n")


def _journal_for(output: Path | None) -> tuple[Path | None, Any]:
    """The JSON Lines file a run appends to, and the table format to build from it."""
    if output is None:
        return None, None
    table = TABLE_SUFFIXES.get(output.suffix.lower())
    if table is None:
        return output, None
    return output.with_suffix(".jsonl"), table


def _with_default_date(items: Iterator[CorpusItem], published: str | None,
                       ) -> Iterator[CorpusItem]:
    if published is None:
        yield from items
        return
    for item in items:
        if isinstance(item, CorpusArticle) and item.published is None:
            item = CorpusArticle(item.id, item.text, published, item.source, item.problem)
        yield item
