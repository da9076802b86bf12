"""One article through the rules: layout, date anchors, strike events, claims, links, dates.

Pure functions are memoised while one article is read (the same phrase is often read twice)
and the memos are cleared at each article's start, so ``read_article`` must not run in two
threads at once: ``llmextract.backends.rules.extract`` serialises its callers, and batches get
their parallelism from worker processes, each with its own memos.
"""

from __future__ import annotations

import datetime as dt

from llmextract.normalize.places import same_place_keys
from llmextract.rules import claims as _claims
from llmextract.rules import events as _events
from llmextract.rules.assembly import to_claims
from llmextract.rules.attribution import attribute_events
from llmextract.rules.claims import ClaimantResolver, find_claims
from llmextract.rules.consolidation import consolidate, place_openings
from llmextract.rules.context import fill_from_context, with_context
from llmextract.rules.dating import anchors, date_claims, dates_finder
from llmextract.rules.events import find_mentions, merge_mentions, to_strike_events
from llmextract.rules.linking import link_claims
from llmextract.rules.places import find_places, sentence_provinces
from llmextract.rules.text import layout
from llmextract.schema import CasualtyClaim, StrikeEvent

# An ISAF release speaks for ISAF: its own forces' statements are the text's voice (one a
# regional command issues, "HERAT, Afghanistan ... Regional Command West said", is ISAF's too).
_ISAF_MARKS = ("ISAF", "International Security Assistance Force", "KABUL, Afghanistan",
               "Regional Command")

_OUTCOME_ORDER = {"killed": 0, "injured": 1, "missing": 2, "captured": 3}

MEMOS = (find_places, _claims.find_quantities, _claims.parse_count,
         sentence_provinces, _claims.says, _claims.valid_speaker, _claims.population_of,
         same_place_keys, _claims.side_of)


def read_article(text: str, published: dt.date | None) -> tuple[list[StrikeEvent],
                                                                list[CasualtyClaim]]:
    """Events and claims of one article, every span the article's own characters (one thread
    at a time, see the module docstring)."""
    for cache in MEMOS:
        cache.cache_clear()  # memos serve one article; nothing carries over between articles
    lay = layout(text)
    dates_in = dates_finder(text, anchors(text, lay, published))
    body = text[:lay.body_end]
    issuer_voice = any(mark in body for mark in _ISAF_MARKS)
    afghan_text = issuer_voice or "Afghanistan" in body
    drafts = merge_mentions(find_mentions(text, lay, dates_in, issuer_voice))
    for i, draft in enumerate(drafts, start=1):
        draft.id = f"e{i}"
    context = fill_from_context(text, lay, drafts, dates_in)
    attribute_events(text, lay, drafts)
    if issuer_voice:
        _events.release_attackers(text, lay, drafts)
    events = to_strike_events(drafts, text, lay, afghan_text)
    if context:
        events = [with_context(e, context.get(e.id, []), text) for e in events]
    resolver = ClaimantResolver()
    resolver.register(text, lay)
    claims = find_claims(text, lay, resolver, issuer_voice)
    places = place_openings(lay)  # (read once: linking and consolidation both compare them)
    link_claims(claims, drafts, lay, places)
    kept = consolidate(claims, text, lay, places, {e.id: e.date for e in events})
    kept.sort(key=lambda c: (c.pos, _OUTCOME_ORDER[c.outcome]))
    date_claims(kept, events, text, lay, dates_in)
    return events, to_claims(kept, text, lay)
