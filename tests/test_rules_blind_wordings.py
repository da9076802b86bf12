"""Wordings the blind set's development half (``evals/isaf_blind``, rows 1-40) showed the rules
misread. Each probe here is written anew in the releases' style, not copied from that set, and
checks ``extract()``'s claims as well as the ISAF reduction's answer."""

from __future__ import annotations

from llmextract.backends.rules import extract
from llmextract.normalize.dates import find_publication_date
from tests.isaf_probes import DATELINE, PUBLISHED, read


def killed_claims(body: str) -> tuple[int, list[tuple[int | None, list[str]]]]:
    text = DATELINE + body
    result, claims = read(text)
    for c in claims:
        for span in c.evidence:
            assert text[span.start:span.end] == span.text
    return result.killed, [(c.count.min, [s.text for s in c.evidence]) for c in claims
                           if c.outcome == "killed"]


def test_a_toll_told_by_whose_is_one_person_of_its_own_date() -> None:
    killed, claims = killed_claims(
        "Three insurgents were killed yesterday when coalition forces returned fire in Sangin "
        "district, Helmand province.\nThe insurgents were members of a cell whose former leader "
        "was killed in an air strike in March.")
    assert killed == 3
    assert (1, ["whose former leader was killed", "in March"]) in claims
    assert claims[0][0] == 3 and "whose" not in " ".join(claims[0][1])


def test_whose_with_a_number_keeps_the_number() -> None:
    _, claims = killed_claims(
        "An Afghan and coalition security force detained a Taliban facilitator whose two "
        "brothers were killed in Kandahar province yesterday.")
    assert [count for count, _ in claims] == [2]


def test_a_toll_that_points_back_restates_the_side_named_before_it() -> None:
    # "killing four of them" is of the insurgents just named, so it restates the lede's toll
    # and not the policemen's, which sits between them
    killed, claims = killed_claims(
        "Afghan and coalition forces killed four insurgents in Spin Boldak district, Kandahar "
        "province, today after insurgents attacked a border post, killing two policemen.\n"
        "The force tracked the insurgents to a compound and engaged them, killing four of "
        "them.")
    assert killed == 4
    assert sorted(count or 0 for count, _ in claims) == [2, 4]


def test_a_toll_pointing_back_to_own_forces_stays_apart() -> None:
    killed, claims = killed_claims(
        "Afghan and coalition forces killed four insurgents in Spin Boldak district, Kandahar "
        "province, today.\nEarlier, insurgents ambushed two Afghan policemen near the border post, "
        "killing both of them.")
    assert killed == 4
    assert sorted(count or 0 for count, _ in claims) == [2, 4]


def test_a_corrected_toll_is_the_releases_own_and_replaces_the_first() -> None:
    text = DATELINE + (
        "Three insurgents were killed during an engagement with an Afghan and coalition patrol "
        "in Zharay district, Kandahar province, Tuesday, not four as reported in an earlier "
        "release.\nInitial reports indicated that four insurgents were killed. A subsequent "
        "investigation determined that three insurgents were killed and a fourth was wounded.")
    result, claims = read(text)
    killed = [c for c in claims if c.outcome == "killed"]
    assert result.killed == 3
    assert all(c.claimant is None for c in killed)
    four = next(c for c in killed if c.count.min == 4)
    three = next(c for c in killed if c.count.min == 3)
    assert four.superseded_by == three.id and three.superseded_by is None
    assert len(killed) == 2


def test_a_speaker_after_the_toll_is_still_read() -> None:
    _, claims = read(DATELINE + "Three insurgents were killed in Zharay district, Kandahar "
                     "province, Tuesday, the district governor said.")
    assert [c.claimant for c in claims if c.outcome == "killed"] == ["the district governor"]


def test_the_unit_that_called_in_a_strike_does_not_make_it_another_strike() -> None:
    text = DATELINE + (
        "A number of insurgents were killed yesterday when an Afghan and coalition patrol "
        "called in an air strike on a compound in Nawa district, Helmand province.\nThe patrol "
        "had come under fire from the compound. After confirming that no civilians were inside, "
        "the patrol called in an air strike. A coalition aircraft dropped a bomb on the "
        "building.\nWhen the patrol searched the compound this morning, it found the bodies of "
        "a number of insurgents.")
    result, claims = read(text)
    events, _ = extract(text, PUBLISHED)
    assert len(events) == 1
    assert result.killed == 3
    assert len([c for c in claims if c.outcome == "killed"]) == 1


def test_strikes_by_two_named_forces_stay_two() -> None:
    events, _ = extract(DATELINE + (
        "Coalition aircraft struck an insurgent position in Nawa district, Helmand province, "
        "yesterday. Pakistani aircraft struck a camp across the border yesterday."), PUBLISHED)
    assert len(events) == 2


UPDATE = ("ISAF Joint Command Morning Operational Update June 14, 2011\nISAF Joint Command - "
          "Afghanistan 2011-06-S-051 For Immediate Release\n" + DATELINE)


def test_an_update_rows_lede_across_the_country_is_not_the_rows() -> None:
    result, _ = read(UPDATE + (
        "Afghan and coalition forces conducted operations across the country yesterday, "
        "including a precision air strike in eastern Afghanistan that killed a Haqqani "
        "commander and three of his fighters.\n\nIn Balkh province, an Afghan and coalition "
        "security force detained a Taliban facilitator in Chahar Bolak district yesterday."))
    assert (result.killed, result.airstrike) == (0, False)


def test_an_update_rows_detail_restating_the_lede_counts() -> None:
    result, claims = read(UPDATE + (
        "Afghan and coalition forces conducted operations in eastern, southern and northern "
        "Afghanistan today, killing several insurgents.\n\nIn Kunar province, a coalition air "
        "strike killed two insurgents who were firing mortars at an outpost in Chowkay "
        "district today."))
    assert len([c for c in claims if c.outcome == "killed"]) == 1
    assert (result.killed, result.airstrike) == (2, True)


def test_no_evidence_to_support_a_partys_claim_denies_its_toll_and_strike() -> None:
    text = DATELINE + (
        "An ISAF investigation found no evidence to support allegations by local residents "
        "that a coalition air strike killed eight civilians in Shindand district, Herat "
        "province, on Sunday.\nA village elder told journalists that aircraft bombed two "
        "houses in the village. No coalition aircraft were used in the area that day.")
    result, claims = read(text)
    events, _ = extract(text, PUBLISHED)
    assert events == []
    assert (result.killed, result.airstrike) == (0, False)
    eight = next(c for c in claims if c.count.min == 8)
    assert (eight.stance, eight.claimant) == ("denied", None)


def test_a_partys_account_the_release_does_not_refute_stays_a_strike() -> None:
    text = DATELINE + (
        "A village elder told journalists that coalition aircraft bombed a compound in Shindand "
        "district, Herat province, on Sunday. ISAF confirmed that a precision air strike "
        "targeted an insurgent commander there.")
    events, _ = extract(text, PUBLISHED)
    assert len(events) == 1
    assert read(text)[0].airstrike


def test_a_long_named_first_subject_of_a_toll_is_kept() -> None:
    killed, claims = killed_claims(
        "An International Security Assistance Force service member and an Afghan National "
        "Police officer were killed when a roadside bomb struck their vehicle in Arghandab "
        "district, Zabul province, yesterday.")
    assert killed == 0  # both are the releasing side's own dead
    assert sum(count or 0 for count, _ in claims) == 2


def test_the_wounded_one_who_later_died_is_one_more_dead() -> None:
    killed, claims = killed_claims(
        "An Afghan and coalition security force killed one insurgent and wounded another in "
        "Andar district, Ghazni province, Monday.\nOne insurgent was killed in the firefight. "
        "The injured insurgent later died of his wounds at a coalition medical facility.")
    assert killed == 2
    assert [count for count, _ in claims] == [1, 1]
    assert "One insurgent was killed" in claims[0][1]


def test_a_wounded_man_who_died_restated_is_still_one() -> None:
    killed, _ = killed_claims(
        "A wounded insurgent later died at a coalition medical facility in Andar district, "
        "Ghazni province, Monday.\nThe wounded insurgent died of his injuries.")
    assert killed == 1


def test_a_first_report_gives_way_to_the_confirmed_toll() -> None:
    text = DATELINE + (
        "Insurgents attacked an Afghan and coalition patrol near the district centre of Musa "
        "Qal'ah district, Helmand province, Sunday.\nInitial reporting indicated three "
        "insurgents were killed in the engagement. After Afghan soldiers searched the "
        "compound, the patrol has confirmed that four insurgents were killed.")
    result, claims = read(text)
    killed = [c for c in claims if c.outcome == "killed"]
    assert result.killed == 4
    assert [c.claimant for c in killed] == [None, None]
    three = next(c for c in killed if c.count.min == 3)
    assert three.superseded_by == next(c for c in killed if c.count.min == 4).id


def test_a_first_report_of_another_operation_is_not_replaced() -> None:
    killed, _ = killed_claims(
        "Initial reports indicated two insurgents were killed during an operation in Nawa "
        "district, Helmand province, yesterday.\nIn a separate operation in Kandahar province, "
        "an Afghan and coalition security force killed three insurgents yesterday.")
    assert killed == 5


def test_where_he_later_died_is_the_sentences_subject() -> None:
    killed, claims = killed_claims(
        "An Afghan and coalition patrol killed one insurgent and wounded another in Garmsir "
        "district, Helmand province, yesterday.\nThe wounded insurgent was flown to a coalition "
        "medical facility, where he later died.")
    assert killed == 2
    assert any("where he later died" in " ".join(spans) for _, spans in claims)


def test_where_he_did_something_else_is_no_death() -> None:
    killed, claims = killed_claims(
        "The Taliban leader was traveling to a compound in Garmsir district, Helmand province, "
        "yesterday, where he later met other commanders. The security force detained him.")
    assert (killed, claims) == (0, [])


def test_a_speaker_with_a_time_word_set_off_is_the_speaker() -> None:
    _, claims = read(DATELINE + "ISAF, today, confirmed the death of two insurgents in Nawa "
                     "district, Helmand province.")
    assert [c.claimant for c in claims] == [None]
    _, claims = read(DATELINE + "The district governor, today, confirmed the death of two "
                     "insurgents in Nawa district, Helmand province.")
    assert [c.claimant for c in claims] == ["The district governor"]


def test_a_release_number_at_the_foot_gives_a_yearless_dateline_its_year() -> None:
    text = ("KABUL, Afghanistan (Aug. 14) - An Afghan and coalition security force detained two "
            "suspected insurgents in Sar Hawza district, Paktika province, Monday.\n"
            + "The security force searched two compounds and seized a rifle and ammunition. " * 8
            + "\n\nISAF Joint Command - Afghanistan 2012-08-S-041")
    assert text.index("2012-08-S") > 600  # past the head a dateline's year is sought in
    assert str(read(text, None)[0].start_date) == "2012-08-13"


def test_an_operation_that_ended_with_its_place_between_counts_from_its_first_day() -> None:
    text = DATELINE + ("Afghan and coalition forces concluded a four-day operation in the Nahr-e "
                       "Saraj district of Helmand province yesterday, detaining nine suspected "
                       "insurgents.")
    assert str(read(text)[0].start_date) == "2011-06-10"


def test_operations_across_regions_or_a_week_are_roundups() -> None:
    assert read(UPDATE + (
        "Afghan and coalition forces detained two Taliban leaders and killed an insurgent in "
        "operations across the east and south of Afghanistan yesterday.\n\nIn Khost province, "
        "a combined force detained two suspected insurgents in Sabari district yesterday."))[
            0].killed == 0
    assert read(DATELINE + (
        "Afghan and coalition forces killed more than 10 insurgents in operations across "
        "southern Afghanistan this week.\nIn the Maiwand district of Kandahar province, a "
        "patrol returned fire Friday, killing two insurgents.\nIn Uruzgan province, a patrol "
        "killed one insurgent near Deh Rawud on Saturday."))[0].killed == 3


def test_a_running_total_shared_by_killed_and_detained() -> None:
    killed, claims = killed_claims(
        "Afghan police detained two suspected bomb makers in Sangin district, Helmand province, "
        "Tuesday.\nAfghan and coalition forces have killed 45 insurgents and detained more than "
        "120 in Sangin since the beginning of the operation in October.")
    assert killed == 0 and [count for count, _ in claims] == [45]
    killed, _ = killed_claims(
        "Afghan and coalition forces killed two insurgents and detained 12 others in Sangin "
        "district, Helmand province, Tuesday.")
    assert killed == 2


def test_two_of_whom_died_counts_the_part() -> None:
    killed, claims = killed_claims(
        "An Afghan and coalition security force engaged four armed insurgents in Tarin Kowt "
        "district, Uruzgan province, yesterday, three of whom died of their wounds. The fourth "
        "was detained.")
    assert killed == 3
    assert [count for count, _ in claims] == [3]


def test_eliminating_the_threat_is_a_killing_of_the_one_engaged() -> None:
    killed, claims = killed_claims(
        "During the operation in Alingar district, Laghman province, yesterday, an insurgent "
        "threw a grenade at the security force. The security force engaged the insurgent, "
        "eliminating the threat.")
    assert killed == 1
    killed, claims = killed_claims(
        "The programme is aimed at eliminating the threat of roadside bombs in Alingar district, "
        "Laghman province.")
    assert (killed, claims) == (0, [])


def test_an_update_row_is_placed_by_its_paragraph() -> None:
    result, _ = read(UPDATE + (
        "Afghan and coalition forces detained numerous suspected insurgents, and a coalition "
        "air strike killed a Taliban leader in Helmand province, in operations over the past "
        "24 hours.\n\nIn Wardak province, Afghan commandos and coalition forces detained three "
        "suspected insurgents during an operation in Nerkh district yesterday."))
    assert (sorted(result.provinces), result.airstrike, result.killed) == (["wardak"], False, 0)
    result, _ = read(DATELINE + (
        "A coalition air strike killed a Taliban leader in Helmand province yesterday.\nIn "
        "Wardak province, Afghan commandos detained three suspected insurgents yesterday."))
    assert sorted(result.provinces) == ["helmand"]


def test_a_civilian_working_with_isaf_is_its_own_and_the_list_before_him_kept() -> None:
    killed, claims = killed_claims(
        "Five ISAF service members and an interpreter working with ISAF were killed today when "
        "a roadside bomb struck their vehicle in Maiwand district, Kandahar province.")
    assert killed == 0
    assert sorted(count or 0 for count, _ in claims) == [1, 5]
    killed, _ = killed_claims(
        "Two insurgents and a civilian were killed today in crossfire in Maiwand district, "
        "Kandahar province.")
    assert killed == 3


def test_the_remains_of_an_uncounted_group_are_its_dead() -> None:
    killed, claims = killed_claims(
        "Coalition aircraft struck an insurgent mortar team in Bermel district, Paktika "
        "province, yesterday.\nA patrol reached the site later and found the remains of the "
        "insurgents.")
    assert killed == 3 and len(claims) == 1
    killed, _ = killed_claims(
        "The patrol found the remains of a destroyed vehicle in Bermel district, Paktika "
        "province, yesterday.")
    assert killed == 0


def test_bringing_the_number_killed_to_six_replaces_the_first_report() -> None:
    killed, claims = killed_claims(
        "Coalition aircraft struck a group of insurgents in Dangam district, Kunar province, "
        "yesterday. Initial reports indicate five insurgents were killed. A subsequent "
        "assessment found one more body, bringing the number killed in the strike to six.")
    assert killed == 6
    assert sorted(count or 0 for count, _ in claims) == [5, 6]



def test_a_second_attacker_is_not_the_second_of_the_men_killed() -> None:
    killed, claims = killed_claims(
        "Insurgents fired on a family travelling by car in Chora district, Uruzgan province, "
        "yesterday, killing two men.\nPolice captured one of the attackers. A second attacker "
        "was shot and killed by police.")
    assert killed == 3 and sorted(count or 0 for count, _ in claims) == [1, 2]
    killed, _ = killed_claims(
        "The patrol killed two insurgents in Chora district, Uruzgan province, yesterday. A "
        "third insurgent was killed when he fired on the patrol.")
    assert killed == 3


def test_a_defining_clause_about_soldiers_does_not_make_the_insurgent_one() -> None:
    killed, claims = killed_claims(
        "An insurgent who shot at Afghan National Army soldiers in the Dara-i-Nur district of "
        "Nangarhar province yesterday was killed when the soldiers returned fire.")
    assert killed == 1 and [count for count, _ in claims] == [1]
    killed, _ = killed_claims(
        "An Afghan soldier who was guarding the checkpoint was killed in Dara-i-Nur district, "
        "Nangarhar province, yesterday.")
    assert killed == 0


def test_a_yearless_dateline_under_a_release_number_beats_a_recalled_full_date() -> None:
    text = ("ISAF Joint Command - Afghanistan 2011-08-S-204\nKABUL, Afghanistan (Aug. 21)\nA "
            "combined Afghan and coalition security force killed a Taliban leader in the Chak "
            "district of Wardak province yesterday.\nOn Aug. 6, 2011, insurgents in the same "
            "district shot down a helicopter, killing 30 coalition service members.")
    assert str(find_publication_date(text)) == "2011-08-21"
    assert str(read(text, None)[0].start_date) == "2011-08-20"


def test_a_year_told_as_the_start_of_a_year_dates_a_yearless_dateline() -> None:
    text = ("KABUL, Afghanistan (Nov. 14)\nAn Afghan and coalition security force detained a "
            "Haqqani facilitator in Musa Khel district of Khost province, Saturday.\nOperations "
            "against the network have increased since the start of 2010.")
    assert str(read(text, None)[0].start_date) == "2010-11-13"


def test_a_release_with_no_strike_or_toll_is_dated_by_its_lede() -> None:
    assert str(read(DATELINE + "Afghan forces found and cleared a cache of homemade explosive "
                    "in Zharey district, Kandahar province, yesterday.")[0].start_date) == (
        "2011-06-13")
    assert str(read(DATELINE + "Afghan forces found and cleared a cache of homemade explosive "
                    "in Zharey district, Kandahar province.")[0].start_date) == "2011-06-14"


def test_a_strike_on_an_insurgent_mortar_position_is_still_from_the_air() -> None:
    body = ("ISAF forces struck an insurgent mortar position in the Arghandab district of "
            "Kandahar province yesterday, after insurgents fired several mortar rounds toward a "
            "patrol base. After confirming the firing point was clear of civilians, the "
            "coalition carried out a strike on the position.")
    assert read(DATELINE + body)[0].airstrike
    assert not read(DATELINE + "Coalition artillery struck an insurgent position in the "
                    "Arghandab district of Kandahar province yesterday.")[0].airstrike


def test_a_possessed_role_and_a_role_then_a_name_are_one_person() -> None:
    for victim in ("Mullah Akhtar's deputy", "al-Qaida facilitator Abu Hafs al-Ruwaili",
                   "Taliban facilitator Abu Idris"):
        killed, claims = killed_claims(
            f"An Afghan and coalition security force killed {victim} in Watahpur district, "
            "Kunar province, yesterday.")
        assert (killed, [count for count, _ in claims]) == (1, [1]), victim
    killed, _ = killed_claims("An Afghan and coalition security force killed Taliban "
                              "facilitators in Watahpur district, Kunar province, yesterday.")
    assert killed == 3  # a bare plural: an uncounted group


def test_a_vague_lede_toll_detailed_later_is_one_toll() -> None:
    killed, claims = killed_claims(
        "An Afghan and coalition security force killed a Haqqani leader and several of his "
        "fighters in Khost province yesterday.\nWhen the force arrived at his compound in Musa "
        "Khel district, the leader and four armed men opened fire. The force returned fire, "
        "killing the leader and the four men.")
    assert killed == 5 and [count for count, _ in claims] == [5]


def test_coalition_forces_that_struck_a_vehicle_made_a_strike() -> None:
    text = DATELINE + ("Coalition forces struck a vehicle carrying a Taliban commander and two "
                       "of his associates in Shinkai district, Zabul province, yesterday, "
                       "killing all three.")
    assert read(text)[0].airstrike
    for body in ("Coalition forces struck back at the insurgents in Shinkai district, Zabul "
                 "province, yesterday.",
                 "Coalition forces targeted a Taliban leader during an operation in Shinkai "
                 "district, Zabul province, yesterday.",
                 "Coalition forces struck a deal with elders in Shinkai district, Zabul "
                 "province, yesterday."):
        assert not read(DATELINE + body)[0].airstrike, body


def test_a_named_death_with_others_tied_to_him_restates_the_role_told_first() -> None:
    killed, claims = killed_claims(
        "A Taliban commander responsible for planting roadside bombs was killed in a precision "
        "air strike in the Garmsir district of Helmand province yesterday.\nCoalition forces "
        "tracked Mullah Abdul Bari to a remote compound. An aircraft dropped a single guided "
        "munition on the building.\nBari and one of his associates died in the strike.")
    assert killed == 2 and [count for count, _ in claims] == [2]
    for second in ("In a separate engagement, a Taliban leader and his two bodyguards were "
                   "killed in Nawa district.",
                   "\nA Taliban leader and his two bodyguards were killed in Nawa district of "
                   "Helmand province on Sunday."):
        killed, _ = killed_claims("An insurgent was killed in Garmsir district, Helmand "
                                  "province, yesterday. " + second)
        assert killed == 4, second


def test_a_place_or_day_set_off_inside_a_subject_does_not_cut_it() -> None:
    killed, claims = killed_claims(
        "An insurgent who shot at Afghan National Army soldiers in Dara-i-Nur district, "
        "Nangarhar province, yesterday was killed when the soldiers returned fire.")
    assert killed == 1 and [count for count, _ in claims] == [1]
    assert claims[0][1][0].startswith("An insurgent who shot")
    killed, claims = killed_claims(
        "Insurgents attacked a checkpoint in Dara-i-Nur district, Nangarhar province, "
        "yesterday, and two Afghan policemen were killed.")
    assert killed == 0 and [count for count, _ in claims] == [2]


def test_a_running_total_after_a_month_abbreviation_is_still_one() -> None:
    killed, _ = killed_claims(
        "Since the operation began Feb. 13, Afghan and coalition forces have killed more than "
        "120 insurgents in Marjah. Today, a patrol in Marjah, Helmand province, killed two "
        "insurgents who attacked it.")
    assert killed == 2


def test_claims_by_a_party_that_a_strike_killed_civilians_called_false() -> None:
    result, _ = read(DATELINE + (
        "Claims by local officials that a coalition air strike killed eight civilians in "
        "Khogyani district, Nangarhar province, on Saturday are false. The operation was a "
        "ground raid, which killed three insurgents."))
    assert (result.killed, result.airstrike) == (3, False)


def test_aircraft_that_watch_or_track_are_no_strike() -> None:
    for body in ("Afghan police found a cache of mortar rounds near Jalalabad, Nangarhar "
                 "province, yesterday. An unmanned aerial vehicle kept watch over the site while "
                 "a disposal team destroyed the cache.",
                 "Afghan and coalition forces killed an insurgent mortar team in Barmal "
                 "district, Paktika province, yesterday. The force tracked the firing position "
                 "with surveillance aircraft and engaged the insurgents with indirect fire."):
        assert not read(DATELINE + body)[0].airstrike, body
    assert read(DATELINE + "A coalition drone struck an insurgent mortar team in Barmal "
                "district, Paktika province, yesterday.")[0].airstrike


def test_a_list_of_the_dead_that_opens_with_an_abbreviation_is_kept_whole() -> None:
    killed, claims = killed_claims(
        "ISAF confirmed today that 30 U.S. service members, seven Afghan commandos and an "
        "Afghan interpreter were killed when their helicopter crashed in the Sayyidabad "
        "district of Wardak province yesterday.")
    assert sum(count or 0 for count, _ in claims) == 38
    assert killed == 0  # all the releasing side's own, the interpreter with them


def test_a_list_of_the_dead_goes_on_with_his_people() -> None:
    killed, claims = killed_claims(
        "Afghan and coalition forces conducted a precision strike that killed Haqqani network "
        "leader Abdul Wakil, his deputy and an associate in Zurmat district, Paktiya province, "
        "Tuesday.")
    assert killed == 3 and [count for count, _ in claims] == [3]
    killed, _ = killed_claims(
        "Afghan and coalition forces killed Abdul Wakil, the network's leader in Zurmat district, "
        "Paktiya province, Tuesday.")
    assert killed == 1


def test_a_wounded_subject_with_a_with_in_its_participle_phrase_later_died() -> None:
    # the subject is "A suspected insurgent wounded during a clash with a patrol", not the
    # patrol: "with" there is inside the participle phrase
    killed, claims = killed_claims(
        "An insurgent fighter injured in a firefight with an Afghan Border Police patrol near "
        "Spin Boldak, Kandahar province, Monday died of his wounds at a coalition hospital "
        "yesterday.")
    assert killed == 1 and [count for count, _ in claims] == [1]
    killed, claims = killed_claims(
        "A Taliban commander associated with the Haqqani network was killed in Khost province "
        "yesterday.")
    assert killed == 1
    # a "with" that starts a clause after the subject is still a cut: the patrol is no victim
    killed, _ = killed_claims(
        "Afghan forces fought with insurgents near Spin Boldak, Kandahar province, yesterday. "
        "The patrol returned to base; no one was killed.")
    assert killed == 0
    # nor is the "and" of "an Afghan and coalition patrol" a cut
    killed, claims = killed_claims(
        "A suspected insurgent wounded during a firefight with an Afghan and coalition patrol in "
        "Arghandab district, Kandahar province, Tuesday died of his wounds today.")
    assert killed == 1 and [count for count, _ in claims] == [1]


def test_a_detained_subject_that_later_died_is_one_more_dead() -> None:
    killed, claims = killed_claims(
        "Afghan and coalition forces killed three insurgents in Dand district, Kandahar "
        "province, yesterday after the insurgents fired on a checkpoint. A fourth insurgent, "
        "hit in the exchange, was detained and later died of his wounds at Kandahar Airfield.")
    assert killed == 4 and sorted(count or 0 for count, _ in claims) == [1, 3]
    # without "later" the two verbs tell one event of a man who did not die in custody
    killed, _ = killed_claims(
        "Afghan and coalition forces detained an insurgent in Dand district, Kandahar province, "
        "yesterday. The man was questioned and released.")
    assert killed == 0


def test_a_recalled_capture_does_not_date_the_next_toll() -> None:
    text = ("KABUL, Afghanistan (Dec. 16, 2010) - The facilitator, detained Dec. 3 during an "
            "earlier operation, led a combined force to a compound in Pul-e Khumri. The force "
            "searched the compound and killed two armed insurgents who resisted.")
    result, claims = read(text, published=None)
    killed = [c for c in claims if c.outcome == "killed"]
    assert result.killed == 2 and [c.count.min for c in killed] == [2]
    assert killed[0].date is None or killed[0].date.earliest != find_publication_date(
        "Dec. 3, 2010")
    # a day the sentence itself gives, not set off, still dates the next sentence's toll
    result, claims = read(
        "KABUL, Afghanistan (Dec. 16, 2010) - A combined force searched a compound in Pul-e "
        "Khumri Dec. 14, acting on a tip. The force killed two armed insurgents who resisted.",
        published=None)
    assert result.killed == 2
    assert [str(c.date.earliest) for c in claims if c.outcome == "killed" and c.date] == [
        "2010-12-14"]


def test_a_number_a_relative_clause_defines_is_the_toll() -> None:
    for body, count, population in (
            ("Coalition aircraft struck a group of men near Nijrab, Kapisa province, yesterday. "
             "An assessment team found that all six who died were civilians.", 6, "civilian"),
            ("Coalition aircraft struck a group of men near Nijrab, Kapisa province, yesterday. "
             "ISAF confirmed that the three who were killed in the strike were insurgents.", 3,
             "combatant")):
        result, claims = read(DATELINE + body)
        killed = [c for c in claims if c.outcome == "killed"]
        assert result.killed == count, body
        assert [(c.count.min, c.population) for c in killed] == [(count, population)], body
    # a relative clause of a counted noun is not the toll: "the men who were killed" counts
    # nothing new
    result, _ = read(DATELINE + "Coalition forces killed two insurgents near Nijrab, Kapisa "
                     "province, yesterday. The men who were killed had planted roadside bombs.")
    assert result.killed == 2


def test_isaf_or_nato_forces_that_struck_made_an_air_strike() -> None:
    # the subject written in capitals: the trigger reads the sentence lower-cased
    for who in ("ISAF", "ISAF forces", "NATO forces"):
        body = (f"{who} struck a vehicle carrying insurgents in Nad-e Ali district, Helmand "
                "province, yesterday, killing three insurgents.")
        result = read(DATELINE + body)[0]
        assert result.airstrike and result.killed == 3, who
    for body in ("ISAF struck back at the insurgents in Nad-e Ali district, Helmand province, "
                 "yesterday.", "NATO struck a deal with the Afghan government yesterday."):
        assert not read(DATELINE + body)[0].airstrike, body


def test_along_with_after_a_when_clause_adds_its_people() -> None:
    killed, claims = killed_claims(
        "A Taliban gunman who fired on a police checkpoint in Khogyani district, Nangarhar "
        "province, yesterday was killed when the policemen returned fire, along with two other "
        "insurgents who were with him.")
    assert killed == 3 and [count for count, _ in claims] == [3]
    # a time clause with no "along with" after it adds no one
    killed, _ = killed_claims(
        "A Taliban gunman was killed in Khogyani district, Nangarhar province, yesterday when "
        "the policemen returned fire, and two other insurgents fled.")
    assert killed == 1


def test_others_killed_beside_a_named_leader_add_to_him() -> None:
    for body, total in (
            ("A combined force killed Mullah Karim, a Taliban leader in Chahar Dara district, "
             "Kunduz province, yesterday. One other insurgent was killed when he fired on the "
             "force.", 2),
            ("An Afghan-led force killed a Taliban leader, Mullah Karim, in Chahar Dara "
             "district, Kunduz province, yesterday. Several of his fighters died with him.", 4),
            ("A coalition air strike killed Mullah Karim in Chahar Dara district, Kunduz "
             "province, yesterday. Two of his fighters were also killed, according to the "
             "release.", 3)):
        assert read(DATELINE + body)[0].killed == total, body
    # his fighters told without "with him", "also" or "other" still restate him with them
    assert read(DATELINE + "A Taliban commander was killed in Chahar Dara district, Kunduz "
                "province, yesterday. Mullah Karim and two of his fighters died in the "
                "strike.")[0].killed == 3


def test_a_toll_with_no_place_is_placed_by_its_own_paragraph_first() -> None:
    text = ("ISAF Joint Command Morning Operational Update June 14, 2011\n"
            "KABUL, Afghanistan (June 14) - Afghan and coalition forces detained more than 20 "
            "suspected insurgents during operations in eastern and southern Afghanistan "
            "overnight, and killed several insurgents in Kandahar.\n"
            "In Paktika province, a joint force searched a compound in Sharana district where a "
            "Haqqani facilitator was believed to be staying. The facilitator and two suspected "
            "insurgents were detained after questioning.")
    result, claims = read(text, published=None)
    detained = [c for c in claims if c.outcome == "captured" and c.count.min == 3]
    assert detained and any("Paktika" in s.text or "Sharana" in s.text
                            for s in detained[0].evidence)
    assert result.provinces == frozenset({"paktika"})


def test_two_operations_in_two_provinces_take_the_first_named_alone() -> None:
    # the label names the first operation's province, which the headline (a line without a
    # full stop, naming both) does not decide
    text = ("Afghan forces detain insurgents in Kandahar, kill one in Helmand\n"
            "KABUL, Afghanistan (June 14, 2011) - Afghan and coalition forces detained two "
            "suspected insurgents yesterday in the Khakrez district of Kandahar province. Two "
            "men were detained and a rifle was seized.\n"
            "In a separate operation in Nahr-e Saraj district, Helmand province, a patrol came "
            "under fire on Sunday. The patrol returned fire, killing one insurgent.")
    assert read(text, published=None)[0].provinces == frozenset({"kandahar"})


def test_where_a_casualty_was_flown_is_not_where_it_happened() -> None:
    body = ("An ISAF helicopter evacuated a boy from a village in the Khanabad district "
            "yesterday after he was wounded by a rocket fired by insurgents at a police post. He "
            "was flown to the coalition hospital at Camp Marmal in Mazar-e Sharif. Police said "
            "the rocket was fired from across the river.")
    assert read(DATELINE + body)[0].provinces == frozenset({"kunduz"})


def test_the_first_province_named_alone_may_be_named_by_its_district() -> None:
    # (not the region both lie in, which is for a release that names none alone)
    body = ("Insurgents fired rockets at a police post in the Khanabad district yesterday. In a "
            "separate attack, insurgents fired mortars at a base near Mazar-e Sharif.")
    assert read(DATELINE + body)[0].provinces == frozenset({"kunduz"})


def test_an_air_force_officer_who_opens_fire_is_no_air_strike() -> None:
    body = ("Three coalition service members died this morning when an Afghan Air Force pilot "
            "opened fire at Kandahar Airfield. The shooter was also killed.")
    result = read(DATELINE + body)[0]
    assert not result.airstrike and result.killed == 1
    events, _ = extract(DATELINE + "The Afghan Air Force struck an insurgent position in "
                        "Sangin district, Helmand province, yesterday.", PUBLISHED)
    assert events
    events, _ = extract(DATELINE + "Afghan Air Force helicopters fired on insurgents in Sangin "
                        "district, Helmand province, yesterday.", PUBLISHED)
    assert events  # the air force's aircraft still strike


def test_no_evidence_to_support_a_partys_claim_of_a_strike() -> None:
    body = ("ISAF has found no evidence to support a Taliban claim that a coalition air strike "
            "killed civilians in the Sangin district of Helmand province on Monday.")
    result = read(DATELINE + body)[0]
    assert not result.airstrike and result.killed == 0
    # the strike ISAF reports itself stays one
    assert read(DATELINE + "A coalition air strike killed two insurgents in the Sangin "
                "district of Helmand province on Monday; ISAF found no evidence of civilian "
                "casualties.")[0].airstrike


def test_a_first_report_of_a_death_found_to_be_a_wound() -> None:
    body = ("A coalition aircraft struck an insurgent firing position in Nad-e Ali district, "
            "Helmand province, this morning, killing three insurgents. An initial report from "
            "district officials that a girl was killed in the strike was investigated; ISAF found "
            "the girl had been wounded by insurgent fire.")
    result, claims = read(DATELINE + body)
    assert result.killed == 3
    first = [c for c in claims if c.outcome == "killed" and c.population == "civilian"]
    assert first and first[0].superseded_by is not None
    # a death told first, not as a first report, stays beside a wound told after it
    body = ("A coalition aircraft struck an insurgent firing position in Nad-e Ali district, "
            "Helmand province, this morning, killing three insurgents. A girl was killed in the "
            "strike; the girl's brother was wounded.")
    assert read(DATELINE + body)[0].killed == 4


def test_a_bomber_killing_himself_is_one_dead_of_his_side() -> None:
    killed, claims = killed_claims(
        "A suicide bomber detonated his vest near a police checkpoint in Spin Boldak, Kandahar "
        "province, yesterday, killing himself.")
    assert killed == 1 and [count for count, _ in claims] == [1]
    # beside the soldiers he killed, who are the releasing side's own dead
    result, claims = read(DATELINE + "A suicide bomber detonated his vest outside an Afghan "
                          "National Army post in Spin Boldak, Kandahar province, yesterday, "
                          "killing himself and four Afghan soldiers.")
    assert result.killed == 1
    assert sorted(c.count.min or 0 for c in claims if c.outcome == "killed") == [1, 4]
    # a reflexive that is no victim of a killing: nothing
    killed, _ = killed_claims("The patrol leader defended himself when insurgents attacked the "
                              "patrol in Spin Boldak, Kandahar province, yesterday.")
    assert killed == 0


def test_them_after_an_insider_in_uniform_are_the_soldiers_he_shot() -> None:
    text = ("Insider attack in Kandahar\n" + DATELINE + "A man wearing an Afghan National Army "
            "uniform turned his weapon on coalition service members at a base in Kandahar "
            "province today, killing three of them. The service members returned fire, killing "
            "the shooter.")
    assert read(text)[0].killed == 1
    # the people an insider's fellow soldiers kill are not their own
    text = (DATELINE + "Afghan soldiers returned fire on insurgents who attacked a base in "
            "Kandahar province today, killing three of them.")
    assert read(text)[0].killed == 3


def test_an_officials_guards_are_own_dead_a_leaders_are_not() -> None:
    body = ("Insurgents ambushed the convoy of the Nad-e Ali district governor in Helmand "
            "province yesterday, killing three of his bodyguards and a civilian driver.")
    assert read(DATELINE + body)[0].killed == 1
    body = ("Afghan and coalition forces killed a Taliban commander and two of his bodyguards "
            "in Nad-e Ali district, Helmand province, yesterday.")
    assert read(DATELINE + body)[0].killed == 3


def test_a_yearless_dateline_takes_the_year_the_release_prints_at_its_foot() -> None:
    from llmextract.normalize.dates import anchor_from_dateline

    for text in ("KABUL, Afghanistan (July 19)\nA combined force detained two insurgents in "
                 "Logar this morning. ISAF Joint Command - Afghanistan, 2010.",
                 "KANDAHAR AIRFIELD, Afghanistan (June 30)\nA roadside bomb struck an Afghan "
                 "army vehicle in Zharay district this morning. (2010)",
                 "KABUL, Afghanistan (June 3)\nInsurgents attacked a patrol near Chimtal "
                 "yesterday. (ISAF Joint Command, 2010)"):
        published, anchor = find_publication_date(text), anchor_from_dateline(text, None)
        assert published is not None and published.year == 2010, text
        assert anchor is not None and anchor.year == 2010, text
    # a year the body names in passing is not the release's own
    text = ("KABUL, Afghanistan (July 19)\nThe leader had fled to Pakistan (2009) and came back "
            "last month; the force detained him in 2010 or later, officials said (2011).")
    found = find_publication_date(text)
    assert found is None or found.year != 2009


def test_a_reported_strike_the_release_says_never_happened() -> None:
    for body in ("ISAF is aware of reports that civilians were killed in an air strike in the "
                 "Ghaziabad district of Kunar province on Monday. A review of operational "
                 "reporting shows that no coalition aircraft conducted a strike in Ghaziabad that "
                 "day.",
                 "Insurgents claimed that a coalition air strike hit a house in Waygal district, "
                 "Nuristan province, on Sunday. ISAF has reviewed the claim. ISAF has found no "
                 "record of any coalition air strike in Waygal on that day."):
        assert not read(DATELINE + body)[0].airstrike, body
    # a finding of no civilian harm leaves a reported strike standing
    body = ("ISAF is aware of reports that civilians were killed in an air strike in the "
            "Ghaziabad district of Kunar province on Monday. The strike killed two insurgents; "
            "ISAF found no evidence of civilian casualties.")
    assert read(DATELINE + body)[0].airstrike


def test_a_road_is_no_name_of_the_dead() -> None:
    # "Highway 1" does not name the commander the lede tells by his role, so the later toll
    # that names him with an associate restates him: 2, not 1 + 2
    body = ("A Taliban commander who planted roadside bombs along Highway 1 was killed in a "
            "precision air strike in Garmsir district, Helmand province, yesterday. Mullah "
            "Karim and one of his associates died in the strike.")
    assert read(DATELINE + body)[0].killed == 2


def test_an_afghan_forces_toll_of_the_other_side_counts_beside_the_releases_civilians() -> None:
    body = ("Afghan soldiers repelled an insurgent attack on a convoy in Bala Murghab district, "
            "Badghis province, on Sunday. Six insurgents were killed in the fighting, according "
            "to the Afghan National Army. ISAF reports that two civilians in a passing car were "
            "killed by insurgent fire.")
    assert read(DATELINE + body)[0].killed == 8
    # the Taliban's figure of another population never counts beside the release's own
    body = ("ISAF forces killed two insurgents in Bala Murghab district, Badghis province, on "
            "Sunday. The Taliban claimed that 15 civilians were killed.")
    assert read(DATELINE + body)[0].killed == 2
    # nor an Afghan force's figure of a side the release counts itself
    body = ("ISAF forces killed two insurgents in Bala Murghab district, Badghis province, on "
            "Sunday. Six insurgents were killed, according to the Afghan National Army.")
    assert read(DATELINE + body)[0].killed == 2


def test_a_denied_figure_does_not_deny_another_partys_toll_of_the_other_side() -> None:
    body = ("Taliban claims that its fighters overran the district centre in Faryab province "
            "and killed 30 policemen are false, ISAF said today. Afghan police defended the "
            "district centre through the night, killing six insurgents, according to the "
            "provincial police chief. Two policemen died.")
    assert read(DATELINE + body)[0].killed == 6
    # a denial of a population's deaths with no figure still denies a party's toll of it
    body = ("Insurgents claimed that 20 civilians were killed in an operation in Faryab "
            "province yesterday; ISAF found no evidence of civilian casualties.")
    assert read(DATELINE + body)[0].killed == 0


def test_on_the_second_of_two_targets_is_no_date() -> None:
    body = ("Five insurgents died Friday after they ambushed a patrol in Arghandab district, "
            "Zabul province. An air weapons team engaged one compound; a coalition aircraft then "
            "dropped a precision-guided munition on the second after the patrol confirmed it "
            "held only the attackers.")
    text = "KABUL, Afghanistan (Sept. 20, 2010) - " + body
    result = read(text, published=None)[0]
    assert result.airstrike and str(result.start_date) == "2010-09-17"


def test_fast_air_is_a_combat_jet() -> None:
    body = ("The patrol came under fire near Musa Qala, Helmand province, yesterday. Coalition "
            "fast air was called in and struck the firing point, killing two insurgents.")
    assert read(DATELINE + body)[0].airstrike
    # "fast" alone is no aircraft
    body = ("The patrol moved fast to the air field near Musa Qala, Helmand province, yesterday, "
            "and struck a deal with village elders.")
    assert not read(DATELINE + body)[0].airstrike


def test_reports_of_deaths_with_no_number_that_the_release_denies() -> None:
    body = ("ISAF has reviewed reports that an air strike killed civilians in Waygal district, "
            "Nuristan province, on Sunday. Insurgents claimed that a coalition air strike killed "
            "12 villagers. ISAF has found no record of any coalition air strike in Waygal on "
            "that day, and no evidence of civilian casualties.")
    assert read(DATELINE + body)[0].killed == 0
    # a denial of another population, or of harm with none named, leaves the toll
    body = ("A coalition F-16 struck an insurgent firing position in Kajaki district, Helmand "
            "province, yesterday. The strike killed the insurgents and the patrol returned to "
            "its base without casualties.")
    assert read(DATELINE + body)[0].killed == 3
