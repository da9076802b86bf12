"""``/readyz``: can the configured backend answer right now?

For an OpenAI-compatible endpoint that is a ``GET {base_url}/models`` with the configured key
(cheap, unbilled, and it checks address, TLS and key in one call); an offline backend is always
ready. The answer is remembered for a few seconds so that probes every second do not become a
load on the model endpoint.
"""

from __future__ import annotations

import time
from typing import Any

import httpx2

from llmextract.backends.base import Backend

_REMEMBER_SECONDS = 5.0
_PROBE_TIMEOUT = 5.0


class Readiness:
    def __init__(self, backends: list[Backend]) -> None:
        self.backends = backends
        self._checked_at = -_REMEMBER_SECONDS
        self._problem: str | None = None
        self.shutting_down = False

    async def problem(self) -> str | None:
        """None when ready, else one line saying what is wrong (for the log, not the client)."""
        if self.shutting_down:
            return "shutting down"
        now = time.monotonic()
        if now - self._checked_at < _REMEMBER_SECONDS:
            return self._problem
        problems = [p for p in [await _probe(b) for b in self.backends] if p]
        self._problem = "; ".join(problems) or None
        self._checked_at = time.monotonic()
        return self._problem


async def _probe(backend: Backend) -> str | None:
    settings: Any = getattr(backend, "settings", None)
    base_url = getattr(settings, "base_url", None) if settings is not None else None
    if settings is None or backend.endpoint_host() is None:
        return None  # offline backend
    url = (base_url or "https://api.openai.com/v1").rstrip("/") + "/models"
    headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
    host = backend.endpoint_host()
    try:
        async with httpx2.AsyncClient(timeout=_PROBE_TIMEOUT) as client:
            response = await client.get(url, headers=headers)
    except httpx2.HTTPError as exc:
        return f"{backend.name}: cannot reach {host} ({type(exc).__name__})"
    if response.status_code in (401, 403):
        return f"{backend.name}: {host} rejected the API key (HTTP {response.status_code})"
    if response.status_code >= 500:
        return f"{backend.name}: {host} answered HTTP {response.status_code}"
    return None  # 2xx, or a 404 from servers without /models: the endpoint is up
