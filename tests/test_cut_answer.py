"""Answers cut off by the token limit keep the items they finished (issue 15: a real 0.5B model
at temperature 0 ran on to max_tokens on 5 of 13 gold test articles, each costing the article).

The reader is tested on its own, then end to end over HTTP: the finished items come back
grounded, the unfinished rest is a rejected item, ``strict`` refuses the partial result, and an
earlier, better answer of the same exchange is not thrown away by a later cut-off re-ask.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from llmextract import BackendError, GroundingError, OpenAIBackend, OpenAISettings, extract
from llmextract.cut_answer import read_cut_answer
from tests.openai_server import OpenAIServer, Usage, reply_content, reply_json, reply_tool_raw

SEED_DRAFT: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seed_draft.json").read_text(encoding="utf-8")
)
FULL = json.dumps(SEED_DRAFT, ensure_ascii=False)
CUT_USAGE = Usage(prompt_tokens=900, completion_tokens=2048)


def cut_inside(text: str, marker: str, occurrence: int = 1) -> str:
    """``text`` cut just after the ``occurrence``-th ``marker``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(marker, at + 1)
    return text[:at + len(marker)]


# -- the reader ----------------------------------------------------------------------------------


def test_a_cut_inside_the_second_event_keeps_the_first_and_reports_the_rest() -> None:
    second = json.dumps(SEED_DRAFT["events"][1]["quotes"][0], ensure_ascii=False)[:40]
    cut = read_cut_answer(cut_inside(FULL, second))
    assert cut is not None
    assert cut.data == {"events": [SEED_DRAFT["events"][0]], "claims": []}
    assert cut.open_list == "events"
    assert cut.unfinished.startswith('{"ref": "E2"')
    assert cut.never_reached == ["claims"]


def test_a_cut_inside_the_claims_keeps_every_event_and_the_finished_claims() -> None:
    cut = read_cut_answer(cut_inside(FULL, '"ref": "C3"'))
    assert cut is not None
    assert cut.data == {"events": SEED_DRAFT["events"], "claims": SEED_DRAFT["claims"][:2]}
    assert (cut.open_list, cut.never_reached) == ("claims", [])


def test_a_cut_between_the_lists_loses_no_item_but_says_the_claims_were_never_reached() -> None:
    cut = read_cut_answer(cut_inside(FULL, '], "claims"'))
    assert cut is not None
    assert cut.data == {"events": SEED_DRAFT["events"], "claims": []}
    assert (cut.open_list, cut.unfinished, cut.never_reached) == (None, "", ["claims"])


def test_brackets_braces_and_escaped_quotes_inside_strings_are_text() -> None:
    item = {"ref": "E1", "quotes": ['he said "[strike] {now}" \\ ]}']}
    text = json.dumps({"events": [item, {"ref": "E2"}]})
    cut = read_cut_answer(text[:text.index('"E2"')])
    assert cut is not None
    assert cut.data["events"] == [item]


@pytest.mark.parametrize("text", [
    "", "I cannot help with that", '{"events', '{"note": "thinking", "other": [1, 2',
    FULL,  # complete: not a cut answer
    '{"events": [}',  # broken, not cut
])
def test_nothing_worth_keeping_is_none(text: str) -> None:
    assert read_cut_answer(text) is None


def test_text_before_the_object_is_skipped() -> None:
    cut = read_cut_answer("```json\n" + cut_inside(FULL, '"ref": "C1"'))
    assert cut is not None and cut.data["events"] == SEED_DRAFT["events"]


# -- end to end over HTTP -----------------------------------------------------------------------


def chats(server: OpenAIServer) -> list[Any]:
    return [r for r in server.requests if r.path.endswith("/chat/completions")]


def run(server: OpenAIServer, seed_text: str, **overrides: Any) -> Any:
    strict = overrides.pop("strict", False)
    settings = {"model": "test-model", "base_url": server.base_url, "api_key": "not-needed",
                "timeout": 5.0, "deadline": 10.0, "mode": "json_schema", "max_tokens": 2048,
                **overrides}
    return extract(seed_text, published="2020-10-21", article_id="seed",
                   backend=OpenAIBackend(OpenAISettings(**settings)), cache=False, strict=strict)


def test_the_finished_items_of_a_cut_answer_are_kept_grounded_and_the_rest_rejected(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    openai_server.script(reply_content(cut_inside(FULL, '"ref": "C3"'), finish_reason="length",
                                       usage=CUT_USAGE))
    result = run(openai_server, seed_text)
    assert (len(result.events), len(result.claims)) == (2, 2)
    for item in [*result.events, *result.claims]:
        assert all(seed_text[s.start:s.end] == s.text for s in item.evidence)
    assert [r.kind for r in result.rejected] == ["claim"]
    assert "cut off at max_tokens=2048" in result.rejected[0].problems[0]
    assert result.rejected[0].item["unfinished"].startswith('{"ref": "C3"')
    assert any("cut off at max_tokens=2048" in w and "the 4 item(s) finished before the cut "
               "were kept" in w for w in result.warnings)
    assert result.provenance.rejected == 1
    assert result.provenance.usage.completion_tokens == 2048
    assert len(chats(openai_server)) == 1  # a cut answer is not sent again


def test_strict_refuses_a_cut_answer(openai_server: OpenAIServer, seed_text: str) -> None:
    openai_server.script(reply_content(cut_inside(FULL, '"ref": "C3"'), finish_reason="length",
                                       usage=CUT_USAGE))
    with pytest.raises(GroundingError, match="strict"):
        run(openai_server, seed_text, strict=True)


def test_tools_mode_keeps_the_finished_items_too(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    openai_server.script(reply_tool_raw(cut_inside(FULL, '"ref": "C1"'), finish_reason="length",
                                        usage=CUT_USAGE))
    result = run(openai_server, seed_text, mode="tools")
    assert (len(result.events), len(result.claims)) == (2, 0)
    assert [r.kind for r in result.rejected] == ["claim"]


def test_a_cut_off_re_ask_does_not_throw_away_a_better_earlier_answer(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    flawed = json.loads(FULL)
    flawed["claims"][4]["quotes"] = ["words the article never says"]
    openai_server.script(
        reply_json(flawed),
        reply_content(cut_inside(FULL, '"ref": "E2"'), finish_reason="length", usage=CUT_USAGE),
    )
    result = run(openai_server, seed_text)
    assert (len(result.events), len(result.claims)) == (2, 4)
    assert any("best earlier answer was kept" in w for w in result.warnings)
    assert len(chats(openai_server)) == 2


def test_a_cut_answer_with_nothing_finished_is_still_one_clear_error(
    openai_server: OpenAIServer, seed_text: str
) -> None:
    openai_server.script(reply_content('{"events": [{"ref": "E1", "quotes": ["Unidentified air',
                                       finish_reason="length", usage=CUT_USAGE))
    result_or_error: Any
    try:
        result_or_error = run(openai_server, seed_text)
    except BackendError as exc:
        result_or_error = exc
    # Nothing finished: an empty result would read as "no strike, no casualties".
    assert isinstance(result_or_error, BackendError)
    assert "max_tokens=2048" in str(result_or_error)
