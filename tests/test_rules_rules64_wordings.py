"""Wordings the misses of the opened long-release sets blind53 and blind54 showed (issue 14):
each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer, read


# A death weighed as "the latest blow" (not only "a blow") tells no second killing: "Nasir's
# death is the latest blow to the Taliban" after "Nasir ... was killed".
def test_a_death_called_the_latest_blow_is_the_killing_told() -> None:
    body = ("Mullah Nasir, a Taliban commander in Arghandab district, Kandahar province, was "
            "killed yesterday when he and a guard fired on an Afghan and coalition patrol. The "
            "patrol returned fire, killing both men. Nasir's death is the latest blow to the "
            "Taliban in the district.")
    assert answer(body).killed == 2


def test_a_toll_told_beside_the_latest_blow_still_counts() -> None:
    body = ("Mullah Nasir, a Taliban commander in Arghandab district, Kandahar province, was "
            "killed yesterday when he and a guard fired on an Afghan and coalition patrol. The "
            "patrol returned fire, killing both men. In the latest blow to the Taliban in the "
            "district, a separate patrol killed two more insurgents later in the day.")
    assert answer(body).killed == 4


# A clause after the toll that says who one of its dead was ("found four dead insurgents, among
# them a commander named Qari Hamid, who has led attacks ... since the spring") dates the man's
# career, not the toll: no running total.
def test_a_dead_mans_career_after_the_toll_is_no_running_total() -> None:
    body = ("Coalition aircraft struck a group of insurgents in Nari district, Kunar province, "
            "yesterday. A patrol later reached the site and found four dead insurgents, among "
            "them a commander named Qari Hamid, who has led attacks on the district centre "
            "since the spring.")
    assert answer(body).killed == 4


def test_a_count_with_a_dead_mans_career_details_the_vague_lede() -> None:
    body = ("Coalition aircraft struck a group of insurgents in Nari district, Kunar province, "
            "yesterday, killing several of them. A patrol later reached the site and counted "
            "five dead insurgents, among them a commander named Qari Hamid, who has led "
            "attacks on the district centre since the spring.")
    assert answer(body).killed == 5


def test_a_running_total_past_a_closed_who_clause_is_still_one() -> None:
    body = ("Coalition aircraft struck a group of insurgents in Nari district, Kunar province, "
            "yesterday, killing four. The battalion has killed 30 insurgents, who had attacked "
            "the district centre, since the spring.")
    assert answer(body).killed == 4


# A toll told with the season it spans ("killed several civilians ... over the autumn") is a
# running total of the background, not the operation's.
def test_a_toll_over_the_autumn_is_history() -> None:
    body = ("A coalition air strike killed two insurgents planting a roadside bomb on Highway "
            "1 in Sayyidabad district, Wardak province, yesterday. Bombs on the highway killed "
            "several civilians and two Afghan policemen over the autumn.")
    assert answer(body).killed == 2


def test_a_toll_of_one_autumn_day_still_counts() -> None:
    body = ("A coalition air strike killed two insurgents planting a roadside bomb on Highway "
            "1 in Sayyidabad district, Wardak province, yesterday. Another strike in the "
            "autumn offensive's last week killed three more insurgents there on Sunday.")
    assert answer(body).killed == 5


# "The strike comes a month after aircraft struck ..., killing three": the toll of the clause
# after "comes a month after" is an earlier strike's, recalled.
def test_a_toll_in_the_clause_a_month_after_is_recalled() -> None:
    body = ("A coalition air strike killed five insurgents in Dangam district, Kunar province, "
            "yesterday. The strike comes a month after coalition aircraft hit a rocket team "
            "near the same border post, killing three.")
    answered = answer(body)
    assert (answered.killed, answered.airstrike) == (5, True)


def test_a_toll_a_day_after_is_still_the_releases() -> None:
    body = ("A coalition air strike killed five insurgents in Dangam district, Kunar province, "
            "on Sunday. The patrol came back a day after the strike, killing three more "
            "insurgents who fired on it.")
    assert answer(body).killed == 8


# A strike told only inside others' reports, a clause set off between the reports and what they
# say ("reports, aired by two Afghan television stations, that a coalition air strike killed
# five civilians"), when the release says "No coalition aircraft conducted strikes" there: no
# strike, and the reports' toll is answered, not told.
def test_reports_set_off_of_a_strike_never_made_tell_none() -> None:
    body = ("ISAF has looked into reports, aired by two Afghan television stations, that a "
            "coalition air strike killed five civilians in Shindand district, Herat province, "
            "on Sunday. No coalition aircraft conducted strikes in Shindand on Sunday. That "
            "afternoon a patrol came under fire and returned fire with rifles, killing two "
            "insurgents.")
    answered = answer(body)
    assert (answered.killed, answered.airstrike) == (2, False)


def test_reports_set_off_of_a_strike_the_release_made_keep_it() -> None:
    body = ("ISAF is aware of reports, aired by two Afghan television stations, that a "
            "coalition air strike killed civilians in Shindand district, Herat province, on "
            "Sunday. A coalition aircraft struck a group of armed men there on Sunday, killing "
            "three insurgents. ISAF found no evidence of civilian casualties.")
    answered = answer(body)
    assert (answered.killed, answered.airstrike) == (3, True)


# "rejected a Taliban statement claiming that a coalition air strike killed nine civilians",
# with "No ISAF air strikes were conducted": a strike never made, whatever helicopter fired.
def test_a_rejected_statement_of_a_strike_never_made_is_none() -> None:
    body = ("ISAF today rejected a Taliban statement claiming that a coalition air strike "
            "killed nine civilians in Shindand district, Herat province, on Sunday. No ISAF air "
            "strikes were conducted in the district that day. A patrol came under fire on "
            "Sunday and an ISAF helicopter supporting it engaged the attackers, killing two.")
    answered = answer(body)
    assert (answered.killed, answered.airstrike) == (2, False)


def test_a_rejected_statement_beside_the_releases_own_strike_keeps_it() -> None:
    body = ("ISAF today rejected a Taliban statement claiming that a coalition air strike "
            "killed nine civilians in Shindand district, Herat province, on Sunday. The "
            "coalition air strike killed four armed insurgents who were firing on a patrol.")
    assert answer(body).airstrike


# A contributing nation's soldier told by his trade ("a Dutch medic killed last week") is the
# releasing side's own dead; an Afghan clinic's medic is not.
def test_a_coalition_nations_medic_is_own_dead() -> None:
    text = ("KANDAHAR AIRFIELD, Afghanistan (June 14, 2011) – Soldiers gathered at Kandahar "
            "Airfield on Monday to send home a Dutch medic killed last week in Zhari district. "
            "The medic died on Thursday when his vehicle struck a roadside bomb.")
    assert read(text)[0].killed == 0


def test_an_afghan_clinics_medic_is_not_own_dead() -> None:
    body = ("An Afghan medic working at a village clinic in Zhari district, Kandahar province, "
            "was killed on Thursday when insurgents fired on the clinic.")
    assert answer(body).killed == 1


# "The soldier was hit during the exchange and treated by the patrol medic before being flown to
# Camp Bastion, where he died": he is the soldier the sentence opened with, not the medic.
def test_he_who_was_hit_then_treated_by_a_medic_is_the_soldier() -> None:
    body = ("A coalition soldier was killed by small-arms fire in Sangin district, Helmand "
            "province, yesterday. The soldier was hit during the exchange and treated by the "
            "patrol medic before being flown to Camp Bastion, where he died of his wounds.")
    assert answer(body).killed == 0


def test_an_insurgent_hit_then_flown_where_he_died_still_counts() -> None:
    body = ("A patrol returned fire on insurgents in Sangin district, Helmand province, "
            "yesterday. One insurgent was hit during the exchange and treated by a coalition "
            "medic before being flown to Camp Bastion, where he died of his wounds.")
    assert answer(body).killed == 1


# "the precision strike" a sentence before told was a ground weapon's ("used a High Mobility
# Artillery Rocket System to strike a mortar team ... called for the precision strike") is no
# strike from the air; with an aircraft named it is.
def test_the_precision_strike_of_a_rocket_system_told_before_is_no_airstrike() -> None:
    body = ("Coalition forces used a High Mobility Artillery Rocket System yesterday to strike "
            "an insurgent rocket team in Nad-e Ali district, Helmand province. The team had "
            "fired on a patrol base for an hour. After making sure no civilians were near, the "
            "forces called for the precision strike, killing both insurgents.")
    assert not answer(body).airstrike


def test_the_precision_strike_of_an_aircraft_told_before_is_an_airstrike() -> None:
    body = ("Coalition forces used artillery yesterday to suppress an insurgent rocket team in "
            "Nad-e Ali district, Helmand province. A coalition aircraft then tracked the team. "
            "After making sure no civilians were near, the forces called for the precision "
            "strike, killing both insurgents.")
    assert answer(body).airstrike


# "found no evidence to support a claim by a local official in Garmsir district, Helmand
# province, that a coalition air strike killed eight civilians": the claim is dismissed before
# it is named, however long its maker's words.
def test_a_claim_by_a_long_named_maker_dismissed_before_is_no_toll() -> None:
    body = ("ISAF has found no evidence to support a claim by a district council member in "
            "Nawa district, Helmand province, that a coalition air strike killed six civilians "
            "near the village of Loy Bagh on Sunday. A patrol in the area detained two "
            "suspected insurgents that day.")
    assert answer(body).killed == 0


def test_a_claim_by_a_long_named_maker_reported_alone_still_counts() -> None:
    body = ("ISAF is aware of a claim by a district council member in Nawa district, Helmand "
            "province, that a coalition air strike killed six civilians near the village of Loy "
            "Bagh on Sunday. ISAF is looking into the claim.")
    assert answer(body).killed == 6


# "When someone tells us civilians were killed, we go and look": what anyone may say, no toll.
def test_when_someone_tells_us_civilians_were_killed_tells_no_toll() -> None:
    body = ("A patrol detained two suspected insurgents in Nawa district, Helmand province, "
            "yesterday. \"When someone tells us civilians were killed, we go and look,\" said "
            "an ISAF spokesman.")
    assert answer(body).killed == 0


def test_someone_who_told_us_civilians_were_killed_still_tells_a_toll() -> None:
    body = ("Elders told a patrol in Nawa district, Helmand province, yesterday that two "
            "civilians were killed by a roadside bomb on Sunday.")
    assert answer(body).killed == 2


# An earlier release named by its quoted title ("A release issued on May 2, 'Afghan Force Kills
# Insurgents in Zhari,' incorrectly stated ...") tells no toll by its title's verb.
def test_a_quoted_release_title_tells_no_toll() -> None:
    body = ("A release issued on June 11, \"Afghan Force Kills Insurgents in Zhari,\" "
            "incorrectly stated that four insurgents were killed during an operation in Zhari "
            "district, Kandahar province. No one was killed in the operation. The four "
            "suspected insurgents were detained. No civilians were harmed.")
    assert answer(body).killed == 0


def test_quoted_words_after_a_release_still_tell_a_toll() -> None:
    body = ("In a release issued today, ISAF quoted the patrol's commander: \"we returned fire "
            "and killed two insurgents in Zhari district, Kandahar province,\" he said.")
    assert answer(body).killed == 2


# A party's count of civilians told as a share of the dead ("two of the dead were teenage boys
# from the village") numbers the civilians the release tells dead without a number.
def test_a_share_of_the_dead_that_were_boys_numbers_the_civilians() -> None:
    body = ("ISAF is looking into reports that civilians were killed in a coalition air strike "
            "in Nadir Shah Kot district, Khost province, on Sunday. Coalition aircraft struck "
            "a group of armed men, killing several insurgents. Provincial officials have said "
            "that two of the dead were boys from the village.")
    assert answer(body).killed == 5


def test_a_share_of_the_dead_beside_the_releases_own_civilian_count_adds_nothing() -> None:
    body = ("A coalition air strike in Nadir Shah Kot district, Khost province, on Sunday "
            "killed three insurgents and one civilian. Provincial officials have said that two "
            "of the dead were boys from the village.")
    assert answer(body).killed == 4


# A village whose name a town elsewhere shares, told with the district and province it lies in
# ("near the village of Qala-e Naw in Bagram district, Parwan province"), is read by that
# province, not by the town's (Qala-e Naw is also Badghis's capital).
def test_a_village_in_a_district_of_a_named_province_is_read_by_it() -> None:
    body = ("An Afghan and coalition security force detained a Haqqani facilitator near the "
            "village of Qala-e Naw in Bagram district, Parwan province, yesterday.")
    assert answer(body).provinces == {"parwan"}


def test_the_town_named_alone_is_still_read_by_the_gazetteer() -> None:
    body = ("An Afghan and coalition security force detained a Taliban facilitator in "
            "Qala-e Naw yesterday.")
    assert answer(body).provinces == {"badghis"}


# "A Taliban commander ... was killed", the next sentence opening on his name ("Mullah Abdul
# Ghafar led ..."), then "Ghafar and both fighters were killed": one toll of three, not 1 + 3.
def test_a_man_named_after_the_lede_and_his_men_are_the_whole_toll() -> None:
    body = ("A Taliban commander who led bomb attacks in Musa Qal'ah district, Helmand "
            "province, was killed in a precision air strike yesterday. Mullah Rahim Gul led a "
            "group of fighters in the north of the district. Coalition aircraft struck his "
            "motorcycle as he travelled with two of his fighters on a desert track. Gul and "
            "both fighters were killed.")
    assert answer(body).killed == 3


def test_another_named_man_and_his_men_are_more_dead() -> None:
    body = ("A Taliban commander who led bomb attacks in Musa Qal'ah district, Helmand "
            "province, was killed in a precision air strike yesterday. Mullah Rahim Gul led a "
            "group of fighters in the north of the district. In a separate strike, Zahir and "
            "both of his fighters were killed.")
    assert answer(body).killed == 4


# (rules64's own batch, b1-11) ... or "during the summer": the same background span.
def test_a_toll_during_the_summer_is_history() -> None:
    body = ("A coalition air strike killed two insurgents planting a bomb on the road between "
            "Ghazni and Kabul in Ghazni province yesterday. Bombs on the same road killed "
            "several civilians and two Afghan policemen during the summer.")
    assert answer(body).killed == 2
