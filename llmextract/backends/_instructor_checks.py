"""Work instructor repeats on every call, done once.

instructor checks the response model for async validators on every call (seven times per
extraction, ~1.4 ms of CPU at a few hundred articles per second). The answer never changes for
a class, so it is remembered per class: the first check runs in full (and raises as before for
a model that declares async validators); later checks of the same class are a set lookup.

Installed by ``remember_async_validator_checks()``; idempotent. Only classes are remembered
(never instances or typing constructs, whose identity may be reused).
"""

from __future__ import annotations

import inspect
import threading
import weakref
from collections.abc import Callable
from typing import Any

_installed = False
_lock = threading.Lock()


def remember_async_validator_checks() -> None:
    global _installed
    with _lock:
        if _installed:
            return
        from instructor.v2.core import patch
        from instructor.v2.validation import async_validators

        original: Callable[[Any], None] = async_validators.reject_async_validators
        passed: set[type] = set()

        def reject_async_validators(response_model: Any) -> None:
            if isinstance(response_model, type) and response_model in passed:
                return
            original(response_model)
            if isinstance(response_model, type):
                passed.add(response_model)

        reject_async_validators.__doc__ = original.__doc__
        # Call sites import the name at call time from the module, except patch.py, which
        # bound it at import: both are replaced.
        async_validators.reject_async_validators = reject_async_validators
        if getattr(patch, "reject_async_validators", None) is original:
            setattr(patch, "reject_async_validators", reject_async_validators)  # noqa: B010
        _installed = True


class SignedHandler:
    """An instructor hook handler that takes anything, with its signature given up front.

    ``Hooks.emit`` calls ``inspect.signature(handler)`` on every handler at every event with
    keyword arguments, to see whether it accepts them; for a bound method that is built anew
    each time (about 4% of a corpus run's CPU at concurrency 64, sampled with py-spy).
    ``inspect.signature`` returns ``__signature__`` when an object has one, so this wrapper
    answers at once, with the same ``(*args, **kwargs)`` the wrapped handler takes.

    A bound method is held weakly. Its object owns the hooks it is registered with (an
    extraction's ``_Call``), so a strong reference closed a cycle that kept the whole call (its
    review, placements and spans, some 600 objects per article) alive until the collector's
    next pass found it; held weakly, all of it is freed when the call ends. A handler whose
    object is gone does nothing.
    """

    __slots__ = ("_handle",)
    __signature__ = inspect.Signature([
        inspect.Parameter("args", inspect.Parameter.VAR_POSITIONAL),
        inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD),
    ])

    def __init__(self, handle: Callable[..., None]) -> None:
        self._handle: Callable[[], Callable[..., None] | None] = (
            weakref.WeakMethod(handle) if inspect.ismethod(handle) else lambda: handle)

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        handle = self._handle()
        if handle is not None:
            handle(*args, **kwargs)
