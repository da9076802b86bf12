"""How much of a correct answer the LLM path keeps when the model damages one piece of it.

A local OpenAI-compatible server (127.0.0.1, no network, no key) answers every gold article with
that article's own gold labels turned into the draft the model is asked for (a perfect model),
then with one damage per article (one quote or one count of one item), from a model that repeats
its answer on every re-ask ("stubborn") and from one that answers perfectly once re-asked
("corrects"). For each case: articles lost (the whole article raised), items rejected, re-asks
and the headline metrics over the gold set.

    python evals/llm_robustness.py                 # all 48 gold articles, every perturbation
    python evals/llm_robustness.py --split test    # one split
    python evals/llm_robustness.py --only perfect invented_quote --json

Run from the repository root (it uses the test suite's scripted server).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from llmextract import OpenAIBackend, OpenAISettings, extract_async  # noqa: E402
from llmextract.evaluation.metrics import summarize  # noqa: E402
from llmextract.evaluation.runs import run_task_async  # noqa: E402
from llmextract.evaluation.tasks import GoldTask, score_predictions  # noqa: E402
from llmextract.gold import GoldArticle  # noqa: E402
from tests.gold_drafts import Draft, GoldModel, Perturbation  # noqa: E402
from tests.openai_server import OpenAIServer  # noqa: E402

HEADLINE = ("events.f1", "claims.f1", "claims.count_exact", "evidence.grounded", "evidence.f1")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
                 "twelve": "12", "dozen": "12"}
_SYNONYMS = {"killed": "slain", "killing": "slaying", "struck": "hit", "said": "stated",
             "wounded": "hurt", "wounding": "injuring", "targeted": "attacked", "people": "persons",
             "strike": "attack", "strikes": "attacks", "airstrike": "air attack",
             "insurgents": "militants", "civilians": "residents", "carried": "conducted"}


def _first_item(draft: Draft) -> dict[str, Any] | None:
    """The item damaged: the first claim, else the first event."""
    if draft["claims"]:
        return draft["claims"][0]  # type: ignore[no-any-return]
    if draft["events"]:
        return draft["events"][0]  # type: ignore[no-any-return]
    return None


def _quote_edit(edit: Callable[[str], str]) -> Perturbation:
    def perturb(draft: Draft, article: GoldArticle) -> Draft:
        item = _first_item(draft)
        if item is not None:
            item["quotes"][0] = edit(item["quotes"][0])
        return draft
    return perturb


def _typography(quote: str) -> str:
    """Straight quotes and hyphens become typographic, spaces double, case changes."""
    changed = quote.replace('"', "\u201c").replace("'", "\u2019").replace(" - ", " \u2014 ")
    changed = changed.replace(", ", ",  ", 1)
    return changed[:1].lower() + changed[1:] if changed[:1].isupper() else changed.capitalize()


def _one_word(quote: str) -> str:
    words = quote.split(" ")
    for i, word in enumerate(words):
        if word.lower() in _SYNONYMS:
            words[i] = _SYNONYMS[word.lower()]
            return " ".join(words)
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    words[longest] = "reportedly"
    return " ".join(words)


def _clause_dropped(quote: str) -> str:
    parts = quote.split(", ")
    if len(parts) >= 3:
        return ", ".join(parts[:1] + parts[2:])
    words = quote.split(" ")
    if len(words) >= 8:  # drop a run of three words from the middle
        middle = len(words) // 2
        return " ".join(words[:middle - 1] + words[middle + 2:])
    return quote


def _ellipsis(quote: str) -> str:
    words = quote.split(" ")
    if len(words) < 8:
        return quote
    third = len(words) // 3
    return " ".join(words[:third]) + " ... " + " ".join(words[2 * third:])


def _digit(quote: str) -> str:
    def swap(match: re.Match[str]) -> str:
        return _NUMBER_WORDS[match.group(0).lower()]
    pattern = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
    changed = pattern.sub(swap, quote, count=1)
    return changed


def _invented(draft: Draft, article: GoldArticle) -> Draft:
    item = _first_item(draft)
    if item is not None:
        item["quotes"].append("Witnesses said the explosion could be heard across the city.")
    return draft


def _wrong_count(draft: Draft, article: GoldArticle) -> Draft:
    for claim in draft["claims"]:
        count = claim["count"]
        if count["min"] is not None:
            count["min"] = count["min"] * 10 + 1
            if count["max"] is not None:
                count["max"] = max(count["max"] * 10 + 1, count["min"])
            break
    return draft


PERTURBATIONS: dict[str, Perturbation | None] = {
    "perfect": None,
    "typography": _quote_edit(_typography),
    "one_word": _quote_edit(_one_word),
    "clause_dropped": _quote_edit(_clause_dropped),
    "ellipsis": _quote_edit(_ellipsis),
    "digit_for_word": _quote_edit(_digit),
    "invented_quote": _invented,
    "wrong_count": _wrong_count,
}


async def run_case(task: GoldTask, perturb: Perturbation | None, stubborn: bool,
                   runs: Path, name: str) -> dict[str, Any]:
    model = GoldModel(task.articles, perturb, stubborn=stubborn)
    with OpenAIServer() as server:
        server.script(*([model] * 10_000))
        backend = OpenAIBackend(OpenAISettings(
            model="gold", base_url=server.base_url, api_key="test", timeout=10.0,
            deadline=10.0))

        async def call(text: str, **kwargs: Any) -> Any:
            kwargs.pop("backend", None)
            return await extract_async(text, **{**kwargs, "backend": backend, "cache": False})

        stored = await run_task_async(task, directory=runs, name=name, extract=call,
                                      concurrency=4, overwrite=True)
    scores = score_predictions(task, stored.predictions)
    summary = summarize(scores, task.metrics)
    extractions = [r.extraction for r in stored.predictions.values() if r.extraction]
    rejected = sum(len(getattr(e, "rejected", []) or []) for e in extractions)
    return {
        "articles": len(task.samples),
        "lost": sum(r.error is not None for r in stored.predictions.values()),
        "rejected_items": rejected,
        "requests": model.requests,
        "reasks": model.reasks,
        "reask_chars": statistics.median(model.reask_chars) if model.reask_chars else None,
        **{key: summary.metrics[key].value for key in HEADLINE},
    }


async def main_async(args: argparse.Namespace) -> list[dict[str, Any]]:
    task = GoldTask.load(REPO / "evals" / "gold", split=args.split)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or list(PERTURBATIONS):
            perturb = PERTURBATIONS[name]
            for stubborn in ((True,) if perturb is None else (True, False)):
                mode = "stubborn" if stubborn else "corrects"
                label = name if perturb is None else f"{name}/{mode}"
                row = await run_case(task, perturb, stubborn, Path(tmp),
                                     re.sub(r"[^a-z0-9]+", "-", label))
                rows.append({"case": label, **row})
                if not args.json:
                    print(_line(rows[-1]), flush=True)
    return rows


def _line(row: dict[str, Any]) -> str:
    metrics = "  ".join(
        f"{key} {row[key]:.3f}" if row[key] is not None else f"{key} -" for key in HEADLINE)
    return (f"{row['case']:<26} lost {row['lost']:>2}/{row['articles']}  rejected "
            f"{row['rejected_items']:>3}  requests {row['requests']:>3}  re-asks "
            f"{row['reasks']:>3}  {metrics}"
            + (f"  re-ask turn {row['reask_chars']:.0f} chars" if row["reask_chars"] else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default=None)
    parser.add_argument("--only", nargs="*", choices=list(PERTURBATIONS))
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    rows = asyncio.run(main_async(args))
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
