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


# negative: "service personnel" are the mourners, not a service, and their own verb ("lined")
# stands between them and the "for" of a ramp ceremony: the dead fell yesterday, where the
# release says
def test_service_personnel_lining_a_runway_for_a_ceremony_hold_no_service() -> None:
    for mourners in ("Service personnel", "Service members"):
        body = (f"{mourners} lined the runway at Bagram Airfield this evening for a ramp "
                "ceremony honoring three soldiers who were killed by a roadside bomb in Tagab "
                "district yesterday.")
        got = answer(body)
        assert (got.provinces, got.start_date) == (frozenset({"kapisa"}),
                                                   dt.date(2011, 6, 13)), mourners


# negative: a ceremony whose "for" comes after a clause of its own mourns nobody: the elders'
# plea, the clinic built for the soldiers, keep the lede's day
def test_a_ceremony_for_another_purpose_mourns_nobody() -> None:
    for body in (
            "Coalition forces attended a ceremony at the Nad-e Ali district center today where "
            "elders asked for justice for three civilians who were killed by a roadside bomb in "
            "Nad-e Ali district, Helmand province, June 8.",
            "Afghan soldiers and coalition troops held a ceremony at the district center today "
            "to open a new clinic built for two Afghan soldiers killed by a roadside bomb in "
            "Nad-e Ali district, Helmand province, June 8."):
        assert answer(body).start_date == dt.date(2011, 6, 14), body


# A memorial's place may run through several places before whom it is held for ("today at the
# ... compound outside Mahmud-e Raqi city in Kapisa province for"): still its own dead.
def test_a_memorial_placed_through_several_places_still_mourns_its_dead() -> None:
    body = ("Coalition troops held a memorial service today at the provincial reconstruction "
            "team compound outside Mahmud-e Raqi city in Kapisa province for two soldiers who "
            "were killed last week in Tagab district.\n\nAfghan security forces killed the "
            "attackers after a brief fight, and the patrol recovered the soldiers' bodies.")
    assert answer(body).killed == 0


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


# Whoever the releasing side killed is the other side's, whatever noun the writer gives him:
# never the mourned soldier told again.
def test_a_man_the_releasing_side_killed_is_never_its_mourned_soldier() -> None:
    for killed in ("the trigger-man", "the spotter", "the man who fired the shots"):
        body = ("Soldiers held a memorial ceremony today for Sgt. Owen Hale, who was killed "
                "June 11 when insurgents attacked his patrol in Andar district, Ghazni "
                f"province.\n\nHale was killed by small-arms fire while leading his team. "
                f"Coalition forces killed {killed} after a short pursuit.")
        assert answer(body).killed == 1, killed


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


# The same, however the investigation is said to be done.
def test_an_investigation_concluded_or_closed_is_the_datelines_day() -> None:
    for lede in ("ISAF has concluded its investigation into",
                 "ISAF has finished its investigation into",
                 "ISAF has closed its investigation into",
                 "A joint Afghan and ISAF team completed investigations into"):
        body = (f"{lede} the May 20 insider attack at a police post in Shah Joy district, "
                f"Zabul province, in which two coalition service members were killed.{_LATER}")
        assert answer(body).start_date == dt.date(2011, 6, 14), lede
    body = ("The investigation into the May 20 insider attack at a police post in Shah Joy "
            "district, Zabul province, in which two coalition service members were killed, has "
            f"been completed.{_LATER}")
    assert answer(body).start_date == dt.date(2011, 6, 14)


_LATER = ("\n\nInvestigators learned that the attacker had joined the police two months "
          "before. He was killed at the scene by coalition forces.")


# negative: an operation's own assessment of its ground, completed, reports no findings on an
# older incident: dated by the operation's day
def test_a_completed_initial_assessment_keeps_the_operations_day() -> None:
    body = ("Afghan and coalition forces completed an initial assessment of the area after an "
            "operation in Nad-e Ali district, Helmand province, June 5, in which four "
            "insurgents were killed.")
    assert answer(body).start_date == dt.date(2011, 6, 5)


# A ceremony "in remembrance of", "in tribute to" its dead, or held "to say farewell to" them,
# is a memorial as one "in memory of" them: dated by the day the soldier fell.
def test_a_ceremony_in_remembrance_or_tribute_is_dated_by_his_day() -> None:
    for opener in ("in remembrance of", "in tribute to", "to say farewell to"):
        body = ("Soldiers of Task Force Kandak held a ceremony at Camp Nathan Smith today "
                f"{opener} Cpl. Dario Lenz, who was killed Saturday when a roadside bomb "
                "struck his vehicle in Arghandab district.\n\nLenz, 26, was on his first "
                "tour.")
        assert answer(body).start_date == dt.date(2011, 6, 11), opener
