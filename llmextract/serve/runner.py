"""``run(settings)``: bind, serve with uvicorn, and stop gracefully.

On SIGTERM or SIGINT the server stops accepting connections, answers every request already
received (batches included), then returns, so the process exits 0. uvicorn's own handler would
re-raise the signal after the graceful shutdown (exit status -15), which orchestrators report as
a crash; a second signal still forces an immediate stop. Shutdown is bounded by the request
timeout plus a margin, so a stuck upstream cannot keep the process alive forever.

``workers > 1`` forks that many processes after the app is built and the port bound, each with
its own queue, rate limits and metrics (scrape and size limits per worker). Where the system has
``SO_REUSEPORT`` (Linux), each worker listens on a socket of its own on that port and the kernel
spreads new connections over them evenly. On one shared socket the busiest worker kept winning
the accepts: of 64 keep-alive connections opened at once, one of two workers took 96% of the
work (``evals/bench_serve.py``), so a second worker added next to nothing. The parent keeps the
port bound (not listening) until its workers exit, so no other program can take it meanwhile.

Each worker runs uvicorn's compiled HTTP parser and event loop (httptools, uvloop; the serve
extra installs both) unless told otherwise or they are missing (``stack``): the pure-Python
h11 parser cost a third more CPU per ``GET /healthz`` (0.20 against 0.13 to 0.14 ms), and
uvloop kept the loop answering while the rules ran (healthz p99 118 -> 22 ms under load;
``evals/bench_serve.py --stacks``).
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import math
import os
import signal
import socket
from collections.abc import Generator
from types import FrameType

import uvicorn
from starlette.applications import Starlette

from llmextract.errors import ConfigurationError
from llmextract.serve.app import create_app
from llmextract.serve.logs import Redactor, configure_logging
from llmextract.serve.settings import ServeSettings

log = logging.getLogger("llmextract.serve")
_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, app: Starlette) -> None:
        super().__init__(config)
        self._app = app

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        previous = {sig: signal.signal(sig, self._on_signal) for sig in _SIGNALS}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _on_signal(self, sig: int, frame: FrameType | None) -> None:
        if self.should_exit:
            self.force_exit = True
            return
        self.should_exit = True
        service = self._app.state.service
        service.readiness.shutting_down = True
        log.info("shutting down: finishing the requests in flight",
                 extra={"signal": signal.Signals(sig).name,
                        "admitted": service.queue.admitted})


def run(settings: ServeSettings, workers: int = 1) -> None:
    """Serve until SIGTERM / SIGINT; raises ``ConfigurationError`` before binding on bad
    settings."""
    if workers < 1:
        raise ConfigurationError(f"--workers must be at least 1, not {workers}")
    http, loop = stack(settings)
    redact = Redactor.from_env(settings.tokens)
    configure_logging(redact, settings.log_level)
    app = create_app(settings, redact)
    own_sockets = workers > 1 and hasattr(socket, "SO_REUSEPORT")
    sock = _bind(settings.host, settings.port, reuse_port=own_sockets, listen=not own_sockets)
    host, port = sock.getsockname()[:2]
    log.info("listening", extra={"host": host, "port": port, "workers": workers,
                                 "url": f"http://{_url_host(host)}:{port}", "http": http,
                                 "loop": loop})
    if workers == 1:
        _serve(app, sock, settings, http, loop)
        return
    children: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            code = 0
            try:
                if own_sockets:
                    reserved, sock = sock, _bind(host, port, reuse_port=True)
                    reserved.close()
                _serve(app, sock, settings, http, loop)
            except BaseException:
                log.exception("worker failed")
                code = 1
            finally:
                logging.shutdown()
            os._exit(code)
        children.append(pid)
    if not own_sockets:
        sock.close()

    def forward(sig: int, frame: FrameType | None) -> None:
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, sig)

    for sig in _SIGNALS:
        signal.signal(sig, forward)
    failed = 0
    for child in children:
        _, status = os.waitpid(child, 0)
        failed += os.waitstatus_to_exitcode(status) != 0
    sock.close()
    if failed:
        raise ConfigurationError(f"{failed} of {workers} worker(s) exited with an error; "
                                 "see the log above")


def stack(settings: ServeSettings) -> tuple[str, str]:
    """The HTTP parser and event loop the workers run: ``settings.http`` / ``settings.loop``,
    where "auto" is httptools / uvloop when installed (the serve extra installs both), else
    h11 / asyncio, so a service installed without them still runs, at more CPU per request.
    Raises ``ConfigurationError`` for one named but not installed."""
    http = _installed(settings.http, "httptools", "h11", "--http")
    loop = _installed(settings.loop, "uvloop", "asyncio", "--loop")
    return http, loop


def _installed(choice: str, fast: str, fallback: str, option: str) -> str:
    if choice == fallback:
        return choice
    if importlib.util.find_spec(fast) is not None:
        return fast
    if choice == "auto":
        return fallback
    raise ConfigurationError(f"{option} {choice}: {choice} is not installed; pip install "
                             f"'llmextract[serve]', or use {option} {fallback}")


def _serve(app: Starlette, sock: socket.socket, settings: ServeSettings, http: str,
           loop: str) -> None:
    config = uvicorn.Config(
        app, log_config=None, access_log=False, lifespan="on", http=http, loop=loop,
        server_header=False, proxy_headers=settings.forwarded_allow_ips is not None,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        # A backstop below the work queue: connections beyond it get uvicorn's 503.
        limit_concurrency=4 * (settings.concurrency + settings.queue) + 256,
        timeout_graceful_shutdown=math.ceil(settings.timeout) + 10,
    )
    _Server(config, app).run(sockets=[sock])


def _bind(host: str, port: int, reuse_port: bool = False, listen: bool = True) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        if reuse_port and not listen and port:
            # The parent reserving a port for its workers: another server already on it must
            # still make this fail, even one that allows port sharing too. A bind without
            # SO_REUSEPORT does.
            _bind(host, port, listen=False).close()
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
        if listen:
            sock.listen(2048)
    except OSError as exc:
        raise ConfigurationError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") \
            from None
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
