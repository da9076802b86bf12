"""Wordings the misses left open from the fresh open sets showed in the same dead told again
(issue 14): who the dead were, a definite "the commander and his fighters", a total "in all",
a first report the release confirms its own count over, and the dead of a relative clause that
says whom they were not with; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


# Who the dead were, named after "Those killed were", is the toll told before enumerated, not
# more dead beside it.
def test_who_the_dead_were_is_the_toll_again() -> None:
    for opening in ("Those killed were", "The victims were"):
        body = ("A joint Afghan and coalition team has found that four civilians were killed "
                "yesterday in Nerkh district, Wardak province, when a patrol fired on a car "
                "that did not stop at a checkpoint.\n\n"
                "The patrol fired after the car ignored warning shots. "
                f"{opening} an elderly man, two of his grandsons and a neighbor walking home "
                "from the bazaar.")
        assert answer(body).killed == 4, opening


# negative: more dead told after the toll, by a count of their own, still add
def test_more_dead_after_a_toll_still_add() -> None:
    body = ("A joint Afghan and coalition team has found that three civilians were killed "
            "yesterday in Nerkh district, Wardak province, when a patrol fired on a car.\n\n"
            "Two more civilians were killed when a second car was struck.")
    assert answer(body).killed == 5


# "the commander and his fighters ... were killed", the subject of two verbs, are the lede's
# commander and his men told again.
def test_the_commander_and_his_fighters_fired_and_were_killed() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader and three of his "
            "fighters during an operation in Nad 'Ali district, Helmand province, today.\n\n"
            "When the force reached the compound, the leader and his fighters opened fire from "
            "a window and were killed in the exchange.")
    assert answer(body).killed == 4


# negative: a new group that fires and is killed is more dead
def test_a_new_group_that_fired_and_was_killed_adds() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader and three of his "
            "fighters during an operation in Nad 'Ali district, Helmand province, today.\n\n"
            "As the force left the village, two other insurgents opened fire from a ditch and "
            "were killed in the exchange.")
    assert answer(body).killed == 6


# A total told "in all" holds the part told before it: the bodies of four and then six in all
# are six.
def test_a_total_in_all_holds_the_part_told_before() -> None:
    body = ("Afghan National Police in Jaghori district, Ghazni province, recovered the bodies "
            "of three insurgents after a firefight yesterday.\n\n"
            "The police had been sent to clear a roadblock. Five bodies were recovered in all, "
            "two of them of drivers the insurgents had taken from their trucks and shot.")
    assert answer(body).killed == 5


# negative: a roundup "in all" of operations across a region is no total of the one fight
def test_a_roundup_in_all_is_not_the_fights_total() -> None:
    body = ("Coalition aircraft struck a group of insurgents firing rockets at a base in "
            "Alingar district, Laghman province, this afternoon, killing four insurgents.\n\n"
            "In all, Afghan and coalition forces killed 12 insurgents in operations across "
            "eastern Afghanistan today.")
    assert answer(body).killed == 4


# A first report told after the release's own count gives way to it when the release then
# confirms that count.
def test_a_first_report_after_the_lede_gives_way_to_its_confirmed_count() -> None:
    body = ("Six insurgents were killed during an engagement between a coalition patrol and "
            "insurgents in Gereshk district, Helmand province, yesterday.\n\n"
            "Initial reports indicated that three insurgents were killed. A subsequent "
            "assessment by the patrol, after it searched the area this morning, confirmed that "
            "six insurgents died in the fighting.")
    assert answer(body).killed == 6


# negative: a first report with the one who died since makes the lede's toll, not the lede's
# toll plus him
def test_a_first_report_and_the_wounded_who_died_make_the_lede() -> None:
    body = ("A coalition precision strike killed a Taliban facilitator and two other "
            "insurgents in Dangam district, Kunar province, yesterday.\n\n"
            "Initial reporting after the strike indicated two insurgents had been killed and a "
            "third wounded. Later reporting confirms that the wounded insurgent died the same "
            "day.")
    assert answer(body).killed == 3


# Civilians a relative clause says were not of the insurgents, who were somewhere and were
# "also killed", are the civilians told before, not insurgents nor more dead.
def test_civilians_not_connected_with_the_insurgents_are_the_civilians_again() -> None:
    body = ("The International Security Assistance Force today acknowledged that two civilians "
            "were killed during a coalition air strike in Gulistan district, Farah province, "
            "on Sunday.\n\n"
            "Coalition aircraft struck a compound the insurgents had fled into, killing three "
            "insurgents.\n\n"
            "An assessment team found that a woman and her son who were not connected with the "
            "insurgents were in a neighboring room at the time of the strike and were also "
            "killed.\n\n"
            "\"We deeply regret the loss of these two lives,\" said an ISAF spokesman.")
    assert answer(body).killed == 5


# negative: people of the insurgents' own, in the same shape, are insurgents
def test_men_who_were_with_the_insurgents_were_also_killed() -> None:
    body = ("Coalition aircraft struck a compound in Gulistan district, Farah province, on "
            "Sunday, killing three insurgents.\n\n"
            "An assessment team found that two men who were carrying rifles for the insurgents "
            "were in a neighboring room at the time of the strike and were also killed.")
    assert answer(body).killed == 5


# negative: a total "in all" of the killed or wounded counts the hit, not the dead, and holds
# no toll told before it
def test_a_total_of_the_killed_or_wounded_holds_no_toll() -> None:
    body = ("An ISAF patrol killed three insurgents in Nawa district, Helmand province, "
            "yesterday.\n\n"
            "A total of five insurgents were killed or wounded in the exchange.")
    assert answer(body).killed == 3


# negative: a first report of a second engagement gives no way to the lede's figure because
# "three more" of that engagement repeats it
def test_a_first_report_of_another_engagement_stands_beside_the_lede() -> None:
    body = ("A coalition patrol killed three insurgents in Gereshk district, Helmand province, "
            "yesterday.\n\n"
            "In a second engagement later in the day, a patrol in Sangin district came under "
            "fire. Initial reports indicate that two insurgents were killed. An air weapons "
            "team supporting the patrol killed three more insurgents as they fled.")
    assert answer(body).killed == 8


# The release's confirmation told first, the initial report it replaced after: the confirmed
# count all the same (its teller set off from the verb by a time clause is no speaker).
def test_a_first_report_told_after_its_confirmation_gives_way() -> None:
    body = ("Six insurgents were killed during an engagement between a coalition patrol and "
            "insurgents in Gereshk district, Helmand province, yesterday.\n\n"
            "A subsequent assessment by the patrol, after it searched the area this morning, "
            "confirmed that six insurgents died in the fighting. Initial reports had indicated "
            "that three insurgents were killed.")
    assert answer(body).killed == 6


# negative: who the dead of a separate attack were are its dead, not the lede's told again
def test_who_the_dead_of_a_separate_attack_were_adds() -> None:
    body = ("Insurgents killed five civilians when they fired on a bus in Arghandab district, "
            "Kandahar province, yesterday.\n\n"
            "In a separate attack in Zhari district, a roadside bomb struck a car carrying a "
            "family to a wedding. Those killed were two men and a boy.")
    assert answer(body).killed == 8


# "the commander and his bodyguards", any people told as his, are the lede's men again.
def test_the_commander_and_his_bodyguards_fired_and_were_killed() -> None:
    for men in ("bodyguards", "associates"):
        body = ("An Afghan and coalition security force killed a Taliban commander and two of "
                f"his {men} during an operation in Nad 'Ali district, Helmand province, "
                "today.\n\n"
                f"When the force arrived, the commander and his {men} fired on it from a "
                "rooftop and were killed in the return fire.")
        assert answer(body).killed == 3, men


# A total "in all" in a sentence that opens on the lede's district holds the lede's toll.
def test_a_total_in_the_ledes_district_holds_its_toll() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Sangin district, Helmand "
            "province, yesterday.\n\n"
            "The insurgents had attacked a patrol base. In Sangin district, a total of five "
            "insurgents were killed during the clearing operation.")
    assert answer(body).killed == 5


# negative: a total "in all" of another district is another fight's
def test_a_total_of_another_district_adds() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Sangin district, Helmand "
            "province, yesterday.\n\n"
            "A total of five insurgents were killed in an air strike in Musa Qal'ah district.")
    assert answer(body).killed == 7


# One subject of two passives past a relative clause of its own: the driver "was stopped ...
# and was killed" is one dead man.
def test_the_driver_who_was_alone_was_stopped_and_was_killed() -> None:
    body = ("A coalition patrol fired on a car that did not stop at a checkpoint in Nerkh "
            "district, Wardak province, yesterday.\n\n"
            "The driver, who was alone in the car, was stopped at the checkpoint and was "
            "killed.")
    assert answer(body).killed == 1


# People a relative clause says were unconnected to the insurgents are civilians, not a mix.
def test_people_unconnected_to_the_insurgents_are_civilians() -> None:
    body = ("Coalition aircraft struck a compound in Gulistan district, Farah province, on "
            "Sunday, killing three insurgents.\n\n"
            "An assessment team found that a man and a boy who were unconnected to the "
            "insurgents were in the next room and were killed.")
    found, claims = read(DATELINE + body)
    assert found.killed == 5
    assert [c.population for c in claims if c.count.min == 2] == ["civilian"]
