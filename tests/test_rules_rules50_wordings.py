"""Long-release wordings found by rules50 in the misses of blind33 and its own probe batches
(issue 14): the day of a statement of regret, a toll's day inside its strike's week, strikes and
tolls a release answers with "no coalition aircraft fired", a superlative's year, and a memorial
speaker's "they"."""

from __future__ import annotations

import datetime as dt

from llmextract.rules.claims import population_of
from tests.isaf_probes import DATELINE as DATELINE_BODY
from tests.isaf_probes import answer, read

FRIDAY = dt.date(2011, 6, 17)
FRIDAY_LINE = "KABUL, Afghanistan (June 17, 2011) – "


def test_the_day_regret_is_expressed_is_not_the_deaths_day() -> None:
    body = ("The International Security Assistance Force expressed deep regret today for the "
            "death of an Afghan civilian shot by coalition soldiers in Zharay district, Kandahar "
            "province, yesterday.\n\nThe man drove toward a checkpoint and did not stop after "
            "warning shots. He was killed.")
    got = answer(body)
    assert (got.killed, str(got.start_date)) == (1, "2011-06-13")


def test_the_day_condolences_are_offered_is_not_the_deaths_day() -> None:
    body = ("ISAF officials today offered their condolences to the family of an Afghan girl who "
            "was killed yesterday when a coalition truck struck her in Pul-e Alam, Logar "
            "province. The girl ran into the road between two vehicles. She died at the "
            "provincial hospital.")
    got = answer(body)
    assert (got.killed, str(got.start_date)) == (1, "2011-06-13")


def test_a_toll_of_today_beside_a_regret_keeps_today() -> None:
    body = ("A coalition patrol killed two insurgents in Zharay district, Kandahar province, "
            "today. ISAF expressed regret that a civilian was wounded in the exchange of fire.")
    got = answer(body)
    assert (got.killed, str(got.start_date)) == (2, "2011-06-14")


def test_a_tolls_own_day_refines_a_strike_dated_by_a_background_week() -> None:
    text = (FRIDAY_LINE + "Afghan and coalition forces defeated an insurgent attack on a "
            "combat outpost in Arghandab district, Kandahar province, Wednesday night, killing "
            "three insurgents.\n\nMost families in the nearby village had moved to Kandahar "
            "City earlier in the week, after insurgents warned them. Shortly after dark, "
            "insurgents fired on the outpost from a vineyard. When they kept firing from a hut, "
            "an F-16 dropped a guided bomb on it.")
    got = read(text, FRIDAY)[0]
    assert (got.killed, got.airstrike, str(got.start_date)) == (3, True, "2011-06-15")


def test_a_toll_dated_by_nothing_but_its_strikes_week_keeps_the_week() -> None:
    text = (FRIDAY_LINE + "A coalition air strike earlier this week killed three insurgents "
            "in Nad-e Ali district, Helmand province.")
    got = read(text, FRIDAY)[0]
    assert (got.killed, str(got.start_date)) == (3, "2011-06-13")


def test_a_strike_a_council_member_claims_after_the_denial_is_no_strike() -> None:
    body = ("No coalition aircraft conducted strikes in Tagab district, Kapisa province, on "
            "Sunday, ISAF officials said today, in response to claims by a provincial council "
            "member that an air strike had killed six women.\n\nThe council member told a news "
            "agency on Monday that aircraft had bombed a house in the village. ISAF's records "
            "show that no coalition aircraft dropped or fired munitions in Kapisa on Sunday. A "
            "patrol detained a man seen leaving the house with wires.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (0, False)


def test_a_family_a_council_member_says_a_jet_killed_is_refuted_by_no_aircraft_fired() -> None:
    body = ("A member of the provincial council told journalists yesterday that a coalition jet "
            "had bombed a house in Chahar Darah district, Kunduz province, killing five members "
            "of one family. ISAF's records show that no coalition aircraft released munitions "
            "anywhere in Kunduz province that day.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (0, False)


def test_deaths_laid_on_a_bomb_are_not_refuted_by_no_aircraft_fired() -> None:
    body = ("A joint investigation has found that three civilians killed in Arghandab district, "
            "Kandahar province, on Sunday died when a Taliban roadside bomb exploded, not in a "
            "coalition air strike as some villagers had said. No coalition aircraft fired in the "
            "district that day.")
    assert answer(body).killed == 3


def test_members_of_a_family_are_civilians() -> None:
    assert population_of("five members of one family") == "civilian"
    assert population_of("three members of the same household") == "civilian"
    assert population_of("four members of the Taliban") == "combatant"


def test_the_year_of_a_superlative_is_no_running_total() -> None:
    body = ("Afghan army units cleared three villages in Warduj district, Badakhshan province, on "
            "Sunday in their largest operation in the province this year, killing numerous "
            "insurgents, according to the Afghan Ministry of Defence and ISAF.")
    got = answer(body)
    assert (got.killed, str(got.start_date)) == (4, "2011-06-12")


def test_a_toll_of_this_year_is_still_a_running_total() -> None:
    body = ("Afghan forces have killed 40 insurgents in Badakhshan province this year, the "
            "provincial governor said at a ceremony in Faizabad today.")
    assert answer(body).killed == 0


def test_a_memorial_speakers_they_died_is_the_dead_the_release_named() -> None:
    body = ("Soldiers gathered at Forward Operating Base Ramrod today to remember two soldiers "
            "killed by a roadside bomb in Maiwand district, Kandahar province, on Sunday.\n\n"
            "Sgt. Paul Ostrander and Spc. Lee Marsh were killed when the bomb struck their "
            "vehicle.\n\n\"They died doing what they believed in,\" said Capt. Neil Barrow, the "
            "company commander.")
    assert answer(body).killed == 0


def test_a_speakers_they_died_of_insurgents_adds_nothing() -> None:
    body = ("An Afghan and coalition patrol killed two insurgents who attacked a checkpoint in "
            "Maiwand district, Kandahar province, yesterday.\n\n\"They died because they chose "
            "to attack the people's police,\" said the district chief, Haji Obaidullah.")
    assert answer(body).killed == 2


def test_a_memorial_speakers_both_men_died_is_the_dead_the_release_named() -> None:
    body = ("Polish and U.S. soldiers gathered at Forward Operating Base Warrior today to honour "
            "two combat engineers killed by a roadside bomb in Qarabagh district, Ghazni "
            "province, on Sunday.\n\n\"Both men died instantly, doing the work that kept the "
            "rest of us safe,\" said Lt. Col. Piotr Nowak, the battalion commander.")
    assert answer(body).killed == 0


def test_whom_villagers_gather_to_mourn_are_not_the_releasing_sides() -> None:
    # the troops' mourning names their own dead; a village's mourning of civilians does not
    body = ("Coalition soldiers and villagers gathered in Qarabagh district, Ghazni province, "
            "today to remember four civilians killed by a coalition air strike on Sunday.")
    assert answer(body).killed == 4


def test_elders_toll_of_a_helicopter_attack_refuted_by_no_helicopters_or_aircraft_fired() -> None:
    body = ("Tribal elders in Shinwar district, Nangarhar province, told reporters yesterday that "
            "coalition helicopters fired on a house in the village of Lalpur, killing a farmer "
            "and his two sons. No coalition helicopters or other aircraft fired in Shinwar "
            "district that day, ISAF officials said today.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (0, False)


def test_a_strike_named_by_its_year_is_history() -> None:
    body = ("Thirty former insurgents laid down their weapons in Bala Murghab district, Badghis "
            "province, today. A 2009 air strike in the district killed dozens of people, and "
            "fighting closed the bazaar for most of 2010.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (0, False)


def test_a_toll_of_the_strike_a_period_runs_since_is_history() -> None:
    body = ("A patrol killed three insurgents in Bala Baluk district, Farah province, yesterday. "
            "The district has been sensitive since a May 2009 air strike that killed many "
            "civilians.")
    assert answer(body).killed == 3


def test_a_year_that_is_no_attacks_stays_undated() -> None:
    # "the 2010 elections" names no attack: the toll keeps its own day
    body = ("Afghan police killed two insurgents in Bala Baluk district, Farah province, "
            "yesterday, near a school used as a polling centre in the 2010 elections.")
    got = answer(body)
    assert (got.killed, str(got.start_date)) == (2, "2011-06-13")


def test_an_official_after_a_fronted_time_is_the_tolls_claimant() -> None:
    body = ("A patrol killed five insurgents in Bala Baluk district, Farah province, yesterday. "
            "Later in the day a district official told a local radio station that a bombing had "
            "killed eight villagers.")
    got, claims = read(DATELINE_BODY + body)
    assert got.killed == 5
    assert any(c.claimant == "a district official" for c in claims)


def test_a_partys_toll_answered_after_the_visit_that_checked_it() -> None:
    body = ("Afghan soldiers fought off an attack on their patrol in Chahar Bolak district, Balkh "
            "province, yesterday. Two insurgents were killed.\n\nThat evening, villagers told a "
            "provincial official that three farmers had been killed in the crossfire. Afghan "
            "officers returned to the village this morning with the district governor. They "
            "spoke with the elders and the families named and found no evidence of civilian "
            "casualties.\n\n\"We are always ready to look at any report that civilians were "
            "harmed,\" said Col. Ahmad Zia, the Afghan commander. \"This time there were "
            "none.\"")
    assert answer(body).killed == 2


def test_a_toll_of_the_strike_a_period_runs_since_dated_after_its_noun_is_history() -> None:
    body = ("German and Afghan soldiers killed two insurgents in Chahar Darah district, Kunduz "
            "province, yesterday. The district has seen heavy fighting since an air strike near "
            "the village of Omar Khel in September 2009 killed dozens of people.")
    assert answer(body).killed == 2


def test_a_toll_in_claims_rejected_before_it_with_a_possessive_maker_is_denied() -> None:
    body = ("ISAF officials today rejected claims by the Logar provincial governor's spokesman "
            "that a night raid in Mohammad Agha district on Sunday killed four civilians. The "
            "force killed two armed insurgents during the raid.")
    assert answer(body).killed == 2


def test_a_toll_in_claims_the_release_does_not_reject_stands_as_told() -> None:
    body = ("ISAF officials today answered questions from the Logar provincial governor's "
            "spokesman about a night raid in Mohammad Agha district on Sunday that killed four "
            "insurgents.")
    assert answer(body).killed == 4
