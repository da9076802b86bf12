"""The three limits that keep the service standing under load: body size, per-client rate and
a bounded work queue.

All three answer early and cheaply: a body over the limit is cut off while it streams in (a
missing or lying Content-Length does not help), a client over its rate never touches the
queue, and a full queue answers 429 at once with a ``Retry-After`` estimated from how long
extractions are taking, instead of letting requests pile up until they time out.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from starlette.requests import Request

from llmextract.serve.problems import ApiError

#: Clients remembered by the rate limiter; the least recently seen are forgotten first.
_MAX_CLIENTS = 10_000


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as more than ``limit`` bytes arrived."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, "invalid_request", "Content-Length is not a number") from None
        if size > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "body_too_large", f"the request body is over the limit of {limit:,} "
                    "bytes; send fewer or shorter articles")


class RateLimiter:
    """A token bucket per client: ``rate`` requests per second on average, ``burst`` at once."""

    def __init__(self, rate: float, burst: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def check(self, client: str) -> None:
        """Spend one token of ``client``'s bucket, or raise 429 with the wait until the next."""
        if self.rate <= 0:
            return
        now = self._clock()
        tokens, last = self._buckets.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[client] = (tokens, now)
            wait = math.ceil((1.0 - tokens) / self.rate)
            raise ApiError(429, "rate_limited",
                           f"over the rate limit of {self.rate:g} requests/s (burst "
                           f"{self.burst:g}); retry after {wait}s",
                           headers={"Retry-After": str(wait)})
        self._buckets[client] = (tokens - 1.0, now)
        while len(self._buckets) > _MAX_CLIENTS:
            self._buckets.popitem(last=False)


class WorkQueue:
    """At most ``capacity`` articles admitted; ``concurrency`` places for the bounded work.

    ``reserve(n)`` / ``admit(n)`` take room for ``n`` articles or raise 429 at once (never wait):
    admission is what bounds memory and latency. ``slot()`` then waits for one of the places: an
    LLM backend takes one per HTTP request to the model endpoint (``upstream.SlotTransport``), a
    backend that makes none (rules) one for its whole extraction.
    """

    def __init__(self, concurrency: int, queue: int) -> None:
        self.concurrency = concurrency
        self.capacity = concurrency + queue
        self.admitted = 0
        #: Places taken now.
        self.running = 0
        self._slots = asyncio.Semaphore(concurrency)
        #: Exponentially weighted mean seconds a place is held, for Retry-After.
        self._mean_seconds = 1.0

    def reserve(self, n: int = 1) -> Callable[[], None]:
        """Room for ``n`` articles, or 429 at once; call the result (once or more) to free it."""
        if self.admitted + n > self.capacity:
            wait = self.retry_after()
            raise ApiError(429, "queue_full",
                           f"the work queue is full ({self.admitted} of {self.capacity} "
                           f"places taken); retry after {wait}s",
                           headers={"Retry-After": str(wait)})
        self.admitted += n
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.admitted -= n

        return release

    @asynccontextmanager
    async def admit(self, n: int = 1) -> AsyncIterator[None]:
        release = self.reserve(n)
        try:
            yield
        finally:
            release()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            self.running += 1
            started = time.monotonic()
            try:
                yield
            finally:
                self.running -= 1
                self._mean_seconds += 0.2 * (time.monotonic() - started - self._mean_seconds)

    def retry_after(self) -> int:
        """Seconds until the queue has likely drained by one place (1 to 60)."""
        waves = self.admitted / self.concurrency
        return max(1, min(60, math.ceil(waves * self._mean_seconds)))
