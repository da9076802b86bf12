"""Restatements and corrections of a toll the release already counts, as the fresh open sets
blind80-87 showed them (issue 14): each written as a short release of our own, with
negatives."""

from __future__ import annotations

from tests.isaf_probes import answer

# A denial's population names none of the dead a later bare noun counts: "ISAF found no
# evidence of civilian casualties; all five men killed were armed" tells the lede's five again.
LEDE = ("An Afghan and coalition force killed five insurgents during an operation in Andar "
        "district, Ghazni province, last night. Village elders told reporters that the dead "
        "were shepherds. ")


def test_the_men_killed_after_a_denial_of_civilian_dead_restate_the_lede() -> None:
    body = LEDE + ("ISAF found no evidence of civilian casualties; all five men killed carried "
                   "rifles and had fired on the patrol.")
    assert answer(body).killed == 5


def test_civilian_dead_the_sentence_affirms_still_name_the_bare_noun() -> None:
    # a negative: civilian dead the sentence tells, not denies, are whom "five men killed"
    # counts, five more than the lede's insurgents
    body = ("An Afghan and coalition force killed five insurgents during an operation in Andar "
            "district, Ghazni province, last night. The joint team found evidence of civilian "
            "casualties; five men killed had been working in a field.")
    assert answer(body).killed == 10


# An earlier report of the release's own teller, told without naming a release ("ISAF earlier
# reported that ..."), is a first report: the correct number a correction gives replaces it.
def test_an_earlier_report_gives_way_to_the_correct_number() -> None:
    body = ("ISAF earlier reported that four insurgents were killed in a coalition air strike "
            "in Shinkai district, Zabul province, yesterday. After a review of the strike "
            "footage, the correct number is three; the fourth man was wounded and detained.")
    assert answer(body).killed == 3


def test_a_previously_stated_toll_gives_way_to_the_correct_number() -> None:
    body = ("The coalition previously stated that six insurgents died in an engagement in "
            "Shinkai district, Zabul province, on Sunday. The correct figure is four.")
    assert answer(body).killed == 4


def test_a_partys_earlier_report_with_no_later_figure_still_counts() -> None:
    # a negative: a first report no later toll of its people follows stands, here a party's
    # figure of the civilians the release tells dead without a number
    body = ("A coalition air strike killed three insurgents in Shinkai district, Zabul "
            "province, yesterday. ISAF is aware of reports that civilians were killed in the "
            "strike. District officials earlier reported that two civilians were among the "
            "dead.")
    assert answer(body).killed == 5


# "the leader and several of his fighters were killed" retells a lede of the same make, "a
# Taliban leader and a number of insurgents": one man and a vague group, 4, not 4 + 4.
def test_the_leader_and_some_of_his_fighters_restate_the_lede() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader and a number of "
            "insurgents in a precision air strike in Almar district, Faryab province, "
            "yesterday.\n\nThe leader ran a group of fighters who attacked police posts. A "
            "battle damage assessment confirmed the leader and several of his fighters were "
            "killed.")
    assert answer(body).killed == 4


def test_the_leader_and_a_count_of_his_fighters_is_not_the_vague_lede_again() -> None:
    # a negative: a lede of a leader and a figure is not what a vague part retells, nor is a
    # figure of his men told after a vague lede
    body = ("An Afghan and coalition security force killed a Taliban leader and two "
            "insurgents in a precision air strike in Almar district, Faryab province, "
            "yesterday.\n\nThe leader ran a group of fighters who attacked police posts. In a "
            "second strike the next day, the leader's deputy and several of his fighters were "
            "killed.")
    assert answer(body).killed == 7
