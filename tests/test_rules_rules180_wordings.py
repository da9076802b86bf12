"""Wordings the misses left open from the fresh open sets showed in strike look-alikes and in
claims the release refutes or restates (issue 14): a ground weapon that is the subject of a
precision strike, an update's lede that sums the strikes of a row made with no aircraft, a claim
told in the passive on the medium that carried it, an organisation that "lost" a man, and a
correction whose tolls are the operation it tells right; each written as a short release of our
own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read

UPDATE = "ISAF Joint Command Morning Operational Update June 14, 2011\n\n"


# A ground weapon told as the subject that made a "precision strike" ("Afghan howitzers carried
# out a precision strike") made it from the ground, as one a force used does.
def test_a_ground_weapon_that_made_the_precision_strike() -> None:
    for weapon in ("Afghan D-30 howitzers", "Coalition artillery", "A Marine HIMARS"):
        body = ("Afghan soldiers killed five insurgents during a clearing operation in Shah Joy "
                f"district, Zabul province, today. When insurgents fired on the patrol, {weapon} "
                "conducted a precision strike on their position.")
        assert answer(body).airstrike is False, weapon


# ... told anywhere earlier in the strike's clause, with no aircraft between: a noun after it,
# an apposition, a count of strikes, the strike as the means of its verb
def test_a_ground_weapon_earlier_in_the_strike_clause() -> None:
    for told in ("an Afghan artillery battery conducted a precision strike on their position.",
                 "Afghan artillery crews carried out a precision strike on their position.",
                 "a HIMARS team conducted a precision strike on their position.",
                 "Afghan D-30 howitzers, firing from a nearby base, carried out a precision "
                 "strike on their position.",
                 "Afghan artillery conducted two precision strikes on their position.",
                 "Afghan D-30 howitzers struck their position in a precision strike.",
                 "Afghan D-30 howitzers were used to carry out a precision strike on their "
                 "position."):
        body = ("Afghan soldiers killed five insurgents during a clearing operation in Shah Joy "
                f"district, Zabul province, today. When insurgents fired on the patrol, {told}")
        assert answer(body).airstrike is False, told


# negative: an aircraft named before the ground weapon in the clause is the subject that struck,
# and the other side's weapon made no strike of the release's side
def test_an_aircraft_or_their_weapon_before_the_precision_strike() -> None:
    for told in ("An aircraft supporting Afghan artillery conducted a precision strike on their "
                 "position.",
                 "A coalition aircraft that was guiding Afghan artillery fired a precision strike "
                 "on the insurgents.",
                 "After insurgent mortars fired a precision strike, coalition aircraft "
                 "responded."):
        body = ("Afghan soldiers killed five insurgents during a clearing operation in Shah Joy "
                f"district, Zabul province, today. {told}")
        assert answer(body).airstrike is True, told


# negative: an aircraft that carried out the precision strike is a strike from the air
def test_an_aircraft_that_made_the_precision_strike() -> None:
    body = ("Afghan soldiers killed five insurgents during a clearing operation in Shah Joy "
            "district, Zabul province, today. When insurgents fired on the patrol, coalition "
            "aircraft conducted a precision strike on their position.")
    assert answer(body).airstrike is True


# An update's lede sums the strikes of all its rows; a row whose own sentences name no
# aircraft and no strike from the air (a rocket system's strike) is no air strike, and its
# day is the one its paragraph names, not the lede's 24 hours.
def test_an_update_row_struck_from_the_ground_under_a_lede_air_strike() -> None:
    text = (UPDATE + DATELINE + "Afghan and coalition forces conducted an air strike and "
            "killed six insurgents in operations in the last 24 hours.\n\nIn Kandahar province, "
            "coalition forces used guided rockets to strike three insurgents planting a "
            "roadside bomb in Zharay district yesterday. The strike was carried out with a "
            "High Mobility Artillery Rocket System. All three insurgents were killed.")
    got, _ = read(text)
    assert (got.airstrike, str(got.start_date)) == (False, "2011-06-13")


# ... the day any sentence of the item's own paragraph names ("The strike took place
# yesterday"), and not another row's: a paragraph that names none keeps the update's day
def test_an_update_row_dated_by_its_own_paragraph() -> None:
    lede = ("Afghan and coalition forces conducted an air strike and killed six insurgents in "
            "operations in the last 24 hours.\n\n")
    row = ("In Helmand province, coalition forces used guided rockets to strike two insurgents "
           "firing on a patrol base in Nawa-ye Barakzayi district.")
    got, _ = read(UPDATE + DATELINE + lede + row + " The strike took place yesterday. Both "
                  "insurgents were killed.")
    assert (got.airstrike, str(got.start_date)) == (False, "2011-06-13")
    got, _ = read(UPDATE + DATELINE + lede + "In Helmand province, Afghan forces found a "
                  "weapons cache in Nad Ali district yesterday.\n\n" + row + " Both insurgents "
                  "were killed.")
    assert str(got.start_date) == "2011-06-14"


# negative: a row that names the aircraft is the lede's air strike
def test_an_update_row_struck_by_aircraft_under_a_lede_air_strike() -> None:
    text = (UPDATE + DATELINE + "Afghan and coalition forces conducted an air strike and "
            "killed six insurgents in operations in the last 24 hours.\n\nIn Kandahar province, "
            "coalition aircraft struck three insurgents planting a roadside bomb in Zharay "
            "district yesterday. All three insurgents were killed.")
    got, _ = read(text)
    assert got.airstrike is True


# negative: a row that names no means for its strike keeps the own side's strike as an air
# strike under a lede's roundup, whether or not the lede names air
def test_an_update_row_strike_with_no_means_named() -> None:
    lede = ("Afghan and coalition forces killed six insurgents in operations in the last 24 "
            "hours.")
    air_lede = ("Afghan and coalition forces conducted an air strike and killed six insurgents "
                "in operations in the last 24 hours.")
    for opening, row in (
            (lede, "In Helmand province, a coalition force conducted a strike on two insurgents "
                   "in Nad Ali district. Both insurgents were killed."),
            (lede, "In Helmand province, coalition forces struck two insurgents in Nad Ali "
                   "district. Both insurgents were killed."),
            (air_lede, "In Helmand province, coalition forces targeted three insurgents in Nad "
                       "Ali district yesterday. The strike killed all three."),
            (air_lede, "In Kandahar province, a combined force called in a strike on three "
                       "insurgents planting a roadside bomb in Zharay district yesterday. The "
                       "aircraft then returned to base.")):
        got, _ = read(UPDATE + DATELINE + opening + "\n\n" + row)
        assert got.airstrike is True, row


# A claim told in the passive names its party by the medium it was made on ("claims were made
# on an insurgent website that ..."): a party's toll, which the release's own denial answers,
# not the release's own.
def test_a_claim_made_on_a_website_is_the_websites() -> None:
    for made in ("claims were made on an insurgent website",
                 "allegations were published by a Taliban website"):
        body = ("An Afghan and coalition security force killed two insurgents during an "
                f"operation in Imam Sahib district, Kunduz province, yesterday. Afterwards, {made} "
                "that six civilians were killed by the force.\n\nA joint team reviewed the "
                "operation and found that no civilians were harmed.")
        assert answer(body).killed == 2, made


# ... and so does a claim told with any verb of its own, its medium named or not
def test_a_claim_that_appeared_or_surfaced_is_a_party_s() -> None:
    for made in ("claims appeared on an insurgent website", "claims were posted online",
                 "reports surfaced in local media"):
        body = ("An Afghan and coalition security force killed two insurgents during an "
                f"operation in Imam Sahib district, Kunduz province, yesterday. Afterwards, {made} "
                "that six civilians were killed by the force.\n\nA joint team reviewed the "
                "operation and found that no civilians were harmed.")
        assert answer(body).killed == 2, made


# negative: reports a force received are its own account, a toll the release tells
def test_a_toll_told_in_the_release_own_voice_stands() -> None:
    body = ("An Afghan and coalition security force killed two insurgents during an operation "
            "in Imam Sahib district, Kunduz province, yesterday. Reports were received by the "
            "force that three more insurgents were killed by their own bomb.")
    assert answer(body).killed == 5


# A single man "lost" as one of a group restates the man the release has told captured by his
# role (here the commander), whoever lost him: a man his side no longer has, not one more dead.
def test_a_network_that_lost_a_man_tells_no_death() -> None:
    for lost in ("Tonight it lost one of the men who make that happen.",
                 "Tonight the network lost one of its key organisers.",
                 "Tonight they lost one of the men who make that happen.",
                 "Tonight the Haqqanis lost one of the men who make that happen."):
        body = ("An Afghan and coalition security force captured a Haqqani network commander "
                "and killed two insurgents during an operation in Sabari district, Khost "
                "province, last night.\n\n\"The Haqqani network moves bombers through this "
                f"district,\" said Maj. Dana Holt, an ISAF spokeswoman. \"{lost}\"")
        assert answer(body).killed == 2, lost
    body = ("An Afghan and coalition security force captured a Taliban commander and killed two "
            "insurgents during an operation in Sabari district, Khost province, last night.\n\n"
            "\"Tonight the Taliban lost one of the men who plan these attacks,\" said Maj. Dana "
            "Holt, an ISAF spokeswoman.")
    assert answer(body).killed == 2


# negative: counted men an organisation or a unit lost are its dead
def test_fighters_that_lost_men_tell_their_dead() -> None:
    for lost, killed in (
            ("Afghan soldiers repelled an attack on a checkpoint in Sabari district, Khost "
             "province, yesterday. The Taliban network lost five fighters in the fighting, while "
             "the checkpoint suffered no casualties.", 5),
            ("Insurgents attacked a police checkpoint in Sabari district, Khost province, "
             "yesterday. The police unit repelled the attack, though it lost three officers in "
             "the fighting.", 3)):
        assert answer(lost).killed == killed, lost


# A correction's lede runs on to the sentence that tells the operation right, place and day
# together; the tolls it goes on to tell with no date of their own are that operation's.
def test_a_correction_dates_its_undated_tolls() -> None:
    body = ("A release issued June 12 incorrectly stated that an Afghan and coalition "
            "operation took place in Helmand province. The operation took place in Deh Rawud "
            "district, Uruzgan province, on June 11.\n\nDuring the operation, the security "
            "force returned fire, killing three insurgents.")
    got = answer(body)
    assert (got.killed, str(got.start_date), got.provinces) == (3, "2011-06-11",
                                                                frozenset({"uruzgan"}))


# negative: a lede that corrects nothing does not run on, so a day its next sentence gives to
# another visit does not date the undated toll
def test_an_undated_toll_under_a_lede_that_corrects_nothing() -> None:
    body = ("An Afghan and coalition security force killed three insurgents during an "
            "operation in Deh Rawud district, Uruzgan province. The force had last visited the "
            "village on June 11.")
    assert str(answer(body).start_date) == "2011-06-14"
