"""Wordings the sixteenth blind set (``evals/isaf_blind/blind16.jsonl``, tolls spread across
sentences and paragraphs) showed the rules misread. Each probe is written anew in the releases'
style, not copied from that set, with negatives that keep the rule from reaching past its
wording."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_own_troops_confirming_a_toll_is_the_release_voice() -> None:
    lede = ("A coalition patrol was attacked by insurgents in Nadi Ali district, Helmand "
            "province, Friday, killing a number of insurgents. ")
    assert answer(lede + "After the fight, soldiers confirmed that five insurgents had been "
                  "killed.").killed == 5
    assert answer(lede + "When the patrol searched the compound, it confirmed four insurgents "
                  "were killed.").killed == 4
    assert answer(lede + "A patrol that searched the field Saturday found evidence that "
                  "confirmed six insurgents were killed.").killed == 6


def test_another_party_confirming_a_toll_is_still_its_own_account() -> None:
    lede = ("A coalition patrol was attacked by insurgents in Nadi Ali district, Helmand "
            "province, Friday, killing two insurgents. ")
    assert answer(lede + "Afghan soldiers confirmed that five insurgents had been "
                  "killed.").killed == 2
    assert answer(lede + "When the district police chief visited, he said nine insurgents "
                  "were killed.").killed == 2
    assert answer(lede + "When the ministry reviewed the fight, it confirmed seven insurgents "
                  "were killed.").killed == 2
