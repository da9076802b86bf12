"""Wordings blind set 7 (``evals/isaf_blind/blind7.jsonl``, opened for development) showed the
rules misread. Each probe is written anew in the releases' style, not copied from that set, and
comes with negatives: the same words where they must not change the answer."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


def test_a_report_refuted_after_a_long_clause_is_no_air_strike() -> None:
    # the report's noun and its "are untrue" lie further apart than a short clause
    result = answer(
        "Reports spreading in Kunar province that a coalition air strike on Monday flattened "
        "a school in the Chowkay district and killed a family of six are untrue, according to "
        "ISAF officials.")
    assert result.airstrike is False
    result = answer(
        "Claims by an insurgent spokesman that a coalition air strike in the Nad Ali district "
        "of Helmand province on Saturday killed nine civilians are false, ISAF officials said "
        "today.")
    assert result.airstrike is False


def test_a_report_not_refuted_stays_a_strike() -> None:
    result = answer(
        "Reports reaching officials in Kunar province that a coalition air strike on Monday "
        "killed four insurgents in the Chowkay district were confirmed by ISAF today.")
    assert result.airstrike is True
    result = answer(
        "A coalition air strike in the Nad Ali district of Helmand province on Saturday killed "
        "nine insurgents, ISAF officials said today. Claims that civilians were hurt are "
        "false.")
    assert result.airstrike is True and result.killed == 9


def test_no_aircraft_dropping_munitions_refutes_a_claimed_strike() -> None:
    result = answer(
        "ISAF officials have examined an insurgent claim, posted online yesterday, that a "
        "coalition air strike in the Arghandab district of Zabul province killed 12 villagers."
        "\nNo coalition aircraft dropped bombs in Zabul province that day. An Afghan patrol "
        "killed two insurgents who attacked it near the village on Sunday.")
    assert result.airstrike is False


def test_aircraft_that_dropped_munitions_is_a_strike() -> None:
    result = answer(
        "Insurgents claimed a coalition air strike in the Arghandab district of Zabul province "
        "killed 12 villagers. Coalition aircraft dropped bombs on an insurgent position there "
        "on Sunday, killing two insurgents; no civilians were harmed.")
    assert result.airstrike is True


def test_a_strike_called_invented_is_none() -> None:
    result = answer(
        "No coalition operation took place in Kajaki district on Friday. \"This is the second "
        "invented air strike the insurgents have announced this month,\" said an ISAF "
        "spokesman.")
    assert result.airstrike is False
    result = answer(
        "A coalition air strike in Kajaki district on Friday destroyed a workshop where "
        "insurgents had invented a new kind of roadside bomb.")
    assert result.airstrike is True


def test_a_toll_in_a_long_report_called_false_is_denied() -> None:
    # the report's subject ("a coalition air strike in ... on Saturday") is long
    assert answer(
        "Claims by an insurgent spokesman that a coalition air strike in the Nad Ali district "
        "of Helmand province on Saturday killed nine civilians are false, ISAF officials said "
        "today.").killed == 0
    assert answer(
        "Reports spreading in Kunar province that a coalition air strike on Monday flattened "
        "a school in the Chowkay district and killed a family of six are untrue, according to "
        "ISAF officials.").killed == 0


def test_a_long_report_not_called_false_keeps_its_toll() -> None:
    assert answer(
        "Reports by Afghan officials that a coalition patrol in the Nad Ali district of Helmand "
        "province on Saturday killed nine insurgents were confirmed today.").killed == 9
    assert answer(
        "A coalition air strike in the Nad Ali district of Helmand province on Saturday killed "
        "nine insurgents. Reports that civilians were among them are false.").killed == 9


def test_a_toll_told_as_a_partys_claim_noun_is_that_partys() -> None:
    result, claims = read(DATELINE + (
        "ISAF officials are examining allegations made by the Kunar provincial council that "
        "six civilians were killed in an air strike on Sunday. According to ISAF's initial "
        "report, a patrol came under fire and called in an air strike; three insurgents were "
        "killed."))
    assert result.killed == 3
    assert [c.claimant for c in claims if c.count.min == 6] == ["the Kunar provincial council"]
    result, claims = read(DATELINE + (
        "ISAF has looked into a Taliban claim, posted online yesterday, that coalition "
        "soldiers killed 14 villagers in the Shah Joy district of Zabul province. What "
        "happened on Sunday was an ambush of an Afghan patrol, which killed two of the "
        "attackers."))
    assert result.killed == 2
    assert [c.claimant for c in claims if c.count.min == 14] == ["Taliban"]


def test_a_claim_noun_with_no_party_or_no_that_names_no_claimant() -> None:
    _, claims = read(DATELINE + (
        "ISAF is investigating reports that six civilians were killed in an air strike in "
        "Kunar province on Sunday."))
    assert [c.claimant for c in claims] == [None]
    _, claims = read(DATELINE + (
        "Acting on a Taliban claim of responsibility, the force searched a compound in Zabul "
        "province on Sunday and killed two insurgents who fired on it."))
    assert [c.claimant for c in claims] == [None]


def test_a_claim_noun_the_release_dismisses_is_its_own_denial() -> None:
    result, claims = read(DATELINE + (
        "ISAF rejected a Taliban claim that a coalition air strike killed 14 villagers in the "
        "Shah Joy district of Zabul province on Sunday."))
    assert result.killed == 0
    assert [(c.stance, c.claimant) for c in claims] == [("denied", None)]


def test_no_household_harmed_is_no_toll() -> None:
    # "no family" is none, not one family, even as the end of a longer subject
    assert answer(
        "An Afghan and coalition force killed two insurgents in Arghandab district, Kandahar "
        "province, yesterday. \"We did everything to make sure no family was harmed,\" said "
        "an ISAF spokesman.").killed == 2
    assert answer("No household was harmed during the operation in the Kandahar "
                  "province yesterday.").killed == 0


def test_a_family_harmed_is_still_a_toll() -> None:
    assert answer("A coalition air strike in Kandahar province yesterday killed a family of "
                  "no fixed address, officials said.").killed > 0


def test_a_bare_count_restates_the_toll_of_the_side_its_sentence_names() -> None:
    # "killed five" counts the attackers just named, so it restates the lede's five
    # insurgents, not the policemen's toll told between them
    assert answer(
        "Afghan Border Police in the Spin Boldak district of Kandahar province killed five "
        "insurgents yesterday after fighters attacked a border post, killing three policemen."
        "\nPolice reinforcements chased the attackers into the hills, where they killed five "
        "and seized a motorcycle.").killed == 5


def test_a_bare_count_of_another_number_still_adds() -> None:
    assert answer(
        "Afghan Border Police in the Spin Boldak district of Kandahar province killed five "
        "insurgents yesterday after fighters attacked a border post, killing three policemen."
        "\nIn a separate clash later that day, police chased a second group into the hills, "
        "where they killed two.").killed == 7


def test_a_lede_total_over_separate_engagements_gives_way_to_their_tolls() -> None:
    assert answer(
        "Afghan and coalition forces killed six insurgents in two separate engagements in "
        "Uruzgan province on Monday and Tuesday.\nOn Monday, a patrol in the Dehrawud district "
        "killed four insurgents who ambushed it.\nOn Tuesday, soldiers at a checkpoint in "
        "Tarin Kot returned fire on two gunmen, killing both.").killed == 6


def test_a_total_over_separate_engagements_alone_counts() -> None:
    assert answer(
        "Afghan and coalition forces killed six insurgents in two separate engagements in "
        "Uruzgan province on Monday and Tuesday. No Afghan or coalition soldiers were "
        "hurt.").killed == 6
    # one engagement after a separate event is one operation's toll
    assert answer(
        "A patrol killed four insurgents in an engagement in Uruzgan province on Monday, "
        "separate attacks on the patrol having failed the week before.").killed == 4


def test_some_of_the_group_told_before_are_among_its_toll() -> None:
    assert answer(
        "Four insurgents are dead after an attack on an Afghan and coalition patrol in the "
        "Sangin district of Helmand province on Sunday.\nThree of the insurgents were killed "
        "when the patrol returned fire. A fourth was wounded and died of his wounds "
        "yesterday.").killed == 4


def test_some_of_other_people_named_between_still_add() -> None:
    # "the insurgents" are those who fired on the second patrol, named just before
    assert answer(
        "An Afghan patrol killed four insurgents in the Sangin district of Helmand province on "
        "Sunday.\nOn Monday, a second patrol in the Musa Qala district was fired on by "
        "insurgents and killed two of the insurgents.").killed == 6


def test_an_insiders_victims_counted_by_a_bare_number_are_the_releasing_sides() -> None:
    assert answer(
        "A man wearing an Afghan police uniform opened fire on coalition service members at a "
        "base in the Nad Ali district of Helmand province this morning, killing one and "
        "wounding three others.").killed == 0


def test_a_bare_number_after_the_other_side_is_the_other_sides() -> None:
    # "an Afghan Local Police checkpoint" is a place, not the police: the four are insurgents
    assert answer(
        "A coalition aircraft struck insurgents preparing to attack an Afghan Local Police "
        "checkpoint in the Nad Ali district of Helmand province yesterday, killing four."
        ).killed == 4
    # the insider, shot after he fired, is the other side's
    assert answer(
        "A man wearing an Afghan police uniform opened fire on coalition service members at a "
        "base in Helmand province this morning. The service members returned fire, killing "
        "the shooter.").killed == 1


def test_an_air_strike_answering_insurgent_mortar_fire_is_its_own_strike() -> None:
    assert answer(
        "Insurgents fired mortars at a patrol base in the Arghandab district of Kandahar "
        "province on Saturday.\n\nA surveillance aircraft followed the mortar team to a "
        "compound. The commanders requested a precision air strike, which destroyed the "
        "compound and killed the insurgents.").airstrike is True


def test_support_fire_answering_mortar_fire_is_still_no_air_strike() -> None:
    assert answer(
        "Insurgents fired mortars at a patrol base in the Arghandab district of Kandahar "
        "province on Saturday.\n\nAn air weapons team engaged the mortar team, killing the "
        "insurgents.").airstrike is False


def test_the_day_a_report_was_issued_is_not_the_day_of_the_toll_it_reports() -> None:
    # the dateline is June 14, 2011, a Tuesday: "yesterday" is June 13, "on Saturday" June 11
    result = answer(
        "A news release issued yesterday, \"Coalition force engages insurgents in Paktiya,\" "
        "reported that five insurgents were killed during an engagement in the Zurmat "
        "district of Paktiya province on Saturday.")
    assert str(result.start_date) == "2011-06-11"


def test_a_toll_with_no_day_of_its_own_keeps_the_sentences() -> None:
    # the toll's clause names no day: the day before "said that" is still its day
    result = answer(
        "On Saturday, Afghan and coalition forces said that five insurgents were killed during "
        "an engagement in the Zurmat district of Paktiya province.")
    assert str(result.start_date) == "2011-06-11"


def test_put_the_number_at_updates_a_first_reports_toll() -> None:
    assert answer(
        "Initial reports indicated that five insurgents had been killed in the Andar district "
        "of Ghazni province on Sunday. After the area had been searched, Afghan officers put "
        "the number at nine.").killed == 9


def test_put_the_number_at_after_detentions_or_things_is_no_toll() -> None:
    assert answer(
        "The patrol detained five suspected insurgents in the Andar district of Ghazni "
        "province on Sunday. Afghan officers later put the number at nine.").killed == 0
    assert answer(
        "The force found a cache in the Andar district of Ghazni province on Sunday and put "
        "the number of rockets at 40.").killed == 0
