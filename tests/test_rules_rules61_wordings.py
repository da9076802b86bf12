"""Air-strike wordings the rules61 probe batches showed (issue 14): each written as a short
release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A fixed-wing aircraft named by its nickname alone, no designation: "destroyed by two Strike
# Eagles", "a Super Hornet struck", "two Fighting Falcons engaged".
def test_an_aircraft_named_by_its_nickname_strikes() -> None:
    body = ("Insurgents who pinned down an Afghan police patrol in Shah Wali Kot district, "
            "Kandahar province, were killed yesterday by two Strike Eagles called in by a "
            "joint terminal attack controller.")
    assert answer(body).airstrike is True
    body = ("A Super Hornet from a carrier in the Arabian Sea engaged an insurgent machine-gun "
            "team in Sangin district, Helmand province, yesterday, killing three.")
    assert answer(body).airstrike is True
    body = ("Two Fighting Falcons engaged insurgents attacking a checkpoint in Andar district, "
            "Ghazni province, today, killing four.")
    assert answer(body).airstrike is True


def test_a_nicknamed_aircraft_that_does_not_fire_is_no_strike() -> None:
    body = ("Two Strike Eagles made a low pass over insurgents attacking a patrol in Shah Wali "
            "Kot district, Kandahar province, yesterday, and the insurgents fled.")
    assert answer(body).airstrike is False
    body = ("Afghan soldiers killed two insurgents in Andar district, Ghazni province, today. "
            "A hornet nest in the compound wall delayed the search.")
    assert answer(body).airstrike is False


def test_a_nicknamed_aircraft_beside_an_air_weapons_team_strikes() -> None:
    body = ("Two groups of insurgents attacked a patrol in Dand district, Kandahar province, "
            "yesterday. An air weapons team engaged the first group, and two Strike Eagles "
            "struck the second. Seven insurgents were killed.")
    assert answer(body).airstrike is True


# One strike told by ground fire and then an aircraft's, in one event: "When mortar fire failed
# to silence them, a coalition jet dropped a bomb on the compound" is a strike from the air.
def test_an_aircraft_strike_after_ground_fire_in_one_event_is_a_strike() -> None:
    body = ("Insurgents fired on an Afghan and coalition patrol from a compound in Nerkh "
            "district, Wardak province, yesterday. When mortar fire failed to silence them, a "
            "coalition jet dropped a bomb on the compound, killing three insurgents.")
    assert answer(body).airstrike is True
    body = ("After artillery fire from a nearby patrol base failed to stop an insurgent "
            "machine-gun team in Nad-e Ali district, Helmand province, yesterday, the patrol "
            "called in an RAF Tornado, which dropped a guided bomb on the firing point.")
    assert answer(body).airstrike is True
    body = ("An unmanned aircraft tracked two insurgents who had fired rockets at a coalition "
            "base in Paktika province yesterday. A coalition aircraft then struck their "
            "vehicle on an empty road, killing both.")
    assert answer(body).airstrike is True


def test_ground_fire_with_support_fire_or_a_pass_is_still_no_strike() -> None:
    body = ("Insurgents fired rockets at a coalition base in Paktika province yesterday. An air "
            "weapons team engaged the launch site, killing two insurgents.")
    assert answer(body).airstrike is False
    body = ("Coalition forces answered the attack with mortar fire in Nerkh district, Wardak "
            "province, yesterday, and a coalition jet made a show of force over the compound.")
    assert answer(body).airstrike is False


# A precision strike made with guided rockets is a rocket system's, fired from the ground.
def test_a_precision_strike_with_guided_rockets_is_no_air_strike() -> None:
    body = ("A precision strike carried out with guided rockets fired from a coalition base "
            "killed three insurgents in Maiwand district, Kandahar province, yesterday.")
    assert answer(body).airstrike is False


def test_a_precision_strike_from_the_air_beside_rockets_is_a_strike() -> None:
    body = ("Insurgents fired rockets at a coalition base in Maiwand district, Kandahar "
            "province, yesterday. Coalition forces conducted a precision strike on the launch "
            "site with a coalition aircraft, killing three insurgents.")
    assert answer(body).airstrike is True


# A claim named by where it was put out, then called false: "Claims made on a Taliban website
# that coalition jets bombed a wedding party ..., killing 40 guests, are false".
def test_a_claim_put_out_on_a_website_and_called_false_is_no_strike() -> None:
    body = ("Claims made on a Taliban website that coalition jets bombed a wedding party in Shah "
            "Wali Kot district, Kandahar province, killing 40 guests, are false, ISAF said.")
    assert answer(body).airstrike is False
    body = ("Claims posted on social media that a coalition air strike killed nine villagers in "
            "Tagab district, Kapisa province, are untrue.")
    assert answer(body).airstrike is False


def test_a_strike_told_in_a_statement_and_not_called_false_stands() -> None:
    body = ("ISAF said in a statement that coalition jets bombed an insurgent compound in Shah "
            "Wali Kot district, Kandahar province, yesterday, killing four insurgents.")
    assert answer(body).airstrike is True


# A claimed strike with no aircraft there to make it: "No coalition aircraft were operating in
# the district that day".
def test_a_claimed_strike_where_no_aircraft_were_operating_is_no_strike() -> None:
    body = ("Insurgents have claimed that a coalition air strike killed civilians in Alingar "
            "district, Laghman province, on Sunday. No coalition aircraft were operating in the "
            "district that day.")
    assert answer(body).airstrike is False


def test_a_strike_beside_aircraft_that_were_needed_stands() -> None:
    body = ("A coalition aircraft struck an insurgent rocket team in Alingar district, Laghman "
            "province, on Sunday, killing two. No other aircraft were needed.")
    assert answer(body).airstrike is True


# A toll recalled as what an aircraft did weeks before: "The strike comes two weeks after
# coalition aircraft killed his deputy" is history, not the release's toll.
def test_a_toll_weeks_before_told_by_its_aircraft_is_history() -> None:
    body = ("A coalition aircraft struck a vehicle carrying a Haqqani commander in Jani Khel "
            "district, Paktiya province, today, killing him and two of his fighters. The strike "
            "comes two weeks after coalition aircraft killed his deputy in the same district.")
    assert answer(body).killed == 3


def test_a_toll_the_same_day_after_a_strike_still_counts() -> None:
    body = ("A coalition aircraft struck a vehicle carrying a Haqqani commander in Jani Khel "
            "district, Paktiya province, today, killing him. An hour after the strike, "
            "coalition aircraft killed two more insurgents nearby.")
    assert answer(body).killed == 3


# A report heard on the radio, or an official's statement, then called false: "Reports on
# local radio that coalition aircraft bombed a village ... are untrue", "A statement by the
# provincial governor's spokesman that a NATO air strike killed 11 civilians ... is incorrect".
def test_a_radio_report_or_a_statement_called_false_is_no_strike() -> None:
    body = ("Reports on local radio that coalition aircraft bombed a village in Andar district, "
            "Ghazni province, are untrue.")
    assert answer(body).airstrike is False
    body = ("A statement by the provincial governor's spokesman that a NATO air strike killed "
            "11 civilians in Tagab district, Kapisa province, is incorrect.")
    assert answer(body).airstrike is False


def test_a_statement_of_a_strike_not_called_false_stands() -> None:
    body = ("A statement by the provincial governor's spokesman said a NATO air strike killed "
            "five insurgents in Tagab district, Kapisa province, yesterday, and ISAF confirmed "
            "that coalition aircraft struck the group.")
    assert answer(body).airstrike is True


def test_the_release_correcting_its_own_statement_keeps_the_strike() -> None:
    body = ("ISAF said today that a statement by ISAF that one civilian was killed in a "
            "coalition air strike in Shah Wali Kot district, Kandahar province, yesterday was "
            "wrong. Three civilians were killed in the strike.")
    assert answer(body).airstrike is True


# The other side's account of a strike ("The Taliban said on Twitter that ISAF jets bombed a
# school"), then told not to have happened ("no air strikes were conducted"): no strike.
def test_the_taliban_saying_a_strike_the_release_says_none_made_is_no_strike() -> None:
    body = ("The Taliban said on Twitter that ISAF jets bombed a school in Sabari district, "
            "Khost province. The claim is false; no air strikes were conducted in Khost "
            "province this week.")
    assert answer(body).airstrike is False


def test_the_taliban_saying_a_strike_the_release_confirms_stands() -> None:
    body = ("The Taliban said that ISAF jets bombed a compound in Sabari district, Khost "
            "province, yesterday. ISAF confirmed that a coalition aircraft struck the "
            "compound, killing three insurgents.")
    assert answer(body).airstrike is True


# An official's account of a strike told after the release's word that no aircraft was there,
# in one sentence: "ISAF has no record of any aircraft operating over Nawur district at the time
# a district official said a jet bombed a house".
def test_an_account_after_no_record_of_any_aircraft_is_no_strike() -> None:
    body = ("ISAF has no record of any aircraft operating over Nawur district, Ghazni province, "
            "at the time a district official said a jet bombed a house in the village.")
    assert answer(body).airstrike is False


def test_an_account_after_a_denial_and_a_but_stands() -> None:
    body = ("No coalition aircraft struck the village in Nawur district, Ghazni province, "
            "yesterday, but district officials said a coalition jet did strike an insurgent "
            "compound two kilometres away, killing three insurgents, and ISAF confirmed it.")
    assert answer(body).airstrike is True


# A verb of fire whose own subject opens a clause after the aircraft is not the aircraft's:
# "Two coalition F-16s were diverted to the district after insurgents attacked a checkpoint".
def test_aircraft_sent_after_insurgents_attacked_did_not_strike() -> None:
    body = ("Two coalition F-16s were diverted to Gelan district, Ghazni province, yesterday "
            "after insurgents attacked a police checkpoint, but the attackers had fled before "
            "the aircraft arrived.")
    assert answer(body).airstrike is False


def test_aircraft_that_struck_when_insurgents_fired_did_strike() -> None:
    body = ("In Gelan district, Ghazni province, two coalition F-16s sent after insurgents "
            "attacked a checkpoint yesterday struck the firing position, killing four.")
    assert answer(body).airstrike is True


# A British mark written alone names the aircraft: "An RAF GR4 fired a Brimstone", "a GR9".
def test_a_british_mark_alone_names_an_aircraft_that_strikes() -> None:
    body = ("An RAF GR4 fired a Brimstone at a motorcycle carrying two insurgents in Nad-e Ali "
            "district, Helmand province, on Monday, killing both.")
    assert answer(body).airstrike is True
    body = ("A GR9 engaged insurgents firing on a British patrol in Sangin district, Helmand "
            "province, yesterday, killing two.")
    assert answer(body).airstrike is True


def test_a_british_mark_that_makes_a_pass_is_no_strike() -> None:
    body = ("Insurgents fired on a British patrol in Sangin district, Helmand province, "
            "yesterday. An RAF GR4 made a low pass over the tree line and the insurgents fled.")
    assert answer(body).airstrike is False


# Other parties' strikes refuted in other words: makers told in a few words ("Allegations by
# villagers in Ghazni's Andar district that"), a lawmaker who told reporters, a rumour that
# spread, media reports of "a U.S. drone", and denials as "did not conduct any air strikes",
# "conducted no air operations", "ISAF aircraft were not operating".
def test_other_parties_strikes_refuted_in_other_words_are_no_strikes() -> None:
    bodies = (
        "Allegations by villagers in Ghazni's Andar district that NATO jets bombed their homes "
        "are baseless, ISAF said today.",
        "An Afghan lawmaker told reporters in Kabul that coalition aircraft had killed 14 "
        "civilians in Kunar province. No coalition aircraft dropped munitions in Kunar province "
        "that week.",
        "Media reports that a U.S. drone struck a house in Tani district, Khost province, are "
        "false.",
        "Local elders told reporters that coalition jets bombed a mosque in Alingar district, "
        "Laghman province. ISAF conducted no air operations in Laghman province this week.",
        "ISAF did not conduct any air strikes in Tagab district, Kapisa province, this week, "
        "despite claims by provincial officials that coalition aircraft bombed a village there.",
        "A rumour spread in Kandahar City that coalition jets bombed a madrassa in Arghandab "
        "district. ISAF aircraft were not operating over Kandahar province that night.",
    )
    for body in bodies:
        assert answer(body).airstrike is False, body


def test_strikes_told_beside_such_words_stand() -> None:
    bodies = (
        "Villagers in Andar district, Ghazni province, told reporters that coalition jets "
        "bombed an insurgent compound yesterday, and ISAF confirmed the strike, which killed "
        "three insurgents.",
        "ISAF did not conduct any air strikes in Tagab district this week, but a coalition jet "
        "struck an insurgent position in Nijrab district, Kapisa province, yesterday, killing "
        "two insurgents.",
    )
    for body in bodies:
        assert answer(body).airstrike is True, body


# A service named as the owner of a type name: "A pair of Navy Super Hornets struck", "Two
# Marine Harriers engaged".
def test_a_service_as_owner_names_the_aircraft() -> None:
    body = ("A pair of Navy Super Hornets struck an insurgent compound in Shah Wali Kot "
            "district, Kandahar province, yesterday, killing four.")
    assert answer(body).airstrike is True
    body = ("Two Marine Harriers engaged an insurgent machine-gun team in Musa Qal'ah "
            "district, Helmand province, on Saturday, killing three insurgents.")
    assert answer(body).airstrike is True


def test_a_marine_named_by_rank_is_no_aircraft() -> None:
    body = ("A Marine patrol engaged insurgents in Musa Qal'ah district, Helmand province, on "
            "Saturday, killing three. The Marine Harrier pilots who flew overhead did not fire.")
    assert answer(body).airstrike is False


# A claimed toll called exaggerated leaves the strike standing: "Taliban claims that a coalition
# air strike ... killed 12 civilians are exaggerated. ... killed in the strike on Wednesday".
def test_a_strike_whose_claimed_toll_is_called_exaggerated_stands() -> None:
    body = ("Taliban claims that a coalition air strike in Sangin district, Helmand province, "
            "killed 12 civilians are exaggerated. ISAF's assessment found that two civilians "
            "and six insurgents were killed in the strike yesterday.")
    assert answer(body).airstrike is True


def test_a_strike_claim_called_false_is_still_no_strike() -> None:
    body = ("Taliban claims that a coalition air strike in Sangin district, Helmand province, "
            "killed 12 civilians yesterday are false.")
    assert answer(body).airstrike is False
