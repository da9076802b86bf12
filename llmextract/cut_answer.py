"""Reading an answer that was cut off (``finish_reason: "length"``).

A small local model at temperature 0 often writes several good items and then runs on (repeating
an item, or one endless quote) until ``max_tokens`` or the server's context ends the answer. The
JSON is then unfinished and used to cost the whole article. The items it finished before the cut
are as good as any: they are read here and reviewed like any answer, while the item being written
at the cut, and whatever the model meant to write after it, is reported as lost, so a reader (and
``strict`` mode, which refuses any rejected item) can tell the result is partial.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CutAnswer", "read_cut_answer"]

_CLOSE = {"{": "}", "[": "]"}


@dataclass
class CutAnswer:
    """The finished part of a cut-off answer."""

    #: ``{"events": [...], "claims": [...]}`` with only the items finished before the cut.
    data: dict[str, Any]
    #: Which list was being written at the cut ("events" or "claims"), or ``None`` when the cut
    #: fell outside both lists.
    open_list: str | None = None
    #: The text of the item being written at the cut (empty when the cut fell between items).
    unfinished: str = ""
    #: The lists the answer never reached (each may have held items that were lost).
    never_reached: list[str] = field(default_factory=list)


def read_cut_answer(text: str) -> CutAnswer | None:
    """The finished items of ``text``, an answer object cut off mid-way; ``None`` when no list
    of items was even begun (nothing worth keeping)."""
    start = text.find("{")
    if start < 0:
        return None
    stack: list[str] = []
    in_string = escaped = False
    # The last point where every finished item is closed: (index just past it, open brackets).
    last_safe: tuple[int, list[str]] | None = None
    item_start: int | None = None
    key_start: int | None = None
    last_key = ""
    current_list: str | None = None
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
                if len(stack) == 1 and key_start is not None:
                    last_key = text[key_start:i + 1]
                    key_start = None
            continue
        if ch == '"':
            in_string = True
            if len(stack) == 1:
                key_start = i
        elif ch in "{[":
            stack.append(ch)
            if len(stack) == 2:
                current_list = _key_name(last_key) if ch == "[" else None
                if ch == "[":
                    last_safe = (i + 1, list(stack))
            elif len(stack) == 3:
                item_start = i
        elif ch in "}]":
            if not stack or _CLOSE[stack[-1]] != ch:
                return None  # malformed, not merely unfinished
            stack.pop()
            if len(stack) == 2 and stack[1] == "[":
                last_safe = (i + 1, list(stack))
                item_start = None
            elif len(stack) == 1:
                last_safe = (i + 1, list(stack))
                current_list = None
            elif not stack:
                return None  # the object was complete: not a cut answer
    if last_safe is None:
        return None
    end, open_brackets = last_safe
    closed = text[start:end] + "".join(_CLOSE[b] for b in reversed(open_brackets))
    try:
        data = json.loads(closed)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    lists = [key for key in ("events", "claims") if isinstance(data.get(key), list)]
    if not lists:
        return None
    never = [key for key in ("events", "claims") if key not in data]
    for key in never:
        data[key] = []
    unfinished = text[item_start:].strip() if item_start is not None and current_list else ""
    return CutAnswer(data=data, open_list=current_list, unfinished=unfinished,
                     never_reached=never)


def _key_name(quoted: str) -> str | None:
    try:
        name = json.loads(quoted)
    except ValueError:
        return None
    return name if name in ("events", "claims") else None
