"""Wordings the sixteenth blind set (``evals/isaf_blind/blind16.jsonl``, tolls spread across
sentences and paragraphs) showed the rules misread. Each probe is written anew in the releases'
style, not copied from that set, with negatives that keep the rule from reaching past its
wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_own_troops_confirming_a_toll_is_the_release_voice() -> None:
    lede = ("A coalition patrol was attacked by insurgents in Nadi Ali district, Helmand "
            "province, Friday, killing a number of insurgents. ")
    assert answer(lede + "After the fight, soldiers confirmed that five insurgents had been "
                  "killed.").killed == 5
    assert answer(lede + "When the patrol searched the compound, it confirmed four insurgents "
                  "were killed.").killed == 4
    assert answer(lede + "A patrol that searched the field Saturday found evidence that "
                  "confirmed six insurgents were killed.").killed == 6


def test_another_party_confirming_a_toll_is_still_its_own_account() -> None:
    lede = ("A coalition patrol was attacked by insurgents in Nadi Ali district, Helmand "
            "province, Friday, killing two insurgents. ")
    assert answer(lede + "Afghan soldiers confirmed that five insurgents had been "
                  "killed.").killed == 2
    assert answer(lede + "When the district police chief visited, he said nine insurgents "
                  "were killed.").killed == 2
    assert answer(lede + "When the ministry reviewed the fight, it confirmed seven insurgents "
                  "were killed.").killed == 2


def test_a_lede_toll_told_again_part_by_part_is_one_toll() -> None:
    assert answer("Seven insurgents were killed when they attacked a coalition patrol in Nad "
                  "Ali district, Helmand province, Sunday.\n\nThe patrol returned fire, killing "
                  "three of them near the canal.\n\nAn air weapons team later engaged the rest "
                  "in a tree line and killed four more insurgents.").killed == 7
    assert answer("Coalition forces killed 12 insurgents in Zharay district, Kandahar province, "
                  "over two days.\n\nOn Monday, eight insurgents were killed in an orchard.\n\n"
                  "On Tuesday, four more insurgents were killed near a bazaar.").killed == 12
    assert answer("An Afghan and coalition force killed a Taliban commander and several of his "
                  "fighters in Arghandab district, Kandahar province, yesterday.\n\nThe force "
                  "engaged the commander, killing Mullah Rahim at the gate. Four armed men who "
                  "ran toward the river were also killed.").killed == 5


def test_parts_that_overshoot_or_are_more_operations_add_to_the_lede() -> None:
    # the parts sum past the lede: more dead than it told
    assert answer("Five insurgents were killed when they attacked a coalition patrol in Nad Ali "
                  "district, Helmand province, Sunday.\n\nThe patrol returned fire, killing "
                  "three of them.\n\nFour more insurgents were killed later.").killed == 12
    # the first later toll is told as more than the lede
    assert answer("Coalition forces killed four insurgents in Zharay district, Kandahar "
                  "province, Monday.\n\nTwo more insurgents were killed Tuesday. Two other "
                  "insurgents were killed Wednesday.").killed == 8
    # a separate operation's toll is its own
    assert answer("Coalition forces killed four insurgents in Zharay district, Kandahar "
                  "province, Monday.\n\nIn a separate operation, two insurgents were killed in "
                  "an orchard. Two more were killed near the river.").killed == 8


def test_all_of_a_group_told_after_one_of_it_is_the_whole_group() -> None:
    assert answer("An Afghan-led force killed a Taliban commander in Nawa district, Helmand "
                  "province, Monday. The commander and three of his fighters fired on the force "
                  "from a roof. All four were killed.").killed == 4
    assert answer("An Afghan-led force killed a Taliban commander in Nawa district, Helmand "
                  "province, Monday. He and a bodyguard fired on the force. Both were "
                  "killed.").killed == 2
    # not a group that points back: a toll of its own beside the first
    assert answer("An Afghan-led force killed a Taliban commander in Nawa district, Helmand "
                  "province, Monday. In a separate operation, three insurgents were "
                  "killed.").killed == 4


def test_both_of_a_group_named_apart_from_the_first_toll_adds_to_it() -> None:
    assert answer("An Afghan-led force killed a Taliban commander in Nawa district, Helmand "
                  "province, Monday. Two insurgents then fired on the force from a roof; both "
                  "were killed.").killed == 3


def test_a_running_total_replaces_every_toll_it_sums() -> None:
    assert answer("Coalition forces killed nine insurgents in a firefight in Gelan district, "
                  "Ghazni province, Monday.\n\nThe bodies of three more insurgents were found "
                  "near the village the next morning, bringing to 12 the number killed in the "
                  "fight.").killed == 12
    assert answer("Coalition forces killed nine insurgents in a firefight in Gelan district, "
                  "Ghazni province, Monday.\n\nTwo wounded insurgents died in custody on "
                  "Tuesday, raising the toll to 11.").killed == 11
    # a figure that is not a total: the tolls add
    assert answer("Coalition forces killed nine insurgents in a firefight in Gelan district, "
                  "Ghazni province, Monday.\n\nThe bodies of three more insurgents were found "
                  "near the village the next morning.").killed == 12


def test_has_since_determined_is_an_update_not_a_running_total() -> None:
    assert answer("Civilians were killed during an engagement in Nad Ali district, Helmand "
                  "province, Monday.\n\nInitial reporting indicated that two civilians had been "
                  "killed. An assessment team that visited the site has since determined that "
                  "four civilians were killed.").killed == 4
    # "since" that starts a period still makes a running total
    assert answer("Two civilians were killed by a roadside bomb in Nad Ali district, Helmand "
                  "province, Monday. Insurgent bombs have killed 40 civilians in the district "
                  "since January.").killed == 2


def test_an_ordinal_told_twice_in_a_sentence_is_one_man() -> None:
    assert answer("A Taliban leader and two of his fighters were killed in a coalition air "
                  "strike in Chahar Darah district, Kunduz province, Sunday. Police found the "
                  "body of a fourth insurgent, who had been killed in the strike, in a canal "
                  "Monday.").killed == 4
    # two ordinals in two sentences are two men
    assert answer("A Taliban leader and two of his fighters were killed in a coalition air "
                  "strike in Chahar Darah district, Kunduz province, Sunday. Police found the "
                  "body of a fourth insurgent in a canal Monday. A fifth insurgent died of his "
                  "wounds Tuesday.").killed == 5


def test_can_confirm_that_a_strike_killed_reports_the_strike() -> None:
    body = ("ISAF can confirm that an air strike in Chapa Dara district, Kunar province, "
            "Sunday killed three insurgents.")
    assert answer(body).airstrike is True
    # a modal of the strike itself, or a doubt about it, still reports none
    assert answer("Patrols in Chapa Dara district, Kunar province, can call an air strike "
                  "when they come under fire.").airstrike is False
    assert answer("ISAF cannot confirm that an air strike took place in Chapa Dara district, "
                  "Kunar province, Sunday.").airstrike is False


def test_a_strike_others_reported_and_the_release_says_never_happened_is_none() -> None:
    assert answer("Local media have reported that two civilians were killed in a coalition "
                  "air strike in Andar district, Ghazni province, Friday. No air strike took "
                  "place.").airstrike is False
    # reported by others and not refuted: the strike stands
    assert answer("Local media have reported that two insurgents were killed in a coalition "
                  "air strike in Andar district, Ghazni province, Friday. ISAF is looking into "
                  "the reports.").airstrike is True


def test_support_fire_beside_a_strike_called_false_is_no_air_strike() -> None:
    body = ("Reports that a coalition air strike killed civilians in Dangam district, Kunar "
            "province, Friday are untrue. Coalition helicopters supporting an Afghan patrol "
            "engaged three insurgents firing from a ridge, killing them.")
    assert answer(body).airstrike is False
    assert answer("ISAF conducted no air strike in Dangam district, Kunar province, Friday. "
                  "Coalition helicopters supporting an Afghan patrol engaged three insurgents "
                  "firing from a ridge, killing them.").airstrike is False
    # reports of a strike the release confirms: the strike stands
    assert answer("Reports that a coalition air strike killed three insurgents in Dangam "
                  "district, Kunar province, Friday are accurate. Coalition helicopters "
                  "supporting an Afghan patrol also engaged the group.").airstrike is True


def test_the_other_two_closes_a_lede_group_told_part_by_part() -> None:
    assert answer("A joint force killed five insurgents, two of them carrying explosives, in "
                  "Andar district, Ghazni province, Monday.\n\nOne of the two blew himself up "
                  "as the force closed in, killing himself. The force shot the other bomber. "
                  "The remaining three were killed in the firefight that followed.").killed == 5
    # "the other two" alone after the lede, with no part before it: a group of its own
    assert answer("A joint force killed five insurgents in Andar district, Ghazni province, "
                  "Monday.\n\nThe other two members of the cell were killed on "
                  "Tuesday.").killed == 7


def test_a_toll_of_the_dated_attack_the_target_planned_is_not_counted() -> None:
    text = ("KABUL, Afghanistan (Nov. 8, 2012) – An Afghan and coalition security force "
            "arrested a Taliban commander in Sabari district, Khost province, Wednesday. The "
            "commander is believed to have planned the Nov. 3 attack on a district checkpoint "
            "that killed three civilians.")
    a = read(text, dt.date(2012, 11, 8))[0]
    assert a.killed == 0
    assert a.start_date == dt.date(2012, 11, 7)
    # the operation's own toll, told beside a plan of attacks, still counts
    assert answer("An Afghan and coalition security force killed a Taliban commander who had "
                  "planned attacks on checkpoints in Sabari district, Khost province, Tuesday. "
                  "Two of his fighters were also killed.").killed == 3
