"""``llmextract extract``: one article in, the grounded JSON result (or a readable summary) out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from llmextract.errors import ConfigurationError, InputError, LLMExtractError
from llmextract.pipeline import extract
from llmextract.render import render_text
from llmextract.schema import Extraction
from llmextract.view import render_html


def read_article(path: str) -> str:
    """Read an article from a file or ``-`` (stdin) as UTF-8, refusing binary input."""
    if path == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"{path}: no such file")
        if file.is_dir():
            raise InputError(f"{path}: is a directory, not an article file")
        data = file.read_bytes()
        where = path
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: is not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it, e.g. with iconv -t UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{where}: the article is empty or only whitespace")
    return text


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
) -> None:
    """Extract strike events and casualty claims from one article, or from several.

    With several files the output is JSON Lines (``{"path", "extraction"}`` or
    ``{"path", "error"}``) or text blocks; an article that fails is reported and the others
    still run. Exit code 1 then means some articles failed.
    """
    if output_format not in ("json", "text", "html"):
        raise InputError(f"--format must be json, text or html, not {output_format!r}")

    def run(text: str, article: str | None = None) -> Extraction:
        return extract(text, published=published, article_id=article, backend=backend,
                       model=model, prompt=prompt, cache=not no_cache, strict=strict)

    if len(paths) == 1:
        text = read_article(paths[0])
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
    for path in paths:
        try:
            result = run(read_article(path))
        except ConfigurationError:
            raise  # the same for every article: stop at once
        except LLMExtractError as exc:
            failed += 1
            typer.echo(f"error: {path}: {exc}", err=True)
            if output_format == "json":
                typer.echo(json.dumps({"path": path, "error": str(exc)}, ensure_ascii=False))
            continue
        if output_format == "json":
            line = {"path": path, "extraction": result.model_dump(mode="json")}
            typer.echo(json.dumps(line, ensure_ascii=False))
        else:
            typer.echo(f"== {path}\n{render_text(result)}\n")
    if failed:
        typer.echo(f"{failed} of {len(paths)} article(s) failed; the rest were extracted",
                   err=True)
        raise typer.Exit(1)
