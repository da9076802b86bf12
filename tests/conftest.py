"""Shared fixtures. No test may reach the network: connections to anything but loopback fail."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures_server import openai_server  # noqa: F401  (re-exported fixture)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "seed" / "iranwire-2020-10-21-airstrikes-albukamal.txt"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (
        host.startswith("127.") or host in ("::1", "localhost") or self.family == socket.AF_UNIX
    ):
        raise ConnectionRefusedError(f"tests must not reach the network (tried {host!r})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Every test gets its own cache directory and no endpoint configuration from the host."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLMEXTRACT_MODEL", "LLMEXTRACT_BACKEND",
                 "LLMEXTRACT_MODE", "LLMEXTRACT_PROMPTS_DIR", "OPENAI_ORG_ID",
                 "OPENAI_PROJECT_ID", "LLMEXTRACT_TIMEOUT", "LLMEXTRACT_DEADLINE",
                 "LLMEXTRACT_MAX_TOKENS", "LLMEXTRACT_MAX_ARTICLE_BYTES",
                 # model requests follow the host's proxy settings (tests/test_proxy.py)
                 "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
                 "http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("LLMEXTRACT_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    yield


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
