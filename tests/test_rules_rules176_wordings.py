"""Wordings the misses left open from the fresh open sets showed in a release's own vague count
and a party's number of the same dead told later (issue 14): the party's number told apart from
a leader the release numbered itself, a sentence or a paragraph on; the release's "them" of the
group it told before; its own count still to come in the paragraph right after the party's;
and an update row's restatement of its lede's vague toll; each written as a short release of
our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer

_LEDE = ("A coalition air strike killed a Taliban commander and an unknown number of his "
         "fighters in Shah Wali Kot district, Kandahar province, yesterday.")


# Beside a leader the release numbered itself, a party's dead told apart from him by a pronoun
# pointing back to him ("died with him") are its unknown part, however far on they are told:
# the leader and the party's four.
def test_dead_told_apart_from_the_leader_a_sentence_on_are_added_to_him() -> None:
    for between in (" The commander ran a network of bomb makers along Highway 1. ",
                    "\n\nThe commander ran a network of bomb makers along Highway 1. ",
                    "\n\n"):
        body = (_LEDE + between
                + "Provincial police officials said four fighters died with him.")
        assert answer(body).killed == 5, between


# negative: a party's whole toll of the strike in a sentence of its own, not told apart from
# him, is an account beside the release's own count, which stands
def test_a_partys_whole_toll_a_sentence_on_leaves_the_own_count() -> None:
    body = (_LEDE + " The commander ran a network of bomb makers along Highway 1. Provincial "
            "police officials said four insurgents were killed in the strike.")
    assert answer(body).killed == 4


# negative: dead told "with him" of another man, in an incident the release sets apart, are
# not the commander's fighters
def test_dead_with_another_man_in_a_separate_incident_are_not_his() -> None:
    body = (_LEDE + "\n\nIn a separate incident in Arghandab district, a patrol detained an "
            "insurgent facilitator. Provincial police officials said two fighters died with "
            "him.")
    assert answer(body).killed == 4


# The release's "them" is the group it told before ("struck a group of insurgents ..., killing
# an unknown number of them"): where its own count is still to come, a party's number of those
# insurgents is the toll, never added to the vague count.
def test_a_partys_number_of_them_is_the_toll_when_the_count_is_pending() -> None:
    body = ("Coalition aircraft struck a group of insurgents planting bombs near Gereshk, "
            "Helmand province, today, killing an unknown number of them.\n\nAfghan National "
            "Army commanders said seven insurgents were killed. A battle damage assessment is "
            "under way.")
    assert answer(body).killed == 7


# negative: told with no count to come, the party's number is an account beside the
# release's own count of its fight
def test_a_partys_number_of_them_with_no_count_to_come_leaves_the_own_count() -> None:
    body = ("Coalition aircraft struck a group of insurgents planting bombs near Gereshk, "
            "Helmand province, today, killing an unknown number of them.\n\nAfghan National "
            "Army commanders said seven insurgents were killed.")
    assert answer(body).killed == 3


# A count still to come, said in a sentence that opens the paragraph right after the party's
# and closes the account, makes the party's number the toll (not telling its dead apart from
# the leader: the strike's whole toll, the larger).
def test_a_count_to_come_opening_the_next_paragraph() -> None:
    body = ("Coalition aircraft killed a Taliban leader and an unknown number of insurgents in "
            "Nad-e Ali district, Helmand province, yesterday.\n\nThe leader directed attacks "
            "on police posts. Afghan National Police officials said seven insurgents were "
            "killed in the strike.\n\nA battle damage assessment is under way.")
    assert answer(body).killed == 7


# negative: an investigation of something else opening that paragraph says nothing of the count
def test_an_investigation_of_reports_opening_the_next_paragraph() -> None:
    body = ("Coalition aircraft killed a Taliban leader and an unknown number of insurgents in "
            "Nad-e Ali district, Helmand province, yesterday.\n\nThe leader directed attacks "
            "on police posts. Afghan National Police officials said seven insurgents were "
            "killed in the strike.\n\nAn investigation is under way into reports of civilian "
            "casualties.")
    assert answer(body).killed == 4


_UPDATE = ("Afghan and international forces killed a number of insurgents and detained six "
           "suspected insurgents in southern Afghanistan yesterday.\n\nIn Helmand province, a "
           "joint patrol in Sangin district was attacked by insurgents with machine-gun fire. "
           "The patrol called in coalition aircraft, which dropped a bomb on the firing "
           "position, killing an unknown number of insurgents")


# An update row that restates its lede's vague toll as "an unknown number of insurgents" is read
# where it says so: a party's number its sentence goes on to give is the row's toll.
def test_a_rows_unknown_number_numbered_in_its_sentence() -> None:
    body = _UPDATE + "; Afghan officials said five insurgents were killed."
    assert answer(body).killed == 5


# negative: the party's number in a sentence of its own leaves the row's own count
def test_a_rows_unknown_number_with_a_partys_number_in_a_sentence_of_its_own() -> None:
    body = _UPDATE + ". Afghan officials said five insurgents were killed."
    assert answer(body).killed == 3
