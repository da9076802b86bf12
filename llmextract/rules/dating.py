"""Dates for the rules backend: what each section's relative dates resolve against, the date
mentions of a sentence (with the days counted back from the narrative's last date: "the day
before", "the previous evening"), and when each claim's casualties happened (guidelines §2)."""

from __future__ import annotations

import datetime as dt
import re

from llmextract.normalize.dates import anchor_from_dateline, find_dates, find_publication_date
from llmextract.rules import events as _events
from llmextract.rules.claims import LIST_BEFORE, MEMORIAL_FOR, MEMORIAL_TO, ClaimDraft
from llmextract.rules.events import DatesIn
from llmextract.rules.refutation import WITHDRAWN_STATEMENT
from llmextract.rules.text import Layout, Sentence, context_sentences
from llmextract.schema import DateRange, StrikeEvent

# The next sentence's withdrawal of what an earlier release said: "That statement was in error."
_WITHDRAWN = re.compile(WITHDRAWN_STATEMENT, re.IGNORECASE)


def anchors(text: str, lay: Layout, published: dt.date | None) -> dict[int, dt.date | None]:
    """The date each section's relative expressions resolve against: its own dateline (a text
    may join a release and its update), else the publication date."""
    fallback = published or find_publication_date(text)
    hint = fallback.year if fallback is not None else None
    anchors: dict[int, dt.date | None] = {}
    bounds = [*lay.section_starts, lay.body_end]
    for section in range(len(lay.section_starts)):
        chunk = text[bounds[section]:bounds[section + 1]]
        own = anchor_from_dateline(chunk, hint)
        anchors[section] = own or fallback
    return anchors


# A cheap first look: a sentence with none of these has no date expression for the resolver:
# a digit, a word ending in "day" ("Monday", "holiday"), or one of the date words ("past",
# "last" and "hours" let "over the past day" and "the last 24 hours" through). Three searches,
# each of which the regex engine runs faster than the single alternation would.
_DIGIT = re.compile(r"\d")
_DAY_WORD = re.compile(r"\Bday\b")
_DATE_WORD = re.compile(
    r"(?=[acdefhjlmnopstwy])\b(?:today|tonight|yesterday|night|morning|evening|afternoon|ago"
    r"|weeks?|months?|years?|weekend|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
    r"|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mid"
    r"|early|late|past|last|earlier|hours|dawn|overnight|days?|previous|preceding"
    # a day spelled out: "on the twelfth"
    r"|on\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth)|christmas|new\s+year)\b")


def _date_hint(lower: str) -> bool:
    return bool(_DIGIT.search(lower) or _DAY_WORD.search(lower) or _DATE_WORD.search(lower))


def dates_finder(text: str, anchors: dict[int, dt.date | None]) -> DatesIn:
    """Absolute-offset date mentions of a sentence, resolved against its section's anchor."""

    cache: dict[int, list[tuple[int, int, DateRange]]] = {}
    no_hint: set[int] = set()

    def dates_in(sentence: Sentence) -> list[tuple[int, int, DateRange]]:
        if sentence.index in cache:
            return cache[sentence.index]
        if sentence.index in no_hint:
            return []
        if not _date_hint(sentence.lower):
            no_hint.add(sentence.index)
            return []
        anchor = anchors.get(sentence.section)
        found = [(sentence.start + d.start, sentence.start + d.end, d.range)
                 for d in find_dates(sentence.text, anchor)]
        if anchor is not None and _DAY_BEFORE.search(sentence.lower) is not None:
            found = sorted([*found, *_days_before(text, sentence, found, anchor)])
        if _SPAN_WORD.search(sentence.lower) is not None:
            found = [_whole_span(text, sentence, d) for d in found]
        if anchor is not None and "since" in sentence.lower:
            found = [_since_day(text, sentence, d, anchor) for d in found]
        if len(found) > 1 and ("began" in sentence.lower or "started" in sentence.lower):
            found = _begun_span(text, sentence, found)
        if len(found) > 1:
            found = _narrowed_by_apposition(text, found)
        if not found and anchor is not None and "overnight" in sentence.lower:
            found = _overnight(sentence, anchor)
        if not found and anchor is not None:
            found = _month_attack(sentence, anchor)
        if not found:
            found = _year_attack(sentence)
        cache[sentence.index] = found
        return found
    return dates_in


# A span set off by the day it means: "earlier this month, on May 3", "last week, on
# Tuesday" (the span is only the lead-in to the day).
_APPOSED_DAY = re.compile(r"\s*(?:,|--|\u2013|\u2014)\s*(?:on\s+)?")


def _narrowed_by_apposition(text: str, found: list[tuple[int, int, DateRange]]
                            ) -> list[tuple[int, int, DateRange]]:
    """The dates of a sentence without a span that a day set off after it narrows: "was killed
    earlier this month, on May 3" happened on May 3 (the day, not the month, dates it)."""
    dropped: set[int] = set()
    for i in range(len(found) - 1):
        (_, end, span), (start, _, day) = found[i], found[i + 1]
        if (span.precision in ("month", "week") and day.precision == "day"
                and span.earliest is not None and span.latest is not None
                and day.earliest is not None
                and span.earliest <= day.earliest <= span.latest
                and start - end <= 6 and _APPOSED_DAY.fullmatch(text[end:start]) is not None):
            dropped.add(i)
    return [d for i, d in enumerate(found) if i not in dropped] if dropped else found


# "an overnight operation", "an overnight raid" with no other date in the sentence: the night
# before the release, dated by its evening, as "last night" is (the ISAF coders date "an
# overnight operation here last night" and "In Logar last night" the day before the dateline).
# With a day named ("an overnight operation Sunday") that day dates it; "the overnight
# operation" refers back to one already dated.
_AN_OVERNIGHT = re.compile(
    r"\ban\s+overnight\s+(?:[\w-]+\s+){0,2}?(?:operations?|raids?|missions?|assaults?"
    r"|searche?s?|patrols?|strikes?|air\s*strikes?)\b")


def _overnight(sentence: Sentence, anchor: dt.date) -> list[tuple[int, int, DateRange]]:
    m = _AN_OVERNIGHT.search(sentence.lower)
    if m is None:
        return []
    night = anchor - dt.timedelta(days=1)
    return [(sentence.start + m.start(), sentence.start + m.end(),
             DateRange(earliest=night, latest=night, precision="day"))]


# An attack named by its month: "In the August attack, insurgents killed a guard" is dated to
# that month as "in August" is (the release recalls it), not to the day the release reports.
_MONTH_ATTACK = re.compile(
    r"\bthe\s+(?P<month>january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|bombings?|strikes?"
    r"|assaults?|incidents?|operations?)\b")


def _month_attack(sentence: Sentence, anchor: dt.date) -> list[tuple[int, int, DateRange]]:
    m = _MONTH_ATTACK.search(sentence.lower)
    if m is None:
        return []
    month = find_dates(f"in {m.group('month').capitalize()}", anchor)
    return [(sentence.start + m.start(), sentence.start + m.end(), month[0].range)] if (
        month) else []


# An operation of n days told by its last day: "a two-day operation that ended Sunday", "a
# three-day operation concluding Tuesday", "a week-long clearing operation, which ended on
# June 12": its days are the last day and the n - 1 before it.
_SPAN_WORD = re.compile(r"[- ](?:day|week)\b")
_N_DAYS = (r"(?:\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)[- ]day|\bweek-long)"
           r"\s+(?:[\w-]+\s+){0,3}?(?:operations?|offensive|missions?|raids?|patrols?|assaults?"
           r"|clearance|sweep|campaign)")
_N_DAYS_IN = re.compile(_N_DAYS, re.IGNORECASE)
_ENDED = r"(?:ended|concluded|completed|finished|wrapped\s+up)"
_SPAN_ENDED = (
    # (a phrase may qualify or place the operation first: "a five-day operation planned and led
    # by the Afghan forces that ended today", "a two-day operation in Dahana-ye Ghori district,
    # Baghlan province, which ended Tuesday")
    re.compile(rf"{_N_DAYS}(?:\s+(?:[\w,'’-]+\s+){{1,10}}?(?:that|which)\s+|\s*,?\s+"
               rf"(?:(?:that|which)\s+)?)(?:{_ENDED}|ending|concluding|finishing)\s+(?:on\s+)?$",
               re.IGNORECASE),
    # ... and its place between ("concluded a three-day operation in the Nad-e Ali district of
    # Helmand province yesterday"; its district and province set off by commas, "in Khas
    # Uruzgan district, Uruzgan province, today")
    re.compile(rf"\b{_ENDED}\s+(?:a|an|the|its|their)\s+{_N_DAYS}\s+"
               r"(?:(?:in|near|around|across)\s+[^.;,]{1,80}?"
               r"(?:,\s+[\w'’ -]{1,40}?\s+province,)?\s+)?(?:on\s+)?$",
               re.IGNORECASE),
    # ... or its place told at length before the verb, or the operation its subject: "a
    # three-day clearing operation north of the district center in Bala Murghab district,
    # Badghis province, that ended yesterday", "A four-day Afghan National Army operation in
    # Qush Tepa district, Jawzjan province, ended Thursday"
    # (or its force: "A five-day operation by Afghan soldiers in Shindand district, Herat
    # province, ended Sunday", "led by the Afghan army")
    re.compile(rf"{_N_DAYS}\s+(?:in|near|north|south|east|west|around|across|along|outside"
               r"|by|of|led|conducted|involving)\b"
               rf"[^.;]{{1,140}}?\s(?:(?:that|which)\s+)?{_ENDED}\s+(?:on\s+)?$",
               re.IGNORECASE))
_DAY_THEN_ENDED = re.compile(rf"\s+{_ENDED}\s+(?:a|an|the|its|their)\s+{_N_DAYS}",
                             re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


# An attack named by its year: "A 2009 air strike in the district killed dozens of people" is
# dated to that year (history the release recalls), as "the August attack" is to its month.
_YEAR_ATTACK = re.compile(
    r"\b(?:an?|the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:air\s*strikes?"
    r"|airstrikes?|strikes?|attacks?|ambush(?:es)?|raids?|bombings?|assaults?|offensives?)\b")


def _year_attack(sentence: Sentence) -> list[tuple[int, int, DateRange]]:
    m = _YEAR_ATTACK.search(sentence.lower)
    if m is None:
        return []
    year = int(m.group("year"))
    return [(sentence.start + m.start("year"), sentence.start + m.end("year"),
             DateRange(earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31),
                       precision="year"))]


def _whole_span(text: str, sentence: Sentence,
                found: tuple[int, int, DateRange]) -> tuple[int, int, DateRange]:
    """``found`` as the whole operation when it is the last day of one of n days."""
    at, end, when = found
    ended = _span_ended(text, sentence.start, at)
    if ended is None:
        # ... or the day told before its verb: "today completed a three-day clearing operation"
        ended = _DAY_THEN_ENDED.match(text, end, sentence.end)
    if ended is None or when.precision != "day" or when.earliest is None:
        return found
    first = when.earliest - dt.timedelta(days=_span_days(ended) - 1)
    return min(ended.start(), at), end, DateRange(earliest=first, latest=when.latest,
                                                  precision="day")


def _span_ended(text: str, start: int, at: int) -> re.Match[str] | None:
    """The words before ``at`` (from ``start``, its sentence's) that tell an operation of n
    days ending on the day told at ``at``."""
    lo = max(start, at - 100)
    ended = _SPAN_ENDED[0].search(text, lo, at) or _SPAN_ENDED[1].search(text, lo, at)
    if ended is not None:
        return ended
    ended = _SPAN_ENDED[2].search(text, max(start, at - 220), at)
    # (a clause that tells the day it began gives its first day itself: "A three-day
    # operation in Andar district, Ghazni province, that began Sunday and ended yesterday")
    return None if ended is None or _BEGAN.search(ended.group()) else ended


_BEGAN = re.compile(r"\b(?:began|started|opened|launched)\b", re.IGNORECASE)


def _span_days(ended: re.Match[str]) -> int:
    n = ended.group("n")
    return 7 if n is None else int(n) if n.isdigit() else _COUNTS[n.lower()]


def span_ended(text: str, start: int, at: int) -> re.Match[str] | None:
    """The words before ``at`` of ``text`` (from ``start``) that tell an operation of n days
    ending on the day told at ``at`` ("A four-day operation ... ended"), if any."""
    return _span_ended(text, start, at) if _SPAN_WORD.search(text, start, at) else None


def first_day_of(ended: re.Match[str], day: dt.date) -> dt.date:
    """The first day of the operation of n days ``ended`` tells ending on ``day``."""
    return day - dt.timedelta(days=_span_days(ended) - 1)


# "killed 12 insurgents since Monday": a day of the week before the release's, opened by
# "since", is the first day of a span that runs to the release's, and dates what it opens by
# that first day, as the coders date a span (a span that ended the next day would read as a
# 24-hour roundup's); a month's date so opened ("since May 2") is a period's start, which
# dates nothing.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:last\s+)?$", re.IGNORECASE)


def _since_day(text: str, sentence: Sentence, found: tuple[int, int, DateRange],
               anchor: dt.date) -> tuple[int, int, DateRange]:
    at, end, when = found
    if (when.precision != "day" or when.earliest is None or when.earliest != when.latest
            or not anchor - dt.timedelta(days=6) <= when.earliest < anchor
            or not text[at:end].strip().istitle()):
        return found
    since = _SINCE_BEFORE.search(text, max(sentence.start, at - 12), at)
    if since is None:
        return found
    # (its start is "since" itself, so that the day is not read as a period's start)
    return since.start(), end, when


# An operation told by the day it ended and the day it began: "on Tuesday completed a clearing
# operation in Musa Khel district, Khost province, that began Sunday" is one span of days.
_BEGAN_AT = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started)\s+(?:on\s+)?$",
                       re.IGNORECASE)
_ENDED_IN = re.compile(rf"(?:\b{_ENDED}\s+"
                       # ... or came back from it: "returned to base yesterday after a five-day
                       # operation that began Saturday"
                       r"|\breturned\b[^.;]{0,40}?\bafter\s+)"
                       r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:operations?|offensive|missions?|clearance|sweep|campaign)\b",
                       re.IGNORECASE)


# ... or by both days in one relative clause: "an operation ... that began Sunday and ended
# yesterday".
_AND_ENDED = re.compile(r"\s+and\s+(?:ended|concluded|finished|was\s+completed)\s+(?:on\s+)?"
                        r"(?=\w)", re.IGNORECASE)


def _begun_span(text: str, sentence: Sentence,
                found: list[tuple[int, int, DateRange]]) -> list[tuple[int, int, DateRange]]:
    """The end day of an operation the sentence says ended, as the span from the day it began
    (``_BEGAN_AT``) to it; the start day then dates nothing apart."""
    began = [d for d in found if d[2].precision == "day" and d[2].earliest is not None
             and _BEGAN_AT.search(text, max(sentence.start, d[0] - 30), d[0]) is not None]
    if len(began) != 1 or (_ENDED_IN.search(text, sentence.start, began[0][0]) is None
                           and _AND_ENDED.match(text, began[0][1]) is None):
        return found
    first = began[0][2].earliest
    assert first is not None
    out: list[tuple[int, int, DateRange]] = []
    for d in found:
        when = d[2]
        if (d is not began[0] and when.precision == "day" and when.earliest is not None
                and when.latest is not None
                and first < when.earliest <= first + dt.timedelta(days=7)):
            when = DateRange(earliest=first, latest=when.latest, precision="day")
        out.append((d[0], d[1], when))
    if out == found:
        return found
    return [d for d in out if d[0] != began[0][0]]


# A day counted back from the date the narrative last gave: "the day before", "a day earlier",
# "two days earlier", "the previous evening", "the night before" (not "the day before the
# election", whose reference is not a date; "the day before yesterday" is the resolver's).
_DAY_BEFORE = re.compile(
    r"\b(?:the\s+(?:day|night|evening|morning|afternoon)\s+before"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:earlier|before|prior)"
    # ... or weeks: "A week earlier, a bomb planted on the same road killed a farmer"
    r"|(?P<w>a|one|two|three|four)\s+weeks?\s+(?:earlier|before|prior)"
    r"|the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon))\b"
    r"(?!\s+(?:yesterday|the|a|an|his|her|their|its|last|that|this|to)\b|'s\s+\w+\s+of\b)")
# The pluperfect of a subordinate clause, right before its day counted back: "After confirming
# that the families who lived there had left the day before, the patrol called in an air
# strike" (not a main clause's: "A security force had killed two insurgents a day earlier").
_PLUPERFECT_BEFORE = re.compile(
    r"\b(?:that|which|who|whom|where|after|once|when|because|since)\s+[^,;:]{0,60}?"
    r"\bhad\s+(?:[\w'’-]+\s+){1,6}$", re.IGNORECASE)
_BACK = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# how far back a reference date is sought: the sentence before and its paragraph
_REFERENCE_WINDOW = 400


def _days_before(text: str, sentence: Sentence, found: list[tuple[int, int, DateRange]],
                 anchor: dt.date) -> list[tuple[int, int, DateRange]]:
    """The days a sentence counts back from the last day-precise date before each such phrase
    (its own, else one of the text just before it, else the anchor's day)."""
    out: list[tuple[int, int, DateRange]] = []
    for m in _DAY_BEFORE.finditer(sentence.lower):
        at, end = sentence.start + m.start(), sentence.start + m.end()
        if any(d[0] < end and at < d[1] for d in found):
            continue
        if _PLUPERFECT_BEFORE.search(text, max(sentence.start, at - 140), at) is not None:
            continue  # "the families had left the day before": what came before, no telling
        own = [d[2] for d in found if d[1] <= at and d[2].precision == "day"]
        window = max(0, sentence.start - _REFERENCE_WINDOW)
        earlier = [d.range for d in find_dates(text[window:sentence.start], anchor)
                   if d.range.precision == "day" and d.range.latest is not None
                   and d.range.latest <= anchor]
        references = [r.earliest for r in (*earlier, *own) if r.earliest is not None]
        if not references and window > 0:
            # ... else the last the narrative gave before that, however far back: "Two
            # insurgents were killed Sunday ... [three paragraphs] ... A week earlier, police
            # detained three men" counts from Sunday, not from the release's day
            references = [d.range.earliest for d in find_dates(text[:window], anchor)
                          if d.range.precision == "day" and d.range.earliest is not None
                          and d.range.latest is not None and d.range.latest <= anchor]
        base = references[-1] if references else anchor
        n, weeks = m.group("n"), m.group("w")
        back = (7 * _BACK[weeks] if weeks is not None
                else 1 if n is None else int(n) if n.isdigit() else _BACK[n])
        when = base - dt.timedelta(days=back)
        out.append((at, end, DateRange(earliest=when, latest=when, precision="day")))
    return out


def _undated(when: DateRange | None) -> bool:
    return when is None or when.precision == "unknown"


def date_claims(kept: list[ClaimDraft], events: list[StrikeEvent], text: str, lay: Layout,
                dates_in: DatesIn) -> None:
    """When each claim's casualties happened (guidelines §2, claim dates): a claim of an event
    has the event's date (unknown included), unless it tells a killing its own sentence (or an
    earlier one of its paragraph) dates to another day than a strike told elsewhere
    (``_told_apart``); another claim its own date words (its own
    clause's first), else, for a claim of one operation, the day a later sentence gives the
    operation ("The operation took place Wednesday evening."), else the day its paragraph or
    its section's lede gives (an ISAF release's "today"). A toll over a period has only the
    period its own words give; the start of a period ("since October 8", "the war, which
    began in 2001") dates nothing, an operation's own start ("an operation that began Jan.
    24") dates its toll. Own date words join the evidence."""
    by_id = {e.id: e.date for e in events}
    by_event = {e.id: e for e in events}
    for claim in kept:
        best: tuple[int, int, DateRange] | None = None
        mourned = _mourned(text, claim)
        for s in [claim.sentence, *claim.others]:
            dates = [d for d in _events.happening_dates(text, s, dates_in)
                     if not _period_start(text, s, d[0])
                     and not (s is claim.sentence and _background_after(
                         text, _toll_verb_end(text, claim, d[0]), d[0]))
                     and not (s is claim.sentence and d[0] < claim.pos and mourned)
                     and not _mourned_in_week(text, s, claim, d)
                     and not (s is claim.sentence and d[0] > claim.pos
                              and _EARLIER.search(text, d[0], d[1]) is not None
                              and _SEEN_AFTER.search(text, claim.pos, d[0]))
                     and not (s is claim.sentence and d[0] > claim.pos
                              and (_ANOTHER_DEED.match(text, claim.pos, d[0])
                                   or _BELIEVED_DEED.match(text, claim.pos, d[0])))]
            if s is claim.sentence and claim.spans and _PASSIVE_END.search(text, *claim.spans[0]):
                # a date inside a passive toll's subject says who they are ("A man suspected of
                # helping plan the May 30 attack ... was captured today"), when the sentence
                # dates the toll after its verb
                a, b = claim.spans[0]
                after = [d for d in dates if d[0] >= b]
                if after and any(a <= d[0] < b for d in dates):
                    dates = [d for d in dates if not a <= d[0] < b]
            picked = (_clause_date(text, s, dates, _relative_toll_verb(text, claim))
                      if s is claim.sentence else None)
            best = next((d for d in dates if picked is None or d[2] is picked), None)
            if best is not None:
                break
        if best is not None and (
                began := _began_later(text, lay, claim.sentence, dates_in, best)) is not None:
            best = began
        if best is not None and best[2].precision == "week" and claim.others:
            best = _first_told_day(text, lay, claim, dates_in, best)
        own: DateRange | None = None  # the toll's own day, to set against its strike's
        if claim.event is not None:
            if best is not None:
                if claim.sentence.start <= best[0] < claim.sentence.end:
                    own = best[2]
            elif not _tells(by_event.get(claim.event), claim.sentence) and (
                    claim.stance != "denied"):
                # (a denial, "No Afghan or coalition personnel were killed", tells no killing
                # of its own day: it is of the strike's)
                own = _context_day(text, lay, claim.sentence, dates_in)
        if claim.event is not None and not (
                own is not None and _told_apart(
                    text, claim, own, by_id.get(claim.event),
                    # (not the memorial's own day: "held a memorial service today for Sgt. X,
                    # who was killed March 27" tells his death apart from the ceremony's day)
                    [d[2] for d in dates_in(claim.sentence)
                     if not (d[0] < claim.pos and mourned)])):
            # a toll of a strike happened when the strike did, however much later it was
            # reported ("the number of martyrs rose to 9 this morning")
            claim.date = by_id.get(claim.event)
            if best is not None and own is not None and _operation_around(own, claim.date):
                # ("killed 12 insurgents during a two-day operation ... that ended Sunday":
                # the toll of the whole operation, whose second day's strike it includes)
                claim.date = own
            elif own is not None and _day_of_week(own, claim.date):
                # ("repelled an attack ... Thursday afternoon, killing seven insurgents" when the
                # strike is dated by a background clause's "earlier in the week": the toll's own
                # day is the nearer reading of when it happened)
                claim.date = own
            if _undated(claim.date) and best is not None and not (
                    claim.sentence.start <= best[0] < claim.sentence.end) and (
                    _WITHDRAWN.match(text, claim.sentence.end) is not None):
                # (a toll of an undated strike the next sentence withdraws, told again later
                # with its own day: "... stated that coalition aircraft struck insurgents,
                # killing three. That statement was in error. The three insurgents were killed
                # by Afghan soldiers ... on March 28"; a strike that stands keeps its toll, and
                # a later sentence's day may be a background deed's: "were killed near the
                # checkpoint they had attacked on June 2")
                claim.date = best[2]
            if best is not None and claim.date == best[2]:
                claim.date_span = (best[0], best[1])
        elif best is not None:
            claim.date, claim.date_span = best[2], (best[0], best[1])
        elif claim.event is not None:
            claim.date = own  # a strike told apart from the toll's own context
        elif (same := _SAME_PERIOD.search(claim.sentence.text)) is not None:
            # "during the month": the period the text named last
            claim.date = _period_before(text, lay, claim.sentence, dates_in)
            if claim.date is not None:
                claim.date_span = (claim.sentence.start + same.start(1),
                                   claim.sentence.start + same.end())
        elif claim.aggregate or _STANDING.search(claim.sentence.text) is not None:
            pass  # a running count or a standing state has only its own date words
        elif (later := _operation_dated_later(
                text, lay, claim.sentence, dates_in)) is not None:
            # "The operation took place Wednesday evening." after the toll
            claim.date = later
        elif (before := _fight_that_followed(text, lay, kept, claim, dates_in)) is not None:
            # "Police reinforcements killed six attackers in the fighting that followed": the
            # day of the attack told before it, not the day of the release's lede
            claim.date = before
        else:
            for s in context_sentences(lay, claim.sentence):
                # a context sentence's month or year is background ("the July 2010 bombing")
                # unless it opens the sentence and so sets the time of the narrative ("In
                # June, insurgents engaged the assault force several times")
                days = [d for d in _events.happening_dates(text, s, dates_in)
                        if (d[2].precision == "day" or d[0] - s.start <= 3 or _weekend(d[2]))
                        and not _set_off_history(text, s, d[0])
                        # (nor the day of an attack the target is blamed for, "The leader
                        # organized the Sunday attack ...": his, not the operation's)
                        and not _blamed_deed_day(text, s, d)]
                if not days:
                    days = _day_corrected_next(text, lay, s, dates_in)
                if days:
                    claim.date = _incident_day(text, s, days)
                    # ("concluded a two-day operation ... yesterday. The operation, which
                    # began Monday, ...": the toll told after is of its days, from Monday)
                    widened = _began_later(text, lay, s, dates_in, days[0], clause=True)
                    if widened is not None:
                        claim.date = widened[2]
                    break


# A toll told as the sequel of what the text told just before: "in the fighting that
# followed", "in the ensuing firefight".
_THAT_FOLLOWED = re.compile(
    r"\b(?:in|during)\s+the\s+(?:(?:fighting|fight|firefight|gunfight|battle|exchange|clash"
    r"|engagement)\s+that\s+followed|ensuing\s+(?:fighting|fight|firefight|gunfight|battle"
    r"|exchange|clash|engagement))\b", re.IGNORECASE)


def _fight_that_followed(text: str, lay: Layout, kept: list[ClaimDraft], claim: ClaimDraft,
                         dates_in: DatesIn) -> DateRange | None:
    """When ``claim`` tells its killing as the fight that followed what was told before it and
    gives no date of its own: the day an earlier sentence of its paragraph gives ("were attacked
    on Wednesday ... Five insurgents were killed in the fighting that followed"), else the date
    of the toll told just before it in its section (an attack told with its own dead in an
    earlier paragraph)."""
    if _THAT_FOLLOWED.search(claim.sentence.text) is None:
        return None
    day = _context_day(text, lay, claim.sentence, dates_in)
    if day is not None:
        return day
    earlier = [c for c in kept if c.pos < claim.pos and c.date is not None
               and c.sentence.section == claim.sentence.section]
    return max(earlier, key=lambda c: c.pos).date if earlier else None


def _first_told_day(text: str, lay: Layout, claim: ClaimDraft, dates_in: DatesIn,
                    week: tuple[int, int, DateRange]) -> tuple[int, int, DateRange]:
    """A toll dated by its week ("killed four insurgents in two engagements this week") whose
    parts, told again, give their days in their sentences or their paragraphs' ("On Tuesday,
    a patrol came under fire ... killing three", "On Wednesday, ... killed an insurgent"):
    the first of those days within the week."""
    lo, hi = week[2].earliest, week[2].latest
    if lo is None or hi is None:
        return week
    found: list[DateRange] = []
    for s in claim.others:
        own = [d[2] for d in _events.happening_dates(text, s, dates_in)
               if d[2].precision == "day"]
        context = _context_day(text, lay, s, dates_in) if not own else None
        found += own or ([context] if context is not None else [])
    if lo.weekday() == 0:
        # (a desk's week may open on the Sunday before: "this week ... On Sunday afternoon, a
        # patrol came under fire" in a release of Wednesday)
        lo -= dt.timedelta(days=1)
    days = [d for d in found if d.earliest is not None and lo <= d.earliest <= hi]
    if not days:
        return week
    first = min(days, key=lambda d: d.earliest or dt.date.max)
    return week[0], week[1], first


# The incident a lede dates apart from a later death: "A coalition service member died of
# wounds yesterday after an insurgent attack on a patrol in Sabari district, Khost province,
# Saturday".
_AFTER_INCIDENT = re.compile(
    r"\bafter\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|ambush|engagement|operation"
    r"|firefight|clash|raid)\b[^.;]*$", re.IGNORECASE)


def _incident_day(text: str, sentence: Sentence,
                  days: list[tuple[int, int, DateRange]]) -> DateRange:
    """The day a context sentence gives a toll told after it: its first, or the earlier day of
    the incident it says a death came after (within the week before that death)."""
    first = days[0][2]
    for at, _, when in days[1:]:
        if (when.precision == "day" and when.earliest is not None
                and first.earliest is not None
                and first.earliest - dt.timedelta(days=7) <= when.earliest < first.earliest
                and _AFTER_INCIDENT.search(text, sentence.start, at) is not None):
            return when
    return first


def _day_corrected_next(text: str, lay: Layout, sentence: Sentence,
                        dates_in: DatesIn) -> list[tuple[int, int, DateRange]]:
    """The day the sentence after ``sentence`` gives in place of one ``sentence`` tells as an
    earlier release's mistake ("... incorrectly reported that the operation took place
    Wednesday. The operation took place Tuesday."): the context's day, corrected."""
    if not any(_events.wrongly_told_day(text, sentence, d[0]) for d in dates_in(sentence)):
        return []
    following = lay.sentences[sentence.index + 1:sentence.index + 2]
    return [d for s in following for d in _events.happening_dates(text, s, dates_in)
            if d[2].precision == "day"]


# A deed of someone else the toll's victim is suspected of helping, up to a day: "detained a man
# suspected of helping the policeman who killed two ISAF service members ... on Sept. 16" (the
# day is the killing's, not the detention's; "killed four insurgents who attacked a patrol base
# Sunday" is one day, the victims' own deed).
# A deed the toll's victim is believed to have done, up to its day: "detained a Taliban bomb
# maker believed to have built the bomb used in the May 3 attack" (the attack's day, not the
# detention's).
_BELIEVED_DEED = re.compile(
    r"[^.;]*?\b(?:detained|captured|arrested|killed)\b[^.;]*?\b(?:believed|suspected|thought"
    r"|said|known)\s+to\s+(?:have\s+)?(?:built|made|planted|planned|supplied|provided|led"
    r"|directed|ordered|organi[sz]ed|carried\s+out|taken\s+part|participated|been\s+involved)"
    r"\b[^.;]*$", re.IGNORECASE)
_ANOTHER_DEED = re.compile(
    r"[^.;]*?\b(?:detained|captured|arrested|killed|wounded)\b[^.;]*?\b(?:suspected|accused)"
    r"\s+of\s+(?:helping|aiding|assisting|supporting|harbou?ring|sheltering)\b[^.;]*?"
    r"\b(?:who|which|that)\s+(?:had\s+)?(?:killed|attacked|shot|wounded|ambushed|murdered)\b"
    r"[^.;]*$", re.IGNORECASE)


# A memorial for the dead ("gathered yesterday to remember a rifleman who was killed ... on
# Thursday", "a ramp ceremony honouring three soldiers"): a date before it is the memorial's,
# not the day they were killed.
_MOURNING_AT_END = re.compile(
    r"\b(?:remember(?:ed|ing|s)?|honou?r(?:ed|ing|s)?|farewell(?:ed|ing|s)?|mourn(?:ed|ing|s)?"
    # (held for them where and when the lede says: "held a memorial ceremony at Forward
    # Operating Base Ramrod today for"; or dedicated to them: "dedicated a stone memorial at the
    # main gate here today to")
    rf"|commemorat\w+|(?:tribute|respects)\s+to|{MEMORIAL_FOR}|{MEMORIAL_TO})\s+"
    # (or their death: "mourned the death of Wahidullah, a civilian working with ISAF")
    r"(?:the\s+(?:deaths?\s+of\s+)?)?"
    # (named first: "to remember Ahmad Shah Noori, a civilian interpreter who was killed Sunday",
    # his rank's short form too: "for Lance Cpl. Jonah Pettifer, a rifleman who was killed")
    r"(?:(?:[\w'’.-]+\s+){0,3}[\w'’-]+,\s+)?"
    rf"{LIST_BEFORE}$", re.IGNORECASE)


def mourns_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on a memorial for the dead that follow it ("gathered
    today to honor", "held a memorial service today for"): the one reading of whom a memorial
    is held for, which consolidation shares to tell the releasing side's mourned apart."""
    return _MOURNING_AT_END.search(text, start, end) is not None


def _mourned(text: str, claim: ClaimDraft) -> bool:
    """Whether a toll's sentence holds a memorial for its dead before them ("gathered today to
    honor ..."): a date of that sentence before the toll is the memorial's day, not the day
    they were killed. Read once a claim: it does not hang on the date."""
    return mourns_before(text, claim.sentence.start, claim.pos)


def _mourned_in_week(text: str, s: Sentence, claim: ClaimDraft,
                     d: tuple[int, int, DateRange]) -> bool:
    """Whether ``d`` is the week a memorial's dead were killed in ("gathered this morning to
    honor three comrades who were killed last week"): the coders date such a release by the
    memorial's day, which the lede gives, not by the first day of that week."""
    return (s is claim.sentence and d[0] > claim.pos and d[2].precision == "week"
            and _MOURNING_AT_END.search(text, s.start, claim.pos) is not None)


# Where the people of a toll were seen before what the release tells ("detained two men seen
# near the water tank the night before"): a day told as before it is of the sighting, not of
# the toll (not a day of its own: "killed two insurgents who were observed burying an IED
# early Thursday" were killed then).
_EARLIER = re.compile(r"\b(?:before|earlier|previous|prior)\b", re.IGNORECASE)
_SEEN_AFTER = re.compile(
    r"\b(?:(?:who|that)\s+(?:was|were|had\s+been)\s+)?(?:seen|spotted|observed|noticed"
    r"|sighted)\b", re.IGNORECASE)


# What a set-off clause recalls of a person (", captured Dec. 2 during an earlier operation,",
# ", who was detained last week,") is his past, not the day of the toll the paragraph goes on
# to tell.
# (not the comma that closes a place set off before the main verb: "Police in Garmsir
# district, Helmand province, repelled an attack early Sunday")
# (nor a main verb with its object after its subject's apposition: "Police in Zaranj, the
# provincial capital of Nimroz, stopped a vehicle at a checkpoint Dec. 16 and found ...")
_SET_OFF_PAST = re.compile(r"(?<!province)(?<!district)(?<!Province)(?<!District)"
                           r",\s*(?:who\s+(?:was|had\s+been)\s+)?[a-z]+(?:ed|en)\b"
                           r"(?!\s+(?:an?|two|three|four|five|six|several|\d+)\s"
                           r"|\s+the\s+(?!previous|following|same|next|day|night)\w)[^,;]*$")


def _weekend(span: DateRange) -> bool:
    """Whether a range is two days at most ("over the weekend"): as near to a day as the lede
    gives, not a month or year of background."""
    return (span.earliest is not None and span.latest is not None
            and (span.latest - span.earliest).days <= 1)


def _set_off_history(text: str, sentence: Sentence, at: int) -> bool:
    opening = _SET_OFF_PAST.search(text, sentence.start, at)
    return opening is not None and "," in text[at:sentence.end]


# A toll told as a killing: its own date is when its victims were killed ("two of the wounded
# died Friday" is when they died of the strike's wounds, which the strike's date dates).
_KILLING = re.compile(r"\b(?:kill(?:ed|ing|s)?|slain|slew|eliminat\w*)\b", re.IGNORECASE)


def _told_apart(text: str, claim: ClaimDraft, own: DateRange, theirs: DateRange | None,
                said: list[DateRange]) -> bool:
    """Whether a toll linked to a strike is dated apart from it by its own sentence, whose
    dates (``said``) do not name the strike's day ("Coalition forces killed two insurgents
    yesterday. On June 2, an air strike killed a commander."): its own day, not the
    strike's, unless it updates a toll ("the toll rose to nine this morning") or tells a
    death other than a killing."""
    # (a month the strike's day is not in is apart too: "In September, Afghan and coalition
    # forces killed the commander's deputy" in a release of an engagement in October)
    if theirs is None or claim.update or own.precision not in ("day", "month"):
        return False
    # (a strike dated by its month alone, "by a coalition air strike in April", is apart from
    # a toll of today: no day of the month's is the toll's)
    if not any(_KILLING.search(text, a, b) for a, b in claim.spans[:1]):
        return False
    return not any(_overlap(d, theirs) for d in said) and not _overlap(own, theirs)


def _operation_around(own: DateRange, strike: DateRange | None) -> bool:
    """Whether a toll's own span of days (an operation of several days) began before its
    strike's day and runs through it."""
    if strike is None or own.precision != "day" or strike.precision != "day":
        return False
    if None in (own.earliest, own.latest, strike.earliest, strike.latest):
        return False
    assert own.earliest is not None and own.latest is not None
    assert strike.earliest is not None and strike.latest is not None
    return own.earliest < strike.earliest and strike.latest <= own.latest


def _day_of_week(own: DateRange, strike: DateRange | None) -> bool:
    """Whether a toll's own day lies within its strike's date, which is a week."""
    if strike is None or own.precision != "day" or strike.precision != "week":
        return False
    return _overlap(own, strike)


def _tells(event: StrikeEvent | None, sentence: Sentence) -> bool:
    """Whether the strike's evidence is in ``sentence`` ("Also killed in the strike were ...")."""
    return event is None or any(sentence.start <= s.start < sentence.end
                                for s in event.evidence)


def _context_day(text: str, lay: Layout, sentence: Sentence,
                 dates_in: DatesIn) -> DateRange | None:
    """The first day an earlier sentence of the toll's paragraph gives, nearest first."""
    for s in reversed(lay.sentences[max(0, sentence.index - 3):sentence.index]):
        if s.paragraph == sentence.paragraph:
            days = [d for d in _events.happening_dates(text, s, dates_in)
                    if d[2].precision == "day"]
            if days:
                return days[0][2]
    return None


def _overlap(a: DateRange, b: DateRange) -> bool:
    return (a.earliest is not None and a.latest is not None and b.earliest is not None
            and b.latest is not None and a.earliest <= b.latest and b.earliest <= a.latest)


# A state that lasts to the time of writing: "More than 3,000 people remain missing" counts
# everyone missing so far, not the casualties of the day the lede gives.
_STANDING = re.compile(
    r"\b(?:remain(?:s|ed)?|(?:are|is)\s+still)\s+(?:missing|unaccounted\s+for)\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:during|in|over|for)\s+((?:the|that)\s+(?:same\s+)?"
                          r"(?:month|period))\b", re.IGNORECASE)


def _period_before(text: str, lay: Layout, sentence: Sentence,
                   dates_in: DatesIn) -> DateRange | None:
    for s in reversed(lay.sentences[max(0, sentence.index - 6):sentence.index]):
        if s.section != sentence.section:
            break
        periods = [d for d in _events.happening_dates(text, s, dates_in)
                   if d[2].precision in ("month", "week")]
        if periods:
            return periods[-1][2]
    return None


# How a release tells an operation begun, which both the extraction and the reduction read
# ("an operation that began Saturday", "launched a clearing operation ... on Saturday").
BEGUN_VERB = r"(?:began|begun|started|launched|commenced)"
OPERATION_NOUN = (r"(?:operations?|offensives?|sweeps?|raids?|missions?|patrols?|assaults?"
                  r"|searche?s?|clearances?)")
# (its place may come between the operation and what it did: "a clearing operation in Musa
# Qal'ah district, Helmand province, that began Saturday")
OPERATION_PLACE = r"(?:\s+(?:in|near|around)\s+[^.;]{1,70}?,?(?=\s+(?:which|that)\b))?"


# "since October 8", "the war, which began in April 2023," open a period and date nothing;
# an operation that "began Jan. 24" or "started on Monday" is dated by its start (the day the
# ISAF coders read as its start date).
_SINCE = re.compile(r"\bsince\b[^.;,]*$", re.IGNORECASE)
_BEGUN = re.compile(rf"\b{BEGUN_VERB}\b[^.;,]*$", re.IGNORECASE)
_OPERATION_BEGUN = re.compile(
    rf"\b(?:{OPERATION_NOUN}|engagements?"
    # (a fight's own start, as an operation's: "during the fighting, which began yesterday
    # afternoon", after "ended an 18-hour attack ... this morning")
    r"|fighting|fights?|firefights?|battles?|clash(?:es)?|attacks?|sieges?)"
    # (its place between, with a comma or none: "a clearing operation in the Nerkh district of
    # Wardak province that began on Sunday")
    + OPERATION_PLACE + r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had|has)\s+)?$",
    re.IGNORECASE)


_OPERATION_SINCE = re.compile(
    r"\bsince\s+(?:Operation(?:\s+[A-Z][\w'-]*){1,3}|the\s+(?:[\w-]+\s+)?"
    r"(?:operation|offensive|raid|clearance|assault))\s+(?:began|started|was\s+launched"
    r"|commenced)\b[^.;,]*$")


def _period_start(text: str, sentence: Sentence, at: int) -> bool:
    """Whether the date at ``at`` opens a period rather than dates an operation."""
    start = max(sentence.start, at - 60)
    if _OPERATION_SINCE.search(text, max(sentence.start, at - 120), at) is not None:
        return False  # "detained since Operation Tor Zhala began ... on Tuesday": its own start
    if _SINCE.search(text, start, at) is not None:
        # ("has been sensitive since a May 2009 air strike that killed many civilians": the
        # date is the strike's, whose toll the sentence tells)
        return not ((_SINCE_AN.search(text, start, at) and _DATED_ATTACK.match(text, at))
                    or _SINCE_AN_ATTACK_IN.search(text, max(sentence.start, at - 100), at))
    begun = _BEGUN.search(text, start, at)
    return begun is not None and _OPERATION_BEGUN.search(
        text, max(sentence.start, begun.start() - 130), begun.start()) is None


_SINCE_AN = re.compile(r"\bsince\s+(?:an?|the)\s+$", re.IGNORECASE)
# ... or dated after its noun: "since an air strike near the village of Omar Khel in September
# 2009 killed dozens of people".
_SINCE_AN_ATTACK_IN = re.compile(
    r"\bsince\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|attacks?"
    r"|bombings?|raids?|ambush(?:es)?)\b[^.;,]{0,60}?\b(?:in|on)\s+$", re.IGNORECASE)
_DATED_ATTACK = re.compile(
    r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:air\s*strikes?"
    r"|airstrikes?|strikes?|attacks?|ambush(?:es)?|raids?|bombings?)\b", re.IGNORECASE)


# What the victims had done before: "killed two insurgents who had attacked a district center
# on June 1" (a date in the clause, before its next comma), "responsible for the June 1
# attack" (a date opening the noun phrase): their history's date, not the toll's. A date after
# the clause ("responsible for the tax, yesterday") stays the toll's.
_HAD_CLAUSE = re.compile(
    r"\b(?:who|that)\s+(?:had|have|has)\b(?!\s+been\s+(?:\w+ing|killed|wounded|injured"
    r"|detained|captured)\b)[^,;]*$", re.IGNORECASE)
# What someone is blamed for: "responsible for", "suspected of", "behind" ...
_BLAMED_FOR = (r"(?:responsible\s+for|involved\s+in|wanted\s+for|accused\s+of|suspected\s+of"
               r"|linked\s+to|behind)")
_HISTORY_OF = re.compile(rf"\b{_BLAMED_FOR}\s+(?:the|a|an)\s+$", re.IGNORECASE)
# The attacks a man is blamed for or said to have led.
_ATTACK_NOUN = (r"(?:bombings?|attacks?|assaults?|ambush(?:es)?|assassinations?|killings?"
                r"|murders?|blasts?|explosions?|kidnappings?|abductions?)")
_ATTACK_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUN}\b",
                           re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# ... or an attack led by the man the lede killed or held, told again as its sentence's subject
# ("The commander organized the Sunday ambush", "He masterminded Sunday's attack", "The leader
# was behind Sunday's ambush"): his deed's day, not the operation's. Only he: "Insurgents
# staged an attack ... Sunday" or "The patrol organized an ambush" is the release's own
# incident, whoever began it, and "its forces were not involved in yesterday's explosion" is
# the explosion the release is about.
_LED_VERB = (r"(?:(?:orchestrat|mastermind|direct|coordinat|organi[sz]|plann|plott)ed|led"
             r"|carried\s+out)")
_LED_BY = re.compile(
    r"\s*(?:he|she|the\s+(?:[\w-]+\s+){0,2}?(?:leader|commander|facilitator|militant|insurgent"
    r"|man|suspect|target|individual|emplacer|fighter|chief|financier|operative))"
    rf"\s+(?:\w+ly\s+)?(?:also\s+)?(?:had\s+)?(?:{_LED_VERB}|(?:was|were)\s+{_BLAMED_FOR})\s+",
    re.IGNORECASE)
# ... the day opening the attack's noun ("the Sunday ambush", "Sunday's ambush") or told after
# it in its clause ("the ambush on a police convoy on Sunday")
_LED_DAY_FIRST = re.compile(r"(?P<det>(?:the|a|an|last)\s+)?", re.IGNORECASE)
_LED_DAY_AFTER = re.compile(
    rf"(?:the|a|an|last|this)\s+(?:[\w-]+\s+){{0,3}}?{_ATTACK_NOUN}\b[^,;]*", re.IGNORECASE)


# ... and the attack a detainee is blamed for, told by its own verb: "detained a man suspected
# of placing a roadside bomb that killed two civilians near Tarin Kot, Uruzgan province, last
# week" (the bomb's week, not the detention's).
_BLAMED_ATTACK = re.compile(
    rf"\b{_BLAMED_FOR}\s+[^.;]{{0,60}}?\b(?:that|which)\s+(?:killed|wounded|injured|struck"
    r"|hit|targeted|destroyed)\b[^.;]{0,120}$", re.IGNORECASE)
# ... or what they are held for, told with its own day: "arrested six men in connection with
# the bombing of a mosque on Friday" (the arrests were not on Friday). (Not what a subject
# staged or planned: only the lede's man told again, ``_LED_BY``, is read as having led it.)
_ATTACK_HELD_FOR = re.compile(
    rf"\b(?:in\s+connection\s+with|{_BLAMED_FOR})\s+(?:the|a|an|last|this)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_ATTACK_NOUN}\b[^,;]*$", re.IGNORECASE)


def _blamed_deed_day(text: str, sentence: Sentence, found: tuple[int, int, DateRange]) -> bool:
    """Whether ``found`` dates a deed its sentence blames on someone ("The leader organized
    the Sunday attack", "responsible for the bombing on Friday")."""
    at, end, _ = found
    lo = max(sentence.start, at - 40)
    if (_HISTORY_OF.search(text, lo, at) is not None
            or _ATTACK_HELD_FOR.search(text, sentence.start, at) is not None):
        return True
    led = _LED_BY.match(text, sentence.start, at)
    if led is None:
        return False
    first = _LED_DAY_FIRST.fullmatch(text, led.end(), at)
    possessive = (text[at:end].endswith(("'s", "\u2019s"))
                  or _POSSESSIVE_AFTER.match(text, end) is not None)
    return ((first is not None and (first.group("det") is not None or possessive)
             and _ATTACK_AFTER.match(text, end) is not None)
            or _LED_DAY_AFTER.fullmatch(text, led.end(), at) is not None)


# A subject-first toll: its verb ends the claim's first span ("A man suspected of planting the
# bomb that killed three civilians | was arrested").
_PASSIVE_END = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:killed|captured|detained"
                          r"|arrested|wounded|injured|apprehended)$", re.IGNORECASE)


def _toll_verb_end(text: str, claim: ClaimDraft, at: int) -> int:
    """Where the history of the victims may start before a date at ``at``: past a passive
    toll's verb when the date follows it (what its subject tells of them is told before the
    verb: "... that killed three civilians was arrested on Monday": Monday is the arrest's),
    else at the toll."""
    if claim.spans:
        a, b = claim.spans[0]
        if b <= at and _PASSIVE_END.search(text, a, b):
            return b
    return claim.pos


# A toll a "who" clause tells of the people its sentence names before: "gathered today to
# honor Sameer, a civilian working with ISAF as an interpreter, who was killed Aug. 23".
_WHO_TOLL = re.compile(r"\bwho\s+(?:had\s+been|was|were)\s+(?:\w+\s+)?(?:killed|wounded"
                       r"|injured|captured|detained|arrested)\b", re.IGNORECASE)


def _relative_toll_verb(text: str, claim: ClaimDraft) -> int:
    """Where a toll's own clause is to be sought: at its verb when a "who" clause tells it
    after its people (the day of that clause is the toll's; the main clause's, "gathered today",
    is of the memorial or whatever else its sentence tells of them), else at the toll."""
    if claim.spans:
        verb = _WHO_TOLL.search(text, *claim.spans[0])
        if verb is not None:
            return verb.end()
    return claim.pos


def _background_after(text: str, toll: int, at: int) -> bool:
    """Whether the date at ``at``, after the toll at ``toll``, dates the victims' history."""
    return at > toll and (_HAD_CLAUSE.search(text, toll, at) is not None
                          or _HISTORY_OF.search(text, max(toll, at - 40), at) is not None
                          or _BLAMED_ATTACK.search(text, toll, at) is not None
                          or _ATTACK_HELD_FOR.search(text, toll, at) is not None
                          or _SUBJECTS_DEED.search(text, toll, at) is not None)


# ... or the deed a "who" clause tells of the toll's subject, before its verb: "A Taliban
# leader who organized the car bomb attack that killed four civilians in Kandahar City last
# month | was killed ... yesterday" (the bombing's month, not the leader's death).
_SUBJECTS_DEED = re.compile(
    r"\bwho\s+[a-z]+ed\s+(?:the|an?)\s+[^.;]{0,60}?\b(?:that|which)\s+(?:killed|wounded"
    r"|injured)\b(?:(?!\b(?:was|were)\s+(?:\w+\s+)?(?:killed|captured|detained)\b)[^.;]){0,120}$",
    re.IGNORECASE)


# A later sentence that dates the operation as a whole: "The operation took place Wednesday
# evening.", "The engagement occurred on Jan. 24.", "The operation, which began June 10 ...".
_OPERATION_DATED = re.compile(
    r"^\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:operation|raid|engagement|incident|attack"
    r"|strike|mission|assault|clash|fight(?:ing)?),?\s+(?:[\w-]+\s+){0,3}?(?:took\s+place|occurred"
    r"|happened|was\s+(?:conducted|carried\s+out|launched)|began|started"
    r"|(?P<end>ended|concluded|finished))\b",
    re.IGNORECASE)
# Where a clause of a sentence begins: a toll's date is sought in its own clause first ("The
# force, which was attacked Friday, killed two insurgents on Saturday"). A set-off relative
# clause (", which ... ,") and a subordinate one ("After ... ,") end at their next comma.
_CLAUSE_OPEN = re.compile(
    r";|,\s*(?:and|but|whereas)\s"
    # what a report said opens a clause of its own: "A news release issued yesterday reported
    # that eight insurgents were killed ... on Tuesday" (the release's day is not the toll's)
    r"|\b(?:reported|stated|announced|indicated|said|says)\s+that\s"
    # (", whose predecessor was killed in an air strike in May," is set off as ", who" is)
    r"|(?P<sub>,\s*(?:which|who|whom|whose)\s|\b(?:after|before|when|while|because|following)\s)",
    re.IGNORECASE)


def _clause_date(text: str, sentence: Sentence, dates: list[tuple[int, int, DateRange]],
                 pos: int) -> DateRange | None:
    """The date nearest to a toll at ``pos`` among those in its own clause, else among those
    of the sentence's main clauses ("On Monday, after insurgents attacked Sunday, the force
    killed two": Monday), else the nearest of all (``events.pick_date``)."""
    if len(dates) < 2:
        return _events.pick_date(dates, pos)
    high = max(pos, *(d[1] for d in dates))
    cuts: list[tuple[int, bool]] = []  # where a clause begins, and whether it is subordinate
    for m in _CLAUSE_OPEN.finditer(text, sentence.start, high):
        sub = m.group("sub") is not None
        cuts.append((m.start(), sub))
        close = text.find(",", m.end(), high) if sub else -1
        if close > 0:
            cuts.append((close, False))

    def clause(at: int) -> tuple[int, bool]:
        before = [c for c in cuts if c[0] <= at]
        return len(before), bool(before) and before[-1][1]
    here = clause(pos)
    own = [d for d in dates if clause(d[0]) == here]
    main = [d for d in dates if not clause(d[0])[1]]
    return _events.pick_date(own or main or dates, pos)


# A toll dated by the day its operation ended ("during an operation that ended yesterday,
# killing nearly 30 insurgents"), whose start a later sentence gives ("The operation began
# Saturday."): the span of its days, as when one sentence gives both (``_begun_span``).
_ENDED_ON = re.compile(rf"\b{_ENDED}\s+(?:on\s+)?$", re.IGNORECASE)
_ENDED_CLAUSE = re.compile(rf"\b{_ENDED}\s+(?:an?|the|its)\s[^.;]*$", re.IGNORECASE)


def _began_later(text: str, lay: Layout, sentence: Sentence, dates_in: DatesIn,
                 best: tuple[int, int, DateRange], clause: bool = False
                 ) -> tuple[int, int, DateRange] | None:
    """``best``, the end day of an operation, widened back to the day a later sentence of the
    paragraph says the operation began (within the week before); ``clause``: the day ends
    the clause of the verb that ends the operation, not right after it (a lede that dates the
    toll told later: "concluded a two-day clearing operation in Sayedabad district, Wardak
    province, yesterday")."""
    at, end, when = best
    # (or the whole of an operation of n days already, "a three-day clearing operation ...
    # that ended today. The operation, which began Monday": the day it began is its first)
    days_long = when.earliest != when.latest and _N_DAYS_IN.match(text, at) is not None
    ended = (_ENDED_CLAUSE.search(text, sentence.start, at) if clause
             else _ENDED_ON.search(text, max(sentence.start, at - 30), at))
    if (when.precision != "day" or when.earliest is None or when.latest is None
            or (when.earliest != when.latest and not days_long)
            or not sentence.start <= at < sentence.end or (ended is None and not days_long)):
        return None
    for s in lay.sentences[sentence.index + 1:sentence.index + 4]:
        if s.paragraph > sentence.paragraph + 1 or s.section != sentence.section:
            break  # (the next paragraph may give it: the releases' paragraphs are short)
        dated = _OPERATION_DATED.search(s.text)
        if dated is None or not re.search(r"\b(?:began|started)\b", dated.group(0)):
            continue
        days = [d[2] for d in _events.happening_dates(text, s, dates_in)
                if d[2].precision == "day" and d[2].earliest is not None]
        if days and days[0].earliest is not None and (
                when.latest - dt.timedelta(days=7) <= days[0].earliest < when.latest):
            return at, end, DateRange(earliest=days[0].earliest, latest=when.latest,
                                      precision="day")
        return None
    return None


def _operation_dated_later(text: str, lay: Layout, sentence: Sentence,
                           dates_in: DatesIn) -> DateRange | None:
    """The date a later sentence of the paragraph gives the operation as a whole."""
    for s in lay.sentences[sentence.index + 1:sentence.index + 4]:
        if s.paragraph != sentence.paragraph and s.section == sentence.section and (
                s.paragraph > sentence.paragraph + 1):
            break
        if s.section != sentence.section:
            break
        dated = _OPERATION_DATED.search(s.text)
        if dated is None:
            continue
        days = [d for d in _events.happening_dates(text, s, dates_in)
                if d[2].precision in ("day", "week")]
        if not days:
            continue
        when = days[0][2]
        if dated.group("end") is None or when.earliest != when.latest:
            return when
        # "... in a two-day operation. The operation ended Sunday.": its days, when the toll
        # says how many; an end alone does not say when the toll happened
        length = _N_DAYS_IN.search(sentence.text)
        if length is not None and when.earliest is not None:
            n = length.group("n")
            back = 6 if n is None else (int(n) if n.isdigit() else _COUNTS[n.lower()]) - 1
            return DateRange(earliest=when.earliest - dt.timedelta(days=back),
                             latest=when.latest, precision="day")
    return None

