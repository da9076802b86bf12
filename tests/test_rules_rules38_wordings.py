"""Wordings whole releases of Regional Command (Southwest) and Task Force Helmand (2009-2012,
written anew for this probe, not copied from any set) showed the rules misread. Each probe has
negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import read

PUBLISHED = dt.date(2012, 9, 7)


def test_a_command_dateline_with_its_region_in_brackets_dates_nothing() -> None:
    text = ("REGIONAL COMMAND (SOUTHWEST), Afghanistan (Sept. 7, 2012) - Three Afghan civilians "
            "were killed when their car struck a roadside bomb in the Delaram district of Nimroz "
            "province yesterday.")
    got = read(text, PUBLISHED)[0]
    assert got.start_date == dt.date(2012, 9, 6)
    assert got.killed == 3
    assert got.provinces == frozenset({"nimroz"})


def test_a_command_dateline_without_a_day_in_the_body_still_dates_the_release() -> None:
    text = ("REGIONAL COMMAND (SOUTHWEST), Afghanistan (Sept. 7, 2012) - Marines killed two "
            "insurgents who fired on a patrol in Garmsir district, Helmand province.")
    got = read(text, PUBLISHED)[0]
    assert got.start_date == dt.date(2012, 9, 7)
    assert got.killed == 2



def test_an_initialism_does_not_end_the_victims_of_an_insider_attack() -> None:
    text = ("KABUL, Afghanistan (Aug. 27, 2012) - A man wearing an Afghan police uniform shot and "
            "killed two U.S. Marines at a patrol base in Garmsir district, Helmand province, "
            "yesterday.")
    got, claims = read(text, dt.date(2012, 8, 27))
    assert got.killed == 0  # the releasing side's dead, not the gunman
    assert [c.count.min for c in claims if c.outcome == "killed"] == [2]


def test_victims_after_an_initialism_of_the_other_side_still_count() -> None:
    text = ("KABUL, Afghanistan (Aug. 27, 2012) - The blast killed two U.N. contractors and a "
            "driver in Garmsir district, Helmand province, yesterday.")
    assert read(text, dt.date(2012, 8, 27))[0].killed == 3


def test_a_cache_lede_dated_by_a_bare_day_after_a_month_abbreviation() -> None:
    text = ("SANGIN, Afghanistan (Oct. 30, 2011) - Marines with 1st Battalion, 6th Marine "
            "Regiment, uncovered a weapons cache during a patrol in the Upper Sangin Valley "
            "Oct. 28.\n\nThe cache held 80 rocket-propelled grenades.")
    assert read(text, dt.date(2011, 10, 30))[0].start_date == dt.date(2011, 10, 28)


def test_a_cache_lede_with_no_day_is_the_dateline_s_day() -> None:
    text = ("SANGIN, Afghanistan (Oct. 30, 2011) - U.S. Marines uncovered a weapons cache during "
            "a patrol in the Upper Sangin Valley. They returned to base Oct. 28.")
    assert read(text, dt.date(2011, 10, 30))[0].start_date == dt.date(2011, 10, 30)


def test_a_subject_s_apposition_does_not_set_off_the_main_verb_s_day() -> None:
    text = ("ZARANJ, Afghanistan (Dec. 18, 2012) - Afghan Uniformed Police in Zaranj, the "
            "provincial capital of Nimroz, stopped a vehicle at a checkpoint Dec. 16 and found "
            "four rifles, ammunition and two suicide vests.\n\nThe two men in the vehicle were "
            "detained.")
    assert read(text, dt.date(2012, 12, 18))[0].start_date == dt.date(2012, 12, 16)


def test_a_set_off_participle_still_recalls_the_past() -> None:
    text = ("KABUL, Afghanistan (Dec. 18, 2012) - The Taliban leader, captured Dec. 2 during an "
            "earlier operation, was questioned by police in Zaranj, Nimroz province. Afghan "
            "forces detained two of his associates in a raid.")
    assert read(text, dt.date(2012, 12, 18))[0].start_date == dt.date(2012, 12, 18)


def test_a_correction_of_an_earlier_release_s_strike_leaves_no_strike() -> None:
    text = ("KABUL, Afghanistan (July 21, 2012) - A July 19 release from ISAF Joint Command stated "
            "that an air strike killed three insurgents in Musa Qala district, Helmand province, "
            "on July 18. The insurgents were killed by Afghan and coalition ground forces during "
            "an engagement. No air strike was conducted.")
    got = read(text, dt.date(2012, 7, 21))[0]
    assert got.airstrike is False
    assert got.start_date == dt.date(2012, 7, 18)
    assert got.killed == 3


def test_an_earlier_release_s_strike_that_the_correction_keeps_is_a_strike() -> None:
    text = ("KABUL, Afghanistan (July 21, 2012) - A July 19 release from ISAF Joint Command stated "
            "that an air strike killed three insurgents in Musa Qala district, Helmand province, "
            "on July 18. The strike killed four insurgents.")
    assert read(text, dt.date(2012, 7, 21))[0].airstrike is True


def test_a_checkpoint_commander_is_the_releasing_side_s() -> None:
    text = ("REGIONAL COMMAND (SOUTHWEST), Afghanistan (Dec. 4, 2012) - A bomb hidden in a "
            "motorcycle exploded outside an Afghan Local Police checkpoint in the Garmsir district "
            "of Helmand province Dec. 2, killing the checkpoint commander and two civilians.")
    assert read(text, dt.date(2012, 12, 4))[0].killed == 2


def test_a_taliban_checkpoint_commander_is_the_other_side_s() -> None:
    text = ("KABUL, Afghanistan (Dec. 4, 2012) - An Afghan and coalition security force killed a "
            "Taliban checkpoint commander in the Garmsir district of Helmand province Dec. 2.")
    assert read(text, dt.date(2012, 12, 4))[0].killed == 1


def test_the_dead_a_patrol_counted_after_a_fight() -> None:
    text = ("CAMP LEATHERNECK, Afghanistan (Sept. 6, 2009) - Marines engaged insurgents who "
            "attacked an outpost in Now Zad district, Helmand province, Sept. 4. After the "
            "engagement the Marines counted four dead insurgents.")
    assert read(text, dt.date(2009, 9, 6))[0].killed == 4


def test_the_living_a_patrol_counted_are_no_toll() -> None:
    text = ("CAMP LEATHERNECK, Afghanistan (Sept. 6, 2009) - Marines engaged insurgents who "
            "attacked an outpost in Now Zad district, Helmand province, Sept. 4. The Marines "
            "counted four insurgents fleeing the area.")
    assert read(text, dt.date(2009, 9, 6))[0].killed == 0
