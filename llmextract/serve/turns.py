"""Answers from the model endpoint are handled one at a time, each after what the event loop
had ready when it arrived: a new request's way to the endpoint goes first.

Why: a worker's event loop runs everything that is ready in one pass before it looks at its
sockets again. When answers arrive together, the pass handles all of them (about 1.2 ms of
parsing, review and grounding each), and the requests clients sent meanwhile wait for the whole
pass before they are even read; then they are read and sent to the endpoint together, so their
answers arrive together again 200 ms later. The group never spreads out: with a model endpoint
of steady latency and clients that send their next article as soon as they have the last one,
all 64 requests of ``evals/bench_serve.py`` moved as one convoy, and each waited for the
others' work twice per round. One worker at 64 clients reached 0.62-0.67 of
``clients / latency`` using half a core; a request waited 30 to 140 ms before the server read
it (an ad-hoc trace of the server, timestamps on both sides; no figure of the repo).

With turns, the loop polls its sockets between two answers, and the requests that came in are
sent to the endpoint before the next answer is handled (sending one costs about 0.7 ms). The
convoy spreads out in one round: answers then arrive about one answer's work apart and no one
waits: one worker went from 0.65-0.67 to 0.89-0.90 of ``clients / latency`` (``bench_serve``,
side by side). A free turn is taken at once. What it costs: one more pass of the loop per answer,
and 0.1-0.3 ms more CPU per request, as the work no longer comes in bunches.

The turn is held from the moment the answer is read until the extraction is done (review,
grounding, cache write), given back while a re-ask's request is out, and always given back
when the extraction ends, fails or is cancelled (the request's timeout).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextvars import ContextVar


class _Holding:
    """Whether the extraction of the current task holds the turn."""

    __slots__ = ("held",)

    def __init__(self) -> None:
        self.held = False


class AnswerTurns:
    """One worker's turns; ``extraction()`` around each article, ``take()`` / ``give_back()``
    where its requests go out (``upstream.SlotTransport``). Outside an ``extraction()`` (the
    readiness probe) both do nothing."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._holding: ContextVar[_Holding | None] = ContextVar("llmextract_turn",
                                                                default=None)

    @contextlib.asynccontextmanager
    async def extraction(self) -> AsyncIterator[None]:
        holding = _Holding()
        token = self._holding.set(holding)
        try:
            yield
        finally:
            self._holding.reset(token)
            if holding.held:
                holding.held = False
                self._lock.release()

    async def take(self) -> None:
        """Wait for the turn (first come, first served), then let the loop run once more so
        whatever became ready meanwhile (requests to send) goes first."""
        holding = self._holding.get()
        if holding is None or holding.held:
            return
        await self._lock.acquire()
        holding.held = True
        await asyncio.sleep(0)

    def give_back(self) -> None:
        """Before a further request of the same extraction goes out (a re-ask): nobody waits
        for the turn while this one waits for the endpoint."""
        holding = self._holding.get()
        if holding is not None and holding.held:
            holding.held = False
            self._lock.release()

    @property
    def taken(self) -> bool:
        return self._lock.locked()
