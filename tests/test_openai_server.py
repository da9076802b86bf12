"""End-to-end checks of tests/openai_server.py with the real openai + instructor clients.

They also pin down the openai 3.3 / instructor 1.17 behaviour the project relies on
(exception types, what a re-ask sends, how many HTTP calls ``max_retries`` makes).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import instructor
import openai
import pydantic
import pytest
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel

from tests import fixtures_server
from tests.openai_server import (
    NO_SCRIPT_MESSAGE,
    OpenAIServer,
    RecordedRequest,
    Step,
    Usage,
    context_length_exceeded,
    drop,
    error,
    invalid_api_key,
    model_not_found,
    rate_limited,
    reply_content,
    reply_json,
    reply_raw,
    reply_tool,
    reply_tool_raw,
    slow,
)

# the fixture under test (harmless if conftest.py also registers tests.fixtures_server)
openai_server = fixtures_server.openai_server

ARTICLE = "Line one {{ not a template }}\n\tindented “quotes” — é 🚀\n\ntrailing newline\n"


class Item(BaseModel):
    name: str
    count: int


def sync_client(server: OpenAIServer, **kwargs: Any) -> openai.OpenAI:
    kwargs.setdefault("max_retries", 0)
    return openai.OpenAI(base_url=server.base_url, api_key="test", **kwargs)


def async_client(server: OpenAIServer, **kwargs: Any) -> openai.AsyncOpenAI:
    kwargs.setdefault("max_retries", 0)
    return openai.AsyncOpenAI(base_url=server.base_url, api_key="test", **kwargs)


def tools_client(server: OpenAIServer, **kwargs: Any) -> instructor.Instructor:
    return instructor.from_openai(sync_client(server, **kwargs), mode=instructor.Mode.TOOLS)


def extract(client: instructor.Instructor, *, max_retries: int = 0, **kwargs: Any) -> Item:
    result: Item = client.chat.completions.create(
        model="test-model",
        response_model=Item,
        messages=[{"role": "user", "content": ARTICLE}],
        max_retries=max_retries,
        **kwargs,
    )
    return result


# --------------------------------------------------------------------------- happy paths


def test_tools_mode_reply_is_parsed_and_request_recorded(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_tool({"name": "strike", "count": 3}))
    item = extract(tools_client(openai_server))
    assert item.model_dump() == {"name": "strike", "count": 3}
    # instructor sets the private attr _raw_response, which pydantic's == compares
    assert item != Item(name="strike", count=3)

    assert len(openai_server.requests) == 1
    req = openai_server.requests[0]
    assert (req.method, req.path) == ("POST", "/v1/chat/completions")
    assert req.headers["authorization"] == "Bearer test"
    assert req.headers["x-stainless-retry-count"] == "0"
    assert json.loads(req.raw) == req.body
    assert req.tool_name == "Item"
    assert req.json["tool_choice"] == {"type": "function", "function": {"name": "Item"}}
    assert "strict" not in req.json["tools"][0]["function"]  # instructor sends no strict
    # the article reached the model unchanged (no context= so no Jinja rendering)
    assert req.messages == [{"role": "user", "content": ARTICLE}]
    assert req.contents("user") == [ARTICLE]
    assert openai_server.pending == 0


def test_usage_and_completion_shape(openai_server: OpenAIServer) -> None:
    openai_server.script(
        reply_tool({"name": "a", "count": 1}, usage=Usage(prompt_tokens=120, completion_tokens=7))
    )
    client = tools_client(openai_server)
    item, completion = client.chat.completions.create_with_completion(
        model="m1", response_model=Item, messages=[{"role": "user", "content": "x"}],
        max_retries=0,
    )
    assert item.count == 1
    assert completion.model == "m1"  # echoes the requested model
    assert completion.choices[0].finish_reason == "tool_calls"
    tool_call = completion.choices[0].message.tool_calls[0]
    assert tool_call.function.name == "Item"
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens,
            completion.usage.total_tokens) == (120, 7, 127)


def test_json_schema_mode_reply_is_parsed(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_json({"name": "b", "count": 2}))
    client = instructor.from_openai(sync_client(openai_server), mode=instructor.Mode.JSON_SCHEMA)
    assert extract(client).model_dump() == {"name": "b", "count": 2}
    body = openai_server.last_request.json
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["name"] == "Item"
    assert "tools" not in body


def test_path_without_v1(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_content("hello"))
    client = openai.OpenAI(base_url=openai_server.url, api_key="test", max_retries=0)
    completion = client.chat.completions.create(model="m", messages=[])
    assert completion.choices[0].message.content == "hello"
    assert openai_server.last_request.path == "/chat/completions"


def test_async_client_tools_mode(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_tool({"name": "c", "count": 4}))

    async def run() -> Item:
        raw = async_client(openai_server)
        client = instructor.from_openai(raw, mode=instructor.Mode.TOOLS)
        try:
            result: Item = await client.chat.completions.create(
                model="m", response_model=Item, max_retries=0,
                messages=[{"role": "user", "content": ARTICLE}],
            )
            return result
        finally:
            await raw.close()

    assert asyncio.run(run()).model_dump() == {"name": "c", "count": 4}
    assert openai_server.last_request.headers["x-stainless-async"].startswith("async")
    assert openai_server.last_request.contents() == [ARTICLE]


def test_async_concurrent_requests_all_recorded(openai_server: OpenAIServer) -> None:
    def echo(request: RecordedRequest) -> Step:
        return reply_content(request.contents()[0].upper())

    openai_server.default = echo

    async def run() -> list[str | None]:
        client = async_client(openai_server)
        try:
            results = await asyncio.gather(*(
                client.chat.completions.create(
                    model="m", messages=[{"role": "user", "content": f"msg {i}"}]
                )
                for i in range(8)
            ))
        finally:
            await client.close()
        return [r.choices[0].message.content for r in results]

    assert asyncio.run(run()) == [f"MSG {i}" for i in range(8)]
    assert len(openai_server.requests) == 8


def test_callable_step_sees_the_request(openai_server: OpenAIServer) -> None:
    def by_request(request: RecordedRequest) -> Step:
        assert request.tool_name == "Item"
        return reply_tool({"name": request.tool_name, "count": len(request.messages)})

    openai_server.script(by_request)
    assert extract(tools_client(openai_server)).model_dump() == {"name": "Item", "count": 1}


def test_raising_responder_is_reported() -> None:
    def broken(request: RecordedRequest) -> Step:
        raise KeyError("tools")

    with OpenAIServer() as server:  # not the fixture: its teardown would fail this test
        server.script(broken)
        with pytest.raises(openai.InternalServerError) as info:
            sync_client(server, max_retries=2).chat.completions.create(model="m", messages=[])
        assert info.value.code == "responder_error"
        assert "KeyError('tools')" in info.value.message
        assert [type(e) for e in server.errors] == [KeyError]
        assert len(server.requests) == 1


def test_default_responder_and_empty_script(openai_server: OpenAIServer) -> None:
    client = sync_client(openai_server, max_retries=2)
    with pytest.raises(openai.InternalServerError) as info:
        client.chat.completions.create(model="m", messages=[])
    assert NO_SCRIPT_MESSAGE in str(info.value)
    assert info.value.code == "no_scripted_response"
    # x-should-retry: false stops the client's own retries: one request only
    assert len(openai_server.requests) == 1

    openai_server.default = reply_content("default")
    for _ in range(2):
        reply = client.chat.completions.create(model="m", messages=[])
        assert reply.choices[0].message.content == "default"
    assert len(openai_server.requests) == 3


# --------------------------------------------------------------------------- errors


def test_rate_limit_with_retry_after(openai_server: OpenAIServer) -> None:
    openai_server.script(error(429, headers={"Retry-After": "1"}))
    with pytest.raises(openai.RateLimitError) as info:
        sync_client(openai_server).chat.completions.create(model="m", messages=[])
    err = info.value
    assert err.status_code == 429
    assert err.response.headers["retry-after"] == "1"
    assert err.code == "rate_limit_exceeded"
    assert err.body == {
        "message": "Rate limit reached. Please try again later.",
        "type": "requests", "param": None, "code": "rate_limit_exceeded",
    }
    assert err.request_id == "req_test_0"


def test_instructor_wraps_api_errors_without_retrying(openai_server: OpenAIServer) -> None:
    openai_server.script(rate_limited(retry_after=1))
    with pytest.raises(InstructorRetryException) as info:
        extract(tools_client(openai_server), max_retries=3)
    err = info.value
    assert isinstance(err.__cause__, openai.RateLimitError)
    assert err.__cause__.response.headers["retry-after"] == "1"
    assert err.failed_attempts == []  # only parse/validation failures are listed
    assert err.n_attempts == 1
    assert err.last_completion is None
    # instructor's max_retries does not re-send after an API error
    assert len(openai_server.requests) == 1


def test_openai_client_retries_429_honouring_retry_after(openai_server: OpenAIServer) -> None:
    openai_server.script(rate_limited(retry_after="0.1"), reply_tool({"name": "d", "count": 5}))
    started = time.monotonic()
    item = extract(tools_client(openai_server, max_retries=1))
    assert item.count == 5
    first, second = openai_server.requests
    assert second.received_monotonic - first.received_monotonic >= 0.1
    assert time.monotonic() - started < 2
    assert second.headers["x-stainless-retry-count"] == "1"
    assert first.raw == second.raw  # identical request re-sent


@pytest.mark.parametrize(
    ("step", "exc_type", "code"),
    [
        (error(500), openai.InternalServerError, None),
        (error(503), openai.InternalServerError, None),
        (invalid_api_key(), openai.AuthenticationError, "invalid_api_key"),
        (model_not_found("gpt-x"), openai.NotFoundError, "model_not_found"),
        (context_length_exceeded(), openai.BadRequestError, "context_length_exceeded"),
    ],
)
def test_error_statuses(
    openai_server: OpenAIServer, step: Step, exc_type: type[openai.APIStatusError],
    code: str | None,
) -> None:
    openai_server.script(step)
    with pytest.raises(exc_type) as info:
        sync_client(openai_server).chat.completions.create(model="m", messages=[])
    assert info.value.code == code
    assert len(openai_server.requests) == 1


def test_non_json_error_body(openai_server: OpenAIServer) -> None:
    openai_server.script(error(502, "<html>Bad Gateway</html>"))
    with pytest.raises(openai.InternalServerError) as info:
        sync_client(openai_server).chat.completions.create(model="m", messages=[])
    assert info.value.status_code == 502
    assert info.value.body == "<html>Bad Gateway</html>"


def test_slow_reply_times_out_and_shutdown_does_not_hang() -> None:
    server = OpenAIServer().start()
    server.script(slow(30, then=reply_content("too late")))
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        sync_client(server, timeout=0.5).chat.completions.create(model="m", messages=[])
    assert time.monotonic() - started < 3
    closing = time.monotonic()
    server.close()  # the handler is still sleeping: close must wake it
    assert time.monotonic() - closing < 1


def test_slow_reply_within_timeout(openai_server: OpenAIServer) -> None:
    openai_server.script(slow(0.1, then=reply_content("ok")))
    reply = sync_client(openai_server, timeout=5).chat.completions.create(model="m", messages=[])
    assert reply.choices[0].message.content == "ok"


def test_instructor_timeout_surfaces_as_retry_exception(openai_server: OpenAIServer) -> None:
    openai_server.script(slow(30, then=reply_tool({"name": "e", "count": 1})))
    with pytest.raises(InstructorRetryException) as info:
        extract(tools_client(openai_server), max_retries=2, timeout=0.25)
    assert isinstance(info.value.__cause__, openai.APITimeoutError)
    assert len(openai_server.requests) == 1


def test_async_timeout(openai_server: OpenAIServer) -> None:
    openai_server.script(slow(30, then=reply_content("late")))

    async def run() -> None:
        client = async_client(openai_server, timeout=0.25)
        try:
            await client.chat.completions.create(model="m", messages=[])
        finally:
            await client.close()

    with pytest.raises(openai.APITimeoutError):
        asyncio.run(run())


def test_dropped_connection(openai_server: OpenAIServer) -> None:
    openai_server.script(drop())
    with pytest.raises(openai.APIConnectionError):
        sync_client(openai_server).chat.completions.create(model="m", messages=[])


def test_200_with_invalid_json_body(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_raw(200, "not json", {"Content-Type": "application/json"}))
    # openai 3.3 does not wrap this: the json.JSONDecodeError escapes as is
    with pytest.raises(json.JSONDecodeError):
        sync_client(openai_server).chat.completions.create(model="m", messages=[])


# --------------------------------------------------------------------------- re-asks


def test_malformed_json_without_retries(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_content('{"events": ['))
    client = instructor.from_openai(sync_client(openai_server), mode=instructor.Mode.JSON_SCHEMA)
    with pytest.raises(InstructorRetryException) as info:
        extract(client, max_retries=0)
    err = info.value
    assert isinstance(err.__cause__, pydantic.ValidationError)
    assert err.n_attempts == 1
    assert err.failed_attempts is not None and len(err.failed_attempts) == 1
    attempt = err.failed_attempts[0]
    assert attempt.attempt_number == 1
    assert isinstance(attempt.exception, pydantic.ValidationError)
    assert attempt.completion is not None
    assert attempt.completion.choices[0].message.content == '{"events": ['
    assert err.last_completion is attempt.completion
    assert len(openai_server.requests) == 1


def test_max_retries_n_means_n_plus_one_calls(openai_server: OpenAIServer) -> None:
    openai_server.default = reply_tool_raw('{"name": "x"')  # malformed every time
    with pytest.raises(InstructorRetryException) as info:
        extract(tools_client(openai_server), max_retries=2)
    assert len(openai_server.requests) == 3
    assert info.value.n_attempts == 3
    assert info.value.failed_attempts is not None and len(info.value.failed_attempts) == 3
    assert info.value.total_usage.total_tokens == 3 * 15  # summed over attempts


def test_default_max_retries_is_three(openai_server: OpenAIServer) -> None:
    openai_server.default = reply_tool_raw("{bad")
    with pytest.raises(InstructorRetryException):
        tools_client(openai_server).chat.completions.create(
            model="m", response_model=Item, messages=[{"role": "user", "content": "x"}]
        )
    assert len(openai_server.requests) == 4


def test_truncated_output_is_not_retried(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_tool({"name": "x", "count": 1}, finish_reason="length"))
    with pytest.raises(IncompleteOutputException) as info:
        extract(tools_client(openai_server), max_retries=3)
    completion = info.value.last_completion
    assert completion is not None and completion.choices[0].finish_reason == "length"
    assert len(openai_server.requests) == 1


def test_tools_reask_messages(openai_server: OpenAIServer) -> None:
    openai_server.script(
        reply_tool({"name": "x", "count": "many"}),  # fails validation
        reply_tool({"name": "x", "count": 2}),
    )
    item = extract(tools_client(openai_server), max_retries=1)
    assert item.model_dump() == {"name": "x", "count": 2}
    first, second = openai_server.requests
    assert first.messages == [{"role": "user", "content": ARTICLE}]
    original, assistant, tool = second.messages
    assert original == first.messages[0]
    assert assistant["role"] == "assistant"
    assert assistant["content"] == ""
    (call,) = assistant["tool_calls"]
    assert call["function"] == {"name": "Item", "arguments": '{"name": "x", "count": "many"}'}
    assert tool["role"] == "tool"
    assert tool["tool_call_id"] == call["id"]
    assert tool["name"] == "Item"
    assert tool["content"].startswith("Validation Error found:\n1 validation error for Item\ncount")
    assert tool["content"].endswith("\nRecall the function correctly, fix the errors")
    assert second.json["tools"] == first.json["tools"]


def test_json_schema_reask_messages(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_content('{"events": ['), reply_json({"name": "y", "count": 1}))
    client = instructor.from_openai(sync_client(openai_server), mode=instructor.Mode.JSON_SCHEMA)
    assert extract(client, max_retries=1).model_dump() == {"name": "y", "count": 1}
    _, second = openai_server.requests
    original, assistant, user = second.messages
    assert original == {"role": "user", "content": ARTICLE}
    assert assistant == {"role": "assistant", "content": '{"events": ['}
    assert user["role"] == "user"
    assert user["content"].startswith(
        "Correct your JSON ONLY RESPONSE, based on the following errors:\n"
        "1 validation error for Item\n  Invalid JSON: EOF while parsing"
    )


def test_callable_detects_reask(openai_server: OpenAIServer) -> None:
    def respond(request: RecordedRequest) -> Step:
        is_reask = any(m.get("role") == "tool" for m in request.messages)
        return reply_tool({"name": "fixed" if is_reask else "bad", "count": 1 if is_reask else "?"})

    openai_server.default = respond
    assert extract(tools_client(openai_server), max_retries=1).name == "fixed"
    assert len(openai_server.requests) == 2


# --------------------------------------------------------------------------- misc


def test_unknown_path_and_models(openai_server: OpenAIServer) -> None:
    client = sync_client(openai_server)
    assert [m.id for m in client.models.list()] == ["test-model"]
    with pytest.raises(openai.NotFoundError):
        client.embeddings.create(model="m", input="x")
    assert [r.path for r in openai_server.requests] == ["/v1/models", "/v1/embeddings"]
    assert openai_server.chat_requests == []


def test_reset_and_wait(openai_server: OpenAIServer) -> None:
    openai_server.script(reply_content("a"), reply_content("b"))
    sync_client(openai_server).chat.completions.create(model="m", messages=[])
    assert openai_server.wait_for_requests(1, timeout=1)[0].is_chat
    assert openai_server.pending == 1
    openai_server.reset()
    assert (openai_server.pending, openai_server.requests) == (0, [])
    assert openai_server.errors == []


def test_standalone_runner(tmp_path: Path) -> None:
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"name": "cli", "count": 9}), encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.openai_server", "--port", "0", "--reply-file", str(answer)],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("serving on http://127.0.0.1:"), line
        base_url = line.removeprefix("serving on ")
        raw = openai.OpenAI(base_url=base_url, api_key="test", max_retries=0, timeout=5)
        client = instructor.from_openai(raw, mode=instructor.Mode.TOOLS)
        item = client.chat.completions.create(
            model="m", response_model=Item, messages=[{"role": "user", "content": "x"}],
            max_retries=0,
        )
        assert item.model_dump() == {"name": "cli", "count": 9}
        content = raw.chat.completions.create(model="m", messages=[]).choices[0].message.content
        assert content is not None and json.loads(content) == {"name": "cli", "count": 9}
    finally:
        proc.terminate()
        proc.wait(timeout=5)
