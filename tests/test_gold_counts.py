"""`gold check` holds gold to the count check every model answer goes through."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from llmextract.cli import app
from llmextract.gold import check_gold_file, load_gold

runner = CliRunner()
TEXT = ("A drone struck a car near Tyre on Monday, killing two people and wounding seven "
        "others, the ministry said. It killed the driver and a passenger.")


def span(quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"start": start, "end": start + len(quote), "text": quote}


def write(tmp_path: Path, count: dict[str, int], quote: str) -> Path:
    data = {
        "id": "t1", "published": "2024-05-02", "source": "test", "language": "en",
        "split": "dev", "synthetic": True, "hard_cases": [], "notes": "", "text": TEXT,
        "events": [{"id": "e1", "kind": "drone_strike",
                    "evidence": [span("A drone struck a car near Tyre")]}],
        "claims": [{"id": "c1", "outcome": "injured", "count": count, "event": "e1",
                    "evidence": [span(quote)]}],
    }
    path = tmp_path / "t1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_count_its_quote_contradicts_fails_gold_check(tmp_path: Path) -> None:
    # Before: 9 for "wounding seven others" passed `gold check`.
    path = write(tmp_path, {"min": 9, "max": 9}, "wounding seven others")
    [problem] = check_gold_file(path)
    assert problem.path == "claims[0].count"
    assert "seven" in problem.message and "min=9" in problem.message
    result = runner.invoke(app, ["gold", "check", str(path)])
    assert result.exit_code == 1 and "claims[0].count" in result.stdout


def test_a_count_its_quote_supports_is_clean(tmp_path: Path) -> None:
    assert check_gold_file(write(tmp_path, {"min": 7, "max": 7}, "wounding seven others")) == []


def test_a_total_the_quote_implies_is_not_flagged(tmp_path: Path) -> None:
    # "the driver and a passenger" is two.
    assert check_gold_file(write(tmp_path, {"min": 2, "max": 2},
                                 "killed the driver and a passenger")) == []


def test_loading_gold_is_not_blocked_by_the_count_check(tmp_path: Path) -> None:
    # Scoring must not depend on a heuristic: the count check belongs to `gold check`.
    assert load_gold(write(tmp_path, {"min": 9, "max": 9}, "wounding seven others")).claims
