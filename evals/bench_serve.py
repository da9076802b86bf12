"""Load on ``llmextract serve``, loopback only, bounded in requests and time.

1. LLM path: the real server in front of a fake model endpoint (tests/openai_server.py) that
   answers every call after ``--latency`` seconds (200 ms). ``--requests`` requests (1,000) from
   ``--clients`` concurrent clients (64), each article distinct so nothing comes from the cache.
   Reported: lost / failed, p50 / p99 latency, throughput, and throughput against the ideal
   ``clients / latency`` (the rate if the server added nothing).
2. rules backend: requests per second with one worker and with one worker per core, and the
   latency of ``GET /healthz`` asked every 10 ms during that load (how long the work holds the
   server's event loop).
3. ``--soak SECONDS`` (off by default; the issue's figure is ``--soak 600``): the LLM-path load
   repeated for that long, the server's resident memory sampled every 10 s.

    python evals/bench_serve.py                  # about a minute
    python evals/bench_serve.py --soak 600       # plus a 10-minute memory soak
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx2

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.openai_server import OpenAIServer, reply_tool, slow  # noqa: E402
from tests.serve_process import ServeProcess  # noqa: E402

SEED = (REPO / "evals/seed/iranwire-2020-10-21-airstrikes-albukamal.txt").read_text("utf-8")
DRAFT = json.loads((REPO / "tests/data/seed_draft.json").read_text("utf-8"))
#: No run of this script may go on longer than this, whatever the arguments.
HARD_LIMIT_SECONDS = 1800
_NOT_SENT = "not sent (deadline)"


async def drive(url: str, requests: int, clients: int, tag: str,
                deadline: float) -> dict[str, Any]:
    """``requests`` POSTs from ``clients`` concurrent connections; every outcome counted."""
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
                body = {"text": f"{SEED}\n[{tag} {i}]", "published": "2020-10-21"}
                started = time.perf_counter()
                try:
                    response = await client.post("/v1/extract", json=body)
                    key = str(response.status_code)
                except httpx2.HTTPError as exc:
                    key = type(exc).__name__
                latencies.append(time.perf_counter() - started)
                statuses[key] = statuses.get(key, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": requests, "statuses": statuses,
        "lost": requests - sum(statuses.values()),
        "failed": sum(n for k, n in statuses.items() if k not in ("200", _NOT_SENT)),
        "not_sent": statuses.get(_NOT_SENT, 0),
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "seconds": elapsed, "per_second": len(latencies) / elapsed,
    }


async def drive_probed(url: str, requests: int, clients: int, tag: str,
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
        result = await drive(url, requests, clients, tag, deadline)
    finally:
        done.set()
        await prober
    return result, sorted(health)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start(args: list[str], env: dict[str, str], log: Path) -> ServeProcess:
    process = ServeProcess(["--rate", "0", "--no-cache", *args], env, log)
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
    parser.add_argument("--soak", type=float, default=0.0, help="seconds of soak (0: none)")
    args = parser.parse_args()
    deadline = time.monotonic() + min(HARD_LIMIT_SECONDS, 300 + args.soak)
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="bench-serve-"))

    with OpenAIServer(default=slow(args.latency, reply_tool(DRAFT))) as upstream:
        env = {"OPENAI_BASE_URL": upstream.base_url, "OPENAI_API_KEY": "sk-bench",
               "LLMEXTRACT_MODEL": "bench-model"}
        for workers in sorted({1, cores}):
            server = start(["--workers", str(workers), "--concurrency", str(args.clients),
                            "--queue", str(args.clients)], env, work / f"llm-{workers}.log")
            try:
                llm_path(server, args, workers, deadline)
                if args.soak > 0 and workers == 1:
                    soak(server, args, deadline)
            finally:
                server.stop()

    rules_env = {"LLMEXTRACT_BACKEND": "rules"}
    for workers in sorted({1, cores}):
        server = start(["--workers", str(workers), "--concurrency", "64", "--queue", "64"],
                       rules_env, work / f"rules-{workers}.log")
        try:
            asyncio.run(drive(server.url, 50, 8, "warm-up", deadline))
            own_before = time.process_time()
            result, health = asyncio.run(drive_probed(server.url, args.requests, args.clients,
                                                      f"rules {workers}", deadline))
            own_cpu = time.process_time() - own_before
        finally:
            server.stop()
        print(f"rules backend, {workers} worker(s) on {cores} cores: "
              f"{result['per_second']:.0f} requests/s, p50 {result['p50_ms']:.0f} ms, "
              f"p99 {result['p99_ms']:.0f} ms, failed {result['failed']}, "
              f"lost {result['lost']} (load generator CPU {1000 * own_cpu / args.requests:.1f} "
              "ms/request)")
        if health:
            print(f"  GET /healthz during that load ({len(health)} probes): p50 "
                  f"{1000 * statistics.median(health):.1f} ms, p99 "
                  f"{1000 * health[min(len(health) - 1, int(0.99 * len(health)))]:.1f} ms, "
                  f"max {1000 * health[-1]:.1f} ms")
    return 0


def llm_path(server: ServeProcess, args: argparse.Namespace, workers: int,
             deadline: float) -> None:
    asyncio.run(drive(server.url, 50, 8, "warm-up", deadline))
    cpu_before, own_before = cpu_seconds(server.proc.pid), time.process_time()
    result = asyncio.run(drive(server.url, args.requests, args.clients, f"llm {workers}",
                               deadline))
    server_cpu = cpu_seconds(server.proc.pid) - cpu_before
    own_cpu = time.process_time() - own_before
    ideal = args.clients / args.latency
    print(f"LLM path, {workers} worker(s), fake endpoint at {args.latency * 1000:.0f} ms, "
          f"{args.requests} requests from {args.clients} clients:")
    print(f"  statuses {result['statuses']}, lost {result['lost']}, failed {result['failed']}")
    print(f"  p50 {result['p50_ms']:.0f} ms, p99 {result['p99_ms']:.0f} ms, "
          f"{result['per_second']:.0f} requests/s = {result['per_second'] / ideal:.2f} "
          f"of the ideal {ideal:.0f}/s ({result['seconds']:.1f} s)")
    if workers == 1:  # with more, the CPU is in the children
        print(f"  CPU per request: server {1000 * server_cpu / args.requests:.1f} ms, "
              f"load generator + fake endpoint {1000 * own_cpu / args.requests:.1f} ms "
              f"(one core serves at most {args.requests / max(server_cpu, 1e-9):.0f} "
              "requests/s)")


def soak(server: ServeProcess, args: argparse.Namespace, deadline: float) -> None:
    ends = min(deadline, time.monotonic() + args.soak)
    samples: list[tuple[float, float]] = []
    failed = total = 0
    begun = time.monotonic()
    round_no = 0
    while time.monotonic() < ends:
        round_no += 1
        result = asyncio.run(drive(server.url, min(args.requests, 500), args.clients,
                                   f"soak {round_no}", ends))
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
