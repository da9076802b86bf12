"""Wordings the misses of the fresh open sets blind112-119 showed in air strikes read right or
wrong, bodies recovered and a past strike in a relative clause (issue 14): each written as a
short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# The dead told by their bodies, counted and recovered after a strike, are its toll.
def test_bodies_recovered_after_a_strike_are_its_toll() -> None:
    body = ("A coalition air strike hit a truck carrying a Taliban commander in Chahar Dara "
            "district, Kunduz province, last night. Afghan police at the scene said five "
            "bodies were recovered.")
    assert answer(body).killed == 5


def test_bodies_of_no_number_recovered_count_no_toll() -> None:
    body = ("A coalition air strike hit a truck carrying a Taliban commander in Chahar Dara "
            "district, Kunduz province, last night. No bodies were recovered.")
    assert answer(body).killed == 0


def test_more_bodies_found_add_to_a_toll_told_before_and_restate_it() -> None:
    body = ("The number of insurgents killed in Tuesday's engagement in Baraki Barak district, "
            "Logar province, has risen to six, Afghan and coalition officials said today. An "
            "earlier release reported that four insurgents were killed. Two more bodies were "
            "found by Afghan police near the site yesterday.")
    assert answer(body).killed == 6
