"""Similarities and one-to-one assignment, each checked against a hand computation."""

from __future__ import annotations

import pytest

from llmextract.evaluation.matching import (
    CLAIM_THRESHOLD,
    EVENT_THRESHOLD,
    assign,
    claim_similarity,
    date_correct,
    event_similarity,
    evidence_overlap,
    match_claims,
    match_events,
    merged_intervals,
    same_actor,
    same_count,
    shared,
)
from llmextract.schema import Count, DateRange, Span
from tests.test_eval_support import claim, day, event


def span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text="x" * (end - start))


# -- evidence overlap ---------------------------------------------------------------------


def test_overlapping_spans_merge_into_one_interval() -> None:
    assert merged_intervals([span(5, 15), span(0, 10), span(20, 25)]) == [(0, 15), (20, 25)]


def test_shared_characters_of_two_interval_lists() -> None:
    assert shared([(0, 10), (20, 30)], [(5, 25)]) == 5 + 5


def test_evidence_overlap_is_the_dice_coefficient_of_characters() -> None:
    # 5 shared characters, 10 + 10 covered: 2 * 5 / 20
    assert evidence_overlap([span(0, 10)], [span(5, 15)]) == pytest.approx(0.5)


def test_duplicate_spans_count_their_characters_once() -> None:
    assert evidence_overlap([span(0, 10), span(0, 10)], [span(0, 10)]) == 1.0


def test_no_evidence_overlaps_nothing() -> None:
    assert evidence_overlap([], []) == 0.0
    assert evidence_overlap([span(0, 4)], [span(4, 8)]) == 0.0


# -- dates ----------------------------------------------------------------------------------


def dr(earliest: str | None, latest: str | None = None, precision: str = "day") -> DateRange:
    return DateRange.model_validate({"earliest": earliest, "latest": latest or earliest,
                                     "precision": precision})


def test_a_day_matches_only_that_day() -> None:
    assert date_correct(dr("2020-10-19"), dr("2020-10-19"))
    assert not date_correct(dr("2020-10-20"), dr("2020-10-19"))


def test_a_day_inside_a_gold_month_is_right_at_month_precision() -> None:
    assert date_correct(dr("2020-10-31"), dr("2020-10-15", precision="month"))
    assert not date_correct(dr("2020-11-01"), dr("2020-10-15", precision="month"))


def test_a_whole_month_is_wrong_when_the_gold_knows_the_day() -> None:
    assert not date_correct(dr("2020-10-01", "2020-10-31", "month"), dr("2020-10-19"))


def test_week_precision_allows_three_days_either_side() -> None:
    gold = dr("2020-10-19", precision="week")
    assert date_correct(dr("2020-10-22"), gold)
    assert not date_correct(dr("2020-10-23"), gold)


def test_year_precision_allows_the_calendar_year() -> None:
    assert date_correct(dr("2020-01-01"), dr("2020-06-01", precision="year"))


def test_an_undated_gold_event_wants_no_date() -> None:
    assert date_correct(DateRange(), DateRange())
    assert not date_correct(dr("2020-10-19"), DateRange())
    assert not date_correct(DateRange(), dr("2020-10-19"))


def test_a_single_bound_stands_for_that_day() -> None:
    assert date_correct(DateRange(earliest=day("2020-10-19"), precision="day"),
                        dr("2020-10-19"))


# -- actors and counts ----------------------------------------------------------------------


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    (None, None, True),
    ("informed source", "an informed source close to the militia", True),
    ("US-led coalition", "the US-led coalition", True),
    ("The Coalition", "coalition", True),
    ("Russia", "the US-led coalition", False),
    (None, "a source", False),
    ("a source", None, False),
])
def test_same_actor(predicted: str | None, gold: str | None, expected: bool) -> None:
    assert same_actor(predicted, gold) is expected


def test_same_count_needs_both_bounds() -> None:
    assert same_count(Count(min=2, max=2), Count(min=2, max=2))
    assert not same_count(Count(min=2, max=None), Count(min=2, max=2))


def test_vague_counts_are_the_same_only_with_the_same_term() -> None:
    assert same_count(Count(vague_term="Several"), Count(vague_term="several"))
    assert not same_count(Count(vague_term="dozens"), Count(vague_term="several"))


# -- similarities ---------------------------------------------------------------------------


def test_identical_events_are_fully_similar() -> None:
    e = event("e", "Airstrikes hit Albukamal", place="Albukamal", date="2020-10-19")
    assert event_similarity(e, e) == pytest.approx(1.0)


def test_same_place_spelled_differently_on_the_same_day_reaches_the_threshold() -> None:
    # place 0.3 + date 0.2; no shared evidence, different kind
    predicted = event("p", "shelling struck Deir ez-Zor", kind="shelling", place="Abu Kamal",
                      date="2020-10-19")
    gold = event("g", "Airstrikes hit Albukamal", place="Al-Bukamal", date="2020-10-19")
    assert event_similarity(predicted, gold) == pytest.approx(0.5)
    assert len(match_events([predicted], [gold]).pairs) == 1


def test_kind_and_date_alone_do_not_make_a_match() -> None:
    # kind 0.1 + date 0.2 = 0.3 < threshold: a miss plus a spurious item
    predicted = event("p", "shelling struck Deir ez-Zor", place="Damascus", date="2020-10-19")
    gold = event("g", "Airstrikes hit Albukamal", place="Albukamal", date="2020-10-19")
    assert event_similarity(predicted, gold) == pytest.approx(0.3)
    result = match_events([predicted], [gold])
    assert (result.pairs, result.spurious, result.missed) == ((), (0,), (0,))


def test_an_unknown_date_counts_half() -> None:
    predicted = event("p", "Airstrikes hit Albukamal", place="Albukamal")
    gold = event("g", "Airstrikes hit Albukamal", place="Albukamal", date="2020-10-19")
    assert event_similarity(predicted, gold) == pytest.approx(0.4 + 0.3 + 0.1 + 0.1)


def test_claims_of_different_outcome_or_population_never_match() -> None:
    gold = claim("g", "killing two people")
    assert claim_similarity(claim("p", "killing two people", outcome="injured"), gold) == 0
    assert claim_similarity(claim("p", "killing two people", population="civilian"), gold) == 0


def test_a_claim_matches_on_overlapping_evidence_with_another_count() -> None:
    gold = claim("g", "killing two people")
    predicted = claim("p", "killing two people", low=3, high=3)
    assert claim_similarity(predicted, gold) == pytest.approx(0.5 + 0.25 * 1.0)


def test_a_claim_matches_on_an_equal_count_without_shared_evidence() -> None:
    gold = claim("g", "killing two people")
    predicted = claim("p", "killing three fighters", low=2, high=2)
    assert claim_similarity(predicted, gold) == pytest.approx(0.75)


def test_a_claim_with_neither_shared_evidence_nor_count_does_not_match() -> None:
    gold = claim("g", "killing two people")
    predicted = claim("p", "killing three fighters", low=3, high=3)
    assert claim_similarity(predicted, gold) == 0
    assert claim_similarity(predicted, gold) < CLAIM_THRESHOLD


# -- assignment -----------------------------------------------------------------------------


def test_optimal_assignment_beats_greedy() -> None:
    # Greedy takes the 0.9 pair and leaves predicted 1 with nothing; the optimum pairs both.
    result = assign([[0.9, 0.8], [0.8, 0.0]], 0.5, 2, 2)
    assert result.pairs == ((0, 1), (1, 0))
    assert result.spurious == () and result.missed == ()


def test_a_pair_below_the_threshold_is_never_returned() -> None:
    result = assign([[0.49]], 0.5, 1, 1)
    assert (result.pairs, result.spurious, result.missed) == ((), (0,), (0,))


def test_ties_go_to_the_first_gold_item() -> None:
    assert assign([[0.7, 0.7]], 0.5, 1, 2).pairs == ((0, 0),)


def test_duplicate_predictions_match_once_and_the_copy_is_spurious() -> None:
    gold = event("g", "Airstrikes hit Albukamal", place="Albukamal", date="2020-10-19")
    copy = gold.model_copy(update={"id": "p2"})
    result = match_events([gold, copy], [gold])
    assert result.pairs == ((0, 0),) and result.spurious == (1,) and result.missed == ()


def test_one_prediction_covering_two_gold_claims_matches_only_one() -> None:
    # The one-to-many temptation: a claim quoting both sentences overlaps both gold claims; it
    # is paired with the one whose count it shares, the other stays missed.
    text = "Two were killed in the north. Three were killed in the south."
    gold = [claim("g1", "Two were killed in the north.", text=text),
            claim("g2", "Three were killed in the south.", low=3, high=3, text=text)]
    predicted = [claim("p", text, low=3, high=3, text=text)]
    result = match_claims(predicted, gold)
    assert result.pairs == ((0, 1),) and result.missed == (0,)


def test_empty_sides_give_only_misses_or_only_spurious_items() -> None:
    gold = [event("g", "Airstrikes hit Albukamal", place="Albukamal")]
    assert match_events([], gold).missed == (0,)
    assert match_events(gold, []).spurious == (0,)
    assert match_events([], []).pairs == ()


def test_thresholds_are_the_documented_ones() -> None:
    assert (EVENT_THRESHOLD, CLAIM_THRESHOLD) == (0.5, 0.5)
