"""Wordings the eighth blind set (``evals/isaf_blind/blind8.jsonl``) showed the rules misread.
Each probe is written anew in the releases' style, not copied from that set, with negatives
against the false positives a looser rule would make."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read

_HERAT = "HERAT, Afghanistan (Oct. 5, 2011) - "
_OCT5 = dt.date(2011, 10, 5)


def test_a_regional_command_speaks_in_the_release_voice() -> None:
    # a release issued by a regional command names neither ISAF nor Kabul: its "said" is still
    # the release's own, so a denial of its own soldiers' deaths does not refute its toll
    text = (_HERAT + "Two insurgents were killed yesterday when they attacked a patrol base in "
            "Shindand district, Herat province, Regional Command West said today. There were "
            "no casualties among the Spanish or Afghan soldiers.")
    assert read(text, _OCT5)[0].killed == 2
    # negative: a toll another party gives stays that party's claim, refuted by the release
    other = (_HERAT + "Provincial police said two civilians were killed yesterday in Shindand "
             "district, Herat province. Regional Command West found no evidence of civilian "
             "casualties.")
    assert read(other, _OCT5)[0].killed == 0
