"""Wordings the misses of blind29-31 showed once they were opened (issue 14): each written as a
short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read

OUTPOST = "FORWARD OPERATING BASE JOYCE, Afghanistan (June 3, 2011) - "


def test_a_check_finding_no_civilians_harmed_leaves_the_units_own_toll() -> None:
    # the release's own unit tells the toll ("according to Task Force Bastogne"): a later
    # "found no indication that civilians were harmed" denies no toll of its own
    # (under an outpost's dateline the unit is the toll's claimant)
    body = (OUTPOST + "An air weapons team engaged insurgents who were firing on a patrol in the "
            "Tagab valley of Kapisa province today, killing several of them, according to Task "
            "Force Warrior.\n\nNo soldiers were wounded. A check of the area found no indication "
            "that civilians were harmed.")
    assert read(body, dt.date(2011, 6, 3))[0].killed == 3
    assert read(body.replace("found no indication", "found no evidence"),
                dt.date(2011, 6, 3))[0].killed == 3
    assert read(body.replace("according to Task Force Warrior", "coalition officials said"),
                dt.date(2011, 6, 3))[0].killed == 3


def test_a_partys_uncounted_toll_is_still_denied_by_the_releases_finding() -> None:
    # negative: another party's toll of people named by no side is the civilians the release
    # then says it found no sign of
    body = (OUTPOST + "Villagers told district officials that several people were killed when "
            "a patrol fired on a compound in Tagab district, Kapisa province, today. A check of "
            "the area found no indication that civilians were harmed.")
    assert read(body, dt.date(2011, 6, 3))[0].killed == 0


def test_reports_under_investigation_beside_the_releases_own_toll_count() -> None:
    # "investigating reports that two civilians died" is the release's word of those deaths
    # (its desk's reporting), not a party's claims: counted beside the insurgents it killed
    body = ("ISAF officials are investigating reports that two civilians died during an air "
            "strike in Nad-e Ali district, Helmand province, on Sunday.\n\nThe aircraft dropped "
            "a bomb on a group of men emplacing a roadside bomb, killing three insurgents.")
    assert answer(body).killed == 5


def test_claims_under_review_beside_the_releases_own_toll_stay_apart() -> None:
    # negative: a party's "claims" or "allegations" the release is reviewing are those claims'
    body = ("ISAF is reviewing allegations that two boys were killed during an operation in "
            "Shigal district, Kunar province, on Sunday.\n\nThe force was fired on and returned "
            "fire, killing one insurgent.")
    assert answer(body).killed == 1
    assert answer(body.replace("allegations", "claims")).killed == 1


def test_reports_of_a_killing_by_forces_that_never_operated_there_count_none() -> None:
    body = ("ISAF is aware of reports that coalition forces killed civilians in Sherzad "
            "district, Nangarhar province, on Tuesday night. A review of operational records "
            "shows that no Afghan or coalition forces operated in Sherzad that night.")
    assert answer(body).killed == 0
    assert answer(body.replace("killed civilians", "killed three civilians")).killed == 0


def test_reports_of_a_killing_beside_an_operation_that_took_place_count() -> None:
    # negative: no word that the release's side never operated there
    body = ("ISAF is aware of reports that coalition forces killed civilians in Sherzad "
            "district, Nangarhar province, on Tuesday night. A joint team will visit the area.")
    assert answer(body).killed == 3


def test_a_toll_of_an_attack_the_targets_cell_has_been_blamed_for_is_not_counted() -> None:
    body = ("Afghan intelligence officers detained three men in Kabul city on Monday. The men "
            "belong to a cell that has been blamed for a September attack on a government "
            "office that killed twelve people.")
    assert answer(body).killed == 0


def test_a_toll_the_release_tells_of_an_attack_others_are_blamed_for_counts() -> None:
    # negative: a bombing this week the release tells, its toll in its own clause
    body = ("A suicide bomber killed four civilians at a bazaar in Khost city on Monday. "
            "Afghan officials blamed the Haqqani network.")
    assert answer(body).killed == 4


def test_the_other_sides_toll_of_an_incident_the_release_calls_untrue_counts_none() -> None:
    body = ("ISAF officials said today that reports of coalition soldiers firing on a funeral "
            "in Andar district, Ghazni province, on Sunday are untrue.\n\nOn Monday, a website "
            "associated with the Taliban claimed that foreign soldiers had killed five mourners.")
    assert answer(body).killed == 0


def test_the_other_sides_toll_beside_reports_of_another_incident_still_counts() -> None:
    # negative: reports the release is only reviewing are not called untrue
    body = ("The Taliban claimed that a coalition strike killed five fighters in Andar "
            "district, Ghazni province, on Sunday. Reports of a second strike in Ghazni are "
            "being reviewed.")
    assert answer(body).killed == 5


def test_an_operation_placed_without_a_comma_that_began_on_a_day_dates_its_detentions() -> None:
    body = ("Afghan forces detained four suspected insurgents during a clearing operation in the "
            "Nerkh district of Wardak province that began on Sunday.")
    assert answer(body).start_date == dt.date(2011, 6, 12)
    # negative: a period opened by "since" still dates nothing
    assert answer("Afghan forces have detained 40 suspected insurgents in the Nerkh district of "
                  "Wardak province since the offensive in the north began in April."
                  ).start_date == dt.date(2011, 6, 14)


def test_the_islam_qalah_crossing_places_a_release_in_herat() -> None:
    body = ("Afghan Border Police at the Islam Qal'ah crossing seized 200 kilograms of opium on "
            "Saturday and arrested two smugglers, Regional Command (West) said today.")
    assert answer(body).provinces == frozenset({"herat"})
    # negative: a release naming only the region keeps the region
    assert answer("Afghan Border Police seized 200 kilograms of opium on Saturday, Regional "
                  "Command (West) said today.").provinces == frozenset({"western afghanistan"})


def test_a_toll_told_part_by_part_after_its_colon_is_one_toll() -> None:
    body = ("Insurgents wearing suicide vests attacked a coalition outpost in Tani district, "
            "Khost province, early Sunday. Three attackers died: one detonated his vest at the "
            "wall, killing himself, and guards shot the other two before they reached the gate.")
    assert answer(body).killed == 3
    # negative: tolls after a colon that are not its parts (more than it told) are added
    more = ("Coalition forces killed two insurgents in Tani district, Khost province, on "
            "Sunday: a patrol killed three insurgents in an ambush and an air weapons team "
            "killed four more.")
    assert answer(more).killed == 9


def test_an_update_rows_paragraph_figure_wins_over_the_lede_total_joined_to_it() -> None:
    text = ("Aug. 18: Afghan-ISAF Operations Kill Insurgents in Eastern Afghanistan\n\n"
            "KABUL, Afghanistan (Aug. 18, 2010) - Afghan and coalition forces killed more than "
            "20 insurgents and detained several others in operations in eastern Afghanistan "
            "yesterday.\n\nIn Paktiya province, a combined force searching for a Haqqani network "
            "commander in the Zurmat district was fired upon by insurgents. The force returned "
            "fire, killing multiple insurgents.")
    assert read(text, dt.date(2010, 8, 18))[0].killed == 3
    # negative: a release that is no update counts the lede's figure its paragraph restates
    plain = text.replace("Aug. 18: Afghan-ISAF Operations Kill Insurgents in Eastern "
                         "Afghanistan\n\n", "").replace(" in operations in eastern Afghanistan",
                                                         " in Paktiya province")
    assert read(plain, dt.date(2010, 8, 18))[0].killed == 21


def test_a_man_who_ran_out_with_a_rifle_and_was_shot_and_killed_is_one() -> None:
    body = ("A Taliban leader was arrested today by an Afghan and coalition security force in "
            "Laghman province. As the force approached the compound an armed man ran out the "
            "back with a rifle and was shot and killed by the force.")
    assert answer(body).killed == 1
    # negative: two men so told are two
    assert answer(body.replace("an armed man ran", "two armed men ran").replace(
        "and was shot", "and were shot")).killed == 2
    # negative: the last of a joined subject is not the whole subject
    assert answer("A security force killed a Haqqani leader and one of his fighters in Zurmat "
                  "district, Paktiya province, yesterday. The leader and the fighter came out "
                  "carrying rifles and were killed.").killed == 2
