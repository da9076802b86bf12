"""Growth checks without wall-clock limits: how time grows with input, not how long it takes.

CPU time of this process, not wall time: a shared machine under load stretches wall time at
random, but not the work done. The ratio of large to small input stays put where an absolute limit
would fail; a quadratic scan multiplies it and is caught whatever the machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Linear work on 8x the input takes about 8x the time; quadratic work about 64x. The limit sits
#: far from both, so load on a shared machine cannot move a run across it.
_PARTS = 8
_RATIO_LIMIT = 24.0
#: Below this, the whole run is too fast for anything to be pathological (and for a ratio).
_FLOOR_SECONDS = 0.05


def _best_of(fn: Callable[[str], object], text: str, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        fn(text)
        best = min(best, time.process_time() - started)
    return best


def assert_scales_linearly(fn: Callable[[str], object], text: str) -> None:
    """``fn`` on ``text`` takes at most ~linear time relative to ``fn`` on its first eighth."""
    part = text[: len(text) // _PARTS]
    large = _best_of(fn, text)
    if large < _FLOOR_SECONDS:
        return
    small = max(_best_of(fn, part), 1e-6)
    assert large / small < _RATIO_LIMIT, (
        f"{_PARTS}x the input took {large / small:.1f}x the time ({small:.4f}s -> {large:.3f}s): "
        "worse than linear")
