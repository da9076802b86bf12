"""Long-release wordings found by rules45's probe batches (issue 14): tolls and strikes a
release recalls around the operation it reports."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_toll_of_an_attack_intelligence_linked_the_target_to_is_his_history() -> None:
    # "linked him to a July ambush ... that killed four drivers" says who he is
    body = ("An Afghan and coalition security force killed a Taliban commander and two of his "
            "fighters in Zharay district, Kandahar province, yesterday. Intelligence reporting "
            "linked him to an ambush on a fuel convoy near Senjaray that killed four Afghan "
            "drivers.")
    assert answer(body).killed == 3


def test_toll_of_an_attack_tied_to_the_cell_is_its_history() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Nad-e Ali district, Helmand "
            "province, yesterday. Officials tied the cell to a bombing in Marjah that killed "
            "six civilians.")
    assert answer(body).killed == 2


def test_a_linked_toll_of_the_operation_itself_still_counts() -> None:
    # no target blamed: the force's own toll, with "linked" elsewhere in the sentence
    body = ("Afghan and coalition forces linked up with an Afghan police patrol in Zharay "
            "district, Kandahar province, yesterday and killed four insurgents who attacked "
            "them.")
    assert answer(body).killed == 4


def test_a_death_that_follows_an_older_capture_keeps_its_own_day() -> None:
    # "His death follows the capture in April": April is the deputy's capture, not the toll's
    body = ("ISAF confirmed today that a Taliban leader wounded during an Afghan and coalition "
            "operation in Panjwai district, Kandahar province, on Saturday died of his wounds "
            "yesterday. During Saturday's operation, the force came under fire as it approached "
            "his compound. Hadi was wounded in the exchange of fire and another insurgent was "
            "killed; two others were detained.\n\nHadi was treated on site and taken to a "
            "coalition medical facility, where he died despite treatment.\n\nHis death follows "
            "the capture in April of his deputy, who was detained in the same village.")
    assert answer(body).killed == 2


def test_a_death_the_release_tells_after_a_capture_still_counts() -> None:
    body = ("An Afghan and coalition force detained a Taliban facilitator in Panjwai district, "
            "Kandahar province, yesterday. After the capture, an insurgent who fired on the "
            "force was killed.")
    assert answer(body).killed == 1


def test_a_third_man_who_died_closes_the_ledes_three_told_part_by_part() -> None:
    # "killed three" in the lede, then "killing two of the attackers" and "a third ... died"
    body = ("British and Afghan soldiers killed three insurgents during a firefight in Nahr-e "
            "Saraj district, Helmand province, on Sunday.\n\nThe patrol came under fire from two "
            "compounds. The soldiers returned fire, killing two of the attackers. A third "
            "insurgent, who was wounded and detained, was given first aid and flown to the "
            "hospital at Camp Bastion, where he died of his wounds on Monday.")
    assert answer(body).killed == 3


def test_a_third_man_killed_after_two_of_a_lede_of_three_is_one_of_the_three() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Zharay district, Kandahar "
            "province, yesterday. The force returned fire, killing two of the attackers. A third "
            "insurgent was killed as he fled.")
    assert answer(body).killed == 3


def test_a_third_man_after_a_pair_with_no_lede_of_three_adds_one() -> None:
    body = ("Afghan and coalition forces came under fire in Zharay district, Kandahar "
            "province, yesterday. The force returned fire, killing two of the attackers. A third "
            "insurgent was killed as he fled.")
    assert answer(body).killed == 3



def test_a_spokesmans_he_died_is_the_own_soldier_told_before() -> None:
    # "He died doing a job he loved" restates the soldier's death: the release's own dead
    text = ("Guardsman Killed in Helmand\nTask Force Helmand\n\nLASHKAR GAH, Afghanistan "
            "(Nov. 18, 2009) - It is with great sadness that the Ministry of Defence must "
            "confirm that a soldier from the 1st Battalion Grenadier Guards was killed in an "
            "explosion near Sangin, Helmand province, on Monday.\n\nLt. Col. David Wakefield, "
            "spokesman for Task Force Helmand, said: \"He died doing a job he loved. Our "
            "thoughts are with his family.\"")
    assert read(text, None)[0].killed == 0


def test_a_speakers_he_died_after_an_insurgent_killed_is_that_insurgent() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander in Sangin district, "
            "Helmand province, on Monday.\n\n\"He died fighting the people of Sangin,\" said "
            "the district governor.")
    assert answer(body).killed == 1


def test_a_toll_after_a_lede_that_ends_an_operation_counts_from_the_day_it_began() -> None:
    body = ("Afghan National Security Forces concluded a two-day clearing operation in "
            "Sayedabad district, Wardak province, yesterday, the Ministry of Defense said."
            "\n\nThe operation, which began Sunday, was led by the Afghan National Army."
            "\n\nAccording to the Ministry of Defense, 17 insurgents were killed during the "
            "operation.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 12)
    assert got.killed == 17


def test_a_lede_that_ends_no_operation_keeps_its_day() -> None:
    body = ("Afghan National Security Forces searched villages in Sayedabad district, Wardak "
            "province, yesterday, the Ministry of Defense said.\n\nThe operation, which began "
            "Sunday, was led by the Afghan National Army.\n\nAccording to the Ministry of "
            "Defense, 17 insurgents were killed during the operation.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_a_claimed_strike_after_the_release_said_none_was_conducted_is_no_strike() -> None:
    body = ("The International Security Assistance Force said today that no coalition air "
            "strike was conducted in Tagab district, Kapisa province, this week, after "
            "insurgent spokesmen claimed that a coalition air strike had killed 10 civilians.")
    assert answer(body).airstrike is False


def test_a_claimed_strike_the_sentence_before_denied_is_no_strike() -> None:
    body = ("ISAF said today that no coalition air strike was conducted in Tagab district, "
            "Kapisa province, this week. Insurgent spokesmen had claimed that a coalition air "
            "strike killed 10 civilians in the village of Joybar.")
    assert answer(body).airstrike is False


def test_a_claimed_strike_after_a_strike_not_needed_stands() -> None:
    # "no air strike was needed" says nothing of the strike the insurgents claim
    body = ("Insurgent spokesmen claimed that a coalition air strike killed 10 civilians in "
            "Tagab district, Kapisa province, yesterday.")
    assert answer(body).airstrike is True


def test_the_dead_attackers_are_not_the_pair_taken_alive() -> None:
    # "The insurgents who attacked them are dead" points back past the two detained
    body = ("Two Afghan soldiers were killed yesterday when insurgents ambushed a patrol in "
            "Qaisar district, Faryab province. The patrol returned fire and killed four of the "
            "attackers. Two insurgents who surrendered at the end of the engagement were "
            "detained.\n\n\"We honour our two comrades,\" said the corps commander. \"The "
            "insurgents who attacked them are dead or in custody.\"")
    assert answer(body).killed == 4


def test_the_dead_of_a_pair_killed_before_a_third_was_detained_are_that_pair() -> None:
    body = ("Insurgents ambushed a patrol in Qaisar district, Faryab province, yesterday. Two "
            "insurgents were killed and a third was detained. Afghan soldiers found the "
            "insurgents dead in a ditch beside the road.")
    assert answer(body).killed == 2


def test_a_toll_an_opening_month_dates_before_the_strike_is_history() -> None:
    # "In September, ... killed the commander's deputy": not the October engagement's toll
    text = ("KABUL, Afghanistan (Oct. 28, 2010) - An Afghan and coalition security force "
            "detained two wounded insurgents in Chahar Darah district, Kunduz province, Tuesday "
            "after an air weapons team engaged them. When the men fired on the force, the air "
            "weapons team engaged them, wounding both.\n\nIn September, Afghan and coalition "
            "forces killed the commander's deputy in an operation in the same village.")
    assert read(text, None)[0].killed == 0


def test_a_toll_in_the_strikes_own_month_stays_the_strikes() -> None:
    text = ("KABUL, Afghanistan (Oct. 28, 2010) - An Afghan and coalition security force "
            "detained two wounded insurgents in Chahar Darah district, Kunduz province, Tuesday "
            "after an air weapons team engaged them. When the men fired on the force, the air "
            "weapons team engaged them, wounding both.\n\nIn October, the air weapons team "
            "killed the commander's deputy.")
    assert read(text, None)[0].killed == 1


def test_an_initial_report_told_after_the_assessed_toll_gives_way_to_it() -> None:
    body = ("Six insurgents were killed when they attacked an Afghan and coalition patrol in "
            "Arghandab district, Zabul province, on Monday, a follow-up assessment has "
            "confirmed.\n\nThe patrol returned fire. Initial reports indicated that four "
            "insurgents had been killed. The patrol later found six bodies.")
    assert answer(body).killed == 6


def test_an_initial_report_before_the_assessed_toll_still_gives_way_to_it() -> None:
    body = ("An Afghan and coalition force killed five insurgents in Musa Qal'ah district, "
            "Helmand province, Saturday.\n\nInitial reporting indicated three insurgents had "
            "been killed. A follow-on assessment of the area has confirmed that five insurgents "
            "were killed.")
    assert answer(body).killed == 5


def test_a_man_who_was_wounded_and_died_is_the_subject_of_his_death() -> None:
    # the relative clause's forces are not who died
    body = ("An insurgent who was wounded during an engagement with Afghan and coalition "
            "forces in Baghlan-e Jadid district, Baghlan province, on Monday died of his wounds "
            "yesterday.\n\nDuring Monday's operation, the force returned fire, killing two "
            "insurgents and wounding a third, who was detained.")
    assert answer(body).killed == 3


def test_a_man_who_was_wounded_and_lived_is_no_death() -> None:
    body = ("An insurgent who was wounded during an engagement with Afghan and coalition "
            "forces in Baghlan-e Jadid district, Baghlan province, on Monday was detained "
            "yesterday.")
    assert answer(body).killed == 0


def test_a_pair_told_by_pointing_back_is_no_lede_of_the_next_paragraphs_man() -> None:
    # "killing both" (Kunduz) and "killed an armed insurgent" (Baghlan) are 2 + 1
    body = ("Afghan and coalition security forces killed three insurgents during two operations "
            "in Baghlan and Kunduz provinces yesterday.\n\nIn Kunduz province, a combined force "
            "searching for a facilitator in Imam Sahib district came under fire from two "
            "insurgents. The force returned fire, killing both.\n\nIn Baghlan province, an "
            "Afghan and coalition force killed an armed insurgent who fired on the force in "
            "Baghlan-e Jadid district.")
    assert answer(body).killed == 3


def test_a_lede_pair_and_the_one_man_told_next_are_the_pair() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Zharay district, Kandahar "
            "province, yesterday.\n\nAn armed insurgent ran toward the force and was killed. "
            "The force engaged a second man, killing him as well.")
    assert answer(body).killed == 2


def test_a_time_of_day_ends_the_sentence_before_a_toll() -> None:
    # "at about 9 p.m. Three ALP members were killed": the 25 attackers are not the dead
    body = ("Afghan Local Police held off an insurgent attack on a checkpoint in Sayyad "
            "district, Sar-e Pul province, Sunday night.\n\nAbout 25 insurgents attacked the "
            "checkpoint from three sides at about 9 p.m. Three ALP members were killed and two "
            "were wounded in the first minutes of the attack.\n\nSeven insurgents were killed, "
            "according to the provincial police spokesman.")
    assert answer(body).killed == 7


def test_a_time_of_day_before_a_weekday_ends_no_sentence() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Sayyad district, Sar-e Pul "
            "province, at 9 p.m. Monday. The force found two rifles.")
    got = answer(body)
    assert got.killed == 2
    assert got.start_date == dt.date(2011, 6, 13)


def test_a_toll_after_a_lede_death_after_an_attack_is_dated_by_the_attack() -> None:
    # "died of wounds yesterday after an insurgent attack ... Saturday": the attack's day
    body = ("A coalition service member died of wounds yesterday after an insurgent attack on "
            "an Afghan and coalition patrol in Sabari district, Khost province, Saturday.\n\n"
            "The patrol was searching a village when insurgents opened fire. The patrol "
            "returned fire, killing two insurgents.")
    got = answer(body)
    assert got.start_date == dt.date(2011, 6, 11)
    assert got.killed == 2


def test_a_toll_after_a_lede_of_two_days_without_an_incident_takes_its_first() -> None:
    body = ("Afghan forces detained a Taliban commander yesterday in Sabari district, Khost "
            "province, and found a cache Saturday.\n\nThe force returned fire, killing two "
            "insurgents.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_people_of_no_side_also_killed_beside_insurgents_are_the_civilians_told_first() -> None:
    body = ("Two Afghan civilians were killed during an operation in Pul-e Alam district, "
            "Logar province, Saturday.\n\nInsurgents in a neighbouring building opened fire. In "
            "the exchange of fire that followed, three insurgents were killed. After the "
            "fighting, the force found that two men from a nearby house had also been killed.")
    assert answer(body).killed == 5


def test_people_of_no_side_also_killed_beside_insurgents_alone_are_more_dead() -> None:
    body = ("An Afghan and coalition force searched a compound in Pul-e Alam district, Logar "
            "province, Saturday.\n\nIn the exchange of fire, three insurgents were killed. Two "
            "men from a nearby house had also been killed.")
    assert answer(body).killed == 5


def test_a_weeks_toll_told_again_by_day_starts_on_its_first_day() -> None:
    text = ("BAGRAM AIRFIELD, Afghanistan (Aug. 26, 2010) - Afghan and coalition forces killed "
            "four insurgents in two engagements in Khost province this week.\n\nOn Tuesday, an "
            "Afghan and coalition patrol in Sabari district came under fire from insurgents "
            "hiding in a cornfield. The patrol returned fire, killing three insurgents.\n\nOn "
            "Wednesday, Afghan National Police in Tani district shot and killed an insurgent who "
            "was planting a roadside bomb.")
    got = read(text, None)[0]
    assert got.killed == 4
    assert got.start_date == dt.date(2010, 8, 24)


def test_a_weeks_toll_whose_parts_give_no_day_keeps_its_week() -> None:
    body = ("Afghan and coalition forces killed four insurgents in two engagements in Khost "
            "province this week.\n\nAn Afghan and coalition patrol in Sabari district came under "
            "fire from insurgents hiding in a cornfield. The patrol returned fire, killing three "
            "insurgents.\n\nAfghan National Police in Tani district shot and killed an insurgent "
            "who was planting a roadside bomb.")
    assert answer(body).start_date == dt.date(2011, 6, 13)


def test_the_toll_of_a_two_day_operation_with_a_strike_starts_on_its_first_day() -> None:
    text = ("KABUL, Afghanistan (Oct. 25, 2010) - Afghan and coalition forces killed 12 "
            "insurgents during a two-day operation in Arghandab district, Kandahar province, "
            "that ended Sunday.\n\nOn the first day, Saturday, the force came under fire and "
            "returned fire, killing five insurgents.\n\nOn Sunday, after confirming that no "
            "civilians were present, coalition aircraft struck a compound, killing seven "
            "insurgents.")
    got = read(text, None)[0]
    assert (got.killed, got.airstrike) == (12, True)
    assert got.start_date == dt.date(2010, 10, 23)


def test_a_strikes_toll_dated_by_its_day_keeps_the_strikes_day() -> None:
    text = ("KABUL, Afghanistan (Oct. 25, 2010) - Coalition aircraft struck a compound in "
            "Arghandab district, Kandahar province, Sunday, killing seven insurgents.")
    assert read(text, None)[0].start_date == dt.date(2010, 10, 24)


def test_the_insurgents_among_people_killed_including_civilians_are_their_rest() -> None:
    body = ("A coalition air strike in Mohammad Agha district, Logar province, Friday killed "
            "eight people, including two civilians, an assessment has found. The commander was "
            "among the six insurgents killed.")
    assert answer(body).killed == 8


def test_insurgents_killed_beside_people_including_civilians_of_another_number_add() -> None:
    body = ("A coalition air strike in Mohammad Agha district, Logar province, Friday killed "
            "eight people, including two civilians. In a separate operation in Baraki Barak "
            "district, the force killed three insurgents.")
    assert answer(body).killed == 11


def test_a_rank_in_a_weeks_tally_is_no_second_toll() -> None:
    body = ("Afghan National Army soldiers killed an insurgent in Shahid-e Hassas district, "
            "Uruzgan province, Saturday, the fourth insurgent killed in the district this week. "
            "The soldiers returned fire and killed him.")
    assert answer(body).killed == 1
