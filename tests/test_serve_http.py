"""``llmextract serve`` end to end: the real server as a subprocess on 127.0.0.1, with the local
OpenAI-compatible test server behind it (``OPENAI_BASE_URL``).

Two servers are shared by the tests of this module (started together, to keep the run short):
``main`` requires a token and has the default limits; ``tight`` has one extraction place, no
queue, a short timeout and a strict rate limit.
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from llmextract import Extraction, extract
from llmextract.schema import article_sha256
from tests.openai_server import (
    OpenAIServer,
    RecordedRequest,
    Step,
    error,
    invalid_api_key,
    reply_tool,
    reply_tool_raw,
    slow,
)
from tests.serve_process import ServeProcess

pytestmark = pytest.mark.serve

SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8"))
SEED = (Path(__file__).resolve().parent.parent / "evals" / "seed"
        / "iranwire-2020-10-21-airstrikes-albukamal.txt").read_text(encoding="utf-8")
SECRET_KEY = "sk-serve-test-SECRET-9f8e7d6c5b4a"
TOKEN = "main-token-0123456789abcdef"
TIGHT_QUEUE, TIGHT_TIMEOUT, TIGHT_RATE = (f"tight-{n}-token-0123456789" for n in
                                          ("queue", "timeout", "rate"))
#: Everything any server sent back in this module, checked for secrets at the end.
SEEN: list[str] = []


def article(tag: str) -> str:
    """The seed article made unique per test (no cache hit from another test); the seed's
    quotes are all still in it."""
    return f"{SEED}\n[{tag}]\n"


def answer(request: RecordedRequest) -> Step:
    """The model: the seed draft, slowly when the article asks for it."""
    text = "".join(request.contents("user"))
    if "[slow " in text:
        seconds = float(text.split("[slow ", 1)[1].split("]", 1)[0])
        return slow(seconds, reply_tool(SEED_DRAFT))
    return reply_tool(SEED_DRAFT)


@pytest.fixture(scope="module")
def upstream() -> Iterator[OpenAIServer]:
    with OpenAIServer(default=answer) as server:
        yield server


@pytest.fixture(scope="module")
def servers(upstream: OpenAIServer, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[dict[str, ServeProcess]]:
    root = tmp_path_factory.mktemp("serve")
    env = {"OPENAI_BASE_URL": upstream.base_url, "OPENAI_API_KEY": SECRET_KEY,
           "LLMEXTRACT_MODEL": "test-model", "LLMEXTRACT_CACHE_DIR": str(root / "cache")}
    started = {
        "main": ServeProcess(["--rate", "0", "--max-batch", "5"],
                             {**env, "LLMEXTRACT_SERVE_TOKENS": TOKEN}, root / "main.log"),
        "tight": ServeProcess(
            ["--concurrency", "1", "--queue", "0", "--timeout", "2.5", "--rate", "0.2",
             "--burst", "3", "--no-cache"],
            {**env, "LLMEXTRACT_SERVE_TOKENS": f"{TIGHT_QUEUE},{TIGHT_TIMEOUT},{TIGHT_RATE}"},
            root / "tight.log"),
    }
    try:
        for process in started.values():
            process.wait_ready()
        # The first extraction of a process builds the HTTP client; keep that out of the
        # timings the tests below depend on.
        warm = [threading.Thread(target=_warm, args=(started[name], token))
                for name, token in (("main", TOKEN), ("tight", TIGHT_TIMEOUT))]
        for thread in warm:
            thread.start()
        for thread in warm:
            thread.join()
        yield started
    finally:
        for process in started.values():
            process.stop()


def _warm(process: ServeProcess, token: str) -> None:
    with process.client(token) as client:
        client.post("/v1/extract", json={"text": article(f"warm-up {process.port}")})


@pytest.fixture
def main(servers: dict[str, ServeProcess], upstream: OpenAIServer) -> Iterator[httpx2.Client]:
    upstream.reset()
    with servers["main"].client(TOKEN) as client:
        yield client


def post(client: httpx2.Client, path: str, body: Any, **kwargs: Any) -> httpx2.Response:
    response = client.post(path, json=body, **kwargs)
    SEEN.append(f"{response.headers}\n{response.text}")
    return response


def error_of(response: httpx2.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error", "request_id"}
    assert body["request_id"] == response.headers["x-request-id"]
    error: dict[str, Any] = body["error"]
    assert error["status"] == response.status_code and "\n" not in error["message"]
    return error


def comparable(result: dict[str, Any]) -> dict[str, Any]:
    """An extraction without what differs between two runs (timing, creation time)."""
    result = copy.deepcopy(result)
    for key in ("latency_ms", "created_at", "cache_hit", "attempts"):
        result["provenance"].pop(key)
    return result


# -- the result ------------------------------------------------------------------------------


def test_post_extract_returns_what_extract_returns_and_shares_its_cache(
    main: httpx2.Client, upstream: OpenAIServer, monkeypatch: pytest.MonkeyPatch,
    servers: dict[str, ServeProcess],
) -> None:
    text = article("equality")
    response = post(main, "/v1/extract", {"text": text, "published": "2020-10-21", "id": "a1"})
    assert response.status_code == 200, response.text
    over_http = Extraction.model_validate(response.json(), context={"article": text})
    assert over_http.provenance.cache_hit is False and over_http.provenance.attempts == 1

    monkeypatch.setenv("OPENAI_BASE_URL", upstream.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET_KEY)
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    fresh = extract(text, published="2020-10-21", article_id="a1", cache=False)
    assert comparable(response.json()) == comparable(fresh.model_dump(mode="json"))

    # The server wrote the library's cache: the library finds the result there.
    cache_dir = Path(servers["main"].log_path).parent / "cache"
    cached = extract(text, published="2020-10-21", article_id="a1", cache=cache_dir)
    assert cached.provenance.cache_hit is True
    hit, original = comparable(cached.model_dump(mode="json")), comparable(response.json())
    for spent in ("usage", "reasks"):  # a hit reports nothing spent, so totals never double
        hit["provenance"].pop(spent), original["provenance"].pop(spent)
    assert hit == original
    assert len(upstream.chat_requests) == 2  # the server's call and the fresh one


def test_a_reask_completes_while_other_articles_are_answered(
    main: httpx2.Client, upstream: OpenAIServer
) -> None:
    """An article whose first answer is cut off is asked again (a re-ask: a second request
    while its answer's turn is held, ``serve/turns.py``), while three others arrive at the same
    time: all four are answered with their own result."""
    upstream.script(reply_tool_raw('{"events": [{"ref": "E1", '))
    texts = [article(f"reask-{i}") for i in range(4)]
    results: dict[int, httpx2.Response] = {}

    def one(i: int) -> None:
        results[i] = post(main, "/v1/extract", {"text": texts[i]})

    threads = [threading.Thread(target=one, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results) == [0, 1, 2, 3]
    assert all(r.status_code == 200 for r in results.values()), [r.text for r in results.values()]
    reasks = sorted(r.json()["provenance"]["reasks"] for r in results.values())
    assert reasks == [0, 0, 0, 1]
    assert len(upstream.chat_requests) == 5
    for i, response in results.items():  # each answer is its own article's
        assert response.json()["article"]["sha256"] == article_sha256(texts[i])


def test_a_repeated_article_is_a_cache_hit_in_the_access_log(
    main: httpx2.Client, servers: dict[str, ServeProcess]
) -> None:
    body = {"text": article("cache-hit"), "published": "2020-10-21"}
    first = post(main, "/v1/extract", body, headers={"X-Request-ID": "first-call"})
    second = post(main, "/v1/extract", body, headers={"X-Request-ID": "second-call"})
    assert second.json()["provenance"]["cache_hit"] is True
    assert (first.headers["x-request-id"], second.headers["x-request-id"]) == (
        "first-call", "second-call")
    time.sleep(0.1)
    lines = {line["request_id"]: line for line in servers["main"].access_lines()}
    miss, hit = lines["first-call"], lines["second-call"]
    assert (miss["status"], miss["cache_hit"], hit["cache_hit"]) == (200, False, True)
    assert miss["tokens_prompt"] > 0 and hit["tokens_prompt"] == 0
    assert miss["latency_ms"] > 0 and miss["path"] == "/v1/extract"
    # The first idle moment after an extraction froze the heap, once (serve/heap.py).
    frozen = [line for line in servers["main"].log_lines() if line.get("message") == "heap frozen"]
    assert len(frozen) == 1 and frozen[0]["frozen_objects"] > 10_000
    # The serve extra's compiled HTTP parser and event loop, chosen by default.
    listening = next(line for line in servers["main"].log_lines()
                     if line.get("message") == "listening")
    assert (listening["http"], listening["loop"]) == ("httptools", "uvloop")

    metrics = {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
               for line in main.get("/metrics").text.splitlines() if not line.startswith("#")}
    assert metrics["llmextract_cache_hits_total"] >= 1
    assert metrics['llmextract_tokens_total{kind="prompt"}'] >= miss["tokens_prompt"]
    assert metrics["llmextract_http_requests_in_flight"] == 1  # this very scrape
    assert "llmextract_reasks_total" in metrics and "llmextract_queue_capacity" in metrics
    assert metrics['llmextract_extractions_total{backend="openai",outcome="ok"}'] >= 2
    assert metrics['llmextract_http_request_duration_seconds_count{route="/v1/extract"}'] >= 2


def test_batch_streams_json_lines_as_articles_finish(
    main: httpx2.Client, upstream: OpenAIServer
) -> None:
    articles = [{"text": article("batch-a [slow 1.0]"), "id": "slow"},
                {"text": article("batch-b"), "id": "fast"},
                {"text": " ", "id": "blank"}]
    with main.stream("POST", "/v1/extract/batch", json={"articles": articles}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-ndjson")
        lines = [json.loads(line) for line in response.iter_lines() if line]
    assert [line.get("id") for line in lines[:3]] == ["blank", "fast", "slow"]
    assert lines[-1] == {"summary": {"articles": 3, "ok": 2, "failed": 1}}
    assert lines[0]["status"] == 400 and lines[0]["error"]["type"] == "invalid_input"
    assert lines[2]["index"] == 0 and lines[2]["extraction"]["article"]["id"] == "slow"


def test_batch_over_the_article_limit_is_422(main: httpx2.Client) -> None:
    response = post(main, "/v1/extract/batch", {"articles": [{"text": "x"}] * 6})
    assert response.status_code == 422 and error_of(response)["field"] == "articles"


def test_prompts_schema_and_openapi_come_from_the_library(main: httpx2.Client) -> None:
    prompts = main.get("/v1/prompts").json()
    assert {"strike-claims@1"} <= {p["ref"] for p in prompts["prompts"]}
    assert prompts["backends"] == ["openai"] and prompts["models"] == ["test-model"]
    schema = main.get("/v1/schema").json()
    assert schema == Extraction.model_json_schema(mode="serialization")
    spec = main.get("/openapi.json").json()
    assert spec["components"]["schemas"]["Extraction"]["title"] == "Extraction"
    assert "text" in spec["components"]["schemas"]["ExtractRequest"]["required"]
    assert "bearer" in spec["components"]["securitySchemes"]


# -- who may call -----------------------------------------------------------------------------


def test_no_token_is_401_and_a_wrong_token_is_403(servers: dict[str, ServeProcess]) -> None:
    with servers["main"].client() as anonymous:
        response = post(anonymous, "/v1/extract", {"text": SEED})
        assert response.status_code == 401 and error_of(response)["type"] == "unauthorized"
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert anonymous.get("/metrics").status_code == 401
        assert anonymous.get("/healthz").json() == {"status": "ok"}  # probes need no token
    with servers["main"].client("wrong-token-0123456789abcdef") as stranger:
        response = post(stranger, "/v1/extract", {"text": SEED})
        assert response.status_code == 403 and error_of(response)["type"] == "forbidden"


def test_readyz_reports_the_model_endpoint_reachable(
    servers: dict[str, ServeProcess], upstream: OpenAIServer
) -> None:
    with servers["main"].client() as anonymous:
        assert anonymous.get("/readyz").json() == {"status": "ready"}
    assert any(r.path == "/v1/models" for r in upstream.requests)


# -- bad input --------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_413_with_or_without_content_length(
    main: httpx2.Client,
) -> None:
    big = json.dumps({"text": "x" * 1_000_001}).encode()
    response = main.post("/v1/extract", content=big,
                         headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and error_of(response)["type"] == "body_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is counted as it arrives
        for start in range(0, len(big), 65536):
            yield big[start:start + 65536]

    response = main.post("/v1/extract", content=chunks(),
                         headers={"Content-Type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


@pytest.mark.parametrize(("body", "field"), [
    ({"id": "no-text"}, "text"),
    ({"text": 42}, "text"),
    ({"text": "x", "published": "21 October"}, "published"),
    ({"text": "x", "endpoint": "http://elsewhere"}, "endpoint"),
    ({"text": "x", "model": "gpt-4o"}, "model"),
    ({"text": "x", "backend": "rules"}, "backend"),
    ({"text": "x", "prompt": "strike-claims@99"}, "prompt"),
    ({"articles": []}, "text"),
])
def test_invalid_fields_are_422_naming_the_field(
    main: httpx2.Client, body: dict[str, Any], field: str
) -> None:
    response = post(main, "/v1/extract", body)
    assert response.status_code == 422
    error = error_of(response)
    assert error["field"] == field and field in error["message"]


@pytest.mark.parametrize("text", ["", "   \n\t", "binary\x00\x01\x02"])
def test_empty_or_binary_text_is_400(main: httpx2.Client, text: str) -> None:
    response = post(main, "/v1/extract", {"text": text})
    assert response.status_code == 400
    error = error_of(response)
    assert (error["type"], error["field"]) == ("invalid_input", "text")


def test_a_body_that_is_not_json_is_400_and_not_json_typed_is_415(main: httpx2.Client) -> None:
    response = main.post("/v1/extract", content=b"\xff\xfe not json",
                         headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and error_of(response)["type"] == "invalid_json"
    response = main.post("/v1/extract", content=b"text=hello",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415


# -- upstream failures ------------------------------------------------------------------------


def test_a_failing_model_endpoint_is_502_with_one_line(
    main: httpx2.Client, upstream: OpenAIServer
) -> None:
    upstream.script(invalid_api_key())
    response = post(main, "/v1/extract", {"text": article("upstream-401")})
    assert response.status_code == 502
    error = error_of(response)
    assert error["type"] == "upstream_error" and "API key was rejected" in error["message"]


def test_an_ungrounded_item_is_rejected_and_with_strict_the_article_is_502(
    main: httpx2.Client, upstream: OpenAIServer
) -> None:
    bad = copy.deepcopy(SEED_DRAFT)
    bad["claims"][0]["quotes"] = ["a sentence that is nowhere in the article"]
    upstream.default = lambda request: reply_tool(bad)
    try:
        response = post(main, "/v1/extract", {"text": article("ungrounded")})
        assert response.status_code == 200
        assert len(response.json()["rejected"]) == 1  # the rest of the article is kept
        response = post(main, "/v1/extract", {"text": article("ungrounded"), "strict": True})
        assert response.status_code == 502
        error = error_of(response)
        assert error["type"] == "grounding_failed" and "strict" in error["message"]
    finally:
        upstream.default = answer


# -- load -------------------------------------------------------------------------------------


def test_a_full_queue_is_429_with_retry_after(
    servers: dict[str, ServeProcess], upstream: OpenAIServer
) -> None:
    upstream.reset()
    tight = servers["tight"]
    results: list[int] = []

    def first() -> None:
        with tight.client(TIGHT_QUEUE) as client:
            results.append(client.post("/v1/extract",
                                       json={"text": article("queue [slow 1.5]")}).status_code)

    thread = threading.Thread(target=first)
    thread.start()
    upstream.wait_for_requests(1)
    with tight.client(TIGHT_QUEUE) as client:
        response = post(client, "/v1/extract", {"text": article("queue-second")})
        assert response.status_code == 429 and error_of(response)["type"] == "queue_full"
        assert int(response.headers["retry-after"]) >= 1
        thread.join()
        assert results == [200]
        assert 'llmextract_rejected_total{reason="queue_full"} 1' in client.get("/metrics").text


def test_a_request_over_its_timeout_is_504(servers: dict[str, ServeProcess]) -> None:
    with servers["tight"].client(TIGHT_TIMEOUT) as client:
        started = time.monotonic()
        response = post(client, "/v1/extract", {"text": article("timeout [slow 8]")})
        assert response.status_code == 504 and error_of(response)["type"] == "timeout"
        assert time.monotonic() - started < 6


def test_a_client_over_its_rate_is_429_and_others_are_not(
    servers: dict[str, ServeProcess],
) -> None:
    with servers["tight"].client(TIGHT_RATE) as client:
        statuses = [client.get("/v1/prompts") for _ in range(5)]
    assert [r.status_code for r in statuses[:3]] == [200, 200, 200]
    limited = statuses[3]
    assert limited.status_code == 429 and error_of(limited)["type"] == "rate_limited"
    assert int(limited.headers["retry-after"]) >= 1
    with servers["tight"].client(TIGHT_QUEUE) as other:
        assert other.get("/v1/prompts").status_code == 200


# -- secrets ----------------------------------------------------------------------------------


def test_the_api_key_is_in_no_response_log_line_or_metric(
    main: httpx2.Client, upstream: OpenAIServer, servers: dict[str, ServeProcess]
) -> None:
    # An endpoint that echoes the key in its error, as some proxies do.
    upstream.script(error(400, message=f"Invalid key {SECRET_KEY} for this deployment"),
                    error(418, message=f"teapot {SECRET_KEY}"))
    for tag in ("echo-400", "echo-418"):
        response = post(main, "/v1/extract", {"text": article(tag)})
        assert response.status_code == 502
    SEEN.append(main.get("/metrics").text)
    time.sleep(0.1)
    everything = "\n".join([*SEEN, *(p.log_text() for p in servers.values())])
    assert "llmextract_http_requests_total" in everything and "upstream_error" in everything
    for secret in (SECRET_KEY, TOKEN, TIGHT_QUEUE, TIGHT_RATE):
        assert secret not in everything
    # Every log line is one JSON object.
    for process in servers.values():
        assert all("unparsed" not in line for line in process.log_lines())
