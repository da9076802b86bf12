"""Claim drafts to stored ``CasualtyClaim`` objects: ids, evidence spans (count, attribution,
date words, and the phrase that locates a claim with no strike)."""

from __future__ import annotations

import re

from llmextract.normalize.districts import find_district_provinces, find_shared_districts
from llmextract.rules.claims import ClaimDraft
from llmextract.rules.places import PlaceMention, find_places, sentence_provinces
from llmextract.rules.text import Layout, neighbours
from llmextract.schema import CasualtyClaim, DateRange, Span


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \n\t,;:.":
        end -= 1
    return Span(start=start, end=end, text=text[start:end], match="exact", score=100.0)


def _locating_phrase(text: str, lay: Layout, claim: ClaimDraft) -> tuple[int, int] | None:
    """Where a claim with no strike happened, as a short span ("Maiwand district, Kandahar
    province"): from its own sentences, else an earlier one of its paragraph, else its
    section's lede, else the nearest earlier then later sentence. Only a place in a known
    province (by name, or by its district's or town's) is used (the releases whose operations
    are ground raids locate them that way); elsewhere a strike's event carries the place."""
    sentence = claim.sentence
    lede = lay.sentences[lay.ledes[sentence.section]] if sentence.section in lay.ledes else None
    # earlier sentences of its own paragraph before the lede: an operational update's lede
    # rounds up other operations ("In Khost province, a joint force searched a compound ...
    # The sub-commander and four suspected insurgents were detained")
    before = [s for s in reversed(lay.sentences[max(0, sentence.index - 3):sentence.index])
              if s.paragraph == sentence.paragraph and s is not lede]
    order = [sentence, *claim.others, *before, *([lede] if lede else []),
             *neighbours(lay, sentence, 8, 4)]
    for s in order:
        places = find_places(s.text)
        # (not the place of the attacks its target is blamed for: "detained a man suspected of
        # planning suicide attacks in Kabul ... in Pul-e Alam district, Logar province")
        targets = [p for p in places if not _BLAMED_ATTACKS_IN.search(s.text, 0, p.start)]
        for i, p in enumerate(places):
            if p not in targets and targets:
                continue
            if s is sentence and _MOURNED_BETWEEN.search(
                    s.text, p.tail, max(p.tail, claim.pos - s.start)):
                continue  # the memorial's place: "gathered at Bagram to honour three killed"
            if _SERVICE_AT.search(s.text, 0, p.start) and (
                    s is not sentence or p.tail <= claim.pos - s.start):
                # another memorial's: "will hold a second service at FOB Salerno"; or, before
                # its dead, this one's: "A ramp ceremony was held at Bagram Airfield today for
                # two soldiers who were killed ... in Andar district"
                continue
            named = " ".join(n for n in (p.name, p.admin_area) if n)
            # (a district two provinces share, told as a district, is a place too (not a
            # village named after one, "Nawa Kala"): "In Arghandab district, a patrol
            # ... killing five insurgents" is not the next paragraph's "Garmsir district,
            # Helmand province"; the reduction decides which province it is)
            if (sentence_provinces(named) or find_district_provinces(named)
                    or (p.generic == "district" and find_shared_districts(named))):
                end = p.tail
                for q in places[i + 1:]:  # the rest of a list: "Kandahar and Helmand provinces"
                    # (or the province that owns the district: "the Nawa district of Ghazni
                    # province")
                    if not (_LIST_JOIN.fullmatch(s.text, end, q.start)
                            or _OWNER_JOIN.fullmatch(s.text, end, q.start)):
                        break
                    end = q.tail
                return s.start + _with_owner(s.text, p), s.start + end
    return None


def _with_owner(text: str, place: PlaceMention) -> int:
    """Where ``place`` starts, with the owner told before it: "Kandahar's | Arghandab
    district" (``find_places`` keeps the owner as the admin area, which the span must hold
    for the reduction to read the province)."""
    owner = place.admin_area
    if owner is not None:
        m = re.compile(rf"(?<![\w-]){re.escape(owner)}['’]s\s+$").search(
            text, max(0, place.start - len(owner) - 4), place.start)
        if m is not None:
            return m.start()
    return place.start


# A memorial's words between its place and the dead it mourns.
_MOURNED_BETWEEN = re.compile(
    r"\b(?:remember(?:ed|ing)?|honou?r(?:ed|ing)?|mourn(?:ed|ing)?|commemorat\w+|farewell"
    r"|(?:tribute|respects)\s+to|memorial|ceremony|vigil)\b", re.IGNORECASE)


# Where a memorial is held, up to its place: "will hold a second service at Forward Operating
# Base Salerno".
_SERVICE_AT = re.compile(
    # ("A ramp ceremony for the fallen will be held at Bagram Airfield")
    r"\b(?:services?|ceremon(?:y|ies)|memorials?|vigils?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:will\s+be|was|were|is|are)\s+held\s+)?(?:at|in)\s+"
    r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


# What a target is blamed for, up to the place of those attacks ("suspected of planning
# suicide attacks in", "responsible for roadside bomb attacks across").
_BLAMED_ATTACKS_IN = re.compile(
    r"\b(?:suspected\s+of|responsible\s+for|accused\s+of|involved\s+in|plann\w+|plott\w+"
    r"|behind)\s+(?:[\w-]+\s+){0,4}?(?:attacks?|bombings?|ambush(?:es)?|assassinations?)"
    r"\s+(?:in|on|across|against|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_JOIN = re.compile(r",?\s+(?:(?:and|or)\s+)?(?:the\s+)?|,\s*")
_OWNER_JOIN = re.compile(r"\s+of\s+(?:the\s+)?")


def to_claims(kept: list[ClaimDraft], text: str, lay: Layout) -> list[CasualtyClaim]:
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

