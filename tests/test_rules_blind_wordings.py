"""Wordings the blind set's development half (``evals/isaf_blind``, rows 1-40) showed the rules
misread. Each probe here is written anew in the releases' style, not copied from that set, and
checks ``extract()``'s claims as well as the ISAF reduction's answer."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, read


def killed_claims(body: str) -> tuple[int, list[tuple[int | None, list[str]]]]:
    text = DATELINE + body
    result, claims = read(text)
    for c in claims:
        for span in c.evidence:
            assert text[span.start:span.end] == span.text
    return result.killed, [(c.count.min, [s.text for s in c.evidence]) for c in claims
                           if c.outcome == "killed"]


def test_a_toll_told_by_whose_is_one_person_of_its_own_date() -> None:
    killed, claims = killed_claims(
        "Three insurgents were killed yesterday when coalition forces returned fire in Sangin "
        "district, Helmand province.\nThe insurgents were members of a cell whose former leader "
        "was killed in an air strike in March.")
    assert killed == 3
    assert (1, ["whose former leader was killed", "in March"]) in claims
    assert claims[0][0] == 3 and "whose" not in " ".join(claims[0][1])


def test_whose_with_a_number_keeps_the_number() -> None:
    _, claims = killed_claims(
        "An Afghan and coalition security force detained a Taliban facilitator whose two "
        "brothers were killed in Kandahar province yesterday.")
    assert [count for count, _ in claims] == [2]


def test_a_toll_that_points_back_restates_the_side_named_before_it() -> None:
    # "killing four of them" is of the insurgents just named, so it restates the lede's toll
    # and not the policemen's, which sits between them
    killed, claims = killed_claims(
        "Afghan and coalition forces killed four insurgents in Spin Boldak district, Kandahar "
        "province, today after insurgents attacked a border post, killing two policemen.\n"
        "The force tracked the insurgents to a compound and engaged them, killing four of "
        "them.")
    assert killed == 4
    assert sorted(count or 0 for count, _ in claims) == [2, 4]


def test_a_toll_pointing_back_to_own_forces_stays_apart() -> None:
    killed, claims = killed_claims(
        "Afghan and coalition forces killed four insurgents in Spin Boldak district, Kandahar "
        "province, today.\nEarlier, insurgents ambushed two Afghan policemen near the border post, "
        "killing both of them.")
    assert killed == 4
    assert sorted(count or 0 for count, _ in claims) == [2, 4]
