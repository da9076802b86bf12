"""``llmextract serve``: parse options, build ``ServeSettings``, call ``llmextract.serve.run``.

The service package (Starlette, uvicorn) is imported inside the command, so ``llmextract
--help`` and every other command never load it.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from llmextract.errors import ConfigurationError


def serve_command(
    host: Annotated[str, typer.Option(
        help="Address to listen on. Anything but loopback requires tokens.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one, logged at start).")]
    = 8000,
    tokens_file: Annotated[Path | None, typer.Option(
        help="File of bearer tokens, one per line (chmod 600); adds to "
        "LLMEXTRACT_SERVE_TOKENS (comma-separated).")] = None,
    workers: Annotated[int, typer.Option(help="Processes sharing the socket (e.g. one per "
                                         "core); limits and metrics are per process.")] = 1,
    concurrency: Annotated[int, typer.Option(help="Requests at the model endpoint at once "
                                             "(rules: extractions running at once).")] = 16,
    queue: Annotated[int, typer.Option(help="Articles admitted beyond --concurrency; past "
                                       "it: 429 with Retry-After.")] = 64,
    timeout: Annotated[float, typer.Option(help="Seconds per article, queue wait included "
                                           "(504 past it).")] = 120.0,
    body_limit: Annotated[int, typer.Option(help="Largest request body in bytes (413).")]
    = 1_000_000,
    body_timeout: Annotated[float, typer.Option(help="Seconds to receive a body (408).")]
    = 30.0,
    max_batch: Annotated[int, typer.Option(help="Articles per batch request.")] = 100,
    batch_parallel: Annotated[int, typer.Option(help="Articles of one batch running at "
                                                "once.")] = 4,
    rate: Annotated[float, typer.Option(help="Requests per second per client on /v1/ "
                                        "(0: no limit).")] = 10.0,
    burst: Annotated[int, typer.Option(help="Requests a client may send at once.")] = 20,
    cors_origin: Annotated[list[str] | None, typer.Option(
        help="Allow browser calls from this origin (repeatable). CORS is off without it.")]
    = None,
    backends: Annotated[str | None, typer.Option(
        help="Backends clients may choose, comma-separated; the first is the default. "
        "Default: the one the environment selects.")] = None,
    models: Annotated[str | None, typer.Option(
        help="Models clients may choose, comma-separated. Default: LLMEXTRACT_MODEL.")] = None,
    prompts: Annotated[str | None, typer.Option(
        help="Prompts (ID@VERSION) clients may choose, comma-separated. Default: all.")]
    = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the "
                                           "result cache.")] = False,
    forwarded_allow_ips: Annotated[str | None, typer.Option(
        help="Trust X-Forwarded-For from these proxy addresses (comma-separated).")] = None,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
    http: Annotated[str, typer.Option(help="HTTP/1.1 parser: auto (httptools if installed, "
                                      "else h11), httptools or h11.")] = "auto",
    loop: Annotated[str, typer.Option(help="Event loop: auto (uvloop if installed, else "
                                      "asyncio), uvloop or asyncio.")] = "auto",
) -> None:
    """Serve extraction over HTTP: POST /v1/extract, /v1/extract/batch; GET /v1/prompts,
    /v1/schema, /healthz, /readyz, /metrics, /openapi.json. JSON access logs on stderr."""
    try:
        from llmextract.serve import ServeSettings, load_tokens, run
    except ImportError as exc:
        raise ConfigurationError(
            f"the service needs the serve extra ({exc.name} is missing): "
            "pip install 'llmextract[serve]'") from None
    from llmextract.serve.settings import split_list

    settings = ServeSettings(
        host=host, port=port, tokens=load_tokens(tokens_file), body_limit=body_limit,
        body_timeout=body_timeout, max_batch=max_batch, concurrency=concurrency, queue=queue,
        batch_parallel=batch_parallel, timeout=timeout, rate=rate, burst=burst,
        cors_origins=tuple(o for origin in cors_origin or [] for o in split_list(origin)),
        backends=split_list(backends), models=split_list(models), prompts=split_list(prompts),
        cache=not no_cache, forwarded_allow_ips=forwarded_allow_ips, log_level=log_level,
        http=http, loop=loop,
    )
    settings.check()
    run(settings, workers=workers)
    # Shut down cleanly, exit at once: tearing down the interpreter's import graph (the LLM
    # stack) takes seconds on a busy machine, and an orchestrator waiting on SIGTERM would count
    # them against the grace period.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
