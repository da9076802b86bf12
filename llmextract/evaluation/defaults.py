"""Defaults the ``eval`` command shows in its help, kept apart from the scoring stack.

``llmextract --help`` must not import numpy and scipy just to print ``[default: 8]``; the
modules that use these values import them from here.

Runs are user data, not part of a checkout: by default they go to the per-user data directory
(``LLMEXTRACT_RUNS_DIR`` overrides it; pass ``--runs-dir evals/runs`` to store a run in the
repository on purpose). The gold set is looked for where a user would have it:
``LLMEXTRACT_GOLD_DIR``, ``evals/gold`` under the current directory, or the ``evals/gold`` of
the checkout llmextract runs from.
"""

from __future__ import annotations

import os
from pathlib import Path

from llmextract.user_dirs import user_dir

DEFAULT_RUNS_DIR = Path("evals/runs")  # where the repository keeps its committed runs
DEFAULT_CONCURRENCY = 8
DEFAULT_DETAIL = 10


def default_runs_dir() -> Path:
    override = os.environ.get("LLMEXTRACT_RUNS_DIR")
    if override:
        return Path(override).expanduser()
    return user_dir("data") / "runs"


def default_gold_dir() -> Path | None:
    """The gold set to use when ``--gold`` is not given (None: none found)."""
    override = os.environ.get("LLMEXTRACT_GOLD_DIR")
    if override:
        return Path(override).expanduser()
    here = Path("evals/gold")
    if here.is_dir():
        return here
    checkout = Path(__file__).resolve().parents[2] / "evals" / "gold"
    return checkout if checkout.is_dir() else None
