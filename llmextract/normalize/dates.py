"""Dates in conflict reporting: publication datelines and event dates resolved to ranges.

An event date is a ``DateRange(earliest, latest, precision)``, resolved against an *anchor*
(the publication date, or the dateline's date). The conventions:

===================================  ==============================================  =========
expression                           range (anchor = Wednesday 2020-10-21)           precision
===================================  ==============================================  =========
"today", "this morning", "tonight"   the anchor                                      day
"yesterday", "last night"            anchor - 1                                      day
"the day before yesterday"           anchor - 2                                      day
"Monday", "on Monday night"          the most recent Monday on or before the         day
                                     anchor (2020-10-19); the anchor itself when it
                                     is a Monday ("Tuesday" in a Tuesday release
                                     means that day, as in the ISAF releases)
"last Monday"                        as "Monday", but a week back when the anchor     day
                                     is a Monday
"Monday, October 19", "October 19",  that day; the weekday is not checked             day
"Oct. 19, 2020", "19 October",
"2020-10-19", "19/10/2020",
"the 19th of October"
"October 19-20", "19-20 October",    the days from the first to the last             day
"the night of 19/20 October",        ("October 19 and 21" is two days: the first)
"between 19 and 20 October",
"October 19 and 20", "between
Monday and Tuesday", "from Friday
to Sunday", "overnight Sunday
into Monday"
"3 days ago"                         anchor - 3                                      day
"on the 12th", "the night of the     that day of the anchor's month, or of the       day
12th" (not "the 12th Battalion")     month before when it is after the anchor
"over the past 24 hours", "in the    anchor - 1..anchor                              day
last day", "the past day", "within
the last 24 hours"
"during the last 48 hours"           anchor - 2..anchor                              day
"over the past two days / 72 hours"  anchor - 2..anchor / anchor - 3..anchor          day
"in the past ten days"               anchor - 10..anchor (4 to 14 days)               week
"mid-October"                        11th..20th                                      month
"early October", "the beginning of"  1st..10th                                       month
"late October", "the end of"         21st..last day                                  month
"the first/second half of October"   1st..15th / 16th..last                          month
"the first/last week of October"     1st..7th / last 7 days                          week
"in October", "October 2020"         the whole month                                 month
"this week", "earlier this week",    Monday of the anchor's week..anchor             week
"earlier in the week"
"last week"                          Monday..Sunday of the week before               week
"last weekend"                       the Saturday and Sunday before the anchor       week
"2 weeks ago"                        anchor - 14, give or take 3 days                week
"this month", "earlier this month"   1st of the anchor's month..anchor               month
"last month"                         the whole previous month                        month
"in 2019", "2019"                    the whole year                                  year
"early/mid/late 2019"                Jan..Apr / May..Aug / Sep..Dec                  year
"this year" / "last year"            Jan 1..anchor / the whole previous year          year
===================================  ==============================================  =========

Mid/early/late month is "month" precision: a ten-day window is coarser than a week, and the
range says exactly which days. A month-day without a year takes the anchor's year, or the year
before when that would put it after the anchor (news reports past events: "Dec. 30" in a
January 2 article is last December). Without an anchor, only expressions with a year resolve.
Weeks start on Monday (ISO).

"The past 24 hours" and "the past day" are read on their own, as "the past week" is; "the last
24 hours" and "the last day" only after "over", "in", "during" or "within" (the last day of
what?). None of them is read before "of" ("in the last day of Ramadan").

Month names must be capitalised ("May 7", not "may"): the modal verb and the month share a
spelling. A numeric date ("21/10/2020", "10/21/2020") is read only when its order is certain:
one part is above 12, or both are the same; "05/06/2011" is not read (``_numeric_day``).

``find_dates`` makes one pass over the words and tries its pattern only at words that can begin
a date expression, so cost is linear in text length (about 0.5 ms per 3 KB article).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from llmextract.schema import DatePrecision, DateRange

__all__ = [
    "DateMention",
    "anchor_from_dateline",
    "date_contradiction",
    "find_dates",
    "find_publication_date",
    "resolve_date",
]


@dataclass(frozen=True)
class DateMention:
    """A resolvable date expression found in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    range: DateRange


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Every spelling of a month the dates read ("sept", "jun" as well as "june").
MONTH_NAMES = frozenset(_MONTHS)
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# The days of the week, for patterns elsewhere that ask whether a sentence tells a day of its own.
WEEKDAY_NAMES = frozenset(_WEEKDAYS)
_MON = (
    "(?-i:"
    + "|".join(
        alt
        for name in sorted(_MONTHS, key=len, reverse=True)
        for alt in (name.capitalize(), name.upper())
    )
    + r")\b\.?"
)
_WD = "(?:" + "|".join(_WEEKDAYS) + r")\b"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# A day of the month spelled out: "Shortly after midnight on the twelfth, ..." (after "on the"
# only, and only where punctuation ends the phrase: "on the second floor", "dropped a bomb on
# the second after ..." are no dates).
_SPELLED_DAY = {w: i for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=1)}
_SPELLED_ORDINAL = "|".join(sorted(_SPELLED_DAY, key=len, reverse=True))
# ... nor where it counts on from "the first" just before it: things in turn, not days.
_ENUMERATION = re.compile(r"\bthe\s+first\b(?!\s+(?:half|week|of|day)\b)", re.IGNORECASE)
# A weekday set off after a spelled ordinal: "On the fourth, Saturday,".
_WEEKDAY_SET_OFF = re.compile(r"\s*,\s*" + _WD, re.IGNORECASE)
_PART = (
    r"early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|end\s+of|beginning\s+of"
    r"|start\s+of|middle\s+of|(?:the\s+)?(?:first|second)\s+half\s+of"
    r"|(?:the\s+)?(?:first|last)\s+week\s+of"
)
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}

_DATE = re.compile(
    rf"""
    (?<![\w-])(?:
      (?<![\d-])(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d-])
    | (?<![\d/])(?P<num>(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)/(?P<ny>{_YEAR}))(?![\d/])
    | (?P<rg>(?:(?P<rgp>between|from)\s+)?(?P<rgm>{_MON})\s*(?P<rgd>{_DAY})
          \s*(?:[-–—]|(?(rgp)(?:and|to|until|till|through)|(?:to|until|till|through|(?P<rgand>and)))\s)
          \s*(?:(?P<rgm2>{_MON})\s*)?(?P<rgd2>{_DAY})(?:[,.]?\s*(?P<rgy>{_YEAR}))?
          (?(rgand)(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|near|when|while|during|local)\b)))
    | (?P<dr>(?:(?P<drp>between|from)\s+)?(?P<drd>{_DAY})
          \s*(?:[-–—/]|(?(drp)(?:and|to|until|till|through)|(?:to|until|till|through))\s)
          \s*(?P<drd2>{_DAY})\s+(?:of\s+)?(?P<drm>{_MON})(?:,?\s*(?P<dry>{_YEAR}))?)
    | (?P<md>(?:(?P<mdwd>{_WD}),?\s+(?:the\s+)?)?(?P<mdm>{_MON})\s*(?P<mdd>{_DAY})
          (?:[,.]?\s*(?P<mdy>{_YEAR}))?)
    | (?P<dm>(?:(?P<dmwd>{_WD}),?\s+(?:the\s+)?)?(?P<dmd>{_DAY})\s+(?:of\s+)?(?P<dmm>{_MON})
          (?:,?\s*(?P<dmy>{_YEAR}))?)
    | (?P<pm>(?P<pmq>{_PART})[\s-]*(?P<pmm>{_MON})(?:,?\s+(?P<pmy>{_YEAR}))?)
    | (?P<py>(?P<pyq>{_PART})[\s-]*(?P<pyy>{_YEAR}))
    | (?P<my>(?P<mym>{_MON}),?\s+(?P<myy>{_YEAR}))
    | (?P<pr>(?P<prp>in|during|since|throughout|through|until|till|by|last|this|of
          |earlier\s+in|later\s+in)\s+(?P<prm>{_MON})(?!\.?\s*\d))
    | (?P<yr>(?:in|during|since|throughout|until|by)\s+(?P<yry>{_YEAR})(?!-))
    | (?P<hol>(?P<holn>christmas|new\s+year['’]s)\s+(?P<hole>day|eve))\b
    | (?P<rel>the\s+day\s+before\s+yesterday|yesterday
          |(?<!\bthe\s)last\s+(?:night|evening)(?!\s+of\b)|today|tonight
          |this\s+(?:morning|afternoon|evening)|earlier\s+today
          |(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!stay\s)(?<!stayed\s)(?<!remained\s)
           overnight(?!\s+(?:on\s+|into\s+|to\s+)?(?:{_WD}|{_MON}\s*\d)))\b
    | (?P<od>(?:(?<=\bon\s)|(?<=\bof\s))the\s+(?:(?P<odd>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)
          |(?<=\bon\sthe\s)(?P<ods>{_SPELLED_ORDINAL})(?=\s*[,.;:)]))
          (?!\s*,\s*\d)(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|when|while|whilst|during|after|before
          |following|near|around|as)\b))
    | (?P<relp>(?P<relq>last|this|earlier\s+this|later\s+this|earlier\s+in\s+the
          |later\s+in\s+the|the\s+past|past
          |(?:over|during)\s+the(?=\s+weekend))
          \s+(?P<relu>week|weekend|month|year))\b
    | (?P<hrs>(?:(?:over|in|during|within)\s+the\s+(?:past|last)|the\s+past)
          \s+(?:(?P<hrsn>24|48|72|twenty-four|forty-eight|seventy-two)\s+hours
          |(?P<hrsd>[2-9]|1[0-4]|two|three|four|five|six|seven|eight|nine|ten)\s+days
          |day)\b(?!\s+of\b))
    | (?P<ago>(?P<agon>\d{{1,3}}|an?|one|two|three|four|five|six|seven|eight|nine|ten)
          \s+(?P<agou>day|week|month|year)s?\s+ago)\b
    | (?P<wr>(?:(?P<wrp>between)\s+|(?:from|overnight)\s+)?(?P<wr1>{_WD})
          (?:\s+(?:night|evening))?\s+(?:to|into|until|till|through|(?(wrp)and|(?!)))\s+
          (?:(?:the\s+)?(?:early\s+)?(?:morning|hours)\s+of\s+)?(?P<wr2>{_WD})
          (?:\s+(?:morning|night))?)
    | (?P<wd>(?:(?P<wdlast>last)\s+)?(?P<wdn>{_WD})(?:\s+overnight\b)?)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_ONLY = re.compile(rf"\s*(?:in\s+)?(?P<y>{_YEAR})\s*", re.IGNORECASE)


# --- small date arithmetic ---------------------------------------------------------------------

def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _range(earliest: dt.date, latest: dt.date, precision: DatePrecision) -> DateRange:
    return DateRange(earliest=earliest, latest=latest, precision=precision)


def _year_for(month: int, day: int, anchor: dt.date | None) -> int | None:
    """The anchor's year, or the one before when month/day would fall after the anchor."""
    if anchor is None:
        return None
    candidate = _day(anchor.year, month, min(day, _last_day(anchor.year, month)))
    if candidate is not None and candidate > anchor:
        return anchor.year - 1
    return anchor.year


def _month_number(text: str) -> int:
    return _MONTHS[text.rstrip(".").lower()]


_NOT_DIGIT = re.compile(r"\D")


def _day_number(text: str) -> int:
    return int(_NOT_DIGIT.sub("", text))


def _part_name(part: str) -> str | None:
    """Which named part of a month or year a phrase names ("the middle of" -> "mid"), or None
    for the whole period. One classifier for both, so months and years accept the same words."""
    p = " ".join(part.lower().split())
    if p in ("early", "the beginning of", "beginning of", "the start of", "start of"):
        return "early"
    if p in ("mid", "the middle of", "middle of"):
        return "mid"
    if p in ("late", "the end of", "end of"):
        return "late"
    for name in ("first half", "second half", "first week", "last week"):
        if p.endswith(f"{name} of"):
            return name
    return None


def _month_part(part: str, year: int, month: int) -> DateRange:
    """A named part of a month: "mid" is the 11th..20th and so on (module doc)."""
    last = _last_day(year, month)
    name = _part_name(part) or ""
    first_day, last_day = {
        "early": (1, 10), "mid": (11, 20), "late": (21, last), "first half": (1, 15),
        "second half": (16, last), "first week": (1, 7), "last week": (last - 6, last),
    }.get(name, (1, last))
    precision: DatePrecision = "week" if name.endswith("week") else "month"
    return _range(dt.date(year, month, first_day), dt.date(year, month, last_day), precision)


def _year_part(part: str, year: int) -> DateRange:
    """A named part of a year: "early" is January..April, "mid" May..August, "late"
    September..December; the first and last week of a year are weeks."""
    name = _part_name(part)
    if name == "first week":
        return _range(dt.date(year, 1, 1), dt.date(year, 1, 7), "week")
    if name == "last week":
        return _range(dt.date(year, 12, 25), dt.date(year, 12, 31), "week")
    first_month, last_month = {
        "early": (1, 4), "mid": (5, 8), "late": (9, 12), "first half": (1, 6),
        "second half": (7, 12),
    }.get(name or "", (1, 12))
    return _range(dt.date(year, first_month, 1),
                  dt.date(year, last_month, _last_day(year, last_month)), "year")


def _weekday_before(anchor: dt.date, weekday: int, strictly: bool) -> dt.date:
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and strictly:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _month_range(year: int, month: int) -> DateRange:
    return _range(dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), "month")


def _shift_month(year: int, month: int, back: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - back
    return index // 12, index % 12 + 1


def _resolve(m: re.Match[str], anchor: dt.date | None) -> DateRange | None:
    """The range one match of ``_DATE`` denotes, or None when it cannot be resolved."""
    g = m.group
    if g("iso"):
        day = _day(int(g("iy")), int(g("im")), int(g("id")))
        return _range(day, day, "day") if day else None
    if g("num"):
        return _numeric_day(int(g("na")), int(g("nb")), int(g("ny")))
    if g("rg"):
        return _day_span(m, anchor)
    if g("dr"):  # "11-12 June", "the night of 11/12 June": days of one month
        month = _month_number(g("drm"))
        year = int(g("dry")) if g("dry") else _year_for(month, _day_number(g("drd2")), anchor)
        if year is None:
            return None
        first, last = _day(year, month, _day_number(g("drd"))), _day(year, month,
                                                                     _day_number(g("drd2")))
        return _range(first, last, "day") if first and last and first <= last else None
    for kind in ("md", "dm"):
        if g(kind):
            month, day_n = _month_number(g(kind + "m")), _day_number(g(kind + "d"))
            year_text = g(kind + "y")
            year = int(year_text) if year_text else _year_for(month, day_n, anchor)
            day = _day(year, month, day_n) if year is not None else None
            return _range(day, day, "day") if day else None
    if g("pm"):
        month = _month_number(g("pmm"))
        year = int(g("pmy")) if g("pmy") else None
        if year is None:
            if anchor is None:
                return None
            year = anchor.year
            earliest = _month_part(g("pmq"), year, month).earliest
            if earliest is not None and earliest > anchor:
                year -= 1
        return _month_part(g("pmq"), year, month)
    if g("py"):
        return _year_part(g("pyq"), int(g("pyy")))
    if g("my"):
        return _month_range(int(g("myy")), _month_number(g("mym")))
    if g("pr"):
        month = _month_number(g("prm"))
        year = _year_for(month, 1, anchor)
        if year is None or anchor is None:
            return None
        if g("prp").lower() == "last" and month >= anchor.month and year == anchor.year:
            year -= 1
        return _month_range(year, month)
    if g("yr"):
        year = int(g("yry"))
        return _range(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if anchor is None:
        return None
    return _resolve_relative(m, anchor)


def _numeric_day(a: int, b: int, year: int) -> DateRange | None:
    """"12/06/2011" is June 12 only because no month is 13 or more: a numeric date is read
    only when its order is certain (one part above 12, or both parts equal). "05/06/2011" is
    May 6 in US usage and 5 June in British and Afghan-English usage, and a release or article
    rarely says which; a wrong month is worse than no date, so it stays unread."""
    if a > 12 and b <= 12:
        day = _day(year, b, a)
    elif (b > 12 and a <= 12) or a == b:
        day = _day(year, a, b)
    else:
        return None
    return _range(day, day, "day") if day else None


def _day_span(m: re.Match[str], anchor: dt.date | None) -> DateRange | None:
    """"between June 10 and June 12", "from Dec. 30 to Jan. 2", "June 10-12", "June 11 and 12":
    the days from the first to the last (a year given once belongs to the last)."""
    g = m.group
    first_month, first_day = _month_number(g("rgm")), _day_number(g("rgd"))
    last_month = _month_number(g("rgm2")) if g("rgm2") else first_month
    last_day = _day_number(g("rgd2"))
    if g("rgy"):
        last_year = int(g("rgy"))
    else:
        found = _year_for(last_month, last_day, anchor)
        if found is None:
            return None
        last_year = found
    first_year = last_year - 1 if (first_month, first_day) > (last_month, last_day) else last_year
    earliest = _day(first_year, first_month, first_day)
    latest = _day(last_year, last_month, last_day)
    if earliest is None or latest is None or (latest - earliest).days > 31:
        return None
    if g("rgand") and (latest - earliest).days > 1:
        # "October 17 and 19": two days, not the days between; the first, as before
        return _range(earliest, earliest, "day")
    return _range(earliest, latest, "day")


def _resolve_relative(m: re.Match[str], anchor: dt.date) -> DateRange | None:
    g = m.group
    if g("rel"):
        rel = " ".join(g("rel").lower().split())
        back = {"yesterday": 1, "last night": 1, "last evening": 1, "overnight": 1,
                "the day before yesterday": 2}.get(rel, 0)
        day = anchor - dt.timedelta(days=back)
        return _range(day, day, "day")
    if g("hol"):
        # "on Christmas Day", "on New Year's Day": the last one on or before the anchor
        eve = g("hole").lower() == "eve"
        if g("holn").lower().startswith("christmas"):
            month, day_of = 12, 24 if eve else 25
        else:
            month, day_of = (12, 31) if eve else (1, 1)
        year = anchor.year if (anchor.month, anchor.day) >= (month, day_of) else anchor.year - 1
        holiday = dt.date(year, month, day_of)
        return _range(holiday, holiday, "day")
    if g("od"):
        # "on the 12th": a day of the anchor's month, else of the month before
        if g("ods") and _ENUMERATION.search(m.string, max(0, m.start() - 150), m.start()):
            return None  # "engaged the first; ... dropped a bomb on the second, a bunker"
        if g("ods") and _WEEKDAY_SET_OFF.match(m.string, m.end()):
            # "three mornings in a row. On the fourth, Saturday, ...": the fourth of the
            # mornings, whose day the weekday names
            return None
        n = int(g("odd")) if g("odd") else _SPELLED_DAY[g("ods").lower()]
        this_month = _day(anchor.year, anchor.month, n)
        if this_month is not None and this_month <= anchor:
            return _range(this_month, this_month, "day")
        year, month = _shift_month(anchor.year, anchor.month, 1)
        before = _day(year, month, n)
        return _range(before, before, "day") if before else None
    if g("relp"):
        which = " ".join(g("relq").lower().split())
        unit = g("relu").lower()
        monday = anchor - dt.timedelta(days=anchor.weekday())
        if unit == "week":
            if which == "last":
                return _range(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1),
                              "week")
            if which in ("the past", "past"):
                return _range(anchor - dt.timedelta(days=7), anchor, "week")
            return _range(monday, anchor, "week")
        if unit == "weekend":
            sunday = _weekday_before(anchor, 6, strictly=which == "last")
            return _range(sunday - dt.timedelta(days=1), sunday, "week")
        if unit == "month":
            if which == "last":
                year, month = _shift_month(anchor.year, anchor.month, 1)
                return _month_range(year, month)
            if which in ("the past", "past"):
                return _range(anchor - dt.timedelta(days=30), anchor, "month")
            return _range(anchor.replace(day=1), anchor, "month")
        if which == "last":
            return _range(dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31),
                          "year")
        if which in ("the past", "past"):
            return _range(anchor - dt.timedelta(days=365), anchor, "year")
        return _range(dt.date(anchor.year, 1, 1), anchor, "year")
    if g("hrs"):
        hours = (g("hrsn") or "").lower()
        days = (g("hrsd") or "").lower()
        back = (int(days) if days.isdigit() else _SMALL_NUMBERS.get(days, 1) if days
                else 2 if hours in ("48", "forty-eight")
                else 3 if hours in ("72", "seventy-two") else 1)
        # a few days are days; up to a fortnight is weeks
        return _range(anchor - dt.timedelta(days=back), anchor, "day" if back <= 3 else "week")
    if g("ago"):
        count_text = g("agon").lower()
        n = int(count_text) if count_text.isdigit() else _SMALL_NUMBERS[count_text]
        unit = g("agou").lower()
        if unit == "day":
            day = anchor - dt.timedelta(days=n)
            return _range(day, day, "day")
        if unit == "week":
            centre = anchor - dt.timedelta(days=7 * n)
            return _range(centre - dt.timedelta(days=3),
                          min(centre + dt.timedelta(days=3), anchor), "week")
        if unit == "month":
            year, month = _shift_month(anchor.year, anchor.month, n)
            return _month_range(year, month)
        year = anchor.year - n
        return _range(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if g("wr"):
        # "between Sunday and Monday", "overnight Sunday into Monday": the days up to the last
        # one named, on or before the anchor
        last = _weekday_before(anchor, _WEEKDAYS[g("wr2").lower()], strictly=False)
        back = (_WEEKDAYS[g("wr2").lower()] - _WEEKDAYS[g("wr1").lower()]) % 7 or 7
        return _range(last - dt.timedelta(days=back), last, "day")
    if g("wd"):
        weekday = _WEEKDAYS[g("wdn").lower()]
        day = _weekday_before(anchor, weekday, strictly=g("wdlast") is not None)
        return _range(day, day, "day")
    return None


# --- public API ----------------------------------------------------------------------------

# ``find_dates`` tries ``_DATE`` only at words that can begin a date expression, decided from
# the word and the next few words with set look-ups (a linear word scan, few regex attempts).
_WORD = re.compile(r"[^\W_]+")
_MONTH_TOKENS = frozenset(alt for name in _MONTHS for alt in (name.capitalize(), name.upper()))
_ALWAYS = frozenset({*_WEEKDAYS, "yesterday", "today", "tonight", "overnight", "christmas",
                     "new"})
_PART_WORDS = frozenset({"early", "late", "mid", "end", "beginning", "start", "middle", "first",
                         "second"})
_PREPOSITIONS = frozenset({"in", "during", "since", "throughout", "through", "until", "till",
                           "by", "of", "between", "from"})
_RELATIVE = frozenset({"last", "this", "earlier", "later", "past"})
_RELATIVE_NEXT = frozenset({"week", "weekend", "month", "year", "night", "morning",
                            "afternoon", "evening", "today", "this", "in", *_WEEKDAYS})
_THE_NEXT = frozenset({"day", "end", "beginning", "start", "middle", "first", "second", "last",
                       "past"})
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_LOOK_AHEAD = frozenset({*_PART_WORDS, *_PREPOSITIONS, *_RELATIVE, "the", "over", "within",
                         *_SMALL_NUMBERS})


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _may_start(word: str, following: list[str]) -> bool:
    """Whether a date expression can begin at ``word`` (lower case) given the next words."""
    if word in _PART_WORDS:
        return any(w in _MONTH_TOKENS or _is_year(w) for w in following[:4])
    if not following:
        return False
    nxt = following[0]
    if word in _PREPOSITIONS:
        return (nxt in _MONTH_TOKENS or _is_year(nxt)
                or (word in ("in", "during") and nxt.lower() == "the")  # "in the past day"
                or (word in ("between", "from")  # "from 10 to 12 June", "between Sunday and"
                    and (nxt[:1].isdigit() or nxt.lower() in _WEEKDAYS)))
    if word in ("over", "within"):
        return nxt.lower() == "the"  # "over the past 24 hours", "within the last 24 hours"
    if word in _RELATIVE:
        return nxt.lower() in _RELATIVE_NEXT or nxt in _MONTH_TOKENS
    if word == "the":
        return (nxt.lower() in _THE_NEXT or nxt[:1].isdigit()  # "on the 12th"
                or nxt.lower() in _SPELLED_DAY)  # "on the twelfth"
    return nxt.lower() in _UNITS  # "two days ago"


def find_dates(text: str, anchor: dt.date | None) -> list[DateMention]:
    """Every resolvable date expression in ``text``, left to right, non-overlapping.

    Expressions that need an anchor ("yesterday", "October 19") are skipped when ``anchor`` is
    None. A bare year counts only after a preposition ("in 2019", "since 2019"), so that years
    in names and numbers are not read as dates; ``resolve_date("2019", ...)`` does resolve it.
    """
    found: list[DateMention] = []
    pos = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < pos:
            continue
        token = word.group()
        lower = token.lower()
        if not (token[0].isdigit() or lower in _ALWAYS or token in _MONTH_TOKENS):
            if lower not in _LOOK_AHEAD:
                continue
            # only the part words ("early", "mid") look past the next word
            if lower in _PART_WORDS:
                following = _WORD.findall(text, word.end(), word.end() + 40)[:4]
            else:
                nxt = _WORD.search(text, word.end(), word.end() + 40)
                following = [nxt.group()] if nxt is not None else []
            if not _may_start(lower, following):
                continue
        m = _DATE.match(text, start)
        if m is None:
            continue
        pos = m.end()
        resolved = _resolve(m, anchor)
        if resolved is not None:
            found.append(DateMention(start=m.start(), end=m.end(), text=m.group(0),
                                     range=resolved))
    return found


def resolve_date(expression: str, anchor: dt.date | None) -> DateRange | None:
    """The range a date expression denotes ("on Monday", "mid-October", "2019"), or None.

    The first resolvable date expression in ``expression`` is used, so a quote works as well
    as a bare expression ("between nine pm and midnight on October 19" → October 19).
    """
    mentions = find_dates(expression, anchor)
    if mentions:
        return mentions[0].range
    m = _YEAR_ONLY.fullmatch(expression)
    if m:
        year = int(m.group("y"))
        return _range(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return None


def _describe(r: DateRange) -> str:
    if r.earliest and r.latest and r.earliest == r.latest:
        return r.earliest.isoformat()
    lo = r.earliest.isoformat() if r.earliest else "?"
    hi = r.latest.isoformat() if r.latest else "?"
    return f"{lo}..{hi}"


def date_contradiction(claimed: DateRange, quote: str, anchor: dt.date | None) -> str | None:
    """A message when the claim's own date quote resolves to dates disjoint from ``claimed``.

    Conservative: no message when the quote has no resolvable date, when ``claimed`` has no
    bounds, or when *any* date in the quote overlaps the claimed range (a missing bound is
    open).
    """
    if claimed.earliest is None and claimed.latest is None:
        return None
    mentions = find_dates(quote, anchor)
    if not mentions:
        return None
    lo = claimed.earliest or dt.date.min
    hi = claimed.latest or dt.date.max
    for mention in mentions:
        r = mention.range
        if (r.earliest or dt.date.min) <= hi and lo <= (r.latest or dt.date.max):
            return None
    flat = " ".join(quote.split())
    if len(flat) > 120:
        flat = flat[:119] + "…"
    said = ", ".join(_describe(m.range) for m in mentions)
    return (f'the date quote "{flat}" says {said} but date_earliest/date_latest say '
            f"{_describe(claimed)}")


# --- publication date and datelines ------------------------------------------------------------

# How far into the text a dateline or publication date may be (titles, release numbers and
# bylines come first; past this the dates are the story's own).
_HEAD = 600
_FULL_DATE = re.compile(
    rf"""
    (?<![\w-])(?:
      (?<![\d-])(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])
    | (?P<mdm>{_MON})\s*(?P<mdd>{_DAY})[,.]?\s*(?P<mdy>{_YEAR})
    | (?P<dmd>{_DAY})\s+(?:of\s+)?(?P<dmm>{_MON}),?\s*(?P<dmy>{_YEAR})
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# (a stray comma or space is an ISAF typo: "(July, 3, 2012)", "(Sept. 3 , 2011)")
_DATELINE = re.compile(
    rf"\(\s*(?P<m>{_MON}),?\s*(?P<d>{_DAY})(?:\s*[,.]?\s*(?P<y>{_YEAR}))?\s*\)",
    re.IGNORECASE)
# "KABUL, Afghanistan – Jan. 27 –": a dateline's date set off by dashes, not parentheses.
_DASH_DATELINE = re.compile(
    rf"\b[A-Z]{{2}}[A-Z.'’ -]*,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[-–—−]+\s*"
    rf"(?P<m>(?i:{_MON}))\s*(?P<d>{_DAY})(?:\s*[,.]?\s*(?P<y>{_YEAR}))?\s*[-–—−]")
_TITLE_DATE = re.compile(rf"\A\s*(?P<m>{_MON})\s*(?P<d>{_DAY})(?:[,.]?\s*(?P<y>{_YEAR}))?\s*:",
                         re.IGNORECASE)
# ISAF release numbers: "2012-04-S-048", "2010-02-CA-017", "ISAF HQ PRESS RELEASE 2010-01-044"
# (three digits: not an ISO date's day).
# (the desk's code runs to four letters: "S", "CA", "RCE", a regional command's "RCSW")
_RELEASE_NUMBER = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?:[A-Z]{1,4}[-–]\d{2,4}|\d{3})\b")


def _full_date(m: re.Match[str]) -> dt.date | None:
    if m.group("iy"):
        return _day(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    for kind in ("md", "dm"):
        if m.group(kind + "m"):
            return _day(int(m.group(kind + "y")), _month_number(m.group(kind + "m")),
                        _day_number(m.group(kind + "d")))
    return None


# A 2009 ISAF headquarters release number gives its year and a serial, no month: "ISAF PR
# 2009-0605", "PRESS RELEASE 2009-741", "Press Release #2009-498" (the serial restarts each
# year, so its year is the release's).
_SERIAL_NUMBER = re.compile(
    r"\b(?:PR|(?:press|news)\s+release|release)\s*(?:#|No\.)?\s*(?P<y>(?:19|20)\d\d)-"
    r"(?!(?:19|20)\d\d\b)\d{3,4}\b(?!-)", re.IGNORECASE)  # (not a span of years: "2009-2010")


def _release_year(head: str, month: int) -> int | None:
    """The year of an ISAF release number near the top, adjusted across a Dec/Jan boundary;
    else the year of a serial release number (``_SERIAL_NUMBER``)."""
    m = _RELEASE_NUMBER.search(head)
    if m is None:
        serial = _SERIAL_NUMBER.search(head)
        return int(serial.group("y")) if serial is not None else None
    year, release_month = int(m.group("y")), int(m.group("m"))
    if month == 12 and release_month == 1:
        return year - 1
    if month == 1 and release_month == 12:
        return year + 1
    return year


# A month with its year, or a year after "in"/"since"...: a time the text looks back on.
_PAST_MONTH_YEAR = re.compile(
    rf"(?<![\w-])(?:(?P<m>{_MON})(?:\s*{_DAY})?,?\s+(?P<my>{_YEAR})"
    rf"|(?:(?:in|during|since|throughout|until|by)(?:\s+the\s+(?:start|beginning|end|middle)\s+of)?"
    rf"|early|late|mid-?)\s+(?P<y>{_YEAR}))(?![\d-])", re.IGNORECASE)


# A year standing alone where a release prints its own, at its very end: "(2010)", "(ISAF
# Joint Command, 2011)" or "ISAF Joint Command - Afghanistan, 2010." on the last line.
_OWN_YEAR = re.compile(
    rf"\((?:[^()]{{0,40}},\s*)?(?P<p>{_YEAR})\s*\)\s*\Z|,\s*(?P<c>{_YEAR})\.?\s*\Z")


def _own_year(text: str) -> int | None:
    """The year a release prints alone at its foot, when it does."""
    years = {int(m.group("p") or m.group("c")) for m in _OWN_YEAR.finditer(text.rstrip())}
    return years.pop() if len(years) == 1 else None


def _year_after_text(text: str, month: int, day: int) -> int | None:
    """The year of a yearless dateline ("(Jan. 14)") from the dates the text itself names: the
    first that puts the dateline on or after each of them, since a report looks back ("in June
    2011" before "(Jan. 14)" makes it 2012). None when the text names no year."""
    latest: dt.date | None = None
    for m in _PAST_MONTH_YEAR.finditer(text):
        if m.group("my"):
            named = dt.date(int(m.group("my")), _month_number(m.group("m")), 1)
        else:
            named = dt.date(int(m.group("y")), 1, 1)
        latest = named if latest is None else max(latest, named)
    if latest is None:
        return None
    year = latest.year
    if (month, day) < (latest.month, latest.day):
        year += 1
    return year


def find_publication_date(text: str) -> dt.date | None:
    """The article's own date, from the top of the text (the first 600 characters).

    In order of preference: a parenthesised dateline with a year ("KABUL, Afghanistan (Jan. 25,
    2013)"); the first full date with a year ("October 21, 2020", "21 October 2020",
    "2020-10-21", "Evening Operational Update May 7, 2011"); a dateline without a year ("(Jan.
    27)") whose year an ISAF release number nearby gives ("2012-01-S-081"), else the first
    year that puts it after every month and year the text names (``_year_after_text``).
    Otherwise None: a month and day with no year in the text are not guessed
    (``anchor_from_dateline`` takes a year hint for those).
    """
    head = text[:_HEAD]
    for m in _DATELINE.finditer(head):
        if m.group("y"):
            day = _day(int(m.group("y")), _month_number(m.group("m")), _day_number(m.group("d")))
            if day:
                return day
    dateline = _DATELINE.search(head)
    if dateline and (_RELEASE_NUMBER.search(head) or _SERIAL_NUMBER.search(head)):
        # "2011-08-S-204 ... KABUL, Afghanistan (Aug. 21)": the release's own date, before a
        # full date its body recalls ("On Aug. 6, 2011, insurgents ...")
        month = _month_number(dateline.group("m"))
        year = _release_year(head, month)
        day = _day(year, month, _day_number(dateline.group("d"))) if year else None
        if day:
            return day
    for m in _FULL_DATE.finditer(head):
        day = _full_date(m)
        if day:
            return day
    dateline = (_DATELINE.search(head) or _DASH_DATELINE.search(head)
                or _TITLE_DATE.search(head))
    if dateline:
        month = _month_number(dateline.group("m"))
        day_n = _day_number(dateline.group("d"))
        year = _release_year(head, month) or _release_year(text, month) or _own_year(text)
        if year is None:
            year = _year_after_text(text, month, day_n)
        if year is not None:
            return _day(year, month, day_n)
    # a field at the foot that gives it, under a dateline with no date ("BAGRAM AIRFIELD,
    # Afghanistan - ..." and, after the body, "Date: Nov. 23, 2009")
    for m in _DATE_FIELD.finditer(text):
        full = _FULL_DATE.match(text, m.end())
        if full is not None and (day := _full_date(full)) is not None:
            return day
    return None


# A release's date given as a field of its own: "Date: Nov. 23, 2009", "Release date: ...".
_DATE_FIELD = re.compile(r"^[ \t]*(?:Release\s+)?Date[ \t]*:[ \t]*", re.IGNORECASE | re.MULTILINE)


def anchor_from_dateline(text: str, year_hint: int | None) -> dt.date | None:
    """The dateline's date, for datelines that may lack a year ("KABUL, Afghanistan (Jan. 27)").

    Month and day come from the dateline (the parenthesised date near the top, else a title
    starting "Feb. 3:"). The year is the dateline's own when it has one; else ``year_hint``
    (e.g. the known publication year); else the year of an ISAF release number nearby; else
    the year the text's own dates imply (``_year_after_text``). With no
    dateline, the result is ``find_publication_date(text)``. None when no year is known.
    """
    head = text[:_HEAD]
    m = _DATELINE.search(head) or _DASH_DATELINE.search(head) or _TITLE_DATE.search(head)
    if m is None:
        return find_publication_date(text)
    month, day_n = _month_number(m.group("m")), _day_number(m.group("d"))
    if m.group("y"):
        year: int | None = int(m.group("y"))
    else:
        year = year_hint if year_hint is not None else _release_year(head, month)
        if year is None:
            # a release number at the foot ("... ISAF Joint Command - Afghanistan
            # 2012-07-S-091" after the body), or a year printed alone there ("(2010)"), else
            # the years the text names
            year = (_release_year(text, month) or _own_year(text)
                    or _year_after_text(text, month, day_n))
    if year is None:
        return None
    return _day(year, month, day_n)
