"""Reading an article file: bounded in size, decoded by its byte-order mark, newlines untouched.

Offsets in every result index the text exactly as :func:`read_article` returns it: the BOM (if
any) is dropped, and nothing else changes; in particular ``\\r\\n`` stays two characters. Read a
file yourself with ``open(path, encoding="utf-8-sig", newline="")`` to get the same text; the
default ``open(path)`` turns ``\\r\\n`` into ``\\n`` and shifts every offset after the first line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from llmextract.errors import InputError

__all__ = ["DEFAULT_MAX_ARTICLE_BYTES", "decode_article", "max_article_bytes", "read_article"]

#: News articles are kilobytes; anything this large is almost surely the wrong file, and
#: extraction time grows faster than linearly past a few megabytes.
DEFAULT_MAX_ARTICLE_BYTES = 2_000_000

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


def max_article_bytes() -> int:
    """``LLMEXTRACT_MAX_ARTICLE_BYTES``, else :data:`DEFAULT_MAX_ARTICLE_BYTES`."""
    raw = os.environ.get("LLMEXTRACT_MAX_ARTICLE_BYTES")
    if not raw:
        return DEFAULT_MAX_ARTICLE_BYTES
    try:
        value = int(raw.strip().replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise InputError(f"LLMEXTRACT_MAX_ARTICLE_BYTES must be a whole number of bytes above "
                         f"0, not {raw!r}")
    return value


def read_article(path: str | Path, *, max_bytes: int | None = None,
                 stdin: BinaryIO | None = None) -> str:
    """The article in file ``path`` (``"-"``: standard input) as text.

    Raises ``InputError`` naming the file when it is missing, unreadable, larger than
    ``max_bytes`` (default :func:`max_article_bytes`), binary, empty or in an unknown encoding.
    Never reads more than ``max_bytes + 1`` bytes, so ``/dev/zero`` is refused, not loaded.
    """
    limit = max_article_bytes() if max_bytes is None else max_bytes
    if str(path) == "-":
        where = "standard input"
        source = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = source.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{where}: cannot read: {exc.strerror or exc}") from None
    else:
        where = str(path)
        file = Path(path)
        if not file.exists():
            raise InputError(f"{where}: no such file")
        if file.is_dir():
            raise InputError(f"{where}: is a directory, not an article file")
        try:
            with file.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{where}: cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(
            f"{where}: larger than the limit of {limit:,} bytes for one article; split it, or "
            "raise the limit with --max-bytes / LLMEXTRACT_MAX_ARTICLE_BYTES"
        )
    return decode_article(data, where)


def decode_article(data: bytes, where: str = "the article") -> str:
    """Decode by BOM (UTF-8, UTF-16, UTF-32), else UTF-16 recognised by its zero bytes, else
    UTF-8. Newlines are never translated."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: starts with a {name} byte-order mark but is not "
                                 f"valid {name} (at byte {exc.start})") from None
            text = text.removeprefix("\ufeff")
            return _checked(text, where)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return _checked(data.decode(utf16), where)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not article text (UTF-16 and "
                         "UTF-32 need a byte-order mark; convert with iconv -t UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: is not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it, e.g. with iconv -t UTF-8"
        ) from None
    return _checked(text, where)


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when the zero bytes say so unambiguously (mostly-ASCII
    text in UTF-16 has a zero in every other byte), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd >= 0.9 * len(odd) and zeros_even == 0:
        return "utf-16-le"
    if zeros_even >= 0.9 * len(even) and zeros_odd == 0:
        return "utf-16-be"
    return None


def _checked(text: str, where: str) -> str:
    if "\x00" in text:
        raise InputError(f"{where}: looks like a binary file, not article text")
    if not text.strip():
        raise InputError(f"{where}: the article is empty or only whitespace")
    return text
