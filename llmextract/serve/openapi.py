"""The OpenAPI 3.1 document, generated from the pydantic models the server validates with and
the library's ``Extraction``: what it documents is what it enforces."""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import models_json_schema

import llmextract
from llmextract.schema import Extraction
from llmextract.serve.models import (
    BatchLine,
    BatchRequest,
    BatchSummary,
    ErrorBody,
    ExtractRequest,
    PromptInfo,
)
from llmextract.serve.settings import ServeSettings

_REF = "#/components/schemas/{model}"


def openapi_document(settings: ServeSettings) -> dict[str, Any]:
    _, top = models_json_schema(
        [(ExtractRequest, "validation"), (BatchRequest, "validation"),
         (Extraction, "serialization"), (ErrorBody, "serialization"),
         (BatchLine, "serialization"), (BatchSummary, "serialization"),
         (PromptInfo, "serialization")],
        ref_template=_REF,
    )
    schemas = top.get("$defs", {})

    def ref(name: str) -> dict[str, str]:
        return {"$ref": _REF.format(model=name)}

    def errors(*statuses: int) -> dict[str, Any]:
        return {str(s): {"description": _ERRORS[s],
                         "content": {"application/json": {"schema": ref("ErrorBody")}}}
                for s in statuses}

    post_errors = (400, 401, 403, 408, 413, 415, 422, 429)
    secured: list[dict[str, list[str]]] = [{"bearer": []}] if settings.tokens else []
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "llmextract", "version": llmextract.__version__,
                 "description": "Grounded extraction of strike events and casualty claims; "
                 "every value is backed by a verbatim evidence span."},
        "paths": {
            "/v1/extract": {"post": {
                "summary": "Extract one article (the same result as llmextract.extract())",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": ref("ExtractRequest")}}},
                "responses": {
                    "200": {"description": "The grounded result",
                            "content": {"application/json": {"schema": ref("Extraction")}}},
                    **errors(*post_errors, 500, 502, 504)},
                "security": secured,
            }},
            "/v1/extract/batch": {"post": {
                "summary": "Extract several articles; JSON Lines as each finishes, then a "
                           "summary line",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": ref("BatchRequest")}}},
                "responses": {
                    "200": {"description": "One BatchLine per article in the order they "
                            "finish, then one BatchSummary",
                            "content": {"application/x-ndjson": {"schema": {"oneOf": [
                                ref("BatchLine"), ref("BatchSummary")]}}}},
                    **errors(*post_errors)},
                "security": secured,
            }},
            "/v1/prompts": {"get": {
                "summary": "Prompts, backends and models clients may choose",
                "responses": {"200": {"description": "The offered choices"}},
                "security": secured}},
            "/v1/schema": {"get": {
                "summary": "JSON Schema of the result (?name=extraction|draft|gold)",
                "responses": {"200": {"description": "A JSON Schema"}},
                "security": secured}},
            "/healthz": {"get": {"summary": "Liveness", "security": [],
                                 "responses": {"200": {"description": "Alive"}}}},
            "/readyz": {"get": {"summary": "Readiness: the model endpoint answers",
                                "security": [],
                                "responses": {"200": {"description": "Ready"},
                                              "503": {"description": "Not ready"}}}},
            "/metrics": {"get": {"summary": "Prometheus text format", "security": secured,
                                 "responses": {"200": {"description": "Metrics"}}}},
        },
        "components": {"schemas": schemas},
    }
    if settings.tokens:
        document["components"]["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer"}}
    return document


_ERRORS = {
    400: "Empty, whitespace-only or binary text, or a body that is not JSON",
    401: "No bearer token",
    403: "A bearer token that is not configured",
    408: "The body did not arrive within the body timeout",
    413: "Body over the limit",
    415: "Not application/json",
    422: "A missing or invalid field, or a backend/model/prompt not offered (error.field)",
    429: "Queue full or over the client's rate; see Retry-After",
    500: "Server misconfiguration or bug",
    502: "The model endpoint failed (upstream_error) or its evidence could not be grounded "
         "(grounding_failed)",
    504: "No result within the request timeout",
}
