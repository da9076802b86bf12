"""Where llmextract keeps per-user files: the platform's cache and data directories.

One place for the platform rules, so the result cache and stored eval runs follow the same
conventions (XDG on Linux, ``~/Library`` on macOS, ``%LOCALAPPDATA%`` on Windows) and the same
override rule (an environment variable, ``~`` expanded).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

Kind = Literal["cache", "data"]

_XDG = {"cache": ("XDG_CACHE_HOME", ".cache"), "data": ("XDG_DATA_HOME", ".local/share")}
_MACOS = {"cache": "Library/Caches", "data": "Library/Application Support"}


def user_dir(kind: Kind, override: str | None = None) -> Path:
    """``$override`` if set, else ``<the platform's per-user {kind} directory>/llmextract``."""
    value = os.environ.get(override) if override else None
    if value:
        return Path(value).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / _MACOS[kind]
    else:
        variable, fallback = _XDG[kind]
        base = Path(os.environ.get(variable) or Path.home() / fallback)
    return base / "llmextract"
