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
_COUPLE = r"(?:a\s+couple(?:\s+of)?|a\s+pair\s+of)\b"
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
"""
_PERSON_PL_TEXT = """
    men women boys girls children babies infants teenagers youths civilians people persons
    individuals policemen police officers soldiers servicemen servicemembers members troops
    forces personnel marines fighters militants insurgents militiamen gunmen rebels jihadists
    commanders leaders facilitators drivers farmers journalists workers students guards
    bodyguards residents villagers passengers pilots officials sons daughters brothers sisters
    relatives citizens nationals refugees detainees prisoners suspects associates victims
    occupants others
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
    "both",
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


_A_HEAD_WORDS = _PERSON_SG_WORDS | _GROUP_NOUN_WORDS
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
    """A pattern compiled on first use: the four ~51 KB quantity patterns below cost ~0.1 s
    each to compile, which ``import llmextract`` and ``llmextract --help`` must not pay."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled.match(text, pos)


# Tried at a word start that can begin a quantity: the first alternative that matches wins.
_QUANTITY = _Lazy(
    rf"""
    (?<![\w-])(?:
    (?P<neg>(?<![\w-])(?:
        no[\s-]?one | nobody | none
      | no\s+(?:reports?\s+of\s+)?(?:{_NMOD}\s+){{0,3}}?
            (?:{_PERSON_PL}|casualties|injuries|deaths|fatalities|losses)
      | without\s+(?:any\s+)?(?:casualties|injuries|fatalities|loss\s+of\s+life)
      | (?:did|does|do)\s+not\s+(?:kill|injure|wound|harm|hurt)\s+any(?:one|body)
    )(?![\w-]))
  | (?P<add>(?<![\w-])(?:the|an?)\s+(?:{_MOD}\s+){{0,4}}?{_HEAD_SG}
        (?:\s+(?-i:[A-Z])[\w'’-]+){{0,3}}
        (?:\s+(?:of|from|in|at|near|inside|on|with|for)\s+[^.;:!?\n,]{{1,40}}?)?
        ,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|in\s+addition\s+to)\s+
        (?P<addn>{_NUM}|(?<![\w-]){_VAGUE})\s+
        (?:others?\b|more\b|additional\b|of\s+(?:his|her|their)\b
           |(?:{_MOD}\s+){{0,3}}?(?:{_PERSON_PL}(?![\w-])|{_HEAD_SG})))
  | (?P<pair>(?<![\w-])an?\s+(?:{_MOD}\s+){{0,3}}?{_HEAD_SG}\s+and\s+(?:his|her|their|an?)\s+
        (?:(?P<pairn>{_NUM})\s+(?:{_MOD}\s+){{0,2}}?(?:{_PERSON_PL}(?![\w-])|{_HEAD_SG})
           |(?:{_MOD}\s+){{0,2}}?{_HEAD_SG}))
  | (?P<q>{_PRE}?(?:
        between\s+(?P<ba>{_NUM})\s+and\s+(?P<bb>{_NUM})
      | (?P<from>from)\s+(?P<fa>{_NUM})\s+to\s+(?P<fb>{_NUM})
      | (?<![\w.,/:\-–])(?P<da>\d{{1,4}})\s*[-–—]\s*(?P<db>\d{{1,4}})(?![\w/:]|[.,]\d|[-–]\w)
      | (?P<ta>{_NUM})(?:\s+(?:to|or)\s+(?P<tb>{_NUM}))?
    )(?P<suf>\s+or\s+more\b|\s+or\s+so\b|\+(?!\d)|-plus\b)?)
  | (?P<vague>(?<![\w-]){_VAGUE}(?![\w-]))
  | (?P<both>(?<![\w-])both{_BOTH_AS_COUNT})
  | (?P<group>(?<![\w-])(?:
        (?:an?|the)\s+(?:{_MOD}\s+){{0,2}}?(?P<gn>{_GROUP_SIZE})[-\s](?:man|member|person|strong)
            \s+(?:{_MOD}\s+){{0,2}}?{_GROUP_NOUN}
      | an?\s+(?:{_MOD}\s+){{0,3}}?(?P<gw>{_GROUP_NOUN})
    ){_GROUP_END})
  | (?P<one>(?<![\w-])an?\s+(?:{_MOD}\s+){{0,4}}?{_HEAD_SG}(?!['’]s\b){_NOT_OF_A_GROUP})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_NUM_RE = re.compile(_NUM, re.IGNORECASE)
# The same pattern with the implicit-count alternatives ("add", "pair") disabled: both need
# a joining word ("and", "as well as", "along with", "together with", "plus", "in addition
# to"), so where none of these follows, the two patterns match alike and this one is faster.
_QUANTITY_UNJOINED = _Lazy(
    _QUANTITY.pattern.replace("(?P<add>", "(?P<add>(?!)", 1)
    .replace("(?P<pair>", "(?P<pair>(?!)", 1),
    _QUANTITY.flags)
# And both with the collective-noun alternative ("group") disabled too: it can match only at
# "a", "an" or "the" with a group noun among the next words.
_QUANTITY_NO_GROUP = _Lazy(_QUANTITY.pattern.replace("(?P<group>", "(?P<group>(?!)", 1),
                                _QUANTITY.flags)
_QUANTITY_UNJOINED_NO_GROUP = _Lazy(
    _QUANTITY_UNJOINED.pattern.replace("(?P<group>", "(?P<group>(?!)", 1), _QUANTITY.flags)
# Lower-case pieces of those joining words (none with "i" or "s", which IGNORECASE also
# matches in characters that lower-case to something else).
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
_PERSON_PL_AFTER = re.compile(rf"\s+(?:{_MOD}\s+){{0,2}}?{_PERSON_PL}\b", re.IGNORECASE)
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
    last_joining = (max(lower.rfind(w) for w in _JOINING) if len(lower) == len(text)
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
        if start <= last_joining:
            pattern = _QUANTITY if grouped else _QUANTITY_NO_GROUP
        else:
            pattern = _QUANTITY_UNJOINED if grouped else _QUANTITY_UNJOINED_NO_GROUP
        m = pattern.match(text, start)
        if m is None:
            continue
        pos = m.end()
        if m.group("q") is not None:
            found.extend(_from_q(m, text))
        elif m.group("neg") is not None:
            found.append(_mention(text, m.start(), m.end(), Count(min=0, max=0)))
        elif m.group("add") is not None:
            found.append(_mention(text, m.start(), m.end(), _implicit_count(m, "add", "addn")))
        elif m.group("pair") is not None:
            found.append(_mention(text, m.start(), m.end(), _implicit_count(m, "pair", "pairn")))
        elif m.group("vague") is not None:
            term = _vague_term(m.group("vague"))
            before = text[max(0, m.start() - 8):m.start()]
            if _TIME_UNIT_AFTER.match(text, m.end()):
                continue  # "several days", "dozens of times"
            if term == "many" and _MANY_CONTEXT.search(before):
                continue  # "how many", "as many as the ..."
            found.append(_mention(text, m.start(), m.end(), Count(vague_term=term)))
        elif m.group("both") is not None:
            found.append(_mention(text, m.start(), m.end(), Count(min=2, max=2)))
        elif m.group("group") is not None:
            if m.group("gn") is not None:  # "a three-man team"
                size = _word_number(m.group("gn"))
                count = Count(min=size, max=size)
            else:
                count = Count(vague_term="a " + m.group("gw").lower())
            found.append(_mention(text, m.start(), m.end(), count))
        elif m.group("one") is not None:
            found.append(_mention(text, m.start(), m.end(), Count(min=1, max=1)))
    return found


_DEFINITE_PERSON = re.compile(
    rf"(?<![\w-])(?:the|his|her|their)\s+(?:{_MOD}\s+){{0,4}}?{_HEAD_SG}(?!['’]s\b)"
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
    if _DEFINITE_PERSON.search(phrase):
        return Count(min=1, max=1)
    return None


_NOT_A_NUMBER_TOKEN = re.compile(r"\d+(?:[.:]\d+)+|\d{16,}")
_ANY_NUMBER = re.compile(
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
    for m in _ANY_NUMBER.finditer(text):
        token = m.group(0)
        if _NOT_A_NUMBER_TOKEN.fullmatch(token):
            continue  # a decimal, a clock time, or a digit string too long to be a number
        values.append(_word_number(token))
    return values


# --- the LLM-path check --------------------------------------------------------------------

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


def _short(quote: str, limit: int = 120) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_JOINED = re.compile(r"(?:\s+[\w'’-]+){0,3}?(?:,?\s+(?:and|plus|as\s+well\s+as)|,)\s+",
                     re.IGNORECASE)


def count_contradiction(count: Count, quote: str) -> str | None:
    """A message when the claim's own quote states a number incompatible with ``count``.

    Conservative on purpose (a false alarm costs an LLM re-ask): only when the quote states at
    least one explicit quantity and *none* of them is compatible is it a contradiction.
    Compatible means the ranges overlap ("at least two" fits 2..2; "around 400" fits within a
    quarter either way). Also compatible: a number inside an implicit count ("the driver ... as
    well as two others" fits 3, 2 and 1), and the sum of consecutive exact numbers ("two
    soldiers and three civilians" fits 5). Vague quotes, dates, times, ages and measures never
    contradict, and a claim with neither min nor max cannot be contradicted.
    """
    if count.min is None and count.max is None:
        return None
    stated: list[Count] = []
    candidates: list[Count] = []
    exact_run: list[int] = []
    sums: set[int] = set()
    previous_end: int | None = None
    for mention in find_quantities(quote):
        c = mention.count
        if c.min is None and c.max is None:
            continue
        stated.append(c)
        candidates.append(c)
        if c.min is not None and c.min == c.max and c.vague_term is None:
            # "two soldiers and three civilians" may be claimed as 5; "killing two and wounding
            # seven" is not 9 (a verb after the "and" starts a new statement).
            joined = previous_end is not None and _JOINED.fullmatch(
                quote, previous_end, mention.start) is not None
            exact_run = [*exact_run, c.min] if joined else [c.min]
            for i in range(len(exact_run)):
                sums.add(sum(exact_run[i:]))
            previous_end = mention.end
        else:
            exact_run, previous_end = [], None
        candidates.extend(Count(min=v, max=v) for v in numbers_in(mention.text))
    candidates.extend(Count(min=s, max=s) for s in sums)
    if not stated:
        return None
    claim_lo, claim_hi = _interval(count)
    for candidate in candidates:
        lo, hi = _interval(candidate)
        if lo <= claim_hi and claim_lo <= hi:
            return None
    said = ", ".join(_describe(c) for c in stated)
    return (f"the quote '{_short(quote)}' states {said} but the claim says "
            f"min={count.min}, max={count.max}")


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
