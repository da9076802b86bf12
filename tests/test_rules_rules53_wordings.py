"""Wordings of IJC and Regional Command daily releases the rules misread (the misses of the
blind42 set, each rewritten as a probe of its phrase pattern), with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_all_three_tells_again_a_toll_of_its_number_across_a_strike_told_apart() -> None:
    assert answer(
        "A coalition aircraft killed three insurgents who were burying a roadside bomb in the "
        "Maiwand district of Kandahar province Sunday evening. A surveillance aircraft watched "
        "the men dig into the road, and the patrol's commander requested a precision strike. "
        "All three insurgents died in the strike.").killed == 3


def test_all_three_of_another_outcome_is_no_toll_again() -> None:
    assert answer(
        "A coalition aircraft killed three insurgents in the Maiwand district of Kandahar "
        "province Sunday. Three civilians were wounded. All three were taken to a coalition "
        "medical facility.").killed == 3


def test_a_named_man_past_a_who_clause_travelling_with_a_second_is_one_of_both() -> None:
    assert answer(
        "In a precision strike in Nangarhar province Monday, coalition forces killed Qari "
        "Nasim, a Taliban leader in Khogyani district. Nasim, who planned a rocket attack on "
        "Jalalabad Airfield in May, was traveling with a second insurgent on a motorcycle when "
        "the strike occurred. Both men were killed.").killed == 2


def test_two_others_who_fired_then_both_killed_are_two_more() -> None:
    assert answer(
        "Coalition forces killed Qari Nasim, a Taliban leader, in Khogyani district, Nangarhar "
        "province, Monday. Later, two insurgents fired on the patrol from a hilltop. Both men "
        "were killed.").killed == 3


def test_since_the_operation_in_a_district_began_in_a_month_is_a_running_total() -> None:
    assert answer(
        "A combined Afghan and coalition force killed a Taliban leader and four of his fighters "
        "in the Arghandab district of Kandahar province yesterday. Since the operation in "
        "Arghandab began in mid-May, coalition forces have killed more than 60 insurgents in "
        "the district.").killed == 5


def test_a_toll_since_a_day_of_the_week_is_still_counted() -> None:
    assert answer(
        "Afghan and coalition forces killed a Taliban leader and four of his fighters in the "
        "Arghandab district of Kandahar province Monday. The operation in Arghandab began in "
        "mid-May.").killed == 5


def test_they_were_killed_after_the_release_s_own_dead_is_those_dead() -> None:
    assert answer(
        "Soldiers gathered Monday at Camp Bastion to honor two comrades killed by a roadside "
        "bomb in Nad Ali district, Helmand province, on June 9. Their company commander said "
        "the unit would keep patrolling the roads where they were killed.").killed == 0


def test_insurgents_they_were_killed_with_no_own_dead_is_a_vague_group() -> None:
    assert answer(
        "Insurgents fired on a patrol in Charkh district, Logar province, Monday. The patrol "
        "returned fire, and they were killed, said Lt. Col. Ted Rourke.").killed == 3


def test_contrary_to_reports_that_aircraft_killed_civilians_denies_them() -> None:
    assert answer(
        "ISAF conducted no air strike in the Giro district of Ghazni province on Sunday, "
        "contrary to reports from the district governor that coalition aircraft killed four "
        "civilians. An Afghan and coalition patrol in Giro engaged armed insurgents Sunday "
        "afternoon. Two insurgents were killed.").killed == 2


def test_a_toll_reported_by_a_governor_alone_still_counts() -> None:
    assert answer(
        "The district governor of Giro, Ghazni province, said coalition aircraft killed four "
        "civilians on Sunday. ISAF is aware of reports that civilians were killed and is "
        "investigating.").killed == 4


def test_officials_said_is_the_release_s_voice_beside_a_governor_s_figure() -> None:
    assert answer(
        "An Afghan soldier was killed when insurgents attacked a joint patrol in the Musa Khel "
        "district of Khost province Saturday. An F-15E dropped a GBU-38 on the insurgent "
        "firing position. Seven insurgents were killed, officials said.\n\nThe governor of "
        "Khost province, Abdul Jabbar Nasimi, said in a statement that 10 insurgents had been "
        "killed in the fight.").killed == 7


def test_afghan_officials_said_is_not_the_release_s_voice() -> None:
    assert answer(
        "An Afghan soldier was killed when insurgents attacked a joint patrol in the Musa Khel "
        "district of Khost province Saturday. Seven insurgents were killed, Afghan officials "
        "said.").killed == 7


def test_a_named_man_past_a_long_apposition_along_with_n_other_insurgents() -> None:
    assert answer(
        "A coalition air strike in the Ghaziabad district of Kunar province Saturday killed "
        "Mawlawi Karim, a Taliban leader responsible for attacks on border posts, along with "
        "three other insurgents, ISAF officials said today.").killed == 4


def test_n_other_insurgents_detained_after_the_apposition_are_no_more_dead() -> None:
    assert answer(
        "A coalition air strike in the Ghaziabad district of Kunar province Saturday killed "
        "Mawlawi Karim, a Taliban leader responsible for attacks on border posts, and three "
        "other insurgents were detained the next day.").killed == 1


def test_a_leader_by_role_past_a_who_clause_along_with_an_unknown_number_of_his_men() -> None:
    assert answer(
        "A coalition air strike in Watapur district, Kunar province, yesterday killed an "
        "al-Qaeda leader who moved Arab fighters between Pakistan and the Pech valley, along "
        "with an unknown number of his associates.").killed == 4


def test_a_who_clause_naming_provinces_keeps_the_release_s_province() -> None:
    a = answer(
        "In Ghazni province yesterday, a combined force in Andar district arrested a Taliban "
        "leader who smuggles weapons between Ghazni and Paktika provinces, along with one of "
        "his couriers.")
    assert a.provinces == frozenset({"ghazni"})


_CACHE = ("An Afghan and coalition patrol in Panjwa'i district, Kandahar province, found and "
          "destroyed a cache of 200 kilograms of ammonium nitrate and eight pressure plates "
          "Sunday. ")


def test_a_find_two_weeks_after_aircraft_destroyed_a_cache_tells_no_strike() -> None:
    a = answer(_CACHE + "The find comes two weeks after coalition aircraft destroyed a similar "
               "cache in the district.")
    assert not a.airstrike
    assert a.start_date == dt.date(2011, 6, 12)  # the lede's Sunday, not the dateline


def test_a_strike_a_week_after_its_own_day_is_still_told() -> None:
    a = answer("Coalition aircraft destroyed a weapons cache in Panjwa'i district, Kandahar "
               "province, Sunday, one week after a patrol found a similar cache nearby.")
    assert a.airstrike


def test_the_bombers_who_attacked_a_base_are_people_not_aircraft() -> None:
    assert not answer(
        "Afghan and coalition forces in Khost province's Tani district detained a Haqqani "
        "network facilitator last night. He is believed to have arranged lodging for the "
        "bombers who attacked Forward Operating Base Salerno this spring.").airstrike


def test_bombers_that_struck_are_aircraft() -> None:
    assert answer(
        "Two coalition bombers that struck insurgent positions in the Tani district of Khost "
        "province last night killed four insurgents.").airstrike


def test_a_correction_that_says_what_the_release_stated_keeps_the_right_place() -> None:
    a = read(
        "KABUL, Afghanistan (Oct. 26, 2011) – A release issued Oct. 24 stated that an Afghan "
        "and coalition force killed two insurgents in the Nawa district of Ghazni province. "
        "The operation took place in the Nawa district of Helmand province.\n\nBoth "
        "insurgents were killed when they attacked the force Sunday.", None)[0]
    assert a.provinces == frozenset({"helmand"})


def test_a_release_that_stated_a_place_with_no_correction_keeps_both() -> None:
    a = read(
        "KABUL, Afghanistan (Oct. 26, 2011) – A release issued Oct. 24 stated that an Afghan "
        "and coalition force killed two insurgents in the Nawa district of Ghazni province. "
        "Today the force killed three more insurgents in Garmsir district, Helmand province.",
        None)[0]
    assert "ghazni" in a.provinces


def test_a_place_sentence_that_recounts_the_toll_does_not_move_the_old_one() -> None:
    a = read(
        "KABUL, Afghanistan (Sept. 11, 2010) – Yesterday's release reported that a joint force "
        "killed two insurgents in Ghazni province Thursday. The operation took place in "
        "Qarabagh district and killed three, not two.", None)[0]
    assert a.killed == 3


def test_undated_detentions_alone_are_dated_by_the_day_the_lede_names() -> None:
    assert answer(
        "Afghan Uniformed Police in Ghor province recovered a stolen ballot box and arrested "
        "the two men who had taken it from a polling centre outside Chaghcharan on Sunday. "
        "Police said the men were not linked to any insurgent group.").start_date == dt.date(
        2011, 6, 12)


def test_an_undated_killing_is_not_dated_by_the_day_of_what_the_dead_did() -> None:
    assert answer(
        "Afghan Uniformed Police in Ghor province killed two insurgents who had attacked a "
        "polling centre outside Chaghcharan on Sunday. Police said the men were foreign "
        "fighters.").start_date == dt.date(2011, 6, 14)


def test_a_man_in_custody_after_an_operation_is_taken_where_the_lede_places_him() -> None:
    assert answer(
        "The man believed to be the main supplier of weapons to insurgents in Kijran district, "
        "Day Kundi province, is in custody after an Afghan-led operation Sunday.\n\nHe bought "
        "rifles in Helmand and sold them to fighters in Uruzgan. Two of his relatives were "
        "also detained.").provinces == frozenset({"day_kundi"})


def test_a_third_in_custody_is_taken_not_killed() -> None:
    assert answer(
        "Two insurgents were killed in Sangin district, Helmand province, Sunday. A third "
        "insurgent is in custody.").killed == 2


def test_a_coalition_strike_named_by_its_force_is_the_release_s_strike() -> None:
    assert answer(
        "A coalition strike in the Dangam district of Kunar province yesterday killed a "
        "Taliban commander who moved weapons across the border.").airstrike


def test_a_coalition_strike_force_raids_on_the_ground() -> None:
    assert not answer(
        "A coalition strike force killed two insurgents in the Dangam district of Kunar "
        "province yesterday.").airstrike


def test_killing_them_after_one_own_soldier_is_the_attackers() -> None:
    assert answer(
        "Insurgents attacked a joint patrol in the Zurmat district of Paktiya province "
        "Sunday, killing an Afghan soldier. The patrol returned fire, killing them.").killed == 3


def test_killing_them_after_a_counted_group_is_that_group() -> None:
    assert answer(
        "Three insurgents fired on a joint patrol in the Zurmat district of Paktiya province "
        "Sunday. The patrol returned fire, killing them.").killed == 3


def test_a_governor_who_put_the_number_of_dead_at_seven_is_another_party() -> None:
    assert answer(
        "An Afghan and coalition force killed three insurgents in the Chak district of Wardak "
        "province yesterday, ISAF officials said. The district governor put the number of dead "
        "at seven.").killed == 3


def test_a_figure_put_after_initial_reports_updates_them() -> None:
    assert answer(
        "Afghan commandos cleared a cluster of villages in the Giro district of Ghazni "
        "province yesterday. Initial reports from the field indicated that seven insurgents "
        "had been killed. After the villages were cleared, Afghan commanders put the number "
        "at 12.").killed == 12


def test_islam_qalah_spelled_with_an_apostrophe_is_herat_s() -> None:
    a = read("HERAT, Afghanistan (July 16, 2011) – Afghan Border Police detained three "
             "smugglers in the Islam Qal'ah district yesterday.", None)[0]
    assert a.provinces == frozenset({"herat"})
