"""How one answer is judged item by item: placement of every quote, problems, what is kept.

Pure: ``review_answer`` takes the raw JSON the model returned and the article's ``Placer``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from llmextract.draft import AnswerRejected
from llmextract.grounding import Grounder
from llmextract.review import Outcome, Placer, ReviewSession, reask_message, review_answer

ARTICLE = (
    "A drone strike on Tuesday hit a car near Nabatieh, killing two people, the ministry said. "
    "On Tuesday evening artillery shelled Kfar Kila. A local official said two people were "
    "killed in the shelling. Separately, a witness said two people were killed near the port. "
    "The ministry said the strike was the third this week.\n"
)


def claim(ref: str, quotes: list[str], count: int = 2, **fields: Any) -> dict[str, Any]:
    return {"ref": ref, "outcome": "killed", "count": {"min": count, "max": count},
            "quotes": quotes, **fields}


def event(ref: str, quotes: list[str], **fields: Any) -> dict[str, Any]:
    return {"ref": ref, "kind": "drone_strike", "quotes": quotes, **fields}


def judge(events: list[Any], claims: list[Any], article: str = ARTICLE) -> Outcome:
    answer = json.dumps({"events": events, "claims": claims})
    return review_answer(answer, Placer(Grounder(article)), None)


def spans_of(outcome: Outcome, kind: str = "claims") -> list[list[tuple[int, str]]]:
    items = outcome.claims if kind == "claims" else outcome.events
    return [[(s.start, s.text) for s in spans] for _, spans in items]


# -- which occurrence --------------------------------------------------------------------------


def test_a_quote_that_occurs_twice_is_placed_by_its_items_other_quote() -> None:
    out = judge([], [claim("C1", ["two people were killed", "a witness said"])])
    assert out.problems == []
    [[(start, text), _]] = spans_of(out)
    assert text == "two people were killed" and start == ARTICLE.index("two people were killed",
                                                                         200)


def test_a_quote_with_nothing_to_anchor_it_is_reasked_not_guessed() -> None:
    out = judge([], [claim("C1", ["two people were killed"])])
    assert out.accepted == 0
    [problem] = out.problems
    assert problem.startswith('claim C1: quote "two people were killed" occurs 2 times')
    assert "quote a longer passage that occurs once" in problem


def test_a_claim_is_placed_near_its_linked_event() -> None:
    out = judge([event("E1", ["artillery shelled Kfar Kila"])],
                [claim("C1", ["two people were killed"], event="E1")])
    assert out.problems == []
    [[(start, _)]] = spans_of(out)
    assert start == ARTICLE.index("two people were killed")  # the sentence after the shelling


def test_identical_quotes_of_two_items_take_different_occurrences() -> None:
    out = judge([], [claim("C1", ["two people were killed"], claimant="a local official"),
                     claim("C2", ["two people were killed"], claimant="a witness")])
    assert out.problems == []
    first, second = spans_of(out)
    assert first[0][0] < second[0][0]


def test_the_only_occurrence_left_is_taken_by_the_second_item() -> None:
    out = judge([], [claim("C1", ["two people were killed", "a witness said"]),
                     claim("C2", ["Two people were killed"])])  # case differs, same places
    assert out.problems == []
    first, second = spans_of(out)
    assert first[0][0] != second[0][0]


def test_a_date_quote_inside_the_items_own_quote_wins_over_an_earlier_one() -> None:
    article = "On Tuesday talks failed. Late on Tuesday a drone struck the town, killing two."
    out = judge([event("E1", ["Late on Tuesday a drone struck the town"],
                       date_quote="Tuesday")], [], article)
    assert out.problems == []
    [[_, (date_start, date_text)]] = spans_of(out, "events")
    assert date_text == "Tuesday" and date_start == article.index("Tuesday", 10)


def test_a_quote_given_as_often_as_it_occurs_takes_every_occurrence() -> None:
    article = "Forces detained them. Later the unit detained them.\n\nUpdate: detained them."
    out = judge([], [claim("C1", ["detained them"] * 3, count=None)], article)
    assert out.problems == []
    starts = [i for i in range(len(article)) if article.startswith("detained them", i)]
    assert [s for s, _ in spans_of(out)[0]] == starts and len(starts) == 3


def test_a_quote_elided_with_dots_grounds_as_its_pieces_in_order() -> None:
    quote = "A drone strike on Tuesday hit a car ... killing two people"
    out = judge([event("E1", [quote])], [])
    assert out.problems == []
    [[(_, first), (_, second)]] = spans_of(out, "events")
    assert (first, second) == ("A drone strike on Tuesday hit a car", "killing two people")


def test_pieces_out_of_order_are_not_joined() -> None:
    out = judge([event("E1", ["killing two people ... A drone strike on Tuesday"])], [])
    assert out.accepted == 0 and "is not in the article" in out.problems[0]


# -- problems are per item, and say what is wrong ---------------------------------------------


def test_one_bad_item_leaves_the_others_accepted() -> None:
    out = judge([event("E1", ["A drone strike on Tuesday hit a car near Nabatieh"])],
                [claim("C1", ["killing two people"], event="E1"),
                 claim("C2", ["an invented sentence about ten deaths"], count=10)])
    assert [c.ref for c, _ in out.claims] == ["C1"] and len(out.events) == 1
    [rejected] = out.rejected
    assert rejected.ref == "C2" and rejected.item["count"] == {"min": 10, "max": 10}
    assert out.problems == [
        'claim C2: quote "an invented sentence about ten deaths" is not in the article '
        "(quote the article's own words, or drop the quote)"]


def test_a_field_error_rejects_only_its_item_and_names_the_field() -> None:
    out = judge([], [claim("C1", ["killing two people"]), {**claim("C2", ["the strike"]),
                                                           "outcome": "dead"}])
    assert [c.ref for c, _ in out.claims] == ["C1"]
    [problem] = out.problems
    assert problem.startswith("claim C2: field outcome:") and '"dead"' in problem


def test_the_nearest_passage_and_the_differing_words_are_shown() -> None:
    out = judge([], [claim("C1", ["killing 2 people"])])
    [problem] = out.problems
    assert 'the nearest passage is "killing two people"' in problem
    assert "the article writes 'two' where your quote has '2'" in problem


def test_a_quote_copied_from_the_instructions_is_named_as_such() -> None:
    # Qwen2.5-Coder 0.5B quoted the prompt's own QUOTES paragraph on 2 of 15 gold test articles.
    from llmextract.prompts import get_prompt

    system = get_prompt(None).messages(ARTICLE, None)[0]["content"]
    copied = "for a claim, the clause with number and outcome, plus the attributing phrase"
    answer = json.dumps({"events": [], "claims": [claim("C1", [copied])]})
    [problem] = review_answer(answer, Placer(Grounder(ARTICLE), system), None).problems
    assert "is not in the article: it is copied from these instructions" in problem
    # Without the instructions (or for words they do not hold) the usual message stands.
    [plain] = judge([], [claim("C1", [copied])]).problems
    assert "instructions" not in plain


def test_an_item_repeated_word_for_word_is_rejected_once_kept_once() -> None:
    # A 0.5B at temperature 0 ran on writing the same claim 13 times before max_tokens.
    same = claim("C1", ["killing two people"])
    out = judge([], [same, {**same, "ref": "C2"}, {**same, "ref": "C3"}])
    assert len(out.claims) == 1
    assert [r.ref for r in out.rejected] == ["C2", "C3"]
    assert out.problems == [f"claim {ref}: repeats claim C1 (the same fields and quotes); give "
                            "each claim once" for ref in ("C2", "C3")]


def test_two_claims_that_differ_in_a_field_or_a_place_are_not_repeats() -> None:
    a = claim("C1", ["killing two people"])
    out = judge([], [a, {**a, "ref": "C2", "claimant": "a witness"}])
    assert len(out.claims) == 2 and not out.problems


def test_a_count_problem_is_not_called_ungrounded() -> None:
    out = judge([], [claim("C1", ["killing two people"], count=9)])
    [problem] = out.problems
    assert problem.startswith("claim C1:") and "not in the article" not in problem
    assert "9" in problem


def test_re_ask_messages_carry_quotes_as_written_with_no_escapes_or_boilerplate() -> None:
    article = "Shelling killed\u00a0three people in the town on Monday."
    out = judge([], [claim("C1", ["Shelling killed\u00a0four people"], count=4),
                     claim("C2", ["in the town", "on Monday"], count=3)], article)
    message = reask_message(out.problems)
    assert "\\xa0" not in message and "\\u" not in message
    assert "pydantic" not in message and "http" not in message
    assert "Shelling killed four people" in message  # one line: whitespace shown as spaces
    assert len(message.splitlines()) == len(out.problems) + 2


def test_each_quote_of_a_claim_is_named_on_its_own() -> None:
    out = judge([], [claim("C1", ["the ministry said", "invented words here"])])
    [problem] = out.problems
    assert '"invented words here"' in problem and "the ministry said invented" not in problem


def test_links_to_a_rejected_event_are_cut_with_a_warning() -> None:
    out = judge([event("E1", ["a sentence that is not there at all"])],
                [claim("C1", ["killing two people"], event="E1")])
    assert len(out.claims) == 1 and out.claims[0][0].event is None
    assert out.warnings == ["claim C1: its link to event E1 was cut: that item was rejected"]


def test_duplicate_refs_are_a_problem_only_when_a_link_needs_them() -> None:
    twice = [event("E1", ["A drone strike on Tuesday hit a car"]),
             event("E1", ["artillery shelled Kfar Kila"])]
    assert judge(twice, [claim("C1", ["killing two people"])]).problems == []
    linked = judge(twice, [claim("C1", ["killing two people"], event="E1")])
    assert linked.problems == [
        'claim C1: event "E1" is the ref of 2 events; give each its own ref']


# -- the answer as a whole ---------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["{}", "{ }", '{"Airstrikes in the article": -1000}',
                                    "[]", '{"events": []}', "not json"])
def test_an_empty_or_foreign_object_is_not_nothing_found(answer: str) -> None:
    with pytest.raises(AnswerRejected) as err:
        review_answer(answer, Placer(Grounder(ARTICLE)), None)
    assert '{"events": [...], "claims": [...]}' in str(err.value)


def test_nothing_found_is_two_empty_lists() -> None:
    out = judge([], [])
    assert out.problems == [] and out.accepted == 0


def test_the_session_keeps_the_best_answer_when_the_last_one_is_worse() -> None:
    session = ReviewSession(ARTICLE, None, attempts=2)
    good = json.dumps({"events": [], "claims": [claim("C1", ["killing two people"]),
                                                claim("C2", ["invented"])]})
    with pytest.raises(AnswerRejected, match="claim C2"):
        session.review(good)
    session.review("garbage that is not JSON")
    assert session.chosen is not None
    assert [c.ref for c, _ in session.chosen.claims] == ["C1"]
    assert [r.ref for r in session.chosen.rejected] == ["C2"]


def test_a_count_problem_names_the_passage_with_the_number_not_the_quotes_run_together() -> None:
    out = judge([], [claim("C1", ["killing two people", "the ministry said"], count=9)])
    [problem] = out.problems
    assert "killing two people" in problem and "the ministry said" not in problem


def test_the_informed_sources_two_people_is_not_the_ledes(seed_text: str) -> None:
    # "two people" occurs in the lede ("at least two people") and in the source's sentence.
    out = judge([], [claim("C2", ["two people",
                                  "an informed source close to the militia told IranWire"],
                           claimant="an informed source close to the militia")], seed_text)
    assert out.problems == []
    [[(start, _), _]] = spans_of(out)
    assert start == seed_text.index("killing two people") + len("killing ")


def test_a_re_ask_never_asks_to_change_a_count_to_fit_its_quote() -> None:
    out = judge([], [claim("C1", ["killing 2 people"])])
    message = reask_message(out.problems)
    assert "agree with the numbers" not in message and "count" not in message.lower()


# -- claim dates (schema v2) -------------------------------------------------------------------


def test_a_claim_of_an_event_takes_the_events_date_unless_it_says_otherwise() -> None:
    from llmextract.review import to_items

    dated = {"date_earliest": "2024-08-13", "date_latest": "2024-08-13",
             "date_precision": "day"}
    out = judge([event("E1", ["A drone strike on Tuesday hit a car"], date_quote="Tuesday",
                       **dated)],
                [claim("C1", ["killing two people"], event="E1"),
                 claim("C2", ["two people were killed", "a witness said"], event="E1",
                       date_earliest="2024-08-12", date_latest="2024-08-12",
                       date_precision="day")])
    assert out.problems == []
    _, claims = to_items(out)
    assert str(claims[0].date.earliest) == "2024-08-13" and claims[0].date.precision == "day"
    assert str(claims[1].date.earliest) == "2024-08-12"


def test_a_claims_date_quote_is_evidence_and_is_checked() -> None:
    import datetime as dt

    article = "On Monday a shell killed three people in the market, medics said."
    answer = json.dumps({"events": [], "claims": [
        claim("C1", ["a shell killed three people"], count=3, date_quote="On Monday",
              date_earliest="2020-10-12", date_latest="2020-10-12", date_precision="day")]})
    out = review_answer(answer, Placer(Grounder(article)), dt.date(2020, 10, 21))
    [problem] = out.problems
    assert problem.startswith('claim C1: the date quote "On Monday" says 2020-10-19')
    fixed = answer.replace("2020-10-12", "2020-10-19")
    good = review_answer(fixed, Placer(Grounder(article)), dt.date(2020, 10, 21))
    assert good.problems == []
    assert [s.text for s in good.claims[0][1]] == ["a shell killed three people", "On Monday"]
