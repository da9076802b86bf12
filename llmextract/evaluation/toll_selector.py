"""A learnt second reading of which killed tolls count, beside the ISAF reduction's rules.

The reduction's rules decide which killed claims count towards a release's total by phrase
patterns ("killed since the operation began", "the governor said"). Each pattern fixes what it
was written for and rarely carries over to a new writer's wording: on fresh blind sets, most of
the rules' killed misses are a selection error (the right total is the sum of some of the claims
the extraction found) and most of those are over-counts. This model reads each counted claim's
words (its sentence, the words either side, its quote and claimant) and a few facts of its
place among the release's killed claims, and drops a claim the rules counted when it is
confident the coders would not count it. It never adds one: adding back was measured to break
more answers than it fixed.

It was trained on the rules' own decisions where their total is right (and, where it is wrong,
on the one nearest selection that gives the label), over the open blind sets, the probes and
dev rows 1-140, so it is a smoothed reading of the same conventions rather than new ones; its
weights live in ``_data/isaf_toll_selector.json`` and are remade with
``evals/isaf_toll_selector.py train`` whenever the rules change. A bag of logistic models,
trained on bootstrap samples, votes by its mean probability. Its policy (threshold 0.4, the
two guards in ``select``) was fixed on blind sets scored at the rule set they arrived at, the
training releases and the rules' tests, then measured once on the held-out sets
(``evals/isaf_blind/README.md``).

Plain Python, no numeric library: a release has a handful of killed claims and each has about
a hundred features, so scoring costs microseconds.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from llmextract.schema import CasualtyClaim

WEIGHTS_FILE = "isaf_toll_selector.json"

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+")
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec"})
_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n")
_WINDOW = 80  # characters either side of the quote that its left and right words come from
_SIDE_WORDS = 6


def _tokens(text: str) -> list[str]:
    """Lower-cased words, with numbers folded to their kind: a figure's value is a fact of the
    claim (its own features), not of the words around it."""
    out: list[str] = []
    for word in _WORD.findall(text):
        low = word.lower()
        if low.isdigit():
            out.append("<year>" if len(low) == 4 else "<num>")
        elif low in _MONTHS:
            out.append("<month>")
        else:
            out.append(low)
    return out


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    left = left + 1 if left >= 0 else 0
    found = _SENTENCE_END.search(text, end)
    return left, found.start() + 1 if found else len(text)


def _bucket(value: int) -> str:
    return str(value) if value < 5 else "5+" if value < 12 else "12+"


def features(text: str, claim: CasualtyClaim, killed: Sequence[CasualtyClaim],
             values: Sequence[int]) -> list[str]:
    """The claim's features, sorted (so a probability is the same sum in every process).

    ``killed`` is every killed claim of the extraction, ``values`` their coded figures, in the
    same order; ``claim`` is one of them."""
    start = min(s.start for s in claim.evidence)
    end = max(s.end for s in claim.evidence)
    left, right = _sentence(text, start, end)
    found: set[str] = {"bias"}
    sentence = _tokens(text[left:right])
    found.update("s:" + w for w in sentence)
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(sentence))
    before = _tokens(text[max(left, start - _WINDOW):start])[-_SIDE_WORDS:]
    after = _tokens(text[end:min(right, end + _WINDOW)])[:_SIDE_WORDS]
    found.update("l:" + w for w in before)
    found.update("r:" + w for w in after)
    if before:
        found.add("l1:" + before[-1])
    if after:
        found.add("r1:" + after[0])
    quoted = _tokens(" ".join(s.text for s in claim.evidence))
    found.update("e:" + w for w in quoted)
    found.update(f"eb:{a}_{b}" for a, b in itertools.pairwise(quoted))
    if claim.claimant is None:
        found.add("cl:none")
    else:
        found.update("cl:" + w for w in _tokens(claim.claimant))
    found.add("pop:" + claim.population)
    found.add("st:" + claim.stance)
    if claim.superseded_by is not None:
        found.add("superseded")
    if claim.event is not None:
        found.add("linked")
    if claim.count.vague_term is not None:
        found.add("vague:" + claim.count.vague_term.lower())
    if claim.count.min is None:
        found.add("min:none")
    found.add(f"par:{min(text.count(chr(10) * 2, 0, start), 6)}")
    if "\n" not in text[:start]:
        found.add("headline")
    index = next(i for i, c in enumerate(killed) if c is claim)
    value = values[index]
    starts = [min(s.start for s in c.evidence) for c in killed]
    found.add(f"nk:{min(len(killed), 5)}")
    found.add(f"rank:{min(sorted(starts).index(start), 4)}")
    others = [(c, v, s) for c, v, s in zip(killed, values, starts, strict=True) if c is not claim]
    if any(v == value for _, v, _ in others):
        found.add("dupval")
    if any(v == value and s < start for _, v, s in others):
        found.add("dupval_before")
    if any(c.population == claim.population and s < start for c, _, s in others):
        found.add("pop_before")
    found.add("val:" + _bucket(value))
    if value == max(values):
        found.add("max")
    return sorted(found)


# A toll its sentence tells as an addition ("The strike also killed his brother", "killed three
# more", "Another strike ... killed"): no restatement, whatever the bag reads (the releases it
# learnt from tell few such tolls beside a first, so it weighs the words too lightly).
_MORE = re.compile(r"\b(?:also|more|another|additional|as\s+well|too)\b", re.IGNORECASE)


def _told_as_more(text: str, claim: CasualtyClaim) -> bool:
    start = min(s.start for s in claim.evidence)
    left, right = _sentence(text, start, max(s.end for s in claim.evidence))
    return _MORE.search(text, left, right) is not None


@dataclass(frozen=True)
class TollSelector:
    """The bag's weights (one column per model) and the probability under which a counted
    claim is dropped."""

    weights: dict[str, tuple[float, ...]]
    models: int
    threshold: float

    def probability(self, found: Sequence[str]) -> float:
        """The bag's mean probability that the coders count the claim."""
        sums = [0.0] * self.models
        for name in found:
            column = self.weights.get(name)
            if column is not None:
                for i, w in enumerate(column):
                    sums[i] += w
        return sum(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in sums) / self.models

    def select(self, kept: Sequence[CasualtyClaim], claims: Sequence[CasualtyClaim],
               text: str | None, value: Callable[[CasualtyClaim], int]) -> list[CasualtyClaim]:
        """``kept`` without the claims the bag doubts (mean probability under the threshold),
        when at least one counted claim remains: the selector chooses among a release's tolls
        (a restatement, a background figure, another party's); it never rules a release's only
        toll out (on the arrival-state check every such veto broke about as many answers as it
        fixed, and its choices among several broke none), nor a toll told as an addition."""
        if text is None or len(kept) < 2 or not self.weights:
            return list(kept)
        killed = [c for c in claims if c.outcome == "killed"]
        values = [value(c) for c in killed]
        chosen = [c for c in kept if _told_as_more(text, c)
                  or self.probability(features(text, c, killed, values)) >= self.threshold]
        return chosen if chosen else list(kept)

    def to_json(self) -> dict[str, Any]:
        return {"models": self.models, "threshold": self.threshold,
                "weights": {name: list(column) for name, column in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TollSelector:
        models = int(data["models"])
        weights = {str(name): tuple(float(w) for w in column)
                   for name, column in data["weights"].items()}
        if any(len(column) != models for column in weights.values()):
            raise ValueError(f"every weight column must have {models} entries")
        return cls(weights=weights, models=models, threshold=float(data["threshold"]))


@lru_cache(maxsize=1)
def shipped() -> TollSelector:
    """The selector shipped with the package (read once per process)."""
    source = resources.files("llmextract") / "_data" / WEIGHTS_FILE
    return TollSelector.from_json(json.loads(source.read_text(encoding="utf-8")))


def train(examples: Sequence[tuple[Sequence[str], bool]], *, models: int = 5, epochs: int = 8,
          rate: float = 0.3, l2: float = 3e-3, min_count: int = 3, threshold: float = 0.4
          ) -> TollSelector:
    """A bag of L2-regularised logistic models, each fit by AdaGrad on a bootstrap sample.

    Features seen in fewer than ``min_count`` examples are dropped (a word one release used is
    that release's, not the convention's). Deterministic: the samples and the order of passes
    come from seeded generators, so the same examples give the same weights."""
    import random

    seen: dict[str, int] = {}
    for found, _ in examples:
        for name in found:
            seen[name] = seen.get(name, 0) + 1
    kept = [([n for n in found if seen[n] >= min_count], 1.0 if y else 0.0)
            for found, y in examples]
    columns: list[dict[str, float]] = []
    for seed in range(models):
        chooser = random.Random(seed)
        sample = [kept[chooser.randrange(len(kept))] for _ in kept]
        weights: dict[str, float] = {}
        squares: dict[str, float] = {}
        for _ in range(epochs):
            chooser.shuffle(sample)
            for found, target in sample:
                z = sum(weights.get(n, 0.0) for n in found)
                error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - target
                for n in found:
                    w = weights.get(n, 0.0)
                    g = error + l2 * w
                    squares[n] = squares.get(n, 0.0) + g * g
                    weights[n] = w - rate * g / math.sqrt(squares[n] + 1e-8)
        columns.append(weights)
    names = sorted({n for column in columns for n in column})
    table = {n: tuple(round(column.get(n, 0.0), 4) for column in columns) for n in names}
    return TollSelector(weights={n: c for n, c in table.items() if any(c)}, models=models,
                        threshold=threshold)
