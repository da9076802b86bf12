"""Corpus runs offline: readers and their messages, resumable output, tables, pacing with a
clock of its own, and the rules backend on worker processes (same output as in-process)."""

from __future__ import annotations

import asyncio
import csv
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from llmextract.batch import BatchStats, CorpusArticle, CorpusProblem, extract_many, read_corpus
from llmextract.batch.corpus import text_id
from llmextract.batch.limits import Budget, RateLimiter
from llmextract.batch.output import JsonlOutput
from llmextract.batch.results import ArticleResult
from llmextract.batch.tables import write_tables
from llmextract.cli import app
from llmextract.errors import ConfigurationError, InputError
from llmextract.schema import Usage
from tests.conftest import REPO, SEED

ISAF = [json.loads(line) for line in (REPO / "evals" / "external" / "isaf" / "dev.jsonl")
        .read_text(encoding="utf-8").split("\n") if line.strip()]
runner = CliRunner()


def stable(extraction_json: str) -> dict[str, Any]:
    data = json.loads(extraction_json)
    data["provenance"].pop("created_at")
    data["provenance"].pop("latency_ms")
    return data


# -- readers ---------------------------------------------------------------------------------


def test_bad_jsonl_lines_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join([
        json.dumps({"id": "a", "text": "One article.", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a", "text": "the same id again"}),
        json.dumps({"text": "No id here."}),
        "",
        json.dumps({"id": 7, "text": "A number as id."}),
    ]) + "\n", encoding="utf-8")
    items = list(read_corpus([str(corpus)]))
    problems = [str(x) for x in items if isinstance(x, CorpusProblem)]
    articles = [x for x in items if isinstance(x, CorpusArticle)]
    assert problems == [f"{corpus}:2: not a JSON object (Expecting property name enclosed in "
                        "double quotes at column 2)",
                        f"{corpus}:4: not a JSON object (a list)"]
    assert [(a.id, a.problem) for a in articles] == [
        ("a", None), ("b", "no 'text' field"), ("a", None), (text_id("No id here."), None),
        ("7", None)]
    assert articles[0].published == "2024-01-02" and articles[0].source == f"{corpus}:1"


def test_duplicates_are_reported_once_and_skipped(tmp_path: Path) -> None:
    problems: list[str] = []
    corpus = [CorpusArticle("a", "Text one.", source="f:1"),
              CorpusArticle("a", "Text two.", source="f:2")]
    results = list(extract_many(corpus, backend="rules",
                                on_problem=lambda p: problems.append(str(p))))
    assert [r.id for r in results] == ["a"]
    assert problems == ["f:2: duplicate id 'a' (first at f:1); skipped"]


def test_a_folder_with_a_binary_file(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sub" / "two.txt").write_text("Nothing happened today.", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\x00\x00binary")
    (folder / ".hidden").write_text("skip me", encoding="utf-8")
    results = {r.id: r for r in extract_many(read_corpus([str(folder)]), backend="rules")}
    assert set(results) == {"one.txt", "sub/two.txt", "photo.jpg"}
    assert results["one.txt"].ok and len(results["one.txt"].extraction.claims) == 5  # type: ignore[union-attr]
    assert results["photo.jpg"].error == "looks like a binary file, not article text"
    assert results["photo.jpg"].source == str(folder / "photo.jpg")


def test_csv_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    with corpus.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "text", "published"])
        writer.writerow(["s", SEED.read_text(encoding="utf-8"), "2020-10-21"])
        writer.writerow(["e", "", ""])
    items = list(read_corpus([str(corpus)]))
    assert [(x.id, x.problem, x.published) for x in items  # type: ignore[union-attr]
            ] == [("s", None, "2020-10-21"), ("e", "'text' is empty", None)]
    bad = tmp_path / "bad.csv"
    bad.write_text("title,body\nx,y\n", encoding="utf-8")
    assert [str(x) for x in read_corpus([str(bad)])] == [
        f"{bad}: no 'text' column in the header row (columns: title, body)"]


def test_parquet_corpus_and_tables(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": ["s", "x"], "text": [SEED.read_text(encoding="utf-8"),
                                                        None]}), corpus)
    out = tmp_path / "out.jsonl"
    with JsonlOutput(out) as writer:
        for result in extract_many(read_corpus([str(corpus)]), backend="rules"):
            writer.write(result)
    events, claims = write_tables(out, tmp_path / "out.parquet", "parquet")
    assert pq.read_table(claims).num_rows == 5
    assert pq.read_table(events).column("article_id").to_pylist()[0] == "s"


# -- output and resume -----------------------------------------------------------------------


def test_output_resume_cuts_a_torn_line_and_retries_errors_on_request(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlOutput(out) as writer:
        writer.write(ArticleResult.failed("e1", "no such file"))
        writer.write(ArticleResult("ok1", "ok", extraction_json='{"events": [], "claims": []}'))
    with out.open("ab") as file:
        file.write(b'{"id": "half", "sta')
    with JsonlOutput(out) as writer:
        assert writer.done == {"e1", "ok1"} and writer.torn_bytes == 19
    assert out.read_bytes().endswith(b"\n")
    with JsonlOutput(out, retry_errors=True) as writer:
        assert writer.done == {"ok1"} and writer.errors_dropped == 1
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["ok1"]


def test_output_refuses_a_file_that_is_not_ours(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("hello\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.jsonl:1: not a record"):
        JsonlOutput(out)


def test_tables_flatten_evidence_quotes_and_offsets(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlOutput(out) as writer:
        for result in extract_many([{"id": "seed", "text": SEED.read_text(encoding="utf-8")}],
                                   backend="rules"):
            writer.write(result)
        writer.write(ArticleResult.failed("bad", "no such file"))
    events, claims = write_tables(out, tmp_path / "out.csv", "csv")
    assert events.name == "out.events.csv" and claims.name == "out.claims.csv"
    rows = list(csv.DictReader(claims.open(encoding="utf-8")))
    text = SEED.read_text(encoding="utf-8")
    assert len(rows) == 5 and {r["article_id"] for r in rows} == {"seed"}
    for row in rows:
        for quote, offsets in zip(row["evidence_quotes"].split(" | "),
                                  row["evidence_offsets"].split(" | "), strict=True):
            start, end = (int(x) for x in offsets.split(":"))
            assert text[start:end] == quote


# -- pacing and budget -----------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_requests_are_spaced_and_a_429_pauses_then_slows_everyone() -> None:
    clock = FakeClock()
    limiter = RateLimiter(requests_per_minute=120, clock=clock, sleep=clock.sleep)

    async def go() -> list[float]:
        starts = []
        for _ in range(3):
            await limiter.acquire()
            starts.append(clock.now)
        limiter.throttled(2.0)
        await limiter.acquire()
        starts.append(clock.now)
        await limiter.acquire()
        starts.append(clock.now)
        return starts

    starts = asyncio.run(go())
    assert starts[:3] == [100.0, 100.5, 101.0]  # 120/min: one every 0.5 s
    assert starts[3] == pytest.approx(103.0)  # the server's Retry-After, for everyone
    assert starts[4] - starts[3] == pytest.approx(1.0)  # then twice as far apart
    for _ in range(200):
        limiter.succeeded()
    assert limiter._spacing == 0.5  # eased back to the set pace


def test_a_stalled_loop_releases_no_burst() -> None:
    """The first waiter's sleep overshoots by 2 s (a busy event loop): the requests that fell
    due meanwhile still go out one spacing apart, measured from the actual starts."""
    clock = FakeClock()
    stalls = [2.0]

    async def oversleep(seconds: float) -> None:
        await clock.sleep(seconds + (stalls.pop() if stalls else 0.0))

    limiter = RateLimiter(requests_per_minute=120, clock=clock, sleep=oversleep)
    starts: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        starts.append(clock.now)

    async def go() -> None:
        await asyncio.gather(*(one() for _ in range(5)))

    asyncio.run(go())
    assert starts[:2] == [100.0, 102.5]  # the second request overslept its turn
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert all(gap >= 0.5 - 1e-9 for gap in gaps), starts
    assert starts[-1] == pytest.approx(104.0)


def test_tokens_per_minute_wait_for_the_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(tokens_per_minute=1000, clock=clock, sleep=clock.sleep)

    async def go() -> None:
        entry = await limiter.acquire(600)
        limiter.settle(entry, 900)  # the server counted more than the estimate
        await limiter.acquire(200)

    asyncio.run(go())
    assert clock.now == pytest.approx(160.0)


def test_budget_needs_prices_and_counts_dollars() -> None:
    with pytest.raises(ConfigurationError, match="price"):
        Budget(1.0)
    budget = Budget(1.0, 2.0, 4.0)
    budget.add(Usage(prompt_tokens=100_000, completion_tokens=100_000))
    assert budget.spent == pytest.approx(0.6) and not budget.exhausted
    budget.add(Usage(prompt_tokens=200_000))
    assert budget.exhausted


# -- the rules backend on every core ---------------------------------------------------------


def test_rules_workers_give_the_same_results_as_one_process() -> None:
    articles = [{"id": row["id"], "text": row["text"]} for row in ISAF[:80]]
    one = {r.id: stable(r.extraction_json() or "") for r in extract_many(
        articles, backend="rules", workers=1)}
    stats = BatchStats()
    two = {r.id: stable(r.extraction_json() or "") for r in extract_many(
        articles, backend="rules", workers=2, stats=stats)}
    assert one == two and len(one) == 80 and stats.ok == 80


# -- the command line ------------------------------------------------------------------------


def test_cli_corpus_run_resumes_and_writes_tables(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": r["id"], "text": r["text"]} for r in ISAF[:5]]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows) + "oops\n",
                      encoding="utf-8")
    out = tmp_path / "res.csv"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--backend",
                                 "rules"])
    assert result.exit_code == 0, result.stderr
    assert f"warning: {corpus}:6: not a JSON object" in result.stderr
    assert "5 article(s)" in result.stderr and "5 ok" in result.stderr
    assert (tmp_path / "res.jsonl").exists() and (tmp_path / "res.claims.csv").exists()
    again = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--backend", "rules"])
    assert "5 already in the output (skipped)" in again.stderr
    assert len((tmp_path / "res.jsonl").read_text().splitlines()) == 5


def test_cli_refuses_options_the_rules_backend_ignores_and_sloppy_dates() -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--backend", "rules", "--model", "x"])
    assert result.exit_code == 2 and "--model apply to the openai backend" in result.stderr
    result = runner.invoke(app, ["extract", str(SEED), "--published", "2020-10-21garbage"])
    assert result.exit_code == 2 and "2020-10-21garbage" in result.stderr


def test_help_names_values_and_shows_flags_as_flags() -> None:
    result = runner.invoke(app, ["extract", "-h"])
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout and "<str>" not in result.stdout
    assert "<list[str]>" not in result.stdout and "--fail-on-error" in result.stdout
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout.startswith("llmextract ")
