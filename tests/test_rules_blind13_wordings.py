"""Wordings ``evals/isaf_blind/blind13.jsonl`` showed the rules misread once it was opened. Each
probe is written anew in the releases' style, not copied from the set."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, read


def test_a_correction_of_yesterdays_release_replaces_its_toll() -> None:
    body = ("In a release issued yesterday, ISAF reported that an Afghan and coalition security "
            "force killed six insurgents in Barmal district, Paktika province, Tuesday.\n"
            "After a review of the operation, the correct number of insurgents killed is four.")
    assert read(DATELINE + body)[0].killed == 4
    # a release that tells its own toll beside yesterday's is not correcting it
    body = ("Afghan and coalition forces killed two insurgents in Barmal district, Paktika "
            "province, today. In a separate operation reported yesterday, the force killed "
            "three insurgents in Gayan district.")
    assert read(DATELINE + body)[0].killed == 5


def test_a_denial_of_own_losses_does_not_deny_a_partys_toll_of_the_attackers() -> None:
    body = ("A Taliban statement claiming that insurgents overran a police post in Kamdesh "
            "district, Nuristan province, and killed 17 policemen is untrue, ISAF said today. "
            "The defenders killed three of the attackers, according to the provincial police "
            "headquarters. No Afghan Local Police members were killed.")
    assert read(DATELINE + body)[0].killed == 3
    # a denial of the attackers' deaths still denies a party's toll of them
    body = ("Local elders said that coalition forces killed four insurgents in Kamdesh "
            "district, Nuristan province, yesterday. ISAF found no evidence that any insurgents "
            "were killed.")
    assert read(DATELINE + body)[0].killed == 0


def test_a_toll_of_an_earlier_strike_told_as_its_subject_is_history() -> None:
    body = ("Afghan commandos detained two suspected insurgents in Jalrez district, Wardak "
            "province, today during a search for a Taliban sub-commander, who took over his "
            "network after an earlier air strike killed its previous leader.")
    assert read(DATELINE + body)[0].killed == 0
    # the strike the release reports, told the same way, counts
    body = ("Afghan commandos called in an air strike in Jalrez district, Wardak province, "
            "today. The air strike killed two insurgents.")
    assert read(DATELINE + body)[0].killed == 2
