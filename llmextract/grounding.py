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
   article window with the best ``rapidfuzz`` indel similarity, snapped to word edges; accepted
   when the similarity is at least the threshold *and* the quote's digit runs equal the window's
   (a model that writes "13 killed" where the article says "12 killed" must not be grounded).
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
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from llmextract.schema import Span

__all__ = [
    "FUZZY_MIN_QUOTE_LENGTH",
    "FUZZY_THRESHOLD",
    "GROUNDING_VERSION",
    "Grounder",
    "MatchKind",
    "MatchResult",
    "ground",
]

GROUNDING_VERSION: str = "1"

FUZZY_THRESHOLD: float = 90.0
"""Minimum rapidfuzz indel similarity (0..100) between the normalized quote and the window.

By the time fuzzy runs, quote marks, dashes, whitespace and case have already been normalized
away, so what remains are real wording differences. 90 tolerates a dropped or added short word,
a typo or a spelling variant in a sentence-length quote (a 60-character quote may differ by about
six characters), while a paraphrase that swaps several words scores 60-85 and is rejected. Lower
thresholds start grounding paraphrases to the sentence they paraphrase, which makes the span
look verbatim when it is not; the score is stored on the span so a reader can tell."""

FUZZY_MIN_QUOTE_LENGTH: int = 20
"""Normalized quotes shorter than this are never fuzzy-matched.

A short quote is a name, a number or a phrase; at 90% similarity a 12-character quote may differ
by one character, which turns "12 killed" into "13 killed" or one village into another. Short
evidence is either verbatim or wrong."""

_FUZZY_LOCATE_SLACK = 15.0
"""How far below the threshold a rough window may score and still be refined: the first window
has the quote's length, so a quote that dropped a word scores low until the window is widened."""

_FUZZY_MAX_REGIONS = 8
"""Candidate regions examined per quote; bounds fuzzy cost on long, repetitive articles."""

_FUZZY_WHOLE_ARTICLE = 4_000
"""Articles up to this many normalized characters are also scanned whole by the aligner, which
is cheap at this size and does not depend on shared words."""

_INDEX_MAX_HITS = 400
"""Words occurring more often than this carry no location information and are not voted on."""

MatchKind = Literal["exact", "normalized", "fuzzy", "unmatched"]

# -- normalization ------------------------------------------------------------------------------

_IGNORABLE = "\u00ad\u200b\u2060\ufeff"  # soft hyphen, zero-width space, word joiner, BOM

_CHAR_MAP: dict[int, str] = {
    **{ord(c): "'" for c in "‘’‚‛′‹›`´"},
    **{ord(c): '"' for c in "“”„‟″«»"},
    **{ord(c): "-" for c in "‐‑‒–—―−"},
    ord("…"): "...",
    ord("ı"): "i",
    **{ord(c): "" for c in _IGNORABLE},
}

_IGNORE_MAP: dict[int, None] = {ord(c): None for c in _IGNORABLE}

_QUOTE_MARKS = "\"'"
_ELISION_AND_END = ".,;:"


@lru_cache(maxsize=65_536)
def _expand(text: str) -> str:
    """Normalized form of one token: a single character, or a base character with its marks.

    Canonical caseless matching (NFD, casefold, recompose) per token, so canonically equivalent
    spellings agree; then the punctuation folds of ``_CHAR_MAP``."""
    visible = text.translate(_IGNORE_MAP)
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFD", visible).casefold())
    return folded.replace("i\u0307", "i").translate(_CHAR_MAP)


@lru_cache(maxsize=65_536)
def _classify(char: str) -> int:
    """0: folded by ``str.casefold`` alone, length kept; 1: needs its own token.

    Whitespace, marks and ignorables are tokenized by their own regex alternatives and never
    reach here."""
    folded = char.casefold()
    return 0 if len(folded) == 1 and folded == _expand(char) else 1


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


@lru_cache(maxsize=4_096)
def _token_pattern(marks: str, specials: str) -> re.Pattern[str]:
    """Tokens whose normalized form is not ``casefold`` of the same length, in priority order:
    a base with its marks or ignorables; a whitespace run of two or more (ignorables included);
    a lone non-space whitespace character; a special character; a stray ignorable."""
    ign = re.escape(_IGNORABLE)
    alternatives = []
    if marks:
        alternatives.append(f"[^\\s{ign}][{re.escape(marks)}{ign}]+")
    else:
        alternatives.append(f"[^\\s{ign}][{ign}]+")
    alternatives.append(f"[\\s{ign}]{{2,}}")
    alternatives.append("[^\\S ]")
    if specials:
        alternatives.append(f"[{re.escape(specials)}]")
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
    chars = set(text)
    marks = "".join(sorted(c for c in chars if _is_mark(c)))
    specials = "".join(sorted(
        c for c in chars
        if not c.isspace() and c not in _IGNORABLE and _classify(c)
    ))
    pattern = _token_pattern(marks, specials)
    parts: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    pos = 0
    npos = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        if start > pos:
            parts.append(text[pos:start].casefold())
            npos += start - pos
        token = m.group()
        if token[0].isspace() or token[0] in _IGNORABLE:
            expanded = " " if any(c.isspace() for c in token) else ""
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
    if pos < len(text):
        parts.append(text[pos:].casefold())
    return _Normalized("".join(parts), norm_starts, norm_ends, orig_starts, orig_ends)


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

    kind: MatchKind
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

_WORD = re.compile(r"\w{3,}|\d+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d+")


class Grounder:
    """Grounds many quotes against one article; per-article work is done once, lazily.

    The normalized article and its offset map are built on the first quote that is not an exact
    substring; the word index for fuzzy candidates on the first quote that needs fuzzy matching.
    Instances are not meant to be shared between threads while these are being built.
    """

    def __init__(self, article: str, *, fuzzy_threshold: float = FUZZY_THRESHOLD) -> None:
        if not 0 < fuzzy_threshold <= 100:
            raise ValueError(f"fuzzy_threshold must be in (0, 100], got {fuzzy_threshold}")
        self.article = article
        self.fuzzy_threshold = float(fuzzy_threshold)
        self._norm: _Normalized | None = None
        self._index: dict[str, list[int]] | None = None

    @property
    def _normalized(self) -> _Normalized:
        if self._norm is None:
            self._norm = _normalize(self.article)
        return self._norm

    def ground(self, quote: str, *, near: int | None = None) -> MatchResult:
        """Locate ``quote``; see the module docstring for the stages and contracts."""
        if not quote or quote.isspace():
            return UNMATCHED
        found = _nearest_occurrence(self.article, quote, near)
        if found is not None:
            return MatchResult("exact", 100.0, found, found + len(quote),
                               self.article[found:found + len(quote)])
        variants = _quote_variants(quote)
        if not variants:
            return UNMATCHED
        norm = self._normalized
        for variant in variants:
            span = self._find_normalized(variant, near)
            if span is not None:
                return self._result("normalized", 100.0, span)
        needle = variants[-1]
        if len(needle) >= FUZZY_MIN_QUOTE_LENGTH and norm.text:
            fuzzy = self._fuzzy(needle, near)
            if fuzzy is not None:
                score, span = fuzzy
                return self._result("fuzzy", score, span)
        return UNMATCHED

    def _result(self, kind: MatchKind, score: float, span: tuple[int, int]) -> MatchResult:
        start, end = span
        return MatchResult(kind, score, start, end, self.article[start:end])

    def _find_normalized(self, variant: str, near: int | None) -> tuple[int, int] | None:
        """Nearest (else first) normalized occurrence that maps onto whole original characters."""
        norm = self._normalized
        text = norm.text
        best: tuple[int, int] | None = None
        best_distance = 0
        i = text.find(variant)
        while i != -1:
            start = norm.orig_start(i, strict=True)
            end = norm.orig_end(i + len(variant), strict=True)
            if start is not None and end is not None:
                if near is None:
                    return start, end
                d = _distance(start, end, near)
                if best is None or d < best_distance:
                    best, best_distance = (start, end), d
                elif start - near > best_distance:
                    break
            i = text.find(variant, i + 1)
        return best

    # -- fuzzy ----------------------------------------------------------------------------------

    def _fuzzy(self, needle: str, near: int | None) -> tuple[float, tuple[int, int]] | None:
        norm = self._normalized
        text = norm.text
        threshold = self.fuzzy_threshold
        cutoff = max(0.0, threshold - _FUZZY_LOCATE_SLACK)
        digits = _DIGITS.findall(needle)
        seen: set[tuple[int, int]] = set()
        best: tuple[float, int, tuple[int, int]] | None = None  # score, distance, span
        for lo, hi in self._regions(needle, near):
            alignment = fuzz.partial_ratio_alignment(needle, text[lo:hi], score_cutoff=cutoff)
            if alignment is None:
                continue
            window = _refine(needle, text, lo + alignment.dest_start, lo + alignment.dest_end)
            if window is None or window in seen:
                continue
            seen.add(window)
            ws, we = window
            score = round(fuzz.ratio(needle, text[ws:we]), 2)
            if score < threshold or _DIGITS.findall(text[ws:we]) != digits:
                continue
            start = norm.orig_start(ws, strict=False)
            end = norm.orig_end(we, strict=False)
            assert start is not None and end is not None
            distance = _distance(start, end, near) if near is not None else 0
            key = (score, -distance, -start)
            if best is None or key > (best[0], -best[1], -best[2][0]):
                best = (score, distance, (start, end))
        if best is None:
            return None
        return best[0], best[2]

    def _word_index(self) -> dict[str, list[int]]:
        if self._index is None:
            index: dict[str, list[int]] = {}
            for m in _WORD.finditer(self._normalized.text):
                index.setdefault(m.group(), []).append(m.start())
            self._index = index
        return self._index

    def _regions(self, needle: str, near: int | None) -> list[tuple[int, int]]:
        """Normalized-text windows worth aligning the needle against.

        Each word of the needle votes for the article positions where the needle would start if
        that word were in place; positions backed by enough distinct words become regions. A
        quote that is 90% similar to a window shares most of its words with it verbatim, so this
        loses nothing that could pass the threshold while skipping the aligner on most of a long
        article."""
        text = self._normalized.text
        n = len(text)
        length = len(needle)
        pad = length // 2 + 16
        regions: list[tuple[int, int]] = []
        if n <= max(_FUZZY_WHOLE_ARTICLE, length + 2 * pad):
            regions.append((0, n))
        index = self._word_index()
        bucket = max(16, length // 2)
        half = bucket // 2
        # Two grids offset by half a bucket, so a cluster of votes on a bucket edge is not split.
        votes: dict[int, set[int]] = {}  # grid origin -> ids of the words voting for it
        words = 0
        first_offset: dict[str, int] = {}
        for m in _WORD.finditer(needle):
            first_offset.setdefault(m.group(), m.start())
        for word_id, (word, offset) in enumerate(first_offset.items()):
            hits = index.get(word, [])
            if len(hits) > _INDEX_MAX_HITS:
                continue
            words += 1
            for p in hits:
                diag = p - offset
                votes.setdefault((diag // bucket) * bucket, set()).add(word_id)
                votes.setdefault(((diag + half) // bucket) * bucket - half, set()).add(word_id)
        need = max(1, math.ceil(0.3 * words))
        ranked: list[tuple[int, int, int]] = []  # -votes, distance to near, bucket start
        for origin, voters in votes.items():
            if len(voters) >= need:
                distance = 0 if near is None else abs(origin - near)
                ranked.append((-len(voters), distance, origin))
        ranked.sort()
        for _, _, origin in ranked[:_FUZZY_MAX_REGIONS]:
            lo = max(0, origin - pad)
            hi = min(n, origin + bucket + length + pad)
            if lo < hi:
                regions.append((lo, hi))
        return regions


def _refine(needle: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Move a rough window's edges to word/punctuation edges, climbing on similarity.

    The aligner's window has the needle's length and may cut words; the evidence should not,
    and a quote that dropped or added a word needs a wider or narrower window than its own
    length."""
    length = len(needle)
    lo = max(0, start - length // 2 - 16)
    hi = min(len(text), end + length // 2 + 16)
    lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
    space = text.find(" ", hi)
    hi = len(text) if space == -1 else space
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text, lo, hi):
        starts.append(m.start())
        ends.append(m.end())
    if not starts:
        return None

    def nearest(points: list[int], x: int) -> int:
        i = bisect.bisect_left(points, x)
        if i == len(points):
            return i - 1
        if i > 0 and x - points[i - 1] <= points[i] - x:
            return i - 1
        return i

    i = nearest(starts, start)
    j = nearest(ends, end)
    if ends[j] <= starts[i]:
        j = bisect.bisect_right(ends, starts[i])
        if j == len(ends):
            return None

    def score(a: int, b: int) -> float:
        if not (0 <= a < len(starts) and 0 <= b < len(ends)) or ends[b] <= starts[a]:
            return -1.0
        return float(fuzz.ratio(needle, text[starts[a]:ends[b]]))

    current = score(i, j)
    for _ in range(4 * len(starts)):
        moves = [(i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1), (i - 1, j - 1), (i + 1, j + 1)]
        best_move = max(moves, key=lambda mv: score(*mv))
        best_score = score(*best_move)
        if best_score <= current:
            break
        (i, j), current = best_move, best_score
    return starts[i], ends[j]


def _nearest_occurrence(haystack: str, needle: str, near: int | None) -> int | None:
    """Start of the occurrence of ``needle`` nearest to ``near`` (ties: earliest), else first."""
    i = haystack.find(needle)
    if i == -1 or near is None:
        return None if i == -1 else i
    best = i
    best_distance = _distance(i, i + len(needle), near)
    while best_distance:
        i = haystack.find(needle, i + 1)
        if i == -1:
            break
        d = _distance(i, i + len(needle), near)
        if d < best_distance:
            best, best_distance = i, d
        elif i - near > best_distance:
            break
    return best


def ground(article: str, quote: str, *, near: int | None = None) -> MatchResult:
    """One-off grounding; use ``Grounder`` for several quotes against the same article."""
    return Grounder(article).ground(quote, near=near)
