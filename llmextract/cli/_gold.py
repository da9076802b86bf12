"""``llmextract gold``: check, fix, start and summarise gold files (logic lives in ``gold.py``).

Exit codes: 0 clean, 1 the gold set has problems (each printed ``file: json.path: message``),
2 the command itself was misused (missing directory, bad option value): one line, no traceback.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from llmextract.errors import LLMExtractError
from llmextract.gold import (
    GoldProblem,
    check_gold_dir,
    check_gold_file,
    coverage_table,
    fix_gold_file,
    load_gold_dir,
    new_gold,
    update_coverage_section,
    write_gold,
)

gold_app = typer.Typer(
    help="Check, fix, start and summarise the hand-labeled gold set (evals/gold).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEFAULT_DIR = Path("evals/gold")


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _gold_files(target: Path) -> list[Path]:
    if target.is_file():
        return [target]
    if target.is_dir():
        return sorted(p for p in target.glob("*.json") if p.is_file())
    _fail(f"{target}: no such gold file or directory")


@gold_app.command("check")
def check(
    target: Annotated[Path, typer.Argument(help="A gold directory or one gold file.")] = (
        DEFAULT_DIR),
    fix: Annotated[bool, typer.Option("--fix", help="Fill or repair evidence offsets where "
                                      "the quote occurs exactly once, then check.")] = False,
) -> None:
    """Check gold files; print every problem as ``file: json.path: message``."""
    files = _gold_files(target)
    fixed = unresolved = 0
    if fix:
        for file in files:
            try:
                report = fix_gold_file(file)
            except LLMExtractError:
                continue  # unparsable: the check below reports it with line and column
            except OSError as error:
                _fail(f"{file}: cannot write the fixed file: {error.strerror or error}")
            for line in report.lines():
                typer.echo(line)
            fixed += len(report.fixed)
            unresolved += len(report.unresolved)
    try:
        problems: list[GoldProblem] = (
            check_gold_file(target) if target.is_file() else check_gold_dir(target))
    except LLMExtractError as error:
        _fail(str(error))
    for problem in problems:
        typer.echo(str(problem))
    bad_files = len({p.file for p in problems})
    summary = f"checked {len(files)} gold file{'s' if len(files) != 1 else ''}: "
    summary += (f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {bad_files} "
                f"file{'s' if bad_files != 1 else ''}" if problems else "clean")
    if fix:
        summary += f" (--fix: {fixed} span{'s' if fixed != 1 else ''} fixed, {unresolved} left)"
    typer.echo(summary)
    if problems:
        raise typer.Exit(1)


@gold_app.command("new")
def new(
    article: Annotated[Path, typer.Argument(help="The article text file (UTF-8), kept byte "
                                            "for byte.")],
    article_id: Annotated[str | None, typer.Option("--id", help="Article id (default: the "
                                                   "article file name without extension).")
                          ] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    split: Annotated[str, typer.Option(help="dev or test.")] = "dev",
    source: Annotated[str, typer.Option(help="Outlet or publisher.")] = "unknown",
    from_extraction: Annotated[Path | None, typer.Option(
        "--from-extraction", help="A stored extraction JSON of this article to pre-fill events "
        "and claims from.")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write (default: "
                                             "evals/gold/ID.json).")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """Write a gold skeleton for ARTICLE, to be labeled by hand (see evals/gold/GUIDELINES.md)."""
    chosen_id = article_id or article.stem
    target = out or DEFAULT_DIR / f"{chosen_id}.json"
    if target.exists() and not force:
        _fail(f"{target} already exists (use --force to overwrite)")
    try:
        if published is not None:
            dt.date.fromisoformat(published)
        skeleton = new_gold(article, article_id=chosen_id, published=published, split=split,
                            from_extraction=from_extraction, source=source)
    except ValueError:
        _fail(f"invalid --published {published!r}: use YYYY-MM-DD")
    except LLMExtractError as error:
        _fail(str(error))
    if not target.parent.is_dir():
        _fail(f"{target.parent}: no such directory")
    try:
        write_gold(skeleton, target)
    except OSError as error:
        _fail(f"{target}: cannot write: {error.strerror or error}")
    typer.echo(f"wrote {target} ({len(skeleton['events'])} events, "
               f"{len(skeleton['claims'])} claims); label it, then run `llmextract gold check`")


@gold_app.command("coverage")
def coverage(
    directory: Annotated[Path, typer.Argument(help="The gold directory.")] = DEFAULT_DIR,
    write: Annotated[bool, typer.Option("--write", help="Regenerate the table in "
                                        "DIR/README.md between the coverage markers.")] = False,
) -> None:
    """Print how many gold articles cover each hard case, by split and synthetic/real."""
    if not directory.is_dir():
        _fail(f"{directory}: no such gold directory")
    try:
        table = coverage_table(load_gold_dir(directory))
    except LLMExtractError as error:
        _fail(str(error))
    typer.echo(table, nl=False)
    if write:
        readme = directory / "README.md"
        try:
            old = readme.read_text(encoding="utf-8")
            new_text = update_coverage_section(old, table)
        except OSError as error:
            _fail(f"{readme}: cannot read: {error.strerror or error}")
        except LLMExtractError as error:
            _fail(f"{readme}: {error}")
        if new_text != old:
            readme.write_text(new_text, encoding="utf-8")
            typer.echo(f"updated {readme}")
        else:
            typer.echo(f"{readme} already up to date")
