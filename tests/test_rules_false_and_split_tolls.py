"""Tolls a release calls false, and tolls of both sides in one phrase, read by extraction.

Every sentence was written for these tests in the style of ISAF press releases (none is copied
from ``evals/external/isaf`` or the gold set). The checks are on ``extract()``'s claims (stance,
claimant, count, evidence that is the article's own characters), then on the ISAF reduction's
answer, which reads those claims and no longer the text around them.
"""

from __future__ import annotations

import pytest

from llmextract.evaluation.isaf import derive
from llmextract.schema import CasualtyClaim
from tests.isaf_probes import DATELINE, read
from tests.test_eval_support import claim, extraction

PLACE = " in Nawa district, Helmand province, yesterday"


def claims_of(body: str) -> tuple[int, list[CasualtyClaim]]:
    """The reduction's killed and the claims of a release made of ``body``, every evidence
    span checked to be a verbatim slice of the text."""
    text = DATELINE + body
    result, claims = read(text)
    for c in claims:
        for span in c.evidence:
            assert text[span.start:span.end] == span.text, (c.id, span)
    return result.killed, claims


def killed_claims(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    return [c for c in claims if c.outcome == "killed"]


# --- a toll called false in its own sentence -------------------------------------------------

@pytest.mark.parametrize("body", [
    f"Taliban claims of 20 civilians killed in an air strike{PLACE} are false.",
    f"Insurgent claims of 20 civilians killed{PLACE} are untrue.",
    f"Claims of 20 civilians killed{PLACE} were baseless.",
    f"Reports of 20 civilians killed{PLACE} are not true.",
    f"False reports that 20 civilians were killed{PLACE} circulated in the district.",
    f"Baseless claims that coalition forces killed 20 civilians{PLACE} were spread by the "
    "Taliban.",
    f"ISAF rejected claims that 20 civilians were killed{PLACE}.",
    f"ISAF denied reports that a coalition air strike killed 20 civilians{PLACE}.",
    f"ISAF found no evidence that 20 civilians were killed{PLACE}.",
])
def test_a_toll_called_false_is_denied(body: str) -> None:
    killed, claims = claims_of(body)
    (toll,) = killed_claims(claims)
    assert toll.stance == "denied"
    assert toll.claimant is None  # the release's own voice denies it
    assert toll.count.min == 20
    assert killed == 0


@pytest.mark.parametrize(("body", "count", "stance", "killed"), [
    # reports confirmed, under investigation, or a dismissal of something else: not denials
    (f"Claims of 20 insurgents killed{PLACE} were confirmed by ISAF.", 20, "asserted", 20),
    (f"Reports that two civilians were killed{PLACE} are being investigated.", 2, "asserted", 2),
    (f"ISAF dismissed the commander after reports that two civilians were killed{PLACE}.", 2,
     "asserted", 2),
    (f"The false wall collapsed, and two insurgents were killed{PLACE}.", 2, "asserted", 2),
    (f"The security force killed two insurgents{PLACE}.", 2, "asserted", 2),
])
def test_a_toll_not_called_false_keeps_its_stance(body: str, count: int, stance: str,
                                                  killed: int) -> None:
    result, claims = claims_of(body)
    (toll,) = killed_claims(claims)
    assert (toll.count.min, toll.stance) == (count, stance)
    assert result == killed


# --- another party's toll the release refutes -------------------------------------------------

@pytest.mark.parametrize(("body", "denial", "population"), [
    (f"Insurgents claimed 20 civilians were killed in an air strike{PLACE}; ISAF found no "
     "evidence of civilian casualties.", "ISAF found no evidence of civilian casualties",
     "civilian"),
    (f"Insurgents alleged that coalition forces killed 20 civilians{PLACE}. ISAF found no "
     "evidence to support the claim.", "ISAF found no evidence to support the claim",
     "civilian"),
    (f"Local officials said 20 people were killed{PLACE}. The claims are false.",
     "The claims are false", "unknown"),
    (f"Local officials said 20 civilians were killed{PLACE}. ISAF rejected the allegations.",
     "ISAF rejected the allegations", "civilian"),
    (f"Villagers said 20 civilians were killed{PLACE}, but an investigation found no evidence "
     "of civilian deaths.", "an investigation found no evidence of civilian deaths", "civilian"),
])
def test_a_refuted_party_toll_gives_the_releases_denial(body: str, denial: str,
                                                         population: str) -> None:
    killed, claims = claims_of(body)
    party = [c for c in killed_claims(claims) if c.claimant is not None]
    own = [c for c in killed_claims(claims) if c.claimant is None]
    assert len(party) == 1 and party[0].stance == "claimed" and party[0].count.min == 20
    assert len(own) == 1
    assert own[0].stance == "denied"
    assert (own[0].count.min, own[0].count.max) == (0, 0)
    assert own[0].population == population
    assert own[0].evidence[0].text == denial
    assert killed == 0


def test_a_refuting_toll_of_its_own_is_the_denial() -> None:
    """"no civilians were harmed" is already a denial (0..0): it is not doubled, and the
    reduction drops the party's toll it answers."""
    killed, claims = claims_of(
        f"Insurgents claimed 20 civilians were killed in an air strike{PLACE}. An investigation "
        "determined no civilians were harmed.")
    own = [c for c in killed_claims(claims) if c.claimant is None]
    assert [(c.stance, c.count.max, c.evidence[0].text) for c in own] == [
        ("denied", 0, "no civilians were harmed")]
    assert killed == 0


@pytest.mark.parametrize("body", [
    # a doubt is no denial
    f"Local officials said 20 civilians were killed{PLACE}, but the reports could not be "
    "confirmed.",
    f"Local officials said 20 civilians were killed{PLACE}. ISAF is investigating the claims.",
    # no evidence of something else
    f"Local officials said 20 civilians were killed{PLACE}. ISAF found no evidence of insurgent "
    "activity in the area.",
    # too far: two sentences on
    f"Local officials said 20 civilians were killed{PLACE}. Coalition forces cleared the area. "
    "ISAF found no evidence of civilian casualties.",
])
def test_a_party_toll_not_refuted_stands(body: str) -> None:
    killed, claims = claims_of(body)
    assert [(c.claimant, c.stance, c.count.min) for c in killed_claims(claims)] == [
        ("Local officials", "claimed", 20)]
    assert killed == 20


def test_the_releases_denial_drops_only_the_same_population() -> None:
    """A denial of civilian deaths does not refute the party's toll of insurgents."""
    killed, claims = claims_of(
        f"Local officials said five insurgents were killed{PLACE}; ISAF found no evidence of "
        "civilian casualties.")
    assert [(c.population, c.stance) for c in killed_claims(claims)] == [
        ("combatant", "claimed"), ("civilian", "denied")]
    assert killed == 5


def test_the_releases_own_toll_with_a_denial_is_counted() -> None:
    killed, claims = claims_of(
        f"The security force killed two insurgents{PLACE}. ISAF found no evidence of civilian "
        "casualties.")
    assert [(c.claimant, c.stance, c.count.min) for c in killed_claims(claims)] == [
        (None, "asserted", 2)]
    assert killed == 2


# --- a toll of both sides in one phrase --------------------------------------------------------

@pytest.mark.parametrize(("body", "parties", "verb", "killed"), [
    ("A coalition service member and two insurgents were killed during an engagement in Sangin "
     "district, Helmand province, yesterday.",
     [("A coalition service member", 1), ("two insurgents", 2)], "were killed", 2),
    ("Two Afghan soldiers and five insurgents died in the fighting in Sangin district yesterday.",
     [("Two Afghan soldiers", 2), ("five insurgents", 5)], "died", 5),
    ("Insurgents attacked a patrol in Sangin district yesterday, killing an ANA soldier and "
     "three Taliban fighters.", [("an ANA soldier", 1), ("three Taliban fighters", 3)],
     "killing", 3),
    ("Three insurgents and an Afghan policeman were killed in the clash in Sangin district "
     "yesterday.", [("Three insurgents", 3), ("an Afghan policeman", 1)], "were killed", 3),
    # the population split gives each part its own words too
    ("The strike killed a Taliban commander and two civilians in Sangin district yesterday.",
     [("a Taliban commander", 1), ("two civilians", 2)], "killed", 3),
])
def test_a_toll_of_both_sides_is_one_claim_per_party(
        body: str, parties: list[tuple[str, int]], verb: str, killed: int) -> None:
    result, claims = claims_of(body)
    tolls = killed_claims(claims)
    assert [(c.evidence[0].text, c.count.min, c.count.max) for c in tolls] == [
        (words, n, n) for words, n in parties]
    for c in tolls:
        assert c.evidence[1].text == verb  # the verb the parties share
        assert (c.stance, c.claimant) == ("asserted", None)
    assert result == killed


@pytest.mark.parametrize(("body", "count"), [
    # one party: no split
    ("The security force killed a Taliban leader and two of his associates in Sangin district "
     "yesterday.", 3),
    ("Two insurgents and a Taliban commander were killed in Sangin district yesterday.", 3),
    ("Two Afghan soldiers and a policeman were killed by a roadside bomb in Sangin district "
     "yesterday.", 3),
    # one count of coordinated nouns
    ("The air strike killed at least 12 fighters and civilians in Sangin district yesterday.",
     12),
])
def test_a_toll_of_one_party_stays_one_claim(body: str, count: int) -> None:
    _, claims = claims_of(body)
    (toll,) = killed_claims(claims)
    assert toll.count.min == count


def test_the_reduction_reads_each_party_of_any_backends_output() -> None:
    """Any backend's claims, one per party: the releasing side's own dead add nothing, the other
    side's count; a party's toll the release denies in its own voice adds nothing either."""
    text = ("A coalition service member and two insurgents were killed. Villagers said three "
            "civilians were killed; ISAF found no evidence of civilian casualties.")
    claims = [
        claim("c1", "A coalition service member", low=1, high=1, population="combatant",
              text=text),
        claim("c2", "two insurgents", population="combatant", text=text),
        claim("c3", "three civilians were killed", low=3, high=3, population="civilian",
              claimant="Villagers", stance="claimed", text=text),
        claim("c4", "ISAF found no evidence of civilian casualties", low=0, high=0,
              population="civilian", stance="denied", text=text),
    ]
    assert derive(extraction(claims=claims, text=text), text).killed == 2
    only_party = [c for c in claims if c.id in ("c3", "c4")]
    assert derive(extraction(claims=only_party, text=text), text).killed == 0
    assert derive(extraction(claims=only_party[:1], text=text), text).killed == 3



def test_one_claim_counting_both_sides_counts_the_other_sides_part() -> None:
    # Another backend may keep one claim per population, as the guidelines allow: the
    # reduction still counts only the other side's dead of it.
    text = DATELINE + ("A coalition service member and two insurgents were killed during an "
                       "engagement in Sangin district, Helmand province, yesterday.")
    both = claim("c1", "A coalition service member and two insurgents were killed", low=3,
                 high=3, population="combatant", text=text)
    assert derive(extraction([], [both], text=text), text).killed == 2
    alone = claim("c1", "two insurgents were killed", population="combatant", text=text)
    assert derive(extraction([], [alone], text=text), text).killed == 2
