"""The rules that give a body one name (applied by flows/extract/canonical.py): its canonical spelling and key, its
kind and level, and the place a bare local body needs. The tables they read are in patterns/organizations.py
("canonical names") and patterns/provinces.py."""

import re

from flows.patterns import alternation
from flows.patterns import organizations as o
from flows.patterns import provinces as gazetteer
from flows.patterns.letters import LETTER, TONE_PLACEMENT, UPPER
from flows.patterns.persons import SURNAMES


def _domain_spellings() -> dict[str, str]:
    """Every spelling of a domain -> its official spelling (the first listed with the same words), longest first."""
    def words(domain: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"[,\-–&]|\svà\s", " ", domain.lower())).strip()
    official: dict[str, str] = {}
    for domain in o.DOMAINS:
        official.setdefault(words(domain), domain)
    return {d: official[words(d)] for d in sorted(o.DOMAINS, key=len, reverse=True)}


DOMAIN_SPELLINGS = _domain_spellings()

# --- spelling ---------------------------------------------------------------------------------------------------
# "Thành phố.Vinh": the city word and the name apart.
CITY_WORD_DOT = rf"(Thành phố|thành phố)\.\s*({UPPER})"
# Tone marks the traditional way, only at the end of a syllable: "hoá" -> "hóa", but "hoàng" keeps its mark
# ((pattern, replacement) pairs, applied in order).
TONE_RESPELLINGS = tuple(
    pair
    for new, old in TONE_PLACEMENT.items()
    for pair in ((rf"{new}([^{LETTER}]|$)", f"{old}${{1}}"),
                 (rf"{new.capitalize()}([^{LETTER}]|$)", f"{old.capitalize()}${{1}}"))
)
# "Bộ Ngoại giao Việt Nam" is "Bộ Ngoại giao".
_NATIONAL = [head for kind_ in o.NATIONAL_SUFFIX_KINDS for head in o.KINDS[kind_]]
NATIONAL_SUFFIX_AFTER_HEAD = rf"^((?:{alternation(_NATIONAL)})(?:\s.*?)?){o.NATIONAL_SUFFIX}$"
# "Công an Huyện Cẩm Thủy": a word for a place before the place's name is written in lower case (abbreviations
# spelled out: "Q. 1" -> "quận 1").
PLACE_WORD_RESPELLINGS = tuple((rf"(^|\s){re.escape(short)}\s*({UPPER}|\d)", f"${{1}}{word} ${{2}}")
                               for short, word in o.PLACE_WORD_ABBREVIATIONS.items())
# "Bộ tài chính": a ministry's or department's domain in its own spelling.
DOMAIN_SHORT_FORM_RESPELLINGS = tuple(
    (rf"^(Bộ|Sở)\s+{re.escape(short)}(\s+(?:{alternation(list(gazetteer.MENTIONS))}|tỉnh\s.*|Thành phố\s.*|thành phố\s.*))?$",
     f"${{1}} {full}${{2}}")
    for short, full in o.DOMAIN_SHORT_FORMS.items())
DOMAIN_RESPELLINGS = tuple((rf"^(Bộ|Sở)\s+{o.domain_regex(domain, any_case=True)}(\s|$)", f"${{1}} {official}${{2}}")
                           for domain, official in DOMAIN_SPELLINGS.items())
PLACE_WORD_MISSPELLING_FIXES = tuple((rf"(\s){wrong}(\s+{UPPER})", f"${{1}}{right}${{2}}")
                                     for wrong, right in o.PLACE_WORD_MISSPELLINGS.items())
PLACE_WORDS_IN_LOWER_CASE = tuple((rf"(\s){word.capitalize()}(\s+(?:{UPPER}|\d))", f"${{1}}{word}${{2}}")
                                  for word in o.PLACE_WORDS_IN_NAMES)
# "Sở GD&ĐT", "Bộ NN-PTNT": the domain in full (the abbreviation's letters, joined by "&", "-", "," or "và").
DOMAIN_ABBREVIATION = rf"^(?P<head>Bộ|Sở)\s+(?P<token>{UPPER}+(?:\s*(?:[&\-–,]|và)\s*{UPPER}+)*)(?P<rest>\s.*)?$"
DOMAIN_ABBREVIATION_JOINER = r"\s*(?:[&\-–,]|và)\s*"
# "Thành phố Thành phố Hồ Chí Minh" once.
DOUBLED_CITY_WORD = r"(?i)thành phố\s+(Thành phố Hồ Chí Minh)"

# --- key --------------------------------------------------------------------------------------------------------
# "Ủy ban nhân dân Hà Nội" is "Ủy ban nhân dân Thành phố Hà Nội": a centrally-run city with or without its word.
_CITIES = alternation([c.lower() for c in gazetteer.CITIES if not c.startswith("Thành phố")])
CITY_WORD_BEFORE_CITY = rf"thành phố\s+({_CITIES})"
# "và" between the words of a domain: "Tài nguyên Môi trường" = "Tài nguyên và Môi trường".
AND_WORDS = r"\s(?:và\s)+"

# --- kind and level ---------------------------------------------------------------------------------------------
HEAD_KINDS = {head: kind_ for kind_, group in o.KINDS.items() for head in group}
KIND_HEAD = rf"^((?i:{alternation(list(HEAD_KINDS))}))(?:[^{LETTER}]|$)"
# A Party board of no Party committee has no kind ("Ban Tổ chức" of a company).
PARTY_BOARD = rf"^(?:{alternation(o.PARTY_BOARDS)})\s"
PARTY_BOARD_OF_PARTY = rf"^(?:{alternation(o.PARTY_BOARDS)})\s+(?:{alternation(o.PARTY_BOARD_OF)})"
# ("thị xã" is a district's word: its "xã" says nothing of a commune.)
TOWN_WORD = r"(?i:thị xã)"
# A level word of the name: (level, pattern), the first listed last (it wins).
LEVEL_SAID = tuple(
    (level_, rf"(?:^|[^{LETTER}_])(?:{alternation([w.replace('thị xã', 'thị_xã') for w in words])})(?:[^{LETTER}_]|$)")
    for level_, words in reversed(o.LEVEL_WORDS))
# "Thành phố" is a province only for the centrally-run cities ("Thành phố Rạch Giá" is a district's level).
CITY_NAMED = rf"(?i:thành phố)\s+({UPPER}[{LETTER}]*(?:\s+{UPPER}[{LETTER}]*){{0,3}})"
DISTRICT_WORD = rf"(?:^|[^{LETTER}])(?:{alternation(list(o.LEVEL_WORDS[1][1] + o.LEVEL_WORDS[0][1]))})(?:[^{LETTER}]|$)"
PROVINCE_WORD = r"(?:^|\s)(?:tỉnh|Tỉnh ủy)(?:\s|$)"

# --- places of bare bodies --------------------------------------------------------------------------------------
# Level words are matched without regard to case ("Công an Quận"); "Thành phố" / "thành phố" keep theirs.
_LOWER_ENDINGS = [e for e in o.BARE_ENDINGS if e[0].islower() and e != "thành phố"]
BARE = (rf"(?:^|\s)(?P<ending>(?i:{alternation(_LOWER_ENDINGS)})|"
        rf"{alternation([e for e in o.BARE_ENDINGS if e not in _LOWER_ENDINGS])})$")
ANY_LEVEL_WORD = rf"(?:^|\s)(?:{alternation(list(o.BARE_ENDINGS))})(?:\s|$)"
# "huyện Thạch Hà", "quận Hoàn Kiếm", "quận 1", "phường 7", per level. The number ends at an ASCII word boundary: a
# Unicode one sends the regex engine to its slow path on Vietnamese text (20x here); they differ only when a
# letter with a diacritic is glued to the number.
NAMED_PLACE = {
    level_: (rf"(?:^|[^{LETTER}])(?:(?i:{alternation(list(prefixes))})\s+(?:[0-9]{{1,2}}(?-u:\b)"
             rf"|{UPPER}[{LETTER}]*(?:\s+{UPPER}[{LETTER}]*){{0,2}}))")
    for level_, prefixes in o.PLACE_PREFIXES.items()
}
# The committee's word after a place's ("Huyện Ủy Nam Đàn", "Quận Ủy viên"): the committee of the place after it, if any.
COMMITTEE_AFTER_PLACE_WORD = r"^(\S+)\s+(?:Ủy|Uỷ)(?:\s+|$)"
# ("thành phố Nguyễn Văn Sửu": a person after a word for a place, not a place.)
PERSON_AFTER_PLACE_WORD = rf"^\S+(?:\s\S+)?\s+(?:{alternation(SURNAMES)})\s+(?:Văn|Thị)\s"
# "Sở Y tế" with no place in its name: a department of the article's province.
PROVINCIAL_HEAD = rf"^(?:{alternation(list(o.PROVINCIAL_HEADS))})\s"
# A place's prefix, in either case ("huyện Thạch Hà", "Huyện Thạch Hà" -> "Thạch Hà").
PLACE_PREFIX = rf"^(?i:{alternation([p for ps in o.PLACE_PREFIXES.values() for p in ps])})\s+"
