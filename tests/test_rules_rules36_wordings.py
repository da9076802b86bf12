"""Probe wordings from whole releases of ISAF statements (rules36 batches): each a short
release written for the test, with negatives against the same pattern firing wrongly."""

from __future__ import annotations

from tests.isaf_probes import answer, read


def test_a_correction_of_an_earlier_release_counts_the_correct_number() -> None:
    body = ("A release issued June 13 stated that an Afghan and coalition security force killed "
            "three insurgents in Baraki Barak district, Logar province. The correct number is "
            "two.\nThe insurgents were killed after they engaged the security force during a "
            "search for a Taliban leader yesterday.")
    assert answer(body).killed == 2


def test_an_initial_report_without_a_correct_number_keeps_the_later_toll() -> None:
    body = ("Initial reports indicated that three insurgents were killed in Baraki Barak "
            "district, Logar province, yesterday. The insurgents were killed after they engaged "
            "the security force.")
    assert answer(body).killed == 3


def test_the_place_of_a_blamed_toll_dated_by_an_abbreviated_month_is_no_place() -> None:
    body = ("Afghan and coalition forces detained a Taliban leader responsible for the Oct. 8 "
            "bombing that killed the governor of Takhar province and several of his guards, "
            "during an operation in Chahar Darah district, Kunduz province, last night.")
    found = answer(body)
    assert found.provinces == {"kunduz"}
    assert found.killed == 0


def test_a_dateline_month_does_not_join_a_headline_to_the_toll() -> None:
    text = ("ISAF vehicle involved in traffic accident in Kandahar\n"
            "KABUL, Afghanistan (Nov. 4, 2009) - Two Afghan civilians were killed today when an "
            "ISAF armoured vehicle collided with a minibus south of Kandahar City.")
    found, _ = read(text, None)
    assert found.killed == 2


def test_a_detainee_who_died_of_natural_causes_is_no_toll() -> None:
    body = ("A detainee held at a coalition facility in Helmand province died yesterday of what "
            "appear to be natural causes. The death is being investigated.")
    assert answer(body).killed == 0


def test_a_detainee_who_died_of_wounds_is_a_toll() -> None:
    body = ("An insurgent wounded during an operation in Sangin district, Helmand province, "
            "yesterday died of his wounds at a coalition medical facility.")
    assert answer(body).killed == 1


def test_an_earlier_release_told_after_the_new_figure_is_no_toll_of_its_own() -> None:
    body = ("Three insurgents were killed during an operation in Gelan district, Ghazni "
            "province, yesterday. An earlier release reported one death.")
    assert answer(body).killed == 3


def test_an_earlier_release_alone_still_tells_its_toll() -> None:
    body = ("An earlier release reported that two insurgents were killed in Gelan district, "
            "Ghazni province, yesterday. The security force also detained one suspect.")
    assert answer(body).killed == 2


def test_a_strike_refuted_before_the_claim_is_told_is_no_air_strike() -> None:
    body = ("An ISAF review has found no evidence to support Taliban claims that an air strike "
            "killed 30 civilians in Bala Baluk district, Farah province, yesterday.\n\n"
            "Coalition helicopters engaged a group of insurgents who had attacked an Afghan "
            "police convoy. Six insurgents were killed in the engagement.")
    found = answer(body)
    assert not found.airstrike
    assert found.killed == 6


def test_a_strike_beside_refuted_claims_of_civilian_dead_is_an_air_strike() -> None:
    body = ("ISAF found no evidence to support claims of civilian casualties. A coalition air "
            "strike killed six insurgents in Bala Baluk district, Farah province, yesterday.")
    assert answer(body).airstrike


def test_deaths_of_a_season_gone_by_are_history() -> None:
    body = ("The team handed over a new clinic in Chaghcharan, Ghor province, today. Until now "
            "residents travelled a day to reach a doctor, and several children died last winter "
            "when roads were closed by snow.")
    assert answer(body).killed == 0


def test_deaths_of_this_week_still_count() -> None:
    body = ("Several children died yesterday when insurgents fired a rocket into a village in "
            "Chaghcharan, Ghor province.")
    assert answer(body).killed == 3


def test_the_bodies_of_de_miners_are_their_dead() -> None:
    body = ("An Afghan and coalition patrol found the bodies of five Afghan de-miners who had "
            "been kidnapped by insurgents in Giro district, Ghazni province, yesterday.")
    assert answer(body).killed == 5


def test_the_children_whose_families_are_consoled_are_a_toll() -> None:
    body = ("Gen. John R. Ashby travelled to Nawa district, Helmand province, to apologize to "
            "the families of four children who were killed during an engagement with insurgents "
            "on June 12.")
    found = answer(body)
    assert found.killed == 4
    assert str(found.start_date) == "2011-06-12"


def test_children_met_who_were_wounded_are_no_toll() -> None:
    body = ("The commander visited the families of four children who were wounded during an "
            "engagement in Nawa district, Helmand province, on June 12.")
    assert answer(body).killed == 0


def test_the_leader_and_his_fighters_retell_the_lede_toll() -> None:
    body = ("Afghan and coalition forces killed a Haqqani network leader and several other "
            "insurgents during an operation in Sabari district, Khost province, yesterday.\n\n"
            "As the force approached, armed insurgents engaged them from a tree line. The force "
            "returned fire, killing the leader and his fighters.")
    assert answer(body).killed == 4


def test_the_leader_and_his_fighters_alone_are_a_toll() -> None:
    body = ("Afghan and coalition forces engaged insurgents in Sabari district, Khost province, "
            "yesterday, killing the leader and his fighters.")
    assert answer(body).killed >= 1


def test_he_killed_along_with_associates_retells_the_named_man() -> None:
    body = ("Afghan and coalition forces confirmed today that the Taliban shadow governor for "
            "Sar-e Pul province, Mullah Sadiq, was killed during an operation in Sayyad district "
            "yesterday. He was killed along with two armed associates when they opened fire on "
            "the security force.")
    assert answer(body).killed == 3


def test_two_more_killed_after_the_named_man_still_add() -> None:
    body = ("Mullah Sadiq was killed during an operation in Sayyad district, Sar-e Pul province, "
            "yesterday. Two armed associates were also killed when they opened fire.")
    assert answer(body).killed == 3


def test_the_body_of_a_ranked_soldier_is_the_releasing_sides_dead() -> None:
    body = ("Soldiers lined the runway at Camp Bastion, Helmand province, last night as the body "
            "of Lance Corporal Peter Eustace was carried onto a waiting aircraft.")
    assert answer(body).killed == 0


def test_the_body_of_an_insurgent_is_a_toll() -> None:
    body = ("The patrol found the body of an insurgent commander near the compound in Nahr-e "
            "Saraj district, Helmand province, last night.")
    assert answer(body).killed == 1


def test_mourners_killed_by_a_bomber_are_counted_with_him() -> None:
    body = ("A suicide bomber detonated his explosives at a funeral in Dur Baba district, "
            "Nangarhar province, yesterday, killing 25 mourners and himself.")
    assert answer(body).killed == 26


def test_mourners_who_gathered_are_no_toll() -> None:
    body = ("Hundreds of mourners gathered in Dur Baba district, Nangarhar province, yesterday "
            "for the funeral of a tribal elder.")
    assert answer(body).killed == 0
