"""Probe wordings from whole releases of ISAF statements (rules36 batches): each a short
release written for the test, with negatives against the same pattern firing wrongly."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_a_correction_of_an_earlier_release_counts_the_correct_number() -> None:
    body = ("A release issued June 13 stated that an Afghan and coalition security force killed "
            "three insurgents in Baraki Barak district, Logar province. The correct number is "
            "two.\nThe insurgents were killed after they engaged the security force during a "
            "search for a Taliban leader yesterday.")
    assert answer(body).killed == 2


def test_an_initial_report_without_a_correct_number_keeps_the_later_toll() -> None:
    body = ("Initial reports indicated that three insurgents were killed in Baraki Barak "
            "district, Logar province, yesterday. The insurgents were killed after they engaged "
            "the security force.")
    assert answer(body).killed == 3
