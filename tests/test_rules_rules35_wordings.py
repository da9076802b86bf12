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
