"""Wordings the misses left open on the fresh open sets showed in the same dead told again, a
part of them, and whose dead they are (issue 14): an account told over past dead added as
more, a part defined by its own clause, bodies counted before an item set off after them, a
period fronted before every toll of its sentence, and people who work at a post; each written
as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A paragraph that tells the lede's toll again by its figure reads against the toll the more
# dead were added to, past them: "killed five insurgents ... Three more died of their wounds.
# | ... Five insurgents were killed in the fighting" is eight, not thirteen.
def test_the_toll_told_again_past_more_dead_added_to_it() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Chapa Dara district, Kunar "
            "province, yesterday. Three more insurgents died of their wounds.\n\n"
            "The fight began when insurgents fired on an Afghan Border Police post from the "
            "ridge above it. Five insurgents were killed in the fighting.")
    assert answer(body).killed == 8


# negative: a toll of another figure after the more is told apart, more dead still
def test_another_figure_after_the_more_dead_is_apart() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Chapa Dara district, Kunar "
            "province, yesterday. Three more insurgents died of their wounds.\n\n"
            "In a separate engagement in the same district, five insurgents were killed when "
            "they attacked a patrol.")
    assert answer(body).killed == 13


# A group the release defines by a clause of its own, "All four gunmen who stormed the
# clinic", is a part of the toll of them all told before it, not more dead.
def test_a_part_defined_by_its_own_clause_is_of_the_toll_before() -> None:
    body = ("Afghan forces ended the attack on the district centre in Gereshk, Helmand "
            "province, today. Nine attackers were killed. All four gunmen who stormed the "
            "clinic were killed.")
    assert answer(body).killed == 9


# negative: the same group told without a toll of them all before it counts as it stands
def test_a_defined_group_alone_counts() -> None:
    body = ("Afghan forces ended the attack on the district centre in Gereshk, Helmand "
            "province, today. All four gunmen who stormed the clinic were killed.")
    assert answer(body).killed == 4


# negative: a defined group of the other side after the own side's toll is no part of it
def test_a_defined_group_of_the_other_side_is_no_part_of_the_own_toll() -> None:
    body = ("Insurgents attacked a checkpoint in Nahr-e Saraj district, Helmand province, "
            "yesterday, killing five Afghan policemen. The three insurgents who attacked the "
            "checkpoint were killed.")
    assert answer(body).killed == 3


# The count before "bodies of" counts the dead after it, whatever figure an item set off after
# them gives: "recovered five bodies of insurgents, along with two machine guns" is five.
def test_bodies_counted_before_an_item_set_off_after_them() -> None:
    body = ("Afghan soldiers repelled an attack on a checkpoint in Zhari district, Kandahar "
            "province, yesterday. A patrol searching the fields afterward recovered five "
            "bodies of insurgents, along with two machine guns and a radio.")
    assert answer(body).killed == 5


# negative: a count of its own in the victim's head stands ("the bodies of two insurgents")
def test_bodies_with_a_count_of_their_own() -> None:
    body = ("Afghan soldiers repelled an attack on a checkpoint in Zhari district, Kandahar "
            "province, yesterday. A patrol recovered the bodies of two insurgents, along with "
            "four rifles.")
    assert answer(body).killed == 2


# A running total's period fronted before its sentence dates every toll after it, not only
# the first part's: "Since the beginning of the year, ... have killed or captured 40 leaders
# ..., and killed 60 insurgents in the province" is history, beside a release's detention.
def test_a_fronted_period_dates_each_toll_of_its_sentence() -> None:
    body = ("An Afghan and coalition security force detained a Taliban facilitator in Dand "
            "district, Kandahar province, last night.\n\nSince the beginning of the year, "
            "Afghan and coalition forces have killed or captured more than 40 Taliban leaders "
            "in the south, and killed 60 insurgents in Kandahar alone.")
    assert answer(body).killed == 0


# negative: the period told after a toll, in another part of the sentence, leaves a toll of
# the release's own day standing
def test_a_period_after_the_first_part_leaves_the_days_toll() -> None:
    body = ("An Afghan and coalition security force killed two insurgents in Dand district, "
            "Kandahar province, last night, and have killed more than 60 insurgents in the "
            "district since the beginning of the year.")
    assert answer(body).killed == 2


# People told by their work at a post are the releasing side's own, as its soldiers are:
# "killing himself and three Afghan guards working at the base" counts the bomber alone.
def test_people_working_at_a_post_are_its_own() -> None:
    body = ("A suicide bomber detonated a car at the gate of a coalition base in Paktiya "
            "province this morning, killing himself and three Afghan guards working at the "
            "base.")
    assert answer(body).killed == 1


# negative: people at no post, or at the other side's, are not its own
def test_people_working_elsewhere_are_not_its_own() -> None:
    for where in ("working in a nearby field", "working at an insurgent checkpoint"):
        body = ("A suicide bomber detonated a car on the road in Paktiya province this "
                f"morning, killing himself and three laborers {where}.")
        assert answer(body).killed == 4, where
