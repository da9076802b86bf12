"""Wordings the blind sets on aircraft and on Regional Commands North, West and Capital
(``evals/isaf_blind/blind26.jsonl``, ``blind28.jsonl``) showed the rules misread. Each probe is
written anew in the releases' style, not copied from those sets, with negatives that keep the rule
from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


def test_aircraft_that_conducted_no_strikes_made_none() -> None:
    body = ("Coalition aircraft conducted no air strikes in Shindand district, Herat province, "
            "this week, an ISAF spokesman said, after local media reported a bombing there.")
    assert answer(body).airstrike is False


def test_aircraft_that_dropped_no_bombs_made_none() -> None:
    body = ("ISAF helicopters fired no weapons during the patrol in Shindand district, Herat "
            "province, on Sunday.")
    assert answer(body).airstrike is False


def test_aircraft_that_conducted_a_strike_still_struck() -> None:
    body = ("Coalition aircraft conducted a strike on a compound in Shindand district, Herat "
            "province, on Sunday, killing two insurgents.")
    assert answer(body).airstrike is True
    assert answer(body).killed == 2


def test_a_refuted_claim_of_a_strike_then_no_strikes_made() -> None:
    body = ("The Taliban claimed on a website that a coalition air strike killed 12 civilians in "
            "Shindand district, Herat province, on Monday. ISAF aircraft conducted no air strikes "
            "anywhere in Herat province this week.")
    assert answer(body).airstrike is False
    assert answer(body).killed == 0


def test_a_rejected_statement_claiming_a_strike_toll() -> None:
    body = ("ISAF officials today rejected a statement posted on a Taliban website claiming that a "
            "coalition air strike killed 12 civilians in Shindand district, Herat province, on "
            "Monday.")
    assert answer(body).airstrike is False
    assert answer(body).killed == 0


def test_a_statement_claiming_a_toll_not_rejected_stands() -> None:
    body = ("ISAF officials today read a statement posted by the provincial governor claiming that "
            "a coalition air strike killed 12 insurgents in Shindand district, Herat province, on "
            "Monday.")
    assert answer(body).killed == 12


def test_an_airlift_the_air_force_has_carried_out_is_no_strike() -> None:
    body = ("Afghan Air Force crews flew 150 soldiers into Shindand district, Herat province, on "
            "Sunday, the biggest resupply mission the new air force has conducted.")
    assert answer(body).airstrike is False


def test_an_air_force_that_carried_out_a_strike_struck() -> None:
    body = ("Coalition aircraft carried out a strike on a compound in Shindand district, Herat "
            "province, on Sunday, killing two insurgents.")
    assert answer(body).airstrike is True


def test_a_named_leader_and_others_killed_count_together() -> None:
    body = ("A Taliban commander named Mullah Rahim and three other insurgents were killed in an "
            "Afghan and coalition operation in Kohistan district, Kapisa province, on Sunday.")
    assert answer(body).killed == 4


def test_a_leader_known_as_a_name_and_an_associate_killed_count_together() -> None:
    body = ("A weapons supplier with links to the Haqqani network, known as Qari Jalil, and two of "
            "his couriers were killed in Sabari district, Khost province, on Sunday.")
    assert answer(body).killed == 3


def test_a_clause_before_and_is_no_joined_subject() -> None:
    body = ("The force searched a compound named by villagers as a Taliban safe house and two "
            "insurgents were killed in Kohistan district, Kapisa province, on Sunday.")
    assert answer(body).killed == 2


def test_since_his_death_is_a_time_not_a_toll() -> None:
    body = ("ISAF confirmed today that a Taliban commander was killed in an air strike in Kajaki "
            "district, Helmand province, on May 20. Since his death, Afghan forces have detained "
            "four members of his cell.")
    assert answer(body).killed == 0


def test_his_death_as_the_news_is_still_counted() -> None:
    body = ("ISAF announced today his death in an air strike in Kajaki district, Helmand "
            "province, on Sunday.")
    assert answer(body).killed == 1


def test_a_running_total_since_an_operation_in_a_place_began() -> None:
    body = ("Since the Afghan-led operation in Chahar Dara district, Kunduz province, began in "
            "early May, Afghan and coalition forces have killed 38 insurgents. On Monday a patrol "
            "detained three men near the district centre.")
    assert answer(body).killed == 0


def test_a_toll_since_a_day_this_week_is_still_counted() -> None:
    body = ("Since the operation in Chahar Dara district, Kunduz province, began on Sunday, "
            "Afghan and coalition forces have killed six insurgents.")
    assert answer(body).killed == 6


def test_both_men_are_the_named_man_and_the_one_with_him() -> None:
    body = ("A coalition air strike killed Qari Hamid, a bomb maker, in Gulran district, Herat "
            "province, on Sunday. The force followed Hamid as he drove a truck with another "
            "insurgent, then the aircraft struck, killing both men.")
    assert answer(body).killed == 2


def test_both_men_of_another_pair_add_to_the_named_man() -> None:
    body = ("A coalition air strike killed Qari Hamid, a bomb maker, in Gulran district, Herat "
            "province, on Sunday. Two fighters who met him at the compound tried to flee, and "
            "the aircraft struck again, killing both men.")
    assert answer(body).killed == 3


def test_a_detention_dated_after_its_verb_not_by_the_subjects_past() -> None:
    body = ("A Taliban commander who went back to the fight after being wounded in an air strike "
            "on June 3 was detained by an Afghan and coalition force in Khanabad district, Kunduz "
            "province, today.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_a_detention_after_an_attack_on_a_day_of_the_week() -> None:
    body = ("An Afghan and coalition force detained two insurgents in Khanabad district, Kunduz "
            "province, after being attacked on Sunday.")
    assert answer(body).start_date == dt.date(2011, 6, 12)


def test_a_strike_and_a_detention_of_one_operation_keep_its_day() -> None:
    body = ("A coalition air strike killed two insurgents in Khanabad district, Kunduz province, "
            "on Sunday, and the ground force detained one more at the site.")
    assert answer(body).killed == 2
    assert answer(body).start_date == dt.date(2011, 6, 12)


def test_a_strike_of_earlier_this_month_named_later_by_an_old_day_is_history() -> None:
    body = ("ISAF confirmed today that Mullah Karim, a Taliban commander in Musa Qala district, "
            "Helmand province, was killed in a coalition air strike earlier this month.\n\n"
            "Karim was killed June 3 with his driver when aircraft struck their car on a road "
            "north of Musa Qala. Officials waited to announce his death until it was confirmed.")
    assert answer(body).airstrike is False
    assert answer(body).killed == 0


def test_a_strike_of_earlier_this_month_named_later_by_a_recent_day_is_reported() -> None:
    body = ("ISAF confirmed today that Mullah Karim, a Taliban commander in Musa Qala district, "
            "Helmand province, was killed in a coalition air strike earlier this month.\n\n"
            "Karim was killed June 11 when aircraft struck his car on a road north of Musa Qala.")
    assert answer(body).airstrike is True
    assert answer(body).killed == 1


def test_a_road_named_after_a_city_is_no_place_of_it() -> None:
    body = ("A suicide bomber rammed a police truck on the Kandahar road in Kabul this morning, "
            "killing himself and two civilians.")
    assert answer(body).provinces == frozenset({"kabul"})


def test_the_city_itself_is_still_a_place() -> None:
    body = ("A suicide bomber rammed a police truck in Kandahar this morning, killing himself and "
            "two civilians.")
    assert answer(body).provinces == frozenset({"kandahar"})


def test_troops_back_from_an_operation_that_began_on_a_day_date_its_toll_from_it() -> None:
    body = ("Afghan and coalition troops returned to base yesterday after a four-day operation "
            "that began Friday in Chahar Dara district, Kunduz province, in which 12 insurgents "
            "were killed.")
    assert answer(body).start_date == dt.date(2011, 6, 10)


def test_troops_back_from_an_operation_with_no_start_date_it_by_their_return() -> None:
    body = ("Afghan and coalition troops returned to base yesterday after a four-day operation in "
            "Chahar Dara district, Kunduz province, in which 12 insurgents were killed.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_suspect_of_an_attack_that_killed_is_dated_by_his_arrest() -> None:
    body = ("A man suspected of helping plan the June 9 bombing in Herat city that killed three "
            "shopkeepers was detained by Afghan police in Guzara district, Herat province, today.")
    answered = answer(body)
    assert answered.start_date == dt.date(2011, 6, 14)
    assert answered.killed == 0


def test_a_bomber_suspect_arrested_on_a_day_after_the_verb() -> None:
    body = ("A man suspected of planting the roadside bomb that killed two farmers on the Guzara "
            "road on June 9 was arrested by Afghan police on Monday in Herat province.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_date_in_a_passive_subject_with_no_other_still_dates_it() -> None:
    body = ("Two insurgents who attacked a checkpoint in Guzara district, Herat province, on "
            "Sunday were detained.")
    assert answer(body).start_date == dt.date(2011, 6, 12)


def test_a_strike_told_by_its_day_then_by_its_month_is_one_strike() -> None:
    body = ("Coalition aircraft struck a car in Musa Qala district, Helmand province, on June 3, "
            "killing Mullah Karim. ISAF confirmed today that the air strike earlier this month "
            "killed him.")
    answered = answer(body)
    assert answered.airstrike is False  # one strike, of June 3: before the release's week
    assert answered.killed == 0
