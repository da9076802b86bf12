"""Structures the rules misread (rules46's probe batches: ordinals joining a breakdown, the rest
of a group, a verb lent to "another insurgent", a passer-by, an insider attacker named by his
uniform afterwards). Each probe is written anew in the releases' style, with negatives that keep
the rule from reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import answer, read


def test_a_definite_ordinal_is_one_of_the_group_counted_before() -> None:
    body = ("A combined force killed two insurgents in Nad-e Ali district, Helmand province, "
            "today. The first insurgent was killed as he fired from a rooftop. The second fighter "
            "was killed while he tried to flee.")
    assert answer(body).killed == 2
    # "a second" after one man is one more, and a toll in another engagement stays its own
    body = ("A patrol killed an insurgent in Nad-e Ali district, Helmand province, today. A "
            "second insurgent was killed an hour later.")
    assert answer(body).killed == 2
    body = ("A patrol killed an insurgent in Nad-e Ali district, Helmand province, today. The "
            "second insurgent was killed an hour later.")
    assert answer(body).killed == 2


def test_the_others_after_a_part_detained_are_the_rest_of_the_group() -> None:
    body = ("The force engaged a group of four insurgents in Sayyidabad district, Wardak "
            "province, today, detaining one and killing the others.")
    assert answer(body).killed == 3
    body = ("The force engaged a group of four insurgents in Sayyidabad district, Wardak "
            "province, today, killing them.")
    assert answer(body).killed == 4


def test_another_insurgent_later_borrows_the_verb_before_it() -> None:
    body = ("Coalition forces killed an insurgent in Nad-e Ali district, Helmand province, today "
            "and another insurgent later in the afternoon.")
    assert answer(body).killed == 2
    body = ("Afghan police killed an insurgent in Gereshk, Helmand province, today and detained "
            "another insurgent later in the afternoon.")
    assert answer(body).killed == 1


def test_a_passer_by_is_a_civilian_counted_as_one() -> None:
    body = ("An insurgent roadside bomb detonated near a police vehicle in Qarabagh district, "
            "Ghazni province, today, killing a passer-by.")
    assert answer(body).killed == 1
    body = "A passer-by was killed in the crossfire in Shindand district, Herat province, today."
    assert answer(body).killed == 1
    body = "A grenade wounded a passer-by in Bagram district, Parwan province, today."
    assert answer(body).killed == 0


def test_an_insider_named_by_his_uniform_after_his_attack_is_the_other_sides_dead() -> None:
    body = ("A coalition service member was killed by an Afghan soldier in Helmand province "
            "today. The soldier was killed by coalition forces returning fire.")
    assert answer(body).killed == 1
    body = ("An Afghan soldier opened fire on ISAF trainers in Marjah district, Helmand province, "
            "today, killing one coalition service member. Coalition forces returned fire, "
            "killing the soldier.")
    assert answer(body).killed == 1
    body = ("A man wearing an Afghan National Army uniform turned his weapon against coalition "
            "service members in Sangin district, Helmand province, today, killing two. The "
            "soldier was killed by return fire.")
    assert answer(body).killed == 1
    # the soldier detained, or a soldier of one's own side killed in an ordinary attack
    body = ("A coalition service member was killed by an Afghan soldier in Uruzgan province "
            "today. The soldier was detained by Afghan forces.")
    assert answer(body).killed == 0
    body = ("Insurgents attacked an Afghan army post in Uruzgan province today. An Afghan soldier "
            "was wounded. The soldier was killed when a second bomb exploded.")
    assert answer(body).killed == 0


def test_a_toll_told_again_by_its_parts_counts_each_part_for_its_side() -> None:
    body = ("A suicide bomber detonated a car outside the district centre in Spin Boldak "
            "district, Kandahar province, today, killing 12 people. Of the 12 killed, nine were "
            "civilians and three were Afghan Border Police officers.")
    assert answer(body).killed == 9
    body = ("A roadside bomb struck a minibus in Maiwand district, Kandahar province, today, "
            "killing eight. Of those killed, six were civilians, including two children, and two "
            "were Afghan Local Police members.")
    assert answer(body).killed == 6
    # a part that is not the whole leaves the toll as told
    body = ("A combined force killed five insurgents in Chahar Darah district, Kunduz province, "
            "today. Of the five killed, two were armed guards protecting the leader.")
    assert answer(body).killed == 5


def test_casualties_told_all_killed_are_a_killed_toll() -> None:
    body = ("The patrol returned fire in Khogyani district, Nangarhar province, today, resulting "
            "in three insurgent casualties, all killed.")
    assert answer(body).killed == 3
    body = ("The patrol returned fire in Khogyani district, Nangarhar province, today, resulting "
            "in three insurgent casualties, all wounded.")
    assert answer(body).killed == 0


def test_a_man_wounded_then_taken_who_died_of_his_wounds_is_killed() -> None:
    body = ("A Taliban commander wounded and detained by a combined force in Arghandab district, "
            "Kandahar province, yesterday died of his wounds today.")
    assert answer(body).killed == 1
    body = ("An insurgent wounded during an engagement with Afghan soldiers in Dand district, "
            "Kandahar province, on Monday later died of his wounds.")
    assert answer(body).killed == 1
    body = ("A Taliban commander wounded and detained in Arghandab district, Kandahar province, "
            "yesterday is recovering at a coalition medical facility.")
    assert answer(body).killed == 0


def test_the_second_man_of_two_men_is_one_of_them() -> None:
    body = ("A patrol killed two armed men in Maiwand district, Kandahar province, today. One of "
            "the men carried a grenade launcher. The second man was killed as he tried to "
            "detonate a bomb.")
    assert answer(body).killed == 2


def test_a_whole_told_again_as_all_of_one_population_is_theirs() -> None:
    body = ("A suicide bomber attacked a police headquarters in Kunduz city, Kunduz province, "
            "today, killing six. Of those killed, all six were Afghan police officers.")
    assert answer(body).killed == 0
    body = ("A suicide bomber attacked a bazaar in Kunduz city, Kunduz province, today, killing "
            "six. Of those killed, all six were civilians.")
    assert answer(body).killed == 6


def test_another_commander_and_a_day_borrow_the_verb_before_them() -> None:
    body = ("Coalition forces killed a Taliban sub-commander in Nahr-e Saraj district, Helmand "
            "province, Monday and another Taliban commander Tuesday.")
    assert answer(body).killed == 2


def test_a_man_taken_after_he_was_wounded_who_died_is_one_dead() -> None:
    body = ("An insurgent detained after he was wounded in an exchange of fire in Kharwar "
            "district, Logar province, Sunday died of his wounds yesterday.")
    assert answer(body).killed == 1


def test_an_insider_in_uniform_then_the_soldier_killed_are_two_dead() -> None:
    body = ("A coalition service member died when an individual wearing an Afghan National Army "
            "uniform turned his weapon against coalition forces in Paktiya province today. "
            "Coalition forces returned fire, killing the soldier.")
    assert answer(body).killed == 1
    body = ("A coalition service member died when an individual wearing an Afghan National Army "
            "uniform turned his weapon against coalition forces in Paktiya province today. "
            "Coalition forces returned fire, wounding the soldier.")
    assert answer(body).killed == 0


def test_all_three_after_a_leader_travelling_with_two_is_the_three() -> None:
    body = ("A coalition force killed a Taliban leader in an air strike in Dangam district, Kunar "
            "province, yesterday. The aircraft struck the vehicle in which the leader was "
            "traveling with two associates. All three insurgents were killed.")
    assert answer(body).killed == 3
    body = ("A coalition force killed a Taliban leader in Dangam district, Kunar province, "
            "yesterday. Later, three insurgents attacked a patrol nearby. All three insurgents "
            "were killed.")
    assert answer(body).killed == 4


def test_another_after_a_relative_clause_borrows_the_verb() -> None:
    body = ("The patrol killed a third insurgent who fired on them from a compound in Chahar "
            "Darah district, Kunduz province, and another in a second engagement later in the "
            "day.")
    assert answer(body).killed == 2


def test_he_died_after_the_insurgent_was_treated_is_one_dead() -> None:
    body = ("An insurgent was wounded when a patrol returned fire in Maiwand district, Kandahar "
            "province, yesterday. The patrol's medic treated the insurgent at the scene, and he "
            "was flown to a coalition medical facility, where he later died of his wounds.")
    assert answer(body).killed == 1
    # one of a toll told before: "A third was wounded ...; medics treated him, and he ..."
    body = ("Three insurgents are dead after an attack on a patrol in Nahr-e Saraj district, "
            "Helmand province. Two of the insurgents were killed when the patrol returned fire. "
            "A third was wounded; medics treated him, and he was flown to Camp Bastion, where "
            "he died of his wounds.")
    assert answer(body).killed == 3


def test_the_first_two_and_the_third_are_the_three_counted_before() -> None:
    body = ("A combined force killed three insurgents in Chak district, Wardak province, last "
            "night. The first two were killed by the force's return fire; the third insurgent "
            "was killed as he attempted to flee.")
    assert answer(body).killed == 3
    body = ("A combined force killed two insurgents in Chak district, Wardak province, last "
            "night. Later, the first two insurgents' companions attacked; three more were "
            "killed.")
    assert answer(body).killed == 5


def test_the_remaining_insurgents_after_a_part_killed_are_the_rest() -> None:
    body = ("An air weapons team observed a group of five insurgents at a firing point in "
            "Watahpur district, Kunar province, yesterday. An F-15E dropped a guided bomb, "
            "killing three. The remaining insurgents were killed as they fled.")
    assert answer(body).killed == 5
    body = ("A patrol engaged a group of seven insurgents in Watahpur district, Kunar province, "
            "yesterday, killing two and wounding two. The others were killed by a second "
            "patrol.")
    assert answer(body).killed == 5


def test_another_who_later_died_is_one_more_dead() -> None:
    body = ("The police returned fire in Imam Sahib district, Kunduz province, yesterday, "
            "killing four insurgents and wounding another, who later died of his wounds.")
    assert answer(body).killed == 5
    body = ("The police returned fire in Imam Sahib district, Kunduz province, yesterday, "
            "killing four insurgents and wounding another, who was treated at the scene.")
    assert answer(body).killed == 4


def test_an_insider_shot_who_later_died_is_the_other_sides_dead() -> None:
    body = ("A British soldier was killed by an Afghan policeman at a checkpoint in Nahr-e "
            "Saraj district, Helmand province, today. The policeman was shot by other ISAF "
            "soldiers and later died of his wounds.")
    assert answer(body).killed == 1
    body = ("A British soldier was killed by an Afghan policeman at a checkpoint in Nahr-e "
            "Saraj district, Helmand province, today. The policeman was shot by other ISAF "
            "soldiers and detained.")
    assert answer(body).killed == 0


def test_the_leaders_associate_also_killed_is_the_associate_counted_before() -> None:
    body = ("A coalition precision strike killed a Taliban leader and one of his associates in "
            "Shinkai district, Zabul province, yesterday. The leader's associate, a bomb maker, "
            "was also killed.")
    assert answer(body).killed == 2
    body = ("A coalition precision strike killed a Taliban leader and one of his bodyguards in "
            "Shinkai district, Zabul province, yesterday. The leader's associate, a bomb maker, "
            "was also killed.")
    assert answer(body).killed == 3


def test_the_other_two_after_the_leader_told_again_are_the_rest_of_the_lede() -> None:
    body = ("A combined force killed a Taliban commander and two of his fighters in Zhari "
            "district, Kandahar province, yesterday.\n\nThe force returned fire, killing the "
            "commander. The other two insurgents were killed when they tried to flee.")
    assert answer(body).killed == 3
    body = ("A combined force killed a Taliban commander in Zhari district, Kandahar province, "
            "yesterday.\n\nThe force returned fire, killing the commander. Two other insurgents "
            "were also killed when they tried to flee.")
    assert answer(body).killed == 3


def test_a_man_who_was_wounded_and_detained_then_died_is_the_dead() -> None:
    body = ("A Haqqani facilitator who was wounded and detained by a combined force in Zadran "
            "district, Paktiya province, Sunday died of his wounds yesterday.")
    assert answer(body).killed == 1
    body = ("Two insurgents who were wounded and detained in Zadran district, Paktiya province, "
            "Sunday died of their wounds yesterday.")
    assert answer(body).killed == 2


def test_among_the_dead_were_parts_counts_each_for_its_side() -> None:
    body = ("Insurgents attacked a bazaar with grenades in Ghazni city, Ghazni province, today, "
            "killing five people. Among the dead were four civilians and an Afghan policeman who "
            "tried to stop the attackers.")
    assert answer(body).killed == 4
    # parts that do not sum to the toll leave it as told
    body = ("Insurgents attacked a bazaar with grenades in Ghazni city, Ghazni province, today, "
            "killing five people. Among the dead were two civilians and an Afghan policeman.")
    assert answer(body).killed == 5


def test_a_third_after_a_part_of_the_lede_is_part_of_its_breakdown() -> None:
    body = ("Afghan commandos killed three insurgents in Tagab district, Kapisa province, "
            "yesterday.\n\nThe commandos killed two insurgents who fired on them from a "
            "compound. The third insurgent was killed as he fled.")
    assert answer(body).killed == 3


def test_another_insurgent_later_before_a_clause_of_time_borrows_the_verb() -> None:
    body = ("A coalition patrol killed two insurgents near Marjah, Helmand province, today and "
            "another insurgent later in the day when insurgents attacked the patrol's base.")
    assert answer(body).killed == 3


def test_an_insider_who_fired_on_them_is_named_back_by_his_uniform() -> None:
    body = ("Two ISAF service members were killed when an Afghan policeman opened fire on them "
            "at a checkpoint in Wardak province today. The policeman was killed by return fire.")
    assert answer(body).killed == 1
    body = ("Two ISAF service members were killed when an Afghan policeman opened fire on them "
            "at a checkpoint in Wardak province today. The policeman was wounded by return fire.")
    assert answer(body).killed == 0


def test_one_of_his_fighters_after_a_set_off_clause_is_one_more() -> None:
    body = ("In Musa Qal'ah district, Helmand province, the force killed a Taliban leader, who "
            "directed attacks against Afghan police, and one of his fighters.")
    assert answer(body).killed == 2


def test_a_toll_ends_before_another_unit_engaged_after_and() -> None:
    body = ("The patrol returned fire in Sabari district, Khost province, yesterday, killing two "
            "insurgents, and an air weapons team engaged the remaining insurgents, killing "
            "three.")
    assert answer(body).killed == 5
    body = ("The patrol returned fire in Sabari district, Khost province, yesterday, killing two "
            "insurgents and wounding another.")
    assert answer(body).killed == 2


def test_both_men_after_the_leader_and_an_associate_is_the_pair() -> None:
    body = ("A combined force killed an Islamic Movement of Uzbekistan leader in Taloqan "
            "district, Takhar province, yesterday. The leader and an associate fired on the "
            "force as it searched their compound. Both men were killed.")
    assert answer(body).killed == 2
    body = ("A combined force killed an Islamic Movement of Uzbekistan leader in Taloqan "
            "district, Takhar province, yesterday. Later, two insurgents fired on the force. "
            "Both men were killed.")
    assert answer(body).killed == 3


def test_an_insider_who_fired_on_his_fellow_soldiers_is_the_other_sides_dead() -> None:
    body = ("An Afghan soldier opened fire on his fellow soldiers at a base in Kandahar province "
            "today, killing three. The soldier was killed by other Afghan soldiers.")
    assert answer(body).killed == 1
    body = ("An Afghan soldier was killed when insurgents attacked a base in Kandahar province "
            "today. The soldier was killed by a rocket.")
    assert answer(body).killed == 0


def test_a_third_fighter_after_a_part_of_the_lede_is_one_more_part() -> None:
    body = ("Coalition forces killed a Taliban leader and three of his fighters in Garmsir "
            "district, Helmand province, yesterday.\n\nThe fighters fired on the force. The force "
            "killed the leader and two fighters; the third fighter was killed as he ran toward a "
            "canal.")
    assert answer(body).killed == 4


def test_a_missile_of_an_air_weapons_team_told_alone_is_support_fire() -> None:
    body = ("A coalition air weapons team killed three insurgents firing on a patrol in Chahar "
            "Darah district, Kunduz province, today. The first two insurgents were killed by the "
            "helicopters' machine guns. The third was killed by a Hellfire missile as he fled.")
    assert answer(body).airstrike is False
    body = ("A coalition air weapons team engaged insurgents firing on a patrol in Chahar Darah "
            "district, Kunduz province, today. Later, an unmanned aircraft killed two insurgents "
            "with a Hellfire missile.")
    assert answer(body).airstrike is True


def test_a_third_after_a_part_of_two_is_one_more_part_of_the_lede() -> None:
    body = ("A patrol killed three insurgents in Shah Joy district, Zabul province, yesterday."
            "\n\nIt returned fire, killing two insurgents, and called in an air strike, which "
            "killed a third.")
    assert answer(body).killed == 3


def test_them_killed_by_a_subject_named_alone_are_the_other_side() -> None:
    body = ("Afghan police killed four insurgents who attacked a compound in Herat city, Herat "
            "province, today.\n\nThe police killed three of them at the gate. The fourth "
            "detonated his suicide vest, killing himself.")
    assert answer(body).killed == 4


def test_the_commanders_two_fighters_are_the_two_counted_with_him() -> None:
    body = ("A coalition air strike killed a Taliban commander and two of his fighters in "
            "Maiwand district, Kandahar province, yesterday. The commander's two fighters were "
            "killed with him.")
    assert answer(body).killed == 3
    body = ("A coalition air strike killed a Taliban commander in Maiwand district, Kandahar "
            "province, yesterday. The commander's two fighters were killed later that day.")
    assert answer(body).killed == 3


def test_two_fighters_who_were_with_him_are_the_rest_of_the_lede() -> None:
    body = ("Afghan forces killed a Taliban leader and two of his fighters in Almar district, "
            "Faryab province, today.\n\nThe leader was killed when he fired on the force. Two "
            "fighters who were with him were also killed.")
    assert answer(body).killed == 3


def test_he_died_after_the_wounded_insurgent_is_one_more_dead() -> None:
    body = ("Insurgents fired on a patrol in Tani district, Khost province, today. The patrol "
            "returned fire, killing one insurgent and wounding a second, who was detained.\n\n"
            "The wounded insurgent was treated by coalition medics. He later died of his wounds.")
    assert answer(body).killed == 2
    body = ("A patrol killed one insurgent and wounded another in Tani district, Khost province, "
            "today. The wounded insurgent later died. Medics had treated the wounded insurgent, "
            "and he was flown to a coalition medical facility, where he died.")
    assert answer(body).killed == 2


def test_he_and_the_bodyguard_killed_restate_the_pair() -> None:
    body = ("Afghan commandos killed a Taliban commander and one of his bodyguards in Andar "
            "district, Ghazni province, on Saturday. When the commandos arrived, he and the "
            "bodyguard came out firing and were killed.")
    assert answer(body).killed == 2


def test_the_guards_of_a_taliban_shadow_official_are_the_other_sides() -> None:
    text = ("Afghan commandos kill Taliban shadow district chief in Ghazni\n"
            "KABUL, Afghanistan (June 14, 2011) - Afghan commandos killed the Taliban's shadow "
            "district governor for Andar and one of his bodyguards in Ghazni province today.")
    assert read(text)[0].killed == 2
    # an official of the government: his guards are the releasing side's own
    body = ("Insurgents attacked the convoy of the district chief of Andar in Ghazni province "
            "today, killing two of his bodyguards.")
    assert answer(body).killed == 0


def test_people_carrying_things_joined_by_and_are_one_subject() -> None:
    body = ("Coalition aircraft struck a group of men digging along a road in Sherzad district, "
            "Nangarhar province, on Sunday. Three insurgents carrying weapons and explosives "
            "were killed. Two farmers in an adjacent field were also killed.")
    assert answer(body).killed == 5
    # "and" before people is two subjects
    body = ("The force found a man carrying weapons in Sherzad district, Nangarhar province, "
            "today, and two insurgents were killed.")
    assert answer(body).killed == 2


def test_a_man_and_his_son_also_killed_are_the_civilians_counted_with_insurgents() -> None:
    body = ("ISAF confirmed today that two civilians were killed along with four insurgents in "
            "an air strike in Charkh district, Logar province, on Friday. An assessment found "
            "that a man and his son who had been working in an orchard were also killed.")
    assert answer(body).killed == 6
    # civilians beyond those counted with the insurgents are more dead
    body = ("ISAF confirmed today that two civilians were killed along with four insurgents in "
            "an air strike in Charkh district, Logar province, on Friday. An assessment found "
            "that three farmers working in an orchard were also killed.")
    assert answer(body).killed == 9


def test_a_man_named_after_his_role_who_was_killed_is_one_dead() -> None:
    body = ("A coalition air strike in Charkh district, Logar province, Sunday killed a woman "
            "and a child. The strike targeted Taliban commander Mawlawi Ghulam Hazrat, who was "
            "killed.")
    assert answer(body).killed == 3
    body = ("A coalition raid in Charkh district, Logar province, Sunday targeted Taliban "
            "commander Mawlawi Ghulam Hazrat, who was detained.")
    assert answer(body).killed == 0


def test_young_men_also_killed_are_the_civilians_among_the_dead_told_before() -> None:
    body = ("ISAF acknowledged today that two Afghan civilians were among five people killed "
            "in a coalition air strike in Baraki Barak district, Logar province, on Saturday. "
            "Three of those killed were insurgents. Two young men from a nearby village, who had "
            "been bringing the group food, were also killed.")
    assert answer(body).killed == 5
    body = ("ISAF acknowledged today that five people were killed in a coalition air strike in "
            "Baraki Barak district, Logar province, on Saturday. Two young men from a nearby "
            "village were also killed.")
    assert answer(body).killed == 7


def test_a_member_of_the_international_security_assistance_force_is_its_own_dead() -> None:
    body = ("A member of the International Security Assistance Force was killed in southern "
            "Afghanistan today when an individual wearing an Afghan National Army uniform turned "
            "his weapon against coalition service members. The individual fled the scene.")
    assert answer(body).killed == 0
    body = ("A member of the Taliban was killed in Kandahar province today when he fired on an "
            "Afghan patrol.")
    assert answer(body).killed == 1


def test_an_elderly_man_his_wife_and_grandson_are_the_civilians_counted_before() -> None:
    body = ("ISAF confirmed today that three civilians were killed along with two insurgents "
            "when a patrol returned fire in Nad-e Ali district, Helmand province, on Friday. An "
            "elderly man, his wife and their grandson were also killed.")
    assert answer(body).killed == 5


def test_a_member_of_the_army_who_opened_fire_then_the_soldier_killed_is_the_insider() -> None:
    body = ("A coalition service member was killed today when a member of the Afghan National "
            "Army opened fire on coalition forces in Zabul province. The soldier was shot and "
            "killed by coalition forces.")
    assert answer(body).killed == 1
    body = ("A coalition service member was killed today when a member of the Afghan National "
            "Army opened fire on coalition forces in Zabul province. The soldier was detained.")
    assert answer(body).killed == 0


def test_the_commanders_associate_after_a_commander_and_an_associate_is_that_one() -> None:
    body = ("A coalition aircraft killed a Taliban commander and an associate in Shah Wali Kot "
            "district, Kandahar province, today. The commander's associate was also killed.")
    assert answer(body).killed == 2
