"""The connection pool under corpus runs and the service: HTTP/1.1 through aiohttp, behind
httpx2's transport interface.

Why not httpx2's own pool: at 64 requests in flight the client's one event loop is what limits
a corpus run, and httpx2's pool (httpcore2 over h11, both pure Python) spends about 0.7 ms of
CPU per request before the SDK sees the answer; aiohttp parses HTTP in C and spends about 0.4
(a bare loop against the fake endpoint, ``evals/bench_corpus.py``). The openai SDK offers the
same swap (``openai.DefaultAioHttpClient``); it is not used as it is because our layers (the
whole-request deadline and answer checks of ``_transport.AsyncDeadlineTransport``, request
slots and pacing) sit between the httpx2 client and the pool.

Everything above the pool is unchanged: the request the SDK builds, redirects and decoding
(httpx2's client), and the errors, which are httpx2's (the SDK and our retry rules read those).
``extract()`` keeps httpx2's pool: one request at a time gains nothing, and its sync client
needs a sync pool.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx2

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpPool"]

#: As httpx2's pool: an idle connection is closed after 5 s (servers drop idle ones too).
_KEEPALIVE = 5.0


def _mapped(exc: BaseException, request: httpx2.Request) -> httpx2.TransportError | None:
    """aiohttp's error as the httpx2 error its own pool raises for the same fault (None: not a
    transport fault, raised as it is). Most specific class first."""
    import aiohttp

    message = str(exc) or type(exc).__name__
    kinds: tuple[tuple[type[BaseException], type[httpx2.TransportError]], ...] = (
        (aiohttp.ConnectionTimeoutError, httpx2.ConnectTimeout),
        (aiohttp.ServerTimeoutError, httpx2.ReadTimeout),  # SocketTimeoutError too
        (aiohttp.ClientProxyConnectionError, httpx2.ProxyError),
        (aiohttp.ClientConnectorError, httpx2.ConnectError),
        (aiohttp.ServerDisconnectedError, httpx2.RemoteProtocolError),
        (aiohttp.ClientPayloadError, httpx2.RemoteProtocolError),
        (aiohttp.ClientResponseError, httpx2.RemoteProtocolError),  # a malformed answer
        (aiohttp.InvalidURL, httpx2.UnsupportedProtocol),
        (aiohttp.ClientOSError, httpx2.ReadError),  # reset by peer, broken pipe
        (aiohttp.ClientError, httpx2.TransportError),
    )
    for kind, error in kinds:
        if isinstance(exc, kind):
            return error(message, request=request)
    return None


class _Body(httpx2.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx2.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(1 << 16):
                yield chunk
        except Exception as exc:
            error = _mapped(exc, self._request)
            if error is None:
                raise
            raise error from exc

    async def aclose(self) -> None:
        # A body read to the end has already given its connection back; one cut short (a
        # deadline, an error) closes it, so no half-read answer is left on a pooled socket.
        self._response.release()


class AiohttpPool(httpx2.AsyncBaseTransport):
    """At most ``connections`` open connections, kept alive between requests. The aiohttp
    session is made at the first request, on the event loop that sends it (a session belongs
    to one loop), and closed by ``aclose``."""

    def __init__(self, connections: int, *, proxy: str | None = None) -> None:
        self._connections = connections
        self._ssl: ssl.SSLContext | None = None
        self._session: aiohttp.ClientSession | None = None
        # Every request through ``proxy`` (``_proxy.proxy_for``); aiohttp sends the URL's
        # credentials, if any, as Proxy-Authorization.
        self._proxy = proxy

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            import aiohttp

            if self._ssl is None:  # the CA bundle httpx2's pool uses (SSL_CERT_FILE honoured)
                self._ssl = httpx2.create_ssl_context()
            connector = aiohttp.TCPConnector(limit=self._connections, limit_per_host=0,
                                             keepalive_timeout=_KEEPALIVE, ssl=self._ssl)
            # trust_env off: the proxy is looked up once (the caller's ``proxy``); aiohttp's own
            # look-up runs at every request and cost about as much CPU as the rest of the pool.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=False,
                                                  auto_decompress=False)
        return self._session

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        import aiohttp

        session = self._open()
        timeout: dict[str, Any] = request.extensions.get("timeout", {})
        try:
            data: Any = request.content or None
        except httpx2.RequestNotRead:  # a streamed body: aiohttp sends it chunked
            data = request.stream
            request.headers.pop("transfer-encoding", None)
        try:
            response = await session.request(
                request.method, str(request.url), headers=request.headers.multi_items(), data=data,
                allow_redirects=False,  # httpx2's client follows them, as with its own pool
                auto_decompress=False,  # and decodes the body from its headers
                timeout=aiohttp.ClientTimeout(total=None, connect=timeout.get("pool"),
                                              sock_connect=timeout.get("connect"),
                                              sock_read=timeout.get("read")),
                server_hostname=request.extensions.get("sni_hostname"),
                proxy=self._proxy)
        except Exception as exc:
            error = _mapped(exc, request)
            if error is None:
                raise
            raise error from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx2.Response(response.status, headers=list(response.raw_headers),
                               stream=_Body(response, request), request=request,
                               extensions=extensions)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
