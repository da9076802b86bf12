"""The growth check used by the pathological-input tests catches what it is meant to catch."""

from __future__ import annotations

import pytest

from tests.scaling import assert_scales_linearly


def _quadratic(text: str) -> int:
    return sum(text.count(text[i:i + 2], i) for i in range(0, len(text), 4))


def test_linear_work_passes() -> None:
    assert_scales_linearly(lambda t: sorted(t.split()), "word " * 400_000)


def test_quadratic_work_is_caught() -> None:
    with pytest.raises(AssertionError, match="worse than linear"):
        assert_scales_linearly(_quadratic, "ab" * 20_000)
