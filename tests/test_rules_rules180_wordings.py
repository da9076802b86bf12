"""Wordings the misses left open from the fresh open sets showed in claims the release refutes
or restates (issue 14): a claim told in the passive on the medium that carried it, and an
organisation that "lost" a man; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A claim told in the passive names its party by the medium it was made on ("claims were made
# on an insurgent website that ..."): a party's toll, which the release's own denial answers,
# not the release's own.
def test_a_claim_made_on_a_website_is_the_websites() -> None:
    for made in ("claims were made on an insurgent website",
                 "allegations were published by a Taliban website"):
        body = ("An Afghan and coalition security force killed two insurgents during an "
                f"operation in Imam Sahib district, Kunduz province, yesterday. Afterwards, {made} "
                "that six civilians were killed by the force.\n\nA joint team reviewed the "
                "operation and found that no civilians were harmed.")
        assert answer(body).killed == 2, made


# negative: a toll the release tells in its own voice after "claims" of another kind stands
def test_a_toll_told_in_the_release_own_voice_stands() -> None:
    body = ("An Afghan and coalition security force killed two insurgents during an operation "
            "in Imam Sahib district, Kunduz province, yesterday. Six civilians were killed by "
            "an insurgent bomb in the same district.")
    assert answer(body).killed == 8


# An organisation that "lost" a man, or "it" pointing back to one, tells a man it no longer
# has, however he was taken out (here the commander captured), not one more dead.
def test_a_network_that_lost_a_man_tells_no_death() -> None:
    for lost in ("Tonight it lost one of the men who make that happen.",
                 "Tonight the network lost one of its key organisers."):
        body = ("An Afghan and coalition security force captured a Haqqani network commander "
                "and killed two insurgents during an operation in Sabari district, Khost "
                "province, last night.\n\n\"The Haqqani network moves bombers through this "
                f"district,\" said Maj. Dana Holt, an ISAF spokeswoman. \"{lost}\"")
        assert answer(body).killed == 2, lost


# negative: fighters who lost men tell their dead
def test_fighters_that_lost_men_tell_their_dead() -> None:
    body = ("Afghan soldiers repelled an attack on a checkpoint in Sabari district, Khost "
            "province, last night. The insurgents lost four fighters before withdrawing.")
    assert answer(body).killed == 4
