"""Specification of llmextract.normalize.dates: datelines and event dates as DateRanges."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from llmextract.normalize.dates import (
    anchor_from_dateline,
    date_contradiction,
    find_dates,
    find_publication_date,
    resolve_date,
)
from llmextract.schema import DatePrecision, DateRange
from tests.scaling import assert_scales_linearly

REPO = Path(__file__).resolve().parent.parent
SEED = (REPO / "evals" / "seed" / "iranwire-2020-10-21-airstrikes-albukamal.txt").read_text(
    encoding="utf-8"
)
ISAF = [
    json.loads(line)
    for line in (REPO / "evals" / "external" / "isaf" / "dev.jsonl").read_text(
        encoding="utf-8").split("\n")
    if line.strip()
]
D = dt.date
WED = D(2020, 10, 21)  # the seed article's publication date, a Wednesday

# expression -> (earliest, latest, precision), anchored on Wednesday 2020-10-21
RESOLVE: list[tuple[str, dt.date, dt.date, DatePrecision]] = [
    ("today", D(2020, 10, 21), D(2020, 10, 21), "day"),
    ("earlier today", D(2020, 10, 21), D(2020, 10, 21), "day"),
    ("this morning", D(2020, 10, 21), D(2020, 10, 21), "day"),
    ("tonight", D(2020, 10, 21), D(2020, 10, 21), "day"),
    ("yesterday", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("Yesterday", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("last night", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("the day before yesterday", D(2020, 10, 19), D(2020, 10, 19), "day"),
    # the night before the dateline, like "last night"; a weekday next to it names the night
    ("overnight", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("last evening", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("during the weekend", D(2020, 10, 17), D(2020, 10, 18), "week"),
    ("killed two fighters overnight.", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("Monday overnight", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("overnight Monday", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("during an overnight raid on Monday", D(2020, 10, 19), D(2020, 10, 19), "day"),
    # a span of days, from its first day to its last
    ("between October 17 and October 19", D(2020, 10, 17), D(2020, 10, 19), "day"),
    ("between Oct. 17 and 19", D(2020, 10, 17), D(2020, 10, 19), "day"),
    ("from October 17 to October 19", D(2020, 10, 17), D(2020, 10, 19), "day"),
    ("from Oct. 17 through 19", D(2020, 10, 17), D(2020, 10, 19), "day"),
    ("Oct. 17-19", D(2020, 10, 17), D(2020, 10, 19), "day"),
    ("from Sept. 28 to Oct. 2, 2019", D(2019, 9, 28), D(2019, 10, 2), "day"),
    ("from Dec. 30 to Jan. 2, 2020", D(2019, 12, 30), D(2020, 1, 2), "day"),
    ("October 17 and 19", D(2020, 10, 17), D(2020, 10, 17), "day"),  # two days, no span
    ("October 19 to the north of the city", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("on Monday", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("on Monday night", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("Tuesday", D(2020, 10, 20), D(2020, 10, 20), "day"),
    ("Wednesday", D(2020, 10, 21), D(2020, 10, 21), "day"),  # the anchor's own weekday
    ("Thursday", D(2020, 10, 15), D(2020, 10, 15), "day"),  # the most recent past one
    ("last Monday", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("last Wednesday", D(2020, 10, 14), D(2020, 10, 14), "day"),
    ("Monday, October 19", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("October 19", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("Oct. 19", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("Oct 19th", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("Oct. 19, 2020", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("19 October", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("the 19th of October", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("19 October 2019", D(2019, 10, 19), D(2019, 10, 19), "day"),
    ("2020-10-19", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("Nov. 1. 2011", D(2011, 11, 1), D(2011, 11, 1), "day"),  # an ISAF typo
    ("Dec 01, 2012", D(2012, 12, 1), D(2012, 12, 1), "day"),
    ("between nine pm and midnight on October 19", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("3 days ago", D(2020, 10, 18), D(2020, 10, 18), "day"),
    ("two days ago", D(2020, 10, 19), D(2020, 10, 19), "day"),
    ("over the past 24 hours", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("Over the past 24 hours", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("in the last 24 hours", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("during the past twenty-four hours", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("over the past day", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("in the last day", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("the past 24 hours", D(2020, 10, 20), D(2020, 10, 21), "day"),  # "the past" alone is clear
    ("the past day", D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("over the past 48 hours", D(2020, 10, 19), D(2020, 10, 21), "day"),
    ("during the last forty-eight hours", D(2020, 10, 19), D(2020, 10, 21), "day"),
    ("15 insurgents were killed during separate operations over the last 24 hours",
     D(2020, 10, 20), D(2020, 10, 21), "day"),
    ("mid-October", D(2020, 10, 11), D(2020, 10, 20), "month"),
    ("in mid-October", D(2020, 10, 11), D(2020, 10, 20), "month"),
    ("the middle of October", D(2020, 10, 11), D(2020, 10, 20), "month"),
    ("early October", D(2020, 10, 1), D(2020, 10, 10), "month"),
    ("the beginning of October", D(2020, 10, 1), D(2020, 10, 10), "month"),
    ("late October", D(2020, 10, 21), D(2020, 10, 31), "month"),
    ("the end of September", D(2020, 9, 21), D(2020, 9, 30), "month"),
    ("the first half of October", D(2020, 10, 1), D(2020, 10, 15), "month"),
    ("the second half of September", D(2020, 9, 16), D(2020, 9, 30), "month"),
    ("the first week of October", D(2020, 10, 1), D(2020, 10, 7), "week"),
    ("the last week of September", D(2020, 9, 24), D(2020, 9, 30), "week"),
    ("late February 2020", D(2020, 2, 21), D(2020, 2, 29), "month"),  # a leap year
    ("in October", D(2020, 10, 1), D(2020, 10, 31), "month"),
    ("in May", D(2020, 5, 1), D(2020, 5, 31), "month"),
    ("in December", D(2019, 12, 1), D(2019, 12, 31), "month"),  # after the anchor: last year
    ("last October", D(2019, 10, 1), D(2019, 10, 31), "month"),
    ("October 2019", D(2019, 10, 1), D(2019, 10, 31), "month"),
    ("this week", D(2020, 10, 19), D(2020, 10, 21), "week"),
    ("earlier this week", D(2020, 10, 19), D(2020, 10, 21), "week"),
    ("last week", D(2020, 10, 12), D(2020, 10, 18), "week"),
    ("the past week", D(2020, 10, 14), D(2020, 10, 21), "week"),
    ("last weekend", D(2020, 10, 17), D(2020, 10, 18), "week"),
    ("over the weekend", D(2020, 10, 17), D(2020, 10, 18), "week"),  # the one just gone
    ("two weeks ago", D(2020, 10, 4), D(2020, 10, 10), "week"),
    ("this month", D(2020, 10, 1), D(2020, 10, 21), "month"),
    ("earlier this month", D(2020, 10, 1), D(2020, 10, 21), "month"),
    ("last month", D(2020, 9, 1), D(2020, 9, 30), "month"),
    ("2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("in 2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("in late 2019", D(2019, 9, 1), D(2019, 12, 31), "year"),
    ("early 2019", D(2019, 1, 1), D(2019, 4, 30), "year"),
    ("mid-2019", D(2019, 5, 1), D(2019, 8, 31), "year"),
    ("this year", D(2020, 1, 1), D(2020, 10, 21), "year"),
    ("last year", D(2019, 1, 1), D(2019, 12, 31), "year"),
]


@pytest.mark.parametrize(("expression", "earliest", "latest", "precision"), RESOLVE,
                         ids=[r[0] for r in RESOLVE])
def test_resolve_date(expression: str, earliest: dt.date, latest: dt.date,
                      precision: DatePrecision) -> None:
    assert resolve_date(expression, WED) == DateRange(earliest=earliest, latest=latest,
                                                      precision=precision)


# (expression, anchor, expected day): weekdays and year boundaries from other anchors
ANCHORED = [
    ("Monday", D(2020, 10, 19), D(2020, 10, 19)),  # "Monday" in a Monday article is that day
    ("last Monday", D(2020, 10, 19), D(2020, 10, 12)),
    ("Sunday", D(2020, 10, 19), D(2020, 10, 18)),
    ("Tuesday", D(2011, 11, 22), D(2011, 11, 22)),  # ISAF (Nov. 22, 2011): "...province, Tuesday"
    ("Thursday", D(2010, 9, 24), D(2010, 9, 23)),  # ISAF (Sept. 24): "... Thursday"
    ("yesterday", D(2013, 1, 1), D(2012, 12, 31)),
    ("Dec. 30", D(2013, 1, 2), D(2012, 12, 30)),  # a month-day after the anchor: last year
    ("Jan. 1", D(2013, 1, 2), D(2013, 1, 1)),
    ("Sept. 26", D(2011, 10, 3), D(2011, 9, 26)),
    ("October 22", D(2020, 10, 21), D(2019, 10, 22)),
]


@pytest.mark.parametrize(("expression", "anchor", "day"), ANCHORED,
                         ids=[f"{a[0]}@{a[1]}" for a in ANCHORED])
def test_resolve_against_other_anchors(expression: str, anchor: dt.date, day: dt.date) -> None:
    assert resolve_date(expression, anchor) == DateRange(earliest=day, latest=day,
                                                         precision="day")


@pytest.mark.parametrize("expression", [
    "yesterday", "on Monday", "October 19", "mid-October", "last week", "in October",
    "3 days ago", "this year", "over the past 24 hours", "in the last 48 hours", "the past day",
])
def test_relative_expressions_need_an_anchor(expression: str) -> None:
    assert resolve_date(expression, None) is None


@pytest.mark.parametrize(("expression", "earliest", "latest"), [
    ("Oct. 19, 2020", D(2020, 10, 19), D(2020, 10, 19)),
    ("2020-10-19", D(2020, 10, 19), D(2020, 10, 19)),
    ("October 2019", D(2019, 10, 1), D(2019, 10, 31)),
    ("late 2019", D(2019, 9, 1), D(2019, 12, 31)),
    ("2019", D(2019, 1, 1), D(2019, 12, 31)),
])
def test_absolute_expressions_resolve_without_an_anchor(expression: str, earliest: dt.date,
                                                        latest: dt.date) -> None:
    resolved = resolve_date(expression, None)
    assert resolved is not None
    assert (resolved.earliest, resolved.latest) == (earliest, latest)


@pytest.mark.parametrize("expression", [
    "Feb 30",  # no such day
    "you may go",  # the modal verb, not the month
    "a march on the capital",
    "the strike killed two people",
    "9.00 PM",
    "2011-05-S-022",  # an ISAF release number
    "the last 24 hours",  # "the last" needs "over", "in" or "during" (the last 24 hours of what?)
    "the last day",
    "in the last day of Ramadan",
    "over the last 24 hours of the siege",
    "over the past 96 hours",  # only 24, 48 and 72 hours are read
    "an overnight operation",  # the kind of operation, not when it was
    "the last night of the festival",
    "the last evening of Ramadan",
    "the patrol stayed overnight",
    "",
])
def test_not_a_date(expression: str) -> None:
    assert resolve_date(expression, WED) is None


def test_seed_article_dates() -> None:
    mentions = find_dates(SEED, WED)
    assert [(m.text, m.range.earliest, m.range.latest, m.range.precision) for m in mentions] == [
        ("October 21, 2020", D(2020, 10, 21), D(2020, 10, 21), "day"),  # publication
        ("Monday, October 19", D(2020, 10, 19), D(2020, 10, 19), "day"),
        ("October 19", D(2020, 10, 19), D(2020, 10, 19), "day"),  # between nine pm and midnight
        ("Monday", D(2020, 10, 19), D(2020, 10, 19), "day"),  # at around 9.00 PM on Monday night
        ("late 2019", D(2019, 9, 1), D(2019, 12, 31), "year"),
        ("mid-October", D(2020, 10, 11), D(2020, 10, 20), "month"),
        ("October 21, 2020", D(2020, 10, 21), D(2020, 10, 21), "day"),  # the footer
    ]
    for m in mentions:
        assert SEED[m.start:m.end] == m.text


def test_find_dates_past_hours_span_starts_at_the_preposition() -> None:
    text = "Two strikes over the past 24 hours and one during the last 48 hours, officials said."
    assert [(m.text, m.range) for m in find_dates(text, WED)] == [
        ("over the past 24 hours", DateRange(earliest=D(2020, 10, 20), latest=WED,
                                             precision="day")),
        ("during the last 48 hours", DateRange(earliest=D(2020, 10, 19), latest=WED,
                                               precision="day")),
    ]
    assert find_dates(text, None) == []


def test_find_dates_without_anchor_keeps_only_absolute_dates() -> None:
    texts = [m.text for m in find_dates(SEED, None)]
    assert texts == ["October 21, 2020", "late 2019", "October 21, 2020"]


def test_find_dates_on_isaf_spans_are_exact_and_ordered() -> None:
    for row in ISAF:
        text = row["text"]
        end = 0
        for m in find_dates(text, D(2011, 6, 15)):
            assert text[m.start:m.end] == m.text
            assert m.start >= end
            end = m.end


PUBLICATION = [
    (SEED, D(2020, 10, 21)),
    ("KABUL, Afghanistan (Jan. 25, 2013) – An Afghan and coalition force ...", D(2013, 1, 25)),
    ("ISAF Joint Command Evening Operational Update May 7, 2011\nISAF Joint Command ...",
     D(2011, 5, 7)),
    ("Published 21 October 2020\nAirstrikes hit ...", D(2020, 10, 21)),
    ("2020-10-21\nAirstrikes hit ...", D(2020, 10, 21)),
    ("2012-04-S-048\n\nFor Immediate Release\n\nKABUL, Afghanistan (Apr. 25)\nFinally, ...",
     D(2012, 4, 25)),  # year from the release number
    ("Feb. 3: Afghan-ISAF Operations\nISAF Joint Command 2010-02-CA-017 For Immediate Release",
     D(2010, 2, 3)),
    ("2012-01-S-001\nKABUL, Afghanistan (Dec. 31)\n...", D(2011, 12, 31)),  # across New Year
    # a regional command's desk code of four letters
    ("Patrol Finds Workshop\n2010-11-RCSW-031 For Immediate Release CAMP LEATHERNECK, "
     "Afghanistan (Nov. 4) - Marines ...", D(2010, 11, 4)),
    ("2011-09-RCE-088\nFORWARD OPERATING BASE GARDEZ, Afghanistan (Sept. 25) - ...",
     D(2011, 9, 25)),
    ("KABUL, Afghanistan (Jan. 27)\nA combined Afghan and coalition force ...", None),  # no year
    # no year at the top: the first that puts the dateline after what the text looks back on
    ("KABUL, Afghanistan (Jan. 14) — ... an attack on a school in June 2011. ...",
     D(2012, 1, 14)),
    ("KABUL, Afghanistan (Aug. 14) — ... an attack on a school in June 2011. ...",
     D(2011, 8, 14)),
    ("KABUL, Afghanistan (Jan. 14) — ... he had led the cell since 2009. ...", D(2009, 1, 14)),
    ("Airstrikes hit the town. " * 40 + "On March 3, 2019 ...", None),  # too deep in the text
    ("No date here at all.", None),
]


@pytest.mark.parametrize(("text", "expected"), PUBLICATION,
                         ids=[f"{i}:{p[0][:30]}" for i, p in enumerate(PUBLICATION)])
def test_find_publication_date(text: str, expected: dt.date | None) -> None:
    assert find_publication_date(text) == expected


DATELINES = [
    ("KABUL, Afghanistan (Jan. 27)\nA combined ...", 2012, D(2012, 1, 27)),
    ("KABUL, Afghanistan (Jan. 27)\nA combined ...", None, None),
    ("KABUL, Afghanistan (Jan. 27)\nHe led attacks in March 2012 ...", None, D(2013, 1, 27)),
    ("KABUL, Afghanistan (Jan. 27)\nHe led attacks in March 2012 ...", 2014, D(2014, 1, 27)),
    ("KABUL, Afghanistan (Sept. 24) - Afghan and coalition ...", 2010, D(2010, 9, 24)),
    ("KABUL, Afghanistan (August 14)", 2012, D(2012, 8, 14)),
    ("KABUL, Afghanistan (Jan. 18, 2011) — Afghan ...", 2015, D(2011, 1, 18)),  # own year wins
    # a stray comma or space in the dateline (ISAF typos)
    ("KABUL, Afghanistan (July, 3, 2012) - A combined ...", None, D(2012, 7, 3)),
    ("KABUL, Afghanistan (Sept. 3 , 2011) - A combined ...", None, D(2011, 9, 3)),
    ("2012-08-S-027 | KABUL, Afghanistan (August 14) | In Sabari ...", None, D(2012, 8, 14)),
    ("May 30: Afghan ISAF Operations in Southern, Eastern Afghanistan", 2010, D(2010, 5, 30)),
    (SEED, None, D(2020, 10, 21)),  # no dateline: the publication date
    ("Nothing dated.", 2012, None),
]


@pytest.mark.parametrize(("text", "hint", "expected"), DATELINES,
                         ids=[f"{i}:{d[0][:30]}" for i, d in enumerate(DATELINES)])
def test_anchor_from_dateline(text: str, hint: int | None, expected: dt.date | None) -> None:
    assert anchor_from_dateline(text, hint) == expected


def test_isaf_datelines_anchor_most_releases() -> None:
    anchored = sum(
        anchor_from_dateline(row["text"], int(row["labels"]["start_date"][:4])) is not None
        for row in ISAF
    )
    assert anchored >= 0.9 * len(ISAF)


def R(earliest: dt.date, latest: dt.date, precision: DatePrecision = "day") -> DateRange:
    return DateRange(earliest=earliest, latest=latest, precision=precision)


CONTRADICTIONS = [
    (R(D(2020, 10, 19), D(2020, 10, 19)), "on Monday, October 19", False),
    (R(D(2020, 10, 20), D(2020, 10, 20)), "on Monday, October 19", True),
    (R(D(2020, 10, 21), D(2020, 10, 21)), "at around 9.00 PM on Monday night", True),
    (R(D(2020, 10, 19), D(2020, 10, 19)), "at around 9.00 PM on Monday night", False),
    (R(D(2020, 10, 15), D(2020, 10, 15)), "in mid-October", False),
    (R(D(2020, 10, 1), D(2020, 10, 31), "month"), "in mid-October", False),
    (R(D(2020, 10, 5), D(2020, 10, 5)), "in mid-October", True),
    (R(D(2020, 10, 19), D(2020, 10, 19)), "the raids continued throughout the night", False),
    (DateRange(), "on Monday, October 19", False),  # an unknown date cannot be contradicted
    (R(D(2020, 10, 19), D(2020, 10, 19)), "yesterday and on Monday", False),  # one overlaps
    (R(D(2020, 10, 14), D(2020, 10, 14)), "killed over the past 24 hours", True),  # a week early
    (R(D(2020, 10, 21), D(2020, 10, 21)), "killed over the past 24 hours", False),
    (R(D(2020, 10, 20), D(2020, 10, 20)), "killed over the past 24 hours", False),
    (R(D(2020, 10, 19), D(2020, 10, 19)), "killed over the past 24 hours", True),
    (R(D(2020, 10, 19), D(2020, 10, 19)), "killed over the past 48 hours", False),
]


@pytest.mark.parametrize(("claimed", "quote", "flagged"), CONTRADICTIONS,
                         ids=[f"{c[1]}-{c[0].earliest}" for c in CONTRADICTIONS])
def test_date_contradiction(claimed: DateRange, quote: str, flagged: bool) -> None:
    problem = date_contradiction(claimed, quote, WED)
    assert (problem is not None) == flagged, problem


def test_date_contradiction_message_is_precise() -> None:
    assert date_contradiction(R(D(2020, 10, 20), D(2020, 10, 20)), "on Monday, October 19",
                              WED) == ('the date quote "on Monday, October 19" says 2020-10-19 '
                                       "but date_earliest/date_latest say 2020-10-20")


def test_relative_quote_without_anchor_is_not_a_contradiction() -> None:
    assert date_contradiction(R(D(2020, 10, 20), D(2020, 10, 20)), "on Monday", None) is None
    assert date_contradiction(R(D(2020, 10, 14), D(2020, 10, 14)), "over the past 24 hours",
                              None) is None


@pytest.mark.parametrize("text", [
    "Monday, " * 10_000,
    "in late October " * 5_000,
    "the day " * 10_000,
    "over the past " * 10_000,
    "1" * 50_000,
    "Oct. " * 10_000,
])
def test_pathological_input_stays_linear(text: str) -> None:
    assert_scales_linearly(lambda t: (find_dates(t, WED), find_publication_date(t)), text)


@pytest.mark.parametrize("sentence", [
    "The force killed two insurgents the night of Jan. 25.",
    "The force killed two insurgents on the evening of Jan. 25.",
    "The force killed two insurgents in the early morning hours of Jan. 25.",
    "The force killed two insurgents during the night of Jan 25.",
])
def test_a_day_after_of_is_that_day_not_its_month(sentence: str) -> None:
    # "of Jan." is a month only when no day follows; the abbreviation's dot must not let
    # "of Jan" stop before " 25"
    found = find_dates(sentence, D(2012, 1, 27))
    assert [(m.text, m.range.earliest, m.range.precision) for m in found] == [
        (sentence[sentence.index("Jan"):-1], D(2012, 1, 25), "day")]



@pytest.mark.parametrize(("sentence", "mention"), [
    ("The cell was active in Jan. and in February.", "in Jan."),
    ("It was the end of Jan. and the cell moved.", "the end of Jan."),
])
def test_a_month_abbreviation_without_a_day_stays_a_month(sentence: str, mention: str) -> None:
    first = find_dates(sentence, D(2012, 3, 1))[0]
    assert (first.text, first.range.precision) == (mention, "month")
