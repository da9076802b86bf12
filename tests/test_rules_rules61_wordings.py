"""Air-strike wordings the rules61 probe batches showed (issue 14): each written as a short
release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A fixed-wing aircraft named by its nickname alone, no designation: "destroyed by two Strike
# Eagles", "a Super Hornet struck", "two Fighting Falcons engaged".
def test_an_aircraft_named_by_its_nickname_strikes() -> None:
    body = ("Insurgents who pinned down an Afghan police patrol in Shah Wali Kot district, "
            "Kandahar province, were killed yesterday by two Strike Eagles called in by a "
            "joint terminal attack controller.")
    assert answer(body).airstrike is True
    body = ("A Super Hornet from a carrier in the Arabian Sea engaged an insurgent machine-gun "
            "team in Sangin district, Helmand province, yesterday, killing three.")
    assert answer(body).airstrike is True
    body = ("Two Fighting Falcons engaged insurgents attacking a checkpoint in Andar district, "
            "Ghazni province, today, killing four.")
    assert answer(body).airstrike is True


def test_a_nicknamed_aircraft_that_does_not_fire_is_no_strike() -> None:
    body = ("Two Strike Eagles made a low pass over insurgents attacking a patrol in Shah Wali "
            "Kot district, Kandahar province, yesterday, and the insurgents fled.")
    assert answer(body).airstrike is False
    body = ("Afghan soldiers killed two insurgents in Andar district, Ghazni province, today. "
            "A hornet nest in the compound wall delayed the search.")
    assert answer(body).airstrike is False


def test_a_nicknamed_aircraft_beside_an_air_weapons_team_strikes() -> None:
    body = ("Two groups of insurgents attacked a patrol in Dand district, Kandahar province, "
            "yesterday. An air weapons team engaged the first group, and two Strike Eagles "
            "struck the second. Seven insurgents were killed.")
    assert answer(body).airstrike is True
