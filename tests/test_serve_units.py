"""The service's parts without a server: exposure rules, tokens, limits, error mapping, metrics,
log redaction. Fast; the end-to-end behaviour is in test_serve_http.py (marker ``serve``)."""

from __future__ import annotations

import ast
import asyncio
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import llmextract.serve
from llmextract.cli import app
from llmextract.errors import BackendError, ConfigurationError, GroundingError, InputError
from llmextract.serve.app import create_app
from llmextract.serve.auth import TokenSet, fingerprint
from llmextract.serve.limits import RateLimiter, WorkQueue
from llmextract.serve.logs import JsonFormatter, Redactor
from llmextract.serve.metrics import Metrics
from llmextract.serve.problems import ApiError, from_exception
from llmextract.serve.settings import ServeSettings, is_loopback, load_tokens

TOKEN = "a-long-enough-token-1234"


# -- exposure ---------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.org"])
def test_binding_beyond_loopback_without_tokens_is_refused(host: str) -> None:
    with pytest.raises(ConfigurationError, match="without authentication"):
        ServeSettings(host=host).check()
    ServeSettings(host=host, tokens=(TOKEN,)).check()


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("0.0.0.0", False), ("10.0.0.1", False), ("myhost", False)])
def test_what_counts_as_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_short_or_spaced_tokens_are_refused() -> None:
    for bad in ("short", "has a space in it 12345"):
        with pytest.raises(ConfigurationError, match="at least 16"):
            ServeSettings(tokens=(bad,)).check()


def test_cli_refuses_to_listen_publicly_without_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server must not start")

    monkeypatch.setattr(llmextract.serve, "run", never)
    monkeypatch.delenv("LLMEXTRACT_SERVE_TOKENS", raising=False)
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0 without authentication" in result.output
    assert "Traceback" not in result.output


def test_the_compiled_http_parser_and_loop_are_chosen_when_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import llmextract.serve.runner as runner

    real = runner.importlib.util.find_spec
    assert runner.stack(ServeSettings()) == ("httptools", "uvloop")  # the serve extra has both
    assert runner.stack(ServeSettings(http="h11", loop="asyncio")) == ("h11", "asyncio")
    monkeypatch.setattr(runner.importlib.util, "find_spec",
                        lambda name: None if name in ("httptools", "uvloop") else real(name))
    assert runner.stack(ServeSettings()) == ("h11", "asyncio")  # installed without them
    with pytest.raises(ConfigurationError, match=r"--loop uvloop: uvloop is not installed"):
        runner.stack(ServeSettings(loop="uvloop"))
    with pytest.raises(ConfigurationError, match=r"--http must be one of auto, httptools, h11"):
        ServeSettings(http="h2").check()


def test_tokens_come_from_the_environment_and_an_owner_only_file(tmp_path: Path) -> None:
    file = tmp_path / "tokens"
    file.write_text(f"# operators\n{TOKEN}\n\nsecond-token-abcdefghijkl  # ci\n")
    file.chmod(0o600)
    assert load_tokens(file, env=" env-token-abcdefghijklm , ") == (
        "env-token-abcdefghijklm", TOKEN, "second-token-abcdefghijkl")
    file.chmod(0o644)
    with pytest.raises(ConfigurationError, match="readable by other users"):
        load_tokens(file, env="")
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_tokens(tmp_path / "missing", env="")


def test_tokens_are_compared_whole() -> None:
    tokens = TokenSet((TOKEN, "another-token-abcdefghij"))
    assert tokens.accepts(TOKEN) and tokens.accepts("another-token-abcdefghij")
    assert not tokens.accepts(TOKEN[:-1]) and not tokens.accepts(TOKEN + "x")
    assert not tokens.accepts("") and not TokenSet(())
    assert TOKEN not in fingerprint(TOKEN) and fingerprint(TOKEN) != fingerprint(TOKEN + "x")


# -- limits -----------------------------------------------------------------------------------


def test_rate_limit_allows_a_burst_then_one_request_per_interval() -> None:
    now = [100.0]
    limiter = RateLimiter(rate=2.0, burst=3, clock=lambda: now[0])
    for _ in range(3):
        limiter.check("a")
    with pytest.raises(ApiError) as raised:
        limiter.check("a")
    assert (raised.value.status, raised.value.type) == (429, "rate_limited")
    assert raised.value.headers == {"Retry-After": "1"}
    limiter.check("b")  # another client has its own bucket
    now[0] += 0.5  # one token back at 2 per second
    limiter.check("a")
    with pytest.raises(ApiError):
        limiter.check("a")
    RateLimiter(rate=0, burst=0).check("anyone")  # 0: no limit


def test_work_queue_admits_up_to_capacity_and_frees_places_once() -> None:
    queue = WorkQueue(concurrency=2, queue=1)
    release = queue.reserve(2)
    queue.reserve(1)
    with pytest.raises(ApiError) as raised:
        queue.reserve(1)
    assert raised.value.status == 429 and int(raised.value.headers["Retry-After"]) >= 1
    release()
    release()  # idempotent: a double release never frees someone else's place
    assert queue.admitted == 1


def test_work_queue_runs_at_most_concurrency_at_once() -> None:
    async def scenario() -> int:
        queue = WorkQueue(concurrency=2, queue=10)
        peak = 0

        async def job() -> None:
            nonlocal peak
            async with queue.admit(), queue.slot():
                peak = max(peak, queue.running)
                await asyncio.sleep(0.01)

        await asyncio.gather(*(job() for _ in range(8)))
        assert queue.admitted == 0 and queue.running == 0
        return peak

    assert asyncio.run(scenario()) == 2


def test_an_llm_backend_takes_a_place_only_while_its_request_is_out() -> None:
    """More articles admitted than places: the model endpoint never sees more than
    ``concurrency`` requests at once, and a place is free again once the answer is read, not
    when the article is done (its review, grounding and cache write hold none)."""
    import httpx2

    from llmextract.serve.upstream import SlotTransport

    async def scenario() -> tuple[int, list[int]]:
        queue = WorkQueue(concurrency=2, queue=10)
        at_once = peak = 0
        after_answer: list[int] = []

        class Endpoint(httpx2.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
                nonlocal at_once, peak
                at_once += 1
                peak = max(peak, at_once)
                await asyncio.sleep(0.01)
                at_once -= 1
                return httpx2.Response(200, json={"ok": True})

        async with httpx2.AsyncClient(transport=SlotTransport(queue, Endpoint())) as client:

            async def article() -> None:
                async with queue.admit():
                    await client.post("http://127.0.0.1/v1/chat/completions", json={})
                    after_answer.append(queue.running)  # "reviewing" now
                    await asyncio.sleep(0.02)

            await asyncio.gather(*(article() for _ in range(8)))
        assert queue.admitted == 0 and queue.running == 0
        return peak, after_answer

    peak, after_answer = asyncio.run(scenario())
    assert peak == 2
    # With a place held for the whole article, every article would see its own place taken.
    assert min(after_answer) == 0


def test_answers_are_handled_one_at_a_time_in_the_order_they_arrive() -> None:
    """Five answers read at once: their handling never overlaps and goes first come, first
    served; the turn is free again afterwards."""
    from llmextract.serve.turns import AnswerTurns

    async def scenario() -> tuple[list[str], int]:
        turns = AnswerTurns()
        handled: list[str] = []
        holding = peak = 0

        async def extraction(name: str) -> None:
            nonlocal holding, peak
            async with turns.extraction():
                await turns.take()  # the answer is in
                holding += 1
                peak = max(peak, holding)
                await asyncio.sleep(0.001)  # a stand-in for review and grounding
                handled.append(name)
                holding -= 1

        # A turn never given back would wait forever: bounded here.
        await asyncio.wait_for(asyncio.gather(*(extraction(n) for n in "abcde")), 5)
        assert not turns.taken
        return handled, peak

    handled, peak = asyncio.run(scenario())
    assert peak == 1
    assert handled == list("abcde")


def test_what_became_ready_meanwhile_runs_before_the_next_answer_is_handled() -> None:
    """A request that became ready in the same pass as the next answer's turn (it arrived while
    an answer was being handled) is sent before that answer is handled: the one pass of the loop
    ``take`` lets run. Without it, answers arriving together would be handled back to back while
    the requests sent meanwhile wait, and the two would stay bunched up round after round."""
    from llmextract.serve.turns import AnswerTurns

    async def scenario() -> list[str]:
        turns = AnswerTurns()
        order: list[str] = []
        loop = asyncio.get_running_loop()

        first_has_it = asyncio.Event()

        async def first() -> None:
            async with turns.extraction():
                await turns.take()
                first_has_it.set()
                await asyncio.sleep(0.01)  # the second answer is in and waits for its turn
                order.append("answer 1")
            # The turn is given back (the second answer's task is woken), then a request
            # becomes ready in the same pass.
            loop.call_soon(order.append, "new request sent")

        async def second() -> None:
            await first_has_it.wait()
            async with turns.extraction():
                await turns.take()
                order.append("answer 2")

        await asyncio.wait_for(asyncio.gather(first(), second()), 5)
        return order

    assert asyncio.run(scenario()) == ["answer 1", "new request sent", "answer 2"]


def test_a_reask_gives_the_turn_back_while_its_request_is_out() -> None:
    """An extraction that sends a further request (a re-ask) after taking the turn gives it
    back before the request goes out: another answer is handled meanwhile, not after."""
    import httpx2

    from llmextract.serve.turns import AnswerTurns
    from llmextract.serve.upstream import SlotTransport

    async def scenario() -> list[str]:
        turns = AnswerTurns()
        order: list[str] = []
        second_answer_in = asyncio.Event()

        class Endpoint(httpx2.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
                if request.url.path.endswith("/reask"):
                    await second_answer_in.wait()  # the re-ask's answer comes back later
                    await asyncio.sleep(0.01)
                return httpx2.Response(200, json={"ok": True})

        queue = WorkQueue(concurrency=4, queue=4)
        transport = SlotTransport(queue, Endpoint(), turns)
        async with httpx2.AsyncClient(transport=transport) as client:

            async def reasking() -> None:
                async with turns.extraction():
                    await client.post("http://127.0.0.1/v1/first", json={})
                    order.append("a: first answer")
                    await client.post("http://127.0.0.1/v1/reask", json={})
                    order.append("a: re-ask answer")

            async def other() -> None:
                async with turns.extraction():
                    await asyncio.sleep(0.005)
                    await client.post("http://127.0.0.1/v1/other", json={})
                    second_answer_in.set()
                    order.append("b: answer")

            # Holding the turn through the re-ask would wait forever: bounded here.
            await asyncio.wait_for(asyncio.gather(reasking(), other()), 5)
        assert not turns.taken and queue.running == 0
        return order

    assert asyncio.run(scenario()) == ["a: first answer", "b: answer", "a: re-ask answer"]


def test_the_turn_is_free_after_an_extraction_is_cancelled() -> None:
    """The request's timeout cancels an extraction waiting for the turn or holding it: the turn
    is free again either way, and outside an extraction (the readiness probe) there is none."""
    from llmextract.serve.turns import AnswerTurns

    async def scenario() -> None:
        turns = AnswerTurns()
        await turns.take()  # no extraction: nothing taken
        assert not turns.taken

        async def holder() -> None:
            async with turns.extraction():
                await turns.take()
                await asyncio.sleep(10)

        async def waiter() -> None:
            async with turns.extraction():
                await turns.take()
                await asyncio.sleep(10)

        held = asyncio.create_task(holder())
        await asyncio.sleep(0.01)
        waiting = asyncio.create_task(waiter())
        await asyncio.sleep(0.01)
        assert turns.taken
        waiting.cancel()
        held.cancel()
        await asyncio.gather(held, waiting, return_exceptions=True)
        assert not turns.taken
        async with turns.extraction():  # and it can be taken again at once
            await asyncio.wait_for(turns.take(), 1)
        assert not turns.taken

    asyncio.run(scenario())


def test_only_a_backend_that_sends_http_requests_is_bounded_per_request(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from llmextract.backends._transport import AsyncDeadlineTransport
    from llmextract.backends.openai import OpenAIBackend
    from llmextract.pipeline import resolve_backend
    from llmextract.serve.upstream import SlotTransport, bounded_backend

    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-units")
    queue = WorkQueue(concurrency=2, queue=2)
    assert bounded_backend(resolve_backend("rules"), queue) is None
    plain = resolve_backend("openai", "units-model")
    bounded = bounded_backend(plain, queue)
    assert isinstance(bounded, OpenAIBackend) and bounded is not plain
    assert bounded.identity() == plain.identity()  # the same cache entries
    transport = bounded._async_http_client._transport  # type: ignore[union-attr]
    assert isinstance(transport, SlotTransport)
    assert isinstance(transport._inner, AsyncDeadlineTransport)  # rule 1 still holds
    assert bounded_backend(bounded, queue) is None  # a client given by the caller is kept


# -- errors -----------------------------------------------------------------------------------


def test_library_errors_map_to_documented_statuses() -> None:
    def status(exc: BaseException) -> tuple[int, str]:
        err = from_exception(exc, timeout=5)
        return err.status, err.type

    timed_out = BackendError("127.0.0.1 did not answer within 5s")
    timed_out.__cause__ = type("APITimeoutError", (Exception,), {})("slow")
    assert status(InputError("empty")) == (400, "invalid_input")
    assert status(BackendError("key rejected")) == (502, "upstream_error")
    assert status(timed_out) == (504, "upstream_timeout")
    assert status(GroundingError("still invalid")) == (502, "grounding_failed")
    assert status(asyncio.TimeoutError()) == (504, "timeout")
    assert status(ConfigurationError("no model")) == (500, "configuration_error")
    assert status(RuntimeError("secret detail")) == (500, "internal_error")
    assert "secret detail" not in from_exception(RuntimeError("secret detail"), 5).message


def test_error_messages_are_one_line() -> None:
    err = from_exception(BackendError("first line\nsecond line"), 5)
    assert err.message == "first line"


# -- metrics and logs -------------------------------------------------------------------------


def test_metrics_render_the_prometheus_text_format() -> None:
    metrics = Metrics()
    metrics.inc("llmextract_http_requests_total", route='/v1/"x"\n', method="GET", status="200")
    metrics.observe("llmextract_http_request_duration_seconds", 0.03, route="/v1/extract")
    metrics.observe("llmextract_http_request_duration_seconds", 200.0, route="/v1/extract")
    text = metrics.render()
    assert '# TYPE llmextract_http_requests_total counter' in text
    assert 'route="/v1/\\"x\\"\\n",status="200"} 1' in text
    assert 'duration_seconds_bucket{route="/v1/extract",le="0.025"} 0' in text
    assert 'duration_seconds_bucket{route="/v1/extract",le="0.05"} 1' in text
    assert 'duration_seconds_bucket{route="/v1/extract",le="+Inf"} 2' in text
    assert 'duration_seconds_count{route="/v1/extract"} 2' in text
    assert "llmextract_build_info{" in text and text.endswith("\n")


def test_log_lines_are_json_with_every_secret_scrubbed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-live-abcdef123456")
    formatter = JsonFormatter(Redactor.from_env([TOKEN]))
    try:
        raise RuntimeError("upstream said: bad key sk-live-abcdef123456")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "token %s", (TOKEN,),
                                   sys.exc_info())
    record.status = 502
    line = formatter.format(record)
    parsed = json.loads(line)
    assert parsed["status"] == 502 and parsed["message"] == "token ***"
    assert "sk-live-abcdef123456" not in line and TOKEN not in line


# -- imports ----------------------------------------------------------------------------------


def test_no_module_outside_the_service_imports_the_asgi_stack_at_load_time() -> None:
    package = Path(llmextract.serve.__file__).resolve().parent.parent
    offenders = []
    for path in package.rglob("*.py"):
        if package / "serve" in path.parents:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level only
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] in ("starlette", "uvicorn") or n.startswith(
                    "llmextract.serve") for n in names):
                offenders.append(f"{path.name}: {names}")
    assert offenders == []


@pytest.mark.serve
def test_the_asgi_stack_loads_only_for_the_service() -> None:
    code = ("import sys, llmextract, llmextract.cli; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'starlette', 'uvicorn'}))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMEXTRACT_")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip() == "[]"


# -- the app in process (no socket) -----------------------------------------------------------


def asgi(app: Any, method: str, path: str, headers: dict[str, str] | None = None,
         body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """One request through the ASGI app, without a server."""
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"},
             "http_version": "1.1", "method": method, "scheme": "http", "path": path,
             "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in messages if m["type"] == "http.response.start")
    answer = {k.decode(): v.decode() for k, v in start["headers"]}
    return start["status"], answer, b"".join(m.get("body", b"") for m in messages[1:])


def test_cors_is_off_unless_origins_are_configured() -> None:
    origin = {"Origin": "https://newsroom.example"}
    preflight = {**origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization,content-type"}
    closed = create_app(ServeSettings(tokens=(TOKEN,)))
    status, headers, _ = asgi(closed, "OPTIONS", "/v1/extract", preflight)
    assert status == 405 and "access-control-allow-origin" not in headers
    _, headers, _ = asgi(closed, "GET", "/healthz", origin)
    assert "access-control-allow-origin" not in headers

    opened = create_app(ServeSettings(tokens=(TOKEN,),
                                      cors_origins=("https://newsroom.example",)))
    status, headers, _ = asgi(opened, "OPTIONS", "/v1/extract", preflight)
    assert status == 200
    assert headers["access-control-allow-origin"] == "https://newsroom.example"
    status, headers, _ = asgi(opened, "OPTIONS", "/v1/extract",
                              {**preflight, "Origin": "https://elsewhere.example"})
    assert status == 400 and "access-control-allow-origin" not in headers


def test_every_answer_carries_a_request_id_and_errors_are_json() -> None:
    app = create_app(ServeSettings(tokens=(TOKEN,)))
    status, headers, body = asgi(app, "GET", "/nowhere",
                                 {"Authorization": f"Bearer {TOKEN}", "X-Request-ID": "abc-1"})
    assert status == 404 and headers["x-request-id"] == "abc-1"
    assert json.loads(body) == {"error": {"status": 404, "type": "not_found",
                                          "message": "Not Found"}, "request_id": "abc-1"}
    _, headers, _ = asgi(app, "GET", "/healthz", {"X-Request-ID": "bad id\\n"})
    assert len(headers["x-request-id"]) == 32  # an unsafe id is replaced, never echoed


def test_readyz_is_503_when_the_model_endpoint_is_down(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    app = create_app(ServeSettings())
    status, _, body = asgi(app, "GET", "/readyz")
    assert status == 503 and json.loads(body) == {"status": "not ready"}
    assert "cannot reach 127.0.0.1:9" in caplog.text  # the reason is logged, not answered
    assert asgi(app, "GET", "/healthz")[0] == 200


def test_a_body_that_does_not_arrive_in_time_is_408() -> None:
    app = create_app(ServeSettings(body_timeout=0.2))
    messages: list[dict[str, Any]] = []

    async def trickle() -> dict[str, Any]:
        await asyncio.sleep(0.05)  # a few bytes now and then, never the end
        return {"type": "http.request", "body": b" ", "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"},
             "http_version": "1.1", "method": "POST", "scheme": "http", "path": "/v1/extract",
             "raw_path": b"/v1/extract", "query_string": b"", "root_path": "",
             "headers": [(b"content-type", b"application/json")],
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}
    asyncio.run(asyncio.wait_for(app(scope, trickle, send), 5))
    assert messages[0]["status"] == 408
    assert json.loads(messages[1]["body"])["error"]["type"] == "body_timeout"


def test_the_heap_is_frozen_once_at_the_first_idle_moment(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import llmextract.serve.heap as heap

    calls: list[str] = []
    monkeypatch.setattr(heap.gc, "collect", lambda: calls.append("collect") or 0)
    monkeypatch.setattr(heap.gc, "freeze", lambda: calls.append("freeze"))
    freezer = heap.HeapFreezer()
    freezer.idle()
    freezer.idle()
    assert calls == ["collect", "freeze"]  # garbage first, so none of it is frozen for good


def test_after_the_freeze_garbage_is_collected_on_a_timer(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import llmextract.serve.heap as heap

    calls: list[str] = []
    counts = iter([(5, 0, 0), (5000, 0, 0), (0, 1, 0)])  # idle, busy, after a backstop run
    thresholds: list[tuple[int, ...]] = []
    monkeypatch.setattr(heap.gc, "collect", lambda: calls.append("collect") or 0)
    monkeypatch.setattr(heap.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(heap.gc, "get_count", lambda: next(counts, (0, 0, 0)))
    monkeypatch.setattr(heap.gc, "set_threshold", lambda *t: thresholds.append(t))
    freezer = heap.HeapFreezer(every=0.01)

    async def run() -> None:
        freezer.idle()
        await asyncio.sleep(0.1)

    asyncio.run(run())
    assert thresholds == [heap.BACKSTOP_THRESHOLDS]  # the automatic collector held back
    assert calls == ["collect", "freeze", "collect", "collect"]  # a quiet period skipped
    assert freezer.collections == 2
