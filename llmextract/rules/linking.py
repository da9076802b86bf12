"""Each casualty claim to the strike that caused it (guidelines §5 ``event``)."""

from __future__ import annotations

import re

from llmextract.rules.claims import ClaimDraft
from llmextract.rules.consolidation import Place, _name_words
from llmextract.rules.events import EventDraft, past_background
from llmextract.rules.text import Layout

# Casualties of something other than a strike: ground fighting, bombings, insider attacks.
_NOT_A_STRIKE = re.compile(
    r"\breturned\s+fire\b|\bsmall[- ]arms\b|\bfire\s?fight|\bgunfire\b|\bgunmen\b|\bshot\b"
    r"|\bshooting\b|\bclash(?:es|ed)?\b|\bfighting\b|\bambush|\brepell?ed\b|\bground\s+"
    r"(?:forces?|operation|assault)|\bIEDs?\b|\broadside\s+bomb|\bsuicide\b|\bcar\s+bomb"
    r"|\binsider\s+attack|\bbombing\b|\bexplosive\s+device|\bclose[- ]quarters|\bencounters?\b"
    r"|\baimed\s+shots?\b|\bengagement\b|\bopened\s+fire\b|\bfired\s+(?:on|at|upon)\b"
    # a ground unit that engages: "the patrol engaged and killed both"
    r"|\b(?:patrol|squad|platoon|soldiers|troops|police(?:men)?|Marines)\s+(?:then\s+)?engaged\b",
    re.IGNORECASE)

_PERIOD_TOLL = re.compile(
    r"\b(?:during|in|over|for|throughout)\s+(?:the|that|this)\s+(?:same\s+)?(?:past\s+)?"
    r"(?:month|period|week|year|days?)\b|\bsince\b", re.IGNORECASE)


# A strike the text blames on a target, his past deeds rather than what caused the toll: "The
# commander is believed to have organised the rocket attacks on the base in April", "who was
# responsible for the mortar attacks".
_BLAMED = re.compile(
    r"\b(?:believed|thought|suspected|known|said|alleged)\s+to\s+have\s+(?:[\w-]+\s+){0,2}?"
    r"(?:organi[sz]ed|planned|directed|coordinated|led|carried\s+out|conducted|launched"
    r"|ordered|been\s+(?:responsible|involved))\b[^.;]*$"
    r"|\bresponsible\s+for\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)


def _blamed(draft: EventDraft) -> bool:
    """Whether every mention of ``draft`` tells it as a deed blamed on someone (``_BLAMED``)."""
    return bool(draft.mentions) and all(
        _BLAMED.search(m.sentence.text, 0, m.start - m.sentence.start) is not None
        for m in draft.mentions)


def _recalled_after(draft: EventDraft, claim: ClaimDraft) -> bool:
    """Whether ``draft`` is a strike told only after ``claim``'s sentence and dated by no
    day ("the previous governor, who was killed in a coalition air strike in November"): a
    strike the release recalls, not the cause of the toll it told before it."""
    return (draft.date is not None and draft.date.precision in ("month", "year")
            and bool(draft.mentions)
            and all(m.sentence.index > claim.sentence.index for m in draft.mentions))


def _opens_apart(places: dict[int, Place], paragraph: int, other: int) -> bool:
    """Whether two paragraphs each open on a place, not the same one (``Place.same``)."""
    here, there = places.get(paragraph), places.get(other)
    return here is not None and there is not None and not here.same(there)


def _placed_apart(draft: EventDraft, claim: ClaimDraft, places: dict[int, Place]) -> bool:
    """Whether ``claim`` is told in a paragraph that opens on a place of its own, other than
    the one a paragraph telling ``draft`` opens on ("In Zharay district, a patrol killed three
    insurgents who attacked it" | "In Garmsir district, Helmand province, a coalition air
    strike killed an insurgent"): another operation's toll, not the strike's."""
    own = places.get(claim.sentence.paragraph)
    if own is None or any(m.sentence.paragraph == claim.sentence.paragraph
                          for m in draft.mentions):
        return False
    theirs = [p for p in (places.get(m.sentence.paragraph) for m in draft.mentions) if p]
    return bool(theirs) and not any(own.same(p) for p in theirs)


def _told_in_roundup(draft: EventDraft, claim: ClaimDraft, roundups: set[int]) -> bool:
    """Whether ``draft`` is told only in sentences that sum up tolls over several operations
    or a period (a sentence of an aggregate claim: "killed several insurgents and conducted a
    precision air strike during operations across Afghanistan in the last 24 hours"), and
    ``claim`` in none of them: the summary names a strike of some operation, not the one of
    the toll a later paragraph details ("In Uruzgan province, ... forces killed two insurgents
    during a patrol ... yesterday"); ``roundups``: the indexes of the sentences of aggregate
    claims."""
    return (bool(draft.mentions) and claim.sentence.index not in roundups
            and all(m.sentence.index in roundups for m in draft.mentions))


def link_claims(claims: list[ClaimDraft], drafts: list[EventDraft], lay: Layout,
                places: dict[int, Place]) -> None:
    """Attach each claim to the strike that caused it (guidelines §5 ``event``); ``places``:
    each paragraph's opening place (``consolidation.place_openings``)."""
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    # the strike each paragraph tells of last (its mentions and its linked claims)
    by_paragraph: dict[int, tuple[int, str]] = {}
    for draft in drafts:
        for m in draft.mentions:
            by_sentence.setdefault(m.sentence.index, []).append((m.start, draft.id))
            _note(by_paragraph, m.sentence.paragraph, m.start, draft.id)
    # (the roundup sentences once per article, not once per claim and strike)
    roundups = {c.sentence.index for c in claims if c.aggregate}
    by_id = {d.id: d for d in drafts}
    for claim in claims:
        _link_one(claim, claims, roundups, drafts, by_id, lay, by_sentence, by_paragraph,
                  places)
        if claim.event is not None:
            _note(by_paragraph, claim.sentence.paragraph, claim.pos, claim.event)


def _toll_past_background(drafts: list[EventDraft], by_id: dict[str, EventDraft],
                          claims: list[ClaimDraft], claim: ClaimDraft, event: str) -> str:
    """The strike a toll opening a paragraph goes on with, when the paragraph before told last
    of ``event``: the release's own strike past a recalled one ("... after an earlier air strike
    killed its previous leader in June. | After ensuring no civilians were present, the force
    engaged Sakhi and one other insurgent, killing both": the lede's strike, not June's), unless
    the toll tells more of the recalled strike ("Zahir and two of his bodyguards were killed",
    "... were also killed with him"): ``events.past_background``, with the names the recalled
    strike's tolls told."""
    draft = by_id.get(event)
    if draft is None:
        return event
    names = frozenset(w for c in claims if c.event == event and c is not claim
                      for w in _name_words(c.names))
    return past_background(drafts, draft, claim.sentence, names).id


# A deed told in the past perfect, before the time the story tells: "The insurgents had fired
# rockets at a nearby outpost" (what the release's strike answered).
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:just|earlier|already|also|\w+ly)\s+)?(?!been\b)"
    r"(?:\w+ed|struck|shot|hit|fought|set|laid|thrown|begun|run)\b", re.IGNORECASE)


def _told_as_background(draft: EventDraft, paragraph: int) -> bool:
    """Whether ``paragraph`` tells ``draft`` only in the past perfect, as the background of the
    strike told before it ("Coalition aircraft struck an insurgent firing position last night.
    | The insurgents had fired rockets at a nearby outpost."): a toll after it, in its
    paragraph or opening the next, goes on with the story's strike, not with the deed behind
    it."""
    here = [m for m in draft.mentions if m.sentence.paragraph == paragraph]
    # (the mention's own clause in the past perfect, not a clause before it: "After insurgents
    # had fired rockets at a post, coalition aircraft struck their second position" tells the
    # strike itself)
    return bool(here) and all(
        _PAST_PERFECT.search(m.sentence.text, _clause_start(m.sentence.text, m.start
                                                            - m.sentence.start),
                             max(0, m.end - m.sentence.start)) is not None
        for m in here)


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts in ``sentence``: after its last comma or
    semicolon before ``pos``."""
    return max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos)) + 1


def _strike_not_background(drafts: list[EventDraft], by_id: dict[str, EventDraft],
                           event: str, paragraph: int, claim: ClaimDraft) -> str:
    """``event``, the strike told last before ``claim``, unless ``paragraph`` tells it only as
    background (``_told_as_background``): then the strike told last before ``claim``'s
    sentence other than it (``event`` still when there is none)."""
    if event not in by_id or not _told_as_background(by_id[event], paragraph):
        return event
    told = [(m.sentence.index, m.start, d.id) for d in drafts if d.id != event
            for m in d.mentions if m.sentence.index < claim.sentence.index]
    return max(told)[2] if told else event


def _note(by_paragraph: dict[int, tuple[int, str]], paragraph: int, pos: int,
          event: str) -> None:
    if paragraph not in by_paragraph or by_paragraph[paragraph][0] <= pos:
        by_paragraph[paragraph] = (pos, event)


def _link_one(claim: ClaimDraft, claims: list[ClaimDraft], roundups: set[int],
              drafts: list[EventDraft], by_id: dict[str, EventDraft], lay: Layout,
              by_sentence: dict[int, list[tuple[int, str]]],
              by_paragraph: dict[int, tuple[int, str]], places: dict[int, Place]) -> None:
    """Link one claim, in document order (``by_paragraph`` holds the links made so far)."""
    if claim.aggregate or claim.outcome == "captured":
        return  # (a strike detains no one: the detention is the ground force's)
    here = by_sentence.get(claim.sentence.index)
    if here:
        claim.event = min(here, key=lambda h: abs(h[0] - claim.pos))[1]
        return
    if claim.stance == "denied" and len(drafts) == 1:
        claim.event = drafts[0].id
        return
    if (len(drafts) == 1
            and not _NOT_A_STRIKE.search(claim.sentence.text)
            and not _blamed(drafts[0])
            and not _recalled_after(drafts[0], claim)
            and not _placed_apart(drafts[0], claim, places)
            and not _told_in_roundup(drafts[0], claim, roundups)):
        # The article's only strike, and nothing says these casualties came from anything
        # else (ground fighting, a bombing, an arrest, another place's operation): they are
        # that strike's.
        claim.event = drafts[0].id
        return
    if claim.outcome in ("killed", "injured") and claim.sentence.index > 0:
        previous = by_sentence.get(claim.sentence.index - 1)
        before = lay.sentences[claim.sentence.index - 1]
        if previous and before.paragraph == claim.sentence.paragraph:
            # (... the strike before it when the sentence before tells only its background)
            claim.event = _strike_not_background(drafts, by_id, previous[-1][1],
                                                 before.paragraph, claim)
        elif (not claim.update and before.paragraph == claim.sentence.paragraph - 1
              and before.section == claim.sentence.section
              and before.paragraph in by_paragraph
              and not _NOT_A_STRIKE.search(claim.sentence.text)
              and not _PERIOD_TOLL.search(claim.sentence.text)
              and not _opens_apart(places, claim.sentence.paragraph, before.paragraph)
              and not (by_paragraph[before.paragraph][1] in by_id and _told_in_roundup(
                  by_id[by_paragraph[before.paragraph][1]], claim, roundups))):
            # a toll opening a paragraph continues the strike the paragraph before told of
            # (not an updated toll, whose strike is the toll's it updates, nor a toll over a
            # period: "during the month", "since October", nor one of a paragraph that opens on
            # another place than the strike's: "In Garmsir district, ...", nor one after a
            # roundup's summary of strikes, which details another operation)
            event = _strike_not_background(drafts, by_id, by_paragraph[before.paragraph][1],
                                           before.paragraph, claim)
            claim.event = _toll_past_background(drafts, by_id, claims, claim, event)

