"""The words a text uses to call a report false, shared by the strikes (``events``) and the
tolls (``claims``) it refutes, so that both read a refutation the same way."""

from __future__ import annotations

# "are false", "is untrue", "were baseless": what a report is called
FALSE_WORD = (r"(?:false|incorrect|untrue|not\s+true|unfounded|inaccurate|baseless|groundless"
              r"|wrong|erroneous|fabricated|bogus|unsubstantiated"
              r"|not\s+supported\s+by\s+(?:the\s+)?(?:facts|evidence))")
# what is called false: "reports", "claims", "allegations"
CLAIM_NOUN = r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?|accounts?)"
# "no evidence to support", "no evidence for" (a report refuted before it is told)
NO_EVIDENCE_FOR = r"no\s+evidence\s+(?:to\s+(?:support|substantiate|corroborate)|for)"
# The strike said not to have been made, its makers the subject: "ISAF aircraft conducted no
# air strikes in the province this week", "coalition forces carried out no strikes there"
NO_STRIKES_MADE = (r"\b(?:conducted|carried\s+out|made|launched|called\s+in)\s+no\s+"
                   r"(?:(?:coalition|ISAF|precision)\s+)?(?:air\s*strikes?|strikes?|air\s+attacks?"
                   r"|bombing\s+raids?)\b")
