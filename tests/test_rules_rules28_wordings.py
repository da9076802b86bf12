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


# -- 6. "the targeted individual, a Haqqani network facilitator,": one man, not two -----------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A combined force killed the targeted individual, a Haqqani network facilitator, {PLACE} "
     "today. Two suspected insurgents were detained.", 1),
    (f"A combined force killed the targeted leader, a senior Taliban commander, {PLACE} today.",
     1),
    (f"A combined force killed the targeted individual, a Taliban bomb maker, and two of his "
     f"guards {PLACE} today.", 3),
    # a list of indefinites is that many people (it was cut at its first comma)
    (f"A combined force killed a Taliban commander, a bomb maker and two fighters {PLACE} "
     "today.", 4),
    (f"A combined force killed an insurgent, a second insurgent and a third {PLACE} today.", 3),
    # ... and who a counted plural were, set off by commas
    (f"A roadside bomb killed three Afghan civilians, a farmer and his two sons, and wounded a "
     f"fourth {PLACE} today.", 3),
])
def test_a_role_set_off_after_a_definite_one_is_the_same_man(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 7. reflexives: "killed themselves", "blew himself up", "killing only himself" -----------


@pytest.mark.parametrize(("body", "expected"), [
    (f"Two insurgents killed themselves when the bomb they were building exploded {PLACE} "
     "today.", 2),
    (f"A suicide bomber blew himself up near a combined patrol {PLACE} today. No one else was "
     "hurt.", 1),
    (f"Two suicide bombers blew themselves up at the gate of a base {PLACE} today.", 2),
    (f"A suicide bomber detonated his explosives short of a checkpoint {PLACE} today, killing "
     "only himself.", 1),
    # guards: the vest is blown up, not the man; and the attacker with those he killed
    (f"An explosive ordnance team blew up a suicide vest found {PLACE} today.", 0),
    (f"A suicide bomber detonated his vest at a checkpoint {PLACE} today, killing himself and "
     "two civilians.", 3),
    # the bomber told again
    (f"A suicide attacker blew himself up at a checkpoint {PLACE} today, killing two "
     "civilians. The attacker died in the explosion.", 3),
    (f"A suicide attacker detonated his vest at a checkpoint {PLACE} today, killing himself and "
     "two civilians. The attacker died instantly.", 3),
])
def test_reflexive_deaths_are_counted(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 8. the dead found after a fight: "found two dead insurgents", "A dead insurgent was found" -


@pytest.mark.parametrize(("body", "expected"), [
    (f"Afghan and coalition forces found two dead insurgents near a firing position {PLACE} "
     "after an engagement today.", 2),
    (f"A dead insurgent was found beside a roadside bomb {PLACE} today.", 1),
    (f"Three dead fighters were later discovered in the compound {PLACE} today.", 3),
    # guards: a restatement of the toll, and the dead of no people
    (f"A patrol killed two insurgents {PLACE} today. The patrol found the two dead insurgents "
     "beside a rifle.", 2),
    (f"A patrol found a dead donkey beside a roadside bomb {PLACE} today.", 0),
    (f"A patrol found a dead end where the road was cratered {PLACE} today.", 0),
])
def test_the_dead_found_are_counted(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 9. "killed an insurgent, the second to be killed this week": a rank in a tally ----------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A combined force killed an insurgent {PLACE} today, the second to be killed in the "
     "village this week.", 1),
    (f"A combined force killed a Taliban commander {PLACE} today, the third Taliban commander "
     "to be killed in the district this month.", 1),
    # guards: the ordinal of a new man, and a tally told in its own sentence
    (f"A combined force killed an insurgent {PLACE} today. A second insurgent was killed an "
     "hour later.", 2),
    (f"A combined force killed two insurgents {PLACE} today. A third was killed by an Afghan "
     "patrol.", 3),
])
def test_a_rank_in_a_tally_is_the_same_man(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 10. whose dead: "X was killed along with Y" names two sides' tolls ----------------------


@pytest.mark.parametrize(("body", "expected"), [
    (f"An Afghan National Army soldier was killed along with two insurgents during a firefight "
     f"{PLACE} today.", 2),
    (f"Three members of the Afghan Border Police were killed along with two of the attackers "
     f"when insurgents assaulted a border post {PLACE} today.", 2),
    (f"A coalition service member and a civilian employee of ISAF were killed in an indirect "
     f"fire attack {PLACE} today.", 0),
    # guards: one side along with its own, and a civilian beside a soldier
    (f"A Taliban commander was killed along with two of his fighters {PLACE} today.", 3),
    (f"An Afghan soldier was killed along with a civilian {PLACE} today.", 1),
    (f"Two Afghan soldiers were killed along with their interpreter {PLACE} today.", 0),
])
def test_along_with_names_each_sides_toll(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 11. a list's asides and people: "and, regrettably, two civilians", "her grandmother" -----


@pytest.mark.parametrize(("body", "expected"), [
    (f"A coalition air strike {PLACE} today killed five insurgents and, regrettably, two "
     "civilians.", 7),
    (f"A rocket fired by insurgents hit a house {PLACE} today, killing a girl and her "
     "grandmother.", 2),
    (f"Insurgents killed a man and his two nephews {PLACE} today.", 3),
    # guards: an aside that is a speaker's, and a list without one
    (f"A coalition air strike {PLACE} today killed five insurgents and two civilians.", 7),
    (f"The strike {PLACE} today killed five insurgents, officials said.", 5),
])
def test_asides_and_kin_in_a_list(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 12. "the two civilians" after "Six people, including four insurgents": a part ----------


@pytest.mark.parametrize(("body", "expected"), [
    (f"Six people, including four insurgents, were killed in a clash {PLACE} today. Police "
     "are investigating how the two civilians died.", 6),
    (f"Five people, including three civilians, were killed in a clash {PLACE} today. The two "
     "insurgents had fired on a checkpoint.", 5),
    # guards: more than the mixed toll left, and a toll of one population alone
    (f"Six people, including four insurgents, were killed in a clash {PLACE} today. Police "
     "later found the bodies of two more civilians nearby.", 8),
    (f"Four insurgents were killed in a clash {PLACE} today. The two civilians who were hurt "
     "were treated by medics.", 4),
])
def test_the_counted_part_of_a_mixed_toll_is_in_it(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 13. "and a further three when ...": a gapped toll before its own clause; "twin" bombers --


@pytest.mark.parametrize(("body", "expected"), [
    (f"Afghan soldiers killed four insurgents {PLACE} today, and a further three when the "
     "insurgents returned to recover the bodies.", 7),
    (f"Afghan soldiers killed four insurgents {PLACE} today and an additional two in a second "
     "engagement.", 6),
    (f"Afghan police killed twin suicide bombers {PLACE} today before they reached the gate.",
     2),
    # guards: a verb of its own after the count, and "twin" of things
    (f"Afghan soldiers killed four insurgents {PLACE} today and wounded one when he returned.",
     4),
    # ... and a breakdown of a toll told, not an added one
    (f"All five attackers were killed {PLACE} today, three of them by police commandos and two "
     "when they detonated their vests.", 5),
    (f"Twin bombings {PLACE} today killed three civilians.", 3),
])
def test_a_further_count_and_twins(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 14. "falsely claimed that the force killed four civilians": a toll called false ----------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A combined force detained two suspected insurgents {PLACE} today. A Taliban spokesman "
     "falsely claimed that the force killed four civilians.", 0),
    (f"A combined force detained two suspected insurgents {PLACE} today. Insurgents falsely "
     "alleged that two civilians were killed.", 0),
    # guards: a party's claim not called false, and the release's own toll beside a false one
    (f"Afghan soldiers fought off an attack {PLACE} today. Eight insurgents were killed, the "
     "Afghan National Army said.", 8),
    (f"A combined force killed an insurgent {PLACE} today. The Taliban falsely claimed that "
     "the force killed four civilians.", 1),
])
def test_a_toll_told_as_falsely_claimed_is_refuted(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 15. "wounding one and killing the other": the other is one ------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    (f"A combined force engaged two insurgents {PLACE} today, wounding one and killing the "
     "other.", 1),
    (f"Two insurgents attacked the patrol {PLACE} today. One was captured; the other was "
     "killed.", 1),
    (f"A combined force engaged two insurgents {PLACE} today, detaining one and killing the "
     "other one.", 1),
    # guards: "each other", and another man
    (f"Two insurgents {PLACE} today fired on each other in a dispute; neither was hurt.", 0),
    (f"A combined force killed an insurgent {PLACE} today. Another insurgent was killed later.",
     2),
])
def test_the_other_one_is_one(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected
