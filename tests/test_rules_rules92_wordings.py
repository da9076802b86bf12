"""Wordings the misses of the fresh open sets blind96-103 showed in memorials and the releasing
side's own dead (issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# A memorial held for the dead ("held a memorial ceremony today for") is a memorial as much as
# one gathered to honour them: those it is held for are the releasing side's own, and the toll
# of their attackers, with no date of its own, is that attack's, before the week.
def test_a_memorial_held_for_own_dead_of_last_week_recalls_its_attackers_toll() -> None:
    body = ("Soldiers of the battalion held a memorial ceremony today for four soldiers killed "
            "last week when insurgents ambushed their patrol in Chak district, Wardak province."
            "\nAfghan soldiers killed the attackers after a short gunfight.")
    assert answer(body).killed == 0


def test_colleagues_a_memorial_is_held_for_are_its_own_dead() -> None:
    body = ("Service members at the headquarters held a memorial service today for two "
            "colleagues killed last week when a suicide bomber struck their vehicle in Kabul.")
    assert answer(body).killed == 0


def test_paratroopers_who_gather_to_honour_comrades_mourn_their_own() -> None:
    body = ("Paratroopers gathered at the base chapel today to honor two comrades killed last "
            "week when insurgents ambushed their patrol in Andar district, Ghazni province.\n"
            "Afghan and coalition forces killed the attackers after a short gunfight.")
    assert answer(body).killed == 0


def test_a_ceremony_for_the_living_tells_no_memorial() -> None:
    body = ("Soldiers held a handover ceremony today for the district's new police chief in "
            "Chak district, Wardak province. Insurgents attacked the ceremony, and Afghan "
            "police killed two of the attackers.")
    assert answer(body).killed == 2


def test_a_memorial_toll_of_this_week_with_a_fresh_toll_set_apart_keeps_it() -> None:
    body = ("Soldiers held a memorial ceremony today for two soldiers killed last week when "
            "insurgents attacked their outpost in Chak district, Wardak province.\n\n"
            "Elsewhere, an Afghan and coalition force killed three insurgents who attacked a "
            "checkpoint in Sayyidabad district.")
    assert answer(body).killed == 3


# Whatever troops dedicate to their dead ("dedicated the camp's new dining hall today to") is
# a memorial, and those named by the attack they made ("the insurgents who planted the bomb")
# are its attackers: their toll, told with no date, is history.
def test_a_hall_dedicated_to_a_fallen_soldier_recalls_his_attackers_toll() -> None:
    body = ("Marines at Camp Leatherneck dedicated the camp's new dining hall today to Cpl. "
            "Daniel Ferris, who was killed by a roadside bomb in Marjah district in March.\n\n"
            "The insurgents who planted the bomb were later killed in a coalition raid, "
            "officials said.")
    assert answer(body).killed == 0


def test_forces_dedicated_to_a_task_dedicate_nothing() -> None:
    body = ("Afghan forces dedicated to the district's security killed two insurgents in "
            "Marjah district, Helmand province, today.")
    assert answer(body).killed == 2


# "dedicated to working with Afghan partners to" is read as far as a memorial's "dedicated ...
# to" (the quantifier lets it): whom the sentence goes on to tell killed are still its toll.
def test_forces_dedicated_to_working_with_partners_dedicate_nothing() -> None:
    body = ("Coalition forces remain dedicated to working with Afghan partners to find the "
            "insurgents who killed four civilians in Kandahar province yesterday.")
    assert answer(body).killed == 4


def test_insurgents_who_planted_a_bomb_are_counted_outside_a_memorial() -> None:
    body = ("An Afghan and coalition force killed two insurgents who planted a roadside bomb "
            "near a checkpoint in Marjah district, Helmand province, today.")
    assert answer(body).killed == 2


# The insider attacker is the other side's whatever uniform he wore, named as the object of
# the toll ("killed the rogue soldier") as much as its subject.
def test_the_rogue_soldier_killed_by_his_fellows_is_the_other_sides() -> None:
    body = ("An Afghan soldier opened fire on his fellow soldiers at a checkpoint in Kandahar "
            "province today, killing two of them. Other soldiers returned fire and killed the "
            "rogue soldier.")
    assert answer(body).killed == 1


def test_soldiers_killed_by_a_rogue_soldier_are_the_releasing_sides() -> None:
    body = ("Two coalition service members were killed by a rogue Afghan soldier at a base in "
            "Kandahar province today.")
    assert answer(body).killed == 0


# The releasing organisation's own people by their work beside the Afghan forces ("ISAF
# advisers", "NATO trainers") are its own dead ...
def test_isaf_advisers_killed_are_its_own_dead() -> None:
    body = ("Two ISAF advisers were killed today when a man inside a police headquarters in "
            "Kandahar city opened fire on them.")
    assert answer(body).killed == 0


def test_nato_trainers_killed_are_its_own_dead() -> None:
    body = ("Three NATO trainers were killed in Herat province today when a gunman opened fire "
            "on them at a training centre.")
    assert answer(body).killed == 0


# ... but, with the force they advise, who return fire are the killers, not the dead.
def test_advisers_who_returned_fire_killed_the_ones_after_them() -> None:
    body = ("Insurgents attacked an Afghan Border Police post in Spin Boldak district, Kandahar "
            "province, today. The police and their coalition mentors returned fire, killing two.")
    assert answer(body).killed == 2


# A memorial held for its dead where and when the lede says ("held a memorial ceremony at
# Forward Operating Base Ramrod today for") is dated by the day they were killed within the
# week, not by the ceremony's "today".
def test_a_memorial_held_at_a_named_base_today_is_dated_by_the_death() -> None:
    body = ("Soldiers of the task force held a memorial ceremony at Forward Operating Base "
            "Wilson today for Spc. Aaron Teller, who was killed by small-arms fire in Zharay "
            "district, Kandahar province, June 11.")
    assert answer(body).start_date == dt.date(2011, 6, 11)


def test_a_memorial_held_at_a_named_base_for_dead_of_before_the_week_keeps_its_day() -> None:
    body = ("Soldiers of the task force held a memorial ceremony at Forward Operating Base "
            "Wilson today for Spc. Aaron Teller, who was killed by small-arms fire in Zharay "
            "district, Kandahar province, May 20.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


# The insider told after the toll's object ("before the attacker was shot dead") is not who it
# counts: only the object the verb opens on can name him.
def test_an_attacker_shot_after_the_toll_leaves_the_dead_the_releasing_sides() -> None:
    body = ("An Afghan policeman turned his weapon on his colleagues at a checkpoint in Kandahar "
            "province yesterday, killing three Afghan policemen before the attacker was shot "
            "dead.")
    assert answer(body).killed == 0


def test_a_rogue_soldier_listed_after_service_members_does_not_make_them_the_other_sides() -> None:
    # (the rogue soldier's one is the right figure; the toll, told as one figure of three, is
    # not split, but the two service members are never the other side's)
    body = ("Killed were two ISAF service members and the rogue soldier, who opened fire in "
            "Helmand province yesterday.")
    assert answer(body).killed <= 1


# "Trainers" after the names of the other side ("a foreign fighter trainer", "a foreign
# al-Qaeda trainer") are the releasing side's targets, not its own people.
def test_a_foreign_fighter_trainer_is_counted_with_the_insurgents() -> None:
    body = ("A coalition air strike killed a foreign fighter trainer and two other insurgents "
            "in Paktika province yesterday.")
    assert answer(body).killed == 3


def test_a_foreign_al_qaeda_trainer_is_counted() -> None:
    body = ("Afghan and coalition forces killed Abu Hamza, a foreign al-Qaeda trainer, in Kunar "
            "province yesterday.")
    assert answer(body).killed == 1


def test_a_foreign_suicide_bomber_trainer_is_counted() -> None:
    body = ("Afghan and coalition forces killed a foreign suicide bomber trainer in Khost "
            "province yesterday.")
    assert answer(body).killed == 1
