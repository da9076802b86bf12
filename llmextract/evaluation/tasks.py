"""What is evaluated: a dataset of samples paired with the scorer and metrics that judge them.

A task (in the inspect_ai sense: dataset + scorer) gives the runner the articles to extract and
scores one article's stored prediction. ``GoldTask`` is the hand-labeled gold set scored event
by event and claim by claim; ``llmextract.evaluation.isaf.IsafTask`` is the external ISAF
benchmark scored release by release.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from llmextract.errors import InputError
from llmextract.evaluation.metrics import ArticleScore, MetricSpec
from llmextract.evaluation.scoring import GOLD_METRICS, score_article
from llmextract.gold import GoldArticle, load_gold_dir
from llmextract.schema import Extraction, article_sha256

TaskKind = Literal["gold", "isaf"]
TASK_KINDS: tuple[TaskKind, ...] = ("gold", "isaf")


@dataclass(frozen=True)
class Sample:
    """One article to extract: its id, its exact text and (when known) its publication date."""

    id: str
    text: str
    published: dt.date | None = None


class Task(Protocol):
    """A dataset paired with its scorer.

    ``score`` is pure: it judges one stored prediction (``None`` when extraction failed, with
    ``error`` saying why) against the sample's labels.
    """

    @property
    def kind(self) -> TaskKind: ...

    @property
    def source(self) -> str: ...

    @property
    def split(self) -> str | None: ...

    @property
    def metrics(self) -> tuple[MetricSpec, ...]: ...

    @property
    def samples(self) -> tuple[Sample, ...]: ...

    def score(self, sample: Sample, predicted: Extraction | None,
              error: str | None) -> ArticleScore: ...

    def notes(self) -> list[str]: ...


@dataclass(frozen=True)
class GoldTask:
    """The hand-labeled gold set (``evals/gold``), optionally one split."""

    source: str
    split: str | None
    articles: tuple[GoldArticle, ...]
    _by_id: dict[str, GoldArticle] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {a.id: a for a in self.articles})

    @property
    def kind(self) -> TaskKind:
        return "gold"

    @property
    def metrics(self) -> tuple[MetricSpec, ...]:
        return GOLD_METRICS

    @property
    def samples(self) -> tuple[Sample, ...]:
        return tuple(Sample(a.id, a.text, a.published) for a in self.articles)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, split: str | None = None) -> GoldTask:
        """Load the gold directory (all-or-nothing, see ``load_gold_dir``)."""
        if not Path(path).is_dir():
            raise InputError(f"{path}: no such gold directory (expected evals/gold)")
        articles = tuple(load_gold_dir(path, split=split))
        if not articles:
            where = f" in split {split!r}" if split else ""
            raise InputError(f"{path}: no gold articles{where}")
        return cls(source=str(path), split=split, articles=articles)

    def score(self, sample: Sample, predicted: Extraction | None,
              error: str | None) -> ArticleScore:
        gold = self._by_id[sample.id]
        return score_article(sample.id, sample.text, gold.events, gold.claims, predicted,
                             error=error)

    def notes(self) -> list[str]:
        return []


def load_task(kind: str, path: str | os.PathLike[str], *, split: str | None = None) -> Task:
    """The task of ``kind`` ("gold" or "isaf") read from ``path``."""
    if kind == "gold":
        return GoldTask.load(path, split=split)
    if kind == "isaf":
        from llmextract.evaluation.isaf import IsafTask  # isaf imports this module

        if split is not None:
            raise InputError("--split applies to the gold set, not to the ISAF dataset")
        return IsafTask.load(path)
    raise InputError(f"unknown dataset {kind!r}: use one of {', '.join(TASK_KINDS)}")


class Prediction(Protocol):
    """What a stored run holds for one article: an extraction or the error that prevented it."""

    @property
    def extraction(self) -> Extraction | None: ...

    @property
    def error(self) -> str | None: ...


def score_predictions(task: Task, predictions: Mapping[str, Prediction]) -> list[ArticleScore]:
    """Score every sample of ``task`` in dataset order.

    A sample with no stored prediction, a stored error, or a prediction made on a different text
    (the gold changed since the run) scores as an empty prediction with that reason as its
    error: a run never looks better for what it failed to do.
    """
    scores: list[ArticleScore] = []
    for sample in task.samples:
        record = predictions.get(sample.id)
        extraction = record.extraction if record is not None else None
        error = (record.error if record is not None
                 else "no prediction stored for this article (the run was interrupted?)")
        if extraction is not None and extraction.article.sha256 != article_sha256(sample.text):
            extraction, error = None, ("the stored prediction was made on a different text "
                                       "(the article changed since the run): re-run it")
        elif extraction is not None:
            error = None
        scores.append(task.score(sample, extraction, error))
    return scores

