"""Whole-release probes (rules41): wordings met in releases written whole, each with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_a_death_weighed_as_a_subject_restates_the_killing_told() -> None:
    body = ("Coalition aircraft killed a senior Taliban commander and several of his fighters in "
            "Shah Wali Kot district, Kandahar province, yesterday. \"Hakim's death removes one of "
            "the most dangerous men in the province,\" said an ISAF spokesman.")
    assert answer(body).killed == 4
    weighed = ("Afghan forces killed a Taliban leader in Zurmat district, Paktiya province, "
               "yesterday. His death will disrupt the network's attacks in the district.")
    assert answer(weighed).killed == 1


def test_a_death_told_by_its_possessive_still_counts() -> None:
    body = ("Afghan officials confirmed yesterday that an insurgent leader was found in Zurmat "
            "district, Paktiya province. The security force reported Rahim's death to officials.")
    assert answer(body).killed == 1


def test_them_is_not_the_side_that_does_the_killing() -> None:
    body = ("Three suicide bombers in police uniforms attempted to enter the governor's compound "
            "in Charikar, Parwan province, today. Afghan police guards killed two of them at the "
            "gate; the third detonated his explosives, killing himself.")
    assert answer(body).killed == 3


def test_them_after_the_own_side_as_victims_is_still_theirs() -> None:
    ambush = ("Insurgents fired on two Afghan soldiers in Nad-e Ali district, Helmand province, "
              "today and killed them.")
    assert answer(ambush).killed == 0
    turned = ("A man wearing an Afghan Local Police uniform turned his weapon on coalition service "
              "members in Paktika province today, killing two of them.")
    assert answer(turned).killed == 0



def test_with_his_death_names_a_killing_told_as_a_circumstance() -> None:
    body = ("An Afghan and coalition security force killed Qari Wali, a senior Lashkar-e Taiba "
            "leader, in Shigal district, Kunar province, yesterday. Two of his fighters were also "
            "killed. With Wali's death, the group has lost its most experienced commander.")
    assert answer(body).killed == 3


def test_a_man_named_again_with_another_is_one_toll() -> None:
    body = ("A coalition precision strike killed Mullah Abdul Basir, a Taliban weapons "
            "trafficker, in Kajaki district, Helmand province, yesterday. A follow-on assessment "
            "confirmed that Basir and one other insurgent were killed.")
    assert answer(body).killed == 2
    other = ("A coalition precision strike killed Mullah Abdul Basir in Kajaki district, Helmand "
             "province, yesterday. In Sangin district, Mullah Karim and one other insurgent were "
             "killed by a security force.")
    assert answer(other).killed == 3
