"""A corpus through the OpenAI Batch API: half the price for work that can wait up to a day.

Each article not already written or cached becomes one line of a requests file, carrying the
very body the live path would send first (``OpenAIBackend.request_body``). The file is uploaded
(``purpose=batch``), one batch is created (``/v1/chat/completions``, window ``24h``) and polled
with a growing interval. Each answer of the output file goes through the review the live path
runs (``ReviewSession`` through instructor's parser for the mode, ``to_items``, then the
pipeline's ``Extraction`` validation against the article), is cached under the key a live call
with the same settings uses, and is yielded once.

An answer that would have been re-asked is re-asked live, as the live path re-asks its own
first answer (``OpenAIBackend.judge_answer``, then ``run_async(after=...)``; asking afresh
would throw away an answer already paid for and start the re-asks over): the conversation
goes on (the prompt, the batch answer as the assistant turn, the re-ask naming exactly the
items that failed), at the re-ask temperature, with the re-asks and token budget the batch
answer left. The batch answer stays the first attempt of the review, so it is still kept when
no later answer does better, and its tokens and attempt are counted; provenance names the
backend ``openai-batch+live``. An answer cut off at the token limit keeps its finished items,
as a live one does. Only a request the batch failed or never ran (or an answer the live
transport would have refused before any review: no choices, filtered, cut off before any item
was finished) is asked afresh through a normal live call.

What is needed to resume lives in a state file next to the output (``OUT.batch.json``): the
batch id, the input file id, the settings fingerprint and the ids submitted, in order (request
``r<N>`` is the N-th). No key, no article text. Interrupting the wait (Ctrl-C, ``max_wait``, a
killed process) leaves the batch running at OpenAI and the state on disk; the same run started
again polls that batch instead of submitting another. The state goes once every result has been
handed to the caller. Articles left out of the batch (over ``MAX_REQUESTS``, or added to the
corpus after it was submitted) wait for the next run, which submits a new batch for them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import AsyncGenerator, Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmextract.backends.base import ArticleInput, BackendOutput
from llmextract.batch.corpus import CorpusArticle, CorpusProblem
from llmextract.batch.limits import Budget, RateLimiter
from llmextract.batch.results import ArticleResult, BatchStats
from llmextract.batch.run import ArticleLike, _Feed, _llm_results, drive
from llmextract.errors import BackendError, ConfigurationError, InputError, LLMExtractError
from llmextract.pipeline import CacheArg, _Job, extract_async, resolve_backend
from llmextract.schema import Extraction, Usage

if TYPE_CHECKING:
    from llmextract.backends.base import Backend
    from llmextract.backends.openai import EarlierAnswer, OpenAIBackend
    from llmextract.prompts import Prompt

log = logging.getLogger("llmextract.batch")

#: OpenAI's limits of one batch: requests, and bytes of the requests file (200 MB, less a margin).
MAX_REQUESTS = 50_000
MAX_BYTES = 190_000_000
STATE_VERSION = 1
_DONE = ("completed", "expired", "cancelled", "failed")


class BatchPending(LLMExtractError):
    """The batch is still running when the wait ended; the same run started again collects it."""

    def __init__(self, message: str, batch_id: str, status: str) -> None:
        super().__init__(message)
        self.batch_id = batch_id
        self.status = status


@dataclass
class BatchState:
    """What a later run needs to find a submitted batch again (no secret, no article text)."""

    settings: str
    submitted: list[str]
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str = ""
    version: int = STATE_VERSION
    submitted_at: float = field(default_factory=time.time)

    @classmethod
    def load(cls, path: Path) -> BatchState | None:
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            state = cls(**data)
            if not (isinstance(state.submitted, list) and isinstance(state.settings, str)
                    and state.version == STATE_VERSION):
                raise ValueError("unexpected fields")
        except (ValueError, TypeError) as exc:
            raise InputError(f"{path}: not a batch state file of this llmextract ({exc}); "
                             "move it away to submit a new batch") from None
        return state

    def save(self, path: Path) -> None:
        """Atomically: a kill leaves the old state or the new one, never half of either."""
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as file:
            json.dump(asdict(self), file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)


def state_path_for(output: str | Path) -> Path:
    """Where the batch state of the run writing ``output`` lives."""
    path = Path(output)
    return path.with_name(path.name + ".batch.json")


def extract_batch_api(articles: Iterable[ArticleLike], **options: Any) -> Iterator[ArticleResult]:
    """``extract_batch_api_async`` for synchronous callers: the same options."""
    return drive(extract_batch_api_async(articles, **options))


async def extract_batch_api_async(
    articles: Iterable[ArticleLike],
    *,
    state: str | Path,
    backend: str | OpenAIBackend | None = None,
    model: str | None = None,
    prompt: str | None = None,
    cache: CacheArg = True,
    strict: bool = False,
    concurrency: int = 16,
    requests_per_minute: float | None = None,
    tokens_per_minute: int | None = None,
    skip: Iterable[str] = (),
    stats: BatchStats | None = None,
    on_problem: Callable[[CorpusProblem], None] | None = None,
    on_status: Callable[[str], None] | None = None,
    poll_interval: float = 5.0,
    max_poll_interval: float = 60.0,
    max_wait: float | None = None,
) -> AsyncGenerator[ArticleResult, None]:
    """Extract every article through one OpenAI batch, yielding one result per article.

    ``state``: the state file (``state_path_for(output)``). ``skip``: ids already written, never
    submitted nor yielded again. Cached articles are yielded at once. ``concurrency`` and the
    rate limits apply to the live calls that re-ask failed answers. ``max_wait`` (seconds)
    bounds the wait for the batch: past it ``BatchPending`` is raised with the batch left
    running. ``on_status`` receives one line per status change of the batch.
    """
    from llmextract.backends.openai import OpenAIBackend

    if poll_interval <= 0 or max_poll_interval <= 0:
        raise ConfigurationError("the poll interval must be a positive number of seconds")
    stats = stats if stats is not None else BatchStats()
    report = on_problem or (lambda problem: log.warning("%s", problem))
    say = on_status or (lambda line: log.info("%s", line))
    chosen = resolve_backend(backend, model)
    if not isinstance(chosen, OpenAIBackend):
        raise ConfigurationError(f"the Batch API needs the openai backend, not {chosen.name!r} "
                                 "(set OPENAI_API_KEY, or pass --backend openai)")
    state_file = Path(state)
    answers = _BatchAnswers(chosen)
    feed = _Feed(articles, frozenset(skip), stats, report)
    try:
        saved = BatchState.load(state_file)
        jobs: dict[str, tuple[CorpusArticle, _Job]] = {}
        left_out = 0
        fingerprint: str | None = None
        while (item := feed.next()) is not None:
            if isinstance(item, ArticleResult):
                yield _counted(stats, item)
                continue
            if saved is None and len(jobs) >= MAX_REQUESTS:
                left_out += 1
                continue
            try:
                job = _Job.prepare(item.text, item.published, item.id, answers, model, prompt,
                                   cache, strict)
                fingerprint = fingerprint or _fingerprint(answers, job.prompt)
                hit = await asyncio.to_thread(job.lookup) if job.cache is not None else None
                if hit is not None:
                    yield _counted(stats, _ok(item, job.strictly(hit), cached=True))
                    continue
            except ConfigurationError:
                raise
            except LLMExtractError as exc:
                yield _counted(stats, ArticleResult.failed(item.id, str(exc), item.source,
                                                           item.path))
                continue
            jobs[item.id] = (item, job)
        if saved is not None and fingerprint is not None and saved.settings != fingerprint:
            raise ConfigurationError(
                f"{state_file}: batch {saved.batch_id or '(not created)'} was submitted with "
                "other settings (model, endpoint, mode, prompt); run with those to collect it, "
                "or move the file away to submit anew (the batch keeps running until cancelled)")
        if saved is not None and saved.batch_id is None and saved.input_file_id is None:
            saved = None  # nothing reached OpenAI last time: start over
        if saved is not None and not jobs:
            _forget(state_file)  # every article it held is written or cached by now
            return
        if saved is None:
            order = list(jobs)
            if not order:
                _forget(state_file)
                return
            assert fingerprint is not None
            saved = BatchState(settings=fingerprint, submitted=order)
        submitted = set(saved.submitted)
        waiting = [i for i in jobs if i not in submitted]
        left_out += len(waiting)
        for article_id in waiting:
            del jobs[article_id]
        if left_out:
            report(CorpusProblem(str(state_file), f"{left_out} article(s) are not in this batch; "
                                 "run again once it is collected to submit them"))
        client = _files_client(chosen)
        retry: list[CorpusArticle] = []
        spent: dict[str, Usage] = {}
        continued: dict[str, EarlierAnswer] = {}
        try:
            with _api_errors(chosen, "submitting the batch"):
                batch = await _submitted(client, chosen, saved, jobs, state_file, say)
            with _api_errors(chosen, f"checking batch {batch.id}"):
                batch = await _finished(client, batch, saved, state_file, say, poll_interval,
                                        max_poll_interval, max_wait)
            with _api_errors(chosen, f"downloading the results of batch {batch.id}"):
                async for result in _collected(client, batch, saved, jobs, chosen, retry,
                                               spent, continued):
                    yield _counted(stats, result)
        finally:
            await client.close()
        if retry:
            say(f"{len(retry)} article(s) go through live calls: {len(continued)} re-asked "
                f"where their batch answer left off, {len(retry) - len(continued)} asked afresh "
                "(failed or cut off in the batch)")

            async def attempt(article: CorpusArticle, paced: Backend) -> Extraction:
                earlier = continued.pop(article.id, None)
                if earlier is None:
                    return await extract_async(article.text, published=article.published,
                                               article_id=article.id, backend=paced,
                                               model=model, prompt=prompt, cache=cache,
                                               strict=strict)
                assert isinstance(paced, OpenAIBackend)
                job = jobs[article.id][1]
                started = time.perf_counter()
                output = await paced.run_async(job.article, job.prompt, after=earlier)
                return replace(job, backend=_ContinuedAnswers(chosen)).finish(output, started)

            live = _llm_results(_Feed(retry, frozenset(), BatchStats(), report), chosen, model,
                                prompt, cache, strict, concurrency,
                                RateLimiter(requests_per_minute, tokens_per_minute),
                                Budget(None, None, None), stats, attempt)
            async for result in live:
                yield _counted(stats, _with_batch_usage(result, spent.get(result.id)))
        _forget(state_file)
    finally:
        stats.finished = time.monotonic()


def _counted(stats: BatchStats, result: ArticleResult) -> ArticleResult:
    stats.count(result)
    return result


def _ok(article: CorpusArticle, result: Extraction, *, cached: bool = False) -> ArticleResult:
    return ArticleResult(article.id, "ok", source=article.source, extraction=result,
                         cached=cached, path=article.path)


def _forget(state_file: Path) -> None:
    for path in (state_file, _requests_path(state_file)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _requests_path(state_file: Path) -> Path:
    return state_file.with_name(state_file.name.removesuffix(".json") + ".requests.jsonl")


class _BatchAnswers:
    """The openai backend as the pipeline sees a batch answer: the same identity (so the same
    cache key as a live call), provenance backend ``openai-batch``."""

    name = "openai-batch"
    cacheable = True
    uses_prompt = True

    def __init__(self, backend: OpenAIBackend) -> None:
        self.backend = backend

    def identity(self) -> dict[str, Any]:
        return self.backend.identity()

    def endpoint_host(self) -> str | None:
        return self.backend.endpoint_host()

    def model_name(self) -> str | None:
        return self.backend.model_name()

    def run(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        return self.backend.run(article, prompt)

    async def run_async(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        return await self.backend.run_async(article, prompt)


class _ContinuedAnswers(_BatchAnswers):
    """A batch answer the review refused, re-asked live in the same conversation."""

    name = "openai-batch+live"


@contextlib.contextmanager
def _api_errors(backend: OpenAIBackend, doing: str) -> Iterator[None]:
    """An error of the files or batches API as one line naming the step; never the key. The
    state on disk stays, so the same run started again continues from that step."""
    import openai

    try:
        yield
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        message = str(body.get("message") or exc.message).strip().splitlines()
        raise BackendError(backend.scrub(
            f"{backend.endpoint_host()} answered HTTP {exc.status_code} while {doing}: "
            f"{message[0][:300] if message else ''}; run the same command again to continue"),
        ) from None
    except openai.APIConnectionError as exc:
        raise BackendError(backend.scrub(
            f"cannot connect to {backend.base_url} while {doing} ({exc}); run the same "
            "command again to continue")) from None


def _fingerprint(answers: _BatchAnswers, prompt: Prompt | None) -> str:
    parts = {"backend": answers.identity(),
             "prompt": [prompt.id, prompt.version, prompt.sha256] if prompt else None}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _usage(completion: dict[str, Any]) -> Usage:
    usage = completion.get("usage") if isinstance(completion, dict) else None
    usage = usage if isinstance(usage, dict) else {}
    return Usage(prompt_tokens=int(usage.get("prompt_tokens") or 0),
                 completion_tokens=int(usage.get("completion_tokens") or 0))


def _files_client(backend: OpenAIBackend) -> Any:
    """An async openai client for files and batches. Its own retries are on: these calls are
    idempotent reads, or an upload whose repeat costs nothing but a stray file."""
    import openai

    kwargs = backend._client_kwargs()
    kwargs["max_retries"] = 3
    return openai.AsyncOpenAI(**kwargs)


async def _submitted(client: Any, backend: OpenAIBackend, state: BatchState,
                     jobs: dict[str, tuple[CorpusArticle, _Job]], state_file: Path,
                     say: Callable[[str], None]) -> Any:
    """The batch of ``state``, created first when it does not exist yet.

    A run killed after the batch was created but before its id was saved finds it again by
    its input file among the account's recent batches, so no second batch is created."""
    if state.batch_id is not None:
        say(f"batch {state.batch_id}: resuming ({len(state.submitted)} request(s))")
        return await client.batches.retrieve(state.batch_id)
    if state.input_file_id is None:
        requests = _requests_path(state_file)
        size = 0
        with requests.open("w", encoding="utf-8") as file:
            for number, article_id in enumerate(state.submitted):
                job = jobs[article_id][1]
                assert job.prompt is not None
                body = backend.request_body(job.prompt.messages(job.article.text,
                                                                job.article.published))
                line = json.dumps({"custom_id": f"r{number}", "method": "POST",
                                   "url": "/v1/chat/completions", "body": body},
                                  ensure_ascii=False) + "\n"
                size += len(line.encode("utf-8"))
                if size > MAX_BYTES and number > 0:
                    for later in state.submitted[number:]:
                        del jobs[later]
                    say(f"{len(state.submitted) - number} article(s) do not fit in one batch "
                        f"file ({MAX_BYTES:,} bytes); run again once this batch is collected "
                        "to submit them")
                    state.submitted = state.submitted[:number]
                    break
                file.write(line)
        state.save(state_file)
        with requests.open("rb") as upload:
            uploaded = await client.files.create(file=upload, purpose="batch")
        state.input_file_id = uploaded.id
        state.save(state_file)
        say(f"uploaded {len(state.submitted)} request(s) as {uploaded.id}")
    async for earlier in client.batches.list(limit=100):
        if earlier.input_file_id == state.input_file_id:  # killed before its id was saved
            state.batch_id = earlier.id
            state.save(state_file)
            say(f"batch {earlier.id}: found by its input file; resuming")
            return earlier
        if earlier.created_at < state.submitted_at - 3600:  # newest first: no older one
            break
    batch = await client.batches.create(input_file_id=state.input_file_id,
                                        endpoint="/v1/chat/completions",
                                        completion_window="24h",
                                        metadata={"created_by": "llmextract"})
    state.batch_id = batch.id
    state.status = batch.status
    state.save(state_file)
    say(f"batch {batch.id} submitted ({len(state.submitted)} request(s)); Ctrl-C leaves it "
        "running: run the same command again to collect it")
    return batch


async def _finished(client: Any, batch: Any, state: BatchState, state_file: Path,
                    say: Callable[[str], None], interval: float, longest: float,
                    max_wait: float | None) -> Any:
    """Poll until the batch is done, waiting longer each time (up to ``longest`` seconds)."""
    import openai

    started = time.monotonic()
    last = ""
    while True:
        counts = getattr(batch, "request_counts", None)
        line = f"batch {batch.id}: {batch.status}"
        if counts is not None:
            line += f" ({counts.completed + counts.failed}/{counts.total} done)"
        if line != last:
            say(line)
            last = line
        if batch.status != state.status:
            state.status = batch.status
            state.save(state_file)
        if batch.status in _DONE:
            return batch
        if max_wait is not None and time.monotonic() - started + interval > max_wait:
            raise BatchPending(
                f"batch {batch.id} is still {batch.status} after waiting {max_wait:g}s; it "
                "keeps running: run the same command again to collect it", batch.id,
                batch.status)
        await asyncio.sleep(interval)
        interval = min(longest, interval * 1.5)
        try:
            batch = await client.batches.retrieve(batch.id)
        except (openai.APIConnectionError, openai.InternalServerError,
                openai.RateLimitError) as exc:
            say(f"batch {batch.id}: status check failed ({type(exc).__name__}); trying again")


async def _lines(client: Any, file_id: str | None) -> list[dict[str, Any]]:
    if file_id is None:
        return []
    content = await client.files.content(file_id)
    rows = []
    for raw in content.content.splitlines():
        if raw.strip():
            with contextlib.suppress(ValueError):
                row = json.loads(raw)
                if isinstance(row, dict):
                    rows.append(row)
    return rows


async def _collected(client: Any, batch: Any, state: BatchState,
                     jobs: dict[str, tuple[CorpusArticle, _Job]], backend: OpenAIBackend,
                     retry: list[CorpusArticle], spent: dict[str, Usage],
                     continued: dict[str, EarlierAnswer],
                     ) -> AsyncGenerator[ArticleResult, None]:
    """Each answered article's result; what must go live is added to ``retry``, with the
    conversation to continue in ``continued`` where review refused the batch answer."""
    if batch.status == "failed":
        errors = getattr(getattr(batch, "errors", None), "data", None) or []
        detail = "; ".join(str(getattr(e, "message", e)) for e in errors[:3])
        log.warning("batch %s failed%s", batch.id, f": {detail}" if detail else "")
    answered: set[str] = set()
    for row in [*await _lines(client, batch.output_file_id),
                *await _lines(client, batch.error_file_id)]:
        article_id = _article_id(state, row.get("custom_id"))
        if article_id is None or article_id not in jobs or article_id in answered:
            continue
        answered.add(article_id)
        article, job = jobs[article_id]
        response = row.get("response") if isinstance(row.get("response"), dict) else None
        body = response.get("body") if response is not None else None
        if response is None or response.get("status_code") != 200 or not isinstance(body, dict):
            retry.append(article)
            continue
        started = time.perf_counter()
        try:
            verdict = backend.judge_answer(job.article, job.prompt, body)
        except LLMExtractError as exc:  # the live path would stop at this answer too
            yield ArticleResult.failed(article.id, str(exc), article.source, article.path)
            continue
        if verdict is None or not isinstance(verdict, BackendOutput):
            retry.append(article)
            if verdict is None:
                spent[article_id] = _usage(body)  # paid for, but asked afresh
            else:
                continued[article_id] = verdict
            continue
        try:
            result = await asyncio.to_thread(job.finish, verdict, started)
        except LLMExtractError as exc:
            yield ArticleResult.failed(article.id, str(exc), article.source, article.path)
            continue
        yield _ok(article, result)
    retry.extend(article for article_id, (article, _) in jobs.items()
                 if article_id not in answered)


def _article_id(state: BatchState, custom_id: Any) -> str | None:
    if not isinstance(custom_id, str) or not custom_id.startswith("r"):
        return None
    try:
        number = int(custom_id[1:])
    except ValueError:
        return None
    return state.submitted[number] if 0 <= number < len(state.submitted) else None


def _with_batch_usage(result: ArticleResult, usage: Usage | None) -> ArticleResult:
    """A live result after a refused batch answer also paid for that answer."""
    if usage is None or not result.ok or result.extraction is None:
        return result
    extraction = result.extraction
    total = Usage(prompt_tokens=extraction.provenance.usage.prompt_tokens + usage.prompt_tokens,
                  completion_tokens=extraction.provenance.usage.completion_tokens
                  + usage.completion_tokens)
    provenance = extraction.provenance.model_copy(update={
        "usage": total, "attempts": extraction.provenance.attempts + 1})
    return ArticleResult(result.id, "ok", source=result.source,
                         extraction=extraction.model_copy(update={"provenance": provenance}),
                         cached=result.cached, path=result.path)
