"""Wordings the misses of the fresh open sets blind144-151 showed in several parties' numbers
of the same dead (issue 14): "three of them"; each written as a short release of our own,
with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# "Three of them" counts a part of those the sentence named before: the insurgents.
def test_a_part_of_them_counts_the_group_named_before() -> None:
    body = ("Insurgents ambushed an Afghan and coalition patrol in Chak district, Wardak "
            "province, yesterday. The patrol returned fire and chased the insurgents, killing "
            "two of them near a stream.\n\nThe Ministry of Interior said later that four "
            "insurgents died in the fighting.")
    assert answer(body).killed == 2


def test_a_part_of_the_patrol_is_its_own_dead() -> None:
    body = ("Insurgents ambushed a patrol of Afghan soldiers in Chak district, Wardak "
            "province, yesterday, killing two of them.\n\nThe patrol returned fire, killing "
            "three insurgents.")
    assert answer(body).killed == 3
