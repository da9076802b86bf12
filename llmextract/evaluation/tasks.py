"""What is evaluated: a dataset of samples paired with the scorer and metrics that judge them.

A task (in the inspect_ai sense: dataset + scorer) gives the runner the articles to extract and
scores one article's stored prediction. ``GoldTask`` is the hand-labeled gold set scored event
by event and claim by claim; ``llmextract.evaluation.isaf.IsafTask`` is the external ISAF
benchmark scored release by release.

Samples are read one at a time (``iter_samples``) and scored one at a time (``iter_scores``),
so a task of 100,000 articles never holds their texts at once: a task keeps its ids (and what
it needs to find one sample again), not its samples.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from llmextract.errors import InputError
from llmextract.evaluation.metrics import ArticleScore, MetricSpec
from llmextract.evaluation.scoring import GOLD_METRICS, score_article
from llmextract.gold import GoldArticle, load_gold_dir
from llmextract.schema import Extraction, article_sha256

TaskKind = Literal["gold", "isaf"]
TASK_KINDS: tuple[TaskKind, ...] = ("gold", "isaf")


@dataclass(frozen=True)
class Sample:
    """One article to extract: its id, its exact text and (when known) its publication date.

    ``labels`` is the task's own labels of the article when the task read them with the text
    (so scoring need not read them again); ``None`` otherwise.
    """

    id: str
    text: str
    published: dt.date | None = None
    labels: Any = field(default=None, compare=False, repr=False)


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
    def ids(self) -> Sequence[str]:
        """Every sample's id, in dataset order."""
        ...

    def iter_samples(self) -> Iterator[Sample]:
        """The samples in dataset order, read one at a time."""
        ...

    def sample(self, article_id: str) -> Sample:
        """One sample by id (``KeyError`` if the task has none)."""
        ...

    def score(self, sample: Sample, predicted: Extraction | None,
              error: str | None) -> ArticleScore: ...

    def notes(self) -> list[str]: ...


@dataclass(frozen=True)
class GoldTask:
    """The hand-labeled gold set (``evals/gold``), optionally one split.

    Hand-labeled sets are hundreds of articles, not hundreds of thousands: they are checked and
    held whole (all-or-nothing, see ``load_gold_dir``).
    """

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
        return tuple(self.iter_samples())

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.articles)

    def iter_samples(self) -> Iterator[Sample]:
        return (Sample(a.id, a.text, a.published, labels=a) for a in self.articles)

    def sample(self, article_id: str) -> Sample:
        a = self._by_id[article_id]
        return Sample(a.id, a.text, a.published, labels=a)

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
        gold = (sample.labels if isinstance(sample.labels, GoldArticle)
                else self._by_id[sample.id])
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


def iter_scores(task: Task, predictions: Mapping[str, Prediction]) -> Iterator[ArticleScore]:
    """Score every sample of ``task`` in dataset order, one at a time.

    A sample with no stored prediction, a stored error, or a prediction made on a different text
    (the gold changed since the run) scores as an empty prediction with that reason as its
    error: a run never looks better for what it failed to do.
    """
    for sample in task.iter_samples():
        yield score_sample(task, sample, predictions.get(sample.id))


def score_sample(task: Task, sample: Sample, record: Prediction | None) -> ArticleScore:
    """One sample's score as ``iter_scores`` gives it (``record``: its stored prediction)."""
    extraction = record.extraction if record is not None else None
    error = (record.error if record is not None
             else "no prediction stored for this article (the run was interrupted?)")
    if extraction is not None and extraction.article.sha256 != article_sha256(sample.text):
        extraction, error = None, ("the stored prediction was made on a different text "
                                   "(the article changed since the run): re-run it")
    elif extraction is not None:
        error = None
    return task.score(sample, extraction, error)


def score_predictions(task: Task, predictions: Mapping[str, Prediction]) -> list[ArticleScore]:
    """``iter_scores`` as a list (for small tasks and tests; large ones stream)."""
    return list(iter_scores(task, predictions))
