"""Quantities in conflict reporting: numbers, bounds, ranges, vague terms, implicit counts.

Every reported quantity becomes a ``Count(min, max, vague_term)``: a range, never a guessed
single number (DOMAIN.md: "never average, never invent"). The conventions:

========================================  ==============================================
text                                      Count
========================================  ==============================================
"two", "2", "a dozen", "a couple of"      2..2, 2..2, 12..12, 2..2
"at least two", "no fewer than 2",        2..None
"two or more", "2+"
"more than two", "over 10",               3..None, 11..None (strictly more: N+1)
"more than a dozen"                       13..None
"up to 11", "as many as 11", "at most"    None..11
"fewer than 5", "less than 5"             None..4 (strictly fewer: N-1)
"nearly 10", "almost 10", "close to 10"   None..10 (no lower bound is stated)
"two to five", "2-5", "2–5",              2..5
"between 2 and 5", "two or three"
"around 400", "about", "some",            400..400 with vague_term "around" (the hedge
"approximately", "roughly", "an estimated"  word as written): the number is what was said
"several", "a few", "a number of",        None..None, vague_term as written, lower-cased
"multiple", "numerous", "many", "dozens",  ("dozens of" → "dozens", "a handful of" →
"scores of", "tens of", "hundreds", ...    "a handful")
"an insurgent mortar team", "a cell",     None..None, vague_term "a team", "a cell" (a
"a group of insurgents"                   group of people; "a group of 12" is 12..12,
                                          "a three-man team" 3..3, "the team" no count)
"both", "both men", "both of them"        2..2 ("both X and Y" is no count)
"a policeman", "a Taliban leader"         1..1 (an indefinite singular person noun)
"the driver ... as well as two others"    3..3 (one person plus the others)
"a man and his son", "a woman and her     2..2, 4..4
three children"
"the commander and several others"        1..None, vague_term "several": min counts the
                                          people stated besides the vague group
"no one was killed", "no civilians",      0..0 (a denial)
"nobody", "none", "without casualties"
========================================  ==============================================

What is *not* a quantity: dates ("October 19", "19 October", "2019"), clock times ("9.00 PM",
"nine pm"), ages ("aged 12", "12-year-old"), durations and measures ("two days", "700 pounds",
"10 km", "5%"), money, ordinals ("2nd"), identifiers ("Route 1", "AK-47", "2011-05-S-022") and
hyphenated compounds ("three-vehicle convoy"). ``find_quantities`` skips them; ``numbers_in``
does not (it lists every written integer).

Cost is linear in text length: patterns are compiled once (the big ones on first use),
``find_quantities`` makes one pass over the words and tries its pattern (bounded repetition,
no nested unbounded loops) only at words that can begin a quantity ("two", "at least", "a"
before a person noun...).
About 1 ms per 3 KB article on one core.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from llmextract.schema import Count

__all__ = [
    "QuantityMention",
    "count_contradiction",
    "find_quantities",
    "leading_quantity",
    "minimum",
    "numbers_in",
    "parse_count",
    "vague_to_number",
]

Convention = Literal["acled", "isaf"]


@dataclass(frozen=True)
class QuantityMention:
    """A quantity expression found in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    count: Count


# --- number words -------------------------------------------------------------------------

_UNIT_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE_VALUES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_U = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)"
_W99 = rf"(?:{_TENS}(?:[-\s]{_U}\b)?|{_TEEN}|{_U}|zero)\b"
_W999 = rf"(?:(?:{_W99}|a(?=\s+hundred\b))(?:\s+hundred\b(?:\s+(?:and\s+)?{_W99})?)?)"
_WNUM = (
    rf"(?:(?:{_W999}|a(?=\s+(?:thousand|million)\b))"
    rf"(?:\s+(?:thousand|million)\b(?:,?\s+(?:and\s+)?{_W999})?)?)"
)
# Digits: not part of a decimal, a time, a date code, an identifier ("AK-47") or a word.
_DIG = r"(?<![\w.,/:\-–])(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,12})(?![\w/:]|[.,]\d|[-–]\w)"
_DOZ = rf"(?:(?:a|half\s+a)\s+dozen\b|{_WNUM}(?:\s+dozen\b)?)"
# ("twin suicide bombers": two people)
_COUPLE = (r"(?:a\s+couple(?:\s+of)?|a\s+pair\s+of|twin(?=\s+(?:suicide\s+)?(?:bombers|attackers"
           r"|gunmen|brothers|sisters|sons|daughters)\b))\b")
_NUM = (
    rf"(?:(?<![\w-])(?:{_COUPLE}|{_DOZ})(?!-\w)"
    rf"|{_DIG}(?:\s+(?:hundred|thousand|million|dozen)\b)?)"
)

# --- people -------------------------------------------------------------------------------

_PERSON_SG_TEXT = """
    man woman boy girl child baby infant toddler teenager teen youth youngster civilian person
    individual policeman policewoman officer soldier serviceman servicewoman servicemember
    member marine sailor airman trooper sergeant lieutenant captain colonel fighter militant
    insurgent militiaman gunman sniper bomber attacker rebel jihadist terrorist extremist
    commander subcommander leader facilitator financier supplier smuggler courier operative emir
    deputy driver farmer shepherd herder fisherman journalist reporter photographer cameraman
    doctor nurse medic paramedic worker employee contractor engineer student teacher guard
    bodyguard resident villager passenger pedestrian bystander pilot official mayor governor
    chief cleric imam mullah elder son daughter brother sister father mother husband wife
    relative citizen national refugee detainee prisoner suspect associate victim shopkeeper
    merchant trader vendor labourer laborer volunteer activist commando recruit informant
    tribesman nomad pilgrim worshipper worshiper occupant motorcyclist cyclist sub-commander
    shooter assailant perpetrator infiltrator triggerman trafficker spotter emplacer planner
    interpreter translator cook cleaner gardener janitor waiter schoolteacher schoolboy
    schoolgirl schoolchild schoolmaster captor captive hostage kidnapper abductor grandmother
    grandfather grandson granddaughter grandchild uncle aunt nephew niece cousin passer-by
    passerby
"""
_PERSON_PL_TEXT = """
    men women boys girls children babies infants teenagers youths civilians people persons
    individuals policemen police officers soldiers servicemen servicemembers members troops
    forces personnel marines fighters militants insurgents militiamen gunmen rebels jihadists
    commanders leaders facilitators drivers farmers journalists workers students guards
    bodyguards residents villagers passengers pilots officials sons daughters brothers sisters
    relatives citizens nationals refugees detainees prisoners suspects associates victims
    occupants others shooters assailants perpetrators infiltrators triggermen traffickers
    spotters emplacers planners attackers interpreters translators contractors cooks cleaners
    gardeners janitors waiters schoolteachers schoolboys schoolgirls schoolchildren captors
    captives hostages kidnappers abductors mothers fathers husbands wives grandmothers
    grandfathers grandsons granddaughters grandchildren uncles aunts nephews nieces cousins
    passers-by passersby
"""
_PERSON_SG_WORDS = frozenset(_PERSON_SG_TEXT.split())
_PERSON_PL_WORDS = frozenset(_PERSON_PL_TEXT.split())


def _alternation(words: frozenset[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


_PERSON_SG = _alternation(_PERSON_SG_WORDS)
_PERSON_PL = _alternation(_PERSON_PL_WORDS)
# Nouns a person noun modifies when used as an adjective ("a civilian vehicle", "an insurgent
# leader", "Afghan National Security Forces"): a person noun followed by one of these is not
# the head of the phrase.
_HEADS = (
    r"(?:vehicles?|cars?|trucks?|convoys?|bus|buses|boats?|aircraft|planes?|casualt(?:y|ies)"
    r"|injur(?:y|ies)|deaths?|homes?|houses?|compounds?|positions?|areas?|facilit(?:y|ies)"
    r"|airports?|hospitals?|population|targets?|bases?|camps?|checkpoints?|networks?|cells?"
    r"|groups?|activit(?:y|ies)|attacks?|fire|uniforms?|cloth(?:es|ing)|government|status"
    r"|council|institutions?|infrastructure|neighbou?rhoods?|districts?|villages?|shelters?"
    r"|gatherings?|movement|tunnels?|safe|hide|weapons?|forces|security|army|police"
    r"|directorate|support|presence|structures?|buildings?|property|li(?:fe|ves)|side|toll"
    r"|numbers?|counts?|figures?|sources?|unit|units|team|teams|patrols?|operations?|school"
    r"|schools?|market|markets|routes?|roads?|leadership|fighting|hideouts?|stronghold"
    r"|strongholds?|element|elements|'s|’s)"
)
_NUMBER_WORD_STOP = "|".join(
    w for w in _UNIT_VALUES if w not in {"zero"}
)
_STOP = (
    r"(?:the|a|an|of|and|or|but|with|by|in|on|at|to|for|from|into|onto|that|which|who|whom"
    r"|whose|where|when|while|was|were|is|are|be|been|being|has|had|have|his|her|their|its"
    r"|as|near|during|after|before|than|this|these|those|there|it|he|she|they|not|no|also"
    r"|said|says|told|what|other|others|dozen|hundred|thousand|number|few|couple|against"
    r"|toward|towards|through|across|over|under|behind|around|about|between|among|within"
    r"|without|via|per|like|including|targeting|if|so|such|both|all|any|some|each|every|"
    + _NUMBER_WORD_STOP
    + r")"
)
_MOD = rf"(?:(?!{_STOP}\b)(?:(?:[A-Za-z]\.){{2,}}|[\w'’()-]+))"
# A person noun heading its phrase: not followed by a noun it would modify.
_HEAD_SG = rf"{_PERSON_SG}(?![\w-]|\s+(?:{_PERSON_SG}|{_PERSON_PL}|{_HEADS})(?![\w-]))"
_NMOD = rf"(?:or|and|{_MOD})"

# --- vague terms and bounds ---------------------------------------------------------------

_VAGUE = (
    r"(?:an?\s+(?:(?:large|small|significant|unknown|undetermined|unspecified|undisclosed"
    r"|growing|limited|substantial|considerable|great|high|huge|handful)\s+)?number\s+of"
    r"|a\s+few|a\s+handful(?:\s+of)?|several|multiple|numerous|many|countless|various"
    r"|tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of|dozens(?:\s+of)?"
    r"|scores\s+of|hundreds(?:\s+of)?|thousands(?:\s+of)?)"
)
_AT_LEAST = r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of"
_MORE = r"more\s+than|over|upwards\s+of|in\s+excess\s+of|greater\s+than"
_UP_TO = r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of"
_FEWER = r"fewer\s+than|less\s+than"
_NEARLY = r"nearly|almost|close\s+to|just\s+under|just\s+short\s+of|approaching"
_APPROX = (
    r"about|around|approximately|roughly|some|an\s+estimated|estimated|circa|approx\."
    r"|an\s+approximate"
)
_PRE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"(?:{pattern})\Z", re.IGNORECASE))
    for kind, pattern in (
        ("at_least", _AT_LEAST), ("more", _MORE), ("up_to", _UP_TO), ("fewer", _FEWER),
        ("nearly", _NEARLY), ("approx", _APPROX),
    )
)
_PRE = rf"(?:(?P<pre>{_AT_LEAST}|{_MORE}|{_UP_TO}|{_FEWER}|{_NEARLY}|{_APPROX})\s+)"

# A group of people named by a collective noun ("an insurgent mortar team", "a Taliban cell")
# is several people, not one: a vague count coded like "a few" (``vague_to_number``). Units,
# patrols, families and networks are left out: their size is anyone's guess (a unit can be a
# battalion). "a three-man team" states its size; "a group of 12 fighters" is the number's;
# "a cell leader", "a team member" are one person (the noun then modifies the next word).
_GROUP_NOUN_WORDS = frozenset({"team", "cell", "crew", "squad", "group", "band", "gang"})
_GROUP_NOUN = _alternation(_GROUP_NOUN_WORDS)
_GROUP_WORD = re.compile(rf"\b{_GROUP_NOUN}\b")  # on lower-cased text
_SIZE_WORDS = frozenset({"man", "member", "person", "strong"})
_GROUP_SIZE = rf"(?:\d{{1,3}}|{_TENS}(?:-{_U})?|{_TEEN}|{_U})"
_ANY_PRE = rf"(?:(?:{_AT_LEAST}|{_MORE}|{_UP_TO}|{_FEWER}|{_NEARLY}|{_APPROX})\s+)"
_GROUP_END = (
    rf"(?![\w-])(?!\s+of\s+{_ANY_PRE}?(?:{_NUM}|{_VAGUE}))"
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:\w+ing|\w+ed|of|was|were|is|are|had|has|have|in|on|at"
    r"|near|by|from|during|after|before|while|when|as|who|which|that|and|or|with|whose"
    r"|believed|responsible|also|then|inside|outside|to|into|for|under|behind|armed"
    r"|allegedly|reportedly|suspected)\b)"
)
# A person noun modifying a group noun ("an insurgent mortar team", "the insurgent mortar
# team") is not one person.
_NOT_OF_A_GROUP = rf"(?!(?:\s+{_MOD}){{0,2}}?\s+{_GROUP_NOUN}(?![\w-]))"
# "both" counts two people as a determiner ("both men", "both of them") or a pronoun ("killing
# both.", "both were killed"), not in "both Afghan and coalition forces" or "both men and
# women".
_BOTH_AS_COUNT = (
    rf"(?![\w-])(?=\s+of\s+(?:them|those|these|whom|the\s+(?:{_MOD}\s+){{0,2}}?{_PERSON_PL}"
    rf"(?![\w-]))|\s+(?:{_MOD}\s+){{0,2}}?{_PERSON_PL}(?![\w-])(?!\s*(?:,|&|and\b|or\b))"
    r"|\s*(?:[.,;:!?)\"”’]|$)|\s+(?:were|are|had|have|died|remain(?:ed|s)?|suffered"
    r"|sustained|survived|later|also|now|reportedly|allegedly|then|belonged|lived|worked"
    r"|being|been)\b)"
)

# ``find_quantities`` tries the big pattern only where a quantity can begin, decided from the
# word and the few words after it with set look-ups: one cheap word scan plus a few anchored
# matches keeps the cost linear and small.
_NUMBER_WORDS = frozenset({*_UNIT_VALUES, "a", "half", "dozen", "hundred", "thousand"})
_ALWAYS = frozenset({
    *_UNIT_VALUES, "no", "none", "nobody", "without", "several", "multiple", "numerous", "many",
    "countless", "various", "tens", "dozens", "scores", "hundreds", "thousands", "half",
    "both", "twin",
})
_NEXT_WORD = {
    "in": {"excess"}, "as": {"many"}, "at": {"least", "most"}, "up": {"to"}, "do": {"not"},
    "does": {"not"}, "did": {"not"}, "not": {"more", "fewer", "less"}, "close": {"to"},
    "just": {"under", "short"},
}
_BEFORE_A_NUMBER = frozenset({
    "more", "over", "upwards", "greater", "fewer", "less", "nearly", "almost", "approaching",
    "about", "around", "approximately", "roughly", "some", "estimated", "circa", "approx",
    "between", "from",
})
_AFTER_A = frozenset({
    "dozen", "couple", "pair", "hundred", "thousand", "million", "number", "few", "handful",
    "minimum", "maximum", "estimated", "approximate", "large", "small", "significant",
    "unknown", "undetermined", "unspecified", "undisclosed", "growing", "limited",
    "substantial", "considerable", "great", "high", "huge",
})


# (a hyphened noun is seen by its first word: "a passer-by")
_A_HEAD_WORDS = _PERSON_SG_WORDS | _GROUP_NOUN_WORDS | frozenset(
    w.split("-")[0] for w in _PERSON_SG_WORDS if "-" in w)
_LOOK_AHEAD = frozenset({*_NEXT_WORD, *_BEFORE_A_NUMBER, "a", "an", "the"})


def _may_start(word: str, following: list[str]) -> bool:
    """Whether a quantity can begin at ``word`` (lower case), given the next words."""
    if word[0].isdigit() or word in _ALWAYS:
        return True
    if word in _NEXT_WORD:
        return bool(following) and following[0] in _NEXT_WORD[word]
    if word in _BEFORE_A_NUMBER:
        return any(w[0].isdigit() or w in _NUMBER_WORDS for w in following[:3])
    if word in ("a", "an", "the"):
        if word != "the" and following and following[0] in _AFTER_A:
            return True
        return any(w in _A_HEAD_WORDS for w in following[:6])
    return False


_WORD = re.compile(r"[^\W_]+")


class _Lazy:
    """A pattern compiled on first use: ``import llmextract`` and ``llmextract --help`` must not
    pay for the quantity patterns, and an article pays only for the ones it reaches (compiling
    costs about 1 ms per KB of pattern, and a process that extracts one article is mostly
    start-up)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled.match(text, pos)


# Tried at a word start that can begin a quantity: the first alternative that matches wins.
# Each alternative is its own pattern, tried in this order, which is what one alternation of
# them all matches (an alternation anchored at ``pos`` with nothing after it takes its first
# alternative that matches). Kept apart, each is compiled once and only when first reached (the
# whole is ~51 KB of regular expression, ~50 ms to compile), and ``_scan`` skips those that
# cannot match at a word without trying them. (One pattern with the skipped alternatives
# disabled would need a compiled copy per combination: four of them cost ~0.2 s per process.)
_QUANTITY_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    ("neg", rf"""(?P<neg>(?<![\w-])(?:
        no[\s-]?one | nobody | none
      | no\s+(?:reports?\s+of\s+)?(?:{_NMOD}\s+){{0,3}}?
            (?:{_PERSON_PL}|casualties|injuries|deaths|fatalities|losses)
      | without\s+(?:any\s+)?(?:casualties|injuries|fatalities|loss\s+of\s+life)
      | (?:did|does|do)\s+not\s+(?:kill|injure|wound|harm|hurt)\s+any(?:one|body)
    )(?![\w-]))"""),
    ("add", rf"""(?P<add>(?<![\w-])(?:the|an?)\s+(?:{_MOD}\s+){{0,4}}?{_HEAD_SG}
        (?:\s+(?-i:[A-Z])[\w'’-]+){{0,3}}
        (?:\s+(?:of|from|in|at|near|inside|on|with|for)\s+[^.;:!?\n,]{{1,40}}?)?
        ,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|in\s+addition\s+to)\s+
        (?P<addn>{_NUM}|(?<![\w-]){_VAGUE})\s+
        (?:others?\b|more\b|additional\b|of\s+(?:his|her|their)\b
           |(?:{_MOD}\s+){{0,3}}?(?:{_PERSON_PL}(?![\w-])|{_HEAD_SG})))"""),
    ("pair", rf"""(?P<pair>(?<![\w-])an?\s+(?:{_MOD}\s+){{0,3}}?{_HEAD_SG}\s+and\s+
        (?:his|her|their|an?)\s+
        (?:(?P<pairn>{_NUM})\s+(?:{_MOD}\s+){{0,2}}?(?:{_PERSON_PL}(?![\w-])|{_HEAD_SG})
           |(?:{_MOD}\s+){{0,2}}?{_HEAD_SG}))"""),
    ("q", rf"""(?<![\w-])(?P<q>{_PRE}?(?:
        between\s+(?P<ba>{_NUM})\s+and\s+(?P<bb>{_NUM})
      | (?P<from>from)\s+(?P<fa>{_NUM})\s+to\s+(?P<fb>{_NUM})
      | (?<![\w.,/:\-–])(?P<da>\d{{1,4}})\s*[-–—]\s*(?P<db>\d{{1,4}})(?![\w/:]|[.,]\d|[-–]\w)
      | (?P<ta>{_NUM})(?:\s+(?:to|or)\s+(?P<tb>{_NUM}))?
    )(?P<suf>\s+or\s+more\b|\s+or\s+so\b|\+(?!\d)|-plus\b)?)"""),
    ("vague", rf"(?P<vague>(?<![\w-]){_VAGUE}(?![\w-]))"),
    ("both", rf"(?P<both>(?<![\w-])both{_BOTH_AS_COUNT})"),
    ("group", rf"""(?P<group>(?<![\w-])(?:
        (?:an?|the)\s+(?:{_MOD}\s+){{0,2}}?(?P<gn>{_GROUP_SIZE})[-\s](?:man|member|person|strong)
            \s+(?:{_MOD}\s+){{0,2}}?{_GROUP_NOUN}
      | an?\s+(?:{_MOD}\s+){{0,3}}?(?P<gw>{_GROUP_NOUN})
    ){_GROUP_END})"""),
    ("one", rf"(?P<one>(?<![\w-])an?\s+(?:{_MOD}\s+){{0,4}}?{_HEAD_SG}(?!['’]s\b)"
            rf"{_NOT_OF_A_GROUP})"),
)
# The words (lower case) an alternative can begin with, None for any: the others fail at their
# first word, so ``_scan`` does not try them there. (The words ``_scan`` tries are those of
# ``_ALWAYS`` and ``_LOOK_AHEAD`` and digits; none of them matches a letter of these only by
# IGNORECASE's case folding.)
_ARTICLES = frozenset({"a", "an", "the"})
_FIRST_WORDS: dict[str, frozenset[str] | None] = {
    "neg": frozenset({"no", "noone", "nobody", "none", "without", "do", "does", "did"}),
    "add": _ARTICLES,
    "pair": frozenset({"a", "an"}),
    "q": None,
    "vague": frozenset({
        "a", "an", "several", "multiple", "numerous", "many", "countless", "various", "tens",
        "dozens", "scores", "hundreds", "thousands",
    }),
    "both": frozenset({"both"}),
    "group": _ARTICLES,
    "one": frozenset({"a", "an"}),
}
_QUANTITY: tuple[tuple[str, _Lazy, frozenset[str] | None], ...] = tuple(
    (name, _Lazy(pattern, re.IGNORECASE | re.VERBOSE), _FIRST_WORDS[name])
    for name, pattern in _QUANTITY_ALTERNATIVES
)
_NUM_RE = re.compile(_NUM, re.IGNORECASE)
# Lower-case pieces of the joining words the implicit counts ("add", "pair") need: "and", "as
# well as", "along with", "together with", "plus", "in addition to" (none with "i" or "s",
# which IGNORECASE also matches in characters that lower-case to something else).
_JOINING = ("and", "well", "along", "together", "plu", "add")

# --- what a number next to it says it is not a count -----------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH"
    r"|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s*\Z")
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b")
_TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock|hrs\b|gmt\b|utc\b|local\s+time)", re.IGNORECASE
)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s*\Z", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|(?:per\s*cent|percent|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?"
    r"|weeks?|months?|years?|yrs?|decades?|centur(?:y|ies)|kilomet(?:er|re)s?|km|kms|miles?"
    r"|met(?:er|re)s?|m|feet|foot|ft|yards?|inch(?:es)?|cm|mm|millimet(?:er|re)s?|kg|kilos?"
    r"|kilograms?|grams?|g|pounds?|lbs?|tons?|tonnes?|dollars?|euros?|usd|liras?|afghanis?"
    r"|riyals?|rials?|dinars?|times|acres?|hectares?|degrees?|calib(?:er|re)|sq)\b)",
    re.IGNORECASE,
)
_TIME_UNIT_AFTER = re.compile(
    r"\s*(?:of\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|times"
    r"|centuries|kilomet(?:er|re)s|miles|met(?:er|re)s)\b",
    re.IGNORECASE,
)
_ID_BEFORE = re.compile(
    r"(?:\b(?:no|nos|number|route|highway|hwy|resolution|article|brigade|division|battalion"
    r"|regiment|unit|camp|checkpoint|building|block|sector|zone|station|phase|page|chapter"
    r"|section|flight|decree|room|gate|post|hill|level|squadron|platoon|corps|fleet|wing"
    r"|team|line|road|street|avenue|lane|channel|grade|class|paragraph|item|volume|version"
    r"|code|point|base|exit|junction|marker|km|kilomet(?:er|re)|mile|day|week|year|percent)"
    r"\.?|[#№$€£])\s*\Z",
    re.IGNORECASE,
)
_ONE_PRONOUN_BEFORE = re.compile(
    r"\b(?:the|this|that|which|any|every|each|no|only|last|next)\s+\Z", re.IGNORECASE
)
_ANOTHER_AFTER = re.compile(r"\s+another\b", re.IGNORECASE)
_MANY_CONTEXT = re.compile(r"\b(?:how|as)\s+\Z", re.IGNORECASE)
_PERSON_PL_AFTER = _Lazy(rf"\s+(?:{_MOD}\s+){{0,2}}?{_PERSON_PL}\b", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increasing|climbed|jumped|grew|raised|went\s+up"
    r"|fell|dropped|decreased|revised|updated|changed)\b[^.;!?]{0,30}\Z",
    re.IGNORECASE,
)


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_DIGITS = re.compile(r"\d+")
_NUMBER_SPLIT = re.compile(r"[\s-]+")


def _word_number(text: str) -> int:
    """The value of a number phrase matched by ``_NUM`` ("two hundred and fifty" → 250)."""
    t = text.lower().replace(",", "")
    if _DIGITS.fullmatch(t):
        return int(t)
    words = _NUMBER_SPLIT.split(t)
    if words[-1] == "dozen":
        head = " ".join(words[:-1])
        if head in ("a", "one"):
            return 12
        if head == "half a":
            return 6
        return _word_number(head) * 12
    if words[0] == "a" and len(words) >= 2 and words[1] in ("couple", "pair"):
        return 2
    if words[0] == "twin":
        return 2
    total = 0
    current = 0
    for word in words:
        if word == "and" or word == "":
            continue
        if word == "a":
            current = 1
        elif word.isdigit():
            current += int(word)
        elif word in _UNIT_VALUES:
            current += _UNIT_VALUES[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALE_VALUES:
            total += max(current, 1) * _SCALE_VALUES[word]
            current = 0
    return total + current


def _vague_term(text: str) -> str:
    """The vague term as written, lower-cased, without a dangling "of" ("dozens of" → "dozens")."""
    term = " ".join(text.lower().split())
    if term.endswith(" of") and not term.endswith("number of") and " of " not in term[:-3]:
        term = term[:-3]
    return term


def _count_from_bounds(kind: str | None, lo: int, hi: int, pre: str | None) -> Count:
    if kind == "at_least":
        return Count(min=lo)
    if kind == "more":
        return Count(min=lo + 1)
    if kind in ("up_to", "nearly"):
        return Count(max=hi)
    if kind == "fewer":
        return Count(max=max(hi - 1, 0))
    if kind == "approx" and pre is not None:
        return Count(min=lo, max=hi, vague_term=" ".join(pre.lower().split()))
    return Count(min=lo, max=hi)


def _pre_kind(pre: str | None) -> str | None:
    if pre is None:
        return None
    for kind, pattern in _PRE_KINDS:
        if pattern.match(pre):
            return kind
    return None


_LEADING_ZERO = re.compile(r"0\d+")
_FOUR_DIGITS = re.compile(r"\d{4,}")


def _not_a_count(text: str, start: int, end: int, single: str | None) -> bool:
    """Whether the number(s) at text[start:end] are a date, time, age, measure or identifier.

    ``single`` is the number's text when the match is one bare number (for year/pronoun rules).
    """
    before = text[max(0, start - 24):start]
    after = text[end:end + 30]
    if _TIME_AFTER.match(after) or _UNIT_AFTER.match(after):
        return True
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return True
    if _AGE_BEFORE.search(before) or _ID_BEFORE.search(before):
        return True
    if single is not None:
        if _LEADING_ZERO.fullmatch(single):
            return True  # "0591": a code
        if _FOUR_DIGITS.fullmatch(single) and not _PERSON_PL_AFTER.match(after):
            return True  # a year ("2019") or a reference number; counts this big take a comma
        if single.lower() == "one" and (
            _ONE_PRONOUN_BEFORE.search(before) or _ANOTHER_AFTER.match(after)
        ):
            return True
    return False


def _mention(text: str, start: int, end: int, count: Count) -> QuantityMention:
    return QuantityMention(start=start, end=end, text=text[start:end], count=count)


def _from_q(m: re.Match[str], text: str) -> list[QuantityMention]:
    start, end = m.span("q")
    pre = m.group("pre")
    kind = _pre_kind(pre)
    suffix = (m.group("suf") or "").strip().lower()
    for a_name, b_name in (("ba", "bb"), ("fa", "fb"), ("da", "db"), ("ta", "tb")):
        if m.group(b_name) is None:
            continue
        lo, hi = _word_number(m.group(a_name)), _word_number(m.group(b_name))
        changed = a_name == "fa" and _CHANGE_BEFORE.search(text[max(0, start - 40):start])
        if _not_a_count(text, start, end, None):
            return []
        if (_YEAR_LIKE.fullmatch(m.group(a_name)) and _YEAR_LIKE.fullmatch(m.group(b_name))
                and not _PERSON_PL_AFTER.match(text, end)):
            return []  # "2019-2020", "between 2019 and 2021": years
        if lo < hi and not changed:
            return [_mention(text, start, end, _count_from_bounds(kind, lo, hi, pre))]
        if a_name == "da":
            return []  # "2011-05", "10-3": an identifier or a score, not a range
        # "from seven to nine" after "rose", "three or two": two separate numbers.
        out = []
        for name in (a_name, b_name):
            value = _word_number(m.group(name))
            out.append(_mention(text, m.start(name), m.end(name), Count(min=value, max=value)))
        return out
    number = m.group("ta")
    value = _word_number(number)
    if _not_a_count(text, start, end, number if pre is None and not suffix else None):
        return []
    if suffix in ("or more", "+", "-plus"):
        count = Count(min=value)
    elif suffix == "or so":
        count = Count(min=value, max=value, vague_term="or so")
    else:
        count = _count_from_bounds(kind, value, value, pre)
    return [_mention(text, start, end, count)]


def _implicit_count(m: re.Match[str], group: str, number_group: str) -> Count:
    extra_text = m.group(number_group)
    if extra_text is None:
        return Count(min=2, max=2) if group == "pair" else Count(min=1, max=1)
    if _NUM_RE.fullmatch(extra_text):
        n = 1 + _word_number(extra_text)
        return Count(min=n, max=n)
    return Count(min=1, vague_term=_vague_term(extra_text))


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity expression in ``text``, left to right, non-overlapping.

    A mention's span is the quantity expression: "at least two", "several", "two to five",
    "around 400"; for implicit counts and denials it is the whole phrase ("a policeman", "the
    driver of one of the machines as well as two others", "No civilians"). The noun a number
    counts is left to the caller (it follows ``end``). Dates, times, ages, measures and
    identifiers are skipped (module doc).
    """
    return _scan(text, None)


def leading_quantity(text: str) -> QuantityMention | None:
    """The quantity expression ``text`` opens with (after leading whitespace), or None:
    ``find_quantities(text)[0]`` when that starts there, found without reading further."""
    first = len(text) - len(text.lstrip())
    found = _scan(text, first)
    return found[0] if found and found[0].start == first else None


def _scan(text: str, last_start: int | None) -> list[QuantityMention]:
    """``find_quantities``; with ``last_start``, only the words starting at or before it are
    tried (the result is then the beginning of the full one)."""
    found: list[QuantityMention] = []
    pos = 0
    lower = text.lower()
    # where the last joining word starts: one can follow a word only if that word starts no
    # later (offsets agree when lower-casing kept the length; else assume one follows)
    # (``map`` over the bound method: the same values without a generator per phrase)
    last_joining = (max(map(lower.rfind, _JOINING)) if len(lower) == len(text)
                    else len(text))
    for word in _WORD.finditer(text):
        start = word.start()
        if last_start is not None and start > last_start:
            break
        if start < pos:
            continue
        token = word.group().lower()
        grouped = False
        if not (token[0].isdigit() or token in _ALWAYS):
            if token not in _LOOK_AHEAD:
                continue
            following = [w.lower() for w in _WORD.findall(text, word.end(), word.end() + 80)[:6]]
            if not _may_start(token, following):
                continue
            # (after a size the group noun can be a seventh word: "a two-man insurgent mortar
            # team")
            grouped = token in ("a", "an", "the") and (
                not _GROUP_NOUN_WORDS.isdisjoint(following) or (
                    not _SIZE_WORDS.isdisjoint(following)
                    and _GROUP_WORD.search(lower, word.end(), word.end() + 150) is not None))
        # the implicit counts ("add", "pair") need a joining word after the start, and a
        # collective noun ("group") must be among the next words
        joined = start <= last_joining
        for name, alternative, first_words in _QUANTITY:
            if first_words is not None and token not in first_words:
                continue
            if (name in ("add", "pair") and not joined) or (name == "group" and not grouped):
                continue
            m = alternative.match(text, start)
            if m is not None:
                break
        else:
            continue
        pos = m.end()
        if name == "q":
            found.extend(_from_q(m, text))
        elif name == "neg":
            found.append(_mention(text, m.start(), m.end(), Count(min=0, max=0)))
        elif name == "add":
            found.append(_mention(text, m.start(), m.end(), _implicit_count(m, "add", "addn")))
        elif name == "pair":
            found.append(_mention(text, m.start(), m.end(), _implicit_count(m, "pair", "pairn")))
        elif name == "vague":
            term = _vague_term(m.group("vague"))
            before = text[max(0, m.start() - 8):m.start()]
            if _TIME_UNIT_AFTER.match(text, m.end()):
                continue  # "several days", "dozens of times"
            if term == "many" and _MANY_CONTEXT.search(before):
                continue  # "how many", "as many as the ..."
            found.append(_mention(text, m.start(), m.end(), Count(vague_term=term)))
        elif name == "both":
            found.append(_mention(text, m.start(), m.end(), Count(min=2, max=2)))
        elif name == "group":
            if m.group("gn") is not None:  # "a three-man team"
                size = _word_number(m.group("gn"))
                count = Count(min=size, max=size)
            else:
                count = Count(vague_term="a " + m.group("gw").lower())
            found.append(_mention(text, m.start(), m.end(), count))
        else:  # "one"
            found.append(_mention(text, m.start(), m.end(), Count(min=1, max=1)))
    return found


_DEFINITE_PERSON = _Lazy(
    rf"(?<![\w-])(?:the|his|her|their|its|whose)\s+(?:{_MOD}\s+){{0,4}}?{_HEAD_SG}(?!['’]s\b)"
    rf"{_NOT_OF_A_GROUP}",
    re.IGNORECASE,
)


def parse_count(phrase: str) -> Count | None:
    """The count a short phrase states ("at least two people" → 2..None), or None.

    The phrase's first quantity wins ("killing two people and wounding seven others" → 2..2);
    give the phrase of one claim. A phrase naming one definite person and no number ("the
    commander") is 1..1. None when the phrase states no quantity ("civilians were killed").
    """
    mentions = find_quantities(phrase)
    if mentions:
        return mentions[0].count
    if _DEFINITE_PERSON.compiled.search(phrase):
        return Count(min=1, max=1)
    return None


_NOT_A_NUMBER_TOKEN = re.compile(r"\d+(?:[.:]\d+)+|\d{16,}")
_ANY_NUMBER = _Lazy(
    rf"(?<![\w.,:])\d+(?:[.:]\d+)+(?![\w])"  # decimals and clock times: not integers
    rf"|(?<![\d,])\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+"
    rf"|(?<![\w-])(?:{_DOZ}|{_COUPLE}|{_WNUM})",
    re.IGNORECASE,
)


def numbers_in(text: str) -> list[int]:
    """Every integer written in ``text``, in digits or words, left to right.

    Unlike ``find_quantities`` this includes years, days of the month and identifiers ("2020",
    "19", "47" of "AK-47"); decimals and clock times ("9.00", "21:30") are not integers and
    yield nothing. "a dozen" is 12, "a couple of" 2, "two hundred and fifty" 250; a bare "a"
    is not a number.
    """
    values: list[int] = []
    for m in _ANY_NUMBER.compiled.finditer(text):
        token = m.group(0)
        if _NOT_A_NUMBER_TOKEN.fullmatch(token):
            continue  # a decimal, a clock time, or a digit string too long to be a number
        values.append(_word_number(token))
    return values


# --- the LLM-path check --------------------------------------------------------------------
#
# ``count_contradiction`` decides whether a model is asked again about a claim's count, and a
# false alarm makes a model change a correct count. So the check reads a quote into the parts
# it is sure of and answers None wherever it is not. Its reading differs from the rules
# backend's in a few places (attribution nouns, "that one of its members", "denied that any",
# definite persons in a group); those live here, not in ``find_quantities``, so the rules
# backend's output does not move. The patterns are compiled on first use: the rules backend
# never pays for them.


def _describe(count: Count) -> str:
    lo, hi = count.min, count.max
    if lo is not None and hi is not None:
        text = str(lo) if lo == hi else f"{lo} to {hi}"
        if count.vague_term:
            return f"{count.vague_term} {text}"
        return text
    if lo is not None:
        if count.vague_term:
            return f"{lo} plus {count.vague_term}"
        return f"at least {lo}"
    if hi is not None:
        return f"at most {hi}"
    return count.vague_term or "an unstated number"


def _interval(count: Count) -> tuple[int, float]:
    lo = count.min if count.min is not None else 0
    hi: float = count.max if count.max is not None else float("inf")
    if count.vague_term and count.min is not None and count.min == count.max:
        # "around 400": a hedge, so allow a quarter either way (at least one).
        slack = max(1, count.min // 4)
        lo, hi = max(0, count.min - slack), count.min + slack
    return lo, hi


@dataclass(frozen=True)
class _Part:
    """A counted element of a quote. ``kind``: "stated" (a number, bound, range or denial),
    "implicit" (a person plus a number: "a woman and her three children"), "definite" (one
    named person: "their father", counted only inside a coordinated group) or "vague"."""

    start: int
    end: int
    count: Count
    kind: Literal["stated", "implicit", "definite", "vague"]
    hedged: bool = False  # "nearly 10", "almost 10": a ceiling that is not a stated maximum
    ordinal: bool = False  # "another soldier", "a third person": one more than a count before


@dataclass(frozen=True)
class _Reading:
    """A number the quote supports: the interval, and whether its open end is a stated bound
    the claim may not go past ("at least 5": a claim's min above 5 is unsupported)."""

    lo: int
    hi: float
    lower_bound: bool
    upper_bound: bool
    start: int
    end: int
    count: Count


_COORD = r"(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|in\s+addition\s+to|alongside)"
_POSSESSIVE = r"(?:his|her|their|its|our|the)"
# Words that end a noun phrase: a clause goes on, so an "and" after them joins statements, not
# people ("killing two people and wounding seven").
_CLAUSE_TEXT = """
    was were is are be been being has had have having said says say told tells reported reports
    stated added adds wrote writes confirmed confirms noted claimed claims announced denied
    denies also then later but or while when after before during since until who whom which
    that where it he she we i you there this in on at by for from to into onto with without near
    of as than not no yet still today yesterday tonight now again when died die dies remain
    remained remains left leaving according reportedly allegedly including inside outside under
    over across through against behind around amid among between
"""
_CLAUSE_WORDS = frozenset(_CLAUSE_TEXT.split())
# The words a noun phrase after a number may hold ("two people in a car and three on a
# motorbike" is one group): prepositions yes, verbs and coordinators no.
_PREPOSITION_TEXT = """
    in on at by for from to into onto with without near of inside outside under over across
    through against behind around amid among between
"""
_PREPOSITIONS = frozenset(_PREPOSITION_TEXT.split())
_TAIL_STOP = (_CLAUSE_WORDS - _PREPOSITIONS) | {"and", "plus", "along", "together", "alongside"}
# Nouns of things, not people: an "and" before or after one of them does not join people.
_THING_TEXT = """
    vehicle vehicles car cars truck trucks bus buses boat boats aircraft plane planes drone
    drones helicopter helicopters tank tanks house houses home homes building buildings
    compound compounds position positions area areas facility facilities airport airports
    hospital hospitals school schools market markets mosque mosques church churches shop shops
    road roads bridge bridges base bases camp camps checkpoint checkpoints depot depots
    warehouse warehouses weapon weapons ammunition arms explosives rocket rockets missile
    missiles shell shells mortar mortars bomb bombs infrastructure property damage fire
    equipment motorcycle motorcycles village villages town towns city cities district districts
    province provinces region morning afternoon evening night day days week weeks month months
    year years monday tuesday wednesday thursday friday saturday sunday hours minutes
"""
_THING_WORDS = frozenset(_THING_TEXT.split())
_SPEECH = (
    r"(?:said|says|told|tells|stated|states|reported|reports|confirmed|confirms|added|adds"
    r"|wrote|writes|noted|notes|claimed|claims|announced|announces|denied|denies|insisted"
    r"|declared|explained|described|warned|spoke|speaking|quoted|who\s+(?:spoke|asked"
    r"|requested|declined|was\s+not|were\s+not))"
)
_OUTCOMES = (
    ("killed", re.compile(r"\b(?:kill|dead|death|died|die\b|dying|fatal|slain|eliminat"
                          r"|lost\s+their\s+lives|lives)", re.IGNORECASE)),
    ("injured", re.compile(r"\b(?:wound|injur|hurt)", re.IGNORECASE)),
    ("captured", re.compile(r"\b(?:detain|arrest|captur|seiz|abduct|kidnap)", re.IGNORECASE)),
    ("missing", re.compile(r"\bmissing\b", re.IGNORECASE)),
)


@dataclass(frozen=True)
class _CheckPatterns:
    gap: re.Pattern[str]
    left: re.Pattern[str]
    right: re.Pattern[str]
    attribution_after: re.Pattern[str]
    attribution_before: re.Pattern[str]
    extra: tuple[tuple[re.Pattern[str], Count, tuple[str, ...]], ...]
    definite: re.Pattern[str]
    implicit: re.Pattern[str]
    uncountable: re.Pattern[str]
    ordinal: re.Pattern[str]
    additive: re.Pattern[str]
    hedged: re.Pattern[str]
    noun: re.Pattern[str]


@functools.cache
def _check_patterns() -> _CheckPatterns:
    word = r"(?:(?:[A-Za-z]\.){2,}|[\w'’-]+)"
    tail_word = rf"(?!(?:{'|'.join(sorted(_TAIL_STOP))})\b){word}"
    tail = rf"(?:\s+{tail_word}){{0,6}}?"
    sep = rf"(?P<sep>\s*,\s*(?:{_COORD}\s+)?|\s+{_COORD}\s+)"
    flags = re.IGNORECASE
    return _CheckPatterns(
        # between two parts of one group: "brothers and ", " children, and her "
        gap=re.compile(rf"{tail}{sep}(?:{_POSSESSIVE}\s+)?", flags),
        # the element before a part: "them along with ", "Rostum and his "
        left=re.compile(rf"(?P<w>{word})\s*{sep}(?:(?:{_POSSESSIVE}|an?)\s+)?\Z", flags),
        # the element after a part: " fighters and civilians"
        right=re.compile(
            rf"{tail}{sep}(?:(?:{_POSSESSIVE}|an?|other|another|all|some)\s+)*(?P<w>{word})",
            flags),
        # "a doctor at the city's hospital said", "A U.S. official, speaking on condition ..."
        attribution_after=re.compile(
            r"(?:\s+(?:of|at|from|in|for|with|on|to|who\s+works\s+(?:at|for))\s+"
            r"[^.;:!?,\n]{1,60}?)?(?:\s*,[^.;:!?\n]{1,80}?,)?\s+(?:has\s+|had\s+|also\s+)?"
            rf"{_SPEECH}\b", flags),
        attribution_before=re.compile(
            r"(?:\b(?:according\s+to|quoted|quoting|citing)|[,;]\s*(?:said|says|added|told))\s+\Z",
            flags),
        extra=(
            # "said that one of its members had been killed" (read as a pronoun by the reader)
            (re.compile(rf"(?<![\w-])(?P<q>one\s+of\s+{_POSSESSIVE}\s+(?:{_MOD}\s+){{0,2}}?"
                        rf"{_PERSON_PL})(?![\w-])", flags), Count(min=1, max=1), ("one",)),
            # "reported that one insurgent had been killed"
            (re.compile(rf"\bthat\s+(?P<q>one\s+(?:{_MOD}\s+){{0,2}}?{_HEAD_SG})", flags),
             Count(min=1, max=1), ("that",)),
            # "denied that any of its members had been killed", "denied any civilians were ..."
            (re.compile(
                r"\b(?P<q>(?:denied|denies|deny|denying|rejects|rejected)\s+(?:(?:that"
                r"|reports\s+that|claims\s+that)\s+)?"
                rf"any(?:one|body|\s+(?:of\s+{_POSSESSIVE}\s+)?(?:{_MOD}\s+){{0,2}}?"
                rf"(?:{_PERSON_PL}|casualties|deaths|injuries)))(?![\w-])", flags),
             Count(min=0, max=0), ("den", "rej")),
        ),
        definite=_DEFINITE_PERSON.compiled,
        # an implicit count from find_quantities: a person plus others ("a man and his son")
        implicit=re.compile(rf"(?:the|an?)\s.*\b{_COORD}\b", flags | re.DOTALL),
        # the quote counts from a base it does not state
        uncountable=re.compile(r"\b(?:the\s+rest|the\s+remain(?:der|ing))\b", flags),
        # one more person than a count stated before: "another soldier", "a third person"
        ordinal=re.compile(
            r"(?<![\w-])(?:another|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            rf"|tenth|further))(?:\s+{_MOD}){{0,2}}?\s+{_HEAD_SG}", flags),
        additive=re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:others?|more|additional|another)\b",
                            flags),
        hedged=re.compile(rf"(?:{_NEARLY})\b", flags),
        # the people a number counts, for the message: "two" -> "two people"
        noun=re.compile(rf"(?:\s+{_MOD}){{0,2}}?\s+(?:{_PERSON_PL}|{_PERSON_SG})(?![\w-])",
                        flags),
    )


def _quote_parts(quote: str, patterns: _CheckPatterns) -> list[_Part]:
    """The quote's counted elements, left to right, without attribution nouns."""
    parts: list[_Part] = []
    for mention in find_quantities(quote):
        c = mention.count
        if (c.min is None and c.max is None) or (c.vague_term and c.max is None):
            kind: Literal["stated", "implicit", "definite", "vague"] = "vague"
        elif (c.min is not None and c.min == c.max and c.min >= 2 and not c.vague_term
              and patterns.implicit.match(mention.text)
              and _NUM_RE.fullmatch(mention.text) is None):
            kind = "implicit"
        else:
            kind = "stated"
        if (kind == "stated" and c.min == 1 and c.max == 1 and mention.text[:1] in "aA"
                and (patterns.attribution_after.match(quote, mention.end)
                     or patterns.attribution_before.search(
                         quote, max(0, mention.start - 20), mention.start))):
            continue  # "a doctor said", "according to a witness": who speaks, not who died
        hedged = c.min is None and patterns.hedged.match(mention.text) is not None
        ordinal = patterns.ordinal.match(mention.text) is not None
        parts.append(_Part(mention.start, mention.end, c, kind, hedged, ordinal))
    taken = [(p.start, p.end) for p in parts]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    # (each scan is skipped when its key word is absent: the check runs for every claim)
    lower = quote.lower()
    for pattern, count, key in patterns.extra:
        if not any(k in lower for k in key):
            continue
        for m in pattern.finditer(quote):
            if free(*m.span("q")):
                parts.append(_Part(m.start("q"), m.end("q"), count, "stated"))
                taken.append(m.span("q"))
    ordinals = ("another", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "further")
    for m in patterns.ordinal.finditer(quote) if any(k in lower for k in ordinals) else ():
        if free(m.start(), m.end()):
            parts.append(_Part(m.start(), m.end(), Count(min=1, max=1), "stated", ordinal=True))
            taken.append(m.span())
    # a definite person counts only in a group joined by a word ("the driver and a passenger")
    joined = ("and", "as well as", "along", "together", "plus", "in addition")
    for m in patterns.definite.finditer(quote) if any(k in lower for k in joined) else ():
        if free(m.start(), m.end()):
            parts.append(_Part(m.start(), m.end(), Count(min=1, max=1), "definite"))
    parts.sort(key=lambda p: p.start)
    return parts


def _is_person_unknown(word: str) -> bool:
    """Whether the word next to an "and" may be people the check cannot count: anything but a
    clause word, a verb form or a thing."""
    w = word.lower()
    if w in _PERSON_SG_WORDS or w in _PERSON_PL_WORDS:
        return True
    if w in _CLAUSE_WORDS or w in _THING_WORDS or w[:1].isdigit():
        return False
    return not (w.endswith(("ed", "ing")) and len(w) > 4)


def _reading(part: _Part) -> _Reading:
    c = part.count
    lo, hi = _interval(c)
    exact_kind = c.vague_term is None
    return _Reading(lo, hi, exact_kind and c.min is not None and c.max is None,
                    exact_kind and c.max is not None and c.min is None and not part.hedged,
                    part.start, part.end, c)


def _total(readings: list[_Reading], start: int, end: int) -> _Reading:
    """The sum of a group's elements ("two brothers and their father" = 3); an open element
    leaves the sum open, and a stated bound stays a bound only over exact elements."""
    lo = sum(r.lo for r in readings)
    hi = sum(r.hi for r in readings)
    exact = [r.lo == r.hi and not r.lower_bound and not r.upper_bound for r in readings]
    lower = all(e or r.lower_bound for e, r in zip(exact, readings, strict=True)) and not all(exact)
    upper = all(e or r.upper_bound for e, r in zip(exact, readings, strict=True)) and not all(exact)
    # what the quote states, for the message ("some 40 fighters and 10 civilians": some 50)
    mins = [r.count.min for r in readings]
    maxes = [r.count.max for r in readings]
    count = Count(min=None if None in mins else sum(n or 0 for n in mins),
                  max=None if None in maxes else sum(n or 0 for n in maxes),
                  vague_term=next((r.count.vague_term for r in readings if r.count.vague_term),
                                  None))
    return _Reading(lo, hi, lower, upper, start, end, count)


def _is_and(sep: str) -> bool:
    """Whether a separator joins with a word ("and", ", as well as"), not a comma alone."""
    return sep.strip(" ,\t\n") != ""


def _outcome(text: str) -> str | None:
    found = [(m.start(), name) for name, pattern in _OUTCOMES for m in pattern.finditer(text)]
    return max(found)[1] if found else None


def _readings(quote: str) -> list[tuple[_Reading, list[_Reading]]] | None:
    """The groups the quote states, each as (its total, the readings it supports), or None
    when the quote holds a group the check cannot count."""
    patterns = _check_patterns()
    if patterns.uncountable.search(quote):
        return None  # "two were killed and the rest wounded": the rest of a base not stated
    parts = _quote_parts(quote, patterns)
    groups: list[list[_Part]] = []
    joins: list[bool] = []  # whether a group is joined by "and" (not commas only)
    for part in parts:
        gap = patterns.gap.fullmatch(quote, groups[-1][-1].end, part.start) if groups else None
        if gap is not None:
            groups[-1].append(part)
            joins[-1] = joins[-1] or _is_and(gap.group("sep"))
        else:
            groups.append([part])
            joins.append(False)
    for i, group in enumerate(groups):
        if not joins[i] and len(group) > 1:
            # commas alone join numbers ("killing two soldiers, three civilians"), not a named
            # person ("five, the governor said")
            groups[i] = [p for p in group if p.kind != "definite"] or group[:1]
    out: list[tuple[_Reading, list[_Reading]]] = []
    previous: _Reading | None = None
    for group, joined in zip(groups, joins, strict=True):
        first, last = group[0], group[-1]
        counted = [p for p in group if p.kind != "definite"]
        right = patterns.right.match(quote, last.end)
        right_and = right is not None and _is_and(right.group("sep"))
        left = patterns.left.search(quote, max(0, first.start - 80), first.start)
        if counted:
            # an element of unknown size next to a counted one: "them along with one other",
            # "two soldiers and civilians", "Rostum and two of his associates"
            if right is not None and right_and and _is_person_unknown(right.group("w")):
                return None
            if left is not None:
                sep = " ".join(left.group("sep").replace(",", " ").split()).lower()
                if sep not in ("", "and"):
                    return None  # "a child was killed along with two women": base unknown
                if (sep or joined or right_and) and _is_person_unknown(left.group("w")):
                    return None
        if len(group) == 1 and first.kind == "definite":
            continue  # "the commander" alone: the claim may count more than the quote names
        if any(p.kind == "vague" for p in group):
            if len(group) > 1:
                return None  # "two soldiers and several civilians": no sum
            if first.count.min is None:
                continue  # "several": nothing to contradict
        elements = [_reading(p) for p in group]
        supported = list(elements)
        for p in group:
            if p.kind == "implicit" and p.count.min is not None:
                # "a woman and her three children": the woman (1) and the children (3) too
                for n in (1, p.count.min - 1):
                    supported.append(_Reading(n, n, False, False, p.start, p.end,
                                              Count(min=n, max=n)))
        total = elements[0] if len(group) == 1 else _total(elements, first.start, last.end)
        if len(group) > 1:
            supported.append(total)
        if first.ordinal and previous is None:
            return None  # "another soldier died": one more than a count the quote leaves out
        if previous is not None and (first.ordinal or patterns.additive.match(quote, first.end)):
            # "two people were killed; three others died in hospital" may be claimed as 5,
            # unless the others suffered something else ("killing two and wounding seven
            # others")
            before = _outcome(quote[max(0, previous.start - 60):previous.start]) or _outcome(
                quote[previous.end:first.start])
            after = _outcome(quote[last.end:last.end + 40].split(".")[0]) or _outcome(
                quote[previous.end:first.start])
            if before is None or after is None or before == after:
                supported.append(_total([previous, total], previous.start, last.end))
        previous = total
        out.append((total, supported))
    return out


def _fits(count: Count, reading: _Reading) -> bool:
    lo, hi = _interval(count)
    if not (lo <= reading.hi and reading.lo <= hi):
        return False
    if reading.lower_bound and count.min is not None and count.min > reading.lo:
        return False  # "at least 5" claimed as min 50
    # "up to 11" claimed as max 5
    return not (reading.upper_bound and count.max is not None and count.max < reading.hi)


def _null(value: int | None) -> str:
    return "null" if value is None else str(value)


def count_contradiction(count: Count, quote: str) -> str | None:
    """A one-line message when the claim's own quote states a count ``count`` cannot be, else
    None.

    Only what the quote reader is sure of is flagged, because a false alarm makes a model
    change a correct count. The quote supports: each stated quantity ("at least two", "around
    400" within a quarter either way, "no one" 0); each coordinated group as a whole and each of
    its elements ("a woman, her three children and a shopkeeper": 5, 1, 3; not the partial
    4); a number plus the "others" after it when both suffered the same ("two were killed;
    three others died" 5, but not "killing two and wounding seven others" 9). A stated bound
    is a bound: "at least 5" does not support min 50, "up to 11" does not support max 5.
    None when the claim states no number, when the quote states none ("several", dates, ages,
    measures, attribution nouns such as "a doctor said"), or when the quote holds a group the
    reader cannot count ("them along with one other insurgent", "Rostum and his associate",
    "the rest"). Pure and fast: it runs for every claim of every LLM answer.
    """
    if count.min is None and count.max is None:
        return None
    groups = _readings(quote)
    if not groups:
        return None
    for _, supported in groups:
        if any(_fits(count, reading) for reading in supported):
            return None
    # one clause per quote (quotes joined by blank lines), naming the quote when it is short
    clauses: list[tuple[tuple[int, int], list[tuple[str, str]]]] = []
    for total, _ in groups[:4]:
        passage = _passage(quote, total.start)
        if not clauses or clauses[-1][0] != passage:
            clauses.append((passage, []))
        clauses[-1][1].append(_said(quote, total))
    said = " and ".join(_clause(quote, passage, phrases) for passage, phrases in clauses)
    more = ", ..." if len(groups) > 4 else ""
    return f"{said}{more} but the claim says min={_null(count.min)}, max={_null(count.max)}"


_QUOTE_BREAK = re.compile(r"\n\s*\n")
_PASSAGE_LIMIT = 100


def _passage(quote: str, at: int) -> tuple[int, int]:
    """The bounds of the quote (of several joined by blank lines) holding offset ``at``."""
    start = 0
    for m in _QUOTE_BREAK.finditer(quote):
        if m.start() > at:
            return start, m.start()
        start = m.end()
    return start, len(quote)


def _clause(quote: str, passage: tuple[int, int], phrases: list[tuple[str, str]]) -> str:
    text = quote[passage[0]:passage[1]].strip().replace("\n", " ")
    said = " and ".join(rendered for _, rendered in phrases)
    if len(text) > _PASSAGE_LIMIT or [text] == [written for written, _ in phrases]:
        return f"the quote says {said}"
    return f"the quote '{text}' says {said}"


def _said(quote: str, reading: _Reading) -> tuple[str, str]:
    """The phrase as written, and the phrase with what it counts: "'two people' (2)"."""
    noun = _check_patterns().noun.match(quote, reading.end)
    end = noun.end() if noun is not None else reading.end
    text = quote[reading.start:end].replace("\n", " ")
    described = _describe(reading.count)
    return text, f"'{text}'" if described == text.lower() else f"'{text}' ({described})"


# --- coding conventions --------------------------------------------------------------------

# ACLED (FAQ "How does ACLED code fatalities?"): "tens" 10, "dozens" 12, "hundreds" 100, "and
# so on" (so "scores" 20, "thousands" 1000).
_LARGE_VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000,
}
# Words that cap the number low: coded 3 under both conventions (never more than the words
# can mean).
_SMALL_VAGUE = frozenset({"a few", "a handful", "a small number of", "a handful number of"})
# A group named by a collective noun ("an insurgent mortar team" → "a team"): several people,
# and a team, cell or crew is small, so it is coded as "a few" is (3 under both conventions).
_GROUP_VAGUE = frozenset("a " + word for word in _GROUP_NOUN_WORDS)
# Unspecified plurals: ACLED 10, ISAF 3, except the words that say "more than several", which
# ISAF codes 4.
_PLURAL_VAGUE = frozenset({
    "several", "multiple", "various", "a number of", "several others",
})
_MANY_VAGUE = frozenset({"numerous", "many", "many more", "countless"})
_SOME_NUMBER_OF = re.compile(r"an?\s+(?:\w+\s+)?number\s+of")


def vague_to_number(term: str, convention: Convention) -> int | None:
    """The number a coding convention records for a vague term, or None if it has no rule.

    ========================================  =====  ====
    term                                      acled  isaf
    ========================================  =====  ====
    "tens", "dozens", "scores", "hundreds",   10, 12, 20, 100, 1000 (both)
    "thousands"
    "several", "multiple", "a number of",     10     3
    "various", "a large/unknown number of"
    "numerous", "many", "countless"           10     4
    "a few", "a handful", "a small number of"  3     3
    "a team", "a cell", "a crew", "a squad",   3     3
    "a group", "a band", "a gang"
    ========================================  =====  ====

    ACLED's large terms are its published rule. For unspecified plurals ACLED's fallback of 10
    is used (the "tens" figure; the project's reading of the codebook, to confirm against the
    current codebook's "unknown fatality numbers" section). ISAF coding (README of the ISAF
    slice) records "a number of", "multiple", "several" as 3, extended here to every unspecified
    small plural, and "numerous" and "many" as 4 (every such release in the slice is labelled
    so: the coders rank them above "several"); it has no rule for "dozens"/"hundreds", so
    ACLED's figures are used. A group named by a collective noun ("an insurgent mortar team",
    vague term "a team") is at least a few people and, being one team or cell, not many: coded
    as "a few" under both conventions (the ISAF coders label such a release 3).
    Terms are matched case-insensitively, with or without a trailing "of".
    """
    t = _vague_term(term)
    if t in _LARGE_VAGUE:
        return _LARGE_VAGUE[t]
    if t in _SMALL_VAGUE or t in _GROUP_VAGUE:
        return 3
    if t in _MANY_VAGUE:
        return 10 if convention == "acled" else 4
    if t in _PLURAL_VAGUE or _SOME_NUMBER_OF.fullmatch(t):
        return 10 if convention == "acled" else 3
    return None


def minimum(count: Count, convention: Convention) -> int:
    """The single conservative number ``convention`` codes for ``count``.

    - min set, no vague term: min ("at least two" → 2, "2..5" → 2, "around 400" → 400);
    - min set with a vague term it can code ("the commander and several others", 1..None +
      "several"): min plus the term's number (ISAF: 1 + 3 = 4), as ISAF coders add a named
      person to the vague group;
    - no min, a vague term: the term's number (``vague_to_number``), 0 if it has none;
    - no min, only max ("up to 11", "nearly 10"): 0, because the text states no lower bound.
      A caller wanting the reported ceiling has ``count.max``.
    """
    vague = vague_to_number(count.vague_term, convention) if count.vague_term else None
    if count.min is not None:
        return count.min + (vague or 0)
    return vague or 0
