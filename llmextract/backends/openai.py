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
import time
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import urlparse

import httpx2
import instructor
import openai
from instructor.core.exceptions import InstructorRetryException, TokenBudgetError
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

from llmextract.backends.base import ArticleInput, BackendOutput
from llmextract.draft import CHECKS_VERSION, Draft, bound_session
from llmextract.errors import BackendError, ConfigurationError, GroundingError, LLMExtractError
from llmextract.review import ReviewSession, to_items
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


@dataclass(frozen=True)
class OpenAISettings:
    """Everything that selects and tunes the endpoint. ``api_key`` never leaves this object."""

    model: str
    base_url: str | None = None
    api_key: str = field(default="", repr=False)
    mode: ModeName = "tools"
    temperature: float = 0.0
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
        mode = overrides.pop("mode", None) or os.environ.get("LLMEXTRACT_MODE") or "tools"
        if mode not in _MODES:
            known = ", ".join(sorted(_MODES))
            raise ConfigurationError(f"unknown mode {mode!r}; use one of {known}")
        return cls(model=model, base_url=base_url, api_key=api_key, mode=cast(ModeName, mode),
                   **overrides)


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
        self._async_clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, instructor.AsyncInstructor
        ] = weakref.WeakKeyDictionary()

    def identity(self) -> dict[str, Any]:
        s = self.settings
        return {
            "backend": self.name,
            "model": s.model,
            "base_url": (s.base_url or "https://api.openai.com/v1").rstrip("/"),
            "mode": s.mode,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
            "reasks": s.reasks,
            "checks_version": CHECKS_VERSION,
        }

    def endpoint_host(self) -> str | None:
        return _host(self.settings.base_url or "https://api.openai.com/v1")

    def model_name(self) -> str | None:
        return self.settings.model

    # -- sync -------------------------------------------------------------------------------

    def run(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        call = _Call(self, article, _require(prompt))
        client = self._sync_client()
        retrying = Retrying(**call.policy(self._sleep))
        with bound_session(call.session):
            try:
                for attempt in retrying:
                    with attempt:
                        call.session.restart()
                        client.create(**call.request())
                        return call.output()
            except Exception as exc:  # tenacity re-raises the last error
                return call.settle(exc)
        raise AssertionError("unreachable: tenacity either returns or raises")

    # -- async ------------------------------------------------------------------------------

    async def run_async(self, article: ArticleInput, prompt: Prompt | None) -> BackendOutput:
        call = _Call(self, article, _require(prompt))
        client = self._async_client()
        retrying = AsyncRetrying(**call.policy(self._async_sleep))
        with bound_session(call.session):
            try:
                async for attempt in retrying:
                    with attempt:
                        call.session.restart()
                        await client.create(**call.request())
                        return call.output()
            except Exception as exc:
                return call.settle(exc)
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
            self._client = instructor.from_openai(client, mode=_MODES[self.settings.mode])
        return self._client

    def _async_client(self) -> instructor.AsyncInstructor:
        # An async HTTP client belongs to the event loop that created it.
        loop = asyncio.get_running_loop()
        client = self._async_clients.get(loop)
        if client is None:
            raw = openai.AsyncOpenAI(**self._client_kwargs(),
                                     http_client=self._async_http_client)
            client = instructor.from_openai(raw, mode=_MODES[self.settings.mode])
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
        self.session = ReviewSession(article.text, article.published, self.settings.reasks + 1)
        self.attempts = 0
        self.reasks = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.started = time.monotonic()
        self.hooks = Hooks()
        self.hooks.on("completion:kwargs", self._on_request)
        self.hooks.on("completion:response", self._on_response)
        self.hooks.on("parse:error", self._on_parse_error)

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1
        _plain_reasks(kwargs.get("messages"))

    def _on_response(self, response: Any, *args: Any, **kwargs: Any) -> None:
        usage = getattr(response, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

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
        }

    def output(self, note: str | None = None) -> BackendOutput:
        outcome = self.session.chosen or self.session.best
        assert outcome is not None, "output() follows an accepted or kept answer"
        events, claims = to_items(outcome)
        return BackendOutput(
            events=events,
            claims=claims,
            usage=self.usage(),
            attempts=self.attempts,
            reasks=self.reasks,
            rejected=list(outcome.rejected),
            warnings=[*outcome.warnings, *([note] if note else [])],
        )

    def usage(self) -> Usage:
        return Usage(prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens)

    def settle(self, exc: BaseException) -> BackendOutput:
        """After the exchange failed: keep the best answer seen when the model, not the
        endpoint, ran out of chances (re-asks or token budget); otherwise one actionable error
        that records what was spent."""
        cause = _root(exc)
        if self.session.best is not None and not isinstance(cause, openai.APIError):
            budget = isinstance(exc, TokenBudgetError) or isinstance(cause, TokenBudgetError)
            note = (f"the token budget of {self.settings.token_budget} tokens ended the re-asks; "
                    "the best answer so far was kept") if budget else None
            return self.output(note)
        error = self.failure(exc, self.session.last_problems)
        error.usage, error.attempts = self.usage(), self.attempts
        raise error from exc

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

    def failure(self, exc: BaseException, problems: list[str]) -> LLMExtractError:
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
                f"the model gave no answer that could be read as events and claims in "
                f"{self.attempts} attempt(s) ({self.reasks} re-ask(s)); nothing was returned or "
                f"cached. Last problem: {_scrub(detail, self.settings.api_key)}"
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
        if isinstance(cause, openai.BadRequestError) and _is_context_error(cause):
            return BackendError(
                f"the article ({len(self.article.text):,} characters) is too long for the "
                f"context window of {model!r}; split it or use a model with a longer context"
            )
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


def _is_context_error(error: openai.BadRequestError) -> bool:
    code = getattr(error, "code", None) or ""
    text = str(error).lower()
    return code == "context_length_exceeded" or "context length" in text or (
        "maximum context" in text
    )


def _host(url: str) -> str:
    return urlparse(url).netloc or url


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line[:300]


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret and len(secret) >= 4 else text
