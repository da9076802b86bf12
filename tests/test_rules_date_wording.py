"""Claim and event dates in the wordings ISAF-style releases use, through the rules and the ISAF
reduction's start date.

Every sentence here was written for these tests in the style of ISAF, coalition and Afghan
government press releases of 2009-2013 (none is copied from ``evals/external/isaf`` or the gold
set). The releases are dated Tuesday, June 14, 2011 (``tests/isaf_probes.py``). Each family pins
what a date wording means: probes the rules misread before the pattern was added, and guards
(wordings already read, and dates of something else: a background event, a deadline, a birth
year, a report's title) that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from llmextract.normalize.dates import find_dates
from tests import isaf_probes

OPERATION = ("An Afghan and coalition security force killed two insurgents in Nad-e Ali "
             "district, Helmand province")
ATTACK = "Insurgents attacked a checkpoint in Nad-e Ali district, Helmand province, Sunday. "


def start(body: str) -> dt.date | None:
    """The start date the ISAF reduction reads from a release made of ``body``."""
    return isaf_probes.answer(body).start_date


def day(n: int) -> dt.date:
    return dt.date(2011, 6, n)


@pytest.mark.parametrize(("when", "expected"), [
    # a span back from the release: its first day
    (" over the past two days.", day(12)),
    (" in the past 72 hours.", day(11)),
    (" during the last three days.", day(11)),
    # guards: the spans already read (a 24-hour roundup is its last day, the release's)
    (" over the past 24 hours.", day(14)),
    (" during the last 48 hours.", day(12)),
    (" in the past day.", day(14)),
])
def test_a_span_back_from_the_release(when: str, expected: dt.date) -> None:
    assert start(OPERATION + when) == expected


def test_a_span_of_a_few_days_is_day_precise_and_longer_ones_are_weeks() -> None:
    anchor = day(14)
    [few] = find_dates("over the past two days", anchor)
    [longer] = find_dates("in the last 10 days", anchor)
    assert (few.range.earliest, few.range.latest, few.range.precision) == (day(12), day(14),
                                                                           "day")
    assert (longer.range.earliest, longer.range.precision) == (day(4), "week")
    # guards: the days of something else, and a span too long to be days
    assert find_dates("in the last two days of Ramadan", anchor) == []
    assert find_dates("over the past 15 days", anchor) == []


@pytest.mark.parametrize(("when", "expected"), [
    # guards: wordings already read, kept as they are
    (" in the early hours of Monday.", day(13)),
    (" late Monday night.", day(13)),
    (" shortly after midnight.", day(14)),
    (" at about 10 p.m. Sunday.", day(12)),
    (" on the evening of June 12.", day(12)),
    (" in the early morning hours of June 12.", day(12)),
    (" at 9:30 p.m. on June 12.", day(12)),
    (" June 12-13.", day(12)),
    (" on the night of June 11-12.", day(11)),
    (" between June 10 and 12.", day(10)),
    (" earlier this week.", day(13)),
    (" last week.", day(6)),
    (" over the weekend.", day(11)),
    (" on Friday, June 10.", day(10)),
    (" on Friday, June 10, 2011.", day(10)),
    (" on 12 June.", day(12)),
    (" two days ago.", day(12)),
    (" this morning.", day(14)),
    (" tonight.", day(14)),
    (" earlier today.", day(14)),
    (" at dawn.", day(14)),
    (" just before dawn Monday.", day(13)),
    (" yesterday.", day(13)),
    (" last night.", day(13)),
    (" overnight.", day(13)),
    (" at approximately 9 a.m. local time Sunday.", day(12)),
    (". The operation took place June 12.", day(12)),
    (". The operation took place on the night of June 12.", day(12)),
    (".", day(14)),
])
def test_wordings_already_read(when: str, expected: dt.date) -> None:
    assert start(OPERATION + when) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Saturday's attack in Nad-e Ali district, Helmand province, killed two insurgents.",
     day(11)),
    ("The June 12 attack in Nad-e Ali district, Helmand province, killed two insurgents.",
     day(12)),
])
def test_a_date_before_the_event_noun(body: str, expected: dt.date) -> None:
    assert start(body) == expected


@pytest.mark.parametrize("after", [
    # guards: a date of something else than the operation does not date the release
    " The detained insurgent will be tried on June 20.",
    " The insurgents had planned an attack for June 20.",
    " On June 1, the same network attacked a district center.",
    " The network was responsible for a June 1 attack on a district center.",
    " The insurgent, born in 1975, led a cell.",
    " The network, founded in 2005, operates in the district.",
    " The finding was published in the June 12 report.",
])
def test_a_date_of_something_else(after: str) -> None:
    assert start(OPERATION + "." + after) == day(14)
    assert start(OPERATION + " Sunday." + after) == day(12)


@pytest.mark.parametrize(("body", "expected"), [
    # a day counted back from the date the narrative last gave
    (ATTACK + "A security force killed two insurgents the day before.", day(11)),
    (ATTACK + "A security force had killed two insurgents a day earlier.", day(11)),
    (ATTACK + "A security force had killed two insurgents two days earlier.", day(10)),
    (ATTACK + "A security force had killed two insurgents the previous evening.", day(11)),
    (ATTACK + "The night before, a security force killed two insurgents.", day(11)),
    ("On June 12, insurgents attacked a checkpoint in Nad-e Ali district, Helmand province, "
     "after a security force killed two of their commanders the previous night.", day(11)),
    # with no date before it, the release's day is the reference
    (OPERATION + " the previous night.", day(13)),
])
def test_a_day_counted_back_from_the_last_date(body: str, expected: dt.date) -> None:
    assert start(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # guards: a day before something that is not a date, and the resolver's own wording
    (OPERATION + " the day before the district elections.", day(14)),
    (OPERATION + " the day before yesterday.", day(12)),
    (ATTACK + "A security force killed two insurgents.", day(12)),
])
def test_a_day_before_something_else(body: str, expected: dt.date) -> None:
    assert start(body) == expected


@pytest.mark.parametrize(("when", "expected"), [
    # a day of the month named by its ordinal alone
    (" on the 12th.", day(12)),
    (" on the evening of the 12th.", day(12)),
    (" on the night of the 31st.", dt.date(2011, 5, 31)),  # no June 31: last month's
    # the week named from inside it
    (" earlier in the week.", day(13)),
])
def test_a_day_by_its_ordinal_and_earlier_in_the_week(when: str, expected: dt.date) -> None:
    assert start(OPERATION + when) == expected


@pytest.mark.parametrize("expression", [
    # guards: an ordinal that names a unit, a floor or a list is no day
    "soldiers of the 1st Battalion",
    "on the 3rd floor",
    "the 215th Corps",
    "elements of the 3rd, 4th and 5th Kandaks",
    "elements of the 3rd and 4th Kandaks",
])
def test_an_ordinal_that_is_no_day(expression: str) -> None:
    assert find_dates(expression, day(14)) == []


def test_a_unit_ordinal_does_not_date_the_release() -> None:
    assert start(OPERATION + " with soldiers of the 3rd Kandak, 215th Corps.") == day(14)


@pytest.mark.parametrize(("after", "expected"), [
    # a later sentence dates the operation in a set-off clause
    (" The operation, which began June 10 and ended June 12, targeted a Taliban leader.",
     day(10)),
    (" The raid, which took place on June 12, targeted a Taliban leader.", day(12)),
    # guards: the plain wording, and a set-off clause that dates nothing
    (" The operation took place June 12.", day(12)),
    (" The operation, which targeted a Taliban leader, was planned for weeks.", day(14)),
])
def test_the_operation_dated_after_the_toll(after: str, expected: dt.date) -> None:
    assert start(OPERATION + "." + after) == expected


@pytest.mark.parametrize(("after", "expected"), [
    # the victims' history, in the toll's own sentence, does not date the toll
    (" who had attacked a district center on June 1.", day(14)),
    (" responsible for the June 1 attack on a district center.", day(14)),
    (" wanted for a June 1 attack on a district center.", day(14)),
    (" Sunday who had attacked a district center on June 1.", day(12)),
    # guards: the toll's own date after the history, an ongoing act, and no history at all
    (" responsible for the collection of taxes, yesterday.", day(13)),
    (" who had been planting a roadside bomb Sunday.", day(12)),
    (" who were planting a roadside bomb Sunday.", day(12)),
    (" Sunday, two weeks after they attacked a district center.", day(12)),
])
def test_the_victims_history_does_not_date_the_toll(after: str, expected: dt.date) -> None:
    assert start(OPERATION + after) == expected


LEDE = ("An Afghan and coalition security force conducted an operation in Nad-e Ali district, "
        "Helmand province, Sunday. ")


def missing_dates(body: str) -> list[dt.date | None]:
    _, claims = isaf_probes.read(isaf_probes.DATELINE + LEDE + body)
    return [c.date.earliest if c.date else None for c in claims if c.outcome == "missing"]


@pytest.mark.parametrize(("body", "expected"), [
    # a standing state counts all so far: the lede's day is not its date
    ("More than 300 people remain missing, according to the provincial governor.", [None]),
    ("Two local contractors are still unaccounted for.", [None]),
    # guards: its own date words, and a going missing of the day
    ("Two soldiers remain missing after Sunday's attack.", [day(12)]),
    ("Two local contractors went missing during the operation.", [day(12)]),
])
def test_a_standing_state_takes_no_date_from_the_lede(body: str,
                                                     expected: list[dt.date | None]) -> None:
    assert missing_dates(body) == expected


@pytest.mark.parametrize(("when", "expected"), [
    # days of one month written day first
    (" 11-12 June.", day(11)),
    (" on the night of 11/12 June.", day(11)),
    (" on the night of 11 to 12 June.", day(11)),
    (" between 10 and 12 June 2011.", day(10)),
    # guards: the month-first spans already read, and one day written day first
    (" June 11-12.", day(11)),
    (" between June 10 and 12.", day(10)),
    (" on 12 June.", day(12)),
])
def test_a_span_of_days_written_day_first(when: str, expected: dt.date) -> None:
    assert start(OPERATION + when) == expected


@pytest.mark.parametrize("expression", [
    # guards: counts and scores before a month are no days
    "between 10 and 12 insurgents",
    "a 3-2 vote",
    "from 10 to 12 insurgents",
])
def test_numbers_that_are_no_span_of_days(expression: str) -> None:
    assert [d.text for d in find_dates(expression, day(14))] == []


def test_a_span_of_days_written_day_first_is_the_range() -> None:
    [found] = find_dates("the night of 11/12 June", day(14))
    assert (found.text, found.range.earliest, found.range.latest, found.range.precision) == (
        "11/12 June", day(11), day(12), "day")
