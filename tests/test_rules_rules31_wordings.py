"""Wordings the twenty-seventh blind set (``evals/isaf_blind/blind27.jsonl``: several parties'
and populations' tolls to weigh) showed the rules misread. Each probe is written anew in the
releases' style, not copied from the set, with negatives that keep the rule from reaching past
its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read

_UPDATE = ("Oct. 5: Afghan-ISAF Operations in Southern Afghanistan\n"
           "ISAF Joint Command - Afghanistan 2010-10-CA-031 For Immediate Release\n\n")


def test_an_update_row_that_kills_an_uncounted_group_codes_it_as_vague() -> None:
    body = ("In Kandahar province, a combined patrol saw a group of insurgents planting a bomb "
            "beside Highway 1 in Zhari district, Monday. The patrol engaged the group, killing "
            "the insurgents.")
    got = read(_UPDATE + body, dt.date(2010, 10, 5))[0]
    assert got.killed == 3


def test_an_update_row_keeps_its_counted_toll() -> None:
    body = ("In Kandahar province, a combined patrol engaged insurgents in Zhari district, "
            "Monday, killing two insurgents.")
    assert read(_UPDATE + body, dt.date(2010, 10, 5))[0].killed == 2


def test_an_update_row_that_tells_no_killing_counts_none() -> None:
    body = ("In Kandahar province, a combined patrol found a cache of mortar rounds in Zhari "
            "district, Monday. The insurgents had fled.")
    assert read(_UPDATE + body, dt.date(2010, 10, 5))[0].killed == 0


def test_a_list_of_ranked_names_killed_is_the_releasing_sides_own() -> None:
    body = ("Soldiers of the 1st Battalion gathered at Forward Operating Base Wilson, Kandahar "
            "province, today to honour two of their own. Staff Sgt. Neil Barrow and Spc. Owen "
            "Reyes were killed when their patrol was struck by a bomb in Zhari district.")
    assert answer(body).killed == 0


def test_a_list_of_names_without_ranks_killed_still_counts() -> None:
    body = ("An Afghan and coalition force killed two Taliban commanders in Zhari district, "
            "Kandahar province, today. Mullah Abdul Bari and Qari Nasrullah were killed when "
            "they fired on the force.")
    assert answer(body).killed == 2


def test_a_strike_the_releasing_side_said_on_a_named_day_that_it_made() -> None:
    body = ("ISAF said today that it struck a pickup truck carrying insurgents in Nad Ali "
            "district, Helmand province, on Sunday, killing three insurgents.")
    assert answer(body).airstrike is True


def test_a_strike_said_yesterday_that_it_had_made() -> None:
    body = ("The coalition said yesterday that it had struck a group of insurgents planting a "
            "bomb in Nad Ali district, Helmand province.")
    assert answer(body).airstrike is True


def test_a_dated_saying_of_no_strike_is_no_strike() -> None:
    body = ("ISAF said today that it struck a deal with village elders in Nad Ali district, "
            "Helmand province, to reopen the school.")
    assert answer(body).airstrike is False
    body = ("ISAF said today that insurgents struck a police checkpoint in Nad Ali district, "
            "Helmand province, killing two policemen.")
    assert answer(body).airstrike is False


def test_one_of_the_wounded_who_has_since_died_is_counted() -> None:
    body = ("Two civilians were wounded during an engagement in Zhari district, Kandahar "
            "province, on Sunday. Today ISAF learned that one of the two wounded, an elderly "
            "farmer, had died of his wounds.")
    assert answer(body).killed == 1
    body = ("Three civilians were wounded by a roadside bomb in Zhari district, Kandahar "
            "province, on Sunday. One of them has died of his injuries.")
    assert answer(body).killed == 1


def test_a_death_in_the_perfect_adds_to_the_toll_it_follows() -> None:
    body = ("A combined patrol engaged insurgents in Zhari district, Kandahar province, on "
            "Sunday, killing two insurgents. A civilian caught in the crossfire was wounded. "
            "ISAF was told yesterday that the civilian had died of his wounds.")
    assert answer(body).killed == 3


def test_the_dead_a_memorial_honours_in_the_perfect_are_not_a_toll() -> None:
    body = ("Soldiers gathered at Kandahar Airfield today to honour the coalition and Afghan "
            "service members who have died in southern Afghanistan since January.")
    assert answer(body).killed == 0


def test_a_side_counted_then_summed_keeps_an_allied_figure_out() -> None:
    body = ("Coalition and Afghan troops killed 11 militants in a long firefight in the Zhari "
            "district of Kandahar province Sunday. The bodies of three more militants were "
            "found along a canal the following morning, bringing to 14 the number killed in "
            "the engagement. Afghan National Police commanders later said 18 militants had "
            "died.")
    assert answer(body).killed == 14


def test_a_man_shot_by_the_releasing_sides_troops_who_died_is_counted() -> None:
    body = ("One of the three men shot by Afghan and coalition troops near a checkpoint in "
            "Zhari district, Kandahar province, on Sunday has died of his wounds, ISAF said "
            "today.")
    assert answer(body).killed == 1
    body = ("A man shot by coalition soldiers at a vehicle checkpoint in Zhari district, "
            "Kandahar province, on Sunday has died.")
    assert answer(body).killed == 1


def test_who_shot_the_releasing_sides_own_is_not_its_victim() -> None:
    # the agent is not the victim, but the victim named by the releasing side's noun is its own
    body = ("A coalition soldier shot by insurgents near a checkpoint in Zhari district, "
            "Kandahar province, on Sunday has died of his wounds.")
    assert answer(body).killed == 0
    body = ("An Afghan policeman wounded by insurgent fire in Zhari district, Kandahar "
            "province, on Sunday has died.")
    assert answer(body).killed == 0


def test_one_more_who_was_treated_but_died_is_one_more() -> None:
    body = ("An Afghan and coalition force raided a compound in Zhari district, Kandahar "
            "province, today. A gunman on the roof fired on the force. He was killed in the "
            "exchange. Two more fighters were killed as the force cleared the building. A "
            "fourth insurgent, shot while trying to flee, was treated by a coalition medic but "
            "died on the way to the aid station.")
    assert answer(body).killed == 4


def test_one_treated_who_survived_is_no_death() -> None:
    body = ("An Afghan and coalition force raided a compound in Zhari district, Kandahar "
            "province, today. A gunman on the roof fired on the force. He was killed in the "
            "exchange. A second insurgent, shot while trying to flee, was treated by a "
            "coalition medic and detained.")
    assert answer(body).killed == 1


def test_the_attacker_shot_who_died_is_the_other_sides_dead() -> None:
    body = ("A coalition service member was killed today when a man in an Afghan police "
            "uniform opened fire on him in Zhari district, Kandahar province. Soldiers at the "
            "base shot the attacker, who died of his wounds.")
    assert answer(body).killed == 1


def test_the_attacker_shot_who_fled_is_no_death() -> None:
    body = ("A coalition service member was killed today when a man in an Afghan police "
            "uniform opened fire on him in Zhari district, Kandahar province. Soldiers at the "
            "base shot at the attacker, who fled into a nearby village.")
    assert answer(body).killed == 0


def test_a_pair_killed_is_not_an_uncounted_group_told_before() -> None:
    body = ("ISAF is looking into a coalition air strike in Zhari district, Kandahar province, "
            "last night, after reports that civilians were killed. The aircraft struck two men "
            "carrying rifles toward a checkpoint. Both men were killed in the strike. Local "
            "officials said four civilians were among the dead.")
    assert answer(body).killed == 6


def test_a_pair_of_the_same_people_restates_the_uncounted_group() -> None:
    body = ("An Afghan and coalition patrol returned fire on insurgents in Zhari district, "
            "Kandahar province, last night, and insurgents were killed. Both insurgents were "
            "killed before they could reach their motorcycle.")
    assert answer(body).killed == 2  # one group, not 3 + 2


def test_a_leader_killed_whose_clause_tells_an_older_toll_is_one_killed_today() -> None:
    body = ("A Taliban commander who planned the suicide attack that killed six civilians in "
            "Lashkar Gah last month was killed by an Afghan and coalition force in Nad Ali "
            "district, Helmand province, yesterday.")
    got = answer(body)
    assert got.killed == 1
    assert got.start_date == dt.date(2011, 6, 13)


def test_a_leader_detained_whose_clause_tells_an_older_toll_kills_none() -> None:
    body = ("A Taliban commander who planned the suicide attack that killed six civilians in "
            "Lashkar Gah last month was detained by an Afghan and coalition force in Nad Ali "
            "district, Helmand province, yesterday.")
    assert answer(body).killed == 0


def test_a_strike_others_blamed_that_the_release_says_it_never_made_is_none() -> None:
    body = ("Three civilians killed in Baraki Barak district, Logar province, on Sunday died "
            "when a roadside bomb exploded under their car, an Afghan and ISAF team has found. "
            "Village elders had blamed a coalition air strike for the deaths. ISAF conducted no "
            "air strike in the district on Sunday.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 3


def test_a_strike_others_blamed_that_the_release_does_not_refute_stands() -> None:
    body = ("Village elders blamed a coalition air strike for the deaths of two insurgents in "
            "Baraki Barak district, Logar province, on Sunday. ISAF confirmed that an aircraft "
            "struck the insurgents as they fired on a patrol.")
    assert answer(body).airstrike is True


def test_conducted_no_strike_refutes_a_reported_one() -> None:
    body = ("Provincial officials said an air strike killed four civilians in Baraki Barak "
            "district, Logar province, on Sunday. ISAF carried out no air strikes in Logar "
            "province that day.")
    assert answer(body).airstrike is False
