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


def entries(directory: Path) -> int | None:
    """How many results another process opening ``directory`` would find."""
    return ResultCache(directory).info()["entries"]


def test_batched_results_are_written_together_and_seen_meanwhile(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    with cache.batched():
        for n in range(3):
            assert cache.put(f"{n}" * 64, {"n": n})
        assert cache.get("1" * 64) == {"n": 1}  # kept, not yet written
        assert entries(tmp_path / "c") == 0
    assert entries(tmp_path / "c") == 3  # written when the block ends
    assert ResultCache(tmp_path / "c").get("2" * 64) == {"n": 2}


def test_batched_results_are_written_every_64(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    with cache.batched():
        for n in range(130):
            cache.put(f"{n:064d}", {"n": n})
        assert entries(tmp_path / "c") == 128
    assert entries(tmp_path / "c") == 130


def test_batched_results_wait_at_most_a_second(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import llmextract.cache as module

    clock = [100.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: clock[0])
    cache = ResultCache(tmp_path / "c")
    with cache.batched():
        cache.put("a" * 64, {"n": 1})
        clock[0] += 0.5
        cache.put("b" * 64, {"n": 2})
        assert entries(tmp_path / "c") == 0
        clock[0] += 0.6  # 1.1 s after the first kept result
        cache.put("c" * 64, {"n": 3})
        assert entries(tmp_path / "c") == 3


def test_nested_batches_write_when_the_outer_one_ends(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    with cache.batched():
        with cache.batched():
            cache.put("a" * 64, {"n": 1})
        assert entries(tmp_path / "c") == 0
    assert entries(tmp_path / "c") == 1


def test_close_and_clear_settle_kept_results(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    with cache.batched():
        cache.put("a" * 64, {"n": 1})
        cache.close()
        assert entries(tmp_path / "c") == 1
    other = ResultCache(tmp_path / "d")
    with other.batched():
        other.put("a" * 64, {"n": 1})
        other.clear()
        assert other.get("a" * 64) is None
    assert entries(tmp_path / "d") == 0


def test_a_batch_that_cannot_be_written_warns_once(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    cache = ResultCache(tmp_path / "c")

    class Failing:
        def transact(self, retry: bool = False) -> object:
            raise sqlite3.OperationalError("disk I/O error")

        def close(self) -> None:
            pass

    cache._cache = Failing()  # type: ignore[assignment]
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"), cache.batched():
        cache.put("a" * 64, {"n": 1})
    assert "could not store a result in the cache" in caplog.text
    assert caplog.text.count("could not store") == 1
