"""Score one article's predicted events and claims against its gold: counts and findings.

Counts (all integers, summed over articles by ``metrics``):

- ``events.tp/fp/fn`` and ``claims.tp/fp/fn`` from the one-to-one assignment in ``matching``;
- on matched event pairs, ``hits``/``n`` of ``events.kind``, ``events.date`` (inside the gold
  window at the gold precision), ``events.location`` (any ``same_place``; no gold place needs no
  predicted place), ``events.attacker`` (``same_actor``) and ``events.attribution``;
- on matched claim pairs, ``claims.count_exact`` (min and max both equal),
  ``claims.min_abs_error`` (``sum``/``n`` over pairs where both minima are numbers),
  ``claims.claimant`` (``same_actor``), ``claims.stance``, ``claims.event_link`` (both
  unlinked, or linked to events that were matched to each other) and ``claims.date`` (as
  ``events.date``; a result made before claims had dates has none, and is right only where
  the gold claim has none either);
- ``evidence.grounded`` (predicted spans that are ``article[start:end]``) and
  ``evidence.tp/fp/fn``: characters covered by predicted evidence and by gold evidence (all
  events and claims of the article together).

A gold unit (``event:<gold id>``, ``claim:<gold id>``, ``claim:<gold id>/count``, ...) is listed
as correct when matched or right, so two runs can be compared unit by unit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from llmextract.evaluation.matching import (
    Assignment,
    covered,
    date_correct,
    match_claims,
    match_events,
    merged_intervals,
    places_match,
    same_actor,
    shared,
)
from llmextract.evaluation.metrics import (
    ArticleScore,
    Finding,
    MetricSpec,
    full_counts,
    mean_spec,
    prf_specs,
    rate_spec,
)
from llmextract.schema import CasualtyClaim, Count, DateRange, Extraction, Span, StrikeEvent

_Item = TypeVar("_Item", StrikeEvent, CasualtyClaim)

GOLD_METRICS: tuple[MetricSpec, ...] = (
    *prf_specs("events", "Events", headline=True),
    rate_spec("events.kind", "Event kind accuracy"),
    rate_spec("events.date", "Event date accuracy"),
    rate_spec("events.location", "Event location accuracy"),
    rate_spec("events.attacker", "Event attacker accuracy"),
    rate_spec("events.attribution", "Event attribution accuracy"),
    *prf_specs("claims", "Claims", headline=True),
    rate_spec("claims.count_exact", "Claim count exact match", headline=True),
    mean_spec("claims.min_abs_error", "Claim count min MAE"),
    rate_spec("claims.claimant", "Claimant accuracy"),
    rate_spec("claims.stance", "Stance accuracy"),
    rate_spec("claims.event_link", "Claim event-link accuracy"),
    rate_spec("claims.date", "Claim date accuracy", headline=True),
    rate_spec("evidence.grounded", "Evidence grounded", headline=True),
    *prf_specs("evidence", "Evidence overlap", headline=True),
)


def quote(spans: Sequence[Span]) -> str:
    return " … ".join(s.text for s in spans)


def describe_count(count: Count) -> str:
    if count.min is None and count.max is None:
        return count.vague_term or "unknown"
    if count.min == count.max:
        return str(count.min)
    return f"{'' if count.min is None else count.min}..{'' if count.max is None else count.max}"


def describe_date(date: DateRange) -> str:
    low, high = date.earliest or date.latest, date.latest or date.earliest
    if low is None or high is None:
        return "no date"
    return low.isoformat() if low == high else f"{low.isoformat()}..{high.isoformat()}"


def describe_event(event: StrikeEvent) -> str:
    places = ", ".join(loc.name for loc in event.locations) or "no place"
    return f"{event.kind} at {places}, {describe_date(event.date)}"


def describe_claim(claim: CasualtyClaim) -> str:
    by = f" per {claim.claimant}" if claim.claimant else ""
    return f"{claim.outcome} {describe_count(claim.count)} ({claim.population}, {claim.stance}){by}"


class _Tally:
    """Counts, findings and correct units of one article as they are found."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.findings: list[Finding] = []
        self.correct: set[str] = set()

    def items(self, item: str, prefix: str, assignment: Assignment, predicted: Sequence[_Item],
              gold: Sequence[_Item], describe: Callable[[_Item], str]) -> None:
        """Count an assignment (``<prefix>.tp/fp/fn``); spurious and missed items become
        findings with their quotes, matched gold items correct units."""
        self.counts[f"{prefix}.tp"] += len(assignment.pairs)
        self.counts[f"{prefix}.fp"] += len(assignment.spurious)
        self.counts[f"{prefix}.fn"] += len(assignment.missed)
        for i in assignment.spurious:
            self.findings.append(Finding(status="spurious", item=item,
                                         detail=describe(predicted[i]),
                                         quote=quote(predicted[i].evidence)))
        for j in assignment.missed:
            self.findings.append(Finding(status="missed", item=item,
                                         unit=f"{item}:{gold[j].id}", detail=describe(gold[j]),
                                         quote=quote(gold[j].evidence)))
        self.correct.update(f"{item}:{gold[j].id}" for _, j in assignment.pairs)

    def check(self, key: str, unit: str, ok: bool, item: str, detail: str, text: str) -> None:
        """Count one attribute of a matched pair; a wrong one becomes a finding."""
        self.counts[f"{key}.n"] += 1
        if ok:
            self.counts[f"{key}.hits"] += 1
            self.correct.add(unit)
        else:
            self.findings.append(Finding(status="wrong", item=item, unit=unit, detail=detail,
                                         quote=text))


def _score_events(tally: _Tally, predicted: Sequence[StrikeEvent],
                  gold: Sequence[StrikeEvent]) -> dict[str, str]:
    """Tally events; return predicted event id -> the gold event id it was matched to."""
    assignment = match_events(predicted, gold)
    tally.items("event", "events", assignment, predicted, gold, describe_event)
    for i, j in assignment.pairs:
        p, g = predicted[i], gold[j]
        unit, text = f"event:{g.id}", quote(g.evidence)
        location_ok = (places_match(p.locations, g.locations) if g.locations
                       else not p.locations)
        places = ", ".join(loc.name for loc in p.locations) or "none"
        gold_places = ", ".join(loc.name for loc in g.locations) or "none"
        for key, ok, detail in (
            ("kind", p.kind == g.kind, f"kind {p.kind}, gold {g.kind}"),
            ("date", date_correct(p.date, g.date),
             f"date {describe_date(p.date)}, gold {describe_date(g.date)} ({g.date.precision})"),
            ("location", location_ok, f"location {places}, gold {gold_places}"),
            ("attacker", same_actor(p.attacker.name, g.attacker.name),
             f"attacker {p.attacker.name!r}, gold {g.attacker.name!r}"),
            ("attribution", p.attacker.attribution == g.attacker.attribution,
             f"attribution {p.attacker.attribution}, gold {g.attacker.attribution}"),
        ):
            tally.check(f"events.{key}", f"{unit}/{key}", ok, "event", detail, text)
    return {predicted[i].id: gold[j].id for i, j in assignment.pairs}


def _score_claims(tally: _Tally, predicted: Sequence[CasualtyClaim],
                  gold: Sequence[CasualtyClaim], event_map: dict[str, str]) -> None:
    assignment = match_claims(predicted, gold)
    tally.items("claim", "claims", assignment, predicted, gold, describe_claim)
    for i, j in assignment.pairs:
        p, g = predicted[i], gold[j]
        unit, text = f"claim:{g.id}", quote(g.evidence)
        if p.count.min is not None and g.count.min is not None:
            tally.counts["claims.min_abs_error.sum"] += abs(p.count.min - g.count.min)
            tally.counts["claims.min_abs_error.n"] += 1
        linked_ok = (p.event is None if g.event is None
                     else p.event is not None and event_map.get(p.event) == g.event)
        for key, ok, detail in (
            ("count_exact", (p.count.min, p.count.max) == (g.count.min, g.count.max),
             f"count {describe_count(p.count)}, gold {describe_count(g.count)}"),
            ("claimant", same_actor(p.claimant, g.claimant),
             f"claimant {p.claimant!r}, gold {g.claimant!r}"),
            ("stance", p.stance == g.stance, f"stance {p.stance}, gold {g.stance}"),
            ("event_link", linked_ok, f"event {p.event!r}, gold {g.event!r}"),
            ("date", date_correct(p.date, g.date),
             f"date {describe_date(p.date)}, gold {describe_date(g.date)} ({g.date.precision})"),
        ):
            tally.check(f"claims.{key}", f"{unit}/{key}", ok, "claim", detail, text)


def _score_evidence(tally: _Tally, text: str, predicted: Sequence[Span],
                    gold: Sequence[Span]) -> None:
    for span in predicted:
        tally.counts["evidence.grounded.n"] += 1
        if span.end <= len(text) and text[span.start:span.end] == span.text:
            tally.counts["evidence.grounded.hits"] += 1
        else:
            tally.findings.append(Finding(status="wrong", item="evidence",
                                          detail=f"span {span.start}..{span.end} is not the "
                                                 "article's text", quote=span.text))
    p, g = merged_intervals(predicted), merged_intervals(gold)
    both = shared(p, g)
    tally.counts["evidence.tp"] += both
    tally.counts["evidence.fp"] += covered(p) - both
    tally.counts["evidence.fn"] += covered(g) - both


def score_article(article_id: str, text: str, gold_events: Sequence[StrikeEvent],
                  gold_claims: Sequence[CasualtyClaim], predicted: Extraction | None, *,
                  error: str | None = None) -> ArticleScore:
    """Score one article. ``predicted=None`` (extraction failed or missing) scores as empty."""
    tally = _Tally()
    events = predicted.events if predicted is not None else []
    claims = predicted.claims if predicted is not None else []
    if error is not None:
        tally.findings.append(Finding(status="error", item="article", detail=error))
    for rejected in predicted.rejected if predicted is not None else []:
        # Not scored (a rejected item is simply absent), but shown: what the model said that
        # could not be grounded often explains a miss next to it.
        tally.findings.append(Finding(
            status="rejected", item=f"{rejected.kind} {rejected.ref or '?'}",
            detail="; ".join(rejected.problems)))
    event_map = _score_events(tally, events, gold_events)
    _score_claims(tally, claims, gold_claims, event_map)
    _score_evidence(
        tally, text,
        [*(s for e in events for s in e.evidence), *(s for c in claims for s in c.evidence)],
        [*(s for e in gold_events for s in e.evidence),
         *(s for c in gold_claims for s in c.evidence)],
    )
    return ArticleScore(article_id=article_id, counts=full_counts(tally.counts, GOLD_METRICS),
                        findings=tuple(tally.findings), correct=frozenset(tally.correct),
                        error=error)
