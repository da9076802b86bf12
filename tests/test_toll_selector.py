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
    first = features(TEXT, own, [own, told], [4, 9])
    assert {"cl:none", "rank:0", "par:0", "val:4"} <= set(first)
    # figures and months folded to their kind: "(June 14, 2011)" is a date, not these words
    assert {"s:<month>", "s:<num>", "s:<year>"} <= set(first)
    assert not {"s:14", "s:2011", "s:june"} & set(first)
    with pytest.raises(ValueError, match="not among"):
        features(TEXT, own, [told], [9])


def test_the_sentence_is_the_rules_sentence_ranks_and_us_kept_whole() -> None:
    text = ("KABUL (May 2) - U.S. forces killed two insurgents, said Lt. Col. Amos Pell. Nine "
            "more died.")
    quote = claim("c1", "killed two insurgents", low=2, high=2, text=text)
    found = set(features(text, quote, [quote], [2]))
    assert {"s:u", "s:s", "s:forces", "s:col", "s:pell"} <= found
    assert "s:nine" not in found and "s:may" in found  # ("may": the verb, never the month)


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


def test_where_a_toll_is_told_as_an_addition_no_toll_is_dropped() -> None:
    text = ("Coalition forces killed two insurgents in Nad-e Ali district yesterday. The "
            "strike also killed their commander.")
    first = claim("c1", "killed two insurgents", low=2, high=2, text=text)
    more = claim("c2", "killed their commander", low=1, high=1, text=text)
    doubt = TollSelector(weights={"bias": (-9.0,)}, models=1, threshold=0.5)
    assert doubt.select([first, more], [first, more], text, _figure) == [first, more]
    # (nor the first of them: "Mullah Karim was killed. Mullah Rahim was also killed.")
    first_doubted = TollSelector(weights={"e:two": (-9.0,), "bias": (2.0,)}, models=1,
                                 threshold=0.5)
    assert first_doubted.select([first, more], [first, more], text, _figure) == [first, more]
    plain = text.replace(" also", "")
    first = claim("c1", "killed two insurgents", low=2, high=2, text=plain)
    again = claim("c2", "killed their commander", low=1, high=1, text=plain)
    assert first_doubted.select([first, again], [first, again], plain, _figure) == [again]


def test_a_floor_more_than_n_is_no_addition() -> None:
    text = ("Coalition forces killed two insurgents in Nad-e Ali district yesterday. The "
            "governor said more than 20 insurgents died.")
    first = claim("c1", "killed two insurgents", low=2, high=2, text=text)
    floor = claim("c2", "more than 20 insurgents died", low=20, high=None, text=text)
    doubt = TollSelector(weights={"e:than": (-9.0,), "bias": (2.0,)}, models=1, threshold=0.5)
    assert doubt.select([first, floor], [first, floor], text, _figure) == [first]


def test_the_bag_votes_by_its_mean_probability() -> None:
    # (the mean of the models' probabilities, not the probability of their mean logit: one sure
    # yes and two sure noes are a third)
    split = TollSelector(weights={"x": (30.0, -30.0, -30.0)}, models=3, threshold=0.5)
    assert split.probability(["x"]) == pytest.approx(1 / 3)
    assert split.probability(["unknown"]) == pytest.approx(0.5)


@pytest.mark.parametrize(("data", "problem"), [
    ([1, 2], "expected an object"),
    ({"models": 2, "threshold": 0.5, "weights": [1.0]}, "expected an object"),
    ({"models": 0, "threshold": 0.5, "weights": {}}, "'models' must be"),
    ({"models": 2, "threshold": "high", "weights": {}}, "'threshold' must be"),
    ({"models": 2, "threshold": 0.5, "weights": {"a": [1.0]}}, "'a' must have 2 numbers"),
    ({"models": 1, "threshold": 0.5, "weights": {"a": [None]}}, "'a' must have 1 numbers"),
])
def test_a_bad_weights_file_is_named_not_a_traceback(data: Any, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        TollSelector.from_json(data)


def test_weights_round_trip() -> None:
    selector = TollSelector(weights={"a": (0.5, -1.0)}, models=2, threshold=0.4)
    assert TollSelector.from_json(json.loads(json.dumps(selector.to_json()))) == selector


def test_the_shipped_weights_load() -> None:
    selector = shipped()
    assert selector.models == 5 and selector.threshold == 0.4
    assert len(selector.weights) > 1000 and "bias" in selector.weights


def test_training_is_deterministic_and_learns_what_separates() -> None:
    examples = [(["bias", "s:said"], False)] * 20 + [(["bias", "s:killed"], True)] * 20 + [
        (["bias", "s:once"], True)]
    first = train(examples, models=3, epochs=5)
    assert first == train(examples, models=3, epochs=5)
    assert train(examples, models=3, epochs=5, seed=7) != first  # (other samples)
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


def test_a_choice_that_would_leave_no_killed_keeps_the_rules_tolls() -> None:
    # "Insurgents were killed" (a group, 3) beside a figure of 0: dropping the group is a veto
    text = ("Insurgents were killed in a clash in Nad-e Ali district yesterday. No civilians "
            "were killed.")
    group = claim("c1", "Insurgents were killed", low=None, high=None, population="combatant",
                  text=text)
    none = claim("c2", "No civilians were killed", low=0, high=0, population="civilian",
                 text=text)
    doubt = TollSelector(weights={"e:insurgents": (-9.0,), "bias": (2.0,)}, models=1,
                         threshold=0.5)
    assert doubt.select([group, none], [group, none], text, _figure) == [none]
    assert isaf.killed_total([group, none], _figure, False) == 3
    assert isaf.chosen_tolls(doubt, [group, none], [group, none], text, _figure,
                             False) == [group, none]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "isaf_toll_selector", Path(__file__).resolve().parent.parent / "evals"
        / "isaf_toll_selector.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(label: int, counted: list[bool], values: list[int], *, file: str = "open.jsonl",
            rid: str = "r1") -> dict[str, Any]:
    own, told = _two()
    return {"id": rid, "file": file, "text": TEXT, "label": label, "own": False,
            "answer": sum(v for v, k in zip(values, counted, strict=True) if k),
            "claims": [{"claim": c.model_dump(mode="json"), "value": v, "counted": k}
                       for c, v, k in zip((own, told), values, counted, strict=True)]}


def _parsed(tool: Any, record: dict[str, Any]) -> dict[str, Any]:
    return tool._parsed(json.loads(json.dumps(record)))


def test_targets_are_the_rules_decisions_or_the_one_nearest_selection_giving_the_label(
        ) -> None:
    tool = _script()
    assert tool.targets(_parsed(tool, _record(13, [True, True], [4, 9]))) == [True, True]
    assert tool.targets(_parsed(tool, _record(4, [True, True], [4, 9]))) == [True, False]
    assert tool.targets(_parsed(tool, _record(9, [True, False], [4, 9]))) == [False, True]
    assert tool.targets(_parsed(tool, _record(5, [True, True], [4, 9]))) is None  # none gives 5
    assert tool.targets(_parsed(tool, _record(4, [False, False], [4, 4]))) is None  # two, tied


def test_targets_sum_as_the_reduction_does_a_group_told_with_no_number_is_three() -> None:
    tool = _script()
    text = "Insurgents were killed in a clash yesterday. No civilians were killed."
    group = claim("c1", "Insurgents were killed", low=None, high=None, text=text)
    none = claim("c2", "No civilians were killed", low=0, high=0, text=text)
    record = {"id": "r1", "file": "open.jsonl", "text": text, "own": False, "answer": 3,
              "claims": [{"claim": c.model_dump(mode="json"), "value": 0, "counted": k}
                         for c, k in ((group, True), (none, False))]}
    assert tool.targets(_parsed(tool, {**record, "label": 3})) == [True, False]
    assert tool.targets(_parsed(tool, {**record, "label": 0})) == [False, False]


def test_check_reports_fixes_and_breaks_and_hides_held_out_releases(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _script()
    monkeypatch.setattr(tool, "held_out", lambda: {"secret.jsonl"})
    doubt = TollSelector(weights={"cl:governor": (-9.0,), "bias": (2.0,)}, models=1,
                         threshold=0.5)
    lines = tool.check([_parsed(tool, r) for r in (
        _record(4, [True, True], [4, 9]), _record(13, [True, True], [4, 9], rid="r2"),
        _record(4, [True, True], [4, 9], file="secret.jsonl", rid="s1"))], doubt)
    assert lines[0].startswith("FIXED  r1 13 -> 4 (label 4): dropped 'nine insurgents died'")
    assert lines[1].startswith("BROKEN r2 13 -> 4 (label 13)")
    assert not any("s1" in line for line in lines)
    assert "with the selector 2 (0.667); fixed 2, broken 1" in lines[2]
    assert lines[3] == ("the rules' misses: 2 over, 0 under; 2 of them a selection of the "
                        "extracted claims would give")
    assert lines[4] == "held out (counts only): fixed 1, broken 0, moved 0"


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
    dump.write_text(json.dumps(_record(4, [True, True], [4, 9])) + "\n")
    with pytest.raises(SystemExit, match="no claim to learn from"):
        tool.main(["train", "--dump", str(dump), "--exclude", "open.jsonl", "--out",
                   str(tmp_path / "w.json")])
    assert not (tmp_path / "w.json").exists()  # (the shipped weights are never emptied)


def test_a_bad_dump_line_is_named(tmp_path: Path) -> None:
    tool = _script()
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps(_record(4, [True, True], [4, 9])) + "\n[1]\n")
    with pytest.raises(SystemExit, match=r"dump\.jsonl:2: a record must be a JSON object$"):
        tool.main(["check", str(dump)])
    dump.write_text(json.dumps({**_record(4, [True, True], [4, 9]), "answer": None}) + "\n"
                    + json.dumps({"id": "x"}) + "\n")
    with pytest.raises(SystemExit, match=r"dump\.jsonl:2: missing file, text, label"):
        tool.main(["check", str(dump)])
    weights = tmp_path / "w.json"
    weights.write_text('{"models": 1, "threshold": 0.5, "weights": {"a": [null]}}')
    with pytest.raises(SystemExit, match="feature 'a' must have 1 numbers"):
        tool.main(["check", str(dump), "--weights", str(weights)])


def test_dump_stores_the_rules_decisions_and_answer(tmp_path: Path) -> None:
    # (at the rule set in this tree; the same records train and check)
    tool = _script()
    labels = {"start_date": "2011-06-13", "event_type": [], "province": ["helmand"],
              "min_killed": 4, "min_captured": 0, "airstrike": False, "killq": True,
              "civilian_casualty": False}
    release = tmp_path / "open.jsonl"
    release.write_text(json.dumps({"id": "open-1", "text": TEXT, "labels": labels}) + "\n")
    [record] = list(tool.dump([release]))
    assert (record["label"], record["answer"], record["own"]) == (4, 4, False)
    quotes = {c["claim"]["evidence"][0]["text"]: (c["value"], c["counted"])
              for c in record["claims"]}
    assert quotes["killed four insurgents"] == (4, True)
    assert not any(counted for quote, (_, counted) in quotes.items() if "nine" in quote)
    out = tmp_path / "dump.jsonl"
    tool.main(["dump", str(out), str(release)])
    assert tool._read(out)[0]["answer"] == 4
