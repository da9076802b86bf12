"""evals/isaf_perturb.py: each rewrite says the same thing in other words, and the report runs."""

from __future__ import annotations

import runpy
from typing import Any

import pytest

MODULE: dict[str, Any] = runpy.run_path("evals/isaf_perturb.py")
REWRITES = MODULE["REWRITES"]
LEDE = ("KABUL, Afghanistan (Jan. 24, 2011) \u2013 An Afghan and coalition security force "
        "killed two insurgents and detained 3 suspected insurgents during an air strike in "
        "Nad-e Ali district, Helmand province, yesterday.\nCoalition forces said so today. The "
        "force said the security force killed one armed insurgent.")


@pytest.mark.parametrize(("name", "expected"), [
    ("numerals", "killed 2 insurgents"),
    ("number words", "detained three suspected"),
    ("militants", "killed two militants"),
    ("enemy fighters", "killed two enemy fighters"),
    ("weekday names", "Helmand province, on Sunday."),
    ("long month names", "(January 24, 2011)"),
    ("day-month dateline", "(24 January 2011)"),
    ("province spellings", "Hilmand province"),
    ("plain punctuation", "2011) - An"),
    ("blank lines", "yesterday.\n\nCoalition"),
    ("district of", "in the Nad-e Ali district of Helmand province"),
    ("passive toll", "said one armed insurgent was killed by the security force"),
    ("an for one", "an armed insurgent"),
    ("force names", "combined Afghan and ISAF force"),
    ("assault force", "coalition assault force"),
    ("airstrike spelling", "an airstrike in"),
    ("capitalised Province", "Helmand Province"),
])
def test_each_rewrite_changes_only_its_wording(name: str, expected: str) -> None:
    rewritten = REWRITES[name](LEDE)
    assert expected in rewritten
    assert expected not in LEDE


def test_a_passive_toll_keeps_its_count_and_case() -> None:
    passive = REWRITES["passive toll"]
    assert passive("The security force killed two insurgents.") == (
        "Two insurgents were killed by the security force.")
    assert passive("Later the assault force killed one armed insurgent.") == (
        "Later one armed insurgent was killed by the assault force.")


def test_dates_and_single_spaced_text_are_left_alone() -> None:
    assert REWRITES["number words"]("on June 12 the force") == "on June 12 the force"
    assert REWRITES["number words"]("on Jan. 12 the force") == "on Jan. 12 the force"
    assert REWRITES["no blank lines"]("a\nb") == "a\nb"
    assert REWRITES["no blank lines"]("a\n\nb") == "a\nb"


def test_the_report_counts_the_development_rows(capsys: pytest.CaptureFixture[str]) -> None:
    MODULE["main"](["--rows", "1-5"])
    out = capsys.readouterr().out
    assert "5 releases (rows 1-5)" in out
    assert out.splitlines()[-1].startswith("all")


def test_held_out_rows_are_never_listed(capsys: pytest.CaptureFixture[str]) -> None:
    MODULE["main"](["--rows", "139-142", "--show"])
    captured = capsys.readouterr()
    assert "--show ignored" in captured.err
    assert "isaf-" not in captured.out


def test_bad_rows_are_refused() -> None:
    with pytest.raises(SystemExit, match="outside 1-200"):
        MODULE["main"](["--rows", "0-300"])
