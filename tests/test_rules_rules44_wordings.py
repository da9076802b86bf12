"""Wordings the newly opened blind23-25 sets and whole 2011 releases written blind (rules44's
probe batches) showed the rules misread. Each probe is written anew in the releases' style, with
negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_a_bombers_man_is_no_aircraft() -> None:
    text = ("Bomber's spotter detained in Maiwand\n"
            "KABUL, Afghanistan (June 14, 2011) – A combined force detained a man who filmed a "
            "suicide attack on a police post in Maiwand district, Kandahar province, yesterday. "
            "A roadside bomb struck a police truck nearby, killing one civilian.")
    assert read(text)[0].airstrike is False
    assert answer("The bombers' handler was detained in Maiwand district, Kandahar province, "
                  "yesterday after a car bomb killed two civilians.").airstrike is False
    # an aircraft still strikes
    assert answer("A coalition bomber struck an insurgent position in Maiwand district, "
                  "Kandahar province, yesterday, killing two insurgents.").airstrike is True


def test_an_and_inside_a_who_clause_joins_its_objects_not_two_subjects() -> None:
    body = ("A Taliban commander who planned ambushes on police and Afghan soldiers in Zharay "
            "district, Kandahar province, was killed in a coalition operation yesterday.")
    assert answer(body).killed == 1
    body = ("Two insurgents who fired on police and Afghan soldiers near Sangin district "
            "centre, Helmand province, were killed by the patrol yesterday.")
    assert answer(body).killed == 2
    # and the soldiers told dead as the subject are still the releasing side's
    body = ("Insurgents who attacked a checkpoint in Zharay district, Kandahar province, "
            "yesterday fled. Two Afghan soldiers were killed.")
    assert answer(body).killed == 0


def test_no_casualties_among_the_releasing_forces_denies_no_allied_toll() -> None:
    body = ("Afghan commandos cleared an insurgent compound in Shindand district, Herat "
            "province, yesterday. According to the Afghan National Army, five insurgents were "
            "killed. There were no casualties among the Afghan or coalition forces.")
    assert answer(body).killed == 5
    # a denial of casualties with no side named still answers another party's toll
    body = ("Local officials said four civilians were killed in an operation in Shindand "
            "district, Herat province, yesterday. An assessment found there were no "
            "casualties among the villagers.")
    assert answer(body).killed == 0


def test_aircraft_that_fired_nothing_made_no_operation_the_other_side_claims() -> None:
    text = ("ISAF Rejects Claims of Strike in Sherzad\n"
            "KABUL, Afghanistan (June 14, 2011) – ISAF found no evidence to support insurgent "
            "claims that a coalition air strike hit a house in Sherzad district, Nangarhar "
            "province. A Taliban statement posted online claimed that 12 villagers had been "
            "killed. Coalition records show that no coalition aircraft fired weapons in Sherzad "
            "district this week.")
    assert read(text)[0].killed == 0
    # coalition aircraft that did fire leave the other side's toll to be weighed as before
    text = ("KABUL, Afghanistan (June 14, 2011) – Coalition aircraft fired on insurgents in "
            "Sherzad district, Nangarhar province, yesterday, killing two insurgents.")
    assert read(text)[0].killed == 2


def test_reports_of_a_toll_in_a_place_set_off_by_commas_called_false() -> None:
    body = ("Reports that an Afghan and coalition operation in Chak district, Wardak province, "
            "killed civilians on Sunday are false. The force detained two suspected insurgents "
            "and no shots were fired.")
    assert answer(body).killed == 0
    # a clause set off by commas is still no part of the claim
    body = ("Reports that the force, which had come under fire from a compound, killed "
            "civilians in Chak district, Wardak province, are false. The force killed two "
            "insurgents.")
    assert answer(body).killed == 2


def test_a_named_man_a_memorial_remembers_is_dated_by_his_death() -> None:
    text = ("Marines honour interpreter killed in Nawa\n"
            "CAMP LEATHERNECK, Afghanistan (June 14, 2011) – Marines in Nawa district paused "
            "today to remember Abdul Rahim Sadiq, an Afghan interpreter working with ISAF who "
            "was killed Saturday when insurgents fired on his patrol.")
    got = read(text)[0]
    assert got.start_date == dt.date(2011, 6, 11)
    assert got.killed == 0  # a civilian working with ISAF is the releasing side's
    # a memorial of someone with no day of death told stays on the dateline's day
    text = ("KABUL, Afghanistan (June 14, 2011) – Soldiers in Nawa district, Helmand province, "
            "paused today to remember Abdul Rahim Sadiq, an Afghan interpreter working with "
            "ISAF who served with them for three years.")
    assert read(text)[0].start_date == dt.date(2011, 6, 14)


def test_a_man_named_before_his_role_is_one_of_the_pair_killed_after() -> None:
    body = ("Mullah Gul Agha, a Taliban leader who ran a cell of fighters and bomb makers in "
            "Shindand district, Herat province, was killed by the security force yesterday. "
            "Gul Agha and another armed insurgent fired at the force from a building. The "
            "force returned fire and killed both men.")
    assert answer(body).killed == 2
    # a pair apart from the named man is two more
    body = ("Mullah Gul Agha, a Taliban leader in Shindand district, Herat province, was "
            "killed by the security force yesterday. Later two armed insurgents fired at the "
            "force from a building. The force returned fire and killed both men.")
    assert answer(body).killed == 3


def test_the_role_and_the_others_with_him_retell_the_ledes_toll() -> None:
    body = ("An Afghan and coalition force killed a Taliban commander and four insurgents in "
            "Sabari district, Khost province, yesterday. Insurgents fired on the force from a "
            "compound, and the force returned fire, killing the commander and the insurgents "
            "with him.")
    assert answer(body).killed == 5
    # the commander and others told apart from the lede's toll are more dead
    body = ("An Afghan and coalition force killed four insurgents in Sabari district, Khost "
            "province, yesterday. In a later engagement the force killed a Taliban commander "
            "and two fighters.")
    assert answer(body).killed == 7


def test_an_offices_report_of_a_strike_toll_answered_by_no_munitions_released() -> None:
    text = ("ISAF Statement on Reports of Civilian Deaths in Kamdesh\n"
            "KABUL, Afghanistan (June 14, 2011) – ISAF has reviewed reports from the district "
            "governor's office that an air strike killed civilians in Kamdesh district, Nuristan "
            "province, on Sunday. An assessment team visited the district on Monday. Records "
            "show that no ISAF aircraft released munitions in Kamdesh district that day.")
    got = read(text)[0]
    assert (got.killed, got.airstrike) == (0, False)
    # a report the release leaves standing is still its word that civilians died
    text = ("KABUL, Afghanistan (June 14, 2011) – ISAF has reviewed reports from the district "
            "governor's office that an air strike killed civilians in Kamdesh district, Nuristan "
            "province, on Sunday. An assessment team is visiting the district.")
    assert read(text)[0].killed == 3


def test_he_after_another_man_is_brought_in_is_that_man() -> None:
    body = ("A member of the Afghan Local Police was killed Saturday when a roadside bomb "
            "struck his patrol in Zharay district, Kandahar province. On Sunday, police tracked "
            "the man believed to have planted the bomb to a nearby village. He fired on the "
            "officers and was killed.")
    assert answer(body).killed == 1
    # with no one else brought in, "he" is the one told dead before
    body = ("An armed man was killed Saturday in Zharay district, Kandahar province. Police "
            "said the man had fired on a checkpoint. He was killed when officers returned fire.")
    assert answer(body).killed == 1


def test_a_strike_whose_claimed_toll_is_false_but_which_the_release_tells_stands() -> None:
    body = ("Taliban claims that a coalition air strike killed 12 civilians in Bakwa district, "
            "Farah province, Monday are false. The strike killed three insurgents who had "
            "attacked a patrol.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (3, True)
    # a claimed strike the release calls false and tells nothing more of is none
    body = ("Taliban claims that a coalition air strike killed 12 civilians in Bakwa district, "
            "Farah province, Monday are false. A patrol detained two insurgents there.")
    assert answer(body).airstrike is False


def test_a_man_told_after_an_insurgent_killed_is_that_insurgent() -> None:
    body = ("A combined force killed one armed insurgent in Zharay district, Kandahar province, "
            "yesterday. As the force surrounded the compound, a man climbed over the wall with "
            "a rifle. He was shot and killed.")
    assert answer(body).killed == 1


def test_a_part_and_an_ordinal_detail_the_toll_told_before() -> None:
    body = ("An Afghan and coalition patrol killed three insurgents in Garmsir district, "
            "Helmand province, yesterday. An air weapons team engaged a compound, killing two "
            "insurgents, and Afghan soldiers killed a third as he fled.")
    assert answer(body).killed == 3
    # with no toll before of that number, the part and the third are three on their own
    body = ("An Afghan and coalition patrol came under fire in Garmsir district, Helmand "
            "province, yesterday. An air weapons team engaged a compound, killing two "
            "insurgents, and Afghan soldiers killed a third as he fled.")
    assert answer(body).killed == 3
    # a toll of another number before stays apart
    body = ("An Afghan and coalition patrol killed one insurgent in Garmsir district, Helmand "
            "province, yesterday. Later an air weapons team engaged a compound, killing two "
            "insurgents, and Afghan soldiers killed a third as he fled.")
    assert answer(body).killed == 4


def test_a_man_named_before_his_role_then_named_with_others_is_one_toll() -> None:
    body = ("ISAF confirmed today that Mullah Gul Nabi, the Taliban's senior commander for "
            "Garmsir district, Helmand province, was killed in a coalition precision air strike "
            "yesterday. The aircraft struck his vehicle, killing Nabi and two other insurgents "
            "travelling with him.")
    assert answer(body).killed == 3
    # others named with a different man are more dead
    body = ("ISAF confirmed today that Mullah Gul Nabi, the Taliban's senior commander for "
            "Garmsir district, Helmand province, was killed in a coalition precision air strike "
            "yesterday. A second strike killed Qadir and two other insurgents.")
    assert answer(body).killed == 4


def test_bomb_as_the_first_noun_of_a_compound_is_no_aircraft_fire() -> None:
    text = ("Surveillance Aircraft Helps Patrol Detain Bomb Planters in Shinkay\n"
            "KABUL, Afghanistan (June 14, 2011) – A coalition unmanned aircraft spotted two men "
            "burying a roadside bomb in Shinkay district, Zabul province, yesterday and guided "
            "a patrol to them. The patrol detained both men.")
    assert read(text)[0].airstrike is False
    # an aircraft that bombs still strikes
    text = ("Coalition Aircraft Bomb Insurgent Position in Shinkay\n"
            "KABUL, Afghanistan (June 14, 2011) – Coalition aircraft bombed an insurgent "
            "position in Shinkay district, Zabul province, yesterday, killing two insurgents.")
    assert read(text)[0].airstrike is True


def test_a_ranked_soldier_a_memorial_honours_is_dated_by_his_death_and_not_counted() -> None:
    text = ("Soldiers Honor Fallen Comrade at Combat Outpost Nolen\n"
            "KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – Soldiers gathered at Combat "
            "Outpost Nolen in Arghandab district yesterday to honor Sgt. Mark Ellis, who was "
            "killed by a roadside bomb June 10 while on patrol.")
    got = read(text)[0]
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 10))
    text = ("KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – Soldiers gathered this morning "
            "to honour Spc. Paul T. Reyes, 23, of Tucson, Ariz., who died June 11 when a bomb "
            "exploded near his patrol in Arghandab district.")
    got = read(text)[0]
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 11))
    # a memorial that gives no day of the death stays on its own day
    text = ("KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – Soldiers gathered this morning "
            "to honour Spc. Paul Reyes, who served two tours with the battalion in Arghandab "
            "district.")
    assert read(text)[0].start_date == dt.date(2011, 6, 14)
