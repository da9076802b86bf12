"""Wordings the misses of blind32 and blind34 showed, and rules49's probe batches after them
(issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_a_bare_date_opening_the_first_line_is_the_dateline_not_the_days_date() -> None:
    # "Sangin/Helmand\nAug. 29, 2010 - ... Saturday": the release's date, not the fighting's
    text = ("Marines kill insurgents in Nawzad\nNawzad/Helmand\nSept. 12, 2010 - U.S. Marines "
            "killed four insurgents during a firefight near the Nawzad bazaar Friday, officials "
            "said.")
    found, _ = read(text, None)
    assert found.start_date == dt.date(2010, 9, 10)
    assert found.killed == 4


def test_a_bare_date_dateline_with_no_day_named_dates_the_release() -> None:
    text = ("Nawzad/Helmand\nSept. 12, 2010 - U.S. Marines killed four insurgents during a "
            "firefight near the Nawzad bazaar, officials said.")
    found, _ = read(text, None)
    assert found.start_date == dt.date(2010, 9, 12)


def test_a_member_of_isaf_spelled_out_is_the_releasing_sides_dead() -> None:
    body = ("A member of the International Security Assistance Force was killed in eastern "
            "Afghanistan today when an individual in an Afghan police uniform turned his weapon "
            "against coalition service members.")
    assert answer(body).killed == 0


def test_a_member_of_the_other_side_killed_still_counts() -> None:
    body = ("Afghan and coalition forces killed a member of the Haqqani network in Sabari "
            "district, Khost province, yesterday.")
    assert answer(body).killed == 1


def test_the_bodyguards_of_a_taliban_shadow_district_chief_are_the_other_sides() -> None:
    text = ("Afghan commandos kill Taliban shadow district chief in Ghazni\nKABUL, Afghanistan "
            "(June 14, 2011) - Afghan commandos, advised by coalition troops, killed the "
            "Taliban's shadow district chief for Qarabagh and two of his bodyguards during an "
            "operation in Ghazni province yesterday.")
    assert read(text)[0].killed == 3


def test_the_bodyguards_of_a_district_governor_are_the_releasing_sides() -> None:
    body = ("Insurgents attacked the convoy of the Qarabagh district governor in Ghazni "
            "province yesterday, killing two of his bodyguards. The governor was unhurt.")
    assert answer(body).killed == 0


def test_he_and_the_bodyguard_after_a_clause_restate_the_pair_killed() -> None:
    body = ("Afghan commandos killed a Taliban commander and one of his bodyguards in Andar "
            "district, Ghazni province, yesterday. When the commandos reached his compound, he "
            "and the bodyguard came out firing and were killed.")
    assert answer(body).killed == 2


def test_he_and_the_bodyguard_alone_are_two_killed() -> None:
    body = ("Afghan commandos raided a compound in Andar district, Ghazni province, yesterday. "
            "When the commandos reached the compound, the Taliban commander and his bodyguard "
            "came out firing and were killed.")
    assert answer(body).killed == 2


def test_the_attackers_killed_after_an_officials_guards_are_counted_apart() -> None:
    # the guards are the releasing side's; "The insurgents were killed" is an uncounted plural
    body = ("Insurgents with rifles attacked the convoy of the Zabul deputy governor in Qalat "
            "this morning, killing three of his bodyguards.\n\nAfghan police pursued the "
            "attackers into a nearby bazaar. The insurgents were killed after a short "
            "firefight.")
    assert answer(body).killed == 3


def test_a_leaders_guards_and_then_the_insurgents_killed_are_one_toll() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander and two of his bodyguards "
            "in Qalat district, Zabul province, yesterday.\n\nThe insurgents were killed after "
            "they fired on the security force.")
    assert answer(body).killed == 3


def test_people_carrying_this_and_that_were_killed_are_the_subject() -> None:
    # (beside two civilians: not an uncounted "explosives" restating them)
    body = ("ISAF confirmed today that two Afghan civilians died in a precision air strike in "
            "Sherzad district, Nangarhar province, on Sunday. Coalition aircraft struck a group "
            "of men digging along a road. Three insurgents carrying weapons and explosives were "
            "killed.")
    assert answer(body).killed == 5


def test_an_and_that_joins_two_clauses_still_cuts_the_subject() -> None:
    # "... found weapons and explosives were destroyed": no people, no toll
    body = ("Afghan and coalition forces killed two insurgents in Sherzad district, Nangarhar "
            "province, yesterday. The force found rifles and the explosives were destroyed.")
    assert answer(body).killed == 2


def test_a_named_target_who_was_killed_is_one_more_dead() -> None:
    body = ("ISAF today expressed regret for the deaths of a woman and a child in a coalition "
            "air strike in Charkh district, Logar province, yesterday. The strike targeted "
            "Taliban commander Mawlawi Ghulam Nabi, who was killed.")
    assert answer(body).killed == 3


def test_a_named_target_who_escaped_is_no_dead() -> None:
    body = ("ISAF today expressed regret for the deaths of a woman and a child in a coalition "
            "air strike in Charkh district, Logar province, yesterday. The strike targeted "
            "Taliban commander Mawlawi Ghulam Nabi, who was not at the compound.")
    assert answer(body).killed == 2


def test_a_named_man_killed_earlier_is_history() -> None:
    body = ("Afghan and coalition forces detained two insurgents in Charkh district, Logar "
            "province, yesterday. The cell was led by Taliban commander Mawlawi Ghulam Nabi, "
            "who was killed in an air strike last month.")
    assert answer(body).killed == 0


def test_who_the_civilians_of_a_mixed_toll_were_is_no_more_dead() -> None:
    body = ("ISAF confirmed today that two civilians were killed along with four insurgents in "
            "an air strike in Charkh district, Logar province, on Sunday. A subsequent "
            "assessment found that a man and his son working in an adjacent orchard were also "
            "killed.")
    assert answer(body).killed == 6


def test_who_the_civilians_were_without_also_does_not_replace_the_toll() -> None:
    body = ("ISAF confirmed today that two civilians were killed along with four insurgents in "
            "an air strike in Charkh district, Logar province, on Sunday. The assessment found "
            "that the civilians were a farmer and his son, who were working in an orchard.")
    assert answer(body).killed == 6


def test_more_civilians_than_the_mixed_tolls_share_are_more_dead() -> None:
    body = ("ISAF confirmed today that two civilians were killed along with four insurgents in "
            "an air strike in Charkh district, Logar province, on Sunday. Three children were "
            "also killed in a separate blast nearby.")
    assert answer(body).killed == 9


def test_the_suicide_bomber_who_walked_up_is_no_aircraft() -> None:
    body = ("Two ISAF service members were killed today when a suicide bomber on foot detonated "
            "his explosives beside their patrol in Zharey district, Kandahar province. The "
            "bomber approached the patrol as it stopped at a bazaar, killing himself and the "
            "two service members.")
    found = answer(body)
    assert not found.airstrike
    assert found.killed == 1


def test_bombers_that_struck_are_still_aircraft() -> None:
    body = ("Coalition bombers struck an insurgent compound in Zharey district, Kandahar "
            "province, yesterday, killing four insurgents.")
    assert answer(body).airstrike


def test_the_day_of_a_statement_before_its_verb_is_not_the_operations() -> None:
    # June 14, 2011 is a Tuesday: "on Sunday" is June 12
    found = answer("The International Security Assistance Force today accepted "
                   "responsibility for the deaths of two Afghan civilians during a night "
                   "operation in Gardez district, Paktiya province, on Sunday.")
    assert found.start_date == dt.date(2011, 6, 12)


def test_the_day_of_a_statement_alone_still_dates_the_toll() -> None:
    found = answer("ISAF today confirmed the deaths of two Afghan civilians during a night "
                   "operation in Gardez district, Paktiya province.")
    assert found.start_date == dt.date(2011, 6, 14)


def test_a_running_total_since_the_operation_began_dates_nothing() -> None:
    # June 14, 2011 is a Tuesday: the operation began Saturday, June 11
    found = answer("Afghan and ISAF forces pushed into the bazaar of Marjah in Helmand province "
                   "today, killing numerous insurgents. Engineers have cleared 41 bombs since "
                   "the operation began Saturday, and 27 insurgents have been killed since the "
                   "beginning of the operation.")
    assert found.start_date == dt.date(2011, 6, 14)
    assert found.killed == 4


def test_a_toll_told_beside_a_running_total_dates_the_release() -> None:
    found = answer("Marines killed two insurgents in Marjah, Helmand province, on Sunday, "
                   "and 27 insurgents have been killed since the operation began.")
    assert found.start_date == dt.date(2011, 6, 12)
    assert found.killed == 2


def test_an_update_rows_ground_toll_is_dated_by_its_paragraph_not_the_ledes_strike() -> None:
    text = ("ISAF Joint Command Operational Update June 14, 2011\nKABUL, Afghanistan (June 14, "
            "2011) - Afghan and coalition forces killed nine insurgents, detained 17 and carried "
            "out one precision air strike in Kandahar during operations across Afghanistan in "
            "the past 24 hours.\n\nIn Helmand province yesterday, Afghan police and coalition "
            "forces spotted two insurgents planting a roadside bomb in Nawa-I-Barakzayi "
            "district. When the men reached for their weapons, the patrol engaged and killed "
            "both.")
    found = read(text)[0]
    assert found.start_date == dt.date(2011, 6, 13)
    assert found.killed == 2
    assert not found.airstrike


def test_a_toll_of_the_only_strike_in_the_next_paragraph_is_still_its_own() -> None:
    body = ("A coalition air strike killed three insurgents in Nawa-I-Barakzayi district, "
            "Helmand province, on Sunday.\n\nThe aircraft engaged the men as they planted a "
            "roadside bomb, killing all three.")
    found = answer(body)
    assert found.start_date == dt.date(2011, 6, 12)
    assert found.killed == 3


def test_a_second_memorials_place_is_not_where_the_mourned_died() -> None:
    text = ("BAGRAM AIRFIELD, Afghanistan (June 14, 2011) - Hundreds of soldiers gathered at "
            "Bagram Airfield, Parwan province, this morning to honor two comrades who were "
            "killed in eastern Afghanistan.\n\nChaplains will hold a second service at Forward "
            "Operating Base Salerno on Friday for soldiers unable to attend.")
    assert read(text)[0].provinces == {"parwan"}


def test_a_toll_told_beside_a_place_named_later_still_takes_it() -> None:
    body = ("Afghan and coalition forces killed two insurgents yesterday. The operation took "
            "place near Forward Operating Base Salerno.")
    assert answer(body).provinces == {"khost"}



def test_a_province_named_as_the_owner_of_a_district_is_a_place() -> None:
    body = ("Afghan and coalition forces killed seven insurgents in two operations in eastern "
            "Afghanistan yesterday.\n\nIn Ghazni province's Giro district, a security force "
            "killed four insurgents who ambushed an Afghan army convoy. In Logar province, a "
            "patrol killed three insurgents who were emplacing a roadside bomb.")
    assert answer(body).provinces == {"ghazni"}


def test_he_and_another_armed_man_after_a_clause_restate_the_pair() -> None:
    body = ("Afghan and coalition forces killed a Taliban sub-commander and another insurgent in "
            "Chahar Darah district, Kunduz province, yesterday. When the force arrived at his "
            "compound, he and another armed man engaged the force and were killed.")
    assert answer(body).killed == 2


def test_the_leader_and_the_insurgents_restate_a_leader_and_several() -> None:
    body = ("An Afghan and coalition security force killed a Taliban facilitator and several "
            "insurgents in Nawa district, Helmand province, yesterday.\n\nAs the force "
            "approached the compound, armed insurgents fired on it. The force returned fire, "
            "killing the facilitator and the insurgents.")
    assert answer(body).killed == 4


def test_the_leader_and_the_others_of_another_toll_stay_apart() -> None:
    body = ("An Afghan and coalition security force killed a Taliban facilitator in Nawa "
            "district, Helmand province, yesterday.\n\nIn a separate operation in Marjah, a "
            "patrol killed a bomb maker and two insurgents.")
    assert answer(body).killed == 4


def test_reports_answered_by_a_denial_before_them_tell_no_strike() -> None:
    body = ("ISAF officials said today that no coalition air strikes were conducted in Kapisa "
            "province in the past week, in response to reports that an air strike killed "
            "civilians in Tagab district.")
    assert not answer(body).airstrike


def test_reports_of_a_strike_after_a_denial_of_another_place_still_tell_none_but_own() -> None:
    body = ("A coalition air strike killed three insurgents in Tagab district, Kapisa province, "
            "yesterday. Reports that the strike killed civilians are being investigated.")
    assert answer(body).airstrike


def test_reports_answered_by_a_denial_before_them_count_none() -> None:
    found = answer("ISAF officials said today that no coalition air strikes were conducted in "
                   "Kapisa province in the past week, in response to reports that an air strike "
                   "killed civilians in Tagab district.\n\nAn Afghan and coalition patrol in "
                   "Tagab was attacked on Sunday and returned fire. No casualties were reported.")
    assert not found.airstrike
    assert found.killed == 0


def test_a_toll_of_claims_under_review_is_not_the_releases_own() -> None:
    body = ("ISAF is reviewing claims that two boys were killed during an Afghan and coalition "
            "operation in Shigal district, Kunar province, on Sunday.\n\nThe force was fired "
            "on by insurgents during the operation and returned fire, killing one insurgent.")
    assert answer(body).killed == 1


def test_a_toll_the_release_confirms_after_its_review_counts() -> None:
    body = ("ISAF confirmed today that two boys were killed during an Afghan and coalition "
            "operation in Shigal district, Kunar province, on Sunday. The force also killed "
            "one insurgent.")
    assert answer(body).killed == 3


def test_a_district_police_chief_killed_is_the_releasing_sides() -> None:
    body = ("A district police chief was killed when insurgents detonated a bomb outside his "
            "office in Dand district, Kandahar province, yesterday.")
    assert answer(body).killed == 0


def test_a_taliban_police_chief_killer_is_still_counted() -> None:
    body = ("Afghan forces killed two insurgents who attacked the district police chief's "
            "office in Dand district, Kandahar province, yesterday.")
    assert answer(body).killed == 2


def test_the_policeman_who_fired_on_them_killed_is_the_other_sides() -> None:
    body = ("Two ISAF soldiers were killed when an Afghan policeman opened fire on them at a "
            "checkpoint in Uruzgan province yesterday. The policeman was shot and killed by "
            "other soldiers at the scene.")
    assert answer(body).killed == 1
