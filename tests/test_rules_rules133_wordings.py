"""Wordings the misses of the fresh open sets blind112-119 showed in insider attacks, several
parties' tolls of the same dead and a later figure that replaces a first report (issue 14):
each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# An insider attacker told dead as "the rogue soldier" after the toll of those he shot is a
# second dead man, of the other side, not the toll told again.
def test_the_rogue_soldier_killed_after_his_victims_is_the_attackers_toll() -> None:
    body = ("A man wearing an Afghan National Army uniform turned his weapon against coalition "
            "service members in Gurziwan district, Faryab province, today, killing one. "
            "Coalition forces returned fire and killed the rogue soldier.")
    assert answer(body).killed == 1


def test_the_soldier_named_in_the_victims_toll_is_not_the_attacker() -> None:
    body = ("Insurgents attacked an Afghan National Army patrol in Gurziwan district, Faryab "
            "province, today, killing a soldier. Coalition forces killed two of the insurgents. "
            "The soldier was killed by a rocket-propelled grenade.")
    assert answer(body).killed == 2


# A dead man told as the attacker's helper ("believed to have helped him") is of the attacker's
# side, whatever uniform he wore; and a passive toll joined to another verb reads as one ("was
# shot and killed") when a clause of when follows it ("as he fled").
def test_the_attackers_helper_killed_as_he_fled_is_counted() -> None:
    body = ("A coalition service member was killed today when an Afghan Local Police officer "
            "opened fire at a checkpoint in Khak-e Safed district, Farah province. Coalition "
            "forces returned fire, killing the shooter. A second officer, believed to have "
            "helped him, was shot and killed as he fled.")
    assert answer(body).killed == 2


def test_a_soldier_who_helped_the_wounded_is_the_releasing_sides_own() -> None:
    body = ("A coalition service member was killed today when an Afghan Local Police officer "
            "opened fire at a checkpoint in Khak-e Safed district, Farah province. Coalition "
            "forces returned fire, killing the shooter. A coalition soldier who helped the "
            "wounded was shot and killed as he ran to the gate.")
    assert answer(body).killed == 1


def test_an_insurgent_shot_and_killed_as_he_fled_is_counted() -> None:
    body = ("Afghan forces engaged insurgents in Khak-e Safed district, Farah province, "
            "yesterday. One insurgent, believed to be a bomb maker, was shot and killed as he "
            "fled.")
    assert answer(body).killed == 1


# A partner's soldier who tried to stop the attacker is the releasing side's own dead: the
# attacker named in the clause that defines him is not who died, "also" before the verb or not.
def test_a_soldier_who_tried_to_stop_the_attacker_and_was_also_killed_is_own_dead() -> None:
    body = ("Two ISAF service members were killed today when a member of the Afghan National "
            "Army fired on them inside a base in Nad-e Ali district, Helmand province. An Afghan "
            "soldier who tried to stop the attacker was also killed. The attacker escaped.")
    assert answer(body).killed == 0


def test_the_attacker_who_shot_them_and_was_also_killed_is_counted() -> None:
    body = ("Two ISAF service members were killed today when a member of the Afghan National "
            "Army fired on them inside a base in Nad-e Ali district, Helmand province. The "
            "attacker was also killed.")
    assert answer(body).killed == 1


# Two parties' numbers of the same dead in one paragraph: the first party's figure is the
# toll, another party's number after it their account of the same fight, never added; more dead
# told beside it ("two more") and a separate incident add.
def test_another_partys_number_of_the_same_dead_is_not_added() -> None:
    body = ("Afghan Border Police, with coalition forces in support, killed four insurgents in "
            "Khan Abad district, Kunduz province, yesterday, according to the Afghan Border "
            "Police. Provincial officials said six insurgents died.")
    assert answer(body).killed == 4


def test_another_partys_more_dead_are_added() -> None:
    body = ("Afghan Border Police, with coalition forces in support, killed four insurgents in "
            "Khan Abad district, Kunduz province, yesterday, according to the Afghan Border "
            "Police. Provincial officials said two more insurgents died.")
    assert answer(body).killed == 6


def test_another_partys_toll_of_a_separate_incident_is_added() -> None:
    body = ("Afghan Border Police killed four insurgents in Khan Abad district, Kunduz "
            "province, yesterday, according to the Afghan Border Police. In a separate "
            "incident, provincial officials said two insurgents were killed.")
    assert answer(body).killed == 6


# A first report's figure gives way to the later one: "has since risen to six" (its noun
# saying whose number it is, whatever an "including" names after it), or a finding another
# party made since ("Afghan officials have since confirmed").
def test_the_number_risen_since_a_first_report_replaces_it() -> None:
    body = ("Afghan forces repelled an attack on the district centre in Garmsir, Helmand "
            "province, this morning.\n\nEarlier reports indicated that three attackers were "
            "killed. The number of insurgents killed has since risen to five, including two "
            "suicide bombers who detonated their vests at the gate.")
    assert answer(body).killed == 5


def test_a_later_operation_after_an_earlier_one_adds() -> None:
    body = ("Earlier today, Afghan forces killed four insurgents in Garmsir district, Helmand "
            "province. Later, six more were killed in the same district.")
    assert answer(body).killed == 10


def test_a_partys_finding_since_an_earlier_statement_replaces_it() -> None:
    body = ("Afghan forces ended an attack by insurgents on a hotel in central Kabul early this "
            "morning, killing all the attackers.\n\nAn earlier ISAF statement reported that "
            "seven attackers had been killed. Afghan officials have since confirmed that nine "
            "attackers died in the fighting.")
    assert answer(body).killed == 9


def test_a_partys_figure_beside_its_own_without_a_first_report_stays_apart() -> None:
    body = ("Afghan forces ended an attack by insurgents on a hotel in central Kabul early this "
            "morning, killing seven attackers.\n\nAfghan officials have since confirmed that "
            "nine attackers died in the fighting.")
    assert answer(body).killed == 7


# (review 2, H4) A man "helping them" or "assisting them" beside the releasing side's dead is
# its interpreter or partner soldier, its own: only a helper named the attacker's, or suspected
# of helping "him", is of the attacker's side.
def test_an_interpreter_assisting_the_dead_service_members_is_own_dead() -> None:
    body = ("Two ISAF service members and an Afghan interpreter assisting them were killed when "
            "an improvised explosive device detonated in southern Afghanistan today.")
    assert answer(body).killed == 0


def test_an_interpreter_helping_the_patrol_is_not_the_enemys_dead() -> None:
    body = ("An insurgent attacked an ISAF patrol in Kandahar province today. Coalition forces "
            "returned fire, killing the insurgent. An Afghan interpreter helping them was also "
            "killed.")
    assert answer(body).killed == 1


def test_a_soldier_who_helped_the_victims_is_not_the_attackers_side() -> None:
    body = ("A man wearing an Afghan National Army uniform shot and killed two ISAF service "
            "members in eastern Afghanistan today. An Afghan soldier who helped them after the "
            "shooting was also killed. The shooter was killed by return fire.")
    assert answer(body).killed == 1


# (review 2, H3) Only a bare account ("officials said six insurgents died") is another party's
# number of the same dead: a party's toll with a killer or a place of its own, or "also" or
# "related" anywhere in its sentence, is its own fight of a regional command's roundup.
def test_another_partys_toll_in_another_district_is_added() -> None:
    body = ("Coalition forces killed three insurgents during a firefight in Nad Ali district, "
            "Helmand province, yesterday, according to the Afghan National Police. Afghan "
            "commandos killed two insurgents in Marjah district, the provincial governor said.")
    assert answer(body).killed == 5


def test_another_partys_toll_of_a_related_engagement_is_added() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Nad Ali district, Helmand "
            "province, yesterday, according to the Afghan National Police. Afghan forces killed "
            "four insurgents in a related engagement in Marjah district, the district governor "
            "said.")
    assert answer(body).killed == 7


def test_another_party_also_reporting_its_own_dead_is_added() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Nad Ali district, Helmand "
            "province, yesterday, according to the Afghan National Police. The Afghan Border "
            "Police also reported that they killed two insurgents near Lashkar Gah, provincial "
            "officials said.")
    assert answer(body).killed == 5


def test_another_partys_bare_account_in_the_same_district_is_not_added() -> None:
    body = ("Afghan Border Police killed four insurgents in Khan Abad district, Kunduz "
            "province, yesterday, according to the Afghan Border Police. Provincial officials "
            "said six insurgents were killed in Khan Abad district.")
    assert answer(body).killed == 4


# (review 1, H3) Another party's finding replaces a first report only when its own verb says
# it was made since ("have since confirmed"), right after the first report, and nothing sets it
# apart as another incident: a separate incident's toll never puts its figure over the strike's.
def test_a_separate_incidents_finding_since_does_not_replace_the_first_report() -> None:
    body = ("An Afghan and coalition security force killed four insurgents in Khan Abad "
            "district, Kunduz province, yesterday. Initial reporting indicated that four "
            "insurgents were killed.\n\nIn a separate incident, provincial officials have since "
            "confirmed that two insurgents were killed.")
    assert answer(body).killed == 4


def test_a_separate_clash_found_since_does_not_replace_the_air_strikes_toll() -> None:
    body = ("Initial reporting indicated that two insurgents were killed in an air strike in "
            "Nawa district, Helmand province, yesterday.\n\nIn a separate incident in the "
            "district, Afghan police have since confirmed that four insurgents were killed in a "
            "clash with a police patrol yesterday evening.")
    assert answer(body).killed == 2


def test_a_separate_incident_after_an_earlier_statement_keeps_the_lede_toll() -> None:
    body = ("Afghan Border Police killed four insurgents in Khan Abad district, Kunduz "
            "province, yesterday, according to the Afghan Border Police. An earlier ISAF "
            "statement reported that four insurgents were killed. In a separate incident, "
            "provincial officials have since confirmed that two insurgents were killed.")
    assert answer(body).killed == 4
