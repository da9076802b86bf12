"""The hand-labeled gold set: articles labeled in the extractor's own stored schema.

A gold file (``evals/gold/<article-id>.json``) holds one article's full text and the events and
claims a careful human found in it. ``events`` and ``claims`` are the very ``StrikeEvent`` and
``CasualtyClaim`` models the extractor produces, so gold and output cannot drift apart: a schema
change that breaks one breaks the other in the same commit.

Contracts:

- ``load_gold`` / ``load_gold_dir`` return only articles that pass every check below; anything
  else raises ``GoldError`` naming the file and the JSON path. The eval harness therefore never
  scores against a broken label.
- ``check_gold_file`` / ``check_gold_dir`` never raise on bad content; they return every problem
  as a ``GoldProblem`` printed ``file: json.path: message`` (the form CI logs and editors read).
- ``fix_gold_file`` only ever fills or repairs offsets from an *exact, unique* occurrence of the
  quote; an ambiguous or absent quote is reported with every occurrence, never guessed.

Date plausibility (documented in ``evals/gold/GUIDELINES.md``): an event may not end after the
article's ``published`` date and may not start more than ``MAX_EVENT_AGE_YEARS`` years before it.
Articles with ``published: null`` skip this check (nothing to compare with).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from llmextract.errors import GoldError
from llmextract.normalize.dates import find_dates
from llmextract.schema import (
    ArticleRef,
    CasualtyClaim,
    DateRange,
    StrikeEvent,
    article_sha256,
    reference_problems,
    span_problems,
)

__all__ = [
    "COVERAGE_END",
    "COVERAGE_START",
    "HARD_CASES",
    "MAX_EVENT_AGE_YEARS",
    "SPLITS",
    "FixNote",
    "FixReport",
    "GoldArticle",
    "GoldProblem",
    "check_gold_dir",
    "check_gold_file",
    "coverage_table",
    "fix_gold_file",
    "load_gold",
    "load_gold_dir",
    "new_gold",
    "update_coverage_section",
    "write_gold",
]

#: The fixed vocabulary of hard-case tags. Every tag names one way news text defeats naive
#: extraction (see the domain note); the coverage table shows how many gold articles exercise
#: each, so a gap in the gold set is visible.
HARD_CASES: dict[str, str] = {
    "numbers_words_numerals": "counts written as words and as numerals "
    "(\"two\", \"2\", \"a dozen\")",
    "implicit_count": "a count the reader must add up (\"the driver and two others\" = 3, "
    "\"a policeman\" = 1)",
    "range_bound": "bounds and ranges (\"at least two\", \"up to 11\", \"two to five\")",
    "vague_quantity": "no number, only a vague term (\"several\", \"dozens\", \"a number of\")",
    "updated_toll": "a toll that rises or is revised; the earlier claim is superseded",
    "conflicting_sources": "several claimants give different figures for the same strike",
    "denial": "a party denies casualties or the strike (\"no civilians were harmed\" = 0..0)",
    "civilian_vs_combatant": "the population matters: civilians, combatants, unknown, mixed",
    "outcome_variety": "outcomes beyond killed: injured, missing, captured",
    "lede_summary": "a lede summarises what later paragraphs detail (do not double count)",
    "relative_date": "dates relative to the dateline (\"on Monday\", \"last night\", "
    "\"mid-October\")",
    "transliteration": "place or person names spelled several ways (Albukamal / Abu Kamal)",
    "hedged_attribution": "the attacker is suspected, claimed or unidentified, not confirmed",
    "negated_hypothetical": "strikes or deaths that did not happen or might have "
    "(\"could have killed\", \"no strike was carried out\")",
    "aggregate_toll": "totals over many strikes or a period, pinned to no single event",
    "multiple_events": "more than one strike event in one article",
    "no_strike": "an article with no strike event at all",
    "boilerplate": "web-page navigation, bylines or release headers around the article",
    "planted_instructions": "text addressed to a model (\"ignore previous instructions\") that is "
    "article content, never an instruction",
    "translated_wire": "translated wire copy (\"martyrs\", \"elements\", \"the machine\")",
    "curly_quotes_dashes": "curly quotes, non-breaking spaces and dashes a model tends to "
    "normalise in its quotes",
    "long_article": "an article long enough that evidence is far from the lede",
}

Split = Literal["dev", "test"]
SPLITS: tuple[str, ...] = ("dev", "test")

#: An event may start at most this many years before the article's publication date.
MAX_EVENT_AGE_YEARS = 5

#: How ``gold new`` marks a skeleton: ``gold check`` (and so ``eval``) refuses it until the
#: labeler removes the note.
UNLABELED = "UNLABELED"

COVERAGE_START = "<!-- coverage:start -->"
COVERAGE_END = "<!-- coverage:end -->"

_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
_KEY_ORDER = ("id", "published", "source", "language", "split", "synthetic", "hard_cases",
              "notes", "text", "events", "claims")


def _known_tag(tag: str) -> str:
    if tag not in HARD_CASES:
        raise ValueError(f"unknown hard-case tag {tag!r} (the vocabulary is llmextract.gold."
                         "HARD_CASES, listed in evals/gold/GUIDELINES.md)")
    return tag


HardCaseTag = Annotated[str, AfterValidator(_known_tag)]


class GoldArticle(BaseModel):
    """One labeled article. Structure only; ``problems()`` holds the cross-field checks.

    ``text`` is the article exactly as the extractor sees it, so every evidence span indexes
    into it. ``published`` is required but may be null, so a labeler says "unknown" explicitly.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=_ID_PATTERN)
    published: dt.date | None
    source: str = Field(min_length=1)
    language: str = Field(default="en", min_length=2)
    split: Split
    synthetic: bool = False
    hard_cases: list[HardCaseTag] = []
    notes: str = ""
    text: str = Field(min_length=1)
    events: list[StrikeEvent] = []
    claims: list[CasualtyClaim] = []

    @property
    def article_ref(self) -> ArticleRef:
        """The reference an extraction of this article carries (same id, hash and length)."""
        return ArticleRef.of(self.text, article_id=self.id, published=self.published)

    def problems(self, *, skip_spans: Iterable[str] = ()) -> list[tuple[str, str]]:
        """Cross-field problems as ``(json.path, message)`` pairs, in file order.

        Checks spans against ``text`` (except the evidence paths in ``skip_spans``, already
        reported as missing offsets), id uniqueness and links, hard-case duplicates and date
        plausibility against ``published``.
        """
        found: list[tuple[str, str]] = []
        if self.notes.startswith(UNLABELED):
            # A fresh skeleton from `gold new`: not gold until someone labels it.
            found.append(("$.notes", "not labeled yet: label the events and claims, then "
                                     f"remove the {UNLABELED!r} note"))
        skipped = set(skip_spans)
        for line in span_problems(self.text, self.events, self.claims):
            path, _, message = line.partition(": ")
            if path in skipped:
                continue
            found.append((path, message + _where_else(self.text, self._span_text(path))))
        for line in reference_problems(self.events, self.claims):
            path, _, message = line.partition(": ")
            found.append((path, message))
        event_ids = {event.id for event in self.events}
        for i, claim in enumerate(self.claims):
            if claim.id in event_ids:
                found.append((f"claims[{i}].id", f"id {claim.id!r} is also an event id"))
        for i, tag in enumerate(self.hard_cases):
            if tag in self.hard_cases[:i]:
                found.append((f"hard_cases[{i}]", f"duplicate tag {tag!r}"))
        found.extend(self._date_problems())
        return found

    def _span_text(self, path: str) -> str | None:
        match = re.fullmatch(r"(events|claims)\[(\d+)\]\.evidence\[(\d+)\]", path)
        if not match:
            return None
        items: Sequence[StrikeEvent | CasualtyClaim] = (
            self.events if match[1] == "events" else self.claims)
        return items[int(match[2])].evidence[int(match[3])].text

    def _date_problems(self) -> Iterator[tuple[str, str]]:
        yield from self._claim_date_problems()
        if self.published is None:
            return
        oldest = _years_before(self.published, MAX_EVENT_AGE_YEARS)
        dated: list[tuple[str, DateRange]] = [
            *((f"events[{i}]", e.date) for i, e in enumerate(self.events)),
            *((f"claims[{i}]", c.date) for i, c in enumerate(self.claims))]
        for path, date in dated:
            for name in ("earliest", "latest"):
                value: dt.date | None = getattr(date, name)
                if value is None:
                    continue
                if value > self.published:
                    yield (f"{path}.date.{name}",
                           f"{value} is after the article's publication date {self.published}")
                elif value < oldest:
                    yield (f"{path}.date.{name}",
                           f"{value} is more than {MAX_EVENT_AGE_YEARS} years before the "
                           f"article's publication date {self.published}")

    def _claim_date_problems(self) -> Iterator[tuple[str, str]]:
        """A claim of an event happened when the event did, unless the claim's own evidence
        holds the words that date it otherwise (guidelines §5 ``date``)."""
        events = {e.id: e for e in self.events}
        for i, claim in enumerate(self.claims):
            event = events.get(claim.event) if claim.event else None
            if event is None:
                continue
            mine, theirs = _window(claim.date), _window(event.date)
            if (mine is not None and theirs is not None
                  and (mine[1] < theirs[0] or theirs[1] < mine[0])
                  and not self._dated_by_evidence(claim)):
                yield (f"claims[{i}].date",
                       f"{_describe(claim.date)} is not its event {event.id}'s date "
                       f"{_describe(event.date)}, and no evidence span of the claim gives it: "
                       "add the words that date the claim, or take the event's date")

    def _dated_by_evidence(self, claim: CasualtyClaim) -> bool:
        mine = _window(claim.date)
        for span in claim.evidence:
            for found in find_dates(span.text, self.published):
                window = _window(found.range)
                if mine is not None and window is not None and (
                        window[0] <= mine[1] and mine[0] <= window[1]):
                    return True
        return False


def _window(date: DateRange) -> tuple[dt.date, dt.date] | None:
    """The days a date range stands for (as ``evaluation.matching.date_window``)."""
    low, high = date.earliest or date.latest, date.latest or date.earliest
    return (low, high) if low is not None and high is not None else None


def _describe(date: DateRange) -> str:
    window = _window(date)
    if window is None:
        return "unknown"
    return str(window[0]) if window[0] == window[1] else f"{window[0]}..{window[1]}"


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def _where_else(text: str, quote: str | None) -> str:
    """A hint for a wrong span: where the quote does occur, so the labeler (or --fix) can act."""
    if not quote:
        return ""
    spots = _occurrences(text, quote)
    if not spots:
        return "; the quote does not occur anywhere in the text"
    if len(spots) == 1:
        start, end = spots[0]
        return f"; the quote occurs at {start}..{end} (`llmextract gold check --fix` sets it)"
    return "; the quote occurs " + _list_spots(spots) + " (ambiguous: set offsets by hand)"


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every exact occurrence of ``quote`` in ``text``, overlapping ones included."""
    spots: list[tuple[int, int]] = []
    if not quote:
        return spots
    start = text.find(quote)
    while start != -1:
        spots.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spots


def _list_spots(spots: Sequence[tuple[int, int]]) -> str:
    return f"{len(spots)} times, at " + ", ".join(f"{s}..{e}" for s, e in spots)


@dataclass(frozen=True)
class GoldProblem:
    """One thing wrong with a gold file; ``str()`` is ``file: json.path: message``.

    ``path`` is ``$`` for the file as a whole (unreadable, not JSON, not an object).
    """

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}"


def _json_path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "$"


def _read_json(path: Path) -> tuple[Any, list[tuple[str, str]]]:
    """The parsed JSON, or the problems that prevent parsing (with line and column)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [("$", f"cannot read the file: {error.strerror or error}")]
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [("$", f"not UTF-8 (byte {error.start}): save the file as UTF-8")]
    try:
        return json.loads(source), []
    except json.JSONDecodeError as error:
        return None, [("$", f"invalid JSON at line {error.lineno}, column {error.colno}: "
                            f"{error.msg}")]


def _evidence_entries(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(json.path, entry)`` for every evidence entry that is a JSON object."""
    for kind in ("events", "claims"):
        items = data.get(kind)
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if not isinstance(evidence, list):
                continue
            for j, entry in enumerate(evidence):
                if isinstance(entry, dict):
                    yield f"{kind}[{i}].evidence[{j}]", entry


def _lacks_offsets(entry: dict[str, Any]) -> bool:
    return "start" not in entry or "end" not in entry


def _check_data(data: Any, stem: str | None) -> tuple[GoldArticle | None, list[tuple[str, str]]]:
    """Every problem of one parsed gold file; the article too when its structure is valid."""
    if not isinstance(data, dict):
        return None, [("$", f"a gold file is one JSON object, not {type(data).__name__}")]
    found: list[tuple[str, str]] = []
    missing: list[str] = []
    # Work on a copy where quote-only evidence gets placeholder offsets, so the rest of the file
    # is still validated; the real problem is reported once, as missing offsets.
    patched = json.loads(json.dumps(data))
    for path, entry in _evidence_entries(patched):
        if _lacks_offsets(entry) and isinstance(entry.get("text"), str):
            missing.append(path)
            found.append((path, "evidence has no offsets (`llmextract gold check --fix` fills "
                                "them when the quote occurs exactly once)"))
            entry["start"], entry["end"] = 0, len(entry["text"])
    try:
        article = GoldArticle.model_validate(patched)
    except ValidationError as error:
        for item in error.errors():
            message = str(item["msg"]).removeprefix("Value error, ")
            value = item.get("input")
            if item["type"] not in ("missing", "value_error") and isinstance(
                    value, (str, int, float, bool)):
                shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
                message += f" (got {shown})"
            found.append((_json_path(item["loc"]), message))
        return None, found
    found.extend(article.problems(skip_spans=missing))
    if stem is not None and article.id != stem:
        found.append(("id", f"id {article.id!r} does not match the file name "
                            f"{stem + '.json'!r}"))
    return (article if not found else None), found


def _check_path(path: Path, *, counts: bool = False
                ) -> tuple[GoldArticle | None, list[GoldProblem]]:
    data, found = _read_json(path)
    article = None
    if not found:
        article, found = _check_data(data, path.stem)
    if counts and article is not None:
        found = [*found, *count_problems(article)]
    return article, [GoldProblem(str(path), p, m) for p, m in found]


def count_problems(article: GoldArticle) -> list[tuple[str, str]]:
    """Claims whose count their own evidence contradicts (``wounding seven others`` labeled 9),
    as ``(json.path, message)``: the check every model answer goes through, so gold is held to
    it too. Only ``gold check`` runs it; loading gold for scoring does not depend on it."""
    # Imported here: the quantity reader takes a second to load, and `import llmextract`
    # and `llmextract --help` must not pay for it.
    from llmextract.normalize.quantities import count_contradiction

    found: list[tuple[str, str]] = []
    for i, claim in enumerate(article.claims):
        quoted = " ".join(span.text for span in claim.evidence)
        issue = count_contradiction(claim.count, quoted) if quoted else None
        if issue:
            found.append((f"claims[{i}].count", issue))
    return found


def check_gold_file(path: str | os.PathLike[str]) -> list[GoldProblem]:
    """Every problem of one gold file (empty when it is clean). Never raises on bad content."""
    return _check_path(Path(path), counts=True)[1]


def _gold_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory of gold files")
    return sorted(p for p in directory.glob("*.json") if p.is_file())


def check_gold_dir(path: str | os.PathLike[str], *, counts: bool = True
                   ) -> list[GoldProblem]:
    """Every problem of every ``*.json`` file in ``path``, plus article ids repeated across files.

    Raises ``GoldError`` only when ``path`` is not a directory.
    """
    directory = Path(path)
    files = _gold_files(directory)
    if not files:
        return [GoldProblem(str(directory), "$", "no *.json gold files in this directory")]
    problems: list[GoldProblem] = []
    seen: dict[str, Path] = {}
    for file in files:
        article, found = _check_path(file, counts=counts)
        problems.extend(found)
        article_id = article.id if article else _raw_id(file)
        if article_id is None:
            continue
        if article_id in seen:
            problems.append(GoldProblem(str(file), "id", f"article id {article_id!r} is also "
                                                         f"used by {seen[article_id].name}"))
        else:
            seen[article_id] = file
    return problems


def _raw_id(file: Path) -> str | None:
    data, found = _read_json(file)
    value = data.get("id") if isinstance(data, dict) and not found else None
    return value if isinstance(value, str) else None


def _raise_for(problems: Sequence[GoldProblem]) -> None:
    if problems:
        shown = "; ".join(str(p) for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise GoldError(f"{shown}{more}; run `llmextract gold check` for the full list")


def load_gold(path: str | os.PathLike[str]) -> GoldArticle:
    """The article in one gold file; ``GoldError`` (file and JSON path) unless it checks clean."""
    article, problems = _check_path(Path(path))
    _raise_for(problems)
    assert article is not None  # no problems means the article validated
    return article


def load_gold_dir(path: str | os.PathLike[str], *, split: str | None = None) -> list[GoldArticle]:
    """Every gold article in ``path`` (optionally one split), sorted by id.

    All-or-nothing: one broken file raises ``GoldError``, so a score is never computed on a
    silently shrunken gold set.
    """
    if split is not None and split not in SPLITS:
        raise GoldError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    problems = check_gold_dir(path, counts=False)
    _raise_for(problems)
    articles = [load_gold(file) for file in _gold_files(Path(path))]
    return sorted((a for a in articles if split is None or a.split == split),
                  key=lambda a: a.id)


# --- fixing offsets -------------------------------------------------------------------------


@dataclass(frozen=True)
class FixNote:
    """What ``--fix`` did (or could not do) for one evidence entry.

    ``occurrences`` lists every exact occurrence of ``quote``; the entry was fixed only when
    there is exactly one. ``old`` is the previous offsets, or None when there were none.
    """

    path: str
    quote: str
    occurrences: tuple[tuple[int, int], ...]
    old: tuple[int, int] | None

    @property
    def fixed(self) -> bool:
        return len(self.occurrences) == 1

    def message(self) -> str:
        quote = self.quote if len(self.quote) <= 60 else self.quote[:57] + "..."
        if self.fixed:
            start, end = self.occurrences[0]
            verb = "set" if self.old is None else f"repaired from {self.old[0]}..{self.old[1]}"
            return f"offsets {verb} to {start}..{end}"
        if not self.occurrences:
            return f"not fixed: quote {quote!r} does not occur in the text"
        return (f"not fixed: quote {quote!r} occurs {_list_spots(self.occurrences)}; "
                "set start/end by hand")


@dataclass
class FixReport:
    """The outcome of ``fix_gold_file``: one note per evidence entry that needed fixing."""

    file: str
    notes: list[FixNote] = field(default_factory=list)
    changed: bool = False

    @property
    def fixed(self) -> list[FixNote]:
        return [n for n in self.notes if n.fixed]

    @property
    def unresolved(self) -> list[FixNote]:
        return [n for n in self.notes if not n.fixed]

    def lines(self) -> list[str]:
        """``file: json.path: message`` for every note."""
        return [f"{self.file}: {n.path}: {n.message()}" for n in self.notes]


def fix_gold_file(path: str | os.PathLike[str]) -> FixReport:
    """Fill missing offsets and repair wrong ones where the quote occurs exactly once.

    The quote (``text``) is trusted, the offsets are not. The file is rewritten (2-space JSON,
    key order kept, new ``start``/``end`` placed before ``text``) only if something changed.
    Raises ``GoldError`` when the file cannot be read or parsed: there is nothing safe to fix.
    """
    file = Path(path)
    data, found = _read_json(file)
    if found:
        raise GoldError(f"{file}: {found[0][0]}: {found[0][1]}")
    report = FixReport(str(file))
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str):
        return report
    for entry_path, entry in _evidence_entries(data):
        quote = entry.get("text")
        if not isinstance(quote, str):
            continue
        start, end = entry.get("start"), entry.get("end")
        old = (start, end) if isinstance(start, int) and isinstance(end, int) else None
        if old is not None and 0 <= old[0] <= old[1] and text[old[0]:old[1]] == quote:
            continue
        spots = tuple(_occurrences(text, quote))
        note = FixNote(entry_path, quote, spots, old)
        report.notes.append(note)
        if note.fixed:
            new_start, new_end = spots[0]
            rebuilt = {"start": new_start, "end": new_end}
            rebuilt.update((k, v) for k, v in entry.items() if k not in ("start", "end"))
            if "start" in entry and "end" in entry:  # keep the labeler's own key order
                rebuilt = {k: (rebuilt[k]) for k in entry}
            entry.clear()
            entry.update(rebuilt)
            report.changed = True
    if report.changed:
        write_gold(data, file)
    return report


def write_gold(data: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a gold dict as UTF-8, 2-space indented JSON with a final newline, atomically."""
    target = Path(path)
    payload = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(payload)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- new skeletons --------------------------------------------------------------------------


def _read_article(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise GoldError(f"{path}: cannot read the article: {error.strerror or error}") from None
    try:
        # newline="" semantics: the text is kept byte for byte, "\r\n" included.
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise GoldError(f"{path}: the article is not UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise GoldError(f"{path}: the article is empty")
    return text


def _extraction_items(path: Path, text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Events and claims of a stored extraction, re-checked against ``text``, spans bare."""
    data, found = _read_json(path)
    if found:
        raise GoldError(f"{path}: {found[0][0]}: {found[0][1]}")
    if isinstance(data, dict) and isinstance(data.get("extraction"), dict):
        data = data["extraction"]
    if not isinstance(data, dict) or not ({"events", "claims"} & data.keys()):
        raise GoldError(f"{path}: $: not an extraction result (no events or claims)")
    ref = data.get("article")
    if isinstance(ref, dict) and ref.get("sha256") not in (None, article_sha256(text)):
        raise GoldError(f"{path}: article.sha256: the extraction is of a different article text")
    try:
        events = [StrikeEvent.model_validate(e) for e in data.get("events") or []]
        claims = [CasualtyClaim.model_validate(c) for c in data.get("claims") or []]
    except ValidationError as error:
        first = error.errors()[0]
        raise GoldError(f"{path}: {_json_path(first['loc'])}: {first['msg']}") from None
    problems = span_problems(text, events, claims)
    if problems:
        raise GoldError(f"{path}: {problems[0]}")
    bare = {"evidence": {"__all__": {"match", "score"}}}
    return ([e.model_dump(mode="json", exclude=bare) for e in events],
            [c.model_dump(mode="json", exclude=bare) for c in claims])


def new_gold(article_path: str | os.PathLike[str], *, article_id: str,
             published: dt.date | str | None = None, split: str = "dev",
             from_extraction: str | os.PathLike[str] | None = None,
             source: str = "unknown") -> dict[str, Any]:
    """A gold skeleton for an article, as a dict in file key order (write it with ``write_gold``).

    With ``from_extraction`` (a stored extraction JSON of the same text) the events and claims
    are pre-filled, so a labeler corrects instead of typing; match/score are dropped from spans.
    Raises ``GoldError`` for an unusable id, date, split, article or extraction.
    """
    if not re.fullmatch(_ID_PATTERN, article_id):
        raise GoldError(f"invalid article id {article_id!r}: use letters, digits, '.', '_', '-'")
    if split not in SPLITS:
        raise GoldError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise GoldError(f"invalid published date {published!r}: use YYYY-MM-DD") from None
    text = _read_article(Path(article_path))
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    if from_extraction is not None:
        events, claims = _extraction_items(Path(from_extraction), text)
    skeleton: dict[str, Any] = {
        "id": article_id,
        "published": published.isoformat() if published else None,
        "source": source,
        "language": "en",
        "split": split,
        "synthetic": False,
        "hard_cases": [],
        "notes": f"{UNLABELED}: label the events and claims (evals/gold/GUIDELINES.md), then "
                 "delete this note",
        "text": text,
        "events": events,
        "claims": claims,
    }
    assert tuple(skeleton) == _KEY_ORDER
    return skeleton


# --- coverage -------------------------------------------------------------------------------


def coverage_table(articles: Sequence[GoldArticle]) -> str:
    """Markdown: split and synthetic/real counts, then every hard case with its articles.

    Deterministic (sorted), so the generated README section only changes when the gold does.
    """
    lines = ["| | dev | test | total |", "|---|---:|---:|---:|"]

    def row(label: str, pick: list[GoldArticle], value: str = "articles") -> str:
        def count(split: str | None) -> int:
            chosen = [a for a in pick if split is None or a.split == split]
            if value == "events":
                return sum(len(a.events) for a in chosen)
            if value == "claims":
                return sum(len(a.claims) for a in chosen)
            return len(chosen)
        return f"| {label} | {count('dev')} | {count('test')} | {count(None)} |"

    every = list(articles)
    lines.append(row("real articles", [a for a in every if not a.synthetic]))
    lines.append(row("synthetic articles", [a for a in every if a.synthetic]))
    lines.append(row("**all articles**", every))
    lines.append(row("events", every, "events"))
    lines.append(row("claims", every, "claims"))
    lines += ["", "| hard case | articles | dev | test | which |", "|---|---:|---:|---:|---|"]
    tags = Counter(tag for a in every for tag in set(a.hard_cases))
    for tag in HARD_CASES:
        which = sorted(a.id for a in every if tag in a.hard_cases)
        dev = sum(1 for a in every if tag in a.hard_cases and a.split == "dev")
        names = ", ".join(f"`{name}`" for name in which) or "—"
        lines.append(f"| `{tag}` | {tags[tag]} | {dev} | {tags[tag] - dev} | {names} |")
    return "\n".join(lines) + "\n"


def update_coverage_section(readme: str, table: str) -> str:
    """``readme`` with the text between the coverage markers replaced by ``table``.

    Raises ``GoldError`` when the markers are missing or out of order.
    """
    start, end = readme.find(COVERAGE_START), readme.find(COVERAGE_END)
    if start == -1 or end == -1 or end < start:
        raise GoldError(f"the README has no {COVERAGE_START} ... {COVERAGE_END} section")
    head = readme[: start + len(COVERAGE_START)]
    return f"{head}\n{table.rstrip()}\n{readme[end:]}"
