"""What keeps a corpus run polite and affordable: request / token pacing and a cost budget.

The pacing sits at the HTTP layer (``paced_transport.PacedTransport``, under the client the
backend sends through), so every request counts, retries included, and a 429 from the server
slows the *whole* run down instead of each article hammering on its own: everybody waits for
the server's ``Retry-After``, and requests are spaced twice as far apart for a while.
"""

from __future__ import annotations

import asyncio
import collections
import email.utils
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from llmextract.errors import ConfigurationError
from llmextract.schema import Usage

#: Pause after a 429 that names no Retry-After, and the longest pause we honour.
_DEFAULT_PAUSE = 1.0
_MAX_PAUSE = 60.0
#: Spacing used after a 429 when no requests-per-minute limit was set (doubled per 429).
_FIRST_SPACING = 0.01
_MAX_SPACING = 10.0
#: A crude prompt-token estimate for a request body (the real count settles it afterwards).
BYTES_PER_TOKEN = 4


class RateLimiter:
    """Requests and tokens per minute for one run, shared by every concurrent article.

    Requests are spaced ``60 / requests_per_minute`` seconds apart (so no minute ever holds
    more than the limit, with no burst at the start); tokens are counted over a sliding
    minute, a request waiting until its estimate fits.

    The spacing is measured from the previous request's *actual* start, one waiter at a time
    (a FIFO lock), not from slots booked in advance: booked slots let an event loop that
    stalled (a slow answer being parsed, a busy machine) release every overdue request at
    once, a burst at the server of as many requests as fell due during the stall.
    """

    def __init__(self, requests_per_minute: float | None = None,
                 tokens_per_minute: int | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep) -> None:
        if requests_per_minute is not None and requests_per_minute <= 0:
            raise ConfigurationError(f"requests per minute must be positive, not "
                                     f"{requests_per_minute}")
        if tokens_per_minute is not None and tokens_per_minute <= 0:
            raise ConfigurationError(f"tokens per minute must be positive, not "
                                     f"{tokens_per_minute}")
        self._base = 60.0 / requests_per_minute if requests_per_minute else 0.0
        self._spacing = self._base
        self.tokens_per_minute = tokens_per_minute
        self._clock = clock
        self._sleep = sleep
        self._last_start = float("-inf")
        self._pacing: asyncio.Lock | None = None
        self._paused_until = 0.0
        self._tokens: collections.deque[list[float]] = collections.deque()  # [time, tokens]
        self._token_total = 0.0
        self._last_slowdown = float("-inf")
        self.throttles = 0
        self.requests = 0

    @property
    def active(self) -> bool:
        """Whether any request may have to wait (a limit is set, or the server pushed back)."""
        return bool(self._spacing or self.tokens_per_minute or self._paused_until)

    async def acquire(self, tokens: int = 0) -> list[float] | None:
        """Wait for this request's turn; returns the token entry to settle afterwards."""
        self.requests += 1
        if self._pacing is None:
            self._pacing = asyncio.Lock()
        async with self._pacing:
            while True:
                # Checked again after every sleep: a 429 may have paused or slowed the run
                # meanwhile, and the sleep may have overslept.
                now = self._clock()
                start = max(self._paused_until, self._last_start + self._spacing)
                if start <= now:
                    break
                await self._sleep(start - now)
            self._last_start = now
        entry = None
        if self.tokens_per_minute:
            while True:
                now = self._clock()
                self._expire(now)
                if not self._tokens or self._token_total + tokens <= self.tokens_per_minute:
                    break
                await self._sleep(max(0.01, self._tokens[0][0] + 60.0 - now))
            entry = [self._clock(), float(tokens)]
            self._tokens.append(entry)
            self._token_total += tokens
        return entry

    def settle(self, entry: list[float] | None, tokens: int) -> None:
        """Replace a request's token estimate with what the server reported."""
        if entry is None:
            return
        self._token_total += tokens - entry[1]
        entry[1] = float(tokens)

    def throttled(self, retry_after: float | None) -> None:
        """The server said 429: everyone pauses, then requests go out further apart."""
        self.throttles += 1
        pause = retry_after if retry_after is not None else _DEFAULT_PAUSE
        pause = min(max(pause, 0.0), _MAX_PAUSE)
        now = self._clock()
        self._paused_until = max(self._paused_until, now + pause)
        # Many requests in flight get their 429s together: that is one push back, not fifty,
        # so the spacing doubles at most once a second.
        if now - self._last_slowdown >= 1.0:
            self._last_slowdown = now
            self._spacing = min(_MAX_SPACING,
                                max(self._spacing * 2, self._base, _FIRST_SPACING))

    def succeeded(self) -> None:
        """A request went through: ease back towards the set pace (5% per success, so a
        server that refuses one request in ten does not slow the run to a crawl, while one
        that refuses everything keeps it slow)."""
        if self._spacing == self._base:
            return
        eased = self._spacing * 0.95
        self._spacing = self._base if eased <= max(self._base, _FIRST_SPACING) else eased

    def _expire(self, now: float) -> None:
        while self._tokens and self._tokens[0][0] <= now - 60.0:
            self._token_total -= self._tokens.popleft()[1]


def retry_after(headers: Any) -> float | None:
    """Seconds a 429 asks to wait (``retry-after-ms`` or ``Retry-After``), if it says."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value)
        return None if when is None else max(0.0, when.timestamp() - time.time())


def total_tokens(body: bytes) -> int:
    """The answer's ``usage.total_tokens`` (0 when it gives none)."""
    try:
        usage = json.loads(body).get("usage") or {}
        return int(usage.get("total_tokens") or 0)
    except (ValueError, AttributeError, TypeError):
        return 0


@dataclass
class Budget:
    """Dollars spent so far against ``max_cost``; once spent, no new article starts.

    Prices are US dollars per million prompt / completion tokens. Articles already in flight
    finish (their tokens are paid for either way), so a run can end slightly above the budget.
    """

    max_cost: float | None = None
    usd_per_mtok_in: float | None = None
    usd_per_mtok_out: float | None = None
    spent: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    _priced: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_cost is not None:
            if self.max_cost < 0:
                raise ConfigurationError(f"the cost budget must be 0 or more, not "
                                         f"{self.max_cost}")
            if self.usd_per_mtok_in is None or self.usd_per_mtok_out is None:
                raise ConfigurationError("a cost budget needs both prices: USD per million "
                                         "prompt and completion tokens (--price-in, "
                                         "--price-out)")
        self._priced = self.usd_per_mtok_in is not None and self.usd_per_mtok_out is not None

    def add(self, usage: Usage) -> None:
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens
        if self._priced:
            assert self.usd_per_mtok_in is not None and self.usd_per_mtok_out is not None
            self.spent += (usage.prompt_tokens * self.usd_per_mtok_in
                           + usage.completion_tokens * self.usd_per_mtok_out) / 1e6

    @property
    def cost(self) -> float | None:
        """Dollars spent, or None when no prices were given."""
        return self.spent if self._priced else None

    @property
    def exhausted(self) -> bool:
        return self.max_cost is not None and self.spent >= self.max_cost
