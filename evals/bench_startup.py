"""Start-up cost of the ``llmextract`` command as a whole process (hyperfine-like medians).

Run: ``.venv/bin/python evals/bench_startup.py [--runs 15] [--before DIR]``

Each command is started ``--runs`` times after two warm-up runs; the table gives the median
wall time and the median CPU time (user + system of the child, less sensitive to other
programs on a busy machine). ``python -c pass`` is the floor. ``--before DIR`` times the same
commands against another checkout of llmextract (e.g. ``git archive <commit> | tar -x -C DIR``)
in the same run, so the two columns are measured side by side: the runs of the two columns
alternate, so a change in the machine's load falls on both alike.

The children run with ``PYTHONDONTWRITEBYTECODE`` removed from their environment, as an
installed package has its bytecode (pip writes it at install): the warm-up runs write it, and
the figures do not include compiling llmextract's sources (~0.1 s more per process).

Targets: ``llmextract --help`` and a rules extraction of the seed article <= 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "evals" / "seed" / "iranwire-2020-10-21-airstrikes-albukamal.txt"
ENTRY = "import sys; sys.argv[0] = 'llmextract'; from llmextract.cli import main; main()"

COMMANDS: list[tuple[str, list[str]]] = [
    ("python -c pass", ["-c", "pass"]),
    ("import llmextract", ["-c", "import llmextract"]),
    ("llmextract --help", ["-c", ENTRY, "--help"]),
    ("llmextract extract --help", ["-c", ENTRY, "extract", "--help"]),
    ("llmextract extract SEED (rules)", ["-c", ENTRY, "extract", str(SEED), "--backend",
                                         "rules"]),
]


def time_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    # -P: the current directory (a checkout, maybe) must not shadow PYTHONPATH / the install.
    process = subprocess.Popen([sys.executable, "-P", *argv], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"{argv} failed with exit code {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(argv: list[str], envs: list[dict[str, str]],
            runs: int) -> list[tuple[float, float]]:
    """Median (wall, cpu) per environment, the runs of the environments interleaved."""
    for _ in range(2):
        for env in envs:
            time_once(argv, env)
    samples: list[list[tuple[float, float]]] = [[] for _ in envs]
    for _ in range(runs):
        for column, env in zip(samples, envs, strict=True):
            column.append(time_once(argv, env))
    return [(statistics.median(s[0] for s in column), statistics.median(s[1] for s in column))
            for column in samples]


def environment(checkout: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: with bytecode (module doc)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)  # ahead of the editable install's finder
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="another llmextract checkout to compare")
    args = parser.parse_args()
    columns = [("after", environment(None))]
    if args.before is not None:
        columns.insert(0, ("before", environment(args.before.resolve())))
    header = f"{'command':34}" + "".join(f"{name + ' wall':>14}{name + ' cpu':>13}"
                                          for name, _ in columns)
    print(header)
    for label, argv in COMMANDS:
        row = f"{label:34}"
        for wall, cpu in measure(argv, [env for _, env in columns], args.runs):
            row += f"{wall:13.3f}s{cpu:12.3f}s"
        print(row, flush=True)


if __name__ == "__main__":
    main()
