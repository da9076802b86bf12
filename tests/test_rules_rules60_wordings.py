"""Wordings the misses of blind51 showed (issue 14, the tenth session's fresh set): each
written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_a_ministry_statement_fronted_by_its_day_is_another_partys_toll() -> None:
    # "In a statement released yesterday the Afghan Ministry of Defense said": no comma after
    # the fronted statement; the ministry speaks, and its larger toll of the same fight is its
    # account, not added to the release's own
    body = ("Afghan soldiers, with coalition advisers in support, killed four insurgents "
            "Sunday during a clearing operation in the Almar district of Faryab province.\n\n"
            "In a statement released yesterday the Afghan Ministry of Defense said 11 "
            "insurgents had been killed in the operation.")
    assert answer(body).killed == 4
    issued = body.replace("released yesterday", "issued on Monday")
    assert answer(issued).killed == 4


def test_a_statement_fronted_by_its_day_in_the_releases_voice_still_counts() -> None:
    # negatives: the release's own statement so fronted, or a ministry's toll when the release
    # counts none of that side itself, still count
    own = ("Coalition forces killed two insurgents Sunday in the Almar district of Faryab "
           "province.\n\nIn a statement released yesterday ISAF said three more insurgents had "
           "been killed in a second engagement nearby.")
    assert answer(own).killed == 5
    alone = ("Afghan soldiers cleared three villages Sunday in the Almar district of Faryab "
             "province.\n\nIn a statement released yesterday the Afghan Ministry of Defense "
             "said 11 insurgents had been killed in the operation.")
    assert answer(alone).killed == 11


def test_others_of_his_kind_after_a_clause_about_the_man_are_more_dead() -> None:
    # "killing an insurgent facilitator who moved foreign fighters into the province and one
    # other insurgent": no comma closes the clause, "other" says the one after it died too
    body = ("Coalition forces conducted a precision air strike in the Dara-ye Nur district of "
            "Nangarhar province Sunday, killing an insurgent weapons facilitator who smuggled "
            "rockets into the province and one other insurgent.")
    assert answer(body).killed == 2
    responsible = ("An Afghan and coalition security force killed a Taliban leader responsible "
                   "for attacks on the district centre and two other insurgents Sunday in the "
                   "Dara-ye Nur district of Nangarhar province.")
    assert answer(responsible).killed == 3


def test_people_the_clause_itself_names_or_another_verb_takes_are_not_added() -> None:
    # negatives: the men the clause names as its own object, or those another verb takes
    worked = ("An Afghan and coalition security force killed a Taliban leader who worked with "
              "two other insurgents Sunday in the Dara-ye Nur district of Nangarhar province.")
    assert answer(worked).killed == 1
    detained = ("An Afghan and coalition security force killed a Taliban leader who commanded "
                "fighters in Dara-ye Nur district and detained two other insurgents Sunday.")
    assert answer(detained).killed == 1


def test_a_counted_head_set_off_from_had_also_died_keeps_its_count() -> None:
    # "The governor's office later said three civilians, members of a family herding goats
    # nearby, had also died": the count is the head's, the apposition says who they were, and
    # "had also" belongs to the verb
    body = ("ISAF regrets that civilians appear to have been killed during a coalition air "
            "strike in the Sabari district of Khost province Thursday.\n\nA patrol under fire "
            "from a ridge requested an air strike, which killed three insurgents. Provincial "
            "officials later said two civilians, a shepherd and his nephew, had also died.")
    assert answer(body).killed == 5
    plain = body.replace("had also died", "also died")
    assert answer(plain).killed == 5


def test_a_set_off_head_without_a_count_is_not_given_the_appositions() -> None:
    # negative: a head told without a number is not counted by a number inside its apposition
    # ("members of a family of five"): the same answer as with no apposition at all
    body = ("A patrol under fire from a ridge in the Sabari district of Khost province "
            "requested an air strike Thursday, which killed three insurgents. Provincial "
            "officials later said civilians, members of a family of five, had also died.")
    bare = body.replace(", members of a family of five,", "")
    assert answer(body).killed == answer(bare).killed != 8


def test_no_strike_by_either_of_two_forces_named_is_no_strike() -> None:
    # "No ISAF or coalition aircraft dropped a weapon": the denial names two forces before the
    # aircraft; a refutation, not a strike the release reports
    body = ("Taliban claims that coalition jets bombed a village in the Gulistan district "
            "of Farah province, killing 14 civilians, are false, an ISAF spokesman said "
            "today.\n\n\"No ISAF or Afghan aircraft dropped a weapon in Farah province this "
            "week,\" the spokesman said.")
    assert answer(body).airstrike is False
    fired = ("\"No coalition or Afghan aircraft fired on any target in the Gulistan district "
             "of Farah province this week,\" an ISAF spokesman said today.")
    assert answer(fired).airstrike is False


def test_a_strike_after_no_of_two_other_forces_is_still_a_strike() -> None:
    # negative: "no ... or ..." about ground troops, then the strike the release reports
    body = ("With no Afghan or coalition ground forces nearby, coalition aircraft struck a "
            "group of insurgents in the Gulistan district of Farah province Sunday, killing "
            "three.")
    assert answer(body).airstrike is True


def test_a_serial_release_number_gives_a_yearless_dateline_its_year() -> None:
    # "ISAF PR 2009-0605" above "KABUL, Afghanistan (Oct. 5)": the 2009 headquarters numbering
    # gives the year and a serial, no month; the text names no other year
    text = ("Afghan soldiers repel attack on Gayan outpost\nISAF PR 2009-0713\n\nKABUL, "
            "Afghanistan (Nov. 4) - Several insurgents were killed Monday night when they "
            "attacked an outpost in the Gayan district of Paktika province.")
    assert read(text, published=None)[0].start_date == dt.date(2009, 11, 2)
    below = ("KABUL, Afghanistan (Nov. 4)\nPRESS RELEASE #2009-713\n\nAfghan and ISAF forces "
             "detained two suspected insurgents in the Gayan district of Paktika province "
             "today.")
    assert read(below, published=None)[0].start_date == dt.date(2009, 11, 4)
    numbered = ("Release 2009-0713 ... KABUL, Afghanistan (Nov. 4) - Afghan and ISAF forces "
                "detained two suspected insurgents in the Gayan district of Paktika province "
                "today.")
    assert read(numbered, published=None)[0].start_date == dt.date(2009, 11, 4)


def test_a_span_of_years_after_release_is_no_serial_number() -> None:
    # negative: a span of years after "release" ("2009-2010") gives no release's year
    text = ("KABUL, Afghanistan (Nov. 4) - Afghan and ISAF forces detained two suspected "
            "insurgents in the Gayan district of Paktika province today, the release 2009-2010 "
            "plan said.")
    assert read(text, published=None)[0].start_date is None


def test_a_date_in_a_set_off_whose_clause_is_not_the_detentions() -> None:
    # "detained a Taliban leader, whose predecessor was killed in an air strike in March, in
    # ... yesterday": the month is the clause's, the detention is yesterday's
    body = ("Afghan and coalition forces detained a Taliban bomb maker, whose brother was "
            "killed in a coalition air strike in March, in the Garmsir district of Helmand "
            "province yesterday.")
    result = answer(body)
    assert result.start_date == dt.date(2011, 6, 13)
    assert result.airstrike is False


def test_the_detentions_own_day_before_a_whose_clause_still_dates_it() -> None:
    # negative: the day told in the detention's own clause, before the set-off clause, stays
    body = ("Afghan and coalition forces detained a Taliban bomb maker in the Garmsir district "
            "of Helmand province yesterday, whose brother was killed in a coalition air strike "
            "in March.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_ranked_soldiers_death_and_the_attackers_told_after_are_two_tolls() -> None:
    # "Sgt. Thomas Reyes was killed ... The two insurgents who attacked the patrol were killed":
    # the soldier's toll has no number, but it is his side's, not the attackers' told again
    body = ("Spc. Mark Ellis was killed Thursday when insurgents attacked his patrol in the "
            "Garmsir district of Helmand province. Three insurgents who fired on the patrol "
            "were killed when the Marines returned fire.")
    assert answer(body).killed == 3
    lance = body.replace("Spc. Mark Ellis", "Lance Corporal Peter Hughes, a rifleman,")
    assert answer(lance).killed == 3


def test_an_uncounted_toll_of_the_other_side_is_still_told_again_by_its_number() -> None:
    # negative: "Insurgents were killed ... Three insurgents were killed" is one toll of three
    body = ("Insurgents attacked a patrol in the Garmsir district of Helmand province Thursday. "
            "Several insurgents were killed when the Marines returned fire. Three insurgents "
            "were killed in all, the patrol reported.")
    assert answer(body).killed == 3


def test_a_report_whose_that_clause_is_set_off_or_a_statement_called_false_is_refuted() -> None:
    # "The Taliban's account, that a NATO drone killed nine mourners ..., is untrue", "A Taliban
    # statement that coalition jets bombed a village ..., killing 14 civilians, is false": no
    # strike and no toll of the release's
    account = ("The insurgents' account, that a coalition drone killed seven shepherds near a "
               "well in the Bakwa district of Farah province, is untrue, an ISAF spokesman said "
               "today.")
    result = answer(account)
    assert (result.killed, result.airstrike) == (0, False)
    statement = ("A Taliban statement that coalition jets bombed a wedding in the Bakwa district "
                 "of Farah province, killing 16 guests, is false, an ISAF spokesman said today.")
    result = answer(statement)
    assert (result.killed, result.airstrike) == (0, False)


def test_a_statement_that_tells_a_strike_not_called_false_still_tells_it() -> None:
    # negative: the release's own statement of a strike, with no word calling it false
    body = ("ISAF issued a statement that coalition aircraft struck a group of insurgents in the "
            "Bakwa district of Farah province yesterday, killing four.")
    result = answer(body)
    assert (result.killed, result.airstrike) == (4, True)
