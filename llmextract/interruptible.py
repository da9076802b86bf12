"""``asyncio.run`` with a Ctrl-C that cannot be lost.

``asyncio.run`` cancels the main task once on Ctrl-C. A cancellation that lands while anyio (under
httpx2) is closing one of its own cancel scopes, as when a new connection is being opened, can be
absorbed there (anyio issue 1214, open): the task goes on as if nothing happened, and a corpus
run polling a Batch API batch would keep polling after Ctrl-C. Here the first Ctrl-C cancels the
main task again every half second until it ends, and then raises ``KeyboardInterrupt`` as
``asyncio.run`` does; a second Ctrl-C raises at once. Like ``asyncio.run``, it leaves an ignored
SIGINT ignored (a background job started by a non-interactive shell).
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Coroutine
from types import FrameType
from typing import Any, TypeVar

__all__ = ["run"]

T = TypeVar("T")

#: Seconds between repeated cancellations after Ctrl-C.
RECANCEL_AFTER = 0.5


def run(main: Coroutine[Any, Any, T]) -> T:
    """Run ``main`` to completion on a new event loop; Ctrl-C raises ``KeyboardInterrupt``
    once ``main`` has stopped (its ``finally`` blocks have run)."""
    loop = asyncio.new_event_loop()
    task = loop.create_task(main)
    interrupted = False

    def cancel_until_done() -> None:
        if not task.done():
            task.cancel()
            loop.call_later(RECANCEL_AFTER, cancel_until_done)

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        if interrupted:
            raise KeyboardInterrupt
        interrupted = True
        loop.call_soon_threadsafe(cancel_until_done)

    # As asyncio.run: only where Ctrl-C would raise KeyboardInterrupt anyway (the main thread,
    # the default handler); an ignored SIGINT (a background job) stays ignored.
    ours = (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    if ours:
        signal.signal(signal.SIGINT, on_sigint)
    try:
        try:
            return loop.run_until_complete(task)
        except asyncio.CancelledError:
            if interrupted:
                raise KeyboardInterrupt from None
            raise
    finally:
        if ours:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            _cancel_the_rest(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


def _cancel_the_rest(loop: asyncio.AbstractEventLoop) -> None:
    rest = asyncio.all_tasks(loop)
    for task in rest:
        task.cancel()
    if rest:
        loop.run_until_complete(asyncio.gather(*rest, return_exceptions=True))
