"""Read what the viewer is asked to show, and find each article's text.

RESULTS is one of:

- a stored run directory (``evals/runs/<name>``: ``manifest.json`` + ``predictions.jsonl``); the
  texts come from the run's own task (the gold directory or dataset named in the manifest);
- a JSON Lines file: each line an extraction, or a record holding one under ``extraction``
  (``llmextract extract a.txt b.txt`` writes ``{"path", "extraction"}``; corpus outputs write
  ``{"id", "status", "extraction" | "error", ...}``); a record's text is its ``text`` field, else
  the file at its ``path``;
- one extraction JSON (``llmextract extract --format json``);
- a gold file or gold directory (the labels, shown as an extraction).

``texts`` adds a source of article texts for any of them: a gold directory, a folder of ``.txt``
files, a text file, or a JSONL with ``text`` fields. A text is used for an extraction only when
its SHA-256 is the extraction's ``article.sha256``, so a wrong file can never be highlighted
with someone else's offsets; without a text the page shows the quotes alone and says why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from llmextract.errors import InputError
from llmextract.schema import Extraction, article_sha256


@dataclass
class Entry:
    """One article to show: its extraction (or the error that prevented it) and its text."""

    article_id: str
    extraction: Extraction | None = None
    error: str | None = None
    text: str | None = None
    #: Where to read the text from when ``text`` is None (a path given by the record).
    path: Path | None = None
    warning: str | None = None


@dataclass
class Loaded:
    """What a RESULTS path holds: the entries and a line or two about where they came from."""

    title: str
    entries: list[Entry]
    meta: list[list[str]] = field(default_factory=list)


class TextIndex:
    """Article texts by SHA-256, filled from any number of sources."""

    def __init__(self) -> None:
        self.by_sha: dict[str, str] = {}

    def add(self, text: str) -> None:
        self.by_sha.setdefault(article_sha256(text), text)

    def add_source(self, source: Path) -> None:
        """Index a gold directory, a folder of text files, a JSONL of records with ``text``,
        a gold JSON file or a plain text file."""
        if source.is_dir():
            if any(source.glob("*.json")) and not any(source.glob("*.txt")):
                from llmextract.gold import load_gold_dir

                for article in load_gold_dir(source):
                    self.add(article.text)
                return
            for file in sorted(source.glob("*.txt")):
                self.add(_read_text(file))
            return
        if not source.is_file():
            raise InputError(f"{source}: no such file or directory (--texts)")
        if source.suffix == ".jsonl":
            for number, record in _jsonl(source):
                text = record.get("text")
                if not isinstance(text, str):
                    raise InputError(f"{source}:{number}: a texts record needs a \"text\" field")
                self.add(text)
        elif source.suffix == ".json":
            data = _json(source)
            text = data.get("text") if isinstance(data, dict) else None
            if not isinstance(text, str):
                raise InputError(f"{source}: not a gold file (no \"text\" field)")
            self.add(text)
        else:
            self.add(_read_text(source))

    def resolve(self, entry: Entry) -> None:
        """Fill ``entry.text`` from the index or its ``path``, keeping only a matching text."""
        if entry.extraction is None:
            if entry.text is None and entry.path is not None and entry.path.is_file():
                entry.text = _read_text(entry.path)
            return
        sha = entry.extraction.article.sha256
        if entry.text is not None and article_sha256(entry.text) != sha:
            entry.warning = "the text given with this record is not the text it was extracted "\
                            "from (SHA-256 differs): showing the quotes only"
            entry.text = None
        if entry.text is None and sha in self.by_sha:
            entry.text = self.by_sha[sha]
        if entry.text is None and entry.path is not None:
            if not entry.path.is_file():
                entry.warning = f"{entry.path}: article file not found: showing the quotes only"
                return
            text = _read_text(entry.path)
            if article_sha256(text) == sha:
                entry.text = text
            else:
                entry.warning = (f"{entry.path} changed since it was extracted (SHA-256 "
                                 "differs): showing the quotes only")
        if entry.text is None and entry.warning is None:
            entry.warning = ("the article text was not given (pass --texts FILE_OR_DIR): "
                             "showing the quotes only")


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: is not UTF-8 text (invalid byte at offset {exc.start})")\
            from None


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON ({exc.msg} at line {exc.lineno} column "
                         f"{exc.colno})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text") from None


def _jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON ({exc.msg} at column "
                                 f"{exc.colno})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            yield number, record


def _extraction(data: Any, where: str) -> Extraction:
    try:
        return Extraction.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = ".".join(str(p) for p in error["loc"])
        raise InputError(f"{where}: {loc + ': ' if loc else ''}{error['msg']}") from None


def _is_extraction(data: dict[str, Any]) -> bool:
    return "article" in data and "provenance" in data


def entry_of_record(record: dict[str, Any], where: str, base: Path) -> Entry:
    """A JSONL record: a bare extraction, or ``{"extraction"|"error", "path"|"text"|"id", ...}``.
    A relative ``path`` is read relative to the current directory, else to the JSONL file."""
    if _is_extraction(record):
        extraction = _extraction(record, where)
        return Entry(extraction.article.id, extraction=extraction)
    path_value = record.get("path")
    path = None
    if isinstance(path_value, str) and path_value != "-":
        path = Path(path_value)
        if not path.is_absolute() and not path.exists() and (base / path).exists():
            path = base / path
    text = record.get("text") if isinstance(record.get("text"), str) else None
    data = record.get("extraction")
    if isinstance(data, dict):
        extraction = _extraction(data, f"{where}: extraction")
        return Entry(str(record.get("id") or record.get("article_id") or extraction.article.id),
                     extraction=extraction, text=text, path=path)
    error = record.get("error")
    if error is None and record.get("status") not in (None, "ok"):
        error = f"status {record.get('status')}"
    if error is None:
        raise InputError(f"{where}: neither an extraction nor a record with \"extraction\" or "
                         "\"error\"")
    ident = record.get("id") or record.get("article_id") or path_value or where
    return Entry(str(ident), error=str(error), text=text, path=path)


def load_results(source: str | Path, *, texts: list[Path] | None = None) -> Loaded:
    """Everything in ``source`` (see the module docstring), texts resolved."""
    path = Path(source)
    index = TextIndex()
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir() and (path / "manifest.json").is_file():
        loaded = _load_run(path, index, texts)
    elif path.is_dir():
        loaded = _load_gold(path, split=None)
    elif path.suffix == ".jsonl":
        entries = [entry_of_record(record, f"{path}:{number}", path.parent)
                   for number, record in _jsonl(path)]
        if not entries:
            raise InputError(f"{path}: no records")
        loaded = Loaded(title=path.name, entries=entries)
    else:
        data = _json(path)
        if not isinstance(data, dict):
            raise InputError(f"{path}: expected a JSON object (an extraction or a gold file)")
        if "text" in data and "split" in data:
            loaded = _load_gold(path, split=None)
        else:
            loaded = Loaded(title=path.name, entries=[entry_of_record(data, str(path),
                                                                      path.parent)])
    for extra in texts or []:
        index.add_source(extra)
    for entry in loaded.entries:
        index.resolve(entry)
    return loaded


def _load_gold(path: Path, *, split: str | None) -> Loaded:
    from llmextract.gold import load_gold, load_gold_dir
    from llmextract.schema import Provenance

    articles = load_gold_dir(path, split=split) if path.is_dir() else [load_gold(path)]
    entries = []
    for article in articles:
        extraction = Extraction(article=article.article_ref, events=article.events,
                                claims=article.claims,
                                provenance=Provenance(backend="gold", grounding_version="-"))
        entries.append(Entry(article.id, extraction=extraction, text=article.text))
    return Loaded(title=f"gold {path}", entries=entries,
                  meta=[["source", str(path)], ["articles", str(len(entries))]])


def find_source(source: str, run_dir: Path) -> Path:
    """A run's data path as recorded (relative to where ``eval`` ran): tried from the current
    directory, then from each parent of the run directory (runs live inside the checkout)."""
    given = Path(source)
    if given.is_absolute() or given.exists():
        return given
    for parent in run_dir.resolve().parents:
        if (parent / given).exists():
            return parent / given
    return given


class _Record(BaseModel):
    """One line of a run's ``predictions.jsonl`` (see ``evaluation.runs.PredictionRecord``)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    article_id: str
    extraction: Extraction | None = None
    error: str | None = None


def _load_run(path: Path, index: TextIndex, texts: list[Path] | None) -> Loaded:
    # Read here rather than through ``evaluation.runs.load_run``: that module loads the
    # scoring stack (numpy, scipy: 1.5 s) that a viewer does not need.
    manifest = _json(path / "manifest.json")
    if not isinstance(manifest, dict) or not {"name", "task", "source"} <= manifest.keys():
        raise InputError(f"{path / 'manifest.json'}: not a run manifest (needs name, task, "
                         "source)")
    if not texts:
        source = find_source(str(manifest["source"]), path)
        if manifest["task"] == "gold" and source.is_dir():
            index.add_source(source)
        elif manifest["task"] == "isaf" and source.is_file():
            for _, row in _jsonl(source):
                if isinstance(row.get("text"), str):
                    index.add(row["text"])
    entries = []
    file = path / "predictions.jsonl"
    if file.is_file():
        with file.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = _Record.model_validate_json(line)
                except ValidationError as exc:
                    error = exc.errors()[0]
                    loc = ".".join(str(p) for p in error["loc"])
                    raise InputError(f"{file}:{number}: {loc + ': ' if loc else ''}"
                                     f"{error['msg']}") from None
                entries.append(Entry(record.article_id, extraction=record.extraction,
                                     error=record.error if record.extraction is None
                                     else None))
    return Loaded(title=f"run {manifest['name']}", entries=entries, meta=run_meta(manifest))


def run_meta(m: dict[str, Any]) -> list[list[str]]:
    """A stored run's manifest (as JSON) as label/value pairs for the page header."""
    def get(key: str) -> Any:
        return m.get(key)

    prompt = f"{get('prompt_id')}@{get('prompt_version')}" if get("prompt_id") else "—"
    commit = (get("git_commit") or "—")[:10] + (" (dirty)" if get("git_dirty") else "")
    cost = "—" if get("cost_usd") is None else f"${get('cost_usd'):.4f}"
    usage = get("usage") or {}
    split = f" ({get('split')})" if get("split") else ""
    return [
        ["run", str(get("name"))], ["task", f"{get('task')} {get('source')}{split}"],
        ["backend", get("backend") or "—"], ["model", get("model") or "—"], ["prompt", prompt],
        ["articles", f"{get('articles')} ({get('errors') or 0} failed)"], ["commit", commit],
        ["tokens in / out", f"{usage.get('prompt_tokens', 0)} / "
                            f"{usage.get('completion_tokens', 0)}"],
        ["cost", cost], ["created", str(get("created_at") or "—")[:19].replace("T", " ")],
    ]
