"""Wordings the misses of the opened blind41 (longer releases) showed (issue 14): each written as
a short release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import DATELINE, answer, read


# A participial clause fronting the toll names no speaker: "Having confirmed that no civilians
# were nearby, the unit fired ..., killing all three" is the release's own toll.
def test_a_participle_before_confirmed_is_no_claimant() -> None:
    body = ("Afghan and coalition forces killed four insurgents in two engagements in Zhari "
            "district, Kandahar province, over the weekend. On Saturday a patrol engaged an "
            "insurgent planting a device, killing him. The next evening a coalition unit "
            "tracked three insurgents carrying rockets. Having confirmed that no civilians "
            "were nearby, the unit fired on the group, killing all three.")
    assert answer(body).killed == 4


def test_a_named_speaker_who_confirmed_is_still_a_claimant() -> None:
    body = ("Coalition forces detained two suspected insurgents in Zhari district, Kandahar "
            "province, yesterday. A Taliban spokesman confirmed that coalition forces killed "
            "six civilians in the village.")
    _, claims = read(DATELINE + body)
    assert [c.claimant for c in claims if c.outcome == "killed"] == ["A Taliban spokesman"]


# A toll told before as a murder the target is accused of is no toll the operation restates:
# "wanted for the murder of a village elder in June ... One insurgent ... was killed".
def test_a_murder_the_target_is_blamed_for_is_not_the_later_toll() -> None:
    body = ("Afghan and coalition forces detained a Taliban sub-commander in Deh Rawud "
            "district, Uruzgan province, yesterday. He was also wanted in connection with the "
            "murder of a village elder in May. During the operation, one insurgent opened fire "
            "on the force and was killed when it returned fire.")
    assert answer(body).killed == 1


def test_a_murder_the_target_is_blamed_for_counts_nothing_alone() -> None:
    body = ("Afghan and coalition forces detained a Taliban sub-commander in Deh Rawud "
            "district, Uruzgan province, yesterday. He was also wanted in connection with the "
            "murder of a village elder in May.")
    assert answer(body).killed == 0


def test_a_lede_toll_restated_after_a_recalled_murder_is_one_toll() -> None:
    body = ("Four insurgents were killed and one detained when Afghan and coalition forces "
            "came under fire in Charkh district, Logar province, yesterday. The force was "
            "searching for a commander accused of ordering the murder of a district official "
            "in March. The force returned fire, killing four insurgents.")
    assert answer(body).killed == 4


# The man who fired on the releasing side's police and was killed is the other side's dead,
# not its own: "a man fired on Afghan police from a rooftop and was killed".
def test_a_man_who_fired_on_afghan_police_and_was_killed_counts() -> None:
    body = ("Afghan police and coalition soldiers detained five suspected insurgents in Zhari "
            "district, Kandahar province, overnight. At one compound, a man fired on Afghan "
            "police from a rooftop and was killed when they returned fire.")
    assert answer(body).killed == 1


def test_an_afghan_policeman_killed_is_still_own_dead() -> None:
    body = ("Insurgents fired on an Afghan police checkpoint in Zhari district, Kandahar "
            "province, yesterday. One Afghan policeman was killed.")
    assert answer(body).killed == 0


# "A leader responsible for attacks on Afghan and coalition forces ... was killed": the forces
# he attacked are no part of the toll, which "killed him" then restates.
def test_attacks_on_afghan_and_coalition_forces_are_no_part_of_the_toll() -> None:
    body = ("A Taliban leader responsible for attacks on Afghan and coalition forces in "
            "Khogyani district, Nangarhar province, was killed by a security force last night. "
            "As the force set a cordon, he fired on Afghan soldiers, who returned fire and "
            "killed him.")
    assert answer(body).killed == 1


def test_a_leader_and_his_fighters_still_add_up() -> None:
    body = ("A Taliban leader and two of his fighters were killed by a security force in "
            "Khogyani district, Nangarhar province, last night.")
    assert answer(body).killed == 3


# The leader's death and the toll of an attack he is blamed for are two claims: "killed Mullah
# Zahir ... Zahir was responsible for a car bomb attack in May that killed one civilian. ...
# Zahir fired on Afghan soldiers and was killed" is the leader, once.
def test_a_blamed_attacks_toll_does_not_join_the_leaders_death() -> None:
    body = ("Afghan and coalition forces killed Mullah Zahir Jan, a Taliban commander in Shah "
            "Joy district, Zabul province, during an operation Sunday night. Zahir Jan was "
            "responsible for a car bomb attack in Qalat in May that killed one civilian and "
            "wounded four police officers. When the force arrived, Zahir Jan fired on Afghan "
            "soldiers and was killed.")
    assert answer(body).killed == 1


# A pair whose one man the toll counted by role and the release names after it: "A facilitator
# ... was killed ... The facilitator, known locally as Qari Nasrullah, ... Nasrullah and another
# man ... Both were shot and killed" is 2, not 1 + 2.
def test_both_after_a_role_named_later_is_the_pair_with_him() -> None:
    body = ("A Haqqani network facilitator was killed Friday night when an Afghan-international "
            "security force surrounded his compound in Sabari district, Khost province. The "
            "facilitator, known locally as Qari Nasrullah, moved bombers to cells around Khost "
            "city. When the force called out the occupants, Nasrullah and another man walked "
            "toward the force carrying rifles. Both were shot and killed.")
    assert answer(body).killed == 2


def test_both_of_another_pair_still_adds_to_the_named_leader() -> None:
    body = ("A Haqqani network facilitator was killed Friday night when an Afghan-international "
            "security force surrounded his compound in Sabari district, Khost province. The "
            "facilitator, known locally as Qari Nasrullah, moved bombers to cells around Khost "
            "city. In a separate operation nearby, two insurgents fired on a patrol. Both were "
            "shot and killed.")
    assert answer(body).killed == 3


# More victims joined after the toll's place, day and who confirmed it: "Three civilians were
# killed in a coalition air strike in Giro district, Ghazni province, yesterday, ISAF officials
# confirmed today, along with two insurgents the strike was aimed at."
def test_along_with_after_the_day_and_the_confirming_voice_adds_the_others() -> None:
    body = ("Three civilians were killed in a coalition air strike in Giro district, Ghazni "
            "province, yesterday, ISAF officials confirmed today, along with two insurgents the "
            "strike was aimed at. A follow-on assessment found that the three civilians had "
            "been sheltering in a hut behind the wall.")
    assert answer(body).killed == 5


def test_along_with_after_the_day_alone_adds_the_others() -> None:
    body = ("A Taliban leader was killed in Giro district, Ghazni province, yesterday, along "
            "with two of his fighters.")
    assert answer(body).killed == 3


def test_a_toll_with_no_one_along_is_its_own_number() -> None:
    body = ("Three civilians were killed in a coalition air strike in Giro district, Ghazni "
            "province, yesterday, ISAF officials confirmed today, and an investigation has "
            "begun.")
    assert answer(body).killed == 3


# "these three people" points to the group of three told before, past a toll of two.
def test_these_three_points_past_another_toll_to_its_own_group() -> None:
    body = ("Three civilians were killed in a coalition air strike in Giro district, Ghazni "
            "province, yesterday, ISAF officials confirmed today, along with two insurgents the "
            "strike was aimed at. \"I am deeply sorry for the deaths of these three people,\" "
            "said the deputy commander.")
    assert answer(body).killed == 5


# "ISAF rejects claims made on a Taliban website that a coalition air strike killed 12
# civilians": a strike the release refutes is no event.
def test_a_strike_in_claims_the_release_rejects_is_no_airstrike() -> None:
    body = ("The International Security Assistance Force rejects claims made on a Taliban "
            "website that a coalition air strike killed 12 civilians in Kunar province Sunday. "
            "A patrol was ambushed in Watahpur district and returned fire, killing two armed "
            "insurgents.")
    found = answer(body)
    assert found.airstrike is False
    assert found.killed == 2


def test_a_strike_the_release_reports_beside_a_rejected_claim_still_counts() -> None:
    body = ("ISAF rejects claims made on a Taliban website that 12 civilians were killed in "
            "Kunar province Sunday. A coalition air strike killed two armed insurgents in "
            "Watahpur district Sunday.")
    assert answer(body).airstrike is True


# A strike recalled as two weeks or more before the find is history: "The find comes two weeks
# after coalition aircraft destroyed a smaller cache near the same bazaar."
def test_a_strike_two_weeks_before_the_find_is_history() -> None:
    body = ("Marines found a large cache of homemade explosives near the Loy Chareh bazaar in "
            "Marjah, Helmand province, on Sunday. The find comes two weeks after coalition "
            "aircraft destroyed a smaller cache of mortar rounds near the same bazaar.")
    assert answer(body).airstrike is False


def test_a_strike_the_day_after_the_find_is_the_releases_own() -> None:
    body = ("Marines found a large cache of homemade explosives near the Loy Chareh bazaar in "
            "Marjah, Helmand province, on Sunday. On Monday coalition aircraft destroyed a "
            "second cache of mortar rounds near the same bazaar.")
    assert answer(body).airstrike is True


# Bombs dropped after fire told as the insurgents' ("a barrage of rockets and mortars, followed
# by an assault ... by insurgents") are a strike of their own, beside the support fire.
def test_bombs_dropped_after_the_insurgents_barrage_are_an_airstrike() -> None:
    body = ("Nearly 30 insurgents were killed yesterday when Afghan and coalition forces fought "
            "off an attack on a combat outpost in Bermel district, Paktika province. The attack "
            "began before dawn with a barrage of rockets and mortars, followed by an assault on "
            "the outpost's wall by insurgents armed with rocket-propelled grenades. Soldiers "
            "held the perimeter while coalition attack helicopters engaged insurgents in the "
            "riverbed. Two F-15E aircraft then dropped precision-guided bombs on a ridge from "
            "which insurgents were directing mortar fire.")
    assert answer(body).airstrike is True


def test_helicopters_engaging_after_the_insurgents_barrage_are_support_fire() -> None:
    body = ("Nearly 30 insurgents were killed yesterday when Afghan and coalition forces fought "
            "off an attack on a combat outpost in Bermel district, Paktika province. The attack "
            "began before dawn with a barrage of rockets and mortars, followed by an assault on "
            "the outpost's wall by insurgents armed with rocket-propelled grenades. Soldiers "
            "held the perimeter while coalition attack helicopters engaged insurgents in the "
            "riverbed.")
    assert answer(body).airstrike is False


# A toll recalled as weeks before the operation, its strike placed: "The operation comes six
# weeks after a coalition air strike in the same valley killed a Taliban commander" is history.
def test_a_toll_six_weeks_before_the_operation_is_history() -> None:
    body = ("An Afghan-led force detained three suspected insurgents in Khogyani district, "
            "Nangarhar province, yesterday. The operation comes six weeks after a coalition air "
            "strike in the same valley killed a Taliban commander and two of his fighters.")
    assert answer(body).killed == 0


def test_a_toll_in_the_same_valley_told_as_the_operations_own_counts() -> None:
    body = ("An Afghan-led force detained three suspected insurgents in Khogyani district, "
            "Nangarhar province, yesterday. During the operation a coalition air strike in the "
            "same valley killed a Taliban commander and two of his fighters.")
    assert answer(body).killed == 3


# More victims joined after a longer place phrase: "was killed in an Afghan and coalition
# operation in Sabari district, Khost province, yesterday, along with three of his fighters".
def test_along_with_after_a_long_operation_phrase_adds_the_others() -> None:
    body = ("A Haqqani network commander was killed in an Afghan and coalition operation in "
            "Sabari district, Khost province, yesterday, along with three of his fighters.")
    assert answer(body).killed == 4


# "Afghan soldiers returned fire and killed the two": the soldiers killed; the two are the
# insurgents told before them, not the releasing side's dead.
def test_the_two_killed_by_soldiers_who_returned_fire_are_the_insurgents() -> None:
    body = ("Two insurgents fired rocket-propelled grenades at an Afghan army post in Gurbuz "
            "district, Khost province, yesterday. Afghan soldiers returned fire and killed the "
            "two.")
    assert answer(body).killed == 2


def test_the_two_soldiers_an_ambush_killed_are_still_own_dead() -> None:
    body = ("Insurgents ambushed two Afghan soldiers in Gurbuz district, Khost province, "
            "yesterday, killing both.")
    assert answer(body).killed == 0



# Ground fire the insurgents made, told after the releasing side's air strike ("Later that
# morning, insurgents fired rockets at a school near Kandahar City"), is another event: the
# strike keeps its own place, and the release's first place named alone labels it.
def test_insurgent_rockets_after_an_air_strike_are_another_event() -> None:
    body = ("In Shah Joy district of Zabul province, a coalition patrol observed three men "
            "emplacing a bomb on the main road before dawn on Thursday. The patrol called in an "
            "air strike. Coalition aircraft dropped one bomb, and all three men were killed.\n\n"
            "Later that morning, insurgents fired rockets at a school near Kandahar City. Four "
            "civilians were wounded.")
    found = answer(body)
    assert found.provinces == frozenset({"zabul"})
    assert found.airstrike is True
    assert found.killed == 3


def test_coalition_rockets_after_an_air_strike_stay_with_it() -> None:
    body = ("In Shah Joy district of Zabul province, a coalition patrol observed three men "
            "emplacing a bomb on the main road before dawn on Thursday. The patrol called in an "
            "air strike. Coalition aircraft dropped one bomb, and all three men were killed. "
            "Later that morning, the patrol fired rockets at the men's vehicle.")
    assert answer(body).provinces == frozenset({"zabul"})


# "an operation ... that began Sunday and ended yesterday" spans from Sunday.
def test_an_operation_that_began_and_ended_in_one_clause_starts_on_its_first_day() -> None:
    body = ("A three-day Afghan-led operation in Andar district, Ghazni province, that began "
            "Sunday and ended yesterday killed 11 insurgents, the Afghan National Army said.")
    assert answer(body).start_date == dt.date(2011, 6, 12)


def test_a_clause_that_began_and_ended_with_no_end_day_dates_nothing_back() -> None:
    body = ("Afghan soldiers killed three insurgents in Andar district, Ghazni province, "
            "yesterday. A second clash, which began Sunday and ended within an hour, left no "
            "one hurt.")
    assert answer(body).start_date == dt.date(2011, 6, 13)
