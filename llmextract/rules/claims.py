"""Casualty statements for the rules backend: outcome phrases, their counts, population,
claimant and stance (guidelines §5-§8).

``find_claims`` reads each sentence for outcome phrases (active "killing two people", passive
"two men were killed", nominal "the deaths of at least two people", lives "claimed the lives
of three civilians", tolls "the toll rose to seven", a verb left out "and two in Kandahar",
denials "no civilians were harmed", "Reports that ... were killed are false", "rejected claims
that"), reads the victim phrase's count with ``normalize.quantities`` (conjuncts added up, one
claim per party: by population, and among combatants by side), and attributes it
(``according to X``, ``X said``, quotations; "the source", "he", "Al-Sari" resolved to the first
identifying mention by ``ClaimantResolver``). In a press release, another party's toll the
release refutes ("ISAF found no evidence of civilian casualties") gets the release's own denial
beside it. Negated, hypothetical and purpose phrases ("could have killed", "an operation to
capture", "capable of killing") and habits ("kills civilians indiscriminately", "known for
killing") are not statements of casualties.

The drafts are raw: ``consolidation.consolidate`` merges restatements, drops named subsets and marks
updated tolls, and ``linking.link_claims`` ties each claim to its strike.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from llmextract.normalize import quantities
from llmextract.rules.refutation import CLAIM_NOUN, FALSE_WORD, NO_EVIDENCE_FOR, WRONGLY
from llmextract.rules.text import PART_OF_THE_DEAD, Layout, Sentence, neighbours
from llmextract.rules.voice import release_voice
from llmextract.schema import Count, DateRange, Outcome, Population, Stance

_ADVS = r"(?:\s+(?:also|reportedly|allegedly|all|later|subsequently|both|confirmed|seriously"
_ADVS += r"|presumed|left|critically|slightly|lightly|badly|severely|each|then|now|still"
_ADVS += r"|initially|eventually|instantly|immediately|either|just|apparently|been"
_ADVS += r"|(?!fatally|mortally)[a-z]+ly))*"  # ("were likely killed"; a fatal wound is a verb)
# "has killed" is active; "has been killed" is passive (the perfect needs "been").
_AUX = (r"\b(?P<aux>was|were|been|being|be|are|is|got|get|remain|remains|remained"
        r"|(?:had|have|has)(?=(?:\s+(?:\w+ly|also|all|both))*\s+been\b))")
# ("fatally wounded", "mortally wounded", "fatally shot": wounds that killed)
_FATAL = r"(?:fatally|mortally)\s+(?:wounded|injured|shot)"
# ("was later found dead": a death told by its finding, as "the bodies of two insurgents")
_KILLED = (rf"{_FATAL}|killed|slain|martyred|murdered|eliminated|neutrali[sz]ed|shot dead|executed"
           r"|found\s+dead"
           r"|beheaded|assassinated|massacred|slaughtered|gunned down|dead|harmed")
_INJURED = r"wounded|injured|hurt|maimed"
_CAPTURED = (r"captured|detained|arrested|taken\s+(?:into\s+custody|prisoner|captive|hostage)"
             r"|abducted|kidnapped|apprehended|seized")
_MISSING = r"missing|unaccounted\s+for"
# Past participles not in -ed that a force does to people before it kills them.
_IRREGULAR = r"shot|hit|struck|caught|seen|spotted|found|fought|pinned|overrun"
# Whom "executed" takes as people (its releases execute attacks and operations too).
_EXECUTED_PEOPLE = (r"\s+(?:[\w-]+\s+){0,4}?(?:civilians?|workers?|labou?rers?|m[ae]n|women"
                    r"|people|villagers?|teachers?|elders?|boys?|girls?|students?|drivers?"
                    r"|policem[ae]n|soldiers?|officials?|interpreters?|farmers?|children|sons?"
                    r"|brothers?)\b")
# ("The man believed to be the main supplier of weapons ... is in custody after an operation")
_IN_CUSTODY = r"in\s+(?:Afghan\s+|coalition\s+|ISAF\s+)?custody"
_PASSIVE_VERB = rf"(?P<pv>{_KILLED}|{_INJURED}|{_CAPTURED}|{_IN_CUSTODY}|{_MISSING})"
_OR_VERB = rf"(?:\s*(?:,|or|and|and/or)\s+(?P<pv2>{_KILLED}|{_INJURED}|{_CAPTURED}|{_MISSING}))?"

# A toll set anew: "was later revised to five", "has since been updated upward to seven".
_REVISED = (r"(?:(?:was|is|has|had|been|later|since|subsequently|now)\s+)*"
            r"(?:revised|updated|raised|corrected|lowered|adjusted)(?=\s+(?:up\w*\s+)?to\b)")
_NOT_REVISED = rf"(?!\s+{_REVISED})"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (form, re.compile(pattern, re.IGNORECASE)) for form, pattern in (
        # (a quoted verb, in translated copy: had been "martyred")
        ("passive", rf"{_AUX}(?:\s+not|n't)?{_ADVS}\s+(?P<q>[\"“‘'])?{_PASSIVE_VERB}\b"
                    rf"(?(q)[\"”’'])?{_OR_VERB}"),
        # ("was shot and killed": participles not in -ed too)
        # (and after an adverb of time: "was then shot and killed")
        ("coordinated", rf"{_AUX}(?:\s+(?:then|later|subsequently|also|reportedly))?"
                        rf"\s+(?!not\b)(?:[a-z]+ed|{_IRREGULAR})\b[^.;,]{{0,60}}?\s+and\s+"
                        r"(?P<cv>killed|wounded|injured|detained|captured|arrested)\b"
                        # (its end, a place or agent, or a clause of when: "was shot and killed
                        # as he fled", "while trying to escape", "today"; never an object, which
                        # would make the second verb active: "was attacked and killed three")
                        r"(?=\s*[.,;]|\s+(?:in|by|during|on|at|after|as|while|when|near"
                        r"|today|yesterday)\b)"),
        ("inverted", r"\b(?:also\s+)?(?P<iv>killed|wounded|injured|detained)\s+(?:in|during|by)"
                     r"\s+[^,.;]{1,60}?\s+(?:was|were)\s+"),
        ("active", r"\b(?P<av>(?:fatally|mortally)\s+(?:wound(?:ed|ing)|injur(?:ed|ing)"
                   r"|shot|shooting)|kill(?:ed|ing|s)?|slew|wound(?:ed|ing|s)?|injur(?:ed|ing|es)"
                   r"|captur(?:ed|ing|es)|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?"
                   r"|eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|martyr(?:ed|ing)"
                   r"|apprehend(?:ed|ing)"
                   # killings by the other side: "Insurgents murdered a local teacher" (not
                   # "executed": its releases execute attacks and operations)
                   r"|murder(?:ed|ing)|assassinat(?:ed|ing)|massacr(?:ed|ing)"
                   r"|slaughter(?:ed|ing)|behead(?:ed|ing)|gun(?:ned|ning)\s+down"
                   # ... "executed" only of people ("executed four road workers"), and "shot
                   # dead" before or around its object ("shot dead two insurgents", "shot him
                   # dead")
                   rf"|execut(?:ed|ing)(?={_EXECUTED_PEOPLE})"
                   r"|shot\s+dead|shot(?=\s+(?:him|her|them)\s+dead\b))\b"),
        ("died", r"\b(?P<dv>died|perished|passed away|have died|has died|had died"
                 r"|succumbed(?=\s+to\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?"
                 r"(?:wounds?|injur(?:y|ies)|burns)\b)"
                 r"|lost their lives"
                 r"|lost his life|lost her life|went missing|are missing|were missing"
                 r"|remain missing)\b"),
        ("lost", r"\blost\s+(?=(?:\w+\s+){0,3}(?:soldiers?|men|fighters?|troops|members"
                 r"|officers?|policemen|servicemen)\b"
                 # (or "lost one of their own")
                 r"|(?:one|two|three|four|five|\d+)\s+of\s+(?:their|its|our)\s+own\b)"),
        # lives taken or lost: "claimed the lives of three civilians", "the loss of two civilian
        # lives", "Two civilian lives were lost"
        ("lives", r"\b(?:claim(?:ed|ing|s)|t(?:ook|aken|aking|akes)|cost(?:ing|s)?)\s+the\s+"
                  r"lives?\s+of\s+(?P<lo>)"
                  r"|\bloss\s+of\s+(?P<ll>(?:[\w-]+\s+){1,3}?lives)\b"
                  r"|\blives\s+(?:were|have\s+been|had\s+been)\s+(?P<lw>lost)\b"),
        # ("the bodies of two insurgents were found": the dead, counted as killed)
        # ("ISAF condemns the murder of a 15-year-old boy": a killing by its name)
        # (and "the execution of two civilians by insurgents", of people only: its releases
        # tell of the execution of operations and warrants too)
        ("nominal", rf"\b(?P<nv>deaths?|killing|murder|assassination|martyrdom|elimination"
                    rf"|executions?(?=\s+of{_EXECUTED_PEOPLE})"
                    r"|capture|arrest|detention"
                    r"|wounding|injury|injuries|injuring|bod(?:y|ies)|remains)\s+of\s+"
                    # (not the remains of a thing: "found the remains of the mortar tube and
                    # the bodies of two insurgents")
                    r"(?:(?<!remains\sof\s)|(?!(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:tubes?|vehicles?|cars?|trucks?|motorcycles?|weapons?|rockets?|mortars?"
                    r"|launchers?|devices?|IEDs?|bombs?|compounds?|buildings?|houses?|aircraft"
                    r"|helicopters?|drones?)\b))"),
        ("the_death", r"\b(?:confirmed|reported|announced|acknowledged)\s+(?P<td>the\s+death)\b"
                      r"(?!\s+of\b)"),
        ("possessive", r"(?P<owner>\b[A-Z][\w'-]*['’]s|\b(?:his|her|their))\s+"
                       r"(?P<ov>deaths?|killing|capture|arrest|detention)\b"),
        ("toll", r"\b(?:death\s+)?toll\s+(?:\w+\s+){0,3}?(?:rose|rises|risen|climbed|climbs"
                 r"|increased|jumped|reached|reaches|stands at|stood at|passes|passed"
                 rf"|{_REVISED}|to|is{_NOT_REVISED}|was{_NOT_REVISED}|at)\s+(?:upwards?\s+)?"
                 r"(?:to\s+|at\s+)?"
                 # "Afghan commanders put the number at 12" (after a first report's toll)
                 # (from its noun, so "put" is the speaker's verb: "The district governor put
                 # the number of dead at seven")
                 # (its dead named by who they were too: "put the number of dead insurgents at
                 # six", "put the number of insurgents killed at six")
                 r"|(?<=\bput\sthe\s)(?:number|figure|count)(?:\s+of\s+(?:[\w-]+\s+)?"
                 r"(?:dead|deaths|killed|fatalities)(?:\s+[\w-]+)?)?\s+at\s+"),
        # "the number of insurgents killed was later revised to five": an updated toll
        # ... and "bringing the number killed in the strike to six"
        # ... "The earlier figure of four insurgents killed has been revised to six"
        ("number_of", r"\b(?:number|toll|tally|count|figure)\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?"
                      r"(?P<nw>martyrs|dead|deaths|killed|fatalities|victims|wounded|injured"
                      # (its operation placed and dated first: "killed during the operation
                      # in Maiwand district, Kandahar province, Monday was nine")
                      # (... by a day's possessive and a hyphened place: "killed in Tuesday's
                      # engagement in Pul-e Alam district, Logar province, has risen to seven")
                      # (... and by what the operation was: "killed in an attack on a police
                      # post in Panjwa'i district, Kandahar province, yesterday has risen to
                      # seven", an update's lede: such a clause of what, where and when runs
                      # to some twenty words)
                      r"|injuries)\s+(?:[\w'’-]+,?\s+){0,20}?"
                      r"(?:rose|rises|risen|climbed|climbs|increased|jumped|reached|reaches"
                      rf"|stands\s+at|stood\s+at|{_REVISED}|is{_NOT_REVISED}|was{_NOT_REVISED}"
                      r"|to)\s+(?:upwards?\s+)?(?:to\s+|at\s+)?"),
        ("risen_to", r"\b(?:rose|risen|climbed|increased|jumped)\s+to\s+(?P<rn>[\d,]+|\w+)"
                     r"\s+(?P<rw>martyrs|dead|deaths|killed|fatalities|wounded|injured)\b"),
        ("adjective", r"(?P<adj>\b(?:dead|killed|wounded|injured|missing|deaths?|fatalit(?:y|ies)"
                      # "3 x EKIA": enemy killed in action, in a results list
                      r"|(?-i:E?KIA))\b)"
                      r"(?=\s+(?:in|on|at|after|during|and|,|\.|;|when|by|from|while)\b|\s*[,.;]"
                      r"|(?<=KIA)\s*$"
                      # the dead a force leaves: "withdrew, leaving two of their dead behind"
                      r"|\s+behind\b)"),
        ("of_wounded", r"\bof\s+(?P<ow>wounded|injured|dead)\b"),
        ("rubble", r"\b(?:believed\s+to\s+be\s+|still\s+|trapped\s+)?under\s+the\s+"
                   r"(?:rubble|debris)\b"),
        ("none_among", r"\bno\s+(?P<na>[\w-]+(?:\s+[\w-]+)?)\s+(?:was|were)\s+among\s+the\s+"
                       r"(?:casualties|dead|victims|killed)\b"),
        # a counted group among the dead: "four civilians were among the dead" (at least four
        # died; part of a toll told before when it is that big, ``consolidation``)
        ("among_dead", r"\b(?:was|were|are|is)\s+(?:also\s+)?among\s+(?:the\s+(?:dead|killed"
                       r"|fatalities)|those\s+killed)\b"),
        ("casualties", r"\b(?P<neg>no|without(?:\s+any)?)\s+(?P<pop>civilian\s+|military\s+)?"
                       r"(?:casualties|fatalities|loss of life)\b"),
    )
)
# Words a sentence must contain (lower-cased) for each form to possibly match.
_FORM_WORDS: dict[str, tuple[str, ...]] = {
    "passive": ("kill", "slain", "martyr", "murder", "eliminat", "neutrali", "shot dead", "execut",
                "fatally", "mortally", "behead", "dead", "harm", "wound", "injur", "hurt", "maim",
                "captur", "detain", "arrest", "custody", "prisoner", "captive", "hostage",
                "abduct", "kidnap", "apprehend", "seized", "missing", "unaccounted", "assassinat",
                "massacr", "slaughter", "gunned down"),
    "coordinated": (" and killed", " and wounded", " and injured", " and detained",
                    " and captured", " and arrested"),
    "inverted": ("killed ", "wounded ", "injured ", "detained "),
    "active": ("kill", "slew", "wound", "injur", "captur", "detain", "arrest", "eliminat",
               "neutrali", "martyr", "apprehend", "fatally", "mortally", "murder", "assassinat",
               "massacr", "slaughter", "behead", "gunned down", "gunning down", "execut",
               "shot dead", " dead"),
    "died": ("died", "perished", "succumbed", "passed away", "lost their", "lost his", "lost her",
             "missing"),
    "lost": ("lost ",),
    "lives": ("lives",),
    "nominal": (" of ",),
    "the_death": ("the death",),
    "possessive": ("death", "killing", "capture", "arrest", "detention"),
    "toll": ("toll", "put the"),
    "adjective": ("dead", "killed", "wounded", "injured", "missing", "death", "fatalit", "kia"),
    "of_wounded": ("of the wounded", "of wounded", "of the injured", "of injured",
                   "of the dead", "of dead"),
    "rubble": ("rubble", "debris"),
    "number_of": ("number of", "toll of", "tally of", "count of", "figure of", "number killed",
                  "number dead",
                  "number wounded", "number injured"),
    "risen_to": ("rose to", "risen to", "climbed to", "increased to", "jumped to"),
    "casualties": ("casualties", "fatalities", "loss of life"),
    "none_among": ("among the",),
    "among_dead": ("among the", "among those"),
}
_FORM_WORD_SETS = {form: frozenset(words) for form, words in _FORM_WORDS.items()}
_ALL_FORM_WORDS = tuple(sorted(set().union(*_FORM_WORD_SETS.values())))
_OUTCOME_OF: tuple[tuple[re.Pattern[str], Outcome], ...] = (
    (re.compile(rf"^(?:{_KILLED}|(?:fatally|mortally)\s+\w+|kill\w*|slew|eliminat\w*|neutrali\w*"
                r"|murder\w*|execut\w*|assassinat\w*|massacr\w*|slaughter\w*|behead\w*"
                r"|gun(?:ned|ning)\s+down"
                # ("One of the two men shot ... has died of his wounds": a death told since the
                # last report, "had died of his injuries"; not "have died", the dead a memorial
                # remembers, "who have died in Afghanistan since")
                r"|martyr\w*|deaths?|fatalit\w+|e?kia|(?:ha[sd]\s+)?died|perished|succumbed"
                r"|passed away|lost.*"
                r"|killing|toll"
                r"|bod(?:y|ies)|remains)$",
                re.IGNORECASE), "killed"),
    (re.compile(rf"^(?:{_INJURED}|wound\w*|injur\w*)$", re.IGNORECASE), "injured"),
    (re.compile(rf"^(?:{_CAPTURED}|{_IN_CUSTODY}|captur\w*|detain\w*|arrest\w*|detention"
                r"|apprehend\w*)$",
                re.IGNORECASE), "captured"),
    (re.compile(r"^(?:missing|unaccounted\s+for|went missing|are missing|were missing"
                r"|remain missing|rubble)$", re.IGNORECASE), "missing"),
)
# An inquiry's finding set off between two objects of one toll: "killed five insurgents and, the
# joint investigation has found, three civilians".
_FINDING_ASIDE = (r"(?:the|an?|its|our|ISAF['’]s)\s+(?:[\w-]+\s+){0,3}?(?:investigation|review"
                  r"|assessment|inquiry|team|investigators)\s+(?:has\s+|have\s+|had\s+)?"
                  r"(?:found|determined|concluded|established)")
# A number or article that opens a counted item of a list.
_COUNT_WORD = (r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+"
               r"|several|dozens\s+of|a\s+number\s+of)")
# A short aside set off between "and" and a counted second object of one toll: "killed three
# insurgents and, ISAF regrets, two civilians", "and, it now appears, two civilians" (what
# follows the aside is counted, so the list goes on through it); but not another's word for
# the second object, "and, the Taliban claimed, 12 civilians": that is a claim of its own.
_AND_ASIDE = (r"(?![^,]*\b(?:said|says|say|claim\w*|report\w*|alleg\w*|according|told|tell\w*"
              r"|insist\w*|maintain\w*|accord\w*)\b)"
              rf"(?:[\w'’-]+\s+){{0,3}}[\w'’-]+\s*,\s*(?={_COUNT_WORD}\s)")
_AND_THEN_ASIDE = re.compile(rf",?\s+and,\s*{_AND_ASIDE}", re.IGNORECASE)
# Where a victim phrase after a verb ends (hard stops and clause-opening words).
_NP_END = re.compile(
    # (not the dots of an initialism: "killed two U.S. Marines")
    r"(?!(?<=\b[A-Z])\.[A-Z]\.)(?<!\b[A-Z]\.[A-Z])\.|[;:!?()\[\]\"“”\n]|—|–\s"
    # (an aside set off by commas is not an end: "killed one insurgent and, it now appears,
    # two civilians")
    r"|(?<!\d)(?<!\bappears)(?<!\bseems)(?<!\breportedly)(?<!\bapparently)"
    # ("killed five insurgents and, regrettably, two civilians")
    r"(?<!\bregrettably)(?<!\btragically)(?<!\bsadly)(?<!\bunfortunately)"
    # ("killed five insurgents and, the joint investigation has found, three civilians")
    r"(?<!\bfound)(?<!\bdetermined)(?<!\bconcluded)(?<!\bestablished),"
    r"(?!\s*(?:(?:it\s+(?:now\s+)?(?:appears|seems)|reportedly|apparently|regrettably"
    rf"|tragically|sadly|unfortunately|{_FINDING_ASIDE})\s*,"
    # (an apposition, not a speaker set off after the toll: "two of the attackers, his
    # platoon commander recalled,")
    r"|(?!(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:recalled|said|says|added|told"
    r"|noted|explained|remembered)\b)"
    r"(?:[A-Z][\w'’-]*|al-[A-Z][\w'-]*)(?:\s+[A-Z][\w'’-]*){0,3}\s*,"
    r"|(?:also\s+)?(?:identified|known)\s+as\s+(?-i:[A-Z])"
    # a list of names: "killed Mullah Karim, Mullah Rahim and Abdul Qadir"
    r"|(?!(?:Afghan|ISAF|NATO|Coalition|Taliban)\b)(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s+and\s+[A-Z][a-z])"
    # a list of indefinites: "killed a Taliban commander, a bomb maker and two fighters" (not
    # who a counted plural were: "three Afghan civilians, a farmer and his two sons,")
    r"|(?<!s,\s)(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+and\s+"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+|his|her|their)\s"
    r"|and\s+(?!(?:\w+ing|\w+ed)\b)|along\s+with|as\s+well\s+as|together\s+with|plus\b"
    # a list that goes on with his people: "killed Abdul Wakil, his deputy and an associate"
    r"|(?:his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|and\b)))"
    # (not whom a victim works for: "a civilian contractor employed by ISAF", "an interpreter
    # working for the coalition" name the releasing side's own staff)
    r"|\s(?!(?<=working\s)(?:with|for)\b)(?!(?<=employed\s)(?:with|for|by)\b)"
    r"(?:during|in|near|at(?!\s+(?:least|most)\b)|on|after|before|while|when|who|whom"
    r"|which|that|according"
    r"|(?<!along\s)(?<!together\s)with(?!\s+(?:his|her|their)\b)|by|from|inside|outside"
    r"|throughout|since|to(?<!\bup\sto)|into"
    # (not what a leader is leader for, before the men killed beside him: "the shadow governor
    # for Faryab province and three of his bodyguards", told by whatever words a count takes
    # before "of his": "... and up to 10 of his fighters", "... and nearly a dozen of his men")
    r"|for(?!\s+(?:[\w'’-]+\s+){1,3}and\s+(?:(?:[\w-]+\s+){1,4}?of\s+(?:his|her|their)\b"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+|his|her|their)\s)"
    r"|under|because|but|armed(?=\s+with)|carrying|including|among|behind"
    r"|(?<!,\s)(?<!,\salso\s)known(?=\s+as)"
    # (not a name that goes on with others killed beside him: "a Taliban commander known as
    # Mullah Jan and several other insurgents", nor with others counted by a bound: "... and
    # more than five of his fighters", "... and up to a dozen of his fighters")
    r"(?!\s+as\s+(?:[A-Z][\w'’-]*\s+){1,4}and\s+(?:several|some|many|a\s+number|numerous"
    r"|multiple|one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?|his|their"
    r"|more\s+than|up\s+to|at\s+least|as\s+many\s+as|over|nearly|about|around|roughly"
    r"|approximately|almost|dozens)\b)"
    r"|responsible|believed"
    r"|following|whose|over|across|around|within|between|earlier|later|yesterday|today"
    r"|last|this|alive|and\s+(?=(?:the\s+)?(?:injury|injuries|wounding|deaths?|killing"
    r"|martyrdom)\s+of\b)|and\s+(?=(?:\w+ing|\w+ed|were|was|are|is|had"
    r"|have|has|then|later|also|the\s+(?:security|joint|combined)|seized|took|fled|left"
    r"|found|took)\b)|or\s+(?=\w+ing\b)|so|if|where|even|prior|pending|who|there)\b"
    # (not a ceiling's "as": "killed a commander and as many as 10 of his fighters" counts them)
    r"|(?<!\bwell)(?<!\bidentified)(?<!\bknown)(?<!\bmany)(?<!\bmuch)\sas\b"
    r"(?!\s+(?:well|many|much)\s+as)",
    re.IGNORECASE,
)
_CLAUSE_BACK = re.compile(
    # "a group whose previous commander was killed": the cut is before "whose", which then
    # counts its noun as one person, as "his" does
    r"(?:^|[;:(“\"”]|—|,\s+(?:and\s+)?|(?=\bwhose\b)"
    # ("in that engagement": a demonstrative after a preposition opens no clause)
    r"|\b(?:and|(?<!\bin\s)(?<!\bduring\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bat\s)that|which|who"
    r"|when|after|while|because"
    r"|(?<!\bmany\s)(?<!\bmuch\s)(?<!\bfew\s)(?<!\bwell\s)as(?!\s+(?:many|much|few|well)\b)"
    r"|but|said|says|say|told|added"
    # a finding verb, in any tense or person ("a review of the video shows six armed men were
    # killed", "has shown", "videos reveal", "concluded", "verified"): a stem and its endings,
    # so no form of it is left out; "a show of force" is the noun, inside a subject ("assess"
    # is no such verb: "4 insurgents are assessed to have been killed" is the subject's toll)
    r"|(?:(?<!\ba\s)show(?!\s+of\s+force)|reveal|suggest|confirm|determin|find|conclud|verif"
    r"|indicat)(?:s|es|ed|ied|ies|n|e)?"
    r"|found|reported|stated|announced|wrote|claimed|denied|insisted|noted|where|if|whether"
    r"|although|though|since|whereas|(?<!armed\s)(?<!equipped\s)with|meaning|bringing|so|how"
    # "killing three before he was killed": a clause of its own subject
    r"|(?:before|until)(?=\s+(?:he|she|they)\b))\b)\s*",
    re.IGNORECASE,
)
_CONJ = re.compile(
    # ("five insurgents and, regrettably, two civilians": the aside is the conjunction's)
    r",?\s+and,\s*(?:regrettably|tragically|sadly|unfortunately|reportedly|apparently"
    rf"|{_FINDING_ASIDE})\s*,\s*|,?\s+and,\s*{_AND_ASIDE}"
    r"|\s*(?<!\d),(?!\d)\s*(?:(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+)?"
    r"|\s+(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|alongside"
    r"|in\s+addition\s+to)\s+", re.IGNORECASE)
# Collective nouns of people, as ``normalize.quantities`` reads them ("an insurgent mortar
# team": vague "a team"; "a group of 12 fighters": 12).
_GROUP_WORDS = ("team", "cell", "crew", "squad", "group", "band", "gang")
_GROUP_NOUN = "(?:" + "|".join(_GROUP_WORDS) + ")"
_GROUP_TERMS = frozenset("a " + word for word in _GROUP_WORDS)
_GROUP_OF = rf"an?\s+(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}\s+of"
# ("an additional four insurgents", "a further three": the number, not one by "an")
_DETERMINERS = re.compile(r"^\s*(?:all|another|the|some|only|a\s+total\s+of|his|her|their"
                          rf"|its|at\s+least|an?\s+(?:additional|further)|{_GROUP_OF})?\s*$",
                          re.IGNORECASE)
_HEAD_CUT = re.compile(r"\s+(?:of|from|belonging|with|who|aged|whose)\b.*$", re.IGNORECASE)
_PRONOUN_ONE = re.compile(r"^(?:him|her|himself|herself|he|she|another)$", re.IGNORECASE)
_ANOTHER_ONE = re.compile(r"^(?:another|one\s+more|an\s+additional)\s+\S", re.IGNORECASE)
# "a third (insurgent)": one more person after the first ones ("a third of them" is a share)
_ORDINAL = re.compile(r"^\s*(?:an?|the)\s+(?P<n>second|third|fourth|fifth|sixth)\b(?!\s+of\b)",
                     re.IGNORECASE)
_BARE_ORDINAL = re.compile(r"\s*(?:an?|the)\s+(?:second|third|fourth|fifth|sixth)(?:\s+one)?\s*",
                           re.IGNORECASE)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_PRONOUN_MANY = re.compile(r"^(?:all\s+(?:of\s+)?)?(?:them|themselves|they|those|these"
                           r"|the\s+\w+(?:\s+\w+){0,3})$",
                           re.IGNORECASE)
_RELATIVE = re.compile(r"(?:\bwho|\bwhich|\bthat|\bthose|\bwhom)\s*$", re.IGNORECASE)

_CIVILIAN = re.compile(
    r"(?=[abcdefghijklmnprstvw])"  # look-ahead: a cheap skip of impossible starts
    r"\b(?:civilians?|non-?combatants?|children|child|kids?|women|woman|girls?|boys?|babies"
    r"|baby|infants?|toddlers?|residents?|villagers?|farmers?|shepherds?|herders?|students?"
    r"|pupils?|teachers?|journalists?|reporters?|photographers?|doctors?|nurses?|medics?"
    # ("a schoolteacher", "two schoolboys", "three schoolchildren")
    r"|school(?:teachers?|boys?|girls?|children|child|masters?)|hostages?|captives?"
    r"|paramedics?|worshipp?ers?|pilgrims?|passengers?|pedestrians?|bystanders?|families"
    # ("killing a passer-by", "two passers-by were wounded")
    r"|passers?-?by|passersby"
    r"|family|shopkeepers?|vendors?|merchants?|traders?|aid\s+workers?|workers?|employees?"
    r"|refugees?|displaced|fishermen|fisherman|elderly|patients?|innocent|sellers?"
    r"|labou?rers?|volunteers?|rescuers?|citizens?|interpreters?|translators?"
    # mine clearers: "found the bodies of five Afghan de-miners"
    r"|de-?miners?"
    # a gathering's people: "killing 25 mourners", "shoppers", "wedding guests"
    r"|mourners?|shoppers?|spectators?|customers?|guests?"
    # a household's or a guesthouse's staff: "a cook who worked at the guesthouse"
    r"|cooks?|cleaners?|gardeners?|janitors?|waiters?)\b",
)  # on lower-cased text
_COMBATANT = re.compile(
    r"(?=[abcdefghijklmoprst])"  # look-ahead: a cheap skip of impossible starts
    r"\b(?:militia\w*|fighters?|insurgents?|militants?|elements?|soldiers?|troops?"
    r"|servicem[ae]n|service\s*(?:wo)?m[ae]mbers?|service\s+members?|marines?|personnel"
    r"|commanders?|sub-?commanders?|leaders?|facilitators?|operatives?|gunm[ae]n|jihadists?"
    r"|terrorists?|rebels?|combatants?|policem[ae]n|police(?:\s+officers?)?|guards?"
    r"|bodyguards?|commandos?|recruits?|snipers?|bombers?|attackers?|emirs?|mujahideen"
    r"|taliban|isis|isil|daesh|hezbollah|hamas|al-qaeda|khawarij|al-shabaab|enemy|mercenar\w*"
    r"|mortar\s+team|cell|army|forces|paramilitar\w*|suspects?|detainees?|members\s+of"
    r"|assailants?|raiders?|armed\s+men|extremists?|smugglers?|couriers?|spotters?"
    r"|emplacers?|trigger-?m[ae]n|financiers?|bomb[\s-]?makers?(?![\w'’])|shooters?|perpetrators?"
    r"|infiltrators?|captors?|kidnappers?|abductors?"
    r"|members)\b",
)  # on lower-cased text
_PERSON = re.compile(
    rf"{_CIVILIAN.pattern}|{_COMBATANT.pattern}"
    r"|\b(?:people|persons?|individuals?|m[ae]n|males?|females?|others?|drivers?|occupants?"
    r"|victims?|citizens?|nationals?|relatives?|cousins?|sons?|daughters?|brothers?|another"
    r"|sisters?|fathers?|mothers?|husbands?|wives|wife|officials?|associates?|associate"
    r"|grand(?:mother|father|son|daughter|child)(?:s|ren)?|uncles?|aunts?|nephews?|nieces?"
    r"|him|her|them|themselves|one|someone|anyone|nobody|no\s*one|none|dead|wounded"
    r"|injured|bodies|lives|those|everyone|persons|adults?|youths?|teenagers?|kidnappers?"
    r"|captors?|abductors?"
    r"|smugglers?|financiers?|couriers?|traffickers?|criminals?|spy|spies|bomb[\s-]?makers?(?![\w'’])|assistants?|helpers?|teams?|crews?|squads?"
    r"|emplacers?|planners?|coordinators?|organi[sz]ers?|suppliers?|operators?|agents?"
    r"|accomplices?|affiliates?|sympathi[sz]ers?|supporters?|recruiters?|trainers?|experts?"
    r"|deput(?:y|ies)|chiefs?|governors?|mullahs?|clerics?|imams?|elders?|detainees?"
    # those a unit mourns: "to honor two comrades who were killed when ..."
    r"|comrades?"
    # whom a target was with: "killing him and his armed companion"
    r"|companions?"
    # a soldier named by his rank: "a soldier ... killed a British rifleman" (the rifleman is
    # its object, not a reduced passive "a soldier [was] killed")
    r"|riflem[ae]n|corporals?|sergeants?|sappers?|troopers?|guardsm[ae]n|paratroopers?"
    # one of a group: "killed a member of the Haqqani network", "a Taliban cell member"
    r"|member)\b",
)  # on lower-cased text
_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z][\w'’-]*|al-[A-Z][\w'-]*)"
                   r"(?:\s+(?:[A-Z][a-z][\w'’-]*|(?:al|ul|ud|ur|us|ad)-[A-Z][\w'-]*|bin|ibn|ul|ud"
                   r"|din)){0,3}")  # ("Zia ul-Rahman")
_NOT_NAME = re.compile(
    r"^(?:The|A|An|Afghan|Afghans|American|Taliban|Haqqani|Coalition|ISAF|International"
    r"|Iranian|Iraqi|Syrian|Israeli|Palestinian|Russian|Ukrainian|Turkish|Kurdish|Lebanese"
    r"|Yemeni|Somali|Sudanese|Hamas|Hezbollah|Houthi|Islamic|National|Security|Army|Police"
    r"|Forces?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|One|Two|Three|Four"
    r"|Five|Several|Multiple|Numerous|Also|His|Her|Their|Its|After|During|In|On|At|Both"
    r"|Mullah|Commander|Maulawi|Qari|Haji|Dr|Gen|Col|Highway|Route|Road|Ring)$"
)
# ("One of the wounded insurgents died later": one of those counted as wounded)
_WOUNDED_VICTIM = re.compile(r"^\s*(?:(?:one|two|three|both)\s+of\s+)?"
                             r"(?:(?:the|a|an|one|two|three|both)\s+)?(?:wounded|injured)\b",
                             re.IGNORECASE)


def named_as_wounded(victim: str) -> bool:
    """Whether a victim is named by a wound ("The wounded insurgent later died"): one the text
    counted as wounded, so a death beyond those it counted as killed."""
    return _WOUNDED_VICTIM.match(victim) is not None

_ADDITIVE_NP = re.compile(
    r"^\s*(?:another|(?:\w+\s+){0,2}(?:more|other|additional|further)\b)", re.IGNORECASE)
# A means told as done: "Coalition aircraft used air-delivered munitions to kill three
# insurgents" tells the killing, as "killed three insurgents with" would (not "planned to
# use rockets to kill", which ``_HYPOTHETICAL`` reads before the base verb).
_USED_TO = re.compile(r"\b(?:used|employed)\s+[^.;,]{1,60}?\s+to\s+$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"(?=[acfikmnpstuw])"  # look-ahead: a cheap skip of impossible starts
    r"(?:\b(?:could|would|might|may|should|will|shall|can|cannot|must)\b(?:\s+\w+){0,3}"
    r"|\bfrom\s+being|\bif|\bunless|\bnot\s+to|\bthreat\w*\s+to|\baimed\s+at"
    r"|\bin\s+(?:an\s+)?(?:order|effort|attempt)\s+to|\bseek\w*\s+to|\battempt\w*\s+to"
    r"|\btr(?:y|ied|ying)\s+to|\bplan\w*\s+to|\bcapable\s+of|\bpotential\s+(?:of|for|to)"
    r"|\b(?:known|notorious|infamous)\s+for"
    r"|\bavoid\w*|\bprevent\w*|\bwithout\s+(?:being\s+)?)\s*$",
    re.IGNORECASE,
)
# What anyone may say, no toll told: "When someone tells us civilians were killed, we go and
# look".
_ANYONE_SAYS = re.compile(
    r"\b(?:when(?:ever)?|every\s+time|each\s+time|if)\s+(?:someone|anyone|somebody|anybody"
    r"|people)\s+(?:tells?|says?|reports?|claims?)\b[^.;,]*$", re.IGNORECASE)
# A passive toll asked about, not told: "whether the leader was killed".
_QUESTION_BEFORE = re.compile(r"\b(?:whether|if)\s+$", re.IGNORECASE)
_SAID_THEN = re.compile(r",\s+[^,;]{2,80}?\s+(?:said|says|reported|told\s+\w+)\s*,")
_AGGREGATE = re.compile(
    r"(?=[acdefhilmnost\d])"  # look-ahead: a cheap skip of impossible starts
    # a running count: a tracker's record ("has recorded more than 28,000 deaths"), a war's
    # toll ("the war, which began in April 2023, has killed tens of thousands")
    r"\b(?:ha(?:s|ve)\s+(?:recorded|documented|registered|counted|tallied|verified)"
    r"|the\s+(?:war|conflict|insurgency|violence)(?:\s*,[^,;]*,)?\s+ha(?:s|ve)\s+"
    r"(?:killed|claimed|left))\b|"
    # ("has since been revised", "a team has since determined": "since" as an adverb, after
    # an auxiliary or before these participles, is no period's start)
    r"\b(?:(?<!has\s)(?<!have\s)(?<!had\s)since(?!\s+(?:been|revised|updated|risen|died|succumbed)\b)|so\s+far|to\s+date|in\s+total|overall|altogether|cumulative|this\s+year"
    r"|(?<!earlier\s)this\s+month|last\s+year|last\s+month|so\s+far\s+this"
    r"|over\s+the\s+(?:past|last|same)\s+(?:\d+|\w+\s+)?(?:hours?|days?|weeks?|months?|years?"
    r"|period)|(?:in|during)\s+the\s+(?:past|last)\s+(?:\d+|\w+)[\s-]+(?:hours?|days?)"
    r"|over\s+the\s+same\s+period|during\s+the\s+war|in\s+the\s+war|since\s+the"
    r"|separate\s+(?:\w+\s+){0,4}operations|operations\s+in\s+\w+\s+(?:\w+\s+)?provinces"
    r"|(?:more\s+than\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:\w+\s+)?operations|in\s+(?:eastern|southern|northern|western)\s+and"
    r"\s+(?:eastern|southern|northern|western)\s+afghanistan"
    r"|(?:across|throughout)\s+(?:the\s+country|afghanistan)"
    r"|nationwide)\b",
)  # on lower-cased text
# A relative clause about a person that runs to the sentence's end, no comma closing it (also
# the ISAF reduction's: what such a clause says of one of the dead is no scope of the toll).
WHO_TO_THE_END = re.compile(r",\s*(?:[\w-]+\s+){0,8}?who(?:m|se)?\b[^,;]*$")
# A death told as one man's by his pronoun: "his death", "her death".
_ONE_MANS = re.compile(r"\s*(?:his|her)\s*", re.IGNORECASE)
_UPDATE = re.compile(
    r"(?=[bcijnpru])"  # look-ahead: a cheap skip of impossible starts
    r"\b(?:rose|rises|risen|climbed|climbs|increased|jumped|now|updated|revised|bringing"
    r"|raising|raised|passes|passed|correct(?:ed)?\s+(?:number|figure|toll))\b", re.IGNORECASE)
_SHARED_OBJECT = re.compile(
    r"\s+(?:and|or)\s+(?P<verb>(?:kill|wound|injur|captur|detain|arrest)\w*)(?=\s)",
    re.IGNORECASE)
_RELATIVE_START = re.compile(r"(?:which|that|who|whom|where|when|as|and)\b", re.IGNORECASE)
_AND_THAT = re.compile(r",?\s+and\s+that\s")
_COORDINATED = re.compile(r"\b(?:and|or|as\s+well\s+as)\b")
_BARE_NOUNS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s")  # "allied fighters"
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|those)\s+$", re.IGNORECASE)
_INCLUDING = re.compile(r",?\s+including\s+(?P<who>[^.;:,]{1,80})")
# "Three of the wounded died", "Two of the dead were children": a part of a group already
# counted, not a new statement of a toll.
_OF_THE_VICTIMS = re.compile(
    r"\s*(?:\S+\s+){1,2}of\s+(?:the|those)\s+(?:wounded|injured|dead|victims|casualties"
    r"|killed)\b", re.IGNORECASE)
_OF_THE_WOUNDED = re.compile(r"\s*(?:\S+\s+){1,2}of\s+(?:the|those)\s+(?:wounded|injured)\b",
                             re.IGNORECASE)
_TOLL_TOLD = re.compile(r"\btoll\b|\bbringing\b|\braising\b|\braised\b")  # on lower-cased text
_DENY_VERB = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.IGNORECASE)
_ANY = re.compile(r"^\s*(?:any(?:one|body)?|none|no\s*one|nobody|no)\b", re.IGNORECASE)
# "Neither of the two civilians", "not a single civilian", "not one soldier": none of them, a
# denial, never a toll of one (not "not one but two insurgents", which counts two)
_NEITHER = re.compile(
    r"^\s*(?:neither|not\s+(?:a\s+single|one\s+single|one|a)(?!\s+(?:but|few)\b))\b",
    re.IGNORECASE)

# What follows a victim phrase "not one ..." when it is more, not none: "killed not one
# insurgent commander, but two" (a count after "but"; "not a single civilian, but a house").
_BUT_MORE = re.compile(r"\s*,?\s*but\s+(?:also\s+)?(?P<more>[^.;,]{1,40})", re.IGNORECASE)

# Reporting verbs. Present forms that are also plural nouns ("reports", "claims", "notes")
# are left out: "Initial reports indicate" has a subject "Initial reports", not "Initial".
_SAY = (r"said|says|say|told|tells|added|adds|stated|reported|claimed|confirmed|confirms"
        r"|indicated|indicates|indicate|announced|announces|alleged|alleges|wrote|writes"
        r"|insisted|insists|noted|explained|explains|denied|denies|deny|acknowledged"
        r"|acknowledges|estimated|documented|counted"
        # (the present of "estimated", before its complement, "that" or a count, or right
        # before the statement read: "ISAF estimates that more than 10 were killed", "ISAF
        # estimates more than 10 were killed"; not the noun, "Initial estimates put the toll at")
        r"|estimates?(?=\s+(?:that|more|fewer|less|over|about|around|nearly|some|up\s+to"
        r"|at\s+least|as\s+many|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve|a\s+dozen|dozens|several|between)\b|\s*$)"
        # the release's own voice as a verb: "ISAF reports that the strike killed several"
        # (not the noun: "initial reports that a boy was killed")
        r"|(?<=[Ii][Ss][Aa][Ff]\s)reports(?=\s+that\b)"
        r"|put\s+the\s+(?:death\s+)?toll"
        # "police put the insurgent toll at nine" (read up to a toll that starts at "toll")
        r"|(?:put|puts|placed|places)(?=\s+the\s+(?:[\w-]+\s+){0,2}?(?:toll\b|$))"
        # ... or its number: "The district governor put the number of dead at seven"
        r"|(?:put|puts|placed|places)(?=\s+the\s+(?:number|figure|count)"
        r"(?:\s+of(?:\s+[\w-]+){1,2})?\s+at\b)")
_ACCORDING = re.compile(r"(?=[a])\baccording\s+to\s+(?P<who>[^,.;:”\"]{2,100}?)(?=\s*(?:[,.;:”\"]"
                        r"|$|\s(?:on|in|at|who|which)\b))", re.IGNORECASE)
_SAY_WORD = re.compile(rf"(?=[acdeilnprstw])\b(?:(?:also|later|now)\s+)?(?P<verb>{_SAY})\b")
_POSTPOSED_REST = re.compile(r"(?:[\s,][^.;]*)?[.;]?[\s\"”]*")
_QUOTE_INTRO = re.compile(rf"\s(?:also\s+)?(?P<verb>{_SAY})(?:\s+\w+)?\s*[:,]\s*$")


_BE_AT_END = re.compile(r"\b(?:was|were|is|are|be|been)\s*$")
# ("..., not three as reported earlier", "was a civilian and not, as initially reported, an
# insurgent": a comparison, no speaker)
_AS_AT_END = re.compile(r"\bas(?:\s+(?:first|\w+ly))?\s*$", re.IGNORECASE)


# A conjunction that joins a clause with a speaker of its own to the one before: ", but ISAF
# estimates that ...", ", while ISAF said ..." (the speaker after it is that clause's).
_OWN_CLAUSE_JOIN = re.compile(r"(?:but|while|whereas|though|although)\s+", re.IGNORECASE)
# ... the break before such a clause, at the end of what precedes it ...
_CLAUSE_BREAK_BEFORE = re.compile(
    rf"(?:;|,\s*{_OWN_CLAUSE_JOIN.pattern})\s*$", re.IGNORECASE)
# ... and the clause's opening speaker and reporting verb
_CLAUSE_SPEAKER = re.compile(
    rf"(?P<who>[A-Z][^,;:.“”\"]{{1,60}}?)\s+(?:also\s+)?(?P<verb>{_SAY})\b")


def _postposed(tail: str) -> tuple[int, int, int] | None:
    """A speaker after the statement ("…, the agency said."): (who start, verb start, verb
    end) in ``tail``, the speaker being what lies between the last comma or quote and the
    verb, with nothing but circumstances after the verb."""
    for m in reversed(list(_SAY_WORD.finditer(tail))):
        if not _POSTPOSED_REST.fullmatch(tail, m.end()):
            continue
        cut = max(tail.rfind(c, 0, m.start()) for c in ",”\"")
        if cut == -1:
            return None
        who = tail[cut + 1:m.start()]
        if not who.strip() or len(who) > 110 or any(c in who for c in ".;:“"):
            return None
        if _BE_AT_END.search(tail[:m.start()]) or _AS_AT_END.search(who):
            return None  # "..., not three as reported earlier": a comparison, no speaker
        start = cut + 1 + (len(who) - len(who.lstrip()))
        return start, m.start(), m.end()
    return None


# (a dot inside the sentence, before a capital, is an abbreviation's: "said Lt. Col. X")
_POSTPOSED_INV = re.compile(
    r"[,”\"]\s*(?P<verb>said|says|added|told|wrote)\s+"
    r"(?P<who>(?:[^,.;:”\"]|\.(?=\s*[A-Z])){2,110}?)(?=\s*(?:[,;]|\.(?!\s*[A-Z])|$))"
)
_SAY_AT = re.compile(
    # ("A Taliban spokesman falsely claimed that")
    rf"(?=[\s])(?:\s+(?:also|later|now|has|had|have|then|again|since|falsely|wrongly"
    rf"|incorrectly|erroneously|mistakenly))*\s+(?P<verb>{_SAY})\b"
    r"(?P<tail>"
    r"(?:\s+(?:on|in|at|to|by|late|early|last)\s+[\w' ’-]{1,40}?(?=\s+that\b|,))?"
    r"(?:\s+[A-Z]\w*)?(?:\s*,)?\s*(?:that\b|:|\s(?=[A-Z“\"])|\s))"
)
_PARENTHETICAL = re.compile(
    r"(?:speaking|citing|quoting|issued|released|posted|published|who|which|according|writing"
    r"|in\s+a\s+statement|in\s+its|on\s+\w+|late|early|earlier|later|however|meanwhile"
    r"|a\s+(?:group|network|body|monitor|coalition|unit|spokesman|spokeswoman)\b"
    r"|(?:today|yesterday|tonight|also|again|now|then|too)$"  # "ISAF, today, confirmed"
    # a participle telling when or how the subject was made, set off between it and its verb:
    # "A follow-on assessment of the site, conducted at first light, confirmed that"
    r"|(?-i:[a-z]{3,}ed)\s+(?:at|on|in|by|after|during|over|early|late|last|this|yesterday"
    r"|today)\b)",
    re.IGNORECASE)
# "A spokesman for the provincial governor said": a role is an aside after a name ("Col. X, a
# spokesman for ISAF, said") but the subject itself when it opens the sentence.
_ROLE_SUBJECT = re.compile(r"an?\s+spokes(?:man|woman|person)\b", re.IGNORECASE)
_STATEMENT_OWNER = re.compile(
    r"['’]s?\s+(?:(?:first|latest|initial|earlier|new|updated|daily|weekly|own|official)\s+)*"
    r"(?:statement|report|update|briefing|bulletin|release|figures|count|toll|tally)$",
    re.IGNORECASE)


_COMMA = re.compile(r",\s*")
# A statement fronted without a comma before its speaker: "In a statement the Taliban said"
# (the speaker is what follows it, not the setting; "In a statement issued today ISAF said"
# keeps its reading as a parenthetical).
_FRONTED_STATEMENT = re.compile(
    r"\s*in\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?statement\s+"
    r"(?=(?:the|an?|its|their)\s|(?-i:[A-Z]))", re.IGNORECASE)
# ... and one dated by a participle with no comma either: "In a statement released yesterday the
# Afghan Ministry of Defense said" (the ministry speaks, not the release).
_FRONTED_DATED_STATEMENT = re.compile(
    r"\s*in\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?statement\s+(?:released|issued|published"
    r"|posted|made)\s+(?:(?:on|late|early|last|this)\s+)?(?:today|yesterday|tonight|night"
    r"|morning|evening|afternoon|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+"
    r"(?=(?:the|an?|its|their)\s|(?-i:[A-Z]))", re.IGNORECASE)
# A reporting clause inside the sentence's own: "The team visited the village after a tribal
# elder told journalists that five civilians had been killed" (the elder speaks, not the team);
# only after a clause of five words or more.
_SPEAKER_SUBORDINATOR = re.compile(r"(?:^|\s)(?:after|when|because|once|until)\s+",
                                   re.IGNORECASE)
_CLAUSE_OPENER = re.compile(r"(?:^|\s)(?:and|that|but|while|as|so)\s+|[;:“\"”—]\s*")
# A relative "where" or "when" opening a comma chunk opens a clause with a subject of its own,
# who speaks: "no record of any air strike in Chak district, where district officials told
# journalists that ...", "on Monday, when district officials say ..." (a "when" deep in a
# clause subordinates, ``_SPEAKER_SUBORDINATOR``).
_RELATIVE_OPENER = re.compile(r"\s*(?:where|when)\s+", re.IGNORECASE)
# ... but a time clause set off by commas on both sides, between a subject and its verb, is no
# speaker: "A subsequent assessment by the patrol, after it searched the area this morning,
# confirmed that" is the assessment's (the clause tells when, its "it" the patrol).
_SET_OFF_TIME_CLAUSE = re.compile(r"\s*(?:after|before|when|once|while|until|since)\s",
                                  re.IGNORECASE)


def _speaker_before(head: str, end: int) -> tuple[str, int] | None:
    """The subject of a reporting verb at ``end``: the last comma chunk before it that is not
    a parenthetical ("A U.S. defence official, speaking on condition of anonymity, said"),
    from its last clause boundary on; a statement's owner for "X's first statement said"."""
    text = head[:end]
    chunks: list[tuple[int, int]] = []
    start = 0
    for m in _COMMA.finditer(text):
        chunks.append((start, m.start()))
        start = m.end()
    chunks.append((start, len(text)))
    for a, b in reversed(chunks):
        fronted = (_FRONTED_STATEMENT.match(text, a, b)
                   or _FRONTED_DATED_STATEMENT.match(text, a, b))
        if fronted is not None:
            a = fronted.end()
        timed = _LEADING_TIME.match(text[a:b].lstrip()) if a == 0 else None
        if timed is not None:
            a += len(text[a:b]) - len(text[a:b].lstrip()) + timed.end()
        chunk = text[a:b]
        if not chunk.strip() or (_PARENTHETICAL.match(chunk.strip())
                                 and not (a == 0 and _ROLE_SUBJECT.match(chunk.strip()))):
            continue
        if a > 0 and b < len(text) and _SET_OFF_TIME_CLAUSE.match(chunk):
            continue
        relative = _RELATIVE_OPENER.match(chunk)
        cut = relative.end() if relative is not None else 0
        for m in _CLAUSE_OPENER.finditer(chunk, cut):
            cut = m.end()
        for m in _SPEAKER_SUBORDINATOR.finditer(chunk, cut):
            if len(chunk[cut:m.start()].split()) >= 5:  # a clause before it, not a noun's
                cut = m.end()  # modifier ("Initial reporting after the strike indicated")
        who = chunk[cut:].strip()
        owner = _STATEMENT_OWNER.search(who)
        if owner is not None:
            who = who[:owner.start()]
        if not who:
            return None
        return who, a + cut + (len(chunk[cut:]) - len(chunk[cut:].lstrip()))
    return None


# "the source", "the health ministry", "The source IranWire spoke to": the head noun is the
# last word of the lower-case run after the article ("source", "ministry").
_COREF_HEAD = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+)*?(?P<head>[a-z][\w-]*)"
                         r"(?=\s+[A-Z0-9]|\s*$)")
_PRONOUN = re.compile(r"^(?:he|she|it|they)$", re.IGNORECASE)
_ORG_WORD = re.compile(
    r"(?=[acdfghmnorst])"  # look-ahead: a cheap skip of impossible starts
    r"\b(?:ministry|office|agency|network|observatory|army|forces?|command|council|committee"
    r"|administration|group|department|directorate|authority|authorities|media|channels?"
    r"|television|radio|station|news|hospital|centre|center|organisation|organization"
    r"|government|military|coalition|militia|monitor|service|services)\b",
    re.IGNORECASE,
)
# A role named in the plural, capitalised only as it opens the sentence: "Officials of the
# Afghan National Police put the number of dead at 14" are the police's officials (the
# release's own voice speaks as bare "officials"), not a person named "Officials".
_ROLE_OPENING = re.compile(
    r"(?:Officials|Officers|Spokes(?:men|women|persons|people)|Commanders|Leaders|Members"
    r"|Representatives|Sources|Authorities|Elders|Residents)")
_NAME_CORE = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:from|of|with|at|for)\s+\S",
)


# A victim phrase whose last word names people ("two armed insurgents"), not their things.
_PERSON_HEAD = re.compile(rf"(?:{_PERSON.pattern})[\s,]*$")

# Cheap first looks: a sentence without one of these holds no casualty phrase / no speaker.
# (only whether it matches is used; the words are grouped by first letter, which the regex
# engine tries much faster than one flat list)
_ANY_CASUALTY = re.compile(
    r"k(?:ill|idnap|ia\b)|d(?:ead|eath|ied|etain|ebris)|wound|injur|h(?:urt|arm|ostage)"
    r"|c(?:aptur|asualt|ustody|aptive)|a(?:rrest|bduct|pprehend)|m(?:issing|artyr|aim|urder)"
    r"|s(?:lain|lew|eized)|toll|fatalit|e(?:liminat|xecut)|l(?:ost|ives)|rubble"
    r"|p(?:risoner|erish|assed\s+away)|behead|unaccounted|bod(?:y\s+(?:of|was)|ies\b)"
    r"|remains\s+of|neutrali|fatally"
    r"|mortally|succumb|assassinat|massacr|slaughter|gun(?:ned|ning)\s+down"
    r"|put\s+the\s+(?:number|figure|count)|only\s+(?:ones?|person|people|man|men)\s+to\s+die"
    r"|bl(?:ew|owing)\s+(?:him|her|them)sel")
# The last casualty word before a bare "put the number at 12" is a killing ("seven insurgents
# had been killed. ... Afghan commanders put the number at 12"): that number is of the dead.
_LAST_TOLD = re.compile(
    r"\b(?P<k>killed|dead|deaths?)\b|\b(?:detained|captured|arrested|wounded|injured)\b",
    re.IGNORECASE)


def _last_told_killed(text: str, start: int, end: int) -> bool:
    kinds = [m.group("k") is not None for m in _LAST_TOLD.finditer(text, start, end)]
    return bool(kinds) and kinds[-1]


# Killers named by their deed, of dead told before by a pronoun: "The people who killed them
# attacked Nijrab's children", "those who killed him will be found".
_KILLERS_WHO = re.compile(
    r"\b(?:those|whoever|anyone|(?:the|these|whose)\s+(?:[\w-]+\s+)?(?:people|men|man|ones"
    r"|individuals?|persons?|insurgents|cowards|criminals|attackers))\s+who\s+$", re.IGNORECASE)
_PRONOUN_VICTIM = re.compile(r"\s*(?:them|him|her|us)\b", re.IGNORECASE)
# A body found among a toll told before: "soldiers found the body of Ghafoor among the dead"
# names one of those dead, not another death.
_AMONG_THE_DEAD = re.compile(
    r"\s+(?:was\s+|were\s+)?among\s+(?:the\s+|those\s+)?(?:dead|bodies|killed|slain)\b",
    re.IGNORECASE)
_CLAIM_WORD = re.compile(r"(?=[acr])\b(?:claim|allegation|accusation|report)s?\b")
_ANY_SAY = re.compile(rf"(?=[acdeinprstw])\b(?:{_SAY}|according)\b")  # on lower-cased text


@functools.lru_cache(maxsize=4096)
def says(lower: str) -> bool:
    """Whether a (lower-cased) sentence has a reporting verb; asked once per sentence per
    article (memoised, cleared with the other memos)."""
    return _ANY_SAY.search(lower) is not None


# The normalizer is pure; victim phrases are read several times (count, conjuncts, groups).
find_quantities = functools.lru_cache(maxsize=8192)(quantities.find_quantities)
parse_count = functools.lru_cache(maxsize=8192)(quantities.parse_count)


@dataclass
class ClaimDraft:
    """A claim being assembled; ``spans`` are (start, end) offsets into the article."""

    outcome: Outcome
    population: Population
    count: Count
    count_known: bool
    claimant: str | None
    claimant_span: tuple[int, int] | None
    stance: Stance
    sentence: Sentence
    pos: int
    victim: str
    spans: list[tuple[int, int]]
    attr_spans: list[tuple[int, int]] = field(default_factory=list)
    aggregate: bool = False
    additive: bool = False
    # told as more by pointing back to a group counted as "more" ("engaged two more insurgents,
    # killing both"): beside a toll told before, as "two more" is, though the victim names none
    more_pointed: bool = False
    update: bool = False
    initial: bool = False  # told as a first report, which a later toll replaces
    names: frozenset[str] = frozenset()
    ordinal: int = 0  # "a third (insurgent)": the n-th person of a group counted before
    event: str | None = None
    id: str = ""
    superseded_by: ClaimDraft | None = None
    merged: bool = False
    others: list[Sentence] = field(default_factory=list)  # sentences of merged restatements
    date: DateRange | None = None  # when the casualties happened (set after linking)
    date_span: tuple[int, int] | None = None  # the claim's own words for it, if any
    # where the group a definite plural or pronoun took its count from was counted ("two
    # other insurgents ... The insurgents were killed"): whose toll it tells again
    antecedent: tuple[int, int] | None = None


def _outcome_word(word: str) -> Outcome | None:
    """The outcome a toll's noun names ("martyrs", "wounded", "injuries")."""
    w = word.lower()
    if w in ("wounded", "injured", "injuries"):
        return "injured"
    return "killed"


def _outcome(word: str) -> Outcome | None:
    w = " ".join(word.lower().split())
    for pattern, outcome in _OUTCOME_OF:
        if pattern.match(w):
            return outcome
    return None


def _victim_after(text: str, start: int, limit: int) -> tuple[int, int]:
    """The victim phrase that follows a verb at ``start``: up to the first clause boundary
    (a leading quantity such as "at least", "up to", "over", "between 15 and 20" is part of
    the phrase, not a boundary)."""
    end = min(limit, start + 220)
    scan = start
    lead = quantities.leading_quantity(text[start:min(end, start + 48)])
    if lead is not None:
        scan = start + lead.end
    m = _NP_END.search(text, scan, end)
    while m is not None and _sets_off_and_aside(text, scan, m.start()):
        m = _NP_END.search(text, m.end(), end)
    stop = m.start() if m is not None else end
    # (the "and" clause's verb may come after the time phrase the phrase stopped at: "killing
    # one, and Afghan National Police later (that day, on Tuesday) detained two men" is one
    # dead, the police its subject)
    later = _LATER_THEN_VERB.match(text, stop, end)
    reach = later.end() if later is not None else stop
    verb = _FINITE_AFTER_AND.search(text, scan, reach) if "and" in text[scan:stop] else None
    if verb is not None:
        stop = verb.start()  # "one insurgent and an unknown number of insurgents fled"
    lost = _AND_LOST.search(text, scan, stop) if "lost" in text[scan:stop] else None
    if lost is not None:
        stop = lost.start()  # "killed six insurgents and lost one of their own"
    copula = _COPULA.search(text, scan + 1, stop)
    if copula is not None:
        stop = copula.start()  # "(claims that the strike) killed 20 civilians are false"
    while stop > start and text[stop - 1] in " ,":
        stop -= 1
    return start, stop


def _sets_off_and_aside(text: str, scan: int, at: int) -> bool:
    """Whether the comma at ``at`` opens or closes an aside between "and" and the counted
    object after it (``_AND_ASIDE``): the list goes on through it."""
    return text[at] == "," and any(
        m.start() <= at < m.end()
        for m in _AND_THEN_ASIDE.finditer(text, scan, min(len(text), at + 80)))


# A finite copula after a victim phrase begins the predicate of a larger clause (one right after
# the verb is the verb's own: "Those killed were three brothers").
_COPULA = re.compile(r"(?<=\w)\s(?:are|were|was|is)\b")
# "... and <a noun phrase> fled": the "and" opens a clause whose subject is not a victim.
# A second verb of the subject's, its own loss: "killed six insurgents and lost one".
_AND_LOST = re.compile(r"(?:,\s*|\s)and\s+(?=lost\b)")
# "later", or another time phrase where a victim phrase stops (``_NP_END``), and the verb
# right after it: " later detained", " later that day detained", " on Tuesday detained".
_LATER_THEN_VERB = re.compile(r"\s+(?:later(?:\s+that\s+(?:day|night|morning|afternoon|evening))?"
                              r"|today|yesterday|tonight|on\s+\w+day|afterwards?)\s+\w+\b",
                              re.IGNORECASE)
_FINITE_AFTER_AND = re.compile(
    r"(?:,\s*|\s)and\s+(?=(?:[\w'’-]+\s+){1,6}?(?:fled|escaped|withdrew|retreated|surrendered"
    r"|were|was|are|is|had|have|has|killed|wounded|injured|detained|captured|arrested"
    # ("killing two insurgents, and an air weapons team engaged the remaining insurgents")
    r"|engaged|fired|struck|attacked)\b)")


_NOT_A_SUBJECT_START = re.compile(r"(?:known|also|aged|including|believed|who|which|"
                                  # (a participle's clause: "after being wounded ... was")
                                  r"identified|named|being|having)\b")
# A relative clause's predicate, not a subject: "(the attack) that | killed four guards (was)".
_KILLING_PREDICATE = re.compile(r"(?:killed|wounded|injured)\s+(?!(?:by|in|during|on|at)\b)",
                                re.IGNORECASE)
_FORCE_ADJECTIVE = re.compile(r"(?:Afghan|coalition|ISAF|NATO|U\.S\.|British|partnered)\s+[a-z]")
_FORCE_ADJECTIVE_AT_END = re.compile(r"\b(?:Afghan|coalition|ISAF|NATO|U\.S\.|British)\s*$")
# What a toll's subject is said to be after its verb: "the four who died | in the strike were
# all civilians".
_PREDICATE_AFTER = re.compile(r"(?:\s+(?:in|during|on|at)\s+[^.;,]{1,40}?)?\s+(?:were|was)\s+"
                              r"(?:all\s+|both\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)\b")
_RELATIVE_AT_END = re.compile(r"\s+(?:who|that)$")
# ("between Lashkar Gah and Marjeh": a place of two words too)
_BETWEEN_AT_END = re.compile(r"\b(?i:between)\s+(?:[A-Z][\w'’-]*\s+)?\S+\s*$")
# A short noun phrase that may be the first of two joined subjects ("A Taliban commander").
_SUBJECT_NP = re.compile(r"(?:an?|the|one|two|three|four|five|\d+|[A-Z][\w'’-]*)"
                         r"(?:\s+(?:[A-Z]\.){2,}|\s+[\w'’-]+){0,7}", re.IGNORECASE)  # "U.S."
# Participles used as adjectives before a noun of people ("the targeted leader").
_ATTRIBUTIVE = re.compile(r"\b(?:targeted|wanted|suspected|alleged|armed|senior|named)\b"
                          # a group named by what it does: "an insurgent firing team"
                          r"|\b[a-z]+ing(?=\s+(?:teams?|squads?|cells?|crews?|parties|party)\b)",
                          re.IGNORECASE)
# "associated", "working", and a participle with its phrase ("wounded during a clash"), which
# a "with" may continue ("... a clash with a patrol"): still the subject's
_PARTICIPLE_AT_END = re.compile(
    r"\s+[a-z]+(?:ing|ed)(?:\s+(?:during|in|at|near|after|on)\s+(?:an?|the)\s+[a-z]+)?$")
# People told with what they carried, its objects joined by "and": "Three insurgents carrying
# weapons and explosives".
_WITH_OBJECT = re.compile(r"(?P<np>.+?)\s+(?:carrying|holding|transporting|moving|wearing"
                          r"|armed\s+with)\s+[\w-]+(?:\s+[\w-]+)?")
_BARE_OBJECT = re.compile(r"\s*[\w-]+(?:\s+[\w-]+)?\s*")


def _people_with_objects(first: str, rest: str) -> bool:
    """Whether ``first`` ("Three insurgents carrying weapons") is people told with an object
    that ``rest`` ("explosives ") goes on after "and"."""
    m = _WITH_OBJECT.fullmatch(first)
    return (m is not None and _BARE_OBJECT.fullmatch(rest) is not None
            and _PERSON.search(rest.lower()) is None
            and _SUBJECT_NP.fullmatch(m.group("np")) is not None
            and _PERSON.search(m.group("np").lower()) is not None)


# A subject's wound and what followed it, both participles: "A commander wounded and detained
# ... died".
_WOUNDED_AND = re.compile(r"\s(?:wounded|injured)\s*$", re.IGNORECASE)
_TAKEN_PARTICIPLE = re.compile(r"\s*(?:detained|captured|arrested|evacuated|treated)\b",
                               re.IGNORECASE)
# (not the initialism "IED": "an IED cell leader and an IED emplacer were killed")
_VERB_LIKE = re.compile(r"\b(?!IEDs?\b)(?:\w+ed|was|were|is|are|had|has|have|been|being|be"
                        r"|did|do|does"
                        r"|\w+ing|shot|threw|fought|led|ran|drove|hid|fled|set|put|met|sent"
                        r"|brought|built|took|gave|made)\b", re.IGNORECASE)


# The one man a pronoun's death points back to in its own sentence: "treated the insurgent at
# the scene, and he was flown to a coalition medical facility, where he later died" (not "A
# third was wounded ...; medics treated him, and he was flown ...": one of a toll told before).
_THE_ONE_MAN = re.compile(r"\b[Tt]he\s+(?:wounded\s+)?(?:insurgent|fighter|militant|man|gunman"
                          r"|attacker|civilian|boy|girl|child)\b(?!['’]s)")
# (or were not: "two men who were not connected with the insurgents were also killed")
_WHO_WERE = re.compile(r"(?:were|was)(?:\s+not)?")
_WAS_AT_START = re.compile(r"(?:was|were)\s")
_NP_WHO = re.compile(r"\s*(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+"
                     r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+who\s+")
_HE_WAS = re.compile(r"(?:he|she)\s+(?:was|had\s+been)\s")
_TAKEN_AFTER = re.compile(
    r"\s*(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:detained|captured"
    r"|arrested|evacuated|treated|taken)\s+(?:[^,.;]{0,60}\s)?(?:after|when)\s+")
_WHERE_HE = re.compile(r",\s+where\s+$", re.IGNORECASE)
_OPENING_SUBJECT = re.compile(
    r"\s*(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:was|had\s+been)\b")
# "... was wounded and later died": a passive wound, then the death of the same subject, also
# after where and when it happened ("was wounded during the engagement in Nad-e Ali district,
# Helmand province, and later died") or where he was taken (", where he later died").
# So does any passive the subject took before "and later died": "A third insurgent, wounded
# in the exchange, was detained and later died of his wounds".
_WOUNDED_THEN = re.compile(
    rf"{_AUX}\s+(?:(?:(?:seriously|severely|critically|badly|mortally|left)\s+)?(?:wounded"
    # ("The soldier was hit during the exchange and treated by the patrol medic before being
    # flown to Camp Bastion, where he died": the soldier, not the medic)
    r"|injured|hurt|hit)\b[^.;]{0,120}?(?:\s+and|\s+but|,\s*where\s+(?:he|she|they))\s+"
    r"(?:(?:later|subsequently|then|eventually)\s+)?"
    # (also after "but": "was treated by coalition medics but later succumbed to his wounds")
    # ("The policeman was shot by other ISAF soldiers and later died of his wounds")
    r"|(?:detained|captured|arrested|evacuated|taken|flown|treated|transported|shot)\b[^.;]{0,120}?"
    # ("was treated by a coalition medic but died on the way")
    r"\s+(?:and\s+(?:later|subsequently|then|eventually)|but(?:\s+(?:later|subsequently"
    r"|then|eventually))?)\s+"
    # ("was detained and taken to a coalition medical facility, where he died of his wounds")
    # (also after first aid: "was given first aid and flown to Camp Bastion, where he died")
    r"|(?:detained|captured|evacuated|taken|flown|transported|given\s+first\s+aid|treated)\b"
    r"[^.;]{0,120}?,\s*where\s+"
    r"(?:he|she|they)\s+(?:(?:later|subsequently|then|eventually)\s+)?)$",
    re.IGNORECASE)


# A subject whose defining clause says he was wounded, up to the verb of his death.
_WOUNDED_WHO = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+who\s+(?:was|had\s+been)"
    r"\s+(?:(?:seriously|severely|critically|badly|mortally)\s+)?(?:wounded|injured|hurt)\b"
    r"[^.;]*$")


_PLACE_OR_DAY_SET_OFF = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:province|district)"
    r"|yesterday|today|last\s+night|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    # (a subject's day before the adverb of its death: "... on Wednesday later died")
    r"(?:\s+(?:later|subsequently|eventually))?\s*(?:,|$)")


# A person the text names as it tells of him: "A Taliban leader named Mullah Sakhi".
# A death named as a time ("Since his death, Afghan forces have detained ...", "after Umar's
# death"): it dates what follows and restates a killing told before, or one recalled.
_TIME_BEFORE = re.compile(r"\b(?:since|after|following|before|until|upon|with)\s+$", re.IGNORECASE)
# A possessive killing that is the owner's deed, the object of a verb of doing ("sent
# teenagers to do his killing for him", "men who did their killing"): the act he does, no
# victim's death.
_DONE_BY_OWNER = re.compile(r"\b(?:do|does|did|doing|done)\s+$", re.IGNORECASE)
# A death named as the subject of what it does ("Hakim's death removes one of the most
# dangerous men", "his death will disrupt the network", "is a significant blow"): the release
# weighs a killing it has told, it does not tell another.
_DEATH_AS_EFFECT = re.compile(
    r"\s+(?:(?:will|would|should|has|have)\s+(?:\w+\s+)?)?(?:removes?|removed|deals?|dealt"
    r"|disrupts?|disrupted|eliminates?|degrades?|degraded|weakens?|weakened|represents?"
    r"|leaves|marks|means|is\s+(?:a|another)\s+(?:\w+\s+)?(?:blow|setback|loss)"
    # ("Nasir's death is the latest blow to the Taliban in Zhari")
    r"|is\s+the\s+(?:latest|newest|most\s+recent|last|second|third|biggest|heaviest)\s+"
    r"(?:\w+\s+)?(?:blow|setback|loss)"
    # ("His death follows the capture in April of his deputy": the date is the capture's)
    r"|follows|followed|comes\s+after|came\s+after)\b")
_NAMED_SUBJECT = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+named"
                            r"(?:\s+[A-Z][\w'’-]*){1,4}")
# ... or qualifies and names between commas: "A facilitator with ties to al-Qaeda, known as
# Abu Hamza,"; "Taliban leader Mullah Nasir, also known as Qari Nasir," (a role and a name,
# with no article).
_QUALIFIED_SUBJECT = re.compile(
    r"\s*(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+){1,2}(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
    r"(?:\s+with\s+(?:ties|links|connections)\s+to\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?"
    r",\s+(?:also\s+)?(?:known|identified)\s+as\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _qualified_first_subject(window: str, cuts: list[re.Match[str]], end: int) -> int | None:
    """Where a first subject set off by a qualifier and a name (``_QUALIFIED_SUBJECT``) starts,
    when it runs from a clause boundary up to the "and" at ``end``."""
    for start in (0, *(c.end() for c in cuts)):
        if start >= end:
            break
        m = _QUALIFIED_SUBJECT.fullmatch(window, start, end)
        if m is not None and _PERSON.search(m.group("np").lower()):
            return start
    return None


def _outer_relative_subject(window: str, cuts: list[re.Match[str]]) -> int | None:
    """Where the person a "who" clause defines starts, when a relative clause nested in it
    ends just before the verb: "A Taliban leader who organized the attack | that killed four
    civilians | was killed" is the leader's death (the toll inside is what he is blamed for)."""
    for i in range(len(cuts) - 1, -1, -1):
        if cuts[i].group(0).strip().lower() != "who":
            continue
        before = cuts[i - 1].end() if i else 0
        first = window[before:cuts[i].start()].strip()
        if (_SUBJECT_NP.fullmatch(first) and _PERSON.search(first.lower())
                and not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", first))):
            return before
        return None
    return None


# The "and" of a relative clause's object, "who directed attacks on Marines and Afghan soldiers
# in Sangin district was killed": a preposition's object before it, bare people after it (a
# second subject is counted or determined: "and two of his fighters", "and his deputy"). The
# object may be named with an initialism, "a patrol of U.S. Marines", or be an attack verb's
# own: "who attacked U.S. Marines and Afghan soldiers".
_OBJECT_WORD = r"(?:[\w'’-]+|(?:[A-Z]\.){2,})"
_PREPOSITION_OBJECT_AT_END = re.compile(
    r"\b(?:on|against|at|of|for|to|toward|towards|from|attacked|ambushed|targeted)\s+"
    rf"(?:{_OBJECT_WORD}\s+){{0,3}}?{_OBJECT_WORD}\s*$", re.IGNORECASE)
_DETERMINED = re.compile(
    r"(?:an?|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+"
    r"|several|some|another|other|all|both|many|numerous|dozens|more|at)\b", re.IGNORECASE)


_WHO_IN = re.compile(r"\swho\s", re.IGNORECASE)
# A conjunct that ends inside what a victim attacked: "responsible for attacks on Afghan | and
# coalition forces".
_ATTACKS_ON_END = re.compile(
    r"\b(?:attacks?|attacking|ambush(?:es|ing)?|bombings?|assaults?)\s+(?:on|against)\s+"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*$", re.IGNORECASE)


def _and_inside_relative(window: str, cuts: list[re.Match[str]],
                         boundary: re.Match[str]) -> int | None:
    """Where the person a "who" clause defines starts, when the "and" just before the verb
    joins two objects inside that clause: "A Taliban leader who directed attacks on Marines and
    Afghan soldiers in Sangin district was killed" is the leader's death, not the soldiers'."""
    if not cuts or cuts[-1].group(0).strip().lower() != "who":
        return None
    clause = window[cuts[-1].end():boundary.start()]
    after = window[boundary.end():].strip()
    if (not _PREPOSITION_OBJECT_AT_END.search(clause) or _DETERMINED.match(after)
            or _named_person(after)):
        return None
    before = cuts[-2].end() if len(cuts) > 1 else 0
    first = window[before:cuts[-1].start()].strip()
    if (_SUBJECT_NP.fullmatch(first) and _PERSON.search(first.lower())
            and not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", first))):
        return before
    return None


# A man who did something and then was killed, one subject of both verbs: "an armed man ran
# out the back with a rifle and was shot and killed" (not "a rifle", what he ran out with).
_ACTOR_THEN_AND = re.compile(
    # (not the last of a joined subject alone: "the leader and the fighter came out ... and
    # were killed" are both the subject, a man and those told as his, "the commander and his
    # fighters fired on the force ... and were killed")
    # (those told as his or theirs by any noun of people, "the commander and his bodyguards",
    # which ``_subject_before`` checks is one: ``his``)
    r"(?<!\band\s)\b(?P<subject>(?:the|an?)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+and\s+"
    r"(?P<his>(?:his|their)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)"
    r"|(?:(?:the|an?)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+and\s+(?=the\s))?"
    r"(?:an?|one|two|three|four|five|the|his|their|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|men|insurgents?|fighters?"
    r"|gunm[ae]n|militants?|attackers?|suspects?|bombers?|drivers?))\s+"
    r"(?:ran|fled|tried|came|emerged|stepped|jumped|opened|fired|drove|rushed|moved|climbed"
    r"|crawled|charged|approached|raised|pointed|aimed)\b[^.;,]{0,60}?\s+and\s*$",
    re.IGNORECASE)


# ... or who was stopped or somewhere and then was killed, past a relative clause of its own:
# "The driver, who was alone in the car, was stopped at the checkpoint and was killed" (the
# subject is that of the "was" after the clause, not of the clause's own "was").
_BEEN_THEN_AND = re.compile(
    r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s(?:were|was)\s+(?:(?!\b(?:were|was|who|that|which)\b)"
    r"[^.;,]){1,80}?\s+and\s*$", re.IGNORECASE)
# (only past a relative clause of the subject's, whose own verb the subject's is not; without
# one the subject is read as any other: "two civilians, a man and a boy, were in a room and
# were killed")
_WHO_BEFORE = re.compile(r"\swho\s+(?:were|was)\b", re.IGNORECASE)
# A single man "lost" as one of a group ("Tonight they lost one of the men who make that
# happen", "the network lost one of its key organisers") restates the man the release has
# already told captured or killed by his role or rank: a man his side no longer has, not one
# more dead. Counted men ("The Taliban network lost five fighters") and "one of their own" (a
# force's own dead) stay deaths.
_ONE_OF_GROUP = re.compile(r"one\s+of\s+(?:the|its|their|his)\s+(?!own\b)", re.IGNORECASE)
_TAKEN_ROLE = r"(?:leader|commander|sub-?commander|facilitator|financier|bomb\s*maker)"
_ROLE_TAKEN = re.compile(
    rf"\b(?:{_CAPTURED}|killed)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_TAKEN_ROLE}\b"
    rf"|\b{_TAKEN_ROLE}\s+(?:[^.;]{{0,60}}?\s)?(?:was|has\s+been)\s+(?:{_CAPTURED}|killed)\b",
    re.IGNORECASE)


def _subject_before(text: str, floor: int, aux: int) -> tuple[int, int]:
    """The subject of a passive verb whose auxiliary starts at ``aux``: back to the last clause
    boundary, skipping appositions ("The insurgent, known as Mahmood, was killed")."""
    window = text[floor:aux]
    actor = _ACTOR_THEN_AND.search(window)
    if actor is not None and (actor.group("his") is None or _people_phrase(actor.group("his"))):
        return floor + actor.start("subject"), floor + actor.end("subject")
    been = _BEEN_THEN_AND.search(window)
    if been is not None and _WHO_BEFORE.search(window, 0, been.start()) is not None:
        return _subject_before(text, floor, floor + been.start())
    limit = aux
    trimmed = window.rstrip()
    if trimmed.endswith(","):
        # "The insurgent, who was armed with an AK-47, was killed": what commas set off
        # between the subject and its verb is not the subject
        opening = trimmed.rfind(",", 0, len(trimmed) - 1)
        if opening > 0 and trimmed[opening + 1:opening + 2].isspace() and (_set_off(
                trimmed[opening + 1:-1]) or _COUNTED_HEAD.search(window, 0, opening)):
            # ("two civilians, a man and his teenage son, later died": who they were does not
            # recount a head that gives its count)
            window, limit = window[:opening], floor + opening
    cut = 0
    cuts = [m for m in _CLAUSE_BACK.finditer(window) if m.end() < len(window.rstrip())
            and not (m.group(0).strip().lower() == "and"
                     and _BETWEEN_AT_END.search(window[:m.start()]))
            # "wounded in Khakrez district, Kandahar province, Wednesday died": a comma that
            # sets off where or when inside the subject
            and not (m.group(0).strip() == "," and _PLACE_OR_DAY_SET_OFF.match(window, m.end()))
            # "an Afghan and coalition patrol": an "and" between two forces' adjectives
            and not (m.group(0).strip().lower() == "and"
                     and _FORCE_ADJECTIVE_AT_END.search(window, 0, m.start())
                     and _FORCE_ADJECTIVE.match(window, m.end()))
            and not (m.group(0).strip() == "(" and ")" in window[m.end():])]
    boundary: re.Match[str] | None = None
    while cuts:
        boundary = cuts.pop()
        cut = boundary.end()
        segment = window[cut:].strip()
        if segment and not _NOT_A_SUBJECT_START.match(segment) and not (
                boundary.group(0).strip().lower() in ("that", "which")
                and _KILLING_PREDICATE.match(segment)):
            break
    qualified = (_qualified_first_subject(window, cuts, boundary.start())
                 if boundary is not None and boundary.group(0).split() == [",", "and"] else None)
    if qualified is not None:
        # "A facilitator with ties to al-Qaeda, known as Abu Hamza, and one of his associates
        # were killed": the first subject, qualified and named, opens the clause
        cut = qualified
    elif boundary is not None and boundary.group(0).strip().lower() == "and":
        # "A Taliban commander and two of his bodyguards were killed": the "and" joins two
        # subjects, not two clauses, when what precedes it is a noun phrase of people
        before = cuts[-1].end() if cuts else 0
        first = window[before:boundary.start()].strip()
        if (_SUBJECT_NP.fullmatch(first) and _PERSON.search(first.lower())
                and not _VERB_LIKE.search(first)) or _named_person(first) or (
                # "Three insurgents carrying weapons and explosives were killed": the "and"
                # joins the participle's objects
                _people_with_objects(first, window[boundary.end():]) or (
                # "A Taliban commander wounded and detained yesterday died of his wounds": two
                # participles of one subject
                _WOUNDED_AND.search(first) and _PERSON.search(first.lower())
                and _SUBJECT_NP.fullmatch(first) is not None
                and _TAKEN_PARTICIPLE.match(window, boundary.end()) is not None)) or (
                _NAMED_SUBJECT.fullmatch(first) and _PERSON.search(first.lower())) or (
                _PRONOUN_SUBJECT.fullmatch(first)
                and _HIS_OWN.match(window, boundary.end()) is not None):
            # ("A Taliban leader named Mullah Sakhi and two other insurgents were killed"; the
            # leader told before: "confirmed that he and one other insurgent were killed")
            cut = before
            # ... and so are the commas of a list before it: "The Taliban commander, his
            # deputy and a bodyguard were killed", "Abdul Qadir, Haji Wali and Karim" (not
            # when a comma closes it: "The victims, a woman and her two children, were")
            while cuts and cuts[-1].group(0).strip() == "," and not trimmed.endswith(","):
                comma = cuts.pop()
                before = cuts[-1].end() if cuts else 0
                first = window[before:comma.start()].strip()
                if not (_people_phrase(first) or _named_person(first)):
                    break
                cut = before
        else:
            inside = _and_inside_relative(window, cuts, boundary)
            if inside is not None:
                cut = inside
    elif boundary is not None and boundary.group(0).strip().lower() == "with":
        # "A man associated with the Taliban was killed", "A Taliban commander with ties to
        # al-Qaida": a "with" that qualifies a person is part of the subject, not a clause
        before = cuts[-1].end() if cuts else 0
        first = _PARTICIPLE_AT_END.sub("", window[before:boundary.start()].strip())
        if cuts and cuts[-1].group(0).strip().lower() == "who" and _WHO_WERE.fullmatch(first):
            # "Two fighters who were with him were also killed": the people before "who"
            people_at = cuts[-2].end() if len(cuts) > 1 else 0
            people = window[people_at:cuts[-1].start()].strip()
            if _people_phrase(people):
                first, before = people, people_at
                cuts.pop()  # (so the people joined before them are read too: "a man and a boy")
        if (_SUBJECT_NP.fullmatch(first) and _PERSON.search(first.lower())
                and not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", first))):
            cut = before
            if cuts and cuts[-1].group(0).strip().lower() == "and":
                # "Seven service members and a civilian working with ISAF were killed"
                conj = cuts.pop()
                before = cuts[-1].end() if cuts else 0
                if _people_phrase(window[before:conj.start()].strip()):
                    cut = before
    elif (boundary is not None and boundary.group(0).strip().lower() in ("who", "that", "which")
          and _VERB_LIKE.match(window[cut:])):
        # "An insurgent who was emplacing an IED was killed": a relative clause that defines
        # the subject belongs to it
        before = cuts[-1].end() if cuts else 0
        first = window[before:boundary.start()].strip()
        if (_SUBJECT_NP.fullmatch(first) and _PERSON.search(first.lower())
                and not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", first))):
            cut = before
            if cuts and cuts[-1].group(0).strip().lower() == "and":
                # ... and to the last of the people joined: "Two policemen and a cook who
                # worked at the guesthouse were killed"
                conj = cuts.pop()
                before = cuts[-1].end() if cuts else 0
                if _people_phrase(window[before:conj.start()].strip()):
                    cut = before
        elif boundary.group(0).strip().lower() in ("that", "which"):
            outer = _outer_relative_subject(window, cuts)
            if outer is not None:
                cut = outer
    elif (boundary is not None and boundary.group(0).strip().lower() == "but"
          and _VERB_LIKE.match(window[cut:].lstrip())):
        who = _person_before_who(window, cuts)
        if who is not None:
            cut = who
    elif boundary is not None and boundary.group(0).strip().lower() == ", and" and len(cuts) >= 2:
        # "The Taliban leader, Mullah Rahim, and two other insurgents were killed": a person
        # and his name (in either order) set off by commas, then "and" more people
        before = cuts[-2].end()
        pair = window[before:boundary.start()].split(",")
        if len(pair) == 2 and cuts[-1].end() > before and all(
                not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", part)) for part in pair) and any(
                _BARE_NAME.fullmatch(part) for part in pair) and any(
                _SUBJECT_NP.fullmatch(part.strip()) and _PERSON.search(part.lower())
                for part in pair):
            cut = before
    if boundary is not None and not _PERSON.search(window[cut:].lower()):
        # a "with" or an "and" inside a relative clause of the people before it: "two armed
        # insurgents who ran toward a ridge with rifles were shot and killed", "A Haqqani
        # leader who organised the smuggling of fighters and explosives, Mawlawi Sabir, was
        # killed"
        for i in range(len(cuts) - 1, -1, -1):
            if cuts[i].end() > cut or cuts[i].group(0).strip().lower() not in ("who", "that"):
                continue
            start = cuts[i - 1].end() if i else 0
            people = window[start:cuts[i].start()].strip()
            if (_SUBJECT_NP.fullmatch(people) and _PERSON.search(people.lower())
                    and not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", people))):
                cut = start
            break
    start = floor + cut
    while start < limit and text[start].isspace():
        start += 1
    end = limit
    while end > start and text[end - 1] in " ,":
        end -= 1
    relative = _RELATIVE_AT_END.search(text, start, end)
    if relative is not None and _bare_count(text[start:relative.start()]):
        end = relative.start()  # "all seven who died": the number is the subject
    return start, end


def _person_before_who(window: str, cuts: list[re.Match[str]]) -> int | None:
    """Where the people a "who" clause defines start, when a "but" after it opens a second
    predicate of that clause, no subject of its own: "A Taliban leader who had been wounded in
    an air strike last year but returned to lead fighters in Qarabagh district, Ghazni
    province, was arrested" is the leader's arrest (not "fighters"')."""
    for i in range(len(cuts) - 1, -1, -1):
        if cuts[i].group(0).strip().lower() != "who":
            continue
        start = cuts[i - 1].end() if i else 0
        return start if _people_phrase(window[start:cuts[i].start()].strip()) else None
    return None


def _people_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is a short noun phrase of people and no clause ("his deputy", "the
    targeted Taliban leader")."""
    return bool(_SUBJECT_NP.fullmatch(phrase) and _PERSON.search(phrase.lower())
                and not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", phrase)))


def _set_off(aside: str) -> bool:
    """Whether ``aside``, set off by commas before a passive verb, is something the subject
    does without: a relative clause, an age, an "including", a single role ("a Taliban
    commander who ..."); not more people or their count ("The victims, a woman and her two
    children,")."""
    if _ASIDE_OPENER.match(aside):
        return True
    return not (_AND_WORD.search(aside) or any(
        q.count.min != 1 or q.count.max != 1 for q in find_quantities(aside)))


_ASIDE_OPENER = re.compile(
    r"\s*(?:who|whom|whose|which|that|known|identified|named|aged|including|believed|said"
    r"|reportedly|according|\d{1,3}\b"
    # a part of the subject named between commas: "Five insurgents, two of them commanders,"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|all|both"
    r"|\d+)\s+of\s+(?:them|whom)\b"
    # ... or counted among them: "Four civilians, among them two children,"
    r"|among\s+(?:them|whom)\b"
    # what unit they served in: "The soldiers, members of a mentoring team working with ...,"
    r"|(?:members|part)\s+of\s+(?:an?|the|their)\b)", re.IGNORECASE)
_AND_WORD = re.compile(r"\band\b|&")
# A word of a name, its particle too: "Abu Idris al-Bahrami" is a name set off as any other.
_NAME_WORD = r"(?:[A-Z][\w'’-]*|(?:al|ul|ud|ur|us|ad)-[A-Z][\w'’-]*)"
_APPOSITION = re.compile(rf",\s*((?:{_NAME_WORD}\s*){{1,4}}),")
_IDENTIFIED_AS = re.compile(r",\s*(?:also\s+)?(?:identified|known)\s+as\s+"
                            r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s*(?:,|$))")
_ROLE_APPOSITION = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    r"(?P<role>(?:an?|the)\s+(?:(?!and\b|or\b)[a-z][\w'’-]*\s+|[A-Z][\w'’-]*\s+){0,4}"
    r"(?![\w'’-]*s(?:,|\s*$))[a-z][\w'’-]*)(?P<end>,(?=\s)|\s*$)")
# The last of a list named, then set off as the first's man: "Abdul Wali, a Taliban leader,
# and Gul Agha, his deputy" is two men ("his deputy" is Gul Agha, not a third).
_LAST_ONES_APPOSITION = re.compile(
    r"(?<=\band\s)(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    r"(?P<role>(?:his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s*$")


def _apposed(m: re.Match[str]) -> str:
    """A name set off by commas after a role is that person ("Taliban leader, Mahjur,"); after
    another name it is the next of a list ("Mullah Karim, Mullah Rahim, Abdul Qadir and")."""
    if _NAME_AT_END.search(m.string, 0, m.start()):
        return m.group(0)
    return f" {m.group(1)} "


_BARE_NAME = re.compile(rf"\s*(?:{_NAME_WORD}\s*){{1,4}}")
_DETERMINER_START = re.compile(r"\s*(?:an?|the|his|her)\s", re.IGNORECASE)
_NAME_AT_END = re.compile(rf"{_NAME_WORD}\s*$")


def _split_conjuncts(phrase: str) -> list[str]:
    """``phrase`` split at its conjunctions, except the "and" of a range ("between 15 and 20
    people" is one quantity)."""
    pieces: list[str] = []
    start = 0
    for m in _CONJ.finditer(phrase):
        if _RANGE_BEFORE.search(phrase, 0, m.start()):
            continue
        pieces.append(phrase[start:m.start()])
        start = m.end()
    pieces.append(phrase[start:])
    return pieces


_PLURAL_PRONOUN = re.compile(r"them|they|those|these", re.IGNORECASE)
_RANGE_BEFORE = _BETWEEN_AT_END  # "between 15 and 20", "between Lashkar Gah and Marjeh"


# A part of the victims named between commas is among them, not more of them: "killed eight
# civilians, three of them children," (eight in all).
_PARTITIVE_ASIDE = re.compile(
    r",\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|all|both"
    r"|\d+)\s+of\s+(?:them|whom)\b[^,]*(?:,|$)", re.IGNORECASE)


def _conjuncts(phrase: str) -> list[str]:
    # An apposition "Taliban leader, Mahjur," / "a facilitator, Mohammad Umar" is one person;
    # so is "Mullah Akhtar, a Taliban leader, and ...": the role, set off by commas, is his.
    if "," in phrase:
        phrase = _PARTITIVE_ASIDE.sub(" ", phrase)
        phrase = _IDENTIFIED_AS.sub(r" \g<name>", phrase)
        phrase = _ROLE_APPOSITION.sub(r"\g<role> \g<name>\g<end>", phrase)
        phrase = _LAST_ONES_APPOSITION.sub(r"\g<role> \g<name>", phrase)
        phrase = _DEFINITE_APPOSITION.sub(r"\g<head>\g<end>", phrase)
        phrase = _APPOSITION.sub(_apposed, phrase)
    parts: list[str] = []
    for part in _split_conjuncts(phrase):
        if not part or not part.strip():
            continue
        if (parts and _BARE_NAME.fullmatch(part) and _DETERMINER_START.match(parts[-1])
                and not _NAME_AT_END.search(parts[-1]) and ", " + part.strip() in phrase):
            parts[-1] = parts[-1] + " " + part.strip()
            continue
        parts.append(part)
    return parts


_PLURAL_REFERENCE = re.compile(r"(?:all\s+(?:of\s+)?)?(?:them|they|those|these|the\s+[\w\s-]+s)",
                               re.IGNORECASE)
_CAPITALISED_NAME = re.compile(r"[A-Z][a-z][\w'’-]*")
_SINGULAR_ROLE = (
    r"(?:rifleman|corporal|sergeant|sapper|trooper|guardsman|paratrooper|interpreter"
    r"|leader|commander|facilitator|individual|male|man|woman"
    r"|insurgent|fighter|driver|associate|member|sub-commander|official|soldier|deputy"
    r"|bodyguard|guard|brother|son|cousin|nephew|father|companion|accomplice|militant|gunman"
    r"|attacker|bomber|sniper|bomb[\s-]?maker|courier|spotter|emplacer|financier|smuggler"
    r"|extremist|shooter|assailant|perpetrator|infiltrator|trigger-?man|trafficker|maker"
    r"|planner|suspect|target)")
_SINGULAR_ROLE_AT_END = re.compile(
    rf"(?=[abcdefgilmnoprstw])\b{_SINGULAR_ROLE}$", re.IGNORECASE)
# "the targeted individual, a Haqqani network facilitator,": a role set off after a definite
# one is who he is, not a second person (a list of indefinites, "a commander, a bomb maker and
# two fighters", goes on with "and", not a closing comma).
_DEFINITE_APPOSITION = re.compile(
    rf"(?P<head>\b(?i:the)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{_SINGULAR_ROLE})),\s+"
    rf"(?i:an?)\s+(?:[\w'’-]+\s+){{0,4}}?(?i:{_SINGULAR_ROLE})(?P<end>,(?=\s)|\s*$)")
_DETERMINER_WORD = re.compile(r"^(?:the|an?|his|her|its|their)\b", re.IGNORECASE)
# "Qari Zia ur-Rahman's deputy": one person, owned by a name
_POSSESSED_ROLE = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_SINGULAR_ROLE}$", re.IGNORECASE)
# "al-Qaida facilitator Abu Hafs al-Najdi", "Taliban leader Mullah Idris": a role, then a name
_ROLE_THEN_NAME = re.compile(
    rf"\b(?i:{_SINGULAR_ROLE})\s+(?:(?:al|el|ul|ur|abu|bin|ibn)[\s-]+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|ul|ur|bin|ibn)-)?[A-Z][\w'’-]*){0,3}$")


# "No family", "no household": a noun the quantity reader does not count people by, denied
# ("to make sure no family": the subject of the passive is the words after "no")
_NO_NOUN = re.compile(r"(?:^|\s)no\s+(?:[\w-]+\s+)?[\w-]+$", re.IGNORECASE)


def _conjunct_count(part: str, pronoun: Count | None = None) -> tuple[Count | None, bool]:
    """(count, plural-without-number) of one conjunct of a victim phrase; ``pronoun`` is what
    a plural pronoun ("them") stands for, when the caller found its antecedent."""
    part = part.strip()
    if pronoun is not None and _PLURAL_REFERENCE.fullmatch(part):
        return pronoun, False
    mentions = find_quantities(part)
    if mentions and _DETERMINERS.match(part[:mentions[0].start]):
        return mentions[0].count, False
    head = _HEAD_CUT.sub("", part).strip()
    if _PRONOUN_ONE.match(head) or (_ANOTHER_ONE.match(head) and not head.endswith("s")) or (
            _ORDINAL.match(head) and not head.endswith("s")):
        return Count(min=1, max=1), False
    head_count = parse_count(head) if head else None
    if head_count is not None:
        return head_count, False
    if _NO_NOUN.search(head):
        return Count(min=0, max=0), False  # "no family was harmed": none, not one family
    words = head.split()
    untitled = _TITLE.sub("", head)  # "Qari Zia ul-Rahman": the name after the title
    if untitled != head and _NAME.fullmatch(untitled):
        return Count(min=1, max=1), False
    if words and _NAME.fullmatch(head) and not _NOT_NAME.match(words[0]) and not (
            words[-1].endswith("s") and _PERSON.fullmatch(head.lower())):
        # (a plural noun opening a sentence, "Insurgents were killed", is no name)
        return Count(min=1, max=1), False
    if words and _CAPITALISED_NAME.fullmatch(words[-1]) and not _NOT_NAME.match(
            words[-1]) and not words[-1].endswith("s") and not _ORG_WORD.search(head):
        return Count(min=1, max=1), False  # "Taliban leader Mahjur": a named person
    if words and _NAME.search(head) and not head[0].islower() and not _NOT_NAME.match(
            words[0]) and not words[-1].lower().endswith("s") and not (
            # a plural of people opening a sentence: "Insurgents dug into a trench line"
            words[0].endswith("s") and _PERSON.fullmatch(words[0].lower())):
        return Count(min=1, max=1), False
    if _SINGULAR_ROLE_AT_END.search(head) and (_DETERMINER_WORD.match(head)
                                               or _POSSESSED_ROLE.search(head)):
        return Count(min=1, max=1), False
    if _ROLE_THEN_NAME.search(head):
        return Count(min=1, max=1), False
    return None, True


_ADVERBS_AT_END = re.compile(r"(?:\s+(?:also|later|subsequently|then|eventually|reportedly))+$",
                             re.IGNORECASE)
# A head that counts its people: "two civilians", "three Afghan policemen".
_COUNTED_HEAD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:civilians|insurgents|fighters|men|women|children|soldiers|policemen|villagers"
    r"|brothers|people|militants)$", re.IGNORECASE)
_ADVERB_BEFORE_VERB = re.compile(r"(?<=,)\s+(?:later|subsequently|eventually)\s+$",
                                 re.IGNORECASE)
# ... with its auxiliary, or "also": "three civilians, members of a family herding goats, had
# also died" (the verb's own adverb, after the subject's apposition).
_AUX_ADVERB_BEFORE_VERB = re.compile(
    r"(?<=,)\s+(?:(?:had|has|have)\s+)?(?:also|later|subsequently|eventually)\s+$",
    re.IGNORECASE)
_TITLE = re.compile(r"^(?:Mullah|Commander|Maulawi|Qari|Haji|Dr|Gen|Col)\s+(?=[A-Z])")


# A person told in the sentence before, joined to more people as one subject: "he and one
# other insurgent were killed", "She and her two children were killed".
# (only when the people joined are of his side: "one other insurgent", "two of his fighters",
# "his bodyguard"; "He and two insurgents were killed" may be a soldier and his foes)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she)", re.IGNORECASE)
_HIS_OWN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:others?\b|(?:of\s+)?(?:his|her)\b"
                      # ("he and the bodyguard came out firing and were killed")
                      r"|the\s+(?:bodyguard|driver|associate|guard|companion|aide)\b"
                      # ("he and another armed man engaged the force and were killed")
                      r"|another\b)",
                      re.IGNORECASE)


def _named_person(subject: str) -> bool:
    """Whether a subject is one person's name ("Abdul Wahid", "Mullah Nasir died"), not a
    group, a nationality or a day."""
    name = _TITLE.sub("", subject.strip())
    words = name.split()
    return bool(words) and _NAME.fullmatch(name) is not None and not any(
        _NOT_NAME.match(w) for w in words) and not words[-1].endswith("s")


_BOTH_AND = re.compile(r"\s*(?P<both>both)\s+", re.IGNORECASE)
_CONJUNCTION_WORD = re.compile(r"\b(?:and|as well as|along with|together with)\b")


def victim_count(phrase: str, pronoun: Count | None = None) -> tuple[Count, bool]:
    """The count of a victim phrase and whether it is known: exact parts add up; one vague part
    keeps its term with the exact parts as ``min`` (guidelines §6); no number at all (a bare
    plural, "them") is an unknown count."""
    whole = find_quantities(phrase)
    both = _BOTH_AND.match(phrase)
    if both is not None and not any(q.start == both.start("both") for q in whole):
        phrase = phrase[both.end():]  # "both men and women": "both" counts the nouns, not 2
        whole = find_quantities(phrase)
    if whole and _DETERMINERS.match(phrase[:whole[0].start]) and (
            whole[0].end >= len(phrase.rstrip()) - 40) and len(whole) == 1 and (
            whole[0].count.min is not None and whole[0].count.max == whole[0].count.min
            and whole[0].count.min > 1 and " " in whole[0].text.strip()
            and _CONJUNCTION_WORD.search(whole[0].text)):
        return whole[0].count, True  # an implicit count the normalizer read as a whole
    exact = 0
    vague: str | None = None
    lower_only = 0
    ceiling: int | None = 0  # the bounded parts' maxima: "a leader and up to a dozen fighters"
    known = False
    unknown_part = False
    parts = _conjuncts(phrase)
    for index, part in enumerate(parts):
        if index and _PLACE_OR_DAY_SET_OFF.fullmatch(part.strip()):
            continue  # "A gunman ... in Khogyani district, Nangarhar province, yesterday and"
        if index and _WHO_IN.search(parts[index - 1]) and not _DETERMINED.match(
                part.strip()) and not _named_person(part):
            break  # "a leader who ran a network of fighters and bomb makers": his clause's
        if index and _ATTACKS_ON_END.search(parts[index - 1]) and not _DETERMINED.match(
                part.strip()) and not _named_person(part):
            break  # "a leader responsible for attacks on Afghan and coalition forces": whom he
            # attacked, no part of the toll
        if index and not _PERSON.search(part.lower()) and not _NAME.fullmatch(part.strip()) and (
                not _BARE_ORDINAL.fullmatch(part)):  # ("two insurgents and a third": people)
            break  # "five enemy fighters and the recovery of four AK-47s": people end here
        count, plural = _conjunct_count(part, pronoun)
        if count is None:
            unknown_part = unknown_part or plural
            ceiling = None if plural else ceiling
            continue
        known = True
        if count.min is not None and count.max == count.min and count.vague_term is None:
            exact += count.min
        elif count.vague_term is not None and count.min is None and count.max is None:
            if vague is None:
                vague = count.vague_term
            else:
                unknown_part = True
        else:
            if len(parts) == 1:
                return count, True
            lower_only += count.min or 0
            unknown_part = True
            ceiling = (ceiling + count.max if ceiling is not None and count.max is not None
                       else None)
    if not known:
        return Count(), False
    if any(_PLURAL_PRONOUN.fullmatch(part.strip()) for part in parts) and pronoun is None:
        return Count(min=exact or None), False  # "them along with one other": not read yet
    if vague is not None:
        total = exact + lower_only
        return Count(min=total or None, max=None, vague_term=vague), True
    if unknown_part or lower_only:
        return Count(min=exact + lower_only, max=exact + ceiling if ceiling else None), True
    return Count(min=exact, max=exact), True


_INCLUDING_WORD = re.compile(r"\bincluding\b", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\b(?:members|elements)\s+of\b", re.IGNORECASE)
# ... but the members of a family are its people: "killing five members of one family".
_FAMILY_MEMBERS = re.compile(
    r"\bmembers\s+of\s+(?:(?:one|a|an|the\s+same|a\s+single|his|her|their|the)\s+)?"
    r"(?:[\w-]+\s+)?(?:family|families|household)\b")


_BY_AGENT = re.compile(
    r"\s(?:shot|wounded|injured|hit|struck|fired\s+on|engaged|stopped)\s+by\s+.*$")


# ... nor the group a relative clause says they were not of: "a man and a boy who were not
# connected with the insurgents" are no insurgents (nor were "who were unconnected to",
# "uninvolved with" or "who had no connection with" them).
_NOT_OF_THEM = re.compile(
    r"\s(?:who|that)\s+(?:(?:were|was)\s+(?:not|never|unconnected|uninvolved|unrelated)\b"
    r"|(?:(?:had|have|has)\s+no|never\s+had\s+any)\s+(?:connection|links?|ties)\b)[^,;]*")


@functools.lru_cache(maxsize=4096)  # pure; a victim phrase is classified more than once
def population_of(phrase: str, context: str = "") -> Population:
    """civilian / combatant / mixed / unknown from the victim phrase's nouns (guidelines §5)."""
    # (not the agent of a participle inside it: "the two men shot by coalition troops")
    lower = _NOT_OF_THEM.sub("", _BY_AGENT.sub("", phrase.lower()))
    civ = _CIVILIAN.search(lower) is not None
    com = _COMBATANT.search(lower) is not None
    if com and _FAMILY_MEMBERS.search(lower) and not _COMBATANT.search(
            _FAMILY_MEMBERS.sub("", lower)):
        return "civilian"
    if civ and com:
        if _INCLUDING_WORD.search(phrase) or _COORDINATED.search(lower):
            return "mixed"  # "including …", "fighters and civilians"
        first_civ = _CIVILIAN.search(lower)
        first_com = _COMBATANT.search(lower)
        assert first_civ is not None and first_com is not None
        # "members of the militias", "women and children" as the head decides.
        civilian_head = (first_civ.start() < first_com.start()
                         and not _MEMBERS_OF.search(phrase))
        return "civilian" if civilian_head else "combatant"
    if civ:
        return "civilian"
    if com:
        return "combatant"
    if context:
        return population_of(context)
    return "unknown"


@dataclass(frozen=True)
class _Attribution:
    claimant: str | None
    span: tuple[int, int] | None
    denied: bool
    origin: tuple[int, int] | None


_LEADING_CONNECTIVE = re.compile(r"^(?:and|but|while|as|however|also|then)\s+", re.IGNORECASE)
# (and the adverbs of a first or later report: "Afghan police had first reported", "the
# ministry has since put the toll at")
_TRAILING_AUXILIARY = re.compile(
    r"(?:\s+(?:also|later|now|has|had|have|then|first|initially|since))+$")


def _clean_claimant(who: str) -> str:
    who = " ".join(who.split())
    who = _LEADING_CONNECTIVE.sub("", who)
    who = _TRAILING_AUXILIARY.sub("", who)
    return who.strip(" ,;:")


def _name_core(who: str) -> str:
    """"Amjad Al-Sari from the Ain Al-Furat network" → "Amjad Al-Sari": a named person keeps
    the name; a role ("an informed source close to the militia") keeps its qualifier."""
    m = _NAME_CORE.match(who)
    if m is not None and not _ORG_WORD.search(m.group("name")) and len(m.group("name")) > 3 \
            and m.group("name").split()[0] not in ("The", "A", "An") \
            and _ROLE_OPENING.fullmatch(m.group("name")) is None:
        return m.group("name")
    return who


_WORDS_RE = re.compile(r"[\w'’-]+")


class ClaimantResolver:
    """Resolves "the source", "he", "it", "Al-Sari" to the first identifying mention before it.

    ``register`` is run over the whole article first, so a speaker introduced in a sentence
    without any casualty figure ("… an informed source close to the militia told IranWire")
    can still be what a later "The source added" refers to.
    """

    def __init__(self) -> None:
        # (position, claimant, its sentence, span of the identifying mention)
        self.seen: list[tuple[int, str, str, tuple[int, int]]] = []
        # speaker phrases already read, by (sentence index, position)
        self.speakers: dict[tuple[int, int], tuple[str, int, int, str] | None] = {}
        # where each claimant was last mentioned (for "it said", "the agency said")
        self.recent: dict[str, int] = {}

    def resolve(self, who: str, sentence_text: str, pos: int,
                span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
        """The claimant ``who`` refers to and the span of its first identifying mention.

        Pronouns and definite descriptions take the most recently *mentioned* fitting speaker
        (a speaker named again later is recent again).
        """
        core = _name_core(who)
        found = self._refers_to(core, pos)
        if found is None:
            for _, name, _, at_span in self.seen:
                if name == core:
                    found = (name, at_span)
                    break
        if found is None:
            self.seen.append((pos, core, sentence_text, span))
            self.seen.sort(key=lambda item: item[0])
            found = (core, span)
        if self.recent.get(found[0], -1) < pos:
            self.recent[found[0]] = pos
        return found

    def _refers_to(self, core: str, pos: int) -> tuple[str, tuple[int, int]] | None:
        """The earlier speaker a pronoun, definite description or surname points to."""
        first = {name: (context, at_span) for at, name, context, at_span in self.seen
                 if at < pos}
        by_recency = sorted(first, key=lambda name: self.recent.get(name, -1), reverse=True)
        if _PRONOUN.match(core):
            wants_person = core.lower() in ("he", "she")
            for name in by_recency:
                if wants_person == (not _ORG_WORD.search(name)):
                    return name, first[name][1]
            return (by_recency[0], first[by_recency[0]][1]) if by_recency else None
        head = _COREF_HEAD.match(core)
        if head is not None:
            word = head.group("head").lower()
            for name in by_recency:
                context = first[name][0]
                if word in _WORDS_RE.findall(name.lower()) or (
                        word in ("statement", "release") and word in context.lower()):
                    return name, first[name][1]
        tokens = core.split()
        if len(tokens) == 1 and tokens[0][:1].isupper():
            for name in by_recency:
                if tokens[0] in name.split() and name != core:
                    return name, first[name][1]
        return None

    def register(self, text: str, layout: Layout) -> None:
        """Record every speaker the article names, in order (see class doc)."""
        for sentence in layout.sentences:
            if sentence.heading or sentence.planted:
                continue
            if not says(sentence.lower):
                continue
            for pos in (sentence.start, sentence.end - 1):
                _attribution(text, sentence, pos, layout, self)


def _said(text: str, claimant: str, attribution: _Attribution, sentence: Sentence) -> str:
    """The claimant with the phrases that name it (the attribution and, for a speaker named
    by reference, its first mention), whose words say whose voice it is. A bare "it" or
    "they" names whom its own sentence told before it ("When the patrol reached the hilltop,
    it confirmed six insurgents were killed")."""
    spans = [s for s in (attribution.span, attribution.origin) if s is not None]
    said = [claimant, *(text[a:b] for a, b in spans)]
    if attribution.span is not None and _BARE_PRONOUN.match(claimant):
        said.append(text[sentence.start:attribution.span[0]])
    elif attribution.span is not None and _PERSONAL_NAME.fullmatch(claimant):
        # "The Zabul provincial police chief, Gen. Ghulam Sarwari, said": the speaker found is
        # the name, and the role that says whose voice it is opens the sentence before it, the
        # name set off by commas on both sides (an apposition, not a fronted clause: "The
        # combined force killed three insurgents, said Lt. Col. Smith", "The day after the
        # attack, Lt. Col. Smith said")
        start = attribution.span[0]
        role = _ROLE_BEFORE_NAME.fullmatch(text, sentence.start, start)
        if (role is not None and text.startswith(claimant, start)
                and _COMMA_BEFORE_VERB.match(text, start + len(claimant)) is not None
                and _NOT_A_ROLE.search(role.group("role")) is None):
            said.append(role.group("role"))
    return " ".join(said)


_BARE_PRONOUN = re.compile(r"^\s*(?:it|they)\s*$", re.IGNORECASE)
# A sentence that opens with the speaker's role set off before the name: "The Kunduz chief of
# police, Gen. Sayed Noorzad, told reporters", "Kunar's provincial police chief, Brig. Gen. ..."
# (a role opens with an article or a possessive) ...
_ROLE_BEFORE_NAME = re.compile(
    r"\s*(?P<role>(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s[^,;:“”\"()]{2,80}?),\s*")
# ... and names no act or time, as a clause or a fronted circumstance would ("The day after the
# attack", "The combined force killed three insurgents") ...
_NOT_A_ROLE = re.compile(
    r"\b(?:killed|killing|died|was|were|is|are|has|had|have|after|before|when|while|during"
    r"|since|said|attacked|struck|detained)\b", re.IGNORECASE)
# ... and the name after it is set off by a comma before the verb.
_COMMA_BEFORE_VERB = re.compile(r"\s*,")


def _attribution(text: str, sentence: Sentence, pos: int, layout: Layout,
                 resolver: ClaimantResolver) -> _Attribution:
    """Who makes the statement at ``pos`` (absolute) and the span that says so."""
    key = (sentence.index, pos)
    if key not in resolver.speakers:
        resolver.speakers[key] = _speaker(text, sentence, pos, layout)
    found = resolver.speakers[key]
    if found is None:
        return _Attribution(claimant=None, span=None, denied=False, origin=None)
    cleaned, a, b, verb = found
    name, origin = resolver.resolve(cleaned, sentence.text, a, (a, b))
    return _Attribution(claimant=name, span=(a, b), denied=bool(_DENY_VERB.match(verb)),
                        origin=origin)


# A rank's or title's abbreviation, whose dot ends no speaker: "said Lt. Col. Anja Berger, a
# Regional Command (North) spokeswoman", "U.S. Army Maj. Tom Reed said".
_TITLE_DOT = (r"\b(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Cmdr|Cdr|Adm|Spc|Cpl|Pvt|Gov|Dr|Mr|Mrs|Ms)\."
              r"|\bU\.S\.")
# A speaker told by name, with any rank: "Brig. Gen. Sardar Wali Hamdard".
_PERSONAL_NAME = re.compile(rf"(?:(?:{_TITLE_DOT})\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}")
_SPEAKER_AFTER_QUOTE = re.compile(
    rf"\s*,?\s*(?P<who>(?:{_TITLE_DOT}|[^,.;:“”\"]){{2,110}}?)\s+(?:also\s+)?(?P<verb>{_SAY})\b")
_LEADING_CIRCUMSTANCE = re.compile(r"^(?:In|On|At|After|During|Later)\b[^,]*,\s*")
# ... and a time fronted with no comma: "Later in the day a district official told a local radio
# station that", "On Monday a provincial council member said".
_LEADING_TIME = re.compile(
    r"^(?:(?:Later|Earlier)\s+(?:(?:in|on)\s+the\s+|that\s+|the\s+same\s+)?(?:day|evening"
    r"|morning|afternoon|night|week)|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)\s+(?=(?:an?|the|one|two|three|several"
    r"|some)\s)")
_SAID_SPEAKER_AFTER_QUOTE = re.compile(
    r"\s*,?\s*(?P<verb>said|says|added|told|wrote)\s+"
    rf"(?P<who>(?:{_TITLE_DOT}|[^,.;:”\"]){{2,110}}?)(?=\s*[,.;])")
_PRONOUN_PREDICATE = re.compile(r"^(?:it|they|he|she|which|that|who)\s+(?:was|were|is|are)\b",
                                re.IGNORECASE)
_BE_WORD_END = re.compile(r"\b(?:was|were|is|are|be|been)$")
_COMPLEMENT_MARK = re.compile(r"that\b|:|[“\"]")


# Whose claim a toll is when a noun tells it, not a verb: "a Taliban claim, published on an
# insurgent website, that ...", "allegations made by the provincial governor's office that ...",
# "claims by a Taliban spokesman that ...". The toll follows the claim's "that".
_NOUN_CLAIMANT = re.compile(
    r"\b(?:an?|the)\s+(?P<adj>(?:[A-Z][\w'’-]*\s+){1,3}?)(?:claims?|allegations?|accusations?)"
    # ("Reports by local officials that eight civilians died": the noun may open the sentence)
    r"|\b(?i:claims?|allegations?|accusations?|reports?)\s+(?:made\s+|published\s+|issued\s+)?"
    r"by\s+(?P<by>[^,.;:“”\"]{2,80}?)(?=\s+that\b)"
    # ... or the noun told with a verb of its own, its party the medium it was made on or by:
    # "claims were made on an insurgent website that ...", "claims appeared on an insurgent
    # website that ...", "reports surfaced in local media that ..."; a claim with no medium is
    # still a party's ("claims were posted online that ...": the claims themselves), though
    # reports with none may be the release's own ("Initial reports indicated that ..."), and
    # reports a force received or gathered are its account
    r"|\b(?P<noun>(?i:claims?|allegations?|accusations?|(?P<reports>reports?)))"
    r"(?!\s+(?i:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?i:received|obtained|gathered|collected|heard)\b)(?:\s+[\w'’-]+){1,6}?"
    r"(?:\s+(?i:on|in|by)\s+(?P<made>[^,.;:“”\"]{2,80}?)|(?(reports)(?!)))(?=\s+that\b)")
# ... and the claim told as someone's statement or as reports that allege: "a provincial
# official's statement to the media that ...", "media reports alleging that ..." (a claimant the
# release answers, not its own voice).
_NOUN_CLAIMANT_STATEMENT = re.compile(
    r"\b(?P<adj>(?:an?|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+(?:public\s+)?statements?"
    r"(?:\s+to\s+(?:the\s+)?(?:media|press|reporters|journalists))?(?=\s+that\b)"
    r"|\b(?P<by>(?:news\s+|media\s+|press\s+)+)reports?\s+(?:alleging|claiming|suggesting)"
    r"(?=\s+that\b)", re.IGNORECASE)
_NOUN_CLAIM_THAT = re.compile(r"[^.;]{0,80}?\bthat\s+[^.;]*$")


def _noun_claimant(head: str) -> tuple[str, int, int] | None:
    """The party whose claim, told as a noun, the rest of ``head`` states: (who, start, end)
    in ``head``, or None."""
    found: re.Match[str] | None = None
    for m in _NOUN_CLAIMANT.finditer(head):
        # "no evidence to support allegations by residents that ...": the release's denial
        if _NOUN_CLAIM_THAT.match(head, m.end()) and not _DISMISSED_BEFORE.search(
                head, max(0, m.start() - 60), m.start()):
            found = m
    if found is None:
        for m in _NOUN_CLAIMANT_STATEMENT.finditer(head):
            if _NOUN_CLAIM_THAT.match(head, m.end()) and not _DISMISSED_BEFORE.search(
                    head, max(0, m.start() - 60), m.start()):
                found = m
    if found is None:
        return None
    # (the party the form names: its medium before the bare noun)
    named = found.groupdict()
    group = next(g for g in ("adj", "by", "made", "noun") if named.get(g))
    return found.group(group).strip(), found.start(group), found.end()


def speaker_of(text: str, sentence: Sentence, pos: int, layout: Layout) -> str | None:
    """Who, as written, says the statement at ``pos`` (no coreference), or None."""
    found = _speaker(text, sentence, pos, layout)
    return found[0] if found is not None else None


def _speaker(text: str, sentence: Sentence, pos: int,
             layout: Layout) -> tuple[str, int, int, str] | None:
    """The speaker phrase as written for the statement at ``pos``: (who, start, end, verb)."""
    s_start, s_end = sentence.start, sentence.end
    quote = next(((a, b) for a, b in layout.quotes if a <= pos < b), None)
    s_text = text[s_start:s_end]
    local = pos - s_start
    if quote is None and not says(sentence.lower):
        if not _CLAIM_WORD.search(sentence.lower) and "statement" not in sentence.lower:
            return None
        noun = _noun_claimant(s_text[:local])
        return None if noun is None else _first_valid(
            text, [(noun[0], s_start + noun[1], s_start + noun[2], "claimed")])
    candidates: list[tuple[str, int, int, str]] = []  # who, start, end (absolute), verb
    if quote is not None:
        line_end = text.find("\n", quote[1])
        line_end = layout.body_end if line_end == -1 else min(line_end, layout.body_end)
        after = text[quote[1]:min(quote[1] + 160, line_end)]
        m = _SPEAKER_AFTER_QUOTE.match(after)
        if m is not None:
            candidates.append((m.group("who"), quote[1] + m.start("who"),
                               quote[1] + m.end("verb"), m.group("verb")))
        else:
            m = _SAID_SPEAKER_AFTER_QUOTE.match(after)
            if m is not None:
                candidates.append((m.group("who"), quote[1] + m.start("verb"),
                                   quote[1] + m.end("who"), m.group("verb")))
        before = text[max(sentence.start - 200, 0):quote[0]]
        intro = _QUOTE_INTRO.search(before) if not candidates else None
        if intro is not None:
            who_start = max(before.rfind(c, 0, intro.start()) for c in ",.;:“”\"\n") + 1
            who = before[who_start:intro.start()]
            base = quote[0] - len(before)
            if 2 <= len(who.strip()) <= 120:
                candidates.append((who, base + who_start, base + intro.end("verb"),
                                   intro.group("verb")))
    if _first_valid(text, candidates) is None and "accord" in sentence.lower:  # cheap test first
        for m in _ACCORDING.finditer(s_text):
            candidates.append((m.group("who"), s_start + m.start(), s_start + m.end(), "said"))
    across: tuple[str, int, int, str] | None = None
    if _first_valid(text, candidates) is None:
        tail = s_text[local:]
        post = _postposed(tail)
        if post is not None:
            who_start, verb_start, verb_end = post
            found_after = (tail[who_start:verb_start], pos + who_start, pos + verb_end,
                           tail[verb_start:verb_end].split()[-1])
            # a speaker that closes the clause after a semicolon speaks for that clause; the
            # statement's own clause may name its own ("ISAF advisors confirmed that four
            # insurgents were killed; the others were carried away, the corps said"), and is
            # given it only when it names none; so does one that opens a clause of its own
            # after ", but", ", while" ("Provincial officials said 14 insurgents were killed,
            # but ISAF estimates that more than six were", the officials' 14 and ISAF's six)
            # (but not a bare pronoun after it, ", though it says the true toll is higher":
            # "it" is the clause's own subject told again, which the joined clause names and
            # the pronoun's antecedent search would take from farther back)
            conjunction = _OWN_CLAUSE_JOIN.match(tail, who_start)
            if conjunction is not None and _PRONOUN.match(
                    tail[conjunction.end():verb_start].strip()):
                conjunction = None
            if conjunction is not None:
                found_after = (tail[conjunction.end():verb_start], pos + conjunction.end(),
                               *found_after[2:])
            if ";" in tail[:who_start] or conjunction is not None:
                across = found_after
            else:
                candidates.append(found_after)
        else:
            m = _POSTPOSED_INV.search(tail)
            if m is not None:
                candidates.append((m.group("who"), pos + m.start("verb"), pos + m.end("who"),
                                   m.group("verb")))
    if _first_valid(text, candidates) is None:
        # a statement that opens its own clause on its speaker, past a semicolon or ", but":
        # "Provincial officials said 14 insurgents were killed; ISAF estimates more than six
        # were" (ISAF's, not the officials')
        opening = _CLAUSE_SPEAKER.match(s_text, local)
        if opening is not None and _CLAUSE_BREAK_BEFORE.search(s_text, 0, local):
            candidates.append((opening.group("who"), pos, s_start + opening.end("verb"),
                               opening.group("verb")))
    if _first_valid(text, candidates) is None:
        head = s_text[:local]
        best: re.Match[str] | None = None
        for m in _SAY_AT.finditer(head):
            best = m
        if best is not None:
            complement = head[best.end():]
            zero_that = not _COMPLEMENT_MARK.search(best.group("tail") or "")
            speaker = _speaker_before(head, best.start())
            # "says one of its aircraft struck X, and that the man was killed": a second
            # complement of the same verb.
            joined = _AND_THAT.search(complement) is not None
            # "X said the raids hit fighters, killing …": a plain "said" governs the whole
            # sentence; "X has confirmed it was targeted …, resulting in …" does not.
            plain = best.group("verb").lower() in ("said", "says", "say", "told", "tells")
            if speaker is not None and not (zero_that and "," in complement and not joined
                                            and not plain):
                who, offset = speaker
                candidates.append((who, s_start + offset, s_start + best.end("verb"),
                                   best.group("verb")))
    if across is not None:
        candidates.append(across)
    return _first_valid(text, candidates)


# A fronted participial or adverbial clause has no subject of its own: "Having confirmed that no
# civilians were in the area, the unit fired", "After confirming that ...": no one speaks.
_SUBJECTLESS_OPENER = re.compile(
    r"(?:having|after|before|once|upon|while|when|until|since|if)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # pure; the same candidate is checked for several positions
def valid_speaker(who: str) -> str | None:
    """The speaker phrase cleaned, or None when it cannot be one ("which residents", "it was")."""
    cleaned = _LEADING_CIRCUMSTANCE.sub("", _clean_claimant(who))
    if not cleaned or len(cleaned.split()) > 16 or cleaned.lower() in (
            "it was", "there were", "which", "that", "who") or _RELATIVE_START.match(cleaned):
        return None
    if _SUBJECTLESS_OPENER.fullmatch(cleaned):
        return None
    if _PRONOUN_PREDICATE.match(cleaned) or _BE_WORD_END.search(cleaned):
        return None
    return cleaned


def _first_valid(text: str, candidates: list[tuple[str, int, int, str]]
                 ) -> tuple[str, int, int, str] | None:
    for who, a, b, verb in candidates:
        cleaned = valid_speaker(who)
        if cleaned is None:
            continue
        while a < b and text[a].isspace():
            a += 1
        return cleaned, a, b, verb
    return None


# "fired upon by an insurgent, who was killed in the ensuing engagement": a relative clause set
# off by a comma tells what became of the counted person before it. Not one that recalls the
# past ("the deputy of a commander, who was killed in a previous operation").
_SET_OFF_WHO = re.compile(
    r"(?<=\S),\s+(?:(?P<part>[\w-]+)\s+of\s+(?:whom|which)|who)\s+"
    # ("wounding another, who later died of his wounds")
    r"(?:(?:later|subsequently|eventually)\s+)?$", re.IGNORECASE)
_ALL_OF = re.compile(r"all|both|each", re.IGNORECASE)
_RECALLED = re.compile(
    r"\b(?:previous(?:ly)?|earlier|prior|former|ago|last\s+(?:week|month|year))\b", re.IGNORECASE)


_THE_ONE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*[^s\W]\s*$")
_ROLE_AND_NAME_BEFORE = re.compile(
    r"\b(?P<role>[a-z][\w-]*[^s\W])\s+(?:(?:Mullah|Mawlawi|Maulawi|Qari|Haji|Mufti|Sheikh)\s+)?"
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,3}\s*$")


# One more of the people just counted: "killing four insurgents and wounding another, who later
# died of his wounds".
_ROLE_NAMED_BEFORE = re.compile(
    r"\b(?:commander|leader|facilitator|sub-?commander|governor|financier|bomb\s?maker)\s+"
    r"(?:(?:Mullah|Mawlawi|Maulawi|Maulvi|Qari|Haji|Mufti|Mohammad)\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,3}$")
_ANOTHER_BEFORE = re.compile(r"\banother$", re.IGNORECASE)


def _set_off_antecedent(text: str, s0: int, aux: int, s1: int) -> tuple[int, int] | None:
    """The counted people a non-restrictive "who" before ``aux`` refers to, or None."""
    who = _SET_OFF_WHO.search(text, s0, aux)
    if who is None:
        return None
    clause_end = text.find(",", aux, s1)
    if _RECALLED.search(text, aux, s1 if clause_end == -1 else clause_end):
        return None
    part = who.group("part")
    if part is not None and not _ALL_OF.fullmatch(part):
        # "engaged three insurgents, two of whom were killed": the part is the count
        return (who.start("part"), who.end("part")) if _bare_count(part) else None
    head = max(s0, who.start() - 60)
    another = _ANOTHER_BEFORE.search(text, head, who.start())
    if another is not None:
        return another.start(), who.start()
    named = _ROLE_NAMED_BEFORE.search(text, head, who.start())
    if named is not None:
        # "The strike targeted Taliban commander Mawlawi Ghulam Hazrat, who was killed": one
        # man, named after his role
        return named.start(), who.start()
    found = find_quantities(text[head:who.start()])
    if not found:
        # "shot the attacker, who died of his wounds": one person, named by his noun
        one = _THE_ONE_BEFORE.search(text, head, who.start())
        if one is None or not _PERSON_HEAD.search(one.group(0).lower()):
            # "targeted Taliban commander Mawlawi Ghulam Hazrat, who was killed": one man,
            # named after his role
            named = _ROLE_AND_NAME_BEFORE.search(text, head, who.start())
            if named is None or not _PERSON_HEAD.search(named.group("role").lower()):
                return None
            return named.start(), who.start()
        return one.start(), who.start()
    start = head + found[-1].start
    phrase = text[start:who.start()]
    if len(phrase.split()) > 5 or not _PERSON_HEAD.search(phrase.lower()):
        return None  # "two insurgents", "an insurgent", "the armed man": people, counted
    return start, who.start()


# A memorial dedicated to the dead, up to them: "dedicated a stone memorial at the main gate
# here today to", or whatever the troops dedicate to them: "dedicated the base's new fitness
# center today to" (not "forces dedicated to", which dedicates nothing).
MEMORIAL_TO = (r"(?:memorials?\s+(?:[\w-]+\s+){0,6}?|dedicated\s+(?:[\w'’-]+\s+){1,6}?)"
               r"to")
# A memorial held for the dead, up to them: "held a memorial ceremony today for", "a ramp
# ceremony at Kandahar Airfield for", its place and time however long they run ("a memorial
# service today at the provincial reconstruction team compound outside Mahmud-e Raqi city in
# Kapisa province for"), or held in their memory: "held a ceremony at Camp Holland today in
# memory of", "in remembrance of", "in tribute to" (the same mourning, whatever preposition
# names whom it is for). Only a place or a time ("here", "early this morning", "at ...") may
# stand between the memorial and its "for": a clause of its own is another purpose ("a
# ceremony at the district center today where elders asked for justice for", "a ceremony ...
# today to open a new clinic built for"), and "service" the mourners' noun holds none
# ("Service personnel lined the runway at Bagram Airfield this evening for a ramp ceremony").
_PLACE_WORD = r"(?!(?:where|which|who|whom|that|to|when|while|and|as|for)\b)[\w'’-]+"
_PLACE_OR_TIME = (r"(?:here|there|(?:early\s+|late\s+)?(?:today|yesterday|tonight"
                  r"|this\s+(?:morning|afternoon|evening)"
                  r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                  r"(?:\s+(?:morning|afternoon|evening|night))?)|(?:was\s+)?held"
                  rf"|(?:at|in|outside|near|on|inside|aboard)\s+(?:{_PLACE_WORD}\s+){{0,5}}?"
                  rf"{_PLACE_WORD})")
MEMORIAL_FOR = (r"(?:(?:memorial|ramp|service|ceremony|vigil)\s+"
                r"(?:(?:service|ceremony|vigil)\s+)?"
                rf"(?:{_PLACE_OR_TIME},?\s+){{0,5}}?for"
                r"|in\s+(?:honou?r|memory|remembrance|tribute)\s+(?:of|to))")
# The first people of a list whose last a toll counts: "to honor five Afghan soldiers and" (two
# Polish soldiers killed ...): what opens the list opens its last conjunct too.
LIST_BEFORE = r"(?:(?:[\w'’-]+\s+){1,5}and\s+)?"
# The words that open whom a memorial is held for: "to remember", "paid tribute to", "to say
# farewell to", "a memorial service at Camp Arena today for".
_MOURNING_OPENER = (
    r"(?:remember(?:ed|ing|s)?|honou?r(?:ed|ing|s)?|farewell(?:ed|ing|s)?(?:\s+to)?"
    r"|mourn(?:ed|ing|s)?|commemorat\w+|(?:paid|pay|paying|pays)\s+(?:their\s+)?(?:last\s+)?(?:tribute|respects)"
    rf"\s+to|{MEMORIAL_FOR}|{MEMORIAL_TO})")
# Whom the one a memorial is held for served with, and in what part: "working with ISAF",
# "attached to the 2nd Battalion", "working with ISAF as an interpreter" (the part he served in
# is his role again, not another person: "Faridoon, a civilian working with ISAF as an
# interpreter, who").
_SERVING_WITH = (r"\s+(?:working|serving|attached|assigned)\s+(?:with|to)\s+(?:[\w-]+\s+){0,2}?"
                 r"[\w-]+(?:\s+as\s+an?\s+(?:[\w-]+\s+)?[\w-]+)?")
# A unit named after the mourned: "of Task Force White Eagle", "from 2nd Battalion".
_OF_UNIT = (r"(?:of|from|with|serving\s+with)\s+(?:the\s+)?"
            r"(?-i:(?:[A-Z0-9][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)")
# The one a memorial is held for: "to remember a rifleman who", "farewell an Australian
# soldier who", "a memorial service ... for an Afghan interpreter who" (was killed ...), or
# whose families are consoled: "the families of four children who".
_MOURNED_WHO = re.compile(
    rf"\b(?:{_MOURNING_OPENER}"
    # ... or whose families are consoled: "to apologize to the families of four children who"
    r"|(?:families|relatives|parents)\s+of)\s+"
    # (named first: "to remember Ahmad Shah Noori, a civilian interpreter working with ISAF
    # who was killed Sunday", by his rank too: "for Cpl. Maj. Davide Ruggeri, a paratrooper
    # who")
    # (a name in capitals whatever the pattern's case: "their platoon sergeant, a veteran of
    # three deployments, who" is no name and its aside)
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]*\.?\s+){0,4}[A-Z][\w'’-]*,\s+))?"
    r"(?P<who>(?:an?|the|their|his|her|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+))"
    # (a named man's post may be his force's: "the provincial police's deputy commander")
    r"\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[\w-]+))"
    rf"(?:{_SERVING_WITH})?"
    # (the unit they served in, by its name: "two Polish soldiers of Task Force White Eagle
    # who", "from Task Force Dracula", "serving with 1st Battalion")
    rf"(?:\s+{_OF_UNIT})?"
    # (who he was set off: "their Afghan interpreter, a civilian working with ISAF, who", "X,
    # a civilian working with ISAF as an interpreter, who", or they by their unit: "three
    # Romanian soldiers, members of Task Force Dracula, who")
    rf"(?P<aside>,(?:\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+(?:{_SERVING_WITH})?"
    rf"|members\s+{_OF_UNIT}),)?)?"
    r"\s+who\s+$",
    re.IGNORECASE)
_RANK = re.compile(r"rifleman|corporal|sergeant|sapper|trooper|guardsman|paratrooper",
                   re.IGNORECASE)


# ... or by his rank and name alone: "to honor Spc. Daniel Ruiz, who was killed by an
# improvised explosive device Aug. 28".
_MILITARY_RANK = r"(?:Spc|Sgt|Staff\s+Sgt|Cpl|Lance\s+Cpl|Pfc|Pvt|Lt|Capt|Maj|Col)\.?\s+"
# (a ranked name is one person: "Spc. Daniel Okafor ... who died"; a list of them as many as
# it ranks)
_RANKED_PERSON = re.compile(_MILITARY_RANK + r"[A-Z]")
# (... whether they gather to remember him or hold a service for him: "held a ceremony today
# for Sgt. Maj. Florin Ciobanu, who was killed May 26")
_NAME_WORDS = r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*"
_MOURNED_NAME_WHO = re.compile(
    rf"\b{_MOURNING_OPENER}\s+"
    # (whom they are to the unit set off before their names: "to remember two of their own,")
    r"(?:(?P<own>two|three|four|five|six)\s+of\s+(?:their|its|our)\s+own,\s+)?"
    rf"(?P<who>(?:{_MILITARY_RANK})?{_NAME_WORDS}"
    # ... or ranked names in a list, each its rank: "to honour Spc. Tobias Ruiz and Pfc. Alan
    # Brandt, who were killed Sept. 19"
    rf"(?:(?:,\s+{_MILITARY_RANK}{_NAME_WORDS})*,?\s+and\s+{_MILITARY_RANK}{_NAME_WORDS})?)"
    # (his age and home set off: "Spc. Daniel R. Okafor, 22, of Dayton, Ohio, who died May 13")
    r"(?:,\s*\d{1,3}(?:,\s+of\s+[A-Z][\w'’. -]{1,30}(?:,\s+[A-Z][\w'’. -]{1,20})?)?)?"
    r",\s+who\s+$")


# One person a unit mourns as its own by his role: "their interpreter", "their Afghan
# interpreter" (the head's number is checked after).
_THEIR_ONE = re.compile(r"their\s+(?:[\w-]+\s+)?(?:interpreter|translator|comrade|colleague"
                        r"|friend|soldier|guard|driver)", re.IGNORECASE)


def _who_antecedent(text: str, s0: int, aux: int, s1: int, verb: int | None = None
                    ) -> tuple[int, int] | None:
    """Whom a non-restrictive "who" before ``aux`` (its verb at ``verb``) refers to: the
    counted people before it (``_set_off_antecedent``), or whom a memorial names before it
    (``_mourned_antecedent``). The memorial's reading wins when it reaches further back: the
    count the set-off reading finds is then inside its apposition ("in memory of Zabihullah, a
    civilian working with ISAF as an interpreter, who was killed": the part he served in is
    his role again, and the mourned is the civilian, the releasing side's own)."""
    set_off = _set_off_antecedent(text, s0, aux, s1)
    mourned = _mourned_antecedent(text, s0, aux if verb is None else verb)
    if set_off is None or (mourned is not None and mourned[0] < set_off[0]):
        return mourned
    return set_off


def _mourned_antecedent(text: str, s0: int, aux: int) -> tuple[int, int] | None:
    """Whom a memorial names before a "who" ("to remember a rifleman who was killed ... on
    Thursday", "to honour Spc. X and Pfc. Y, who were killed"), or None: one person, or the
    people a count or a list of ranked names tells (``_mourned_count`` counts the list)."""
    named = _MOURNED_NAME_WHO.search(text, s0, aux)
    if named is not None:
        return named.span("who")
    m = _MOURNED_WHO.search(text, s0, aux)
    if m is None or (m.group("who").lower().startswith("the ") and m.group("name") is None) or (
            m.group("who").lower().startswith("their ") and m.group("aside") is None
            and not _THEIR_ONE.fullmatch(m.group("who"))):
        return None  # one person, told by an indefinite article or a possessive
    head = m.group("head")
    if m.group("n") is not None:
        # ... or the people it counts: "a ramp ceremony honouring three coalition service
        # members who were killed", whatever their trade, as a name's apposition is: "to honor
        # two combat engineers who" (a "who" after a plural the count numbers is people)
        return m.span("who") if (_PERSON.search(m.group("who").lower())
                                 or _PLURAL_HEAD.search(head)) else None
    # (the apposition of a name is one person, whatever his trade: "for Cpl. Lucas Brandt, a
    # combat engineer who")
    if head.endswith("s") or not (m.group("name") is not None or _RANK.fullmatch(head)
                                  or _PERSON.fullmatch(head.lower())):
        return None
    return m.span("who")


# A plural noun: "engineers", "medics", "linemen".
_PLURAL_HEAD = re.compile(r"(?:[^s]s|men)$", re.IGNORECASE)


_OWN_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _mourned_count(text: str, s0: int, aux: int, victim: tuple[int, int]) -> int | None:
    """How many the ranked names a memorial lists before its "who" are, when ``victim`` is
    that list ("for Spc. X, Sgt. Y and Pfc. Z, who were killed": three), or None. The count
    that sets them off wins ("three of their own, Spc. X and Pfc. Y": three, though it names
    two): the release names only some of them."""
    named = _MOURNED_NAME_WHO.search(text, s0, aux)
    if named is None or named.span("who") != victim:
        return None
    if named.group("own") is not None:
        return _OWN_NUMBER[named.group("own").lower()]
    ranked = len(_RANKED_PERSON.findall(named.group("who")))
    return ranked if ranked > 1 else None


@dataclass(frozen=True)
class _Hit:
    outcome: Outcome
    pos: int  # absolute start of the casualty phrase
    phrase: tuple[int, int]  # the clause span (verb + victim or subject + verb)
    victim: tuple[int, int]
    form: str
    denial: bool = False
    joined: tuple[int, int] | None = None  # "… was killed along with <joined>": more victims
    mourned: int | None = None  # how many a memorial's list of ranked names counts


# A passive verb's day: "was killed yesterday", "was killed last Monday night".
_PASSIVE_DAY = (
    r"\s+(?:yesterday|today|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|last\s+night)(?:\s+(?:night|morning|afternoon|evening))?")
# A day told by its month: "Oct. 11", "April 10".
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
# After a passive verb: who else suffered it ("was killed in the strike along with another
# insurgent").
_ALONG_WITH_AFTER = re.compile(
    # The same joining without "with", as a list joins its people, set off by a comma straight
    # after the verb or its day and before a count: "three civilians were killed, alongside
    # four insurgents, in a coalition air strike". Anywhere else "alongside" tells who fought
    # beside the killers ("killed by coalition troops alongside Afghan soldiers") or where
    # ("alongside the road"); "alongside him" is the man the toll has told (``_WITH_HIM``).
    r"(?:" + _PASSIVE_DAY + r")?,\s+alongside(?=\s+(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|several)\b)\s+"
    # (a date in brackets may close the phrase: "in an air strike Sunday (Dec. 19), along with")
    # (or a day: "was killed yesterday along with two of his associates")
    r"|(?:" + _PASSIVE_DAY + r"(?=,?\s+(?:(?:along|together)\s+with|as\s+well\s+as)\b))?"
    r"(?:\s+(?:in|during|by|on|at)\s+[^,.;(]{1,60}?(?:\s+\([^()]{1,20}\))?"
    # (... or its province: "during Monday's operation in Chahar Darah district, Kunduz
    # province, along with two other insurgents")
    r"(?:,\s+[\w'’ -]{1,30}?\s+province)?"
    # (then its day and who confirmed it: "in Giro district, Ghazni province, yesterday, ISAF
    # officials confirmed today, along with two insurgents"; a day by its month too, with or
    # without its comma: "in the strike on Oct. 4 along with two of his fighters", "in Shah
    # Joy district, Zabul province, on June 12, along with three of his bodyguards"), as a
    # passive verb's day is told, or early, or its night, or its weekday before the month day:
    # "..., Sunday night,", "..., early Sunday,", "on the night of June 12", "on Sunday, June 12")
    r"(?:,?(?:\s+(?:early|late))?(?:\s+on)?(?:\s+the\s+night\s+of)?(?:" + _PASSIVE_DAY
    + r",?)?(?:\s+" + _MONTH_DAY + r")?)?"
    r"(?:,\s+[\w'’ .-]{1,40}?\s+(?:said|confirmed|reported|announced)"
    r"(?:\s+(?:today|yesterday))?(?=,))?"
    r"|\s+(?:when|after|as)\s+[^,.;]{1,60}?(?=,))?,?\s+(?:(?:along|together)\s+with"
    # (or "as well as", set off by its comma: "..., yesterday, as well as two of his guards")
    r"|(?<=,\s)as\s+well\s+as"
    # "... was killed with two of his associates", "with his bodyguard"
    r"|with(?=\s+(?:[\w-]+\s+of\s+)?(?:his|her|their)\s))\s+",
    re.IGNORECASE)  # "... was killed when the soldiers returned fire, along with a second"
# His men as a count of "his" or "their", or others of his kind: "two of his fighters", "four
# other insurgents".
_HIS_MEN = (
    r"(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+|several|some|a\s+number|many)\s+(?:other\s+)?of\s+(?:his|their)\s"
    # ... or others of his kind: "killed Mawlawi Hamid, a Taliban leader responsible for
    # attacks on border posts, along with four other insurgents"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+other\s+"
    r"(?:insurgents|fighters|militants)\b")
# After a named victim's apposition, his men so told ("killed Qari Sabir, a Taliban commander
# in Takhar province, and two of his fighters", "..., along with two of his associates").
_AND_HIS_MEN_AFTER = re.compile(
    # (the apposition may place him: "the shadow chief for Sayyad district, Sar-e Pul province,")
    r",\s+(?:an?|the)\s+[^,;.]{1,140}?(?:,\s+[\w'’ -]{1,30}?\s+province)?,\s+"
    rf"(?:and|(?:along|together)\s+with)\s+(?={_HIS_MEN})",
    re.IGNORECASE)
# ... or after a clause about him with no comma before it ("killed an al-Qaeda leader who was
# known to facilitate the movement of Arab fighters, along with an unknown number of his
# associates").
_WHO_THEN_HIS_MEN = re.compile(
    # (not a clause that names provinces, which would place the toll: "a Taliban leader who
    # smuggles weapons between Ghazni and Paktika provinces, along with one of his couriers")
    r"\s+who\s+(?:(?!\bprovinces?\b)[^,;.]){1,160}?,\s+(?:and|(?:along|together)\s+with)\s+"
    r"(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|a\s+number"
    r"|an?\s+(?:unknown|undetermined|unspecified)\s+number|many)\s+(?:other\s+)?of\s+"
    r"(?:his|their)\s)", re.IGNORECASE)
# ... or others of his kind after a clause about him with no comma at all ("killing an insurgent
# facilitator who moved foreign fighters into the province and one other insurgent", "killed a
# Taliban leader responsible for attacks in the district and two other insurgents"): "other"
# says they are more of the dead, not an object of the clause.
_WHO_THEN_OTHERS = re.compile(
    r"\s+(?:who|responsible\s+for)\s+[^,;.]{1,160}?\s+(?:and|(?:along"
    r"|together)\s+with)\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)"
    r"\s+other\s+(?:insurgents?|fighters?|militants?)\b)", re.IGNORECASE)
# One man by his role: "an al-Qaeda leader", "a Taliban commander" (of his place: "the Taliban
# shadow governor of Farah province").
_ONE_BY_ROLE = re.compile(r"\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:leader|commander"
                          r"|sub-?commander|facilitator|financier|bomb\s*maker|governor)"
                          r"(?:\s+(?:of|for)\s+[\w'’ -]{1,40}?)?\s*$",
                          re.IGNORECASE)
# Men after a toll told in a clause of theirs with a deed other than their killing ("..., along
# with two of his associates, who were detained"; not "two other insurgents who were with
# him", nor "who were also killed"): not more of its dead ...
_THEIR_OWN_CLAUSE = (
    r",?\s+who\s+(?:(?:were|was|had\s+been)\s+(?:(?:later|then|also)\s+)?(?!killed\b)"
    r"(?:\w+ed|taken|held|caught)|fled|escaped|withdrew|surrendered)\b")
_THEIR_OWN_CLAUSE_NEXT = re.compile(_THEIR_OWN_CLAUSE)
# ... nor men with a verb of their own ("..., and two of his fighters were detained")
_THEIR_OWN_VERB = re.compile(
    r"\s+(?:were|was|are|is|had|have|has|fled|escaped|withdrew|surrendered)\b|"
    + _THEIR_OWN_CLAUSE)


def _joined_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who else suffered the verb ending at ``start``, told after it (``_ALONG_WITH_AFTER``):
    a person or a name ("was killed in the strike, along with two of his associates"), not men
    with a verb of their own ("..., along with two of his associates, who were detained")."""
    along = _ALONG_WITH_AFTER.match(text, start, end)
    if along is None:
        return None
    w = _victim_after(text, along.end(), end)
    if w[1] > w[0] and (_PERSON.search(text[w[0]:w[1]].lower()) or _NAME.match(
            text, w[0], w[1])) and _THEIR_OWN_CLAUSE_NEXT.match(text, w[1], end) is None:
        return w
    return None


# Help told done, whose bare verb tells a toll: "helping the soldiers kill five insurgents",
# "helped Afghan police kill two insurgents" (not "planned to help insurgents kill").
_HELPED_BEFORE = re.compile(r"(?<!to\s)\b(?:helped|helping)\s+(?:[\w-]+\s+){0,4}?$",
                            re.IGNORECASE)
# A present-tense verb whose object is a bare plural tells what someone does, not a toll.
_BARE_PLURAL_START = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")
_MODAL_BEFORE = re.compile(r"(?:could|would|might|may|should|will|shall|can|cannot|must)\b"
                           r"(?:\s+\w+){0,3}\s*$")
_NEGATED = re.compile(r"\bnot\b|n't")
_STARTS_WITH_CONJUNCTION = re.compile(r"\s*(?:and|or)\b")
_BASE_VERB = re.compile(r"kill|wound|injure|capture|detain|arrest|eliminate|apprehend",
                        re.IGNORECASE)
# A headline's subject without its article: "Insurgent killed", "Taliban commander killed".
_HEADLINE_SUBJECT = re.compile(rf"(?:[\w'’-]+\s+){{0,2}}(?i:{_SINGULAR_ROLE})\s+")
# A headline's present tense with its count: "Forces capture 3, kill 1 in Kunar".
_HEADLINE_VERB = re.compile(r"\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                            r"(?!\s+or\b)", re.IGNORECASE)
_PASSIVE_OR_NOUN_BEFORE = re.compile(
    r"\b(?:(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?|the\s+)$", re.IGNORECASE)
_WORDS_ONLY = re.compile(r"[\w\s'’-]*")
_TO_AT_END = re.compile(r"\bto\s*$")
_FINITE_OR_ARTICLE = re.compile(r"\b(?:were|was|had|have|been|the)\b")
_UP_TO_THREE_WORDS = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}")
_SEARCH_FOR = re.compile(r"(?:searching\s+for|looking\s+for|for)\s+(?P<v>.+)$")


# A victim phrase that is a number and nothing else ("killing four", "wounding seven", "all
# four", "the other two", "both"): people, as the object of a casualty verb. Not a noun the
# normalizer counts as one person ("an officer"): the noun decides whether that is a victim.
_BARE_DETERMINER = re.compile(
    r"\s*(?:all(?:\s+(?:of\s+)?the)?|the(?:\s+(?:other|remaining|last))?|another"
    rf"|an?\s+(?:additional|further)|other|{_GROUP_OF})?\s*", re.IGNORECASE)  # "a crew of four"
# ("an estimated eight" is a hedged number, not a noun counted by "an")
_NOUN_COUNT = re.compile(r"(?:an?|the)\s+(?!(?:dozen|couple|pair|few|handful|hundred|thousand"
                         r"|estimated)\b)"
                         rf"(?!.*\b{_GROUP_NOUN}$)", re.IGNORECASE)


_JOINED_PARTICIPLE = re.compile(r"\s(?:shot|stabbed|beaten|[a-z]+ed)\s+and\s*$")
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){1,3}$")
_COPULA_START = re.compile(r"\s*(?:were|was|are|is)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:(—–]|\band|\bbut)\s*$", re.IGNORECASE)


_FIGURE_OF = re.compile(r"\b(?:figure|tally|count)\s+of\s+$", re.IGNORECASE)


def _reduced_subject(text: str, s0: int, at: int, verb: str) -> int | None:
    """Where the counted subject of a participle at ``at`` starts ("one Taliban facilitator
    killed", "The two insurgents killed were"), or None: a quantity shortly before it, with
    only words between, none of them a partitive, "among" or a negation."""
    if verb.lower() not in ("killed", "wounded", "injured", "detained", "captured"):
        return None
    window = max(s0, at - 60)
    # ("the man shot and killed by coalition forces": the participle joined before it)
    joined = _JOINED_PARTICIPLE.search(text, window, at)
    if joined is not None:
        at = joined.start() + 1
    q = find_quantities(text[window:at])
    gap = text[window + q[-1].end:at] if q else ""
    if q and _WORDS_ONLY.fullmatch(gap) and not _SUBSET_GAP.search(gap) and (
            not _NEGATED.search(gap)) and (
            not _PARTITIVE_BEFORE.search(text, window, window + q[-1].start)):
        if _FIGURE_OF.search(text, window, window + q[-1].start):
            return None  # "the earlier figure of four insurgents killed": a figure revised
        return window + q[-1].start
    definite = _DEFINITE_BEFORE.search(text, window, at)  # "The insurgent killed in ..."
    if definite is not None and parse_count(definite.group(0).strip()) == Count(min=1, max=1) and (
            not _VERB_LIKE.search(_ATTRIBUTIVE.sub("", definite.group(0)))
            and not _NEGATED.search(definite.group(0))):
        return definite.start()
    return None


# The rest of a list of counted people after a victim's comma, up to its end: ", an Afghan
# interpreter and three insurgents." (each item counted by its own number or article).
_LIST_REST = re.compile(
    rf",\s+(?P<items>(?:{_COUNT_WORD}\s+[\w-]+(?:\s+[\w-]+){{0,3}}?,\s+)*"
    rf"{_COUNT_WORD}\s+[\w-]+(?:\s+[\w-]+){{0,3}}?\s+and\s+{_COUNT_WORD}\s+[\w-]+"
    r"(?:\s+[\w-]+){0,3}?)(?=\s*[.;]|\s+(?:in|on|at|near|during|when|after)\b"
    # (or a speaker after it: ", ISAF officials said")
    r"|,\s+[^,.;]{2,60}?\s(?:said|says|reported|confirmed|stated)\b)",
    re.IGNORECASE)


def _counted_list(text: str, v: tuple[int, int], limit: int) -> tuple[int, int]:
    """A victim phrase with the rest of its list ("killed two ISAF service members, an Afghan
    interpreter and three insurgents"): each item a count of people. Not an apposition that
    recounts the head ("killed three insurgents, a commander and two fighters"): items that
    add up to the head's count are who the head's people were."""
    m = _LIST_REST.match(text, v[1], limit)
    if m is None:
        return v
    items = [part for part in _split_conjuncts(m.group("items")) if part.strip()]
    if not all(_PERSON.search(part.lower()) for part in items):
        return v
    head = parse_count(text[v[0]:v[1]])
    mins = [c.min if c is not None else None for c in map(parse_count, items)]
    if head is None or None in mins:
        return v
    if head.min is not None and sum(n or 0 for n in mins) == head.min:
        return v
    return v[0], m.end("items")


# An uncounted group whose apposition counts it ("killing its occupants, two Taliban
# fighters"): the number is the apposition's.
_UNCOUNTED_GROUP = re.compile(
    r"\s*(?:all\s+)?(?:its|the|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:occupants|passengers|riders|crew|attackers|gunmen|men|members|fighters|insurgents)\s*$",
    re.IGNORECASE)
_COUNTING_APPOSITION = re.compile(
    rf",\s+(?P<item>(?!an?\b){_COUNT_WORD}\s+[\w-]+(?:\s+[\w-]+){{0,2}}?)"
    r"(?=\s*[.;]|,\s|\s+(?:in|on|at|near|during|when|after)\b)",
    re.IGNORECASE)


def _counted_apposition(text: str, v: tuple[int, int], limit: int) -> tuple[int, int]:
    """A victim group with no number of its own, counted by the apposition after it."""
    if not _UNCOUNTED_GROUP.fullmatch(text, v[0], v[1]):
        return v
    m = _COUNTING_APPOSITION.match(text, v[1], limit)
    if m is None or not _PERSON.search(m.group("item").lower()):
        return v
    return m.start("item"), m.end("item")  # the apposition: who they were, and how many


# The count of bodies told before them: "recovered six bodies of insurgents" (not "two more
# bodies of", which adds to a toll told before; nor "the bodies of two soldiers", counted after).
_COUNT_OF_BODIES = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:bod(?:y|ies)|remains)\s+of\s+$", re.IGNORECASE)


def _bodies_counted_before(text: str, start: int, a: int, v: tuple[int, int]
                           ) -> tuple[int, int]:
    """An uncounted victim of "bodies of" with the count its bodies were given: the number
    before "bodies" counts the dead after "of", so the victim runs from it (a count of its own
    is one the victim opens on, "the bodies of two insurgents": "six bodies of insurgents,
    along with three rifles" or "... and three rifles" counts the bodies, not the rifles
    told after them)."""
    if quantities.leading_quantity(text[v[0]:v[1]]) is not None:
        return v
    m = _COUNT_OF_BODIES.search(text, max(start, a - 20), v[0])
    return v if m is None else (m.start(), v[1])


def _bare_count(victim: str) -> bool:
    """Whether ``victim`` is only a quantity, perhaps after a determiner ("all four")."""
    q = find_quantities(victim)
    return (len(q) == 1 and q[0].end >= len(victim.rstrip())
            and _BARE_DETERMINER.fullmatch(victim, 0, q[0].start) is not None
            and not _NOUN_COUNT.match(q[0].text))


# Part of a group already counted (guidelines §5): "Baqi was one of the insurgents killed",
# "a commander was among those killed", "one of the two insurgents killed", "Among the five
# injured is a boy", "Those killed included a commander". What lies between a quantity and a
# participle after it ("one … killed") says the quantity is not that participle's subject when
# it holds "among" or opens with a partitive "of the" (a finite verb alone does not: "the
# leader and several associates were identified and detained"); a participle followed by a
# copula ("killed was a Taliban leader") names part of the dead after "among", a partitive or
# "included".
_SUBSET_GAP = re.compile(r"^\s*of\s+(?:the|those|these|them)\b|\bamong\b", re.IGNORECASE)
_PARTITIVE = (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|several"
              r"|many|none|either|neither|few)\s+of\s+(?:the|those|these)")
_SUBSET_BEFORE = re.compile(rf"(?:\bamong|{_PARTITIVE})(?:\s+[\w'’-]+){{0,4}}\s*$", re.IGNORECASE)
# A quantity that is itself the group of a partitive ("one of the two insurgents killed"), not
# "the bodies of the two insurgents killed"
_PARTITIVE_BEFORE = re.compile(rf"{_PARTITIVE}\s+$", re.IGNORECASE)
_PREDICATE_START = re.compile(r"\s*(?:(?P<be>was|were|is|are)|includ(?:ed|es|e|ing))\b",
                              re.IGNORECASE)


def _names_a_subset(text: str, s0: int, participle: int, victim: str) -> bool:
    """Whether a participle at ``participle`` followed by ``victim`` ("killed was Baqi",
    "killed included a commander") names some of a group already counted."""
    predicate = _PREDICATE_START.match(victim)
    if predicate is None:
        return False
    return predicate.group("be") is None or _SUBSET_BEFORE.search(
        text, max(s0, participle - 60), participle) is not None


def _hits_in(text: str, sentence: Sentence) -> list[_Hit]:
    """Casualty phrases in one sentence (before attribution and merging)."""
    s0, s1 = sentence.start, sentence.end
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in taken)

    outcome: Outcome | None

    lower = sentence.lower
    present = {word for word in _ALL_FORM_WORDS if word in lower}  # each word tested once
    for form, pattern in _PATTERNS:
        if present.isdisjoint(_FORM_WORD_SETS[form]):
            continue  # none of the words this form needs: skip the costly pattern
        for m in pattern.finditer(text, s0, s1):
            a, b = m.start(), m.end()
            if overlaps(a, b):
                continue
            prefix = text[max(s0, a - 40):a]
            if form == "passive":
                outcomes = [o for o in (_outcome(m.group("pv")),
                                        _outcome(m.group("pv2") or "")) if o]
                if not outcomes:
                    continue
                if _NEGATED.search(m.group(0)):
                    continue
                antecedent = None
                if _RELATIVE.search(text[s0:m.start("aux")]):
                    antecedent = _who_antecedent(text, s0, m.start("aux"), s1)
                    if antecedent is None:
                        # "all four who were killed were civilians": a bare number the
                        # relative clause defines is the toll's subject
                        counted = _subject_before(text, s0, m.start("aux"))
                        if not _bare_count(text[counted[0]:counted[1]]):
                            continue
                        antecedent = counted
                if _MODAL_BEFORE.search(prefix):
                    continue  # "could have been killed"
                if _ANYONE_SAYS.search(text, s0, m.start("aux")):
                    continue  # "When someone tells us civilians were killed, we go and look"
                v = antecedent or _subject_before(text, s0, m.start("aux"))
                if v[1] <= v[0] or _OF_THE_VICTIMS.match(text, v[0], v[1]):
                    continue
                if _RANK_IN_A_TALLY.search(text, max(s0, v[0] - 2), m.start("aux")):
                    continue  # "killed an insurgent, the second to be killed this week"
                if _QUESTION_BEFORE.search(text, max(s0, v[0] - 12), v[0]):
                    continue  # "is assessing whether the targeted individual was killed"
                if m.group("pv")[:7].lower() == "neutral" and not _PERSON_HEAD.search(
                        text[v[0]:v[1]].lower()):
                    continue  # "the firing position was neutralized": not people
                joined = _joined_after(text, b, s1)
                end = joined[1] if joined is not None else b
                for outcome in outcomes:
                    hits.append(_Hit(outcome, v[0], (v[0], end), v, form, joined=joined,
                                     mourned=_mourned_count(text, s0, m.start("aux"), v)))
                taken.append((v[0], end))
            elif form == "coordinated":
                outcome = _outcome(m.group("cv"))
                v = _subject_before(text, s0, m.start("aux"))
                if outcome is None or v[1] <= v[0] or _RELATIVE.search(text[s0:m.start("aux")]):
                    continue
                hits.append(_Hit(outcome, v[0], (v[0], b), v, form))
                taken.append((v[0], b))
            elif form == "inverted":
                outcome = _outcome(m.group("iv"))
                v = _victim_after(text, b, s1)
                if outcome is None or v[1] <= v[0]:
                    continue
                if _SUBSET_BEFORE.search(text, max(s0, a - 60), m.start("iv")):
                    continue  # "Among those killed in the strike were …": some of the dead
                if not _CLAUSE_START.search(text[s0:a]):
                    # "An insurgent killed during the operation was carrying a grenade": the
                    # participle's subject is before it, not after the copula
                    start = _reduced_subject(text, s0, m.start("iv"), m.group("iv"))
                    if start is not None:
                        end = m.start("iv") + len(m.group("iv"))
                        hits.append(_Hit(outcome, start, (start, end), (start, m.start("iv")),
                                         "reduced"))
                        taken.append((start, end))
                    continue
                hits.append(_Hit(outcome, a, (a, v[1]), v, form))
                taken.append((a, v[1]))
            elif form == "active":
                verb = m.group("av")
                # ("shot him dead": the object between the verb and "dead")
                outcome = "killed" if verb.lower() == "shot" else _outcome(verb)
                if outcome is None:
                    continue
                if _NATURAL_KILLER.match(text, s0, a) is not None:
                    continue  # "The floods, which began last week, killed at least 20 people"
                if _HYPOTHETICAL.search(prefix) or (_BASE_VERB.fullmatch(verb) and not (
                        sentence.heading and _HEADLINE_VERB.match(text, b)) and (
                        _HELPED_BEFORE.search(text, max(s0, a - 60), a) is None)
                        and not _USED_TO.search(prefix)):
                    continue  # "to kill", "could have killed", "kill or capture"
                before = text[max(s0, a - 12):a]
                if verb.lower().endswith("ed") and _PASSIVE_OR_NOUN_BEFORE.search(before):
                    continue  # a passive or an adjective ("the wounded were"), read elsewhere
                when = _TIME_BEFORE_OBJECT.match(text, b, s1)  # "detained on Sunday a fighter"
                v = _victim_after(text, when.end() if when else b, s1)
                if verb.lower() == "shot":
                    v = (v[0], text.index(" dead", v[0]))  # "shot him dead": him
                v = _counted_apposition(text, _counted_list(text, v, s1), s1)
                victim = text[v[0]:v[1]]
                if (verb[-1:].lower() == "s" and _BARE_PLURAL_START.match(victim)
                        and not find_quantities(victim)):
                    continue  # "The Taliban kills civilians indiscriminately": a habit
                shared = _SHARED_OBJECT.match(text, b, s1)
                if shared is not None:
                    # "killing and injuring a number of them": both verbs take that object
                    v = _victim_after(text, shared.end(), s1)
                    victim = text[v[0]:v[1]]
                    other = _outcome(shared.group("verb"))
                    if other is not None and other != outcome and v[1] > v[0]:
                        hits.append(_Hit(other, a, (a, v[1]), v, form))
                elif _STARTS_WITH_CONJUNCTION.match(victim):
                    v, victim = (b, b), ""
                if _names_a_subset(text, s0, a, victim):
                    continue  # "Among those killed was …": some of the dead, already counted
                if _KILLERS_WHO.search(text, max(s0, a - 40), a) and _PRONOUN_VICTIM.match(victim):
                    continue  # "The people who killed them attacked us": dead told before
                if verb[:7].lower() == "neutral" and not _PERSON_HEAD.search(victim.lower()):
                    continue  # "neutralized the firing position", "an IED": not people
                if v[1] <= v[0] or _DATE_OBJECT.match(text, v[0]) or (
                        not _PERSON.search(victim.lower())
                                    and not _NAME.match(victim.lstrip())
                                    and not _bare_count(victim) and not _ORDINAL.match(victim)
                                    and not _MORE_COUNT.fullmatch(victim.strip())
                                    and not _REFLEXIVE.match(victim)):
                    # "one Taliban facilitator killed": a reduced passive after its subject.
                    start = _reduced_subject(text, s0, a, verb)
                    if start is not None and _RANK_AFTER_A_TOLL.match(
                            text, max(s0, start - 2), a) is not None:
                        continue  # ", the fourth insurgent killed in the district this week"
                    if start is None and sentence.heading and _HEADLINE_SUBJECT.fullmatch(
                            text, s0, a) and verb.lower() in ("killed", "wounded", "injured"):
                        start = s0  # a headline drops the article: "Insurgent killed in Zabul"
                    if start is not None:
                        hits.append(_Hit(outcome, start, (start, b), (start, a), "reduced"))
                        taken.append((start, b))
                    continue
                if _COPULA_START.match(victim):
                    # "The two insurgents killed were known fighters": the participle's
                    # subject is counted before it, the predicate describes them
                    start = _reduced_subject(text, s0, a, verb)
                    if start is not None:
                        hits.append(_Hit(outcome, start, (start, b), (start, a), "reduced"))
                        taken.append((start, b))
                        continue
                # "killed Qari Sabir, a Taliban commander responsible for ..., and two of his
                # fighters": the men of the one named, after his apposition, died with him
                men: tuple[int, int] | None = None
                named = _NAME.match(victim.lstrip())
                his = _AND_HIS_MEN_AFTER.match(text, v[1], s1) if named else None
                leader = named or _ONE_BY_ROLE.match(victim)
                if his is None and leader:
                    his = (_WHO_THEN_HIS_MEN.match(text, v[1], s1)
                           or _WHO_THEN_OTHERS.match(text, v[1], s1))
                if his is None and leader:
                    # ... or set after the place and day the sentence gives his killing, as a
                    # passive's are: "killed the Taliban shadow governor of Badghis province in
                    # Gulran district, Herat province, today, along with his two bodyguards"
                    # (a leader's or a named man's, not "captured a facilitator and killed an
                    # insurgent ..., along with two of his associates")
                    men = _joined_after(text, v[1], s1)
                elif his is not None:
                    w = _victim_after(text, his.end(), s1)
                    if w[1] > w[0] and _PERSON.search(text[w[0]:w[1]].lower()) and not (
                            _THEIR_OWN_VERB.match(text, w[1], s1)):
                        men = w  # (not "..., and two of his fighters were detained")
                end = men[1] if men is not None else v[1]
                hits.append(_Hit(outcome, a, (a, end), v, form, joined=men))
                taken.append((a, end))
            elif form == "died":
                outcome = _outcome(m.group("dv"))
                if outcome is None or _HYPOTHETICAL.search(prefix) or _NATURAL_DEATH.match(
                        text, m.end(), min(s1, m.end() + 80)):
                    continue
                wounded = _WOUNDED_THEN.search(text, s0, a)
                # "Two civilians, a man and his son, later died": the subject ends before
                # the adverb
                verb = a
                adverb = (_ADVERB_BEFORE_VERB.search(text, s0, a)
                          or _AUX_ADVERB_BEFORE_VERB.search(text, s0, a))
                if adverb is not None and wounded is None:
                    verb = adverb.start()
                # "was wounded and later died of his injuries": the subject of "was wounded";
                # "engaged three insurgents, two of whom died of their wounds": the part
                v = _who_antecedent(text, s0, a, s1, verb) or _subject_before(
                    text, s0, wounded.start() if wounded else verb)
                adverbs = _ADVERBS_AT_END.search(text, v[0], v[1])
                if adverbs is not None and adverbs.start() > v[0]:
                    v = (v[0], adverbs.start())  # "His brother also died": not the subject
                who = _WOUNDED_WHO.search(text, s0, verb) if wounded is None else None
                if who is not None and _PERSON.search(who.group("np").lower()):
                    # "An insurgent who was wounded during an engagement with Afghan and
                    # coalition forces ... on Monday died": the man the relative clause says was
                    # wounded, not the forces it names
                    v = who.span("np")
                subject = text[v[0]:v[1]].lower()
                if subject in ("he", "she") and _WHERE_HE.search(text, s0, v[0]):
                    # "The wounded insurgent was flown to Camp Bastion, where he later died":
                    # he is the subject the sentence opened with
                    head = _OPENING_SUBJECT.match(text, s0, v[0])
                    if head is not None and _PERSON.search(head.group("np").lower()):
                        v = head.span("np")
                        subject = head.group("np").lower()
                if _WAS_AT_START.match(subject):
                    # "A Haqqani facilitator who was wounded and detained ... Sunday died of
                    # his wounds": the relative clause is the subject's, as "who was wounded
                    # Sunday" is
                    head = _NP_WHO.fullmatch(text, s0, v[0])
                    if head is not None and _PERSON.search(head.group("np").lower()):
                        v = (head.start("np"), v[1])
                        subject = text[v[0]:v[1]].lower()
                if _HE_WAS.match(subject):
                    # "An insurgent detained after he was wounded ... Sunday died of his
                    # wounds": he is the man the sentence opened with
                    head = _TAKEN_AFTER.fullmatch(text, s0, v[0])
                    if head is not None and _PERSON.search(head.group("np").lower()):
                        v = head.span("np")
                        subject = head.group("np").lower()
                if v[1] <= v[0] or not (_PERSON.search(subject) or _bare_count(subject)
                                        # ("was flown to a coalition medical facility, where
                                        # he later died of his wounds": one man)
                                        or (subject in ("he", "she") and (
                                            wounded is not None
                                            or _WHERE_HE.search(text, s0, v[0]) is not None)
                                            and _THE_ONE_MAN.search(text, s0, v[0]) is not None)
                                        or _ORDINAL.match(subject)
                                        or _named_person(text[v[0]:v[1]])
                                        or _RANKED_PERSON.match(text, v[0], v[1])) or (
                        _OF_THE_VICTIMS.match(text, v[0], v[1])
                        and not (_OF_THE_WOUNDED.match(text, v[0], v[1])
                                 and not _TOLL_TOLD.search(sentence.lower))):
                    # ("Two of the wounded insurgents later died": more dead, unless the
                    # sentence gives the toll they bring it to)
                    continue
                # "... died in the strike, along with one of his associates": more victims
                died_with = _joined_after(text, b, s1)
                end = died_with[1] if died_with is not None else b
                hits.append(_Hit(outcome, v[0], (v[0], end), v, form, joined=died_with,
                                 mourned=_mourned_count(text, s0, verb, v)))
                taken.append((v[0], end))
            elif form == "lives":
                if m.group("lo") is not None:
                    v = _victim_after(text, b, s1)
                    if _HYPOTHETICAL.search(prefix):
                        continue  # "could have claimed the lives of"
                elif m.group("ll") is not None:
                    v = (m.start("ll"), m.end("ll"))
                else:
                    v = _subject_before(text, s0, a)
                    v = (v[0], a + len("lives"))
                victim = text[v[0]:v[1]]
                if v[1] <= v[0] or not find_quantities(victim) or (
                        m.group("lo") is not None and not _PERSON.search(victim.lower())):
                    continue  # a count of people, not "the loss of civilian lives" in general
                start = min(a, v[0])
                end = max(b, v[1])
                hits.append(_Hit("killed", start, (start, end), v, "lives"))
                taken.append((start, end))
            elif form == "lost":
                v = _victim_after(text, b, s1)
                if v[1] <= v[0] or (_ONE_OF_GROUP.match(text, v[0], v[1])
                                    and _ROLE_TAKEN.search(text, 0, s0)):
                    continue
                hits.append(_Hit("killed", a, (a, v[1]), v, form))
                taken.append((a, v[1]))
            elif form == "nominal":
                outcome = _outcome(m.group("nv"))
                v = _victim_after(text, b, s1)
                if outcome is None or v[1] <= v[0]:
                    continue
                victim = text[v[0]:v[1]]
                if not _PERSON.search(victim.lower()) and not _NAME.match(victim) and not (
                        _bare_count(victim)):
                    continue
                if _HYPOTHETICAL.search(prefix) and not _TO_AT_END.search(prefix):
                    continue
                if _AMONG_THE_DEAD.match(text, v[1]):
                    continue  # "found the body of Ghafoor among the dead": one counted already
                v = _bodies_counted_before(text, s0, a, v)
                hits.append(_Hit(outcome, a, (a, v[1]), v, form))
                taken.append((a, v[1]))
            elif form == "the_death":
                hits.append(_Hit("killed", m.start("td"), (m.start("td"), b),
                                 (m.start("td"), b), form))
                taken.append((m.start("td"), b))
            elif form == "possessive":
                outcome = _outcome(m.group("ov"))
                if outcome is None or (outcome == "killed" and _TIME_BEFORE.search(
                        text, max(s0, a - 12), a)):
                    continue  # "Since his death, ...": when, of a death told before
                if outcome == "killed" and _DEATH_AS_EFFECT.match(text, b):
                    continue  # "Hakim's death removes ...": weighs a killing told before
                if outcome == "killed" and _DONE_BY_OWNER.search(text, max(s0, a - 8), a):
                    continue  # "to do his killing for him": his deed, no one's death
                hits.append(_Hit(outcome, a, (a, b), (a, m.end("owner")), form))
                taken.append((a, b))
            elif form == "number_of":
                outcome = _outcome_word(m.group("nw"))
                q = find_quantities(text[b:min(s1, b + 40)])
                if outcome is None or not q or q[0].start > 2:
                    continue
                end = b + q[0].end
                hits.append(_Hit(outcome, a, (a, end), (b, end), "toll"))
                taken.append((a, end))
            elif form == "risen_to":
                outcome = _outcome_word(m.group("rw"))
                if outcome is None:
                    continue
                hits.append(_Hit(outcome, a, (a, b), (m.start("rn"), m.end("rn")), "toll"))
                taken.append((a, b))
            elif form == "toll":
                q = find_quantities(text[b:min(s1, b + 40)])
                if not q or q[0].start > 2:
                    continue
                if text[max(0, a - 8):a].lower() == "put the " and not _last_told_killed(
                        text, max(0, a - 300), a):
                    continue  # "put the number at 12" counts what was told last: the dead?
                if text[max(0, a - 8):a].lower() == "put the " and _INITIAL.search(
                        text, max(0, a - 400), a):
                    # the update of a first report ("Initial reports from the field indicated
                    # that seven insurgents had been killed. ... Afghan commanders put the
                    # number at 12"): told from "put", in the voice of the first
                    a -= 8
                end = b + q[0].end
                v = _victim_after(text, b, s1)  # "the toll at nine fighters and civilians"
                victim_end = v[1] if v[1] > end else end
                hits.append(_Hit("killed", a, (a, victim_end), (b, victim_end), form))
                taken.append((a, victim_end))
            elif form == "adjective":
                outcome = _outcome(m.group("adj"))
                window_start = max(s0, a - 60)
                if _OF_THE_BEFORE.search(text, window_start, a):
                    continue  # "Three of the wounded": part of a group already counted
                q = find_quantities(text[window_start:a])
                if outcome is None or not q:
                    continue
                gap = text[window_start + q[-1].end:a]
                if not _UP_TO_THREE_WORDS.fullmatch(gap) or _FINITE_OR_ARTICLE.search(gap):
                    continue
                if _PARTITIVE_BEFORE.search(text, window_start, window_start + q[-1].start):
                    continue  # "one of the two insurgents killed": some of the dead
                start = window_start + q[-1].start
                hits.append(_Hit(outcome, start, (start, b), (start, a), form))
                taken.append((start, b))
            elif form == "of_wounded":
                outcome = _outcome(m.group("ow"))
                window_start = max(s0, a - 40)
                q = find_quantities(text[window_start:a])
                if outcome is None or not q:
                    continue
                start = window_start + q[-1].start
                hits.append(_Hit(outcome, start, (start, b), (start, b), form))
                taken.append((start, b))
            elif form == "rubble":
                v = _subject_before(text, s0, a)
                victim = text[v[0]:v[1]]
                if v[1] <= v[0] or not _PERSON.search(victim.lower()):
                    continue
                tail = _SEARCH_FOR.search(victim)
                if tail is not None:
                    v = (v[0] + tail.start("v"), v[1])
                hits.append(_Hit("missing", v[0], (v[0], b), v, form))
                taken.append((v[0], b))
            elif form == "none_among":
                hits.append(_Hit("killed", a, (a, b), (m.start("na") - 3, m.end("na")), form,
                                 denial=True))
                taken.append((a, b))
            elif form == "among_dead":
                v = _subject_before(text, s0, a)
                victim = text[v[0]:v[1]]
                if (v[1] <= v[0] or not find_quantities(victim) or _NEGATED.search(victim)
                        or not _PERSON.search(victim.lower())
                        or re.match(r"\s*no\b", victim, re.IGNORECASE)):
                    continue  # a name ("Rahim was among the dead") is the names' subset
                hits.append(_Hit("killed", v[0], (v[0], b), v, form))
                taken.append((v[0], b))
            elif form == "casualties":
                hits.append(_Hit("killed", a, (a, b), (a, b), form, denial=True))
                taken.append((a, b))
    if "eliminating the threat" in lower:
        for m in _THREAT_ELIMINATED.finditer(text, s0, s1):
            if not overlaps(m.start(), m.end()):
                hits.append(_Hit("killed", m.start(), (m.start(), m.end()), m.span("v"),
                                 "active"))
                taken.append((m.start(), m.end()))
    # (not "bod" alone, which every "bodyguard" has: the bodies are counted only as "... bodies
    # were found", "recovered six bodies" or "a body was recovered")
    if " dead " in lower or "bodies" in lower or "body was" in lower:
        for m in _FOUND_DEAD.finditer(text, s0, s1):
            v = next(m.span(g) for g in ("v1", "v2", "v3") if m.group(g) is not None)
            if not overlaps(v[0], v[1]) and _bodies_of_a_fight(text, v, s0, s1):
                hits.append(_Hit("killed", v[0], v, v, "active"))
                taken.append(v)
    if "blew " in lower or "blowing " in lower:
        for m in _BLEW_HIMSELF_UP.finditer(text, s0, s1):
            if not overlaps(m.start(), m.end()):
                hits.append(_Hit("killed", m.start(), (m.start(), m.end()), m.span("v"),
                                 "active"))
                taken.append((m.start(), m.end()))
    if "the only" in lower:
        for m in _ONLY_ONE_KILLED.finditer(text, s0, s1):
            v = _subject_before(text, s0, m.start())
            # (a short noun phrase: "The driver", "The two attackers", "Mullah Karim")
            if v[1] > v[0] and not overlaps(v[0], m.end()) and (
                    _SUBJECT_NP.fullmatch(text[v[0]:v[1]].strip())
                    or _named_person(text[v[0]:v[1]])):
                hits.append(_Hit("killed", v[0], (v[0], m.end()), v, "passive"))
                taken.append((v[0], m.end()))
    hits.extend(_gapped(text, sentence, hits, overlaps))
    hits.sort(key=lambda h: h.pos)
    return hits


# "The security force engaged the insurgent, eliminating the threat": a press release's way of
# telling that its force killed the one it engaged.
_THREAT_ELIMINATED = re.compile(
    r"\b(?:engaged|shot|fired\s+(?:on|upon))\s+(?P<v>(?:the|an?|one|two|three|four|both)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:insurgents?|individuals?|m[ae]n|attackers?|gunm[ae]n|fighters?"
    r"|suspects?|shooters?|assailants?|enem(?:y|ies)))"
    r"(?:\s+(?:in|near|at|during|on|from|yesterday|today)\b[^.;]{0,100}?)?"
    r"\s*,?\s+(?:thereby\s+)?eliminating\s+"
    r"the\s+threat\b", re.IGNORECASE)


# The dead found after a fight: "found two dead insurgents", "A dead insurgent was found", or
# counted: "The Marines counted four dead insurgents after the engagement".
_DEAD_PEOPLE = (r"dead\s+(?:[\w-]+\s+)?(?:insurgents?|fighters?|m[ae]n|civilians?|attackers?"
                r"|militants?|gunm[ae]n|enemy|enemies)\b")
_FOUND_DEAD = re.compile(
    r"\b(?:found|discovered|recovered|counted)\s+(?P<v1>(?:the\s+)?(?:[\w-]+\s+)?" + _DEAD_PEOPLE
    + ")"
    r"|(?P<v2>\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    # (or the dead told by their bodies, counted: "six bodies were recovered at the scene",
    # as "the bodies of two insurgents" are; not "Two more bodies were found", which adds to a
    # toll told before and so restates it)
    + rf"(?:{_DEAD_PEOPLE}|bod(?:y|ies)\b))"
    + r"\s+(?:was|were)\s+(?:later\s+|also\s+)?(?:found|discovered|recovered)\b"
    # ... or in the active voice, by those who found them: "soldiers searching the area
    # recovered six insurgent bodies", "found three bodies". Counted, of the enemy or of no
    # side: "recovered the bodies of two soldiers" (no count before "bodies") is the own
    # side's, and "found two more bodies" adds to a toll told before.
    r"|\b(?:found|discovered|recovered|counted)\s+(?P<v3>(?:an?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)\s+(?:(?:insurgent|enemy|Taliban|militant|fighters'|insurgents')"
    r"\s+)?bod(?:y|ies)\b)(?!\s+of\b)",
    re.IGNORECASE)
# A fight or strike the release tells, whose dead bodies found are ("Following the strike, a
# ground force searched the area. Two bodies were recovered").
_FIGHT_TOLD = re.compile(
    r"\b(?:air\s*strikes?|strikes?|struck|attack(?:s|ed)?|fight(?:ing)?|firefights?|engag(?:ed"
    r"|ement)|fired|clash(?:es|ed)?|operations?|raids?|ambush(?:ed)?|battle|killed|killing"
    r"|assault)\b", re.IGNORECASE)
_BODIES_ONLY = re.compile(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                          r"bod(?:y|ies)$", re.IGNORECASE)


def _bodies_of_a_fight(text: str, victim: tuple[int, int], start: int, end: int) -> bool:
    """Whether dead found are a toll: told as the enemy's ("six insurgent bodies", "dead
    insurgents"), or bare bodies tied to a fight told in their own paragraph, up to the end of
    their sentence (``start`` to ``end``), or in the sentence right before that paragraph:
    "Following the strike, a ground force searched the area. Two bodies were recovered". A
    fight told further back is not theirs, and bodies whose sentence or paragraph opens as
    another incident ("In a separate incident, police found three bodies in a dry riverbed",
    "Elsewhere, ...") are a finding, not a toll of anyone's fight."""
    if not _BODIES_ONLY.fullmatch(text[victim[0]:victim[1]]):
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    if _TOLD_APART_OPENING.match(text, start) or _TOLD_APART_OPENING.match(text, paragraph):
        return False
    # (and the sentence before the paragraph: "..., killing or wounding eight of them. | Afghan
    # soldiers reached the site later and found three bodies")
    head = text[:paragraph].rstrip()
    stop = max(head.rfind(m) for m in (". ", ".\n", "! ", "? ", "\n"))
    return _FIGHT_TOLD.search(text, stop + 1 if stop >= 0 else 0, end) is not None


# A sentence or paragraph told as another incident than the ones before it.
_TOLD_APART_OPENING = re.compile(
    r"\s*(?:in\s+(?:an?\s+)?(?:separate|unrelated|different|another|second)\b|elsewhere\b"
    r"|separately\b)", re.IGNORECASE)


# A rank in a tally set off after a toll: "killed an insurgent ..., the fourth insurgent
# killed in the district this week" (his rank, not another toll).
_RANK_AFTER_A_TOLL = re.compile(
    r",\s*the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd"
    r"|rd|th)|last|latest)\s", re.IGNORECASE)
# ... and before the toll's own verb: "killed an insurgent, the second to be killed in the
# village this week" is the same man again.
_RANK_IN_A_TALLY = re.compile(
    r",\s*the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd"
    r"|rd|th)|last|latest)\s+(?:[\w-]+\s+){0,3}?to\s+$", re.IGNORECASE)
# "A suicide bomber blew himself up": the bomber killed.
_BLEW_HIMSELF_UP = re.compile(r"\b(?:blew|blowing)\s+(?P<v>(?:him|her|them)sel(?:f|ves))\s+up\b",
                              re.IGNORECASE)
# "The suicide bomber was the only one killed", "The driver was the only person to die": the
# subject is the toll.
_ONLY_ONE_KILLED = re.compile(
    r"\s(?:was|were)\s+the\s+only\s+(?:(?:ones?|person|people|man|men)\s+(?:killed|to\s+die"
    r"|to\s+(?:be|have\s+been)\s+killed|who\s+(?:was\s+killed|were\s+killed|died))"
    r"|fatalit(?:y|ies)|deaths?)\b", re.IGNORECASE)


# "killed four insurgents in Helmand and two in Kandahar", "Two insurgents were killed by a
# strike, and three more by small-arms fire": the verb left out, a new count with its place,
# time or means. Only a bare count ("two", "another", "three more") is one.
_GAPPED = re.compile(
    r"\s*,?\s+and\s+(?P<q>(?:another(?:\s+(?P<one_noun>(?:Taliban\s+|insurgent\s+)?(?:insurgent|fighter"
    # ("killed an insurgent ... today and another insurgent later in the afternoon", "killed a
    # Taliban sub-commander Tuesday and another Taliban commander Wednesday")
    r"|militant|gunman|attacker|(?:sub-?)?commander|leader)))?|(?:[\w-]+\s+)?(?:more|others?)"
    # ("and a further three when they returned", "and an additional two in Kandahar")
    r"|(?:an?\s+)?(?:further|additional)\s+[\w-]+|[\w-]+))"
    r"(?=\s+(?:in|by|during|at|near|on|from|with|inside|outside|later|when"
    # ... or one of the man's own after a clause set off about him: "killed another Taliban
    # leader, who directed attacks against Afghan police, and one of his fighters"
    r"|of\s+his\s+(?:fighters|men|bodyguards|guards|associates)(?=\s*[.;])"
    # ... or its day: "killed two insurgents ... Saturday and two more Sunday"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)",
    re.IGNORECASE)
_GAP_CLAUSE_END = re.compile(r"[,;]|\band\b|$")
_OF_HIS_AFTER = re.compile(r"\s+of\s+his\s+[\w-]+")
_WHEN_LATER = re.compile(r"\s(?:when|after|while|as|before)\s")
_WHO_SEGMENT = re.compile(r"\s*(?:who|whom)\s")
_WHEN_AFTER = re.compile(r"(?=\s+when\b)", re.IGNORECASE)
_FURTHER = re.compile(r"(?:an?\s+)?(?:further|additional)\s", re.IGNORECASE)
_GAP_SEGMENTS = 4  # the parts of the first toll's place and time a gapped toll may follow
_MORE_COUNT = re.compile(r"[\w-]+\s+more", re.IGNORECASE)  # "three more"
_GAP_VERB = re.compile(r"\b(?:were|was|are|is|had|have|has|\w+ed)\b", re.IGNORECASE)


def _gapped(text: str, sentence: Sentence, hits: list[_Hit],
            overlaps: Callable[[int, int], bool]) -> list[_Hit]:
    """The tolls whose verb a killed or wounded toll of the sentence lends them (``_GAPPED``):
    without it the second count of the sentence is lost."""
    found: list[_Hit] = []
    for hit in hits:
        if hit.form not in ("active", "passive") or hit.outcome not in ("killed", "injured"):
            continue
        at = max(hit.phrase[1], hit.victim[1])
        m = _GAPPED.match(text, at, sentence.end)
        pos = at
        for _ in range(_GAP_SEGMENTS):
            if m is not None:
                break
            # after the place, time or means of the first toll ("in Helmand", "by a strike,"),
            # told in a few parts set off by commas ("in Arghandab district, Kandahar province,
            # Sunday, and one more in the same district today")
            tail = _GAP_CLAUSE_END.search(text, pos, sentence.end)
            stop = tail.start() if tail is not None else sentence.end
            if stop >= sentence.end or (_GAP_VERB.search(text, pos, stop)
                                        and not _WHO_SEGMENT.match(text, pos, stop)):
                # (a relative clause of the first toll's victim is no verb of its own: "killed
                # a third insurgent who fired on them from a compound, and another in ...")
                break
            m = _GAPPED.match(text, stop - 1 if text[stop] == "a" else stop, sentence.end)
            if text[stop] != ",":
                break
            pos = stop + 1
        if m is None:
            continue
        q = m.group("q")
        if not (_bare_count(q) or _PRONOUN_ONE.fullmatch(q) or _MORE_COUNT.fullmatch(q)
                or m.group("one_noun")):
            continue
        rest = text[m.end():sentence.end]
        clause = _GAP_CLAUSE_END.search(rest)
        if _WHEN_AFTER.match(rest):
            # "and a further three when they returned": an added toll before its own clause
            # (not a breakdown: "All five were killed, three by commandos and two when ...")
            if not _FURTHER.match(q):
                continue
            clause = _WHEN_AFTER.match(rest)
        end = m.end() + (clause.start() if clause else len(rest))
        # (a verb of a clause of time after the toll is not the toll's: "and another insurgent
        # later in the day when insurgents attacked the patrol's base")
        when = _WHEN_LATER.search(rest, 0, end - m.end())
        if _GAP_VERB.search(text, m.end(), m.end() + when.start() if when else end):
            continue  # "and two in the compound were detained": a clause of its own
        while end > m.end() and text[end - 1] in " .":
            end -= 1
        a, b = m.start("q"), m.end("q")
        if overlaps(a, end):
            continue
        his = _OF_HIS_AFTER.match(text, b, end)
        if his is not None:
            b = his.end()  # "one of his fighters": his own, not the man told again
        found.append(_Hit(hit.outcome, a, (a, end), (a, b), "gapped"))
    return found


# A death no one caused: "A detainee ... died yesterday of what appear to be natural causes",
# "died of a heart attack" (a killed toll is a death the conflict caused).
_NATURAL_DEATH = re.compile(
    r"[^.;]{0,40}?\b(?:of|from)\s+(?:what\s+(?:appears?|appeared|seem(?:s|ed)?)\s+to\s+be\s+"
    r"|an?\s+(?:apparent\s+|suspected\s+)?|apparent\s+|suspected\s+)?"
    # ... named with its kind: "of what appears to be a pre-existing heart condition"
    r"(?:an?\s+)?(?:(?:pre-?existing|chronic|serious|undiagnosed|long-?standing)\s+)?"
    r"(?:natural\s+causes|heart\s+(?:attack|condition|failure|disease)|medical\s+condition"
    r"|illness|disease|cancer|stroke)\b", re.IGNORECASE)
# A sentence whose subject, the killer, is weather or the earth, not a party: "The floods,
# which began last week, killed at least 20 people" (the toll of no operation).
# Each a closed group, so that a reading adds its own words beside them ("rains", "a traffic
# accident") in a group of its own and no use can change what the list binds to.
_DISASTER_SEVERITY = r"(?:(?:heavy|flash|severe|recent|seasonal|spring)\s+)*"
_DISASTER = (r"(?:floods?|flooding|earthquakes?|avalanches?|landslides?|mudslides?"
             r"|(?:snow)?storms?|blizzards?)")
_NATURAL_KILLER = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+)?" + _DISASTER_SEVERITY
    + r"(?:" + _DISASTER + r"|rains?|snowfall)\b"
    r"(?:(?!\b(?:insurgents?|Taliban|forces?|bomb\w*|attack\w*"
    r"|strikes?|soldiers?|police)\b)[^.;])*$", re.IGNORECASE)
# ... or a toll told as dead in one, or in an accident on the road: "at least 18 people had died
# in the floods", "were killed in an avalanche", "in a traffic accident".
_ROAD_ACCIDENT = r"(?:(?:traffic|road|car|vehicle)\s+(?:accidents?|crash(?:es)?|collisions?))"
_IN_DISASTER = re.compile(
    r"\s+(?:in|by)\s+(?:the\s+|a\s+|an\s+)?" + _DISASTER_SEVERITY
    + r"(?:" + _DISASTER + r"|" + _ROAD_ACCIDENT + r")\b",
    re.IGNORECASE)

_PEOPLE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:insurgents|militants|fighters|men|people|individuals|attackers"
    r"|gunmen|members|suspects|occupants|elements|civilians|soldiers|of\s+the\s+men|of\s+them)"
    r"\b", re.IGNORECASE)

# A count that takes a part of a group named before: "one of them", "one of the attackers".
_PART_OF_GROUP = re.compile(r"\s+of\s+(?:them|the|those|these)\b", re.IGNORECASE)


# A man's following counted by the words that make it his ("commanded about 30 fighters", "led
# a cell of 12 insurgents", "was in command of 40 fighters", "Rahim's group of 40 fighters"):
# whom he had, no toll; unless its sentence puts the group at the scene (``_AT_THE_SCENE``).
_FOLLOWING_BEFORE = re.compile(
    r"(?:\b(?:command(?:ed|s|ing)|led|leads|leading|head(?:ed|s|ing)|oversaw|oversees"
    r"|controll?(?:ed|s)|in\s+(?:charge|command)\s+of)"
    r"\s+(?:an?\s+(?:[\w-]+\s+)?(?:group|cell|network|band|unit)\s+of\s+)?"
    r"|['’]s\s+(?:[\w-]+\s+)?(?:group|cell|network|band|unit)\s+of\s+)$",
    re.IGNORECASE)
# ... or by the words after it: "had about 40 fighters under his command".
_UNDER_COMMAND_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}?under\s+(?:his|her|their)\s+(?:command|control)\b", re.IGNORECASE)
# A sentence that puts the group at the scene by an attack ("led four insurgents in an attack
# on a checkpoint", "struck a commander leading five insurgents toward a checkpoint"): the men
# fighting, not a following.
_AT_THE_SCENE = re.compile(
    r"\b(?:in\s+an?\s+(?:attack|assault|ambush)|attack(?:ed|ing)|ambush(?:ed|ing)|fir(?:ed|ing)\s+on"
    r"|struck|toward|towards)\b", re.IGNORECASE)


def _antecedent(text: str, layout: Layout, sentence: Sentence,
                before: int) -> tuple[Count, tuple[int, int], str] | None:
    """For "the insurgents"/"them": the nearest earlier counted group of people in the same
    section (this sentence before the phrase, then up to three sentences back)."""
    candidates = [sentence, *neighbours(layout, sentence, 3)]
    for s in candidates:
        end = before if s is sentence else s.end
        chunk = text[s.start:end]
        fixed = _CORRECT_NUMBER.search(chunk)
        if fixed is not None:  # "The correct number is two.": the group a correction recounts
            count, known = victim_count(fixed.group("n"))
            if known and count.min:
                return count, (s.start + fixed.start("n"), s.start + fixed.end("n")), fixed.group(0)
        best: tuple[Count, tuple[int, int], str] | None = None
        group: tuple[Count, tuple[int, int], str] | None = None
        for q in find_quantities(chunk):
            after = chunk[q.end:q.end + 60]
            if q.count.min == 0 and q.count.max == 0:
                continue
            if q.count.vague_term is not None and q.count.vague_term in _GROUP_TERMS:
                # "tracked a group of insurgents": whom the force saw, not a toll, unless the
                # sentence's own strike on it kills "them" ("Coalition aircraft did strike an
                # insurgent mortar team on a hillside, killing them")
                if s is sentence and _STRUCK_GROUP_BEFORE.search(chunk, 0, q.start):
                    group = (q.count, (s.start + q.start, s.start + q.end),
                             chunk[q.start:q.end])
                continue
            if (_FOLLOWING_BEFORE.search(chunk, 0, q.start) is not None
                    or _UNDER_COMMAND_AFTER.match(after) is not None) and _AT_THE_SCENE.search(
                    s.text) is None:
                continue  # "Sher Agha commanded about 30 fighters": his following, no toll
            noun = _PEOPLE_NOUN_AFTER.match(after)
            if noun is not None and q.count.max == 1 and _PART_OF_GROUP.match(after):
                # "one of them detonated a car bomb": one man of the group told before, never
                # the group a later plural points back to ("Six attackers ... entered the
                # compound after one of them detonated a car bomb ... killed the attackers")
                continue
            if noun is not None:
                best = (q.count, (s.start + q.start, s.start + q.end),
                        chunk[q.start:q.end + noun.end()])
        if best is not None:
            return best
        if group is not None:
            return group
    return None


# A group told as taken alive by the verb before its count: "detained 11 suspected insurgents".
_DETAINED_BEFORE = re.compile(
    r"\b(?:detain(?:ed|ing)|captur(?:ed|ing)|arrest(?:ed|ing)|apprehend(?:ed|ing))\s+"
    r"(?:more\s+than\s+|at\s+least\s+|over\s+)?$", re.IGNORECASE)
# A strike's verb right before the group it hits: "did strike an insurgent mortar team".
_STRUCK_GROUP_BEFORE = re.compile(
    r"\b(?:struck|strike|engaged|targeted|attacked|hit|bombed)\s+$", re.IGNORECASE)


# "killing all four", "both", "the two": a reference to a group named before, whose noun gives
# the population ("attack the insurgents, killing all four"). A phrase with its own noun ("all
# three men") keeps that noun's population; a bare "killing four" is not a reference.
_BACK_REFERENCE = re.compile(r"\s*(?:all|both|the)\b", re.IGNORECASE)
_REFERENT_NOUN = re.compile(
    r"\b(?:insurgents|militants|fighters|men|people|individuals|attackers|gunmen|members"
    r"|suspects|occupants|elements|civilians|soldiers|passengers|children|women|policemen"
    r"|militiamen|villagers|workers|brothers|commanders|leaders|facilitators|rebels|terrorists"
    r"|jihadists|taliban)\b", re.IGNORECASE)
# A group the sentence says was not there or not hit ("confirmed no civilians were in the
# area"): never what a later "both" or "all four" counts.
_DENIED_GROUP = re.compile(r"\b(?:no|not\s+any)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_THEM_ALL = re.compile(r"\s*(?:(?:all|both)\s+(?:of\s+)?)?(?:them|those)\s*", re.IGNORECASE)
# ... nor whom a toll's bare noun counts: "ISAF found no evidence of civilian casualties; all
# four men killed were armed" tells the lede's four again, of no population the denial names.
_DENIED_POPULATION = re.compile(
    r"\b(?:no|not\s+any|without(?:\s+any)?)\s+(?:[\w-]+\s+){0,3}?(?:civilian|non-?combatant)s?"
    r"(?:\s+(?:casualties|deaths|harm|dead))?\b", re.IGNORECASE)


# "whose fire killed the civilians": a definite noun of one population refers to a group of
# it, not to the nearest group counted of another ("Three insurgents were killed. ... killed
# the civilians"); one of no clear population ("two of the men ... killing the suspected
# insurgents") may be the same people.
_DEFINITE_PLURAL = re.compile(r"\s*the\s+(?:[\w-]+\s+)?[a-z][\w-]*s\s*", re.IGNORECASE)


def _other_noun(victim: str, antecedent: str) -> bool:
    """Whether ``victim`` names by its noun a population other than ``antecedent``'s (those
    who attacked, "all of the attackers", are never the civilians they wounded)."""
    if _DEFINITE_PLURAL.fullmatch(victim) is None:
        every = _ALL_OF_THE.match(victim)
        return (every is not None and _ASSAILANT_NOUN.fullmatch(victim, every.end()) is not None
                and population_of(antecedent) == "civilian")
    mine, theirs = population_of(victim), population_of(antecedent)
    if "unknown" not in (mine, theirs) and mine != theirs:
        return True
    # (nor are the people of one side those of the other, though both fight: "Insurgents
    # ambushed two Afghan soldiers ... Afghan forces killed the attackers")
    sides = side_of(victim), _first_side(antecedent)
    return None not in sides and sides[0] != sides[1]


def _first_side(phrase: str) -> str | None:
    """The side a group phrase names first, its own ("four comrades killed when insurgents
    attacked": "forces"), or None when it names neither."""
    found = [(m.start(), side) for side, pattern in (("forces", _FORCES_SIDE),
                                                     ("forces", _COMRADES),
                                                     ("enemy", _ENEMY_SIDE))
             if (m := pattern.search(phrase)) is not None]
    return min(found)[1] if found else None


# Comrades named before any enemy noun, or with none, are those the releasing side mourns ("to
# honor four comrades killed when insurgents attacked"); not a man's whom the phrase has just
# named ("a Taliban commander and two of his comrades": the commander's side).
_COMRADES = re.compile(r"(?<!\bhis\s)(?<!\bher\s)\bcomrades?\b", re.IGNORECASE)


_ALL_OF_THE = re.compile(r"\s*all\s+(?:of\s+)?the\s+", re.IGNORECASE)
_ASSAILANT_NOUN = re.compile(r"(?:attackers|assailants|gunmen|raiders)\s*", re.IGNORECASE)


def _refers_back(victim: str) -> bool:
    # (a part of them too: "pursued the insurgents, killing three of them" counts insurgents)
    return (_BACK_REFERENCE.match(victim) is not None and _bare_count(victim)) or (
        _THEM_ALL.fullmatch(victim) is not None) or (
        _PART_OF_THEM.fullmatch(victim) is not None and _bare_count(victim[:victim.rfind(" of ")]))


# A count of a part of those told before: "three of them", "two of those".
_PART_OF_THEM = re.compile(r"\s*[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:them|those)\s*", re.IGNORECASE)


def _more_pointed_back(text: str, layout: Layout, sentence: Sentence, before: int,
                       victim: str, drafts: list[ClaimDraft]) -> str | None:
    """Whether ``victim`` ("both", "all three of them") points back to a group told as more
    ("engaged two more insurgents moving toward the patrol, killing both", or "identified two
    more insurgents ... The team engaged them, killing both"): the dead are those more, as
    "killing two more insurgents" would say. A group of an earlier sentence counts only when no
    toll was told from it to the pointer, which would be the group the pointer reads again.
    The group's words, or None."""
    if not _refers_back(victim):
        return None
    ante = _antecedent(text, layout, sentence, before)
    if ante is None or _ADDITIVE_NP.match(ante[2]) is None:
        return None
    if ante[1][0] < sentence.start and any(d.sentence.end > ante[1][0] for d in drafts):
        return None
    return ante[2]


# "more" itself, which adds to a count told before ("two more insurgents"), where "other"
# tells others beside one man ("Two other attackers", beside the suicide bomber).
_MORE_WORD = re.compile(r"\bmore\b", re.IGNORECASE)


def _referent(text: str, layout: Layout, sentence: Sentence, before: int, victim: str) -> str:
    """What "all four"/"both" refers to: the nearest earlier counted group of people, else the
    nearest earlier plural people noun (this sentence, then up to three sentences back). In the
    sentence of the reference, a noun opening it is the subject, the attacker ("Insurgents
    attacked a patrol, killing all four"), not whom the reference counts."""
    ante = _antecedent(text, layout, sentence, before)
    if ante is not None:
        return _group_turned_to(text, layout, sentence, ante[1][0], victim) or ante[2]
    for s in (sentence, *neighbours(layout, sentence, 3)):
        end = before if s is sentence else s.end
        last = None
        for m in _REFERENT_NOUN.finditer(text, s.start, end):
            if _DENIED_GROUP.search(text, s.start, m.start()) is not None:
                continue  # "no civilians were in the area. Both were killed": not the two
            if s is not sentence or len(text[s.start:m.start()].split()) > 3:
                last = m
        if last is not None:
            return last.group(0)
    return ""


# A sentence that opens on a group by its definite noun ("The civilians, a father and his son,
# stepped into the courtyard and were struck", "During the fighting, the Afghan civilians ..."):
# the story may have turned to that group.
_OPENS_ON_THE_GROUP = re.compile(
    rf"\s*(?:[A-Z][^,.;]{{0,40}},\s*)?[Tt]he\s+(?:[\w-]+\s+)?(?P<noun>{_REFERENT_NOUN.pattern})")
# ... unless it says the group came to no harm: bystanders, never whom "both" counts dead.
_UNHARMED_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:were|was)\s+(?:not\s+(?:harmed|hurt|injured)|unharmed|unhurt|uninjured"
    r"|(?:moved|taken|led|escorted)\s+to\s+safety|evacuated|safe)\b", re.IGNORECASE)


def _group_turned_to(text: str, layout: Layout, sentence: Sentence, counted: int,
                     victim: str) -> str | None:
    """The group a sentence after the counted one at ``counted`` turns to, when that group was
    itself counted before, by as many as ``victim`` ("both", "all three") implies: "two
    civilians were killed ..., in which the force also killed three insurgents. The civilians
    ... were struck. ... but both died" counts the two civilians, not the nearer-counted
    insurgents. A group never counted, or not that many ("The women and children inside were
    moved to safety"), is no referent. The counted group's words, or None."""
    implied = victim_count(victim)[0]
    for s in (sentence, *neighbours(layout, sentence, 3)):
        if s.start <= counted:
            break
        m = _OPENS_ON_THE_GROUP.match(s.text)
        if m is None or _UNHARMED_AFTER.match(s.text, m.end()) is not None:
            continue
        noun = m.group("noun").lower()
        for earlier in neighbours(layout, s, 3):
            chunk = earlier.text
            for q in find_quantities(chunk):
                named = _PEOPLE_NOUN_AFTER.match(chunk, q.end)
                if (named is not None and named.group(0).split()[-1].lower() == noun
                        and exact_count(q.count) and (implied.min is None
                                                      or q.count.min == implied.min)):
                    return chunk[q.start:named.end()]
    return None


_INCLUDES = re.compile(r"\bincluding\b", re.IGNORECASE)


def population_groups(victim: str) -> list[str]:
    """A victim phrase split by population: "a captain and 16 other soldiers, and two civilian
    truck drivers" is two claims (17 combatants, 2 civilians); one count that explicitly covers
    both ("12 people including five fighters") stays one (mixed). Unknown parts ("others")
    join the group before them."""
    if _INCLUDES.search(victim):
        return [victim]
    parts = _conjuncts(victim)
    if len(parts) > 1 and all(_BARE_NOUNS.fullmatch(p.strip()) for p in parts[1:]):
        return [victim]  # "at least 12 fighters and civilians": one count, coordinated nouns
    groups: list[tuple[Population, list[str]]] = []
    for part in parts:
        population = population_of(part)
        if groups and (population == "unknown" or groups[-1][0] == population):
            groups[-1][1].append(part.strip())
        elif groups and groups[-1][0] == "unknown":
            groups[-1] = (population, [*groups[-1][1], part.strip()])
        else:
            groups.append((population, [part.strip()]))
    if len(groups) < 2:
        return [victim]
    return [" and ".join(parts) for _, parts in groups]


# Which side a victim phrase names: the forces' own ("one service member", "two Afghan
# soldiers") or those they fight ("one insurgent"); two tolls of different sides are never one.
# ("comrades" are either side's: only ``side_of`` and ``_first_side`` read them as the forces',
# where no enemy is named before them, so "a Taliban commander and two of his comrades" is one
# side's toll, and the last side a sentence names is never "his comrades".)
_FORCES_SIDE = re.compile(
    r"\b(?:soldiers?|service\s*(?:wo)?m[ae]n|service\s*members?|troops?|police(?:m[ae]n)?"
    r"|(?:police\s+)?officers?|Marines?|commandos?|personnel)\b", re.IGNORECASE)
_ENEMY_SIDE = re.compile(
    r"\b(?:insurgents?|Taliban|militants?|fighters?|enem(?:y|ies)|extremists?|terrorists?"
    r"|bombers?|gunm[ae]n|attackers?|armed\s+(?:m[ae]n|individuals?)"
    # (or one man by his part in the attack: "killed the triggerman after a short pursuit",
    # "the emplacer", never a name for the releasing side's own)
    r"|trigger[\s-]*m[ae]n|emplacers?"
    # who fired on the force: "returned fire and killed the shooter"
    r"|shooters?|assailants?|snipers?)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # pure; consolidation asks again of each claim's victim
def side_of(victim: str) -> str | None:
    """"forces", "enemy", or None when a victim phrase names neither side or both."""
    enemy, forces = _ENEMY_SIDE.search(victim), _FORCES_SIDE.search(victim)
    if enemy and not forces:
        return "enemy"
    if forces and not enemy:
        return "forces"
    if not enemy and _COMRADES.search(victim):
        return "forces"  # the "three comrades" its troops honour, where no enemy is named
    return None


def last_side(text: str) -> str | None:
    """The side ``text`` names last ("The force engaged the insurgents": "enemy"), or None."""
    ends = {"forces": max((m.end() for m in _FORCES_SIDE.finditer(text)), default=-1),
            "enemy": max((m.end() for m in _ENEMY_SIDE.finditer(text)), default=-1)}
    side = max(ends, key=lambda k: ends[k])
    return side if ends[side] >= 0 else None


def _party_parts(victim: str) -> list[tuple[int, int]] | None:
    """Where each party of a victim phrase lies in it, when it names several: by population
    (as ``population_groups``) and, among combatants, by side ("A coalition service member and
    two insurgents", "an ANA soldier and three Taliban fighters" are two tolls); None when it
    names one party, or its parts cannot be found in it as written."""
    if _INCLUDES.search(victim):
        return None
    parts = _conjuncts(victim)
    if len(parts) < 2 or all(_BARE_NOUNS.fullmatch(p.strip()) and not find_quantities(p)
                             for p in parts[1:]):
        return None  # "at least 12 fighters and civilians": one count of coordinated nouns
    groups: list[tuple[Population, str | None, int, int]] = []
    at = 0
    for part in parts:
        words = part.strip()
        start = victim.find(words, at)
        if start < 0:
            return None  # an apposition rewritten by ``_conjuncts``: no offsets
        at = start + len(words)
        population, side = population_of(words), side_of(words)
        if _REFLEXIVE.fullmatch(words):
            side = "self"  # the killer, apart from those he killed
        if groups:
            before, before_side, first, _ = groups[-1]
            same_side = side is None or before_side is None or side == before_side
            if "self" in (side, before_side) and side != before_side:
                same_side = False  # "three civilians and himself": the killer, apart
            if same_side and population in ("unknown", before):
                groups[-1] = (before, before_side or side, first, at)
                continue
            if same_side and before == "unknown":
                groups[-1] = (population, before_side or side, first, at)
                continue
        groups.append((population, side, start, at))
    return [(first, end) for _, _, first, end in groups] if len(groups) > 1 else None


_PARTY_FORMS = frozenset({"active", "passive", "inverted", "nominal", "coordinated", "died"})


def _split_hits(text: str, hits: list[_Hit]
                ) -> list[tuple[_Hit, str, tuple[int, int] | None]]:
    """Each hit's victim phrase, one per party it names, with the offsets of that party's
    words when the phrase is the text's own (None: the whole phrase is the evidence)."""
    out: list[tuple[_Hit, str, tuple[int, int] | None]] = []
    for hit in hits:
        v0, v1 = hit.victim
        victim = text[v0:v1]
        if hit.form not in _PARTY_FORMS:
            out.append((hit, victim, None))
            continue
        parts = _party_parts(victim) if hit.joined is None else None
        if parts is not None:
            out.extend((hit, victim[a:b], (v0 + a, v0 + b)) for a, b in parts)
            continue
        if hit.joined is not None:
            j0, j1 = hit.joined
            sides = side_of(victim), side_of(text[j0:j1])
            joined = f"{victim} and {text[j0:j1]}"
            if (None not in sides and sides[0] != sides[1]) or len(population_groups(joined)) > 1:
                # "An Afghan soldier was killed along with two insurgents" (or "with a
                # civilian"): two parties' tolls, each counted on its own
                out.extend(((hit, victim, (v0, v1)), (hit, text[j0:j1], (j0, j1))))
                continue
            victim = joined
        out.extend((hit, part, None) for part in population_groups(victim))
    return out


def _verb_span(hit: _Hit) -> tuple[int, int]:
    """The words of a hit other than its victim phrase: the verb the parties of a split toll
    share ("were killed", "killing")."""
    (p0, p1), (v0, v1) = hit.phrase, hit.victim
    return (v1, p1) if v0 <= p0 else (p0, v0)


_PLURAL_PRONOUN_VICTIM = re.compile(
    r"\b(?:them|they)\b|^\s*(?:all\s+(?:of\s+)?)?the\s+[\w\s-]*s\s*$", re.IGNORECASE)
# A group counted as it is taken alive: "Two insurgents who surrendered ... were detained".
# (not one killed before any taking is told: "Two insurgents were killed and a third detained")
_TAKEN_GROUP = re.compile(r"(?:(?!\b(?:kill|dead|died|slain|shot)|\band\b)[^.;])*?"
                          r"\b(?:detained|captured|arrested|surrendered|taken\s+into"
                          r"\s+custody)\b", re.IGNORECASE)
_OTHERS_VICTIM = re.compile(r"^\s*(?:\w+\s+)?(?:others?|more)\b", re.IGNORECASE)
_THEM = re.compile(r"\b(?:them|they)\b", re.IGNORECASE)
_ALSO_WORD = re.compile(r"\balso\b", re.IGNORECASE)
# A time between an active verb and its object: "detained on Sunday a Taliban fighter",
# "killed overnight three insurgents".
_TIME_BEFORE_OBJECT = re.compile(
    r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|Sun)day|yesterday|today|overnight|last\s+night)(?:\s+(?:morning|afternoon|evening"
    r"|night))?,?(?=\s+(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several"
    r"|a\s+number|numerous|multiple)\b)")
# A date where an active verb's object would be: "three comrades killed Oct. 11 when ..." (a
# reduced passive after its subject, not a killing of "Oct").
_DATE_OBJECT = re.compile(
    r"\s*" + _MONTH_DAY +
    # a weekday is no name: "two Afghan civilians killed Saturday in Panjwa'i district"
    r"|\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# The killer himself, as a victim: "killing himself and five soldiers" (his own party).
# ("killing only himself": the attacker alone)
_REFLEXIVE = re.compile(r"\s*(?:only\s+)?(?:him|her)self\b\s*", re.IGNORECASE)
_THE_OTHER_ONE = re.compile(r"\s*the\s+other(?:\s+(?:one|man|insurgent|fighter|attacker))?\s*",
                            re.IGNORECASE)
_THEMSELVES = re.compile(r"\s*(?:only\s+)?themselves\b\s*", re.IGNORECASE)
_WITH_HIM = re.compile(r"\s+(?:along\s+)?(?:with|alongside|beside)\s+(?:him|her)\b",
                       re.IGNORECASE)
# A later assessment's toll replaces an initial one ("Initial reports indicated three insurgents
# were killed; a follow-on assessment determined five were killed").
_ASSESSED = re.compile(
    r"\b(?:follow-?on|subsequent|later|further|final|updated|post-\w+|battle\s+damage)\s+"
    r"(?:assessments?|reviews?|investigations?|inquiry|inquiries)\b"
    r"|\blater\s+(?:determined|confirmed|found|assessed)\b", re.IGNORECASE)
# ... or a finding made "since" the first report, its teller's verb before the toll (who says it
# may be another party: "Afghan officials have since confirmed that 14 attackers died").
_FOUND_SINCE = re.compile(
    r"\b(?:has|have|had)\s+since\s+(?:determined|confirmed|found|assessed|established)\b",
    re.IGNORECASE)
# ... and a toll told as a first report ("Initial reporting indicated two insurgents were
# killed") gives way to the next toll of the same people, however that one is told.
_INITIAL = re.compile(
    r"\b(?:initial(?:ly)?|first|preliminary|early|earlier)\s+(?:reports?|reporting"
    r"|assessments?|indications?|accounts?)\b|\binitially\b"
    # an earlier release a correction cites: "ISAF Joint Command release 2010-08-CA-219,
    # issued Aug. 23, stated that five insurgents were killed", "an earlier news release"
    r"|\b(?:an?\s+|the\s+)?(?:earlier|previous|prior)\s+(?:news\s+|press\s+)?releases?\b"
    # ... or statement, its teller named in it: "An earlier ISAF statement reported that 11
    # attackers had been killed" (the releasing side's own; not another party's)
    r"|\b(?:earlier|previous|prior)\s+(?:ISAF|coalition|NATO)\s+statements?\b"
    # ... "Yesterday's release reported that one insurgent was killed"
    r"|\b(?:yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s\s+"
    r"(?:news\s+|press\s+)?release\b"
    r"|\breleases?\s+(?:no\.\s*)?\d{4}-\d\d-[A-Z]{1,3}-\d{2,4}\b"
    # "In a release issued yesterday, ISAF reported that ..."
    r"|\ba\s+(?:news\s+|press\s+)?release\s+(?:issued|published|sent)\b"
    # "An ISAF release issued Sept. 9 stated that three insurgents were killed"
    r"|\b(?:release|statement)\s+(?:issued|released|published|dated|sent)\b[^;]{0,40}?"
    r"\b(?:stated|said|reported|announced|indicated)\b"
    # ... or by its teller alone: "ISAF earlier reported that three insurgents were killed"
    # (not "said": a party's word before, "officials had earlier said that four civilians
    # died", is that party's figure, not a first report the release goes on to update)
    r"|\b(?:earlier|previously)\s+(?:reported|stated|announced|indicated)\s+that\b",
    re.IGNORECASE)
_SUBJECT_FIRST = frozenset({"passive", "coordinated", "died"})  # forms whose victim leads


# Who made a claim, after the claim noun: "by a Taliban spokesman", or "made by", "issued by",
# with the day it was made between ("claims made today by a Taliban spokesman that").
_MADE_BY = r"(?:(?:made|issued)\s+(?:[\w'’-]+\s+){0,3}?)?by\s+"

# "Reports that two civilians were killed are false": a toll told as what reports, claims or
# allegations said ("claims that ...", "claims of 20 civilians killed"), which the sentence calls
# untrue, is denied in the text's voice, whichever way it says so: after the toll ("... are
# false", "is untrue", "were baseless"), or before the claim ("false reports that", "baseless
# claims of", "rejected claims that", "denied reports that", "no evidence that").
_REPORTED_THAT = re.compile(
    # (or a participle that reports: "A Taliban statement claiming that ...")
    # ("found no sign that civilians were harmed", "nothing to indicate that")
    # (a statement too: "its earlier statement that one civilian was killed ... was wrong")
    rf"\b(?P<noun>{CLAIM_NOUN}|statements?|no\s+(?:evidence|signs?|indications?|proof)"
    r"|nothing\s+to\s+(?:indicate|suggest|show)|claiming|alleging)"
    # who made them, however long: "claims by a district official in Tagab, Kapisa province,
    # that civilians were killed ... are false"
    rf"(?:\s+(?:{_MADE_BY}[^.;]{{1,60}}?\s+|(?:\w+\s+){{0,5}}?)"
    # ... or its "that" clause set off by a comma: "The Taliban's account, that a NATO drone
    # killed nine mourners at a funeral ..., is untrue"
    r"|,\s+(?=that\s))(?P<link>that|of)\s+"
    # (the words it quotes: 'A Taliban statement that "dozens of villagers" were killed ... is
    # false')
    r"[\"“]?(?P<subject>(?:[\w'’-]+\s+){0,7}?)$", re.IGNORECASE)
# ... and one whose subject is a long clause of its own, as an active toll's may be ("Claims by a
# Taliban spokesman that a coalition air strike in the Kajaki district of Helmand province on
# Friday killed 11 civilians are false"): no punctuation between the noun and the toll.
_REPORTED_THAT_LONG = re.compile(
    # (its commas too, before a participle's toll: "claim that coalition aircraft bombed a
    # wedding party in Shah Wali Kot district, Kandahar province, killing 12 civilians, is false")
    # (its maker's words may hold a possessive: "claims by the Logar provincial governor's
    # spokesman that a night raid in Mohammad Agha district on Sunday killed four civilians")
    # (a statement too: "A Taliban statement that coalition jets bombed a village ..., killing
    # 14 civilians, is false")
    rf"\b(?P<noun>{CLAIM_NOUN}|statements?|claiming|alleging)\s+(?:[\w'’-]+\s+){{0,7}}?that\s+"
    r"(?:(?:[\w'’-]+\s+){5,16}|(?P<commas>(?:[\w'’-]+,?\s+){5,24}))$",
    re.IGNORECASE)
# A place told inside the claim's subject: "in Baraki Barak district, Logar province,".
_PLACE_SET_OFF = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:province|district),")
_CALLED_FALSE = re.compile(
    r"^[^;]{0,120}?\b(?:are|were|was|is|been|be|proved|proven|found\s+to\s+be|determined\s+to\s+be)"
    rf"\s+(?:\w+\s+)?{FALSE_WORD}\b", re.IGNORECASE)
# The words before a claim noun that dismiss it: "false media reports", "rejected Taliban
# claims", "denied the reports" (not "dismissed the commander after reports": only modifiers
# of the noun lie between).
_DISMISSED_BEFORE = re.compile(
    rf"(?:\b{FALSE_WORD}|\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:es|ed)|dismiss(?:es|ed)?"
    rf"|rebut(?:s|ted)?|{NO_EVIDENCE_FOR}"
    # ("ISAF conducted no air strike ..., contrary to reports from the district governor that")
    r"|contrary\s+to)"
    r"(?:\s+(?:the|these|those|such|all|any))?)\s+"
    r"(?:(?!(?:after|before|following|amid|despite|over|about|and|but|or|of|on|in)\b)"
    r"[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# ... or found to be others than the claim said: "An investigation into claims that three
# civilians were killed ... has found that the three men were insurgents".
_FOUND_OTHERWISE = re.compile(
    r"^[^;]{0,120}?\b(?:found|determined|concluded|established|confirmed)\s+that\s+(?:the|all|both"
    r"|those)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:all\s+)?(?:armed\s+)?(?:insurgents|militants"
    r"|fighters|Taliban|an?\s+(?:armed\s+)?(?:insurgent|militant|fighter))\b", re.IGNORECASE)
# A correction's own toll, withdrawn: "ISAF Joint Command incorrectly reported in release
# 2010-03-CA-331 that 12 insurgents were killed" (what the release says is true follows).
# (... and another party's toll the release calls false as it tells it: "A Taliban spokesman
# falsely claimed that the force killed four civilians")
_INCORRECTLY_REPORTED = re.compile(
    rf"\b(?:{WRONGLY}|falsely)\s+(?:reported|stated|said"
    r"|announced|indicated|claimed|alleged)\b[^.;]{0,120}?\bthat\s+[^.;]*$", re.IGNORECASE)
# ... and the figure it gives instead: "After further review, the correct number is seven."
_CORRECT_NUMBER = re.compile(
    r"\b(?:correct|actual|accurate)\s+(?:number|figure|toll|count)\s+(?:is|was)\s+"
    r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
# ... or the place it gives instead, the toll standing: "The operation took place in Giro
# district, Ghazni province." (the sentence opens on it; the place is its claim's)
_CORRECT_PLACE = re.compile(
    r"\s*(?:The|This|That)\s+(?:operation|engagement|strike|raid|incident|attack)\s+"
    r"(?:actually\s+|instead\s+)?(?:took\s+place|occurred|happened|was\s+conducted)\s+in\s+"
    r"(?P<place>[^.;]+)", re.IGNORECASE)
_CALLED_FALSE_FORMS = _SUBJECT_FIRST | {"active", "adjective", "reduced", "nominal"}


# ... or a statement that claims it: "rejected a statement posted on a Taliban website claiming
# that a coalition air strike killed 23 civilians".
_DISMISSED_STATEMENT = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:es|ed)|dismiss(?:es|ed)?|rebut(?:s|ted)?)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:statements?|postings?|posts?|videos?|messages?"
    r"|announcements?)\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)


def _called_false(text: str, sentence: Sentence, hit: _Hit) -> bool:
    if hit.form not in _CALLED_FALSE_FORMS:
        return False
    if _INCORRECTLY_REPORTED.search(text, max(sentence.start, hit.pos - 160), hit.pos):
        return True  # a correction withdraws it: "incorrectly reported that ... was killed"
    reported = _REPORTED_THAT.search(text, max(sentence.start, hit.pos - 80), hit.pos)
    if reported is None and _dismissed_claim_by(text, sentence, hit):
        return True
    if reported is None and hit.form == "active":
        long = _REPORTED_THAT_LONG.search(text, max(sentence.start, hit.pos - 180), hit.pos)
        if long is not None and long.group("commas") is not None and not text.startswith(
                "killing", hit.pos) and "," in _PLACE_SET_OFF.sub(" ", long.group("commas")):
            # a clause set off by commas is the claim's only before its participle (not a
            # place: "Reports that an operation in Baraki Barak district, Logar province,
            # killed civilians are false")
            return False
        return long is not None and (
            _CALLED_FALSE.search(text[hit.pos:sentence.end]) is not None
            # ("ISAF officials today rejected claims by ... that a night raid ... killed four")
            or _DISMISSED_BEFORE.search(text, max(sentence.start, long.start() - 60),
                                        long.start()) is not None)
    if reported is None or (hit.form != "active" and reported.group("subject")):
        return False  # (a passive's subject opens the clause: "that two civilians were killed")
    if reported.group("noun").lower().startswith("no") or _DISMISSED_BEFORE.search(
            text, max(sentence.start, reported.start() - 60), reported.start()):
        return True  # "no evidence that ...", "false reports that ...", "rejected claims of"
    if reported.group("noun").lower() in ("claiming", "alleging") and _DISMISSED_STATEMENT.search(
            text, max(sentence.start, reported.start() - 100), reported.start()):
        return True  # "rejected a statement posted on a Taliban website claiming that ..."
    after = hit.pos if hit.form == "active" else hit.phrase[1]
    return (_CALLED_FALSE.search(text[after:sentence.end]) is not None
            or _FOUND_OTHERWISE.search(text[after:sentence.end]) is not None)


# The release's answer to another party's toll, in the rest of the toll's sentence or in the
# next one: "ISAF found no evidence of civilian casualties", "no evidence to support the claim",
# "The claims are false", "ISAF rejected the allegations". A doubt is no answer: "could not be
# confirmed", "is investigating the claims" say nothing of whether anyone died.
_REFUTES = re.compile(
    r"\b(?:no|not\s+(?:find|found|uncover|uncovered)\s+any)\s+(?:evidence|signs?|indications?)\b"
    r"[^.;]{0,60}?\b(?:civilian\w*\s+)?(?:casualt\w+|deaths?|dead|killed|killings?|harm(?:ed)?|injur\w*"
    r"|wounded|claims?|reports?|allegations?|accusations?|(?:air\s*)?strikes?)\b"
    rf"|\b(?:the|these|those|such|this|that|their|its)\s+(?:[\w-]+\s+)?{CLAIM_NOUN}\s+"
    rf"(?:are|were|is|was|have\s+been|has\s+been|proved|proven)\s+(?:\w+\s+)?{FALSE_WORD}\b"
    r"|\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:es|ed)|dismiss(?:es|ed)|rebut(?:s|ted)?)\s+"
    rf"(?:the|these|those|such|this|that|their|its)\s+(?:[\w-]+\s+)?{CLAIM_NOUN}\b"
    # the strike itself: "ISAF has no record of any air strike in the district this week"
    r"|\bno\s+record\s+of\s+(?:any\s+)?(?:coalition\s+|ISAF\s+)?(?:air\s*strikes?"
    r"|strikes?|operations?)\b"
    # ... or said not made: "ISAF aircraft conducted no air strikes anywhere in the province"
    r"|\b(?:conducted|carried\s+out|made|launched)\s+no\s+(?:coalition\s+|ISAF\s+)?"
    r"(?:(?:air|drone|precision)\s*)?strikes?\b",
    re.IGNORECASE)
# ... or, of a toll its own words lay on the air ("claims ... that a NATO air strike had killed
# five civilians", "told journalists that a coalition jet had bombed a house, killing five"), no
# aircraft fired: "ISAF's records show that no coalition aircraft released munitions anywhere in
# Kunduz province that day" (not of deaths it lays on something else: "four civilians killed
# ... died when a Taliban roadside bomb exploded, not in a coalition air strike").
_NO_AIRCRAFT_FIRED = re.compile(
    r"\bno\s+(?:coalition\s+|ISAF\s+|NATO\s+)?(?:aircraft|jets?|planes?|helicopters?|drones?)\s+"
    # ("No coalition helicopters or other aircraft fired in Shinwar district that day")
    r"(?:or\s+(?:other\s+)?(?:aircraft|jets?|planes?|helicopters?|drones?)\s+)?"
    r"(?:conducted|carried\s+out|dropped|released|fired|struck)\b", re.IGNORECASE)
_LAID_ON_AIR = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|aircraft|jets?|warplanes?|planes?|helicopters?|drones?)\b"
    r"[^.;]*$", re.IGNORECASE)
# A toll told as what unnamed claims said, read as the text's own for want of a claimant:
# "ISAF is aware of insurgent claims that a coalition air strike killed civilians" (refuted
# as a party's toll is).
_TOLD_AS_CLAIM = re.compile(
    # (or reports: "ISAF is aware of reports that civilians were killed")
    r"\b(?:claims?|allegations?|reports)\s+(?:by\s+(?P<maker>[^.;]{1,60}?)\s+)?that\s+[^.;]*$",
    re.IGNORECASE)
# ... or told as what reports from an office said: "has reviewed reports from the provincial
# governor's office that an air strike killed civilians".
_TOLD_AS_REPORT_FROM = re.compile(
    r"\breports\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:office|headquarters|council"
    r"|administration|officials)\s+that\s+[^.;]*$", re.IGNORECASE)
# What answers such a report of a strike's toll: the releasing side's aircraft fired nothing,
# "no ISAF aircraft released munitions in Waygal district", "there was no coalition air strike".
_NO_FIRE_FROM_THE_AIR = re.compile(
    r"\bno\s+(?:coalition\s+|ISAF\s+)?aircraft\s+(?:released|fired|dropped)\s+(?:any\s+)?"
    r"(?:munitions|weapons|bombs|ordnance)\b"
    r"|\bthere\s+was\s+no\s+(?:coalition\s+|ISAF\s+)?air\s*strike\b", re.IGNORECASE)
# A visit told between a party's toll and the release's answer to it: "Afghan and Swedish
# officers returned to the village on Friday with the district governor."
_CHECKING_VISIT = re.compile(
    r"\b(?:visited|returned\s+to|went\s+(?:back\s+)?to|travell?ed\s+to)\s+(?:the\s+)?"
    r"(?:village|site|area|scene|compound|district|families)\b", re.IGNORECASE)
# Where the refuting clause starts: after a semicolon, a colon or a "but".
_CLAUSE_BREAK = re.compile(r"[;:]\s*|,?\s+(?:but|however|although|though|while)\b,?\s*",
                           re.IGNORECASE)


def _refutations(text: str, layout: Layout, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The release's own denials of other parties' tolls (``_REFUTES``): one per refuted
    outcome, 0..0 in the text's voice, of the population the refuting words name ("no evidence
    of civilian casualties"), else the toll's; the party's toll stays its claim."""
    found: list[ClaimDraft] = []
    for d in drafts:
        told = _TOLD_AS_CLAIM.search(text, max(d.sentence.start, d.pos - 120), d.pos) if (
            d.stance == "asserted") else None
        told_as_claim = d.stance == "asserted" and (told is not None or _TOLD_AS_REPORT_FROM.search(
            text, max(d.sentence.start, d.pos - 160), d.pos) is not None)
        if (d.stance != "claimed" or d.claimant is None) and not told_as_claim:
            continue
        after = max(end for _, end in d.spans)
        # (unnamed claims are answered after what the release's team found: a few sentences on;
        # a named party's, after the visit that checked it: "Officers returned to the village
        # on Friday. They ... found no evidence of civilian casualties")
        following = neighbours(layout, d.sentence, 0, 1)
        ahead = 3 if told_as_claim else 2 if any(
            _CHECKING_VISIT.search(s.text) for s in following) else 1
        for sentence, start in ((d.sentence, after),
                                *((s, s.start) for s in neighbours(layout, d.sentence, 0, ahead))):
            m = _REFUTES.search(text, start, sentence.end) or (
                _NO_FIRE_FROM_THE_AIR.search(text, start, sentence.end) if told_as_claim
                else None)
            if m is None and _LAID_ON_AIR.search(text, d.sentence.start, d.pos):
                m = _NO_AIRCRAFT_FIRED.search(text, start, sentence.end)
            if m is None:
                continue
            if any(o.stance == "denied" and o.claimant is None and o.outcome == d.outcome
                   and sentence.start <= o.pos < sentence.end and o.pos >= start
                   for o in (*drafts, *found)):
                break  # the refuting words are a toll of their own: "no civilians were harmed"
            begin = start
            for b in _CLAUSE_BREAK.finditer(text, start, m.start()):
                begin = b.end()
            population = population_of(m.group(0))
            if told is not None and told.group("maker") and d.count.min:
                # a counted toll of claims whose maker is named, refuted ("in response to claims
                # by a provincial council member that an air strike had killed four women. ...
                # no coalition aircraft dropped munitions"): the maker's claim, not the text's
                d.claimant, d.stance = told.group("maker"), "claimed"
                d.claimant_span = told.span("maker")
            found.append(ClaimDraft(
                outcome=d.outcome, population=d.population if population == "unknown"
                else population, count=Count(min=0, max=0), count_known=True, claimant=None,
                claimant_span=None, stance="denied", sentence=sentence, pos=begin,
                victim=m.group(0), spans=[(begin, m.end())]))
            break
    if not found:
        return drafts
    return sorted([*drafts, *found], key=lambda c: c.pos)


_CLAIM_BY_THAT = re.compile(
    rf"\b{CLAIM_NOUN}\s+{_MADE_BY}[^.;]{{1,120}}?\s+that\s+"
    r"(?P<subject>(?:[\w'’-]+\s+){0,7}?)$", re.IGNORECASE)


def _dismissed_claim_by(text: str, sentence: Sentence, hit: _Hit) -> bool:
    """Whether the toll is a claim its maker's long words set apart from it, dismissed before
    it is named: "found no evidence to support a claim by a local official in Garmsir
    district, Helmand province, that a coalition air strike killed eight civilians"."""
    wide_start = max(sentence.start, hit.pos - 200)
    words = text[wide_start:hit.pos].lower()
    if "by" not in words or "that" not in words:
        return False  # (the pattern's two words, cheaply looked for first: mostly absent)
    wide = _CLAIM_BY_THAT.search(text, wide_start, hit.pos)
    if wide is None or (hit.form != "active" and wide.group("subject")):
        return False
    return _DISMISSED_BEFORE.search(
        text, max(sentence.start, wide.start() - 60), wide.start()) is not None


def _withdrawn_toll(text: str, d: ClaimDraft) -> bool:
    """Whether a correction withdraws the toll: told "incorrectly"."""
    return d.stance == "denied" and _INCORRECTLY_REPORTED.search(
        text, max(d.sentence.start, d.pos - 160), d.pos) is not None


def _recounted_toll(d: ClaimDraft) -> bool:
    """Whether the toll is what an earlier release stated ("A release issued March 5 stated
    that ... killed three insurgents. The correct number is two."), which a correct number
    after it replaces (its place stands: only "incorrectly" withdraws that)."""
    return d.stance in ("asserted", "claimed") and d.initial


# A toll told again with the right place ("The operation took place in Qarabagh district and
# killed three, not two"): the earlier release's toll is recounted there, not moved.
_RETOLD_TOLL = re.compile(r"\b(?:killed|killing|died|dead|wounded|detained|captured)\b",
                          re.IGNORECASE)


def _corrected(text: str, layout: Layout, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The figure a correction gives for a toll it withdraws (``_INCORRECTLY_REPORTED``), in
    the toll's sentence or the next two: the withdrawn toll's people, in the text's voice; or
    the place it gives instead (``_CORRECT_PLACE``), which puts the toll there."""
    found: list[ClaimDraft] = []
    replaced: list[ClaimDraft] = []
    for d in drafts:
        withdrawn = _withdrawn_toll(text, d)
        if not withdrawn and not _recounted_toll(d):
            continue
        after = max(end for _, end in d.spans)
        moved = next(iter(neighbours(layout, d.sentence, 0, 1)), None)
        place = _CORRECT_PLACE.match(text, moved.start, moved.end) if moved else None
        if moved is not None and place is not None and (withdrawn or not _RETOLD_TOLL.search(
                place.group("place"))):
            # the withdrawn toll is told again where it took place (its old place is gone; so
            # is the place of a toll "A release issued Oct. 24 stated" that the next sentence
            # puts elsewhere: "The operation took place in the Nawa district of Helmand")
            replaced.append(d)
            found.append(ClaimDraft(
                outcome=d.outcome, population=d.population, count=d.count,
                count_known=d.count_known, claimant=None, claimant_span=None,
                stance="asserted", sentence=moved, pos=place.start("place"), victim=d.victim,
                spans=[*d.spans, (place.start("place"), place.end("place"))]))
            continue
        for sentence, start in ((d.sentence, after),
                                *((s, s.start) for s in neighbours(layout, d.sentence, 0, 2))):
            m = _CORRECT_NUMBER.search(text, start, sentence.end)
            if m is None:
                continue
            count, known = victim_count(m.group("n"))
            if known and count.min:
                found.append(ClaimDraft(
                    outcome=d.outcome, population=d.population, count=count, count_known=True,
                    claimant=None, claimant_span=None, stance="asserted", sentence=sentence,
                    pos=m.start(), victim=m.group(0), spans=[(m.start(), m.end())]))
            break
    if not found:
        return drafts
    kept = [d for d in drafts if all(d is not r for r in replaced)]
    return sorted([*kept, *found], key=lambda c: c.pos)


# An earlier release named by its quoted title: "A release issued on March 28, 'Joint Force
# Kills Insurgents in Maiwand,' incorrectly stated": the title is a name, its verb no toll.
_QUOTED_TITLE = re.compile(
    r"\b(?:release|article|story)\s+(?:(?:issued|published|posted|released|titled"
    r"|entitled|headlined)\b[^.;\"“”]{0,40}?)?,?\s*[\"“](?P<title>[^\"“”]{5,120}?)[,.]?[\"”]",
    re.IGNORECASE)


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "in", "of", "on", "at", "for", "to", "with",
                                "and", "or", "near", "after", "by", "from"})


def _headline_case(title: str) -> bool:
    """Whether a quoted text is written as a headline ("Joint Force Kills Insurgents in
    Maiwand"), every word capitalised but the small ones, not as quoted speech."""
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    return len(words) >= 3 and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS
                                   for w in words)


def find_claims(text: str, layout: Layout, resolver: ClaimantResolver,
                issuer_voice: bool) -> list[ClaimDraft]:
    """Every casualty statement, one per outcome, in document order (unmerged)."""
    drafts: list[ClaimDraft] = []
    headline = _headline(layout)
    for sentence in layout.sentences:
        if (sentence.heading and sentence.index not in headline) or sentence.planted:
            continue
        hits = _hits_in(text, sentence) if _ANY_CASUALTY.search(sentence.lower) else []
        if hits and ('"' in sentence.text or "“" in sentence.text):
            titles = [m.span("title") for m in _QUOTED_TITLE.finditer(
                text, sentence.start, sentence.end) if _headline_case(m.group("title"))]
            hits = [h for h in hits if not any(a <= h.pos < b for a, b in titles)]
        # (the dead of a flood or a road accident are no party's toll)
        hits = [h for h in hits if _IN_DISASTER.match(text, h.phrase[1], sentence.end) is None]
        if not hits:
            continue
        attribution = _attribution(text, sentence, hits[0].pos, layout, resolver)
        lower = sentence.lower
        said = _SAID_THEN.search(lower, hits[-1].phrase[1] - sentence.start)
        # what follows "..., a doctor said," is comment, not the toll's scope ("in the most
        # serious breach so far of a ceasefire")
        scope = said.end() if said else len(lower)
        # ... nor does a clause after the last toll that says who one of its dead was, to the
        # sentence's end ("found six dead insurgents, among them a commander known as Qari
        # Zia, who has led attacks on the valley's bases since the spring")
        person = WHO_TO_THE_END.search(lower, max(0, hits[-1].phrase[1] - sentence.start),
                                        scope)
        aggregate = bool(_AGGREGATE.search(lower, 0, person.start() if person else scope))
        previous_population: Population | None = None
        for hit, victim, party in _split_hits(text, hits):
            if hit.pos != hits[0].pos:
                attribution = _attribution(text, sentence, hit.pos, layout, resolver)
            denial = hit.denial or _called_false(text, sentence, hit)
            if hit.mourned is not None:
                # ("a memorial ceremony for Spc. X, Sgt. Y and Pfc. Z, who were killed")
                count, known = Count(min=hit.mourned, max=hit.mourned), True
            elif hit.form == "toll":
                count, known = victim_count(victim)
            elif hit.form == "the_death":
                count, known = Count(min=1, max=1), False
            elif hit.form == "possessive":
                owner = victim
                if owner.lower() == "their":
                    count, known = Count(), False
                else:  # "his death" restates a killing already counted; "Umar's death" names one
                    count, known = Count(min=1, max=1), owner.lower() not in ("his", "her")
            elif _REFLEXIVE.fullmatch(victim):
                # "detonated his vest, killing himself": the attacker, one person
                count, known = Count(min=1, max=1), True
            elif _THE_OTHER_ONE.fullmatch(victim):
                # "engaged two insurgents, wounding one and killing the other": one person
                count, known = Count(min=1, max=1), True
            elif _THEMSELVES.fullmatch(victim):
                # "Two insurgents killed themselves": as many as the clause's subject counts
                v = _subject_before(text, sentence.start, hit.pos)
                count, known = victim_count(text[v[0]:v[1]])
            else:
                count, known = victim_count(victim)
                if hit.joined is not None and party is None:
                    # "<subject> was killed along with <others>": each part counted on its own,
                    # so a long subject's inner "and" ("the smuggling of fighters and
                    # explosives") does not end the count
                    first, _ = victim_count(text[hit.victim[0]:hit.victim[1]])
                    more, _ = victim_count(text[hit.joined[0]:hit.joined[1]])
                    if exact_count(first) and exact_count(more):
                        total = (first.min or 0) + (more.min or 0)
                        count, known = Count(min=total, max=total), True
                if not known and sentence.heading and _HEADLINE_SUBJECT.fullmatch(victim + " "):
                    count, known = Count(min=1, max=1), True  # "Taliban commander killed"
                if not known and _ANY.match(victim):
                    count, known, denial = Count(min=0, max=0), True, True
                if _NEITHER.match(victim):
                    # "Neither of the two civilians in the compound was harmed", "not a single
                    # civilian was harmed": none of them; but "killed not one insurgent
                    # commander, but two" counts the number after "but"
                    but = _BUT_MORE.match(text, hit.victim[1])
                    after = (quantities.leading_quantity(but.group("more"))
                             if but is not None else None)
                    if (after is not None and exact_count(after.count)
                            and (after.count.min or 0) > 1):
                        count, known = after.count, True
                    else:
                        count, known, denial = Count(min=0, max=0), True, True
            if count.min == 0 and count.max == 0:
                denial = True
            ante_text = ""
            ante_span: tuple[int, int] | None = None
            if hit.form in ("active", "passive", "inverted", "lost", "nominal", "coordinated"):
                pronoun = _PLURAL_PRONOUN_VICTIM.search(victim)
                ante = _antecedent(text, layout, sentence, hit.pos) if pronoun else None
                if ante is not None and _other_noun(victim, ante[2]):
                    ante = None
                if ante is not None and hit.outcome == "killed" and _TAKEN_GROUP.match(
                        text, ante[1][1], min(len(text), ante[1][1] + 100)):
                    # ("Two insurgents who surrendered were detained. ... The insurgents who
                    # attacked them are dead": the dead are not the two taken alive)
                    ante = None
                # ("detained 11 suspected insurgents in the last day. ... engaged the mortar
                # team, killing the insurgents": the dead are not those detained, though they
                # are of their side)
                taken_alive = (ante is not None and hit.outcome == "killed"
                               and _DETAINED_BEFORE.search(
                                   text, max(0, ante[1][0] - 40), ante[1][0]) is not None)
                if ante is not None:
                    ante_text = ante[2]
                if ante is not None and not taken_alive:
                    ante_span = ante[1]
                    if not known and _PRONOUN_MANY.match(victim.strip()):
                        count, known = ante[0], True
                    elif _THEM.search(victim):
                        count, known = victim_count(victim, ante[0])
                    count = _rest_of(count, victim, text, ante[1][1], hit.pos)
            if hit.form == "casualties":
                population: Population = "civilian" if "civilian" in victim.lower() else (
                    "combatant" if "military" in victim.lower() else "unknown")
            elif (_OTHERS_VICTIM.match(victim) or _BARE_ORDINAL.fullmatch(victim)
                  or hit.form == "gapped") and previous_population is not None:
                population = previous_population
            else:
                context = ""
                if population_of(victim) == "unknown":
                    context = ante_text or _name_context(text, victim, layout.body_end)
                    if not context and _refers_back(victim):
                        context = _referent(text, layout, sentence, hit.pos, victim)
                    if not context and hit.form in ("adjective", "reduced"):
                        # (not who reports the toll: "Afghan police had reported 10 dead"
                        # says nothing of whom the dead were)
                        said_end = attribution.span[1] if (
                            attribution.span is not None
                            and attribution.span[1] <= hit.pos) else 0
                        context = _DENIED_POPULATION.sub(" ", text[
                            max(sentence.start, hit.pos - 60, said_end):hit.pos])
                if _REFLEXIVE.fullmatch(victim) or _THEMSELVES.fullmatch(victim):
                    # himself: the subject of the clause that killed ("A suicide bomber ...")
                    context = text[sentence.start:hit.pos]
                population = population_of(victim, context)
                predicate = _PREDICATE_AFTER.match(text, hit.phrase[1], sentence.end)
                if population == "unknown" and predicate is not None:
                    # "all seven who died were civilians"
                    population = population_of(predicate.group("what"))
                including = _INCLUDING.match(text, hit.victim[1], sentence.end)
                if including is not None:
                    part = population_of(including.group("who"))
                    if population == "unknown" and hit.form in ("toll", "number_of"):
                        # whose number it is: "The number of insurgents killed has since risen
                        # to six, including two suicide bombers" (six insurgents, not people
                        # of whom the bombers were the fighters)
                        population = population_of(text[hit.pos:hit.victim[0]])
                    # "12 people, including five fighters"; "six people, including four
                    # insurgents and two civilians"
                    if part in ("combatant", "mixed") and population != "combatant":
                        population = "mixed"
            previous_population = population
            stance: Stance
            claimant = attribution.claimant
            if claimant is not None and issuer_voice and release_voice(
                    _said(text, claimant, attribution, sentence)):
                claimant = None
            if denial or attribution.denied:
                stance = "denied"
            elif claimant is not None:
                stance = "claimed"
            else:
                stance = "asserted"
            # a party of a toll of several: its own words, and the verb they share
            spans = [hit.phrase] if party is None else [party, _verb_span(hit)]
            attr_spans: list[tuple[int, int]] = []
            if attribution.span is not None and claimant is not None:
                for extra in (attribution.span, attribution.origin):
                    if extra is not None and extra not in attr_spans and not (
                            hit.phrase[0] <= extra[0] < hit.phrase[1]):
                        attr_spans.append(extra)
            prefix_start = sentence.start
            if attribution.span is not None and attribution.span[1] <= hit.pos:
                prefix_start = attribution.span[1]
            clause_prefix = text[prefix_start:hit.pos]
            names = frozenset(name for name in (_TITLE.sub("", n.group(0))
                                                for n in _NAME.finditer(victim))
                              if name and not _NOT_NAME.match(name.split()[0]))
            pointed = _more_pointed_back(text, layout, sentence, hit.pos, victim, drafts)
            drafts.append(ClaimDraft(
                outcome=hit.outcome, population=population, count=count, count_known=known,
                claimant=claimant, claimant_span=attribution.span if claimant else None,
                stance=stance, sentence=sentence, pos=hit.pos, victim=victim, spans=spans,
                attr_spans=attr_spans,
                # (one man's death is no running count: "Reporting since then has confirmed
                # his death")
                aggregate=aggregate and _ONE_MANS.fullmatch(victim) is None,
                # "also" before the toll ("The strike also killed ...") or between a
                # subject and its verb ("His associate was also killed")
                additive=bool(_ADDITIVE_NP.match(victim)) or pointed is not None or bool(
                    _ALSO_WORD.search(clause_prefix)) or (
                    hit.form in _SUBJECT_FIRST and hit.victim[1] < hit.phrase[1]
                    and _ALSO_WORD.search(text, hit.victim[1], hit.phrase[1]) is not None) or (
                    # "Several of his fighters died with him": others beside him
                    _WITH_HIM.match(text, hit.phrase[1]) is not None),
                more_pointed=pointed is not None and _MORE_WORD.search(pointed) is not None,
                update=bool(_UPDATE.search(text[sentence.start:hit.phrase[1] + 30]))
                or sentence.update or _ASSESSED.search(text, prefix_start, hit.pos) is not None
                or _FOUND_SINCE.search(text, sentence.start, hit.pos) is not None,
                initial=_INITIAL.search(text, sentence.start, hit.pos) is not None,
                names=names, ordinal=_ordinal(victim), antecedent=ante_span))
    # a headline's toll is the text's only where its body tells none of that outcome (a body
    # that tells it, however vaguely, is what the headline sums up)
    told = {d.outcome for d in drafts if not d.sentence.heading}
    _headline_figure(drafts)
    drafts = [d for d in drafts if not d.sentence.heading or d.outcome not in told]
    drafts = _corrected(text, layout, drafts)
    if _DEAD_BY_PART_WORDS.search(text):
        drafts = _dead_by_part(text, layout, drafts)
    if "casualties" in text:
        drafts = _casualties_all_killed(text, layout, drafts)
    if " of the dead w" in text:  # cheap test first
        drafts = _dead_who_were_civilians(text, layout, resolver, issuer_voice, drafts)
    return _refutations(text, layout, drafts) if issuer_voice else drafts


# A party's count of civilians among dead the release told: "Khost provincial officials have
# said that two of the dead were teenage boys from the village".
_SHARE_OF_THE_DEAD = re.compile(rf"\b{PART_OF_THE_DEAD}\s+(?P<who>[^.;,]{{3,60}})", re.IGNORECASE)


def _dead_who_were_civilians(text: str, layout: Layout, resolver: ClaimantResolver,
                             issuer_voice: bool, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A count of civilians told as a share of the dead ("two of the dead were teenage boys")
    in a sentence that tells no toll of its own: a killed claim of its speaker, which the ISAF
    reduction counts when the release tells civilians dead without a number."""
    found: list[ClaimDraft] = []
    for sentence in layout.sentences:
        m = _SHARE_OF_THE_DEAD.search(text, sentence.start, sentence.end)
        if m is None or any(d.sentence is sentence and d.outcome == "killed" for d in drafts):
            continue
        who = m.group("who")
        k = quantities.parse_count(m.group("n") + " people")
        if population_of(who) != "civilian" or k is None or k.min is None:
            continue
        attribution = _attribution(text, sentence, m.start(), layout, resolver)
        claimant = attribution.claimant
        if claimant is not None and issuer_voice and release_voice(
                _said(text, claimant, attribution, sentence)):
            claimant = None
        attr = [attribution.span] if claimant is not None and attribution.span else []
        found.append(ClaimDraft(
            outcome="killed", population="civilian", count=Count(min=k.min, max=k.min),
            count_known=True, claimant=claimant,
            claimant_span=attribution.span if claimant is not None else None,
            stance="claimed" if claimant is not None else "asserted", sentence=sentence,
            pos=m.start(), victim=who, spans=[(m.start(), m.end())], attr_spans=attr))
    if not found:
        return drafts
    return sorted([*drafts, *found], key=lambda c: c.pos)


_DEAD_BY_PART_WORDS = re.compile(r"\b(?:[Oo]f\s+th(?:e|ose)|[Aa]mong\s+the)\s+(?:[\w-]+\s+)?"
                                 r"(?:people\s+|persons\s+)?(?:killed|dead)\b")


# Casualties the release then tells all dead: "resulting in three insurgent casualties, all
# killed" (the casualties alone say only that they were hit).
_CASUALTIES_ALL_KILLED = re.compile(
    r"\b(?P<n>[\w-]+)\s+(?P<who>(?:insurgent|enemy|Taliban|civilian)\s+)?casualties\s*[,:;(–—-]\s*"
    r"(?:all|both)(?:\s+(?:of\s+them|[\w-]+))?\s+(?:were\s+)?killed\b", re.IGNORECASE)


def _casualties_all_killed(text: str, layout: Layout, drafts: list[ClaimDraft]
                           ) -> list[ClaimDraft]:
    """A killed toll for each count of casualties told all killed, where the sentence has no
    killed toll of its own."""
    for sentence in layout.sentences:
        if "casualties" not in sentence.lower:
            continue
        for m in _CASUALTIES_ALL_KILLED.finditer(text, sentence.start, sentence.end):
            k = quantities.parse_count(m.group("n") + " people")
            if k is None or not exact_count(k) or k.min is None or any(
                    d.outcome == "killed" and d.sentence is sentence for d in drafts):
                continue
            who = m.group("who") or ""
            at = next((i for i, d in enumerate(drafts) if d.sentence.index > sentence.index),
                      len(drafts))
            drafts.insert(at, ClaimDraft(
                outcome="killed", population=population_of(who or "insurgents"),
                count=Count(min=k.min, max=k.min), count_known=True, claimant=None,
                claimant_span=None, stance="asserted", sentence=sentence, pos=m.start(),
                victim=text[m.start():m.end("who") if who else m.end("n")].strip(),
                spans=[(m.start(), m.end())]))
    return drafts


# A toll told again by its parts: "killing 12 people. Of the 12 killed, nine were civilians and
# three were Afghan Border Police officers" (each part a population of its own: the civilians
# the coders count, the police the releasing side's own dead).
_OF_THE_DEAD = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those)\s+(?:(?P<n>[\w-]+)\s+)?(?:(?:people|persons)\s+)?"
    r"(?:killed|dead)\b[^,.;]{0,40},\s*")
_DEAD_PART = re.compile(
    r"(?P<k>(?:all\s+)?[\w-]+)\s+(?:were|was)\s+(?P<who>[^,.;]+?)(?=\s*(?:,|\band\b|[.;]|$))",
    re.IGNORECASE)
_PART_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_INCLUDING_ASIDE = re.compile(r"including\s[^,.;]*,\s*(?:and\s+)?", re.IGNORECASE)


# ... or its parts named as the dead: "killing five people ... Among the dead were four civilians
# and an Afghan policeman who tried to stop the attackers".
_AMONG_THE_DEAD_WERE = re.compile(r"\s*Among\s+the\s+(?:dead|killed)\s+were\s+")
# The joints of a list: "four civilians, two policemen and an interpreter".
LIST_JOINT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_RELATIVE_AFTER = re.compile(r"\s+(?:who|whom|which|that)\s")


def _among_the_dead_were(text: str, sentence: Sentence, drafts: list[ClaimDraft]
                         ) -> list[ClaimDraft]:
    """The parts of a killed toll named after "Among the dead were", each counted, in place of
    the toll of the sentence before when they sum to it (as ``_dead_by_part``)."""
    head = _AMONG_THE_DEAD_WERE.match(text, sentence.start, sentence.end)
    if head is None:
        return drafts
    end = sentence.end
    while end > head.end() and text[end - 1] in " .":
        end -= 1
    parts: list[tuple[int, int, str, int]] = []
    pos = head.end()
    for joint in [*LIST_JOINT.finditer(text, head.end(), end), None]:
        stop = joint.start() if joint is not None else end
        item = text[pos:stop]
        k = quantities.parse_count(item)
        if k is None or not exact_count(k) or k.min is None or not _PERSON.search(item.lower()):
            return drafts
        # (the part's words without what a clause says of it: "an Afghan policeman | who tried
        # to stop the attackers" is the police's dead, not the attackers')
        clause = _RELATIVE_AFTER.search(item)
        if clause is not None:
            stop, item = pos + clause.start(), item[:clause.start()]
        parts.append((pos, stop, item, k.min))
        if joint is None:
            break
        pos = joint.end()
    total = sum(n for *_, n in parts)
    wholes = [d for d in drafts if d.outcome == "killed" and d.stance == "asserted"
              and exact_count(d.count) and d.count.min == total
              and sentence.index - 2 <= d.sentence.index < sentence.index]
    if len(parts) < 2 or not wholes:
        return drafts
    drafts = [d for d in drafts if not (d.sentence is sentence and d.outcome == "killed")]
    _parts_in_place(drafts, wholes, sentence, parts)
    return drafts


def _parts_in_place(drafts: list[ClaimDraft], wholes: list[ClaimDraft], sentence: Sentence,
                    parts: list[tuple[int, int, str, int]]) -> None:
    """Each part of a toll its own killed claim, put after the last toll it breaks down; the
    first part supersedes the tolls, so no party is counted twice."""
    at = max(drafts.index(d) for d in wholes) + 1
    first: ClaimDraft | None = None
    for start, stop, who, n in parts:
        part = ClaimDraft(outcome="killed", population=population_of(who),
                          count=Count(min=n, max=n), count_known=True, claimant=None,
                          claimant_span=None, stance="asserted", sentence=sentence, pos=start,
                          victim=who, spans=[(start, stop)])
        drafts.insert(at, part)
        at += 1
        first = first or part
    for d in wholes:
        d.superseded_by = first


def _dead_by_part(text: str, layout: Layout, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The parts of a killed toll told by population after it, in its place: the toll (and the
    sentence's own restatement of it) is superseded by its first part, so no party is counted
    twice and each is read for its side."""
    for sentence in layout.sentences:
        head = _OF_THE_DEAD.match(text, sentence.start, sentence.end)
        if head is None:
            drafts = _among_the_dead_were(text, sentence, drafts)
            continue
        parts: list[tuple[int, int, str, int]] = []
        pos = head.end()
        while pos < sentence.end:
            m = _DEAD_PART.match(text, pos, sentence.end)
            if m is None:
                # (who a part included: "six were civilians, including two children, and")
                aside = _INCLUDING_ASIDE.match(text, pos, sentence.end)
                if aside is None:
                    break
                pos = aside.end()
                continue
            k = quantities.parse_count(m.group("k") + " people")
            if k is None or not exact_count(k) or k.min is None:
                break
            parts.append((m.start(), m.end(), m.group("who"), k.min))
            joint = _PART_JOINT.match(text, m.end(), sentence.end)
            if joint is None:
                break
            pos = joint.end()
        total = sum(n for *_, n in parts)
        # (one part is the whole only when told so: "Of those killed, all six were police")
        if len(parts) < 2 and not (parts and text[parts[0][0]:parts[0][0] + 4].lower() == "all "):
            continue
        wholes = [d for d in drafts if d.outcome == "killed" and d.stance == "asserted"
                  and exact_count(d.count) and d.count.min == total
                  and sentence.index - 2 <= d.sentence.index <= sentence.index]
        if not wholes:
            continue
        if len(parts) == 1:
            # the whole told again as one population: the whole is theirs, told by the part
            start, end, who, _ = parts[0]
            for d in wholes:
                d.population, d.victim = population_of(who), who
                d.spans.insert(0, (start, end))
            continue
        _parts_in_place(drafts, wholes, sentence, parts)
    return drafts


def _headline_figure(drafts: list[ClaimDraft]) -> None:
    """A body that tells an outcome only once, with no figure ("killed a group of
    insurgents"), takes the figure its headline gives that population ("Five Insurgents
    Killed in Kandahar Firefight"): the release gives the number there, and the coders code
    the number a release gives."""
    for outcome in {d.outcome for d in drafts if d.sentence.heading}:
        heads = [d for d in drafts if d.sentence.heading and d.outcome == outcome]
        body = [d for d in drafts if not d.sentence.heading and d.outcome == outcome]
        if len(heads) != 1 or len(body) != 1:
            continue
        head, told = heads[0], body[0]
        # (a figure of one is the headline's man, "Force Kills IMU Commander", one of a
        # group the body tells)
        if (exact_count(head.count) and (head.count.min or 0) > 1 and told.count.min is None
                and head.population == told.population
                and head.stance == told.stance == "asserted"):
            told.count, told.count_known = head.count, True
            told.spans = [*told.spans, *head.spans]


def _headline(layout: Layout) -> frozenset[int]:
    """The indices of the heading lines above the first section's first sentence of article
    text (its title, and furniture that tells no toll: release numbers, the dateline)."""
    lede = layout.ledes.get(0)
    return frozenset(s.index for s in layout.sentences[:lede if lede is not None else 0]
                     if s.heading and s.section == 0)


def exact_count(count: Count) -> bool:
    """Whether a count is one figure ("three"), not a range, a bound or a vague term."""
    return count.min is not None and count.min == count.max and count.vague_term is None


# The rest of a group after a part of it told in the same clause: "engaged a group of four
# insurgents, detaining one and killing the others" (three of the four).
# ... or told after it: "observed a group of five insurgents. An F-15E dropped a guided bomb,
# killing three. The remaining insurgents were killed" (two).
_THE_REST_VICTIM = re.compile(r"\s*the\s+(?:others|rest|remaining(?:\s+(?:ones|men|insurgents"
                              r"|fighters))?)\s*", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\b(?:detain|captur|arrest|kill|wound|injur)\w*\s+(?P<n>one|two|three|four|five|six|\d)\b"
    r"(?!\s+(?:of\s+(?!them)|more|other))", re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _rest_of(count: Count, victim: str, text: str, start: int, pos: int) -> Count:
    """``count``, the group's, less the parts told between the group (ending at ``start``)
    and "the others"."""
    if not _THE_REST_VICTIM.fullmatch(victim) or not exact_count(count) or count.min is None:
        return count
    part = 0
    for m in _PART_BEFORE.finditer(text, start, pos):
        n = m.group("n").lower()
        part += int(n) if n.isdigit() else _SMALL[n]
    return Count(min=count.min - part, max=count.min - part) if 0 < part < count.min else count


def _ordinal(victim: str) -> int:
    m = _ORDINAL.match(victim)
    return _ORDINALS[m.group("n").lower()] if m is not None else 0


def _name_context(text: str, victim: str, end: int) -> str:
    """What the article calls a named victim ("Mahjur was a Taliban leader")."""
    for n in _NAME.finditer(victim):
        name = n.group(0)
        if _NOT_NAME.match(name.split()[0]):
            continue
        at = text.find(name, 0, end)
        if at == -1:
            continue
        before = _BEFORE_NAME.search(text, max(0, at - 60), at)
        after = _AFTER_NAME.match(text, at + len(name), end)
        return (before.group(0) if before else "") + name + (after.group(0) if after else "")
    return ""


# Up to three words before a name ("The targeted leader, Rostum") and a short description
# after it ("Mahjur was a Taliban leader").
_BEFORE_NAME = re.compile(r"(?:\b[\w-]+[\s,]+){1,3}$")
_AFTER_NAME = re.compile(r",?\s+(?:was|is|a|an|the)(?:\s+[\w-]+){0,4}")
