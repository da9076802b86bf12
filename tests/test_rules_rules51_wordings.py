"""Wordings behind the misses of blind40 (issue 14), found again by rules51's probe batches:
a post's "members" killed, a leader killed "yesterday along with" his men, a strike by "the
security force", a headquarters' town beside the fight's province, a predecessor's death beside
a fresh one, and a memorial of a soldier killed before the week."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import read

DAY = dt.date(2012, 5, 17)


def _release(body: str, day: dt.date = DAY, place: str = "KABUL") -> str:
    return (f"{place}, Afghanistan ({day:%B} {day.day}, {day.year}) - {body}")


def test_members_of_a_force_post_are_its_own_side() -> None:
    for body in (
            "Insurgents attacked an Afghan Local Police checkpoint in Shah Wali Kot district, "
            "Kandahar province, Tuesday night, killing three of its members.",
            "Insurgents ambushed an Afghan National Police patrol near Tarin Kot, Uruzgan "
            "province, Tuesday, killing one of its policemen and wounding another."):
        assert read(_release(body), DAY)[0].killed == 0
    # a cell of the other side named last: its members are the dead the release counts
    cell = ("A coalition precision strike targeted a Taliban bomb-making cell in Sangin "
            "district, Helmand province, Tuesday, killing two of its members.")
    assert read(_release(cell), DAY)[0].killed == 2


def test_killed_on_a_day_along_with_his_men() -> None:
    for day_word in ("yesterday", "Tuesday", "Tuesday night"):
        body = (f"Mullah Karim, a Taliban commander in Gereshk district, Helmand province, was "
                f"killed {day_word} along with three of his fighters during an operation by "
                "Afghan and coalition forces.")
        assert read(_release(body), DAY)[0].killed == 4
    # detained along with his men: no one killed
    held = ("Mullah Karim, a Taliban commander in Gereshk district, Helmand province, was "
            "detained yesterday along with three of his fighters.")
    assert read(_release(held), DAY)[0].killed == 0


def test_the_security_force_struck_is_a_strike_from_the_air() -> None:
    body = ("Qari Nasir, a Taliban leader in Shindand district, Herat province, was killed "
            "yesterday when the security force struck his vehicle on a remote road.")
    assert read(_release(body), DAY)[0].airstrike is True
    for ground in (
            "An IED struck a security force vehicle in Shindand district, Herat province, "
            "yesterday, wounding two soldiers.",
            "The security force raided a compound in Shindand district, Herat province, "
            "yesterday and detained two suspected insurgents."):
        assert read(_release(ground), DAY)[0].airstrike is False


def test_a_headquarters_town_is_not_where_the_fight_was() -> None:
    body = ("Afghan soldiers pushed insurgents out of two villages in Ghormach district, Faryab "
            "province, Tuesday.\n\nCoalition advisers at the corps headquarters in Mazar-e "
            "Sharif helped plan the operation. According to the Afghan army, five insurgents "
            "were killed.")
    assert read(_release(body, place="MAZAR-E SHARIF"), DAY)[0].provinces == {"faryab"}
    # a town named only as a headquarters' seat still places a release that names nothing else
    seat = ("Coalition advisers at the corps headquarters in Mazar-e Sharif reported that five "
            "insurgents were killed Tuesday.")
    assert read(_release(seat), DAY)[0].provinces == {"balkh"}


def test_a_predecessors_death_is_not_the_operations() -> None:
    body = ("An Afghan and coalition security force detained a Taliban leader in Arghandab "
            "district, Kandahar province, Tuesday. He took over the group after an earlier "
            "strike killed its previous commander.\n\nDuring the search, an insurgent who "
            "fired on the force from a rooftop was killed.")
    assert read(_release(body), DAY)[0].killed == 1
    # the same man told twice is one death
    again = ("An Afghan and coalition security force killed the former Taliban commander of "
             "Arghandab district, Kandahar province, Tuesday. The former commander was killed "
             "when he fired on the force.")
    assert read(_release(again), DAY)[0].killed == 1


def test_a_memorial_of_an_older_death_is_dated_by_its_day() -> None:
    day = dt.date(2011, 7, 11)
    old = ("Marines of 2nd Battalion gathered here today to remember Lance Cpl. Aaron T. Pike, "
           "21, of Boise, Idaho.\n\nPike, a machine gunner, was killed July 1 by an improvised "
           "explosive device in Musa Qala district.")
    assert read(_release(old, day, "CAMP LEATHERNECK"), day)[0].start_date == day
    # a death within the week is the day it tells
    recent = old.replace("July 1", "July 8")
    assert read(_release(recent, day, "CAMP LEATHERNECK"), day)[0].start_date == dt.date(
        2011, 7, 8)


def test_all_of_the_attackers_are_not_the_civilians_they_wounded() -> None:
    body = ("Insurgents fired rockets into Jalalabad yesterday, wounding three Afghan civilians. "
            "Afghan police cleared the house the attackers used; all of the attackers were "
            "killed.")
    # the attackers are an uncounted group of the other side: 3, not the civilians' three
    # wounded read as their number
    assert read(_release(body.replace("three Afghan", "five Afghan")), DAY)[0].killed == 3
    # a count of their own still counts
    counted = body.replace("all of the attackers were killed", "all four attackers were killed")
    assert read(_release(counted), DAY)[0].killed == 4


def test_an_officials_guards_in_the_toll_itself_are_the_releasing_sides() -> None:
    body = ("Insurgents attacked the district centre of Du Ab district, Nuristan province, "
            "Tuesday, killing the district governor and three of his bodyguards.")
    assert read(_release(body), DAY)[0].killed == 0
    leader = ("A combined force killed a Taliban commander and three of his bodyguards in Du Ab "
              "district, Nuristan province, Tuesday.")
    assert read(_release(leader), DAY)[0].killed == 4


def test_a_day_to_come_does_not_date_a_release_that_tells_nothing() -> None:
    day = dt.date(2010, 9, 16)
    body = ("Afghan forces have taken the lead in securing polling centres in Bamyan province "
            "ahead of Saturday's elections. No incidents were reported.")
    assert read(_release(body, day, "BAMYAN"), day)[0].start_date == day
    past = body.replace("ahead of Saturday's elections", "since Monday's meeting")
    assert read(_release(past, day, "BAMYAN"), day)[0].start_date == dt.date(2010, 9, 13)


def test_a_posts_people_named_by_the_post_are_its_own_side() -> None:
    body = ("Afghan Local Police held their checkpoint in Nahr-e Saraj district, Helmand "
            "province, against an insurgent attack Tuesday. Three of the checkpoint's defenders "
            "were killed. The attackers left the bodies of two insurgents behind.")
    assert read(_release(body), DAY)[0].killed == 2
    # a post the release calls the other side's: its people are the dead it counts
    theirs = ("A combined force overran an insurgent checkpoint in Nahr-e Saraj district, "
              "Helmand province, Tuesday. Three of the checkpoint's defenders were killed.")
    assert read(_release(theirs), DAY)[0].killed == 3


def test_a_contractor_of_the_coalition_is_its_own_side() -> None:
    body = ("Coalition forces killed six insurgents who attacked Kandahar Airfield, Kandahar "
            "province, Tuesday. One U.S. contractor was killed in the attack.")
    assert read(_release(body), DAY)[0].killed == 6


def test_one_of_their_own_lost_is_the_forces_own_dead() -> None:
    body = ("Afghan Border Police killed four insurgents and lost one of their own during a "
            "clash in Spin Boldak district, Kandahar province, Tuesday.")
    assert read(_release(body), DAY)[0].killed == 4
    # the insurgents' "own" is no loss of the releasing side's
    theirs = ("A combined force killed four insurgents in Spin Boldak district, Kandahar "
              "province, Tuesday. The insurgents lost two fighters of their own in the "
              "crossfire.")
    assert read(_release(theirs), DAY)[0].killed == 6


def test_a_headquarters_province_is_not_where_the_fight_was() -> None:
    body = ("Afghan soldiers cleared three villages in Qadis district, Badghis province, "
            "Tuesday. Coalition advisers at the corps headquarters in Herat helped plan the "
            "operation. According to the Afghan army, nine insurgents were killed.")
    assert read(_release(body, place="HERAT"), DAY)[0].provinces == {"badghis"}


def test_drivers_of_a_coalition_convoy_are_its_own_side() -> None:
    body = ("Insurgents ambushed a coalition supply convoy in Sayyidabad district, Wardak "
            "province, Tuesday, killing three of its drivers. The escort killed two insurgents.")
    assert read(_release(body), DAY)[0].killed == 2
    # the drivers of the other side's vehicles are the dead the release counts
    theirs = ("A coalition strike hit an insurgent supply convoy in Sayyidabad district, Wardak "
              "province, Tuesday, killing three of its drivers.")
    assert read(_release(theirs), DAY)[0].killed == 3
