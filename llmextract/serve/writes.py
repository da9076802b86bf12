"""A response's head and body leave a worker in one write to the socket, not two.

uvicorn writes the status line and headers when the app sends ``http.response.start`` and the
body when it sends ``http.response.body``: two ``send`` calls, and with ``TCP_NODELAY`` two
packets, so the client is woken for a head it cannot use yet and again for the body. Under
``evals/bench_serve.py``'s load, with requests spread out over time, the two writes were about a
sixth of a worker's samples (py-spy, ad hoc). Holding the head until the body is written, one
worker went from 0.79-0.83 to 0.89-0.90 of ``clients / latency`` (two runs of an ad-hoc A/B of
the same code with and without this; the repo's figures are those of ``bench_serve``).

Only a response head is held (bytes that start with ``HTTP/1.`` and end with a blank line), and
only until the next write or the end of the event loop's pass, whichever comes first: a
streamed answer (``/v1/extract/batch``) sends its head at once and every chunk as it comes.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast


class HeadWithBody(asyncio.Transport):
    """A connection's transport that holds a response head for the body that follows."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            self._transport.write(held + bytes(data))
        elif data[:7] == b"HTTP/1." and data[-4:] == b"\r\n\r\n":
            self._held = bytes(data)
            self._loop.call_soon(self._flush)
        else:
            self._transport.write(data)

    def _flush(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            if not self._transport.is_closing():
                self._transport.write(held)

    def writelines(self, list_of_data: Any) -> None:
        self._flush()
        self._transport.writelines(list_of_data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def write_eof(self) -> None:
        self._flush()
        self._transport.write_eof()

    def abort(self) -> None:
        self._held = None
        self._transport.abort()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + len(self._held or b"")

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)


def protocol(http: str) -> type[asyncio.Protocol]:
    """uvicorn's protocol class for ``http`` ("httptools" or "h11"), writing each response head
    with its body (imported here: httptools may not be installed)."""
    if http == "httptools":
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        class HttpTools(HttpToolsProtocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                super().connection_made(
                    HeadWithBody(cast(asyncio.Transport, transport), self.loop))

        return HttpTools
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class H11(H11Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(HeadWithBody(cast(asyncio.Transport, transport), self.loop))

    return H11
