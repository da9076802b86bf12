"""Train the learnt toll selector, and check it on releases it was not trained on.

    .venv/bin/python evals/isaf_toll_selector.py dump OUT.jsonl [FILE ...]
    .venv/bin/python evals/isaf_toll_selector.py train [--dump D.jsonl] [--exclude NAME ...]
                                                       [--out WEIGHTS.json] [--seed N]
    .venv/bin/python evals/isaf_toll_selector.py check DUMP.jsonl [--weights WEIGHTS.json]

``dump`` runs the rules on ISAF-format files and stores, per release, the label, the rules' killed
answer and every killed claim with the rules' decision (counted or not) and its coded figure. It
works with the rule set on ``PYTHONPATH``, older ones too back to rule set 23 (those without
``ruled_tolls`` are read through their ``_killed``), so a set can be dumped at the rule set it
arrived at.

``train`` fits the selector (``llmextract/evaluation/toll_selector.py``) on a dump, by default of
dev rows 1-140, the open blind sets and the probes, and writes the weights the package ships;
``--exclude`` leaves files out by name, for a check on them. Each claim's target is the rules'
decision where their total is the label, else the one selection nearest it whose total (summed
as the reduction sums) is the label (a release with no such selection, or two, is left out).

``check`` applies a selector to a dump: the rules' answers against the rules' answers with the
claims the selector drops, as right, fixed and broken; held-out sets (``HELD_OUT``) as counts
only. It also counts the rules' misses (over, under) and how many of them some selection of the
extracted claims would put right: the most any selector could fix.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
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
    """What the shipped weights learn from: dev rows 1-140, the open blind sets, the probes."""
    return [*default_files(), *sorted(PROBES.glob("*.jsonl"))]


def _ruled(claims: list[CasualtyClaim], text: str, released: Any, extraction: Any
           ) -> tuple[list[str], Callable[[CasualtyClaim], int], bool, int]:
    """The rules' counted claims, figures, own-dead flag and killed answer, for the rule set on
    ``PYTHONPATH``."""
    from llmextract.evaluation import isaf

    if hasattr(isaf, "ruled_tolls"):
        kept, value, own = isaf.ruled_tolls(claims, text, released)
        answer = isaf.derive(extraction, text, learnt=False).killed
        return [c.id for c in kept], value, own, answer
    # an older rule set (before the selector): its _killed's locals, read as it returns
    seen: dict[str, Any] = {}

    def watch(frame: Any, event: str, arg: Any) -> None:
        if event == "return" and frame.f_code.co_name == "_killed":
            names = frame.f_locals
            if {"kept", "value", "own"} <= names.keys():
                seen.update(kept=[c.id for c in names["kept"]], value=names["value"],
                            own=bool(names["own"]))

    before = sys.getprofile()
    sys.setprofile(watch)
    try:
        answer = isaf.derive(extraction, text).killed
    finally:
        sys.setprofile(before)
    if not seen:
        raise ValueError("this rule set's _killed has no kept / value / own to read (a rule set "
                         "older than rule set 23 is not supported)")
    return seen["kept"], seen["value"], seen["own"], answer


def dump(files: list[Path]) -> Iterator[dict[str, Any]]:
    from llmextract import extract
    from llmextract.evaluation import isaf
    from llmextract.normalize.dates import anchor_from_dateline

    # (a rule set before the year-less house style extracts with no publication date)
    year_less_day: Callable[[str], Any] = getattr(isaf, "year_less_day", lambda text: None)
    for file in files:
        releases = isaf.load_isaf(file)
        if file.resolve() == DEV.resolve():
            releases = releases[:DEVELOPMENT_ROWS]
        for release in releases:
            extraction = extract(release.text, published=year_less_day(release.text),
                                 backend="rules", cache=False)
            released = extraction.article.published or anchor_from_dateline(release.text, None)
            claims = list(extraction.claims)
            kept, value, own, answer = _ruled(claims, release.text, released, extraction)
            killed = [c for c in claims if c.outcome == "killed"]
            yield {"id": release.id, "file": file.name, "text": release.text,
                   "label": release.labels.min_killed, "own": own, "answer": answer,
                   "claims": [{"claim": c.model_dump(mode="json"), "value": value(c),
                               "counted": c.id in kept} for c in killed]}


_RECORD_KEYS = ("id", "file", "text", "label", "own", "answer", "claims")


def _parsed(record: Any) -> dict[str, Any]:
    """A dump record with its claims parsed (``ValueError`` naming what is missing or bad)."""
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    missing = [k for k in _RECORD_KEYS if k not in record]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    record["parsed"] = [CasualtyClaim.model_validate(c["claim"]) for c in record["claims"]]
    record["figures"] = [int(c["value"]) for c in record["claims"]]
    return record


def _read(path: Path) -> list[dict[str, Any]]:
    """A dump's records; a bad line is named by file and line, not shown as a traceback."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                records.append(_parsed(json.loads(line)))
            except (ValueError, TypeError, KeyError) as error:
                first = str(error).splitlines()[0] if str(error) else type(error).__name__
                raise ValueError(f"{path}:{number}: {first}") from None
    return records


def _features(record: dict[str, Any]) -> list[list[str]]:
    from llmextract.evaluation import toll_selector

    killed, values = record["parsed"], record["figures"]
    return [toll_selector.features(record["text"], c, killed, values) for c in killed]


def _figure_of(record: dict[str, Any]) -> Callable[[CasualtyClaim], int]:
    figures = {c.id: v for c, v in zip(record["parsed"], record["figures"], strict=True)}
    return lambda claim: figures[claim.id]


_MOST_CLAIMS = 10  # more, and the selections to search (2**n) are too many


def _gives(record: dict[str, Any]) -> Callable[[Sequence[bool]], bool]:
    """Whether a selection of the record's claims gives its label, summed as the reduction sums
    (a counted group told with no number is 3)."""
    from llmextract.evaluation.isaf import killed_total

    claims, value, own = record["parsed"], _figure_of(record), bool(record["own"])
    return lambda bits: bool(killed_total([c for c, b in zip(claims, bits, strict=True) if b],
                                          value, own) == record["label"])


def _selections(record: dict[str, Any]) -> Iterator[tuple[bool, ...]]:
    """Every selection of the record's claims that gives its label (none past the cap)."""
    if len(record["parsed"]) > _MOST_CLAIMS:
        return
    gives = _gives(record)
    yield from (bits for bits in itertools.product((False, True), repeat=len(record["parsed"]))
                if gives(bits))


def targets(record: dict[str, Any]) -> list[bool] | None:
    """Each claim's target: the rules' decisions when they give the label, else the nearest
    selection that does, when there is exactly one."""
    counted = [bool(c["counted"]) for c in record["claims"]]
    if _gives(record)(counted):
        return counted
    best: list[tuple[int, tuple[bool, ...]]] = []
    for bits in _selections(record):
        distance = sum(b != k for b, k in zip(bits, counted, strict=True))
        if not best or distance < best[0][0]:
            best = [(distance, bits)]
        elif distance == best[0][0]:
            best.append((distance, bits))
    return list(best[0][1]) if len(best) == 1 else None


def reachable(record: dict[str, Any]) -> bool:
    """Whether some selection of the release's extracted killed claims gives its label: a miss
    that is, the rules having read the right tolls and counted the wrong ones."""
    return next(_selections(record), None) is not None


def train(records: list[dict[str, Any]], seed: int = 0
          ) -> tuple[TollSelector, int, dict[str, int]]:
    """The selector, how many claims it learnt from, and the releases left out, by reason."""
    from llmextract.evaluation import toll_selector

    examples: list[tuple[list[str], bool]] = []
    left_out = {"no single selection gives the label": 0,
                f"more than {_MOST_CLAIMS} killed claims": 0}
    for record in records:
        if not record["claims"]:
            continue
        wanted = targets(record)
        if wanted is None:
            reason = (f"more than {_MOST_CLAIMS} killed claims"
                      if len(record["claims"]) > _MOST_CLAIMS
                      else "no single selection gives the label")
            left_out[reason] += 1
            continue
        examples.extend(zip(_features(record), wanted, strict=True))
    if not examples:
        raise ValueError("no claim to learn from (an empty dump, or every file excluded)")
    return toll_selector.train(examples, seed=seed), len(examples), left_out


def check(records: list[dict[str, Any]], selector: TollSelector) -> list[str]:
    """What the selector moves: each open release's move, the totals, held-out moves as counts
    only."""
    from llmextract.evaluation.isaf import chosen_tolls, killed_total, without_unknown_told_by_party

    hidden = held_out()
    lines: list[str] = []
    tally = {"n": 0, "rules": 0, "selected": 0, "fixed": 0, "broken": 0}
    hidden_moves = {"fixed": 0, "broken": 0, "moved": 0}
    misses = {"over": 0, "under": 0, "reachable": 0}
    for record in records:
        if int(record["answer"]) != record["label"]:
            misses["over" if int(record["answer"]) > record["label"] else "under"] += 1
            misses["reachable"] += reachable(record)
        claims, value, own = record["parsed"], _figure_of(record), bool(record["own"])
        kept = [c for c, item in zip(claims, record["claims"], strict=True) if item["counted"]]
        chosen = chosen_tolls(selector, kept, claims, record["text"], value, own)
        ruled = int(record["answer"])
        # (as _killed reads it: the release's own "unknown number" dropped after the selection,
        # beside a party's number the selection keeps)
        now = ruled if len(chosen) == len(kept) else killed_total(
            without_unknown_told_by_party(chosen, record["text"]), value, own)
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
    lines.append(f"the rules' misses: {misses['over']} over, {misses['under']} under; "
                 f"{misses['reachable']} of them a selection of the extracted claims would give")
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
    t.add_argument("--seed", type=int, default=0,
                   help="the first bootstrap seed (0: the shipped weights)")
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
            records = (_read(Path(args.dump)) if args.dump
                       else [_parsed(r) for r in dump(training_files())])
            spent = sorted({r["file"] for r in records} & held_out())
            if spent:
                raise SystemExit(f"isaf_toll_selector: will not train on held-out {spent}")
            records = [r for r in records if r["file"] not in set(args.exclude)]
            selector, examples, left_out = train(records, args.seed)
            Path(args.out).write_text(json.dumps(selector.to_json(), separators=(",", ":"))
                                      + "\n", encoding="utf-8")
            reasons = ", ".join(f"{n} ({why})" for why, n in left_out.items())
            print(f"trained on {examples} claims of {len(records)} releases; left out {reasons};"
                  f" {len(selector.weights)} features -> {args.out}")
        else:
            from llmextract.evaluation.toll_selector import TollSelector

            weights = json.loads(Path(args.weights).read_text(encoding="utf-8"))
            selector = TollSelector.from_json(weights)
            for line in check(_read(Path(args.dump)), selector):
                print(line)
    except (OSError, ValueError, KeyError, TypeError, LLMExtractError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SystemExit(f"isaf_toll_selector: {first}") from None


if __name__ == "__main__":
    main()
