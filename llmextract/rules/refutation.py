"""The words a text uses to call a report false, shared by the strikes (``events``) and the
tolls (``claims``) it refutes, so that both read a refutation the same way."""

from __future__ import annotations

# "are false", "is untrue", "were baseless": what a report is called
FALSE_WORD = (r"(?:false|incorrect|untrue|not\s+true|unfounded|inaccurate|baseless|groundless"
              r"|wrong|erroneous|fabricated|bogus|unsubstantiated"
              # a figure called too high: "reports that it killed 20 civilians are exaggerated"
              r"|exaggerated|overstated|inflated"
              r"|not\s+supported\s+by\s+(?:the\s+)?(?:facts|evidence))")
# ... said of a strike, only what denies it happened: a figure called too high leaves the strike
# standing ("Taliban claims that a coalition air strike killed 12 civilians are exaggerated")
STRIKE_FALSE_WORD = FALSE_WORD + r"(?<!exaggerated)(?<!overstated)(?<!inflated)"
# the next sentence's withdrawal of what an earlier release said: "That statement was in error."
# (a figure called too high leaves the strike standing: "That report was exaggerated")
WITHDRAWN_STATEMENT = (r"[.\s\"”]*(?:That|This|The)\s+(?:(?:earlier\s+)?(?:statement|report"
                       r"|release|information)\s+)?(?:was|is)\s+(?:in\s+error|"
                       + STRIKE_FALSE_WORD + r")\b")
# what is called false: "reports", "claims", "allegations"
CLAIM_NOUN = r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?|accounts?)"
# how a correction says an earlier release was wrong: "incorrectly stated that"
WRONGLY = r"(?:incorrectly|erroneously|mistakenly|wrongly)"
# ... and what it said there: "An earlier release incorrectly stated that a precision air strike
# killed three insurgents" (the reduction asks it of the words before a strike's mention)
_TOLD_VERB = r"(?:reported|stated|said|announced|indicated)"
# (the adverb before its verb or after it: "incorrectly stated that", "stated incorrectly that")
TOLD_WRONGLY = rf"\b(?:{WRONGLY}\s+{_TOLD_VERB}|{_TOLD_VERB}\s+{WRONGLY})\s+that\b"
# "no evidence to support", "no evidence for" (a report refuted before it is told)
# ("no information to support a Taliban claim that")
NO_EVIDENCE_FOR = (r"no\s+(?:evidence|information)\s+(?:to\s+(?:support|substantiate|corroborate)"
                   r"|for)")
# "There is no truth to claims that", "no basis for reports that": a report refuted before it is
# told, as "no evidence to support" refutes it
NO_TRUTH_TO = (r"no\s+(?:truth|basis|substance|foundation)\s+(?:(?:whatsoever|at\s+all)\s+)?"
               r"(?:to|in|for|behind)")
