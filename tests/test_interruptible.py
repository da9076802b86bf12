"""Ctrl-C stops a run even when a cancellation is absorbed on the way (llmextract.interruptible).

anyio can swallow a native task cancellation that lands while it closes one of its own cancel
scopes (anyio issue 1214); with asyncio.run alone a Batch API run would then keep polling.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator

import pytest

from llmextract import interruptible


@pytest.fixture(autouse=True)
def ctrl_c_raises() -> Iterator[None]:
    """SIGINT as in a terminal, whatever the runner started us with (a background CI job
    ignores it)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


async def absorbs_the_first_cancel(events: list[str]) -> str:
    asyncio.get_running_loop().call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        events.append("first cancel absorbed")  # what anyio's cancel scope did
    try:
        await asyncio.sleep(1.5)  # longer than interruptible.RECANCEL_AFTER
    finally:
        events.append("cleanup ran")
    return "kept running"


def test_ctrl_c_stops_a_run_that_absorbed_the_first_cancellation() -> None:
    events: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        interruptible.run(absorbs_the_first_cancel(events))
    assert events == ["first cancel absorbed", "cleanup ran"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_run_returns_its_result_and_leaves_no_handler_behind() -> None:
    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    assert interruptible.run(answer()) == 42
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_asyncio_run_alone_loses_that_ctrl_c() -> None:
    # The reason for the module: with asyncio.run the absorbed cancellation is the end of it.
    events: list[str] = []
    assert asyncio.run(absorbs_the_first_cancel(events)) == "kept running"


def test_an_ignored_ctrl_c_stays_ignored() -> None:
    async def answer() -> int:
        return 7

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    assert interruptible.run(answer()) == 7
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
