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

__all__ = ["proxy_for"]


def proxy_for(url: str) -> str | None:
    """The proxy URL requests to ``url`` go through, or None (none set, or ``NO_PROXY``
    names the host). A proxy given without a scheme (``proxy.local:3128``) is ``http://``."""
    parts = urllib.parse.urlsplit(url)
    if not parts.hostname:
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(parts.hostname):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"
