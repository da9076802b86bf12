"""An LLM backend holds one of the work queue's places only while its HTTP request is out.

With a place held for the whole extraction (building the request, reviewing and grounding the
answer, the cache write, and waiting for the event loop between them), fewer requests were at
the model endpoint than ``--concurrency`` allows: at the default 16 places, 64 clients and an
endpoint answering in 200 ms, 0.85 of 16 / 0.2 s on one worker, 0.94 with this
(``python evals/bench_serve.py --concurrency 16``, side by side). The corpus runs bound the
requests rather than the articles for the same reason (``batch/paced_transport.py``). Here
the place is taken by a transport under the backend's HTTP client, *outside* the deadline
transport, so waiting for a place is never mistaken for a slow server; every attempt and
re-ask takes its own place and gives it back the moment its answer is read.

The admission bound is unchanged: at most ``--concurrency`` + ``--queue`` articles admitted,
429 with ``Retry-After`` past that, so memory and latency stay bounded. A backend that makes
no HTTP request (rules) keeps holding a place for its whole extraction.
"""

from __future__ import annotations

import httpx2

from llmextract.backends.base import Backend
from llmextract.serve.limits import WorkQueue
from llmextract.serve.turns import AnswerTurns


class SlotTransport(httpx2.AsyncBaseTransport):
    """One of ``queue``'s places for each request, from sending it to its answer's last byte
    (the inner deadline transport reads the whole answer); then, with ``turns``, the answer
    waits for its turn to be handled (``turns``)."""

    def __init__(self, queue: WorkQueue, inner: httpx2.AsyncBaseTransport,
                 turns: AnswerTurns | None = None) -> None:
        self._queue = queue
        self._inner = inner
        self._turns = turns

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._turns is not None:
            self._turns.give_back()
        async with self._queue.slot():
            response = await self._inner.handle_async_request(request)
        if self._turns is not None:
            await self._turns.take()
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def bounded_backend(backend: Backend, queue: WorkQueue,
                    turns: AnswerTurns | None = None) -> Backend | None:
    """``backend`` again, its HTTP requests taking ``queue``'s places; None for a backend that
    makes no HTTP request of its own (it holds a place for its whole extraction instead) or
    one given its own HTTP client. Built by ``OpenAIBackend.through``, as corpus runs build
    theirs; the client lives as long as the service."""
    from llmextract.backends.openai import OpenAIBackend

    if not isinstance(backend, OpenAIBackend):
        return None
    routed = backend.through(lambda inner: SlotTransport(queue, inner, turns),
                             queue.concurrency)
    return routed[0] if routed is not None else None
