"""Wordings the misses of the fresh open sets blind128-135 showed in parties' numbers of dead
told without one, own units unhurt, whom the dead were attacking and reports from a source
(issue 14): each written as a short release of our own, with negatives."""

from __future__ import annotations

from llmextract.evaluation import isaf
from tests.isaf_probes import DATELINE, answer, read


# A figure put on a vague toll is its number: "Local officials said several insurgents were
# killed; the provincial police put the number of dead insurgents at five" is five, not the
# vague toll and its number each dropped for the other.
def test_a_figure_put_on_a_vague_toll_is_its_number() -> None:
    body = ("Afghan National Police drove off an insurgent attack on the district center of "
            "Kajran district, Day Kundi province, yesterday. Local officials said several "
            "insurgents were killed; the provincial police put the number of dead insurgents "
            "at five.")
    assert answer(body).killed == 5


def test_a_figure_put_on_the_insurgents_killed_is_its_number() -> None:
    body = ("Afghan National Police drove off an insurgent attack on the district center of "
            "Kajran district, Day Kundi province, yesterday. Local officials said several "
            "insurgents were killed; the provincial police put the number of insurgents killed "
            "at five.")
    assert answer(body).killed == 5


def test_a_figure_put_on_a_numbered_toll_is_that_toll_again() -> None:
    body = ("Afghan National Police drove off an insurgent attack on the district center of "
            "Kajran district, Day Kundi province, yesterday. Local officials said three "
            "insurgents were killed; the provincial police put the number of dead insurgents "
            "at five.")
    assert answer(body).killed == 3


# "an unknown number of civilians ... were also killed" tells a population dead without a
# number, as "civilians were killed" does: a party's number of them is the release's number.
def test_a_partys_number_of_civilians_told_dead_in_an_unknown_number_counts() -> None:
    body = ("A coalition patrol called in an air strike on insurgents firing from a compound in "
            "Tagab district, Kapisa province, yesterday. An initial assessment indicates that "
            "the strike killed four insurgents and that an unknown number of civilians in a "
            "neighbouring compound were also killed. Provincial officials said six civilians, "
            "including two children, died.")
    assert answer(body).killed == 10


def test_a_partys_number_beside_the_releases_own_vague_civilians_does_not_count() -> None:
    body = ("A coalition patrol called in an air strike on insurgents firing from a compound in "
            "Tagab district, Kapisa province, yesterday. An initial assessment indicates that "
            "the strike killed four insurgents and several civilians in a neighbouring "
            "compound. District officials said six civilians died.")
    assert answer(body).killed == 7


def test_a_toll_with_a_number_beside_an_unknown_number_stands() -> None:
    body = ("A coalition air strike in Dangam district, Kunar province, yesterday killed a "
            "Taliban commander who moved weapons across the border, along with an unknown "
            "number of his fighters. Afghan officials reported that six insurgents died in the "
            "strike.")
    assert answer(body).killed == 4


# Reports from a source that a strike killed civilians, where the release says its side made no
# strike there, are answered, not told (as "reports that" are).
def test_reports_from_officials_of_a_strike_never_made_count_none() -> None:
    body = ("ISAF is aware of reports from district officials that a NATO air strike killed "
            "five civilians in Pasaband district, Ghor province, yesterday. ISAF conducted no "
            "air strikes in Ghor province yesterday.")
    assert answer(body).killed == 0


def test_reports_from_officials_of_a_strike_the_release_confirms_count() -> None:
    body = ("ISAF is aware of reports from district officials that a NATO air strike killed "
            "five civilians in Pasaband district, Ghor province, yesterday. ISAF is "
            "investigating the strike.")
    assert answer(body).killed == 5

# Whom the dead were attacking as they died is not among them: "killed several insurgents
# attacking an Afghan Border Police patrol" is the insurgents' toll.
def test_those_the_dead_were_attacking_are_not_the_dead() -> None:
    body = ("A coalition scout weapons team killed several insurgents attacking an Afghan "
            "Border Police outpost in Kuran wa Munjan district, Badakhshan province, yesterday.")
    assert answer(body).killed == 3


def test_a_partner_force_told_dead_beside_insurgents_is_still_its_own() -> None:
    body = ("An insurgent attack on an outpost in Kuran wa Munjan district, Badakhshan "
            "province, yesterday killed two Afghan Border Police officers. The patrol's "
            "return fire killed three insurgents.")
    assert answer(body).killed == 3


# The men of the releasing side's post who suffered no casualties are its own: their denial
# leaves a party's toll of the insurgents standing.
def test_a_posts_police_unhurt_deny_no_toll_of_the_insurgents() -> None:
    body = ("Coalition aircraft struck insurgents who were attacking an Afghan police outpost "
            "in Deh Rawud district, Uruzgan province, last night. Afghan National Police in "
            "Uruzgan confirmed the death of three insurgents. The outpost's police suffered no "
            "casualties.")
    assert answer(body).killed == 3


def test_no_casualties_in_the_release_own_voice_still_deny_a_partys_civilian_toll() -> None:
    body = ("Coalition aircraft struck insurgents who were attacking an Afghan police outpost "
            "in Deh Rawud district, Uruzgan province, last night. Villagers claimed that three "
            "civilians were killed. An ISAF assessment found no civilian casualties.")
    assert answer(body).killed == 0




# Review 4's negatives. The release's own "unknown number" of civilians gives way to a party's
# number only where that number is still counted after the learnt selector: two parties'
# differing numbers leave the civilians counted, not dropped with both.
def test_an_unknown_number_beside_two_parties_numbers_keeps_the_civilians() -> None:
    body = ("A coalition air strike killed four insurgents in Nahr-e Saraj district, Helmand "
            "province, yesterday. An unknown number of civilians were also killed. Provincial "
            "officials said six civilians died; villagers said eight civilians were killed.")
    assert answer(body).killed == 10


# The release's own "killing an unknown number of insurgents" is its count of its own fight,
# kept as its "several" is: an allied force's figure does not replace it, of the same fight or
# of another one set apart.
def test_the_releases_own_unknown_number_of_insurgents_stands_beside_an_allied_figure() -> None:
    body = ("Afghan and coalition forces repelled an attack on a combat outpost in Nahr-e Saraj "
            "district, Helmand province, yesterday, killing an unknown number of insurgents. "
            "Afghan National Army commanders said 11 insurgents were killed.")
    assert answer(body).killed == 3


def test_an_unknown_number_of_insurgents_is_not_replaced_by_a_separate_incidents_toll() -> None:
    body = ("A coalition air strike killed an unknown number of insurgents in Nahr-e Saraj "
            "district, Helmand province, yesterday. In a separate incident in Kandahar province, "
            "Afghan National Police said seven insurgents were killed in a clash in Arghandab "
            "district.")
    assert answer(body).killed == 3


def test_an_updates_unknown_number_of_insurgents_is_not_replaced_by_another_clash() -> None:
    body = ("Afghan and coalition forces continued operations across Afghanistan in the last 24 "
            "hours. In Nahr-e Saraj district, Helmand province, an air weapons team engaged "
            "insurgents, killing an unknown number of insurgents. In Gereshk, Afghan National "
            "Police said they killed two insurgents in a separate clash.")
    assert answer(body).killed == 3


# Whom the dead were attacking is stripped only up to the next counted conjunct: the soldiers
# after "and" are among the dead, so the mixed claim's other side is the five insurgents.
def test_whom_the_dead_attacked_leaves_the_next_conjuncts_dead() -> None:
    _, claims = read(DATELINE + "Two Afghan soldiers and five insurgents were killed in Zhari "
                     "district, Kandahar province, yesterday.")
    base = claims[0]
    for quote, share in (
            ("Five insurgents firing on the patrol and two Afghan soldiers were killed", 5),
            ("three insurgents attacking the checkpoint and an Afghan policeman were killed", 3),
            ("Two ISAF service members were killed attacking an insurgent position and three "
             "insurgents were killed", 0)):
        span = base.evidence[0].model_copy(update={"text": quote, "start": 0, "end": len(quote)})
        mixed = base.model_copy(update={"evidence": [span], "population": "mixed"})
        assert isaf._other_share(mixed) == share, quote


# Only the releasing side's own unit is unhurt in its own voice: the villagers' "no casualties"
# still denies their own claim of dead civilians.
def test_villagers_unhurt_are_no_unit_of_the_releasing_side() -> None:
    body = ("Coalition aircraft struck insurgents who were attacking an Afghan police outpost "
            "in Deh Rawud district, Uruzgan province, last night. Villagers claimed that three "
            "civilians were killed. The villagers suffered no casualties.")
    assert answer(body).killed == 0


# Reports from the partner force that fought are its own toll of its fight, not a third party's
# reports the release answers.
def test_reports_from_the_partner_force_that_fought_are_its_toll() -> None:
    body = ("ISAF has received reports from the Afghan National Army patrol that engaged the "
            "insurgents that four insurgents were killed in Bala Murghab district, Badghis "
            "province, yesterday. No coalition forces were present during the engagement.")
    assert answer(body).killed == 4


# The post's guards, defenders or policemen unhurt are the releasing side's own, as its police
# are: their "no casualties" leaves the police's toll of the insurgents standing.
def test_a_posts_guards_defenders_or_policemen_unhurt_deny_no_toll_of_the_insurgents() -> None:
    for men in ("guards", "defenders", "policemen"):
        body = ("Coalition aircraft struck insurgents who were attacking an Afghan police "
                "checkpoint in Deh Rawud district, Uruzgan province, last night. Afghan "
                "National Police in Uruzgan confirmed the death of three insurgents. The "
                f"checkpoint's {men} suffered no casualties.")
        assert answer(body).killed == 3, men
