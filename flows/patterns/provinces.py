"""Provinces and centrally-run cities, with the 2025 reorganisation as dated validity.

Until 30 June 2025 Vietnam had 63 provincial units; from 1 July 2025 (Resolution 202/2025/QH15) 34: eleven
kept as they were and 52 merged into 23. `MERGED_INTO` maps each unit that ceased to exist to the one it joined.
`ALIASES` are other spellings found in articles. "Hồ Chí Minh" alone is usually the person (tư tưởng Hồ Chí
Minh), so the city is matched only with its prefix ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM").
"""

from datetime import date

import polars as pl

from flows.patterns import alternation

REORGANISED_ON = date(2025, 7, 1)

PROVINCES_BEFORE_2025 = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thành phố Hồ Chí Minh", "Thừa Thiên Huế", "Tiền Giang",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)

MERGED_INTO = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên", "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh", "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa", "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng", "Phú Yên": "Đắk Lắk", "Bình Dương": "Thành phố Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Thành phố Hồ Chí Minh", "Bình Phước": "Đồng Nai", "Long An": "Tây Ninh",
    "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp", "Bạc Liêu": "Cà Mau", "Kiên Giang": "An Giang",
}
# Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025.
RENAMED = {"Thừa Thiên Huế": ("Huế", date(2025, 1, 1))}
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ", "Huế"}

ALIASES = {
    "TP Hồ Chí Minh": "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh": "Thành phố Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Thành phố Hồ Chí Minh", "TP.HCM": "Thành phố Hồ Chí Minh", "TPHCM": "Thành phố Hồ Chí Minh",
    "TP HCM": "Thành phố Hồ Chí Minh", "TP. HCM": "Thành phố Hồ Chí Minh", "Sài Gòn": "Thành phố Hồ Chí Minh",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Thanh Hoá": "Thanh Hóa", "Khánh Hoà": "Khánh Hòa", "Hoà Bình": "Hòa Bình", "Đắc Lắc": "Đắk Lắk",
    "Đăk Lăk": "Đắk Lắk", "Đắk Lắc": "Đắk Lắk", "Đăk Nông": "Đắk Nông", "Kontum": "Kon Tum", "Bắc Cạn": "Bắc Kạn",
    "Thừa Thiên - Huế": "Thừa Thiên Huế", "Thừa Thiên-Huế": "Thừa Thiên Huế",
    # "Tp" for "thành phố" as many pages write it.
    "Tp.HCM": "Thành phố Hồ Chí Minh", "Tp. HCM": "Thành phố Hồ Chí Minh", "Tp HCM": "Thành phố Hồ Chí Minh",
    "Tp.Hồ Chí Minh": "Thành phố Hồ Chí Minh", "Tp. Hồ Chí Minh": "Thành phố Hồ Chí Minh",
    "Tp Hồ Chí Minh": "Thành phố Hồ Chí Minh",
    # The press's abbreviations of the two names written with a dash ("Hội VHNT tỉnh BRVT", "Hội Đông y TT-Huế"; not "TT
# Huế" with a space: "CNTT Huế", information technology).
    "BRVT": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu", "BR - VT": "Bà Rịa - Vũng Tàu",
    "TT-Huế": "Thừa Thiên Huế", "TT. Huế": "Thừa Thiên Huế",
}
# Other names of a unit that are also part of bodies' own names ("Trường Đại học Sài Gòn", "Báo Sài Gòn Giải
# phóng"): a body's name keeps them as written.
NICKNAMES = ("Sài Gòn",)
# Names matched in text: every unit, its aliases, and Huế; never "Hồ Chí Minh" alone.
_ALL_UNITS = set(PROVINCES_BEFORE_2025) | {"Huế"}


def mention_names() -> dict[str, str]:
    """Every spelling to look for in text -> the canonical unit name."""
    names = {name: name for name in _ALL_UNITS if name != "Thành phố Hồ Chí Minh"}
    names["Thành phố Hồ Chí Minh"] = "Thành phố Hồ Chí Minh"
    names["thành phố Hồ Chí Minh"] = "Thành phố Hồ Chí Minh"  # as running text writes it ("Đảng bộ thành phố ...")
    names.update(ALIASES)
    # A heading or a letterhead in capitals names them too ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH").
    names.update({spelling.upper(): unit for spelling, unit in list(names.items()) if len(spelling) > 4})
    return names


# The one province lookup of the project: every spelling to look for -> its unit, and the spellings longest first
# (a longer name wins over its prefix). Used by normalise (an article's province) and extract (provinces named,
# bodies' places, persons' names).
MENTIONS = mention_names()
MENTION_SPELLINGS = sorted(MENTIONS, key=len, reverse=True)


# A spelling names the place only as words of its own, not inside longer words: "Đội TNTP Hồ Chí Minh" (the Young
# Pioneers, on every school's page) holds "TP Hồ Chí Minh", the given name "Long Anh" holds "Long An", an outlet's
# code "PLTPHCM" holds "TPHCM". So a match starts after no capital letter or mark (a small letter or a figure glued
# before a capitalised spelling is a glued word's end: "UBND tỉnhQuảng Nam", "05/03/2024Hà Nội"), and a letter right
# after it makes it part of a longer word: the regex takes that letter too, and the match then is no spelling.
_LETTER = r"\p{L}\p{M}"
# Names that hold a province's and are none: the Pacific ("Thái Bình Dương"), the victory of 1954 told in small
# letters and the streets named after it ("Sau chiến thắng Điện Biên Phủ", "đường Điện Biên Phủ": a history of a Bắc
# Giang district's hospital named Điện Biên; two pages of the corpus), looked for with the spellings (the longer wins)
# and dropped. (The city, "thành phố Điện Biên Phủ", and the places named in capitals after the victory, "Tượng đài
# Chiến thắng Điện Biên Phủ", "Bảo tàng ...", stay the province's.)
_VICTORY = ("chiến thắng", "đường", "Đường")
NOT_PLACES = ("Thái Bình Dương", "THÁI BÌNH DƯƠNG", *(f"{word} Điện Biên Phủ" for word in _VICTORY))
_WORDED_MENTION = rf"(?:^|[^\p{{Lu}}\p{{M}}])(?:{alternation((*MENTION_SPELLINGS, *NOT_PLACES))})[{_LETTER}]?"


def spellings_in(text: pl.Expr) -> pl.Expr:
    """Every spelling of a province the text names as words of its own, in order (a list)."""
    # (A match holds the character before the spelling, unless it opens the text.)
    match = pl.element()
    spelling = pl.when(match.is_in(MENTION_SPELLINGS)).then(match).otherwise(match.str.slice(1))
    return text.str.extract_all(_WORDED_MENTION).list.eval(spelling.filter(spelling.is_in(MENTION_SPELLINGS)))


def unit(spelling: pl.Expr) -> pl.Expr:
    """The canonical unit of a spelling (null for null)."""
    return spelling.replace_strict(MENTIONS, default=None, return_dtype=pl.String)


def first_named(text: pl.Expr) -> pl.Expr:
    """The province the text names first (official name), or null."""
    return unit(spellings_in(text).list.first())


def units() -> list[dict]:
    """Every provincial unit with its validity: the 63 before, the 34 after the 2025 reorganisation."""
    rows = []
    for name in PROVINCES_BEFORE_2025:
        if name in MERGED_INTO:
            successor, valid_to = MERGED_INTO[name], REORGANISED_ON
        elif name in RENAMED:
            successor, valid_to = RENAMED[name]
        else:
            successor = valid_to = None
        kind = "city" if name in CITIES else "province"
        rows.append({"province_name": name, "kind": kind, "valid_from": None, "valid_to": valid_to,
                     "successor": successor})
    for new_name, since in RENAMED.values():
        rows.append({"province_name": new_name, "kind": "city", "valid_from": since, "valid_to": None,
                     "successor": None})
    return rows
