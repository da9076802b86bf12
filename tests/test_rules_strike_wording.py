"""Unseen wordings of strikes from the air, and unseen place spellings, through the rules and the
ISAF reduction.

Every sentence here was written for these tests in the style of ISAF press releases of 2009-2013
(none is copied from ``evals/external/isaf`` or the gold set). Each group pairs probes that
failed before the rule or gazetteer entry they pin with guards that must keep their answer: a
place that two provinces share, a support-fire or non-fire wording the ISAF coding does not call
an air strike. A release's answers are read as ``llmextract eval --dataset isaf`` reads them
(``evaluation.isaf.derive``).
"""

from __future__ import annotations

import pytest

from llmextract.backends.rules import extract
from llmextract.normalize.districts import find_district_provinces
from llmextract.normalize.places import find_afghan_province
from tests.isaf_probes import DATELINE, PUBLISHED, answer


def detained_in(place: str) -> str:
    return (f"An Afghan and coalition security force detained two suspected insurgents in "
            f"{place} yesterday.")

# -- province from a district, town or base ---------------------------------------------------

@pytest.mark.parametrize(("place", "province"), [
    # spellings the gazetteer did not list: the izafe written or not, u/o and i/e, -a/-ah,
    # -ay/-ai
    ("Nadi Ali district", "helmand"),
    ("Nawa-e Barakzai district", "helmand"),
    ("Nawah-ye Barakzai district", "helmand"),
    ("Nawa Barakzayi district", "helmand"),
    ("Bala Morghab district", "badghis"),
    ("Qades district", "badghis"),
    ("Bala Boluk district", "farah"),
    ("Hesarak district", "nangarhar"),
    ("Marawarah district", "kunar"),
    ("Alah Sai district", "kapisa"),
    ("Maywand district", "kandahar"),
    ("Pul-i Khumri", "baghlan"),
    ("Pule Alam", "logar"),
    ("Qala-ye Naw", "badghis"),
    ("Mohammad Aghah district", "logar"),
    # places the gazetteer did not hold
    ("Chapahar district", "nangarhar"),
    ("Watahpur district", "kunar"),
    ("the Pech Valley", "kunar"),
    ("the Pech River valley", "kunar"),
    ("Naray district", "kunar"),
    ("the village of Wanat", "nuristan"),
    ("Doab district", "nuristan"),
    ("Baraki Rajan", "logar"),
    ("the Tangi Valley", "wardak"),
    ("the Uzbin Valley", "kabul"),
    ("Kajran district", "day_kundi"),
    ("Naish district", "kandahar"),
    ("Obe district", "herat"),
    ("Sheikh Ali district", "parwan"),
    ("Murghab district", "badghis"),
    ("Orgun-E", "paktika"),
    ("Camp Bastion", "helmand"),
    ("Forward Operating Base Salerno", "khost"),
    # villages and areas releases name without their district
    ("the village of Zangabad", "kandahar"),
    ("Sangsar", "kandahar"),
    ("the Showal area", "helmand"),
    ("Chah-e Anjir", "helmand"),
    # districts whose names hold another province's
    ("Kuz Kunar district", "nangarhar"),
    ("Khost wa Firing district", "baghlan"),
])
def test_a_district_spelled_another_way_gives_its_province(place: str, province: str) -> None:
    assert answer(detained_in(place)).provinces == {province}


@pytest.mark.parametrize(("place", "province"), [
    # the districts and towns ISAF releases name, in the spellings already listed (guards)
    ("Nad-e Ali district", "helmand"), ("Nad Ali district", "helmand"),
    ("Marjah", "helmand"), ("Marja", "helmand"), ("Sangin district", "helmand"),
    ("Garmsir district", "helmand"), ("Nawa-I-Barakzayi district", "helmand"),
    ("Musa Qal'eh district", "helmand"), ("Musa Qala", "helmand"), ("Kajaki", "helmand"),
    ("Baghran district", "helmand"), ("Lashkar Gah", "helmand"),
    ("Zharay district", "kandahar"), ("Zhari district", "kandahar"),
    ("Panjwa'i district", "kandahar"), ("Panjwayi district", "kandahar"),
    ("Maiwand district", "kandahar"), ("Dand district", "kandahar"),
    ("Shah Wali Kot district", "kandahar"), ("Spin Boldak", "kandahar"),
    ("Kandahar City", "kandahar"),
    ("Khost City", "khost"), ("Khowst province", "khost"), ("Sabari district", "khost"),
    ("Gardez", "paktya"), ("Zurmat district", "paktya"),
    ("Ghazni City", "ghazni"), ("Andar district", "ghazni"),
    ("Sherzad district", "nangarhar"), ("Chaparhar district", "nangarhar"),
    ("Asadabad", "kunar"), ("Pech district", "kunar"), ("Watapur district", "kunar"),
    ("Marawara district", "kunar"), ("Dangam district", "kunar"), ("Shigal district", "kunar"),
    ("Kamdesh district", "nuristan"), ("Waygal district", "nuristan"),
    ("Chahar Darah district", "kunduz"),
    ("Baghlan-e Jadid district", "baghlan"), ("Pul-e Khumri", "baghlan"),
    ("Qaisar district", "faryab"), ("Bala Murghab district", "badghis"),
    ("Qadis district", "badghis"), ("Shindand district", "herat"),
    ("Bala Buluk district", "farah"), ("Bakwa district", "farah"),
    ("Tarin Kowt", "uruzgan"), ("Deh Rawud district", "uruzgan"), ("Chora district", "uruzgan"),
    ("Qalat", "zabul"), ("Shah Joy district", "zabul"),
    ("Sayyidabad district", "wardak"), ("Chak district", "wardak"), ("Nerkh district", "wardak"),
    ("Baraki Barak district", "logar"), ("Pul-e Alam", "logar"), ("Charkh district", "logar"),
    ("Tagab district", "kapisa"), ("Alasay district", "kapisa"),
    ("Alingar district", "laghman"), ("Alishang district", "laghman"),
    ("Mehtar Lam", "laghman"),
    ("Barmal district", "paktika"), ("Urgun district", "paktika"), ("Sharana", "paktika"),
])
def test_districts_already_listed_keep_their_province(place: str, province: str) -> None:
    assert answer(detained_in(place)).provinces == {province}


@pytest.mark.parametrize("place", [
    # a name two provinces share with no first meaning, or one moved between them, does not
    # guess
    "Muqur district", "Qarabagh district", "Ghormach district", "Jaghatu district",
    "Reg district",  # Kandahar's Reg, and Helmand's Reg (Khan Neshin)
])
def test_a_district_two_provinces_share_stays_unresolved(place: str) -> None:
    assert answer(detained_in(place)).provinces == set()


@pytest.mark.parametrize(("place", "province"), [
    # ... but one whose name stands for one district (its namesake is placed by its province)
    ("Arghandab district", "kandahar"), ("Khogyani district", "nangarhar"),
    ("Khugyani district", "nangarhar"), ("Nawa district", "helmand"),
])
def test_a_shared_district_with_a_first_meaning_is_that_one(place: str, province: str) -> None:
    assert answer(detained_in(place)).provinces == {province}


@pytest.mark.parametrize(("place", "province"), [
    ("Arghandab district, Kandahar province", "kandahar"),
    ("Arghandab district, Zabul province", "zabul"),
    ("Khogyani district, Nangarhar province", "nangarhar"),
    ("Muqur district, Badghis province", "badghis"),
    ("Kuz Kunar district, Nangarhar province", "nangarhar"),
    ("Maidan Wardag province", "wardak"),
])
def test_the_province_named_decides(place: str, province: str) -> None:
    assert answer(detained_in(place)).provinces == {province}


@pytest.mark.parametrize("text", [
    # short names keep their vowels; a name needs its capital; a word-like name needs "district"
    "Aid convoys moved along the Nile toward Khartoum.",
    "The nili and kiti varieties of rice grow there.",
    "Sheikh Ali addressed the shura in the village.",
    "Camp followers and obedient soldiers.",
    "The naish and doab fields were flooded.",
])
def test_words_and_names_like_a_district_give_no_province(text: str) -> None:
    assert find_district_provinces(text) == ()


def test_kunar_and_khost_are_still_provinces_outside_those_districts() -> None:
    assert find_afghan_province("in Khas Kunar district, Kunar province") == ["kunar"]
    assert find_afghan_province("in Kuz Kunar district") == []
    assert find_afghan_province("in Khost province, then Khost city") == ["khost"]
    assert find_afghan_province("in Khost wa Fereng district") == []


# -- strikes from the air ---------------------------------------------------------------------

def kinds(body: str) -> list[str]:
    events, _ = extract(DATELINE + body, PUBLISHED)
    return [e.kind for e in events]


@pytest.mark.parametrize("body", [
    # a combat aircraft by its designation, with no owner before it
    "Two A-10s strafed the insurgent position, killing four insurgents.",
    "An A-10 engaged the insurgents, killing two.",
    "Two F-16s struck the compound, killing three insurgents.",
    "A B-52 struck insurgent positions in the valley.",
    "An AC-130 engaged the insurgents, killing six.",
    # a type name written as a name, after an article or a number
    "A Predator engaged two insurgents emplacing a roadside bomb.",
    "A Reaper fired a missile at the insurgents, killing two.",
    "Two Harriers struck the insurgent compound, killing four insurgents.",
    "A Tornado engaged the insurgents, killing two.",
    # munitions dropped with no bomb named, runs, fire named by where it came from
    "The security force dropped munitions on the insurgent position.",
    "A coalition bombing run destroyed the insurgent compound.",
    "The insurgents were engaged from the air, and two were killed.",
    "The force engaged the insurgents from the air, killing two.",
    "The insurgents were struck from the air after they fired on the patrol.",
    "Aerial fires killed three insurgents who were attacking the checkpoint.",
    "The force employed aerial munitions against the fighting position.",
    "ISAF conducted a kinetic strike against the insurgent leader in Kunduz province.",
    # precision munitions: the reduction already calls them a strike proper
    "Coalition forces engaged the vehicle with precision munitions, killing the Taliban leader.",
    "The security force engaged the insurgents with a precision munition.",
    # an aircraft that watches, then fires
    "An ISAF aircraft observed the insurgents emplacing an IED before engaging them.",
])
def test_unseen_wordings_of_an_air_strike(body: str) -> None:
    assert answer(body).airstrike
    assert set(kinds(body)) & {"airstrike", "drone_strike"}


@pytest.mark.parametrize("body", [
    # wordings of the brief the rules already read (guards)
    "The security force called in a precision strike on the insurgents, killing two.",
    "Coalition forces conducted precision strikes against insurgent positions in Helmand "
    "province.",
    "Coalition aircraft engaged the insurgents, killing three.",
    "An F-15 dropped a bomb on the insurgents' fighting position in Kunar province.",
    "An F-16 engaged the insurgents with a guided bomb unit.",
    "A B-1 bomber dropped munitions on the insurgent compound.",
    "An MQ-9 Reaper engaged the insurgents in Helmand province.",
    "An MQ-1 Predator fired on two insurgents in Paktika province.",
    "A coalition Harrier dropped a bomb on the insurgents.",
    "A French Mirage dropped a bomb on the insurgent position.",
    "The security force called in an airstrike, killing three insurgents.",
    "An air-strike killed three insurgents in Helmand province.",
    "An aerial attack killed three insurgents in Helmand province.",
    "An aerial bombardment destroyed the insurgent compound.",
    "The aircraft engaged the insurgents, killing two.",
    "The security force requested an air strike, which killed two insurgents.",
    "A remotely piloted aircraft struck the insurgents.",
    "Coalition aircraft conducted strafing runs against the insurgents.",
    "A coalition aircraft fired a Hellfire at the insurgents.",
    # an aircraft that watches, then fires, is the one firing
    "A coalition aircraft observed the insurgents and engaged them, killing two.",
    "An ISAF aircraft observed two insurgents who were emplacing an IED and engaged them.",
])
def test_air_strike_wordings_already_read(body: str) -> None:
    assert answer(body).airstrike


@pytest.mark.parametrize("body", [
    # attack helicopters and support called in: an air strike under our guidelines, support
    # fire under the ISAF coding (evaluation.isaf's docstring)
    "An AH-64 Apache engaged the insurgents, killing two.",
    "An Apache engaged the insurgents, killing two.",
    "The force called in air support, killing two insurgents.",
    "The force requested air support, which killed two insurgents.",
    "Coalition air assets struck the insurgents, killing four.",
    "An air-weapons team engaged the insurgents, killing two.",
])
def test_support_fire_is_an_event_but_no_isaf_airstrike(body: str) -> None:
    assert kinds(body) == ["airstrike"]
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    # an aircraft that watches, lands or carries while others fire
    "An ISR aircraft observed two insurgents emplacing a roadside bomb.",
    "An ISR aircraft observed two insurgents who fired on the patrol.",
    "An ISR aircraft observed the insurgents before they fired on the patrol.",
    "A surveillance aircraft spotted insurgents firing on the checkpoint.",
    "An ISAF helicopter landed and insurgents fired on it from a nearby compound.",
    "An Apache helicopter evacuated the wounded.",
    # a type name that is not the aircraft's name
    "A tornado struck the village, destroying several homes.",
    "The predator attacked the livestock near the village.",
    "A mirage of hope faded as insurgents attacked the checkpoint.",
    # air support asked for, told by no fire; or not needed
    "The force called for air support, and the insurgents fled.",
    "The force called in air support, but the insurgents had fled.",
    "No air support was needed; the force killed two insurgents.",
    # "from the air" of a place, munitions and ordnance found, not fired
    "The patrol was attacked from the air field road by insurgents.",
    "Insurgents fired at the aircraft from the air defense position.",
    "The force found 20 mortar rounds and other munitions in the compound.",
    "An explosive ordnance disposal team destroyed the roadside bomb.",
    "The insurgent leader planned kinetic strikes against Afghan forces.",
    # precision munitions a rocket system fires are not from the air
    "The force fired precision munitions from a GMLRS launcher at the insurgents.",
    "Precision munitions fired by a HIMARS rocket system struck the compound.",
    # aircraft that crash or fly a show of force
    "An F-16 crashed in Bagram district; the pilot was unhurt.",
    "A US F-15E crashed in eastern Afghanistan, killing two crew members.",
    "Two F-16s flew over the compound in a show of force, and the insurgents surrendered.",
])
def test_no_air_strike_in_these(body: str) -> None:
    assert not set(kinds(body)) & {"airstrike", "drone_strike"}
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    # negatives of the brief the rules already read (guards)
    "The assault force conducted an air assault into the village.",
    "Coalition forces conducted an air assault operation in Kandahar province.",
    "Aerial surveillance observed insurgents emplacing a bomb.",
    "ISR assets observed two insurgents emplacing a bomb.",
    "A medevac helicopter evacuated the wounded soldier.",
    "A coalition helicopter crashed in Helmand province today.",
    "An ISAF helicopter made a hard landing in Kandahar province today.",
    "Insurgents fired on a coalition helicopter in Helmand province.",
    "An air strike was not used during the operation.",
    "The Taliban denied any air strike had occurred.",
    "Insurgents attacked the airfield with rockets.",
    "Insurgents fired rockets at Kandahar Air Field today.",
    "The detainee was transferred to Bagram Air Field.",
    "Air support was not needed.",
    "Insurgents fired mortars at the base, wounding two soldiers.",
    "The force fired artillery at the insurgents, killing two.",
    "Afghan forces responded with artillery fire, killing two insurgents.",
    "The leader was killed in an air strike in March.",
    "The Taliban leader was detained today. He was previously targeted by an air strike in "
    "2010.",
    "Afghan Air Force helicopters delivered supplies to the district.",
])
def test_negatives_already_read(body: str) -> None:
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    # a strike forgone, called off, or reported and called false
    "Reports of an air strike in the village are false, ISAF said.",
    "ISAF has no record of an air strike in the area at that time.",
    "Claims of an air strike are unfounded, according to ISAF officials.",
    "Initial reports of a coalition air strike proved to be incorrect.",
    "An air strike was considered but not used because civilians were present.",
    "The force decided against an air strike because of civilians nearby.",
    "The ground commander called off the air strike when civilians entered the compound.",
    "Rather than using an air strike, the force cleared the compound on foot.",
    "ISAF forces refrained from calling an air strike.",
    "The force forwent an air strike because civilians were nearby.",
])
def test_a_strike_forgone_or_refuted_is_none(body: str) -> None:
    assert kinds(body) == []
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    # the same words about something else than the strike (guards)
    "Instead of a ground assault, the force called in an air strike, killing two insurgents.",
    "The force called in an air strike rather than risk a ground assault.",
    "After an aborted raid, the force called in an air strike on the compound.",
    "The force, which had cancelled a patrol, called in an air strike on the insurgents.",
    "ISAF is investigating reports that an air strike killed two civilians in Kunar province.",
    "Claims that the strike killed civilians are false; the air strike killed three insurgents.",
    # negations the rules already read
    "The force chose not to employ an air strike due to the presence of women and children."
    " The force then called in an air strike on a second compound, killing two insurgents.",
])
def test_a_strike_near_those_words_still_counts(body: str) -> None:
    assert answer(body).airstrike


@pytest.mark.parametrize(("body", "kind"), [
    # the aircraft as the agent of a passive
    ("Two insurgents were killed by coalition aircraft in Helmand province.", "airstrike"),
    ("The compound was destroyed by coalition aircraft.", "airstrike"),
    ("The insurgents were engaged by an F-16, killing two.", "airstrike"),
    ("The insurgents were targeted by a coalition drone.", "drone_strike"),
])
def test_an_aircraft_as_the_agent_of_a_passive(body: str, kind: str) -> None:
    assert kinds(body) == [kind]
    assert answer(body).airstrike


@pytest.mark.parametrize("body", [
    # guards: the agent is no aircraft, or the aircraft is the one hit
    "Two civilians were killed by a car bomber in Kandahar city.",
    "The helicopter was hit by insurgent fire but landed safely.",
    "Two Afghan soldiers were killed by insurgents who attacked a helicopter landing zone.",
    "The aircraft was struck by lightning on the ground at Bagram Airfield.",
    "The convoy was attacked by insurgents near Kandahar Airfield.",
])
def test_a_passive_with_no_aircraft_agent_is_no_air_strike(body: str) -> None:
    assert not set(kinds(body)) & {"airstrike", "drone_strike"}


@pytest.mark.parametrize(("body", "province"), [
    # a province a background clause names is not the admin area of a district the gazetteer
    # puts elsewhere
    ("A coalition air strike killed a Taliban leader, who operated in Kandahar and Helmand "
     "provinces, in Nad-e Ali district yesterday.", "helmand"),
    ("A coalition air strike killed a Taliban leader who moved weapons from Kandahar province "
     "in Nad-e Ali district yesterday.", "helmand"),
    ("A precision strike in Marjah killed a Taliban leader responsible for attacks in Kandahar "
     "province.", "helmand"),
    ("An air strike killed two insurgents who had crossed from Nuristan province into the Pech "
     "Valley.", "kunar"),
    ("The Taliban leader, a native of Kandahar province, was killed in a precision strike in "
     "Sangin district.", "helmand"),
])
def test_a_background_province_does_not_place_a_known_district(body: str,
                                                               province: str) -> None:
    assert answer(body).provinces == {province}


@pytest.mark.parametrize(("body", "location"), [
    # guards: the province the text gives a district it does not know, or a shared name
    ("An air strike killed two insurgents in the village of Karezak in Kandahar province.",
     ("Karezak", "Kandahar")),
    ("An air strike killed two insurgents in Arghandab district of Zabul province.",
     ("Arghandab", "Zabul")),
    ("An air strike killed two insurgents in Nad-e Ali district of Helmand province.",
     ("Nad-e Ali", "Helmand")),
])
def test_a_province_still_places_what_the_gazetteer_cannot(
        body: str, location: tuple[str, str]) -> None:
    events, _ = extract(DATELINE + body, PUBLISHED)
    first = events[0].locations[0]
    assert (first.name, first.admin_area) == location


def test_an_aircraft_as_the_means_of_fire() -> None:
    body = "The force engaged the insurgents with coalition aircraft, killing two."
    assert kinds(body) == ["airstrike"]
    assert answer(body).airstrike


@pytest.mark.parametrize("body", [
    # an aircraft the other side fires on is not firing
    "Insurgents targeted a coalition helicopter and attacked the base with rockets.",
    "Insurgents attacked coalition aircraft and fired rockets at the base.",
])
def test_an_aircraft_fired_on_is_not_firing(body: str) -> None:
    assert not set(kinds(body)) & {"airstrike", "drone_strike"}
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    # guards: a fire verb before the aircraft that is not about it
    "Insurgents attacked and coalition aircraft engaged them, killing two.",
    "After insurgents attacked the patrol, coalition aircraft engaged them, killing two.",
    "Insurgents attacked a checkpoint and coalition aircraft engaged them, killing two.",
])
def test_an_aircraft_after_the_other_sides_attack_still_fires(body: str) -> None:
    assert answer(body).airstrike
