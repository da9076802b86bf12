"""Probe releases for how a release's tolls combine across its sentences (issue 14, rules29):
a toll told again as the total of the tolls before it, a part told later as "an additional
four", and a corrected figure told as "the number ... killed ... was nine". Each probe was
written for these tests in the releases' style; each positive has a negative beside it."""

from __future__ import annotations

import pytest

from tests.isaf_probes import answer


@pytest.mark.parametrize(("body", "killed"), [
    # a total that sums the tolls told before it is those tolls, not more dead
    ("An air weapons team killed four insurgents emplacing a roadside bomb in Garmsir district,"
     " Helmand province, today. A ground patrol later killed two more insurgents fleeing the"
     " site. A total of six insurgents were killed in the two engagements.", 6),
    ("A combined force killed three insurgents in a compound in Zharay district, Kandahar"
     " province, today. The force killed two more as they fled across a field. In all, five"
     " insurgents were killed during the operation.", 5),
    # ... not a toll of its own that only happens to follow them (negative: it is added)
    ("A combined force killed three insurgents in Zharay district, Kandahar province, today."
     " A second patrol killed two insurgents near the district centre. Another five insurgents"
     " were killed in an air strike in Maiwand district.", 10),
    # ... nor a total that does not sum them (negative: the figures stand as told)
    ("A coalition patrol killed two insurgents in Sangin district, Helmand province, today."
     " A second patrol killed one insurgent nearby. A total of seven insurgents were killed in"
     " an air strike in Musa Qal'ah district.", 10),
])
def test_a_total_told_after_its_parts(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "an additional four" counts four, whatever follows the noun
    ("An air weapons team engaged insurgents attacking a patrol base in Khas Uruzgan district,"
     " Uruzgan province, today, killing three. A second engagement an hour later killed an"
     " additional four insurgents moving to reinforce them.", 7),
    ("A patrol killed two insurgents in Nad-e Ali district, Helmand province, today. The patrol"
     " killed a further three insurgents moving along a canal.", 5),
    # negative: "an additional insurgent" is one
    ("A patrol killed two insurgents in Nad-e Ali district, Helmand province, today. The patrol"
     " killed an additional insurgent moving along a canal.", 3),
])
def test_an_additional_number(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a corrected figure told as the number killed, its operation placed and dated first
    ("In an update to yesterday's release, ISAF confirms that the number of insurgents killed"
     " during the operation in Maiwand district, Kandahar province, Monday was nine, not six"
     " as initially reported.", 9),
    ("ISAF confirms the number of insurgents killed in the engagement in Andar district, Ghazni"
     " province, yesterday is four.", 4),
    # negative: a number after the place is not the toll ("was 12 kilometres")
    ("ISAF confirms the number of insurgents killed in the engagement, which took place in"
     " Andar district, Ghazni province, yesterday, was not known. The compound was 12"
     " kilometres from the district centre.", 0),
])
def test_the_number_killed_after_a_place(body: str, killed: int) -> None:
    assert answer(body).killed == killed
