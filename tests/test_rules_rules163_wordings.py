"""Wordings the misses of the fresh open sets blind160-167 showed in the deeds of a detained
or targeted man and in air strikes (issue 14): a killing he ordered among other deeds, a
killing he had others do, the attacker a memorial's attack was avenged on named by his part
in it, and the release's own strike beside an earlier one its sentence recalls; each written
as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.isaf_probes import answer


# A killing the target ordered is his deed, not the operation's toll, when it is one of the
# deeds whose nouns share its "of": "ordered the abduction and killing of an elder".
def test_a_killing_ordered_with_another_deed_is_the_targets() -> None:
    body = ("An Afghan and coalition security force detained a Taliban leader in Zurmat "
            "district, Paktiya province, today.\n\nThe leader directed fighters in the "
            "district and ordered the abduction and killing of a village elder who had worked "
            "with the district governor.")
    assert answer(body).killed == 0


def test_a_killing_ordered_alone_is_still_the_targets() -> None:
    body = ("An Afghan and coalition security force detained a Taliban leader in Zurmat "
            "district, Paktiya province, today.\n\nThe leader ordered the killing of a village "
            "elder who had worked with the district governor.")
    assert answer(body).killed == 0


def test_an_investigation_ordered_into_a_killing_leaves_the_toll() -> None:
    # (a killing noun after a deed that is no killing: the order is the investigation)
    body = ("ISAF ordered an investigation into the killing of two civilians by a coalition air "
            "strike in Zurmat district, Paktiya province, today.")
    assert answer(body).killed == 2


@pytest.mark.parametrize("deeds", [
    "ordered the kidnapping and the killing of",
    "ordered the kidnapping and subsequent killing of",
    "planned the kidnapping and murder of",
])
def test_a_killing_among_the_deeds_he_ordered_in_other_words_is_the_targets(deeds: str) -> None:
    body = ("An Afghan and coalition security force detained a Taliban leader in Zurmat "
            f"district, Paktiya province, today.\n\nThe leader {deeds} a local elder who had "
            "supported the Afghan government.")
    assert answer(body).killed == 0


# A possessive killing done by its owner ("paid boys to do his killing") is his deed: no one
# died of it.
def test_a_killing_the_target_had_others_do_is_no_death() -> None:
    body = ("An Afghan-led security force detained a Taliban leader in Khanabad district, "
            "Kunduz province, today.\n\n\"He paid boys from the villages to do his killing,\" "
            "said an ISAF spokesman.")
    assert answer(body).killed == 0


def test_a_possessive_killing_of_a_man_is_still_his_death() -> None:
    body = ("A Taliban leader, Mullah Karim, was shot during an operation in Khanabad "
            "district, Kunduz province, today.\n\nProvincial officials confirmed his killing.")
    assert answer(body).killed == 1


# In a memorial of its own dead of before the week, the attacker named by his part in the
# attack ("the triggerman", "the gunman") is that attack's, killed after it: history.
def test_the_triggerman_of_a_memorials_bomb_is_history() -> None:
    body = ("Soldiers of the battalion held a memorial ceremony today for two comrades killed "
            "by a roadside bomb in Zhari district, Kandahar province, last week.\n\nThe two "
            "were on patrol near the village of Sangsar when a bomb exploded beneath their "
            "vehicle. Afghan soldiers killed the triggerman after a long chase.")
    assert answer(body).killed == 0


def test_the_gunman_of_a_memorials_ambush_is_history() -> None:
    body = ("Soldiers of the battalion held a memorial ceremony today for two comrades killed in "
            "an ambush in Zhari district, Kandahar province, last week.\n\nCoalition troops "
            "killed the gunman after a short chase.")
    assert answer(body).killed == 0


def test_a_triggerman_killed_today_outside_a_memorial_counts() -> None:
    body = ("Afghan soldiers killed the triggerman of a roadside bomb in Zhari district, "
            "Kandahar province, today after a short chase.")
    assert answer(body).killed == 1


# "Coalition aircraft killed" a man today is the release's own strike, though the sentence
# goes on to recall "an earlier air strike" that killed his predecessor.
def test_aircraft_that_killed_today_beside_an_earlier_strike_is_a_strike() -> None:
    body = ("Coalition aircraft killed a Taliban commander today in Nad 'Ali district, Helmand "
            "province, who had led the district's fighters since an earlier air strike killed "
            "his predecessor.")
    assert answer(body).airstrike is True


def test_forces_that_killed_today_beside_an_earlier_strike_make_no_strike() -> None:
    body = ("Coalition forces killed a Taliban commander today in Nad 'Ali district, Helmand "
            "province, who had led the district's fighters since an earlier air strike killed "
            "his predecessor.")
    assert answer(body).airstrike is False


# A correction's lede runs to its second sentence: the first tells what an earlier release said
# wrongly, the second the operation right, by its day.
def test_a_corrections_operation_is_dated_by_its_second_sentence() -> None:
    body = ("A release issued June 13 incorrectly stated that the operation to detain a "
            "Taliban facilitator took place in Logar province. The operation took place in "
            "Sayed Abad district, Wardak province, on June 11.\n\nThe security force detained "
            "the facilitator and one other suspected insurgent.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


def test_a_lede_whose_second_sentence_is_no_correction_keeps_the_dateline() -> None:
    body = ("An Afghan and coalition security force detained a Taliban facilitator in Sayed "
            "Abad district, Wardak province. The facilitator had moved weapons into the "
            "district since June 11.\n\nThe security force detained one other suspected "
            "insurgent.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


# An operation the lede says began on a day of the week is dated from that day, its tolls told
# by later ones: a span of days counts from its first.
def test_an_operation_begun_on_a_day_is_dated_from_it() -> None:
    body = ("Afghan National Army soldiers began a clearing operation in Sayyad district, "
            "Sar-e Pul province, on Saturday, with coalition advisers in support.\n\nIn "
            "Sayyad, Afghan soldiers killed three insurgents who fired on them from a ridge on "
            "Sunday.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


def test_an_operation_begun_weeks_before_dates_nothing() -> None:
    # (its toll's day before the week too, so that only the week's window keeps May 30 from
    # coming first)
    body = ("Afghan National Army soldiers began a clearing operation in Sayyad district, "
            "Sar-e Pul province, on May 30, with coalition advisers in support.\n\nIn Sayyad, "
            "Afghan soldiers killed three insurgents who fired on them from a ridge on June 2.")
    assert answer(body).start_date == dt.date(2011, 6, 2)


@pytest.mark.parametrize("lede", [
    "Afghan National Army soldiers are conducting a clearing operation in Sayyad district, "
    "Sar-e Pul province, that began on Saturday, with coalition advisers in support.",
    "A clearing operation was launched in Sayyad district, Sar-e Pul province, on Saturday by "
    "Afghan National Army soldiers with coalition advisers in support.",
    "Afghan National Army soldiers began a series of raids in Sayyad district, Sar-e Pul "
    "province, on Saturday, with coalition advisers in support.",
    "Afghan National Army soldiers commenced a clearing operation in Sayyad district, Sar-e Pul "
    "province, on Saturday, with coalition advisers in support.",
    "On Saturday, Afghan National Army soldiers began a clearing operation in Sayyad district, "
    "Sar-e Pul province, with coalition advisers in support.",
])
def test_an_operation_begun_in_other_words_is_dated_from_it(lede: str) -> None:
    body = (f"{lede}\n\nIn Sayyad, Afghan soldiers killed three insurgents who fired on them "
            "from a ridge on Sunday.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


# An operation begun by the target, the other side or on a day to come dates nothing: the
# release's is the dateline's day.
@pytest.mark.parametrize("body", [
    "An Afghan and coalition security force killed a Taliban commander in Nahr-e Saraj district, "
    "Helmand province, today who had launched an offensive against Afghan police posts in the "
    "district on Saturday.\n\nThe security force also detained two suspected insurgents.",
    "An Afghan and coalition security force detained a Taliban leader in Nahr-e Saraj district, "
    "Helmand province, today who had opened an offensive against Afghan police posts on "
    "Saturday.\n\nThe security force also detained two suspected insurgents.",
    "Coalition forces killed five insurgents in Zhari district, Kandahar province, today, after "
    "the Taliban launched their spring offensive on Saturday.\n\nNo civilians were harmed.",
    "Afghan and coalition forces began a security operation in Gereshk district, Helmand "
    "province, ahead of Saturday's district council elections, and killed two insurgents "
    "today.\n\nNo civilians were harmed.",
])
def test_an_operation_begun_by_others_dates_nothing(body: str) -> None:
    assert answer(body).start_date == dt.date(2011, 6, 14)


def test_a_correction_with_its_adverb_after_the_verb_is_dated_by_its_second_sentence() -> None:
    body = ("A release issued June 13 stated incorrectly that the operation to detain a "
            "Taliban facilitator took place in Logar province. The operation took place in "
            "Sayed Abad district, Wardak province, on June 11.\n\nThe security force detained "
            "the facilitator and one other suspected insurgent.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


# The aircraft's own strike told with an adverb or another verb before its killing.
@pytest.mark.parametrize("subject", [
    "Coalition aircraft today killed a Taliban leader",
    "Coalition aircraft engaged and killed a Taliban leader",
])
def test_aircraft_that_killed_in_other_words_beside_an_earlier_strike_is_a_strike(
        subject: str) -> None:
    body = (f"{subject} today in Arghistan district, Kandahar province, who had taken command of "
            "the district's fighters after an earlier air strike killed its previous leader.")
    assert answer(body).airstrike is True


# An indefinite attacker in a memorial's release points back to no attack: a fresh one.
@pytest.mark.parametrize("body", [
    "Soldiers of the battalion held a memorial ceremony today for two comrades killed in Chora "
    "district, Uruzgan province, last week.\n\nAfghan soldiers shot and killed a suicide bomber "
    "who tried to drive a car packed with explosives into their checkpoint in Chora.",
    "Soldiers of the battalion held a memorial ceremony today for two comrades killed in an "
    "ambush in Chora district, Uruzgan province, last week. Afghan police killed a lone gunman "
    "who fired on the district centre during the ceremony.",
    "Soldiers of the battalion held a memorial ceremony today for two comrades killed in an "
    "ambush in Chora district, Uruzgan province, last week. Afghan police killed a lone "
    "insurgent who fired on the district centre during the ceremony.",
])
def test_an_indefinite_attacker_beside_a_memorial_is_a_fresh_death(body: str) -> None:
    assert answer(body).killed == 1
