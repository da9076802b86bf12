"""Whole releases (issue 14, helper rules32): wordings the rules misread on probe batches of
whole releases written blind to their output (``/tmp/rules32-probes``).

Every sentence here was written for these tests in the style of ISAF, IJC and Regional Command
press releases of 2009-2013 (none is copied from ``evals/external/isaf``, the blind sets or the
gold set). The releases are dated Tuesday, June 14, 2011 (``tests/isaf_probes.py``). Each family
has probes the rules misread before the change and guards that must keep their reading.
"""

from __future__ import annotations

import pytest

from tests import isaf_probes

# -- 1. the releasing side spelled out: "International Security Assistance Force service members"


@pytest.mark.parametrize(("body", "expected"), [
    ("An individual wearing an Afghan National Army uniform turned his weapon against "
     "International Security Assistance Force service members in eastern Afghanistan today, "
     "killing two. The attacker was killed by return fire.", 1),
    ("A man in an Afghan police uniform opened fire on International Security Assistance Force "
     "troops in Kandahar province today, killing one. The gunman was shot dead.", 1),
    # guards: the other side named last before the toll, and the abbreviation
    ("International Security Assistance Force troops engaged two insurgents in Kandahar "
     "province today, killing both.", 2),
    ("An individual wearing an Afghan National Army uniform turned his weapon against ISAF "
     "service members in eastern Afghanistan today, killing two. The attacker was killed by "
     "return fire.", 1),
])
def test_the_releasing_side_spelled_out_is_its_own(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 2. a province's name as a man's: "Minister of Defense Mohammad Rahim Wardak" ---------------


@pytest.mark.parametrize(("body", "expected"), [
    ("The ISAF commander joined Afghan Minister of Defense Mohammad Rahim Wardak at a ceremony in "
     "Kabul today to honor Afghan soldiers who have died defending their country.", ["kabul"]),
    ("Education Minister Mohammad Farooq Wardak opened a school in Nad-e Ali district, Helmand "
     "province, today.", ["helmand"]),
    # guards: the province's own spellings and lists keep their names
    ("A combined force detained two insurgents in Maidan Wardak province today.", ["wardak"]),
    ("A combined force detained two insurgents in Sayyidabad district, Wardak province, today.",
     ["wardak"]),
])
def test_a_province_name_as_a_surname_is_no_place(body: str, expected: list[str]) -> None:
    assert sorted(isaf_probes.answer(body).provinces) == expected


# -- 3. an adverb before a coordinated passive: "was then shot and killed" --------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Insurgents fired on a patrol in Nad-e Ali district, Helmand province, today. The insurgent "
     "was then shot and killed by coalition forces.", 1),
    ("Two insurgents fired on a patrol in Nad-e Ali district, Helmand province, today. Both were "
     "later shot and killed by the patrol.", 2),
    # guards: the plain form, and a wound that killed no one
    ("Insurgents fired on a patrol in Nad-e Ali district, Helmand province, today. The insurgent "
     "was shot and killed by coalition forces.", 1),
    ("Insurgents fired on a patrol in Nad-e Ali district, Helmand province, today. The insurgent "
     "was then shot and wounded by coalition forces.", 0),
])
def test_an_adverb_before_a_coordinated_passive(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 4. an insider told first, then named back by his uniform: "The policeman was killed" -----


@pytest.mark.parametrize(("body", "expected"), [
    ("An Afghan policeman opened fire on coalition advisors at a police station in Nad-e Ali "
     "district, Helmand province, today, wounding two. The policeman was shot and killed by "
     "coalition forces.", 1),
    ("An Afghan soldier turned his weapon on ISAF service members at a base in Kandahar "
     "province today, wounding three. The soldier was killed by return fire.", 1),
    # guards: a policeman the insurgents killed, and one killed beside the coalition advisors
    ("Insurgents opened fire on a police checkpoint in Nad-e Ali district, Helmand province, "
     "today. The policeman was killed.", 0),
    ("An Afghan policeman and two coalition advisors were attacked at a police station in "
     "Nad-e Ali district, Helmand province, today. The policeman was killed.", 0),
])
def test_an_insider_named_back_by_his_uniform_is_the_other_side(body: str, expected: int
                                                                 ) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 5. the Taliban's toll alone, of an operation the release says it never made -------------


@pytest.mark.parametrize(("body", "expected"), [
    ("The Taliban have claimed that a coalition air strike killed civilians at a wedding party "
     "in Shindand district, Herat province, yesterday. No coalition aircraft conducted strikes "
     "anywhere in Herat province yesterday.", 0),
    ("Insurgents claimed that coalition forces killed villagers in Shindand district, Herat "
     "province, yesterday. No coalition forces operated in the district yesterday.", 0),
    # guards: the release's own toll, and an Afghan official's toll the release does not refute
    ("The Taliban have claimed that a coalition air strike killed civilians in Shindand "
     "district, Herat province, yesterday. Coalition forces killed two insurgents in the "
     "district yesterday.", 2),
    ("Afghan officials said three civilians were killed in fighting in Shindand district, Herat "
     "province, yesterday. ISAF is looking into the report.", 3),
    # ... and the Taliban's alone, of an operation the release does not say it never made
    ("The Taliban have claimed that a coalition air strike killed four civilians in Shindand "
     "district, Herat province, yesterday. ISAF is looking into the claim.", 4),
])
def test_the_talibans_toll_alone_of_no_operation_never_counts(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 6. what the target supplied: "weapons used in an attack ... that killed two soldiers" -----


@pytest.mark.parametrize(("body", "expected"), [
    ("An Afghan and coalition security force detained a Taliban facilitator in Imam Sahib "
     "district, Kunduz province, today. The facilitator supplied weapons used in an attack on "
     "an Afghan National Army patrol Sunday that killed two insurgents.", "2011-06-14"),
    ("A combined force detained a bomb maker in Imam Sahib district, Kunduz province, today. He "
     "built explosives that were used in the bombing of a bazaar Sunday that killed four "
     "civilians.", "2011-06-14"),
    # guard: a toll of the operation itself, dated by its own day
    ("A combined force killed two insurgents in Imam Sahib district, Kunduz province, Sunday. "
     "The force also found weapons used in attacks on the district center.", "2011-06-12"),
])
def test_a_toll_of_what_the_target_supplied_dates_no_operation(body: str, expected: str
                                                               ) -> None:
    assert str(isaf_probes.answer(body).start_date) == expected


# -- 7. the day of an apology or a condemnation is the statement's: "today apologized for" ----


@pytest.mark.parametrize(("body", "expected"), [
    ("The ISAF commander today apologized for the deaths of four boys killed by coalition "
     "aircraft in Darah-ye Pech district, Kunar province, on June 10.", "2011-06-10"),
    ("ISAF today condemned the insurgent attack that killed three civilians in Kandahar city "
     "on Sunday.", "2011-06-12"),
    # guards: a killing dated by "today" alone, and a statement with no other day
    ("Coalition forces killed two insurgents in Kunar province today.", "2011-06-14"),
    ("The ISAF commander today apologized for the deaths of four boys killed by coalition "
     "aircraft in Darah-ye Pech district, Kunar province.", "2011-06-14"),
])
def test_the_day_of_an_apology_is_no_days_toll(body: str, expected: str) -> None:
    assert str(isaf_probes.answer(body).start_date) == expected


# -- 8. an update of a toll a third man extended: "a third insurgent was killed ... revised to
# three" ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("A combined force killed two insurgents in Sayyidabad district, Wardak province, last "
     "night.\n\nUPDATE: A follow-on assessment found that a third insurgent was killed in the "
     "operation. The number of insurgents killed has been revised to three.", 3),
    # guards: the third alone, and a revision alone
    ("A combined force killed two insurgents in Sayyidabad district, Wardak province, last "
     "night.\n\nUPDATE: A follow-on assessment found that a third insurgent was killed in the "
     "operation.", 3),
    ("A combined force killed two insurgents in Sayyidabad district, Wardak province, last "
     "night.\n\nUPDATE: The number of insurgents killed has been revised to four.", 4),
])
def test_an_update_revises_the_toll_a_third_man_extended(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 9. a civilian named by a compound: "a schoolteacher", "two schoolboys" -------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Insurgents murdered a schoolteacher in Nijrab district, Kapisa province, yesterday.", 1),
    ("Insurgents killed two schoolboys in Nijrab district, Kapisa province, yesterday.", 2),
    ("A roadside bomb killed three schoolchildren in Nijrab district, Kapisa province, "
     "yesterday.", 3),
    # guards: the plain nouns, and a school that is no one
    ("Insurgents murdered a teacher in Nijrab district, Kapisa province, yesterday.", 1),
    ("Insurgents burned a school in Nijrab district, Kapisa province, yesterday.", 0),
])
def test_a_civilian_named_by_a_compound_is_counted(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 10. a suicide car bomber is no aircraft: "A suicide car bomber struck a checkpoint" ------


@pytest.mark.parametrize(("body", "airstrike"), [
    ("A suicide car bomber struck a police checkpoint in Lashkar Gah city, Helmand province, "
     "this morning, killing three civilians.", False),
    ("A suicide truck bomber hit the gate of a base in Lashkar Gah city, Helmand province, "
     "this morning, killing three civilians.", False),
    # guards: a bomber that is an aircraft, and the suicide bomber already told apart
    ("A coalition bomber struck a Taliban command post in Musa Qala district, Helmand province, "
     "this morning, killing three insurgents.", True),
    ("A suicide bomber struck a police checkpoint in Lashkar Gah city, Helmand province, this "
     "morning, killing three civilians.", False),
])
def test_a_suicide_car_bomber_is_no_aircraft(body: str, airstrike: bool) -> None:
    assert isaf_probes.answer(body).airstrike is airstrike


# -- 11. the dead named as captors: "freed four road workers, killing three of their captors" -


@pytest.mark.parametrize(("body", "expected"), [
    ("Afghan commandos freed four road workers held by insurgents in Adraskan district, Herat "
     "province, yesterday, killing three of their captors.", 3),
    ("Afghan commandos freed a hostage in Adraskan district, Herat province, yesterday. Two "
     "kidnappers were killed in the rescue.", 2),
    # guards: a rescue with no one killed, and the hostages' own
    ("Afghan commandos freed four road workers held by insurgents in Adraskan district, Herat "
     "province, yesterday. None of the hostages was hurt.", 0),
    ("Insurgents killed two of their captives in Adraskan district, Herat province, yesterday.",
     2),
])
def test_captors_killed_are_counted(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 12. "He was killed" after a toll of several whose first part is one man ------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("A combined force killed a senior Taliban leader and two other insurgents in Qalat "
     "district, Zabul province, yesterday. The leader, Mullah Zaher, was the top commander in "
     "the district. He was killed after he and his fighters opened fire on the force.", 3),
    ("A combined force killed a Haqqani commander along with three of his fighters in Qalat "
     "district, Zabul province, yesterday. He was killed when he fired on the force.", 4),
    # guards: a toll of several with no one man first, and the one man told alone
    ("A combined force killed three insurgents in Qalat district, Zabul province, yesterday. A "
     "Taliban leader escaped. He was killed later by Afghan police.", 4),
    ("A combined force killed a Taliban leader in Qalat district, Zabul province, yesterday. He "
     "was killed after he opened fire on the force.", 1),
])
def test_he_after_a_toll_with_one_man_first_is_that_man(body: str, expected: int) -> None:
    assert isaf_probes.answer(body).killed == expected


# -- 13. an update's row opening "Also in eastern Afghanistan," is placed by its paragraph ----


def test_an_update_row_opening_also_in_a_region_keeps_its_province() -> None:
    head = ("ISAF Joint Command Evening Operational Update June 14, 2011\n"
            "KABUL, Afghanistan (June 14, 2011)\n")
    row = ("Also in eastern Afghanistan, Afghan Border Police found a weapons cache in Achin "
           "district, Nangarhar province, today.")
    assert isaf_probes.read(head + row)[0].provinces == {"nangarhar"}
    # guards: the row opening "In eastern Afghanistan," and a lede placed by the region only
    assert isaf_probes.read(head + row.replace("Also in", "In"))[0].provinces == {"nangarhar"}
    lede = ("Afghan and coalition forces killed several insurgents in eastern Afghanistan "
            "yesterday.\n\nIn Khost province, a combined force detained two suspected insurgents "
            "in Sabari district yesterday.")
    answer = isaf_probes.read(head + lede)[0]
    assert (answer.killed, answer.provinces) == (0, {"khost"})
