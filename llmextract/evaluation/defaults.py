"""Defaults the ``eval`` command shows in its help, kept apart from the scoring stack.

``llmextract --help`` must not import numpy and scipy just to print ``[default: 8]``; the
modules that use these values import them from here.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_RUNS_DIR = Path("evals/runs")
DEFAULT_CONCURRENCY = 8
DEFAULT_DETAIL = 10
