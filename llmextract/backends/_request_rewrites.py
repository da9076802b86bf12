"""Rewrites of the arguments of an openai client's ``chat.completions.create``, installed once
before instructor takes the client: each rewrite sees the keyword arguments instructor passes and
returns the ones to send (re-ask temperature: ``_resampling.adjust``; plain bodies:
``_plain_body.split``). One wrapper for sync and async clients alike."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

__all__ = ["install"]

Rewrite = Callable[[dict[str, Any]], dict[str, Any]]


def install(client: Any, *rewrites: Rewrite) -> Any:
    """Wrap ``client.chat.completions.create`` in place; ``rewrites`` apply in order."""
    completions = client.chat.completions
    create = completions.create

    def rewritten(kwargs: dict[str, Any]) -> dict[str, Any]:
        for rewrite in rewrites:
            kwargs = rewrite(kwargs)
        return kwargs

    if inspect.iscoroutinefunction(create):

        @functools.wraps(create)
        async def create_async(*args: Any, **kwargs: Any) -> Any:
            return await create(*args, **rewritten(kwargs))

        completions.create = create_async
    else:

        @functools.wraps(create)
        def create_sync(*args: Any, **kwargs: Any) -> Any:
            return create(*args, **rewritten(kwargs))

        completions.create = create_sync
    return client
