"""Options shared by ``extract`` and ``eval`` that tune the endpoint (timeout, answer length).

They reach the backend the way a Python user's environment would: ``OpenAISettings.from_env``
reads ``LLMEXTRACT_TIMEOUT`` and ``LLMEXTRACT_MAX_TOKENS``, so a command-line value is set
there for this process. A Python user passes ``OpenAISettings(timeout=..., max_tokens=...)``.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from llmextract.errors import InputError

TimeoutOption = Annotated[float | None, typer.Option(
    help="Seconds one request to the model may take, body included (LLMEXTRACT_TIMEOUT; "
         "default 120). Raise it for slow local models.")]
MaxTokensOption = Annotated[int | None, typer.Option(
    help="Token limit of the model's answer (LLMEXTRACT_MAX_TOKENS; default 4096).")]


def apply_endpoint_options(timeout: float | None, max_tokens: int | None) -> None:
    if timeout is not None:
        if not timeout > 0:
            raise InputError(f"--timeout must be a number of seconds above 0 (got {timeout})")
        os.environ["LLMEXTRACT_TIMEOUT"] = repr(float(timeout))
    if max_tokens is not None:
        if max_tokens < 1:
            raise InputError(f"--max-tokens must be at least 1 (got {max_tokens})")
        os.environ["LLMEXTRACT_MAX_TOKENS"] = str(max_tokens)
