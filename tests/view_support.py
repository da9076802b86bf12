"""Pages and inputs shared by the viewer's fast tests and its browser tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from llmextract.schema import (
    ArticleRef,
    CasualtyClaim,
    Count,
    Extraction,
    Provenance,
    Span,
    StrikeEvent,
)

REPO = Path(__file__).resolve().parent.parent
GOLD_RUN = REPO / "evals" / "runs" / "rules-gold-test"

HOSTILE = (
    "Strike report.</script><script>window.__pwned = 1; alert('script ran')</script>\n"
    "<!-- comment --> A drone strike hit Marib & Sirwah </textarea><textarea>\n"
    "<img src=x onerror=\"window.__pwned = 2; alert('img ran')\"> killing three fighters.\n"
    "<a href=\"javascript:window.__pwned = 3\">click</a> <img src=\"http://127.0.0.1:9/x.png\">\n"
    "<style>body{display:none}</style> line\u2028separator\u2029end 😀 after an emoji."
)


def span(text: str, quote: str, start_at: int = 0) -> Span:
    start = text.index(quote, start_at)
    return Span(start=start, end=start + len(quote), text=quote, match="exact", score=100.0)


def extraction(text: str, events: list[StrikeEvent], claims: list[CasualtyClaim],
               article_id: str = "a1") -> Extraction:
    return Extraction(article=ArticleRef.of(text, article_id=article_id), events=events,
                      claims=claims,
                      provenance=Provenance(backend="rules", model="rules-4",
                                            grounding_version="1"))


def hostile_extraction() -> Extraction:
    text = HOSTILE
    return extraction(text, [
        StrikeEvent(id="e1", kind="drone_strike",
                    evidence=[span(text, "A drone strike hit Marib & Sirwah </textarea>")]),
    ], [
        CasualtyClaim(id="c1", outcome="killed", count=Count(min=3, max=3),
                      claimant="officials", stance="claimed", event="e1",
                      evidence=[span(text, "killing three fighters"),
                                span(text, "<script>window.__pwned = 1; alert('script ran')"
                                     "</script>")]),
        CasualtyClaim(id="c2", outcome="killed", count=Count(vague_term="several"),
                      evidence=[span(text, "separator\u2029end 😀 after")]),
    ], article_id="hostile</script><b>id")


NESTED_TEXT = ("Officials said an airstrike on the market in Ariha killed at least 12 civilians "
               "and wounded 30 others, while a monitor put the toll at 15.")


def nested_extraction() -> Extraction:
    """Spans nested in each other, crossing each other, and shared by two items."""
    t = NESTED_TEXT
    whole = span(t, "an airstrike on the market in Ariha killed at least 12 civilians and "
                    "wounded 30 others")
    return extraction(t, [
        StrikeEvent(id="e1", kind="airstrike", evidence=[whole]),
    ], [
        CasualtyClaim(id="c1", outcome="killed", population="civilian",
                      count=Count(min=12), claimant="Officials", event="e1",
                      evidence=[span(t, "killed at least 12 civilians"),
                                span(t, "Officials said")]),
        CasualtyClaim(id="c2", outcome="injured", population="civilian",
                      count=Count(min=30, max=30), claimant="Officials", event="e1",
                      evidence=[span(t, "12 civilians and wounded 30 others"),
                                span(t, "Officials said")]),
        CasualtyClaim(id="c3", outcome="killed", population="civilian",
                      count=Count(min=15, max=15), claimant="a monitor", event="e1",
                      evidence=[span(t, "a monitor put the toll at 15")]),
    ], article_id="nested")


def page_data(html: str) -> dict[str, Any]:
    """The page data (``data`` block) with its ``articles`` (the second block), parsed."""
    blocks = dict(re.findall(r'<script type="application/json" id="(\w+)">(.*?)</script>',
                             html, re.S))
    assert set(blocks) == {"data", "articles"}
    data: dict[str, Any] = json.loads(blocks["data"])
    data["articles"] = json.loads(blocks["articles"])
    return data


def many_articles_jsonl(path: Path, n: int, seed_text: str) -> Path:
    """``n`` records with inline text (each a different article: a numbered first line)."""
    from llmextract import extract

    base = extract(seed_text, published="2020-10-21", article_id="seed", backend="rules")
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = seed_text + f"\nFiled as report number {i:05d}."
            shifted = base.model_copy(update={"article": ArticleRef.of(
                text, article_id=f"report-{i:05d}", published=base.article.published)})
            record: dict[str, Any] = {"id": f"report-{i:05d}", "text": text,
                                      "extraction": shifted.model_dump(mode="json")}
            if i % 7 == 3:
                record = {"id": f"report-{i:05d}", "text": text, "status": "error",
                          "error": "BackendError: the endpoint timed out"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
