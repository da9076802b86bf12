"""Restatements the misses of the opened sets blind59-66 and blind71 showed (issue 14): a later
sentence that tells the same dead again, each written as a short release of our own, with
negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# "killing NAME and the men with him" after "killed a commander and several of his fighters":
# the named man is the commander (named in the lede, or in an apposition to his role between
# the two tolls) and "the men" are the fighters told with him.
def test_the_commander_named_by_apposition_and_the_men_with_him_are_the_lede() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander and several of "
            "his fighters in Maiwand district, Kandahar province, last night. The commander, "
            "Mullah Rahmatullah Azizi, ran a cell that planted roadside bombs on Highway 1. "
            "When the force reached his compound, armed men fired on it from a wall. The force "
            "returned fire, killing Azizi and the men with him.")
    assert answer(body).killed == 4


def test_the_leader_named_in_the_lede_and_the_insurgents_are_the_lede() -> None:
    body = ("An Afghan and coalition security force killed a Haqqani network leader, Mawlawi "
            "Gul Nabi Sherzad, and several other armed insurgents in Zurmat district, Paktiya "
            "province, last night. Sherzad moved fighters and weapons from Pakistan. As the "
            "force arrived, armed insurgents opened fire from a rooftop. The force returned "
            "fire, killing Sherzad and the insurgents who were fighting with him.")
    assert answer(body).killed == 4


def test_another_named_man_and_the_men_with_him_are_more_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban commander and several of "
            "his fighters in Maiwand district, Kandahar province, last night. The commander, "
            "Mullah Rahmatullah Azizi, ran a cell that planted roadside bombs on Highway 1. "
            "In a second compound nearby, armed men fired on the force. The force returned "
            "fire, killing Qari Nasrullah and the men with him.")
    assert answer(body).killed == 5


# A number with the article ("the two insurgents", "the four men killed") points back to the
# toll of that number told before, whatever strike or check its own sentence tells.
def test_the_two_insurgents_a_patrol_confirmed_are_the_two_killed() -> None:
    body = ("Coalition forces killed two insurgents in Sangin district, Helmand province, "
            "yesterday, after the insurgents fired mortars at a patrol base.\n\nThe base's "
            "radar tracked the firing point, and coalition forces conducted a precision strike "
            "on it with a guided multiple launch rocket system. A patrol later confirmed the "
            "two insurgents were killed and recovered a mortar tube.")
    assert answer(body).killed == 2


def test_the_four_men_killed_after_a_civilian_report_are_the_four_insurgents() -> None:
    body = ("Coalition aircraft struck a group of insurgents who had attacked an Afghan "
            "police checkpoint in Bala Buluk district, Farah province, yesterday, killing four "
            "insurgents.\n\nDistrict officials told reporters that civilians were among the "
            "dead. An Afghan and coalition team visited the site and found no evidence of "
            "civilian casualties; the four men killed were carrying rifles and had been firing "
            "on the checkpoint.")
    assert answer(body).killed == 4


def test_two_more_insurgents_without_the_article_are_more_dead() -> None:
    body = ("Coalition forces killed two insurgents in Sangin district, Helmand province, "
            "yesterday, after the insurgents fired mortars at a patrol base.\n\nThe base's "
            "radar tracked a second firing point, and coalition forces conducted a precision "
            "strike on it with a guided multiple launch rocket system. A patrol later confirmed "
            "two more insurgents were killed there.")
    assert answer(body).killed == 4


def test_the_two_civilians_are_not_the_two_insurgents() -> None:
    body = ("Coalition forces killed two insurgents in Sangin district, Helmand province, "
            "yesterday, after the insurgents fired mortars at a patrol base.\n\nA mortar round "
            "fell short on a nearby house. A patrol later confirmed the two civilians inside "
            "were killed.")
    assert answer(body).killed == 4


# A vague toll in the story after a vague lede ("killed a number of insurgents" ... "killing
# several insurgents") is the lede's told again: two vague words tell no two sizes.
def test_a_vague_toll_in_the_story_retells_the_vague_lede() -> None:
    body = ("An Afghan and coalition security force killed a number of insurgents during an "
            "operation in Nawa district, Helmand province, last night.\n\nThe force was "
            "searching for a Taliban facilitator who moves weapons into the district. As it "
            "reached the compound, armed men opened fire from a tree line. The force returned "
            "fire, killing several insurgents. The facilitator was detained.")
    assert answer(body).killed == 3


def test_several_more_in_the_story_are_more_than_the_vague_lede() -> None:
    body = ("An Afghan and coalition security force killed a number of insurgents during an "
            "operation in Nawa district, Helmand province, last night.\n\nThe force was "
            "searching for a Taliban facilitator who moves weapons into the district. As it "
            "left the compound, more armed men opened fire from a tree line. The force "
            "returned fire, killing several more insurgents.")
    assert answer(body).killed == 6


# A lede that sums two strikes toll by toll, then a paragraph for each strike in turn: each
# paragraph's toll is its lede toll told again.
def test_detail_paragraphs_retell_the_lede_tolls_in_order() -> None:
    body = ("Coalition aircraft struck a group of insurgents in Shah Wali Kot district, Kandahar "
            "province, yesterday, killing five of them, while an air weapons team killed three "
            "more insurgents in neighboring Uruzgan province.\n\nIn Shah Wali Kot, a patrol "
            "watched armed men carry rockets toward a hilltop. The patrol called in an air "
            "strike, killing five insurgents.\n\nIn Deh Rawud district, Uruzgan province, an "
            "air weapons team supporting an Afghan police patrol engaged insurgents firing "
            "from a ridge, killing three insurgents.")
    assert answer(body).killed == 8


def test_detail_paragraphs_told_as_more_are_more_strikes() -> None:
    body = ("Coalition aircraft struck a group of insurgents in Shah Wali Kot district, Kandahar "
            "province, yesterday, killing five of them, while an air weapons team killed three "
            "more insurgents in neighboring Uruzgan province.\n\nIn Shah Wali Kot, a patrol "
            "watched armed men carry rockets toward a hilltop this morning. The patrol called "
            "in a second air strike, killing five more insurgents.\n\nIn Deh Rawud district, "
            "Uruzgan province, another air weapons team engaged insurgents firing from a ridge "
            "this morning, killing three more insurgents.")
    assert answer(body).killed == 16


# An update's new total, told after a long clause of what the operation was, where and when
# ("The number of insurgents killed in an attack on ... yesterday has risen to six"), replaces
# the earlier release's figure it then recalls.
def test_an_updated_total_after_a_long_clause_replaces_the_earlier_release() -> None:
    body = ("The number of insurgents killed in an assault on an Afghan Local Police checkpoint "
            "in Arghandab district, Kandahar province, on Sunday has risen to six, ISAF "
            "officials said.\n\nAn earlier release reported two insurgents killed. Afghan "
            "and coalition forces found four more bodies this morning in the orchards near "
            "the checkpoint.")
    assert answer(body).killed == 6


def test_a_total_since_the_spring_after_a_long_clause_is_still_history() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Arghandab district, Kandahar "
            "province, yesterday.\n\nThe number of insurgents killed in operations against "
            "the checkpoints of Arghandab district, Kandahar province, since the spring has "
            "risen to 45, officials said.")
    assert answer(body).killed == 2
