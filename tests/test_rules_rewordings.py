"""Wordings that `evals/isaf_perturb.py` found read one way and not the other: the same release
must give the same answer however it names the force."""

from __future__ import annotations

import pytest

from tests.isaf_probes import read

FIRST = ("KABUL, Afghanistan (Oct. 18, 2010) - Coalition forces conducted precision air strikes "
         "in Baghlan province Sunday targeting a Taliban leader. The strikes reportedly killed "
         "more than 10 insurgents.\n\n---\n\nUPDATE: Air Strikes Kill Taliban Leader\n"
         "KABUL, Afghanistan (Oct. 19, 2010) - {force} conducted the precision air strikes in "
         "Baghlan province Sunday. The strikes killed 15 insurgents.")


@pytest.mark.parametrize("force", [
    "Coalition forces", "ISAF forces", "ISAF", "The International Security Assistance Force",
    "NATO forces", "NATO-led forces"])
def test_an_update_naming_the_coalition_otherwise_supersedes_the_first_toll(force: str) -> None:
    answer, claims = read(FIRST.format(force=force), None)
    assert answer.killed == 15
    assert [c.superseded_by for c in claims] == ["c2", None]


@pytest.mark.parametrize("force", ["Taliban fighters", "Insurgents"])
def test_a_strike_by_another_side_stays_its_own_event(force: str) -> None:
    text = FIRST.format(force=force).replace("conducted the precision air strikes",
                                             "fired rockets")
    _, claims = read(text, None)
    assert all(c.superseded_by is None for c in claims)
