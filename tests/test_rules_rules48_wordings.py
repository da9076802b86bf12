"""Wordings whole releases written blind (rules48's probe batches: statements, allegations,
refutations and other parties' claims) showed the rules misread. Each probe is written anew in
the releases' style, with negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_no_truth_to_claims_of_a_strike_refutes_the_strike() -> None:
    body = ("There is no truth to Taliban claims that coalition jets bombed a school in Nerkh "
            "district, Wardak province, on Sunday, ISAF said. A patrol killed one insurgent "
            "who fired on it near the school.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 1
    body = ("There is no basis to reports that an ISAF air strike killed civilians in Zurmat "
            "district, Paktiya province, yesterday.")
    assert answer(body).airstrike is False
    # a strike the release tells in its own voice beside a claim it calls untrue stands
    body = ("A coalition air strike killed two insurgents in Nerkh district, Wardak province, "
            "on Sunday. There is no truth to claims that civilians were hurt.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 2


def test_a_remotely_piloted_aircraft_that_struck_is_a_strike_beside_a_refuted_drone() -> None:
    body = ("Claims that a coalition drone struck a wedding in Tani district, Khost province, "
            "are false. On Sunday, a coalition remotely piloted aircraft struck two insurgents "
            "who were burying a bomb outside the village, killing both.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 2
    # ... but one that only watched is no strike beside the refuted one
    body = ("Claims that a coalition drone struck a wedding in Tani district, Khost province, "
            "are false. On Sunday, a coalition remotely piloted aircraft watched two men "
            "burying a bomb outside the village; a patrol detained both.")
    assert answer(body).airstrike is False


_WRONG_DAY = ("CORRECTION: Insurgents Killed in Nad-e Ali\n\nKABUL, Afghanistan (Nov. 19, 2011)"
              " - A release issued Thursday incorrectly reported that an Afghan and coalition "
              "operation in Nad-e Ali district, Helmand province, took place Wednesday. The "
              "operation took place Tuesday.\n\nDuring the operation, the security force "
              "killed two insurgents.")


def test_the_day_a_correction_calls_wrong_dates_nothing() -> None:
    got = read(_WRONG_DAY, dt.date(2011, 11, 19))[0]
    assert got.start_date == dt.date(2011, 11, 15)
    assert got.killed == 2
    # the day of a wrongly told toll stands when the correction gives no other day
    text = ("KABUL, Afghanistan (Nov. 19, 2011) - A release issued Thursday incorrectly "
            "reported that five insurgents were killed in Nad-e Ali district, Helmand province, "
            "Wednesday. Two insurgents were killed in the operation.")
    got = read(text, dt.date(2011, 11, 19))[0]
    assert got.start_date == dt.date(2011, 11, 16)
    assert got.killed == 2


def test_aircraft_that_did_not_fire_refute_a_strike_others_blamed() -> None:
    body = ("A joint investigation found that two civilians killed in Dand-e Patan district, "
            "Paktiya province, on Sunday were hit by Afghan Border Police fire. Some residents "
            "had blamed a coalition air strike for the deaths. Coalition aircraft were overhead "
            "during the clash but did not fire.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 2
    # a strike the release tells itself stands beside aircraft that held fire elsewhere
    body = ("A coalition air strike killed three insurgents in Dand-e Patan district, Paktiya "
            "province, on Sunday. Helicopters escorting the patrol did not fire.")
    assert answer(body).airstrike is True


def test_a_ranked_spokesman_after_a_quote_speaks_for_the_release() -> None:
    body = ("Officials responded today to reports that civilians were killed in Pashtun Kot "
            "district, Faryab province, yesterday. \"Our forces killed five insurgents who were "
            "firing on a patrol, and nothing shows that any civilian was harmed,\" said Lt. Col. "
            "Anja Berger, a Regional Command (North) spokeswoman.")
    got = answer(body)
    assert got.killed == 5
    assert got.start_date == dt.date(2011, 6, 13)
    # a governor named by his abbreviated title after a quote is another party still
    body = ("ISAF is investigating an engagement in Pashtun Kot district, Faryab province, "
            "yesterday. \"The Taliban lost 12 fighters,\" said Faryab Gov. Abdul Haq Sharar. "
            "Afghan and coalition forces killed two insurgents in the engagement.")
    assert answer(body).killed == 2


def test_the_day_a_release_denies_a_report_is_not_the_incident_day() -> None:
    body = ("ISAF officials today denied that coalition aircraft bombed a house in Baraki Barak "
            "district, Logar province, on Sunday, as a local official told journalists. The "
            "coalition did not conduct any air operations in Baraki Barak that day.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 12)
    assert got.airstrike is False
    # a lede whose only day is today still dates the release by it
    body = ("ISAF officials today met elders in Baraki Barak district, Logar province, to "
            "discuss the security of the bazaar.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_an_inquirys_finding_set_off_between_two_objects_of_one_toll() -> None:
    body = ("The coalition air strike in Shindand district, Herat province, on Sunday killed "
            "five insurgents and, the joint investigation has found, three civilians who were in "
            "the same compound.")
    assert answer(body).killed == 8
    # a finding after the toll, not between its objects, adds nothing
    body = ("The coalition air strike in Shindand district, Herat province, on Sunday killed "
            "five insurgents, the joint investigation has found, and destroyed a truck.")
    assert answer(body).killed == 5


def test_a_risen_toll_replaces_what_an_earlier_release_reported() -> None:
    body = ("The number of insurgents killed in Sunday's engagement in Pul-e Alam district, "
            "Logar province, has risen to seven, Afghan and coalition officials confirmed "
            "today.\n\nAn earlier release reported that five insurgents were killed when a "
            "group attacked a combined patrol.")
    assert answer(body).killed == 7
    # an earlier release's figure that nothing replaces is the toll still
    body = ("An earlier release reported that five insurgents were killed when a group "
            "attacked a combined patrol in Pul-e Alam district, Logar province, on Sunday. "
            "Two of the dead were Taliban commanders.")
    assert answer(body).killed == 5


def test_no_information_to_support_a_claim_refutes_its_toll() -> None:
    body = ("ISAF has no information to support a Taliban claim that coalition forces killed "
            "12 civilians in Baraki Barak district, Logar province, on Sunday.")
    assert answer(body).killed == 0
    body = ("The Taliban claimed that fighters killed 12 Afghan soldiers in Baraki Barak "
            "district, Logar province, on Sunday. Afghan soldiers killed two insurgents there, "
            "the Afghan army said; ISAF has no information about the soldiers' deaths.")
    assert answer(body).killed == 2


def test_a_correction_adverb_ends_the_days_of_the_release_it_corrects() -> None:
    text = ("Correction: Attack in Khost City\n\nKABUL, Afghanistan (Jan. 17, 2013) - A release "
            "issued today incorrectly attributed yesterday's suicide attack in Khost city to the "
            "Taliban.\n\nThe suicide bomber killed six civilians.")
    got = read(text, dt.date(2013, 1, 17))[0]
    assert got.start_date == dt.date(2013, 1, 16)
    assert got.killed == 6


def test_a_strike_a_year_before_marked_so_is_history() -> None:
    body = ("One year after the air strike on two hijacked fuel tankers in Kunduz province, the "
            "ISAF commander today met families of those killed.")
    assert answer(body).airstrike is False
    body = ("On the anniversary of the air strike in Kunduz province, ISAF officials met "
            "families of those killed.")
    assert answer(body).airstrike is False
    # a strike a year-long operation made this week is no anniversary
    body = ("A coalition air strike killed two insurgents in Kunduz province yesterday, one "
            "year after the district was cleared.")
    assert answer(body).airstrike is True


_TWO_STRIKES = ("LASHKAR GAH, Afghanistan (Oct. 18, 2012) - Claims that a coalition air strike "
                "killed civilians in Musa Qal'ah district on Monday are untrue: no coalition "
                "aircraft fired in the district that day, officials said.\n\nOn Tuesday, "
                "coalition aircraft did strike three insurgents who were planting a bomb in Now "
                "Zad district, Helmand province, killing all three.")


def test_a_refuted_strikes_day_is_not_the_day_of_the_strike_made() -> None:
    got = read(_TWO_STRIKES, dt.date(2012, 10, 18))[0]
    assert got.start_date == dt.date(2012, 10, 16)
    assert got.killed == 3
    # a refuted toll of an operation that took place keeps the operation's day
    text = ("KABUL, Afghanistan (Jan. 23, 2012) - Allegations that an Afghan and coalition "
            "security force killed two brothers during an operation in Tagab district, Kapisa "
            "province, on Friday night are incorrect. The two brothers were detained and, "
            "after a review, were released on Saturday.")
    assert read(text, dt.date(2012, 1, 23))[0].start_date == dt.date(2012, 1, 20)


def test_the_strike_taken_up_after_its_refuted_toll_is_told() -> None:
    body = ("The claim that a coalition air strike killed a group of woodcutters in Chapa Dara "
            "district, Kunar province, is not true, officials said. The strike, on Sunday, "
            "killed three insurgents who had fired rockets at an outpost.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 3
    # a strike refuted outright stays refuted when the text says what it was not
    body = ("Reports that a coalition air strike killed civilians in Chapa Dara district, "
            "Kunar province, are false. No coalition aircraft fired in the district on Sunday.")
    assert answer(body).airstrike is False


def test_dead_a_correction_names_as_the_releasing_sides_are_its_own() -> None:
    body = ("A release issued yesterday incorrectly stated that four Afghan soldiers were killed "
            "in an attack on a checkpoint in Shindand district, Herat province, on Sunday. The "
            "four men killed were Afghan Uniformed Police officers. The policemen killed two of "
            "the attackers before they died.")
    assert answer(body).killed == 2
    # dead named as the other side's still count
    body = ("An attack on a checkpoint in Shindand district, Herat province, failed on Sunday. "
            "The four men killed were Taliban fighters who had planted bombs on the road.")
    assert answer(body).killed == 4


def test_the_place_of_a_report_called_false_is_not_the_operations() -> None:
    body = ("A Taliban statement claiming that coalition forces killed three students in Wardak "
            "province on Sunday is false. The operation the statement describes took place in "
            "Qarah Bagh district, Ghazni province. One insurgent, who fired on the security "
            "force, was killed.")
    got = answer(body)
    assert got.provinces == {"ghazni"}
    assert got.killed == 1
    # a refuted report's place stands when the release names no other
    body = ("Allegations that an Afghan and coalition force killed two brothers during an "
            "operation in Tagab district, Kapisa province, on Sunday night are incorrect. The "
            "brothers were detained and released on Monday.")
    assert answer(body).provinces == {"kapisa"}


def test_no_sign_that_civilians_were_harmed_denies_a_partys_civilian_toll() -> None:
    body = ("A coalition air strike on Sunday killed eight insurgents in Qarah Bagh district, "
            "Ghazni province. The Ghazni governor has said that four civilians were also killed. "
            "An assessment team visited the area and found no sign that civilians were harmed.")
    assert answer(body).killed == 8
    body = ("Insurgents claimed online that more than 30 wedding guests were killed in an air "
            "strike in Dur Baba district, Nangarhar province. Afghan officials who visited the "
            "village found no sign of a strike or of any funerals.")
    assert answer(body).killed == 0
    # an assessment that found signs of harm denies nothing
    body = ("A coalition air strike on Sunday killed eight insurgents in Qarah Bagh district, "
            "Ghazni province. The Ghazni governor has said that four civilians were also killed. "
            "ISAF is investigating the governor's report.")
    assert answer(body).killed == 8


def test_an_earlier_statement_called_wrong_withdraws_its_toll() -> None:
    body = ("ISAF said today that its earlier statement that one civilian was killed in a "
            "coalition air strike in Shah Wali Kot district, Kandahar province, on Sunday was "
            "wrong. Three civilians were killed in the strike, along with four insurgents.")
    assert answer(body).killed == 7
    # a statement's toll that nothing calls wrong stands
    body = ("ISAF said in a statement that one civilian and four insurgents were killed in a "
            "coalition air strike in Shah Wali Kot district, Kandahar province, on Sunday.")
    assert answer(body).killed == 5


def test_a_days_possessive_over_a_three_word_operation_dates_it() -> None:
    body = ("ISAF has confirmed the deaths of two civilians in Sunday's Afghan and coalition "
            "operation in Chapa Dara district, Kunar province.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 12)
    assert got.killed == 2
    # a day's possessive of what is no operation still dates nothing
    body = ("ISAF has confirmed the deaths of two civilians in Chapa Dara district, Kunar "
            "province, after Sunday's long and heated shura meeting.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


_MORTAR_TEAM = ("Claims that a coalition air strike killed eight civilians in Alasay district, "
                "Kapisa province, on Sunday are unfounded, ISAF said. Coalition aircraft did "
                "strike an insurgent mortar team on a hillside above the district that day, "
                "killing them.")


def test_them_a_strike_kills_is_the_group_it_struck_not_a_refuted_toll() -> None:
    got = answer(_MORTAR_TEAM)
    assert got.killed == 3
    assert got.airstrike is True
    # a group only seen, not struck, is not who "them" are
    body = ("Eight insurgents attacked a police post in Alasay district, Kapisa province, on "
            "Sunday. Soldiers watched an insurgent mortar team on a hillside, then returned "
            "fire, killing them.")
    assert answer(body).killed == 8


def test_a_days_possessive_explosion_dates_its_toll() -> None:
    body = ("ISAF can confirm that its forces were not involved in Sunday's explosion in a "
            "market in Sarobi district, Paktika province. Afghan officials say nine civilians "
            "were killed when a bomb hidden in a cart exploded.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 12)
    assert got.killed == 9


def test_reports_called_exaggerated_are_refuted() -> None:
    body = ("While ISAF can confirm that a coalition air strike took place in Bala Baluk "
            "district, Farah province, on Sunday, reports that it killed 20 civilians are "
            "exaggerated. A joint team found that four civilians died, along with six "
            "insurgents.")
    assert answer(body).killed == 10
    # a figure the release gives itself is not called exaggerated by a later word
    body = ("A coalition air strike killed six insurgents in Bala Baluk district, Farah "
            "province, on Sunday. Insurgents often give exaggerated accounts of such strikes.")
    assert answer(body).killed == 6


def test_a_killing_dated_by_a_year_as_it_is_named_is_history() -> None:
    body = ("ISAF welcomes the sentencing today by an Afghan court in Herat province of two men "
            "convicted of the 2010 killing of four Afghan aid workers.")
    assert answer(body).killed == 0
    # a killing named without a year, today, is the release's toll
    body = ("ISAF condemns today's killing of four Afghan aid workers by gunmen in Herat "
            "province.")
    assert answer(body).killed == 4


def test_a_days_possessive_after_a_statement_dates_the_attack() -> None:
    body = ("The Taliban have released a statement claiming responsibility for yesterday's "
            "attack on the police station in Gereshk, Helmand province, which killed three "
            "policemen. Two of the attackers were killed by the police.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 13)
    assert got.killed == 2
    # the day a statement was made still dates nothing
    body = ("The Taliban released a statement yesterday about an attack on the police station "
            "in Gereshk, Helmand province, on Sunday, in which two attackers were killed.")
    assert answer(body).start_date == dt.date(2011, 6, 12)
