"""Wordings the misses of the fresh open sets blind112-119 showed in memorials of the
releasing side's own dead (issue 14): each written as a short release of our own, with
negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A memorial of "last week" tells it in its toll's own clause, though the commas that set off
# the district's province stand between: the attackers' toll that follows is that attack's,
# history, not one of the release's week.
def test_last_week_after_a_district_and_its_province_is_the_tolls_own() -> None:
    body = ("Soldiers of 2nd Battalion held a memorial ceremony today for two comrades killed "
            "in Arghandab district, Kandahar province, last week. Afghan soldiers killed the "
            "attackers after a short firefight.")
    assert answer(body).killed == 0


def test_last_week_of_something_else_after_a_place_is_not_the_tolls() -> None:
    body = ("Soldiers of 2nd Battalion held a memorial ceremony today for two comrades killed "
            "Sunday in Arghandab district, Kandahar province, where the battalion arrived last "
            "week. Afghan soldiers killed the attackers after a short firefight.")
    assert answer(body).killed == 3
