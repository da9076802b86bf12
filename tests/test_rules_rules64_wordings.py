"""Wordings the misses of the opened long-release sets blind53 and blind54 showed (issue 14):
each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A death weighed as "the latest blow" (not only "a blow") tells no second killing: "Nasir's
# death is the latest blow to the Taliban" after "Nasir ... was killed".
def test_a_death_called_the_latest_blow_is_the_killing_told() -> None:
    body = ("Mullah Nasir, a Taliban commander in Arghandab district, Kandahar province, was "
            "killed yesterday when he and a guard fired on an Afghan and coalition patrol. The "
            "patrol returned fire, killing both men. Nasir's death is the latest blow to the "
            "Taliban in the district.")
    assert answer(body).killed == 2


def test_a_toll_told_beside_the_latest_blow_still_counts() -> None:
    body = ("Mullah Nasir, a Taliban commander in Arghandab district, Kandahar province, was "
            "killed yesterday when he and a guard fired on an Afghan and coalition patrol. The "
            "patrol returned fire, killing both men. In the latest blow to the Taliban in the "
            "district, a separate patrol killed two more insurgents later in the day.")
    assert answer(body).killed == 4

