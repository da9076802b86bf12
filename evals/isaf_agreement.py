"""How often a second labeller agrees with a blind set's writer, and the rules with each.

Run: ``.venv/bin/python evals/isaf_agreement.py ANSWERS.json SECOND.jsonl ...``, where
ANSWERS.json is a run of ``evals/isaf_answers.py`` over the sets (it holds the writer's labels
and the rules' answers) and each SECOND.jsonl holds a second labeller's answers to the same
releases (``evals/isaf_blind/second/``: one line per release, ``id``, ``min_killed``,
``airstrike``, ``province``, ``start_date``), written from the texts and the documented
conventions alone, without the first labels.

Why: a target such as killed exact 0.977 means something only if two careful readers of the
conventions agree more often than that; where they disagree, no rule can be right for both.
Aggregates only, so held-out sets can be measured without being read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from llmextract.evaluation.isaf import province_label

FIELDS = ("killed", "airstrike", "province", "start_date")


def second_answers(path: Path) -> dict[str, dict[str, Any]]:
    """A second labeller's answers by release id, in the answers file's vocabulary."""
    out: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise SystemExit(f"isaf_agreement: {path}: {error}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out[row["id"]] = {
                "killed": int(row["min_killed"]), "airstrike": bool(row["airstrike"]),
                "province": sorted(province_label(p.strip().replace(" ", "_"))
                                   for p in row["province"]),
                "start_date": str(row["start_date"])}
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"isaf_agreement: {path}:{number}: {error!r}") from None
    return out


def agreement(answers: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]]
              ) -> list[str]:
    """Per field: second labeller vs writer, rules vs writer, rules vs second labeller."""
    ids = [i for i in second if i in answers]
    missing = len(second) - len(ids)
    lines = [f"releases {len(ids)}" + (f" ({missing} not in the answers file)" if missing else "")]
    for field in FIELDS:
        pairs = [(answers[i]["label"][field], second[i][field], answers[i]["answer"][field])
                 for i in ids]
        both = sum(w == s for w, s, _ in pairs)
        rules_w = sum(r == w for w, _, r in pairs)
        rules_s = sum(r == s for _, s, r in pairs)
        agreed = [(w, r) for w, s, r in pairs if w == s]
        lines.append(f"{field:11s} second = writer {both / len(ids):.3f}  rules = writer "
                     f"{rules_w / len(ids):.3f}  rules = second {rules_s / len(ids):.3f}  "
                     f"rules right where both agree {sum(w == r for w, r in agreed)}/"
                     f"{len(agreed)}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", help="a run of evals/isaf_answers.py (JSON)")
    parser.add_argument("second", nargs="+", help="second labeller's files (JSON lines)")
    args = parser.parse_args(argv)
    try:
        answers = json.loads(Path(args.answers).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"isaf_agreement: {args.answers}: {error}") from None
    second: dict[str, dict[str, Any]] = {}
    for name in args.second:
        second.update(second_answers(Path(name)))
    if not any(i in answers for i in second):
        raise SystemExit("isaf_agreement: no release of the second labels is in the answers file")
    print("\n".join(agreement(answers, second)))


if __name__ == "__main__":
    main()
