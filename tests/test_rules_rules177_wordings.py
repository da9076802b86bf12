"""Wordings the misses left open from the fresh open sets showed in releases that look back on
an incident (issue 14): a memorial held "in memory of" its dead or placed at length before
them, its dead set off by the part they served in, the attacker named by his part in the
attack, the mourned given their day by a later sentence, and an investigation said to be
completed; each written as a short release of our own (dateline June 14, 2011), with
negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer


# A ceremony held "in memory of" its dead is a memorial as one held "for" them: a soldier it
# mourns, killed within the week, dates the release by the day he fell.
def test_a_ceremony_in_memory_of_a_ranked_soldier_is_dated_by_his_day() -> None:
    body = ("Soldiers of Task Force Kandak held a ceremony at Camp Nathan Smith today in "
            "memory of Cpl. Dario Lenz, who was killed Saturday when a roadside bomb struck "
            "his vehicle in Arghandab district.\n\nLenz, 26, was on his first tour.")
    got = answer(body)
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 11))


# negative: one it mourns who fell before the week dates it by its lede's day
def test_a_ceremony_in_memory_of_a_soldier_of_before_the_week_is_the_ledes() -> None:
    body = ("Soldiers of Task Force Kandak held a ceremony at Camp Nathan Smith today in "
            "memory of Cpl. Dario Lenz, who was killed June 2 when a roadside bomb struck "
            "his vehicle in Arghandab district.\n\nLenz, 26, was on his first tour.")
    got = answer(body)
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 14))


# A memorial's place may run a dozen words before whom it is held for ("a memorial service
# today at the ... base in Bamyan city for three soldiers"): still its own dead, of before the
# week, so the attackers' toll told with their attack is that attack's.
def test_a_memorial_placed_at_length_still_mourns_its_dead() -> None:
    body = ("Coalition troops held a memorial service today at the provincial reconstruction "
            "team compound outside Mahmud-e Raqi city for two soldiers who were killed last "
            "week in Tagab district, Kapisa province.\n\nAfghan security forces killed the "
            "attackers after a brief fight, and the patrol recovered the soldiers' bodies.")
    assert answer(body).killed == 0


# negative: "service members" are the mourners, not a service, though their sentence runs a
# dozen words to a "for": the dead fell yesterday, where the release says
def test_service_members_gathering_far_from_a_for_hold_no_service() -> None:
    body = ("Service members lined the runway at Bagram Airfield this evening in two long "
            "rows for a ramp ceremony honoring three soldiers who were killed by a roadside "
            "bomb in Tagab district yesterday.")
    got = answer(body)
    assert (got.provinces, got.start_date) == (frozenset({"kapisa"}), dt.date(2011, 6, 13))


# A man named first and set off by the part he served in ("in memory of Zabihullah, a civilian
# working with ISAF as an interpreter, who was killed") is the memorial's own dead: "an
# interpreter" is his role again, not the antecedent of "who", so the attackers' toll of last
# week's attack is history.
def test_an_own_man_set_off_by_his_part_before_a_long_clause_is_mourned() -> None:
    for opener in ("held a ceremony today in memory of", "gathered today to honor"):
        body = (f"Soldiers at Forward Operating Base Lightning {opener} Naqibullah, a civilian "
                "working with ISAF as an interpreter, who was killed by small-arms fire during "
                "a patrol in Zurmat district, Paktiya province, last week.\n\nAfghan forces "
                "killed the attackers after a brief fight.")
        assert answer(body).killed == 0, opener


# negative: a set-off "who" after a count with no memorial before it is that count's
def test_a_set_off_who_with_no_memorial_keeps_its_count() -> None:
    body = ("A coalition patrol engaged two insurgents, who were killed in the firefight, in "
            "Zurmat district, Paktiya province, yesterday.")
    assert answer(body).killed == 2


# One man named by his part in the attack ("the triggerman") is of the other side: not the
# soldier a memorial mourns told again. Within the week the memorial counts him.
def test_a_triggerman_beside_a_mourned_soldier_of_the_week_counts() -> None:
    body = ("Soldiers held a memorial ceremony today for Sgt. Owen Hale, who was killed June 11 "
            "when insurgents attacked his patrol in Andar district, Ghazni province.\n\nHale "
            "was killed by small-arms fire while leading his team. Coalition forces killed "
            "the triggerman after a short pursuit.")
    assert answer(body).killed == 1


# negative: before the week, the triggerman's toll is the memorial's attack, history
def test_a_triggerman_beside_a_mourned_soldier_of_before_the_week_is_history() -> None:
    body = ("Soldiers held a memorial ceremony today for Sgt. Owen Hale, who was killed June 2 "
            "when insurgents attacked his patrol in Andar district, Ghazni province.\n\nHale "
            "was killed by small-arms fire while leading his team. Coalition forces killed "
            "the triggerman after a short pursuit.")
    assert answer(body).killed == 0


# Comrades mourned "earlier this month" and then told again by their day before the week ("The
# three soldiers were killed June 2") are a memorial of dead before the week: dated by the
# lede's day, and the attackers' toll told with them is that attack's.
def test_a_memorial_of_earlier_this_month_given_an_older_day_is_the_ledes() -> None:
    body = ("Soldiers of the task force gathered at Forward Operating Base Tagab today to "
            "honour three comrades killed earlier this month.\n\nThe three soldiers were "
            "killed June 2 when insurgents fired on their foot patrol in Tagab district, "
            "Kapisa province. Afghan soldiers killed two of the attackers after a short "
            "pursuit.")
    got = answer(body)
    assert (got.killed, got.start_date) == (0, dt.date(2011, 6, 14))


# negative: told again by a day within the week, the memorial is dated by the day they fell
def test_a_memorial_of_earlier_this_month_given_a_day_of_the_week_is_that_days() -> None:
    body = ("Soldiers of the task force gathered at Forward Operating Base Tagab today to "
            "honour three comrades killed earlier this month.\n\nThe three soldiers were "
            "killed June 10 when insurgents fired on their foot patrol in Tagab district, "
            "Kapisa province. Afghan soldiers killed two of the attackers after a short "
            "pursuit.")
    assert answer(body).start_date == dt.date(2011, 6, 10)


# A lede that says an investigation into an older incident is completed reports its findings,
# though the word "found" comes only in a later paragraph: dated by the dateline's day.
def test_a_completed_investigation_of_an_older_attack_is_the_datelines_day() -> None:
    body = ("ISAF has completed its investigation into the May 20 insider attack at a police "
            "post in Shah Joy district, Zabul province, in which two coalition service members "
            "were killed.\n\nInvestigators learned that the attacker had joined the police "
            "two months before. He was killed at the scene by coalition forces.")
    assert answer(body).start_date == dt.date(2011, 6, 14)


# negative: a completed review of a strike within the week keeps the strike's day
def test_a_completed_review_of_a_strike_of_the_week_keeps_its_day() -> None:
    body = ("A joint Afghan and ISAF team has completed its review of an air strike on June 10 "
            "in Shah Joy district, Zabul province, and found that two civilians were killed.")
    assert answer(body).start_date == dt.date(2011, 6, 10)
