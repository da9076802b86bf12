"""Wordings the operational-update rows and roundup places of the fresh open sets blind80-87
showed (issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer, read


def _update(lede: str) -> str:
    """An operational update's heading and dateline over ``lede`` (its roundup)."""
    return ("ISAF Joint Command Operational Update, June 14, 2011\nISAF Joint Command - "
            "Afghanistan 2011-06-S-052 For Immediate Release\n\nKABUL, Afghanistan (June 14, "
            f"2011) - {lede}\n\n")


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


# An update's row whose toll is an uncounted plural ("the insurgents were killed") takes no
# figure from the lede's roundup: the lede's total is no row's toll, and the plural codes as a
# vague group, 3.
def test_an_update_rows_uncounted_plural_is_not_the_ledes_total() -> None:
    text = _update("Afghan and coalition forces killed 14 insurgents and detained nine others "
                   "during operations throughout Afghanistan in the last 24 hours.") + (
        "In Logar province, a combined force conducted a precision air strike against an "
        "insurgent rocket team in Baraki Barak district today. The team had fired on a "
        "coalition base twice this week. A battle damage assessment confirmed that the "
        "insurgents were killed.")
    assert read(text)[0].killed == 3


def test_an_update_rows_plural_pointing_back_to_its_own_figure_keeps_it() -> None:
    text = _update("Afghan and coalition forces killed four insurgents and detained nine others "
                   "during operations throughout Afghanistan in the last 24 hours.") + (
        "In Logar province, a combined force conducted a precision air strike against four "
        "insurgents firing rockets in Baraki Barak district today. A battle damage "
        "assessment confirmed that the insurgents were killed.")
    assert read(text)[0].killed == 4


# An Afghan force's toll of the other side counts when the row's own voice counts none of that
# side: the lede's roundup, left out of an update's row, is not the row's voice.
def test_an_afghan_forces_toll_counts_in_an_update_row_beside_the_ledes_roundup() -> None:
    text = _update("Afghan and coalition forces killed several insurgents and detained more "
                   "than a dozen during operations in the last day.") + (
        "In Farah province, Afghan National Army and coalition forces conducted a precision "
        "air strike on insurgents preparing to attack a checkpoint in Bala Buluk district "
        "yesterday. Five insurgents were killed, according to the Afghan army.")
    assert read(text)[0].killed == 5


def test_an_afghan_forces_toll_beside_the_rows_own_count_is_not_added() -> None:
    text = _update("Afghan and coalition forces killed several insurgents and detained more "
                   "than a dozen during operations in the last day.") + (
        "In Farah province, Afghan National Army and coalition forces conducted a precision "
        "air strike on insurgents preparing to attack a checkpoint in Bala Buluk district "
        "yesterday, killing two insurgents. Five insurgents were killed, according to the "
        "Afghan army.")
    assert read(text)[0].killed == 2


# A relative clause's own earlier toll ("who had taken over ... after an earlier air strike
# killed its former commander") is history; the sentence's main toll before it is not.
def test_a_relative_clauses_earlier_strike_leaves_the_main_toll_todays() -> None:
    text = _update("Afghan and coalition forces killed six insurgents and detained four "
                   "suspected insurgents in operations across Afghanistan in the last 24 "
                   "hours.") + (
        "In Nad Ali district, Helmand province, Afghan and coalition forces killed an "
        "insurgent leader today who had taken over a bomb-making cell after an earlier air "
        "strike killed its former commander. The leader was killed when he fired on the "
        "force.")
    assert read(text)[0].killed == 1


def test_a_toll_told_in_an_earlier_strike_stays_history() -> None:
    body = ("Afghan and coalition forces detained an insurgent leader in Nad Ali district, "
            "Helmand province, today. His predecessor was killed in an earlier air strike.")
    assert answer(body).killed == 0


# An update's row often spans two paragraphs: the figure its place's paragraph gives ("a
# precision air strike against five insurgents") is the row's, and the next paragraph's plural
# ("the insurgents were killed") points back to it, even when the lede's total is the same.
def test_an_update_rows_figure_in_its_earlier_paragraph_stays_the_rows() -> None:
    text = _update("Afghan and coalition forces killed five insurgents and detained nine others "
                   "during operations throughout Afghanistan in the last 24 hours.") + (
        "In Logar province, a combined force conducted a precision air strike against five "
        "insurgents firing rockets at a coalition base in Baraki Barak district today.\n\n"
        "A battle damage assessment confirmed that the insurgents were killed. No civilians "
        "were harmed.")
    assert read(text)[0].killed == 5


def test_an_update_rows_plural_in_a_paragraph_of_its_own_keeps_the_rows_figure() -> None:
    text = _update("Afghan and coalition forces killed four insurgents during operations in "
                   "the last 24 hours.") + (
        "In Kandahar province, an air weapons team engaged four insurgents emplacing a "
        "roadside bomb in Zharay district yesterday.\n\nThe insurgents were killed in the "
        "engagement. The patrol found weapons at the site.")
    assert read(text)[0].killed == 4


# A relative clause that tells the same dead ("whose deaths came in a prior air strike") does
# not end the toll's own clause: its earlier strike dates the toll, which stays history.
def test_a_relative_clause_dating_the_same_dead_keeps_them_history() -> None:
    body = ("Afghan police found the bodies of four insurgents whose deaths came in a prior air "
            "strike in Nad Ali district, Helmand province.")
    assert answer(body).killed == 0
