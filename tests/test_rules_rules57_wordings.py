"""Wordings the misses of the sets opened in the ninth session showed (issue 14): each written
as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_a_death_officials_tell_and_the_fight_tells_again_is_one() -> None:
    # "was killed ..., officials said" and "returned fire, killing him": the release's own
    # voice tells one death twice (blind36-039, which reading "officials said" as the release's
    # voice had moved to 2)
    body = ("An insurgent commander who planned attacks on "
            "police in the Khogyani district of Nangarhar province was killed Saturday, "
            "officials said today.\n\nWhen the security force reached his compound, the "
            "commander fired on it from a rooftop. The force returned fire, killing him.")
    assert answer(body).killed == 1
    # told the other way round: the fight first, the officials' words after
    later = ("A security force returned fire on a rooftop "
             "gunman Saturday in the Khogyani district of Nangarhar province, killing him.\n\n"
             "The gunman, an insurgent commander who planned attacks on police, was killed "
             "in the exchange, officials said.")
    assert answer(later).killed == 1


def test_two_deaths_told_by_officials_and_by_the_fight_are_two() -> None:
    # negatives: a different number, or a second death the officials tell, still adds
    body = ("An insurgent commander was killed Saturday in "
            "the Khogyani district of Nangarhar province, officials said today.\n\nIn a "
            "separate engagement in Sherzad district, two insurgents fired on a patrol, which "
            "returned fire, killing them.")
    assert answer(body).killed == 3
