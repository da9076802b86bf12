"""Wordings the misses of blind35-38 showed (issue 14): each written as a short release of our
own, with negatives."""

from __future__ import annotations

import datetime as dt

from llmextract.normalize.dates import find_publication_date
from tests.isaf_probes import DATELINE as DATELINE_PROBE
from tests.isaf_probes import answer, read


def test_a_leader_told_by_role_then_named_by_title_in_a_pair_is_one_of_the_pair() -> None:
    # "A Taliban commander ... was killed", then the story names him by his title beside one
    # more man: "Both men were killed" is the whole toll, 2, not 1 + 2
    body = ("A Taliban commander who moved mortar rounds "
            "into Shah Wali Kot district, Kandahar province, was killed in a coalition air "
            "strike Sunday.\n\nMullah Zarif Akhund was riding a motorcycle with another "
            "insurgent on a canal road when the aircraft struck. Both men were killed.")
    assert answer(body).killed == 2
    # ... or told as "the named man and another" who fired on the force: "killing both men"
    fight = ("The Taliban's shadow governor for Arghandab "
             "district was killed Saturday during an Afghan and coalition operation in "
             "Kandahar province.\n\nMawlawi Gul Agha ran the district's courts. Gul Agha and "
             "another armed man fired on the force from a rooftop. The force returned fire, "
             "killing both men.")
    assert answer(fight).killed == 2


def test_a_leader_named_by_title_with_the_men_beside_him_is_the_whole_toll() -> None:
    # "killing Rahim and both men with him": 3, the role's toll of one among them
    body = ("A Taliban commander who ran ambushes on the "
            "Kunar River road was killed yesterday in a precision air strike in Chowkay "
            "district, Kunar province.\n\nSurveillance followed Mullah Habib Nuri and two of "
            "his fighters to a hillside hut. Coalition aircraft struck the hut, killing Nuri "
            "and both men with him.")
    assert answer(body).killed == 3


def test_a_pair_of_other_men_after_a_leader_named_by_title_still_adds() -> None:
    # negatives: the titled man is the one killed; a pair that names him nowhere is two more,
    # and a man the toll names who is not the titled one is no restatement of the role's toll
    other_pair = ("A Taliban commander who moved mortar rounds "
                  "into Shah Wali Kot district, Kandahar province, was killed in a coalition "
                  "air strike Sunday.\n\nMullah Zarif Akhund had led the cell for a year. In a "
                  "separate engagement in Maiwand district, two insurgents fired on a patrol. "
                  "Both men were killed.")
    assert answer(other_pair).killed == 3
    untitled = ("A Taliban commander who ran ambushes on the "
                "Kunar River road was killed yesterday in a precision air strike in Chowkay "
                "district, Kunar province.\n\nMullah Habib Nuri had led the cell for a year. "
                "In a separate engagement in Asadabad, a patrol engaged Karim and two other "
                "gunmen who fired on it, killing Karim and both men with him.")
    assert answer(untitled).killed == 4


def test_a_toll_of_an_attack_the_target_helped_plan_is_no_toll_of_the_release() -> None:
    # "helped plan a suicide bombing ... that killed nine": who the detainee is, not a toll
    body = ("An Afghan and coalition security force detained a "
            "Taliban facilitator in Chak district, Wardak province, last night.\n\nThe "
            "facilitator helped plan a suicide bombing at a checkpoint on Highway 1 that "
            "killed seven Afghan civilians, and he hid bombers in his house.")
    assert answer(body).killed == 0
    built = ("Afghan and coalition forces detained a bomb "
             "maker in Chak district, Wardak province, last night. He helped to build the "
             "car bomb that killed four policemen in Maidan Shahr.")
    assert answer(built).killed == 0


def test_a_toll_the_force_helped_make_is_still_its_toll() -> None:
    # negative: a helping hand in the release's own operation is no blame
    body = ("Coalition aircraft helped an Afghan Army patrol "
            "in Chak district, Wardak province, last night, and the patrol killed three "
            "insurgents who fired on it.")
    assert answer(body).killed == 3


def test_the_dead_of_an_attack_pointed_back_to_by_that_are_that_attack_s() -> None:
    # a speaker's "those who died on that bus" after a bombing the detainee is blamed for
    body = ("Afghan and coalition forces detained a Taliban "
            "bomb maker in Surkh Rod district, Nangarhar province, this morning.\n\nThe bomb "
            "maker is believed to have built the device used in the bombing of a bus near "
            "Jalalabad in April. \"The families of those who died on that bus can rest now,\" "
            "the provincial spokesman said.")
    assert answer(body).killed == 0


def test_the_dead_of_the_release_s_own_incident_still_count() -> None:
    # negative: an uncounted toll of the incident the release reports, with no "that"
    body = ("Insurgents fired on a bus near Jalalabad, "
            "Nangarhar province, this morning. \"The families of those who died on the bus "
            "deserve justice,\" the provincial spokesman said.")
    assert answer(body).killed == 3


def test_the_execution_of_people_is_a_killing() -> None:
    # "condemns the execution of two civilians by insurgents": a toll told by its noun
    body = ("Regional Command (South) condemns the execution "
            "of three villagers by insurgents in Maiwand district, Kandahar province, on "
            "Sunday.")
    assert answer(body).killed == 3


def test_the_execution_of_an_operation_or_one_a_target_ordered_is_no_toll() -> None:
    # negatives: an operation executed, and an execution the detainee is blamed for ordering
    body = ("Afghan forces led the planning and execution of "
            "an operation in Maiwand district, Kandahar province, on Sunday, detaining two "
            "suspected insurgents.")
    assert answer(body).killed == 0
    ordered = ("Afghan and coalition forces detained a Taliban "
               "judge in Maiwand district, Kandahar province, on Sunday. The judge is believed "
               "to have ordered the execution of two teachers last year.")
    assert answer(ordered).killed == 0


def test_a_refuted_statement_that_quotes_its_toll_is_denied() -> None:
    # 'A Taliban statement that "dozens of villagers" were killed ... is false': the quoted
    # words are the statement's, refuted, and the release's own toll stands
    body = ("A Taliban statement that \"scores of civilians\" "
            "were killed by a coalition bomb in Nad-e Ali district on Sunday is false, ISAF "
            "officials said today.\n\nOn Sunday, an aircraft dropped a bomb on a trench line "
            "from which insurgents fired on Marines, killing four insurgents.")
    assert answer(body).killed == 4


def test_a_quoted_toll_no_one_calls_false_still_counts() -> None:
    # negative: a statement quoted and not refuted is no denial
    body = ("A Marine statement said \"four insurgents\" were "
            "killed in Nad-e Ali district on Sunday when they fired on a patrol.")
    assert answer(body).killed == 4


def test_bombers_a_network_houses_or_moves_are_men_not_aircraft() -> None:
    # "found housing and transport for bombers sent from Pakistan to carry out attacks"
    body = ("Afghan police detained a man in Paghman district, "
            "Kabul province, last night. He is believed to have found housing and transport "
            "for bombers sent from Pakistan to carry out attacks in the capital.")
    assert answer(body).airstrike is False
    # ... and one told by a clause set off before his act: "The bomber, who was on foot,"
    walked = ("A suicide attack on a police checkpoint in "
              "Kandahar City this morning killed three civilians. The bomber, who was on foot, "
              "detonated his explosives as police moved to search him, killing himself.")
    assert answer(walked).airstrike is False


def test_bombers_that_strike_are_still_aircraft() -> None:
    # negatives: coalition bombers that struck, past the same words
    body = ("Coalition bombers struck an insurgent training "
            "camp used to house fighters in Paghman district, Kabul province, last night, "
            "killing six insurgents.")
    assert answer(body).airstrike is True
    relative = ("Two coalition bombers, which had flown from "
                "Bagram, struck an insurgent compound in Paghman district, Kabul province, "
                "last night.")
    assert answer(relative).airstrike is True


def test_a_strike_claims_posted_somewhere_tell_and_the_release_calls_untrue_is_none() -> None:
    # "Claims posted on a Taliban website that a coalition air strike killed ... are untrue"
    body = ("Claims posted on an insurgent website that a "
            "coalition air strike killed nine villagers in Dasht-e Archi district, Kunduz "
            "province, are untrue. No coalition aircraft fired weapons in the district.")
    assert answer(body).airstrike is False
    aired = ("Claims aired by a local radio station that a "
             "coalition air strike destroyed a school in Dasht-e Archi district, Kunduz "
             "province, are false.")
    assert answer(aired).airstrike is False


def test_a_strike_the_release_reports_beside_a_posted_claim_still_counts() -> None:
    # negatives: claims posted and not refuted, and the release's own strike beside them
    body = ("Coalition aircraft struck an insurgent firing "
            "position in Dasht-e Archi district, Kunduz province, yesterday, killing two "
            "insurgents. Claims posted on an insurgent website that the strike missed are "
            "untrue.")
    assert answer(body).airstrike is True


def test_more_dead_found_since_a_first_count_are_inside_the_updated_total() -> None:
    # "Six insurgents, not four as first reported, ... found two more": 6, not 8
    body = ("Six insurgents, not four as first reported, "
            "were killed on Sunday when they attacked an Afghan Army patrol in Nad-e Ali "
            "district, Helmand province.\n\nAfghan soldiers who searched the area on Monday "
            "found two more insurgents who had died of their wounds.")
    assert answer(body).killed == 6
    counted = ("Five insurgents were killed on Sunday when "
               "they attacked a patrol in Nad-e Ali district, Helmand province. Initial "
               "reports counted two bodies; soldiers later found three more insurgents dead "
               "in a canal.")
    assert answer(counted).killed == 5


def test_more_dead_beyond_a_toll_are_added() -> None:
    # negatives: "two more" past a toll with no earlier count that completes it adds
    body = ("Six insurgents were killed on Sunday when they "
            "attacked an Afghan Army patrol in Nad-e Ali district, Helmand province.\n\n"
            "On Monday, a second patrol killed two more insurgents who fired on it.")
    assert answer(body).killed == 8


def test_the_insurgents_killed_are_not_the_group_counted_as_detained() -> None:
    # "detained four suspected insurgents ... killing the insurgents": the dead are the team
    # the patrol engaged, uncounted (3), not the four taken alive
    body = ("Afghan and coalition forces detained four "
            "suspected insurgents in Zharay district, Kandahar province, yesterday. Later, a "
            "patrol in the district spotted a group of insurgents setting up a rocket on a "
            "ridge. The patrol engaged the rocket team, killing the insurgents.")
    assert answer(body).killed == 3


def test_the_insurgents_killed_after_a_group_counted_as_engaged_are_that_group() -> None:
    # negative: the count of a group the force engaged stays the toll's
    body = ("A patrol engaged four insurgents in Zharay "
            "district, Kandahar province, yesterday, killing the insurgents.")
    assert answer(body).killed == 4


def test_a_party_s_toll_of_a_strike_the_release_says_was_never_made_counts_nothing() -> None:
    # local officials' toll laid on a NATO air strike, beside "ISAF conducted no air strikes"
    body = ("ISAF conducted no air strikes in Dangam district "
            "of Kunar province on Saturday, an ISAF spokesman said today.\n\nSeveral district "
            "officials told reporters that a NATO air strike had killed four civilians in a "
            "village near the border.")
    assert answer(body).killed == 0


def test_a_party_s_toll_beside_a_strike_the_release_made_still_counts() -> None:
    # negatives: no denial of the strike, so the officials' figure stands
    body = ("District officials told reporters that a NATO "
            "air strike had killed four civilians in Dangam district of Kunar province on "
            "Saturday. ISAF is looking into the report.")
    assert answer(body).killed == 4
    # ... nor does a denial of strikes deny a toll the officials lay on a ground raid
    raid = ("ISAF conducted no air strikes in Dangam district of "
            "Kunar province on Saturday. District officials said a night raid by Afghan "
            "forces killed two men in the district.")
    assert answer(raid).killed == 2

def test_a_date_field_at_the_foot_dates_a_release_whose_dateline_has_none() -> None:
    # "BAGRAM AIRFIELD, Afghanistan - ..." and after the body "Date: Nov. 23, 2009"
    text = ("Coalition strike kills insurgents in Kunar\n\nBAGRAM AIRFIELD, Afghanistan - "
            "Coalition aircraft killed four insurgents with a precision air strike in the "
            "Watahpur district of Kunar province Saturday night.\n\nRelease Number: "
            "20091123-04\nDate: Nov. 23, 2009")
    assert str(read(text, published=None)[0].start_date) == "2009-11-21"


def test_a_date_told_in_the_body_is_no_date_field() -> None:
    # negative: "date:" inside a sentence far down the body is no field of the release's
    filler = "The patrol walked the valley for a week and spoke with elders. " * 12
    text = ("BAGRAM AIRFIELD, Afghanistan - " + filler + "The unit set its return date: "
            "Nov. 23, 2009.")
    assert find_publication_date(text) is None
    assert find_publication_date(text.replace("return date: ", "return.\nDate: ")) == (
        dt.date(2009, 11, 23))


def test_where_a_ceremony_for_the_dead_is_held_places_nothing() -> None:
    # "A ramp ceremony for the fallen will be held at Bagram Airfield": the region the incident
    # is told in is the label, not the base's province
    body = ("Two ISAF service members died following an "
            "improvised explosive device attack in eastern Afghanistan today.\n\nA ramp "
            "ceremony for the fallen will be held at Bagram Airfield.")
    assert answer(body).provinces == frozenset({"eastern afghanistan"})


def test_a_base_named_as_where_the_incident_was_still_places_it() -> None:
    # negative: an attack on the base itself is placed by it
    body = ("Insurgents fired two rockets at Bagram Airfield "
            "today, wounding a civilian contractor.")
    assert answer(body).provinces == frozenset({"parwan"})


def test_a_week_earlier_counts_from_the_day_the_narrative_last_gave_however_far() -> None:
    # "killed Sunday" in the lede, three paragraphs, then "A week earlier, police detained":
    # June 5 (the Sunday a week before June 12), not June 7 (a week before the release)
    filler = ("The observation post watched the road for hours before it called the "
              "strike, and the men were alone on the road shoulder. ")
    body = ("Two insurgents were killed Sunday while burying "
            "a bomb on Highway 1 in Sayyidabad district, Wardak province, when coalition "
            "aircraft struck them.\n\n" + filler * 2 + "\n\n" + filler * 2 + "\n\nA week "
            "earlier, police in the district detained three men suspected of planting bombs.")
    assert str(answer(body).start_date) == "2011-06-12"


def test_a_week_earlier_after_no_date_counts_from_the_release() -> None:
    # negative: with no day told before it, it counts from the release's own
    body = ("Afghan police in Sayyidabad district, Wardak "
            "province, detained three men a week earlier, officials said today, after a "
            "search of the bazaar.")
    assert str(answer(body).start_date) == "2011-06-07"


def test_a_day_told_before_it_ended_an_operation_of_n_days_dates_its_first() -> None:
    # "today completed a three-day clearing operation": the toll "during the operation" is of
    # its three days, counted from the first
    body = ("Afghan soldiers of the 209th Corps today "
            "completed a three-day clearing operation in Qaisar district, Faryab province.\n\n"
            "The Afghan National Army reported that nine insurgents were killed during the "
            "operation.")
    assert str(answer(body).start_date) == "2011-06-12"


def test_a_day_told_before_a_single_operation_dates_that_day() -> None:
    # negative: no length of days, no span
    body = ("Afghan soldiers of the 209th Corps today "
            "completed a clearing operation in Qaisar district, Faryab province, killing "
            "nine insurgents.")
    assert str(answer(body).start_date) == "2011-06-14"


def test_a_leader_named_by_title_with_the_men_counted_again_is_the_whole_toll() -> None:
    # "killing Bari and the three men" (the three guards told before): 4, not 1 + 4
    body = ("The Taliban's shadow governor for Khakrez "
            "district was killed during an Afghan and coalition operation in Kandahar province "
            "Sunday.\n\nHaji Abdul Bari led the district's fighters for two years. Bari and "
            "three of his guards fired on the force, which returned fire, killing Bari and the "
            "three men.")
    assert answer(body).killed == 4


def test_the_dead_told_back_after_a_detained_group_keep_its_side() -> None:
    # the detained count is not the toll's, but its side still names whom "them" were
    body = ("An Afghan and coalition security force detained "
            "multiple suspected insurgents in Muqer district, Ghazni province, today. During "
            "the operation, insurgents maneuvered on the force, which engaged the attackers "
            "with a precision airstrike killing several of them.")
    got, claims = read(DATELINE_PROBE + body)
    assert [c.population for c in claims if c.outcome == "killed"] == ["combatant"]
    assert got.killed == 3
