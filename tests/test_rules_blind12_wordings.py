"""Wordings the twelfth blind set (``evals/isaf_blind/blind12.jsonl``: about half in British,
Task Force Helmand press style) showed the rules misread. Each probe is written anew in the
releases' style, not copied from that set, with negatives against the false positives a looser
rule would make."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import read

_UPDATE = ("ISAF Joint Command Morning Operational Update June 14, 2011\n"
           "ISAF Joint Command - Afghanistan 2011-06-S-052 For Immediate Release\n"
           "KABUL, Afghanistan (June 14, 2011) – ")
_JUNE14 = dt.date(2011, 6, 14)


def test_a_placed_clause_beside_an_updates_roundup_is_the_rows_toll() -> None:
    # the lede sums the day's operations, then a "while"/"whilst" clause tells one strike in
    # a named place: that clause's toll is the row's, not the roundup's
    for joint in (", while", ", whilst", ";"):
        text = (_UPDATE + "Afghan and coalition forces detained nine suspected insurgents "
                "during operations in Afghanistan today" + joint + " a coalition air strike "
                "killed three insurgents in Kandahar.\nIn Zharey district, Kandahar province, "
                "a coalition aircraft engaged three insurgents planting a bomb beside a road "
                "used by Afghan National Police patrols.")
        assert read(text, _JUNE14)[0].killed == 3, joint
    # negative: the roundup's own toll, in the same sentence as no placed clause, stays the
    # lede's (the row is its paragraph's detention)
    text = (_UPDATE + "Afghan and coalition forces killed four insurgents and detained nine "
            "during operations in Afghanistan today, while searching compounds for weapons.\n"
            "In Zharey district, Kandahar province, a combined force detained two suspected "
            "insurgents.")
    assert read(text, _JUNE14)[0].killed == 0
