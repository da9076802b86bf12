"""Wordings the misses of the fresh open sets blind128-135 showed in memorials (the attackers'
tolls and the start dates) and in the dead counted by their bodies (issue 14), and the review
of rules134's bodies rule: each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# The dead counted by those who found them, in the active voice: "soldiers searching the area
# recovered five insurgent bodies" is a toll of five, as "five bodies were recovered" is.
def test_bodies_recovered_in_the_active_voice_are_a_toll() -> None:
    body = ("Afghan Uniformed Police repelled an attack on their checkpoint in Maywand "
            "district, Kandahar province, early this morning. When the shooting stopped, "
            "policemen clearing the ground nearby recovered five insurgent bodies and two "
            "machine guns.")
    assert answer(body).killed == 5


def test_bare_bodies_found_after_a_strike_are_its_toll() -> None:
    body = ("A coalition helicopter engaged insurgents who were firing on an Afghan patrol in "
            "Shah Wali Kot district, Kandahar province, yesterday, killing or wounding seven "
            "of them. A ground force that reached the site afterward found four bodies and "
            "several rifles.")
    assert answer(body).killed == 4


def test_the_bodies_of_own_soldiers_recovered_are_no_toll_of_the_enemy() -> None:
    body = ("Afghan soldiers recovered the bodies of three soldiers in Maywand district, "
            "Kandahar province, yesterday, after a patrol went missing in a flood.")
    assert answer(body).killed == 0


def test_the_body_of_a_missing_man_found_is_no_toll() -> None:
    body = ("Coalition forces found the body of a missing contractor in Maywand district, "
            "Kandahar province, yesterday. An investigation is under way.")
    assert answer(body).killed == 0


# Bodies found after a strike confirm its dead, a part of them or all: one toll, the larger,
# not the two added (review 1, M1).
def test_bodies_found_after_a_strike_count_its_dead_with_the_named_man() -> None:
    body = ("Afghan and coalition forces killed a Taliban bomb maker during an air strike in "
            "Arghandab district, Kandahar province, yesterday.\n\nAfter the strike, the force "
            "searched the compound. Three bodies were recovered, including that of the bomb "
            "maker.")
    assert answer(body).killed == 3


def test_more_bodies_than_the_told_dead_are_the_toll() -> None:
    body = ("Afghan and coalition forces killed three insurgents during an operation in Nawa "
            "district, Helmand province, yesterday. The force returned fire after insurgents "
            "shot at it from a tree line. Four bodies were recovered at the site, along with "
            "a mortar tube.")
    assert answer(body).killed == 4


def test_fewer_bodies_than_the_told_dead_are_a_part_of_them() -> None:
    body = ("Afghan and coalition forces killed four insurgents during an operation in Nawa "
            "district, Helmand province, yesterday. Two bodies were recovered at the site, "
            "along with a mortar tube.")
    assert answer(body).killed == 4


def test_more_bodies_found_after_a_toll_restate_it() -> None:
    body = ("Afghan and coalition forces killed three insurgents during an operation in Nawa "
            "district, Helmand province, yesterday. Two more bodies were found the next "
            "morning.")
    assert answer(body).killed == 3


# Bodies no fight is told of are a finding, not a toll.
def test_bodies_found_where_no_fight_is_told_are_no_toll() -> None:
    body = ("Afghan National Police answered a call from villagers in Panjwai district, "
            "Kandahar province, yesterday. Three bodies were found in a ditch beside the "
            "road. Police are investigating.")
    assert answer(body).killed == 0


# A memorial's dead killed "when" their vehicle struck a bomb "last week": the "when" right
# after the toll tells how they died, so its "last week" is theirs, and the attackers' toll
# told with it, by the attack they made ("who triggered the bomb"), is that attack's: history.
def test_attackers_of_a_memorials_bomb_of_last_week_are_history() -> None:
    body = ("Soldiers of the 4th Battalion gathered at Tarin Kowt today to honour two comrades "
            "killed when their truck struck a roadside bomb in Dehrawud district last week. "
            "Afghan police killed the three insurgents who detonated the bomb after a short "
            "chase, the battalion commander told the gathering.")
    assert answer(body).killed == 0


def test_attackers_of_a_memorials_bomb_of_this_week_count() -> None:
    body = ("Soldiers of the 4th Battalion gathered at Tarin Kowt today to honour two comrades "
            "killed when their truck struck a roadside bomb in Dehrawud district, Uruzgan "
            "province, Monday. Afghan police killed the three insurgents who detonated the bomb "
            "after a short chase, the battalion commander told the gathering.")
    assert answer(body).killed == 3


# A memorial's fallen man's unit, opening the toll's sentence by his name ("Pruitt's squad"):
# the fight he fell in, told from his side, of last week too.
def test_the_fallen_mans_unit_killing_attackers_of_last_week_is_history() -> None:
    body = ("Marines of Task Force Raven held a memorial service today for Cpl. Dale Pruitt, "
            "who was killed last week when insurgents ambushed his patrol in Nad Ali district, "
            "Helmand province.\n\nPruitt's squad beat back the ambush and, with the help of "
            "attack helicopters, killed four insurgents.")
    assert answer(body).killed == 0


def test_another_units_fight_after_a_memorial_counts() -> None:
    body = ("Marines of Task Force Raven held a memorial service today for Cpl. Dale Pruitt, "
            "who was killed last week when insurgents ambushed his patrol in Nad Ali district, "
            "Helmand province.\n\nAfghan soldiers on patrol in Marjah district killed four "
            "insurgents this morning.")
    assert answer(body).killed == 4


# A memorial of dead of last week is dated by its dateline (their toll is history), though a
# later sentence gives the day they fell and the attackers' toll is told with it; dead of the
# release's week date it by their day.
def test_a_memorial_of_dead_of_last_week_is_dated_by_its_dateline() -> None:
    body = ("Soldiers at Forward Operating Base Wolverine gathered today to remember a comrade "
            "who was killed last week in Shah Joy district, Zabul province.\n\nSpc. Aaron Deel "
            "was killed on June 6, when insurgents ambushed his convoy near the district "
            "center. Afghan police killed the attackers after a brief fight.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_a_memorial_of_dead_of_this_week_is_dated_by_their_day() -> None:
    body = ("Soldiers at Forward Operating Base Wolverine gathered today to remember a comrade "
            "who was killed Sunday in Shah Joy district, Zabul province, when insurgents "
            "ambushed his convoy near the district center.")
    assert answer(body).start_date == dt.date(2011, 6, 12)


# Bare bodies of a crime told apart after a fight are no toll: the fight must be told in the
# bodies' own paragraph, and "In a separate incident" sets them apart (review 5, H2).
def test_bodies_of_a_separate_incident_after_a_fight_are_no_toll() -> None:
    body = ("Afghan National Police killed two insurgents during an operation in Kandahar city "
            "today.\n\nIn a separate incident, police found three bodies in a dry riverbed "
            "outside the city. The cause of death is being investigated.")
    assert answer(body).killed == 2


def test_bodies_of_a_separate_incident_in_the_fights_paragraph_are_no_toll() -> None:
    body = ("Afghan National Police killed two insurgents during an operation in Kandahar city "
            "today. In a separate incident, police found three bodies in a dry riverbed outside "
            "the city.")
    assert answer(body).killed == 2


def test_bare_bodies_found_after_the_strike_in_the_next_paragraph_are_its_toll() -> None:
    body = ("An air strike killed two insurgents in Zhari district, Kandahar province, today."
            "\n\nFollowing the strike, a ground force searched the area. Three bodies were "
            "recovered.")
    assert answer(body).killed == 3


# Bodies of another incident in the same section are not the strike's dead counted again: no
# larger of the two, but both (review 5, H3).
def test_bodies_found_elsewhere_after_another_clash_add() -> None:
    body = ("An air strike killed two insurgents in Zhari district, Kandahar province, today."
            "\n\nElsewhere in Zhari, an Afghan patrol found five insurgent bodies after an "
            "overnight clash between rival Taliban groups.")
    assert answer(body).killed == 7


def test_civilian_bodies_found_the_next_morning_do_not_replace_the_strikes_toll() -> None:
    body = ("An air weapons team killed two insurgents in Zhari district, Kandahar province, "
            "today.\n\nThe next morning, a patrol in the nearby village of Pashmul found four "
            "bodies, all of them civilians, and reported them to district officials.")
    # (the civilians' dead beside the insurgents', or no toll of the strike at all; never the
    # insurgents' two replaced by four civilians)
    assert answer(body).killed in (2, 6)


def test_bare_bodies_found_in_the_paragraph_after_the_strikes_line_are_its_toll() -> None:
    body = ("Coalition aircraft struck a pickup truck carrying insurgents who had just fired "
            "rockets at an Afghan army base in Jaji district, Paktiya province, yesterday, "
            "killing or wounding six of them.\nAfghan soldiers reached the site later and found "
            "two bodies and a burned rocket launcher.")
    assert answer(body).killed == 2


# A fresh fight of the fallen man's unit told "this morning" after a memorial counts: a day's
# part is a day of its own, and his unit's sentence tells the fight he fell in only when it
# answers the attack or points back to it (review 5, M1).
def test_the_fallen_mans_unit_in_a_fight_of_this_morning_counts() -> None:
    body = ("Marines gathered at Camp Leatherneck today to remember Cpl. Adam Reyes, who was "
            "killed last week in Sangin district, Helmand province.\n\nReyes's platoon killed "
            "four insurgents in a firefight north of the district center this morning.")
    assert answer(body).killed == 4
