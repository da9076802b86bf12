"""The offline ``rules`` backend's rule set: deterministic extraction of strike events and
casualty claims, with no API key, no network and no model.

Every evidence span is a slice of the article taken at known offsets, so ``span.text ==
article[span.start:span.end]`` holds by construction (``match="exact"``, ``score=100``).

The work is split by job, one module each: ``text`` (sentences, boilerplate, planted
instructions), ``places`` (toponyms), ``events`` (strike mentions → events), ``context`` (an
event's date and place from the sentences around it), ``attribution`` (who claimed a strike),
``claims`` (casualty statements → claim drafts), ``linking`` (each claim to its strike),
``consolidation`` (restatements, named subsets, updated tolls), ``periods`` (tolls told over
a period reaching back: running totals), ``refutation`` (the words that call a report false),
``voice`` (whose voice an attribution is), ``dating`` (date anchors and claim dates),
``assembly`` (drafts → schema objects) and ``extraction`` (the wiring).
``llmextract.backends.rules`` wraps it in the ``Backend`` protocol.
Quantities, dates and place keys come from ``llmextract.normalize``.

Bump ``RULES_VERSION`` whenever the output for some text changes: it is part of the backend's
identity, so stored results and caches made by an older rule set are told apart.
"""

from __future__ import annotations

__all__ = ["RULES_VERSION"]

RULES_VERSION = "34"
