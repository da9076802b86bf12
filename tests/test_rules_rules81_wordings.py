"""Wordings the refuted-claim misses of the fresh open sets blind80-87 showed (issue 14): a
claim the release rejects whose maker is told with the day he made it, and a denial that names
"not a single" victim; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# Who made the claim the release rejects may be told with the day it was made between the
# claim and its maker: "rejected claims made yesterday by a council member that ...". The
# claim is the other party's, rejected, whatever tense or subject rejects it.
def test_a_claim_made_on_a_day_by_its_maker_and_rejected_counts_none() -> None:
    body = ("ISAF officials rejected claims made yesterday by a provincial council member that "
            "a coalition air strike killed 18 civilians in Shindand district, Herat province.")
    assert answer(body).killed == 0


def test_a_claim_made_on_a_named_day_rejected_in_the_present_counts_none() -> None:
    body = ("The coalition rejects claims made on Sunday by insurgent spokesmen that an ISAF "
            "air strike killed 22 villagers in Shindand district, Herat province.")
    assert answer(body).killed == 0


def test_a_claim_made_on_a_day_and_only_reviewed_is_still_a_toll() -> None:
    body = ("ISAF is reviewing claims made yesterday by a provincial council member that a "
            "coalition air strike killed 18 civilians in Shindand district, Herat province.")
    assert answer(body).killed == 18


# "Not a single civilian was harmed" denies any harm: none, never a toll of one.
def test_not_a_single_civilian_harmed_counts_none() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Nad Ali district, Helmand "
            "province, yesterday. \"Our soldiers searched every house, and not a single "
            "civilian was harmed,\" said an ISAF spokesman.")
    assert answer(body).killed == 3


def test_not_one_civilian_killed_counts_none() -> None:
    body = ("An air weapons team killed two insurgents who were firing on a patrol in Nad Ali "
            "district, Helmand province, yesterday. Not one civilian was killed in the "
            "engagement.")
    assert answer(body).killed == 2


def test_a_single_insurgent_killed_still_counts_one() -> None:
    body = ("The security force killed a single insurgent during an operation in Nad Ali "
            "district, Helmand province, yesterday.")
    assert answer(body).killed == 1


def test_not_one_but_two_killed_still_counts_two() -> None:
    body = ("Not one but two insurgent commanders were killed in Nad Ali district, Helmand "
            "province, yesterday.")
    assert answer(body).killed == 2


# "Not one ..., but two" after the verb is more than one, not none: the number after "but".
def test_not_one_commander_but_two_after_the_verb_counts_two() -> None:
    body = ("An air strike in Nad Ali district, Helmand province, yesterday killed not one "
            "insurgent commander, but two.")
    assert answer(body).killed == 2


def test_killed_not_one_but_two_counts_two() -> None:
    body = ("The strike killed not one but two insurgent commanders in Nad Ali district, "
            "Helmand province, yesterday.")
    assert answer(body).killed == 2


def test_not_a_single_civilian_but_a_house_still_counts_none() -> None:
    body = ("An air weapons team killed two insurgents in Nad Ali district, Helmand province, "
            "yesterday. The strike killed not a single civilian, but damaged a house.")
    assert answer(body).killed == 2
