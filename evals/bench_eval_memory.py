"""Peak memory of ``llmextract eval`` on 1k / 10k / 100k small articles: re-scoring and live.

Run: ``.venv/bin/python evals/bench_eval_memory.py [--sizes 1000 10000 100000]
[--modes rescore live] [--repeat N] [--before DIR]``

The data: the stored ISAF run ``evals/runs/rules-isaf-dev`` (200 press releases, rules
backend) and its dataset, repeated under new ids to each size. For each size and mode one
process is started and its peak RSS (``wait4``) and wall time reported (the median of
``--repeat`` runs):

- ``rescore``: ``llmextract eval --predictions RUN --dataset isaf FILE --format json --out F``;
- ``live``: ``llmextract eval --dataset isaf FILE --backend rules --no-cache --runs-dir D
  --format json --out F`` (extracts every article, stores the run, scores it);
- ``report``: ``rescore`` plus ``--report F.html`` (the HTML page of every article);
- ``compare``: ``llmextract eval --compare RUN RUN_B --dataset isaf FILE --format json --out
  F`` (``RUN_B``: the same predictions with every third one an error, so a third of the
  articles changed);
- ``compare-report``: ``compare`` plus ``--report F.html``.

``--before DIR`` runs the same commands against another checkout (``git archive main | tar -x
-C DIR``) in the same run, side by side; both must write the same JSON report.

Target: < 300 MB at 100,000 articles.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import statistics
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
    # run B of --compare: every third prediction an error
    run_b = directory / f"run-{size}-b"
    run_b.mkdir()
    with (run / "predictions.jsonl").open(encoding="utf-8") as source, \
            (run_b / "predictions.jsonl").open("w", encoding="utf-8") as target:
        for n, line in enumerate(source):
            record = json.loads(line)
            if n % 3 == 0:
                record.update(extraction=None, error="bench: no answer")
            target.write(json.dumps(record) + "\n")
    manifest.update(name=f"run-{size}-b")
    (run_b / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return dataset, run


def command(mode: str, dataset: Path, run: Path, out: Path, runs_dir: Path) -> list[str]:
    html = ["--report", str(out.with_suffix(".html"))]
    if mode in ("rescore", "report"):
        return ["eval", "--predictions", str(run), "--dataset", "isaf", str(dataset),
                "--format", "json", "--out", str(out), *(html if mode == "report" else [])]
    if mode in ("compare", "compare-report"):
        return ["eval", "--compare", str(run), f"{run}-b", "--dataset", "isaf", str(dataset),
                "--format", "json", "--out", str(out),
                *(html if mode == "compare-report" else [])]
    shutil.rmtree(runs_dir, ignore_errors=True)
    return ["eval", "--dataset", "isaf", str(dataset), "--backend", "rules", "--no-cache",
            "--runs-dir", str(runs_dir), "--name", "live", "--format", "json", "--out",
            str(out)]


def measure(arguments: list[str], checkout: Path | None) -> tuple[float, float]:
    env = dict(os.environ)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-P", "-c", ENTRY, *arguments], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        err = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"eval failed: {err}")
    return usage.ru_maxrss / 1024, wall


def median_of(repeat: int, mode: str, dataset: Path, run: Path, out: Path, runs_dir: Path,
              checkout: Path | None) -> tuple[float, float]:
    runs = [measure(command(mode, dataset, run, out, runs_dir), checkout)
            for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--modes", nargs="+",
                        choices=["rescore", "live", "report", "compare", "compare-report"],
                        default=["rescore", "live"])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        for size in args.sizes:
            dataset, run = build(directory, size)
            for mode in args.modes:
                row = f"{mode:>7} {size:>7,} articles:"
                after_out, before_out = directory / "after.json", directory / "before.json"
                if args.before is not None:
                    rss, wall = median_of(args.repeat, mode, dataset, run, before_out,
                                          directory / "runs-before", args.before.resolve())
                    row += f"  before {rss:6.0f} MiB {wall:6.1f} s"
                rss, wall = median_of(args.repeat, mode, dataset, run, after_out,
                                      directory / "runs-after", None)
                row += f"  after {rss:6.0f} MiB {wall:6.1f} s"
                if args.before is not None:
                    same = _same_report(before_out, after_out)
                    if mode.endswith("report"):
                        same = same and filecmp.cmp(before_out.with_suffix(".html"),
                                                    after_out.with_suffix(".html"),
                                                    shallow=False)
                    row += "  reports identical" if same else "  REPORTS DIFFER"
                print(row, flush=True)
            shutil.rmtree(run)
            shutil.rmtree(f"{run}-b")
            dataset.unlink()


def _same_report(a: Path, b: Path) -> bool:
    """Byte-identical, but for what a live run stamps with the time (its manifest)."""
    if filecmp.cmp(a, b, shallow=False):
        return True
    first, second = json.loads(a.read_text()), json.loads(b.read_text())
    for report in (first, second):
        report.pop("run", None)
    return bool(first == second)


if __name__ == "__main__":
    main()
