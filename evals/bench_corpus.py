"""Corpus-run speed and memory: LLM path throughput, cached re-runs, rules on every core.

Run: ``.venv/bin/python evals/bench_corpus.py [--articles 2000] [--latency 0.2]
[--concurrency 64] [--rules-articles 1000] [--memory 0]``

What it measures (one run, side by side):

- **llm**: ``--articles`` synthetic articles through ``llmextract extract corpus.jsonl -o``
  against a fake OpenAI-compatible endpoint in its own process (``evals/fake_endpoint.py``;
  ``--endpoint threaded``: ``tests/openai_server.py``) that answers after ``--latency``
  seconds. Ideal rate = concurrency / latency; first the **floor**, what a bare ``httpx2`` loop
  reaches against that endpoint (the share of the ideal the yardstick itself allows), then the
  share the LLM path reaches, and the client's CPU time per article: of the whole process, and per
  further article (the whole run less a ``SHORT``-article run, so start-up is left out).
  **before**: the same articles one at a time through ``extract()`` (what ``llmextract
  extract a.txt b.txt ...`` did), on a sample of 40 articles. ``--before DIR`` instead runs
  whole CLI processes of another checkout and of this one, interleaved, ``--rounds`` each, and
  prints their medians and ratio (the side-by-side figure for a change).
- **cached**: the same corpus again into a fresh output file, every result from the cache;
  whole process, articles per second.
- **rules**: ``--rules-articles`` ISAF releases (repeated with new ids) through
  ``extract_many(backend="rules")`` with ``workers=1`` and ``workers=2`` (CPU per article of
  this process and of the workers, and the speed-up that CPU allows on 2 free cores), then
  through whole ``llmextract extract`` processes; medians of ``--rounds`` rounds.
- **memory** (``--memory N``): peak RSS of a whole ``llmextract extract`` process (workers
  included) over N small articles with the rules backend.

Targets: llm >= 90% of ideal, <= 3 ms CPU per article; cached >= 1,000 articles/s; rules on 2
cores >= 1.8x one core; memory < 300 MB at 100,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fake_endpoint import floor, window  # evals/, beside this script

ROOT = Path(__file__).resolve().parent.parent
ISAF = ROOT / "evals" / "external" / "isaf" / "dev.jsonl"
#: Articles in the short run whose CPU time is taken as the fixed cost of a run.
SHORT = 100
ENTRY = "import sys; sys.argv[0] = 'llmextract'; from llmextract.cli import main; main()"
ANSWER = {
    "events": [{"ref": "E1", "kind": "airstrike",
                "quotes": ["An airstrike hit the village on Monday"]}],
    "claims": [{"ref": "C1", "outcome": "killed", "count": {"min": 3, "max": 3},
                "event": "E1", "quotes": ["killing three people"]}],
}


def article(n: int) -> str:
    return (f"Report {n} from the wire service, filed on the {n}th day of the count.\n"
            "An airstrike hit the village on Monday, killing three people, a local official "
            "said.\n")


def write_corpus(path: Path, count: int, first: int = 0) -> None:
    with path.open("w", encoding="utf-8") as file:
        for n in range(first, first + count):
            file.write(json.dumps({"id": f"a{n}", "text": article(n),
                                   "published": "2024-03-12"}) + "\n")


def start_server(directory: Path, latency: float,
                 endpoint: str = "asyncio") -> tuple[subprocess.Popen[bytes], str]:
    """The fake model endpoint in its own process: ``asyncio`` is ``evals/fake_endpoint.py``
    (the yardstick), ``threaded`` the test server ``tests/openai_server.py`` (which answers
    late under load; kept to compare with earlier figures)."""
    reply = directory / "answer.json"
    reply.write_text(json.dumps(ANSWER), encoding="utf-8")
    if endpoint == "asyncio":
        command = [sys.executable, str(ROOT / "evals" / "fake_endpoint.py"), "--reply-file",
                   str(reply), "--latency", str(latency)]
    else:
        command = [sys.executable, "-m", "tests.openai_server", "--port", "0",
                   "--reply-file", str(reply), "--latency", str(latency), "--quiet"]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE)
    assert server.stdout is not None
    line = server.stdout.readline().decode()  # "serving on URL"
    return server, line.split()[-1].rstrip("/")


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (KiB, largest process) of one CLI run."""
    started = time.perf_counter()
    # -P: the checkout (cwd) must not shadow PYTHONPATH, so that PYTHONPATH=<other checkout>
    # measures that one; with bytecode, as an installed package has it
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    process = subprocess.Popen([sys.executable, "-P", "-c", ENTRY, *args], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    err = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"llmextract {' '.join(args)} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


class Timed:
    """One whole CLI process against the fake endpoint, timed from outside and by the endpoint:
    ``startup`` runs from the process's start to its first request, ``run`` from that request
    to the last answer (the rate the corpus run holds once loaded); both 0 against an endpoint
    that does not report them."""

    def __init__(self, base_url: str, args: list[str], env: dict[str, str]) -> None:
        window(base_url)  # a new window for this process
        began = time.time()
        self.wall, self.cpu, self.rss = run_cli(args, env)
        self.answered, first, last = window(base_url)
        self.startup = first - began if first is not None else 0.0
        self.run = last - first if first is not None and last is not None else 0.0

    def rate(self) -> float:
        return self.answered / self.run if self.run else 0.0


def sdk_import() -> float:
    """Seconds a fresh interpreter spends importing the openai SDK with the chat resources a
    client's first request loads (median of 3): start-up no corpus run can avoid."""
    code = ("import time; t = time.perf_counter(); import openai, openai.resources.chat; "
            "print(time.perf_counter() - t)")
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                             text=True).stdout) for _ in range(3))


def compare_llm(directory: Path, base_url: str, count: int, concurrency: int, ideal: float,
                env: dict[str, str], before: Path, rounds: int) -> None:
    """Whole ``llmextract extract corpus.jsonl -o`` runs of another checkout (``before``) and
    this one, interleaved, each with a fresh output and cache: medians and their ratio."""
    corpus = directory / "compare.jsonl"
    write_corpus(corpus, count, first=50 * count)
    samples: dict[str, list[Timed]] = {"before": [], "after": []}
    for n in range(rounds):
        for label, checkout in (("before", before), ("after", ROOT)):
            run_env = {**env, "PYTHONPATH": str(checkout),  # ahead of the editable install
                       "LLMEXTRACT_CACHE_DIR": str(directory / f"cache-{label}-{n}")}
            samples[label].append(Timed(base_url, [
                "extract", str(corpus), "-o", str(directory / f"compare-{label}-{n}.jsonl"),
                "--concurrency", str(concurrency)], run_env))
    medians = {label: (statistics.median(t.wall for t in runs),
                       statistics.median(t.cpu for t in runs),
                       statistics.median(t.rate() for t in runs),
                       statistics.median(t.startup for t in runs))
               for label, runs in samples.items()}
    for label, (wall, cpu, rate, startup) in medians.items():
        print(f"llm {label} ({before if label == 'before' else ROOT}): median of {rounds}: "
              f"whole process {count / wall:,.0f} articles/s ({count / wall / ideal:.0%} of "
              f"ideal), CPU {cpu * 1000 / count:.2f} ms/article; start-up {startup:.2f} s; "
              f"the run after it {rate:,.0f}/s ({rate / ideal:.0%})")
    print(f"llm after / before: whole process {medians['before'][0] / medians['after'][0]:.2f}x, "
          f"run {medians['after'][2] / medians['before'][2]:.2f}x, CPU "
          f"{medians['after'][1] / medians['before'][1]:.2f}x (load average "
          f"{os.getloadavg()[0]:.1f})")


def bench_llm(directory: Path, count: int, latency: float, concurrency: int,
              endpoint: str, before: Path | None = None, rounds: int = 3) -> None:
    server, base_url = start_server(directory, latency, endpoint)
    try:
        ideal = concurrency / latency
        floor_rate, cpu_ms = floor(base_url, count, concurrency, article(0))
        print(f"floor ({endpoint} fake endpoint, bare httpx2 loop): {floor_rate:,.0f} "
              f"requests/s ({floor_rate / ideal:.0%} of the ideal {ideal:,.0f}/s); "
              f"{cpu_ms:.2f} ms CPU/request")
        pooled_rate, pooled_ms = floor(base_url, count, concurrency, article(0), pool="aiohttp")
        print(f"floor over the aiohttp pool corpus runs use: {pooled_rate:,.0f} requests/s "
              f"({pooled_rate / ideal:.0%}); {pooled_ms:.2f} ms CPU/request")
        if before is not None:
            env = {**os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-bench",
                   "LLMEXTRACT_MODEL": "bench-model"}
            compare_llm(directory, base_url, count, concurrency, ideal, env, before, rounds)
            return
        env = {**os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-bench",
               "LLMEXTRACT_MODEL": "bench-model",
               "LLMEXTRACT_CACHE_DIR": str(directory / "cache")}
        corpus = directory / "corpus.jsonl"
        write_corpus(corpus, count)
        # before: one article at a time, as the multi-file CLI did
        os.environ.update({k: v for k, v in env.items() if k != "PATH"})
        from llmextract import extract

        sample = 40
        started = time.perf_counter()
        for n in range(count, count + sample):
            extract(article(n), published="2024-03-12", cache=False)
        before = sample / (time.perf_counter() - started)
        print(f"llm before (sequential extract): {before:,.1f} articles/s "
              f"({before / ideal:.0%} of the ideal {ideal:,.0f}/s at concurrency {concurrency})")
        # A short run of other articles first: its CPU is mostly the fixed cost (imports,
        # clients, compiled patterns), so the difference is what each further article costs.
        short_corpus = directory / "short.jsonl"
        write_corpus(short_corpus, SHORT, first=10 * count)
        _, short_cpu, _ = run_cli(["extract", str(short_corpus), "-o",
                                   str(directory / "short-out.jsonl"), "--concurrency",
                                   str(concurrency)], env)
        timed = Timed(base_url, ["extract", str(corpus), "-o", str(directory / "out.jsonl"),
                                 "--concurrency", str(concurrency)], env)
        wall, cpu = timed.wall, timed.cpu
        rate = count / wall
        print(f"llm after: {count} articles in {wall:.2f} s = {rate:,.0f} articles/s "
              f"({rate / ideal:.0%} of ideal); client CPU {cpu * 1000 / count:.2f} ms/article "
              f"(whole process, start-up included)")
        sdk = sdk_import()
        print(f"llm start-up: {timed.startup:.2f} s from the process's start to its first "
              f"request ({sdk:.2f} s of it importing the openai SDK); the run after it, first "
              f"request to last answer: {timed.rate():,.0f} articles/s "
              f"({timed.rate() / ideal:.0%} of ideal)")
        best = count / (count / floor_rate + sdk)
        print(f"llm bound: the floor's rate after an SDK import alone gives a whole process at "
              f"most {best:,.0f} articles/s ({best / ideal:.0%} of ideal)")
        if count > SHORT:
            marginal = (cpu - short_cpu) / (count - SHORT)
            print(f"llm client CPU per further article: {marginal * 1000:.2f} ms "
                  f"(({cpu:.2f} s - {short_cpu:.2f} s for {SHORT} articles) / "
                  f"{count - SHORT}); fixed cost about {short_cpu - SHORT * marginal:.2f} s")
        # The API alone, in this process (the output file, progress and start-up left out):
        # ``extract_many`` over the same articles with the cache off, after a warm-up and
        # ``gc.freeze()`` (what the CLI does at its first result).
        from llmextract.batch import extract_many

        def api(first: int, n: int) -> None:
            items = [{"id": f"p{k}", "text": article(k), "published": "2024-03-12"}
                     for k in range(first, first + n)]
            for _ in extract_many(items, concurrency=concurrency, cache=False):
                pass

        api(20 * count, SHORT)
        import gc

        gc.freeze()  # as the CLI does once the client stack is loaded
        started, cpu_started = time.perf_counter(), time.process_time()
        api(30 * count, count)
        api_wall, api_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        print(f"llm API (extract_many in this process, cache off, heap frozen after a warm-up): "
              f"{count / api_wall:,.0f} "
              f"articles/s ({count / api_wall / ideal:.0%} of ideal); client CPU "
              f"{api_cpu * 1000 / count:.2f} ms/article")
        wall, cpu, _ = run_cli(["extract", str(corpus), "-o", str(directory / "again.jsonl"),
                                "--concurrency", str(concurrency)], env)
        print(f"cached re-run: {count} articles in {wall:.2f} s = {count / wall:,.0f} "
              f"articles/s (whole process); CPU {cpu * 1000 / count:.2f} ms/article")
    finally:
        server.terminate()
        server.wait()


def isaf_articles(count: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in ISAF.read_text(encoding="utf-8").split("\n")
            if line.strip()]
    return [{"id": f"r{n}", "text": rows[n % len(rows)]["text"]} for n in range(count)]


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bench_rules(count: int, rounds: int, directory: Path) -> None:
    """Rules on every core, two ways, each a median of ``rounds`` interleaved rounds.

    API: ``extract_many`` in this process (patterns already compiled here, so forked workers
    inherit them), wall time and CPU per article of this process (the parent: reading,
    handing out, collecting) and of the workers. The speed-up a free 2-core machine allows is
    bounded by CPU: one core's work per article over (parent + workers per article) / 2; on a
    busy machine the measured wall-time ratio says more about the other programs (load
    average printed) than about the pool.
    CLI: whole ``llmextract extract corpus.jsonl -o out.jsonl`` processes (start-up and each
    worker's start included), ``--workers 1`` against ``--workers 2``.
    """
    from llmextract.batch import extract_many

    articles = isaf_articles(count)
    list(extract_many(articles[:40], backend="rules", workers=1))  # compile the patterns
    samples: dict[int, list[tuple[float, float, float]]] = {1: [], 2: []}
    for _ in range(rounds):
        for workers in (1, 2):
            parent, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            results = list(extract_many(articles, backend="rules", workers=workers))
            wall = time.perf_counter() - started
            assert len(results) == count and all(r.ok for r in results)
            samples[workers].append((wall, (_cpu(resource.RUSAGE_SELF) - parent) / count,
                                     (_cpu(resource.RUSAGE_CHILDREN) - children) / count))
    load = os.getloadavg()[0]
    med = {w: tuple(statistics.median(s[i] for s in samples[w]) for i in range(3))
           for w in samples}
    for workers, (wall, parent, children) in med.items():
        print(f"rules API workers={workers}: {count} articles in {wall:.2f} s = "
              f"{count / wall:,.0f} articles/s; CPU per article: parent {parent * 1000:.3f} ms"
              f", workers {children * 1000:.3f} ms")
    one = med[1][1]
    bound = one / ((med[2][1] + med[2][2]) / 2)
    print(f"rules API speed-up on 2 cores: {med[1][0] / med[2][0]:.2f}x measured (load "
          f"average {load:.1f} on {os.cpu_count()} cores); CPU bound on 2 free cores "
          f"{bound:.2f}x = {one * 1000:.3f} / (({med[2][1] * 1000:.3f} + "
          f"{med[2][2] * 1000:.3f}) / 2)")
    corpus = directory / "rules.jsonl"
    with corpus.open("w", encoding="utf-8") as file:
        for row in articles:
            file.write(json.dumps(row) + "\n")
    cli: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    env = {**os.environ, "LLMEXTRACT_BACKEND": "rules"}
    for n in range(rounds):
        for workers in (1, 2):
            out = directory / f"rules-out-{workers}-{n}.jsonl"
            wall, cpu, _ = run_cli(["extract", str(corpus), "-o", str(out), "--workers",
                                    str(workers)], env)
            cli[workers].append((wall, cpu))
    walls = {w: statistics.median(s[0] for s in cli[w]) for w in cli}
    cpus = {w: statistics.median(s[1] for s in cli[w]) for w in cli}
    for workers in (1, 2):
        print(f"rules CLI --workers {workers}: {walls[workers]:.2f} s, CPU "
              f"{cpus[workers]:.2f} s ({cpus[workers] * 1000 / count:.3f} ms/article, whole "
              "process with its workers)")
    print(f"rules CLI speed-up on 2 cores: {walls[1] / walls[2]:.2f}x measured (load average "
          f"{os.getloadavg()[0]:.1f}); on 2 free cores the CPU allows at most "
          f"{2 * cpus[1] / cpus[2]:.2f}x = 2 x {cpus[1]:.2f} / {cpus[2]:.2f} (less: the "
          "process start-up is serial)")


def bench_memory(directory: Path, count: int) -> None:
    corpus = directory / "memory.jsonl"
    with corpus.open("w", encoding="utf-8") as file:
        for row in isaf_articles(count):
            file.write(json.dumps(row) + "\n")
    env = dict(os.environ)
    wall, _, rss = run_cli(["extract", str(corpus), "-o", str(directory / "mem.jsonl"),
                            "--backend", "rules"], env)
    print(f"memory: {count:,} articles through extract (rules, 2 workers) in {wall:.0f} s; "
          f"peak RSS of the largest process {rss / 1024:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rules-articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--memory", type=int, default=0)
    parser.add_argument("--only", choices=("llm", "rules", "memory"))
    parser.add_argument("--before", type=Path,
                        help="llm: another llmextract checkout, run interleaved with this one")
    parser.add_argument("--endpoint", choices=("asyncio", "threaded"), default="asyncio",
                        help="the fake model endpoint (see start_server)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        if args.only in (None, "llm"):
            bench_llm(directory, args.articles, args.latency, args.concurrency,
                      args.endpoint, args.before, args.rounds)
        if args.only in (None, "rules"):
            bench_rules(args.rules_articles, args.rounds, directory)
        if args.memory and args.only in (None, "memory"):
            bench_memory(directory, args.memory)


if __name__ == "__main__":
    main()
