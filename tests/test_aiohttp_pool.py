"""The aiohttp pool under corpus runs and the service (``backends/_aiohttp_pool.py``): the same
answers and the same httpx2 errors as httpx2's own pool, connections bounded and reused, a body
cut short never left on a pooled connection. Each test scripts a raw HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx2
import pytest

from llmextract.backends._aiohttp_pool import AiohttpPool

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> tuple[str, bytes]:
    """The request line and body of one HTTP/1.1 request (Content-Length bodies)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return lines[0], await reader.readexactly(length)


def answer(status: str, body: bytes, *headers: str) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return (f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{extra}"
            f"content-length: {len(body)}\r\n\r\n").encode() + body


class Scripted:
    """A server on a free port that hands each connection to ``handler``; counts connections."""

    def __init__(self, handler: Handler, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.tls = tls
        self.connections = 0
        self.open = 0
        self.most_open = 0
        self.server: asyncio.Server | None = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.open += 1
        self.most_open = max(self.most_open, self.open)
        try:
            await self.handler(reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.open -= 1
            writer.close()

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        port = self.server.sockets[0].getsockname()[1]
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{port}"

    async def __aexit__(self, *_: object) -> None:
        assert self.server is not None
        self.server.close()


def client(pool: AiohttpPool, **kwargs: object) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=pool, follow_redirects=True, **kwargs)  # type: ignore[arg-type]


async def keep_answering(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Keep-alive: every request on the connection answered with its own line and body."""
    while True:
        line, body = await read_request(reader)
        await asyncio.sleep(0.05)
        writer.write(answer("200 OK", b'{"line": "%s", "body": "%s"}' % (
            line.encode(), body), "x-multi: a", "x-multi: b"))
        await writer.drain()


def test_answers_match_what_httpx2s_pool_returns() -> None:
    async def run() -> None:
        async with Scripted(keep_answering) as url:
            results = []
            for pool in (httpx2.AsyncHTTPTransport(), AiohttpPool(4)):
                async with httpx2.AsyncClient(transport=pool) as http:
                    reply = await http.post(url + "/v1/chat/completions?x=1", content=b"hello",
                                            headers={"content-type": "application/json"})
                    results.append((reply.status_code, reply.json(),
                                    reply.headers.get_list("x-multi"), reply.reason_phrase))
            assert results[0] == results[1]
            assert results[1] == (200, {"line": "POST /v1/chat/completions?x=1 HTTP/1.1",
                                        "body": "hello"}, ["a", "b"], "OK")

    asyncio.run(run())


def test_redirects_are_followed_by_the_client_and_errors_are_answers() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            line, _ = await read_request(reader)
            if " /old " in line:
                writer.write(answer("307 Temporary Redirect", b"", "location: /new"))
            else:
                writer.write(answer("503 Service Unavailable", b'{"error": "busy"}',
                                    "retry-after: 7"))
            await writer.drain()

    async def run() -> None:
        async with Scripted(handler) as url, client(AiohttpPool(2)) as http:
            reply = await http.post(url + "/old", content=b"{}")
            assert reply.status_code == 503
            assert reply.url.path == "/new" and reply.headers["retry-after"] == "7"
            assert reply.json() == {"error": "busy"}

    asyncio.run(run())


def test_connections_are_bounded_and_kept_alive() -> None:
    server = Scripted(keep_answering)

    async def run() -> None:
        async with server as url, client(AiohttpPool(3)) as http:
            replies = await asyncio.gather(*(http.post(url + f"/r{n}", content=b"x")
                                             for n in range(12)))
            assert [r.json()["line"].split()[1] for r in replies] == [f"/r{n}" for n in range(12)]

    asyncio.run(run())
    assert server.most_open == 3  # at most the pool's size at once
    assert server.connections == 3  # and reused, not reopened per request


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_refused_connection_is_httpx2s_connect_error() -> None:
    async def run() -> None:
        async with client(AiohttpPool(1)) as http:
            await http.post(f"http://127.0.0.1:{free_port()}/v1", content=b"x")

    with pytest.raises(httpx2.ConnectError):
        asyncio.run(run())


@pytest.mark.parametrize("reply", [
    b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"cut\":",  # body cut short
    b"",  # closed before any answer
    b"NOT HTTP AT ALL\r\n\r\n",  # a malformed status line
])
def test_broken_answers_are_httpx2s_protocol_errors(reply: bytes) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(reply)
        await writer.drain()

    async def run() -> None:
        async with Scripted(handler) as url, client(AiohttpPool(1)) as http:
            await http.post(url + "/v1", content=b"x")

    with pytest.raises(httpx2.RemoteProtocolError):
        asyncio.run(run())


def test_a_silent_server_is_httpx2s_read_timeout() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(5)

    async def run() -> None:
        async with Scripted(handler) as url, client(AiohttpPool(1),
                                                     timeout=httpx2.Timeout(0.3)) as http:
            await http.post(url + "/v1", content=b"x")

    with pytest.raises(httpx2.ReadTimeout):
        asyncio.run(run())


def test_an_answer_cut_short_by_the_caller_leaves_no_half_read_connection() -> None:
    """The first answer's body comes slowly and the caller gives up (a deadline); the next
    request on a one-connection pool must get its own answer, not the rest of the first."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            line, _ = await read_request(reader)
            body = b'{"for": "%s"}' % line.split()[1].encode()
            if "/slow" in line:
                writer.write(answer("200 OK", body)[:-5])
                await writer.drain()
                await asyncio.sleep(0.5)
                writer.write(body[-5:])
            else:
                writer.write(answer("200 OK", body))
            await writer.drain()

    server = Scripted(handler)

    async def run() -> None:
        async with server as url, client(AiohttpPool(1)) as http:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(http.post(url + "/slow", content=b"x"), 0.2)
            reply = await http.post(url + "/next", content=b"x")
            assert reply.json() == {"for": "/next"}

    asyncio.run(run())
    assert server.connections == 2  # the cut connection was closed, not reused


def test_close_closes_the_session_and_its_connections() -> None:
    server = Scripted(keep_answering)

    async def run() -> None:
        async with server as url:
            pool = AiohttpPool(2)
            async with client(pool) as http:
                await http.post(url + "/v1", content=b"x")
                assert server.open == 1
            await asyncio.sleep(0.1)
            assert server.open == 0

    asyncio.run(run())


@pytest.fixture
def tls(tmp_path: Path) -> tuple[Path, ssl.SSLContext]:
    """A CA of the test's own (its certificate file) and a server context for 127.0.0.1
    signed by it, made with the openssl command line."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=tmp_path, check=True, capture_output=True)

    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=llmextract test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (tmp_path / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "authorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    return tmp_path / "ca.pem", context


def test_https_is_verified_against_the_ca_bundle_httpx2_would_use(
        tls: tuple[Path, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool's TLS context is httpx2's: SSL_CERT_FILE names the CA bundle, and an answer
    from a server it does not vouch for is refused (the model endpoint's key rides on it)."""
    ca, context = tls

    async def run() -> list[object]:
        outcomes: list[object] = []
        async with Scripted(keep_answering, context) as url:
            for trusted in (True, False):
                if trusted:
                    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
                else:
                    monkeypatch.delenv("SSL_CERT_FILE")
                for pool in (AiohttpPool(1), httpx2.AsyncHTTPTransport()):
                    async with httpx2.AsyncClient(transport=pool) as http:
                        try:
                            reply = await http.post(url + "/v1/chat/completions", content=b"x")
                            outcomes.append(reply.json()["body"])
                        except httpx2.ConnectError as exc:
                            outcomes.append(type(exc).__name__)
        return outcomes

    assert asyncio.run(run()) == ["x", "x", "ConnectError", "ConnectError"]
