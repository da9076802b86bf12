"""Which predicted item is which gold item: similarities and one-to-one optimal assignment.

Within one article, predicted events are paired with gold events (and claims with claims) by the
Hungarian algorithm on the similarities below. Only pairs at or above the threshold may be
paired; everything left over is a miss (gold) or a spurious item (predicted). A weak pair is
therefore never partial credit by accident: it is one miss plus one spurious item.

Event similarity (threshold ``EVENT_THRESHOLD`` = 0.5), a weighted sum in [0, 1]:

====================  ======  ==================================================================
part                  weight  value
====================  ======  ==================================================================
evidence              0.4     character overlap F1 (Dice) of the two items' evidence spans
place                 0.3     1 if any predicted location is ``same_place`` as any gold one
date                  0.2     1 if the date windows overlap, 0.5 if either is unknown, else 0
kind                  0.1     1 if the strike kinds are equal
====================  ======  ==================================================================

So the same place on overlapping dates is enough (0.5) whatever the evidence and kind; identical
evidence is enough with the same kind or an unknown date; a shared kind and date alone (0.3)
never are.

Claim similarity (threshold ``CLAIM_THRESHOLD`` = 0.5): a claim can only pair with a claim of the
same outcome and population whose evidence overlaps or whose count is the same; such a pair
scores ``0.5 + 0.25 * evidence overlap F1 + 0.25 * same count``, any other pair 0. Among several
candidates the one with more shared evidence and the same number wins.

The assignment maximises the total similarity of the chosen pairs (scipy's
``linear_sum_assignment``); among equal totals the first items in list order win, so results are
deterministic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

from llmextract.normalize.places import same_place
from llmextract.schema import CasualtyClaim, Count, DateRange, Location, Span, StrikeEvent

EVENT_THRESHOLD = 0.5
CLAIM_THRESHOLD = 0.5
EVENT_WEIGHTS = {"evidence": 0.4, "place": 0.3, "date": 0.2, "kind": 0.1}

_P = TypeVar("_P")
_G = TypeVar("_G")


# -- evidence ---------------------------------------------------------------------------------


def merged_intervals(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The characters covered by ``spans`` as sorted, disjoint ``(start, end)`` intervals."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans if s.end > s.start):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def covered(intervals: Sequence[tuple[int, int]]) -> int:
    return sum(end - start for start, end in intervals)


def shared(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """Characters in both interval lists (each sorted and disjoint, as ``merged_intervals``)."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        low = max(a[i][0], b[j][0])
        high = min(a[i][1], b[j][1])
        if high > low:
            total += high - low
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def evidence_overlap(predicted: Iterable[Span], gold: Iterable[Span]) -> float:
    """Character-level overlap F1 (Dice) of two sets of spans; 0 when either covers nothing."""
    p, g = merged_intervals(predicted), merged_intervals(gold)
    total = covered(p) + covered(g)
    return 2 * shared(p, g) / total if total else 0.0


# -- dates ------------------------------------------------------------------------------------


def date_window(date: DateRange) -> tuple[dt.date, dt.date] | None:
    """The days a date range stands for; a single known bound stands for that day."""
    low = date.earliest or date.latest
    high = date.latest or date.earliest
    if low is None or high is None:
        return None
    return low, high


def _month_end(day: dt.date) -> dt.date:
    following = day.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def gold_date_window(date: DateRange) -> tuple[dt.date, dt.date] | None:
    """The window a prediction must fall in to be right at the gold's precision.

    ``day`` (and ``unknown`` with bounds) is the gold range itself; ``week`` widens it by three
    days each side; ``month`` and ``year`` widen it to whole calendar months or years.
    """
    window = date_window(date)
    if window is None:
        return None
    low, high = window
    if date.precision == "week":
        return low - dt.timedelta(days=3), high + dt.timedelta(days=3)
    if date.precision == "month":
        return low.replace(day=1), _month_end(high)
    if date.precision == "year":
        return low.replace(month=1, day=1), high.replace(month=12, day=31)
    return low, high


def date_correct(predicted: DateRange, gold: DateRange) -> bool:
    """Whether the predicted date lies within the gold window at the gold's precision.

    A gold event with no date is only matched by a prediction with no date: a date the article
    does not give is an invention, not a lucky guess.
    """
    gold_window = gold_date_window(gold)
    predicted_window = date_window(predicted)
    if gold_window is None:
        return predicted_window is None
    if predicted_window is None:
        return False
    return gold_window[0] <= predicted_window[0] and predicted_window[1] <= gold_window[1]


def dates_compatible(predicted: DateRange, gold: DateRange) -> float:
    """The date part of event similarity: 1 overlap, 0.5 either unknown, 0 disjoint."""
    p, g = date_window(predicted), gold_date_window(gold)
    if p is None or g is None:
        return 0.5
    return 1.0 if p[0] <= g[1] and g[0] <= p[1] else 0.0


# -- names ------------------------------------------------------------------------------------


def places_match(predicted: Sequence[Location], gold: Sequence[Location]) -> bool:
    """Whether any predicted location names the same place as any gold location.

    Transliteration-tolerant through the place normalizer (Albukamal = Abu Kamal = Al-Bukamal).
    """
    return any(same_place(p.name, g.name) for p in predicted for g in gold)


_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[^\W_]+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in _WORD.findall(text.casefold()) if t not in _ARTICLES)


def same_actor(predicted: str | None, gold: str | None) -> bool:
    """Whether two attackers or claimants "as written" name the same party.

    Both absent is a match; otherwise the words (case, punctuation and articles ignored) of one
    must all appear in the other: "informed source" matches "an informed source close to the
    militia", "US-led coalition" matches "the US-led coalition".
    """
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = set(_tokens(predicted)), set(_tokens(gold))
    if not p or not g:
        return p == g
    return p <= g or g <= p


# -- counts -----------------------------------------------------------------------------------


def same_count(predicted: Count, gold: Count) -> bool:
    """Equal ``min`` and ``max``; two counts with neither bound also need the same vague term."""
    if (predicted.min, predicted.max) != (gold.min, gold.max):
        return False
    if predicted.min is None and predicted.max is None:
        return _tokens(predicted.vague_term or "") == _tokens(gold.vague_term or "")
    return True


# -- similarities -----------------------------------------------------------------------------


def event_similarity(predicted: StrikeEvent, gold: StrikeEvent) -> float:
    """The documented event similarity in [0, 1] (see the module docstring)."""
    w = EVENT_WEIGHTS
    return (
        w["evidence"] * evidence_overlap(predicted.evidence, gold.evidence)
        + w["place"] * places_match(predicted.locations, gold.locations)
        + w["date"] * dates_compatible(predicted.date, gold.date)
        + w["kind"] * (predicted.kind == gold.kind)
    )


def claim_similarity(predicted: CasualtyClaim, gold: CasualtyClaim) -> float:
    """The documented claim similarity: 0 unless outcome and population agree and the evidence
    overlaps or the count is the same; otherwise in [0.5, 1]."""
    if predicted.outcome != gold.outcome or predicted.population != gold.population:
        return 0.0
    overlap = evidence_overlap(predicted.evidence, gold.evidence)
    equal = same_count(predicted.count, gold.count)
    if overlap == 0 and not equal:
        return 0.0
    return 0.5 + 0.25 * overlap + 0.25 * equal


# -- assignment -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """Index pairs ``(predicted, gold)`` and what is left over on each side, all sorted."""

    pairs: tuple[tuple[int, int], ...]
    spurious: tuple[int, ...]
    missed: tuple[int, ...]
    similarities: tuple[float, ...]


def assign(similarity: Sequence[Sequence[float]] | np.ndarray, threshold: float,
           n_predicted: int, n_gold: int) -> Assignment:
    """One-to-one pairing maximising total similarity over pairs at or above ``threshold``.

    ``similarity[i][j]`` compares predicted ``i`` with gold ``j``. Pairs below the threshold
    weigh nothing and are never returned, so they cannot be chosen over a real pair.
    """
    pairs: list[tuple[int, int]] = []
    sims: list[float] = []
    if n_predicted and n_gold:
        matrix = np.asarray(similarity, dtype=float).reshape(n_predicted, n_gold)
        eligible = matrix >= threshold
        if eligible.any():
            rows, cols = linear_sum_assignment(np.where(eligible, matrix, 0.0), maximize=True)
            for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
                if eligible[r, c]:
                    pairs.append((r, c))
                    sims.append(float(matrix[r, c]))
    used_p = {p for p, _ in pairs}
    used_g = {g for _, g in pairs}
    return Assignment(
        pairs=tuple(pairs),
        spurious=tuple(i for i in range(n_predicted) if i not in used_p),
        missed=tuple(j for j in range(n_gold) if j not in used_g),
        similarities=tuple(sims),
    )


def match(predicted: Sequence[_P], gold: Sequence[_G], similarity: Callable[[_P, _G], float],
          threshold: float) -> Assignment:
    """Pair two lists of items with ``assign`` on ``similarity``."""
    matrix = [[similarity(p, g) for g in gold] for p in predicted]
    return assign(matrix, threshold, len(predicted), len(gold))


def match_events(predicted: Sequence[StrikeEvent], gold: Sequence[StrikeEvent]) -> Assignment:
    return match(predicted, gold, event_similarity, EVENT_THRESHOLD)


def match_claims(predicted: Sequence[CasualtyClaim],
                 gold: Sequence[CasualtyClaim]) -> Assignment:
    return match(predicted, gold, claim_similarity, CLAIM_THRESHOLD)
