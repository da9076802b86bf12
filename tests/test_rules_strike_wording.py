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

import datetime as dt

import pytest

from llmextract.backends.rules import extract
from llmextract.evaluation.isaf import IsafAnswer, derive
from llmextract.normalize.districts import find_district_provinces
from llmextract.normalize.places import find_afghan_province
from llmextract.schema import ArticleRef, Extraction, Provenance

PUBLISHED = dt.date(2011, 6, 14)
DATELINE = "KABUL, Afghanistan (June 14, 2011) – "


def answer(body: str) -> IsafAnswer:
    text = DATELINE + body
    events, claims = extract(text, PUBLISHED)
    result = Extraction(article=ArticleRef.of(text, published=PUBLISHED), events=events,
                        claims=claims, provenance=Provenance(backend="rules",
                                                             grounding_version="1"))
    return derive(result, text)


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
    ("Camp Bastion", "helmand"),
    ("Forward Operating Base Salerno", "khost"),
    # a district of Nangarhar whose name holds another province's
    ("Kuz Kunar district", "nangarhar"),
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
    # a name two provinces share, or one moved between them, does not guess
    "Arghandab district", "Khogyani district", "Khugyani district", "Muqur district",
    "Qarabagh district", "Ghormach district", "Nawa district", "Jaghatu district",
    "Reg district",  # Kandahar's Reg, and Helmand's Reg (Khan Neshin)
])
def test_a_district_two_provinces_share_stays_unresolved(place: str) -> None:
    assert answer(detained_in(place)).provinces == set()


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


def test_kunar_is_still_kunar_outside_kuz_kunar() -> None:
    assert find_afghan_province("in Khas Kunar district, Kunar province") == ["kunar"]
    assert find_afghan_province("in Kuz Kunar district") == []
