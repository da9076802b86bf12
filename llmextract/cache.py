"""Result cache: SHA-256 keys over everything that changes the output, JSON text values only.

diskcache pickles values by default, and anyone who can write to a pickle cache gets code
execution when it is read (CVE-2025-69872). Here the ``Disk`` refuses to store anything but
``str`` and refuses to *read* a pickled row, keys are SHA-256 hex strings, the directory is
created owner-only, and a value that does not parse or validate is a miss with a warning. The
API key is never part of a key or a value.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Any

import diskcache

from llmextract.errors import ConfigurationError

log = logging.getLogger("llmextract.cache")

#: Bump when the layout of stored values changes.
CACHE_FORMAT = "1"
_SIZE_LIMIT = 1 << 30


class _JsonTextDisk(diskcache.Disk):  # type: ignore[misc]
    """A ``Disk`` that only ever stores and returns text, never pickles."""

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


def default_cache_dir() -> Path:
    """``LLMEXTRACT_CACHE_DIR``, else the platform's per-user cache directory."""
    override = os.environ.get("LLMEXTRACT_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "llmextract"


def cache_key(parts: dict[str, Any]) -> str:
    """SHA-256 over canonical JSON (sorted keys, no whitespace) of what changes the output."""
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResultCache:
    """A directory of cached results. Safe across threads and processes on a local disk."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            mode = stat.S_IMODE(self.directory.stat().st_mode)
            if mode & 0o077 and sys.platform != "win32":
                self.directory.chmod(0o700)
            self._cache = diskcache.Cache(str(self.directory), disk=_JsonTextDisk,
                                          size_limit=_SIZE_LIMIT)
        except OSError as exc:
            raise ConfigurationError(
                f"cannot use cache directory {self.directory}: {exc.strerror or exc}; set "
                "LLMEXTRACT_CACHE_DIR or pass cache=False / --no-cache"
            ) from exc

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored JSON object, or None on a miss (a corrupt entry is a miss, with a warning)."""
        try:
            raw = self._cache.get(key, default=None)
        except Exception as exc:  # a corrupt row must never break an extraction
            log.warning("cache entry %s is unreadable (%s); treating it as a miss", key[:12], exc)
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

    def put(self, key: str, result: dict[str, Any]) -> None:
        text = json.dumps({"cache_format": CACHE_FORMAT, "result": result}, ensure_ascii=False,
                          separators=(",", ":"))
        # retry=True: a write that times out under contention is retried, never dropped.
        self._cache.set(key, text, retry=True)

    def info(self) -> dict[str, Any]:
        return {"directory": str(self.directory), "entries": len(self._cache),
                "bytes": int(self._cache.volume())}

    def clear(self) -> int:
        return int(self._cache.clear(retry=True))

    def close(self) -> None:
        self._cache.close()
