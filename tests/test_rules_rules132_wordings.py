"""Wordings the misses of the fresh open sets blind112-119 showed in memorials of the
releasing side's own dead (issue 14): each written as a short release of our own, with
negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from llmextract.evaluation.sentences import sentence_bounds
from tests.isaf_probes import DATELINE, answer, read


# A memorial of "last week" tells it in its toll's own clause, though the commas that set off
# the district's province stand between: the attackers' toll that follows is that attack's,
# history, not one of the release's week.
def test_last_week_after_a_district_and_its_province_is_the_tolls_own() -> None:
    body = ("Soldiers of 2nd Battalion held a memorial ceremony today for two comrades killed "
            "in Arghandab district, Kandahar province, last week. Afghan soldiers killed the "
            "attackers after a short firefight.")
    assert answer(body).killed == 0


def test_last_week_of_something_else_after_a_place_is_not_the_tolls() -> None:
    body = ("Soldiers of 2nd Battalion held a memorial ceremony today for two comrades killed "
            "Sunday in Arghandab district, Kandahar province, where the battalion arrived last "
            "week. Afghan soldiers killed the attackers after a short firefight.")
    assert answer(body).killed == 3


# A memorial of ranked names in a list, "Spc. X and Pfc. Y, who were killed June 11", is of
# its own dead like one of a single ranked name: within the week, the release is dated by the
# day they fell, not the ceremony's.
def test_a_memorial_of_a_list_of_ranked_names_is_dated_by_the_day_they_fell() -> None:
    body = ("Soldiers of the 4th Brigade gathered at Forward Operating Base Tagab today to "
            "honour Spc. Nolan Ferris and Pfc. Andre Whitcomb, who were killed June 11 when a "
            "roadside bomb struck their vehicle in Tagab district, Kapisa province.")
    got, claims = read(DATELINE + body)
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 11))
    # (the list counts as many as it ranks: two, not one ranked name)
    assert [(c.count.min, c.count.max) for c in claims if c.outcome == "killed"] == [(2, 2)]


def test_ranked_names_set_off_after_their_count_are_dated_by_the_day_they_fell() -> None:
    body = ("Marines of 2nd Battalion gathered here today to remember two of their own, Lance "
            "Cpl. Owen Tash and Cpl. Remy Dufort, who were killed June 10 during a patrol in "
            "Garmsir district.")
    got = answer(body)
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 10))


def test_a_memorial_of_ranked_names_killed_before_the_week_is_dated_by_its_lede() -> None:
    body = ("Soldiers of the 4th Brigade gathered at Forward Operating Base Tagab today to "
            "honour Spc. Nolan Ferris and Pfc. Andre Whitcomb, who were killed May 29 when a "
            "roadside bomb struck their vehicle in Tagab district, Kapisa province.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


# A memorial's attack told again by those it lays it on, "the cell responsible", then a toll of
# them ("killed two of its members"): the attackers, named by the attack, so their toll is that
# attack's, history, as "killed the attackers" is.
_MEMORIAL_OF_JUNE_1 = (
    "Soldiers of Task Force Raven gathered at Bagram Airfield today to honor two comrades "
    "killed June 1 when a roadside bomb struck their vehicle in Alishing district, Laghman "
    "province.\n\nSgt. Owen Tash and Spc. Remy Dufort were on a patrol east of Mehtarlam when "
    "the device detonated. ")


def test_a_toll_of_the_cell_responsible_after_a_memorial_is_history() -> None:
    body = _MEMORIAL_OF_JUNE_1 + ("Afghan forces later tracked down the cell responsible and "
                                  "killed three of its members after a short firefight.")
    assert answer(body).killed == 0


def test_a_toll_of_the_cell_responsible_for_dead_of_the_week_counts() -> None:
    body = _MEMORIAL_OF_JUNE_1.replace("June 1", "June 11") + (
        "Afghan forces later tracked down the cell responsible and killed three of its members "
        "after a short firefight.")
    assert answer(body).killed == 3


def test_a_toll_of_the_cell_responsible_in_no_memorial_counts() -> None:
    body = ("A roadside bomb struck a coalition vehicle in Alishing district, Laghman province, "
            "June 1, killing two coalition service members.\n\nAfghan forces tracked down the "
            "cell responsible today and killed three of its members after a short firefight.")
    assert answer(body).killed == 3


# A memorial's fallen named first, the toll set off after the name ("to remember Sgt. X, a squad
# leader who was killed last week"), is mourned by the troops as one named by his trade alone
# is; what he did in the attack he fell in ("Marines said X killed three insurgents before he
# was struck": the surname it gave with his rank) is of that attack, history.
_NAMED_MEMORIAL = (
    "Marines of 2nd Battalion gathered today to remember Sgt. Owen Dufort, a squad leader who "
    "was killed last week when insurgents ambushed his patrol in Garmsir district, Helmand "
    "province.\n\n")


def test_a_toll_by_the_fallen_of_last_week_is_history() -> None:
    body = _NAMED_MEMORIAL + "Marines said Dufort killed three insurgents before he was struck."
    assert answer(body).killed == 0


def test_a_toll_by_the_fallen_of_the_week_counts() -> None:
    body = _NAMED_MEMORIAL.replace("last week", "June 12") + (
        "Marines said Dufort killed three insurgents before he was struck.")
    assert answer(body).killed == 3


@pytest.mark.parametrize("name", [
    "Lance Cpl. Owen Dufort", "Spc. Owen Dufort", "Pfc. Owen Dufort", "Pvt. Owen Dufort",
    "Pte. Owen Dufort", "Sgt. Owen J. Dufort", "Lance Cpl. Owen J. Dufort"])
def test_a_rank_or_an_initial_with_a_full_stop_ends_no_sentence(name: str) -> None:
    """The fallen man's rank or initial ("Lance Cpl.", "J.") must not end the sentence that says
    when he fell."""
    body = _NAMED_MEMORIAL.replace("Sgt. Owen Dufort", name) + (
        "Marines said Dufort killed three insurgents before he was struck.")
    assert answer(body).killed == 0


def test_a_place_name_ending_in_a_capital_still_ends_its_sentence() -> None:
    """"Orgun-E." is a whole word, not an initial: the next sentence starts after it."""
    text = ("He organised rocket attacks on Forward Operating Base Orgun-E. The strike killed "
            "him and two associates.")
    at = text.index("The strike")
    start, _ = sentence_bounds(text, at, at + 10)
    assert text[start:].lstrip().startswith("The strike")


def test_a_toll_of_a_separate_operation_after_a_named_memorial_counts() -> None:
    body = _NAMED_MEMORIAL + ("In a separate operation, Marines said Afghan police killed three "
                              "insurgents in Nawa district.")
    assert answer(body).killed == 3


# A toll placed "in the firefight" after a memorial of those killed "during a firefight" before
# the week points back to that firefight: history, as a toll of its attackers is.
_FIREFIGHT_MEMORIAL = (
    "Soldiers of Task Force Raven gathered at Bagram Airfield today to honor two comrades killed "
    "June 2 during a firefight in Alishing district, Laghman province.\n\nSgt. Owen Tash was "
    "killed while carrying a wounded soldier. Coalition forces killed three insurgents in the "
    "firefight, which lasted an hour.")


def test_a_toll_in_the_memorials_firefight_is_history() -> None:
    assert answer(_FIREFIGHT_MEMORIAL).killed == 0


def test_a_toll_in_the_firefight_of_dead_of_the_week_counts() -> None:
    assert answer(_FIREFIGHT_MEMORIAL.replace("June 2", "June 12")).killed == 3


# A memorial of one killed within the week whose patrol's fight the release goes on to tell (a
# strike of its own) is dated by the day he fell, not by the ceremony's "today", though his toll
# is the fight's: the ceremony's day tells nothing of when the fight took place.
_SERVICE_WITH_A_FIGHT = (
    "Marines of 2nd Battalion held a memorial service today for Sgt. Owen Dufort, who was "
    "killed {day} while leading a patrol in Garmsir district.\n\nDufort was shot by an insurgent "
    "sniper near the bazaar. His patrol returned fire and called an air weapons team, which "
    "killed three insurgents fleeing toward the river.")


def test_a_memorial_of_a_fight_of_the_week_is_dated_by_the_day_he_fell() -> None:
    got = answer(_SERVICE_WITH_A_FIGHT.format(day="June 11"))
    assert (got.killed, got.start_date) == (3, dt.date(2011, 6, 11))


def test_a_memorial_of_a_fight_before_the_week_is_dated_by_its_lede() -> None:
    assert answer(_SERVICE_WITH_A_FIGHT.format(day="May 30")).start_date == dt.date(2011, 6, 14)


# A toll "in the firefight" whose own paragraph has just told a fight of the release's day
# ("came under fire ... this morning") is that fight's, fresh, not the memorial's attack: the
# article points back to the nearest fight told.
_FRESH_FIGHT_AFTER_A_MEMORIAL = (
    "Marines of the 3rd Battalion, 7th Marine Regiment, gathered today to honor two comrades "
    "killed in Sangin district, Helmand province, on May 28.\n\nA Marine patrol came under fire "
    "near the district center this morning. The Marines returned fire, killing two insurgents "
    "in the firefight.")


def test_a_toll_in_a_fresh_fight_told_after_a_memorial_counts() -> None:
    assert answer(_FRESH_FIGHT_AFTER_A_MEMORIAL).killed == 2


def test_a_toll_in_the_memorials_firefight_told_after_its_fallen_is_history() -> None:
    body = _FIREFIGHT_MEMORIAL.replace("Sgt. Owen Tash was killed while carrying a wounded "
                                       "soldier.", "Sgt. Owen Tash was shot as insurgents "
                                       "attacked the outpost.")
    assert answer(body).killed == 0


# A memorial's list of ranked names is as many people as it ranks, and the count that sets them
# off ("three of their own") wins over the names it goes on to give.
_MEMORIAL_OF_THREE = (
    "Soldiers at Patrol Base Hazrat in Helmand province held a memorial ceremony today for "
    "Spc. Tobias Ruiz, Sgt. Mark Dale and Pfc. Alan Brandt, who were killed June 9 by an "
    "improvised explosive device.")


def _killed_counts(body: str) -> list[tuple[int | None, int | None]]:
    return [(c.count.min, c.count.max) for c in read(DATELINE + body)[1]
            if c.outcome == "killed"]


def test_a_memorial_of_three_ranked_names_counts_three() -> None:
    assert _killed_counts(_MEMORIAL_OF_THREE) == [(3, 3)]
    assert answer(_MEMORIAL_OF_THREE).killed == 0


def test_the_count_setting_off_a_memorials_names_wins() -> None:
    body = _MEMORIAL_OF_THREE.replace(
        "held a memorial ceremony today for Spc. Tobias Ruiz, Sgt. Mark Dale and",
        "gathered today to remember three of their own, Spc. Tobias Ruiz and")
    assert _killed_counts(body) == [(3, 3)]


def test_a_memorial_of_one_ranked_name_is_one_person() -> None:
    body = _MEMORIAL_OF_THREE.replace("Spc. Tobias Ruiz, Sgt. Mark Dale and ", "").replace(
        "who were", "who was")
    assert [n for n, _ in _killed_counts(body)] in ([None], [1])
