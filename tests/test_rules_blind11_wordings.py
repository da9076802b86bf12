"""Wordings opened by blind set 11: another party's toll told as a statement, as reports that
allege, or by a speaker inside a subordinate clause, which the release then refutes; and a
strike said in the passive not to have been carried out. Probe texts are written for the
tests, not copied from the set."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


def test_possessive_statement_is_the_partys_claim_and_its_strike_refuted() -> None:
    got = answer(
        "ISAF is aware of a district governor's statement to the media that nine civilians "
        "were killed by an air strike in the Sangin district of Helmand province Sunday. A "
        "joint team visited the village yesterday. No air strike was conducted in the area on "
        "Sunday. Coalition troops engaged two armed insurgents, killing both.")
    assert got.killed == 2
    assert got.airstrike is False


def test_media_reports_alleging_are_a_claim_refuted_by_no_strikes_carried_out() -> None:
    got = answer(
        "ISAF is aware of media reports alleging that a coalition air strike killed nine "
        "civilians in the Sangin district of Helmand province Sunday. No coalition air strikes "
        "were carried out in Sangin on Sunday. A patrol was attacked near the village and "
        "killed two insurgents in the exchange of fire.")
    assert got.killed == 2
    assert got.airstrike is False


def test_speaker_after_a_subordinator_owns_the_toll() -> None:
    _, claims = read(DATELINE + (
        "A joint team visited a village in the Sangin district of Helmand province after a "
        "tribal elder told journalists that nine civilians had been killed in a coalition "
        "operation on Sunday. On Sunday, coalition soldiers killed two insurgents who fired on "
        "them. The team found no evidence of civilian casualties."))
    civilian = [c for c in claims if c.population == "civilian" and c.count.min == 9]
    assert [c.claimant for c in civilian] == ["a tribal elder"]
    assert answer(
        "A joint team visited a village in the Sangin district of Helmand province after a "
        "tribal elder told journalists that nine civilians had been killed in a coalition "
        "operation on Sunday. On Sunday, coalition soldiers killed two insurgents who fired on "
        "them. The team found no evidence of civilian casualties.").killed == 2


def test_negatives_the_releases_own_toll_and_strike_stand() -> None:
    # the release's own statement, and a strike not refuted, are not another party's claim
    own = answer(
        "In a statement, ISAF said that nine insurgents were killed by an air strike in the "
        "Sangin district of Helmand province Sunday. No civilians were harmed.")
    assert own.killed == 9
    assert own.airstrike is True
    # a strike called in after troops were attacked, and one not needed later: it stands
    done = answer(
        "Coalition troops called in an air strike after insurgents fired on them in the "
        "Sangin district of Helmand province Sunday, killing four insurgents. No air strike "
        "was needed the next day.")
    assert done.killed == 4
    assert done.airstrike is True
    # an unrefuted statement of a party: its figure stands
    assert answer(
        "ISAF is aware of a district governor's statement that nine civilians were killed "
        "in the Sangin district of Helmand province Sunday. An investigation has begun."
    ).killed == 9


def test_negative_a_reporting_noun_modified_by_after_keeps_its_speaker() -> None:
    _, claims = read(DATELINE + (
        "A coalition precision strike killed three insurgents in the Sangin district of Helmand "
        "province Sunday. Initial reporting after the strike indicated two insurgents had been "
        "killed."))
    assert all(c.claimant != "the strike" for c in claims)


def test_a_part_set_off_after_the_object_is_among_the_victims() -> None:
    assert answer(
        "A roadside bomb killed six Afghan civilians, two of them children, in the Sangin "
        "district of Helmand province yesterday.").killed == 6
    # negative: more victims after the aside are still counted
    assert answer(
        "The patrol killed six insurgents, two of them commanders, and three fighters in the "
        "Sangin district of Helmand province yesterday.").killed == 9


def test_a_definite_noun_refers_to_its_own_group_not_the_nearest_count() -> None:
    assert answer(
        "Two Afghan civilians were killed Saturday during a firefight in the Sangin district "
        "of Helmand province. Three insurgents were killed in the exchange of fire. It is not "
        "yet known whose fire killed the civilians.").killed == 5
    # negative: the same noun takes its count
    assert answer(
        "Coalition forces engaged three insurgents Saturday in the Sangin district of Helmand "
        "province. The patrol killed the insurgents.").killed == 3


def test_the_shooter_killed_by_return_fire_is_not_the_service_member_he_killed() -> None:
    assert answer(
        "A man wearing an Afghan police uniform shot and killed an ISAF service member today at "
        "a checkpoint in the Sangin district of Helmand province. Other ISAF service members "
        "returned fire and killed the shooter.").killed == 1
    # negative: the service member alone is the releasing side's own dead
    assert answer(
        "A man wearing an Afghan police uniform shot and killed an ISAF service member today at "
        "a checkpoint in the Sangin district of Helmand province. The shooter fled.").killed == 0


def test_the_number_points_back_past_a_toll_of_another_number() -> None:
    assert answer(
        "Afghan police and coalition forces killed four insurgents Thursday after an attack on "
        "a checkpoint in the Sangin district of Helmand province. Insurgents opened fire on the "
        "checkpoint, killing two Afghan Local Police members. The patrol pursued the attackers "
        "to a compound, where the four were killed in an exchange of fire.").killed == 4
    # negative: "the two" with no group of two before is a toll of its own
    assert answer(
        "Coalition forces killed four insurgents Thursday in the Sangin district of Helmand "
        "province. Later, two more insurgents attacked a checkpoint and the two were killed in "
        "an exchange of fire.").killed == 6


def test_killed_him_points_past_a_recalled_toll_to_the_leader() -> None:
    assert answer(
        "An Afghan and coalition security force killed a Taliban leader in the Sangin district "
        "of Helmand province last night. The leader planned the IED attack that killed four "
        "Afghan policemen near Gereshk in May. When the force arrived he came out armed with a "
        "rifle; the security force engaged and killed him.").killed == 1
    # negative: a third man killed after a toll of two is one more
    assert answer(
        "An Afghan and coalition security force killed two Taliban leaders in the Sangin "
        "district of Helmand province last night. A third man fired on the force; the security "
        "force engaged and killed him.").killed == 3


def test_a_toll_is_not_the_past_attack_its_target_is_blamed_for() -> None:
    assert answer(
        "On Tuesday, an Afghan and coalition security force searching for a Haqqani commander "
        "in the Zurmat district of Paktiya province killed several insurgents and detained two "
        "suspected insurgents. The commander is believed to have organised the rocket attacks "
        "on Forward Operating Base Gardez in April.").killed == 3
    # negative: the only strike, told as done, is still the toll's
    got, claims = read(DATELINE + (
        "On Tuesday, a coalition security force in the Zurmat district of Paktiya province "
        "killed several insurgents. The force called in an air strike on the compound."))
    assert got.killed == 3
    assert [c.event for c in claims] == ["e1"]
