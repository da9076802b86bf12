"""Afghan districts and towns give their province; ambiguous or word-like names do not."""

from __future__ import annotations

import pytest

from llmextract.evaluation.isaf import derive
from llmextract.normalize.districts import AFGHAN_DISTRICTS, find_district_provinces
from llmextract.normalize.places import AFGHAN_PROVINCES
from tests.test_eval_support import claim, extraction

TEXT = ("KABUL, Afghanistan (Feb. 24, 2011) - In Karezak village of Shah Wali Kot district, "
        "a security force detained several suspected insurgents yesterday.")


@pytest.mark.parametrize(("text", "provinces"), [
    ("in Karezak village of Shah Wali Kot district", ("kandahar",)),
    ("a compound near Sangin on Monday", ("helmand",)),
    ("in Nad-e Ali and then in Musa Qal’ah", ("helmand",)),
    # spellings of the same districts
    ("in Musa Qal'eh district", ("helmand",)),
    ("in Nawa-I-Barakzayi district", ("helmand",)),
    ("in Arghestan district", ("kandahar",)),
    ("in Deh Chopan district", ("zabul",)),
    ("in Dih Yak district", ("ghazni",)),
    ("in Wazi Zadran district", ("paktya",)),
    ("in Yosef Khel district", ("paktika",)),
    ("in Shakar Darah district", ("kabul",)),
    ("in Bak district, then in Chahar Darah", ("khost", "kunduz")),
    ("Bak said the bridge at Kot was closed", ()),  # word-like names need "district"
    ("chora", ()),  # a proper name, as written
    ("in Arghandab district", ()),  # in Kandahar and in Zabul: cannot say which
])
def test_a_district_or_town_gives_its_province(text: str,
                                               provinces: tuple[str, ...]) -> None:
    assert find_district_provinces(text) == provinces


def test_every_label_is_an_isaf_province() -> None:
    assert set(AFGHAN_DISTRICTS) <= set(AFGHAN_PROVINCES)


def test_the_isaf_reduction_reads_a_province_from_a_district() -> None:
    detained = claim("k1", "detained several suspected insurgents", outcome="captured",
                     low=None, high=None, vague="several", text=TEXT)
    where = claim("k2", "Shah Wali Kot district", outcome="captured", text=TEXT)
    answer = derive(extraction([], [detained, where], text=TEXT, article_id="isaf-1"), TEXT)
    assert answer.provinces == {"kandahar"}
