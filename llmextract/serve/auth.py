"""Bearer-token authentication and the per-client rate limit, before any route runs.

Tokens are compared in constant time: both sides are hashed to equal-length digests and every
configured token is compared, so neither the position of the first wrong character nor which
token matched shows in the response time. A client is identified by a short fingerprint of its
token (never the token) or, without auth, by its address.
"""

from __future__ import annotations

import hashlib
import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from llmextract.serve.limits import RateLimiter
from llmextract.serve.problems import ApiError

#: Routes a load balancer or orchestrator probes without credentials; they reveal nothing.
OPEN_PATHS = frozenset({"/healthz", "/readyz"})
#: Routes the per-client rate limit applies to.
LIMITED_PREFIX = "/v1/"
CLIENT_KEY = "llmextract.client"


def fingerprint(token: str) -> str:
    return "token:" + hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


class TokenSet:
    def __init__(self, tokens: tuple[str, ...]) -> None:
        self._digests = [hashlib.sha256(t.encode("utf-8")).digest() for t in tokens]

    def __bool__(self) -> bool:
        return bool(self._digests)

    def accepts(self, presented: str) -> bool:
        digest = hashlib.sha256(presented.encode("utf-8", "surrogateescape")).digest()
        found = False
        for known in self._digests:
            found |= hmac.compare_digest(digest, known)
        return found


class Gate:
    """ASGI middleware: 401 without a token, 403 with a wrong one, 429 over the rate."""

    def __init__(self, app: ASGIApp, tokens: TokenSet, limiter: RateLimiter) -> None:
        self.app = app
        self.tokens = tokens
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        client = scope.get("client")
        identity = f"addr:{client[0]}" if client else "addr:unknown"
        if self.tokens and path not in OPEN_PATHS and scope["method"] != "OPTIONS":
            token = _bearer(scope)
            if token is None:
                raise ApiError(401, "unauthorized",
                               "missing bearer token: send 'Authorization: Bearer <token>'",
                               headers={"WWW-Authenticate": 'Bearer realm="llmextract"'})
            if not self.tokens.accepts(token):
                raise ApiError(403, "forbidden", "the bearer token is not valid here")
            identity = fingerprint(token)
        scope[CLIENT_KEY] = identity
        if path.startswith(LIMITED_PREFIX):
            self.limiter.check(identity)
        await self.app(scope, receive, send)


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            header: str = bytes(value).decode("latin-1")
            scheme, _, token = header.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
            return None
    return None
