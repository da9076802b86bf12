"""An event's missing date and place, from the sentences around its mentions: the earlier
sentences of its paragraph, then its section's lede (an ISAF release's first sentence)."""

from __future__ import annotations

from llmextract.rules.events import (
    DatesIn,
    EventDraft,
    blamed_attack_date,
    evidence_span,
    happening_dates,
)
from llmextract.rules.places import PlaceMention, find_places, sentence_provinces
from llmextract.rules.text import Layout, Sentence, context_sentences
from llmextract.schema import StrikeEvent


def fill_from_context(text: str, lay: Layout, drafts: list[EventDraft],
                      dates_in: DatesIn) -> dict[str, list[Sentence]]:
    """Give an undated event the date of its context, and an event located only by a province
    (or not at all) the places its context names; returns the context sentences used per event
    id (they become evidence)."""
    used: dict[str, list[Sentence]] = {}
    for draft in drafts:
        extra: list[Sentence] = []
        seen: set[int] = {m.sentence.index for m in draft.mentions}
        for mention in sorted(draft.mentions, key=lambda m: m.start):
            for s in context_sentences(lay, mention.sentence):
                if s.index in seen:
                    continue
                supplied = False
                if draft.date is None:
                    # (not the day of an attack a background sentence blames the target
                    # for: that sentence tells his past, not the event's time)
                    found = [d for d in happening_dates(text, s, dates_in)
                             if not blamed_attack_date(text, s, d[0], d[2])]
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
_PROVINCES = frozenset({"province", "provinces", "governorate", "state", "region"})


def _is_local(place: PlaceMention) -> bool:
    """A place finer than a province or country: the struck place, a reference point, a
    district or town ("eastern Paktiya" and "Helmand province" are not)."""
    if place.country is not None or place.generic in _PROVINCES:
        return False
    if sentence_provinces(place.name) and place.generic not in _DISTRICTS:
        return False
    return place.precision in ("exact", "near") or place.generic in _DISTRICTS


def with_context(event: StrikeEvent, sentences: list[Sentence], text: str) -> StrikeEvent:
    """The event with the context sentences that supplied its date or place as evidence."""
    if not sentences:
        return event
    spans = list(event.evidence)
    for s in sentences:
        span = evidence_span(text, s, s.start)
        if all(span.start != e.start for e in spans):
            spans.append(span)
    spans.sort(key=lambda sp: sp.start)
    return event.model_copy(update={"evidence": spans})

