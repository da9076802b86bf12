"""Wordings the misses left open on the fresh open sets showed in the same dead told again, a
part of them, and whose dead they are (issue 14): an account told over past dead added as
more, a part defined by its own clause, bodies counted before an item set off after them, a
period fronted before every toll of its sentence, and people who work at a post; each written
as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A paragraph that tells the lede's toll again by its figure reads against the toll the more
# dead were added to, past them: "killed five insurgents ... Three more died of their wounds.
# | ... Five insurgents were killed in the fighting" is eight, not thirteen.
def test_the_toll_told_again_past_more_dead_added_to_it() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Chapa Dara district, Kunar "
            "province, yesterday. Three more insurgents died of their wounds.\n\n"
            "The fight began when insurgents fired on an Afghan Border Police post from the "
            "ridge above it. Five insurgents were killed in the fighting.")
    assert answer(body).killed == 8


# negative: a toll of another figure after the more is told apart, more dead still
def test_another_figure_after_the_more_dead_is_apart() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Chapa Dara district, Kunar "
            "province, yesterday. Three more insurgents died of their wounds.\n\n"
            "In a separate engagement in the same district, five insurgents were killed when "
            "they attacked a patrol.")
    assert answer(body).killed == 13


# negative: a toll of the lede's figure told on another day or by another unit after the
# more dead is more dead still, not the lede's told again (review H2)
def test_the_lede_figure_on_another_day_after_the_more_dead_is_apart() -> None:
    lede = ("Afghan and coalition forces killed four insurgents in Chapa Dara district, Kunar "
            "province, yesterday. Two more insurgents were killed by an air weapons team as "
            "they fled.")
    for rest in ("\n\nToday, four insurgents were killed when they attacked a police checkpoint "
                 "in the same district.",
                 " Later, a coalition patrol killed four insurgents who were emplacing a roadside "
                 "bomb nearby."):
        assert answer(lede + rest).killed == 10, rest


# A group the release defines by a clause of its own, "All four gunmen who stormed the
# clinic", is a part of the toll of them all told before it, not more dead.
def test_a_part_defined_by_its_own_clause_is_of_the_toll_before() -> None:
    body = ("Afghan forces ended the attack on the district centre in Gereshk, Helmand "
            "province, today. Nine attackers were killed. All four gunmen who stormed the "
            "clinic were killed.")
    assert answer(body).killed == 9


# negative: the same group told without a toll of them all before it counts as it stands
def test_a_defined_group_alone_counts() -> None:
    body = ("Afghan forces ended the attack on the district centre in Gereshk, Helmand "
            "province, today. All four gunmen who stormed the clinic were killed.")
    assert answer(body).killed == 4


# negative: a defined group of the other side after the own side's toll is no part of it
def test_a_defined_group_of_the_other_side_is_no_part_of_the_own_toll() -> None:
    body = ("Insurgents attacked a checkpoint in Nahr-e Saraj district, Helmand province, "
            "yesterday, killing five Afghan policemen. The three insurgents who attacked the "
            "checkpoint were killed.")
    assert answer(body).killed == 3


# negative: men a clause tells as wounded, fled or escaped, or a group told with a day, a
# sequel ("later", "by an air weapons team") or a place of its own, are more dead, not a part
# of the toll before them (review H1)
def test_a_defined_group_told_on_its_own_is_more_dead() -> None:
    six = ("Afghan forces killed six insurgents during an engagement in Nad Ali district, "
           "Helmand province, yesterday. ")
    ten = ("Afghan and coalition forces killed 10 insurgents during an operation in Nad Ali "
           "district, Helmand province, yesterday. ")
    for body, killed in (
            ("Afghan forces killed six insurgents and wounded two others during an engagement "
             "in Nad Ali district, Helmand province, yesterday. The two insurgents who were "
             "wounded died later at a hospital in Lashkar Gah.", 8),
            (six + "The two insurgents who fled the compound were killed by an air weapons "
             "team.", 8),
            (six + "The two insurgents who escaped died of their wounds today.", 8),
            (six + "Today, all three insurgents who had escaped were killed by an air weapons "
             "team in Marjah district.", 9),
            (six + "All three insurgents who fled the compound were killed by an air weapons "
             "team.", 9),
            (ten + "In Marjah district, the three insurgents who ambushed a police patrol were "
             "killed by an air weapons team.", 13),
            (ten + "Earlier this week, the three insurgents who ambushed a police patrol in the "
             "district were killed by an air weapons team.", 13)):
        assert answer(body).killed == killed, body


# The count before "bodies of" counts the dead after it, whatever figure an item set off after
# them gives: "recovered five bodies of insurgents, along with two machine guns" is five.
def test_bodies_counted_before_an_item_set_off_after_them() -> None:
    body = ("Afghan soldiers repelled an attack on a checkpoint in Zhari district, Kandahar "
            "province, yesterday. A patrol searching the fields afterward recovered five "
            "bodies of insurgents, along with two machine guns and a radio.")
    assert answer(body).killed == 5


# negative: a count of its own in the victim's head stands ("the bodies of two insurgents")
def test_bodies_with_a_count_of_their_own() -> None:
    body = ("Afghan soldiers repelled an attack on a checkpoint in Zhari district, Kandahar "
            "province, yesterday. A patrol recovered the bodies of two insurgents, along with "
            "four rifles.")
    assert answer(body).killed == 2


# The same with no comma before the item told after the bodies (review M3).
def test_bodies_counted_before_an_item_told_after_them_without_a_comma() -> None:
    for item in ("and three rifles", "along with two AK-47 rifles"):
        body = ("Afghan soldiers repelled an attack on a checkpoint in Zhari district, Kandahar "
                "province, yesterday. A patrol searching the fields afterward recovered six "
                f"bodies of insurgents {item}.")
        assert answer(body).killed == 6, item


# A running total's period fronted before its sentence dates every toll after it, not only
# the first part's: "Since the beginning of the year, ... have killed or captured 40 leaders
# ..., and killed 60 insurgents in the province" is history, beside a release's detention.
def test_a_fronted_period_dates_each_toll_of_its_sentence() -> None:
    body = ("An Afghan and coalition security force detained a Taliban facilitator in Dand "
            "district, Kandahar province, last night.\n\nSince the beginning of the year, "
            "Afghan and coalition forces have killed or captured more than 40 Taliban leaders "
            "in the south, and killed 60 insurgents in Kandahar alone.")
    assert answer(body).killed == 0


# negative: a day of the release's between the period and a toll leaves that day's toll
# standing, whether the first part is a running total or a past event (review H4, M1)
def test_a_day_after_the_fronted_period_leaves_the_days_toll() -> None:
    lede = ("An Afghan and coalition patrol came under fire in Nad Ali district, Helmand "
            "province, yesterday. ")
    for rest in ("Since the beginning of the year, Afghan and coalition forces have killed more "
                 "than 40 insurgents in the district, and yesterday the patrol killed six "
                 "insurgents in the engagement.",
                 "In the past month, Afghan and coalition forces have killed 30 insurgents in "
                 "the district, and in yesterday's engagement the patrol killed six insurgents.",
                 "Earlier this year, insurgents killed the district governor, and yesterday the "
                 "patrol killed six insurgents in the engagement."):
        assert answer(lede + "\n\n" + rest).killed == 6, rest


# The period dates the sentence's tolls after a dateline, after a place set before it, in the
# middle of the first toll's clause, or with no comma after it (review M1, M2).
def test_a_period_before_the_first_toll_dates_each_toll_wherever_it_stands() -> None:
    detained = ("An Afghan and coalition security force detained a Taliban facilitator in Dand "
                "district, Kandahar province, last night.")
    assert answer(
        "KABUL, Afghanistan (July 14) - Since the beginning of the year, Afghan and coalition "
        "forces have killed or captured more than 40 Taliban leaders in the south, and killed "
        "60 insurgents in Kandahar alone, officials said today.\n\nIn the latest operation, an "
        "Afghan and coalition security force detained a Taliban facilitator in Dand district, "
        "Kandahar province, last night.").killed == 0
    for rest in ("In Kandahar, since the beginning of the year, Afghan and coalition forces have "
                 "killed or captured more than 40 Taliban leaders, and killed 60 insurgents in "
                 "Dand alone.",
                 "Afghan and coalition forces have, since the beginning of the year, killed or "
                 "captured more than 40 Taliban leaders in the south, and killed 60 insurgents "
                 "in Kandahar alone.",
                 "Since the beginning of the year Afghan and coalition forces have killed or "
                 "captured more than 40 Taliban leaders in the south, and killed 60 insurgents "
                 "in Kandahar alone."):
        assert answer(detained + "\n\n" + rest).killed == 0, rest


# People told by their work at a post are the releasing side's own, as its soldiers are:
# "killing himself and three Afghan guards working at the base" counts the bomber alone.
def test_people_working_at_a_post_are_its_own() -> None:
    body = ("A suicide bomber detonated a car at the gate of a coalition base in Paktiya "
            "province this morning, killing himself and three Afghan guards working at the "
            "base.")
    assert answer(body).killed == 1


# negative: people at no post, or at the other side's, are not its own
def test_people_working_elsewhere_are_not_its_own() -> None:
    for where in ("working in a nearby field", "working at an insurgent checkpoint"):
        body = ("A suicide bomber detonated a car on the road in Paktiya province this "
                f"morning, killing himself and three laborers {where}.")
        assert answer(body).killed == 4, where


# The same people told as those who worked at the post, or by the post alone (review L2).
def test_people_of_a_post_told_without_working_are_its_own() -> None:
    for who in ("two Afghan security guards who worked at the base",
                "two Afghan security guards at the base",
                "two Afghan security guards employed by the base"):
        body = ("A suicide bomber detonated a car at the gate of a coalition base in Paktiya "
                f"province this morning, killing himself and {who}.")
        assert answer(body).killed == 1, who


# negative: a post that is no force's (a fuel or bus station, a post office), a camp or a
# compound struck, is no post of the releasing side's, and its people are not its own (H3)
def test_people_working_at_a_place_of_no_force_are_not_its_own() -> None:
    for body, killed in (
            ("A suicide bomber detonated a car outside a fuel station in Khost city, Khost "
             "province, this morning, killing himself and three civilians working at the fuel "
             "station.", 4),
            ("A suicide bomber struck a bus station in Kandahar city, Kandahar province, today, "
             "killing himself and four civilians working at the bus station.", 5),
            ("A suicide bomber detonated his vest in the bazaar of Khost city, Khost province, "
             "this morning, killing himself and three clerks working at the post office.", 4),
            ("Insurgents attacked a road construction camp in Zabul province yesterday, killing "
             "four laborers employed at the camp.", 4),
            ("An Afghan and coalition security force called in an air weapons team on a "
             "compound in Nad Ali district, Helmand province, yesterday, killing three "
             "insurgents and two civilians working in the compound.", 5)):
        assert answer(body).killed == killed, body
