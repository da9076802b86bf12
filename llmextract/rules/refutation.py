"""The words a text uses to call a report false, shared by the strikes (``events``) and the
tolls (``claims``) it refutes, so that both read a refutation the same way."""

from __future__ import annotations

# "are false", "is untrue", "were baseless": what a report is called
FALSE_WORD = (r"(?:false|incorrect|untrue|not\s+true|unfounded|inaccurate|baseless|groundless"
              r"|wrong|erroneous|fabricated|bogus|unsubstantiated"
              r"|not\s+supported\s+by\s+(?:the\s+)?(?:facts|evidence))")
# what is called false: "reports", "claims", "allegations"
CLAIM_NOUN = r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?|accounts?)"
# how a correction says an earlier release was wrong: "incorrectly stated that"
WRONGLY = r"(?:incorrectly|erroneously|mistakenly|wrongly)"
# "no evidence to support", "no evidence for" (a report refuted before it is told)
NO_EVIDENCE_FOR = r"no\s+evidence\s+(?:to\s+(?:support|substantiate|corroborate)|for)"
# the release's own account of a strike whose claimed toll it has just called false: "Taliban
# claims that a coalition air strike killed 15 civilians ... are false. The strike killed four
# insurgents" (the toll is refuted, not the strike)
STRIKE_TOLD_AFTER = (r"\s*The\s+(?:air\s*|precision\s+)?strike\s+(?:killed|hit|struck|targeted"
                     r"|destroyed|was\s+(?:conducted|carried\s+out|called))\b")
