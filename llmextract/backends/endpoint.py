"""What kind of OpenAI-compatible server is behind a base URL, and what it says about itself.

Local servers differ from OpenAI in ways that decide whether an extraction can work at all
(measured against llama.cpp's server with Qwen2.5 0.5B/1.5B, see README "Fully local, no key"):
llama.cpp accepts ``tool_choice`` only as a string, so instructor's forced tool call silently
becomes ``auto`` and a small model answers in prose; its context is a fixed ``n_ctx`` shared by
a fixed number of slots, and a request beyond either fails or queues. One ``GET /models`` (and,
for llama.cpp, ``GET /props``) tells us the kind, the context size and the slot count, so the
backend can choose the mode, explain an overflow with real numbers and not queue more requests
than the server serves at once.

The probe is best-effort: any failure leaves ``kind="unknown"`` and every fact ``None``, and the
backend behaves exactly as with a server it knows nothing about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlparse

import httpx2

ServerKind = Literal["openai", "llama.cpp", "vllm", "ollama", "unknown"]

#: Kinds whose tool calling is unreliable with instructor's forced ``tool_choice``: llama.cpp
#: (string-only ``tool_choice``, measured), vLLM (tool calls need server flags), Ollama
#: (json_schema mode reported far better). They get ``json_schema`` unless a setting overrides.
JSON_SCHEMA_KINDS: frozenset[str] = frozenset({"llama.cpp", "vllm", "ollama"})

_PROBE_TIMEOUT = 5.0


@dataclass(frozen=True)
class ServerInfo:
    kind: ServerKind = "unknown"
    #: Context size in tokens of one request, where the server reports it.
    n_ctx: int | None = None
    #: Requests the server processes at once (llama.cpp's ``total_slots``).
    total_slots: int | None = None
    #: Model ids the server lists at ``/models``.
    models: tuple[str, ...] = ()


OPENAI = ServerInfo(kind="openai")


def probe(base_url: str | None, api_key: str, *, client: httpx2.Client | None = None,
          timeout: float = _PROBE_TIMEOUT) -> ServerInfo:
    """Ask the server what it is. Never raises; never sends the key anywhere but ``base_url``."""
    if base_url is None or urlparse(base_url).netloc.endswith("api.openai.com"):
        return OPENAI
    base = base_url.rstrip("/")
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    own = client is None
    http = client or httpx2.Client(timeout=timeout)
    try:
        listing = _get_json(http, f"{base}/models", headers)
        if listing is None:
            return ServerInfo()
        data = listing.get("data")
        entries = [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []
        models = tuple(str(e.get("id")) for e in entries if e.get("id"))
        owners = {str(e.get("owned_by", "")).lower() for e in entries}
        root = _root(base)
        if "llamacpp" in owners:
            props = _get_json(http, f"{root}/props", headers) or {}
            settings = props.get("default_generation_settings")
            n_ctx = settings.get("n_ctx") if isinstance(settings, dict) else None
            return ServerInfo("llama.cpp", _int(n_ctx), _int(props.get("total_slots")), models)
        if "vllm" in owners:
            lengths = [_int(e.get("max_model_len")) for e in entries]
            known = [n for n in lengths if n is not None]
            return ServerInfo("vllm", min(known) if known else None, None, models)
        if owners & {"library", "ollama"}:
            return ServerInfo("ollama", None, None, models)
        version = _get_json(http, f"{root}/api/version", headers)
        if version is not None and "version" in version:
            return ServerInfo("ollama", None, None, models)
        return ServerInfo("unknown", None, None, models)
    finally:
        if own:
            http.close()


def _get_json(http: httpx2.Client, url: str, headers: dict[str, str]) -> dict[str, Any] | None:
    try:
        response = http.get(url, headers=headers)
        if response.status_code != 200:
            return None
        body = response.json()
    except (httpx2.HTTPError, ValueError, OSError):
        return None
    return body if isinstance(body, dict) else None


def _root(base: str) -> str:
    """``http://host:port/v1`` -> ``http://host:port``: llama.cpp and Ollama serve extras there."""
    return base[: -len("/v1")] if base.endswith("/v1") else base


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


# -- context overflow --------------------------------------------------------------------------


@dataclass(frozen=True)
class ContextOverflow:
    """A request that did not fit, with the numbers the server gave (``None`` when it gave none)."""

    n_ctx: int | None = None
    prompt_tokens: int | None = None


# Each server words it differently; these are the wordings seen in their sources and answers:
# OpenAI  "This model's maximum context length is 128000 tokens. However, your messages
#          resulted in 130017 tokens" (code context_length_exceeded)
# vLLM    "This model's maximum context length is 8192 tokens. However, you requested 9000
#          tokens (5000 in the messages, 4000 in the completion)" / "... and your request has
#          5000 input tokens" / "The decoder prompt (length 9000) is longer than the maximum
#          model length of 8192"
# llama.cpp "request (1511 tokens) exceeds the available context size (1024 tokens), try
#          increasing it" (type exceed_context_size_error, with n_prompt_tokens and n_ctx)
# Ollama  "the input length exceeds the context length" / "prompt too long"
_CONTEXT_WORDINGS = re.compile(
    r"maximum context length|context length exceeded|context_length_exceeded"
    r"|exceeds? the (?:available )?context|longer than the maximum model length"
    r"|input length exceeds the context length|prompt too long",
    re.IGNORECASE,
)
_N_CTX = re.compile(
    r"maximum context length is (\d+)|available context size \((\d+)|maximum model length of "
    r"(\d+)",
    re.IGNORECASE,
)
_PROMPT_TOKENS = re.compile(
    r"request \((\d+) tokens\)|resulted in (\d+) tokens|(\d+) in the messages"
    r"|has (\d+) input tokens|decoder prompt \(length (\d+)\)",
    re.IGNORECASE,
)


def context_overflow(code: Any, type_: Any, message: str,
                     body: Any = None) -> ContextOverflow | None:
    """The overflow an error describes, or ``None`` when it is about something else."""
    fields = body if isinstance(body, dict) else {}
    known_code = str(code or "") in {"context_length_exceeded", "exceed_context_size_error"}
    known_type = str(type_ or "") == "exceed_context_size_error"
    if not (known_code or known_type or _CONTEXT_WORDINGS.search(message)):
        return None
    n_ctx = _int(fields.get("n_ctx")) or _first_number(_N_CTX, message)
    prompt = _int(fields.get("n_prompt_tokens")) or _first_number(_PROMPT_TOKENS, message)
    return ContextOverflow(n_ctx=n_ctx, prompt_tokens=prompt)


def _first_number(pattern: re.Pattern[str], text: str) -> int | None:
    match = pattern.search(text)
    if match is None:
        return None
    return next(int(group) for group in match.groups() if group is not None)
