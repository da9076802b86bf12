"""Wordings the misses left open from the fresh open sets showed in memorials (issue 14): the
own dead named first and set off by the part he served in, and those who gather to mourn him
named by their post; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A man named first and set off by whom he served with and in what part ("Faridoon, a civilian
# working with ISAF as an interpreter, who was killed") is the memorial's own dead, so the
# attackers' toll it tells with his death is that attack's, history too.
def test_an_own_man_set_off_by_the_part_he_served_in_is_mourned() -> None:
    for who in ("a civilian working with ISAF as an interpreter",
                "a civilian serving with the coalition as a cultural adviser"):
        body = (f"Soldiers held a ceremony here today for Samiullah, {who}, who was killed last "
                "week when insurgents attacked his convoy in Panjwa'i district, Kandahar "
                "province.\n\nAfghan police killed the attackers after a short chase.")
        assert answer(body).killed == 0, who


# ... whoever gathers to mourn him, a headquarters' staff as well as its soldiers
def test_a_headquarters_staff_mourning_its_own_man() -> None:
    body = ("ISAF headquarters staff gathered today to remember Mohammad Wali, a civilian "
            "working with ISAF as an interpreter, who was killed in the attack on Kabul last "
            "week.\n\nAfghan security forces killed the attackers after a long fight.")
    assert answer(body).killed == 0


# negative: an apposition naming the other side sets off no own dead; the attackers' toll of
# the release's own days counts
def test_an_enemy_set_off_by_his_part_is_no_own_dead() -> None:
    body = ("Afghan and coalition forces killed Mullah Nasir, a Taliban fighter working with "
            "the Haqqani network as a bomb maker, who was killed in Paktiya province "
            "yesterday.\n\nThe patrol killed two insurgents with him after a short fight.")
    assert answer(body).killed >= 2


# negative: civilians the troops honour are not their own, so a fresh toll beside them counts
def test_civilians_mourned_are_not_its_own_dead() -> None:
    body = ("Soldiers held a ceremony here today for three civilians who were killed last week "
            "when insurgents attacked a bazaar in Panjwa'i district, Kandahar province.\n\n"
            "Afghan police killed the attackers after a short chase.")
    assert answer(body).killed == 3


# Those a memorial counts before its "who" are people whatever their trade, as a name's
# apposition is ("to honor two combat engineers who were killed ... June 3"): the release is
# dated by the day they fell, and they are its own dead, whoever gathers to mourn them.
def test_a_counted_trade_a_memorial_honours_is_its_own_dead_of_their_day() -> None:
    body = ("Soldiers of a coalition task force gathered here today to honor two combat "
            "engineers who were killed when a roadside bomb struck their vehicle in Zhari "
            "district, Kandahar province, June 12.")
    got = answer(body)
    assert (got.killed, str(got.start_date)) == (0, "2011-06-12")


def test_personnel_mourn_as_troops_do() -> None:
    body = ("Afghan and coalition personnel gathered in Charikar, Parwan province, today to "
            "dedicate a memorial to three drivers who were killed last week when their truck "
            "overturned.")
    assert answer(body).killed == 0


# negative: a count of the other side before a "who" keeps its reading, a toll of the day
def test_a_counted_enemy_before_who_still_counts() -> None:
    body = ("A coalition patrol in Zhari district, Kandahar province, killed two bomb makers "
            "who were planting a roadside bomb near the village of Sangsar today.")
    assert answer(body).killed == 2


# An aside set off between "and" and a counted second object ("killed three insurgents and,
# ISAF regrets, two civilians") leaves one list: both its parts count.
def test_an_aside_between_and_and_a_counted_object_keeps_the_list() -> None:
    for aside in ("the coalition regrets", "we deeply regret", "ISAF now believes"):
        body = ("A coalition air strike killed four insurgents and, "
                f"{aside}, one civilian in Khost province yesterday.")
        assert answer(body).killed == 5, aside


# negative: an aside before a second verb is no list of one toll; its "wounded" counts no dead
def test_an_aside_before_a_second_verb_keeps_its_verb() -> None:
    body = ("A coalition air strike killed four insurgents and, the coalition regrets, wounded "
            "one civilian in Khost province yesterday.")
    assert answer(body).killed == 4


# negative: another's word set off before the second object is their claim, not the release's
# list: "and, the Taliban claimed, 12 civilians" (rejected) adds no 12, and officials' "two
# civilians" set off that way is theirs, not the release's own second object
def test_a_claim_set_off_after_and_is_no_part_of_the_list() -> None:
    body = ("Afghan and coalition forces killed three insurgents and, the Taliban claimed, 12 "
            "civilians in Nad Ali district, Helmand province, today. ISAF rejects the claim.")
    assert answer(body).killed != 12
    body = ("Afghan and coalition forces killed three insurgents and, provincial officials "
            "said, two civilians in Nad Ali district, Helmand province, today.")
    assert answer(body).killed == 3
