"""``llmextract prompts``: list, show and release versioned prompts."""

from __future__ import annotations

from typing import Annotated

import typer

from llmextract.prompts import get_prompt, list_prompts, lock_problems, read_lock, release_prompts

prompts_app = typer.Typer(help="List, show and release versioned prompts.",
                          no_args_is_help=True, add_completion=False)


@prompts_app.command("list")
def list_command() -> None:
    """Every prompt version, whether it is released (locked), and its hash."""
    lock = read_lock()
    for prompt in list_prompts():
        status = "released" if prompt.ref in lock else "draft"
        typer.echo(f"{prompt.ref}\t{status}\tschema v{prompt.schema_version}\t"
                   f"sha256:{prompt.sha256[:12]}\t{prompt.description}")
    for problem in lock_problems():
        typer.echo(f"warning: {problem}", err=True)


@prompts_app.command("show")
def show_command(
    ref: Annotated[str, typer.Argument(help="ID@VERSION, or ID for its latest release.")],
) -> None:
    """The full text of one prompt version (article placeholder included)."""
    prompt = get_prompt(ref)
    typer.echo(f"# {prompt.ref}  schema v{prompt.schema_version}  sha256:{prompt.sha256}")
    typer.echo(f"# {prompt.description}")
    typer.echo("=== system ===")
    typer.echo(prompt.system)
    typer.echo("=== user ===")
    typer.echo(prompt.user)


@prompts_app.command("release")
def release_command() -> None:
    """Record every unreleased prompt version in the lock; released ones never change."""
    added = release_prompts()
    typer.echo("released: " + (", ".join(added) if added else "nothing new"))
