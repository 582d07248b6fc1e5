"""Districts (huyện, quận, thị xã, provincial cities) and the province each belongs to, from the General Statistics
Office's list of administrative units as the `vietnam-provinces` library packages it (its release 0.6.0: the units
before the 2025 reorganisation, when articles named districts). A district's name that two provinces share
locates nothing and is left out. So are the communes, wards and towns (xã, phường, thị trấn) of the same list: a
commune's name in one province alone locates a text that names no province nor district ("Đảng ủy phường Mễ Trì")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from flows.patterns import alternation
from flows.patterns.letters import LETTER, LOWER, TONE_PLACEMENT, UPPER
from flows.patterns.provinces import MENTIONS

# The words that say a district follows, and a district's Party committee ("huyện ủy Núi Thành"); and a district's
# seat, a town that bears its name ("thị trấn Thạch Hà", "thị trấn Trần Văn Thời").
# (The kinds of district, as a title's place word says them: "Chủ tịch UBND huyện", "... thành phố".)
DISTRICT_KINDS = ("huyện", "quận", "thị xã", "thành phố")
# ... and the kind of district each word says: two districts of one name in two provinces are often of two kinds
# ("thị xã Sơn Tây", Hà Nội; "huyện Sơn Tây", Quảng Ngãi). (A town's seat, "thị trấn", says none.)
_KIND_OF_DISTRICT_WORD = {"huyện ủy": "huyện", "huyện uỷ": "huyện", "quận ủy": "quận", "quận uỷ": "quận",
                          "thị ủy": "thị xã", "thị uỷ": "thị xã", "thành ủy": "thành phố", "thành uỷ": "thành phố", "tp.": "thành phố",
                          "tp": "thành phố", **{kind: kind for kind in DISTRICT_KINDS}}
DISTRICT_WORDS = (*_KIND_OF_DISTRICT_WORD, "thị trấn")
# ... and a district's Youth Union ("Huyện đoàn Thạch An", "Quận Đoàn Tân Phú"), in the spellings its name takes
# only: "huyện Đoàn Thanh Sơn" is a district's officer, Đoàn a surname.
_YOUTH_UNIONS = {"huyện đoàn": "huyện", "quận đoàn": "quận", "thị đoàn": "thị xã", "thành đoàn": "thành phố"}
YOUTH_UNION_WORDS = tuple(spelling for word in _YOUTH_UNIONS
                          for spelling in (word, word.capitalize(), word.title(), word.upper()))
KIND_OF_WORD = {**_KIND_OF_DISTRICT_WORD, **_YOUTH_UNIONS}
# Districts whose kind changed, named by their former kind on older pages: their former (kind, name) is shared with
# the district of another province that has that kind now ("huyện Phong Điền": Cần Thơ's, and Huế's until 2025;
# "huyện Tân Uyên": Lai Châu's, and Bình Dương's until 2013; "huyện Phước Long": Bạc Liêu's, and Bình Phước's until
# 2009; "huyện Tân Châu": Tây Ninh's, and An Giang's until 2009), so it locates nothing.
FORMER_KINDS = (("huyện", "Phong Điền"), ("huyện", "Tân Uyên"), ("huyện", "Phước Long"), ("huyện", "Tân Châu"))
# A district named after its word: one to three capitalised words on the same line ("huyện Nam Giang", "thị xã Hương
# Thủy"; a title that ends "... tại huyện Na Hang" does not go on into the lead's first word). Groups: the word (its
# kind, lower-cased, in KIND_OF_WORD) and the name.
# (A hyphen joins two words into one of the name's: "thành phố Phan Rang-Tháp Chàm".)
_NAME_WORD = rf"{UPPER}{LOWER}*(?:-{UPPER}{LOWER}*)?"
DISTRICT_MENTION = (rf"(?:^|[^{LETTER}])(?P<word>{alternation(YOUTH_UNION_WORDS)}|(?i:{alternation(DISTRICT_WORDS)}))"
                    rf"[^\S\n]*"
                    rf"(?P<name>{_NAME_WORD}(?:[^\S\n]{_NAME_WORD}){{0,2}})")
# ... and the numbered districts, one city's ("Quận 5", "quận 10": Hồ Chí Minh City numbers them): only after
# "quận" ("toàn huyện 12 xã" names none). (No \b: the character after the number is read instead.)
# Nor after a count: "12 quận 2 huyện" are districts counted.
NUMBERED_DISTRICT_MENTION = rf"(?:^\s*|[^{LETTER}\d\s]\s*|{LETTER}\s+)(?P<word>(?i:quận))[^\S\n]*(?P<name>\d{{1,2}})(?:[^\d{LETTER}]|$)"
NUMBERED_KIND_OF_WORD = {"quận": "quận"}
# ... "Q." abbreviates "quận" before a number no quarter has ("LĐLĐ Q.11", "Q.5", "Q. 10": some twenty pages of the
# corpus and the batches); "Q.1/2024", "Q. 2" are as often a year's quarter, "Q.Vinh" a name's initial: none.
# (Read as "quận" before the rule above reads the text.)
ABBREVIATED_NUMBERED_DISTRICT = rf"(^|[^{LETTER}\d.])Q\.[^\S\n]?([5-9]|1[0-2])(\D|$)"
SPELLED_NUMBERED_DISTRICT = "${1}quận ${2}${3}"
# How many words a district's name has at most (the mention's words are tried from the longest).
MAX_NAME_WORDS = 3
_TYPE_WORDS = ("Thành phố ", "Thị xã ", "Huyện ", "Quận ", "Tỉnh ")
# The words that say a commune, a ward or a town follows, as the library's names begin ("Xã Hoằng Xuân", "Phường Mễ
# Trì", "Thị trấn Nam Căn"); a commune named after its word as a district is (DISTRICT_MENTION).
COMMUNE_KINDS = ("xã", "phường", "thị trấn")
# ... but "bà xã", "ông xã" are a wife and a husband, in speech ("bà xã Việt Anh"), and "thị xã" a town of a
# district's rank (DISTRICT_MENTION): no commune's word. (Removed before the commune rule reads the text.)
NOT_A_COMMUNE_WORD = rf"(?i)(?:^|[^{LETTER}])(?:bà|ông|thị)\s+xã(?:[^{LETTER}]|$)"
# (A commune's name may end in a number: "xã Quế Xuân 1", "xã Quế Xuân 2".)
COMMUNE_MENTION = (rf"(?:^|[^{LETTER}])(?P<word>(?i:{alternation(COMMUNE_KINDS)}))[^\S\n]*"
                   rf"(?P<name>{_NAME_WORD}(?:[^\S\n]{_NAME_WORD}){{0,2}}(?:[^\S\n]\d{{1,2}})?)")

# Numbered districts merged away before the library's list, and their province ("Quận 2", "Quận 9": Hồ Chí Minh
# City's, into Thủ Đức city in 2021).
FORMER_NUMBERED_DISTRICTS = {"2": "Thành phố Hồ Chí Minh", "9": "Thành phố Hồ Chí Minh"}
# A name's tone marks in either placement (letters.TONE_PLACEMENT, at a syllable's end): the list writes "Hoà An",
# most pages "Hòa An". (Python's re: the lookups are built once, from the library's names.)
_NEW_AT_END = re.compile(rf"({'|'.join(TONE_PLACEMENT)})\b")
_TRADITIONAL_AT_END = re.compile(rf"({'|'.join(TONE_PLACEMENT.values())})\b")
_NEW_OF = {traditional: new for new, traditional in TONE_PLACEMENT.items()}


def _spellings(name: str) -> set[str]:
    """The name as the list writes it and with its tone marks in the other placement ("Hoà An", "Hòa An")."""
    return {name, _NEW_AT_END.sub(lambda found: TONE_PLACEMENT[found[1]], name),
            _TRADITIONAL_AT_END.sub(lambda found: _NEW_OF[found[1]], name)}


def _without_type(name: str) -> str:
    for word in _TYPE_WORDS:
        if name.startswith(word):
            return name[len(word):]
    return name


def _province_name(official: str) -> str:
    """The library's provincial unit ("Tỉnh Hoà Bình", "Thành phố Hồ Chí Minh") under this project's name."""
    if official == "Thành phố Hồ Chí Minh":
        return official
    return MENTIONS[_without_type(official)]


@cache
def _units() -> list[dict]:
    """The library's provinces, each with its districts."""
    return json.loads(resources.files("vietnam_provinces").joinpath("data", "nested-divisions.json").read_text(
        encoding="utf-8"))


def _located(entries: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(key, province) pairs -> the keys one province has, each with that province; a key also in its tone marks'
    other placement (`_spellings`) where the list has no such key: "Hòa An" finds the list's "Hoà An", while "Ngọc
    Hòa" stays Hà Nội's though another province has a "Ngọc Hoà"."""
    listed: dict[str, set[str]] = {}
    for key, province in entries:
        listed.setdefault(key, set()).add(province)
    respelled: dict[str, set[str]] = {}
    for key, provinces in listed.items():
        # (Membership key by key: a set minus the dict's keys would copy them all, for every key.)
        for spelling in (spelling for spelling in _spellings(key) if spelling not in listed):
            respelled.setdefault(spelling, set()).update(provinces)
    return {key: next(iter(found)) for key, found in {**respelled, **listed}.items() if len(found) == 1}


def _districts() -> Iterator[tuple[str, str, str]]:
    """(kind, name, province) of every district of the list ("huyện", "Nam Giang", "Quảng Nam")."""
    for province in _units():
        for district in province["districts"]:
            name = _without_type(district["name"])
            yield district["name"][:len(district["name"]) - len(name)].strip().lower(), name, _province_name(
                province["name"])


@cache
def district_provinces() -> dict[str, str]:
    """A district's name (without its type word) -> its province, for the names only one province has."""
    return _located((name, province) for _, name, province in _districts())


@cache
def district_provinces_by_kind() -> dict[str, str]:
    """"kind name" ("thị xã Sơn Tây") -> its province, for the names that several provinces share but only one
    with that kind of district."""
    unique = district_provinces()
    former = {spelling for kind, name in FORMER_KINDS for spelling in _spellings(f"{kind} {name}")}
    return {key: province for key, province in _located(
        (f"{kind} {name}", province) for kind, name, province in _districts() if name not in unique).items()
        if key not in former}


@cache
def district_names() -> frozenset[str]:
    """Every district's name without its type word, those that several provinces share included ("Vũ Quang",
    "Bình Chánh", "Châu Thành"), in both placements of their tone marks."""
    return frozenset(spelling for _, name, _ in _districts() for spelling in _spellings(name))


# A commune's kind as pages wrote it before it was raised (a commune became a town or a ward, a town a ward): "xã
# Hóa Thượng" is the list's "thị trấn Hóa Thượng". Never the other way: a new ward named as a commune elsewhere is.
FORMER_COMMUNE_KINDS = {"thị trấn": ("xã",), "phường": ("xã", "thị trấn")}


@cache
def commune_provinces() -> dict[str, str]:
    """"kind name" ("phường Mễ Trì") -> its province, for the communes, wards and towns (COMMUNE_KINDS) whose kind
    and name only one province has; and a raised commune under its former kind (FORMER_COMMUNE_KINDS) where no unit
    has that kind and name, the name is no district's, and one province alone has a unit it could be."""
    communes = [(kind, commune["name"][len(kind) + 1:], _province_name(province["name"]))
                for province in _units() for district in province["districts"] for commune in district["wards"]
                for kind in COMMUNE_KINDS if commune["name"].lower().startswith(kind + " ")]
    listed = {f"{kind} {name}" for kind, name, _ in communes}
    former = [(f"{old} {name}", province) for kind, name, province in communes
              for old in FORMER_COMMUNE_KINDS.get(kind, ()) if f"{old} {name}" not in listed
              and name not in district_names()]
    located = _located((f"{kind} {name}", province) for kind, name, province in communes)
    return {**_located(former), **located}


@cache
def numbered_district_provinces() -> dict[str, str]:
    """A numbered district's number ("5" of "Quận 5") -> its province, for the numbers only one province has."""
    provinces_of: dict[str, set[str]] = {}
    for province in _units():
        for district in province["districts"]:
            name = _without_type(district["name"])
            if name.isdigit():
                provinces_of.setdefault(name, set()).add(_province_name(province["name"]))
    for name, former_province in FORMER_NUMBERED_DISTRICTS.items():
        provinces_of.setdefault(name, set()).add(former_province)
    return {name: next(iter(found)) for name, found in provinces_of.items() if len(found) == 1}
