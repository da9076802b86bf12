"""Where an ISAF release's sentences end, shared by the reduction's rules and its learnt toll
selector (which must read the same sentence the rules read, "U.S. forces" and "Lt. Col." kept
whole)."""

from __future__ import annotations

import re

from llmextract.rules.text import ABBREVIATIONS

# A full stop that ends a sentence (not after a single initial or a word the rules' own sentence
# splitter reads as an abbreviation: a month's, a rank's or title's, "U.S."), a blank line, or a
# line that starts a bullet. A memorial's "Lance Cpl. Owen J. Dufort" split after "Cpl." or "J."
# left the fallen man's toll a sentence of its own, cut off from "who was killed last week".
# Like the rules' splitter, the word is the whole token before the stop ("Orgun-E." ends a
# sentence, "J." does not). The look-behinds follow the stop, so only a stop pays for them.
_NOT_AN_ABBREVIATION = "".join(rf"(?<![\s(\"“]{word}\.)(?<!^{word}\.)" for word in (
    *(re.escape(w) for w in sorted(ABBREVIATIONS)), "[a-z]"))
SENTENCE_END = re.compile(
    rf"[.!?](?i:{_NOT_AN_ABBREVIATION})(?=\s)"
    r"|\n\s*\n|\n(?=[ \t]*[-•*–][ \t])")

_REACH = 600  # no sentence of a release runs longer: the search stops there


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence around ``text[start:end]``."""
    left = max(0, start - _REACH)
    for m in SENTENCE_END.finditer(text, left, start):
        left = m.end()
    found = SENTENCE_END.search(text, end, end + _REACH)
    return left, found.end() if found else min(len(text), end + _REACH)
