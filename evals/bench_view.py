"""How fast the viewer is on a 10,000-article stored run: writing the page, and opening it.

Builds a 10,000-article run in a temporary directory from the stored ISAF run
(``evals/runs/rules-isaf-dev``, 200 releases, each copied 50 times with a numbered last line so
every article is its own text), then measures:

- writing the page through the API (``render_view`` + write), median of 3, and the whole
  ``llmextract view`` process once (its start-up included);
- in headless Chromium (Debian's ``/usr/bin/chromium``, driven by playwright; needs
  ``pip install -e '.[browser]'``): time from navigation start to the first article laid out
  and interactive (the page's own ``performance.now()`` when it sets ``body[data-ready]``), to
  every article parsed (``body[data-loaded]``: search and the other articles available), then
  opening the next article (``j``) and a full-text search over all 10,000 articles; medians of
  3 loads.

    python evals/bench_view.py [--articles 10000] [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from llmextract.schema import ArticleRef, Extraction  # noqa: E402
from llmextract.view import render_view  # noqa: E402

SOURCE_RUN = REPO / "evals" / "runs" / "rules-isaf-dev"
SOURCE_DATA = REPO / "evals" / "external" / "isaf" / "dev.jsonl"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_run(directory: Path, n: int) -> Path:
    releases = [json.loads(line) for line in SOURCE_DATA.open(encoding="utf-8")]
    records = {}
    for line in (SOURCE_RUN / "predictions.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        records[record["article_id"]] = record
    dataset = directory / "dataset.jsonl"
    run = directory / "run"
    run.mkdir()
    with dataset.open("w", encoding="utf-8") as data, \
            (run / "predictions.jsonl").open("w", encoding="utf-8") as predictions:
        for i in range(n):
            release = releases[i % len(releases)]
            text = release["text"] + f"\n\nCopy {i // len(releases)} of this release."
            article_id = f"{release['id']}-{i // len(releases):03d}"
            data.write(json.dumps({"id": article_id, "text": text,
                                   "labels": release["labels"]}) + "\n")
            stored = records[release["id"]]
            if "extraction" in stored:
                x = Extraction.model_validate(stored["extraction"])
                x = x.model_copy(update={"article": ArticleRef.of(
                    text, article_id=article_id, published=x.article.published)})
                out = {"article_id": article_id, "extraction": x.model_dump(mode="json",
                                                                              exclude_none=True)}
            else:
                out = {"article_id": article_id, "error": stored["error"]}
            predictions.write(json.dumps(out) + "\n")
    manifest = json.loads((SOURCE_RUN / "manifest.json").read_text(encoding="utf-8"))
    manifest.update(name="bench-view", source=str(dataset), articles=n)
    (run / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return run


def time_write(run: Path, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    page = render_view(run)
    out.write_text(page, encoding="utf-8")
    return time.perf_counter() - start, len(page.encode("utf-8"))


def browser_figures(page_path: Path, rounds: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    ready, wall, loaded, step, search = [], [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for _ in range(rounds):
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_path.resolve().as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            wall.append(time.perf_counter() - start)
            ready.append(page.evaluate("() => window.__viewReady") / 1000)
            page.wait_for_selector("body[data-loaded='1']", timeout=60_000)
            loaded.append(page.evaluate("() => window.__viewLoaded") / 1000)
            first = page.evaluate("() => document.querySelector('#article-head h2').textContent")
            start = time.perf_counter()
            page.keyboard.press("j")
            page.wait_for_function(
                "(first) => document.querySelector('#article-head h2').textContent !== first",
                arg=first)
            step.append(time.perf_counter() - start)
            start = time.perf_counter()
            page.fill("#search", "helmand copy 37")
            page.wait_for_function("() => / of 10000 articles$/.test(document.getElementById("
                                   "'list-count').textContent)", timeout=60_000)
            search.append(time.perf_counter() - start)
            context.close()
        browser.close()
    return {"first article interactive (page clock from navigation start)":
            statistics.median(ready),
            "first article interactive (playwright goto to ready)": statistics.median(wall),
            "every article loaded, search ready (page clock)": statistics.median(loaded),
            "next article (j)": statistics.median(step),
            "full-text search, all articles (incl. 150 ms debounce)": statistics.median(search)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000,
                        help="articles in the run (the browser figures assume 10,000)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        run = build_run(directory, args.articles)
        out = directory / "view.html"
        writes = [time_write(run, out) for _ in range(args.rounds)]
        seconds = statistics.median(w[0] for w in writes)
        print(f"{args.articles} articles: render_view + write {seconds:.2f} s (median of "
              f"{args.rounds}), page {writes[0][1] / 1e6:.1f} MB")
        start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([str(Path(sys.executable).parent / "llmextract"), "view", str(run), "-o",
                        str(directory / "cli.html")], check=True, capture_output=True,
                       cwd=REPO)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"llmextract view as a whole process: {time.perf_counter() - start:.2f} s wall, "
              f"{cpu:.2f} s CPU (start-up included)")
        if not args.no_browser:
            for name, value in browser_figures(out, args.rounds).items():
                print(f"{name}: {value * 1000:.0f} ms (median of {args.rounds})")


if __name__ == "__main__":
    main()
