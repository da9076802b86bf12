"""Wordings the misses left open from the fresh open sets showed in a release's own vague count
and a party's number of the same dead told later (issue 14): the party's number told apart from
a leader the release numbered itself, a sentence or a paragraph on; the release's "them" of the
group it told before; its own count still to come in the paragraph right after the party's;
and an update row's restatement of its lede's vague toll; each written as a short release of
our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read

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


# An operational update, under either of its titles, on its own line above the dateline.
_TITLES = ("ISAF Joint Command Operational Update June 14, 2011\n",
           "June 14: Afghan-ISAF Operations\n")


# An update row that restates its lede's vague toll as "an unknown number of insurgents" is read
# where it says so: a party's number its sentence goes on to give is the row's toll, in an
# operational update (rows a line or a paragraph apart) as in a plain release.
def test_a_rows_unknown_number_numbered_in_its_sentence() -> None:
    row = _UPDATE + "; Afghan officials said five insurgents were killed."
    for title in _TITLES:
        for rows in (row, row.replace("\n\n", "\n")):
            assert read(title + DATELINE + rows)[0].killed == 5, (title, rows)
    assert answer(row).killed == 5


# negative: the party's number in a sentence of its own leaves the row's own count
def test_a_rows_unknown_number_with_a_partys_number_in_a_sentence_of_its_own() -> None:
    row = _UPDATE + ". Afghan officials said five insurgents were killed."
    for title in _TITLES:
        assert read(title + DATELINE + row)[0].killed == 3, title
    assert answer(row).killed == 3


# The review's reproductions (review of rules176). _L and _B: a commander the release numbered
# itself with an unknown number of his fighters, and a paragraph more of his own account.
_L = ("A coalition air strike killed a Taliban commander and an unknown number of his fighters "
      "in Nahr-e Saraj district, Helmand province, yesterday.")
_B = "\n\nThe commander directed roadside bomb attacks on Afghan army convoys along Highway 1.\n\n"


# negative: "others" of another outcome (wounded, detained, fled) tell no dead apart from the
# leader: the party's whole toll in a sentence of its own leaves the release's own count
def test_others_of_another_outcome_tell_no_dead_apart_from_the_leader() -> None:
    for later in (_B + "Afghan officials said two insurgents were killed and three others "
                  "were wounded.",
                  " Afghan officials said two insurgents were killed and three others were "
                  "wounded.",
                  _B + "Afghan National Police said they killed two insurgents and detained "
                  "three others in the area.",
                  _B + "Afghan officials said four insurgents were killed and others fled into "
                  "the hills."):
        assert answer(_L + later).killed == 4, later


# negative: "him" of another man the release told of after its leader is that man's, not the
# leader's: the bomb maker's two dead are not the commander's fighters
def test_dead_with_a_later_man_are_not_the_leaders() -> None:
    body = (_L + _B + "In Musa Qal'ah district, Afghan forces killed a bomb maker, Mullah "
            "Karim. Provincial officials said two fighters died with him.")
    assert answer(body).killed == 5
    body = (_L + _B + "In a related operation, Afghan forces detained a Taliban facilitator in "
            "Gereshk. Police said two insurgents were killed with him.")
    assert answer(body).killed == 4


# negative: an investigation or an assessment of something else after the party's paragraph
# (the stock closing "An investigation is under way.") is no count still to come
def test_an_investigation_or_other_assessment_after_the_partys_paragraph() -> None:
    party = _L + _B + "Afghan officials said seven insurgents were killed in the strike.\n\n"
    for closing in ("A joint investigation is under way.",
                    "An assessment is under way of damage to a nearby mosque."):
        assert answer(party + closing).killed == 4, closing


# A count still to come told in a count's own words after the party's paragraph, a sentence or
# a paragraph further on, makes the party's number the toll.
def test_a_battle_damage_assessment_further_on() -> None:
    party = _L + _B + "Afghan officials said seven insurgents were killed in the strike.\n\n"
    for closing in ("No coalition forces were hurt. A battle damage assessment is under way.",
                    "No coalition forces were hurt.\n\nA battle damage assessment is under "
                    "way."):
        assert answer(party + closing).killed == 7, closing


# negative: the release's "them" is the group it fought, never a party's civilians
def test_a_partys_civilians_are_not_the_releases_them() -> None:
    body = ("Coalition aircraft struck a group of insurgents planting bombs near Gereshk, "
            "Helmand province, today, killing an unknown number of them.\n\nProvincial "
            "officials said two civilians were killed. A battle damage assessment is under way.")
    assert answer(body).killed == 3


# Dead told apart from the leader through his rank, or in the other order, are added to him as
# "died with him" is.
def test_dead_told_apart_from_the_leader_by_his_rank_or_in_the_other_order() -> None:
    for party in ("Afghan National Army commanders said four fighters died with the Taliban "
                  "commander.",
                  "Afghan officials said four fighters were killed along with the leader.",
                  "Afghan officials said four fighters were killed alongside the Taliban "
                  "leader.",
                  "Afghan officials said the commander died along with four fighters.",
                  "Afghan officials said the commander died with four of his fighters.",
                  "Afghan officials said four of the commander's fighters were also killed."):
        assert answer(_L + _B + party).killed == 5, party


def test_dead_told_apart_from_two_leaders() -> None:
    body = ("A coalition air strike killed two Taliban commanders and an unknown number of their "
            "fighters in Nahr-e Saraj district, Helmand province, yesterday." + _B
            + "Afghan officials said four fighters died with the commanders.")
    assert answer(body).killed == 6


# A count the release calls confirmed leaves dead told apart from the leader added to him all
# the same.
def test_dead_told_apart_beside_a_confirmed_count() -> None:
    body = (_L + " The toll was confirmed by the provincial governor." + _B
            + "Afghan officials said four fighters died with him.")
    assert answer(body).killed == 5


# An update row's "an unconfirmed number of" restates its lede's vague toll as "an unknown
# number of" does.
def test_a_rows_unconfirmed_number_numbered_in_its_sentence() -> None:
    body = (_UPDATE.replace("unknown number", "unconfirmed number")
            + "; Afghan officials said five insurgents were killed.")
    for title in _TITLES:
        assert read(title + DATELINE + body)[0].killed == 5, title
