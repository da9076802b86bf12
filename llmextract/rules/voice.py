"""Whose voice a press release's attribution is (guidelines §8): the release's own when it
names the issuer's forces, units, officers or aircraft ("Col. John Smith, a spokesman for
ISAF, said", "an ISAF spokesperson confirmed", "a Regional Command (South) spokesman", "the
ISAF Joint Command said"); another claimant's when it names anyone else ("the provincial
police chief said", "according to the district governor", "Taliban spokesman ... claimed",
"local elders said"), whatever rank or title they carry."""

from __future__ import annotations

import re

# The issuer's side: its names, commands and units, its forces and aircraft, its officers
# (a military rank, abbreviated or not: "Lt. Col.", "U.S. Army Col.", "Brig. Gen.", "Cmdr.";
# an abbreviation is followed by a dot, so no ``\b`` after it), its press staff, and its own
# assessments and reports, and the release itself ("according to the release").
_OWN = re.compile(
    r"\b(?:ISAF|IJC|NATO|International\s+Security\s+Assistance\s+Forces?|coalition"
    r"|international\s+(?:forces?|troops)"
    r"|Regional\s+Command|Joint\s+Command|Task\s+Force|security\s+forces?|joint\s+force"
    r"|combined\s+force|assault\s+force|Afghan\s+and\s+coalition|Afghan-led|assessments?"
    r"|reports?|reporting|military\s+(?:officials?|spokes(?:man|woman|person))|aircraft"
    # ... and the same told back by "the" ("The forces confirmed", "the strike force said"):
    # bare, or with a word only the issuer's force carries; any other word names a party of
    # its own ("the government forces", "the partnered forces", "the anti-government forces",
    # "the enemy forces"), which is not the issuer's voice
    r"|the\s+(?:(?:strike|assault|security|coalition|ground)\s+)?(?:forces?|patrols?|units?)"
    # its soldiers and patrols, and what they found, telling what they saw after a fight
    # ("soldiers confirmed that seven insurgents had been killed", "a patrol ... found evidence
    # that confirmed"); "Afghan soldiers" are another party's
    r"|soldiers|troops|patrols?|evidence"
    r"|press\s+officers?|public\s+affairs|(?:the|this)\s+(?:news\s+|press\s+)?release"
    # ... and its releases before this one: "Yesterday's release reported", "an earlier release"
    r"|(?:yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s\s+"
    r"(?:news\s+|press\s+)?release"
    r"|(?:an?|the)\s+(?:earlier|previous|prior|initial)\s+(?:news\s+|press\s+)?release"
    r"|(?-i:Colonel|Major|Captain|General|Lieutenant|Sergeant|Commander|Admiral))\b"
    r"|\b(?:U\.S|Col|Lt|Gen|Maj|Capt|Sgt|Brig|Cmdr|Cdr|Adm|Spc|Cpl|Pvt)\.",
    re.IGNORECASE)
# Another party: the Afghan administration and police, the other side, the people, the press.
# "Afghan" alone is another party ("Afghan National Army Col. X"); "Afghan and coalition",
# "Afghan-led", "Afghan-international" (forces operating with the issuer's) are taken out
# before this is read.
_OTHER = re.compile(
    r"\b(?:police|governors?|ministry|minister|Taliban"
    r"|(?:district|provincial)\s+(?:[\w-]+\s+)?(?:chiefs?|officials?|administrators?|council"
    r"|spokes(?:man|men|woman|person)|authorities|administration|leaders?|heads?)"
    r"|insurgents?|militants?|Haqqani|elders?|residents?|villagers?|locals?|local"
    r"|doctors?|hospital|media|journalists?|Afghan|ANA|ANP|ABP|ALP|NDS"
    r"|tribal|family|relatives?|witness(?:es)?|Pakistan\w*"
    r"|Iran\w*)\b",
    re.IGNORECASE)
_PARTNERED = re.compile(
    r"\bAfghan(?:\s+and\s+(?:coalition|international|ISAF)|-(?:led|international|ISAF|coalition)"
    r"|\s+National\s+Security\s+(?:Forces?\s+)?and\s+(?:International|coalition|ISAF))\b",
    re.IGNORECASE)
# A relative clause after the speaker's head says what it did, not who it is: "Coalition
# forces who partnered with the Afghan soldiers confirmed" is the coalition's voice, "Afghan
# police who fought alongside coalition forces said" the police's (up to a comma, which ends
# the clause or sets off an apposition that names the speaker again).
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|that)\s[^,]*", re.IGNORECASE)


def release_voice(said: str) -> bool:
    """Whether the attribution ``said`` (the claimant with the phrase that names it, its
    apposition included: "Col. John Smith, a spokesman for ISAF, said") is the releasing
    side's own voice in a press release."""
    said = _RELATIVE_CLAUSE.sub(" ", said)
    return _OWN.search(said) is not None and _OTHER.search(_PARTNERED.sub("", said)) is None
