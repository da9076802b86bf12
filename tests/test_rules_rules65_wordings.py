"""Wordings the misses of the fresh open sets blind59-66 and blind71 showed in background tolls
with their own time (issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


# A later paragraph that opens on a month gone by ("In April, insurgents killed six ...") tells
# a background toll with its own earlier time: history, never the lede's vague toll detailed.
def test_a_background_paragraph_opening_on_a_past_month_is_no_detail_of_the_lede() -> None:
    body = ("Afghan and coalition forces killed several insurgents during an engagement in "
            "Andar district, Ghazni province, yesterday. The patrol returned fire from a "
            "compound, killing several insurgents.\n\nThe district has been contested for "
            "years. In April, insurgents killed six members of a village defense group in an "
            "ambush.")
    assert answer(body).killed == 3


def test_a_later_paragraph_with_no_time_of_its_own_still_details_the_lede() -> None:
    body = ("Afghan and coalition forces killed several insurgents during an engagement in "
            "Andar district, Ghazni province, yesterday. The patrol returned fire from a "
            "compound, killing several insurgents.\n\nThe patrol searched the compound after "
            "the fight and found six dead insurgents.")
    assert answer(body).killed == 6


def test_a_background_month_beside_uncounted_civilians_leaves_the_officials_figure() -> None:
    body = ("ISAF is aware of reports that civilians were killed during an operation in Nad "
            "Ali district, Helmand province, on Sunday. The force returned fire, killing two "
            "insurgents. District officials said three civilians were among the dead.\n\nIn "
            "March, a roadside bomb near the district bazaar killed seven farmers.")
    assert answer(body).killed == 5


# Soldiers named by their Commonwealth ranks in a list set off after the noun that counts them
# ("The two soldiers, Cpl. ... and Pte. ..., were killed") are the releasing side's own dead.
def test_a_list_of_ranked_soldiers_set_off_after_its_noun_is_own_dead() -> None:
    body = ("The two soldiers, Cpl. Ray Moreno and Pte. Aaron Pike, were killed when a roadside "
            "bomb struck their patrol in Panjwai district, Kandahar province, on Sunday.")
    assert answer(body).killed == 0


def test_an_unranked_name_set_off_after_a_noun_is_not_own_dead() -> None:
    body = ("Two insurgents, Abdul Wahid and Gul Agha, were killed when they fired on an Afghan "
            "and coalition patrol in Panjwai district, Kandahar province, on Sunday.")
    assert answer(body).killed == 2


# A running total of a period ("The battalion has killed 60 insurgents in the district this
# year") restates no toll of the release's own days: it neither details the lede nor counts.
def test_a_running_total_is_no_detail_of_the_ledes_vague_toll() -> None:
    body = ("Afghan and coalition forces killed several insurgents and detained others during "
            "operations across Afghanistan in the last day.\n\nIn Zharay district, Kandahar "
            "province, Afghan and coalition forces detained one insurgent last night. The unit "
            "has killed 60 insurgents in the district this year.")
    assert answer(body).killed == 3


# ... though its sentence says how the unit was brought there: only "brings to 98 the number"
# is a total brought up to date.
def test_a_running_total_of_a_unit_brought_there_is_no_detail_of_the_lede() -> None:
    body = ("Afghan and coalition forces killed several insurgents and detained others during "
            "operations across Afghanistan in the last day.\n\nIn Zharay district, Kandahar "
            "province, Afghan and coalition forces detained one insurgent last night. The unit, "
            "brought to the district in the spring, has killed 60 insurgents in the district "
            "this year.")
    assert answer(body).killed == 3


def test_a_dead_mans_career_after_a_count_still_details_the_lede() -> None:
    body = ("Afghan and coalition forces killed several insurgents during an operation in "
            "Zharay district, Kandahar province, yesterday.\n\nThe force later counted five "
            "dead insurgents, among them a commander named Qari Nasim, who has led attacks in "
            "the district this year.")
    assert answer(body).killed == 5


# "Fighting in the first weeks after the Marines arrived killed dozens": a span of weeks after
# a start reaches back before the week of the release.
def test_a_toll_of_the_first_weeks_after_an_arrival_is_history() -> None:
    body = ("Afghan and coalition forces detained two insurgents in Nawa district, Helmand "
            "province, yesterday. The battalion arrived in the district in the autumn. "
            "Fighting in the first weeks after the battalion arrived killed dozens of "
            "insurgents.")
    assert answer(body).killed == 0


def test_a_toll_of_the_first_hours_after_an_arrival_still_counts() -> None:
    body = ("An Afghan and coalition patrol arrived in Nawa district, Helmand province, "
            "yesterday. Fighting in the first hours after the patrol arrived killed four "
            "insurgents.")
    assert answer(body).killed == 4


# "in the same period" points back to the period the sentence before told: the running total's
# ("Since the spring, ... Roadside bombs killed dozens of civilians in the same period").
def test_a_toll_of_the_same_period_as_a_running_total_is_history() -> None:
    body = ("Afghan and coalition forces detained three insurgents in Sangin district, Helmand "
            "province, last night. Since the spring, the forces have detained 40 insurgents "
            "in the district. Roadside bombs in Sangin killed dozens of civilians in the same "
            "period.")
    assert answer(body).killed == 0


# ... across a paragraph break too: the sentence before is the one before the blank line.
def test_a_toll_of_the_same_period_as_a_running_total_a_paragraph_before_is_history() -> None:
    body = ("Afghan and coalition forces detained three insurgents in Sangin district, Helmand "
            "province, last night.\n\nSince the spring, the forces have detained 40 insurgents "
            "in the district.\n\nThe forces killed 120 insurgents in the same period.")
    assert answer(body).killed == 0


def test_a_toll_of_the_same_period_as_the_days_operation_still_counts() -> None:
    body = ("Afghan forces detained four insurgents in Sangin district, Helmand province, "
            "during a two-day operation that ended yesterday. Coalition aircraft killed two "
            "insurgents in the district in the same period.")
    assert answer(body).killed == 2


# A toll dated "earlier this month" and told again by its day, before the week of the release
# ("was killed in the strike on May 3"), is that day's: history.
def test_a_death_earlier_this_month_told_again_by_an_older_day_is_history() -> None:
    text = ("KABUL, Afghanistan (May 15, 2011) – ISAF confirmed today that Taliban commander "
            "Mullah Sadiq was killed in a coalition air strike in Nari district, Kunar "
            "province, earlier this month.\n\nSadiq was killed in the strike on May 3 along "
            "with one of his bodyguards.")
    assert read(text, published=None)[0].killed == 0


def test_a_death_earlier_this_month_told_again_by_a_day_of_the_week_counts() -> None:
    text = ("KABUL, Afghanistan (May 15, 2011) – ISAF confirmed today that Taliban commander "
            "Mullah Sadiq was killed in a coalition air strike in Nari district, Kunar "
            "province, earlier this month.\n\nSadiq was killed in the strike on May 12 along "
            "with one of his bodyguards.")
    assert read(text, published=None)[0].killed == 2


# A memorial of its own dead of before the week tells that attack: a toll with no date of its
# own ("Afghan police killed the attackers after a short fight") is the attack's, history.
def test_the_attackers_of_a_memorials_older_attack_are_history() -> None:
    body = ("Soldiers gathered at Bagram Airfield today to honour three soldiers who were "
            "killed in an insurgent attack in Kabul on May 28. The three were killed when "
            "insurgents attacked their convoy with a car bomb. Afghan police killed the "
            "attackers after a short fight.")
    assert answer(body).killed == 0


def test_the_attackers_of_a_memorials_attack_of_the_week_count() -> None:
    body = ("Soldiers gathered at Bagram Airfield today to honour three soldiers who were "
            "killed in an insurgent attack in Kabul on June 11. The three were killed when "
            "insurgents attacked their convoy with a car bomb. Afghan police killed four "
            "attackers after a short fight.")
    assert answer(body).killed == 4


# ... and that attack's only: a toll that tells no attackers, or one a paragraph sets apart as
# another operation's, is the release's own news, undated as it is ("Elsewhere, ... killed
# three insurgents during an operation in Zhari district").
_MEMORIAL_THEN_ELSEWHERE = (
    "BAGRAM AIRFIELD, Afghanistan (Sept. 25, 2011) - Soldiers of the 1st Battalion gathered "
    "today to honor four comrades killed in an insurgent attack on Sept. 10 in Wardak "
    "province.\n\nElsewhere, an Afghan and coalition security force killed three insurgents "
    "during an operation in Zhari district, Kandahar province.")


def test_an_operation_told_after_a_memorial_counts() -> None:
    assert read(_MEMORIAL_THEN_ELSEWHERE, dt.date(2011, 9, 25))[0].killed == 3


def test_attackers_killed_elsewhere_after_a_memorial_count() -> None:
    text = _MEMORIAL_THEN_ELSEWHERE.replace(
        "an Afghan and coalition security force killed three insurgents during an operation",
        "Afghan police killed two gunmen who attacked a checkpoint")
    assert read(text, dt.date(2011, 9, 25))[0].killed == 2


def test_attackers_killed_paragraphs_after_a_memorial_count() -> None:
    text = _MEMORIAL_THEN_ELSEWHERE.replace(
        "Elsewhere, an Afghan and coalition security force killed three insurgents during an "
        "operation", "The battalion has served in Wardak since the spring.\n\nAfghan police "
        "killed two gunmen who attacked a checkpoint")
    assert read(text, dt.date(2011, 9, 25))[0].killed == 2
