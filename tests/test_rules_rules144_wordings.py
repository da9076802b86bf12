"""Wordings the misses of the fresh open sets blind128-135 showed in the dead counted by their
bodies (issue 14), and the review of rules134's bodies rule: each written as a short release
of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# The dead counted by those who found them, in the active voice: "soldiers searching the area
# recovered five insurgent bodies" is a toll of five, as "five bodies were recovered" is.
def test_bodies_recovered_in_the_active_voice_are_a_toll() -> None:
    body = ("Afghan Uniformed Police repelled an attack on their checkpoint in Maywand "
            "district, Kandahar province, early this morning. When the shooting stopped, "
            "policemen clearing the ground nearby recovered five insurgent bodies and two "
            "machine guns.")
    assert answer(body).killed == 5


def test_bare_bodies_found_after_a_strike_are_its_toll() -> None:
    body = ("A coalition helicopter engaged insurgents who were firing on an Afghan patrol in "
            "Shah Wali Kot district, Kandahar province, yesterday, killing or wounding seven "
            "of them. A ground force that reached the site afterward found four bodies and "
            "several rifles.")
    assert answer(body).killed == 4


def test_the_bodies_of_own_soldiers_recovered_are_no_toll_of_the_enemy() -> None:
    body = ("Afghan soldiers recovered the bodies of three soldiers in Maywand district, "
            "Kandahar province, yesterday, after a patrol went missing in a flood.")
    assert answer(body).killed == 0


def test_the_body_of_a_missing_man_found_is_no_toll() -> None:
    body = ("Coalition forces found the body of a missing contractor in Maywand district, "
            "Kandahar province, yesterday. An investigation is under way.")
    assert answer(body).killed == 0


# Bodies found after a strike confirm its dead, a part of them or all: one toll, the larger,
# not the two added (review 1, M1).
def test_bodies_found_after_a_strike_count_its_dead_with_the_named_man() -> None:
    body = ("Afghan and coalition forces killed a Taliban bomb maker during an air strike in "
            "Arghandab district, Kandahar province, yesterday.\n\nAfter the strike, the force "
            "searched the compound. Three bodies were recovered, including that of the bomb "
            "maker.")
    assert answer(body).killed == 3


def test_more_bodies_than_the_told_dead_are_the_toll() -> None:
    body = ("Afghan and coalition forces killed three insurgents during an operation in Nawa "
            "district, Helmand province, yesterday. The force returned fire after insurgents "
            "shot at it from a tree line. Four bodies were recovered at the site, along with "
            "a mortar tube.")
    assert answer(body).killed == 4


def test_fewer_bodies_than_the_told_dead_are_a_part_of_them() -> None:
    body = ("Afghan and coalition forces killed four insurgents during an operation in Nawa "
            "district, Helmand province, yesterday. Two bodies were recovered at the site, "
            "along with a mortar tube.")
    assert answer(body).killed == 4


def test_more_bodies_found_after_a_toll_still_add_to_it() -> None:
    body = ("Afghan and coalition forces killed three insurgents during an operation in Nawa "
            "district, Helmand province, yesterday. Two more bodies were found the next "
            "morning.")
    assert answer(body).killed == 3


# Bodies no fight is told of are a finding, not a toll.
def test_bodies_found_where_no_fight_is_told_are_no_toll() -> None:
    body = ("Afghan National Police answered a call from villagers in Panjwai district, "
            "Kandahar province, yesterday. Three bodies were found in a ditch beside the "
            "road. Police are investigating.")
    assert answer(body).killed == 0
