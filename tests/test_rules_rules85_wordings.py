"""Wordings the misses of the fresh open sets blind80-87 showed in lists, separate operations
and strikes recalled or named by their means (issue 14): each written as a short release of
our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import DATELINE, answer, read


# A name set off by commas after the role it names is that one man, a particle in his name
# ("al-", "ul-") or not: "a Taliban financier, Qari Yusuf al-Hamdani, and one other insurgent"
# is two men, not three.
def test_a_name_with_its_particle_set_off_after_a_role_is_that_man() -> None:
    body = ("A coalition air strike hit a motorcycle in Dangam district, Kunar province, "
            "yesterday, killing a Taliban financier, Qari Yusuf al-Hamdani, and one other "
            "insurgent.")
    assert answer(body).killed == 2


def test_a_name_without_a_particle_set_off_after_a_role_is_that_man() -> None:
    body = ("A coalition air strike hit a motorcycle in Dangam district, Kunar province, "
            "yesterday, killing a Taliban financier, Qari Yusuf Hamdani, and one other "
            "insurgent.")
    assert answer(body).killed == 2


def test_a_role_set_off_in_a_list_is_another_man() -> None:
    body = ("A coalition air strike hit a motorcycle in Dangam district, Kunar province, "
            "yesterday, killing an al-Qaeda facilitator, a bomb maker and one other insurgent.")
    assert answer(body).killed == 3


# Paragraphs that each open on a place of their own tell separate operations, even where the
# first's toll is more than the second's: they are not one toll told part by part, and a lede
# that sums them is the roundup of them.
def test_tolls_of_paragraphs_opening_on_other_places_are_separate_operations() -> None:
    body = ("Afghan and coalition forces killed four insurgents in two operations in southern "
            "Afghanistan yesterday.\n\nIn Zharay district, an Afghan and coalition patrol killed "
            "three insurgents who attacked it from an orchard.\n\nIn Nahr-e Saraj district, "
            "Helmand province, a coalition air strike killed an insurgent who was firing "
            "rockets at a checkpoint.")
    assert answer(body).killed == 4


def test_one_man_told_in_the_next_paragraph_of_the_same_place_is_one_of_the_toll() -> None:
    body = ("An Afghan and coalition patrol killed two insurgents in Zharay district, Kandahar "
            "province, yesterday.\n\nAn insurgent armed with a rifle ran toward the patrol and "
            "was killed.")
    assert answer(body).killed == 2


# The release's only strike is not the cause of a toll told in a paragraph that opens on
# another place than the strike's: that is another operation's, placed by its own place (the
# one named first alone).
SEPARATE_PLACES = ("Afghan and coalition forces killed four insurgents in two operations in "
                   "southern Afghanistan yesterday.\n\nIn Zharay district, an Afghan and "
                   "coalition patrol killed three insurgents who attacked it from an orchard.\n\n"
                   "In Nahr-e Saraj district, Helmand province, a coalition air strike killed an "
                   "insurgent who was firing rockets at a checkpoint.")


def test_a_toll_of_a_paragraph_opening_on_another_place_is_not_the_strikes() -> None:
    got, claims = read(DATELINE + SEPARATE_PLACES)
    assert got.provinces == frozenset({"kandahar"})
    patrol = next(c for c in claims if c.count.min == 3)
    assert patrol.event is None


STRIKE_THEN_PLACE = ("Coalition forces struck insurgents in Helmand province yesterday.\n\n"
                     "In Nahr-e Saraj district, a coalition air strike hit a group of insurgents "
                     "firing rockets at a checkpoint.\n\nIn Nahr-e Saraj district, three "
                     "insurgents who attacked the checkpoint from an orchard were killed.")


def test_a_toll_of_a_paragraph_opening_on_the_strikes_place_is_the_strikes() -> None:
    _, claims = read(DATELINE + STRIKE_THEN_PLACE)
    assert next(c for c in claims if c.count.min == 3).event is not None


def test_a_toll_of_the_next_paragraph_opening_on_another_place_is_not_the_strikes() -> None:
    body = STRIKE_THEN_PLACE.replace("In Nahr-e Saraj district, three",
                                     "In Garmsir district, three")
    _, claims = read(DATELINE + body)
    assert next(c for c in claims if c.count.min == 3).event is None


# A "precision strike" the lede tells with no means is the one a later sentence tells was made
# with a ground weapon: rockets fired from the ground, no strike from the air.
def test_a_precision_strike_whose_ground_weapon_a_later_sentence_names() -> None:
    body = ("Coalition forces destroyed an insurgent weapons workshop in Sangin district, "
            "Helmand province, yesterday with a precision strike.\n\nAfter confirming that no "
            "civilians were nearby, the Marines conducted a precision strike with a guided "
            "multiple launch rocket system. The strike set off a large secondary explosion.")
    assert answer(body).airstrike is False


def test_a_precision_strike_whose_later_sentence_names_an_aircraft() -> None:
    body = ("Coalition forces destroyed an insurgent weapons workshop in Sangin district, "
            "Helmand province, yesterday with a precision strike.\n\nAfter confirming that no "
            "civilians were nearby, a coalition aircraft conducted the precision strike. The "
            "strike set off a large secondary explosion.")
    assert answer(body).airstrike is True


# A strike the release recalls by a span of weeks before it stays recalled through its own
# clause, however long the object told before the strike: "comes three weeks after coalition
# aircraft destroyed ... in an air strike that killed".
def test_a_strike_recalled_through_a_long_clause_is_history() -> None:
    body = ("An Afghan and coalition patrol found a weapons cache in Alasay district, Kapisa "
            "province, yesterday.\n\nThe find comes three weeks after coalition aircraft "
            "destroyed a smaller weapons cache in the same valley in an air strike that killed "
            "two insurgents guarding it.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 0


def test_a_strike_after_a_set_off_clause_is_not_recalled() -> None:
    body = ("An Afghan and coalition patrol came under fire three weeks after arriving in "
            "Alasay district, Kapisa province, and yesterday, after a long fight, coalition "
            "aircraft conducted an air strike that killed two insurgents.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 2


# The day findings are delivered is the statement's: the strike is dated by its own day told
# after its place, "on an air strike in Shindand district, Herat province, on May 2", and a
# strike so dated before the week is history.
def test_findings_delivered_today_on_an_older_strike_date_the_strike_by_its_own_day() -> None:
    body = ("A joint Afghan and ISAF investigation team delivered its findings today on an air "
            "strike in Shindand district, Herat province, on May 20.\n\nThe team found that the "
            "strike also killed two civilians who were in a nearby compound.")
    got = answer(body)
    assert got.airstrike is False
    assert got.killed == 0


def test_findings_on_a_strike_of_the_week_report_it() -> None:
    body = ("A joint Afghan and ISAF investigation team delivered its findings on the June 12 "
            "air strike in Shindand district, Herat province.\n\nThe team found that the "
            "strike also killed two civilians who were in a nearby compound.")
    got = answer(body)
    assert got.airstrike is True
    assert got.killed == 2


# A span of time before a strike recalls only the strike of the clause it opens: a second verb
# of the main clause ("came two weeks after ... took office and included a precision air
# strike"), or a relative clause with a day of the release's week ("that coalition aircraft
# supported with an air strike that killed four insurgents this morning"), tells the release's
# own strike.
def test_a_strike_of_the_main_clauses_second_verb_after_a_span_is_the_releases() -> None:
    body = ("An air weapons team killed three insurgents in Sangin district, Helmand province, "
            "today. The engagement came two weeks after the district's new police chief took "
            "office and included a precision air strike on a mortar position.")
    got = answer(body)
    assert got.killed == 3
    assert got.airstrike is True


def test_a_strike_in_a_relative_clause_after_a_span_is_the_releases() -> None:
    body = ("Afghan and coalition forces cleared the last insurgent stronghold in the Sangin "
            "valley in Helmand province today, two months after the start of the Afghan-led "
            "operation that coalition aircraft supported with an air strike that killed four "
            "insurgents this morning.")
    assert answer(body).airstrike is True


# Every span of time back from the release's week recalls the strike alike, whatever its
# numeral: "four months", "five months", "six weeks", "seven weeks", "a year", "several years".
RECALLED_BY_SPAN = ("An Afghan and coalition patrol found a weapons cache in Alasay district, "
                    "Kapisa province, yesterday.\n\nThe find comes {} after coalition aircraft "
                    "destroyed a smaller weapons cache in the same valley in an air strike that "
                    "killed two insurgents guarding it.")


def test_a_strike_recalled_by_any_span_of_months_or_weeks_is_history() -> None:
    for span in ("four months", "five months", "six weeks", "seven weeks", "eleven months",
                 "a year", "several years", "a few months"):
        assert answer(RECALLED_BY_SPAN.format(span)).airstrike is False, span


# A ground weapon's "precision strike" in another operation says nothing of how the lede's
# precision strike was made: "In a separate operation in Musa Qal'ah district, Marines
# conducted a precision strike with a High Mobility Artillery Rocket System".
def test_a_ground_precision_strike_of_a_separate_operation_is_not_the_ledes() -> None:
    body = ("Coalition forces killed two insurgents with a precision strike on a compound in "
            "Sangin district, Helmand province, yesterday.\n\nIn a separate operation in Musa "
            "Qal'ah district, Marines conducted a precision strike with a High Mobility "
            "Artillery Rocket System on an insurgent mortar position.")
    got = answer(body)
    assert got.killed == 2
    assert got.airstrike is True


def test_a_ground_precision_strike_of_a_paragraph_opening_on_another_place() -> None:
    body = ("Coalition forces killed two insurgents with a precision strike on a compound in "
            "Sangin district, Helmand province, yesterday.\n\nIn Musa Qal'ah district, Marines "
            "conducted a precision strike with a High Mobility Artillery Rocket System on an "
            "insurgent mortar position.")
    assert answer(body).airstrike is True


# Paragraphs opening on one district under two spellings ("Nad-e Ali", "Nad Ali"; "Marja",
# "Marjah"), or on a district and the province that holds it, open on one place: the toll is
# the release's only strike's.
PLACE_SPELLINGS = ("Coalition forces struck insurgents in Helmand province yesterday.\n\n"
                   "In Nad-e Ali district, a coalition air strike hit a group of insurgents firing "
                   "rockets at a checkpoint.\n\nIn {} district, three insurgents were killed as "
                   "they fled toward a compound.")


def test_a_toll_of_a_paragraph_opening_on_another_spelling_of_the_place_is_the_strikes() -> None:
    for spelling in ("Nad Ali", "Nad-e Ali", "Nadi Ali"):
        _, claims = read(DATELINE + PLACE_SPELLINGS.format(spelling))
        assert next(c for c in claims if c.count.min == 3).event is not None, spelling


def test_a_toll_of_a_paragraph_opening_on_marja_after_marjah_is_the_strikes() -> None:
    body = PLACE_SPELLINGS.replace("In Nad-e Ali district, a", "In Marjah district, a").format(
        "Marja")
    _, claims = read(DATELINE + body)
    assert next(c for c in claims if c.count.min == 3).event is not None


def test_a_toll_of_a_paragraph_opening_on_the_strikes_province_is_the_strikes() -> None:
    body = ("Coalition forces struck insurgents in southern Afghanistan yesterday.\n\nIn Nad-e "
            "Ali district, a coalition air strike hit a group of insurgents firing rockets at a "
            "checkpoint.\n\nIn Helmand province, three insurgents were killed as they fled "
            "toward a compound.")
    _, claims = read(DATELINE + body)
    assert next(c for c in claims if c.count.min == 3).event is not None


def test_a_toll_of_a_paragraph_opening_on_another_district_of_the_province_stays_apart() -> None:
    _, claims = read(DATELINE + PLACE_SPELLINGS.format("Garmsir"))
    assert next(c for c in claims if c.count.min == 3).event is None
