"""Short items and operational-update rows found by rules47's probe batches (issue 14): a
headline that counts the dead a body tells only as an uncounted group."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import read


def _headed(headline: str, body: str) -> tuple[int, bool]:
    text = (f"{headline}\n2011-08-S-024\nFor Immediate Release\n\n"
            f"KABUL, Afghanistan (Aug. 8, 2011) - {body}")
    got = read(text, dt.date(2011, 8, 8))[0]
    return got.killed, got.airstrike


def test_headline_counts_what_the_body_tells_as_an_uncounted_group() -> None:
    # the release gives a number only in its headline: the coders code that number
    body = ("A combined Afghan and coalition patrol killed a group of insurgents who attacked "
            "it with machine guns in Zharay district, Kandahar province, yesterday.")
    assert _headed("Five Insurgents Killed in Kandahar Firefight", body)[0] == 5
    bare = ("Coalition forces killed insurgents who attacked a patrol in Bermel district, "
            "Paktika province, today.")
    assert _headed("Coalition Forces Kill Four Insurgents in Paktika", bare)[0] == 4


def test_headline_figure_does_not_replace_a_body_count() -> None:
    # a body that counts its dead is the count, whatever the headline says
    body = ("A combined patrol killed two insurgents who attacked it in Zharay district, "
            "Kandahar province, yesterday.")
    assert _headed("Five Insurgents Killed in Kandahar Firefight", body)[0] == 2
    # nor does a headline of another population count a body's uncounted insurgents
    other = ("Insurgents attacked a checkpoint in Zharay district, Kandahar province, "
             "yesterday. The patrol killed a group of insurgents.")
    assert _headed("Three Afghan Soldiers Killed in Kandahar Attack", other)[0] == 3
    # nor a headline's one man, who is one of the group the body tells
    group = ("An Afghan and coalition security force killed several insurgents, including an "
             "Islamic Movement of Uzbekistan commander, in Burkah district, Baghlan province, "
             "last night.")
    assert _headed("Afghan-Coalition Force Kills IMU Commander in Baghlan", group)[0] == 3
    # nor a headline without a number
    assert _headed("Insurgents Killed in Kandahar Firefight", body.replace(
        "two insurgents", "a group of insurgents"))[0] == 3


def _dated(text: str, published: dt.date) -> str:
    got = read(text, published)[0]
    return str(got.start_date)


def test_a_toll_since_a_day_of_the_week_counts_from_that_day() -> None:
    # "killed since Thursday": a span of days, which counts from its first
    text = ("KABUL, Afghanistan (July 3, 2009) - U.S. Marines and Afghan soldiers pressed on "
            "with the operation in Nawa district, Helmand province, today. An estimated 20 "
            "insurgents have been killed in fighting since Thursday.")
    assert _dated(text, dt.date(2009, 7, 3)) == "2009-07-02"
    active = ("KABUL, Afghanistan (June 19, 2013) - Afghan forces have killed 12 insurgents "
              "since Monday in an operation to clear the Baghran valley in Helmand province.")
    assert _dated(active, dt.date(2013, 6, 19)) == "2013-06-17"


def test_since_a_day_of_what_the_dead_had_done_dates_no_toll() -> None:
    # the insurgents' own nights of fire are background, the toll is today's
    text = ("KABUL, Afghanistan (Jan. 9, 2013) - Afghan and coalition forces killed two "
            "insurgents in Shah Joy district, Zabul province, today. The insurgents had fired "
            "on the district center every night since Sunday.")
    assert _dated(text, dt.date(2013, 1, 9)) == "2013-01-09"
    # nor does a month's date opened by "since" date a toll
    month = ("KABUL, Afghanistan (June 19, 2013) - Afghan forces have killed 40 insurgents "
             "since May 2 in an operation to clear the Baghran valley in Helmand province. "
             "Coalition forces detained two suspected insurgents today.")
    assert _dated(month, dt.date(2013, 6, 19)) == "2013-06-19"


_UPDATE = ("ISAF Joint Command Morning Operational Update Aug. 31, 2011\n"
           "ISAF Joint Command - Afghanistan\n2011-08-S-083\nFor Immediate Release\n\n"
           "KABUL, Afghanistan (Aug. 31, 2011)\n")


def test_an_update_row_set_as_a_bullet_under_its_lede_is_the_rows_own() -> None:
    # a lede ending in a colon, then the row as a list item: the row's toll and place
    text = (_UPDATE + "Afghan and coalition forces conducted operations in eastern and "
            "southern Afghanistan yesterday:\n- In Khost province, a combined force killed two "
            "armed insurgents and detained one during a search for a Haqqani network "
            "facilitator in Tani district.")
    got = read(text, dt.date(2011, 8, 31))[0]
    assert (got.killed, sorted(got.provinces)) == (2, ["khost"])


def test_a_bulleted_lede_toll_is_still_the_updates_summary() -> None:
    # the lede's own total, before its colon, is not the row's
    text = (_UPDATE + "Afghan and coalition forces killed 14 insurgents during operations "
            "across Afghanistan yesterday:\n• In Baghlan province, a combined force detained "
            "a Taliban leader in Burkah district.")
    got = read(text, dt.date(2011, 8, 31))[0]
    assert (got.killed, sorted(got.provinces)) == (0, ["baghlan"])


def test_a_shadow_governors_province_is_his_office_not_the_operations_place() -> None:
    # the operation is in Kunduz; Baghlan is the province the man governed for the Taliban
    text = ("2011-12-S-033\nFor Immediate Release\n\nKABUL, Afghanistan (Dec. 15, 2011) - A "
            "combined Afghan and coalition force killed the Taliban shadow governor of Baghlan "
            "province, Mullah Rahim, during an operation in Chahar Darah district, Kunduz "
            "province, today. Rahim had fled to Kunduz after Afghan forces cleared his "
            "stronghold in Baghlan.")
    got = read(text, dt.date(2011, 12, 15))[0]
    assert (got.killed, sorted(got.provinces)) == (1, ["kunduz"])


def test_a_shadow_governors_province_still_places_a_release_that_names_no_other() -> None:
    text = ("KABUL, Afghanistan (Dec. 15, 2011) - A combined Afghan and coalition force "
            "detained the Taliban shadow governor for Baghlan province during an operation "
            "today. He directed attacks on the Salang highway.")
    got = read(text, dt.date(2011, 12, 15))[0]
    assert sorted(got.provinces) == ["baghlan"]


def _killed(body: str) -> int:
    text = "KABUL, Afghanistan (Aug. 7, 2012) - " + body
    return read(text, dt.date(2012, 8, 7))[0].killed


def test_a_leader_with_an_alias_set_off_by_commas_is_one_of_the_dead() -> None:
    # "also known as" names the same man, and the "and" goes on with the others killed
    passive = ("Taliban leader Mullah Nasir, also known as Qari Nasir, and two of his "
               "associates were killed during an operation in Zharay district, Kandahar "
               "province, Monday.")
    assert _killed(passive) == 3
    active = ("An Afghan and coalition security force killed Taliban leader Mullah Nasir, also "
              "known as Qari Nasir, and two of his associates in Zharay district, Kandahar "
              "province, Monday.")
    assert _killed(active) == 3
    # an alias of a lone man is still one
    assert _killed("An Afghan and coalition security force killed a Taliban commander, also "
                   "known as Mullah Jan, in Zharay district, Kandahar province, Monday.") == 1


def test_the_last_named_set_off_as_the_firsts_man_is_not_another() -> None:
    # "Gul Agha, his deputy" is one man
    assert _killed("An Afghan and coalition security force killed Abdul Wali, a Taliban "
                   "leader, and Gul Agha, his deputy, in Nawa-ye Barakzai district, Helmand "
                   "province, today.") == 2
    assert _killed("An Afghan and coalition security force killed Abdul Wali and Gul Agha, his "
                   "deputy, in Nawa-ye Barakzai district, Helmand province, today.") == 2
    # a list that goes on with his people is still a list
    assert _killed("An Afghan and coalition security force killed Mullah Karim, his brother "
                   "and a bodyguard in Nawa-ye Barakzai district, Helmand province, today.") == 3


def test_a_two_day_operation_that_ended_today_starts_the_day_before() -> None:
    text = ("KABUL, Afghanistan (Nov. 5, 2009) - Afghan and coalition forces killed 14 "
            "insurgents during a two-day operation in the Pech River Valley, Kunar province, "
            "which ended today.")
    assert _dated(text, dt.date(2009, 11, 5)) == "2009-11-04"
    # the past 24 hours are still the release's own day
    day = ("KABUL, Afghanistan (Nov. 5, 2009) - Afghan and coalition forces killed 14 "
           "insurgents in Kunar province over the past 24 hours.")
    assert _dated(day, dt.date(2009, 11, 5)) == "2009-11-05"


def test_a_total_the_toll_brings_up_to_date_is_not_counted() -> None:
    # the month's total is a running one: the row's own toll is the one insurgent
    text = (_UPDATE + "In Kajaki district, Helmand province, a coalition patrol killed one "
            "insurgent who fired on it today, bringing to 14 the number of insurgents killed in "
            "the district this month.")
    assert read(text, dt.date(2011, 8, 31))[0].killed == 1
    other = ("KABUL, Afghanistan (Aug. 31, 2011) - Afghan forces killed two insurgents in "
             "Sangin district, Helmand province, today, bringing the total killed in the "
             "operation to 30.")
    assert read(other, dt.date(2011, 8, 31))[0].killed == 2
    # a toll that brings nothing up to date is the toll
    plain = ("KABUL, Afghanistan (Aug. 31, 2011) - Afghan forces killed 14 insurgents in Kajaki "
             "district, Helmand province, today, bringing relief to the district center.")
    assert read(plain, dt.date(2011, 8, 31))[0].killed == 14


def test_an_ied_in_a_subject_is_no_verb() -> None:
    assert _killed("In Garmsir district, Helmand province, an IED cell leader and an IED "
                   "emplacer were killed when they fired on a combined patrol yesterday.") == 2
    assert _killed("An IED cell leader and his deputy were killed in Garmsir district, "
                   "Helmand province, yesterday.") == 2


def test_one_incidents_toll_brought_up_to_date_is_still_its_toll() -> None:
    # no period: the deaths of one strike, revised
    text = ("KABUL, Afghanistan (July 8, 2011) - Two civilians died of their wounds on Thursday, "
            "bringing to five the number of civilians killed in Monday's coalition air strike "
            "in Nurgal district, Kunar province, ISAF said.")
    assert read(text, dt.date(2011, 7, 8))[0].killed == 5
