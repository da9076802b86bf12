"""Corpus runs against a local OpenAI-compatible server: every article exactly once through
429s, 500s, timeouts and bad answers; resume after SIGKILL without a second request for a
finished article; the rate limit and the budget, counted on the server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from llmextract.backends.openai import OpenAIBackend, OpenAISettings
from llmextract.batch import BatchStats, extract_many
from llmextract.batch.corpus import read_corpus
from llmextract.batch.output import JsonlOutput
from llmextract.cache import ResultCache
from tests.corpus_support import CorpusResponder, chaos_plan, write_corpus
from tests.openai_server import (
    OpenAIServer,
    Usage,
    drip,
    reply_content,
    reply_raw,
    reply_tool,
    slow,
)

REPO = Path(__file__).resolve().parent.parent
SEED_DRAFT: dict[str, Any] = json.loads((REPO / "tests" / "data" / "seed_draft.json").read_text(
    encoding="utf-8"))


def backend_for(server: OpenAIServer, **overrides: Any) -> OpenAIBackend:
    settings = {"model": "test-model", "base_url": server.base_url, "api_key": "sk-test",
                "timeout": 0.5, "max_attempts": 3, "reasks": 1, "deadline": 20.0,
                **overrides}
    return OpenAIBackend(OpenAISettings(**settings))


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_500_articles_with_injected_failures_each_come_out_exactly_once(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder(chaos_plan)
    openai_server.default = responder
    corpus = tmp_path / "corpus.jsonl"
    ids = write_corpus(corpus, 500)
    out = tmp_path / "out.jsonl"
    stats = BatchStats()
    with JsonlOutput(out) as writer:
        for result in extract_many(read_corpus([str(corpus)]), backend=backend_for(
                openai_server), concurrency=64, stats=stats, cache=False):
            writer.write(result)
    lines = records(out)
    assert sorted(x["id"] for x in lines) == ids  # every article, exactly once
    by_id = {x["id"]: x for x in lines}
    for n, article_id in enumerate(ids):
        record = by_id[article_id]
        if n % 10 in (4, 5):
            assert record["status"] == "error", record
        elif n % 10 == 6:  # the ungrounded claim is rejected, the event kept
            extraction = record["extraction"]
            assert record["status"] == "ok" and extraction["claims"] == []
            assert [x["kind"] for x in extraction["rejected"]] == ["claim"]
        else:
            assert record["status"] == "ok", (n, record)
            claim = record["extraction"]["claims"][0]
            assert claim["evidence"][0]["text"] == "killing three people"
    assert "no answer that could be read" in by_id[ids[4]]["error"]  # malformed, said so
    assert "HTTP 400" in by_id[ids[5]]["error"]
    assert stats.done == 500 and stats.failed == 100 and stats.ok == 400
    assert responder.requests[1] == 2 and responder.requests[3] == 2  # 429 / timeout retried


def test_resume_skips_finished_articles_and_never_asks_the_server_again(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder()
    openai_server.default = responder
    corpus = tmp_path / "corpus.jsonl"
    ids = write_corpus(corpus, 40)
    out = tmp_path / "out.jsonl"
    backend = backend_for(openai_server)
    with JsonlOutput(out) as writer:
        for i, result in enumerate(extract_many(read_corpus([str(corpus)]), backend=backend,
                                                concurrency=4, cache=False)):
            writer.write(result)
            if i == 9:
                break  # the caller stops early (as Ctrl-C would)
    first = {x["id"] for x in records(out)}
    assert len(first) == 10
    with out.open("ab") as file:
        file.write(b'{"id": "a000')  # a torn last line, as SIGKILL mid-write leaves
    before = sum(responder.requests.values())
    with JsonlOutput(out) as writer:
        assert writer.done == first and writer.torn_bytes == len(b'{"id": "a000')
        for result in extract_many(read_corpus([str(corpus)]), backend=backend,
                                   concurrency=4, cache=False, skip=writer.done):
            assert result.id not in first
            writer.write(result)
    assert sorted(x["id"] for x in records(out)) == ids
    assert sum(responder.requests.values()) - before <= 30 + 4  # at most the in-flight four
    for article_id in first:
        assert responder.requests[int(article_id[1:])] == 1


def test_a_corpus_run_caches_every_result_and_a_rerun_asks_nothing(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    """Results are cached in groups during a run (``ResultCache.batched``): all of them are
    there when it ends, and an article seen again within the run finds its twin's result."""
    responder = CorpusResponder()
    openai_server.default = responder
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 70)
    backend = backend_for(openai_server)
    cache = tmp_path / "cache"
    first = list(extract_many(read_corpus([str(corpus)]), backend=backend, concurrency=4,
                              cache=cache))
    assert len(first) == 70 and all(r.ok and not r.cached for r in first)
    asked = sum(responder.requests.values())
    assert ResultCache(cache).info()["entries"] == 70
    again = list(extract_many(read_corpus([str(corpus)]), backend=backend, concurrency=4,
                              cache=cache))
    assert len(again) == 70 and all(r.ok and r.cached for r in again)
    assert sum(responder.requests.values()) == asked
    # the same text under another id, after its twin finished in the same run: a cache hit
    text = next(read_corpus([str(corpus)])).text
    twins = [{"id": "t1", "text": text + " (new)"}, *({"id": f"p{n}", "text": f"pad {n}"}
                                                      for n in range(3)),
             {"id": "t2", "text": text + " (new)"}]
    results = {r.id: r for r in extract_many(twins, backend=backend, concurrency=1,
                                              cache=cache)}
    assert results["t1"].ok and not results["t1"].cached
    assert results["t2"].ok and results["t2"].cached


def _cli(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Ctrl-C as in a terminal: a job started in the background by a non-interactive shell (as
    # CI may run the suite) inherits SIGINT ignored, and Python then leaves it ignored.
    entry = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
             "sys.argv[0] = 'llmextract'; from llmextract.cli import main; main()")
    return subprocess.Popen([sys.executable, "-c", entry, *args], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_sigkill_mid_run_then_resume_no_duplicate_no_missing_no_second_request(
        openai_server: OpenAIServer, tmp_path: Path) -> None:
    responder = CorpusResponder(lambda n, attempt: slow(0.05, reply_tool(
        __import__("tests.corpus_support", fromlist=["good_draft"]).good_draft(n))))
    openai_server.default = responder
    corpus = tmp_path / "corpus.jsonl"
    ids = write_corpus(corpus, 150)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "OPENAI_BASE_URL": openai_server.base_url, "OPENAI_API_KEY": "sk-x",
           "LLMEXTRACT_MODEL": "test-model", "LLMEXTRACT_CACHE_DIR": str(tmp_path / "cache")}
    process = _cli("extract", str(corpus), "-o", str(out), "--concurrency", "8", env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = out.read_bytes()
    whole = written[:written.rfind(b"\n") + 1]
    first = [json.loads(line)["id"] for line in whole.splitlines()]
    assert 40 <= len(first) < 150 and len(set(first)) == len(first)
    asked_before = dict(responder.requests)
    process = _cli("extract", str(corpus), "-o", str(out), "--concurrency", "8", env=env)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    final = [x["id"] for x in records(out)]
    assert sorted(final) == ids  # no duplicate, no missing id
    for article_id in first:  # a written article is never requested again
        n = int(article_id[1:])
        assert responder.requests[n] == asked_before[n] == 1
    assert f"{len(first)} already in the output (skipped)" in err.decode()


def test_requests_per_minute_hold_on_the_server(openai_server: OpenAIServer) -> None:
    responder = CorpusResponder()
    openai_server.default = responder
    articles = [{"id": f"a{n}", "text": f"ARTICLE {n} x. An airstrike hit the village of Kafr "
                 f"{n} on Monday, killing three people."} for n in range(25)]
    results = list(extract_many(articles, backend=backend_for(openai_server), concurrency=16,
                                requests_per_minute=600, cache=False))
    assert all(r.ok for r in results)
    times = sorted(r.received_monotonic for r in openai_server.chat_requests)
    assert len(times) == 25
    # 600 per minute is one every 0.1 s: no second ever holds more than 10 (+1 at its edge).
    for i, start in enumerate(times):
        assert sum(1 for t in times[i:] if t < start + 1.0) <= 11
    assert times[-1] - times[0] >= 24 * 0.1 * 0.9


def test_a_429_slows_everyone_down(openai_server: OpenAIServer) -> None:
    from tests.openai_server import rate_limited

    def plan(n: int, attempt: int) -> Any:
        from tests.corpus_support import good_draft

        return rate_limited(0.5) if n == 0 and attempt == 1 else reply_tool(good_draft(n))

    openai_server.default = CorpusResponder(plan)
    articles = [{"id": f"a{n}", "text": f"ARTICLE {n} x. An airstrike hit the village of Kafr "
                 f"{n} on Monday, killing three people."} for n in range(12)]
    results = list(extract_many(articles, backend=backend_for(openai_server),
                                concurrency=1, cache=False))
    assert all(r.ok for r in results)
    times = [r.received_monotonic for r in openai_server.chat_requests]
    # After the 429 (asking for 0.5 s) the run paused (the spacing is tested in
    # test_batch.py with a clock of its own).
    assert times[1] - times[0] >= 0.45 and len(times) == 13


def test_the_budget_stops_new_work(openai_server: OpenAIServer) -> None:
    responder = CorpusResponder()
    openai_server.default = responder
    articles = [{"id": f"a{n}", "text": f"ARTICLE {n} x. An airstrike hit the village of Kafr "
                 f"{n} on Monday, killing three people."} for n in range(20)]
    stats = BatchStats()
    # 15 tokens per answer at $1 per token: $15 an article; $40 buys three articles.
    results = list(extract_many(articles, backend=backend_for(openai_server), concurrency=1,
                                max_cost=40, usd_per_mtok_in=1e6, usd_per_mtok_out=1e6,
                                stats=stats, cache=False))
    assert len(results) == 3 and len(openai_server.chat_requests) == 3
    assert stats.budget_stopped and stats.cost == pytest.approx(45.0)
    assert "budget was reached" in stats.summary()


def test_a_budget_without_prices_is_refused() -> None:
    from llmextract.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="price"):
        list(extract_many(["text"], backend="rules", max_cost=1.0))


# -- a corpus run sends through the same guarded transport as extract() ----------------------


def test_a_corpus_run_bounds_a_dripping_answer_like_extract(openai_server: OpenAIServer,
                                                             seed_text: str) -> None:
    # One byte every 0.2 s: each read succeeds, so only the whole-request deadline stops it.
    # The corpus client is built for pacing; it must keep that deadline (it once did not).
    openai_server.script(drip(0.2, reply_tool(SEED_DRAFT)))
    backend = backend_for(openai_server, timeout=1.0, max_attempts=1, mode="tools")
    started = time.monotonic()
    [result] = extract_many([{"id": "seed", "text": seed_text}], backend=backend, cache=False)
    assert time.monotonic() - started < 4.0
    assert result.status == "error"
    assert "did not answer within 1s" in (result.error or "")


def test_a_corpus_run_keeps_the_finished_items_of_a_cut_answer_like_extract(
        openai_server: OpenAIServer, seed_text: str) -> None:
    full = json.dumps(SEED_DRAFT, ensure_ascii=False)
    cut = full[:full.index('"ref": "C3"') + len('"ref": "C3"')]
    openai_server.script(reply_content(cut, finish_reason="length",
                                       usage=Usage(prompt_tokens=900, completion_tokens=2048)))
    backend = backend_for(openai_server, mode="json_schema", max_tokens=2048)
    [result] = extract_many([{"id": "seed", "text": seed_text, "published": "2020-10-21"}],
                            backend=backend, cache=False)
    assert result.status == "ok", result.error
    assert result.extraction is not None
    assert (len(result.extraction.events), len(result.extraction.claims)) == (2, 2)
    assert "cut off at max_tokens=2048" in result.extraction.rejected[0].problems[0]
    assert len([r for r in openai_server.requests if r.path.endswith("/completions")]) == 1


def test_a_corpus_run_names_an_html_page_answered_with_200(openai_server: OpenAIServer,
                                                           seed_text: str) -> None:
    openai_server.script(reply_raw(200, b"<!doctype html><html>Sign in</html>",
                                   headers={"Content-Type": "text/html"}))
    backend = backend_for(openai_server, max_attempts=1)
    [result] = extract_many([{"id": "seed", "text": seed_text}], backend=backend, cache=False)
    assert result.status == "error"
    assert "HTML page" in (result.error or "")


def _most_at_once(server: OpenAIServer, answer_after: float) -> int:
    starts = sorted(r.received_monotonic for r in server.chat_requests)
    return max(sum(1 for other in starts if start <= other < start + answer_after)
               for start in starts)


def test_concurrency_bounds_the_requests_at_the_server_not_the_articles_under_way(
        openai_server: OpenAIServer) -> None:
    # More articles than slots are under way (their answers are reviewed while the next
    # request goes out), but the server never holds more than ``concurrency`` requests.
    openai_server.default = slow(0.3, reply_tool({"events": [], "claims": []}))
    texts = [f"Nothing happened in town {n} on Monday." for n in range(24)]
    results = list(extract_many(texts, backend=backend_for(openai_server), concurrency=4,
                                cache=False))
    assert len(results) == 24 and all(r.ok for r in results)
    assert _most_at_once(openai_server, 0.3) == 4


def test_waiting_for_a_slot_does_not_count_against_the_request_timeout(
        openai_server: OpenAIServer) -> None:
    # One slot, answers after 0.6 s, timeout 1 s: the second article waits 0.6 s for the slot
    # and then needs 0.6 s at the server; only the latter is the request's time.
    openai_server.default = slow(0.6, reply_tool({"events": [], "claims": []}))
    texts = ["Nothing happened on Monday.", "Nothing happened on Tuesday."]
    results = list(extract_many(texts, backend=backend_for(openai_server, timeout=1.0,
                                                            max_attempts=1),
                                concurrency=1, cache=False))
    assert [r.status for r in results] == ["ok", "ok"], [r.error for r in results]
    assert _most_at_once(openai_server, 0.6) == 1


def test_workers_with_an_llm_backend_is_refused_not_ignored(openai_server: OpenAIServer) -> None:
    from llmextract.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="workers=2 is for the rules backend"):
        list(extract_many(["text"], backend=backend_for(openai_server), workers=2))
    assert not openai_server.chat_requests
