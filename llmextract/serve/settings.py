"""What an operator configures, checked before a socket is opened.

The rules that keep a service from being open to the world by accident live here, away from
the HTTP code, so they can be tested without a server: a non-loopback bind needs tokens, tokens
must be long enough to resist guessing, and every limit must be positive.
"""

from __future__ import annotations

import ipaddress
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from llmextract.errors import ConfigurationError

TOKENS_ENV = "LLMEXTRACT_SERVE_TOKENS"
#: uvicorn's HTTP/1.1 parsers and event loops; "auto" takes the first one installed.
HTTP_PARSERS = ("auto", "httptools", "h11")
EVENT_LOOPS = ("auto", "uvloop", "asyncio")
#: Shorter tokens can be guessed online at the request rates this service allows.
MIN_TOKEN_LENGTH = 16


@dataclass(frozen=True)
class ServeSettings:
    """Every knob of ``llmextract serve``. Secrets (``tokens``) are kept out of ``repr``."""

    host: str = "127.0.0.1"
    port: int = 8000
    tokens: tuple[str, ...] = field(default=(), repr=False)
    #: Largest request body accepted, in bytes (413 above it).
    body_limit: int = 1_000_000
    #: Articles in one batch request.
    max_batch: int = 100
    #: Requests at the model endpoint at once, across all requests (a backend that sends none,
    #: rules: extractions running at once).
    concurrency: int = 16
    #: Articles admitted beyond ``concurrency``; past it requests get 429 and Retry-After.
    queue: int = 64
    #: Articles of one batch running at once.
    batch_parallel: int = 4
    #: Seconds one article may take, queue wait included (504 past it).
    timeout: float = 120.0
    #: Seconds a client may take to send its body (408 past it): a slow sender holds a
    #: connection, never an extraction place.
    body_timeout: float = 30.0
    #: Requests per second per client on /v1/ (token bucket); 0 turns the limit off.
    rate: float = 10.0
    burst: int = 20
    cors_origins: tuple[str, ...] = ()
    #: Backends clients may name; the first is the default. Empty: the one
    #: ``resolve_backend()`` picks from the environment.
    backends: tuple[str, ...] = ()
    #: Models clients may name. Empty: only the configured one (LLMEXTRACT_MODEL).
    models: tuple[str, ...] = ()
    #: Prompt refs (id@version) clients may name. Empty: every prompt in the registry.
    prompts: tuple[str, ...] = ()
    cache: bool = True
    #: Client addresses whose X-Forwarded-For is trusted (a reverse proxy); None: none.
    forwarded_allow_ips: str | None = None
    log_level: str = "info"
    #: HTTP/1.1 parser (``HTTP_PARSERS``) and event loop (``EVENT_LOOPS``) of each worker.
    http: str = "auto"
    loop: str = "auto"

    def check(self) -> None:
        """Refuse settings that would expose the service or cannot work."""
        if not self.tokens and not is_loopback(self.host):
            raise ConfigurationError(
                f"refusing to listen on {self.host} without authentication: set "
                f"{TOKENS_ENV} (comma-separated) or --tokens-file, or bind to 127.0.0.1"
            )
        for token in self.tokens:
            if len(token) < MIN_TOKEN_LENGTH or any(c.isspace() for c in token):
                raise ConfigurationError(
                    f"every token must be at least {MIN_TOKEN_LENGTH} characters without "
                    "spaces (e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')"
                )
        positive = {
            "--body-limit": self.body_limit, "--max-batch": self.max_batch,
            "--concurrency": self.concurrency, "--batch-parallel": self.batch_parallel,
            "--timeout": self.timeout, "--body-timeout": self.body_timeout,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ConfigurationError(f"{name} must be positive, not {value}")
        if self.queue < 0 or self.rate < 0:
            raise ConfigurationError("--queue and --rate must not be negative")
        if self.rate > 0 and self.burst < 1:
            raise ConfigurationError("--burst must be at least 1 when --rate is set")
        if self.http not in HTTP_PARSERS:
            raise ConfigurationError(f"--http must be one of {', '.join(HTTP_PARSERS)}, "
                                     f"not {self.http!r}")
        if self.loop not in EVENT_LOOPS:
            raise ConfigurationError(f"--loop must be one of {', '.join(EVENT_LOOPS)}, "
                                     f"not {self.loop!r}")
        if not 0 <= self.port <= 65535:
            raise ConfigurationError(f"--port must be 0..65535, not {self.port}")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def load_tokens(tokens_file: Path | None = None, env: str | None = None) -> tuple[str, ...]:
    """Tokens from ``LLMEXTRACT_SERVE_TOKENS`` (comma-separated) and a file (one per line,
    ``#`` comments). A file others can read is refused: it holds credentials."""
    raw = os.environ.get(TOKENS_ENV, "") if env is None else env
    tokens = [t.strip() for t in raw.split(",") if t.strip()]
    if tokens_file is not None:
        try:
            mode = tokens_file.stat().st_mode
            text = tokens_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigurationError(f"{tokens_file}: cannot read the tokens file "
                                     f"({exc.strerror or exc})") from None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigurationError(
                f"{tokens_file}: the tokens file is readable by other users; chmod 600 it"
            )
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                tokens.append(line)
    return tuple(dict.fromkeys(tokens))


def split_list(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())
