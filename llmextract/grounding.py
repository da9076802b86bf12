"""Quote -> span: find where a model's quote sits in the article.

The model never returns offsets, only quotes, and quotes come back damaged: curly quotes turned
straight, whitespace runs collapsed, case changed, a period added, words dropped, sentences
invented. ``Grounder.ground`` repairs what can be repaired and refuses the rest, in stages that
stop at the first success:

1. ``exact``: the quote is a substring of the article (score 100).
2. ``normalized``: the quote equals a piece of the article after both are normalized (score 100).
   Normalization is NFD -> casefold -> NFC per grapheme, then: every whitespace run is one space;
   curly/low/prime quote marks and guillemets become ``'`` or ``"``; dash variants become ``-``;
   ``…`` is ``...``; dotted capital ``İ`` and dotless ``ı`` fold to ``i`` (the Turkish I has no
   locale-free case pair); soft hyphens, zero-width spaces, word joiners and BOMs are ignored
   (no model can reproduce invisible characters). The quote may also carry surrounding
   whitespace or quote marks and a trailing period (or ``,;:``) that the article lacks, and
   leading/trailing elision dots. A normalized match never splits a character of the article
   (``ß`` is matched by ``ss`` only as a whole) nor a base letter from its combining marks.
3. ``fuzzy``: for quotes of at least ``FUZZY_MIN_QUOTE_LENGTH`` normalized characters, the
   article window, with edges on word or punctuation edges, of best ``rapidfuzz`` indel
   similarity to the normalized quote (the score); accepted when the similarity is at least
   the threshold *and* the window says the same thing: the same digit runs in the same order
   (also inside words: "46th", "5pm", "1990s"), the same number words and negations (none
   dropped, added or swapped), and the quote's words lined up with the window's by position,
   each word of three letters or more the window's word at that position, merely misspelt or
   inflected (a three-letter word the quote merely inserted, like an added "the", or that the
   window holds verbatim, also passes; a dropped word is left to the score). A model that
   writes "13 killed", "ten killed" or "sixty killed" where the article says "12 killed", "two
   killed" or "six killed" is not grounded, however similar the characters; nor is one that
   writes "struck" where the article says "hit", though a "truck" stands two words on. When
   the best window differs from the quote only at an edge (the word a quote word pairs with
   lies just outside it), the best window up to two words wider that passes is taken.
4. ``unmatched``.

Contracts, whatever the input:

* a match's ``text == article[start:end]`` and ``0 <= start <= end <= len(article)``: offsets
  always index the ORIGINAL article, never the normalized copy;
* with several equally good places, the one nearest to ``near`` wins (distance 0 when ``near``
  lies inside the span), else the first;
* an empty or whitespace-only quote is ``unmatched`` (not an error): grounding runs over batches
  of model output, and one blank quote is a failed piece of evidence, not a crash.

Any change to what these rules match must bump ``GROUNDING_VERSION``: it is part of the cache key,
so cached extractions grounded by older rules are not served as if grounded by the new ones.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from llmextract.schema import Span

__all__ = [
    "CHECKS_VERSION",
    "FUZZY_MIN_QUOTE_LENGTH",
    "FUZZY_THRESHOLD",
    "GROUNDING_VERSION",
    "Grounder",
    "MatchResult",
    "ResultKind",
    "ground",
]

GROUNDING_VERSION: str = "2"

#: Bump when the checks an LLM answer goes through (``draft``'s field rules, ``review``'s item
#: checks) change what is accepted: it is part of the LLM backend's cache key. Kept here, beside
#: ``GROUNDING_VERSION``, because ``draft`` and ``review`` import instructor, and a cache key (a
#: cache hit) must not need it.
CHECKS_VERSION: str = "2"

FUZZY_THRESHOLD: float = 90.0
"""Minimum rapidfuzz indel similarity (0..100) between the normalized quote and the window.

By the time fuzzy runs, quote marks, dashes, whitespace and case have been normalized away, so
what remains are real wording differences. Indel similarity is 200 * matched / (len(a) +
len(b)), so at 90 a 60-character quote may differ from its window by about six characters: a
dropped or added short word, a typo, a singular for a plural, a missing accent (one-edit quotes
in ``evals/bench_grounding.py`` score 96-100). Paraphrases score lower: two words swapped in an
80-character sentence ("targeted machinery" -> "hit equipment") about 85, heavier ones 60-80;
a reordered quote that still reaches 90 fails the word check. Below 90, paraphrases start being
grounded to the sentence they paraphrase, which makes the span look verbatim when it is not;
above 95, a dropped word in a 40-character quote is refused, and the re-ask that follows costs
more than the repair. The score is stored on the span, so a reader can always tell a repaired
quote from an exact one."""

FUZZY_MIN_QUOTE_LENGTH: int = 20
"""Normalized quotes shorter than this are never fuzzy-matched.

A short quote is a name, a number or a phrase; at 90% similarity a 12-character quote may differ
by one character, which turns "12 killed" into "13 killed" or one village into another. Short
evidence is either verbatim or wrong."""

_FUZZY_LOCATE_SLACK = 15.0
"""How far below the threshold the whole-article aligner's first window may score and still be
refined: it has the needle's length, so a quote that dropped a word scores low in it until the
window is widened."""

_FUZZY_PLACES = 32
"""Best-voted candidate places whose similarity to the quote is measured per quote; with the
next limit, this bounds fuzzy cost on long, repetitive articles."""

_TYPO_SIMILARITY = 75.0
"""A quote word this similar to a window word is the same word misspelt or inflected
("agianst"/"against" 86, "militia"/"militias" 93), not another word ("nine"/"ten" 29)."""

_WIDEN = 2
"""Words a refined window may be widened by on either side when it fails the facts check
(see ``_checked_window``)."""

_FUZZY_REFINE = 3
"""Most similar places refined per quote (plus any tied with the best)."""

_FUZZY_VOTERS = 6
"""Rarest words of a quote that vote for candidate regions."""

_FUZZY_WHOLE_ARTICLE = 4_000
"""Articles up to this many normalized characters are also aligned whole (rapidfuzz
``partial_ratio_alignment``), which is cheap at this size and does not depend on shared
words."""

_INDEX_MAX_HITS = 400
"""Words occurring more often than this carry no location information and are not voted on."""

ResultKind = Literal["exact", "normalized", "fuzzy", "unmatched"]
"""How a quote was located; ``llmextract.schema.MatchKind`` minus "unmatched", which no span
carries."""

# -- normalization ------------------------------------------------------------------------------

_IGNORABLE = "\u00ad\u200b\u2060\ufeff"  # soft hyphen, zero-width space, word joiner, BOM

_SWAPS: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′‹›`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
}
"""One character for one character, whatever follows: applied to the whole text with
``str.replace`` before tokenizing, which is much faster than a per-character translate."""

_CHAR_MAP: dict[int, str | None] = {
    **{ord(c): r for c, r in _SWAPS.items()},
    ord("…"): "...",
    ord("ı"): "i",
    **{ord(c): None for c in _IGNORABLE},
}

_IGNORE_MAP: dict[int, str | None] = {ord(c): None for c in _IGNORABLE}

_ASCII_SWAPS: dict[int, str] = {
    **{i: " " for i in range(128) if chr(i).isspace()},
    ord("`"): "'",
}

_QUOTE_MARKS = "\"'"
_ELISION_AND_END = ".,;:"

_MARK = 1
_TOKEN_CHAR = 2
_SWAP = 4


@lru_cache(maxsize=65_536)
def _expand(text: str) -> str:
    """Normalized form of one token: a single character, or a base character with its marks.

    Canonical caseless matching (NFD, casefold, recompose) per token, so canonically equivalent
    spellings agree; then the folds of ``_CHAR_MAP``."""
    visible = text.translate(_IGNORE_MAP)
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFD", visible).casefold())
    return folded.replace("i\u0307", "i").translate(_CHAR_MAP)


@lru_cache(maxsize=65_536)
def _flags(char: str) -> int:
    """How the tokenizer treats a character: ``_SWAP`` (replaced one for one, see ``_SWAPS``;
    also every whitespace character but the space), ``_TOKEN_CHAR`` (its normalized form is not
    ``str.casefold`` of the same length, so it becomes its own token), ``_MARK`` (a combining
    mark, which joins the token of the character before it). Ignorables are tokenized apart."""
    if char in _SWAPS or (char.isspace() and char != " "):
        return _SWAP
    flags = _MARK if unicodedata.category(char).startswith("M") else 0
    if char in _IGNORABLE or char.isspace():
        return flags
    folded = char.casefold()
    if len(folded) != 1 or folded != _expand(char):
        flags |= _TOKEN_CHAR
    return flags


@lru_cache(maxsize=4_096)
def _token_pattern(marks: str, specials: str, ignorables: str) -> re.Pattern[str]:
    """Tokens whose normalized form is not ``casefold`` of the same length, in priority order:
    a base with its marks or ignorables; a whitespace run of two or more (ignorables included);
    a special character; a stray ignorable. Runs on text whose whitespace is all spaces already;
    alternatives for characters the text does not contain are left out, which matters: the
    pattern is tried at every position of a long article."""
    ign = re.escape(ignorables)
    alternatives = []
    if marks or ignorables:
        alternatives.append(f"[^ {ign}][{re.escape(marks)}{ign}]+")
    alternatives.append(f"[ {ign}]{{2,}}" if ignorables else " {2,}")
    if specials:
        alternatives.append(f"[{re.escape(specials)}]")
    if ignorables:
        alternatives.append(f"[{ign}]")
    return re.compile("|".join(alternatives))


@dataclass(frozen=True, slots=True)
class _Normalized:
    """A normalized text with the map back to the original.

    Outside the recorded groups, normalized and original characters correspond one to one, so
    only groups (tokens whose normalized length differs from their original length) are stored:
    ``text[norm_starts[g]:norm_ends[g]]`` came from ``original[orig_starts[g]:orig_ends[g]]``.
    """

    text: str
    has_marks: bool
    norm_starts: list[int]
    norm_ends: list[int]
    orig_starts: list[int]
    orig_ends: list[int]

    def orig_start(self, k: int, *, strict: bool) -> int | None:
        """Original offset where normalized position ``k`` begins; inside a group, the group's
        start (``strict``: None, because the match would split an original character)."""
        g = bisect.bisect_right(self.norm_starts, k) - 1
        if g >= 0 and k < self.norm_ends[g]:
            if k == self.norm_starts[g] or not strict:
                return self.orig_starts[g]
            return None
        return k + (self.orig_ends[g] - self.norm_ends[g] if g >= 0 else 0)

    def orig_end(self, k: int, *, strict: bool) -> int | None:
        """Original offset where a normalized match ending (exclusive) at ``k >= 1`` ends."""
        g = bisect.bisect_right(self.norm_starts, k - 1) - 1
        if g >= 0 and k - 1 < self.norm_ends[g]:
            if k == self.norm_ends[g] or not strict:
                return self.orig_ends[g]
            return None
        return k + (self.orig_ends[g] - self.norm_ends[g] if g >= 0 else 0)


def _normalize(text: str) -> _Normalized:
    if text.isascii():  # the common case for quotes: no tokens unless spaces run
        work = text.translate(_ASCII_SWAPS)
        if "  " not in work:
            return _Normalized(work.lower(), False, [], [], [], [])
    marks: list[str] = []
    specials: list[str] = []
    work = text
    chars = set(text)
    for char in chars:
        flags = _flags(char)
        if flags & _SWAP:
            work = work.replace(char, _SWAPS.get(char, " "))
        if flags & _MARK:
            marks.append(char)
        if flags & _TOKEN_CHAR:
            specials.append(char)
    ignorables = "".join(c for c in _IGNORABLE if c in chars)
    pattern = _token_pattern("".join(sorted(marks)), "".join(sorted(specials)), ignorables)
    parts: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    pos = 0
    npos = 0
    for m in pattern.finditer(work):
        start, end = m.span()
        if start > pos:
            parts.append(work[pos:start].casefold())
            npos += start - pos
        token = m.group()
        if token[0].isspace() or token[0] in _IGNORABLE:
            expanded = " " if " " in token else ""
        else:
            expanded = _expand(token)
        parts.append(expanded)
        if len(expanded) != end - start:
            norm_starts.append(npos)
            norm_ends.append(npos + len(expanded))
            orig_starts.append(start)
            orig_ends.append(end)
        npos += len(expanded)
        pos = end
    if pos < len(work):
        parts.append(work[pos:].casefold())
    return _Normalized("".join(parts), bool(marks), norm_starts, norm_ends, orig_starts,
                       orig_ends)


def _quote_variants(quote: str) -> list[str]:
    """Normalized forms of the quote to look for, most faithful first."""
    v0 = _normalize(quote).text.strip(" ")
    v1 = v0.strip(" " + _QUOTE_MARKS)
    v2 = v0.strip(" " + _QUOTE_MARKS + _ELISION_AND_END)
    variants: list[str] = []
    for v in (v0, v1, v2):
        if v and v not in variants:
            variants.append(v)
    return variants


# -- results ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Where a quote was found. ``start``/``end``/``text`` are None exactly when unmatched;
    otherwise ``text == article[start:end]``. ``score`` is 100 for exact and normalized matches,
    the similarity for fuzzy ones, 0 when unmatched."""

    kind: ResultKind
    score: float
    start: int | None
    end: int | None
    text: str | None

    @property
    def matched(self) -> bool:
        return self.kind != "unmatched"

    def to_span(self) -> Span:
        """The evidence span, recording how it was found. Raises ``ValueError`` if unmatched."""
        if self.kind == "unmatched" or self.start is None or self.end is None or self.text is None:
            raise ValueError("an unmatched quote has no span; the quote is not in the article")
        return Span(start=self.start, end=self.end, text=self.text, match=self.kind,
                    score=self.score)


UNMATCHED = MatchResult("unmatched", 0.0, None, None, None)


def _distance(start: int, end: int, near: int) -> int:
    if near < start:
        return start - near
    if near > end:
        return near - end
    return 0


# -- grounder -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"\w+")

_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "billion", "dozen", "first", "second", "third",
    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
    "eightieth", "ninetieth", "hundredth", "thousandth",
})
"""Spelled numbers, which carry counts as digits do: "sixty" is not a misspelling of "six" (75%
similar), nor "seventy" of "seven" (83%), nor "none" of "one" (86%)."""

_SCALE_PLURALS = {f"{word}s": word for word in ("dozen", "hundred", "thousand", "million",
                                                 "billion")}
"""A scale word's plural is an inflection of its singular rather than another number:
"hundred of" for "hundreds of" is a damaged quote, as "militia" for "militias" is."""

_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "none", "nobody", "nothing",
                        "nowhere", "cannot", "without"})
"""Words whose presence flips a statement: "did strike" is 93% similar to "did not strike"."""

_FACT_WORDS = _NUMBER_WORDS | _SCALE_PLURALS.keys() | _NEGATIONS
"""Words a fuzzy match may neither drop, add nor swap for another (see ``_same_facts``)."""

_CONTRACTED_NOT = re.compile(r"n't\b")
"""Read as the word "not" when words are compared, so "didn't" and "did not" say the same."""


def _compared_words(text: str) -> list[str]:
    """The words of a normalized text as the facts check compares them ("n't" is "not")."""
    return _WORDS.findall(_CONTRACTED_NOT.sub(" not", text))


def _same_number(word: str, other: str) -> bool:
    """Whether two words are one number word, the plural of a scale word being its singular."""
    return _SCALE_PLURALS.get(word, word) == _SCALE_PLURALS.get(other, other)


class Grounder:
    """Grounds many quotes against one article; per-article work is done once, lazily.

    Until a quote turns out not to be an exact substring, nothing is precomputed (a one-off
    exact quote costs one ``str.find``). Then the article is normalized once, with its offset
    map and an index of its space-separated chunks; from there on, a quote of three or more
    words is located through the index (the rarest of its inner words names the few places it
    can be), so grounding costs microseconds per quote however long the article is. Shorter
    quotes fall back to ``str.find``. Both ways give the same answers.

    Instances are not meant to be shared between threads while the index is being built.
    """

    def __init__(self, article: str, *, fuzzy_threshold: float = FUZZY_THRESHOLD) -> None:
        if not 0 < fuzzy_threshold <= 100:
            raise ValueError(f"fuzzy_threshold must be in (0, 100], got {fuzzy_threshold}")
        self._article = article
        self.fuzzy_threshold = float(fuzzy_threshold)
        self._norm: _Normalized | None = None
        self._index: dict[str, list[int]] = {}
        self._vocabulary: tuple[list[str], frozenset[str], frozenset[str]] | None = None

    @property
    def article(self) -> str:
        """The article, read-only: everything precomputed belongs to it."""
        return self._article

    def _prepare(self) -> _Normalized:
        if self._norm is None:
            self._norm = _normalize(self._article)
            self._index = _chunk_index(self._norm.text)
        return self._norm

    def ground(self, quote: str, *, near: int | None = None) -> MatchResult:
        """Locate ``quote``; see the module docstring for the stages and contracts."""
        if not quote or quote.isspace():
            return UNMATCHED
        prepared = self._norm is not None
        if not prepared:
            found = _choose(_find_all(self._article, quote, 0), near)
            if found is not None:
                return self._result("exact", 100.0, found)
        norm = self._prepare()
        variants = _quote_variants(quote)
        if prepared:
            found = _choose(self._exact_spans(quote, variants), near)
            if found is not None:
                return self._result("exact", 100.0, found)
        for variant in variants:
            found = _choose(self._normalized_spans(variant), near)
            if found is not None:
                return self._result("normalized", 100.0, found)
        if variants and len(variants[-1]) >= FUZZY_MIN_QUOTE_LENGTH and norm.text:
            fuzzy = self._fuzzy(variants[-1], near)
            if fuzzy is not None:
                score, found = fuzzy
                return self._result("fuzzy", score, found)
        return UNMATCHED

    def occurrences(self, quote: str) -> list[MatchResult]:
        """Every place ``ground`` could have chosen for ``quote``, in article order.

        All exact occurrences, else all normalized ones (the first variant that occurs at
        all), else the one best fuzzy window; empty when unmatched. ``ground(quote, near=n)``
        is always one of these. A caller that must not guess (which of two "two people" is the
        informed source's?) decides among them with what it knows of the item."""
        if not quote or quote.isspace():
            return []
        prepared = self._norm is not None
        if not prepared:
            spans = list(_find_all(self._article, quote, 0))
            if spans:
                return [self._result("exact", 100.0, s) for s in spans]
        self._prepare()
        variants = _quote_variants(quote)
        if prepared:
            spans = list(self._exact_spans(quote, variants))
            if spans:
                return [self._result("exact", 100.0, s) for s in spans]
        for variant in variants:
            spans = list(self._normalized_spans(variant))
            if spans:
                return [self._result("normalized", 100.0, s) for s in spans]
        match = self.ground(quote)
        return [match] if match.matched else []

    def _result(self, kind: ResultKind, score: float, span: tuple[int, int]) -> MatchResult:
        start, end = span
        return MatchResult(kind, score, start, end, self._article[start:end])

    def _candidates(self, variant: str) -> list[int] | None:
        """Every normalized position where ``variant`` occurs, found through the chunk index,
        or None when it has no inner word to look up (then the caller scans).

        An inner chunk of the variant (one with spaces on both sides) is a whole chunk of the
        article wherever the variant occurs, so its index entry lists them all."""
        chunks = variant.split(" ")
        if len(chunks) < 3:
            return None
        text = self._prepare().text
        best: list[int] | None = None
        best_offset = 0
        offset = len(chunks[0]) + 1
        for chunk in chunks[1:-1]:
            hits = self._index.get(chunk)
            if hits is None:
                return []
            if best is None or len(hits) < len(best):
                best, best_offset = hits, offset
            offset += len(chunk) + 1
        if best is None:
            return None
        return [p - best_offset for p in best
                if p >= best_offset and text.startswith(variant, p - best_offset)]

    def _exact_spans(self, quote: str, variants: list[str]) -> Iterator[tuple[int, int]]:
        """Exact occurrences in increasing order, through the index when that is sound.

        An exact occurrence normalizes to an occurrence of the quote's first variant, unless
        it cuts a letter from its combining marks, which needs marks in the article."""
        norm = self._prepare()
        positions = None if norm.has_marks or not variants else self._candidates(variants[0])
        if positions is None:
            yield from _find_all(self._article, quote, 0)
            return
        lead = 0
        while lead < len(quote) and (quote[lead].isspace() or quote[lead] in _IGNORABLE):
            lead += 1
        for position in positions:
            start = norm.orig_start(position, strict=False)
            assert start is not None
            start -= lead
            if start >= 0 and self._article.startswith(quote, start):
                yield start, start + len(quote)

    def _normalized_spans(self, variant: str) -> Iterator[tuple[int, int]]:
        """Normalized occurrences that map onto whole original characters, in increasing order."""
        norm = self._prepare()
        positions = self._candidates(variant)
        found = _find_all(norm.text, variant, 0) if positions is None else (
            (p, p + len(variant)) for p in positions)
        for i, j in found:
            start = norm.orig_start(i, strict=True)
            end = norm.orig_end(j, strict=True)
            if start is not None and end is not None:
                yield start, end

    # -- fuzzy ----------------------------------------------------------------------------------

    def _fuzzy(self, needle: str, near: int | None) -> tuple[float, tuple[int, int]] | None:
        norm = self._prepare()
        text = norm.text
        threshold = self.fuzzy_threshold
        digits = _DIGITS.findall(needle)
        if not self._could_have_same_facts(needle, digits):
            return None
        _, known, _ = self._words()
        places = self._places(needle, near)
        if not places:
            return None
        # Refining is the expensive part: do it for the best few places, and for every place
        # tied with the best (repeated passages, where ``near`` must decide).
        places.sort()
        seen: set[tuple[int, int]] = set()
        best: tuple[float, int, tuple[int, int]] | None = None  # score, distance, span
        for rank, (bound, _, rough_start, rough_end) in enumerate(places):
            if (rank >= _FUZZY_REFINE and bound > places[0][0]) or -bound < threshold:
                break
            window = _refine(needle, text, rough_start, rough_end, threshold)
            if window is None or window in seen:
                continue
            seen.add(window)
            checked = _checked_window(needle, text, window, threshold, digits, known)
            if checked is None:
                continue
            score, (ws, we) = checked
            start = norm.orig_start(ws, strict=False)
            end = norm.orig_end(we, strict=False)
            assert start is not None and end is not None
            distance = _distance(start, end, near) if near is not None else 0
            if best is None or (score, -distance, -start) > (best[0], -best[1], -best[2][0]):
                best = (score, distance, (start, end))
        if best is None:
            return None
        return best[0], best[2]

    def _words(self) -> tuple[list[str], frozenset[str], frozenset[str]]:
        """The article's words (sorted, and as a set) and its digit runs."""
        if self._vocabulary is None:
            chunks = " ".join(self._index)
            known = frozenset(_compared_words(chunks))
            self._vocabulary = sorted(known), known, frozenset(_DIGITS.findall(chunks))
        return self._vocabulary

    def _could_have_same_facts(self, needle: str, digits: list[str]) -> bool:
        """``_same_facts`` against the whole article: a window's words and digit runs are some
        of the article's, so a digit run, a fact word, or a word of four letters or more that
        is nowhere in the article (the last not even misspelt) rules out every window. Cheap,
        and it spares most paraphrases the search. Digit runs are looked up among the
        article's digit runs, not its words: "46" of "46th" is no word of the article."""
        words, known, known_digits = self._words()
        if any(d not in known_digits for d in digits):
            return False
        for word in _compared_words(needle):
            if word in known or word.isdigit():
                continue
            if word in _FACT_WORDS:
                if any(_same_number(word, other) for other in (f"{word}s", word[:-1])
                       if other in known):
                    continue
                return False
            if len(word) <= 3:  # may have been inserted: _gap_aligns
                continue
            if process.extractOne(word, words, scorer=fuzz.ratio,
                                  score_cutoff=_TYPO_SIMILARITY) is None:
                return False
        return True

    def _places(self, needle: str, near: int | None) -> list[tuple[float, int, int, int]]:
        """Where in the normalized text the needle may be, best first once sorted:
        ``(-best score reachable there, distance to near, rough start, rough end)``.

        The needle's rarest words (in this article) vote for the positions where the needle
        would start if each were in place; positions backed by at least half of them, and
        within a vote of the best, are places. A quote that is 90% similar to a window shares
        most of its words with it verbatim, so this loses nothing that could pass the
        threshold. Places are then ranked by how much of the needle, in order, the text around
        where a voter puts its start holds (a few microseconds each): in a repetitive article
        many places share the rare words, and only the sequence around them tells the true
        one. A short article is also aligned whole, which needs no shared words at all."""
        norm = self._prepare()
        text = norm.text
        n = len(text)
        length = len(needle)
        places: list[tuple[float, int, int, int]] = []

        def distance(start: int) -> int:
            if near is None:
                return 0
            return abs((norm.orig_start(min(max(start, 0), n), strict=False) or 0) - near)

        slack = 8 + length // 10

        def place(start: int, end: int) -> tuple[float, int, int, int]:
            # Any window around here that the refiner can reach lies in ``rough``, so it holds
            # at most ``common`` characters of the needle in order, which bounds its score.
            rough = text[max(0, start - slack):end + slack]
            common = fuzz.ratio(needle, rough) * (length + len(rough)) / 200
            bound = 200 * common / (length + common) if common else 0.0
            return -bound, distance(start), start, end

        if n <= _FUZZY_WHOLE_ARTICLE:
            cutoff = max(0.0, self.fuzzy_threshold - _FUZZY_LOCATE_SLACK)
            alignment = fuzz.partial_ratio_alignment(needle, text, score_cutoff=cutoff)
            if alignment is not None:
                places.append(place(alignment.dest_start, alignment.dest_end))
        first_offset: dict[str, int] = {}
        offset = 0
        for chunk in needle.split(" "):
            if len(chunk) >= 3 or any(c.isdigit() for c in chunk):
                first_offset.setdefault(chunk, offset)
            offset += len(chunk) + 1
        index = self._index
        voters = sorted(
            (len(hits), chunk, offset)
            for chunk, offset in first_offset.items()
            if (hits := index.get(chunk)) and len(hits) <= _INDEX_MAX_HITS
        )[:_FUZZY_VOTERS]
        if not voters:
            return places
        bucket = max(16, length // 2)
        half = bucket // 2
        # Two grids offset by half a bucket (even and odd keys), so a cluster of votes on a
        # bucket edge is not split; a word votes at most once per bucket.
        votes: Counter[int] = Counter()
        for _, chunk, offset in voters:
            hits = index[chunk]
            votes.update({(p - offset) // bucket * 2 for p in hits}
                         | {(p - offset + half) // bucket * 2 + 1 for p in hits})
        need = max(math.ceil(0.5 * len(voters)), max(votes.values()) - 1)
        voted = sorted((-count, key) for key, count in votes.items() if count >= need)
        cells: set[int] = set()  # origin // half of the places seen so far
        for _, key in voted:
            if len(cells) == _FUZZY_PLACES:
                break
            origin = key // 2 * bucket - (half if key % 2 else 0)
            cell = origin // half
            if not cells.isdisjoint((cell - 1, cell, cell + 1)):
                continue  # the same place, seen on the other grid
            cells.add(cell)
            start = origin
            for _, chunk, offset in voters:  # rarest first
                hits = index[chunk]
                i = bisect.bisect_left(hits, origin + offset)
                if i < len(hits) and hits[i] - offset < origin + bucket:
                    start = hits[i] - offset
                    break
            start = max(0, start)
            places.append(place(start, min(n, start + length)))
        return places


def _same_facts(needle: str, window: str, digits: list[str], known: frozenset[str]) -> bool:
    """Whether a window that is similar enough character by character also says the same thing
    (see ``_facts_differ``)."""
    return _facts_differ(needle, window, digits, known) == "nowhere"


def _facts_differ(needle: str, window: str, digits: list[str], known: frozenset[str]
                  ) -> Literal["nowhere", "edge", "inside"]:
    """Where a window that is similar enough character by character says something else than
    the quote: "nowhere", or "edge" when widening the window could help (a digit run or a
    quote word without its partner at either end), else "inside".

    Character similarity is blind to meaning: "killed 13" is 94% similar to "killed 12",
    "killed ten people" 96% to "killed two people", "killed sixty" 97% to "killed six", "the
    Akashat area" 91% to "the Al-Thulathat area", "did strike" 93% to "did not strike". So:

    * the window carries the quote's digit runs exactly, in order (``digits``), a digit run
      that is a word of its own at the same position as in the quote;
    * the quote's words line up with the window's by position: each word of three letters or
      more is the window word at its position or a misspelling/inflection of it (similarity
      >= ``_TYPO_SIMILARITY``). At its position, not anywhere: "struck" for the article's
      "hit" is not excused by a "truck" two words on. A three-letter word may also have been
      inserted, or be in the window verbatim (see ``_gap_aligns``);
    * number words and negations (``_FACT_WORDS``) are never dropped, added, or swapped for
      another word: the quote has the same word at that position ("n't" is "not", "hundreds"
      may stand for "hundred"), or, for one of five letters or more, a misspelling of it that
      is no word of the article (``known``) nor another fact word ("sevne" for "seven", not
      "there" for "three"). Shorter ones are one letter away from common words ("no"/"now",
      "four"/"for", "five"/"fire") and must be verbatim.

    Other window words the quote left out, and words shorter than three letters, are the
    score's business. Positions come from the longest common subsequence of the two word
    sequences (words verbatim in both, in order); between two such anchors, the remaining
    words must pair in order, which a small table over that gap decides."""
    found = _DIGITS.findall(window)
    if found != digits:
        return "edge" if len(found) < len(digits) else "inside"
    quote_words = _compared_words(needle)
    window_words = _compared_words(window)
    present = set(window_words)
    q = w = 0
    for block in LCSseq.editops(quote_words, window_words).as_matching_blocks():
        if not _gap_aligns(quote_words[q:block.a], window_words[w:block.b], present, known):
            first, last = q == w == 0, block.size == 0  # the last block is (len, len, 0)
            return "edge" if first or last else "inside"
        q, w = block.a + block.size, block.b + block.size
    return "nowhere"


def _is_fact(word: str) -> bool:
    """A word that must be paired on either side: a number word, a negation, a digit run."""
    return word in _FACT_WORDS or word.isdigit()


def _pairs(word: str, other: str, known: frozenset[str]) -> bool:
    """Whether quote ``word`` may stand where the window has ``other`` (see ``_same_facts``)."""
    if word == other or _same_number(word, other):
        return True
    if word.isdigit() or other.isdigit():  # "5pm" for "5 pm": the digits decide
        return _DIGITS.findall(word) == _DIGITS.findall(other)
    if word in _FACT_WORDS or len(word) < 3:
        return False
    if other in _FACT_WORDS and (len(other) < 5 or word in known):
        return False
    return fuzz.ratio(word, other) >= _TYPO_SIMILARITY


def _gap_aligns(quote: list[str], window: list[str], present: set[str],
                known: frozenset[str]) -> bool:
    """Whether the words between two anchors can be paired in order so that every quote word
    that needs a partner has one it may stand for (``_pairs``), and every fact word of the
    window is paired.

    Fact words and digit runs always need a partner (``_is_fact``); words of four letters or
    more too; words under three letters never do. A three-letter word needs none when it
    is in the window verbatim (an added "the" where the window has one elsewhere), or when it
    was merely inserted: every window word of three letters or more in its gap is paired with
    another quote word, so nothing the article says at that position was replaced ("the"
    added between two words the quote kept)."""
    facts_w = [_is_fact(word) for word in window]
    strict = [_is_fact(word) or len(word) > 3 or (len(word) == 3 and word not in present)
              for word in quote]
    if not any(strict) and not any(facts_w):
        return True
    if _pairable(quote, window, strict, facts_w, known):
        return True
    inserted = [_is_fact(word) or len(word) > 3 for word in quote]
    if inserted == strict:
        return False
    replaced = [_is_fact(word) or len(word) >= 3 for word in window]
    return _pairable(quote, window, inserted, replaced, known)


def _pairable(quote: list[str], window: list[str], need_q: list[bool], need_w: list[bool],
              known: frozenset[str]) -> bool:
    """Whether the two word sequences can be paired in order (``_pairs``) so that every needed
    word on either side has a partner; the rest may stay unpaired."""
    # reach[j]: the quote words so far and the first j window words can be consumed, every
    # needed one of them paired.
    reach = [True]
    for j in range(len(window)):
        reach.append(reach[j] and not need_w[j])
    for i, word in enumerate(quote):
        row = [reach[0] and not need_q[i]]
        for j, other in enumerate(window):
            row.append((reach[j + 1] and not need_q[i])
                       or (row[j] and not need_w[j])
                       or (reach[j] and _pairs(word, other, known)))
        reach = row
    return reach[-1]


def _checked_window(needle: str, text: str, window: tuple[int, int], threshold: float,
                    digits: list[str], known: frozenset[str]
                    ) -> tuple[float, tuple[int, int]] | None:
    """The refined window with its score if it passes the threshold and ``_same_facts``; else
    the best passing window that widens it by up to ``_WIDEN`` words on either side.

    The refiner weighs characters only, so at an edge it may leave out the word a quote word
    pairs with: "harmed and there no" (the quote dropped "were") is refined to "harmed and
    there", which lacks the quote's "no"; "harmed and there were no" says the same thing."""
    ws, we = window
    score = round(fuzz.ratio(needle, text[ws:we]), 2)
    if score < threshold:
        return None
    differ = _facts_differ(needle, text[ws:we], digits, known)
    if differ != "edge":
        return (score, window) if differ == "nowhere" else None
    before = text.rfind(" ", 0, max(0, ws - 64)) + 1 if ws > 64 else 0
    starts = [m.start() for m in _WORDS.finditer(text, before, ws)][-_WIDEN:]
    after = text.find(" ", we + 64) if we + 64 < len(text) else -1
    ends = [m.end() for m in _WORDS.finditer(text, we, len(text) if after == -1 else after)]
    ends = ends[:_WIDEN]
    best: tuple[float, tuple[int, int]] | None = None
    for s in [ws, *starts]:
        for e in [we, *ends]:
            if (s, e) == window:
                continue
            wider = round(fuzz.ratio(needle, text[s:e]), 2)
            if (wider >= threshold and (best is None or wider > best[0])
                    and _same_facts(needle, text[s:e], digits, known)):
                best = wider, (s, e)
    return best


def _refine(needle: str, text: str, start: int, end: int,
            threshold: float) -> tuple[int, int] | None:
    """Move a rough window's edges to word/punctuation edges, maximizing similarity.

    A rough window has the needle's length and may cut words; the evidence should not, and a
    quote that dropped or added words needs a wider or narrower window than its own length.
    Edges are searched exhaustively, one edge at a time, among the token edges near the rough
    ones, and lengths are bounded by what can reach the threshold at all (indel similarity of
    lengths L and W is at most 200 * min(L, W) / (L + W))."""
    length = len(needle)
    shortest = math.ceil(length * threshold / (200 - threshold))
    longest = math.floor(length * (200 - threshold) / threshold)
    reach = length // 4 + 8
    lo = max(0, start - reach)
    hi = min(len(text), start + longest + reach)
    lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
    spans = [m.span() for m in _TOKEN.finditer(text, lo, hi)]
    starts = [a for a, _ in spans if a <= start + reach]
    ends = [b for _, b in spans]
    if not starts:
        return None

    def ratio(s: int, e: int) -> float:
        return float(fuzz.ratio(needle, text[s:e])) if e > s else -1.0

    def best_end(s: int) -> int:  # ties: the shorter window
        fits = [e for e in ends if shortest <= e - s <= longest] or ends
        return max(fits, key=lambda e: (ratio(s, e), -e))

    def best_start(e: int) -> int:  # ties: the shorter window
        fits = [s for s in starts if shortest <= e - s <= longest] or starts
        return max(fits, key=lambda s: (ratio(s, e), s))

    s = min(starts, key=lambda x: abs(x - start))
    e = best_end(s)
    for _ in range(3):  # alternate until neither edge moves
        moved = best_start(e)
        moved_end = best_end(moved)
        if (moved, moved_end) == (s, e):
            break
        s, e = moved, moved_end
    return (s, e) if e > s else None


def _find_all(haystack: str, needle: str, start: int) -> Iterator[tuple[int, int]]:
    """Every occurrence, overlapping ones included, in increasing order."""
    i = haystack.find(needle, start)
    while i != -1:
        yield i, i + len(needle)
        i = haystack.find(needle, i + 1)


def _choose(spans: Iterable[tuple[int, int]], near: int | None) -> tuple[int, int] | None:
    """The first span, or the one nearest to ``near`` (ties: the earlier). ``spans`` must come
    in increasing start order: the search stops once they can only get farther away."""
    best: tuple[int, int] | None = None
    best_distance = 0
    for start, end in spans:
        if near is None:
            return start, end
        distance = _distance(start, end, near)
        if best is None or distance < best_distance:
            best, best_distance = (start, end), distance
            if distance == 0:
                break
        elif start - near > best_distance:
            break
    return best


def _chunk_index(text: str) -> dict[str, list[int]]:
    """Space-separated chunk -> its start positions, ascending."""
    index: dict[str, list[int]] = {}
    position = 0
    for chunk in text.split(" "):
        if chunk:
            hits = index.get(chunk)
            if hits is None:
                index[chunk] = [position]
            else:
                hits.append(position)
        position += len(chunk) + 1
    return index


def ground(article: str, quote: str, *, near: int | None = None) -> MatchResult:
    """One-off grounding; use ``Grounder`` for several quotes against the same article."""
    return Grounder(article).ground(quote, near=near)
