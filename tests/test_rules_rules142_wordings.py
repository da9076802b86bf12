"""Wordings the misses of the fresh open sets blind128-135 showed where one claim swallowed two
sides' dead (the releasing side's with the attackers') or a total its details (issue 14): each
written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


# An insider attack's toll of the releasing side, then the attacker and a second man killed:
# the second man is the attacker's helper, not the second of the two the attacker killed (the
# two are the coalition's own dead, told apart from the attacker and his helper).
def test_the_attacker_and_a_second_man_are_not_the_two_he_killed() -> None:
    body = ("A man in an Afghan Border Police uniform turned his weapon on coalition soldiers at "
            "a patrol base in Spin Boldak district, Kandahar province, this morning, killing two "
            "of them.\n\nCoalition soldiers returned fire, killing the attacker. A second man, "
            "believed to have helped him, was shot and killed as he ran from the base.")
    assert answer(body).killed == 2


def test_the_rogue_soldier_and_a_second_soldier_are_not_the_two_he_killed() -> None:
    body = ("An individual wearing an Afghan National Army uniform opened fire on coalition "
            "service members at a combat outpost in Ghazni province today, killing two. The "
            "rogue soldier was shot and killed by coalition forces. A second soldier, believed "
            "to have helped him, was shot and killed as he tried to escape.")
    assert answer(body).killed == 2


def test_a_third_insurgent_closes_the_lede_told_part_by_part() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Arghandab district, Kandahar "
            "province, today. The patrol returned fire, killing two of the attackers. A third "
            "insurgent was killed as he fled the compound.")
    assert answer(body).killed == 3


# Those a memorial is held for are the releasing side's own, by whatever trade it names them:
# "the attackers" a later sentence tells killed are not they told again (within the week, a
# toll of no number of its own).
def test_the_attackers_are_not_the_engineers_a_memorial_mourns() -> None:
    body = ("Marines held a memorial service today for two combat engineers killed June 11 in "
            "Nad-e Ali district, Helmand province.\n\nSgt. Tom Reyes and Cpl. Ian Dunn died "
            "when insurgents fired on their vehicle. Afghan police killed the attackers after a "
            "short firefight.")
    assert answer(body).killed == 3


def test_the_attackers_told_after_a_toll_of_insurgents_are_those_insurgents() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Nad-e Ali district, Helmand "
            "province, yesterday.\n\nThe insurgents fired on a patrol from a compound. The patrol "
            "killed the attackers after a short firefight.")
    assert answer(body).killed == 2


# A "him" killed in the very sentence that told a toll before it is the man who killed them,
# not that toll told twice.
def test_him_killed_in_the_sentence_of_the_toll_is_the_killer() -> None:
    body = ("A man wearing an Afghan National Police uniform opened fire at a police training "
            "center in Shindand district, Herat province, today, killing a coalition service "
            "member, before police trainees shot and killed him.")
    assert answer(body).killed == 1
    claims = read(DATELINE + body)[1]
    assert len([c for c in claims if c.outcome == "killed"]) == 2


def test_him_killed_in_the_next_sentence_is_the_toll_again() -> None:
    body = ("An Afghan and coalition patrol engaged an armed insurgent in Shindand district, "
            "Herat province, today, killing one insurgent. A follow-up assessment confirmed "
            "that the patrol had killed him.")
    assert answer(body).killed == 1


# A lede its own sentence tells as the sum of separate operations is the roundup of the
# paragraphs' tolls, each its own, not one toll told part by part; nor is a part another unit
# tells ("a second patrol") a part of the toll before it.
UPDATE = ("Operational Update: Regional Command (South)\n"
          "KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – Afghan and coalition forces killed "
          "nine insurgents in two separate engagements in Kandahar and Helmand provinces "
          "yesterday.\n\nIn Zharay district, a coalition patrol was fired on from an orchard. "
          "The patrol called in an air strike on the orchard, killing five insurgents.\n\n"
          "In Garmsir district, Helmand province, Afghan police killed four insurgents who "
          "attacked a checkpoint.")


def test_a_lede_told_as_separate_engagements_keeps_its_details_apart() -> None:
    assert read(UPDATE)[0].killed == 9


def test_a_lede_without_separate_operations_is_told_part_by_part() -> None:
    body = ("Afghan and coalition forces killed nine insurgents in Zharay district, Kandahar "
            "province, yesterday.\n\nThe patrol called in an air strike on an orchard, killing "
            "five insurgents.\n\nThe patrol then killed four insurgents who fled the orchard.")
    assert answer(body).killed == 9


# (This guards how the separate-operations lede meets ``_first_of_few``'s another-unit guard:
# it passed before either, and fails only with the separate-operations rule and without that
# guard.)
def test_a_second_patrols_toll_is_not_the_first_of_a_detail_of_two() -> None:
    body = ("Afghan and coalition forces killed three insurgents in two separate engagements in "
            "Arghandab district, Kandahar province, yesterday.\nIn the first engagement, "
            "insurgents fired on a patrol. The patrol returned fire, killing two insurgents.\n"
            "Later that day, a second patrol killed an insurgent who was seen planting a "
            "roadside bomb.")
    assert answer(body).killed == 3


def test_a_second_patrols_toll_is_a_part_of_a_lede_of_one_operation() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Arghandab district, Kandahar "
            "province, yesterday.\nInsurgents fired on a patrol. The patrol returned fire, "
            "killing two insurgents.\nLater that day, a second patrol killed an insurgent who "
            "was seen planting a roadside bomb.")
    assert answer(body).killed == 3


# An enemy toll told twice in one sentence ("... when he fired on a patrol and the patrol
# returned fire, killing him") is that one insurgent, not the man who killed him.
def test_him_killed_in_the_sentence_of_an_insurgents_toll_is_that_insurgent() -> None:
    body = ("An armed insurgent was killed in Zharay district, Kandahar province, today when he "
            "fired on a coalition patrol and the patrol returned fire, killing him.")
    assert answer(body).killed == 1


def test_a_commander_who_fired_and_was_killed_is_one_death() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander, Mullah Abdul Qadir, in "
            "Nad-e Ali district, Helmand province, today after he fired on the security force, "
            "which returned fire and killed him.")
    assert answer(body).killed == 1


def test_an_insurgent_the_aircraft_engaged_and_killed_is_one_death() -> None:
    body = ("A coalition air weapons team killed an insurgent in Sangin district, Helmand "
            "province, yesterday after ground forces saw him planting a roadside bomb and the "
            "aircraft engaged and killed him.")
    assert answer(body).killed == 1


# A part's "two of them" told after a sentence that names the shooters last is still of the
# insurgents the lede counted: the third closes the lede's three, not three plus three.
def test_a_third_insurgent_closes_the_lede_after_them_the_police_killed() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Arghandab district, Kandahar "
            "province, today. Insurgents attacked an Afghan police checkpoint, and the police "
            "returned fire, killing two of them. A third insurgent was killed as he fled the "
            "area.")
    assert answer(body).killed == 3


def test_a_third_insurgent_closes_the_lede_after_them_the_soldiers_killed() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Arghandab district, Kandahar "
            "province, today. After insurgents attacked an Afghan Army checkpoint, the soldiers "
            "returned fire, killing two of them. A third insurgent was killed as he fled the "
            "area.")
    assert answer(body).killed == 3


# "Separate attacks" that tell the dead man's past ("responsible for separate IED attacks"),
# not the lede's operations, leave the lede one toll told part by part.
def test_separate_attacks_a_leader_was_responsible_for_leave_the_lede_told_in_parts() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Zharay district, Kandahar "
            "province, yesterday, including a Taliban leader responsible for separate IED "
            "attacks on coalition patrols.\n\nThe security force killed two insurgents in the "
            "first compound.\n\nThe security force then killed one insurgent who fled to a "
            "nearby compound.")
    assert answer(body).killed == 3


# A memorial's dead are the releasing side's own however it opens on them ("to honor", as
# dating reads it): the attackers killed after are not they told again.
def test_the_attackers_are_not_the_engineers_the_marines_gathered_to_honor() -> None:
    body = ("Marines gathered today to honor two combat engineers killed June 11 in Nad-e Ali "
            "district, Helmand province.\n\nSgt. Tom Reyes and Cpl. Ian Dunn died when "
            "insurgents fired on their vehicle. Afghan police killed the attackers after a "
            "short firefight.")
    assert answer(body).killed == 3


# A memorial for a civilian ("a tribal elder") mourns no side's own: the civilian told later is
# the elder again, and last week's elder is no toll of the bombing.
def test_a_tribal_elder_a_memorial_is_held_for_is_the_civilian_told_later() -> None:
    body = ("ISAF leaders attended a memorial ceremony today for a tribal elder killed in "
            "Arghandab district, Kandahar province, yesterday.\n\nThe elder was killed by an "
            "insurgent who was later killed by Afghan police. Insurgents killed the civilian "
            "because he supported the government.")
    assert answer(body).killed == 2


def test_a_bombing_of_an_elders_memorial_counts_its_own_dead() -> None:
    body = ("A suicide bomber struck a memorial service for a tribal elder killed last week in "
            "Arghandab district, Kandahar province, today, killing six civilians and the "
            "bomber.")
    assert answer(body).killed == 7
