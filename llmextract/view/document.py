"""What the page shows of one article: its text, and every item as display fields and spans.

The browser does no interpretation of extraction results: everything a reader sees (field labels,
formatted counts and dates, claimant colours, match statuses) is decided here, in Python, where
it is typed and tested. The page script only lays the text out around the spans and reacts to
the reader.

A document is a plain ``dict`` ready for ``json.dumps``. Offsets are article offsets in Python
``str`` indices (code points); the page converts them to its own string indices, so an emoji or
other astral character before a span does not shift the highlight.

When the article text is not available (an extraction JSON given without its article), the
document carries only the evidence quotes: ``text`` is the quotes joined by gap markers and every
span is moved onto it, with ``partial`` set so the page says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from llmextract.render import format_count
from llmextract.schema import CasualtyClaim, DateRange, Extraction, Span, StrikeEvent

Fields = list[list[str]]
Document = dict[str, Any]
Item = dict[str, Any]

#: Colours per claimant cycle through this many classes (``claimant-0`` .. in the stylesheet).
CLAIMANT_COLOURS = 8
GAP = "\n[…]\n"


def describe_date(date: DateRange) -> str:
    low, high = date.earliest, date.latest
    if low is None and high is None:
        return "unknown"
    if low is not None and high is not None and low != high:
        when = f"{low.isoformat()} to {high.isoformat()}"
    else:
        when = (low or high).isoformat()  # type: ignore[union-attr]
    return f"{when} ({date.precision})"


def _or_dash(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def event_fields(event: StrikeEvent) -> Fields:
    """The event's fields, in reading order, as label/value pairs."""
    places = "; ".join(
        loc.name + (f" ({', '.join(x for x in (loc.admin_area, loc.country) if x)})"
                    if loc.admin_area or loc.country else "")
        + ("" if loc.precision == "exact" else f" [{loc.precision}]")
        for loc in event.locations)
    fields = [
        ["kind", event.kind.replace("_", " ")],
        ["date", describe_date(event.date)],
        ["time of day", _or_dash(event.time_of_day)],
        ["places", places or "—"],
        ["attacker", _or_dash(event.attacker.name)],
        ["attribution", event.attacker.attribution],
    ]
    if event.targets:
        fields.append(["targets", "; ".join(event.targets)])
    if event.strike_count is not None:
        fields.append(["strikes", format_count(event.strike_count)])
    return fields


def claim_fields(claim: CasualtyClaim) -> Fields:
    """The claim's fields: the count as given (min, max, vague term) and who says it."""
    count = claim.count
    return [
        ["outcome", claim.outcome],
        ["population", claim.population],
        ["count", format_count(count)],
        ["count min", _or_dash(count.min)],
        ["count max", _or_dash(count.max)],
        ["vague term", _or_dash(count.vague_term)],
        ["claimant", claim.claimant or "the article itself"],
        ["stance", claim.stance],
        ["event", claim.event or "no single event"],
        *([["superseded by", claim.superseded_by]] if claim.superseded_by else []),
    ]


def event_summary(event: StrikeEvent) -> str:
    places = ", ".join(loc.name for loc in event.locations) or "place unknown"
    return f"{event.kind.replace('_', ' ')} · {places}"


def claim_summary(claim: CasualtyClaim) -> str:
    return f"{claim.outcome} {format_count(claim.count)} {claim.population}"


def span_list(spans: Iterable[Span]) -> list[list[Any]]:
    """``[start, end, how]`` per span; ``how`` is "" for exact or hand-labeled quotes."""
    out: list[list[Any]] = []
    for s in spans:
        how = "" if s.match in (None, "exact") else (
            f"{s.match} {s.score:.0f}" if s.score is not None else str(s.match))
        out.append([s.start, s.end, how])
    return out


def items_of(extraction: Extraction | None, *, layer: int = 0, prefix: str = "") -> list[Item]:
    """Every event and claim of ``extraction`` as page items (claims without a colour yet)."""
    if extraction is None:
        return []
    items: list[Item] = []
    for event in extraction.events:
        items.append({"key": f"{prefix}{event.id}", "id": event.id, "type": "event",
                      "layer": layer, "summary": event_summary(event),
                      "fields": event_fields(event), "spans": span_list(event.evidence)})
    for claim in extraction.claims:
        items.append({"key": f"{prefix}{claim.id}", "id": claim.id, "type": "claim",
                      "layer": layer, "summary": claim_summary(claim),
                      "claimant": claim.claimant or "",
                      "fields": claim_fields(claim), "spans": span_list(claim.evidence)})
    return items


def colour_claimants(items: Sequence[Item]) -> list[list[Any]]:
    """Give each claimant its colour (in order of first appearance) and return the legend."""
    colours: dict[str, int] = {}
    for item in items:
        if item["type"] == "claim":
            name = item["claimant"]
            colour = colours.setdefault(name, len(colours) % CLAIMANT_COLOURS)
            item["colour"] = colour
    return [[name or "the article itself", colour] for name, colour in colours.items()]


def rejected_of(extraction: Extraction | None) -> list[dict[str, Any]]:
    """Items the model returned that validation refused (schema v2), with why."""
    import json

    if extraction is None:
        return []
    return [{"kind": r.kind, "ref": r.ref, "problems": list(r.problems),
             "item": json.dumps(r.item, ensure_ascii=False, indent=1)}
            for r in extraction.rejected]


def provenance_fields(extraction: Extraction) -> Fields:
    p = extraction.provenance
    prompt = f"{p.prompt_id}@{p.prompt_version}" if p.prompt_id else "—"
    return [
        ["backend", p.backend], ["model", _or_dash(p.model)], ["prompt", prompt],
        ["schema", extraction.schema_version], ["cache", "hit" if p.cache_hit else "miss"],
        ["attempts / re-asks", f"{p.attempts} / {p.reasks}"],
        ["items rejected", str(p.rejected)],
        ["tokens in / out", f"{p.usage.prompt_tokens} / {p.usage.completion_tokens}"],
        ["latency", f"{p.latency_ms:.0f} ms"],
    ]


def quotes_only(items: Sequence[Item], evidence: Sequence[Sequence[Span]]) -> str:
    """The article replaced by its quoted pieces, in article order, overlapping quotes merged
    and pieces joined by ``GAP``; every span of ``items`` (whose spans are ``evidence``, item
    for item) is moved onto that text and keeps its article offsets for display as
    ``[start, end, how, article start, article end]``."""
    quoted = {(s.start, s.end): s.text for spans in evidence for s in spans}
    merged: list[list[int]] = []
    for start, end in sorted(quoted):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[str] = []
    moved: list[tuple[int, int, int]] = []  # (article start, article end, start in the text)
    position = 0
    for start, end in merged:
        if pieces:
            pieces.append(GAP)
            position += len(GAP)
        chars = [" "] * (end - start)
        for (s, e), text in quoted.items():
            if start <= s and e <= end:
                chars[s - start:e - start] = list(text)
        pieces.append("".join(chars))
        moved.append((start, end, position))
        position += end - start
    for item in items:
        for span in item["spans"]:
            start, end, new = next(m for m in moved if m[0] <= span[0] and span[1] <= m[1])
            span[:] = [new + span[0] - start, new + span[1] - start, span[2], span[0], span[1]]
    return "".join(pieces)


def extraction_document(extraction: Extraction | None, text: str | None, *,
                        article_id: str, error: str | None = None,
                        warning: str | None = None) -> Document:
    """One article of an extractions view. ``text`` None: show the quotes only."""
    items = items_of(extraction)
    doc = base_document(article_id, extraction, text, items, error=error, warning=warning)
    doc["legend"] = colour_claimants(items)
    return doc


def base_document(article_id: str, extraction: Extraction | None, text: str | None,
                  items: list[Item], *, error: str | None, warning: str | None) -> Document:
    partial = text is None
    if partial:
        evidence = ([*(e.evidence for e in extraction.events),
                     *(c.evidence for c in extraction.claims)] if extraction is not None else [])
        text = quotes_only(items, evidence)
    ref = extraction.article if extraction is not None else None
    places = sorted({v[1] for item in items for v in item["fields"] if v[0] == "places"
                     and v[1] != "—"})
    claimants = sorted({item.get("claimant", "") for item in items} - {""})
    return {
        "id": article_id,
        "published": ref.published.isoformat() if ref is not None and ref.published else None,
        "text": text,
        "partial": partial,
        "warning": warning,
        "error": error,
        "backend": extraction.provenance.backend if extraction is not None else "",
        "provenance": provenance_fields(extraction) if extraction is not None else [],
        "items": items,
        "rejected": rejected_of(extraction),
        "notes": list(extraction.warnings) if extraction is not None else [],
        "events": sum(item["type"] == "event" for item in items),
        "claims": sum(item["type"] == "claim" for item in items),
        "find": " ".join([*claimants, *places]),
    }
