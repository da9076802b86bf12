"""Long-release wordings found by rules45's probe batches (issue 14): tolls and strikes a
release recalls around the operation it reports."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_toll_of_an_attack_intelligence_linked_the_target_to_is_his_history() -> None:
    # "linked him to a July ambush ... that killed four drivers" says who he is
    body = ("An Afghan and coalition security force killed a Taliban commander and two of his "
            "fighters in Zharay district, Kandahar province, yesterday. Intelligence reporting "
            "linked him to an ambush on a fuel convoy near Senjaray that killed four Afghan "
            "drivers.")
    assert answer(body).killed == 3


def test_toll_of_an_attack_tied_to_the_cell_is_its_history() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Nad-e Ali district, Helmand "
            "province, yesterday. Officials tied the cell to a bombing in Marjah that killed "
            "six civilians.")
    assert answer(body).killed == 2


def test_a_linked_toll_of_the_operation_itself_still_counts() -> None:
    # no target blamed: the force's own toll, with "linked" elsewhere in the sentence
    body = ("Afghan and coalition forces linked up with an Afghan police patrol in Zharay "
            "district, Kandahar province, yesterday and killed four insurgents who attacked "
            "them.")
    assert answer(body).killed == 4


def test_a_death_that_follows_an_older_capture_keeps_its_own_day() -> None:
    # "His death follows the capture in April": April is the deputy's capture, not the toll's
    body = ("ISAF confirmed today that a Taliban leader wounded during an Afghan and coalition "
            "operation in Panjwai district, Kandahar province, on Saturday died of his wounds "
            "yesterday. During Saturday's operation, the force came under fire as it approached "
            "his compound. Hadi was wounded in the exchange of fire and another insurgent was "
            "killed; two others were detained.\n\nHadi was treated on site and taken to a "
            "coalition medical facility, where he died despite treatment.\n\nHis death follows "
            "the capture in April of his deputy, who was detained in the same village.")
    assert answer(body).killed == 2


def test_a_death_the_release_tells_after_a_capture_still_counts() -> None:
    body = ("An Afghan and coalition force detained a Taliban facilitator in Panjwai district, "
            "Kandahar province, yesterday. After the capture, an insurgent who fired on the "
            "force was killed.")
    assert answer(body).killed == 1


def test_a_third_man_who_died_closes_the_ledes_three_told_part_by_part() -> None:
    # "killed three" in the lede, then "killing two of the attackers" and "a third ... died"
    body = ("British and Afghan soldiers killed three insurgents during a firefight in Nahr-e "
            "Saraj district, Helmand province, on Sunday.\n\nThe patrol came under fire from two "
            "compounds. The soldiers returned fire, killing two of the attackers. A third "
            "insurgent, who was wounded and detained, was given first aid and flown to the "
            "hospital at Camp Bastion, where he died of his wounds on Monday.")
    assert answer(body).killed == 3


def test_a_third_man_killed_after_two_of_a_lede_of_three_is_one_of_the_three() -> None:
    body = ("Afghan and coalition forces killed three insurgents in Zharay district, Kandahar "
            "province, yesterday. The force returned fire, killing two of the attackers. A third "
            "insurgent was killed as he fled.")
    assert answer(body).killed == 3


def test_a_third_man_after_a_pair_with_no_lede_of_three_adds_one() -> None:
    body = ("Afghan and coalition forces came under fire in Zharay district, Kandahar "
            "province, yesterday. The force returned fire, killing two of the attackers. A third "
            "insurgent was killed as he fled.")
    assert answer(body).killed == 3

