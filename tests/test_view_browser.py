"""The viewer in a real headless Chromium (Debian's ``chromium``, driven by playwright).

Marked ``browser`` and left out of the default run; ``.ci/run`` installs the browser and runs
them in their own step. Every page is opened from disk (``file://``); every request the page
makes is recorded, and any request but the page itself fails the test.
Screenshots go to ``$LLMEXTRACT_SCREENSHOTS`` (default: the pytest temp directory).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from llmextract import extract, render_html, render_view
from llmextract.schema import RejectedItem
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

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("LLMEXTRACT_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: apt-get install chromium (or set LLMEXTRACT_CHROMIUM)")
    with playwright_api.sync_playwright() as p:
        # launch() gives a fresh, throw-away profile (its own --user-data-dir) every time.
        instance = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield instance
        instance.close()


class Page:
    """A page opened from a file, with every request and dialog recorded."""

    def __init__(self, browser: Any, path: Path, width: int = 1440, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.url = path.resolve().as_uri()
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", self._intercept)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=10_000)

    def _intercept(self, route: Any) -> None:
        """Let the page itself through; record and refuse anything else."""
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def eval(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def close(self) -> None:
        # Nothing but the page itself was ever requested, and nothing went wrong in it.
        assert [u for u in self.requests if u != self.url] == []
        assert self.dialogs == [] and self.errors == []
        self.context.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(path: Path, **size: int) -> Page:
        page = Page(browser, path, **size)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


SPANS_SHOWN = """() => new Set([...document.querySelectorAll('#article mark.seg')]
    .flatMap(m => m.dataset.s.split(' '))).size"""


def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get("LLMEXTRACT_SCREENSHOTS")
    path = Path(where) if where else tmp_path_factory.getbasetemp() / "view-screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def png_ink(data: bytes) -> float:
    """Share of pixels that differ from the most common colour (0 for a blank image)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, _, colour = struct.unpack(">IIBB", body[:10])
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    pixels: dict[bytes, int] = {}
    for row in range(height):
        kind = raw[row * (stride + 1)]
        line = bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):  # undo the PNG filter of this scanline
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc
                                      else corner)) & 255
        previous = line
        for x in range(0, stride, channels * 8):  # every 8th pixel is plenty
            key = bytes(line[x:x + 3])
            pixels[key] = pixels.get(key, 0) + 1
    total = sum(pixels.values())
    return 1 - max(pixels.values()) / total


def test_the_request_recorder_would_see_a_request(tmp_path: Path, browser: Any) -> None:
    """The control for every "no request" check: a page without the viewer's CSP that loads
    an image from loopback is seen doing so."""
    page = Page(browser, write(tmp_path, "leaky.html",
                               '<!doctype html><body data-ready="1">'
                               '<img src="http://127.0.0.1:9/x.png"></body>'))
    page.page.wait_for_timeout(300)
    assert "http://127.0.0.1:9/x.png" in page.requests
    page.context.close()


# -- one article ------------------------------------------------------------------------------


@pytest.fixture
def seed_page(tmp_path: Path, seed_text: str, open_page: Any) -> tuple[Page, Any]:
    result = extract(seed_text, published="2020-10-21", article_id="seed", backend="rules")
    return open_page(write(tmp_path, "seed.html", render_html(result, seed_text))), result


def test_every_evidence_span_is_highlighted_once_and_the_text_is_intact(
        seed_page: tuple[Page, Any], seed_text: str) -> None:
    page, result = seed_page
    spans = sum(len(x.evidence) for x in [*result.events, *result.claims])
    assert page.eval(SPANS_SHOWN) == spans
    assert page.eval("() => document.getElementById('article').textContent") == seed_text


def test_hover_shows_the_items_fields(seed_page: tuple[Page, Any]) -> None:
    page, result = seed_page
    c4 = next(c for c in result.claims if c.id == "c4")
    mark = page.page.locator("#article mark.seg", has_text=c4.evidence[0].text).first
    mark.hover()
    tip = page.page.locator("#tip")
    assert tip.is_visible()
    text = tip.inner_text()
    assert "claim c4" in text and "Amjad Al-Sari" in text and "claimed" in text
    page.page.mouse.move(5, 5)
    assert not tip.is_visible()


def test_clicking_a_span_selects_its_item_and_marks_all_its_evidence(
        seed_page: tuple[Page, Any]) -> None:
    page, result = seed_page
    e1 = next(e for e in result.events if e.id == "e1")
    # e1 is the first item, so its spans are numbered 0..n-1 on the page.
    mark = page.page.locator(f"#article mark.seg[data-s~='{len(e1.evidence) - 1}']").first
    mark.click()
    detail = page.page.locator("#detail").inner_text()
    # The shortest item under the pointer is selected; clicking again cycles.
    for _ in range(6):
        if "event e1" in detail:
            break
        mark.click()
        detail = page.page.locator("#detail").inner_text()
    assert "event e1" in detail and "airstrike" in detail and "attribution" in detail
    selected = page.eval("""() => [...document.querySelectorAll('#article mark.seg.sel')]
        .map(m => m.textContent).join('|')""")
    for span in e1.evidence:
        assert span.text.split()[0] in selected
    assert page.eval("() => document.querySelector('tr.item.selected').dataset.keys") == "e1"


def test_clicking_a_table_row_scrolls_to_its_evidence_and_marks_it(
        tmp_path: Path, open_page: Any) -> None:
    path = write(tmp_path, "gold.html", render_view(REPO / "evals" / "gold" /
                                                     "syn-long-syria-week-of-strikes.json"))
    page = open_page(path, width=1440, height=700)
    pane = "document.getElementById('article-pane')"
    assert page.eval(f"() => {pane}.scrollTop") == 0
    last = page.page.locator("tr.item").last
    key = last.get_attribute("data-keys")
    last.click()
    page.page.wait_for_timeout(100)
    assert page.eval(f"() => {pane}.scrollTop") > 200
    box = page.eval("""() => {
        const m = document.querySelector('#article mark.seg.sel');
        const r = m.getBoundingClientRect(), p = document.getElementById('article-pane')
            .getBoundingClientRect();
        return [r.top >= p.top && r.bottom <= p.bottom, m.classList.contains('flash')];
    }""")
    assert box == [True, True]
    assert page.eval("() => document.getElementById('detail').dataset.key") == key


def test_nested_crossing_and_shared_spans_render_each_span_whole(
        tmp_path: Path, open_page: Any) -> None:
    result = nested_extraction().model_copy(update={"rejected": [RejectedItem(
        kind="claim", ref="C7", item={"outcome": "killed", "quotes": ["<b>x</b>"]},
        problems=["quote not found in the article"])]})
    page = open_page(write(tmp_path, "nested.html", render_html(result, NESTED_TEXT)))
    spans = [s for x in [*result.events, *result.claims] for s in x.evidence]
    shown = page.eval("""() => {
        const out = {};
        for (const m of document.querySelectorAll('#article mark.seg'))
            for (const k of m.dataset.s.split(' ')) out[k] = (out[k] || '') + m.textContent;
        return out;
    }""")
    assert [shown[str(k)] for k in range(len(spans))] == [s.text for s in spans]
    assert page.eval("() => document.getElementById('article').textContent") == NESTED_TEXT
    # Overlapping spans sit on different underline lanes: "12 civilians" is under 3 spans.
    lanes = page.eval("""() => [...document.querySelectorAll('#article mark.seg')]
        .filter(m => m.textContent === '12 civilians')
        .map(m => [...m.querySelectorAll('span.ln')].map(s => s.className.match(/l(\\d)/)[1]))""")
    assert lanes and len(lanes[0]) == 3 and len(set(lanes[0])) == 3
    # The rejected item is listed with why, its JSON shown as text.
    rejected = page.page.locator("#rejected").inner_text()
    assert "claim C7" in rejected and "quote not found in the article" in rejected
    assert '"<b>x</b>"' in rejected
    assert page.eval("() => document.querySelectorAll('#rejected b').length") == 0


def test_a_hostile_article_runs_nothing_and_requests_nothing(tmp_path: Path,
                                                             open_page: Any) -> None:
    page = open_page(write(tmp_path, "hostile.html", render_html(hostile_extraction(), HOSTILE)))
    before = page.eval("() => document.body.innerHTML.length")
    for mark in page.page.locator("#article mark.seg").all():
        mark.click()
        mark.hover()
    page.page.keyboard.press("n")
    page.page.keyboard.press("n")
    assert page.eval("() => window.__pwned === undefined")
    assert page.eval("() => document.scripts.length") == 3
    assert page.eval("() => document.querySelectorAll('img, a, textarea, iframe').length") == 0
    assert page.eval("() => getComputedStyle(document.body).display") != "none"
    assert page.eval("() => document.getElementById('article').textContent") == HOSTILE
    assert page.eval("() => document.title") == "llmextract: hostile</script><b>id"
    assert page.eval("() => document.body.innerHTML.length") >= before
    assert page.eval(SPANS_SHOWN) == 4
    # page.close() (fixture teardown) asserts no dialog opened and no request was made.


# -- many articles ------------------------------------------------------------------------------


def test_search_filters_and_keyboard_across_many_articles(tmp_path: Path, seed_text: str,
                                                          open_page: Any) -> None:
    batch = many_articles_jsonl(tmp_path / "many.jsonl", 600, seed_text)
    page = open_page(write(tmp_path, "many.html", render_view(batch)), height=800)
    count = page.page.locator("#list-count")
    assert count.inner_text() == "600 articles"
    # Only the visible rows exist (virtualised list).
    assert page.eval("() => document.querySelectorAll('#list .row').length") < 60
    current = "() => document.querySelector('#article-head h2').textContent"
    assert page.eval(current) == "report-00000"
    page.page.keyboard.press("j")
    page.page.keyboard.press("j")
    assert page.eval(current) == "report-00002"
    page.page.keyboard.press("k")
    assert page.eval(current) == "report-00001"
    page.page.keyboard.press("/")
    page.page.keyboard.type("number 00417")
    page.page.wait_for_function(
        "() => document.getElementById('list-count').textContent === '1 of 600 articles'")
    assert page.eval(current) == "report-00417"
    page.page.fill("#search", "REPORT-0059")  # ids, case-insensitive
    page.page.wait_for_function(
        "() => document.getElementById('list-count').textContent === '10 of 600 articles'")
    assert page.eval(current) == "report-00590"
    page.page.fill("#search", "")
    page.page.select_option("#filter-status", "error")
    assert count.inner_text() == "86 of 600 articles"
    assert page.eval(current) == "report-00003"
    assert "timed out" in page.page.locator("#banners").inner_text()
    page.page.select_option("#filter-status", "all")
    page.page.check("#filter-claims")
    assert count.inner_text() == "514 of 600 articles"
    # The list follows the keyboard far down.
    page.page.focus("#list")
    page.page.keyboard.press("End")
    assert page.eval(current) == "report-00599"
    assert page.page.locator("#list .row.current").is_visible()
    # Item navigation: n selects and scrolls to the first item.
    page.page.keyboard.press("n")
    assert page.eval("() => document.querySelectorAll('#article mark.seg.sel').length") > 0


def test_a_stored_run_opens_at_an_article_named_in_the_address(tmp_path: Path,
                                                               browser: Any) -> None:
    path = write(tmp_path, "run.html", render_view(GOLD_RUN))
    context = browser.new_context()
    page = context.new_page()
    page.goto(path.resolve().as_uri() + "#article=syn-kharkiv-missile-depot-conflicting")
    page.wait_for_selector("body[data-ready='1']")
    assert page.evaluate("() => document.querySelector('#article-head h2').textContent") == (
        "syn-kharkiv-missile-depot-conflicting")
    context.close()


# -- eval reports ---------------------------------------------------------------------------


def test_eval_report_marks_matched_missed_and_spurious(tmp_path: Path, open_page: Any) -> None:
    from typer.testing import CliRunner

    from llmextract.cli import app

    report, summary = tmp_path / "report.html", tmp_path / "summary.json"
    result = CliRunner().invoke(app, ["eval", "--predictions", str(GOLD_RUN), "--report",
                                      str(report), "--format", "json", "--out", str(summary)])
    assert result.exit_code == 0, result.stderr
    counts = json.loads(summary.read_text(encoding="utf-8"))["summary"]["metrics"]
    expect = {status: counts["events.f1"]["counts"][f"events.{c}"]
              + counts["claims.f1"]["counts"][f"claims.{c}"]
              for status, c in (("matched", "tp"), ("missed", "fn"), ("spurious", "fp"))}
    page = open_page(report)
    seen = {"matched": 0, "missed": 0, "spurious": 0}
    articles = len(page_data(report.read_text(encoding="utf-8"))["articles"])
    for n in range(articles):
        if n:
            page.page.keyboard.press("j")
        for status in seen:
            seen[status] += page.eval(f"() => document.querySelectorAll('tr.item.{status}')"
                                      ".length")
        # Every item's evidence is in the text: gold and prediction layers.
        assert page.eval(SPANS_SHOWN) == page.eval(
            "() => document.querySelectorAll('#article mark.seg').length ? "
            "JSON.parse(document.getElementById('articles').textContent).find(a => "
            "a.id === document.querySelector('#article-head h2').textContent).items"
            ".reduce((n, i) => n + i.spans.length, 0) : 0")
    assert seen == expect
    # Hiding the prediction layer leaves only gold underlines visible.
    page.page.keyboard.press("2")
    assert page.eval("() => document.getElementById('article').classList.contains('hide-1')")


def test_screenshots_of_the_seed_article_and_an_eval_report_are_not_blank(
        tmp_path: Path, seed_text: str, open_page: Any,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    shots = screenshot_dir(tmp_path_factory)
    result = extract(seed_text, published="2020-10-21", article_id="seed", backend="rules")
    seed = open_page(write(tmp_path, "seed.html", render_html(result, seed_text)))
    seed.page.locator("tr.item").nth(3).click()
    seed.page.screenshot(path=str(shots / "seed-article.png"))
    from typer.testing import CliRunner

    from llmextract.cli import app

    report = tmp_path / "report.html"
    CliRunner().invoke(app, ["eval", "--predictions", str(GOLD_RUN), "--report", str(report),
                             "--format", "json"])
    page = open_page(report)
    page.page.locator("tr.item.missed").first.click()
    page.page.screenshot(path=str(shots / "eval-report.png"))
    run_b = tmp_path / "B"
    shutil.copytree(GOLD_RUN, run_b)
    lines = (run_b / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["extraction"]["claims"].pop()
    lines[0] = json.dumps(first)
    (run_b / "predictions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    compare = tmp_path / "compare.html"
    CliRunner().invoke(app, ["eval", "--compare", str(GOLD_RUN), str(run_b), "--report",
                             str(compare), "--format", "json"])
    open_page(compare).page.screenshot(path=str(shots / "compare-report.png"))
    for name in ("seed-article.png", "eval-report.png", "compare-report.png"):
        ink = png_ink((shots / name).read_bytes())
        print(f"{shots / name}: {ink:.1%} of pixels not background")
        assert ink > 0.05, name
    # No horizontal overflow: the page fits its width.
    assert seed.eval("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert page.eval("() => document.documentElement.scrollWidth <= window.innerWidth")
