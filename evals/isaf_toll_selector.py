"""Train the learnt toll selector, and check it on releases it was not trained on.

    .venv/bin/python evals/isaf_toll_selector.py dump OUT.jsonl [FILE ...]
    .venv/bin/python evals/isaf_toll_selector.py train [--dump D.jsonl] [--exclude NAME ...]
                                                       [--out WEIGHTS.json]
    .venv/bin/python evals/isaf_toll_selector.py check DUMP.jsonl [--weights WEIGHTS.json]

``dump`` runs the rules on ISAF-format files and stores, per release, the label, the rules' killed
answer and every killed claim with the rules' decision (counted or not) and its coded figure. It
works with any rule set on ``PYTHONPATH``, older ones too (those without ``ruled_tolls`` are read
through their ``_killed``), so a set can be dumped at the rule set it arrived at.

``train`` fits the selector (``llmextract/evaluation/toll_selector.py``) on a dump, by default of
dev rows 1-140, the open blind sets and the probes, and writes the weights the package ships;
``--exclude`` leaves files out by name, for a check on them. Each claim's target is the rules'
decision where their total is the label, else the one selection nearest it whose figures sum to
the label (a release with no such selection, or two, is left out).

``check`` applies a selector to a dump: the rules' answers against the rules' answers with the
claims the selector drops, as right, fixed and broken; held-out sets (``HELD_OUT``) as counts
only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmextract.errors import LLMExtractError
from llmextract.schema import CasualtyClaim

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (its sibling, also when imported)
from isaf_answers import DEV, DEVELOPMENT_ROWS, default_files, held_out

if TYPE_CHECKING:
    from llmextract.evaluation.toll_selector import TollSelector

ROOT = Path(__file__).resolve().parent
# (the selector is imported only to train or check: a dump may run an older rule set)
WEIGHTS = ROOT.parent / "llmextract" / "_data" / "isaf_toll_selector.json"
PROBES = ROOT / "isaf_blind" / "probes"


def training_files() -> list[Path]:
    return [*default_files(), *sorted(PROBES.glob("*.jsonl"))]


def _ruled(claims: list[CasualtyClaim], text: str, released: Any, extraction: Any
           ) -> tuple[list[str], Callable[[CasualtyClaim], int], bool]:
    from llmextract.evaluation import isaf

    if hasattr(isaf, "ruled_tolls"):
        kept, value, own = isaf.ruled_tolls(claims, text, released)
        return [c.id for c in kept], value, own
    # an older rule set: its _killed's locals, read as it returns
    seen: dict[str, Any] = {}

    def watch(frame: Any, event: str, arg: Any) -> None:
        if event == "return" and frame.f_code.co_name == "_killed":
            seen.update(kept=[c.id for c in frame.f_locals.get("kept", [])],
                        value=frame.f_locals["value"], own=bool(frame.f_locals["own"]))

    sys.setprofile(watch)
    try:
        isaf.derive(extraction, text)
    finally:
        sys.setprofile(None)
    return seen["kept"], seen["value"], seen["own"]


def dump(files: list[Path]) -> Iterator[dict[str, Any]]:
    from llmextract import extract
    from llmextract.evaluation.isaf import anchor_from_dateline, load_isaf

    for file in files:
        releases = load_isaf(file)
        if file.resolve() == DEV.resolve():
            releases = releases[:DEVELOPMENT_ROWS]
        for release in releases:
            extraction = extract(release.text, backend="rules", cache=False)
            released = extraction.article.published or anchor_from_dateline(release.text, None)
            claims = list(extraction.claims)
            kept, value, own = _ruled(claims, release.text, released, extraction)
            killed = [c for c in claims if c.outcome == "killed"]
            yield {"id": release.id, "file": file.name, "text": release.text,
                   "label": release.labels.min_killed, "own": own,
                   "claims": [{"claim": c.model_dump(mode="json"), "value": value(c),
                               "counted": c.id in kept} for c in killed]}


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _features(record: dict[str, Any]) -> list[list[str]]:
    from llmextract.evaluation import toll_selector

    killed = [CasualtyClaim.model_validate(c["claim"]) for c in record["claims"]]
    values = [int(c["value"]) for c in record["claims"]]
    return [toll_selector.features(record["text"], c, killed, values) for c in killed]


def targets(record: dict[str, Any]) -> list[bool] | None:
    """Each claim's target: the rules' decisions when they give the label, else the nearest
    selection that does, when there is exactly one."""
    claims = record["claims"]
    counted = [bool(c["counted"]) for c in claims]
    if sum(c["value"] for c, k in zip(claims, counted, strict=True) if k) == record["label"]:
        return counted
    if len(claims) > 10:
        return None
    best: list[tuple[int, tuple[bool, ...]]] = []
    for bits in itertools.product((False, True), repeat=len(claims)):
        if sum(c["value"] for c, b in zip(claims, bits, strict=True) if b) != record["label"]:
            continue
        distance = sum(b != k for b, k in zip(bits, counted, strict=True))
        if not best or distance < best[0][0]:
            best = [(distance, bits)]
        elif distance == best[0][0]:
            best.append((distance, bits))
    return list(best[0][1]) if len(best) == 1 else None


def train(records: list[dict[str, Any]]) -> tuple[TollSelector, int, int]:
    from llmextract.evaluation import toll_selector

    examples: list[tuple[list[str], bool]] = []
    left_out = 0
    for record in records:
        if not record["claims"]:
            continue
        wanted = targets(record)
        if wanted is None:
            left_out += 1
            continue
        examples.extend(zip(_features(record), wanted, strict=True))
    return toll_selector.train(examples), len(examples), left_out


def _figure_of(figures: dict[str, int]) -> Callable[[CasualtyClaim], int]:
    return lambda claim: figures[claim.id]


def check(records: list[dict[str, Any]], selector: TollSelector) -> list[str]:
    from llmextract.evaluation.isaf import killed_total

    hidden = held_out()
    lines: list[str] = []
    tally = {"n": 0, "rules": 0, "selected": 0, "fixed": 0, "broken": 0}
    hidden_moves = {"fixed": 0, "broken": 0, "moved": 0}
    for record in records:
        claims = [CasualtyClaim.model_validate(c["claim"]) for c in record["claims"]]
        figures = {c.id: int(item["value"]) for c, item in zip(claims, record["claims"],
                                                                strict=True)}
        kept = [c for c, item in zip(claims, record["claims"], strict=True) if item["counted"]]
        value = _figure_of(figures)
        ruled = killed_total(kept, value, record["own"])
        chosen = selector.select(kept, claims, record["text"], value)
        now = killed_total(chosen, value, record["own"])
        label = record["label"]
        tally["n"] += 1
        tally["rules"] += ruled == label
        tally["selected"] += now == label
        if now == ruled:
            continue
        mark = "fixed" if now == label else "broken" if ruled == label else "moved"
        if mark != "moved":
            tally[mark] += 1
        if record["file"] in hidden:
            hidden_moves[mark] += 1
            continue
        dropped = "; ".join(repr(c.evidence[0].text[:70]) for c in kept if c not in chosen)
        lines.append(f"{mark.upper():6s} {record['id']} {ruled} -> {now} (label {label}): "
                     f"dropped {dropped}")
    n = max(tally["n"], 1)
    lines.append(f"releases {tally['n']}: killed exact, rules {tally['rules']} "
                 f"({tally['rules'] / n:.3f}), with the selector {tally['selected']} "
                 f"({tally['selected'] / n:.3f}); fixed {tally['fixed']}, "
                 f"broken {tally['broken']}")
    if any(hidden_moves.values()):
        lines.append("held out (counts only): " + ", ".join(
            f"{k} {v}" for k, v in hidden_moves.items()))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump", help="the rules' killed claims and decisions, per release")
    d.add_argument("out")
    d.add_argument("files", nargs="*", help="ISAF-format files (default: the training files)")
    d.add_argument("--held-out", action="store_true",
                   help="allow a held-out blind set among FILES")
    t = commands.add_parser("train", help="fit the selector and write its weights")
    t.add_argument("--dump", help="a dump to train on (default: dump the training files now)")
    t.add_argument("--exclude", nargs="*", default=[], help="file names to leave out")
    t.add_argument("--out", default=str(WEIGHTS), help="where the weights go")
    c = commands.add_parser("check", help="the selector's effect on a dump")
    c.add_argument("dump")
    c.add_argument("--weights", default=str(WEIGHTS))
    args = parser.parse_args(argv)
    try:
        if args.command == "dump":
            files = [Path(f) for f in args.files] or training_files()
            spent = sorted(f.name for f in files if f.name in held_out())
            if spent and not args.held_out:
                raise SystemExit(f"isaf_toll_selector: {', '.join(spent)} held out; add "
                                 "--held-out to dump it (its claims are then read only by "
                                 "check, as counts)")
            with Path(args.out).open("w", encoding="utf-8") as out:
                for record in dump(files):
                    out.write(json.dumps(record) + "\n")
        elif args.command == "train":
            records = _read(Path(args.dump)) if args.dump else list(dump(training_files()))
            spent = sorted({r["file"] for r in records} & held_out())
            if spent:
                raise SystemExit(f"isaf_toll_selector: will not train on held-out {spent}")
            records = [r for r in records if r["file"] not in set(args.exclude)]
            selector, examples, left_out = train(records)
            Path(args.out).write_text(json.dumps(selector.to_json(), separators=(",", ":"))
                                      + "\n", encoding="utf-8")
            print(f"trained on {examples} claims of {len(records)} releases ({left_out} left "
                  f"out: no single selection gives the label); {len(selector.weights)} features"
                  f" -> {args.out}")
        else:
            from llmextract.evaluation.toll_selector import TollSelector

            weights = json.loads(Path(args.weights).read_text(encoding="utf-8"))
            for line in check(_read(Path(args.dump)), TollSelector.from_json(weights)):
                print(line)
    except (OSError, ValueError, KeyError, LLMExtractError) as error:
        raise SystemExit(f"isaf_toll_selector: {error}") from None


if __name__ == "__main__":
    main()
