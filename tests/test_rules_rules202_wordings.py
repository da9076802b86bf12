"""Start-date wordings the fresh open sets blind200-207 showed (issue 14): the lede's operation
of n days told by the day it ended, whose tolls a later paragraph tells with no day of their
own; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# The lede tells an operation of n days by the day it ended ("during a two-day operation that
# ended today"): the toll its next paragraph tells with no day of its own is that operation's,
# and a span of days counts from its first, not as a 24-hour roundup's last day.
def test_a_toll_after_an_operation_of_days_that_ended_today_counts_from_its_first() -> None:
    for lede in ("Afghan and coalition forces searched a string of insurgent compounds in "
                 "Zurmat district, Paktiya province, during a two-day operation that ended "
                 "today.",
                 "Afghan and coalition forces searched a string of insurgent compounds in "
                 "Zurmat district, Paktiya province, in a three-day operation which ended "
                 "today."):
        body = (f"{lede}\n\nSeveral insurgents were killed when they fired on the force "
                "with machine guns. The force also detained two suspected insurgents.")
        days = 2 if "two-day" in lede else 3
        assert str(answer(body).start_date) == f"2011-06-{15 - days}", lede


# negative: an operation not told by its length keeps the release's day
def test_an_operation_that_ended_today_without_its_length_keeps_the_day() -> None:
    body = ("Afghan and coalition forces searched a string of insurgent compounds in Zurmat "
            "district, Paktiya province, during an operation that ended today.\n\nSeveral "
            "insurgents were killed when they fired on the force with machine guns.")
    assert str(answer(body).start_date) == "2011-06-14"


# negative: the lede's operation of days dates nothing when every item the release tells has a
# day of its own ("In a separate incident, ... today") (review M2)
def test_an_operation_of_days_beside_a_separate_dated_incident_keeps_its_day() -> None:
    body = ("Afghan and coalition forces distributed aid in Zurmat district, Paktiya province, "
            "during a three-day mission that ended today.\n\nIn a separate incident, a "
            "coalition air strike killed two insurgents in Nawa district, Helmand province, "
            "today.")
    assert str(answer(body).start_date) == "2011-06-14"


# negative: an operation of days the target led, its words before the day they ended, is not
# the release's own (review H3)
def test_an_offensive_of_days_the_target_led_is_not_the_operation() -> None:
    body = ("An Afghan and coalition security force today killed Mullah Zarif, a Taliban "
            "leader who led a three-day offensive against the district center that ended "
            "Sunday, in Arghandab district, Kandahar province.")
    assert str(answer(body).start_date) == "2011-06-14"


# The day of an attack the target led, told in a sentence after his death ("The commander
# planned the Sunday ambush on a police convoy"), is his deed's, not the operation's: the
# force's later toll with no day of its own keeps the lede's.
def test_the_day_of_an_attack_the_target_led_does_not_date_the_operation() -> None:
    for led in ("organized", "planned"):
        body = ("An Afghan and coalition security force killed an insurgent commander in "
                "Shah Joy district, Zabul province, today.\n\nThe commander "
                f"{led} the Sunday ambush on an Afghan police convoy that killed three "
                "policemen. The security force also killed two insurgents who fired on the force "
                "during the operation.")
        assert str(answer(body).start_date) == "2011-06-14", led


# ... whichever of the deed verbs leads it, with the day possessive and no article before it,
# told after the attack's noun, or the attack an assault (review M4)
def test_the_day_of_an_attack_the_target_led_in_other_words_does_not_date_the_operation(
) -> None:
    for deed in ("orchestrated the Sunday ambush on an Afghan police convoy",
                 "masterminded the Sunday ambush on an Afghan police convoy",
                 "planned Sunday's ambush on an Afghan police convoy",
                 "was behind Sunday's ambush on an Afghan police convoy",
                 "organized last Sunday's ambush on an Afghan police convoy",
                 "organized the ambush on an Afghan police convoy on Sunday",
                 "organized the Sunday assault on a police checkpoint"):
        body = ("An Afghan and coalition security force killed an insurgent commander in "
                f"Shah Joy district, Zabul province, today.\n\nThe commander {deed} that "
                "killed three policemen. The security force also killed two insurgents who "
                "fired on the force during the operation.")
        assert str(answer(body).start_date) == "2011-06-14", deed


# negative: an attack the other side or the force staged or planned, not the target told
# again, is the release's own incident, dated by its day (review H1)
def test_an_attack_staged_or_planned_by_anyone_but_the_target_keeps_its_day() -> None:
    for body in (
            "Insurgents staged a complex attack on a combat outpost in Sabari district on "
            "Sunday.\n\nAfghan and coalition forces returned fire, killing 12 insurgents.",
            "Insurgents staged an ambush on an Afghan and coalition patrol Sunday in Nawa "
            "district, Helmand province.\n\nThe patrol returned fire and killed four "
            "insurgents.",
            "Afghan and coalition forces killed four insurgents as they staged an ambush on a "
            "patrol in Nawa district Sunday.",
            "A coalition patrol killed four insurgents after they staged an attack on the "
            "patrol in Nawa district on Sunday.",
            "An Afghan and coalition patrol staged an ambush Sunday night on an insurgent "
            "supply route in Maiwand district, Kandahar province.\n\nFour insurgents were "
            "killed in the engagement.",
            "Insurgents planned an attack on a police checkpoint in Nawa district Sunday "
            "night.\n\nAfghan Local Police killed three of them as they approached the "
            "checkpoint."):
        assert str(answer(body).start_date) == "2011-06-12", body


# negative: an operation its own side planned is dated by the day that opens its noun
def test_the_day_of_an_operation_its_side_planned_dates_the_toll() -> None:
    body = ("Afghan commanders planned the Friday operation in Shah Joy district, Zabul "
            "province.\n\nThe force killed four insurgents who fired on it.")
    assert str(answer(body).start_date) == "2011-06-10"


# A denial dated only by the span of hours it searched ("in the past 48 hours") dates nothing,
# as one dated by the week it searched does: the party's claim it answers is told today.
def test_a_denial_dated_by_the_hours_it_searched_dates_nothing() -> None:
    body = ("Provincial officials told reporters today that a coalition air strike had killed "
            "four civilians in Chapa Dara district, Kunar province.\n\nISAF conducted no air "
            "strikes in Kunar province in the past 72 hours.")
    assert str(answer(body).start_date) == "2011-06-14"


# ... or by the period from a day it searched ("since Saturday"), as by hours (review L2)
def test_a_denial_dated_by_the_day_its_search_began_dates_nothing() -> None:
    body = ("District officials told journalists today that a NATO air strike had killed five "
            "civilians in Shigal district, Kunar province.\n\nISAF conducted no air strikes in "
            "Kunar province since Saturday.")
    assert str(answer(body).start_date) == "2011-06-14"


# negative: a denial dated by the operation's own days, no period searched, keeps them: they may
# be all that dates the release (review H2)
def test_a_denial_dated_by_the_operations_days_keeps_them() -> None:
    for body in (
            "Reports that coalition forces killed civilians in Shigal district, Kunar province, "
            "are false, ISAF officials said today.\n\nNo civilians were killed during the "
            "three-day operation in Shigal district that ended Sunday.",
            "Reports that coalition forces killed civilians in Shigal district, Kunar province, "
            "are false.\n\nNo civilians were killed in the operation from June 10 to June 12, "
            "ISAF officials said."):
        assert str(answer(body).start_date) == "2011-06-10", body


# negative: a denial dated by its own day keeps that day
def test_a_denial_dated_by_its_own_day_keeps_it() -> None:
    body = ("Provincial officials told reporters today that a coalition air strike had killed "
            "four civilians in Chapa Dara district, Kunar province.\n\nISAF conducted no air "
            "strikes in Kunar province on Sunday.")
    assert str(answer(body).start_date) == "2011-06-12"


# A roundup of the week up to the release ("in operations across southern Afghanistan this
# week") counts as its last day, the release's own, as a 24-hour roundup does.
def test_a_weeks_roundup_counts_as_the_release_day() -> None:
    body = ("Afghan National Security Forces killed 11 insurgents and detained 19 suspected "
            "insurgents in operations across eastern Afghanistan this week, Regional Command "
            "(East) officials said.")
    assert str(answer(body).start_date) == "2011-06-14"


# negative: one operation's toll told by its week, no roundup, keeps the week's first day
def test_one_operations_toll_this_week_keeps_the_weeks_first_day() -> None:
    body = ("Afghan National Security Forces killed 11 insurgents in Sayyad district, Sar-e Pul "
            "province, earlier this week.")
    assert str(answer(body).start_date) == "2011-06-13"


# negative: a few fights in one district told by their week, or a week told as before the
# release's day ("earlier this week"), are no roundup of the week up to it (review M3)
def test_a_few_fights_in_a_district_this_week_keep_the_weeks_first_day() -> None:
    for body in (
            "Afghan and coalition forces killed five insurgents in two separate engagements in "
            "Zhari district, Kandahar province, earlier this week.",
            "Coalition aircraft struck insurgents twice in Nawa district, Helmand province, "
            "earlier this week, killing six insurgents.",
            "Afghan and coalition forces killed five insurgents in two engagements in Zhari "
            "district, Kandahar province, this week."):
        assert str(answer(body).start_date) == "2011-06-13", body


# An operation of n days completed today with its district and province set off by commas
# between ("completed a three-day clearing operation in Khas Uruzgan district, Uruzgan
# province, today"): its tolls count from the first day, as without the commas.
def test_an_operation_of_days_with_its_place_set_off_by_commas_counts_from_its_first() -> None:
    body = ("Afghan National Security Forces completed a three-day clearing operation in "
            "Shah Wali Kot district, Kandahar province, today.\n\nAccording to the Afghan "
            "National Army brigade commander, 12 insurgents were killed and five detained.")
    assert str(answer(body).start_date) == "2011-06-12"


# negative: a place set off by commas that is no span's ("in Shah Wali Kot district,
# Kandahar province, today" after a plain operation) keeps the release's day
def test_a_plain_operation_with_its_place_set_off_by_commas_keeps_the_day() -> None:
    body = ("Afghan National Security Forces completed a clearing operation in Shah Wali "
            "Kot district, Kandahar province, today.\n\nAccording to the Afghan National "
            "Army brigade commander, 12 insurgents were killed and five detained.")
    assert str(answer(body).start_date) == "2011-06-14"
