"""Air-strike wordings written for issue 14's probe batches (session rules27), through the
rules and the ISAF reduction.

Every body here was written for these tests in the style of ISAF press releases of 2009-2013
(none is copied from ``evals/external/isaf``, the blind sets or the gold set). Each group pairs
the wording a rule was added for with guards that must keep their answer: fire the ISAF coding
does not call an air strike (helicopters, artillery, rockets from the ground) and strikes from
fixed-wing aircraft or drones that it does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.isaf_probes import answer, read

# -- a missile a helicopter fires is support fire, one a drone or jet fires is a strike -------

@pytest.mark.parametrize("body", [
    "Two AH-64 Apache helicopters engaged an insurgent firing position with 30mm cannon fire "
    "and Hellfire missiles in Sangin district, Helmand province, yesterday, killing three "
    "insurgents.",
    "An Apache fired a Hellfire missile at insurgents ambushing a patrol in Nad-e Ali "
    "district, Helmand province, yesterday, killing two.",
    "The patrol called for support and a Kiowa Warrior helicopter fired two missiles at the "
    "insurgents in Zharay district, Kandahar province, killing both.",
])
def test_a_helicopters_missile_is_support_fire(body: str) -> None:
    assert answer(body).airstrike is False


@pytest.mark.parametrize("body", [
    "A coalition MQ-9 Reaper fired a Hellfire missile at two insurgents in Nad-e Ali "
    "district, Helmand province, yesterday, killing both.",
    "A Royal Air Force Tornado fired a Brimstone missile at a motorcycle carrying two "
    "insurgents in Musa Qala district, Helmand province, yesterday.",
    "Apache helicopters escorted the convoy through Sangin district, Helmand province, "
    "yesterday. Later an unmanned aircraft fired a missile at two insurgents planting a "
    "roadside bomb, killing both.",
])
def test_a_drones_or_jets_missile_stays_a_strike(body: str) -> None:
    assert answer(body).airstrike is True


# -- precision munitions against a rocket team; aircraft that back a force and strike ---------

@pytest.mark.parametrize("body", [
    # a rocket team, a rocket launcher is the target, not the weapon that fired
    "ISAF employed a precision munition against a vehicle carrying an insurgent rocket team in "
    "Bak district, Khost province, yesterday, killing three insurgents.",
    "The security force engaged a rocket launcher with a precision munition in Sabari "
    "district, Khost province, yesterday.",
    # a force "assisted by" aircraft that themselves struck: the relative clause is theirs
    "Afghan commandos, assisted by coalition aircraft that struck a fighting position on the "
    "ridge, killed five insurgents in Waygal district, Nuristan province, yesterday.",
    "The patrol, supported by a coalition jet which dropped a bomb on the compound, killed "
    "four insurgents in Nawa district, Helmand province, yesterday.",
])
def test_strikes_in_a_target_or_a_relative_clause(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "The force fired precision munitions from a rocket launcher at the insurgents in Marjah, "
    "Helmand province, yesterday, killing two.",
    "Afghan commandos, supported by coalition aircraft, killed five insurgents in Waygal "
    "district, Nuristan province, yesterday.",
    "Afghan soldiers, backed by coalition aircraft that watched the valley, killed two "
    "insurgents in Waygal district, Nuristan province, yesterday.",
])
def test_ground_rockets_and_aircraft_that_back_a_force_stay_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- an aircraft "used to engage"; a jet or bomber striking beside the air weapons team; a
# claim refuted before it is told ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Coalition forces used a remotely piloted aircraft to engage an insurgent who was firing "
    "on a checkpoint in Arghandab district, Kandahar province, yesterday.",
    "The security force employed coalition aircraft to strike the insurgents' firing position "
    "in Chak district, Wardak province, yesterday, killing three.",
    "An air weapons team engaged insurgents who attacked a patrol in Zharay district, Kandahar "
    "province, yesterday. When the insurgents took cover in a compound, a B-1 bomber struck "
    "the building.",
    "An air weapons team engaged the insurgents in Sangin district, Helmand province, "
    "yesterday, and two F-16s then bombed the tree line they fled into.",
])
def test_aircraft_used_to_strike_and_jets_beside_helicopters(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "ISAF has no record of a drone strike in Sar Hawzah district, Paktika province, where a "
    "Taliban spokesman claimed yesterday that an unmanned aircraft killed nine civilians.",
    "ISAF has no record of any air strike in Gulistan district, Farah province, where "
    "villagers alleged that coalition jets bombed a house on Monday.",
    # aircraft used to watch, an air weapons team alone
    "Coalition forces used a remotely piloted aircraft to track the insurgents to a compound "
    "in Arghandab district, Kandahar province, yesterday.",
    "An air weapons team engaged insurgents who attacked a patrol in Zharay district, Kandahar "
    "province, yesterday, and struck the compound they fled into.",
])
def test_refuted_claims_watching_aircraft_and_helicopters_stay_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- an air-launched weapon named by its type ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "After the facilitator fled the compound on a motorcycle in Pul-e Alam district, Logar "
    "province, yesterday, the force engaged him with an air-launched Hellfire.",
    "The security force engaged the firing point with an air-delivered Paveway in Nahr-e "
    "Saraj district, Helmand province, yesterday, killing two insurgents.",
])
def test_an_air_launched_weapon_by_type_is_a_strike(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "An Apache engaged the insurgents with a Hellfire in Nahr-e Saraj district, Helmand "
    "province, yesterday, killing two.",
    "Coalition aircraft dropped leaflets and air-delivered supplies over Nahr-e Saraj "
    "district, Helmand province, yesterday.",
])
def test_a_helicopters_hellfire_and_air_dropped_supplies_are_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- bombs told dropped in the passive beside close air support -------------------------------

@pytest.mark.parametrize("body", [
    "The patrol fought back with close air support, including two 500-pound bombs dropped on "
    "a compound the insurgents were using in Zharay district, Kandahar province, yesterday.",
    "The patrol called in close air support in Sangin district, Helmand province, yesterday; "
    "precision-guided munitions were dropped on the firing point.",
])
def test_bombs_dropped_beside_close_air_support_are_a_strike(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "The patrol fought back with close air support in Zharay district, Kandahar province, "
    "yesterday, and leaflets were dropped on the village the next morning.",
    "The patrol called in close air support in Sangin district, Helmand province, yesterday, "
    "killing two insurgents.",
])
def test_close_air_support_without_bombs_stays_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- what aircraft drop that is not fire, listed ---------------------------------------------

@pytest.mark.parametrize("body", [
    "ISAF aircraft dropped blankets and food to villages cut off by snow in Badakhshan "
    "province today.",
    "A coalition aircraft dropped ammunition and water to the patrol in Barge Matal district, "
    "Nuristan province, yesterday.",
    "Coalition planes dropped tents, rations and medical supplies over Kunar province today.",
])
def test_aircraft_dropping_relief_is_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


@pytest.mark.parametrize("body", [
    "ISAF aircraft dropped two bombs on insurgents attacking a checkpoint in Badakhshan "
    "province today.",
    "A coalition aircraft dropped a bomb and then fired on the insurgents in Barge Matal "
    "district, Nuristan province, yesterday.",
])
def test_aircraft_dropping_bombs_stays_a_strike(body: str) -> None:
    assert answer(body).airstrike is True


# -- a weight-class bomb as the agent or means, no aircraft named -----------------------------

@pytest.mark.parametrize("body", [
    "The insurgents' machine-gun position in Baraki Barak district, Logar province, was "
    "destroyed by a 500-pound bomb today after they fired on a police checkpoint.",
    "Two insurgents were killed by a 2,000-pound guided bomb in Chak district, Wardak "
    "province, yesterday.",
    "The force struck the compound with two 500-lb bombs in Nawa district, Helmand province, "
    "yesterday, killing three insurgents.",
])
def test_a_weight_class_bomb_is_a_strike(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "Three Afghan soldiers were killed by a 500-pound roadside bomb in Chak district, Wardak "
    "province, yesterday.",
    "Two police officers were killed by a 500-pound bomb hidden in a culvert in Baraki Barak "
    "district, Logar province, today.",
    "Afghan police found a 500-pound bomb buried under a road in Nawa district, Helmand "
    "province, yesterday.",
])
def test_a_weight_class_ied_is_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- "air power" that strikes; aircraft destroyed on the ground ------------------------------

@pytest.mark.parametrize("body", [
    "Coalition air power destroyed three insurgent fighting positions in Bakwa district, Farah "
    "province, yesterday, after insurgents attacked an Afghan army convoy.",
    "ISAF airpower struck insurgents massing near a checkpoint in Gizab district, Uruzgan "
    "province, yesterday, killing six.",
])
def test_air_power_that_strikes_is_a_strike(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "Insurgents attacked the airfield at Camp Bastion, Helmand province, last night, destroying "
    "six Harrier jets and killing two U.S. Marines.",
    "Insurgent rockets hit the airfield in Kandahar province yesterday, damaging two coalition "
    "aircraft and wounding a contractor.",
    "The commander of ISAF has limited the use of air power near villages in Helmand province.",
])
def test_aircraft_hit_on_the_ground_and_air_power_policy_are_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- the releasing side's strike said with the day between; strikes it says it did not make --

@pytest.mark.parametrize("body", [
    "ISAF said today that it struck a vehicle carrying insurgents in Khash Rod district, "
    "Nimroz province, on Tuesday, killing the driver and two passengers.",
    "ISAF announced yesterday that it had struck a compound used by a Taliban cell in Gelan "
    "district, Ghazni province.",
])
def test_own_strike_said_with_the_day_between(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "Five civilians in Mohammad Agha district, Logar province, died on Monday when an "
    "insurgent bomb went off under their tractor. Some local officials had blamed a coalition "
    "air strike for the deaths. ISAF conducted no air strike in Logar province on Monday.",
    "ISAF today rejected a Taliban claim, posted online, that a coalition air strike killed "
    "15 civilians in Bakwa district, Farah province. ISAF aircraft conducted no air strikes "
    "in the province this week.",
    "Coalition aircraft fired no weapons during the operation in Bakwa district, Farah "
    "province, yesterday.",
    "ISAF said today that it struck a deal with elders in Khash Rod district, Nimroz province.",
])
def test_strikes_said_not_made_and_deals_struck_are_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- a strike told "earlier this month" and then by its day, before the week -----------------

def test_a_strike_earlier_this_month_told_by_an_older_day_is_history() -> None:
    text = ("KABUL, Afghanistan (June 24, 2011) – ISAF confirmed today that Mullah Karim, a "
            "Taliban leader in Zharay district, Kandahar province, was killed in a coalition "
            "air strike earlier this month. Karim was killed June 8 when aircraft struck his "
            "compound near Sangsar.")
    assert read(text, dt.date(2011, 6, 24))[0].airstrike is False


@pytest.mark.parametrize("day", ["June 21", "Tuesday"])
def test_a_strike_earlier_this_month_told_by_a_day_of_the_week_stays(day: str) -> None:
    text = ("KABUL, Afghanistan (June 24, 2011) – ISAF confirmed today that Mullah Karim, a "
            "Taliban leader in Zharay district, Kandahar province, was killed in a coalition "
            f"air strike earlier this month. Karim was killed {day} when aircraft struck his "
            "compound near Sangsar.")
    assert read(text, dt.date(2011, 6, 24))[0].airstrike is True


# -- the aircraft in a relative clause whose object comes before it ---------------------------

@pytest.mark.parametrize("body", [
    "Afghan Air Force Mi-17 crews flew 200 soldiers into Waygal district, Nuristan province, "
    "this week, in what commanders called the largest lift the young air force has carried "
    "out.",
    "It was the longest resupply mission the coalition aircraft had conducted in Nuristan "
    "province this year, a spokesman said.",
])
def test_a_lift_the_air_force_carried_out_is_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


@pytest.mark.parametrize("body", [
    "Two insurgents were killed in Sangin district, Helmand province, in a strike the "
    "coalition aircraft carried out yesterday.",
    "The strike that coalition aircraft launched on Monday killed two insurgents in Sangin "
    "district, Helmand province.",
])
def test_a_strike_the_aircraft_carried_out_stays(body: str) -> None:
    assert answer(body).airstrike is True


# -- the target's planned attacks are not the strike the release reports ---------------------

@pytest.mark.parametrize("body", [
    "Coalition forces struck a vehicle carrying a Haqqani leader in Barmal district, Paktika "
    "province, yesterday. The leader commanded fighters along the border and organised rocket "
    "attacks on a coalition base. The strike killed him and two associates.",
    "ISAF forces struck a compound in Zurmat district, Paktiya province, yesterday. The "
    "commander inside had planned mortar attacks on Afghan police posts. The strike killed "
    "him.",
])
def test_the_targets_planned_rocket_attacks_leave_the_strike_from_the_air(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "An Afghan and coalition force detained a Haqqani leader in Barmal district, Paktika "
    "province, yesterday. The leader organised rocket attacks on a coalition base.",
    "Insurgents fired rockets at a coalition base in Barmal district, Paktika province, "
    "yesterday. No one was hurt.",
])
def test_rocket_attacks_alone_stay_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- a strike the releasing force requested, not said refused ---------------------------------

@pytest.mark.parametrize("body", [
    "Insurgents fired on the security force from a compound in Baraki Barak district, Logar "
    "province, yesterday. The force returned fire and requested an air strike on the building. "
    "The force assessed that the insurgents inside were killed.",
    "The patrol requested a precision strike on the firing point in Sangin district, Helmand "
    "province, yesterday, and the attack stopped.",
])
def test_a_strike_the_force_requested_is_one_it_made(body: str) -> None:
    assert answer(body).airstrike is True


@pytest.mark.parametrize("body", [
    "The force requested an air strike on the compound in Chak district, Wardak province, "
    "yesterday, but the request was denied because children were seen nearby.",
    "The patrol requested an air strike in Sangin district, Helmand province, yesterday. The "
    "request was refused because civilians were in the area.",
    "The patrol requested an air strike in Sangin district, Helmand province, yesterday, but "
    "no aircraft were available.",
    "Elders requested an end to air strikes in Sangin district, Helmand province, yesterday.",
])
def test_a_requested_strike_refused_is_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


# -- a practice or inert bomb is no strike ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "A coalition aircraft accidentally dropped a practice bomb in an empty field near Bagram "
    "Airfield, Parwan province, today. No one was hurt.",
    "A coalition jet dropped an inert training munition on a range in Helmand province "
    "yesterday.",
])
def test_a_practice_bomb_is_no_strike(body: str) -> None:
    assert answer(body).airstrike is False


def test_a_live_bomb_dropped_in_a_field_stays_a_strike() -> None:
    assert answer("A coalition aircraft dropped a bomb in a field where insurgents were "
                  "massing in Nawa district, Helmand province, today.").airstrike is True


# -- a party's toll of a strike the release says it did not make ------------------------------

@pytest.mark.parametrize("body", [
    "A Taliban spokesman claimed today that a coalition air strike killed 15 civilians in "
    "Bakwa district, Farah province. ISAF aircraft conducted no air strikes in the province "
    "this week.",
    "Local officials said a coalition air strike killed 15 civilians in Bakwa district, Farah "
    "province. ISAF conducted no air strike in the district on Monday.",
])
def test_a_toll_of_a_strike_not_made_is_not_counted(body: str) -> None:
    got = answer(body)
    assert (got.killed, got.airstrike) == (0, False)


def test_a_toll_beside_a_strike_made_elsewhere_still_counts() -> None:
    got = answer("Local officials said a coalition air strike killed 15 insurgents in Bakwa "
                 "district, Farah province, on Monday. ISAF said its aircraft struck a "
                 "compound there that day.")
    assert got.killed == 15
