"""A synthetic corpus and a scripted server for it: each article's answer, or its injected
failure, depends on the article's number, and the server counts requests per article."""

from __future__ import annotations

import collections
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.openai_server import (
    RecordedRequest,
    Step,
    error,
    rate_limited,
    reply_tool,
    reply_tool_raw,
    server_error,
    slow,
)

_NUMBER = re.compile(r"ARTICLE (\d+) ")


def article_text(n: int) -> str:
    return (f"ARTICLE {n} from the wire. An airstrike hit the village of Kafr {n} on Monday, "
            f"killing three people, a local official said.\n")


def write_corpus(path: Path, count: int, start: int = 0) -> list[str]:
    ids = [f"a{n:05d}" for n in range(start, start + count)]
    with path.open("w", encoding="utf-8") as file:
        for n, article_id in zip(range(start, start + count), ids, strict=True):
            file.write(json.dumps({"id": article_id, "text": article_text(n),
                                   "published": "2024-03-12"}) + "\n")
    return ids


def good_draft(n: int) -> dict[str, Any]:
    return {
        "events": [{"ref": "E1", "kind": "airstrike",
                    "quotes": [f"An airstrike hit the village of Kafr {n}"],
                    "locations": [{"name": f"Kafr {n}"}]}],
        "claims": [{"ref": "C1", "outcome": "killed", "count": {"min": 3, "max": 3},
                    "event": "E1", "quotes": ["killing three people"]}],
    }


def bad_draft(n: int) -> dict[str, Any]:
    """A quote the article does not contain: re-asked, then a GroundingError."""
    draft = good_draft(n)
    draft["claims"][0]["quotes"] = ["killing thirty-three people in a market"]
    return draft


class CorpusResponder:
    """Answers by article number ``n`` (with ``plan(n, attempt)`` choosing the step) and counts
    the requests each article received."""

    def __init__(self, plan: Callable[[int, int], Step] | None = None) -> None:
        self.plan = plan or (lambda n, attempt: reply_tool(good_draft(n)))
        self.requests: collections.Counter[int] = collections.Counter()
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Step:
        text = "\n".join(request.contents())
        found = _NUMBER.search(text)
        if found is None:
            return error(400, message="no article in the request")
        n = int(found.group(1))
        with self._lock:
            self.requests[n] += 1
            attempt = self.requests[n]
        return self.plan(n, attempt)


def chaos_plan(n: int, attempt: int) -> Step:
    """Every tenth article of each kind: 429 once, 500 once, a timeout once, a malformed
    answer always, a 400 always, an ungrounded quote always (the item is rejected, the article
    is ok); the rest answer well at once."""
    kind = n % 10
    if kind == 1 and attempt == 1:
        return rate_limited(0)
    if kind == 2 and attempt == 1:
        return server_error(500)
    if kind == 3 and attempt == 1:
        return slow(2.0, reply_tool(good_draft(n)))
    if kind == 4:
        return reply_tool_raw('{"events": [{"ref": "E1", ')
    if kind == 5:  # refused outright (a 5xx every time would trip the circuit breaker)
        return error(400, message="Invalid request for this article.")
    if kind == 6:
        return reply_tool(bad_draft(n))
    return reply_tool(good_draft(n))
