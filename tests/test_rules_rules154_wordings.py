"""Wordings the misses of the fresh open sets blind144-151 showed in insider attacks, the
releasing side's force told back as a speaker, and tolls read from a finding or an inquiry
(issue 14); each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A partner's soldier defined by his trying to stop the attacker is not the attacker: the
# attacker killed after him is a second dead man, of the other side.
def test_the_attacker_killed_after_the_soldier_who_tried_to_stop_him_is_counted() -> None:
    body = ("An Afghan Army soldier opened fire on coalition advisers at a base in Sangin "
            "district, Helmand province, today, killing three advisers. An Afghan soldier who "
            "tried to stop the attacker was also killed. The attacker was shot and killed by "
            "coalition soldiers.")
    assert answer(body).killed == 1


def test_the_soldier_who_tried_to_stop_the_attacker_told_again_is_one_man() -> None:
    body = ("An Afghan Army soldier opened fire on coalition advisers at a base in Sangin "
            "district, Helmand province, today, killing three advisers. An Afghan soldier who "
            "tried to stop the attacker was also killed. The soldier was killed instantly.")
    assert answer(body).killed == 0


# ... and the rogue soldier and his helper, told in the paragraph after, are no breakdown of
# the toll of those he shot.
def test_the_rogue_soldier_and_his_helper_are_not_the_toll_of_those_he_shot() -> None:
    body = ("A member of the Afghan National Army turned his weapon against coalition troops at "
            "an outpost in Shah Wali Kot district, Kandahar province, today, killing two. An "
            "Afghan soldier who tried to stop the attacker was also killed.\n\nThe rogue "
            "soldier was shot and killed by coalition troops. A second soldier, believed to "
            "have helped him, was shot and killed as he ran.")
    assert answer(body).killed == 2


def test_two_insurgents_told_part_by_part_after_the_lede_are_its_toll() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Shah Wali Kot district, "
            "Kandahar province, today.\n\nOne insurgent was shot and killed as he fired on the "
            "patrol. A second insurgent was killed as he ran.")
    assert answer(body).killed == 2


# The releasing side's force told back by "the" ("The forces confirmed", "the strike force
# said") is its own voice, in an operational update's row as anywhere.
def test_the_forces_confirming_an_update_rows_toll_is_the_releases_voice() -> None:
    body = ("Afghan and coalition forces killed nine insurgents and detained 14 suspected "
            "insurgents during operations in Afghanistan in the last 24 hours.\n\nCoalition "
            "forces conducted a precision air strike against three insurgents who were seen "
            "firing mortars in Sangin district, Helmand province.\n\nThe forces confirmed the "
            "three insurgents were killed and that no civilians were harmed.")
    assert answer("ISAF Joint Command Morning Operational Update\n" + body).killed == 3


def test_the_enemys_forces_claiming_stay_another_party() -> None:
    body = ("Afghan and coalition forces killed nine insurgents and detained 14 suspected "
            "insurgents during operations in Afghanistan in the last 24 hours.\n\nCoalition "
            "forces conducted a precision air strike against three insurgents who were seen "
            "firing mortars in Sangin district, Helmand province.\n\nThe enemy forces claimed "
            "the three insurgents were killed and that no civilians were harmed.")
    assert answer("ISAF Joint Command Morning Operational Update\n" + body).killed == 0


# Only "the forces" bare or with a word only the issuer's force carries is its voice: a
# word naming another party ("the government forces", "the partnered forces", "the
# anti-government forces", "the commando forces" after an Afghan unit) keeps that party's
# figure out of the release's toll.
def test_the_government_forces_reporting_are_another_party() -> None:
    body = ("Coalition forces killed three insurgents during a clearing operation in Nad-e Ali "
            "district, Helmand province, yesterday.\n\nThe government forces reported that "
            "five insurgents were killed in the fighting.")
    assert answer(body).killed == 3


def test_the_partnered_forces_reporting_are_another_party() -> None:
    body = ("Afghan and coalition forces killed three insurgents during a clearing operation in "
            "Nad-e Ali district, Helmand province, yesterday.\n\nThe partnered forces reported "
            "that five insurgents were killed in the fighting.")
    assert answer(body).killed == 3


def test_the_anti_government_forces_claim_stays_theirs_against_a_denial() -> None:
    body = ("Coalition forces conducted a precision air strike against a compound in Nad-e Ali "
            "district, Helmand province, yesterday.\n\nThe anti-government forces claimed four "
            "civilians were killed in the strike. ISAF found no evidence of civilian "
            "casualties.")
    assert answer(body).killed == 0


def test_the_commando_forces_after_an_afghan_unit_are_another_party() -> None:
    body = ("Afghan National Army commandos conducted an operation in Nad-e Ali district, "
            "Helmand province, yesterday, killing two insurgents.\n\nThe commando forces "
            "reported that four civilians were killed in crossfire.")
    assert answer(body).killed == 2


# A finding told in the present ("a review of the video shows six armed men were killed")
# ends the subject before its toll, as one told in the past does.
def test_a_finding_in_the_present_keeps_the_tolls_number() -> None:
    body = ("A coalition aircraft struck insurgents firing rockets at a base in Shinkai "
            "district, Zabul province, today. A review of the strike footage shows four armed "
            "men were killed as they loaded the launcher.")
    assert answer(body).killed == 4


def test_a_show_of_force_inside_the_tolls_subject_is_no_finding() -> None:
    body = ("Coalition aircraft supported a patrol in Shinkai district, Zabul province, today. "
            "Four insurgents firing on the patrol despite a show of force were killed by the "
            "patrol.")
    assert answer(body).killed == 4


# Any form of a finding verb ends the subject: "has shown", "concluded", "verified", "reveal".
_STRIKE_ON_ROCKETEERS = ("A coalition aircraft struck insurgents firing rockets at a base in "
                         "Shinkai district, Zabul province, today. ")


def test_a_finding_told_has_shown_keeps_the_tolls_number() -> None:
    body = _STRIKE_ON_ROCKETEERS + ("An initial review of the strike footage has shown six "
                                    "armed men were killed.")
    assert answer(body).killed == 6


def test_a_finding_told_concluded_keeps_the_tolls_number() -> None:
    body = _STRIKE_ON_ROCKETEERS + ("A review of the strike footage concluded six armed men "
                                    "were killed.")
    assert answer(body).killed == 6


def test_a_finding_told_verified_keeps_the_tolls_number() -> None:
    body = _STRIKE_ON_ROCKETEERS + ("A review of the strike footage verified six armed men were "
                                    "killed.")
    assert answer(body).killed == 6


def test_a_finding_in_the_plural_present_keeps_the_tolls_number() -> None:
    body = _STRIKE_ON_ROCKETEERS + "Videos of the strike reveal six armed men were killed."
    assert answer(body).killed == 6


# "The civilians" a clause of what the release is looking into names are the dead it told
# before, not another party's figure given between nor more dead.
def test_the_civilians_an_investigation_names_are_those_told_before() -> None:
    body = ("Two civilians were killed in crossfire during a fight between a coalition patrol "
            "and insurgents in Arghandab district, Kandahar province, yesterday. The patrol "
            "returned fire, killing three insurgents.\n\nVillage elders said four civilians "
            "died. Coalition officials are investigating to determine whose fire killed the "
            "civilians.")
    assert answer(body).killed == 5


# ... with a word or two before the noun ("the Afghan civilians"), and whatever the verb of
# the inquiry ("looking into").
_CROSSFIRE = ("Two civilians were killed in crossfire during a fight between a coalition patrol "
              "and insurgents in Arghandab district, Kandahar province, yesterday. The patrol "
              "returned fire, killing three insurgents.\n\nVillage elders said four civilians "
              "died. ")


def test_the_afghan_civilians_an_investigation_names_are_those_told_before() -> None:
    body = _CROSSFIRE + ("Coalition officials are investigating to determine whose fire killed "
                         "the Afghan civilians.")
    assert answer(body).killed == 5


def test_the_civilians_officials_are_looking_into_are_those_told_before() -> None:
    body = _CROSSFIRE + "Coalition officials are looking into whose fire killed the civilians."
    assert answer(body).killed == 5


def test_the_insurgents_a_patrol_killed_after_the_elders_are_not_an_inquiry() -> None:
    body = ("Two civilians were killed in crossfire during a fight between a coalition patrol "
            "and insurgents in Arghandab district, Kandahar province, yesterday.\n\nVillage "
            "elders said four insurgents attacked the patrol. The patrol returned fire and "
            "killed the insurgents.")
    assert answer(body).killed == 6


# Men told dead by no side, whom the next sentence finds by their number unarmed, are the
# civilians the release took responsibility for, not more dead.
def test_men_found_unarmed_are_the_civilians_the_lede_told() -> None:
    body = ("ISAF accepts responsibility for the deaths of three Afghan civilians during an "
            "operation in Sayyidabad district, Wardak province, last night.\n\nAn armed man "
            "fired on the security force and was killed. Three men in a nearby room were also "
            "shot and killed. A later review found that the three were farm workers and were "
            "not armed.")
    assert answer(body).killed == 4


def test_men_found_armed_are_more_dead() -> None:
    body = ("ISAF accepts responsibility for the deaths of three Afghan civilians during an "
            "operation in Sayyidabad district, Wardak province, last night.\n\nAn armed man "
            "fired on the security force and was killed. Three men in a nearby room were also "
            "shot and killed. A later review found that the three were armed with rifles.")
    assert answer(body).killed == 7


# The finding must say what they were: "not civilians", "dressed as civilians" are fighters,
# more dead beside the lede's civilians.
def test_men_found_not_civilians_are_more_dead() -> None:
    body = ("ISAF accepts responsibility for the deaths of three Afghan civilians during an "
            "operation in Sayyidabad district, Wardak province, last night.\n\nAn armed man "
            "fired on the security force and was killed. Three men in a nearby room were also "
            "shot and killed. A later review found that the three were insurgents and not "
            "civilians.")
    assert answer(body).killed == 7


def test_men_dressed_as_civilians_are_more_dead() -> None:
    body = ("ISAF accepts responsibility for the deaths of three Afghan civilians during an "
            "operation in Sayyidabad district, Wardak province, last night.\n\nAn armed man "
            "fired on the security force and was killed. Three men in a nearby room were also "
            "shot and killed. The three men were insurgents dressed as civilians.")
    assert answer(body).killed == 7


# ... and names them by "both", "they" or "the men" as well as by their number, whatever
# abbreviation ("U.S.") the sentence holds.
_TWO_MEN_IN_A_ROOM = (
    "ISAF accepts responsibility for the deaths of two Afghan civilians during an operation in "
    "Sayyidabad district, Wardak province, last night.\n\nAn armed man fired on the security "
    "force and was killed. Two men in a nearby room were also shot and killed. ")


def test_both_men_found_unarmed_are_the_ledes_civilians() -> None:
    body = _TWO_MEN_IN_A_ROOM + ("A later review found that both men were farm workers and "
                                 "were not armed.")
    assert answer(body).killed == 3


def test_they_found_unarmed_are_the_ledes_civilians() -> None:
    body = _TWO_MEN_IN_A_ROOM + ("A later review found that they were farm workers and were "
                                 "not armed.")
    assert answer(body).killed == 3


def test_the_men_found_unarmed_are_the_ledes_civilians() -> None:
    body = _TWO_MEN_IN_A_ROOM + ("A later review found that the men were farm workers and "
                                 "were not armed.")
    assert answer(body).killed == 3


def test_a_finding_by_us_officials_is_read_past_the_abbreviation() -> None:
    body = _TWO_MEN_IN_A_ROOM + ("A review by U.S. and Afghan officials found that the two "
                                 "were farm workers and were not armed.")
    assert answer(body).killed == 3
