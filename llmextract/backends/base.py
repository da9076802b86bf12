"""The seam between the pipeline and whatever produces events and claims.

A backend returns *grounded* stored-schema items (every ``Span`` already located in the article);
the pipeline adds the article reference, provenance and caching, and validates the whole result
against the article once more before anyone sees it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from llmextract.schema import CasualtyClaim, RejectedItem, StrikeEvent, Usage

if TYPE_CHECKING:
    from llmextract.prompts import Prompt


@dataclass(frozen=True)
class ArticleInput:
    """The article as the caller gave it. ``text`` is never altered: spans index into it."""

    text: str
    published: dt.date | None
    article_id: str


@dataclass(frozen=True)
class BackendOutput:
    events: list[StrikeEvent]
    claims: list[CasualtyClaim]
    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    reasks: int = 0
    #: The model the server says answered, when it says (it may differ from the one requested).
    model: str | None = None
    #: What the model answered that could not be accepted, item by item, and why.
    rejected: list[RejectedItem] = field(default_factory=list)
    #: What was repaired on the way (a cut link, ignored keys), for the reader.
    warnings: list[str] = field(default_factory=list)


@runtime_checkable
class Backend(Protocol):
    """What the pipeline needs from a backend.

    ``identity`` lists everything about the backend that changes its output (model, endpoint
    base URL, mode, generation parameters, rule-set version); it goes into the cache key and the
    provenance. It must never contain a secret such as an API key.
    """

    name: str
    #: Whether results are worth caching (a millisecond rule set is not).
    cacheable: bool
    #: Whether this backend sends a prompt (the pipeline resolves one only if it does).
    uses_prompt: bool

    def identity(self) -> dict[str, Any]: ...

    def endpoint_host(self) -> str | None: ...

    def model_name(self) -> str | None: ...

    def run(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput: ...

    async def run_async(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput: ...
