"""Wordings the misses left open from the fresh open sets showed in air strike look-alikes and
the province (issue 14): a ground rocket system told as the strike's means beside the
insurgents' roadside bomb, a strike told in the passive with an aircraft as its agent, a
correction whose wrong statement names the place without "took place", and a roundup's item
placed by its paragraph's opening; each written as a short release of our own, with
negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A precision strike whose next sentence tells it made with a ground rocket system is no air
# strike, though the men struck were seen planting a roadside bomb: their bomb is the target,
# not an aircraft's load.
def test_a_ground_strike_on_men_planting_a_roadside_bomb_is_no_air_strike() -> None:
    for bomb in ("a roadside bomb", "an improvised bomb", "roadside bombs"):
        body = ("Coalition forces killed two insurgents in Nahr-e Saraj district, Helmand "
                f"province, yesterday with a precision strike after they were seen emplacing "
                f"{bomb} near a bridge.\n\nThe strike was carried out with a Guided Multiple "
                "Launch Rocket System fired from a nearby patrol base.")
        got = answer(body)
        assert (got.killed, got.airstrike) == (2, False), bomb


# negative: a bomb an aircraft dropped, named in the strike's own sentences, keeps the strike
# an air strike whatever the ground weapon told beside it
def test_a_dropped_bomb_beside_a_rocket_system_keeps_the_air_strike() -> None:
    body = ("Coalition forces killed two insurgents in Nahr-e Saraj district, Helmand "
            "province, yesterday with a precision strike after they were seen emplacing a "
            "roadside bomb near a bridge.\n\nThe strike was carried out with a guided bomb "
            "after a Guided Multiple Launch Rocket System could not reach the site.")
    assert answer(body).airstrike is True


# A strike told in the passive with a coalition aircraft as its agent is the release's own air
# strike, beside the air weapons team's support fire.
def test_a_passive_strike_by_a_coalition_aircraft_is_an_air_strike() -> None:
    for agent in ("a coalition aircraft", "coalition jets", "a fixed-wing aircraft"):
        body = ("In Andar district, Ghazni province, a combined patrol saw several insurgents "
                "digging in a roadside bomb yesterday. An air weapons team engaged them, "
                f"killing two. A third insurgent who ran into an orchard was struck by {agent}, "
                "killing him.")
        assert answer(body).airstrike is True, agent


# negative: an aircraft struck by the other side's fire is no strike of its own, and the air
# weapons team's fire stays support fire
def test_an_aircraft_hit_by_ground_fire_is_no_air_strike() -> None:
    body = ("In Andar district, Ghazni province, an air weapons team engaged several "
            "insurgents yesterday, killing two. A coalition aircraft was struck by small-arms "
            "fire during the engagement but returned safely to its base.")
    assert answer(body).airstrike is False


# A correction whose wrong statement names the place in passing ("killed two insurgents during
# an operation in Kunduz province") and whose next sentence tells the operation again with its
# place: the first sentence's place is the one corrected.
def test_a_correction_told_again_with_its_place_drops_the_wrong_one() -> None:
    body = ("A statement released June 12 wrongly reported that an Afghan and coalition force "
            "killed three insurgents during an operation in Kunduz province. The operation "
            "took place in Burkah district, Baghlan province, on June 11.\n\nDuring the "
            "operation, the force was fired on by three insurgents near a compound. The force "
            "returned fire, killing all three. Two suspected insurgents were detained.")
    assert answer(body).provinces == {"baghlan"}


# negative: a correction of the toll alone, whose next sentence tells no place again, keeps the
# place it names
def test_a_correction_of_the_toll_keeps_its_place() -> None:
    body = ("A statement released June 12 wrongly reported that an Afghan and coalition force "
            "killed three insurgents during an operation in Kunduz province. The force killed "
            "two insurgents, not three. Two suspected insurgents were detained.")
    assert answer(body).provinces == {"kunduz"}


# A roundup's item is placed by its paragraph's opening: the toll told in a later sentence of
# the paragraph ("The patrol returned fire, killing four") is that place's, and, first named
# alone, the one province kept beside an air weapons team's engagement in another.
def test_a_toll_told_after_its_paragraphs_place_is_placed_there() -> None:
    body = ("Afghan and coalition forces killed five insurgents in two engagements in eastern "
            "Afghanistan today.\n\nIn Spera district, Khost province, an Afghan Border Police "
            "patrol came under fire from insurgents near the village of Lwara. The patrol "
            "returned fire, killing three insurgents.\n\nIn Zurmat district, Paktiya "
            "province, an air weapons team supporting an Afghan army patrol engaged two "
            "insurgents firing from a ridge, killing both.")
    assert answer(body).provinces == {"khost"}


# negative: a paragraph that opens on no place gives its toll none, so the strike's province
# stays the release's
def test_a_paragraph_opening_on_no_place_gives_its_toll_none() -> None:
    body = ("Afghan and coalition forces killed five insurgents in two engagements in eastern "
            "Afghanistan today.\n\nAn Afghan Border Police patrol came under fire from "
            "insurgents near a border post. The patrol returned fire, killing three "
            "insurgents.\n\nIn Zurmat district, Paktiya province, an air weapons team "
            "supporting an Afghan army patrol engaged two insurgents firing from a ridge, "
            "killing both.")
    assert answer(body).provinces == {"paktya"}
