"""The ``llmextract`` command: a thin typer layer over the Python API.

Each command group lives in its own module and registers itself on ``app`` below. Commands hold
no logic a Python user would also need; errors from the API become one line and exit code 2.
"""

from __future__ import annotations

import logging
from typing import Any

import typer
from typer.core import TyperGroup

from llmextract.errors import LLMExtractError


class _Group(TyperGroup):
    """Turns every ``LLMExtractError`` (and unreadable/unwritable files) raised by any command
    into one line on stderr and exit code 2: users get a message they can act on, not a
    traceback."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click; its Context type is private
        _show_warnings()
        try:
            return super().invoke(ctx)
        except (LLMExtractError, OSError) as exc:
            message = str(exc) if isinstance(exc, LLMExtractError) else _os_message(exc)
            typer.echo(f"error: {message}", err=True)
            raise typer.Exit(2) from None


class _WarningLine(logging.Handler):
    """llmextract's warnings (a cache that is off, a result not cached) as one stderr line."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    logger = logging.getLogger("llmextract")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        logger.addHandler(_WarningLine(logging.WARNING))


def _os_message(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


app = typer.Typer(
    cls=_Group,
    name="llmextract",
    help="Grounded extraction of strike events and casualty claims from conflict news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command groups register themselves: one import per module.
from llmextract.cli._cache import cache_app  # noqa: E402
from llmextract.cli._eval import eval_command  # noqa: E402
from llmextract.cli._extract import extract_command  # noqa: E402
from llmextract.cli._gold import gold_app  # noqa: E402
from llmextract.cli._prompts import prompts_app  # noqa: E402
from llmextract.cli._schema import schema_command  # noqa: E402
from llmextract.cli._serve import serve_command  # noqa: E402
from llmextract.cli._view import view_command  # noqa: E402

app.command("extract")(extract_command)
app.command("eval")(eval_command)
app.add_typer(gold_app, name="gold")
app.add_typer(prompts_app, name="prompts")
app.add_typer(cache_app, name="cache")
app.command("schema")(schema_command)
app.command("serve")(serve_command)
app.command("view")(view_command)


def main() -> None:
    """Console-script entry point."""
    app()
