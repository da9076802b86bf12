"""The cache stores JSON text only, never pickles, and treats anything odd as a miss."""

from __future__ import annotations

import logging
import os
import pickle
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from llmextract.cache import ResultCache, cache_key, default_cache_dir


def test_keys_are_sha256_of_canonical_json_and_order_independent() -> None:
    a = cache_key({"model": "m", "prompt": ["p", "1"], "published": None})
    b = cache_key({"published": None, "prompt": ["p", "1"], "model": "m"})
    assert a == b and len(a) == 64 and int(a, 16) >= 0


@pytest.mark.parametrize("field", ["article_sha256", "model", "prompt", "schema_version",
                                   "grounding_version", "published", "base_url", "mode"])
def test_every_part_of_the_key_changes_it(field: str) -> None:
    parts = {"article_sha256": "a", "model": "m", "prompt": "p", "schema_version": "1",
             "grounding_version": "1", "published": None, "base_url": "u", "mode": "tools"}
    assert cache_key(parts) != cache_key({**parts, field: "changed"})


def test_round_trip(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    cache.put("k" * 64, {"events": [], "n": 1})
    assert cache.get("k" * 64) == {"events": [], "n": 1}
    assert cache.get("x" * 64) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_directory_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "c"
    ResultCache(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert stat.S_IMODE((target / "results").stat().st_mode) == 0o700


def test_values_other_than_json_text_are_refused(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    with pytest.raises(TypeError, match="JSON text only"):
        cache._cache.set("k", {"a": 1})


def test_a_pickled_row_planted_in_the_cache_is_never_unpickled(tmp_path: Path,
                                                              caplog: pytest.LogCaptureFixture
                                                              ) -> None:
    cache = ResultCache(tmp_path / "c")
    key = "a" * 64
    cache.put(key, {"ok": True})

    class Boom:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, ("touch " + str(tmp_path / "pwned"),))

    db = sqlite3.connect(tmp_path / "c" / "results" / "cache.db")
    db.execute("UPDATE Cache SET mode = 4, value = ? WHERE key = ?",
               (sqlite3.Binary(pickle.dumps(Boom())), key))
    db.commit()
    db.close()
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        assert cache.get(key) is None
    assert not (tmp_path / "pwned").exists()
    assert "treating it as a miss" in caplog.text


def test_a_corrupt_entry_is_a_miss_with_a_warning(tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    cache = ResultCache(tmp_path / "c")
    cache._cache.set("b" * 64, "{not json")
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        assert cache.get("b" * 64) is None
    assert "does not parse" in caplog.text


def test_info_and_clear(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    cache.put("c" * 64, {"x": 1})
    assert cache.info()["entries"] == 1
    assert cache.clear() == 1 and cache.info()["entries"] == 0


def test_the_environment_selects_the_directory(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert default_cache_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("LLMEXTRACT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == tmp_path / "xdg" / "llmextract"
