"""``llmextract schema``: print or write the released JSON Schema contracts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def schema_command(
    name: Annotated[str, typer.Argument(help="extraction, draft or gold.")] = "extraction",
    write: Annotated[Path | None, typer.Option(
        help="Write every contract into this directory (e.g. schemas/) instead.")] = None,
) -> None:
    """Print the JSON Schema of the stored result (or the model-facing draft, or gold files)."""
    # The draft model lives next to the LLM stack (instructor, openai): load it only here.
    from llmextract.schemas import released_schemas, render_schema, write_schemas

    if write is not None:
        written = write_schemas(write)
        typer.echo("wrote: " + (", ".join(str(p) for p in written) or "nothing new"))
        return
    for file_name, schema in released_schemas().items():
        if file_name.startswith(f"{name}.v"):
            typer.echo(render_schema(schema), nl=False)
            return
    raise typer.BadParameter(f"unknown schema {name!r}; use extraction, draft or gold")
