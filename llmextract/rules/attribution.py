"""Who struck, by their own word: an attacker who says it struck has *claimed* the strike, and
a party that "claimed responsibility" is the attacker of an otherwise unattributed strike
(guidelines §4, §8)."""

from __future__ import annotations

import re

from llmextract.rules import events as _events
from llmextract.rules.claims import speaker_of
from llmextract.rules.events import EventDraft
from llmextract.rules.text import Layout
from llmextract.schema import Attacker

_GENERIC_ACTOR_WORDS = frozenset({
    "the", "forces", "force", "military", "army", "ministry", "defence", "defense", "spokesman",
    "spokesperson", "spokeswoman", "statement", "official", "officials", "team", "information",
    "media", "state", "government", "command", "security", "office", "press", "its", "their",
})
_ACTOR_WORD = re.compile(r"[a-z]{3,}")
_RESPONSIBILITY = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*|an?|the)(?:\s+[\w'’().-]+){0,10}?)\s+(?:has\s+|have\s+)?"
    r"claimed\s+responsibility\b")


def _stems(name: str) -> set[str]:
    """Comparable words of an actor name: "Russia's Defence Ministry" and "Russian" share
    "russi"; generic words (forces, military, ministry...) do not count."""
    return {w[:5] for w in _ACTOR_WORD.findall(name.lower()) if w not in _GENERIC_ACTOR_WORDS}


# Stems naming whoever governs ("the junta's information team" speaks for the Myanmar military).
_GOVERNING_STEMS = frozenset({"junta", "regim"})


# "A previously unknown group calling itself the Nasr al-Iraq Brigades": the name it gives.
_SELF_NAMED = re.compile(r"^(?:A|An|The)\s+(?:previously\s+)?(?:unknown\s+)?group\s+"
                         r"(?:calling\s+itself|called|named)\s+(?:the\s+)?")


def attribute_events(text: str, lay: Layout, drafts: list[EventDraft]) -> None:
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

