"""Claim drafts to claims: restatements merge, named subsets add nothing, updated tolls are
marked superseded (guidelines §5)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from llmextract.normalize.dates import WEEKDAY_NAMES
from llmextract.normalize.districts import canonical_district
from llmextract.normalize.places import find_afghan_province
from llmextract.rules.claims import (
    _FOUND_SINCE,
    _MILITARY_RANK,
    LIST_JOINT,
    WHO_TO_THE_END,
    ClaimDraft,
    exact_count,
    last_side,
    named_as_wounded,
    population_of,
    side_of,
    victim_count,
)
from llmextract.rules.dating import mourns_before
from llmextract.rules.periods import told_over_period
from llmextract.rules.places import find_places, sentence_provinces
from llmextract.rules.text import PART_OF_THE_DEAD, Layout, Sentence
from llmextract.schema import Count, DateRange


def _same_count(a: Count, b: Count) -> bool:
    return (a.min, a.max, (a.vague_term or "").lower()) == (b.min, b.max,
                                                            (b.vague_term or "").lower())


def _floor_then_figure(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` gives as a figure the floor ``a`` gave ("killed at least five insurgents
    ... Coalition forces confirmed five insurgents killed"): the same toll told again."""
    return (a.count.min is not None and a.count.max is None and not a.count.vague_term
            and exact_count(b.count) and b.count.min == a.count.min)


def _ceiling_at_figure(a: ClaimDraft, b: ClaimDraft, places: dict[int, Place]) -> bool:
    """Whether one of ``a`` and ``b`` gives as a ceiling the figure the other gives ("killing
    seven ... Up to seven insurgents died in the strike"): the same toll told again, since a
    ceiling codes as its figure (two ceilings of one figure are ``_same_count``). Only where
    ``b`` is told of ``a``'s strike: linked to its event, in its paragraph, or in a sentence
    that points back to it ("the strike", "the insurgents"), not opening on another district
    ("In Charkh district, an air weapons team killed up to seven insurgents") and not told as
    more ("up to seven more insurgents")."""
    if b.additive or _MORE.search(b.victim) is not None:
        return False
    if not any(x.count.min is None and x.count.max is not None and not x.count.vague_term
               and exact_count(y.count) and y.count.min == x.count.max
               for x, y in ((a, b), (b, a))):
        return False
    told = (a.sentence, *a.others)
    opened = places.get(b.sentence.paragraph)
    if (opened is not None and opened.district is not None
            and all(opened.district not in s.lower for s in told)):
        return False
    return ((a.event is not None and a.event == b.event)
            or any(s.paragraph == b.sentence.paragraph for s in told)
            or _POINTS_BACK_TO_STRIKE.search(b.sentence.text) is not None)


_MORE = re.compile(r"\bmore\b", re.IGNORECASE)
# A sentence that points back to the strike or the dead told before: "died in the strike",
# "the insurgents".
_POINTS_BACK_TO_STRIKE = re.compile(
    r"\b(?:the|this|that)\s+(?:air\s+|precision\s+)?(?:strike|raid|attack|operation"
    r"|engagement|fight(?:ing)?|firefight|insurgents|fighters|militants)\b", re.IGNORECASE)


def _vague_only(c: Count) -> bool:
    return c.min is None and c.max is None


def _vague_again(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, a toll with no number told in a later paragraph ("The force returned
    fire, killing several insurgents"), retells ``a``'s toll with no number ("killed a number
    of insurgents", the lede): two vague words tell no two sizes, so the story's is the lede's
    again (a toll told as more, "several more", or of another unit, day or place is kept apart
    before this is asked)."""
    return (_vague_only(a.count) and _vague_only(b.count) and bool(a.count.vague_term)
            and bool(b.count.vague_term) and not b.additive
            and b.sentence.paragraph > a.sentence.paragraph)


def _vague_above(c: Count) -> bool:
    """A count with a vague part over an exact one ("a leader and several of his fighters")."""
    return c.vague_term is not None and c.min is not None and c.max is None


def _floor(c: Count) -> bool:
    """A count told as a floor of one figure ("at least nine"), no vague part over it."""
    return c.vague_term is None and c.min is not None and c.max is None


# How many earlier claims a claim is compared with: restatements and updates are near each
# other, and a bound keeps consolidation linear in the length of very long texts.
_LOOKBACK = 40

def _provinces(claim: ClaimDraft) -> frozenset[str]:
    return sentence_provinces(claim.sentence.text)


def _compatible(a: ClaimDraft, b: ClaimDraft, across_claimants: bool = False,
                across_events: bool = False) -> bool:
    """Whether ``b`` may tell ``a``'s dead again; of another claimant only where the caller
    has found ``b`` to be a finding made since ``a``, a first report (``_found_since_first``);
    of another strike only where ``b`` points back to ``a``'s one man (``_his_toll_again``)."""
    if a.outcome != b.outcome or (a.claimant != b.claimant and not across_claimants):
        return False
    if (a.stance == "denied") != (b.stance == "denied") or a.aggregate != b.aggregate:
        return False
    if a.population != b.population and "unknown" not in (a.population, b.population):
        return False
    if a.event is not None and b.event is not None and a.event != b.event and not across_events:
        return False
    if a.outcome == "killed" and named_as_wounded(a.victim) != named_as_wounded(b.victim):
        return False  # "the wounded insurgent later died" is not the one killed outright
    if bool(_SELF.fullmatch(a.victim)) != bool(_SELF.fullmatch(b.victim)) and not (
            _SELF.fullmatch(a.victim) and _THE_ATTACKER.fullmatch(b.victim)):
        # "The bomber killed himself": the killer, not one of those he killed (but "blew
        # himself up ... The attacker died in the explosion" tells him again)
        return False
    sa, sb = _side(a), _side(b)
    if sa is not None and sb is not None and sa != sb:
        return False
    if (_mourned(a) and _killed_by_own_side(b)) or (_mourned(b) and _killed_by_own_side(a)):
        # the releasing side's own dead, mourned, are never the man it killed: "a memorial
        # ceremony today for Sgt. Owen Hale, who was killed June 11 ... Coalition forces killed
        # the spotter"
        return False
    if (sa == "enemy" and _officials_guards(b)) or (sb == "enemy" and _officials_guards(a)):
        return False
    pa, pb = _provinces(a), _provinces(b)
    return not (pa and pb and pa.isdisjoint(pb))


def _his_toll_again(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` names ``a``'s one dead man inside its own toll, by the role ``a`` told him
    by ("killed a Taliban commander ... The commander, Mawlawi Sadruddin, was killed today") or
    by his pronoun beside the others who died with him ("killing him and two fighters"): the
    article or the pronoun points back to him, so it is his toll told again whatever strike
    each telling was linked to (an earlier strike told between them, "after an earlier air
    strike killed its previous leader", may take the later telling)."""
    return exact_count(a.count) and a.count.min == 1 and (
        _role_named(a, b) or _he_along_with(a, b, text))


def _figure_told_again(a: ClaimDraft, b: ClaimDraft, kept: list[ClaimDraft], text: str,
                       dates: dict[str, DateRange]) -> bool:
    """Whether ``b``, in a later paragraph, gives the figure ``a``, its sentence's one toll,
    gave ("A coalition air strike killed six insurgents ... today" and the story's "dropped a
    precision-guided bomb on the position, killing six insurgents"): the same dead told again,
    whatever strike each telling was linked to, so long as the two strikes are not dated apart
    (``dates``, each event's resolved date) and ``b`` is no background strike's own toll told in
    a clause of it ("follows an air strike in the same district on Saturday that killed five
    insurgents"). A toll told as more, by another unit or operation (``_by_another_unit``), in
    a paragraph opening on another place (``_places_apart``) or in a sentence or paragraph
    opening on another weekday (``_days_apart``) is kept apart after this is asked; a lede of
    several tolls is told again strike by strike (``_lede_tolls_told_again``)."""
    return (exact_count(a.count) and _same_count(a.count, b.count) and not b.additive
            and a.sentence.paragraph < b.sentence.paragraph
            and not _events_dated_apart(a, b, dates)
            and _STRIKES_OWN_TOLL.search(text, b.sentence.start, b.pos) is None
            and not any(x is not a and x.sentence is a.sentence and x.outcome == a.outcome
                        for x in kept))


# A toll told in a relative clause of a strike noun, the strike's own dead: "follows an air
# strike in the same district on Saturday that killed five insurgents", a background strike.
_STRIKES_OWN_TOLL = re.compile(
    r"\b(?:strikes?|raids?|attacks?|operations?|engagements?|clash(?:es)?|ambush(?:es)?)\b"
    r"[^.;]{0,120}?\b(?:that|which)\s+(?:also\s+)?(?:killed|left)\s+$", re.IGNORECASE)


# A day of the week, for the patterns below that ask whether a sentence tells a day of its own.
_WEEKDAY_NAME = "(?:" + "|".join(sorted(WEEKDAY_NAMES)) + ")"
# A day told in a sentence's own words: "on Saturday", "June 10", "last week", "yesterday".
_OWN_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_NAME}|yesterday|last\s+(?:week"
    r"|month|night)|earlier\s+this\s+(?:week|month)|(?:jan|feb|march|april|may|june|july|aug"
    r"|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b", re.IGNORECASE)


def _events_dated_apart(a: ClaimDraft, b: ClaimDraft, dates: dict[str, DateRange]) -> bool:
    """Whether ``b``'s sentence tells a day of its own and ``a``'s and ``b``'s strikes are
    resolved to days that do not meet (the lede's "today" and a strike told of "on Monday"):
    two days' dead, not one toll told twice. (A story's strike told with no day may be dated
    by the dateline alone, apart from the lede's "on Saturday" though it is the same strike.)"""
    if _OWN_DAY.search(b.sentence.text) is None:
        return False
    da = dates.get(a.event) if a.event is not None else None
    db = dates.get(b.event) if b.event is not None else None
    if da is None or db is None or None in (da.earliest, da.latest, db.earliest, db.latest):
        return False
    assert da.earliest and da.latest and db.earliest and db.latest
    return da.latest < db.earliest or db.latest < da.earliest


# An official's guards, whom the attackers killed: "attacked the convoy of Kandahar's deputy
# governor ..., killing two of his bodyguards" are the forces' side ("The insurgents were
# killed" later is the attackers' toll, not theirs again); a Taliban leader's are not ("the
# Taliban's shadow district governor and one of his bodyguards").
_HIS_GUARDS = re.compile(r"\b(?:his|her|their)\s+(?:body\s?guards?|guards?|escorts?"
                         r"|security\s+detail)\b", re.IGNORECASE)
_STATE_OFFICIAL = re.compile(
    r"\b(?:governors?|police\s+chiefs?|chiefs?\s+of\s+police|officials?|ministers?|mayors?"
    r"|parliamentarians?|members?\s+of\s+parliament|senators?|district\s+chiefs?|judges?"
    r"|prosecutors?)\b", re.IGNORECASE)
_SHADOW_OFFICE = re.compile(r"\bshadow\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# A toll told as of another incident before it, in its own sentence: "In a separate incident,
# provincial officials have since confirmed ...", "Elsewhere", "In addition".
_APART_BEFORE = re.compile(r"\b(?:second|separate(?:ly)?|a\s+further|also\s+in|elsewhere"
                           r"|in\s+addition|additionally|another)\b", re.IGNORECASE)


def _found_since_first(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b``, another party's toll, is a finding made since ``a``, a first report, of
    the same dead, which replaces it ("An earlier ISAF statement reported that 11 attackers had
    been killed. Afghan officials have since confirmed that 14 attackers died"): ``b``'s own
    verb says so ("have since confirmed"; any later word, "now", "raised", is not enough across
    two parties), it comes in the sentence right after the first report, and nothing before
    its toll sets it apart as another incident. Another party's figure is otherwise its own
    claim, never silently merged into or put over the first party's."""
    return (a.initial and a.claimant != b.claimant
            # (the first report may be a restatement ``a`` absorbed: "killing all the
            # attackers. An earlier ISAF statement reported that seven attackers ...")
            and b.sentence.index - 1 in {s.index for s in (a.sentence, *a.others)}
            and _FOUND_SINCE.search(text, b.sentence.start, b.pos) is not None
            and _APART_BEFORE.search(text, b.sentence.start, b.pos) is None)


def _officials_guards(claim: ClaimDraft) -> bool:
    if _HIS_GUARDS.search(claim.victim) is None:
        return False
    lead = claim.sentence.text[:max(0, claim.pos - claim.sentence.start)]
    officials = [m.end() for m in _STATE_OFFICIAL.finditer(lead)
                 if _SHADOW_OFFICE.search(lead, max(0, m.start() - 30), m.start()) is None]
    # (no other side named after the official: "the governor's convoy, killing two of his
    # bodyguards", not "the governor's killers, a Taliban commander and his guards")
    return bool(officials) and last_side(lead[officials[-1]:]) != "enemy"


# A victim phrase that points back to a group named before it: "killing five of them", "both".
_POINTS_BACK = re.compile(r"^\s*(?:(?:\w+\s+)?of\s+them|them|both|all|all\s+\w+)\s*$",
                          re.IGNORECASE)


# A number alone as the victim ("pursued the attackers ..., where they killed six") counts the
# people its sentence named before it, as "them" does.
_BARE_COUNT = re.compile(
    r"^\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*$",
    re.IGNORECASE)


# (the number as a casualty verb's object: "killed six", not "put the number at 12")
_VERB_OF_COUNT = re.compile(r"(?:kill|wound|injur)\w*\s", re.IGNORECASE)


def _side(claim: ClaimDraft) -> str | None:
    """Which side a toll counts; for one that points back ("engaged the insurgents, killing
    five of them"), the side its sentence named last before it; for those a memorial is held
    for, the forces' (``_mourned``)."""
    side = side_of(claim.victim)
    if side is not None:
        return side
    at = claim.pos - claim.sentence.start
    if not (_POINTS_BACK.match(claim.victim) or (
            _BARE_COUNT.match(claim.victim)
            and _VERB_OF_COUNT.match(claim.sentence.text, max(0, at)))):
        # (read last: a search of the sentence before the toll, for the few left side-less)
        return "forces" if _mourned(claim) else None
    before = claim.sentence.text[:max(0, claim.pos - claim.sentence.start)]
    if _SUBJECT_ONLY.fullmatch(before):
        return None  # "The police killed three of them": the subject killed, "them" died
    acted = _AGENT_ACTED.match(before)
    if acted is not None and last_side(before[acted.end("verb"):]) is None:
        return None  # "The Marines returned fire, killing both": those they fired on
    return last_side(before)


def _killed_by_own_side(claim: ClaimDraft) -> bool:
    """Whether a toll whose victim names no side is one its sentence's subject, the releasing
    side, killed: "Coalition forces killed the triggerman" (the spotter, the man who fired the
    shots) is the other side's, whatever noun the writer gave him."""
    if side_of(claim.victim) is not None:
        return False
    at = claim.pos - claim.sentence.start
    subject = claim.sentence.text[:max(0, at)]
    return (at > 0 and _KILLED_ACTIVE.match(claim.sentence.text, at) is not None
            and _SUBJECT_BEFORE.fullmatch(subject) is not None
            and last_side(subject) != "enemy"
            and (last_side(subject) == "forces" or _RELEASING_FORCE.search(subject) is not None))


# A sentence's subject alone before its verb ("Afghan and coalition forces "), and that verb
# the active "killed" ("killed the spotter", not "were killed").
_SUBJECT_BEFORE = re.compile(r"\s*(?:[\w.'’-]+\s+){1,6}")
_KILLED_ACTIVE = re.compile(r"killed\b", re.IGNORECASE)
# The releasing side's force by its name: "Coalition forces", "Afghan and ISAF forces", "the
# patrol", "an air weapons team".
_RELEASING_FORCE = re.compile(
    r"\b(?:coalition|ISAF|Afghan|security|international|partnered|combined|U\.S\.)\b[^,]*"
    r"\b(?:forces?|patrol|team|unit)\b|\bthe\s+(?:patrol|force|unit)\b", re.IGNORECASE)


# Whom the releasing side mourns as its own, by trade or rank: "two combat engineers", "an
# Afghan interpreter", "Sgt. Tom Reyes". A memorial for "a tribal elder" mourns a civilian, no
# side's own.
_OWN_TRADE = re.compile(
    r"\b(?:engineers?|soldiers?|marines?|sappers?|service\s*(?:members?|m[ae]n|wom[ae]n)"
    r"|interpreters?|troops?|troopers?|airm[ae]n|sailors?|paratroopers?|riflem[ae]n|medics?"
    r"|corpsm[ae]n|gunners?|guardsm[ae]n|policem[ae]n|officers?|pilots?|crew\s*m[ae]n"
    rf"|(?-i:{_MILITARY_RANK}[A-Z]))", re.IGNORECASE)


def _mourned(claim: ClaimDraft) -> bool:
    """Whether a toll is of the releasing side's own a memorial is held for ("held a memorial
    service today for two combat engineers killed", "gathered to honor two combat engineers"),
    so the attackers a later sentence tells killed ("Afghan forces killed the attackers") are
    not they told again. Whom a memorial is held for is read as dating reads it
    (``mourns_before``); they are the side's own only when named by a trade of its or a rank,
    not a civilian's ("a memorial ceremony for a tribal elder")."""
    at = claim.pos - claim.sentence.start
    return (at > 0 and claim.population != "civilian"
            and _OWN_TRADE.search(claim.victim) is not None
            and mourns_before(claim.sentence.text, 0, at))


# A sentence that opens with its subject alone before the toll's verb.
_SUBJECT_ONLY = re.compile(r"\s*(?:[Tt]he\s+)?(?:[\w-]+\s+){1,3}")
# A subject that acts, then what its act did: "The Marines and soldiers returned fire, |
# killing both", "The Royal Marines returned fire and | killed them" (the side it names is the
# one that killed).
_AGENT_ACTED = re.compile(
    r"^\s*(?:[\w.'’-]+\s+){1,8}?(?P<verb>returned|opened|fired|engaged|responded|repelled"
    r"|pursued)\b[^.;]*(?:,|\band)\s*$", re.IGNORECASE)


def _detailed(vague: Count, exact: Count) -> bool:
    """Whether ``exact`` details ``vague``: "a leader and several of his fighters" (1 and a
    vague part) told later as "Wahid and the four men" (5)."""
    return (_vague_above(vague) and exact_count(exact) and exact.min is not None
            and vague.min is not None and exact.min > vague.min)


def _same_group(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` may name one of the people ``a`` counts, whoever tells it."""
    if a.outcome != b.outcome or a.stance == "denied" or a.aggregate != b.aggregate:
        return False
    if a.population != b.population and "unknown" not in (a.population, b.population):
        return False
    if _ORDINAL_NOUN.search(b.victim) and not _names_noun_of(a.victim, b.victim):
        return False  # "A second attacker" is not the second of "two men" killed before
    return a.event is None or b.event is None or a.event == b.event


_SELF = re.compile(r"\s*(?:him|her)self\s*", re.IGNORECASE)
# The nouns an attack's own man is told back by, and the words that make a soldier or
# policeman the insider who turned on his comrades ("the rogue soldier"): one list, for every
# pattern that names him.
_ATTACKER_WORDS = r"attacker|assailant"
_TURNED_WORDS = r"rogue|renegade"
_THE_ATTACKER = re.compile(rf"\s*the\s+(?:suicide\s+)?(?:{_ATTACKER_WORDS}|bomber)\s*",
                           re.IGNORECASE)
# The noun of the attack's own men in a group's phrase: "the attackers", "two suicide bombers".
_ATTACKER_NOUN = re.compile(r"\b(?:attackers?|bombers?|assailants?)\b", re.IGNORECASE)


# The release counting the bomber among the attack's men: "Several insurgents, including a
# suicide bomber, attacked", "four insurgents, one of them a bomber", "among them a bomber".
_BOMBER_AMONG = re.compile(
    r"\b(?:including|among\s+them|one\s+of\s+(?:them|whom)(?:\s+(?:was|being))?)\s+"
    r"(?:a|an|one|the)\s+(?:suicide\s+)?(?:bomber|attacker)\b", re.IGNORECASE)


def _bomber_beside_group(group: ClaimDraft, one: ClaimDraft, text: str) -> bool:
    """Whether ``one`` is the attack's bomber ("The bomber was killed in the explosion"), told
    in a sentence of his own beside a group of no number that names no attacker ("Several
    insurgents then tried to enter the base and were killed by coalition forces"): those the
    force killed and the man his own bomb killed are two tolls (the bomber has his own claim,
    as one "killing himself" does), not one told twice. It needs the group's own claim, with
    its vague count, to reach consolidation: where the claims stage has already read it as one
    with the bomber's ("Several insurgents then attacked the base with small-arms fire and were
    killed ..."), there is nothing here to keep apart. Not when the release has put the bomber in
    the group before ("Several insurgents, including a suicide bomber, attacked ... Coalition
    forces killed several of the insurgents"): its group may count him."""
    if not (_THE_ATTACKER.fullmatch(one.victim) is not None and _vague_only(group.count)
            and bool(group.count.vague_term) and group.sentence is not one.sentence
            and _ATTACKER_NOUN.search(group.victim) is None):
        return False
    last = max(group.spans[0][0], one.spans[0][0])
    return _BOMBER_AMONG.search(text, 0, last) is None


# An ordinal with its own noun: "a second attacker", "the third insurgent".
_ORDINAL_NOUN = re.compile(r"\b(?:second|third|fourth|fifth)\s+(?P<noun>[a-z][\w-]*)",
                           re.IGNORECASE)


def _names_noun_of(group: str, ordinal: str) -> bool:
    """Whether the group phrase names the ordinal's noun ("two insurgents" / "a third
    insurgent"; "two men" / "a second attacker" does not)."""
    m = _ORDINAL_NOUN.search(ordinal)
    if m is None:
        return True
    noun = m.group("noun").lower().rstrip("s")
    return any(word.lower().rstrip("s") == noun for word in re.findall(r"[\w-]+", group))


# "his fighters", "one of his associates", "more than five of his fighters", "up to a dozen of
# his fighters": the men tied to one man (counted by a bound too). "and ..." and "along with
# ..." share it, so that the two cannot count his men apart.
_OF_HIS = r"(?:(?:\w+\s+){1,4}of\s+)?his\s+\w+"
# "Bari and one of his associates", "the commander and his two bodyguards": one person and
# others tied to him.
_AND_HIS = re.compile(rf"\band\s+{_OF_HIS}", re.IGNORECASE)


def _with_his(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` tells one person's death told before, with others tied to him ("A Taliban
    commander was killed ... Bari and one of his associates died": 2, not 1 + 2)."""
    before = b.sentence.text[:max(0, b.pos - b.sentence.start)]
    return (exact_count(a.count) and a.count.min == 1 and exact_count(b.count)
            and (b.count.min or 0) > 1
            and (_AND_HIS.search(b.victim) is not None or _AND_ANOTHER.search(b.victim) is not None)
            and not _AND_HIS.search(a.victim) and _ANOTHER_TOLD.search(before) is None
            # the name of the one the first toll told by his role ("A Taliban commander")
            and bool(b.names) and not a.names)


# The dead counted by their bodies: "Three bodies were recovered", "recovered six insurgent
# bodies".
_BODIES = re.compile(r"\bbod(?:y|ies)\b", re.IGNORECASE)


def _bodies_of(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` counts by their bodies the dead of the fight ``a`` told ("killed a Taliban
    commander during an air strike ... Two bodies were recovered, including that of the
    commander"): the search after a strike confirms its dead, a part of them or all, so the two
    tolls are one, the larger (2, not 1 + 2); "two more bodies" is kept apart before this is
    asked (additive). The bodies must be of ``a``'s strike: linked to its event, or told later
    in ``a``'s paragraph or in the sentence right after ``a``'s, with no opening of their own
    that sets them apart (another incident, unit or place, "Elsewhere in Zhari, an Afghan
    patrol found five insurgent bodies", a day of their own) and no population other than
    ``a``'s ("four bodies, all of them civilians", after insurgents killed)."""
    if not (a.outcome == "killed" and b.outcome == "killed" and not b.additive
            and _BODIES.search(b.victim) is not None and _BODIES.search(a.victim) is None
            and exact_count(a.count) and exact_count(b.count)
            and a.sentence.section == b.sentence.section and not _either_outcome(a)):
        return False
    after = text[b.spans[0][1]:min(b.sentence.end, b.spans[0][1] + 60)]
    stated = population_of(b.victim + after)
    if "unknown" not in (stated, a.population) and stated != a.population:
        return False
    if b.sentence is a.sentence:
        return True
    before = b.sentence.text[:max(0, b.pos - b.sentence.start)]
    if (_ANOTHER_UNIT.search(before) or _SEPARATE.search(before)
            or _BODIES_APART_OPENING.match(b.sentence.text)):
        return False
    if a.event is not None and a.event == b.event:
        return True
    told = (a.sentence, *a.others)
    return any((s.paragraph == b.sentence.paragraph and s.index < b.sentence.index)
               or s.index == b.sentence.index - 1 for s in told)


# A sentence told apart from the one before it by its opening: "Elsewhere in Zhari, ...", "In
# a separate incident", a day of its own ("On Monday", "Last week"). (Not "The next morning":
# the search after a strike often finds its dead the day after.)
_BODIES_APART_OPENING = re.compile(
    r"\s*(?:elsewhere|separately|in\s+(?:an?\s+)?(?:separate|unrelated|different|another)\b"
    rf"|(?:(?:early|late|later|earlier)\s+)?(?:on\s+)?{_WEEKDAY_NAME}\b|last\s+(?:week|month|night)"
    r"|yesterday"
    r"|earlier\s+(?:this|in\s+the)\s+(?:week|month))", re.IGNORECASE)


# A toll of the hit, not of the dead: "killing or wounding eight of them".
_OR_ANOTHER_OUTCOME = re.compile(r"\bor\s+(?:wound|injur|captur|detain)", re.IGNORECASE)


def _either_outcome(a: ClaimDraft) -> bool:
    """Whether ``a`` is told as killed or another outcome ("killing or wounding eight of
    them"): it says how many were hit, so bodies found after it ("found three bodies") are
    the only count of the dead, not a part of it."""
    start = a.sentence.start
    return any(_OR_ANOTHER_OUTCOME.search(a.sentence.text[s - start:e - start])
               for s, e in a.spans)


# Titles a name may carry or drop when told again ("Mullah Abdul Basir" ... "Basir").
_TITLES = frozenset({"mullah", "mawlawi", "maulawi", "qari", "haji", "mufti", "sheikh",
                     "commander"})


def _name_words(names: frozenset[str]) -> set[str]:
    """The words of ``names`` but their titles, case-folded."""
    return {w.casefold() for name in names for w in re.findall(r"[\w'’-]+", name)
            if w.casefold() not in _TITLES}


def _named_again_with_another(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` names again the one man ``a`` told killed by name, with others beside him
    ("killed Mullah Abdul Basir ... confirmed that Basir and one other insurgent were killed":
    2, not 1 + 2)."""
    return (exact_count(a.count) and a.count.min == 1 and exact_count(b.count)
            and (b.count.min or 0) > 1 and bool(a.names) and bool(b.names)
            and (_AND_ANOTHER.search(b.victim) is not None
                 or _AND_HIS.search(b.victim) is not None)
            and not _AND_HIS.search(a.victim)
            and bool(_name_words(a.names) & _name_words(b.names)))


def _named_with_his(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, a named man and his men uncounted ("Akhtar and his fighters ... were
    killed"), tells again a group ``a`` counted as one man and his men ("A Taliban commander and
    four of his fighters were killed": 5, not 5 + 1 and more; "... and more than five of his
    fighters": 7 and more, whose men are counted by a floor, not 7 + 1; "... and up to a dozen
    of his fighters": 13, whose men are counted by a ceiling, from 1 to 13)."""
    # (a group counted by a ceiling is of one man at the least: its size is its top)
    return (bool(b.names) and _AND_HIS.search(b.victim) is not None
            and b.count.max is None and b.count.min == 1 and a.count.vague_term is None
            and (a.count.max or a.count.min or 0) > 1 and (_AND_HIS.search(a.victim) is not None
                                            or _ALONG_WITH_HIS.search(a.victim) is not None))


# "a Taliban commander, Mullah Noor Agha, along with two of his fighters": the man and his men.
_ALONG_WITH_HIS = re.compile(rf"\b(?:along|together)\s+with\s+{_OF_HIS}", re.IGNORECASE)


# "This leader's death", "the commander's killing": one man's death told by his role.
_ROLE_POSSESSIVE = re.compile(r"^\s*(?:(?:the|this|that|his)\s+)?(?P<role>[a-z][\w-]*)['’]s\s*$")


def _one_by_role(a: ClaimDraft, b: ClaimDraft, pattern: re.Pattern[str]) -> bool:
    """Whether ``b`` is one man named by a role (``pattern``'s group ``role``) that ``a``'s
    victims were told by."""
    role = pattern.match(b.victim)
    return (role is not None and exact_count(b.count) and b.count.min == 1
            and a.count.min is not None and a.count.min >= 1
            and re.search(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"{re.escape(role.group('role'))}\b", a.victim, re.IGNORECASE)
            is not None)


def _role_death(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` ("This leader's death") is the death of one man ``a`` counted by that role
    ("killed a senior al-Qaida leader and several other insurgents"): one of them, not one
    more."""
    return _one_by_role(a, b, _ROLE_POSSESSIVE)


# "killing them both", "killing both": a toll of two that points back to a pair.
_BOTH_OF_THEM = re.compile(r"^\s*(?:them\s+both|both(?:\s+of\s+them)?)\s*$", re.IGNORECASE)
# The pair it points back to, one of them told before by role or name: "engaged the
# sub-commander and an armed associate", "engaged Zahir and another armed insurgent".
_PAIR_WITH_ONE = re.compile(
    r"(?:\b(?i:the)\s+(?:[\w-]+\s+){0,2}?(?P<role>[a-z][\w-]*)|(?P<name>[A-Z][a-z][\w'’-]*))"
    r"\s+and\s+(?:another|an?|one\s+other|a\s+second|his)\s+[\w-]+")


def _pair_of(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` ("killing them both") counts a pair whose one ``a`` told before ("killed a
    Taliban sub-commander ... engaged the sub-commander and an armed associate, killing them
    both": 2, not 1 + 2); not a pair told as other people ("in a separate operation")."""
    if not (_BOTH_OF_THEM.match(b.victim) and exact_count(a.count) and a.count.min == 1
            and exact_count(b.count) and b.count.min == 2):
        return False
    before = b.sentence.text[:max(0, b.pos - b.sentence.start)]
    pairs = list(_PAIR_WITH_ONE.finditer(before))
    pair = pairs[-1] if pairs else None
    if pair is None or _ANOTHER_TOLD.search(before, 0, pair.start()):
        return False
    role, name = pair.group("role"), pair.group("name")
    if role is not None:
        return re.search(rf"\b{re.escape(role)}\b", a.victim, re.IGNORECASE) is not None
    # the name is the one killed before: his own, or his role's apposition ("The leader,
    # Abdul Zahir,") between the two tolls
    head = re.findall(r"[a-z][\w-]*", a.victim)
    start = a.spans[0][0] if a.spans else 0
    return any(name in n.split() for n in a.names) or (bool(head) and re.search(
        rf"\b(?i:the)\s+{re.escape(head[-1])},\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{re.escape(name)}\b",
        text[start:b.pos]) is not None)


# A pair that points back ("killing both men") to one told after the toll of ``a`` as "he and
# an associate": "a shadow governor was killed ... he and an associate ran from a compound
# carrying rifles. The force engaged them, killing both men" is 2, not 1 + 2.
_BOTH_MEN = re.compile(r"^\s*(?:them\s+both|both(?:\s+of\s+them|\s+(?:men|insurgents))?"
                       r"|the\s+two\s+(?:men|insurgents))\s*$", re.IGNORECASE)
_HE_AND_ONE = re.compile(r"\b[Hh]e\s+and\s+(?:another|an?|one\s+other|a\s+second|his)\s+[\w-]+")


def _he_and_one_more(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b``'s pair is the one man ``a`` counted, told again as "he and an associate"
    between the two tolls, and one more (see ``_BOTH_MEN``)."""
    if not (a.spans and _BOTH_MEN.match(b.victim) and exact_count(a.count)
            and a.count.min == 1 and exact_count(b.count) and b.count.min == 2):
        return False
    between = text[a.spans[0][1]:b.pos]
    pairs = list(_HE_AND_ONE.finditer(between))
    return bool(pairs) and _ANOTHER_TOLD.search(between, 0, pairs[-1].start()) is None


# A part of a group told before: "Three insurgents are dead ... Two of the insurgents were
# killed when ...": the two are among the three ("the" points back to them).
_PARTITIVE = re.compile(r"^\s*[\w-]+\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*$",
                        re.IGNORECASE)


def _part_of(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` counts some of the people ``a`` counted, by a partitive with a noun of
    ``a``'s ("two of the insurgents" after "three insurgents"), and no other mention of that
    noun between them, which "the" would point to instead ("fired on by insurgents ... killed
    three of the insurgents")."""
    m = _PARTITIVE.match(b.victim)
    if m is None or not (exact_count(a.count) and exact_count(b.count)) or not a.spans:
        return False
    noun = m.group("noun").lower().rstrip("s")
    if not ((a.count.min or 0) > (b.count.min or 0)
            and any(w.lower().rstrip("s") == noun for w in re.findall(r"[\w-]+", a.victim))):
        return False
    between = text[a.spans[0][1]:b.pos]
    return re.search(rf"\b{re.escape(noun)}s?\b", between, re.IGNORECASE) is None


# A toll's part told killed in its own words after "including": "killed six insurgents ...,
# including three killed in a coalition air strike" (the three are of the six).
_INCLUDING_BEFORE = re.compile(r",\s*including\s+$", re.IGNORECASE)


# A toll told between: "killed seven insurgents and wounded four others, including two
# killed ...", where "including" sets its part off from the wounded, not from the dead.
_TOLL_VERB = re.compile(r"\b(?:killed|wounded|injured|detained)\b", re.IGNORECASE)


def _including_part(a: ClaimDraft, b: ClaimDraft, text: str,
                    drafts: Sequence[ClaimDraft]) -> bool:
    """Whether ``b`` is a part of ``a``'s toll that its own sentence sets off by "including"
    after it: fewer people, told in the same sentence with no other toll's end between (no
    ";", no toll verb, no other draft's span of any outcome)."""
    if not (a.spans and b.sentence is a.sentence and exact_count(a.count)
            and exact_count(b.count) and (a.count.min or 0) > (b.count.min or 0)):
        return False
    start, end = a.spans[0][1], b.pos
    between = text[start:end]
    return (";" not in between and _TOLL_VERB.search(between) is None
            and not any(d is not a and d is not b and start <= s < end
                        for d in drafts for s, _ in d.spans)
            and _INCLUDING_BEFORE.search(between) is not None)


# "Both were killed", "the two men died": a pair that points back.
_BOTH = re.compile(r"\s*(?:both(?:\s+of\s+them|\s+[a-z]+)?|the\s+two(?:\s+[a-z]+)?)\s*",
                   re.IGNORECASE)


def _both_with_named(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b``'s pair ("Both were killed") is one named man ``a`` counted and one more,
    told between them ("Zahir and another insurgent engaged it. Both were killed": 2, not
    1 + 2); ``b`` then gives the count."""
    if not (a.spans and _one_then_pair(a, b)):
        return False
    # (and a man named in apposition to his role: "The Taliban deputy shadow governor ...,
    # Mullah Abdul Hameed, was killed")
    names = a.names | frozenset(_APPOSED_NAME.findall(text, *a.spans[0]))
    # (or named before his role: "Mullah Sher Agha, a Taliban leader who ran ..., was killed")
    before = _NAME_BEFORE_ROLE.search(text, max(a.sentence.start, a.spans[0][0] - 60),
                                      a.spans[0][0])
    if before is not None:
        names |= {before.group("name")}
    between = text[a.spans[0][1]:b.pos]
    # (or named after the toll, by his role: "The facilitator, known locally as Qari
    # Nasrullah, moved bombers")
    names |= {m.group("name") for m in _ROLE_NAMED_LATER.finditer(between)
              if re.search(rf"\b{re.escape(m.group('role'))}\b", a.victim, re.IGNORECASE)}
    # (or named by his title in the story after the toll: "A Taliban commander ... was killed
    # ... Mullah Abdul Wali was travelling with another insurgent")
    titled = _titled_after(a, b, text)
    if titled is not None:
        names |= {titled}
    # (or "with" him: "tracked Nurullah as he rode a motorcycle with another armed insurgent")
    # (or past a clause set off about him: "Jalil, who was responsible for a rocket attack
    # in August, was traveling with a second insurgent")
    return any(re.search(rf"\b{re.escape(name.split()[-1])}(?:,\s+who\s+[^,.;]{{1,120}},)?"
                         rf"(?:\s+and|(?:\s+[\w-]+){{0,6}}?"
                         rf"\s+with)\s+(?:another|one\s+other|a\s+second|{_ONE_COMPANION})\b",
                         between) for name in names)


_APPOSED_NAME = re.compile(r"(?<=, )(?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z'’-]+(?=, )")
# A man the toll counted by his role, named after it: "The facilitator, known locally as Qari
# Nasrullah,", "The commander, identified as Abdul Wali,".
_ROLE_NAMED_LATER = re.compile(
    r"\b[Tt]he\s+(?P<role>[a-z][\w-]*),\s+(?:(?:known\s+(?:locally\s+)?|identified\s+)as\s+"
    r"|named\s+)?(?P<name>(?:[A-Z][a-z'’-]+\s+){0,3}[A-Z][a-z'’-]+),")
# A sentence that opens on a man's name: "Mullah Abdul Ghafar led a group of insurgents".
_NAME_OPENS = re.compile(r"\s*(?P<name>(?:[A-Z][a-z'’-]+\s+){1,4})(?=[a-z])")


_NAME_BEFORE_ROLE = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z'’-]+),\s+$")


# A man the releases name by a cleric's or elder's title: "Mullah Sayed Rahim", "Qari Wali".
_TITLED_NAME = re.compile(
    r"\b(?:Mullah|Mawlawi|Maulawi|Maulvi|Mawlavi|Qari|Haji|Mufti|Sheikh)\s+"
    r"(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+")


# A toll of one man told by his role, with the article: "A Taliban commander", "The Taliban's
# shadow district chief for Panjwa'i" (a place it names is no name of his; "an insurgent" is
# no role a title names later).
_BY_ROLE = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:sub-?commander|commander|leader|chief|governor"
    r"|facilitator|financier|emir|amir|judge|organi[sz]er|planner|maker|expert|deputy|head"
    r"|official)\b", re.IGNORECASE)


def _titled_after(a: ClaimDraft, b: ClaimDraft, text: str) -> str | None:
    """The name of the one man ``a`` told killed by his role ("A Taliban commander ... was
    killed"), when the story told after it names him by his title: the first man so named
    between the two tolls ("Intelligence sources tracked Mullah Sayed Rahim"), as no other toll
    of one man came between."""
    if not (a.spans and exact_count(a.count) and a.count.min == 1 and a.spans[0][1] < b.pos
            and _BY_ROLE.match(a.victim)):
        return None
    m = _TITLED_NAME.search(text, a.spans[0][1], b.pos)
    if m is None or _ANOTHER_TOLD.search(text, a.spans[0][1], m.start()) is not None:
        return None  # ("In a separate operation, the force engaged Mullah Karim and another")
    return m.group(0)


# "Wali and two other insurgents", "Ghafar and both fighters", "Ghafar and his two fighters",
# "Rahim and both men with him", "Bari and the three men": a named man, then others counted
# beside him.
_NAME_AND_OTHERS = re.compile(
    r"^\s*(?P<name>(?:[A-Z][a-z'’-]+\s+){0,3}[A-Z][a-z'’-]+)\s+and\s+(?:both|his|the|two|three"
    r"|four|five|six|seven|eight|nine|ten|\d+|several)\b")


def _named_with_others(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` ("killing Wali and two other insurgents") names, with others beside him, the
    one man ``a`` told killed by his role, where the release names that man: before his role
    ("Haji Sardar Wali, the Haqqani network's senior commander for Barmal district, was
    killed"), as the next sentence opens ("Mullah Abdul Ghafar led a group ..."), or by his
    title in the story between the tolls (``_titled_after``): ``b`` is the whole toll (3, not
    1 + 3)."""
    m = _NAME_AND_OTHERS.match(b.victim)
    if m is None or not a.spans or not (exact_count(a.count) and a.count.min == 1):
        return False
    before = _NAME_BEFORE_ROLE.search(text, max(a.sentence.start, a.spans[0][0] - 60),
                                      a.spans[0][0])
    opening = _NAME_OPENS.match(text, a.sentence.end, min(len(text), a.sentence.end + 80))
    names = [found.group("name") for found in (before, opening) if found is not None]
    if exact_count(b.count) and (b.count.min or 0) >= 2:
        names.append(_titled_after(a, b, text) or "")
    last = m.group("name").split()[-1]
    return any(last in name.split() for name in names)


# ... or the one more told by his tie to the named man: "Hameed and an associate" (and told
# with a word of his own: "he rode a motorcycle with an armed associate"; "one" counts him as
# "an" does: "with one armed bodyguard").
_ONE_COMPANION = (r"(?:an?|one|his)\s+(?:[a-z][\w-]*\s+)?(?:associate|companion|accomplice|aide"
                  r"|bodyguard|driver|deputy|lieutenant)")


# A taking of hostages by the other side: "The workers had been abducted last week".
_HOSTAGE_TAKING = re.compile(r"\b(?:abduct\w*|kidnapp(?:ed|ing)|taken\s+hostage|held\s+hostage)\b",
                             re.IGNORECASE)


def _other_taking(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether one of two captures is a hostage-taking and the other not: the hostages are
    not the kidnappers the force detained ("Four kidnappers were detained. The workers had been
    abducted last week")."""
    if a.outcome != "captured" or b.outcome != "captured" or not (a.spans and b.spans):
        return False
    return (_HOSTAGE_TAKING.search(text, *a.spans[0]) is None) != (
        _HOSTAGE_TAKING.search(text, *b.spans[0]) is None)


def _one_then_pair(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` is a pair ("Both") and ``a`` one man."""
    return bool(_BOTH.fullmatch(b.victim) and exact_count(b.count) and b.count.min == 2
                and exact_count(a.count) and a.count.min == 1)


# "Hassan and another armed man": the named one and one more.
_AND_ANOTHER = re.compile(r"\band\s+(?:another|one\s+other|a\s+second)\s+\w+", re.IGNORECASE)
# "The bomb maker(, Haji Lala,)": a role with the article that points back.
_THE_ROLE = re.compile(r"^\s*[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*(?:,|$)")


def _role_named(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` names one of ``a``'s dead by the role ``a`` told him by: "killed a Taliban
    bomb maker and several insurgents ... The bomb maker, Haji Lala, was killed" (one of
    them, not one more)."""
    return _one_by_role(a, b, _THE_ROLE)


# "Qari Mohammad and several of the insurgents", "the leader and two of his fighters": one man
# named first in a toll of more, by his name or with the article that points back to his role.
_ONE_AND_MORE = re.compile(
    r"^\s*(?:(?:[A-Z][a-z'’-]+\s+){0,3}[A-Z][a-z'’-]+|[Tt]he\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<role>[a-z][\w-]*))\s+and\s+(?!his\b|another\b|one\s+other\b|a\s+second\b)")


def _one_and_more(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` names the one man ``a`` told by his role together with others killed
    beside him: "killed a Taliban leader ... The leader, Qari Mohammad, ... killing Qari
    Mohammad and several of the insurgents" is 1 + 3, not 1 + 1 + 3 (``_with_his`` reads
    "and his"/"and another"); not a toll told as another operation's ("In a separate
    engagement")."""
    m = _ONE_AND_MORE.match(b.victim)
    if m is None or not (exact_count(a.count) and a.count.min == 1):
        return False
    if b.count.min is None or (exact_count(b.count) and b.count.min < 2):
        return False
    before = b.sentence.text[:max(0, b.pos - b.sentence.start)]
    if _ANOTHER_TOLD.search(before) is not None:
        return False
    role = m.group("role")
    if a.names:
        # a named man, pointed back to by the role his apposition gives him: "Mullah Sadiq, a
        # Taliban leader who ran training camps, died ... killed the leader and numerous
        # fighters" is 1 + 4 (not by another name: "killing Mullah Wali and two insurgents")
        return role is not None and _role_apposed(a, role)
    if role is not None:
        return re.search(rf"\b{re.escape(role)}\b", a.victim, re.IGNORECASE) is not None
    return bool(b.names)


def _role_apposed(a: ClaimDraft, role: str) -> bool:
    """Whether the named man of ``a`` is told by ``role`` in an apposition beside his name
    ("Mullah Sadiq, a Taliban leader who ran training camps, died"), so that "the leader"
    points back to him."""
    start, end = a.spans[0]
    quote = a.sentence.text[max(0, start - a.sentence.start):max(0, end - a.sentence.start)]
    return re.search(rf"^[^,]{{1,60}},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                     rf"{re.escape(role)}\b", quote, re.IGNORECASE) is not None


# "killing the leader and his fighters": one man by the role a toll told him by, with his men
# uncounted.
_THE_ROLE_AND_HIS = re.compile(
    r"^\s*[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<role>[a-z][\w-]*)\s+and\s+(?:his|their)\s+"
    r"(?:[\w-]+\s+)?(?:fighters|men|associates|guards|bodyguards|followers|insurgents"
    r"|militants|accomplices)\s*$")


# ... or with the article that points back to the others: "killing the commander and the
# insurgents with him".
_THE_ROLE_AND_THE = re.compile(
    r"^\s*[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<role>[a-z][\w-]*)\s+and\s+the\s+"
    r"(?:[\w-]+\s+)?(?:fighters|men|associates|guards|bodyguards|followers|insurgents"
    r"|militants|accomplices)(?:\s+with\s+him)?\s*$")


# ... or with a vague part of his men: "the leader and several of his fighters were killed",
# which retells a toll of the same make ("killed a Taliban leader and a number of insurgents").
_THE_ROLE_AND_SOME_OF_HIS = re.compile(
    r"^\s*[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<role>[a-z][\w-]*)\s+and\s+(?:[\w-]+\s+){1,3}?of\s+"
    r"(?:his|their)\s+(?:[\w-]+\s+)?(?:fighters|men|associates|guards|bodyguards|followers"
    r"|insurgents|militants|accomplices)\s*$")


def _role_and_his_again(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` ("killing the leader and his fighters") retells ``a``'s toll of that man
    and others ("killed a Haqqani network leader and several other insurgents"): 4, not 4 + 1.
    A vague part of his men ("the leader and several of his fighters") retells only a toll
    of one man and a vague group: after "a leader and three insurgents" the count differs."""
    m = _THE_ROLE_AND_HIS.match(b.victim) or _THE_ROLE_AND_THE.match(b.victim)
    if m is None and _vague_above(a.count) and _vague_above(b.count):
        m = _THE_ROLE_AND_SOME_OF_HIS.match(b.victim)
    return (m is not None and a.count.min is not None and a.count.min >= 1
            and re.search(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(m.group('role'))}"
                          r"\s+and\s+", a.victim, re.IGNORECASE) is not None)


# ... or by his name: "killing Tokhi and the men with him", "killing Hazrat Jan and the
# insurgents who were fighting with him".
_NAME_AND_THE = re.compile(
    r"^\s*(?P<name>(?:[A-Z][a-z'’-]+\s+){0,3}[A-Z][a-z'’-]+)\s+and\s+the\s+"
    r"(?:[\w-]+\s+)?(?:fighters|men|associates|guards|bodyguards|followers|insurgents"
    r"|militants|accomplices)(?:\s+with\s+him)?\s*$")


def _named_and_the_others_again(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` ("killing Tokhi and the men with him") retells ``a``'s toll of one man and
    others uncounted ("killed a Taliban sub-commander and several of his fighters") by that
    man's name: the name ``a`` gives him ("a senior leader, Mawlawi Hazrat Jan, and several
    other insurgents") or the one the release sets beside the role ``a`` told him by, between
    the two tolls ("The sub-commander, Haji Abdul Ghaffar Tokhi, led ..."). The article says
    the others are those told before: 4, not 4 + 1 (another name is another man)."""
    m = _NAME_AND_THE.match(b.victim)
    if (m is None or b.count.max is not None or not a.spans or a.count.min is None
            or _ONE_MAN_FIRST.match(a.victim) is None):
        return False
    last = m.group("name").split()[-1].casefold()
    if last in _name_words(a.names):
        return True
    return any(last in _name_words(frozenset({later.group("name")}))
               and re.search(rf"\b{re.escape(later.group('role'))}\b", a.victim,
                             re.IGNORECASE) is not None
               for later in _ROLE_NAMED_LATER.finditer(text, a.spans[0][1], b.pos))


# "He was killed along with two armed associates" (read "He and two armed associates"): the man
# told killed before, by pronoun, with the others who died beside him; as the strike's object
# too ("engaged, killing him and two of his associates": the lede's man is among them).
_HE_ALONG_WITH = re.compile(r"^\s*(?:he|she|him|her)\s+(?:and|(?:[^.;]*\s)?(?:along|together)"
                            r"\s+with)\s+(?!(?:his|her)\b)", re.IGNORECASE)


def _he_along_with(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` retells ``a``'s one dead man with those killed beside him ("Mullah Sadiq
    was killed ... He was killed along with two armed associates", "killed a Taliban commander
    ... the aircraft engaged, killing him and one associate": 3 and 2, not 1 + 3 and 1 + 2)."""
    return (exact_count(a.count) and a.count.min == 1 and exact_count(b.count)
            and (b.count.min or 0) > 1 and _HE_ALONG_WITH.match(b.victim) is not None
            and not _one_man_between(a, b, text))


# One man brought in by the indefinite article, the last the pronoun may point to: "an insurgent
# leader opened fire from a rooftop", "a second insurgent fired on the patrol" (not one told of
# another: "He was a Taliban leader"; nor ``a``'s man set off after his name, "Sadiq, a senior
# commander").
_NEW_ONE_MAN = re.compile(
    r"(?<!\bwas\s)(?<!\bis\s)(?<!\bas\s)\b(?:an?|another)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:man|leader|commander|sub-?commander|facilitator|financier|suspect|gunman|attacker"
    r"|shooter|bomber|assailant|emir|deputy"
    # (or by his side's noun where it heads his phrase: "a second insurgent fired on the patrol",
    # not "an insurgent attack")
    r"|(?:insurgent|militant|fighter)(?=\s+(?:who|that|whom|was|had|[a-z]+ed)\b|\s*[,.;:]))\b"
    r"(?!\s+(?:and|or)\b)", re.IGNORECASE)


def _one_man_between(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether the text between ``a``'s toll and ``b`` brings in one man other than ``a``'s by
    the indefinite article, whom a "him" in ``b`` may be ("killed an insurgent ... an insurgent
    leader opened fire from a rooftop. An air weapons team engaged, killing him and two of his
    fighters": 1 + 3, not 3). (A name is no new man: the lede's man told by his role is named
    after it, "killed a Haqqani Network commander ... Mawlawi Abdul Qadeer ... killing him and
    one associate".)"""
    if not a.spans or a.spans[0][1] >= b.pos:
        return False
    start = a.spans[0][1]
    for m in _NEW_ONE_MAN.finditer(text, start, b.pos):
        named = _NAME_BEFORE_ROLE.search(text[max(start, m.start() - 60):m.start()])
        if named is None or not (_name_words(frozenset({named.group("name")}))
                                 & _name_words(a.names)):
            return True
    return False


# "Most of the insurgents", "many of them": a share of a group told before, by no number.
_SHARE_OF = re.compile(r"^\s*(?:most|many|some|half|the\s+(?:majority|bulk)|a\s+few)\s+of\s+"
                       r"(?:the|these|those|them)\b", re.IGNORECASE)


def _share_of(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` tells a share of the group ``a`` counted ("killed more than 30 insurgents
    ... Most of the insurgents were killed in engagements with Afghan soldiers"): some of
    the same dead, not more of them."""
    return (_SHARE_OF.match(b.victim) is not None and a.count.min is not None
            and a.count.min >= 2)


# "They were killed": a toll told by the plural pronoun alone.
_THEY = re.compile(r"\s*(?:they|them)\s*", re.IGNORECASE)


def _they_again(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` ("They were killed when they fired on the force") points back to the
    group ``a`` counted, named again by its number between them ("killed Taliban commanders
    Akhtar and Shafiq ... The two commanders led groups ... They were killed": 2, not 2 + 1)."""
    if _THEY.fullmatch(b.victim) is None or not (exact_count(a.count) and a.spans):
        return False
    n = a.count.min or 0
    words = [str(n), *(w for w, k in _NUMBER_WORDS.items() if k == n and len(w) > 2)]
    between = text[a.spans[0][1]:b.pos] if a.spans[0][1] < b.pos else ""
    named = list(re.finditer(r"\b[Tt]he\s+(?P<n>\w+)\s+(?:[\w-]+\s+)?[a-z][\w-]*s\b", between))
    return n >= 2 and bool(named) and named[-1].group("n").lower() in words


# "he was traveling with an associate": the one told killed before, by his pronoun or the role
# the toll named him by, and the few with him ("located him on a trail with one armed
# bodyguard", "located the leader travelling on foot with two armed bodyguards").
_HE_WITH_FEW = re.compile(
    rf"\b(?:he|him|the\s+(?P<role>[a-z][\w-]*))\s+(?:(?!with\b)[\w-]+\s+){{0,6}}?with\s+"
    rf"(?:(?:another|one\s+other|a\s+second|{_ONE_COMPANION})\b"
    r"|(?P<k>two|three|four|five)\s+(?:[a-z][\w-]*\s+)?(?:associates|companions|accomplices"
    r"|aides|bodyguards|guards|fighters|insurgents|men)\b)",
    re.IGNORECASE)


def _both_with_him(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b``'s group ("Both men were killed", "killing all three") is the one man ``a``
    counted, named by no name, and the few told with him between them ("A network leader was
    killed in a strike ... struck the vehicle in which he was traveling with an associate.
    Both men were killed": 2, not 1 + 2)."""
    if not (a.spans and a.spans[0][1] < b.pos and exact_count(a.count) and a.count.min == 1
            and exact_count(b.count) and b.count.min is not None
            and (_one_then_pair(a, b) or _ALL_OF.fullmatch(b.victim) is not None)):
        return False
    for m in _HE_WITH_FEW.finditer(text, a.spans[0][1], b.pos):
        role = m.group("role")
        if role is not None and re.search(rf"\b{re.escape(role)}\b", a.victim,
                                          re.IGNORECASE) is None:
            continue  # "the trail with ...": no role the toll named him by
        few = 1 if m.group("k") is None else _number(m.group("k"))
        return b.count.min == few + 1
    return False


# "All three", "all four of them", "both": the whole of a group told before.
_ALL_OF = re.compile(r"^\s*(?:all\s+(?:of\s+)?(?:the\s+)?\w+(?:\s+of\s+them)?"
                     # ("All three insurgents were killed")
                     r"|all\s+(?:of\s+)?(?:the\s+)?\w+\s+(?:insurgents|men|fighters|militants)"
                     # ("The leader and an associate fired on the force. Both men were killed")
                     r"|both(?:\s+of\s+them|\s+(?:men|insurgents|fighters))?"
                     # ("engaged Zahir and two of his associates ... the three insurgents were
                     # killed": the article and number point back to the group, as "all" does)
                     r"|the\s+\w+\s+(?:insurgents|men|fighters|militants))\s*$", re.IGNORECASE)


def _all_of_them(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` tells the whole group ``a`` is one of: "killed the Taliban district chief
    ... He and two bodyguards opened fire. All three were killed" is 3, not 1 + 3. "All",
    "both" and "the three insurgents" point back to the group named last, which holds ``a``'s
    one only when it was told as one and the others ("he and two bodyguards", "Karim and a
    guard") after ``a``; "two insurgents opened fire; both were killed" are two more."""
    if not (_ALL_OF.match(b.victim) is not None and exact_count(a.count) and exact_count(b.count)
            and a.count.min == 1 and b.count.min is not None and b.count.min > 1):
        return False
    rest = b.count.min - 1
    words = [str(rest), *(w for w, n in _NUMBER_WORDS.items() if n == rest)]
    between = text[a.spans[0][1]:b.pos] if a.spans[0][1] < b.pos else ""
    return re.search(rf"\b(?:he|him|[A-Z][a-z]+|[Tt]he\s+[a-z]+)\s+(?:and|(?:was\s+)?"
                     # ("the leader was traveling with two associates. All three ...")
                     rf"(?:traveling|travelling|riding|meeting)\s+with)\s+(?:his\s+)?"
                     rf"(?:{'|'.join(words)})\s", between) is not None


# "All three insurgents died in the strike": a whole group of a number told before.
_ALL_NUMBER = re.compile(r"^\s*all\s+(?:of\s+)?(?:the\s+)?(?P<n>two|three|four|five|six|seven"
                         r"|eight|nine|\d+)(?:\s+(?:insurgents|men|fighters|militants))?\s*$",
                         re.IGNORECASE)


def _all_number_again(kept: list[ClaimDraft], b: ClaimDraft, text: str) -> ClaimDraft | None:
    """The toll ``b`` ("All three insurgents died in the strike") tells again: the last one
    of its number, with no other group of that number named between them ("A coalition
    aircraft killed three insurgents ... requested a precision strike. All three insurgents
    died": 3, not 3 + 3, though the strike was read as an event of its own)."""
    m = _ALL_NUMBER.match(b.victim)
    if m is None or not exact_count(b.count) or b.stance == "denied":
        return None
    word = m.group("n").lower()
    for a in reversed(kept[-_LOOKBACK:]):
        if (a.outcome != b.outcome or a.claimant != b.claimant or a.stance == "denied"
                or not exact_count(a.count) or a.count.min != b.count.min
                or (a.population != b.population
                    and "unknown" not in (a.population, b.population))
                or not a.spans or a.spans[0][1] >= b.pos):
            continue
        between = text[a.spans[0][1]:b.pos]
        if re.search(rf"\b{re.escape(word)}\b", between, re.IGNORECASE) or (
                _ANOTHER_TOLD.search(between)):
            return None  # another group of that number, or another operation, told between
        return a
    return None


# "them", "they": more than one, so no toll of one man told again.
_THEM_ALONE = re.compile(r"\s*(?:them|they)\s*", re.IGNORECASE)


def _them_after_one(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` is an uncounted "them" and ``a`` one person: the plural points back to
    others ("Insurgents attacked a patrol, killing an Afghan soldier. The patrol returned fire,
    killing them": the insurgents, not the soldier again)."""
    return (not b.count_known and _THEM_ALONE.fullmatch(b.victim) is not None
            and exact_count(a.count) and a.count.min == 1)


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9}


# "In a separate engagement, ...", "In another operation": a toll of other people.
_ANOTHER_TOLD = re.compile(r"\b(?:separate|another|other|additional|also)\b", re.IGNORECASE)


def _absorb(a: ClaimDraft, b: ClaimDraft, whole: bool = False) -> None:
    """Merge restatement ``b`` into ``a``: evidence joins, the most specific count wins (and
    ``b``'s when it is the ``whole`` group ``a`` was one of)."""
    b.merged = True
    a.others.append(b.sentence)
    for span in b.spans:
        if span not in a.spans:
            a.spans.append(span)
    for span in b.attr_spans:
        if span not in a.attr_spans:
            a.attr_spans.append(span)
    if not a.count_known or (_vague_only(a.count) and b.count_known
                             and not _vague_only(b.count)) or _detailed(a.count, b.count) or (
            _with_his(a, b)) or whole:
        a.count, a.count_known = b.count, b.count_known
    if a.population == "unknown":
        a.population = b.population
    a.initial = a.initial or b.initial  # a first report restated is still a first report
    if a.event is None:
        a.event = b.event


_AMONG_THE_DEAD = re.compile(
    r"(?=[a])\bamong\s+(?:those|the)\s+(?:killed|dead|detained|captured|wounded)", re.IGNORECASE)
# A part of the dead told by a partitive of them at the claim's own start: "Two of the dead were
# children" (of the dead told before, not more; "two insurgents who tried to recover the bodies
# of those killed were also killed" are more, whose partitive is no share of the dead).
_SHARE_OF_THOSE_TOLD = re.compile(PART_OF_THE_DEAD, re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z][\w'-]+")
# The dead named after their toll: "... killed in the strike was later identified as".
_IDENTIFIED_AS = re.compile(
    r"[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|since\s+|positively\s+)?"
    r"identified\s+as\b", re.IGNORECASE)
# Words of a victim phrase that count people beyond those told before: "also", "another",
# "two more", "an additional insurgent", "one other insurgent" (not "more than two": a bound,
# not an addition).
_ALSO_ANOTHER = re.compile(r"\b(?:also|another|additional|further|other)\b|\bmore\b(?!\s+than)",
                           re.IGNORECASE)
# A companion told killed "also" after a toll ("killed Qari Ghulam ... An associate of Ghulam
# was also killed"): a man by his tie to another is not that man.
_COMPANION = re.compile(r"^\s*(?:an?|one|another)\s+(?:armed\s+)?(?:associate|companion|accomplice"
                        r"|aide|bodyguard|driver|guard)\b", re.IGNORECASE)


# ... or one told by whom he was with: "An armed man who was with Zaman was also killed".
_MAN_WITH = re.compile(
    r"^\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:man|insurgent|fighter|militant|gunman)\s+"
    r"(?:who\s+(?:was|had\s+been)\s+)?(?:with|beside|accompanying)\s+(?:him\b|[A-Z])")


def _companion_also(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` ("An associate was also killed") is a companion of ``a``'s dead, told
    by a noun ``a``'s victim does not hold."""
    m = _COMPANION.match(b.victim)
    return m is not None and re.search(
        rf"\b{re.escape(m.group(0).split()[-1])}", a.victim, re.IGNORECASE) is None


# "his brother", "one of his bodyguards": someone tied to a person, so not that person.
_KIN_OF = re.compile(r"^\s*(?:(?:one|two|three|both)\s+of\s+)?(?:his|her|their)\s+\w+",
                     re.IGNORECASE)


def _others_of(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether the also-killed ``b`` names people other than ``a``'s: "X was killed. The strike
    also killed his brother" (a kin or companion), or two different names."""
    if _KIN_OF.match(b.victim):
        return True
    return bool(a.names and b.names and not (a.names & b.names))


# "The commander's brother", "the leader's two bodyguards": people tied to someone named by a
# noun, so not that someone.
_KIN_OF_NOUN = re.compile(
    r"^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+(?:(?:\w+\s+)?)"
    r"(?P<kin>brother|son|nephew|cousin|father|uncle|bodyguard|driver|deputy|guard)s?\b",
    re.IGNORECASE)


def _kin_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` tells someone tied to a man ``a`` names without naming him ("killed a
    Taliban commander ... The commander's brother, also a fighter, was killed with him"): not
    a restatement of ``a``."""
    m = _KIN_OF_NOUN.match(b.victim)
    return m is not None and m.group("kin").lower() not in a.victim.lower()


# Who held a post before the man a release tells of: "after an earlier air strike killed its
# previous leader", "his predecessor".
_PREDECESSOR = re.compile(r"\b(?:predecessors?|previous|former|late)\b", re.IGNORECASE)


def _predecessor_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether one of ``a`` and ``b`` tells a man's predecessor and the other does not
    ("... after an earlier air strike killed its previous leader. During the operation, an
    insurgent who tried to fire on the security force was killed"): two deaths, not one."""
    return (_PREDECESSOR.search(a.victim) is None) != (_PREDECESSOR.search(b.victim) is None)


# A killing told as a crime: "wanted in connection with the murder of a village elder in June",
# "accused of ordering the assassination of a district official".
_CRIME_NOUN = re.compile(r"\s*(?:murders?|assassinations?|executions?|beheadings?)\s+of\b",
                         re.IGNORECASE)

# ... or as the noun of a killing someone ordered or is blamed for: "had ordered the killing of
# two village elders" (no toll of the operation: "the strike resulted in the killing of two
# insurgents" names no deed before the noun).
_KILLING_NOUN = re.compile(r"\s*killings?\s+of\b", re.IGNORECASE)
_DEED_OF_KILLING = re.compile(
    r"\b(?:ordered|ordering|directed|arranged|planned|organi[sz]ed|carried\s+out"
    r"|responsible\s+for|(?:involved|implicated)\s+in|wanted\s+for|accused\s+of"
    r"|suspected\s+of)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


# ... or by the verb of an attack its target is blamed for: "responsible for a car bomb attack in
# Qalat in June that | killed one civilian".
_BLAMED_ATTACK_BEFORE = re.compile(
    r"\b(?:responsible\s+for|involved\s+in|wanted\s+for|accused\s+of|suspected\s+of"
    r"|linked\s+to|behind)\s+[^.;]{0,80}?\b(?:that|which)\s+$", re.IGNORECASE)


# ... or by what the target is believed to have done, or planned: "is believed to have planned a
# rocket attack on the bazaar in October that | killed four civilians", "organised the ambush
# that | killed".
_BLAMED_DEED_BEFORE = re.compile(
    r"\b(?:(?:believed|thought|alleged|known|reported|said)\s+to\s+have\s+(?:built|made"
    r"|planted|placed|emplaced|supplied|provided|assembled|planned|organi[sz]ed|carried\s+out"
    r"|led)|(?:planned|plotted|staged|organi[sz]ed)\s+(?:[\w.’'-]+\s+){0,3}?(?:attacks?"
    r"|bombings?|ambush(?:es)?|assaults?))\b[^.;]{0,100}?\b(?:that|which)\s+$", re.IGNORECASE)


def _crime_apart(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether one of ``a`` and ``b`` tells a killing as a crime (its target's, recalled) and the
    other does not ("wanted for the murder of a village elder ... One insurgent fired on the
    police and was killed"): two deaths, and the crime's no part of the operation's toll."""
    return _told_as_crime(a, text) != _told_as_crime(b, text)


def _told_as_crime(c: ClaimDraft, text: str) -> bool:
    """Whether ``c`` tells a killing as a crime its target did or is blamed for (the murder of,
    the killing he ordered, the attack he planned "that killed")."""
    # The crime's own noun is read where the toll's words are, in whichever sentence: a toll
    # read back from another sentence ("the murder of two elders" ... "they") is still that
    # crime.
    if _CRIME_NOUN.match(text, c.spans[0][0]) is not None:
        return True
    # What comes before the toll is read in the toll's own sentence only.
    sentence = c.sentence.text
    start = c.spans[0][0] - c.sentence.start
    if not 0 <= start <= len(sentence):
        return False  # (a toll read from another sentence: its deed is not this one's)
    if _KILLING_NOUN.match(sentence, start) is not None and _DEED_OF_KILLING.search(
            sentence, 0, start) is not None:
        return True
    # (asked of every pair of tolls: both patterns end on "that" or "which" right before the
    # toll, cheaply looked for first; "ch" as a pattern's "i" that ignores case is not only "i"
    # and "I")
    if not sentence[:start].rstrip()[-4:].lower().endswith(("that", "ch")):
        return False
    return _BLAMED_ATTACK_BEFORE.search(sentence, 0, start) is not None or (
        _BLAMED_DEED_BEFORE.search(sentence, 0, start) is not None)


# A sentence that opens on a month or year gone by: "In January, a soldier wearing an Afghan
# army uniform killed a British rifleman", "Last year, ...", "In 2010, ...".
_RECALLED_OPENING = re.compile(
    r"\s*(?:(?:in|last|since)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|year|20[01]\d)"
    r"|earlier\s+this\s+year)\s*,", re.IGNORECASE)


def _recalled_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, in a later paragraph, tells a killing its sentence dates by an opening
    month or year gone by and ``a`` does not ("... returned fire and killed him. ... In January,
    a soldier ... killed a British rifleman"; "killed several insurgents ... yesterday. ... In
    June, insurgents killed five members of one of those groups"): two tolls, the later one a
    background the release recalls with its own earlier time, not its lede's told again."""
    if _name_words(a.names) & _name_words(b.names):
        return False  # (a man named in both is the one recalled: his death told again)
    return _recalled_after(a, b)


def _recalled_after(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, in a later paragraph, opens on a month or year gone by and ``a`` not."""
    return (b.sentence.paragraph > a.sentence.paragraph
            and _RECALLED_OPENING.match(b.sentence.text) is not None
            and _RECALLED_OPENING.match(a.sentence.text) is None)


def _period_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether one of ``a`` and ``b`` is told in a sentence of a running total and the other is
    not ("killed several insurgents ... in the last day. ... The unit has killed 45 insurgents
    in the district this year"): the total of a period reaching back is no restatement of a
    toll of the release's own days."""
    if b.sentence is a.sentence:
        return False  # (its parts are read apart where the total is read: "killed two ...,
        # bringing to 30 the number killed since")
    return _over_period(a) != _over_period(b)


def _over_period(claim: ClaimDraft) -> bool:
    """Whether ``claim``'s sentence tells it as the total of a period, up to a clause after it
    that says who one of its dead was ("six dead insurgents, among them a commander who has led
    attacks since the spring" is the day's toll); a total brought up to date by the toll before
    it ("His death brings to 98 the number killed this year") is ``_running_total``'s."""
    s = claim.sentence
    if _TOTAL_UPDATED.search(s.text) is not None:
        return False
    person = WHO_TO_THE_END.search(s.text, max(0, claim.spans[0][1] - s.start))
    return told_over_period(s.text, 0, person.start() if person is not None else None)


# "He was killed when he fired on the force", "the force engaged and killed him": one person,
# told before.
_HE_OR_SHE = re.compile(r"^\s*(?:he|she|him|her)\s*$", re.IGNORECASE)


def _one_person_back(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``'s pronoun ("He was killed") points past ``a``, a toll of several, to the
    one person told before it ("killed a Taliban leader ... an attack that killed six
    policemen. He was killed when he fired on the force": the leader, not a seventh)."""
    return (_HE_OR_SHE.match(b.victim) is not None and exact_count(b.count) and b.count.min == 1
            and exact_count(a.count) and a.count.min is not None and a.count.min > 1)


# One man a later sentence brings in, whom the next "he" is: "tracked the man believed to have
# planted the bomb", "identified a suspect".
_ANOTHER_MAN = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>man|suspect|bomber|emplacer|gunman"
    r"|attacker|shooter|triggerman|trigger-man|assailant|culprit"
    # (or by his side's noun where it ends his phrase: "found the insurgent who had planted the
    # bomb", not "an insurgent attack")
    r"|(?:insurgent|militant|fighter)(?=\s+(?:who|that|whom)\b|\s*[,.;:]))\b"
    r"(?!\s+(?:and|or)\b)",
    re.IGNORECASE)


# One of the releasing side's forces, whom the man brought in after him is not: "A member of the
# Afghan Local Police", "a policeman", "an Afghan soldier".
_FORCE_MEMBER = re.compile(
    r"\b(?:police\w*|soldiers?|service\s*members?|marines?|troopers?|commandos?"
    r"|guards?|officers?)\b", re.IGNORECASE)
# ("He fired on the officers and was killed": the pronoun opens the subject read)
_HE_FIRST = re.compile(r"^\s*(?:he|she)\b", re.IGNORECASE)


def _he_is_another(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b``'s pronoun ("He fired on the officers and was killed") is a man brought in
    after ``a``'s one dead of the releasing side's forces, in a sentence of his own ("A member
    of the Afghan Local Police was killed Saturday ... police tracked the man believed to have
    planted the bomb ... He ..."), not ``a``'s man told again."""
    if not (_HE_FIRST.match(b.victim) and exact_count(b.count) and b.count.min == 1
            and exact_count(a.count) and a.count.min == 1
            and a.sentence.end <= b.sentence.start and _FORCE_MEMBER.search(a.victim)):
        return False
    return _man_brought_in(a, b, text)


def _man_brought_in(a: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether the sentences between ``a``'s toll and ``b`` bring in last one man other than
    ``a``'s ("the man believed to have planted the bomb"), whom a "he" in ``b`` is."""
    last = [m.group("noun") for m in _ANOTHER_MAN.finditer(text, a.sentence.end,
                                                          b.sentence.start)][-1:]
    return bool(last) and re.search(rf"\b{last[0]}\b", a.victim, re.IGNORECASE) is None


# A toll of several whose first part is one man: "a senior Taliban leader and two other
# insurgents", "a commander along with three of his fighters".
_ONE_MAN_FIRST = re.compile(
    r"^\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:leader|commander"
    r"|sub-?commander|facilitator|financier|bomb[\s-]?maker|emir|governor|chief|deputy)"
    r"(?:,\s+[^,]{1,40},)?\s+(?:and|along\s+with|together\s+with)\b", re.IGNORECASE)


def _his_part(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``'s pronoun ("He was killed after he opened fire") is the one man a toll of
    several told first ("killed a senior Taliban leader and two other insurgents"): his part of
    that toll, not one more."""
    return (_HE_OR_SHE.match(b.victim) is not None and exact_count(b.count) and b.count.min == 1
            and exact_count(a.count) and a.count.min is not None and a.count.min > 1
            and _ONE_MAN_FIRST.match(a.victim) is not None)


# "the four were killed", "the two died": a group named before by its number alone.
_THE_NUMBER = re.compile(
    r"\s*the\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s*",
    re.IGNORECASE)


def _the_number_of_another(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` ("the four were killed") points past ``a``, a toll of another number, to
    the group of its own number told before ("killed four insurgents ... killing two police.
    ... the four were killed": the four, not four more)."""
    return (_THE_NUMBER.fullmatch(b.victim) is not None and exact_count(b.count)
            and exact_count(a.count) and not _same_count(a.count, b.count))


# "the deaths of these three people": a group named before by its number, pointed at.
_THESE_NUMBER = re.compile(
    r"\s*(?:these|those)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d+)\b", re.IGNORECASE)


def _these_number_of_another(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` ("the deaths of these three people") points past ``a``, a toll of another
    number, to the group of its own number told before ("Three civilians were killed ..., along
    with two insurgents"): the three, not ``a``'s two."""
    return (_THESE_NUMBER.match(b.victim) is not None and exact_count(b.count)
            and exact_count(a.count) and not _same_count(a.count, b.count))


def _ordinal_group_updated(kept: list[ClaimDraft], third: ClaimDraft, b: ClaimDraft) -> None:
    """An updated toll after "a third insurgent was killed" (one more than the two told
    before) updates the two as well: "The number killed has been revised to three"."""
    for x in reversed(kept[-_LOOKBACK:]):
        if (x is not third and x.superseded_by is None and x.count.min is not None
                and x.count.min < third.ordinal
                and _same_group(x, third)):
            x.superseded_by = b
            return


def _ordinal_closes_parts(kept: list[ClaimDraft], b: ClaimDraft
                          ) -> tuple[ClaimDraft, ClaimDraft] | None:
    """The lede's toll and the part ``b`` closes, when ``b`` ("a third insurgent ... died")
    follows a part one short of it ("killing two of the attackers") that the lede of its
    number told before ("killed three insurgents"): the lede's three, told part by part, not
    three plus two."""
    recent = kept[-_LOOKBACK:]
    # (any noun of the side: "killing two of the attackers. A third insurgent")
    part = next((x for x in reversed(recent) if _same_kind(x, b)), None)
    if (part is None or part.ordinal or part.stance != b.stance or part.count.min is None
            or not exact_count(part.count) or part.count.min != b.ordinal - 1):
        return None
    lede = next((a for a in reversed(recent[:recent.index(part)]) if _same_kind(a, part)), None)
    if (lede is None or lede.ordinal or lede.stance != b.stance or lede.count.min is None
            or not exact_count(lede.count) or lede.count.min != b.ordinal
            or lede.sentence is part.sentence or _sides_apart(lede, part)):
        return None
    return lede, part


def _sides_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``'s dead are of the other side than ``a``'s: ``b`` names its side and it
    differs from ``a``'s, or ``b`` is the man ``a``'s sentence tells killing them
    (``_attacker_apart``). Only ``a`` (the lede) may point back: a part's "them" guesses its
    side from the last side its sentence named, which is often the shooters ("Insurgents
    attacked a checkpoint, and the police returned fire, killing two of them"). An
    insider attack's "killing two of them. Coalition forces returned fire, killing the attacker.
    A second man ... was shot and killed" tells the attacker and his helper apart from the two
    they killed, not two told part by part."""
    sa, sb = _side(a), side_of(b.victim)
    return (sa is not None and sb is not None and sa != sb) or _attacker_apart(a, b)


def _same_kind(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether two tolls are of one outcome, stance, population and event."""
    return (a.outcome == b.outcome and a.stance == b.stance and a.aggregate == b.aggregate
            and (a.population == b.population or "unknown" in (a.population, b.population))
            and (a.event is None or b.event is None or a.event == b.event))


def _pair_not_the_group(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, a pair that points back by a noun of no population of ``a``'s ("Both men
    were killed"), is not ``a``, a group told dead without a number ("reports that civilians
    were killed"): a pair was counted where it was told ("struck two armed men"), so it points
    back past the uncounted group ("Both insurgents were killed" after "insurgents were killed"
    is that group)."""
    return (not a.count_known and b.count_known and _BOTH.fullmatch(b.victim) is not None
            and population_of(b.victim) != a.population)


def _pair_past_another(a: ClaimDraft, b: ClaimDraft, kept: list[ClaimDraft]) -> bool:
    """Whether ``b``, a pair that points back ("Both men were killed"), points past ``a``, a
    toll of more than two, to a pair told before it ("killed a leader and one other insurgent
    ... the attack in July in which four police officers were killed ... Both men were
    killed": the pair, not two more)."""
    if not (_BOTH.fullmatch(b.victim) and exact_count(b.count) and b.count.min == 2
            and exact_count(a.count) and a.count.min is not None and a.count.min > 2):
        return False
    at = next((i for i, x in enumerate(kept) if x is a), 0)
    before = kept[:at]
    return any(x.outcome == b.outcome and exact_count(x.count) and x.count.min == 2
               and _compatible(x, b) for x in before[-_LOOKBACK:])


# A toll of another unit than the one told before: "Later in the day, a second patrol in the
# district killed an insurgent who was seen placing a roadside bomb" after "The patrol returned
# fire, killing one insurgent" is one more dead, not the same one told again.
_ANOTHER_UNIT = re.compile(r"\b(?:a\s+(?:second|separate|different)|another)\s+(?:[\w-]+\s+)?"
                           r"(?:patrol|unit|team|squad|platoon|convoy)\b", re.IGNORECASE)


# A sentence that opens on its day: "On Saturday, ...", "Later on Sunday, ...", "Sunday
# morning, ...".
_DAY_OPENING = re.compile(
    rf"\s*(?:(?:later|early|earlier|late)\s+)?(?:on\s+)?(?P<day>{_WEEKDAY_NAME})\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?",
    re.IGNORECASE)


# A paragraph that opens on its own place: "In Nad-e Ali district, ...", "Elsewhere in
# Marjah district, ...".
_PLACE_OPENING = re.compile(
    r"\s*(?:(?:[Ee]lsewhere|[Aa]lso)\s+)?[Ii]n\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})\s+"
    r"(?P<kind>district|province|city|valley)\s*,")


def _paragraph_openings(lay: Layout, opening: re.Pattern[str], group: str) -> dict[int, str]:
    """What each paragraph opens on (a place, a day), if its first sentence opens on one."""
    return {paragraph: m.group(group).lower() for paragraph, m in _opening_matches(lay, opening)}


def _opening_matches(lay: Layout, opening: re.Pattern[str]
                     ) -> list[tuple[int, re.Match[str]]]:
    """Each paragraph whose first sentence opens as ``opening``, with the match."""
    found: list[tuple[int, re.Match[str]]] = []
    seen: set[int] = set()
    for s in lay.sentences:
        if s.paragraph in seen or s.heading:
            # (a dateline set on the lede's line is no sentence of it: "KABUL, Afghanistan
            # (Sept. 6, 2011) - In Khakrez district, ..." opens on its district)
            continue
        seen.add(s.paragraph)
        m = opening.match(s.text)
        if m is not None:
            found.append((s.paragraph, m))
    return found


@dataclass(frozen=True)
class Place:
    """A place a paragraph opens on, spelled as the district table spells it: its province
    label (None when neither table knows the name) and its district or town (None for a
    province itself), so "Nad-e Ali" and "Nad Ali", "Marja" and "Marjah" are one place."""

    province: str | None
    district: str | None

    def same(self, other: Place) -> bool:
        """Whether the two are one place: one district (or town) under its spellings, or a
        district and the province that holds it ("In Helmand province, ..." | "In Nad-e Ali
        district, ...": the province's paragraph may tell the district's operation)."""
        if self.province is None or other.province is None:
            return self.district == other.district
        return self.province == other.province and (
            self.district is None or other.district is None or self.district == other.district)


def _place(name: str, kind: str) -> Place:
    """The place "In <name> <kind>," opens on (``Place``)."""
    if kind == "province":
        provinces = find_afghan_province(name)
        if provinces:
            return Place(provinces[0], None)
    found = canonical_district(name)
    if found is not None:
        return Place(found[0], found[1].lower())
    # (a city or valley the district table does not list keeps its own name: "Kandahar city"
    # is the province's town, not any of its districts)
    provinces = find_afghan_province(name)
    return Place(provinces[0] if provinces else None, name.lower())


def place_openings(lay: Layout) -> dict[int, Place]:
    """The place each paragraph opens on, if it opens on one ("In Nad-e Ali district, ...").
    The extraction reads it once a text and hands it to linking and consolidation alike."""
    return {paragraph: _place(m.group("place"), m.group("kind"))
            for paragraph, m in _opening_matches(lay, _PLACE_OPENING)}


def _places_apart(a: ClaimDraft, b: ClaimDraft, places: dict[int, Place]) -> bool:
    """Whether ``a`` and ``b`` are told in paragraphs that each open on a different place ("In
    Nad-e Ali district, ... killed two insurgents. | In Marjah district, ... killed two
    insurgents"): two tolls of two places, not one told again."""
    if b.sentence.paragraph == a.sentence.paragraph:
        return False
    pb = places.get(b.sentence.paragraph)
    pa = [p for p in (places.get(s.paragraph) for s in (a.sentence, *a.others)) if p]
    return bool(pa) and pb is not None and not any(pb.same(p) for p in pa)


def _days_apart(a: ClaimDraft, b: ClaimDraft, days: dict[int, str]) -> bool:
    """Whether ``a`` and ``b`` are told in sentences (or paragraphs) that each open on a
    different day ("On Saturday, a squad ... returned fire, killing two insurgents. ... Later on
    Sunday, a sniper team killed two insurgents"): two tolls of two days, not one told again."""
    if b.sentence is a.sentence:
        return False

    def day(s: Sentence) -> str | None:
        # (asked of every pair of tolls: a sentence without "day" opens on none, cheaply told)
        m = _DAY_OPENING.match(s.text) if "day" in s.lower else None
        return m.group("day").lower() if m is not None else days.get(s.paragraph)
    db = day(b.sentence)
    # (a toll that absorbed a restatement has the days of both: "killed insurgents in two
    # engagements this week. On Sunday afternoon, ... two insurgents were killed")
    da = {d for d in (day(s) for s in (a.sentence, *a.others)) if d is not None}
    return bool(da) and db is not None and db not in da


def _by_another_unit(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``'s sentence, after ``a``'s, tells its toll as another unit's, or another
    operation's ("In a separate strike, five insurgents were killed": more dead, even of the
    same number), before its dead or after them in its own phrase ("Two insurgents were killed
    in a separate firefight this morning")."""
    if b.sentence is a.sentence:
        return False
    at = max(0, b.pos - b.sentence.start)
    before = b.sentence.text[:at]
    if _ANOTHER_UNIT.search(before) is not None or _SEPARATE.search(before) is not None:
        return True
    # (the toll's own clause only, up to its first comma or subordinator: "Three insurgents
    # were killed during the exchange of fire, two hours after an Afghan soldier was wounded in
    # a separate attack" tells another man's attack, not the dead's)
    text = b.sentence.text
    past = min(len(text), at + len(b.victim))
    end = _CLAUSE_END.search(text, past)
    return _IN_SEPARATE.search(text, at, end.start() if end is not None else len(text)) is not None


# One man of a group counted before, told by a definite ordinal: "killed two insurgents. The
# first insurgent was killed ... The second fighter was killed as he fled" (the two, not four).
_THE_NTH = re.compile(r"^\s*the\s+(?P<n>first|second|third|fourth|fifth)(?:\s+(?!of\b)[a-z][\w-]*)?"
                      r"\s*$", re.IGNORECASE)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


# ... and the first few of it: "killed three insurgents ... The first two were killed by the
# force's return fire; the third insurgent was killed as he fled".
_THE_FIRST_FEW = re.compile(r"^\s*the\s+(?:first|last)\s+(?P<k>two|three|four)(?:\s+[a-z][\w-]*)?"
                            r"\s*$", re.IGNORECASE)


def _the_nth_of(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The toll told before that ``b``, "the second fighter", is one of: an exact toll of the
    same outcome and population, of two at least and as many as the ordinal; a definite
    ordinal points back to a group already counted, as "a second" does not."""
    m = _THE_NTH.match(b.victim)
    few = _THE_FIRST_FEW.match(b.victim)
    if few is not None and b.count.min == _NUMBER_WORDS[few.group("k").lower()]:
        n = b.count.min + 1  # the first few of more
    elif m is None or b.count.min != 1:
        return None
    else:
        n = max(2, _NTH[m.group("n").lower()])
    if b.stance == "denied":
        return None
    for i in range(len(kept) - 1, max(-1, len(kept) - 1 - _LOOKBACK), -1):
        a = kept[i]
        if (a.outcome == b.outcome and a.stance != "denied" and not a.aggregate
                and (a.population == b.population or "unknown" in (a.population, b.population))
                and exact_count(a.count)
                and a.count.min is not None and a.count.min >= n
                and a.sentence.section == b.sentence.section):
            # (not when a smaller toll of the same people was told between them: "killed three
            # insurgents ... The commandos killed two insurgents ... The third insurgent was
            # killed" is a breakdown of the three, read as one by ``_breakdowns``)
            return None if _part_told_after(kept, a) or _a_part_of_more(kept, a) else a
    return None


def _a_part_of_more(kept: list[ClaimDraft], part: ClaimDraft) -> bool:
    """Whether ``part`` is a smaller toll of the same outcome told after a bigger one (a part
    of a breakdown begun): "killed a Taliban leader and three of his fighters ... The force
    killed the leader and two fighters; the third fighter was killed" (the third is one more
    part of the four, not one of the part's three)."""
    at = next((i for i, x in enumerate(kept) if x is part), 0)
    return part.count.min is not None and any(
        x.outcome == part.outcome and x.count.min is not None and x.count.min > part.count.min
        and x.sentence.paragraph < part.sentence.paragraph for x in kept[:at])


def _part_told_after(kept: list[ClaimDraft], a: ClaimDraft) -> bool:
    """Whether a smaller toll of ``a``'s outcome was kept after it (a breakdown begun)."""
    at = next((i for i, x in enumerate(kept) if x is a), len(kept))
    return a.count.min is not None and any(
        x.outcome == a.outcome and x.count.min is not None and 0 < x.count.min < a.count.min
        and not x.initial for x in kept[at + 1:])  # (a first report is no part)


# An insider attacker told dead by his uniform alone after the toll of those he shot: "A
# coalition service member was killed by an Afghan soldier ... The soldier was killed", "An
# Afghan soldier opened fire on ISAF trainers, killing one ... returned fire, killing the
# soldier" (two dead, one of each side, not one told twice); so is "the rogue soldier", the
# word that marks him the one who turned on them.
_THE_UNIFORM = re.compile(rf"^\s*the\s+(?:(?:{_TURNED_WORDS})\s+)?"
                          r"(?P<noun>soldier|policeman|officer|guard|commando)\s*$",
                          re.IGNORECASE)


def _uniform_of(force: str) -> re.Pattern[str]:
    """A man of ``force`` told turning on them: "an individual wearing an Afghan National
    Army uniform", "a member of the Afghan National Army opened fire on coalition forces"."""
    return re.compile(rf"\b(?:wearing|in)\s+an?\s+(?:[\w-]+\s+){{0,3}}?{force}\s+uniform\b"
                      rf"|\bmember\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?{force}\s+(?:opened\s+fire"
                      r"|turned|fired|shot|attacked)\b", re.IGNORECASE)


def _killing_by(noun: str) -> re.Pattern[str]:
    """The uniform's man told killing them: "killed by an Afghan soldier", "the soldier
    opened fire"."""
    return re.compile(rf"\bby\s+an?\s+(?:[\w-]+\s+){{0,3}}?{noun}\b"
                      rf"|\b{noun}\s+(?:[\w-]+\s+){{0,2}}?(?:opened\s+fire|turned|fired|shot"
                      r"|attacked)\b", re.IGNORECASE)


# Built once (``_sides_apart`` asks for every lede and part): the army's uniform for "the
# soldier", the police's for the others; the killing by each uniform's noun.
_ARMY_UNIFORM, _POLICE_UNIFORM = _uniform_of(r"(?:Army|ANA)"), _uniform_of(r"(?:Police|ANP|ALP)")
_KILLING_BY = {noun: _killing_by(noun)
               for noun in ("soldier", "policeman", "officer", "guard", "commando")}


def _attacker_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, "the soldier", is the man ``a``'s sentence tells killing ``a``'s dead."""
    m = _THE_UNIFORM.match(b.victim)
    if m is None or a.sentence is b.sentence:
        return False
    noun = m.group("noun").lower()
    if noun in a.victim.lower():
        return False
    uniform = _ARMY_UNIFORM if noun == "soldier" else _POLICE_UNIFORM
    if uniform.search(a.sentence.text):
        return True
    return _KILLING_BY[noun].search(a.sentence.text) is not None


# The man an insider attack's tolls call its attacker: "the attacker", "the rogue soldier".
_THE_INSIDER = re.compile(rf"\bthe\s+(?:(?:{_TURNED_WORDS})\s+[\w-]+|{_ATTACKER_WORDS}|shooter"
                          r"|gunman)\b", re.IGNORECASE)
# The relative clause that tells what a dead man did, from its pronoun on ("who" only: "that"
# is as often a demonstrative or a conjunction inside a victim phrase).
_WHO_CLAUSE = re.compile(r"\bwho\s+.*", re.IGNORECASE)
# A phrase's words, to find one phrase inside another word for word ("the man" is not in
# "the many").
_PHRASE_WORD = re.compile(r"[\w'-]+")


def _defined_against(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` is the man the clause defining ``a``'s dead tells him acting on: "An
    Afghan soldier who tried to stop the attacker was also killed. The rogue soldier was shot
    and killed" are two dead, the partner and the man he tried to stop, not one told again."""
    clause = _WHO_CLAUSE.search(a.victim)
    if clause is None or b.sentence is a.sentence:
        return False
    told = " ".join(_PHRASE_WORD.findall(b.victim.lower()))
    said = " ".join(_PHRASE_WORD.findall(clause.group().lower()))
    return (told.startswith("the ") and f" {told} " in f" {said} ") or (
        _THE_INSIDER.fullmatch(b.victim.strip()) is not None
        and _THE_INSIDER.search(clause.group()) is not None)


# A soldier the release names by his rank: "Sgt. Thomas Reyes", "Lance Cpl. Evan Pike",
# "Corporal Ian Dunn" (the releases rank their own side's men, never the other side's).
_RANKED_FIRST = re.compile(
    r"^\s*(?:(?:(?:Staff|Gunnery|Master|First|Lance)\s+)?(?:Sgt|Cpl|Pfc|Pvt|Spc|Lt|Capt|Maj"
    r"|Col|Cmdr)\.|(?:Staff\s+|Lance\s+)?(?:Sergeant|Corporal)|Lieutenant|Private|Rifleman"
    r"|Trooper|Sapper|Guardsman|Marine)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]")


def _ranked_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether one toll is of a soldier named by his rank and the other of the other side:
    "Sgt. Thomas Reyes was killed ... Two insurgents who attacked the patrol were killed" are
    two tolls, not one told again with its number."""
    return any(_RANKED_FIRST.match(x.victim) is not None and _side(y) == "enemy"
               for x, y in ((a, b), (b, a)))


# One of a pair told again by his tie to the other: "killed a Taliban leader and one of his
# associates ... The leader's associate, a bomb maker, was also killed" (the pair, not three).
_COMPANION_NOUN = (r"(?P<noun>associate|bodyguard|driver|deputy|companion|aide|guard"
                   # ("The commander's two fighters were killed with him")
                   r"|fighter)")
_HIS_COMPANION = re.compile(r"^\s*(?:the\s+[a-z][\w-]*['’]s|his)\s+(?:(?:two|three|four)\s+)?"
                            rf"{_COMPANION_NOUN}s?\b", re.IGNORECASE)
# The companions counted again by the number the lede gave them: "killed a Haqqani leader and
# three of his associates ... The strike also killed three associates travelling with him" (or
# "three militants travelling with him" after "three of his fighters": any people of theirs
# the man had with him).
_COUNTED_COMPANIONS = re.compile(
    rf"^\s*[\w-]+\s+(?:of\s+his\s+)?(?:{_COMPANION_NOUN}s\b|(?P<people>(?:[\w-]+\s+)?(?:insurgents"
    r"|militants|fighters|men|associates|guards|people)\b))", re.IGNORECASE)
_WITH_THE_MAN = re.compile(r"\bwith\s+(?:him|them)\b", re.IGNORECASE)
# The rest told beside one man, by a number of its own: "and two other insurgents", "along with
# three of his associates", "and 12 of their fighters".
_REST_BESIDE_ONE = re.compile(
    r"\b(?:and|along\s+with|as\s+well\s+as)\s+(?P<n>\d+|[a-z]+)\s+(?:other|of\s+(?:his|their))\s",
    re.IGNORECASE)


# Who the dead told before were, the subject of the sentence that names them: "Those killed
# were a man, two of his sons and a neighbor", "The victims were two farmers".
_WHO_THE_DEAD_WERE = re.compile(
    r"\b(?:those|the\s+(?:people|men|civilians))\s+(?:killed|who\s+(?:died|were\s+killed))\s+"
    r"(?:were|was|included)\b|\bthe\s+(?:dead|victims)\s+(?:were|was|included)\b", re.IGNORECASE)


def _who_the_dead_were(text: str, b: ClaimDraft) -> bool:
    """Whether ``b`` is who its sentence says the dead were, named after "Those killed were":
    the dead told before, enumerated, not more."""
    return any(m.start() <= b.spans[0][0] <= m.end()
               for m in _WHO_THE_DEAD_WERE.finditer(text, b.sentence.start, b.sentence.end))


# A group told by a count and a defining clause of what they did or where they were, pointed
# back to by "all": "All six attackers who entered the governor's compound" (not "the three
# insurgents who ambushed a patrol", which as often names dead of their own; nor men whose
# clause says they got away from the toll: "who fled", "who had escaped", "who were wounded").
_DEFINED_PART = re.compile(
    r"^\s*all\s+(?:of\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)\s+(?:[\w-]+\s+)?[a-z][\w-]*(?:s|men)\s+(?:who|that)\s+(?!were\s+killed\b|died\b"
    r"|(?:had\s+)?(?:fled|escaped|got\s+away)\b|(?:were|had\s+been)\s+wounded\b)",
    re.IGNORECASE)
# A toll told with a time, a sequel or a place of its own ("Today, ...", "died later", "died of
# their wounds", "were killed by an air weapons team", "In Marjah district, ..."): dead told on
# their own, not a toll told before given again.
_TOLD_ON_ITS_OWN = re.compile(
    rf"(?i:\b(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week)"
    rf"|{_WEEKDAY_NAME}|later|earlier|afterwards?|subsequently"
    r"|died\s+of\s+(?:their|his|her)\s+wounds"
    r"|by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:team|aircraft|strike|patrol|unit|helicopter)s?)"
    r"\b)|\b[Ii]n\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:district|province|city)\b")


def _defined_part_of(a: ClaimDraft, b: ClaimDraft, text: str, places: dict[int, Place],
                     days: dict[int, str]) -> bool:
    """Whether ``b``, a group the release defines by a clause of their own ("All six attackers
    who entered the governor's compound were killed"), is a part of ``a``, a toll before it of
    as many dead or more of its side ("12 attackers were killed"): told by where they were, not
    more dead, unless its sentence tells a time, sequel or place of its own or the two are
    told apart (the pair loop's breaks have had their chance before it is asked)."""
    return (_DEFINED_PART.match(b.victim) is not None and _same_group(a, b)
            and a.count.min is not None and b.count.min is not None
            and a.count.min >= b.count.min
            and _TOLD_ON_ITS_OWN.search(b.sentence.text) is None
            and not _told_apart(a, b, text, places=places, days=days))


def _share_of_those_told(text: str, b: ClaimDraft) -> bool:
    """Whether ``b`` is the share its sentence tells of the dead, as the subject of "were":
    "Two of those who died were children" (its words inside that share, not a toll after it)."""
    m = _SHARE_OF_THOSE_TOLD.search(text, b.sentence.start, b.sentence.end)
    return m is not None and m.start() <= b.spans[0][0] < m.end()


def _companion_told_again(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, "the leader's associate" (or "three associates" after the lede's "and
    three of his associates": its second telling, "also" or not), is the one ``a`` counted
    beside the leader."""
    if b.count.min is None or a.count.min is None or a.count.min <= b.count.min:
        return False
    counted = _COUNTED_COMPANIONS.match(b.victim)
    if counted is not None and exact_count(b.count):
        return b.population in (a.population, "unknown") and (
            counted.group("people") is None or _WITH_THE_MAN.search(b.sentence.text) is not None
        ) and _rest_beside_one(a, b.count.min)
    m = _HIS_COMPANION.match(b.victim)
    if m is None:
        return False
    noun = m.group("noun").lower()
    # ("a Taliban leader and one of his associates", "a Taliban commander and an associate")
    return re.search(rf"\band\s+(?:(?:[\w-]+\s+of\s+)?his|an?|one)\s+{noun}s?\b", a.victim,
                     re.IGNORECASE) is not None


_ONE_OF_HIS = re.compile(r"^\s*(?:one|an?)\s+of\s+his\s+[\w-]+\s*$", re.IGNORECASE)


def _his_man_apart(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, "one of his fighters", is a man of the one ``a`` counts, not him again."""
    return (_ONE_OF_HIS.match(b.victim) is not None and a.count.min == 1
            and "his" not in a.victim.lower().split())


_THE_WOUNDED_ONE = re.compile(r"\b[Tt]he\s+wounded\s+(?:insurgent|man|fighter|militant|civilian"
                              r"|attacker|gunman)\b")


def _wounded_one_died(a: ClaimDraft, b: ClaimDraft, text: str, kept: list[ClaimDraft]) -> bool:
    """Whether ``b``, "He later died", is the wounded man named between ``a``'s toll and it
    ("killing one insurgent and wounding a second ... The wounded insurgent was treated by
    coalition medics. He later died of his wounds"), not a man ``a`` counted dead (nor one
    whose death was told already: "The wounded insurgent later died")."""
    return (b.victim.strip().lower() in ("he", "she") and a.outcome == "killed"
            and a.sentence is not b.sentence and "wound" not in a.victim.lower()
            and _THE_WOUNDED_ONE.search(text, a.spans[0][1], b.pos) is not None
            and not any(x.outcome == "killed" and "wound" in x.victim.lower()
                        and x.pos > a.pos for x in kept))


def _civilians_of_mixed_again(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` ("a man and his son ... were also killed") tells again the civilians of
    ``a``, a toll of both sides that counts as many ("two civilians were killed along with four
    insurgents"): told again, not more dead."""
    if (a.outcome != b.outcome or a.claimant != b.claimant or a.stance != b.stance
            or a.population not in ("mixed", "unknown", "civilian")
            or b.population not in ("civilian", "unknown")
            or not exact_count(b.count) or b.count.min is None or not exact_count(a.count)
            or a.count.min is None or b.count.min >= a.count.min or side_of(b.victim) is not None):
        return False
    words = "|".join([str(b.count.min),
                      *(w for w, n in _NUMBER_WORDS.items() if n == b.count.min)])
    if a.population == "mixed":
        return re.search(rf"\b(?:{words})\s+(?:[\w-]+\s+)?civilians?\b", a.victim,
                         re.IGNORECASE) is not None
    # ... or whom its sentence names among its dead: "two Afghan civilians were among five
    # people killed"
    return re.search(rf"\b(?:{words})\s+(?:[\w-]+\s+)?civilians?\s+(?:were|was)\s+among\b",
                     a.sentence.text, re.IGNORECASE) is not None


def _past_more_dead(a: ClaimDraft, b: ClaimDraft, kept: list[ClaimDraft], text: str,
                    days: dict[int, str], places: dict[int, Place]) -> bool:
    """Whether ``a`` is dead told as more than a toll before it ("killed four insurgents ...
    Two more insurgents died of their wounds") and ``b`` tells that earlier toll again by its
    figure ("Four insurgents were killed in the fighting"): the account told over reads
    against the toll the more were added to, past them, not as a toll beside both. (Not more
    told in the earlier toll's own sentence, a lede summing strikes, "killing six of them,
    while an air weapons team killed two more", whose details ``_lede_tolls_told_again``
    pairs in order.)"""
    if not a.additive or b.additive or not (b.count_known and exact_count(b.count)) or (
            _same_count(a.count, b.count)) or _TOLD_ON_ITS_OWN.search(b.sentence.text):
        # (a figure that matches is weak evidence: a toll with a day, sequel or place of its
        # own, "Today, four insurgents were killed", is more dead)
        return False
    before = kept[:next(i for i, x in enumerate(kept) if x is a)]
    return any(x.count_known and _same_count(x.count, b.count) and _compatible(x, b)
               and x.sentence is not a.sentence
               and not _told_apart(x, b, text, days=days, places=places)
               for x in before[-_LOOKBACK:])


def consolidate(claims: list[ClaimDraft], text: str, lay: Layout,
                places: dict[int, Place], dates: dict[str, DateRange] | None = None
                ) -> list[ClaimDraft]:
    """Restatements → one claim; named subsets ("X was among those killed") → no claim;
    updated tolls → ``superseded_by`` (guidelines §5); ``places``: each paragraph's opening
    place (``place_openings``); ``dates``: each event's resolved date, by its id."""
    among: set[str] = set()
    for s in lay.sentences:
        if "among" in s.lower and _AMONG_THE_DEAD.search(s.text):  # cheap test first
            among.update(w for w in _CAPITALISED_WORD.findall(s.text))
    kept: list[ClaimDraft] = []
    days = _paragraph_openings(lay, _DAY_OPENING, "day")
    for b in claims:
        if b.names and among and any(set(n.split()) & among for n in b.names):
            bigger = [a for a in kept if a.outcome == b.outcome and a.count.min is not None
                      and b.count.min is not None and a.count.min > b.count.min]
            if bigger:
                _absorb(bigger[-1], b)
                continue
        if _AMONG_THE_DEAD.search(text, *b.spans[0]) or _share_of_those_told(text, b) or (
                _who_the_dead_were(text, b)) or (
                _IDENTIFIED_AS.match(text, b.spans[0][1]) and not b.ordinal):
            # "Two commanders were among the dead", "An insurgent killed in the strike was
            # later identified as Mullah Wali", "Those killed were a man and his son": part of
            # a toll told before that is as big (not one of another operation, day, place or
            # unit: "In a separate attack ... Those killed were two men and a boy" are its dead)
            group = next((a for a in reversed(kept[-_LOOKBACK:]) if _same_group(a, b)
                          and a.count.min is not None and b.count.min is not None
                          and a.count.min >= b.count.min
                          and not _told_apart(a, b, text, places=places, days=days)), None)
            if group is not None:
                _absorb(group, b)
                continue
        mixed = _mixed_part_of(kept, b)
        if mixed is not None:
            _absorb(mixed, b)
            continue
        share = _mixed_share_again(kept, b)
        if share is not None:
            _absorb(share, b)
            continue
        closing = _ordinal_closes_parts(kept, b) if b.ordinal else None
        if closing is not None:
            lede, part = closing
            kept.remove(part)
            _absorb(lede, part)
            _absorb(lede, b)
            continue
        nth = _the_nth_of(kept, b)
        if nth is not None:
            _absorb(nth, b)
            continue
        if b.ordinal:
            # "a third died": the third of a group, so one of a toll of three or more already
            # counted, else one more than the earlier toll; the same ordinal told twice in one
            # sentence ("found the body of a fifth insurgent, who had been killed") is one man
            group = next((a for a in reversed(kept[-_LOOKBACK:]) if _same_group(a, b)
                          and a.count.min is not None and (a.count.min >= b.ordinal or (
                              a.ordinal == b.ordinal and a.sentence is b.sentence))), None)
            if group is not None and not (b.count.min == 1 and (group.count.min or 0) > 1
                                          and (_part_told_after(kept, group)
                                               or _a_part_of_more(kept, group))):
                _absorb(group, b)
            else:
                kept.append(b)
            continue
        again_all = _all_number_again(kept, b, text)
        if again_all is not None:
            _absorb(again_all, b)
            continue
        # "Zahir and another insurgent engaged it. Both were killed": the named man's toll,
        # whatever other toll (one he is blamed for, or his predecessor's, "after an earlier
        # air strike killed its previous leader") was told between
        pair = next((a for a in reversed(kept[-_LOOKBACK:])
                     if (_both_with_named(a, b, text) or _both_with_him(a, b, text))
                     and _compatible(a, b) and not _predecessor_apart(a, b)), None)
        if pair is not None:
            _absorb(pair, b, whole=True)
            continue
        replaced = _restated_by_earlier_release(kept, b, text)
        if replaced is not None:
            b.superseded_by = replaced  # the earlier figure, which the one told before replaces
            kept.append(b)
            continue
        past = _same_toll_past_another_side(kept, b, days, text)
        if past is not None:
            _absorb(past, b)
            continue
        counted = _counted_back(kept, b, text)
        if counted is not None:
            _absorb(counted, b)
            continue
        again = _he_again_quoted(kept, b, text) or _they_again_quoted(kept, b) or (
            _looked_into_again(kept, b)) or _found_civilians_again(kept, b, text, lay)
        if again is not None:
            _absorb(again, b)
            continue
        completed = _more_completes_total(kept, b, text, days, places)
        if completed is not None:
            _absorb(completed, b)  # "Five ..., not two as reported earlier ... three more": 5
            continue
        with_civilians = _whole_with_civilians(kept, b)
        if with_civilians is not None:
            _absorb(with_civilians, b)
            with_civilians.population = "mixed"  # the insurgents and the civilians among them
            continue
        beside = _also_beside_the_other_side(kept, b)
        if beside is not None:
            _absorb(beside, b)
            continue
        final = _final_told_first(kept, b, claims, text, days, places)
        if final is not None:
            b.superseded_by = final  # the first report, which the toll told before replaces
            kept.append(b)
            continue
        target: ClaimDraft | None = None
        whole = False
        for a in reversed(kept[-_LOOKBACK:]):
            if _civilians_of_mixed_again(a, b):
                # (a toll of both sides is no population of the civilians', and "An elderly
                # man, his wife and their grandson" are kin, but they are its civilians)
                target = a
                break
            found_since = _found_since_first(a, b, text)
            # (the cross-event pass is granted for one reason, the man or the figure told
            # again, and only that reason may merge across it: see ``crossing`` below)
            crossing = (a.event is not None and b.event is not None and a.event != b.event
                        and (_his_toll_again(a, b, text) or _figure_told_again(
                            a, b, kept, text, dates or {})))
            if not _compatible(a, b, found_since, crossing) or _aside_of_replaced(a):
                continue
            if (_one_person_back(a, b) and not _his_part(a, b)) or _the_number_of_another(
                    a, b) or _he_is_another(a, b, text) or _these_number_of_another(a, b):
                continue
            if _other_taking(a, b, text) or _kin_apart(a, b) or _attacker_apart(a, b) or (
                    _defined_against(a, b)) or (
                    _predecessor_apart(a, b)) or _crime_apart(a, b, text) or (
                    _recalled_apart(a, b)) or _period_apart(a, b) or _ranked_apart(a, b) or (
                    _bomber_beside_group(a, b, text) or _bomber_beside_group(b, a, text)):
                continue
            if _pair_not_the_group(a, b) or _pair_past_another(a, b, kept):
                continue
            if _them_after_one(a, b) or _killer_told_back(a, b):
                continue  # "..., killing an Afghan soldier. The patrol returned fire, killing them"
            if _by_another_unit(a, b) or _days_apart(a, b, days) or _places_apart(
                    a, b, places) or (
                    b.additive and _MAN_WITH.match(b.victim) is not None):
                # "Later, a second patrol killed an insurgent", "An armed man who was with
                # Zaman was also killed": more dead, not again
                break
            if _past_more_dead(a, b, kept, text, days, places):
                continue  # (asked only once ``b`` is not told apart from the more dead)
            if _named_with_others(a, b, text):
                # "Haji Sardar Wali, the Haqqani network's senior commander ..., was killed
                # ... killing Wali and two other insurgents": 3, not 1 + 3
                target, whole = a, True
                break
            if _companion_told_again(a, b):
                target = a
                break
            if _his_man_apart(a, b):
                break  # "killed a Taliban leader ... and one of his fighters": two men
            if _wounded_one_died(a, b, text, kept):
                break  # "... The wounded insurgent was treated. He later died": one more
            if b.additive and not (_same_count(a.count, b.count) and b.count_known
                                   and not _ALSO_ANOTHER.search(b.victim + " ")
                                   and not b.more_pointed
                                   and not _vague_only(b.count)
                                   and not _others_of(a, b)) and not (
                    # ("killing the commander and the insurgents with him": the lede's men;
                    # "killing Tokhi and the men with him" when he is the lede's commander)
                    (_THE_ROLE_AND_THE.match(b.victim) and _role_and_his_again(a, b))
                    or _named_and_the_others_again(a, b, text)):
                break
            if b.additive and _companion_also(a, b):
                break  # "An associate of Ghulam was also killed": one more, not Ghulam again
            # A restatement without a number ("killing the insurgents") is read against what
            # is near it; "his death" points back to a killing anywhere in its section.
            near = (a.sentence.paragraph == b.sentence.paragraph
                    or (a.event is not None and a.event == b.event)
                    or (b.victim.lower() in ("his", "her", "their")
                        and a.sentence.section == b.sentence.section))
            # ("killing them both" after the pair whose one was told killed: the pair's toll)
            whole = _all_of_them(a, b, text) or _pair_of(a, b, text) or _one_and_more(
                a, b) or _he_along_with(a, b, text) or _he_and_one_more(a, b, text) or (
                _named_again_with_another(a, b)) or (
                # (more bodies than the told dead: the bodies' count is the toll)
                _bodies_of(a, b, text) and (b.count.min or 0) > (a.count.min or 0))
            restates = ((not a.count_known or not b.count_known) and near) or _floor_then_figure(
                a, b) or _ceiling_at_figure(a, b, places) or _same_count(
                a.count, b.count) or _with_his(a, b) or _role_named(a, b) or _part_of(
                a, b, text) or whole or _share_of(a, b) or _they_again(a, b, text) or _his_part(
                a, b) or _named_with_his(a, b) or _role_death(a, b) or _role_and_his_again(
                a, b) or _the_same_again(a, b) or _the_rest_again(a, b) or (
                _named_and_the_others_again(a, b, text)) or (
                _vague_again(a, b)) or _including_part(a, b, text, kept) or _bodies_of(
                a, b, text) or _defined_part_of(a, b, text, places, days)
            vaguer = (_vague_only(a.count) != _vague_only(b.count)
                      or _detailed(a.count, b.count)) and not b.update
            if crossing and not (_same_count(a.count, b.count) or _role_named(a, b)
                                 or _he_along_with(a, b, text)):
                continue  # another strike's toll, which no other test may take across
            if found_since and (restates or vaguer or _vague_only(b.count)):
                break  # another party's account of them, its own claim beside the first
            if restates or vaguer:
                target = a
            elif (b.update or a.initial or b.sentence.section > a.sentence.section
                  ) and not _vague_only(
                    b.count) and a.superseded_by is None:
                a.superseded_by = b
                if b.event is None and b.claimant == a.claimant:
                    # an updated toll is of the strike the first one was (another party's
                    # finding is dated and placed by its own words: "Afghan officials have
                    # since confirmed that 14 attackers died in the fighting, which began
                    # yesterday afternoon")
                    b.event = a.event
                if a.ordinal:
                    _ordinal_group_updated(kept, a, b)
                # The new figure may restate one the text told before the first: "Two were
                # killed, not three as first reported. Initial reports said three ...; a
                # review determined that two were killed" is one toll of two.
                earlier = next((x for x in reversed(kept[-_LOOKBACK:]) if x is not a
                                and x.superseded_by is None and x.count_known and b.count_known
                                and _same_count(x.count, b.count) and _compatible(x, b)), None)
                if earlier is not None:
                    a.superseded_by = target = earlier
                else:
                    _running_total(kept, a, b, text, days, places)
            break
        if target is not None:
            _absorb(target, b, whole)
        elif not _sums_told_tolls(kept, b):
            _total_holds_told(kept, b, claims, text, days, places)
            kept.append(b)
    _wounded_instead(kept)
    return _lede_tolls_told_again(_singles_of_lede(_breakdowns(kept, places, text), text), text)


# What the release is still finding out about dead it told, up to the toll: "are investigating
# to determine whose fire killed the civilians", "is reviewing how the civilians died".
_LOOKING_INTO = re.compile(r"\b(?:investigat\w*|reviewing|review\s+(?:of\s+)?(?:how|whose|who)"
                           r"|to\s+determine|inquiry\s+into|looking\s+into|examining"
                           # (the act, not its finding: "A ground assessment confirmed the
                           # three insurgents were killed" is a toll of its own)
                           r"|assessing)\b[^.;]*$", re.IGNORECASE)
# Dead named by "the" and a plural noun, with up to two words before it: "the civilians",
# "the Afghan civilians", "the two young insurgents".
_THE_PLURAL = re.compile(r"^\s*the\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*s\s*$", re.IGNORECASE)


def _looked_into_again(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The toll ``b``, "the civilians", tells again when a clause of what the release is
    looking into names it: the dead told before in its section, not more dead, whatever
    figure of them another party gave between ("Local elders said five civilians died. ISAF
    is investigating to determine whose fire killed the civilians")."""
    before = b.sentence.text[:max(0, b.pos - b.sentence.start)]
    if _THE_PLURAL.match(b.victim) is None or _LOOKING_INTO.search(before) is None:
        return None
    return next((a for a in reversed(kept) if a.sentence.section == b.sentence.section
                 and a.population == b.population and _compatible(a, b)), None)


# A finding that the men of a toll were no fighters, naming them by their number, by "the
# men", "both" or "they": "A subsequent review found that the two were brothers of the
# compound owner and were not armed", "both men were farm workers and were not armed". It
# is predicative: "civilians" must be what they were, not what they were not, dressed as or
# hid among ("were insurgents and not civilians", "dressed as civilians").
_FOUND_UNARMED = re.compile(
    r"\b(?:the\s+(?:(?P<n>\w+)\s+)?(?:men|individuals|people)|the\s+(?P<m>\w+)"
    r"|both(?:\s+(?:men|individuals))?|they)\s+(?:were|had\s+been)\s+(?P<what>(?:[\w-]+,?\s+){0,8}?)"
    r"(?:not\s+armed|unarmed|(?<!not\s)(?<!as\s)(?<!among\s)(?<!than\s)civilians"
    r"|non-?combatants)\b", re.IGNORECASE)
# ... which the clause unsays when it names them fighters too ("were insurgents posing as
# farmers and not armed").
_FIGHTERS = re.compile(r"\b(?:insurgents?|fighters?|militants?)\b", re.IGNORECASE)


def _found_civilians_again(kept: list[ClaimDraft], b: ClaimDraft, text: str, lay: Layout
                           ) -> ClaimDraft | None:
    """The lede's toll of civilians ``b`` tells again when ``b`` names its men by no side and
    the next sentence finds them, by ``b``'s number or as "the men", "both", "they", unarmed:
    "ISAF accepts responsibility for the deaths of two Afghan civilians ... Two men in an
    adjoining room were also shot and killed. A review found that the two were not armed"
    (the two civilians, not two more dead)."""
    if b.population != "unknown" or not exact_count(b.count):
        return None
    following = lay.sentences[b.sentence.index + 1:b.sentence.index + 2]
    if not following or following[0].section != b.sentence.section:
        return None
    m = _FOUND_UNARMED.search(text, following[0].start, following[0].end)
    if m is None or _FIGHTERS.search(m.group("what")) is not None:
        return None
    told = m.group("n") or m.group("m")
    if (told is not None and _number(told) != b.count.min) or (
            m.group(0).lower().startswith("both") and b.count.min != 2):
        return None
    lede = next((s.paragraph for s in lay.sentences
                 if s.section == b.sentence.section and not s.heading), None)
    return next((a for a in kept if a.population == "civilian" and a.sentence.paragraph == lede
                 and _same_count(a.count, b.count) and _compatible(a, b)), None)


# A pronoun alone as the object of a toll's verb: "shot and killed him".
_HIM = re.compile(r"^\s*(?:him|her)\s*$", re.IGNORECASE)


def _killer_told_back(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``'s "him" is killed in the very sentence that told ``a``'s dead before it:
    the man who killed them, whom the sentence opened on ("A man in a police uniform opened
    fire ..., killing an instructor, before police trainees shot and killed him"), not ``a``'s
    dead told twice in one sentence. ``a``'s dead must be such as the killer kills: an enemy
    toll's "... when he fired on a patrol and the patrol returned fire, killing him" is that
    one insurgent told again, not a man who killed him."""
    return (a.sentence is b.sentence and a.pos < b.pos and _HIM.match(b.victim) is not None
            and _side(a) != "enemy")


def _aside_of_replaced(a: ClaimDraft) -> bool:
    """Whether ``a`` is a figure told after the one that replaced it ("killed four
    insurgents. An earlier release reported that two insurgents were killed"): an aside, so a
    later toll restates the figure that stands, not it."""
    return a.superseded_by is not None and a.superseded_by.pos < a.pos


def _singles_of_lede(kept: list[ClaimDraft], text: str) -> list[ClaimDraft]:
    """A lede's toll of N told again part by part in later paragraphs where single deaths, one
    per paragraph, were merged as one man told again (same count) though they are several men
    ("killed four insurgents ... shot and killed him. ... An insurgent hiding in a culvert ...
    was killed. ... two insurgents ... were killed"): each such single counts one man per
    paragraph it was told in; with the lede's other exact parts after it they join the lede
    when together they make exactly its N."""
    out = list(kept)
    for lede in kept:
        if (lede not in out or lede.outcome != "killed" or lede.superseded_by is not None
                or lede.aggregate or lede.stance == "denied" or lede.count.min is None
                or not exact_count(lede.count) or lede.count.min < 2):
            continue
        parts: list[ClaimDraft] = []
        total, singles = 0, False
        for b in out[out.index(lede) + 1:]:
            if not _lede_part(lede, b, text) or b.count.min is None or not exact_count(b.count):
                continue
            paragraphs = {s.paragraph for s in (b.sentence, *b.others)}
            if min(paragraphs) <= lede.sentence.paragraph:
                break
            if b.count.min == 1 and len(paragraphs) >= 2:
                value, singles = len(paragraphs), True
            else:
                value = b.count.min
            parts.append(b)
            total += value
            if total >= lede.count.min:
                break
        if not singles or total != lede.count.min:
            continue
        for b in parts:
            _absorb(lede, b)
            b.superseded_by = lede
            out.remove(b)
    return out


def _lede_tolls_told_again(kept: list[ClaimDraft], text: str) -> list[ClaimDraft]:
    """A lede that sums several strikes in one sentence, toll by toll ("struck a group ...,
    killing six of them, while an air weapons team killed two more insurgents in neighboring
    Ghazni province"), and the paragraphs after it that tell each strike in turn ("In Barmal,
    ... killing six insurgents." "In Giro district, ... killing both."): each detail retells
    its lede toll, 8, not 16. The details are the next tolls after the lede's, one paragraph
    each, of the same numbers in the same order (so a toll told between, or a detail of another
    number, leaves them all apart)."""
    out = list(kept)
    for first in kept:
        if first not in out or first.outcome != "killed":
            continue
        ledes = [x for x in out if x.sentence is first.sentence and x.outcome == "killed"]
        if ledes[0] is not first or len(ledes) < 2 or not all(
                exact_count(x.count) and x.count.min for x in ledes):
            continue
        after = [x for x in out[out.index(ledes[-1]) + 1:] if x.outcome == "killed"]
        details = after[:len(ledes)]
        if len(details) < len(ledes) or len({d.sentence.paragraph for d in details}) < len(
                details):
            continue
        pairs = list(zip(ledes, details, strict=True))
        if not all(_lede_part(lede, d, text) and exact_count(d.count) and not d.additive
                   and d.count.min == lede.count.min for lede, d in pairs):
            continue
        for lede, d in pairs:
            _absorb(lede, d)
            out.remove(d)
    return out


# A toll told again by its number alone: "killing all three", "confirmed the six were killed".
_NUMBER_BACK = re.compile(
    r"\s*(?:all|the|all\s+(?:of\s+)?the)\s+(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,3})\s*", re.IGNORECASE)


# A quoted speaker's "He died doing a job he loved": the one man the release told dead before.
_HE_ALONE = re.compile(r"\s*(?:he|she)\s*", re.IGNORECASE)


def _he_again_quoted(kept: list[ClaimDraft], b: ClaimDraft, text: str) -> ClaimDraft | None:
    """The death of one man told in the release's voice that a speaker's bare "he" points back
    to ("a soldier ... was killed ... said: 'He died doing a job he loved'"): the same death,
    though the speaker tells it (not when a man brought in between is whom "he" is: "The patrol
    later found the insurgent who had planted the bomb. 'He died when he fired on us'")."""
    if (b.claimant is None or _HE_ALONE.fullmatch(b.victim) is None or b.stance == "denied"
            or b.count.min != 1):
        return None
    return next((a for a in reversed(kept[-_LOOKBACK:]) if a.outcome == b.outcome
                 and a.claimant is None and a.stance != "denied" and not a.aggregate
                 and exact_count(a.count) and a.count.min == 1
                 and a.sentence.section == b.sentence.section
                 and not _man_brought_in(a, b, text)), None)


# ... and its plural: "They died doing what they believed in", "These men died on an Afghan road"
# (a memorial's speaker of the soldiers the release named dead).
_THEY_ALONE = re.compile(
    r"\s*(?:they|these\s+(?:men|soldiers|marines|two|three)|those\s+(?:men|soldiers|marines)"
    r"|both(?:\s+(?:men|soldiers|marines))?)\s*", re.IGNORECASE)


def _they_again_quoted(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The dead told in the release's voice that a speaker's bare "they" or "these men" points
    back to: the same deaths, though the speaker tells them."""
    quoted = b.claimant is not None or b.sentence.text.lstrip().startswith(('"', "“"))
    if not quoted or _THEY_ALONE.fullmatch(b.victim) is None or b.stance == "denied":
        return None
    return next((a for a in reversed(kept[-_LOOKBACK:]) if a.outcome == b.outcome
                 and a.claimant is None and a.stance != "denied" and not a.aggregate
                 and a.count.min is not None and a.count.min >= 1
                 and (b.count.max in (None, 1) or a.count.min == b.count.min)
                 and a.sentence.section == b.sentence.section), None)


# A toll its own sentence gives as an assessment's finding: "..., a follow-up assessment has
# confirmed".
_ASSESSMENT_CONFIRMED = re.compile(
    r"\b(?:assessment|review|investigation|search)\b[^.;]{0,40}?\b(?:confirmed|determined"
    r"|found|showed)\b", re.IGNORECASE)

# ... or any confirmation in so many words, its teller set off from the verb by a clause: "A
# subsequent assessment by the patrol, after it searched the area this morning, confirmed".
_CONFIRMED = re.compile(r"\bconfirm(?:ed|s)\b", re.IGNORECASE)


def _confirms(text: str) -> bool:
    """Whether a sentence tells a toll as confirmed (by an assessment or in so many words)."""
    return (_ASSESSMENT_CONFIRMED.search(text) is not None
            or _CONFIRMED.search(text) is not None)


# The civilians a toll of people counts among them: "killed eight people, including two
# civilians".
_INCLUDING_CIVILIANS = re.compile(
    r"\s*,?\s*including\s+(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+)?civilians\b", re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}


def _whole_with_civilians(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The toll of people "including two civilians" whose rest a later toll of insurgents
    counts: "killed eight people, including two civilians ... The commander was among the six
    insurgents killed" is eight, not fourteen."""
    if b.population != "combatant" or not exact_count(b.count) or b.count.min is None:
        return None
    for a in reversed(kept[-_LOOKBACK:]):
        if (a.outcome != b.outcome or a.stance != b.stance or a.claimant != b.claimant
                or not exact_count(a.count) or a.count.min is None or not a.spans
                or (a.event is not None and b.event is not None and a.event != b.event)):
            continue
        m = _INCLUDING_CIVILIANS.match(a.sentence.text, a.spans[0][1] - a.sentence.start)
        if m is None:
            continue
        n = m.group("n").lower()
        civilians = int(n) if n.isdigit() else _SMALL[n]
        if b.count.min + civilians == a.count.min:
            return a
    return None


def _also_beside_the_other_side(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The civilians' toll an "also" toll of people of no side restates, when the toll it is
    "also" beside is the other side's: "Two Afghan civilians were killed ... three insurgents
    were killed ... two men from a nearby house ... had also been killed" is the two civilians
    again, beside the insurgents, not two more."""
    if not b.additive or b.population != "unknown" or not exact_count(b.count):
        return None
    recent = kept[-_LOOKBACK:]
    beside = next((a for a in reversed(recent) if a.outcome == b.outcome
                   and a.stance == b.stance and a.claimant == b.claimant), None)
    if beside is None or beside.population != "combatant":
        return None
    return next((c for c in reversed(recent[:recent.index(beside)])
                 if c.population == "civilian" and _compatible(c, b) and exact_count(c.count)
                 and _same_count(c.count, b.count) and c.superseded_by is None
                 and c.sentence.paragraph < b.sentence.paragraph), None)


def _figure_confirmed_after(claims: list[ClaimDraft], a: ClaimDraft, b: ClaimDraft,
                            text: str, days: dict[int, str], places: dict[int, Place]) -> bool:
    """Whether a confirmation after the first report ``b`` gives ``a``'s figure again, in
    ``b``'s section, whoever the extraction takes to tell it: the later count the first gives
    way to is the one told before (not "the wounded insurgent died", one more to the first
    report's two, which together make the toll told before). The confirmation says so ("A
    subsequent assessment ... confirmed that five insurgents died"); "three more insurgents" of
    another engagement is no confirmation of the lede's three, nor is any toll told apart from
    ``a`` as another operation's, day's, place's or unit's."""
    i = next(i for i, x in enumerate(claims) if x is b)
    return any(x.outcome == a.outcome and x.stance != "denied" and x.count_known
               and exact_count(x.count) and _same_count(x.count, a.count)
               and x.sentence.section == b.sentence.section
               and (x.population == a.population or "unknown" in (x.population, a.population))
               and _confirms(x.sentence.text) and _K_MORE.match(x.victim) is None
               and not _told_apart(a, x, text, days, places)
               for x in claims[i + 1:])


def _final_told_first(kept: list[ClaimDraft], b: ClaimDraft, claims: list[ClaimDraft],
                      text: str, days: dict[int, str], places: dict[int, Place]
                      ) -> ClaimDraft | None:
    """The confirmed toll a first report told after it gives way to: "Six insurgents were
    killed ..., a follow-up assessment has confirmed. ... Initial reports indicated that four
    insurgents had been killed" is six (an initial report told first gives way to the next
    toll, as ``initial`` says)."""
    if not b.initial or b.stance == "denied" or not exact_count(b.count):
        return None
    # (the toll before it told as an assessment's, in its own sentence or in one that told it
    # again: "killed five insurgents ... Initial reporting indicated three ... A follow-on
    # assessment has confirmed that five" is the next one's; so is a toll of an earlier
    # paragraph whose figure the release confirms after the first report: "Five insurgents were
    # killed ... | Initial reports indicated that two insurgents were killed. A subsequent
    # assessment ... confirmed that five insurgents died")
    return next((a for a in reversed(kept[-_LOOKBACK:]) if _compatible(a, b)
                 and (a.update or any(_confirms(s.text) for s in (a.sentence, *a.others))
                      or (a.sentence.paragraph < b.sentence.paragraph
                          and _figure_confirmed_after(claims, a, b, text, days, places)))
                 and not a.initial and a.superseded_by is None and exact_count(a.count)
                 and not _same_count(a.count, b.count)), None)


def _same_toll_past_another_side(kept: list[ClaimDraft], b: ClaimDraft,
                                 days: dict[int, str], text: str) -> ClaimDraft | None:
    """The earlier toll of the same number and side that ``b`` tells again in a later
    paragraph, past the toll of another side told between: "killed four insurgents ... Two
    Afghan Local Police members were killed ... in the exchange that followed, four were
    killed" is the four again (not a new figure updating the policemen's toll), as is "killed
    two insurgents ... after he killed five of his comrades ... two armed men ... were
    killed"."""
    if not b.count_known or not exact_count(b.count) or b.additive or b.update:
        return None
    side = _side(b)
    between = 0
    for a in reversed(kept[-_LOOKBACK:]):
        if not _compatible(a, b) or a.superseded_by is not None:
            continue
        if (a.count_known and _same_count(a.count, b.count) and _side(a) == "enemy"
                and side in (None, "enemy")):
            # (not a deed the release blames on its dead: "was involved in an ambush in July
            # that killed three Afghan drivers" after "killing him and two fighters")
            ok = between > 0 and a.sentence.paragraph < b.sentence.paragraph
            return a if ok and not _by_another_unit(a, b) and not _days_apart(
                a, b, days) and not _crime_apart(a, b, text) else None
        if _side(a) == "enemy" or a.population == "civilian":
            return None  # a toll of the same side between: not passed over
        between += 1
    return None


def _counted_back(kept: list[ClaimDraft], b: ClaimDraft, text: str) -> ClaimDraft | None:
    """The toll of the same number that a number alone points back to, in its section,
    whatever toll (one the target is blamed for) was told between: "killed a shadow chief and
    two of his fighters. Ghafar ordered the killing of two elders ... killing all three"; the
    number says whose they are, whatever side the words near it name. So does a number with
    the article and a noun of no other population, whatever strike the sentence tells ("killed
    two insurgents ... conducted a precision strike ... confirmed the two insurgents were
    killed", "killing four insurgents ... the four men killed were armed"): those counted
    before, not as many more, nor, for a noun of no side, a toll of the people the officials
    said were among the dead."""
    if not b.count_known:
        return None
    noun = population_of(b.victim) if _the_counted(b, text) else None
    if _NUMBER_BACK.fullmatch(b.victim) is None and noun is None:
        return None
    return next((a for a in reversed(kept[-_LOOKBACK:])
                 if a.outcome == b.outcome and a.claimant == b.claimant
                 and noun in (None, "unknown", a.population)
                 and (a.stance == "denied") == (b.stance == "denied") and a.count_known
                 and _same_count(a.count, b.count) and a.superseded_by is None
                 and a.sentence.section == b.sentence.section), None)


# A counted group pointed back to: "the two civilians", "the four insurgents".
_THE_COUNTED = re.compile(
    r"\s*the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+[a-z]", re.IGNORECASE)
# (the article before the phrase read as the victim: "the four men killed were armed")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _the_counted(b: ClaimDraft, text: str) -> bool:
    """Whether ``b``'s victim is a counted group with the article that points back ("the two
    insurgents", "the four men"), exactly counted."""
    if not exact_count(b.count) or b.count.min is None or b.count.min < 2 or not b.spans:
        return False
    start = b.spans[0][0]
    return _THE_COUNTED.match(b.victim) is not None or (
        _THE_COUNTED.match("the " + b.victim.lstrip()) is not None
        and _THE_BEFORE.search(text, max(0, start - 8), start) is not None
        and text.startswith(b.victim.strip(), start))


def _mixed_part_of(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The toll of both populations that ``b`` points back to a part of: "Six people,
    including four insurgents, were killed. ... how the two civilians died" (the two are of
    the six)."""
    if b.population not in ("civilian", "combatant") or not _THE_COUNTED.match(b.victim) or (
            b.count.min is None or not exact_count(b.count)):
        return None
    return next((a for a in reversed(kept[-_LOOKBACK:])
                 if a.population == "mixed" and a.outcome == b.outcome
                 and a.claimant == b.claimant and a.stance == b.stance
                 and a.count.min is not None and a.count.min > b.count.min), None)


# Definite noun phrases joined: "the facilitator and the insurgents".
_THE_PARTS = re.compile(r"\s*the\s+([\w-]+)(?:\s+and\s+the\s+([\w-]+))?\s*", re.IGNORECASE)


def _the_same_again(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` names again, with "the" and no number, each party of ``a``: "killed a
    Taliban facilitator and several insurgents ... killing the facilitator and the
    insurgents" (one toll, not the facilitator once more)."""
    m = _THE_PARTS.fullmatch(b.victim)
    if m is None or b.count.max is not None or a.count.min is None:
        return False
    heads = [h.lower() for h in m.groups() if h]
    words = {w.lower().rstrip(",") for w in a.victim.split()}
    return len(heads) == 2 and all(h in words for h in heads)


def _the_rest_again(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``, a definite plural ("The insurgents were killed when they fired on the
    force"), took its count from the rest ``a`` told beside one man ("killed a Taliban leader,
    Mawlawi Sher Agha, and two other insurgents"): "the" points back to the lede's dead, so
    they are told again, not more. A group of that size counted anywhere else ("Later, two
    insurgents fired on a checkpoint. The insurgents were killed") is a new one."""
    if (_THE_PLURAL.match(b.victim) is None or b.antecedent is None or b.more_pointed
            or not any(start <= b.antecedent[0] < end for start, end in a.spans)
            or not (exact_count(a.count) and exact_count(b.count))
            or b.count.min is None or (a.count.min or 0) <= b.count.min):
        return False
    return _rest_beside_one(a, b.count.min)


def _rest_beside_one(a: ClaimDraft, n: int) -> bool:
    """Whether ``a``'s victim tells ``n`` others beside one man: "a Taliban leader and two
    other insurgents", "a commander along with three of his fighters", "two leaders and seven
    of their associates"."""
    m = _REST_BESIDE_ONE.search(a.victim)
    if m is None:
        return False
    count, known = victim_count(m.group("n"))
    return known and count.min == n and count.max == n


def _mixed_share_again(kept: list[ClaimDraft], b: ClaimDraft) -> ClaimDraft | None:
    """The toll of both populations whose civilian share ``b`` tells again, by who they were:
    "two civilians were killed along with four insurgents ... an assessment found that a man
    and his son working in an adjacent orchard were also killed" (the two civilians, not two
    more, nor a new toll of two that replaces the six)."""
    if (b.population not in ("civilian", "unknown") or b.count.min is None
            or not exact_count(b.count) or b.stance == "denied" or b.aggregate
            or side_of(b.victim) is not None):
        return None
    for a in reversed(kept[-_LOOKBACK:]):
        if (a.population != "mixed" or a.outcome != b.outcome or a.claimant != b.claimant
                or a.stance == "denied" or a.sentence.section != b.sentence.section
                or a.count.min is None or a.count.min <= b.count.min):
            continue
        shares = [victim_count(part)[0] for part in LIST_JOINT.split(a.victim)
                  if population_of(part) == "civilian"]
        if len(shares) == 1 and exact_count(shares[0]) and shares[0].min == b.count.min:
            return a
    return None


def _lede_part(lede: ClaimDraft, b: ClaimDraft, text: str) -> bool:
    """Whether ``b`` may count some of the people ``lede`` counts: the same outcome, teller,
    stance, population and side, a later paragraph, and no place apart (unlike
    ``_compatible``, any event: a lede sums the strike's dead and the ground force's)."""
    if (b.outcome != lede.outcome or b.claimant != lede.claimant or b.stance != lede.stance
            or b.aggregate or b.superseded_by is not None
            or (b.sentence.paragraph <= lede.sentence.paragraph
                and not _told_after_its_colon(lede, b))):
        return False
    if b.population != lede.population and "unknown" not in (b.population, lede.population):
        return False
    sa, sb = _side(lede), _side(b)
    if (sa is not None and sb is not None and sa != sb) or _attacker_apart(lede, b):
        return False  # (nor is the insider who shot the lede's dead one of them)
    if _recalled_after(lede, b) or _told_as_crime(b, text):
        # a killing recalled from a month gone by is no part of the lede's toll, nor one its
        # target ordered: "killed a Taliban commander and several of his fighters ... had
        # ordered the killing of two village elders"
        return False
    pa, pb = _provinces(lede), _provinces(b)
    return not (pa and pb and pa.isdisjoint(pb))


def _told_after_its_colon(lede: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b`` follows ``lede`` in its own sentence past a colon, where a toll is told
    part by part: "Four attackers died: one detonated his vest, killing himself, and guards
    shot the other three"."""
    if b.sentence.start != lede.sentence.start or b.pos <= lede.pos:
        return False
    start = lede.sentence.start
    return ":" in b.sentence.text[lede.pos - start:b.pos - start]


def _breakdowns(kept: list[ClaimDraft], places: dict[int, Place], text: str) -> list[ClaimDraft]:
    """A lede's toll told again part by part in the paragraphs after it is one toll, not the
    lede's plus its parts: "Nine insurgents were killed ... helicopters engaged the fighters,
    killing four of them ... an air strike killed five more insurgents" is 9, and "killed a
    Taliban commander and several of his fighters ... killing Hadi ... Three armed men were
    also killed" is 4. A part's "more" or "also" adds to the part before it, within the sum,
    not to the lede. The parts are read in order from the first paragraph after the lede's
    that tells one: each exact and asserted as the lede is; the first not told as more or
    also, none told as another operation (nor in a paragraph that opens on another place than
    the lede's own: "In Khakrez district, a patrol killed two insurgents ... | In Garmsir
    district, an air strike killed an insurgent" are two operations, summed by a lede of
    three before them, not one toll of two told part by part). They are the lede's when they
    sum exactly to an exact lede (two parts at least: one equal part is a restatement, read
    before this) or, told as a running tally, to a floor's figure, or, for a lede of one or a
    few people and a vague rest ("a commander and several of his fighters"), to more than its
    exact part (``_parts_sum_to``); the lede then keeps the sum, with
    their evidence. Parts that overshoot an exact lede are more dead than it told: nothing is
    merged. Parts that fall short of it are its own only when the last is "the other two",
    "the remaining three": the rest of the lede's group, so the lede's figure stands; so does
    it when the one part is one man of a lede's two or three, the rest told by pronoun
    (``_first_of_few``). A lede its own sentence tells as separate operations' sum is not
    broken down (``_over_separate_operations``)."""
    out = list(kept)
    for lede in kept:
        if (lede.merged or lede.superseded_by is not None or lede.stance == "denied"
                or lede.aggregate or lede.outcome != "killed" or lede.count.min is None
                or not (exact_count(lede.count) or _floor(lede.count)
                        or _vague_above(lede.count))
                or _over_separate_operations(lede)):
            continue
        parts: list[ClaimDraft] = []
        total = 0
        for b in out[out.index(lede) + 1:]:
            if not _lede_part(lede, b, text):
                continue
            before = b.sentence.text[:max(0, b.pos - b.sentence.start)]
            if (b.count.min is None or not exact_count(b.count) or b.merged
                    or _SEPARATE.search(before) is not None or _places_apart(lede, b, places)
                    or (not parts and (b.additive or _ALSO_ANOTHER.search(b.victim + " "))
                        and not _one_then_the_rest(lede, [b]))):
                break
            parts.append(b)
            total += b.count.min
            if (exact_count(lede.count) or _floor(lede.count)) and total >= lede.count.min:
                break
        fits = _parts_sum_to(lede, parts, total) or (
            # "One detonated his vest, killing himself. The force shot the second. The other
            # two were killed": the rest of the lede's group closes its parts, though one of
            # them was told without a toll
            exact_count(lede.count) and len(parts) >= 2 and total < lede.count.min
            and _THE_REST.match(parts[-1].victim) is not None) or (
            _one_then_the_rest(lede, parts)) or (
            _first_of_few(lede, parts, out, text))
        if not parts or not fits:
            continue
        for b in parts:
            _absorb(lede, b)
            b.superseded_by = lede  # a later claim that updates a part points to the lede
            out.remove(b)
        if total >= lede.count.min:
            lede.count, lede.count_known = Count(min=total, max=total), True
    return out


def _parts_sum_to(lede: ClaimDraft, parts: list[ClaimDraft], total: int) -> bool:
    """Whether ``parts``, summing to ``total``, tell ``lede``'s toll: two parts at least that
    sum exactly to an exact lede, or to a floor's figure ("killing at least seven insurgents
    ... On the first day, the commandos killed three insurgents. The next day, four more were
    killed") when each part after the first is told as more, a running tally; a floor leaves
    room for dead past it, so parts told each on its own may go past it ("at least five
    civilians ... Four died at the scene ... The driver died in hospital that night" may be
    six). A lede with a vague rest takes parts that go past its exact part."""
    if lede.count.min is None:
        return False
    if exact_count(lede.count):
        return total == lede.count.min and len(parts) >= 2
    if _floor(lede.count):
        # (a tally told as more may pass the floor it breaks down: "at least seven ... three
        # ... five more" is 8, the parts' sum)
        return (total >= lede.count.min and len(parts) >= 2
                and all(b.additive for b in parts[1:]))
    return total > lede.count.min


# A toll told as the sum of several operations, in the toll's own prepositional phrase:
# "killed 10 insurgents in two separate engagements", "during separate raids".
_SEPARATE_ONES = re.compile(r"\b(?:in|during|across|over)\s+(?:[\w-]+\s+)?separate\s+"
                            r"(?:[\w-]+\s+)?(?:operations|engagements|raids|attacks|strikes"
                            r"|incidents|clashes)\b", re.IGNORECASE)
# How far past its dead the toll's own phrase of operations may run.
_SEPARATE_REACH = 60
# A clause on the dead themselves between the toll and the phrase: "a Taliban leader
# responsible for separate IED attacks" tells his past, not the toll's operations.
_ABOUT_THE_DEAD = re.compile(r"\b(?:who|whom|whose|which|that|responsible|involved|suspected"
                             r"|linked|tied|known|accused|including)\b", re.IGNORECASE)


def _over_separate_operations(lede: ClaimDraft) -> bool:
    """Whether the lede's own sentence tells its toll, right after it, as several operations'
    sum: a roundup whose operations the paragraphs after it tell one by one, each its own toll
    (the details, not the total that sums them), not one toll told part by part."""
    start = max(0, lede.pos - lede.sentence.start)
    end = start + len(lede.victim) + _SEPARATE_REACH
    found = _SEPARATE_ONES.search(lede.sentence.text, start, end)
    return found is not None and _ABOUT_THE_DEAD.search(
        lede.sentence.text, start, found.start()) is None


def _one_then_the_rest(lede: ClaimDraft, parts: list[ClaimDraft]) -> bool:
    """Whether the one part, "the other two", is the rest of the lede's group after one of it
    told again by himself in a later paragraph: "killed a Taliban commander and two of his
    fighters ... killing the commander. The other two insurgents were killed" (3, not 5)."""
    if (len(parts) != 1 or not exact_count(lede.count) or lede.count.min is None
            or parts[0].count.min != lede.count.min - 1):
        return False
    if (lede.count.min == 2 and _THE_OTHER_BARE.match(parts[0].victim) is not None
            and parts[0].sentence.paragraph > lede.sentence.paragraph):
        # ("Two insurgents were killed ... One was shot as he raised his rifle. The other was
        # killed as he threw a grenade": the bare "the other" of the lede's pair)
        return True
    return ((_THE_REST.match(parts[0].victim) is not None
             # ("The leader was killed ... Two fighters who were with him were also killed")
             or _WITH_HIM_PART.search(parts[0].victim) is not None)
            and any(s.paragraph > lede.sentence.paragraph for s in lede.others))


# The second of a pair told by "the other" alone.
_THE_OTHER_BARE = re.compile(r"^\s*the\s+other\s*$", re.IGNORECASE)


_WITH_HIM_PART = re.compile(r"\bwith\s+(?:him|her)\b", re.IGNORECASE)


# One man of a lede's few told as he fell, the others by pronoun or not at all: "killed two
# insurgents ... an insurgent armed with a rifle ran toward it and was killed. ... The force
# engaged him, killing him as well" is the lede's two, not three.
_ONE_MAN = re.compile(r"^\s*(?:an?|one|the\s+first)\s+(?!of\b|second\b|third\b|\w+th\b)"
                      r"(?:(?!of\b)[\w-]+\s+){0,2}?"
                      r"(?:insurgents?|fighters?|militants?|attackers?|gunm[ae]n)\b", re.IGNORECASE)


def _first_of_few(lede: ClaimDraft, parts: list[ClaimDraft], out: list[ClaimDraft],
                  text: str) -> bool:
    """Whether the one part is the first of the lede's two or three, the rest untold by a
    count: the next paragraph after the lede's, and no other toll of the lede's kind after
    it; not one another unit tells ("Later, a second patrol killed an insurgent" after "The
    patrol returned fire, killing two insurgents"), one more of another operation."""
    # (not a pair told by pointing back, "killing both", which is its own paragraph's toll:
    # the one man of the next paragraph, "In Baghlan province, ... killed an armed insurgent",
    # is one more; so with its noun, "killing both insurgents", "the two men", unless the one
    # man's paragraph goes on to the pair's rest, "The aircraft engaged the second man,
    # killing him as well": the pair told man by man)
    if (len(parts) != 1 or lede.count.min is None or not exact_count(lede.count)
            or _POINTS_BACK.fullmatch(lede.victim) is not None
            or (_BOTH.fullmatch(lede.victim) is not None
                and _REST_OF_FEW.search(text, parts[0].sentence.end,
                                        _line_end(text, parts[0].sentence.end)) is None)
            or not 2 <= lede.count.min <= 3 or parts[0].count.min != 1
            or _ONE_MAN.match(parts[0].victim) is None or lede.count.vague_term is not None
            or not lede.population == parts[0].population == "combatant" or lede.additive
            or parts[0].sentence.paragraph != lede.sentence.paragraph + 1
            or _by_another_unit(lede, parts[0]) or _under_separate_operations(lede, out)):
        return False
    later = [b for b in out[out.index(lede) + 1:]
             if b is not parts[0] and _lede_part(lede, b, text)]
    return not later


# The rest of a few told after one of them, by ordinal or pronoun: "the second man", "the
# other", "killing him as well".
_REST_OF_FEW = re.compile(r"\bthe\s+(?:second|other|third)\b|\b(?:him|them)\s+(?:as\s+well|too)\b",
                          re.IGNORECASE)


def _line_end(text: str, at: int) -> int:
    """Where the paragraph holding ``text[at]`` ends: its line's end."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _under_separate_operations(lede: ClaimDraft, out: list[ClaimDraft]) -> bool:
    """Whether a toll of an earlier paragraph than ``lede``'s sums separate operations
    (``_over_separate_operations``): "killed three insurgents in two separate engagements ... |
    In the first, a patrol killed two insurgents ... | In the second, a patrol killed one
    insurgent" tells one operation a paragraph, so ``lede`` is one of its parts, and the next
    paragraph's one man is another part, not ``lede``'s first man told again."""
    return any(x.outcome == lede.outcome and x.sentence.paragraph < lede.sentence.paragraph
               and _over_separate_operations(x) for x in out[:out.index(lede)])


# The rest of a group: "the other two", "the remaining three insurgents".
_THE_REST = re.compile(r"^\s*the\s+(?:other|remaining)\s+(?:\w+\s*)?(?:\w+)?\s*$",
                       re.IGNORECASE)

# A part told as another operation's toll: "In a separate engagement", "In another raid".
# (a fight named as such is one too: "In a separate firefight", "in another exchange of fire")
# (the noun closed by a word's end: "another insurgent fighter", "a second attacker" are men,
# not another fight or attack)
_SEPARATE = re.compile(r"\b(?:separate|another|second)\s+(?:\w+\s+)?(?:operation|engagement"
                       r"|raid|attack|strike|incident|clash|firefight|fight|gunfight|battle"
                       r"|skirmish|ambush|exchange|encounter)(?:s|es)?\b", re.IGNORECASE)
# ... or told after its dead, in the toll's own phrase: "A soldier and two insurgents were
# killed in a separate firefight" (one fight, "a separate" or "another": not "in two separate
# engagements", a roundup's sum, nor "in a second strike" or "in the second strike", which
# tell one engagement's blows and may tell a part again).
_IN_SEPARATE = re.compile(r"\b(?:in|during)\s+(?:an?\s+)?(?=(?:separate|another)\b)"
                          + _SEPARATE.pattern, re.IGNORECASE)
# Where a toll's own clause ends: its first comma or semicolon, or a subordinator opening
# another clause ("..., two hours after a soldier was wounded in a separate attack").
_CLAUSE_END = re.compile(r"[,;]|\b(?:after|when|while|as|before|which|who)\b", re.IGNORECASE)
# ... or another place's: "Elsewhere in the district, a patrol killed two more", never the dead
# found since a first count (a lede's breakdown may still go on "Elsewhere in Zhari, ...").
_ELSEWHERE = re.compile(r"\belsewhere\b", re.IGNORECASE)


def _told_apart(a: ClaimDraft, b: ClaimDraft, text: str, days: dict[int, str],
                places: dict[int, Place]) -> bool:
    """Whether ``b``, told after ``a``, is told as another operation's or place's anywhere
    between them ("In a separate attack", "Elsewhere in the district"), or as another day's,
    place's or unit's: another fight's dead, never ``a``'s told again or summed."""
    start = a.spans[0][0] if a.spans else a.pos
    return (_SEPARATE.search(text, start, b.pos) is not None
            or _ELSEWHERE.search(text, start, b.pos) is not None
            or _by_another_unit(a, b) or _days_apart(a, b, days)
            or _places_apart(a, b, places))


# A toll told as the total the tolls before it reach: "bringing to 15 the number killed",
# "raising the death toll to six" (named apart from ``periods._RUNNING_TOTAL``, a total of a
# period, which it is not).
_TOTAL_VERB = re.compile(r"\b(?:bringing|raising|brings|raises|brought|raised)\b",
                         re.IGNORECASE)
# ... in the shape of that update, its object the total: "brings to 98 the number killed",
# "raising the death toll to six" (not "the unit, brought to the district in the spring, has
# killed 45 insurgents this year", a period's total all the same).
_TOTAL_UPDATED = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|rais(?:es|ing|ed))\s+"
    r"(?:to\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?[\w,-]+\s+the"
    r"|the\s+(?:[\w-]+\s+){0,2}?(?:number|total|toll|count)\b)", re.IGNORECASE)


def _running_total(kept: list[ClaimDraft], a: ClaimDraft, b: ClaimDraft, text: str,
                   days: dict[int, str], places: dict[int, Place]) -> None:
    """An update told as a running total replaces every toll it sums, not only the last: "13
    militants were killed ... The bodies of two more were found, bringing to 15 the number
    killed" is 15, not 13 + 15. The tolls before ``a`` that ``b`` may count are superseded
    while together with ``a``'s they do not pass its figure (a running total may reach it:
    ``a`` is already one of its parts)."""
    if (b.count.min is None or a.count.min is None or not exact_count(b.count)
            or _TOTAL_VERB.search(b.sentence.text) is None):
        return
    held = _held_by_total(kept[:kept.index(a)], b, a.count.min, text, days, places, reach=True)
    for x in held:
        x.superseded_by = b
        if b.population == "unknown":
            b.population = x.population  # "bringing to 15 the number killed": of the militants


def _held_by_total(before: list[ClaimDraft], b: ClaimDraft, total: int, text: str,
                   days: dict[int, str], places: dict[int, Place], reach: bool
                   ) -> list[ClaimDraft]:
    """The exact tolls told just before ``b``, a total, that it holds: walked back from the
    last, past those already given way or not of ``b``'s dead, while together with ``total``
    they stay under ``b``'s figure (or ``reach`` it), and none told apart as another
    operation's, day's, place's or unit's (``_told_apart``); a vague toll ends the walk."""
    held: list[ClaimDraft] = []
    if b.count.min is None:
        return held
    for x in reversed(before[-_LOOKBACK:]):
        if x.superseded_by is not None or not _compatible(x, b):
            continue
        if x.count.min is None or not exact_count(x.count):
            break
        total += x.count.min
        if (total > b.count.min or (total == b.count.min and not reach)
                or _told_apart(x, b, text, days, places)):
            break
        held.append(x)
    return held


# A toll told as a total: "A total of six insurgents were killed in the two engagements", "In
# all, five insurgents were killed".
# (the first words, "in all", tell the whole of one fight's dead too: ``_WHOLE_TOLD``)
_WHOLE_WORDS = r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|all\s+told)\b"
_TOTAL_TOLD = re.compile(
    _WHOLE_WORDS + r"|\b(?:in|during)\s+(?:the\s+)?(?:two|three|four|both)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:engagements|operations|raids|strikes|clashes|incidents)\b", re.IGNORECASE)


# "three more insurgents": a toll told as more than a count told before it.
# (and as more is told by its other words, "two additional insurgents", "another two", "a
# further two")
_K_MORE = re.compile(r"^\s*(?P<pre>(?:another|an?\s+(?:further|additional))\s+)?"
                     r"(?P<k>two|three|four|five|six|seven|eight|nine|\d+)"
                     r"(?(pre)|\s+(?:more|additional|further))\b", re.IGNORECASE)
_COUNT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|\d+)"
# A count the release gives as an earlier one: "Five insurgents, not two as reported earlier",
# "Initial reports counted two bodies".
_EARLIER_COUNT = re.compile(
    rf"\b(?:not|counted|initially|first)\s+(?:only\s+)?(?P<n>{_COUNT_WORD})\b"
    rf"|\b(?P<m>{_COUNT_WORD})\s+(?:bod(?:y|ies)\b|as\s+(?:first\s+|initially\s+"
    r"|earlier\s+|previously\s+)?reported\b)", re.IGNORECASE)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)


def _more_completes_total(kept: list[ClaimDraft], b: ClaimDraft, text: str,
                          days: dict[int, str], places: dict[int, Place]) -> ClaimDraft | None:
    """The total ``b`` ("found three more insurgents who had died") is part of: a toll told
    before it that the earlier count it told too, and ``b``'s, sum to exactly ("Five insurgents,
    not two as reported earlier, were killed ... Initial reports counted two bodies ... three
    more"), or the first report it replaced does with ``b``'s ("The toll of the clash has risen
    to five ... The first reports said three insurgents were killed ... Two more died of their
    wounds overnight"): the dead found since the first count, inside the total, not beside
    it. More told as another operation's ("In a separate engagement, ... killed two more
    insurgents") are never those found since."""
    more = _K_MORE.match(b.victim)
    if more is None or b.stance == "denied" or not exact_count(b.count):
        return None
    k = _number(more.group("k"))
    recent = kept[-_LOOKBACK:]
    for a in reversed(recent):
        if (not _compatible(a, b) or not a.spans or not exact_count(a.count)
                or a.count.min is None or a.count.min <= k or a.superseded_by is not None):
            continue
        # (more told as another operation's anywhere between the total and them, "Elsewhere in
        # the district, a patrol killed two more", or "In a separate operation ... Two more
        # insurgents were killed", or told on another day, by another unit, in another place)
        if (_SEPARATE.search(text, a.spans[0][0], b.pos) is not None
                or _ELSEWHERE.search(text, a.spans[0][0], b.pos) is not None
                or _by_another_unit(a, b) or _days_apart(a, b, days)
                or _places_apart(a, b, places)):
            return None
        for m in _EARLIER_COUNT.finditer(text, a.spans[0][0], b.pos):
            if _number(m.group("n") or m.group("m")) + k == a.count.min:
                return a
        # (the first report the revision replaced, told after the total: not a toll the total
        # summed as it ran, "13 ... Two more died of their wounds, bringing the number killed to
        # 15", which a later "two more" on another errand does not complete)
        if any(x.superseded_by is a and x.pos > a.pos and exact_count(x.count)
               and x.count.min is not None and x.count.min + k == a.count.min for x in recent):
            return a
        return None
    return None


# ... or by "all" and its number: "The bodies of all six men were handed over".
_ALL_OF_NUMBER = re.compile(
    r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|\d{1,3})\b", re.IGNORECASE)


def _sums_told_tolls(kept: list[ClaimDraft], b: ClaimDraft) -> bool:
    """Whether ``b``, a toll told as a total, sums exactly the two or more tolls told just
    before it ("killed four insurgents ... killed two more ... A total of six insurgents were
    killed in the two engagements"): the same dead told once more, so ``b`` adds nothing. A
    total that the tolls before it do not reach exactly, or reach past a vague one, stands."""
    if (b.outcome != "killed" or b.stance == "denied" or b.count.min is None
            or not exact_count(b.count) or (_TOTAL_TOLD.search(b.sentence.text) is None
                                            and _ALL_OF_NUMBER.search(b.victim) is None)):
        return False
    total, parts = 0, 0
    for x in reversed(kept[-_LOOKBACK:]):
        if (x.outcome != b.outcome or x.claimant != b.claimant or x.stance != b.stance
                or x.superseded_by is not None):
            continue
        if x.population != b.population and "unknown" not in (x.population, b.population):
            continue
        if x.count.min is None or not exact_count(x.count):
            return False
        total, parts = total + x.count.min, parts + 1
        if total >= b.count.min:
            break
    if total != b.count.min or parts < 2:
        return False
    b.merged = True
    return True


# A toll told as the whole of the fight's dead, in words that say so: "Six bodies were
# recovered in all", "A total of seven people were killed" (not "in the two engagements", a
# sum of operations told one by one, ``_sums_told_tolls``).
_WHOLE_TOLD = re.compile(_WHOLE_WORDS, re.IGNORECASE)


# ... but not a roundup of several operations, "In all, ... killed 19 insurgents in
# operations across eastern Afghanistan today", which sums more than one fight's dead.
_OPERATIONS_SUMMED = re.compile(r"\b(?:operations|engagements|raids|strikes)\b|\bacross\b",
                                re.IGNORECASE)


def _districts_named(sentence: str) -> list[Place]:
    """The districts a sentence names, as the district table spells them (``_place``)."""
    return [_place(p.name, "district") for p in find_places(sentence) if p.generic == "district"]


def _district_of_its_own(x: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether ``b``'s sentence names a district ``x``'s does not: "A total of seven insurgents
    were killed in an air strike in Musa Qal'ah district" after a toll in Sangin district is
    another fight's total (not "In Sangin district, a total of five ...", the same one)."""
    told = _districts_named(x.sentence.text)
    return any(not any(p.same(q) for q in told) for p in _districts_named(b.sentence.text))


def _total_holds_told(kept: list[ClaimDraft], b: ClaimDraft, claims: list[ClaimDraft],
                      text: str, days: dict[int, str], places: dict[int, Place]) -> None:
    """A total told "in all" holds the tolls told before it that it passes, as a running
    total does: "recovered the bodies of four insurgents ... Six bodies were recovered in all,
    two of them of civilians" is 6, not 4 + 6. The tolls it holds are superseded while
    together they fall short of it; none told as another operation's, day's or place's."""
    if (b.outcome != "killed" or b.stance == "denied" or b.count.min is None or b.additive
            or b.aggregate or not exact_count(b.count) or not b.spans
            or _WHOLE_TOLD.search(b.sentence.text) is None
            or _OPERATIONS_SUMMED.search(b.sentence.text) is not None):
        return
    # (a toll may give way only to one that is itself counted: "A total of five insurgents were
    # killed or wounded" is a count of the hit, its words a toll of the wounded too, which the
    # reduction does not count as dead)
    start, end = b.spans[0]
    if any(c.outcome != b.outcome and c.spans and c.spans[0][0] < end and start < c.spans[0][1]
           for c in claims):
        return
    # (an "in all" total the tolls reach exactly sums them, ``_sums_told_tolls``: it holds
    # only those that fall short of it)
    for x in _held_by_total(kept, b, 0, text, days, places, reach=False):
        if _district_of_its_own(x, b):
            break
        x.superseded_by = b


# "the boy", "the two men": a victim phrase that points back to people told before.
_DEFINITE = re.compile(r"^\s*the\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*?)s?\s*$",
                       re.IGNORECASE)


def _wounded_instead(kept: list[ClaimDraft]) -> None:
    """A first report of a death that a later finding tells as a wound ("An initial report that
    a boy was killed in the strike was investigated; ISAF found the boy had been wounded"):
    the wound replaces the death."""
    for i, b in enumerate(kept):
        head = _DEFINITE.match(b.victim) if b.outcome == "injured" else None
        if head is None:
            continue
        for a in kept[:i]:
            if (a.initial and a.outcome == "killed" and a.superseded_by is None
                    and head.group("head").lower() in a.victim.lower()
                    and (a.population == b.population
                         or "unknown" in (a.population, b.population))):
                a.superseded_by = b


# "An earlier release reported one death": what a release said before, told after the figure
# that replaces it ("Two ISAF service members were killed ... An earlier release reported one
# death."), not a toll of its own.
_EARLIER_RELEASE = re.compile(
    r"\b(?:earlier|previous|prior)\s+(?:news\s+|press\s+)?(?:releases?|statements?)\b[^.;]{0,40}?"
    r"\b(?:reported|stated|said|announced|indicated)\b[^.;]*$", re.IGNORECASE)


def _restated_by_earlier_release(kept: list[ClaimDraft], b: ClaimDraft,
                                 text: str) -> ClaimDraft | None:
    """The toll told before that an earlier release's figure ``b`` gave way to: of its outcome,
    of its people (or of people it does not name: "one death"), in its section."""
    if not b.count_known or _EARLIER_RELEASE.search(text, b.sentence.start, b.pos) is None:
        return None
    return next((a for a in reversed(kept[-_LOOKBACK:])
                 if a.outcome == b.outcome and a.superseded_by is None and a.count_known
                 # (or the toll it gave way to names no people: "The number of insurgents
                 # killed ... has risen to seven. An earlier release reported that five
                 # insurgents were killed")
                 and (b.population in (a.population, "unknown") or a.population == "unknown")
                 and a.sentence.section == b.sentence.section and a.pos < b.pos), None)
