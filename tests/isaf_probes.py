"""Probe releases for the ISAF wording tests: a body written in the releases' style under a
fixed dateline, read as ``llmextract eval --dataset isaf`` reads a release (the ``rules``
backend, then ``evaluation.isaf.derive``)."""

from __future__ import annotations

import datetime as dt

from llmextract.backends.rules import extract
from llmextract.evaluation.isaf import IsafAnswer, derive
from llmextract.schema import ArticleRef, CasualtyClaim, Extraction, Provenance

PUBLISHED = dt.date(2011, 6, 14)
DATELINE = "KABUL, Afghanistan (June 14, 2011) – "


def read(text: str, published: dt.date | None = PUBLISHED
         ) -> tuple[IsafAnswer, list[CasualtyClaim]]:
    """The reduction's answer for ``text`` and the claims behind it; ``published=None``: no
    date but the text's own."""
    events, claims = extract(text, published)
    result = Extraction(article=ArticleRef.of(text, published=published), events=events,
                        claims=claims, provenance=Provenance(backend="rules",
                                                             grounding_version="1"))
    return derive(result, text), claims


def answer(body: str) -> IsafAnswer:
    """The answer for a release made of ``body`` under the dateline."""
    return read(DATELINE + body)[0]
