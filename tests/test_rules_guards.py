"""The rules' hand-written first-character look-aheads are speed guards only.

Several patterns start with ``(?=[afmos])``: a cheap skip of positions where no alternative can
begin. A word added to a pattern later, starting with a letter the guard does not list, would be
silently never matched; this test catches that by comparing every guarded pattern with its
unguarded form over all gold and ISAF texts.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import llmextract.rules as rules

REPO = Path(__file__).resolve().parent.parent
MODULES = [
    *(f"llmextract.rules.{m.name}" for m in pkgutil.iter_modules(rules.__path__)),
    "llmextract.normalize.places",
]
# A leading guard: an optional \b, then a look-ahead at one plain class of letters and digits.
GUARD = re.compile(r"^(\\b)?\(\?=\[(?:[a-z]|\\d)+\]\)")


def guarded_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for name in MODULES:
        for attr, value in vars(importlib.import_module(name)).items():
            if isinstance(value, re.Pattern) and GUARD.match(value.pattern):
                found.append((f"{name}.{attr}", value))
    return found


def corpus() -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted((REPO / "evals" / "gold").glob("*.json"))]
    with (REPO / "evals" / "external" / "isaf" / "dev.jsonl").open(encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines]
    return texts + [t.lower() for t in texts]


PATTERNS = guarded_patterns()
TEXTS = corpus()


def test_the_guards_are_found() -> None:
    assert len(PATTERNS) >= 20


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_a_guard_never_changes_what_its_pattern_matches(name: str,
                                                       pattern: re.Pattern[str]) -> None:
    unguarded = re.compile(GUARD.sub(lambda m: m.group(1) or "", pattern.pattern),
                           pattern.flags)
    for text in TEXTS:
        got = [m.span() for m in pattern.finditer(text)]
        want = [m.span() for m in unguarded.finditer(text)]
        assert got == want, f"{name}: the look-ahead skips a real match in {text[:60]!r}"


def test_the_strike_triggers_hold_no_capital_letter() -> None:
    # _TRIGGER reads each sentence lower-cased: a capital in the pattern ("UAV", "(?<=ISAF )")
    # could never match there. Escapes (\b, \S) and group names (?P<t0>) are not words.
    from llmextract.rules import events

    source = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", events._TRIGGER_SOURCE)
    assert re.findall(r"[A-Z]\w*", source) == []
