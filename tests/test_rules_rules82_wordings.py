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
