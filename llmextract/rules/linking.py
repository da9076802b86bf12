"""Each casualty claim to the strike that caused it (guidelines §5 ``event``)."""

from __future__ import annotations

import re

from llmextract.rules.claims import ClaimDraft
from llmextract.rules.events import EventDraft
from llmextract.rules.text import Layout

# Casualties of something other than a strike: ground fighting, bombings, insider attacks.
_NOT_A_STRIKE = re.compile(
    r"\breturned\s+fire\b|\bsmall[- ]arms\b|\bfire\s?fight|\bgunfire\b|\bgunmen\b|\bshot\b"
    r"|\bshooting\b|\bclash(?:es|ed)?\b|\bfighting\b|\bambush|\brepell?ed\b|\bground\s+"
    r"(?:forces?|operation|assault)|\bIEDs?\b|\broadside\s+bomb|\bsuicide\b|\bcar\s+bomb"
    r"|\binsider\s+attack|\bbombing\b|\bexplosive\s+device|\bclose[- ]quarters|\bencounters?\b"
    r"|\baimed\s+shots?\b|\bengagement\b|\bopened\s+fire\b|\bfired\s+(?:on|at|upon)\b",
    re.IGNORECASE)


def link_claims(claims: list[ClaimDraft], drafts: list[EventDraft], lay: Layout) -> None:
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

