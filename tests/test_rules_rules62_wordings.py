"""Wordings of short IJC updates and multi-item roundups (2011-13) that a fresh blind set showed
the rules misread. Each probe is written anew, with negatives that keep the rule from reaching
past its wording."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_a_ground_weapon_used_to_conduct_a_precision_strike_is_no_air_strike() -> None:
    body = ("Coalition troops employed a Guided Multiple Launch Rocket System to carry out a "
            "precision strike on a firing point in Sangin district, Helmand province, "
            "yesterday, killing two insurgents.")
    assert answer(body).airstrike is False
    assert answer(body).killed == 2
    body = ("Afghan and coalition forces used a High Mobility Artillery Rocket System to "
            "conduct a precision strike against a bomb-making compound in Maiwand district, "
            "Kandahar province, yesterday, killing three insurgents.")
    assert answer(body).airstrike is False


def test_an_aircraft_used_to_conduct_a_precision_strike_is_an_air_strike() -> None:
    body = ("Coalition forces used an aircraft to conduct a precision strike on insurgents "
            "firing artillery rounds in Sangin district, Helmand province, yesterday, killing "
            "two insurgents.")
    assert answer(body).airstrike is True
    body = ("Coalition forces used a remotely piloted aircraft to make a precision strike on an "
            "insurgent mortar crew in Sangin district, Helmand province, yesterday, killing "
            "two insurgents.")
    assert answer(body).airstrike is True
