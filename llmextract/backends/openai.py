"""Any OpenAI-compatible endpoint (OpenAI, Azure's v1 API, Ollama, vLLM, llama.cpp) via instructor.

Two retry layers with separate jobs, never multiplied:
- instructor re-asks on *validation* errors only (an ungrounded quote, a count its own quote
  contradicts, malformed JSON), bounded by ``reasks`` (``max_retries=N`` is N+1 calls);
- the transport policy in ``backends/_transport.py`` retries *transport* failures by the rules
  written there (and in the README, "Retry rules"): a wall-clock deadline per request and per
  article, ``Retry-After`` honoured within the deadline, quota and validation errors never
  retried, and a circuit breaker that stops a batch when the endpoint is down. The openai
  client's own retries are off.

The API key lives only in the client object: it is not in ``identity()``, the cache key,
provenance, logs or error messages; credentials inside ``base_url`` are removed from all of
those too (``backends/_redact.py``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast

import httpx2
from pydantic import ValidationError

from llmextract.backends import _plain_body, _request_rewrites, _resampling
from llmextract.backends._aiohttp_pool import AiohttpPool
from llmextract.backends._instructor_checks import (
    SignedHandler,
    remember_async_validator_checks,
)
from llmextract.backends._proxy import proxy_for
from llmextract.backends._redact import (
    endpoint_host,
    install_log_filter,
    redact_url,
    scrub,
    url_secrets,
)
from llmextract.backends._transport import (
    AsyncDeadlineTransport,
    BadPayload,
    CircuitBreaker,
    Deadline,
    DeadlineTransport,
    Decision,
    Failure,
    RetryPolicy,
    answer_text,
    within,
)
from llmextract.backends.base import ArticleInput, BackendOutput
from llmextract.backends.endpoint import (
    JSON_SCHEMA_KINDS,
    ContextOverflow,
    ServerInfo,
    context_overflow,
    probe,
)
from llmextract.errors import (
    BackendError,
    ConfigurationError,
    EndpointDownError,
    GroundingError,
    LLMExtractError,
)
from llmextract.grounding import CHECKS_VERSION
from llmextract.schema import Usage

# openai and instructor (with ``draft`` and ``review``, built on instructor) take about 0.7 s of
# CPU to import, and a run answered from the cache sends no request: they are imported where a
# request is built or its outcome read, never at import of this module.
if TYPE_CHECKING:
    import instructor
    from openai.types.chat import ChatCompletion

    from llmextract.prompts import Prompt
    from llmextract.review import ReviewSession

# instructor logs every give-up at ERROR; with no logging configured Python would print that to
# stderr next to our own one-line error. Users who configure logging still receive it.
logging.getLogger("instructor").addHandler(logging.NullHandler())

ModeName = Literal["tools", "json_schema", "json"]
#: Our mode names and the ``instructor.Mode`` member each stands for.
_MODES = {"tools": "TOOLS", "json_schema": "JSON_SCHEMA", "json": "JSON"}
_OPENAI_DEFAULT_MODEL = "gpt-4o-mini"
_OPENAI_URL = "https://api.openai.com/v1"
#: The per-article deadline when none is set: what the README promises.
DEFAULT_DEADLINE = 300.0
#: Prompt characters covered by the base timeout; a longer conversation gets proportionally more.
_TIMEOUT_CHARS = 16_000


@dataclass(frozen=True)
class OpenAISettings:
    """Everything that selects and tunes the endpoint. ``api_key`` never leaves this object."""

    model: str
    base_url: str | None = None
    api_key: str = field(default="", repr=False)
    #: None: chosen per endpoint (``json_schema`` for llama.cpp, vLLM and Ollama, whose tool
    #: calls are unreliable through instructor; ``tools`` elsewhere). ``LLMEXTRACT_MODE`` wins.
    mode: ModeName | None = None
    temperature: float = 0.0
    #: Temperature of a re-ask (never below ``temperature``): at 0 a re-ask repeats the answer.
    reask_temperature: float = 0.7
    max_tokens: int = 4096
    #: Tokens one article may spend across all re-asks; instructor stops past it.
    token_budget: int | None = 60_000
    reasks: int = 2
    #: Wall-clock seconds one HTTP request may take, body included (``LLMEXTRACT_TIMEOUT``).
    timeout: float = 120.0
    max_attempts: int = 5
    #: Wall-clock seconds one article may take in all: attempts, waits and re-asks
    #: (``LLMEXTRACT_DEADLINE``). None: 300 s, or ``timeout`` when that is longer.
    deadline: float | None = None
    #: Seconds the circuit breaker stays open once it decided the endpoint is down.
    breaker_cooldown: float = 60.0

    def __post_init__(self) -> None:
        for name in ("timeout", "deadline", "breaker_cooldown"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ConfigurationError(f"{name} must be a positive number of seconds, "
                                         f"not {value!r}")
        if self.max_tokens < 1 or self.max_attempts < 1:
            raise ConfigurationError("max_tokens and max_attempts must be at least 1")

    @property
    def article_deadline(self) -> float:
        return self.deadline if self.deadline is not None else max(DEFAULT_DEADLINE,
                                                                   self.timeout)

    @classmethod
    def from_env(cls, model: str | None = None, **overrides: Any) -> OpenAISettings:
        """``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``LLMEXTRACT_MODEL``, ``LLMEXTRACT_MODE``,
        ``LLMEXTRACT_TIMEOUT``, ``LLMEXTRACT_DEADLINE``, ``LLMEXTRACT_MAX_TOKENS``."""
        base_url = overrides.pop("base_url", None) or os.environ.get("OPENAI_BASE_URL") or None
        api_key = overrides.pop("api_key", None) or os.environ.get("OPENAI_API_KEY") or ""
        model = model or os.environ.get("LLMEXTRACT_MODEL") or None
        if model is None:
            if base_url is not None:
                raise ConfigurationError(
                    f"no model named for {endpoint_host(base_url)}; set LLMEXTRACT_MODEL or "
                    "pass --model"
                )
            model = _OPENAI_DEFAULT_MODEL
        if not api_key:
            if base_url is None:
                raise ConfigurationError(
                    "no LLM endpoint configured: set OPENAI_API_KEY (and optionally "
                    "OPENAI_BASE_URL, LLMEXTRACT_MODEL), or use the offline backend with "
                    "--backend rules / LLMEXTRACT_BACKEND=rules"
                )
            api_key = "not-needed"  # local servers (Ollama, vLLM, llama.cpp) accept any key
        mode = overrides.pop("mode", None) or os.environ.get("LLMEXTRACT_MODE") or None
        if mode == "auto":
            mode = None  # what provenance records for "chosen by asking the server"
        if mode is not None and mode not in _MODES:
            known = ", ".join(["auto", *sorted(_MODES)])
            raise ConfigurationError(f"unknown mode {mode!r}; use one of {known}")
        for name, variable, kind in (("timeout", "LLMEXTRACT_TIMEOUT", float),
                                     ("deadline", "LLMEXTRACT_DEADLINE", float),
                                     ("max_tokens", "LLMEXTRACT_MAX_TOKENS", int)):
            if name not in overrides and os.environ.get(variable):
                overrides[name] = _number(variable, os.environ[variable], kind)
        return cls(model=model, base_url=base_url, api_key=api_key,
                   mode=cast("ModeName | None", mode), **overrides)


def _number(variable: str, raw: str, kind: Callable[[str], float | int]) -> float | int:
    try:
        value = kind(raw.strip())
    except ValueError:
        value = 0
    if not value > 0:
        what = "a whole number" if kind is int else "a number of seconds"
        raise ConfigurationError(f"{variable} must be {what} above 0, not {raw!r}")
    return value


class OpenAIBackend:
    name = "openai"
    cacheable = True
    uses_prompt = True

    def __init__(self, settings: OpenAISettings, *, sleep: Any = None, async_sleep: Any = None,
                 http_client: httpx2.Client | None = None,
                 async_http_client: httpx2.AsyncClient | None = None) -> None:
        """``http_client`` / ``async_http_client`` (httpx2, as openai 3.x requires) are for
        proxies, custom TLS or test transports; ``sleep`` replaces the wait between retries.

        An injected client keeps its own timeouts: the wall-clock bound per request (rule 1 of
        the retry rules) needs the transport built here. The per-article deadline holds either
        way between attempts, and around each attempt on the async path.
        """
        self.settings = settings
        self._http_client = http_client
        self._async_http_client = async_http_client
        self._sleep = sleep or time.sleep
        self._async_sleep = async_sleep or asyncio.sleep
        self._client: instructor.Instructor | None = None
        self._server: ServerInfo | None = None
        self._server_lock = threading.Lock()
        self._async_clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, instructor.AsyncInstructor
        ] = weakref.WeakKeyDictionary()
        self.breaker = CircuitBreaker(self.endpoint_host() or "the endpoint",
                                      cooldown=settings.breaker_cooldown)
        self._secrets = [s for s in (settings.api_key, *url_secrets(settings.base_url))
                         if s and len(s) >= 4]
        install_log_filter(self._secrets)

    @property
    def base_url(self) -> str:
        """The endpoint's URL with any credentials in it replaced by ``***``."""
        return redact_url((self.settings.base_url or _OPENAI_URL).rstrip("/"))

    def identity(self) -> dict[str, Any]:
        s = self.settings
        return {
            "backend": self.name,
            "model": s.model,
            "base_url": self.base_url,
            # "auto" rather than the mode it resolves to: resolving asks the server, and a cache
            # hit must make no request. The base URL already pins which server decides.
            "mode": s.mode or "auto",
            "temperature": s.temperature,
            "reask_temperature": s.reask_temperature,
            "max_tokens": s.max_tokens,
            "reasks": s.reasks,
            "checks_version": CHECKS_VERSION,
        }

    def endpoint_host(self) -> str | None:
        return endpoint_host(self.settings.base_url or _OPENAI_URL)

    def model_name(self) -> str | None:
        return self.settings.model

    # -- the server -------------------------------------------------------------------------

    def server(self) -> ServerInfo:
        """What the endpoint says about itself, asked once per backend (``endpoint.probe``)."""
        with self._server_lock:
            if self._server is None:
                s = self.settings
                self._server = probe(s.base_url, s.api_key, client=self._http_client)
                self._check_model(self._server)
            return self._server

    def _check_model(self, server: ServerInfo) -> None:
        # A local server answers any model name with whatever it has loaded; the result would
        # then be recorded and cached under a model that never ran.
        if server.kind in JSON_SCHEMA_KINDS and server.models and (
            self.settings.model not in server.models
        ):
            served = ", ".join(server.models[:5])
            raise ConfigurationError(
                f"model {self.settings.model!r} is not served by {self.endpoint_host()} "
                f"({server.kind}); it serves: {served}. Set LLMEXTRACT_MODEL or --model"
            )

    @property
    def mode(self) -> ModeName:
        """The setting, else the mode measured to work with this kind of server."""
        if self.settings.mode is not None:
            return self.settings.mode
        return "json_schema" if self.server().kind in JSON_SCHEMA_KINDS else "tools"

    def server_slots(self) -> int | None:
        """Requests the server serves at once, where it says (more would only queue)."""
        return self.server().total_slots

    def scrub(self, text: str) -> str:
        """``text`` without the API key or any credential from the base URL."""
        return scrub(text, self._secrets)

    # -- sync -------------------------------------------------------------------------------

    def run(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        from llmextract.draft import bound_session

        call = _Call(self, article, _require(prompt))
        limit = self.breaker.attempt_limit()
        client = self._sync_client()
        with bound_session(call.session), call.deadline.active():
            while True:
                try:
                    call.session.restart()
                    client.create(**call.request())
                except Exception as exc:
                    decision = call.after_failure(exc, limit)
                    if not decision.retry:
                        return call.settle(exc, decision)
                    self._sleep(decision.wait)
                    self.breaker.check()
                    continue
                return call.output()

    # -- async ------------------------------------------------------------------------------

    async def run_async(self, article: ArticleInput, prompt: Prompt | None, *,
                        after: EarlierAnswer | None = None) -> BackendOutput:
        """``run`` for asyncio callers; ``after``: continue the conversation of an answer
        given outside the live loop (``judge_answer``) instead of asking afresh."""
        from llmextract.draft import bound_session

        call = _Call(self, article, _require(prompt), after)
        limit = self.breaker.attempt_limit()
        client = self._async_client()
        with bound_session(call.session), call.deadline.active():
            while True:
                try:
                    call.session.restart()
                    # The outer bound also holds for an injected client without our transport.
                    await within(call.deadline.remaining() + 1.0,
                                 client.create(**call.request()))
                except Exception as exc:
                    decision = call.after_failure(exc, limit)
                    if not decision.retry:
                        return call.settle(exc, decision)
                    await self._async_sleep(decision.wait)
                    self.breaker.check()
                    continue
                return call.output()

    # -- one request, outside the live loop (the Batch API) ---------------------------------

    def request_body(self, messages: list[dict[str, Any]]) -> dict[str, Any]:
        """The chat-completions body of an extraction's first request, built by instructor for
        this mode exactly as the live path builds it: the Batch API sends it unchanged."""
        from instructor.v2.core.response import handle_response_model

        from llmextract.draft import Draft

        s = self.settings
        _, body = handle_response_model(
            Draft, mode=_instructor_mode(self.mode), model=s.model,
            messages=[dict(m) for m in messages],
            temperature=s.temperature, max_tokens=s.max_tokens)
        return body

    def judge_answer(self, article: ArticleInput, prompt: Prompt | None,
                     completion: Mapping[str, Any]) -> BackendOutput | EarlierAnswer | None:
        """An answer the live loop did not ask for (a Batch API output line's body), judged as
        the live path judges the answer to its first request (instructor's parser for this
        mode, then the review): the output it would keep (of an answer cut off at the token
        limit, its finished items); where it would re-ask, the conversation so far, for
        ``run_async(..., after=...)`` to continue; None where the live transport would have
        refused the answer before any review (no choices, filtered, cut off before any item was
        finished), so the article is asked afresh. Raises the live path's error where it would
        stop at this answer (nothing usable, and no re-ask or token budget left)."""
        from instructor.core.exceptions import ResponseParsingError
        from openai.types.chat import ChatCompletion

        from llmextract.draft import bound_session

        # What instructor re-asks on (``instructor.v2.core.retry``); anything else ends it.
        reasked = (ValidationError, json.JSONDecodeError, ResponseParsingError)
        choices = completion.get("choices")
        if not (isinstance(choices, list) and choices and isinstance(choices[0], dict)
                and choices[0].get("finish_reason") != "content_filter"):
            return None
        try:
            response = ChatCompletion.model_validate(dict(completion))
        except ValidationError:
            return None
        call = _Call(self, article, _require(prompt))
        call.answered_elsewhere(response)
        if choices[0].get("finish_reason") == "length":
            # As live: the finished items are kept and nothing is asked again; an answer that
            # finished nothing is asked afresh (the live path has no answer to keep either).
            cut = BadPayload("length", "the answer was cut off", partial=answer_text(choices[0]))
            with bound_session(call.session):
                return call._keep_cut_answer(cut)
        with bound_session(call.session):
            try:
                self._parse(response)
            except reasked as exc:
                return call.refused_elsewhere(response, exc)
            except Exception:
                return None
        return call.output()

    def _parse(self, response: ChatCompletion) -> None:
        """Read an answer as instructor reads it for this mode, into the bound review."""
        from instructor.v2.core.response import handle_response_model

        from llmextract.draft import Draft

        model, _ = handle_response_model(Draft, mode=_instructor_mode(self.mode))  # loads the
        self._handlers().response_parser(  # registry too
            response=response, response_model=model or Draft, validation_context=None,
            strict=False, stream=False, is_async=False)

    def _handlers(self) -> Any:
        from instructor.v2.core.providers import Provider
        from instructor.v2.core.registry import mode_registry

        return mode_registry.get_handlers(Provider.OPENAI, _instructor_mode(self.mode))

    # -- clients ----------------------------------------------------------------------------

    def through(self, layer: Callable[[httpx2.AsyncBaseTransport], httpx2.AsyncBaseTransport],
                connections: int) -> tuple[OpenAIBackend, httpx2.AsyncClient] | None:
        """This backend again, its async requests sent through ``layer`` (request slots,
        pacing) laid over the transport its own client has (the whole-request deadline, unusable
        200s recognised), on an aiohttp pool of ``connections`` (``_aiohttp_pool``: about half
        the CPU per request of httpx2's own): what corpus runs and the service use.
        None when the caller gave this backend an HTTP client, which is then kept as it is. The
        client returned is the caller's to close. openai is not imported here, so a run served
        from the cache never loads it."""
        if self._async_http_client is not None:
            return None
        pool = AiohttpPool(connections, proxy=self._proxy())
        client = httpx2.AsyncClient(
            transport=layer(AsyncDeadlineTransport(self.settings.timeout, pool)),
            follow_redirects=True)
        return OpenAIBackend(self.settings, async_http_client=client), client

    def _proxy(self) -> str | None:
        """The environment's proxy for the endpoint (``_proxy``): our pools are handed to
        httpx2, which then reads no proxy variable itself."""
        return proxy_for(self.settings.base_url or _OPENAI_URL)

    def _client_kwargs(self) -> dict[str, Any]:
        s = self.settings
        return {
            "api_key": s.api_key,
            "base_url": s.base_url,
            "max_retries": 0,  # our transport policy owns retries; never multiply the two
            "timeout": httpx2.Timeout(s.timeout, connect=min(10.0, s.timeout)),
        }

    def _sync_client(self) -> instructor.Instructor:
        if self._client is None:
            import instructor
            import openai

            remember_async_validator_checks()
            http = self._http_client or openai.DefaultHttpxClient(
                transport=DeadlineTransport(self.settings.timeout, proxy=self._proxy()))
            client = openai.OpenAI(**self._client_kwargs(), http_client=http)
            _request_rewrites.install(client, _resampling.adjust, _plain_body.split)
            self._client = instructor.from_openai(client, mode=_instructor_mode(self.mode))
        return self._client

    def _async_client(self) -> instructor.AsyncInstructor:
        # An async HTTP client belongs to the event loop that created it.
        loop = asyncio.get_running_loop()
        client = self._async_clients.get(loop)
        if client is None:
            import instructor
            import openai

            remember_async_validator_checks()
            http = self._async_http_client or openai.DefaultAsyncHttpxClient(
                transport=AsyncDeadlineTransport(self.settings.timeout, proxy=self._proxy()))
            raw = openai.AsyncOpenAI(**self._client_kwargs(), http_client=http)
            _request_rewrites.install(raw, _resampling.adjust, _plain_body.split)
            client = instructor.from_openai(raw, mode=_instructor_mode(self.mode))
            self._async_clients[loop] = client
        return client


@dataclass
class EarlierAnswer:
    """An answer given outside the live loop (a Batch API answer) that review refused while
    re-asks remained: the conversation so far, which a live call continues as the live path
    continues its own after a refused first answer (``OpenAIBackend.judge_answer``)."""

    #: The review that refused it: its best answer may still be the one kept.
    session: ReviewSession
    #: The answer as the assistant turn and the re-ask naming what failed, as instructor
    #: writes them for the mode.
    turns: list[dict[str, Any]]
    usage: Usage
    model: str | None


class _Call:
    """The bookkeeping of one extraction: counters, the request, and error translation."""

    def __init__(self, backend: OpenAIBackend, article: ArticleInput, prompt: Prompt,
                 after: EarlierAnswer | None = None) -> None:
        from instructor.core.hooks import Hooks

        from llmextract.review import ReviewSession

        self.backend = backend
        self.settings = backend.settings
        self.article = article
        self.prompt = prompt
        self.messages = prompt.messages(article.text, article.published)
        self.session = after.session if after is not None else ReviewSession(
            article.text, article.published, self.settings.reasks + 1,
            instructions=_instructions(self.messages))
        #: HTTP requests sent (every re-ask and retry counts).
        self.attempts = 0
        #: Times the whole request was sent again after a transport failure, plus one.
        self.tries = 0
        self.reasks = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        #: The last response's own token counts (the conversation grows with each re-ask).
        self.last_usage = (0, 0)
        #: The model named in the responses, which may differ from the one requested.
        self.answered_by: str | None = None
        self.deadline = Deadline(self.settings.article_deadline)
        self.policy = RetryPolicy(max_attempts=self.settings.max_attempts)
        self.hooks = Hooks()
        self.hooks.on("completion:kwargs", SignedHandler(self._on_request))
        self.hooks.on("completion:response", SignedHandler(self._on_response))
        self.hooks.on("parse:error", SignedHandler(self._on_parse_error))
        self.reasks_left = self.settings.reasks
        self.token_budget = self.settings.token_budget
        #: An earlier answer's turns, sent after the prompt; the transport try that last did.
        self.turns: list[dict[str, Any]] | None = None
        self.turns_sent = 0
        if after is not None:
            self._carry_on(after)

    def _carry_on(self, after: EarlierAnswer) -> None:
        """Start from an earlier answer: it was the first attempt and its re-ask the first."""
        self.turns = after.turns
        self.attempts = self.reasks = 1
        self.reasks_left -= 1
        self.prompt_tokens = after.usage.prompt_tokens
        self.completion_tokens = after.usage.completion_tokens
        self.last_usage = (self.prompt_tokens, self.completion_tokens)
        self.answered_by = after.model
        if self.token_budget is not None:
            spent = after.usage.prompt_tokens + after.usage.completion_tokens
            self.token_budget = max(1, self.token_budget - spent)

    def answered_elsewhere(self, response: ChatCompletion) -> None:
        """Count an answer the live loop did not ask for as this call's first attempt."""
        self.attempts += 1
        usage = response.usage
        self.last_usage = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
        self.prompt_tokens, self.completion_tokens = self.last_usage
        self.answered_by = response.model or None

    def refused_elsewhere(self, response: ChatCompletion,
                          exc: Exception) -> EarlierAnswer | BackendOutput:
        """After review refused that answer: the conversation to continue, or, where the live
        path would stop here (no re-ask or token left), what it keeps or its error."""
        from instructor.core.exceptions import InstructorRetryException, TokenBudgetExceeded

        s = self.settings
        spent = self.prompt_tokens + self.completion_tokens
        if s.token_budget is not None and spent >= s.token_budget:
            end: InstructorRetryException = TokenBudgetExceeded(
                f"Token budget exhausted after {spent} tokens", budget=s.token_budget,
                n_attempts=1, total_usage=None)
        elif s.reasks < 1:
            end = InstructorRetryException(str(exc), n_attempts=1, total_usage=None)
        else:
            self.session.earlier = self.session.answers
            turns = self.backend._handlers().reask_handler(
                kwargs={"messages": []}, response=response, exception=exc)["messages"]
            return EarlierAnswer(self.session, turns, self.usage(), self.answered_by)
        end.__cause__ = exc
        return self.settle(end, Decision(False))

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1
        messages = kwargs.get("messages")
        if self.turns is not None and self.turns_sent != self.tries and isinstance(messages,
                                                                                   list):
            # An earlier answer continued: its turns go where instructor appends its own
            # re-asks, after the prompt it prepared for the mode, so the request is the one the
            # live path sends after refusing a first answer, and later re-asks follow it.
            messages.extend(dict(m) for m in self.turns)
            self.turns_sent = self.tries
        _plain_reasks(messages)

    def _on_response(self, response: Any, *args: Any, **kwargs: Any) -> None:
        usage = getattr(response, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion = int(getattr(usage, "completion_tokens", 0) or 0)
        self.prompt_tokens += prompt
        self.completion_tokens += completion
        self.last_usage = (prompt, completion)
        model = getattr(response, "model", None)
        if isinstance(model, str) and model:
            self.answered_by = model
        self.backend.breaker.record_attempt(None)

    def _on_parse_error(self, error: Any, *args: Any, **kwargs: Any) -> None:
        if not kwargs.get("is_last_attempt", False):
            self.reasks += 1

    def request(self) -> dict[str, Any]:
        from llmextract.draft import Draft

        s = self.settings
        self.tries += 1
        return {
            "model": s.model,
            # A fresh list each attempt: instructor appends re-ask turns to what it is given.
            "messages": [dict(m) for m in self.messages],
            "response_model": Draft,
            "max_retries": self.reasks_left,
            "strict": False,
            "hooks": self.hooks,
            "token_budget": self.token_budget,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
            "timeout": self.request_timeout(),
            _resampling.PLAN_KEY: (len(self.messages), s.reask_temperature),
        }

    def request_timeout(self) -> httpx2.Timeout:
        """The read timeout grows with the prompt: a local server reads a long prompt for tens
        of seconds before the first token, and every re-ask resends the conversation."""
        s = self.settings
        chars = sum(len(str(m.get("content", ""))) for m in self.messages)
        scale = max(1.0, chars / _TIMEOUT_CHARS)
        # An httpx2.Timeout, not a float: instructor turns a float timeout into a total limit
        # on its re-asks.
        return httpx2.Timeout(s.timeout * scale, connect=min(10.0, s.timeout))

    def output(self, note: str | None = None) -> BackendOutput:
        outcome = self.session.chosen or self.session.best
        assert outcome is not None, "output() follows an accepted or kept answer"
        from llmextract.review import to_items

        events, claims = to_items(outcome)
        self.backend.breaker.record_article(None, "")
        return BackendOutput(
            events=events,
            claims=claims,
            usage=self.usage(),
            attempts=self.attempts,
            reasks=self.reasks,
            rejected=list(outcome.rejected),
            warnings=[*outcome.warnings, *([note] if note else [])],
            model=self.answered_by,
        )

    def usage(self) -> Usage:
        return Usage(prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens)

    def settle(self, exc: BaseException, decision: Decision) -> BackendOutput:
        """After the exchange failed: keep the best answer seen when the model, not the
        endpoint, ran out of chances (re-asks or token budget); otherwise one actionable error
        that records what was spent."""
        import openai
        from instructor.core.exceptions import TokenBudgetError

        kept = self._keep_cut_answer(exc)
        if kept is not None:
            return kept
        cause = _root(exc)
        if self.session.best is not None and _failure_of(exc) is None and not isinstance(
                cause, (openai.APIError, EndpointDownError, asyncio.TimeoutError)):
            budget = isinstance(exc, TokenBudgetError) or isinstance(cause, TokenBudgetError)
            note = (f"the token budget of {self.settings.token_budget} tokens ended the re-asks; "
                    "the best answer so far was kept") if budget else None
            return self.output(note)
        error = self.failure(exc, self.session.last_problems, decision)
        error.usage, error.attempts = self.usage(), self.attempts
        raise error from exc

    def _keep_cut_answer(self, exc: BaseException) -> BackendOutput | None:
        """An answer cut off by the token limit keeps the items it finished (reviewed like any
        answer), or the best earlier answer of the exchange when that kept more; the unfinished
        rest is recorded as rejected, so the result says it is partial."""
        payload = _find(exc, BadPayload)
        if payload is None or payload.kind != "length":
            return None
        where = self._cut_where()
        if not self.session.keep_cut(payload.partial, where):
            return None
        return self.output()

    def _cut_where(self) -> str:
        n_ctx = self._context_ran_out()
        if n_ctx:
            return f"where the {n_ctx:,}-token context ran out"
        return f"at max_tokens={self.settings.max_tokens}"

    def _context_ran_out(self) -> int | None:
        """The server's context size when the last answer filled it (llama.cpp then stops and
        reports "length", which instructor words as a max_tokens problem)."""
        prompt, completion = self.last_usage
        n_ctx = self.backend.server().n_ctx
        return n_ctx if n_ctx and prompt + completion >= n_ctx - 16 else None

    def after_failure(self, exc: BaseException, limit: int | None) -> Decision:
        """Rules 2-6 for this failure: retry after a wait, or stop (and tell the breaker)."""
        if isinstance(exc, EndpointDownError):
            return Decision(False)
        failure = _failure_of(exc)
        if failure is None:
            return Decision(False)
        self.backend.breaker.record_attempt(failure)
        payload = _find(exc, BadPayload)
        if payload is not None:
            # A refused 200 (cut off, filtered) was still generated and billed.
            self.last_usage = (int(payload.usage.get("prompt_tokens") or 0),
                               int(payload.usage.get("completion_tokens") or 0))
            self.prompt_tokens += self.last_usage[0]
            self.completion_tokens += self.last_usage[1]
        decision = self.policy.decide(failure, self.tries, self.deadline, limit)
        if not decision.retry:
            self.backend.breaker.record_article(failure, self._summary(failure))
        return decision

    def _summary(self, failure: Failure) -> str:
        if failure.kind == "status":
            return f"HTTP {failure.status}"
        return {"timeout": "no answer in time", "connect": "connection refused or lost"}.get(
            failure.kind, failure.kind)

    def failure(self, exc: BaseException, problems: list[str],
                decision: Decision | None = None) -> LLMExtractError:
        """Translate whatever ended the call into one actionable error; never echo a secret."""
        if isinstance(exc, EndpointDownError):
            return exc
        error = self._transport_failure(exc, decision or Decision(False))
        if error is None:
            error = self._answer_failure(exc, problems)
        return type(error)(self.backend.scrub(str(error)))

    def _over(self) -> str:
        return (f"{self.tries} attempt(s) over {self.deadline.elapsed():.0f}s")

    def _transport_failure(self, exc: BaseException,
                           decision: Decision) -> LLMExtractError | None:
        failure = _failure_of(exc)
        if failure is None:
            return None
        host = self.backend.endpoint_host()
        s = self.settings
        reason = (f"; {decision.reason}"
                  if decision.reason and not decision.reason.startswith("gave up after") else "")
        payload = _find(exc, BadPayload)
        if payload is not None and payload.kind == "length":
            return BackendError(f"{host}: {self._incomplete_message()}")
        if payload is not None:
            return BackendError(f"{host} {payload}")
        if failure.kind == "timeout":
            return BackendError(
                f"{host} did not answer within {s.timeout:g}s, {self._over()} (per-article "
                f"deadline {s.article_deadline:g}s){reason}; raise --timeout / "
                "LLMEXTRACT_TIMEOUT for slow local models"
            )
        if failure.kind == "connect":
            return BackendError(
                f"cannot connect to {self.backend.base_url} after {self._over()}{reason}; is "
                "the server running?"
            )
        status = failure.status
        cause = _root(exc)
        message = _first_line(failure.message) or "(no message)"
        code = f", {failure.code}" if failure.code else ""
        if status == 401:
            return BackendError(
                f"the API key was rejected by {host} (HTTP 401); check OPENAI_API_KEY"
            )
        if status == 403:
            return BackendError(f"{host} refused access to model {s.model!r} (HTTP 403): "
                                f"{message}")
        if status == 404:
            return BackendError(
                f"model {s.model!r} was not found at {host} (HTTP 404); check LLMEXTRACT_MODEL "
                "or --model, and OPENAI_BASE_URL"
            )
        overflow = _overflow(cause)
        if overflow is not None:
            return BackendError(self._overflow_message(overflow))
        if failure.quota_exhausted:
            return BackendError(
                f"{host} refused the request: {message} (HTTP 429{code}); waiting does not "
                "fix this: check the account's plan, quota and billing"
            )
        if status == 429:
            return BackendError(
                f"{host} kept rate-limiting (HTTP 429) after {self._over()}{reason}; lower "
                "--concurrency or try again later"
            )
        if failure.transient:
            return BackendError(
                f"{host} kept failing (HTTP {status}) after {self._over()}{reason}; last "
                f"message: {message}"
            )
        if status is not None and status >= 500:
            return BackendError(
                f"{host} answered HTTP {status}: {message}; not retried: the server rejected "
                "this request itself, so sending it again would fail the same way"
            )
        return BackendError(f"{host} answered HTTP {status}{code}: {message}")

    def _answer_failure(self, exc: BaseException, problems: list[str]) -> LLMExtractError:
        from instructor.core.exceptions import (
            IncompleteOutputException,
            InstructorRetryException,
            TokenBudgetError,
        )

        cause = _root(exc)
        host = self.backend.endpoint_host()
        if isinstance(exc, TokenBudgetError) or isinstance(cause, TokenBudgetError):
            return BackendError(
                f"the token budget of {self.settings.token_budget} tokens for this article was "
                f"spent before a valid answer arrived ({self.attempts} attempt(s))"
            )
        if isinstance(cause, (ValidationError, InstructorRetryException)) or isinstance(
                exc, InstructorRetryException):
            if not problems and isinstance(cause, ValidationError):
                problems = [
                    f"{'.'.join(str(p) for p in err['loc']) or 'answer'}: {err['msg']}"
                    for err in cause.errors()[:5]
                ]
            detail = "; ".join(problems[:5]) or _first_line(str(cause))
            return GroundingError(
                f"the model gave no answer that could be read as events and claims in "
                f"{self.attempts} attempt(s) ({self.reasks} re-ask(s)); nothing was returned or "
                f"cached. Last problem: {detail}"
            )
        if isinstance(cause, IncompleteOutputException) or isinstance(
            exc, IncompleteOutputException
        ):
            return BackendError(self._incomplete_message())
        if isinstance(cause, asyncio.TimeoutError):
            return BackendError(f"{host} did not finish within the per-article deadline of "
                                f"{self.settings.article_deadline:g}s")
        return BackendError(f"extraction failed at {host}: {_first_line(str(cause))}")


    def _overflow_message(self, overflow: ContextOverflow) -> str:
        n_ctx = overflow.n_ctx or self.backend.server().n_ctx
        window = f"{n_ctx:,}-token context" if n_ctx else "context window"
        asked = f" ({overflow.prompt_tokens:,} tokens)" if overflow.prompt_tokens else ""
        if self.reasks:
            return (
                f"after {self.reasks} re-ask(s) the conversation{asked} no longer fits the "
                f"{window} of {self.settings.model!r} at {self.backend.endpoint_host()}; "
                "nothing was returned or cached. Give the server a larger context "
                "(llama.cpp: --ctx-size) or ask for fewer re-asks"
            )
        return (
            f"the article ({len(self.article.text):,} characters) with the prompt{asked} is "
            f"too long for the {window} of {self.settings.model!r} at "
            f"{self.backend.endpoint_host()}; split it, or give the server a larger context "
            "(llama.cpp: --ctx-size; Ollama: num_ctx)"
        )

    def _incomplete_message(self) -> str:
        prompt, completion = self.last_usage
        n_ctx = self._context_ran_out()
        if n_ctx:
            return (
                f"the answer was cut off where the {n_ctx:,}-token context of "
                f"{self.settings.model!r} ran out (prompt {prompt:,} + answer {completion:,} "
                f"tokens, after {self.reasks} re-ask(s)); give the server a larger context "
                "(llama.cpp: --ctx-size)"
            )
        return (
            f"the answer was cut off at max_tokens={self.settings.max_tokens} "
            f"(finish_reason \"length\") before it was complete; raise --max-tokens / "
            "LLMEXTRACT_MAX_TOKENS, or use a model that answers more briefly"
        )


# instructor wraps our re-ask message in its own words ("Validation Error found:" ... "Recall the
# function correctly, fix the errors"; "Correct your JSON ONLY RESPONSE, based on the following
# errors:"). The message already says what to do; the wrapper only costs tokens. The request hook
# sees the very message list that is sent, so the wrapper is taken off there.
_REASK_WRAPPERS = (
    ("Validation Error found:\n", "\nRecall the function correctly, fix the errors"),
    ("Correct your JSON ONLY RESPONSE, based on the following errors:\n", ""),
)


def _plain_reasks(messages: Any) -> None:
    if not isinstance(messages, list):
        return
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str) or message.get("role") not in ("user", "tool"):
            continue
        for head, tail in _REASK_WRAPPERS:
            inner = content[len(head):len(content) - len(tail)]
            if (content.startswith(head) and content.endswith(tail)
                    and inner.startswith(("Some items of your answer", "Your answer"))):
                message["content"] = inner
                break


def _instructor_mode(name: str) -> instructor.Mode:
    import instructor

    return getattr(instructor.Mode, _MODES[name])  # type: ignore[no-any-return]


def _instructions(messages: list[dict[str, Any]]) -> str:
    """The prompt's system text: what a quote must not be copied from."""
    return "\n".join(str(m.get("content", "")) for m in messages if m.get("role") == "system")


def _require(prompt: Prompt | None) -> Prompt:
    if prompt is None:
        raise ConfigurationError("the openai backend needs a prompt")
    return prompt


def _root(exc: BaseException) -> BaseException:
    """The openai or validation error inside instructor's wrapper, if there is one."""
    from instructor.core.exceptions import InstructorRetryException

    seen = exc
    while isinstance(seen, InstructorRetryException) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def _find(exc: BaseException, kind: type[BadPayload]) -> BadPayload | None:
    """The first ``kind`` in ``exc``'s chain of causes (openai wraps transport errors)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _failure_of(exc: BaseException) -> Failure | None:
    """The transport failure behind ``exc``, or None when the answer itself was the problem."""
    import openai

    payload = _find(exc, BadPayload)
    if payload is not None:
        return Failure("payload", message=str(payload), payload_retryable=payload.retryable,
                       code=str(payload.error.get("code") or payload.error.get("type") or "")
                       or None)
    cause = _root(exc)
    if isinstance(cause, (openai.APITimeoutError, asyncio.TimeoutError)):
        return Failure("timeout", message="timed out")
    if isinstance(cause, openai.APIConnectionError):
        return Failure("connect", message=_first_line(str(cause.__cause__ or cause)))
    if isinstance(cause, openai.APIStatusError):
        body = cause.body
        message, code = "", None
        if isinstance(body, Mapping):
            message = str(body.get("message") or body.get("error") or "")
            code = str(body.get("code") or body.get("type") or "") or None
        elif body is not None:
            message = str(body)
        if not message:
            message = _first_line(str(cause))
        headers: Mapping[str, str] = dict(cause.response.headers) if cause.response else {}
        return Failure("status", status=cause.status_code, headers=headers,
                       message=_first_line(message), code=code)
    return None


def _overflow(cause: BaseException) -> ContextOverflow | None:
    """Context overflow in any server's wording (``endpoint.context_overflow``)."""
    import openai

    if not isinstance(cause, openai.APIStatusError) or cause.status_code not in (400, 413, 500):
        return None
    return context_overflow(getattr(cause, "code", None), getattr(cause, "type", None),
                            str(getattr(cause, "message", "") or cause), cause.body)


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line[:300]
