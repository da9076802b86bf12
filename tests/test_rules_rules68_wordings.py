"""Wordings the air-strike and province misses of the fresh open sets blind59-66 and blind71
showed (issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from llmextract.normalize.districts import find_taken_up_districts
from tests.isaf_probes import answer, read


# What the target planned, told in the words that describe him, is closed by the sentence's own
# verb telling what the strike did to him: "A commander responsible for planning attacks ... was
# killed in a coalition air strike" reports the strike, not a planned one.
def test_a_target_described_as_planning_attacks_was_struck() -> None:
    body = ("An insurgent commander responsible for planning ambushes on Afghan police in "
            "Paktika province was killed in a coalition air strike in Barmal district "
            "yesterday. No civilians were harmed.")
    assert answer(body).airstrike is True


def test_a_target_who_had_been_preparing_attacks_was_struck() -> None:
    body = ("A bomb maker preparing explosives for attacks on Afghan police in Nad Ali district "
            "was wounded by a precision air strike yesterday.")
    assert answer(body).airstrike is True


def test_an_air_strike_still_only_planned_is_no_strike() -> None:
    body = ("Coalition forces were planning an air strike on a compound used by an insurgent "
            "commander in Barmal district, Paktika province, yesterday, but called it off when "
            "children were seen in the courtyard.")
    assert answer(body).airstrike is False


def test_a_strike_planned_against_a_target_who_was_detained_is_no_strike() -> None:
    body = ("Afghan forces detained an insurgent commander in Barmal district, Paktika province, "
            "yesterday. Coalition forces had been preparing an air strike on his compound.")
    assert answer(body).airstrike is False



# Only a participle that describes the target counts so, with no hedge or claim between it and
# the verb: "plan to claim that civilians were killed", "want to know if civilians were killed"
# tell a claim and a question, no strike.
def test_a_plan_to_claim_a_strike_is_no_strike() -> None:
    body = ("The Taliban plan to claim that civilians were killed in an air strike in Helmand "
            "province.")
    assert answer(body).airstrike is False


def test_a_wish_to_know_whether_a_strike_killed_is_no_strike() -> None:
    body = ("Officials want to know if civilians were killed in an air strike in Helmand "
            "province.")
    assert answer(body).airstrike is False


def test_a_target_planning_attacks_that_killed_was_struck() -> None:
    body = ("A commander responsible for planning attacks that killed ten policemen was killed "
            "in a coalition air strike in Helmand province.")
    assert answer(body).airstrike is True


def test_insurgents_preparing_to_fire_when_struck_were_struck() -> None:
    body = ("Insurgents were preparing to fire when they were targeted by an air strike in "
            "Helmand province.")
    assert answer(body).airstrike is True

# Aircraft named as support with their force between ("Supporting coalition aircraft engaged
# the insurgents with cannon fire") are the close air support of the ground fight, no strike
# proper.
def test_supporting_coalition_aircraft_are_support_fire() -> None:
    body = ("Insurgents attacked an Afghan police checkpoint in Gereshk district, Helmand "
            "province, today. The policemen returned fire, and supporting coalition aircraft "
            "engaged the insurgents with cannon fire, killing three.")
    assert answer(body).airstrike is False


def test_supporting_an_air_strike_is_no_support_fire() -> None:
    body = ("Insurgents attacked an Afghan police checkpoint in Gereshk district, Helmand "
            "province, today. Coalition forces supporting the policemen called in an air "
            "strike on the insurgents' firing position, killing three.")
    assert answer(body).airstrike is True


# A correction that withdraws the air strike an earlier release told, "There was no air strike",
# leaves no strike, whatever engaged the insurgents instead.
def test_a_strike_a_correction_says_there_was_not_is_no_strike() -> None:
    body = ("A release issued yesterday incorrectly stated that a coalition air strike killed "
            "three insurgents in Shindand district, Herat province. There was no air strike. "
            "The insurgents were engaged by a coalition helicopter supporting an Afghan border "
            "police patrol.")
    assert answer(body).airstrike is False


def test_a_correction_of_the_toll_keeps_the_strike() -> None:
    body = ("A release issued yesterday incorrectly stated that a coalition air strike killed "
            "three insurgents in Shindand district, Herat province. The strike killed two "
            "insurgents. The insurgents had been firing on an Afghan border police patrol.")
    assert answer(body).airstrike is True


# A memorial that recalls its dead and the strike that later killed their attackers, both before
# its week, tells nothing of its own: dated by its lede's day.
_MEMORIAL = ("FORWARD OPERATING BASE SALERNO, Afghanistan (June 20, 2011) - Soldiers of the 1st "
             "Battalion gathered Wednesday at Forward Operating Base Salerno, Khost province, to "
             "honor two comrades killed by a roadside bomb on June 2. The insurgents believed to "
             "have planted the device were killed in a coalition air strike on June 5.")


def test_a_memorial_recalling_the_avenging_strike_is_dated_by_its_lede() -> None:
    assert read(_MEMORIAL, dt.date(2011, 6, 20))[0].start_date == dt.date(2011, 6, 15)


def test_a_memorial_beside_a_strike_of_its_week_is_dated_by_the_strike() -> None:
    text = _MEMORIAL.replace("on June 5", "on June 17")
    assert read(text, dt.date(2011, 6, 20))[0].start_date == dt.date(2011, 6, 17)


# A name that counts only before "district" (it may be a man's) counts alone where the release
# takes up by it a district it named so: "Tani district, Khost province, ... In Tani, soldiers
# killed three insurgents" is placed in Khost, the first province named alone.
def test_a_district_taken_up_by_its_bare_name_places_the_toll() -> None:
    body = ("Afghan forces finished clearing operations in Tani district, Khost province, and "
            "Zurmat district, Paktiya province, yesterday. In Tani, soldiers killed three "
            "insurgents who fired on their convoy. In Zurmat, police detained four suspects.")
    assert answer(body).provinces == {"khost"}


def test_a_bare_name_the_release_never_calls_a_district_is_no_place() -> None:
    body = ("Afghan forces finished clearing operations in Sabari district, Khost province, and "
            "Zurmat district, Paktiya province, yesterday. Tani, a village elder, thanked the "
            "soldiers. In Zurmat, police detained four suspects.")
    assert answer(body).provinces == {"paktya"}



# A roundup's place slug in capitals ("TANI:", "SAYYAD DISTRICT:") reads as the name in title
# case, as wherever else a district is found.
def test_a_district_taken_up_by_its_slug_in_capitals() -> None:
    text = ("Afghan forces cleared Sayyad district, Sar-e Pul province, yesterday.\n"
            "SAYYAD: Afghan soldiers killed five insurgents.")
    assert find_taken_up_districts("SAYYAD: Afghan soldiers killed five insurgents.",
                                   text) == ("sar_e_pul",)


def test_a_district_named_by_its_slug_in_capitals_is_taken_up() -> None:
    text = ("Afghan forces finished operations in the north yesterday.\n"
            "SAYYAD DISTRICT: In Sayyad, Afghan soldiers killed five insurgents.")
    assert find_taken_up_districts("In Sayyad, Afghan soldiers killed five insurgents.",
                                   text) == ("sar_e_pul",)


def test_a_bare_name_never_called_a_district_is_not_taken_up() -> None:
    text = ("Afghan forces cleared a village in Sar-e Pul province yesterday.\n"
            "SAYYAD: Afghan soldiers killed five insurgents.")
    assert find_taken_up_districts("SAYYAD: Afghan soldiers killed five insurgents.", text) == ()

# A place named as an end of a road ("the road between Kandahar City and Kabul") says where the
# road runs: operations in two provinces of one region are labelled by the region.
def test_the_end_of_a_road_is_no_place_named_alone() -> None:
    body = ("Afghan and coalition forces detained five suspected insurgents during operations in "
            "Kandahar and Zabul provinces yesterday. The suspects belong to a cell that buries "
            "bombs under Highway 1, the road between Kandahar City and Kabul.")
    assert answer(body).provinces == {"southern afghanistan"}


def test_a_city_named_alone_as_the_place_of_detentions_is_kept() -> None:
    body = ("Afghan and coalition forces detained five suspected insurgents during operations in "
            "Kandahar and Zabul provinces yesterday. The suspects were detained in a compound in "
            "Kandahar City.")
    assert answer(body).provinces == {"kandahar"}


# Where soldiers gather to honour their dead is a ceremony's place, not theirs: "gathered at
# Kandahar Airfield today to honour two comrades killed ... in Sabari district, Khost province".
def test_where_soldiers_gather_to_honour_the_dead_is_not_their_place() -> None:
    body = ("Hundreds of soldiers gathered at Kandahar Airfield today to honour two comrades "
            "killed last week by a roadside bomb in Sabari district, Khost province. Smith was "
            "killed as he left his vehicle; Jones was killed in the blast that followed.")
    assert answer(body).provinces == {"khost"}


def test_where_police_gather_to_meet_elders_is_their_place() -> None:
    body = ("Afghan policemen gathered at Lashkar Gah to meet village elders yesterday when "
            "insurgents fired on them. The policemen returned fire, killing three insurgents.")
    assert answer(body).provinces == {"helmand"}


# The month "May" before a day is no modal: "killed in a coalition air strike on May 18" tells
# the strike ("a strike may have killed" still only supposes one).
_MAY_RELEASE = "KABUL, Afghanistan (May 20, 2011) - "


def test_a_strike_dated_in_may_is_told() -> None:
    text = (_MAY_RELEASE + "Two insurgents were killed in a coalition air strike on May 18 in "
            "Nad Ali district, Helmand province.")
    assert read(text, dt.date(2011, 5, 20))[0].airstrike is True


def test_a_strike_that_may_have_been_made_is_no_strike() -> None:
    text = (_MAY_RELEASE + "Residents said a coalition air strike may have killed two "
            "insurgents in Nad Ali district, Helmand province.")
    assert read(text, dt.date(2011, 5, 20))[0].airstrike is False


# The matching ignores case but for "may": the month keeps its capital without a day after it.
_LATE_MAY_RELEASE = "KABUL, Afghanistan (May 31, 2011) - "


def test_a_strike_in_late_may_is_told() -> None:
    text = (_LATE_MAY_RELEASE + "Officials said that in late May coalition aircraft struck a "
            "compound in Helmand province, killing three insurgents.")
    assert read(text, dt.date(2011, 5, 31))[0].airstrike is True


def test_an_air_strike_in_may_is_told() -> None:
    text = (_LATE_MAY_RELEASE + "An air strike in May killed three insurgents in Helmand province, "
            "officials said.")
    assert read(text, dt.date(2011, 5, 31))[0].airstrike is True


def test_aircraft_that_may_have_struck_made_no_strike() -> None:
    text = (_LATE_MAY_RELEASE + "Officials said that coalition aircraft may have struck a compound "
            "in Helmand province, killing three insurgents.")
    assert read(text, dt.date(2011, 5, 31))[0].airstrike is False
