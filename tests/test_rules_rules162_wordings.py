"""Wordings the misses of the fresh open sets blind160-167 showed in parties' claims, refutations
and values (issue 14): a party's claim told in a relative clause, a bomber's "himself" in a
list, bodies counted before "of", and a party's number of dead the release said it had yet to
count; each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# A relative "where" opens a clause with a subject of its own: the officials there speak, so the
# toll is their claim, and the release's word that no air strike was made refutes it.
def test_a_claim_told_in_a_relative_where_clause_is_the_partys() -> None:
    body = ("ISAF has no record of an air strike in Sayyidabad district, Wardak province, where "
            "local elders told reporters that a coalition air strike had killed four civilians "
            "on Tuesday.\n\n\"No coalition aircraft struck in Sayyidabad on Tuesday,\" an ISAF "
            "spokesman said.")
    assert answer(body).killed == 0


# (the release's own officials speaking in it keep their toll: the clause hands no toll to a
# party that would drop it)
def test_a_release_that_tells_its_own_strike_where_officials_spoke_keeps_its_toll() -> None:
    body = ("Afghan and coalition forces conducted an operation in Sayyidabad district, Wardak "
            "province, on Tuesday, where ISAF officials said the force killed three insurgents.")
    assert answer(body).killed == 3


# A relative "when" opening a comma chunk opens a clause as "where" does.
def test_a_claim_told_in_a_relative_when_clause_is_the_partys() -> None:
    body = ("ISAF has no record of any air strike in Chak district, Wardak province, on Monday, "
            "when district officials say a NATO air strike killed five civilians. \"We "
            "conducted no air strikes in Chak district on Monday,\" an ISAF spokesman said.")
    assert answer(body).killed == 0


# A bomber's "himself" points back to the sentence's subject and takes no apposition: the own
# soldier after it is the next item of the list, and the bomber still counts.
def test_a_bombers_himself_before_an_own_soldier_in_a_list_counts() -> None:
    body = ("A suicide bomber drove a car laden with explosives into a coalition patrol in "
            "Bagram district, Parwan province, today, killing himself, an ISAF soldier and three "
            "Afghan civilians.")
    assert answer(body).killed == 4


def test_a_named_man_set_off_as_working_with_isaf_stays_the_releases_own() -> None:
    body = ("Insurgents attacked a coalition patrol in Bagram district, Parwan province, today, "
            "killing Rahmatullah, a civilian working with ISAF as an interpreter.")
    assert answer(body).killed == 0


# The number before "bodies" counts the dead after "of".
def test_a_count_of_bodies_of_insurgents_is_their_toll() -> None:
    body = ("Afghan and coalition forces recovered four bodies of insurgents after a firefight "
            "in Pech district, Kunar province, yesterday.")
    assert answer(body).killed == 4


def test_more_bodies_of_insurgents_add_no_count_of_their_own() -> None:
    body = ("Afghan and coalition forces killed three insurgents in a firefight in Pech "
            "district, Kunar province, yesterday. The patrol later recovered two more bodies of "
            "insurgents.")
    assert answer(body).killed == 3


# The release's own unknown number gives way to a party's number of the same dead told after the
# release says its own count is still to come; beside the dead the toll numbered itself, the
# leader stays counted.
def test_a_partys_number_after_a_pending_assessment_numbers_the_unknown() -> None:
    body = ("A coalition air strike in Shigal district, Kunar province, last night killed a "
            "Taliban commander, Mullah Sadiq, and an unknown number of his fighters.\n\nThe "
            "commander led attacks on Afghan police posts in the valley.\n\nA battle damage "
            "assessment is under way. Provincial officials said four fighters died with him.")
    assert answer(body).killed == 5


def test_an_unknown_number_numbered_after_a_pending_assessment_alone() -> None:
    body = ("A coalition air strike killed an unknown number of insurgents in Shigal district, "
            "Kunar province, last night.\n\nAn assessment is under way. Provincial officials "
            "said four insurgents were killed.")
    assert answer(body).killed == 4


def test_a_partys_number_with_no_pending_count_leaves_the_unknown_number() -> None:
    body = ("A coalition air strike in Shigal district, Kunar province, last night killed a "
            "Taliban commander, Mullah Sadiq, and an unknown number of his fighters.\n\nThe "
            "commander led attacks on Afghan police posts in the valley.\n\nProvincial "
            "officials said four fighters were killed.")
    assert answer(body).killed == 4


# A release that looks back on an incident (the findings of an assessment, a memorial) holds a
# day a full week before its dateline (June 7 under June 14) as before its week: history, and
# the release dated by its own day; a release that reports the incident itself keeps that day.
def test_findings_on_a_strike_a_full_week_back_recall_it() -> None:
    body = ("A joint Afghan and ISAF assessment team has completed its review of an air strike "
            "on June 7 in Sharana district, Paktika province, and found that two civilians were "
            "killed.")
    got = answer(body)
    assert (got.killed, got.airstrike, got.start_date) == (0, False, dt.date(2011, 6, 14))


def test_findings_on_a_strike_six_days_back_report_it() -> None:
    body = ("A joint Afghan and ISAF assessment team has completed its review of an air strike "
            "on June 8 in Sharana district, Paktika province, and found that two civilians were "
            "killed.")
    got = answer(body)
    assert (got.killed, got.airstrike, got.start_date) == (2, True, dt.date(2011, 6, 8))


def test_a_memorial_of_a_soldier_killed_a_full_week_back_is_dated_by_its_day() -> None:
    body = ("Soldiers of Task Force Bastogne gathered today at Forward Operating Base Fenty to "
            "honor Sgt. Aaron Pike, who was killed June 7 when insurgents attacked his patrol "
            "with a roadside bomb in Sherzad district.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_an_operation_a_full_week_back_reported_itself_keeps_its_day() -> None:
    body = ("Afghan National Security Forces conducted an operation in Sherzad district, "
            "Nangarhar province, June 7, which resulted in the deaths of four insurgents, "
            "according to official reports.")
    got = answer(body)
    assert (got.killed, got.start_date) == (4, dt.date(2011, 6, 7))


# A memorial's mourned told with the unit they served in ("two soldiers of Task Force Bronco
# who were killed") are still its dead: dated by the day they fell, within the week, and placed
# where they fell, not where the ceremony "was held", before them in the sentence.
def test_the_mourned_of_a_named_unit_are_dated_and_placed_where_they_fell() -> None:
    body = ("A ramp ceremony was held at Kandahar Airfield today for three Romanian soldiers of "
            "Task Force Dracula who were killed June 11 when their vehicle struck a roadside "
            "bomb in Shah Joy district, Zabul province.")
    got = answer(body)
    assert (got.killed, got.provinces, got.start_date) == (
        0, frozenset({"zabul"}), dt.date(2011, 6, 11))


def test_a_place_opening_the_memorials_sentence_is_still_where_they_fell() -> None:
    body = ("In Shah Joy district, Zabul province, a ceremony was held today for three Romanian "
            "soldiers who were killed June 11 when their vehicle struck a roadside bomb.")
    got = answer(body)
    assert (got.killed, got.provinces, got.start_date) == (
        0, frozenset({"zabul"}), dt.date(2011, 6, 11))


def test_a_visit_to_the_wounded_of_a_named_unit_tells_no_dead() -> None:
    body = ("Coalition commanders visited three Romanian soldiers of Task Force Dracula who were "
            "wounded June 11 when their vehicle struck a roadside bomb in Shah Joy district, "
            "Zabul province.")
    got = answer(body)
    assert (got.killed, got.provinces) == (0, frozenset({"zabul"}))


# Only a lede whose investigation has the incident for its object, told before the lede tells a
# killing of its own, looks back (the review of an air strike above): an operation's own
# assessment of its strike, a confirmation, or findings told as the incident itself keep a day
# a full week back as the incident's.
def test_an_initial_assessment_after_the_strike_keeps_its_day() -> None:
    body = ("A coalition air strike killed four insurgents in Shah Wali Kot district, Kandahar "
            "province, June 7. An initial assessment found no civilians were harmed in the "
            "strike.")
    got = answer(body)
    assert (got.killed, got.airstrike, got.start_date) == (4, True, dt.date(2011, 6, 7))


def test_a_follow_on_assessment_after_the_operation_keeps_its_day() -> None:
    body = ("Afghan and coalition forces killed four insurgents in Shah Wali Kot district, "
            "Kandahar province, June 7. A follow-on assessment found two weapons caches in the "
            "compound.")
    got = answer(body)
    assert (got.killed, got.start_date) == (4, dt.date(2011, 6, 7))


def test_a_confirmation_of_a_strike_a_full_week_back_keeps_its_day() -> None:
    body = ("ISAF confirmed today that two insurgents were killed in a coalition air strike in "
            "Shah Wali Kot district, Kandahar province, June 7.")
    got = answer(body)
    assert (got.killed, got.airstrike, got.start_date) == (2, True, dt.date(2011, 6, 7))


def test_findings_told_as_the_incident_itself_keep_its_day() -> None:
    body = ("A joint Afghan and ISAF assessment team found that two civilians were killed in an "
            "air strike in Sharana district, Paktika province, on June 7.")
    got = answer(body)
    assert (got.killed, got.airstrike, got.start_date) == (2, True, dt.date(2011, 6, 7))


# A party's number of the strike's whole toll holds the leader the release counted: it takes the
# toll's place (the larger of the two), not added to him.
def test_a_partys_whole_toll_beside_a_leader_is_not_added_to_him() -> None:
    body = ("A coalition air strike in Shigal district, Kunar province, last night killed a "
            "Taliban commander, Mullah Sadiq, and an unknown number of his fighters. A battle "
            "damage assessment is under way. Provincial officials said seven insurgents were "
            "killed in the strike.")
    assert answer(body).killed == 7


# A count the release tells known, or an investigation of something else, leaves the party's
# number beside the release's own unknown number.
_LEADER = ("A coalition air strike in Shigal district, Kunar province, last night killed a "
           "Taliban commander, Mullah Sadiq, and an unknown number of his fighters.\n\nThe "
           "commander led attacks on Afghan police posts in the valley.\n\n")


def test_a_toll_told_confirmed_is_no_pending_count() -> None:
    # (a party's whole toll of the strike: dead it tells apart from the leader, "four fighters
    # died with him", are added to him whatever the release says of its own count)
    body = _LEADER + ("The toll was confirmed by a ground patrol. Provincial officials said seven "
                      "insurgents were killed in the strike.")
    assert answer(body).killed == 4


def test_an_investigation_into_reports_of_civilian_dead_is_no_pending_count() -> None:
    body = ("A coalition air strike killed an unknown number of insurgents in Shigal district, "
            "Kunar province, last night.\n\nAn investigation is under way into reports of "
            "civilian casualties. Provincial officials said four insurgents and two civilians "
            "were killed.")
    assert answer(body).killed == 3


# The pending count is read anywhere from the release's unknown number to the end of the party's
# paragraph, in the wordings releases use for it.
def test_a_pending_assessment_in_a_paragraph_of_its_own() -> None:
    body = _LEADER + ("A battle damage assessment is under way.\n\nProvincial officials said four "
                      "fighters died with him.")
    assert answer(body).killed == 5


def test_a_pending_assessment_in_the_partys_sentence() -> None:
    body = _LEADER + ("A battle damage assessment is under way, and provincial officials said "
                      "four fighters died with him.")
    assert answer(body).killed == 5


def test_a_pending_assessment_after_the_partys_number() -> None:
    body = _LEADER + ("Provincial officials said four fighters died with him. A battle damage "
                      "assessment is under way.")
    assert answer(body).killed == 5


def test_the_release_still_assessing_the_strike() -> None:
    body = _LEADER + ("ISAF is still assessing the results of the strike. Provincial officials "
                      "said four fighters died with him.")
    assert answer(body).killed == 5


def test_a_number_that_has_not_yet_been_confirmed() -> None:
    body = _LEADER + ("The number of fighters killed has not yet been confirmed. Provincial "
                      "officials said four fighters died with him.")
    assert answer(body).killed == 5


# ... the unit named "from" or "with", or set off as the mourned's aside ("members of").
def test_the_mourned_from_a_named_unit_are_dated_and_placed_where_they_fell() -> None:
    body = ("A ramp ceremony was held at Kandahar Airfield today for three Romanian soldiers "
            "from Task Force Dracula who were killed June 11 when their vehicle struck a "
            "roadside bomb in Shah Joy district, Zabul province.")
    got = answer(body)
    assert (got.killed, got.provinces, got.start_date) == (
        0, frozenset({"zabul"}), dt.date(2011, 6, 11))


def test_the_mourned_set_off_as_members_of_a_named_unit_are_its_dead() -> None:
    body = ("A ramp ceremony was held at Kandahar Airfield today for three Romanian soldiers, "
            "members of Task Force Dracula, who were killed June 11 when their vehicle struck a "
            "roadside bomb in Shah Joy district, Zabul province.")
    got = answer(body)
    assert (got.killed, got.provinces, got.start_date) == (
        0, frozenset({"zabul"}), dt.date(2011, 6, 11))
