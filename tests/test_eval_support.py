"""Builders shared by the eval tests (no tests here): hand-made spans, events, claims, gold,
and a fake ``extract_async`` for the runner."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

from llmextract.evaluation.runs import PREDICTIONS
from llmextract.gold import GoldArticle
from llmextract.schema import (
    ArticleRef,
    Attacker,
    CasualtyClaim,
    Count,
    DateRange,
    Extraction,
    Location,
    Provenance,
    Span,
    StrikeEvent,
    Usage,
)

TEXT = (
    "Airstrikes hit Albukamal on Monday night, killing two people and wounding seven others, "
    "a source said. Separately, shelling struck Deir ez-Zor, killing three fighters."
)


def sp(quote: str, text: str = TEXT, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th appearance of ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Span(start=start, end=start + len(quote), text=quote)


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def event(id: str, quote: str, *, kind: str = "airstrike", place: str | None = None,
          date: str | None = None, latest: str | None = None, precision: str = "day",
          attacker: str | None = None, attribution: str = "unidentified",
          text: str = TEXT) -> StrikeEvent:
    return StrikeEvent.model_validate({
        "id": id,
        "kind": kind,
        "date": DateRange(earliest=day(date) if date else None,
                          latest=day(latest or date) if (latest or date) else None,
                          precision=precision if date else "unknown"),  # type: ignore[arg-type]
        "locations": [Location(name=place)] if place else [],
        "attacker": Attacker(name=attacker, attribution=attribution),  # type: ignore[arg-type]
        "evidence": [sp(quote, text)],
    })


def claim(id: str, quote: str, *, outcome: str = "killed", low: int | None = 2,
          high: int | None = 2, vague: str | None = None, population: str = "unknown",
          claimant: str | None = None, stance: str = "asserted", event: str | None = None,
          superseded_by: str | None = None, date: str | None = None,
          text: str = TEXT) -> CasualtyClaim:
    return CasualtyClaim.model_validate({
        "id": id, "outcome": outcome, "population": population,
        "count": Count(min=low, max=high, vague_term=vague),
        "date": DateRange(earliest=day(date), latest=day(date), precision="day") if date
        else DateRange(),
        "claimant": claimant,
        "stance": stance, "event": event, "superseded_by": superseded_by,
        "evidence": [sp(quote, text)],
    })


def extraction(events: list[StrikeEvent] | None = None,
               claims: list[CasualtyClaim] | None = None, *, text: str = TEXT,
               article_id: str = "a1", tokens: tuple[int, int] = (0, 0),
               cache_hit: bool = False) -> Extraction:
    return Extraction(
        article=ArticleRef.of(text, article_id=article_id),
        events=events or [], claims=claims or [],
        provenance=Provenance(backend="fake", model="fake-1", prompt_id="strike-claims",
                              prompt_version="1", prompt_hash="0" * 64, grounding_version="1",
                              cache_hit=cache_hit,
                              usage=Usage(prompt_tokens=tokens[0], completion_tokens=tokens[1])),
    )


def gold_events() -> list[StrikeEvent]:
    return [
        event("e1", "Airstrikes hit Albukamal on Monday night", place="Albukamal",
              date="2020-10-19"),
        event("e2", "shelling struck Deir ez-Zor", kind="shelling", place="Deir ez-Zor",
              date="2020-10-19"),
    ]


def gold_claims() -> list[CasualtyClaim]:
    return [
        claim("c1", "killing two people", claimant="a source", event="e1"),
        claim("c2", "wounding seven others", outcome="injured", low=7, high=7,
              claimant="a source", event="e1"),
        claim("c3", "killing three fighters", low=3, high=3, population="combatant",
              event="e2"),
    ]


def gold_article(article_id: str, *, text: str = TEXT, split: str = "test",
                 events: list[StrikeEvent] | None = None,
                 claims: list[CasualtyClaim] | None = None) -> GoldArticle:
    return GoldArticle.model_validate({
        "id": article_id, "published": "2020-10-21", "source": "test", "split": split,
        "synthetic": True, "text": text,
        "events": gold_events() if events is None else events,
        "claims": gold_claims() if claims is None else claims,
    })


def write_gold_dir(directory: Path, articles: list[GoldArticle]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (directory / f"{article.id}.json").write_text(
            json.dumps(article.model_dump(mode="json", exclude_none=True), indent=2),
            encoding="utf-8")
    return directory


class FakeExtract:
    """Stands in for ``extract_async``: gold-perfect results, chosen failures, a log."""

    def __init__(self, fail: dict[str, Exception] | None = None, run_dir: Path | None = None):
        self.fail = fail or {}
        self.in_flight = self.max_in_flight = 0
        self.calls: list[dict[str, Any]] = []
        self.lines_seen: list[int] = []
        self.run_dir = run_dir

    async def __call__(self, text: str, *, published: dt.date | None, article_id: str,
                       backend: Any, model: str | None, prompt: str | None,
                       cache: Any, strict: bool = False) -> Extraction:
        self.calls.append({"id": article_id, "backend": backend, "model": model,
                           "prompt": prompt, "cache": cache, "published": published})
        if self.run_dir is not None:
            file = self.run_dir / PREDICTIONS
            self.lines_seen.append(len(file.read_text().splitlines()) if file.exists() else -1)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        await asyncio.sleep(0.005)
        self.in_flight -= 1
        if article_id in self.fail:
            raise self.fail[article_id]
        if text != TEXT:  # another task's article: nothing found, but a valid result
            return extraction([], [], text=text, article_id=article_id, tokens=(100, 20))
        return extraction(gold_events(), gold_claims(), article_id=article_id,
                          tokens=(100, 20), cache_hit=article_id == "a0")
