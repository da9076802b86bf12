"""The real ``llmextract serve`` as a subprocess on 127.0.0.1, for end-to-end tests and the
load benchmark.

It binds port 0 and the port it got is read back from its "listening" log line, so there is no
race for a free port. Its stderr (the JSON log) goes to a file that tests can read.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx2

_SCRUBBED = ("OPENAI_", "LLMEXTRACT_")


class ServeProcess:
    def __init__(self, args: Sequence[str], env: Mapping[str, str], log_path: Path,
                 python_path: str | None = None) -> None:
        """``python_path``: run the llmextract of that checkout instead of the installed one
        (a benchmark's baseline); ``-P`` so the current directory cannot shadow it."""
        base = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
        base.update({"NO_PROXY": "*", "PYTHONUNBUFFERED": "1"})
        base.update(env)
        flags: list[str] = []
        if python_path is not None:
            base["PYTHONPATH"] = python_path
            flags.append("-P")
        self.log_path = log_path
        self._log = log_path.open("wb")
        command = [sys.executable, *flags, "-c", "from llmextract.cli import main; main()",
                   "serve", "--port", "0", *args]
        self.proc = subprocess.Popen(command, env=base, stdout=self._log, stderr=self._log,
                                     stdin=subprocess.DEVNULL)
        self.port = 0

    def wait_ready(self, timeout: float = 30.0) -> ServeProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llmextract serve exited {self.proc.returncode}:\n"
                                   f"{self.log_text()}")
            for line in self.log_lines():
                if line.get("message") == "listening":
                    self.port = int(line["port"])
                if line.get("message") == "Application startup complete." and self.port:
                    return self
            time.sleep(0.05)
        raise RuntimeError(f"llmextract serve did not start in {timeout}s:\n{self.log_text()}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, token: str | None = None, timeout: float = 30.0) -> httpx2.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx2.Client(base_url=self.url, headers=headers, timeout=timeout,
                             trust_env=False)

    def log_text(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_lines(self) -> list[dict[str, Any]]:
        lines = []
        for raw in self.log_text().splitlines():
            try:
                lines.append(json.loads(raw))
            except ValueError:
                lines.append({"unparsed": raw})
        return lines

    def access_lines(self) -> list[dict[str, Any]]:
        return [line for line in self.log_lines()
                if line.get("logger") == "llmextract.serve.access"]

    def terminate(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def stop(self, timeout: float = 20.0) -> int:
        self.terminate()
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self._log.close()
        return code
