"""Wordings whole releases written blind (rules39's probe batches) showed the rules misread. Each
probe is written anew in the releases' style, with negatives that keep the rule from reaching
past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


def test_toll_of_an_operation_that_ended_counts_from_the_day_a_later_sentence_says_it_began(
) -> None:
    body = ("Afghan and coalition soldiers cleared four villages in Arghandab district, Kandahar "
            "province, during an operation that ended yesterday, killing nearly 20 insurgents. "
            "The operation began Saturday. Soldiers destroyed 12 roadside bombs.")
    got = answer(body)
    assert got.killed == 20
    assert got.start_date == dt.date(2011, 6, 11)


def test_a_later_start_without_an_end_in_the_toll_sentence_moves_nothing() -> None:
    # the toll is dated by its own day; the start of another thing later says nothing of it
    body = ("Afghan and coalition soldiers killed two insurgents in Arghandab district, Kandahar "
            "province, yesterday. The operation began Saturday.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_an_operation_said_to_begin_after_the_day_the_toll_ended_moves_nothing() -> None:
    body = ("Afghan soldiers killed three insurgents in Arghandab district, Kandahar province, "
            "during an operation that ended Saturday. The next operation began yesterday.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


def test_the_start_may_be_given_in_the_next_paragraph() -> None:
    body = ("Afghan soldiers cleared five villages in Zharay district, Kandahar province, during "
            "an operation that concluded yesterday, killing 14 insurgents.\n\n"
            "The operation started on Saturday. Elders met the district governor today.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


def test_a_leader_told_before_and_one_other_insurgent_are_two() -> None:
    body = ("Coalition aircraft struck a Taliban leader in Kajaki district, Helmand province, on "
            "Sunday. A follow-on assessment confirmed that he and one other insurgent were killed.")
    assert answer(body).killed == 2


def test_he_and_two_of_his_fighters_are_three() -> None:
    body = ("An Afghan and coalition force engaged a Taliban commander in Sangin district, "
            "Helmand province, on Sunday. He and two of his fighters were killed.")
    assert answer(body).killed == 3


def test_he_in_a_clause_of_his_own_is_not_among_the_killed() -> None:
    body = ("An Afghan and coalition force went after a Taliban commander in Sangin district, "
            "Helmand province, on Sunday. He was detained and two of his fighters were killed.")
    assert answer(body).killed == 2


def test_aircraft_that_used_munitions_to_kill_three_killed_three() -> None:
    body = ("Coalition aircraft used air-delivered munitions to kill three insurgents who were "
            "firing mortars at an Afghan army base in Deh Yak district, Ghazni province, Sunday.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (3, True)


def test_a_plan_to_use_rockets_to_kill_kills_no_one() -> None:
    body = ("Afghan police detained two insurgents who planned to use rockets to kill soldiers "
            "at a base in Deh Yak district, Ghazni province, on Sunday.")
    assert answer(body).killed == 0


def test_a_wounded_insurgent_taken_where_he_died_is_among_the_killed() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Chahar Darah district, Kunduz "
            "province, on Sunday. A third insurgent, wounded in the engagement, was detained and "
            "taken to a coalition medical facility, where he died of his wounds yesterday.")
    assert answer(body).killed == 3


def test_a_detainee_taken_where_he_told_of_no_death_adds_none() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Chahar Darah district, Kunduz "
            "province, on Sunday. A third insurgent was detained and taken to a coalition base, "
            "where he described the cell's plans.")
    assert answer(body).killed == 2


def test_one_man_of_a_ledes_two_told_as_he_fell_is_of_the_two() -> None:
    body = ("An Afghan and coalition security force killed two insurgents in Khogyani district, "
            "Nangarhar province, yesterday.\n\nAs the force approached the compound, an insurgent "
            "armed with a rifle ran toward it and was killed. Moments later a second insurgent "
            "threw a grenade from a window. The force engaged him, killing him as well.")
    assert answer(body).killed == 2


def test_one_of_the_attackers_after_the_guards_lede_is_more_dead() -> None:
    body = ("Insurgents attacked a police convoy in Alishing district, Laghman province, "
            "yesterday, killing two policemen.\n\nAfghan soldiers responded and killed one of the "
            "attackers.")
    assert answer(body).killed == 1


def test_a_third_insurgent_after_a_lede_of_two_is_more_dead() -> None:
    body = ("An Afghan and coalition security force killed two insurgents in Khogyani district, "
            "Nangarhar province, yesterday.\n\nA third insurgent was killed as he tried to flee.")
    assert answer(body).killed == 3


def test_a_second_patrols_toll_is_more_dead_not_the_first_told_again() -> None:
    body = ("A combined patrol was attacked in Nawa-I-Barakzayi district, Helmand province, "
            "yesterday. The patrol returned fire, killing one insurgent.\n\nLater in the day, a "
            "second patrol in the district killed an insurgent who was seen placing a bomb.")
    assert answer(body).killed == 2


def test_the_same_patrols_toll_told_again_is_one() -> None:
    body = ("A combined patrol was attacked in Nawa-I-Barakzayi district, Helmand province, "
            "yesterday. The patrol returned fire, killing one insurgent.\n\nThe insurgent was "
            "killed as he fired on the patrol from a tree line.")
    assert answer(body).killed == 1
