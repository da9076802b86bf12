"""Wordings the misses of the fresh open sets blind96-103 showed in several parties' tolls of
the same dead, parts of a toll and first reports (issue 14): each written as a short release of
our own, with negatives."""

from __future__ import annotations

import re

from tests.isaf_probes import answer


# A participle set off between a speaker and its verb tells when or how the subject was made,
# and is no speaker: "A follow-on assessment, conducted after sunrise, confirmed that four
# insurgents were killed" is the release's own later figure, which replaces its first report.
def test_a_participle_set_off_before_the_verb_is_no_speaker() -> None:
    body = ("An Afghan and coalition security force killed four insurgents in Arghandab "
            "district, Kandahar province, last night.\n\nAn initial release issued overnight "
            "stated that two insurgents were killed. A follow-on assessment of the compound, "
            "conducted after sunrise, confirmed that four insurgents were killed.")
    assert answer(body).killed == 4


def test_the_speaker_before_a_set_off_participle_still_speaks() -> None:
    # (another party's toll of another population, told past the aside: still its own)
    body = ("An Afghan and coalition security force killed two insurgents in Arghandab "
            "district, Kandahar province, last night.\n\nThe district police chief, reached "
            "by telephone today, said that five civilians were killed.")
    assert answer(body).killed == 2


# A part of a toll told killed in its own words after "including" is among the toll's dead,
# not more of them.
def test_a_part_told_killed_after_including_is_of_the_toll() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Maiwand district, Kandahar "
            "province, yesterday, including two killed in a coalition air strike on a mortar "
            "position.")
    assert answer(body).killed == 5


def test_a_part_of_the_wounded_after_including_is_no_part_of_the_dead() -> None:
    # (odd wordings, but "including" here follows another toll, so its part is not the first's)
    body = ("Afghan National Security Forces, with coalition support, killed seven insurgents "
            "and wounded four others, including two killed while trying to flee, in Kandahar "
            "province yesterday.")
    assert answer(body).killed == 9


def test_a_part_after_another_outcomes_toll_is_no_part_of_the_dead() -> None:
    body = ("The attack killed five Afghan civilians and wounded 11 others, including three "
            "killed in the initial blast, in Kandahar province yesterday.")
    assert answer(body).killed == 8


def test_a_toll_told_more_after_and_is_added() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Maiwand district, Kandahar "
            "province, yesterday, and two more were killed in a coalition air strike on a "
            "mortar position.")
    assert answer(body).killed == 7


# Several parties' tolls of the same dead, in one paragraph, are one toll: a party's vague
# toll gives way to another's number of the same people, and a figure another party puts on a
# toll told before is that toll again.
def test_a_partys_vague_toll_gives_way_to_anothers_number() -> None:
    body = ("ISAF is investigating reports that civilians were killed during an operation in "
            "Chapa Dara district, Kunar province, yesterday.\n\nVillagers told the district "
            "governor that several farmers were among the dead. Provincial officials have said "
            "that five farmers were killed.")
    assert answer(body).killed == 5


def test_a_figure_put_on_a_toll_told_before_is_that_toll() -> None:
    body = ("Afghan forces cleared insurgents from villages in Ghormach district, Faryab "
            "province, during an operation that ended yesterday.\n\nAfghan forces killed 12 "
            "insurgents, according to the Afghan Ministry of Defense. The district governor "
            "put the number at 19.")
    assert answer(body).killed == 12


def test_parties_tolls_in_separate_paragraphs_are_separate_tolls() -> None:
    body = ("Afghan forces cleared insurgents from villages in Ghormach district, Faryab "
            "province, during an operation that ended yesterday.\n\nAfghan forces killed 12 "
            "insurgents near the district centre, according to the Afghan Ministry of "
            "Defense.\n\nIn Qaisar district, provincial officials said several insurgents were "
            "killed when police repelled an attack on a checkpoint.")
    assert answer(body).killed == 15


def test_parties_tolls_of_an_incident_set_apart_in_one_paragraph_are_separate_tolls() -> None:
    # (a regional command's one-paragraph release of two incidents)
    body = ("Insurgents attacked a police checkpoint in Nahr-e Saraj district, Helmand province, "
            "yesterday. Provincial police officials said several insurgents were killed in the "
            "attack. In a separate incident in the same district, Afghan Army officials said "
            "two insurgents were killed when they tried to plant a roadside bomb.")
    assert answer(body).killed == 5


# The dead of a flood, an avalanche or a road accident are no party's toll.
def test_the_dead_of_a_flood_are_no_toll() -> None:
    body = ("Afghan and coalition helicopters evacuated more than 40 villagers stranded by "
            "flash floods in Khulm district, Balkh province, yesterday.\n\nProvincial officials "
            "said at least 11 people had died in the floods and many more were missing.")
    assert answer(body).killed == 0


def test_the_dead_of_an_attack_during_the_floods_are_a_toll() -> None:
    body = ("Afghan and coalition helicopters evacuated more than 40 villagers stranded by "
            "flash floods in Khulm district, Balkh province, yesterday.\n\nProvincial officials "
            "said at least 11 people had died in an insurgent attack on a relief convoy.")
    assert answer(body).killed == 11


# The list of disasters is a closed group, each reading adding its own words beside it, so that a
# use of it alone compiles and an alternative added after it binds to the added words only.
def test_the_list_of_disasters_is_a_closed_group() -> None:
    from llmextract.rules import claims

    disaster = re.compile(claims._DISASTER + r"\s+killed", re.IGNORECASE)
    assert disaster.fullmatch("floods killed") is not None
    assert disaster.fullmatch("floods") is None


def test_the_dead_of_heavy_rains_are_no_toll() -> None:
    body = ("Afghan and coalition helicopters delivered food to villages cut off in Khulm "
            "district, Balkh province, yesterday.\n\nHeavy rains killed at least nine people in "
            "the district last week, provincial officials said.")
    assert answer(body).killed == 0


def test_the_dead_of_a_road_accident_are_no_toll() -> None:
    body = ("An Afghan and coalition patrol delivered medical supplies to a clinic in Khulm "
            "district, Balkh province, yesterday.\n\nProvincial officials said six people were "
            "killed in a traffic accident on the highway near the district centre.")
    assert answer(body).killed == 0
