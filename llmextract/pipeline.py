"""``extract()`` / ``extract_async()``: article -> prompt -> backend -> grounding -> validation ->
cache -> ``Extraction``, each step once, in that order.

Backend selection: an explicit argument, else ``LLMEXTRACT_BACKEND``, else ``openai`` when an
endpoint is configured (``OPENAI_API_KEY`` or ``OPENAI_BASE_URL``), else the offline ``rules``
backend. Results are validated against the article before they are cached or returned, so nothing
half-grounded ever leaves this module.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from pydantic import ValidationError

from llmextract.backends.base import ArticleInput, Backend, BackendOutput
from llmextract.cache import ResultCache, cache_key, default_cache_dir
from llmextract.errors import ConfigurationError, GroundingError, InputError
from llmextract.grounding import GROUNDING_VERSION
from llmextract.normalize.dates import find_publication_date
from llmextract.prompts import Prompt, get_prompt
from llmextract.schema import SCHEMA_VERSION, ArticleRef, Extraction, Provenance, Usage

CacheArg: TypeAlias = "bool | str | Path | ResultCache | None"
BACKENDS = ("openai", "rules")

_lock = threading.Lock()
_caches: dict[Path, ResultCache] = {}
_backends: dict[tuple[Any, ...], Backend] = {}


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    backend: str | Backend | None = None,
    model: str | None = None,
    prompt: str | None = None,
    cache: CacheArg = True,
    strict: bool = False,
) -> Extraction:
    """Extract strike events and casualty claims from one article.

    Every span in the result satisfies ``span.text == text[span.start:span.end]``. An event or
    claim the model could not ground within the bounded re-asks is left out and listed in
    ``result.rejected`` with its problems; the rest of the article is returned (and cached).
    ``strict=True`` keeps all-or-nothing: any rejected item raises ``GroundingError`` instead.
    Raises an ``LLMExtractError`` subclass with an actionable message on bad input,
    configuration or endpoint failures, and ``GroundingError`` when no usable answer came back.
    """
    job = _Job.prepare(text, published, article_id, backend, model, prompt, cache, strict)
    hit = job.lookup()
    if hit is not None:
        return job.strictly(hit)
    started = time.perf_counter()
    output = job.backend.run(job.article, job.prompt)
    return job.finish(output, started)


async def extract_async(
    text: str,
    *,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    backend: str | Backend | None = None,
    model: str | None = None,
    prompt: str | None = None,
    cache: CacheArg = True,
    strict: bool = False,
) -> Extraction:
    """``extract`` for asyncio callers.

    The cache is read and written on the event loop, not in a worker thread: the SQLite work
    is small next to the two thread hops, which cost about 1.4 ms of CPU per article at 64 in
    flight (``python evals/bench_corpus.py --only llm``: 4.34 -> 2.89 ms per further article,
    side by side). diskcache has no async API: the choice is a thread or a short block, and a
    write that must wait for another process's transaction blocks the loop that long.
    """
    job = _Job.prepare(text, published, article_id, backend, model, prompt, cache, strict)
    hit = job.lookup() if job.cache is not None else None
    if hit is not None:
        return job.strictly(hit)
    started = time.perf_counter()
    output = await job.backend.run_async(job.article, job.prompt)
    return job.finish(output, started)


def resolve_backend(backend: str | Backend | None = None, model: str | None = None) -> Backend:
    """The backend an ``extract`` call with these arguments would use."""
    if backend is not None and not isinstance(backend, str):
        return backend
    name = backend or os.environ.get("LLMEXTRACT_BACKEND") or None
    if name is None:
        configured = os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL")
        name = "openai" if configured else "rules"
    if name == "openai":
        from llmextract.backends.openai import OpenAIBackend, OpenAISettings

        settings = OpenAISettings.from_env(model)
        key: tuple[Any, ...] = ("openai", settings)
        with _lock:
            if key not in _backends:
                _backends[key] = OpenAIBackend(settings)
            return _backends[key]
    if name == "rules":
        from llmextract.backends.rules import RulesBackend

        return RulesBackend()
    raise ConfigurationError(
        f"unknown backend {name!r}; use one of {', '.join(BACKENDS)} "
        "(set LLMEXTRACT_BACKEND or pass --backend)"
    )


def open_cache(cache: CacheArg) -> ResultCache | None:
    """The cache an ``extract`` call with ``cache=...`` would use (None: caching off)."""
    if cache is None or cache is False:
        return None
    if isinstance(cache, ResultCache):
        return cache
    directory = default_cache_dir() if cache is True else Path(cache).expanduser()
    directory = directory.resolve()
    with _lock:
        if directory not in _caches:
            _caches[directory] = ResultCache(directory)
        return _caches[directory]


def parse_published(value: dt.date | str | None) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"published must be an ISO date like 2020-10-21, not {value!r}")


@dataclass
class _Job:
    article: ArticleInput
    backend: Backend
    prompt: Prompt | None
    cache: ResultCache | None
    key: str | None
    strict: bool = False

    @classmethod
    def prepare(cls, text: str, published: dt.date | str | None, article_id: str | None,
                backend: str | Backend | None, model: str | None, prompt: str | None,
                cache: CacheArg, strict: bool = False) -> _Job:
        if not isinstance(text, str):
            raise InputError(f"the article must be text (str), not {type(text).__name__}")
        if not text.strip():
            raise InputError("the article is empty or only whitespace")
        if "\x00" in text:
            raise InputError("the article contains NUL characters; is it a binary file?")
        # Relative dates ("on Monday") need an anchor: when the caller gives none, use the
        # dateline or publication line the article itself carries, and record it.
        date = parse_published(published) or find_publication_date(text)
        chosen = resolve_backend(backend, model)
        chosen_prompt = get_prompt(prompt) if chosen.uses_prompt else None
        if chosen_prompt is not None and chosen_prompt.schema_version != SCHEMA_VERSION:
            raise ConfigurationError(
                f"prompt {chosen_prompt.ref} targets schema v{chosen_prompt.schema_version}, "
                f"this llmextract writes v{SCHEMA_VERSION}"
            )
        ref = ArticleRef.of(text, article_id=article_id, published=date)
        store = open_cache(cache) if chosen.cacheable else None
        key = None
        if store is not None:
            key = cache_key({
                "article_sha256": ref.sha256,
                "published": date.isoformat() if date else None,
                "prompt": [chosen_prompt.id, chosen_prompt.version, chosen_prompt.sha256]
                if chosen_prompt else None,
                "schema_version": SCHEMA_VERSION,
                "grounding_version": GROUNDING_VERSION,
                "backend": chosen.identity(),
            })
        return cls(ArticleInput(text, date, ref.id), chosen, chosen_prompt, store, key, strict)

    def lookup(self) -> Extraction | None:
        if self.cache is None or self.key is None:
            return None
        started = time.perf_counter()
        stored = self.cache.get(self.key)
        if stored is None:
            return None
        try:
            result = Extraction.model_validate(stored, context={"article": self.article.text})
        except ValueError:
            return None  # a stale or tampered entry is a miss; the fresh result overwrites it
        if not self.cache.usable(result, self.article.text):
            return None  # so is a count its own quote contradicts (spans alone do not catch it)
        provenance = result.provenance.model_copy(update={
            "cache_hit": True, "attempts": 0, "reasks": 0, "usage": Usage(),
            "latency_ms": (time.perf_counter() - started) * 1000,
        })
        # The caller's id for the article wins over the one stored with the cached result.
        article = result.article.model_copy(update={"id": self.article.article_id})
        return result.model_copy(update={"provenance": provenance, "article": article})

    def finish(self, output: BackendOutput, started: float) -> Extraction:
        prompt = self.prompt
        provenance = Provenance(
            backend=self.backend.name,
            model=output.model or self.backend.model_name(),
            endpoint_host=self.backend.endpoint_host(),
            prompt_id=prompt.id if prompt else None,
            prompt_version=prompt.version if prompt else None,
            prompt_hash=prompt.sha256 if prompt else None,
            schema_version=SCHEMA_VERSION,
            grounding_version=GROUNDING_VERSION,
            cache_hit=False,
            attempts=output.attempts,
            reasks=output.reasks,
            rejected=len(output.rejected),
            usage=output.usage,
            latency_ms=(time.perf_counter() - started) * 1000,
            created_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
            settings={k: v for k, v in self.backend.identity().items() if k != "backend"},
        )
        text = self.article.text
        try:
            result = Extraction.model_validate(
                {
                    "article": ArticleRef.of(text, article_id=self.article.article_id,
                                             published=self.article.published),
                    "events": output.events,
                    "claims": output.claims,
                    "rejected": output.rejected,
                    "warnings": output.warnings,
                    "provenance": provenance,
                },
                context={"article": text},
            )
        except ValidationError as exc:
            # A backend bug, not the caller's: refuse rather than return ungrounded evidence.
            raise GroundingError(
                f"backend {self.backend.name!r} produced an invalid result: "
                f"{exc.errors()[0]['msg'] if exc.errors() else exc}"
            ) from exc
        if self.cache is not None and self.key is not None:
            # Cached whatever ``strict`` says: the answer was paid for, and a strict caller
            # reading it back gets the same refusal.
            self.cache.put(self.key, result.model_dump(mode="json"))
        return self.strictly(result)

    def strictly(self, result: Extraction) -> Extraction:
        """``strict``: all or nothing, as before per-item rejection existed."""
        if self.strict and result.rejected:
            problems = "; ".join(f"{item.kind} {item.ref or '?'}: {item.problems[0]}"
                                 for item in result.rejected[:3])
            error = GroundingError(
                f"{len(result.rejected)} item(s) of the model's answer could not be grounded "
                f"and strict mode refuses a partial result: {problems}")
            error.usage = result.provenance.usage
            error.attempts = result.provenance.attempts
            raise error
        return result
