"""Place names as written near a strike: toponyms after locating prepositions and admin cues.

The normalizer (``llmextract.normalize.places``) compares and keys names; it does not find them
in running text, so spotting lives here: a capitalised name after "in/near/east of/the city of…"
or before "province/district/area…", each with the precision its cue implies (guidelines §3:
the place struck is exact, a reference point "near/east of/outside X" is near, a district,
province, area or desert is region, a country alone is country).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from llmextract.normalize.places import find_afghan_province
from llmextract.schema import LocationPrecision

# A name: capitalised words, with the lower-case particles of transliterated names
# ("Nahr-e Saraj", "Tarnek wa Jaldak", "Deir ez-Zor", "Al-Hizam").
_WORD = r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]z|[Ee]z)[-‑])?[‘’']?[A-Z][\w'’‘‑-]*"
_PARTICLE = r"(?:wa|e|ye|i|al|el|ad|ash|az|ez|as|ar|an|at|ul|bin|ibn|de|du|la|le)"
_ADMIN = (
    r"provinces?|districts?|governorates?|region|area|city|town|village|neighbou?rhood|desert"
    r"|valley|countryside|border|border crossing|camp|state|county|municipality|suburb"
    r"|outskirts|mountains|river"
)
_NAME = rf"{_WORD}(?:[ -](?:{_PARTICLE}[ -])?(?!(?i:{_ADMIN})\b){_WORD}){{0,3}}"
_DIRECTION = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)"
)
_NEAR_CUE = (
    rf"[Nn]ear|[Oo]utside|[Aa]round|close to|next to|just outside"
    rf"|[Oo]n the (?:outskirts|edge|edges) of"
    rf"|in the (?:vicinity|outskirts|countryside|suburbs) of|{_DIRECTION}(?:ern)? of"
    rf"|(?:a few |\d+ )?(?:kilometres|kilometers|km|miles|metres|meters) (?:from|{_DIRECTION}"
    rf" of)"
)
_IN_CUE = (
    r"[Ii]n|[Aa]t|[Oo]n|[Ii]nside|[Aa]cross|[Tt]hroughout|[Ii]nto|[Ff]rom|[Tt]o|[Tt]oward"
    r"|[Tt]owards|targeted|targeting|hit|struck|bombed|shelled|[Bb]etween|of"
)
# Cues that only introduce a place with an admin word ("from the city of X", "to the Iraqi
# border"): on their own they introduce organisations and people too ("from the Ain Al-Furat
# network").
_WEAK_CUES = frozenset({"from", "to", "into", "toward", "towards", "of", "between"})
# The first-character look-ahead only skips, cheaply, positions where no cue can begin (every
# cue above starts with one of these characters); the matches are those of the plain pattern.
_PLACE = re.compile(
    r"(?=[NnOoAaIiTtFfBbcjsewkmh\d])"
    rf"(?:(?P<near>\b(?:{_NEAR_CUE}))|(?P<in>\b(?:{_IN_CUE})))\s+"
    rf"(?:the\s+)?(?:(?P<dir>{_DIRECTION}(?:ern)?)\s+)?"
    rf"(?:(?:[a-z-]+\s+)?(?P<pre>{_ADMIN}|desert region|capital|provincial capital|centre"
    rf"|center|heart|middle|edge|suburbs?)\s+of\s+(?:the\s+)?)?"
    rf"(?P<name>{_NAME})"
    rf"(?P<suf>\s+(?i:{_ADMIN}))?(?![\w'’-])",
)
# The next name of a list: "the desert region of Al-Mayadeen, Sabikhan, Al-Jala', and X".
# An item with a plural admin word ends the list whatever follows ("in Kandahar and Helmand
# provinces yesterday").
_LIST_NEXT = re.compile(
    rf",?\s+(?:and\s+|or\s+)?(?:the\s+)?(?P<name>{_NAME})"
    r"(?:(?P<suf>\s+(?i:provinces|districts|governorates|villages|towns|cities|areas))"
    r"(?![\w'’-])"
    rf"|(?P<suf2>\s+(?i:{_ADMIN}))?"
    r"(?=\s*(?:,|\band\b|\bor\b|$|[.;:)]|\s+(?:up to|to|in|on|near)\b)))"
)
_OWNED = re.compile(r"(?P<owner>[^'’]+)['’]s\s+(?P<place>[A-Z].+)")
_PORT_OF = re.compile(
    rf"\s+(?:port|port\s+city|city|town|capital|village|region)\s+of\s+(?P<name>{_NAME})")
# A name followed by its admin area: "Sangin district, Helmand province".
_ADMIN_AFTER = re.compile(
    rf"\s*,?\s+(?:the\s+)?(?:(?:{_ADMIN}|capital)\s+of\s+)?(?P<admin>{_NAME})\s+"
    r"(?i:provinces?|governorate|state|region)\b"
)
# ... or by the district it lies in, then the province: "near the village of Qala-e Naw in
# Bagram district, Parwan province" (a village whose name a town elsewhere shares is read by
# the province its sentence names).
_IN_DISTRICT_OF = re.compile(
    rf"\s+in\s+(?:the\s+)?{_NAME}\s+(?i:district),\s+(?P<admin>{_NAME})\s+(?i:province)\b"
)
_COUNTRIES = frozenset({
    # Belongs in normalize.places (a country gazetteer); kept minimal: the conflict countries
    # the project's sources cover, so a location can carry the country the text names.
    "Afghanistan", "Pakistan", "Iraq", "Syria", "Iran", "Yemen", "Lebanon", "Israel", "Gaza",
    "West Bank", "Palestine", "Jordan", "Turkey", "Saudi Arabia", "Libya", "Somalia", "Sudan",
    "South Sudan", "Mali", "Niger", "Nigeria", "Burkina Faso", "Chad", "Cameroon", "Ethiopia",
    "Eritrea", "Kenya", "Mozambique", "Congo", "Ukraine", "Russia", "Belarus", "Armenia",
    "Azerbaijan", "Georgia", "Myanmar", "India", "Egypt", "Algeria", "Tunisia", "Qatar",
    "United Arab Emirates", "Oman", "Kuwait", "Bahrain", "Colombia", "Mexico", "Philippines",
})
# Capitalised words that are never places: weekdays, months, parties, titles, demonyms of the
# sources' actors. A name starting with one of these is rejected.
_NOT_PLACE = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
    "its", "our", "my", "it", "they", "he", "she", "we", "i", "you", "isaf", "nato", "ansf",
    "anp", "ana", "taliban", "haqqani", "coalition", "afghan", "afghans", "american", "u.s", "us",
    "un", "u.n.", "ied", "ieds", "international", "security", "assistance", "force", "forces",
    "army", "police", "ministry", "government", "regime", "militia", "hezbollah", "hamas",
    "houthi", "houthis", "pkk", "ypg", "sdf", "isis", "isil", "daesh", "al-qaeda", "al-shabaab",
    "rsf", "sna", "revolutionary", "guards", "irgc", "islamic", "state", "military", "command",
    "joint", "headquarters", "commander", "colonel", "col", "general", "gen", "lt", "maj", "capt",
    "sgt", "president", "prime", "minister", "mr", "mrs", "ms", "dr", "gmt", "utc", "am", "pm",
    "twitter", "telegram", "facebook", "youtube", "instagram", "tiktok", "whatsapp", "x",
    "reuters", "afp", "ap", "bbc", "cnn",
})
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|i|an)\Z")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlaceMention:
    """A place found in a sentence; ``start``/``end`` are offsets into the searched text."""

    name: str
    precision: LocationPrecision
    admin_area: str | None
    country: str | None
    start: int
    end: int
    generic: str | None  # the admin word that came with it ("province", "area"), if any
    tail: int  # end of the whole place phrase: name, admin word and stated admin area


def _clean(name: str) -> str:
    return _SPACES.sub(" ", name.strip(" ,.;:"))


def _rejected(name: str, followed_by: str) -> bool:
    first = name.split()[0].split("-")[0].lower()
    if first in _NOT_PLACE or name.lower() in _NOT_PLACE:
        return True
    if name.isupper() and len(name) <= 5:
        return True  # acronyms: ISAF, ANSF, SNA
    # "Iranian militia positions": a demonym before a common noun is an adjective.
    return bool(" " not in name and _DEMONYM.search(name.lower())
                and followed_by[:1].islower() and followed_by[:1] != ""
                and name not in _COUNTRIES)


def _precision(name: str, generic: str | None, near: bool, direction: bool,
               country: str | None) -> LocationPrecision:
    if country is not None and not generic:
        return "region" if direction else "country"
    if near or generic in ("outskirts", "edge", "suburbs", "suburb"):
        return "near"
    if generic and generic not in _LOCAL_GENERIC:
        return "region"
    return "region" if direction else "exact"


_LOCAL_GENERIC = frozenset({"city", "town", "village", "neighbourhood", "neighborhood", "camp",
                            "suburb", "capital", "provincial capital"})


# A province that owns the place named after it: "Ghazni province's Giro district" (not a
# demonym before a common noun, though "Ghazni" ends as one does).
_ADMIN_OWNS = re.compile(r"\s+(?i:province|district)['’]s\s+[A-Z]")


# A road named after the city it leads to: "the Jalalabad road", "the Kabul-Kandahar highway".
_ROAD_NAMED = re.compile(r"\s+(?i:road|highway)\b")


@functools.lru_cache(maxsize=4096)
def find_places(text: str) -> tuple[PlaceMention, ...]:
    """Places named in ``text`` (one sentence or clause), left to right, deduplicated by name.

    A list after one cue ("the desert region of A, B, and C") gives each name the cue's
    precision.
    """
    found: list[PlaceMention] = []
    seen: set[str] = set()

    def add(name: str, start: int, end: int, generic: str | None, near: bool,
            direction: bool, tail: int, owner: str | None = None) -> None:
        country = name if name in _COUNTRIES else None
        admin: str | None = owner
        after = _ADMIN_AFTER.match(text, tail) or _IN_DISTRICT_OF.match(text, tail)
        if after is not None and not _rejected(after.group("admin"), "X"):
            admin = _clean(after.group("admin"))
            tail = after.end()
        key = name.lower()
        if key in seen:
            return
        seen.add(key)
        found.append(PlaceMention(
            name=name, precision=_precision(name, generic, near, direction, country),
            admin_area=admin, country=country, start=start, end=end, generic=generic,
            tail=tail))

    for m in _PLACE.finditer(text):
        name = _clean(m.group("name"))
        inner = _PORT_OF.match(text, m.end("name"))
        if inner is not None and not m.group("suf"):
            # "the Black Sea port of Odesa": the place is Odesa; "Black Sea" describes it
            name = _clean(inner.group("name"))
            add(name, inner.start("name"), inner.end("name"), None, m.group("near") is not None,
                False, inner.end())
            continue
        suffix = (m.group("suf") or "").strip().lower()
        prefix = (m.group("pre") or "").lower()
        following = text[m.end():m.end() + 2].lstrip()
        if not name or _rejected(name, following if not suffix and not _ADMIN_OWNS.match(
                text, m.end("name")) else "X"):
            continue
        if not (suffix or prefix) and _ROAD_NAMED.match(text, m.end("name")):
            continue  # "on the Jalalabad road in Kabul": the road's name, not where it is
        cue = (m.group("in") or "").lower()
        if cue in _WEAK_CUES and not (suffix or prefix):
            continue
        if name.endswith(("'s", "’s")):
            continue  # a possessive names an owner ("Haj Askar's farm")
        owned = _OWNED.match(name)
        if owned is not None:  # "Rafah’s Tel al-Sultan": Tel al-Sultan, in Rafah
            start = m.start("name") + owned.start("place")
            add(owned.group("place"), start, start + len(owned.group("place")),
                suffix or prefix or None, m.group("near") is not None, False, m.end(),
                owned.group("owner"))
            continue
        generic = suffix or prefix or None
        near = m.group("near") is not None
        first = len(found)
        add(name, m.start("name"), m.end("name"), generic, near, m.group("dir") is not None,
            m.end())
        cursor = m.end()
        while True:
            nxt = _LIST_NEXT.match(text, cursor)
            if nxt is None:
                break
            item = _clean(nxt.group("name"))
            item_suffix = (nxt.group("suf") or nxt.group("suf2") or "").strip().lower() or None
            if _rejected(item, "X"):
                break
            add(item, nxt.start("name"), nxt.end("name"), item_suffix or prefix or None, near,
                False, nxt.end())
            cursor = nxt.end()
            if nxt.group("suf"):
                # "Kandahar and Helmand provinces": the plural admin word is every item's
                plural = nxt.group("suf").strip().lower()
                found[first:] = [p if p.generic else dataclasses.replace(
                    p, generic=plural, precision=_precision(p.name, plural, near, False,
                                                            p.country))
                    for p in found[first:]]
                break
    # where someone was taken afterwards is not where anything happened: "She was flown to
    # the coalition hospital at Camp Marmal in Mazar-e Sharif"
    return tuple(p for p in found
                 if _DESTINATION.search(text, max(0, p.start - 80), p.start) is None)


# A movement's destination, up to the place it names (in the same clause).
_DESTINATION = re.compile(
    r"\b(?:flown|taken|evacuated|transported|transferred|airlifted|medevaced|rushed|moved"
    r"|brought)\s+(?:\w+\s+){0,3}?to\s+[^.;,]*$", re.IGNORECASE)


def main_country(text: str) -> str | None:
    """The country the text names most often, when one does (ties: None)."""
    counts: dict[str, int] = {}
    for m in _COUNTRY_RE.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# A name at a word start: "Name(?<!\wName)" is "\bName" written so that every alternative
# begins with a literal, which lets the regex engine jump between candidate letters.
_COUNTRY_RE = re.compile("(?:" + "|".join(
    rf"{re.escape(c)}(?<!\w{re.escape(c)})" for c in sorted(_COUNTRIES, key=len, reverse=True))
    + r")\b(?![-‑])")


def is_afghan_province(name: str) -> bool:
    """Whether ``name`` is (a spelling of) an Afghan province."""
    return bool(find_afghan_province(name))


@functools.lru_cache(maxsize=4096)
def sentence_provinces(text: str) -> frozenset[str]:
    """The Afghan provinces ``text`` names (a sentence or a place name), memoised per article."""
    return frozenset(find_afghan_province(text))

