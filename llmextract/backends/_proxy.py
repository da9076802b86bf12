"""The proxy the environment names for a model endpoint (``HTTPS_PROXY``, ``HTTP_PROXY``,
``ALL_PROXY``, ``NO_PROXY``, either case), for the HTTP pools we build ourselves.

httpx2 reads these variables only for a client that builds its own transport, and every client
we build is handed one (the request deadline, the request slots). So the endpoint probe went
through the proxy and the model requests did not: behind a proxy that is the only way out, the
probe passed and then every article failed to connect. The standard library reads the
variables (and on macOS and Windows the system settings), as ``requests`` and ``urllib`` do.
"""

from __future__ import annotations

import urllib.parse
import urllib.request

from llmextract.errors import ConfigurationError

__all__ = ["proxy_for"]


def proxy_for(url: str) -> str | None:
    """The proxy URL requests to ``url`` go through, or None (none set, or ``NO_PROXY``
    names the host). A proxy given without a scheme (``proxy.local:3128``) is ``http://``.

    Raises ``ConfigurationError`` for a proxy no pool of ours can use (a SOCKS proxy, a URL
    without a host): once, before any article, rather than as every article's failure."""
    parts = urllib.parse.urlsplit(url)
    if not parts.hostname:
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(parts.hostname):
        return None
    proxy = proxy if "://" in proxy else f"http://{proxy}"
    if not _usable(proxy):
        raise ConfigurationError(
            f"the proxy set for {parts.scheme} requests ({_variable(parts.scheme)}) is "
            f"{_without_credentials(proxy)!r}: only http:// and https:// proxies with a host are "
            "supported; fix the variable, or list the endpoint's host in NO_PROXY")
    return proxy


def _usable(proxy: str) -> bool:
    try:
        named = urllib.parse.urlsplit(proxy)
        named.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError:  # "http://[bad": an unclosed IPv6 bracket
        return False
    return named.scheme in ("http", "https") and bool(named.hostname)


def _variable(scheme: str) -> str:
    return f"{scheme.upper()}_PROXY or ALL_PROXY"


def _without_credentials(proxy: str) -> str:
    """The proxy URL for an error message: a password in it is never shown."""
    scheme, _, rest = proxy.partition("://")
    return f"{scheme}://{rest.rpartition('@')[2]}" if "@" in rest else proxy
