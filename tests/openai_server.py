"""A local, scripted, OpenAI-compatible HTTP server for end-to-end tests.

Stdlib only. It binds 127.0.0.1 on an ephemeral port and answers
``POST /v1/chat/completions`` (and ``/chat/completions``) from a script of steps,
recording every request it receives. It also plays the Batch API: ``POST /v1/files``
(multipart upload), ``GET /v1/files/{id}/content``, ``POST /v1/batches``, ``GET /v1/batches``
and ``GET /v1/batches/{id}``; each retrieve moves a batch one status on (``validating`` ->
``in_progress`` -> ``completed``), and on completion every request line of the input file is
answered by the same script / default responder into the output and error files. Works
with both ``openai.OpenAI`` and ``openai.AsyncOpenAI`` because it runs in its own threads.

    server = OpenAIServer().start()
    server.script(reply_tool({"events": []}), error(429, headers={"Retry-After": "1"}))
    client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0)
    ...
    assert len(server.requests) == 2
    server.close()

Standalone (manual CLI checks)::

    .venv/bin/python -m tests.openai_server --port 8765 --reply-file answer.json
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import itertools
import json
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, TypeAlias, Union

__all__ = [
    "CHAT_PATHS",
    "BatchLineError",
    "ContentReply",
    "Drip",
    "Drop",
    "OpenAIServer",
    "RawReply",
    "RecordedRequest",
    "Responder",
    "Slow",
    "Step",
    "ToolReply",
    "Usage",
    "batch_line_error",
    "context_length_exceeded",
    "drip",
    "drop",
    "error",
    "hang",
    "invalid_api_key",
    "model_not_found",
    "no_choices",
    "rate_limited",
    "reply_auto",
    "reply_content",
    "reply_json",
    "reply_raw",
    "reply_tool",
    "reply_tool_raw",
    "server_error",
    "slow",
]

HOST = "127.0.0.1"
CHAT_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
MODELS_PATHS = frozenset({"/v1/models", "/models"})
NO_SCRIPT_MESSAGE = "no scripted response left"


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request exactly as the server received it."""

    index: int
    method: str
    path: str
    headers: dict[str, str]
    """Header names lower-cased; repeated headers joined with ", "."""
    raw: bytes
    """The body bytes as received (after de-chunking)."""
    body: Any
    """The parsed JSON body, or None when the body is empty or not JSON."""
    received_at: float
    """``time.time()`` when the request line and body had been read."""
    received_monotonic: float
    target: str = ""
    """The request target as received: the path, or the whole URL when the request came as
    to a proxy (absolute form, ``POST http://host/v1/chat/completions``)."""

    @property
    def is_chat(self) -> bool:
        return self.method == "POST" and self.path in CHAT_PATHS

    @property
    def json(self) -> dict[str, Any]:
        """The JSON body as a dict ({} when absent or not an object)."""
        return self.body if isinstance(self.body, dict) else {}

    @property
    def model(self) -> str | None:
        model = self.json.get("model")
        return model if isinstance(model, str) else None

    @property
    def messages(self) -> list[dict[str, Any]]:
        messages = self.json.get("messages")
        return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []

    @property
    def tool_name(self) -> str | None:
        """``tools[0].function.name`` (falling back to ``tool_choice``), if any."""
        tools = self.json.get("tools")
        if isinstance(tools, list) and tools and isinstance(tools[0], dict):
            function = tools[0].get("function")
            if isinstance(function, dict) and isinstance(function.get("name"), str):
                return str(function["name"])
        choice = self.json.get("tool_choice")
        if isinstance(choice, dict):
            function = choice.get("function")
            if isinstance(function, dict) and isinstance(function.get("name"), str):
                return str(function["name"])
        return None

    def contents(self, role: str | None = None) -> list[str]:
        """The text of every message (optionally of one role), in order.

        String contents are returned as-is; list contents contribute their
        ``text`` parts joined together.
        """
        out: list[str] = []
        for message in self.messages:
            if role is not None and message.get("role") != role:
                continue
            content = message.get("content")
            if isinstance(content, str):
                out.append(content)
            elif isinstance(content, list):
                out.append(
                    "".join(
                        str(part.get("text", ""))
                        for part in content
                        if isinstance(part, dict) and part.get("type") == "text"
                    )
                )
        return out


# --------------------------------------------------------------------------- steps


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 10
    completion_tokens: int = 5
    total_tokens: int | None = None
    """Defaults to prompt_tokens + completion_tokens."""

    def to_json(self) -> dict[str, int]:
        total = self.total_tokens
        if total is None:
            total = self.prompt_tokens + self.completion_tokens
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": total,
        }


DEFAULT_USAGE = Usage()


@dataclass(frozen=True)
class ToolReply:
    """A completion with one tool call; ``name=None`` echoes the requested tool."""

    arguments: str
    name: str | None = None
    usage: Usage | None = DEFAULT_USAGE
    finish_reason: str = "tool_calls"
    model: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ContentReply:
    """A completion whose message content is ``content``."""

    content: str | None
    usage: Usage | None = DEFAULT_USAGE
    finish_reason: str = "stop"
    model: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RawReply:
    """Any status, body bytes and headers, sent as given (errors are these)."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Slow:
    """Wait ``seconds`` (cancelled by server shutdown), then answer with ``then``."""

    seconds: float
    then: Step


@dataclass(frozen=True)
class Drip:
    """Send ``then``'s status and headers at once, then its body ``chunk`` bytes every
    ``interval`` seconds (a server that is alive but never finishes in time)."""

    interval: float
    then: Step
    chunk: int = 1


@dataclass(frozen=True)
class Drop:
    """Close the connection without answering (client sees a connection error)."""


@dataclass(frozen=True)
class BatchLineError:
    """In a batch only: the request line fails as a whole (an ``error`` object in the error
    file, no response), as OpenAI reports an expired or malformed line."""

    code: str = "batch_expired"
    message: str = "This request could not be executed before the completion window expired."


Responder: TypeAlias = Callable[[RecordedRequest], "Step"]
Step: TypeAlias = Union[  # noqa: UP007
    ToolReply, ContentReply, RawReply, Slow, Drip, Drop, BatchLineError, Responder]


def _headers(headers: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in (headers or {}).items())


def reply_tool(
    obj: Any,
    name: str | None = None,
    *,
    usage: Usage | None = DEFAULT_USAGE,
    finish_reason: str = "tool_calls",
    model: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ToolReply:
    """One tool call with ``function.arguments = json.dumps(obj)``.

    ``name=None`` uses the tool name the client requested (``tools[0].function.name``),
    as instructor's TOOLS mode requires. ``usage=None`` omits the usage block.
    """
    return ToolReply(
        json.dumps(obj, ensure_ascii=False), name, usage, finish_reason, model, _headers(headers)
    )


def reply_tool_raw(
    arguments: str,
    name: str | None = None,
    *,
    usage: Usage | None = DEFAULT_USAGE,
    finish_reason: str = "tool_calls",
    model: str | None = None,
) -> ToolReply:
    """A tool call whose arguments string is sent verbatim (e.g. malformed JSON)."""
    return ToolReply(arguments, name, usage, finish_reason, model)


def reply_content(
    text: str | None,
    *,
    usage: Usage | None = DEFAULT_USAGE,
    finish_reason: str = "stop",
    model: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ContentReply:
    """A completion whose message content is ``text`` (JSON / JSON_SCHEMA modes)."""
    return ContentReply(text, usage, finish_reason, model, _headers(headers))


def reply_json(
    obj: Any,
    *,
    usage: Usage | None = DEFAULT_USAGE,
    finish_reason: str = "stop",
    model: str | None = None,
) -> ContentReply:
    """A completion whose content is ``json.dumps(obj)``."""
    return ContentReply(json.dumps(obj, ensure_ascii=False), usage, finish_reason, model)


def reply_auto(obj: Any, *, usage: Usage | None = DEFAULT_USAGE) -> Responder:
    """A tool call when the request offers tools, otherwise JSON content."""

    def respond(request: RecordedRequest) -> Step:
        if request.tool_name is not None:
            return reply_tool(obj, usage=usage)
        return reply_json(obj, usage=usage)

    return respond


_ERROR_DEFAULTS: dict[int, tuple[str, str, str | None]] = {
    400: ("Bad request.", "invalid_request_error", None),
    401: ("Incorrect API key provided: test.", "invalid_request_error", "invalid_api_key"),
    403: ("You are not allowed to access this resource.", "invalid_request_error", None),
    404: ("The model does not exist or you do not have access to it.",
          "invalid_request_error", "model_not_found"),
    408: ("Request timed out.", "timeout", None),
    409: ("Conflict.", "invalid_request_error", None),
    422: ("Unprocessable entity.", "invalid_request_error", None),
    429: ("Rate limit reached. Please try again later.", "requests", "rate_limit_exceeded"),
}


def error(
    status: int,
    body: Mapping[str, Any] | str | bytes | None = None,
    headers: Mapping[str, str] | None = None,
    *,
    message: str | None = None,
    type: str | None = None,
    code: str | None = None,
) -> RawReply:
    """An error response.

    ``body=None`` builds OpenAI's ``{"error": {"message", "type", "param", "code"}}``
    with per-status defaults (401 -> ``invalid_api_key``, 404 -> ``model_not_found``,
    429 -> ``rate_limit_exceeded``, 5xx -> ``server_error``), overridable with
    ``message``/``type``/``code``. A mapping body is sent as JSON; ``str``/``bytes``
    are sent verbatim as text/plain (e.g. a proxy's HTML page).
    """
    default_message, default_type, default_code = _ERROR_DEFAULTS.get(
        status,
        ("The server had an error while processing your request.", "server_error", None)
        if status >= 500
        else ("Error.", "invalid_request_error", None),
    )
    content_type = "application/json"
    if body is None:
        payload: bytes = json.dumps(
            {
                "error": {
                    "message": message if message is not None else default_message,
                    "type": type if type is not None else default_type,
                    "param": None,
                    "code": code if code is not None else default_code,
                }
            }
        ).encode()
    elif isinstance(body, Mapping):
        payload = json.dumps(dict(body)).encode()
    else:
        payload = body.encode() if isinstance(body, str) else bytes(body)
        content_type = "text/plain; charset=utf-8"
    merged = {"Content-Type": content_type, **dict(headers or {})}
    return RawReply(status, payload, _headers(merged))


def rate_limited(retry_after: float | str | None = 1) -> RawReply:
    """429 ``rate_limit_exceeded`` with ``Retry-After`` (seconds) unless None."""
    headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
    return error(429, headers=headers)


def server_error(status: int = 500) -> RawReply:
    return error(status)


def invalid_api_key() -> RawReply:
    return error(401)


def model_not_found(model: str = "test-model") -> RawReply:
    return error(
        404, message=f"The model `{model}` does not exist or you do not have access to it."
    )


def context_length_exceeded() -> RawReply:
    return error(
        400,
        message="This model's maximum context length is 8192 tokens. However, your messages "
        "resulted in 9000 tokens. Please reduce the length of the messages.",
        code="context_length_exceeded",
    )


def reply_raw(
    status: int = 200, body: str | bytes = b"", headers: Mapping[str, str] | None = None
) -> RawReply:
    """Anything at all, e.g. ``reply_raw(200, "not json")``."""
    return RawReply(status, body.encode() if isinstance(body, str) else body, _headers(headers))


def slow(seconds: float, then: Step) -> Slow:
    """Answer with ``then`` after ``seconds`` (to trigger client timeouts)."""
    return Slow(seconds, then)


def drop() -> Drop:
    return Drop()


def drip(interval: float, then: Step, chunk: int = 1) -> Drip:
    """Headers at once, then the body of ``then`` ``chunk`` bytes per ``interval`` seconds."""
    return Drip(interval, then, chunk)


def batch_line_error(code: str = "batch_expired", message: str | None = None) -> BatchLineError:
    """A batch request line that fails without a response (see ``BatchLineError``)."""
    return BatchLineError(code, message or BatchLineError.message)


def hang() -> Slow:
    """Read the request and never answer (until the server closes)."""
    return Slow(24 * 3600.0, drop())


def no_choices(**extra: Any) -> RawReply:
    """A 200 chat completion with ``choices: []`` (Azure's answer to a filtered prompt)."""
    body = {"id": "chatcmpl-empty", "object": "chat.completion", "created": 0,
            "model": "test-model", "choices": [], **extra}
    return RawReply(200, json.dumps(body).encode(), (("Content-Type", "application/json"),))


# --------------------------------------------------------------------------- server


def _json_reply(payload: Any) -> RawReply:
    return RawReply(200, json.dumps(payload).encode(), (("Content-Type", "application/json"),))


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # many concurrent async clients: no SYN drops (1 s stalls)
    owner: OpenAIServer

    def process_request(self, request: Any, client_address: Any) -> None:
        self.owner._track(request, add=True)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.owner._track(request, add=False)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError) or self.owner._stopping.is_set():
            return  # client went away, or we are shutting down
        if exc is not None:
            self.owner.errors.append(exc)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    server_version = "openai-test-server/1"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.owner.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        owner = self.server.owner
        raw = self._read_body()
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = None
        # A request sent to a proxy names the whole URL; the server then plays the proxy and
        # the endpoint behind it (``target`` keeps what it received).
        path = urllib.parse.urlsplit(self.path).path if self.path.startswith(
            ("http://", "https://")) else self.path.split("?", 1)[0]
        request = owner._record(self.command, path, self.headers.items(), raw, body, self.path)

        if request.is_chat:
            if not isinstance(body, dict):
                self._send(error(400, message="Request body is not a JSON object."), request)
                return
            self._answer(owner._next_step(), request)
        elif path.startswith(("/v1/files", "/v1/batches")):
            self._send(owner._batch_api(self.command, path, self.headers.get(
                "Content-Type", ""), raw, body), request)
        elif self.command == "GET" and path in MODELS_PATHS:
            payload = {"object": "list", "data": [
                {"id": owner.model, "object": "model", "created": 0, "owned_by": owner.owned_by}
            ]}
            self._send(RawReply(200, json.dumps(payload).encode(),
                                (("Content-Type", "application/json"),)), request)
        elif self.command == "GET" and path == "/props" and owner.props is not None:
            self._send(RawReply(200, json.dumps(owner.props).encode(),
                                (("Content-Type", "application/json"),)), request)
        else:
            self._send(error(404, message=f"Unknown path {self.command} {path}",
                             code="unknown_url"), request)

    def _answer(self, step: Step | None, request: RecordedRequest) -> None:
        owner = self.server.owner
        if step is None:
            self._send(
                error(500, message=NO_SCRIPT_MESSAGE, type="server_error",
                      code="no_scripted_response", headers={"x-should-retry": "false"}),
                request,
            )
            return
        drip_step: Drip | None = None
        while True:
            if isinstance(step, Slow):
                if owner._stopping.wait(step.seconds):
                    self.close_connection = True  # shutting down: abandon the answer
                    return
                step = step.then
            elif isinstance(step, Drip):
                drip_step, step = step, step.then
            elif isinstance(step, (ToolReply, ContentReply, RawReply, Drop)):
                break
            elif isinstance(step, BatchLineError):
                step = error(400, message=step.message, code=step.code)
            else:
                try:
                    if not callable(step):
                        raise TypeError(f"not a step: {step!r}")
                    step = step(request)
                except Exception as exc:  # a bug in the test's script or responder
                    owner.errors.append(exc)
                    self._send(
                        error(500, message=f"responder raised {exc!r}", code="responder_error",
                              headers={"x-should-retry": "false"}),
                        request,
                    )
                    return
        if isinstance(step, Drop):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(step, request, drip_step)

    def _send(self, step: ToolReply | ContentReply | RawReply, request: RecordedRequest,
              drip_step: Drip | None = None) -> None:
        if isinstance(step, RawReply):
            status, payload, headers = step.status, step.body, step.headers
        else:
            status = 200
            payload = json.dumps(self.server.owner._completion(step, request)).encode()
            headers = (("Content-Type", "application/json"), *step.headers)
        names = {name.lower() for name, _ in headers}
        try:
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            if "x-request-id" not in names:
                self.send_header("x-request-id", f"req_test_{request.index}")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if drip_step is None:
                self.wfile.write(payload)
                self.wfile.flush()
                return
            self.wfile.flush()
            size = max(1, drip_step.chunk)
            for start in range(0, len(payload), size):
                self.wfile.write(payload[start:start + size])
                self.wfile.flush()
                if self.server.owner._stopping.wait(drip_step.interval):
                    self.close_connection = True
                    return
        except OSError:
            self.close_connection = True  # the client gave up (e.g. timed out)


class OpenAIServer:
    """Scripted OpenAI-compatible server on 127.0.0.1 (port 0 = pick a free port).

    - ``script(*steps)`` queues steps, one consumed per chat-completion request;
    - ``default`` answers when the queue is empty (else a 500 "no scripted response
      left" with ``x-should-retry: false``, so the openai client does not retry it);
    - ``requests`` lists every request received (any path), in arrival order.
    """

    def __init__(
        self, port: int = 0, *, default: Step | None = None, model: str = "test-model",
        verbose: bool = False,
    ) -> None:
        self._port = port
        self.default: Step | None = default
        self.model = model
        self.verbose = verbose
        self.owned_by = "test"
        """``owned_by`` at /models: "llamacpp", "vllm" or "library" (Ollama) pose as those."""
        self.props: dict[str, Any] | None = None
        """What ``GET /props`` answers (llama.cpp's n_ctx and total_slots); None: a 404."""
        self.requests: list[RecordedRequest] = []
        """Every request received, in order (appended under a lock)."""
        self.errors: list[BaseException] = []
        """Exceptions raised by responders or handlers; the fixture fails the test if any."""
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._queue: collections.deque[Step] = collections.deque()
        self._counter = itertools.count(1)
        self._connections: set[Any] = set()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        # -- the Batch API
        self.files: dict[str, dict[str, Any]] = {}
        """Uploaded and produced files by id: ``purpose``, ``filename``, ``data`` (bytes)."""
        self.batches: dict[str, dict[str, Any]] = {}
        """Batch objects by id, as the last retrieve returned them."""
        self.batch_statuses: tuple[str, ...] = ("validating", "in_progress", "completed")
        """The statuses a batch goes through, one per retrieve; the last one is where it
        stays (``completed``, ``expired``, ``failed``, ``cancelled``; ``in_progress`` holds
        it running)."""
        self.batch_create_error: RawReply | None = None
        """When set, ``POST /v1/batches`` answers this instead of creating a batch."""
        self.batch_answered: list[RecordedRequest] = []
        """Every batch request line answered, as if it had come over HTTP."""
        self._ids = itertools.count(1)

    # -- lifecycle
    def start(self) -> OpenAIServer:
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((HOST, self._port), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.01},
            name=f"openai-test-server:{self.port}", daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving: wakes slow steps, closes open connections, joins the thread."""
        httpd = self._httpd
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- addresses
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` (no /v1)."""
        return f"http://{HOST}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1``, for ``OpenAI(base_url=...)``."""
        return f"{self.url}/v1"

    # -- script
    def script(self, *steps: Step) -> None:
        """Queue steps; each chat-completion request consumes one, in order."""
        with self._lock:
            self._queue.extend(steps)

    @property
    def pending(self) -> int:
        """Scripted steps not consumed yet."""
        with self._lock:
            return len(self._queue)

    def reset(self) -> None:
        """Forget recorded requests, errors and unconsumed steps (default kept)."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.errors.clear()

    # -- inspection
    @property
    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.is_chat]

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self.requests:
                raise AssertionError("the server received no request")
            return self.requests[-1]

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until at least ``count`` requests arrived (AssertionError on timeout)."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.requests) >= count, timeout):
                raise AssertionError(f"expected {count} requests, got {len(self.requests)}")
            return list(self.requests)

    # -- the Batch API (called from handler threads)
    @property
    def batch_creates(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.method == "POST" and r.path == "/v1/batches"]

    @property
    def file_uploads(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.method == "POST" and r.path == "/v1/files"]

    def _batch_api(self, method: str, path: str, content_type: str, raw: bytes,
                   body: Any) -> RawReply:
        parts = path.strip("/").split("/")[1:]  # without "v1"
        if method == "POST" and parts == ["files"]:
            return self._upload(content_type, raw)
        if method == "GET" and len(parts) == 3 and parts[0] == "files" and parts[2] == "content":
            found = self.files.get(parts[1])
            if found is None:
                return error(404, message=f"No such File object: {parts[1]}")
            return RawReply(200, found["data"], (("Content-Type", "application/octet-stream"),))
        if method == "POST" and parts == ["batches"]:
            if self.batch_create_error is not None:
                return self.batch_create_error
            return self._create_batch(body)
        if method == "GET" and parts == ["batches"]:  # newest first, one page
            with self._lock:
                listed = [{k: v for k, v in b.items() if not k.startswith("_")}
                          for b in reversed(self.batches.values())]
            return _json_reply({"object": "list", "data": listed, "has_more": False,
                                "first_id": listed[0]["id"] if listed else None,
                                "last_id": listed[-1]["id"] if listed else None})
        if method == "GET" and len(parts) == 2 and parts[0] == "batches":
            with self._lock:
                batch = self.batches.get(parts[1])
            if batch is None:
                return error(404, message=f"No batch found with id '{parts[1]}'.")
            return _json_reply(self._advance(batch))
        return error(404, message=f"Unknown path {method} {path}", code="unknown_url")

    def _upload(self, content_type: str, raw: bytes) -> RawReply:
        import email.parser
        import email.policy

        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[str(name)] = (part.get_filename(),
                                 payload if isinstance(payload, bytes) else b"")
        if "file" not in fields or "purpose" not in fields:
            return error(400, message="'file' and 'purpose' are required")
        purpose = fields["purpose"][1].decode()
        file_id = f"file-test{next(self._ids)}"
        with self._lock:
            self.files[file_id] = {"purpose": purpose, "filename": fields["file"][0],
                                   "data": fields["file"][1]}
        return _json_reply(self._file_object(file_id))

    def _file_object(self, file_id: str) -> dict[str, Any]:
        found = self.files[file_id]
        return {"id": file_id, "object": "file", "bytes": len(found["data"]),
                "created_at": int(time.time()), "filename": found["filename"] or "upload",
                "purpose": found["purpose"], "status": "processed"}

    def _create_batch(self, body: Any) -> RawReply:
        if not isinstance(body, dict):
            return error(400, message="Request body is not a JSON object.")
        file_id = body.get("input_file_id")
        found = self.files.get(str(file_id))
        if found is None or found["purpose"] != "batch":
            return error(400, message=f"Invalid input_file_id {file_id!r}: not a batch file")
        if body.get("endpoint") != "/v1/chat/completions" or body.get(
                "completion_window") != "24h":
            return error(400, message="endpoint must be /v1/chat/completions, window 24h")
        lines = [json.loads(line) for line in found["data"].splitlines() if line.strip()]
        custom_ids = [line.get("custom_id") for line in lines]
        if len(set(custom_ids)) != len(custom_ids) or any(
                line.get("method") != "POST" or line.get("url") != "/v1/chat/completions"
                or not isinstance(line.get("body"), dict) for line in lines):
            return error(400, message="invalid batch input: duplicate custom_id or bad line")
        batch_id = f"batch_test{next(self._ids)}"
        batch = {
            "id": batch_id, "object": "batch", "endpoint": body["endpoint"], "errors": None,
            "input_file_id": file_id, "completion_window": "24h", "status": "",
            "output_file_id": None, "error_file_id": None, "created_at": int(time.time()),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": body.get("metadata"), "_step": -1,
        }
        with self._lock:
            self.batches[batch_id] = batch
        return _json_reply(self._advance(batch))

    def _advance(self, batch: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            step = min(batch["_step"] + 1, len(self.batch_statuses) - 1)
            batch["_step"] = step
            status = self.batch_statuses[step]
            finished = status in ("completed", "expired", "cancelled") and batch[
                "output_file_id"] is None and batch["error_file_id"] is None
            batch["status"] = status
        if finished:
            self._finish(batch, expired=status != "completed")
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _finish(self, batch: dict[str, Any], *, expired: bool) -> None:
        lines = [json.loads(line) for line in self.files[batch["input_file_id"]]["data"]
                 .splitlines() if line.strip()]
        output: list[str] = []
        errors: list[str] = []
        for line in lines:
            answer = self._batch_line(line, expired)
            (output if answer.get("response", {}) and answer["response"][
                "status_code"] == 200 else errors).append(json.dumps(answer) + "\n")
        for kind, rows in (("output_file_id", output), ("error_file_id", errors)):
            if rows:
                file_id = f"file-test{next(self._ids)}"
                with self._lock:
                    self.files[file_id] = {"purpose": "batch_output", "filename": kind,
                                           "data": "".join(rows).encode()}
                batch[kind] = file_id
        batch["request_counts"] = {"total": len(lines), "completed": len(output),
                                   "failed": len(errors)}

    def _batch_line(self, line: dict[str, Any], expired: bool) -> dict[str, Any]:
        n = next(self._counter)
        head = {"id": f"batch_req_{n}", "custom_id": line["custom_id"]}
        if expired:
            gone = BatchLineError()
            return {**head, "response": None,
                    "error": {"code": gone.code, "message": gone.message}}
        raw = json.dumps(line["body"]).encode()
        with self._lock:
            request = RecordedRequest(
                index=-1, method="POST", path="/v1/chat/completions", headers={}, raw=raw,
                body=line["body"], received_at=time.time(), received_monotonic=time.monotonic())
            self.batch_answered.append(request)
        step = self._next_step()
        while step is not None and not isinstance(
                step, (ToolReply, ContentReply, RawReply, BatchLineError, Drop)):
            step = step.then if isinstance(step, (Slow, Drip)) else step(request)
        if step is None:
            step = error(500, message=NO_SCRIPT_MESSAGE)
        if isinstance(step, BatchLineError):
            return {**head, "response": None,
                    "error": {"code": step.code, "message": step.message}}
        if isinstance(step, Drop):
            step = server_error(500)
        if isinstance(step, RawReply):
            try:
                answer_body: Any = json.loads(step.body)
            except ValueError:
                answer_body = step.body.decode(errors="replace")
            return {**head, "response": {"status_code": step.status,
                                         "request_id": f"req_batch_{n}", "body": answer_body},
                    "error": None}
        return {**head, "response": {"status_code": 200, "request_id": f"req_batch_{n}",
                                     "body": self._completion(step, request)}, "error": None}

    # -- internals (called from handler threads)
    def _track(self, conn: Any, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def _record(
        self, method: str, path: str, header_items: list[tuple[str, str]], raw: bytes, body: Any,
        target: str = "",
    ) -> RecordedRequest:
        headers: dict[str, str] = {}
        for name, value in header_items:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        with self._cond:
            request = RecordedRequest(
                index=len(self.requests), method=method, path=path, headers=headers, raw=raw,
                body=body, received_at=time.time(), received_monotonic=time.monotonic(),
                target=target or path,
            )
            self.requests.append(request)
            self._cond.notify_all()
        return request

    def _next_step(self) -> Step | None:
        with self._lock:
            return self._queue.popleft() if self._queue else self.default

    def _completion(
        self, step: ToolReply | ContentReply, request: RecordedRequest
    ) -> dict[str, Any]:
        n = next(self._counter)
        message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
        if isinstance(step, ToolReply):
            message["tool_calls"] = [{
                "id": f"call_test_{n}",
                "type": "function",
                "function": {
                    "name": step.name or request.tool_name or "tool",
                    "arguments": step.arguments,
                },
            }]
        else:
            message["content"] = step.content
        completion: dict[str, Any] = {
            "id": f"chatcmpl-test-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": step.model or request.model or self.model,
            "choices": [{
                "index": 0, "message": message, "finish_reason": step.finish_reason,
                "logprobs": None,
            }],
        }
        if step.usage is not None:
            completion["usage"] = step.usage.to_json()
        return completion


# --------------------------------------------------------------------------- runner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.openai_server",
        description="Serve a fixed chat-completion answer on 127.0.0.1 (Ctrl-C to stop).",
    )
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument(
        "--reply-file", type=Path, required=True,
        help="JSON file with the answer object: sent as the tool-call arguments when the "
        "request offers tools, else as the message content",
    )
    parser.add_argument("--latency", type=float, default=0.0,
                        help="seconds to wait before each answer (benchmarks)")
    parser.add_argument("--quiet", action="store_true", help="no request log")
    args = parser.parse_args(argv)
    answer = json.loads(args.reply_file.read_text(encoding="utf-8"))
    step: Step = reply_auto(answer)
    if args.latency > 0:
        step = slow(args.latency, step)
    with OpenAIServer(args.port, default=step, verbose=not args.quiet) as server:
        print(f"serving on {server.base_url}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
