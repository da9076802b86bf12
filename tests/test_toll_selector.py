"""The learnt toll selector: its features, its one policy (choose among a release's tolls, never
veto its only one), its weights file, its trainer, and its place in the ISAF reduction."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from llmextract.evaluation import isaf, toll_selector
from llmextract.evaluation.toll_selector import TollSelector, features, shipped, train
from llmextract.schema import CasualtyClaim
from tests.test_eval_support import claim, extraction

TEXT = ("KABUL, Afghanistan (June 14, 2011) - Coalition forces killed four insurgents in "
        "Nad-e Ali district, Helmand province, yesterday.\n\nThe district governor said "
        "nine insurgents died.")


def _two() -> tuple[CasualtyClaim, CasualtyClaim]:
    own = claim("c1", "killed four insurgents", low=4, high=4, population="combatant",
                text=TEXT)
    told = claim("c2", "nine insurgents died", low=9, high=9, population="combatant",
                 claimant="The district governor", text=TEXT)
    return own, told


def _figure(c: CasualtyClaim) -> int:
    return c.count.min or 0


def test_features_read_the_sentence_the_quote_and_the_claims_place() -> None:
    own, told = _two()
    found = features(TEXT, told, [own, told], [4, 9])
    assert found == sorted(found)  # (a sum in one order in every process)
    assert {"s:governor", "e:died", "l1:said", "cl:governor", "par:1", "rank:1", "max",
            "val:5+", "pop_before", "bias"} <= set(found)
    assert "headline" not in found and "dupval" not in found
    assert "<num>" not in " ".join(found) or "s:<num>" not in found  # figures folded to kind
    first = features(TEXT, own, [own, told], [4, 9])
    assert {"cl:none", "rank:0", "par:0", "val:4"} <= set(first)


def test_a_claim_the_bag_doubts_is_dropped_only_beside_another_counted_toll() -> None:
    own, told = _two()
    doubt = TollSelector(weights={"cl:governor": (-9.0, -9.0), "bias": (2.0, 2.0)}, models=2,
                         threshold=0.5)
    assert doubt.select([own, told], [own, told], TEXT, _figure) == [own]
    # its only toll is never ruled out, whatever the bag thinks of it
    assert doubt.select([told], [own, told], TEXT, _figure) == [told]
    every = TollSelector(weights={"bias": (-9.0, -9.0)}, models=2, threshold=0.5)
    assert every.select([own, told], [own, told], TEXT, _figure) == [own, told]
    assert doubt.select([own, told], [own, told], None, _figure) == [own, told]


def test_a_toll_told_as_an_addition_is_never_dropped() -> None:
    text = ("Coalition forces killed two insurgents in Nad-e Ali district yesterday. The "
            "strike also killed their commander.")
    first = claim("c1", "killed two insurgents", low=2, high=2, text=text)
    more = claim("c2", "killed their commander", low=1, high=1, text=text)
    doubt = TollSelector(weights={"bias": (-9.0,)}, models=1, threshold=0.5)
    assert doubt.select([first, more], [first, more], text, _figure) == [more]
    plain = text.replace(" also", "")
    first = claim("c1", "killed two insurgents", low=2, high=2, text=plain)
    again = claim("c2", "killed their commander", low=1, high=1, text=plain)
    assert doubt.select([first, again], [first, again], plain, _figure) == [first, again]


def test_the_bag_votes_by_its_mean_probability() -> None:
    split = TollSelector(weights={"x": (30.0, -30.0)}, models=2, threshold=0.5)
    assert split.probability(["x"]) == pytest.approx(0.5)
    assert split.probability(["unknown"]) == pytest.approx(0.5)


def test_weights_round_trip_and_a_ragged_file_is_refused() -> None:
    selector = TollSelector(weights={"a": (0.5, -1.0)}, models=2, threshold=0.4)
    assert TollSelector.from_json(json.loads(json.dumps(selector.to_json()))) == selector
    with pytest.raises(ValueError, match="2 entries"):
        TollSelector.from_json({"models": 2, "threshold": 0.5, "weights": {"a": [1.0]}})


def test_the_shipped_weights_load() -> None:
    selector = shipped()
    assert selector.models == 5 and selector.threshold == 0.4
    assert len(selector.weights) > 1000 and "bias" in selector.weights


def test_training_is_deterministic_and_learns_what_separates() -> None:
    examples = [(["bias", "s:said"], False)] * 20 + [(["bias", "s:killed"], True)] * 20 + [
        (["bias", "s:once"], True)]
    first = train(examples, models=3, epochs=5)
    assert first == train(examples, models=3, epochs=5)
    assert "s:once" not in first.weights  # seen once: that release's word, not a convention
    assert first.probability(["bias", "s:said"]) < 0.2 < 0.8 < first.probability(
        ["bias", "s:killed"])


def test_derive_drops_the_doubted_toll_unless_asked_for_the_rules_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    own, told = _two()
    doubt = TollSelector(weights={"cl:governor": (-9.0,), "bias": (2.0,)}, models=1,
                         threshold=0.5)
    monkeypatch.setattr(toll_selector, "shipped", lambda: doubt)
    kept = [own, told]
    monkeypatch.setattr(isaf, "ruled_tolls", lambda claims, text, released: (kept, _figure,
                                                                            False))
    found = extraction(claims=[own, told], text=TEXT)
    assert isaf.derive(found, TEXT).killed == 4
    assert isaf.derive(found, TEXT, learnt=False).killed == 13


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("isaf_toll_selector",
                                                  "evals/isaf_toll_selector.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(label: int, counted: list[bool], values: list[int], *, file: str = "open.jsonl",
            rid: str = "r1") -> dict[str, Any]:
    own, told = _two()
    return {"id": rid, "file": file, "text": TEXT, "label": label, "own": False,
            "claims": [{"claim": c.model_dump(mode="json"), "value": v, "counted": k}
                       for c, v, k in zip((own, told), values, counted, strict=True)]}


def test_targets_are_the_rules_decisions_or_the_one_nearest_selection_giving_the_label(
        ) -> None:
    tool = _script()
    assert tool.targets(_record(13, [True, True], [4, 9])) == [True, True]
    assert tool.targets(_record(4, [True, True], [4, 9])) == [True, False]
    assert tool.targets(_record(9, [True, False], [4, 9])) == [False, True]
    assert tool.targets(_record(5, [True, True], [4, 9])) is None  # no selection gives 5
    assert tool.targets(_record(4, [False, False], [4, 4])) is None  # two, equally near


def test_check_reports_fixes_and_breaks_and_hides_held_out_releases(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _script()
    monkeypatch.setattr(tool, "held_out", lambda: {"secret.jsonl"})
    doubt = TollSelector(weights={"cl:governor": (-9.0,), "bias": (2.0,)}, models=1,
                         threshold=0.5)
    lines = tool.check([_record(4, [True, True], [4, 9]),
                        _record(13, [True, True], [4, 9], rid="r2"),
                        _record(4, [True, True], [4, 9], file="secret.jsonl", rid="s1")],
                       doubt)
    assert lines[0].startswith("FIXED  r1 13 -> 4 (label 4): dropped 'nine insurgents died'")
    assert lines[1].startswith("BROKEN r2 13 -> 4 (label 13)")
    assert not any("s1" in line for line in lines)
    assert "with the selector 2 (0.667); fixed 2, broken 1" in lines[2]
    assert lines[3] == "held out (counts only): fixed 1, broken 0, moved 0"


def test_the_trainer_refuses_held_out_sets(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _script()
    monkeypatch.setattr(tool, "held_out", lambda: {"secret.jsonl"})
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps(_record(4, [True, True], [4, 9], file="secret.jsonl")) + "\n")
    with pytest.raises(SystemExit, match="will not train on held-out"):
        tool.main(["train", "--dump", str(dump), "--out", str(tmp_path / "w.json")])
    assert not (tmp_path / "w.json").exists()
    with pytest.raises(SystemExit, match=r"isaf_toll_selector: .*missing"):
        tool.main(["check", str(tmp_path / "missing.jsonl")])
