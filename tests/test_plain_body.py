"""Plain chat bodies skip the openai SDK's type walk (backends/_plain_body.py): what goes through
``extra_body`` and what keeps the SDK's normal path."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from llmextract.backends._plain_body import split

BODY: dict[str, Any] = {
    "model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 0.0,
    "response_format": {"type": "json_schema", "json_schema": {"schema": {"type": "object"}}},
    "timeout": 5.0,
}


def test_a_plain_body_goes_through_extra_body_and_keeps_its_transport_options() -> None:
    sent = split(dict(BODY))
    assert sent["messages"] == [] and sent["model"] == "m" and sent["timeout"] == 5.0
    assert sent["extra_body"] == {k: v for k, v in BODY.items() if k not in ("model", "timeout")}


@pytest.mark.parametrize("odd", [dt.date(2020, 1, 1), object(), {1, 2}])
def test_anything_the_sdk_must_transform_keeps_the_normal_path(odd: Any) -> None:
    body = {**BODY, "metadata": {"x": odd}}
    assert split(body) is body


def test_streaming_keeps_the_normal_path() -> None:
    body = {**BODY, "stream": True}
    assert split(body) is body
