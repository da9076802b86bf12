"""How brittle the rules backend is: ISAF releases rewritten without changing their meaning.

Run: ``.venv/bin/python evals/isaf_perturb.py [--rows 1-140] [--show]``

The held-out dev rows say how well the rules carry over to releases they were not developed
on, but 60 releases say little about the wordings that unseen releases use and the dev slice
lacks. This asks a narrower question that needs no new labels: when a release says the same
thing in other words (numerals for number words, "militants" for "insurgents", a weekday for
"yesterday", another transliteration of the province, a plain hyphen for a dash), does the
reduction's answer stay the same? Every rewrite keeps the labels true, so an answer that
changes is a wording the rules read in one form and not the other.

For each rewrite it prints how many releases it changed, and of those how many answers moved
(any of killed, airstrike, province, start date), split into right -> wrong and wrong -> right
against the labels. ``--show`` lists the moved releases of the development rows (never the
held-out ones: their texts are not to be read). The development rows (1-140) are the default;
``--rows 141-200`` gives the held-out rows' counts only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from llmextract.backends.rules import extract
from llmextract.errors import LLMExtractError
from llmextract.evaluation.isaf import (
    IsafAnswer,
    IsafRelease,
    derive,
    load_isaf,
    province_label,
    year_less_day,
)
from llmextract.normalize.dates import anchor_from_dateline
from llmextract.schema import ArticleRef, Extraction, Provenance

ROOT = Path(__file__).resolve().parent
RELEASES = ROOT / "external" / "isaf" / "dev.jsonl"
DEVELOPMENT_ROWS = 140

_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen", "twenty")
_WORD_VALUE = {word: str(i) for i, word in enumerate(_NUMBER_WORDS, start=2)}
_VALUE_WORD = {value: word for word, value in _WORD_VALUE.items()}
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_SHORT_MONTH = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
                "Aug": "August", "Sept": "September", "Sep": "September", "Oct": "October",
                "Nov": "November", "Dec": "December"}
# Each pair is two common English transliterations of one province.
_PROVINCE_SPELLINGS = {"Paktiya": "Paktia", "Uruzgan": "Oruzgan", "Nangarhar": "Ningrahar",
                       "Wardak": "Wardag", "Kunar": "Konar", "Khost": "Khowst", "Zabul": "Zabol",
                       "Herat": "Hirat", "Helmand": "Hilmand", "Jowzjan": "Jawzjan",
                       "Kandahar": "Qandahar", "Daykundi": "Daikundi", "Nimroz": "Nimruz"}
_DATELINE = re.compile(r"\((?P<m>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2}), (?P<y>\d{4})\)")


def _numerals(text: str) -> str:
    """"two insurgents" -> "2 insurgents" (a number word before a lower-case word)."""
    pattern = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?= [a-z])", re.IGNORECASE)
    return pattern.sub(lambda m: _WORD_VALUE[m.group(1).lower()], text)


def _number_words(text: str) -> str:
    """"2 insurgents" -> "two insurgents" (a small numeral before a lower-case word that is not
    part of a date)."""
    months = "|".join([*_MONTH_NAMES, *_SHORT_MONTH])
    pattern = re.compile(r"(?<![\d,.])\b([2-9]|1\d|20)\b(?= [a-z])")
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        if re.search(r"(?:" + months + r")\.? ?$", text[max(0, m.start() - 12):m.start()]):
            continue  # "June 12 the ...": a date
        out.append(text[last:m.start()])
        out.append(_VALUE_WORD[m.group(1)])
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _militants(text: str) -> str:
    return re.sub(r"\b([Ii])nsurgent(s?)\b",
                  lambda m: ("M" if m.group(1) == "I" else "m") + "ilitant" + m.group(2), text)


def _weekday(text: str) -> str:
    """"yesterday" / "today" -> the weekday they name, counted from the dateline."""
    day = anchor_from_dateline(text, None)
    if day is None:
        return text
    def name(d: dt.date) -> str:
        return d.strftime("%A")
    text = re.sub(r"\byesterday\b", "on " + name(day - dt.timedelta(days=1)), text)
    return re.sub(r"\btoday\b", "on " + name(day), text)


def _long_months(text: str) -> str:
    """"Jan. 24" -> "January 24"."""
    return re.sub(r"\b(" + "|".join(_SHORT_MONTH) + r")\.(?= \d)",
                  lambda m: _SHORT_MONTH[m.group(1)], text)


def _day_month(text: str) -> str:
    """The dateline "(Jan. 24, 2011)" -> "(24 January 2011)"."""
    def swap(m: re.Match[str]) -> str:
        month = _SHORT_MONTH.get(m.group("m"), m.group("m"))
        if month not in _MONTH_NAMES:
            return m.group(0)
        return f"({int(m.group('d'))} {month} {m.group('y')})"
    return _DATELINE.sub(swap, text, count=1)


def _provinces(text: str) -> str:
    pattern = re.compile(r"\b(" + "|".join(_PROVINCE_SPELLINGS) + r")\b")
    return pattern.sub(lambda m: _PROVINCE_SPELLINGS[m.group(1)], text)


def _plain_punctuation(text: str) -> str:
    table = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'",
                           "\u201c": '"', "\u201d": '"', "\u00a0": " "})
    return text.translate(table)


def _blank_lines(text: str) -> str:
    """Every line break a paragraph break (some copies of a release double-space it)."""
    return re.sub(r"[ \t]*\n\s*", "\n\n", text)


def _no_blank_lines(text: str) -> str:
    """Paragraphs separated by a single line break (others single-space it)."""
    return re.sub(r"[ \t]*\n\s*", "\n", text)


def _force_names(text: str) -> str:
    text = re.sub(r"\bAfghan and coalition security force\b", "combined Afghan and ISAF force",
                  text)
    return re.sub(r"\bcoalition forces\b", "ISAF forces", text)


def _fighters(text: str) -> str:
    return re.sub(r"\b([Ii])nsurgent fighters\b|\b([Ii])nsurgents\b",
                  lambda m: "Taliban fighters" if (m.group(1) or m.group(2)).isupper()
                  else "enemy fighters", text)


def _airstrike_spelling(text: str) -> str:
    """"air strike" <-> "airstrike" (both spellings are common)."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if " " in word or "-" in word:
            return word[0] + "irstrike" + m.group(2)
        return word[0] + "ir strike" + m.group(2)
    return re.sub(r"\b([Aa])ir[ -]?strike(s?)\b", swap, text)


def _capitals(text: str) -> str:
    """"Helmand province" -> "Helmand Province", "Sangin district" -> "Sangin District"."""
    return re.sub(r"\b([A-Z][\w'-]*) (province|district)\b",
                  lambda m: m.group(1) + " " + m.group(2).capitalize(), text)


def _assault_force(text: str) -> str:
    return re.sub(r"\bsecurity force\b", "assault force", text)


def _district_of(text: str) -> str:
    """"in Sangin district, Helmand province" -> "in the Sangin district of Helmand province"."""
    name = r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)"
    return re.sub(r"\bin " + name + " district, " + name + r" province\b",
                  r"in the \1 district of \2 province", text)


def _passive_toll(text: str) -> str:
    """"the security force killed two insurgents" -> "two insurgents were killed by the security
    force" ("An Afghan and coalition security force", "coalition forces" likewise)."""
    def swap(m: re.Match[str]) -> str:
        force = m.group("f")
        victims = m.group("n") + " " + m.group("v")
        if force[0].isupper() and force.split()[0] in ("The", "A", "An", "Coalition"):
            victims = victims[0].upper() + victims[1:]
            force = force[0].lower() + force[1:]
        verb = "was" if m.group("n").lower() in ("one", "an", "a") else "were"
        return f"{victims} {verb} killed by {force}"
    return re.sub(r"\b(?P<f>(?:[Tt]he|[Aa]n?) (?:(?:Afghan|and|coalition|Afghan-international"
                  r"|Afghan-led|combined|joint|partnered) ){0,4}(?:security|assault) forces?"
                  r"|(?:Afghan and )?[Cc]oalition (?:security )?forces?) killed (?P<n>"
                  + "|".join(("one", "an", "a", *_NUMBER_WORDS, r"\d+"))
                  + r") (?P<v>(?:armed )?(?:insurgents?|militants?|Taliban fighters?))", swap,
                  text)


def _an_for_one(text: str) -> str:
    """"killed one insurgent" -> "killed an insurgent"."""
    return re.sub(r"\bone (armed )?insurgent\b",
                  lambda m: ("an armed " if m.group(1) else "an ") + "insurgent", text)


REWRITES: dict[str, Callable[[str], str]] = {
    "numerals": _numerals,
    "number words": _number_words,
    "militants": _militants,
    "enemy fighters": _fighters,
    "weekday names": _weekday,
    "long month names": _long_months,
    "day-month dateline": _day_month,
    "province spellings": _provinces,
    "plain punctuation": _plain_punctuation,
    "blank lines": _blank_lines,
    "no blank lines": _no_blank_lines,
    "district of": _district_of,
    "passive toll": _passive_toll,
    "an for one": _an_for_one,
    "force names": _force_names,
    "assault force": _assault_force,
    "airstrike spelling": _airstrike_spelling,
    "capitalised Province": _capitals,
}


@dataclass
class Tally:
    changed: int = 0
    moved: int = 0
    worse: int = 0
    better: int = 0


def answer(text: str) -> IsafAnswer:
    published = year_less_day(text)  # as the ISAF task extracts a release
    events, claims = extract(text, published)
    result = Extraction(article=ArticleRef.of(text, published=published), events=events,
                        claims=claims,
                        provenance=Provenance(backend="rules", grounding_version="1"))
    return derive(result, text)


def right(release: IsafRelease, answer: IsafAnswer, field: str) -> bool:
    labels = release.labels
    if field == "killed":
        return answer.killed == labels.min_killed
    if field == "airstrike":
        return answer.airstrike == labels.airstrike
    if field == "provinces":
        return ({province_label(p) for p in answer.provinces}
                == {province_label(p) for p in labels.province})
    return answer.start_date == labels.start_date


FIELDS = ("killed", "airstrike", "provinces", "start_date")


def rows(spec: str, total: int) -> range:
    first, _, last = spec.partition("-")
    try:
        lo, hi = int(first), int(last or first)
    except ValueError:
        raise SystemExit(f"isaf_perturb: --rows {spec!r}: expected FIRST-LAST, e.g. 1-140"
                         ) from None
    if not 1 <= lo <= hi <= total:
        raise SystemExit(f"isaf_perturb: --rows {spec!r}: outside 1-{total}")
    return range(lo - 1, hi)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default=f"1-{DEVELOPMENT_ROWS}")
    parser.add_argument("--show", action="store_true",
                        help="list the moved releases (development rows only)")
    args = parser.parse_args(argv)
    try:
        releases = load_isaf(RELEASES)
    except LLMExtractError as exc:
        raise SystemExit(f"isaf_perturb: {exc}") from None
    chosen = [releases[i] for i in rows(args.rows, len(releases))]
    show = args.show and all(i < DEVELOPMENT_ROWS for i in rows(args.rows, len(releases)))
    if args.show and not show:
        print("--show ignored: the rows include held-out releases", file=sys.stderr)
    base = {r.id: answer(r.text) for r in chosen}
    print(f"{len(chosen)} releases (rows {args.rows})\n")
    print(f"{'rewrite':<20} {'changed':>7} {'moved':>6} {'worse':>6} {'better':>6}")
    totals = Tally()
    for name, rewrite in REWRITES.items():
        tally = Tally()
        for release in chosen:
            text = rewrite(release.text)
            if text == release.text:
                continue
            tally.changed += 1
            after = answer(text)
            before = base[release.id]
            moved = [f for f in FIELDS if getattr(before, f) != getattr(after, f)]
            if not moved:
                continue
            tally.moved += 1
            tally.worse += any(right(release, before, f) and not right(release, after, f)
                               for f in moved)
            tally.better += any(not right(release, before, f) and right(release, after, f)
                                for f in moved)
            if show:
                detail = ", ".join(f"{f} {getattr(before, f)} -> {getattr(after, f)}"
                                   for f in moved)
                print(f"    {name}: {release.id}: {detail}")
        for key in ("changed", "moved", "worse", "better"):
            setattr(totals, key, getattr(totals, key) + getattr(tally, key))
        print(f"{name:<20} {tally.changed:>7} {tally.moved:>6} {tally.worse:>6} {tally.better:>6}")
    share = totals.moved / totals.changed if totals.changed else 0.0
    print(f"{'all':<20} {totals.changed:>7} {totals.moved:>6} {totals.worse:>6} "
          f"{totals.better:>6}   moved {share:.3f} of the rewritten releases")


if __name__ == "__main__":
    main()
