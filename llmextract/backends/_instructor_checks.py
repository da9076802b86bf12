"""instructor checks the response model for async validators on every call (seven times per
extraction, ~1.4 ms of CPU at a few hundred articles per second). The answer never changes for
a class, so it is remembered per class: the first check runs in full (and raises as before for
a model that declares async validators); later checks of the same class are a set lookup.

Installed by ``remember_async_validator_checks()``; idempotent. Only classes are remembered
(never instances or typing constructs, whose identity may be reused).
"""

from __future__ import annotations

import threading
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
