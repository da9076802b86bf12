"""Chat-completion bodies sent as they are, without the openai SDK's per-request type walk.

``chat.completions.create`` walks every request body against its parameter types (each message
against a union of six message types, every tool schema) to rename aliased keys, format dates
and dump pydantic objects. Our bodies have none of those: instructor builds them from plain
strings, numbers, lists and dicts, so the walk returns its input unchanged, and it cost about
0.3 ms of CPU per request (measured: a tenth of the client's CPU per article at concurrency 64).

``split`` (installed by ``_request_rewrites``) hands such a body to the SDK through its
documented ``extra_body`` (merged into the JSON as it is), so the bytes sent are the same. A
body holding anything else (a pydantic object, a date, the SDK's ``omit``) goes through the
normal path, as do streaming requests.
"""

from __future__ import annotations

import json
from typing import Any

#: Arguments the SDK itself interprets (transport options, not body fields).
_SDK_ARGUMENTS = frozenset({"model", "timeout", "extra_headers", "extra_query", "extra_body",
                            "stream"})


def _plain(value: Any) -> bool:
    """True when ``value`` is JSON data the encoder takes as it is (nothing to transform).

    The C encoder is the check: it refuses what the SDK would have to transform (a pydantic
    object, a date, the SDK's ``omit``) and walks a body with its large response schema in a
    fraction of the time a Python walk took (that walk cost about as much as it saved).
    """
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def split(kwargs: dict[str, Any]) -> dict[str, Any]:
    if kwargs.get("stream") or "messages" not in kwargs:
        return kwargs
    body = {key: value for key, value in kwargs.items() if key not in _SDK_ARGUMENTS}
    extra = kwargs.get("extra_body")
    if not _plain(body) or (extra is not None and type(extra) is not dict):
        return kwargs
    # ``messages`` is a required argument of ``create``: an empty list stands in for it and the
    # real one, in ``extra_body``, replaces it when the SDK merges the two.
    sent = {key: value for key, value in kwargs.items() if key in _SDK_ARGUMENTS}
    sent["messages"] = []
    sent["extra_body"] = {**body, **(extra or {})}
    return sent
