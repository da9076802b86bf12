"""The gold set: loading, every check as ``file: json.path: message``, --fix, the CLI, and the
committed ``evals/gold`` directory itself (this is how CI catches a broken gold file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from llmextract.cli import app
from llmextract.errors import GoldError
from llmextract.gold import (
    COVERAGE_END,
    COVERAGE_START,
    HARD_CASES,
    GoldArticle,
    GoldProblem,
    check_gold_dir,
    check_gold_file,
    coverage_table,
    fix_gold_file,
    load_gold,
    load_gold_dir,
    new_gold,
    update_coverage_section,
)
from llmextract.schema import (
    ArticleRef,
    CasualtyClaim,
    Count,
    Extraction,
    Provenance,
    Span,
    StrikeEvent,
)
from tests.conftest import REPO, SEED

GOLD = REPO / "evals" / "gold"
runner = CliRunner()

TEXT = ("A drone hit the car on Wednesday, killing two people. "
        "Later a shell hit the market, killing two people.")


def span(quote: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    return {"start": start, "end": start + len(quote), "text": quote}


def article(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "t1",
        "published": "2024-05-02",
        "source": "test",
        "language": "en",
        "split": "dev",
        "synthetic": True,
        "hard_cases": ["multiple_events"],
        "notes": "",
        "text": TEXT,
        "events": [
            {"id": "e1", "kind": "drone_strike",
             "date": {"earliest": "2024-05-01", "latest": "2024-05-01", "precision": "day"},
             "evidence": [span("A drone hit the car on Wednesday")]},
            {"id": "e2", "kind": "shelling", "evidence": [span("a shell hit the market")]},
        ],
        "claims": [
            {"id": "c1", "outcome": "killed", "count": {"min": 2, "max": 2}, "event": "e1",
             "date": {"earliest": "2024-05-01", "latest": "2024-05-01", "precision": "day"},
             "evidence": [span("killing two people", 0)]},
            {"id": "c2", "outcome": "killed", "count": {"min": 2, "max": 2}, "event": "e2",
             "evidence": [span("killing two people", 1)]},
        ],
    }
    data.update(changes)
    return data


def write(directory: Path, data: dict[str, Any], name: str | None = None) -> Path:
    path = directory / f"{name or data['id']}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def lines(problems: list[GoldProblem]) -> list[str]:
    return [str(p) for p in problems]


def only(problems: list[GoldProblem]) -> str:
    assert len(problems) == 1, lines(problems)
    return str(problems[0])


# --- the committed gold set -------------------------------------------------------------


def test_committed_gold_directory_checks_clean() -> None:
    problems = check_gold_dir(GOLD)
    assert problems == [], "\n".join(lines(problems))


def test_committed_gold_loads_sorted_with_both_splits() -> None:
    articles = load_gold_dir(GOLD)
    ids = [a.id for a in articles]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))
    test = load_gold_dir(GOLD, split="test")
    assert test and all(a.split == "test" for a in test)
    assert {a.id for a in test} < set(ids)
    assert sum(1 for i in ids if i.startswith("isaf-")) >= 15


def test_seed_gold_is_the_seed_article_fully_labeled() -> None:
    gold = load_gold(GOLD / "seed-iranwire-albukamal-2020-10-21.json")
    assert gold.text == SEED.read_bytes().decode("utf-8")
    assert gold.split == "dev" and not gold.synthetic
    assert [e.id for e in gold.events] == ["e1", "e2"]
    assert gold.events[0].attacker.attribution == "suspected"
    assert len(gold.claims) >= 5
    counts = {(c.claimant, c.outcome): (c.count.min, c.count.max, c.count.vague_term)
              for c in gold.claims}
    assert counts[(None, "killed")] == (2, None, None)
    assert counts[("an informed source close to the militia", "killed")] == (2, 2, None)
    assert counts[("an informed source close to the militia", "injured")] == (7, 7, None)
    assert counts[("Amjad Al-Sari", "killed")] == (3, 3, None)
    assert counts[("Amjad Al-Sari", "injured")] == (None, None, "several")
    assert gold.article_ref.length == len(gold.text)


def test_hard_case_vocabulary_is_fixed() -> None:
    assert list(HARD_CASES) == [
        "numbers_words_numerals", "implicit_count", "range_bound", "vague_quantity",
        "updated_toll", "conflicting_sources", "denial", "civilian_vs_combatant",
        "outcome_variety", "lede_summary", "relative_date", "transliteration",
        "hedged_attribution", "negated_hypothetical", "aggregate_toll", "multiple_events",
        "no_strike", "boilerplate", "planted_instructions", "translated_wire",
        "curly_quotes_dashes", "long_article",
    ]
    guidelines = (GOLD / "GUIDELINES.md").read_text(encoding="utf-8")
    assert all(f"`{tag}`" in guidelines for tag in HARD_CASES)


# --- loading --------------------------------------------------------------------------------


def test_load_gold_returns_the_model(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path, article()))
    assert isinstance(gold, GoldArticle)
    assert gold.events[0].evidence[0].text == "A drone hit the car on Wednesday"
    assert gold.claims[1].event == "e2"


def test_load_gold_raises_naming_file_and_path(tmp_path: Path) -> None:
    path = write(tmp_path, article(split="train"))
    with pytest.raises(GoldError, match=rf"^{tmp_path}/t1\.json: split: "):
        load_gold(path)


def test_load_gold_dir_is_all_or_nothing(tmp_path: Path) -> None:
    write(tmp_path, article())
    write(tmp_path, article(id="t2", hard_cases=["nope"]))
    with pytest.raises(GoldError, match=r"t2\.json: hard_cases\[0\]"):
        load_gold_dir(tmp_path)
    with pytest.raises(GoldError, match="unknown split"):
        load_gold_dir(GOLD, split="train")
    with pytest.raises(GoldError, match="not a directory"):
        load_gold_dir(tmp_path / "missing")


def test_load_gold_dir_sorts_by_id_and_filters_split(tmp_path: Path) -> None:
    write(tmp_path, article(id="b", split="test"))
    write(tmp_path, article(id="a"))
    assert [a.id for a in load_gold_dir(tmp_path)] == ["a", "b"]
    assert [a.id for a in load_gold_dir(tmp_path, split="test")] == ["b"]


# --- every check as file: json.path: message ----------------------------------------------


def test_clean_file_has_no_problems(tmp_path: Path) -> None:
    assert check_gold_file(write(tmp_path, article())) == []


def test_bad_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "t1.json"
    path.write_text('{"id": "t1",\n  "split": "dev"\n  "text": "x"\n}\n', encoding="utf-8")
    assert only(check_gold_file(path)) == (
        f"{path}: $: invalid JSON at line 3, column 3: Expecting ',' delimiter")


def test_not_utf8_and_not_an_object(tmp_path: Path) -> None:
    latin = tmp_path / "a.json"
    latin.write_bytes(b'{"text": "caf\xe9"}')
    assert "$: not UTF-8" in only(check_gold_file(latin))
    array = tmp_path / "b.json"
    array.write_text("[]", encoding="utf-8")
    assert only(check_gold_file(array)).endswith("$: a gold file is one JSON object, not list")


def test_wrong_span_names_its_path_and_where_the_quote_is(tmp_path: Path) -> None:
    data = article()
    data["events"][1]["evidence"][0]["start"] += 1
    data["events"][1]["evidence"][0]["end"] += 1
    path = write(tmp_path, data)
    message = only(check_gold_file(path))
    assert message.startswith(f"{path}: events[1].evidence[0]: text 'a shell hit the market' "
                              "is not the article text at")
    assert "the quote occurs at 60..82" in message


def test_wrong_span_with_an_ambiguous_quote_lists_occurrences(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["evidence"][0]["start"] = 0
    data["claims"][0]["evidence"][0]["end"] = len("killing two people")
    message = only(check_gold_file(write(tmp_path, data)))
    assert "claims[0].evidence[0]:" in message
    assert "occurs 2 times, at 34..52, 84..102" in message


def test_span_past_the_end(tmp_path: Path) -> None:
    data = article()
    data["claims"][1]["evidence"] = [{"start": 200, "end": 205, "text": "xxxxx"}]
    assert "claims[1].evidence[0]: end 205 is past the article end" in only(
        check_gold_file(write(tmp_path, data)))


def test_missing_offsets(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["evidence"] = [{"text": "killing two people"}]
    path = write(tmp_path, data)
    assert only(check_gold_file(path)) == (
        f"{path}: claims[0].evidence[0]: evidence has no offsets (`llmextract gold check "
        "--fix` fills them when the quote occurs exactly once)")


def test_duplicate_ids_within_a_file(tmp_path: Path) -> None:
    data = article()
    data["claims"][1]["id"] = "c1"
    data["events"][1]["id"] = "e1"
    data["claims"][1]["event"] = "e1"
    found = lines(check_gold_file(write(tmp_path, data)))
    assert any("events[1].id: duplicate id 'e1'" in p for p in found)
    assert any("claims[1].id: duplicate id 'c1'" in p for p in found)


def test_claim_id_shared_with_an_event(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["id"] = "e2"
    assert "claims[0].id: id 'e2' is also an event id" in only(
        check_gold_file(write(tmp_path, data)))


def test_dangling_event_and_superseded_links(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["event"] = "e9"
    data["claims"][1]["superseded_by"] = "c7"
    path = write(tmp_path, data)
    assert lines(check_gold_file(path)) == [
        f"{path}: claims[0].event: no event with id 'e9'",
        f"{path}: claims[1].superseded_by: no claim with id 'c7'",
    ]


def test_min_greater_than_max(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["count"] = {"min": 3, "max": 2}
    path = write(tmp_path, data)
    assert only(check_gold_file(path)) == (
        f"{path}: claims[0].count: count min 3 is greater than max 2")


def test_event_date_after_publication_or_too_old(tmp_path: Path) -> None:
    data = article()
    data["events"][0]["date"] = {"earliest": "2018-05-01", "latest": "2024-05-03",
                                 "precision": "unknown"}
    path = write(tmp_path, data)
    assert lines(check_gold_file(path)) == [
        f"{path}: events[0].date.earliest: 2018-05-01 is more than 5 years before the "
        "article's publication date 2024-05-02",
        f"{path}: events[0].date.latest: 2024-05-03 is after the article's publication date "
        "2024-05-02",
    ]
    data["published"] = None  # nothing to compare with
    assert check_gold_file(write(tmp_path, data)) == []


def test_claim_date_is_its_events_unless_its_own_evidence_dates_it(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["date"] = {"earliest": "2024-04-30", "latest": "2024-04-30",
                                 "precision": "day"}
    path = write(tmp_path, data)
    assert only(check_gold_file(path)) == (
        f"{path}: claims[0].date: 2024-04-30 is not its event e1's date 2024-05-01, and no "
        "evidence span of the claim gives it: add the words that date the claim, or take the "
        "event's date")
    data["claims"][0]["date"] = {"earliest": None, "latest": None, "precision": "unknown"}
    assert check_gold_file(write(tmp_path, data)) == []  # undated: a gold set before v2
    # a claim of an undated event may be dated by its own words ("on Wednesday")
    data["claims"][1]["date"] = {"earliest": "2024-05-01", "latest": "2024-05-01",
                                 "precision": "day"}
    data["claims"][1]["evidence"].append(span("on Wednesday"))
    data["claims"][0]["date"] = data["events"][0]["date"]
    assert check_gold_file(write(tmp_path, data)) == []
    # and a claim dated after publication is out of bounds like an event
    data["claims"][1]["date"]["latest"] = "2024-05-09"
    assert only(check_gold_file(write(tmp_path, data))) == (
        f"{path}: claims[1].date.latest: 2024-05-09 is after the article's publication date "
        "2024-05-02")


def test_unknown_and_duplicate_hard_case_tags(tmp_path: Path) -> None:
    path = write(tmp_path, article(hard_cases=["foo"]))
    assert only(check_gold_file(path)).startswith(
        f"{path}: hard_cases[0]: unknown hard-case tag 'foo'")
    path = write(tmp_path, article(hard_cases=["denial", "denial"]))
    assert only(check_gold_file(path)) == f"{path}: hard_cases[1]: duplicate tag 'denial'"


def test_split_and_schema_errors_at_their_json_path(tmp_path: Path) -> None:
    data = article(split="train")
    data["events"][0]["kind"] = "raid"
    data["events"][0]["colour"] = "red"
    del data["claims"][1]["outcome"]
    path = write(tmp_path, data)
    found = lines(check_gold_file(path))
    assert f"{path}: split: Input should be 'dev' or 'test' (got 'train')" in found
    assert any(p.startswith(f"{path}: events[0].kind: Input should be") for p in found)
    assert f"{path}: events[0].colour: Extra inputs are not permitted (got 'red')" in found
    assert f"{path}: claims[1].outcome: Field required" in found


def test_id_must_match_the_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, article(), name="other")
    assert only(check_gold_file(path)) == (
        f"{path}: id: id 't1' does not match the file name 'other.json'")


def test_article_ids_unique_across_the_directory(tmp_path: Path) -> None:
    write(tmp_path, article())
    write(tmp_path, article(), name="copy")
    found = lines(check_gold_dir(tmp_path))
    assert f"{tmp_path}/t1.json: id: article id 't1' is also used by copy.json" in found


def test_empty_and_missing_directories(tmp_path: Path) -> None:
    assert lines(check_gold_dir(tmp_path)) == [
        f"{tmp_path}: $: no *.json gold files in this directory"]
    with pytest.raises(GoldError, match="not a directory"):
        check_gold_dir(tmp_path / "missing")


# --- --fix ---------------------------------------------------------------------------------


def test_fix_fills_a_unique_quote_and_keeps_key_order(tmp_path: Path) -> None:
    data = article()
    data["events"][1]["evidence"] = [{"text": "a shell hit the market"}]
    data["events"][0]["evidence"][0]["start"] = 3  # wrong offsets are repaired too
    data["events"][0]["evidence"][0]["end"] = 35
    path = write(tmp_path, data)
    report = fix_gold_file(path)
    assert report.changed and not report.unresolved
    assert report.lines() == [
        f"{path}: events[0].evidence[0]: offsets repaired from 3..35 to 0..32",
        f"{path}: events[1].evidence[0]: offsets set to 60..82",
    ]
    fixed = json.loads(path.read_text(encoding="utf-8"))
    assert list(fixed) == list(data)
    assert fixed["events"][1]["evidence"][0] == {"start": 60, "end": 82,
                                                 "text": "a shell hit the market"}
    assert list(fixed["events"][1]["evidence"][0]) == ["start", "end", "text"]
    assert check_gold_file(path) == []
    assert path.read_text(encoding="utf-8").startswith('{\n  "id": "t1",')


def test_fix_refuses_an_ambiguous_quote_and_lists_occurrences(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["evidence"] = [{"text": "killing two people"}]
    path = write(tmp_path, data)
    before = path.read_bytes()
    report = fix_gold_file(path)
    assert not report.changed and not report.fixed
    assert report.lines() == [
        f"{path}: claims[0].evidence[0]: not fixed: quote 'killing two people' occurs 2 times, "
        "at 34..52, 84..102; set start/end by hand"]
    assert path.read_bytes() == before


def test_fix_reports_a_quote_not_in_the_text(tmp_path: Path) -> None:
    data = article()
    data["claims"][0]["evidence"] = [{"text": "killing three people"}]
    path = write(tmp_path, data)
    report = fix_gold_file(path)
    assert report.lines() == [f"{path}: claims[0].evidence[0]: not fixed: quote "
                              "'killing three people' does not occur in the text"]


def test_fix_leaves_a_clean_file_untouched(tmp_path: Path) -> None:
    path = write(tmp_path, article())
    path.write_text(path.read_text(encoding="utf-8").replace("  ", "    "), encoding="utf-8")
    before = path.read_bytes()
    report = fix_gold_file(path)
    assert report.notes == [] and not report.changed
    assert path.read_bytes() == before


def test_fix_refuses_unparsable_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad\.json: \$: invalid JSON at line 1"):
        fix_gold_file(path)


# --- new skeletons ------------------------------------------------------------------------


def extraction_file(tmp_path: Path, text: str) -> Path:
    start = text.index("killing two people")
    quote = Span(start=start, end=start + 18, text="killing two people", match="exact",
                 score=100)
    result = Extraction(
        article=ArticleRef.of(text),
        events=[StrikeEvent(id="e1", kind="drone_strike", evidence=[
            Span(start=0, end=19, text="A drone hit the car", match="exact")])],
        claims=[CasualtyClaim(id="c1", outcome="killed", count=Count(min=2, max=2), event="e1",
                              evidence=[quote])],
        provenance=Provenance(backend="rules", grounding_version="1"),
    )
    path = tmp_path / "result.json"
    path.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    return path


def test_new_gold_skeleton(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(TEXT.replace(". ", ".\r\n").encode("utf-8"))
    skeleton = new_gold(source, article_id="x-1", published="2024-05-02", split="test")
    assert list(skeleton) == ["id", "published", "source", "language", "split", "synthetic",
                              "hard_cases", "notes", "text", "events", "claims"]
    assert skeleton["text"] == source.read_bytes().decode("utf-8")  # \r\n kept
    assert (skeleton["published"], skeleton["split"], skeleton["events"]) == (
        "2024-05-02", "test", [])
    GoldArticle.model_validate(skeleton)
    with pytest.raises(GoldError, match="unknown split"):
        new_gold(source, article_id="x", published=None, split="train")
    with pytest.raises(GoldError, match="invalid published date"):
        new_gold(source, article_id="x", published="May 2", split="dev")
    with pytest.raises(GoldError, match="invalid article id"):
        new_gold(source, article_id="a b", published=None, split="dev")


def test_new_gold_from_extraction_prefills_without_match_scores(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    skeleton = new_gold(source, article_id="x", split="dev",
                        from_extraction=extraction_file(tmp_path, TEXT))
    assert skeleton["claims"][0]["evidence"] == [
        {"start": 34, "end": 52, "text": "killing two people"}]
    assert skeleton["events"][0]["kind"] == "drone_strike"
    # Only the note that says it is not labeled yet keeps it from passing `gold check`.
    problems = GoldArticle.model_validate(skeleton).problems()
    assert [(path, "not labeled yet" in message) for path, message in problems] == [
        ("$.notes", True)]
    labeled = {**skeleton, "notes": ""}
    assert GoldArticle.model_validate(labeled).problems() == []
    other = tmp_path / "other.txt"
    other.write_text(TEXT + " More.", encoding="utf-8")
    with pytest.raises(GoldError, match="different article text"):
        new_gold(other, article_id="x", split="dev",
                 from_extraction=extraction_file(tmp_path, TEXT))


# --- coverage -------------------------------------------------------------------------------


def test_coverage_table_counts_tags_splits_and_synthetic() -> None:
    articles = [GoldArticle.model_validate(article(id="a", hard_cases=["denial"])),
                GoldArticle.model_validate(article(id="b", split="test", synthetic=False,
                                                   hard_cases=["denial", "no_strike"]))]
    table = coverage_table(articles)
    assert "| real articles | 0 | 1 | 1 |" in table
    assert "| synthetic articles | 1 | 0 | 1 |" in table
    assert "| **all articles** | 1 | 1 | 2 |" in table
    assert "| claims | 2 | 2 | 4 |" in table
    assert "| `denial` | 2 | 1 | 1 | `a`, `b` |" in table
    assert "| `planted_instructions` | 0 | 0 | 0 | — |" in table
    assert all(f"| `{tag}` |" in table for tag in HARD_CASES)


def test_update_coverage_section() -> None:
    readme = f"# Gold\n\n{COVERAGE_START}\nold\n{COVERAGE_END}\nafter\n"
    assert update_coverage_section(readme, "| t |\n") == (
        f"# Gold\n\n{COVERAGE_START}\n| t |\n{COVERAGE_END}\nafter\n")
    with pytest.raises(GoldError, match="coverage"):
        update_coverage_section("# no markers\n", "x")


# --- the CLI ---------------------------------------------------------------------------------


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["gold", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_check_clean_exits_0(tmp_path: Path) -> None:
    write(tmp_path, article())
    code, out, _ = invoke("check", str(tmp_path))
    assert (code, out) == (0, "checked 1 gold file: clean\n")


def test_cli_check_problems_exit_1(tmp_path: Path) -> None:
    write(tmp_path, article())
    write(tmp_path, article(id="t2", hard_cases=["foo"]))
    (tmp_path / "t3.json").write_text("{\n", encoding="utf-8")
    code, out, _ = invoke("check", str(tmp_path))
    assert code == 1
    assert out.splitlines()[:2] == [
        f"{tmp_path}/t2.json: hard_cases[0]: unknown hard-case tag 'foo' (the vocabulary is "
        "llmextract.gold.HARD_CASES, listed in evals/gold/GUIDELINES.md)",
        f"{tmp_path}/t3.json: $: invalid JSON at line 2, column 1: Expecting property name "
        "enclosed in double quotes",
    ]
    assert out.splitlines()[-1] == "checked 3 gold files: 2 problems in 2 files"


def test_cli_check_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, article())
    assert invoke("check", str(path))[:2] == (0, "checked 1 gold file: clean\n")


def test_cli_check_fix(tmp_path: Path) -> None:
    data = article()
    data["events"][1]["evidence"] = [{"text": "a shell hit the market"}]
    data["claims"][1]["evidence"] = [{"text": "killing two people"}]
    path = write(tmp_path, data)
    code, out, _ = invoke("check", str(tmp_path), "--fix")
    assert code == 1
    assert f"{path}: events[1].evidence[0]: offsets set to 60..82" in out
    assert "claims[1].evidence[0]: not fixed: quote 'killing two people' occurs 2 times" in out
    assert "claims[1].evidence[0]: evidence has no offsets" in out
    assert out.splitlines()[-1] == (
        "checked 1 gold file: 1 problem in 1 file (--fix: 1 span fixed, 1 left)")


def test_cli_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    for args in (("check", str(tmp_path / "missing")),
                 ("coverage", str(tmp_path / "missing")),
                 ("new", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "x.json"))):
        code, out, err = invoke(*args)
        assert code == 2, (args, out, err)
        assert err.startswith("error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err


def test_cli_new_writes_a_skeleton_that_fails_check_until_labeled(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(TEXT, encoding="utf-8")
    out_path = tmp_path / "gold" / "story-1.json"
    out_path.parent.mkdir()
    code, out, err = invoke("new", str(source), "--id", "story-1", "--published", "2024-05-02",
                            "--split", "test", "--source", "Wire", "--out", str(out_path),
                            "--from-extraction", str(extraction_file(tmp_path, TEXT)))
    assert code == 0, err
    assert out.startswith(f"wrote {out_path} (1 events, 1 claims)")
    data = json.loads(out_path.read_text(encoding="utf-8"))
    assert (data["id"], data["source"], data["split"]) == ("story-1", "Wire", "test")
    assert [p.path for p in check_gold_file(out_path)] == ["$.notes"]  # not labeled yet
    out_path.write_text(json.dumps({**data, "notes": ""}), encoding="utf-8")
    assert check_gold_file(out_path) == []
    code, _, err = invoke("new", str(source), "--id", "story-1", "--out", str(out_path))
    assert code == 2 and "already exists" in err
    code, _, err = invoke("new", str(source), "--published", "yesterday",
                          "--out", str(tmp_path / "y.json"))
    assert code == 2 and "invalid --published 'yesterday'" in err
    code, _, err = invoke("new", str(source), "--split", "train",
                          "--out", str(tmp_path / "z.json"))
    assert code == 2 and "unknown split 'train'" in err


def test_cli_coverage_prints_and_writes(tmp_path: Path) -> None:
    write(tmp_path, article())
    code, out, _ = invoke("coverage", str(tmp_path))
    assert code == 0 and "| `multiple_events` | 1 | 1 | 0 | `t1` |" in out
    code, _, err = invoke("coverage", str(tmp_path), "--write")
    assert code == 2 and "README.md" in err
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{COVERAGE_START}\n{COVERAGE_END}\nend\n", encoding="utf-8")
    code, out, _ = invoke("coverage", str(tmp_path), "--write")
    assert code == 0 and out.endswith(f"updated {readme}\n")
    text = readme.read_text(encoding="utf-8")
    assert text.startswith(f"intro\n{COVERAGE_START}\n| | dev | test | total |")
    assert text.endswith(f"{COVERAGE_END}\nend\n")
    assert invoke("coverage", str(tmp_path), "--write")[1].endswith("already up to date\n")


def test_cli_coverage_refuses_a_broken_gold_dir(tmp_path: Path) -> None:
    write(tmp_path, article(hard_cases=["foo"]))
    code, _, err = invoke("coverage", str(tmp_path))
    assert code == 2 and "hard_cases[0]" in err and err.count("\n") == 1


def test_the_committed_coverage_table_is_current() -> None:
    """evals/gold/README.md's table is generated; a gold change must regenerate it."""
    from llmextract.gold import coverage_table, load_gold_dir, update_coverage_section

    gold_dir = Path(__file__).resolve().parent.parent / "evals" / "gold"
    readme = (gold_dir / "README.md").read_text(encoding="utf-8")
    expected = update_coverage_section(readme, coverage_table(load_gold_dir(gold_dir)))
    assert readme == expected, "run `llmextract gold coverage --write` and commit the README"
