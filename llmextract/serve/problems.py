"""Errors as HTTP answers: one status per kind of failure, one line saying what went wrong.

Status, ``error.type``, when:

- 400 ``invalid_input`` / ``invalid_json``: empty, whitespace-only or binary text; a body that
  is not JSON.
- 401 ``unauthorized``: no bearer token where one is required. 403 ``forbidden``: a token that
  is not configured.
- 404 ``not_found`` / 405 ``method_not_allowed``: no such route or method.
- 408 ``body_timeout``: the body did not arrive within the body timeout (30 s).
- 413 ``body_too_large``: a body over the limit (checked while it streams in).
- 415 ``unsupported_media_type``: a POST that is not ``application/json``.
- 422 ``validation_error``: a missing or malformed field, or a backend / model / prompt the
  operator did not configure; ``error.field`` names it.
- 429 ``queue_full`` / ``rate_limited``: the work queue is full, or this client is over its
  rate; ``Retry-After`` says when to come back.
- 500 ``configuration_error`` / ``internal_error``: the server is misconfigured, or a bug
  (logged with the request id).
- 502 ``upstream_error``: the model endpoint failed in a way retrying did not fix.
- 502 ``grounding_failed``: the model kept quoting text that is not in the article after the
  bounded re-asks. A bad answer from upstream, hence 502; retrying the same article rarely
  helps, which the distinct type lets a client see.
- 504 ``timeout`` / ``upstream_timeout``: no result within the request timeout, or the endpoint
  kept timing out.
"""

from __future__ import annotations

import asyncio
from typing import Any

from llmextract.errors import (
    BackendError,
    ConfigurationError,
    GroundingError,
    InputError,
    LLMExtractError,
)


class ApiError(Exception):
    """An answer other than success; raised anywhere in a request, turned into JSON once."""

    def __init__(self, status: int, type: str, message: str, field: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.type = type
        self.message = message
        self.field = field
        self.headers = headers or {}

    def body(self, request_id: str | None) -> dict[str, Any]:
        error: dict[str, Any] = {"status": self.status, "type": self.type,
                                 "message": self.message}
        if self.field is not None:
            error["field"] = self.field
        return {"error": error, "request_id": request_id}


def from_exception(exc: BaseException, timeout: float) -> ApiError:
    """The answer for an exception raised while extracting one article."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return ApiError(504, "timeout", f"no result within the request timeout of {timeout:g}s")
    if isinstance(exc, InputError):
        return ApiError(400, "invalid_input", _line(exc))
    if isinstance(exc, GroundingError):
        return ApiError(502, "grounding_failed", _line(exc))
    if isinstance(exc, BackendError):
        if _timed_out(exc):
            return ApiError(504, "upstream_timeout", _line(exc))
        return ApiError(502, "upstream_error", _line(exc))
    if isinstance(exc, ConfigurationError):
        return ApiError(500, "configuration_error", _line(exc))
    if isinstance(exc, LLMExtractError):
        return ApiError(500, "internal_error", _line(exc))
    return ApiError(500, "internal_error", "internal error; the server log has the details "
                    "under this request id")


def _timed_out(exc: BaseException) -> bool:
    """Whether a timeout is anywhere in the cause chain (openai's APITimeoutError included)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, TimeoutError) or "Timeout" in type(seen).__name__:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:500]
