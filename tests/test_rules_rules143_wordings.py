"""Wordings the misses of the fresh open sets blind128-135 showed in the same dead told twice
(issue 14): a later toll of the same number, or one that names the leader inside it, tells
those dead again; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A ceiling codes as its figure, so a later "up to seven" of the figure told before is that
# toll again, whichever is told first; a ceiling of another strike, or "more", still adds.
def test_a_ceiling_of_the_figure_told_before_is_that_toll_again() -> None:
    body = ("A coalition aircraft struck a group of insurgents planting a roadside bomb in "
            "Zhari district, Kandahar province, last night, killing five.\n\nUp to five "
            "insurgents died in the strike, according to the patrol's report.")
    assert answer(body).killed == 5


def test_a_figure_after_a_ceiling_of_it_is_that_toll_again() -> None:
    body = ("A coalition air strike killed up to five insurgents planting a roadside bomb in "
            "Zhari district, Kandahar province, last night.\n\nFive insurgents died in the "
            "strike.")
    assert answer(body).killed == 5


def test_a_ceiling_of_a_separate_strike_adds() -> None:
    body = ("A coalition air strike killed five insurgents planting a roadside bomb in Zhari "
            "district, Kandahar province, last night.\n\nIn a separate strike, up to five "
            "insurgents were killed.")
    assert answer(body).killed == 10


def test_a_ceiling_of_another_figure_is_no_restatement() -> None:
    body = ("A coalition air strike killed five insurgents planting a roadside bomb in Zhari "
            "district, Kandahar province, last night.\n\nUp to three more insurgents died in "
            "the strike.")
    assert answer(body).killed == 8


# A toll its own sentence tells as another operation's ("In a separate strike") adds, even
# of the number told before.
def test_the_same_number_in_a_separate_strike_adds() -> None:
    body = ("A coalition air strike killed five insurgents planting a roadside bomb in Zhari "
            "district, Kandahar province, last night.\n\nIn a separate strike, five insurgents "
            "were killed.")
    assert answer(body).killed == 10


def test_the_same_number_told_again_of_the_strike_is_one_toll() -> None:
    body = ("A coalition air strike killed five insurgents planting a roadside bomb in Zhari "
            "district, Kandahar province, last night.\n\nFive insurgents were killed in the "
            "strike.")
    assert answer(body).killed == 5


# "Both men" after the one man the toll counted, told riding "with an armed associate" between
# them: he and that one, 2 (a word of the associate's own does not make him another group).
def test_both_men_after_he_rode_with_an_armed_associate_is_a_pair() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander in Nawa district, Helmand "
            "province, today.\n\nThe commander was struck by a coalition aircraft as he drove a "
            "pickup truck with an armed associate near the bazaar. Both men were killed.")
    assert answer(body).killed == 2


def test_two_more_after_he_rode_with_an_armed_associate_add() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander in Nawa district, Helmand "
            "province, today.\n\nThe commander was struck by a coalition aircraft as he drove a "
            "pickup truck with an armed associate near the bazaar. Two more insurgents were "
            "killed.")
    assert answer(body).killed == 3


# A later toll that names the lede's one man inside it, by the role the lede told him by ("The
# commander, Mullah ..., was killed today") or by his pronoun beside the men who died with him
# ("killing him and two fighters"), is his toll told again, even where a background strike
# told between (one that killed his predecessor) is the strike the later telling is read with.
def test_the_role_named_after_a_background_strike_is_the_ledes_man_again() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander who took charge of "
            "insurgents in Khakrez district, Kandahar province, when a previous air strike "
            "killed the group's former leader.\n\nThe commander, Mullah Abdul Rauf, was killed "
            "today in a precision air strike as he met with his fighters at a compound near "
            "the village of Sarkhanay. Two of his fighters were also killed.")
    assert answer(body).killed == 3


def test_another_role_named_after_a_background_strike_is_one_more() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander who took charge of "
            "insurgents in Khakrez district, Kandahar province, when a previous air strike "
            "killed the group's former leader.\n\nThe commander, Mullah Abdul Rauf, was killed "
            "today in a precision air strike as he met with his fighters at a compound near "
            "the village of Sarkhanay. The driver, Abdul Nasir, was also killed.")
    assert answer(body).killed == 2


def test_him_and_two_fighters_past_two_background_tolls_is_the_ledes_man_again() -> None:
    body = ("A coalition air strike killed a senior Taliban leader in Maiwand district, Kandahar "
            "province, yesterday.\n\nThe leader, Mullah Ghulam Nabi, took command of the "
            "district's insurgents after an earlier air strike killed their previous leader in "
            "May. He led an attack in April that killed four Afghan policemen. After ensuring "
            "no civilians were nearby, the security force called in a precision air strike on "
            "his vehicle, killing him and two fighters.")
    assert answer(body).killed == 3


# The lede's one toll told again by its figure in the story's telling of the fight is the same
# dead, even where the story's strike is read as one of its own ("After the patrol checked
# ..., it called in an air strike"); "more" and "In a separate strike" still add.
STORY = ("A coalition air strike killed four insurgents in Alasay district, Kapisa province, "
         "today.\n\nA joint Afghan and coalition patrol was attacked with rifle and rocket fire "
         "from a walled compound near the river. After the patrol checked that the compound "
         "held only fighters, it called in an air strike, and a coalition jet dropped a guided "
         "bomb on the compound, ")


def test_the_ledes_figure_told_again_in_the_story_is_the_same_dead() -> None:
    assert answer(STORY + "killing four insurgents.").killed == 4


def test_the_ledes_figure_told_as_more_in_the_story_adds() -> None:
    assert answer(STORY + "killing four more insurgents.").killed == 8


def test_the_ledes_figure_in_a_separate_strike_adds() -> None:
    body = STORY + "killing four insurgents. In a separate strike, four insurgents were killed."
    assert answer(body).killed == 8


# A background strike of another day with the lede's figure is its own dead, though its day
# sits inside the sentence ("follows an air strike ... on Saturday that killed five"): the two
# strikes are dated apart, and the toll is told in a clause of the background strike (review 5,
# H1).
BACKGROUND = ("Coalition forces killed five insurgents in an air strike in Shah Wali Kot district, "
              "Kandahar province, today.\n\nThe strike targeted a Taliban commander responsible "
              "for attacks in the area.\n\nThe operation follows an air strike in the same "
              "district on {day} that killed five insurgents.")


def test_a_background_strike_of_saturday_with_the_ledes_figure_adds() -> None:
    assert answer(BACKGROUND.format(day="Saturday")).killed == 10


def test_a_background_strike_of_monday_with_the_ledes_figure_adds() -> None:
    assert answer(BACKGROUND.format(day="Monday")).killed == 10


# A ceiling of the lede's figure from another strike is its own dead: told in another
# district's paragraph, or as "more" (review 5, M2).
def test_a_ceiling_of_the_figure_in_another_districts_paragraph_adds() -> None:
    body = ("An Afghan and coalition force killed seven insurgents in Baraki Barak district, "
            "Logar province, today.\n\nThe force was fired on during a search of a compound."
            "\n\nIn Charkh district, an air weapons team killed up to seven insurgents who were "
            "preparing an ambush.")
    assert answer(body).killed == 14


def test_a_ceiling_of_the_figure_told_as_more_adds() -> None:
    body = ("An Afghan and coalition force killed seven insurgents in Baraki Barak district, "
            "Logar province, today.\n\nIn a nearby village, an air strike killed up to seven "
            "more insurgents.")
    assert answer(body).killed == 14
