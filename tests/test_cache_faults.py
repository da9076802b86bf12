"""Storage faults: the cache degrades (a warning and a miss), it never breaks an extraction,
never loses a result already paid for, and never changes a directory it did not create."""

from __future__ import annotations

import asyncio
import copy
import errno
import json
import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import diskcache
import pytest
from typer.testing import CliRunner

from llmextract import OpenAIBackend, OpenAISettings, ResultCache, extract, extract_async
from llmextract.cli import app
from tests.openai_server import OpenAIServer, reply_tool

runner = CliRunner()
SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8"))


def backend_for(server: OpenAIServer) -> OpenAIBackend:
    return OpenAIBackend(OpenAISettings(model="test-model", base_url=server.base_url,
                                        api_key="k", timeout=5.0, deadline=30.0))


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def corrupt(directory: Path, how: str) -> None:
    db = directory / "results" / "cache.db"
    if how == "garbage":
        db.write_bytes(b"this is not a database" * 100)
    else:
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 3])


@pytest.fixture
def filled_cache(tmp_path: Path, openai_server: OpenAIServer, seed_text: str) -> Path:
    directory = tmp_path / "cache"
    openai_server.script(reply_tool(SEED_DRAFT))
    extract(seed_text, backend=backend_for(openai_server), cache=ResultCache(directory))
    return directory


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_a_corrupt_store_is_a_warning_and_a_miss(
    filled_cache: Path, openai_server: OpenAIServer, seed_text: str, how: str,
    caplog: pytest.LogCaptureFixture
) -> None:
    # Before: a raw sqlite3.DatabaseError from the API, a traceback from every command.
    corrupt(filled_cache, how)
    openai_server.script(reply_tool(SEED_DRAFT))
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        result = extract(seed_text, backend=backend_for(openai_server),
                         cache=ResultCache(filled_cache))
    assert len(result.claims) == 5
    if how == "garbage":
        assert "the result cache is off" in caplog.text and "cache clear" in caplog.text


def test_async_extraction_survives_a_corrupt_store(filled_cache: Path,
                                                   openai_server: OpenAIServer,
                                                   seed_text: str) -> None:
    # eval runs through extract_async: before, each article recorded DatabaseError.
    corrupt(filled_cache, "garbage")
    openai_server.script(reply_tool(SEED_DRAFT))
    result = asyncio.run(extract_async(seed_text, backend=backend_for(openai_server),
                                       cache=ResultCache(filled_cache)))
    assert len(result.claims) == 5


def test_cache_info_and_clear_report_and_repair_a_corrupt_store(
    filled_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corrupt(filled_cache, "garbage")
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(filled_cache))
    code, out, err = cli("cache", "info")
    assert code == 0 and "not usable" in out and "Traceback" not in err
    code, out, err = cli("cache", "clear")
    assert code == 0 and "repaired" in out, (out, err)
    store = ResultCache(filled_cache)
    assert store.problem is None and store.info()["entries"] == 0
    store.put("a" * 64, {"x": 1})
    assert store.get("a" * 64) == {"x": 1}


def test_a_failed_open_is_a_warning_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIServer,
    seed_text: str, caplog: pytest.LogCaptureFixture
) -> None:
    # A read-only store, patched: the suite may run as root, for whom chmod does not bite.
    def readonly(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(diskcache.Cache, "__init__", readonly)
    openai_server.script(reply_tool(SEED_DRAFT))
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        cache = ResultCache(tmp_path / "ro")
        result = extract(seed_text, backend=backend_for(openai_server), cache=cache)
    assert len(result.claims) == 5
    assert "readonly database" in caplog.text and str(tmp_path / "ro") in caplog.text


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX, not root")
def test_a_read_only_directory_is_a_warning_and_clear_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ro"
    directory.mkdir()
    directory.chmod(0o500)
    try:
        cache = ResultCache(directory)
        assert cache.problem is not None and cache.get("a" * 64) is None
        assert cache.put("a" * 64, {}) is False
        monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(directory))
        code, _, err = cli("cache", "clear")
        assert code == 2 and str(directory) in err and "Traceback" not in err
    finally:
        directory.chmod(0o700)


@pytest.mark.parametrize("exc", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
    diskcache.Timeout("timed out"),
])
def test_a_failed_write_still_returns_the_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIServer,
    seed_text: str, caplog: pytest.LogCaptureFixture, exc: Exception
) -> None:
    # Before: disk full during the write threw away the paid-for result (exit 2, no path).
    def full(*args: Any, **kwargs: Any) -> None:
        raise exc

    cache = ResultCache(tmp_path / "c")
    monkeypatch.setattr(cache._cache, "set", full)
    openai_server.script(reply_tool(SEED_DRAFT))
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        result = extract(seed_text, backend=backend_for(openai_server), cache=cache)
    assert len(result.claims) == 5
    assert "the result is returned but not cached" in caplog.text
    assert str(tmp_path / "c") in caplog.text


def test_a_full_disk_in_the_cli_still_prints_the_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIServer
) -> None:
    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(diskcache.Cache, "set", full)
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    openai_server.script(reply_tool(SEED_DRAFT))
    from tests.conftest import SEED

    code, out, err = cli("extract", str(SEED))
    assert code == 0 and len(json.loads(out)["claims"]) == 5
    assert "No space left on device" in err and "not cached" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_shared_directory_keeps_its_permissions(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: LLMEXTRACT_CACHE_DIR=/shared (1777) became 0700 on `cache info`.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(shared))
    code, out, _ = cli("cache", "info")
    assert code == 0 and str(shared / "results") in out
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "results").stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_store_open_to_others_is_not_used_and_not_chmodded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "c" / "results").mkdir(parents=True)
    (tmp_path / "c" / "results").chmod(0o777)
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        cache = ResultCache(tmp_path / "c")
    assert cache.problem is not None and "open to other users" in cache.problem
    assert stat.S_IMODE((tmp_path / "c" / "results").stat().st_mode) == 0o777
    assert "the result cache is off" in caplog.text


def test_a_tampered_cached_count_is_a_miss(
    tmp_path: Path, openai_server: OpenAIServer, seed_text: str,
    caplog: pytest.LogCaptureFixture
) -> None:
    # Before: a cached count of 999 for "wounding seven others" came back unchecked.
    cache = ResultCache(tmp_path / "c")
    backend = backend_for(openai_server)
    openai_server.script(reply_tool(SEED_DRAFT), reply_tool(SEED_DRAFT))
    first = extract(seed_text, published="2020-10-21", backend=backend, cache=cache)
    injured = next(i for i, c in enumerate(first.claims) if c.count.min == 7)
    [key] = list(cache._cache.iterkeys())  # type: ignore[union-attr]
    stored = json.loads(cache._cache.get(key))  # type: ignore[union-attr]
    tampered = copy.deepcopy(stored)
    tampered["result"]["claims"][injured]["count"] = {"min": 999, "max": 999}
    cache._cache.set(key, json.dumps(tampered))  # type: ignore[union-attr]

    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        second = extract(seed_text, published="2020-10-21", backend=backend, cache=cache)
    assert second.provenance.cache_hit is False
    assert second.claims[injured].count.min == 7
    assert "fails a check" in caplog.text
    assert len(openai_server.chat_requests) == 2


def test_cache_clear_that_cannot_repair_is_one_line_naming_the_directory(
    filled_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only disk, patched (root ignores directory modes).
    import shutil

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    corrupt(filled_cache, "garbage")
    monkeypatch.setattr(shutil, "rmtree", refuse)
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(filled_cache))
    code, _, err = cli("cache", "clear")
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert code == 2 and len(lines) == 1 and "Traceback" not in err
    assert str(filled_cache / "results") in lines[0] and "Read-only file system" in lines[0]
