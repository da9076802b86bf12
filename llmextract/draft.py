"""The lean model-facing schema (quotes only) and its conversion into the stored schema.

The model never returns offsets: it quotes, and code finds the quotes (``grounding``). Every
token of this schema is paid on every call, so descriptions are short and enums tight.

Validation runs inside instructor's parse step. A quote that is not in the article, a count its
own quote contradicts, or a date its own date quote contradicts *raises*, so instructor re-asks
with the message; a validator that silently dropped bad quotes would never trigger a re-ask. The
article is bound through a context variable rather than instructor's ``context=``, because
``context=`` makes instructor render every message as a Jinja template and the article would
reach the model altered (PITFALLS.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from instructor import OpenAISchema
from pydantic import BaseModel, ConfigDict, Field, model_validator

from llmextract.grounding import Grounder, MatchResult
from llmextract.normalize.dates import date_contradiction
from llmextract.normalize.quantities import count_contradiction
from llmextract.schema import (
    Attacker,
    Attribution,
    CasualtyClaim,
    Count,
    DatePrecision,
    DateRange,
    Location,
    LocationPrecision,
    Outcome,
    Population,
    Span,
    Stance,
    StrikeEvent,
    StrikeKind,
)

#: Bump when the checks below change what is accepted: it is part of the cache key.
CHECKS_VERSION = "1"

_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


class DraftCount(_Draft):
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    vague_term: str | None = None


class DraftLocation(_Draft):
    name: str
    admin_area: str | None = None
    country: str | None = None
    precision: LocationPrecision = "exact"


class DraftEvent(_Draft):
    ref: str = Field(description="E1, E2, ...")
    kind: StrikeKind
    quotes: list[str] = Field(min_length=1, description="verbatim article text")
    date_quote: str | None = Field(default=None, description="verbatim words giving the date")
    date_earliest: str | None = Field(default=None, pattern=_ISO_DATE)
    date_latest: str | None = Field(default=None, pattern=_ISO_DATE)
    date_precision: DatePrecision = "unknown"
    time_of_day: str | None = None
    locations: list[DraftLocation] = []
    attacker: str | None = None
    attribution: Attribution = "unidentified"
    targets: list[str] = []
    strike_count: DraftCount | None = None


class DraftClaim(_Draft):
    ref: str = Field(description="C1, C2, ...")
    outcome: Outcome
    population: Population = "unknown"
    count: DraftCount
    claimant: str | None = None
    stance: Stance = "asserted"
    event: str | None = Field(default=None, description="event ref or null")
    superseded_by: str | None = Field(default=None, description="claim ref or null")
    quotes: list[str] = Field(min_length=1, description="verbatim article text")


# Subclassing instructor's ``OpenAISchema`` lets instructor use this class as it is; otherwise it
# derives a wrapper class and regenerates the JSON schema on every call (about 10 ms). The
# docstring's first line is sent to the model as the tool description.
class Draft(OpenAISchema, _Draft):
    """Strike events and casualty claims in the article, each with verbatim quotes."""

    events: list[DraftEvent] = []
    claims: list[DraftClaim] = []

    @model_validator(mode="after")
    def _grounded(self) -> Draft:
        session = _SESSION.get()
        if session is not None:
            problems = check_draft(self, session.grounder, session.published)
            session.last_problems = problems
            if problems:
                raise ValueError(_reask_message(problems))
        return self


@dataclass
class _Session:
    grounder: Grounder
    published: dt.date | None
    #: The problems of the latest rejected answer, for the error once re-asks run out.
    last_problems: list[str] = field(default_factory=list)


_SESSION: ContextVar[_Session | None] = ContextVar("llmextract_draft_session", default=None)


@contextlib.contextmanager
def grounding_session(article: str, published: dt.date | None) -> Iterator[_Session]:
    """Bind the article to ``Draft`` validation for the duration of one extraction."""
    session = _Session(Grounder(article), published)
    token = _SESSION.set(session)
    try:
        yield session
    finally:
        _SESSION.reset(token)


def check_draft(draft: Draft, grounder: Grounder, published: dt.date | None) -> list[str]:
    """Every reason to reject a draft, each naming the item and the offending quote."""
    problems: list[str] = []
    event_refs = [e.ref for e in draft.events]
    claim_refs = [c.ref for c in draft.claims]
    for refs, label in ((event_refs, "event"), (claim_refs, "claim")):
        for ref in sorted({r for r in refs if refs.count(r) > 1}):
            problems.append(f"{label} ref {ref!r} is used twice; refs must be unique")
    for i, event in enumerate(draft.events):
        where = f"events[{i}] ({event.ref})"
        problems += _quote_problems(grounder, where, event.quotes)
        if event.date_quote:
            date_match = grounder.ground(event.date_quote)
            if not date_match.matched:
                problems.append(f"{where}: date_quote {event.date_quote!r} is not in the article")
            else:
                claimed = _date_range(event)
                if claimed is not None and claimed.earliest is not None:
                    issue = date_contradiction(claimed, date_match.text or "", published)
                    if issue:
                        problems.append(f"{where}: {issue}")
        if (event.date_earliest or event.date_latest) and _date_range(event) is None:
            problems.append(f"{where}: date_earliest/date_latest are not valid dates in order "
                            f"({event.date_earliest!r}, {event.date_latest!r})")
    for i, claim in enumerate(draft.claims):
        where = f"claims[{i}] ({claim.ref})"
        matches = _quote_problems(grounder, where, claim.quotes)
        problems += matches
        count = claim.count
        if count.min is not None and count.max is not None and count.min > count.max:
            problems.append(f"{where}: count min {count.min} is greater than max {count.max}")
        elif not matches:
            quoted = " ".join(grounder.ground(q).text or "" for q in claim.quotes)
            issue = count_contradiction(_count(count), quoted)
            if issue:
                problems.append(f"{where}: {issue}")
        if claim.event is not None and claim.event not in event_refs:
            problems.append(f"{where}: event {claim.event!r} is not the ref of any event")
        if claim.superseded_by is not None and claim.superseded_by not in claim_refs:
            problems.append(f"{where}: superseded_by {claim.superseded_by!r} is not a claim ref")
    return problems


def to_items(draft: Draft, grounder: Grounder) -> tuple[list[StrikeEvent], list[CasualtyClaim]]:
    """Convert an accepted draft into stored items with spans (``text == article[start:end]``).

    Refs become stable ids (``e1``, ``c1``, ...) in the order the model gave them.
    """
    event_ids = {e.ref: f"e{i}" for i, e in enumerate(draft.events, start=1)}
    claim_ids = {c.ref: f"c{i}" for i, c in enumerate(draft.claims, start=1)}
    events: list[StrikeEvent] = []
    for event in draft.events:
        quotes = list(event.quotes)
        if event.date_quote:
            quotes.append(event.date_quote)
        events.append(
            StrikeEvent(
                id=event_ids[event.ref],
                kind=event.kind,
                date=_date_range(event) or DateRange(),
                time_of_day=event.time_of_day,
                locations=[
                    Location(name=loc.name, admin_area=loc.admin_area, country=loc.country,
                             precision=loc.precision)
                    for loc in event.locations if loc.name.strip()
                ],
                attacker=Attacker(name=event.attacker, attribution=event.attribution),
                targets=[t for t in event.targets if t.strip()],
                strike_count=_count(event.strike_count) if event.strike_count else None,
                evidence=_spans(grounder, quotes),
            )
        )
    claims = [
        CasualtyClaim(
            id=claim_ids[claim.ref],
            outcome=claim.outcome,
            population=claim.population,
            count=_count(claim.count),
            claimant=claim.claimant,
            stance=claim.stance,
            event=event_ids.get(claim.event) if claim.event else None,
            superseded_by=claim_ids.get(claim.superseded_by) if claim.superseded_by else None,
            evidence=_spans(grounder, claim.quotes),
        )
        for claim in draft.claims
    ]
    return events, claims


def _quote_problems(grounder: Grounder, where: str, quotes: list[str]) -> list[str]:
    problems = []
    for j, quote in enumerate(quotes):
        if not grounder.ground(quote).matched:
            problems.append(f"{where}: quotes[{j}] {quote!r} is not in the article")
    return problems


def _spans(grounder: Grounder, quotes: list[str]) -> list[Span]:
    """Ground quotes in order, each near the item's first span; duplicates collapse."""
    spans: list[Span] = []
    anchor: int | None = None
    for quote in quotes:
        match: MatchResult = grounder.ground(quote, near=anchor)
        span = match.to_span()
        if anchor is None:
            anchor = span.start
        if all((s.start, s.end) != (span.start, span.end) for s in spans):
            spans.append(span)
    return spans


def _count(draft: DraftCount) -> Count:
    vague = draft.vague_term.strip() if draft.vague_term else None
    return Count(min=draft.min, max=draft.max, vague_term=vague or None)


def _date_range(event: DraftEvent) -> DateRange | None:
    try:
        earliest = dt.date.fromisoformat(event.date_earliest) if event.date_earliest else None
        latest = dt.date.fromisoformat(event.date_latest) if event.date_latest else earliest
    except ValueError:
        return None
    if earliest and latest and earliest > latest:
        return None
    return DateRange(earliest=earliest, latest=latest, precision=event.date_precision)


def _reask_message(problems: list[str]) -> str:
    return (
        "Your answer was rejected because it is not grounded in the article:\n- "
        + "\n- ".join(problems)
        + "\nCopy quotes character for character from the article (do not paraphrase, merge "
        "sentences or fix spelling), make each count agree with the numbers in its own quote, "
        "and return the whole answer again."
    )
