"""Reading a corpus: JSON Lines, CSV, Parquet, a folder of text files, text files, or stdin.

A reader yields ``CorpusArticle`` items one at a time (a 100,000-article file is never held in
memory) and ``CorpusProblem`` items for input it cannot use: a line that is not JSON, a record
without text, a duplicate id, a binary file in a folder. A problem names its file and line and
never stops the rest of the corpus. A record that has an id but no usable text is also an
article with ``problem`` set, so it gets an error record in the output like any failed article.

Records: ``id`` (string; when absent, the first 12 hex digits of the text's SHA-256, the same
id ``extract`` gives), ``text`` (required) and ``published`` (ISO date, optional).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

#: Suffixes read as corpus files rather than as one article each.
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
#: Text files taken from a folder (anything else there is reported and skipped).
TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a corpus. ``source`` says where it came from (``file:line``)."""

    id: str
    text: str
    published: str | None = None
    source: str = ""
    #: Why this article cannot be extracted (it is still written, as an error record).
    problem: str | None = None
    #: The text file the article was read from (None for records of JSONL, CSV, Parquet).
    path: str | None = None


@dataclass(frozen=True)
class CorpusProblem:
    """Input that is not an article at all (no id to report it under)."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


CorpusItem = CorpusArticle | CorpusProblem


def text_id(text: str) -> str:
    """The id ``extract`` gives an article that has none."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def is_corpus_path(path: str) -> bool:
    """Whether ``path`` names a corpus (a folder, JSONL, CSV, Parquet) rather than one article."""
    if path == "-":
        return False
    return Path(path).is_dir() or Path(path).suffix.lower() in CORPUS_SUFFIXES


def read_corpus(paths: Iterable[str], *, stdin: BinaryIO | None = None) -> Iterator[CorpusItem]:
    """Every article of every path, in order (``extract_many`` drops repeated ids).

    ``-`` reads JSON Lines from standard input.
    """
    for path in paths:
        yield from _read_one(path, stdin)


def count_articles(paths: Iterable[str]) -> int | None:
    """A cheap upper bound of the articles in ``paths`` for a progress bar (None: unknown)."""
    total = 0
    for path in paths:
        file = Path(path)
        if path == "-":
            return None
        if file.is_dir():
            total += sum(1 for p in sorted(file.rglob("*")) if p.is_file())
        elif file.suffix.lower() in (".jsonl", ".ndjson"):
            try:
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                continue
        elif file.suffix.lower() == ".parquet":
            try:
                import pyarrow.parquet as pq

                total += int(pq.ParquetFile(file).metadata.num_rows)
            except Exception:
                return None
        elif file.suffix.lower() == ".csv":
            return None  # quoted newlines: counting lines would be wrong
        else:
            total += 1
    return total


def _read_one(path: str, stdin: BinaryIO | None) -> Iterator[CorpusItem]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from read_jsonl(stream, "<stdin>")
        return
    file = Path(path)
    if not file.exists():
        if file.suffix.lower() in CORPUS_SUFFIXES:
            yield CorpusProblem(path, "no such file")
        else:  # a named article: it gets its error record like any article that failed
            yield CorpusArticle(path, "", source=path, problem="no such file", path=path)
        return
    suffix = file.suffix.lower()
    try:
        if file.is_dir():
            yield from read_folder(file)
        elif suffix in (".jsonl", ".ndjson"):
            with file.open("rb") as handle:
                yield from read_jsonl(handle, path)
        elif suffix == ".csv":
            yield from read_csv(file)
        elif suffix == ".parquet":
            yield from read_parquet(file)
        else:
            yield _text_file(file, path, path)
    except OSError as exc:
        yield CorpusProblem(path, exc.strerror or str(exc))


def read_jsonl(stream: BinaryIO, where: str) -> Iterator[CorpusItem]:
    """Articles of a JSON Lines stream: one object per line, blank lines ignored."""
    for number, raw in enumerate(stream, start=1):
        source = f"{where}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            yield CorpusProblem(source, f"not a JSON object ({_json_reason(exc)})")
            continue
        if not isinstance(record, dict):
            yield CorpusProblem(source, f"not a JSON object (a {type(record).__name__})")
            continue
        yield _from_record(record, source)


def read_csv(file: Path) -> Iterator[CorpusItem]:
    """Articles of a CSV file with a header row naming ``text`` (and ``id``, ``published``)."""
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        if "text" not in fields:
            yield CorpusProblem(str(file), "no 'text' column in the header row "
                                           f"(columns: {', '.join(fields) or 'none'})")
            return
        try:
            for row in reader:
                # The header is line 1; a quoted field may span lines, so name the row's end.
                yield _from_record(dict(row), f"{file}:{reader.line_num}")
        except (csv.Error, UnicodeDecodeError) as exc:
            yield CorpusProblem(f"{file}:{reader.line_num}", f"unreadable CSV ({exc}); "
                                                             "the rest of the file is skipped")


def read_parquet(file: Path) -> Iterator[CorpusItem]:
    """Articles of a Parquet file with a ``text`` column, read in record batches."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield CorpusProblem(str(file), "reading Parquet needs pyarrow: "
                                       "pip install 'llmextract[parquet]'")
        return
    try:
        parquet = pq.ParquetFile(file)
    except Exception as exc:  # pyarrow raises its own error types for a damaged file
        yield CorpusProblem(str(file), f"not a readable Parquet file ({exc})")
        return
    names = parquet.schema_arrow.names
    if "text" not in names:
        yield CorpusProblem(str(file), f"no 'text' column (columns: {', '.join(names)})")
        return
    columns = [c for c in ("id", "text", "published") if c in names]
    row = 0
    for batch in parquet.iter_batches(batch_size=1024, columns=columns):
        for record in batch.to_pylist():
            row += 1
            yield _from_record(record, f"{file}:row {row}")


def read_folder(folder: Path) -> Iterator[CorpusItem]:
    """Every text file under ``folder`` (sorted); the id is the path inside the folder."""
    for file in sorted(folder.rglob("*")):
        if not file.is_file() or file.name.startswith("."):
            continue
        relative = file.relative_to(folder).as_posix()
        yield _text_file(file, relative, str(file))


def _text_file(file: Path, article_id: str, source: str) -> CorpusItem:
    try:
        data = file.read_bytes()
    except OSError as exc:
        return CorpusArticle(article_id, "", source=source,
                             problem=f"cannot read: {exc.strerror or exc}", path=str(file))
    problem = None
    text = ""
    if b"\x00" in data[:8192]:
        problem = "looks like a binary file, not article text"
    else:
        try:
            text = data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
        except UnicodeDecodeError as exc:
            problem = (f"is not UTF-8 text (invalid byte at offset {exc.start}); convert it, "
                       "e.g. with iconv -t UTF-8")
        else:
            if not text.strip():
                problem = "the article is empty or only whitespace"
    return CorpusArticle(article_id, text, None, source, problem, str(file))


def _from_record(record: dict[str, Any], source: str) -> CorpusItem:
    text = record.get("text")
    raw_id = record.get("id")
    article_id: str | None
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        article_id = None
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        return CorpusProblem(source, f"'id' must be a string or a number, not "
                                     f"{type(raw_id).__name__}")
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        published = str(published)  # a date column from Parquet or a number
    if published is not None and not published.strip():
        published = None
    if not isinstance(text, str) or not text.strip():
        reason = ("no 'text' field" if text is None else
                  "'text' is empty" if isinstance(text, str) else
                  f"'text' must be a string, not {type(text).__name__}")
        if article_id is None:
            return CorpusProblem(source, f"{reason} and no 'id'; skipped")
        return CorpusArticle(article_id, "", published, source, problem=reason)
    if article_id is None:
        article_id = text_id(text)
    return CorpusArticle(article_id, text, published, source)


def _json_reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 at byte {exc.start}"
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return str(exc)

