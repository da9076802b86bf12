"""``create_app(settings)``: the Starlette application, its middleware and its lifespan.

Layers, outermost first: request context (request id, access log, metrics, every error as
JSON), CORS (only when origins are configured), the gate (tokens, rate limit), the routes.
Starlette was chosen over FastAPI because the service has seven routes and validates with
pydantic models it already has: FastAPI's dependency injection and automatic docs would add a
layer and a dependency for what ``models_json_schema`` does in one call (see openapi.py).
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from llmextract.serve.auth import CLIENT_KEY, Gate, TokenSet
from llmextract.serve.choices import Choices
from llmextract.serve.logs import ACCESS_LOGGER, Redactor
from llmextract.serve.problems import ApiError
from llmextract.serve.routes import LOG_KEY, Service
from llmextract.serve.settings import ServeSettings

REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID_KEY = "llmextract.request_id"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
access_log = logging.getLogger(ACCESS_LOGGER)
log = logging.getLogger("llmextract.serve")


def create_app(settings: ServeSettings, redact: Redactor | None = None) -> Starlette:
    """The ASGI app. Raises ``ConfigurationError`` for settings that cannot work (checked here
    too, so an app mounted elsewhere is exactly as safe as ``llmextract serve``)."""
    settings.check()
    redact = redact or Redactor.from_env(settings.tokens)
    service = Service(settings, Choices.resolve(settings), redact)
    routes = [
        Route("/v1/extract", service.extract, methods=["POST"]),
        Route("/v1/extract/batch", service.extract_batch, methods=["POST"]),
        Route("/v1/prompts", service.prompts, methods=["GET"]),
        Route("/v1/schema", service.schema, methods=["GET"]),
        Route("/openapi.json", service.openapi, methods=["GET"]),
        Route("/healthz", service.healthz, methods=["GET"]),
        Route("/readyz", service.readyz, methods=["GET"]),
        Route("/metrics", service.metrics_text, methods=["GET"]),
    ]
    known = frozenset(route.path for route in routes)
    middleware = [Middleware(RequestContext, service=service, redact=redact, known=known)]
    if settings.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", REQUEST_ID_HEADER],
            expose_headers=[REQUEST_ID_HEADER, "Retry-After"], max_age=600))
    middleware.append(Middleware(Gate, tokens=TokenSet(settings.tokens),
                                 limiter=service.limiter))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        c = service.choices
        log.info("ready", extra={
            "backends": list(c.backends), "models": list(c.models),
            "prompts": [p.ref for p in c.prompts], "auth": bool(settings.tokens),
            "concurrency": settings.concurrency, "queue": settings.queue,
            "timeout_s": settings.timeout, "body_limit": settings.body_limit,
            "rate": settings.rate, "cache": settings.cache})
        yield
        log.info("stopped")

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: _http_exception})
    app.state.service = service
    return app


async def _http_exception(request: Request, exc: Exception) -> Response:
    # Starlette's own 404 / 405 as the same JSON error body as everything else.
    assert isinstance(exc, HTTPException)
    kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    error = ApiError(exc.status_code, kind, exc.detail, headers=dict(exc.headers or {}))
    return JSONResponse(error.body(request.scope.get(REQUEST_ID_KEY)),
                        status_code=exc.status_code, headers=error.headers)


class RequestContext:
    """Request id in and out, one access-log line and the HTTP metrics per request, and every
    error (ours or a bug) answered as JSON with secrets scrubbed."""

    def __init__(self, app: ASGIApp, service: Service, redact: Redactor,
                 known: frozenset[str]) -> None:
        self.app = app
        self.service = service
        self.redact = redact
        #: Route paths, to label requests refused before routing (401, 429) by their route.
        self.known = known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        scope[REQUEST_ID_KEY] = request_id
        scope[LOG_KEY] = {}
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        metrics = self.service.metrics
        metrics.inc("llmextract_http_requests_in_flight")
        error: ApiError | None = None
        try:
            await self.app(scope, receive, send_with_id)
        except ApiError as exc:
            error = exc
        except Exception as exc:
            log.error("unhandled error", exc_info=exc, extra={"request_id": request_id})
            error = ApiError(500, "internal_error", "internal error; the server log has the "
                             "details under this request id")
        finally:
            metrics.inc("llmextract_http_requests_in_flight", -1.0)
        if error is not None and not response_started:
            error.message = self.redact(error.message)
            response = JSONResponse(error.body(request_id), status_code=error.status,
                                    headers=error.headers)
            await response(scope, receive, send_with_id)
        if error is not None and error.status in (401, 403, 408, 413, 415, 429):
            metrics.inc("llmextract_rejected_total", reason=error.type)
        route = scope.get("route")
        template = getattr(route, "path", None) or (
            scope["path"] if scope["path"] in self.known else "unmatched")
        elapsed = time.perf_counter() - started
        metrics.inc("llmextract_http_requests_total", route=template, method=scope["method"],
                    status=str(status))
        metrics.observe("llmextract_http_request_duration_seconds", elapsed, route=template)
        self._log(scope, request_id, status, elapsed, error)

    def _log(self, scope: Scope, request_id: str, status: int, elapsed: float,
             error: ApiError | None) -> None:
        fields: dict[str, Any] = {
            "request_id": request_id, "method": scope["method"], "path": scope["path"],
            "status": status, "latency_ms": round(elapsed * 1000, 2),
            "client": scope.get(CLIENT_KEY) or _address(scope),
        }
        info: dict[str, Any] = scope.get(LOG_KEY) or {}
        if info.get("articles") == 1 and "backend" in info:
            fields["cache_hit"] = info.get("cache_hits", 0) == 1
        fields.update(info)
        if error is not None:
            fields["error"] = error.type
            fields["error_message"] = error.message
        access_log.info("request", extra=fields)


def _request_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            candidate: str = bytes(value).decode("latin-1")
            if _SAFE_ID.match(candidate):
                return candidate
            break
    return uuid.uuid4().hex


def _address(scope: Scope) -> str:
    client = scope.get("client")
    return f"addr:{client[0]}" if client else "addr:unknown"
