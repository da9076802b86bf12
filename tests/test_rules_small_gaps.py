"""Three small gaps of the rules backend and the ISAF reduction (issue 14): a possessive date
of any armed incident ("Sunday's operation"), recalled history that must not date a release
whose own toll is undated, and claimants named as officials or elders.

Every sentence here was written for these tests in the style of ISAF, coalition and Afghan
government press releases of 2009-2013 (none is copied from ``evals/external/isaf`` or the gold
set). The releases are dated Tuesday, June 14, 2011 (``tests/isaf_probes.py``). Each family
has probes the rules misread before the change and guards that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import isaf_probes

PLACE = "in Nad-e Ali district, Helmand province"


def day(n: int) -> dt.date:
    return dt.date(2011, 6, n)


# -- 1. a possessive date dates the incident it names -------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    (f"Sunday's operation {PLACE} killed two insurgents.", day(12)),
    (f"Sunday's clearing operation {PLACE} killed two insurgents.", day(12)),
    (f"Two insurgents were killed during Saturday's raid {PLACE}.", day(11)),
    (f"Two insurgents were killed in Saturday's ambush of a patrol {PLACE}.", day(11)),
    (f"Monday's engagement {PLACE} left two insurgents dead.", day(13)),
    (f"Two insurgents were killed in Sunday's firefight {PLACE}.", day(12)),
    (f"Two insurgents were killed when Monday's patrol came under fire {PLACE}.", day(13)),
    # guard: the strike nouns already read
    (f"Sunday's air strike {PLACE} killed two insurgents.", day(12)),
])
def test_a_possessive_date_of_an_incident_dates_its_toll(body: str, expected: dt.date) -> None:
    result, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    [claim] = [c for c in claims if c.outcome == "killed"]
    assert claim.date.earliest == expected
    assert result.start_date == expected


@pytest.mark.parametrize("body", [
    f"Insurgents killed two civilians after Sunday's meeting {PLACE}.",
    f"Two civilians were killed {PLACE} ahead of Monday's elections.",
    f"Two civilians were killed {PLACE}, according to Sunday's report.",
    f"Two civilians were killed {PLACE}, Monday's statement said.",
])
def test_a_possessive_date_of_something_else_leaves_the_toll_undated(body: str) -> None:
    result, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    [claim] = [c for c in claims if c.outcome == "killed"]
    assert claim.date.precision == "unknown"
    assert result.start_date == day(14)  # nothing dated: the dateline's day


# -- 2. recalled history does not date a release whose incident is undated ----------------

LEDE = f"An Afghan and coalition security force killed two insurgents {PLACE}"


@pytest.mark.parametrize(("body", "expected"), [
    # the lede is undated and the only date is older history: the dateline's day
    (f"{LEDE}. The cell leader, captured June 2, had supplied weapons to the insurgents.",
     day(14)),
    (f"{LEDE}. The cell leader, captured June 2, had supplied weapons. A second suspect was "
     "detained May 28.", day(14)),
    (f"{LEDE}. Their commander was killed in a May 30 air strike in Nad-e Ali district.",
     day(14)),
    # guards: a lede dated itself keeps its date, however old
    (f"{LEDE}, June 2.", day(2)),
    (f"{LEDE} Sunday. The cell leader, captured June 2, had supplied weapons.", day(12)),
    # guard: a dated item within the week still dates the release
    (f"{LEDE}. A second suspect was detained Sunday {PLACE}.", day(12)),
])
def test_recalled_history_does_not_date_an_undated_incident(body: str,
                                                            expected: dt.date) -> None:
    assert isaf_probes.answer(body).start_date == expected


# -- 3. officials and elders who tell a toll are its claimant -----------------------------

TOLL = f"three civilians were killed {PLACE}"


@pytest.mark.parametrize(("body", "claimant"), [
    (f"Local officials said {TOLL}.", "Local officials"),
    (f"Officials said {TOLL}.", "Officials"),
    (f"Provincial officials reported that {TOLL}.", "Provincial officials"),
    (f"District officials told reporters {TOLL}.", "District officials"),
    (f"A spokesman for the provincial governor said {TOLL}.",
     "A spokesman for the provincial governor"),
    (f"Three civilians were killed {PLACE}, local officials said.", "local officials"),
    # guards: wordings already read
    (f"Village elders told the patrol {TOLL}.", "Village elders"),
    (f"The provincial police chief said {TOLL}.", "The provincial police chief"),
])
def test_officials_and_elders_who_tell_a_toll_claim_it(body: str, claimant: str) -> None:
    result, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    [claim] = claims
    assert (claim.claimant, claim.stance) == (claimant, "claimed")
    assert result.killed == 3


@pytest.mark.parametrize("body", [
    f"ISAF officials said {TOLL}.",
    f"Coalition officials said {TOLL}.",
    f"Military officials said {TOLL}.",
    f"A spokesman for ISAF said {TOLL}.",
    f"Afghan and coalition security forces said {TOLL}.",
    f"Three civilians were killed {PLACE}.",
])
def test_the_releases_own_voice_stays_its_own(body: str) -> None:
    result, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    [claim] = claims
    assert (claim.claimant, claim.stance) == (None, "asserted")
    assert result.killed == 3
