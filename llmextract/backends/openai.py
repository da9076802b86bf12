"""Any OpenAI-compatible endpoint (OpenAI, Azure's v1 API, Ollama, vLLM, llama.cpp) via instructor.

Two retry layers with separate jobs, never multiplied:
- instructor re-asks on *validation* errors only (an ungrounded quote, a count its own quote
  contradicts, malformed JSON), bounded by ``reasks`` (``max_retries=N`` is N+1 calls);
- a tenacity policy, built new for every call, retries *transport* failures (429, 5xx, 408,
  timeouts, connection errors) with exponential backoff and jitter, honours ``Retry-After``, and
  is bounded in attempts and total time. The openai client's own retries are off.

The API key lives only in the client object: it is not in ``identity()``, the cache key,
provenance, logs or error messages.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import os
import threading
import time
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import urlparse

import httpx2
import instructor
import openai
from instructor.core.exceptions import (
    IncompleteOutputException,
    InstructorRetryException,
    TokenBudgetError,
)
from instructor.core.hooks import Hooks
from pydantic import ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_random_exponential,
)

from llmextract.backends import _resampling
from llmextract.backends.base import ArticleInput, BackendOutput
from llmextract.backends.endpoint import (
    JSON_SCHEMA_KINDS,
    ContextOverflow,
    ServerInfo,
    context_overflow,
    probe,
)
from llmextract.draft import CHECKS_VERSION, Draft, grounding_session, to_items
from llmextract.errors import BackendError, ConfigurationError, GroundingError
from llmextract.schema import Usage

if TYPE_CHECKING:
    from llmextract.prompts import Prompt

# instructor logs every give-up at ERROR; with no logging configured Python would print that to
# stderr next to our own one-line error. Users who configure logging still receive it.
logging.getLogger("instructor").addHandler(logging.NullHandler())

ModeName = Literal["tools", "json_schema", "json"]
_MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}
_OPENAI_DEFAULT_MODEL = "gpt-4o-mini"
_TRANSIENT_STATUS = {408, 409, 429}
#: A server asking for a longer pause than this is treated as an outage, not a hint.
_MAX_RETRY_AFTER = 60.0
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
    timeout: float = 120.0
    max_attempts: int = 5
    max_retry_seconds: float = 300.0

    @classmethod
    def from_env(cls, model: str | None = None, **overrides: Any) -> OpenAISettings:
        """``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``LLMEXTRACT_MODEL``, ``LLMEXTRACT_MODE``."""
        base_url = overrides.pop("base_url", None) or os.environ.get("OPENAI_BASE_URL") or None
        api_key = overrides.pop("api_key", None) or os.environ.get("OPENAI_API_KEY") or ""
        model = model or os.environ.get("LLMEXTRACT_MODEL") or None
        if model is None:
            if base_url is not None:
                raise ConfigurationError(
                    f"no model named for {_host(base_url)}; set LLMEXTRACT_MODEL or pass --model"
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
        if mode is not None and mode not in _MODES:
            known = ", ".join(sorted(_MODES))
            raise ConfigurationError(f"unknown mode {mode!r}; use one of {known}")
        return cls(model=model, base_url=base_url, api_key=api_key,
                   mode=cast("ModeName | None", mode), **overrides)


class OpenAIBackend:
    name = "openai"
    cacheable = True
    uses_prompt = True

    def __init__(self, settings: OpenAISettings, *, sleep: Any = None, async_sleep: Any = None,
                 http_client: httpx2.Client | None = None,
                 async_http_client: httpx2.AsyncClient | None = None) -> None:
        """``http_client`` / ``async_http_client`` (httpx2, as openai 3.x requires) are for
        proxies, custom TLS or test transports; ``sleep`` replaces the wait between retries."""
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

    def identity(self) -> dict[str, Any]:
        s = self.settings
        return {
            "backend": self.name,
            "model": s.model,
            "base_url": (s.base_url or "https://api.openai.com/v1").rstrip("/"),
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
        return _host(self.settings.base_url or "https://api.openai.com/v1")

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

    # -- sync -------------------------------------------------------------------------------

    def run(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        call = _Call(self, article, _require(prompt))
        client = self._sync_client()
        retrying = Retrying(**call.policy(self._sleep))
        with grounding_session(article.text, article.published) as session:
            try:
                for attempt in retrying:
                    with attempt:
                        draft = client.create(**call.request())
                        return call.output(draft, session.grounder)
            except Exception as exc:  # tenacity re-raises the last error
                raise call.failure(exc, session.last_problems) from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    # -- async ------------------------------------------------------------------------------

    async def run_async(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        call = _Call(self, article, _require(prompt))
        client = self._async_client()
        retrying = AsyncRetrying(**call.policy(self._async_sleep))
        with grounding_session(article.text, article.published) as session:
            try:
                async for attempt in retrying:
                    with attempt:
                        draft = await client.create(**call.request())
                        return call.output(draft, session.grounder)
            except Exception as exc:
                raise call.failure(exc, session.last_problems) from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    # -- clients ----------------------------------------------------------------------------

    def _client_kwargs(self) -> dict[str, Any]:
        s = self.settings
        return {
            "api_key": s.api_key,
            "base_url": s.base_url,
            "max_retries": 0,  # tenacity owns transport retries; never multiply the two
            "timeout": httpx2.Timeout(s.timeout, connect=min(10.0, s.timeout)),
        }

    def _sync_client(self) -> instructor.Instructor:
        if self._client is None:
            client = openai.OpenAI(**self._client_kwargs(), http_client=self._http_client)
            _resampling.install(client)
            self._client = instructor.from_openai(client, mode=_MODES[self.mode])
        return self._client

    def _async_client(self) -> instructor.AsyncInstructor:
        # An async HTTP client belongs to the event loop that created it.
        loop = asyncio.get_running_loop()
        client = self._async_clients.get(loop)
        if client is None:
            raw = openai.AsyncOpenAI(**self._client_kwargs(),
                                     http_client=self._async_http_client)
            _resampling.install(raw)
            client = instructor.from_openai(raw, mode=_MODES[self.mode])
            self._async_clients[loop] = client
        return client


class _Call:
    """The bookkeeping of one extraction: counters, the request, and error translation."""

    def __init__(self, backend: OpenAIBackend, article: ArticleInput, prompt: Prompt) -> None:
        self.backend = backend
        self.settings = backend.settings
        self.article = article
        self.prompt = prompt
        self.messages = prompt.messages(article.text, article.published)
        self.attempts = 0
        self.reasks = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        #: The last response's own token counts (the conversation grows with each re-ask).
        self.last_usage = (0, 0)
        #: The model named in the responses, which may differ from the one requested.
        self.answered_by: str | None = None
        self.started = time.monotonic()
        self.hooks = Hooks()
        self.hooks.on("completion:kwargs", self._on_request)
        self.hooks.on("completion:response", self._on_response)
        self.hooks.on("parse:error", self._on_parse_error)

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1

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

    def _on_parse_error(self, error: Any, *args: Any, **kwargs: Any) -> None:
        if not kwargs.get("is_last_attempt", False):
            self.reasks += 1

    def request(self) -> dict[str, Any]:
        s = self.settings
        return {
            "model": s.model,
            # A fresh list each attempt: instructor appends re-ask turns to what it is given.
            "messages": [dict(m) for m in self.messages],
            "response_model": Draft,
            "max_retries": s.reasks,
            "strict": False,
            "hooks": self.hooks,
            "token_budget": s.token_budget,
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

    def output(self, draft: Draft, grounder: Any) -> BackendOutput:
        events, claims = to_items(draft, grounder)
        return BackendOutput(
            events=events,
            claims=claims,
            usage=Usage(prompt_tokens=self.prompt_tokens,
                        completion_tokens=self.completion_tokens),
            attempts=self.attempts,
            reasks=self.reasks,
            model=self.answered_by,
        )

    def policy(self, sleep: Any) -> dict[str, Any]:
        s = self.settings
        return {
            "stop": stop_after_attempt(max(1, s.max_attempts))
            | stop_after_delay(s.max_retry_seconds),
            "wait": _wait,
            "retry": retry_if_exception(_is_transient),
            "reraise": True,
            "sleep": sleep,
        }

    def failure(self, exc: BaseException, problems: list[str]) -> Exception:
        """Translate whatever ended the call into one actionable error; never echo the key."""
        cause = _root(exc)
        host = self.backend.endpoint_host()
        model = self.settings.model
        if isinstance(cause, ValidationError) or (
            isinstance(exc, InstructorRetryException) and not isinstance(cause, openai.APIError)
            and not isinstance(exc, TokenBudgetError)
        ):
            if not problems and isinstance(cause, ValidationError):
                problems = [
                    f"{'.'.join(str(p) for p in err['loc']) or 'answer'}: {err['msg']}"
                    for err in cause.errors()[:5]
                ]
            detail = "; ".join(problems[:5]) or _first_line(str(cause))
            return GroundingError(
                f"the model's answer was still invalid after {self.attempts} attempt(s) "
                f"({self.reasks} re-ask(s)); nothing was returned or cached. Last problems: "
                f"{_scrub(detail, self.settings.api_key)}"
            )
        if isinstance(exc, TokenBudgetError) or isinstance(cause, TokenBudgetError):
            return BackendError(
                f"the token budget of {self.settings.token_budget} tokens for this article was "
                f"spent before a valid answer arrived ({self.attempts} attempt(s))"
            )
        if isinstance(cause, openai.AuthenticationError):
            return BackendError(
                f"the API key was rejected by {host} (HTTP 401); check OPENAI_API_KEY"
            )
        if isinstance(cause, openai.PermissionDeniedError):
            return BackendError(f"{host} refused access to model {model!r} (HTTP 403)")
        if isinstance(cause, openai.NotFoundError):
            return BackendError(
                f"model {model!r} was not found at {host} (HTTP 404); check LLMEXTRACT_MODEL "
                "or --model, and OPENAI_BASE_URL"
            )
        overflow = _overflow(cause)
        if overflow is not None:
            return BackendError(self._overflow_message(overflow))
        if isinstance(cause, IncompleteOutputException) or isinstance(
            exc, IncompleteOutputException
        ):
            return BackendError(self._incomplete_message())
        if isinstance(cause, openai.APIStatusError) and _is_transient(cause):
            return BackendError(
                f"{host} kept failing (HTTP {getattr(cause, 'status_code', '?')}) after "
                f"{self.attempts} attempt(s) over {time.monotonic() - self.started:.0f}s"
            )
        if isinstance(cause, openai.APITimeoutError):
            return BackendError(
                f"{host} did not answer within {self.settings.timeout:g}s, "
                f"{self.attempts} attempt(s); raise the timeout for slow local models"
            )
        if isinstance(cause, openai.APIConnectionError):
            return BackendError(
                f"cannot connect to {self.settings.base_url or host} after "
                f"{self.attempts} attempt(s); is the server running?"
            )
        if isinstance(cause, openai.APIStatusError):
            message = _scrub(_first_line(str(cause)), self.settings.api_key)
            return BackendError(f"{host} answered HTTP {cause.status_code}: {message}")
        return BackendError(
            f"extraction failed at {host}: "
            f"{_scrub(_first_line(str(cause)), self.settings.api_key)}"
        )


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
        n_ctx = self.backend.server().n_ctx
        if n_ctx and prompt + completion >= n_ctx - 16:
            # llama.cpp stops generating at the end of its context and reports "length", which
            # instructor words as a max_tokens problem.
            return (
                f"the answer was cut off where the {n_ctx:,}-token context of "
                f"{self.settings.model!r} ran out (prompt {prompt:,} + answer {completion:,} "
                f"tokens, after {self.reasks} re-ask(s)); give the server a larger context "
                "(llama.cpp: --ctx-size)"
            )
        return (
            f"the answer was cut off at max_tokens={self.settings.max_tokens} "
            f"({completion:,} tokens, after {self.reasks} re-ask(s)); raise "
            "LLMEXTRACT_MAX_TOKENS or use a model that answers more briefly"
        )


def _require(prompt: Prompt | None) -> Prompt:
    if prompt is None:
        raise ConfigurationError("the openai backend needs a prompt")
    return prompt


def _root(exc: BaseException) -> BaseException:
    """The openai or validation error inside instructor's wrapper, if there is one."""
    seen = exc
    while isinstance(seen, InstructorRetryException) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def _is_transient(exc: BaseException) -> bool:
    cause = _root(exc)
    if isinstance(cause, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(cause, openai.APIStatusError):
        if _overflow(cause) is not None:
            return False  # the same request overflows the same context every time
        return cause.status_code in _TRANSIENT_STATUS or cause.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms`` or ``Retry-After``), if any."""
    cause = _root(exc) if exc is not None else None
    response = getattr(cause, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        now = dt.datetime.now(parsed.tzinfo or dt.timezone.utc)
        return max(0.0, (parsed - now).total_seconds())


_backoff = wait_random_exponential(multiplier=0.5, max=30)


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    asked = _retry_after(exc)
    if asked is not None and asked <= _MAX_RETRY_AFTER:
        return asked
    return float(_backoff(state))


def _overflow(cause: BaseException) -> ContextOverflow | None:
    """Context overflow in any server's wording (``endpoint.context_overflow``)."""
    if not isinstance(cause, openai.APIStatusError) or cause.status_code not in (400, 413, 500):
        return None
    return context_overflow(getattr(cause, "code", None), getattr(cause, "type", None),
                            str(getattr(cause, "message", "") or cause), cause.body)


def _host(url: str) -> str:
    return urlparse(url).netloc or url


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line[:300]


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret and len(secret) >= 4 else text
