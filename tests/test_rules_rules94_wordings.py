"""Wordings the misses of the fresh open sets blind96-103 showed in tolls pointing back,
merges of tolls and operational updates' rows (issue 14): each written as a short release of
our own, with negatives."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from llmextract.rules.claims import ClaimantResolver, find_claims
from llmextract.rules.consolidation import _told_as_crime
from llmextract.rules.text import layout
from tests.isaf_probes import DATELINE, answer, read

UPDATE_TITLE = ("ISAF Joint Command Morning Operational Update June 14, 2011\n"
                "ISAF Joint Command - Afghanistan 2011-06-S-040 For Immediate Release\n\n"
                "KABUL, Afghanistan (June 14, 2011) - ")


# One man of a group, "one of them", is never the group a later plural points back to: the
# attackers the force killed are the five told before, not the one who set off the car.
def test_the_attackers_point_back_past_one_of_them_to_the_group() -> None:
    body = ("Afghan police ended an attack on the district centre in Kunduz city today.\n\n"
            "Five attackers wearing explosive vests stormed the building after one of them blew "
            "up a car at the gate. Afghan police cleared the building floor by floor. The police "
            "killed the attackers after a long fight.")
    assert answer(body).killed == 5


def test_one_of_them_killed_is_still_one() -> None:
    body = ("Afghan police ended an attack on the district centre in Kunduz city today.\n\n"
            "Five attackers stormed the building from the south. Afghan police killed one of them "
            "at the gate and detained the others.")
    assert answer(body).killed == 1


# A strike an update's lede sums up with its roundup ("conducted a precision air strike during
# operations across Afghanistan in the last 24 hours") is some operation's, not that of the
# toll a row details: the row is dated by its own day.
def test_an_update_row_is_not_the_lede_roundups_strike() -> None:
    text = (UPDATE_TITLE + "Afghan and coalition forces killed several insurgents and conducted "
            "a precision air strike during operations across Afghanistan in the last 24 "
            "hours.\n\nIn Zabul province, Afghan and coalition forces killed three insurgents "
            "during a patrol in Shinkay district yesterday. The patrol came under fire from a "
            "compound and returned fire, killing three.")
    assert read(text)[0].start_date == dt.date(2011, 6, 13)


def test_an_update_row_with_no_day_of_its_own_keeps_the_ledes() -> None:
    text = (UPDATE_TITLE + "Afghan and coalition forces killed several insurgents and conducted "
            "a precision air strike during operations across Afghanistan in the last 24 "
            "hours.\n\nIn Zabul province, Afghan and coalition forces killed three insurgents "
            "during a patrol in Shinkay district.")
    assert read(text)[0].start_date == dt.date(2011, 6, 14)


# A killing the target ordered, told as a noun ("had ordered the killing of three tribal
# elders"), is his past, no part of the strike's toll of "a commander and several of his
# fighters" (1 + 3).
def test_a_killing_the_target_ordered_is_no_part_of_the_strikes_toll() -> None:
    body = ("A coalition precision air strike killed a Taliban commander and several of his "
            "fighters in Alishing district, Laghman province, today.\n\nThe commander, Mullah "
            "Rahim, led fighters in the valley and had ordered the killing of three tribal "
            "elders who worked with the district government. The strike hit the group on a "
            "mountain track.")
    assert answer(body).killed == 4


def test_attacks_the_target_ordered_leave_the_strikes_toll_alone() -> None:
    body = ("A coalition precision air strike killed a Taliban commander and several of his "
            "fighters in Alishing district, Laghman province, today.\n\nThe commander, Mullah "
            "Rahim, led fighters in the valley and had ordered attacks on the district centre. "
            "The strike hit the group on a mountain track.")
    assert answer(body).killed == 4


# "the killing of" with no deed of the target's before it ("resulted in") is the toll told
# again, no crime: one toll of two, not two of two.
def test_a_killing_noun_with_no_deed_before_it_is_the_toll_again() -> None:
    body = ("Coalition forces killed two insurgents in Nad Ali district, Helmand province, "
            "today; the strike resulted in the killing of two insurgents.")
    assert answer(body).killed == 2


# The bomber his own bomb killed and the group the force killed are two tolls: "Several
# insurgents ... were killed by coalition forces. The bomber was killed in the explosion." is
# 3 + 1, not the group told again.
def test_the_bomber_is_his_own_toll_beside_a_group_of_no_number() -> None:
    body = ("Insurgents attacked a coalition base in Baraki Barak district, Logar province, "
            "this morning with a truck bomb and small-arms fire.\n\nThe truck bomb exploded at "
            "the main gate, wounding a number of coalition service members. Several insurgents "
            "then tried to climb the wall and were killed by coalition forces. The bomber was "
            "killed in the explosion.")
    assert answer(body).killed == 4


def test_the_bomber_told_after_the_group_told_first_is_his_own_toll() -> None:
    body = ("Insurgents attacked a coalition base in Baraki Barak district, Logar province, "
            "this morning with a truck bomb.\n\nThe bomber was killed in the explosion. "
            "Several insurgents who tried to climb the wall were killed by coalition forces.")
    assert answer(body).killed == 4


def test_the_bomber_beside_a_counted_group_is_one_more() -> None:
    body = ("Insurgents attacked a coalition base in Baraki Barak district, Logar province, "
            "this morning with a truck bomb and small-arms fire.\n\nTwo insurgents then tried "
            "to climb the wall and were killed by coalition forces. The bomber was killed in "
            "the explosion.")
    assert answer(body).killed == 3


# A district two provinces share, named alone as a roundup's first operation ("In Arghandab
# district, a patrol ... killing five insurgents"), places that operation, by the province
# the name usually means: it is not the next paragraph's place.
def test_a_shared_district_named_alone_first_places_the_roundup() -> None:
    body = ("Afghan and coalition forces killed eight insurgents during separate operations "
            "across southern Afghanistan in the past 24 hours.\nIn Arghandab district, an "
            "Afghan and coalition patrol clearing vineyards was attacked from two compounds. "
            "The patrol returned fire, killing five insurgents.\nIn Garmsir district, Helmand "
            "province, Marines killed three insurgents who ambushed a foot patrol.")
    assert answer(body).provinces == frozenset({"kandahar"})


def test_a_shared_district_named_with_its_province_keeps_it() -> None:
    body = ("Afghan and coalition forces killed eight insurgents during separate operations "
            "across southern Afghanistan in the past 24 hours.\nIn Arghandab district, Zabul "
            "province, an Afghan and coalition patrol was attacked from two compounds. The "
            "patrol returned fire, killing five insurgents.\nIn Garmsir district, Helmand "
            "province, Marines killed three insurgents who ambushed a foot patrol.")
    assert answer(body).provinces == frozenset({"zabul"})


# A fight dated by its own start ("during the fighting, which began yesterday evening") starts
# then, as an operation that began a day does, though the attack ended this morning.
def test_a_fight_is_dated_from_the_day_it_began() -> None:
    body = ("Afghan National Security Forces ended a 14-hour insurgent attack on a hotel in "
            "Kandahar City this morning, killing all five of the attackers.\nOne Afghan "
            "policeman was killed and two civilians were wounded during the fighting, which "
            "began yesterday evening.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_fight_with_no_start_of_its_own_is_the_ledes_day() -> None:
    body = ("Afghan National Security Forces ended an insurgent attack on a hotel in Kandahar "
            "City this morning, killing all five of the attackers.\nOne Afghan policeman was "
            "killed and two civilians were wounded during the fighting.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_a_village_named_after_a_shared_district_is_no_district() -> None:
    body = ("An Afghan and coalition force killed two insurgents in the village of Nawa Kala "
            "last night.\n\nThe insurgents had fired on a police post in Hisarak district, "
            "Nangarhar province, earlier in the week.")
    assert answer(body).provinces == frozenset({"nangarhar"})


# A release that puts the bomber in the group ("Several insurgents, including a suicide
# bomber, attacked") may count him in the group the force killed: his own toll is not one more
# beside it (1, as the release tells it, not 3 + 1).
def test_a_group_including_the_bomber_is_not_two_tolls() -> None:
    body = ("Several insurgents, including a suicide bomber, attacked a coalition base in Khost "
            "province yesterday. Coalition forces killed several of the insurgents. The bomber "
            "was killed in the explosion.")
    assert answer(body).killed == 1


def test_a_group_one_of_them_a_bomber_after_a_break_is_not_two_tolls() -> None:
    body = ("Several insurgents, one of them a suicide bomber, attacked a coalition base in "
            "Khost province yesterday.\n\nSeveral insurgents then tried to climb the wall and "
            "were killed by coalition forces. The bomber was killed in the explosion.")
    assert answer(body).killed == 1


# The bomber beside a group of no number in one paragraph, the group's own sentence keeping
# its vague count, is his own toll as after a paragraph break.
def test_the_bomber_beside_a_group_in_one_paragraph_is_his_own_toll() -> None:
    body = ("A suicide bomber detonated his vest at the gate of a coalition base in Khost "
            "province yesterday. Several insurgents then attacked the base and were killed by "
            "coalition forces. The bomber was killed in the explosion.")
    assert answer(body).killed == 4


# A crime's noun ("the murder of") is read where the toll's words are, even when the toll's
# sentence is another one (a toll read back from the sentence before): the crime is still
# told as one.
def test_a_crime_noun_outside_the_tolls_sentence_is_still_a_crime() -> None:
    text = DATELINE + ("The commander was wanted for the murder of two village elders. The strike "
                       "hit his compound in Alishing district, Laghman province.")
    lay = layout(text)
    resolver = ClaimantResolver()
    resolver.register(text, lay)
    crime = next(c for c in find_claims(text, lay, resolver, True)
                 if text.startswith("murder of", c.spans[0][0]))
    other = next(s for s in lay.sentences if s is not crime.sentence and s.start > crime.pos)
    assert _told_as_crime(crime, text)
    assert _told_as_crime(replace(crime, sentence=other), text)
