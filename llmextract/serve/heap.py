"""What the first extraction loads is frozen out of the garbage collector's way, once.

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
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger("llmextract.serve")


class HeapFreezer:
    def __init__(self) -> None:
        self.done = False

    def idle(self) -> None:
        """Call when an extraction ended and none is under way (the collection before the
        freeze holds the event loop once, for up to a few hundred milliseconds)."""
        if self.done:
            return
        self.done = True
        gc.collect()
        gc.freeze()
        log.info("heap frozen", extra={"frozen_objects": gc.get_freeze_count()})
