"""Speed of the offline ``rules`` backend: articles per second, and linearity in article length.

Run: ``.venv/bin/python evals/bench_rules.py`` (add ``--quick`` for a short run).

What it measures, on one core (CPU time of this process, best of several rounds, so that other
programs on the machine inflate the figures as little as possible):

- 3 KB articles: the seed article (real web copy, 3 KB) and 3 KB texts joined from ISAF press
  releases (the first releases of ``evals/external/isaf/dev.jsonl``);
- 3 / 30 / 300 KB: the seed article's body repeated to those sizes. Time per KB should stay
  flat if the extractor is linear in the length of its input.

Repeating one text does not flatter the figures: the extractor's memos are cleared at the start
of every article. A calibration loop is timed first, so figures from a slow or busy machine can
be read against a known workload.

The target is at least 200 articles per second for 3 KB articles.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from llmextract.backends.rules import extract

ROOT = Path(__file__).resolve().parent
SEED = ROOT / "seed" / "iranwire-2020-10-21-airstrikes-albukamal.txt"
ISAF = ROOT / "external" / "isaf" / "dev.jsonl"


def cpu_seconds(run: Callable[[], object], repeat: int, rounds: int) -> float:
    """Best per-call CPU time over ``rounds`` rounds of ``repeat`` calls."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            run()
        best = min(best, (time.process_time() - start) / repeat)
    return best


def calibration_ms() -> float:
    """CPU time of a fixed pure-Python loop: how fast this machine is right now, so figures
    from different machines (or a busy one) can be compared. About 10-15 ms on a 2020s laptop
    core."""
    def loop() -> int:
        total = 0
        for i in range(300_000):
            total += i * i % 7
        return total
    return cpu_seconds(loop, 3, 5) * 1000


def isaf_articles(size: int, count: int) -> list[str]:
    """``count`` texts of about ``size`` characters, each a run of consecutive ISAF releases."""
    releases = [json.loads(line)["text"] for line in ISAF.read_text(encoding="utf-8").split("\n")
                if line.strip()][:140]
    texts: list[str] = []
    current: list[str] = []
    for release in releases:
        current.append(release)
        if sum(len(r) for r in current) >= size:
            texts.append("\n\n".join(current))
            current = []
            if len(texts) == count:
                break
    return texts


def scaled(body: str, size: int) -> str:
    """``body`` repeated (paragraph-separated) until the text is about ``size`` characters."""
    copies = max(1, round(size / (len(body) + 2)))
    return "\n\n".join([body] * copies)


def main() -> None:
    quick = "--quick" in sys.argv
    rounds = 3 if quick else 7
    seed = SEED.read_text(encoding="utf-8")
    body = seed.split("\n\n\nFact Checking")[0]

    print("rules backend speed (CPU time, best of", rounds, "rounds)")
    print(f"machine calibration: {calibration_ms():.1f} ms for the reference loop\n")
    print(f"{'input':<34}{'chars':>9}{'ms/article':>12}{'articles/s':>12}{'us/KB':>9}")

    def row(label: str, texts: list[str], repeat: int) -> None:
        per = cpu_seconds(lambda: [extract(t) for t in texts], repeat, rounds) / len(texts)
        chars = sum(len(t) for t in texts) / len(texts)
        print(f"{label:<34}{chars:>9.0f}{per * 1000:>12.2f}{1 / per:>12.0f}"
              f"{per * 1e6 / (chars / 1024):>9.0f}")

    row("seed article (3 KB)", [seed], 10 if quick else 40)
    isaf = isaf_articles(3000, 8)
    row(f"ISAF releases joined (3 KB, {len(isaf)} texts)", isaf, 2 if quick else 8)
    print()
    for size in (3_000, 30_000, 300_000):
        text = scaled(body, size)
        repeat = max(1, (6 if quick else 30) * 3_000 // size)
        row(f"seed body repeated to {size // 1000} KB", [text], repeat)
    print("\nlinear in length when us/KB stays about the same from 3 KB to 300 KB")


if __name__ == "__main__":
    main()
