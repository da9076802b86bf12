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


def test_his_men_along_with_him_after_his_apposition() -> None:
    for name in ("Qari Nasrullah", "Qari Zia ul-Rahman"):
        body = (f"A precision air strike in Andar district, Ghazni province, on Sunday killed "
                f"{name}, a Taliban commander who directed attacks along Highway 1, along with "
                "two of his associates.")
        result, claims = read(DATELINE + body)
        assert result.killed == 3, name
        assert [c.count.min for c in claims if c.outcome == "killed"] == [3], name
    # his men told with a verb of their own are not killed with him
    body = ("A precision air strike in Andar district, Ghazni province, on Sunday killed Qari "
            "Nasrullah, a Taliban commander, along with whom two of his associates were "
            "travelling.")
    assert read(DATELINE + body)[0].killed == 1


def test_a_with_inside_a_relative_clause_of_the_dead() -> None:
    body = ("Afghan commandos detained a Taliban commander in Nerkh district, Wardak province, "
            "last night, in an operation during which three insurgents who fled toward a ridge "
            "with rifles were shot and killed.")
    result, claims = read(DATELINE + body)
    assert result.killed == 3
    assert [c.count.min for c in claims if c.outcome == "killed"] == [3]
    # a clause with "with" and no people before it stays cut
    body = ("The patrol searched a compound in Nerkh district, Wardak province, last night; "
            "a cache with rifles was destroyed, and two insurgents were killed.")
    assert read(DATELINE + body)[0].killed == 2


def test_a_wound_recalled_in_a_set_off_clause_is_no_strike_of_the_release() -> None:
    body = ("An Afghan-led force detained a Taliban leader in Waygal district, Nuristan "
            "province, today. The leader, who was wounded in an air strike last year, commands "
            "about 40 fighters.")
    assert not read(DATELINE + body)[0].airstrike
    body = ("A coalition air strike wounded a Taliban leader in Waygal district, Nuristan "
            "province, today.")
    assert read(DATELINE + body)[0].airstrike


def test_reports_in_the_media_called_incorrect() -> None:
    body = ("Reports in the media that a coalition air strike hit a house in Tagab district, "
            "Kapisa province, yesterday are incorrect. An explosive device the insurgents were "
            "building detonated, killing two of them.")
    assert not read(DATELINE + body)[0].airstrike
    body = ("ISAF is aware of reports in the media that a coalition air strike hit a compound "
            "in Tagab district, Kapisa province, yesterday. The strike killed two insurgents.")
    assert read(DATELINE + body)[0].airstrike


def test_new_years_day_and_eve() -> None:
    import datetime as dt

    from llmextract.normalize.dates import find_dates

    found = find_dates("killed both men on New Year's Day", dt.date(2013, 1, 2))
    assert [m.range.earliest for m in found] == [dt.date(2013, 1, 1)]
    found = find_dates("detained him on New Year’s Eve", dt.date(2013, 1, 2))
    assert [m.range.earliest for m in found] == [dt.date(2012, 12, 31)]
    assert find_dates("as the new year began", dt.date(2013, 1, 2)) == []


def test_an_operation_of_n_days_qualified_before_its_end() -> None:
    text = ("KABUL, Afghanistan (April 24, 2013) - Afghan forces cleared insurgents from the Jurm "
            "valley in Badakhshan province after a four-day operation planned and led by the "
            "Afghan forces that ended today. Six insurgents were killed.")
    assert str(read(text, published=None)[0].start_date) == "2013-04-21"
    text = ("KUNDUZ, Afghanistan (Oct. 13, 2010) - Afghan soldiers killed five insurgents during "
            "a three-day operation in Dahana-ye Ghori district, Baghlan province, which ended "
            "Tuesday.")
    assert str(read(text, published=None)[0].start_date) == "2010-10-10"
    # a clause with no number of days leaves the day the text names
    text = ("KABUL, Afghanistan (April 24, 2013) - Afghan forces cleared insurgents from the Jurm "
            "valley in Badakhshan province after an operation planned and led by the Afghan "
            "forces that ended today. Six insurgents were killed.")
    assert str(read(text, published=None)[0].start_date) == "2013-04-24"


def test_a_day_between_the_verb_and_its_object() -> None:
    _, claims = read(DATELINE + "Afghan police in Andar district, Ghazni province, detained on "
                     "Sunday a Taliban fighter who is believed to have planted roadside bombs.")
    assert [(c.outcome, c.count.min) for c in claims] == [("captured", 1)]
    result, claims = read(DATELINE + "The patrol killed overnight three insurgents in Andar "
                          "district, Ghazni province.")
    assert result.killed == 3
    # a day followed by no people is no object
    _, claims = read(DATELINE + "Afghan police in Andar district, Ghazni province, detained on "
                     "Sunday the vehicle and its cargo.")
    assert claims == []


def test_a_long_subject_with_an_inner_and_killed_along_with_another() -> None:
    body = ("A Haqqani leader who organised the smuggling of fighters and explosives through the "
            "Zadran valley, Mawlawi Sabir, was killed along with another armed insurgent in "
            "Gardez district, Paktiya province, on Saturday night.")
    result, claims = read(DATELINE + body)
    assert result.killed == 2
    assert [c.count.min for c in claims if c.outcome == "killed"] == [2]
    # a subject with no relative clause keeps its own cut at "and"
    body = ("The force searched the compound and two insurgents were killed in Gardez "
            "district, Paktiya province, on Saturday night.")
    assert read(DATELINE + body)[0].killed == 2


def test_an_aside_inside_a_list_of_the_dead() -> None:
    body = ("An air strike called in by a patrol in Giro district, Ghazni province, yesterday "
            "killed two insurgents and, it now appears, three civilians who were in the "
            "compound.")
    assert read(DATELINE + body)[0].killed == 5
    # a comma that ends the toll still ends it
    body = ("An air strike in Giro district, Ghazni province, yesterday killed two insurgents, "
            "the patrol said, and three others were detained.")
    assert read(DATELINE + body)[0].killed == 2
