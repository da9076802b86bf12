"""``llmextract serve``: the library as an HTTP service (Starlette on uvicorn).

Install with ``pip install 'llmextract[serve]'``. Nothing here is imported by ``import
llmextract``; the ASGI stack loads only when the service is built.

    from llmextract.serve import ServeSettings, create_app, run
    app = create_app(ServeSettings())      # an ASGI app, for any ASGI server
    run(ServeSettings(port=8000))          # or serve it here, with graceful shutdown
"""

from __future__ import annotations

from llmextract.serve.app import create_app
from llmextract.serve.runner import run
from llmextract.serve.settings import ServeSettings, load_tokens

__all__ = ["ServeSettings", "create_app", "load_tokens", "run"]
