"""One small error hierarchy. Every message names what is wrong and what to do about it; the CLI
prints ``str(error)`` on one line and exits 2, so messages must stand alone."""

from __future__ import annotations


class LLMExtractError(Exception):
    """Base of every error llmextract raises on purpose."""


class InputError(LLMExtractError):
    """The article or another input cannot be used (missing, empty, binary, not UTF-8)."""


class ConfigurationError(LLMExtractError):
    """No usable backend, endpoint, model, prompt or cache setting."""


class BackendError(LLMExtractError):
    """The model endpoint failed in a way retrying did not fix (auth, unknown model, limits)."""


class GroundingError(LLMExtractError):
    """The model kept returning evidence that is not in the article, after the bounded re-asks.

    Nothing half-grounded is returned or cached when this is raised.
    """


class GoldError(LLMExtractError):
    """A gold file is malformed; the message names the file and the JSON path."""


class EndpointDownError(BackendError):
    """The endpoint failed every attempt for article after article: a batch should stop.

    Raised by the circuit breaker before anything is sent, so a batch against a dead server
    ends in seconds instead of spending every article's retry budget.
    """
