"""The HTML viewer without a browser: structure, escaping, CSP, inputs, CLI, eval reports."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from llmextract import extract, render_html, render_view
from llmextract.cli import app
from llmextract.errors import InputError
from llmextract.schema import RejectedItem
from llmextract.view.document import extraction_document
from llmextract.view.page import _light, asset, content_security_policy, script_json, write_page
from tests.view_support import (
    GOLD_RUN,
    HOSTILE,
    NESTED_TEXT,
    REPO,
    hostile_extraction,
    many_articles_jsonl,
    nested_extraction,
    page_data,
)

runner = CliRunner()


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _inline(html: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)


# -- the page is one inert file -------------------------------------------------------------


def test_hostile_article_text_cannot_close_the_data_block_or_open_markup() -> None:
    html = render_html(hostile_extraction(), HOSTILE)
    # Exactly the page's own scripts (two data blocks, one script); the article's </script>,
    # <!--, <img>, <textarea>, <style> and javascript: link never appear as markup.
    assert html.count("<script") == 3 and html.lower().count("</script") == 3
    assert "<!--" not in html
    for raw in ("<img", "<textarea", "</textarea", "<a href", "\u2028", "\u2029", "<b>id"):
        assert raw not in html, raw
    # javascript: survives only as JSON string content, never as an attribute.
    assert "javascript:" in page_data(html)["articles"][0]["text"]
    assert not re.search(r"=\s*\"?javascript:", html)
    assert html.count("<style") == 1


def test_the_data_block_gives_back_the_exact_text_and_ids() -> None:
    html = render_html(hostile_extraction(), HOSTILE)
    data = page_data(html)
    (article,) = data["articles"]
    assert article["text"] == HOSTILE and data["first"] == article
    assert data["index"][0]["id"] == article["id"] and "text" not in data["index"][0]
    assert article["id"] == "hostile</script><b>id"
    assert "hostile&lt;/script&gt;&lt;b&gt;id" in html.split("<title>")[1].split("</title>")[0]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_page_written_as_its_articles_come_is_the_page_built_whole(count: int) -> None:
    import io
    from html import escape

    articles = [{"id": f"a{n}", "text": f"</script><!-- {n} \u2028 & é", "items": [n],
                 "findings": [["missed", "claim", "x", ""]] * n} for n in range(count)]
    data = {"mode": "evaluation", "title": "<t> & t", "meta": [["a", "b"]]}
    out = io.StringIO()
    write_page(data, iter(articles), out)
    # the page as built in one piece: the page data with the index and the first article,
    # and every article after the script
    head = {"version": 1, **data, "index": [_light(a) for a in articles],
            "first": articles[0] if articles else None}
    values = {"CSP": escape(content_security_policy()), "TITLE": escape(data["title"]),
              "CSS": asset("view.css"), "DATA": script_json(head), "JS": asset("view.js"),
              "ARTICLES": script_json(articles)}
    whole = re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], asset("view.html"))
    assert out.getvalue() == whole


def test_script_json_escapes_what_could_end_or_confuse_a_script_element() -> None:
    text = "</script><!--\u2028\u2029&>"
    out = script_json({"t": text})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"t": text}


def test_content_security_policy_forbids_the_network_and_allows_only_the_pages_own_code() -> None:
    html = render_html(hostile_extraction(), HOSTILE)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert csp is not None
    policy = csp.group(1).replace("&#x27;", "'")
    assert policy.startswith("default-src 'none'")
    for directive in ("connect-src 'none'", "img-src 'none'", "form-action 'none'",
                      "base-uri 'none'", "font-src 'none'"):
        assert directive in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    # The hashes allow exactly the inline script and stylesheet the page carries.
    code = [s for s in re.findall(r"<script>(.*?)</script>", html, re.S)]
    (style,) = _inline(html, "style")

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src 'sha256-{digest(code[0])}'" in policy
    assert f"style-src 'sha256-{digest(style)}'" in policy
    # The CSP comes before anything that could load or run.
    assert html.index("Content-Security-Policy") < html.index("<style")


def test_the_page_names_no_external_resource() -> None:
    html = render_html(hostile_extraction(), HOSTILE)
    markup = re.sub(r'<script type="application/json" id="\w+">.*?</script>', "", html,
                    flags=re.S)
    assert not re.search(r"\b(src|href|action|srcset|poster)\s*=", markup)
    assert "<link" not in markup and "@import" not in markup and "url(" not in markup
    for name in ("view.html", "view.css", "view.js"):
        text = asset(name)
        assert "http:" not in text and "https:" not in text and "//" + "cdn" not in text
    # The script builds the DOM with textContent only: no HTML parsing entry points.
    js = asset("view.js")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"style", "srcdoc"):
        assert sink not in js, sink


# -- documents ------------------------------------------------------------------------------


def test_every_item_and_span_reaches_the_page_with_its_fields(seed_text: str) -> None:
    result = extract(seed_text, published="2020-10-21", backend="rules", article_id="seed")
    data = page_data(render_html(result, seed_text))
    (doc,) = data["articles"]
    assert [i["id"] for i in doc["items"]] == [e.id for e in result.events] + [
        c.id for c in result.claims]
    assert sum(len(i["spans"]) for i in doc["items"]) == sum(
        len(x.evidence) for x in [*result.events, *result.claims])
    # Search finds articles by claimant and place as well as by id and text.
    assert "Amjad Al-Sari" in doc["find"] and "Albukamal" in doc["find"]
    c4 = next(i for i in doc["items"] if i["id"] == "c4")
    assert dict(map(tuple, c4["fields"]))["claimant"] == "Amjad Al-Sari"
    assert {"count min", "count max", "vague term", "stance", "event"} <= {
        f[0] for f in c4["fields"]}
    e1 = next(i for i in doc["items"] if i["id"] == "e1")
    assert {"kind", "date", "places", "attacker", "attribution"} <= {f[0] for f in e1["fields"]}


def test_one_colour_per_claimant() -> None:
    doc = extraction_document(nested_extraction(), NESTED_TEXT, article_id="nested")
    colours = {i["id"]: i["colour"] for i in doc["items"] if i["type"] == "claim"}
    assert colours["c1"] == colours["c2"] != colours["c3"]
    assert doc["legend"] == [["Officials", 0], ["a monitor", 1]]


def test_without_the_text_the_quotes_are_shown_at_their_own_offsets() -> None:
    result = nested_extraction()
    doc = extraction_document(result, None, article_id="nested")
    assert doc["partial"] is True
    spans = [s for item in doc["items"] for s in item["spans"]]
    originals = [s for x in [*result.events, *result.claims] for s in x.evidence]
    for shown, original in zip(spans, originals, strict=True):
        assert doc["text"][shown[0]:shown[1]] == original.text
        assert shown[3:5] == [original.start, original.end]


def test_rejected_items_and_warnings_are_listed_with_their_problems() -> None:
    result = nested_extraction().model_copy(update={
        "rejected": [RejectedItem(kind="claim", ref="C7",
                                  item={"outcome": "killed", "quotes": ["<b>x</b>"]},
                                  problems=["quote not found in the article: '<b>x</b>'"])],
        "warnings": ["c1: quote found after normalising whitespace"]})
    data = page_data(render_html(result, NESTED_TEXT))
    (doc,) = data["articles"]
    assert doc["rejected"] == [{"kind": "claim", "ref": "C7",
                                "problems": ["quote not found in the article: '<b>x</b>'"],
                                "item": json.dumps({"outcome": "killed",
                                                    "quotes": ["<b>x</b>"]}, indent=1)}]
    assert doc["notes"] == ["c1: quote found after normalising whitespace"]
    assert data["index"][0]["nRejected"] == 1


# -- inputs ---------------------------------------------------------------------------------


def test_a_stored_run_finds_its_texts_through_its_manifest() -> None:
    data = page_data(render_view(GOLD_RUN))
    assert len(data["articles"]) == 15
    assert not any(a["partial"] for a in data["articles"])
    assert ["run", "rules-gold-test"] in data["meta"]


def test_an_extraction_json_needs_its_text_and_refuses_a_wrong_one(
        tmp_path: Path, seed_text: str) -> None:
    result = extract(seed_text, published="2020-10-21", backend="rules")
    file = tmp_path / "seed.json"
    file.write_text(result.model_dump_json(), encoding="utf-8")
    alone = page_data(render_view(file))["articles"][0]
    assert alone["partial"] and "--texts" in alone["warning"]
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "other.txt").write_text(seed_text + " changed", encoding="utf-8")
    assert page_data(render_view(file, texts=[tmp_path / "texts"]))["articles"][0]["partial"]
    (tmp_path / "texts" / "seed.txt").write_text(seed_text, encoding="utf-8")
    found = page_data(render_view(file, texts=[tmp_path / "texts"]))["articles"][0]
    assert not found["partial"] and found["text"] == seed_text


def test_batch_jsonl_reads_each_text_from_its_path_or_text_field(tmp_path: Path,
                                                                 seed_text: str) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    code, out, _ = cli("extract", str(article), str(tmp_path / "missing.txt"), "--backend",
                       "rules")
    assert code == 0  # a corpus run's failures are error records (exit 1 with --fail-on-error)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(out, encoding="utf-8")
    data = page_data(render_view(batch))
    ok, failed = data["articles"]
    assert ok["text"] == seed_text and not ok["partial"]
    assert "no such file" in failed["error"]
    many = many_articles_jsonl(tmp_path / "many.jsonl", 20, seed_text)
    docs = page_data(render_view(many))["articles"]
    assert len(docs) == 20 and sum(bool(d["error"]) for d in docs) == 3
    assert all(not d["partial"] for d in docs if not d["error"])


def test_gold_is_viewable_as_it_is_labeled() -> None:
    data = page_data(render_view(REPO / "evals" / "gold"))
    assert len(data["articles"]) == 48
    assert all(a["backend"] == "gold" and not a["partial"] for a in data["articles"])


@pytest.mark.parametrize(("content", "message"), [
    ('{"article_id": "a"}\nnot json\n', "bad.jsonl:1: neither an extraction"),
    ('{"extraction": {"article": 1}}\n', "bad.jsonl:1: extraction"),
    ("[1, 2]\n", "bad.jsonl:1: expected a JSON object"),
    ("\n", "bad.jsonl: no records"),
])
def test_bad_input_is_one_line_naming_file_and_line(tmp_path: Path, content: str,
                                                    message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        render_view(bad)
    code, out, err = cli("view", str(bad), "-o", str(tmp_path / "v.html"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "v.html").exists()


def test_a_run_finds_its_gold_texts_from_any_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the manifest's "evals/gold" is relative to the checkout
    data = page_data(render_view(GOLD_RUN))
    assert not any(a["partial"] for a in data["articles"])


def test_importing_llmextract_loads_neither_the_scoring_stack_nor_a_browser() -> None:
    import subprocess
    import sys

    code = ("import sys, llmextract; print(sorted(m for m in ('scipy', 'numpy', 'playwright', "
            "'llmextract.evaluation') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_cli_view_writes_one_file(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    code, stdout, err = cli("view", str(GOLD_RUN), "-o", str(out))
    assert code == 0 and stdout == "" and "wrote" in err
    assert len(page_data(out.read_text(encoding="utf-8"))["articles"]) == 15
    code, _, err = cli("view", str(tmp_path / "nothing"))
    assert code == 2 and "no such file or directory" in err


def test_extract_format_html_is_the_viewer(seed_text: str, tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    code, out, _ = cli("extract", str(article), "--backend", "rules", "--format", "html")
    assert code == 0
    data = page_data(out)
    assert data["mode"] == "extractions" and data["articles"][0]["text"] == seed_text


# -- eval reports ---------------------------------------------------------------------------


def _tallies(data: dict[str, Any], run: int = 0) -> dict[str, int]:
    total = {"matched": 0, "missed": 0, "spurious": 0}
    for article in data["articles"]:
        for key in total:
            total[key] += article["tally"][run][key]
    return total


def test_eval_report_marks_what_the_scores_count(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    summary = tmp_path / "summary.json"
    code, _, err = cli("eval", "--predictions", str(GOLD_RUN), "--report", str(report),
                       "--format", "json", "--out", str(summary))
    assert code == 0, err
    scored = json.loads(summary.read_text(encoding="utf-8"))["summary"]["metrics"]
    data = page_data(report.read_text(encoding="utf-8"))
    tp = scored["events.f1"]["counts"]["events.tp"] + scored["claims.f1"]["counts"]["claims.tp"]
    fp = scored["events.f1"]["counts"]["events.fp"] + scored["claims.f1"]["counts"]["claims.fp"]
    fn = scored["events.f1"]["counts"]["events.fn"] + scored["claims.f1"]["counts"]["claims.fn"]
    assert _tallies(data) == {"matched": tp, "missed": fn, "spurious": fp}
    # Worst first, as the report orders them; each item's status agrees with its pair.
    assert data["articles"][0]["id"] == "syn-long-syria-week-of-strikes"
    for article in data["articles"]:
        by_key = {i["key"]: i for i in article["items"]}
        for item in article["items"]:
            if item["status"] == "matched":
                assert by_key[item["pair"]]["pair"] == item["key"]
    metric_labels = [m["label"] for m in data["metrics"]]
    assert "Claims F1" in metric_labels
    assert all(m["low"] is not None for m in data["metrics"] if m["headline"])


def test_eval_report_carries_the_gate(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    code, _, err = cli("eval", "--predictions", str(GOLD_RUN), "--baseline",
                       str(REPO / "evals" / "baselines" / "rules-gold-test.json"),
                       "--report", str(report), "--format", "json")
    assert code == 0, err
    gate = page_data(report.read_text(encoding="utf-8"))["gate"]
    assert gate["passed"] is True and gate["rows"]
    assert not any(row[5] for row in gate["rows"])


def test_compare_report_shows_what_changed_article_by_article(tmp_path: Path) -> None:
    run_b = tmp_path / "B"
    shutil.copytree(GOLD_RUN, run_b)
    lines = (run_b / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    dropped = first["extraction"]["claims"].pop()
    lines[0] = json.dumps(first)
    (run_b / "predictions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "compare.html"
    code, _, err = cli("eval", "--compare", str(GOLD_RUN), str(run_b), "--report",
                       str(report), "--format", "json")
    assert code == 0, err
    data = page_data(report.read_text(encoding="utf-8"))
    assert data["mode"] == "comparison"
    changed = [a for a in data["articles"] if a["changed"]]
    assert [a["id"] for a in changed] == [first["article_id"]]
    assert data["articles"][0]["id"] == first["article_id"]
    (article,) = changed
    assert len(article["lost"]) == 1 and article["lost"][0][2].startswith(dropped["outcome"])
    lost = [i for i in article["items"] if i["layer"] == 0 and i["status"] == "lost"]
    assert len(lost) == 1
