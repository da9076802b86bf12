"""Whole-release wordings found by rules40's probe batches (issue 14): a toll told before a
strike the release only recalls, and a pair told again as "he and an associate"."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_toll_before_a_recalled_month_strike_is_not_that_strikes_history() -> None:
    # "killing both men" is the raid's toll, not the November air strike's told after it
    body = ("Coalition forces confirmed today that a Taliban shadow governor for Chahar Darah "
            "district, Kunduz province, was killed during an operation yesterday. The security "
            "force was searching for the shadow governor when he and an associate ran from a "
            "compound carrying rifles. The force engaged them, killing both men. The shadow "
            "governor had replaced the previous governor, who was killed in a coalition air "
            "strike in November.")
    got = answer(body)
    assert got.killed == 2
    assert got.airstrike is False


def test_toll_after_the_strike_it_restates_still_links_to_it() -> None:
    # the strike is told first: the toll after it is that strike's (and the release's)
    body = ("Coalition aircraft struck a group of insurgents in Nad-e Ali district, Helmand "
            "province, yesterday. The strike killed three insurgents.")
    got = answer(body)
    assert got.killed == 3
    assert got.airstrike is True


def test_both_men_after_he_and_an_associate_is_the_pair() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander in Zhari "
            "district, Kandahar province, today. When the force arrived, he and an associate "
            "fired on them from a rooftop. The force returned fire, killing both men.")
    assert answer(body).killed == 2


def test_both_men_of_another_pair_are_more_dead() -> None:
    # a separate pair told after the first toll: 1 + 2
    body = ("An Afghan and coalition security force killed a Taliban commander in Zhari "
            "district, Kandahar province, today. In a separate engagement nearby, two armed "
            "insurgents fired on the force, which returned fire, killing both men.")
    assert answer(body).killed == 3


def test_an_associate_also_killed_is_one_more() -> None:
    body = ("An Afghan and coalition security force killed Qari Ghulam, a senior insurgent "
            "leader, during an operation in Alingar district, Laghman province, yesterday. "
            "An associate of Ghulam was also killed when he threatened the force with a weapon.")
    assert answer(body).killed == 2



def test_an_insurgent_also_killed_in_the_same_toll_is_not_a_companion() -> None:
    # no companion noun: the restatement rules keep their reading (one more by "a second")
    body = ("An Afghan and coalition security force killed Qari Ghulam, a senior insurgent "
            "leader, during an operation in Alingar district, Laghman province, yesterday. "
            "A second insurgent was also killed when he threatened the force.")
    assert answer(body).killed == 2


def test_insider_told_in_the_passive_then_named_back_is_the_other_sides() -> None:
    body = ("Two ISAF service members were shot and killed by a member of the Afghan Uniformed "
            "Police in Kandahar province today. The policeman was shot and killed by other "
            "ISAF service members after the attack.")
    assert answer(body).killed == 1


def test_a_policeman_killed_after_a_bombing_stays_the_releases_own() -> None:
    # no insider told: "the policeman" is the releasing side's dead
    body = ("Two coalition service members were killed by an improvised explosive device in "
            "Kandahar province today. The policeman was shot and killed by insurgents.")
    assert answer(body).killed == 0
