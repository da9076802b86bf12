"""``--workers 2``: both workers take connections, a port already served is refused, and SIGTERM
stops them all with exit status 0."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx2
import pytest

from tests.serve_process import ServeProcess

pytestmark = pytest.mark.serve
ISAF = ("KABUL, Afghanistan (March 3, 2011) - An International Security Assistance Force air "
        "weapons team killed two insurgents in Helmand province yesterday.")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


async def _load(url: str, connections: int, requests: int) -> list[int]:
    limits = httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)
    numbers = iter(range(requests))
    statuses: list[int] = []
    async with httpx2.AsyncClient(base_url=url, limits=limits, trust_env=False,
                                  timeout=60) as client:

        async def one_client() -> None:
            for i in numbers:
                response = await client.post("/v1/extract", json={"text": f"{ISAF} [{i}]"})
                statuses.append(response.status_code)

        await asyncio.gather(*(one_client() for _ in range(connections)))
    return statuses


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_two_workers_share_new_connections_and_stop_on_sigterm(tmp_path: Path) -> None:
    server = ServeProcess(["--workers", "2", "--rate", "0", "--no-cache"],
                          {"LLMEXTRACT_BACKEND": "rules"}, tmp_path / "serve.log")
    try:
        server.wait_ready()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and sum(
                line.get("message") == "Application startup complete."
                for line in server.log_lines()) < 2:
            time.sleep(0.05)
        workers = _children(server.proc.pid)
        assert len(workers) == 2
        before = {pid: _cpu_ticks(pid) for pid in workers}
        statuses = asyncio.run(_load(server.url, connections=32, requests=128))
        assert statuses == [200] * 128
        spent = {pid: _cpu_ticks(pid) - before[pid] for pid in workers}
        # 32 keep-alive connections opened at once: on one shared socket, one worker took
        # nearly all of them; on a socket each, the kernel spreads them.
        assert min(spent.values()) > 0.2 * sum(spent.values()), spent

        other = ServeProcess(["--workers", "2", "--port", str(server.port)],
                             {"LLMEXTRACT_BACKEND": "rules"}, tmp_path / "other.log")
        assert other.proc.wait(30) == 2
        assert "cannot listen" in other.log_text() and "in use" in other.log_text()
        other.stop()
    finally:
        code = server.stop()
    assert code == 0
