"""The progress bar of a corpus run on stderr: done / cached / failed, rate, ETA, tokens, cost.

Drawn only when stderr is a terminal; piped or redirected runs print just the summary.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from llmextract.batch.results import BatchStats


class Progress:
    def __init__(self, stats: BatchStats, *, enabled: bool | None = None) -> None:
        from rich.console import Console

        self.stats = stats
        self.console = Console(stderr=True)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if not self.enabled:
            return self
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        self._progress = RichProgress(
            TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=self.console, transient=False,
            refresh_per_second=4,
        )
        self._progress.__enter__()
        self._task = self._progress.add_task("extract", total=self.stats.total,
                                             detail=self._detail())
        return self

    def _detail(self) -> str:
        s = self.stats
        rate = s.done / s.elapsed if s.elapsed > 0 else 0.0
        text = f"{s.cached} cached, {s.failed} failed, {rate:,.1f}/s"
        if s.prompt_tokens or s.completion_tokens:
            text += f", {s.prompt_tokens + s.completion_tokens:,} tokens"
        if s.cost is not None:
            text += f", ${s.cost:,.4f}"
        return text

    def update(self) -> None:
        if self._progress is not None:
            completed = self.stats.done + self.stats.skipped
            total = self.stats.total if self.stats.finished is None else completed
            self._progress.update(self._task, completed=completed, total=total,
                                  detail=self._detail())

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self.update()
            self._progress.__exit__(exc_type, exc, tb)
