"""Place names: a transliteration-tolerant comparison key and Afghan province spotting.

The same place is spelled many ways in conflict reporting (Albukamal, Abu Kamal, Al-Bukamal,
Boukamal; Deir ez-Zor, Dayr az-Zawr, Deir Ezzor; Paktya, Paktia, Paktiya). ``place_key`` maps
every such spelling to one key, so the eval harness can match a predicted location against a
gold one and the rules backend can deduplicate places, without a gazetteer.

How the key is built (each step exists because real spellings differ that way):

1. Unicode diacritics are removed and the name is case-folded ("al-Mayādīn" → "al-mayadin",
   "Paktiyā" → "paktiya").
2. Only the part before the first comma is kept ("Albukamal, Syria" → "albukamal").
3. Apostrophes and ʿayn/hamza marks vanish ("Al-Jala'" → "al jala"); every other non-letter is a
   word break (hyphen, underscore, space: "sar_e_pul" = "Sar-e Pul").
4. Generic words are dropped: "the", "of", and administrative terms (province, district,
   governorate, city, town, village, area, region...). "the city of Albukamal" → "albukamal".
   Geographic features (desert, border, river) are kept: they name a different place.
5. The Arabic article is dropped, standalone ("al", "el", "ad", "ash", "az", "ez"...) or glued
   ("Albukamal", "Almayadin"), including its assimilated form before sun letters ("Ezzor",
   "Arraqqa").
6. Each word is reduced to its consonant skeleton: vowels go, and so do "y"/"w" inside a word
   (they transliterate vowels: Dayr/Deir, Zawr/Zour, Paktya/Paktia). q→k, v→w, ph→f, c→k
   (not before h); a final "h" after a vowel goes (Farah/Fara, Salihiyah/Salihiya); doubled
   letters collapse (Sarraj/Saraj, Mayadeen/Mayadin).

The key is a comparison device, not a name: it is lossy on purpose, so two different places can
share a key (rarely, and only places with near-identical consonants). ``same_place`` is exact
equality of keys, which is what an eval needs to be reproducible.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["AFGHAN_PROVINCES", "afghan_province_mentions", "dateline_spans", "find_afghan_province",
           "place_key", "same_place"]

_APOSTROPHES = re.compile(r"['’‘`´ʿʾʻʼ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Words that say what kind of place it is, not which place.
_GENERIC = frozenset({
    "the", "of", "province", "provinces", "district", "districts", "governorate", "governorates",
    "city", "town", "village", "area", "region", "municipality", "county", "subdistrict",
    "muhafazah", "wilayat", "mohafaza", "mintaqa",
})
# The Arabic definite article in its common transliterations (assimilated forms included).
_ARTICLES = frozenset({
    "al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "ath",
    "az", "ez", "an", "en", "adh", "dh",
})
_GLUED_ARTICLE = re.compile(r"^(?:al|el|ul)(?=[a-z])")
_ASSIMILATED_ARTICLE = re.compile(r"^[aeiu]([tdrzsnl])(?=\1)")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_VOWELS = frozenset("aeiou")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvxz]")


_C_NOT_CH = re.compile(r"c(?!h)")
_REPEATED = re.compile(r"(.)\1+")


def _skeleton(word: str) -> str:
    """The consonants of one word: vowels go, y/w go except word-initially."""
    word = _FINAL_H.sub("", word)
    word = word.replace("ph", "f").replace("q", "k").replace("v", "w")
    word = _C_NOT_CH.sub("k", word)
    out: list[str] = []
    for i, ch in enumerate(word):
        if ch in _VOWELS:
            continue
        if ch in "yw" and i > 0:
            continue
        out.append(ch)
    return "".join(out)


def _strip_article(word: str, following: str) -> str:
    """``word`` without a glued or assimilated article; ``following`` is the rest of the name."""
    if _GLUED_ARTICLE.match(word):
        rest = word[2:]
        # Only a real article leaves a name behind: "Albukamal" and "Albu Kamal" → "bu...",
        # but "Alasay" (one consonant left) is a name that merely starts with "Al".
        if len(_CONSONANTS.findall(rest + following)) >= 3:
            return rest
    m = _ASSIMILATED_ARTICLE.match(word)
    if m and len(word) > 4:
        return word[2:]
    return word


def place_key(name: str) -> str:
    """A comparison key equal for transliteration variants of one place name (see module doc).

    Returns "" only for a name with no letters or digits at all.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.split(",", 1)[0]
    text = _APOSTROPHES.sub("", text)
    words = [w for w in _NON_WORD.split(text) if w]
    if not words:
        return ""
    kept = [w for w in words if w not in _GENERIC] or words
    if len(kept) > 1:
        kept = [w for w in kept if w not in _ARTICLES] or kept
    key = "".join(
        _skeleton(_strip_article(w, "".join(kept[i + 1:]))) for i, w in enumerate(kept)
    )
    key = _REPEATED.sub(r"\1", key)
    return key or "".join(kept)


# The keys ``same_place`` compares, memoised: the rules compare each mention's few names with
# every other event's, so one article asks for the same names' keys over and over. The rules
# backend clears it with its other memos at each article's start (``rules.extraction.MEMOS``);
# a pure function of its argument, so a caller that never clears it gets the same answers.
same_place_keys = functools.lru_cache(maxsize=4096)(place_key)


def same_place(a: str, b: str) -> bool:
    """Whether two names are spellings of one place (equal non-empty ``place_key``)."""
    key_a = same_place_keys(a)
    return bool(key_a) and key_a == same_place_keys(b)


# The 34 provinces in the ISAF press-release dataset's label spelling, each with a pattern for
# the spellings met in English-language reporting. The dataset's label vocabulary uses
# underscores (``sar_e_pul``, ``day_kundi``); note that the converted dev slice in
# evals/external/isaf writes one label as "sar-e pul" (same_place treats both as equal).
_PROVINCE_PATTERNS: dict[str, str] = {
    "badakhshan": r"bada[kx]h?shan",
    "badghis": r"bad[gq]h?(?:ee|[ie])s",
    "baghlan": r"ba[gq]h?lan",
    "balkh": r"balkh",
    "bamyan": r"bam(?:iy|i|y)an",
    "day_kundi": r"da[iy][\s-]?k[ou]nd[iy]",
    "farah": r"farah",
    "faryab": r"far[iy]y?ab",
    "ghazni": r"gh?azn[iy]|ghanzi",
    "ghor": r"gh[ou]w?r",
    "helmand": r"h[ei]lm[ae]nd|helmund",
    "herat": r"h[ei]rat",
    "jowzjan": r"j(?:[aou]w?|au)zjan",
    "kabul": r"kabul",
    "kandahar": r"[kq]and[ae]har",
    "kapisa": r"kapis?sa",
    # (Khost wa Firing is a district of Baghlan)
    "khost": r"khow?st(?![\s-]+(?:wa|o)[\s-]+f[ei]r[ei]ng)",
    # (Kuz Kunar, "lower Kunar", is a district of Nangarhar)
    "kunar": r"(?<!\bkuz[\s-])k[ou]nar",
    "kunduz": r"[kq][ou]nd[ou]z",
    "laghman": r"la[gq]h?man",
    "logar": r"low?gar",
    "nangarhar": r"n[ai]ng[ae]r?har|n[ai]ngrahar",
    "nimroz": r"nimr[ou]{1,2}z",
    "nuristan": r"n[ou]{1,2}r[ie]stan",
    "paktya": r"pakt(?:iy|i|y)a",
    "paktika": r"paktika",
    "panjshir": r"panj[\s-]?sh(?:ee|e|i|ay)r",
    "parwan": r"par[wv]an",
    "samangan": r"samangan",
    "sar_e_pul": r"sar[\s-]*(?:[ei][\s-]*)?p[ou]l",
    "takhar": r"takh?ar",
    "uruzgan": r"[ou]r[ou]zgan",
    "wardak": r"(?:ma[iy]dan[\s-]+)?[wv]arda[kg]",
    "zabul": r"zab[ou]l",
}
AFGHAN_PROVINCES: tuple[str, ...] = tuple(_PROVINCE_PATTERNS)

# Letters a province pattern can start with, where it is not simply its first character.
_FIRST_LETTERS = {"kandahar": "kq", "kunduz": "kq", "uruzgan": "ou", "wardak": "mwv", "kunar": "k"}


def _province_regex(labels: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?:" + "|".join(f"(?P<{label}>{_PROVINCE_PATTERNS[label]})" for label in labels)
        + r")(?![\w-])",
        re.IGNORECASE,
    )


# One small pattern per initial letter, tried only at word starts with that letter: a cheap
# scan instead of 34 alternatives at every position.
_BY_LETTER: dict[str, re.Pattern[str]] = {
    letter: _province_regex([
        label for label in _PROVINCE_PATTERNS
        if letter in _FIRST_LETTERS.get(label, _PROVINCE_PATTERNS[label][0])
    ])
    for letter in sorted({
        ch for label, pattern in _PROVINCE_PATTERNS.items()
        for ch in _FIRST_LETTERS.get(label, pattern[0])
    })
}
_WORD_START = re.compile(
    "[" + "".join(_BY_LETTER) + "".join(_BY_LETTER).upper() + r"](?<![\w-].)"
)
# A dateline ("KABUL, Afghanistan (Jan. 27) –", "KANDAHAR AIRFIELD, Afghanistan", "Kabul,
# Afghanistan (June 5)" on a line of its own) names where the release was issued, not where
# anything happened: a place in capitals before ", Afghanistan" anywhere, or in any case at
# the start of a line, and then the date, a dash or the line's end ("Helmand, Afghanistan's
# most violent province" is no dateline).
_DATELINE_END = r",[ \t]*(?i:afghanistan)\b(?=[ \t\xa0]*(?:\(|\[|[–—-]|,|[\n\r\u2028\u2029]|$))"
_DATELINE = re.compile(
    r"(?:^|(?<=[\n\r\u2028\u2029]))[ \t\xa0\u2028]*"
    r"(?P<line>[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,3})" + _DATELINE_END
    + r"|(?<![\w-])(?P<caps>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3})" + _DATELINE_END,
    re.MULTILINE)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a dateline's place ("KABUL" of "KABUL, Afghanistan (Jan. 27)")."""
    if "fghanistan" not in text and "FGHANISTAN" not in text:
        return []
    return [m.span("line") if m.group("line") else m.span("caps")
            for m in _DATELINE.finditer(text)]
# A province's name as part of an institution's ("Kabul Bank", "Kabul University"): the
# institution is no place an operation happens in.
_INSTITUTION = re.compile(r"\s+(?:Bank|University|Polytechnic)\b")
# A province's name as a man's surname, after his given name: "Minister of Defense Abdul Rahim
# Wardak", "Ghulam Farooq Wardak" (Afghans often take the name of their home province).
_GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:Abdul|Abdur|Rahim|Farooq|Faruq|Ghulam|Mohammad|Muhammad|Mohammed|Ahmad|Ahmed"
    r"|Amanullah|Hamid|Karim|Rahman|Nasrullah|Ashraf)\s+$")


def find_afghan_province(text: str) -> list[str]:
    """Afghan provinces mentioned in ``text``, as ISAF dataset labels, in order of first mention.

    Matches the province names in their common spellings (Paktia/Paktiya/Paktya, Qandahar,
    Sar-i-Pul, Oruzgan, Maidan Wardak...). A name also used for a city or district ("Kandahar
    City", "Balkh district") counts for its province. A dateline, "KABUL, Afghanistan (...)",
    is skipped (``dateline_spans``), and so is a name that only names an institution ("Kabul
    Bank", "Kabul University") or a man ("Abdul Rahim Wardak"). Regions ("southern
    Afghanistan") are not provinces and are not returned.
    """
    found: list[str] = []
    for label, _, _ in afghan_province_mentions(text):
        if label not in found:
            found.append(label)
    return found


def afghan_province_mentions(text: str) -> list[tuple[str, int, int]]:
    """Every mention ``find_afghan_province`` counts, as (label, start, end), left to right."""
    found: list[tuple[str, int, int]] = []
    datelines = dateline_spans(text)
    pos = 0
    for start in _WORD_START.finditer(text):
        if start.start() < pos:
            continue
        m = _BY_LETTER[start.group().lower()].match(text, start.start())
        if m is None:
            continue
        pos = m.end()
        label = m.lastgroup
        if label is None:
            continue
        if any(a <= m.start() < b for a, b in datelines):
            continue
        if _INSTITUTION.match(text, m.end()) or _GIVEN_NAME_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue
        found.append((label, m.start(), m.end()))
    return found
