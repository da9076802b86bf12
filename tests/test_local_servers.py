"""The openai backend against local servers (llama.cpp, vLLM, Ollama), scripted on 127.0.0.1.

The scripted server poses as a kind of server the way the real ones identify themselves
(``owned_by`` at ``/v1/models``, llama.cpp's ``/props``); each behaviour here was first seen
against a real llama.cpp server with Qwen2.5 (``tests/test_local_model.py`` runs that one).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from llmextract import (
    BackendError,
    ConfigurationError,
    OpenAIBackend,
    OpenAISettings,
    extract,
)
from llmextract.backends.base import ArticleInput
from llmextract.backends.endpoint import ContextOverflow, context_overflow, probe
from llmextract.backends.openai import _Call
from llmextract.evaluation.runs import server_concurrency
from llmextract.prompts import get_prompt
from tests.openai_server import OpenAIServer, Usage, error, reply_json, reply_tool

SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8")
)
LLAMA_PROPS = {"default_generation_settings": {"n_ctx": 8192}, "total_slots": 1}


def as_llama_cpp(server: OpenAIServer, **props: Any) -> OpenAIServer:
    server.owned_by = "llamacpp"
    server.props = {**LLAMA_PROPS, **props}
    return server


def backend_for(server: OpenAIServer, **overrides: Any) -> OpenAIBackend:
    settings = {"model": "test-model", "base_url": server.base_url, "api_key": "not-needed",
                "timeout": 5.0, "deadline": 10.0, **overrides}
    return OpenAIBackend(OpenAISettings(**settings))


def run_seed(server: OpenAIServer, seed_text: str, **overrides: Any) -> Any:
    return extract(seed_text, published="2020-10-21", article_id="seed",
                   backend=backend_for(server, **overrides), cache=False)


# -- what the server is ----------------------------------------------------------------------


def test_probe_reads_llama_cpp_context_and_slots(openai_server: OpenAIServer) -> None:
    as_llama_cpp(openai_server, total_slots=2)
    info = probe(openai_server.base_url, "not-needed")
    assert (info.kind, info.n_ctx, info.total_slots, info.models) == (
        "llama.cpp", 8192, 2, ("test-model",))


@pytest.mark.parametrize(("owned_by", "kind"), [
    ("vllm", "vllm"), ("library", "ollama"), ("test", "unknown"),
])
def test_probe_tells_servers_apart_by_owned_by(
    openai_server: OpenAIServer, owned_by: str, kind: str
) -> None:
    openai_server.owned_by = owned_by
    assert probe(openai_server.base_url, "not-needed").kind == kind


def test_probe_of_a_dead_endpoint_knows_nothing_and_does_not_raise() -> None:
    info = probe("http://127.0.0.1:9/v1", "not-needed", timeout=0.5)
    assert (info.kind, info.n_ctx, info.total_slots) == ("unknown", None, None)


def test_probe_never_asks_openai_itself() -> None:
    # conftest refuses non-loopback connections: asking would fail the test.
    assert probe(None, "sk-x").kind == "openai"
    assert probe("https://api.openai.com/v1", "sk-x").kind == "openai"


# -- the mode ---------------------------------------------------------------------------------


def test_llama_cpp_gets_json_schema_mode_and_the_seed_extracts(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    as_llama_cpp(openai_server)
    openai_server.script(reply_json(SEED_DRAFT))
    result = run_seed(openai_server, seed_text)

    chat = openai_server.chat_requests[0].json
    assert chat["response_format"]["type"] == "json_schema"
    assert "tools" not in chat and "tool_choice" not in chat
    for item in [*result.events, *result.claims]:
        for span in item.evidence:
            assert seed_text[span.start:span.end] == span.text


def test_a_mode_setting_overrides_the_measured_choice(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    as_llama_cpp(openai_server)
    openai_server.script(reply_tool(SEED_DRAFT))
    run_seed(openai_server, seed_text, mode="tools")
    assert "tools" in openai_server.chat_requests[0].json


def test_an_unknown_server_keeps_tools_mode(openai_server: OpenAIServer, seed_text: str) -> None:
    openai_server.script(reply_tool(SEED_DRAFT))
    run_seed(openai_server, seed_text)
    assert "tools" in openai_server.chat_requests[0].json


def test_llmextract_mode_unset_means_auto_in_the_cache_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("LLMEXTRACT_MODEL", "m")
    monkeypatch.delenv("LLMEXTRACT_MODE", raising=False)
    identity = OpenAIBackend(OpenAISettings.from_env()).identity()
    assert identity["mode"] == "auto" and identity["reask_temperature"] == 0.7


# -- the model --------------------------------------------------------------------------------


def test_a_model_the_local_server_does_not_serve_is_refused_before_any_request(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    as_llama_cpp(openai_server)
    with pytest.raises(ConfigurationError, match=r"'no-such-model' is not served .*test-model"):
        run_seed(openai_server, seed_text, model="no-such-model")
    assert openai_server.chat_requests == []


def test_provenance_records_the_model_that_answered(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    openai_server.script(reply_tool(SEED_DRAFT, model="test-model-2026-01-01"))
    assert run_seed(openai_server, seed_text).provenance.model == "test-model-2026-01-01"


# -- re-asks ----------------------------------------------------------------------------------


def test_a_reask_is_sampled_warmer_than_the_answer_it_corrects(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    bad = json.loads(json.dumps(SEED_DRAFT))
    bad["claims"][0]["quotes"] = ["a quote that is nowhere in the article"]
    openai_server.script(reply_tool(bad), reply_tool(bad), reply_tool(SEED_DRAFT))
    result = run_seed(openai_server, seed_text)

    temperatures = [r.json["temperature"] for r in openai_server.chat_requests]
    assert temperatures == [0.0, 0.7, 0.7]
    assert result.provenance.reasks == 2
    assert all("_llmextract" not in key for r in openai_server.chat_requests for key in r.json)


def test_the_reask_temperature_never_cools_a_warm_request(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    bad = json.loads(json.dumps(SEED_DRAFT))
    bad["claims"][0]["quotes"] = ["a quote that is nowhere in the article"]
    openai_server.script(reply_tool(bad), reply_tool(SEED_DRAFT))
    run_seed(openai_server, seed_text, temperature=0.9)
    assert [r.json["temperature"] for r in openai_server.chat_requests] == [0.9, 0.9]


def test_reasks_stay_bounded_and_nothing_ungrounded_is_returned(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    bad = json.loads(json.dumps(SEED_DRAFT))
    bad["claims"][0]["quotes"] = ["a quote that is nowhere in the article"]
    openai_server.default = reply_tool(bad)
    result = run_seed(openai_server, seed_text)
    assert len(openai_server.chat_requests) == 3
    assert result.provenance.reasks == 2 and result.provenance.rejected == 1
    assert [r.item["quotes"] for r in result.rejected] == [bad["claims"][0]["quotes"]]
    for item in [*result.events, *result.claims]:
        for span in item.evidence:
            assert seed_text[span.start:span.end] == span.text


# -- context overflow ------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "type_", "message", "body", "expected"), [
    ("context_length_exceeded", "invalid_request_error",
     "This model's maximum context length is 128000 tokens. However, your messages resulted "
     "in 130017 tokens.", None, ContextOverflow(128000, 130017)),
    (None, "BadRequestError",
     "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens "
     "(5000 in the messages, 4000 in the completion).", None, ContextOverflow(8192, 5000)),
    (None, None, "The decoder prompt (length 9000) is longer than the maximum model length of "
     "8192.", None, ContextOverflow(8192, 9000)),
    (400, "exceed_context_size_error",
     "request (1511 tokens) exceeds the available context size (1024 tokens), try increasing it",
     {"n_prompt_tokens": 1511, "n_ctx": 1024}, ContextOverflow(1024, 1511)),
    (None, "api_error", "the input length exceeds the context length", None, ContextOverflow()),
])
def test_context_overflow_is_recognised_in_every_servers_wording(
    code: Any, type_: Any, message: str, body: Any, expected: ContextOverflow
) -> None:
    assert context_overflow(code, type_, message, body) == expected


@pytest.mark.parametrize("message", [
    "Invalid value for 'tool_choice'", "max_tokens must be at least 1", "Bad request.",
])
def test_other_bad_requests_are_not_overflows(message: str) -> None:
    assert context_overflow(None, "invalid_request_error", message) is None


def llama_overflow() -> Any:
    return error(400, {"error": {
        "code": 400, "type": "exceed_context_size_error", "n_prompt_tokens": 3254, "n_ctx": 2048,
        "message": "request (3254 tokens) exceeds the available context size (2048 tokens), "
                   "try increasing it"}})


def test_llama_cpp_overflow_is_one_clear_error_with_the_real_numbers(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    as_llama_cpp(openai_server)
    openai_server.script(llama_overflow())
    expected = r"\(3,254 tokens\) is too long for the 2,048-token context"
    with pytest.raises(BackendError, match=expected):
        run_seed(openai_server, seed_text)
    assert len(openai_server.chat_requests) == 1  # the same request overflows every time


def test_an_overflow_on_a_reask_blames_the_growing_conversation(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    bad = json.loads(json.dumps(SEED_DRAFT))
    bad["claims"][0]["quotes"] = ["a quote that is nowhere in the article"]
    as_llama_cpp(openai_server)
    openai_server.script(reply_json(bad), llama_overflow())
    with pytest.raises(BackendError, match=r"after 1 re-ask\(s\) the conversation"):
        run_seed(openai_server, seed_text)


def test_an_answer_cut_off_by_the_context_says_so_not_max_tokens(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    as_llama_cpp(openai_server, default_generation_settings={"n_ctx": 4096})
    openai_server.script(reply_json(SEED_DRAFT, finish_reason="length",
                                    usage=Usage(prompt_tokens=3254, completion_tokens=842)))
    with pytest.raises(BackendError, match=r"4,096-token context .*ran out"):
        run_seed(openai_server, seed_text)


def test_an_answer_cut_off_by_max_tokens_names_max_tokens(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    as_llama_cpp(openai_server)
    openai_server.script(reply_json(SEED_DRAFT, finish_reason="length",
                                    usage=Usage(prompt_tokens=3000, completion_tokens=100)))
    with pytest.raises(BackendError, match="max_tokens=100"):
        run_seed(openai_server, seed_text, max_tokens=100)


# -- timeouts and concurrency -----------------------------------------------------------------


def test_the_read_timeout_grows_with_the_prompt(openai_server: OpenAIServer) -> None:
    backend = backend_for(openai_server, timeout=100.0)
    prompt = get_prompt(None)

    def timeout_for(text: str) -> float:
        call = _Call(backend, ArticleInput(text, None, "a"), prompt)
        read = call.request_timeout().read
        assert read is not None
        return read

    short, long = timeout_for("A short article."), timeout_for("word " * 20_000)
    assert short == 100.0
    assert long > 5 * short


@pytest.mark.parametrize(("slots", "asked", "sent"), [(1, 8, 1), (4, 2, 2), (4, 8, 4)])
def test_eval_sends_no_more_requests_than_the_server_has_slots(
    openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch, slots: int, asked: int,
    sent: int,
) -> None:
    as_llama_cpp(openai_server, total_slots=slots)
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    assert server_concurrency("openai", None, asked) == sent


def test_eval_concurrency_is_not_capped_where_no_server_reports_slots(
    openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    assert server_concurrency("openai", None, 8) == 8
    assert server_concurrency("rules", None, 8) == 8


def test_the_async_path_uses_the_same_mode_and_resampling(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    from llmextract import extract_async

    as_llama_cpp(openai_server)
    bad = json.loads(json.dumps(SEED_DRAFT))
    bad["claims"][0]["quotes"] = ["a quote that is nowhere in the article"]
    openai_server.script(reply_json(bad), reply_json(SEED_DRAFT))
    asyncio.run(extract_async(seed_text, published="2020-10-21", backend=backend_for(
        openai_server), cache=False))
    requests = [r.json for r in openai_server.chat_requests]
    assert [r["temperature"] for r in requests] == [0.0, 0.7]
    assert all(r["response_format"]["type"] == "json_schema" for r in requests)


def test_mode_auto_as_recorded_in_provenance_is_accepted_back(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Provenance and the cache key say "mode": "auto"; a user who sets it back must not be told
    # that "auto" is unknown.
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("LLMEXTRACT_MODE", "auto")
    assert OpenAISettings.from_env("m").mode is None
    monkeypatch.setenv("LLMEXTRACT_MODE", "tool")
    with pytest.raises(ConfigurationError, match="use one of auto, json, json_schema, tools"):
        OpenAISettings.from_env("m")
