"""Whole-release probes (rules42): wordings found by writing releases blind, each fixed by a
phrase pattern, with negatives that keep the pattern from reaching real tolls."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


def test_a_toll_of_floods_is_no_operations_toll() -> None:
    body = ("Coalition helicopters delivered food to families affected by flooding in Nahrin "
            "district, Baghlan province, yesterday. The floods, which began last week, killed "
            "at least 20 people, according to provincial officials.")
    assert answer(body).killed == 0


def test_a_bomb_in_the_rain_still_kills() -> None:
    body = ("Heavy rains slowed the patrol before insurgents attacked it in Nahrin district, "
            "Baghlan province, yesterday. The patrol returned fire, killing two insurgents.")
    assert answer(body).killed == 2
    storm = ("A storm of rockets hit the outpost in Nahrin district, Baghlan province, "
             "yesterday. Afghan soldiers returned fire and killed three insurgents.")
    assert answer(storm).killed == 3


def test_a_death_in_custody_of_a_named_condition_is_not_killed() -> None:
    body = ("A Taliban commander detained by a security force in Andar district, Ghazni "
            "province, June 12, died in custody yesterday of what appears to be a pre-existing "
            "heart condition.")
    assert answer(body).killed == 0


def test_a_wounded_insurgent_who_died_of_his_wounds_is_still_killed() -> None:
    body = ("Afghan forces engaged insurgents in Andar district, Ghazni province, yesterday. An "
            "insurgent wounded in the engagement later died of his wounds.")
    assert answer(body).killed == 1


def test_both_refers_to_the_men_named_not_the_civilians_denied() -> None:
    text = DATELINE + (
        "Coalition forces struck a Taliban cell in Sangin district, Helmand province, "
        "yesterday. After the force confirmed no civilians were in the area, it called in the "
        "strike as the leader and another insurgent met in a field. Both were killed.")
    both = [c for c in read(text)[1] if c.outcome == "killed"]
    assert [c.population for c in both] == ["combatant"]


def test_both_still_refers_to_civilians_named() -> None:
    text = DATELINE + (
        "Insurgents fired on a car carrying two civilians in Sangin district, Helmand province, "
        "yesterday. Both were killed.")
    both = [c for c in read(text)[1] if c.outcome == "killed"]
    assert [c.population for c in both] == ["civilian"]


def test_a_gunman_who_fired_on_service_members_and_was_shot_is_the_other_side() -> None:
    body = ("An individual who opened fire on ISAF service members at a police station in "
            "Paghman district, Kabul province, today was shot and killed by Afghan police.")
    assert answer(body).killed == 1


def test_a_service_member_who_was_shot_is_still_the_releasing_sides() -> None:
    body = ("A coalition service member who was on patrol in Paghman district, Kabul province, "
            "today was shot and killed by insurgents.")
    assert answer(body).killed == 0


def test_a_leader_for_a_place_and_his_fighters_are_one_toll() -> None:
    body = ("Afghan National Police killed the Taliban shadow governor for Almar district and "
            "three of his fighters during an operation in Faryab province yesterday.")
    assert answer(body).killed == 4


def test_killed_for_a_span_is_not_joined_to_what_follows() -> None:
    body = ("Afghan soldiers fought insurgents in Almar district, Faryab province, yesterday and "
            "killed two insurgents for the first time in the district.")
    assert answer(body).killed == 2


def test_a_shadow_governors_bodyguards_are_the_other_side() -> None:
    headline = "Afghan Police Kill Taliban Shadow Governor in Faryab\n"
    body = ("Afghan National Police killed the Taliban's shadow governor for Faryab province and "
            "three of his bodyguards during an operation in Almar district yesterday. Police "
            "surrounded the house where the shadow governor was staying. He and his guards "
            "opened fire. All four were killed.")
    assert read(headline + DATELINE + body)[0].killed == 4


def test_a_district_governors_bodyguards_are_still_the_releasing_sides() -> None:
    body = ("Insurgents attacked the district governor's convoy in Almar district, Faryab "
            "province, yesterday, killing two of his bodyguards.")
    assert answer(body).killed == 0
