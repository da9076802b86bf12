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

from llmextract.normalize.districts import find_district_provinces
from llmextract.normalize.places import find_afghan_province
from tests.isaf_probes import answer, read

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


@pytest.mark.parametrize(("dateline", "province"), [
    ("KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – ", "zabul"),
    ("BAGRAM AIR FIELD, Afghanistan (June 14, 2011) – ", "zabul"),
    ("HERAT, Afghanistan (June 14, 2011) – ", "zabul"),
    ("LASHKAR GAH, Afghanistan (June 14, 2011) – ", "zabul"),
    ("Kabul, Afghanistan (June 14, 2011) – ", "zabul"),
])
def test_the_dateline_is_where_the_release_was_issued(dateline: str, province: str) -> None:
    text = dateline + _DETAINED.format("Zabul province")
    assert read(text)[0].provinces == {province}


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
