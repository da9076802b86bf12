"""Whose voice a release's toll is in, and when its casualties happened, through the rules'
claims (claimant, date) and the ISAF reduction.

Every sentence here was written for these tests in the style of ISAF press releases of
2009-2013 (none is copied from ``evals/external/isaf`` or the gold set). The releases are dated
Tuesday, June 14, 2011 (``tests/isaf_probes.py``). Each family has probes the rules misread
before the pattern was added and negatives (another party's voice, another date) that must keep
their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from llmextract.normalize.dates import find_dates
from llmextract.rules.voice import release_voice
from tests import isaf_probes

TOLL = "five insurgents were killed in Khost province today"


def claimants(body: str) -> list[str | None]:
    _, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    assert claims, body
    return [c.claimant for c in claims]


def day(n: int) -> dt.date:
    return dt.date(2011, 6, n)


# --- voice ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    f"Col. John Smith, a spokesman for ISAF, said {TOLL}.",
    f"Lt. Col. John Smith said {TOLL}.",
    f"U.S. Army Col. John Smith said {TOLL}.",
    f"Maj. John Smith, an ISAF spokesman, said {TOLL}.",
    f"Capt. Jane Smith said {TOLL}.",
    f"Sgt. John Smith said {TOLL}.",
    f"Cmdr. John Smith, a spokesman for ISAF, said {TOLL}.",
    f"U.S. Navy Adm. John Smith said {TOLL}.",
    f"Brig. Gen. John Smith, ISAF spokesman, said {TOLL}.",
    f"An ISAF spokesperson confirmed {TOLL}.",
    f"ISAF officials said {TOLL}.",
    f"Afghan and coalition officials said {TOLL}.",
    f"A Regional Command (South) spokesman said {TOLL}.",
    f"The ISAF Joint Command said {TOLL}.",
    f"According to an ISAF press officer, {TOLL}.",
    f"Sgt. Maj. John Smith said {TOLL}.",
    f"Lt. Gen. John Smith, IJC commander, said {TOLL}.",
    f"Marine Corps Capt. John Smith, a spokesman for Regional Command Southwest, said {TOLL}.",
    f"ISAF said in a statement that {TOLL}.",
    # ... also with the role set off before the ranked name, and not a fronted circumstance's
    # words ("In Afghan villages, ...")
    f"A spokesman for the coalition, Lt. Col. John Smith, said {TOLL}.",
    f"The ISAF Joint Command spokesman, Col. John Smith, said {TOLL}.",
    f"In the Afghan capital, Col. John Smith said {TOLL}.",
    # ... nor a clause or a time told before the name
    "The combined force killed five insurgents in Khost province today, said Lt. Col. John "
    "Smith.",
    f"The day after the Taliban attack, Lt. Col. John Smith said {TOLL}.",
    f"The morning after the police checkpoint was attacked, Col. John Smith said {TOLL}.",
])
def test_the_releasing_sides_own_voice_is_no_claimant(body: str) -> None:
    assert claimants(body) == [None]


@pytest.mark.parametrize(("body", "who"), [
    (f"The provincial police chief said {TOLL}.", "The provincial police chief"),
    (f"According to the district governor, {TOLL}.", "the district governor"),
    ("Taliban spokesman Zabihullah Mujahid claimed five soldiers were killed in Khost province "
     "today.", "Taliban spokesman Zabihullah Mujahid"),
    ("Local elders said five civilians were killed in Khost province today.", "Local elders"),
    # a rank does not make an officer the issuer's: his own force is named
    (f"Afghan Border Police Brig. Gen. Abdul Rahim Hotak said {TOLL}.",
     "Afghan Border Police Brig. Gen. Abdul Rahim Hotak"),
    (f"Gen. Abdul Rahim Hotak, the provincial police chief, said {TOLL}.",
     "the provincial police chief"),
    (f"Provincial spokesman Daud Karimi said {TOLL}.", "Provincial spokesman Daud Karimi"),
    (f"The Interior Ministry said in a statement that {TOLL}.", "The Interior Ministry"),
    (f"A spokesman for the Afghan Ministry of Defense said {TOLL}.",
     "A spokesman for the Afghan Ministry of Defense"),
    # the role set off before a ranked name says whose voice it is
    (f"The Zabul provincial police chief, Gen. Ghulam Sarwari, said {TOLL}.",
     "Gen. Ghulam Sarwari"),
    (f"Kunar's provincial police chief, Brig. Gen. Sardar Hamdard, told journalists that {TOLL}.",
     "Brig. Gen. Sardar Hamdard"),
    (f"The Kunduz chief of police, Gen. Sayed Noorzad, told reporters {TOLL}.",
     "Gen. Sayed Noorzad"),
])
def test_another_partys_voice_keeps_its_claimant(body: str, who: str) -> None:
    assert claimants(body) == [who]


@pytest.mark.parametrize(("said", "own"), [
    ("Col. John Smith, a spokesman for ISAF, said", True),
    ("Lt.Col. John Smith said", True),
    ("ISAF officials in Nad-e Ali district said", True),
    ("a spokesman for the provincial governor said", False),
    ("Afghan National Army Col. Ahmad Shah said", False),
    ("district officials said", False),
    ("John Smith said", False),  # no side named: not the release's voice by default
])
def test_release_voice_reads_the_attribution_phrase(said: str, own: bool) -> None:
    assert release_voice(said) is own


@pytest.mark.parametrize(("body", "who"), [
    ("Five insurgents were killed in Khost province today, said Lt. Col. John Smith.", None),
    ("Five insurgents were killed in Khost province today, said U.S. Army Col. John Smith, an "
     "ISAF spokesman.", None),
    ("Five insurgents were killed in Khost province today, said Afghan Border Police Brig. Gen. "
     "Abdul Rahim Hotak.", "Afghan Border Police Brig. Gen. Abdul Rahim Hotak"),
    ("Five insurgents were killed in Khost province today, said the provincial police chief.",
     "the provincial police chief"),
])
def test_a_speaker_put_after_the_toll_keeps_rank_and_date(body: str, who: str | None) -> None:
    # the rank's dot is not the speaker's end, and "today, said X" dates the toll, not the
    # statement
    _, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    assert [(c.claimant, c.date.earliest) for c in claims] == [(who, day(14))]


def test_a_date_set_off_before_the_verb_dates_the_statement() -> None:
    # guard: "ISAF, today, confirmed the capture": the statement's day, not the capture's
    _, claims = isaf_probes.read(
        isaf_probes.DATELINE + "ISAF, today, confirmed the capture of two Taliban leaders in "
        "Kandahar province.")
    assert [c.date.earliest for c in claims] == [None]


# --- a toll's own date against a strike told later -----------------------------------------

RECALLED_STRIKE = " On June 2, an air strike in the same district killed a Taliban commander."


def claim_days(body: str) -> list[dt.date | None]:
    _, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    return [c.date.earliest for c in claims]


@pytest.mark.parametrize("lede", [
    "Coalition forces killed two insurgents in Kandahar province yesterday.",
    "Yesterday, coalition forces searched a compound in Kandahar province. The force killed two "
    "insurgents.",
])
def test_a_toll_keeps_its_own_day_when_a_later_sentence_tells_another_strike(lede: str) -> None:
    assert claim_days(lede + RECALLED_STRIKE) == [day(13), day(2)]
    answer = isaf_probes.answer(lede + RECALLED_STRIKE)
    assert (answer.killed, answer.start_date) == (2, day(13))


@pytest.mark.parametrize("body", [
    # the strike told again in the toll's own sentence: the strike's day
    "An air strike killed two insurgents in Kandahar province on June 12. Also killed in the "
    "strike were three fighters.",
    # a death of the strike's wounds, however much later, is the strike's
    "An air strike killed two insurgents in Kandahar province on June 12. Two of the wounded "
    "died yesterday.",
    # an updated toll is the strike's
    "An air strike killed two insurgents in Kandahar province on June 12. The death toll rose to "
    "four yesterday.",
])
def test_a_toll_of_the_strike_keeps_the_strikes_day(body: str) -> None:
    assert set(claim_days(body)) == {day(12)}


# --- an operation of n days told by its end --------------------------------------------------

KILLED = "An Afghan and coalition security force killed five insurgents"


@pytest.mark.parametrize(("body", "first", "last"), [
    (f"{KILLED} during a two-day operation that ended Sunday in Khost province.", 11, 12),
    (f"{KILLED} during a three-day operation concluding Tuesday in Khost province.", 12, 14),
    (f"{KILLED} during a week-long clearing operation, which ended on June 12, in Khost "
     "province.", 6, 12),
    ("Coalition forces concluded a two-day operation Sunday, killing five insurgents in Khost "
     "province.", 11, 12),
    (f"{KILLED} in a two-day operation in Khost province. The operation ended Sunday.", 11, 12),
    (f"{KILLED} in Khost province. The two-day operation ended Sunday.", 11, 12),
    # guards: a start is the operation's first day; one day is that day
    (f"{KILLED} in Khost province during an operation which began Friday.", 10, 10),
    ("The operation, which began Friday, killed five insurgents in Khost province.", 10, 10),
    (f"{KILLED} in Khost province Sunday.", 12, 12),
])
def test_an_operation_of_n_days_told_by_its_end(body: str, first: int, last: int) -> None:
    _, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    assert [(c.date.earliest, c.date.latest) for c in claims] == [(day(first), day(last))]
    assert isaf_probes.answer(body).start_date == day(first)


@pytest.mark.parametrize("body", [
    # an end without a length says nothing of when the toll happened
    f"{KILLED} in an operation in Khost province. The operation ended Sunday.",
    # the length of something else
    f"{KILLED} in Khost province. A two-day shura ended Sunday.",
])
def test_an_end_alone_does_not_date_the_toll(body: str) -> None:
    _, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    assert [c.date.earliest for c in claims] == [None]


# --- numeric and ordinal dates ---------------------------------------------------------------

@pytest.mark.parametrize(("when", "expected"), [
    ("on 2011-06-12", day(12)),
    ("on 13/06/2011", day(13)),  # day first: no month 13
    ("on 06/13/2011", day(13)),  # month first
    ("on 06/06/2011", day(6)),  # either order, one day
    ("on June 12th", day(12)),
    ("on 12th June 2011", day(12)),
    ("on the 12th of June", day(12)),
])
def test_an_unambiguous_numeric_or_ordinal_date_is_read(when: str, expected: dt.date) -> None:
    [found] = find_dates(when, day(14))
    assert (found.range.earliest, found.range.latest) == (expected, expected)
    _, claims = isaf_probes.read(f"{isaf_probes.DATELINE}{KILLED} in Khost province {when}.")
    assert [c.date.earliest for c in claims] == [expected]


@pytest.mark.parametrize("when", [
    "on 12/06/2011",  # June 12 or December 6
    "on 05/06/2011",
    "on 31/02/2011",  # no such day
    "ratio 3/14/2011/5",  # part of a longer figure
    "on 12/06/20111",
])
def test_an_ambiguous_numeric_date_stays_unread(when: str) -> None:
    assert find_dates(when, day(14)) == []


# --- the date wordings of the releases -------------------------------------------------------
# Night wordings are dated by the evening the night begins: the ISAF coders date "last night"
# and "an overnight operation here last night" the day before the dateline, "this morning" the
# dateline's day.

@pytest.mark.parametrize(("when", "first", "last"), [
    # probes: read only since these tests
    ("within the last 24 hours", 13, 14),
    ("during an overnight operation", 13, 13),
    # guards
    ("early this morning", 14, 14),
    ("earlier today", 14, 14),
    ("late last night", 13, 13),
    ("overnight", 13, 13),
    ("during an overnight operation Sunday", 12, 12),
    ("overnight Sunday", 12, 12),
    ("in the early morning hours of June 12", 12, 12),
    ("in the predawn hours of June 12", 12, 12),
    ("Saturday night", 11, 11),
    ("late Sunday night", 12, 12),
    ("this past weekend", 11, 12),
    ("over the weekend", 11, 12),
    ("on the evening of June 11", 11, 11),
    ("on the night of June 11-12", 11, 12),
    ("June 11 local time", 11, 11),
    ("at approximately 10 p.m. June 11", 11, 11),
    ("two days ago", 12, 12),
])
def test_a_release_date_wording(when: str, first: int, last: int) -> None:
    _, claims = isaf_probes.read(f"{isaf_probes.DATELINE}{KILLED} in Khost province {when}.")
    assert [(c.date.earliest, c.date.latest) for c in claims] == [(day(first), day(last))]


@pytest.mark.parametrize("when", [
    "during a week-long operation",  # a length with no day
    "during the overnight operation",  # refers back to an operation the text dated, or not
    "shortly after midnight",
])
def test_a_wording_with_no_day_leaves_the_toll_undated(when: str) -> None:
    _, claims = isaf_probes.read(f"{isaf_probes.DATELINE}{KILLED} in Khost province {when}.")
    assert [c.date.earliest for c in claims] == [None]


def test_an_overnight_operation_in_the_lede_dates_the_toll_after_it() -> None:
    body = ("Coalition forces conducted an overnight operation in Khost province. The force "
            "killed two insurgents.")
    _, claims = isaf_probes.read(isaf_probes.DATELINE + body)
    assert [c.date.earliest for c in claims] == [day(13)]


@pytest.mark.parametrize(("when", "expected"), [
    ("on Jan. 27", dt.date(2011, 1, 27)),
    ("on Jan 27", dt.date(2011, 1, 27)),
    ("on Sept. 3", dt.date(2010, 9, 3)),  # after the release's day: the year before
    ("on Sept 3", dt.date(2010, 9, 3)),
    ("on SEPT. 3", dt.date(2010, 9, 3)),
])
def test_an_abbreviated_month(when: str, expected: dt.date) -> None:
    _, claims = isaf_probes.read(f"{isaf_probes.DATELINE}{KILLED} in Khost province {when}.")
    assert [c.date.earliest for c in claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline without a year: the year of the text's own dates (it looks back on them) or of
    # the release number
    ("KABUL, Afghanistan (Jan. 14) – Coalition forces killed two insurgents in Khost province "
     "yesterday. The leader had been active since June 2011.", dt.date(2012, 1, 13)),
    ("ISAF Joint Command - Afghanistan 2011-06-S-045\nKABUL, Afghanistan (June 14) – Coalition "
     "forces killed two insurgents in Khost province yesterday.", day(13)),
    ("KABUL, Afghanistan – Sept. 14 – Coalition forces killed two insurgents in Khost province "
     "yesterday. In 2011 the leader was active.", dt.date(2011, 9, 13)),
])
def test_a_dateline_without_a_year(text: str, expected: dt.date) -> None:
    answer, claims = isaf_probes.read(text, None)
    assert [c.date.earliest for c in claims] == [expected]
    assert answer.start_date == expected


def test_a_dateline_without_a_year_anywhere_dates_nothing() -> None:
    answer, claims = isaf_probes.read(
        "KABUL, Afghanistan (June 14) – Coalition forces killed two insurgents in Khost province "
        "yesterday.", None)
    assert [c.date.earliest for c in claims] == [None]
    assert answer.start_date is None


@pytest.mark.parametrize(("said", "own"), [
    ("A British military spokesman said", True),
    ("Task Force Kandahar officials said", True),
    ("An IJC spokesman said", True),
    ("A Pakistani military spokesman said", False),
    ("A Taliban military spokesman said", False),
    # the issuer's forces with their Afghan partners
    ("An Afghan-international security force reported", True),
    ("The Afghan-ISAF force confirmed", True),
    ("Afghan National Security and International Security Assistance Forces reported", True),
    ("Afghan and international forces confirmed", True),
    ("Afghan National Security Forces confirmed", False),
])
def test_a_military_spokesman_is_the_release_s_unless_another_party_s(said: str,
                                                                     own: bool) -> None:
    assert release_voice(said) is own


# --- spans of two named days -----------------------------------------------------------------

@pytest.mark.parametrize(("when", "first", "last"), [
    ("on the night of Sunday to Monday", 12, 13),
    ("overnight Sunday into Monday", 12, 13),
    ("Sunday night into Monday morning", 12, 13),
    ("between Sunday and Monday", 12, 13),
    ("from Friday to Sunday", 10, 12),
    ("on June 11 and 12", 11, 12),
    ("on June 11 and 12, 2011", 11, 12),
])
def test_a_span_of_named_days(when: str, first: int, last: int) -> None:
    [found] = find_dates(when, day(14))
    assert (found.range.earliest, found.range.latest) == (day(first), day(last))
    _, claims = isaf_probes.read(f"{isaf_probes.DATELINE}{KILLED} in Khost province {when}.")
    assert [(c.date.earliest, c.date.latest) for c in claims] == [(day(first), day(last))]


@pytest.mark.parametrize(("when", "days"), [
    # two named days are two days, not a span
    ("on Saturday and Sunday", [(11, 11), (12, 12)]),
    ("on Monday and Wednesday", [(13, 13), (8, 8)]),
    ("on June 11 and 13", [(11, 11)]),
    # a count after "and" is not a day
    ("on June 11 and 12 civilians", [(11, 11)]),
])
def test_two_named_days_are_not_a_span(when: str, days: list[tuple[int, int]]) -> None:
    assert [(m.range.earliest, m.range.latest) for m in find_dates(when, day(14))] == [
        (day(a), day(b)) for a, b in days]


@pytest.mark.parametrize(("body", "who"), [
    ("Coalition forces conducted an operation in Khost province today, said Lt. Col. John Smith, "
     "an ISAF spokesman. He said five insurgents were killed.", None),
    ("Coalition forces conducted an operation in Khost province today, said Abdul Karim, the "
     "provincial police chief. He said five civilians were killed.", "Abdul Karim"),
])
def test_a_speaker_named_before_keeps_his_side(body: str, who: str | None) -> None:
    assert claimants(body) == [who]
