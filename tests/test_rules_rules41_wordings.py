"""Whole-release probes (rules41): wordings met in releases written whole, each with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_a_death_weighed_as_a_subject_restates_the_killing_told() -> None:
    body = ("Coalition aircraft killed a senior Taliban commander and several of his fighters in "
            "Shah Wali Kot district, Kandahar province, yesterday. \"Hakim's death removes one of "
            "the most dangerous men in the province,\" said an ISAF spokesman.")
    assert answer(body).killed == 4
    weighed = ("Afghan forces killed a Taliban leader in Zurmat district, Paktiya province, "
               "yesterday. His death will disrupt the network's attacks in the district.")
    assert answer(weighed).killed == 1


def test_a_death_told_by_its_possessive_still_counts() -> None:
    body = ("Afghan officials confirmed yesterday that an insurgent leader was found in Zurmat "
            "district, Paktiya province. The security force reported Rahim's death to officials.")
    assert answer(body).killed == 1
