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
)
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
