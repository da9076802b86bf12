"""Wordings the misses left open from the fresh open sets showed where a release tells several
incidents (issue 14): a running tally since operations began, a toll told after its dead as a
separate fight's, a pair (told by pointing back, or one part of a roundup of separate
operations) beside the next paragraph's one man, and a dead man's clause ended by another
subject's "later"; each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


# A tally since operations began, named by their plural noun and no "the" ("since clearing
# operations in Zhari district ... began in early August"), reaches back before the release's
# week as "since the operation began" does: history, not the release's incident.
def test_a_tally_since_operations_began_is_history() -> None:
    for since in ("since clearing operations in Zhari district, Kandahar province, began in "
                  "early August",
                  "since Afghan-led operations began in the district in 2010",
                  "since security operations in the valley began on May 12",
                  # (the start told by any clause: its own subject and verb, or three words
                  # before the noun, or "got under way")
                  "since Afghan and coalition forces launched clearing operations in Arghandab "
                  "district in mid-September",
                  "since Afghan and coalition operations in Arghandab district began in "
                  "mid-September",
                  "since clearing operations got under way in Arghandab district in "
                  "mid-September"):
        body = (f"Afghan and coalition forces have killed more than 60 insurgents and detained "
                f"150 {since}.\n\nToday, a combined patrol detained three suspected insurgents "
                "near Sangsar and found a cache of 20 bombs.")
        assert answer(body).killed == 0, since


# negative: a fresh toll whose clause mentions, in an aside, when operations began ("the first
# insurgents killed ... since operations in the valley began in May"): the toll is no sum
def test_a_toll_of_today_beside_operations_begun_counts() -> None:
    for body in (
            "An Afghan and coalition patrol killed two insurgents in Baraki Barak district, Logar "
            "province, today, the first insurgents killed in the district since operations in "
            "the valley began in May.",
            "Coalition forces killed two insurgents today in Arghandab district, Kandahar "
            "province, where attacks have fallen since clearing operations began in September.",
            "Coalition forces killed two insurgents today in Arghandab district, Kandahar "
            "province, where insurgents have attacked schools since reconstruction efforts "
            "began in 2010."):
        assert answer(body).killed == 2, body


# A toll told after its dead as another fight's, in its own phrase ("... were killed in a
# separate firefight in the same district this morning"), is more dead, not the same number
# told before again.
def test_a_toll_told_as_a_separate_fight_after_its_dead_adds() -> None:
    for fight in ("in a separate firefight", "in another exchange of fire",
                  "during a separate gunfight"):
        body = ("Insurgents attacked a police post in Alingar district, Laghman province, last "
                "night, killing two policemen. Police reinforcements arrived and killed three "
                "insurgents. An Afghan soldier and three insurgents were killed "
                f"{fight} in the same district this morning.")
        assert answer(body).killed == 6, fight


# negative: a separate attack told in a later clause of the toll's sentence, another man's
# ("two hours after an Afghan soldier was wounded in a separate attack"), or a second strike
# of the same engagement, leaves the toll the lede's own, told again
def test_a_separate_attack_outside_the_tolls_clause_stays_one() -> None:
    for body, n in (
            ("An Afghan and coalition patrol killed three insurgents in Nad-e Ali district, "
             "Helmand province, today.\n\nThe patrol came under fire from a compound. Three "
             "insurgents were killed during the exchange of fire, two hours after an Afghan "
             "soldier was wounded in a separate attack nearby.", 3),
            ("Coalition aircraft killed two insurgents in Sabari district, Khost province, "
             "yesterday.\n\nThe aircraft engaged the insurgents after they fired on a patrol. "
             "Two insurgents were killed in a second strike after the first bomb missed its "
             "target.", 2)):
        assert answer(body).killed == n, body


# negative: "another insurgent fighter", "a second insurgent fighter" are men, not another
# fight: the toll told with them is the lede's again
def test_another_insurgent_fighter_is_no_other_fight() -> None:
    for body in (
            "Afghan and coalition forces killed two insurgents in Nawa district, Helmand "
            "province, yesterday.\n\nWhen another insurgent fighter fired on the patrol from "
            "a compound, the patrol returned fire, killing two insurgents.",
            "A coalition patrol killed two insurgents in Zhari district, Kandahar province, "
            "yesterday.\n\nAfter a second insurgent fighter opened fire from a treeline, the "
            "patrol returned fire and two insurgents were killed."):
        assert answer(body).killed == 2, body


# A roundup's "in two separate engagements" tells one engagement a paragraph: a counted pair of
# the first and the next paragraph's one man are two parts, 2 + 1, not the pair's first man
# told again.
def test_parts_of_a_roundup_over_separate_engagements_add() -> None:
    body = ("Afghan and coalition forces killed three insurgents in two separate engagements in "
            "Zhari district, Kandahar province, yesterday.\n\nIn the first, a patrol killed two "
            "insurgents who fired on it.\n\nIn the second, an Afghan patrol killed one insurgent "
            "planting a bomb.")
    assert answer(body).killed == 3


# A pair told by pointing back with its noun ("killing both insurgents") is its own
# paragraph's toll, as "killing both" is: the one man of the next paragraph is one more, not the
# first of the pair told again (2 + 1 under a lede of three in two separate incidents).
def test_both_insurgents_then_one_in_the_next_paragraph_add() -> None:
    for pair in ("both insurgents", "the two men"):
        body = ("Afghan and coalition forces killed three insurgents in two separate incidents "
                "in Zhari district, Kandahar province, yesterday.\n\nIn the first incident, a "
                "coalition patrol saw two insurgents burying a bomb in a road near Sangsar. A "
                f"coalition aircraft dropped a GBU-12 bomb on the position, killing {pair}.\n\n"
                "Later in the afternoon, an Afghan and coalition patrol came under fire near "
                "Pashmul. The patrol returned fire and killed one insurgent.")
        assert answer(body).killed == 3, pair


# ... with no lede above them: "killing both insurgents" is its paragraph's pair, and the next
# paragraph's one man another
def test_both_insurgents_then_one_in_the_next_paragraph_without_a_lede() -> None:
    body = ("A coalition patrol saw two insurgents burying a bomb in a road near Sangsar, Zhari "
            "district, Kandahar province, yesterday. A coalition aircraft dropped a bomb on the "
            "position, killing both insurgents.\n\nAn Afghan patrol came under fire near "
            "Pashmul in the afternoon. The patrol returned fire and killed one insurgent.")
    assert answer(body).killed == 3


# negative: a pair told by its count, its first man told in the next paragraph by himself and
# the second by pronoun, is still two
def test_a_counted_pair_told_man_by_man_stays_two() -> None:
    body = ("A coalition patrol killed two insurgents in Zhari district, Kandahar province, "
            "yesterday.\n\nAn insurgent armed with a rifle ran toward the patrol and was killed. "
            "The patrol engaged the second man, killing him as well.")
    assert answer(body).killed == 2


# negative: ... and so is a pair told by pointing back, "killing both insurgents", when the
# next paragraph tells it man by man, the second by ordinal and pronoun
def test_both_insurgents_told_man_by_man_stays_two() -> None:
    body = ("An air weapons team engaged two insurgents planting a bomb in Zhari district, "
            "Kandahar province, yesterday, killing both insurgents.\n\nAn insurgent armed with "
            "a rifle ran toward the road and was killed. The aircraft engaged the second man, "
            "killing him as well.")
    assert answer(body).killed == 2


# A dead man's clause ends where "and" opens another subject's, whose verb comes after "later"
# ("killing one, and Afghan National Police later detained two men"): one dead, not the police
# among them as the releasing side's own.
def test_one_killed_and_police_later_detaining_counts_one() -> None:
    body = ("Insurgents ambushed a supply convoy in Andar district, Ghazni province, yesterday. "
            "An air weapons team engaged the insurgents, killing one, and Afghan National "
            "Police later detained two men fleeing the area.")
    assert answer(body).killed == 1


# ... in an operational update's row as anywhere else: the row's own one
def test_an_update_rows_one_killed_beside_police_detaining() -> None:
    text = ("June 14: Afghan-ISAF Operations in Eastern Afghanistan\n\n" + DATELINE
            + "Afghan and international forces killed seven insurgents and detained several "
            "more in operations in eastern Afghanistan yesterday.\n\nAlso yesterday in Ghazni, "
            "insurgents ambushed a logistics convoy in Andar district. An air weapons team "
            "engaged the insurgents, killing one, and Afghan Local Police later detained three "
            "men fleeing the area.")
    assert read(text)[0].killed == 1


# ... and so after another time phrase the phrase stops at: "later that day", "on Tuesday",
# "today"
def test_one_killed_and_police_detaining_after_a_time_phrase_counts_one() -> None:
    for when in ("later that day", "on Tuesday", "today"):
        body = ("Insurgents ambushed a supply convoy in Andar district, Ghazni province, "
                "yesterday. An air weapons team engaged the insurgents, killing one, and Afghan "
                f"National Police {when} detained two men fleeing the area.")
        assert answer(body).killed == 1, when
