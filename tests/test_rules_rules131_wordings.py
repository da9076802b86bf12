"""Wordings the misses of the fresh open sets blind112-119 showed in a leader's toll told again
with the leader inside it, a strike recalled with its own earlier month between the two, and a
leader's name in apposition before "and N of his fighters" (issue 14): each written as a short
release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer

# A leader's death told in the lede and the strike told again later as "killing him and one
# associate": the pronoun puts the lede's man among the later toll, which is the whole (2, not
# 1 + 2).
LEDE_THEN_HIM_AND = ("Afghan and coalition forces killed a Taliban commander during an air "
                     "strike in Nad-e Ali district, Helmand province, yesterday.\n\nThe commander "
                     "moved weapons into the district for attacks on police posts. After "
                     "tracking him for two days, the security force struck his vehicle on a "
                     "desert road, killing him and {rest}")


def test_killing_him_and_others_after_the_lede_tells_the_lede_man_again() -> None:
    assert answer(LEDE_THEN_HIM_AND.format(rest="one associate.")).killed == 2
    assert answer(LEDE_THEN_HIM_AND.format(rest="two of his bodyguards.")).killed == 3


def test_killing_him_then_others_told_apart_still_adds() -> None:
    body = LEDE_THEN_HIM_AND.format(rest="").rstrip(" and") + (
        ". Two other insurgents were killed in a separate strike nearby.")
    assert answer(body).killed == 3


def test_a_leader_and_his_fighters_in_the_lede_stays_one_toll() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander and two of his fighters "
            "during an air strike in Nad-e Ali district, Helmand province, yesterday.")
    assert answer(body).killed == 3


# "The three insurgents" after the lede's named man told with two others ("engaged Rahim and two
# of his associates"): the article and the number point back to that group, as "all three" does.
def test_the_number_of_insurgents_points_back_to_the_leader_and_his_men() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander, known as Mullah Rahim, in "
            "a precision air strike in Shah Wali Kot district, Kandahar province, yesterday.\n\n"
            "Coalition aircraft engaged Rahim and two of his associates as they drove on a "
            "remote track.\n\nA ground assessment confirmed the three insurgents were killed.")
    assert answer(body).killed == 3


def test_the_number_of_insurgents_told_by_no_group_before_is_more_dead() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander, known as Mullah Rahim, in "
            "a precision air strike in Shah Wali Kot district, Kandahar province, yesterday.\n\n"
            "Later, a patrol saw three insurgents planting a bomb on the road.\n\nThe patrol "
            "engaged, and the three insurgents were killed.")
    assert answer(body).killed == 4


# A strike the release recalls with its own earlier month ("after an earlier air strike killed
# his predecessor in March") does not carry the story past its paragraph: "the strike" and a
# toll opening the next paragraph are the lede's.
RECALLED = ("Afghan and coalition forces killed Taliban commander Mullah Rahim in a precision "
            "air strike in Shah Wali Kot district, Kandahar province, yesterday.\n\nRahim took "
            "command of the group after an earlier air strike killed its previous leader in "
            "March.\n\n{story}")


def test_the_strike_past_a_recalled_one_is_the_ledes() -> None:
    story = ("The security force tracked Rahim to a remote compound. After ensuring no "
             "civilians were present, the force conducted the strike, killing him and one other "
             "insurgent.")
    assert answer(RECALLED.format(story=story)).killed == 2


def test_a_toll_opening_the_paragraph_past_a_recalled_strike_is_the_ledes() -> None:
    story = ("After ensuring no civilians were present, the force engaged Rahim and one other "
             "insurgent as they rode a motorcycle, killing both.")
    assert answer(RECALLED.format(story=story)).killed == 2


def test_a_toll_in_the_recalled_strikes_own_sentence_stays_its_own() -> None:
    body = ("Afghan and coalition forces killed Taliban commander Mullah Rahim in a precision "
            "air strike in Shah Wali Kot district, Kandahar province, yesterday.\n\nRahim took "
            "command of the group after an earlier air strike killed its previous leader and "
            "four of his fighters in March.")
    assert answer(body).killed == 1


# A leader's name in apposition ("a Taliban leader known as Mullah Karim") before the men killed
# with him counted by a bound: one toll of the leader and his men, as without the name.
def test_a_named_leader_and_more_than_five_of_his_fighters_is_one_toll() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader known as Mullah "
            "Karim and more than five of his fighters during an operation in Qaisar district, "
            "Faryab province, last night.\n\nWhen the force arrived, the insurgents fired on it. "
            "The force returned fire, killing Karim and his fighters.")
    assert answer(body).killed == 7


def test_a_named_leader_and_up_to_a_dozen_of_his_fighters_is_one_toll() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander known as Mullah "
            "Karim and up to a dozen of his fighters in Chora district, Uruzgan province, "
            "yesterday.")
    assert answer(body).killed == 13


def test_a_named_leader_told_alone_before_another_toll_is_one_man() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander known as Mullah "
            "Karim in Chora district, Uruzgan province, yesterday. More than five insurgents "
            "were detained.")
    assert answer(body).killed == 1


# A toll past the recalled strike's paragraph that still tells of it (its man named, "also",
# "with him", a pointer to it: "That strike") stays the recalled strike's (review 1, H2; review
# 2, M2).
RECALLED_NAMED = ("Afghan and coalition forces killed Taliban commander Mullah Rahim in a "
                  "precision air strike in Shah Wali Kot district, Kandahar province, "
                  "yesterday.\n\nRahim took command of the group after an earlier air strike "
                  "killed its previous leader, Mullah Zahir, in March.\n\n{story}")


def test_a_toll_naming_the_recalled_strikes_man_stays_its_own() -> None:
    story = "Zahir and two of his bodyguards were killed as they drove to a meeting."
    assert answer(RECALLED_NAMED.format(story=story)).killed == 1


def test_a_toll_told_also_with_the_recalled_strikes_man_stays_its_own() -> None:
    story = "Two of Zahir's bodyguards were also killed with him."
    assert answer(RECALLED_NAMED.format(story=story)).killed == 1


RECALLED_BY_MONTH = ("Coalition forces killed Taliban commander Mullah Sakhi in a precision air "
                     "strike in Nad Ali district, Helmand province, yesterday.\n\n{background}"
                     "\n\n{story}")


def test_the_strike_also_killing_more_after_a_recalled_one_stays_the_recalled() -> None:
    body = RECALLED_BY_MONTH.format(
        background=("In March, coalition aircraft struck a compound in Marjah district, "
                    "killing the group's leader."),
        story="The strike also killed four of his bodyguards.")
    assert answer(body).killed == 1


def test_that_strike_points_back_at_the_recalled_one() -> None:
    body = RECALLED_BY_MONTH.format(
        background=("Sakhi took command of the group after an earlier air strike killed its "
                    "leader in March."),
        story="That strike also killed four of his bodyguards.")
    assert answer(body).killed == 1


# The lede's leader and his men told again by name ("Agha and his fighters were killed"): the
# same group whether its men came "and ..." or "along with ..." him, and whether counted by a
# floor or a ceiling (7 and 13, not one more).
NAMED_THEN_AGAIN = ("Afghan and coalition forces killed a Taliban commander{leader} {men} of his "
                    "fighters in an air strike in Zhari district, Kandahar province, yesterday."
                    "\n\nAgha and his fighters were killed as they met in a compound.")


def test_a_leader_along_with_more_than_five_of_his_fighters_told_again_is_one_toll() -> None:
    for men in ("and more than five", "along with more than five"):
        body = NAMED_THEN_AGAIN.format(leader=", Mullah Noor Agha,", men=men)
        assert answer(body).killed == 7, men


def test_a_leader_and_up_to_a_dozen_of_his_fighters_told_again_is_one_toll() -> None:
    body = NAMED_THEN_AGAIN.format(leader=" known as Mullah Noor Agha", men="and up to a dozen")
    assert answer(body).killed == 13


# "Killing him and N others" after a new man is brought in ("an insurgent leader opened fire",
# "a second insurgent fired on the patrol"): the pronoun is that man, not the lede's, and the
# later toll is more dead (1 + 3, not 3).
NEW_MAN_THEN_HIM = ("Afghan and coalition forces killed {lede} during an operation in Zhari "
                    "district, Kandahar province, yesterday.\n\n{later}")


def test_killing_him_and_others_after_a_new_man_is_brought_in_adds() -> None:
    body = NEW_MAN_THEN_HIM.format(
        lede="an insurgent", later="As the force withdrew, an insurgent leader opened fire from "
        "a rooftop. An air weapons team engaged, killing him and two of his fighters.")
    assert answer(body).killed == 4
    body = NEW_MAN_THEN_HIM.format(
        lede="a Taliban commander", later="Later, a second insurgent fired on the patrol from a "
        "compound. The force returned fire, killing him and two other insurgents.")
    assert answer(body).killed == 4
