"""``llmextract view``: extractions, a batch or a stored run as one self-contained HTML page."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from llmextract.view import render_view


def view_command(
    results: Annotated[Path, typer.Argument(
        help="One extraction JSON, a JSONL of extractions (e.g. from extract a.txt b.txt), a "
             "stored run (evals/runs/<name>), or gold (a file or directory).")],
    out: Annotated[Path | None, typer.Option(
        "-o", "--out", help="Write the page here (default: standard output).")] = None,
    texts: Annotated[list[Path] | None, typer.Option(
        "--texts", help="Where to find the article texts (a gold directory, a folder of .txt "
                        "files, a JSONL with text fields); repeatable. A text is used only "
                        "when its SHA-256 is the extraction's.")] = None,
) -> None:
    """Write one HTML page that shows every evidence span in its article; no network needed."""
    page = render_view(results, texts=texts or [])
    if out is None:
        sys.stdout.write(page)
        return
    out.write_text(page, encoding="utf-8")
    typer.echo(f"wrote {out} ({len(page.encode('utf-8')):,} bytes)", err=True)
