"""A Batch API answer that review refuses is re-asked live in its own conversation, as the live
path re-asks its own first answer: the server receives the prompt, the batch answer as the
assistant turn and the re-ask naming the failing items (never the article afresh), with the
re-asks the batch answer left; the batch answer stays in the running for the answer kept."""

from __future__ import annotations

import json
import os
import re
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from llmextract import extract
from llmextract.batch import BatchStats
from llmextract.batch.batch_api import extract_batch_api, state_path_for
from llmextract.batch.corpus import read_corpus
from llmextract.batch.output import JsonlOutput
from llmextract.prompts import get_prompt
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
    reply_auto,
    reply_tool,
    reply_tool_raw,
    server_error,
    slow,
)
from tests.test_batch_api import article_number
from tests.test_batch_openai import _cli, backend_for, records

PROMPT_TURNS = len(get_prompt().messages(article_text(0), None))
BAD_QUOTE = "killing thirty-three people in a market"


def worse_draft(n: int) -> dict[str, Any]:
    """No item grounded at all (other wrong quotes than the batch answer's)."""
    draft = bad_draft(n)
    draft["events"][0]["quotes"] = [f"A drone hit the town of Kafr {n}"]
    draft["claims"][0]["quotes"] = ["killing four people"]
    return draft


def run_batch(server: OpenAIServer, tmp_path: Path, count: int,
              **settings: Any) -> dict[int, dict[str, Any]]:
    """The corpus through the Batch API; the records by article number."""
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, count)
    stats = BatchStats()
    strict = settings.pop("strict", False)
    with JsonlOutput(out) as writer:
        for result in extract_batch_api(read_corpus([str(corpus)]), state=state_path_for(out),
                                        backend=backend_for(server, **settings), stats=stats,
                                        cache=tmp_path / "cache", poll_interval=0.01,
                                        strict=strict):
            writer.write(result)
    lines = records(out)
    assert sorted(x["id"] for x in lines) == ids and stats.done == count  # each exactly once
    assert len(server.batch_creates) == 1
    return {int(x["id"][1:]): x for x in lines}


def live_requests(server: OpenAIServer, n: int) -> list[RecordedRequest]:
    return [r for r in sent(server) if article_number(r) == n]


def sent(server: OpenAIServer) -> list[RecordedRequest]:
    """The chat requests that arrived whole (a SIGKILL may cut one off mid-body)."""
    return [r for r in server.chat_requests if r.body is not None]


def answers_in(request: RecordedRequest) -> list[str]:
    """The assistant turns after the prompt: each answer's JSON, whatever the mode."""
    turns = []
    for message in request.messages[PROMPT_TURNS:]:
        if message.get("role") == "assistant":
            calls = message.get("tool_calls") or []
            turns.append(calls[0]["function"]["arguments"] if calls else message["content"])
    return turns


def without_call_ids(raw: bytes) -> bytes:
    """A request body as sent, less the server-made tool call ids (they differ per answer)."""
    return re.sub(rb"call_test_\d+", b"CALL", raw)


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json"])
def test_the_server_receives_the_batch_answer_re_asked_as_the_live_path_re_asks(
        openai_server: OpenAIServer, tmp_path: Path, mode: str) -> None:
    def plan(n: int, attempt: int) -> Step:
        return reply_auto(bad_draft(n) if n == 1 and attempt == 1 else good_draft(n))

    responder = CorpusResponder(plan)
    openai_server.default = responder
    by_number = run_batch(openai_server, tmp_path, 3, mode=mode, reasks=2)
    # Only the refused answer's article was asked live, once, and not afresh.
    assert [article_number(r) for r in openai_server.chat_requests] == [1]
    assert dict(responder.requests) == {0: 1, 1: 2, 2: 1}
    batch_body = next(r.json for r in openai_server.batch_answered if article_number(r) == 1)
    continued = openai_server.chat_requests[0]
    assert continued.messages[:PROMPT_TURNS] == batch_body["messages"][:PROMPT_TURNS]
    assert answers_in(continued) == [json.dumps(bad_draft(1))]  # the batch answer
    reask = continued.messages[-1]
    assert reask["role"] == ("tool" if mode == "tools" else "user")
    assert reask["content"].startswith("Some items of your answer could not be accepted:\n")
    assert f'- claim C1: quote "{BAD_QUOTE}" is not in the article' in reask["content"]
    assert "event E1" not in reask["content"]  # the good item is not named
    # At the re-ask temperature (the batch request had the first request's).
    assert batch_body["temperature"] == 0.0 and continued.json["temperature"] == 0.7
    provenance = by_number[1]["extraction"]["provenance"]
    assert provenance["backend"] == "openai-batch+live"
    assert by_number[0]["extraction"]["provenance"]["backend"] == "openai-batch"
    # The live path on its own, for the same article and answers: the same re-ask request,
    # byte for byte but the server-made call ids, and the same counts.
    openai_server.reset()
    openai_server.default = CorpusResponder(plan)
    live = extract(article_text(1), published="2024-03-12", article_id="a00001",
                   backend=backend_for(openai_server, mode=mode, reasks=2), cache=False)
    own_reask = openai_server.chat_requests[1]
    assert without_call_ids(own_reask.raw) == without_call_ids(continued.raw)
    for field in ("attempts", "reasks", "usage", "rejected"):
        assert provenance[field] == live.provenance.model_dump(mode="json")[field], field
    assert (provenance["attempts"], provenance["reasks"]) == (2, 1)
    assert provenance["usage"] == {"prompt_tokens": 20, "completion_tokens": 10}
    assert by_number[1]["extraction"]["rejected"] == []


def test_the_re_asks_left_after_the_batch_answer_bound_the_live_ones(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    def plan(n: int, attempt: int) -> Step:
        if n == 0:  # bad in the batch and at the first live re-ask, good at the second
            return reply_tool(bad_draft(n) if attempt < 3 else good_draft(n))
        return reply_tool(bad_draft(n))  # never good

    openai_server.default = CorpusResponder(plan)
    by_number = run_batch(openai_server, tmp_path, 2, reasks=2)
    for n in (0, 1):  # two re-asks in all: the batch answer used one, two were left live
        first, second = live_requests(openai_server, n)
        assert answers_in(first) == [json.dumps(bad_draft(n))]
        assert answers_in(second) == [json.dumps(bad_draft(n))] * 2
        assert second.messages[:len(first.messages)] == first.messages
        provenance = by_number[n]["extraction"]["provenance"]
        assert (provenance["attempts"], provenance["reasks"]) == (3, 2)
        assert provenance["usage"] == {"prompt_tokens": 30, "completion_tokens": 15}
    assert by_number[0]["extraction"]["rejected"] == []
    assert len(by_number[1]["extraction"]["rejected"]) == 1  # the claim, after the last one


@pytest.mark.parametrize("strict", [False, True])
def test_a_re_ask_that_fails_too_keeps_the_batch_answers_good_items(
        openai_server: OpenAIServer, tmp_path: Path, strict: bool) -> None:
    openai_server.default = CorpusResponder(lambda n, attempt: reply_tool(
        bad_draft(n) if attempt == 1 else worse_draft(n)))
    by_number = run_batch(openai_server, tmp_path, 1, reasks=1, strict=strict)
    assert len(live_requests(openai_server, 0)) == 1  # the one re-ask left
    record = by_number[0]
    if strict:
        assert record["status"] == "error"
        assert "strict mode refuses a partial result" in record["error"]
        assert BAD_QUOTE in record["error"]
        return
    assert record["status"] == "ok"
    extraction = record["extraction"]
    # The batch answer's event (the live answer grounded nothing) and its rejected claim.
    assert [e["evidence"][0]["text"] for e in extraction["events"]] == [
        "An airstrike hit the village of Kafr 0"]
    assert extraction["claims"] == []
    assert [r["item"]["quotes"] for r in extraction["rejected"]] == [[BAD_QUOTE]]
    provenance = extraction["provenance"]
    assert provenance["backend"] == "openai-batch+live" and provenance["rejected"] == 1
    assert (provenance["attempts"], provenance["reasks"]) == (2, 1)


def test_a_batch_answer_that_spent_the_token_budget_is_kept_without_a_live_call(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    openai_server.default = CorpusResponder(lambda n, attempt: reply_tool(bad_draft(n)))
    by_number = run_batch(openai_server, tmp_path, 1, reasks=2, token_budget=12)
    assert not openai_server.chat_requests  # the live path would have stopped there too
    extraction = by_number[0]["extraction"]
    assert len(extraction["events"]) == 1 and len(extraction["rejected"]) == 1
    assert any("token budget of 12 tokens ended the re-asks" in w
               for w in extraction["warnings"])
    assert extraction["provenance"]["backend"] == "openai-batch"
    assert extraction["provenance"]["attempts"] == 1


def test_a_transport_retry_of_the_re_ask_sends_the_continued_conversation_again(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    def plan(n: int, attempt: int) -> Step:
        return {1: reply_tool(bad_draft(n)), 2: server_error(500)}.get(
            attempt, reply_tool(good_draft(n)))

    openai_server.default = CorpusResponder(plan)
    by_number = run_batch(openai_server, tmp_path, 1, reasks=1)
    failed, retried = live_requests(openai_server, 0)
    assert answers_in(retried) == answers_in(failed) == [json.dumps(bad_draft(0))]
    assert retried.json == failed.json
    provenance = by_number[0]["extraction"]["provenance"]
    assert provenance["backend"] == "openai-batch+live"
    assert (provenance["attempts"], provenance["reasks"]) == (3, 1)
    assert by_number[0]["extraction"]["rejected"] == []


def test_sigkill_while_re_asking_then_resume_never_asks_a_finished_article_again(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder(lambda n, attempt: reply_tool(bad_draft(n)) if attempt == 1
                                else slow(0.2, reply_tool(good_draft(n))))
    openai_server.default = responder
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = write_corpus(corpus, 24)
    env = {**os.environ, "OPENAI_BASE_URL": openai_server.base_url, "OPENAI_API_KEY": "sk-x",
           "LLMEXTRACT_MODEL": "test-model", "LLMEXTRACT_CACHE_DIR": str(tmp_path / "cache")}
    args = ("extract", str(corpus), "-o", str(out), "--batch-api", "--batch-poll", "0.02",
            "--concurrency", "2")
    process = _cli(*args, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
            out.exists() and out.read_bytes().count(b"\n") >= 4):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = out.read_bytes()
    first = [json.loads(line)["id"] for line in written[:written.rfind(b"\n") + 1].splitlines()]
    assert 4 <= len(first) < 24 and state_path_for(out).exists()
    asked_before = dict(responder.requests)
    process = _cli(*args, env=env)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    assert sorted(x["id"] for x in records(out)) == ids  # no duplicate, no missing id
    for article_id in first:  # the batch answer and its one re-ask, never again
        assert responder.requests[int(article_id[1:])] == asked_before[int(article_id[1:])] == 2
    # Every live request continued a batch answer; none asked an article afresh.
    assert all(answers_in(r) == [json.dumps(bad_draft(article_number(r)))]
               for r in sent(openai_server))
    assert len(openai_server.batch_creates) == 1 and len(openai_server.file_uploads) == 1
    assert all(x["extraction"]["provenance"]["backend"] == "openai-batch+live"
               for x in records(out))
    assert not state_path_for(out).exists()


def cut_inside(text: str, marker: str) -> str:
    return text[:text.index(marker) + len(marker)]


def test_a_cut_off_batch_answer_keeps_its_finished_items_without_a_live_call(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    """As live: the finished items of an answer cut off at the token limit are kept, the
    unfinished rest is rejected, and nothing is asked again."""
    openai_server.default = CorpusResponder(lambda n, attempt: reply_tool_raw(
        cut_inside(json.dumps(good_draft(n)), '"claims": [{"ref": "C1"'),
        finish_reason="length"))
    by_number = run_batch(openai_server, tmp_path, 1, reasks=1)
    assert not openai_server.chat_requests
    extraction = by_number[0]["extraction"]
    assert len(extraction["events"]) == 1 and not extraction["claims"]
    assert [r["kind"] for r in extraction["rejected"]] == ["claim"]
    assert "cut off" in extraction["rejected"][0]["problems"][0]
    assert extraction["provenance"]["backend"] == "openai-batch"
    assert extraction["provenance"]["attempts"] == 1


def test_a_batch_answer_cut_off_before_any_item_is_asked_afresh_and_its_tokens_counted(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    """Nothing finished, nothing to keep or continue: the article is asked again live."""
    openai_server.default = CorpusResponder(lambda n, attempt: reply_tool_raw(
        cut_inside(json.dumps(good_draft(n)), '"kind": "air'), finish_reason="length")
        if attempt == 1 else reply_tool(good_draft(n)))
    by_number = run_batch(openai_server, tmp_path, 1, reasks=1)
    (fresh,) = live_requests(openai_server, 0)
    assert answers_in(fresh) == [] and len(fresh.messages) == PROMPT_TURNS
    provenance = by_number[0]["extraction"]["provenance"]
    assert provenance["backend"] == "openai" and provenance["attempts"] == 2
    assert provenance["usage"] == {"prompt_tokens": 20, "completion_tokens": 10}
