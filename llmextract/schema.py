"""Stored result models (schema v2): what an extraction *is*, independent of how it was made.

These models are the contract between the extractor, the gold files and the eval harness. They
are exported to ``schemas/extraction.v2.json``; a released version never changes (a change
makes the next version). v2 dates every casualty claim (``CasualtyClaim.date``), and keeps what
the model answered but could not be grounded (``Extraction.rejected``) and notes on what was
repaired (``Extraction.warnings``). v1 results and stored runs still load (their
``schema_version`` stays "1"). The model-facing schema is elsewhere (``draft.py``): the LLM
returns quotes, never offsets.

Invariant: every ``Span`` satisfies ``span.text == article[span.start:span.end]``. A ``Span`` on
its own only knows its length; the check against the article happens when an ``Extraction`` is
validated with ``context={"article": text}`` or by ``Extraction.verify(text)``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SCHEMA_VERSION: Literal["2"] = "2"
#: Every version this code reads; older results are read as they were written.
READABLE_SCHEMA_VERSIONS = ("1", "2")

StrikeKind = Literal["airstrike", "drone_strike", "shelling", "missile_strike", "unknown_strike"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
LocationPrecision = Literal["exact", "near", "region", "country"]
Attribution = Literal["confirmed", "claimed", "suspected", "unidentified"]
Outcome = Literal["killed", "injured", "missing", "captured"]
Population = Literal["civilian", "combatant", "unknown", "mixed"]
Stance = Literal["asserted", "claimed", "denied"]
MatchKind = Literal["exact", "normalized", "fuzzy"]


class _Model(BaseModel):
    # Unknown keys are errors: a typo in a gold file must not silently vanish.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    """A verbatim piece of the article: ``text == article[start:end]`` (end exclusive).

    ``match`` and ``score`` say how a model's quote was located (absent on hand-labeled gold),
    so a reader can tell an exact quote from a repaired paraphrase.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    match: MatchKind | None = None
    score: float | None = Field(default=None, ge=0, le=100)

    @model_validator(mode="after")
    def _length_agrees(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but offsets {self.start}..{self.end} "
                f"cover {self.end - self.start}"
            )
        return self


class Count(_Model):
    """A reported quantity as a range, never a single guessed number.

    "two" is 2..2; "at least two" is 2..None; "up to 11" is None..11; "several" is None..None
    with ``vague_term="several"``; a denial ("no civilians were harmed") is 0..0.
    """

    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    vague_term: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Count:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"count min {self.min} is greater than max {self.max}")
        return self


class DateRange(_Model):
    """When an event happened, as precisely as the article allows (not the publication date)."""

    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: DatePrecision = "unknown"

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError(f"date earliest {self.earliest} is after latest {self.latest}")
        return self


class Location(_Model):
    """A place as written in the article, with what the article says of its context."""

    name: str = Field(min_length=1)
    admin_area: str | None = None
    country: str | None = None
    precision: LocationPrecision = "exact"


class Attacker(_Model):
    """Who struck, as reported. ``name`` is None when the article names nobody."""

    name: str | None = None
    attribution: Attribution = "unidentified"


class StrikeEvent(_Model):
    """Strikes by one (possibly unknown) attacker, on one day, in one locality."""

    id: str = Field(min_length=1)
    kind: StrikeKind
    date: DateRange = DateRange()
    time_of_day: str | None = None
    locations: list[Location] = []
    attacker: Attacker = Attacker()
    targets: list[str] = []
    strike_count: Count | None = None
    evidence: list[Span] = Field(min_length=1)


class CasualtyClaim(_Model):
    """One statement by one claimant about one outcome ("killing two and wounding seven" is two).

    ``claimant`` is None when the article asserts the figure in its own voice. ``event`` is None
    for tolls that belong to no single strike (monthly totals, "since the war began").
    ``superseded_by`` names the later claim of the same claimant that replaced this one.
    ``date`` (v2) is when the casualties happened, as precisely as the text says; a claim linked
    to an event has the event's date unless its own text says otherwise. The words that give
    it are among the evidence.
    """

    id: str = Field(min_length=1)
    outcome: Outcome
    population: Population = "unknown"
    count: Count
    date: DateRange = DateRange()
    claimant: str | None = None
    stance: Stance = "asserted"
    event: str | None = None
    superseded_by: str | None = None
    evidence: list[Span] = Field(min_length=1)


class RejectedItem(_Model):
    """An event or claim the model answered that could not be accepted after the bounded
    re-asks: kept (never silently dropped) so a reader sees what the model said and why it was
    refused, but never mixed with grounded results. It has no spans, only the model's text."""

    kind: Literal["event", "claim"]
    ref: str | None = None
    item: dict[str, Any] = Field(description="the model's item exactly as it answered it")
    problems: list[str] = Field(min_length=1)


class ArticleRef(_Model):
    """Enough to tell which text an extraction belongs to without storing the text."""

    id: str
    published: dt.date | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    length: int = Field(ge=0)

    @classmethod
    def of(cls, text: str, *, article_id: str | None = None,
           published: dt.date | None = None) -> ArticleRef:
        digest = article_sha256(text)
        return cls(id=article_id or digest[:12], published=published, sha256=digest,
                   length=len(text))


class Usage(_Model):
    """Tokens billed. A cache hit bills nothing, so its usage is zero: totals never double count."""

    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)


class Provenance(_Model):
    """How a result was made, so a number can be traced and a run reproduced."""

    backend: str
    model: str | None = None
    endpoint_host: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None
    prompt_hash: str | None = None
    schema_version: str = SCHEMA_VERSION
    grounding_version: str
    cache_hit: bool = False
    attempts: int = Field(default=0, ge=0, description="HTTP requests made for this result")
    reasks: int = Field(default=0, ge=0, description="validation re-asks sent to the model")
    rejected: int = Field(default=0, ge=0,
                          description="events and claims the model answered that were rejected")
    usage: Usage = Usage()
    latency_ms: float = Field(default=0.0, ge=0)
    created_at: dt.datetime | None = None
    #: Everything of the backend that changes its output (mode, sampling temperatures,
    #: max_tokens, re-asks, rule-set version, the redacted base URL); never a secret.
    settings: dict[str, Any] = {}


class Extraction(_Model):
    """Everything extracted from one article. Validate with ``context={"article": text}``
    (or call ``verify``) to enforce that every span is the article's own characters."""

    schema_version: Literal["1", "2"] = SCHEMA_VERSION
    article: ArticleRef
    events: list[StrikeEvent] = []
    claims: list[CasualtyClaim] = []
    rejected: list[RejectedItem] = []
    warnings: list[str] = []
    provenance: Provenance

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Extraction:
        problems = reference_problems(self.events, self.claims)
        context = info.context if isinstance(info.context, dict) else {}
        article = context.get("article")
        if isinstance(article, str):
            problems += self._article_problems(article)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def verify(self, article: str) -> None:
        """Raise ``ValueError`` unless this extraction belongs to ``article`` span for span."""
        problems = self._article_problems(article)
        if problems:
            raise ValueError("; ".join(problems))

    def _article_problems(self, article: str) -> list[str]:
        if article_sha256(article) != self.article.sha256:
            return ["article text does not match article.sha256"]
        return span_problems(article, self.events, self.claims)


def article_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span_problems(article: str, events: list[StrikeEvent],
                  claims: list[CasualtyClaim]) -> list[str]:
    """Every span that is not ``article[start:end]``, as ``json.path: message`` strings."""
    problems: list[str] = []
    items: list[tuple[str, StrikeEvent | CasualtyClaim]] = [
        *((f"events[{i}]", e) for i, e in enumerate(events)),
        *((f"claims[{i}]", c) for i, c in enumerate(claims)),
    ]
    for path, item in items:
        for j, span in enumerate(item.evidence):
            if span.end > len(article):
                problems.append(f"{path}.evidence[{j}]: end {span.end} is past the article end "
                                f"({len(article)})")
            elif article[span.start:span.end] != span.text:
                problems.append(f"{path}.evidence[{j}]: text {span.text!r} is not the article "
                                f"text at {span.start}..{span.end} "
                                f"({article[span.start:span.end]!r})")
    return problems


def reference_problems(events: list[StrikeEvent], claims: list[CasualtyClaim]) -> list[str]:
    """Duplicate ids and dangling claim links, as ``json.path: message`` strings."""
    problems: list[str] = []
    event_ids: set[str] = set()
    for i, event in enumerate(events):
        if event.id in event_ids:
            problems.append(f"events[{i}].id: duplicate id {event.id!r}")
        event_ids.add(event.id)
    claim_ids: set[str] = set()
    for i, claim in enumerate(claims):
        if claim.id in claim_ids:
            problems.append(f"claims[{i}].id: duplicate id {claim.id!r}")
        claim_ids.add(claim.id)
    for i, claim in enumerate(claims):
        if claim.event is not None and claim.event not in event_ids:
            problems.append(f"claims[{i}].event: no event with id {claim.event!r}")
        if claim.superseded_by is not None:
            if claim.superseded_by not in claim_ids:
                problems.append(f"claims[{i}].superseded_by: no claim with id "
                                f"{claim.superseded_by!r}")
            elif claim.superseded_by == claim.id:
                problems.append(f"claims[{i}].superseded_by: a claim cannot supersede itself")
    return problems


def extraction_json_schema() -> dict[str, Any]:
    """The JSON Schema of the stored result, as released in ``schemas/extraction.v1.json``."""
    return Extraction.model_json_schema(mode="serialization")
