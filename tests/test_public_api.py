"""The public surface is deliberate: ``__all__`` is exactly the sorted set of public names."""

from __future__ import annotations

import llmextract


def test_all_is_sorted_and_complete() -> None:
    import types

    public = {name for name, value in vars(llmextract).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)}
    public -= {"annotations", "TYPE_CHECKING", "Any"}
    lazy = set(llmextract._LAZY)
    assert llmextract.__all__ == sorted(llmextract.__all__)
    assert set(llmextract.__all__) == public | lazy


def test_every_name_in_all_resolves() -> None:
    for name in llmextract.__all__:
        assert getattr(llmextract, name) is not None


def test_importing_the_package_does_not_load_the_llm_stack() -> None:
    import subprocess
    import sys

    code = "import sys, llmextract; print('openai' in sys.modules, 'instructor' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
