"""The command line: results on stdout, one-line errors with exit code 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmextract.cli import app
from tests.conftest import SEED
from tests.openai_server import (
    OpenAIServer,
    context_length_exceeded,
    invalid_api_key,
    model_not_found,
    reply_tool,
)
from tests.view_support import page_data

runner = CliRunner()
SEED_DRAFT = json.loads((Path(__file__).parent / "data" / "seed_draft.json").read_text())


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def assert_one_line_error(code: int, err: str, fragment: str) -> None:
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert fragment in err
    assert "Traceback" not in err


@pytest.fixture
def endpoint(openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch) -> OpenAIServer:
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-cli-secret-key")
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    return openai_server


def test_extract_prints_the_json_result(endpoint: OpenAIServer) -> None:
    endpoint.script(reply_tool(SEED_DRAFT))
    code, out, _ = run("extract", str(SEED), "--published", "2020-10-21")
    assert code == 0
    data = json.loads(out)
    assert data["provenance"]["backend"] == "openai" and len(data["claims"]) == 5


def test_extract_reads_standard_input(endpoint: OpenAIServer) -> None:
    endpoint.script(reply_tool(SEED_DRAFT))
    code, out, _ = run("extract", "-", input=SEED.read_bytes())
    assert code == 0 and json.loads(out)["article"]["length"] == len(SEED.read_text())


def test_text_format_shows_each_quote(endpoint: OpenAIServer) -> None:
    endpoint.script(reply_tool(SEED_DRAFT))
    code, out, _ = run("extract", str(SEED), "--format", "text", "--published", "2020-10-21")
    assert code == 0
    assert '"killing two people"' in out and "an informed source close to the militia" in out
    assert "killed >= 2 unknown, asserted by the article" in out


def test_no_cache_flag_calls_the_model_each_time(endpoint: OpenAIServer) -> None:
    endpoint.script(reply_tool(SEED_DRAFT), reply_tool(SEED_DRAFT))
    run("extract", str(SEED), "--no-cache")
    run("extract", str(SEED), "--no-cache")
    assert len(endpoint.chat_requests) == 2


def test_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(*run("extract", str(tmp_path / "nope.txt"))[::2], "no such file")


@pytest.mark.parametrize("content", [b"", b"  \n\t \n"])
def test_empty_or_whitespace_article(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    assert_one_line_error(*run("extract", str(path))[::2], "empty or only whitespace")


def test_binary_input(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    assert_one_line_error(*run("extract", str(path))[::2], "binary")


def test_non_utf8_input(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Frappe a\u00e9rienne".encode("latin-1"))
    assert_one_line_error(*run("extract", str(path))[::2], "not UTF-8")


def test_no_endpoint_configured_names_the_variables() -> None:
    code, _, err = run("extract", str(SEED), "--backend", "openai")
    assert_one_line_error(code, err, "OPENAI_API_KEY")
    assert "LLMEXTRACT_MODEL" in err


def test_a_rejected_key_is_reported_without_printing_it(endpoint: OpenAIServer) -> None:
    endpoint.script(invalid_api_key())
    code, out, err = run("extract", str(SEED))
    assert_one_line_error(code, err, "API key was rejected")
    assert "sk-cli-secret-key" not in out + err


def test_an_unknown_model(endpoint: OpenAIServer) -> None:
    endpoint.script(model_not_found("test-model"))
    assert_one_line_error(*run("extract", str(SEED))[::2], "model 'test-model' was not found")


def test_context_too_long_gives_the_article_length(endpoint: OpenAIServer) -> None:
    endpoint.script(context_length_exceeded())
    length = f"{len(SEED.read_text(encoding='utf-8')):,} characters"
    assert_one_line_error(*run("extract", str(SEED))[::2], length)


def test_an_unknown_backend() -> None:
    assert_one_line_error(*run("extract", str(SEED), "--backend", "gpt")[::2],
                          "unknown backend 'gpt'")


def test_a_bad_publication_date() -> None:
    assert_one_line_error(*run("extract", str(SEED), "--published", "21/10/2020")[::2],
                          "ISO date")


def test_prompts_list_and_show() -> None:
    code, out, _ = run("prompts", "list")
    assert code == 0 and out.startswith("strike-claims@1\treleased")
    code, out, _ = run("prompts", "show", "strike-claims@1")
    assert code == 0 and "=== system ===" in out and "{{ARTICLE}}" in out
    assert_one_line_error(*run("prompts", "show", "strike-claims@9")[::2], "unknown prompt")


def test_cache_info_and_clear(endpoint: OpenAIServer, tmp_path: Path) -> None:
    endpoint.script(reply_tool(SEED_DRAFT))
    run("extract", str(SEED))
    code, out, _ = run("cache", "info")
    assert code == 0 and "entries:   1" in out and str(tmp_path / "cache") in out
    code, out, _ = run("cache", "clear")
    assert code == 0 and "removed 1" in out


def test_schema_prints_the_stored_result_contract() -> None:
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["title"] == "Extraction"


def test_html_format_escapes_article_text_and_highlights_evidence(
    endpoint: OpenAIServer, tmp_path: Path
) -> None:
    article = ('<script>alert("x")</script> A drone strike on Marib & Sirwah killed '
               "three fighters, officials said.\n")
    draft = {"events": [{"ref": "E1", "kind": "drone_strike",
                         "quotes": ["A drone strike on Marib & Sirwah"]}],
             "claims": [{"ref": "C1", "outcome": "killed", "population": "combatant",
                         "count": {"min": 3, "max": 3}, "claimant": "officials",
                         "stance": "claimed", "event": "E1",
                         "quotes": ["killed three fighters"]}]}
    endpoint.script(reply_tool(draft))
    path = tmp_path / "a.txt"
    path.write_text(article, encoding="utf-8")
    code, out, _ = run("extract", str(path), "--format", "html")
    assert code == 0
    # The page's own script and data blocks; the article's <script> is inert JSON string content.
    assert out.count("<script") == 3 and "\\u003cscript\\u003ealert" in out
    (doc,) = page_data(out)["articles"]
    spans = {item["id"]: [doc["text"][s[0]:s[1]] for s in item["spans"]]
             for item in doc["items"]}
    assert spans == {"e1": ["A drone strike on Marib & Sirwah"],
                     "c1": ["killed three fighters"]}


def test_several_articles_give_json_lines_and_a_bad_one_does_not_stop_the_rest(
    tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run("extract", str(good), str(empty), str(missing), str(good),
                         "--backend", "rules")
    assert code == 0  # failures are error records; only --fail-on-error makes them an exit 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["status"], x["id"]) for x in lines] == [
        ("ok", str(good)), ("error", str(empty)), ("error", str(missing))]
    assert len(lines[0]["extraction"]["claims"]) == 5
    assert "empty or only whitespace" in lines[1]["error"]
    assert lines[2]["error"] == "no such file" and err.count(str(missing)) == 1
    assert f"duplicate id {str(good)!r}" in err
    assert "1 ok" in err and "2 failed" in err and "Traceback" not in err
    code, _, _ = run("extract", str(good), str(empty), "--backend", "rules", "--fail-on-error")
    assert code == 1


def test_when_every_article_fails_the_summary_says_so(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                       "--backend", "rules")
    assert code == 0 and "0 ok" in err and "nothing was extracted" in err
    assert "the rest were extracted" not in err


def test_several_articles_stop_at_once_on_a_configuration_error(tmp_path: Path) -> None:
    code, out, err = run("extract", str(SEED), str(SEED), "--backend", "openai")
    assert_one_line_error(code, err, "OPENAI_API_KEY")
    assert out == ""


def test_several_articles_refuse_html_and_stdin() -> None:
    assert_one_line_error(*run("extract", str(SEED), str(SEED), "--format", "html")[::2],
                          "one article")
    assert_one_line_error(*run("extract", str(SEED), str(SEED), "--id", "x")[::2],
                          "one article")
    assert_one_line_error(*run("extract", str(SEED), "-", "--backend", "rules")[::2],
                          "standard input")


def test_an_item_that_stays_ungrounded_is_listed_and_strict_refuses_it(
    endpoint: OpenAIServer,
) -> None:
    bad = json.loads(json.dumps(SEED_DRAFT))
    bad["claims"][1]["quotes"] = ["an invented sentence about ten deaths"]
    endpoint.script(*[reply_tool(bad)] * 6)

    code, out, _ = run("extract", str(SEED), "--format", "text", "--no-cache")
    assert code == 0
    assert "4 casualty claim(s)" in out and "rejected 1" in out
    assert "1 item(s) the model answered but could not be grounded" in out
    assert '[claim C2]' in out and "an invented sentence about ten deaths" in out

    code, _, err = run("extract", str(SEED), "--strict", "--no-cache")
    assert_one_line_error(code, err, "strict mode refuses a partial result")
