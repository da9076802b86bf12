"""A fake OpenAI-compatible model endpoint for load benchmarks: one fixed answer after a latency.

Run: ``.venv/bin/python evals/fake_endpoint.py --reply-file answer.json --latency 0.2
[--port 0]`` prints ``serving on http://127.0.0.1:PORT/v1`` and answers
``POST .../chat/completions`` until SIGTERM, then prints how many it answered. ``GET .../stats``
says how many it answered since the last such call, when the first of them was asked and when
the last was answered.

Why not ``tests/openai_server.py``: that one is built to be inspected (stdlib threads, a thread
per connection, every request recorded), and at 64 connections its threads contend for one
interpreter lock, so it answers late: a bare ``httpx2`` loop that does nothing with the answers
reached 0.76-0.79 of ``concurrency / latency`` against it. A benchmark's yardstick must not be
the slow part, so this one runs on one asyncio event loop with a minimal HTTP/1.1 reader
(keep-alive, ``Content-Length`` bodies) and answers on a timer: its own cost is tens of
microseconds per request. ``evals/bench_corpus.py`` and ``evals/bench_serve.py`` print the
floor this endpoint allows (a bare client against it) next to their figures.

The answer is sent as the tool call's arguments when the request offers tools (instructor's
tools mode), else as the message content, like ``tests/openai_server.py``'s ``reply_auto``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

USAGE = {"prompt_tokens": 800, "completion_tokens": 120, "total_tokens": 920}


class Answers:
    """The two response bodies (content, tool call) built once; only ids and names vary."""

    def __init__(self, answer: Any, model: str) -> None:
        self.arguments = json.dumps(answer, ensure_ascii=False)
        self.model = model
        self.count = 0
        #: Since the last ``GET /stats``: answers sent, and the wall-clock times
        #: (``time.time()``) of the first chat completion received and the last answer sent.
        #: A benchmark times a whole process's run from its first request to its last answer
        #: with them, its start-up left out.
        self.window = 0
        self.first_asked: float | None = None
        self.last_answered: float | None = None

    def stats(self) -> bytes:
        """The window's figures; reading them starts a new window."""
        report = json.dumps({"answered": self.window, "first_asked": self.first_asked,
                             "last_answered": self.last_answered}).encode()
        self.window, self.first_asked, self.last_answered = 0, None, None
        return report

    def body(self, request: bytes) -> bytes:
        self.count += 1
        try:
            asked = json.loads(request)
        except ValueError:
            asked = {}
        tools = asked.get("tools") if isinstance(asked, dict) else None
        message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
        if tools:
            name = tools[0].get("function", {}).get("name", "tool")
            message["tool_calls"] = [{"id": f"call_{self.count}", "type": "function",
                                      "function": {"name": name,
                                                   "arguments": self.arguments}}]
        else:
            message["content"] = self.arguments
        return json.dumps({
            "id": f"chatcmpl-{self.count}", "object": "chat.completion",
            "created": int(time.time()), "model": asked.get("model", self.model)
            if isinstance(asked, dict) else self.model,
            "choices": [{"index": 0, "message": message, "finish_reason": "stop",
                         "logprobs": None}],
            "usage": USAGE,
        }).encode()


class Connection(asyncio.Protocol):
    """One keep-alive connection: requests read in order, each answered ``latency`` later."""

    def __init__(self, answers: Answers, latency: float) -> None:
        self.answers = answers
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return
            body, self.buffer = self.buffer[head_end + 4:end], self.buffer[end:]
            method, path = [*head.split(" ", 2), "", ""][:2]
            if method == "POST" and path.rstrip("/").endswith("/chat/completions"):
                # Only the model's answer takes time; anything else (the client's probe of
                # /models) is answered at once, as a real server does.
                if self.answers.first_asked is None:
                    self.answers.first_asked = time.time()
                asyncio.get_running_loop().call_later(
                    self.latency, self.answer, self.answers.body(body))
            elif method == "GET" and path.rstrip("/").endswith("/stats"):
                self.send("200 OK", self.answers.stats())
            else:
                self.send("404 Not Found", b'{"error": {"message": "not found"}}')

    def answer(self, payload: bytes) -> None:
        """A chat completion, counted in the ``/stats`` window when it goes out."""
        if self.send("200 OK", payload):
            self.answers.window += 1
            self.answers.last_answered = time.time()

    def send(self, status: str, payload: bytes) -> bool:
        """False when the connection is gone and nothing was sent."""
        if self.transport is None or self.transport.is_closing():
            return False
        self.transport.write(f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n"
                             f"content-length: {len(payload)}\r\n\r\n".encode() + payload)
        return True


async def serve(answers: Answers, latency: float, port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(answers, latency), "127.0.0.1", port,
                                      backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    print(f"serving on http://127.0.0.1:{bound}/v1", flush=True)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    server.close()
    print(f"answered {answers.count}", flush=True)


def window(base_url: str) -> tuple[int, float | None, float | None]:
    """``GET /stats``: answers sent since the last call, first request and last answer times
    (``time.time()``); the call starts a new window. (0, None, None) from an endpoint without
    it (``tests/openai_server.py``)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(base_url + "/stats", timeout=10) as reply:  # 127.0.0.1
            stats = json.load(reply)
    except urllib.error.HTTPError:
        return 0, None, None
    return stats["answered"], stats["first_asked"], stats["last_answered"]


def floor(base_url: str, requests: int, concurrency: int, content: str,
          pool: str = "httpx2") -> tuple[float, float]:
    """What a bare ``httpx2`` loop (no SDK, nothing done with the answers) reaches against an
    endpoint at ``concurrency``: requests per second and this process's CPU ms per request.
    The benchmarks print it first: the share of the ideal the yardstick itself allows.
    ``pool="aiohttp"``: the same loop over llmextract's aiohttp pool (the one corpus runs and
    the service send through) instead of httpx2's own."""
    import httpx2

    body = json.dumps({"model": "bench-model",
                       "messages": [{"role": "user", "content": content}]}).encode()

    async def run() -> tuple[float, float]:
        limits = httpx2.Limits(max_connections=concurrency,
                               max_keepalive_connections=concurrency)
        transport: httpx2.AsyncBaseTransport | None = None
        if pool == "aiohttp":
            from llmextract.backends._aiohttp_pool import AiohttpPool

            transport = AiohttpPool(concurrency)
        async with httpx2.AsyncClient(limits=limits, trust_env=False, timeout=60,
                                      transport=transport) as client:
            gate = asyncio.Semaphore(concurrency)

            async def one() -> None:
                async with gate:
                    answer = await client.post(
                        base_url + "/chat/completions", content=body,
                        headers={"content-type": "application/json"})
                    answer.raise_for_status()

            started, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(one() for _ in range(requests)))
            return requests / (time.perf_counter() - started), \
                (time.process_time() - cpu) * 1000 / requests

    return asyncio.run(run())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reply-file", type=Path, required=True,
                        help="JSON file with the answer object")
    parser.add_argument("--latency", type=float, default=0.2, help="seconds before each answer")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--model", default="bench-model")
    args = parser.parse_args(argv)
    answers = Answers(json.loads(args.reply_file.read_text(encoding="utf-8")), args.model)
    asyncio.run(serve(answers, args.latency, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
