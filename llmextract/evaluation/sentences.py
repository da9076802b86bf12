"""Where an ISAF release's sentences end, shared by the reduction's rules and its learnt toll
selector (which must read the same sentence the rules read, "U.S. forces" and "Lt. Col." kept
whole)."""

from __future__ import annotations

import re

# A full stop that ends a sentence (not a month's, a rank's or title's, or "U.S."), a blank
# line, or a line that starts a bullet. The ranks are those the rules read before a name
# (``rules.claims._TITLE_DOT``, "Pfc." besides): a memorial's "Lance Cpl. X" split after "Cpl."
# left the fallen man's toll a sentence of its own, cut off from "who was killed last week".
SENTENCE_END = re.compile(
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)"
    r"(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bLt)(?<!\bCol)(?<!\bGen)(?<!\bMaj)"
    r"(?<!\bCapt)(?<!\bSgt)(?<!\bCpl)(?<!\bSpc)(?<!\bPfc)(?<!\bPvt)(?<!\bBrig)(?<!\bCmdr)"
    r"(?<!\bCdr)(?<!\bAdm)(?<!\bGov)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bU\.S)(?<!\bNo)"
    r"[.!?](?=\s)|\n\s*\n|\n(?=[ \t]*[-•*–][ \t])")

_REACH = 600  # no sentence of a release runs longer: the search stops there


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence around ``text[start:end]``."""
    left = max(0, start - _REACH)
    for m in SENTENCE_END.finditer(text, left, start):
        left = m.end()
    found = SENTENCE_END.search(text, end, end + _REACH)
    return left, found.end() if found else min(len(text), end + _REACH)
