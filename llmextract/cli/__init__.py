"""The ``llmextract`` command: a thin typer layer over the Python API.

Each command group lives in its own module and registers itself on ``app`` below. Commands hold
no logic a Python user would also need; errors from the API become one line and exit code 2.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="llmextract",
    help="Grounded extraction of strike events and casualty claims from conflict news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command groups register themselves; keep one import per module, in pipeline order.
# (Lines are added here as the modules land.)
from llmextract.cli._gold import gold_app  # noqa: E402

app.add_typer(gold_app, name="gold")


def main() -> None:
    """Console-script entry point."""
    app()
