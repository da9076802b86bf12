"""Text layout for the rules backend: which characters are the article, and where its sentences,
paragraphs, sections, quotations and datelines are.

Contract: every ``Sentence`` keeps its offsets into the caller's text unchanged, so any slice the
extractors take from it is a valid evidence span. Nothing here interprets meaning beyond layout:
web-page boilerplate (navigation lines, "Related"/"Fact Checking" blocks after the story) and
sentences addressed to a language model ("ignore previous instructions") are *marked*, so the
extractors skip them; they are article text, never instructions to follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line that starts the trailing furniture of a web page: everything from it to the end of the
# text is site navigation, teasers of other stories or comments, never the article.
_TRAILER_HEADING = re.compile(
    r"(?:fact[- ]?check(?:ing|s)?|related(?: articles| stories| news| posts| content| coverage"
    r"| reading| links)?|read (?:more|also|next)|more (?:from|on|stories|news|like this)"
    r"|see also|also read|recommended(?: for you| stories)?|you (?:may|might) also (?:like|be "
    r"interested in)|most (?:read|popular|viewed|shared)|trending(?: now)?|latest (?:news|stories)"
    r"|share (?:this|on)\b.*|tags?|topics?|comments?|\d+ comments?|leave a (?:comment|reply)"
    r"|subscribe\b.*|sign up\b.*|newsletter\b.*|follow us\b.*|advertisement|sponsored"
    r"|copyright\b.*|©.*|all rights reserved\b.*|about us|contact us|privacy policy"
    r"|terms of (?:use|service))\s*:?",
    re.IGNORECASE,
)
# Single furniture lines that can sit anywhere (reading time, share buttons, breadcrumbs).
_FURNITURE_LINE = re.compile(
    r"(?:\d+\s*min(?:ute)?s?\s+read|share(?: on \w+)?|tweet|print|email|menu|home|skip to"
    r" (?:main )?content|advertisement|.*\s[>»›|]\s.*)\s*",
    re.IGNORECASE,
)
# Text addressed to a model rather than to readers. Such sentences (and an imperative that
# directly follows one) are planted instructions: they are kept as text but never extracted.
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier"
    r"|preceding|all|any|your)\b[^.!?\n]{0,30}\b(?:instructions?|prompts?|rules|directions)\b"
    r"|\bsystem prompt\b|\byou are (?:now )?(?:an? )?(?:ai|assistant|language model|llm|chatbot"
    r"|extraction (?:model|system))\b|\bas an ai\b|\b(?:large )?language model\b"
    r"|\b(?:new|updated) instructions?\s*:|\bnote to (?:the )?(?:ai|model|assistant|extractor)\b"
    r"|\b(?:ai|model|assistant|extractor)s?\s*[:,]\s*(?:please\s+)?(?:report|output|return|say)",
    re.IGNORECASE,
)
# A cheap first look: no sentence without one of these words can be addressed to a model.
_MODEL_WORDS = re.compile(  # on lower-cased text
    r"(?=[acdefilmop])"  # look-ahead: a cheap skip of impossible starts
    r"\b(?:ignore|disregard|forget|override|prompt|instructions?|ai|model|assistant|extractor"
    r"|chatbot|llm)\b")
_IMPERATIVE_TO_MODEL = re.compile(
    r"\s*(?:please\s+)?(?:report|output|return|respond|answer|say|state|write|extract|list|record"
    r"|code|classify|set)\b",
    re.IGNORECASE,
)
# "KABUL, Afghanistan (Jan. 27) –": a wire dateline. The city is where the release was issued,
# not where anything happened, so it is split off the first sentence.
_DATE_IN_DATELINE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}"
                     r"\.?(?:,?\s+\d{4})?|\d{4}-\d\d-\d\d)")
_DATELINE = re.compile(
    # (a command's caps name may carry its region in brackets: "REGIONAL COMMAND (SOUTHWEST),
    # Afghanistan (Oct. 14, 2010) -")
    r"\b[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*(?:\s\([A-Z]{4,12}\))?,\s+[A-Z][a-z]+"
    r"(?:\s[A-Z][a-z]+)?\s*"
    rf"\({_DATE_IN_DATELINE}\)\s*(?:[-–—−]+\s*)?"
    # "Kabul, Afghanistan (Jan. 27, 2012)", "KABUL (Jan. 27)", "KABUL, Afghanistan – Jan. 27,
    # 2012 –": the same dateline in a title-case city, without the country, or set off by dashes
    rf"|^[ \t]*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    rf"|[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*)\s*\({_DATE_IN_DATELINE}\)\s*(?:[-–—−]+\s*)?"
    rf"|^[ \t]*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*"
    rf"[-–—−]+\s*{_DATE_IN_DATELINE}\s*[-–—−]+\s*"
    # "BAGHDAD, Nov 13 (wire service) —", "KHARKIV, Ukraine, June 20 —", "ARIHA, Idlib —"
    r"|^[ \t]*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*,\s+(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?"
    r"(?:,\s+[A-Z][a-z]+\.?)?(?:\s+\d{1,2}(?:,\s*\d{4})?)?)\s*(?:\([^)\n]{1,40}\)\s*)?"
    r"[-–—−]+\s*",
    re.MULTILINE,
)
# "Sangin/Helmand\nAug. 29, 2010 - U.S. Marines ...": a date with its year opening a line
# before the section's first sentence, set off by a dash, is the release's dateline (with no
# place but the line above); its date is the release's, not the day of anything it tells.
_BARE_DATELINE = re.compile(r"[ \t]*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\s*[-–—−]+\s*")
# every dateline has an all-caps place and a comma or a parenthesised date, or a title-case
# place, a comma and a parenthesised date
_CAPS_PAIR = re.compile(r"[A-Z]{2}(?:,|\s*\()|[a-z],\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*\(")
# A line that separates two releases or an update from the original ("---", "UPDATE:").
_SECTION_BREAK = re.compile(r"^[ \t]*(?:-{3,}|_{3,}|\*{3,}|={3,})[ \t]*$|^[ \t]*UPDATE\b", re.M)
_UPDATE_HEAD = re.compile(r"[ \t]*UPDATE\b")

# Words whose full stop ends no sentence (lower case, as the word before the dot is compared);
# the ISAF reduction's sentence ends (``evaluation.sentences``) are built from the same words, so
# the rules and the reduction read the same sentence. British ranks too: memorials name "Pte."
# and "L/Cpl." as American ones name "Pfc." and "Lance Cpl.".
ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "u.n", "col", "lt", "gen", "maj", "capt", "sgt", "spc", "pvt", "cpl", "pfc", "adm",
    "brig", "cmdr", "cdr", "mr", "mrs", "ms", "dr", "st", "no", "gov", "sen", "rep", "inc", "co",
    "ltd", "jr", "sr", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "approx", "fig",
    "dept", "est", "sgt.maj", "rev", "hon", "pres", "govt", "pte", "spr", "rfn", "tpr", "gdsm",
    "lcpl", "l/cpl", "cfn", "bdr",
})
# What opens a sentence after a time of day: a number, a determiner or a pronoun.
_CLOCK_THEN_SENTENCE = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|The|A|An|He|She|They|It|We"
    r"|Several|Many|No|All|Both|Some|During|After|When|As)\s")
# A part of the dead told before, as the subject of its sentence's copula: "Two of the dead
# were children", "three of those killed were commanders", "two of those who died were women"
# (shared by the claims' reading of such a share and the merge that folds it into its toll;
# "the bodies of those killed were", with no number before "of", is no share of them).
PART_OF_THE_DEAD = (
    r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|some|several"
    r"|many|most|all|both)\s+of\s+(?:the|those)\s+(?:killed|dead|victims"
    r"|who\s+(?:died|were\s+killed))\s+(?:were|was)\b")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_SPACE = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_QUOTE_START = re.compile("[\"“]")
_QUOTE_END = re.compile("[\"”]")


@dataclass(frozen=True)
class Sentence:
    """One sentence (or heading line) of the article with its character offsets.

    ``heading`` lines (titles, datelines, release numbers) carry no events or claims but a
    title's strike where the body tells or denies none (``rules.events.find_mentions``) and
    its toll of an outcome the body tells none of (``rules.claims.find_claims``);
    ``planted`` sentences address a model and are skipped; ``section`` counts the
    releases/updates a text concatenates (0 for the first) and ``update`` says whether the
    section is an update of an earlier one.
    """

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    section: int
    heading: bool = False
    planted: bool = False
    update: bool = False
    lower: str = ""  # ``text.lower()``, for cheap keyword tests (offsets may differ: no spans)


@dataclass(frozen=True)
class Layout:
    """The article's sentences plus where the body ends and where each section's dateline is."""

    sentences: list[Sentence]
    body_end: int
    datelines: list[tuple[int, int, int]]  # (section, start, end)
    quotes: list[tuple[int, int]]  # (open, close) offsets of quotations, close exclusive
    section_starts: list[int]
    ledes: dict[int, int]  # section -> index of its first sentence of article text


def body_end(text: str) -> int:
    """Where the article ends: the start of the first trailing furniture heading, if any.

    A heading only counts after the first third of the text, so a story that opens with a
    "Related:" line or a tag list is not cut off.
    """
    floor = len(text) // 3
    for match in _LINE.finditer(text):
        if match.start() < floor:
            continue
        line = match.group().strip()
        if line and len(line) <= 80 and _TRAILER_HEADING.fullmatch(line):
            return match.start()
    return len(text)


# A release's number after the last sentence of a line ("... were killed. ISAF Joint Command
# 2011-07-S-088"): the sentence before it must end as one.
_TRAILING_TAG = re.compile(
    r"(?<=[.!?])[\"”’]?\s+(?:ISAF\s+Joint\s+Command(?:\s*[-–]\s*Afghanistan)?\s+)?"
    r"\d{4}-\d{2}-[A-Z]{1,3}-\d{2,4}\s*$")


# An item of a results list in shorthand ("- 2 x EKIA", "- 5 x detained"): a statement, not a
# title.
_RESULT_ITEM = re.compile(r"[-•*–]\s*\d+\s*[x×]\s+\S")


def _is_heading(line: str) -> bool:
    stripped = line.strip().rstrip("\"'”’")
    if not stripped:
        return True
    if len(stripped) < 120 and _FURNITURE_LINE.fullmatch(stripped):
        return True
    if stripped[-1] in ".!?:" or stripped.endswith(".)") or _RESULT_ITEM.match(stripped):
        return False
    return len(_WORD.findall(stripped)) <= 20


def quotations(text: str, end: int) -> list[tuple[int, int]]:
    """Quoted passages (``"…"`` or ``“…”``) before ``end``; an unclosed quote runs to the
    end of its paragraph (news copy often reopens a quote in the next paragraph)."""
    found: list[tuple[int, int]] = []
    i = 0
    while True:
        opening = _QUOTE_START.search(text, i, end)
        if opening is None:
            return found
        start = opening.start()
        para_end = text.find("\n\n", start)
        para_end = end if para_end < 0 or para_end > end else para_end
        closing = _QUOTE_END.search(text, start + 1, para_end)
        j = closing.start() if closing is not None else para_end
        found.append((start, min(j + 1, para_end)))
        i = j + 1


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries in ``text[start:end]`` (one paragraph), abbreviations respected."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        following = text[nxt]
        if not (following.isupper() or following.isdigit() or following in "\"“‘'(·•-–—"):
            continue
        if match.group()[0] == ".":
            word_start = match.start()
            while word_start > start and not text[word_start - 1].isspace() \
                    and text[word_start - 1] not in "(\"“":
                word_start -= 1
            word = text[word_start:match.start()].lower()
            if word in ("a.m", "p.m") and _CLOCK_THEN_SENTENCE.match(text, nxt, end):
                # "at about 9 p.m. Three ALP members were killed": a time ends the sentence
                # when the next word opens one (not "9 p.m. Monday", "10 p.m. Kabul time")
                spans.append((cursor, stop))
                cursor = nxt
                continue
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((cursor, stop))
        cursor = nxt
    if cursor < end:
        spans.append((cursor, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def layout(text: str) -> Layout:
    """Split the article into sentences with paragraph/section numbers and markings."""
    stop = body_end(text)
    breaks = [m.start() for m in _SECTION_BREAK.finditer(text, 0, stop)]
    section_starts = [0]
    for pos in breaks:
        if pos - section_starts[-1] > 40:
            section_starts.append(pos)
    datelines: list[tuple[int, int, int]] = []
    sentences: list[Sentence] = []
    paragraph = 0
    previous_planted = False
    told: set[int] = set()  # the sections whose first sentence has been read
    for line in _LINE.finditer(text, 0, stop):
        l_start, l_end = _trim(text, line.start(), line.end())
        if l_start >= l_end:
            continue
        paragraph += 1
        section = sum(1 for s in section_starts[1:] if s <= l_start)
        update = section > 0 and bool(_UPDATE_HEAD.match(text, section_starts[section]))
        pieces: list[tuple[int, int, bool]] = []
        cursor = l_start
        dateline = (_DATELINE.search(text, l_start, l_end)
                    if _CAPS_PAIR.search(text, l_start, min(l_end, l_start + 400)) else None)
        if dateline is None and section not in told:
            dateline = _BARE_DATELINE.match(text, l_start, l_end)
        if dateline is not None and dateline.start() - l_start < 400:
            datelines.append((section, dateline.start(), dateline.end()))
            if dateline.start() > l_start:
                pieces.append((l_start, dateline.start(), True))
            pieces.append((dateline.start(), dateline.end(), True))
            cursor = dateline.end()
        if cursor < l_end:
            # a release number printed after the line's last sentence is a heading of its
            # own, not one that makes the whole line a heading
            # (the tag ends the line in its number's last digit, the line being trimmed of its
            # spaces: a line ending in anything else holds none, and is spared the search)
            tag = (_TRAILING_TAG.search(text, cursor, l_end) if text[l_end - 1].isdigit()
                   else None)
            last = tag.start() if tag is not None else l_end
            whole_heading = cursor == l_start and _is_heading(text[l_start:last])
            if whole_heading:
                pieces.append((cursor, l_end, True))
            else:
                pieces.extend((a, b, False) for a, b in _split_sentences(text, cursor, last))
                if tag is not None:
                    pieces.append((tag.start(), l_end, True))
        for a, b, heading in pieces:
            a, b = _trim(text, a, b)
            if a >= b:
                continue
            body = text[a:b]
            lower = body.lower()
            planted = bool(_MODEL_WORDS.search(lower) and _INJECTION.search(body)) or (
                previous_planted and bool(_IMPERATIVE_TO_MODEL.match(body)))
            previous_planted = planted
            if not heading:
                told.add(section)
            sentences.append(Sentence(
                index=len(sentences), start=a, end=b, text=body, paragraph=paragraph,
                section=section, heading=heading, planted=planted, update=update,
                lower=lower))
    ledes: dict[int, int] = {}
    for sentence in sentences:
        if not sentence.heading and not sentence.planted:
            ledes.setdefault(sentence.section, sentence.index)
    return Layout(sentences=sentences, body_end=stop, datelines=datelines,
                  quotes=quotations(text, stop), section_starts=section_starts, ledes=ledes)


def squash(text: str) -> str:
    """Collapse runs of whitespace, for comparing phrases written across line breaks."""
    return _SPACE.sub(" ", text).strip()


def neighbours(layout: Layout, sentence: Sentence, back: int, ahead: int = 0) -> list[Sentence]:
    """Up to ``back`` article sentences before ``sentence`` (nearest first), then up to
    ``ahead`` after it, all in its section. Bounded, so callers stay linear in text length."""
    out: list[Sentence] = []
    for step, limit in ((-1, back), (1, ahead)):
        i, found = sentence.index + step, 0
        while 0 <= i < len(layout.sentences) and found < limit:
            s = layout.sentences[i]
            if s.section != sentence.section:
                break
            if not s.heading and not s.planted:
                out.append(s)
                found += 1
            i += step
    return out


def context_sentences(lay: Layout, sentence: Sentence) -> list[Sentence]:
    """Where an undated or unplaced strike's date and place may be: earlier sentences of its
    paragraph (nearest first), then the first sentence of its section (an ISAF lede)."""
    out = [s for s in neighbours(lay, sentence, 3) if s.paragraph == sentence.paragraph]
    index = lay.ledes.get(sentence.section)
    lede = lay.sentences[index] if index is not None else None
    if lede is not None and lede is not sentence and lede not in out:
        out.append(lede)
    return out

