"""What one request costs before the model writes a word, per gold article, prompt by prompt.

A request is the system prompt, the answer schema (the tool's parameters or the
``response_format`` schema, as ``schemas/draft.v<N>.json`` releases it) and the user message
with the article. The system prompt and the schema are the same for every article (a fixed
prefix that providers' prompt caching can serve); the article is the only part that must be paid
in full. This prints, per prompt version, the median size of each part over the gold set and the
share that is fixed overhead; then the size of the perfect answer (the gold labels as the draft
the model is asked for, compact JSON), which is what ``max_tokens`` must leave room for.

    python evals/prompt_tokens.py                                   # characters
    python evals/prompt_tokens.py --tokenize-url http://127.0.0.1:8090/tokenize

With ``--tokenize-url`` (a llama.cpp server's ``/tokenize``, e.g. the one
``evals/local/llama_server.py`` starts) parts are also counted in that model's tokens; OpenAI's
tokenizers differ from it by a few per cent. Loopback addresses only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from llmextract.gold import load_gold_dir  # noqa: E402
from llmextract.prompts import get_prompt  # noqa: E402
from tests.gold_drafts import gold_draft  # noqa: E402

SCHEMA_OF = {"1": "draft.v1.json", "2": "draft.v2.json"}


class Counter:
    def __init__(self, url: str | None) -> None:
        if url is not None and urlparse(url).hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit(f"--tokenize-url must be a loopback address, not {url}")
        self.url = url
        self._memo: dict[str, int] = {}

    def tokens(self, text: str) -> int | None:
        if self.url is None:
            return None
        if text not in self._memo:
            request = urllib.request.Request(
                self.url, data=json.dumps({"content": text}).encode(),
                headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=60) as response:
                self._memo[text] = len(json.load(response)["tokens"])
        return self._memo[text]


def parts(ref: str, article: str, published: object) -> dict[str, str]:
    prompt = get_prompt(ref)
    system, user = prompt.messages(article, published)  # type: ignore[arg-type]
    schema = (REPO / "schemas" / SCHEMA_OF[prompt.schema_version]).read_text(encoding="utf-8")
    compact = json.dumps(json.loads(schema), separators=(",", ":"), ensure_ascii=False)
    return {"system": system["content"], "schema": compact, "user": user["content"],
            "article": article}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prompts", nargs="*", default=["strike-claims@1", "strike-claims@2"])
    parser.add_argument("--tokenize-url", default=None)
    args = parser.parse_args()
    counter = Counter(args.tokenize_url)
    articles = load_gold_dir(REPO / "evals" / "gold")
    unit = "tokens" if args.tokenize_url else "characters"
    print(f"{len(articles)} gold articles; medians in {unit}")
    print(f"{'prompt':<18} {'system':>7} {'schema':>7} {'user':>7} {'article':>8} "
          f"{'request':>8} {'fixed share':>11}")
    for ref in args.prompts:
        rows = []
        for article in articles:
            p = parts(ref, article.text, article.published)
            sizes = {k: (counter.tokens(v) if args.tokenize_url else len(v))
                     for k, v in p.items()}
            total = sizes["system"] + sizes["schema"] + sizes["user"]  # type: ignore[operator]
            rows.append({**sizes, "total": total,
                         "fixed": (total - sizes["article"]) / total})  # type: ignore[operator]
        med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
        print(f"{ref:<18} {med['system']:>7.0f} {med['schema']:>7.0f} {med['user']:>7.0f} "
              f"{med['article']:>8.0f} {med['total']:>8.0f} {med['fixed']:>10.0%}")
    answers = sorted(
        (counter.tokens(text) if args.tokenize_url else len(text), len(article.text), article.id)
        for article in articles
        for text in [json.dumps(gold_draft(article), ensure_ascii=False, separators=(",", ":"))])
    sizes = [size for size, _, _ in answers]
    longest = max(answers, key=lambda row: row[1])
    print(f"perfect answer ({unit}): min {sizes[0]}, median {statistics.median(sizes):.0f}, "
          f"90th percentile {sizes[int(0.9 * (len(sizes) - 1))]}, max {sizes[-1]} "
          f"({answers[-1][2]}); for the longest article ({longest[2]}, {longest[1]:,} "
          f"characters) {longest[0]}")


if __name__ == "__main__":
    main()
