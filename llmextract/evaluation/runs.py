"""Stored runs: extract every sample of a task concurrently and keep the predictions.

A run lives in ``<runs dir>/<name>/``:

- ``predictions.jsonl``: one ``PredictionRecord`` a line (the ``Extraction``, or the error that
  prevented it), appended and flushed as each article finishes, so an interrupted or failing
  run keeps every result already made;
- ``manifest.json``: how the run was made (task, backend, model, prompt id/version/hash, schema
  version, git commit, dates, token usage, cost). It is written with ``status: "running"``
  (and the process id and host running it) before the first article, rewritten
  ``"complete"`` at the end, and ``"interrupted"`` with the reason when the run stops early
  (the endpoint is down, a configuration error, Ctrl-C). A run killed outright (``kill -9``)
  cannot say so itself: ``load_run`` reports a ``"running"`` run whose process is gone as
  ``"interrupted"``, and a half-written last line of ``predictions.jsonl`` as missing.

An interrupted run continues with ``run_task(..., resume=load_run(path))`` (``llmextract eval
--resume NAME``): articles with an extraction are kept, the missing and the failed ones run.

Re-scoring a stored run (``load_run`` then ``tasks.score_predictions``) calls no model. The
runner takes the extract function as a parameter (the public ``extract_async`` by default) so
tests and other callers can inject their own.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import socket
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from llmextract import interruptible
from llmextract.errors import ConfigurationError, EndpointDownError, InputError
from llmextract.evaluation.defaults import DEFAULT_CONCURRENCY, DEFAULT_RUNS_DIR
from llmextract.evaluation.tasks import Sample, Task, TaskKind
from llmextract.schema import SCHEMA_VERSION, Extraction, Provenance, Usage

MANIFEST = "manifest.json"
PREDICTIONS = "predictions.jsonl"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class _Stored(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PredictionRecord(_Stored):
    """One line of ``predictions.jsonl``: exactly one of ``extraction`` and ``error``."""

    article_id: str
    extraction: Extraction | None = None
    error: str | None = None
    #: What a failed extraction spent before it failed (an extraction carries its own usage).
    error_usage: Usage | None = None
    error_requests: int | None = None

    @model_validator(mode="after")
    def _one_of(self) -> PredictionRecord:
        if (self.extraction is None) == (self.error is None):
            raise ValueError("a prediction record holds an extraction or an error, not both "
                             "or neither")
        return self


class RunManifest(_Stored):
    """How a run was made; enough to reproduce it and to trace any number back to it."""

    manifest_version: Literal["1"] = "1"
    name: str
    status: Literal["running", "complete", "interrupted"]
    #: Why an ``interrupted`` run stopped.
    stopped_reason: str | None = None
    #: The process running the run (while ``running``): how a killed run is recognised.
    pid: int | None = None
    host: str | None = None
    #: How many times the run was continued with ``--resume``.
    resumed: int = 0
    task: TaskKind
    #: The gold directory or dataset file as given (relative paths stay portable).
    source: str
    split: str | None = None
    articles: int
    errors: int = 0
    backend: str | None = None
    model: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None
    prompt_hash: str | None = None
    schema_version: str = SCHEMA_VERSION
    grounding_version: str | None = None
    llmextract_version: str
    git_commit: str | None = None
    git_dirty: bool | None = None
    created_at: dt.datetime
    finished_at: dt.datetime | None = None
    duration_s: float | None = None
    concurrency: int
    cache_hits: int = 0
    #: Every HTTP request of the run, failed articles and re-asks included.
    requests: int = 0
    #: Items the model answered that were rejected (ungrounded after the re-asks).
    rejected_items: int = 0
    usage: Usage = Usage()
    #: Prices used for ``cost_usd``, in US dollars per million tokens (None: not given).
    usd_per_mtok_in: float | None = None
    usd_per_mtok_out: float | None = None
    #: None when tokens were billed but no price was given: unknown, not free.
    cost_usd: float | None = None


@dataclass(frozen=True)
class StoredRun:
    path: Path
    manifest: RunManifest
    predictions: Mapping[str, PredictionRecord]

    @property
    def complete(self) -> bool:
        return self.manifest.status == "complete"

    def missing(self, task: Task) -> list[str]:
        """Ids of the task's articles with no prediction at all (neither result nor error)."""
        return [i for i in task.ids if i not in self.predictions]


class StoredPredictions(Mapping[str, PredictionRecord]):
    """The records of a ``predictions.jsonl``, read from the file when asked for.

    Only each article's line offset stays in memory, so re-scoring a run of 100,000 articles
    does not hold 100,000 extractions at once. The file is checked line by line when the run is
    loaded, so a broken line is still reported at once, with its number.
    """

    def __init__(self, file: Path, offsets: dict[str, int]) -> None:
        self._file = file
        self._offsets = offsets

    def __getitem__(self, article_id: str) -> PredictionRecord:
        offset = self._offsets[article_id]
        with self._file.open("rb") as handle:
            handle.seek(offset)
            return PredictionRecord.model_validate_json(handle.readline())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._offsets

    def __iter__(self) -> Iterator[str]:
        return iter(self._offsets)

    def __len__(self) -> int:
        return len(self._offsets)


class ExtractAsync(Protocol):
    """The shape of ``llmextract.extract_async`` that the runner needs."""

    def __call__(self, text: str, *, published: dt.date | None, article_id: str,
                 backend: Any, model: str | None, prompt: str | None,
                 cache: Any, strict: bool = False) -> Awaitable[Extraction]: ...


def _default_extract() -> ExtractAsync:
    from llmextract.pipeline import extract_async  # loads on first run, not on import

    return extract_async


def server_concurrency(backend: Any, model: str | None, concurrency: int) -> int:
    """``concurrency`` capped at the slots the backend's server reports.

    A one-slot llama.cpp server serves one request and queues the rest; eight queued articles
    time out one after another (10 of 15 gold test articles were lost that way), and a retry
    resends a request the server already cancelled. A backend says its slots with
    ``server_slots()``; one that does not (or a server that does not report them) is not capped.
    """
    from llmextract.pipeline import resolve_backend

    slots = getattr(resolve_backend(backend, model), "server_slots", None)
    found = slots() if callable(slots) else None
    return min(concurrency, found) if isinstance(found, int) and found > 0 else concurrency


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise InputError(f"run name {name!r} must be letters, digits, '.', '_' or '-' (and "
                         "start with a letter or digit)")
    return name


def default_name(task: TaskKind, backend: str | None, model: str | None,
                 now: dt.datetime) -> str:
    parts = [backend or "default", *([model] if model else []), task,
             now.strftime("%Y%m%d-%H%M%S")]
    return re.sub(r"[^A-Za-z0-9._-]+", "-", "-".join(parts))


def reserve_default(runs_dir: Path, name: str) -> str:
    """``name``, or ``name-2``, ``name-3`` ... when a run of that name exists: the directory is
    made here (an atomic ``mkdir``), so two runs started in the same second never both take it.
    Only for names the user did not choose; a chosen name that exists is an error."""
    runs_dir.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        candidate = name if n == 1 else f"{name}-{n}"
        try:
            (runs_dir / candidate).mkdir()
        except FileExistsError:
            continue
        return candidate
    raise InputError(f"{runs_dir}: a thousand runs named {name}; choose a --name")


def git_state(cwd: Path | None = None) -> tuple[str | None, bool | None]:
    """The commit checked out and whether the work tree has changes; (None, None) outside git."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                                  timeout=10, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    if commit is None:
        return None, None
    status = git("status", "--porcelain", "--untracked-files=no")
    return commit.strip(), (bool(status.strip()) if status is not None else None)


def cost(usage: Usage, usd_per_mtok_in: float | None,
         usd_per_mtok_out: float | None) -> float | None:
    if usage.prompt_tokens == 0 and usage.completion_tokens == 0:
        return 0.0
    if usd_per_mtok_in is None or usd_per_mtok_out is None:
        return None
    return (usage.prompt_tokens * usd_per_mtok_in
            + usage.completion_tokens * usd_per_mtok_out) / 1e6


def _version() -> str:
    try:
        return metadata.version("llmextract")
    except metadata.PackageNotFoundError:
        return "unknown"


class RunWriter:
    """Appends prediction records as they come and keeps the manifest current.

    ``offsets`` maps each written article id to its line's byte offset, so the finished run
    reads its records back from the file (``StoredPredictions``) instead of holding them.
    """

    def __init__(self, directory: Path, manifest: RunManifest, *, overwrite: bool = False,
                 keep: Iterable[PredictionRecord] | None = None):
        """A new run, or with ``keep`` a resumed one: the file is rewritten with the records
        kept (atomically), then appended to."""
        if (directory / MANIFEST).exists() and not overwrite and keep is None:
            raise InputError(f"{directory}: a run with this name exists; choose another --name, "
                             f"delete the directory, or continue it with --resume "
                             f"{directory.name}")
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.manifest = manifest
        self.offsets: dict[str, int] = {}
        self._offset = 0
        self.write_manifest(manifest)
        if keep is None:
            self._file = (directory / PREDICTIONS).open("wb")
            return
        tmp = directory / (PREDICTIONS + ".tmp")
        with tmp.open("wb") as file:
            for record in keep:  # may be read lazily from the file being replaced
                self._offset += file.write(self._line(record))
        tmp.replace(directory / PREDICTIONS)
        self._file = (directory / PREDICTIONS).open("ab")

    def _line(self, record: PredictionRecord) -> bytes:
        self.offsets[record.article_id] = self._offset
        return record.model_dump_json(exclude_none=True).encode("utf-8") + b"\n"

    def append(self, record: PredictionRecord) -> None:
        self._offset += self._file.write(self._line(record))
        self._file.flush()

    @property
    def predictions(self) -> StoredPredictions:
        """The records written so far, read back from the file when asked for."""
        return StoredPredictions(self.directory / PREDICTIONS, self.offsets)

    def write_manifest(self, manifest: RunManifest) -> None:
        self.manifest = manifest
        tmp = self.directory / (MANIFEST + ".tmp")
        tmp.write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")
        tmp.replace(self.directory / MANIFEST)

    def close(self) -> None:
        self._file.close()


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


async def run_task_async(
    task: Task,
    *,
    directory: Path,
    name: str,
    backend: str | None = None,
    model: str | None = None,
    prompt: str | None = None,
    cache: Any = True,
    concurrency: int = DEFAULT_CONCURRENCY,
    extract: ExtractAsync | None = None,
    usd_per_mtok_in: float | None = None,
    usd_per_mtok_out: float | None = None,
    overwrite: bool = False,
    on_result: Callable[[PredictionRecord], None] | None = None,
    strict: bool = False,
    resume: StoredRun | None = None,
) -> StoredRun:
    """Extract every sample of ``task`` with at most ``concurrency`` in flight; store the run.

    An article that fails is recorded with its error and the batch goes on; a
    ``ConfigurationError`` (no backend, no model, unknown prompt) or an ``EndpointDownError``
    (the circuit breaker opened) stops the batch, since every article would fail the same way.
    Whatever finished before a stop is already on disk and the manifest says ``interrupted``.

    With ``resume`` (a stored run of the same task), its extractions are kept and only the
    articles without one run: those missing and those that failed.
    """
    if concurrency < 1:
        raise InputError(f"--concurrency must be at least 1 (got {concurrency})")
    if extract is None:
        concurrency = await asyncio.to_thread(server_concurrency, backend, model, concurrency)
    call = extract or _default_extract()
    started_at = dt.datetime.now(dt.timezone.utc)
    started = time.perf_counter()
    commit, dirty = git_state()
    totals = RunTotals()
    keep: Iterator[PredictionRecord] | None = None
    kept: set[str] = set()
    if resume is None:
        manifest = RunManifest(
            name=check_name(name), status="running", task=task.kind, source=task.source,
            split=task.split, articles=len(task.ids), backend=backend, model=model,
            llmextract_version=_version(), git_commit=commit, git_dirty=dirty,
            created_at=started_at, concurrency=concurrency, usd_per_mtok_in=usd_per_mtok_in,
            usd_per_mtok_out=usd_per_mtok_out, pid=os.getpid(), host=socket.gethostname(),
        )
    else:
        wanted = set(task.ids)

        def kept_records() -> Iterator[PredictionRecord]:
            for record in resume.predictions.values():
                if record.extraction is not None and record.article_id in wanted:
                    kept.add(record.article_id)
                    totals.add(record)
                    yield record

        keep = kept_records()
        manifest = resume.manifest.model_copy(update={
            "status": "running", "stopped_reason": None, "articles": len(task.ids),
            "pid": os.getpid(), "host": socket.gethostname(),
            "resumed": resume.manifest.resumed + 1, "concurrency": concurrency,
            "git_commit": commit, "git_dirty": dirty,
        })
    writer = RunWriter(directory / name, manifest, overwrite=overwrite, keep=keep)
    # A lazy queue: each worker takes the next sample when it is free, so only ``concurrency``
    # samples (and no record) are in memory at once, in dataset order as before.
    samples = (s for s in task.iter_samples() if s.id not in kept)

    async def worker() -> None:
        for sample in samples:
            await one(sample)

    async def one(sample: Sample) -> None:
        try:
            result = await call(sample.text, published=sample.published,
                                article_id=sample.id, backend=backend, model=model,
                                prompt=prompt, cache=cache, strict=strict)
            record = PredictionRecord(article_id=sample.id, extraction=result)
        except (ConfigurationError, EndpointDownError):
            raise  # every article would fail the same way: stop the batch
        except Exception as exc:  # one bad article must not sink the batch
            spent = getattr(exc, "usage", None)
            record = PredictionRecord(
                article_id=sample.id, error=_describe(exc),
                error_usage=spent if isinstance(spent, Usage) else None,
                error_requests=getattr(exc, "attempts", None) or None)
        totals.add(record)
        writer.append(record)
        if on_result is not None:
            on_result(record)

    try:
        await _gather_all(worker() for _ in range(concurrency))
    except BaseException as exc:  # a stop, Ctrl-C or a bug: say so in the manifest
        writer.close()
        reason = str(exc) or type(exc).__name__
        if isinstance(exc, (KeyboardInterrupt, asyncio.CancelledError)):
            reason = "interrupted by the user"
        stopped = totals.finished(manifest, time.perf_counter() - started)
        writer.write_manifest(stopped.model_copy(update={
            "status": "interrupted", "stopped_reason": reason, "pid": None, "host": None,
            "finished_at": None}))
        raise
    writer.close()
    manifest = totals.finished(manifest, time.perf_counter() - started)
    writer.write_manifest(manifest.model_copy(update={"pid": None, "host": None}))
    return StoredRun(path=directory / name, manifest=writer.manifest,
                     predictions=writer.predictions)


async def _gather_all(coroutines: Any) -> None:
    """Run all; on the first exception cancel the rest (their finished work is already saved)."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


class RunTotals:
    """What the finished manifest sums over the records, added one record at a time."""

    def __init__(self) -> None:
        self.first: Provenance | None = None
        self.errors = self.cache_hits = self.requests = self.rejected = 0
        self.prompt_tokens = self.completion_tokens = 0

    def add(self, record: PredictionRecord) -> None:
        extraction = record.extraction
        if extraction is not None:
            provenance = extraction.provenance
            if self.first is None:
                self.first = provenance
            self.prompt_tokens += provenance.usage.prompt_tokens
            self.completion_tokens += provenance.usage.completion_tokens
            self.cache_hits += provenance.cache_hit
            self.requests += provenance.attempts
            self.rejected += len(extraction.rejected)
        else:
            self.errors += record.error is not None
        if record.error_usage is not None:
            self.prompt_tokens += record.error_usage.prompt_tokens
            self.completion_tokens += record.error_usage.completion_tokens
        self.requests += record.error_requests or 0

    def finished(self, manifest: RunManifest, seconds: float) -> RunManifest:
        """The manifest completed from the records: what was actually used, tokens and
        cost."""
        usage = Usage(prompt_tokens=self.prompt_tokens,
                      completion_tokens=self.completion_tokens)
        update: dict[str, Any] = {
            "status": "complete",
            "errors": self.errors,
            "finished_at": dt.datetime.now(dt.timezone.utc),
            "duration_s": round(seconds, 3),
            "cache_hits": self.cache_hits,
            "requests": self.requests,
            "rejected_items": self.rejected,
            "usage": usage,
            "cost_usd": cost(usage, manifest.usd_per_mtok_in, manifest.usd_per_mtok_out),
        }
        first = self.first
        if first is not None:
            update.update(backend=first.backend, model=first.model, prompt_id=first.prompt_id,
                          prompt_version=first.prompt_version, prompt_hash=first.prompt_hash,
                          schema_version=first.schema_version,
                          grounding_version=first.grounding_version)
        return manifest.model_copy(update=update)


def finished_manifest(manifest: RunManifest, records: Iterable[PredictionRecord],
                      seconds: float) -> RunManifest:
    """The manifest completed from the records: what was actually used, tokens and cost."""
    totals = RunTotals()
    for record in records:
        totals.add(record)
    return totals.finished(manifest, seconds)


def run_task(task: Task, **options: Any) -> StoredRun:
    """``run_task_async`` for synchronous callers (same keyword options)."""
    return interruptible.run(run_task_async(task, **options))


def load_run(path: str | Path) -> StoredRun:
    """Read a stored run; ``InputError`` naming the file (and line) if it is not one."""
    directory = Path(path)
    manifest_file = directory / MANIFEST
    if not manifest_file.is_file():
        raise InputError(f"{directory}: not a stored run (no {MANIFEST}); runs live in "
                         f"{DEFAULT_RUNS_DIR}/<name>/")
    try:
        manifest = RunManifest.model_validate_json(manifest_file.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise InputError(f"{manifest_file}: {_first_error(exc)}") from None
    offsets: dict[str, int] = {}
    file = directory / PREDICTIONS
    if file.is_file():
        with file.open("rb") as lines:
            offset = 0
            for number, line in enumerate(lines, start=1):
                start, offset = offset, offset + len(line)
                if not line.strip():
                    continue
                try:
                    record = PredictionRecord.model_validate_json(line)
                except ValidationError as exc:
                    if manifest.status != "complete" and not lines.read(1):
                        break  # the half-written last line of a killed run: that article is missing
                    raise InputError(f"{file}:{number}: {_first_error(exc)}") from None
                if record.article_id in offsets:
                    raise InputError(f"{file}:{number}: a second prediction for article "
                                     f"{record.article_id!r}")
                offsets[record.article_id] = start
    if manifest.status == "running" and _gone(manifest):
        manifest = manifest.model_copy(update={
            "status": "interrupted",
            "stopped_reason": f"the process running it (pid {manifest.pid}) ended without "
                              "finishing (killed?)",
        })
    return StoredRun(path=directory, manifest=manifest,
                     predictions=StoredPredictions(file, offsets))


def _gone(manifest: RunManifest) -> bool:
    """Whether the process that was running this run has ended (False when we cannot tell)."""
    if manifest.pid is None or manifest.host != socket.gethostname():
        return False
    if manifest.pid == os.getpid():
        return False
    try:
        os.kill(manifest.pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False  # alive but not ours, or a platform without signals
    return _zombie(manifest.pid)


def _zombie(pid: int) -> bool:
    """A killed child not yet reaped still answers kill(pid, 0); /proc tells (Linux)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return status.rsplit(")", 1)[-1].split()[:1] == ["Z"]


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error["loc"])
    return f"{where}: {error['msg']}" if where else str(error["msg"])
