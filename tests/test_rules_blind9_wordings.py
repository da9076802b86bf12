"""Wordings the blind9 set (``evals/isaf_blind/blind9.jsonl``) showed the rules misread. Each
probe is written anew in the releases' style, not copied from that set, with negatives that
keep the old reading where it was right."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import DATELINE, answer, read


def test_a_denial_of_the_releasing_sides_dead_leaves_an_allied_toll_standing() -> None:
    # "No Afghan or coalition forces were killed" denies the releasing side's dead, not the
    # insurgents the Afghan officials counted
    assert answer(
        "Afghan commandos completed an operation in Zurmat district, Paktiya province, "
        "yesterday.\nAfghan officials said that nine insurgents were killed during the "
        "operation. No Afghan or coalition forces were killed.").killed == 9
    assert answer(
        "Afghan commandos cleared a village in Zurmat district, Paktiya province, yesterday.\n"
        "Afghan officials said that nine insurgents were killed. No coalition troops were "
        "hurt.").killed == 9


def test_a_denial_of_the_other_sides_dead_still_denies_a_partys_toll() -> None:
    # a negative: the release's own denial of civilian deaths still sets aside the party's toll
    assert answer(
        "Coalition forces conducted an operation in Zurmat district, Paktiya province, "
        "yesterday.\nVillage elders said that four civilians were killed. ISAF found no "
        "evidence that any civilians were killed.").killed == 0


def test_whom_a_target_is_blamed_for_attacking_is_not_who_was_killed() -> None:
    # "responsible for attacks on Afghan police" says who the leader is; he is the dead
    assert answer(
        "A Taliban leader responsible for attacks on Afghan police in Pul-e Khumri district, "
        "Baghlan province, was killed in a precision strike yesterday.").killed == 1
    assert answer(
        "An insurgent commander involved in ambushes of coalition troops in Nad-e Ali district, "
        "Helmand province, was killed yesterday.").killed == 1
    # negatives: the releasing side's own dead stay out
    assert answer(
        "Two Afghan policemen were killed in Pul-e Khumri district, Baghlan province, "
        "yesterday.").killed == 0
    assert answer(
        "Two Afghan soldiers responsible for the checkpoint were killed by a roadside bomb in "
        "Pul-e Khumri district, Baghlan province, yesterday.").killed == 0


def test_who_died_along_with_the_subject_is_counted_apart() -> None:
    result, claims = read(DATELINE + (
        "Coalition aircraft struck a compound in Sangin district, Helmand province, Sunday.\n"
        "An initial assessment found that three civilians died in the strike, along with "
        "four insurgents."))
    assert result.killed == 7
    # one toll of both, as "were killed in the strike, along with four insurgents" gives
    killed = [(c.population, c.count.min) for c in claims if c.outcome == "killed"]
    assert killed == [("mixed", 7)]
    # negatives: no one joined; "along with" a thing, not people
    assert answer("Three insurgents died in the strike in Sangin district, Helmand province, "
                  "Sunday.").killed == 3
    assert answer("Three insurgents died in the strike in Sangin district, Helmand province, "
                  "Sunday, along with the weapons cache they guarded.").killed == 3


def test_a_toll_an_earlier_release_stated_gives_way_to_its_correction() -> None:
    result, claims = read(
        "KABUL, Afghanistan (Sept. 14, 2011) – An ISAF release issued Sept. 12 stated that five "
        "insurgents were killed during an operation in Nerkh district, Wardak province, on "
        "Sept. 11. The correct number is three insurgents killed.", dt.date(2011, 9, 14))
    assert result.killed == 3
    five = next(c for c in claims if c.outcome == "killed" and c.count.min == 5)
    assert five.superseded_by is not None
    # a negative: two tolls of the release's own, neither told as an earlier statement
    assert answer(
        "Afghan and coalition forces killed five insurgents during an operation in Nerkh "
        "district, Wardak province, on June 12. In a separate operation, three insurgents were "
        "killed.").killed == 8


def test_a_named_leader_and_another_man_restate_the_leader_told_before() -> None:
    # "a Taliban leader" named later with one more man: two dead, not three
    assert answer(
        "An Afghan and coalition security force killed a Taliban leader in Zurmat district, "
        "Paktiya province, yesterday.\nThe force was fired upon when it reached the compound. "
        "Abdul Qadir and another armed man were killed in the exchange.").killed == 2
    # ... also when a toll of the leader's past lies between ("armed men" are the enemy's)
    assert answer(
        "An Afghan and coalition security force killed a Taliban leader in Zurmat district, "
        "Paktiya province, yesterday.\nThe leader had planned an ambush in March that killed "
        "three Afghan soldiers.\nThe force was fired upon when it reached the compound. Abdul "
        "Qadir and another armed man were killed in the exchange.").killed == 2
    # a negative: a separate engagement's dead are more
    assert answer(
        "An Afghan and coalition security force killed a Taliban leader in Zurmat district, "
        "Paktiya province, yesterday.\nIn a separate engagement, Abdul Qadir and another "
        "armed man were killed.").killed == 3


def test_the_role_named_again_is_one_of_the_dead_told_before() -> None:
    # "The bomb maker, X, was killed" is the bomb maker of "a bomb maker and several insurgents"
    assert answer(
        "Afghan and coalition forces killed a Taliban bomb maker and several insurgents during "
        "an operation in Zharay district, Kandahar province, Sunday.\nThe force was fired upon "
        "from a compound. The bomb maker, Mullah Karim, was killed in the engagement.").killed == 4
    # negatives: a role not among the dead told before is one more
    assert answer(
        "Afghan and coalition forces killed a Taliban bomb maker and several insurgents during "
        "an operation in Zharay district, Kandahar province, Sunday.\nThe force was fired upon "
        "from a compound. The cell leader, Mullah Karim, was killed in the engagement."
    ).killed == 5


def test_claims_not_supported_by_the_facts_are_refuted() -> None:
    # the claimed toll is called false; the ground engagement's toll stands
    result = answer(
        "Claims that a coalition air strike killed eight civilians in Deh Yak district, Ghazni "
        "province, are not supported by the facts, an assessment team said today.\nA patrol "
        "was engaged by armed men Thursday and killed two of them.")
    assert result.killed == 2
    # a negative: claims the release does not call false stay a party's toll
    assert answer(
        "Villagers claim that a coalition air strike killed eight civilians in Deh Yak "
        "district, Ghazni province, Thursday. ISAF is looking into the report.").killed == 8


def test_a_strike_officials_told_reporters_of_that_no_aircraft_made_is_no_strike() -> None:
    assert not answer(
        "District officials told reporters Friday that aircraft had bombed a house in Deh Yak "
        "district, Ghazni province, on Thursday. The assessment found that no aircraft released "
        "munitions in Deh Yak on Thursday.").airstrike
    # a negative: a strike the release confirms stands
    assert answer(
        "District officials told reporters Friday that aircraft had bombed a house in Deh Yak "
        "district, Ghazni province, on Thursday. ISAF confirmed that coalition aircraft struck "
        "the house after insurgents fired from it.").airstrike


def test_a_counted_group_among_the_dead_is_a_toll() -> None:
    result, claims = read(DATELINE + (
        "Coalition forces were engaged by insurgents in Chapa Dara district, Kunar province, "
        "Sunday. Three civilians were among the dead, provincial officials said."))
    assert result.killed == 3
    assert [(c.count.min, c.population) for c in claims if c.outcome == "killed"] == [
        (3, "civilian")]
    # negatives: a part of a group already counted adds nothing; a name alone counts no one
    assert answer(
        "Six insurgents were killed in Chapa Dara district, Kunar province, Sunday. Two "
        "Taliban commanders were among the dead.").killed == 6
    assert answer(
        "Six insurgents were killed in Chapa Dara district, Kunar province, Sunday. Mullah "
        "Rahim was among the dead.").killed == 6
    assert answer(
        "Six insurgents were killed in Chapa Dara district, Kunar province, Sunday. No "
        "civilians were among the dead.").killed == 6


def test_a_partys_figure_counts_the_dead_the_release_tells_but_does_not_count() -> None:
    assert answer(
        "ISAF is aware of reports that civilians were killed in an engagement in Chapa Dara "
        "district, Kunar province, Sunday.\nProvincial officials have said five civilians "
        "were among the dead. ISAF has not been able to confirm the report.").killed == 5
    # negatives: the release's own count stands alone; the other side's figure never counts
    assert answer(
        "Two civilians were killed in an engagement in Chapa Dara district, Kunar province, "
        "Sunday.\nProvincial officials have said five civilians were among the dead."
    ).killed == 2
    assert answer(
        "Civilians were killed in an engagement in Chapa Dara district, Kunar province, "
        "Sunday.\nA Taliban spokesman said 20 civilians were killed.").killed == 3


def test_the_date_of_the_attack_a_detainee_is_suspected_of_is_not_the_detentions() -> None:
    result, claims = read(DATELINE + (
        "Afghan soldiers detained a man suspected of planting a roadside bomb that killed three "
        "civilians near Qalat, Zabul province, last week.\nThe soldiers detained the man at a "
        "checkpoint Sunday after villagers identified him."))
    assert result.killed == 0
    assert result.start_date == dt.date(2011, 6, 12)
    captured = next(c for c in claims if c.outcome == "captured")
    assert captured.date.precision == "day"
    # negatives: a date after a plain suspicion dates the detention; the bomb's toll keeps its
    # own week
    assert answer(
        "Afghan soldiers detained a man suspected of planting roadside bombs near Qalat, Zabul "
        "province, yesterday.").start_date == dt.date(2011, 6, 13)
    killed = next(c for c in claims if c.outcome == "killed")
    assert killed.date.precision == "week"


def test_an_operation_completed_one_day_that_began_another_starts_when_it_began() -> None:
    assert answer(
        "Afghan commandos on Monday completed a clearing operation in Zurmat district, Paktiya "
        "province, that began Saturday.\nAfghan officials reported that seven insurgents were "
        "killed during the operation.").start_date == dt.date(2011, 6, 11)
    # negatives: an operation completed with no start told; a start of something else
    assert answer(
        "Afghan commandos on Monday completed a clearing operation in Zurmat district, Paktiya "
        "province.\nAfghan officials reported that seven insurgents were killed during the "
        "operation.").start_date == dt.date(2011, 6, 13)
    assert answer(
        "Afghan commandos on Monday completed a clearing operation in Zurmat district, Paktiya "
        "province, whose new governor took office Saturday.\nAfghan officials reported that "
        "seven insurgents were killed during the operation.").start_date == dt.date(2011, 6, 13)
