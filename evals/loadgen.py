"""A minimal HTTP/1.1 load generator for ``evals/bench_serve.py``: keep-alive connections on
asyncio streams, one request at a time each, JSON bodies, ``Content-Length`` answers.

Why not ``httpx2``: a load generator's own work delays the next request of each client, and
so counts against the server measured. 64 clients sending over one ``httpx2.AsyncClient``
cost 0.56-0.65 ms of CPU per request, and a bare ``httpx2`` loop against the fake endpoint
itself reached only 0.90-0.92 of ``clients / latency``, a ceiling no server behind it could pass
(``bench_serve.py`` prints it as the floor). The same yardstick argument as for
``fake_endpoint.py``: the instrument must not be the slow part. This reads no more HTTP than
the service and the fake endpoint answer (a status line, headers, a ``Content-Length`` body);
``bench_serve.py --loadgen httpx2`` keeps the old one to compare with earlier figures.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlsplit


class Connection:
    """One keep-alive connection to ``base_url`` (``http://host:port[/prefix]``), reopened
    after a failure."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.prefix = parts.path.rstrip("/")
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: Any = None,
                      headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """Status and body; ``OSError`` / ``asyncio.IncompleteReadError`` / ``ValueError`` on a
        broken connection or answer (the connection is closed, the next request reopens it)."""
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(
                self.host, self.port, limit=1 << 22)
        assert self._reader is not None
        payload = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {self.prefix}{path} HTTP/1.1", f"host: {self.host}:{self.port}",
                f"content-length: {len(payload)}"]
        if body is not None:
            head.append("content-type: application/json")
        head += [f"{name}: {value}" for name, value in (headers or {}).items()]
        try:
            self._writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + payload)
            lines = (await self._reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            status = int(lines[0].split(" ", 2)[1])
            length = None
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if length is None:
                raise ValueError("answer without Content-Length")
            answer = await self._reader.readexactly(length)
        except BaseException:
            self.close()
            raise
        if close:
            self.close()
        return status, answer

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None


ERRORS = (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError)
