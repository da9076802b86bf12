"""What the first extraction loads is frozen out of the garbage collector's way, once; after
that, the worker's garbage is collected on a timer instead of by allocation counts.

The first extraction imports and builds most of what a worker holds for its lifetime (the
OpenAI SDK and instructor, their clients, the review's patterns): about 170,000 objects
that every full collection walked again. Under load, a request's objects live through the
model endpoint's latency, so many reach the oldest generation and full collections are
frequent: timed with ``gc.callbacks`` (a throwaway probe) under ``evals/bench_serve.py``'s load,
they took 1.6 s of a worker's CPU per 1,000 requests, a quarter of its time; frozen, all
collections together take about 0.5 s per 1,000. The bench itself, side by side with the
version before: server CPU 5.45 -> 4.46 ms per request, one worker, 64 clients.

The CLI's ``main`` freezes what is loaded at start-up; this freezes the rest at the first moment
no extraction is under way, so no request's objects are frozen with it (a frozen cycle is never
collected). A worker that is never idle is simply never frozen.

Why a timer after that: an article's objects live ~300 ms (the endpoint's 200 ms and the wait
for the loop), while the default thresholds collect the youngest generation every 700 new
objects (about every request): nearly everything survives two young collections, is traversed
in both for nothing, and its reference cycles (about 470 objects per article on the LLM path,
in the answer's review and grounding and the retry state) are freed only by a full collection.
Same probe, same load, 2,000 requests: the default thresholds spent 0.42 ms of CPU per request
in 1,750 young, 160 middle and 14 full collections; one full collection every 0.5 s with the
automatic ones held back, 0.25 to 0.34 ms (each pause about 25 ms; every 0.3 s and 0.75 s
cost about the same). With the model endpoint's pool on aiohttp (main at dab6252): 0.41 and
0.83 ms against 0.36 and 0.37 (pauses 33 to 43 ms; two runs each, a busy VM). A modest gain
that the whole-server CPU of ``bench_serve`` does not resolve from its noise; the root cause is
the cycles, which only the extraction path can stop making. The automatic collector stays on
with high thresholds as a backstop, should allocation ever outrun the timer (a loop blocked
for long).
"""

from __future__ import annotations

import asyncio
import gc
import logging

log = logging.getLogger("llmextract.serve")
#: Seconds between full collections once the heap is frozen.
COLLECT_EVERY = 0.5
#: The automatic collector's thresholds meanwhile: far above what a period allocates under
#: load (about 600 tracked objects per request), so it runs only if the timer falls behind.
BACKSTOP_THRESHOLDS = (100_000, 1_000, 1_000)
#: New tracked objects below which a period's collection is skipped (an idle worker).
_QUIET = 700


class HeapFreezer:
    def __init__(self, every: float = COLLECT_EVERY) -> None:
        self.done = False
        self.every = every
        #: Full collections the timer made.
        self.collections = 0

    def idle(self) -> None:
        """Call when an extraction ended and none is under way (the collection before the
        freeze holds the event loop once, for up to a few hundred milliseconds). From the
        running event loop, it also starts the timed collections."""
        if self.done:
            return
        self.done = True
        gc.collect()
        gc.freeze()
        log.info("heap frozen", extra={"frozen_objects": gc.get_freeze_count(),
                                       "collect_every_s": self.every})
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        gc.set_threshold(*BACKSTOP_THRESHOLDS)
        loop.call_later(self.every, self._collect, loop)

    def _collect(self, loop: asyncio.AbstractEventLoop) -> None:
        new, young, old = gc.get_count()
        if new >= _QUIET or young or old:
            gc.collect()
            self.collections += 1
        loop.call_later(self.every, self._collect, loop)
