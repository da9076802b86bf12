"""The JSON Lines output of a corpus run, written so that a run can resume exactly once.

One line per article (``{"id", "status": "ok" | "error", "extraction" | "error", "source"}``),
appended as one ``write`` of the whole line. Whatever kills the run (Ctrl-C, SIGKILL, a full
disk) leaves whole lines plus at most a torn last line, which the next run cuts off before it
appends. Lines are flushed to the disk (``fsync``) in groups, at most ``sync_every`` seconds
apart and when the output is closed: a lost machine loses at most that much work, a killed
process loses nothing it wrote.

Resuming reads the ids already written (only the ids: memory stays flat) and the run skips
them, so no article is sent to the model twice.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import IO

from llmextract.batch.results import ArticleResult
from llmextract.errors import InputError

# A line we wrote starts with its id and status; anything else is parsed as JSON.
_HEAD = re.compile(rb'\{"id": ("(?:[^"\\]|\\.)*"), "status": "(ok|error)"')


class JsonlOutput:
    """Appends results to ``path``; ``done`` holds the ids already there when it was opened.

    ``retry_errors`` drops the error records of an earlier run first (rewriting the file
    atomically), so those articles are tried again.
    """

    def __init__(self, path: str | Path, *, retry_errors: bool = False,
                 sync_every: float = 0.5) -> None:
        self.path = Path(path)
        self.sync_every = sync_every
        self.done: set[str] = set()
        self.errors_dropped = 0
        self.torn_bytes = 0
        if self.path.is_dir():
            raise InputError(f"{self.path}: is a folder; -o takes a file (e.g. results.jsonl)")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            self._recover(retry_errors)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._last_sync = time.monotonic()
        self._unsynced = False

    def _recover(self, retry_errors: bool) -> None:
        keep_errors = not retry_errors
        size = self.path.stat().st_size
        good = 0  # bytes up to the end of the last whole line
        dropped: list[tuple[int, int]] = []
        with self.path.open("rb") as handle:
            number = 0
            for line in handle:
                number += 1
                if not line.endswith(b"\n"):
                    break  # a torn last line: cut off below
                start = good
                good += len(line)
                if not line.strip():
                    continue
                parsed = _id_status(line)
                if parsed is None:
                    raise InputError(f"{self.path}:{number}: not a record of llmextract's "
                                     "output; is -o pointing at the right file?")
                article_id, status = parsed
                if status == "error" and not keep_errors:
                    dropped.append((start, good))
                    continue
                self.done.add(article_id)
        self.torn_bytes = size - good
        if self.torn_bytes:
            with self.path.open("r+b") as handle:
                handle.truncate(good)
                os.fsync(handle.fileno())
        if dropped:
            self.errors_dropped = len(dropped)
            self._rewrite_without(dropped)

    def _rewrite_without(self, dropped: list[tuple[int, int]]) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        with self.path.open("rb") as source, temporary.open("wb") as target:
            position = 0
            for start, end in dropped:
                _copy(source, target, position, start)
                position = end
            _copy(source, target, position, None)
            target.flush()
            os.fsync(target.fileno())
        os.replace(temporary, self.path)

    def write(self, result: ArticleResult) -> None:
        data = result.to_json_line().encode("utf-8")
        view = memoryview(data)
        while view:  # one write almost always; a short write continues where it stopped
            written = os.write(self._fd, view)
            view = view[written:]
        self.done.add(result.id)
        self._unsynced = True
        now = time.monotonic()
        if now - self._last_sync >= self.sync_every:
            self.sync()

    def sync(self) -> None:
        if self._unsynced:
            os.fsync(self._fd)
            self._unsynced = False
        self._last_sync = time.monotonic()

    def close(self) -> None:
        if self._fd >= 0:
            self.sync()
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlOutput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StreamOutput:
    """Results as JSON Lines on a text stream (stdout): no resume, flushed per line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.done: set[str] = set()

    def write(self, result: ArticleResult) -> None:
        self.stream.write(result.to_json_line())
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def _id_status(line: bytes) -> tuple[str, str] | None:
    match = _HEAD.match(line)
    if match is not None:
        return json.loads(match.group(1)), match.group(2).decode()
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if (isinstance(record, dict) and isinstance(record.get("id"), str)
            and record.get("status") in ("ok", "error")):
        return record["id"], record["status"]
    return None


def _copy(source: IO[bytes], target: IO[bytes], start: int, end: int | None) -> None:
    source.seek(start)
    remaining = None if end is None else end - start
    while remaining is None or remaining > 0:
        block = source.read(1 << 20 if remaining is None else min(1 << 20, remaining))
        if not block:
            break
        target.write(block)
        if remaining is not None:
            remaining -= len(block)


def read_results(path: str | Path) -> list[ArticleResult]:
    """Every record of an output file (for small files and tests; tables stream instead)."""
    out = []
    with Path(path).open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n") or not line.strip():
                continue
            record = json.loads(line)
            extraction = record.get("extraction")
            out.append(ArticleResult(
                record["id"], record["status"], source=record.get("source", ""),
                extraction_json=json.dumps(extraction) if extraction is not None else None,
                error=record.get("error")))
    return out
