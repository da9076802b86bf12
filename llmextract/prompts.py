"""Versioned prompt registry: one file per prompt version, a lock of released hashes, rendering.

A prompt file is ``<id>@<version>.prompt``: ``key: value`` header lines (id, version,
schema_version, description), then ``=== system ===`` and ``=== user ===`` sections. The user
section holds ``{{PUBLISHED}}`` and ``{{ARTICLE}}``, and may hold ``{{FENCE}}``: a marker line made
from the article's own hash and lengthened until the article does not contain it, so no text
inside the article can close the fence and speak as the prompt. A prompt with a fixed fence
(``strike-claims@1``) refuses an article that contains its closing marker.

Rendering is plain string splicing, never a template engine: the article reaches the model
byte for byte, whatever braces, Jinja tags, indentation or trailing newlines it contains, because
evidence offsets are checked against exactly that text.

``prompts.lock.json`` maps ``id@version`` to the sha256 of every released prompt file. A released
prompt is never edited; a change is a new version.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from llmextract.errors import ConfigurationError, InputError

DEFAULT_PROMPT = "strike-claims@2"
LOCK_NAME = "prompts.lock.json"
ARTICLE_SLOT = "{{ARTICLE}}"
PUBLISHED_SLOT = "{{PUBLISHED}}"
FENCE_SLOT = "{{FENCE}}"

_SECTION = re.compile(r"^=== (system|user) ===[ \t]*$", re.MULTILINE)
#: This package's directory, resolved once (resolving walks every parent with lstat, and the
#: prompt is looked up on every extraction).
_PACKAGE = Path(__file__).resolve().parent
_HEADER_KEYS = ("id", "version", "schema_version", "description")


@dataclass(frozen=True)
class Prompt:
    id: str
    version: str
    schema_version: str
    description: str
    system: str
    user: str
    #: sha256 of the file's bytes: what the lock records and the cache key includes.
    sha256: str
    path: Path

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def messages(self, article: str, published: dt.date | None) -> list[dict[str, str]]:
        """The chat messages for one article; the article is spliced in verbatim."""
        before, after = self.user.split(ARTICLE_SLOT, 1)
        date_text = published.isoformat() if published else "unknown"
        before = before.replace(PUBLISHED_SLOT, date_text)
        after = after.replace(PUBLISHED_SLOT, date_text)
        if FENCE_SLOT in self.user:
            marker = fence(article)
            before = before.replace(FENCE_SLOT, marker)
            after = after.replace(FENCE_SLOT, marker)
        else:
            closing = after.strip().splitlines()[0] if after.strip() else ""
            if closing and closing in article:
                raise InputError(
                    f"the article contains {closing!r}, the closing marker of prompt {self.ref}, "
                    "which would end the fenced article early; use a prompt whose marker is made "
                    f"per article (the default, {DEFAULT_PROMPT})")
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": before + article + after},
        ]


def fence(article: str) -> str:
    """A marker line the article does not contain: ``ARTICLE-`` and a prefix of its sha256,
    lengthened until it is absent (an article cannot contain a hash of itself by design)."""
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()
    for length in range(12, len(digest) + 1, 4):
        marker = f"=====ARTICLE-{digest[:length]}====="
        if marker not in article:
            return marker
    counter = 0
    while f"=====ARTICLE-{digest}-{counter}=====" in article:
        counter += 1
    return f"=====ARTICLE-{digest}-{counter}====="


def prompts_dir() -> Path:
    """Where prompt files live: ``LLMEXTRACT_PROMPTS_DIR``, the source tree's ``prompts/``, or the
    copy packaged into an installed wheel."""
    override = os.environ.get("LLMEXTRACT_PROMPTS_DIR")
    if override:
        return Path(override)
    for candidate in (_PACKAGE.parent / "prompts", _PACKAGE / "_data" / "prompts"):
        if (candidate / LOCK_NAME).is_file():
            return candidate
    raise ConfigurationError(
        "no prompts directory found; set LLMEXTRACT_PROMPTS_DIR to a folder of *.prompt files"
    )


def parse_prompt(path: Path) -> Prompt:
    """Read one prompt file; errors name the file and what is wrong with it."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{path}: prompt file is not UTF-8 ({exc.reason})") from exc
    parts = _SECTION.split(text)
    # parts = [header, "system", body, "user", body]
    if len(parts) != 5 or parts[1] != "system" or parts[3] != "user":
        raise ConfigurationError(
            f"{path}: expected a header, then '=== system ===', then '=== user ===' sections"
        )
    header: dict[str, str] = {}
    for lineno, line in enumerate(parts[0].splitlines(), start=1):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ConfigurationError(f"{path}:{lineno}: header line is not 'key: value'")
        header[key.strip()] = value.strip()
    missing = [k for k in _HEADER_KEYS if not header.get(k)]
    if missing:
        raise ConfigurationError(f"{path}: header is missing {', '.join(missing)}")
    user = parts[4].strip("\n")
    if user.count(ARTICLE_SLOT) != 1:
        raise ConfigurationError(f"{path}: the user section must contain {ARTICLE_SLOT} once")
    expected_name = f"{header['id']}@{header['version']}.prompt"
    if path.name != expected_name:
        raise ConfigurationError(f"{path}: file name must be {expected_name} to match its header")
    return Prompt(
        id=header["id"],
        version=header["version"],
        schema_version=header["schema_version"],
        description=header["description"],
        system=parts[2].strip("\n"),
        user=user,
        sha256=hashlib.sha256(raw).hexdigest(),
        path=path,
    )


def read_lock(directory: Path | None = None) -> dict[str, str]:
    path = (directory or prompts_dir()) / LOCK_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigurationError(f"{path}: cannot read the prompt lock ({exc})") from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ConfigurationError(f"{path}: the prompt lock must map 'id@version' to a sha256")
    return {str(k): v for k, v in data.items()}


def list_prompts(directory: Path | None = None) -> list[Prompt]:
    """Every prompt version, sorted by id then numeric version."""
    folder = directory or prompts_dir()
    prompts = []
    for path in folder.glob("*.prompt"):
        info = path.stat()
        prompts.append(_parse_cached(path, info.st_mtime_ns, info.st_size))
    return sorted(prompts, key=lambda p: (p.id, _version_key(p.version)))


@functools.lru_cache(maxsize=256)
def _parse_cached(path: Path, mtime_ns: int, size: int) -> Prompt:
    # Keyed on modification time and size, so an edited file is read again (and its new hash
    # changes the cache key); an unchanged one is not parsed on every extraction.
    return parse_prompt(path)


def get_prompt(ref: str | None = None, directory: Path | None = None) -> Prompt:
    """Resolve ``id@version`` (or ``id`` for its latest released version) to a prompt."""
    ref = ref or DEFAULT_PROMPT
    prompt_id, _, version = ref.partition("@")
    name = f"{prompt_id}@{version}.prompt"
    if version and Path(name).name == name and not name.startswith("."):
        # ``id@version`` can only be the file of that name (``parse_prompt`` checks that the
        # name matches the header): read it without listing and parsing the whole folder.
        # Anything else, errors included, takes the path below.
        path = (directory or prompts_dir()) / name
        try:
            info = path.stat()
        except OSError:
            info = None
        if info is not None and stat.S_ISREG(info.st_mode):
            found = _parse_cached(path, info.st_mtime_ns, info.st_size)
            if found.id == prompt_id and found.version == version:
                return found
    candidates = [p for p in list_prompts(directory) if p.id == prompt_id]
    if not candidates:
        known = ", ".join(sorted({p.ref for p in list_prompts(directory)})) or "none"
        raise ConfigurationError(f"unknown prompt {ref!r}; known prompts: {known}")
    if version:
        for p in candidates:
            if p.version == version:
                return p
        known = ", ".join(p.ref for p in candidates)
        raise ConfigurationError(f"unknown prompt version {ref!r}; known versions: {known}")
    lock = read_lock(directory)
    released = [p for p in candidates if p.ref in lock]
    return (released or candidates)[-1]


def lock_problems(directory: Path | None = None) -> list[str]:
    """Released prompts whose file no longer matches the lock: each must become a new version."""
    folder = directory or prompts_dir()
    lock = read_lock(folder)
    by_ref = {p.ref: p for p in list_prompts(folder)}
    problems = []
    for ref, digest in sorted(lock.items()):
        prompt = by_ref.get(ref)
        if prompt is None:
            problems.append(f"{ref}: released prompt file is missing")
        elif prompt.sha256 != digest:
            problems.append(
                f"{ref}: released prompt was edited (sha256 {prompt.sha256[:12]}, lock "
                f"{digest[:12]}); restore it and make the change a new version"
            )
    return problems


def release_prompts(directory: Path | None = None) -> list[str]:
    """Add every unreleased prompt version to the lock; never changes a released entry."""
    folder = directory or prompts_dir()
    problems = lock_problems(folder)
    if problems:
        raise ConfigurationError("; ".join(problems))
    lock = read_lock(folder)
    added = [p.ref for p in list_prompts(folder) if p.ref not in lock]
    for prompt in list_prompts(folder):
        lock.setdefault(prompt.ref, prompt.sha256)
    (folder / LOCK_NAME).write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n",
                                    encoding="utf-8")
    return added


def _version_key(version: str) -> tuple[int, str]:
    return (int(version), "") if version.isdigit() else (10**9, version)
