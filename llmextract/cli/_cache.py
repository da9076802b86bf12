"""``llmextract cache``: where the result cache is, how big, and clearing it."""

from __future__ import annotations

import typer

from llmextract.pipeline import open_cache

cache_app = typer.Typer(help="Inspect or clear the result cache.", no_args_is_help=True,
                        add_completion=False)


@cache_app.command("info")
def info_command() -> None:
    """Directory, number of entries and size on disk (LLMEXTRACT_CACHE_DIR overrides)."""
    store = open_cache(True)
    assert store is not None
    info = store.info()
    typer.echo(f"directory: {info['directory']}")
    if info["problem"] is not None:
        typer.echo(f"status:    not usable ({info['problem']}); `llmextract cache clear` "
                   "repairs a corrupt cache")
        return
    typer.echo(f"entries:   {info['entries']}")
    typer.echo(f"size:      {info['bytes']:,} bytes")


@cache_app.command("clear")
def clear_command() -> None:
    """Delete every cached result."""
    store = open_cache(True)
    assert store is not None
    broken = store.info()["problem"] is not None
    removed = store.clear()
    if broken:
        typer.echo(f"repaired the cache at {store.store}: the unreadable store was replaced by "
                   "an empty one")
    else:
        typer.echo(f"removed {removed} cached result(s) from {store.store}")
