"""Wordings the blind19 set (``evals/isaf_blind/blind19.jsonl``, RC(South) Kandahar 2010-2011
style) showed the rules misread. Each probe is written anew in the releases' style, not copied
from that set, with negatives against the reading going too far."""

from __future__ import annotations

import datetime as dt

from llmextract.rules.text import layout
from tests.isaf_probes import DATELINE, answer, read


def test_a_release_number_after_the_last_sentence_leaves_the_sentence_a_sentence() -> None:
    # the release's tag printed on the line of its last sentence does not make that line a
    # heading (a heading carries no toll)
    body = ("Insurgents attacked the Zharey district centre, Kandahar province, early Monday. "
            "One policeman was wounded.\n\nAccording to the district police chief, five "
            "insurgents were killed. ISAF Joint Command 2011-06-S-041")
    assert answer(body).killed == 5
    assert answer(body.replace(". ISAF Joint Command 2011-06-S-041", ".")).killed == 5
    # a title that merely ends in a release number (no sentence before it) stays a heading
    text = "Police Repel Attack in Zharey 2011-06-S-041\n\nA patrol came under fire."
    assert [(s.text, s.heading) for s in layout(text).sentences] == [
        ("Police Repel Attack in Zharey 2011-06-S-041", True), ("A patrol came under fire.", False)]
    text = "Five insurgents were killed. 2011-06-S-041"
    assert [(s.text, s.heading) for s in layout(text).sentences] == [
        ("Five insurgents were killed.", False), ("2011-06-S-041", True)]


def test_a_shared_district_named_alone_is_the_one_its_name_usually_means() -> None:
    # Kandahar's Arghandab, Helmand's Nawa: the district the name means when no province is said
    assert answer("Afghan and coalition forces detained a Taliban facilitator in Arghandab "
                  "district yesterday.").provinces == {"kandahar"}
    assert answer("A patrol killed two insurgents in Nawa district on Monday."
                  ).provinces == {"helmand"}
    # the province the release names still decides
    assert answer("A patrol killed two insurgents in Arghandab district, Zabul province, on "
                  "Monday.").provinces == {"zabul"}
    assert answer("A patrol killed two insurgents in Nawa district on Monday. The district lies "
                  "south of Ghazni city in Ghazni province.").provinces == {"ghazni"}
    # a district of its own beside it places the release, not the shared name's usual province
    assert answer("Forces detained two men in Arghandab and Shinkay districts on Monday."
                  ).provinces == {"zabul"}


def test_a_results_list_in_shorthand_counts_its_enemy_killed() -> None:
    # "2 x EKIA": two enemy killed in action, as a results list gives them
    body = ("Afghan and coalition forces finished a two-day clearing operation in Zharey "
            "district, Kandahar province, on Monday.\n\nResults:\n- 3 x EKIA\n- 4 x detained\n"
            "- 1 x cache of small arms\n\nNo coalition soldiers were hurt.")
    assert answer(body).killed == 3
    assert answer(body.replace("- 3 x EKIA\n", "")).killed == 0
    # a results line that names no one killed adds nothing; a title with a figure stays a title
    assert answer(body.replace("3 x EKIA", "3 x IEDs reduced")).killed == 0
    assert answer("Results:\n- 2 x EKIA in Zharey district on Monday.").killed == 2


def test_a_statement_claiming_a_toll_called_false_is_no_toll() -> None:
    body = ("A Taliban statement claiming that coalition forces killed nine civilians in Zharey "
            "district, Kandahar province, on Sunday is false. Afghan and coalition forces killed "
            "two armed insurgents there that day.")
    assert answer(body).killed == 2
    # the claim's toll told in a participle after commas is refuted as well
    body = ("An insurgent spokesman's claim that coalition aircraft bombed a house in Maywand "
            "district, Kandahar province, killing 11 civilians, is false. Coalition forces "
            "detained one suspected insurgent in the district that night.")
    assert answer(body).killed == 0
    # not called false: the statement's toll stands as the other party's account
    kept = ("A Taliban statement claiming that coalition forces killed nine civilians in Zharey "
            "district, Kandahar province, on Sunday is being investigated.")
    assert answer(kept).killed == 9
    kept = ("An insurgent spokesman claimed that coalition aircraft bombed a house in Maywand "
            "district, Kandahar province, killing 11 civilians. ISAF is investigating.")
    assert answer(kept).killed == 11


def test_a_bomber_who_kills_himself_is_no_aircraft() -> None:
    body = ("One coalition service member was killed today when a suicide bomber on foot "
            "detonated his explosives at the gate of a patrol base in Zharey district, Kandahar "
            "province. The bomber killed himself in the blast.")
    result = answer(body)
    assert result.airstrike is False
    # an aircraft called a bomber still strikes from the air
    assert answer("A coalition bomber struck an insurgent position in Zharey district, "
                  "Kandahar province, today, killing four insurgents.").airstrike is True


def test_a_bomber_who_killed_himself_in_a_sentence_of_his_own_is_his_own_toll() -> None:
    body = ("One coalition service member was killed today when a suicide bomber on foot "
            "detonated his explosives at the gate of a patrol base in Zharey district, Kandahar "
            "province. The bomber killed himself in the blast.")
    assert answer(body).killed == 1
    # without the bomber's death, the releasing side's dead alone count none
    assert answer(body.replace(" The bomber killed himself in the blast.", "")).killed == 0


def test_a_date_after_killed_is_no_victim() -> None:
    # "three comrades killed Oct. 11": the comrades are the dead, the date is when (and those a
    # unit honours are its own dead)
    body = ("Soldiers at Combat Outpost Hutal gathered today to honour three comrades killed "
            "June 9 when a roadside bomb struck their vehicle in Maywand district, Kandahar "
            "province.")
    result, claims = read(DATELINE + body)
    assert result.killed == 0
    assert [c.count.min for c in claims if c.outcome == "killed"] == [3]
    assert answer(body.replace("three comrades", "three insurgents")).killed == 3
    # a name after the verb is still the one killed
    assert answer("Coalition forces killed Mullah Nasir, a Taliban commander, in Maywand "
                  "district on Monday.").killed == 1


def test_a_bomb_of_a_stated_weight_dropped_beside_support_fire_is_an_air_strike() -> None:
    body = ("Several insurgents were killed Sunday after they ambushed a patrol in Maywand "
            "district, Kandahar province. An air weapons team engaged one position; a coalition "
            "jet dropped a 2,000-pound bomb on the other.")
    assert answer(body).airstrike is True
    # the support fire alone is not
    assert answer(body.replace("; a coalition jet dropped a 2,000-pound bomb on the other", "")
                  ).airstrike is False


def test_the_second_of_an_enumeration_is_no_day_of_the_month() -> None:
    # "engaged the first; a jet dropped a bomb on the second, a fighting position": the second
    # position, not the 2nd of the month (which would make the strike history)
    body = ("Several insurgents were killed Saturday after they ambushed a patrol in Maywand "
            "district, Kandahar province.\n\nThe patrol took fire from two positions. An air "
            "weapons team engaged the first; a coalition F-16 dropped a 500-pound bomb on the "
            "second, a bunker dug into a hillside.")
    result = answer(body)
    assert result.airstrike is True and result.start_date is not None
    assert result.start_date.day == 11
    # a spelled day told alone still dates
    day = answer("Shortly after midnight on the twelfth, insurgents attacked a checkpoint in "
                 "Maywand district, Kandahar province, killing two policemen.").start_date
    assert day is not None and day.day == 12


def test_a_day_inside_what_was_confirmed_dates_the_toll_not_the_confirmation() -> None:
    # "confirmed that a civilian was killed yesterday": the death's day
    text = ("KABUL, Afghanistan (June 14, 2011) - ISAF confirmed that a civilian was killed "
            "yesterday in Kandahar City when coalition forces fired at a car that approached a "
            "convoy.")
    assert read(text, None)[0].start_date == dt.date(2011, 6, 13)
    # the statement's own day is still not the toll's
    text = ("KABUL, Afghanistan (June 14, 2011) - ISAF confirmed yesterday that a civilian was "
            "killed in Kandahar City on Saturday when coalition forces fired at a car.")
    assert read(text, None)[0].start_date == dt.date(2011, 6, 11)


def test_both_after_a_named_man_and_another_counts_him_once() -> None:
    body = ("Afghan and coalition forces killed a Taliban bomb maker, Mullah Karim, during an "
            "operation in Maywand district yesterday.\n\nWhen the force reached his compound, "
            "Karim and another insurgent opened fire on it. Both were killed.")
    assert answer(body).killed == 2
    # ... with a toll he is blamed for told between
    blamed = body.replace("\n\nWhen", " Karim was responsible for an attack in May that "
                          "killed three policemen.\n\nWhen")
    assert answer(blamed).killed == 2
    # two others told apart from the named man are more dead
    other = body.replace("Karim and another insurgent opened fire on it. Both were killed.",
                         "Two armed men on the roof opened fire on it. Both were killed.")
    assert answer(other).killed == 3
