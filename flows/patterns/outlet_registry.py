"""The outlet registry: every provincial Party newspaper of the 63 pre-2025 provinces, the provincial Party
committee and people's committee portals, the provincial radio-TV stations, and the national outlets.

Where the data comes from (public knowledge, no page of the development set was copied):
- `PROVINCIAL_PAPERS`: the provincial Party committee's newspaper ("Báo <Tỉnh>", or its historic title such as
  "Báo Đồng Khởi" in Bến Tre, "Báo Ấp Bắc" in Tiền Giang, "Báo Điện Biên Phủ", "Báo Hà Nội Mới", "Báo Sài
  Gòn Giải Phóng"), its web domain(s) as listed in the Ministry of Information's press register and in
  the papers' own mastheads, and the dateline code the paper prints before a lead ("(BQN) -", "QNĐT -",
  "LCĐT -", "HBĐT -", "(Baohatinh.vn) -", "TTH.VN -"), as printed on the papers' sites. A code that two
  papers use is left out of both (see `AMBIGUOUS_CODES`): the shape rule still cuts it off the lead.
- Party committee portals ("Trang thông tin điện tử Đảng bộ tỉnh X", <slug>.dcs.vn), people's committee
  portals ("Cổng Thông tin điện tử tỉnh X", <slug>.gov.vn) and radio-TV stations ("Đài Phát thanh và Truyền
  hình X") follow one naming scheme nationwide and are generated from the province list below.
- `NATIONAL_OUTLETS`: the central Party, state, army, police, news-agency and broadcast outlets and the large
  national dailies, with their common dateline codes.

Each registry row: name (official), codes (dateline codes printed), domains, province (None: national),
aliases (other spellings of the name in signatures: "Báo X điện tử", "Báo X Online").
How to add an outlet: add a row here (name, codes, domains, province); nothing else changes.
"""

from __future__ import annotations

import re

from flows.patterns.provinces import PROVINCES_BEFORE_2025

# province -> (paper name, dateline codes, domains). Codes are the ones printed before the lead.
PROVINCIAL_PAPERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "An Giang": ("Báo An Giang", ("AGO",), ("baoangiang.com.vn",)),
    "Bà Rịa - Vũng Tàu": ("Báo Bà Rịa - Vũng Tàu", ("BR-VT", "BRVT"), ("baobariavungtau.com.vn",)),
    "Bạc Liêu": ("Báo Bạc Liêu", ("BBL",), ("baobaclieu.vn",)),
    "Bắc Giang": ("Báo Bắc Giang", ("BGĐT", "BBG"), ("baobacgiang.vn", "baobacgiang.com.vn")),
    "Bắc Kạn": ("Báo Bắc Kạn", ("BBK",), ("baobackan.vn", "baobackan.org.vn")),
    "Bắc Ninh": ("Báo Bắc Ninh", ("BBNĐT", "BBN"), ("baobacninh.vn", "baobacninh.com.vn")),
    "Bến Tre": ("Báo Đồng Khởi", ("ĐK", "BĐK"), ("baodongkhoi.vn",)),
    "Bình Dương": ("Báo Bình Dương", ("BDO",), ("baobinhduong.vn",)),
    "Bình Định": ("Báo Bình Định", ("BBĐ",), ("baobinhdinh.vn", "baobinhdinh.com.vn")),
    "Bình Phước": ("Báo Bình Phước", ("BBP", "BPO"), ("baobinhphuoc.com.vn",)),
    "Bình Thuận": ("Báo Bình Thuận", ("BBT", "BTO"), ("baobinhthuan.com.vn",)),
    "Cà Mau": ("Báo Cà Mau", ("CMO",), ("baocamau.vn", "baocamau.com.vn")),
    "Cao Bằng": ("Báo Cao Bằng", ("BCB", "CBĐT"), ("baocaobang.vn",)),
    "Cần Thơ": ("Báo Cần Thơ", ("CTO",), ("baocantho.com.vn",)),
    "Đà Nẵng": ("Báo Đà Nẵng", ("ĐNĐT", "BĐN"), ("baodanang.vn",)),
    "Đắk Lắk": ("Báo Đắk Lắk", ("ĐLO", "BĐL"), ("baodaklak.vn",)),
    "Đắk Nông": ("Báo Đắk Nông", ("ĐNO", "BĐN"), ("baodaknong.vn", "baodaknong.org.vn")),
    "Điện Biên": ("Báo Điện Biên Phủ", ("ĐBP",), ("baodienbienphu.com.vn", "baodienbienphu.info.vn")),
    "Đồng Nai": ("Báo Đồng Nai", ("ĐN", "BĐN"), ("baodongnai.com.vn",)),
    "Đồng Tháp": ("Báo Đồng Tháp", ("BĐT",), ("baodongthap.vn", "baodongthap.com.vn")),
    "Gia Lai": ("Báo Gia Lai", ("GLO",), ("baogialai.com.vn",)),
    "Hà Giang": ("Báo Hà Giang", ("BHG",), ("baohagiang.vn",)),
    "Hà Nam": ("Báo Hà Nam", ("BHN", "HNO"), ("baohanam.com.vn",)),
    "Hà Nội": ("Báo Hà Nội Mới", ("HNM", "HNMO"), ("hanoimoi.vn", "hanoimoi.com.vn")),
    "Hà Tĩnh": ("Báo Hà Tĩnh", ("Baohatinh.vn", "BHT"), ("baohatinh.vn",)),
    "Hải Dương": ("Báo Hải Dương", ("BHD", "HDO"), ("baohaiduong.vn",)),
    "Hải Phòng": ("Báo Hải Phòng", ("BHP", "HP"), ("baohaiphong.vn", "baohaiphong.com.vn")),
    "Hậu Giang": ("Báo Hậu Giang", ("HGO", "BHG"), ("baohaugiang.com.vn",)),
    "Hòa Bình": ("Báo Hòa Bình", ("HBĐT",), ("baohoabinh.com.vn",)),
    "Hưng Yên": ("Báo Hưng Yên", ("BHY", "HYĐT"), ("baohungyen.vn",)),
    "Khánh Hòa": ("Báo Khánh Hòa", ("BKH", "KHO"), ("baokhanhhoa.vn",)),
    "Kiên Giang": ("Báo Kiên Giang", ("KGO",), ("baokiengiang.vn",)),
    "Kon Tum": ("Báo Kon Tum", ("BKT", "KTO"), ("baokontum.com.vn",)),
    "Lai Châu": ("Báo Lai Châu", ("BLC",), ("baolaichau.vn",)),
    "Lạng Sơn": ("Báo Lạng Sơn", ("LSO", "BLS"), ("baolangson.vn",)),
    "Lào Cai": ("Báo Lào Cai", ("LCĐT", "BLC"), ("baolaocai.vn",)),
    "Lâm Đồng": ("Báo Lâm Đồng", ("LĐO", "BLĐ"), ("baolamdong.vn",)),
    "Long An": ("Báo Long An", ("LA", "BLA"), ("baolongan.vn",)),
    "Nam Định": ("Báo Nam Định", ("BNĐ", "NĐĐT"), ("baonamdinh.vn", "baonamdinh.com.vn")),
    "Nghệ An": ("Báo Nghệ An", ("BNA", "NAO"), ("baonghean.vn",)),
    "Ninh Bình": ("Báo Ninh Bình", ("BNB", "NBO"), ("baoninhbinh.org.vn",)),
    "Ninh Thuận": ("Báo Ninh Thuận", ("NTO", "BNT"), ("baoninhthuan.com.vn",)),
    "Phú Thọ": ("Báo Phú Thọ", ("BPT",), ("baophutho.vn",)),
    "Phú Yên": ("Báo Phú Yên", ("BPY", "PYO"), ("baophuyen.vn", "baophuyen.com.vn")),
    "Quảng Bình": ("Báo Quảng Bình", ("QBĐT", "BQB"), ("baoquangbinh.vn",)),
    # ("QNO", Quảng Nam Online, as baoquangnam.vn prints it; listed for Quảng Ninh too, so it names neither.)
    "Quảng Nam": ("Báo Quảng Nam", ("QNĐT", "BQNa", "QNO"), ("baoquangnam.vn",)),
    "Quảng Ngãi": ("Báo Quảng Ngãi", ("BQNg", "QNgO"), ("baoquangngai.vn", "baoquangngai.com.vn")),
    "Quảng Ninh": ("Báo Quảng Ninh", ("BQN", "QNO"), ("baoquangninh.vn", "baoquangninh.com.vn")),
    "Quảng Trị": ("Báo Quảng Trị", ("QTO", "BQT"), ("baoquangtri.vn",)),
    "Sóc Trăng": ("Báo Sóc Trăng", ("STO", "BST"), ("baosoctrang.org.vn",)),
    "Sơn La": ("Báo Sơn La", ("BSL", "SLO"), ("baosonla.vn", "baosonla.org.vn")),
    "Tây Ninh": ("Báo Tây Ninh", ("BTN", "TNO"), ("baotayninh.vn",)),
    "Thái Bình": ("Báo Thái Bình", ("BTB", "TBO"), ("baothaibinh.com.vn",)),
    "Thái Nguyên": ("Báo Thái Nguyên", ("BTNg", "TN"), ("baothainguyen.vn",)),
    "Thanh Hóa": ("Báo Thanh Hóa", ("BTH", "THO"), ("baothanhhoa.vn",)),
    "Thành phố Hồ Chí Minh": ("Báo Sài Gòn Giải Phóng", ("SGGP",), ("sggp.org.vn",)),
    "Thừa Thiên Huế": ("Báo Thừa Thiên Huế", ("TTH.VN", "TTH"), ("baothuathienhue.vn",)),
    "Tiền Giang": ("Báo Ấp Bắc", ("ABO", "BAB"), ("baoapbac.vn",)),
    "Trà Vinh": ("Báo Trà Vinh", ("BTV",), ("baotravinh.vn",)),
    "Tuyên Quang": ("Báo Tuyên Quang", ("BTQ", "TQĐT"), ("baotuyenquang.com.vn",)),
    "Vĩnh Long": ("Báo Vĩnh Long", ("BVL", "VLO"), ("baovinhlong.com.vn", "baovinhlong.vn")),
    "Vĩnh Phúc": ("Báo Vĩnh Phúc", ("BVP", "VPĐT"), ("baovinhphuc.com.vn",)),
    "Yên Bái": ("Báo Yên Bái", ("YBĐT", "BYB"), ("baoyenbai.com.vn",)),
}

# Other outlets of a province that print their own code (Party committee sites of the large cities,
# the second city paper of Huế): name, codes, domains, province.
OTHER_PROVINCIAL_OUTLETS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Báo Đảng bộ Thành phố Hồ Chí Minh", ("Thanhuytphcm.vn", "Thanhuytphcm"), ("hcmcpv.org.vn",),
     "Thành phố Hồ Chí Minh"),
    ("Báo Huế ngày nay", ("HNN",), ("huengaynay.vn",), "Thừa Thiên Huế"),
    ("Báo Kinh tế & Đô thị", ("KTĐT",), ("kinhtedothi.vn",), "Hà Nội"),
    ("Cổng Thông tin điện tử tỉnh Phú Thọ", ("PhuthoPortal",), ("phutho.gov.vn",), "Phú Thọ"),
)

# name, codes, domains: province None.
NATIONAL_OUTLETS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Báo Nhân Dân điện tử", ("NDĐT", "NDO"), ("nhandan.vn", "nhandan.com.vn")),
    ("Báo điện tử Đảng Cộng sản Việt Nam", ("ĐCSVN", "ĐCS"), ("dangcongsan.vn",)),
    ("Báo Quân đội nhân dân", ("QĐND",), ("qdnd.vn",)),
    ("Báo Công an nhân dân", ("CAND", "CAO"), ("cand.com.vn",)),
    ("Thông tấn xã Việt Nam", ("TTXVN", "VNA"), ("vnanet.vn", "baotintuc.vn", "vietnamplus.vn")),
    ("Đài Tiếng nói Việt Nam", ("VOV", "VOV.VN"), ("vov.vn",)),
    ("Đài Truyền hình Việt Nam", ("VTV", "VTV.vn"), ("vtv.vn",)),
    ("Cổng Thông tin điện tử Chính phủ", ("Chinhphu.vn",), ("chinhphu.vn", "baochinhphu.vn")),
    ("Tạp chí Tuyên giáo", ("TG", "Tuyengiao.vn"), ("tuyengiao.vn",)),
    ("Tạp chí Cộng sản", ("TCCS",), ("tapchicongsan.org.vn",)),
    ("Báo Tuổi Trẻ", ("TTO",), ("tuoitre.vn",)),
    ("Báo Thanh Niên", ("TNO",), ("thanhnien.vn",)),
    ("Báo Người Lao Động", ("NLĐO",), ("nld.com.vn",)),
    ("Báo Lao Động", ("LĐO",), ("laodong.vn",)),
    ("Báo Đại biểu Nhân dân", ("ĐBND",), ("daibieunhandan.vn",)),
    ("Báo Pháp luật Việt Nam", ("PLVN",), ("baophapluat.vn",)),
    ("Truyền hình Thông tấn", ("VNEWS",), ("vnews.gov.vn",)),
)

# The code a provincial radio-TV station prints as its logo and signature ("HYTV" of Hưng Yên's station): province ->
# codes. (The stations' names come from RADIO_TV below.)
RADIO_TV_CODES: dict[str, tuple[str, ...]] = {
    "Hưng Yên": ("HYTV",), "Vĩnh Long": ("THVL",), "Quảng Ninh": ("QTV",), "Nghệ An": ("NTV",), "Đà Nẵng": ("DRT",),
    "Hải Phòng": ("THP",),
    # "BTV" is printed by both stations and by Báo Trà Vinh: ambiguous, it names no outlet by itself.
    "Bắc Ninh": ("BTV",), "Bình Dương": ("BTV",),
}

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
# The stations' names as pages print them: the two media joined by a dash ("Đài Phát thanh - Truyền hình Kon Tum",
# "Đài PT-TH Kon Tum").
RADIO_TV_SPELLINGS = ("Đài Phát thanh - Truyền hình {province}", "Đài PT-TH {province}", "Đài PTTH {province}")
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
