"""One line per stored eval run: what a model run cost and returned, beside its headline scores.

    python evals/local/run_summary.py evals/runs/local-qwen0.5b-gold-test \
        evals/runs/local-qwen1.5b-gold-test

The eval report scores a run; this adds what a reader comparing local models asks first: how
many articles came back, how many were lost and why (cut off at the token limit, timeouts,
other), the items kept and rejected, the re-asks, the seconds per article (the model's own
latency per returned article, re-asks included, from each result's provenance), and the mode
the backend used. Markdown, for the notes and evals/local/README.md.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from llmextract.evaluation.runs import load_run  # noqa: E402


def summary(path: Path) -> str:
    run = load_run(path)
    records = list(run.predictions.values())
    returned = [r.extraction for r in records if r.extraction is not None]
    errors = [r.error or "" for r in records if r.extraction is None]
    cut = sum("cut off" in e for e in errors)
    timeouts = sum("did not answer within" in e or "deadline" in e for e in errors)
    kept = sum(len(x.events) + len(x.claims) for x in returned)
    rejected = sum(len(x.rejected) for x in returned)
    partial = sum(any("cut off" in w for w in x.warnings) for x in returned)
    reasks = sum(x.provenance.reasks for x in returned)
    seconds = [x.provenance.latency_ms / 1000 for x in returned]
    median = f"{statistics.median(seconds):.0f}" if seconds else "-"
    modes = sorted({str((x.provenance.settings or {}).get("mode")) for x in returned})
    m = run.manifest
    return (f"| {m.name} | {m.model} | {', '.join(modes)} | {len(returned)} of {len(records)}"
            f" ({partial} kept in part after a cut) | {cut} cut off, {timeouts} timed out, "
            f"{len(errors) - cut - timeouts} other | {kept} kept, {rejected} rejected | {reasks} |"
            f" {median} | {m.usage.prompt_tokens:,} / {m.usage.completion_tokens:,} |")


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    print("| run | model | mode setting | articles returned | lost | items | re-asks | seconds per "
          "returned article (median) | tokens in / out |")
    print("|---|---|---|---|---|---|---|---|---|")
    for arg in argv:
        print(summary(Path(arg)))


if __name__ == "__main__":
    main(sys.argv[1:])
