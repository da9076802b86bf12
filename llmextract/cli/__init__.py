"""The ``llmextract`` command: a thin typer layer over the Python API.

Each command group lives in its own module and registers itself on ``app`` below. Commands hold
no logic a Python user would also need; errors from the API become one line and exit code 2.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

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
        except BrokenPipeError:
            _quiet_broken_pipe()
            raise typer.Exit(0) from None
        except (LLMExtractError, OSError) as exc:
            message = str(exc) if isinstance(exc, LLMExtractError) else _os_message(exc)
            typer.echo(f"error: {message}", err=True)
            raise typer.Exit(2) from None

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain_metavars(command)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_metavars(self)
        super().format_help(ctx, formatter)


def _plain_metavars(command: Any) -> None:
    """Help names what an option takes (TEXT, PATH, json|text) and shows flags as flags, instead
    of typer's ``<str>`` / ``<bool>`` type labels."""
    if getattr(command, "_plain_metavars", False):
        return
    command._plain_metavars = True
    original_help_option = command.get_help_option

    def get_help_option(ctx: Any) -> Any:  # --help is built anew for each help page
        option = original_help_option(ctx)
        if option is not None and option.metavar is None:
            option.metavar = ""
        return option

    command.get_help_option = get_help_option
    for param in getattr(command, "params", []):
        if param.metavar is not None:
            continue
        if getattr(param, "is_flag", False):
            param.metavar = ""
            continue
        descriptor = getattr(param, "type_descriptor", None)
        choices = getattr(descriptor, "choices", None)
        label = ("|".join(str(c) for c in choices) if choices
                 else _label(getattr(descriptor, "annotation", None)))
        if param.param_type_name == "argument":
            # typer labels an argument by its type (<list[str]>) whatever its metavar says
            shown = label if label.endswith("...") or param.nargs == 1 else f"{label}..."
            param.display_type_rich = lambda ctx, shown=shown: shown
            continue
        param.metavar = label
    for sub in getattr(command, "commands", {}).values():
        _plain_metavars(sub)


def _label(annotation: Any) -> str:
    import pathlib
    import typing

    origin = typing.get_origin(annotation)
    if origin in (list, tuple):
        parts = [_label(a) for a in typing.get_args(annotation) if a is not Ellipsis]
        return " ".join(parts) if origin is tuple else f"{parts[0] if parts else 'VALUE'}..."
    if origin is not None:  # X | None
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _label(args[0]) if args else "VALUE"
    labels: dict[Any, str] = {str: "TEXT", int: "N", float: "NUMBER", pathlib.Path: "PATH",
                              bool: ""}
    return labels.get(annotation, "VALUE")


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, and keep Python from complaining
    about the closed stdout at exit."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


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
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
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


def _version(value: bool) -> None:
    if value:
        from llmextract import __version__

        typer.echo(f"llmextract {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: Annotated[bool | None, typer.Option(
        "--version", "-V", callback=_version, is_eager=True,
        help="Print the version and exit.")] = None) -> None:
    """Grounded extraction of strike events and casualty claims from conflict news."""


def main() -> None:
    """Console-script entry point."""
    import gc

    # What is loaded by now (pydantic, the schema, typer) lives as long as the process: frozen,
    # the collector stops walking it again each time the command allocates (rich for help,
    # the rule patterns), ~50 ms of a 0.3 s start-up; and forked workers (the rules pool,
    # serve --workers) leave those pages shared. Only the program does this, not an import.
    gc.freeze()
    app()
