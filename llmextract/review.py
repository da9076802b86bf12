"""Review of a model's answer, item by item: what is grounded is kept, what is not is re-asked,
and after the bounded re-asks rejected on its own, never at the cost of the rest of the article.

One answer goes through these steps (pure, given the article's ``Grounder``):

1. shape: the answer is a JSON object with ``events`` and ``claims`` lists; anything else is a
   problem of the whole answer (``{}`` is not "nothing found": that is two empty lists);
2. each item alone: its fields validate (``DraftEvent`` / ``DraftClaim``);
3. placement: every quote of every item gets one place in the article (``Placer``), decided by
   the item's other quotes, its sentence, its event and the other items, or it is a problem
   (not in the article; occurs several times with nothing to tell which);
4. checks: an event's date against its own date quote, a claim's count against its own quotes
   (only what the quantity reader is sure of), refs and links.

A problem belongs to one item. While re-asks remain, an answer with problems is refused with a
message that lists each problem on its own line, in plain text, quotes as the model wrote them
and the nearest article passage where there is one. On the last attempt, or when the token
budget ends the exchange, the best answer seen is kept: its good items are returned, each bad
one is recorded as a ``RejectedItem`` with its problems, and links to a rejected item are cut
with a warning. Nothing whose span is not ``article[start:end]`` is ever accepted.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError
from rapidfuzz import fuzz

from llmextract.cut_answer import CutAnswer, read_cut_answer
from llmextract.draft import AnswerRejected, Draft, DraftClaim, DraftCount, DraftEvent
from llmextract.grounding import Grounder, MatchResult
from llmextract.normalize.dates import date_contradiction
from llmextract.normalize.quantities import count_contradiction
from llmextract.schema import (
    Attacker,
    CasualtyClaim,
    Count,
    DateRange,
    Location,
    RejectedItem,
    Span,
    StrikeEvent,
)

ItemKind = Literal["event", "claim"]

#: Quote parts joined by an ellipsis must stand in this order within this many characters.
_ELLIPSIS_GAP = 400
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")
#: Candidate places tried when an item's quotes must be placed together.
_JOINT_LIMIT = 24
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
#: The nearest passage is looked for in articles up to this many characters (it is a hint).
_NEAREST_MAX_ARTICLE = 200_000
_NEAREST_MIN_SCORE = 60.0


# -- placement -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    """One possible place of one quote: one span, or several for a quote elided with '...'."""

    parts: tuple[MatchResult, ...]

    @property
    def start(self) -> int:
        return self.parts[0].start or 0

    @property
    def end(self) -> int:
        return self.parts[-1].end or 0

    @property
    def key(self) -> tuple[int, int]:
        return self.start, self.end

    def spans(self) -> list[Span]:
        return [part.to_span() for part in self.parts]


class Placer:
    """Finds where an item's quotes stand; one per article, shared by every answer about it."""

    def __init__(self, grounder: Grounder, instructions: str = "") -> None:
        self.grounder = grounder
        #: The prompt's own words (lowercased, spaces collapsed): a small model sometimes quotes
        #: them instead of the article, and the re-ask should say so.
        self.instructions = _folded(instructions)
        article = grounder.article
        self._sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(article)]
        self._places: dict[str, list[_Place]] = {}

    def places(self, quote: str) -> list[_Place]:
        """Every place the quote may stand, in article order (memoised per quote)."""
        found = self._places.get(quote)
        if found is None:
            found = [_Place((m,)) for m in self.grounder.occurrences(quote)]
            if not found:
                found = self._elided(quote)
            self._places[quote] = found
        return found

    def _elided(self, quote: str) -> list[_Place]:
        """A quote with '...' inside is its pieces, in order, close together."""
        pieces = [p for p in _ELLIPSIS.split(quote.strip()) if p.strip(" .,;:")]
        if len(pieces) < 2:
            return []
        per_piece = [self.grounder.occurrences(p) for p in pieces]
        if any(not found for found in per_piece):
            return []
        places = []
        for first in per_piece[0]:
            chain = [first]
            for found in per_piece[1:]:
                end = chain[-1].end or 0
                following = [m for m in found if (m.start or 0) >= end
                             and (m.start or 0) - end <= _ELLIPSIS_GAP]
                if not following:
                    break
                chain.append(following[0])
            if len(chain) == len(pieces):
                places.append(_Place(tuple(chain)))
        return places

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def distance(self, place: _Place, anchors: Sequence[tuple[int, int]]) -> tuple[int, int]:
        """(sentences apart, characters apart) from the nearest anchor; (0, 0) inside one."""
        best: tuple[int, int] | None = None
        for start, end in anchors:
            chars = 0 if place.start < end and start < place.end else (
                start - place.end if place.end <= start else place.start - end)
            sentences = 0 if chars == 0 else abs(
                self.sentence(place.start) - self.sentence(start))
            if best is None or (sentences, chars) < best:
                best = (sentences, chars)
        return best if best is not None else (0, 0)


@dataclass
class _Item:
    kind: ItemKind
    index: int
    raw: Any
    draft: DraftEvent | DraftClaim | None = None
    problems: list[str] = field(default_factory=list)
    places: list[_Place] = field(default_factory=list)
    date_place: _Place | None = None

    @property
    def ref(self) -> str | None:
        if self.draft is not None:
            return self.draft.ref
        ref = self.raw.get("ref") if isinstance(self.raw, dict) else None
        return ref if isinstance(ref, str) else None

    @property
    def quotes(self) -> list[str]:
        return list(self.draft.quotes) if self.draft is not None else []

    def spans(self) -> list[Span]:
        spans: list[Span] = []
        for place in [*self.places, *([self.date_place] if self.date_place else [])]:
            for span in place.spans():
                if all((s.start, s.end) != (span.start, span.end) for s in spans):
                    spans.append(span)
        return spans


# -- one answer ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    """One answer, judged: what would be kept and what would be rejected if it were the last."""

    draft: Draft
    events: list[tuple[DraftEvent, list[Span]]]
    claims: list[tuple[DraftClaim, list[Span]]]
    rejected: list[RejectedItem]
    warnings: list[str]
    #: One line per problem, each naming its item: the re-ask.
    problems: list[str]

    @property
    def accepted(self) -> int:
        return len(self.events) + len(self.claims)


def review_answer(json_data: str | bytes | bytearray, placer: Placer,
                  published: dt.date | None) -> Outcome:
    """Judge one answer. Raises ``AnswerRejected`` when the answer as a whole is unusable."""
    try:
        data = json.loads(json_data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AnswerRejected(
            f"Your answer is not valid JSON ({exc.msg if hasattr(exc, 'msg') else exc}). "
            'Answer with one JSON object: {"events": [...], "claims": [...]}.') from None
    if not isinstance(data, dict):
        raise AnswerRejected('Your answer must be one JSON object: {"events": [...], '
                             '"claims": [...]}, with empty lists when the article reports no '
                             "strike and no casualties.")
    missing = [key for key in ("events", "claims") if not isinstance(data.get(key), list)]
    if missing:
        names = " and ".join(f'"{k}"' for k in missing)
        raise AnswerRejected(
            f"Your answer has no {names} list. Answer with one JSON object "
            '{"events": [...], "claims": [...]}; use empty lists when the article reports no '
            "strike and no casualties.")
    warnings = []
    extra = sorted(str(k) for k in data if k not in ("events", "claims"))
    if extra:
        warnings.append(f"the answer's unexpected top-level keys were ignored: {', '.join(extra)}")
    events = [_parse(_Item("event", i, raw)) for i, raw in enumerate(data["events"])]
    claims = [_parse(_Item("claim", i, raw)) for i, raw in enumerate(data["claims"])]
    _place_all(events, claims, placer)
    _check_dates([*events, *claims], published)
    _check_claims(claims)
    _check_repeats(events, claims)
    link_problems = _links(events, claims)
    problems = [f"{_label(item, events, claims)}: {problem}"
                for item in [*events, *claims] for problem in item.problems]
    problems += link_problems
    return _outcome(events, claims, warnings, problems)


def _parse(item: _Item) -> _Item:
    model = DraftEvent if item.kind == "event" else DraftClaim
    if not isinstance(item.raw, dict):
        item.problems.append(f"is not a JSON object (got {type(item.raw).__name__})")
        return item
    try:
        item.draft = model.model_validate(item.raw)
    except ValidationError as exc:
        item.problems += [_field_problem(error) for error in exc.errors()[:4]]
    return item


def _field_problem(error: Any) -> str:
    where = ".".join(str(p) for p in error.get("loc", ())) or "item"
    message = str(error.get("msg", "is invalid"))
    if error.get("type") == "missing":
        return f"field {where} is missing"
    got = error.get("input")
    shown = f" (got {_json(got)})" if got is not None and not isinstance(got, dict | list) else ""
    return f"field {where}: {message}{shown}"


def _place_all(events: list[_Item], claims: list[_Item], placer: Placer) -> None:
    items = [item for item in [*events, *claims] if item.draft is not None]
    # Quotes that could stand in exactly the same places compete for them, whatever their case
    # or spacing: "Detained a few" and "detained a few" of two claims are the same two places.
    wanting: dict[tuple[tuple[int, int], ...], list[_Item]] = {}
    for item in items:
        for quote in dict.fromkeys(item.quotes):
            wanting.setdefault(_places_key(placer.places(quote)), []).append(item)
    by_ref: dict[str, list[_Item]] = {}
    for event in events:
        if event.ref is not None:
            by_ref.setdefault(event.ref, []).append(event)
    taken: set[tuple[int, int]] = set()
    for item in items:
        outside: list[tuple[int, int]] = []
        if isinstance(item.draft, DraftClaim) and item.draft.event is not None:
            linked = by_ref.get(item.draft.event, [])
            if len(linked) == 1:
                outside = [p.key for p in linked[0].places]
        _place_item(item, placer, outside, taken, wanting)
        taken.update(p.key for p in item.places)


def _places_key(places: list[_Place]) -> tuple[tuple[int, int], ...]:
    return tuple(p.key for p in places)


def _place_item(item: _Item, placer: Placer, outside: list[tuple[int, int]],
                taken: set[tuple[int, int]],
                wanting: dict[tuple[tuple[int, int], ...], list[_Item]]) -> None:
    quotes = list(dict.fromkeys(item.quotes))
    repeats = {q: item.quotes.count(q) for q in quotes}
    options: list[list[_Place]] = []
    for quote in quotes:
        found = placer.places(quote)
        if not found:
            item.problems.append(_not_found(quote, placer))
        options.append(found)
    if item.problems:
        return
    # The same quote given as often as it occurs means every occurrence.
    every = [i for i, q in enumerate(quotes) if 1 < len(options[i]) <= repeats[q]]
    chosen: list[list[_Place] | None] = [
        options[i] if i in every else [options[i][0]] if len(options[i]) == 1 else None
        for i in range(len(quotes))
    ]
    anchors = [p.key for picked in chosen if picked is not None for p in picked]
    open_ = [i for i, p in enumerate(chosen) if p is None]
    if open_ and not anchors and len(open_) > 1:
        joint = _joint([options[i] for i in open_], placer)
        if joint is not None:
            for i, place in zip(open_, joint, strict=True):
                chosen[i] = [place]
            open_ = []
    for i in open_:
        anchored = anchors or outside
        pick = _nearest(options[i], anchored, placer, taken) if anchored else None
        if pick is None and not anchored:
            pick = _unanchored(item, options[i], taken, wanting)
        if pick is None:
            item.problems.append(_ambiguous(quotes[i], options[i]))
        else:
            chosen[i] = [pick]
    if item.problems:
        return
    item.places = [p for picked in chosen if picked is not None for p in picked]
    if item.draft is not None and item.draft.date_quote:
        _place_date(item, item.draft.date_quote, placer)


def _nearest(options: list[_Place], anchors: Sequence[tuple[int, int]], placer: Placer,
             taken: set[tuple[int, int]]) -> _Place | None:
    """The one place nearest the anchors; among equally near ones, the only one no other item
    took; None when that still leaves a choice."""
    ranked = sorted(options, key=lambda p: placer.distance(p, anchors))
    best = placer.distance(ranked[0], anchors)
    tied = [p for p in ranked if placer.distance(p, anchors) == best]
    if len(tied) == 1:
        return tied[0]
    free = [p for p in tied if p.key not in taken]
    return free[0] if len(free) == 1 else None


def _joint(options: list[list[_Place]], placer: Placer) -> tuple[_Place, ...] | None:
    """Quotes that each occur several times, none anchored: the one arrangement that keeps them
    closest together, if one is strictly closest."""
    pivot = min(range(len(options)), key=lambda i: len(options[i]))
    arrangements: list[tuple[tuple[int, int], tuple[_Place, ...]]] = []
    for place in options[pivot][:_JOINT_LIMIT]:
        picked: list[_Place] = []
        total = (0, 0)
        for i, found in enumerate(options):
            if i == pivot:
                picked.append(place)
                continue
            near = min(found, key=lambda p: placer.distance(p, [place.key]))
            d = placer.distance(near, [place.key])
            total = (total[0] + d[0], total[1] + d[1])
            picked.append(near)
        arrangements.append((total, tuple(picked)))
    arrangements.sort(key=lambda a: a[0])
    if len(arrangements) > 1 and arrangements[0][0] == arrangements[1][0]:
        return None
    return arrangements[0][1] if arrangements else None


def _unanchored(item: _Item, options: list[_Place], taken: set[tuple[int, int]],
                wanting: dict[tuple[tuple[int, int], ...], list[_Item]]) -> _Place | None:
    """A quote with several places and nothing in its item to tell which: the only place no
    other item took; or, when as many items quote the same words as the article has places
    for them, the n-th item takes the n-th place (two sources each quoting "two people were
    killed"). Anything else would be a guess."""
    free = [p for p in options if p.key not in taken]
    if len(free) == 1 and len(free) < len(options):
        return free[0]
    items = wanting.get(_places_key(options), [])
    if len(items) == len(options) and item in items:
        return options[items.index(item)]
    return None


def _place_date(item: _Item, quote: str, placer: Placer) -> None:
    """A date quote inside the item's own evidence is that one ("Tuesday" in "struck the town on
    Tuesday"), else the nearest."""
    found = placer.places(quote)
    if not found:
        item.problems.append("date_quote " + _not_found(quote, placer)[6:])
        return
    inside = [p for p in found if any(s <= p.start and p.end <= e
                                      for s, e in (q.key for q in item.places))]
    if inside:
        item.date_place = inside[0]
        return
    pick = _nearest(found, [p.key for p in item.places], placer, set())
    if pick is None:
        item.problems.append("date_quote " + _ambiguous(quote, found)[6:])
    item.date_place = pick


def _check_dates(items: list[_Item], published: dt.date | None) -> None:
    for item in items:
        draft = item.draft
        if draft is None:
            continue
        claimed = event_dates(draft)
        if (draft.date_earliest or draft.date_latest) and claimed is None:
            item.problems.append(
                f"date_earliest/date_latest must be real dates YYYY-MM-DD, earliest first (got "
                f"{_json(draft.date_earliest)}, {_json(draft.date_latest)})")
        elif item.date_place is not None and claimed is not None and claimed.earliest:
            issue = date_contradiction(claimed, item.date_place.parts[0].text or "", published)
            if issue:
                item.problems.append(issue)


def _check_claims(claims: list[_Item]) -> None:
    for item in claims:
        draft = item.draft
        if not isinstance(draft, DraftClaim):
            continue
        c = draft.count
        if c.min is not None and c.max is not None and c.min > c.max:
            item.problems.append(f"count min {c.min} is greater than max {c.max}")
        elif item.places:
            # Each passage once, apart: numbers in two quotes are never read as one list.
            passages = list(dict.fromkeys(span.text for p in item.places for span in p.spans()))
            count = to_count(c)
            if count_contradiction(count, "\n\n".join(passages)):
                # Name the passage that states the number, not the quotes run together.
                issue = next((m for m in (count_contradiction(count, p) for p in passages) if m),
                             count_contradiction(count, "\n\n".join(passages)))
                item.problems.append(str(issue))


def _check_repeats(events: list[_Item], claims: list[_Item]) -> None:
    """An item that repeats an earlier one (every field but its ref, and the very same spans)
    is the same fact given twice: counted twice it would double a toll. A small model that runs
    on at temperature 0 writes the same claim again and again until the token limit."""
    for items in (events, claims):
        first: dict[str, _Item] = {}
        for item in items:
            if item.draft is None or item.problems:
                continue
            key = json.dumps([item.draft.model_dump(mode="json", exclude={"ref"}),
                              [(s.start, s.end) for s in item.spans()]], sort_keys=True)
            earlier = first.setdefault(key, item)
            if earlier is not item:
                item.problems.append(
                    f"repeats {_label(earlier, events, claims)} (the same fields and quotes); "
                    f"give each {item.kind} once")


def _links(events: list[_Item], claims: list[_Item]) -> list[str]:
    """Problems of links that cannot be followed; an item's own problems come first."""
    problems: list[str] = []
    event_refs = [e.ref for e in events if e.draft is not None]
    claim_refs = [c.ref for c in claims if c.draft is not None]
    for item in claims:
        draft = item.draft
        if not isinstance(draft, DraftClaim):
            continue
        label = _label(item, events, claims)
        for name, target, refs in (("event", draft.event, event_refs),
                                   ("superseded_by", draft.superseded_by, claim_refs)):
            if target is None:
                continue
            n = refs.count(target)
            if n == 0:
                problems.append(f"{label}: {name} {_json(target)} is not the ref of any "
                                f"{'event' if name == 'event' else 'claim'}")
            elif n > 1:
                problems.append(f"{label}: {name} {_json(target)} is the ref of {n} "
                                f"{'events' if name == 'event' else 'claims'}; give each its "
                                "own ref")
    return problems


def _outcome(events: list[_Item], claims: list[_Item], warnings: list[str],
             problems: list[str]) -> Outcome:
    """Keep the good items, reject the bad ones, and cut links that would dangle."""
    good_events = [e for e in events if e.draft is not None and not e.problems]
    good_claims = [c for c in claims if c.draft is not None and not c.problems]
    event_refs = [e.ref for e in good_events]
    claim_refs = [c.ref for c in good_claims]
    rejected = [
        RejectedItem(kind=item.kind, ref=item.ref,
                     item=item.raw if isinstance(item.raw, dict) else {"value": item.raw},
                     problems=item.problems)
        for item in [*events, *claims] if item.draft is None or item.problems
    ]
    kept_claims: list[tuple[DraftClaim, list[Span]]] = []
    for item in good_claims:
        assert isinstance(item.draft, DraftClaim)
        draft = item.draft
        update: dict[str, Any] = {}
        if draft.event is not None and event_refs.count(draft.event) != 1:
            update["event"] = None
            warnings.append(f"claim {draft.ref}: its link to event {draft.event} was cut: "
                            f"{_why_cut(draft.event, event_refs, events)}")
        if draft.superseded_by is not None and claim_refs.count(draft.superseded_by) != 1:
            update["superseded_by"] = None
            warnings.append(f"claim {draft.ref}: superseded_by {draft.superseded_by} was cut: "
                            f"{_why_cut(draft.superseded_by, claim_refs, claims)}")
        kept_claims.append((draft.model_copy(update=update) if update else draft, item.spans()))
    kept_events = [(e.draft, e.spans()) for e in good_events if isinstance(e.draft, DraftEvent)]
    answer = Draft.model_construct(events=[e for e, _ in kept_events],
                                   claims=[c for c, _ in kept_claims])
    return Outcome(answer, kept_events, kept_claims, rejected, warnings, problems)


def _why_cut(ref: str, kept: list[str | None], items: list[_Item]) -> str:
    if kept.count(ref) > 1:
        return "several items have that ref"
    if any(i.ref == ref for i in items):
        return "that item was rejected"
    return "no item has that ref"


# -- messages ------------------------------------------------------------------------------------


def reask_message(problems: Sequence[str]) -> str:
    """What the model reads after a refused answer: one line per problem, no boilerplate."""
    lines = "\n".join(f"- {p}" for p in problems)
    return (
        "Some items of your answer could not be accepted:\n"
        f"{lines}\n"
        "Fix only these items and return the whole answer again, with the other items unchanged. "
        "Quotes must be copied character for character from the article."
    )


def _label(item: _Item, events: list[_Item], claims: list[_Item]) -> str:
    same_kind = events if item.kind == "event" else claims
    ref = item.ref
    if ref and sum(i.ref == ref for i in same_kind) == 1:
        return f"{item.kind} {ref}"
    return f"{item.kind} #{item.index + 1}" + (f" (ref {ref})" if ref else "")


def _shown(text: str) -> str:
    """A quote as the model wrote it, on one line: no escapes a model could copy back."""
    return '"' + " ".join(text.split()) + '"'


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else _shown(value)


def _not_found(quote: str, placer: Placer) -> str:
    message = f"quote {_shown(quote)} is not in the article"
    folded = _folded(quote)
    if len(folded) >= _ECHO_MIN and folded in placer.instructions:
        return (f"{message}: it is copied from these instructions; quote the article's own "
                "words, from between the marker lines")
    passage = nearest_passage(quote, placer.grounder.article)
    if passage is None:
        return message + " (quote the article's own words, or drop the quote)"
    difference = _difference(quote, passage)
    return f"{message}; the nearest passage is {_shown(passage)}" + (
        f" ({difference})" if difference else "")


#: A quote this long (folded) found in the instructions was copied from them, not by chance.
_ECHO_MIN = 20


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _ambiguous(quote: str, places: list[_Place]) -> str:
    return (f"quote {_shown(quote)} occurs {len(places)} times in the article and nothing in "
            "the item tells which is meant; quote a longer passage that occurs once")


def nearest_passage(quote: str, article: str) -> str | None:
    """The article's words most like the quote (whole words), if any are alike enough."""
    if len(article) > _NEAREST_MAX_ARTICLE or len(quote.strip()) < 4:
        return None
    needle = " ".join(quote.split())
    alignment = fuzz.partial_ratio_alignment(needle, article, processor=str.lower,
                                             score_cutoff=_NEAREST_MIN_SCORE)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    while start > 0 and article[start - 1].isalnum():
        start -= 1
    while end < len(article) and article[end].isalnum():
        end += 1
    passage = article[start:end].strip()
    return passage or None


def _difference(quote: str, passage: str) -> str:
    """Where the quote differs from the passage, in words ("the article writes 'two' where
    your quote has '2'"), for up to three differences."""
    a, b = quote.split(), passage.split()
    notes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        mine, theirs = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "replace":
            notes.append(f"the article writes '{theirs}' where your quote has '{mine}'")
        elif tag == "delete":
            notes.append(f"the article has no '{mine}' there")
        else:
            notes.append(f"the article has '{theirs}' there")
    if not notes or len(notes) > 3:
        return ""
    return "; ".join(notes)


# -- conversions ---------------------------------------------------------------------------------


def to_count(draft: DraftCount) -> Count:
    vague = draft.vague_term.strip() if draft.vague_term else None
    return Count(min=draft.min, max=draft.max, vague_term=vague or None)


def event_dates(event: DraftEvent | DraftClaim) -> DateRange | None:
    """The item's own dates, or None when they are not real dates in order."""
    try:
        earliest = dt.date.fromisoformat(event.date_earliest) if event.date_earliest else None
        latest = dt.date.fromisoformat(event.date_latest) if event.date_latest else earliest
    except ValueError:
        return None
    if earliest and latest and earliest > latest:
        return None
    return DateRange(earliest=earliest, latest=latest, precision=event.date_precision)


# -- one extraction ------------------------------------------------------------------------------


class ReviewSession:
    """Every answer of one extraction goes through here (bound to ``Draft`` parsing).

    ``attempts`` is how many answers one exchange may take (re-asks + 1). The best answer seen
    (most items accepted; the later one on a tie) is what the extraction keeps when the last
    answer still has problems, is not JSON at all, or the token budget ends the exchange.
    """

    def __init__(self, article: str, published: dt.date | None, attempts: int,
                 instructions: str = "") -> None:
        self.placer = Placer(Grounder(article), instructions)
        self.published = published
        self.attempts = max(1, attempts)
        self.answers = 0
        #: Answers given before this exchange began (a Batch API answer it continues): a
        #: transport retry starts the exchange over, not the conversation they belong to.
        self.earlier = 0
        self.best: Outcome | None = None
        self.chosen: Outcome | None = None
        #: The problems of the latest refused answer, for the error when nothing is kept.
        self.last_problems: list[str] = []

    def restart(self) -> None:
        """A new exchange begins (a transport retry starts the conversation over)."""
        self.answers = self.earlier

    def review(self, json_data: str | bytes | bytearray) -> Draft:
        self.answers += 1
        final = self.answers >= self.attempts
        try:
            outcome = review_answer(json_data, self.placer, self.published)
        except AnswerRejected as exc:
            self.last_problems = [str(exc)]
            if final and self.best is not None:
                return self._choose(self.best)
            raise
        if self.best is None or outcome.accepted >= self.best.accepted:
            self.best = outcome
        if not outcome.problems:
            return self._choose(outcome)
        self.last_problems = outcome.problems
        if final:
            return self._choose(self.best)
        raise AnswerRejected(reask_message(outcome.problems))

    def keep_cut(self, text: str, where: str) -> bool:
        """An answer cut off ``where`` (e.g. "at max_tokens=2048"): choose its finished items,
        reviewed, with the unfinished rest recorded as rejected, or the best earlier answer when
        that kept more. False when neither has anything to keep."""
        cut = read_cut_answer(text)
        outcome: Outcome | None = None
        if cut is not None:
            try:
                outcome = review_answer(json.dumps(cut.data), self.placer, self.published)
            except AnswerRejected:
                outcome = None
        if outcome is not None and not outcome.accepted:
            outcome = None  # an empty result would read as "no strike, no casualties"
        if outcome is not None and cut is not None:
            outcome.rejected.extend(_lost(cut, where))
            outcome.warnings.append(
                f"the answer was cut off {where} (finish_reason \"length\"); the "
                f"{outcome.accepted} item(s) finished before the cut were kept, the rest was lost")
        earlier = self.best
        if earlier is not None and (outcome is None or earlier.accepted > outcome.accepted):
            earlier.warnings.append(
                f"the last answer was cut off {where}; the best earlier answer was kept")
            outcome = earlier
        if outcome is None:
            return False
        self.chosen = outcome
        return True

    def _choose(self, outcome: Outcome) -> Draft:
        self.chosen = outcome
        return outcome.draft


def _lost(cut: CutAnswer, where: str) -> list[RejectedItem]:
    """What a cut-off answer did not finish, as rejected items a reader and ``strict`` see."""
    lost: list[RejectedItem] = []
    if cut.open_list is not None:
        lost.append(RejectedItem(
            kind="event" if cut.open_list == "events" else "claim",
            item={"unfinished": cut.unfinished[:2000]} if cut.unfinished else {},
            problems=[f"the answer was cut off {where} while writing its {cut.open_list}: this "
                      "item, or any that would have followed, was lost"]))
    for name in cut.never_reached:
        lost.append(RejectedItem(
            kind="event" if name == "events" else "claim", item={},
            problems=[f"the answer was cut off {where} before its {name} list: any {name} it "
                      "would have given were lost"]))
    return lost


def to_items(outcome: Outcome) -> tuple[list[StrikeEvent], list[CasualtyClaim]]:
    """The kept items as stored items, spans placed (``text == article[start:end]``).

    Refs become stable ids (``e1``, ``c1``, ...) in the order the model gave the kept items."""
    # Links to a ref that several kept items share were cut in review, so a ref that links is
    # unique; ids go by position, so items sharing a ref still get ids of their own.
    event_ids = {e.ref: f"e{i}" for i, (e, _) in reversed(list(enumerate(outcome.events, 1)))}
    claim_ids = {c.ref: f"c{i}" for i, (c, _) in reversed(list(enumerate(outcome.claims, 1)))}
    events = [
        StrikeEvent(
            id=f"e{number}",
            kind=event.kind,
            date=event_dates(event) or DateRange(),
            time_of_day=event.time_of_day,
            locations=[
                Location(name=loc.name, admin_area=loc.admin_area, country=loc.country,
                         precision=loc.precision)
                for loc in event.locations if loc.name.strip()
            ],
            attacker=Attacker(name=event.attacker, attribution=event.attribution),
            targets=[t for t in event.targets if t.strip()],
            strike_count=to_count(event.strike_count) if event.strike_count else None,
            evidence=spans,
        )
        for number, (event, spans) in enumerate(outcome.events, start=1)
    ]
    dates = {e.ref: event_dates(e) for e, _ in outcome.events}
    claims = [
        CasualtyClaim(
            id=f"c{number}",
            outcome=claim.outcome,
            population=claim.population,
            count=to_count(claim.count),
            # A claim of an event happened when the event did, unless its own text says when.
            date=_claim_date(claim, dates),
            claimant=claim.claimant,
            stance=claim.stance,
            event=event_ids.get(claim.event) if claim.event else None,
            superseded_by=claim_ids.get(claim.superseded_by) if claim.superseded_by else None,
            evidence=spans,
        )
        for number, (claim, spans) in enumerate(outcome.claims, start=1)
    ]
    return events, claims


def _claim_date(claim: DraftClaim, event_dates_by_ref: dict[str, DateRange | None]) -> DateRange:
    own = event_dates(claim)
    if own is not None and (own.earliest or own.latest):
        return own
    linked = event_dates_by_ref.get(claim.event) if claim.event else None
    return linked or own or DateRange()
