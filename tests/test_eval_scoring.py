"""Per-article scoring of the gold task, against hand-computed counts."""

from __future__ import annotations

from llmextract.evaluation.metrics import ArticleScore, summarize
from llmextract.evaluation.scoring import GOLD_METRICS, score_article
from llmextract.schema import CasualtyClaim, Span, StrikeEvent
from tests.test_eval_support import TEXT, claim, event, extraction, gold_claims, gold_events


def score(events: list[StrikeEvent] | None = None, claims: list[CasualtyClaim] | None = None,
          *, gold_e: list[StrikeEvent] | None = None, gold_c: list[CasualtyClaim] | None = None,
          error: str | None = None, empty: bool = False) -> ArticleScore:
    predicted = None if empty else extraction(events or [], claims or [])
    return score_article("a1", TEXT, gold_events() if gold_e is None else gold_e,
                         gold_claims() if gold_c is None else gold_c, predicted, error=error)


def mixed_prediction() -> ArticleScore:
    """One right event, one spurious; one right claim, one of the wrong population, one with
    a wrong count and no event link. Hand-computed counts are in the tests below."""
    events = [
        event("p1", "Airstrikes hit Albukamal on Monday night", place="Abu Kamal",
              date="2020-10-19"),
        event("p2", "a source said", kind="missile_strike", place="Damascus"),
    ]
    claims = [
        claim("q1", "killing two people", claimant="source", event="p1"),
        claim("q2", "wounding seven others", outcome="injured", low=7, high=7,
              population="civilian", claimant="a source", event="p1"),
        claim("q3", "killing three fighters", low=3, high=None, population="combatant"),
    ]
    return score(events, claims)


def test_events_hand_computed() -> None:
    counts = mixed_prediction().counts
    assert (counts["events.tp"], counts["events.fp"], counts["events.fn"]) == (1, 1, 1)
    for key in ("kind", "date", "location", "attacker", "attribution"):
        assert (counts[f"events.{key}.hits"], counts[f"events.{key}.n"]) == (1, 1), key


def test_claims_hand_computed() -> None:
    counts = mixed_prediction().counts
    # q1 = c1; q2 has the wrong population so c2 is missed and q2 spurious; q3 = c3.
    assert (counts["claims.tp"], counts["claims.fp"], counts["claims.fn"]) == (2, 1, 1)
    assert (counts["claims.count_exact.hits"], counts["claims.count_exact.n"]) == (1, 2)
    assert (counts["claims.min_abs_error.sum"], counts["claims.min_abs_error.n"]) == (0, 2)
    assert (counts["claims.claimant.hits"], counts["claims.claimant.n"]) == (2, 2)
    assert (counts["claims.stance.hits"], counts["claims.stance.n"]) == (2, 2)
    # q1 -> p1 -> e1 is right; q3 has no event where c3 has e2.
    assert (counts["claims.event_link.hits"], counts["claims.event_link.n"]) == (1, 2)


def test_evidence_overlap_hand_computed() -> None:
    counts = mixed_prediction().counts
    both = sum(map(len, ["Airstrikes hit Albukamal on Monday night", "killing two people",
                         "wounding seven others", "killing three fighters"]))
    assert counts["evidence.tp"] == both
    assert counts["evidence.fp"] == len("a source said")
    assert counts["evidence.fn"] == len("shelling struck Deir ez-Zor")
    assert (counts["evidence.grounded.hits"], counts["evidence.grounded.n"]) == (5, 5)


def test_findings_name_each_miss_and_spurious_item_with_its_quote() -> None:
    findings = mixed_prediction().findings
    missed = {(f.item, f.unit, f.quote) for f in findings if f.status == "missed"}
    assert missed == {("event", "event:e2", "shelling struck Deir ez-Zor"),
                      ("claim", "claim:c2", "wounding seven others")}
    spurious = {(f.item, f.quote) for f in findings if f.status == "spurious"}
    assert spurious == {("event", "a source said"), ("claim", "wounding seven others")}
    wrong = {f.unit for f in findings if f.status == "wrong"}
    assert wrong == {"claim:c3/count_exact", "claim:c3/event_link"}


def test_correct_units_list_matched_items_and_right_attributes() -> None:
    correct = mixed_prediction().correct
    assert {"event:e1", "event:e1/kind", "claim:c1", "claim:c3", "claim:c3/claimant"} <= correct
    assert "claim:c3/count_exact" not in correct and "event:e2" not in correct


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    result = score(gold_events(), gold_claims())
    summary = summarize([result], GOLD_METRICS)
    values = {k: m.value for k, m in summary.metrics.items()}
    assert values.pop("claims.min_abs_error") == 0
    assert set(values.values()) == {1.0}
    assert result.findings == ()


def test_empty_prediction_misses_everything_and_precision_is_undefined() -> None:
    summary = summarize([score()], GOLD_METRICS).metrics
    assert summary["events.recall"].value == 0 and summary["events.precision"].value is None
    assert summary["claims.f1"].value == 0
    assert summary["claims.count_exact"].value is None  # no matched pair to judge
    assert summary["evidence.grounded"].value is None


def test_empty_gold_makes_every_prediction_spurious_and_recall_undefined() -> None:
    result = score(gold_events(), gold_claims(), gold_e=[], gold_c=[])
    summary = summarize([result], GOLD_METRICS).metrics
    assert summary["events.precision"].value == 0 and summary["events.recall"].value is None
    assert summary["events.f1"].value == 0


def test_empty_gold_and_empty_prediction_leave_every_ratio_undefined() -> None:
    summary = summarize([score(gold_e=[], gold_c=[])], GOLD_METRICS).metrics
    assert summary["events.f1"].value is None and summary["claims.f1"].value is None
    assert summary["events.f1"].articles == 0


def test_a_failed_extraction_scores_as_empty_with_its_error() -> None:
    result = score(error="GroundingError: quote not found", empty=True)
    assert result.error == "GroundingError: quote not found"
    assert result.counts["events.fn"] == 2 and result.counts["claims.fn"] == 3
    assert result.findings[0].status == "error"


def test_an_ungrounded_span_lowers_the_grounded_share() -> None:
    bad = event("p1", "Airstrikes hit Albukamal on Monday night", place="Albukamal",
                date="2020-10-19")
    bad = bad.model_copy(update={"evidence": [Span(start=0, end=5, text="XXXXX")]})
    counts = score([bad], []).counts
    assert (counts["evidence.grounded.hits"], counts["evidence.grounded.n"]) == (0, 1)


def test_a_lede_summary_predicted_twice_counts_one_true_and_one_spurious_claim() -> None:
    # Double counting: the same claim extracted from two sentences is one claim, not two.
    twice = [claim("q1", "killing two people", claimant="a source", event=None),
             claim("q2", "killing two people", claimant="a source", event=None)]
    counts = score([], twice, gold_e=[], gold_c=[claim("c1", "killing two people",
                                                        claimant="a source")]).counts
    assert (counts["claims.tp"], counts["claims.fp"], counts["claims.fn"]) == (1, 1, 0)


def test_min_abs_error_skips_pairs_without_a_number() -> None:
    gold = [claim("c1", "killing two people", low=None, high=None, vague="several")]
    predicted = [claim("q1", "killing two people", low=2, high=2)]
    counts = score([], predicted, gold_e=[], gold_c=gold).counts
    assert counts.get("claims.min_abs_error.n", 0) == 0
    assert (counts["claims.count_exact.hits"], counts["claims.count_exact.n"]) == (0, 1)


def test_min_abs_error_hand_computed() -> None:
    gold = [claim("c1", "killing two people", low=2, high=2)]
    predicted = [claim("q1", "killing two people", low=5, high=None)]
    counts = score([], predicted, gold_e=[], gold_c=gold).counts
    assert (counts["claims.min_abs_error.sum"], counts["claims.min_abs_error.n"]) == (3, 1)


def test_a_denial_is_matched_on_its_zero_count() -> None:
    gold = [claim("c1", "killing three fighters", low=0, high=0, stance="denied",
                  population="combatant")]
    predicted = [claim("q1", "killing three fighters", low=0, high=0, stance="asserted",
                       population="combatant")]
    counts = score([], predicted, gold_e=[], gold_c=gold).counts
    assert counts["claims.tp"] == 1
    assert (counts["claims.stance.hits"], counts["claims.stance.n"]) == (0, 1)



def test_scoring_never_imports_a_backend_or_the_pipeline() -> None:
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "llmextract" / "evaluation"
    for name in ("matching", "metrics", "scoring", "isaf", "tasks", "gate", "reports"):
        tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                     for alias in node.names}
        assert not {m for m in imported
                    if m.startswith(("llmextract.backends", "llmextract.pipeline"))}, name


def test_every_event_attribute_can_be_wrong_on_a_matched_pair() -> None:
    # Same evidence (0.4) and an overlapping month (0.2): matched, yet every attribute wrong.
    gold = [event("e1", "Airstrikes hit Albukamal on Monday night", place="Albukamal",
                  date="2020-10-19", attacker="the coalition", attribution="suspected")]
    predicted = [event("p1", "Airstrikes hit Albukamal on Monday night", kind="shelling",
                       place="Damascus", date="2020-10-01", latest="2020-10-31",
                       precision="month", attacker="Russia", attribution="confirmed")]
    counts = score(predicted, [], gold_e=gold, gold_c=[]).counts
    assert counts["events.tp"] == 1
    for key in ("kind", "date", "location", "attacker", "attribution"):
        assert (counts[f"events.{key}.hits"], counts[f"events.{key}.n"]) == (0, 1), key


def test_claimant_and_stance_can_be_wrong_on_a_matched_pair() -> None:
    gold = [claim("c1", "killing two people", claimant="a source", stance="claimed")]
    predicted = [claim("q1", "killing two people", claimant="the ministry")]
    counts = score([], predicted, gold_e=[], gold_c=gold).counts
    assert (counts["claims.claimant.hits"], counts["claims.claimant.n"]) == (0, 1)
    assert (counts["claims.stance.hits"], counts["claims.stance.n"]) == (0, 1)
    assert (counts["claims.count_exact.hits"], counts["claims.count_exact.n"]) == (1, 1)


def test_a_rejected_item_is_listed_as_a_finding_but_not_scored() -> None:
    from llmextract.schema import RejectedItem

    base = extraction(gold_events(), gold_claims())
    rejected = RejectedItem(kind="claim", ref="C9", item={"quotes": ["invented"]},
                            problems=['quote "invented" is not in the article'])
    with_rejected = base.model_copy(update={"rejected": [rejected]})
    plain = score_article("a1", TEXT, gold_events(), gold_claims(), base)
    scored = score_article("a1", TEXT, gold_events(), gold_claims(), with_rejected)
    assert scored.counts == plain.counts
    [finding] = [f for f in scored.findings if f.status == "rejected"]
    assert finding.item == "claim C9" and "not in the article" in finding.detail


def test_claim_dates_are_scored_on_matched_pairs_at_the_gold_precision() -> None:
    gold_c = [claim("c1", "killing two people", claimant="a source", event="e1",
                    date="2020-10-19"),
              claim("c3", "killing three fighters", low=3, high=3, population="combatant",
                    event="e2")]
    predicted = [claim("q1", "killing two people", claimant="a source", date="2020-10-20"),
                 claim("q3", "killing three fighters", low=3, high=3, population="combatant")]
    result = score(claims=predicted, gold_c=gold_c)
    # q1 has the wrong day; q3 and c3 are both undated (right: no invented date)
    assert (result.counts["claims.date.hits"], result.counts["claims.date.n"]) == (1, 2)
    wrong = {(f.unit, f.detail) for f in result.findings if f.status == "wrong"}
    assert ("claim:c1/date", "date 2020-10-20, gold 2020-10-19 (day)") in wrong
    assert "claim:c3/date" in result.correct


def test_a_result_from_before_claim_dates_scores_its_claims_as_undated() -> None:
    """A stored schema v1 result has no claim dates: it loads and re-scores (wrong only where
    the gold claim is dated)."""
    v1 = extraction(claims=[claim("q1", "killing two people", claimant="a source")])
    data = v1.model_dump(mode="json")
    data["provenance"]["schema_version"] = "1"
    for item in data["claims"]:
        del item["date"]
    del data["rejected"]
    loaded = type(v1).model_validate(data)
    gold_c = [claim("c1", "killing two people", claimant="a source", date="2020-10-19")]
    result = score_article("a1", TEXT, gold_events(), gold_c, loaded)
    assert (result.counts["claims.date.hits"], result.counts["claims.date.n"]) == (0, 1)
    assert GOLD_METRICS[[m.key for m in GOLD_METRICS].index("claims.date")].headline
