"""Wordings the long releases of blind39 showed the rules misread (history a long release
recalls, tolls told twice by two voices, strikes a helicopter crew or a rocket system made).
Each probe is written anew in the releases' style (dateline June 14, 2011, a Tuesday), with
negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import PUBLISHED, answer, read


def test_a_span_set_off_by_its_day_is_that_day() -> None:
    # "earlier this month, on June 2": June 2 is before the week, so the toll is history
    body = ("Afghan police detained a Taliban financier in Almar district, Faryab province, "
            "on Sunday. His brother was killed earlier this month, on June 2, when he fired "
            "on a police patrol in the same district.")
    got = answer(body)
    assert got.killed == 0
    assert str(got.start_date) == "2011-06-12"
    # a day within the week so set off is the toll's own
    body = ("Afghan police detained a Taliban financier in Almar district, Faryab province, "
            "on Sunday. His brother was killed earlier this week, on Monday, when he fired "
            "on a police patrol in the same district.")
    assert answer(body).killed == 1


def test_a_units_tour_so_far_is_a_running_total() -> None:
    body = ("Marines and Afghan soldiers detained two suspected bomb makers in Now Zad "
            "district, Helmand province, on Sunday. Since arriving in Now Zad in the spring, "
            "the battalion and its Afghan partners have killed 38 insurgents.")
    assert answer(body).killed == 0
    body = ("Marines detained two suspected bomb makers in Now Zad district, Helmand province, "
            "on Sunday. Since their deployment, the Marines have killed 38 insurgents.")
    assert answer(body).killed == 0
    # a toll of the day after a unit arrived in the area is the day's
    body = ("Marines arriving in Now Zad district, Helmand province, on Sunday were attacked "
            "and killed three insurgents.")
    assert answer(body).killed == 3
    # the release's own toll its unit's report repeats is one toll
    body = ("Soldiers killed several insurgents during a clash in Chora district, Uruzgan "
            "province, on Sunday. Several insurgents were killed, according to the patrol's "
            "assessment.")
    assert answer(body).killed == 3


def test_a_toll_of_an_operations_first_weeks_is_history() -> None:
    body = ("Afghan soldiers found a cache in Marjah district, Helmand province, on Sunday. "
            "Since Operation Moshtarak began, the force has cleared hundreds of bombs. The "
            "operation has also killed dozens of insurgents, most of them in the first weeks "
            "of fighting.")
    assert answer(body).killed == 0
    body = ("Afghan soldiers killed four insurgents in the first hours of a clearing "
            "operation in Marjah district, Helmand province, on Sunday.")
    assert answer(body).killed == 4


def test_a_body_found_among_the_dead_is_one_of_them() -> None:
    body = ("A Taliban commander and nearly a dozen of his fighters were killed Sunday when "
            "they attacked "
            "an Afghan and coalition patrol in Kajaki district, Helmand province. Soldiers "
            "found the body of Mullah Ghafoor among the dead.")
    assert answer(body).killed == 13
    # a body found with no toll told before is a death of its own
    body = ("An Afghan and coalition patrol found the body of a Taliban commander in Kajaki "
            "district, Helmand province, on Sunday after a firefight.")
    assert answer(body).killed == 1


def test_a_helicopter_crews_missile_after_a_long_clause_is_support_fire() -> None:
    body = ("An ISAF AH-64 Apache helicopter engaged two insurgents emplacing a roadside bomb "
            "in Maiwand district, Kandahar province, on Sunday, killing both. The crew confirmed "
            "with the ground force's commander that no Afghan or coalition troops were in the "
            "area, then engaged the men with a Hellfire missile.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 2
    # a jet's crew that fires a missile made a strike proper
    body = ("A coalition F-16 struck two insurgents emplacing a roadside bomb in Maiwand "
            "district, Kandahar province, on Sunday. The crew confirmed with the ground force's "
            "commander that no Afghan or coalition troops were in the area, then fired a "
            "missile, killing both.")
    assert answer(body).airstrike is True


def test_a_precision_strike_by_a_rocket_system_is_no_air_strike() -> None:
    body = ("Afghan and coalition forces saw three insurgents carrying a rocket toward a "
            "position in Panjwai district, Kandahar province, on Sunday night. The coalition "
            "carried out a precision strike with a High Mobility Artillery Rocket System, "
            "killing all three.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 3
    body = ("Afghan and coalition forces saw three insurgents carrying a rocket in Panjwai "
            "district, Kandahar province, on Sunday night. A GMLRS precision strike killed "
            "all three.")
    assert answer(body).airstrike is False
    # a precision strike with no ground weapon named is a strike from the air
    body = ("Afghan and coalition forces saw three insurgents carrying a rocket in Panjwai "
            "district, Kandahar province, on Sunday night. The coalition carried out a "
            "precision strike, killing all three.")
    assert answer(body).airstrike is True


def test_a_strike_a_month_before_the_find_is_history() -> None:
    body = ("Afghan soldiers and ISAF troops found a cache of rockets in caves in Shinkay "
            "district, Zabul province, on Sunday. The find comes a month after coalition "
            "aircraft destroyed a smaller cache elsewhere in the district.")
    assert answer(body).airstrike is False
    # coalition aircraft that destroyed a cache in the week are a strike of the release
    body = ("Coalition aircraft destroyed a cache of rockets in caves in Shinkay district, "
            "Zabul province, on Sunday.")
    assert answer(body).airstrike is True


def test_one_toll_told_by_two_voices_is_counted_once() -> None:
    text = ("Marines Repel Attack on Nawa Patrol Bases\n\nCAMP LEATHERNECK, Afghanistan (June 14, "
            "2011) - U.S. Marines and Afghan soldiers in the Nawa district of Helmand province "
            "repelled an insurgent attack on Sunday that left up to 12 insurgents dead, Marine "
            "officials said.\n\nThe attack began at dawn, when insurgents fired on two patrol "
            "bases with machine guns and mortars.\n\nTwo Marines were wounded. Up to 12 "
            "insurgents were killed, according to the battalion's assessment.")
    assert read(text, PUBLISHED)[0].killed == 12
    # two tolls of two engagements, each told by its own voice, add up
    text = ("Marines Repel Attacks in Nawa\n\nCAMP LEATHERNECK, Afghanistan (June 14, 2011) - "
            "U.S. Marines in the Nawa district of Helmand province repelled an insurgent attack "
            "on Sunday that left four insurgents dead, Marine officials said.\n\nOn Monday, "
            "a second attack on a patrol base in Garmsir district left two insurgents dead, "
            "according to the battalion's assessment.")
    assert read(text, PUBLISHED)[0].killed == 6


def test_an_updates_lede_strike_is_not_its_rows_beside_the_paragraphs_support_fire() -> None:
    text = ("Aug. 20: ISAF Joint Command Evening Operational Update\nISAF Joint Command - "
            "Afghanistan\n\nKABUL, Afghanistan (Aug. 20, 2010) - Afghan and coalition forces "
            "killed more than a dozen insurgents, including several killed in a precision air "
            "strike in Kunar province, during operations throughout Afghanistan in the past 24 "
            "hours.\n\nIn Helmand province Thursday, a combined force searched a compound in Nad "
            "Ali district. Insurgents fired on it from a tree line, and an air weapons team "
            "supporting the force engaged them, killing two insurgents.")
    got = read(text, None)[0]
    assert got.airstrike is False
    assert got.killed == 2
    # ... but the row's own paragraph telling a strike proper is the row's strike
    text = text.replace("an air weapons team supporting the force engaged them",
                        "a coalition aircraft dropped a guided bomb on them")
    assert read(text, None)[0].airstrike is True


def test_killers_named_by_their_deed_are_no_new_toll() -> None:
    body = ("A civilian employee of ISAF was killed Sunday when a roadside bomb struck his "
            "vehicle in Nijrab district, Kapisa province. Police detained two suspects on "
            "Monday. \"The people who killed him attacked Nijrab's children as much as us,\" "
            "said a spokesman.")
    assert answer(body).killed == 0
    # killers who killed someone named anew are a toll
    body = ("Police in Nijrab district, Kapisa province, detained on Monday the men who killed "
            "two shopkeepers on Sunday.")
    assert answer(body).killed == 2


def test_a_toll_months_before_the_strike_is_history() -> None:
    body = ("A coalition aircraft struck two insurgents emplacing a roadside bomb in Zhari "
            "district, Kandahar province, on Sunday, killing both. The strike comes two months "
            "after a similar strike killed three insurgents on the same road.")
    assert answer(body).killed == 2
    # a second strike the same day is the release's too
    body = ("A coalition aircraft struck two insurgents emplacing a roadside bomb in Zhari "
            "district, Kandahar province, on Sunday, killing both. An hour after the strike, "
            "a second strike killed three insurgents on the same road.")
    assert answer(body).killed == 5


def test_a_units_own_report_is_the_releases_voice() -> None:
    text = ("Insurgents Killed in Two Engagements in Paktika\n\nBAGRAM AIRFIELD, Afghanistan "
            "(June 14, 2011) - Afghan and coalition forces killed five insurgents in two "
            "engagements in Paktika province on Sunday and Monday, officials said.\n\nOn "
            "Sunday, a patrol in the Barmal district killed three insurgents who ambushed it. On "
            "Monday, soldiers at a combat outpost in Gomal district killed two insurgents who "
            "fired rockets at the outpost, according to the unit's report.")
    assert read(text, PUBLISHED)[0].killed == 5
    # another party's figure beside the release's own count is still not added
    body = ("A patrol in Barmal district, Paktika province, killed three insurgents who "
            "ambushed it on Sunday. Six insurgents were killed, according to the district "
            "governor.")
    assert answer(body).killed == 3
    # the release's own toll its unit's report repeats is one toll
    body = ("Soldiers killed several insurgents during a clash in Chora district, Uruzgan "
            "province, on Sunday. Several insurgents were killed, according to the patrol's "
            "assessment.")
    assert answer(body).killed == 3


def test_a_toll_a_week_before_the_strike_is_history() -> None:
    body = ("A coalition remotely piloted aircraft struck three insurgents planting a bomb in "
            "Nad-e Ali district, Helmand province, on Sunday, killing all three. A week "
            "earlier, a bomb planted on the same road killed a farmer and his son.")
    assert answer(body).killed == 3
    # a toll two days before the strike is still in the release's week
    body = ("A coalition remotely piloted aircraft struck three insurgents planting a bomb in "
            "Nad-e Ali district, Helmand province, on Sunday, killing all three. Two days "
            "earlier, Marines on the same road killed two insurgents who fired on them.")
    assert answer(body).killed == 5


def test_two_tolls_of_one_voice_stay_two() -> None:
    body = ("Coalition forces killed a Taliban sub-commander in Nad-e Ali district, Helmand "
            "province, Sunday and another Taliban leader Monday, officials said.")
    assert answer(body).killed == 2
