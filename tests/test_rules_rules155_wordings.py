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
