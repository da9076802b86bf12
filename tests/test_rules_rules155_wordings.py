"""Wordings the misses of the fresh open sets blind144-151 showed in telling an air strike
(issue 14): a strike the coalition made told by its name alone, an aircraft that destroyed a
store of ammunition, a habit word told of a road, a target's weapon told in a relative clause
or as what the strike destroyed, a ground weapon told when the strike is taken up again; each
written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# "The coalition struck" names the releasing side as the striker, as "coalition forces struck"
# does: its forces strike only from the air.
def test_the_coalition_struck_a_vehicle_is_an_air_strike() -> None:
    body = ("The coalition struck a truck carrying three insurgents in Gelan district, Ghazni "
            "province, today, killing all three.")
    assert answer(body).airstrike is True


def test_insurgents_who_struck_a_coalition_convoy_made_no_air_strike() -> None:
    body = ("Insurgents struck a coalition convoy with a roadside bomb in Gelan district, Ghazni "
            "province, today. No one was hurt.")
    assert answer(body).airstrike is False


# A verb of harm makes its object the target: an aircraft that destroyed a store of
# ammunition fired; one that dropped ammunition resupplied a patrol.
def test_aircraft_that_destroyed_an_ammunition_store_struck() -> None:
    body = ("Coalition aircraft destroyed an insurgent ammunition cache in Shah Joy district, "
            "Zabul province, today. No one was in the building.")
    assert answer(body).airstrike is True


def test_aircraft_that_dropped_ammunition_made_no_strike() -> None:
    body = ("Coalition aircraft dropped ammunition and water to an Afghan Army patrol in Shah Joy "
            "district, Zabul province, today.")
    assert answer(body).airstrike is False


# A habit word told of a thing by a participle after it ("a road used daily by farmers") is
# no habit of the strike; the strike's own habit still is one.
def test_a_road_used_daily_by_farmers_keeps_the_strike() -> None:
    body = ("In Maiwand district, Kandahar province, yesterday, a coalition aircraft conducted "
            "a precision air strike against three insurgents burying a bomb on a road used "
            "daily by villagers. All three insurgents were killed.")
    assert answer(body).airstrike is True


def test_a_post_struck_daily_by_aircraft_is_a_habit() -> None:
    body = ("The insurgent post in Maiwand district, Kandahar province, was struck daily by "
            "coalition aircraft during the spring.")
    assert answer(body).airstrike is False


# A weapon the target was about to fire, told in its own relative clause, or one the strike
# destroyed, is no means of the strike.
def test_insurgents_who_were_preparing_to_fire_mortars_do_not_make_it_ground_fire() -> None:
    body = ("The coalition carried out a strike against insurgents in Sherzad district, "
            "Nangarhar province, today, killing three insurgents who were preparing to fire "
            "mortars at a police post.")
    assert answer(body).airstrike is True


def test_a_strike_that_destroyed_rockets_was_made_from_the_air() -> None:
    body = ("The coalition carried out a strike against insurgents in Sherzad district, "
            "Nangarhar province, today. The strike killed three insurgents and destroyed their "
            "car and two rockets.")
    assert answer(body).airstrike is True


def test_a_strike_carried_out_with_mortars_is_ground_fire() -> None:
    body = ("The coalition carried out a strike against insurgents with mortars in Sherzad "
            "district, Nangarhar province, today, killing three insurgents.")
    assert answer(body).airstrike is False


# A precision strike the next sentence takes up as "The strike" made with a ground weapon is
# that weapon's, as a "precision strike" so told again is; one made by an aircraft stays an
# air strike.
def test_the_strike_taken_up_with_a_rocket_system_is_ground_fire() -> None:
    body = ("Coalition forces killed two insurgent commanders with a precision strike in Musa "
            "Qal'ah district, Helmand province, today.\n\nThe strike was carried out with a "
            "High Mobility Artillery Rocket System after the men were seen alone in a field.")
    assert answer(body).airstrike is False


def test_the_strike_taken_up_with_no_ground_weapon_stays_an_air_strike() -> None:
    body = ("Coalition forces killed two insurgent commanders with a precision strike in Musa "
            "Qal'ah district, Helmand province, today.\n\nThe strike was carried out after the "
            "men were seen alone in a field.")
    assert answer(body).airstrike is True


# A claim the release has reviewed, its finding told after the release's own account of the
# day ("our review showed no coalition air strike took place"), is no strike; a review with
# no such finding leaves the strike standing.
def test_a_reviewed_claim_whose_finding_is_no_strike_is_no_air_strike() -> None:
    body = ("ISAF has reviewed claims made by villagers that a coalition air strike killed six "
            "civilians in Khak-e Safed district, Farah province, on Sunday.\nA coalition patrol "
            "was attacked in the district and returned fire with rifles, killing two "
            "insurgents. The patrol then searched the area.\n\"Our review found no coalition "
            "air strike took place,\" said an ISAF spokesman.")
    assert answer(body).airstrike is False


def test_a_reviewed_claim_with_no_such_finding_keeps_the_strike() -> None:
    body = ("ISAF has reviewed claims made by villagers that a coalition air strike killed six "
            "civilians in Khak-e Safed district, Farah province, on Sunday.\nThe strike killed "
            "two insurgents who were firing on a patrol. The patrol then searched the area.")
    assert answer(body).airstrike is True


# A background sentence with its own earlier time, the attack its target is blamed for and
# that attack's own toll in a relative clause ("a car bomb attack that killed one civilian ...
# last month"), does not date the strike the release tells after it.
def test_a_blamed_attack_with_its_own_toll_last_month_does_not_date_the_strike() -> None:
    body = ("Coalition forces killed a Taliban bomb maker in Khanabad district, Kunduz "
            "province, today. The bomb maker was involved in a roadside bomb attack that killed "
            "two civilians in Kunduz city last month. Coalition forces tracked him to an empty "
            "field and conducted a precision air strike against his car.")
    result = answer(body)
    assert result.airstrike is True
    assert str(result.start_date) == "2011-06-14"


def test_a_strike_itself_told_last_month_is_history() -> None:
    body = ("Coalition forces killed a Taliban bomb maker in Khanabad district, Kunduz "
            "province, today. His predecessor was killed in a precision air strike in Kunduz "
            "city last month.")
    assert answer(body).airstrike is False


# A toll of a strike a correction withdraws, told again later with its own day, is dated by
# that day; told again with none, by the dateline's.
def test_a_withdrawn_strikes_toll_told_again_with_its_day_is_dated_by_it() -> None:
    body = ("An ISAF release issued yesterday stated that coalition aircraft struck insurgents "
            "in Pashtun Zarghun district, Herat province, killing four. That statement was in "
            "error.\n\nThe four insurgents were killed by Afghan police who returned fire after "
            "the insurgents attacked their checkpoint on June 11.")
    result = answer(body)
    assert result.airstrike is False
    assert str(result.start_date) == "2011-06-11"


def test_a_withdrawn_strikes_toll_told_again_with_no_day_keeps_the_dateline() -> None:
    body = ("An ISAF release issued yesterday stated that coalition aircraft struck insurgents "
            "in Pashtun Zarghun district, Herat province, killing four. That statement was in "
            "error.\n\nThe four insurgents were killed by Afghan police who returned fire after "
            "the insurgents attacked their checkpoint.")
    assert str(answer(body).start_date) == "2011-06-14"


# A memorial of its own dead within the week is dated by the day they fell, the dead named
# with a rank's short form before their apposition ("for Lance Cpl. ..., a rifleman who was
# killed June 11") or mourned as a death ("mourned the death of ..., who was killed Sunday");
# a memorial with no day of their death keeps its own.
def test_a_memorial_for_a_ranked_man_in_apposition_is_dated_by_his_death() -> None:
    body = ("Marines held a memorial service today for Lance Cpl. Aaron Whitcombe, a rifleman "
            "who was killed June 11 while on patrol in Sangin district, Helmand province.\n\n"
            "Whitcombe was shot as his squad crossed a canal. The squad returned fire, and an "
            "air weapons team engaged the insurgents' position.")
    assert str(answer(body).start_date) == "2011-06-11"


def test_mourning_the_death_of_a_man_is_dated_by_his_death() -> None:
    body = ("ISAF today mourned the death of Habibullah, a civilian working with ISAF as an "
            "interpreter, who was killed when a roadside bomb struck his car in Kabul on "
            "Sunday.")
    assert str(answer(body).start_date) == "2011-06-12"


def test_a_memorial_with_no_day_of_the_death_keeps_its_own() -> None:
    body = ("Marines held a memorial service today for Lance Cpl. Aaron Whitcombe, a rifleman "
            "who was killed while on patrol in Sangin district, Helmand province.\n\n"
            "Whitcombe was shot as his squad crossed a canal. The squad returned fire, and an "
            "air weapons team engaged the insurgents' position.")
    assert str(answer(body).start_date) == "2011-06-14"


# (review of rules155) A later sentence's day dates an undated strike's toll only when the
# strike was withdrawn: a strike that stands keeps its toll, whatever background deed a later
# sentence dates.
def test_a_standing_strikes_toll_is_not_dated_by_the_attack_its_dead_made() -> None:
    body = ("A coalition air strike killed three insurgents in Pashtun Zarghun district, Herat "
            "province. The three insurgents were killed near the checkpoint they had attacked "
            "on June 2.")
    result = answer(body)
    assert result.killed == 3
    assert result.airstrike is True
    assert str(result.start_date) == "2011-06-14"


def test_a_standing_strikes_toll_is_not_dated_by_an_attack_its_dead_were_blamed_for() -> None:
    body = ("Coalition aircraft struck insurgents in Pashtun Zarghun district, Herat province, "
            "killing four. The four insurgents killed were responsible for an attack on a police "
            "checkpoint on June 2.")
    result = answer(body)
    assert result.killed == 4
    assert result.airstrike is True


# (review of rules155) "The coalition" names the striker only where it opens its clause, not as
# the object of the other side's verb; so told, it may hit as well as strike, as "coalition
# troops" strike as "coalition forces" do.
def test_insurgents_fighting_the_coalition_made_no_air_strike() -> None:
    body = ("Insurgents fighting the coalition struck a police post in Nad Ali district, Helmand "
            "province, today, killing two policemen.")
    assert answer(body).airstrike is False


def test_a_cell_responsible_for_attacks_on_the_coalition_made_no_air_strike() -> None:
    body = ("A Taliban cell responsible for attacks on the coalition struck an Afghan police "
            "patrol with a roadside bomb in Nad Ali district, Helmand province, today, killing "
            "two policemen.")
    assert answer(body).airstrike is False


def test_a_bomber_trying_to_reach_the_coalition_made_no_air_strike() -> None:
    body = ("A suicide bomber who was trying to reach the coalition struck a crowded market in "
            "Nad Ali district, Helmand province, today, killing two civilians.")
    assert answer(body).airstrike is False


def test_the_coalition_hit_a_vehicle_is_an_air_strike() -> None:
    body = ("The coalition hit a vehicle carrying two insurgents in Gelan district, Ghazni "
            "province, today, killing both.")
    assert answer(body).airstrike is True


def test_coalition_troops_struck_a_vehicle_is_an_air_strike() -> None:
    body = ("Coalition troops struck a vehicle carrying two insurgents in Gelan district, Ghazni "
            "province, today, killing both.")
    assert answer(body).airstrike is True


# (review of rules155) The same strike told again names a ground weapon as its means only by a
# verb of use, in either order ("The strike was carried out with ...", "Marines used ... for
# the strike"), never the other side's weapon the strike answered.
_PRECISION_LEDE = ("Coalition forces killed two insurgent commanders with a precision strike in "
                   "Musa Qal'ah district, Helmand province, today.")


def test_a_strike_that_followed_an_attack_by_insurgent_mortars_stays_an_air_strike() -> None:
    body = (_PRECISION_LEDE + "\n\nThe strike followed an attack by insurgent mortars on a "
            "nearby patrol base.")
    result = answer(body)
    assert result.killed == 2
    assert result.airstrike is True


def test_a_strike_after_fire_from_insurgent_mortars_stays_an_air_strike() -> None:
    body = (_PRECISION_LEDE + "\n\nThe strike came after fire from insurgent mortars hit a "
            "nearby patrol base.")
    assert answer(body).airstrike is True


def test_marines_who_used_a_rocket_system_for_the_strike_made_ground_fire() -> None:
    body = (_PRECISION_LEDE + "\n\nMarines used a High Mobility Artillery Rocket System for the "
            "strike.")
    assert answer(body).airstrike is False


# (review of rules155) A relative clause on the target tells its own weapon only when it tells
# what the target was doing; what was done to it is the striker's.
def test_insurgents_who_were_then_engaged_by_coalition_artillery_is_ground_fire() -> None:
    body = ("The coalition carried out a strike against insurgents in Sherzad district, "
            "Nangarhar province, today, killing three insurgents who were then engaged by "
            "coalition artillery.")
    result = answer(body)
    assert result.killed == 3
    assert result.airstrike is False


# (review of rules155) Only a verb that may deliver a load ("dropped", "fired") makes an
# aircraft's object a load; "engaged" makes it the target, as "destroyed" does.
def test_aircraft_that_engaged_an_ammunition_store_struck() -> None:
    body = ("Coalition aircraft engaged an insurgent ammunition store in Shah Joy district, Zabul "
            "province, today. Secondary explosions continued for about 20 minutes after the "
            "strike. No one was hurt.")
    assert answer(body).airstrike is True


# (review of rules155) A review told as a noun, and a finding told in the passive, refute the
# claim as "has reviewed claims ... no air strike took place" does.
_REVIEW_MIDDLE = ("\nA coalition patrol was attacked in the district and returned fire with "
                  "rifles, killing two insurgents. The patrol then searched the area.\n")
_REVIEWED_CLAIM = ("claims made by villagers that a coalition air strike killed six civilians in "
                   "Khak-e Safed district, Farah province, on Sunday")


def test_a_review_told_as_a_noun_whose_finding_is_no_strike_is_no_air_strike() -> None:
    body = ("An ISAF review of " + _REVIEWED_CLAIM + " is complete." + _REVIEW_MIDDLE
            + "\"Our review found no coalition air strike took place,\" said an ISAF spokesman.")
    assert answer(body).airstrike is False


def test_an_inquiry_into_claims_whose_finding_is_no_strike_is_no_air_strike() -> None:
    body = ("ISAF has completed an inquiry into " + _REVIEWED_CLAIM + "." + _REVIEW_MIDDLE
            + "\"Our inquiry found no coalition air strike took place,\" said an ISAF "
            "spokesman.")
    assert answer(body).airstrike is False


def test_a_finding_that_no_strike_was_carried_out_is_no_air_strike() -> None:
    body = ("ISAF has reviewed " + _REVIEWED_CLAIM + "." + _REVIEW_MIDDLE
            + "\"Our review found no coalition air strikes were conducted in the area that "
            "day,\" said an ISAF spokesman.")
    assert answer(body).airstrike is False


def test_a_review_told_as_a_noun_with_no_such_finding_keeps_the_strike() -> None:
    body = ("An ISAF review of " + _REVIEWED_CLAIM + " is complete.\nThe strike killed two "
            "insurgents who were firing on a patrol. The patrol then searched the area.")
    assert answer(body).airstrike is True


# (review of rules155) A habit word set before the participle of its noun ("a frequently used
# road") tells of the thing, as one after it does.
def test_a_frequently_used_road_keeps_the_strike() -> None:
    body = ("In Maiwand district, Kandahar province, yesterday, a coalition aircraft conducted "
            "a precision air strike against three insurgents burying a bomb on a frequently "
            "used road. All three insurgents were killed.")
    result = answer(body)
    assert result.killed == 3
    assert result.airstrike is True
