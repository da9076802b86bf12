"""Benchmark grounding: 1,000 model-like quotes against a ~100 KB article.

    .venv/bin/python evals/bench_grounding.py [--seed N] [--runs N] [--no-langextract]
                                              [--baseline GIT_REF]

``--baseline main`` also times ``llmextract/grounding.py`` as it is at that git ref, its runs
interleaved with the working tree's, so a change is measured side by side in one run.

The article is the seed article repeated with varied names, numbers, days and typography (curly
or straight quotes, CRLF, double spaces, no-break spaces) plus generated strike reports. Every
quote is cut from a known place in it, so the truth is known:

* exact      - a verbatim, unique substring;
* perturbed  - the same damaged the way models damage quotes (whitespace, quote marks, dashes,
               case, ellipsis, a trailing period, surrounding quote marks); found iff the span
               is the source span;
* edited     - one small wording change in a long quote (a dropped little word, a typo, a
               singular), never one that makes it verbatim elsewhere; found iff the span
               overlaps the source with IoU >= 0.8;
* paraphrase - several words replaced, or the quote rotated; correct if unmatched or if at
               least half of the span lies in the source (grounding it elsewhere is wrong);
* invented   - sentences from the article's own templates with other numbers or places, or new
               sentences; correct iff unmatched.

For the span comparisons, whitespace, quote marks and ``.,;:`` at the span ends are ignored, so
a tool that includes a trailing period is not penalized.

If ``langextract`` is importable, its resolver (``Resolver().align``, the ``WordAligner`` with
exact, lesser and LCS-fuzzy phases) aligns the same quotes, fed in document order as a model
would return them, and is timed and scored the same way. It is not a project dependency:

    python3 -m venv /tmp/lxvenv && /tmp/lxvenv/bin/pip install langextract
    /tmp/lxvenv/bin/pip install -e . && /tmp/lxvenv/bin/python evals/bench_grounding.py
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import llmextract.grounding  # noqa: E402

SEED_DIR = REPO / "evals" / "seed"
TARGET_CHARS = 100_000
QUOTES = {"exact": 500, "perturbed": 330, "edited": 70, "paraphrase": 50, "invented": 50}

TOWNS = ["Albukamal", "Al-Mayadin", "Hajin", "Al-Quriyah", "Al-Ashara", "Deir Al-Zour",
         "Al-Shafa", "Al-Susah", "Mohassan", "Al-Tayana", "Dhiban", "Al-Busayrah", "Gharanij",
         "Al-Jalaa", "Al-Baghuz", "Al-Hamdan", "Al-Kishma", "Al-Sukkariyah", "Khasham", "Sbikhan"]
UNUSED_TOWNS = ["Palmyra", "Raqqa", "Tabqa", "Manbij", "Qamishli", "Hasakah"]
NAMES = ["Haj Askar", "Abu Hussein", "Haj Mahdi", "Abu Fatima", "Haj Ali Reza", "Abu Baqir",
         "Haj Hamid", "Abu Zeinab"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
ATTACKERS = ["Unidentified aircraft", "Coalition jets", "Israeli warplanes", "Russian aircraft",
             "A drone", "Government artillery", "An unmanned aircraft", "Helicopter gunships"]
VERBS = ["struck", "bombed", "shelled", "hit", "targeted"]
TARGETS = ["a weapons depot", "a militia checkpoint", "a convoy of trucks", "a farm",
           "a command post", "an ammunition store", "a fuel tanker", "a training camp",
           "a house", "a bridge"]
SOURCES = ["a local source", "the Syrian Observatory", "a militia commander", "state media",
           "residents", "a medical official", "an activist network", "IranWire's correspondent"]
POPULATIONS = ["fighters", "civilians", "people", "militiamen", "soldiers"]
STOPWORDS = {"the", "a", "an", "of", "to", "in", "and", "that", "was", "on", "at", "by", "for",
             "with", "as", "also"}
SYNONYMS = {"targeted": "hit", "killing": "leaving dead", "wounding": "injuring",
            "confirmed": "said", "carried": "conducted", "aircraft": "planes",
            "militias": "groups", "machinery": "equipment", "believed": "thought",
            "struck": "attacked", "people": "persons", "others": "more", "near": "close to",
            "according": "as reported", "source": "informant", "strike": "attack",
            "destroying": "wrecking", "city": "town", "also": "as well", "said": "stated"}


# -- article ----------------------------------------------------------------------------------


def generated_sentence(rng: random.Random, *, towns: list[str]) -> str:
    number = rng.randint(2, 40)
    templates = [
        "On {day}, {attacker} {verb} {target} in {town}, killing {n} {pop}, according to "
        "{source}.",
        "{source_cap} said {n} {pop} were wounded when {attacker_low} {verb} {target} near "
        "{town} on {day} night.",
        "At least {n} {pop} died after {attacker_low} {verb} {target} on the outskirts of "
        "{town}, {source} reported.",
        "{attacker} {verb} {target} east of {town} at dawn on {day}; {source} put the toll at "
        "{n} dead.",
    ]
    source = rng.choice(SOURCES)
    attacker = rng.choice(ATTACKERS)
    return rng.choice(templates).format(
        day=rng.choice(WEEKDAYS), attacker=attacker, attacker_low=attacker[0].lower() +
        attacker[1:], verb=rng.choice(VERBS), target=rng.choice(TARGETS),
        town=rng.choice(towns), n=number, pop=rng.choice(POPULATIONS), source=source,
        source_cap=source[0].upper() + source[1:])


def vary(paragraph: str, rng: random.Random, copy: int) -> str:
    """One paragraph of one copy of the seed: other places, people, days, numbers, typography."""
    town = rng.choice(TOWNS)
    replacements: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (r"Albukamal", lambda m: town),
        (r"Haj Askar", lambda m: rng.choice(NAMES)),
        (r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
         lambda m: rng.choice(WEEKDAYS)),
        (r"\b(October|November)\b", lambda m: rng.choice(MONTHS)),
        (r"\b(19|21|2019|2020)\b", lambda m: str(rng.randint(1, 28) if len(m.group()) == 2
                                                 else rng.randint(2012, 2024))),
        (r"\b(two|three|seven|several)\b", lambda m: rng.choice(NUMBER_WORDS)),
    ]
    for pattern, repl in replacements:
        paragraph = re.sub(pattern, repl, paragraph)
    style = copy % 4
    if style == 1:  # a CMS that straightens quotes
        paragraph = paragraph.translate({0x201C: '"', 0x201D: '"', 0x2019: "'", 0x2018: "'"})
    elif style == 2:  # two spaces after sentences, no-break space before pm
        paragraph = re.sub(r"\. (?=[A-Z])", ".  ", paragraph).replace(" pm", "\u00a0pm")
    elif style == 3:  # em dashes and an ellipsis
        paragraph = paragraph.replace(", a hospital", " \u2014 a hospital").replace(
            "others.", "others\u2026")
    return paragraph


def build_article(rng: random.Random) -> str:
    seed = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt")))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", seed) if p.strip()]
    out: list[str] = []
    size = 0
    copy = 0
    while size < TARGET_CHARS:
        block = [vary(p, rng, copy) for p in paragraphs]
        for _ in range(rng.randint(2, 4)):
            report = " ".join(generated_sentence(rng, towns=TOWNS)
                              for _ in range(rng.randint(2, 4)))
            block.insert(rng.randint(0, len(block)), report)
        sep = "\r\n\r\n" if copy % 5 == 4 else "\n\n"
        text = sep.join(block)
        out.append(text)
        size += len(text) + 2
        copy += 1
    return "\n\n".join(out)[:TARGET_CHARS + 2000]


# -- quotes -----------------------------------------------------------------------------------

FOLD = {**{ord(c): "'" for c in "‘’‚‛′"}, **{ord(c): '"' for c in "“”„‟″«»"},
        **{ord(c): "-" for c in "‐‑‒–—―−"}}


def simple_norm(text: str) -> str:
    """Independent of llmextract: enough to check that a source span is unique."""
    return re.sub(r"\s+", " ", text.casefold().translate(FOLD).replace("…", "...")).strip()


@dataclass(frozen=True)
class Quote:
    category: str
    text: str
    start: int | None  # truth; None when the quote is not in the article
    end: int | None


def word_spans(article: str, rng: random.Random, min_words: int, max_words: int
               ) -> tuple[int, int]:
    """A random run of words inside one sentence-like stretch of the article."""
    while True:
        pos = rng.randrange(len(article))
        left = max(article.rfind(". ", 0, pos), article.rfind("\n", 0, pos)) + 1
        right_candidates = [i for i in (article.find(". ", pos), article.find("\n", pos))
                            if i != -1]
        right = min(right_candidates) if right_candidates else len(article)
        words = [m.span() for m in re.finditer(r"\S+", article[left:right])]
        if len(words) < min_words:
            continue
        count = rng.randint(min_words, min(max_words, len(words)))
        first = rng.randint(0, len(words) - count)
        start = left + words[first][0]
        end = left + words[first + count - 1][1]
        return start, end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace, quote marks and ``.,;:`` from both ends of ``text[start:end]``."""
    junk = " \t\r\n\u00a0\"'“”‘’«».,;:…"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def perturb(text: str, rng: random.Random) -> str:
    ops: list[Callable[[str], str]] = [
        lambda s: " ".join(s.split()),
        lambda s: s.translate(FOLD),
        lambda s: s.lower(),
        lambda s: s.upper(),
        lambda s: s[0].upper() + s[1:] if s else s,
        lambda s: s.replace("…", "..."),
        lambda s: s + ".",
        lambda s: f"\u201c{s}\u201d",
        lambda s: f'"{s}"',
        lambda s: s.replace("'", "\u2019"),
        lambda s: re.sub(r"\s+", "\n", s, count=1),
    ]
    for op in rng.sample(ops, rng.randint(2, 4)):
        text = op(text)
    return text


def edit(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    choice = rng.randrange(3)
    if choice == 0:  # drop a little word (never one that carries a fact, like a number)
        short = [i for i, w in enumerate(words) if w.lower() in STOPWORDS
                 and 0 < i < len(words) - 1]
        if short:
            del words[rng.choice(short)]
            return " ".join(words)
    if choice <= 1:  # a typo: two letters swapped
        long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if long:
            i = rng.choice(long)
            w = words[i]
            k = rng.randrange(1, len(w) - 2)
            words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            return " ".join(words)
    plural = [i for i, w in enumerate(words) if len(w) > 4 and w.endswith("s") and w.isalpha()]
    if plural:
        i = rng.choice(plural)
        words[i] = words[i][:-1]
        return " ".join(words)
    return " ".join(words[:-1])


def paraphrase(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    changed = 0
    for i, w in enumerate(words):
        key = w.strip(".,;:").lower()
        if key in SYNONYMS and rng.random() < 0.9:
            words[i] = SYNONYMS[key]
            changed += 1
    if changed < 3:  # reorder: move the first third to the end
        cut = max(1, len(words) // 3)
        words = words[cut:] + words[:cut]
    return " ".join(words)


def make_quotes(article: str, rng: random.Random) -> list[Quote]:
    norm_article = simple_norm(article)
    quotes: list[Quote] = []

    def unique_source(min_words: int, max_words: int, *, normalized: bool) -> tuple[int, int]:
        while True:
            start, end = word_spans(article, rng, min_words, max_words)
            start, end = trim(article, start, end)
            source = article[start:end]
            if len(source) < 20:
                continue
            if normalized:
                if norm_article.count(simple_norm(source)) == 1 and source[-1].isalnum():
                    return start, end
            elif article.count(source) == 1:
                return start, end

    for _ in range(QUOTES["exact"]):
        start, end = unique_source(4, 30, normalized=False)
        quotes.append(Quote("exact", article[start:end], start, end))
    for _ in range(QUOTES["perturbed"]):
        start, end = unique_source(4, 30, normalized=True)
        quotes.append(Quote("perturbed", perturb(article[start:end], rng), start, end))
    while len([q for q in quotes if q.category == "edited"]) < QUOTES["edited"]:
        start, end = unique_source(10, 30, normalized=True)
        text = edit(" ".join(article[start:end].split()), rng)
        if simple_norm(text).strip(".") in norm_article:
            continue  # the edit made it a verbatim quote of some other place
        if rng.random() < 0.5:
            text = perturb(text, rng)
        quotes.append(Quote("edited", text, start, end))
    for _ in range(QUOTES["paraphrase"]):
        start, end = unique_source(8, 30, normalized=True)
        quotes.append(Quote("paraphrase", paraphrase(article[start:end], rng), start, end))
    while len([q for q in quotes if q.category == "invented"]) < QUOTES["invented"]:
        text = generated_sentence(rng, towns=TOWNS if rng.random() < 0.6 else UNUSED_TOWNS)
        if simple_norm(text).rstrip(".") not in norm_article:
            quotes.append(Quote("invented", text, None, None))
    rng.shuffle(quotes)
    return quotes


# -- scoring ----------------------------------------------------------------------------------


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def is_correct(article: str, quote: Quote, found: tuple[int, int] | None) -> bool:
    if quote.start is None or quote.end is None:
        return found is None
    truth = (quote.start, quote.end)
    if found is None:
        return quote.category == "paraphrase"
    found = trim(article, *found)
    if quote.category in ("exact", "perturbed"):
        return found == trim(article, *truth)
    if quote.category == "paraphrase":  # grounded: fine if mostly inside its source
        inside = max(0, min(found[1], truth[1]) - max(found[0], truth[0]))
        return inside >= 0.5 * (found[1] - found[0])
    return iou(found, truth) >= 0.8


def report(name: str, article: str, quotes: list[Quote],
           found: list[tuple[int, int] | None], kinds: list[str]) -> None:
    by_category: dict[str, list[bool]] = {}
    for quote, span in zip(quotes, found, strict=True):
        by_category.setdefault(quote.category, []).append(is_correct(article, quote, span))
    total = sum(sum(v) for v in by_category.values())
    parts = ", ".join(f"{c} {sum(v)}/{len(v)}" for c, v in by_category.items())
    print(f"  {name}: correct {total}/{len(quotes)} ({parts})")
    print(f"  {name}: match kinds {dict(Counter(kinds).most_common())}")


def load_baseline(ref: str) -> ModuleType:
    """``llmextract/grounding.py`` as it is at git ``ref``, imported under another name."""
    source = subprocess.run(["git", "show", f"{ref}:llmextract/grounding.py"], cwd=REPO,
                            check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "baseline_grounding.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_grounding", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@dataclass
class Timings:
    name: str
    module: ModuleType
    totals: list[float]
    build: list[float]
    per_quote: list[float]


def time_once(timings: Timings, article: str, quotes: list[Quote]) -> list[object]:
    t0 = time.perf_counter()
    grounder = timings.module.Grounder(article)
    grounder.ground("\u2063warm-up: build the normalized article\u2063")  # not in article
    t1 = time.perf_counter()
    results = []
    for quote in quotes:
        q0 = time.perf_counter()
        results.append(grounder.ground(quote.text))
        timings.per_quote.append(time.perf_counter() - q0)
    timings.totals.append(time.perf_counter() - t0)
    timings.build.append(t1 - t0)
    return results


def run_ours(article: str, quotes: list[Quote], runs: int, baseline: str | None) -> None:
    contenders = [Timings("ours", llmextract.grounding, [], [], [])]
    if baseline is not None:
        contenders.append(Timings(f"baseline {baseline}", load_baseline(baseline), [], [], []))
    results: dict[str, list[object]] = {}
    for _ in range(runs):  # interleaved, so both see the same machine load
        for timings in contenders:
            results[timings.name] = time_once(timings, article, quotes)
    for timings in contenders:
        module = timings.module
        print(f"{timings.name}: llmextract.grounding (GROUNDING_VERSION "
              f"{module.GROUNDING_VERSION})")
        print(f"  total for {len(quotes)} quotes incl. per-article setup: median "
              f"{statistics.median(timings.totals) * 1000:.1f} ms, best "
              f"{min(timings.totals) * 1000:.1f} ms over {runs} runs (setup median "
              f"{statistics.median(timings.build) * 1000:.1f} ms)")
        per_quote = sorted(timings.per_quote)
        print(f"  per quote: median {statistics.median(per_quote) * 1e6:.1f} us, "
              f"p95 {per_quote[int(0.95 * len(per_quote))] * 1e6:.1f} us, "
              f"max {per_quote[-1] * 1e3:.2f} ms")
        found: list[tuple[int, int] | None] = []
        kinds: list[str] = []
        for r in results[timings.name]:
            start, end, text = r.start, r.end, r.text  # type: ignore[attr-defined]
            assert text is None or text == article[start:end]
            found.append((start, end) if start is not None and end is not None else None)
            kinds.append(r.kind)  # type: ignore[attr-defined]
        report(timings.name, article, quotes, found, kinds)
    if len(contenders) == 2:
        ours, base = (statistics.median(t.totals) for t in contenders)
        print(f"median total, ours / {contenders[1].name}: {ours / base:.2f}")


def run_langextract(article: str, quotes: list[Quote]) -> None:
    try:
        from langextract import data  # type: ignore[import-not-found]
        from langextract.resolver import Resolver  # type: ignore[import-not-found]
    except ImportError:
        print("langextract is not importable here; skipping the comparison "
              "(see this script's docstring for a throwaway venv)")
        return
    import importlib.metadata

    version = importlib.metadata.version("langextract")
    print(f"langextract {version}: Resolver().align (exact DP + difflib lesser + LCS fuzzy, "
          "defaults), quotes in document order")
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start is None,
                                                      quotes[i].start or 0))
    extractions = [data.Extraction(extraction_class="quote", extraction_text=quotes[i].text)
                   for i in order]
    t0 = time.perf_counter()
    aligned = list(Resolver().align(extractions, article, token_offset=0, char_offset=0))
    elapsed = time.perf_counter() - t0
    print(f"  total for {len(quotes)} quotes: {elapsed * 1000:.1f} ms (one call, one run)")
    found: list[tuple[int, int] | None] = [None] * len(quotes)
    kinds = ["unmatched"] * len(quotes)
    for i, extraction in zip(order, aligned, strict=True):
        interval = extraction.char_interval
        if interval is not None and interval.start_pos is not None:
            found[i] = (interval.start_pos, interval.end_pos)
            status = extraction.alignment_status
            kinds[i] = status.value if status is not None else "aligned"
    report("langextract", article, quotes, found, kinds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=20201021)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-langextract", action="store_true")
    parser.add_argument("--baseline", metavar="GIT_REF",
                        help="also time llmextract/grounding.py at this git ref, side by side")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    article = build_article(rng)
    quotes = make_quotes(article, rng)
    print(f"article: {len(article):,} characters; quotes: {len(quotes)} "
          f"({', '.join(f'{k} {v}' for k, v in QUOTES.items())})")
    run_ours(article, quotes, args.runs, args.baseline)
    if not args.no_langextract:
        run_langextract(article, quotes)


if __name__ == "__main__":
    main()
