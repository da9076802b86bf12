"""Whole releases of Regional Commands East and North (2010-2012) that rules37 wrote blind
(``/tmp/rules37-probes``) and the rules misread. Each probe is written anew in the releases'
style, with negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_insider_victims_named_by_the_forces_full_name_are_its_own() -> None:
    body = ("An individual wearing an Afghan Border Police uniform turned his weapon against "
            "International Security Assistance Force service members in eastern Afghanistan "
            "today, killing six of them. The shooter was killed in the exchange of fire.")
    assert answer(body).killed == 1


def test_insurgents_who_attacked_the_force_stay_the_other_side() -> None:
    body = ("Insurgents attacked International Security Assistance Force service members in "
            "Kunar province today. The force returned fire on the insurgents, killing four of "
            "them.")
    assert answer(body).killed == 4


def test_comrades_who_were_killed_date_the_memorial_by_their_death() -> None:
    release = ("FORWARD OPERATING BASE SALERNO, Afghanistan (June 7, 2011) - Soldiers gathered "
               "at Forward Operating Base Salerno, Khost province, today to honor two comrades "
               "who were killed when insurgents attacked their patrol in Sabari district June 4.")
    got = read(release, None)[0]
    assert got.start_date == dt.date(2011, 6, 4)
    assert got.killed == 0


def test_comrades_of_the_other_side_do_not_become_the_forces_own() -> None:
    release = ("KABUL, Afghanistan (June 7, 2011) - An air weapons team engaged two insurgents "
               "in Sabari district, Khost province, today, killing both; their comrades fled.")
    got = read(release, None)[0]
    assert got.killed == 2
    assert got.start_date == dt.date(2011, 6, 7)


def test_toll_of_the_attack_suspects_are_held_for_is_not_the_operation() -> None:
    release = ("KABUL, Afghanistan (June 20, 2011) - Afghan and coalition forces detained two "
               "suspected insurgents today in connection with yesterday's roadside bomb attack in "
               "Kunduz city that killed three civilians. The suspects were found with "
               "bomb-making materials.")
    got = read(release, None)[0]
    assert got.start_date == dt.date(2011, 6, 20)
    assert got.killed == 0


def test_a_toll_past_the_attack_clause_is_the_operation() -> None:
    release = ("KABUL, Afghanistan (June 20, 2011) - Afghan and coalition forces detained a "
               "suspect in connection with the ambush, and killed two insurgents who fired on "
               "the force in Kunduz city yesterday.")
    got = read(release, None)[0]
    assert got.killed == 2
    assert got.start_date == dt.date(2011, 6, 19)
