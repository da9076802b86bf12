"""The lean model-facing schema (quotes only): what the model is asked to answer.

The model never returns offsets: it quotes, and code finds the quotes (``grounding``, placed by
``review``). Every token of this schema is paid on every call, so descriptions are short, enums
tight, and the JSON Schema sent carries no auto-generated titles; it is built once and is
byte-identical for every article, so providers' prompt caching applies to it.

Answers are judged item by item in ``review``; ``Draft.model_validate_json`` (which instructor
calls on every answer) hands the raw JSON to the review session bound to the current extraction
through a context variable rather than instructor's ``context=``, because ``context=`` makes
instructor render every message as a Jinja template and the article would reach the model
altered (PITFALLS.md). A review refuses an answer by raising an exception instructor re-asks on,
whose text is the plain re-ask message (no validation-library boilerplate).
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from typing import Any, Protocol

from instructor import OpenAISchema
from instructor.core.exceptions import ResponseParsingError
from pydantic import BaseModel, ConfigDict, Field

from llmextract.schema import (
    Attribution,
    DatePrecision,
    LocationPrecision,
    Outcome,
    Population,
    Stance,
    StrikeKind,
)

# Bump ``grounding.CHECKS_VERSION`` (part of the cache key) when the checks below or in
# ``review`` change what is accepted.

# Character classes, not a digit escape: llama.cpp's grammar conversion accepts any string for
# one, and llama-cpp-python's fails on it.
_ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


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
    event: str | None = None
    superseded_by: str | None = None
    quotes: list[str] = Field(min_length=1, description="verbatim article text")
    date_quote: str | None = Field(default=None, description="verbatim words giving the date")
    date_earliest: str | None = Field(default=None, pattern=_ISO_DATE)
    date_latest: str | None = Field(default=None, pattern=_ISO_DATE)
    date_precision: DatePrecision = "unknown"


class AnswerRejected(ResponseParsingError):
    """The answer cannot be accepted yet. instructor re-asks on this error class with ``str()`` of
    it as the message, so the text is exactly what the model reads: plain lines, no library
    boilerplate."""


class DraftSession(Protocol):
    """Judges one raw answer for the extraction in progress (see ``review.ReviewSession``)."""

    def review(self, json_data: str | bytes | bytearray) -> Draft: ...


_SESSION: ContextVar[DraftSession | None] = ContextVar("llmextract_draft_session", default=None)


@contextlib.contextmanager
def bound_session(session: DraftSession) -> Iterator[DraftSession]:
    """Route every ``Draft`` parsed in this context through ``session``."""
    token = _SESSION.set(session)
    try:
        yield session
    finally:
        _SESSION.reset(token)


# Subclassing instructor's ``OpenAISchema`` lets instructor use this class as it is; otherwise it
# derives a wrapper class and regenerates the JSON schema on every call (about 10 ms). The
# docstring's first line is sent to the model as the tool description.
class Draft(OpenAISchema, _Draft):
    """Strike events and casualty claims in the article, each with verbatim quotes."""

    # Required, with no default: ``{}`` or a foreign object is not "nothing found"; an article
    # without strikes or casualties is answered with two empty lists.
    events: list[DraftEvent]
    claims: list[DraftClaim]

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray,
                            **kwargs: Any) -> Draft:
        session = _SESSION.get()
        if session is None:
            return super().model_validate_json(json_data, **kwargs)
        return session.review(json_data)

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if args or kwargs:
            return super().model_json_schema(*args, **kwargs)
        return dict(_lean_schema())


@cache
def _lean_schema() -> dict[str, Any]:
    """The schema the model reads: pydantic's, less every nested ``title``, ``default: null`` or
    ``[]``, and ``anyOf [T, null]`` spelled as a type list (about a third fewer characters)."""
    schema = copy.deepcopy(super(Draft, Draft).model_json_schema())
    return {key: _lean(value) for key, value in schema.items()}


def _lean(node: Any) -> Any:
    if isinstance(node, list):
        return [_lean(n) for n in node]
    if not isinstance(node, dict):
        return node
    lean = {k: _lean(v) for k, v in node.items()
            if k != "title" and not (k == "default" and v in (None, []))}
    options = lean.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        other = next(o for o in options if o != {"type": "null"})
        if isinstance(other, dict) and isinstance(other.get("type"), str) and "$ref" not in other:
            del lean["anyOf"]
            lean = {**other, **lean, "type": [other["type"], "null"]}
    return lean
