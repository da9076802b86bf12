"""Secrets out of endpoint URLs before they are stored, printed or logged.

Users put credentials in ``OPENAI_BASE_URL`` (``http://user:SECRET@host/v1``, Azure-style
``?api-key=...``, gateways' ``?token=...``). Provenance, cache keys, error messages and log
records only ever see :func:`redact_url`'s output; :func:`url_secrets` lists the strings that
must never appear, so free text (a provider's error message, a library's log line) can be
scrubbed of them too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["REDACTED", "endpoint_host", "install_log_filter", "redact_url", "scrub",
           "url_secrets"]

REDACTED = "***"

#: Query parameters whose value is a credential (compared lower-case, ``-`` and ``_`` alike).
_SECRET_PARAMS = frozenset({
    "apikey", "api_key", "key", "token", "access_token", "auth", "authorization", "password",
    "pass", "pwd", "secret", "client_secret", "sig", "signature", "code", "session",
    "x-api-key", "subscription-key", "ocp-apim-subscription-key",
})


def _is_secret_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_PARAMS or lowered.replace("-", "_") in _SECRET_PARAMS or (
        lowered.replace("_", "-") in _SECRET_PARAMS)


def redact_url(url: str) -> str:
    """``url`` with any user:password and credential query values replaced by ``***``.

    Everything else (scheme, host, port, path, other parameters) is kept, so two endpoints stay
    distinguishable in a cache key without the secret being in it.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return REDACTED  # not a URL we can take apart: show nothing rather than a secret
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    if parts.username is not None or parts.password is not None:
        netloc = f"{REDACTED}@{netloc}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if _is_secret_param(k) else v) for k, v in pairs],
                          safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def endpoint_host(url: str) -> str:
    """``host[:port]`` of ``url``, never its credentials."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return REDACTED
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}" if port is not None else host or REDACTED


def url_secrets(url: str | None) -> list[str]:
    """The credential strings inside ``url`` (raw and percent-decoded), longest first."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return [url]
    found: set[str] = set()
    for value in (parts.username, parts.password):
        if value:
            found.update({value, unquote(value)})
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if value and _is_secret_param(name):
            found.update({value, quote(value, safe=""), quote(value)})
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (3 characters or more) replaced by ``***``."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if secret and len(secret) >= 3:
            text = text.replace(secret, REDACTED)
    return text


class _SecretFilter(logging.Filter):
    """Removes known secrets from records of the HTTP libraries before any handler sees them.

    httpx2 logs every request's full URL at INFO and openai logs it at DEBUG: with credentials
    in ``OPENAI_BASE_URL`` that would put them in whatever log the user configured.
    """

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secrets: Iterable[str]) -> None:
        with self._lock:
            self._secrets.update(s for s in secrets if s and len(s) >= 3)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's problem, not ours
            return True
        cleaned = scrub(message, self._secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            # Exception messages carry the URL too (httpx2's raise_for_status names it).
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info),
                                    self._secrets)
        return True


_filter = _SecretFilter()
#: Filters apply to the logger a record is made on, not its children: list each one.
_LOGGERS = ("httpx2", "openai", "openai._base_client", "instructor")
_installed = False


def install_log_filter(secrets: Iterable[str]) -> None:
    """Scrub ``secrets`` from every record of the HTTP and LLM client libraries."""
    global _installed
    _filter.add(secrets)
    if not _installed:
        for name in _LOGGERS:
            logging.getLogger(name).addFilter(_filter)
        _installed = True
