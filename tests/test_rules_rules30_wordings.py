"""Wordings the blind sets on aircraft and on Regional Commands North, West and Capital
(``evals/isaf_blind/blind26.jsonl``, ``blind28.jsonl``) showed the rules misread. Each probe is
written anew in the releases' style, not copied from those sets, with negatives that keep the rule
from reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_aircraft_that_conducted_no_strikes_made_none() -> None:
    body = ("Coalition aircraft conducted no air strikes in Shindand district, Herat province, "
            "this week, an ISAF spokesman said, after local media reported a bombing there.")
    assert answer(body).airstrike is False


def test_aircraft_that_dropped_no_bombs_made_none() -> None:
    body = ("ISAF helicopters fired no weapons during the patrol in Shindand district, Herat "
            "province, on Sunday.")
    assert answer(body).airstrike is False


def test_aircraft_that_conducted_a_strike_still_struck() -> None:
    body = ("Coalition aircraft conducted a strike on a compound in Shindand district, Herat "
            "province, on Sunday, killing two insurgents.")
    assert answer(body).airstrike is True
    assert answer(body).killed == 2


def test_a_refuted_claim_of_a_strike_then_no_strikes_made() -> None:
    body = ("The Taliban claimed on a website that a coalition air strike killed 12 civilians in "
            "Shindand district, Herat province, on Monday. ISAF aircraft conducted no air strikes "
            "anywhere in Herat province this week.")
    assert answer(body).airstrike is False
    assert answer(body).killed == 0


def test_a_rejected_statement_claiming_a_strike_toll() -> None:
    body = ("ISAF officials today rejected a statement posted on a Taliban website claiming that a "
            "coalition air strike killed 12 civilians in Shindand district, Herat province, on "
            "Monday.")
    assert answer(body).airstrike is False
    assert answer(body).killed == 0


def test_a_statement_claiming_a_toll_not_rejected_stands() -> None:
    body = ("ISAF officials today read a statement posted by the provincial governor claiming that "
            "a coalition air strike killed 12 insurgents in Shindand district, Herat province, on "
            "Monday.")
    assert answer(body).killed == 12
