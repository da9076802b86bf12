"""Wordings the memorial and attack misses of the fresh open sets blind80-87 showed (issue 14):
the attackers' toll, the day of an attack a release mourns, and the bomber a release has named
as a man. Each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# "The bomber" after a suicide or car bomber the release has named is that man told again, not
# an aircraft: "The bomber also killed ..." is no strike from the air.
def test_the_suicide_bomber_told_again_is_no_aircraft() -> None:
    body = ("A suicide bomber attacked an Afghan police convoy in Khanabad district, Kunduz "
            "province, today.\n\nThe bomber also killed two civilians waiting at a fuel "
            "station beside the road.")
    result = answer(body)
    assert (result.airstrike, result.killed) == (False, 2)


def test_a_car_bomber_told_again_is_no_aircraft() -> None:
    body = ("A car bomber drove into the gate of a district center in Kunduz province today. "
            "The bomber killed a guard and wounded three policemen.")
    assert answer(body).airstrike is False


def test_a_coalition_bomber_after_a_suicide_bomber_still_strikes() -> None:
    body = ("A suicide bomber attacked an Afghan police convoy in Khanabad district, Kunduz "
            "province, yesterday. Today a coalition bomber struck the compound where the "
            "attack was planned, killing two insurgents.")
    assert answer(body).airstrike is True


def test_the_bomber_with_no_man_named_before_still_strikes() -> None:
    body = ("Insurgents fired on an Afghan patrol in Khanabad district, Kunduz province, today. "
            "The bomber then struck their firing position, killing two insurgents.")
    assert answer(body).airstrike is True


# A memorial held for a man by his rank and name, or by his trade set off after them: "held a
# ceremony today for Staff Sgt. ..., who was killed June 11", "a service ... for Cpl. ..., a
# combat engineer who was killed". His death is a toll of the releasing side's own, not counted,
# and it dates the release by its day when it fell within the week (the coders code the day of
# the attack), by the memorial's when before it.
def test_a_ceremony_for_a_ranked_man_killed_in_the_week_is_dated_by_his_death() -> None:
    body = ("Soldiers of the battalion held a memorial ceremony at Camp Nathan Smith today for "
            "Staff Sgt. Owen Merriweather, who was killed June 11 when insurgents fired on his "
            "checkpoint in Arghandab district, Kandahar province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 11))


def test_a_service_for_a_ranked_man_named_by_his_trade_is_dated_by_his_death() -> None:
    body = ("Soldiers held a service at Camp Nathan Smith today for Cpl. Lucas Brandt, a combat "
            "engineer who was killed June 12 by a roadside bomb in Zharay district, Kandahar "
            "province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 12))


def test_a_ceremony_for_a_man_killed_before_the_week_keeps_the_memorials_day() -> None:
    body = ("Soldiers of the battalion held a memorial ceremony at Camp Nathan Smith today for "
            "Staff Sgt. Owen Merriweather, who was killed May 30 when insurgents fired on his "
            "checkpoint in Arghandab district, Kandahar province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 14))


def test_a_ceremony_for_those_killed_by_a_toll_of_the_other_side_still_counts_it() -> None:
    body = ("Elders held a ceremony today for the villagers of Zharay district, Kandahar "
            "province. Afghan forces killed two insurgents who attacked the village June 12.")
    result = answer(body)
    assert (result.killed, result.start_date) == (2, dt.date(2011, 6, 12))


# A "who" clause that tells a toll of the people its sentence named before has its own day, not
# the day of the main clause's memorial: "gathered today to honor ... Habib, a civilian working
# with ISAF as an interpreter, who were killed June 11".
def test_a_who_clauses_day_dates_the_memorials_dead() -> None:
    body = ("Afghan and coalition soldiers gathered at Camp Marmal today to honor two Afghan "
            "soldiers and Habib, a civilian working with ISAF as an interpreter, who were killed "
            "June 11 when insurgents attacked their outpost in Kunduz province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 11))


def test_a_who_clause_of_another_deed_leaves_the_toll_its_own_day() -> None:
    body = ("Two insurgents, who were seen planting a bomb Sunday, were killed by Afghan forces "
            "today in Arghandab district, Kandahar province.")
    result = answer(body)
    assert (result.killed, result.start_date) == (2, dt.date(2011, 6, 14))


# A toll that names by his post, set off after it, a man the release has just given a rank is
# the releasing side's own dead: "for Col. ..., the district's police chief, who was killed
# with two of his bodyguards".
def test_a_ranked_mans_post_set_off_is_his_own_sides_toll() -> None:
    body = ("Afghan police held a memorial service in Kunduz City today for Col. Abdul Samad "
            "Noori, the district's police chief, who was killed with two of his bodyguards June "
            "12 when a suicide bomber attacked his car in Kunduz province. The bomber also "
            "killed a boy selling bread nearby.")
    result = answer(body)
    assert (result.killed, result.airstrike, result.start_date) == (1, False, dt.date(2011, 6, 12))


def test_a_titled_mans_post_set_off_is_still_the_other_sides_toll() -> None:
    body = ("Afghan forces killed Mullah Abdul Samad, the Taliban's shadow district governor, "
            "who was wanted for attacks on police, in Kunduz province today.")
    assert answer(body).killed == 1


# A speaker's bare "he" after the release has brought in the other side's man is that man, not
# the soldier it mourns: "... found the insurgent who had planted the bomb. 'He died when he
# fired on the patrol'".
def test_a_speakers_he_after_the_other_sides_man_is_not_the_mourned_soldier() -> None:
    body = ("Soldiers held a memorial ceremony at Camp Nathan Smith today for Cpl. Lucas Brandt, "
            "a combat engineer who was killed June 12 by a roadside bomb in Zharay district, "
            "Kandahar province. The patrol later found the insurgent who had planted the bomb. "
            "\"He died when he fired on the patrol,\" said his company commander, Capt. Leo "
            "Moore.")
    assert answer(body).killed == 1


def test_a_speakers_he_after_the_mourned_soldier_alone_is_his() -> None:
    body = ("Soldiers held a memorial ceremony at Camp Nathan Smith today for Cpl. Lucas Brandt, "
            "a combat engineer who was killed June 12 by a roadside bomb in Zharay district, "
            "Kandahar province. \"He died doing the job he loved,\" said his company "
            "commander, Capt. Leo Moore.")
    assert answer(body).killed == 0


# "The attackers" are of the other side, never the releasing side's people they attacked: their
# toll neither takes its number from those dead ("ambushed two Afghan soldiers ..., killing
# both. ... killed the attackers": a vague group, 3) nor is merged into a memorial's toll of
# them ("to honor four comrades killed when insurgents attacked their patrol").
def test_the_attackers_of_two_soldiers_are_a_vague_group() -> None:
    body = ("Insurgents ambushed two Afghan soldiers walking to a bazaar in Qalat district, Zabul "
            "province, today, killing both. Afghan soldiers killed the attackers after a short "
            "fight.")
    assert answer(body).killed == 3


def test_the_attackers_of_comrades_a_memorial_honours_are_their_own_toll() -> None:
    body = ("Soldiers gathered at Camp Leatherneck today to honor four comrades killed when "
            "insurgents attacked their patrol in Nawa district June 11.\n\nAfghan and coalition "
            "forces killed the attackers after a short fight.")
    result = answer(body)
    assert (result.killed, result.start_date) == (3, dt.date(2011, 6, 11))


def test_the_attackers_counted_before_keep_their_number() -> None:
    body = ("Six gunmen attacked a police checkpoint in Qalat district, Zabul province, today. "
            "Afghan police killed the attackers after a short fight.")
    assert answer(body).killed == 6


def test_comrades_told_again_by_a_speaker_are_still_one_toll() -> None:
    body = ("Soldiers gathered at Camp Leatherneck today to honor four comrades killed when "
            "insurgents attacked their patrol in Nawa district June 11. \"They died together,\" "
            "said their platoon sergeant.")
    assert answer(body).killed == 0


# A memorial dedicated to the dead ("dedicated a memorial ... today to"), and the last of a list
# of the dead it honours ("to five Afghan soldiers and two Polish soldiers killed ... in May"),
# is read as one held for them: their death is dated by its own words, not the memorial's day,
# and the attackers' toll with no date of its own is that attack's, history when it fell before
# the week (a month named whole before the release's own).
def test_the_attackers_of_dead_a_memorial_is_dedicated_to_before_the_week_are_history() -> None:
    body = ("Soldiers dedicated a memorial at the gate here today to five Afghan soldiers and two "
            "Polish soldiers killed when insurgents attacked the gate with a truck bomb in "
            "May.\n\nAfghan security forces killed the attackers after a brief fight.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 14))


def test_the_attackers_of_dead_honoured_in_a_list_before_the_week_are_history() -> None:
    body = ("Soldiers gathered here today to honor five Afghan soldiers and two Polish soldiers "
            "killed when insurgents attacked the gate with a truck bomb in May.\n\nAfghan "
            "security forces killed the attackers after a brief fight.")
    assert answer(body).killed == 0


def test_the_attackers_of_dead_a_memorial_is_dedicated_to_in_the_week_count() -> None:
    body = ("Soldiers dedicated a memorial at the gate here today to five Afghan soldiers and two "
            "Polish soldiers killed when insurgents attacked the gate with a truck bomb June "
            "11.\n\nAfghan security forces killed the attackers after a brief fight.")
    result = answer(body)
    assert (result.killed, result.start_date) == (3, dt.date(2011, 6, 11))


def test_a_memorial_built_by_engineers_who_killed_insurgents_mourns_no_one() -> None:
    body = ("Afghan engineers finished a memorial at the district center today. Afghan forces "
            "killed two insurgents who attacked the district center in Nawa district, Helmand "
            "province.")
    assert answer(body).killed == 2


# A memorial whose lede tells its dead of last week is one of dead before the week, though a
# later sentence gives the day: the attackers' toll, with no date of its own, is that attack's.
def test_the_attackers_of_comrades_killed_last_week_are_history() -> None:
    body = ("Marines gathered at Camp Leatherneck today to honor two comrades killed during a "
            "patrol in Musa Qal'ah district last week.\n\nCpl. Ian Moss and Lance Cpl. Ray Dunn "
            "were killed June 8 when insurgents ambushed their squad. Afghan and Marine forces "
            "killed the attackers after a firefight.")
    assert answer(body).killed == 0


def test_the_attackers_of_comrades_killed_this_week_count() -> None:
    body = ("Marines gathered at Camp Leatherneck today to honor two comrades killed during a "
            "patrol in Musa Qal'ah district this week.\n\nCpl. Ian Moss and Lance Cpl. Ray Dunn "
            "were killed June 12 when insurgents ambushed their squad. Afghan and Marine forces "
            "killed the attackers after a firefight.")
    assert answer(body).killed == 3


# A memorial's background strike of before the week, and its toll, leave the release dated by
# its lede's day: "The insurgents believed to have planted the device were killed in a coalition
# air strike on May 30".
def test_a_memorials_background_strike_toll_keeps_the_ledes_day() -> None:
    body = ("Soldiers gathered Monday at Forward Operating Base Shank, Logar province, to honor "
            "three comrades killed by a roadside bomb on May 28.\n\nThe insurgents believed to "
            "have planted the device were killed in a coalition air strike on May 31.")
    result = answer(body)
    assert (result.killed, result.start_date) == (0, dt.date(2011, 6, 13))


# "Last week" dates a memorial's dead only in their own clause: a "last week" of something else
# in the sentence ("where the battalion arrived last week", "killed since last week") leaves
# them dead on the day their clause names, within the week, and their attackers counted.
def test_last_week_of_the_battalions_arrival_leaves_the_attackers_counted() -> None:
    body = ("Soldiers of the 3rd Battalion gathered today to honor two comrades killed by a "
            "roadside bomb Sunday in Arghandab district, Kandahar province, where the battalion "
            "arrived last week. Afghan forces killed the three attackers after a brief fight.")
    result = answer(body)
    assert (result.killed, result.start_date) == (3, dt.date(2011, 6, 12))


def test_the_second_soldier_killed_since_last_week_leaves_the_attackers_counted() -> None:
    body = ("Soldiers gathered today to honor Sgt. Mark Jensen, who was killed Sunday in "
            "Arghandab district, Kandahar province, the second soldier of the battalion killed "
            "since last week. Afghan forces killed the attackers after a brief fight.")
    assert answer(body).killed == 3


def test_comrades_killed_on_a_day_of_the_week_last_week_leave_the_attackers_counted() -> None:
    body = ("Marines gathered at Camp Leatherneck today to honor two comrades killed Sunday on "
            "a patrol in Musa Qal'ah district last week. Afghan and Marine forces killed the "
            "three attackers after a firefight.")
    assert answer(body).killed == 3


# "Comrades" are the releasing side's only where no enemy is named: "a Taliban commander and
# two of his comrades" are one side's dead, the lede's three told again.
def test_a_commander_and_his_comrades_restate_the_ledes_insurgents() -> None:
    body = ("A coalition air strike killed three insurgents in Nad Ali district, Helmand "
            "province, yesterday. The strike killed a Taliban commander and two of his "
            "comrades.")
    assert answer(body).killed == 3


# The ranked man's post set off after his name is the only cue that he is the releasing side's
# own dead: "Gen. ..., the regional police commander, who was killed" counts none.
def test_a_ranked_mans_post_alone_makes_his_death_the_releasing_sides() -> None:
    body = ("Gen. Abdul Karim Nazari, the regional police commander, who was killed in an "
            "explosion in Taloqan, Takhar province, yesterday, was buried today in Kabul.")
    assert answer(body).killed == 0


def test_a_ranked_speaker_before_the_other_sides_toll_leaves_it_counted() -> None:
    body = ("Afghan and coalition forces conducted an operation in Nad Ali district, Helmand "
            "province, yesterday. According to Lt. Col. Ahmad Shah, three insurgents were "
            "killed during the operation.")
    assert answer(body).killed == 3
