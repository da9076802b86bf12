"""Wordings the fifteenth blind set (``evals/isaf_blind/blind15.jsonl``: releases where
several sides have casualties and several parties give figures) showed the rules misread.
Each probe is written anew in the releases' style, not copied from that set, with negatives
that keep the rule from reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


def claimants(body: str) -> list[tuple[int | None, str | None]]:
    """The killed claims of a release made of ``body``: each one's minimum and claimant."""
    _, claims = read(DATELINE + body)
    return [(c.count.min, c.claimant) for c in claims if c.outcome == "killed"]


def test_own_forces_described_by_a_relative_clause_naming_afghans_are_the_release() -> None:
    body = ("A clearing operation in Musa Qala district, Helmand province, ended yesterday. The "
            "Afghan Ministry of Defence said 15 insurgents were killed. Coalition soldiers who "
            "mentored the Afghan troops confirmed that several insurgents were killed.")
    assert answer(body).killed == 3
    assert None in [c for _, c in claimants(body)]


def test_afghan_police_described_by_a_relative_clause_stay_another_party() -> None:
    body = ("Insurgents attacked a checkpoint in Musa Qala district, Helmand province, "
            "yesterday. Afghan police who fought alongside coalition forces said six "
            "insurgents were killed.")
    assert [c for _, c in claimants(body)] == ["Afghan police who fought alongside coalition "
                                               "forces"]


def test_a_speaker_after_a_semicolon_is_not_the_speaker_of_a_clause_with_its_own() -> None:
    body = ("Afghan soldiers fought off an attack on their base in Andar district, Ghazni "
            "province, Monday night. The Afghan National Army said its soldiers killed 15 "
            "attackers. Coalition advisors at the base confirmed that five insurgents were "
            "killed; the rest were carried off by their comrades, the army said.")
    assert answer(body).killed == 5


def test_a_speaker_after_a_semicolon_still_speaks_for_a_clause_with_none() -> None:
    body = ("Insurgents attacked a checkpoint in Andar district, Ghazni province, Monday "
            "night. Four insurgents were killed; two others were wounded, the provincial "
            "police chief said.")
    assert [c for _, c in claimants(body)] == ["the provincial police chief"]


def test_a_civilian_employed_by_isaf_killed_as_an_object_is_its_own_dead() -> None:
    body = ("A suicide bomber attacked a coalition convoy in Kabul this morning, killing a "
            "coalition soldier and a civilian contractor employed by ISAF. The bomber died in "
            "the blast.")
    assert answer(body).killed == 1
    assert answer("Insurgents ambushed a convoy in Kabul this morning, killing an Afghan "
                  "interpreter working for the coalition.").killed == 0


def test_a_civilian_killed_by_insurgents_still_counts() -> None:
    # "by" after the victim still ends the victim phrase when it names the killer
    assert answer("A roadside bomb in Kabul this morning killed two shopkeepers employed at "
                  "the bazaar.").killed == 2
    assert answer("Insurgents killed two civilians working in their fields near Kabul "
                  "this morning.").killed == 2


def test_foreign_troops_are_the_releasing_sides_own_dead() -> None:
    body = ("Two Afghan soldiers were killed yesterday when their vehicle struck a roadside bomb "
            "in Dangam district, Kunar province. A Taliban spokesman claimed the blast killed "
            "seven foreign troops.")
    assert answer(body).killed == 0


def test_foreign_fighters_stay_the_other_side() -> None:
    body = ("A coalition air strike killed four foreign fighters yesterday in Dangam district, "
            "Kunar province.")
    assert answer(body).killed == 4


def test_a_party_that_has_since_put_a_named_toll_at_a_figure_is_its_claimant() -> None:
    body = ("A car bomb exploded in the main bazaar of Khanabad district, Kunduz province, "
            "yesterday, killing seven civilians. The Ministry of Interior has since put the "
            "civilian toll at 10.")
    assert answer(body).killed == 7
    assert [c for _, c in claimants(body)] == [None, "The Ministry of Interior"]


def test_a_release_that_puts_the_toll_at_a_figure_itself_still_counts_it() -> None:
    body = ("A car bomb exploded in the main bazaar of Khanabad district, Kunduz province, "
            "yesterday. The civilian toll stood at 10 last night.")
    assert [c for _, c in claimants(body)] == [None]


def populations(body: str) -> list[tuple[int | None, str]]:
    """The killed claims of a release made of ``body``: each one's minimum and population."""
    _, claims = read(DATELINE + body)
    return [(c.count.min, c.population) for c in claims if c.outcome == "killed"]


def test_who_reports_a_bare_toll_says_nothing_of_whom_the_dead_were() -> None:
    body = ("Five civilians were killed yesterday when a bomb exploded in the Dehrawud bazaar, "
            "Uruzgan province. Afghan police had first reported eight dead; the figure was "
            "revised to five by the provincial health director.")
    assert populations(body) == [(5, "civilian"), (8, "unknown")]
    assert answer(body).killed == 5


def test_a_bare_toll_still_takes_its_people_from_the_words_before_it() -> None:
    body = ("A bomb exploded near an Afghan police checkpoint in Dehrawud district, Uruzgan "
            "province, yesterday, leaving three policemen dead.")
    assert populations(body) == [(3, "combatant")]


def test_first_or_initially_before_the_reporting_verb_is_not_the_claimant() -> None:
    body = ("A bomb exploded in the Dehrawud bazaar, Uruzgan province, yesterday. Afghan police "
            "had first reported eight dead. The district governor initially said four "
            "civilians were killed.")
    assert [c for _, c in claimants(body)] == ["Afghan police", "The district governor"]


def test_insurgents_who_executed_people_killed_them() -> None:
    body = ("Insurgents abducted and executed three Afghan teachers in Andar district, Ghazni "
            "province, Sunday, ISAF has learned.")
    assert populations(body) == [(3, "civilian")]
    assert answer(body).killed == 3


def test_a_force_that_executed_an_operation_killed_no_one() -> None:
    body = ("Afghan and coalition forces executed a search of a compound in Andar district, "
            "Ghazni province, Sunday. Afghan forces executed three raids on Monday.")
    assert populations(body) == []


def test_shot_dead_before_or_around_its_object_is_a_killing() -> None:
    body = ("A man in an Afghan army uniform killed two Afghan soldiers at a base in Nahr-e "
            "Saraj district, Helmand province, Monday, before other soldiers shot him dead.")
    assert answer(body).killed == 1
    assert answer("Afghan police shot dead two insurgents in Nahr-e Saraj district, Helmand "
                  "province, on Monday.").killed == 2


def test_shot_without_dead_is_no_killing() -> None:
    body = ("Afghan police shot two insurgents in Nahr-e Saraj district, Helmand province, "
            "Monday; the men were left for dead by their comrades and detained.")
    assert [c for c in populations(body) if c[1] != "unknown"] == []


def test_a_man_shot_and_killed_by_a_force_is_counted() -> None:
    body = ("ISAF has determined that the man shot and killed by coalition forces near Qalat, "
            "Zabul province, yesterday was a civilian.")
    assert answer(body).killed == 1
    assert answer("The patrol stopped and searched by insurgents near Qalat, Zabul province, "
                  "yesterday reported no casualties.").killed == 0


def test_between_a_two_word_place_and_another_joins_no_subjects() -> None:
    body = ("A Taliban commander responsible for roadside bomb attacks on the road between "
            "Musa Qala and Sangin was killed along with two of his associates in a coalition "
            "air strike in Nahr-e Saraj district, Helmand province, on Monday.")
    assert answer(body).killed == 3


def test_a_toll_of_the_attack_a_target_is_blamed_for_stays_history() -> None:
    body = ("A coalition air strike killed a Taliban commander in Nahr-e Saraj district, "
            "Helmand province, on Monday. He was responsible for an attack on the road "
            "between Musa Qala and Sangin in which five civilians were killed.")
    assert answer(body).killed == 1


def test_a_cook_is_a_person_and_a_civilian() -> None:
    body = ("Insurgents attacked a guesthouse in Kabul this morning. Two Afghan policemen and a "
            "cook were killed.")
    assert populations(body) == [(2, "combatant"), (1, "civilian")]
    assert answer(body).killed == 1


def test_a_relative_clause_after_the_last_of_joined_people_keeps_them_all() -> None:
    body = ("Insurgents attacked a guesthouse in Kabul this morning. Three Afghan policemen "
            "and a gardener who worked at the guesthouse were killed.")
    assert populations(body) == [(3, "combatant"), (1, "civilian")]
    assert answer(body).killed == 1


def test_a_relative_clause_after_a_clause_joined_by_and_keeps_only_its_subject() -> None:
    body = ("Insurgents attacked a guesthouse in Kabul this morning and a gardener who worked "
            "there was killed.")
    assert populations(body) == [(1, "civilian")]


def test_a_list_of_counted_parties_after_killed_counts_each_party() -> None:
    body = ("An attack on a patrol base in Gayan district, Paktika province, on Tuesday killed "
            "one coalition service member, a civilian and four insurgents, ISAF officials said.")
    assert populations(body) == [(1, "combatant"), (1, "civilian"), (4, "combatant")]
    assert answer(body).killed == 5


def test_an_apposition_that_recounts_the_head_is_not_a_list() -> None:
    body = ("A coalition air strike in Gayan district, Paktika province, on Tuesday killed "
            "three insurgents, a commander and two fighters.")
    assert answer(body).killed == 3
    assert answer("A bomb in Gayan district, Paktika province, on Tuesday killed two "
                  "policemen, wounded a child and damaged three shops.").killed == 0


def test_a_lede_delivering_findings_on_an_older_strike_is_dated_by_the_dateline() -> None:
    body = ("A joint investigation team of ISAF and the Afghan government today presented its "
            "findings on the June 2 air strike in Nijrab district, Kapisa province, in which "
            "three civilians were killed.")
    assert str(answer(body).start_date) == "2011-06-14"


def test_findings_on_a_strike_of_this_week_still_date_it() -> None:
    body = ("A joint investigation team of ISAF and the Afghan government today presented its "
            "findings on the June 12 air strike in Nijrab district, Kapisa province, in which "
            "three civilians were killed.")
    assert str(answer(body).start_date) == "2011-06-12"


def test_a_ceremony_for_counted_fallen_who_were_killed_tells_their_toll() -> None:
    body = ("Soldiers lined the runway at Kandahar Airfield last night for a ramp ceremony "
            "honouring two coalition service members who were killed when their vehicle struck "
            "a roadside bomb in Zharay district on Saturday.")
    a, claims = read(DATELINE + body)
    assert [(c.count.min, c.outcome) for c in claims] == [(2, "killed")]
    assert a.killed == 0 and str(a.start_date) == "2011-06-11"


def test_counted_insurgents_who_were_killed_outside_a_ceremony_are_no_new_toll() -> None:
    body = ("Coalition forces killed two insurgents in Zharay district, Kandahar province, on "
            "Saturday. The two insurgents who were killed had planted roadside bombs.")
    assert answer(body).killed == 2


def test_the_place_of_attacks_a_detainee_is_suspected_of_is_not_where_he_was_held() -> None:
    body = ("An Afghan and coalition force detained a man suspected of planning roadside bomb "
            "attacks in Kandahar and two of his associates during a search in Maywand "
            "district, Kandahar province, Tuesday night.")
    assert answer(body).provinces == {"kandahar"}
    body = ("An Afghan and coalition force detained a man suspected of planning suicide "
            "attacks in Kabul during a search in Baraki Barak district, Logar province, "
            "Tuesday night.")
    assert answer(body).provinces == {"logar"}


def test_a_place_named_only_as_the_attacks_still_places_the_detention() -> None:
    body = ("An Afghan and coalition force detained a man suspected of planning suicide "
            "attacks in Kabul on Tuesday night.")
    assert answer(body).provinces == {"kabul"}


def test_a_date_of_when_detainees_were_seen_does_not_date_their_detention() -> None:
    body = ("Dozens of schoolgirls fell ill at a girls' school in Kalafgan district, Takhar "
            "province, on Sunday after the school's well was poisoned. Afghan police have "
            "detained three men seen near the well the night before.")
    assert str(answer(body).start_date) == "2011-06-12"


def test_a_detention_dated_in_its_own_words_keeps_its_date() -> None:
    body = ("Dozens of schoolgirls fell ill at a girls' school in Kalafgan district, Takhar "
            "province, on Sunday after the school's well was poisoned. Afghan police detained "
            "three men near the well on Saturday.")
    assert str(answer(body).start_date) == "2011-06-11"
    body = ("Coalition forces killed two insurgents who were observed planting a roadside bomb "
            "in Chak district, Wardak province, early Sunday.")
    assert str(answer(body).start_date) == "2011-06-12"
