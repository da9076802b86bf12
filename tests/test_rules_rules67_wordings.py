"""Wordings the misses of the fresh open sets blind59-66 and blind71 showed in the releasing
side's own dead and in refuted and unread tolls (issue 14): each written as a short release of
our own, with negatives."""

from __future__ import annotations

from llmextract.evaluation import isaf
from tests.isaf_probes import DATELINE, answer, read


# An insider who opens fire on "his fellow soldiers" or "his colleagues" shoots his own side's
# men, whatever uniform the release says he wore: "killing three of them" are its own dead.
def test_an_insider_killing_his_fellow_soldiers_kills_the_releases_own() -> None:
    body = ("A man in an Afghan National Army uniform opened fire on his fellow soldiers at a "
            "patrol base in Nad Ali district, Helmand province, last night, killing three of "
            "them. ISAF extends its condolences to their families.")
    assert answer(body).killed == 0


def test_an_insider_killing_his_colleagues_kills_the_releases_own() -> None:
    body = ("ISAF condemns an attack on an Afghan Uniformed Police post in Nad Ali district, "
            "Helmand province, last night, in which a recruit opened fire on his colleagues "
            "while they ate, killing two of them. The recruit fled.")
    assert answer(body).killed == 0


def test_a_patrol_firing_on_a_commanders_fellow_fighters_kills_the_other_side() -> None:
    body = ("A Taliban commander fired on an Afghan patrol in Nad Ali district, Helmand "
            "province, last night; the patrol returned fire on him and his fellow fighters, "
            "killing three of them.")
    assert answer(body).killed == 3


# An apposition after a dead man's name that says he worked for the coalition ("the death of
# Habibullah, a civilian working with coalition forces as a driver,") names him its own.
def test_a_dead_man_set_off_as_working_with_the_coalition_is_its_own() -> None:
    body = ("ISAF mourns the death of Habibullah, a civilian working with coalition forces as a "
            "driver, who was killed yesterday when a roadside bomb struck his vehicle in Nadir "
            "Shah Kot district, Khost province.")
    assert answer(body).killed == 0


def test_a_dead_man_set_off_as_a_shopkeeper_is_counted() -> None:
    body = ("ISAF regrets the death of Habibullah, a shopkeeper, who was killed yesterday when "
            "a roadside bomb struck his vehicle in Nadir Shah Kot district, Khost province.")
    assert answer(body).killed == 1


# A memorial's "He died doing his job" points back to the ranked man it honours, the releasing
# side's own; a pronoun told after the other side's man is his.
def test_a_memorials_he_died_is_the_ranked_mans() -> None:
    body = ("Soldiers of a battalion based here gathered today to remember Staff Sgt. Owen Rusk, "
            "a squad leader who was killed by an insurgent bomb on June 9 while leading a "
            "patrol near Marjah, Helmand province. Rusk, 29, was on his third tour. \"He died "
            "looking after his soldiers,\" said his company commander, Capt. Leo Brandt.")
    assert answer(body).killed == 0


def test_he_died_after_the_other_sides_man_is_his() -> None:
    body = ("Soldiers of a battalion based here gathered today to remember Staff Sgt. Owen Rusk, "
            "a squad leader who was killed by an insurgent bomb on June 9 while leading a "
            "patrol near Marjah, Helmand province. Rusk, 29, was on his third tour. The patrol "
            "later found the insurgent who had planted the bomb. \"He died when he fired on the "
            "patrol,\" said his company commander, Capt. Leo Brandt.")
    assert answer(body).killed == 1


# A ceiling read as a clause's "as" cut the toll short: "killed a commander and as many as eight
# of his fighters" counts the fighters too (1 + 8), while "as he fled" still ends the toll.
def test_a_ceiling_after_and_is_part_of_the_toll() -> None:
    body = ("Afghan commandos, with coalition advisers, killed a Taliban commander and as many as "
            "eight of his fighters in Chak district, Wardak province, yesterday.")
    assert answer(body).killed == 9


def test_a_clause_opened_by_as_still_ends_the_toll() -> None:
    body = ("Afghan commandos, with coalition advisers, killed a Taliban commander as many of "
            "his fighters fled into the hills in Chak district, Wardak province, yesterday.")
    assert answer(body).killed == 1


# "Alongside" joins a second party to a passive toll as "along with" does: "two civilians were
# killed, alongside five insurgents, in a coalition air strike" is 7; "alongside him" is the man
# told, and "alongside the road" no one.
def test_a_party_joined_alongside_a_passive_toll_counts() -> None:
    body = ("A joint assessment team confirmed today that two civilians were killed, alongside "
            "five insurgents, in a coalition air strike in Pachir Wa Agam district, Nangarhar "
            "province, on Sunday.")
    assert answer(body).killed == 7


def test_one_killed_alongside_him_is_one_more() -> None:
    body = ("An Afghan and coalition force killed Mullah Zahir, a Taliban leader, in Pachir Wa "
            "Agam district, Nangarhar province, yesterday. One of his guards, who was also "
            "armed, was killed alongside him.")
    assert answer(body).killed == 2


def test_killed_alongside_a_road_joins_no_one() -> None:
    body = ("Two civilians were killed alongside the road to the district centre in Pachir Wa "
            "Agam district, Nangarhar province, yesterday when an insurgent bomb exploded.")
    assert answer(body).killed == 2


# A figure the release rejects as another party's claim, told again by someone after it ("A
# tribal elder ... repeated the figure of nine dead"), is the rejected figure, not dead the
# release reports; a figure a correction takes back is not rejected, and the dead it then tells
# by ground fire count, as does the release's own toll of another people.
def test_a_rejected_figure_repeated_is_not_counted() -> None:
    body = ("ISAF rejects a claim by a Taliban spokesman that a coalition air strike killed nine "
            "civilians in Muqur district, Ghazni province. No coalition aircraft conducted "
            "strikes in the district this week. A tribal elder, speaking to a local radio "
            "station, repeated the figure of nine dead. ISAF has asked the provincial governor "
            "to share what he knows.")
    assert answer(body).killed == 0


def test_a_corrected_figure_told_again_still_counts() -> None:
    body = ("A release issued yesterday incorrectly stated that a coalition air strike killed "
            "three insurgents in Muqur district, Ghazni province. No air strike was conducted. "
            "The three insurgents were killed by Afghan and coalition ground forces who "
            "returned fire on Sunday.")
    assert answer(body).killed == 3


def test_the_releases_own_toll_beside_a_rejected_figure_counts() -> None:
    body = ("ISAF rejects a claim by a Taliban spokesman that a coalition air strike killed nine "
            "civilians in Muqur district, Ghazni province. No coalition aircraft conducted "
            "strikes in the district this week. An Afghan and coalition patrol in the district "
            "was attacked yesterday and returned fire, killing nine insurgents.")
    assert answer(body).killed == 9


# Only an insider's, or a man of no side's, "fellow soldiers" and "colleagues" are the
# releasing side's: insurgents who attacked "their unit" or "their platoon" and were killed are
# the other side's dead.
def test_insurgents_who_attacked_their_unit_are_the_other_sides_dead() -> None:
    body = ("Coalition soldiers returned fire on insurgents who attacked their unit in Nad Ali "
            "district, Helmand province, today, killing four of them.")
    assert answer(body).killed == 4


def test_insurgents_who_attacked_their_platoon_are_the_other_sides_dead() -> None:
    body = ("An Afghan and coalition patrol engaged a group of insurgents who had attacked their "
            "platoon in Nad Ali district, Helmand province, today, killing four of them.")
    assert answer(body).killed == 4




# "Alongside" after the killers, or after the phrase that tells the killing, is who fought
# beside them, not more dead: the toll is one claim, of its own count.
def _counts(body: str) -> list[tuple[int | None, int | None]]:
    return [(claim.count.min, claim.count.max) for claim in read(DATELINE + body)[1]]


def test_killed_by_troops_alongside_a_partner_force_joins_no_one() -> None:
    assert _counts("Three insurgents were killed by coalition troops alongside Afghan soldiers "
                   "in Zhari district.") == [(3, 3)]


def test_killed_by_soldiers_fighting_alongside_police_joins_no_one() -> None:
    assert _counts("Three insurgents were killed by coalition soldiers fighting alongside Afghan "
                   "police in Zhari district.") == [(3, 3)]


def test_killed_in_an_operation_alongside_the_army_is_one() -> None:
    assert _counts("A Haqqani commander was killed in the operation alongside Afghan National "
                   "Army soldiers.") == [(1, 1)]


# A "He died" points back to the last man named: not a ranked spokesman who speaks after his
# name and its apposition, nor a ranked man named before the other side's man the release
# tells of after him. (Read at the pronoun itself: in these releases consolidation merges "He
# died" into the lede's toll, which hides the reading from the answer.)
def test_a_ranked_spokesman_set_off_before_said_is_not_whom_he_died_points_to() -> None:
    text = ("A coalition force killed Haji Abdul Zahir in Helmand province today. Lt. Col. "
            "Jimmie Cummings, an ISAF spokesman, said Zahir had planned attacks. He died when "
            "the force returned fire.")
    assert not isaf._ranked_told_last(text, text.index("He died"))


def test_a_ranked_man_saying_before_the_other_sides_man_is_not_whom_he_died_points_to() -> None:
    text = ("Lt. Col. Jimmie Cummings said a coalition force killed Haji Abdul Zahir in Helmand "
            "province today. He died when the force returned fire.")
    assert not isaf._ranked_told_last(text, text.index("He died"))


def test_a_ranked_spokesman_before_an_unnamed_dead_man_is_not_whom_he_died_points_to() -> None:
    text = ("Lt. Col. Jimmie Cummings, an ISAF spokesman, said a coalition force killed a bomb "
            "maker in Helmand province today. He died when the force returned fire.")
    assert not isaf._ranked_told_last(text, text.index("He died"))
