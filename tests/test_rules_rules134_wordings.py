"""Wordings the misses of the fresh open sets blind112-119 showed in air strikes read right or
wrong, bodies recovered and a past strike in a relative clause (issue 14): each written as a
short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# Attack aviation is helicopters, as the air weapons team is: a missile it fires is its support
# fire, not a strike proper.
def test_a_missile_attack_aviation_fires_is_support_fire() -> None:
    body = ("An Afghan and coalition patrol came under rifle fire from a tree line in Nad-e Ali "
            "district, Helmand province, yesterday. Supporting attack aviation engaged the "
            "tree line with Hellfire missiles, killing three insurgents.")
    assert answer(body).airstrike is False


def test_a_missile_a_jet_fires_beside_attack_aviation_is_a_strike() -> None:
    body = ("An Afghan and coalition patrol came under rifle fire from a tree line in Nad-e Ali "
            "district, Helmand province, yesterday. Attack aviation arrived and coalition "
            "jets then struck the tree line with missiles, killing three insurgents.")
    assert answer(body).airstrike is True


# A network's or a man's earlier leader killed in an air strike, told in a relative clause, is
# history, as "his predecessor" is: neither the strike nor its toll is the release's.
def test_a_previous_leader_killed_in_an_air_strike_is_history() -> None:
    body = ("An Afghan and coalition security force detained a bomb courier in Maiwand "
            "district, Kandahar province, today. The courier carried explosives for a Taliban "
            "cell whose former commander was killed in an air strike.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 0


def test_a_leader_killed_in_an_air_strike_today_is_the_release_s() -> None:
    body = ("An Afghan and coalition security force detained a bomb courier in Maiwand "
            "district, Kandahar province, today. The courier carried explosives for a Taliban "
            "cell whose commander was killed in an air strike today.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 1


# A correction that tells again what an earlier release said, then withdraws it in the next
# sentence ("That statement was in error"), tells no strike by it.
def test_a_strike_an_earlier_release_stated_and_the_next_sentence_withdraws_is_none() -> None:
    body = ("An ISAF release issued yesterday stated that coalition jets bombed insurgents "
            "near Khost city. That statement was in error. An air weapons team supporting an "
            "Afghan patrol engaged the three insurgents in Tani district, Khost province, "
            "yesterday, killing them.")
    assert answer(body).airstrike is False


def test_a_strike_an_earlier_release_stated_and_the_next_sentence_keeps_is_a_strike() -> None:
    body = ("An ISAF release issued yesterday stated that coalition jets bombed insurgents "
            "near Khost city. The strike took place in Tani district, Khost province, not in "
            "Khost city, and killed three insurgents.")
    assert answer(body).airstrike is True


# A named operation's word is no strike: "Operation Dragon Strike, which ... launched in
# September" would otherwise date the release's strike by the campaign's month.
def test_a_strike_beside_a_named_operation_launched_months_before_is_the_release_s() -> None:
    body = ("Afghan and coalition forces killed four insurgents in Zharay district, Kandahar "
            "province, yesterday.\n\nA patrol came under fire from a walled compound. The "
            "patrol called in a precision air strike that destroyed the compound.\n\nThe "
            "engagement was part of Operation Dragon Strike, which Afghan and coalition forces "
            "launched in March.")
    assert answer(body).airstrike is True


def test_an_air_strike_told_in_a_named_operation_s_earlier_month_is_still_history() -> None:
    body = ("Afghan and coalition forces killed four insurgents in Zharay district, Kandahar "
            "province, yesterday.\n\nOperation Dragon Strike began in March, when a coalition "
            "air strike destroyed a compound in the district.")
    assert answer(body).airstrike is False


# A ground weapon named in full before "precision strike" made it, as its short name does:
# "a High Mobility Artillery Rocket System precision strike" is no strike from the air.
def test_a_precision_strike_after_the_rocket_system_s_full_name_is_a_ground_strike() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Zharay district, Kandahar "
            "province, yesterday. Earlier in the day, a High Mobility Artillery Rocket System "
            "precision strike destroyed a bomb factory east of the village.")
    assert answer(body).airstrike is False


def test_a_precision_strike_with_no_ground_weapon_named_is_a_strike() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Zharay district, Kandahar "
            "province, yesterday. Earlier in the day, a precision strike destroyed a bomb "
            "factory east of the village.")
    assert answer(body).airstrike is True


# A background sentence blaming the target for an attack with its own earlier time does not
# date the strike the paragraph tells after it: the lede's day does.
def test_a_blamed_attack_s_month_does_not_date_the_strike_after_it() -> None:
    body = ("An Afghan and coalition security force killed a Haqqani commander and four of his "
            "fighters in Zurmat district, Paktiya province, today.\nThe commander was "
            "responsible for a bombing at a district centre in March that killed three "
            "policemen. The force engaged the fighters with a precision air strike after they "
            "fired on it.")
    got = answer(body)
    assert got.airstrike is True
    assert got.start_date == dt.date(2011, 6, 14)


def test_a_month_of_the_operation_itself_still_dates_the_strike_after_it() -> None:
    body = ("An Afghan and coalition security force killed a Haqqani commander in Zurmat "
            "district, Paktiya province.\nThe force moved into the valley in March. It engaged "
            "the fighters with a precision air strike after they fired on it.")
    assert answer(body).airstrike is False  # the strike is March's: before the week


def test_a_man_blamed_for_attacks_killed_yesterday_is_dated_yesterday() -> None:
    body = ("A Taliban leader responsible for a string of ambushes on Afghan police was killed "
            "yesterday in Zurmat district, Paktiya province. The security force called in "
            "air-delivered munitions after he fired on it.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


# The dead told by their bodies, counted and recovered after a strike, are its toll.
def test_bodies_recovered_after_a_strike_are_its_toll() -> None:
    body = ("A coalition air strike hit a truck carrying a Taliban commander in Chahar Dara "
            "district, Kunduz province, last night. Afghan police at the scene said five "
            "bodies were recovered.")
    assert answer(body).killed == 5


def test_bodies_of_no_number_recovered_count_no_toll() -> None:
    body = ("A coalition air strike hit a truck carrying a Taliban commander in Chahar Dara "
            "district, Kunduz province, last night. No bodies were recovered.")
    assert answer(body).killed == 0


def test_more_bodies_found_add_to_a_toll_told_before_and_restate_it() -> None:
    body = ("The number of insurgents killed in Tuesday's engagement in Baraki Barak district, "
            "Logar province, has risen to six, Afghan and coalition officials said today. An "
            "earlier release reported that four insurgents were killed. Two more bodies were "
            "found by Afghan police near the site yesterday.")
    assert answer(body).killed == 6


# The earlier leader is history only as the victim of the strike right after his killing: a
# relative clause about the target's predecessor, or the earlier leader named as the target
# himself, leaves the strike the sentence tells today the release's.
def test_a_predecessor_killed_in_a_relative_clause_leaves_today_s_strike_the_release_s() -> None:
    body = ("Mullah Sangin, who took over the network after its former leader was killed in "
            "October, was killed in a precision air strike in Paktika province yesterday.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 1  # Sangin; his predecessor's death in October is history


def test_a_predecessor_replaced_in_a_relative_clause_leaves_the_strike_the_release_s() -> None:
    body = ("Coalition forces confirmed today that Mullah Sangin, who replaced his former "
            "commander in the spring, was killed by a precision air strike in Paktika province "
            "yesterday.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 1


def test_a_network_losing_its_former_commander_in_a_strike_is_the_release_s_strike() -> None:
    body = ("The Haqqani network lost its former commander, Mullah Sangin, in a precision air "
            "strike in Paktika province yesterday.")
    assert answer(body).airstrike is True


# A correction that restates the earlier release and then corrects only its figure keeps the
# strike: the correcting sentence or the one after tells it again, or gives the new number, and
# a figure called too high ("exaggerated") denies no strike.
def test_a_correction_of_the_toll_that_tells_the_strike_again_keeps_the_strike() -> None:
    body = ("An ISAF release issued yesterday stated that a coalition air strike killed five "
            "insurgents in Kunar province. That information was incorrect; the strike killed "
            "three insurgents and no civilians were harmed.")
    assert answer(body).airstrike is True


def test_a_correction_whose_next_sentence_tells_the_strike_again_keeps_the_strike() -> None:
    body = ("An ISAF release issued yesterday reported that coalition aircraft struck a "
            "compound in Kunar province, killing five insurgents. That statement was in error. "
            "Three insurgents were killed in the strike.")
    assert answer(body).airstrike is True


def test_a_toll_called_exaggerated_with_a_corrected_number_keeps_the_strike() -> None:
    body = ("An ISAF release issued yesterday stated that a coalition air strike killed 12 "
            "insurgents in Kunar province. That report was exaggerated; four insurgents were "
            "killed.")
    assert answer(body).airstrike is True


# The usual joint-force lede ends "targeted a leader responsible for IED attacks" on the
# operation's own day: a day there dates the operation, not the attacks blamed (review 2, H1).
def test_a_day_after_the_blamed_attacks_of_the_lede_dates_the_operation() -> None:
    body = ("An Afghan and coalition security force targeted a Taliban leader responsible for "
            "IED attacks in Nawa district yesterday.\n\nThe security force called in a precision "
            "air strike, killing the leader and two insurgents.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_weekday_after_attacks_the_target_was_involved_in_dates_the_operation() -> None:
    body = ("An Afghan and coalition security force targeted a Haqqani network facilitator "
            "involved in suicide attacks against Afghan forces in Khost province Monday.\n\nThe "
            "security force called in a precision air strike, killing the facilitator.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_night_after_bombings_the_target_was_involved_in_dates_the_operation() -> None:
    body = ("Afghan and coalition forces went after a Haqqani facilitator involved in suicide "
            "bombings in Khost city Monday night. The force called in an air strike on his "
            "compound, killing him.")
    assert answer(body).start_date == dt.date(2011, 6, 13)
