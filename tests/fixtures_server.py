"""pytest fixture ``openai_server``: a fresh scripted OpenAI-compatible server per test.

Use from tests/conftest.py with either::

    pytest_plugins = ["tests.fixtures_server"]
    # or
    from tests.fixtures_server import *  # noqa: F403
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.openai_server import OpenAIServer

__all__ = ["openai_server"]


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A started :class:`OpenAIServer` on 127.0.0.1:<free port>, closed after the test.

    Teardown fails the test if a scripted responder raised (``server.errors``): the
    client only saw a 500 "responder raised ..." that the test may have swallowed.
    """
    server = OpenAIServer().start()
    try:
        yield server
    finally:
        server.close()
    if server.errors:
        pytest.fail(f"openai_server: responder errors: {server.errors!r}", pytrace=False)
