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
weights live in ``_data/isaf_toll_selector.json``. When the rules change they are retrained
(``evals/isaf_toll_selector.py train``), and the retrained weights replace the shipped ones only
if, on held-out sets, they fix more answers than they break against them (a rule written down
before each run; at rule set 26 the weights of rule set 25 were kept). A bag of logistic models,
trained on bootstrap samples, votes by its mean probability. Its policy (threshold 0.4, the
guards in ``select`` and ``isaf.chosen_tolls``) was fixed on blind sets scored at the rule set
they arrived at, the training releases and the rules' tests, then measured on the held-out sets,
once per version (``evals/isaf_blind/README.md``).

Plain Python, no numeric library: a release has a handful of killed claims and each has about
a hundred features, so scoring a release costs about a tenth of a millisecond.
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

from llmextract.evaluation.sentences import sentence_bounds
from llmextract.normalize.dates import MONTH_NAMES
from llmextract.schema import CasualtyClaim

WEIGHTS_FILE = "isaf_toll_selector.json"

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+")
# (not "may": the verb far more often than the month)
_MONTHS = MONTH_NAMES - {"may"}
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


def _reach(claim: CasualtyClaim) -> tuple[int, int]:
    """Where the claim's evidence starts and ends in the article."""
    return min(s.start for s in claim.evidence), max(s.end for s in claim.evidence)


def _bucket(value: int) -> str:
    """A figure's size as the coders' conventions see it: each small number, a handful, many."""
    return str(value) if value < 5 else "5+" if value < 12 else "12+"


def features(text: str, claim: CasualtyClaim, killed: Sequence[CasualtyClaim],
             values: Sequence[int]) -> list[str]:
    """The claim's features, sorted (so a probability is the same sum in every process).

    ``killed`` is every killed claim of the extraction, ``values`` their coded figures, in the
    same order; ``claim`` is one of them."""
    start, end = _reach(claim)
    left, right = sentence_bounds(text, start, end)
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
    index = next((i for i, c in enumerate(killed) if c.id == claim.id), None)
    if index is None:
        raise ValueError(f"claim {claim.id} is not among the release's killed claims")
    value = values[index]
    starts = [_reach(c)[0] for c in killed]
    found.add(f"nk:{min(len(killed), 5)}")
    found.add(f"rank:{min(sorted(starts).index(start), 4)}")
    others = [(c, v, s) for i, (c, v, s) in enumerate(zip(killed, values, starts, strict=True))
              if i != index]
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


# A toll told as an addition ("The strike also killed his brother", "killed three more",
# "Another strike ... killed"), in the words just before it or in its quote: the release's tolls
# add up, whatever the bag reads (the releases it learnt from tell few such tolls beside a
# first, so it weighs the words too lightly). Not "more than 20", a figure's floor.
_MORE = re.compile(r"\b(?:also|more(?!\s+than\b)|another|additional|as\s+well|too)\b",
                   re.IGNORECASE)
_MORE_REACH = 40  # characters before the quote, within its sentence


def _told_as_more(text: str, claim: CasualtyClaim) -> bool:
    start, end = _reach(claim)
    left, _ = sentence_bounds(text, start, end)
    return _MORE.search(text, max(left, start - _MORE_REACH), end) is not None


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
        fixed, and its choices among several broke none), and it makes no choice where a toll
        is told as an addition ("also killed", "three more"): the release says its tolls add
        up, the first as much as the one added to it."""
        if (text is None or len(kept) < 2 or not self.weights
                or any(_told_as_more(text, c) for c in kept)):
            return list(kept)
        killed = [c for c in claims if c.outcome == "killed"]
        values = [value(c) for c in killed]
        chosen = [c for c in kept
                  if self.probability(features(text, c, killed, values)) >= self.threshold]
        return chosen if chosen else list(kept)

    def to_json(self) -> dict[str, Any]:
        """The weights file's content (sorted, so a retrain that changes nothing changes no
        byte)."""
        return {"models": self.models, "threshold": self.threshold,
                "weights": {name: list(column) for name, column in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: Any) -> TollSelector:
        """The selector a weights file holds; ``ValueError`` naming what is wrong with it."""
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise ValueError("weights file: expected an object with 'models', 'threshold' and "
                             "'weights' (feature -> one weight per model)")
        models, threshold = data.get("models"), data.get("threshold")
        if not isinstance(models, int) or isinstance(models, bool) or models < 1:
            raise ValueError(f"weights file: 'models' must be a whole number >= 1, not {models!r}")
        if not isinstance(threshold, (int, float)) or isinstance(threshold, bool):
            raise ValueError(f"weights file: 'threshold' must be a number, not {threshold!r}")
        weights: dict[str, tuple[float, ...]] = {}
        for name, column in data["weights"].items():
            if (not isinstance(column, list) or len(column) != models
                    or not all(isinstance(w, (int, float)) and not isinstance(w, bool)
                               for w in column)):
                raise ValueError(f"weights file: feature {name!r} must have {models} numbers")
            weights[str(name)] = tuple(float(w) for w in column)
        return cls(weights=weights, models=models, threshold=float(threshold))


@lru_cache(maxsize=1)
def shipped() -> TollSelector:
    """The selector shipped with the package (read once per process)."""
    source = resources.files("llmextract") / "_data" / WEIGHTS_FILE
    return TollSelector.from_json(json.loads(source.read_text(encoding="utf-8")))


def train(examples: Sequence[tuple[Sequence[str], bool]], *, models: int = 5, epochs: int = 8,
          rate: float = 0.3, l2: float = 3e-3, min_count: int = 3, threshold: float = 0.4,
          seed: int = 0) -> TollSelector:
    """A bag of L2-regularised logistic models, each fit by AdaGrad on a bootstrap sample.

    Features seen in fewer than ``min_count`` examples are dropped (a word one release used is
    that release's, not the convention's). Deterministic: the samples and the order of passes
    come from generators seeded ``seed`` to ``seed + models - 1``, so the same examples give the
    same weights (another ``seed`` shows how much a result owes to the samples)."""
    import random

    seen: dict[str, int] = {}
    for found, _ in examples:
        for name in found:
            seen[name] = seen.get(name, 0) + 1
    kept = [([n for n in found if seen[n] >= min_count], 1.0 if y else 0.0)
            for found, y in examples]
    columns: list[dict[str, float]] = []
    for model in range(models):
        chooser = random.Random(seed + model)
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
