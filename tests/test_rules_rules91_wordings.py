"""Wordings the misses of the fresh open sets blind96-103 showed in strikes the release says
were never made, strikes of its own side told by no means, and old strikes it confirms (issue
14): each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A strike told only in another party's words, in a release that says its side made no strike
# from the air, is the strike never made: whoever tells it ("officials told journalists that",
# "reports from district officials that") and however the release says none was made ("ISAF
# conducted no air strikes", "No fixed-wing aircraft dropped any munitions").
def test_officials_telling_journalists_of_a_strike_never_made_tell_no_strike() -> None:
    body = ("ISAF conducted no air strikes in Herat province this week. Claims that a coalition "
            "air strike killed four civilians in Shindand district on Monday are false.\n\n"
            "Local elders told reporters that a coalition air strike had killed four civilians "
            "near their village.")
    assert answer(body).airstrike is False


def test_reports_from_officials_of_a_strike_never_made_tell_no_strike() -> None:
    body = ("ISAF has received reports from district officials that a coalition air strike "
            "killed six civilians in Khogyani district, Nangarhar province, yesterday.\n\nISAF "
            "conducted no air strikes in Nangarhar province yesterday. An Afghan and coalition "
            "patrol was attacked in Khogyani district and returned fire, killing three "
            "insurgents.")
    assert answer(body).airstrike is False


NO_FIXED_WING = ("Claims that a coalition air strike killed civilians in Spera district, Khost "
                 "province, on Sunday are false, ISAF said today.\n\nOn Sunday, an Afghan and "
                 "coalition patrol was attacked by insurgents with rifles near the village of "
                 "Tani. The patrol returned fire and called an air weapons team to support it. The "
                 "helicopters engaged insurgents who were firing from a ridgeline. Four insurgents "
                 "were killed in the engagement.\n\nA Taliban spokesman later told reporters "
                 "that a coalition air strike had killed seven civilians at a funeral near Tani."
                 "{denial}")


def test_a_spokesman_telling_of_a_strike_no_aircraft_dropped_tells_no_strike() -> None:
    denial = ("\n\n\"No fixed-wing aircraft dropped any munitions in Spera on Sunday,\" said "
              "an ISAF spokesman.")
    assert answer(NO_FIXED_WING.format(denial=denial)).airstrike is False


def test_a_spokesman_telling_of_a_strike_no_aircraft_denies_keeps_it() -> None:
    assert answer(NO_FIXED_WING.format(denial="")).airstrike is True


def test_a_party_telling_of_a_strike_the_release_never_denies_is_a_strike() -> None:
    body = ("District officials said that a coalition air strike killed three insurgents in "
            "Shindand district, Herat province, yesterday. ISAF confirmed the strike.")
    assert answer(body).airstrike is True


def test_the_release_telling_its_own_strike_beside_one_never_made_is_a_strike() -> None:
    body = ("ISAF conducted no air strikes in Kunar province yesterday.\n\nIn Nawa district, "
            "Helmand province, ISAF officials said that a precision air strike killed two "
            "insurgents who were planting a roadside bomb.")
    assert answer(body).airstrike is True


# A ground weapon named as what the strike's target carried or handled is the target's, not the
# striker's means: a strike the releasing side made with no means named still comes from the air.
def test_weapons_the_target_loaded_are_no_ground_fire_of_the_strike() -> None:
    body = ("ISAF said it struck a truck in Zurmat district, Paktiya province, yesterday after "
            "two insurgents were seen loading mortars into it. Both insurgents were killed.")
    assert answer(body).airstrike is True


def test_a_strike_made_with_rockets_is_ground_fire() -> None:
    body = ("ISAF said it struck an insurgent firing position with rockets in Zurmat district, "
            "Paktiya province, yesterday. Both insurgents were killed.")
    assert answer(body).airstrike is False


# The striker's own verb before its means is no handling by the target: "carried out a strike
# using" HIMARS, "moved rockets into range", made by the releasing side's forces on the ground.
def test_a_strike_carried_out_with_rocket_artillery_is_ground_fire() -> None:
    body = ("An Afghan and coalition security force carried out a strike using a High Mobility "
            "Artillery Rocket System against insurgents in Nad-e Ali district, Helmand province, "
            "yesterday, killing four insurgents.")
    assert answer(body).airstrike is False


def test_rockets_the_striker_moved_into_range_are_ground_fire() -> None:
    body = ("ISAF said it struck insurgents in Zurmat district, Paktiya province, yesterday "
            "after coalition forces moved rockets into range. Both insurgents were killed.")
    assert answer(body).airstrike is False


def test_weapons_a_truck_carried_are_no_ground_fire_of_the_strike() -> None:
    body = ("ISAF said it struck a truck carrying mortars in Zurmat district, Paktiya province, "
            "yesterday. Both insurgents were killed.")
    assert answer(body).airstrike is True


def test_weapons_the_target_moved_are_no_ground_fire_of_the_strike() -> None:
    body = ("ISAF said it struck a truck in Zurmat district, Paktiya province, yesterday after "
            "insurgents had moved rockets into it. Both insurgents were killed.")
    assert answer(body).airstrike is True


def test_weapons_a_truck_was_loaded_with_are_no_ground_fire_of_the_strike() -> None:
    body = ("ISAF said it struck a truck loaded with rockets in Zurmat district, Paktiya "
            "province, yesterday. Both insurgents were killed.")
    assert answer(body).airstrike is True


# A strike and its toll dated by a span reaching back before the week ("earlier this month")
# are history when a later clause gives the dead's day before the week, though the evidence
# quotes the restatement without it ("he died in the strike on June 2").
OLD_STRIKE = ("ISAF confirmed today that Mullah Rahim Jan, a Taliban commander, was killed in a "
              "coalition air strike in Nad Ali district, Helmand province, earlier this month."
              "\n\nIntelligence reporting in recent days confirmed that Rahim Jan died in the "
              "strike on June {day}, along with two of his bodyguards.")


def test_a_death_confirmed_of_an_old_strike_by_its_day_is_history() -> None:
    result = answer(OLD_STRIKE.format(day=2))
    assert (result.killed, result.airstrike) == (0, False)


def test_a_death_confirmed_of_a_strike_of_the_week_is_reported() -> None:
    result = answer(OLD_STRIKE.format(day=12))
    assert (result.killed, result.airstrike) == (3, True)
