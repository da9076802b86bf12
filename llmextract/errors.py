"""One small error hierarchy. Every message names what is wrong and what to do about it; the CLI
prints ``str(error)`` on one line and exits 2, so messages must stand alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llmextract.schema import Usage


class LLMExtractError(Exception):
    """Base of every error llmextract raises on purpose.

    ``usage`` and ``attempts`` are what a failed extraction spent before it failed (tokens
    billed, HTTP requests made), so a run's totals count every request, not only the ones that
    produced a result."""

    usage: Usage | None = None
    attempts: int = 0


class InputError(LLMExtractError):
    """The article or another input cannot be used (missing, empty, binary, not UTF-8)."""


class ConfigurationError(LLMExtractError):
    """No usable backend, endpoint, model, prompt or cache setting."""


class BackendError(LLMExtractError):
    """The model endpoint failed in a way retrying did not fix (auth, unknown model, limits)."""


class GroundingError(LLMExtractError):
    """No usable answer: the model never returned one that could be read as events and claims
    within the bounded re-asks, or (with ``strict``) some of its items stayed ungrounded.

    Nothing half-grounded is returned or cached when this is raised.
    """


class GoldError(LLMExtractError):
    """A gold file is malformed; the message names the file and the JSON path."""


class EndpointDownError(BackendError):
    """The endpoint failed every attempt for article after article: a batch should stop.

    Raised by the circuit breaker before anything is sent, so a batch against a dead server
    ends in seconds instead of spending every article's retry budget.
    """
