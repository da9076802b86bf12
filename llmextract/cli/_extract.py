"""``llmextract extract``: one article in, the grounded JSON result (or a readable summary) out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from llmextract.batch.corpus import is_corpus_path
from llmextract.cli._corpus import CorpusOptions, run_corpus
from llmextract.cli._options import MaxTokensOption, TimeoutOption, apply_endpoint_options
from llmextract.errors import InputError
from llmextract.inputs import read_article
from llmextract.pipeline import extract
from llmextract.render import render_text
from llmextract.schema import Extraction
from llmextract.view import render_html


def extract_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article text files (UTF-8), - for stdin, or a corpus: a folder, JSON Lines, CSV or "
        "Parquet (see Corpus runs).")],
    published: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) to resolve relative dates against.")] = None,
    article_id: Annotated[str | None, typer.Option("--id", help="Article id to record.")] = None,
    backend: Annotated[str | None, typer.Option(
        help="rules (offline) or openai (any OpenAI-compatible endpoint).")] = None,
    model: Annotated[str | None, typer.Option(help="Model name (LLMEXTRACT_MODEL).")] = None,
    prompt: Annotated[str | None, typer.Option(help="Prompt as ID@VERSION.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the "
                                           "cache.")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Fail an article when any item the model answered could not be "
        "grounded, instead of returning the rest and listing it under rejected.")] = False,
    output_format: Annotated[str, typer.Option(
        "--format", help="json (the full result), text (a readable summary with quotes) or "
        "html (the article with every evidence span highlighted).")] = "json",
    timeout: TimeoutOption = None,
    max_tokens: MaxTokensOption = None,
    max_bytes: Annotated[int | None, typer.Option(
        help="Largest article file accepted, in bytes (LLMEXTRACT_MAX_ARTICLE_BYTES; default "
             "2,000,000).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Corpus output: FILE.jsonl (one record per article, resumable: "
        "run again to continue), or FILE.csv / FILE.parquet (events and claims tables, built "
        "from FILE.jsonl).", rich_help_panel="Corpus runs")] = None,
    concurrency: Annotated[int, typer.Option(
        help="Requests at the model at once (a quarter more articles wait with their request "
        "built).", rich_help_panel="Corpus runs")] = 16,
    workers: Annotated[int | None, typer.Option(
        help="Processes for the rules backend (default: every core).",
        rich_help_panel="Corpus runs")] = None,
    rpm: Annotated[float | None, typer.Option(
        "--rpm", help="Requests per minute, at most (429s slow the run down further).",
        rich_help_panel="Corpus runs")] = None,
    tpm: Annotated[int | None, typer.Option(
        "--tpm", help="Tokens per minute, at most.", rich_help_panel="Corpus runs")] = None,
    max_cost: Annotated[float | None, typer.Option(
        help="Budget in US dollars: no new article starts once spent (needs --price-in and "
        "--price-out).", rich_help_panel="Corpus runs")] = None,
    price_in: Annotated[float | None, typer.Option(
        help="USD per million prompt tokens.", rich_help_panel="Corpus runs")] = None,
    price_out: Annotated[float | None, typer.Option(
        help="USD per million completion tokens.", rich_help_panel="Corpus runs")] = None,
    retry_errors: Annotated[bool, typer.Option(
        "--retry-errors", help="Drop the error records of an earlier run from -o and try "
        "those articles again.", rich_help_panel="Corpus runs")] = False,
    batch_api: Annotated[bool, typer.Option(
        "--batch-api", help="Send the corpus as one OpenAI Batch API batch (half the price, "
        "answers within 24 h); needs -o. Ctrl-C leaves the batch running: the same command "
        "collects it.", rich_help_panel="Corpus runs")] = False,
    batch_wait: Annotated[float | None, typer.Option(
        help="With --batch-api: seconds to wait for the batch before leaving it running "
        "(exit 75; default: until it is done).", rich_help_panel="Corpus runs")] = None,
    batch_poll: Annotated[float, typer.Option(
        help="With --batch-api: seconds before the first status check (then longer, up to 60).",
        rich_help_panel="Corpus runs")] = 5.0,
    fail_on_error: Annotated[bool, typer.Option(
        "--fail-on-error", help="Exit 1 when any article failed (default: 0; failures are "
        "error records).", rich_help_panel="Corpus runs")] = False,
) -> None:
    """Extract strike events and casualty claims from one article, or from a corpus.

    A corpus is several files, a folder, JSON Lines / CSV / Parquet with id, text and
    published (- reads JSON Lines from stdin with -o), written as one JSON line per article
    ({"id", "status": "ok"|"error", "extraction"|"error"}) to stdout or -o FILE.
    """
    if output_format not in ("json", "text", "html"):
        raise InputError(f"--format must be json, text or html, not {output_format!r}")
    if max_bytes is not None and max_bytes < 1:
        raise InputError(f"--max-bytes must be at least 1 (got {max_bytes})")
    apply_endpoint_options(timeout, max_tokens)
    _check_published(published)
    _check_backend_options(backend, model, prompt)
    if batch_api and output is None:
        raise InputError("--batch-api needs -o FILE: the batch is resumed from the state kept "
                         "next to it")
    if batch_api and max_cost is not None:
        raise InputError("--max-cost does not apply to --batch-api: the whole batch is "
                         "submitted at once")
    if output is not None or len(paths) > 1 or is_corpus_path(paths[0]):
        if article_id is not None:
            raise InputError("--id takes one article; a corpus gives each article its id")
        if paths.count("-") and (len(paths) > 1 or output is None):
            raise InputError("standard input (-) takes one article, or a JSON Lines corpus "
                             "with -o FILE; pass files to run several")
        run_corpus(CorpusOptions(
            paths=paths, output=output, output_format=output_format, published=published,
            backend=backend, model=model, prompt=prompt, no_cache=no_cache, strict=strict,
            concurrency=concurrency, workers=workers, requests_per_minute=rpm,
            tokens_per_minute=tpm, max_cost=max_cost, price_in=price_in, price_out=price_out,
            fail_on_error=fail_on_error, retry_errors=retry_errors, batch_api=batch_api,
            batch_wait=batch_wait, batch_poll=batch_poll))
        return

    def run(text: str, article: str | None = None) -> Extraction:
        return extract(text, published=published, article_id=article, backend=backend,
                       model=model, prompt=prompt, cache=not no_cache, strict=strict)

    text = read_article(paths[0], max_bytes=max_bytes)
    result = run(text, article_id)
    if output_format == "json":
        typer.echo(result.model_dump_json(indent=2))
    elif output_format == "html":
        typer.echo(render_html(result, text), nl=False)
    else:
        typer.echo(render_text(result))


def _check_published(published: str | None) -> None:
    """A date is YYYY-MM-DD exactly: '2020-10-21garbage' is a typo, not a date."""
    if published is None:
        return
    try:
        dt.date.fromisoformat(published)
        if len(published) != 10:
            raise ValueError(published)
    except ValueError:
        raise InputError(f"--published must be an ISO date like 2020-10-21, not "
                         f"{published!r}") from None


def _check_backend_options(backend: str | None, model: str | None, prompt: str | None) -> None:
    """The rules backend has no model and no prompt: refuse them rather than ignore them."""
    if model is None and prompt is None:
        return
    from llmextract.pipeline import resolve_backend

    chosen = resolve_backend(backend, model)
    if not chosen.uses_prompt:
        given = " and ".join(x for x, v in (("--model", model), ("--prompt", prompt)) if v)
        raise InputError(f"{given} apply to the openai backend; the {chosen.name} backend "
                         "takes neither (use --backend openai, or drop them)")
