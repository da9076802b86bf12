"""Wordings whole releases written blind (rules43's probe batches: the 2009-2010 surge in
Kandahar and Zabul) showed the rules misread. Each probe is written anew in the releases' style,
with negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_a_running_total_since_a_named_operation_began_is_history() -> None:
    body = ("Since Operation Hamkari began in September, Afghan and ISAF forces have killed more "
            "than 150 insurgents in Kandahar province. Yesterday, a combined force killed two "
            "insurgents who fired on a patrol in Zhari district.")
    assert answer(body).killed == 2
    body = ("Afghan and coalition forces have killed 40 insurgents since Operation Moshtarak "
            "started, officials said. Today a patrol killed one insurgent in Marjah district, "
            "Helmand province.")
    assert answer(body).killed == 1


def test_a_named_operation_that_killed_insurgents_is_no_running_total() -> None:
    body = ("Afghan and coalition forces killed three insurgents during Operation Hamkari in "
            "Zhari district, Kandahar province, yesterday.")
    assert answer(body).killed == 3


_CORRECTION = ("Correction to Zabul Release\nISAF Joint Command - Afghanistan\n"
               "2010-12-CA-140\nFor Immediate Release\n\n"
               "KABUL, Afghanistan (Dec. 17, 2010) - A release "
               "issued Dec. 16 about a joint operation incorrectly stated that the operation "
               "took place in Zabul province. The operation took place in Khakrez district, "
               "Kandahar province. All other information in the release was correct.")


def test_a_correction_headline_naming_the_wrong_place_is_not_the_place() -> None:
    got = read(_CORRECTION, dt.date(2010, 12, 17))[0]
    assert got.provinces == {"kandahar"}


def test_the_day_a_corrected_release_was_issued_is_no_incident_day() -> None:
    got = read(_CORRECTION, dt.date(2010, 12, 17))[0]
    assert got.start_date == dt.date(2010, 12, 17)
    # a lede's own day still dates a release that tells no toll
    text = ("KABUL, Afghanistan (Dec. 17, 2010) - Afghan police found a cache in Khakrez "
            "district, Kandahar province, Dec. 15. No one was hurt.")
    assert read(text, dt.date(2010, 12, 17))[0].start_date == dt.date(2010, 12, 15)


def test_a_place_named_beside_a_correction_stays_when_it_is_the_only_one() -> None:
    text = ("KABUL, Afghanistan (Dec. 17, 2010) - A release issued yesterday incorrectly stated "
            "that the operation took place in Zabul province. A patrol found a cache in Zabul "
            "province today.")
    assert read(text, dt.date(2010, 12, 17))[0].provinces == {"zabul"}


def test_both_men_after_he_was_with_an_associate_is_the_pair_of_the_one_killed() -> None:
    body = ("A Taliban bomb network leader was killed in a coalition precision strike in Zhari "
            "district, Kandahar province, yesterday. Coalition aircraft struck the vehicle in "
            "which he was traveling with an associate. Both men were killed.")
    assert answer(body).killed == 2


def test_both_of_two_others_still_add_to_the_one_killed() -> None:
    body = ("A coalition force killed a Taliban commander in Zhari district, Kandahar province, "
            "yesterday. Two insurgents opened fire on the force as it left; both were killed.")
    assert answer(body).killed == 3



def test_a_release_whose_only_other_dates_are_months_of_detentions_is_dated_by_its_lede() -> None:
    body = ("Afghan soldiers found a cache of rockets in Zhari district, Kandahar province, "
            "yesterday. In May, soldiers detained two men who had stored weapons nearby.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_release_whose_only_toll_is_last_years_keeps_the_dateline_day() -> None:
    # a toll, even one recalled, is not "nothing told": the dateline's day (as blind20's
    # writers label it)
    body = ("Afghan National Army officers hosted more than 100 elders from Shah Wali Kot "
            "district at a shura yesterday. Insurgents in the area killed two tribal elders "
            "last year for attending a similar meeting.")
    got = answer(body)
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 14))


def test_the_bomber_who_was_the_only_one_killed_is_no_aircraft() -> None:
    body = ("A suicide bomber attacked the convoy of the Kandahar City police chief this "
            "morning, wounding the police chief and three of his bodyguards. The bomber was the "
            "only person killed.")
    got = answer(body)
    assert (got.airstrike, got.killed) == (False, 1)
    # negative: a bomber aircraft still strikes
    body = ("A coalition B-1 bomber struck an insurgent position in Zhari district, Kandahar "
            "province, today, killing four insurgents.")
    assert answer(body).airstrike is True
