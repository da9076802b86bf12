"""The external ISAF benchmark: real press releases with one expert label set per release.

The labels give one total per release, not events and claims, so an ``Extraction`` is first
reduced to the same four answers (``derive``), then scored field by field. The reduction maps
this project's coding (ACLED-like, ``evals/gold/GUIDELINES.md``) onto the ISAF coders'
conventions. This docstring is the one place those conventions are listed; each is read from
the extraction and the article text around each item's own evidence spans, so they apply to any
backend's output alike:

- **killed**: the sum, over killed claims that are not superseded, not denials and not
  history (a toll dated before the week of the release, or by a span reaching back before it
  that it then dates to a day before it: "killed in a coalition air strike ... earlier this
  month", then "killed in the strike on May 3" or "X died in the strike on Nov. 9, along with
  two of his bodyguards"; in a memorial of its own dead of before the
  week (or of "last week", as its lede tells them, whatever day a later sentence gives; a
  memorial "dedicated" to them too, or a ceremony "in memory of" them), a toll with no date of
  its own, which is that attack's: "Afghan security forces killed the attackers after a brief
  fight" (or one man by his part in it: "killed the triggerman after a short pursuit"), "killed
  three insurgents after the attack", "The insurgents were killed" right after
  "pursued the attackers after the ambush" (so in the paragraph after one that tells the
  mourned again by their earlier day, "were killed Nov. 2 when insurgents fired"); a running
  total that
  reaches back before it, "has killed 45 insurgents this year" (not the year a superlative is
  measured over: "in their largest operation this year, killing numerous insurgents"), "since the
  beginning of the operation" (fronted, "Since the beginning of the year, ...", of every toll
  of its sentence), "in
  the past month", "since it began in mid-September", "since Operation Hamkari began", "since
  the program began in the district in 2011", "relatives killed by the Taliban in past years",
  "have killed three civilians in recent months", "since the spring, when fighting killed
  dozens", "since arriving in Musa Qal'ah in the spring", "most of them in the first weeks of
  fighting", "in the first weeks after the Marines arrived", or the period of such a total the
  sentence before told, pointed back to: "in the same period" after "Since the spring, ...",
  read in its own part of the sentence (one verb's objects are one part: "killed dozens of
  insurgents and several civilians") and superseding no toll; or one of an earlier attack the
  release blames its target for: "involved in a car bomb attack that killed one civilian", but
  not across a set-off clause, "the operation, which targeted a leader responsible for IED
  attacks, killed three"; or the outcome of a deed told in the past perfect with a time of its
  own before the release's days, "The cell had placed roadside bombs that killed two civilians
  last week"; or one of an earlier strike or raid, "his predecessor was killed in an air
  strike", "after an earlier air strike killed its previous leader" (in its own clause: the
  sentence's toll before the relative clause that tells it, "killed a Taliban leader today who
  had taken command ... after an earlier air strike killed its previous leader", is today's;
  not a relative clause that tells the same dead, "four insurgents whose deaths came in a prior
  air strike"), "comes two months after a similar strike killed three"), of each claim's
  minimum
  under the ISAF convention (vague "several", "a number of", "multiple" =
  3, "numerous", "many" = 4; ``normalize.quantities.minimum(count, "isaf")``; "killed or
  captured 50" says how many were taken out, not how many died, so its minimum killed is 0,
  as "killed or wounded eight" says how many were hit;
  a figure given as a floor, "more than 20", codes as one more, 21 (as the slice's
  "killing more than five insurgents" is 6 and "more than 10" is 11), and
  a figure given only as a ceiling, "nearly 20", codes as the figure (a part of a toll so
  given too: "a leader and up to a dozen of his fighters" is 13), since the coders code
  the number a release gives and never 0 for a killing it tells; the dead of an uncounted plural,
  "insurgents were killed", code as a vague group, 3, when the release counts no dead
  otherwise: "killing the insurgents" of "the mortar team" is 3 in the slice (so is one in an
  operational update's row that the extraction gave the lede's figure, which its row never
  gives: "the insurgents were killed" under "killed 11 insurgents ... in the last 24 hours";
  the row runs from the paragraph that opens on its place, or the first after the lede, so
  "a precision air strike against five insurgents" a paragraph before is the row's own); the
  dead told by their bodies are a toll, "six bodies were recovered" (not "Two more bodies were
  found", which adds to a toll the release told before and restates it); one
  toll two voices of the release's side tell, "up to 15 insurgents dead, Marine officials said"
  and "Up to 15 ..., according to the battalion's assessment", is counted once;
  its unit's own report, "according to the unit's report", beside its own words is its voice
  too, as are officials it names by no other party: "Seven insurgents were killed, officials
  said"). A *roundup total*
  (a claim whose sentence spans several operations or a period: "more than 15 insurgents were
  killed during separate operations over the last 24 hours", "in two separate engagements") is
  left out when the release also details killed claims of its own: the coders count the
  details, not the total that sums them
  (our guidelines keep the total as a claim of its own, with no event); a toll over several
  regions ("in the east and south", "in northern, central and southern Afghanistan"), the
  whole country or a region of it ("operations across the country", "across southern
  Afghanistan"), a region's "operations" ("in southern Afghanistan during operations
  yesterday") or a week ("operations ... this week") is a roundup too (and in an operational
  update's lede, operations named by no place but the country, "found three caches in
  operations today", or "in the last day"), and a claim a detail restates ("killing several
  insurgents" in the lede, "killed two insurgents" in the
  paragraph) is the detail's. In an ISAF Joint Command *operational update* (titled so, or in
  2010 by its day: "June 8: Afghan-ISAF Operations in Southern Afghanistan") the total is left
  out even alone: the dataset has one row per paragraph of the update,
  each under the update's lede, and each row's label codes its paragraph (two rows of one update
  in the slice carry the same lede and different tolls). The count is the release's own: a figure
  another party gives ("Afghanistan National Police in Kunduz confirmed the death") is that party's
  account of the same deaths and is not added when the release states killed in its own voice, or
  denies in it the deaths of that population (extraction reads "ISAF found no evidence of civilian
  casualties" after a party's toll as the release's denial; "No Afghan or coalition forces were
  killed" denies only its own side's dead), except an Afghan force's or ministry's toll of the other
  side when the release's own voice counts none of that side ("eight insurgents were killed,
  according to the Afghan National Army" beside its own "two civilians"; in an operational
  update's row the lede's roundup, left out of the row, is no such voice; the Taliban's or local
  officials' figures never count beside the release's, nor the Taliban's alone of an operation
  the release says its side never made: "The Taliban have claimed that a coalition air strike
  killed civilians ... No coalition aircraft conducted strikes", nor any party's it lays on a
  strike from the air the release says was never made: "officials told journalists that a NATO
  air strike had killed five civilians" beside "ISAF conducted no air strikes", nor a figure it
  rejects as a party's claim told again after it: "A district official ... repeated the figure
  of 12 dead"), and any party's
  figure but the other side's of a population the release tells dead without a number ("ISAF
  is aware of reports that civilians were killed", or "an unknown number of civilians ... were
  also killed", then "Provincial officials have said four
  civilians were among the dead": 4, the number the release gives; so is one of people it
  names no side of, "eight young men were killed", when the release numbers no dead itself;
  several parties' tolls of the same dead in one paragraph are one toll, a party's number of
  them beside another party's vague "several" (not beside the release's own "several", which
  stands: the open sets' coders mostly keep it), and a figure put on a toll told before, "The
  governor's office put the number at 22", is that toll again (put on a party's vague
  "several", it is their number: "put the number of dead insurgents at six" is six; put on the
  release's own "several" or "numerous", it is not: "Numerous insurgents were killed, officials
  said. Officers ... put the number at 11" is 4), as is another party's number
  after the first's, in its paragraph or as a bare account opening the next: "killed three
  insurgents ..., according to the Afghan National Police. Local officials said five insurgents
  died" is three, "said two more insurgents died" five (a party's "more" dead add to the
  release's own toll too: "killed four insurgents ... Two more insurgents died of their wounds,
  the officials said" is six; its "also killed" does not); the release's own "an unknown
  number of insurgents" tells no number, and a party's number of them its sentence goes on to
  give is the toll ("The air strike killed an unknown number of insurgents; Afghan officials
  said seven insurgents were killed" is seven; in a sentence of its own, "Afghan National Army
  commanders said 11", the release's own count stands, unless the release says its own count
  is still to come anywhere from its unknown number to the end of the party's paragraph, "A
  battle damage assessment is under way", "has not yet been confirmed", "ISAF is still
  assessing" (or, in a paragraph after, in words only a count is told in: "A battle damage
  assessment is under way", not the stock "An investigation is under way"): then the party's
  number is the toll, and beside dead the release numbered itself, "killed a Taliban
  commander and an unknown number of his fighters", the strike's whole toll, holding him: the
  larger of the two. Beside such a leader, a party that tells its dead apart from him, "four
  fighters died with him" (or "with the commander", "four of his fighters", "the commander
  died along with four fighters"), adds them to him wherever in his account it is told and
  whatever the release says of its own count: five (but not "others" wounded, held or fled,
  nor the dead "with him" of another man the release told of since); and a bomber told as
  one of a group
  whose toll was given before is among them ("all six attackers were killed. One of them
  detonated his suicide vest, killing himself" is six);
  and the releasing side's own dead ("One Afghan soldier was killed",
  "a coalition service member", "a rifleman", "Afghan Local Police members", "members of the
  Afghan National Police", "a U.S. Marine", "foreign troops", "a civilian working with ISAF" or
  "employee of ISAF" (set off after his name too: "Faridoon, a civilian working with ISAF as an
  interpreter, who was killed"), "three comrades" its soldiers honour (or "two combat
  engineers" its troops gather to honour), a man it gives a rank ("Sgt. Luis
  Marquez ... Marquez was killed": the releases rank no one of the other side; so is a pronoun
  pointing back to him, "He died doing what he came here to do"), "ambushed two
  Afghan soldiers, killing both", an official's guards: "attacked the district governor's
  convoy, killing two of his bodyguards", or those who work at its post: "killing himself and
  two Afghan security guards working at the base") are not among the killed the coders count,
  which are those its operations killed (the rules backend gives each party of "a coalition
  service member and two insurgents were killed" its own claim; of one claim that counts
  both, as other backends may give it, the other side's part counts; whom its target attacked, "a
  commander responsible for attacks on Afghan Local Police", is no party of it), and an insider
  attacker killed, "the rogue soldier", "the shooter, wearing an Afghan army uniform", is the
  other side's (those he shot are the releasing side's: "turned his weapon against coalition
  service members, killing one"; so are "his fellow policemen" or "his colleagues", whatever
  uniform he wore: "killing four of them", and a partner's soldier "who tried to stop the
  attacker"), as is a man told as his helper ("A second soldier, believed to have helped him,
  was shot and killed"), as is a bomber "killing himself" (extraction gives
  him his own claim beside those he killed). Scored as exact match and mean absolute error over
  all releases (``killed``) and over the releases that report at least one killed
  (``killed_reported``):
  predicting 0 everywhere already matches most releases, so the overall figure alone flatters a
  system that finds nothing.
- **airstrike**: whether any event is an ``airstrike`` or ``drone_strike`` reported as a strike
  from the air. Aircraft firing in support of a ground engagement ("the air weapons team
  engaged", "aerial" or "scout weapons team", "attack aviation", "close air support",
  "supporting air assets", "supporting coalition aircraft", "aviation assets", helicopters that
  engage, whatever they fire,
  "an Apache engaged them with a Hellfire missile", "attack aviation engaged the compound with
  Hellfire missiles": they are the air weapons team, whoever
  they support) is an airstrike under our guidelines and ACLED's, but
  not under ISAF's: every such release in the slice is labelled false. An event whose
  evidence names only support fire is therefore not counted; one whose evidence also names
  an air strike proper ("called in close air support and a precision air strike", "a
  GBU-38", "air-delivered munitions", "a precision strike") is.
  A strike with no means named (``unknown_strike``) counts when the releasing side made it
  ("ISAF said it struck a vehicle", "the coalition carried out a strike"): its forces conduct
  operations, raids and engagements on the ground and call strikes only what comes from the
  air; not a strike by the other side, nor one whose sentence names a ground weapon (nor a
  "precision strike" made with one: "with a High Mobility Artillery Rocket System", in its
  sentence or where the next takes it up, "The strike was carried out with ...", or by one as
  its subject, "Afghan D-30 howitzers carried out a precision strike"; a weapon its
  target carried, was about to fire or lost to the strike is no means of it: "after the men
  were seen loading rockets", "insurgents who were preparing to fire mortars", "destroyed the
  truck and several rockets").
  In an operational update's row the lede's summary of strikes is not the row's, as its toll
  is not (a row that tells its strike made with a ground weapon and names no aircraft, "used a
  guided rocket to strike two insurgents", is no air strike under a lede's "conducted an air
  strike ... in the last 24 hours"; a row that names no means keeps its own side's strike).
  As for killed, a strike dated before the week of the release is history it recalls
  ("a commander who was killed in an air strike last month", even when the release is of the month's
  first days: a month named whole, before the release's own, is before its week; a strike
  "earlier this month" that the release then dates to a day before its week is that day's),
  not one it reports, and so is one recalled without a date ("previously wounded in an air
  strike", "who had been wounded in an air strike but returned", "The leader, who was wounded in
  an air strike last year,", "an earlier air strike", "his predecessor was killed in an air
  strike", "a network whose previous leader was killed in an air strike" (or "His network's
  previous leader"), "The find comes a
  month (or two weeks) after coalition aircraft destroyed a smaller cache"; a toll told so is
  history too).
  (A strike the release calls false, or another party claims and the release refutes,
  "Insurgents claimed an air strike ...; ISAF found no evidence", or a correction withdraws, "A
  release issued Jan. 5 incorrectly stated that a coalition air strike killed four insurgents ...
  There was no air strike", or tells again to withdraw in its next sentence, "An ISAF release
  issued yesterday stated that coalition aircraft struck insurgents ... That statement was in
  error", is no event at all: the extraction
  leaves it out, as it does any denied strike; a sentence calling it false that is quoted for the
  place or day of support fire names no strike proper: "Reports that a coalition air strike
  killed civilians ... are untrue", "ISAF conducted no air strike", "No fixed-wing aircraft
  dropped any munitions", or one it "rejected claims
  ... that a coalition air strike killed civilians" where it says its side made no air strike,
  nor one told only in another party's words there: "District officials told journalists that
  a NATO air strike had killed five civilians", "reports from provincial officials that".)
  Scored as precision, recall and F1 of the positive class, never plain accuracy: answering
  "no" everywhere is right on most releases and finds no air strike at all.
- **province**: the ISAF spellings of the provinces named by the events' locations (name and
  admin area) and, where it names another, by the evidence of the release's own tolls of no
  event (a roundup's items each have a place, told in their paragraph before the toll: "In
  Barmal district, Paktika province, a patrol came under fire ... The patrol returned fire,
  killing four"
  beside an air weapons team's engagement in Ghazni province; the one named first alone is
  kept, below; so is a toll the extraction gave that engagement, the
  release's only strike, when the sentence telling it tells nothing of the strike), or, when
  they name none, by the quoted evidence,
  or, when that names none either, by the whole release ("Sangin/Helmand" above its first
  sentence; not its dateline,
  "KANDAHAR AIRFIELD, Afghanistan", which says where the release was issued, unless the body
  names no place but points to it, "at the district center here"; nor where a ceremony for
  the dead is held, "A ramp ceremony will be held at Bagram Airfield", or where its soldiers
  gather to honour them, "gathered at Bagram Airfield today to honour three comrades killed ...
  in Zharay district"; nor a place a
  correction calls wrong, "incorrectly stated that the operation took place in Kandahar
  province" (or "... killed two insurgents during an operation in Kandahar province" before
  "The operation took place in Shah Joy district, Zabul province", a next sentence naming
  another place), nor its headline's
  repeat of it, "Correction to Kandahar Release", when the correction names the right one).
  A place named only
  by its district or town ("Shah Wali Kot district", "Sangin") counts for its province
  (``normalize.districts``; so does a name that counts only before "district" when the release
  takes up by it one it named so: "Sayyad district, Sar-e Pul province ... In Sayyad, Afghan
  soldiers killed five"), beside the provinces other places name outright ("Khakrez
  district" and "Garmsir district, Helmand province": two operations); but a place that names
  its province ("Zurmat district, Paktiya province") is read by that name, not by a lookup of
  its district whose name may be ambiguous, and a district two provinces share ("Nawa") picks
  the one of them the release names, or, when it names neither, the one the name usually means
  ("Arghandab" alone is Kandahar's, "Nawa" Helmand's: ``normalize.districts``). A
  province named only as where someone comes from ("a Taliban leader from Helmand province",
  "a Helmand Taliban leader", "a native of Farah"), or as the province a man's office is of
  ("the Taliban shadow governor of Baghlan province"), counts only when nothing else is named
  (a district two provinces share is named: "a leader from Helmand province who had moved to
  Arghandab district"); that of a toll the release blames its target for ("involved in the
  bombing of a market in Kabul that killed nine") is no place of its own, as that toll counts
  for no killed. The label names one province
  (every label of the slice does, whatever the release covers): when the answer has several,
  the one named first alone in a sentence of the release is kept (a list, "in Khost, Kandahar
  and Nangarhar provinces", is a roundup's, not one operation's place; nor is an end of a road,
  "the main road between Kandahar City and Kabul", which says where the road runs); when none
  is named
  alone and all lie in one region, the label is the region ("in Kandahar and Helmand
  provinces": ``southern afghanistan``, as the slice labels it), else all are kept. A release
  that names no province nor district but one region ("in southern Afghanistan", "Regional
  Command (South)") is labelled by the region too. An operational update's row is placed by
  its paragraph, as it is counted and dated: its lede's roundup names other operations'
  places. Right when the set equals the label's.
- **start date**: the earliest day of any dated event or claim (claims carry their own dates since
  schema v2, so a release of ground raids has one too; not a denial dated only by the week it
  searched, "no record of any air strike in the district this week", or the hours it
  searched, "conducted no air strikes ... in the past 48 hours"), under the coders'
  conventions: a
  day-precise date within the week before the release is preferred (an older one is history the
  release recalls: "the May 11 insider attack"; a release that looks back on its incident, its
  lede's investigation having the incident for its object before any killing it tells, "has
  completed its review of an air strike on Oct. 21", and a memorial, hold a day a full week
  before the dateline as history too, dated by their own day; an operation's own "initial
  assessment found" keeps that day; so a memorial of its own dead within the week
  is dated by the day they fell, "held a ceremony today for Sgt. ..., who was killed May 26",
  and one of dead before it by its lede's day), a toll of an attack the target is blamed for is
  not the operation (as for killed), a 24-hour roundup ("over the past 24 hours") counts as its
  last day, the release's own (so does a week's, "in operations across southern Afghanistan
  this week") (any other span of days counts from its first: "the night of June
  12-13", or an operation the lede says "began ... on Saturday", its tolls told by later days),
  and a release with nothing dated to the day or the week counts as its dateline's day,
  or as the day its lede names within that week when it tells no strike or toll at all ("found a
  cache ... yesterday"; nor is the day an earlier release was issued, "A release issued Dec. 16
  incorrectly stated", an incident's: a correction's lede runs on to the sentence that tells the
  operation right, "The operation took place ... on May 12"; and detentions dated by a month
  alone, "In July, the force detained two of his couriers", are background as it is) (a month
  or a year alone, "In June, insurgents engaged the assault force", is background to the
  operation the release reports); so is one whose only dates are history
  while the item it tells first, its incident, is undated ("killed two insurgents ... The cell
  leader, captured June 2, ...": the old date is recalled, not the operation's), and so is one
  whose lede reports findings on an older incident ("an investigation into an air strike on
  Aug. 4 has found", "an investigation team delivered its findings on the Aug. 4 strike", or
  says it is done, "has completed its investigation into the May 11 insider attack"), or
  confirms a death in one ("ISAF confirmed today that ... was killed in a coalition air strike
  ... earlier this month", the strike named later by a day before the week).
  An operational update's row is dated by its paragraph, as its toll is (one that tells no strike
  or toll by the day its paragraph names: "found a weapons cache ... Monday"): the lede's summary
  dates it only when the paragraph has no date. Releases dated from February 1 to March 25, 2011 are
  labelled one day earlier than that, whatever their wording (every one of the development
  rows dated then is, none
  of those dated in the weeks either side: the labels' dates for that period are a day behind the
  releases', probably where the coders read them; held out, the convention was checked on the last
  60 rows before it was kept). A release whose text gives no year at all (not in its dateline,
  release number or dates) is extracted as published on its dateline's day in the year of the
  archive's year-less house style (``year_less_day``: the IJC's datelines of Dec. 2011 to March
  2012; a month from July on is 2011's, an earlier one 2012's). The headline start date is scored
  only on releases whose text gives a year (a four-digit 19xx/20xx); a second metric scores every
  release, as the published anchors do.

The reference figures of trivial predictors are computed from the labels and shown in the
report's notes, so a score can be read against them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from llmextract.errors import InputError
from llmextract.evaluation import toll_selector
from llmextract.evaluation.matching import date_window
from llmextract.evaluation.metrics import (
    ArticleScore,
    Finding,
    MetricSpec,
    full_counts,
    mean_spec,
    prf_specs,
    rate_spec,
)
from llmextract.evaluation.sentences import SENTENCE_END as _SENTENCE_END
from llmextract.evaluation.sentences import sentence_bounds
from llmextract.evaluation.tasks import Sample, TaskKind
from llmextract.normalize.dates import DateMention, anchor_from_dateline, find_dates
from llmextract.normalize.districts import (
    find_district_provinces,
    find_shared_districts,
    find_taken_up_districts,
    find_usual_shared_province,
)
from llmextract.normalize.places import afghan_province_mentions, dateline_spans
from llmextract.normalize.quantities import find_quantities, minimum, parse_count
from llmextract.rules.claims import LIST_BEFORE, MEMORIAL_FOR, MEMORIAL_TO, WHO_TO_THE_END
from llmextract.rules.consolidation import _PLACE_OPENING
from llmextract.rules.dating import (
    BEGUN_VERB,
    OPERATION_NOUN,
    OPERATION_PLACE,
    first_day_of,
    span_ended,
)
from llmextract.rules.events import _PASSIVE_FIRE
from llmextract.rules.periods import told_over_period
from llmextract.rules.refutation import (
    CLAIM_NOUN,
    FALSE_WORD,
    NO_EVIDENCE_FOR,
    STRIKE_FALSE_WORD,
    TOLD_WRONGLY,
    WITHDRAWN_STATEMENT,
    WRONGLY,
)
from llmextract.schema import CasualtyClaim, Count, DateRange, Extraction, Span, StrikeEvent

AIR_KINDS = frozenset({"airstrike", "drone_strike"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Aircraft firing for a ground force in contact, as ISAF releases word it.
_SUPPORT_FIRE = re.compile(
    r"\b(?:air|aerial|scout)[\s-]+weapons?[\s-]+teams?\b|\b[AS]WTs?\b"
    r"|\battack[\s-]+aviation\b|\bclose[\s-]+air[\s-]+support\b"
    # (the force's name may come between: "Supporting coalition aircraft engaged insurgent
    # positions with cannon fire")
    r"|\b(?:supporting|support(?:ing)?\s+of)\s+(?:(?!(?:an?|the)\s)[\w.]+\s+)?"
    r"(?:aircraft|aviation|air(?![\s-]?(?:strikes?|raids?)\b))\b"
    r"|\bair\s+(?:support|assets)\b|\baviation\s+assets?\b"
    r"|\b(?:attack\s+)?helicopters?\b|\bgunships?\b"
    r"|\b(?:Apache|Kiowa|Cobra)s?\b",
    re.IGNORECASE)
# An aircraft other than a helicopter: "jets", "a drone", "an F-16".
_FIXED_WING_WORD = (r"(?:aircraft|jets?|planes?|drones?|unmanned|remotely|Reapers?|Predators?"
                    r"|MQ-\d|F-\d+|A-10|B-1|Tornado|Typhoon|Harrier|Mirage|Strike\s+Eagle"
                    r"|Hornet|Fighting\s+Falcon|Warthog)")
# A fixed-wing aircraft named by its kind or type: "a B-1 bomber", "two F-16s".
_FIXED_WING_TYPE = (r"(?:fixed[\s-]wing\s+(?:aircraft|jets?)|jets?|fighters?|warplanes?|bombers?"
                    r"|B-1B?s?|B-52s?|F-1[568]\w*|F/A-18\w*|A-10s?|AV-8Bs?|Harriers?|Tornados?"
                    r"|Typhoons?|Mirages?|Rafales?|Strike\s+Eagles?|(?:Super\s+)?Hornets?"
                    r"|Fighting\s+Falcons?|Warthogs?)")
# A strike from the air named as such.
_STRIKE_PROPER = re.compile(
    r"\bair[\s-]?(?:strikes?|raids?)\b|\bbombed\b|\baerial\s+(?:bomb\w*|attacks?)\b"
    r"|\b(?:guided|precision|laser)[\s-]+(?:guided\s+)?(?:bombs?|munitions?)\b"
    r"|\bdropp\w*\s+(?:[\w,-]+\s+){0,2}(?:bombs?|munitions?)\b|\bdrones?\b"
    # ... told in the passive: "close air support, including two 500-pound bombs dropped on a
    # compound"
    r"|\b(?:bombs?|munitions?|ordnance)\s+(?:(?:was|were|had\s+been)\s+)?dropped\s+(?:on|onto)\b"
    # fixed-wing munitions and strikes named as such: "a GBU-38", "a JDAM", "air-delivered
    # munitions", "a precision strike"
    r"|\bgbu-?\d+\w?\b|\bjdams?\b|\bprecision[\s-]+strikes?\b"
    r"|\b(?:air|aerial)[\s-]+(?:delivered|dropped|launched|to[\s-]+(?:ground|surface))[\s-]+"
    r"(?:[\w-]+\s+){0,2}?(?:munitions?|bombs?|ordnance|missiles?|Hellfires?|Paveways?"
    r"|Brimstones?|Mavericks?)\b"
    r"|\bmissiles?\b|\b(?:coalition|ISAF|NATO|U\.?S\.?)\s+(?:aircraft|jets?|planes?)\s+"
    # ("Coalition aircraft did strike an insurgent mortar team", beside a refuted strike; the
    # aircraft the subject of the killing too, "Coalition aircraft killed a Taliban leader
    # today": the release's own strike, whatever earlier strike its sentence recalls)
    # (after an adverb or another verb: "Coalition aircraft today killed", "engaged and killed")
    # (not a passive's auxiliary: "a coalition aircraft was hit by ground fire")
    r"(?:(?!(?:was|were|is|are|been|being|had|have|has)\b)[\w-]+\s+(?:and\s+)?)?"
    r"(?:targeted|struck|bombed|attacked|destroyed|killed|hit|did\s+strike)\b"
    # ... or the aircraft the agent of a passive, as the same strike told from its target: "a
    # second group ... was struck by a coalition aircraft" (beside an air weapons team's fire)
    # (the verbs and day of events.py's passive; the owner and "fixed-wing" optional, a drone
    # or a type as well: "killed by a coalition aircraft", "struck by an unmanned aerial
    # vehicle", "struck by coalition fixed-wing aircraft", "struck by an F-16"; not a man who
    # is a bomber, "attacked by a bomber on a motorcycle", nor "the aircraft" alone, after an
    # air weapons team its helicopters)
    rf"|\b{_PASSIVE_FIRE}\s+by\s+(?!the\s+aircraft\b)(?:an?\s+|the\s+|two\s+)?"
    r"(?:(?:coalition|ISAF|NATO|U\.?S\.?)\s+)?(?:fixed[\s-]wing\s+)?(?!bombers?\b)"
    rf"(?:{_FIXED_WING_WORD}|{_FIXED_WING_TYPE})\b"
    # a drone named by its other names as it strikes: "a remotely piloted aircraft struck two
    # insurgents", "an unmanned aerial vehicle engaged"
    r"|\b(?:remotely[\s-]piloted|unmanned)\s+(?:aerial\s+)?(?:aircraft|vehicles?|systems?)\s+"
    r"(?:then\s+|later\s+)?(?:struck|fired|engaged|targeted|attacked|hit|killed)\b"
    # a fixed-wing aircraft named by its kind or type that strikes, beside the air weapons
    # team or not: "a B-1 bomber struck the building", "two F-16s then hit the tree line"
    rf"|\b{_FIXED_WING_TYPE}\s+"
    r"(?:then\s+|also\s+|later\s+)?(?:struck|bombed|hit|destroyed)\b",
    re.IGNORECASE)
# A missile a helicopter fires, named in its clause before the missile with no jet or drone
# between ("two Apache helicopters engaged the position with cannon fire and Hellfire
# missiles"): the air weapons team's support fire, not a strike proper.
_HELICOPTER_BEFORE = re.compile(
    r"\b(?:helicopters?|gunships?|(?:Apache|Kiowa|Cobra|Viper)s?|AH-\d+\w*|OH-58\w*"
    r"|air\s+weapons?\s+teams?"
    # ("Supporting attack aviation engaged the compound with Hellfire missiles": attack
    # aviation is helicopters, as the air weapons team is)
    r"|attack[\s-]+aviation)\b"
    rf"(?![^.;]*?\b{_FIXED_WING_WORD}\b)[^.;]{{0,120}}$", re.IGNORECASE)
_MISSILE = re.compile(r"(?:Hellfire\s+)?missiles?", re.IGNORECASE)
# A strike or toll the release recalls without a date: "previously wounded in an air strike",
# "an earlier air strike", "his predecessor was killed in an air strike".
# A span of time back from the release's week, as the releases tell what happened before:
# "a month", "four months", "a year", "several years"; in weeks, two or more ("a week after"
# may still be the release's own week). One span for every rule that reads it, strikes and
# tolls alike, so the reading does not turn on the numeral.
_SPAN_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+"
                r"|several|a\s+few)")
_SPAN_BEFORE = (rf"(?:(?:{_SPAN_NUMBER}|an?)\s+(?:years?|months?)"
                rf"|(?!one\b){_SPAN_NUMBER}\s+weeks)")
# A span of time before the strike a clause tells: "The find comes a month (two weeks) after
# coalition aircraft destroyed a smaller cache".
_SPAN_AFTER = rf"{_SPAN_BEFORE}\s+(?:after|since)"
# Where the clause a span of time opens ends before a strike: a second verb of the main
# clause ("The engagement came two weeks after the police chief took office and included a
# precision air strike"), a relative clause ("two months after the start of the operation that
# coalition aircraft supported with an air strike"), or a day of the release's week ("today",
# "this morning"): the strike after it is the main clause's, not the one the span recalls.
_SPAN_CLAUSE_END = (
    r"\band\s+(?:then\s+|also\s+|later\s+)?(?:\w+ed|was|were|is|are|has|had|hit|struck|took"
    r"|came|began|saw|made|led|left|won|met|brought|drew|gave|got|went|held|shot|fought|found"
    r"|put|set|sent|ran|drove)\b"
    r"|\b(?:that|which|who|whom|whose|where|while|today|tonight|yesterday)\b"
    r"|\b(?:this|last)\s+(?:morning|afternoon|evening|night)\b")
# The one who held a post before: "whose previous leader", "its former commander" (told of
# a strike or a toll, the earlier holder's death is history, as his predecessor's is); so by
# the body whose post it was, named by its possessive: "His network's previous leader", "the
# group's former commander" (not a place's, whose former holder may die today: "The
# district's former governor was killed in a suicide attack today").
_EARLIER_HOLDER = (r"(?:(?:whose|its|his|their|the)\s+(?:[\w-]+\s+)?(?:network|group|cell"
                   r"|organi[sz]ation|faction|movement)['’]s|whose|its|his|their)"
                   r"\s+(?:previous|former)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:leaders?|commanders?|chiefs?|heads?|emirs?|governors?)")
# ... told as the victim of a killing: "whose previous leader was killed", "its former commander
# had been wounded" (the holder named alone is no history: "lost its former commander, Mullah
# Sangin, in a precision air strike" tells the strike that killed him)
_EARLIER_HOLDER_HIT = (rf"{_EARLIER_HOLDER}\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                       r"(?:killed|wounded)")
_RECALLED = (r"\b(?:previously|predecessors?|(?:an?|the)\s+(?:earlier|prior|previous)"
             r"(?!\s+(?:day|night|evening|morning|afternoon|week))"
             # a strike named by its year: "recalled the 2008 air strike in Azizabad"
             r"|the\s+(?:19|20)\d\d(?=\s+(?:[\w-]+\s+){0,2}?$)"
             # a wound the target survived before the operation: "who had been wounded in an
             # air strike but returned to lead his fighters"
             r"|had\s+(?:once\s+|already\s+)?been\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)"
             r"\s+in"
             # ... told in a set-off clause: "The leader, who was wounded in an air strike last
             # year, returned"
             r"|,\s*who\s+was\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\s+in"
             # a strike a year or more before, marked: "One year after the air strike on two
             # hijacked fuel tankers", "on the anniversary of the air strike"; or a month or
             # two weeks or more, before the release's week (``_SPAN_AFTER``)
             rf"|{_SPAN_AFTER}"
             r"|anniversary\s+of)\b")
# (near; or, for a span of time before, further in its own clause, no comma between and the
# clause not ended (``_SPAN_CLAUSE_END``): "The find comes two weeks after coalition aircraft
# destroyed a smaller cache in the same valley in an air strike" recalls the strike the clause
# tells, however long the object before it, where "an earlier release" qualifies only its noun)
_RECALLED_BEFORE = re.compile(
    _RECALLED + r"[^.;]{0,60}$|\b" + _SPAN_AFTER
    + rf"\b(?:(?!{_SPAN_CLAUSE_END})[^.;,]){{0,100}}$"
    # a network's or a man's earlier leader, as "his predecessor", when the strike is the one
    # that hit him, right after his killing: "a Taliban network whose previous leader was
    # killed in an air strike" (not a strike further on, told of another man: "Mullah Sangin,
    # who took over after its former leader was killed in October, was killed in a precision
    # air strike yesterday")
    + rf"|{_EARLIER_HOLDER_HIT}\s+(?:in|by)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
# A strike proper named only to be called false, in a sentence the evidence quotes for its
# place or day ("Reports that a coalition air strike killed civilians in Manogai district,
# Kunar province, Sunday are untrue", "ISAF conducted no air strike", "No air strike took
# place"): the release tells none.
_REPORTED_THAT = re.compile(
    r"\b(?:reports?|claims?|allegations?|rumou?rs?)\s+(?:that|of)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE)
_NONE_CONDUCTED = re.compile(
    r"\b(?:conducted|carried\s+out|made)\s+no\s+(?:coalition\s+|ISAF\s+)?$"
    r"|(?:^|[.;]\s+)No\s+(?:coalition\s+|ISAF\s+)?$"
    # ... or no aircraft that dropped it: "No fixed-wing aircraft dropped any munitions in the
    # district on Monday", quoted for the day of the air weapons team's fire
    r"|(?:^\s*|[.;]\s+)No\s+(?:coalition\s+|ISAF\s+|NATO\s+)?(?:fixed[\s-]wing\s+)?"
    r"(?:aircraft|jets?|planes?|warplanes?|drones?)\s+$"
    # ... or the verb negated: "ISAF did not conduct any air strikes"
    r"|\b(?:did\s+not|didn['’]t)\s+(?:conduct|carry\s+out|make)\s+(?:any\s+|an?\s+)?"
    r"(?:coalition\s+|ISAF\s+)?$", re.IGNORECASE)
# ... or refuted before it: "found no evidence to support Taliban claims that an air strike
# killed 30 civilians".
_NO_EVIDENCE_CLAIM = re.compile(
    rf"\b{NO_EVIDENCE_FOR}\s+(?:[\w-]+\s+){{0,3}}?{CLAIM_NOUN}\s+(?:that|of)\s+(?:[\w-]+\s+){{0,4}}$",
    re.IGNORECASE)
_FALSE_AFTER = re.compile(
    rf"[^.;]{{0,120}}?\b(?:are|is|was|were)\s+(?:\w+\s+)?{STRIKE_FALSE_WORD}\b", re.IGNORECASE)
_RECALLED_TOLL = re.compile(
    # (the dead of an attack the release told before, pointed back to: "the families of those
    # who died on that bus", "the victims of that bombing")
    r"\b(?:on|in|aboard|of)\s+that\s+(?:bus|vehicle|car|minibus|market|attack|bombing"
    r"|blast|explosion|ambush|massacre)\b|"
    r"\b(?:previously|predecessors?)\b|\b(?:an?|the)\s+(?:earlier|prior|previous"
    r"|(?:19|20)\d\d)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|operations?|raids?|engagements?|bombings?)\b",
    re.IGNORECASE)
# A toll whose own dead is a network's or a man's earlier leader, as "his predecessor": its
# killing is the span's own verb ("whose former commander was killed"), not one told of
# another man after it ("Mullah Sangin, who took over after its former leader was killed in
# October, was killed" is Sangin's toll, the release's).
_EARLIER_HOLDER_TOLL = re.compile(_EARLIER_HOLDER_HIT + r"\W*$", re.IGNORECASE)
_RECALLED_SUBJECT = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|prior|previous|(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|attacks?|operations?|raids?|engagements?|bombings?)"
    # (placed: "the 2008 air strike in Azizabad that killed")
    r"(?:\s+(?:in|on|near|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE)
# Operations over several regions of the country or the whole of it, or a region's: a roundup
# wider than one district's fights.
_REGIONS_ROUNDUP = (
    # several regions of the country: "in the east and south", "in eastern and southern
    # Afghanistan" (one region alone, "in eastern Afghanistan", is a place)
    r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:east|west|north|south)(?:ern)?\s*,\s*"
    r"(?:the\s+)?)*"
    r"(?:east|west|north|south)(?:ern)?,?\s+and\s+(?:the\s+)?(?:east|west|north|south)(?:ern)?\b"
    # ... the centre among them: "in northern, central and southern Afghanistan"
    r"|\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:east|west|north|south)(?:ern)?\s*,\s*)+"
    r"central,?\s+and\s+(?:east|west|north|south)(?:ern)?\b"
    r"|\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:east|west|north|south)(?:ern)?\s*,\s*)*"
    r"(?:east|west|north|south)(?:ern)?,?\s+and\s+central\b"
    # the whole country: "conducted operations across the country yesterday"
    r"|\b(?:across|throughout)\s+(?:the\s+country|(?:(?:east|west|north|south)ern\s+)?"
    r"Afghanistan|the\s+region)\b|\bnationwide\b"
    # a region's operations: "in southern Afghanistan during operations yesterday",
    # "operations in eastern Afghanistan" (plural, no article: not one operation's place)
    r"|\b(?:east|west|north|south)ern\s+Afghanistan\s+(?:during|in)\s+operations\b"
    r"|(?<!\bthe\s)\boperations\s+(?:in|across)\s+(?:east|west|north|south)ern\s+Afghanistan\b")
# A figure over several operations or a period, not one operation's own toll.
_ROUNDUP = re.compile(
    r"\b(?:separate|several|multiple|various|numerous|a\s+series\s+of|a\s+number\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?operations\b"
    # "killed five insurgents in two separate engagements": engagements or clashes apart
    r"|\bseparate\s+(?:[\w-]+\s+){0,2}?(?:engagements|clashes|incidents|raids|attacks)\b"
    # ... or counted: "killed more than 20 insurgents in two engagements", "during three raids",
    # "killed three insurgents in two operations in southwestern Afghanistan"
    r"|\b(?:in|during)\s+(?:two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+)?"
    r"(?:engagements|clashes|firefights|raids|operations|incidents|strikes)\b"
    # ... or by how often: "coalition aircraft struck insurgents twice this week"
    r"|\b(?:struck|engaged|attacked|hit|raided)\b[^.;]{0,40}?\b(?:twice|(?:three|four|five)"
    r"\s+times)\b"
    r"|\b[\w-]+[\s-]led\s+operations\b(?!\s+(?:forces?|troops|units?|teams?|command))"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four|48|forty-eight)\s+hours\b"
    rf"|{_REGIONS_ROUNDUP}"
    # a week's operations: "killed more than 10 insurgents in operations ... this week"
    r"|\boperations\b[^.;]{0,80}?\b(?:this|last|the\s+past)\s+week\b"
    # ... or a regional command's week: "forces in Regional Command (South) killed 27
    # insurgents, detained 64 ... this week"
    r"|\bRegional\s+Command\b[^.;]{0,160}?\b(?:this|last|the\s+past)\s+week\b",
    re.IGNORECASE)
# The roundups of a week that count as its last day (``_roundup_week``): a region's or the
# country's operations, several provinces' ("during operations in nine provinces this week")
# or a regional command's week; not a few fights in one district ("in two separate engagements
# in Zhari district ... this week").
_WEEK_ROUNDUP = re.compile(
    rf"{_REGIONS_ROUNDUP}|\b(?:in|across|throughout)\s+(?:[\w-]+\s+)?(?:provinces|regions)\b"
    rf"|\bRegional\s+Command\b[^.;]{{0,160}}?\b(?:this|last|the\s+past)\s+week\b",
    re.IGNORECASE)
# ... and a week told as before the release's day, which it is not
_EARLIER_THIS_WEEK = re.compile(r"\bearlier\s+this\s+week\b", re.IGNORECASE)
# In an operational update's lede, more ways of summing up the day: operations named by no place
# but the country ("found three caches in operations today", "during operations in Afghanistan
# today") or "the last day". (Outside an update "during operations yesterday" may tell one
# operation, so these are an update's only.)
_UPDATE_ROUNDUP = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+day\b"
    r"|\b(?:in|during)\s+operations\b"
    r"(?!\s+(?:in|near|at|around)\s+(?:the\s+)?(?!Afghanistan\b)[A-Z])"
    # a lede placed by one region only, as the update's title places it: "killed several
    # insurgents ... in eastern Afghanistan yesterday" (a row's paragraph opens with its own
    # place: "In eastern Afghanistan, an air weapons team ...", "Also in eastern Afghanistan,
    # Afghan Border Police found a weapons cache")
    r"|(?<=\w\s)(?<!also\s)in\s+(?:east|west|north|south)ern\s+Afghanistan\b",
    re.IGNORECASE)
# A figure of killed and detained together says how many were taken out, not how many died.
_KILLED_OR_CAPTURED = re.compile(
    r"\bkill(?:ed|ing)\s+or\s+(?:captur|detain)\w*|\b(?:captur|detain)\w*\s+or\s+kill\w*",
    re.IGNORECASE)
# ... and so does a figure of killed and wounded together: "eight insurgents were killed or
# wounded" says how many were hit.
_KILLED_OR_WOUNDED = re.compile(
    r"\bkill(?:ed|ing)\s+or\s+(?:wound|injur)\w*|\b(?:wound|injur)\w*\s+or\s+kill\w*",
    re.IGNORECASE)
# An ISAF Joint Command operational update: a lede that sums the day's operations over one
# paragraph per operation (the dataset has a row per paragraph, each with the same lede).
# (the 2010 releases title it by the day: "June 8: Afghan-ISAF Operations in Southern
# Afghanistan")
_OPERATIONAL_UPDATE = re.compile(
    r"\bOperational\s+Update\b"
    r"|^[A-Z][a-z]{2,8}\.?\s+\d{1,2}:\s+Afghan[-\s]ISAF\s+Operations\b",
    re.IGNORECASE | re.MULTILINE)
# A target's past, told to say who he is: "responsible for", "involved in", "behind" ... an
# attack, then its toll.
_BLAMED_FOR = re.compile(
    r"\b(?:responsible\s+for|(?:involved|implicated)\s+in|(?<!leaving\s)(?<!left\s)behind|accused\s+of"
    # ("a cell that has been blamed for a September attack ... that killed twelve people")
    r"|(?:has|have|had)\s+been\s+blamed\s+for"
    r"|suspected\s+of|linked\s+to|tied\s+to|mastermind\w*|orchestrat\w+|planner|coordinator"
    # ("Intelligence reporting linked him to a July ambush ... that killed four drivers")
    r"|(?:linked|tied)\s+(?:him|her|them|the\s+(?:man|men|cell|network|group|leader|commander))"
    r"\s+to"
    # ... in the present, or connected: "Intelligence reports link the man to the March car
    # bomb attack ... that killed four civilians"
    r"|(?:links?|ties|tie|connect(?:s|ed)?)\s+(?:him|her|them|the\s+(?:man|men|cell|network"
    r"|group|leader|commander|suspects?|detainees?))\s+to"
    # ("planned the Nov. 3 attack": a date's abbreviation among the words before the noun)
    # ("organized Sunday's attack on the governor's compound that killed two of his guards")
    # ("supplied weapons used in an attack ... that killed two soldiers")
    r"|(?:weapons?|explosives?|bombs?|IEDs?|devices?|materials?|components?|vehicles?)\s+"
    r"(?:(?:that|which)\s+(?:were|was)\s+)?used\s+in"
    # a hand he lent in it: "helped plan a suicide bombing of a bus in Kabul that killed nine",
    # "helped to build the bomb that killed"
    r"|helped\s+(?:to\s+)?(?:plan|plot|stage|organi[sz]e|prepare|coordinate|carry\s+out"
    r"|build|make|assemble|plant|place|emplace|supply|smuggle|finance|fund)\b"
    r"|(?:planned|plotted|staged|organi[sz]ed)\s+(?:[\w.’'-]+\s+){0,3}?(?:attacks?|bombings?"
    r"|ambush(?:es)?"
    r"|assaults?|assassinations?)"
    # what he is believed to have done: "is believed to have built the roadside bomb that
    # killed three civilians" (not "Insurgents planted a roadside bomb that killed three")
    r"|(?:believed|thought|alleged|known|reported|said)\s+to\s+have\s+(?:built|made|planted"
    r"|placed|emplaced|supplied|provided|assembled|planned|organi[sz]ed|carried\s+out|led))"
    r"\b[^.;]{0,160}$",
    re.IGNORECASE)
# The releasing side's own dead: its soldiers, police, service members.
_OWN_NAMED = (
    # ("foreign troops", as another party names the coalition's: not "foreign fighters")
    r"\b(?:Afghan|coalition|ISAF|NATO|U\.S\.|American|British|partnered|ANA|ANP|ANSF"
    # (ISAF spelled out: "International Security Assistance Force service members")
    r"|International\s+Security\s+Assistance\s+Forces?|(?i:foreign))\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:soldiers?|service\s*members?|troops?|police(?:m[ae]n)?"
    r"|(?:police\s+)?officers?|personnel|commandos?|Marines?)\b"
    # the people it sends to work beside the Afghan forces: "Two ISAF advisers", "NATO
    # trainers", "coalition mentors". Only after the names of the coalition and its nations,
    # with at most one word between, and not a word of the other side's: "a foreign fighter
    # trainer", "an Afghan al-Qaeda trainer", "a foreign suicide bomber trainer" are its targets
    r"|\b(?:coalition|ISAF|NATO|U\.S\.|American|British"
    r"|International\s+Security\s+Assistance\s+Forces?)\s+"
    r"(?:(?!(?i:fighters?|al-?Qa\w+|Taliban|insurgents?|suicide|bomb\w*|IEDs?)\b)[\w-]+\s+)?"
    r"(?i:advis[eo]rs?|trainers?|mentors?|instructors?)\b"
    # "Afghan Local Police members", "ANSF member": "members" after names of the forces only
    r"|\b(?:Afghan|coalition|ISAF|NATO|ANA|ANP|ANSF|ALP)\s+"
    r"(?:(?!Taliban|Haqqani)[A-Z][\w-]*\s+){0,3}members?\b"
    r"|\bmembers?\s+of\s+(?:the\s+)?(?:Afghan|coalition|ISAF|NATO|U\.S\.|ANA|ANP|ANSF|ALP"
    # ("A member of the International Security Assistance Force was killed")
    r"|International\s+Security\s+Assistance\s+Forces?)\b"
    r"(?!\s+(?:Taliban|Haqqani))"
    # its civilian staff: "a civilian working (or serving) with ISAF", "an Afghan interpreter"
    # (who works for a force)
    r"|\b(?:civilians?|contractors?|interpreters?|employees?)\s+(?:working|employed|serving)\s+"
    r"(?:with|for|by)\s+(?:the\s+)?(?:ISAF|coalition|NATO|International\s+Security)"
    r"|\binterpreters?\b"
    # ... "a civilian employee of ISAF"
    r"|\b(?:employees?|contractors?|staff(?:\s+members?)?)\s+of\s+(?:the\s+)?(?:ISAF|coalition|NATO"
    r"|International\s+Security)\b"
    # those its soldiers mourn: "to honour three comrades killed by a roadside bomb"
    r"|\bcomrades?(?:[\s-]+in[\s-]+arms)?\b"
    # a contributing nation's soldier by his trade: "a Canadian medic killed last week", "a
    # Danish corpsman" (not an Afghan medic, who may be a clinic's)
    r"|\b(?:Canadian|British|American|U\.S\.|French|German|Dutch|Danish|Australian|Italian"
    r"|Polish|Spanish|Estonian|Georgian|Romanian|Norwegian|Swedish|Czech|Hungarian|Jordanian"
    r"|Turkish|Belgian|Lithuanian|Latvian|Slovak|Croatian|Bulgarian|Portuguese|Albanian)\s+"
    r"(?:[\w-]+\s+){0,2}?(?i:medics?|corpsm[ae]n|paramedics?|nurses?|doctors?|surgeons?"
    r"|engineers?|pilots?|airm[ae]n|sailors?|gunners?|drivers?|signallers?)\b")
_OWN_LOSS_NAMED = re.compile(_OWN_NAMED)
_OWN_LOSS = re.compile(
    _OWN_NAMED +
    # in a release's own voice a bare "policeman", "soldier", "service member" is its side's
    (r"|^(?!.*\b(?:insurgents?|Taliban|enem(?:y|ies)|militants?|fighters?|posing)\b).*\b(?:"
     r"police(?:m[ae]n|\s+officers?)|soldiers?|service\s*members?|Marines?"
     # a soldier named by rank: "a rifleman", "a lance corporal"
     r"|riflem[ae]n|corporals?|sergeants?|sappers?|troopers?|guardsm[ae]n|paratroopers?"
     # who commands a force's post: "killing the checkpoint commander"
     r"|check\s*point\s+commanders?"
     # ... or its police: "A district police chief was killed"
     r"|police\s+chiefs?|chiefs?\s+of\s+police)\b"))
# The attacker of an insider attack, killed: "the rogue soldier", "the shooter, wearing an
# Afghan army uniform"; he is the other side's, whatever uniform he wore.
_INSIDER = re.compile(
    r"\b(?:rogue|shooter|gunm[ae]n|attackers?|assailants?|insider|impostors?"
    r"|(?:wearing|dressed\s+in|disguised\s+in|posing\s+as)\b)", re.IGNORECASE)
_DISGUISE = re.compile(
    r"\b(?:wearing|dressed\s+in|disguised\s+in|posing\s+as)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:uniforms?|soldiers?|policem[ae]n|officers?)\b", re.IGNORECASE)
# A toll told by a word that points back to people named before it ("killing both", "killing
# them"): whose they are is read from the nearest side named before it.
# A toll told actively ("killed two of them") right after a side named as its subject, with
# no clause break between them.
_ACTIVE_KILL = re.compile(r"\s*killed\b", re.IGNORECASE)
_SUBJECT_GAP = re.compile(
    r"[^\W\d]*(?:\s+(?!(?:and|or|but|then|later|before|after)\b)[\w-]+){0,2}\s*",
    re.IGNORECASE)
# ... and its verb may follow the fire it returned: "Afghan soldiers returned fire and killed
# the two" (the soldiers killed; the two are the insurgents told before them), as its
# participle may: "The police and their coalition advisers returned fire, killing one".
_RETURNED_FIRE_GAP = re.compile(
    r"\s*(?:returned\s+fire|fired\s+back|responded|engaged\s+them)\s*(?:,?\s+and|,)\s*",
    re.IGNORECASE)
_BACK_REFERENCE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:both|them|all(?:\s+(?:two|three|four|five|of\s+them))?"
    r"|each|the\s+(?:two|three|four)|(?:two|three|four)\s+of\s+them)\b"
    r"|\b(?:both|them|all\s+(?:two|three|four|five|of\s+them))\s*$"
    # a number alone: "turned his weapon against coalition service members, killing one"
    r"|^\s*(?:killing|killed|wounding|wounded)\s+(?:one|two|three|four|five|\d)\s*$",
    re.IGNORECASE)
# A force's place or thing, not its people: "an Afghan Local Police checkpoint".
_FACILITY_AFTER = re.compile(
    r"\s+(?:checkpoints?|check\s+points?|posts?|bases?|outposts?|stations?|compounds?"
    r"|headquarters|vehicles?|convoys?|uniforms?)\b", re.IGNORECASE)
# Who strikes in a release: its own forces, or the side they fight.
_OWN_FORCES = re.compile(
    r"\b(?:ISAF|International\s+Security\s+Assistance\s+Force|coalition|NATO"
    r"|(?:said|confirmed|announced)\s+(?:that\s+)?it)\b", re.IGNORECASE)
_OTHER_SIDE = re.compile(
    r"\b(?:insurgents?|Taliban|militants?|enem(?:y|ies)|Haqqani|fighters?)\b", re.IGNORECASE)
# Those who attacked, named in a toll that points back: "killing all six attackers" (the
# other side, whoever is named before them); one man named by the part he had in the attack
# too, when named as the one already told: "killed the triggerman after a short pursuit",
# "the gunman", "their bomber" (an indefinite "a lone gunman", "a suicide bomber" points back to
# no attack: a fresh one).
_ASSAILANTS = re.compile(r"\b(?:attackers|assailants|gunmen|raiders|triggermen|bombers|shooters)\b"
                         r"|\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:attacker|assailant|gunman"
                         r"|raider|triggerman|bomber|shooter)\b", re.IGNORECASE)
_GROUND_FIRE = re.compile(
    # not a weapon of the other side the strike was aimed at ("an insurgent mortar position",
    # "fired several mortar rounds toward the base")
    r"(?<!insurgent\s)(?<!enemy\s)(?<!Taliban\s)"
    r"\b(?:artillery|mortars?|howitzers?|rockets?|HIMARS|GMLRS|guided\s+multiple|tanks?"
    r"|ground[\s-]+(?:fire|forces?\s+fired))\b"
    r"(?!\s+(?:positions?|teams?|cells?|sites?|firing|points?|rounds?|rails?|launch\w*))",
    re.IGNORECASE)
_SET_OFF_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,]*,")
# Whom the victim fought: "An insurgent wounded in a firefight with an Afghan Border Police
# patrol | near Spin Boldak ... died" (up to the place, the time or the clause's end).
_OPPONENT = re.compile(
    r"\b(?:fire\s?fight|engagement|clash|battle|fighting|gun\s?battle|exchange\s+of\s+fire"
    r"|skirmish)\s+with\s+[^,;]*?(?=\s+(?:near|in|at|on|during|and|died|was|were)\b|[,;]|$)"
    # ... nor who shot him: "One of the two men shot by coalition troops ... has died"
    r"|\b(?:shot|wounded|injured|hit|struck|fired\s+on|engaged|stopped)\s+by\s+[^,;]*?"
    # (a joint force is one agent: "shot by Afghan and coalition troops")
    r"(?=\s+(?:near|in|at|on|during|and(?!\s+(?:coalition|ISAF|Afghan|international|NATO)\b)"
    r"|died|has|had|was|were)\b|[,;]|$)",
    re.IGNORECASE)

# (sentences end at ``sentences.SENTENCE_END``: not the dot of "Feb. 13", "Lt. Col.", "U.S."; a
# line that opens a list item starts a sentence too: "... yesterday:" then "- In Khost
# province, a combined force killed two")
ISAF_METRICS: tuple[MetricSpec, ...] = (
    rate_spec("killed.exact", "Killed exact match", headline=True),
    mean_spec("killed.abs_error", "Killed MAE", headline=True),
    rate_spec("killed_reported.exact", "Killed exact (releases with killed)", headline=True),
    mean_spec("killed_reported.abs_error", "Killed MAE (releases with killed)"),
    *prf_specs("airstrike", "Airstrike", headline=True),
    rate_spec("province.accuracy", "Province accuracy", headline=True),
    rate_spec("start_date.accuracy", "Start date accuracy (text gives a year)", headline=True),
    # every release with a labelled date, as the published anchors score it: a release with no
    # year in its text is answered by the year-less house style's year (``year_less_day``)
    rate_spec("start_date_all.accuracy", "Start date accuracy (every release)", headline=True),
)


class IsafLabels(BaseModel):
    """The expert labels of one release (see ``evals/external/isaf/README.md``)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    start_date: dt.date | None = None
    event_type: list[str] = []
    province: list[str] = []
    min_killed: int
    min_captured: int = 0
    airstrike: bool
    killq: bool = False
    civilian_casualty: bool = False


class IsafRelease(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    text: str
    labels: IsafLabels


def _scan_isaf(path: str | os.PathLike[str]) -> Iterator[tuple[int, IsafRelease]]:
    """Each release of an ISAF-format JSONL file with its line's byte offset, checked as it is
    read; a bad line raises ``InputError`` naming file and line."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{file}: no such ISAF file (expected JSON lines like "
                         "evals/external/isaf/dev.jsonl)")
    seen: set[str] = set()
    with file.open("rb") as lines:
        offset = 0
        for number, line in enumerate(lines, start=1):
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            release = _parse_line(file, number, line)
            if release.id in seen:
                raise InputError(f"{file}:{number}: duplicate id {release.id!r}")
            seen.add(release.id)
            yield start, release
    if not seen:
        raise InputError(f"{file}: no releases")


def _parse_line(file: Path, number: int, line: bytes) -> IsafRelease:
    try:
        return IsafRelease.model_validate(json.loads(line.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        first = (f"{'.'.join(map(str, exc.errors()[0]['loc']))}: {exc.errors()[0]['msg']}"
                 if isinstance(exc, ValidationError) else str(exc).splitlines()[0])
        raise InputError(f"{file}:{number}: {first}") from None


def load_isaf(path: str | os.PathLike[str]) -> list[IsafRelease]:
    """Read an ISAF-format JSONL file; a bad line raises ``InputError`` naming file and line."""
    return [release for _, release in _scan_isaf(path)]


@dataclass(frozen=True)
class IsafAnswer:
    """An extraction reduced to the four things an ISAF label records."""

    killed: int
    airstrike: bool
    provinces: frozenset[str]
    start_date: dt.date | None


def derive(extraction: Extraction | None, text: str | None = None, *,
           learnt: bool = True) -> IsafAnswer:
    """Reduce an extraction (``None``: nothing extracted) to the ISAF answers; see the module
    docstring for each rule. ``text`` is the article: with it, the conventions read the whole
    sentence around each evidence span, not only the quote. ``learnt=False`` leaves out the
    learnt toll selector (``toll_selector``), for the rules' answer alone."""
    if extraction is None:
        return IsafAnswer(killed=0, airstrike=False, provinces=frozenset(), start_date=None)
    update = text is not None and _OPERATIONAL_UPDATE.search(text, 0, 300) is not None
    # an update's row is placed, dated and struck by its paragraph: its lede's roundup is not
    # the row's (each item's reading is made once, here)
    every: list[StrikeEvent | CasualtyClaim] = [*extraction.events, *extraction.claims]
    lede_only = {id(item) for item in every if update and _summary(item.evidence, text, True)}
    placed_events = [e for e in extraction.events if id(e) not in lede_only]
    placed_claims = [c for c in extraction.claims if id(c) not in lede_only]
    places = [" ".join(name for name in (loc.name, loc.admin_area) if name)
              for e in placed_events for loc in e.locations]
    # (not the place of a toll its target is blamed for: "involved in the attack on the
    # Intercontinental Hotel in Kabul that killed 11 civilians" is history, as for killed)
    spans = [*(s for e in placed_events for s in e.evidence),
             *(s for c in placed_claims if not _blamed(c, text) for s in c.evidence)]
    # (nor a place another item quotes from inside that toll: "detained a leader responsible
    # for the bombing that killed the governor of Takhar province" is no detention in Takhar)
    blamed = [c.evidence[0] for c in placed_claims if _blamed(c, text)]
    spans = [s for s in spans if not any(b.start <= s.start and s.end <= b.end for b in blamed)]
    # (nor a place a correction calls wrong: "incorrectly stated that the operation took
    # place in Kandahar province")
    clauses = _wrong_place_clauses(text) if text is not None else []
    spans = [s for s in spans if not _wrong_place(s, text, clauses)]
    # (nor where its soldiers gather to honour the dead: "gathered at Bagram Airfield today to
    # honour three comrades killed ... in Zharay district", as a ceremony's place is not theirs)
    spans = [s for s in spans if not _gathering_place(s, text)]
    # (nor the place of a report the release calls false, when what it tells names one: "A
    # Taliban statement claiming that coalition forces killed three students in Wardak
    # province is false. The operation ... took place in Qarah Bagh district, Ghazni province")
    refuted = [s for c in placed_claims if _refuted_toll(c, text) for s in c.evidence]
    rest = [s for s in spans if s not in refuted]
    if refuted and _named_or_district([s.text for s in rest], [], False):
        spans = rest
    quotes = [s.text for s in spans]
    provinces: set[str] = set()
    # the row's text: without its roundup sentences in an update
    row_text = (_without_roundups(text) if update else text) if text is not None else None
    row_text = _without_wrong_places(row_text, clauses) if row_text is not None else None
    # the body without its dateline: "KANDAHAR AIRFIELD" is where the release was issued
    body = [_without_ceremonies(_without_dateline(row_text))] if row_text is not None else []
    for b in blamed:  # (nor, there, the place of a toll its target is blamed for)
        body = [part.replace(b.text, " ") for part in body]
    # what each quote follows, to tell a place from an origin ("a native of | Farah province")
    lead_ins = [_before(s, text)[-30:] for s in spans]
    # the events' places, else the evidence, else the text; at each, the provinces named
    # outright and those of the districts and towns of places that name none; a province
    # named only as where someone comes from ("a leader from Helmand province") when nothing
    # else is named (a district two provinces share is named: "a leader from Helmand province
    # who had moved east to organise fighters in Arghandab district")
    # beside the events' places, those of the release's own tolls that belong to no event,
    # where they name another province: a roundup's ground engagement in one province beside an
    # air weapons team's in another
    tolls = _event_less_toll_spans(placed_claims, spans, text, placed_events)
    toll_leads = [_before(s, text)[-30:] for s in tolls]
    # (the provinces the release names anywhere, to place a district two of them share)
    release = frozenset(label for label, _, _ in afghan_province_mentions(
        row_text if row_text is not None else text or ""))
    if places and tolls and (
            _named_or_district([s.text for s in tolls], toll_leads, False, release)
            - _named_or_district(places, [], False, release)):
        places = [*places, *(s.text for s in tolls)]
        place_leads = [*([""] * (len(places) - len(tolls))), *toll_leads]
    else:
        place_leads = []
    for origin in (False, True):
        for names, leads in ((places, place_leads), (quotes, lead_ins), (body, [])):
            provinces = _named_or_district(names, leads, origin, release)
            if provinces:
                break
        if provinces:
            break
        # a district two provinces share, named with neither: the one its name usually means
        usual = next((p for names in (places, quotes, body) for name in names
                      if (p := find_usual_shared_province(name)) is not None), None)
        if usual is not None:
            provinces = {usual}
            break
    if len(provinces) > 1 and text is not None:
        provinces = _without_corrected_away(provinces, text, clauses)
    if len(provinces) > 1 and row_text is not None:
        provinces = _one_province(provinces, row_text, [*places, *quotes, *body])
    if not provinces and text is not None:
        provinces = _dateline_here(row_text if row_text is not None else text)
    if not provinces and text is not None:
        provinces = _named_region(text)
    released = extraction.article.published or (
        anchor_from_dateline(text, None) if text is not None else None)
    told: list[StrikeEvent | CasualtyClaim] = [
        *extraction.events, *(c for c in extraction.claims if not _blamed(c, text)
                              # a denial's week is the span it searched, no incident's day
                              # (so are its days: "no air strikes ... in the past 48 hours")
                              and not (c.stance == "denied" and _searched_span(c, released)))]
    # a denial with no date words of its own ("No Afghan or coalition forces were injured")
    # tells no incident: the day it takes from its paragraph's background ("had come from
    # Maidan Shahr two days earlier") dates nothing beside the dated items it denies of
    if any(date_window(item.date) is not None for item in told
           if not isinstance(item, CasualtyClaim) or item.stance != "denied"):
        told = [item for item in told if not _undated_denial(item)
                # nor does a report it calls false ("Claims that a coalition air strike killed
                # civilians ... on Monday are untrue"): what did not happen has no day
                and not _refuted_report(item, text)]
    # a running total ("27 insurgents have been killed since the beginning of the operation")
    # dates nothing beside what the release reports, as it counts for no killed
    running = [item for item in told if isinstance(item, CasualtyClaim)
               and item.outcome == "killed" and _running(item, extraction.claims, text)]
    if running and any(date_window(item.date) is not None for item in told
                       if item not in running):
        told = [item for item in told if item not in running]
    items = [(item.evidence, item.date) for item in told]
    row_day: dt.date | None = None
    if update:
        # an update's row is dated by its paragraph; the lede's summary only when that is all
        own = [(item.evidence, item.date) for item in told if id(item) not in lede_only]
        if row_text is not None and text is not None:
            own = _row_dated(own, text, row_text, released)
        if any(date_window(date) is not None for _, date in own):
            items = own
        elif not own and row_text is not None and text is not None:
            # a row that tells no strike or toll ("found a weapons cache ... Monday"): the
            # day its paragraph names, as for a release that tells none
            released_at = extraction.article.published or anchor_from_dateline(text, None)
            row_day = _row_day(row_text, released_at)
    # the release's incident is the item it tells first (its lede)
    lead = min(items, key=lambda item: min((s.start for s in item[0]), default=0),
               default=None)
    lede = _lede_sentence(text) if text is not None else None
    dated = [_roundup_week(_days_told(date, evidence, released), evidence, text, released)
             for evidence, date in items] + (
        _begun_days(lede, released, any(_undated(item) for item in told)) if items else [])
    looking_back = _looks_back(text)
    return IsafAnswer(
        killed=_killed(extraction.claims, text, released, learnt),
        airstrike=any(_is_isaf_airstrike(e, text, released, update, looking_back)
                      and not _told_by_an_older_day(e, placed_events, released,
                                                    extraction.claims, text)
                      for e in placed_events),
        provinces=frozenset(provinces),
        start_date=_labelled_day(row_day if row_day is not None else (
            _start_date(dated, released, lead is not None and date_window(lead[1]) is None,
                        _findings_lede(text), looking_back)
            if (items and not _coarse_takings_only(told) and not _undated_takings_only(told)
                and not _correction_dates_all(dated, lede)
                and not _recalled_own_dead_only(told, text, released)
                and not _recalled_strikes_only(told, text)) or text is None
            else _lede_day(lede, released)), released),
    )


# An operation told by its length: "during a two-day operation ... which ended today".
_DAYS_LONG = re.compile(r"\b(?:two|2)[- ]day\b", re.IGNORECASE)


# The archive's datelines without a year ("KABUL, Afghanistan (Jan. 27)", no year anywhere in
# the release) are the ISAF Joint Command's house style of late 2011 and early 2012: all nine of
# dev rows 1-140 run from Dec. 5, 2011 to March 9, 2012. A dated guess beats no answer: a month
# from July on is read as 2011's, an earlier one as 2012's.
_YEARLESS_SPRING, _YEARLESS_AUTUMN = 2012, 2011


def year_less_day(text: str) -> dt.date | None:
    """The publication day to extract a release with, when its text gives no year of its own
    (not in its dateline, release number or dates): its dateline's month and day in the
    year-less house style's year (above). None when the text dates itself, or has no dateline.
    Given as the release's publication date, it anchors "yesterday" and "Monday" as a known
    date would; the ISAF task and the scripts under ``evals/`` that extract releases
    (``isaf_answers``, ``isaf_toll_selector``, ``isaf_perturb``, ``isaf_lede_only``) pass it."""
    if anchor_from_dateline(text, None) is not None:
        return None
    guess = anchor_from_dateline(text, _YEARLESS_SPRING)
    if guess is None or guess.month < 7:
        return guess
    return guess.replace(year=_YEARLESS_AUTUMN)


def _days_told(date: DateRange, evidence: Sequence[Span], released: dt.date | None
               ) -> DateRange:
    """``date`` as its first day when its evidence tells an operation of two days that ended on
    the release's day, which ``_start`` would otherwise read as "the past 24 hours" (a span
    counts from its first day)."""
    window = date_window(date)
    if (window is None or released is None or window[1] != released
            or window[1] - window[0] != dt.timedelta(days=1)
            or not any(_DAYS_LONG.search(span.text) for span in evidence)):
        return date
    return DateRange(earliest=window[0], latest=window[0], precision="day")


def _roundup_week(date: DateRange, evidence: Sequence[Span], text: str | None,
                  released: dt.date | None) -> DateRange:
    """``date`` as the release's day when it is the week a roundup of a region or the country
    tells up to it ("killed 14 insurgents in operations across southern Afghanistan this
    week", ``_WEEK_ROUNDUP``): a roundup of a period counts as its last day, the release's
    own, as a 24-hour one does. Not "earlier this week", which says the day was not today."""
    window = date_window(date)
    if date.precision != "week" or window is None or window[1] != released or not evidence:
        return date
    contexts = [_context(span, text) for span in evidence]
    if (not any(_WEEK_ROUNDUP.search(context) for context in contexts)
            or any(_EARLIER_THIS_WEEK.search(context) for context in contexts)):
        return date
    return DateRange(earliest=released, latest=released, precision="day")


def _recalled_own_dead_only(told: Sequence[StrikeEvent | CasualtyClaim], text: str | None,
                            released: dt.date | None) -> bool:
    """Whether all the release tells is its own side's dead of before its week (a memorial:
    "gathered today to remember Cpl. ..., who was killed July 2", nine days before), beside
    strikes of before its week too ("The insurgents believed to have planted the device were
    killed in a coalition air strike on March 27", the memorial's background, and that strike's
    own toll): recalled, so it is dated as one that tells nothing, by its lede's day. Their
    week is the one their own clause names too ("to honour three comrades killed ... last
    week", though a later sentence gives a day seven days back), and the attackers' toll the
    memorial tells with its attack ("Afghan security forces killed the attackers after a brief
    fight") is recalled with it."""
    strikes = {item.id for item in told if isinstance(item, StrikeEvent)}
    mourned = [item for item in told if isinstance(item, CasualtyClaim)
               and item.outcome == "killed" and _own_dead(item, text)]
    # (by "last week" only when troops mourn them: "Three soldiers were killed last week" with
    # no memorial is dated by that week; so are their dead told again by an earlier day)
    memorials = _memorials(mourned, text, released)

    def recalled(item: StrikeEvent | CasualtyClaim) -> bool:
        if isinstance(item, StrikeEvent) or item.event in strikes:
            return _before_week(item.date, released, looking_back=bool(memorials))
        if item in mourned:
            return _before_week(item.date, released) or item in memorials
        return item.outcome == "killed" and _undated(item) and any(
            _tells_memorials_attack(item, m, text, released) for m in mourned)

    return any(isinstance(item, CasualtyClaim) for item in told) and all(
        recalled(item) for item in told)


def _recalled_strikes_only(told: Sequence[StrikeEvent | CasualtyClaim],
                           text: str | None) -> bool:
    """Whether all the release tells is undated strikes it recalls ("The find comes two weeks
    after coalition aircraft destroyed a similar cache" after "found a cache ... Monday"): no
    incident of its own, so it is dated as one that tells none, by its lede's day."""
    if not told or text is None:
        return False
    for item in told:
        if isinstance(item, CasualtyClaim) or date_window(item.date) is not None:
            return False
        contexts = [_context(span, text) for span in item.evidence]
        recalled = [_recalled_before(c, m.start(), m.end())
                    for c in contexts for m in _STRIKE_PROPER.finditer(c)]
        if not recalled or not all(recalled):
            return False
    return True


def _undated_takings_only(told: Sequence[StrikeEvent | CasualtyClaim]) -> bool:
    """Whether the release tells no strike and no toll but detentions with no date at all
    ("detained two suspected insurgents ... The force found 30 pounds of homemade explosives in
    the compound Saturday night"): dated as one that tells none, by its lede's day."""
    return bool(told) and all(
        isinstance(item, CasualtyClaim) and item.outcome not in ("killed", "injured")
        and date_window(item.date) is None for item in told)


def _coarse_takings_only(told: Sequence[StrikeEvent | CasualtyClaim]) -> bool:
    """Whether the release tells no strike and no toll but detentions dated by a month,
    season or year only (background: "In July, the force detained two of his couriers"),
    so it is dated as one that tells none, by its lede's day."""
    return bool(told) and all(
        isinstance(item, CasualtyClaim) and item.outcome != "killed"
        and item.date.precision in ("month", "year") for item in told)


def _refuted_toll(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether ``claim`` denies a toll another party reported and the release calls false."""
    return claim.stance == "denied" and any(
        _TOLL_CALLED_FALSE.search(_context(span, text)) for span in claim.evidence)


_TOLL_CALLED_FALSE = re.compile(
    rf"\b(?:{CLAIM_NOUN}|statements?)\s+(?:(?:by|from)\s+[^.;]{{0,60}}?\s+)?"
    r"(?:(?:claiming|alleging|saying)\s+)?that\b[^.;]{0,200}?\b(?:are|is|was|were)\s+"
    rf"(?:\w+\s+)?{FALSE_WORD}\b", re.IGNORECASE)


def _refuted_report(item: StrikeEvent | CasualtyClaim, text: str | None) -> bool:
    """Whether ``item`` is a denial of another party's report of a strike the release calls
    false and says was never made ("Claims that a coalition air strike killed civilians ... are
    untrue: no coalition aircraft fired in the district that day"); a toll refuted of an
    operation that took place keeps the operation's day ("Allegations that the force killed
    two brothers ... on Friday night are incorrect")."""
    return (isinstance(item, CasualtyClaim) and item.stance == "denied"
            and any(_REPORT_CALLED_FALSE.search(c) and _NO_SUCH_STRIKE.search(c)
                    for c in (_context(span, text) for span in item.evidence)))


_NO_SUCH_STRIKE = re.compile(
    r"\bno\s+(?:coalition\s+|ISAF\s+)?(?:aircraft|air\s*strikes?|planes?|jets?|drones?)\s+"
    r"(?:(?:was|were)\s+)?(?:fired|struck|dropped|released|conducted|carried\s+out|took\s+place)\b"
    r"|\b(?:conducted|carried\s+out)\s+no\s+(?:coalition\s+|ISAF\s+)?(?:air\s*)?strikes?\b",
    re.IGNORECASE)
_REPORT_CALLED_FALSE = re.compile(
    rf"\b{CLAIM_NOUN}\s+(?:by\s+[^.;]{{0,60}}?\s+)?that\b[^.;]{{0,200}}?\b(?:are|is|was|were)\s+"
    rf"(?:\w+\s+)?{FALSE_WORD}\b", re.IGNORECASE)


# A toll told as a strike from the air's: "told journalists that a NATO air strike had killed
# five civilians".
_LAID_ON_A_STRIKE = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|aircraft|air\s+raids?|bomb(?:ed|ing|s)?|drones?|jets?)\b",
    re.IGNORECASE)


def _claimed_of_no_strike(item: StrikeEvent | CasualtyClaim, text: str | None) -> bool:
    """Whether ``item`` is another party's toll its own sentence lays on a strike from the air,
    in a release that says no such strike was made ("Several local officials told journalists
    that a NATO air strike had killed five civilians" beside "ISAF conducted no air strikes in
    Shigal district"): a toll of what did not happen, with no dead of its own."""
    if (not isinstance(item, CasualtyClaim) or item.claimant is None or item.stance == "denied"
            or text is None or _NO_SUCH_STRIKE.search(text) is None):
        return False
    return _LAID_ON_A_STRIKE.search(_context(item.evidence[0], text)) is not None


def _searched_span(claim: CasualtyClaim, released: dt.date | None) -> bool:
    """Whether a denial's date is the period it searched rather than an incident's day: a
    week, or the days its date words tell as a look-back to the release ("in the past 48
    hours", "in the last three days") or from a day ("since Saturday"). Not an operation's
    own days ("during the three-day operation that ended Sunday", "from June 10 to June
    12"), which may be all that dates the release."""
    if claim.date.precision == "week":
        return True
    window = date_window(claim.date)
    if window is None:
        return False
    for span in claim.evidence:
        period = _SEARCHED_PERIOD.search(span.text)
        if period is not None and (period.group("since") is not None or window[1] == released):
            return True
    return False


# The period a denial searched: "in the past 48 hours", "over the last three days", "since
# Saturday".
_SEARCHED_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:hours|days)\b"
    r"|(?P<since>\bsince\s+(?:last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE)


def _undated_denial(item: StrikeEvent | CasualtyClaim) -> bool:
    """Whether ``item`` is a denial whose evidence holds no date of its own."""
    return isinstance(item, CasualtyClaim) and item.stance == "denied" and _undated(item)


def _undated(item: StrikeEvent | CasualtyClaim) -> bool:
    """Whether ``item``'s evidence holds no date of its own."""
    return not any(find_dates(span.text, None) or _WEEKDAY.search(span.text)
                   for span in item.evidence)


# (a day's part counts as a day of its own: "killed four insurgents ... this morning" is a
# fresh fight of the release's day, not a memorial's attack recalled)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:today|yesterday|"
                      r"tonight|last\s+night|this\s+(?:morning|afternoon|evening)|overnight"
                      r"|earlier\s+(?:today|this\s+week))\b", re.IGNORECASE)


# A dateline's date after its country: "LASHKAR GAH, Helmand Province, Afghanistan (June 8, 2010)".
_DATELINE_DATE = re.compile(r"\bAfghanistan\s*\([^()]{3,25}\)")
# ... and the dash after it, where the lede's own words begin.
_DATELINE_LEAD = re.compile(_DATELINE_DATE.pattern + r"\s*[-–—]*\s*")


def _correction_dates_all(dated: Sequence[DateRange], lede: tuple[str, int] | None) -> bool:
    """Whether the release is a correction whose items are all undated: its lede runs on to the
    sentence that tells the operation right ("The operation took place in Tarin Kot district,
    Uruzgan province, on Sept. 15"), and the tolls it goes on to tell ("During the operation,
    ... killing four insurgents") are that operation's, dated by the lede's day
    (``_lede_day``) as a release telling none would be."""
    return (lede is not None and _TOLD_WRONGLY.search(lede[0]) is not None
            and not any(date_window(d) is not None for d in dated))


def _lede_day(lede: tuple[str, int] | None, released: dt.date | None) -> dt.date | None:
    """The start date of a release with no strike or toll at all (a cache found, a meeting):
    the day its lede (``_lede_sentence``) names, within the week before the release ("found a
    cache ... yesterday", "over the weekend": its first day), else the dateline's day."""
    if released is None or lede is None:
        return None
    sentence, _ = lede
    for mention, window in _lede_mentions(lede, released):
        if not (mention.range.precision == "day"
                # ... or a weekend's two days, from its first: "cleared the village over the
                # weekend" (a span of days counts from its first)
                or (mention.range.precision == "week"
                    and "weekend" in mention.text.lower())):
            continue
        if not released - _RECENT <= window[0] <= released:
            return released
        # (the end of an operation of n days counts from its first: "A four-day operation
        # ... ended Thursday with seven men in custody")
        return _lede_span_first(sentence, mention, window[0])
    return released


def _lede_mentions(lede: tuple[str, int], released: dt.date
                   ) -> Iterator[tuple[DateMention, tuple[dt.date, dt.date]]]:
    """The dates the lede names that may tell its incident, with their windows: not the
    dateline's own, an earlier release's, a denial's or a day to come."""
    sentence, skip = lede
    for mention in find_dates(sentence, released):
        window = date_window(mention.range)
        if mention.start < skip or window is None:
            continue
        if _DATELINE_OWN.match(sentence, 0, mention.start) is not None:
            continue  # "LASHKAR GAH (15 April 2011)": the dateline's own date, no country
        if _RELEASE_ISSUED.search(sentence, max(0, mention.start - 40), mention.start):
            continue  # "A release issued Dec. 16 ... incorrectly stated": no incident's day
        if _DENIED_AFTER.match(sentence, mention.end) is not None:
            continue  # "ISAF officials today denied that ... on Saturday": the denial's day
        if _AHEAD_OF.search(sentence, max(0, mention.start - 40), mention.start):
            continue  # "ahead of Saturday's elections": a day to come, not one told
        yield mention, window


@functools.lru_cache(maxsize=16)
def _lede_sentence(text: str) -> tuple[str, int]:
    """The lede's first sentence after the dateline, and how many of its first characters are
    the dateline's own date. (Remembered for the last few texts: ``derive`` asks for it for the
    begun-operation days and again, through ``_looks_back``, in ``derive`` and ``ruled_tolls``;
    each asking scanned the text's dateline again, about 0.1 ms.)"""
    spans = dateline_spans(text)
    start = spans[0][1] if spans else 0
    skip = 20  # the dateline's own "(March 16, 2013)"
    if not spans:
        # a dateline whose place names its province, "LASHKAR GAH, Helmand Province,
        # Afghanistan (June 8, 2010)": the lede starts after its date
        dated = _DATELINE_DATE.search(text, 0, 400)
        start, skip = (dated.end(), 0) if dated is not None else (0, 20)
    stop = _LEDE_END.search(text, start + 40)
    if stop is not None and _TOLD_WRONGLY.search(text, start, stop.start()) is not None:
        # a correction's first sentence tells what an earlier release said wrongly; its next
        # tells the operation right ("... incorrectly stated that the operation took place in
        # Ghazni province. The operation took place in Chak district ... on May 12")
        stop = _LEDE_END.search(text, stop.end() + 40)
    return text[start:stop.start() if stop is not None else start + 400], skip


def _begun_days(lede: tuple[str, int] | None, released: dt.date | None,
                undated: bool = True) -> list[DateRange]:
    """The day the lede says the release's own operation began, within the week before the
    release ("began a clearing operation in Sayyad district ... on Saturday", "a clearing
    operation that began on Saturday", its tolls told by later days): a span of days counts
    from its first, as a four-day operation's does. Not one the other side or the target began
    ("who had launched an offensive", "after the Taliban launched their spring offensive").
    So does the lede's operation of n days told by the day it ended ("during a two-day
    operation that ended today", "completed a three-day clearing operation ... today"): its
    tolls, told after it with no day of their own, count from its first day; so only when some
    item is ``undated`` (beside "In a separate incident, ... today" alone it dates nothing)."""
    if lede is None or released is None:
        return []
    sentence, _ = lede
    days = []
    for mention, window in _lede_mentions(lede, released):
        if mention.range.precision != "day" or not released - _RECENT <= window[0] <= released:
            continue
        if _begun_at(sentence, mention.start, mention.end):
            days.append(mention.range)
        elif undated and (first := _lede_span_first(sentence, mention, window[0])) < window[0]:
            days.append(DateRange(earliest=first, latest=first, precision="day"))
    return days[:1]


def _lede_span_first(sentence: str, mention: DateMention, day: dt.date) -> dt.date:
    """``day`` (told by ``mention`` of the lede) as the first day of the lede's own operation
    of n days that ended on it ("during a two-day operation that ended today"), else ``day``
    itself: not one the other side or the target ended ("a Taliban leader who led a three-day
    offensive against the district center that ended Sunday")."""
    ended = span_ended(sentence, 0, mention.start)
    if ended is None or _NOT_OWN_BEFORE.search(sentence, 0, ended.start()) is not None:
        return day
    return first_day_of(ended, day)


def _begun_at(sentence: str, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` is the one the lede's own operation began on, told
    before the day or, a day fronted in the clause, after it ("On Saturday, Afghan soldiers
    began a clearing operation")."""
    active = _BEGUN_ACTIVE.search(sentence, 0, start)
    if active is not None:
        return _NOT_OWN_BEFORE.search(sentence, 0, active.start()) is None
    begun = _OPERATION_THAT_BEGUN.search(sentence, 0, start)
    if begun is not None:
        return _NOT_OWN_BEFORE.search(sentence, 0, begun.start()) is None
    if _FRONTED_DAY.search(sentence, 0, start) is None:
        return False
    fronted = _BEGUN_AFTER_DAY.match(sentence, end)
    return fronted is not None and _NOT_OWN_BEFORE.search(
        sentence, 0, fronted.start("verb")) is None


# An operation told begun, up to its day in the same clause: "began a clearing operation in
# Sayyad district, Sar-e Pul province, on Saturday", "launched the offensive Sunday", "began a
# series of raids".
_BEGUN_ACTIVE = re.compile(
    rf"\b{BEGUN_VERB}\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{OPERATION_NOUN}\b[^.;]{{0,100}}$", re.IGNORECASE)
# ... or told begun after it, in a relative clause or the passive: "a clearing operation in
# Sayyad district, Sar-e Pul province, that began on Saturday", "was launched ... on Saturday"
# (the operation's determiner kept, so that who told it is read before it)
_OPERATION_THAT_BEGUN = re.compile(
    rf"\b(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){{0,2}}?{OPERATION_NOUN}{OPERATION_PLACE}"
    rf"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?"
    rf"{BEGUN_VERB}\b[^.;]{{0,100}}$", re.IGNORECASE)
# ... or with its day fronted: "On Saturday, Afghan National Army soldiers began a clearing
# operation".
_FRONTED_DAY = re.compile(r"(?:^|[)\u2013\u2014-]\s*)(?:on\s+)?$", re.IGNORECASE)
_BEGUN_AFTER_DAY = re.compile(
    rf",?\s+[^.;,]{{0,60}}?(?P<verb>\b{BEGUN_VERB})\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{OPERATION_NOUN}\b", re.IGNORECASE)
# Who began it when not the release's own side: the target in a relative clause ("a commander
# who had launched an offensive"), a time clause ("after the Taliban launched"), or the other
# side as its subject ("insurgents launched an offensive").
_NOT_OWN_BEFORE = re.compile(
    r"(?:\b(?:who|whom|whose|after|since|when|until|before|once)\b(?:\s+[\w'-]+){0,4}"
    r"|" + _OTHER_SIDE.pattern + r"(?:\s+(?!and\b)[\w'-]+)?)\s*$", re.IGNORECASE)


# A day to come the lede names: "securing polling centres ahead of Saturday's elections".
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|before|for|upcoming|next|coming)\s+(?:the\s+)?$",
    re.IGNORECASE)


# A refutation's verb right after a day, which is the refutation's: "officials today denied".
_DENIED_AFTER = re.compile(r"\s+(?:denied|rejected|refuted|dismissed|disputed)\b",
                           re.IGNORECASE)


# The day an earlier release was issued, as a correction names it: "A release issued Dec. 16".
_RELEASE_ISSUED = re.compile(
    r"\b(?:news\s+|press\s+)?(?:release|statement)\s+(?:was\s+)?(?:issued|dated|published"
    r"|released|sent\s+out)\s+(?:on\s+)?$", re.IGNORECASE)


# The full stop that ends a lede's first sentence, not a month's or an initialism's ("a cache
# in the Upper Sangin Valley Oct. 28.", "U.S. Marines").
_LEDE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.")


# Up to a date in parentheses on a line of its own after a place (a British dateline with no
# country, "LASHKAR GAH (15 April 2011)"), the match ending just inside the parenthesis.
_DATELINE_OWN = re.compile(r"(?s).*(?:^|\n)[A-Z][A-Z .'-]{2,40}(?:,[^\n()]{0,60})?\s*\($")


_BLANKED = re.compile(r" {40,}")


def _row_dated(own: list[tuple[list[Span], DateRange]], text: str, row_text: str,
               released: dt.date | None) -> list[tuple[list[Span], DateRange]]:
    """An update row's items, those the extraction joined to the lede's roundup ("conducted an
    air strike ... in the last 24 hours" beside the row's "struck two insurgents ...
    yesterday") dated by the day the paragraph of the item's own evidence names, in any of its
    sentences ("The strike took place yesterday"): the lede's period spans every row's, the
    row's own day is its item's, not another paragraph's (a cache found "yesterday" above it)."""
    if not any(_summary([span], text, True) for evidence, _ in own for span in evidence):
        return own
    dated = []
    for evidence, date in own:
        if any(_summary([span], text, True) for span in evidence):
            day = next((d for span in evidence if not _summary([span], text, True)
                        for d in [_day_in(row_text, row_text.rfind("\n\n", 0, span.start) + 1,
                                          _paragraph_end(row_text, span.end), released)]
                        if d is not None), None)
            if day is not None:
                date = DateRange(earliest=day, latest=day, precision="day")
        dated.append((evidence, date))
    return dated


def _paragraph_end(text: str, at: int) -> int:
    """Where the block of ``text`` holding offset ``at`` ends: at its next blank line, or the
    text's end. (``_row_dated`` reads an update's row as such a block, from the blank line
    before it: in a release whose paragraphs are single lines, ``_paragraph_start``'s, the
    block may hold several of them, or all.)"""
    end = text.find("\n\n", at)
    return len(text) if end == -1 else end


def _row_day(row_text: str, released: dt.date | None) -> dt.date | None:
    """The day an update's row that tells no strike or toll names in its paragraph's first
    sentence (after its lede, blanked as a roundup), within the week before the release; None
    when it names none."""
    blank = _BLANKED.search(row_text)
    if blank is None:
        return None
    start = blank.end()
    end = row_text.find(".", start + 40)
    return _day_in(row_text, start, end if end != -1 else start + 400, released)


def _day_in(text: str, start: int, end: int, released: dt.date | None) -> dt.date | None:
    """The first day ``text[start:end]`` names within the week before the release, or None."""
    if released is None:
        return None
    for mention in find_dates(text[start:end], released):
        window = date_window(mention.range)
        if mention.range.precision == "day" and window is not None and (
                released - _RECENT <= window[0] <= released):
            return window[0]
    return None


def _without_roundups(text: str) -> str:
    """``text`` with its roundup sentences blanked (same length, so offsets hold)."""
    out, start = [], 0
    for end in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[start:end]
        out.append(" " * len(sentence) if _ROUNDUP.search(sentence)
                   or _UPDATE_ROUNDUP.search(sentence) else sentence)
        start = end
    return "".join(out)


# A correction of where an operation was: "An earlier version of this release incorrectly
# stated that the operation took place in Kandahar province."
_WRONG_PLACE = re.compile(
    rf"\b(?:{WRONGLY}|inaccurately)\s+(?:stated|reported|said"
    r"|identified|listed|gave|named)\b[^.;]*?\b(?:took\s+place|occurred|happened|was\s+"
    r"(?:conducted|located))\s+in\b", re.IGNORECASE)


# ... or a correction whose next sentence names a place its wrong statement does not: "A release
# issued Jan. 5 incorrectly stated that a security force killed two insurgents during an
# operation in Kandahar province. The operation took place June 4 in Shah Joy district, Zabul
# province" (or "It took place in", "The correct location is"): the first sentence's place is
# the one corrected, whatever verb tells the right one. A next sentence that names no other
# place ("The operation took place in the afternoon, not the evening") corrects something else.
# ("inaccurately" as _WRONG_PLACE takes it)
_TOLD_WRONGLY_PLACE = re.compile(
    rf"{TOLD_WRONGLY}|\binaccurately\s+(?:stated|reported|said)\s+that\b", re.IGNORECASE)


def _wrong_place_clauses(text: str) -> list[tuple[int, int, int]]:
    """The sentences of ``text`` that correct the place the release first gave, each as its
    start, the start of what it says was told wrongly, and its end: one that says where the
    operation wrongly took place (``_WRONG_PLACE``), or one telling wrongly what the next
    sentence tells again with a place it does not name (``_TOLD_WRONGLY_PLACE``). Read once
    per release (``_wrong_place`` asks it of every span)."""
    if _TOLD_WRONGLY_PLACE.search(text) is None and _WRONG_PLACE.search(text) is None:
        return []  # cheap test first
    ends = [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    clauses, start = [], 0
    for i, end in enumerate(ends):
        wrong = _WRONG_PLACE.search(text, start, end)
        told = _TOLD_WRONGLY_PLACE.search(text, start, end)
        if wrong is not None:
            clauses.append((start, wrong.end(), end))
        elif told is not None:
            # (the next sentence, past a paragraph break)
            after = next((text[end:e] for e in ends[i + 1:] if text[end:e].strip()), "")
            if (_named_or_district([after], [], False)
                    - _named_or_district([text[told.end():end]], [], False)):
                clauses.append((start, told.end(), end))
        start = end
    return clauses


def _wrong_place(span: Span, text: str | None, clauses: Sequence[tuple[int, int, int]]) -> bool:
    """Whether ``span`` lies in a sentence correcting the place the release first gave (one of
    ``clauses``, ``_wrong_place_clauses`` of ``text``)."""
    if text is None:
        return False
    bounds = _sentence(span, text)
    if bounds is None:
        return _WRONG_PLACE.search(span.text) is not None
    return any(start <= bounds[0] < end for start, _, end in clauses)


def _without_corrected_away(provinces: set[str], text: str,
                            clauses: Sequence[tuple[int, int, int]]) -> set[str]:
    """``provinces`` without those a correction calls wrong, when another is left (a
    headline repeats the wrong place: "Correction to Zabul Release" over "incorrectly stated
    that the operation took place in Zabul province")."""
    wrong: set[str] = set()
    for _, clause, end in clauses:
        wrong.update(label for label, _, _ in afghan_province_mentions(text[clause:end]))
    return (provinces - wrong) or provinces


def _without_wrong_places(text: str, clauses: Sequence[tuple[int, int, int]]) -> str:
    """``text`` with its sentences that correct a place (``clauses``) blanked (offsets kept)."""
    for start, _, end in clauses:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _summary(evidence: Sequence[Span], text: str | None, update: bool = False) -> bool:
    """Whether an item is told only in a roundup's sentences (``_ROUNDUP``, and in an
    operational update ``_UPDATE_ROUNDUP``): a lede's "killing several insurgents" that a
    paragraph restates as "killed two insurgents" is the paragraph's toll too."""
    told = [span for span in evidence if _TELLS.search(span.text)] or evidence[:1]
    return bool(told) and all(
        _ROUNDUP.search(_context(span, text)) is not None
        or (update and _UPDATE_ROUNDUP.search(_update_clause(span, text)) is not None)
        for span in told)


# Where an update's lede joins a second item to its roundup ("... during operations in
# Afghanistan today, while a coalition air strike killed two insurgents in Helmand"): a
# clause opened by "while"/"whilst" and a subject of its own, or after a semicolon.
_CLAUSE_JOINT = re.compile(
    r",?\s+(?:while|whilst)\s+(?=(?:an?|the|one|two|three|\w+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:strike|aircraft|force|forces|patrol|team|unit|troops|soldiers|police)\b)|;\s*",
    re.IGNORECASE)


def _update_clause(span: Span, text: str | None) -> str:
    """The clause of the sentence around ``span`` that holds it (``_CLAUSE_JOINT``): an
    update's roundup wording tells of its own clause, not of an item joined to it."""
    bounds = _sentence(span, text)
    if bounds is None or text is None:
        return span.text
    start, end = bounds
    for joint in _CLAUSE_JOINT.finditer(text, start, end):
        if joint.end() <= span.start:
            start = joint.end()
        elif joint.start() >= span.end:
            end = joint.start()
            break
    return text[start:end]


# The spans of an item that tell it (its toll or its strike), not its date or place filled in
# from another sentence.
_TELLS = re.compile(r"\b(?:kill\w*|died|dead|deaths?|slain|eliminat\w+|wound\w*|injur\w*"
                    r"|captur\w*|detain\w*|arrest\w*|strikes?|struck|bomb\w*|engag\w+|fired"
                    r"|attack\w*|operations?)\b", re.IGNORECASE)


def _dateline_here(text: str) -> set[str]:
    """The provinces of the dateline's place when the body points to it by "here" ("insurgents
    preparing to fire mortars at the district center here" under "MUSA QAL'AH, Afghanistan"):
    then it is the operation's place, not only where the release was issued."""
    spans = dateline_spans(text)
    if not spans or _HERE.search(text, spans[0][1]) is None:
        return set()
    place = " ".join(word.capitalize() for word in text[spans[0][0]:spans[0][1]].split())
    return _named_or_district([place], [], False)


# A place adverb after what is somewhere ("the district center here", "an operation here").
_HERE = re.compile(
    r"\b(?:cent(?:er|re)|base|compound|town|city|bazaar|market|village|outpost|checkpoint"
    r"|operations?|raids?|strikes?|attacks?|killed|detained|captured|near|from|outside)\s+here\b",
    re.IGNORECASE)


# A ceremony for the dead and where it is held, no place of the incident: "A ramp ceremony for
# the fallen will be held at Bagram Airfield", "a memorial service at Kandahar Airfield".
_CEREMONY = re.compile(
    r"\b(?:ramp|memorial|dignified[\s-]+transfer|farewell|remembrance)\s+"
    r"(?:ceremon(?:y|ies)|services?)\b", re.IGNORECASE)
# A sentence, roughly: the text between two stops (each is looked at once; a pattern that
# sought the ceremony inside its sentence's run of words backtracked over every start).
_SENTENCE_RUN = re.compile(r"[^.!?\n]+")


# A gathering for the dead, up to its place: "Hundreds of soldiers gathered at", "assembled
# Monday at" ...
_GATHERED_AT = re.compile(r"\b(?:gathered|assembled|came\s+together|paused)\b[^.;]{0,40}?\bat\s+$",
                          re.IGNORECASE)
# ... and what it is for, after the place: "... today to honour three comrades".
_TO_HONOUR = re.compile(r"[^.;]{0,40}?\bto\s+(?:honou?r|remember|mourn|memoriali[sz]e"
                        r"|pay\s+(?:tribute|(?:their\s+)?(?:last\s+)?respects)|bid\s+farewell)\b",
                        re.IGNORECASE)


def _gathering_place(span: Span, text: str | None) -> bool:
    """Whether ``span`` is the place where the release's soldiers gather to honour their dead
    (a ceremony's place, told without the word ``_CEREMONY`` looks for)."""
    return (text is not None and text[span.start:span.end] == span.text
            and _GATHERED_AT.search(text, max(0, span.start - 60), span.start) is not None
            and _TO_HONOUR.match(text, span.end) is not None)


def _without_ceremonies(text: str) -> str:
    """``text`` with the sentences of ceremonies for the dead blanked (offsets kept)."""
    return _SENTENCE_RUN.sub(
        lambda m: " " * len(m.group(0)) if _CEREMONY.search(m.group(0)) else m.group(0), text)


def _without_dateline(text: str) -> str:
    """``text`` with its dateline's place blanked (offsets kept)."""
    for start, end in dateline_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _event_less_toll_spans(claims: Sequence[CasualtyClaim], spans: Sequence[Span],
                           text: str | None, events: Sequence[StrikeEvent]) -> list[Span]:
    """The evidence (among ``spans``, the places kept) of the tolls of killed or taken the
    release tells in its own voice of no event: "In Barmal district, Paktika province, a
    patrol ... killed four insurgents" beside an air weapons team's engagement in Ghazni
    province, an operation of its own with its own place. So is a toll the extraction gave a
    strike but told in a sentence that tells nothing of it (the release's only strike takes
    every toll whose sentence names no other cause: "a patrol killed four insurgents who were
    firing on a border post"): the sentence, whose place is the toll's own."""
    kept = set(spans)
    own = [c for c in claims
           if c.claimant is None and c.stance == "asserted"
           and c.outcome in ("killed", "captured") and not _blamed(c, text)]
    told_at = {e.id: {_sentence(s, text) for s in e.evidence} for e in events}
    return [*(s for c in own if c.event is None for s in c.evidence if s in kept),
            *(_toll_sentence(s, text) for c in own if c.event in told_at for s in c.evidence
              if s in kept and _TELLS.search(s.text)
              and _sentence(s, text) not in told_at[c.event] | {None})]


def _toll_sentence(span: Span, text: str | None) -> Span:
    """The sentence around ``span`` as a span (``span`` itself without the article); from the
    start of its paragraph when the sentence names no place and its paragraph names one before
    it, in any of its sentences: a roundup's item is placed once, by what its paragraph
    told before ("In Barmal district, Paktika province, a patrol came under fire ... The
    patrol returned fire, killing four insurgents"; "A patrol came under fire from insurgents
    in Spera district, Khost province. The patrol returned fire, killing three")."""
    bounds = _sentence(span, text)
    if bounds is None or text is None:
        return span
    start, end = bounds
    paragraph = _paragraph_start(text, start)
    if (paragraph < start and not _named_or_district([text[start:end]], [], False)
            and _named_or_district([text[paragraph:start]], [], False)):
        start = paragraph
    return Span(start=start, end=end, text=text[start:end])


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph of ``text`` that holds offset ``at`` starts (each line is a
    paragraph, as the extraction's layout reads them)."""
    return text.rfind("\n", 0, at) + 1


def _named_provinces(names: Sequence[str], leads: Sequence[str], origin: bool) -> set[str]:
    """The provinces ``names`` name outright (``leads``: the text before each name, where
    known); with ``origin`` also those named only as where someone or something comes from
    ("a leader from Helmand province")."""
    found: set[str] = set()
    for i, name in enumerate(names):
        for label, at, end in afghan_province_mentions(name):
            before = (leads[i] if i < len(leads) else "") + name[:at]
            if origin or not (_ORIGIN.search(before, max(0, len(before) - 30))
                              # (nor a headquarters' seat: "the corps headquarters in Herat")
                              or _SEAT.search(before, max(0, len(before) - 30))
                              # (nor a man's origin told as his adjective: "A Helmand Taliban
                              # leader who had moved east")
                              or _ORIGIN_ADJECTIVE.match(name, end)):
                found.add(label)
    return found


# A province named as a man's adjective, where he is from: "Helmand Taliban leader captured in
# Arghandab", "a Kandahar insurgent commander".
_ORIGIN_ADJECTIVE = re.compile(
    r"\s+(?:Taliban|Haqqani|insurgent|militant)\s+(?:[\w-]+\s+)?(?:leaders?|commanders?"
    r"|facilitators?|financiers?|fighters?|sub-?commanders?)\b", re.IGNORECASE)


def _named_or_district(names: Sequence[str], leads: Sequence[str], origin: bool,
                       release: frozenset[str] | None = None) -> set[str]:
    """The provinces ``names`` name outright, with those of the districts and towns of each
    name that names none ("Khakrez district" beside "Garmsir district, Helmand province": two
    operations); a district of two provinces counts for the one named outright, when one is,
    and, given the provinces the ``release`` names anywhere, for the one of them it names, else
    for the one its name usually means (``_shared_province``)."""
    outright = _named_provinces(names, leads, origin)
    found = set(outright)
    for i, name in enumerate(names):
        if _named_provinces([name], leads[i:i + 1], origin):
            continue
        if not origin and i < len(leads) and _SEAT.search(leads[i]):
            continue  # where a force sits, not where it fought (below)
        districts = set(find_district_provinces(name)) or _shared_province(
            name, outright, release)
        found |= (districts & outright) or districts
    return found


def _shared_province(name: str, outright: set[str],
                     release: frozenset[str] | None = None) -> set[str]:
    """The province of a district two provinces share that ``name`` names with neither: the
    one of them named outright beside it; given the provinces the ``release`` names, the one
    of them it names ("in Nawa district ... south of Ghazni city in Ghazni province"), else the
    one its name usually means ("In Arghandab district, a patrol ... killing five insurgents"
    beside "Garmsir district, Helmand province": Kandahar's)."""
    shared = {p for ps in find_shared_districts(name) for p in ps}
    if shared & outright or release is None:
        return shared & outright
    if shared & release:
        return set(shared & release)
    usual = find_usual_shared_province(name)
    return {usual} if usual is not None else set()


# Where a headquarters sits, as an office's province is (counted only when nothing else is
# named): "ISAF advisers with the corps headquarters in Mazar-e Sharif helped plan" the
# resupply of a fight in Badakhshan.
_SEAT = re.compile(r"\b(?:headquarters|headquartered|based|stationed)\s+(?:in|at)\s+(?:the\s+)?$",
                   re.IGNORECASE)


def _one_province(provinces: set[str], text: str, names: Sequence[str]) -> set[str]:
    """The one province a release's label names: the first named alone in a sentence, by its
    name or else by a district's or town's (a list
    of several, "in Khost, Kandahar and Nangarhar provinces", is a roundup's, not an
    operation's place; a province named as where someone comes from, "a Taliban leader from
    Helmand province", is not the operation's either); else the one a district of two
    provinces the release names (``names``) may be in ("in Nawa district ... in Helmand and
    Kandahar provinces": Helmand's Nawa); else the region the candidates all lie in ("in
    Kandahar and Helmand provinces": southern Afghanistan); else every candidate. A line ends
    a sentence too: a headline ("Forces detain insurgents in Kandahar, kill one in Helmand")
    has no full stop."""
    start = 0
    ends = {m.end() for m in _SENTENCE_END.finditer(text)} | {
        m.end() for m in _LINE_END.finditer(text)}
    for end in [*sorted(ends), len(text)]:
        named: list[str] = []
        for label, at, _ in afghan_province_mentions(text[start:end]):
            if (label in provinces and label not in named
                    and not _ORIGIN.search(text, max(start, start + at - 30), start + at)
                    and not _ROUTE_END.search(text, max(start, start + at - 60), start + at)):
                named.append(label)
        if not named:
            # a sentence that names only a district or town ("in the Khanabad district"), or
            # takes up by its bare name one the release named as a district ("In Sayyad,")
            named = sorted((set(find_district_provinces(text[start:end]))
                            | set(find_taken_up_districts(text[start:end], text))
                            | _shared_province(text[start:end], provinces)) & provinces)
        elif len(named) == 1 and _HEADLINE.fullmatch(text, start, end):
            # ... or, in a headline, a district of another candidate beside the province it
            # names: "Kill Three in Maiwand, Detain Two in Zabul" names two operations' places
            # (in a sentence, the province named outright wins: "in Paktiya province while in
            # pursuit of a commander operating in Mata Khan district")
            named += sorted(_districts_apart(text[start:end], provinces) - set(named))
        start = end
        if len(named) == 1:
            return {named[0]}
    shared = {p for name in names for ps in find_shared_districts(name) for p in ps}
    if len(shared & provinces) == 1:
        return shared & provinces
    regions = {_REGION_OF.get(p) for p in provinces}
    if len(regions) == 1 and None not in regions:
        return {f"{regions.pop()} afghanistan"}
    return provinces


# A headline: a line with no full stop ("Afghan, Coalition Forces Kill Three in Maiwand, Detain
# Two in Zabul").
_HEADLINE = re.compile(r"[^.\n]*\n")


def _districts_apart(sentence: str, provinces: set[str]) -> set[str]:
    """The candidate provinces a sentence names by a district or town of theirs ("Maiwand"
    beside "Zabul": Kandahar's), which a sentence naming one province outright may hold."""
    return {p for p in find_district_provinces(sentence) if p in provinces}


def _named_region(text: str) -> set[str]:
    """The region a release names when it names no province nor district ("in southern
    Afghanistan", "Regional Command (South)"): the labels name it then (as "southern
    afghanistan"); nothing when it names several ("Operations in Eastern, Southern
    Afghanistan")."""
    named: set[str] = set()
    for m in _REGION.finditer(text):
        named.update(_REGION_WORD.get(w.lower(), "?") for w in _DIRECTION_WORD.findall(m.group(0)))
    return {f"{named.pop()} afghanistan"} if len(named) == 1 and "?" not in named else set()


_LINE_END = re.compile(r"\n")
# Where someone or something comes from, not where the operation is: "a leader from Helmand";
# or the province a man's office is of: "killed the Taliban shadow governor of Baghlan
# province ... during an operation in Chahar Darah district, Kunduz province".
_ORIGIN = re.compile(
    r"\b(?:(?:originally\s+|hail(?:s|ed|ing)\s+)?from|native\s+of|born\s+in"
    r"|shadow\s+(?:deputy\s+)?governor\s+(?:of|for))\s+(?:the\s+)?$",
    re.IGNORECASE)
# A place named as an end of a road or route ("Highway 1, the main road between Kandahar City
# and Kabul") says where the road runs, not where an operation was.
_ROUTE_END = re.compile(r"\bbetween\s+(?:(?:the\s+)?[A-Z][\w'’-]*\s+){0,3}(?:and\s+(?:the\s+)?)?$")
# The regions releases name, by ISAF's regional commands (RC South and Southwest are "southern
# Afghanistan"; RC East holds the provinces around Kabul but Kabul itself, RC Capital).
_REGION_OF: dict[str, str] = {
    **dict.fromkeys(("kandahar", "helmand", "uruzgan", "zabul", "nimroz", "day_kundi"),
                    "southern"),
    **dict.fromkeys(("khost", "paktya", "paktika", "nangarhar", "kunar", "laghman", "nuristan",
                     "ghazni", "logar", "wardak", "kapisa", "parwan", "panjshir", "bamyan"),
                    "eastern"),
    **dict.fromkeys(("kunduz", "balkh", "baghlan", "takhar", "badakhshan", "samangan",
                     "jowzjan", "sar_e_pul", "faryab"), "northern"),
    **dict.fromkeys(("herat", "farah", "badghis", "ghor"), "western"),
}
_DIRECTION = r"(?:south(?:west|east)?|east|north(?:east|west)?|west)(?:ern)?"
_REGION = re.compile(
    rf"\b{_DIRECTION}(?:\s*,\s*(?:and\s+)?{_DIRECTION}|\s+and\s+{_DIRECTION})*\s+Afghanistan\b"
    r"|\bRegional\s+Command[\s-]*\(?\s*(?:South(?:west)?|East|North|West)\b"
    r"|\bRC[\s-]*\(?(?:South(?:west)?|East|North|West)\b", re.IGNORECASE)
_DIRECTION_WORD = re.compile(
    r"\b(?:south(?:west|east)?|east|north(?:east|west)?|west)(?:ern)?\b", re.IGNORECASE)
_REGION_WORD: dict[str, str] = {
    **{w: "southern" for w in ("south", "southern", "southwest", "southwestern")},
    **{w: "eastern" for w in ("east", "eastern", "southeast", "southeastern")},
    **{w: "northern" for w in ("north", "northern", "northeast", "northeastern")},
    **{w: "western" for w in ("west", "western")},
}


def _start_date(dated: Sequence[DateRange], released: dt.date | None,
                undated_lead: bool = False, findings: bool = False, looking_back: bool = False
                ) -> dt.date | None:
    """The release's start date; ``undated_lead``: the incident it tells first has no date, so
    dates older than the week before the release are history it recalls, not the incident's;
    ``looking_back``: the release looks back on its incident (``_looks_back``), whose week
    starts a day later (``_week_start``)."""
    starts = [_start(d, released) for d in dated if date_window(d) is not None]
    days = [_start(d, released) for d in dated
            if d.precision == "day" and date_window(d) is not None]
    recent = [day for day in days
              if released is None or _week_start(released, looking_back) <= day <= released]
    if undated_lead and released is not None and not any(
            released - _RECENT <= day for day in starts):
        return released  # only recalled history is dated: as if nothing were
    fine = [_start(d, released) for d in dated if d.precision in ("day", "week")
            and date_window(d) is not None]
    if findings and released is not None and not recent:
        return released  # the findings on an older strike: the release's own day
    pool = recent or days or (fine if released is not None else starts)
    return min(pool) if pool else released


_RECENT = dt.timedelta(days=7)
# A lede that reports the findings of an investigation or assessment into an incident.
_FINDINGS = re.compile(
    r"\b(?:investigation|assessment|inquiry|review)\b(?:[^.]|\.(?=\s+\d)){0,160}?"
    r"\b(?:found|finds|concluded"
    r"|determined|has\s+found|confirmed|findings)\b"
    # ... or confirms a death of before its week: "ISAF confirmed today that ... was killed in
    # a coalition air strike ... earlier this month"
    r"|\bconfirmed\s+(?:today\s+|yesterday\s+)?(?:that\b|the\s+death\s+of\b)"
    # ... or says the investigation is done, whose findings it then reports: "ISAF has
    # completed its investigation into the May 11 insider attack" (concluded, finished,
    # closed), "The investigation into ... has been completed"; an assessment is no inquiry
    # ("completed an initial assessment of the area after an operation ... June 5" is that
    # operation's own look at its ground)
    r"|\b(?:complet|conclud|finish|clos)(?:ed|es)\s+(?:(?:its|their|an|the|a)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|review)s?\b"
    r"|\binvestigation\b[^.]{0,160}?\b(?:has|have)\s+been\s+(?:completed|concluded)\b",
    re.IGNORECASE)


# A lede that looks back on its incident: the investigation is its subject and the incident its
# object ("has completed its review of an air strike on Oct. 21", "An investigation into the
# deaths of two civilians on June 7 found"), told before the lede tells any killing or strike
# of its own; not an operation's own assessment of its strike ("An initial assessment found no
# civilians were harmed", "A battle damage assessment of the strike confirmed"), and not a mere
# confirmation ("ISAF confirmed today that two insurgents were killed").
_LOOKS_BACK = re.compile(
    r"(?<!initial\s)(?<!damage\s)(?<!follow-on\s)(?<!follow-up\s)(?<!post-strike\s)"
    r"(?<!post-operation\s)\b(?:investigation|assessment|inquiry|review)\s+"
    r"(?:(?:in)?to|of|on)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:air\s*)?strikes?|incidents?|attacks?|operations?"
    r"|engagements?|raids?|deaths?|shootings?|killings?)\b", re.IGNORECASE)
# The lede's first killing or strike verb: where it starts telling its own incident.
_LEDE_KILLING = re.compile(r"\b(?:kill(?:s|ed|ing)|died|struck|target(?:s|ed|ing))\b",
                           re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _looks_back(text: str | None) -> bool:
    """Whether the release looks back on its incident (``_LOOKS_BACK``): the first sentence
    after its dateline sets out an investigation of it before it tells any killing or strike
    (a headline's "finds civilians killed" before it is no telling). (Asked by ``derive`` and by
    ``ruled_tolls``, which the selector's trainer calls on its own; remembered, so read once.)"""
    if text is None:
        return False
    lede = _lede_sentence(text)[0]
    back = _LOOKS_BACK.search(lede)
    if back is None:
        return False
    killing = _LEDE_KILLING.search(lede)
    return killing is None or back.start() < killing.start()


def _week_start(released: dt.date, looking_back: bool = False) -> dt.date:
    """The first day of the release's week: the seven days before it, or the six before it for
    a release that looks back on its incident (``_before_week``)."""
    return released - _RECENT + (dt.timedelta(days=1) if looking_back else dt.timedelta(0))


def _findings_lede(text: str | None) -> bool:
    """Whether the release's lede reports the findings of an investigation or assessment."""
    return text is not None and _FINDINGS.search(_lede(text, 400)) is not None


def _before_week(date: DateRange | None, released: dt.date | None,
                 looking_back: bool = False) -> bool:
    """Whether ``date`` lies before the week of the release: it ends before that week, or it
    is a whole month before the release's own ("wounded in an air strike last month" in a
    release of Sept. 2: August reaches into the week, but it names the month, not the days).
    ``looking_back``: the release looks back on the incident (the findings of an assessment,
    a memorial), whose week is the six days before it: a day a full week back is the
    incident's, before the ceremony's or the findings' own ("an air strike on Oct. 21" in
    findings of Oct. 28, a memorial of Nov. 19 for a soldier "killed Nov. 12"); a release
    that reports the incident itself keeps that day in its week."""
    window = date_window(date) if date is not None else None
    if date is None or window is None or released is None:
        return False
    return window[1] < _week_start(released, looking_back) or (
        date.precision == "month" and window[1] < released.replace(day=1))
# Releases dated in this window carry a start date one day before the text's own reading,
# whatever the wording ("yesterday", "today", an explicit "Feb. 6"): the 5 development releases
# dated in it all do, none of the 23 dated within seven weeks either side does. The bounds are
# the midpoints of the gaps between them (Jan. 24 / Feb. 8 and Mar. 22 / Mar. 29, 2011).
_DAY_EARLY = (dt.date(2011, 2, 1), dt.date(2011, 3, 25))


def _labelled_day(day: dt.date | None, released: dt.date | None) -> dt.date | None:
    """The start date as the labels give it (see ``_DAY_EARLY``)."""
    if day is None or released is None or not _DAY_EARLY[0] <= released <= _DAY_EARLY[1]:
        return day
    return day - dt.timedelta(days=1)


def _start(date: DateRange, released: dt.date | None) -> dt.date:
    window = date_window(date)
    assert window is not None
    if (date.precision == "day" and window[1] - window[0] == dt.timedelta(days=1)
            and window[1] == released):
        return window[1]  # "over the past 24 hours": the day the release reports
    return window[0]  # "June 12-13", "the night of June 12-13": the first day


def _killed(claims: Sequence[CasualtyClaim], text: str | None,
            released: dt.date | None, learnt: bool = True) -> int:
    kept, value, own = ruled_tolls(claims, text, released)
    if learnt:
        kept = chosen_tolls(toll_selector.shipped(), kept, claims, text, value, own)
    return killed_total(without_unknown_told_by_party(kept, text), value, own)


def without_unknown_told_by_party(kept: Sequence[CasualtyClaim], text: str | None
                                  ) -> list[CasualtyClaim]:
    """The counted claims without the release's own "an unknown number of civilians" where a
    party's number of the same dead is still counted: the party's number is the one the release
    gives of them, not added to a vague 3. Read after the learnt selector (public: the
    trainer's check applies it to a dump's selection too), so a party's number the selector
    drops leaves the release's own 3 standing; and only of the same incident (no other event,
    nothing set apart between the two: "In a separate incident ... police said seven ...")."""
    unknown = [c for c in kept if c.claimant is None and c.population != "combatant"
               and _unknown_number(c)]
    if not unknown:
        return list(kept)
    parties = [o for o in kept if o.claimant is not None]
    told = {c.id for c in unknown if any(
        o.population == c.population
        and (c.event is None or o.event is None or c.event == o.event)
        and (text is None or _SET_APART.search(
            text, *sorted((c.evidence[0].start, o.evidence[0].start))) is None)
        for o in parties)}
    return [c for c in kept if c.id not in told]


def chosen_tolls(selector: toll_selector.TollSelector, kept: Sequence[CasualtyClaim],
                 claims: Sequence[CasualtyClaim], text: str | None,
                 value: Callable[[CasualtyClaim], int], own: bool) -> list[CasualtyClaim]:
    """The rules' counted claims after the learnt selector's choice, unless that choice would
    leave the release no killed at all (an uncounted group's 3 dropped beside a figure of 0 is
    a veto of its only toll, which the selector never makes). Public so the trainer's check
    applies the same policy to a stored dump."""
    chosen = selector.select(kept, claims, text, value)
    if killed_total(chosen, value, own) == 0 < killed_total(kept, value, own):
        return list(kept)
    return chosen


def killed_total(kept: Sequence[CasualtyClaim], value: Callable[[CasualtyClaim], int],
                 own: bool) -> int:
    """The killed answer of the claims that count: their figures' sum, or a vague group's 3
    when they number none. (Public: the selector's trainer scores a dump's selections with the
    very sum the reduction makes.)"""
    total = sum(value(c) for c in kept)
    if total == 0 and any(_uncounted(c.count) and any(_KILLING.search(s.text)
                                                      for s in c.evidence)
                          # (not "where they were killed" after a toll of its own dead: the
                          # pronoun points back to them, "three comrades killed ... last week")
                          and not (own and _THEY_KILLED.match(c.evidence[0].text))
                          for c in kept):
        return _UNCOUNTED  # "insurgents were killed", told once or restated
    return total


def ruled_tolls(claims: Sequence[CasualtyClaim], text: str | None, released: dt.date | None
                ) -> tuple[list[CasualtyClaim], Callable[[CasualtyClaim], int], bool]:
    """The killed claims the rules count, the figure each is coded as, and whether the release
    tells its own dead (the learnt selector reads the first two; its trainer needs them before
    it has dropped anything)."""
    own = {c.id for c in claims if c.outcome == "killed" and _own_dead(c, text)}
    # a running total "bringing to 30 the number killed since ..." updates no toll of its own
    story = _story_start(claims, released)
    looking_back = _looks_back(text)
    past = {c.id for c in claims if c.outcome == "killed"
            and (_history(c, text, released, story, looking_back) or _running(c, claims, text))}
    # a memorial of its own dead of before its week tells that attack: a toll of the attackers
    # with no date of its own, told with it, is the attack's ("gathered today to honor four ...
    # killed in an attack on Sept. 10. ... Afghan forces killed the attackers after a brief
    # fight"), history too
    memorials = _memorials([c for c in claims if c.id in own], text, released)
    past |= {c.id for c in claims if c.outcome == "killed" and _undated(c)
             and any(_tells_memorials_attack(c, m, text, released) for m in memorials)}
    counted = [c for c in claims
               if c.outcome == "killed" and c.stance != "denied" and c.id not in past
               and not _denied_by_release(c, claims, text)
               and not _refuted_figure_again(c, claims, text)
               and (c.superseded_by is None or c.superseded_by in past) and c.id not in own
               and not any(_KILLED_OR_CAPTURED.search(s.text) or _KILLED_OR_WOUNDED.search(s.text)
                           for s in c.evidence)]
    counted = _without_reviewed_claims(counted, text)
    counted = [c for c in counted if not _reported_of_no_operation(c, text)
               and not _one_of_those_told(c, counted, text)]
    # (the release's own voice: its own words, and beside them its unit's report or
    # assessment, "according to the unit's report")
    voiced = {c.id for c in counted if c.claimant is None
              or _OWN_OFFICIALS.fullmatch(c.claimant) is not None}
    if voiced:
        voiced |= {c.id for c in counted
                   if c.claimant is not None and _OWN_REPORT.fullmatch(c.claimant) is not None}
    # (a party's number of the release's own toll of no number takes its place, and speaks for
    # the release)
    numbered_by = _own_unknown_numbered(counted, voiced, text)
    # (... but beside dead the toll numbered itself, "killed a leader and an unknown number of
    # his fighters", the toll stays the release's, its unknown part given the party's number
    # when the party tells its dead apart from those, "six fighters died with him": the leader,
    # one, and the party's six; a party's whole toll of the strike, "seven insurgents were
    # killed in the strike", holds the leader already, and the larger of the two stands)
    by_id = {c.id: c for c in counted}
    partly = {o: (by_id[c], least) for o, c in numbered_by.items()
              if (least := by_id[o].count.min) is not None}
    whole = {o: c for o, c in numbered_by.items() if o not in partly}
    voiced = (voiced - set(whole)) | set(whole.values())
    counted = [c for c in counted if c.id not in whole
               and not any(c is p for p, _ in partly.values())]
    update = text is not None and _OPERATIONAL_UPDATE.search(text, 0, 300) is not None
    # a party's toll of two populations, one numbered and the other "an unknown number of",
    # beside the release's own dead told without a number: the unknown part tells none
    # ("District officials said four civilians and an unknown number of insurgents were among
    # the dead" is 4); not a party's toll of one population, the strike's whole toll ("a
    # Taliban commander and an unknown number of his fighters", 4 as in the release's own voice)
    unnumbered = _told_unnumbered([c for c in claims if c.outcome == "killed"
                                   and c.claimant is None and c.stance != "denied"])
    unknown_parts = {c.id for c in counted if c.id not in voiced and c.population == "mixed"
                     and _party_unknown_part(c) and unnumbered & {"civilian", "combatant"}}
    # an update's tolls told only in its roundup sentences (each read once, here), and its row
    # text without them
    summed = {c.id for c in claims if c.outcome == "killed"
              and _summary(c.evidence, text, True)} if update else set()
    row = _without_roundups(text) if update and text is not None else None
    # (an update's lede, left out of its row, is no voice of the row's: "killed several
    # insurgents ... in the last day" counts none of the paragraph's dead)
    row_voiced = {c.id for c in counted if c.id in voiced and c.id not in summed}
    if any(c.id in voiced for c in counted):
        # the release's own tolls; beside them an allied force's toll of the other side
        # when the release gives none of its own ("eight insurgents were killed, according to
        # the Afghan National Army"; its own voice counts only two civilians)
        own_counts = {c.population for c in counted if c.id in row_voiced}
        # a population the release tells dead without a number ("ISAF is aware of reports that
        # civilians were killed"): a party's figure of it, not the other side's, counts them
        # ("an unknown number of civilians ... were also killed" tells them dead without one;
        # not its own "killing an unknown number of insurgents", a stock count of its own
        # fight that an allied force's figure, of this fight or another, does not replace;
        # only a party's number of it its own sentence goes on to give does,
        # ``_own_unknown_numbered``)
        numbered = {p for c in counted if c.id in row_voiced and not _uncounted(c.count)
                    and not (c.population != "combatant" and _unknown_number(c))
                    for p in (("civilian", "combatant") if c.population == "mixed"
                              else (c.population,))}
        uncounted = own_counts - numbered
        counted = [c for c in counted if c.id in voiced or (
            c.population == "combatant" and "combatant" not in own_counts
            and _ALLIED.search(c.claimant or "") is not None) or (
            c.population in uncounted and c.population != "unknown"
            and _OTHER_SIDE.search(c.claimant or "") is None) or (
            # ... or of people it names no side of ("eight young men were killed"), when the
            # release numbers no dead itself
            c.population == "unknown" and uncounted and not numbered
            and _OTHER_SIDE.search(c.claimant or "") is None)
            # ... or a party's dead it tells as more than the release's own ("Two more
            # insurgents died of their wounds, the officials said")
            or _more_dead_told(c, counted, voiced)]
    elif text is not None and (_NO_OPERATION.search(text)
                               or _REPORTS_OF_CALLED_FALSE.search(text)):
        # the other side's toll alone, of an operation the release says it never made (and
        # any party's it lays on a strike the release says was never made)
        counted = [c for c in counted if c.claimant is None
                   or (_OTHER_SIDE.search(c.claimant) is None
                       and not _claimed_of_no_strike(c, text))]
    counted = _without_voiced_again(counted)
    counted = _without_parties_told_again(counted, voiced, text)
    roundup = summed if update else {c.id for c in counted if _summary(c.evidence, text)}
    ledes = [c for c in claims if c.id in summed]

    def value(c: CasualtyClaim) -> int:
        share = _other_share(c)
        if share is None and update:
            detail = _paragraph_count(c, text)
            if detail is not None:
                return _coded(detail)
            if row is not None and text is not None and _lede_figure(c, ledes, text, row):
                return _UNCOUNTED
        if c.id in partly:
            party, least = partly[c.id]
            figure = _coded(party.count, party.evidence[0].text)
            # (added to him, but where the party's own toll names him among its dead: "four
            # fighters were killed along with the leader" is five, him and four)
            if (text is not None and _told_apart(_sentence(party.evidence[0], text), text)
                    and _LEADER_AMONG.search(party.evidence[0].text) is None):
                return least + figure
            return max(least, figure)
        if share is None and c.id in unknown_parts:
            return _coded(c.count.model_copy(update={"vague_term": None}), c.evidence[0].text)
        return _coded(c.count, c.evidence[0].text) if share is None else share

    details = [c for c in counted if c.id not in roundup and value(c) > 0]
    # (an operational update's row keeps its paragraph's own claims, an uncounted one too:
    # "The patrol engaged the mortar team, killing the insurgents", 3 as anywhere else)
    kept = details if details else [c for c in counted if c.id not in roundup] if update else (
        counted)
    return kept, value, bool(own)


# Words that tell dead as more than those told before: "two more insurgents", "another
# insurgent", "two other insurgents" (not a floor, "more than"; nor a party's "a second
# attacker was also killed", which the coders read as its account of the dead, blind86-029).
_ADDED_DEAD_WORDS = r"more(?!\s+than)|another|other|additional|further"
# ... qualifying the dead themselves, at the head of the quote's victim phrase: not a word in an
# apposition or a clause of it ("six insurgents, including a commander from another district",
# a party's restatement of the same dead); not "also" either (the coders read a party's "his
# brother was also killed" beside the release's own toll as its account, not one more)
_MORE_OF_THEM = re.compile(
    rf"^\W*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:{_ADDED_DEAD_WORDS})\b", re.IGNORECASE)


def _more_dead_told(claim: CasualtyClaim, counted: Sequence[CasualtyClaim], voiced: set[str]
                    ) -> bool:
    """Whether a party's toll is of more dead beside the release's own toll of that population
    told before it ("killed four insurgents ... Two more insurgents died of their wounds, the
    officials said"): not the party's account of the same dead, which the release's own toll
    stands for, but dead it adds to them (not the other side's word, which never counts beside
    the release's)."""
    span = claim.evidence[0]
    return (claim.claimant is not None and _OTHER_SIDE.search(claim.claimant) is None
            and _MORE_OF_THEM.search(span.text) is not None
            and any(o.id in voiced and o.population == claim.population
                    and o.evidence[0].start < span.start for o in counted))


# A bomber told as one of a group whose toll the release gave before: "One of them detonated
# his suicide vest, killing himself", "Two of them blew themselves up", "The first of the
# attackers", "A suicide bomber among them" (the sentence up to his toll). Only "them" or the
# group itself, with at most its count ("one of the four attackers"): "One of the other /
# remaining attackers" and "Another of the attackers" tell one more attacker, not one of the
# dead.
_ONE_OF_THEM = re.compile(
    r"^\W*(?:(?:One|Two|Three|Four|\d+|The\s+first)\s+of\s+(?:them|the\s+(?:(?:two|three|four"
    r"|five|six|seven|eight|nine|ten|\d+)\s+)?(?:attackers|assailants|gunmen|insurgents"
    r"|bombers|militants|fighters))|(?:An?\s+)?(?:suicide\s+)?(?:bomber|attacker)s?\s+among\s+"
    r"them)\b[^.;]*$", re.IGNORECASE)
# The toll is the bomber's own death, told from the claim's verb on: "killing himself", "blew
# himself up", "killing themselves".
_HIMSELF = re.compile(r"\b(?:himself|themselves)\b", re.IGNORECASE)


def _one_of_those_told(claim: CasualtyClaim, counted: Sequence[CasualtyClaim],
                       text: str | None) -> bool:
    """Whether a bomber's own death is one of a toll told before it ("Afghan officials said all
    six attackers were killed. One of them detonated his suicide vest, killing himself"), in
    its paragraph or the one before: the partitive points back to those dead, so he is among
    them, not one more, and not the release's own toll beside the party's (of no more dead
    than that toll told)."""
    span = claim.evidence[0]
    if text is None:
        return False
    bounds = _sentence(span, text)
    return (bounds is not None
            and _HIMSELF.search(text, span.start, bounds[1]) is not None
            and _ONE_OF_THEM.search(text[bounds[0]:span.start]) is not None
            and any(o.evidence[0].start < bounds[0]
                    and (o.count.min or 0) > max(1, (claim.count.min or 1) - 1)
                    and _same_dead(claim, o, text, across=len(_PARAGRAPH_BREAK.findall(
                        text, o.evidence[0].end, bounds[0])) <= 1) for o in counted))


# Officials the release names by no other party: "Seven insurgents were killed, officials said"
# is its own voice ("ISAF officials", "military officials"; not "Afghan officials").
_OWN_OFFICIALS = re.compile(r"(?:(?:ISAF|coalition|NATO|military|U\.S\.)\s+)?officials",
                            re.IGNORECASE)


# An uncounted toll told by a pronoun alone, "they were killed", "they died": those told before.
_THEY_KILLED = re.compile(r"\s*they\s+(?:were|had\s+been)\s+(?:killed|slain)\b|\s*they\s+died\b",
                          re.IGNORECASE)


# A toll told only as claims the release is looking into: "ISAF is reviewing claims that two
# boys were killed", "is investigating allegations that three civilians died". (Not "reports":
# "officials are investigating reports that two civilians died during an air strike" is the
# release's own word of deaths its desk has reported, counted beside its other tolls.)
_UNDER_REVIEW = re.compile(
    r"\b(?:reviewing|investigating|looking\s+into|assessing|examining)\s+(?:the\s+)?"
    r"(?:claims?|allegations?)\s+that\s+[^.;]*$", re.IGNORECASE)


def _without_reviewed_claims(counted: list[CasualtyClaim], text: str | None
                             ) -> list[CasualtyClaim]:
    """The counted tolls without a figure of claims the release is only looking into, when
    its own voice counts dead of another population: that figure is the claims' account, not
    added beside the release's own (as another party's is not); alone it is the release's
    only number of the dead and counts."""
    if text is None:
        return counted
    # (each telling of it: a toll the release's findings tell again, "an investigation found
    # that two civilians and three insurgents were killed", is its own)
    reviewed = [c for c in counted if c.claimant is None and not _uncounted(c.count)
                and _UNDER_REVIEW.search(text, max(0, c.evidence[0].start - 120),
                                         c.evidence[0].start) is not None
                and all(_UNDER_REVIEW.search(text, max(0, s.start - 120), s.start) is not None
                        for s in c.evidence if _KILLING.search(s.text))]
    own = [c for c in counted if c.claimant is None and c not in reviewed]
    if not reviewed or not own:
        return counted
    told_unnumbered = _told_unnumbered(own)
    return [c for c in counted if c not in reviewed or (
        c.population in told_unnumbered and c.population != "unknown")]


def _told_unnumbered(own: Sequence[CasualtyClaim]) -> set[str]:
    """The populations the release's own tolls ``own`` tell dead, none with a number."""
    told: set[str] = {c.population for c in own if _uncounted(c.count)}
    return told - {c.population for c in own if not _uncounted(c.count)}


# Reports of an incident the release calls false ("reports of Polish soldiers firing on a
# wedding party ... on Sunday are untrue"): the other side's toll alone of it counts none, as
# of an operation its side never made.
_REPORTS_OF_CALLED_FALSE = re.compile(
    rf"\b{CLAIM_NOUN}\s+of\s+[^.;]{{0,160}}?\s(?:are|is|was|were)\s+(?:\w+\s+)?{FALSE_WORD}\b",
    re.IGNORECASE)


def _paragraph_count(claim: CasualtyClaim, text: str | None) -> Count | None:
    """An update row's figure for a toll the extraction joined from the lede's roundup and the
    row's paragraph ("killed more than 20 insurgents ... in eastern Afghanistan" and "killing
    multiple insurgents"): the paragraph's, which the row codes; None when the toll is told
    only in one kind of sentence or its paragraph gives no single figure."""
    told = [span for span in claim.evidence if _TELLS.search(span.text)]
    details = [span for span in told
               if _ROUNDUP.search(_context(span, text)) is None
               and _UPDATE_ROUNDUP.search(_update_clause(span, text)) is None]
    if not details or len(details) == len(told):
        return None
    found = find_quantities(details[0].text)
    return found[0].count if len(found) == 1 else None


def _lede_figure(claim: CasualtyClaim, ledes: Sequence[CasualtyClaim], text: str, row: str
                 ) -> bool:
    """Whether an update row's uncounted plural ("A post-strike assessment confirmed that the
    insurgents were killed") carries the figure of the lede's roundup (``ledes``), which its
    row never gives: the extraction found the group it points back to in the lede, but the
    lede's total is no row's toll, and the row's plural codes as a vague group. (``row`` is
    ``text`` without its roundup sentences, ``_without_roundups``.)"""
    told = [span for span in claim.evidence if _TELLS.search(span.text)]
    if not told or any(find_quantities(span.text) for span in told):
        return False
    if not any((r.count.min, r.count.max, r.count.vague_term)
               == (claim.count.min, claim.count.max, claim.count.vague_term)
               and r.id != claim.id for r in ledes):
        return False
    # (a figure its own row gives before it is the row's: "struck four insurgents ... killing
    # them", or in the row's earlier paragraph, "In Logar province, ... a precision air strike
    # against five insurgents ... | A battle damage assessment confirmed that the insurgents
    # were killed.")
    start = _row_start(text, row, told[0].start)
    return not any(q.count == claim.count for q in find_quantities(row[start:told[0].start]))


def _row_start(text: str, row: str, at: int) -> int:
    """Where the operational update's row that holds offset ``at`` begins: at the paragraph
    holding it, or back over the paragraphs before it to one that opens on its place ("In
    Logar province, ...", which opens each row) or that follows the lede's roundup (``row``
    is ``text`` with its roundup sentences blanked: a paragraph they touch is no row's)."""
    start = _paragraph_start(text, at)
    while start > 0 and _PLACE_OPENING.match(text, start) is None:
        end = start - 1
        begin = _paragraph_start(text, end)
        if text[begin:end].strip() and row[begin:end] != text[begin:end]:
            break
        start = begin
    return start


# A toll told as reports the release has heard: "ISAF is aware of reports that coalition
# forces killed civilians" (its sentence up to the toll).
# (also past a clause set off between them: "reviewed reports, carried by several Afghan news
# agencies, that a coalition air strike killed six civilians", or past their source: "reports
# from provincial officials that a NATO air strike killed six civilians")
# (the source a third party: not "reports from the Afghan National Army patrol that engaged
# the insurgents that four insurgents were killed", the partner force's own toll of its fight)
_REPORTS_THAT = re.compile(
    r"\breports?(?:\s*,[^,.;]{1,80},|\s+(?:from|by)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:officials?|residents|villagers|elders|media|(?:news\s+)?agencies|sources|leaders"
    r"|journalists|reporters))?\s+that\s+[^.;]*$",
    re.IGNORECASE)


def _reported_of_no_operation(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll is only reports of an operation the release then says its side never
    made ("ISAF is aware of reports that coalition forces killed civilians ... no Afghan or
    coalition forces operated in Khogyani that night"), or has just said so in the sentence
    that answers them ("ISAF conducted no air strike in the district, despite reports from
    provincial officials that a NATO air strike killed four civilians"): those reports are
    answered, not told."""
    if text is None or claim.claimant is not None:
        return False
    span = claim.evidence[0]
    bounds = _sentence(span, text)
    start = bounds[0] if bounds is not None else max(0, span.start - 160)
    return (_REPORTS_THAT.search(text, start, span.start) is not None
            and _NO_OPERATION.search(text, start) is not None)


# A toll the release's own unit reports: "according to the unit's report", "the battalion's
# assessment" (its side's record of its own engagement, not another party's figure).
_OWN_REPORT = re.compile(
    r"(?:the|its|their)\s+(?:unit|battalion|brigade|company|platoon|patrol|task\s+force"
    r"|battle\s+group|regiment)['’]s?\s+(?:own\s+)?(?:report|assessment|account|count|log)s?",
    re.IGNORECASE)


def _without_voiced_again(counted: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """The counted tolls without one another voice repeats: "left up to 15 insurgents dead,
    Marine officials said" in the lede and "Up to 15 insurgents were killed, according to the
    battalion's assessment" after it are one toll told twice (the extraction joins restatements
    of one voice only), when the release tells none in its own voice; so is its own toll its
    unit's report repeats ("killed several insurgents ... Several insurgents were killed,
    according to the patrol's assessment"), or its officials tell again ("A Taliban leader was
    killed Saturday ..., officials said" and "returned fire, killing him"), in either order."""
    own_words = any(c.claimant is None for c in counted)
    kept: list[CasualtyClaim] = []
    # (the release's own words first, so a repeat told before them is the one dropped)
    for c in sorted(counted, key=lambda c: c.claimant is not None):
        if c.claimant is None or (own_words and _OWN_REPORT.fullmatch(c.claimant) is None
                                  and _OWN_OFFICIALS.fullmatch(c.claimant) is None):
            kept.append(c)
            continue
        # (two tolls of one voice the extraction kept apart are two: "killed a sub-commander
        # Tuesday and another commander Wednesday, officials said")
        # (a population the other telling leaves unnamed is the same: "killing him")
        if any(k.claimant != c.claimant and k.date == c.date
               and (k.population == c.population or "unknown" in (k.population, c.population))
               and (k.count.min, k.count.max, k.count.vague_term)
               == (c.count.min, c.count.max, c.count.vague_term)
               and (c.count.min or c.count.max or c.count.vague_term) for k in kept):
            continue
        kept.append(c)
    return [c for c in counted if any(k is c for k in kept)]


# Another party's figure put on a toll told before: "The provincial governor's office put the
# number at 22" (the extraction reads the toll from "number").
_PUT_ON_TOLL = re.compile(r"\bput\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _own_unknown_numbered(counted: Sequence[CasualtyClaim], voiced: set[str],
                          text: str | None) -> dict[str, str]:
    """The release's own tolls that say they have no number, each to a party's number of the
    same dead that the same sentence goes on to give: "The air strike killed an unknown number
    of insurgents; Afghan officials said seven insurgents were killed" is seven, the number the
    sentence puts on its own unknown (as of civilians). Not a party's number in a sentence of
    its own, beside which the release's own count of its fight stands ("killing an unknown
    number of insurgents. Afghan National Army commanders said 11 insurgents were killed" is
    3) unless the release says its own count is still to come (``_count_pending``) or, beside
    the leader it numbered itself, the party tells its dead apart from him ("four fighters
    died with him", a paragraph on), nor its
    own "several" or "numerous", even with a number put on them: "Numerous
    insurgents were killed, officials said. Officers of the Afghan Border Police ... put the
    number at 11" is the coders' 4."""
    if text is None:
        return {}
    # (each read where it says so: a restatement's place, not its first telling's)
    unknown = [o.model_copy(update={"evidence": [span, *o.evidence]}) for o in counted
               if o.id in voiced and (span := _unknown_span(o)) is not None]
    if not unknown:
        return {}
    sentences = {c.id: _sentence(c.evidence[0], text) for c in [*counted, *unknown]}
    # (a figure put on a toll, "put the number of dead insurgents at eight", is that toll's
    # number, whatever population the extraction reads in it)
    put = {c.id for c in counted if _PUT_ON_TOLL.search(
        text, max(0, c.evidence[0].start - 30), c.evidence[0].start) is not None}
    # (else the party's number of the same people, of the whole group, not of a part of it or
    # of others: "provincial officials said a Taliban commander / two foreign fighters / two
    # people were killed" leaves the unknown number standing)
    return {o.id: c.id for c in counted
            if c.id not in voiced and c.claimant is not None and not _vague_toll(c)
            and _OTHER_SIDE.search(c.claimant) is None
            # (the rank the party's dead are told apart from is not among them: "four fighters
            # died with the commander")
            and _PART_OF_THE_DEAD.search(_TOLD_APART.sub("", c.evidence[0].text)) is None
            for o in unknown
            # (the release's "them" is the group it told before, the side it fought: "struck a
            # group of insurgents ..., killing an unknown number of them"; never a party's
            # civilians, whom the release's "them" would not leave unnamed)
            if (o.population == c.population or c.id in put
                or (o.population == "unknown" and c.population != "civilian"))
            and o.evidence[0].start < c.evidence[0].start
            and ((_same_dead(c, o, text)
                  and (sentences[o.id] == sentences[c.id]
                       # ... or the party's figure put on it in the very next sentence ("The
                       # strike killed an unknown number of insurgents. Provincial officials
                       # later put the number of dead insurgents at eight")
                       or (c.id in put
                           and _next_sentence(sentences[o.id], sentences[c.id], text))))
                 # ... or told where the release says its own count is still to come
                 or (_same_dead(c, o, text, across=True)
                     and _count_pending(o.evidence[0], sentences[c.id], text))
                 # ... or, beside the leader the release numbered itself, told apart from him
                 # later in his own account ("killed a Taliban commander and an unknown number
                 # of his fighters. | The commander led ... Afghan officials said four fighters
                 # died with him")
                 or (o.count.min is not None and _same_dead(c, o, text, across=True)
                     and _told_apart(sentences[c.id], text)
                     and _his_account(sentences[o.id], sentences[c.id], text)))}


def _unknown_span(toll: CasualtyClaim) -> Span | None:
    """Where the release's own toll says it has no number: its first telling ("killing an
    unknown number of insurgents"), or a restatement of a toll first told vague (an update's
    lede "killed a number of insurgents", its row "killing an unknown number of insurgents;
    Afghan officials said four insurgents were killed" is four)."""
    if _UNKNOWN.search(toll.count.vague_term or ""):
        return toll.evidence[0]
    if toll.count.min is not None or toll.count.max is not None:
        return None
    return next((s for s in toll.evidence if _UNKNOWN_NUMBER_OF.search(s.text)), None)


def _told_apart(sentence: tuple[int, int] | None, text: str) -> bool:
    """Whether a party's sentence tells its dead apart from the leader the release numbered
    itself ("four fighters died with him")."""
    return sentence is not None and _TOLD_APART.search(text, *sentence) is not None


def _his_account(lede: tuple[int, int] | None, party: tuple[int, int] | None, text: str
                 ) -> bool:
    """Whether the party's sentence is still the account of the leader the release's sentence
    (``lede``) numbered: nothing between them tells of another man killed, held or named, or
    opens another incident ("In Musa Qal'ah district, Afghan forces killed a bomb maker. ...
    two fighters died with him" are the bomb maker's), so that "him" can only be the leader."""
    if lede is None or party is None or lede[1] > party[0]:
        return False
    between = text[lede[1]:party[0]]
    return (_ANOTHER_MAN.search(between) is None and _SET_APART.search(between) is None
            and not any(_NEW_INCIDENT.search(line.strip()) for line in between.split("\n")))


# Another man the release tells of between its leader and a party's "him": one killed, held or
# named ("killed a bomb maker, Mullah Karim", "detained a Taliban facilitator"), or an incident
# told of another place ("In Musa Qal'ah district,").
_ANOTHER_MAN = re.compile(
    r"\b(?:killed|detained|captured|arrested|apprehended|named|identified\s+as)\b"
    r"|(?:^|[.\n]\s*)In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:district|province|city|village)\b",
    re.IGNORECASE)
# The ranks of a group the release may number itself beside its unknown number: "a Taliban
# commander", "a leader", "a deputy".
_RANKS = r"(?:sub-?)?commanders?|leaders?|chiefs?|deput(?:y|ies)"
# A rank named among a party's own dead, not as the one whose men they were ("the commander's
# fighters").
_LEADER_AMONG = re.compile(rf"\b(?:{_RANKS})\b(?!['’])", re.IGNORECASE)
# A group's rank and file a party's dead are told as.
_FOLLOWERS = r"(?:fighters|men|followers|associates|bodyguards|guards|insurgents|militants)"
# A party's dead told apart from those the release numbered itself (its leader), by a word that
# points back to him: "four fighters died with him" (or "alongside the Taliban leader", "with
# the commanders"), "four of his fighters" ("of the commander's fighters"), "the commander died
# along with four fighters", "four others were killed"; an "others" of another outcome ("three
# others were wounded", "detained three others") tells no dead apart.
_TOLD_APART = re.compile(
    rf"\b(?:(?:along\s+)?with|besides?|alongside)\s+(?:him|them"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?(?:{_RANKS}))\b"
    rf"|\bof\s+(?:his|the\s+(?:[\w-]+\s+){{0,2}}?(?:{_RANKS})['’]s?)\s+{_FOLLOWERS}\b"
    rf"|\b(?:{_RANKS})\s+(?:was\s+killed|died)\s+(?:along\s+)?with\s+[\w-]+\s+"
    rf"(?:of\s+his\s+)?{_FOLLOWERS}\b"
    r"|\b[\w-]+\s+others\s+(?:were\s+)?(?:also\s+)?(?:killed|died)\b",
    re.IGNORECASE)
# Under way: "is under way", "is ongoing", "is being conducted".
_UNDER_WAY = (r"(?:is|was)\s+(?:still\s+|now\s+)?(?:under\s*way|ongoing|being\s+conducted"
              r"|in\s+progress)\b")
# The release's own count of the dead still to come, in words only a count is told in: "The
# number of dead is not yet known", "has not yet been confirmed", "ISAF is still assessing the
# results", "A battle damage assessment is under way" (an assessment of nothing else: "An
# assessment is under way of damage to a nearby mosque" is not the count).
_COUNT_ITSELF_PENDING = re.compile(
    rf"\bassessment\s+{_UNDER_WAY}(?=\s*[.;\n]|\s*$|\s+(?:of|into)\s+the\s+(?:strike|results)\b)"
    r"|\bbattle\s+damage\s+assessment\b"
    r"|\b(?:is|are|was|were)\s+(?:still\s+)?assessing\b|\bbeing\s+assessed\b"
    r"|\b(?:number|toll)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:is|was|remains|has|had|could)\s+"
    r"(?:still\s+unknown|unknown|not\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:known|determined|confirmed)"
    r"|yet\s+to\s+be\s+(?:known|determined|confirmed))\b",
    re.IGNORECASE)
# ... and, told beside the party's number, in its paragraph, any assessment or investigation
# under way: "A ground assessment is under way"; a count told known ("The toll was confirmed")
# is none, and an investigation of something else ("is under way into reports of civilian
# casualties") says nothing of it.
_COUNT_PENDING = re.compile(
    rf"\b(?:assessment|investigation)\s+{_UNDER_WAY}"
    r"(?!\s+(?:in)?to\s+(?:the\s+)?(?:reports?|allegations?|claims?)\b)"
    rf"|{_COUNT_ITSELF_PENDING.pattern}",
    re.IGNORECASE)


def _count_pending(unknown: Span, party: tuple[int, int] | None, text: str) -> bool:
    """Whether the release says its own count is still to come anywhere from its unknown
    number (``unknown``) to the end of the paragraph of the party's number (``party``, its
    sentence), or in words only a count is told in (``_COUNT_ITSELF_PENDING``) in a paragraph
    after it, up to another incident: a party's number told there ("A ground assessment is
    under way. Afghan officials said six fighters died with him", the assessment in a
    paragraph of its own, in the party's sentence or after it; "... said seven insurgents
    were killed in the strike. | A battle damage assessment is under way.") is the only
    number of the dead it could not count, not an account beside a count of its own ("killing
    an unknown number of insurgents. Afghan National Army commanders said 11 insurgents were
    killed" keeps 3)."""
    if party is None:
        return False
    end = text.find("\n", party[1])
    if end < 0:
        end = len(text)
    if _COUNT_PENDING.search(text, unknown.end, end) is not None:
        return True
    # (the stock closing "An investigation is under way." is of conduct or of civilian harm,
    # not of the toll: read after the party's paragraph, only a count's own words)
    for paragraph in text[end:].split("\n"):
        paragraph = paragraph.strip()
        if _SET_APART.search(paragraph) or _NEW_INCIDENT.search(
                paragraph[:sentence_bounds(paragraph, 0, 0)[1]]):
            return False
        if _COUNT_ITSELF_PENDING.search(paragraph):
            return True
    return False


# A part of a group, or others beside it: its ranks and its foreign fighters.
_PART_OF_THE_DEAD = re.compile(rf"\b(?:{_RANKS}|foreign)\b", re.IGNORECASE)


def _next_sentence(first: tuple[int, int] | None, later: tuple[int, int] | None, text: str
                   ) -> bool:
    """Whether the sentence ``later`` comes right after ``first``, in one paragraph."""
    return (first is not None and later is not None and first[1] <= later[0]
            and not text[first[1]:later[0]].strip(" "))


def _without_parties_told_again(counted: list[CasualtyClaim], voiced: set[str],
                                text: str | None) -> list[CasualtyClaim]:
    """The counted tolls without a party's account of dead another party told in the same
    paragraph: several parties' tolls of the same people are one toll, not one each. A vague
    toll gives way to a party's number of them ("elders told the district governor that several
    boys ... were among the dead. Provincial officials have said that nine boys were killed":
    nine), and a figure put on a toll told before ("killed 16 insurgents, according to the
    Ministry of Defense. The governor's office put the number at 22") is that toll again."""
    if text is None:
        return counted
    parties = [c for c in counted if c.claimant is not None and c.id not in voiced]
    dropped = {c.id for c in parties for other in parties
               if other is not c and _same_dead(c, other, text) and (
                   (_vague_toll(c) and not _vague_toll(other))
                   # (a figure put on a vague toll is its number, which it gives way to)
                   or (other.evidence[0].start < c.evidence[0].start and not _vague_toll(other)
                       and (_PUT_ON_TOLL.search(text, max(0, c.evidence[0].start - 30),
                                                c.evidence[0].start) is not None
                            or _another_partys_number(c, other, text))))}
    # (a bare account in the paragraph after the toll, pointing back to that incident, is that
    # toll's too: "killed three insurgents ..., according to the Afghan National Police. |
    # Local officials said five insurgents died in the attack.")
    dropped |= {c.id for c in parties for other in parties
                if other is not c and other.evidence[0].start < c.evidence[0].start
                and _same_dead(c, other, text, across=True)
                and _next_paragraph(other.evidence[0], c.evidence[0], text)
                and _another_partys_number(c, other, text)}
    return [c for c in counted if c.id not in dropped]


# A toll told as more dead beside one told before: "two more insurgents", "another insurgent",
# "also killed", "in a related engagement".
_MORE_DEAD = re.compile(
    rf"\b(?:more|{_ADDED_DEAD_WORDS}|second|also|separate|related)\b", re.IGNORECASE)
# A killing told with a killer of its own ("Afghan commandos killed two insurgents", "they
# killed"), not the passive or bare "six insurgents were killed / died" of an account.
_ACTIVE_KILLING = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )\b(?:kill(?:ed|ing|s)?)\b",
    re.IGNORECASE)
# A place a sentence names: "in Marjah district", "Helmand province", "near Lashkar Gah".
_NAMED_PLACE = re.compile(
    r"\b([A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2})\s+(?:district|province|city|village)\b"
    r"|\b(?:near|outside)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _another_partys_number(later: CasualtyClaim, first: CasualtyClaim, text: str) -> bool:
    """Whether ``later`` is another party's number of the dead ``first``, a party's numbered
    toll, told before it ("killed three insurgents ..., according to the Afghan National Police.
    Local officials said five insurgents died": the police's three is the release's toll, the
    officials' five their account of the same fight), not more dead told beside them. Only a
    bare account is one: a regional command's roundup tells each party's own fight in a
    sentence of its own, with its own killer and place ("Afghan commandos killed two
    insurgents in Marjah district, the provincial governor said"), or "also" or "related"
    anywhere in that sentence, and those are more dead."""
    if (later.claimant == first.claimant or _vague_toll(first) or _vague_toll(later)):
        return False
    bounds = _sentence(later.evidence[0], text)
    first_bounds = _sentence(first.evidence[0], text)
    if bounds is None or first_bounds is None:
        return _MORE_DEAD.search(later.evidence[0].text) is None
    sentence = text[bounds[0]:bounds[1]]
    if _MORE_DEAD.search(sentence) is not None or _ACTIVE_KILLING.search(
            text, bounds[0], later.evidence[0].end) is not None:
        return False
    told = text[first_bounds[0]:first_bounds[1]].lower()
    return all((m.group(1) or m.group(2)).lower() in told for m in _NAMED_PLACE.finditer(sentence))


def _unknown_number(claim: CasualtyClaim) -> bool:
    """Whether a toll says its dead were never counted ("an unknown number of civilians", "an
    unknown number of insurgents"), of any population (not a toll with a number in it: "a
    leader ... along with an unknown number of his associates" counts one). Its callers read it
    of civilians and people of no side only: those are told dead without a number, as
    "civilians were killed" is; the release's own "killing an unknown number of insurgents"
    is its count of its own fight, kept as its "several" is, but where its own sentence goes on
    to give a party's number of them (``_own_unknown_numbered``)."""
    return (claim.count.min is None and claim.count.max is None
            and _UNKNOWN.search(claim.count.vague_term or "") is not None)


_UNKNOWN = re.compile(r"\b(?:unknown|undetermined|unconfirmed)\b", re.IGNORECASE)
# A restatement's "an unknown number of", in any of those words.
_UNKNOWN_NUMBER_OF = re.compile(rf"{_UNKNOWN.pattern}\s+number\s+of\b", re.IGNORECASE)


def _party_unknown_part(claim: CasualtyClaim) -> bool:
    """Whether a party's toll gives a number of some of its dead and says the rest were never
    counted ("four civilians and an unknown number of insurgents"): the release's own "an
    unknown number" is its count of its fight, coded as a vague group, but a party's tells the
    coders no number beside the one it gives (``_unknown_number`` is the toll wholly unknown)."""
    return (claim.claimant is not None and claim.count.min is not None
            and _UNKNOWN.search(claim.count.vague_term or "") is not None)


def _vague_toll(claim: CasualtyClaim) -> bool:
    return claim.count.vague_term is not None or _uncounted(claim.count)


def _same_dead(a: CasualtyClaim, b: CasualtyClaim, text: str, across: bool = False) -> bool:
    """Whether two tolls may count the same people: of one population (or one of them of
    people it names no side of), told in one paragraph (or, ``across``, in paragraphs the
    caller has found next to each other), of no two strikes or days, and with no
    other incident set apart between them (a regional command's one-paragraph release often
    tells two: "... several insurgents were killed in the attack. In a separate incident in
    the same district, ... two insurgents were killed")."""
    first, second = sorted((a.evidence[0].start, b.evidence[0].start))
    return ((a.population == b.population or "unknown" in (a.population, b.population))
            and (across or (_BLANK_LINE.search(text, first, second) is None
                            and "\n" not in text[first:second]))
            and _SET_APART.search(text, first, second) is None
            and (a.event is None or b.event is None or a.event == b.event)
            and not _dates_apart(a.date, b.date))


def _next_paragraph(first: Span, later: Span, text: str) -> bool:
    """Whether ``later`` is in the paragraph right after the one holding ``first`` (one
    paragraph break between them), in a sentence that points back to that incident ("died in
    the attack") and tells no new one ("In Uruzgan, ...", "during a joint patrol", "in a
    coalition air strike", "a bomb they were building exploded"): the structure, not the
    place, says it is the same fight."""
    if len(_PARAGRAPH_BREAK.findall(text, first.end, later.start)) != 1:
        return False
    bounds = sentence_bounds(text, later.start, later.end)
    return (_TOLD_INCIDENT_AGAIN.search(text, bounds[0], bounds[1]) is not None
            and _NEW_INCIDENT.search(text[bounds[0]:bounds[1]]) is None)


_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# An incident told before, pointed back to: "in the attack", "during the fighting", "the
# attackers".
_TOLD_INCIDENT_AGAIN = re.compile(
    r"\b(?:in|during|after)\s+the\s+(?:attack|fighting|fight|clash(?:es)?|firefight|gunfight"
    r"|battle|engagement|ambush|assault)\b|\bthe\s+(?:attackers|assailants)\b", re.IGNORECASE)
# An incident of its own: a sentence opening on a place ("In Uruzgan, ..."), an operation of
# its own ("during a joint patrol", "in a coalition air strike"), a blast.
_NEW_INCIDENT = re.compile(
    r"^\W*In\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,"
    r"|(?i:\b(?:during|in)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:operation|patrol|raid|air\s*strike)s?\b"
    r"|\bexplod(?:ed|ing)\b|\bin\s+the\s+[\w'’-]+\s+area\b)")


# Words that set another incident apart, anywhere in a paragraph.
_SET_APART = re.compile(r"\b(?:Elsewhere|In\s+(?:a\s+)?separate|Separately)\b", re.IGNORECASE)


def _dates_apart(a: DateRange, b: DateRange) -> bool:
    """Whether two dates, where both are told, share no day."""
    return ((a.earliest is not None and b.latest is not None and a.earliest > b.latest)
            or (b.earliest is not None and a.latest is not None and b.earliest > a.latest))


# The release says its side made no operation there: "No coalition aircraft conducted strikes
# anywhere in Herat province yesterday", "ISAF conducted no air strikes in the district".
_NO_OPERATION = re.compile(
    r"\bNo\s+(?:coalition|ISAF|NATO|Afghan|international)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aircraft|jets?|forces?|troops|units?|patrols?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conducted|carried\s+out|made|operated|were\s+(?:operating|present|in)|was\s+in"
    # ... or fired nothing: "no coalition aircraft fired weapons in Dur Baba district"
    r"|(?<=aircraft )(?:fired|released|dropped)\s+(?:any\s+)?(?:weapons|munitions|ordnance"
    r"|bombs))\b"
    r"|\b(?:ISAF|coalition\s+forces|the\s+coalition)\s+(?:conducted|carried\s+out|made)\s+no\s+"
    r"(?:air\s*strikes?|strikes?|operations?)\b"
    # ... the same denial with the verb negated: "ISAF did not conduct any air strikes", "No
    # coalition aircraft struck targets"
    r"|\b(?:ISAF|coalition(?:\s+forces)?|NATO)\s+(?:aircraft\s+)?did\s+not\s+(?:conduct|carry\s+out"
    r"|make)\s+(?:any\s+)?(?:air\s*strikes?|strikes?|operations?)\b"
    r"|\bNo\s+(?:coalition|ISAF|NATO|Afghan|international)\s+(?:[\w-]+\s+){0,2}?aircraft\s+"
    r"(?:struck|bombed|engaged)\b", re.IGNORECASE)
# The dead of an uncounted plural ("insurgents were killed", "killing the insurgents" of a
# group never counted) code as the vague terms do: the coders code a group of unknown size as
# 3 ("killing the insurgents" of "the mortar team" in the slice; "several", "a number of").
_UNCOUNTED = 3
# A toll told by its killing (not a noun the rules read as one: "a body of evidence").
# ("neutralised": British press style for killed, read so by the extraction)
_KILLING = re.compile(r"\b(?:kill\w*|died|dead|slain|eliminat\w+|neutrali[sz]\w+|remains)\b",
                      re.IGNORECASE)


def _coded(count: Count, quote: str = "") -> int:
    """A toll's number under the ISAF coding: ``minimum(count, "isaf")``, or, for a figure
    given only as a ceiling ("nearly 20", "almost a dozen"), the figure: the coders code the
    number a release gives, and no release of the slice that tells of a killing codes 0. So
    is a part of a toll given so (``quote``: "a leader and up to a dozen of his fighters", 1 to
    13, codes 13)."""
    low = minimum(count, "isaf")
    if (count.max is not None and count.min is not None and count.max > count.min
            and count.vague_term is None and _CEILING.search(quote)
            and not _FLOOR.search(quote)):
        return count.max
    return low if low or count.min is not None or count.max is None else count.max


# A figure given as a ceiling, or as a floor ("at least two and up to five" is a range).
_CEILING = re.compile(r"\b(?:up\s+to|as\s+many\s+as|nearly|almost|close\s+to)\b", re.IGNORECASE)
_FLOOR = re.compile(r"\bat\s+least\b|\bno\s+(?:fewer|less)\s+than\b", re.IGNORECASE)


def _uncounted(count: Count) -> bool:
    return count.min is None and count.max is None and count.vague_term is None


# "An insurgent who shot at Afghan soldiers | was killed": a relative clause up to the verb of
# the toll it defines the subject of.
_DEFINING_CLAUSE = re.compile(
    r"\s(?:who|that)\s+(?!(?:was|were)\s+(?:killed|wounded))[^;]*?"
    # ... up to its verb, an irregular one too: "An individual who opened fire on ISAF service
    # members ... today was shot and killed" (after an adverb too: "An Afghan soldier who tried
    # to stop the attacker was also killed", whose attacker is not the dead)
    r"(?=\s(?:was|were)\s+(?:(?:also|later|then)\s+)?(?:\w+ed|shot|slain|hit)\b)",
    re.IGNORECASE)


# What a victim is blamed for, told after him without a verb: "A Taliban leader | responsible
# for attacks on Afghan police in Chahar Dara district |, was killed" (up to the next comma).
_BLAMED_PHRASE = re.compile(
    r"\s(?:responsible\s+for|involved\s+in|accused\s+of|suspected\s+of|linked\s+to|behind"
    r"|wanted\s+for)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|ambush(?:es)?|bombings?|assaults?"
    r"|killings?|murders?|kidnappings?|deaths?)\b[^,;]*", re.IGNORECASE)


# Whom the victim fired on before he was killed, in his own clause: "a man fired on Afghan
# police from a rooftop and was killed" (the police are who killed him, not the dead).
_FIRED_ON_THEN_KILLED = re.compile(
    r"\b(?:fired|opened\s+fire|shot)\s+(?:on|at|upon)\s+[^,;]*?(?=\s+and\s+(?:was|were)\s)",
    re.IGNORECASE)


# A dead man told as the attacker's helper, in what the toll says of him before its verb: "A
# second soldier, believed to have helped him, was shot and killed", "the gunman's accomplice"
# (he is the attacker's side, whatever uniform he wore; not "helped evacuate the wounded").
# Only a helper of the attacker named as such, or one suspected of helping "him": a man
# "helping them" or "assisting them" in a release is nearly always the interpreter or partner
# soldier working beside the releasing side's dead, who is its own.
_HELPED_ATTACKER = re.compile(
    r"\baccomplices?\b"
    r"|\b(?:helped|aided|assisted)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:shooter|attackers?|gunm[ae]n|assailants?|bombers?)\b"
    r"|\b(?:believed|suspected|thought|alleged)\s+(?:to\s+have\s+)?(?:helped|aided|assisted)"
    r"\s+(?:him|them)\b",
    re.IGNORECASE)


def _verb_start(quote: str) -> int:
    """Where a toll's quote tells its killing (its end when it names none)."""
    verb = _KILLING.search(quote)
    return len(quote) if verb is None else verb.start()


def _own_loss(quote: str) -> bool:
    """Whether a toll's quote names the releasing side's own dead; what a set-off relative
    clause says of the victim ("The leader, who planned attacks that killed two Afghan
    soldiers, was killed") is not the victim, nor is an insider attacker its side's dead ("the
    rogue soldier was killed"), nor what a defining one says of him ("An insurgent who shot at
    Afghan National Army soldiers was killed"), nor what he is blamed for ("A Taliban leader
    responsible for attacks on Afghan police was killed"), nor whom he fought ("wounded in a
    clash with Afghan police")."""
    if _HELPED_ATTACKER.search(quote, 0, _verb_start(quote)):
        return False  # "A second soldier, believed to have helped him, was shot and killed"
    quote = _OPPONENT.sub(" ", _DEFINING_CLAUSE.sub(" ", _SET_OFF_CLAUSE.sub(",", quote)))
    quote = _FIRED_ON_THEN_KILLED.sub(" ", _BLAMED_PHRASE.sub(" ", quote))
    return _OWN_LOSS.search(quote) is not None and not _insider_victim(quote)


def _insider_victim(quote: str) -> bool:
    """Whether a toll's dead are an insider attacker: named before its verb when they are its
    subject ("the rogue soldier was killed"), or as the head of its object when the toll opens
    on its verb ("Other police returned fire and killed the rogue policeman"). Only the object
    itself: an attacker told after it ("killing three Afghan policemen before the attacker was
    shot dead", "two ISAF service members and the rogue soldier") is not who the figure counts."""
    verb = _KILLING.search(quote)
    if verb is None:
        return _INSIDER.search(quote) is not None
    if not quote[:verb.start()].strip() and _AGENT_AFTER.match(quote, verb.end()) is None:
        return _INSIDER_OBJECT.match(quote, verb.end()) is not None
    return _INSIDER.search(quote, 0, verb.start()) is not None


# An insider as the object a toll's verb opens on: a determiner, at most two words of the same
# noun phrase (no clause or list break), then the insider: "killed the rogue policeman",
# "killing the attacker", "killed a man wearing an army uniform".
_INSIDER_OBJECT = re.compile(
    r"\s+(?:the|an?|both)\s+"
    r"(?:(?!(?:and|or|before|after|when|as|while|then)\b)[\w-]+\s+){0,2}?"
    + _INSIDER.pattern, re.IGNORECASE)


# The agent after a passive verb: "killed by the rogue soldier" tells who killed, not who died.
_AGENT_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


def _shot_by_insider(sentence: str) -> bool:
    """Whether the insider a toll's sentence names is who shot, before the people it points
    back to: "A gunman ... opened fire on ISAF service members ..., killing three of them" (the
    service members), not "engaged two gunmen ..., killing both" (the gunmen)."""
    own = [m.start() for m in _OWN_LOSS_NAMED.finditer(sentence)
           if not _FACILITY_AFTER.match(sentence, m.end())]
    insiders = [m.start() for m in _INSIDER.finditer(sentence)]
    if insiders and _FIRED_ON_FELLOWS.search(sentence, insiders[-1]) is not None:
        return True  # "A gunman ... opened fire on his fellow policemen, killing two of them"
    return bool(own) and bool(insiders) and insiders[-1] < own[-1] and _FIRED_ON.search(
        sentence, insiders[-1], own[-1]) is not None


# What an insider does to those he shoots: "opened fire on", "turned his weapon against".
_FIRED_ON = re.compile(r"\b(?:opened\s+fire\s+(?:on|at)|fired\s+(?:on|at)|shot\s+at"
                       r"|turned\s+(?:his|their)\s+(?:weapons?|rifles?|guns?)\s+(?:on|against)"
                       r"|attacked)\s", re.IGNORECASE)
# ... and those he shoots named as his own: "opened fire on his fellow policemen", "on his
# colleagues as they slept". Whatever uniform he wore, they wore the releasing side's: the
# release tells the attack on its own. Only fellows and colleagues point back to the shooter:
# "insurgents who attacked their unit" is the unit of those they attacked, told of anyone.
_FIRED_ON_FELLOWS = re.compile(
    _FIRED_ON.pattern + r"\s*(?:his|their)\s+(?:fellow\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops"
    r"|service\s*members|policem[ae]n|(?:police\s+)?officers|guards|recruits|Marines)"
    r"|colleagues|comrades)\b", re.IGNORECASE)


def _named_own_after(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll of people it names no side of says after it that they were the
    releasing side's ("The four men killed were Afghan Uniformed Police officers", as a
    correction names them), or sets it off in an apposition after the dead man's name ("the
    death of Faridoon, a civilian working with ISAF as an interpreter,")."""
    span = claim.evidence[0]
    if text is None or text[span.start:span.end] != span.text or _OTHER_SIDE.search(span.text):
        return False
    m = _WERE_AFTER.match(text, span.end)
    if m is not None:
        return _OWN_LOSS_NAMED.match(text, m.end()) is not None
    m = _APPOSITION_AFTER.match(text, span.end)
    own = _OWN_LOSS_NAMED.match(text, m.end()) if m is not None else None
    # (an apposition is closed by a comma, "who" or the sentence's end; an own loss going on to
    # "and ..." is the next item of a list, another of the dead: "killing a local elder, one
    # coalition service member and four civilians", "killing himself, one ISAF soldier and")
    return own is not None and _SERIES_GOES_ON.match(text, own.end()) is None


# A toll of the people of a post or unit named before it: "attacked an Afghan Local Police
# checkpoint ..., killing two of its members", "killing one of its policemen".
_ITS_MEMBERS = re.compile(
    r"^\s*(?:killing|killed|wounding|wounded)?\s*(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+|several|all)\s+of\s+its\s+(?:[\w-]+\s+)?(?:members|policemen|soldiers"
    r"|officers|guards|defenders|crew|men|personnel|occupants|drivers)\b", re.IGNORECASE)


def _post_members(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll of "its members" is of a post or unit of the releasing side's: the side
    named last before it in its sentence (a force's checkpoint is its own, "a Taliban cell"
    the other side's)."""
    span = claim.evidence[0]
    if text is None or _ITS_MEMBERS.match(span.text) is None:
        return False
    bounds = _sentence(span, text)
    lead = text[bounds[0] if bounds else 0:span.start]
    # (or a coalition one: "ambushed a coalition supply convoy, killing two of its drivers")
    own = sorted([m.end() for m in _OWN_LOSS_NAMED.finditer(lead)]
                 + [m.end() for m in _OWN_FORCES.finditer(lead)])
    other = [m.end() for m in _OTHER_SIDE.finditer(lead)]
    return bool(own) and (not other or own[-1] > other[-1])


# The people of a post named by it: "Two of the checkpoint's defenders were killed".
_POSTS_PEOPLE = re.compile(
    r"^\s*(?:killing|killed|wounding|wounded)?\s*(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+|several|all)\s+of\s+the\s+(?P<post>checkpoint|check\s+point|post|outpost"
    r"|base|station|patrol|convoy)['’]s\s+(?:[\w-]+\s+)?(?:members|policemen|soldiers|officers"
    r"|guards|defenders|crew|men|personnel)\b", re.IGNORECASE)
# A post of the other side: "an insurgent checkpoint", "the Taliban outpost".
_THEIR_POST = r"\b(?:insurgent|Taliban|enemy|militant)\s+"
# A force's own dead as it counts them: "lost one of their own".
_OF_THEIR_OWN = re.compile(r"\bof\s+(?:their|its|our)\s+own\b", re.IGNORECASE)
# A contractor of the releasing side: "One U.S. contractor was killed".
_OWN_CONTRACTOR = re.compile(
    r"\b(?:U\.S\.|American|coalition|ISAF|NATO|British|foreign|international)\s+(?:civilian\s+)?"
    r"contractors?\b", re.IGNORECASE)


def _posts_own_people(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll of a post's people ("two of the checkpoint's defenders") is of the
    releasing side's post, as every post a release names is unless it calls it the other
    side's ("an insurgent checkpoint")."""
    m = _POSTS_PEOPLE.match(claim.evidence[0].text)
    if m is None:
        return False
    post = re.escape(m.group("post"))
    return text is None or re.search(_THEIR_POST + post, text, re.IGNORECASE) is None


# People told by their work at a post, right after them: "two Afghan security guards working
# at the base", "a cook employed at the outpost", "guards who worked at the base", "guards
# employed by the base" (or, for guards and workers, by the post alone: "two Afghan security
# guards at the base"). The post is one of ``_POSTS_PEOPLE``'s, with no modifier but a side's
# or a force's own: not a "fuel station", a "post office", a "refugee camp", a compound struck.
_WORKING = r"(?:working|worked|employed|serving|served|stationed)"
_WORKERS = re.compile(r"\b(?:guards?|workers?|laborers?|labourers?|cooks?|interpreters?"
                      r"|employees?|staff)\s*$", re.IGNORECASE)
_WORKING_AT_POST = re.compile(
    rf"\s*(?:(?:who\s+(?:were\s+|was\s+)?)?{_WORKING}\s+(?:at|on|in|for|by)|(?P<bare>at))"
    r"\s+(?:the|a|an|its|their)\s+(?:(?:coalition|Afghan|ISAF|NATO|U\.S\.|police|army|military"
    r"|border|security|combat|fire)\s+){0,2}(?P<post>base|outpost|post(?!\s+office)|checkpoint"
    r"|check\s+point|(?<=police\s)station)\b", re.IGNORECASE)
# ... and the participle alone, where the quote holds it ("two Afghan security guards working")
_WORKING_WORD = re.compile(rf"\s*{_WORKING}\b")


def _works_at_own_post(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll's people are told by their work at a post ("killing two Afghan security
    guards working at the base"): those who work at the releasing side's post are its own, as
    its soldiers are (and as its people of a post are, ``_posts_own_people``), every post a
    release names being its own unless it calls it the other side's."""
    span = claim.evidence[0]
    if text is None or text[span.start:span.end] != span.text or _OTHER_SIDE.search(span.text):
        return False
    # (the quote may hold the participle itself: "two Afghan security guards working",
    # "two Afghan security guards employed by the base")
    at = _WORKING_WORD.search(span.text)
    m = _WORKING_AT_POST.match(text, span.start + at.start() if at is not None else span.end)
    return m is not None and (m.group("bare") is None or _WORKERS.search(span.text) is not None
                              ) and re.search(
        _THEIR_POST + re.escape(m.group("post")), text, re.IGNORECASE) is None


_WERE_AFTER = re.compile(r"\s+(?:were|was)\s+(?:all\s+|both\s+)?(?:an?\s+)?")
# ... an apposition right after the toll, up to the words that name whose the man was: ", a
# civilian working with ISAF", ", an Afghan interpreter" (not ", a Taliban commander", whose
# words name no own side).
# ... and a list going on past it, before anything closes the apposition: "... member and four
# civilians", "... member and himself".
_SERIES_GOES_ON = re.compile(r"(?:(?!\bwho\b)[^,;.])*?\b(?:and|or)\s", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r",\s+(?:an?|the|one)\s+(?=[^,;.]{0,40}\b(?:ISAF|coalition|NATO"
                               r"|interpreter|International)\b)(?:[\w-]+\s+){0,2}?")


def _memorials(mourned: Sequence[CasualtyClaim], text: str | None, released: dt.date | None
               ) -> list[CasualtyClaim]:
    """The tolls of its own dead a memorial of before the release's week tells: the dead its
    troops gather to mourn, and after them those a later sentence tells again by their day
    ("... were killed Nov. 2 when insurgents fired on their vehicle", within the week, but
    before the days the release reports). The later toll restates the mourned: it counts as
    many, or names its dead by rank, and it stands in the
    memorial's paragraph or the next ("An ISAF service member died June 11 following an
    insurgent attack" after a memorial of two is a fresh death of the week)."""
    # (their week is also the one a later sentence gives them by their day, when the lede's
    # own span reaches back before it: "to honour three comrades killed earlier this month",
    # then "The three soldiers were killed Nov. 2", twelve days before)
    first = [c for c in mourned
             if (_before_week(c.date, released, looking_back=True)
                 or _told_last_week(c, text, released) or _day_told_again(c, released, text))
             and _mourned_by_troops(c, text)]
    if not first:
        return []
    return first + [c for c in mourned if c not in first
                    and c.evidence[0].start > first[0].evidence[0].start
                    and _before_last_days(c.date, released)
                    and _restates_mourned(c, first[0], text)]


def _restates_mourned(claim: CasualtyClaim, memorial: CasualtyClaim, text: str | None) -> bool:
    """Whether a later toll of its own dead tells a memorial's dead again (``_memorials``)."""
    span, mourned = claim.evidence[0], memorial.evidence[0]
    if text is None:
        return False
    between = sum(1 for _ in _BLANK_LINE.finditer(text, mourned.start, span.start))
    if between > 1:
        return False
    if (claim.count.min, claim.count.max) == (memorial.count.min, memorial.count.max):
        return True
    # (or names them by rank: "Sgt. Jonas Reiter and Cpl. Felix Brandt were killed June 9")
    own = _sentence(span, text)
    return own is not None and _RANKED_NAME.search(text, own[0], own[1]) is not None


def _tells_memorials_attack(claim: CasualtyClaim, memorial: CasualtyClaim,
                            text: str | None, released: dt.date | None) -> bool:
    """Whether a toll tells the attack a memorial recalls: a toll of its attackers, in the
    memorial's paragraph or the one after it, not one a paragraph sets apart as another
    operation's ("Elsewhere, a security force killed three insurgents ... in Zhari": a fresh
    toll of the release's week, though no date word stands in its own evidence)."""
    span, mourned = claim.evidence[0], memorial.evidence[0]
    if text is None or any(text[s.start:s.end] != s.text for s in (span, mourned)):
        return False
    if not (any(_ASSAILANTS.search(s.text) or _MADE_THE_ATTACK.search(s.text)
                for s in claim.evidence) or _MADE_THE_ATTACK_AFTER.match(text, span.end)
            or _of_those_responsible(span, text)
            or _in_the_memorials_attack(span, mourned, text, released)
            or _by_the_fallen(span, text) or _attackers_named_back(span, text, released)):
        return False
    breaks = [m.end() for m in _BLANK_LINE.finditer(text, 0, span.start)]
    if _SET_APART_PARAGRAPH.match(text, breaks[-1] if breaks else 0) is not None:
        return False
    before = sum(1 for _ in _BLANK_LINE.finditer(text, 0, mourned.start))
    return len(breaks) - before in (0, 1)


def _attackers_named_back(span: Span, text: str, released: dt.date | None = None) -> bool:
    """Whether a toll names its dead by a definite article pointing back to the attackers a
    sentence before it, in its paragraph, told ("Soldiers pursued the attackers after the
    ambush. The insurgents were killed after a brief fight"): the same men, dead of the attack's
    aftermath, not a fresh fight's "insurgents". The sentences read back, up to the one that
    tells the attackers, give no day of their own ("drove off attackers who fired on it this
    morning" is a fresh fight), and those between tell no other fight."""
    if _DEFINITE_DEAD.search(span.text) is None:
        return False
    bounds = _sentence(span, text)
    if bounds is None:
        return False
    start = bounds[0]
    for _ in range(_NAMED_BACK_SENTENCES):
        # (the sentence before ends at the last word before this one, in the same paragraph)
        prev = len(text[:start].rstrip())
        if prev == 0 or _BLANK_LINE.search(text, prev, start) is not None:
            return False
        before = sentence_bounds(text, prev - 1, prev - 1)
        said = text[before[0]:before[1]]
        if find_dates(said, released) or _WEEKDAY.search(said):
            return False
        if _ASSAILANTS.search(said) is not None or _MADE_THE_ATTACK.search(said) is not None:
            return True
        if _FIGHT_TOLD.search(said) is not None:
            return False
        start = before[0]
    return False


# How many sentences back the attackers a toll names back may be told.
_NAMED_BACK_SENTENCES = 3
# The other side's dead named by a definite article, pointing back: "The insurgents were
# killed", "killed the militants", "The three insurgents", "The Taliban fighters".
_DEFINITE_DEAD = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:insurgents|militants|fighters|gunmen"
                            r"|men|attackers|assailants)\b", re.IGNORECASE)


# Those a defining clause names by the attack they made: "The insurgents who planted the bomb
# were later killed" (the memorial's attack, told again by its makers, not by "attackers").
_MADE_THE_ATTACK = re.compile(
    r"\bwho\s+(?:had\s+)?(?:planted|placed|emplaced|attacked|ambushed|carried\s+out"
    # (or set the bomb off: "the two insurgents who triggered the bomb")
    r"|triggered|detonated|set\s+off)\s+the\b",
    re.IGNORECASE)
# ... right after an active toll's words, which end on its dead ("killed the two insurgents
# who triggered the bomb").
_MADE_THE_ATTACK_AFTER = re.compile(r"\s*" + _MADE_THE_ATTACK.pattern, re.IGNORECASE)


def _of_those_responsible(span: Span, text: str) -> bool:
    """Whether a toll's sentence names its dead, before it, as those who made the attack told
    ("tracked down the cell responsible and killed two of its members"): the attackers, named
    by the attack, not by their trade (not "a commander responsible for attacks on the
    district center", a deed of his own)."""
    bounds = _sentence(span, text)
    return bounds is not None and _RESPONSIBLE.search(text, bounds[0], span.start) is not None


def _by_the_fallen(span: Span, text: str) -> bool:
    """Whether a toll's killer is one of the fallen a memorial mourns, named by the surname it
    gave with his rank ("Lance Cpl. Ryan Dunn ... Marines said Dunn killed two insurgents before
    he was struck"): his deed is of the attack he fell in."""
    bounds = _sentence(span, text)
    if bounds is None:
        return False
    subject = _SUBJECT_NAME.search(text, bounds[0], span.start)
    if subject is not None and subject.group("name") in _ranked_surnames(text):
        return True
    # ... or his unit, opening the sentence by his name or a pronoun pointing back to him
    # ("Carrow's patrol fought off the ambush and killed five insurgents", "His squad returned
    # fire, killing two"): the fight he fell in, told from his side.
    # Only when that sentence tells the fight he fell in, by answering it ("returned fire",
    # "beat back the ambush") or pointing back to it ("in the attack"): "Reyes's platoon
    # killed four insurgents in a firefight ... this morning" may be a fight of its own.
    unit = _FALLENS_UNIT.match(text, bounds[0], span.start)
    return unit is not None and (unit.group("name") is None
                                 or unit.group("name") in _ranked_surnames(text)) and (
        _ANSWERED_THE_ATTACK.search(text, bounds[0], bounds[1]) is not None)


# A unit's sentence that answers the attack told before, or points back to it.
_ANSWERED_THE_ATTACK = re.compile(
    r"\b(?:returned\s+fire|return\s+fire|(?:beat|fought|drove|fend(?:ed)?|fight(?:ing)?)\s+off"
    r"|beat\s+back|repel(?:led|ling)?|(?:beat|fought|drove)\s+(?:back\s+)?the\s+(?:ambush"
    r"|attack|attackers)|the\s+(?:ambush|attack|attackers|bomb|blast|explosion))\b",
    re.IGNORECASE)


# A sentence opening on a fallen man's unit: "Carrow's patrol", "His platoon", "Their convoy".
_FALLENS_UNIT = re.compile(
    r"\s*(?:(?P<name>[A-Z][a-z][\w-]*)['’]s|(?:His|Her|Their))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:patrol|unit|squad|platoon|team|company|convoy|section|crew|comrades|fellow\s+\w+)\b")


def _in_the_memorials_attack(span: Span, mourned: Span, text: str,
                             released: dt.date | None) -> bool:
    """Whether a toll placed "in the firefight" points back to the attack a memorial tells:
    the fight the article names is the last one told before the toll. Not when the toll's own
    paragraph, after the memorial's sentence, tells a fight of its own by its day ("A patrol
    came under fire ... this morning. The Marines returned fire, killing two insurgents in the
    firefight": a fresh fight of the release's day), nor by its opening when the memorial's
    sentence names no fight for the article to point back to."""
    bounds = _sentence(span, text)
    if _IN_THE_ATTACK.match(text, span.end) is None and (
            bounds is None
            or _AFTER_THE_ATTACK_FRONTED.match(text, bounds[0], span.start) is None):
        return False
    memorial = _sentence(mourned, text)
    if memorial is None:
        return False
    breaks = [m.end() for m in _BLANK_LINE.finditer(text, 0, span.start)]
    own = text[max(breaks[-1] if breaks else 0, memorial[1]):span.start]
    if find_dates(own, released) or _WEEKDAY.search(own):
        return False
    return (_FIGHT_TOLD.search(own) is None
            or _FIGHT_TOLD.search(text, memorial[0], memorial[1]) is not None)


# A fight told: "came under fire", "insurgents attacked the patrol", "during a firefight".
_FIGHT_TOLD = re.compile(r"\b(?:came\s+under\s+(?:[\w-]+\s+){0,2}fire|engaged|attacked|ambushed"
                         r"|(?:fire)?fights?|ambush|attacks?|engagement|gunfights?|battle)\b",
                         re.IGNORECASE)
# A name right before a toll's verb, its subject: "Dunn killed", "Dunn had killed".
_SUBJECT_NAME = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]*)\s+(?:had\s+)?$")
# A toll placed in the attack by a definite article pointing back to it: "killed several
# insurgents in the firefight, which lasted two hours" (the firefight the fallen died in), or
# right after it: "killed three insurgents after the attack" (its attackers, tracked down),
# "following the bombing"; not another attack named by its own target ("after the attack on
# a checkpoint in Zhari district").
_THE_ATTACK = (r"the\s+(?:firefight|ambush|attack|fight|engagement|gunfight|battle|bombing|blast"
               r"|explosion)\b(?!\s+(?:on|against|at)\s)")
_IN_THE_ATTACK = re.compile(rf"[^.;]{{0,30}}?\b(?:in|during|after|following)\s+{_THE_ATTACK}",
                            re.IGNORECASE)
# ... or fronted, opening the toll's clause: "After the attack, Afghan forces killed two".
_AFTER_THE_ATTACK_FRONTED = re.compile(
    rf"\s*(?:After|Following)\s+{_THE_ATTACK}\s*,[^.;,]{{0,80}}$", re.IGNORECASE)


# Those the attack told is laid on, by a definite article pointing back to it: "the cell
# responsible", "the insurgents responsible for the ambush".
_RESPONSIBLE = re.compile(
    r"\b(?:the|those)\s+(?:[\w-]+\s+)?(?:cell|network|group|insurgents|men|fighters)?\s*"
    r"responsible\b(?!\s+for\s+(?!the\s+(?:attack|ambush|bombing|blast|explosion)\b))",
    re.IGNORECASE)


# A paragraph break, and a paragraph opening on a toll of another operation.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SET_APART_PARAGRAPH = re.compile(r"\s*(?:Elsewhere|In\s+(?:a\s+)?separate|Separately)\b",
                                  re.IGNORECASE)


# The week before the release's own, as its words name it.
_LAST_WEEK = re.compile(r"\b(?:last|the\s+(?:previous|prior))\s+week\b", re.IGNORECASE)


# Where a toll's own clause ends after its words: a comma or semicolon, or a clause of its own
# ("..., where the battalion arrived last week", "the second soldier killed since last week");
# not the commas that set off a district's province, which is still the toll's place ("three
# comrades killed in Sangin district, Helmand province, last week").
_TOLL_CLAUSE_END = re.compile(r"(?<!district)(?<!province),|;"
                              r"|\b(?:where|who|whom|which|since|when|while)\b", re.IGNORECASE)


def _told_last_week(claim: CasualtyClaim, text: str | None, released: dt.date | None) -> bool:
    """Whether a toll's own clause tells it of last week ("to honor two comrades killed during
    a patrol ... last week"): before the release's week, by its own word, though a later
    sentence gives the day ("were killed March 24", six days before). Not "last week" of
    something else in its sentence ("killed ... Sunday in Arghandab district, where the
    battalion arrived last week"), nor a clause that names a day of the week itself ("killed
    Sunday ... last week")."""
    span = claim.evidence[0]
    bounds = _sentence(span, text)
    if bounds is None or text is None:
        return False
    stop = _TOLL_CLAUSE_END.search(text, span.end, bounds[1])
    if stop is not None and stop.group().lower() == "when" and not text[span.end:stop.start()
                                                                          ].strip():
        # ("three comrades killed when their vehicle struck a roadside bomb ... last week":
        # a "when" right after the toll tells how they died, the toll's own clause still)
        stop = _TOLL_CLAUSE_END.search(text, stop.end(), bounds[1])
    clause = text[span.start:stop.start() if stop is not None else bounds[1]]
    told = _LAST_WEEK.search(clause)
    if told is None:
        return False
    return not (_WEEKDAY.search(clause) or any(
        not (m.start < told.end() and told.start() < m.end) and not _before_week(m.range, released)
        for m in find_dates(clause, released)))


def _mourned_by_troops(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll is of those the releasing side's troops gather to mourn ("Polish and U.S.
    soldiers ... gathered today to honour two combat engineers killed by a roadside bomb"): its
    own dead, by whatever trade the release names them (not civilians or the other side)."""
    span = claim.evidence[0]
    if text is None or text[span.start:span.end] != span.text or _OTHER_SIDE.search(span.text):
        return False
    # (a civilian who served with its forces is its own: "Faridoon, a civilian working with
    # ISAF as an interpreter, who was killed")
    if _MOURNED_CIVILIANS.search(span.text) and _OWN_LOSS_NAMED.search(span.text) is None:
        return False
    bounds = _sentence(span, text)
    start = bounds[0] if bounds is not None else max(0, span.start - 200)
    return _TROOPS_MOURN.search(text, start, span.start) is not None


# Troops who gather to mourn, right before whom they mourn (or hold a memorial for them: "held
# a memorial ceremony today for two soldiers killed last week"; by whatever name the troops
# go, "Paratroopers gathered here today to honor", "Afghan and coalition personnel gathered",
# or by their post: "ISAF headquarters staff gathered today to remember").
_TROOPS_MOURN = re.compile(
    r"\b(?:soldiers|troops|(?:para)?troopers|Marines|service\s*members|airmen|sailors|comrades"
    r"|battalion|company|regiment|brigade|headquarters|staff|personnel)\b[^.;]{0,160}?\b(?:honou?r|remember|mourn"
    r"|pay\s+(?:tribute|(?:their\s+)?respects)\s+to|bid\s+farewell\s+to|"
    # (or whatever they hold, "in memory of" them: "held a ceremony today in memory of three
    # comrades killed last week", which ``MEMORIAL_FOR`` reads)
    rf"{MEMORIAL_TO}|{MEMORIAL_FOR})\s+(?:the\s+)?"
    # (named first, the toll set off after his name: "to remember Lance Cpl. Ryan Dunn, a
    # rifleman who was killed last week")
    r"(?-i:(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*,\s+)?"
    rf"{LIST_BEFORE}$",
    re.IGNORECASE)
_MOURNED_CIVILIANS = re.compile(
    r"\b(?:civilians?|children|child|women|villagers?|residents?|famil(?:y|ies)|farmers?|boys?"
    r"|girls?)\b", re.IGNORECASE)


def _own_dead(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll is of the releasing side's own dead (extraction gives each party of a
    toll of both sides its own claim, so a toll names one side). A toll that points back
    ("ambushed two Afghan soldiers, killing both", "... against coalition service members,
    killing one") is of the side named last before it, a force's post ("an Afghan Local Police
    checkpoint") not being its people."""
    quote = claim.evidence[0].text
    if (_BACK_REFERENCE.search(quote) and _OTHER_SIDE.search(quote) is None
            and _OWN_LOSS.search(quote) is None and _ASSAILANTS.search(quote) is None):
        # (the uniform an insider wears names no side: "A man wearing an Afghan Local Police
        # uniform turned his weapon on coalition service members, killing two of them")
        before = _DISGUISE.sub(" ", _before(claim.evidence[0], text))
        # (his fellows are the releasing side's when an insider, or a man the sentence gives
        # no side, shot them: "a recruit opened fire on his colleagues"; after "insurgents
        # who attacked their comrades" the comrades may be anyone's)
        own = [m.end() for m in _FIRED_ON_FELLOWS.finditer(before)
               if _INSIDER.search(before, 0, m.start()) is not None
               or _OTHER_SIDE.search(before, 0, m.start()) is None] + [
               m.end() for m in _OWN_LOSS_NAMED.finditer(before)
               if not _FACILITY_AFTER.match(before, m.end())
               # the side that does the killing is not who "them" are: "Afghan police guards
               # killed two of them"
               and not (_ACTIVE_KILL.match(quote) and _SUBJECT_GAP.fullmatch(before, m.end()))
               and not _RETURNED_FIRE_GAP.fullmatch(before, m.end())]
        other = [m.end() for m in _OTHER_SIDE.finditer(before)]
        # (an insider named in the toll's own sentence may be who "them" are; a headline's
        # "Insider attack" is not)
        bounds = _sentence(claim.evidence[0], text)
        own_sentence = text[bounds[0]:claim.evidence[0].start] if (
            bounds is not None and text is not None) else before
        own_sentence = _DISGUISE.sub(" ", own_sentence[own_sentence.rfind("\n") + 1:])
        own.sort()
        return bool(own) and (not other or own[-1] > other[-1]) and (
            _INSIDER.search(own_sentence) is None or _shot_by_insider(own_sentence))
    if _GUARDS.search(quote) and text is not None:
        # "killing two of his bodyguards": his, the official's guards, are the releasing
        # side's own; a leader's ("a Taliban commander and two of his bodyguards") are not
        bounds = _sentence(claim.evidence[0], text)
        # (the official may be of the toll itself: "killing the district police chief and two
        # of his bodyguards")
        guards = _GUARDS.search(quote)
        lead = text[bounds[0] if bounds else 0:claim.evidence[0].start] + " " + quote[
            :guards.start() if guards is not None else 0]
        official = [m.end() for m in _OFFICIAL.finditer(lead)
                    if _SHADOW.search(lead, max(0, m.start() - 30), m.start()) is None]
        other = [m.end() for m in _OTHER_SIDE.finditer(lead)]
        if official and (not other or official[-1] > other[-1]):
            return True
    if _post_members(claim, text) or _posts_own_people(claim, text) or (
            _works_at_own_post(claim, text)):
        return True
    if _OWN_CONTRACTOR.search(quote) and _OTHER_SIDE.search(quote) is None:
        return True
    if _OF_THEIR_OWN.search(quote) and _OTHER_SIDE.search(quote) is None:
        return True  # "killed six insurgents and lost one of their own"
    if _ranked_victim(claim, text):
        return True
    if _named_own_after(claim, text):
        return True
    if _mourned_by_troops(claim, text):
        return True
    if _insider_named_back(claim, text):
        return False
    return _own_loss(quote) and _OTHER_SIDE.search(quote) is None


# An insider attack told first, "An Afghan policeman opened fire on coalition advisors", then
# its attacker's death by his uniform alone: "The policeman was shot and killed".
_UNIFORM_NOUN = r"(?P<noun>policeman|soldier|officer|guard|commando)"
# The side the insider turned on, as the releases name it.
_COALITION_WORD = r"(?:coalition|ISAF|NATO|U\.S\.|American|British|International|foreign)"
_INSIDER_TOLD = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?" + _UNIFORM_NOUN
    + r"\s+(?:[\w-]+\s+){0,2}?(?:opened\s+fire|turned\s+(?:his|a)\s+(?:weapon|rifle|gun)"
    r"|fired|shot)\s+(?:on|at|against|upon)\s+(?:[\w-]+\s+){0,4}?"
    # (or on his own side: "An Afghan soldier opened fire on his fellow soldiers")
    + r"(?:" + _COALITION_WORD + r"|(?<=his\s)fellow)\b",
    re.IGNORECASE)
_NAMED_BACK = re.compile(r"^\s*(?:(?:killing|killed)\s+)?the\s+" + _UNIFORM_NOUN + r"\b",
                         re.IGNORECASE)


def _insider_named_back(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether a toll names dead, by his uniform and "the", an insider the release told
    attacking the coalition before it (he is the other side's, as "the rogue soldier" is)."""
    span = claim.evidence[0]
    back = _NAMED_BACK.match(span.text)
    if back is None or text is None or text[span.start:span.end] != span.text:
        return False
    noun = back.group("noun").casefold()
    return any(m.group("noun").casefold() == noun
               for m in _INSIDER_TOLD.finditer(text, 0, span.start)) or any(
        _passive_insider_noun(m) == noun
        for m in _INSIDER_TOLD_PASSIVE.finditer(text, 0, span.start)) or any(
        _passive_insider_noun(m) == noun
        for m in _INSIDER_IN_UNIFORM.finditer(text, 0, span.start)) or any(
        _passive_insider_noun(m) == noun
        for m in _INSIDER_MEMBER.finditer(text, 0, span.start)) or any(
        m.group("noun").casefold() == noun for m in _INSIDER_ON_THEM.finditer(text, 0, span.start))


# ... or told firing on "them", the coalition named before him in its sentence: "Two ISAF service
# members were killed when an Afghan policeman opened fire on them ... The policeman was killed".
_INSIDER_ON_THEM = re.compile(
    r"\b" + _COALITION_WORD + r"\s[^.]{0,80}?\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?" + _UNIFORM_NOUN
    + r"\s+(?:[\w-]+\s+){0,2}?(?:opened\s+fire|turned\s+(?:his|a)\s+(?:weapon|rifle|gun)|fired"
    r"|shot)\s+(?:on|at|against|upon)\s+them\b", re.IGNORECASE)


# ... or told as a member of his force: "a member of the Afghan National Army opened fire on
# coalition forces ... The soldier was shot and killed".
_INSIDER_MEMBER = re.compile(
    r"\b(?:an?|one)\s+member\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?P<force>Police|Army)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:opened\s+fire|turned\s+(?:his|a)\s+(?:weapon|rifle|gun)|fired|shot)"
    r"\s+(?:on|at|against|upon)\s+(?:[\w-]+\s+){0,4}?" + _COALITION_WORD + r"\b", re.IGNORECASE)


# ... or told by the uniform he wore, then named by it: "A man wearing an Afghan National Army
# uniform turned his weapon against coalition service members ... The soldier was killed".
_INSIDER_IN_UNIFORM = re.compile(
    r"\b(?:man|individual|person|gunman|attacker|someone)\s+(?:wearing|dressed\s+in|in)\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<force>Army|Police|ANA|ANP|ALP)\s+uniform\b[^.]*?"
    r"(?:opened\s+fire|turned\s+(?:his|a)\s+(?:weapon|rifle|gun)|fired|shot|attacked)\s",
    re.IGNORECASE)


# ... or told in the passive, its victims first: "Two ISAF service members were shot and killed
# by a member of the Afghan Uniformed Police ... The policeman was shot and killed".
_INSIDER_TOLD_PASSIVE = re.compile(
    r"\b" + _COALITION_WORD + r"\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:were|was)\s+(?:shot(?:\s+and\s+killed)?|killed|attacked|wounded)\s+by\s+(?:an?|one)"
    r"\s+(?:(?:[\w-]+\s+){0,3}?" + _UNIFORM_NOUN
    + r"|member\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?P<force>Police|Army))\b", re.IGNORECASE)


def _passive_insider_noun(m: re.Match[str]) -> str:
    """The uniform noun a passive insider attack names its attacker by ("a member of the Afghan
    Uniformed Police": the policeman)."""
    if m.re is _INSIDER_TOLD_PASSIVE and m.group("noun"):
        return m.group("noun").casefold()
    return "policeman" if m.group("force").casefold() in ("police", "anp", "alp") else "soldier"


# A soldier's rank before his name: "Sgt. Luis Marquez", "Lance Cpl. Evan Trujillo", "Hospital
# Corpsman 3rd Class Nathaniel Briggs", "Lt. Col. Mohammad Daud" (and the Commonwealth's ranks:
# "Pte. Aidan Kowalczyk", "Trooper James Hale").
_RANKED_NAME = re.compile(
    r"(?:\b(?:(?:Staff|Gunnery|Master|First|Lance)\s+)?(?:Sgt|Cpl|Pfc|Pvt|Pte|Spc|Lt|Capt|Maj|Col"
    r"|Gen|Cmdr|Brig|Bdr|Gnr|Tpr|Rfn|Spr|Gdsm|MCpl)\.\s+(?:(?:Col|Gen|Maj)\.\s+)?"
    r"|\b(?:Hospital\s+Corpsman|Petty\s+Officer|(?:Staff\s+|Lance\s+)?Sergeant|(?:Lance\s+)?Corporal"
    r"|Lieutenant|Private|Trooper)"
    r"(?:\s+(?:\d\w*|First|Second|Third)\s+Class)?\s+)"
    # (a middle initial too: "Cpl. Daniel R. Whitcomb")
    r"(?:[A-Z][\w'’-]*\s+|[A-Z]\.\s+){0,3}(?P<last>[A-Z][\w'’-]*)")
# ... with an apposition set off after it, where a toll names him by his post.
_RANKED_APPOSED = re.compile(_RANKED_NAME.pattern + r",\s+$")
# A toll told by the remains or death of a ranked man: "the body of Lance Corporal Peter Eustace".
_OF_RANKED = re.compile(r"(?:the\s+)?(?:body|remains|death)\s+of\s+", re.IGNORECASE)
# A name as the subject of a death: "Marquez was killed", "Briggs, 22, of Bend, Ore., was
# killed" (read back from the toll's end).
_NAME_KILLED = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*)(?:,\s*\d{1,3},(?:\s+of\s+[^;.]{2,40}?\.?,)?)?"
    # (or his post: "Whitcomb, a squad leader, was killed")
    r"(?:,\s+(?:an?|the)\s+[^,;.]{1,40},)?"
    # (the last of a list: "Sgt. Dale Whitcomb, Cpl. Ray Moreno and Lance Cpl. Aaron Pike were
    # killed"; or of a list set off after its noun: "The two soldiers, Cpl. Ray Moreno and Pte.
    # Aaron Pike, were killed")
    r",?\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?killed\s*$")


def _ranked_victim(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether the one a toll names dead is a soldier the release gives a rank ("Sgt. Luis
    Marquez ... Marquez was killed"): the releases rank the forces' own, never the other side's
    men, whom they call by "Mullah", "Qari" or a role."""
    span = claim.evidence[0]
    if text is None or text[span.start:span.end] != span.text or _OTHER_SIDE.search(span.text):
        return False
    of = _OF_RANKED.match(span.text)
    if of is not None and _RANKED_NAME.match(span.text, of.end()) is not None:
        return True  # "the body of Lance Corporal Peter Eustace": the rank in the toll itself
    if _RANKED_NAME.match(span.text) is not None:
        return True  # "Spc. Daniel Ruiz, who was killed": the toll opens on the rank
    if _RANKED_APPOSED.search(text, max(0, span.start - 80), span.start) is not None:
        # "Col. Ghulam Rezayee, the provincial police's deputy commander, who was killed": the
        # toll names by his post a man the release has just given a rank
        return True
    if _PRONOUN_DEATH.match(span.text):
        return _ranked_told_last(text, span.start)
    named = _NAME_KILLED.search(text, max(0, span.start - 80), span.end)
    return (named is not None and named.end() == span.end
            and named.group("name") in _ranked_surnames(text))


@functools.lru_cache(maxsize=8)
def _ranked_surnames(text: str) -> frozenset[str]:
    """The surnames of the ranked names a release gives ("Sgt. Luis Marquez": Marquez), read
    once a release: every toll, and every memorial a toll is set against, asks of them."""
    return frozenset(m.group("last") for m in _RANKED_NAME.finditer(text))


# A death told by a pronoun alone: "He died doing what he came here to do", "he was killed".
_PRONOUN_DEATH = re.compile(r"\s*(?:he|she)\s+(?:died|was\s+(?:\w+\s+)?killed)\b",
                            re.IGNORECASE)
# Who speaks is not whom a pronoun points back to: "said Lt. Col. Ray Dunn".
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+(?:[\w.,-]+\s+){0,6}$",
                             re.IGNORECASE)


# ... nor is one who speaks after his name and its apposition: "Lt. Col. Jimmie Cummings, an
# ISAF spokesman, said", "Capt. Leo Brandt told reporters".
_SPEAKER_AFTER = re.compile(r"(?:,[^,]{1,60},)?\s+(?:said|says|told|added|confirmed)\b")
# A man the release names by a title that is not a rank: "Haji Abdul Zahir", "Mullah Omar".
_TITLED_NAME = re.compile(
    r"\b(?:Haji|Hajji|Mullah?|Qari|Maw?lawi|Maulvi|Mufti|Sheikh|Commander|Mr\.|Dr\.)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?P<last>[A-Z][\w'’-]*)")


def _ranked_told_last(text: str, end: int) -> bool:
    """Whether the man a pronoun before ``end`` points back to is one the release gives a rank
    (a memorial's "Lance Cpl. Ray Dunn ... Dunn, 21, ..." then "He died doing his job"): a ranked
    man, not a speaker, named after the last word of the other side and the last man it names
    otherwise ("Haji Abdul Zahir ... Zahir had planned attacks. He died ...") before it."""
    ranked = {m.group("last") for m in _RANKED_NAME.finditer(text, 0, end)
              if _SPEAKER_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None
              and _SPEAKER_AFTER.match(text, m.end()) is None}
    titled = {m.group("last") for m in _TITLED_NAME.finditer(text, 0, end)} - ranked
    names = list(re.finditer(r"\b[A-Z][\w'’-]*", text[:end]))
    told = [m.end() for m in names if m.group() in ranked]
    others = [m.end() for m in names if m.group() in titled]
    other = [m.end() for m in _OTHER_SIDE.finditer(text, 0, end)]
    return bool(told) and (not other or told[-1] > other[-1]) and (
        not others or told[-1] > others[-1])


# Afghan forces and their ministries, who report the other side's dead of an operation.
_ALLIED = re.compile(
    r"\b(?:Afghan\s+(?:National\s+)?(?:Army|Police|Security\s+Forces|Border\s+Police"
    r"|Local\s+Police|forces|soldiers|troops|commandos)|ANA|ANP|ANSF|ABP|ALP|NDS"
    r"|Ministry\s+of\s+(?:the\s+)?(?:Interior|Defen[cs]e)|(?:Interior|Defen[cs]e)\s+Ministry"
    r"|National\s+Directorate\s+of\s+Security)\b", re.IGNORECASE)
# Guards of someone the sentence names before them.
_GUARDS = re.compile(r"\b(?:his|her|their)\s+(?:body\s?guards?|guards?|security\s+detail"
                     r"|escorts?)\b", re.IGNORECASE)
# An official of the Afghan state, whose guards are its forces.
_OFFICIAL = re.compile(
    # (not the other side's "shadow district governor")
    r"\b(?:(?<!shadow\s)(?<!shadow\sdistrict\s)(?<!shadow\sprovincial\s)governors?"
    r"|police\s+chiefs?|chiefs?\s+of\s+police|officials?|ministers?|mayors?"
    r"|parliamentarians?|members?\s+of\s+parliament|senators?|(?<!shadow\s)district\s+chiefs?|judges?"
    r"|prosecutors?)\b", re.IGNORECASE)


# The other side's office: "the Taliban's shadow district governor", "shadow district chief".
_SHADOW = re.compile(r"\bshadow\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# One claim's quote that counts both sides: "A coalition service member and two insurgents".
_CONJUNCT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_TOLL_VERB = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are|is|died)\b.*$", re.DOTALL)


# (nor whom the dead were attacking as they died: "killed several insurgents attacking an
# Afghan Border Police patrol", "insurgents who were firing on an Afghan Army outpost")
_TARGETS_VICTIMS = re.compile(
    r"\b(?:attacks?|ambush(?:es)?|assaults?)\s+(?:on|against)\s+[^,;]*"
    # (up to the next counted conjunct: "Five insurgents firing on the patrol and two Afghan
    # soldiers were killed" tells the soldiers dead too)
    r"|\b(?:attacking|ambushing|assaulting|firing\s+(?:on|at|upon))\s+[^,;]*?"
    r"(?=\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b"
    r"|[,;]|$)", re.IGNORECASE)


def _other_share(claim: CasualtyClaim) -> int | None:
    """The other side's part of one claim that counts both sides ("A coalition service member
    and two insurgents were killed": 2), as a backend that keeps one claim per population
    gives it (the rules backend gives one claim per side); None for a claim of one side."""
    # (whom a target attacked says who he is, not who died: "a Taliban commander responsible
    # for attacks on Afghan Local Police")
    quote = _TARGETS_VICTIMS.sub("", claim.evidence[0].text)
    if not _own_loss(quote) or _OTHER_SIDE.search(quote) is None:
        return None
    share = 0
    for part in _CONJUNCT.split(_TOLL_VERB.sub("", quote)):
        if _OTHER_SIDE.search(part) and not _own_loss(part):
            count = parse_count(part)
            share += _coded(count) if count is not None else 0
    return share


def _history(claim: CasualtyClaim, text: str | None, released: dt.date | None,
             story: dt.date | None = None, looking_back: bool = False) -> bool:
    """A toll the release recalls rather than reports: dated before the week of the release,
    or told of an earlier attack its target is blamed for ("involved in a recent car bomb
    attack that killed one civilian"); ``story``: the first day of the events it reports;
    ``looking_back``: the release looks back on its incident (``_looks_back``)."""
    if (_before_week(claim.date, released, looking_back=looking_back)
            or _day_told_again(claim, released, text)):
        return True
    return (_blamed(claim, text) or _recalled(claim.evidence[0], text)
            or _earlier_deed(claim, text, released, story))


def _story_start(claims: Sequence[CasualtyClaim], released: dt.date | None) -> dt.date | None:
    """The first day, within the release's week, of the tolls of the events it reports."""
    if released is None:
        return None
    days = [window[0] for c in claims if c.event is not None
            and (window := date_window(c.date)) is not None and released - _RECENT <= window[0]]
    return min(days, default=None)


def _earlier_deed(claim: CasualtyClaim, text: str | None, released: dt.date | None,
                  story: dt.date | None = None) -> bool:
    """Whether a toll is the outcome of a deed told in the past perfect, before the story the
    release reports, with a time of its own before that story's first day (``story``; with
    none, before the release's last days): "The cell had placed roadside bombs that killed two
    civilians last week", what its target had done, not what the release's operation did.
    Told with no such time it is no history; nor is a toll of an event the release reports
    ("On Sunday the force had called in a precision air strike that killed three": its own
    operation, told back from the day it ended), nor one set off after the deed ("engaged
    insurgents who had fired on the patrol Monday, killing five"), which is the release's
    operation's, nor one a party had reported ("had reported that 11 civilians died")."""
    window = date_window(claim.date)
    before = (window is not None and window[1] < story if story is not None
              else _before_last_days(claim.date, released))
    return (claim.event is None and (before or _before_week(claim.date, released))
            and _KILLED_FIRST.match(claim.evidence[0].text) is not None
            and _PLUPERFECT_DEED.search(_before(claim.evidence[0], text)) is not None)


def _before_last_days(date: DateRange | None, released: dt.date | None) -> bool:
    """Whether ``date`` ends before the days a release reports (its own and the day before):
    earlier than its story, though maybe within its week."""
    window = date_window(date) if date is not None else None
    return (window is not None and released is not None
            and window[1] < released - dt.timedelta(days=1))


# A deed in the past perfect, the toll told as its outcome in a relative clause off its object
# ("had placed roadside bombs along the highway that killed"), and a toll whose quote opens on
# its verb, the relative clause's own.
_PLUPERFECT_DEED = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?!been\b)\w+(?:ed|en|t)\s+[^.;]{1,100}?"
                              r"\b(?:that|which)\s+$", re.IGNORECASE)
_KILLED_FIRST = re.compile(r"kill(?:ed|s)\b", re.IGNORECASE)


def _day_told_again(claim: CasualtyClaim, released: dt.date | None,
                    text: str | None = None) -> bool:
    """Whether a toll dated by a span that reaches back before the week ("was killed in a
    coalition air strike ... earlier this month") is told again by a day in that span, and that
    day is before the week ("was killed in the strike on May 3"): the toll is that day's, as the
    strike is (``_told_by_an_older_day``). The restatement's day is read in its own clause,
    which the evidence may quote without it ("Zarghun died" of "Zarghun died in the strike on
    Nov. 9, along with two of his bodyguards")."""
    window = date_window(claim.date) if claim.date is not None else None
    if window is None or released is None or window[0] == window[1] or (
            window[0] >= released - _RECENT):
        return False
    return any(window[0] <= day[0] == day[1] <= window[1] and _before_week(m.range, released)
               for span in claim.evidence[1:]
               for m in find_dates(_restated_clause(span, text), released)
               for day in (date_window(m.range),) if day is not None)


def _restated_clause(span: Span, text: str | None) -> str:
    """A toll's later span with the rest of its clause when it names no day of its own (a
    restatement of the dead: "Zarghun died", then "in the strike on Nov. 9"); a span that
    names one (the date the evidence quotes) is read alone."""
    bounds = _sentence(span, text)
    if bounds is None or text is None or find_dates(span.text, None) or _WEEKDAY.search(
            span.text):
        return span.text
    end = _TOLL_CLAUSE_END.search(text, span.end, bounds[1])
    return text[span.start:end.start() if end is not None else bounds[1]]


def _holder_dated(at: int, text: str | None) -> bool:
    """Whether the clause from ``at`` on, that tells an earlier holder's death, gives it a day
    of the release's own (``_WEEKDAY``)."""
    if text is None:
        return False
    # (its own clause: "who took over after its former leader was killed in October, was
    # killed ... yesterday" gives the day to another man's death)
    stop = _SENTENCE_STOP.search(text, at)
    stop_at = stop.start() if stop is not None else len(text)
    end = _TOLL_CLAUSE_END.search(text, at, stop_at)
    return _WEEKDAY.search(text, at, end.start() if end is not None else stop_at) is not None


_SENTENCE_STOP = re.compile(r"[.;]")


def _recalled_before(context: str, start: int, end: int) -> bool:
    """Whether the strike proper at ``context[start:end]`` is one the text before recalls
    (``_RECALLED_BEFORE``); an earlier holder's, only when his death has no day of the
    release's own after it (``_holder_dated``)."""
    found = _RECALLED_BEFORE.search(context, max(0, start - 100), start)
    return found is not None and not (_EARLIER_HOLDER_STRIKE.search(found.group()) is not None
                                      and _holder_dated(end, context))


_EARLIER_HOLDER_STRIKE = re.compile(_EARLIER_HOLDER_HIT, re.IGNORECASE)


def _recalled(span: Span, text: str | None) -> bool:
    """Whether a toll's clause recalls it without a date ("His predecessor was killed in an
    air strike", "killed in an earlier raid")."""
    bounds = _sentence(span, text)
    if _EARLIER_HOLDER_TOLL.search(span.text) is not None:
        # (unless its clause gives his death a day of the release's own: "The network's former
        # commander was killed in a precision air strike yesterday" is news)
        return not _holder_dated(span.end, text)
    if bounds is None or text is None:
        return _RECALLED_TOLL.search(span.text) is not None
    # (its own clause: up to a comma, or to a relative clause that tells its own earlier time,
    # "killed a Taliban leader today who had taken command ... after an earlier air strike
    # killed its previous leader": that toll is the clause's, not the sentence's)
    end = _OWN_CLAUSE_END.search(text, span.end, bounds[1])
    if _RECALLED_TOLL.search(text, span.start, end.start() if end else bounds[1]) is not None:
        return True
    # ... or names the earlier strike as the subject of its killing: "after an earlier air
    # strike killed its previous leader"
    if _RECALLED_SUBJECT.search(text, max(bounds[0], span.start - 80), span.start) is not None:
        return True
    # ... or tells it as what happened months before: "The strike comes two months after a
    # similar strike killed three insurgents"
    if _MONTHS_AFTER.search(text, max(bounds[0], span.start - 80), span.start) is not None:
        return True
    # ... its own clause after "after": "The strike comes a month after coalition aircraft
    # struck insurgents firing mortars on the same post, killing three"
    if _COMES_AFTER_CLAUSE.search(text, bounds[0], span.start) is not None:
        return True
    # ... or dates its killing by a year as it names it: "convicted of the 2011 killing of four
    # aid workers"
    return _RECALLED_KILLING.search(text, max(bounds[0], span.start - 30), span.start) is not None


# Where a toll's own clause ends: a comma or semicolon, or a relative clause that tells a
# killing of its own, with its own victim ("who had taken command ... after an earlier air
# strike killed its previous leader"). Not one that tells the same dead ("whose deaths came in
# a prior air strike", "who had died in an earlier air strike", "who were killed in a previous
# raid"): its time is the toll's.
_OWN_CLAUSE_END = re.compile(
    r"[,;]|\s(?:who|whom|whose|which)\b(?=[^.;]*?\bkill(?:ed|ing|s)?\s+"
    r"(?:his|her|its|their|the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+"
    r"|several|many|dozens)\s+"
    # (a time is no victim: "who were killed the day before")
    r"(?!(?:previous\s+|next\s+|following\s+)?(?:day|night|morning|evening|week|month|year)s?\b))",
    re.IGNORECASE)


_MONTHS_AFTER = re.compile(
    # (a span back from the release's week, ``_SPAN_BEFORE``: "comes six weeks after a
    # coalition air strike in the same valley killed a commander")
    rf"\b{_SPAN_AFTER}\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|operations?|raids?"
    r"|engagements?|bombings?|ambush(?:es)?"
    # ... or the aircraft or force that killed then: "comes two weeks after coalition aircraft
    # killed his deputy"
    r"|aircraft|jets?|drones?|forces|troops)(?:\s+(?:in|on|near|at)\s+[^,.;]{1,40}?)?"
    r"\s+(?:that\s+|which\s+)?$", re.IGNORECASE)


_COMES_AFTER_CLAUSE = re.compile(
    r"\b(?:comes?|came)\s+(?:just\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+)?"
    rf"{_SPAN_BEFORE}\s+after\s+[^.;]*$",
    re.IGNORECASE)


_RECALLED_KILLING = re.compile(r"\b(?:an?|the)\s+(?:earlier|prior|previous|(?:19|20)\d\d)\s+$",
                               re.IGNORECASE)


def _refuted_figure_again(claim: CasualtyClaim, claims: Sequence[CasualtyClaim],
                          text: str | None) -> bool:
    """Whether a toll repeats a figure the release rejected before it as another party's
    claim: "ISAF rejects a claim ... that a coalition air strike killed 12 civilians" then "A
    district official ... repeated the figure of 12 dead" is the rejected figure told again,
    not dead the release reports (the same figure of the same people, or of people it names no
    side of). A figure a correction takes back ("incorrectly stated that an air strike killed
    four insurgents") is no rejected claim: the dead it tells again are the release's."""
    low, high = claim.count.min, claim.count.max
    return bool(low) and claim.stance != "denied" and text is not None and any(
        d.stance == "denied" and d.outcome == claim.outcome
        and (d.count.min, d.count.max) == (low, high)
        and (d.population == claim.population or "unknown" in (d.population, claim.population))
        and d.evidence[0].start < claim.evidence[0].start
        and _REJECTED_CLAIM.search(_before(d.evidence[0], text)) is not None for d in claims)


def _denied_by_release(claim: CasualtyClaim, claims: Sequence[CasualtyClaim],
                       text: str | None = None) -> bool:
    """Whether another party's toll is one the release denies in its own voice: a denial of the
    same outcome, of the same population (or one unknown), of the same strike when both name
    one ("Insurgents claimed 20 civilians were killed; ISAF found no evidence of civilian
    casualties"), and of the same side ("No Afghan Local Police members were killed", "No Afghan
    or coalition forces were killed" deny no toll of the attackers)."""
    # (a denial of a figure, "Taliban claims that they killed 40 policemen are false", denies
    # that figure, not every toll of the population)
    # (the release's own word of deaths with no number, "reviewed reports that an air strike
    # killed civilians", is answered by its denial too: "no evidence of civilian casualties")
    return (claim.claimant is not None or _uncounted(claim.count)) and any(
        d is not claim and d.stance == "denied" and d.claimant is None
        and d.outcome == claim.outcome
        and not (d.count.min or d.count.max)
        and (d.population == claim.population or (
            claim.claimant is not None and "unknown" in (d.population, claim.population)
            and _RELEASING_FORCE.search(claim.claimant) is None))
        and (d.event is None or claim.event is None or d.event == claim.event)
        and _own_dead(d, text) == _own_dead(claim, text)
        and not _own_side_denied(d, text)
        # ("The patrol suffered no casualties" denies the patrol's dead, not a party's figure
        # of the civilians the release tells dead without a number: "Afghan officials have
        # said that four civilians were also killed"; a party's toll with no figure, "killing
        # members of a family", gives the convention no number to count past it)
        and not (_OWN_UNIT_UNHURT.match(_before(d.evidence[0], text)) is not None
                 and claim.claimant is not None and not _uncounted(claim.count))
        for d in claims)


# A toll's teller who is the releasing side's own force ("according to Task Force Bastogne",
# "coalition officials said"): its toll of people named by no side is its engagement's, not
# the party's account a denial of civilian harm answers ("found no indication that civilians
# were harmed" after "killing several of them, according to Task Force Bastogne").
_RELEASING_FORCE = re.compile(
    r"\b(?:Task\s+Force|ISAF|coalition|NATO|Regional\s+Command|Joint\s+Command|IJC"
    r"|International\s+Security\s+Assistance\s+Force|battalion|brigade|regiment|Marines?)\b",
    re.IGNORECASE)


# The releasing side's forces as a denial names them: "No Afghan or coalition forces",
# "no ISAF service members", "no friendly forces".
_OWN_FORCE = r"forces?|troops|soldiers|service\s*members|personnel|police(?:men)?"
_OWN_SIDE = re.compile(
    r"\b(?:Afghan|coalition|ISAF|NATO|U\.S\.|partnered|friendly|security|ANA|ANP|ANSF)\s+"
    r"(?:(?:or|and)\s+(?:Afghan|coalition|ISAF|NATO|U\.S\.|partnered)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_OWN_FORCE})\b",
    re.IGNORECASE)


# ... or by a force's name alone, which the releases give no one of the other side: "No police
# were killed in the ambush", "No ANP were killed", "No guards were hurt" (their own; a party's
# "two more insurgents died of their wounds" beside it is no toll it denies).
_FORCE_ALONE = rf"{_OWN_FORCE}|ANA|ANP|ANSF|guards|defenders|Marines"
_BARE_FORCE = re.compile(rf"\W*No\s+(?:{_FORCE_ALONE})\b", re.IGNORECASE)


# ... or named after the denial's words: "There were no casualties among the Afghan or
# coalition forces", "no casualties to ISAF troops".
_AMONG_OWN_SIDE = re.compile(r"\s+(?:among|to|for)\s+(?:the\s+)?" + _OWN_SIDE.pattern,
                             re.IGNORECASE)


# A denial whose subject is the releasing side's own unit: "The patrol suffered no casualties",
# "the security force sustained no casualties" (or the men of its post: "The checkpoint's
# police suffered no casualties").
_OWN_UNIT_UNHURT = re.compile(
    r"^\s*(?:(?:the|our)\s+(?:[\w'’-]+\s+){0,2}?(?:patrol|force|unit|convoy|platoon|squad"
    rf"|company|outpost|team|{_FORCE_ALONE})"
    # (... or the force named alone: "Police suffered no casualties")
    rf"|(?:{_FORCE_ALONE}))\s+"
    r"(?:suffered|sustained|took|had|reported)\s*$", re.IGNORECASE)


def _own_side_denied(denial: CasualtyClaim, text: str | None) -> bool:
    """Whether a denial is of the releasing side's own dead, and of no one else's."""
    quote = denial.evidence[0].text
    if text is not None and denial.evidence[0].end <= len(text):
        after = _AMONG_OWN_SIDE.match(text, denial.evidence[0].end)
        if after is not None:
            quote = quote + after.group(0)
    return ((_OWN_SIDE.search(quote) is not None or _BARE_FORCE.match(quote) is not None
             or _own_dead(denial, text))
            and _OTHER_SIDE.search(quote) is None
            and re.search(r"\bcivilian", quote, re.IGNORECASE) is None)


def _running(claim: CasualtyClaim, claims: Sequence[CasualtyClaim], text: str | None) -> bool:
    """Whether a toll is a running total ("has killed 45 insurgents this year"), read in its
    part of the sentence: up to the tolls of its outcome before and after it in the same
    sentence ("killed two insurgents yesterday, bringing to 30 the number killed since the
    operation began"; but "have killed 45 insurgents and detained 120 since October" is one
    running total of both)."""
    span = claim.evidence[0]
    bounds = _sentence(span, text)
    if bounds is None or text is None:
        return told_over_period(span.text)
    if _fronted_period(claim, claims, text, bounds[0]):
        return True
    start, end = bounds
    for other in claims:
        o = other.evidence[0]
        if other is claim or other.outcome != claim.outcome or not start <= o.start < end:
            continue
        if _one_verb(claim, other):
            continue  # the objects of one killing: "killed dozens of insurgents and several"
        if o.end <= span.start:
            start = max(start, o.end)
        elif o.start >= span.end:
            end = min(end, o.start)
    # (nor a clause after the toll that says who one of its dead was, to the sentence's end:
    # "found six dead insurgents, among them a commander who has led attacks since the spring")
    person = WHO_TO_THE_END.search(text, span.end, end)
    if person is not None:
        end = person.start()
    return told_over_period(text, start, end) or _period_told_before(text, start, end, bounds[0])


def _fronted_period(claim: CasualtyClaim, claims: Sequence[CasualtyClaim], text: str,
                    sentence: int) -> bool:
    """Whether a running total's period is told before the sentence's first toll ("Since the
    beginning of the year, forces have killed or captured 30 leaders ..., and killed 45
    insurgents", "forces have, since the beginning of the year, killed ...", with or without a
    comma): placed before them, it dates every toll of the sentence after it, not only the
    first's; but not past a semicolon, which opens a clause of its own, nor past a day of the
    release's ("..., and yesterday the patrol killed six insurgents": that day's toll)."""
    span = claim.evidence[0]
    # (a lede's sentence opens on its dateline: "KABUL, Afghanistan (July 14) - Since ...")
    dateline = _DATELINE_LEAD.search(text, sentence, span.start)
    start = dateline.end() if dateline is not None else sentence
    first = min((o.evidence[0].start for o in claims
                 if start <= o.evidence[0].start <= span.start), default=span.start)
    return (";" not in text[start:span.start] and _WEEKDAY.search(text, start, span.start) is None
            and told_over_period(text, start, first))


# A toll dated by the period a sentence before it told: "in the same period", "over that period".
_THAT_PERIOD = re.compile(r"\b(?:in|during|over|throughout)\s+(?:the\s+same|that)\s+"
                          r"(?:period|span|stretch|months|weeks)\b", re.IGNORECASE)


def _period_told_before(text: str, start: int, end: int, sentence: int) -> bool:
    """Whether the part ``text[start:end]`` of a sentence opening at ``sentence`` points back to
    the running total's period of the sentence before ("Since the spring, forces have killed or
    captured 50 leaders. Roadside bombs killed dozens of civilians in the same period")."""
    if _THAT_PERIOD.search(text, start, end) is None:
        return False
    # the sentence before ends at the last word before this one: across a blank line the
    # character before ``sentence`` is the paragraph break, and its bounds this sentence's
    prev = len(text[:sentence].rstrip())
    if prev == 0:
        return False
    return told_over_period(text, *sentence_bounds(text, prev - 1, prev - 1))


def _one_verb(claim: CasualtyClaim, other: CasualtyClaim) -> bool:
    """Whether two tolls are the objects of one verb, its span quoted by both just before
    their people ("fighting killed | dozens of insurgents and several civilians")."""
    first = min(claim.evidence[0].start, other.evidence[0].start)
    verbs = {(e.start, e.end) for e in claim.evidence[1:] if first - 40 <= e.start < e.end <= first}
    return any((e.start, e.end) in verbs for e in other.evidence[1:])


def _blamed(claim: CasualtyClaim, text: str | None) -> bool:
    """Whether the toll's clause blames its target for it; a set-off clause before the toll
    ("During the operation, which targeted a leader responsible for IED attacks, the force
    killed three insurgents") says who the target is, not what the toll is of."""
    before = _MONTH_DOT.sub(r"\1", _SET_OFF_CLAUSE.sub(",", _before(claim.evidence[0], text)))
    if _HELD_IN_CONNECTION.search(before) is not None:
        return True
    if _BLAMED_FOR.search(before) is not None or _WANTED_FOR_ATTACK.search(before) is not None:
        return True
    return (
        (_ORDERED_BY_TARGET.search(before) is not None or _WANTED_FOR.search(before) is not None)
        and _KILLING_NOUN.match(claim.evidence[0].text) is not None)


# A month's abbreviation, whose full stop ends no clause: "responsible for the Oct. 8 bombing
# that killed the governor of Takhar province" is blamed as "the October 8 bombing" is.
_MONTH_DOT = re.compile(r"(?<!\()\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d)")
# Whom a force holds for an attack, its toll told in the attack's own clause: "detained two
# suspects today in connection with yesterday's roadside bomb attack that killed three
# policemen" (not past a comma: "in connection with the ambush, and killed two who fired").
_HELD_IN_CONNECTION = re.compile(
    r"\bin\s+connection\s+with\s+(?:[\w.’'-]+\s+){0,3}?(?:attacks?|bombings?|ambush(?:es)?"
    r"|assaults?|killings?|murders?|assassinations?)\b[^.;,]{0,80}$", re.IGNORECASE)


# A killing a man is wanted or held for, its toll told as the noun: "a search for a man wanted
# for the killing of a local elder", "detained two men for the murder of a teacher" (not one
# wanted for questioning, who may die in the raid).
_WANTED = (r"\b(?:wanted|sought|hunted|charged|convicted|sentenced|arrested|detained|jailed)"
           r"\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?(?:for|over)\s+")
_WANTED_FOR = re.compile(_WANTED + r"(?:(?:the|a|an|his|their)\s+)?$", re.IGNORECASE)
# ... or told as the attack it was of: "wanted for the March bombing that killed two police"
_WANTED_FOR_ATTACK = re.compile(
    _WANTED + r"(?:[\w.’'-]+\s+){0,4}?(?:attacks?|bombings?|ambush(?:es)?|assaults?"
    r"|assassinations?)\b[^.;,]{0,80}$", re.IGNORECASE)
# A killing the target had done, its toll told as the noun he ordered: "is believed to have
# ordered the murder of a tribal elder" (not an order someone gave after a toll: "ISAF ordered
# a review after the strike killed two civilians").
_ORDERED_BY_TARGET = re.compile(
    r"\b(?:ordered|directed|arranged|planned|organi[sz]ed)\s+(?:the\s+)?"
    # (the killing one of the deeds he ordered, their nouns joined before its "of": "ordered the
    # kidnapping and killing of a local elder", "the kidnapping and subsequent killing of")
    r"(?:(?:[\w-]+,?\s+){1,3}?(?:and|or)\s+(?:the\s+|then\s+|later\s+|subsequent\s+"
    r"|eventual\s+)?)?$", re.IGNORECASE)
_KILLING_NOUN = re.compile(r"(?:murders?|killings?|assassinations?|executions?|beheadings?)\s+of\b",
                           re.IGNORECASE)


def _before(span: Span, text: str | None) -> str:
    """The sentence around ``span`` up to the span's start (empty without the article)."""
    context = _context(span, text)
    at = context.find(span.text)
    return context[:at] if at > 0 else ""


def _is_isaf_airstrike(event: StrikeEvent, text: str | None, released: dt.date | None,
                       update: bool = False, looking_back: bool = False) -> bool:
    if event.kind not in AIR_KINDS and not (event.kind == "unknown_strike"
                                            and _own_strike(event, text)):
        return False
    if _before_week(event.date, released, looking_back=looking_back):
        return False  # history the release recalls ("killed in an air strike last month")
    # (in an operational update's row, the lede's roundup is not the row's: "including several
    # killed in a precision air strike in Kunar province" names no strike of its paragraph,
    # though the extraction joins the lede to the paragraph's engagement)
    spans = [span for span in event.evidence
             if not (update and _summary([span], text, True))] or event.evidence
    contexts = [_context(span, text) for span in spans]
    if len(spans) < len(event.evidence) and _row_struck_from_ground(contexts):
        return False  # the row's strike is from the air only by the lede's summary
    none_made = text is not None and _NO_STRIKE_MADE.search(text) is not None
    # each mention of a strike proper: one the release recalls ("an earlier air strike") is
    # not its own (one it calls false is no event: the extraction leaves it out)
    told = [not _recalled_before(c, m.start(), m.end())
            and not _called_false(c, m.start(), m.end(), none_made)
            and not _withdrawn_after(c, m.start(), text)
            and not _helicopter_missile(c, m.start(), m.end())
            and not _crew_missile(c, m.start(), m.end(), contexts)
            and not _team_missile(c, m.start(), m.end(), contexts)
            and not _ground_precision_strike(c, m.start(), m.end())
            and not _ground_strike_told_back(c, m.start(), m.end(), contexts, text)
            and not _ground_strike_told_later(c, m.start(), m.end(), contexts, text)
            for c in contexts for m in _STRIKE_PROPER.finditer(c)]
    taken_up = _taken_up_after_false(contexts)
    if told and not any(told) and not taken_up:
        return False
    support = any(_SUPPORT_FIRE.search(c) for c in contexts)
    return not support or any(told) or taken_up


def _row_struck_from_ground(contexts: Sequence[str]) -> bool:
    """Whether an update's row, its lede's summary left out, tells its strike made with a ground
    weapon (``_ground_means_told``: "used a guided rocket to strike two insurgents", "The strike
    was carried out with a Guided Multiple Launch Rocket System") and names no aircraft: the
    lede's "conducted an air strike ... in the last 24 hours" sums the update's strikes, and the
    row's own kind is what its sentences tell. A row that names no means keeps the own side's
    strike ("a coalition force conducted a strike on two insurgents") as the releases count it."""
    return (any(_ground_means_told(c) for c in contexts)
            and not any(_AIRCRAFT_NAMED.search(c) for c in contexts))


def _taken_up_after_false(contexts: Sequence[str]) -> bool:
    """Whether a strike proper named in a report the release calls false is taken up as "The
    strike" with its result ("The claim that a coalition air strike killed woodcutters ... is
    not true. The strike, on Sunday, killed three insurgents"): the toll was false, the strike
    the release tells."""
    return (any(_TAKEN_UP.match(c) for c in contexts)
            and any(_called_false(c, m.start(), m.end())
                    for c in contexts for m in _STRIKE_PROPER.finditer(c)))


_TAKEN_UP = re.compile(r"\s*(?:The|That|This)\s+(?:air\s*)?strike\b(?!\s+(?:was|is)\s+"
                       r"(?:not|never)\b)[^.;]*?\b(?:killed|killing|destroyed)\b", re.IGNORECASE)


def _helicopter_missile(context: str, start: int, end: int) -> bool:
    """Whether the strike proper at ``start:end`` of ``context`` is a missile a helicopter
    fires (module ``_HELICOPTER_BEFORE``)."""
    return (_MISSILE.fullmatch(context, start, end) is not None
            and _HELICOPTER_BEFORE.search(context, max(0, start - 160), start) is not None)


def _ground_precision_strike(context: str, start: int, end: int) -> bool:
    """Whether the strike proper at ``start:end`` is a "precision strike" a ground weapon made
    ("carried out a precision strike with a High Mobility Artillery Rocket System", "a GMLRS
    precision strike", "Afghan howitzers carried out a precision strike"): rockets and guns
    fired from the ground, no strike from the air."""
    return (_PRECISION_STRIKE.fullmatch(context, start, end) is not None
            and (_GROUND_WEAPON_AFTER.match(context, end) is not None
                 or _GROUND_WEAPON_BEFORE.search(context, max(0, start - 60), start) is not None
                 or _GROUND_WEAPON_USED.search(context, max(0, start - 160), start) is not None
                 or _ground_weapon_made(context, start)))


def _ground_weapon_made(context: str, start: int) -> bool:
    """Whether a ground weapon earlier in the clause of the strike at ``start`` made it
    (``_GROUND_WEAPON_MADE``): its own side's, with no aircraft named before it in the clause
    ("An aircraft supporting Afghan artillery conducted a precision strike" is the aircraft's;
    "After insurgent mortars fired ..." the other side's)."""
    clause = max(context.rfind(".", 0, start), context.rfind(";", 0, start)) + 1
    at = max(clause, start - 160)
    while (made := _GROUND_WEAPON_MADE.search(context, at, start)) is not None:
        owner = max(context.rfind(",", 0, made.start()), clause - 1) + 1
        if _AIRCRAFT_NAMED.search(context, clause, made.start()) is not None:
            return False  # the aircraft is the subject the weapon's clause goes on from
        if (_THEIR_WEAPON.search(made.group("weapon")) is None
                and _OTHER_SIDE.search(context, owner, made.start()) is None):
            return True
        at = made.end("weapon")
    return False


def _ground_strike_told_back(context: str, start: int, end: int, contexts: Sequence[str],
                             text: str | None) -> bool:
    """Whether the strike proper at ``start:end`` is "the precision strike" a sentence before
    told was a ground weapon's ("used a High Mobility Artillery Rocket System yesterday to
    strike an insurgent mortar team ... the forces called for the precision strike"), no
    aircraft named anywhere in the release."""
    return (_PRECISION_STRIKE.fullmatch(context, start, end) is not None
            and _THE_BEFORE.search(context, max(0, start - 8), start) is not None
            and any(_GROUND_MEANS.search(c) for c in contexts)
            and not any(_air_means(c) for c in (contexts if text is None else [text])))


def _ground_strike_told_later(context: str, start: int, end: int, contexts: Sequence[str],
                              text: str | None) -> bool:
    """Whether the strike proper at ``start:end`` is a "precision strike" another sentence of
    the same strike tells again with a ground weapon as its means: a "precision strike" made
    with one ("destroyed a bomb-making facility today with a precision strike", then "the
    Marines conducted a precision strike with a High Mobility Artillery Rocket System"), or the
    strike taken up with a verb of use ("The strike was carried out with a High Mobility
    Artillery Rocket System", "Marines used a HIMARS for the strike"); the lede tells the
    strike, the detail how it was made, and none of the strike's sentences names an aircraft.
    The detail must tell the same strike (``_tells_same_strike``), not another operation's
    made with a ground weapon."""
    return (_PRECISION_STRIKE.fullmatch(context, start, end) is not None
            and not any(_air_means(c) for c in contexts)
            and any((_ground_precision_strike(c, m.start(), m.end()) or _ground_means_told(c))
                    and _tells_same_strike(context, c, m.start(), text)
                    for c in contexts if c != context
                    for m in _STRIKE_NAMED_AGAIN.finditer(c)))


def _ground_means_told(context: str) -> bool:
    """Whether ``context`` names a ground weapon as what its subject used (``_GROUND_MEANS``:
    "was carried out with", "used"), not the other side's weapon ("fire from insurgent mortars",
    "insurgents who fired mortars at the base")."""
    for m in _GROUND_MEANS.finditer(context):
        clause = max(context.rfind(",", 0, m.start()), context.rfind(";", 0, m.start())) + 1
        if (_THEIR_WEAPON.search(m.group(0)) is None
                and _OTHER_SIDE.search(context, clause, m.start()) is None):
            return True
    return False


# The strike named again: a precision strike, or a strike taken up again ("the strike").
_STRIKE_NAMED_AGAIN = re.compile(r"(?:precision[\s-]+)?strikes?\b", re.IGNORECASE)
# A weapon told as the other side's ("with insurgent mortars"), as ``_GROUND_FIRE`` refuses it.
_THEIR_WEAPON = re.compile(r"\b(?:insurgents?|enemy|Taliban)\b", re.IGNORECASE)


def _tells_same_strike(context: str, other: str, at: int, text: str | None) -> bool:
    """Whether the sentence ``other``, whose strike named again ("the precision strike", "The
    strike was carried out with ...") starts at ``at``, tells the strike of ``context`` again:
    it points back to it ("the precision strike"), or is told in the same
    paragraph or the next, and neither sets itself apart as another operation ("In a separate
    operation in Musa Qal'ah district, Marines conducted a precision strike", "Earlier in the
    week") nor opens its paragraph on a place ``context`` does not name."""
    opening = _paragraph_opening(other, text)
    if _SEPARATE_OPENING.match(opening) or _SEPARATE_OPENING.match(other):
        return False
    place = _PLACE_OPENING.match(opening)
    if place is not None and place.group("place").lower() not in context.lower():
        return False
    if _THE_BEFORE.search(other, max(0, at - 8), at) is not None:
        return True
    if text is None:
        return False
    here, there = text.find(context), text.find(other)
    if here < 0 or there < 0:
        return False
    first, second = sorted(((here, here + len(context)), (there, there + len(other))))
    lines = text[first[1]:second[0]].split("\n")
    # (each line is a paragraph, as the extraction's layout reads them)
    return all(not line.strip() for line in lines[1:-1])


def _paragraph_opening(sentence: str, text: str | None) -> str:
    """The paragraph ``sentence`` is told in, from its start (the sentence itself without the
    article)."""
    at = -1 if text is None else text.find(sentence)
    if text is None or at < 0:
        return sentence
    return text[_paragraph_start(text, at):at + len(sentence)].lstrip()


# A sentence or paragraph that tells another operation than the one before: "In a separate
# operation", "Separately,", "Elsewhere,", "Earlier in the week", "In another raid".
_SEPARATE_OPENING = re.compile(
    r"\s*(?:(?:In|During)\s+(?:a\s+separate|another|a\s+second)\b|Separately\b|Elsewhere\b"
    r"|(?:Earlier|Later)\s+(?:in\s+the\s+week|this\s+week|last\s+week)\b)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
# (a bomb joined to what it makes, "a bomb-making facility", "a bomb-maker", is the insurgents'
# work, not an aircraft's load)
_AIRCRAFT_WORDS = (rf"{_FIXED_WING_WORD}|air[\s-]?(?:strikes?|craft|support|assets?)"
                   r"|aerial|helicopters?|aviation")
_AIR_MEANS = re.compile(rf"\b(?:{_AIRCRAFT_WORDS}|bombs?(?!-))\b", re.IGNORECASE)
# A bomb the insurgents set or handle on the ground, told before it: the object of the target's
# verb of laying or handling ("seen burying a bomb in the road", "planting bombs", "placing a
# remote-controlled bomb", "digging in a roadside bomb"), or a bomb named by how it is set off
# ("a roadside bomb", "a truck bomb"); the strike's target, whatever struck them.
_THEIR_BOMB_BEFORE = re.compile(
    r"(?:\b(?:(?:plant|plac|emplac|bur|bury|lay|digg|rigg|build|prepar|load|carry|mov|hid|sett"
    r"|assembl|transport)ing|planted|placed|emplaced|buried|laid|rigged|hidden|concealed)"
    r"(?:\s+in)?\s+(?:[\w-]+\s+){0,3}?"
    r"|\b(?:roadside|improvised|car|truck|vehicle|motorcycle|suicide|homemade|makeshift"
    r"|pressure[\s-]plate|remote[\s-]controlled|magnetic|sticky)\s+)$", re.IGNORECASE)


def _air_means(context: str) -> bool:
    """Whether ``context`` names an aircraft or a bomb (``_AIR_MEANS``) as the strike's means,
    not a bomb of the target's own (``_THEIR_BOMB_BEFORE``)."""
    return any(not m.group(0).lower().startswith("bomb")
               or _THEIR_BOMB_BEFORE.search(context, max(0, m.start() - 60), m.start()) is None
               for m in _AIR_MEANS.finditer(context))
# (aircraft alone: a row's "planting a roadside bomb" is the other side's)
_AIRCRAFT_NAMED = re.compile(rf"\b(?:{_AIRCRAFT_WORDS})\b", re.IGNORECASE)


_PRECISION_STRIKE = re.compile(r"precision[\s-]+strikes?", re.IGNORECASE)
_GROUND_WEAPON = (r"(?:HIMARS|GMLRS|M142|M777|(?:guided\s+)?multiple[\s-]+launch\s+rocket"
                  # (named in full: "a High Mobility Artillery Rocket System precision strike")
                  r"|(?:[\w-]+\s+){0,2}?artillery(?:\s+rocket\s+systems?)?|howitzers?|mortars?"
                  # guided rockets, a rocket system's named by what it fires: "a precision
                  # strike carried out with guided rockets fired from a coalition base"
                  r"|guided\s+rockets?)")
# (not the other side's weapon the strike answered: "a precision strike on fire from insurgent
# mortars")
_GROUND_WEAPON_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:with|by|from|using)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:insurgents?|enemy|Taliban)\b)[\w-]+\s+){0,2}?" + _GROUND_WEAPON + r"\b",
    re.IGNORECASE)
# A ground weapon told as what the force struck with: "used a High Mobility Artillery Rocket
# System to strike", "fired GMLRS rockets at".
_GROUND_MEANS = re.compile(
    r"\b(?:used|using|with|fired|firing|launched)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _GROUND_WEAPON + r"\b", re.IGNORECASE)
_GROUND_WEAPON_BEFORE = re.compile(r"\b" + _GROUND_WEAPON + r"\s+(?:\([A-Z]+\)\s+)?$",
                                   re.IGNORECASE)
# ... or the weapon a force used to make it: "used a High Mobility Artillery Rocket System to
# conduct a precision strike" (not an aircraft so used, whatever it struck).
_GROUND_WEAPON_USED = re.compile(
    r"\b(?:used|using|uses|employed|employing)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _GROUND_WEAPON + r"\b[^.;]{0,40}?\bto\s+(?:conduct|carry\s+out"
    r"|make|deliver|execute)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# ... or the ground weapon the subject that made it, told earlier in the strike's clause with no
# aircraft after it: "Afghan D-30 howitzers carried out a precision strike", "an Afghan
# artillery battery conducted two precision strikes", "howitzers, firing from a nearby base,
# carried out ..." (guns and rockets that strike are fired from the ground, as when a force used
# them; not an aircraft's strike the weapon supported, nor fire the strike answered: "under
# mortar fire").
_GROUND_WEAPON_MADE = re.compile(
    r"\b(?P<weapon>" + _GROUND_WEAPON + r")\b(?!\s+(?:fire|attacks?)\b)"
    rf"(?![^.;]*?\b(?:{_AIRCRAFT_WORDS})\b)[^.;]{{0,120}}$", re.IGNORECASE)


def _crew_missile(context: str, start: int, end: int, contexts: Sequence[str]) -> bool:
    """Whether the strike proper at ``start:end`` is a missile fired by a crew ("the crew
    engaged them with a Hellfire missile") that the strike's other sentences tell is a
    helicopter's ("A coalition helicopter crew killed two insurgents"), no other aircraft's."""
    return (_MISSILE.fullmatch(context, start, end) is not None
            and _CREW_BEFORE.search(context, max(0, start - 200), start) is not None
            and any(_HELICOPTER.search(c) for c in contexts)
            and not any(_FIXED_WING.search(c) for c in contexts))


def _team_missile(context: str, start: int, end: int, contexts: Sequence[str]) -> bool:
    """Whether the strike proper at ``start:end`` is a missile told with no firer in its own
    sentence ("The third was killed by a Hellfire missile as he fled") of a strike whose other
    sentences name only helicopters or an air weapons team ("A coalition air weapons team killed
    three insurgents ... killed by the helicopters' machine guns"), no other aircraft."""
    return (_MISSILE.fullmatch(context, start, end) is not None
            and not _FIXED_WING.search(context)
            and any(_HELICOPTER.search(c) or _AIR_WEAPONS_TEAM.search(c) for c in contexts)
            and not any(_FIXED_WING.search(c) for c in contexts))


_AIR_WEAPONS_TEAM = re.compile(r"\b(?:air|aerial|scout)[\s-]+weapons?[\s-]+teams?\b|\b[AS]WTs?\b",
                               re.IGNORECASE)


# A firer told by its crew, and the aircraft a crew may be of (the crew's clause may first tell
# what it checked: "The crew confirmed with the patrol's commander that no Afghan or coalition
# forces were working in the area, then engaged the men with a Hellfire missile").
_CREW_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:air\s*)?crews?\b[^.;]{0,170}$",
                          re.IGNORECASE)
_HELICOPTER = re.compile(r"\b(?:helicopters?|gunships?|Apaches?|Kiowas?|AH-\d+\w*|OH-58\w*)\b",
                         re.IGNORECASE)
_FIXED_WING = re.compile(rf"\b{_FIXED_WING_WORD}\b", re.IGNORECASE)


def _told_by_an_older_day(event: StrikeEvent, events: list[StrikeEvent],
                          released: dt.date | None, claims: Sequence[CasualtyClaim] = (),
                          text: str | None = None) -> bool:
    """Whether a strike dated only by a span that reaches back before the week ("killed in a
    coalition air strike earlier this month") is told again by its day, and that day is before
    the week ("was killed Dec. 6 when aircraft struck his vehicle"): the same strike, recalled.
    So is one whose toll is told again so ("died in the strike on Nov. 9": ``_day_told_again``),
    the toll's day being the strike's."""
    window = date_window(event.date) if event.date is not None else None
    if window is None or released is None or window[0] == window[1]:
        return False
    if any(c.event == event.id and _day_told_again(c, released, text) for c in claims):
        return True
    for other in events:
        if other is event or other.kind not in AIR_KINDS or other.date is None:
            continue
        day = date_window(other.date)
        if (day is not None and day[0] == day[1] and window[0] <= day[0] <= window[1]
                and _before_week(other.date, released)):
            return True
    return False


# ... or rejected before it: "ISAF today rejected claims by local officials in Kunar province
# that a coalition air strike killed civilians" (and a headline's "ISAF Rejects Claim of Air
# Strike in Watapur").
_REJECTED_CLAIM = re.compile(
    r"\b(?:reject(?:s|ed)?|den(?:y|ies|ied)|refut(?:es|ed)|dismiss(?:es|ed)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:claims?"
    r"|reports?|allegations?"
    # ... or a statement that claims it: "refuted a Taliban statement claiming that a
    # coalition air strike killed 12 civilians"
    r"|statements?)\s+(?:[\w-]+\s+){0,8}?(?:that|of)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE)
# ... or only reported, a clause between the reports and what they say: "has reviewed reports,
# carried by several Afghan news agencies, that a coalition air strike killed six civilians"
# (where the release says its side made no air strike, the strike they tell is none).
_REPORTS_SET_OFF = re.compile(
    r"\b(?:reports?|claims?|allegations?)\s*,[^,.;]{1,80},\s*(?:that|of)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE)


# The release's own word that its side made no air strike: "ISAF conducted no air strike in
# Watapur on Wednesday" (after which a claim of one it rejects is of a strike never made, not of
# the toll of one it made: "rejects reports that a coalition air strike killed civilians ...
# An ISAF aircraft engaged six armed insurgents").
_NO_STRIKE_MADE = re.compile(
    r"\b(?:conducted|carried\s+out|made)\s+no\s+(?:coalition\s+|ISAF\s+)?air\s*strikes?\b"
    r"|\bno\s+(?:coalition\s+|ISAF\s+)?air\s*strikes?\s+(?:was|were|took)\b"
    # ("No coalition aircraft conducted strikes in Bala Murghab district on Wednesday")
    r"|\bno\s+(?:coalition\s+|ISAF\s+|NATO\s+)?aircraft\s+(?:conducted|carried\s+out|made)\s+"
    r"(?:any\s+)?(?:air\s*)?strikes?\b"
    # ("There was no air strike", as a correction says of the one an earlier release told)
    r"|\bthere\s+(?:was|were|had\s+been)\s+no\s+(?:coalition\s+|ISAF\s+)?air\s*strikes?\b"
    # ... or no aircraft that dropped or fired anything: "No fixed-wing aircraft dropped any
    # munitions in the district on Saturday" (helicopters that engaged are support fire)
    r"|\bno\s+(?:coalition\s+|ISAF\s+|NATO\s+)?(?:fixed[\s-]wing\s+)?"
    r"(?:aircraft|jets?|planes?|warplanes?|drones?)\s+(?:dropped|released|fired)\b"
    # ... or the denial told with a negated verb: "ISAF did not conduct any air strikes", "No
    # coalition aircraft struck targets in the district"
    r"|\b(?:did\s+not|didn['’]t)\s+(?:conduct|carry\s+out|make)\s+(?:any\s+|an?\s+)?air\s*strikes?\b"
    r"|\bno\s+(?:coalition\s+|ISAF\s+|NATO\s+)?aircraft\s+(?:struck|bombed)\b",
    re.IGNORECASE)
# ... where a strike told in another party's words is of the strike never made, whoever tells
# it and however the release takes it up: "District officials told journalists that a NATO air
# strike had killed five civilians", "ISAF is aware of reports from provincial officials that a
# NATO air strike killed" (the reports' source set between them and what they say).
_PARTY_TOLD_THAT = re.compile(
    r"\b(?:(?P<verb>(?:told|informed)\s+(?:[\w-]+\s+){0,3}?|said|claimed|alleged|reported"
    r"|stated|asserted)|(?:reports?|claims?|allegations?)\s+(?:(?:from|by)\s+[^.;,]{1,60}?\s+)?)"
    r"that\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# An earlier release's account a correction withdraws, up to the strike it told: "A release
# issued Jan. 5 incorrectly stated that a coalition air strike killed four insurgents".
_TOLD_WRONGLY = re.compile(TOLD_WRONGLY, re.IGNORECASE)
_TOLD_WRONGLY_BEFORE = re.compile(TOLD_WRONGLY + r"\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _called_false(context: str, start: int, end: int, none_made: bool = False) -> bool:
    """Whether the strike proper at ``start:end`` of ``context`` is named to be called false
    (``none_made``: the release says elsewhere that its side made no air strike)."""
    before = context[max(0, start - 80):start]
    return (_NONE_CONDUCTED.search(before) is not None
            or (none_made and _REJECTED_CLAIM.search(context, max(0, start - 140), start)
                is not None)
            or (none_made and _REPORTS_SET_OFF.search(context, max(0, start - 140), start)
                is not None)
            or (none_made and _TOLD_WRONGLY_BEFORE.search(before) is not None)
            or (none_made and _told_by_a_party(context, start))
            or _NO_EVIDENCE_CLAIM.search(before) is not None
            or (_REPORTED_THAT.search(before) is not None
                and _FALSE_AFTER.match(context, end) is not None))


# What an earlier release said, told again to be withdrawn in the next sentence: "An ISAF
# release issued yesterday stated that coalition aircraft struck insurgents near Gardez. That
# statement was in error." (the correction's words, as "incorrectly stated that" is in one)
_STATED_THAT = re.compile(
    r"\b(?:release|statement|report)\b[^.;]{0,60}?\b(?:stated|said|reported|announced)\s+"
    r"that\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# (a figure called too high leaves the strike standing: "That report was exaggerated; four
# insurgents were killed")
_WITHDRAWN = re.compile(WITHDRAWN_STATEMENT, re.IGNORECASE)
# What keeps the strike in a correction that withdraws only its figure, in the correcting
# sentence or the one after it: the strike told again ("the strike killed three insurgents",
# "Three insurgents were killed in the strike"), or a corrected number told of the same dead
# with no new actor ("four insurgents were killed", "three, not five"); not "engaged the three
# insurgents", the same men pointed back to by another weapon.
_CORRECTED_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_STRIKE_KEPT = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:strike|bombing)\b"
    rf"|(?<!\bthe\s)\b{_CORRECTED_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|had\s+been)\s+"
    r"(?:\w+ly\s+)?killed\b"
    rf"|\b(?:not|rather\s+than|instead\s+of)\s+{_CORRECTED_NUMBER}\b", re.IGNORECASE)


def _withdrawn_after(context: str, start: int, text: str | None) -> bool:
    """Whether the strike proper at ``start`` of ``context`` is what an earlier release said,
    told again and withdrawn by the next sentence (``_STATED_THAT``, ``_WITHDRAWN``): the
    correction tells no strike by it, whatever it then says happened, unless it or the
    sentence after it keeps the strike and corrects only its figure (``_STRIKE_KEPT``)."""
    if text is None or _STATED_THAT.search(context, max(0, start - 140), start) is None:
        return False
    at = text.find(context)
    withdrawn = _WITHDRAWN.match(text, at + len(context)) if at >= 0 else None
    if withdrawn is None:
        return False
    first = _SENTENCE_END.search(text, withdrawn.end())
    second = _SENTENCE_END.search(text, first.end()) if first is not None else None
    rest = text[withdrawn.end():second.end() if second is not None else len(text)]
    return _STRIKE_KEPT.search(rest) is None


def _told_by_a_party(context: str, start: int) -> bool:
    """Whether the strike proper at ``start`` of ``context`` is told in another party's words
    (``_PARTY_TOLD_THAT``): reports of it, or what someone said of it who is not the releasing
    side ("A Taliban spokesman told journalists that"; not "ISAF said that a precision air
    strike killed", its own voice)."""
    told = _PARTY_TOLD_THAT.search(context, max(0, start - 140), start)
    if told is None:
        return False
    return told.group("verb") is None or _OWN_FORCES.search(
        context, max(0, told.start() - 60), told.start()) is None


def _own_strike(event: StrikeEvent, text: str | None) -> bool:
    """Whether a strike with no means named is the releasing side's: its forces conduct
    operations, raids and engagements on the ground and call a strike only what comes from the
    air ("ISAF said it struck a vehicle", "the coalition carried out a strike"); a strike by
    the other side, or one whose sentence names a ground weapon, is not."""
    attacker = event.attacker.name if event.attacker is not None else None
    if attacker is not None and _OTHER_SIDE.search(attacker):
        return False
    contexts = [_context(span, text) for span in event.evidence]
    return (any(_OWN_FORCES.search(c) or _SECURITY_FORCE_STRUCK.search(c) for c in contexts)
            and not any(_ground_fire(c) for c in contexts))


def _ground_fire(context: str) -> bool:
    """Whether ``context`` names a ground weapon (``_GROUND_FIRE``) as the striker's, not as
    what its target carried or handled ("struck a vehicle ... after the men were seen loading a
    machine gun and rockets into it": the target's weapons, the strike still from the air)."""
    return any(_HANDLED_BEFORE.search(context, max(0, m.start() - 60), m.start()) is None
               for m in _GROUND_FIRE.finditer(context))


# What a target does with weapons of its own, in the weapon's clause before it, told so that the
# target is the verb's subject: the action in progress of the target named or left understood
# ("a truck carrying mortars", "were seen loading a machine gun"), a past form after the
# target's own people ("after insurgents had moved rockets"), or the vehicle laden ("a truck
# loaded with rockets"). A finite past form alone is the striker's own verb, the striker's means
# after it ("a security force carried out a strike using HIMARS", "coalition forces moved
# artillery"), and "carrying out" is the striking itself.
_HANDLED_BEFORE = re.compile(
    # ... not the striker's own ("coalition forces moving artillery into range")
    r"\b(?:(?<!forces\s)(?<!force\s)(?<!troops\s)(?<!soldiers\s)"
    r"(?:load|unload|carry|transport|mov|haul|smuggl|stor|hid)ing(?!\s+out\b)"
    r"|(?:insurgents?|militants?|fighters?|gunmen|men|they|individuals|suspects)\s+"
    r"(?:\w+\s+){0,2}?(?:loaded|unloaded|carried|transported|moved|hauled|smuggled|stored"
    r"|hid|hidden)(?!\s+out\b)"
    r"|(?:loaded|laden|packed)\s+with"
    # ... what the target was doing or about to do, in a relative clause of its own: "killing
    # two insurgents who were preparing to fire mortars" (not what was done to it: "who were
    # then engaged by coalition artillery")
    r"|(?:insurgents?|militants?|fighters?|gunmen|men|individuals|suspects)\s+(?:who|that)\s+"
    r"(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:\w+ing|about\s+to|seen|spotted)\b"
    r"(?![^.;,]*\bby\s+(?:the\s+)?(?:coalition|ISAF|NATO|Afghan|friendly|partnered|security)\b)"
    # ... or what the strike destroyed ("destroyed the truck and several rockets"), no "with"
    # between that would make the weapon its means
    r"|destroy(?:ed|ing)\b(?![^.;]*\b(?:with|using|by)\b))\b[^.;,]*$",
    re.IGNORECASE)


# The releases' own force named as the striker: "when the security force struck their vehicle"
# (the Afghan-and-coalition "security force" of the raids; what it strikes is from the air).
_SECURITY_FORCE_STRUCK = re.compile(r"\bsecurity\s+force\s+(?:struck|bombed)\b", re.IGNORECASE)


def _context(span: Span, text: str | None) -> str:
    """The sentence around ``span`` (the quote itself without the article or when the span
    does not fit it)."""
    bounds = _sentence(span, text)
    return span.text if bounds is None or text is None else text[bounds[0]:bounds[1]]


def _sentence(span: Span, text: str | None) -> tuple[int, int] | None:
    """The offsets of the sentence around ``span``; None when the span does not fit ``text``."""
    if text is None or span.end > len(text) or text[span.start:span.end] != span.text:
        return None
    return sentence_bounds(text, span.start, span.end)


def score_release(release: IsafRelease, predicted: Extraction | None, *,
                  error: str | None = None) -> ArticleScore:
    """Score one release; the units are the four fields (``killed``, ``airstrike``, ...).

    Every backend's extraction goes through the same reduction, the learnt toll selector
    included, though the selector learnt from the rules backend's claims: an LLM's claims are
    cut differently, and its figures are the reduction's with the selector, not the model's
    alone."""
    answer = derive(predicted, release.text)
    labels = release.labels
    counts: Counter[str] = Counter()
    findings: list[Finding] = []
    correct: set[str] = set()
    if error is not None:
        findings.append(Finding(status="error", item="article", detail=error))

    def field_result(unit: str, ok: bool, detail: str) -> None:
        if ok:
            correct.add(unit)
        else:
            findings.append(Finding(status="wrong", item=unit, unit=unit, detail=detail,
                                    quote=_lede(release.text)))

    error_killed = abs(answer.killed - labels.min_killed)
    scopes = ["killed", "killed_reported"] if labels.min_killed >= 1 else ["killed"]
    for scope in scopes:
        counts[f"{scope}.exact.n"] += 1
        counts[f"{scope}.exact.hits"] += error_killed == 0
        counts[f"{scope}.abs_error.n"] += 1
        counts[f"{scope}.abs_error.sum"] += error_killed
    field_result("killed", error_killed == 0,
                 f"killed {answer.killed}, gold {labels.min_killed}")

    if answer.airstrike and labels.airstrike:
        counts["airstrike.tp"] += 1
    elif answer.airstrike:
        counts["airstrike.fp"] += 1
    elif labels.airstrike:
        counts["airstrike.fn"] += 1
    field_result("airstrike", answer.airstrike == labels.airstrike,
                 f"airstrike {answer.airstrike}, gold {labels.airstrike}")

    predicted_provinces = frozenset(province_label(p) for p in answer.provinces)
    gold_provinces = frozenset(province_label(p) for p in labels.province)
    counts["province.accuracy.n"] += 1
    counts["province.accuracy.hits"] += predicted_provinces == gold_provinces
    field_result("province", predicted_provinces == gold_provinces,
                 f"province {sorted(predicted_provinces) or 'none'}, "
                 f"gold {sorted(gold_provinces)}")

    if labels.start_date is not None:
        ok = answer.start_date == labels.start_date
        counts["start_date_all.accuracy.n"] += 1
        counts["start_date_all.accuracy.hits"] += ok
        if _YEAR.search(release.text):
            counts["start_date.accuracy.n"] += 1
            counts["start_date.accuracy.hits"] += ok
        field_result("start_date", ok, f"start date {answer.start_date}, gold "
                                       f"{labels.start_date}")
    return ArticleScore(article_id=release.id, counts=full_counts(counts, ISAF_METRICS),
                        findings=tuple(findings), correct=frozenset(correct), error=error)


def province_label(name: str) -> str:
    """One spelling per label: the dataset writes both ``sar_e_pul`` and ``sar-e pul``."""
    return re.sub(r"[^a-z]+", "_", name.casefold()).strip("_")


def _lede(text: str, limit: int = 240) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class _Tallies:
    """What the reference notes need from the labels: counted once, at load."""

    releases: int = 0
    zero_killed: int = 0
    no_airstrike: int = 0


@dataclass(frozen=True)
class IsafTask:
    """ISAF-format releases (``evals/external/isaf/dev.jsonl``) scored release by release.

    The file is checked whole at load, but only each release's id and line offset stay in
    memory: samples are read again one at a time when extracted or scored.
    """

    source: str
    ids: tuple[str, ...]
    _offsets: dict[str, int] = field(repr=False, compare=False)
    _tallies: _Tallies = field(repr=False, compare=False)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> IsafTask:
        offsets: dict[str, int] = {}
        n = zero = no_air = 0
        for offset, release in _scan_isaf(path):
            offsets[release.id] = offset
            n += 1
            zero += release.labels.min_killed == 0
            no_air += not release.labels.airstrike
        return cls(source=str(path), ids=tuple(offsets), _offsets=offsets,
                   _tallies=_Tallies(releases=n, zero_killed=zero, no_airstrike=no_air))

    @property
    def kind(self) -> TaskKind:
        return "isaf"

    @property
    def split(self) -> str | None:
        return None

    @property
    def metrics(self) -> tuple[MetricSpec, ...]:
        return ISAF_METRICS

    @property
    def releases(self) -> tuple[IsafRelease, ...]:
        """Every release, read whole (for small files; ``iter_samples`` streams)."""
        return tuple(release for _, release in _scan_isaf(self.source))

    @property
    def samples(self) -> tuple[Sample, ...]:
        return tuple(self.iter_samples())

    def iter_samples(self) -> Iterator[Sample]:
        # The releases carry no separate publication date: the dateline is part of the text,
        # and a year-less one is dated by the house style's year.
        for _, release in _scan_isaf(self.source):
            yield Sample(release.id, release.text, year_less_day(release.text), labels=release)

    def sample(self, article_id: str) -> Sample:
        release = self._release(article_id)
        return Sample(release.id, release.text, year_less_day(release.text), labels=release)

    def _release(self, article_id: str) -> IsafRelease:
        offset = self._offsets[article_id]
        with Path(self.source).open("rb") as file:
            file.seek(offset)
            return _parse_line(Path(self.source), 0, file.readline())

    def score(self, sample: Sample, predicted: Extraction | None,
              error: str | None) -> ArticleScore:
        release = (sample.labels if isinstance(sample.labels, IsafRelease)
                   else self._release(sample.id))
        return score_release(release, predicted, error=error)

    def notes(self) -> list[str]:
        t = self._tallies
        return _notes(t.releases, t.zero_killed, t.no_airstrike)


def reference_notes(releases: Sequence[IsafRelease]) -> list[str]:
    """What trivial predictors score on these releases, to read the metrics against."""
    return _notes(len(releases), sum(r.labels.min_killed == 0 for r in releases),
                  sum(not r.labels.airstrike for r in releases))


def _notes(n: int, zero: int, no_air: int) -> list[str]:
    if not n:
        return []
    return [
        f"Predicting 0 killed everywhere scores killed exact match {zero / n:.3f} ({zero}/{n}) "
        "and 0 on the releases that report a killed.",
        f"Answering 'no airstrike' everywhere is right on {no_air / n:.3f} of releases "
        f"({no_air}/{n}) but has airstrike recall 0 and F1 0.",
    ]
