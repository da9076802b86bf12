"""Result cache: SHA-256 keys over everything that changes the output, JSON text values only.

diskcache pickles values by default, and anyone who can write to a pickle cache gets code
execution when it is read (CVE-2025-69872). Here the ``Disk`` refuses to store anything but
``str`` and refuses to *read* a pickled row, keys are SHA-256 hex strings, the store is our own
owner-only subdirectory, and a value that does not parse or validate is a miss with a warning.
The API key is never part of a key or a value.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmextract.errors import ConfigurationError
from llmextract.user_dirs import user_dir

if TYPE_CHECKING:
    import diskcache

    from llmextract.schema import Extraction

log = logging.getLogger("llmextract.cache")

#: Bump when the layout of stored values changes.
CACHE_FORMAT = "1"
_SIZE_LIMIT = 1 << 30
#: Our own subdirectory of the cache directory: the only place we create, chmod or delete.
STORE = "results"
#: ``batched`` writes its kept results once this many are kept, or this long after the first.
_BATCH_ENTRIES = 64
_BATCH_SECONDS = 1.0


@functools.cache
def _json_text_disk() -> type[diskcache.Disk]:
    """A ``Disk`` that only ever stores and returns text, never pickles. (Made on first use:
    diskcache and sqlite3 load only when a cache is opened, which the rules backend never
    does.)"""
    import diskcache

    class JsonTextDisk(diskcache.Disk):  # type: ignore[misc]
        def store(self, value: Any, read: bool, key: Any = diskcache.core.UNKNOWN) -> Any:
            if read or not isinstance(value, str):
                raise TypeError("llmextract's cache stores JSON text only")
            return super().store(value, read, key=key)

        def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
            if mode == diskcache.core.MODE_PICKLE:
                raise ValueError("refusing to unpickle a cache entry")
            return super().fetch(mode, filename, value, read)

        def get(self, key: Any, raw: bool) -> Any:
            if not raw:
                raise ValueError("refusing to unpickle a cache key")
            return super().get(key, raw)

    return JsonTextDisk


def default_cache_dir() -> Path:
    """``LLMEXTRACT_CACHE_DIR``, else the platform's per-user cache directory."""
    return user_dir("cache", "LLMEXTRACT_CACHE_DIR")


def cache_key(parts: dict[str, Any]) -> str:
    """SHA-256 over canonical JSON (sorted keys, no whitespace) of what changes the output."""
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResultCache:
    """A directory of cached results. Safe across threads and processes on a local disk.

    The cache degrades, it never breaks an extraction: a store that cannot be opened (corrupt,
    unreadable, on a read-only disk, not private) is a warning and every lookup a miss; a failed
    write is a warning and the result is still returned; ``clear()`` repairs a corrupt store.

    ``directory`` is never chmod-ed: the entries live in our own subdirectory ``results/``,
    created owner-only (0700), so pointing ``LLMEXTRACT_CACHE_DIR`` at a shared directory
    leaves that directory as it was.
    """

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.store = self.directory / STORE
        self._cache: diskcache.Cache | None = None
        #: Why the store is not in use (None: it is), for ``info()`` and the warning.
        self.problem: str | None = None
        self._warned: set[str] = set()
        #: While ``batched``: results kept to be written together (key -> result), and how
        #: many ``batched`` blocks are open (runs in one process share this object).
        self._pending: dict[str, dict[str, Any]] = {}
        self._batching = 0
        self._pending_since = 0.0
        self._open()

    def _open(self) -> None:
        try:
            self._private_store()
            import diskcache

            self._cache = diskcache.Cache(str(self.store), disk=_json_text_disk(),
                                          size_limit=_SIZE_LIMIT)
        except ConfigurationError as exc:
            self._disable(str(exc))
        except Exception as exc:  # sqlite3 errors, OSError, diskcache.Timeout: all a miss
            self._disable(f"{self.store}: {_describe(exc)}")

    def _private_store(self) -> None:
        # Only directories we create get a mode; an existing one is left exactly as it was.
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            self.store.mkdir(mode=0o700)
            return
        except FileExistsError:
            pass
        info = self.store.lstat()
        if not stat.S_ISDIR(info.st_mode):
            raise ConfigurationError(f"{self.store} is not a directory")
        if sys.platform != "win32":
            if info.st_uid != os.getuid():
                raise ConfigurationError(f"{self.store} belongs to another user")
            mode = stat.S_IMODE(info.st_mode)
            if mode & 0o077:
                raise ConfigurationError(
                    f"{self.store} is open to other users (mode {mode:o}); anyone who can "
                    "write there can plant results")

    def _disable(self, problem: str) -> None:
        self.close()
        self.problem = problem
        self._warn(problem, f"the result cache is off: {problem}. Extraction goes on without "
                   "it; `llmextract cache clear` repairs a corrupt cache, LLMEXTRACT_CACHE_DIR "
                   "picks another directory, --no-cache turns it off")

    def _warn(self, kind: str, message: str) -> None:
        if kind not in self._warned:
            self._warned.add(kind)
            log.warning("%s", message)

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored JSON object, or None on a miss (a corrupt entry is a miss, with a warning)."""
        if self._cache is None:
            return None
        kept = self._pending.get(key)
        if kept is not None:
            return kept
        try:
            raw = self._cache.get(key, default=None)
        except Exception as exc:  # a corrupt row or store must never break an extraction
            log.warning("cache entry %s is unreadable (%s); treating it as a miss", key[:12],
                        _describe(exc))
            return None
        if raw is None:
            return None
        try:
            value = json.loads(raw) if isinstance(raw, str) else None
        except json.JSONDecodeError:
            value = None
        if not isinstance(value, dict) or value.get("cache_format") != CACHE_FORMAT:
            log.warning("cache entry %s does not parse; treating it as a miss", key[:12])
            return None
        result = value.get("result")
        return result if isinstance(result, dict) else None

    def put(self, key: str, result: dict[str, Any]) -> bool:
        """Store ``result``; False (and a warning) when it could not be written. Never raises:
        a result already paid for is returned to the caller whatever the disk does."""
        if self._cache is None:
            return False
        if self._batching:
            if not self._pending:
                self._pending_since = time.monotonic()
            self._pending[key] = result
            if (len(self._pending) >= _BATCH_ENTRIES
                    or time.monotonic() - self._pending_since >= _BATCH_SECONDS):
                return self.flush()
            return True
        return self._write([(key, result)])

    @contextlib.contextmanager
    def batched(self) -> Iterator[None]:
        """Within: results are written together, one SQLite transaction for up to
        ``_BATCH_ENTRIES`` of them or ``_BATCH_SECONDS``, and the rest when the block ends;
        ``get`` sees them meanwhile.

        What corpus runs use: a commit was some 40% of a write's time on the event loop
        (py-spy, 2,000-article runs), one per article. A result kept here and not yet written
        when the process is killed is only a cache miss later; the run's output has it."""
        self._batching += 1
        try:
            yield
        finally:
            self._batching -= 1
            if not self._batching:
                self.flush()

    def flush(self) -> bool:
        """Write the results ``batched`` kept; False (and a warning) when they could not be."""
        pending, self._pending = self._pending, {}
        return self._write(list(pending.items())) if pending else True

    def _write(self, entries: list[tuple[str, dict[str, Any]]]) -> bool:
        if self._cache is None:
            return False
        texts = [(key, json.dumps({"cache_format": CACHE_FORMAT, "result": result},
                                  ensure_ascii=False, separators=(",", ":")))
                 for key, result in entries]
        try:
            # retry=True: a write that times out under contention is retried, never dropped.
            with self._cache.transact(retry=True):
                for key, text in texts:
                    self._cache.set(key, text, retry=True)
        except Exception as exc:
            self._warn(f"put:{type(exc).__name__}", (
                f"could not store a result in the cache at {self.store} ({_describe(exc)}); "
                "the result is returned but not cached"))
            return False
        return True

    def info(self) -> dict[str, Any]:
        """Directory, entries and bytes; ``problem`` says why the store is off (else None)."""
        entries: int | None = None
        size: int | None = None
        if self._cache is not None:
            try:
                entries, size = len(self._cache), int(self._cache.volume())
            except Exception as exc:
                self.problem = f"{self.store}: {_describe(exc)}"
        return {"directory": str(self.store), "entries": entries, "bytes": size,
                "problem": self.problem}

    def clear(self) -> int:
        """Delete every entry; a store that cannot be read is removed and made anew (repair).

        Raises ``ConfigurationError`` naming the directory when even that is impossible (for
        example a read-only disk)."""
        self._pending.clear()
        if self._cache is not None:
            try:
                return int(self._cache.clear(retry=True))
            except Exception as exc:
                self.problem = f"{self.store}: {_describe(exc)}"
        self.close()
        try:
            info = self.store.lstat()
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise self._cannot_clear(exc) from None
        if info is not None:
            if not stat.S_ISDIR(info.st_mode) or (
                    sys.platform != "win32" and info.st_uid != os.getuid()):
                raise ConfigurationError(f"cannot clear the cache: {self.store} is not a "
                                         "directory of yours; remove it by hand")
            try:
                shutil.rmtree(self.store)
            except OSError as exc:
                raise self._cannot_clear(exc) from None
        self.problem = None
        self._warned.clear()
        self._open()
        if self._cache is None:
            raise ConfigurationError(f"cannot clear the cache: {self.problem}")
        return 0

    def _cannot_clear(self, exc: OSError) -> ConfigurationError:
        return ConfigurationError(
            f"cannot clear the cache at {self.store}: {exc.strerror or exc}; fix the "
            "directory's permissions or remove it by hand, or set LLMEXTRACT_CACHE_DIR")

    def usable(self, result: Extraction, article: str) -> bool:
        """False (with a warning) when a cached result fails :func:`cached_result_problem`."""
        problem = cached_result_problem(result, article)
        if problem is not None:
            log.warning("a cached result fails a check (%s); treating it as a miss", problem)
        return problem is None

    def close(self) -> None:
        if self._pending:
            self.flush()
        if self._cache is not None:
            with contextlib.suppress(Exception):
                self._cache.close()
            self._cache = None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"


def cached_result_problem(result: Extraction, article: str) -> str | None:
    """Why a cached result (already span-checked against ``article``) must not be used.

    The spans of a cached result are checked by the schema; a number is not. A tampered or
    stale entry whose count its own quote contradicts (999 for "killing two people") is a miss,
    the same check the model's answer went through before it was cached.
    """
    # Imported here: the quantity reader takes a second to load, and `import llmextract`
    # and `llmextract --help` must not pay for it.
    from llmextract.normalize.quantities import count_contradiction

    for i, claim in enumerate(result.claims):
        quoted = " ".join(span.text for span in claim.evidence)
        issue = count_contradiction(claim.count, quoted) if quoted else None
        if issue:
            return f"claims[{i}]: {issue}"
    return None
