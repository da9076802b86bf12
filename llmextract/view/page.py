"""One self-contained HTML file: the template, stylesheet and script (package data) and the data.

Safety rests on three rules, each checked by the tests:

- Data never goes into markup. It is embedded once, as JSON in a
  ``<script type="application/json">`` block, with ``<``, ``>``, ``&``, U+2028 and U+2029
  written as ``\\uXXXX`` escapes, so no article can close the block (``</script>``), open a
  comment (``<!--``) or break a parser; the page script reads it with ``JSON.parse`` and builds
  the DOM with ``textContent`` only.
- A Content-Security-Policy meta tag allows exactly this page's own script and stylesheet (by
  SHA-256 hash) and nothing else: no network request (``default-src 'none'``, no
  ``connect-src``, no images, no fonts, no forms), no other script, even if one got in.
- The only values put into the template are the title (HTML-escaped) and the fixed assets.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
import tempfile
from collections.abc import Iterable
from functools import cache
from html import escape
from importlib import resources
from typing import IO, Any

PAGE_VERSION = 1
_SLOT = re.compile(r"@@([A-Z_]+)@@")
# (str.replace in a loop: ten times faster than str.translate on a 20 MB page)
_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


@cache
def asset(name: str) -> str:
    """A file of ``llmextract/view/_assets`` (read once per process)."""
    return resources.files("llmextract.view").joinpath(f"_assets/{name}").read_text(
        encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode(
        "ascii") + "'"


def script_json(data: Any) -> str:
    """``data`` as JSON that is inert inside a ``<script>`` element (see the module docstring).

    The escapes are JSON string escapes, so ``JSON.parse`` gives back the exact text."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def content_security_policy() -> str:
    return ("default-src 'none'; "
            f"script-src {_sha256(asset('view.js'))}; "
            f"style-src {_sha256(asset('view.css'))}; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "base-uri 'none'; form-action 'none'")


#: What the article list does not need; left out of the index (the counts stay).
_HEAVY = ("text", "items", "provenance", "legend", "rejected", "findings", "gained", "lost",
          "values", "warning", "notes")


def _light(doc: dict[str, Any]) -> dict[str, Any]:
    light = {k: v for k, v in doc.items() if k not in _HEAVY}
    light["nRejected"] = len(doc.get("rejected") or [])
    light["nFindings"] = sum(len(f) for f in doc.get("findings") or [])
    light["nGained"] = len(doc.get("gained") or [])
    light["nLost"] = len(doc.get("lost") or [])
    return light


def render_page(data: dict[str, Any]) -> str:
    """The HTML page for ``data`` (a page dict: ``mode``, ``title``, ``articles``, ...).

    Two data blocks: the page data with a light index of every article and the first article
    whole (before the script, so the first article shows at once), and the articles (after
    it, parsed when the page has loaded).
    """
    out = io.StringIO()
    write_page({k: v for k, v in data.items() if k != "articles"}, data.get("articles", []),
               out)
    return out.getvalue()


def write_page(data: dict[str, Any], articles: Iterable[dict[str, Any]], out: IO[str]) -> None:
    """``render_page`` of ``data`` with these ``articles``, written to ``out`` as they come
    (the same text, byte for byte): the index goes out as each article is made, the articles
    themselves to a temporary file copied into their block after the script. One article is in
    memory at a time, whatever the number of articles."""
    head = {"version": PAGE_VERSION,
            **{k: v for k, v in data.items() if k not in ("index", "first")}}
    static = {
        "CSP": escape(content_security_policy()),
        "TITLE": escape(str(data.get("title", "llmextract"))),
        "CSS": asset("view.css"),
        "JS": asset("view.js"),
    }
    parts = _SLOT.split(asset("view.html"))
    slots = parts[1::2]
    if "DATA" in slots and slots.index("DATA") > slots.index("ARTICLES"):
        raise ValueError("view.html: the articles block must come after the page data")
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for n, part in enumerate(parts):
            if n % 2 == 0:
                out.write(part)
            elif part == "DATA":
                out.write(script_json(head)[:-1] + ',"index":[')
                first: dict[str, Any] | None = None
                for i, article in enumerate(articles):
                    if first is None:
                        first = article
                    out.write(("," if i else "") + script_json(_light(article)))
                    spool.write(("," if i else "") + script_json(article))
                out.write('],"first":' + script_json(first) + "}")
            elif part == "ARTICLES":
                out.write("[")
                spool.seek(0)
                shutil.copyfileobj(spool, out)
                out.write("]")
            else:
                out.write(static[part])
