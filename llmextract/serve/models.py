"""The request and response bodies of the HTTP API, as pydantic models.

They are the contract: requests are validated against them (422 names the field), and the
OpenAPI document is generated from them together with the library's own ``Extraction`` model,
so the documentation cannot drift from what the server does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ExtractRequest(BaseModel):
    """One article. ``backend``, ``model`` and ``prompt`` must be among those the operator
    configured; omitted, the server's defaults apply."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article, UTF-8 text; evidence offsets index into it.")
    id: str | None = Field(None, max_length=200, description="Article id to record.")
    published: dt.date | None = Field(
        None, description="Publication date (YYYY-MM-DD) to resolve relative dates against.")
    backend: str | None = Field(None, max_length=50)
    model: str | None = Field(None, max_length=200)
    prompt: str | None = Field(None, max_length=200, description="ID@VERSION, or ID.")
    strict: bool = Field(False, description="All or nothing: an item of the model's answer "
                         "that could not be grounded fails the article (502 grounding_failed) "
                         "instead of being listed in rejected.")


class BatchRequest(BaseModel):
    """Several articles; results stream back as JSON Lines in the order they finish."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ExtractRequest] = Field(min_length=1)


class ErrorDetail(BaseModel):
    status: int
    type: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    """Every non-2xx answer (and every failed line of a batch)."""

    error: ErrorDetail
    request_id: str | None = None


class BatchLine(BaseModel):
    """One line of the batch answer: an article's result or its error, by position."""

    index: int
    id: str | None = None
    status: int
    extraction: dict[str, Any] | None = Field(
        None, description="The Extraction, as POST /v1/extract returns it.")
    error: ErrorDetail | None = None


class BatchSummary(BaseModel):
    """The last line of a complete batch answer; a stream without it was cut short."""

    summary: dict[Literal["articles", "ok", "failed"], int]


class PromptInfo(BaseModel):
    ref: str
    id: str
    version: str
    schema_version: str
    description: str
    sha256: str
    default: bool
