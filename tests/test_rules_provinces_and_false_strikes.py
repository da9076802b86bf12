"""Provinces and air strikes of releases the development slice lacks, read as ``llmextract eval
--dataset isaf`` reads them (the ``rules`` backend, then ``evaluation.isaf.derive``).

Every text here was written for these tests in the releases' style, from general geography and
general wording (no release of ``evals/external/isaf`` or the gold set is copied): provincial
capitals and towns, province spellings, a province named as where someone comes from, a region
named instead of a province; strikes the release calls false or refutes; the words releases use
for a strike from the air, and words that only look like one.
"""

from __future__ import annotations

import pytest

from llmextract.backends.rules import extract
from llmextract.normalize.districts import find_district_provinces
from llmextract.normalize.places import find_afghan_province
from tests.isaf_probes import DATELINE, PUBLISHED, answer, read

_DETAINED = "An Afghan and coalition security force detained two suspected insurgents in {} " \
            "yesterday."


@pytest.mark.parametrize(("place", "province"), [
    ("Kandahar City", "kandahar"), ("Jalalabad", "nangarhar"), ("Mazar-e Sharif", "balkh"),
    ("Mazar-i-Sharif", "balkh"), ("Herat City", "herat"), ("Kunduz City", "kunduz"),
    ("Khost City", "khost"), ("Ghazni City", "ghazni"), ("Tarin Kowt", "uruzgan"),
    ("Tirin Kot", "uruzgan"), ("Qalat", "zabul"), ("Sharana", "paktika"), ("Gardez", "paktya"),
    ("Asadabad", "kunar"), ("Mehtar Lam", "laghman"), ("Mihtarlam", "laghman"),
    ("Pul-e Alam", "logar"), ("Puli Alam", "logar"), ("Maidan Shahr", "wardak"),
    ("Bamyan City", "bamyan"), ("Chaghcharan", "ghor"), ("Taloqan", "takhar"),
    ("Pul-e Khumri", "baghlan"), ("Aybak", "samangan"), ("Sheberghan", "jowzjan"),
    ("Maimana", "faryab"), ("Qala-e Naw", "badghis"), ("Farah City", "farah"),
    ("Zaranj", "nimroz"), ("Lashkar Gah", "helmand"), ("Nili", "day_kundi"),
    ("Mahmud-e Raqi", "kapisa"), ("Charikar", "parwan"), ("Bazarak", "panjshir"),
    ("Parun", "nuristan"), ("Kabul", "kabul"), ("Kabul City", "kabul"),
    # Badakhshan's capital, though a district of Jowzjan shares its name
    ("Fayzabad", "badakhshan"), ("Faizabad", "badakhshan"), ("Feyzabad", "badakhshan"),
    # districts and places of the period the table lacked
    ("Chahar Burjak district", "nimroz"), ("Sarposa", "kandahar"), ("Dahla Dam", "kandahar"),
    ("Khwaja Bahauddin district", "takhar"), ("Qaramqol district", "faryab"),
    ("Deh Salah district", "baghlan"), ("Khanaqa district", "jowzjan"), ("Zhawar", "khost"),
    ("Kishindih district", "balkh"), ("Du Layna district", "ghor"),
])
def test_a_provincial_capital_or_town_gives_its_province(place: str, province: str) -> None:
    assert answer(_DETAINED.format(place)).provinces == {province}


@pytest.mark.parametrize(("spelling", "province"), [
    ("Paktiya", "paktya"), ("Paktia", "paktya"), ("Uruzgan", "uruzgan"), ("Oruzgan", "uruzgan"),
    ("Urozgan", "uruzgan"), ("Nimroz", "nimroz"), ("Nimruz", "nimroz"),
    ("Sar-e Pul", "sar_e_pul"), ("Sari Pul", "sar_e_pul"), ("Sar-e Pol", "sar_e_pul"),
    ("Jowzjan", "jowzjan"), ("Jawzjan", "jowzjan"), ("Jauzjan", "jowzjan"),
    ("Nangarhar", "nangarhar"), ("Ningrahar", "nangarhar"), ("Nangrahar", "nangarhar"),
    ("Wardak", "wardak"), ("Wardag", "wardak"), ("Maidan Wardak", "wardak"),
    ("Kunar", "kunar"), ("Konar", "kunar"), ("Daykundi", "day_kundi"),
    ("Daikundi", "day_kundi"), ("Khost", "khost"), ("Khowst", "khost"), ("Zabul", "zabul"),
    ("Zabol", "zabul"), ("Herat", "herat"), ("Hirat", "herat"), ("Helmand", "helmand"),
    ("Hilmand", "helmand"), ("Helmund", "helmand"), ("Badghis", "badghis"),
    ("Badghees", "badghis"), ("Bamiyan", "bamyan"), ("Qandahar", "kandahar"),
    ("Kondoz", "kunduz"), ("Lowgar", "logar"), ("Nooristan", "nuristan"),
    ("Panjsher", "panjshir"), ("Ghowr", "ghor"), ("Fariab", "faryab"),
])
def test_a_province_spelling_gives_its_label(spelling: str, province: str) -> None:
    assert answer(_DETAINED.format(f"{spelling} province")).provinces == {province}
    # a district no table lists alone (Qarabagh is in Ghazni, Kabul and Kapisa) takes the
    # province the text gives it
    assert answer(_DETAINED.format(f"the Qarabagh district of {spelling}")).provinces == {
        province}


@pytest.mark.parametrize(("body", "province"), [
    ("An Afghan and coalition security force detained two suspected insurgents in the Tagab "
     "district of Kapisa yesterday.", "kapisa"),
    ("An Afghan and coalition security force killed two insurgents in Ghazni district, Ghazni "
     "province, yesterday.", "ghazni"),
    ("An Afghan and coalition security force killed two insurgents in the Arghandab district "
     "of Zabul province yesterday.", "zabul"),
    ("An Afghan and coalition security force detained two suspected insurgents in Paktiya "
     "province yesterday. The force searched a compound in Paktiya province after intelligence "
     "indicated insurgent activity.", "paktya"),
    # a province named as where someone comes from is not where the operation was
    ("A Taliban leader from Helmand province was detained by an Afghan and coalition security "
     "force in Kandahar province yesterday.", "kandahar"),
    ("An Afghan and coalition security force detained a Taliban leader, a native of Farah "
     "province, in Bala Murghab district yesterday.", "badghis"),
    # a past attack told in a later sentence
    ("An Afghan and coalition security force detained a Taliban leader in Shah Wali Kot "
     "district yesterday. The leader was responsible for a bombing in Kabul last month.",
     "kandahar"),
    # a man's name that is also a district's (Muhammad Agha, Logar), an institution's name
    ("An Afghan and coalition security force detained Mullah Mohammad Agha, a Taliban leader, "
     "in Sangin yesterday.", "helmand"),
    ("An Afghan and coalition security force detained Dawlat Shah and Mata Khan, two Taliban "
     "facilitators, in Nad-e Ali district yesterday.", "helmand"),
    ("An Afghan and coalition security force detained a former Kabul Bank official in "
     "Jalalabad yesterday.", "nangarhar"),
    # a district two provinces share, and one of them named elsewhere
    ("A coalition air strike killed two insurgents in Nawa district yesterday. The insurgents "
     "belonged to a network operating in Helmand and Kandahar provinces.", "helmand"),
    ("Afghan forces killed two insurgents in Khogyani district yesterday. The insurgents had "
     "moved weapons between Ghazni and Paktika provinces.", "ghazni"),
    # ... but a province named alone first still wins
    ("An Afghan and coalition security force detained a Taliban leader in Zharay district, "
     "Kandahar province, yesterday. The leader moved weapons from Nawa district in Helmand "
     "province.", "kandahar"),
    # several provinces of one region and none alone: the labels name the region
    ("An Afghan and coalition force targeted insurgent smuggling routes in Kandahar and "
     "Helmand provinces yesterday, killing two insurgents.", "southern afghanistan"),
    # no province, a region
    ("An Afghan and coalition security force detained two suspected insurgents in southern "
     "Afghanistan yesterday.", "southern afghanistan"),
    ("A coalition service member died following an insurgent attack in eastern Afghanistan "
     "today.", "eastern afghanistan"),
    ("An ISAF service member died following an improvised explosive device attack in Regional "
     "Command (South) today.", "southern afghanistan"),
])
def test_the_operations_province(body: str, province: str) -> None:
    assert answer(body).provinces == {province}


@pytest.mark.parametrize("body", [
    # several regions, or a region beside a province: no region label
    "Afghan and coalition forces detained 12 suspected insurgents in eastern and southern "
    "Afghanistan yesterday.",
    "A coalition service member died following an insurgent attack yesterday.",
])
def test_no_province_when_the_release_names_none_or_several_regions(body: str) -> None:
    assert answer(body).provinces == frozenset()


def test_a_region_gives_way_to_a_province() -> None:
    assert answer("An Afghan and coalition security force detained two suspected insurgents "
                  "in Zabul province in southern Afghanistan yesterday.").provinces == {"zabul"}


@pytest.mark.parametrize("dateline", [
    "KABUL, Afghanistan (June 14, 2011) – ", "Kabul, Afghanistan (June 14, 2011) – ",
    "KABUL, Afghanistan, June 14, 2011 – ", "KABUL, AFGHANISTAN (June 14, 2011) – ",
    "KABUL, Afghanistan\n", "For Immediate Release\u2028\u2028Kabul, Afghanistan (June 14)\u2028",
    "KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – ",
    "Kandahar Airfield, Afghanistan (June 14) – ",
    "BAGRAM AIR FIELD, Afghanistan (June 14, 2011) – ",
    "HELMAND PROVINCE, Afghanistan (June 14) – ",
    "LASHKAR GAH, Afghanistan (June 14, 2011) – ", "Lashkar Gah, Afghanistan (June 14, 2011) – ",
])
@pytest.mark.parametrize(("place", "province"), [
    ("Zabul province", {"zabul"}), ("Zharay district", {"kandahar"}), ("Ghazni", {"ghazni"}),
    # the shared name's usual district (Kandahar's, not Zabul's), and not the dateline's
    ("Arghandab district", {"kandahar"}),
])
def test_the_dateline_is_where_the_release_was_issued(dateline: str, place: str,
                                                      province: set[str]) -> None:
    text = (dateline + f"Afghan and coalition forces discovered a weapons cache in {place} "
            "yesterday. The cache included 20 mortar rounds.")
    assert read(text)[0].provinces == province


@pytest.mark.parametrize("text", [
    "Helmand, Afghanistan's most violent province, saw heavy fighting.",
    "Afghan forces detained two insurgents in Kandahar, Afghanistan (the city).",
])
def test_a_place_before_afghanistan_in_a_sentence_is_no_dateline(text: str) -> None:
    assert find_afghan_province(text)


@pytest.mark.parametrize("text", [
    "Kabul Bank", "Kabul University", "Khan", "Haji Khan", "Helmandi", "a Kunari fighter",
])
def test_words_that_are_no_province(text: str) -> None:
    assert find_afghan_province(text) == []


@pytest.mark.parametrize("text", [
    "Mullah Mohammad Agha", "Haji Dawlat Shah", "Mata Khan", "Sayed Karam",
])
def test_a_mans_name_is_no_district(text: str) -> None:
    assert find_district_provinces(text) == ()
    assert find_district_provinces(text + " district")


def _kinds(body: str) -> list[str]:
    events, _ = extract(DATELINE + body, PUBLISHED)
    return [e.kind for e in events]


@pytest.mark.parametrize("body", [
    "Taliban claims of 20 civilians killed in an air strike in Nawa district yesterday are "
    "false.",
    "Insurgents claimed an air strike killed civilians in Nawa district yesterday. ISAF found "
    "no evidence to support the claim.",
    "Insurgents claimed an air strike killed civilians in Nawa district yesterday; ISAF found "
    "no evidence of an air strike.",
    "Taliban spokesmen claimed that coalition aircraft bombed a wedding party in Sangin "
    "district. No coalition air strikes were conducted in the area.",
    "Local residents alleged that an air strike killed four civilians in Zharay district. An "
    "ISAF assessment team found no evidence of civilian casualties.",
    "The Taliban falsely claimed a coalition air strike killed 12 civilians in Ghazni province "
    "yesterday.",
    "Reports that a coalition air strike killed civilians in Marjah yesterday are false.",
])
def test_a_strike_the_release_calls_false_is_no_event(body: str) -> None:
    assert _kinds(body) == []
    assert not answer(body).airstrike


@pytest.mark.parametrize("body", [
    # the release refutes the casualties another party claims, not its own strike
    "A precision air strike killed two insurgents in Nawa district yesterday. Claims that "
    "civilians were killed in the strike are false.",
    "An air strike killed three insurgents in Sangin district yesterday. Insurgents claimed "
    "that civilians were killed; ISAF found no evidence of civilian casualties.",
    "A coalition air strike killed two insurgents in Nawa district yesterday. Initial reports "
    "indicate no civilians were harmed.",
    # a claim of responsibility is no claim of a strike
    "The Taliban claimed responsibility for the attack. A coalition air strike killed the two "
    "attackers in Nawa district yesterday. ISAF found no evidence of civilian casualties.",
])
def test_a_strike_the_release_tells_stands_beside_a_refuted_claim(body: str) -> None:
    assert answer(body).airstrike


@pytest.mark.parametrize("body", [
    "The security force engaged the insurgents with precision-guided munitions, killing two, "
    "in Sangin district yesterday.",
    "Coalition aircraft dropped a GBU-38 on the compound, killing two insurgents.",
    "A GBU-38 was dropped on the insurgents' position yesterday, killing two.",
    "The insurgents were killed by a Hellfire missile in Sangin district yesterday.",
    "An unmanned aerial vehicle engaged the insurgents in Sangin district yesterday.",
    "A remotely piloted aircraft engaged two insurgents planting an IED yesterday.",
    "Coalition aircraft dropped a bomb on the insurgents in Sangin district yesterday.",
    "The force engaged the insurgents with an air-delivered munition, killing two.",
    "A precision strike killed two insurgents in Sangin district yesterday.",
    "The security force conducted a precision strike against a Taliban leader yesterday.",
    "An aerial engagement killed two insurgents in Sangin district yesterday.",
    "After the security force came under fire, an air strike was called in, killing two "
    "insurgents.",
    "A coalition aircraft conducted a strike on an insurgent vehicle yesterday, killing two.",
    # an aircraft or drone that kills
    "A coalition drone killed two insurgents in Sangin district yesterday.",
    "An unmanned aerial vehicle killed two insurgents planting a bomb yesterday.",
    "Coalition aircraft killed two insurgents in Sangin district yesterday.",
    # an aircraft that watches, then fires
    "A coalition aircraft observed insurgents firing on the patrol and engaged them, killing "
    "two.",
    # support fire beside a strike proper: fixed-wing munitions, a precision strike
    "Attack helicopters supported the patrol, and an F-16 dropped a GBU-38 on the compound, "
    "killing two insurgents.",
    "The force called in close air support, and coalition aircraft engaged the insurgents with "
    "air-delivered munitions, killing three.",
    "Helicopters provided security while coalition aircraft conducted a precision strike on "
    "the insurgents, killing two.",
])
def test_a_strike_from_the_air(body: str) -> None:
    assert answer(body).airstrike


@pytest.mark.parametrize("body", [
    # support fire, under the ISAF convention (evaluation.isaf)
    "Coalition helicopters engaged the insurgents in Sangin district yesterday, killing two.",
    "The security force requested air support, and an aircraft engaged the insurgents, "
    "killing two.",
    # no fire from the air
    "Coalition aircraft provided overwatch as the security force searched a compound "
    "yesterday. Two insurgents were detained.",
    "A coalition helicopter evacuated the wounded to a nearby medical facility after the "
    "engagement yesterday.",
    "Afghan and coalition forces conducted an air assault into Sangin district yesterday, "
    "killing two insurgents in an exchange of fire.",
    "The air-assault operation in Sangin district yesterday resulted in the detention of two "
    "insurgents.",
    "The wounded civilian was taken by medevac to Camp Bastion after the engagement.",
    "The strike force detained two suspected insurgents in Sangin district yesterday.",
    "An Afghan and coalition strike force killed two insurgents who fired on them yesterday.",
    "Detainees at the facility in Parwan ended a hunger strike yesterday.",
    "The security force killed two insurgents yesterday. Air assets were on station but did "
    "not engage.",
    "The security force killed two insurgents yesterday; an unmanned aerial vehicle provided "
    "surveillance.",
    "A coalition helicopter crash killed five service members in Zabul province yesterday.",
    "An ISAF helicopter went down in Helmand province, killing two crew members.",
    "Insurgents fired on a coalition helicopter, killing one passenger.",
    "Coalition aviation assets engaged the insurgents, killing two.",
    # the force the aircraft supports is the one that kills
    "The security force, supported by coalition aircraft, killed two insurgents during the "
    "operation.",
    "The force, backed by coalition aircraft, engaged the insurgents, killing two.",
    "An ISR aircraft observed insurgents who fired on the patrol.",
])
def test_no_strike_from_the_air(body: str) -> None:
    assert not answer(body).airstrike
