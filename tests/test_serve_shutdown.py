"""SIGTERM while 20 extractions are in flight: every one is answered, then the process exits 0."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.openai_server import OpenAIServer, reply_tool, slow
from tests.serve_process import ServeProcess

SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8"))
IN_FLIGHT = 20
pytestmark = pytest.mark.serve


# The default (the serve extra's compiled parser and loop) and the pure-Python fallback.
@pytest.mark.parametrize("stack", [[], ["--http", "h11", "--loop", "asyncio"]],
                         ids=["httptools-uvloop", "h11-asyncio"])
def test_sigterm_finishes_the_requests_in_flight_then_exits_0(
    openai_server: OpenAIServer, seed_text: str, tmp_path: Path, stack: list[str]
) -> None:
    openai_server.default = slow(1.0, reply_tool(SEED_DRAFT))
    server = ServeProcess(
        ["--concurrency", str(IN_FLIGHT), "--rate", "0", "--no-cache", *stack],
        {"OPENAI_BASE_URL": openai_server.base_url, "OPENAI_API_KEY": "sk-test-shutdown",
         "LLMEXTRACT_MODEL": "test-model"},
        tmp_path / "serve.log",
    )
    statuses: list[int] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        with server.client(timeout=30) as client:
            response = client.post("/v1/extract", json={"text": f"{seed_text}\n[{i}]"})
        with lock:
            statuses.append(response.status_code)

    try:
        server.wait_ready()
        threads = [threading.Thread(target=one, args=(i,)) for i in range(IN_FLIGHT)]
        for thread in threads:
            thread.start()
        openai_server.wait_for_requests(IN_FLIGHT, timeout=20)  # all 20 are at the model
        server.terminate()
        sent = time.monotonic()
        for thread in threads:
            thread.join(timeout=30)
        assert server.proc.wait(timeout=20) == 0
        assert statuses == [200] * IN_FLIGHT
        assert time.monotonic() - sent < 10
        # The answers were sent after the signal arrived, not before it.
        messages = [line.get("message") for line in server.log_lines()]
        assert "shutting down: finishing the requests in flight" in messages
        listening = next(line for line in server.log_lines() if line.get("message") == "listening")
        assert [listening["http"], listening["loop"]] == (stack[1::2] or ["httptools", "uvloop"])
        assert messages.index("shutting down: finishing the requests in flight") < max(
            i for i, m in enumerate(messages) if m == "request")
    finally:
        server.stop()
