"""A perfect model: the gold labels of an article turned into the draft the model is asked for.

``gold_draft(article)`` is what an ideal model would answer (quotes are the gold evidence texts,
refs the gold ids); ``GoldModel`` answers a request with the draft of whichever gold article is
in the user message, optionally damaged by a perturbation, and can repeat the damage on re-asks
(a stubborn model) or answer perfectly on re-asks (a model that corrects itself).

Used by the default test suite (the perfect model must score 1.000 on every headline metric) and
by ``evals/llm_robustness.py`` (articles and items lost per perturbation).
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from llmextract.gold import GoldArticle
from llmextract.schema import DateRange
from tests.openai_server import RecordedRequest, Step, reply_json, reply_tool

Draft = dict[str, Any]
Perturbation = Callable[[Draft, GoldArticle], Draft]


def gold_draft(article: GoldArticle) -> Draft:
    """The draft an ideal model answers for ``article``: its gold labels, quotes only."""
    events = []
    for event in article.events:
        events.append({
            "ref": event.id,
            "kind": event.kind,
            "quotes": [span.text for span in event.evidence],
            **_dates(event.date),
            "time_of_day": event.time_of_day,
            "locations": [loc.model_dump() for loc in event.locations],
            "attacker": event.attacker.name,
            "attribution": event.attacker.attribution,
            "targets": list(event.targets),
            "strike_count": event.strike_count.model_dump() if event.strike_count else None,
        })
    claims = []
    for claim in article.claims:
        claims.append({
            "ref": claim.id,
            "outcome": claim.outcome,
            "population": claim.population,
            "count": claim.count.model_dump(),
            "claimant": claim.claimant,
            "stance": claim.stance,
            "event": claim.event,
            "superseded_by": claim.superseded_by,
            "quotes": [span.text for span in claim.evidence],
            **_dates(claim.date),
        })
    return {"events": events, "claims": claims}


def _dates(date: DateRange) -> dict[str, Any]:
    """The gold date as the draft's fields; its words are already among the quotes."""
    return {
        "date_quote": None,
        "date_earliest": date.earliest.isoformat() if date.earliest else None,
        "date_latest": date.latest.isoformat() if date.latest else None,
        "date_precision": date.precision,
    }


def is_reask(request: RecordedRequest) -> bool:
    """A re-ask carries the model's earlier answer and the complaint after the first turn."""
    return len(request.messages) > 2


@dataclass
class GoldModel:
    """Answers each request with the (perturbed) gold draft of the article it carries.

    ``stubborn``: re-asks get the same perturbed answer again; otherwise re-asks get the
    perfect draft. Thread-safe: the scripted server answers from several threads.
    """

    articles: Sequence[GoldArticle]
    perturb: Perturbation | None = None
    stubborn: bool = True
    requests: int = 0
    reasks: int = 0
    #: Characters each re-ask added to the conversation (the earlier answer and the complaint).
    reask_chars: list[int] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def article_for(self, request: RecordedRequest) -> GoldArticle:
        user = request.contents("user")
        first = user[0] if user else ""
        # The longest text that occurs in the message, so an article that quotes another whole
        # is not mistaken for it.
        found = [a for a in self.articles if a.text in first]
        if not found:
            raise LookupError("no gold article in the request")
        return max(found, key=lambda a: len(a.text))

    def __call__(self, request: RecordedRequest) -> Step:
        article = self.article_for(request)
        reask = is_reask(request)
        with self._lock:
            self.requests += 1
            self.reasks += reask
            if reask:
                self.reask_chars.append(len(json.dumps(request.messages[-2:],
                                                       ensure_ascii=False)))
        draft = gold_draft(article)
        if self.perturb is not None and (self.stubborn or not reask):
            draft = self.perturb(copy.deepcopy(draft), article)
        if request.tool_name is not None:
            return reply_tool(draft)
        return reply_json(draft)
