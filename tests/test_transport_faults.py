"""The fault suite for the transport: a local server scripted to fail, one rule per test.

Rules are numbered as in ``llmextract/backends/_transport.py`` and the README's "Retry rules".
Times are scaled down (deadlines of a second or two instead of 300 s); the assertions are on
wall-clock bounds and on what the server received.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import json
import logging
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from llmextract import (
    BackendError,
    EndpointDownError,
    Extraction,
    OpenAIBackend,
    OpenAISettings,
    extract,
    extract_async,
)
from llmextract.backends._redact import endpoint_host, redact_url, scrub, url_secrets
from llmextract.backends._transport import (
    CircuitBreaker,
    Deadline,
    Failure,
    RetryPolicy,
    parse_retry_after,
)
from llmextract.errors import ConfigurationError
from tests.openai_server import (
    OpenAIServer,
    drip,
    error,
    hang,
    no_choices,
    rate_limited,
    reply_raw,
    reply_tool,
    server_error,
)

SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8")
)


def make_backend(base_url: str, *, slept: list[float] | None = None,
                 **overrides: Any) -> OpenAIBackend:
    settings = {"model": "test-model", "base_url": base_url, "api_key": "sk-test-secret",
                "timeout": 5.0, "deadline": 30.0, **overrides}
    sleep = slept.append if slept is not None else None
    return OpenAIBackend(OpenAISettings(**settings), sleep=sleep)


def run(backend: OpenAIBackend, text: str) -> Extraction:
    return extract(text, published="2020-10-21", backend=backend, cache=False)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- rule 1: wall-clock bounds ---------------------------------------------------------------


def test_a_slow_drip_body_cannot_stretch_a_request(openai_server: OpenAIServer,
                                                   seed_text: str) -> None:
    # One byte every 0.2 s: each read succeeds, so a per-read timeout never fires (before:
    # the request ran until the body was complete, here ~10 minutes).
    openai_server.script(drip(0.2, reply_tool(SEED_DRAFT)))
    backend = make_backend(openai_server.base_url, timeout=1.0, max_attempts=1)
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"did not answer within 1s"):
        run(backend, seed_text)
    assert time.monotonic() - started < 3.0


def test_a_slow_drip_body_cannot_stretch_an_async_request(openai_server: OpenAIServer,
                                                          seed_text: str) -> None:
    openai_server.script(drip(0.2, reply_tool(SEED_DRAFT)))
    backend = make_backend(openai_server.base_url, timeout=1.0, max_attempts=1)
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"did not answer within 1s"):
        asyncio.run(extract_async(seed_text, backend=backend, cache=False))
    assert time.monotonic() - started < 3.0


def test_a_drip_that_finishes_in_time_is_a_normal_answer(openai_server: OpenAIServer,
                                                         seed_text: str) -> None:
    openai_server.script(drip(0.01, reply_tool(SEED_DRAFT), chunk=400))
    result = run(make_backend(openai_server.base_url, timeout=5.0), seed_text)
    assert len(result.claims) == 5


def test_a_server_that_never_answers_is_bounded_by_the_article_deadline(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    # Scaled-down README promise: timeout 0.8 s per request, 2 s per article, 5 attempts
    # allowed. Before: 5 x timeout (the deadline was only checked between attempts).
    openai_server.default = hang()
    backend = make_backend(openai_server.base_url, timeout=0.8, deadline=2.0)
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"per-article deadline 2s") as err:
        run(backend, seed_text)
    elapsed = time.monotonic() - started
    assert elapsed < 2.6, elapsed
    assert "--timeout / LLMEXTRACT_TIMEOUT" in str(err.value)


def test_the_async_path_holds_the_article_deadline_too(openai_server: OpenAIServer,
                                                       seed_text: str) -> None:
    openai_server.default = hang()
    backend = make_backend(openai_server.base_url, timeout=0.8, deadline=2.0)
    started = time.monotonic()
    with pytest.raises(BackendError):
        asyncio.run(extract_async(seed_text, backend=backend, cache=False))
    assert time.monotonic() - started < 2.6


def test_timeout_deadline_and_max_tokens_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("LLMEXTRACT_MODEL", "m")
    monkeypatch.setenv("LLMEXTRACT_TIMEOUT", "600")
    monkeypatch.setenv("LLMEXTRACT_MAX_TOKENS", "8192")
    s = OpenAISettings.from_env()
    assert (s.timeout, s.max_tokens, s.article_deadline) == (600.0, 8192, 600.0)
    monkeypatch.setenv("LLMEXTRACT_DEADLINE", "900")
    assert OpenAISettings.from_env().article_deadline == 900.0


@pytest.mark.parametrize(("variable", "value"), [("LLMEXTRACT_TIMEOUT", "soon"),
                                                 ("LLMEXTRACT_TIMEOUT", "-1"),
                                                 ("LLMEXTRACT_MAX_TOKENS", "1.5")])
def test_a_bad_timeout_or_max_tokens_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                      variable: str, value: str) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("LLMEXTRACT_MODEL", "m")
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigurationError, match=variable):
        OpenAISettings.from_env()


def test_max_tokens_reaches_the_request(openai_server: OpenAIServer, seed_text: str) -> None:
    openai_server.script(reply_tool(SEED_DRAFT))
    run(make_backend(openai_server.base_url, max_tokens=777), seed_text)
    assert openai_server.chat_requests[0].json["max_tokens"] == 777


# -- rules 2-4: what is retried, and how long to wait -------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("120", 120.0), ("0", 0.0), ("1.5", 1.5), ("soon", None), ("", None), ("inf", None),
    ("-3", 0.0),
])
def test_retry_after_seconds_and_garbage(value: str, expected: float | None) -> None:
    assert parse_retry_after({"Retry-After": value}) == expected


def test_retry_after_as_an_http_date() -> None:
    now = dt.datetime(2026, 12, 4, 12, 0, 0, tzinfo=dt.timezone.utc)
    later = email.utils.format_datetime(now + dt.timedelta(seconds=90), usegmt=True)
    assert parse_retry_after({"retry-after": later}, now=now) == 90.0
    assert parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25


def test_a_long_retry_after_within_the_deadline_is_honoured(openai_server: OpenAIServer,
                                                            seed_text: str) -> None:
    # Before: anything above 60 s was ignored and the retries burned in seconds.
    slept: list[float] = []
    openai_server.script(rate_limited(retry_after=120), reply_tool(SEED_DRAFT))
    run(make_backend(openai_server.base_url, slept=slept, deadline=300.0), seed_text)
    assert slept == [120.0]


def test_a_retry_after_http_date_is_honoured(openai_server: OpenAIServer,
                                             seed_text: str) -> None:
    slept: list[float] = []
    when = email.utils.format_datetime(
        dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=100), usegmt=True)
    openai_server.script(error(429, headers={"Retry-After": when}), reply_tool(SEED_DRAFT))
    run(make_backend(openai_server.base_url, slept=slept, deadline=300.0), seed_text)
    assert len(slept) == 1 and 95 <= slept[0] <= 100


def test_a_retry_after_beyond_the_deadline_gives_up_at_once_and_says_so(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    slept: list[float] = []
    openai_server.script(rate_limited(retry_after=3600), reply_tool(SEED_DRAFT))
    with pytest.raises(BackendError, match=r"asked to wait 3600s \(Retry-After\)"):
        run(make_backend(openai_server.base_url, slept=slept, deadline=30.0), seed_text)
    assert slept == [] and len(openai_server.chat_requests) == 1


def test_a_garbage_retry_after_falls_back_to_backoff(openai_server: OpenAIServer,
                                                     seed_text: str) -> None:
    # Before: "soon" ended the call with a date parser's message.
    slept: list[float] = []
    openai_server.script(rate_limited(retry_after="soon"), reply_tool(SEED_DRAFT))
    result = run(make_backend(openai_server.base_url, slept=slept), seed_text)
    assert len(slept) == 1 and 0 <= slept[0] <= 0.5
    assert result.provenance.attempts == 2


def test_insufficient_quota_fails_at_once_with_the_providers_message(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    message = "You exceeded your current quota, please check your plan and billing details."
    openai_server.default = error(429, message=message, type="insufficient_quota",
                                  code="insufficient_quota")
    with pytest.raises(BackendError) as err:
        run(make_backend(openai_server.base_url, slept=[]), seed_text)
    assert message in str(err.value) and "billing" in str(err.value)
    assert len(openai_server.chat_requests) == 1


def test_a_500_that_names_an_invalid_request_is_not_retried(openai_server: OpenAIServer,
                                                            seed_text: str) -> None:
    openai_server.default = error(500, message="JSON schema conversion failed: unsupported "
                                  "escape \\d in pattern")
    with pytest.raises(BackendError, match="not retried") as err:
        run(make_backend(openai_server.base_url, slept=[]), seed_text)
    assert "unsupported escape" in str(err.value)
    assert len(openai_server.chat_requests) == 1


@pytest.mark.parametrize("reply", [error(501), error(503, headers={"x-should-retry": "false"}),
                                   error(400)])
def test_answers_that_will_not_change_are_not_retried(openai_server: OpenAIServer,
                                                      seed_text: str, reply: Any) -> None:
    openai_server.default = reply
    with pytest.raises(BackendError):
        run(make_backend(openai_server.base_url, slept=[]), seed_text)
    assert len(openai_server.chat_requests) == 1


def test_a_generic_500_is_retried(openai_server: OpenAIServer, seed_text: str) -> None:
    slept: list[float] = []
    openai_server.script(server_error(500), server_error(502), reply_tool(SEED_DRAFT))
    assert run(make_backend(openai_server.base_url, slept=slept), seed_text).claims
    assert len(slept) == 2


def test_a_backoff_never_overruns_the_deadline() -> None:
    clock = [0.0]
    deadline = Deadline(10.0, clock=lambda: clock[0])
    clock[0] = 9.5
    decision = RetryPolicy().decide(Failure("connect"), 1, deadline)
    assert not decision.retry and "deadline was reached" in decision.reason


# -- 200 answers that are not chat completions ---------------------------------------------------


@pytest.mark.parametrize(("reply", "expected"), [
    (reply_raw(200, "<!DOCTYPE html><html><body>Sign in</body></html>",
               {"Content-Type": "text/html"}), "HTML page instead of a chat completion"),
    (reply_raw(200, "Service OK", {"Content-Type": "text/plain"}), "not JSON"),
    (reply_raw(200, json.dumps({"error": {"message": "model is loading"}}),
               {"Content-Type": "application/json"}), "with an error: model is loading"),
    (no_choices(), "no choices"),
    (reply_tool(SEED_DRAFT, finish_reason="length"), "cut off at max_tokens=4096"),
])
def test_a_200_that_is_not_a_completion_gets_an_honest_message(
    openai_server: OpenAIServer, seed_text: str, reply: Any, expected: str
) -> None:
    # Before: "the token budget of 60000 tokens was spent", "list index out of range" and a
    # re-ask that never happened.
    openai_server.script(reply, reply, reply, reply, reply)
    with pytest.raises(BackendError) as err:
        run(make_backend(openai_server.base_url, slept=[]), seed_text)
    message = str(err.value)
    assert expected in message
    assert "token budget" not in message and "re-ask" not in message
    assert "list index" not in message


def test_an_error_object_with_status_200_is_retried_like_a_server_error(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    body = json.dumps({"error": {"message": "model is loading"}})
    openai_server.script(reply_raw(200, body, {"Content-Type": "application/json"}),
                         reply_tool(SEED_DRAFT))
    assert run(make_backend(openai_server.base_url, slept=[]), seed_text).claims


def test_finish_reason_length_is_not_retried_and_names_the_setting(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    openai_server.default = reply_tool(SEED_DRAFT, finish_reason="length")
    with pytest.raises(BackendError, match="LLMEXTRACT_MAX_TOKENS"):
        run(make_backend(openai_server.base_url, slept=[], max_tokens=300), seed_text)
    assert len(openai_server.chat_requests) == 1


# -- rule 6: the circuit breaker ------------------------------------------------------------------


def test_the_breaker_probes_once_then_opens_then_recovers() -> None:
    clock = [0.0]
    breaker = CircuitBreaker("h", cooldown=60, clock=lambda: clock[0])
    down = Failure("connect")
    assert breaker.attempt_limit() is None
    breaker.record_article(down, "refused")
    assert breaker.attempt_limit() == 1  # probing: one attempt
    breaker.record_article(down, "refused")
    with pytest.raises(EndpointDownError, match="2 article"):
        breaker.attempt_limit()
    clock[0] = 61
    assert breaker.attempt_limit() == 1
    breaker.record_attempt(None)
    assert breaker.state == "closed"


def test_rate_limits_and_bad_requests_never_trip_the_breaker() -> None:
    breaker = CircuitBreaker("h")
    for failure in (Failure("status", status=429), Failure("status", status=400)):
        breaker.record_article(failure, "x")
        breaker.record_article(failure, "x")
    assert breaker.attempt_limit() is None


def test_a_dead_endpoint_stops_a_batch_early(seed_text: str) -> None:
    # Before: every article spent its full retry budget (~2.6 h projected for 200).
    slept: list[float] = []
    backend = make_backend(f"http://127.0.0.1:{closed_port()}/v1", slept=slept)
    outcomes = []
    for i in range(6):
        try:
            run(backend, seed_text + " " * i)
        except EndpointDownError:
            outcomes.append("stopped")
        except BackendError:
            outcomes.append("failed")
    assert outcomes == ["failed", "failed", "stopped", "stopped", "stopped", "stopped"]
    assert len(slept) == 4  # only the first article's retries waited


def test_a_flaky_endpoint_does_not_trip_the_breaker(openai_server: OpenAIServer,
                                                    seed_text: str) -> None:
    backend = make_backend(openai_server.base_url, slept=[])
    for i in range(4):
        openai_server.script(server_error(503), server_error(502), reply_tool(SEED_DRAFT))
        assert run(backend, seed_text + " " * i).claims
    assert backend.breaker.state == "closed"


# -- secrets in URLs --------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "http://user:SECRETVALUE@127.0.0.1:8080/v1",
    "http://127.0.0.1:8080/v1?api-key=SECRETVALUE",
    "https://gw.example/v1?key=SECRETVALUE&deployment=x",
    "https://gw.example/v1?token=SECRETVALUE",
    "https://gw.example/v1?api_key=SECRETVALUE",
])
def test_redaction_removes_credentials_and_keeps_the_rest(url: str) -> None:
    assert "SECRETVALUE" not in redact_url(url)
    assert "SECRETVALUE" not in endpoint_host(url)
    assert "SECRETVALUE" in url_secrets(url)
    assert scrub(f"failed at {url}", url_secrets(url)).count("SECRETVALUE") == 0
    assert "deployment=x" in redact_url("https://gw.example/v1?key=S&deployment=x")


def test_credentials_in_the_base_url_appear_in_no_output(
    openai_server: OpenAIServer, seed_text: str, tmp_path: Path,
    caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://alice:URLSECRET1@127.0.0.1:{openai_server.port}/v1"
    backend = make_backend(url)
    openai_server.script(reply_tool(SEED_DRAFT))
    with caplog.at_level(logging.DEBUG):
        result = extract(seed_text, backend=backend, cache=tmp_path / "c")
    dumped = result.model_dump_json()
    assert "URLSECRET" not in dumped
    assert result.provenance.endpoint_host == f"127.0.0.1:{openai_server.port}"
    assert "URLSECRET" not in json.dumps(backend.identity())
    for path in (tmp_path / "c").rglob("*"):
        if path.is_file():
            assert b"URLSECRET" not in path.read_bytes()
    assert "URLSECRET" not in caplog.text
    assert "127.0.0.1" in caplog.text  # the HTTP log lines are there, only scrubbed


def test_credentials_in_the_base_url_are_not_in_error_messages(seed_text: str) -> None:
    url = f"http://alice:URLSECRET1@127.0.0.1:{closed_port()}/v1?token=URLSECRET2"
    with pytest.raises(BackendError) as err:
        run(make_backend(url, slept=[], max_attempts=1), seed_text)
    assert "URLSECRET" not in str(err.value) and "cannot connect" in str(err.value)


def test_a_query_secret_is_not_in_an_http_error_or_the_log(
    openai_server: OpenAIServer, seed_text: str, caplog: pytest.LogCaptureFixture
) -> None:
    # openai appends the path after the query, so the server answers 404: the error and the
    # traceback logged with it must still not show the key.
    url = f"http://127.0.0.1:{openai_server.port}/v1?api-key=URLSECRET2"
    with caplog.at_level(logging.DEBUG), pytest.raises(BackendError) as err:
        run(make_backend(url, slept=[]), seed_text)
    assert "URLSECRET" not in str(err.value)
    assert "URLSECRET" not in caplog.text and "api-key=***" in caplog.text
