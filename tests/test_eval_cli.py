"""``llmextract eval`` through its runner: modes, reports, and the gate's exit codes 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmextract.cli import app
from llmextract.errors import GroundingError
from llmextract.evaluation import runs
from llmextract.evaluation.runs import PREDICTIONS, PredictionRecord, run_task
from llmextract.evaluation.tasks import GoldTask
from tests.test_eval_support import FakeExtract, claim, extraction, gold_article, write_gold_dir

runner = CliRunner()


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["eval", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return write_gold_dir(tmp_path / "gold", [gold_article(f"a{i:02}") for i in range(12)])


@pytest.fixture
def stored(gold: Path, tmp_path: Path) -> Path:
    run_task(GoldTask.load(gold), directory=tmp_path / "runs", name="good",
             extract=FakeExtract())
    return tmp_path / "runs" / "good"


def worse_copy(run: Path, tmp_path: Path) -> Path:
    """The stored run with every article's claims cut to one: a clear regression."""
    target = tmp_path / "runs" / "worse"
    target.mkdir(parents=True)
    manifest = json.loads((run / "manifest.json").read_text())
    (target / "manifest.json").write_text(json.dumps({**manifest, "name": "worse"}))
    lines = []
    for line in (run / PREDICTIONS).read_text().splitlines():
        record = PredictionRecord.model_validate_json(line)
        lines.append(PredictionRecord(article_id=record.article_id, extraction=extraction(
            [], [claim("q1", "killing two people")], article_id=record.article_id,
        )).model_dump_json(exclude_none=True))
    (target / PREDICTIONS).write_text("\n".join(lines) + "\n")
    return target


def test_rescoring_a_stored_run_prints_identical_json_each_time(stored: Path) -> None:
    code, first, _ = invoke("--predictions", stored, "--format", "json")
    assert code == 0
    assert invoke("--predictions", stored, "--format", "json")[1] == first
    data = json.loads(first)
    assert data["summary"]["metrics"]["events.f1"]["value"] == 1.0
    assert data["run"]["name"] == "good"


def test_a_run_extracts_stores_and_scores(gold: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs, "_default_extract", lambda: FakeExtract())
    code, out, err = invoke("--gold", gold, "--backend", "rules", "--name", "r1",
                            "--runs-dir", tmp_path / "runs", "--format", "markdown")
    assert code == 0, err
    assert "stored run" in err and (tmp_path / "runs" / "r1" / PREDICTIONS).is_file()
    assert out.startswith("## llmextract eval: gold")


def test_two_unnamed_runs_in_one_second_get_two_directories(
        gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the default name has the second in it: a second run started then (a loop, two terminals)
    # must not fail on a name the user never chose, and must not write into the first's run
    monkeypatch.setattr(runs, "_default_extract", lambda: FakeExtract())
    monkeypatch.setattr(runs, "default_name", lambda *args: "rules-gold-20261205-120000")
    for _ in range(2):
        code, _, err = invoke("--gold", gold, "--backend", "rules", "--runs-dir",
                              tmp_path / "runs")
        assert code == 0, err
    made = sorted(p.name for p in (tmp_path / "runs").iterdir())
    assert made == ["rules-gold-20261205-120000", "rules-gold-20261205-120000-2"]
    assert all((tmp_path / "runs" / name / PREDICTIONS).is_file() for name in made)
    # a name the user chose is still refused when it exists
    code, _, err = invoke("--gold", gold, "--backend", "rules", "--name",
                          "rules-gold-20261205-120000", "--runs-dir", tmp_path / "runs")
    assert code == 2 and "a run with this name exists" in err


def test_a_run_in_which_every_article_failed_exits_2(gold: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fail = {f"a{i:02}": GroundingError("no quote") for i in range(12)}
    monkeypatch.setattr(runs, "_default_extract", lambda: FakeExtract(fail=fail))
    code, _, err = invoke("--gold", gold, "--name", "r", "--runs-dir", tmp_path / "runs")
    assert code == 2 and "every article failed" in err and "GroundingError" in err


def test_the_isaf_dataset_is_scored_with_its_own_metrics(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs, "_default_extract", lambda: FakeExtract())
    code, out, err = invoke("--dataset", "isaf", "evals/external/isaf/dev.jsonl", "--name",
                            "i", "--runs-dir", tmp_path / "runs", "--format", "json")
    assert code == 0, err
    metrics = json.loads(out)["summary"]["metrics"]
    assert metrics["killed.exact"]["value"] == pytest.approx(0.695)
    code, again, _ = invoke("--predictions", tmp_path / "runs" / "i", "--format", "json")
    assert json.loads(again)["summary"] == json.loads(out)["summary"]


def test_the_gate_passes_with_exit_0(stored: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baselines" / "good.json"
    code, _, err = invoke("--predictions", stored, "--baseline", baseline, "--update-baseline")
    assert code == 0 and baseline.is_file() and "baseline written" in err
    code, out, _ = invoke("--predictions", stored, "--baseline", baseline)
    assert code == 0 and "gate passed" in out


def test_a_regression_exits_1_and_names_the_metric(stored: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "good.json"
    invoke("--predictions", stored, "--baseline", baseline, "--update-baseline")
    code, out, err = invoke("--predictions", worse_copy(stored, tmp_path), "--baseline",
                            baseline, "--format", "json")
    assert code == 1
    assert "regression: Events F1 (events.f1) 1.000 -> 0.000" in err
    assert json.loads(out)["gate"]["passed"] is False


def test_a_tolerance_is_applied(stored: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "good.json"
    invoke("--predictions", stored, "--baseline", baseline, "--update-baseline")
    worse = worse_copy(stored, tmp_path)
    assert invoke("--predictions", worse, "--baseline", baseline, "--tolerance", "1")[0] == 0
    assert invoke("--predictions", worse, "--baseline", baseline, "--tolerance", "0.5")[0] == 1


def test_compare_shows_paired_differences_and_article_changes(stored: Path,
                                                              tmp_path: Path) -> None:
    code, out, _ = invoke("--compare", stored, worse_copy(stored, tmp_path), "--format",
                          "markdown")
    assert code == 0
    assert "## llmextract eval --compare: good → worse" in out
    assert "| Events F1 | 1.000 | 0.000 | -1.000 |" in out and "worse |" in out
    assert "- lost: " in out


def test_the_report_can_be_written_to_a_file(stored: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    code, out, _ = invoke("--predictions", stored, "--out", target)
    assert code == 0 and out == "" and "Events F1" in target.read_text()


@pytest.mark.parametrize(("args", "fragment"), [
    (["--format", "xml"], "--format must be one of"),
    (["--update-baseline"], "--update-baseline needs --baseline"),
    (["--tolerance", "-1"], "--tolerance must be 0 or more"),
    (["--gold", "g", "--dataset", "isaf", "x"], "use one of --gold and --dataset"),
    (["--dataset", "acled", "x.jsonl"], "unknown dataset 'acled'"),
    (["--gold", "no/such/dir"], "no such gold directory"),
    (["--predictions", "no/such/run"], "not a stored run"),
])
def test_usage_errors_exit_2_with_one_line(args: list[str], fragment: str) -> None:
    code, _, err = invoke(*args)
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1 and fragment in err, err


def test_run_options_with_a_stored_run_are_a_usage_error(stored: Path) -> None:
    code, _, err = invoke("--predictions", stored, "--backend", "rules")
    assert code == 2 and "apply to a new run" in err


def test_new_gold_articles_are_reported_not_gated(stored: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "good.json"
    invoke("--predictions", stored, "--baseline", baseline, "--update-baseline")
    data = json.loads(baseline.read_text())
    data["articles"].pop("a00")
    baseline.write_text(json.dumps(data))
    code, out, _ = invoke("--predictions", stored, "--baseline", baseline, "--format",
                          "markdown")
    assert code == 0
    assert "Compared on the 11 articles both scored; not gated: new since the baseline 1" in out


def test_a_baseline_sharing_no_article_is_a_usage_error(stored: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "good.json"
    invoke("--predictions", stored, "--baseline", baseline, "--update-baseline")
    data = json.loads(baseline.read_text())
    data["articles"] = {"zz": {}}
    baseline.write_text(json.dumps(data))
    code, _, err = invoke("--predictions", stored, "--baseline", baseline)
    assert code == 2 and "--update-baseline" in err
