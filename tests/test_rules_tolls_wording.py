"""Casualty tolls in the wordings ISAF-style releases use, through the rules and the ISAF reduction.

Every sentence here was written for these tests in the style of ISAF, coalition and Afghan
government press releases of 2009-2013 (none is copied from ``evals/external/isaf`` or the gold
set). Each family pins what a phrase pattern means: probes that the rules misread before the
pattern was added, and guards (near misses that must keep their reading), so a rule fitted to one
release and breaking the pattern fails here. A release's toll is read as ``llmextract eval
--dataset isaf`` reads it (``evaluation.isaf.derive``): the killed the release's own operations
report, not its own side's dead (see that module's docstring).
"""

from __future__ import annotations

import pytest

from llmextract.schema import CasualtyClaim
from tests import isaf_probes


def read(body: str) -> tuple[int, list[CasualtyClaim]]:
    """The ISAF killed figure of a release made of ``body``, and the claims behind it."""
    found, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    return found.killed, claims


def killed(body: str) -> int:
    return read(body)[0]


@pytest.mark.parametrize(("body", "toll"), [
    # a passive pair with a participle not in -ed: "was shot and killed"
    ("The insurgent was shot and killed.", 1),
    ("The gunman was shot and killed by the Afghan guard force.", 1),
    ("The insurgent was hit and killed by the air weapons team.", 1),
    # guards: the -ed pair, and a shot that killed no one
    ("The insurgent was engaged and killed.", 1),
    ("Two insurgents were shot and killed after they fired on the security force.", 2),
    ("The insurgent was shot and detained.", 0),
    ("The insurgent was shot in the leg.", 0),
    ("The vehicle was hit and destroyed by the air weapons team.", 0),
])
def test_a_passive_pair_with_an_irregular_participle(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_shot_and_wounded_is_an_injury_of_the_subject() -> None:
    _, claims = read("Two civilians were shot and wounded.")
    assert [(c.outcome, c.count.min, c.evidence[0].text) for c in claims] == [
        ("injured", 2, "Two civilians were shot and wounded")]


@pytest.mark.parametrize(("body", "toll"), [
    # a wound said to be fatal is a death
    ("The insurgent was fatally shot.", 1),
    ("Two insurgents were fatally wounded.", 2),
    ("One insurgent was mortally wounded.", 1),
    ("The security force fatally wounded two insurgents.", 2),
    ("The patrol returned fire, fatally wounding one insurgent.", 1),
    ("The security force fatally shot the gunman.", 1),
    ("The insurgent was mortally wounded and later died.", 1),
    # guards: other wounds are wounds
    ("Two insurgents were critically wounded.", 0),
    ("One insurgent was seriously wounded and later detained.", 0),
    ("The security force wounded two insurgents.", 0),
])
def test_a_fatal_wound_is_a_death(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # one person named by a role, with "the": one, not an uncounted group
    ("The shooter was killed.", 1),
    ("The assailant was killed by return fire.", 1),
    ("The assailant, wearing an Afghan army uniform, was killed by return fire.", 1),
    ("The triggerman was killed.", 1),
    ("The bomb maker was killed.", 1),
    ("The weapons trafficker was killed.", 1),
    ("The perpetrator was killed.", 1),
    ("The infiltrator was killed.", 1),
    ("The target was killed in the strike.", 1),
    ("The intended target of the operation, a Taliban commander, was killed.", 1),
    ("The security force killed the shooter.", 1),
    ("The security force killed the perpetrator.", 1),
    # guards: roles read before, and plurals that stay uncounted groups
    ("The gunman was killed.", 1),
    ("The sniper was killed.", 1),
    ("The targeted individual was killed.", 1),
    ("The shooters were killed.", 3),
    ("Two shooters were killed.", 2),
    ("Three assailants were killed.", 3),
])
def test_one_person_named_by_a_role(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # a "with" that qualifies the person is part of the subject, not a clause boundary
    ("A man associated with the Taliban was killed.", 1),
    ("An insurgent affiliated with the Haqqani network was killed.", 1),
    ("A Taliban commander with ties to al-Qaida was killed.", 1),
    # guards: read before, "armed with", a plural subject, a "with" after a clause
    ("A fighter armed with a rocket-propelled grenade was killed.", 1),
    ("Two insurgents armed with rifles were killed.", 2),
    ("Insurgents with weapons were killed.", 3),
    ("The Taliban leader was killed. An insurgent travelling with him was also killed.", 1),
    ("The force engaged the enemy with small-arms fire, and two insurgents were killed.", 2),
])
def test_a_subject_qualified_by_with(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_a_person_working_with_a_force_is_the_one_killed() -> None:
    _, claims = read("An interpreter working with coalition forces was killed.")
    assert [(c.outcome, c.count.min, c.count.max, c.population) for c in claims] == [
        ("killed", 1, 1, "civilian")]


@pytest.mark.parametrize(("body", "toll"), [
    # "also" between a subject and its verb adds the subject to the dead told before
    ("The Taliban commander was killed. His associate was also killed.", 2),
    ("Mullah Karim was killed in the strike. Mullah Rahim was also killed.", 2),
    ("The Taliban leader was killed. His brother also died in the strike.", 2),
    # guards: more people told with "also" before; the same person or toll told again
    ("The Taliban leader was killed. Two of his bodyguards were also killed.", 3),
    ("The Taliban leader was killed. The strike also killed his brother.", 2),
    ("Mullah Karim was killed in the strike. Mullah Karim was also known as Mullah Sahib.", 1),
    ("Two insurgents were killed. The two insurgents were also identified as Taliban "
     "fighters.", 2),
    ("The insurgent was wounded and later died.", 1),
    ("Two insurgents later died of their wounds.", 2),
])
def test_also_killed_after_the_subject(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # a toll told as what reports, claims or allegations said, which the sentence calls untrue
    ("Reports that civilians were killed in the operation are false.", 0),
    ("The initial report that two civilians were killed was incorrect.", 0),
    ("Taliban claims that the strike killed 20 civilians are false.", 0),
    ("Allegations that 15 civilians were killed in the operation have been proven false.", 0),
    ("Claims that coalition forces killed three civilians were determined to be unfounded by "
     "the joint assessment team.", 0),
    # guards: reports confirmed or simply told
    ("Reports that two insurgents were killed in the strike were confirmed by the district "
     "governor.", 2),
    ("Initial reports indicate two insurgents were killed.", 2),
    ("ISAF confirmed reports that two insurgents were killed in the engagement.", 2),
])
def test_a_toll_the_release_calls_false_is_denied(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_a_toll_called_false_keeps_its_count_as_a_denial() -> None:
    _, claims = read("The initial report that two civilians were killed was incorrect.")
    assert [(c.count.min, c.population, c.claimant, c.stance) for c in claims] == [
        (2, "civilian", None, "denied")]


@pytest.mark.parametrize(("sentence", "victim"), [
    # a copula after the victim opens the larger clause's predicate, not part of the victim
    ("Taliban claims that the strike killed 20 civilians are false.", "killed 20 civilians"),
    # guard: a copula right after the verb is the verb's own
    ("An airstrike hit a house in Rafah on Monday. Those killed were three brothers.",
     "killed were three brothers"),
])
def test_a_copula_ends_an_active_victim(sentence: str, victim: str) -> None:
    _, claims = read(sentence)
    assert victim in [s.text for c in claims for s in c.evidence]


@pytest.mark.parametrize(("body", "toll"), [
    # what a device could do is not a toll
    ("The device was capable of killing many people.", 0),
    ("The cache held explosives capable of killing dozens of civilians.", 0),
    ("The bomb had the potential of killing scores of Afghan civilians.", 0),
    # guards: a capability beside a real toll; an intent already read
    ("The strike, capable of hitting a moving target, killed two insurgents.", 2),
    ("The IED had the potential to kill dozens of civilians.", 0),
    ("Had the IED detonated, it could have killed dozens of civilians.", 0),
])
def test_a_capability_is_no_toll(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # a list of people joined by commas and "and" is one subject, or one object
    ("The Taliban commander, his deputy and a bodyguard were killed.", 3),
    ("Mullah Karim, Mullah Rahim, Abdul Qadir and Haji Wali were killed.", 4),
    ("Abdul Qadir and Haji Wali were killed.", 2),
    ("Afghan forces killed Mullah Karim, Mullah Rahim and Abdul Qadir.", 3),
    # guards: a clause before the comma, a role set off by commas, a closing comma
    ("After the engagement, two insurgents and a commander were killed.", 3),
    ("The security force returned fire, and a commander and his deputy were killed.", 2),
    ("Mullah Karim, a Taliban commander, was killed.", 1),
    ("Mullah Karim, a Taliban commander, and his driver were killed.", 2),
    ("The targeted Taliban leader, Mullah Rahim, and two other insurgents were killed in the "
     "strike.", 3),
    ("The victims, a woman and her two children, were killed.", 3),
    ("Afghan forces killed two insurgents, ISAF and Afghan officials said.", 2),
])
def test_a_list_of_people(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # a relative clause set off by a comma tells what became of the counted people before it
    ("While searching the compound, the security force was fired upon by an insurgent, who "
     "was killed in the ensuing engagement.", 1),
    ("The security force was engaged by an insurgent, who was subsequently killed.", 1),
    ("The patrol was attacked by two insurgents, who were killed by return fire.", 2),
    # guards: one that recalls the past; an uncounted antecedent; not a death
    ("The force detained the deputy of a Taliban commander, who was killed in a previous "
     "operation.", 0),
    ("The security force detained the brother of an insurgent, who was killed last year.", 0),
    ("The security force detained a Taliban leader, who was wounded during the operation.", 0),
    ("The operation targeted insurgents, who were planning attacks.", 0),
])
def test_a_set_off_relative_clause_counts_its_antecedent(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # what someone does or is known for is not a toll
    ("The Taliban kills civilians indiscriminately, the governor said.", 0),
    ("The leader is known for killing civilians who support the government.", 0),
    ("The commander is notorious for killing local elders.", 0),
    # guards: a present tense with a count; a past killing of people counted
    ("The strike kills two insurgents every time, the pilot said.", 2),
    ("The security force killed insurgents during the engagement.", 3),
    ("Insurgents who kill civilians will be brought to justice.", 0),
])
def test_a_habit_is_no_toll(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # some of the wounded who then died are more dead
    ("Two of the wounded insurgents later died.", 2),
    ("Two insurgents were killed and three were wounded. One of the wounded later died of his "
     "injuries.", 3),
    # guards: some of the dead; wounded who died in a sentence that gives the toll they make
    ("Two insurgents were killed and three were wounded. Two of the dead were Taliban "
     "commanders.", 2),
    ("Two insurgents were killed and three were wounded. One of the wounded later died, "
     "bringing the toll to three.", 3),
    ("Two insurgents were wounded. One of the wounded was later detained.", 0),
])
def test_the_wounded_who_died(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # "a third" after a counted group is one more person of it
    ("The force killed two insurgents and a third.", 3),
    ("The air weapons team killed two insurgents and a third who tried to flee.", 3),
    # guards: a third who did something else
    ("The force killed two insurgents and a third fled.", 2),
    ("The security force killed two insurgents and the third was detained.", 2),
    # a hedge between the auxiliary and the participle
    ("The Taliban leader was presumed dead after the strike.", 1),
    ("Two insurgents were presumed killed.", 2),
    ("The Taliban leader was presumed to be hiding in the village.", 0),
])
def test_a_third_and_a_presumed_death(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # "left dead" / "left wounded": a passive with "left" before the participle
    ("Two insurgents were left dead.", 2),
    ("The insurgent was left wounded and later died.", 1),
    # guards
    ("The insurgents were left behind.", 0),
    ("The engagement left two insurgents dead.", 2),
    ("Two insurgents were left wounded.", 0),
])
def test_left_dead(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # tolls in the release's own officers' words, and another party's beside them
    ("“We killed two insurgents who were planting a bomb,” said Lt. Col. John Smith, the task "
     "force commander.", 2),
    ("The district governor said two insurgents were killed in the operation.", 2),
    ("ISAF forces killed two insurgents. The Taliban claimed that 15 civilians were killed.", 2),
])
def test_tolls_in_quotes_and_claims_are_already_read(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # any adverb in -ly between the auxiliary and the participle
    ("Two insurgents were likely killed.", 2),
    ("Two civilians were inadvertently killed in the crossfire.", 2),
    ("A civilian was unintentionally killed.", 1),
    # guards: a fatal wound is still a death; a negation is none
    ("Two insurgents were fatally wounded.", 2),
    ("Two insurgents were seriously wounded.", 0),
    ("Two civilians were not killed.", 0),
])
def test_an_adverb_before_the_participle(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_an_adverb_before_the_participle_keeps_the_subject_as_victim() -> None:
    _, claims = read("Two civilians were accidentally killed during the operation.")
    assert [(c.count.min, c.evidence[0].text) for c in claims] == [
        (2, "Two civilians were accidentally killed")]


@pytest.mark.parametrize(("body", "toll"), [
    # a later assessment's toll replaces the initial one, in the same sentence or paragraph
    ("Initial reports indicated three insurgents were killed; a follow-on assessment "
     "determined five were killed.", 5),
    ("Initial reports indicated three insurgents were killed. However, a subsequent assessment "
     "determined that five insurgents were killed.", 5),
    ("The strike killed three insurgents. The security force later determined that five "
     "insurgents were killed.", 5),
    # guards: the same toll confirmed; more dead found; an assessment alone
    ("The security force killed two insurgents. A follow-on assessment confirmed two insurgents "
     "were killed.", 2),
    ("Three insurgents were killed in the engagement. A subsequent assessment found that two "
     "more insurgents had been killed.", 5),
    ("A ground assessment found that four insurgents had been killed.", 4),
])
def test_a_later_assessment_replaces_the_initial_toll(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # a second toll with its verb left out: a bare count with its place, time or means
    ("Afghan forces killed four insurgents in Helmand and two in Kandahar.", 6),
    ("One insurgent was killed in the first engagement and two in the second.", 3),
    ("The security force killed one insurgent in the morning and another in the afternoon.", 2),
    ("Two insurgents were killed by a precision strike, and three more by small-arms fire.", 5),
    # guards: the second count does something else, or is no count of people
    ("Afghan forces killed two insurgents in Helmand and detained three in Kandahar.", 2),
    ("Afghan forces killed two insurgents in Helmand and two in Kandahar were detained.", 2),
    ("Two insurgents were killed in the strike and two in the compound surrendered.", 2),
    ("Afghan forces killed two insurgents in the compound and one in the vehicle was wounded.",
     2),
    ("Afghan forces killed two insurgents in Nad-e Ali and Marjah districts.", 2),
    ("Two insurgents were killed and two in the vehicle fled.", 2),
    ("The patrol killed two insurgents, and two more fled.", 2),
    ("Two insurgents were wounded in the first engagement and two in the second.", 0),
])
def test_a_toll_with_its_verb_left_out(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_a_toll_with_its_verb_left_out_is_its_own_claim() -> None:
    _, claims = read("Afghan forces killed four insurgents in Helmand and two in Kandahar.")
    assert [(c.count.min, c.population, c.evidence[0].text) for c in claims] == [
        (4, "combatant", "killed four insurgents"), (2, "combatant", "two in Kandahar")]


@pytest.mark.parametrize(("sentence", "victim"), [
    # a clause joined by "and" with its own subject and casualty verb ends the victim
    ("The air weapons team killed two insurgents, and the ground force killed two more.",
     "killed two insurgents"),
    # guard: people joined by "and"
    ("The security force killed a Taliban leader and two of his fighters.",
     "killed a Taliban leader and two of his fighters"),
])
def test_a_clause_after_and_ends_the_victim(sentence: str, victim: str) -> None:
    _, claims = read(sentence)
    assert claims[0].evidence[0].text == victim


@pytest.mark.parametrize(("body", "toll"), [
    # a participle after its counted subject, then a copula: the predicate describes the dead
    ("The two insurgents killed were known Taliban fighters.", 2),
    ("An insurgent killed during the operation was carrying a grenade.", 1),
    ("The insurgent killed in the engagement was identified as Mullah Karim.", 1),
    ("The man killed in the operation was a Taliban commander.", 1),
    # guards: the inverted order at a clause's start; those killed named after the copula;
    # a negation
    ("Killed in the strike were two Taliban commanders.", 2),
    ("The strike killed three insurgents. Also killed in the strike were two Taliban "
     "commanders.", 5),
    ("An airstrike hit a house in Rafah on Monday. Those killed were three brothers.", 3),
    ("Both insurgents killed were armed with AK-47s.", 2),
    ("The woman was not detained. The insurgent was not killed.", 0),
])
def test_a_participle_after_its_counted_subject(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # lives taken or lost are deaths
    ("The attack claimed the lives of three civilians.", 3),
    ("The IED took the lives of two children.", 2),
    ("The blast cost the lives of three Afghan civilians.", 3),
    ("ISAF regrets the loss of two civilian lives.", 2),
    ("Two civilian lives were lost in the incident.", 2),
    # guards: lives saved, endangered, or lost in general; a denial; read before
    ("The quick reaction of the patrol saved the lives of two civilians.", 0),
    ("The insurgents endangered the lives of dozens of civilians.", 0),
    ("The insurgents put the lives of civilians at risk.", 0),
    ("ISAF regrets any loss of civilian lives.", 0),
    ("The bomb could have claimed the lives of dozens of civilians.", 0),
    ("No lives were lost.", 0),
    ("There was no loss of life.", 0),
    ("Two civilians lost their lives in the attack.", 2),
])
def test_lives_taken_or_lost(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_lives_lost_are_a_claim_of_their_own() -> None:
    _, claims = read("ISAF regrets the loss of two civilian lives.")
    assert [(c.outcome, c.count.min, c.count.max, c.population, c.evidence[0].text)
            for c in claims] == [("killed", 2, 2, "civilian", "loss of two civilian lives")]


@pytest.mark.parametrize(("body", "toll"), [
    # dying of wounds in other words
    ("The insurgent later succumbed to his wounds.", 1),
    ("One insurgent was wounded and later succumbed to his injuries.", 1),
    ("Two civilians succumbed to their injuries at the hospital.", 2),
    ("The insurgent passed away at the hospital.", 1),
    # guards: giving in to something else; a wounded man who lived
    ("The patrol succumbed to fatigue after the long march.", 0),
    ("The Taliban succumbed to pressure and withdrew.", 0),
    ("The insurgent's wounds were not life-threatening.", 0),
])
def test_succumbed_to_wounds(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_giving_in_to_pressure_is_no_claim() -> None:
    assert read("The Taliban succumbed to pressure and withdrew.")[1] == []


@pytest.mark.parametrize(("body", "toll"), [
    # killings by the other side in other verbs
    ("Insurgents assassinated a district governor in Kandahar yesterday.", 1),
    ("The district governor was assassinated by insurgents.", 1),
    ("Gunmen gunned down two tribal elders.", 2),
    ("Two tribal elders were gunned down by Taliban gunmen.", 2),
    ("Insurgents massacred five villagers.", 5),
    ("The Taliban murdered a local teacher.", 1),
    # guards: attempts, plots, and what a release "executes"
    ("Insurgents attempted to assassinate the district governor.", 0),
    ("The plot to assassinate the governor was foiled.", 0),
    ("The Taliban leader coordinated an assassination attempt on the governor.", 0),
    ("The Taliban leader executed attacks against Afghan and coalition forces.", 0),
    ("The security force executed a search of the compound.", 0),
])
def test_killings_in_other_verbs(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # "N of whom were killed": the part of the group before it that was killed
    ("Three insurgents fired on the patrol, one of whom was killed.", 1),
    ("The security force engaged three insurgents, two of whom were killed.", 2),
    ("The security force engaged three insurgents, two of which were killed.", 2),
    ("The patrol engaged a group of insurgents, all of whom were killed.", 3),
    # guards: a part that was wounded; a part described, not killed again
    ("The security force detained three insurgents, one of whom was wounded.", 0),
    ("The security force killed two insurgents, one of whom was a Taliban commander.", 2),
])
def test_n_of_whom_were_killed(body: str, toll: int) -> None:
    assert killed(body) == toll


@pytest.mark.parametrize(("body", "toll"), [
    # a toll written as a noun after its count
    ("The engagement resulted in two insurgent deaths.", 2),
    ("The security force reported three insurgent fatalities.", 3),
    ("The air weapons team engaged the fighters, resulting in one enemy KIA.", 1),
    ("The clearing operation ended with four insurgent deaths, officials said.", 4),
    # guards: a noun toll already read, no count, none, and a car called KIA
    ("The security force confirmed the deaths of two insurgents.", 2),
    ("The security force reported insurgent deaths.", 0),
    ("There were no insurgent deaths.", 0),
    ("The insurgents fled in a white KIA sedan.", 0),
    ("The insurgents fled in a white Kia.", 0),
])
def test_a_noun_toll_after_its_count(body: str, toll: int) -> None:
    assert killed(body) == toll


def test_a_noun_toll_is_a_killed_claim_of_its_counted_people() -> None:
    _, claims = read("The engagement resulted in three insurgent fatalities.")
    assert [(c.outcome, c.count.min, c.population) for c in claims] == [
        ("killed", 3, "combatant")]


@pytest.mark.parametrize("body", [
    # a running count has no day of its own: the lede's day is not its date
    "The war, which began in 2001, has killed tens of thousands of people.",
    "The monitoring group, which tracks reported incidents, has recorded more than 2,800 "
    "civilian deaths.",
    "The conflict has claimed the lives of more than 1,000 civilians.",
    "The United Nations has documented 1,462 civilian deaths in the first half of the year.",
])
def test_a_running_count_takes_no_date_from_the_lede(body: str) -> None:
    _, claims = isaf_probes.read(isaf_probes.DATELINE + "The security force conducted an "
                                 "operation in Nad-e Ali district, Helmand province, today. "
                                 + body)
    assert claims and all(c.date is None or c.date.precision != "day" for c in claims)


def test_a_toll_of_the_day_still_takes_the_lede_date() -> None:
    # guard: a toll without a running-count marker is the lede's operation's
    _, claims = isaf_probes.read(isaf_probes.DATELINE + "The security force conducted an "
                                 "operation in Nad-e Ali district, Helmand province, today. "
                                 "The security force has killed two insurgents.")
    assert [(c.count.min, c.date and c.date.earliest) for c in claims] == [
        (2, isaf_probes.PUBLISHED)]
