"""Wordings the misses of the fresh open sets blind144-151 showed in history told inside a
release (issue 14): a memorial's earlier attack and its attackers' deaths, a target's earlier
deed, a running tally over recent months, a predecessor's death; each written as a short
release of our own, with negatives."""

from __future__ import annotations

import pytest

from tests.isaf_probes import answer


# A predecessor's death is history, for the toll and the strike, whoever's possessive names
# the body whose post he held ("the group's former commander" as "its former commander").
def test_a_groups_former_commander_killed_in_an_air_strike_is_history() -> None:
    body = ("Afghan and coalition forces detained a Taliban commander in Nad Ali district, "
            "Helmand province, yesterday. The group's former commander was killed in an air "
            "strike.")
    result = answer(body)
    assert result.killed == 0
    assert result.airstrike is False


# ... but not when his death carries a day of the release's own, nor a place's former holder.
def test_a_groups_former_commander_killed_in_an_air_strike_yesterday_is_reported() -> None:
    body = ("Afghan and coalition forces detained a Taliban commander in Nad Ali district, "
            "Helmand province, yesterday. The group's former commander was killed in an air "
            "strike yesterday.")
    result = answer(body)
    assert result.killed == 1
    assert result.airstrike is True


def test_a_networks_former_commander_struck_yesterday_is_reported() -> None:
    result = answer("The network's former commander was killed in a precision air strike in Nad "
                    "Ali district, Helmand province, yesterday, ISAF officials said.")
    assert result.killed == 1
    assert result.airstrike is True


def test_a_districts_former_governor_killed_today_is_reported() -> None:
    assert answer("The district's former governor was killed in a suicide attack in Arghandab "
                  "district, Kandahar province, today. ISAF condemned the attack.").killed == 1


# A present perfect over recent months is a running total reaching back before the week.
def test_a_toll_over_recent_months_is_a_running_total() -> None:
    body = ("A coalition aircraft struck a mortar tube two insurgents had set up in Sangin "
            "district, Helmand province, last night. No one was hurt.\n\nMortar fire from the "
            "ridge has killed four civilians in recent months.")
    assert answer(body).killed == 0


def test_a_toll_of_last_night_the_deadliest_in_recent_months_is_reported() -> None:
    body = ("A coalition aircraft struck a mortar tube two insurgents had set up in Sangin "
            "district, Helmand province, last night. No one was hurt.\n\nMortar fire from the "
            "ridge killed four civilians in the market last night, the deadliest attack in the "
            "district in recent months.")
    assert answer(body).killed == 4


# "In recent weeks" frames a fresh toll when the toll's own clause does not sum over it in the
# present perfect.
@pytest.mark.parametrize(("body", "killed"), [
    ("An Afghan and coalition security force killed four insurgents in Sangin district, "
     "Helmand province, today, the third such raid in recent weeks.", 4),
    ("Afghan National Army soldiers killed five insurgents in Sangin district, Helmand "
     "province, yesterday, in one of the largest engagements in the area in recent weeks.", 5),
    ("Afghan National Army soldiers killed five insurgents in Sangin district, Helmand "
     "province, yesterday, in the heaviest fighting the district has seen in recent months.", 5),
    ("Afghan and coalition forces killed three insurgents today in Zhari district, Kandahar "
     "province, where insurgents have stepped up attacks in recent weeks.", 3),
    ("After a string of rocket attacks in recent weeks, an Afghan and coalition patrol killed "
     "two insurgents near the district center in Khost province today.", 2),
])
def test_a_fresh_toll_framed_by_recent_weeks_is_reported(body: str, killed: int) -> None:
    assert answer(body).killed == killed


# A deed of the target told in the past perfect with a time of its own before the release's
# days is what it had done, not what the release's operation did.
_CELL = ("An Afghan and coalition security force called in a precision air strike against an "
         "insurgent bomb cell in Nahr-e Saraj district, Helmand province, yesterday, killing "
         "four insurgents.\n\nThe cell had buried roadside bombs along Route 611 that killed "
         "two Afghan civilians{when}. No civilians were hurt in the strike.")


def test_a_pluperfect_deed_of_last_week_is_history() -> None:
    assert answer(_CELL.format(when=" last week")).killed == 4


def test_a_pluperfect_deed_with_no_time_of_its_own_keeps_its_reading() -> None:
    assert answer(_CELL.format(when="")).killed == 6


# The release's own operation told back in the past perfect from the day it ended is still
# its own: its strike's toll is counted with the strike.
@pytest.mark.parametrize("body", [
    "Afghan and coalition forces concluded a three-day operation in Nad Ali district, Helmand "
    "province, today. On Sunday the force had called in a precision air strike that killed "
    "three insurgents.",
    "An Afghan and coalition security force detained two insurgents in Nad Ali district, "
    "Helmand province, today. The force had tracked the cell to a compound Sunday, and had "
    "called in an air strike that killed three insurgents there Sunday.",
    "An Afghan and coalition security force detained two insurgents in Nad Ali district, "
    "Helmand province, today. The security force had located the Taliban commander in a "
    "compound that was struck by an air strike which killed him and two of his fighters "
    "June 11.",
])
def test_the_releases_own_strike_told_in_the_past_perfect_is_reported(body: str) -> None:
    result = answer(body)
    assert result.killed == 3
    assert result.airstrike is True


# A memorial held "in memory of" its own dead of last week tells their attack: the attackers'
# toll with no date of its own is that attack's.
def test_a_ceremony_in_memory_of_comrades_tells_their_attack() -> None:
    body = ("Afghan and coalition soldiers at Forward Operating Base Ramrod held a service "
            "today in memory of two comrades killed last week when insurgents attacked their "
            "convoy in Maiwand district, Kandahar province.\n\nAfghan soldiers killed the "
            "attackers after a short firefight.")
    assert answer(body).killed == 0


def test_attackers_killed_by_their_own_day_after_a_ceremony_in_memory_are_reported() -> None:
    body = ("Afghan and coalition soldiers at Forward Operating Base Ramrod held a service "
            "today in memory of two comrades killed last week when insurgents attacked their "
            "convoy in Maiwand district, Kandahar province.\n\nAfghan soldiers killed three "
            "attackers in a firefight this morning.")
    assert answer(body).killed == 3


# A toll placed right "after the attack" a memorial recalls points back to it.
_MEMORIAL = ("Soldiers at Combat Outpost Tarok Kalay dedicated a memorial today to Cpl. Dale "
             "Hensley, who was killed May 30 when insurgents attacked his patrol in Arghandab "
             "district, Kandahar province.\n\n")


def test_a_toll_after_the_memorials_attack_is_that_attacks() -> None:
    body = _MEMORIAL + "Afghan forces killed two insurgents after the attack."
    assert answer(body).killed == 0


def test_a_toll_after_another_attack_named_by_its_target_is_reported() -> None:
    body = (_MEMORIAL + "Afghan forces killed two insurgents after the attack on a "
            "checkpoint in Zhari district.")
    assert answer(body).killed == 2


@pytest.mark.parametrize("toll", [
    "Afghan forces killed two insurgents following the attack.",
    "After the attack, Afghan forces killed two insurgents.",
    "Afghan forces killed two insurgents after the bombing.",
])
def test_a_toll_told_after_the_memorials_attack_in_other_words_is_that_attacks(
        toll: str) -> None:
    assert answer(_MEMORIAL + toll).killed == 0


# "The insurgents", right after the sentence that told the attackers, are those attackers;
# a paragraph that tells the mourned again by their day lies between them and the memorial,
# which still dates the release by its lede's day.
_HONOURED = ("German and Afghan soldiers gathered at Camp Marmal today to honour two comrades "
             "killed in an ambush in Chahar Darah district, Kunduz province, last week.\n\n"
             "Sgt. Jonas Reiter and Cpl. Felix Brandt were killed June 9 when insurgents fired "
             "on their vehicle near the village of Aliabad.\n\n")


def test_the_insurgents_named_back_to_the_attackers_are_the_memorials_attack() -> None:
    result = answer(_HONOURED + "Afghan soldiers chased the attackers after the ambush. The "
                    "insurgents were killed after a short fight.")
    assert result.killed == 0
    assert str(result.start_date) == "2011-06-14"


def test_the_insurgents_of_a_fresh_fight_are_reported() -> None:
    result = answer(_HONOURED + "A patrol came under fire near the village this morning. The "
                    "insurgents were killed after a short fight.")
    assert result.killed == 3


def test_the_insurgents_of_a_fresh_fight_whose_attackers_have_their_own_day_are_reported(
        ) -> None:
    result = answer(_HONOURED + "A patrol in Chahar Darah drove off attackers who fired on it "
                    "this morning. The insurgents were killed after a short fight.")
    assert result.killed == 3
    assert str(result.start_date) == "2011-06-09"


@pytest.mark.parametrize("after", [
    "Afghan soldiers chased the attackers after the ambush. The three insurgents were killed "
    "after a short fight.",
    "Afghan soldiers chased the attackers after the ambush. The Taliban fighters were killed "
    "after a short fight.",
    "Afghan soldiers chased the attackers after the ambush. They caught up with them near the "
    "river. The insurgents were killed after a short fight.",
])
def test_the_attackers_named_back_in_other_words_are_the_memorials_attack(after: str) -> None:
    assert answer(_HONOURED + after).killed == 0


# A later death of the release's week, told with no restatement of the mourned (neither as
# many nor named), is no part of the memorial.
_WILSON = ("Soldiers at Forward Operating Base Wilson gathered today to honour two comrades "
           "killed in an ambush in Zhari district, Kandahar province, last week.\n\n")


def test_a_fresh_own_death_after_a_memorial_dates_the_release() -> None:
    result = answer(_WILSON + "An ISAF service member died June 11 following an insurgent "
                    "attack in eastern Afghanistan. Coalition forces killed three insurgents "
                    "after the attack.")
    assert result.killed == 3
    assert str(result.start_date) == "2011-06-11"


def test_a_fresh_own_death_alone_after_a_memorial_dates_the_release() -> None:
    assert str(answer(_WILSON + "An ISAF service member died June 11 following an insurgent "
                      "attack in eastern Afghanistan.").start_date) == "2011-06-11"
