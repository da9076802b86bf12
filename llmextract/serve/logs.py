"""JSON-lines logging for the service, with every known secret scrubbed from every line.

The backends already keep the API key out of their messages; this is the second wall. Whatever
ends up in a log line (an exception from a library, a traceback, uvicorn's own messages) passes
through ``Redactor`` on its way out, and so does every error message sent to a client.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Iterable
from typing import Any

ACCESS_LOGGER = "llmextract.serve.access"
#: Attributes every ``LogRecord`` has; anything else was passed in ``extra=`` and is a field.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
#: Secrets shorter than this are not scrubbed: replacing "a" everywhere would garble lines.
_MIN_SECRET = 4


class Redactor:
    """Replaces each secret by ``***``."""

    def __init__(self, secrets: Iterable[str]) -> None:
        # Longest first, so a secret containing another is replaced whole.
        self.secrets = sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len,
                              reverse=True)

    @classmethod
    def from_env(cls, extra: Iterable[str] = ()) -> Redactor:
        return cls([os.environ.get("OPENAI_API_KEY", ""), *extra])

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, "***")
        return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts``, ``level``, ``logger``, ``message``, and the fields
    given in ``extra=``."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc)
            .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith(("_", "color_")):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(line, ensure_ascii=False, default=str))


def configure_logging(redact: Redactor, level: str = "info") -> None:
    """Send llmextract's and uvicorn's loggers to stderr as redacted JSON lines."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(redact))
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(numeric)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "instructor"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    # uvicorn's own access lines would duplicate ours without the request id and outcome;
    # the HTTP client's line per upstream call would double the log for nothing.
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("httpx2", "httpcore2", "openai"):
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))
