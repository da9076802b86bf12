"""Wordings the misses of the fresh open sets blind160-167 showed in the same dead told again
and two incidents merged into one (issue 14): a paragraph opening on its district after the
dateline, a part of the dead by "two of the dead", the lede's companions told again with
"also", "both" after a sentence that turns to a group, and "the insurgents" after a man's
following; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


# The lede's line carries the dateline, so its paragraph opens on the district after it: two
# paragraphs each opening on its own district are two incidents, not one told again.
def test_a_lede_opening_on_its_district_after_the_dateline_is_its_own_incident() -> None:
    body = ("In Maiwand district, an Afghan and coalition patrol killed two insurgents who "
            "attacked it from an orchard today.\n\nIn Nawa district, Helmand province, a "
            "security force killed one insurgent during an operation targeting a Taliban "
            "facilitator today.")
    assert answer(body).killed == 3


def test_a_second_paragraph_of_the_lede_district_tells_it_again() -> None:
    body = ("In Maiwand district, an Afghan and coalition patrol killed two insurgents who "
            "attacked it from an orchard today.\n\nIn Maiwand district, Kandahar province, "
            "the patrol killed one insurgent during the fight today.")
    assert answer(body).killed == 2


# "Two of the dead were children": a part of the dead told before, not more dead.
def test_two_of_the_dead_are_of_the_toll_told_before() -> None:
    body = ("An insurgent roadside bomb struck a civilian van in Khost district, Khost "
            "province, today, killing five civilians.\n\nPolice treated the wounded at the "
            "scene. Two of the dead were women.")
    assert answer(body).killed == 5


def test_some_of_the_wounded_who_died_add_to_the_dead() -> None:
    body = ("An insurgent roadside bomb struck a civilian van in Khost district, Khost "
            "province, today, killing five civilians and wounding four others.\n\nTwo of the "
            "wounded later died in hospital.")
    assert answer(body).killed == 7


# "A leader and three of his associates ... The strike also killed three associates
# travelling with him": the lede's companions told again, "also" or not.
def test_the_lede_companions_told_again_with_also_are_the_same_men() -> None:
    body = ("A coalition air strike killed a senior Taliban leader and two of his associates "
            "in Nad-e Ali district, Helmand province, yesterday.\n\nCoalition aircraft struck "
            "the leader's car on a road outside the village. The strike also killed two "
            "associates riding with him.")
    assert answer(body).killed == 3


def test_companions_of_another_number_told_with_also_add() -> None:
    body = ("A coalition air strike killed a senior Taliban leader and three of his "
            "associates in Nad-e Ali district, Helmand province, yesterday.\n\nCoalition "
            "aircraft struck the leader's car on a road outside the village. The strike also "
            "killed two associates riding in a second car.")
    assert answer(body).killed == 6


# "Both" after a sentence that turns to a group by its definite noun counts that group, not
# the group counted nearer before it.
def test_both_after_the_civilians_are_turned_to_are_the_civilians() -> None:
    body = ("An assessment team has confirmed that two civilians were killed during an "
            "operation in Baraki Barak district, Logar province, on June 12, in which the "
            "security force also killed four insurgents.\n\nThe civilians, two brothers, ran "
            "into the street during the fighting and were hit. Medics treated them, but both "
            "died.")
    assert answer(body).killed == 6


def test_both_after_a_new_pair_is_that_pair() -> None:
    body = ("An assessment team has confirmed that two civilians were killed during an "
            "operation in Baraki Barak district, Logar province, on June 12.\n\nLater, the "
            "security force engaged two more insurgents near the compound. The patrol fired "
            "on them, and both died.")
    assert answer(body).killed == 4


# A man's following ("commanded about 30 fighters") is whom he had, not the group a later
# "the insurgents were killed" counts; that phrase points back to the lede's dead, the rest
# beside the named leader included.
def test_the_insurgents_after_a_leaders_following_are_the_lede_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader, Mullah Rahim, "
            "and two other insurgents during an operation in Almar district, Faryab province, "
            "yesterday.\n\nRahim commanded about 40 fighters and planned attacks on the "
            "district centre. The insurgents were killed when they fired on the force.")
    assert answer(body).killed == 3


def test_the_insurgents_after_the_apposed_leader_and_the_rest_are_the_lede_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader, Mullah Rahim, "
            "and two other insurgents during an operation in Almar district, Faryab province, "
            "yesterday.\n\nThe insurgents were killed when they fired on the force.")
    assert answer(body).killed == 3


def test_the_insurgents_after_a_group_seen_in_action_are_that_group() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader in Almar "
            "district, Faryab province, yesterday.\n\nLater, four more insurgents attacked "
            "the force from a ridge. The insurgents were killed when aircraft struck the "
            "ridge.")
    assert answer(body).killed == 5


# The review's findings on the rules above (H1-H3): a later group of the lede's "N other"
# number told killed as "the insurgents" is a new group, a bystanders' opener does not take
# over "both", and "the bodies of those killed" is no partitive of the dead.
_RAHIM = ("An Afghan and coalition security force killed a Taliban leader, Mullah Rahim, and "
          "two other insurgents during an operation in Almar district, Faryab province, ")


def test_the_insurgents_of_a_later_pair_of_the_lede_number_are_that_pair() -> None:
    body = (_RAHIM + "yesterday.\n\nLater, two insurgents fired on a police checkpoint "
            "nearby. The insurgents were killed when the police returned fire.")
    assert answer(body).killed == 5


def test_the_insurgents_of_a_pair_told_the_next_day_are_that_pair() -> None:
    body = (_RAHIM + "on Sunday.\n\nOn Monday, two insurgents attacked a police checkpoint "
            "in the district. The insurgents were killed when the police returned fire.")
    assert answer(body).killed == 5


def test_the_insurgents_of_a_separate_incident_are_that_pair() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader and two other "
            "insurgents during an operation in Almar district, Faryab province, yesterday."
            "\n\nIn a separate incident, a patrol spotted two insurgents planting a bomb. The "
            "insurgents were killed by an air weapons team.")
    assert answer(body).killed == 5


def test_the_insurgents_after_two_more_are_those_more() -> None:
    body = ("A coalition air strike killed a Taliban commander and two of his fighters in "
            "Almar district, Faryab province, yesterday.\n\nToday, a patrol found two more "
            "insurgents hiding in a compound nearby. The insurgents were killed when they "
            "opened fire.")
    assert answer(body).killed == 5


_ANDAR = ("An Afghan and coalition security force killed two insurgents during an operation "
          "in Andar district, Ghazni province, today.\n\n")


def test_both_after_bystanders_moved_to_safety_are_the_insurgents() -> None:
    body = (_ANDAR + "The insurgents fired on the force from a compound. The women and "
            "children inside were moved to safety. The force then returned fire, killing both.")
    assert answer(body).killed == 2


def test_both_after_villagers_who_told_the_force_are_the_insurgents() -> None:
    body = (_ANDAR + "The villagers told the force where the insurgents were hiding. The force "
            "engaged them, killing both.")
    assert answer(body).killed == 2


def test_both_after_civilians_moved_to_safety_are_the_pair() -> None:
    body = (_ANDAR + "The civilians in the compound were moved to safety before the force "
            "engaged the pair. The force killed both.")
    assert answer(body).killed == 2


def test_all_three_after_unharmed_children_are_combatants() -> None:
    body = ("An Afghan and coalition patrol engaged three insurgents near a school in Andar "
            "district, Ghazni province, today.\n\nThe children in the school were unharmed. "
            "The patrol killed all three.")
    found, claims = read(DATELINE + body)
    assert found.killed == 3
    assert [c.population for c in claims if c.outcome == "killed"] == ["combatant"]


_NAWA = ("Coalition aircraft killed three insurgents who were planting a roadside bomb in Nawa "
         "district, Helmand province, today.\n\n")
_KHOST = ("An Afghan and coalition force killed four insurgents in Khost district, Khost "
          "province, today.\n\n")


def test_those_who_recovered_the_bodies_of_those_killed_add() -> None:
    body = (_NAWA + "Two insurgents who tried to recover the bodies of those killed were also "
            "killed by the aircraft.")
    assert answer(body).killed == 5


def test_a_cousin_of_one_of_the_dead_adds() -> None:
    body = _KHOST + "The force also killed a cousin of one of the dead, who fired on the patrol."
    assert answer(body).killed == 5


def test_the_brother_of_one_of_the_dead_insurgents_adds() -> None:
    body = (_KHOST + "Later, the patrol killed the brother of one of the dead insurgents when "
            "he opened fire on the force.")
    assert answer(body).killed == 5


# The review's M1: a group a man leads into an attack is at the scene, not his following;
# his following told by "under his command", "in command of" or "'s group of" is.
def test_a_commander_who_led_four_in_an_attack_is_killed_with_them() -> None:
    body = ("A Taliban commander led four insurgents in an attack on an Afghan police "
            "checkpoint in Almar district, Faryab province, today. The police returned fire, "
            "killing the insurgents.")
    assert answer(body).killed == 4


def test_a_commander_leading_five_toward_a_checkpoint_is_struck_with_them() -> None:
    body = ("Coalition aircraft struck a Taliban commander leading five insurgents toward a "
            "checkpoint in Almar district, Faryab province, today, killing all of them.")
    assert answer(body).killed == 5


def test_the_insurgents_after_fighters_under_his_command_are_the_lede_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader, Mullah Rahim, "
            "and two other insurgents during an operation in Almar district, Faryab province, "
            "yesterday.\n\nRahim had about 40 fighters under his command and planned attacks "
            "on the district centre. The insurgents were killed when they fired on the force.")
    assert answer(body).killed == 3


def test_the_insurgents_after_his_command_of_fighters_are_the_lede_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader, Mullah Rahim, "
            "and two other insurgents during an operation in Almar district, Faryab province, "
            "yesterday.\n\nRahim was in command of about 40 fighters and planned attacks on "
            "the district centre. The insurgents were killed when they fired on the force.")
    assert answer(body).killed == 3


def test_the_insurgents_after_his_group_of_fighters_are_the_lede_dead() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader, Mullah Rahim, "
            "and two other insurgents during an operation in Almar district, Faryab province, "
            "yesterday.\n\nRahim's group of about 40 fighters planned attacks on the district "
            "centre. The insurgents were killed when they fired on the force.")
    assert answer(body).killed == 3


# The review's M2: the lede's rest told again beside the man, in any number and any noun of
# his people, "with him".
def test_the_rest_beside_the_leader_told_again_as_insurgents_with_him() -> None:
    body = ("A coalition air strike killed a senior Haqqani network leader and three other "
            "insurgents in Zurmat district, Paktiya province, yesterday.\n\nCoalition "
            "aircraft struck the leader's vehicle on a road near the village. The strike also "
            "killed three insurgents travelling with him.")
    assert answer(body).killed == 4


def test_his_men_told_again_as_men_with_him() -> None:
    body = ("A coalition air strike killed a senior Haqqani network leader and three of his "
            "men in Zurmat district, Paktiya province, yesterday.\n\nCoalition aircraft "
            "struck the leader's vehicle on a road near the village. The strike also killed "
            "three men travelling with him.")
    assert answer(body).killed == 4


def test_his_fighters_told_again_as_militants_with_him() -> None:
    body = ("A coalition air strike killed a senior Haqqani network leader and three of his "
            "fighters in Zurmat district, Paktiya province, yesterday.\n\nCoalition aircraft "
            "struck the leader's vehicle on a road near the village. The strike also killed "
            "three militants travelling with him.")
    assert answer(body).killed == 4


def test_his_associates_along_with_him_told_again() -> None:
    body = ("A coalition air strike killed a senior Haqqani network leader along with three "
            "of his associates in Zurmat district, Paktiya province, yesterday.\n\nCoalition "
            "aircraft struck the leader's vehicle on a road near the village. The strike also "
            "killed three associates travelling with him.")
    assert answer(body).killed == 4


def test_their_associates_told_again_with_them() -> None:
    body = ("A coalition air strike killed two senior Haqqani network leaders and three of "
            "their associates in Zurmat district, Paktiya province, yesterday.\n\nCoalition "
            "aircraft struck the leaders' vehicle on a road near the village. The strike also "
            "killed three associates travelling with them.")
    assert answer(body).killed == 5


def test_seven_of_his_fighters_told_again() -> None:
    body = ("A coalition air strike killed a senior Haqqani network leader and seven of his "
            "fighters in Zurmat district, Paktiya province, yesterday.\n\nCoalition aircraft "
            "struck the leader's compound near the village. The strike also killed seven "
            "fighters staying with him.")
    assert answer(body).killed == 8


# The review's M3 and L1: "two of those who died were" is a share of the dead; a group turned
# to with an adjective, or after a leading phrase, is still that group.
def test_two_of_those_who_died_are_of_the_toll_told_before() -> None:
    body = ("An insurgent roadside bomb struck a civilian van in Khost district, Khost "
            "province, today, killing four civilians and wounding seven others.\n\nTwo of "
            "those who died were children.")
    assert answer(body).killed == 4


def test_both_after_the_afghan_civilians_are_turned_to_are_the_civilians() -> None:
    body = ("An assessment team has confirmed that two civilians were killed during an "
            "operation in Andar district, Ghazni province, on June 10, in which the security "
            "force also killed three insurgents.\n\nThe Afghan civilians, a farmer and his "
            "nephew, walked into a field during the fighting and were hit. The force gave "
            "them first aid, but both died.")
    assert answer(body).killed == 5


def test_both_after_the_civilians_turned_to_mid_sentence_are_the_civilians() -> None:
    body = ("An assessment team has confirmed that two civilians were killed during an "
            "operation in Andar district, Ghazni province, on June 10, in which the security "
            "force also killed three insurgents.\n\nDuring the fighting, the civilians, a "
            "farmer and his nephew, walked into a field and were hit. The force gave them "
            "first aid, but both died.")
    assert answer(body).killed == 5
