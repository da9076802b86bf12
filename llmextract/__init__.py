"""llmextract: grounded extraction of strike events and casualty claims from conflict news.

The names in ``__all__`` are the public API; every submodule is internal and may change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from llmextract.backends.base import ArticleInput, Backend, BackendOutput
from llmextract.cache import ResultCache
from llmextract.errors import (
    BackendError,
    ConfigurationError,
    EndpointDownError,
    GoldError,
    GroundingError,
    InputError,
    LLMExtractError,
)
from llmextract.gold import GoldArticle, load_gold, load_gold_dir
from llmextract.grounding import MatchResult, ground
from llmextract.inputs import read_article
from llmextract.pipeline import extract, extract_async, resolve_backend
from llmextract.prompts import Prompt, get_prompt, list_prompts
from llmextract.render import render_text
from llmextract.schema import (
    SCHEMA_VERSION,
    ArticleRef,
    Attacker,
    CasualtyClaim,
    Count,
    DateRange,
    Extraction,
    Location,
    Provenance,
    Span,
    StrikeEvent,
    Usage,
)
from llmextract.view import render_html, render_view

if TYPE_CHECKING:
    from llmextract.backends.openai import OpenAIBackend, OpenAISettings
    from llmextract.backends.rules import RulesBackend
    from llmextract.batch import ArticleResult, extract_many, extract_many_async, read_corpus
    from llmextract.batch.batch_api import extract_batch_api

__version__ = "0.1.0"

__all__ = [  # noqa: RUF022  (plain sorted(), as the API test asserts)
    "ArticleInput",
    "ArticleRef",
    "ArticleResult",
    "Attacker",
    "Backend",
    "BackendError",
    "BackendOutput",
    "CasualtyClaim",
    "ConfigurationError",
    "Count",
    "DateRange",
    "EndpointDownError",
    "Extraction",
    "GoldArticle",
    "GoldError",
    "GroundingError",
    "InputError",
    "LLMExtractError",
    "Location",
    "MatchResult",
    "OpenAIBackend",
    "OpenAISettings",
    "Prompt",
    "Provenance",
    "ResultCache",
    "RulesBackend",
    "SCHEMA_VERSION",
    "Span",
    "StrikeEvent",
    "Usage",
    "extract",
    "extract_async",
    "extract_batch_api",
    "extract_many",
    "extract_many_async",
    "get_prompt",
    "ground",
    "list_prompts",
    "load_gold",
    "load_gold_dir",
    "read_article",
    "read_corpus",
    "render_html",
    "render_text",
    "render_view",
    "resolve_backend",
]

# Backends load on first use: the LLM stack (instructor, openai) costs a second of import time
# that an offline user should not pay.
_LAZY = {
    "OpenAIBackend": "llmextract.backends.openai",
    "OpenAISettings": "llmextract.backends.openai",
    "RulesBackend": "llmextract.backends.rules",
    "ArticleResult": "llmextract.batch",
    "extract_batch_api": "llmextract.batch.batch_api",
    "extract_many": "llmextract.batch",
    "extract_many_async": "llmextract.batch",
    "read_corpus": "llmextract.batch",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'llmextract' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
