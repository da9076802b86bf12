"""Afghan districts and towns by province: where a text names only a district or a city.

A release often places an operation as "in Shah Wali Kot district" or "near Sangin" without its
province; the province follows from the place itself. The table is general geography (the
districts of each province in their usual English spellings), not a list drawn from any release;
a district name shared by two provinces (Arghandab, Khogyani, Muqur, Qarabagh, Sarobi, Behsud,
Baharak, Dawlatabad, Jani Khel, Jaghatu, Kohistan, Nawa, Reg) or moved from one to another
(Ghormach) is left out, since it alone cannot say which; the text's own province decides
("Arghandab district, Zabul province"; ``SHARED_DISTRICTS`` lists the candidates), else the
district a few such names stand for alone (``USUAL_SHARED_DISTRICTS``: Kandahar's Arghandab, not
Zabul's remote namesake, which releases place by its province). A provincial
capital is the exception: "Fayzabad" alone is Badakhshan's capital, and a text about the
district of Jowzjan names its province, which wins over the lookup. Each name is matched in the
spellings English transliterations give it (``_loose_word``, ``_JOIN``: "Nad-e Ali", "Nadi Ali",
"Nad Ali"; "Bala Murghab", "Bala Morghab"), so the table lists each place once or twice, not
every spelling a release may use. Bases named after no district ("Camp Bastion", "FOB Salerno")
are listed under their province. A short name that is also an ordinary word or a common name
("Bak", "Kot", "Dand", "Chak"), or a district named after a man whose name is common ("Muhammad
Agha", "Dawlat Shah", "Mata Khan", "Sayed Karam": "detained Mullah Mohammad Agha in Sangin"),
counts only as "<name> district".

Labels are the ISAF dataset's province labels (as ``places.find_afghan_province``).
"""

from __future__ import annotations

import functools
import re

__all__ = ["AFGHAN_DISTRICTS", "SHARED_DISTRICTS", "USUAL_SHARED_DISTRICTS",
           "canonical_district", "find_district_provinces", "find_shared_districts",
           "find_taken_up_districts", "find_usual_shared_province"]

# province label -> district and town names; a trailing "*" marks a name that counts only
# when followed by "district".
AFGHAN_DISTRICTS: dict[str, tuple[str, ...]] = {
    "helmand": ("Lashkar Gah", "Lashkargah", "Nad-e Ali", "Nad Ali", "Nad-i Ali", "Nahr-e Saraj",
                "Nahr-i Saraj", "Sangin", "Musa Qala", "Musa Qal'ah", "Musa Qalah", "Kajaki",
                "Garmsir", "Garm Ser", "Marjah", "Marja", "Now Zad", "Nowzad", "Nawzad", "Washer",
                "Washir", "Khanashin", "Khan Neshin", "Dishu", "Baghran", "Gereshk",
                "Nawa-ye Barakzai", "Nawa-i-Barakzayi", "Nahri Sarraj", "Nahr-e Sarraj",
                "Nahri Saraj", "Nad 'Ali", "Nad-e 'Ali", "Musa Qaleh", "Naw Zad", "Kajakai",
                "Garmser", "Girishk", "Babaji", "Sangeen", "Musa Qal'eh", "Nawa-I-Barakzayi",
                "Camp Bastion", "Camp Leatherneck", "Camp Dwyer", "Camp Shorabak", "Showal",
                "Loy Mandeh", "Chah-e Anjir", "Trek Nawa"),
    "kandahar": ("Mahalajat", "Malajat", "Sarposa", "Sarpoza", "Band-e Timor", "Dahla Dam",
                 "Loy Wiyala", "Mandigak", "Zharay", "Zhari", "Panjwai", "Panjwayi", "Panjway",
                 "Maiwand", "Spin Boldak", "Shah Wali Kot", "Daman*", "Arghistan", "Khakrez",
                 "Ghorak", "Maruf", "Mianishin", "Shorabak", "Takhta Pul", "Dand*", "Nesh*",
                 "Zharey", "Panjwa'i", "Spin Buldak", "Shah Wali Kowt", "Shahwali Kot", "Khakriz",
                 "Ma'ruf", "Miyanishin", "Mianeshin", "Arghestan", "Naish*", "Camp Nathan Smith",
                 "Zangabad", "Sangsar", "Mushan", "Sperwan", "Pashmul", "Senjaray", "Howz-e Madad",
                 "Talukan"),
    "uruzgan": ("Tarin Kowt", "Tarin Kot", "Tirin Kot", "Deh Rawud", "Dehrawud", "Deh Rawod",
                "Chora", "Chowra", "Shahid-e Hassas", "Khas Uruzgan", "Gizab", "Tarinkot",
                "Tarinkowt", "Deh Rawood", "Dehrawood", "Chenartu", "Chinartu", "Char Chino",
                "Chahar Chino", "Shahidi Hassas", "Khas Oruzgan"),
    "zabul": ("Qalat", "Shah Joy", "Shajoy", "Tarnak wa Jaldak", "Tarnek wa Jaldek", "Mizan*",
              "Atghar", "Daychopan", "Day Chopan", "Khak-e Afghan", "Shinkay", "Shamulzai",
              "Kakar*", "Shinkai", "Naw Bahar", "Now Bahar", "Shahjoy", "Deh Chopan", "Dai Chopan",
              "Tarnak Wa Jaldak"),
    "ghazni": ("Andar", "Gelan", "Gilan", "Deh Yak", "Ajristan", "Waghaz", "Giro*", "Ab Band",
               "Zana Khan*", "Rashidan", "Jaghori", "Malistan", "Nawur", "Khwaja Umari", "Waghez",
               "Zanakhan", "Dih Yak"),
    "paktya": ("Gardez", "Zurmat", "Zormat", "Sayyid Karam*", "Sayed Karam*", "Ahmad Aba",
               "Ahmadabad", "Dand wa Patan", "Shwak", "Chamkani", "Jaji*", "Laja Mangal", "Mirzaka",
               "Wuza Zadran", "Gerda Serai", "Dzadran", "Ahmad Khel", "Ahmadkhel", "Syed Karam*",
               "Lija Mangal", "Dand Patan", "Wazi Zadran", "Ahmad Abad*"),
    "paktika": ("Sharana", "Orgun", "Urgun", "Barmal", "Gomal", "Sar Hawza", "Yahya Khel",
                "Yosuf Khel", "Yusuf Khel", "Zerok", "Ziruk", "Khair Kot", "Mata Khan*",
                "Waza Khwa", "Wor Mamay", "Dila*", "Naka*", "Omna*", "Terwa*", "Sar Rawzah",
                "Sar Rowzah", "Sharan*", "Gayan", "Giyan", "Zarghun Shahr", "Wazakhwah",
                "Mota Khan*", "Nika*", "Turwo", "Yosef Khel", "Yousef Khel", "Orgun-E", "Urgun-E"),
    "khost": ("Zhawar", "Sabari", "Tani*", "Bak*", "Gurbuz", "Nadir Shah Kot", "Musa Khel",
              "Qalandar", "Spera*", "Zazai Maidan", "Terayzai", "Tere Zayi", "Mandozai", "Shamal*",
              "Jaji Maidan", "Ismail Khel", "Mandozayi", "Yaqubi", "Matun*", "FOB Salerno",
              "Forward Operating Base Salerno", "Camp Salerno", "FOB Chapman",
              "Forward Operating Base Chapman", "Camp Chapman"),
    "nangarhar": ("Jalalabad", "Achin", "Bati Kot", "Chaparhar", "Dur Baba", "Kama*", "Kot*",
                  "Kuz Kunar", "Lal Pur", "Lalpur", "Momand Dara", "Mohmand Dara", "Nazyan",
                  "Pachir wa Agam", "Rodat", "Sherzad", "Shinwar", "Surkh Rod", "Deh Bala",
                  "Hisarak", "Goshta", "Dara-i-Nur", "Dara-ye Nur", "Nazian", "Haska Mena",
                  "Ghani Khel", "Batikot", "Torkham", "Tora Bora", "Surkhrod", "Chapahar"),
    "kunar": ("Asadabad", "Pech", "Marawara", "Sarkani", "Shigal", "Dangam", "Manogai", "Watapur",
              "Chapa Dara", "Nari*", "Khas Kunar", "Narang", "Chawkay", "Bar Kunar", "Asmar",
              "Ghaziabad", "Sirkanay", "Nurgal", "Korengal", "Sar Kani", "Chowkay", "Wata Pur",
              "Shegal", "Dara-ye Pech", "Darah-ye Pech", "Pech Valley", "Pech River", "Naray",
              "Watahpur", "Ganjgal"),
    "laghman": ("Mehtar Lam", "Mihtarlam", "Alingar", "Alishing", "Qarghayi", "Dawlat Shah*",
                "Alishang", "Mehtarlam", "Qarghahi", "Bad Pash"),
    "logar": ("Pul-e Alam", "Pul-i-Alam", "Baraki Barak", "Charkh", "Muhammad Agha*",
              "Mohammad Agha*", "Muhammad Aghah*", "Azra*", "Khoshi", "Kharwar", "Puli Alam",
              "Pul-i Alam", "Mohammad Aghah*", "Baraki Rajan"),
    "wardak": ("Maidan Shahr", "Sayyidabad", "Saydabad", "Sayed Abad", "Chak-e Wardak", "Nerkh",
               "Jalrez", "Daymirdad", "Maidan Shar", "Sayedabad", "Jalriz", "Day Mirdad", "Chak*",
               "Tangi Valley", "Narkh"),
    "kabul": ("Paghman", "Bagrami", "Musahi", "Chahar Asyab", "Deh Sabz", "Shakardara", "Kalakan",
              "Guldara", "Istalif", "Mir Bacha Kot", "Khak-e Jabbar", "Char Asiab", "Chahar Asiab",
              "Estalef", "Shakar Darah", "Shakar Dara", "Uzbin"),
    "kapisa": ("Tagab", "Nijrab", "Alasay", "Mahmud Raqi", "Koh Band", "Mahmood Raqi",
               "Mahmud-i-Raqi", "Alah Say"),
    "parwan": ("Bagram", "Charikar", "Ghorband", "Salang*", "Jabal Saraj", "Koh-e Safi",
               "Siyahgird", "Siah Gird", "Sayed Khel*", "Surkh-e Parsa", "Shinwari*",
               "Jabal us Saraj", "Sheikh Ali*", "Shaykh Ali*"),
    "kunduz": ("Chahar Darah", "Chahar Dara", "Char Dara", "Imam Sahib", "Khanabad",
               "Dasht-e Archi", "Dasht-i-Archi", "Aliabad*", "Qala-ye Zal", "Qala-i-Zal",
               "Char Darah", "Chardara", "Dashti Archi", "Qalay-i-Zal"),
    "baghlan": ("Deh Salah", "Pul-e Hisar", "Guzargah-e Nur", "Khwaja Hijran", "Pul-e Khumri",
                "Pul-i-Khumri", "Dahana-ye Ghori", "Dahanah-ye Ghori", "Dahana-i-Ghori",
                "Baghlan-e Jadid", "Burka", "Nahrin", "Khinjan", "Andarab", "Dushi",
                "Tala wa Barfak", "Puli Khumri", "Pol-e Khomri", "Baghlani Jadid", "Doshi",
                "Dand-e Ghori", "Khost wa Firing", "Khost wa Fereng"),
    "takhar": ("Bangi", "Khwaja Bahauddin", "Taloqan", "Taluqan", "Chal*", "Darqad", "Eshkamish",
               "Ishkamish", "Khwaja Ghar", "Rustaq", "Yangi Qala", "Chah Ab", "Kalafgan",
               "Namak Ab", "Dasht-e Qala", "Farkhar", "Warsaj", "Hazar Sumuch", "Bahkar"),
    "balkh": ("Kishindih", "Marmul", "Mazar-e Sharif", "Mazar-i-Sharif", "Chahar Bolak", "Chimtal",
              "Sholgara", "Khulm", "Nahr-e Shahi", "Dihdadi", "Dehdadi", "Char Bolak",
              "Chahar Kint", "Shortepa"),
    "faryab": ("Qaramqol", "Qurghan", "Khan Charbagh", "Maymana", "Maimana", "Qaysar", "Almar",
               "Pashtun Kot", "Shirin Tagab", "Andkhoy", "Bilchiragh", "Gurziwan",
               "Khwaja Sabz Posh", "Qaisar"),
    "jowzjan": ("Khanaqa", "Khwaja Du Koh", "Qarqin", "Sheberghan", "Shibirghan", "Aqcha", "Darzab",
                "Qush Tepa", "Mingajik", "Shiberghan", "Mardyan", "Khamyab"),
    "sar_e_pul": ("Sayyad*", "Sozma Qala", "Kohistanat", "Sancharak", "Balkhab", "Gosfandi"),
    "samangan": ("Feroz Nakhchir", "Khuram wa Sarbagh", "Aybak", "Dara-i-Suf", "Dara-ye Suf",
                 "Aibak", "Hazrat-e Sultan", "Ruyi Du Ab"),
    "badghis": ("Qala-i-Naw", "Qala-e Naw", "Bala Murghab", "Jawand", "Ab Kamari", "Qal'ah-ye Now",
                "Qadis", "Murghab*"),
    "herat": ("Rabat-e Sangi", "Shindand", "Adraskan", "Guzara", "Injil", "Ghoryan", "Kushk",
              "Pashtun Zarghun", "Zinda Jan", "Karukh", "Kohsan", "Obeh", "Gulran",
              "Chisht-e Sharif", "Islam Qala", "Islam Qal'ah", "Islam Qalah", "Kushk-e Kuhna",
              "Obe*"),
    "farah": ("Bala Buluk", "Bala Baluk", "Bakwa", "Gulistan", "Khak-e Safed", "Pur Chaman",
              "Shib Koh", "Lash wa Juwayn", "Anar Dara", "Qala-i-Kah", "Pusht Rod", "Pushtrod",
              "Khak-e Sefid", "Purchaman"),
    "nimroz": ("Chahar Burjak", "Zaranj", "Khash Rod", "Chakhansur", "Char Burjak", "Delaram",
               "Kang*"),
    "ghor": ("Charsada", "Du Layna", "Chaghcharan", "Shahrak", "Taywara", "Pasaband", "Dawlat Yar",
             "Firozkoh", "Feroz Koh", "Tulak", "Lal wa Sarjangal", "Saghar"),
    "bamyan": ("Yakawlang", "Kahmard", "Waras", "Sayghan", "Shibar", "Panjab*"),
    "day_kundi": ("Nili", "Khedir", "Ashtarlay", "Shahristan", "Kijran", "Kiti", "Miramor",
                  "Sang-e Takht", "Kajran"),
    "badakhshan": ("Fayzabad", "Faizabad", "Feyzabad", "Jurm", "Wardooj", "Wurduj", "Keshem",
                   "Kishim", "Darayim", "Tishkan", "Yamgan", "Zebak", "Ishkashim", "Shighnan",
                   "Raghistan", "Argo*", "Khash*", "Kuran wa Munjan", "Warduj"),
    "nuristan": ("Parun", "Waygal", "Kamdesh", "Bargi Matal", "Barg-e Matal", "Du Ab", "Mandol",
                 "Nurgaram", "Wama*", "Wanat", "Doab*"),
    "panjshir": ("Rukha", "Bazarak", "Anaba", "Shutul", "Paryan"),
}


# The izafe particle between two words of a name, written or not ("Nad-e Ali", "Nad-i-Ali",
# "Nadi Ali", "Nad Ali"; "Pul-e Khumri", "Puli Khumri"; "Nawah-ye Barakzai"), and "wa" ("and":
# "Tarnak wa Jaldak", "Dand Patan"); the words may also be run together ("Tarinkot",
# "Mehtarlam", "Shahjoy").
_JOIN = r"(?:[\s-]*(?:[Yy]?[EeIi]|[Ww]a(?=[\s-]))?[\s-]*)"
_PARTICLES = frozenset({"e", "i", "ye", "yi", "wa"})
# Vowels English transliterations write either way in a longer word: u/o ("Murghab",
# "Morghab"; "Buluk", "Boluk"), i/e ("Qadis", "Qades"; "Hisarak", "Hesarak"), ai/ay
# ("Maiwand", "Maywand"), a final -ay/-ai/-ey/-ayi ("Zharay", "Zharey"; "Alasay", "Alasai"),
# a final -a/-ah ("Marawara", "Marawarah"; "Nawa", "Nawah"), and a doubled consonant
# ("Sarraj", "Saraj"). Words under five letters keep their inner vowels (a four-letter name
# with its vowels loosened would meet ordinary words and names: "Nili", "Nile"); words under
# four letters keep their spelling but for a final -ay ("Alah Say", "Alah Sai").
_LOOSE_LENGTH = 5
_VOWEL_RUN = re.compile(r"[uo]+|[ie]+|a[iy](?=[^aeiouy]|$)|(.)\1")
_FINAL_AY = re.compile(r"(?:ayi|ay|ai|ey)$")
_FINAL_A = re.compile(r"ah?$")


def _loose_word(word: str) -> str:
    """A regex for one word of a name, tolerant of the spellings above (module comment)."""
    letters = word.replace("'", "").replace("’", "")
    if len(letters) < 3 or not letters.isalpha():
        return re.escape(word).replace("'", "['’]?")
    head, body = word[0], word[1:]
    ending = ""
    if _FINAL_AY.search(body):
        body = _FINAL_AY.sub("", body)
        ending = "(?:ayi|ay|ai|ey|aye)"
    elif len(letters) < 4:
        return re.escape(word).replace("'", "['’]?")
    elif _FINAL_A.search(body) and not body.endswith("'ah"):
        body = _FINAL_A.sub("", body)
        ending = "ah?"
    if len(letters) < _LOOSE_LENGTH:
        return re.escape(word[0]) + re.escape(body).replace("'", "['’]?") + ending
    out: list[str] = [re.escape(head)]
    pos = 0
    for m in _VOWEL_RUN.finditer(body):
        out.append(re.escape(body[pos:m.start()]).replace("'", "['’]?"))
        run = m.group(0)
        if run[0] in "uo":
            out.append("(?:[uo]|oo|ou)")
        elif run[0] in "ie":
            out.append("(?:[ie]|ee|ie|ei)")
        elif run[0] == "a":
            out.append("a[iy]")
        else:
            out.append(re.escape(run[0]) + "{1,2}")
        pos = m.end()
    out.append(re.escape(body[pos:]).replace("'", "['’]?"))
    return "".join(out) + ending


def _pattern(name: str) -> str:
    """A name's regex: its words joined as ``_JOIN`` allows, each word as ``_loose_word``; a
    name marked "*" only before "district"."""
    strict = name.endswith("*")
    split = re.split(r"[\s-]+", name.rstrip("*"))  # a final "e" is the name's own ("Orgun-E")
    words = [w for w in split[:-1] if w.lower() not in _PARTICLES] + split[-1:]
    parts = [_loose_word(words[0])]
    for word in words[1:]:
        loose = _loose_word(word)
        parts.append(_JOIN + f"[{word[0].upper()}{word[0].lower()}]" + loose[len(
            re.escape(word[0])):])
    body = "".join(parts)
    return body + (r"\s+[Dd]istrict" if strict else "")


_LABEL_OF: dict[str, str] = {}
_ALTERNATIVES: list[str] = []
for _label, _names in AFGHAN_DISTRICTS.items():
    for _name in sorted(_names, key=len, reverse=True):
        _group = f"d{len(_ALTERNATIVES)}"
        _LABEL_OF[_group] = _label
        _ALTERNATIVES.append(f"(?P<{_group}>{_pattern(_name)})")


@functools.cache
def _district_pattern() -> re.Pattern[str]:
    """Case as written: a district is a proper name ("Chora", not "chora"); the longest name
    first within a province, and no name may continue into a longer word. Compiled on first
    use: most articles name no Afghan place, and a process that extracts one article would
    spend more on the ~500 named groups than on the article. The look-ahead for a name's
    first letter spares most positions the alternation (five times faster on a 3 KB text).
    A road named after a town ("Jalalabad Road" in Kabul) is where it leads, not the town."""
    return re.compile(r"(?=" + _FIRST.pattern + r")(?<![\w'’-])(?:" + "|".join(_ALTERNATIVES)
                      + r")(?![\w'’-])(?!\s+Road\b)")


_FIRST = re.compile("[" + "".join(sorted({n[0] for names in AFGHAN_DISTRICTS.values()
                                           for n in names})) + "]")


@functools.lru_cache(maxsize=1024)
def canonical_district(name: str) -> tuple[str, str] | None:
    """The province label and the table's first spelling of the district or town ``name`` is
    (written whole, as "Nad Ali" or "Marja"): ("helmand", "Nad-e Ali") for "Nad Ali", "Nad-e
    Ali" and "Nadi Ali" alike, so two spellings of one place compare equal; None for a name
    the table does not list or shares between provinces."""
    name = name.strip()
    if not name or _FIRST.match(name) is None:
        return None
    for label, listed, pattern in _whole_names():
        if pattern.fullmatch(name) is not None:
            return label, listed
    return None


@functools.cache
def _whole_names() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each listed name with its province and its pattern, in the table's order (compiled on
    first use, as ``_district_pattern``)."""
    return tuple((label, listed.rstrip("*"), re.compile(_pattern(listed.rstrip("*"))))
                 for label, names in AFGHAN_DISTRICTS.items() for listed in names)


# A paragraph's place slug in capitals, as a roundup opens each item: "NAWA: A coalition
# aircraft ...", "MARJAH: Afghan Uniformed Police ..." (a name as written, so read as
# "Nawa:"; not a dateline, "KANDAHAR AIRFIELD, Afghanistan (May 10, 2012) -", nor a word in
# capitals inside a line).
_SLUG = re.compile(r"^[ \t]*[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]*){0,3}(?=[ \t]*:)", re.MULTILINE)


def _slugs_titled(text: str) -> str:
    """``text`` with its capitalised place slugs in title case (same length: offsets hold)."""
    if ":" not in text:
        return text
    return _SLUG.sub(lambda m: m.group().title(), text)


@functools.lru_cache(maxsize=4096)
def find_district_provinces(text: str) -> tuple[str, ...]:
    """The provinces of the Afghan districts and towns ``text`` names, in order of first
    mention (labels as ``find_afghan_province``)."""
    text = _slugs_titled(text)
    if _FIRST.search(text) is None:
        return ()
    found: list[str] = []
    for m in _district_pattern().finditer(text):
        label = _LABEL_OF[m.lastgroup or ""]
        if label not in found:
            found.append(label)
    return tuple(found)


# The names that count only before "district" (a trailing "*" in ``AFGHAN_DISTRICTS``).
_BARE_ONLY: tuple[tuple[str, str], ...] = tuple(
    (name[:-1], label) for label, names in AFGHAN_DISTRICTS.items() for name in names
    if name.endswith("*"))


# One alternation of them, a named group each (the longest first): each text is searched once,
# not once a name.
_BARE_NAME_OF = {f"b{i}": name for i, (name, _) in enumerate(
    sorted(_BARE_ONLY, key=lambda nl: -len(nl[0])))}
_BARE = re.compile(r"(?<![\w'’-])(?:" + "|".join(
    f"(?P<{group}>{re.escape(name)})" for group, name in _BARE_NAME_OF.items())
                   + r")(?![\w'’-])")
_DISTRICT_AFTER = re.compile(r"\s+[Dd]istrict\b")


@functools.lru_cache(maxsize=4096)
def _bare_names(text: str, as_districts: bool) -> frozenset[str]:
    """The bare names ``text`` names (only those before "district", ``as_districts``), its
    capitalised place slugs read in title case as ``find_district_provinces`` reads them."""
    text = _slugs_titled(text)
    return frozenset(_BARE_NAME_OF[m.lastgroup or ""] for m in _BARE.finditer(text)
                     if not as_districts or _DISTRICT_AFTER.match(text, m.end()))


def find_taken_up_districts(sentence: str, text: str) -> tuple[str, ...]:
    """The provinces of districts ``sentence`` names by a bare name that counts only before
    "district", when ``text`` names it so elsewhere: a release that named "Sayyad district,
    Sar-e Pul province" takes it up as "In Sayyad, Afghan soldiers killed five" (the name alone
    may be a man's; the release has said it is the district)."""
    named = _bare_names(sentence, False)
    if not named:
        return ()
    districts = _bare_names(text, True)
    found: list[str] = []
    for name, label in _BARE_ONLY:
        if label not in found and name in named and name in districts:
            found.append(label)
    return tuple(found)


# District names two provinces share (or one moved between them): which one a text means is
# said by the province it names elsewhere ("in Nawa district. ... in Helmand and Kandahar
# provinces": Helmand's Nawa). The table lists the candidates, never one alone.
SHARED_DISTRICTS: dict[str, tuple[str, ...]] = {
    "Arghandab": ("kandahar", "zabul"), "Khogyani": ("nangarhar", "ghazni"),
    "Khugiani": ("nangarhar", "ghazni"), "Muqur": ("ghazni", "badghis"),
    "Qarabagh": ("ghazni", "kabul", "kapisa"), "Qara Bagh": ("ghazni", "kabul", "kapisa"),
    "Sarobi": ("kabul", "paktika"), "Surobi": ("kabul", "paktika"),
    "Behsud": ("nangarhar", "wardak"), "Baharak": ("badakhshan", "takhar"),
    "Dawlatabad": ("balkh", "faryab"), "Jani Khel": ("paktya", "paktika"),
    "Jaghatu": ("ghazni", "wardak"), "Kohistan": ("kapisa", "faryab"),
    "Nawa": ("helmand", "ghazni"), "Reg*": ("helmand", "kandahar"),
    "Ghormach": ("badghis", "faryab"),
}
_SHARED_OF: dict[str, tuple[str, ...]] = {}
_SHARED_ALTERNATIVES: list[str] = []
for _name, _labels in sorted(SHARED_DISTRICTS.items(), key=lambda kv: -len(kv[0])):
    _group = f"s{len(_SHARED_ALTERNATIVES)}"
    _SHARED_OF[_group] = _labels
    _SHARED_ALTERNATIVES.append(f"(?P<{_group}>{_pattern(_name)})")
_SHARED = re.compile(r"(?<![\w'’-])(?:" + "|".join(_SHARED_ALTERNATIVES) + r")(?![\w'’-])")


def find_shared_districts(text: str) -> tuple[frozenset[str], ...]:
    """For each district ``text`` names that two provinces share, the provinces it may be in
    (labels as ``find_afghan_province``)."""
    return tuple(frozenset(_SHARED_OF[m.lastgroup or ""])
                 for m in _SHARED.finditer(_slugs_titled(text)))


# The district a shared name means when a text names neither province: one of the pair is the
# district the name stands for in news of the war, the other a remote namesake that a text
# places by its province ("Arghandab district, Zabul province"). Only names with so clear a
# first meaning are listed; the others stay undecided.
USUAL_SHARED_DISTRICTS: dict[str, str] = {
    "Arghandab": "kandahar", "Nawa": "helmand", "Khogyani": "nangarhar",
    "Khugiani": "nangarhar", "Sarobi": "kabul", "Surobi": "kabul",
}
_USUAL = re.compile(r"(?<![\w'’-])(?:" + "|".join(
    f"(?P<u{i}>{_pattern(name)})" for i, name in enumerate(USUAL_SHARED_DISTRICTS))
    + r")(?![\w'’-])")
_USUAL_OF = {f"u{i}": label for i, label in enumerate(USUAL_SHARED_DISTRICTS.values())}


def find_usual_shared_province(text: str) -> str | None:
    """The province the first shared district ``text`` names usually means
    (``USUAL_SHARED_DISTRICTS``), for a text that names no province to decide it."""
    m = _USUAL.search(_slugs_titled(text))
    return _USUAL_OF[m.lastgroup or ""] if m is not None else None
