"""Inputs that must not break a batch: size, unreadable files, encodings, CRLF offsets; and a
batch that stops early when the endpoint is down."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmextract import InputError, extract, read_article
from llmextract.cli import app
from tests.conftest import SEED
from tests.openai_server import OpenAIServer, error, hang, reply_tool

runner = CliRunner()
SEED_DRAFT = json.loads((Path(__file__).parent / "data" / "seed_draft.json").read_text())
ARTICLE = ("BEIRUT, March 3 (Reuters) - An Israeli air strike killed three people in southern "
           "Lebanon on Sunday, the health ministry said.\n\nTwo others were wounded.\n")


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


# -- size ---------------------------------------------------------------------------------


def test_an_article_over_the_size_limit_is_refused_with_the_setting_named(tmp_path: Path
                                                                          ) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 40, encoding="utf-8")
    with pytest.raises(InputError, match=r"big.txt: larger than the limit of 1,000 bytes"):
        read_article(big, max_bytes=1000)
    code, _, err = run("extract", str(big), "--max-bytes", "1000", "--backend", "rules")
    assert code == 2 and "--max-bytes / LLMEXTRACT_MAX_ARTICLE_BYTES" in err


def test_the_size_limit_comes_from_the_environment(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    small = tmp_path / "a.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("LLMEXTRACT_MAX_ARTICLE_BYTES", "50")
    with pytest.raises(InputError, match="limit of 50 bytes"):
        read_article(small)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_input_is_refused_without_reading_it_all() -> None:
    # Before: MemoryError traceback.
    started = time.monotonic()
    code, _, err = run("extract", "/dev/zero", "--backend", "rules")
    assert code == 2 and "/dev/zero: larger than the limit" in err
    assert time.monotonic() - started < 10


# -- unreadable files in a batch ----------------------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs /proc/self/mem")
def test_an_unreadable_file_is_that_files_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    # Before: "error: Input/output error", no file name, the batch stopped.
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("extract", "/proc/self/mem", str(good), "--backend", "rules")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0  # an error record; --fail-on-error makes it exit 1
    assert lines[0]["id"] == "/proc/self/mem" and "cannot read" in lines[0]["error"]
    assert lines[1]["id"] == str(good) and lines[1]["status"] == "ok"
    assert err.count("/proc/self/mem") == 1 and "cannot read" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX, not root")
def test_a_file_without_read_permission_names_the_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        with pytest.raises(InputError, match=r"locked.txt: cannot read: Permission denied"):
            read_article(locked)
    finally:
        locked.chmod(0o600)


# -- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-8-sig"])
def test_utf16_utf32_and_bom_files_are_decoded(tmp_path: Path, encoding: str) -> None:
    # Before: UTF-16 was "binary" with no hint. Bare utf-16-le/-be have no BOM: recognised by
    # their zero bytes.
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    assert read_article(path) == ARTICLE


def test_offsets_of_a_bom_file_index_the_text_without_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    code, out, _ = run("extract", str(path), "--backend", "rules")
    assert code == 0
    spans = [s for item in json.loads(out)["claims"] for s in item["evidence"]]
    assert spans
    text = read_article(path)
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_binary_and_unknown_encodings_still_get_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        read_article(path)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café strike".encode("latin-1"))
    with pytest.raises(InputError, match=r"not UTF-8.*iconv"):
        read_article(latin)


# -- CRLF -------------------------------------------------------------------------------------


def test_crlf_offsets_index_the_text_with_its_newlines_untouched(tmp_path: Path) -> None:
    crlf = ARTICLE.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    code, out, _ = run("extract", str(path), "--backend", "rules")
    assert code == 0
    spans = [s for item in json.loads(out)["claims"] for s in item["evidence"]]
    # The documented way to get the same text in Python (README "Offsets"):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        same = handle.read()
    assert same == read_article(path) == crlf
    assert all(same[s["start"]:s["end"]] == s["text"] for s in spans)
    # ... and why it is documented: universal newlines shift offsets after the first line.
    with open(path, encoding="utf-8-sig") as handle:
        translated = handle.read()
    late = [s for s in spans if s["start"] > crlf.index("\r\n")]
    assert late and any(translated[s["start"]:s["end"]] != s["text"] for s in late)


def test_extract_on_crlf_text_keeps_offsets_on_the_given_string() -> None:
    crlf = ARTICLE.replace("\n", "\r\n")
    result = extract(crlf, backend="rules")
    spans = [s for c in result.claims for s in c.evidence]
    assert spans and all(crlf[s.start:s.end] == s.text for s in spans)


# -- a batch against a dead endpoint ----------------------------------------------------------


@pytest.fixture
def endpoint(openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch) -> OpenAIServer:
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-cli-secret-key")
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    return openai_server


def test_a_batch_stops_when_the_endpoint_is_down(endpoint: OpenAIServer, tmp_path: Path
                                                 ) -> None:
    # Before: every article spent the full retry budget. Retry-After 0 keeps the test fast.
    endpoint.default = error(503, headers={"Retry-After": "0"})
    paths = []
    for i in range(5):
        path = tmp_path / f"a{i}.txt"
        path.write_text(ARTICLE + " " * i, encoding="utf-8")
        paths.append(str(path))
    code, out, err = run("extract", *paths, "--concurrency", "1")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [line["id"] for line in lines] == paths[:2]
    assert all("HTTP 503" in line["error"] for line in lines)
    assert len(endpoint.chat_requests) == 5 + 1  # first article's attempts, then one probe
    assert "looks down" in err and "run the same command again" in err
    # The articles not attempted are not in the output: a corpus run with -o continues there.


def test_timeout_and_max_tokens_options(endpoint: OpenAIServer,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    endpoint.script(reply_tool(SEED_DRAFT))
    code, _, _ = run("extract", str(SEED), "--max-tokens", "1234", "--no-cache")
    assert code == 0 and endpoint.chat_requests[0].json["max_tokens"] == 1234
    endpoint.default = hang()
    monkeypatch.setenv("LLMEXTRACT_DEADLINE", "1.5")
    started = time.monotonic()
    code, _, err = run("extract", str(SEED), "--timeout", "0.5", "--no-cache")
    assert code == 2 and "did not answer within 0.5s" in err
    assert time.monotonic() - started < 3
