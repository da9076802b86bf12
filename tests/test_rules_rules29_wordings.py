"""Probe releases for how a release's tolls combine across its sentences (issue 14, rules29):
a toll told again as the total of the tolls before it, a part told later as "an additional
four", and a corrected figure told as "the number ... killed ... was nine". Each probe was
written for these tests in the releases' style; each positive has a negative beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.isaf_probes import answer, read


@pytest.mark.parametrize(("body", "killed"), [
    # a total that sums the tolls told before it is those tolls, not more dead
    ("An air weapons team killed four insurgents emplacing a roadside bomb in Garmsir district,"
     " Helmand province, today. A ground patrol later killed two more insurgents fleeing the"
     " site. A total of six insurgents were killed in the two engagements.", 6),
    ("A combined force killed three insurgents in a compound in Zharay district, Kandahar"
     " province, today. The force killed two more as they fled across a field. In all, five"
     " insurgents were killed during the operation.", 5),
    # ... not a toll of its own that only happens to follow them (negative: it is added)
    ("A combined force killed three insurgents in Zharay district, Kandahar province, today."
     " A second patrol killed two insurgents near the district centre. Another five insurgents"
     " were killed in an air strike in Maiwand district.", 10),
    # ... nor a total that does not sum them (negative: the figures stand as told)
    ("A coalition patrol killed two insurgents in Sangin district, Helmand province, today."
     " A second patrol killed one insurgent nearby. A total of seven insurgents were killed in"
     " an air strike in Musa Qal'ah district.", 10),
])
def test_a_total_told_after_its_parts(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "an additional four" counts four, whatever follows the noun
    ("An air weapons team engaged insurgents attacking a patrol base in Khas Uruzgan district,"
     " Uruzgan province, today, killing three. A second engagement an hour later killed an"
     " additional four insurgents moving to reinforce them.", 7),
    ("A patrol killed two insurgents in Nad-e Ali district, Helmand province, today. The patrol"
     " killed a further three insurgents moving along a canal.", 5),
    # negative: "an additional insurgent" is one
    ("A patrol killed two insurgents in Nad-e Ali district, Helmand province, today. The patrol"
     " killed an additional insurgent moving along a canal.", 3),
])
def test_an_additional_number(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a corrected figure told as the number killed, its operation placed and dated first
    ("In an update to yesterday's release, ISAF confirms that the number of insurgents killed"
     " during the operation in Maiwand district, Kandahar province, Monday was nine, not six"
     " as initially reported.", 9),
    ("ISAF confirms the number of insurgents killed in the engagement in Andar district, Ghazni"
     " province, yesterday is four.", 4),
    # negative: a number after the place is not the toll ("was 12 kilometres")
    ("ISAF confirms the number of insurgents killed in the engagement, which took place in"
     " Andar district, Ghazni province, yesterday, was not known. The compound was 12"
     " kilometres from the district centre.", 0),
])
def test_the_number_killed_after_a_place(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed", "day"), [
    # a toll of today is today's, though the only strike the release names is one of April
    # (history: its group's previous commander) that the toll is linked to for want of another
    ("An Afghan and coalition security force killed two insurgents during an operation in Andar"
     " district, Ghazni province, today. Their group's previous commander was killed by a"
     " coalition air strike in April.", 2, 14),
    ("A combined force killed three insurgents in Zurmat district, Paktiya province, yesterday."
     " Their cell leader had been killed in a coalition air strike in March.", 3, 13),
    # negative: a toll told only in April's strike is history, and the release's day stands
    ("An Afghan and coalition security force detained two insurgents during an operation in"
     " Andar district, Ghazni province, today. A coalition air strike killed their previous"
     " commander and two of his fighters in April.", 0, 14),
])
def test_a_toll_of_today_beside_a_strike_of_a_month(body: str, killed: int, day: int) -> None:
    result = answer(body)
    assert (result.killed, result.start_date) == (killed, dt.date(2011, 6, day))


@pytest.mark.parametrize(("body", "killed"), [
    # a gapped toll after the first toll's place and day set off by commas
    ("Coalition forces killed two insurgents in Arghandab district, Kandahar province, Sunday,"
     " and one more in the same district today.", 3),
    ("Afghan forces killed four insurgents in Shindand district, Herat province, and two in"
     " Adraskan district on Sunday.", 6),
    # negative: a clause with its own verb is no gapped toll ("and one more was detained")
    ("Coalition forces killed two insurgents in Arghandab district, Kandahar province, Sunday,"
     " and one more in the same district was detained today.", 2),
])
def test_a_gapped_toll_after_place_and_day(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # his men after an apposition that places him by district and province
    ("Afghan and coalition forces killed Mawlawi Abdul Wahid, the Taliban's shadow district"
     " chief for Sayyad district, Sar-e Pul province, and two of his fighters on Sunday.", 3),
    # negative: his men told with their own verb are not killed
    ("Afghan and coalition forces killed Mawlawi Abdul Wahid, the Taliban's shadow district"
     " chief for Sayyad district, Sar-e Pul province, and two of his fighters were detained on"
     " Sunday.", 1),
])
def test_his_men_after_a_placed_apposition(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a death told by its finding
    ("A coalition patrol killed two insurgents in Zharay district, Kandahar province, yesterday."
     " An insurgent who was shot during the engagement was later found dead in a nearby"
     " field.", 3),
    ("Two insurgents were found dead at the site of an engagement in Khakrez district, Kandahar"
     " province, this morning.", 2),
    # negative: a thing found is no death ("found dead goats" is no toll of people; a cache)
    ("A coalition patrol killed two insurgents in Zharay district, Kandahar province, yesterday."
     " The patrol later found a weapons cache in a nearby field.", 2),
])
def test_found_dead(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "neither" denies the harm of both
    ("A coalition patrol killed two insurgents in Arghandab district, Kandahar province, today."
     " Neither of the two civilians in the compound was harmed.", 2),
    ("A coalition patrol killed two insurgents in Arghandab district, Kandahar province, today."
     " Neither civilian was harmed.", 2),
    # negative: the two civilians told harmed are counted
    ("A coalition patrol killed two insurgents in Arghandab district, Kandahar province, today."
     " Two civilians in the compound were killed in the crossfire.", 4),
])
def test_neither_was_harmed(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # someone tied to the man named before by a noun is not that man
    ("An Afghan and coalition security force killed a Taliban commander in Pul-e Alam district,"
     " Logar province, yesterday. The commander's brother, also a Taliban fighter, was killed"
     " with him.", 2),
    # negative: the man himself, told again by his noun, is one
    ("An Afghan and coalition security force killed a Taliban commander in Pul-e Alam district,"
     " Logar province, yesterday. The commander, a Taliban fighter for ten years, was killed"
     " when he fired on the force.", 1),
])
def test_kin_of_a_man_named_by_a_noun(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "along with" after the operation's district and province
    ("In an update to a release issued yesterday, ISAF confirms that Mullah Abdul Qayum was"
     " killed during Monday's operation in Chahar Darah district, Kunduz province, along with"
     " two other insurgents.", 3),
    # negative: "along with" the force is not a toll
    ("In an update to a release issued yesterday, ISAF confirms that Mullah Abdul Qayum was"
     " killed during Monday's operation in Chahar Darah district, Kunduz province, by Afghan"
     " commandos along with coalition advisers.", 1),
])
def test_along_with_after_a_province(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # the release's own earlier release is its voice, and a first report the next toll may
    # add to or replace
    ("Yesterday's release reported that one insurgent was killed during an engagement in"
     " Khakrez district, Kandahar province, Monday. A second insurgent was found dead at the"
     " site this morning by an Afghan police patrol.", 2),
    ("Yesterday's release reported that a joint force killed two insurgents in Ghazni province"
     " Monday. The operation took place in Qarabagh district and killed three, not two.", 3),
    # negative: a party's figure beside the release's own is not added
    ("A coalition patrol killed one insurgent in Khakrez district, Kandahar province, Monday."
     " Provincial officials said two insurgents were killed.", 1),
])
def test_yesterdays_release(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "one of the wounded" who died is one more than those killed outright
    ("An insurgent was killed and two others were wounded when the roadside bomb they were"
     " placing exploded in Sangin district, Helmand province, today. One of the wounded"
     " insurgents died later in the day.", 2),
    # negative: one of those killed, told again, is no more
    ("Two insurgents were killed and two others were wounded when the roadside bomb they were"
     " placing exploded in Sangin district, Helmand province, today. One of the insurgents"
     " killed was a known bomb maker.", 2),
])
def test_one_of_the_wounded_died(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "day"), [
    # the day of an attack the target organized is his past, not the operation's day
    ("Afghan and coalition forces killed a Taliban leader in Kunduz province today. The leader"
     " organized Sunday's attack on the provincial governor's compound that killed two of his"
     " guards.", 14),
    # negative: a day of the operation itself stays the release's start
    ("Afghan and coalition forces killed a Taliban leader in Kunduz province Sunday. The leader"
     " had fired on the force from the provincial governor's compound.", 12),
])
def test_an_organized_attacks_day(body: str, day: int) -> None:
    result = answer(body)
    assert (result.killed, result.start_date) == (1, dt.date(2011, 6, day))


@pytest.mark.parametrize(("body", "killed"), [
    # a gapped toll told by its day
    ("Afghan and coalition forces killed two insurgents in Tarnak wa Jaldak district, Zabul"
     " province, Saturday and two more Sunday.", 4),
    # negative: a day that goes on with its own verb is no gapped toll
    ("Afghan and coalition forces killed two insurgents in Tarnak wa Jaldak district, Zabul"
     " province, Saturday and two more Sunday were detained.", 2),
])
def test_a_gapped_toll_by_its_day(body: str, killed: int) -> None:
    assert answer(body).killed == killed


def test_an_update_rows_uncounted_toll() -> None:
    # an operational update's row keeps its paragraph's toll told without a number, 3 as
    # anywhere else ("killing the insurgents" of a mortar team)
    text = ("June 14: Afghan-ISAF Operations in Eastern Afghanistan\nISAF Joint Command -"
            " Afghanistan 2011-06-CA-118 For Immediate Release\n\nIn Paktika province, an Afghan"
            " and coalition patrol spotted an insurgent mortar team setting up in a field near"
            " the village of Khandaran, Barmal district, Monday. The patrol engaged the mortar"
            " team, killing the insurgents.")
    assert read(text)[0].killed == 3


def test_an_update_rows_cache_only() -> None:
    # negative: a row that tells no toll has none
    text = ("June 14: Afghan-ISAF Operations in Eastern Afghanistan\nISAF Joint Command -"
            " Afghanistan 2011-06-CA-118 For Immediate Release\n\nIn Paktika province, an Afghan"
            " and coalition patrol found a cache of mortar rounds in a field near the village of"
            " Khandaran, Barmal district, Monday.")
    assert read(text)[0].killed == 0


@pytest.mark.parametrize(("body", "killed"), [
    # the last of a list of ranked names is the releasing side's too
    ("Marines gathered at Camp Leatherneck, Helmand province, today to remember three comrades."
     " Sgt. Dale Whitcomb, Cpl. Ray Moreno and Lance Cpl. Aaron Pike were killed when a"
     " roadside bomb struck their vehicle on Sunday.", 0),
    # negative: unranked men of the other side, listed, are counted
    ("Afghan and coalition forces killed two Taliban commanders in Garmsir district, Helmand"
     " province, on Sunday. Mullah Daimullah and Qari Zahir were killed when they fired on the"
     " force.", 2),
])
def test_a_list_of_ranked_dead(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "has died": a death told since the last report; who shot him is not who he is
    ("One of the two men shot by coalition troops at a checkpoint in Lashkar Gah, Helmand"
     " province, on Sunday has died of his wounds, ISAF officials learned yesterday.", 1),
    # negative: a soldier shot by insurgents is the releasing side's own dead
    ("A coalition service member shot by insurgents in Lashkar Gah, Helmand province, on Sunday"
     " has died of his wounds.", 0),
    # negative: the dead a memorial remembers ("who have died ... since") are no toll
    ("Service members gathered at Camp Bastion, Helmand province, today to remember the"
     " coalition and Afghan service members who have died in Helmand since the start of the"
     " year.", 0),
])
def test_has_died(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "had died" of his injuries: one of the wounded, a death told later
    ("Afghan and coalition forces killed two insurgents in Sherzad district, Nangarhar province,"
     " on Sunday; three civilians were wounded. ISAF was told yesterday that one of the three"
     " wounded, a young man, had died of his injuries.", 3),
    # a running total's toll is of the people it sums: a party's count of them is not added
    ("International and Afghan forces killed 13 militants in a firefight in Bermal district,"
     " Paktika province, on Sunday. The bodies of two more militants were found the next"
     " morning, bringing to 15 the number killed. Afghan Border Police officials later said 16"
     " militants had died.", 15),
])
def test_had_died(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "was treated by a medic but died": the subject is the one treated
    ("A security force went after a bomb maker in Khogyani district, Nangarhar province, today."
     " An armed man on the roof fired on it. He was killed in the exchange. Two more fighters"
     " were killed as the force cleared the building. A fourth insurgent, shot while trying to"
     " throw a grenade, was treated by a coalition medic but died on the way to the aid"
     " station.", 4),
    # negative: one treated who lived
    ("The force killed three insurgents in Khogyani district, Nangarhar province, today. A fourth"
     " insurgent, shot while trying to throw a grenade, was treated by a coalition medic and"
     " detained.", 3),
])
def test_treated_but_died(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "shot the attacker, who died": the attacker, set off by "who"
    ("A coalition service member was killed today when a man wearing an Afghan army uniform"
     " opened fire on him inside a patrol base in Bala Murghab district, Badghis province."
     " Soldiers at the base shot the attacker, who died of his wounds before he could be"
     " questioned.", 1),
    # negative: one who fled is no toll
    ("A man in an Afghan army uniform opened fire on coalition service members inside a patrol"
     " base in Bala Murghab district, Badghis province, today. Soldiers at the base shot at the"
     " attacker, who fled over the wall.", 0),
])
def test_the_one_who_died(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a statement the release rejects, claiming a toll: the release denies it
    ("ISAF officials today rejected a statement posted on a Taliban website claiming that a"
     " coalition air strike killed 23 civilians in Bala Buluk district, Farah province, on"
     " Monday. ISAF aircraft conducted no air strikes in Farah province this week.", 0),
    # negative: a statement the release makes, confirming a toll, is its own
    ("ISAF officials today released a statement confirming that a coalition air strike killed"
     " three insurgents in Bala Buluk district, Farah province, on Monday.", 3),
])
def test_a_rejected_statement(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a running total since an operation placed first and begun in a month: history
    ("Since the Afghan-led clearing operation in Charkh district, Logar province, began in"
     " mid-May, Afghan and coalition forces have killed 45 insurgents and detained more than"
     " 120. On Monday, a joint patrol detained two men near the village of Pad Khwab.", 0),
    # negative: a toll of the week's own operation placed the same way stands
    ("During the Afghan-led clearing operation in Charkh district, Logar province, on Monday,"
     " Afghan and coalition forces killed four insurgents.", 4),
])
def test_a_running_total_since_a_placed_operation(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "both men" are the named man and the one "with" him
    ("A coalition precision strike killed Mullah Nurullah, a bomb supplier, in Bala Buluk"
     " district, Farah province, Monday. Coalition forces tracked Nurullah as he rode a"
     " motorcycle with another armed insurgent. The aircraft struck, killing both men.", 2),
    # negative: "both" of a pair told apart from the named man adds to him
    ("A coalition precision strike killed Mullah Nurullah, a bomb supplier, in Bala Buluk"
     " district, Farah province, Monday. Two armed insurgents on a motorcycle fired on a patrol"
     " nearby. The patrol returned fire, killing both men.", 3),
])
def test_both_with_the_named_man(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # a figure revised: the new figure
    ("An Afghan and coalition security force killed insurgents during an operation in"
     " Sayyidabad district, Wardak province, Monday. The earlier figure of four insurgents"
     " killed has been revised to six after the force searched the area.", 6),
    # negative: a figure that stands
    ("An Afghan and coalition security force killed four insurgents during an operation in"
     " Sayyidabad district, Wardak province, Monday. The force also seized two rifles.", 4),
])
def test_a_figure_revised(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "Reports by local officials that ..." opening a sentence: the officials' figure, not
    # the release's (the release's own voice counts no civilians)
    ("A coalition patrol killed three insurgents in Nad-e Ali district, Helmand province,"
     " yesterday. Reports by local officials that eight civilians died in the engagement could"
     " not be verified.", 3),
    # negative: the release's own civilians stand beside its insurgents
    ("A coalition patrol killed three insurgents in Nad-e Ali district, Helmand province,"
     " yesterday. Two civilians died in the engagement.", 5),
])
def test_reports_by_officials(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # one of the dead, named after the toll, is one of them
    ("A coalition precision air strike killed two insurgents in Nawa-ye Barakzai district,"
     " Helmand province, yesterday. An insurgent killed in the strike was later identified as"
     " Mullah Wali, a Taliban bomb maker.", 2),
    # negative: a civilian so named is not one of the insurgents
    ("A coalition precision air strike killed two insurgents in Nawa-ye Barakzai district,"
     " Helmand province, yesterday. A civilian killed in the strike was later identified as a"
     " local shopkeeper.", 3),
])
def test_identified_as(body: str, killed: int) -> None:
    assert answer(body).killed == killed


@pytest.mark.parametrize(("body", "killed"), [
    # "wounded in that engagement died": "that" after a preposition is a demonstrative
    ("A coalition patrol killed one insurgent Saturday in Arghandab district, Kandahar"
     " province. A second insurgent wounded in that engagement died Monday at a local"
     " clinic.", 2),
    # negative: "that" opening a clause still cuts the subject ("reported that ... died")
    ("A coalition patrol killed one insurgent Saturday in Arghandab district, Kandahar"
     " province. Villagers in that area reported that a second man was wounded.", 1),
])
def test_in_that_engagement(body: str, killed: int) -> None:
    assert answer(body).killed == killed
