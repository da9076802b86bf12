"""Wordings the misses of the fresh open sets blind144-151 showed in a leader and the men killed
with him, "more" dead, and a total told with its breakdown (issue 14): each written as a short
release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


# The men killed with a leader, counted by a bound, after what he was leader for ("the shadow
# governor for Faryab province and up to eight of his fighters"): he and they, 9.
def test_a_governor_for_a_province_and_up_to_eight_of_his_fighters() -> None:
    body = ("A coalition air strike killed the Taliban shadow governor for Faryab province and "
            "up to eight of his fighters in Qaisar district, Faryab province, yesterday.")
    assert answer(body).killed == 9


def test_a_governor_for_a_province_and_up_to_eight_wounded_is_one_dead() -> None:
    body = ("A coalition air strike killed the Taliban shadow governor for Faryab province and "
            "wounded up to eight of his fighters in Qaisar district, Faryab province, yesterday.")
    assert answer(body).killed == 1


# "Along with" his men after the strike's place and its day told by its month, with or without
# a comma: "was killed in the strike on June 12 along with two of his fighters".
def test_along_with_after_the_place_and_a_month_day() -> None:
    body = ("A Taliban commander known as Mullah Sher Agha was killed in a coalition air strike "
            "in Shah Joy district, Zabul province, on June 12, along with three of his "
            "bodyguards.")
    assert answer(body).killed == 4


# (a month cut short by its point, "Sept. 9", which ends no phrase)
AUTUMN = "KABUL, Afghanistan (Sept. 11, 2011) – "


def test_the_role_named_again_along_with_his_men_after_a_month_day() -> None:
    text = AUTUMN + ("A coalition air strike killed a Taliban commander who led attacks on the "
                     "highway in Shah Joy district, Zabul province.\n\nThe commander, Mullah "
                     "Sher Agha, was killed in the strike on Sept. 9 along with two of his "
                     "fighters.")
    assert read(text, dt.date(2011, 9, 11))[0].killed == 3


def test_his_men_wounded_after_a_month_day_add_no_dead() -> None:
    text = AUTUMN + ("A coalition air strike killed a Taliban commander who led attacks on the "
                     "highway in Shah Joy district, Zabul province.\n\nThe commander, Mullah "
                     "Sher Agha, was killed in the strike on Sept. 9, and two of his fighters "
                     "were wounded.")
    assert read(text, dt.date(2011, 9, 11))[0].killed == 1


# "Located him walking ... with one armed bodyguard. ... struck the two men, killing both": the
# leader the lede counted and his guard, 2, not 1 + 2, past a predecessor's toll told between.
LEADER = ("Afghan and coalition forces killed a Taliban leader in Arghandab district, Zabul "
          "province, today.\n\n")
WITH_GUARD = ("Intelligence located him walking along a trail with one armed bodyguard. "
              "Coalition aircraft struck the two men, killing both.")


def test_both_after_him_walking_with_one_bodyguard_is_a_pair() -> None:
    assert answer(LEADER + WITH_GUARD).killed == 2


def test_both_after_him_with_one_bodyguard_past_a_predecessors_toll() -> None:
    body = ("Afghan and coalition forces killed a Taliban leader today who took command of "
            "insurgents in Arghandab district, Zabul province, after an earlier air strike "
            "killed its previous leader.\n\n" + WITH_GUARD)
    assert answer(body).killed == 2


def test_both_of_two_insurgents_who_fired_add_to_the_leader() -> None:
    body = LEADER + ("Intelligence located him at a compound. Coalition aircraft struck two "
                     "insurgents who fired on the force, killing both.")
    assert answer(body).killed == 3


def test_more_after_the_pair_still_add() -> None:
    body = LEADER + WITH_GUARD + " Two more insurgents were killed nearby."
    assert answer(body).killed == 4


# "Spotted two more insurgents ... fired on them, killing both": the pair points back to those
# more, so they add to a lede of a commander and several of his fighters (1 + 3 + 2), as
# "killing two more insurgents" would; a pair that points back to the lede's own group is that
# group again.
def test_both_of_two_more_insurgents_add_to_the_lede() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander and several of his fighters "
            "in Nawa district, Helmand province, yesterday.\n\nA helicopter crew spotted two more "
            "insurgents crawling toward the patrol and fired on them, killing both.")
    assert answer(body).killed == 6


def test_both_of_the_ledes_pair_is_that_pair_again() -> None:
    body = ("Afghan and coalition forces killed two insurgents in Nawa district, Helmand "
            "province, yesterday.\n\nTwo insurgents fired on the patrol from a tree line. An air "
            "weapons team engaged them, killing both.")
    assert answer(body).killed == 2


# A risen total holds the first report and the dead found since: "has risen to five ... The
# first reports said three ... Two more insurgents were later found dead" is 5, not 5 + 2.
RISEN = ("The number of insurgents killed when they attacked a patrol in Bati Kot district, "
         "Nangarhar province, yesterday has risen to five, the security force said.\n\nThe "
         "first reports said three insurgents died in the ambush. {more} more insurgents were "
         "later found dead near the road.")


def test_more_that_bring_the_first_report_to_the_risen_total_are_inside_it() -> None:
    assert answer(RISEN.format(more="Two")).killed == 5


def test_more_past_the_risen_total_still_add() -> None:
    assert answer(RISEN.format(more="Three")).killed == 8


def test_more_of_a_separate_clash_after_a_risen_total_add() -> None:
    body = RISEN.format(more="Two") + (" In a separate clash in Khogyani district, the patrol "
                                       "killed two more insurgents.")
    assert answer(body).killed == 7


# A floor's figure told day by day as a running tally ("at least seven ... killed three ...
# four more"): the breakdown of the floor, 7, not 7 + 3 + 4; a tally past it adds the rest.
FLOOR = ("Afghan commandos completed a three-day operation in Tagab district, Kapisa province, "
         "today, killing at least seven insurgents.\n\nOn the first day, the commandos killed "
         "three insurgents in a firefight. On the second day, an air weapons team killed four "
         "more insurgents near a checkpoint.")


def test_a_floor_told_as_a_running_tally_is_its_breakdown() -> None:
    assert answer(FLOOR).killed == 7


def test_a_running_tally_past_the_floor_adds_the_rest() -> None:
    assert answer(FLOOR + " On the last day, two more insurgents were killed.").killed == 9


# Review of rules152. A running total's summed tolls are no first report a revision replaced:
# a later "two more" of another day, equal to 15 - 13, is more dead, 17, not inside the 15.
RAN = ("Afghan and coalition forces killed 13 insurgents in Nad Ali district, Helmand province, "
       "yesterday. Two more insurgents died of their wounds overnight, bringing the number "
       "killed to 15.\n\n")


def test_more_of_another_day_after_a_running_total_add() -> None:
    body = RAN + "Today, the patrol killed two more insurgents who attacked a checkpoint."
    assert answer(body).killed == 17


def test_more_of_another_day_in_the_same_district_after_a_running_total_add() -> None:
    body = RAN + ("Today, in Nad Ali district, the patrol killed two more insurgents who "
                  "attacked a checkpoint.")
    assert answer(body).killed == 17


# More told as another operation's anywhere after the risen total, not only in their own
# sentence: "Elsewhere in the district, ...", or "In a separate operation ... Two more ...".
RISEN_FIRST = ("The number of insurgents killed when they attacked a patrol in Bati Kot "
               "district, Nangarhar province, yesterday has risen to five, the security force "
               "said.\n\nThe first reports said three insurgents died in the ambush. ")


def test_more_told_elsewhere_after_a_risen_total_add() -> None:
    body = RISEN_FIRST + ("Elsewhere in the district, a patrol killed two more insurgents this "
                          "morning.")
    assert answer(body).killed == 7


def test_more_of_a_separate_operation_told_the_sentence_before_add() -> None:
    body = RISEN_FIRST + ("In a separate operation in the district today, an air weapons team "
                          "engaged a group of insurgents. Two more insurgents were killed.")
    assert answer(body).killed == 7


# "Two more insurgents ... The team engaged them, killing both": the pair told as more a
# sentence before its pointer still adds to the lede's commander and his fighters (1 + 3 + 2).
COMMANDER = ("Afghan and coalition forces killed a Taliban commander and several of his fighters "
             "in Nawa district, Helmand province, yesterday.\n\n")


def test_both_of_two_more_told_the_sentence_before_add_to_the_lede() -> None:
    body = COMMANDER + ("The security force returned fire, killing the commander and several "
                        "insurgents. An air weapons team then identified two more insurgents who "
                        "were maneuvering to flank the security force. The team engaged the "
                        "insurgents, killing both.")
    assert answer(body).killed == 6


def test_both_of_two_more_spotted_the_sentence_before_add_to_the_lede() -> None:
    body = COMMANDER + ("A helicopter crew spotted two more insurgents crawling toward the patrol. "
                        "The crew fired on them, killing both.")
    assert answer(body).killed == 6


def test_both_were_killed_after_two_more_add_to_the_lede() -> None:
    body = COMMANDER + ("An air weapons team engaged two more insurgents who were maneuvering to "
                        "flank the patrol. Both were killed.")
    assert answer(body).killed == 6


# The pair told as more is a part beside an earlier equal toll, not it again: 2 + 2 of the 4.
def test_both_of_two_more_are_a_part_beside_an_equal_toll() -> None:
    body = ("Afghan and coalition forces killed four insurgents in Nawa district, Helmand "
            "province, yesterday.\n\nThe patrol killed two insurgents in a firefight. Minutes "
            "later, an air weapons team engaged two more insurgents fleeing the area, killing "
            "both.")
    assert answer(body).killed == 4


# The men with a leader for a province counted by any words a count takes before "of his".
GOVERNOR = ("A coalition air strike killed the Taliban shadow governor for Faryab province and "
            "{n} of his fighters in Qaisar district, Faryab province, yesterday.")


def test_a_governor_for_a_province_and_eleven_of_his_fighters() -> None:
    assert answer(GOVERNOR.format(n="eleven")).killed == 12


def test_a_governor_for_a_province_and_a_dozen_of_his_fighters() -> None:
    assert answer(GOVERNOR.format(n="a dozen")).killed == 13


def test_a_governor_for_a_province_and_about_ten_of_his_fighters() -> None:
    assert answer(GOVERNOR.format(n="about 10")).killed == 11


# "Along with" after a day told as a passive verb's is ("Sunday night"), early, or by its
# weekday and month day.
SHER_AGHA = ("ISAF confirmed today that a Taliban commander known as Mullah Sher Agha was killed "
             "in a coalition air strike in Shah Joy district, Zabul province, {day}, along with "
             "three of his bodyguards.")


def test_along_with_after_a_night_of_a_weekday() -> None:
    assert answer(SHER_AGHA.format(day="Sunday night")).killed == 4


def test_along_with_after_early_on_a_weekday() -> None:
    assert answer(SHER_AGHA.format(day="early Sunday")).killed == 4


def test_along_with_after_a_weekday_and_a_month_day() -> None:
    assert answer(SHER_AGHA.format(day="on Sunday, June 12")).killed == 4


def test_along_with_after_the_night_of_a_month_day() -> None:
    assert answer(SHER_AGHA.format(day="on the night of June 12")).killed == 4


# The leader and the few told with him, by his pronoun or his role, with no participle between:
# "located him on a trail with one armed bodyguard ... killing both" is 2; "with two armed
# bodyguards ... killing all three" is 3.
def test_both_after_him_on_a_trail_with_one_bodyguard_is_a_pair() -> None:
    body = LEADER + ("Intelligence located him on a trail with one armed bodyguard. Coalition "
                     "aircraft struck the two men, killing both.")
    assert answer(body).killed == 2


def test_both_after_the_leader_with_one_bodyguard_is_a_pair() -> None:
    body = LEADER + ("Intelligence located the leader travelling on foot with one armed "
                     "bodyguard. Coalition aircraft struck the two men, killing both.")
    assert answer(body).killed == 2


def test_all_three_after_him_with_two_bodyguards_are_he_and_they() -> None:
    body = LEADER + ("Intelligence located him travelling on a motorcycle with two armed "
                     "bodyguards. Coalition aircraft struck the three men, killing all three.")
    assert answer(body).killed == 3


# The dead found since the first report, told as more by other words: "Two additional ...",
# "Another two ..." bring the first three to the risen five, 5, not 5 + 2.
def test_two_additional_that_bring_the_first_report_to_the_risen_total_are_inside_it() -> None:
    body = RISEN_FIRST + "Two additional insurgents later died of their wounds."
    assert answer(body).killed == 5


def test_another_two_that_bring_the_first_report_to_the_risen_total_are_inside_it() -> None:
    body = RISEN_FIRST + "Another two insurgents later died of their wounds."
    assert answer(body).killed == 5


# A floor's running tally that passes the floor is still its breakdown, kept at the sum:
# "at least seven ... three ... five more" is 8, not 7 + 3 + 5.
def test_a_running_tally_past_a_floor_is_its_breakdown_at_the_sum() -> None:
    assert answer(FLOOR.replace("killed four more", "killed five more")).killed == 8
