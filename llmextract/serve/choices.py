"""What a client may choose: only backends, models and prompts the operator configured.

A client never sends an endpoint URL or a key. It can name a backend, a model and a prompt, and
each name must be on the operator's list, checked before any work is queued. Everything is
resolved once at start-up with the library's own ``resolve_backend`` and ``get_prompt``, so a
misconfiguration stops the server with one line instead of failing requests later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmextract.backends.base import Backend
from llmextract.errors import ConfigurationError
from llmextract.pipeline import BACKENDS, resolve_backend
from llmextract.prompts import Prompt, get_prompt, list_prompts
from llmextract.serve.models import ExtractRequest
from llmextract.serve.problems import ApiError
from llmextract.serve.settings import ServeSettings


@dataclass(frozen=True)
class Choices:
    backends: tuple[str, ...]
    models: tuple[str, ...]
    prompts: tuple[Prompt, ...]
    default_prompt: Prompt
    #: One resolved instance per (backend, model): for the readiness probe.
    instances: tuple[Backend, ...]

    @classmethod
    def resolve(cls, settings: ServeSettings) -> Choices:
        backends = settings.backends or (resolve_backend(None).name,)
        for name in backends:
            if name not in BACKENDS:
                raise ConfigurationError(
                    f"unknown backend {name!r} in --backends; use {', '.join(BACKENDS)}")
        instances: list[Backend] = []
        models: tuple[str, ...] = settings.models
        for name in backends:
            default = resolve_backend(name)
            if default.endpoint_host() is None:  # offline: no model to choose
                instances.append(default)
                continue
            if not models:
                models = (str(default.model_name()),)
            instances.extend(resolve_backend(name, model) for model in models)
        prompts = tuple(get_prompt(ref) for ref in settings.prompts) or tuple(list_prompts())
        if not prompts:
            raise ConfigurationError("no prompts found; check LLMEXTRACT_PROMPTS_DIR")
        default_prompt = get_prompt(None)
        if default_prompt.ref not in {p.ref for p in prompts}:
            default_prompt = prompts[0]
        return cls(backends, models, prompts, default_prompt, tuple(instances))

    def arguments(self, request: ExtractRequest, where: str = "") -> dict[str, Any]:
        """``extract_async`` keyword arguments for this request, or 422 naming the field."""
        backend = request.backend or self.backends[0]
        if backend not in self.backends:
            raise _not_offered(f"{where}backend", backend, self.backends)
        if request.model is not None and request.model not in self.models:
            raise _not_offered(f"{where}model", request.model, self.models)
        prompt = self.default_prompt
        if request.prompt is not None:
            offered = {p.ref: p for p in self.prompts}
            try:
                ref: str | None = get_prompt(request.prompt).ref
            except ConfigurationError:
                ref = None
            if ref is None or ref not in offered:
                raise _not_offered(f"{where}prompt", request.prompt, tuple(offered))
            prompt = offered[ref]
        return {
            "published": request.published.isoformat() if request.published else None,
            "article_id": request.id,
            "backend": backend,
            "model": request.model,
            "prompt": prompt.ref,
            "strict": request.strict,
        }


def _not_offered(field: str, value: str, offered: tuple[str, ...]) -> ApiError:
    listed = ", ".join(offered) or "none"
    return ApiError(422, "validation_error",
                    f"{field}: {value!r} is not offered by this server; choose one of {listed}",
                    field=field)
