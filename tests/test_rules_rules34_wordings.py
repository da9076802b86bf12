"""Wordings that whole releases written blind (batches of 20, ``/tmp/rules34-probes``) showed
the rules misread. Each probe is written anew in the releases' style, with negatives that keep
the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


def test_a_lede_counting_its_operations_is_a_roundup_of_the_details() -> None:
    body = ("Afghan and coalition forces killed five insurgents in two operations in southwestern "
            "Afghanistan yesterday.\n\nIn Zharey district, Kandahar province, a patrol killed two "
            "insurgents who fired on it from a vineyard.\n\nIn Nad-e Ali district, Helmand "
            "province, a security force killed three insurgents during a search of a compound.")
    assert answer(body).killed == 5


def test_three_operations_sum_the_details_told_after_them() -> None:
    body = ("Coalition forces killed six insurgents during three operations in Kunar province "
            "yesterday.\n\nIn Watahpur district, a patrol killed two insurgents. In Sarkani "
            "district, a security force killed one insurgent. In Marawara district, a security "
            "force killed three insurgents.")
    assert answer(body).killed == 6


def test_a_lede_of_two_operations_alone_is_still_counted() -> None:
    # with no detail told, the lede's figure is the release's toll
    body = ("Afghan and coalition forces killed four insurgents in two operations in Zharey "
            "district, Kandahar province, yesterday. The force recovered weapons.")
    assert answer(body).killed == 4


def test_one_operation_of_two_men_is_no_roundup() -> None:
    body = ("An Afghan and coalition security force killed two insurgents during an operation in "
            "Nad-e Ali district, Helmand province, yesterday. In a later search the force found "
            "a rifle.")
    assert answer(body).killed == 2


def test_both_men_point_back_past_a_recalled_toll_of_another_number() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader and one other "
            "insurgent in Ab Band district, Ghazni province, yesterday.\n\nThe leader is believed "
            "to have led the attack on the district center in July in which four Afghan police "
            "officers were killed.\n\nThe force was searching a compound when the leader and "
            "another armed man fired on it. Both men were killed when the force returned fire.")
    assert answer(body).killed == 2


def test_both_men_with_no_pair_before_are_two_more() -> None:
    body = ("An Afghan and coalition security force killed four insurgents in Ab Band district, "
            "Ghazni province, yesterday.\n\nLater that night two armed men fired on a checkpoint "
            "nearby. Both men were killed when the police returned fire.")
    assert answer(body).killed == 6


def test_the_strike_told_again_after_the_fire_it_answered_is_the_same_strike() -> None:
    body = ("A coalition air strike killed four insurgents who were firing on an outpost in "
            "Watahpur district, Kunar province, Thursday. ISAF later learned that a child was "
            "also killed in the strike.\n\nThe insurgents had fired mortars at the outpost from a "
            "ridge. After the outpost called for support, a coalition aircraft dropped a bomb on "
            "the insurgent position. Villagers brought the body of a boy to the outpost the next "
            "morning.")
    assert answer(body).killed == 5


def test_a_strike_in_a_separate_incident_after_ground_fire_is_another() -> None:
    body = ("A coalition air strike killed four insurgents in Watahpur district, Kunar province, "
            "Thursday.\n\nIn a separate incident, insurgents fired mortars at an outpost in "
            "Marawara district. A coalition aircraft then struck the mortar team, killing two "
            "insurgents.")
    assert answer(body).killed == 6


def test_a_place_a_correction_calls_wrong_is_not_the_release_place() -> None:
    body = ("An earlier version of this release incorrectly stated that the operation took place "
            "in Kandahar province. The operation took place in Zabul province.\n\nAn Afghan and "
            "coalition security force killed two insurgents during an operation in Shahjoy "
            "district, Zabul province, yesterday.\n\nAs the force arrived, two armed men fired "
            "on it and were killed. The leader was detained along with one other suspected "
            "insurgent.")
    assert answer(body).provinces == {"zabul"}


def test_a_correction_of_the_toll_keeps_its_place() -> None:
    body = ("An earlier version of this release incorrectly stated that five insurgents were "
            "killed in Maiwand district, Kandahar province, yesterday. Three insurgents were "
            "killed.")
    assert answer(body).provinces == {"kandahar"}


def test_a_strike_named_by_its_year_is_history() -> None:
    body = ("Elders from Shindand district, Herat province, met with district officials today. "
            "Several elders recalled the 2008 air strike in Azizabad that killed scores of "
            "villagers and said trust had been slow to return.")
    result = answer(body)
    assert result.airstrike is False
    assert result.killed == 0


def test_a_year_named_beside_a_strike_of_the_day_is_no_history() -> None:
    body = ("A coalition air strike killed two insurgents in Shindand district, Herat province, "
            "today. The insurgents had planted bombs on the road since 2010.")
    result = answer(body)
    assert result.airstrike is True
    assert result.killed == 2


def test_a_helicopter_crew_told_by_its_crew_fires_support_fire() -> None:
    body = ("A coalition helicopter crew killed two insurgents who were planting a roadside bomb "
            "in Nahr-e Saraj district, Helmand province, yesterday. After confirming that no "
            "civilians were nearby, the crew engaged them with a Hellfire missile, killing both.")
    result = answer(body)
    assert result.airstrike is False
    assert result.killed == 2


def test_a_drone_crew_firing_a_missile_still_strikes() -> None:
    body = ("A coalition remotely piloted aircraft killed two insurgents who were planting a "
            "roadside bomb in Nahr-e Saraj district, Helmand province, yesterday. After "
            "confirming that no civilians were nearby, the crew engaged them with a Hellfire "
            "missile, killing both.")
    assert answer(body).airstrike is True


def test_a_day_a_correction_calls_wrong_dates_nothing() -> None:
    body = ("The operation in Deh Rawud district, Uruzgan province, reported by ISAF yesterday "
            "took place Monday, not Tuesday as stated.\n\nAn Afghan and coalition security force "
            "killed two insurgents during the operation. The commander was detained.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_day_not_followed_by_as_stated_still_dates() -> None:
    body = ("An Afghan and coalition security force killed two insurgents in Deh Rawud district, "
            "Uruzgan province, Sunday, not far from the district center.")
    assert answer(body).start_date == dt.date(2011, 6, 12)


def test_the_wrong_day_told_first_in_a_correction_dates_nothing() -> None:
    body = ("The operation in Deh Rawud district, Uruzgan province, took place not Sunday, as "
            "first reported, but Monday.\n\nAn Afghan and coalition security force killed two "
            "insurgents during the operation.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_denial_after_background_days_dates_nothing() -> None:
    body = ("Afghan and coalition forces engaged insurgents in Nerkh district, Wardak province, "
            "yesterday. The patrol found the bodies of three insurgents.\n\nElders later told the "
            "patrol that the insurgents had come from Maidan Shahr two days earlier. No Afghan or "
            "coalition forces were injured.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_lede_counting_strikes_twice_is_a_roundup_of_the_details() -> None:
    body = ("Coalition aircraft struck insurgents twice this week in Dasht-e Archi district, "
            "Kunduz province, killing five.\n\nOn Sunday, coalition aircraft struck two insurgents "
            "firing on a checkpoint, killing both. On Monday, a second strike killed three "
            "insurgents loading weapons into a truck.")
    assert answer(body).killed == 5


def test_a_strike_told_once_this_week_is_counted() -> None:
    body = ("Coalition aircraft struck insurgents in Dasht-e Archi district, Kunduz province, "
            "this week, killing five.")
    assert answer(body).killed == 5


def test_people_including_both_sides_then_the_civilians_again() -> None:
    body = ("Six people, including four insurgents and two civilians, were killed in Giro "
            "district, Ghazni province, this morning when insurgents fired on a patrol and the "
            "patrol returned fire. A joint team is investigating how the two civilians died.")
    assert answer(body).killed == 6


def test_people_including_civilians_only_stay_one_toll() -> None:
    body = ("Five people, including two children, were killed in Giro district, Ghazni "
            "province, this morning when a roadside bomb struck their car.")
    assert answer(body).killed == 5


def test_aircraft_helping_soldiers_kill_insurgents_tell_a_toll() -> None:
    body = ("Afghan Air Force helicopters engaged insurgents attacking Afghan soldiers in Dand-e "
            "Ghori district, Baghlan province, today, helping the soldiers kill five insurgents.")
    result = answer(body)
    assert result.killed == 5
    assert result.airstrike is False


def test_a_purpose_to_help_kill_is_no_toll() -> None:
    body = ("Afghan soldiers in Dand-e Ghori district, Baghlan province, detained a man today who "
            "is believed to have planned to help insurgents kill police officers.")
    assert answer(body).killed == 0


def test_the_named_leader_and_his_fighters_restate_the_counted_group() -> None:
    body = ("A Taliban commander and four of his fighters were killed during an operation in "
            "Dawlat Shah district, Laghman province, last night.\n\nThe commander, known as "
            "Mullah Akhtar, directed attacks against police posts. When the force arrived at his "
            "compound, Akhtar and his fighters fired on it and were killed in the exchange.")
    assert answer(body).killed == 5


def test_a_named_man_and_his_fighters_alone_are_counted_as_a_group() -> None:
    body = ("When an Afghan and coalition force arrived at a compound in Dawlat Shah district, "
            "Laghman province, last night, Mullah Akhtar and his fighters fired on it and were "
            "killed in the exchange.")
    assert answer(body).killed >= 1


def test_the_leaders_death_is_the_leader_counted_in_the_group() -> None:
    body = ("A coalition air strike in Marawara district, Kunar province, Sunday killed a senior "
            "al-Qaida leader and two other insurgents.\n\nThe leader trained insurgents in the "
            "use of explosives.\n\n\"This leader's death is a serious blow to al-Qaida's network "
            "in eastern Afghanistan,\" said an ISAF spokesman.")
    assert answer(body).killed == 3


def test_another_mans_death_told_after_a_group_is_one_more() -> None:
    body = ("A coalition air strike in Marawara district, Kunar province, Sunday killed a senior "
            "al-Qaida leader and two other insurgents.\n\nIn a separate incident, a shopkeeper's "
            "death was reported after insurgents fired on the bazaar.")
    assert answer(body).killed == 4


def test_the_day_of_the_attack_a_detainee_is_believed_to_have_armed_is_not_his_capture() -> None:
    body = ("An Afghan and coalition security force detained a Taliban bomb maker believed to "
            "have built the bomb used in the May 3 attack on a bus in Shah Joy district, Zabul "
            "province, that killed 11 passengers.\n\nThe force found the man at a compound in "
            "the district today. He was detained along with two associates.")
    result = answer(body)
    assert result.start_date == dt.date(2011, 6, 14)
    assert result.killed == 0


def test_a_detention_dated_before_the_blamed_attack_keeps_its_day() -> None:
    body = ("An Afghan and coalition security force detained a Taliban bomb maker on Sunday in "
            "Shah Joy district, Zabul province. He is believed to have built the bomb used in "
            "the May 3 attack on a bus.")
    assert answer(body).start_date == dt.date(2011, 6, 12)
