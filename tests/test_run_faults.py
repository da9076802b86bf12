"""Evaluation runs that stop early: killed outright, stopped by a dead endpoint, resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from llmextract import EndpointDownError
from llmextract.evaluation.runs import MANIFEST, PREDICTIONS, load_run, run_task
from llmextract.evaluation.tasks import GoldTask
from tests.openai_server import OpenAIServer, error
from tests.test_eval_cli import invoke
from tests.test_eval_support import gold_article, write_gold_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return write_gold_dir(tmp_path / "gold", [gold_article(f"a{i}") for i in range(5)])


def killed_run(gold: Path, runs: Path) -> Path:
    """A rules run killed with SIGKILL after two articles (the third one hangs)."""
    script = textwrap.dedent(f"""
        import asyncio
        from pathlib import Path
        from llmextract.pipeline import extract_async
        from llmextract.evaluation.runs import run_task
        from llmextract.evaluation.tasks import GoldTask

        async def slow_on_a2(text, **kw):
            if kw["article_id"] == "a2":
                await asyncio.sleep(600)
            return await extract_async(text, **kw)

        run_task(GoldTask.load(Path({str(gold)!r})), directory=Path({str(runs)!r}),
                 name="r", backend="rules", concurrency=1, cache=False, extract=slow_on_a2)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=REPO)
    predictions = runs / "r" / PREDICTIONS
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if predictions.is_file() and len(predictions.read_text().splitlines()) >= 2:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return runs / "r"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_run_is_marked_interrupted_rescoring_refuses_and_resume_finishes_it(
    gold: Path, tmp_path: Path
) -> None:
    runs = tmp_path / "runs"
    path = killed_run(gold, runs)
    assert json.loads((path / MANIFEST).read_text())["status"] == "running"

    stored = load_run(path)
    assert stored.manifest.status == "interrupted"
    assert "ended without finishing" in (stored.manifest.stopped_reason or "")
    task = GoldTask.load(gold)
    assert stored.missing(task) == ["a2", "a3", "a4"]

    # Before: "0 errors" and exit 0, the missing articles silently scored as misses.
    code, _, err = invoke("--predictions", path)
    assert code == 2 and "3 of 5 article(s) are missing" in err and "--resume r" in err
    code, out, err = invoke("--predictions", path, "--allow-incomplete", "--format", "json")
    assert code == 0 and "warning:" in err and json.loads(out)

    kept = (path / PREDICTIONS).read_text().splitlines()
    code, _, err = invoke("--resume", "r", "--runs-dir", runs, "--format", "json")
    assert code == 0, err
    assert "3 of 5 article(s) to run" in err
    finished = load_run(path)
    assert finished.manifest.status == "complete" and finished.manifest.resumed == 1
    assert len(finished.predictions) == 5 and finished.manifest.errors == 0
    # The two finished articles were not redone: their lines are kept byte for byte.
    assert (path / PREDICTIONS).read_text().splitlines()[:2] == kept[:2]


def test_a_half_written_last_line_of_an_interrupted_run_is_a_missing_article(
    gold: Path, tmp_path: Path
) -> None:
    from tests.test_eval_support import FakeExtract

    run_task(GoldTask.load(gold), directory=tmp_path, name="r", extract=FakeExtract())
    manifest = json.loads((tmp_path / "r" / MANIFEST).read_text())
    manifest.update(status="running", pid=2**22 + 12345, host=os.uname().nodename)
    (tmp_path / "r" / MANIFEST).write_text(json.dumps(manifest))
    lines = (tmp_path / "r" / PREDICTIONS).read_text().splitlines()
    (tmp_path / "r" / PREDICTIONS).write_text("\n".join(lines[:3]) + "\n" + lines[3][:40])
    stored = load_run(tmp_path / "r")
    assert stored.manifest.status == "interrupted" and len(stored.predictions) == 3


def test_a_resume_reruns_failed_articles_and_keeps_the_rest(gold: Path, tmp_path: Path
                                                            ) -> None:
    from llmextract.errors import BackendError
    from tests.test_eval_support import FakeExtract

    first = run_task(GoldTask.load(gold), directory=tmp_path, name="r",
                     extract=FakeExtract(fail={"a1": BackendError("HTTP 503")}))
    assert first.manifest.errors == 1
    again = FakeExtract()
    second = run_task(GoldTask.load(gold), directory=tmp_path, name="r", extract=again,
                      resume=load_run(tmp_path / "r"))
    assert [c["id"] for c in again.calls] == ["a1"]
    assert second.manifest.errors == 0 and len(load_run(tmp_path / "r").predictions) == 5


def test_a_resume_with_other_settings_is_refused(gold: Path, tmp_path: Path) -> None:
    from tests.test_eval_support import FakeExtract

    run_task(GoldTask.load(gold), directory=tmp_path, name="r", backend="rules",
             extract=FakeExtract())
    code, _, err = invoke("--resume", "r", "--runs-dir", tmp_path, "--backend", "openai")
    assert code == 2 and "--backend openai differs from the run's" in err


def test_a_dead_endpoint_stops_an_eval_run_early(
    gold: Path, tmp_path: Path, openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: every article spent its whole retry budget. Retry-After 0 keeps it fast.
    openai_server.default = error(503, headers={"Retry-After": "0"})
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    with pytest.raises(EndpointDownError):
        run_task(GoldTask.load(gold), directory=tmp_path, name="down", backend="openai",
                 concurrency=1, cache=False)
    stored = load_run(tmp_path / "down")
    assert stored.manifest.status == "interrupted"
    assert "looks down" in (stored.manifest.stopped_reason or "")
    assert len(openai_server.chat_requests) == 5 + 1
    assert len(stored.predictions) == 2  # the rest were never sent


def test_the_cli_names_the_run_to_resume_when_the_endpoint_is_down(
    gold: Path, tmp_path: Path, openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    openai_server.default = error(503, headers={"Retry-After": "0"})
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("LLMEXTRACT_MODEL", "test-model")
    code, _, err = invoke("--gold", gold, "--backend", "openai", "--name", "down",
                          "--runs-dir", tmp_path, "--concurrency", "2", "--no-cache")
    assert code == 2 and "looks down" in err
    assert "llmextract eval --resume down" in err and "Traceback" not in err
