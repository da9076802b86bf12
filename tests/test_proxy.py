"""Model requests go through the proxy the environment names (``backends/_proxy.py``), on every
path: ``extract()`` (httpx2's sync pool), ``extract_async`` (its async pool) and corpus runs
(the aiohttp pool). Before, only the endpoint probe did: our pools are handed to httpx2, which
then reads no proxy variable.

The scripted server plays the proxy: the endpoint ``http://llm.invalid/v1`` does not resolve
(and tests may reach nothing but loopback), so an answer can only come through the proxy, and
the server records the absolute URL a proxy receives."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import pytest

from llmextract import ConfigurationError, extract, extract_async
from llmextract.backends._proxy import proxy_for
from llmextract.backends.openai import OpenAIBackend, OpenAISettings
from llmextract.batch import extract_many
from tests.openai_server import OpenAIServer, reply_tool

ENDPOINT = "http://llm.invalid/v1"
SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8"))


def backend(**overrides: Any) -> OpenAIBackend:
    settings = {"model": "test-model", "base_url": ENDPOINT, "api_key": "sk-test",
                "timeout": 5.0, "deadline": 20.0, **overrides}
    return OpenAIBackend(OpenAISettings(**settings))


def proxied_chats(server: OpenAIServer) -> list[str]:
    return [r.target for r in server.requests if r.is_chat]


@pytest.mark.parametrize(("variables", "url", "expected"), [
    ({"HTTPS_PROXY": "http://proxy.local:3128"}, "https://api.example.com/v1",
     "http://proxy.local:3128"),
    ({"https_proxy": "http://proxy.local:3128"}, "https://api.example.com/v1",
     "http://proxy.local:3128"),
    ({"HTTPS_PROXY": "http://proxy.local:3128"}, "http://api.example.com/v1", None),
    ({"HTTP_PROXY": "proxy.local:3128"}, "http://api.example.com/v1", "http://proxy.local:3128"),
    ({"ALL_PROXY": "http://all.local:8080"}, "https://api.example.com/v1",
     "http://all.local:8080"),
    ({"HTTPS_PROXY": "http://proxy.local:3128", "NO_PROXY": "example.com"},
     "https://api.example.com/v1", None),
    ({"HTTPS_PROXY": "http://proxy.local:3128", "NO_PROXY": "other.com,localhost"},
     "https://api.example.com/v1", "http://proxy.local:3128"),
    ({}, "https://api.example.com/v1", None),
])
def test_the_proxy_for_an_endpoint_is_read_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], url: str,
        expected: str | None) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert proxy_for(url) == expected


def test_extract_sends_through_the_proxy(openai_server: OpenAIServer,
                                         monkeypatch: pytest.MonkeyPatch,
                                         seed_text: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", openai_server.url)
    openai_server.script(reply_tool(SEED_DRAFT))
    result = extract(seed_text, published="2020-10-21", backend=backend(), cache=False)
    assert result.claims
    assert proxied_chats(openai_server) == [f"{ENDPOINT}/chat/completions"]


def test_extract_async_sends_through_the_proxy(openai_server: OpenAIServer,
                                               monkeypatch: pytest.MonkeyPatch,
                                               seed_text: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", openai_server.url)
    openai_server.script(reply_tool(SEED_DRAFT))
    result = asyncio.run(extract_async(seed_text, published="2020-10-21", backend=backend(),
                                       cache=False))
    assert result.claims
    assert proxied_chats(openai_server) == [f"{ENDPOINT}/chat/completions"]


def test_a_corpus_run_sends_through_the_proxy_with_its_credentials(
        openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    proxy = openai_server.url.replace("http://", "http://monitor:p%40ss@")
    monkeypatch.setenv("HTTP_PROXY", proxy)
    openai_server.default = reply_tool(SEED_DRAFT)
    articles = [{"id": f"a{n}", "text": seed_text, "published": "2020-10-21"} for n in range(3)]
    results = list(extract_many(articles, backend=backend(), cache=False, concurrency=2))
    assert sorted(r.id for r in results if r.ok) == ["a0", "a1", "a2"]
    assert proxied_chats(openai_server) == [f"{ENDPOINT}/chat/completions"] * 3
    expected = "Basic " + base64.b64encode(b"monitor:p@ss").decode()
    chats = [r for r in openai_server.requests if r.is_chat]
    assert {r.headers.get("proxy-authorization") for r in chats} == {expected}


def test_no_proxy_sends_straight_to_the_endpoint(openai_server: OpenAIServer,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 seed_text: str) -> None:
    # The proxy named here is a closed port: a request that went through it would fail.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    openai_server.default = reply_tool(SEED_DRAFT)
    direct = backend(base_url=openai_server.base_url)
    assert extract(seed_text, published="2020-10-21", backend=direct, cache=False).claims
    articles = [{"id": "a0", "text": seed_text, "published": "2020-10-21"}]
    assert [r.ok for r in extract_many(articles, backend=direct, cache=False)] == [True]
    assert proxied_chats(openai_server) == ["/v1/chat/completions"] * 2


@pytest.mark.parametrize("proxy", ["socks5://monitor:s3cret@127.0.0.1:1080", "http://[bad",
                                   "http://:3128", "ftp://proxy.local:21"])
def test_a_proxy_no_pool_can_use_is_one_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                    proxy: str) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    with pytest.raises(ConfigurationError, match=r"HTTPS_PROXY or ALL_PROXY") as caught:
        proxy_for("https://api.example.com/v1")
    assert "s3cret" not in str(caught.value) and "\n" not in str(caught.value)


def test_a_corpus_run_behind_an_unusable_proxy_stops_before_any_article(
        openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    """Before, every article failed alike with an "internal error" naming a missing package."""
    monkeypatch.setenv("HTTP_PROXY", "socks5://127.0.0.1:1080")
    articles = [{"id": f"a{n}", "text": seed_text} for n in range(3)]
    with pytest.raises(ConfigurationError, match="only http:// and https:// proxies"):
        list(extract_many(articles, backend=backend(), cache=False))
    with pytest.raises(ConfigurationError, match="only http:// and https:// proxies"):
        extract(seed_text, backend=backend(), cache=False)
    assert not openai_server.requests
