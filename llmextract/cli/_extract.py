"""``llmextract extract``: one article in, the grounded JSON result (or a readable summary) out."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from llmextract.cli._options import MaxTokensOption, TimeoutOption, apply_endpoint_options
from llmextract.errors import ConfigurationError, EndpointDownError, InputError, LLMExtractError
from llmextract.inputs import read_article
from llmextract.pipeline import extract
from llmextract.render import render_text
from llmextract.schema import Extraction
from llmextract.view import render_html


def extract_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article text files (UTF-8), or - for stdin. Several files give JSON Lines.")],
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
) -> None:
    """Extract strike events and casualty claims from one article, or from several.

    With several files the output is JSON Lines (``{"path", "extraction"}`` or
    ``{"path", "error"}``) or text blocks; an article that fails is reported and the others
    still run. Exit code 1 then means some articles failed. When the endpoint is down (the
    circuit breaker opened), the rest are reported as not attempted and the batch stops.
    """
    if output_format not in ("json", "text", "html"):
        raise InputError(f"--format must be json, text or html, not {output_format!r}")
    if max_bytes is not None and max_bytes < 1:
        raise InputError(f"--max-bytes must be at least 1 (got {max_bytes})")
    apply_endpoint_options(timeout, max_tokens)

    def run(text: str, article: str | None = None) -> Extraction:
        return extract(text, published=published, article_id=article, backend=backend,
                       model=model, prompt=prompt, cache=not no_cache, strict=strict)

    if len(paths) == 1:
        text = read_article(paths[0], max_bytes=max_bytes)
        result = run(text, article_id)
        if output_format == "json":
            typer.echo(result.model_dump_json(indent=2))
        elif output_format == "html":
            typer.echo(render_html(result, text), nl=False)
        else:
            typer.echo(render_text(result))
        return
    if output_format == "html" or article_id is not None:
        raise InputError("--format html and --id take one article; run them once per file")
    if paths.count("-") > 0:
        raise InputError("standard input (-) takes one article; pass files to run several")
    failed = 0
    stopped: EndpointDownError | None = None
    for path in paths:
        if stopped is not None:
            failed += 1
            if output_format == "json":
                typer.echo(json.dumps({"path": path, "error": f"not attempted: {stopped}"},
                                      ensure_ascii=False))
            continue
        try:
            result = run(read_article(path, max_bytes=max_bytes))
        except ConfigurationError:
            raise  # the same for every article: stop at once
        except LLMExtractError as exc:
            failed += 1
            if isinstance(exc, EndpointDownError):
                stopped = exc
            typer.echo(f"error: {path}: {exc}", err=True)
            if output_format == "json":
                typer.echo(json.dumps({"path": path, "error": str(exc)}, ensure_ascii=False))
            continue
        if output_format == "json":
            line = {"path": path, "extraction": result.model_dump(mode="json")}
            typer.echo(json.dumps(line, ensure_ascii=False))
        else:
            typer.echo(f"== {path}\n{render_text(result)}\n")
    if stopped is not None:
        typer.echo(f"stopped: the endpoint is down; {failed} of {len(paths)} article(s) failed "
                   "or were not attempted. Run the same command again when it is back: "
                   "finished articles come from the cache", err=True)
        raise typer.Exit(1)
    if failed:
        typer.echo(f"{failed} of {len(paths)} article(s) failed; the rest were extracted",
                   err=True)
        raise typer.Exit(1)
