"""Flat ``events`` and ``claims`` tables (CSV or Parquet) built from a run's JSON Lines output.

One row per event and one per claim, with the article id, every field flattened to a column,
and the evidence as quotes and offsets (``start:end``), so analysts can load them into pandas
or a spreadsheet and still check every number against its sentence. The tables are rebuilt
from the JSON Lines file (streamed, flat memory), which is what makes them resumable: the
JSONL file is the run's journal.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from llmextract.errors import ConfigurationError

TableFormat = Literal["csv", "parquet"]
#: Quotes and offsets of several evidence spans are joined with this separator.
SEPARATOR = " | "

EVENT_COLUMNS = (
    "article_id", "event_id", "kind", "date_earliest", "date_latest", "date_precision",
    "time_of_day", "locations", "attacker", "attribution", "targets", "strike_count_min",
    "strike_count_max", "strike_count_vague", "evidence_quotes", "evidence_offsets",
    "evidence_match",
)
CLAIM_COLUMNS = (
    "article_id", "claim_id", "outcome", "population", "count_min", "count_max",
    "count_vague", "claimant", "stance", "event_id", "superseded_by", "evidence_quotes",
    "evidence_offsets", "evidence_match",
)
_INT_COLUMNS = {"strike_count_min", "strike_count_max", "count_min", "count_max"}


def table_paths(stem: Path, fmt: TableFormat) -> tuple[Path, Path]:
    """``results.csv`` -> ``results.events.csv`` and ``results.claims.csv``."""
    base = stem.with_suffix("").name if stem.suffix.lower() in (".csv", ".parquet") else stem.name
    return (stem.with_name(f"{base}.events.{fmt}"), stem.with_name(f"{base}.claims.{fmt}"))


def write_tables(jsonl: str | Path, stem: str | Path, fmt: TableFormat = "csv",
                 ) -> tuple[Path, Path]:
    """Write the events and claims tables of every ``ok`` record in ``jsonl``."""
    events_path, claims_path = table_paths(Path(stem), fmt)
    if fmt == "csv":
        _write_csv(events_path, EVENT_COLUMNS, _rows(jsonl, "events"))
        _write_csv(claims_path, CLAIM_COLUMNS, _rows(jsonl, "claims"))
    elif fmt == "parquet":
        _write_parquet(events_path, EVENT_COLUMNS, _rows(jsonl, "events"))
        _write_parquet(claims_path, CLAIM_COLUMNS, _rows(jsonl, "claims"))
    else:
        raise ConfigurationError(f"table format must be csv or parquet, not {fmt!r}")
    return events_path, claims_path


def _rows(jsonl: str | Path, what: str) -> Iterator[dict[str, Any]]:
    with Path(jsonl).open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n") or b'"status": "ok"' not in line[:4096]:
                continue
            record = json.loads(line)
            extraction = record.get("extraction") or {}
            article_id = record["id"]
            for item in extraction.get(what, []):
                yield event_row(article_id, item) if what == "events" else claim_row(
                    article_id, item)


def _evidence(item: dict[str, Any]) -> dict[str, Any]:
    spans = item.get("evidence") or []
    return {
        "evidence_quotes": SEPARATOR.join(s["text"] for s in spans),
        "evidence_offsets": SEPARATOR.join(f"{s['start']}:{s['end']}" for s in spans),
        "evidence_match": SEPARATOR.join(str(s.get("match") or "") for s in spans),
    }


def event_row(article_id: str, event: dict[str, Any]) -> dict[str, Any]:
    date = event.get("date") or {}
    attacker = event.get("attacker") or {}
    count = event.get("strike_count") or {}
    return {
        "article_id": article_id, "event_id": event["id"], "kind": event["kind"],
        "date_earliest": date.get("earliest"), "date_latest": date.get("latest"),
        "date_precision": date.get("precision"), "time_of_day": event.get("time_of_day"),
        "locations": SEPARATOR.join(loc["name"] for loc in event.get("locations") or []),
        "attacker": attacker.get("name"), "attribution": attacker.get("attribution"),
        "targets": SEPARATOR.join(event.get("targets") or []),
        "strike_count_min": count.get("min"), "strike_count_max": count.get("max"),
        "strike_count_vague": count.get("vague_term"),
        **_evidence(event),
    }


def claim_row(article_id: str, claim: dict[str, Any]) -> dict[str, Any]:
    count = claim.get("count") or {}
    return {
        "article_id": article_id, "claim_id": claim["id"], "outcome": claim["outcome"],
        "population": claim.get("population"), "count_min": count.get("min"),
        "count_max": count.get("max"), "count_vague": count.get("vague_term"),
        "claimant": claim.get("claimant"), "stance": claim.get("stance"),
        "event_id": claim.get("event"), "superseded_by": claim.get("superseded_by"),
        **_evidence(claim),
    }


def _write_csv(path: Path, columns: tuple[str, ...], rows: Iterator[dict[str, Any]]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    temporary.replace(path)


def _write_parquet(path: Path, columns: tuple[str, ...],
                   rows: Iterator[dict[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigurationError("writing Parquet needs pyarrow: "
                                 "pip install 'llmextract[parquet]'") from None
    schema = pa.schema([(c, pa.int64() if c in _INT_COLUMNS else pa.string())
                        for c in columns])
    temporary = path.with_name(path.name + ".tmp")
    with pq.ParquetWriter(temporary, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 10_000:  # row groups keep memory flat
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    temporary.replace(path)
