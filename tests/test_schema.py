"""Schema v1: the invariants every stored result and gold file relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from llmextract.schema import (
    ArticleRef,
    CasualtyClaim,
    Count,
    DateRange,
    Extraction,
    Provenance,
    Span,
    StrikeEvent,
)
from llmextract.schemas import released_schemas, render_schema

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
ARTICLE = "Shelling killed two civilians in Ariha on Monday."


def span(start: int, end: int, text: str = ARTICLE) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def result(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "article": ArticleRef.of(ARTICLE, article_id="a1"),
        "events": [StrikeEvent(id="e1", kind="shelling", evidence=[span(0, 8)])],
        "claims": [CasualtyClaim(id="c1", outcome="killed", count=Count(min=2, max=2),
                                 event="e1", evidence=[span(9, 29)])],
        "provenance": Provenance(backend="test", grounding_version="1"),
    }
    data.update(changes)
    return data


def test_a_span_whose_text_length_disagrees_with_its_offsets_is_rejected() -> None:
    assert Span(start=0, end=5, text="Shell").text == "Shell"
    with pytest.raises(ValidationError, match="cover 5"):
        Span(start=0, end=5, text="Shelling")


def test_a_span_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="before start"):
        Span(start=5, end=2, text="")


@pytest.mark.parametrize(("lo", "hi"), [(3, 2), (1, 0)])
def test_count_min_above_max_is_rejected(lo: int, hi: int) -> None:
    with pytest.raises(ValidationError, match="greater than max"):
        Count(min=lo, max=hi)


def test_count_bounds_may_be_open() -> None:
    assert Count(min=2).max is None and Count(max=11).min is None
    assert Count(vague_term="several").vague_term == "several"


def test_date_range_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="after latest"):
        DateRange(earliest="2020-10-20", latest="2020-10-19")  # type: ignore[arg-type]


def test_an_extraction_validated_against_its_article_accepts_true_spans() -> None:
    ok = Extraction.model_validate(result(), context={"article": ARTICLE})
    ok.verify(ARTICLE)


def test_an_extraction_with_a_span_that_is_not_the_article_text_is_rejected() -> None:
    forged = StrikeEvent(id="e1", kind="shelling", evidence=[Span(start=0, end=8, text="Airstrk!")])
    with pytest.raises(ValidationError, match=r"events\[0\].evidence\[0\]"):
        Extraction.model_validate(result(events=[forged]), context={"article": ARTICLE})


def test_verify_rejects_a_different_article() -> None:
    ok = Extraction.model_validate(result())
    with pytest.raises(ValueError, match="sha256"):
        ok.verify(ARTICLE + " Updated.")


def test_a_span_past_the_article_end_is_rejected() -> None:
    long = Span(start=40, end=60, text="x" * 20)
    claim = CasualtyClaim(id="c1", outcome="killed", count=Count(min=2), evidence=[long])
    with pytest.raises(ValidationError, match="past the article end"):
        Extraction.model_validate(result(claims=[claim]), context={"article": ARTICLE})


def test_claims_must_link_to_existing_events_and_claims() -> None:
    claim = CasualtyClaim(id="c1", outcome="killed", count=Count(min=2), event="e9",
                          superseded_by="c7", evidence=[span(9, 29)])
    with pytest.raises(ValidationError) as err:
        Extraction.model_validate(result(claims=[claim]))
    assert "no event with id 'e9'" in str(err.value)
    assert "no claim with id 'c7'" in str(err.value)


def test_duplicate_ids_are_rejected() -> None:
    event = StrikeEvent(id="e1", kind="shelling", evidence=[span(0, 8)])
    with pytest.raises(ValidationError, match="duplicate id 'e1'"):
        Extraction.model_validate(result(events=[event, event]))


def test_unknown_fields_are_errors_not_silently_dropped() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Count.model_validate({"min": 1, "minimum": 2})


def test_evidence_is_required() -> None:
    with pytest.raises(ValidationError):
        StrikeEvent(id="e1", kind="airstrike", evidence=[])


@pytest.mark.parametrize("name", sorted(released_schemas()))
def test_the_released_schema_file_matches_the_code(name: str) -> None:
    path = SCHEMAS / name
    assert path.exists(), f"{path} is missing: run `llmextract schema --write schemas`"
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk == released_schemas()[name], (
        f"{name} drifted from the models; a released schema never changes: bump SCHEMA_VERSION"
    )
    assert path.read_text(encoding="utf-8") == render_schema(on_disk)


def test_the_draft_schema_stays_lean() -> None:
    # Every token of the model-facing schema is paid on every call: no generated titles, no
    # ``default: null``, optional scalars as type lists (v1 was 4,027 characters without the
    # claim dates v2 adds).
    schema = json.dumps(released_schemas()["draft.v2.json"])
    assert len(schema) < 3300
    assert '"title"' not in schema.replace('"title": "Draft"', "")
    assert '"default": null' not in schema and '"default": []' not in schema


def test_the_draft_schema_is_byte_identical_call_after_call() -> None:
    # Providers cache a repeated request prefix; the schema is part of it.
    from llmextract.draft import Draft

    assert json.dumps(Draft.model_json_schema()) == json.dumps(Draft.model_json_schema())
    assert "\\d" not in json.dumps(Draft.model_json_schema())  # grammar-safe patterns
