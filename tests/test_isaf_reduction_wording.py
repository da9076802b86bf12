"""The ISAF reduction's conventions on wording families the rules first missed.

Every sentence was written for these tests in the style of ISAF press releases (none is copied
from ``evals/external/isaf`` or the gold set). Each family has probes that failed before its
fix and guards that must keep their answer, run as ``llmextract eval --dataset isaf`` runs
them: the ``rules`` backend, then ``evaluation.isaf.derive``.
"""

from __future__ import annotations

import pytest

from llmextract import extract
from llmextract.evaluation.isaf import derive
from tests.isaf_probes import DATELINE, PUBLISHED, answer
from tests.test_eval_support import claim, extraction


@pytest.mark.parametrize(("body", "killed"), [
    # the releasing side's own dead, by the names of its forces
    ("Two Afghan Local Police members were killed when insurgents attacked their checkpoint "
     "in Kandahar province.", 0),
    ("Three members of the Afghan National Police were killed by a roadside bomb in Helmand "
     "province.", 0),
    ("One ANSF member was killed during the engagement in Helmand province.", 0),
    ("Two ANSF members were killed when their vehicle struck a bomb.", 0),
    ("A U.S. Marine was killed by an insurgent attack in Helmand province.", 0),
    ("Two U.S. Marines were killed in the attack in Nawa district.", 0),
    # a toll of both sides at once: the other side's part counts
    ("A coalition service member and two insurgents were killed during the engagement in "
     "Helmand province.", 2),
    ("Two Afghan soldiers and three insurgents were killed in the firefight.", 3),
    # own dead referred back to
    ("Insurgents ambushed two Afghan soldiers, killing both, in Kandahar province.", 0),
    ("Insurgents attacked two Afghan policemen at a checkpoint, killing them.", 0),
    # an insider attacker is the other side's, whatever uniform he wore
    ("The rogue soldier was killed by return fire after he opened fire on coalition troops.", 1),
    ("The shooter, wearing an Afghan army uniform, was killed by return fire.", 1),
    ("The attacker, dressed in an Afghan soldier's uniform, was killed by return fire.", 1),
    # guards
    ("The security force killed two insurgents in Helmand province.", 2),
    ("One Afghan soldier was killed in the attack.", 0),
    ("A coalition service member was killed by an improvised explosive device.", 0),
    ("Afghan soldiers ambushed two insurgents, killing both, in Kandahar province.", 2),
    ("The leader, who planned attacks that killed two Afghan soldiers, was killed.", 1),
    ("Coalition forces killed two Haqqani network members in Khost province.", 2),
    ("The security force killed two Afghan Taliban members in Kunduz province.", 2),
    ("The security force killed three members of the Afghan Taliban in Kunduz province.", 3),
])
def test_the_releasing_sides_own_dead_are_not_counted(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # what a set-off clause says of the target is not what the toll after it is of
    ("During the operation, which targeted a leader responsible for IED attacks, the force "
     "killed three insurgents.", 3),
    ("The operation, which targeted a Taliban leader believed to be behind attacks on Afghan "
     "forces, killed two insurgents in Helmand province.", 2),
    # guards: a toll of an attack the target is blamed for is history
    ("The leader was responsible for an attack that killed two civilians.", 0),
    ("The security force targeted a Taliban leader responsible for a bombing that killed three "
     "civilians.", 0),
    ("The leader, who was responsible for an attack that killed two civilians, was detained.",
     0),
])
def test_a_blamed_attack_does_not_reach_across_a_set_off_clause(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # running totals reach back before the week of the release: history, not its toll
    ("Coalition forces have killed 45 insurgents this year in Helmand province.", 0),
    ("Since the beginning of the operation, the force has killed 30 insurgents.", 0),
    ("In the past month, coalition forces killed 12 insurgents in the district.", 0),
    ("The force killed two insurgents in Helmand province yesterday. Since the beginning of "
     "the operation, the force has killed 30 insurgents.", 2),
    ("The security force killed two insurgents yesterday, bringing to 30 the number of "
     "insurgents killed since the operation began.", 2),
    # killed and captured together: how many were taken out, not how many died
    ("The security force has killed or captured more than 50 insurgents in the district.", 0),
    ("The force killed two insurgents in Helmand province yesterday. Operations in the "
     "district have killed or captured more than 50 insurgents in the past month.", 2),
    # guards
    ("Over the past 24 hours, coalition forces killed 12 insurgents in separate operations.",
     12),
    ("Earlier this week, the security force killed three insurgents in Helmand province.", 3),
    ("The operation has so far killed four insurgents in Kunduz province.", 4),
    ("The security force killed two insurgents and captured one in Kandahar province.", 2),
    ("Last month the leader was wounded; the security force killed him today in Kandahar "
     "province.", 1),
])
def test_a_running_total_is_not_the_toll_of_an_incident(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a toll the release calls false is a denial, whoever it is told of
    ("Taliban claims of 20 killed are false.", 0),
    ("ISAF said false Taliban reports that 15 civilians were killed in the operation are being "
     "spread.", 0),
    ("Insurgents claimed 12 civilians were killed in the operation. ISAF found no evidence of "
     "civilian casualties.", 0),
    ("Taliban claims of 20 killed are false; the security force killed two insurgents.", 2),
    # guards
    ("Taliban claims that 20 civilians were killed are false.", 0),
    ("Insurgents claimed they killed three soldiers, but the security force killed two "
     "insurgents.", 2),
    ("The security force killed two insurgents. ISAF found no evidence of civilian casualties.",
     2),
    ("The district governor said five insurgents were killed in the operation.", 5),
    ("ISAF reported two insurgents were killed, and a rumour that civilians were hurt is "
     "false.", 2),
])
def test_a_toll_the_release_calls_false_is_not_counted(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize("body", [
    # support fire by its other names
    "The ground force called in attack aviation, which engaged and killed two insurgents in "
    "Helmand province.",
    # strikes the release recalls without a date
    "The security force detained a Taliban leader who was previously wounded in an air strike.",
    "The security force detained a Taliban leader who was wounded in an earlier air strike.",
    "The security force detained a Taliban leader who was wounded in a prior air strike in "
    "Kunduz province.",
    "The security force detained the new Taliban leader in Kunduz province; his predecessor was "
    "killed in an air strike.",
    "The security force detained the Taliban leader in Kunduz province. His predecessor was "
    "killed in an air strike.",
    # another party's claim the release refutes
    "Insurgents claimed an air strike killed civilians in Kunduz province; ISAF found no "
    "evidence of civilian casualties.",
    "Insurgents claimed an air strike killed civilians in Kunduz province. ISAF found no "
    "evidence to support the claim.",
    # guards: aircraft that only support a ground engagement
    "The air weapons team engaged the insurgents, killing three, in Kandahar province.",
    "An aerial weapons team engaged the insurgents, killing three, in Kandahar province.",
    "A scout weapons team engaged two insurgents emplacing a bomb in Kandahar province.",
])
def test_support_fire_recalled_and_refuted_strikes_are_no_isaf_airstrike(body: str) -> None:
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    "Coalition aircraft struck an insurgent position in Sangin district, killing four "
    "insurgents.",
    "The Taliban commander was killed in a precision air strike in Kandahar province.",
    "The previous night, an air strike killed two insurgents in Kunduz province.",
    "Earlier today, coalition aircraft conducted an air strike on an insurgent compound in "
    "Kunduz province.",
    "An air strike killed the Taliban leader, whose predecessor was killed in an earlier air "
    "strike.",
    "Insurgents claimed an air strike killed civilians in Kunduz province. ISAF is "
    "investigating the report.",
    "The ground force called in attack aviation and a precision air strike on the insurgents.",
])
def test_a_strike_the_release_reports_is_still_an_isaf_airstrike(body: str) -> None:
    assert answer(body).airstrike


@pytest.mark.parametrize(("body", "killed"), [
    ("The security force detained the Taliban leader in Kunduz province. His predecessor was "
     "killed in an air strike.", 0),
    ("The security force detained a Taliban leader whose brother was killed in an earlier "
     "raid.", 0),
    # guard
    ("The security force killed two insurgents in Kunduz province the previous night.", 2),
])
def test_a_toll_recalled_without_a_date_is_not_counted(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed", "claims"), [
    # a second toll of the same count that says it adds people is not a restatement
    ("The air weapons team killed two insurgents, and the ground force killed two more.", 4, 2),
    ("The security force killed one insurgent. An additional insurgent was killed by the air "
     "weapons team.", 2, 2),
    # tolls of the two sides are two claims, even with the same count
    ("Insurgents attacked the patrol, killing one service member. The security force returned "
     "fire, killing one insurgent.", 1, 2),
    # guards: restatements stay one claim
    ("The security force killed two insurgents. The insurgents were killed while emplacing a "
     "bomb.", 2, 1),
    ("The force killed two insurgents. Two insurgents were killed in the engagement.", 2, 1),
    ("The security force killed more than two insurgents in the engagement. More than two "
     "insurgents were killed.", 3, 1),
    ("One Afghan soldier was killed in the attack. The soldier was killed by small-arms fire.",
     0, 1),
])
def test_same_count_tolls_merge_only_as_restatements(body: str, killed: int,
                                                     claims: int) -> None:
    text = DATELINE + body
    result = extract(text, backend="rules", published=PUBLISHED)
    assert (derive(result, text).killed, len(result.claims)) == (killed, claims)


@pytest.mark.parametrize(("body", "killed"), [
    # an attacker named after the toll is not its victim: the own dead stay uncounted
    ("One Afghan soldier was killed by the attacker, who was wearing an army uniform.", 0),
    ("Two ANSF members were killed by a gunman wearing a police uniform.", 0),
    # a denial after another party's claim refutes that claim, not any later sentence
    ("Local officials claimed three civilians were killed in the strike. ISAF found no "
     "evidence of insurgent activity in the area.", 3),
])
def test_attacker_and_refutation_words_are_read_in_their_place(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("quote", "killed"), [
    # a quote that names the attacker after the toll (as a model may quote it) is still the
    # own side's dead; the attacker named before the toll is the one killed
    ("One Afghan soldier was killed by a gunman wearing a police uniform", 0),
    ("The gunman, wearing an Afghan soldier's uniform, was killed", 1),
])
def test_an_insider_attacker_is_read_before_the_toll(quote: str, killed: int) -> None:
    text = DATELINE + quote + " in Kandahar province."
    toll = claim("k1", quote, low=1, high=1, text=text)
    assert derive(extraction([], [toll], text=text), text).killed == killed
