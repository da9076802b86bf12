"""Corpus runs: many articles through ``extract``, concurrently, resumably, on every core.

``run`` holds ``extract_many`` (async core and sync wrapper); ``corpus`` reads JSON Lines, CSV,
Parquet, folders and stdin; ``output`` appends results so a run resumes exactly once;
``tables`` flattens results into events and claims tables; ``limits`` paces requests and
tokens and keeps the cost budget; ``progress`` draws the progress bar; ``batch_api`` sends a
corpus through the OpenAI Batch API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from llmextract.batch.corpus import CorpusArticle, CorpusProblem, read_corpus
from llmextract.batch.results import ArticleResult, BatchStats

if TYPE_CHECKING:
    from llmextract.batch.run import extract_many, extract_many_async

__all__ = [
    "ArticleResult",
    "BatchStats",
    "CorpusArticle",
    "CorpusProblem",
    "extract_many",
    "extract_many_async",
    "read_corpus",
]


def __getattr__(name: str) -> Any:
    # ``run`` (asyncio, multiprocessing) loads on first use: reading a corpus, or importing
    # ``llmextract.batch.corpus`` for a one-article ``llmextract extract``, does not need it.
    if name in ("extract_many", "extract_many_async"):
        from llmextract.batch import run

        return getattr(run, name)
    raise AttributeError(f"module 'llmextract.batch' has no attribute {name!r}")
