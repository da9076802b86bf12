"""Wordings that whole releases written blind (``/tmp/rules35-probes``: corrections, memorials,
insider attacks, operational-update rows, civilian-casualty statements) showed the rules misread.
Each probe is written anew in the releases' style, with negatives that keep the rule from reaching
past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


def test_a_correction_of_the_place_keeps_the_toll_and_moves_it() -> None:
    body = ("A release issued yesterday incorrectly stated that three insurgents were killed "
            "during an operation in Khost province Sunday. The operation took place in Zurmat "
            "district, Paktiya province.")
    got = answer(body)
    assert got.killed == 3
    assert got.provinces == frozenset({"paktya"})
    assert got.start_date == dt.date(2011, 6, 12)


def test_a_correction_that_withdraws_the_toll_still_withdraws_it() -> None:
    body = ("A release issued yesterday incorrectly stated that three insurgents were killed "
            "during an operation in Khost province Sunday. No insurgents were killed; the "
            "security force detained two suspected insurgents.")
    assert answer(body).killed == 0


def test_a_correction_of_the_number_gives_the_number() -> None:
    body = ("A release issued yesterday incorrectly stated that three insurgents were killed "
            "during an operation in Khost province Sunday. The correct number is two.")
    assert answer(body).killed == 2


def test_a_toll_told_of_the_season_since_which_is_history() -> None:
    body = ("Shops reopened in Nad-e Ali district, Helmand province, today. Attacks in the "
            "district have fallen since the spring, when fighting killed dozens of insurgents "
            "and several civilians, the district governor said.")
    assert answer(body).killed == 0


def test_a_toll_of_this_spring_s_operation_still_counts() -> None:
    body = ("An Afghan and coalition security force killed two insurgents in Nad-e Ali district, "
            "Helmand province, today during the spring clearing operation.")
    assert answer(body).killed == 2


def test_an_official_s_figure_of_people_the_release_tells_dead_uncounted() -> None:
    body = ("ISAF is aware of reports that civilians were killed in an air strike in Alasay "
            "district, Kapisa province, on Sunday. The district governor has said six men were "
            "killed in the strike.")
    assert answer(body).killed == 6


def test_the_taliban_s_figure_of_people_still_does_not_count() -> None:
    body = ("ISAF is aware of reports that civilians were killed in an air strike in Alasay "
            "district, Kapisa province, on Sunday. A Taliban spokesman said 20 people were "
            "killed in the strike.")
    assert answer(body).killed == 3


def test_an_official_s_figure_beside_the_release_s_own_number_does_not_count() -> None:
    body = ("Two civilians were killed in an air strike in Alasay district, Kapisa province, on "
            "Sunday. The district governor has said six men were killed in the strike.")
    assert answer(body).killed == 2


def test_a_release_of_no_toll_told_over_the_weekend_starts_on_its_first_day() -> None:
    body = ("Afghan National Army soldiers cleared the village of Hutal in Maiwand district, "
            "Kandahar province, over the weekend, finding 11 roadside bombs. No one was hurt.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


def test_a_release_of_no_toll_told_this_week_keeps_its_dateline() -> None:
    body = ("Afghan National Army soldiers cleared the village of Hutal in Maiwand district, "
            "Kandahar province, this week, finding 11 roadside bombs. No one was hurt.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_an_aircraft_that_spotted_for_a_patrol_which_then_engaged_made_no_strike() -> None:
    body = ("An Afghan and coalition patrol killed two insurgents in Nad-e Ali district, Helmand "
            "province, today. An unmanned aircraft spotted the insurgents in a ditch ahead of the "
            "patrol, which then engaged them with small-arms fire.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 2


def test_an_aircraft_that_spotted_insurgents_and_then_struck_them_made_one() -> None:
    body = ("In Nad-e Ali district, Helmand province, today, a coalition aircraft spotted two "
            "insurgents in a ditch and then struck them, killing both.")
    assert answer(body).airstrike is True


def test_an_aircraft_which_then_struck_is_still_the_one_that_struck() -> None:
    body = ("Insurgents fired on the patrol in Nad-e Ali district, Helmand province, today. The "
            "patrol called in a coalition aircraft, which then struck the firing position, "
            "killing two insurgents.")
    assert answer(body).airstrike is True


def test_a_toll_of_an_operation_placed_then_begun_on_a_day_starts_that_day() -> None:
    body = ("Afghan and coalition forces killed a dozen insurgents during a clearing operation in "
            "Musa Qal'ah district, Helmand province, that began Saturday. The operation "
            "continues.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 11)
    assert got.killed == 12


def test_a_toll_beside_a_season_begun_elsewhere_keeps_its_own_day() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Musa Qal'ah district, Helmand "
            "province, today, where the poppy harvest, which began Saturday, draws fighters.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_captors_killed_in_a_rescue_are_counted() -> None:
    body = ("Afghan commandos rescued two kidnapped engineers from a compound in Andar district, "
            "Ghazni province, last night, killing four of their captors.")
    assert answer(body).killed == 4


def test_captors_who_fled_a_rescue_are_not_counted() -> None:
    body = ("Afghan commandos rescued two kidnapped engineers from a compound in Andar district, "
            "Ghazni province, last night. Their four captors fled before the force arrived.")
    assert answer(body).killed == 0


def test_people_killed_on_a_weekday_are_counted_by_their_number() -> None:
    body = ("ISAF extends its condolences to the families of two Afghan civilians killed Saturday "
            "in Panjwa'i district, Kandahar province, when a patrol fired on their vehicle.")
    got = answer(body)
    assert got.killed == 2
    assert got.start_date == dt.date(2011, 6, 11)


def test_a_force_that_killed_a_man_named_after_the_verb_still_counts_one() -> None:
    body = ("An Afghan and coalition security force killed Mullah Saturday Khan, a Taliban "
            "commander, in Panjwa'i district, Kandahar province, today.")
    assert answer(body).killed == 1
