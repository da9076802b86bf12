"""Wordings the operational-update rows and roundup places of the fresh open sets blind80-87
showed (issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A roundup's items each have a place: a patrol's toll told in a sentence of its own, beside an
# air weapons team's engagement (the release's only strike, to which the extraction gives every
# toll nothing else explains), places the release by its own sentence, named first.
def test_a_patrols_toll_beside_an_air_teams_engagement_places_the_roundup() -> None:
    body = ("Afghan and coalition forces killed seven insurgents in two operations in eastern "
            "Afghanistan yesterday.\n\nIn Sayed Karam district, Paktiya province, a patrol "
            "killed four insurgents who were setting up a rocket launcher.\n\nIn Andar "
            "district, Ghazni province, an air weapons team supporting an Afghan police "
            "checkpoint engaged and killed three insurgents who were firing on it.")
    assert answer(body).provinces == {"paktya"}


def test_a_patrols_toll_named_by_its_district_alone_places_the_roundup() -> None:
    body = ("Afghan and coalition forces killed several insurgents during operations in "
            "southern Afghanistan yesterday.\n\nIn Nad Ali district, Helmand province, a patrol "
            "was attacked with small arms and returned fire, killing two insurgents.\n\nIn "
            "Maiwand district, an air weapons team supporting a combined force engaged three "
            "insurgents on a hilltop, killing all three.")
    assert answer(body).provinces == {"helmand"}


def test_a_toll_told_again_in_the_strikes_own_paragraph_places_nothing_new() -> None:
    # (the toll's sentence tells the strike: its place is the strike's)
    body = ("An air weapons team supporting a patrol engaged insurgents in Andar district, "
            "Ghazni province, yesterday. The team killed three insurgents who were firing on "
            "the patrol from a compound near the border with Paktiya province.")
    assert answer(body).provinces == {"ghazni"}
