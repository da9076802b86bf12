"""Tolls told over a period: a running total reaching back before the week of the release
("has killed 45 insurgents this year", "since the beginning of the operation"). The ISAF
reduction reads such a toll as history; consolidation keeps it apart from a toll of the
release's own days that it does not restate."""

from __future__ import annotations

import functools
import re

# What a running total counts from the start of: "it", or an operation named by "the" and its
# noun, up to two words before it ("since the Afghan-led operation", "since the program"), each
# begun by a month, a day or a year below. (A bare plural, "since clearing operations began",
# is as often an aside to a fresh toll, "killed two insurgents today, the first since
# operations began in May": read only under a toll told as a sum, ``_SUMMED_SINCE_BEGUN``.)
_BEGUN_SUBJECT = (r"(?:it|they|the\s+(?:[\w-]+\s+){0,2}?(?:operations?|campaigns?"
                  r"|offensives?|efforts?|push|clearances?|sweeps?|program(?:me)?s?|missions?"
                  r"|deployments?))")

# A toll told in the present perfect, with no day of the release's in its clause ("mortar fire
# has killed four civilians in recent months", not "has killed two insurgents today"): a sum,
# whose period the words after it give.
_PERFECT_TOLL = (r"\bha(?:s|ve)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:been\s+)?(?:killed|died|claimed)\b"
                 r"(?:(?!\b(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon"
                 r"|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[^.;:,])*?")

# ... summed since a start told by any clause, then its begin verb and its month, day or year:
# "have killed more than 60 insurgents since Afghan and coalition forces launched clearing
# operations in Arghandab district in mid-September", "since clearing operations in Arghandab
# district, Kandahar province, began in mid-September" (a subject and its place).
_SUMMED_SINCE_BEGUN = (
    _PERFECT_TOLL + r"\bsince\s+[^.;]{0,80}?\b(?:began|started|opened|(?:was\s+|were\s+)?launched"
    r"|got\s+under\s*way)\b(?:[^.;]{0,60}?\s)?(?:in\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:19|20)\d\d)\b|on\s+(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"\d{1,2}\b)")

# A running total: a toll over a period reaching back before the week of the release ("this
# year", "since the beginning of the operation", "in the past month"): history, as an old toll.
_RUNNING_TOTAL = re.compile(
    r"\bthis\s+year\b|\bto\s+date\b"
    # a total a toll brings up to date over a period, of whatever length, told as a figure of
    # its own: "killed one insurgent today, bringing to 14 the number of insurgents killed in
    # the district this month" (not one incident's toll revised: "bringing to five the number
    # of civilians killed in Monday's coalition air strike")
    r"|\bbringing\s+to\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?[\w,-]+\s+the\s+"
    r"(?:total\s+)?(?:number|total|toll|count)\b[^.;]{0,80}?\b(?:this\s+(?:week|month|year)"
    r"|so\s+far|since)\b"
    r"|\bsince\s+(?:the\s+)?(?:beginning|start|launch|outset)\s+of\b"
    r"|\bsince\s+(?:the\s+)?(?:operation|campaign|offensive|clearing\s+operation)\s+"
    r"(?:began|started)\b|\bsince\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|early|late|last)\b"
    # ... or by its season: "have fallen since the spring, when fighting killed dozens"
    r"|\bsince\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|fall|autumn|winter)\b"
    # ... or by a named operation's start: "since Operation Hamkari began in September"
    r"|\bsince\s+Operation\s+(?:[\w'-]+\s+){1,2}?(?:began|started|opened|was\s+launched)\b"
    # "since it began in mid-September": a start told by its month
    rf"|\bsince\s+{_BEGUN_SUBJECT}"
    # (placed first: "since the Afghan-led clearing operation in Charkh district, Logar
    # province, began in mid-September")
    # (or with no comma: "Since the operation in Arghandab began in mid-September")
    r"(?:\s+in\s+[^.;]{1,60}?,?)?\s+(?:began|started|opened|was\s+launched)\s+in\s+"
    r"(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
    # ... or by its day: "Since it began on Oct. 2, the operation has killed 24 insurgents",
    # "since Sept. 3" (a month's abbreviation; "since May 2" is read by its month above)
    rf"|\bsince\s+{_BEGUN_SUBJECT}(?:\s+in\s+[^.;]{{1,60}}?,?)?\s+(?:began|started|opened"
    r"|was\s+launched)\s+on\s+(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    r"|\bsince\s+(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b"
    # ... or by its year: "killed since the program began in the district in 2011"
    rf"|\bsince\s+{_BEGUN_SUBJECT}\s+(?:began|started|opened|was\s+launched)\s+"
    r"(?:[^.;]{0,40}?\s)?in\s+(?:19|20)\d\d\b"
    r"|\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?:few|several|two|three|four|five|six|\d+)\s+)?(?:weeks?|months?|years?)\b"
    # years gone by with no count of them: "relatives killed by the Taliban in past years"
    r"|\b(?:in|over|during)\s+(?:past|previous|recent|earlier|prior)\s+years\b"
    rf"|{_SUMMED_SINCE_BEGUN}"
    # ... or months or weeks, a sum only when the toll's own clause tells it in the present
    # perfect and gives it no day of the release's: "mortar fire from the ridge has killed four
    # civilians in recent months" (weeks are an ordinary framing of a fresh toll: "killed four
    # insurgents today, the third such raid in recent weeks", "where insurgents have stepped
    # up attacks in recent weeks")
    rf"|{_PERFECT_TOLL}"
    r"\b(?:in|over|during)\s+(?:past|previous|recent|earlier|prior)\s+(?:months|weeks)\b"
    r"|\bover\s+the\s+years\b"
    # a season gone by: "several children died last winter when roads were closed by snow"
    r"|\b(?:last|this\s+past)\s+(?:winter|summer|spring|fall|autumn)\b"
    # ... or one told as the span of the toll: "bombs on the road killed several civilians
    # over the autumn", "throughout the summer", "during the summer"
    r"|\b(?:over|through(?:out)?|during)\s+the\s+(?:(?:early|late)\s+)?(?:winter|summer|spring|fall"
    # (the season itself, not a season's operation: "today during the spring clearing
    # operation")
    r"|autumn)\b(?=\s*(?:[,.;:]|$|\s(?:when|as|and|while|in|on|near|along|before|after)\b))"
    # a unit's tour so far: "Since arriving in Musa Qal'ah in the spring, the battalion has
    # killed 45 insurgents", "since their arrival", "since the brigade deployed"
    r"|\bsince\s+(?:arriving|deploying|taking\s+over"
    r"|(?:(?:its|their)\s+|the\s+(?:[\w'-]+\s+){0,2}?)(?:arrival|deployment)"
    r"|(?:(?:it|they)\s+|the\s+(?:[\w-]+\s+){0,2}?)(?:arrived|deployed))\b"
    # an operation's first weeks, told back: "most of them in the first weeks of fighting", or
    # those after an arrival or start: "in the first weeks after the Marines arrived"
    r"|\bin\s+(?:the|its)\s+(?:first|opening|early)\s+(?:weeks|months)\s+(?:of|after)\b",
    re.IGNORECASE)

# The year a superlative is measured over, not a period the toll sums: "advanced into the valley
# on Tuesday in their largest operation in the north-east this year, killing numerous
# insurgents".
# ... or the weeks or months one is measured over, or counted in: "the deadliest attack in the
# district in recent months", "the third such raid in recent weeks".
_SUPERLATIVE_YEAR = re.compile(
    r"\b(?:largest|biggest|heaviest|deadliest|worst|longest|most\s+[\w-]+"
    r"|(?:first|second|third|fourth|fifth|sixth|latest)\s+such)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:this\s+year|in\s+(?:past|previous|recent)\s+(?:weeks|months))$",
    re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # pure; consolidation asks it of each pair's sentences
def told_over_period(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` tells a running total, not a superlative's year."""
    stop = len(text) if end is None else end
    return any(not _SUPERLATIVE_YEAR.search(text, max(start, m.start() - 60), m.end())
               for m in _RUNNING_TOTAL.finditer(text, start, stop))
