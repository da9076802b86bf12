"""Human-readable views of an ``Extraction``: every value shown next to the quote behind it."""

from __future__ import annotations

from llmextract.schema import CasualtyClaim, Count, Extraction, Span, StrikeEvent


def format_count(count: Count) -> str:
    """``2``, ``2..5``, ``>= 2``, ``<= 11``, ``several`` or ``unknown``."""
    lo, hi, vague = count.min, count.max, count.vague_term
    if lo is not None and lo == hi:
        text = str(lo)
    elif lo is not None and hi is not None:
        text = f"{lo}..{hi}"
    elif lo is not None:
        text = f">= {lo}"
    elif hi is not None:
        text = f"<= {hi}"
    else:
        text = "unknown"
    if vague:
        text = vague if text == "unknown" else f"{text} ({vague})"
    return text


def render_text(result: Extraction) -> str:
    """A plain-text summary; quotes are printed verbatim with their offsets."""
    p = result.provenance
    lines = [
        f"article {result.article.id}  ({result.article.length:,} chars, published "
        f"{result.article.published or 'unknown'})",
        f"backend {p.backend}  model {p.model or '-'}  prompt "
        f"{p.prompt_id + '@' + (p.prompt_version or '') if p.prompt_id else '-'}  "
        # An offline backend neither caches nor calls anything: say so instead of "miss".
        + (f"cache {'hit' if p.cache_hit else 'miss'}  attempts {p.attempts}  "
           f"re-asks {p.reasks}  rejected {p.rejected}  "
           f"tokens {p.usage.prompt_tokens}+{p.usage.completion_tokens}"
           if p.endpoint_host is not None or p.cache_hit else "offline, not cached"),
        "",
        f"{len(result.events)} strike event(s)",
    ]
    for event in result.events:
        lines += _event_lines(event)
    lines += ["", f"{len(result.claims)} casualty claim(s)"]
    for claim in result.claims:
        lines += _claim_lines(claim)
    if result.rejected:
        lines += ["", f"{len(result.rejected)} item(s) the model answered but could not be "
                      "grounded (left out):"]
        for item in result.rejected:
            lines.append(f"  [{item.kind} {item.ref or '?'}]")
            lines += [f"       - {problem}" for problem in item.problems]
    if result.warnings:
        lines += ["", "warnings:"] + [f"  - {warning}" for warning in result.warnings]
    return "\n".join(lines)


def _event_lines(event: StrikeEvent) -> list[str]:
    d = event.date
    if d.earliest and d.latest and d.earliest != d.latest:
        when = f"{d.earliest}..{d.latest}"
    else:
        when = str(d.earliest or "date unknown")
    places = "; ".join(loc.name for loc in event.locations) or "place unknown"
    attacker = event.attacker.name or "unnamed attacker"
    lines = [f"  [{event.id}] {event.kind} on {when} ({d.precision}) at {places}; "
             f"by {attacker} ({event.attacker.attribution})"]
    if event.targets:
        lines.append(f"       targets: {'; '.join(event.targets)}")
    return lines + _evidence_lines(event.evidence)


def _claim_lines(claim: CasualtyClaim) -> list[str]:
    who = claim.claimant or "the article"
    tail = f" -> event {claim.event}" if claim.event else " (no single event)"
    if claim.superseded_by:
        tail += f", superseded by {claim.superseded_by}"
    lines = [f"  [{claim.id}] {claim.outcome} {format_count(claim.count)} {claim.population}, "
             f"{claim.stance} by {who}{tail}"]
    return lines + _evidence_lines(claim.evidence)


def _evidence_lines(spans: list[Span]) -> list[str]:
    out = []
    for span in spans:
        how = f" ({span.match} {span.score:.0f})" if span.match and span.match != "exact" else ""
        out.append(f"       \"{span.text}\" @{span.start}-{span.end}{how}")
    return out
