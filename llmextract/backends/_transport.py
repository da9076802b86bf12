"""Transport policy for HTTP model endpoints: deadlines, retry rules, the circuit breaker.

Independent of the client library: a backend describes what went wrong as a :class:`Failure`
(a status with its headers and the provider's message, a timeout, a refused connection, a bad
200 answer) and asks :class:`RetryPolicy` what to do. The rules, in the README under "Retry
rules", each with a test in ``tests/test_transport_faults.py``:

1. Every HTTP request ends by ``min(request timeout, article deadline)`` in wall-clock time,
   however slowly the server sends (:class:`DeadlineTransport` clamps every socket read).
2. Retried: timeouts, connection errors, 408, 409, 429 (rate limit), 500, 502, 503, 504 and
   the other 5xx except those below.
3. Not retried: other 4xx; a 429 that says the quota or billing is exhausted; 501 and 505; a 5xx
   whose message says the request itself is invalid (a deterministic validation error); any
   answer with ``x-should-retry: false``; a 200 that is not a usable chat completion.
4. The wait before a retry is the server's ``Retry-After`` (``retry-after-ms``, seconds or an
   HTTP date) when it parses, else exponential backoff with full jitter (0.5 s doubling, at
   most 30 s). A value that does not parse ("soon") is ignored for the wait, never an error.
5. Attempts are bounded (5) and so is the article's time (the deadline, 300 s by default): a
   wait that would end past the deadline is not taken, and the error says so.
6. A :class:`CircuitBreaker` per endpoint stops a batch early: after one article failed every
   attempt against an endpoint that looks down, the next article gets one attempt; if that
   fails too, every call fails at once with ``EndpointDownError`` for ``cooldown`` seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import json
import math
import random
import re
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import httpcore2
import httpx2

from llmextract.errors import EndpointDownError

__all__ = [
    "AsyncDeadlineTransport",
    "BadPayload",
    "CircuitBreaker",
    "Deadline",
    "DeadlineTransport",
    "Decision",
    "Failure",
    "RetryPolicy",
    "answer_text",
    "parse_retry_after",
    "within",
]

T = TypeVar("T")

# -- deadlines ---------------------------------------------------------------------------------

#: When the current article must be done (``time.monotonic()``), set by ``Deadline.active``.
_ARTICLE_END: ContextVar[float | None] = ContextVar("llmextract_article_end", default=None)
#: When the HTTP request in flight must be done; read by the clamped sockets.
_REQUEST_END: ContextVar[float | None] = ContextVar("llmextract_request_end", default=None)


@dataclass
class Deadline:
    """The wall-clock budget of one article: every attempt, wait and re-ask fits inside it."""

    seconds: float
    clock: Callable[[], float] = time.monotonic
    start: float = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.clock()

    @property
    def end(self) -> float:
        return self.start + self.seconds

    def remaining(self) -> float:
        return max(0.0, self.end - self.clock())

    def elapsed(self) -> float:
        return self.clock() - self.start

    @contextmanager
    def active(self) -> Iterator[None]:
        """Make HTTP requests made in this context (thread or task) end by the deadline."""
        token = _ARTICLE_END.set(self.end)
        try:
            yield
        finally:
            _ARTICLE_END.reset(token)


def _timeout_for(request: httpx2.Request, timeout: float) -> float:
    """A longer read timeout the request itself carries (the backend scales it with the prompt:
    a local server reads a long conversation for tens of seconds before its first token)."""
    asked = request.extensions.get("timeout")
    read = asked.get("read") if isinstance(asked, dict) else None
    return max(timeout, float(read)) if isinstance(read, (int, float)) else timeout


def _request_end(timeout: float) -> float:
    end = time.monotonic() + timeout
    article = _ARTICLE_END.get()
    return end if article is None else min(end, article)


def _clamp(timeout: float | None) -> float | None:
    """The socket timeout for one read/write: never past the request's end."""
    end = _REQUEST_END.get()
    if end is None:
        return timeout
    # A positive minimum: a zero socket timeout means non-blocking (an OSError, not a timeout).
    left = max(end - time.monotonic(), 0.001)
    return left if timeout is None else min(timeout, left)


class _ClampedStream(httpcore2.NetworkStream):
    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore2.NetworkStream:
        return _ClampedStream(self._inner.start_tls(ssl_context, server_hostname,
                                                    _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _ClampedBackend(httpcore2.NetworkBackend):
    def __init__(self, inner: httpcore2.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore2.NetworkStream:
        return _ClampedStream(self._inner.connect_tcp(host, port, _clamp(timeout),
                                                      local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore2.NetworkStream:
        return _ClampedStream(self._inner.connect_unix_socket(path, _clamp(timeout),
                                                              socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _clamped_http_transport(proxy: str | None = None) -> httpx2.HTTPTransport:
    import openai

    transport = httpx2.HTTPTransport(limits=openai.DEFAULT_CONNECTION_LIMITS, proxy=proxy)
    # httpx2 takes no network backend; its pool does. The attribute names are private, so a
    # release that renames them loses only the clamp (the slow-drip tests then fail loudly).
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None:
        pool._network_backend = _ClampedBackend(backend)  # type: ignore[union-attr]
    return transport


class DeadlineTransport(httpx2.BaseTransport):
    """Each request, body included, is over by ``min(now + timeout, article deadline)``.

    httpx's timeouts bound each socket operation, so a server that sends one byte every 20 s
    never trips a 120 s read timeout; here every read is clamped to the time left. The body is
    read inside the transport, so a 200 that is not a usable chat completion is recognised
    here and raised as :class:`BadPayload` (see :func:`check_payload`).
    """

    def __init__(self, timeout: float, inner: httpx2.BaseTransport | None = None, *,
                 proxy: str | None = None) -> None:
        self._timeout = timeout
        self._inner = inner if inner is not None else _clamped_http_transport(proxy)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        end = _request_end(_timeout_for(request, self._timeout))
        if end <= time.monotonic():
            raise httpx2.ReadTimeout("the article's deadline passed", request=request)
        token = _REQUEST_END.set(end)
        try:
            response = self._inner.handle_request(request)
            try:
                response.read()
            finally:
                response.close()
        finally:
            _REQUEST_END.reset(token)
        check_payload(request, response)
        return response

    def close(self) -> None:
        self._inner.close()


async def within(seconds: float, work: Awaitable[T]) -> T:
    """``work``, cancelled with ``asyncio.TimeoutError`` after ``seconds``.

    ``asyncio.timeout`` (Python 3.11+) runs ``work`` in the caller's task; ``wait_for`` before
    3.12 wraps it in a task of its own, and each extra task is one more trip through the event
    loop's queue per request, a wait behind every other ready callback when the loop is busy.
    """
    if sys.version_info >= (3, 11):
        async with asyncio.timeout(seconds):
            return await work
    return await asyncio.wait_for(work, seconds)  # pragma: no cover - Python 3.10


class AsyncDeadlineTransport(httpx2.AsyncBaseTransport):
    """:class:`DeadlineTransport` for asyncio: the whole request runs ``within`` its time."""

    def __init__(self, timeout: float, inner: httpx2.AsyncBaseTransport | None = None, *,
                 proxy: str | None = None) -> None:
        import openai

        self._timeout = timeout
        self._inner = inner if inner is not None else httpx2.AsyncHTTPTransport(
            limits=openai.DEFAULT_CONNECTION_LIMITS, proxy=proxy)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        left = _request_end(_timeout_for(request, self._timeout)) - time.monotonic()
        if left <= 0:
            raise httpx2.ReadTimeout("the article's deadline passed", request=request)

        async def send() -> httpx2.Response:
            response = await self._inner.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
            return response

        try:
            response = await within(left, send())
        except asyncio.TimeoutError:
            raise httpx2.ReadTimeout(f"no complete answer within {left:.1f}s",
                                     request=request) from None
        check_payload(request, response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


# -- answers that are not chat completions ------------------------------------------------------

PayloadKind = Literal["not_json", "html", "error", "no_choices", "length", "content_filter"]


class BadPayload(Exception):
    """An HTTP 200 that cannot be a usable chat completion; ``str()`` says what to do."""

    def __init__(self, kind: PayloadKind, message: str, *, retryable: bool = False,
                 usage: Mapping[str, Any] | None = None,
                 error: Mapping[str, Any] | None = None, partial: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.retryable = retryable
        self.usage = dict(usage or {})
        self.error = dict(error or {})
        #: What the model wrote before a "length" cut (its finished items can be kept).
        self.partial = partial


def _is_chat(request: httpx2.Request) -> bool:
    return request.method == "POST" and request.url.path.rstrip("/").endswith("chat/completions")


def check_payload(request: httpx2.Request, response: httpx2.Response) -> None:
    """Raise :class:`BadPayload` when a 200 from chat completions cannot be used.

    Without this, an HTML page or ``{"error": ...}`` sent with status 200 reached the response
    parser and came back as a spent token budget, ``choices: []`` as a re-ask that never
    happened, and ``finish_reason: "length"`` as a vague validation failure.
    """
    if response.status_code != 200 or not _is_chat(request):
        return
    body = response.content
    try:
        data = json.loads(body)
    except ValueError:
        head = body[:4096].lower()
        is_html = b"<html" in head or b"<!doctype html" in head or (
            "html" in response.headers.get("content-type", ""))
        what = "an HTML page" if is_html else "a body that is not JSON"
        raise BadPayload(
            "html" if is_html else "not_json",
            f"answered HTTP 200 with {what} instead of a chat completion; check "
            "OPENAI_BASE_URL (it usually ends in /v1) and any proxy or login page in between",
        ) from None
    if not isinstance(data, dict):
        raise BadPayload("not_json", "answered HTTP 200 with JSON that is not a chat "
                         "completion; check OPENAI_BASE_URL (it usually ends in /v1)")
    choices = data.get("choices")
    if "error" in data and not choices:
        error = data["error"]
        error = error if isinstance(error, dict) else {"message": str(error)}
        message = _short(str(error.get("message") or error))
        raise BadPayload("error", f"answered HTTP 200 with an error: {message}",
                         retryable=not _non_transient_text(message, error), error=error)
    usage = data.get("usage") if isinstance(data.get("usage"), dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise BadPayload(
            "no_choices",
            "answered with a completion that has no choices (nothing was generated; Azure "
            "does this when its content filter blocks the prompt); check the server's log",
            usage=usage,
        )
    finish = choices[0].get("finish_reason")
    if finish == "length":
        limit = _request_json(request).get("max_tokens") or _request_json(request).get(
            "max_completion_tokens")
        limit_text = f"max_tokens={limit}" if limit else "the token limit"
        raise BadPayload(
            "length",
            f"the answer was cut off at {limit_text} (finish_reason \"length\") before it was "
            "complete; raise --max-tokens / LLMEXTRACT_MAX_TOKENS, or use a model with a "
            "longer context",
            usage=usage, partial=answer_text(choices[0]),
        )
    if finish == "content_filter":
        raise BadPayload("content_filter", "the provider's content filter stopped the answer "
                         "(finish_reason \"content_filter\"); nothing usable was returned",
                         usage=usage)


def answer_text(choice: Mapping[str, Any]) -> str:
    """The answer a choice carries: the message content, else the first tool call's arguments
    (tools mode)."""
    message = choice.get("message")
    if not isinstance(message, dict):
        return ""
    content = message.get("content")
    if isinstance(content, str) and content.strip():
        return content
    calls = message.get("tool_calls")
    if isinstance(calls, list) and calls and isinstance(calls[0], dict):
        function = calls[0].get("function")
        arguments = function.get("arguments") if isinstance(function, dict) else None
        if isinstance(arguments, str):
            return arguments
    return ""


def _request_json(request: httpx2.Request) -> dict[str, Any]:
    try:
        data = json.loads(request.content)
    except (ValueError, httpx2.RequestNotRead):
        return {}
    return data if isinstance(data, dict) else {}


def _short(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- failures and the retry policy ---------------------------------------------------------------

FailureKind = Literal["timeout", "connect", "status", "payload"]

#: 429 codes/types that no amount of waiting fixes: the account has no quota or no billing.
_QUOTA = re.compile(r"insufficient_quota|quota|billing|credit|exceeded your current|payment",
                    re.IGNORECASE)
#: A 5xx message that blames the request: the same request will fail the same way again.
_INVALID_REQUEST = re.compile(
    r"\b(invalid|validation|unsupported|not supported|failed to parse|parse error|"
    r"cannot parse|could not parse|json schema|grammar|jinja|template|must be|"
    r"unknown (?:field|parameter|argument)|json\.exception)", re.IGNORECASE)
_TRANSIENT_STATUS = frozenset({408, 409, 429})
_NEVER_RETRY_5XX = frozenset({501, 505})


def _non_transient_text(message: str, error: Mapping[str, Any] | None = None) -> bool:
    codes = " ".join(str((error or {}).get(k) or "") for k in ("code", "type"))
    return bool(_QUOTA.search(codes) or _QUOTA.search(message)
                or _INVALID_REQUEST.search(message))


@dataclass(frozen=True)
class Failure:
    """What one failed attempt looked like, independent of the client library."""

    kind: FailureKind
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    #: The provider's own message (its ``error.message``), or the transport's description.
    message: str = ""
    #: The provider's ``error.code`` / ``error.type``, when it sent one.
    code: str | None = None
    payload_retryable: bool = False

    @property
    def endpoint_down(self) -> bool:
        """Whether this failure says the endpoint is unreachable or broken, not busy or picky."""
        if self.kind in ("timeout", "connect"):
            return True
        return self.kind == "status" and self.status is not None and self.status >= 500 and (
            self.transient)

    @property
    def quota_exhausted(self) -> bool:
        return self.status == 429 and bool(
            _QUOTA.search(self.code or "") or _QUOTA.search(self.message))

    @property
    def transient(self) -> bool:
        """Rules 2 and 3: may the same request succeed if sent again later?"""
        should = {k.lower(): v for k, v in self.headers.items()}.get("x-should-retry", "")
        if should.strip().lower() == "false":
            return False
        if self.kind in ("timeout", "connect"):
            return True
        if self.kind == "payload":
            return self.payload_retryable
        status = self.status or 0
        if status == 429:
            return not self.quota_exhausted
        if status in _TRANSIENT_STATUS:
            return True
        if status >= 500:
            return status not in _NEVER_RETRY_5XX and not _INVALID_REQUEST.search(self.message)
        return False


def parse_retry_after(headers: Mapping[str, str], now: dt.datetime | None = None
                      ) -> float | None:
    """Seconds the server asked to wait: ``retry-after-ms``, else ``Retry-After`` as seconds or
    an HTTP date. ``None`` when absent or unparsable (the caller then backs off on its own)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis:
        try:
            value = float(millis) / 1000
            if math.isfinite(value):
                return max(0.0, value)
        except ValueError:
            pass
    raw = (lowered.get("retry-after") or "").strip()
    if not raw:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


@dataclass(frozen=True)
class Decision:
    """Retry after ``wait`` seconds, or stop; ``reason`` says why (for the error message)."""

    retry: bool
    wait: float = 0.0
    reason: str = ""


@dataclass
class RetryPolicy:
    """Rules 2 to 5 for one article. Build one per article (it holds no shared state)."""

    max_attempts: int = 5
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    #: Do not start an attempt with less time than this left: it could not finish.
    min_attempt_seconds: float = 1.0
    rng: random.Random = field(default_factory=random.Random)

    def decide(self, failure: Failure, attempts: int, deadline: Deadline,
               attempt_limit: int | None = None) -> Decision:
        limit = min(self.max_attempts, attempt_limit or self.max_attempts)
        if not failure.transient:
            return Decision(False, reason="not retried: the same request would fail again")
        if attempts >= limit:
            return Decision(False, reason=f"gave up after {attempts} attempt(s)")
        left = deadline.remaining()
        asked = parse_retry_after(failure.headers)
        if asked is not None:
            if asked + self.min_attempt_seconds > left:
                return Decision(False, reason=(
                    f"the server asked to wait {asked:.0f}s (Retry-After), more than the "
                    f"{left:.0f}s left of the {deadline.seconds:g}s per-article deadline; try "
                    "again later or raise LLMEXTRACT_DEADLINE"))
            return Decision(True, wait=asked)
        backoff = self.rng.uniform(0, min(self.backoff_max,
                                          self.backoff_base * 2 ** (attempts - 1)))
        if backoff + self.min_attempt_seconds > left:
            if left < self.min_attempt_seconds:
                return Decision(False, reason=(
                    f"the {deadline.seconds:g}s per-article deadline was reached"))
            backoff = max(0.0, left - self.min_attempt_seconds)
        return Decision(True, wait=backoff)


# -- the circuit breaker ------------------------------------------------------------------------

BreakerState = Literal["closed", "probing", "open"]


class CircuitBreaker:
    """Stops a batch early when its endpoint is down (rule 6); shared by every call of a backend.

    ``closed``: calls run normally. When an article fails every attempt against an endpoint
    that looks down (timeouts, refused connections, retryable 5xx), the breaker goes
    ``probing``: the next article gets a single attempt. If that fails the same way it goes
    ``open``: every call, and every retry of a call in flight, fails at once with
    :class:`~llmextract.errors.EndpointDownError` until ``cooldown`` seconds have passed, then one
    probe is allowed again. Any answer from the endpoint that is not a "down" failure (a
    success, a 4xx, a rate limit) closes it. A batch (``llmextract extract a b c``, ``eval``)
    stops at the first ``EndpointDownError`` instead of spending every article's retry budget.
    """

    def __init__(self, host: str, *, cooldown: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.host = host
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self.state: BreakerState = "closed"
        self._opened_at = 0.0
        self._failed_articles = 0
        self._last = ""

    def attempt_limit(self) -> int | None:
        """Before an article: ``None`` (no limit), or 1 while probing; raises when open."""
        with self._lock:
            if self.state == "open":
                if self._clock() - self._opened_at < self.cooldown:
                    raise self._error()
                self.state = "probing"
            return 1 if self.state == "probing" else None

    def check(self) -> None:
        """Before a retry: raise when the breaker opened meanwhile (another article saw it)."""
        with self._lock:
            if self.state == "open" and self._clock() - self._opened_at < self.cooldown:
                raise self._error()

    def record_attempt(self, failure: Failure | None) -> None:
        """After every attempt: anything but a "down" failure proves the endpoint is up."""
        if failure is None or not failure.endpoint_down:
            with self._lock:
                self.state, self._failed_articles = "closed", 0

    def record_article(self, failure: Failure | None, description: str) -> None:
        """After an article that ended in ``failure`` (None: it succeeded)."""
        with self._lock:
            if failure is None or not failure.endpoint_down:
                if failure is None:
                    self.state, self._failed_articles = "closed", 0
                return
            self._failed_articles += 1
            self._last = description
            if self.state == "closed":
                self.state = "probing"
            elif self.state == "probing":
                self.state, self._opened_at = "open", self._clock()

    def _error(self) -> EndpointDownError:
        return EndpointDownError(
            f"{self.host} looks down: {self._failed_articles} article(s) in a row failed every "
            f"attempt (last: {self._last}); nothing more is sent to it for "
            f"{self.cooldown:g}s. Check the server, then run again: finished results are "
            "cached, and an eval run continues with --resume NAME"
        )
