"""Wordings the twenty-first and twenty-second blind sets (``evals/isaf_blind/blind21.jsonl``,
``blind22.jsonl``, held out through rule set 21) showed the rules misread. Each probe is written
anew in the releases' style, not copied from those sets, with negatives that keep the rule from
reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_an_uncounted_group_counted_by_its_apposition() -> None:
    body = ("Coalition aircraft struck a truck in Garmsir district, Helmand province, last night, "
            "killing its occupants, four Taliban fighters.")
    assert answer(body).killed == 4


def test_an_apposition_count_before_a_following_clause() -> None:
    body = ("An Afghan and coalition force engaged a car in Zurmat district, Paktiya province, "
            "killing the passengers, two insurgents, and wounding a bystander.")
    assert answer(body).killed == 2


def test_an_apposition_with_no_number_leaves_the_group_uncounted() -> None:
    body = ("Coalition aircraft struck a truck in Garmsir district, Helmand province, last night, "
            "killing its occupants, Taliban fighters from Pakistan.")
    assert answer(body).killed == 3  # an uncounted plural, as the convention codes it


def test_a_counted_group_keeps_its_own_number() -> None:
    body = ("Coalition aircraft struck a truck in Garmsir district, Helmand province, last night, "
            "killing its four occupants, two of them known bomb makers.")
    assert answer(body).killed == 4
