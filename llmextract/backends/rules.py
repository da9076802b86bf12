"""The offline ``rules`` backend: deterministic extraction of strike events and casualty claims.

No API key, no network, no model: a user on a fresh machine gets a real, grounded extraction.
Every evidence span is a slice of the article taken at known offsets, so ``span.text ==
article[span.start:span.end]`` holds by construction (``match="exact"``, ``score=100``).

The work is split by job: ``_rules_text`` (sentences, boilerplate, planted instructions),
``_rules_places`` (toponyms), ``_rules_events`` (strike mentions → events) and
``_rules_claims`` (casualty statements → claims). This module wires them together
(``extract``) and wraps them in the ``Backend`` protocol (``RulesBackend``). Quantities, dates
and place keys come from ``llmextract.normalize``.

Bump ``RULES_VERSION`` whenever the output for some text changes: it is part of the backend's
identity, so stored results and caches made by an older rule set are told apart.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from typing import TYPE_CHECKING, Any

from llmextract.backends import _rules_claims as _claims
from llmextract.backends import _rules_events as _events
from llmextract.backends._rules_claims import (
    ClaimantResolver,
    ClaimDraft,
    find_claims,
    speaker_of,
)
from llmextract.backends._rules_events import (
    DatesIn,
    EventDraft,
    evidence_span,
    find_mentions,
    merge_mentions,
    to_strike_events,
)
from llmextract.backends._rules_places import PlaceMention, find_places
from llmextract.backends._rules_text import Layout, Sentence, layout, neighbours
from llmextract.backends.base import ArticleInput, BackendOutput
from llmextract.normalize.dates import anchor_from_dateline, find_dates, find_publication_date
from llmextract.normalize.districts import find_district_provinces
from llmextract.normalize.places import find_afghan_province
from llmextract.schema import Attacker, CasualtyClaim, Count, DateRange, Span, StrikeEvent

if TYPE_CHECKING:
    from llmextract.prompts import Prompt

__all__ = ["RULES_VERSION", "RulesBackend", "extract"]

RULES_VERSION = "5"

# An ISAF release speaks for ISAF: its own forces' statements are the text's voice.
_ISAF_MARKS = ("ISAF", "International Security Assistance Force", "KABUL, Afghanistan")


def _anchors(text: str, lay: Layout, published: dt.date | None) -> dict[int, dt.date | None]:
    """The date each section's relative expressions resolve against: its own dateline (a text
    may join a release and its update), else the publication date."""
    fallback = published or find_publication_date(text)
    hint = fallback.year if fallback is not None else None
    anchors: dict[int, dt.date | None] = {}
    bounds = [*lay.section_starts, lay.body_end]
    for section in range(len(lay.section_starts)):
        chunk = text[bounds[section]:bounds[section + 1]]
        own = anchor_from_dateline(chunk, hint)
        anchors[section] = own or fallback
    return anchors


# A cheap first look: a sentence with none of these has no date expression for the resolver:
# a digit, a word ending in "day" ("Monday", "holiday"), or one of the date words ("past",
# "last" and "hours" let "over the past day" and "the last 24 hours" through). Three searches,
# each of which the regex engine runs faster than the single alternation would.
_DIGIT = re.compile(r"\d")
_DAY_WORD = re.compile(r"\Bday\b")
_DATE_WORD = re.compile(
    r"(?=[adefhjlmnopstwy])\b(?:today|tonight|yesterday|night|morning|evening|afternoon|ago"
    r"|weeks?|months?|years?|weekend|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
    r"|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mid"
    r"|early|late|past|last|earlier|hours|dawn)\b")


def _date_hint(lower: str) -> bool:
    return bool(_DIGIT.search(lower) or _DAY_WORD.search(lower) or _DATE_WORD.search(lower))


def _dates_finder(text: str, anchors: dict[int, dt.date | None]) -> DatesIn:
    """Absolute-offset date mentions of a sentence, resolved against its section's anchor."""

    cache: dict[int, list[tuple[int, int, DateRange]]] = {}
    no_hint: set[int] = set()

    def dates_in(sentence: Sentence) -> list[tuple[int, int, DateRange]]:
        if sentence.index in cache:
            return cache[sentence.index]
        if sentence.index in no_hint:
            return []
        if not _date_hint(sentence.lower):
            no_hint.add(sentence.index)
            return []
        found = [(sentence.start + d.start, sentence.start + d.end, d.range)
                 for d in find_dates(sentence.text, anchors.get(sentence.section))]
        cache[sentence.index] = found
        return found
    return dates_in


def _context_sentences(lay: Layout, sentence: Sentence) -> list[Sentence]:
    """Where an undated or unplaced strike's date and place may be: earlier sentences of its
    paragraph (nearest first), then the first sentence of its section (an ISAF lede)."""
    out = [s for s in neighbours(lay, sentence, 3) if s.paragraph == sentence.paragraph]
    index = lay.ledes.get(sentence.section)
    lede = lay.sentences[index] if index is not None else None
    if lede is not None and lede is not sentence and lede not in out:
        out.append(lede)
    return out


def _fill_from_context(text: str, lay: Layout, drafts: list[EventDraft],
                       dates_in: DatesIn) -> dict[str, list[Sentence]]:
    """Give an undated event the date of its context, and an event located only by a province
    (or not at all) the places its context names; returns the context sentences used per event
    id (they become evidence)."""
    used: dict[str, list[Sentence]] = {}
    for draft in drafts:
        extra: list[Sentence] = []
        seen: set[int] = {m.sentence.index for m in draft.mentions}
        for mention in sorted(draft.mentions, key=lambda m: m.start):
            for s in _context_sentences(lay, mention.sentence):
                if s.index in seen:
                    continue
                supplied = False
                if draft.date is None:
                    found = dates_in(s)
                    if found:
                        draft.date = found[0][2]
                        supplied = True
                if not any(_is_local(p) for p in draft.places):
                    local = [p for p in find_places(s.text) if _is_local(p)]
                    if local or not draft.places:
                        draft.places = ([*local, *draft.places] if local
                                        else list(find_places(s.text)))
                        supplied = supplied or bool(draft.places)
                if supplied:
                    seen.add(s.index)
                    extra.append(s)
        used[draft.id] = extra
    return used


_DISTRICTS = frozenset({"district", "districts", "village", "town", "city", "area"})


def _is_local(place: PlaceMention) -> bool:
    """A place finer than a province or country: the struck place, a reference point, a
    district or town ("eastern Paktiya" and "Helmand province" are not)."""
    if place.country is not None or place.generic in _PROVINCES:
        return False
    if _sentence_provinces(place.name) and place.generic not in _DISTRICTS:
        return False
    return place.precision in ("exact", "near") or place.generic in _DISTRICTS
_PROVINCES = frozenset({"province", "provinces", "governorate", "state", "region"})


_GENERIC_ACTOR_WORDS = frozenset({
    "the", "forces", "force", "military", "army", "ministry", "defence", "defense", "spokesman",
    "spokesperson", "spokeswoman", "statement", "official", "officials", "team", "information",
    "media", "state", "government", "command", "security", "office", "press", "its", "their",
})
_ACTOR_WORD = re.compile(r"[a-z]{3,}")
_RESPONSIBILITY = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*|an?|the)(?:\s+[\w'’().-]+){0,10}?)\s+(?:has\s+|have\s+)?"
    r"claimed\s+responsibility\b")


_OUTCOME_ORDER = {"killed": 0, "injured": 1, "missing": 2, "captured": 3}


def _stems(name: str) -> set[str]:
    """Comparable words of an actor name: "Russia's Defence Ministry" and "Russian" share
    "russi"; generic words (forces, military, ministry...) do not count."""
    return {w[:5] for w in _ACTOR_WORD.findall(name.lower()) if w not in _GENERIC_ACTOR_WORDS}


# Stems naming whoever governs ("the junta's information team" speaks for the Myanmar military).
_GOVERNING_STEMS = frozenset({"junta", "regim"})


# "A previously unknown group calling itself the Nasr al-Iraq Brigades": the name it gives.
_SELF_NAMED = re.compile(r"^(?:A|An|The)\s+(?:previously\s+)?(?:unknown\s+)?group\s+"
                         r"(?:calling\s+itself|called|named)\s+(?:the\s+)?")


def _attribute_claims(text: str, lay: Layout, drafts: list[EventDraft]) -> None:
    """An attacker who says it struck has *claimed* the strike (guidelines §4): "The Israeli
    military says one of its aircraft struck…"; a party that "claimed responsibility" is the
    attacker of an otherwise unattributed strike."""
    issuer = _events.release_issuer(text)
    for draft in drafts:
        attacker = draft.attacker
        if attacker is not None and attacker.attribution in ("suspected", "claimed"):
            continue  # never upgrade a hedge
        name = attacker.name if attacker is not None else None
        stems = _stems(name) if name else set()
        if issuer is not None and (stems & _stems(issuer) or (
                name is None and draft.kind in ("airstrike", "drone_strike"))):
            # a release's own strikes (guidelines §8): the issuer's side, claimed
            draft.attacker = Attacker(name=issuer if name is None else name,
                                      attribution="claimed")
            continue
        for mention in draft.mentions:
            own = _events.own_statement(text, mention)
            if own is None and name is None:
                continue  # (speaker_of is the costly part; an unnamed strike needs `own`)
            who = speaker_of(text, mention.sentence, mention.start, lay)
            if who is None or _events.asked_about(text, mention):
                continue
            spoken = _stems(who)
            if name is not None and stems & spoken:
                claimant = name
            elif own == "self" and not (name is not None and spoken and stems
                                        and spoken.isdisjoint(stems)):
                # "Al-Shabaab said ... it had fired mortars", "X says one of its aircraft"
                claimant = _events.strip_article(who) if name is None else name
            elif own == "platform" and name is None and _events.military_body(who):
                # "The IDF said fighter jets struck ...": its own aircraft
                claimant = _events.strip_article(who)
            elif (own == "force" and name is not None and _events.state_body(who)
                  and (spoken - _GOVERNING_STEMS) <= stems):
                # "the junta's information team said ... the air force had struck"
                claimant = name
            else:
                continue
            draft.attacker = Attacker(name=claimant, attribution="claimed")
            break
    unattributed = [d for d in drafts if d.attacker is None or d.attacker.name is None]
    if len(drafts) != 1 or not unattributed:
        return
    for s in lay.sentences:
        if s.heading or s.planted or "responsibility" not in s.text:
            continue
        found = _RESPONSIBILITY.search(s.text)
        if found is not None:
            who = found.group("who").strip()
            who = _SELF_NAMED.sub("", who)
            drafts[0].attacker = Attacker(name=who, attribution="claimed")
            return


# Casualties of something other than a strike: ground fighting, bombings, insider attacks.
_NOT_A_STRIKE = re.compile(
    r"\breturned\s+fire\b|\bsmall[- ]arms\b|\bfire\s?fight|\bgunfire\b|\bgunmen\b|\bshot\b"
    r"|\bshooting\b|\bclash(?:es|ed)?\b|\bfighting\b|\bambush|\brepell?ed\b|\bground\s+"
    r"(?:forces?|operation|assault)|\bIEDs?\b|\broadside\s+bomb|\bsuicide\b|\bcar\s+bomb"
    r"|\binsider\s+attack|\bbombing\b|\bexplosive\s+device|\bclose[- ]quarters|\bencounters?\b"
    r"|\baimed\s+shots?\b|\bengagement\b|\bopened\s+fire\b|\bfired\s+(?:on|at|upon)\b",
    re.IGNORECASE)


def _link(claims: list[ClaimDraft], drafts: list[EventDraft], lay: Layout) -> None:
    """Attach each claim to the strike that caused it (guidelines §5 ``event``)."""
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for draft in drafts:
        for m in draft.mentions:
            by_sentence.setdefault(m.sentence.index, []).append((m.start, draft.id))
    for claim in claims:
        if claim.aggregate:
            continue
        here = by_sentence.get(claim.sentence.index)
        if here:
            claim.event = min(here, key=lambda h: abs(h[0] - claim.pos))[1]
            continue
        if claim.stance == "denied" and len(drafts) == 1:
            claim.event = drafts[0].id
            continue
        if (len(drafts) == 1 and claim.outcome != "captured"
                and not _NOT_A_STRIKE.search(claim.sentence.text)):
            # The article's only strike, and nothing says these casualties came from anything
            # else (ground fighting, a bombing, an arrest): they are that strike's.
            claim.event = drafts[0].id
            continue
        if claim.outcome in ("killed", "injured") and claim.sentence.index > 0:
            previous = by_sentence.get(claim.sentence.index - 1)
            before = lay.sentences[claim.sentence.index - 1]
            if previous and before.paragraph == claim.sentence.paragraph:
                claim.event = previous[-1][1]


def _same_count(a: Count, b: Count) -> bool:
    return (a.min, a.max, (a.vague_term or "").lower()) == (b.min, b.max,
                                                            (b.vague_term or "").lower())


def _vague_only(c: Count) -> bool:
    return c.min is None and c.max is None


# How many earlier claims a claim is compared with: restatements and updates are near each
# other, and a bound keeps consolidation linear in the length of very long texts.
_LOOKBACK = 40


@functools.lru_cache(maxsize=4096)
def _sentence_provinces(text: str) -> frozenset[str]:
    """The Afghan provinces ``text`` names (a sentence or a place name), memoised per article."""
    return frozenset(find_afghan_province(text))


def _provinces(claim: ClaimDraft) -> frozenset[str]:
    return _sentence_provinces(claim.sentence.text)


def _compatible(a: ClaimDraft, b: ClaimDraft) -> bool:
    if a.outcome != b.outcome or a.claimant != b.claimant:
        return False
    if (a.stance == "denied") != (b.stance == "denied") or a.aggregate != b.aggregate:
        return False
    if a.population != b.population and "unknown" not in (a.population, b.population):
        return False
    if a.event is not None and b.event is not None and a.event != b.event:
        return False
    pa, pb = _provinces(a), _provinces(b)
    return not (pa and pb and pa.isdisjoint(pb))


def _absorb(a: ClaimDraft, b: ClaimDraft) -> None:
    """Merge restatement ``b`` into ``a``: evidence joins, the most specific count wins."""
    b.merged = True
    a.others.append(b.sentence)
    for span in b.spans:
        if span not in a.spans:
            a.spans.append(span)
    for span in b.attr_spans:
        if span not in a.attr_spans:
            a.attr_spans.append(span)
    if not a.count_known or (_vague_only(a.count) and b.count_known
                             and not _vague_only(b.count)):
        a.count, a.count_known = b.count, b.count_known
    if a.population == "unknown":
        a.population = b.population
    if a.event is None:
        a.event = b.event


_AMONG_THE_DEAD = re.compile(
    r"(?=[a])\bamong\s+(?:those|the)\s+(?:killed|dead|detained|captured|wounded)", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z][\w'-]+")
_ALSO_ANOTHER = re.compile(r"\b(?:also|another)\b", re.IGNORECASE)


def consolidate(claims: list[ClaimDraft], text: str, lay: Layout) -> list[ClaimDraft]:
    """Restatements → one claim; named subsets ("X was among those killed") → no claim;
    updated tolls → ``superseded_by`` (guidelines §5)."""
    among: set[str] = set()
    for s in lay.sentences:
        if "among" in s.lower and _AMONG_THE_DEAD.search(s.text):  # cheap test first
            among.update(w for w in _CAPITALISED_WORD.findall(s.text))
    kept: list[ClaimDraft] = []
    for b in claims:
        if b.names and among and any(set(n.split()) & among for n in b.names):
            bigger = [a for a in kept if a.outcome == b.outcome and a.count.min is not None
                      and b.count.min is not None and a.count.min > b.count.min]
            if bigger:
                _absorb(bigger[-1], b)
                continue
        target: ClaimDraft | None = None
        for a in reversed(kept[-_LOOKBACK:]):
            if not _compatible(a, b):
                continue
            if b.additive and not (_same_count(a.count, b.count) and b.count_known
                                   and not _ALSO_ANOTHER.search(b.victim + " ")
                                   and not _vague_only(b.count)):
                break
            # A restatement without a number ("killing the insurgents") is read against what
            # is near it; "his death" points back to a killing anywhere in its section.
            near = (a.sentence.paragraph == b.sentence.paragraph
                    or (a.event is not None and a.event == b.event)
                    or (b.victim.lower() in ("his", "her", "their")
                        and a.sentence.section == b.sentence.section))
            restates = ((not a.count_known or not b.count_known) and near) or _same_count(
                a.count, b.count)
            vaguer = _vague_only(a.count) != _vague_only(b.count) and not b.update
            if restates or vaguer:
                target = a
            elif (b.update or b.sentence.section > a.sentence.section) and not _vague_only(
                    b.count) and a.superseded_by is None:
                a.superseded_by = b
                if b.event is None:
                    b.event = a.event  # an updated toll is of the strike the first one was
            break
        if target is not None:
            _absorb(target, b)
        else:
            kept.append(b)
    return kept


def _date_claims(kept: list[ClaimDraft], events: list[StrikeEvent], text: str, lay: Layout,
                 dates_in: DatesIn) -> None:
    """When each claim's casualties happened (guidelines §2, claim dates): a claim of an event
    has the event's date (unknown included); another claim its own date words, else, for a
    claim of one operation, the day its paragraph or its section's lede gives (an ISAF
    release's "today"). A toll over a period has only the period its own words give; the start
    of a period ("since October 8") dates nothing. Own date words join the evidence."""
    by_id = {e.id: e.date for e in events}
    for claim in kept:
        best: tuple[int, int, DateRange] | None = None
        for s in [claim.sentence, *claim.others]:
            dates = [d for d in _events.happening_dates(text, s, dates_in)
                     if not _PERIOD_START.search(text, max(s.start, d[0] - 60), d[0])]
            picked = _events.pick_date(dates, claim.pos) if s is claim.sentence else None
            best = next((d for d in dates if picked is None or d[2] is picked), None)
            if best is not None:
                break
        if claim.event is not None:
            # a toll of a strike happened when the strike did, however much later it was
            # reported ("the number of martyrs rose to 9 this morning")
            claim.date = by_id.get(claim.event)
            if best is not None and claim.date == best[2]:
                claim.date_span = (best[0], best[1])
        elif best is not None:
            claim.date, claim.date_span = best[2], (best[0], best[1])
        elif (same := _SAME_PERIOD.search(claim.sentence.text)) is not None:
            # "during the month": the period the text named last
            claim.date = _period_before(text, lay, claim.sentence, dates_in)
            if claim.date is not None:
                claim.date_span = (claim.sentence.start + same.start(1),
                                   claim.sentence.start + same.end())
        elif not claim.aggregate:
            for s in _context_sentences(lay, claim.sentence):
                # a context sentence's month or year is background ("the July 2010 bombing")
                # unless it opens the sentence and so sets the time of the narrative ("In
                # June, insurgents engaged the assault force several times")
                days = [d for d in _events.happening_dates(text, s, dates_in)
                        if d[2].precision == "day" or d[0] - s.start <= 3]
                if days:
                    claim.date = days[0][2]
                    break


_SAME_PERIOD = re.compile(r"\b(?:during|in|over|for)\s+((?:the|that)\s+(?:same\s+)?"
                          r"(?:month|period))\b", re.IGNORECASE)


def _period_before(text: str, lay: Layout, sentence: Sentence,
                   dates_in: DatesIn) -> DateRange | None:
    for s in reversed(lay.sentences[max(0, sentence.index - 6):sentence.index]):
        if s.section != sentence.section:
            break
        periods = [d for d in _events.happening_dates(text, s, dates_in)
                   if d[2].precision in ("month", "week")]
        if periods:
            return periods[-1][2]
    return None


_PERIOD_START = re.compile(r"\b(?:since|began|begun|started|launched)\b[^.;,]*$",
                           re.IGNORECASE)


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \n\t,;:.":
        end -= 1
    return Span(start=start, end=end, text=text[start:end], match="exact", score=100.0)


def _locating_phrase(text: str, lay: Layout, claim: ClaimDraft) -> tuple[int, int] | None:
    """Where a claim with no strike happened, as a short span ("Maiwand district, Kandahar
    province"): from its own sentences, else its section's lede, else the nearest earlier then
    later sentence. Only a place in a known province (by name, or by its district's or town's)
    is used (the releases whose operations are ground raids locate them that way); elsewhere a
    strike's event carries the place."""
    sentence = claim.sentence
    lede = lay.sentences[lay.ledes[sentence.section]] if sentence.section in lay.ledes else None
    order = [sentence, *claim.others, *([lede] if lede else []),
             *neighbours(lay, sentence, 8, 4)]
    for s in order:
        for p in find_places(s.text):
            named = " ".join(n for n in (p.name, p.admin_area) if n)
            if _sentence_provinces(named) or find_district_provinces(named):
                return s.start + p.start, s.start + p.tail
    return None


def _to_claims(kept: list[ClaimDraft], text: str, lay: Layout) -> list[CasualtyClaim]:
    for i, claim in enumerate(kept, start=1):
        claim.id = f"c{i}"
    out: list[CasualtyClaim] = []
    for claim in kept:
        spans: list[Span] = []
        for start, end in [*claim.spans, *claim.attr_spans]:
            span = _span(text, start, end)
            if span.end > span.start and all(
                    (span.start, span.end) != (x.start, x.end) for x in spans):
                spans.append(span)
        if claim.date_span is not None and not any(
                x.start <= claim.date_span[0] and claim.date_span[1] <= x.end for x in spans):
            spans.append(_span(text, *claim.date_span))
        if claim.event is None and not claim.aggregate:
            where = _locating_phrase(text, lay, claim)
            if where is not None and not any(x.start <= where[0] < x.end for x in spans):
                spans.append(_span(text, *where))
        superseded = claim.superseded_by
        while superseded is not None and superseded.merged:
            superseded = superseded.superseded_by
        out.append(CasualtyClaim(
            id=claim.id, outcome=claim.outcome, population=claim.population, count=claim.count,
            date=claim.date or DateRange(), claimant=claim.claimant, stance=claim.stance,
            event=claim.event,
            superseded_by=superseded.id if superseded is not None and superseded.id else None,
            evidence=spans))
    return out


# Pure functions memoised while one article is read (the same phrase is often read twice).
# The memos are shared by the process, so one article is read at a time (``_reading``); batches
# get their parallelism from worker processes, each with its own memos.
_reading = threading.Lock()
_MEMOS = (find_places, _claims.find_quantities, _claims.parse_count, _events.place_key_memo,
          _sentence_provinces, _claims.says, _claims.valid_speaker, _claims.population_of)


def extract(text: str, published: dt.date | None = None) -> tuple[list[StrikeEvent],
                                                                   list[CasualtyClaim]]:
    """Events and claims of one article, every span the article's own characters.

    ``published`` anchors relative dates when the text has no dateline of its own; without
    it the date at the top of the text is used (``find_publication_date``).
    """
    with _reading:
        return _extract(text, published)


def _extract(text: str, published: dt.date | None) -> tuple[list[StrikeEvent],
                                                           list[CasualtyClaim]]:
    for cache in _MEMOS:
        cache.cache_clear()  # memos serve one article; nothing carries over between articles
    lay = layout(text)
    anchors = _anchors(text, lay, published)
    dates_in = _dates_finder(text, anchors)
    body = text[:lay.body_end]
    issuer_voice = any(mark in body for mark in _ISAF_MARKS)
    afghan_text = issuer_voice or "Afghanistan" in body
    drafts = merge_mentions(find_mentions(text, lay, dates_in, issuer_voice))
    for i, draft in enumerate(drafts, start=1):
        draft.id = f"e{i}"
    context = _fill_from_context(text, lay, drafts, dates_in)
    _attribute_claims(text, lay, drafts)
    if issuer_voice:
        _events.release_attackers(text, lay, drafts)
    events = to_strike_events(drafts, text, lay, afghan_text)
    if context:
        events = [_with_context(e, context.get(e.id, []), text) for e in events]
    resolver = ClaimantResolver()
    resolver.register(text, lay)
    claims = find_claims(text, lay, resolver, issuer_voice)
    _link(claims, drafts, lay)
    kept = consolidate(claims, text, lay)
    kept.sort(key=lambda c: (c.pos, _OUTCOME_ORDER[c.outcome]))
    _date_claims(kept, events, text, lay, dates_in)
    return events, _to_claims(kept, text, lay)


def _with_context(event: StrikeEvent, sentences: list[Sentence], text: str) -> StrikeEvent:
    if not sentences:
        return event
    spans = list(event.evidence)
    for s in sentences:
        span = evidence_span(text, s, s.start)
        if all(span.start != e.start for e in spans):
            spans.append(span)
    spans.sort(key=lambda sp: sp.start)
    return event.model_copy(update={"evidence": spans})


class RulesBackend:
    """The ``Backend`` for offline use: pure rules, no prompt, nothing worth caching."""

    name = "rules"
    cacheable = False
    uses_prompt = False

    def identity(self) -> dict[str, Any]:
        return {"backend": "rules", "rules_version": RULES_VERSION}

    def endpoint_host(self) -> str | None:
        return None

    def model_name(self) -> str | None:
        return f"rules-{RULES_VERSION}"

    def run(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        events, claims = extract(article.text, article.published)
        return BackendOutput(events=events, claims=claims)

    async def run_async(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        # In a worker thread: the rules are ~4 ms of pure Python per article, and called on the
        # event loop they held it that long each (a service's other requests, health checks and
        # timeouts waited); a batch of coroutines held it for the whole batch.
        import asyncio

        return await asyncio.to_thread(self.run, article, prompt)
