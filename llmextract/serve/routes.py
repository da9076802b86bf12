"""The endpoints. Each one is a thin layer over the public API: ``extract_async`` (with the
same cache as the library and the CLI), ``list_prompts`` / ``get_prompt`` and the released
schemas. Nothing here knows how an extraction is made.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from llmextract.backends._transport import within
from llmextract.backends.base import Backend
from llmextract.pipeline import extract_async, resolve_backend
from llmextract.schema import Extraction, Usage
from llmextract.schemas import released_schemas
from llmextract.serve.choices import Choices
from llmextract.serve.heap import HeapFreezer
from llmextract.serve.limits import RateLimiter, WorkQueue, read_body
from llmextract.serve.logs import Redactor
from llmextract.serve.metrics import CONTENT_TYPE, Metrics
from llmextract.serve.models import BatchRequest, ExtractRequest, PromptInfo
from llmextract.serve.openapi import openapi_document
from llmextract.serve.problems import ApiError, from_exception
from llmextract.serve.readiness import Readiness
from llmextract.serve.settings import ServeSettings
from llmextract.serve.turns import AnswerTurns
from llmextract.serve.upstream import bounded_backend

log = logging.getLogger("llmextract.serve")
#: Where a route leaves what the access log line should say about the work it did.
LOG_KEY = "llmextract.log"
JSONL = "application/x-ndjson"
M = TypeVar("M", bound=BaseModel)


class Service:
    """Everything a request needs, built once per app."""

    def __init__(self, settings: ServeSettings, choices: Choices, redact: Redactor) -> None:
        self.settings = settings
        self.redact = redact
        self.choices = choices
        self.queue = WorkQueue(settings.concurrency, settings.queue)
        self.limiter = RateLimiter(settings.rate, settings.burst)
        self.metrics = Metrics()
        self.readiness = Readiness(list(choices.instances))
        #: Per (backend, model): the backend whose HTTP requests take the queue's places, or
        #: None when it makes none (it takes a place for the whole extraction).
        self._bounded: dict[tuple[str, str | None], Backend | None] = {}
        #: Articles being extracted now (admitted and started).
        self.extracting = 0
        self.heap = HeapFreezer()
        #: Answers from the model endpoint are handled one at a time (``turns``).
        self.turns = AnswerTurns()
        self.metrics.gauge("llmextract_queue_admitted", "Articles admitted (running or waiting).",
                           lambda: self.queue.admitted)
        self.metrics.gauge("llmextract_queue_capacity", "Articles that can be admitted at once.",
                           lambda: self.queue.capacity)
        self.metrics.gauge("llmextract_extractions_running", "Articles being extracted now.",
                           lambda: self.extracting)
        self.metrics.gauge("llmextract_work_places_taken",
                           "Places of --concurrency taken: requests at the model endpoint, or "
                           "extractions by a backend that sends none (rules).",
                           lambda: self.queue.running)

    # -- extraction ---------------------------------------------------------------------------

    async def extract(self, request: Request) -> Response:
        body = await self._json(request)
        item = _validate(ExtractRequest, body)
        arguments = self.choices.arguments(item)
        async with self.queue.admit(1):
            result = await self._extract_one(item, arguments, request.scope)
        return Response(result.model_dump_json(), media_type="application/json")

    async def extract_batch(self, request: Request) -> Response:
        body = await self._json(request)
        batch = _validate(BatchRequest, body)
        if len(batch.articles) > self.settings.max_batch:
            raise ApiError(422, "validation_error",
                           f"articles: at most {self.settings.max_batch} articles per batch, "
                           f"got {len(batch.articles)}", field="articles")
        arguments = [self.choices.arguments(item, f"articles.{i}.")
                     for i, item in enumerate(batch.articles)]
        parallel = min(self.settings.batch_parallel, len(batch.articles))
        release = self.queue.reserve(parallel)
        lines = self._batch_lines(batch.articles, arguments, parallel, request.scope)
        return _ReleasingStream(lines, release, media_type=JSONL)

    async def _batch_lines(self, items: list[ExtractRequest], arguments: list[dict[str, Any]],
                           parallel: int, scope: Scope) -> AsyncIterator[str]:
        finished: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        order = iter(range(len(items)))

        async def worker() -> None:
            for i in order:  # shared: each index is taken by exactly one worker
                line: dict[str, Any] = {"index": i, "id": items[i].id}
                try:
                    result = await self._extract_one(items[i], arguments[i], scope)
                    line.update(status=200, extraction=result.model_dump(mode="json"))
                except ApiError as err:
                    line.update(status=err.status, error=err.body(None)["error"])
                await finished.put(line)

        workers = [asyncio.create_task(worker()) for _ in range(parallel)]
        failed = 0
        try:
            for _ in items:
                line = await finished.get()
                failed += line["status"] != 200
                yield json.dumps(line, ensure_ascii=False) + "\n"
            summary = {"articles": len(items), "ok": len(items) - failed, "failed": failed}
            yield json.dumps({"summary": summary}) + "\n"
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    async def _extract_one(self, item: ExtractRequest, arguments: dict[str, Any],
                           scope: Scope) -> Extraction:
        """One article through the work queue and the timeout; every failure as ``ApiError``."""
        info: dict[str, Any] = scope.setdefault(LOG_KEY, {})
        info["articles"] = info.get("articles", 0) + 1
        backend = str(arguments["backend"])

        async def run() -> Extraction:
            self.extracting += 1
            try:
                bounded = self._bounded_backend(backend, arguments["model"])
                if bounded is not None:  # its HTTP requests take the places
                    async with self.turns.extraction():
                        return await extract_async(item.text, cache=self.settings.cache,
                                                   **{**arguments, "backend": bounded})
                async with self.queue.slot():
                    return await extract_async(item.text, cache=self.settings.cache,
                                               **arguments)
            finally:
                self.extracting -= 1
                if self.extracting == 0 and not self.heap.done:
                    # After this request's answer is on its way, if still idle then.
                    asyncio.get_running_loop().call_later(0.1, self._idle)

        try:
            try:
                item.text.encode("utf-8")
            except UnicodeEncodeError:
                raise ApiError(400, "invalid_input", "text contains unpaired surrogates; it "
                               "is not valid Unicode", field="text") from None
            result = await within(self.settings.timeout, run())
        except Exception as exc:
            err = from_exception(exc, self.settings.timeout)
            if err.type == "invalid_input" and err.field is None:
                err.field = "text"
            err.message = self.redact(err.message)
            if err.status == 500:
                log.error("extraction failed", exc_info=exc,
                          extra={"request_id": scope.get("llmextract.request_id")})
            self.metrics.inc("llmextract_extractions_total", backend=backend, outcome=err.type)
            info.setdefault("errors", []).append(err.type)
            # A failed article was still billed for what it spent before failing.
            self._spent(info, getattr(exc, "usage", None), getattr(exc, "attempts", 0), 0)
            raise err from None
        p = result.provenance
        self.metrics.inc("llmextract_extractions_total", backend=backend, outcome="ok")
        if p.cache_hit:
            self.metrics.inc("llmextract_cache_hits_total")
        rejected = len(getattr(result, "rejected", []))
        self.metrics.inc("llmextract_rejected_items_total", rejected)
        self._spent(info, p.usage, p.attempts, p.reasks)
        info["backend"] = p.backend
        info["model"] = p.model
        info["cache_hits"] = info.get("cache_hits", 0) + int(p.cache_hit)
        info["rejected_items"] = info.get("rejected_items", 0) + rejected
        return result

    def _idle(self) -> None:
        if self.extracting == 0:
            self.heap.idle()

    def _bounded_backend(self, name: str, model: str | None) -> Backend | None:
        key = (name, model)
        if key not in self._bounded:
            self._bounded[key] = bounded_backend(resolve_backend(name, model), self.queue,
                                                 self.turns)
        return self._bounded[key]

    def _spent(self, info: dict[str, Any], usage: Usage | None, attempts: int,
               reasks: int) -> None:
        prompt = usage.prompt_tokens if usage is not None else 0
        completion = usage.completion_tokens if usage is not None else 0
        self.metrics.inc("llmextract_tokens_total", prompt, kind="prompt")
        self.metrics.inc("llmextract_tokens_total", completion, kind="completion")
        self.metrics.inc("llmextract_reasks_total", reasks)
        self.metrics.inc("llmextract_upstream_attempts_total", attempts)
        info["tokens_prompt"] = info.get("tokens_prompt", 0) + prompt
        info["tokens_completion"] = info.get("tokens_completion", 0) + completion
        info["reasks"] = info.get("reasks", 0) + reasks

    async def _json(self, request: Request) -> Any:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            raise ApiError(415, "unsupported_media_type",
                           "send the body as JSON with 'Content-Type: application/json'")
        try:
            raw = await within(self.settings.body_timeout,
                               read_body(request, self.settings.body_limit))
        except asyncio.TimeoutError:
            raise ApiError(408, "body_timeout", "the request body did not arrive within "
                           f"{self.settings.body_timeout:g}s") from None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, "invalid_json", f"the body is not valid JSON: {exc}") from None

    # -- information --------------------------------------------------------------------------

    async def prompts(self, request: Request) -> Response:
        default = self.choices.default_prompt.ref
        listed = [PromptInfo(ref=p.ref, id=p.id, version=p.version,
                             schema_version=p.schema_version, description=p.description,
                             sha256=p.sha256, default=p.ref == default).model_dump()
                  for p in self.choices.prompts]
        return JSONResponse({"prompts": listed, "backends": list(self.choices.backends),
                             "models": list(self.choices.models)})

    async def schema(self, request: Request) -> Response:
        name = request.query_params.get("name", "extraction")
        for file_name, schema in released_schemas().items():
            if file_name.startswith(f"{name}.v"):
                return JSONResponse(schema)
        raise ApiError(422, "validation_error",
                       f"name: unknown schema {name!r}; use extraction, draft or gold",
                       field="name")

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_document(self.settings))

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        problem = await self.readiness.problem()
        if problem is None:
            return JSONResponse({"status": "ready"})
        log.warning("not ready: %s", problem)
        # The reason stays in the log: /readyz is open to unauthenticated probes.
        return JSONResponse({"status": "not ready"}, status_code=503)

    async def metrics_text(self, request: Request) -> Response:
        return PlainTextResponse(self.metrics.render(), media_type=CONTENT_TYPE)


class _ReleasingStream(StreamingResponse):
    """A streaming answer that gives its queue reservation back however the stream ends
    (finished, client gone, server shutting down), even if it never started, and stops the
    batch's remaining work when the client is gone."""

    def __init__(self, content: AsyncIterator[str], release: Callable[[], None],
                 media_type: str) -> None:
        super().__init__(content, media_type=media_type)
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            close = getattr(self.body_iterator, "aclose", None)
            if close is not None:
                await close()
            self._release()


def _validate(model: type[M], body: Any) -> M:
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        problems = [(".".join(str(p) for p in e["loc"]) or "body", e["msg"])
                    for e in exc.errors(include_url=False)]
        message = "; ".join(f"{field}: {msg}" for field, msg in problems[:5])
        if len(problems) > 5:
            message += f"; and {len(problems) - 5} more"
        raise ApiError(422, "validation_error", message, field=problems[0][0]) from None
