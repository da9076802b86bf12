"""A model that answers every gold article with its own gold labels scores 1.000, over HTTP.

The server on 127.0.0.1 answers each request with the draft of whichever gold article the
request carries (``tests.gold_drafts``); the run goes through the real pipeline: the openai
backend, instructor, review, grounding, the stored run and the scorer. Any rule that loses a
correct answer (a count check that misreads an implicit count, a quote placed on the wrong
occurrence, a correct item re-asked) shows up here as a score below 1.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from llmextract import OpenAIBackend, OpenAISettings, extract_async
from llmextract.evaluation.metrics import summarize
from llmextract.evaluation.runs import StoredRun, run_task_async
from llmextract.evaluation.tasks import GoldTask, score_predictions
from llmextract.gold import GoldArticle
from tests.gold_drafts import Draft, GoldModel
from tests.openai_server import OpenAIServer

GOLD = Path(__file__).resolve().parent.parent / "evals" / "gold"
INVENTED = "Witnesses said the explosion could be heard across the city."


@pytest.fixture(scope="module")
def task() -> GoldTask:
    return GoldTask.load(GOLD)


def run(task: GoldTask, model: GoldModel, tmp_path: Path, mode: str = "tools") -> StoredRun:
    async def go() -> StoredRun:
        with OpenAIServer() as server:
            server.script(*([model] * 1000))
            backend = OpenAIBackend(OpenAISettings(
                model="gold", base_url=server.base_url, api_key="test", mode=mode,  # type: ignore[arg-type]
                timeout=10.0, deadline=10.0))

            async def call(text: str, **kwargs: Any) -> Any:
                return await extract_async(text, **{**kwargs, "backend": backend,
                                                    "cache": False})

            return await run_task_async(task, directory=tmp_path, name="r", extract=call,
                                        concurrency=4)
    return asyncio.run(go())


def headline(task: GoldTask, stored: StoredRun) -> dict[str, float | None]:
    summary = summarize(score_predictions(task, stored.predictions), task.metrics)
    return {k: m.value for k, m in summary.metrics.items() if m.headline}


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_a_perfect_model_scores_one_on_every_headline_metric(task: GoldTask, tmp_path: Path,
                                                             mode: str) -> None:
    model = GoldModel(task.articles)
    stored = run(task, model, tmp_path, mode)
    assert len(task.articles) == 48
    assert [r.article_id for r in stored.predictions.values() if r.error] == []
    assert headline(task, stored) == {key: 1.0 for key in headline(task, stored)}
    assert model.reasks == 0  # nothing correct was ever re-asked
    assert all(not r.extraction.rejected for r in stored.predictions.values()
               if r.extraction is not None)


def invent_one_quote(draft: Draft, article: GoldArticle) -> Draft:
    """One quote the article does not contain, added to the first item (its real quotes stay,
    so the other items keep the context that places theirs)."""
    items = draft["claims"] or draft["events"]
    if items:
        items[0]["quotes"].append(INVENTED)
    return draft


def test_one_invented_quote_from_a_stubborn_model_costs_only_that_item(
    task: GoldTask, tmp_path: Path
) -> None:
    stored = run(task, GoldModel(task.articles, invent_one_quote, stubborn=True), tmp_path)
    assert [r.article_id for r in stored.predictions.values() if r.error] == []
    for article in task.articles:
        result = stored.predictions[article.id].extraction
        assert result is not None
        damaged = 1 if (article.claims or article.events) else 0
        assert len(result.rejected) == damaged
        assert len(result.events) + len(result.claims) == (
            len(article.events) + len(article.claims) - damaged)
        for item in result.rejected:
            assert item.item["quotes"][-1] == INVENTED
            assert any("is not in the article" in p for p in item.problems)


def test_a_model_that_corrects_itself_on_re_ask_equals_the_perfect_run(
    task: GoldTask, tmp_path: Path
) -> None:
    perfect = run(task, GoldModel(task.articles), tmp_path / "perfect")
    corrected = run(task, GoldModel(task.articles, invent_one_quote, stubborn=False),
                    tmp_path / "corrected")
    for article in task.articles:
        a = perfect.predictions[article.id].extraction
        b = corrected.predictions[article.id].extraction
        assert a is not None and b is not None
        assert (a.events, a.claims, a.rejected) == (b.events, b.claims, b.rejected)
        assert b.provenance.reasks == (1 if (article.claims or article.events) else 0)
