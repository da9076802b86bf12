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


def test_a_toll_told_again_by_its_number_alone_is_one_toll() -> None:
    body = ("An Afghan and coalition security force killed a Taliban shadow district chief and "
            "two of his fighters in Dand-e Ghori district, Baghlan province, today. The chief "
            "ordered the killing of two tribal elders in September. When the force arrived, "
            "the chief and his fighters opened fire. The force returned fire, killing all three.")
    assert answer(body).killed == 3


def test_the_number_alone_after_a_strike_is_its_toll_again() -> None:
    release = (
               "Haqqani Leaders Killed in Paktika Strike\nISAF Joint Command - Afghanistan "
               "2010-10-CA-233 For Immediate Release\n\nKABUL, Afghanistan (Oct. 21, 2010) "
               "- Two Haqqani network leaders and four of their fighters were killed in "
               "a coalition air strike in Urgun district, Paktika province, Tuesday evening.\n\n"
               "The "
               "leaders, Mawlawi Jalil and his deputy, Sher Khan, were meeting with fighters "
               "at a remote camp used to stage attacks on Forward Operating Base Orgun-E. "
               "Coalition forces watched the camp for several hours to make sure no women "
               "or children were present before an F-15E dropped two precision-guided bombs "
               "on the camp.\n\n"
               "\"Jalil's network has killed Afghan police and civilians throughout "
               "Urgun,\" said a Regional Command (East) spokesman. \"Removing him makes the "
               "district safer.\"\n\nAn Afghan and coalition ground force later confirmed the "
               "six were killed.")
    assert read(release, None)[0].killed == 6


def test_a_number_alone_of_another_size_is_not_the_same_toll() -> None:
    body = ("An Afghan and coalition security force killed two insurgents in Dand-e Ghori "
            "district, Baghlan province, today. Later the force was attacked again and "
            "returned fire, killing all three attackers.")
    assert answer(body).killed == 5
