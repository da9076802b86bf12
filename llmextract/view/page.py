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
import json
import re
from functools import cache
from html import escape
from importlib import resources
from typing import Any

PAGE_VERSION = 1
_SLOT = re.compile(r"@@([A-Z_]+)@@")
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


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
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def content_security_policy() -> str:
    return ("default-src 'none'; "
            f"script-src {_sha256(asset('view.js'))}; "
            f"style-src {_sha256(asset('view.css'))}; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "base-uri 'none'; form-action 'none'")


def render_page(data: dict[str, Any]) -> str:
    """The HTML page for ``data`` (a page dict: ``mode``, ``title``, ``articles``, ...)."""
    data = {"version": PAGE_VERSION, **data}
    values = {
        "CSP": escape(content_security_policy()),
        "TITLE": escape(str(data.get("title", "llmextract"))),
        "CSS": asset("view.css"),
        "DATA": script_json(data),
        "JS": asset("view.js"),
    }
    # One pass: text put into a slot is never scanned for further slots.
    return _SLOT.sub(lambda m: values[m.group(1)], asset("view.html"))
