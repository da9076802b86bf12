"""One article's outcome in a corpus run, and the running totals of the run."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Literal

from llmextract.schema import Extraction, Usage


class ArticleResult:
    """``status`` is ``ok`` (``extraction`` holds the result) or ``error`` (``error`` says why).

    The extraction may arrive as JSON text from a worker process; it is parsed only when
    ``extraction`` is read, so a run that just writes results never pays for it.
    """

    __slots__ = ("_extraction", "_json", "cached", "error", "id", "path", "source", "status",
                 "usage")

    def __init__(self, article_id: str, status: Literal["ok", "error"], *, source: str = "",
                 extraction: Extraction | None = None, extraction_json: str | None = None,
                 error: str | None = None, cached: bool = False,
                 usage: Usage | None = None, path: str | None = None) -> None:
        self.id = article_id
        self.status = status
        self.source = source
        self._extraction = extraction
        self._json = extraction_json
        self.error = error
        self.cached = cached
        #: The article's text file, when it came from one (the viewer reads the text there).
        self.path = path
        self.usage = usage if usage is not None else (
            extraction.provenance.usage if extraction is not None else Usage())

    @classmethod
    def failed(cls, article_id: str, error: str, source: str = "",
               path: str | None = None) -> ArticleResult:
        return cls(article_id, "error", source=source, error=error, path=path)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def extraction(self) -> Extraction | None:
        if self._extraction is None and self._json is not None:
            self._extraction = Extraction.model_validate_json(self._json)
        return self._extraction

    def extraction_json(self) -> str | None:
        if self._json is None and self._extraction is not None:
            self._json = self._extraction.model_dump_json()
        return self._json

    def to_json_line(self) -> str:
        """The output record: ``id`` and ``status`` first (resume reads just those), then the
        extraction or the error, then where the article came from."""
        head = f'{{"id": {json.dumps(self.id, ensure_ascii=False)}, "status": "{self.status}"'
        if self.status == "ok":
            body = f', "extraction": {self.extraction_json()}'
        else:
            body = f', "error": {json.dumps(self.error, ensure_ascii=False)}'
        source = f', "source": {json.dumps(self.source, ensure_ascii=False)}' if self.source else ""
        if self.path is not None:
            source += f', "path": {json.dumps(self.path, ensure_ascii=False)}'
        return f"{head}{body}{source}}}\n"

    def __repr__(self) -> str:
        detail = self.error if self.status == "error" else ("cached" if self.cached else "")
        return f"ArticleResult({self.id!r}, {self.status!r}{', ' + detail if detail else ''})"


@dataclass
class BatchStats:
    """Totals of a run, updated as results arrive (a progress bar reads them live)."""

    total: int | None = None
    done: int = 0
    ok: int = 0
    cached: int = 0
    failed: int = 0
    skipped: int = 0
    problems: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = None
    #: Set when the cost budget stopped new work before the corpus was finished.
    budget_stopped: bool = False
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def count(self, result: ArticleResult) -> None:
        self.done += 1
        if result.ok:
            self.ok += 1
            self.cached += result.cached
        else:
            self.failed += 1
        self.prompt_tokens += result.usage.prompt_tokens
        self.completion_tokens += result.usage.completion_tokens

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def summary(self) -> str:
        """One honest line: what was done, what failed, what was skipped, and why it stopped."""
        seconds = self.elapsed
        rate = f", {self.done / seconds:,.0f} articles/s" if seconds > 0 and self.done else ""
        parts = [f"{self.done:,} article(s) in {seconds:.1f} s{rate}: {self.ok:,} ok"]
        if self.cached:
            parts.append(f"{self.cached:,} from the cache")
        parts.append(f"{self.failed:,} failed")
        if self.skipped:
            parts.append(f"{self.skipped:,} already in the output (skipped)")
        if self.problems:
            parts.append(f"{self.problems:,} input problem(s)")
        line = ", ".join(parts)
        if self.prompt_tokens or self.completion_tokens:
            line += (f"; tokens {self.prompt_tokens:,} in / {self.completion_tokens:,} out")
        if self.cost is not None:
            line += f"; cost ${self.cost:,.4f}"
        if self.budget_stopped:
            line += ("; the cost budget was reached, the remaining articles were not started "
                     "(run again with the same output to continue)")
        if self.done and self.ok == 0:
            line += "; nothing was extracted"
        return line
