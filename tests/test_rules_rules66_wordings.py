"""Restatements the misses of the opened sets blind59-66 and blind71 showed (issue 14): a later
sentence that tells the same dead again, each written as a short release of our own, with
negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# "killing NAME and the men with him" after "killed a commander and several of his fighters":
# the named man is the commander (named in the lede, or in an apposition to his role between
# the two tolls) and "the men" are the fighters told with him.
def test_the_commander_named_by_apposition_and_the_men_with_him_are_the_lede() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander and several of "
            "his fighters in Maiwand district, Kandahar province, last night. The commander, "
            "Mullah Rahmatullah Azizi, ran a cell that planted roadside bombs on Highway 1. "
            "When the force reached his compound, armed men fired on it from a wall. The force "
            "returned fire, killing Azizi and the men with him.")
    assert answer(body).killed == 4


def test_the_leader_named_in_the_lede_and_the_insurgents_are_the_lede() -> None:
    body = ("An Afghan and coalition security force killed a Haqqani network leader, Mawlawi "
            "Gul Nabi Sherzad, and several other armed insurgents in Zurmat district, Paktiya "
            "province, last night. Sherzad moved fighters and weapons from Pakistan. As the "
            "force arrived, armed insurgents opened fire from a rooftop. The force returned "
            "fire, killing Sherzad and the insurgents who were fighting with him.")
    assert answer(body).killed == 4


def test_another_named_man_and_the_men_with_him_are_more_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander and several of "
            "his fighters in Maiwand district, Kandahar province, last night. The commander, "
            "Mullah Rahmatullah Azizi, ran a cell that planted roadside bombs on Highway 1. "
            "In a second compound nearby, armed men fired on the force. The force returned "
            "fire, killing Qari Nasrullah and the men with him.")
    assert answer(body).killed == 5
