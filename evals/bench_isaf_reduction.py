"""Speed of the ISAF reduction (``llmextract.evaluation.isaf.derive``) alone: the rules' extraction
of each release is made first and left out of the timing, so what is measured is the reading of
killed / airstrike / province / start date from an extraction, which every ISAF eval, the toll
selector's training and ``evals/isaf_answers.py`` run once per release.

Run: ``.venv/bin/python evals/bench_isaf_reduction.py`` (``--rows N``, ``--rounds N``). CPU time of
this process, median of the rounds, per release, over the first rows of the dev slice. To compare
two trees, run it alternately with ``PYTHONPATH`` at each (the VM is shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from llmextract import extract
from llmextract.evaluation.isaf import derive

DEV = Path(__file__).resolve().parent / "external" / "isaf" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200, help="dev rows to read (default 200)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    args = parser.parse_args()
    # (split on newlines only: the texts hold line separators that splitlines would cut at)
    lines = DEV.read_text(encoding="utf-8").split("\n")[:args.rows]
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    extractions = [(extract(text, backend="rules", cache=False), text) for text in texts]
    per_release = []
    for _ in range(args.rounds):
        start = time.process_time()
        for extraction, text in extractions:
            derive(extraction, text)
        per_release.append((time.process_time() - start) / len(extractions) * 1000)
    print(f"ISAF reduction: {statistics.median(per_release):.3f} ms of CPU per release "
          f"(median of {args.rounds} rounds over {len(extractions)} dev releases)")


if __name__ == "__main__":
    main()
