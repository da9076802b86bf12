"""Would counting only the lede's toll do better than the whole release's? A structural check.

Run: ``.venv/bin/python evals/isaf_lede_only.py FILE.jsonl ...`` (ISAF-format files; with
``PYTHONPATH`` at a worktree of an older commit to measure the rules as they stood then).

Why: on fresh writers' long releases the rules over-count (history, other parties' figures,
restatements), and phrase fixes of one writer's misses did not carry over to the next. One
structural alternative is to read only the headline and the dateline's paragraph, where the
releases put the incident's toll. This answers each release both ways and prints how many
killed answers each gets right, and two ways of combining them. Aggregates only, so held-out
sets can be measured without being read.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from llmextract.errors import LLMExtractError
from llmextract.evaluation.isaf import derive, load_isaf, year_less_day

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# The dateline that opens the body: "KABUL, Afghanistan (June 14, 2011) -", "(June 14)"
_DATELINE = re.compile(r"\(\w+\.? \d{1,2}(?:, \d{4})?\)|\b20\d\d\b.*[–-] ")


def lede(text: str) -> str:
    """The release up to and including the paragraph that holds its dateline (the headline and
    the lede); the first paragraph when no dateline is found."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    last = next((i for i, p in enumerate(paragraphs) if _DATELINE.search(p)), 0)
    return "\n\n".join(paragraphs[:last + 1])


def killed_both_ways(text: str) -> tuple[int, int]:
    """The rules' killed answer for the whole release and for its lede alone."""
    from llmextract import extract  # the rules backend: imported only when a run is made

    short = lede(text)
    published = year_less_day(text)  # as the ISAF task extracts a release
    whole = derive(extract(text, published=published, backend="rules", cache=False), text).killed
    alone = derive(extract(short, published=published, backend="rules", cache=False),
                   short).killed
    return whole, alone


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="ISAF-format files (JSON lines)")
    args = parser.parse_args(argv)
    rows: list[tuple[int, int, int]] = []
    try:
        for name in args.files:
            for release in load_isaf(Path(name)):
                whole, alone = killed_both_ways(release.text)
                rows.append((whole, alone, release.labels.min_killed))
    except LLMExtractError as error:
        raise SystemExit(f"isaf_lede_only: {error}") from None
    ways = {
        "whole release": lambda w, a: w,
        "lede only": lambda w, a: a,
        "lede's when it has one": lambda w, a: a if a > 0 else w,
        "smaller of the two when the lede has one": lambda w, a: min(w, a) if a > 0 else w,
    }
    print(f"releases {len(rows)}")
    for label, way in ways.items():
        right = sum(way(w, a) == truth for w, a, truth in rows)
        print(f"{label:42s} killed exact {right:5d}  ({right / max(1, len(rows)):.3f})")


if __name__ == "__main__":
    main()
