"""Who shot or wounded a victim, named after him in a passive participle: "one of the two men
shot by coalition troops at a checkpoint". Shared by the extraction (the victim's population)
and the ISAF reduction (whose dead a toll is): the agent's noun says who fired, not who died."""

from __future__ import annotations

import re

# (up to where, when, or the verb of the toll)
BY_AGENT = re.compile(
    r"\b(?:shot|wounded|injured|hit|struck|fired\s+(?:up)?on)\s+by\s+[^,;]*?"
    r"(?=\s+(?:at|near|in|on|during|while|after|as|has|had|was|were|later|died)\b|[,;]|$)",
    re.IGNORECASE)
