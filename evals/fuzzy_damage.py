"""What the fuzzy stage accepts: quotes cut from the gold articles, damaged one way each.

    .venv/bin/python evals/fuzzy_damage.py [--seed N] [--per-article N] [--baseline GIT_REF]

Each quote is 8-20 words of one sentence of a gold article (``evals/gold/*.json``), changed once:

* benign (a model that copied carelessly; the quote should be grounded to its source):
  a little word dropped, "the" inserted, two letters of a long word swapped, a plural made
  singular, a hyphen made a space;
* harmful (the quote says something the article does not; it must not be grounded):
  a number word replaced by another, a "no"/"not" dropped, a word of five letters or more
  replaced by another word of the same article.

Quotes that are still exact or normalized matches are skipped: only the fuzzy stage is
measured. A benign quote counts as accepted when it is grounded (fuzzy) within its source
sentence; a harmful one when it is grounded at all. ``--baseline main`` runs
``llmextract/grounding.py`` at that git ref on the same quotes, side by side.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
for path in (REPO, REPO / "evals"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bench_grounding import load_baseline  # noqa: E402

import llmextract.grounding  # noqa: E402

STOPWORDS = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "was", "were", "by", "for",
             "with"}
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "ten"]

Damage = Callable[[list[str], list[str], random.Random], list[str] | None]


def drop_little_word(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    inner = [i for i, w in enumerate(words) if w.lower() in STOPWORDS and 0 < i < len(words) - 1]
    if not inner:
        return None
    i = rng.choice(inner)
    return words[:i] + words[i + 1:]


def insert_the(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    i = rng.randrange(1, len(words) - 1)
    if words[i - 1].lower() in STOPWORDS or not words[i][:1].isalpha():
        return None
    return [*words[:i], "the", *words[i:]]


def typo(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    return [*words[:i], w[:k] + w[k + 1] + w[k] + w[k + 2:], *words[i + 1:]]


def singular(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    plural = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.endswith("s")]
    if not plural:
        return None
    i = rng.choice(plural)
    return [*words[:i], words[i][:-1], *words[i + 1:]]


def unhyphenate(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    hyphenated = [i for i, w in enumerate(words) if "-" in w.strip("-")]
    if not hyphenated:
        return None
    i = rng.choice(hyphenated)
    return [*words[:i], words[i].replace("-", " "), *words[i + 1:]]


def other_number(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    numbers = [i for i, w in enumerate(words) if w.lower() in NUMBER_WORDS]
    if not numbers:
        return None
    i = rng.choice(numbers)
    other = rng.choice([n for n in NUMBER_WORDS if n != words[i].lower()])
    return [*words[:i], other, *words[i + 1:]]


def drop_negation(words: list[str], _: list[str], rng: random.Random) -> list[str] | None:
    negations = [i for i, w in enumerate(words) if w.lower() in ("no", "not")]
    if not negations:
        return None
    i = rng.choice(negations)
    return words[:i] + words[i + 1:]


def other_word(words: list[str], vocabulary: list[str], rng: random.Random) -> list[str] | None:
    content = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not content:
        return None
    i = rng.choice(content)
    others = [v for v in vocabulary if v.lower() != words[i].lower()]
    return [*words[:i], rng.choice(others), *words[i + 1:]]


DAMAGES: dict[str, tuple[str, Damage]] = {
    "drop a little word": ("benign", drop_little_word),
    "insert 'the'": ("benign", insert_the),
    "typo": ("benign", typo),
    "singular": ("benign", singular),
    "hyphen to space": ("benign", unhyphenate),
    "other number word": ("harmful", other_number),
    "negation dropped": ("harmful", drop_negation),
    "other word of the article": ("harmful", other_word),
}


def make_cases(per_article: int, rng: random.Random
               ) -> list[tuple[str, str, str, tuple[int, int]]]:
    """(article, damage, quote, source sentence span) for every gold article."""
    cases = []
    for path in sorted((REPO / "evals" / "gold").glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        sentences = [m for m in re.finditer(r"[^.\n\u2028]{40,}", text)
                     if len(m.group().split()) >= 8]
        vocabulary = sorted({w for w in re.findall(r"[^\W\d_]{5,}", text)})
        if not sentences or len(vocabulary) < 2:
            continue
        for _ in range(per_article):
            sentence = rng.choice(sentences)
            words = sentence.group().split()
            first = rng.randrange(0, len(words) - 7)
            last = rng.randrange(first + 8, min(len(words), first + 20) + 1)
            for name, (_, damage) in DAMAGES.items():
                changed = damage(words[first:last], vocabulary, rng)
                if changed is not None:
                    cases.append((text, name, " ".join(changed), sentence.span()))
    return cases


def accepted_counts(module: ModuleType, cases: list[tuple[str, str, str, tuple[int, int]]]
                    ) -> tuple[Counter[str], Counter[str]]:
    """Per damage: fuzzy cases, and how many of them the fuzzy stage accepted."""
    total: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    grounders: dict[str, object] = {}
    for text, name, quote, (start, end) in cases:
        grounder = grounders.setdefault(text, module.Grounder(text))
        result = grounder.ground(quote)  # type: ignore[attr-defined]
        if result.kind in ("exact", "normalized"):
            continue
        total[name] += 1
        if result.kind != "fuzzy":
            continue
        if DAMAGES[name][0] == "harmful" or (start <= result.start and result.end <= end):
            accepted[name] += 1
    return total, accepted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-article", type=int, default=60)
    parser.add_argument("--baseline", metavar="GIT_REF",
                        help="also run llmextract/grounding.py at this git ref")
    args = parser.parse_args()
    cases = make_cases(args.per_article, random.Random(args.seed))
    contenders = [("ours", llmextract.grounding)]
    if args.baseline is not None:
        contenders.append((f"baseline {args.baseline}", load_baseline(args.baseline)))
    results = [(name, module.GROUNDING_VERSION, *accepted_counts(module, cases))
               for name, module in contenders]
    header = f"{'damage':28s} {'kind':8s}" + "".join(
        f" {f'{name} (v{version})':>24s}" for name, version, _, _ in results)
    print(header)
    for damage, (kind, _) in DAMAGES.items():
        row = f"{damage:28s} {kind:8s}"
        for _, _, total, accepted in results:
            row += f" {f'{accepted[damage]}/{total[damage]} accepted':>24s}"
        print(row)


if __name__ == "__main__":
    main()
