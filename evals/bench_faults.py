"""Wall-clock bounds under endpoint faults, against a scripted local server (run by hand).

    python evals/bench_faults.py               # scaled: timeout 2 s, deadline 5 s (1/60 of 120/300)
    python evals/bench_faults.py --timeout 120 --deadline 300 --articles 3   # the real defaults

Each scenario prints its wall time, the HTTP requests the server received and how the batch
ended. The retry rules are in the README ("Retry rules"); the pass/fail checks of each rule are
in tests/test_transport_faults.py, not here.
"""

from __future__ import annotations

import argparse
import socket
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from llmextract import (  # noqa: E402
    BackendError,
    EndpointDownError,
    OpenAIBackend,
    OpenAISettings,
    extract,
)
from tests.openai_server import OpenAIServer, drip, error, hang, reply_tool  # noqa: E402

SEED = (REPO / "evals" / "seed" / "iranwire-2020-10-21-airstrikes-albukamal.txt").read_text(
    encoding="utf-8")


def backend(url: str, args: argparse.Namespace) -> OpenAIBackend:
    return OpenAIBackend(OpenAISettings(model="m", base_url=url, api_key="k",
                                        timeout=args.timeout, deadline=args.deadline))


def batch(url: str, articles: int, args: argparse.Namespace) -> tuple[float, str]:
    """Articles one after another, as ``llmextract extract a b c`` runs them."""
    chosen = backend(url, args)
    outcomes: dict[str, int] = {}
    started = time.monotonic()
    for i in range(articles):
        try:
            extract(SEED + " " * i, backend=chosen, cache=False)
            kind = "ok"
        except EndpointDownError:
            kind = "stopped"
        except BackendError:
            kind = "failed"
        outcomes[kind] = outcomes.get(kind, 0) + 1
    return time.monotonic() - started, ", ".join(f"{v} {k}" for k, v in outcomes.items())


def scenario(name: str, step: Any, articles: int, args: argparse.Namespace) -> None:
    with OpenAIServer(default=step) as server:
        seconds, outcome = batch(server.base_url, articles, args)
        requests = len(server.chat_requests)
    print(f"| {name} | {articles} | {seconds:.1f} s | {requests} | {outcome} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--deadline", type=float, default=5.0)
    parser.add_argument("--articles", type=int, default=20, help="batch size of the batches")
    args = parser.parse_args()
    print(f"timeout {args.timeout:g} s per request, deadline {args.deadline:g} s per article\n")
    print("| scenario | articles | wall time | requests | outcome |")
    print("|---|---|---|---|---|")
    scenario("server never answers", hang(), 1, args)
    scenario("body drips 1 byte / 0.5 s", drip(0.5, reply_tool({"events": [], "claims": []})),
             1, args)
    scenario("batch, server never answers", hang(), args.articles, args)
    scenario("batch, every request HTTP 503", error(503), args.articles, args)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    seconds, outcome = batch(f"http://127.0.0.1:{closed}/v1", args.articles, args)
    print(f"| batch, connection refused | {args.articles} | {seconds:.1f} s | - | {outcome} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
