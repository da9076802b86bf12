"""How templated an ISAF-format release set is, measured without reading it.

Run: ``.venv/bin/python evals/isaf_overlap.py evals/isaf_blind/blind23.jsonl ...``

A held-out set is only worth its score if its releases are written one by one: a set whose
later rows reuse one frame flatters any system that reads the first of them. For each release
this takes the highest overlap (Jaccard of word 3-grams) with any other release of its file and
prints the mean, the maximum and how many exceed 0.3, so the lead can check a writer's set
before scoring it without reading its texts.
"""

from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path

from llmextract.errors import LLMExtractError
from llmextract.evaluation.isaf import load_isaf

_WORD = re.compile(r"[a-z]+")
THRESHOLD = 0.3


def trigrams(text: str) -> frozenset[tuple[str, str, str]]:
    words = _WORD.findall(text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def highest_overlaps(texts: list[str]) -> list[float]:
    """Each text's highest word-3-gram Jaccard against any other text of the list."""
    grams = [trigrams(t) for t in texts]
    best = []
    for i, mine in enumerate(grams):
        best.append(max((len(mine & theirs) / max(1, len(mine | theirs))
                         for j, theirs in enumerate(grams) if j != i), default=0.0))
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="ISAF-format JSONL files")
    args = parser.parse_args(argv)
    for name in args.files:
        try:
            texts = [release.text for release in load_isaf(name)]
        except LLMExtractError as exc:
            raise SystemExit(f"isaf_overlap: {exc}") from None
        best = highest_overlaps(texts)
        words = statistics.mean(len(t.split()) for t in texts) if texts else 0.0
        over = sum(b > THRESHOLD for b in best)
        print(f"{Path(name).name:18s} releases {len(texts):4d}  words {words:5.0f}  "
              f"mean highest overlap {statistics.mean(best) if best else 0.0:.3f}  "
              f"max {max(best, default=0.0):.2f}  above {THRESHOLD}: {over}")


if __name__ == "__main__":
    main()
