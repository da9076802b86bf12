"""The rules backend's ISAF answers, release by release, and what moved between two runs.

Run: ``.venv/bin/python evals/isaf_answers.py run OUT.json [FILE ...]`` (default: the dev slice
and every open blind set), then after a change ``... run AFTER.json`` and
``.venv/bin/python evals/isaf_answers.py diff OUT.json AFTER.json``.

A change to the rules is kept only when it fixes what it was written for and breaks no answer
elsewhere; the stored-run gate (``llmextract eval --predictions``) sees only aggregates, so this
lists every answer that moved (FIX: now right, BREAK: was right, moved: wrong before and after).
Held-out releases are spent once anyone reads their findings: rows 141-200 of the dev slice and
the blind sets named in ``evals/isaf_blind/HELD_OUT`` are shown as counts only, and a held-out
set is read at all only when named with ``--held-out``. The rules run in this process, with no
cache, so a run reflects the working tree.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from llmextract.errors import LLMExtractError
from llmextract.evaluation.isaf import derive, load_isaf, province_label, year_less_day

ROOT = Path(__file__).resolve().parent
DEV = ROOT / "external" / "isaf" / "dev.jsonl"
BLIND = ROOT / "isaf_blind"
HELD_OUT_LIST = BLIND / "HELD_OUT"
DEVELOPMENT_ROWS = 140
FIELDS = ("killed", "airstrike", "province", "start_date")


def held_out() -> set[str]:
    """The blind sets' file names listed as held out (comments after ``#``)."""
    if not HELD_OUT_LIST.is_file():
        return set()
    names = (line.split("#", 1)[0].strip() for line in HELD_OUT_LIST.read_text().splitlines())
    return {name for name in names if name}


def default_files() -> list[Path]:
    hidden = held_out()
    blind = sorted((p for p in BLIND.glob("blind*.jsonl") if p.name not in hidden),
                   key=lambda p: (len(p.stem), p.stem))
    return [DEV, *blind]


def answers(files: list[Path], hidden: set[str], learnt: bool = True
            ) -> dict[str, dict[str, Any]]:
    """Each release's answers, labels and the part it belongs to (``learnt=False``: the rules'
    answers without the learnt toll selector)."""
    from llmextract import extract  # the rules backend: imported only when a run is made

    out: dict[str, dict[str, Any]] = {}
    for file in files:
        for row, release in enumerate(load_isaf(file)):
            if file.name == DEV.name:
                part = "dev-140" if row < DEVELOPMENT_ROWS else "dev-60"
            else:
                part = file.stem
            extraction = extract(release.text, published=year_less_day(release.text),
                                 backend="rules", cache=False)
            answer = derive(extraction, release.text, learnt=learnt)
            labels = release.labels
            out[release.id] = {
                "part": part,
                "held_out": part == "dev-60" or file.name in hidden,
                "answer": {"killed": answer.killed, "airstrike": answer.airstrike,
                           "province": sorted(province_label(p) for p in answer.provinces),
                           "start_date": str(answer.start_date)},
                "label": {"killed": labels.min_killed, "airstrike": labels.airstrike,
                          "province": sorted(province_label(p) for p in labels.province),
                          "start_date": str(labels.start_date)},
            }
    return out


def summary(results: dict[str, dict[str, Any]]) -> list[str]:
    """Per part: how many releases each field gets right, and killed on releases that report
    one."""
    parts: dict[str, Counter[str]] = {}
    for item in results.values():
        tally = parts.setdefault(item["part"], Counter())
        tally["n"] += 1
        for field in FIELDS:
            tally[field] += item["answer"][field] == item["label"][field]
        if item["label"]["killed"] > 0:
            tally["reported"] += 1
            tally["reported_right"] += item["answer"]["killed"] == item["label"]["killed"]
    lines = []
    for part, t in parts.items():
        n = t["n"]
        lines.append(f"{part:12s} n {n:4d}  killed {t['killed'] / n:.3f}  reported "
                     f"{t['reported_right']}/{t['reported']}  airstrike {t['airstrike'] / n:.3f}"
                     f"  province {t['province'] / n:.3f}  start date {t['start_date'] / n:.3f}")
    if len(parts) > 1:
        lines.append(_pooled(results))
    return lines


def _pooled(results: dict[str, dict[str, Any]]) -> str:
    """Every part together, as counts: the held-out figures are quoted pooled over many sets,
    and a mean of per-set rates would weigh a short set like a long one. Airstrike adds F1 and
    the false and missed strikes, since accuracy hides which way it errs."""
    items = list(results.values())
    right = {field: sum(i["answer"][field] == i["label"][field] for i in items)
             for field in FIELDS}
    reported = [i for i in items if i["label"]["killed"] > 0]
    reported_right = sum(i["answer"]["killed"] == i["label"]["killed"] for i in reported)
    said = [(bool(i["answer"]["airstrike"]), bool(i["label"]["airstrike"])) for i in items]
    hits = sum(a and b for a, b in said)
    false = sum(a and not b for a, b in said)
    missed = sum(b and not a for a, b in said)
    f1 = 2 * hits / (2 * hits + false + missed) if hits else 0.0
    return (f"{'all':12s} n {len(items):4d}  killed {right['killed']} "
            f"({right['killed'] / len(items):.3f})  reported {reported_right}/{len(reported)}  "
            f"airstrike {right['airstrike']} (F1 {f1:.3f}; {false} false, {missed} missed)  "
            f"province {right['province']}  start date {right['start_date']}")


def moves(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[str]:
    """Every answer that moved, held-out parts as counts only."""
    lines: list[str] = []
    hidden: Counter[tuple[str, str, str]] = Counter()
    for rid, new in after.items():
        old = before.get(rid)
        if old is None:
            continue
        for field in FIELDS:
            was, now, label = old["answer"][field], new["answer"][field], new["label"][field]
            if was == now:
                continue
            mark = "FIX" if now == label else "BREAK" if was == label else "moved"
            if new["held_out"]:
                hidden[(new["part"], field, mark)] += 1
            else:
                lines.append(f"{mark:5s} {rid} {field}: {was} -> {now} (label {label})")
    lines += [f"{mark:5s} {part} {field}: {n} (held out: counts only)"
              for (part, field, mark), n in sorted(hidden.items())]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="answer every release and store the answers")
    run.add_argument("out", help="where the answers go (JSON)")
    run.add_argument("files", nargs="*", help="ISAF-format files (default: dev + open blind sets)")
    run.add_argument("--held-out", action="store_true",
                     help="allow a held-out blind set among FILES (shown as counts only)")
    run.add_argument("--no-learnt", action="store_true",
                     help="the rules alone, without the learnt toll selector")
    diff = commands.add_parser("diff", help="list the answers that moved between two runs")
    diff.add_argument("before")
    diff.add_argument("after")
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            hidden = held_out()
            files = [Path(f) for f in args.files] or default_files()
            spent = sorted(f.name for f in files if f.name in hidden)
            if spent and not args.held_out:
                raise SystemExit(f"isaf_answers: {', '.join(spent)} held out "
                                 f"({HELD_OUT_LIST.name}); add --held-out to score it")
            results = answers(files, hidden, learnt=not args.no_learnt)
            Path(args.out).write_text(json.dumps(results), encoding="utf-8")
            for line in summary(results):
                print(line)
        else:
            runs = []
            for name in (args.before, args.after):
                try:
                    runs.append(json.loads(Path(name).read_text(encoding="utf-8")))
                except (OSError, ValueError) as exc:
                    raise SystemExit(f"isaf_answers: {name}: not a stored answers file "
                                     f"({exc})") from None
            for line in moves(*runs):
                print(line)
    except LLMExtractError as exc:
        raise SystemExit(f"isaf_answers: {exc}") from None


if __name__ == "__main__":
    main()
