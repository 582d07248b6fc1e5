"""Organisations of Vietnamese public life and the abbreviations the articles use for them.

ABBREVIATIONS are expanded in organisation names (titles keep the article's wording). An abbreviation an article
defines itself ("tổ chức cơ sở (TCCS)") is expanded within that article too.
"""

ABBREVIATIONS = {
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "TUV": "Tỉnh ủy viên",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "TCCS": "tổ chức cơ sở",
    "ĐUK": "Đảng ủy Khối",
    "BCĐ": "Ban Chỉ đạo",
    "UBKT": "Ủy ban Kiểm tra",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "T.Ư": "Trung ương",
    "T.ư": "Trung ương",
    "ĐBQH": "Đại biểu Quốc hội",
    "UB": "Ủy ban",
    "QH": "Quốc hội",
    "CP": "Chính phủ",
    "LĐLĐ": "Liên đoàn Lao động",
    "TP": "Thành phố",
}

# The head words an organisation name starts with. The name runs on through capitalised words and the
# qualifiers below ("Đảng ủy Khối các cơ quan tỉnh", "Ban Chấp hành Trung ương Đảng").
HEADS = (
    "Ban Thường vụ", "Ban Chấp hành", "Ban Bí thư", "Bộ Chính trị", "Đảng ủy", "Đảng bộ", "Chi bộ",
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Ủy ban nhân dân", "Hội đồng nhân dân",
    "Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc", "Ủy ban Kiểm tra", "Ban Tuyên giáo", "Ban Tổ chức",
    "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế", "Văn phòng", "Quốc hội", "Chính phủ", "Trường Chính trị",
    "Sở", "Bộ", "Cục", "Tổng cục", "Công an", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Tòa án nhân dân",
    "Viện Kiểm sát nhân dân", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh",
    "Đoàn Thanh niên", "Tỉnh đoàn", "Liên đoàn Lao động", "Công đoàn", "Kho bạc Nhà nước", "Ngân hàng",
    "Báo", "Đài Phát thanh và Truyền hình", "Khối thi đua", "Ủy ban Thường vụ Quốc hội", "Ủy ban",
    "BTV", "BCH", "UBND", "HĐND", "MTTQ", "UBMTTQ", "ĐUK", "UBKT", "LĐLĐ",
    "Đoàn đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội", "Học viện", "Trường Đại học", "Bệnh viện",
    "Ban Quản lý", "Ban Chỉ đạo", "Thanh tra", "Hội đồng", "Tổng Liên đoàn Lao động", "Bộ Tư lệnh",
)
# Lower-case words that continue an organisation name.
QUALIFIERS = (
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "các cơ quan tỉnh",
    "các cơ quan", "cơ quan", "doanh nghiệp", "khối", "Trung ương",
)
# What a ministry, department or agency is of: "Bộ Giáo dục và Đào tạo", "Sở Nông nghiệp và Phát triển nông
# thôn". These phrases continue a name through their lower-case words.
DOMAINS = (
    "Giáo dục và Đào tạo", "Y tế", "Tài chính", "Kế hoạch và Đầu tư", "Công Thương", "Công thương",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường",
    "Giao thông vận tải", "Giao thông Vận tải", "Xây dựng", "Nội vụ", "Tư pháp", "Ngoại giao", "Quốc phòng",
    "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch",
    "Dân tộc và Tôn giáo", "Tài nguyên và môi trường", "Kế hoạch và đầu tư", "Quốc phòng và An ninh",
    "Cộng sản Việt Nam", "Hải quan", "Quân khu", "Quân đoàn", "Quân sự", "Thể dục thể thao",
)
# Single place names that end an organisation name although a lower-case word follows ("Thành ủy Huế tổ chức").
SINGLE_WORD_PLACES = ("Huế", "Vinh", "Sơn La", "Hà Nội")
# Generic heads that only count with a capitalised continuation ("Sở Y tế", not "sở").
NEEDS_CONTINUATION = ("Sở", "Bộ", "Cục", "Tổng cục", "Báo", "Văn phòng", "Ngân hàng", "Công đoàn", "Công an",
                      "Ủy ban")


def name_pattern(head_case_insensitive: bool = False) -> str:
    """An organisation name: a head, then capitalised words and qualifiers ("Ban Chấp hành Trung ương Đảng").

    Named groups: head, rest. After "của" (a document's issuer) heads may be written in lower case
    ("Bộ chính trị"), so the head can be matched case-insensitively there.
    """
    from flows.patterns import alternation

    heads = alternation(HEADS)
    head = f"(?i:{heads})" if head_case_insensitive else heads
    qualifiers = alternation(QUALIFIERS)
    # A capitalised word, or an abbreviation joined by &, - or . ("NN&PTNT", "VH-TT", "TP.HCM").
    word = r"\p{Lu}[\p{L}\p{M}]*(?:[&\-.]\p{Lu}[\p{L}\p{M}]*)*"
    # Nested heads ("Ban Thường vụ | Đảng ủy Khối | các cơ quan tỉnh"), qualifiers, capitalised words, and
    # "và" only between capitalised words ("Khối Cơ quan và Doanh nghiệp tỉnh", not "Đảng bộ và nhân dân").
    lower = rf"(?i:{qualifiers}|chính trị|trung ương)"
    part = rf"(?:{alternation(DOMAINS)}|{heads}|{lower}|và\s+(?:{heads}|{lower}|{word})|{word})"
    return rf"(?P<head>{head})(?P<rest>(?:\s+{part})*)"


# --- canonical names (issue 12) ----------------------------------------------------------------------------
# One body is written many ways: "TP." / "Tp" / "Thành phố", "Uỷ" / "Ủy", "Hoá" / "Hóa", "Ð" (U+00D0) / "Đ",
# "Bộ Công thương" / "Bộ Công Thương". The canonical name spells the city prefix out, puts tone marks the
# traditional way, reads look-alike letters as Vietnamese, and writes the province by its official name;
# the canonical key is that name in lower case: names that differ by case alone are one body.

# Abbreviations of "thành phố" (a word-initial "TP" followed by a dot, a space or a capital: "TP.HCM").
CITY_PREFIX = r"(^|[^\p{L}])(?:TP|Tp|T\.P)\.?\s*(\p{Lu})"
# Ho Chi Minh City's short forms once the prefix is spelled out: "Thành phố HCM", "Thành phố.HCM".
HCMC_SHORT = r"(?i:thành phố)\.?\s*(?:HCM|Hồ Chí Minh)\b"
# Tone marks on open "oa", "oe", "uy" syllables: the new placement (hoá, khoẻ, thuỷ) -> the traditional one
# (hóa, khỏe, thủy), which the official names of units and bodies use.
TONE_PLACEMENT = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}

# The kind of body, by the head its name starts with (longest head first; canonical names are in full).
KINDS = {
    "party_committee": ("Ban Chấp hành", "Ban Thường vụ", "Ban Bí thư", "Bộ Chính trị", "Tỉnh ủy", "Thành ủy",
                        "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Chi bộ", "Ủy ban Kiểm tra",
                        "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế",
                        "Văn phòng Trung ương Đảng", "Trường Chính trị"),
    "peoples_council": ("Hội đồng nhân dân",),
    "peoples_committee": ("Ủy ban nhân dân",),
    "national_assembly": ("Quốc hội", "Ủy ban Thường vụ Quốc hội", "Đoàn đại biểu Quốc hội"),
    "government": ("Chính phủ",),
    "ministry": ("Bộ",),
    "department": ("Sở",),
    "agency": ("Cục", "Tổng cục", "Kho bạc Nhà nước", "Văn phòng", "Ủy ban", "Ngân hàng"),
    "mass_organization": ("Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc", "Hội Nông dân", "Hội Liên hiệp Phụ nữ",
                          "Hội Cựu chiến binh", "Đoàn Thanh niên", "Tỉnh đoàn", "Liên đoàn Lao động", "Công đoàn",
                          "Hội"),
    "police": ("Công an",),
    "army": ("Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Quân khu", "Quân đoàn", "Sư đoàn", "Bộ Quốc phòng"),
    "court": ("Tòa án nhân dân", "Viện Kiểm sát nhân dân"),
    "press": ("Báo", "Đài Phát thanh và Truyền hình", "Tạp chí"),
}
# The level: a word of the name that says it (checked in this order), else the kind's usual level.
LEVEL_WORDS = (
    ("commune", ("xã", "phường", "thị trấn", "Đảng ủy xã", "Đảng ủy phường")),
    ("district", ("huyện", "quận", "thị xã", "Huyện ủy", "Quận ủy", "Thị ủy")),
    ("province", ("tỉnh", "Tỉnh ủy", "Thành ủy", "Thành phố", "thành phố", "Tỉnh đoàn")),
    ("central", ("Trung ương", "Quốc hội", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Việt Nam")),
)
LEVEL_BY_KIND = {"ministry": "central", "government": "central", "national_assembly": "central",
                 "department": "province"}

# A local body that names no place ends with one of these (after its head): "Ủy ban nhân dân tỉnh",
# "Công an quận", "Tỉnh ủy", "Ban Thường vụ Huyện ủy". The level the missing place has:
BARE_ENDINGS = {
    "tỉnh": "province", "Tỉnh ủy": "province", "Thành ủy": "province", "Thành phố": "province",
    "huyện": "district", "quận": "district", "thị xã": "district", "Huyện ủy": "district", "Quận ủy": "district",
    "Thị ủy": "district", "thành phố": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune",
}
# How a place of each lower level is named in text: "huyện Thạch Hà", "quận Hoàn Kiếm", "xã Mỹ Lộc".
PLACE_PREFIXES = {
    "district": ("huyện", "quận", "thị xã", "thành phố"),
    "commune": ("xã", "phường", "thị trấn"),
}
# A provincial department or agency named without its place ("Sở Y tế") is the article province's.
PROVINCIAL_HEADS = ("Sở", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Kho bạc Nhà nước tỉnh")
# What a ministry or department is of, abbreviated after "Bộ" / "Sở" ("Sở GD&ĐT", "Bộ NN-PTNT"): the letters
# without "&" and "-" -> the full name.
DOMAIN_ABBREVIATIONS = {
    "GDĐT": "Giáo dục và Đào tạo", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "TNMT": "Tài nguyên và Môi trường", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "TTTT": "Thông tin và Truyền thông", "KHĐT": "Kế hoạch và Đầu tư", "KHCN": "Khoa học và Công nghệ",
    "GTVT": "Giao thông vận tải", "VHTTDL": "Văn hóa, Thể thao và Du lịch", "NNMT": "Nông nghiệp và Môi trường",
    "VHTT": "Văn hóa - Thông tin", "VHTTTT": "Văn hóa, Thể thao và Du lịch",
}
