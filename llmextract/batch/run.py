"""``extract_many``: a corpus through ``extract``, concurrently, results as they finish.

LLM backends run as asyncio tasks through one HTTP client whose transport
(``paced_transport``) lets at most ``concurrency`` requests be at the server at once, paces
requests and tokens per minute and slows the whole run on a 429 (``limits``); it keeps the
whole-request deadline and the payload checks of ``extract``. The offline rules backend is
CPU-bound: it runs in a pool of worker processes, one per core, fed small chunks of articles.

Articles are read lazily from the iterable, so a 100,000-article corpus is never in memory.
A ``ConfigurationError`` (no endpoint, unknown prompt) or an ``EndpointDownError`` (the circuit
breaker opened) stops the run at once, since it would fail every article alike, and leaves the
rest unwritten for a re-run; any other failure becomes that article's error result and the run
goes on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import gc
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from typing import Any, TypeVar

from llmextract.backends.base import Backend
from llmextract.batch.corpus import CorpusArticle, CorpusProblem, text_id
from llmextract.batch.limits import Budget, RateLimiter
from llmextract.batch.results import ArticleResult, BatchStats
from llmextract.errors import ConfigurationError, EndpointDownError, LLMExtractError
from llmextract.pipeline import CacheArg, extract, extract_async, open_cache, resolve_backend
from llmextract.schema import Extraction

T = TypeVar("T")

log = logging.getLogger("llmextract.batch")

ArticleLike = CorpusArticle | CorpusProblem | Mapping[str, Any] | str
Attempt = Callable[[CorpusArticle, Backend], Awaitable[Extraction]]
DEFAULT_CONCURRENCY = 16
#: Articles per task sent to a rules worker process (amortises the inter-process hop).
_CHUNK = 16


def extract_many(
    articles: Iterable[ArticleLike],
    **options: Any,
) -> Iterator[ArticleResult]:
    """``extract_many_async`` for synchronous callers: the same options, results as they come.

    Work proceeds while the caller asks for the next result, so keep per-result work short.
    """
    return drive(extract_many_async(articles, **options))


def drive(stream: AsyncIterator[T]) -> Iterator[T]:
    """An async generator's items for synchronous callers, on an event loop of its own that
    runs only while the caller asks for the next item."""
    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        aclose = getattr(stream, "aclose", None)
        if aclose is not None:
            loop.run_until_complete(aclose())
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


async def extract_many_async(
    articles: Iterable[ArticleLike],
    *,
    backend: str | Backend | None = None,
    model: str | None = None,
    prompt: str | None = None,
    cache: CacheArg = True,
    strict: bool = False,
    concurrency: int = DEFAULT_CONCURRENCY,
    requests_per_minute: float | None = None,
    tokens_per_minute: int | None = None,
    max_cost: float | None = None,
    usd_per_mtok_in: float | None = None,
    usd_per_mtok_out: float | None = None,
    skip: Iterable[str] = (),
    workers: int | None = None,
    stats: BatchStats | None = None,
    on_problem: Callable[[CorpusProblem], None] | None = None,
) -> AsyncGenerator[ArticleResult, None]:
    """Extract every article, yielding one ``ArticleResult`` per article as each finishes.

    ``strict`` is ``extract``'s (an article with a rejected item fails).
    ``articles``: ``CorpusArticle`` items (see ``read_corpus``), ``{"id", "text",
    "published"}`` mappings or plain texts. An id seen before, or listed in ``skip`` (the ids
    an earlier run already wrote), is not extracted again. ``max_cost`` (US dollars, with both
    prices per million tokens) stops starting new articles once spent. ``workers`` is the
    number of processes for the rules backend (default: every core). Input that is no article
    goes to ``on_problem`` (default: a warning on the ``llmextract.batch`` logger). ``stats``,
    if given, is kept up to date while the run goes on.

    A program that runs large corpora may call ``gc.freeze()`` once the first result is in, as
    the CLI does: the client stack (openai, instructor) is loaded by then, and the collector's
    full passes stop walking it (each pass stalls the event loop with every answer in flight).
    A library cannot decide that for its caller's process, so this function does not.
    """
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be 1 or more, not {concurrency}")
    budget = Budget(max_cost, usd_per_mtok_in, usd_per_mtok_out)
    stats = stats if stats is not None else BatchStats()
    report = on_problem or (lambda problem: log.warning("%s", problem))
    chosen = resolve_backend(backend, model)
    feed = _Feed(articles, frozenset(skip), stats, report)
    limiter = RateLimiter(requests_per_minute, tokens_per_minute)
    try:
        if chosen.name == "rules":
            source = _rules_results(feed, workers)
        elif workers is not None and workers != 1:
            raise ConfigurationError(
                f"workers={workers} is for the rules backend; {chosen.name} runs its requests "
                "on one event loop: raise concurrency instead")
        else:
            source = _llm_results(feed, chosen, model, prompt, cache, strict, concurrency,
                                  limiter, budget, stats)
        async for result in source:
            stats.count(result)
            budget.add(result.usage)
            stats.cost = budget.cost
            yield result
    finally:
        stats.finished = time.monotonic()


class _Feed:
    """The articles still to do: problems reported, duplicates and finished ids skipped, and
    articles that cannot be extracted turned into their error results at once."""

    def __init__(self, articles: Iterable[ArticleLike], skip: frozenset[str], stats: BatchStats,
                 report: Callable[[CorpusProblem], None]) -> None:
        self._items = iter(articles)
        self._skip = skip
        self._seen: dict[str, str] = {}
        self._stats = stats
        self._report = report
        self._position = 0
        self.exhausted = False

    def next(self) -> CorpusArticle | ArticleResult | None:
        """The next article to extract, an error result to pass on, or None at the end."""
        for item in self._items:
            self._position += 1
            article = self._article(item)
            if article is None:
                continue
            first = self._seen.get(article.id)
            if first is not None:
                self._problem(CorpusProblem(article.source or f"item {self._position}",
                                            f"duplicate id {article.id!r} (first at {first}); "
                                            "skipped"))
                continue
            self._seen[article.id] = article.source or f"item {self._position}"
            if article.id in self._skip:
                self._stats.skipped += 1
                continue
            if article.problem is not None:
                return ArticleResult.failed(article.id, article.problem, article.source,
                                            article.path)
            return article
        self.exhausted = True
        return None

    def _article(self, item: ArticleLike) -> CorpusArticle | None:
        if isinstance(item, CorpusArticle):
            return item
        if isinstance(item, CorpusProblem):
            self._problem(item)
            return None
        if isinstance(item, str):
            return CorpusArticle(text_id(item), item, source=f"item {self._position}")
        if isinstance(item, Mapping):
            from llmextract.batch.corpus import _from_record

            converted = _from_record(dict(item), f"item {self._position}")
            return self._article(converted)
        self._problem(CorpusProblem(f"item {self._position}",
                                    f"not an article: {type(item).__name__}"))
        return None

    def _problem(self, problem: CorpusProblem) -> None:
        self._stats.problems += 1
        self._report(problem)


# -- LLM backends: asyncio tasks -----------------------------------------------------------


async def _llm_results(feed: _Feed, chosen: Backend, model: str | None, prompt: str | None,
                       cache: CacheArg, strict: bool, concurrency: int, limiter: RateLimiter,
                       budget: Budget, stats: BatchStats,
                       attempt: Attempt | None = None) -> AsyncIterator[ArticleResult]:
    """``attempt``: how one article is extracted with the paced backend, when not by
    ``extract_async`` (the Batch API continues a refused batch answer)."""
    paced, client = _paced_backend(chosen, limiter, concurrency)

    async def one(article: CorpusArticle) -> ArticleResult:
        try:
            if attempt is not None:
                result = await attempt(article, paced)
            else:
                result = await extract_async(article.text, published=article.published,
                                             article_id=article.id, backend=paced, model=model,
                                             prompt=prompt, cache=cache, strict=strict)
        except (ConfigurationError, EndpointDownError):
            raise  # every article would fail alike: stop; a re-run continues from here
        except LLMExtractError as exc:
            return ArticleResult.failed(article.id, str(exc), article.source, article.path)
        except Exception as exc:  # a bug must cost one article, not the whole run
            return ArticleResult.failed(article.id, f"internal error: {type(exc).__name__}: "
                                                    f"{exc}", article.source, article.path)
        return ArticleResult(article.id, "ok", source=article.source, extraction=result,
                             cached=result.provenance.cache_hit, path=article.path)

    # Results are cached in groups, one SQLite transaction each (``ResultCache.batched``).
    store = open_cache(cache) if chosen.cacheable else None
    try:
        with store.batched() if store is not None else contextlib.nullcontext():
            async for result in _bounded(feed, one, _articles_at_once(concurrency, budget),
                                        budget, stats):
                yield result
    finally:
        if client is not None:
            await client.aclose()


def _articles_at_once(concurrency: int, budget: Budget) -> int:
    """How many articles may be under way: ``concurrency`` of them can hold a request slot
    (``PacedTransport``); a quarter more wait at the gate with their request built, so a slot
    freed by an answer is taken at once while that answer is still being reviewed. None wait
    with a cost budget (an article started is an article paid for) or under 4 slots (there the
    review is never the bottleneck, and an article waiting behind a failing one would spend its
    own retries before the circuit breaker could stop it)."""
    if budget.max_cost is not None:
        return concurrency
    return concurrency + concurrency // 4


async def _bounded(feed: _Feed, run: Callable[[CorpusArticle], Awaitable[ArticleResult]],
                   concurrency: int, budget: Budget,
                   stats: BatchStats) -> AsyncIterator[ArticleResult]:
    pending: set[asyncio.Future[ArticleResult]] = set()
    try:
        while True:
            while len(pending) < concurrency and not feed.exhausted:
                if budget.exhausted:
                    stats.budget_stopped = True
                    break
                item = feed.next()
                if item is None:
                    break
                if isinstance(item, ArticleResult):
                    yield item
                    continue
                pending.add(asyncio.ensure_future(run(item)))
            if not pending:
                return
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                yield task.result()
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)


def _paced_backend(chosen: Backend, limiter: RateLimiter,
                   slots: int) -> tuple[Backend, Any]:
    """The OpenAI backend again, its requests through ``PacedTransport`` (at most ``slots`` at
    the server, paced by ``limiter``); other backends, or one given its own HTTP client, are
    used as given."""
    from llmextract.backends.openai import OpenAIBackend

    if not isinstance(chosen, OpenAIBackend):
        return chosen, None
    from llmextract.batch.paced_transport import PacedTransport

    routed = chosen.through(lambda inner: PacedTransport(limiter, slots, inner), slots)
    return routed if routed is not None else (chosen, None)


# -- the rules backend: worker processes ---------------------------------------------------


Job = tuple[str, str, str | None, str, str | None]  # id, text, published, source, path
Done = tuple[str, bool, str, str, str | None]  # id, ok, extraction JSON or error, source, path


def _rules_chunk(chunk: list[Job]) -> list[Done]:
    """Runs in a worker process: one ``Done`` per article."""
    out: list[Done] = []
    for article_id, text, published, source, path in chunk:
        try:
            result = extract(text, published=published, article_id=article_id,
                             backend="rules", cache=False)
        except LLMExtractError as exc:
            out.append((article_id, False, str(exc), source, path))
            continue
        except Exception as exc:
            out.append((article_id, False, f"internal error: {type(exc).__name__}: {exc}",
                        source, path))
            continue
        out.append((article_id, True, result.model_dump_json(), source, path))
    return out


def _job(article: CorpusArticle) -> Job:
    return (article.id, article.text, article.published, article.source, article.path)


def _warm_up() -> None:
    """Worker start: load the rules and compile their patterns before the first chunk."""
    from llmextract.backends import rules

    # A forked worker has one thread; a lock some other parent thread held at the fork would
    # stay held here for ever, so the worker gets a fresh one.
    rules._reading = threading.Lock()
    extract("Two people were killed in an airstrike on Monday.", backend="rules", cache=False)


def _from_worker(row: Done) -> ArticleResult:
    article_id, ok, payload, source, path = row
    if ok:
        return ArticleResult(article_id, "ok", source=source, extraction_json=payload,
                             path=path)
    return ArticleResult.failed(article_id, payload, source, path)


async def _rules_results(feed: _Feed, workers: int | None) -> AsyncIterator[ArticleResult]:
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count < 1:
        raise ConfigurationError(f"workers must be 1 or more, not {count}")
    head: list[ArticleResult | Job] = []
    while len(head) < 2 * _CHUNK:  # a small batch is not worth starting processes for
        item = feed.next()
        if item is None:
            break
        head.append(item if isinstance(item, ArticleResult) else _job(item))
    if count == 1 or feed.exhausted:  # in this process, in input order
        for entry in head:
            yield entry if isinstance(entry, ArticleResult) else _from_worker(
                _rules_chunk([entry])[0])
        while (item := feed.next()) is not None:
            if isinstance(item, ArticleResult):
                yield item
            else:
                yield _from_worker(_rules_chunk([_job(item)])[0])
        return
    loop = asyncio.get_running_loop()
    # fork where there is one: workers start in milliseconds with the rules already loaded,
    # and the caller's __main__ is not imported again (spawn would re-run an unguarded script).
    methods = multiprocessing.get_all_start_methods()
    forked = "fork" in methods
    context = multiprocessing.get_context("fork" if forked else "spawn")
    for entry in head:
        if isinstance(entry, ArticleResult):
            yield entry
    first = [entry for entry in head if not isinstance(entry, ArticleResult)]
    if forked:
        # The first chunk runs here, before the fork: the patterns those articles needed are
        # compiled once and every worker inherits them (~0.1 s of CPU that each worker
        # otherwise spends on its own), and this work is results, not a warm-up.
        for row in _rules_chunk(first[:_CHUNK]):
            yield _from_worker(row)
        first = first[_CHUNK:]
    with concurrent.futures.ProcessPoolExecutor(count, mp_context=context,
                                                initializer=_warm_up) as pool:
        pending: set[asyncio.Future[list[Done]]] = set()
        queued = [first[i:i + _CHUNK] for i in range(0, len(first), _CHUNK)]
        # The workers are forked at the first submission. Frozen, what this process holds
        # stays out of the workers' garbage collections: their collector would otherwise walk
        # the whole inherited heap again and again (and copy it page by page as it marks it).
        # Thawed once the workers exist, unless someone else (the CLI) had frozen it already.
        thaw = forked and gc.get_freeze_count() == 0
        if forked:
            gc.freeze()
        try:
            while True:
                while len(pending) < 4 * count:
                    if queued:
                        chunk = queued.pop(0)
                    else:
                        chunk = []
                        while len(chunk) < _CHUNK:
                            item = feed.next()
                            if item is None:
                                break
                            if isinstance(item, ArticleResult):
                                yield item
                                continue
                            chunk.append(_job(item))
                        if not chunk:
                            break
                    pending.add(asyncio.ensure_future(
                        loop.run_in_executor(pool, _rules_chunk, chunk)))
                    if thaw:
                        gc.unfreeze()
                        thaw = False
                if not pending:
                    return
                done, pending = await asyncio.wait(pending,
                                                   return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    for row in task.result():
                        yield _from_worker(row)
        finally:
            if thaw:  # no chunk was submitted
                gc.unfreeze()
            for task in pending:
                task.cancel()
