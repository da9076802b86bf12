"""Wordings the tenth blind set (``evals/isaf_blind/blind10.jsonl``) showed the rules misread.
Each probe is written anew in the releases' style, not copied from that set, with negatives
that keep the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import DATELINE, answer, read


def tolls(body: str) -> list[tuple[int | None, str]]:
    """The killed claims of a release made of ``body``: each one's minimum and population."""
    _, claims = read(DATELINE + body)
    return [(c.count.min, c.population) for c in claims if c.outcome == "killed"]


def test_a_count_set_off_as_among_them_is_part_of_the_subject_not_the_subject() -> None:
    body = ("Five civilians, among them three women, were killed yesterday when a mortar round "
            "fired by insurgents struck a market in Sayyidabad district, Wardak province.")
    assert tolls(body) == [(5, "civilian")]
    assert answer(body).killed == 5


def test_among_them_told_apart_still_counts_the_head() -> None:
    body = ("Five civilians were killed yesterday when a mortar round struck a market in "
            "Sayyidabad district, Wardak province. Among them were three women.")
    assert answer(body).killed == 5


def test_killed_with_his_associates_counts_them_beside_him() -> None:
    body = ("Mullah Karim, a Taliban commander in Sangin, was killed with two of his associates "
            "early Monday in a precision strike in Sangin district, Helmand province.")
    assert answer(body).killed == 3
    assert answer("A Taliban commander was killed with his bodyguard yesterday in Sangin "
                  "district, Helmand province.").killed == 2


def test_killed_with_his_weapon_adds_no_one() -> None:
    assert answer("A Taliban commander was killed with his own rifle in his hands yesterday in "
                  "Sangin district, Helmand province.").killed == 1


def test_the_dead_a_retreating_force_leaves_behind_are_a_toll() -> None:
    lede = ("Insurgents attacked a district centre in Andar district, Ghazni province, "
            "yesterday. ")
    assert answer(lede + "The soldiers returned fire and the attackers withdrew, leaving two of "
                  "their dead behind. One Afghan soldier was killed.").killed == 2
    assert answer(lede + "The attackers fled, leaving behind three of their dead and a machine "
                  "gun.").killed == 3


def test_leaving_behind_weapons_is_no_toll_and_a_man_behind_attacks_is_still_blamed() -> None:
    lede = ("Insurgents attacked a district centre in Andar district, Ghazni province, "
            "yesterday. ")
    assert answer(lede + "The attackers fled, leaving behind a machine gun and two rocket "
                  "launchers.").killed == 0
    assert answer("Afghan and coalition forces detained a Taliban leader behind a bombing that "
                  "killed two civilians in Andar district, Ghazni province, yesterday.").killed == 0


KANDAHAR_LEDE = ("Afghan and coalition troops killed three insurgents yesterday in Arghandab "
                 "district, Kandahar province. ")


def test_a_toll_since_an_operation_began_in_a_past_month_is_a_running_total() -> None:
    assert answer(KANDAHAR_LEDE + "The patrol is part of Operation Omid, a clearing effort that "
                  "has killed more than 60 insurgents since it began in mid-April.").killed == 3


def test_a_toll_since_an_operation_began_this_week_is_the_operations_own() -> None:
    assert answer("Operation Omid, a clearing effort in Arghandab district, Kandahar province, "
                  "has killed 12 insurgents since it began on Saturday.").killed == 12


def test_allegations_that_a_force_named_at_length_killed_people_called_incorrect() -> None:
    assert answer("Allegations that an Afghan and coalition security force killed two brothers "
                  "during an operation in Tagab district, Kapisa province, on Friday night are "
                  "incorrect. No shots were fired during the operation.").killed == 0


def test_allegations_the_release_confirms_still_count() -> None:
    assert answer("Allegations that an Afghan and coalition security force killed two civilians "
                  "during an operation in Tagab district, Kapisa province, on Friday night were "
                  "confirmed by a joint assessment team.").killed == 2


def test_own_soldiers_set_off_by_their_unit_are_not_the_other_sides_dead() -> None:
    body = ("Soldiers lined the flight line on Tuesday for a ramp ceremony honouring three "
            "Canadian soldiers. The soldiers, members of a mentoring team working with the Afghan "
            "National Army, were killed on Sunday when an IED detonated beside their vehicle in "
            "Panjwai district, Kandahar province.")
    assert answer(body).killed == 0
    assert answer(body).start_date is not None and answer(body).start_date.day == 12


def test_insurgents_set_off_by_their_cell_still_count() -> None:
    assert answer("Two insurgents, members of a Taliban IED cell, were killed yesterday in Panjwai "
                  "district, Kandahar province.").killed == 2


FARAH_LEDE = ("An assessment team has concluded that an air strike on Thursday night in Bala "
              "Baluk district, Farah province, killed nine insurgents. ")


def test_a_counted_head_named_by_a_list_later_died_counts_by_the_head() -> None:
    assert answer(FARAH_LEDE + "The team also found that two civilians, a man and his teenage "
                  "son who were sleeping near the target, later died of their wounds.").killed == 11
    assert tolls(FARAH_LEDE + "Two civilians, a man and his son, later died of their "
                 "wounds.") == [(9, "combatant"), (2, "civilian")]


def test_victims_named_only_by_a_list_still_count_by_the_list() -> None:
    assert answer("An IED struck a family car in Bala Baluk district, Farah province, on "
                  "Thursday. The victims, a woman and her two children, were killed "
                  "instantly.").killed == 3


def test_an_uncounted_plural_opening_a_sentence_is_no_named_person() -> None:
    body = ("Insurgents dug into a trench line on a hillside in Shah Wali Kot district, Kandahar "
            "province, were killed Saturday when a coalition aircraft dropped two bombs on their "
            "position.")
    assert tolls(body) == [(None, "combatant")]
    assert answer(body).killed == 3
    assert answer(body + " Several insurgents died in the strike, the patrol "
                  "reported.").killed == 3


def test_a_singular_subject_opening_a_sentence_is_still_one() -> None:
    assert answer("A Taliban commander hiding in a compound in Shah Wali Kot district, Kandahar "
                  "province, was killed Saturday.").killed == 1
    assert answer("Haji Karim, a Taliban commander hiding in a compound in Shah Wali Kot "
                  "district, Kandahar province, was killed Saturday.").killed == 1


def test_a_memorial_is_dated_by_the_day_its_soldier_was_killed() -> None:
    for body in (
            "Soldiers gathered at Camp Bastion yesterday to remember a rifleman who was killed "
            "by small-arms fire while on patrol near Sangin, Helmand province, on Thursday.",
            "Coalition troops held a memorial service at Kandahar Airfield today for an Afghan "
            "interpreter who was killed by an improvised explosive device while on patrol in "
            "Panjwai district, Kandahar province, Thursday.",
            "Afghan and coalition soldiers stood together at Tarin Kot last night to farewell a "
            "soldier who was killed by insurgent small-arms fire in Uruzgan province on "
            "Friday."):
        result = answer(body)
        assert result.killed == 0  # the releasing side's own
        assert result.start_date is not None and result.start_date.day in (9, 10), body


def test_a_toll_defined_by_who_outside_a_memorial_is_still_not_read() -> None:
    # a restrictive "who" after an object is the victim's history, not the release's toll
    result = answer("Afghan forces detained a Taliban facilitator in Sangin district, Helmand "
                    "province, yesterday who had supplied a fighter who was killed last month.")
    assert result.killed == 0
    assert result.start_date is not None and result.start_date.day == 13


def test_a_release_number_of_digits_only_gives_the_datelines_year() -> None:
    text = ("ISAF HQ PRESS RELEASE 2010-01-044\n\nKABUL, Afghanistan (Jan. 12) - An Afghan man "
            "died yesterday evening in Nad Ali district, Helmand province, after soldiers fired "
            "on his car.")
    result, _ = read(text, published=None)
    assert str(result.start_date) == "2010-01-11"
    # across the turn of the year: a December number under a January dateline
    result, _ = read(text.replace("2010-01-044", "2009-12-044").replace("Jan. 12", "Jan. 2"),
                     published=None)
    assert str(result.start_date) == "2010-01-01"



def test_what_happened_during_a_days_election_is_dated_that_day() -> None:
    result = answer("Afghan soldiers drove off an insurgent attack on a polling centre in Andar "
                    "district, Ghazni province, during Saturday's elections. The attackers "
                    "withdrew, leaving two of their dead behind.")
    assert str(result.start_date) == "2011-06-11"


def test_what_happened_ahead_of_a_days_election_is_not_dated_by_it() -> None:
    result = answer("Afghan soldiers killed two insurgents in Andar district, Ghazni province, "
                    "ahead of Saturday's elections.")
    assert str(result.start_date) == "2011-06-14"


def test_what_was_planned_for_a_days_election_is_not_dated_by_it() -> None:
    result = answer("Coalition aircraft killed two insurgents in Andar district, Ghazni province, "
                    "today who were preparing to conduct attacks during Saturday's elections.")
    assert str(result.start_date) == "2011-06-14"


def test_what_happened_before_and_during_a_days_election_is_not_dated_by_it() -> None:
    result = answer("Afghan and coalition forces conducted operations in Andar district, Ghazni "
                    "province, prior to and during Saturday's elections, killing two insurgents.")
    assert str(result.start_date) == "2011-06-14"


def test_the_day_a_release_was_issued_does_not_date_the_toll_it_corrects() -> None:
    result = answer("A release issued yesterday incorrectly stated that five insurgents were "
                    "killed by an Afghan and coalition force in Sayyidabad district, Wardak "
                    "province, on Saturday. The correct information follows: the force killed "
                    "three insurgents.")
    assert result.killed == 3
    assert str(result.start_date) == "2011-06-11"


def test_a_toll_told_after_a_release_issued_keeps_its_own_day() -> None:
    result = answer("ISAF issued a correction. Coalition forces killed two insurgents in "
                    "Sayyidabad district, Wardak province, yesterday.")
    assert str(result.start_date) == "2011-06-13"


def test_the_day_of_an_attack_men_are_arrested_for_does_not_date_the_arrests() -> None:
    result = answer("Afghan intelligence officers arrested six men in Jalalabad, Nangarhar "
                    "province, in connection with the bombing of a mosque in Behsud district on "
                    "Friday. The men were arrested at two houses in the city on Saturday and "
                    "Sunday.")
    assert str(result.start_date) == "2011-06-11"


def test_arrests_of_men_linked_to_a_group_keep_their_day() -> None:
    result = answer("Afghan forces arrested six men linked to the Taliban in Jalalabad, "
                    "Nangarhar province, on Friday.")
    assert str(result.start_date) == "2011-06-10"


def test_a_toll_since_a_named_operation_began_on_a_day_is_dated_by_that_day() -> None:
    result = answer("Five suspected insurgents have been detained since Operation Tor Zhala "
                    "began in the Babaji area of Helmand province on Saturday. The only contact "
                    "so far was a brief exchange of fire on Monday in which no one was hurt.")
    assert str(result.start_date) == "2011-06-11"


def test_a_toll_since_a_day_of_the_week_counts_from_that_day() -> None:
    # (this test said "since Saturday" dated nothing; the labels of three writers since,
    # blind10-088, rules29-batch6-14 and rules47-b6-07, date such a span by its first day)
    result = answer("Coalition forces have detained 40 insurgents in Helmand province since "
                    "Saturday. Two more were detained on Monday.")
    assert str(result.start_date) == "2011-06-11"


def test_a_toll_since_a_month_date_is_still_a_period_with_no_day() -> None:
    result = answer("Coalition forces have detained 40 insurgents in Helmand province since "
                    "May 2. Two more were detained on Monday.")
    assert str(result.start_date) == "2011-06-13"


EARLY_IN_MONTH = "KABUL, Afghanistan (Sept. 2, 2010) – "


def test_a_strike_last_month_is_history_in_a_release_early_in_the_next_month() -> None:
    result, _ = read(EARLY_IN_MONTH + "Afghan and coalition forces detained a Taliban "
                     "sub-commander in Chahar Dara district, Kunduz province, Wednesday. He had "
                     "been wounded in an air strike last month that targeted a gathering of "
                     "Taliban fighters.", published=dt.date(2010, 9, 2))
    assert result.airstrike is False


def test_a_strike_in_the_last_days_of_the_month_before_is_the_releases_own() -> None:
    result, _ = read(EARLY_IN_MONTH + "A coalition air strike killed two insurgents in Chahar "
                     "Dara district, Kunduz province, on Aug. 31.", published=dt.date(2010, 9, 2))
    assert result.airstrike is True and result.killed == 2


def test_a_road_named_after_a_town_is_not_that_towns_province() -> None:
    result = answer("A suicide bomber struck a coalition convoy on Jalalabad Road in eastern Kabul "
                    "this morning. Initial reports indicate that three Afghan civilians were "
                    "killed.")
    assert result.provinces == frozenset({"kabul"})


def test_the_town_itself_is_still_its_province() -> None:
    result = answer("A suicide bomber struck a coalition convoy in Jalalabad this morning, "
                    "killing three Afghan civilians.")
    assert result.provinces == frozenset({"nangarhar"})


def test_findings_on_an_older_strike_count_as_the_datelines_day() -> None:
    result = answer("ISAF has completed its investigation into the May 10 air strike in Shindand "
                    "district, Herat province, and found that the strike killed four civilians "
                    "along with seven insurgents.")
    assert str(result.start_date) == "2011-06-14"
    assert result.killed == 0 and result.airstrike is False


def test_findings_on_a_strike_of_the_week_keep_its_day() -> None:
    result = answer("An assessment team has concluded that an air strike in Shindand district, "
                    "Herat province, on Saturday killed four civilians.")
    assert str(result.start_date) == "2011-06-11"


def test_an_old_date_without_findings_still_dates_the_release() -> None:
    result = answer("Afghan and coalition forces killed two insurgents in Shindand district, "
                    "Herat province, on May 10.")
    assert str(result.start_date) == "2011-05-10"
