"""Load on ``llmextract serve``, loopback only, bounded in requests and time.

1. LLM path: the real server in front of a fake model endpoint that answers every call after
   ``--latency`` seconds (200 ms); ``--requests`` requests (1,000) from ``--clients``
   concurrent clients (64), each article distinct so nothing comes from the cache. The ideal is
   ``clients / latency`` (320/s: the rate if neither the server nor the load generator cost
   anything). The fake endpoint (``--upstream``):

   - ``asyncio``: ``evals/fake_endpoint.py`` in its own process, one event loop answering on a
     timer (tens of microseconds per request): the yardstick.
   - ``threaded``: ``tests/openai_server.py`` in this process, as this script had it before:
     a thread per connection sharing one interpreter lock with the load generator, so it
     answers late under load (kept to compare with earlier figures).

   Two floors are printed first, at the same concurrency: a bare ``httpx2`` loop against the
   fake endpoint itself (the share of the ideal the endpoint allows), and the load generator
   against each server's ``GET /healthz`` (what the HTTP stack and the load generator allow
   with no extraction; healthz answers at once, so it is read in requests per second, not
   against the ideal). Then per server: lost / failed, p50 / p99 latency, throughput against
   the ideal and against the first floor (what the load generator and the endpoint leave a
   server that cost nothing: a closed loop of 1,000 requests starting at once also loses its
   first and last rounds), and the CPU time per request of the server (workers included), of this process
   (the load generator, plus the threaded endpoint when used) and of the asyncio endpoint,
   with what the server's CPU allows on the cores it has.
   Also printed: the time the server spent runnable but without a CPU (other programs on the
   cores) and the cores the three processes used (requests/s x their CPU per request).
   Every configuration is started once and the rounds are interleaved (``--rounds``, medians),
   so a busy VM slows them all alike. ``--baseline DIR`` runs the same servers from another
   checkout too (say ``git archive <commit> | tar -x -C DIR``), side by side.
   ``--concurrency N`` gives the server N places instead of one per client (the ideal is then
   ``min(clients, N x workers) / latency``): how close to its places the service keeps the
   model endpoint busy.
2. rules backend: requests per second with one worker and with one worker per core, and the
   latency of ``GET /healthz`` asked every 10 ms during that load (how long the work holds the
   server's event loop).
3. ``--soak SECONDS`` (off by default; the issue's figure is ``--soak 600``): the LLM-path load
   repeated for that long against one worker, the server's resident memory sampled every 10 s.

    python evals/bench_serve.py                  # about two minutes
    python evals/bench_serve.py --rounds 3       # the README's figures
    python evals/bench_serve.py --soak 600       # plus a 10-minute memory soak
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fake_endpoint import floor  # noqa: E402  (evals/, beside this script)

from tests.openai_server import OpenAIServer, reply_tool, slow  # noqa: E402
from tests.serve_process import ServeProcess  # noqa: E402

SEED = (REPO / "evals/seed/iranwire-2020-10-21-airstrikes-albukamal.txt").read_text("utf-8")
DRAFT_FILE = REPO / "tests/data/seed_draft.json"
DRAFT = json.loads(DRAFT_FILE.read_text("utf-8"))
#: No run of this script may go on longer than this, whatever the arguments.
HARD_LIMIT_SECONDS = 1800
_NOT_SENT = "not sent (deadline)"
#: One request of the load: method, path, JSON body (None for a GET).
Ask = Callable[[int], tuple[str, str, Any]]


def extract_ask(tag: str) -> Ask:
    def ask(i: int) -> tuple[str, str, Any]:
        return "POST", "/v1/extract", {"text": f"{SEED}\n[{tag} {i}]",
                                       "published": "2020-10-21"}
    return ask


def health_ask(i: int) -> tuple[str, str, Any]:
    return "GET", "/healthz", None


async def drive(url: str, requests: int, clients: int, ask: Ask,
                deadline: float) -> dict[str, Any]:
    """``requests`` requests from ``clients`` concurrent connections; every outcome counted."""
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    next_index = iter(range(requests))
    limits = httpx2.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx2.AsyncClient(base_url=url, timeout=60, limits=limits,
                                  trust_env=False) as client:

        async def one_client() -> None:
            for i in next_index:
                if time.monotonic() > deadline:
                    statuses[_NOT_SENT] = statuses.get(_NOT_SENT, 0) + 1
                    continue
                method, path, body = ask(i)
                started = time.perf_counter()
                try:
                    response = await client.request(method, path, json=body)
                    key = str(response.status_code)
                except httpx2.HTTPError as exc:
                    key = type(exc).__name__
                latencies.append(time.perf_counter() - started)
                statuses[key] = statuses.get(key, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    if not latencies:
        latencies.append(float("nan"))
    return {
        "requests": requests, "statuses": statuses,
        "lost": requests - sum(statuses.values()),
        "failed": sum(n for k, n in statuses.items() if k not in ("200", _NOT_SENT)),
        "not_sent": statuses.get(_NOT_SENT, 0),
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "seconds": elapsed, "per_second": len(latencies) / elapsed,
    }


async def drive_probed(url: str, requests: int, clients: int, ask: Ask,
                       deadline: float) -> tuple[dict[str, Any], list[float]]:
    """``drive``, while ``GET /healthz`` is asked every 10 ms on a connection of its own: its
    latencies show how long the server's event loop is held by the work (sorted seconds)."""
    done = asyncio.Event()
    health: list[float] = []

    async def probe() -> None:
        async with httpx2.AsyncClient(base_url=url, timeout=60, trust_env=False) as client:
            while not done.is_set():
                started = time.perf_counter()
                await client.get("/healthz")
                health.append(time.perf_counter() - started)
                await asyncio.sleep(0.01)

    prober = asyncio.create_task(probe())
    try:
        result = await drive(url, requests, clients, ask, deadline)
    finally:
        done.set()
        await prober
    return result, sorted(health)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its live children so far (Linux /proc)."""
    total = 0.0
    for one in (pid, *children(pid)):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def waited_seconds(pid: int) -> float:
    """Time the threads of a process and of its live children spent runnable but waiting for a
    CPU so far (``/proc/.../schedstat``): how much the other programs on the cores held the
    server back."""
    total = 0
    for one in (pid, *children(pid)):
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{one}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[1])
    return total / 1e9


def children(pid: int) -> list[int]:
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Upstream:
    """A fake model endpoint: ``pid`` when it has a process of its own (its CPU is read)."""

    kind: str
    base_url: str
    pid: int | None


@contextlib.contextmanager
def upstream(kind: str, latency: float) -> Iterator[Upstream]:
    if kind == "threaded":
        with OpenAIServer(default=slow(latency, reply_tool(DRAFT))) as server:
            yield Upstream(kind, server.base_url.rstrip("/"), None)
        return
    command = [sys.executable, str(REPO / "evals" / "fake_endpoint.py"), "--reply-file",
               str(DRAFT_FILE), "--latency", str(latency)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode()  # "serving on URL"
        yield Upstream(kind, line.split()[-1].rstrip("/"), process.pid)
    finally:
        process.terminate()
        process.wait(10)


@dataclass
class Config:
    """One server under the LLM-path load, and what it measured in each round."""

    checkout: str
    workers: int
    upstream: Upstream
    #: "PARSER/LOOP" given to the server as --http / --loop; "" leaves its default.
    stack: str = ""
    server: ServeProcess | None = None
    runs: list[dict[str, Any]] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    #: Server CPU per GET /healthz (ms): the HTTP stack and the service's layers alone.
    health_ms: list[float] = field(default_factory=list)

    @property
    def label(self) -> str:
        stack = f", {self.stack}" if self.stack else ""
        return f"{self.checkout}, {self.workers}w, {self.upstream.kind}{stack}"


def start(args: list[str], env: dict[str, str], log: Path,
          python_path: str | None = None) -> ServeProcess:
    process = ServeProcess(["--rate", "0", "--no-cache", *args], env, log,
                           python_path=python_path)
    try:
        return process.wait_ready(timeout=60)
    except BaseException:
        process.stop()  # never leave a server behind
        raise


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=0,
                        help="the server's --concurrency (default: --clients)")
    parser.add_argument("--rounds", type=int, default=1, help="interleaved rounds (medians)")
    parser.add_argument("--upstream", choices=("both", "asyncio", "threaded"), default="both")
    parser.add_argument("--workers", default="", help="e.g. 1,2 (default: 1 and the cores)")
    parser.add_argument("--baseline", type=Path, help="another checkout, run side by side")
    parser.add_argument("--stacks", default="",
                        help="this checkout once per HTTP parser / event loop, side by side, "
                        "e.g. h11/asyncio,httptools/uvloop (default: the server's choice)")
    parser.add_argument("--no-rules", action="store_true", help="skip the rules backend")
    parser.add_argument("--soak", type=float, default=0.0, help="seconds of soak (0: none)")
    args = parser.parse_args()
    deadline = time.monotonic() + min(HARD_LIMIT_SECONDS, 300 + 90 * args.rounds + args.soak)
    cores = os.cpu_count() or 1
    worker_counts = sorted({int(w) for w in args.workers.split(",") if w} or {1, cores})
    kinds = ("asyncio", "threaded") if args.upstream == "both" else (args.upstream,)
    work = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    checkouts: list[tuple[str, str | None]] = [("this", None)]
    if args.baseline is not None:
        checkouts.append(("baseline", str(args.baseline.resolve())))

    args.concurrency = args.concurrency or args.clients
    stacks = [s for s in args.stacks.split(",") if s] or [""]
    with contextlib.ExitStack() as stack:
        ups = {kind: stack.enter_context(upstream(kind, args.latency)) for kind in kinds}
        configs = [Config(name, workers, ups[kind], stack) for kind in kinds
                   for name, _ in checkouts for workers in worker_counts
                   for stack in (stacks if name == "this" else [""])]
        paths = dict(checkouts)
        for config in configs:
            env = {"OPENAI_BASE_URL": config.upstream.base_url, "OPENAI_API_KEY": "sk-bench",
                   "LLMEXTRACT_MODEL": "bench-model"}
            log = work / (f"llm-{config.checkout}-{config.workers}-{config.upstream.kind}"
                          f"-{config.stack.replace('/', '-')}.log")
            config.server = stack.enter_context(_stopping(start(
                ["--workers", str(config.workers), "--concurrency", str(args.concurrency),
                 "--queue", str(args.clients), *stack_args(config.stack)], env, log,
                paths[config.checkout])))
        llm_path(configs, ups, args, deadline)
        if args.soak > 0:
            first = next(c for c in configs if c.workers == 1 and c.checkout == "this")
            assert first.server is not None
            soak(first.server, args, deadline)

    if not args.no_rules:
        rules(worker_counts, stacks, args, work, deadline)
    return 0


def stack_args(stack: str) -> list[str]:
    if not stack:
        return []
    http, loop = stack.split("/")
    return ["--http", http, "--loop", loop]


@contextlib.contextmanager
def _stopping(server: ServeProcess) -> Iterator[ServeProcess]:
    try:
        yield server
    finally:
        server.stop()


def llm_path(configs: list[Config], ups: dict[str, Upstream], args: argparse.Namespace,
             deadline: float) -> None:
    ideal = args.clients / args.latency
    load_before = os.getloadavg()[0]
    floors: dict[str, list[tuple[float, float]]] = {kind: [] for kind in ups}
    for config in configs:  # warm-up: imports, clients, connections
        assert config.server is not None
        asyncio.run(drive(config.server.url, 50, 8, extract_ask("warm-up"), deadline))
    for round_no in range(args.rounds):
        for kind, up in ups.items():
            floors[kind].append(floor(up.base_url, args.requests, args.clients, SEED))
        for config in configs:
            assert config.server is not None
            url, pid = config.server.url, config.server.proc.pid
            cpu_before = cpu_seconds(pid)
            health = asyncio.run(drive(url, args.requests, args.clients, health_ask, deadline))
            config.health.append(health["per_second"])
            config.health_ms.append(1000 * (cpu_seconds(pid) - cpu_before)
                                    / (args.requests - health["not_sent"]))
            cpu_before, own_before = cpu_seconds(pid), time.process_time()
            waited_before = waited_seconds(pid)
            up_before = cpu_seconds(config.upstream.pid) if config.upstream.pid else 0.0
            result = asyncio.run(drive(url, args.requests, args.clients,
                                       extract_ask(f"{config.label} {round_no}"), deadline))
            done = args.requests - result["not_sent"]
            result["server_ms"] = 1000 * (cpu_seconds(pid) - cpu_before) / done
            result["waited_ms"] = 1000 * (waited_seconds(pid) - waited_before) / done
            result["own_ms"] = 1000 * (time.process_time() - own_before) / done
            result["endpoint_ms"] = (1000 * (cpu_seconds(config.upstream.pid) - up_before) / done
                                     if config.upstream.pid else float("nan"))
            config.runs.append(result)
    load_after = os.getloadavg()[0]

    def med(values: list[float]) -> float:
        return statistics.median(values)

    print(f"LLM path: fake endpoint at {args.latency * 1000:.0f} ms, {args.requests} requests "
          f"from {args.clients} clients, ideal {ideal:.0f}/s (server --concurrency "
          f"{args.concurrency} per worker: ideal {args.concurrency:d} x workers / latency when "
          f"lower); medians of {args.rounds} interleaved round(s); load average "
          f"{load_before:.1f} -> {load_after:.1f} on {os.cpu_count()} cores")
    for kind, values in floors.items():
        rate = med([v[0] for v in values])
        print(f"  floor, bare httpx2 loop -> {kind} endpoint: {rate:.0f} requests/s = "
              f"{rate / ideal:.2f} of the ideal; {med([v[1] for v in values]):.2f} ms "
              f"CPU/request in this process")
    width = max(24, *(len(c.label) for c in configs))
    print(f"  {'server':<{width}} {'req/s':>6} {'ideal':>6} {'floor':>6} {'p50':>6} {'p99':>6}  "
          f"{'ms/request: server CPU':>22} {'waited':>6} {'loadgen':>7} {'endpoint':>8}  "
          f"{'cores':>5}  {'healthz req/s':>13} {'ms':>5}")
    for config in configs:
        runs = config.runs
        failed = sum(r["failed"] for r in runs)
        lost = sum(r["lost"] for r in runs)
        rate = med([r["per_second"] for r in runs])
        server_ms = med([r["server_ms"] for r in runs])
        own_ideal = min(args.clients, args.concurrency * config.workers) / args.latency
        own_ms = med([r["own_ms"] for r in runs])
        endpoint_ms = med([r["endpoint_ms"] for r in runs])  # nan: in this process
        cores = rate * (server_ms + own_ms + (0.0 if math.isnan(endpoint_ms) else endpoint_ms))
        cores /= 1000
        floor_rate = med([v[0] for v in floors[config.upstream.kind]])
        print(f"  {config.label:<{width}} {rate:>6.0f} {rate / own_ideal:>6.2f} "
              f"{rate / floor_rate:>6.2f} {med([r['p50_ms'] for r in runs]):>6.0f} "
              f"{med([r['p99_ms'] for r in runs]):>6.0f}"
              f"  {server_ms:>22.2f} {med([r['waited_ms'] for r in runs]):>6.2f} {own_ms:>7.2f} "
              f"{endpoint_ms:>8.2f}  {cores:>5.2f}  {med(config.health):>13.0f} "
              f"{med(config.health_ms):>5.2f}"
              + (f"  FAILED {failed} LOST {lost}" if failed or lost else ""))
    print("  (ideal: share of the ideal; floor: share of the bare loop's rate above, about the "
          "most a server can reach here;\n   p50/p99 in ms; waited: the server's time runnable but "
          "without a CPU; cores: the CPU the three\n   processes used, req/s x the three ms; "
          "healthz: the same load generator against GET /healthz, and the server's CPU per\n"
          "   request there (the HTTP stack and the service's layers, no extraction). One worker "
          "serves at most\n   1000 / server ms requests/s; 0.9 of the ideal needs 0.9 x ideal x "
          "(server + loadgen + endpoint ms) / 1000 free cores)")
    for config in configs:
        statuses: dict[str, int] = {}
        for r in config.runs:
            for k, n in r["statuses"].items():
                statuses[k] = statuses.get(k, 0) + n
        if set(statuses) != {"200"}:
            print(f"  {config.label}: statuses {statuses}")


def rules(worker_counts: list[int], stacks: list[str], args: argparse.Namespace, work: Path,
          deadline: float) -> None:
    rules_env = {"LLMEXTRACT_BACKEND": "rules"}
    cores = os.cpu_count() or 1
    for workers, stack in ((w, s) for w in worker_counts for s in stacks):
        server = start(["--workers", str(workers), "--concurrency", "64", "--queue", "64",
                        *stack_args(stack)], rules_env,
                       work / f"rules-{workers}-{stack.replace('/', '-')}.log")
        try:
            asyncio.run(drive(server.url, 50, 8, extract_ask("warm-up"), deadline))
            own_before, cpu_before = time.process_time(), cpu_seconds(server.proc.pid)
            result, health = asyncio.run(drive_probed(
                server.url, args.requests, args.clients, extract_ask(f"rules {workers}"),
                deadline))
            own_cpu = time.process_time() - own_before
            server_cpu = cpu_seconds(server.proc.pid) - cpu_before
        finally:
            server.stop()
        done = args.requests - result["not_sent"]
        print(f"rules backend, {workers} worker(s){f' ({stack})' if stack else ''} on {cores} "
              f"cores: {result['per_second']:.0f} requests/s, p50 {result['p50_ms']:.0f} ms, "
              f"p99 {result['p99_ms']:.0f} ms, failed {result['failed']}, "
              f"lost {result['lost']} (CPU per request: server {1000 * server_cpu / done:.2f} "
              f"ms, load generator {1000 * own_cpu / done:.2f} ms)")
        if health:
            print(f"  GET /healthz during that load ({len(health)} probes): p50 "
                  f"{1000 * statistics.median(health):.1f} ms, p99 "
                  f"{1000 * health[min(len(health) - 1, int(0.99 * len(health)))]:.1f} ms, "
                  f"max {1000 * health[-1]:.1f} ms")


def soak(server: ServeProcess, args: argparse.Namespace, deadline: float) -> None:
    ends = min(deadline, time.monotonic() + args.soak)
    samples: list[tuple[float, float]] = []
    failed = total = 0
    begun = time.monotonic()
    round_no = 0
    while time.monotonic() < ends:
        round_no += 1
        result = asyncio.run(drive(server.url, min(args.requests, 500), args.clients,
                                   extract_ask(f"soak {round_no}"), ends))
        failed += result["failed"]
        total += result["requests"] - result["not_sent"]
        if not samples or time.monotonic() - begun - samples[-1][0] >= 10:
            samples.append((time.monotonic() - begun, rss_mb(server.proc.pid)))
    first, last = samples[0][1], samples[-1][1]
    peak = max(mb for _, mb in samples)
    print(f"soak {samples[-1][0]:.0f} s, {total} requests, failed {failed}: server RSS "
          f"{first:.0f} MB at {samples[0][0]:.0f} s -> {last:.0f} MB at the end "
          f"(peak {peak:.0f} MB, {len(samples)} samples)")
    print("  " + " ".join(f"{t:.0f}s:{mb:.0f}" for t, mb in samples))


if __name__ == "__main__":
    raise SystemExit(main())
