"""Wordings long releases showed (issue 14, rules63): tolls restated or told piecemeal across
paragraphs, background paragraphs, several incidents, other parties' figures. Each written as a
short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A lede's toll told again one man at a time, each in his own later paragraph ("killing him",
# "killed one of them", "an insurgent ... was killed"): the lede's men, not the lede plus one.
def test_a_lede_toll_told_one_man_per_paragraph_is_the_lede() -> None:
    body = ("Afghan and coalition forces killed three insurgents during a clearing operation "
            "in Andar district, Ghazni province, yesterday.\n\n"
            "At the first compound an armed man fired on the Afghan soldiers from a doorway. "
            "The soldiers returned fire, killing him.\n\n"
            "Later in the morning two more insurgents fired on the force from an orchard. The "
            "force killed one of them; the other fled.\n\n"
            "In the afternoon a patrol came under fire near the landing zone. An insurgent "
            "with a machine gun was killed when the patrol returned fire.")
    assert answer(body).killed == 3


def test_one_man_told_twice_after_a_lede_of_three_adds_him() -> None:
    # the lede's three, then one more man told twice in one paragraph: 4
    body = ("Afghan and coalition forces killed three insurgents during a clearing operation "
            "in Andar district, Ghazni province, yesterday.\n\n"
            "As the force withdrew, another insurgent fired on it and was killed. The "
            "insurgent killed was carrying a rifle.")
    assert answer(body).killed == 4


# An earlier release's figure told after the figure that replaced it is an aside: a later
# paragraph's toll of the same number restates the new figure ("An earlier release reported
# that two insurgents were killed. ... police found the remains of four insurgents").
def test_a_toll_restated_after_an_earlier_release_aside_is_one() -> None:
    body = ("An assessment has confirmed that a coalition air strike in Sherzad district, "
            "Nangarhar province, Sunday killed four insurgents. An earlier release reported "
            "that two insurgents were killed.\n\n"
            "Afghan border police who reached the site yesterday found the bodies of four "
            "insurgents and a destroyed mortar.")
    assert answer(body).killed == 4


def test_a_different_later_toll_after_the_aside_still_adds() -> None:
    body = ("An assessment has confirmed that a coalition air strike in Sherzad district, "
            "Nangarhar province, Sunday killed four insurgents. An earlier release reported "
            "that two insurgents were killed.\n\n"
            "In a separate engagement in Khogyani district yesterday, Afghan border police "
            "killed two more insurgents.")
    assert answer(body).killed == 6


# A toll the target is blamed for by what he is believed to have planned ("is believed to have
# planned a rocket attack on the bazaar in October that killed four civilians") stands between
# the lede's man and "He fired on the force and was killed": that is the lede's man again.
def test_he_after_a_toll_he_planned_is_the_lede_man() -> None:
    body = ("Afghan and coalition forces killed a Haqqani network leader in Orgun district, "
            "Paktika province, yesterday.\n\n"
            "The leader commanded fighters who attacked border posts and is believed to have "
            "planned a rocket attack on the Orgun bazaar in October that killed four "
            "civilians.\n\n"
            "The force found him at a compound near the border. He fired on the force and was "
            "killed when it returned fire.")
    assert answer(body).killed == 1


def test_a_second_man_after_a_planned_attack_toll_still_adds() -> None:
    body = ("Afghan and coalition forces killed a Haqqani network leader in Orgun district, "
            "Paktika province, yesterday.\n\n"
            "The leader is believed to have planned a rocket attack on the Orgun bazaar in "
            "October that killed four civilians.\n\n"
            "During the operation, a second insurgent fired on the force and was also killed.")
    assert answer(body).killed == 2


# Two tolls of one number told in sentences that open on different days are two tolls: "On
# Saturday, a squad ... killing two insurgents. ... Later on Sunday, a sniper team killed two
# insurgents".
def test_same_number_on_two_days_is_two_tolls() -> None:
    body = ("Marines and Afghan soldiers killed five insurgents in three engagements in "
            "Marjah district, Helmand province, over the weekend.\n\n"
            "On Saturday, a squad came under fire from a compound and returned fire, killing "
            "two insurgents.\n\n"
            "On Sunday morning, Afghan soldiers at a checkpoint fired on a man planting a bomb "
            "and killed him.\n\n"
            "Later on Sunday, a sniper team killed two insurgents who were firing on a patrol.")
    assert answer(body).killed == 5


def test_same_number_told_again_on_the_same_day_is_one_toll() -> None:
    body = ("On Saturday, a squad came under fire from a compound in Marjah district, Helmand "
            "province, and returned fire, killing two insurgents.\n\n"
            "On Saturday, the squad's Afghan partners confirmed that two insurgents were "
            "killed.")
    assert answer(body).killed == 2


# A regional command's week is a roundup: "forces in Regional Command (South) killed 27
# insurgents ... this week", beside the one engagement it details.
def test_a_regional_command_week_is_a_roundup_beside_its_detail() -> None:
    body = ("Afghan and coalition forces in Regional Command (South) killed 27 insurgents, "
            "detained 64 suspected insurgents and found 41 caches this week.\n\n"
            "On Tuesday, a patrol in Zhari district, Kandahar province, killed four insurgents "
            "who were planting a roadside bomb.")
    assert answer(body).killed == 4


def test_a_regional_command_toll_of_one_day_stands() -> None:
    body = ("Regional Command (South) forces killed four insurgents in Zhari district, "
            "Kandahar province, yesterday. The patrol was planting no bomb.")
    assert answer(body).killed == 4


# "The patrol suffered no casualties" denies the releasing side's own dead, not the civilians
# another party counts where the release tells civilians dead without a number.
def test_the_patrol_suffered_no_casualties_denies_only_its_own() -> None:
    body = ("ISAF is aware of reports that civilians were killed during an engagement in "
            "Dangam district, Kunar province, yesterday. A coalition patrol came under fire "
            "and returned fire, and two insurgents were killed.\n\n"
            "Afghan officials in Kunar have said that four civilians were also killed in the "
            "exchange.\n\nThe patrol suffered no casualties.")
    assert answer(body).killed == 6


def test_no_civilian_casualties_still_denies_the_officials_figure() -> None:
    body = ("A coalition patrol came under fire in Dangam district, Kunar province, yesterday "
            "and returned fire, and two insurgents were killed.\n\n"
            "Afghan officials in Kunar have said that four civilians were also killed in the "
            "exchange. ISAF found no evidence of civilian casualties.")
    assert answer(body).killed == 2


# "has found no evidence that coalition forces carried out an air strike ..., as local officials
# have claimed" refutes the strike as it names it.
def test_no_evidence_that_forces_carried_out_an_air_strike_is_no_strike() -> None:
    body = ("ISAF has found no evidence that coalition forces carried out an air strike in "
            "Shindand district, Herat province, on Monday, as local officials have claimed. "
            "ISAF has offered to help Afghan authorities find out what happened.")
    assert answer(body).airstrike is False


def test_evidence_that_forces_carried_out_an_air_strike_is_a_strike() -> None:
    body = ("An ISAF review has found evidence that coalition forces carried out an air strike "
            "on a compound in Shindand district, Herat province, on Monday, killing two "
            "insurgents.")
    assert answer(body).airstrike is True


# Singles merged as one man told again, beside a pair, make the lede's four: "killed four
# insurgents ... shot and killed him. ... An insurgent hiding in a culvert ... was killed. ...
# two insurgents ... were killed".
def test_singles_and_a_pair_after_a_lede_are_the_lede() -> None:
    body = ("Afghan and coalition forces killed four insurgents during an operation in Chak "
            "district, Wardak province, yesterday.\n\n"
            "Shortly after the force landed, a man with a rifle fired at the Afghan soldiers. "
            "The soldiers shot and killed him.\n\n"
            "By midday the force reached the mosque. An insurgent hiding in a culvert fired on "
            "the lead vehicle and was killed by return fire.\n\n"
            "Late in the afternoon, two insurgents firing from a ridge were killed by coalition "
            "soldiers.")
    assert answer(body).killed == 4


def test_singles_and_a_pair_past_a_smaller_lede_add() -> None:
    body = ("Afghan and coalition forces killed two insurgents during an operation in Chak "
            "district, Wardak province, yesterday.\n\n"
            "Shortly after the force landed, two insurgents fired at the Afghan soldiers and "
            "were killed.\n\n"
            "In a separate operation in Sayyidabad district, an insurgent fired on a patrol "
            "and was killed.")
    assert answer(body).killed == 3


# "The bodies of all six men" after tolls of three and three is their sum, not six more.
def test_all_six_after_three_and_three_is_their_sum() -> None:
    body = ("Marines repelled two attacks on a patrol base in Garmsir district, Helmand "
            "province, this week.\n\nOn Monday night, insurgents fired on the base from a field. "
            "The Marines returned fire, killing three insurgents.\n\nOn Tuesday morning, a "
            "second group attacked the western wall. The Marines returned fire and killed three "
            "insurgents.\n\nThe bodies of all six men were handed over to village elders.")
    assert answer(body).killed == 6


def test_all_four_after_tolls_that_do_not_sum_to_it_stands() -> None:
    body = ("Marines killed two insurgents in Garmsir district, Helmand province, on Monday."
            "\n\nOn Tuesday, a patrol killed three insurgents near the bazaar.\n\nOn "
            "Wednesday, a patrol killed all four members of a mortar team.")
    assert answer(body).killed == 9


# A lede of uncounted insurgents that absorbed Sunday's pair is no restatement of Monday's.
def test_a_lede_that_took_sundays_toll_is_not_mondays() -> None:
    body = ("Afghan and coalition forces killed insurgents in two engagements in Zurmat "
            "district, Paktiya province, this week.\n\n"
            "On Sunday afternoon, a patrol came under fire from a compound. The patrol "
            "returned fire, and two insurgents were killed.\n\n"
            "Monday evening, a patrol near the same village was fired on. Two insurgents were "
            "killed when the patrol returned fire.")
    assert answer(body).killed == 4


# "An armed man who was with Zaman was also killed": one more than Zaman.
def test_a_man_who_was_with_the_target_also_killed_is_one_more() -> None:
    body = ("An Afghan and coalition force killed a Haqqani facilitator in Sar Hawzah district, "
            "Paktika province, yesterday.\n\nThe facilitator, Gul Zaman, came out firing a "
            "pistol. The force returned fire, killing him.\n\nAn armed man who was with Zaman "
            "was also killed.")
    assert answer(body).killed == 2


def test_zaman_himself_told_again_is_one() -> None:
    body = ("An Afghan and coalition force killed a Haqqani facilitator in Sar Hawzah district, "
            "Paktika province, yesterday.\n\nThe facilitator, Gul Zaman, came out firing a "
            "pistol. The force returned fire, killing him.\n\nZaman was also killed, the force "
            "confirmed, after he fired on it.")
    assert answer(body).killed == 1


# A toll told as "the fighting that followed" an attack told with an older day is of that day:
# history beside a memorial held yesterday.
def test_the_fighting_that_followed_an_old_attack_is_history() -> None:
    body = ("Afghan and coalition officials gathered in Jalalabad yesterday to honour nine "
            "Afghan policemen killed in an insurgent attack on their checkpoint in Sherzad "
            "district, Nangarhar province, on May 28.\n\n"
            "The policemen died defending the checkpoint. Police reinforcements killed six "
            "attackers in the fighting that followed.")
    assert answer(body).killed == 0


def test_the_fighting_that_followed_an_attack_this_week_counts() -> None:
    body = ("Insurgents attacked a police checkpoint in Sherzad district, Nangarhar province, "
            "on Sunday, killing two policemen.\n\n"
            "Police reinforcements killed six attackers in the fighting that followed.")
    assert answer(body).killed == 6


# Two tolls of one number in paragraphs that open on different places are two tolls: "In
# Nad-e Ali district, ... killed two insurgents. | In Marjah district, ... killed two".
def test_same_number_in_two_districts_is_two_tolls() -> None:
    body = ("Coalition and Afghan forces killed four insurgents in two engagements in Helmand "
            "province yesterday.\n\nIn Nad-e Ali district, an Afghan army patrol was fired on "
            "from a canal bank. The soldiers returned fire and killed two insurgents.\n\n"
            "In Marjah district, a Marine patrol came under fire from a compound. The Marines "
            "returned fire and killed two insurgents.")
    assert answer(body).killed == 4


def test_same_number_told_again_in_the_same_district_is_one() -> None:
    body = ("In Nad-e Ali district, Helmand province, an Afghan army patrol was fired on "
            "yesterday. The soldiers returned fire and killed two insurgents.\n\n"
            "The two insurgents killed were carrying rifles, the patrol reported.")
    assert answer(body).killed == 2


# "Noor Agha and his men were killed" restates "a Taliban commander, Mullah Noor Agha, along
# with two of his fighters".
def test_the_named_man_and_his_men_restate_along_with_his() -> None:
    body = ("An Afghan and coalition force killed a Taliban commander, Mullah Noor Agha, along "
            "with two of his fighters, in Baghlan-e Jadid district, Baghlan province, "
            "yesterday.\n\nWhen the force called for the occupants to come out, the men opened "
            "fire. Noor Agha and his men were killed in the exchange.")
    assert answer(body).killed == 3


def test_the_fighting_that_followed_takes_its_paragraphs_day_first() -> None:
    body = ("More than 15 insurgents were killed during separate operations over the last 24 "
            "hours.\n\nIn Panjwa'i district, Kandahar province, Afghan soldiers were attacked "
            "on Saturday as they escorted engineers. Five insurgents were killed in the "
            "fighting that followed.")
    assert str(answer(body).start_date) == "2011-06-11"


# "killed insurgents in two engagements ... this week" in a release of Wednesday, the first told
# "On Sunday afternoon": the week's toll starts on that Sunday.
def test_this_week_with_a_sunday_engagement_starts_on_sunday() -> None:
    body = ("Afghan and coalition forces killed insurgents in two engagements in Zurmat "
            "district, Paktiya province, this week.\n\n"
            "On Sunday afternoon, a patrol came under fire from a compound. The patrol "
            "returned fire, and two insurgents were killed.\n\n"
            "Monday evening, a patrol near the same village was fired on. Two insurgents were "
            "killed when the patrol returned fire.")
    # the probe dateline is Tuesday, June 14, 2011
    assert str(answer(body).start_date) == "2011-06-12"


def test_this_week_with_only_a_monday_engagement_starts_on_monday() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Zurmat district, Paktiya "
            "province, this week.\n\n"
            "Monday evening, a patrol near the village was fired on. Two insurgents were "
            "killed when the patrol returned fire.")
    assert str(answer(body).start_date) == "2011-06-13"


# "killed at least five insurgents ... Coalition forces confirmed five insurgents killed": one
# toll, past another party's figure told between.
def test_at_least_five_then_five_confirmed_is_one_toll() -> None:
    body = ("Afghan and coalition forces killed at least five insurgents who attacked a convoy "
            "in Nahr-e Saraj district, Helmand province, yesterday.\n\n"
            "Afghan officials said the insurgent death toll was 12. Coalition forces confirmed "
            "five insurgents killed.")
    assert answer(body).killed == 5


def test_at_least_five_then_five_more_adds() -> None:
    body = ("Afghan and coalition forces killed at least five insurgents who attacked a convoy "
            "in Nahr-e Saraj district, Helmand province, yesterday.\n\n"
            "Later, a second patrol killed five insurgents near the bazaar.")
    assert answer(body).killed == 10


# "Two insurgents were killed ... One was shot as he raised his rifle. The other was killed as he
# threw a grenade": the pair, not three.
def test_the_other_of_a_pair_is_the_pair() -> None:
    body = ("Two insurgents were killed during an operation in Sabari district, Khost province, "
            "yesterday.\n\nAs the force withdrew, two armed men approached it from a field. One "
            "was shot as he raised his rifle. The other was killed as he tried to throw a "
            "grenade.")
    assert answer(body).killed == 2


def test_the_other_after_a_lede_of_three_is_not_the_lede() -> None:
    body = ("Three insurgents were killed during an operation in Sabari district, Khost "
            "province, yesterday.\n\nLater, two armed men approached the force. One fled. The "
            "other was killed as he tried to throw a grenade.")
    assert answer(body).killed == 4
