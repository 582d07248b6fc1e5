"""The outlet registry: every provincial Party newspaper of the 63 pre-2025 provinces, the provincial Party
committee and people's committee portals, the provincial radio-TV stations, and the national outlets.

The outlets themselves are data, one row each in `outlets.csv` beside this module (kind, name, province, codes,
domains, source, note; a cell of several values separates them by "|"); how to add an outlet: add a row there,
nothing else changes. Its kinds:
- "provincial paper": the provincial Party committee's newspaper ("Báo <Tỉnh>", or its historic title such as
  "Báo Đồng Khởi" in Bến Tre, "Báo Ấp Bắc" in Tiền Giang), its web domain(s) as listed in the Ministry of
  Information's press register and in the papers' own mastheads, and the dateline codes the paper prints before a
  lead ("(BQN) -", "QNĐT -", "(Baohatinh.vn) -", "TTH.VN -"), as printed on the papers' sites. It is also written
  with a suffix in signatures ("Báo X điện tử", "Báo X Online": NAME_SUFFIXES).
- "provincial outlet": other outlets of a province that print their own code (Party committee sites of the large
  cities, the second city paper of Huế).
- "national outlet": the central Party, state, army, police, news-agency and broadcast outlets and the national
  dailies and magazines, with their dateline codes. A row's `source` says where its facts were read, when they
  were not in the first registry (public knowledge; no page of the development set was copied).
- "provincial station code": the code a provincial radio-TV station prints as its logo and signature ("HYTV" of
  Hưng Yên's station); the stations' names follow one scheme (RADIO_TV below).
A code that two rows print is left out of both (`AMBIGUOUS_CODES`): the shape rule still cuts it off the lead.
Party committee portals ("Trang thông tin điện tử Đảng bộ tỉnh X"), people's committee portals ("Cổng Thông tin
điện tử tỉnh X") and radio-TV stations ("Đài Phát thanh và Truyền hình X") follow one naming scheme nationwide and
are generated from the province list.

Each registry row (`rows()`): name (official), codes (dateline codes printed), domains, province (None: national),
aliases (other spellings of the name in signatures).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from flows.patterns.provinces import PROVINCES_BEFORE_2025

TABLE = Path(__file__).with_name("outlets.csv")
with open(TABLE, encoding="utf-8", newline="") as _file:
    TABLE_ROWS: list[dict[str, str]] = list(csv.DictReader(_file))


def _of_kind(kind: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    """(name, codes, domains, province) of the table's rows of one kind, in the table's order."""
    return [(row["name"], _values(row["codes"]), _values(row["domains"]), row["province"] or None)
            for row in TABLE_ROWS if row["kind"] == kind]


def _values(cell: str) -> tuple[str, ...]:
    """A cell of several values, separated by "|" (a code may hold a space: "HQ Online")."""
    return tuple(value.strip() for value in cell.split("|") if value.strip())


# province -> (paper name, dateline codes, domains).
PROVINCIAL_PAPERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    province: (name, codes, domains) for name, codes, domains, province in _of_kind("provincial paper")}
OTHER_PROVINCIAL_OUTLETS = _of_kind("provincial outlet")
NATIONAL_OUTLETS = [(name, codes, domains) for name, codes, domains, _ in _of_kind("national outlet")]
# province -> the codes its radio-TV station prints.
RADIO_TV_CODES: dict[str, tuple[str, ...]] = {
    province: codes for _, codes, _, province in _of_kind("provincial station code")}

# Publishers whose name a site prints as its banner above the article ("Ban Tuyên giáo Trung ương" over
# tuyengiao.vn). A banner line is page furniture; the name alone does not identify the outlet (articles name
# these bodies all the time), so it is not among the outlet spellings.
PUBLISHER_BANNERS = (
    "Ban Tuyên giáo Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Ủy ban Kiểm tra Trung ương",
    "Văn phòng Trung ương Đảng",
)


# Codes two registry rows print: they identify no outlet by themselves (the shape rule still cuts them).
def _ambiguous() -> frozenset[str]:
    seen: dict[str, int] = {}
    for _, codes, _ in PROVINCIAL_PAPERS.values():
        for c in codes:
            seen[c] = seen.get(c, 0) + 1
    for _, codes, *_ in (*OTHER_PROVINCIAL_OUTLETS, *NATIONAL_OUTLETS, *((None, c) for c in RADIO_TV_CODES.values())):
        for c in codes:
            seen[c] = seen.get(c, 0) + 1
    return frozenset(c for c, n in seen.items() if n > 1)


AMBIGUOUS_CODES = _ambiguous()

# Name schemes shared by every province (generated below).
PARTY_PORTAL = "Trang thông tin điện tử Đảng bộ {kind} {province}"
PEOPLES_COMMITTEE_PORTAL = "Cổng Thông tin điện tử {kind} {province}"
RADIO_TV = "Đài Phát thanh và Truyền hình {province}"
# The stations' names as pages print them: the two media joined by a dash or an ampersand ("Đài Phát thanh -
# Truyền hình Kon Tum", "Đài PT-TH Kon Tum", "Đài PT&TH Hậu Giang", "Đài PT & TH Quảng Ngãi").
RADIO_TV_SPELLINGS = ("Đài Phát thanh - Truyền hình {province}", "Đài PT-TH {province}", "Đài PTTH {province}",
                      "Đài PT&TH {province}", "Đài PT & TH {province}")
# Suffixes papers add to their name in signatures ("Báo Hưng Yên điện tử", "Báo Phú Yên Online").
NAME_SUFFIXES = ("điện tử", "Online", "online", "Điện tử")


def _kind(province: str) -> str:
    return "thành phố" if province in {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"} else "tỉnh"


def _short(province: str) -> str:
    return "Hồ Chí Minh" if province == "Thành phố Hồ Chí Minh" else province


def _portal_aliases(scheme: str, kind: str, province: str) -> list[str]:
    """A portal's name as pages print it, "thông tin điện tử" shortened ("Cổng TTĐT tỉnh Bắc Ninh"). (Not without
    the kind of unit: running text names "cổng thông tin điện tử Hà Nội" as a place where people write, and a
    name anywhere in the page is taken for the outlet.)"""
    name = scheme.format(kind=kind, province=province)
    return [name.replace("thông tin điện tử", "TTĐT").replace("Thông tin điện tử", "TTĐT")]


def rows() -> list[dict]:
    """Every registry row: name, codes, domains, province, aliases."""
    out = []
    for province, (name, codes, domains) in PROVINCIAL_PAPERS.items():
        aliases = [f"{name} {s}" for s in NAME_SUFFIXES]
        out.append({"name": name, "codes": codes, "domains": domains, "province": province, "aliases": aliases})
    for name, codes, domains, province in OTHER_PROVINCIAL_OUTLETS:
        out.append({"name": name, "codes": codes, "domains": domains, "province": province, "aliases": []})
    for province in PROVINCES_BEFORE_2025:
        short, kind = _short(province), _kind(province)
        if province == "Thành phố Hồ Chí Minh":
            kind = "thành phố"
        for scheme in (PARTY_PORTAL, PEOPLES_COMMITTEE_PORTAL):
            out.append({"name": scheme.format(kind=kind, province=short), "codes": (), "domains": (),
                        "province": province, "aliases": _portal_aliases(scheme, kind, short)})
        out.append({"name": RADIO_TV.format(province=short), "codes": RADIO_TV_CODES.get(province, ()), "domains": (),
                    "province": province, "aliases": [s.format(province=short) for s in RADIO_TV_SPELLINGS]})
    for name, codes, domains in NATIONAL_OUTLETS:
        out.append({"name": name, "codes": codes, "domains": domains, "province": None, "aliases": []})
    return out


def codes() -> dict[str, tuple[str, str | None]]:
    """Unambiguous dateline code -> (outlet name, province)."""
    return {c: (r["name"], r["province"]) for r in rows() for c in r["codes"] if c not in AMBIGUOUS_CODES}


def names() -> dict[str, str]:
    """Every spelling of an outlet's name, case-folded -> the official name."""
    out = {}
    for r in rows():
        for n in [r["name"], *r["aliases"]]:
            out[n.casefold()] = r["name"]
    return out


def short_names() -> frozenset[str]:
    """Outlet names without their kind, case-folded ("tuổi trẻ" of "Báo Tuổi Trẻ"): a credit "Viễn Sự - Tuổi Trẻ"
    names a writer and a source."""
    kinds = ("báo ", "tạp chí ", "đài ", "cổng thông tin điện tử ", "trang thông tin điện tử ")
    out = set()
    for name in names():
        for kind in kinds:
            if name.startswith(kind):
                out.add(name[len(kind):])
    return frozenset(out)


# A code this long or longer printed as a line of its own is the outlet's logo or signature ("HYTV", "vnews" closing
# the article); a shorter one ("TG", "HP") may be a writer's initials.
SIGNATURE_CODE_MIN_CHARS = 3
# Codes that sign for someone else as a line of their own: "BBT" (Ban Biên tập, the editorial board).
NOT_SIGNATURE_CODES = ("BBT",)


def signature_codes() -> dict[str, str]:
    """Codes that name their outlet as a line of their own -> the outlet's official name: unambiguous, of
    SIGNATURE_CODE_MIN_CHARS or more, case-folded ("vnews"); a code that spells a Vietnamese syllable ("CAO", "cao"
    is a word) only as printed."""
    from flows.patterns import syllables
    syllable = re.compile(rf"^{syllables.syllable_pattern()}$")
    return {(c if syllable.match(c.casefold()) else c.casefold()): name for c, (name, _) in codes().items()
            if len(c) >= SIGNATURE_CODE_MIN_CHARS and c not in NOT_SIGNATURE_CODES}


def mastheads() -> list[str]:
    """Lines that are a site's banner, case-folded: every outlet spelling and the publishers' banners."""
    return sorted(set(names()) | {b.casefold() for b in PUBLISHER_BANNERS})


def provinces() -> dict[str, str | None]:
    """Official outlet name -> its province (None: national)."""
    return {r["name"]: r["province"] for r in rows()}
