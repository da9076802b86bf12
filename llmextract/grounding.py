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
   the threshold *and* the window says the same thing: the same digit runs, and every word of
   three letters or more present or merely misspelt/inflected. A model that writes "13 killed"
   or "ten killed" where the article says "12 killed" or "two killed" is not grounded, however
   similar the characters.
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

from llmextract.schema import Span

__all__ = [
    "FUZZY_MIN_QUOTE_LENGTH",
    "FUZZY_THRESHOLD",
    "GROUNDING_VERSION",
    "Grounder",
    "MatchResult",
    "ResultKind",
    "ground",
]

GROUNDING_VERSION: str = "1"

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
        self._vocabulary: tuple[list[str], frozenset[str]] | None = None

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
            ws, we = window
            score = round(fuzz.ratio(needle, text[ws:we]), 2)
            if score < threshold or not _same_facts(needle, text[ws:we], digits):
                continue
            start = norm.orig_start(ws, strict=False)
            end = norm.orig_end(we, strict=False)
            assert start is not None and end is not None
            distance = _distance(start, end, near) if near is not None else 0
            if best is None or (score, -distance, -start) > (best[0], -best[1], -best[2][0]):
                best = (score, distance, (start, end))
        if best is None:
            return None
        return best[0], best[2]

    def _could_have_same_facts(self, needle: str, digits: list[str]) -> bool:
        """``_same_facts`` against the whole article's vocabulary: a window's words are some of
        the article's words, so a quote word that is nowhere in the article, not even misspelt,
        rules out every window. Cheap, and it spares most paraphrases the search."""
        if self._vocabulary is None:
            known = frozenset(_WORDS.findall(" ".join(self._index)))
            self._vocabulary = sorted(known), known
        words, known = self._vocabulary
        if any(d not in known for d in digits):
            return False
        for word in _WORDS.findall(needle):
            if len(word) < 3 or word.isdigit() or word in known:
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


def _same_facts(needle: str, window: str, digits: list[str]) -> bool:
    """Whether a window that is similar enough character by character also says the same thing.

    Character similarity is blind to meaning: "killed 13" is 94% similar to "killed 12",
    "killed ten people" 96% to "killed two people", "the Akashat area" 91% to "the Al-Thulathat
    area". So the window must carry the quote's digits exactly, and every word of the quote of
    three letters or more verbatim or misspelt/inflected (similarity >= ``_TYPO_SIMILARITY`` to
    one of the window's words). The threshold decides how much damage a quote may carry; this
    decides that none of it is a different word. Shorter words are left to the score."""
    if _DIGITS.findall(window) != digits:
        return False
    present = set(_WORDS.findall(window))
    return all(
        word in present
        or any(fuzz.ratio(word, other) >= _TYPO_SIMILARITY for other in present)
        for word in _WORDS.findall(needle)
        if len(word) >= 3 and not word.isdigit()
    )


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
