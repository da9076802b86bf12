"""A corpus through the OpenAI Batch API, against the local server's files and batches
endpoints: each article written exactly once; answers that fail review and requests the batch
failed go through live calls; an interrupted wait resumes polling without a second batch."""

from __future__ import annotations

import json
import os
import re
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from llmextract.batch import BatchStats, extract_many
from llmextract.batch.batch_api import BatchPending, extract_batch_api, state_path_for
from llmextract.batch.corpus import read_corpus
from llmextract.batch.output import JsonlOutput
from llmextract.schema import Extraction
from tests.corpus_support import (
    CorpusResponder,
    article_text,
    bad_draft,
    good_draft,
    write_corpus,
)
from tests.openai_server import (
    OpenAIServer,
    RecordedRequest,
    Step,
    batch_line_error,
    error,
    reply_tool,
)
from tests.test_batch_openai import _cli, backend_for, records

KEY = "sk-test"  # backend_for's key


def plan(n: int, attempt: int) -> Step:
    """Attempt 1 is the batch answer. Every tenth: an ungrounded quote (kind 3), a line the
    batch failed (kind 7), an HTTP 500 inside the batch (kind 8); later attempts answer well."""
    if attempt == 1 and n % 10 == 3:
        return reply_tool(bad_draft(n))
    if attempt == 1 and n % 10 == 7:
        return batch_line_error()
    if attempt == 1 and n % 10 == 8:
        return error(500)
    return reply_tool(good_draft(n))


def run(server: OpenAIServer, corpus: Path, out: Path, *, stop_after: int | None = None,
        **options: Any) -> BatchStats:
    stats = BatchStats()
    with JsonlOutput(out) as writer:
        results = extract_batch_api(read_corpus([str(corpus)]), state=state_path_for(out),
                                    backend=backend_for(server), stats=stats,
                                    skip=writer.done, poll_interval=0.01, **options)
        for i, result in enumerate(results):
            writer.write(result)
            if stop_after is not None and i + 1 == stop_after:
                results.close()  # type: ignore[attr-defined]
                break
    return stats


def live_numbers(server: OpenAIServer) -> list[int]:
    return sorted(article_number(r) for r in server.chat_requests)


def article_number(request: RecordedRequest) -> int:
    found = re.search(r"ARTICLE (\d+) ", "\n".join(request.contents("user")))
    assert found is not None, request.messages
    return int(found.group(1))


def test_corpus_through_the_batch_api_each_article_once_failures_re_asked_live(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder(plan)
    openai_server.default = responder
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 30)
    stats = run(openai_server, corpus, out)
    lines = records(out)
    assert sorted(x["id"] for x in lines) == ids  # every article, exactly once
    assert all(x["status"] == "ok" for x in lines), [x for x in lines if x["status"] != "ok"]
    assert len(openai_server.file_uploads) == 1 and len(openai_server.batch_creates) == 1
    batch = next(iter(openai_server.batches.values()))
    upload = openai_server.files[batch["input_file_id"]]
    assert upload["purpose"] == "batch" and upload["data"].count(b"\n") == 30
    # The ungrounded quote, the failed line and the 500 went live, once each (good at once).
    assert live_numbers(openai_server) == [3, 7, 8, 13, 17, 18, 23, 27, 28]
    for n in range(30):
        record = next(x for x in lines if x["id"] == f"a{n:05d}")
        extraction = Extraction.model_validate(record["extraction"],
                                               context={"article": article_text(n)})
        provenance = extraction.provenance
        assert extraction.claims[0].evidence[0].text == "killing three people"
        if n % 10 in (7, 8):
            assert provenance.backend == "openai" and responder.requests[n] == 2
        elif n % 10 == 3:  # re-asked where the batch answer left off, which was paid for too
            assert provenance.backend == "openai-batch+live" and responder.requests[n] == 2
            assert provenance.usage.prompt_tokens == 20
            assert (provenance.attempts, provenance.reasks) == (2, 1)
        else:
            assert provenance.backend == "openai-batch" and responder.requests[n] == 1
            assert provenance.usage.prompt_tokens == 10  # from the batch output line
            assert provenance.model == "test-model" and provenance.attempts == 1
    assert stats.done == 30 and stats.ok == 30
    # The batch line is the very request the live path sends first for the same article.
    batch_bodies = {int(json.loads(r.raw)["messages"][-1]["content"].split("ARTICLE ")[1]
                        .split()[0]): r.json for r in openai_server.batch_answered}
    live = {article_number(r): r.json for r in openai_server.chat_requests}
    assert batch_bodies[7] == live[7] and batch_bodies[27] == live[27]
    assert live[3]["messages"][:len(batch_bodies[3]["messages"])] == batch_bodies[3]["messages"]
    assert [m["role"] for m in live[3]["messages"][-2:]] == ["assistant", "tool"]
    assert not state_path_for(out).exists()  # collected: the state is gone
    assert not list(tmp_path.glob("*.requests.jsonl"))
    assert KEY not in out.read_text(encoding="utf-8")
    # Cached like live results: a later live run asks the server nothing.
    before = len(openai_server.chat_requests)
    again = list(extract_many(read_corpus([str(corpus)]), backend=backend_for(openai_server)))
    assert all(r.ok and r.cached for r in again) and len(again) == 30
    assert len(openai_server.chat_requests) == before


def test_an_interrupted_wait_resumes_polling_without_a_second_batch(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder(plan)
    openai_server.default = responder
    openai_server.batch_statuses = ("validating", "in_progress")  # it keeps running
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 12)
    with pytest.raises(BatchPending, match="still in_progress"):
        run(openai_server, corpus, out, max_wait=0.2)
    state_file = state_path_for(out)
    state = json.loads(state_file.read_text(encoding="utf-8"))
    assert state["batch_id"] == next(iter(openai_server.batches))
    assert state["submitted"] == ids and state["status"] == "in_progress"
    saved = state_file.read_text(encoding="utf-8")
    assert KEY not in saved and "ARTICLE" not in saved  # no key, no article text
    requests = tmp_path / "out.jsonl.batch.requests.jsonl"
    assert requests.read_bytes().count(b"\n") == 12 and KEY not in requests.read_text()
    assert not out.exists() or out.read_text() == ""
    polls = sum(r.path.startswith("/v1/batches/") for r in openai_server.requests)
    assert polls >= 2
    # The batch finishes; the same run again collects it and stops half way through.
    openai_server.batch_statuses = ("validating", "in_progress", "completed")
    run(openai_server, corpus, out, stop_after=5)
    assert len(records(out)) == 5 and state_file.exists()
    # And again: the rest, nothing twice, still one batch and one upload.
    run(openai_server, corpus, out)
    assert sorted(x["id"] for x in records(out)) == ids
    assert len(openai_server.batch_creates) == 1 and len(openai_server.file_uploads) == 1
    assert not state_file.exists()
    assert max(responder.requests.values()) <= 2


@pytest.mark.parametrize("end", ["expired", "failed"])
def test_an_expired_or_failed_batch_goes_live(openai_server: OpenAIServer, tmp_path: Path,
                                              end: str) -> None:
    responder = CorpusResponder()
    openai_server.default = responder
    openai_server.batch_statuses = ("validating", "in_progress", end)
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 5)
    run(openai_server, corpus, out)
    assert sorted(x["id"] for x in records(out)) == ids
    assert live_numbers(openai_server) == [0, 1, 2, 3, 4]
    assert all(x["extraction"]["provenance"]["backend"] == "openai" for x in records(out))


def test_batch_api_needs_the_openai_backend(tmp_path: Path) -> None:
    from llmextract.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="needs the openai backend"):
        list(extract_batch_api(["Two people were killed."], state=tmp_path / "s.json",
                               backend="rules"))


def test_cli_ctrl_c_leaves_the_batch_running_and_the_same_command_collects_it(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder(plan)
    openai_server.default = responder
    openai_server.batch_statuses = ("validating", "in_progress")
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 20)
    env = {**os.environ, "OPENAI_BASE_URL": openai_server.base_url, "OPENAI_API_KEY": "sk-cli1",
           "LLMEXTRACT_MODEL": "test-model", "LLMEXTRACT_CACHE_DIR": str(tmp_path / "cache")}
    args = ("extract", str(corpus), "-o", str(out), "--batch-api", "--batch-poll", "0.02")
    process = _cli(*args, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
            openai_server.batches and sum(r.path.startswith("/v1/batches/")
                                          for r in openai_server.requests) >= 2):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert state_path_for(out).exists() and "sk-cli1" not in state_path_for(out).read_text()
    openai_server.batch_statuses = ("validating", "in_progress", "completed")
    process = _cli(*args, env=env)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    assert "resuming" in err.decode()
    assert sorted(x["id"] for x in records(out)) == ids
    assert len(openai_server.batch_creates) == 1 and len(openai_server.file_uploads) == 1
    assert "sk-cli1" not in out.read_text()
    assert not state_path_for(out).exists()


def test_cli_batch_wait_leaves_the_batch_running_exit_75(
        openai_server: OpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from llmextract.cli import app

    openai_server.default = CorpusResponder()
    openai_server.batch_statuses = ("validating", "in_progress")
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    write_corpus(corpus, 3)
    for name, value in (("OPENAI_BASE_URL", openai_server.base_url),
                        ("OPENAI_API_KEY", "sk-cli2"), ("LLMEXTRACT_MODEL", "test-model")):
        monkeypatch.setenv(name, value)
    args = ["extract", str(corpus), "-o", str(out), "--batch-api", "--batch-poll", "0.01",
            "--batch-wait", "0.1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 75, result.output
    assert "still in_progress" in result.output and "run the same command again" in result.output
    assert state_path_for(out).exists() and "sk-cli2" not in state_path_for(out).read_text()
    openai_server.batch_statuses = ("validating", "in_progress", "completed")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert len(records(out)) == 3 and len(openai_server.batch_creates) == 1


@pytest.mark.parametrize(("extra", "message"), [
    ((), "--batch-api needs -o FILE"),
    (("-o", "OUT", "--max-cost", "1"), "--max-cost does not apply to --batch-api"),
    (("-o", "OUT", "--backend", "rules"), "needs the openai backend"),
])
def test_cli_batch_api_bad_options_are_one_line_and_exit_2(
        tmp_path: Path, extra: tuple[str, ...], message: str) -> None:
    from typer.testing import CliRunner

    from llmextract.cli import app

    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 2)
    args = [str(tmp_path / "out.jsonl") if x == "OUT" else x for x in extra]
    result = CliRunner().invoke(app, ["extract", str(corpus), "--batch-api", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_killed_before_the_batch_id_was_saved_finds_the_batch_by_its_file(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    openai_server.default = CorpusResponder()
    openai_server.batch_statuses = ("validating", "in_progress")
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 4)
    with pytest.raises(BatchPending):
        run(openai_server, corpus, out, max_wait=0.05)
    state_file = state_path_for(out)
    state = json.loads(state_file.read_text(encoding="utf-8"))
    state["batch_id"] = None  # as if killed between creating the batch and saving its id
    state_file.write_text(json.dumps(state), encoding="utf-8")
    openai_server.batch_statuses = ("validating", "in_progress", "completed")
    run(openai_server, corpus, out)
    assert sorted(x["id"] for x in records(out)) == ids
    assert len(openai_server.batch_creates) == 1 and len(openai_server.file_uploads) == 1


@pytest.mark.parametrize("mode", ["json_schema", "json"])
def test_other_modes_send_the_live_request_and_review_the_answer(
        openai_server: OpenAIServer, tmp_path: Path, mode: str) -> None:
    from tests.openai_server import reply_auto

    responder = CorpusResponder(lambda n, attempt: reply_auto(
        bad_draft(n) if n == 1 and attempt == 1 else good_draft(n)))
    openai_server.default = responder
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 4)
    stats = BatchStats()
    with JsonlOutput(out) as writer:
        for result in extract_batch_api(read_corpus([str(corpus)]), state=state_path_for(out),
                                        backend=backend_for(openai_server, mode=mode),
                                        stats=stats, poll_interval=0.01):
            writer.write(result)
    assert sorted(x["id"] for x in records(out)) == ids and stats.ok == 4
    assert live_numbers(openai_server) == [1]
    sent = [r.json for r in openai_server.batch_answered]
    assert "tools" not in sent[0]
    # The refused answer is re-asked in its conversation: the batch request's messages, the
    # answer, the re-ask.
    continued = openai_server.chat_requests[0].messages
    assert continued[:-2] == sent[1]["messages"]
    assert [m["role"] for m in continued[-2:]] == ["assistant", "user"]
    assert continued[-2]["content"] == json.dumps(bad_draft(1))


def test_a_refused_batch_is_one_line_and_the_rerun_reuses_the_upload(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    from llmextract.errors import BackendError

    openai_server.default = CorpusResponder()
    openai_server.batch_create_error = error(
        400, message="Enqueued token limit reached for test-model in organization org-x.")
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 3)
    with pytest.raises(BackendError, match=r"HTTP 400 while submitting the batch: Enqueued "
                                           r"token limit reached .*run the same command again"):
        run(openai_server, corpus, out)
    assert not openai_server.batches and len(openai_server.file_uploads) == 1
    openai_server.batch_create_error = None
    run(openai_server, corpus, out)
    assert sorted(x["id"] for x in records(out)) == ids
    assert len(openai_server.batch_creates) == 2 and len(openai_server.file_uploads) == 1
    assert not openai_server.chat_requests


def test_what_does_not_fit_in_one_batch_file_waits_for_the_next_run(
        openai_server: OpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from llmextract.batch import batch_api

    openai_server.default = CorpusResponder()
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 5)
    import datetime as dt

    from llmextract.prompts import get_prompt

    def line(n: int) -> int:  # the bytes of article n's request line
        body = backend_for(openai_server).request_body(
            get_prompt().messages(article_text(n), dt.date(2024, 3, 12)))
        return 1 + len(json.dumps({"custom_id": f"r{n}", "method": "POST",
                                   "url": "/v1/chat/completions", "body": body},
                                  ensure_ascii=False).encode())

    monkeypatch.setattr(batch_api, "MAX_BYTES", line(0) + line(1) + 10)
    run(openai_server, corpus, out)
    assert [x["id"] for x in records(out)] == ids[:2]
    assert not openai_server.chat_requests  # the other three were not sent live either
    monkeypatch.setattr(batch_api, "MAX_BYTES", 10**9)
    run(openai_server, corpus, out)
    assert sorted(x["id"] for x in records(out)) == ids
    assert len(openai_server.batch_creates) == 2 and not openai_server.chat_requests
