"""Wordings the seventeenth and eighteenth blind sets (``evals/isaf_blind/blind17.jsonl``,
``blind18.jsonl``) showed the rules misread. Each probe is written anew in the releases' style,
not copied from those sets, with negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import PUBLISHED, answer


def test_a_suicide_bomber_told_again_as_killed_is_no_aircraft() -> None:
    body = ("A suicide bomber blew himself up at a checkpoint in Maiwand district, Kandahar "
            "province, this morning, killing three civilians, according to district officials. "
            "The bomber was also killed.")
    assert answer(body).airstrike is False


def test_a_bomber_aircraft_that_struck_is_still_an_air_strike() -> None:
    body = ("A coalition bomber struck an insurgent position in Maiwand district, Kandahar "
            "province, this morning, killing three insurgents.")
    assert answer(body).airstrike is True


def test_a_killing_the_detainee_is_implicated_in_is_his_history() -> None:
    body = ("An Afghan and coalition security force detained a Taliban leader in Panjwa'i "
            "district, Kandahar province, this morning. The leader ran a cell of fighters and was "
            "implicated in the killing of a district official. No shots were fired.")
    assert answer(body).killed == 0


def test_a_killing_told_by_the_release_itself_still_counts() -> None:
    body = ("An Afghan and coalition security force killed a Taliban leader in Panjwa'i "
            "district, Kandahar province, this morning. The leader ran a cell of fighters.")
    assert answer(body).killed == 1


def test_a_toll_told_as_claims_the_release_finds_no_evidence_for_is_denied() -> None:
    body = ("ISAF is aware of insurgent claims that a coalition helicopter killed civilians in "
            "Nad Ali district, Helmand province, on Saturday. ISAF reviewed the operation and "
            "found no evidence of civilian casualties.")
    assert answer(body).killed == 0
    assert answer(body.replace("insurgent claims", "claims")).killed == 0


def test_a_toll_told_as_claims_and_left_unanswered_still_counts() -> None:
    body = ("ISAF is aware of reports that civilians were killed in Nad Ali district, Helmand "
            "province, on Saturday. Provincial officials said two civilians were among the dead.")
    assert answer(body).killed == 2


def test_a_toll_a_correction_says_was_reported_incorrectly_is_withdrawn() -> None:
    body = ("ISAF Joint Command incorrectly reported yesterday that an insurgent commander was "
            "killed during an operation in Andar district, Ghazni province, on Monday. The "
            "commander was in fact detained. ISAF regrets the error.")
    assert answer(body).killed == 0


def test_the_correct_number_a_correction_gives_replaces_the_withdrawn_toll() -> None:
    body = ("ISAF Joint Command incorrectly reported in an earlier release that nine insurgents "
            "were killed during an engagement in Andar district, Ghazni province, on Monday. "
            "After further review, the correct number is five.")
    assert answer(body).killed == 5


def test_a_toll_reported_correctly_stands() -> None:
    body = ("ISAF Joint Command reported yesterday that nine insurgents were killed during an "
            "engagement in Andar district, Ghazni province, on Monday.")
    assert answer(body).killed == 9


def test_what_the_targets_did_repeatedly_before_the_strike_is_not_the_strike_habitual() -> None:
    body = ("After insurgents repeatedly fired on Afghan troops from an empty compound in Nad Ali "
            "district, Helmand province, a coalition aircraft destroyed the compound with a "
            "precision strike Sunday. The strike caused no casualties.")
    assert answer(body).airstrike is True


def test_strikes_the_coalition_conducts_repeatedly_are_still_habitual() -> None:
    body = ("Coalition aircraft repeatedly struck insurgent positions in Nad Ali district, "
            "Helmand province, in recent months, officials said.")
    assert answer(body).airstrike is False


def test_claims_of_a_strike_found_never_to_have_occurred_are_no_strike() -> None:
    body = ("Following claims by villagers that a coalition air strike killed civilians in "
            "Alasay district, Kapisa province, ISAF sent a team to the area Monday. The team "
            "found no evidence that any air strike had occurred.")
    assert answer(body).airstrike is False


def test_claims_of_a_strike_that_killed_no_civilians_leave_the_strike() -> None:
    body = ("Following claims by villagers that a coalition air strike killed civilians in "
            "Alasay district, Kapisa province, ISAF sent a team to the area Monday. The team "
            "found no evidence of civilian casualties.")
    assert answer(body).airstrike is True


def test_both_men_after_a_named_man_and_his_associate_are_those_two() -> None:
    body = ("A Taliban commander, Mullah Rahim Gul, was killed in a coalition air strike in "
            "Khas Uruzgan district, Uruzgan province, Sunday. Coalition forces watched Gul and "
            "an associate riding a motorcycle before engaging them. Both men were killed.")
    assert answer(body).killed == 2


def test_both_men_of_another_pair_still_add() -> None:
    body = ("A Taliban commander, Mullah Rahim Gul, was killed in a coalition air strike in "
            "Khas Uruzgan district, Uruzgan province, Sunday. Later, two fighters fired on the "
            "patrol from a ditch. Both men were killed.")
    assert answer(body).killed == 3


def test_hostages_taken_last_week_are_not_the_kidnappers_detained_today() -> None:
    body = ("Afghan commandos rescued two Afghan engineers held by insurgents in Bakwa district, "
            "Farah province, early today. Three kidnappers were detained. The engineers had "
            "been abducted last week while surveying a road.")
    assert answer(body).start_date == PUBLISHED


def test_a_detention_told_again_keeps_the_day_of_its_restatement() -> None:
    body = ("Afghan commandos detained three insurgents in Bakwa district, Farah province. "
            "The insurgents were detained last Tuesday.")
    assert answer(body).start_date != PUBLISHED



def test_the_place_of_an_attack_the_detainee_is_blamed_for_is_not_the_operations() -> None:
    body = ("Afghan and coalition forces captured a Haqqani network leader in Baraki Barak "
            "district, Logar province, Tuesday.\n\nThe leader was involved in the bombing of a "
            "market in Kabul that killed nine civilians. He was detained without incident.")
    assert answer("Leader Linked to Kabul Bombing Captured\n\n" + body).provinces == {"logar"}


def test_the_place_of_a_toll_the_release_tells_still_counts() -> None:
    body = ("Afghan and coalition forces killed a Haqqani network leader in Kabul province "
            "Tuesday. He had been detained once before in Baraki Barak district, Logar province.")
    assert answer("Haqqani Leader Killed in Kabul\n\n" + body).provinces == {"kabul"}


def test_a_death_confirmed_today_of_a_strike_named_by_its_day_weeks_before_is_history() -> None:
    body = ("The International Security Assistance Force confirmed today that Qari Zia, an "
            "al-Qaeda facilitator, was killed in a coalition air strike in Waygal district, "
            "Nuristan province, earlier this month.\n\nHis death was confirmed after a review "
            "of intelligence reporting in the weeks after the June 2 strike, which also killed "
            "two other insurgents.")
    got = answer(body)
    assert (got.killed, got.airstrike, got.start_date) == (0, False, PUBLISHED)


def test_a_strike_earlier_this_month_named_by_a_day_within_the_week_is_reported() -> None:
    body = ("The International Security Assistance Force confirmed today that Qari Zia, an "
            "al-Qaeda facilitator, was killed in a coalition air strike in Waygal district, "
            "Nuristan province, earlier this month.\n\nHis death was confirmed after a review "
            "of intelligence reporting in the days after the June 11 strike, which also killed "
            "two other insurgents.")
    got = answer(body)
    assert (got.killed, got.airstrike) == (3, True)


def test_the_place_of_a_memorial_is_not_where_the_dead_it_honours_were_killed() -> None:
    body = ("Soldiers of Regional Command (East) gathered at Bagram on Tuesday to honour two "
            "comrades killed by a roadside bomb in Ghazni province earlier this month.")
    assert answer(body).provinces == {"ghazni"}


def test_the_place_before_a_toll_with_no_memorial_between_still_locates_it() -> None:
    body = "A patrol at Bagram killed two insurgents earlier this month."
    assert answer(body).provinces == {"parwan"}
