"""Wordings the misses of the fresh open sets blind144-151 showed in several parties' numbers
of the same dead (issue 14): a party's account of another's toll in the next paragraph, a
party's number of the release's own toll of no number, more dead a party adds, a bomber among
the dead told before, "three of them", and reports the release answers in the same sentence;
each written as a short release of our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# Reports of a strike the release has just said its side never made, in the same sentence,
# are answered, not told: only the toll of its own engagement counts.
def test_reports_after_no_strike_in_their_sentence_are_answered() -> None:
    body = ("ISAF made no air strike in Dara-ye Nur district, Nangarhar province, on Tuesday, "
            "despite reports from district officials that a coalition air strike killed six "
            "civilians.\n\nA coalition patrol came under fire near the district centre and "
            "returned fire, killing two insurgents.")
    assert answer(body).killed == 2


def test_reports_with_no_denial_of_the_strike_still_count() -> None:
    body = ("A coalition patrol came under fire in Dara-ye Nur district, Nangarhar province, "
            "on Tuesday, and returned fire, killing two insurgents.\n\nISAF is looking into "
            "reports from district officials that a coalition air strike killed six civilians.")
    assert answer(body).killed == 8


# A party's "more" dead beside the release's own toll of that population add to it: they are
# not its account of the same dead.
def test_a_partys_more_dead_add_to_the_releases_toll() -> None:
    body = ("Afghan and coalition forces killed five insurgents in Arghandab district, "
            "Kandahar province, on Monday.\n\nThree more insurgents died of their wounds in a "
            "village nearby, provincial officials said.")
    assert answer(body).killed == 8


def test_a_partys_also_killed_is_its_account_of_the_toll() -> None:
    body = ("Afghan and coalition forces killed a Taliban commander in Arghandab district, "
            "Kandahar province, on Monday.\n\nHis deputy was also killed, provincial officials "
            "said.")
    assert answer(body).killed == 1


def test_a_partys_floor_is_no_more_dead() -> None:
    body = ("Afghan and coalition forces killed several insurgents in Arghandab district, "
            "Kandahar province, on Monday.\n\nMore than 10 insurgents were killed, provincial "
            "officials said.")
    assert answer(body).killed == 3


# Another party's bare account opening the next paragraph tells the first party's dead
# again, as in one paragraph.
def test_a_partys_account_opening_the_next_paragraph_is_the_same_toll() -> None:
    body = ("Afghan Border Police killed four insurgents who attacked a checkpoint in Spin "
            "Boldak district, Kandahar province, on Sunday, according to the Afghan Border "
            "Police.\n\nDistrict officials said six insurgents died in the attack.")
    assert answer(body).killed == 4


def test_a_partys_account_two_paragraphs_on_is_not_taken_as_the_same() -> None:
    body = ("Afghan Border Police killed four insurgents who attacked a checkpoint in Spin "
            "Boldak district, Kandahar province, on Sunday, according to the Afghan Border "
            "Police.\n\nThe checkpoint guards a road used by traders.\n\nDistrict officials "
            "said six insurgents died in the attack.")
    assert answer(body).killed == 10


def test_a_partys_own_killing_in_the_next_paragraph_adds() -> None:
    body = ("Afghan Border Police killed four insurgents who attacked a checkpoint in Spin "
            "Boldak district, Kandahar province, on Sunday, according to the Afghan Border "
            "Police.\n\nAfghan soldiers killed six insurgents near the village, district "
            "officials said.")
    assert answer(body).killed == 10


# A bomber told as one of the attackers whose toll was given before is among them.
def test_a_bomber_one_of_the_dead_told_before_is_among_them() -> None:
    body = ("Afghan police ended an attack on a government compound in Jalalabad, Nangarhar "
            "province, today.\n\nProvincial officials said all five attackers were killed. "
            "One of them detonated his explosives vest at the gate, killing himself.")
    assert answer(body).killed == 5


# "One of the other / remaining attackers", "Another of the attackers" tell one more attacker.
def test_one_of_the_other_attackers_is_one_more() -> None:
    for head in ("One of the other attackers", "Another of the attackers",
                 "One of the remaining insurgents later"):
        body = ("Afghan police ended an attack on a government compound in Jalalabad, Nangarhar "
                "province, today.\n\nAfghan police killed four attackers in the fighting. "
                f"{head} detonated his explosives vest at the gate, killing himself.")
        assert answer(body).killed == 5, head


# A party's figure put on the release's own "several" leaves it standing (measured: the open
# sets' coders keep the release's own vague count there); only "an unknown number" gives way.
def test_a_figure_put_on_the_releases_several_leaves_it_standing() -> None:
    body = ("A coalition patrol killed several insurgents in Chahar Darah district, Kunduz "
            "province, on Friday after being ambushed. The district governor put the number of "
            "dead insurgents at seven.")
    assert answer(body).killed == 3


# The release's own "an unknown number" tells no number: a party's number of them that its
# sentence goes on to give is the one it gives.
def test_a_partys_number_of_the_releases_unknown_number_is_the_toll() -> None:
    body = ("Coalition aircraft struck insurgents who had attacked a police post in Shindand "
            "district, Herat province, on Saturday. The strike killed an unknown number of "
            "insurgents; provincial officials said eight insurgents were killed.")
    assert answer(body).killed == 8


def test_a_partys_number_in_a_sentence_of_its_own_leaves_the_unknown_number() -> None:
    body = ("Coalition aircraft struck insurgents who had attacked a police post in Shindand "
            "district, Herat province, on Saturday, killing an unknown number of insurgents. "
            "Provincial officials said eight insurgents were killed.")
    assert answer(body).killed == 3


# "Three of them" counts a part of those the sentence named before: the insurgents.
def test_a_part_of_them_counts_the_group_named_before() -> None:
    body = ("Insurgents ambushed an Afghan and coalition patrol in Chak district, Wardak "
            "province, yesterday. The patrol returned fire and chased the insurgents, killing "
            "two of them near a stream.\n\nThe Ministry of Interior said later that four "
            "insurgents died in the fighting.")
    assert answer(body).killed == 2


def test_a_part_of_the_patrol_is_its_own_dead() -> None:
    body = ("Insurgents ambushed a patrol of Afghan soldiers in Chak district, Wardak "
            "province, yesterday, killing two of them.\n\nThe patrol returned fire, killing "
            "three insurgents.")
    assert answer(body).killed == 3


# A "more" word inside a clause of a party's quote qualifies something else, not its dead.
_SIX = ("Afghan and coalition forces killed six insurgents in Arghandab district, Kandahar "
        "province, on Monday. ")


def test_another_in_an_apposition_is_no_more_dead() -> None:
    assert answer(_SIX + "Provincial officials said six insurgents, including a commander "
                  "from another district, were killed.").killed == 6
    assert answer(_SIX + "Provincial officials said two insurgents who had fled to another "
                  "village were killed in the strike.").killed == 6


def test_other_dead_add() -> None:
    assert answer(_SIX + "Two other insurgents died of their wounds at a clinic, provincial "
                  "officials said.").killed == 8


# A roundup's next paragraph that tells an incident of its own is more dead; one pointing back
# to the attack is its toll again, wherever in the paragraph.
_P = ("Afghan National Police killed three insurgents who attacked a checkpoint in Maiwand "
      "district, Kandahar province, last night, according to the Afghan National Police.\n\n")


def test_a_next_paragraph_of_a_new_incident_adds() -> None:
    for later in ("In Uruzgan, provincial police said five insurgents were killed during a "
                  "joint patrol.",
                  "The Ministry of Interior said five insurgents were killed in a coalition air "
                  "strike.",
                  "Provincial police said five insurgents died when a bomb they were building "
                  "exploded prematurely in a compound in Panjwai.",
                  "Afghan officials said five insurgents were killed during a clearing "
                  "operation in the Zharay area."):
        assert answer(_P + later).killed == 8, later


def test_a_back_reference_one_sentence_on_is_the_same_toll() -> None:
    assert answer(_P + "The attack began shortly after dusk. Local officials said five "
                  "insurgents died in the attack.").killed == 3


# A party's number of a part of the unknown toll, or of people of no side, leaves it standing.
_UNKNOWN_TOLL = ("Coalition aircraft struck insurgents who had attacked a police post in "
                 "Shindand district, Herat province, on Saturday. The strike killed an unknown "
                 "number of insurgents; provincial officials said ")


def test_a_partys_number_of_a_part_leaves_the_unknown_number() -> None:
    for dead in ("a Taliban commander was killed.", "two Taliban commanders were killed.",
                 "two foreign fighters were killed.", "two people were killed."):
        assert answer(_UNKNOWN_TOLL + dead).killed == 3, dead


def test_a_figure_put_on_the_unknown_number_in_the_next_sentence() -> None:
    assert answer("Coalition aircraft struck insurgents who had attacked a police post in "
                  "Shindand district, Herat province, on Saturday. The strike killed an unknown "
                  "number of insurgents. Provincial officials later put the number of dead "
                  "insurgents at eight.").killed == 8
    assert answer(_UNKNOWN_TOLL.replace("unknown", "undetermined")
                  + "eight insurgents were killed.").killed == 8


# A denial told with a negated verb answers the reports in its sentence as well.
_T = ("\n\nA coalition patrol came under fire near the district centre and returned fire, "
      "killing two insurgents.")


def test_reports_after_a_negated_denial_are_answered() -> None:
    for denial in ("ISAF did not conduct any air strikes", "No coalition aircraft struck targets"):
        a = answer(f"{denial} in Alishing district, Laghman province, yesterday, despite "
                   "reports from provincial officials that a NATO air strike killed four "
                   "civilians." + _T)
        assert a.killed == 2, denial
        # (the strike the reports tell is one never made)
        assert denial.startswith("No") or not a.airstrike, denial


# A bomber told by any partitive of the dead told before, in his paragraph or the one before,
# whatever the verb of his own death, is among them.
_ALL_FOUR = ("Afghan police ended an attack on a government compound in Jalalabad, Nangarhar "
             "province, today.\n\nProvincial officials said all four attackers were killed.")


def test_a_bomber_told_by_any_partitive_is_among_the_dead() -> None:
    for later in (" One of them blew himself up at the gate.",
                  " Two of them detonated their explosives vests at the gate, killing themselves.",
                  " The first of them detonated his explosives vest at the gate, killing himself.",
                  "\n\nOne of them detonated his explosives vest at the gate, killing himself."):
        assert answer(_ALL_FOUR + later).killed == 4, later
