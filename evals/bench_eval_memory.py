"""Peak memory of ``llmextract eval`` re-scoring a stored run of 1k / 10k / 100k small articles.

Run: ``.venv/bin/python evals/bench_eval_memory.py [--sizes 1000 10000 100000]
[--before DIR]``

The data: the stored ISAF run ``evals/runs/rules-isaf-dev`` (200 press releases, rules
backend) and its dataset, repeated under new ids to each size. For each size one
``llmextract eval --predictions RUN --dataset isaf FILE --format json --out FILE`` process is
started and its peak RSS (``wait4``) and wall time reported. ``--before DIR`` runs the same
command against another checkout (``git archive main | tar -x -C DIR``) in the same run.

Target: < 300 MB at 100,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "evals" / "runs" / "rules-isaf-dev"
DATASET = ROOT / "evals" / "external" / "isaf" / "dev.jsonl"
ENTRY = "import sys; sys.argv[0] = 'llmextract'; from llmextract.cli import main; main()"


def build(directory: Path, size: int) -> tuple[Path, Path]:
    rows = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").split("\n")
            if line.strip()]
    records = [json.loads(line) for line in (RUN / "predictions.jsonl")
               .read_text(encoding="utf-8").split("\n") if line.strip()]
    by_id = {r["article_id"]: r for r in records}
    dataset = directory / f"isaf-{size}.jsonl"
    run = directory / f"run-{size}"
    run.mkdir()
    with dataset.open("w", encoding="utf-8") as data, \
            (run / "predictions.jsonl").open("w", encoding="utf-8") as predictions:
        for n in range(size):
            row = rows[n % len(rows)]
            new_id = f"{row['id']}-{n}"
            data.write(json.dumps({**row, "id": new_id}) + "\n")
            record = json.loads(json.dumps(by_id[row["id"]]))
            record["article_id"] = new_id
            if record.get("extraction"):
                record["extraction"]["article"]["id"] = new_id
            predictions.write(json.dumps(record) + "\n")
    manifest = json.loads((RUN / "manifest.json").read_text(encoding="utf-8"))
    manifest.update(name=f"run-{size}", source=str(dataset), articles=size)
    (run / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return dataset, run


def measure(dataset: Path, run: Path, out: Path, checkout: Path | None) -> tuple[float, float]:
    env = dict(os.environ)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-P", "-c", ENTRY, "eval", "--predictions", str(run), "--dataset",
         "isaf", str(dataset), "--format", "json", "--out", str(out)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        err = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"eval failed: {err}")
    return usage.ru_maxrss / 1024, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        for size in args.sizes:
            dataset, run = build(directory, size)
            row = f"{size:>7,} articles:"
            if args.before is not None:
                rss, wall = measure(dataset, run, directory / "before.json",
                                    args.before.resolve())
                row += f"  before {rss:7.0f} MiB {wall:6.1f} s"
            rss, wall = measure(dataset, run, directory / "after.json", None)
            row += f"  after {rss:7.0f} MiB {wall:6.1f} s"
            print(row, flush=True)


if __name__ == "__main__":
    main()
