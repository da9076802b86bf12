"""The transport a corpus run sends through: request slots, pacing, and learning from answers."""

from __future__ import annotations

import asyncio

import httpx2

from llmextract.batch.limits import BYTES_PER_TOKEN, RateLimiter, retry_after, total_tokens
from llmextract.errors import ConfigurationError


class PacedTransport(httpx2.AsyncBaseTransport):
    """At most ``slots`` requests at the server at once, each sent at the limiter's pace, and
    what the server answers (429s, token counts) teaches the limiter.

    A transport rather than client event hooks, for two reasons. A request waits for its slot
    and its turn *before* the inner transport starts its own timeout, so waiting is never
    mistaken for a slow server. And the slot bounds exactly the time a request occupies the
    server: an article whose answer is being reviewed, cached or written holds none, so the
    next article's request goes out the moment an answer arrives instead of after that work
    (with 64 articles each holding a slot from start to finish, 0.58 of ``concurrency /
    latency`` was reached; ``evals/bench_corpus.py``).
    """

    def __init__(self, limiter: RateLimiter, slots: int,
                 inner: httpx2.AsyncBaseTransport) -> None:
        if slots < 1:
            raise ConfigurationError(f"concurrency must be 1 or more, not {slots}")
        self._limiter = limiter
        self._slots = asyncio.Semaphore(slots)
        self._inner = inner

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        async with self._slots:
            estimate = len(request.content or b"") // BYTES_PER_TOKEN
            entry = await self._limiter.acquire(estimate)
            response = await self._inner.handle_async_request(request)
            if response.status_code == 429:
                self._limiter.throttled(retry_after(response.headers))
                self._limiter.settle(entry, 0)
                return response
            if response.status_code < 400:
                self._limiter.succeeded()
            if entry is not None:
                await response.aread()
                self._limiter.settle(entry, total_tokens(response.content))
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()
