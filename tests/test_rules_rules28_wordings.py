"""Killed counts within a sentence (issue 14, helper rules28): wordings of a toll the rules
misread on probe batches written blind to their output.

Every sentence here was written for these tests in the style of ISAF, coalition and Afghan
government press releases of 2009-2013 (none is copied from ``evals/external/isaf``, the blind
sets or the gold set). The releases are dated Tuesday, June 14, 2011 (``tests/isaf_probes.py``).
Each family has probes the rules misread before the change and guards that must keep their
reading.
"""

from __future__ import annotations

import pytest

from tests import isaf_probes

PLACE = "in Nad-e Ali district, Helmand province"


# -- 1. a death after "but": "was treated ... but later succumbed to his wounds" ---------------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A combined force engaged an insurgent {PLACE} today. The wounded insurgent was treated "
     "by coalition medics but later succumbed to his wounds.", 1),
    (f"A combined force engaged two insurgents {PLACE} today. The two wounded insurgents were "
     "evacuated to Camp Bastion but later died.", 2),
    (f"An insurgent was wounded {PLACE} today but subsequently died of his wounds.", 1),
    # guards: a survivor, and a death the "but" does not follow
    (f"The wounded insurgent was treated by coalition medics {PLACE} today but later escaped.",
     0),
    (f"The wounded insurgent was treated by coalition medics {PLACE} today and later detained.",
     0),
    (f"An insurgent was wounded {PLACE} today and later died of his wounds.", 1),
])
def test_a_death_after_but_is_the_subjects(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 2. "In a statement the Taliban said": a fronted setting does not hide the speaker --------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A combined force killed three insurgents {PLACE} today. In a statement the Taliban said "
     "seven of its fighters were martyred in the raid.", 3),
    (f"A combined force killed three insurgents {PLACE} today. In a message to journalists the "
     "Taliban claimed that 20 soldiers were killed.", 3),
    (f"A combined force killed three insurgents {PLACE} today. In its statement the insurgent "
     "group said nine of its men died.", 3),
    # guards: the comma form already read, and the release's own voice after such a phrase
    (f"A combined force killed three insurgents {PLACE} today. In a statement, the Taliban said "
     "seven of its fighters were martyred in the raid.", 3),
    (f"In a statement issued today ISAF said a combined force killed four insurgents {PLACE}.",
     4),
])
def test_a_speaker_after_a_fronted_statement_is_read(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 3. "killed or wounded eight": how many were hit, not how many died ----------------------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A patrol was ambushed {PLACE} today; an estimated eight insurgents were killed or "
     "wounded in the engagement.", 0),
    (f"The patrol returned fire {PLACE} today, killing or wounding six insurgents.", 0),
    (f"Five insurgents were wounded or killed when the patrol returned fire {PLACE} today.", 0),
    # guards: a toll beside the wounded, and a denial of both
    (f"The patrol returned fire {PLACE} today, killing two insurgents and wounding four.", 2),
    (f"The patrol killed three insurgents {PLACE} today. No coalition service members were "
     "killed or wounded.", 3),
])
def test_killed_or_wounded_gives_no_minimum_killed(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 4. "killing three before he was killed": a clause of its own after "before" ----------------


@pytest.mark.parametrize(("body", "expected"), [
    # the insider's victims are the releasing side's own; he is the other side's
    (f"An Afghan policeman turned his weapon on coalition service members at a checkpoint "
     f"{PLACE} today, killing three before he was killed.", 1),
    (f"An Afghan soldier turned his weapon on his colleagues at a checkpoint {PLACE} today, "
     "killing two before he was shot and killed by other soldiers.", 1),
    (f"An insurgent fired on the patrol {PLACE} today, wounding two soldiers until he was "
     "killed by return fire.", 1),
    # guards: "before" that opens no clause, and one whose clause tells no death
    (f"Two insurgents who fired on the patrol before dawn were killed {PLACE} today.", 2),
    (f"The patrol killed two insurgents {PLACE} today before they could fire a rocket.", 2),
])
def test_a_clause_after_before_is_its_own(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 5. "The suicide bomber was the only one killed": the subject is the toll -----------------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A suicide bomber attacked a checkpoint {PLACE} today. The suicide bomber was the only "
     "one killed in the blast.", 1),
    (f"Insurgents attacked a checkpoint {PLACE} today. The two attackers were the only "
     "fatalities.", 2),
    (f"A car bomb exploded near a patrol {PLACE} today. The driver was the only person to die.",
     1),
    # guards: a wound, not a death; and no people
    (f"A suicide bomber attacked a checkpoint {PLACE} today. The bomber was the only one wounded "
     "in the blast.", 0),
    (f"A combined force found a cache {PLACE} today. The cache was the only one found in the "
     "village.", 0),
])
def test_the_only_one_killed_is_counted(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected
