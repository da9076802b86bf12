"""Wordings the memorial and attack misses of the fresh open sets blind80-87 showed (issue 14):
the attackers' toll, the day of an attack a release mourns, and the bomber a release has named
as a man. Each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# "The bomber" after a suicide or car bomber the release has named is that man told again, not
# an aircraft: "The bomber also killed ..." is no strike from the air.
def test_the_suicide_bomber_told_again_is_no_aircraft() -> None:
    body = ("A suicide bomber attacked an Afghan police convoy in Khanabad district, Kunduz "
            "province, today.\n\nThe bomber also killed two civilians waiting at a fuel "
            "station beside the road.")
    result = answer(body)
    assert (result.airstrike, result.killed) == (False, 2)


def test_a_car_bomber_told_again_is_no_aircraft() -> None:
    body = ("A car bomber drove into the gate of a district center in Kunduz province today. "
            "The bomber killed a guard and wounded three policemen.")
    assert answer(body).airstrike is False


def test_a_coalition_bomber_after_a_suicide_bomber_still_strikes() -> None:
    body = ("A suicide bomber attacked an Afghan police convoy in Khanabad district, Kunduz "
            "province, yesterday. Today a coalition bomber struck the compound where the "
            "attack was planned, killing two insurgents.")
    assert answer(body).airstrike is True


def test_the_bomber_with_no_man_named_before_still_strikes() -> None:
    body = ("Insurgents fired on an Afghan patrol in Khanabad district, Kunduz province, today. "
            "The bomber then struck their firing position, killing two insurgents.")
    assert answer(body).airstrike is True



# A "who" clause that tells a toll of the people its sentence named before has its own day, not
# the day of the main clause's memorial: "gathered today to honor ... Habib, a civilian working
# with ISAF as an interpreter, who were killed June 11".
def test_a_who_clauses_day_dates_the_memorials_dead() -> None:
    body = ("Afghan and coalition soldiers gathered at Camp Marmal today to honor two Afghan "
            "soldiers and Habib, a civilian working with ISAF as an interpreter, who were killed "
            "June 11 when insurgents attacked their outpost in Kunduz province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 11))


def test_a_who_clause_of_another_deed_leaves_the_toll_its_own_day() -> None:
    body = ("Two insurgents, who were seen planting a bomb Sunday, were killed by Afghan forces "
            "today in Arghandab district, Kandahar province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (2, dt.date(2011, 6, 14))
