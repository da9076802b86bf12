"""Re-asks that sample differently from the answer they correct.

At temperature 0 a small local model returns the identical answer to every re-ask (measured with
Qwen2.5-Coder 1.5B on llama.cpp: three identical invalid answers for the seed article, while one
request at 0.7 succeeded first time), so a re-ask only spends tokens. instructor re-sends the same
keyword arguments on every re-ask and changes only the messages, so the change happens at the one
seam it calls: the client's ``chat.completions.create``. ``adjust`` (installed there by
``_request_rewrites``) counts the assistant turns instructor appended after the prompt and
raises the temperature for a re-ask; the first request keeps the caller's temperature, so a
cached answer means the same thing as before.
"""

from __future__ import annotations

from typing import Any

#: Private keyword carried through instructor to the wrapper: how many messages the prompt has,
#: and the temperature for re-asks. Removed before the request is sent.
PLAN_KEY = "_llmextract_resample"


def reask_number(messages: Any, prompt_turns: int) -> int:
    """How many re-asks precede this request: assistant turns appended after the prompt."""
    if not isinstance(messages, list):
        return 0
    return sum(1 for m in messages[prompt_turns:]
               if isinstance(m, dict) and m.get("role") == "assistant")


def adjust(kwargs: dict[str, Any]) -> dict[str, Any]:
    plan = kwargs.pop(PLAN_KEY, None)
    if plan is None:
        return kwargs
    prompt_turns, reask_temperature = plan
    if reask_number(kwargs.get("messages"), prompt_turns) > 0:
        kwargs["temperature"] = max(float(kwargs.get("temperature") or 0.0), reask_temperature)
    return kwargs
