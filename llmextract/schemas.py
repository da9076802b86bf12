"""The released JSON Schema contracts in ``schemas/``: what each file must contain, exactly.

A released version never changes: when the models change, the drift test fails and the change
becomes a new version (``extraction.v2.json``) instead of an edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from llmextract.draft import Draft
from llmextract.gold import GoldArticle
from llmextract.schema import SCHEMA_VERSION, Extraction


def released_schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema, for every contract of the current schema version."""
    v = SCHEMA_VERSION
    return {
        f"extraction.v{v}.json": Extraction.model_json_schema(mode="serialization"),
        f"draft.v{v}.json": Draft.model_json_schema(),
        f"gold.v{v}.json": GoldArticle.model_json_schema(mode="serialization"),
    }


def render_schema(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    """Write the current contracts; refuses to overwrite a released file with other content."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in released_schemas().items():
        path = directory / name
        text = render_schema(schema)
        if path.exists():
            if path.read_text(encoding="utf-8") != text:
                from llmextract.errors import ConfigurationError

                raise ConfigurationError(
                    f"{path} is released and differs from the code; bump SCHEMA_VERSION "
                    "instead of editing a released schema"
                )
            continue
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
