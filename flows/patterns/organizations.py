"""Organisations of Vietnamese public life and the abbreviations the articles use for them.

ABBREVIATIONS are expanded in organisation names (titles keep the article's wording). An abbreviation an article
defines itself ("tổ chức cơ sở (TCCS)") is expanded within that article too.
"""

import re

from flows.patterns import alternation, districts, provinces
from flows.patterns.countries import country_names
from flows.patterns.letters import LETTER, LOWER, MARK, UPPER
from flows.patterns.persons import NOT_NAMES, SENTENCE_STARTERS, SURNAMES

ABBREVIATIONS = {
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "TUV": "Tỉnh ủy viên",
    "HUV": "Huyện ủy viên",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "UBTƯ": "Ủy ban Trung ương",
    "BVĐK": "Bệnh viện Đa khoa",
    "BV": "Bệnh viện",
    "TTw": "Trung ương",
    "VPCP": "Văn phòng Chính phủ",
    "TAND": "Tòa án nhân dân",
    "VKSND": "Viện Kiểm sát nhân dân",
    "BHXH": "Bảo hiểm xã hội",
    "UBTW": "Ủy ban Trung ương",
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
# thôn". These phrases continue a name through their lower-case words, in any case after the first letter. The
# first of the spellings that differ only by punctuation or "và" is the official one, which canonical names use.
DOMAINS = (
    "Giáo dục và Đào tạo", "Y tế", "Tài chính", "Kế hoạch và Đầu tư", "Công Thương",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường",
    "Giao thông vận tải", "Xây dựng", "Nội vụ", "Tư pháp", "Ngoại giao", "Quốc phòng",
    "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch",
    "Dân tộc và Tôn giáo", "Quốc phòng và An ninh",
    "Cộng sản Việt Nam", "Hải quan", "Quân khu", "Quân đoàn", "Quân sự", "Thể dục thể thao",
    "Giao thông - Vận tải", "Giao thông – Vận tải", "Quy hoạch - Kiến trúc", "Kế hoạch - Đầu tư", "Tài nguyên - Môi trường",
    "Văn hóa - Thể thao - Du lịch", "Văn hóa - Thể thao và Du lịch", "Văn hóa - Thể thao & Du lịch",
    "Nông nghiệp & Phát triển nông thôn", "Khoa học, Công nghệ và Môi trường", "Y tế dự phòng",
    "Giáo dục - Đào tạo", "Thông tin - Truyền thông", "Tiêu chuẩn Đo lường Chất lượng", "Tiêu chuẩn - Đo lường - Chất lượng",
    "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
)
# Words of two or three syllables that open the specific part of a name with only their first syllable
# capitalised ("Bệnh viện Đa khoa", "Cục Quản lý", "Ngân hàng Nhà nước", "Đảng Cộng sản"): the name runs on
# through them. Without them the rule would stop inside the word ("Cục Quản | lý").
COMPOUNDS = (
    "Đa khoa", "Quản lý", "Văn hóa", "Văn hoá", "Bảo an", "Nhà nước", "Nghệ thuật", "Nông nghiệp", "An ninh",
    "Xúc tiến", "Du lịch", "Chế biến", "Cảnh sát", "Giao thông", "Hành chính", "Nhân dân", "Bản quyền", "Dự trữ",
    "Tài nguyên", "Lao động", "Điều tra", "Quốc gia", "Quân y", "Quân đội", "Đầu tư", "Chỉ huy", "Đối ngoại",
    "Nhi đồng", "Thống nhất", "Gia đình", "Phát triển", "Khoa học", "Tiêu chuẩn", "Chính sách", "Thương mại",
    "Chăn nuôi", "Môi trường", "Mặt trận", "Kế hoạch", "Giao dịch", "Khảo thí", "Xuất bản", "Giáo dục",
    "Thủy sản", "Đăng ký", "Tình báo", "Quy hoạch", "Cộng sản", "Cán sự", "Công ty", "Nhà báo", "Hải quan",
    "Kiểm sát", "Kiểm toán", "Thi hành án", "Bảo hiểm", "Bảo vệ", "Thú y", "Trồng trọt", "Thủy lợi", "Lâm nghiệp",
    "Điện lực", "Pháp chế", "Pháp luật", "Tư pháp", "Tổ chức", "Tuyên giáo", "Dân vận", "Kiểm tra", "Thanh niên",
    "Phụ nữ", "Cựu chiến binh", "Nông dân", "Liên hiệp", "Hữu nghị", "Ung bướu", "Nhi khoa", "Sản nhi",
    "Tài chính", "Ngoại giao", "Y tế", "Xây dựng", "Nội vụ", "Công nghệ", "Truyền thông", "Thông tin",
    "Thể thao", "Đào tạo", "Kinh tế", "Xã hội", "Thương binh", "Cảnh vệ", "Phòng cháy", "Chữa cháy",
    "Cứu nạn", "Cứu hộ", "Biên phòng", "Hậu cần", "Kỹ thuật", "Tác chiến", "Tham mưu", "Chính trị",
    "Nhập khẩu", "Xuất khẩu", "Đo lường", "Chất lượng",
)
# Units numbered after their word: "Bệnh viện Quân y 103", "Quân đoàn 1", "Công an quận 12".
NUMBERED = ("Quân y", "Quân đoàn", "Quân khu", "Sư đoàn", "Lữ đoàn", "Trung đoàn", "quận", "Quận", "phường",
            "Phường", "Vùng", "Hải đoàn", "Khu vực", "Nhi Đồng", "Nhi đồng")
# Short forms the press gives a domain, for the whole domain: "Bộ Giáo dục" is the Ministry of Education and
# Training.
DOMAIN_SHORT_FORMS = {"Giáo dục": "Giáo dục và Đào tạo"}
# Lower-case words after which a name is complete: a verb or a function word opens the rest of the sentence
# ("Công an tỉnh Lào Cai | đã", "Sở Y tế | cho biết"). Any other lower-case word right after the name means the
# rule stopped inside a word or a phrase it does not know ("Văn phòng Đăng | ký"): that mention is left out.
FOLLOWERS = (
    # function words
    "đã", "đang", "sẽ", "vừa", "mới", "cũng", "còn", "vẫn", "đều", "lại", "chưa", "không", "có", "là", "thì", "mà",
    "cho", "để", "và", "hoặc", "với", "về", "của", "tại", "trong", "ngoài", "trên", "dưới", "từ", "đến", "tới",
    "sau", "trước", "khi", "nên", "cần", "phải", "được", "bị", "do", "vì", "theo", "như", "nhằm", "qua", "bằng",
    "ngày", "năm", "tháng", "sáng", "chiều", "tối", "trưa", "hôm", "nay", "này", "đó", "ấy", "cùng", "giữa", "thuộc", "luôn", "hiện", "ở", "ra", "vào", "đi", "lên", "xuống", "rồi", "liền",
    # verbs of one syllable
    "nhận", "gửi", "trao", "tặng", "nói", "nêu", "họp", "làm", "xem", "gồm", "đạt", "mời", "tìm", "thăm",
    "dự", "mở", "đón", "đặt", "trả", "tăng", "giảm", "bắt", "phạt", "cấm", "duyệt", "giữ", "bàn", "lấy", "bán",
    "mua", "xin", "hỏi", "đáp", "cử", "bầu", "chọn", "khen", "nhắc", "buộc", "dừng", "hủy",
    # verbs of two syllables, checked as a pair
    "tổ chức", "yêu cầu", "chủ trì", "chỉ đạo", "quyết định", "phối hợp", "tiếp nhận", "tiếp tục",
    "tiến hành", "triển khai", "thực hiện", "tham gia", "tham mưu", "đề nghị", "đề xuất", "đánh giá", "ghi nhận",
    "phát hiện", "phát động", "phát biểu", "khẳng định", "nhấn mạnh", "thông báo", "công bố",
    "tuyên dương", "xử phạt", "xác minh", "xác định", "thành lập", "lập biên", "đưa ra", "tạm giữ",
    "khởi tố", "ban hành", "báo cáo", "cấp phép", "đồng ý", "biểu dương", 
    "thống nhất", "chúc mừng", "phê duyệt", "ủng hộ", "hoàn thành", "cho biết", "cho hay", "vừa qua", "trao tặng", "bàn giao",
    "trình bày", "trả lời", "giải quyết", "chấp thuận", "cảnh báo", "khuyến cáo", "thẩm định", 
)
# Single place names that end an organisation name although a lower-case word follows ("Thành ủy Huế tổ chức").
SINGLE_WORD_PLACES = ("Huế", "Vinh", "Sơn La", "Hà Nội")
# A hospital named by its specialty alone is a kind of hospital, not one ("Bệnh viện Phổi" of no place).
HOSPITAL_SPECIALTIES = ("Đa khoa", "Phổi", "Mắt", "Nhi", "Lao", "Tâm thần", "Ung bướu", "Sản", "Phụ sản",
                        "Da liễu", "Y học cổ truyền", "Răng Hàm Mặt", "Nội tiết", "Lao và Bệnh phổi")
# Names that still name no particular body ("Bệnh viện Đa khoa" of no place).
GENERIC_NAMES = (*(f"Bệnh viện {specialty}" for specialty in HOSPITAL_SPECIALTIES), "Ban Quản lý", "Ban Chỉ đạo", "Trường Đại học", "Ủy ban Nhân dân",
                 "Hội đồng Nhân dân", "Tòa án Nhân dân", "Bộ Tư Lệnh", "Bộ Chỉ huy", "Đoàn đại biểu Quốc hội",
                 "Văn phòng Đoàn đại biểu Quốc hội")
# Boards of the Party only when they are a Party committee's (or the centre's): "Ban Tổ chức Tỉnh ủy", "Ban
# Tuyên giáo Trung ương"; "Ban Tổ chức Hội Lim" organises a festival.
PARTY_BOARDS = ("Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế")
PARTY_BOARD_OF = ("Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy")
# Kinds of central body whose name may end with the country's name, which adds nothing ("Bộ Ngoại giao Việt Nam"
# is "Bộ Ngoại giao").
NATIONAL_SUFFIX = " Việt Nam"
NATIONAL_SUFFIX_KINDS = ("ministry", "government")
# Heads that start a second body when they follow a proper name ("Báo Vietnamnet | UBND xã Quy Hậu"); after a
# head's own words they are nested ("Văn phòng Ủy ban nhân dân tỉnh", "Ban Tuyên giáo Tỉnh ủy").
SECOND_BODY_HEADS = ("Ủy ban nhân dân", "Hội đồng nhân dân", "UBND", "HĐND", "Công an", "Tỉnh ủy", "Thành ủy",
                     "Huyện ủy", "Đảng ủy", "Mặt trận Tổ quốc", "MTTQ")
# Heads whose body has one level only: a department ("Sở") is a province's, never a district's.
PROVINCE_ONLY_HEADS = ("Sở",)
# Bodies that are one body on their own head alone; any other head alone ("Bệnh viện", "Ban Quản lý", "Đảng ủy")
# names no particular body and is left out.
UNIQUE_BODIES = ("Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Ủy ban Thường vụ Quốc hội",
                 "Mặt trận Tổ quốc", "Tổng Liên đoàn Lao động")
# Generic heads that only count with a capitalised continuation ("Sở Y tế", not "sở").
NEEDS_CONTINUATION = ("Sở", "Bộ", "Cục", "Tổng cục", "Báo", "Văn phòng", "Ngân hàng", "Công đoàn", "Công an",
                      "Ủy ban", "Bệnh viện", "Học viện", "Trường Đại học", "Thanh tra", "Hội đồng", "Bộ Tư lệnh")


def domains_pattern() -> str:
    """The domains as one regex: the rest of a domain's words in either case ("Bộ Thông tin và truyền thông"), a
    dash with or without spaces ("Lao động-Thương binh"), "và" also written "&", a comma left out."""
    return "|".join(domain_regex(d) for d in sorted(DOMAINS, key=len, reverse=True))


def domain_regex(domain: str, any_case: bool = False) -> str:
    """One domain as a regex, in the spellings domains_pattern() allows (`any_case`: its first letter too)."""
    import re

    rest = (re.escape(domain[1:]).replace(r"\ \-\ ", r"\s*[-–]\s*").replace(r"\ –\ ", r"\s*[-–]\s*")
            .replace(r"\ và\ ", r"\s+(?:và|&)\s+").replace(r",\ ", r",?\s+"))
    return f"(?i:{re.escape(domain[0])}{rest})" if any_case else re.escape(domain[0]) + "(?i:" + rest + ")"


def name_pattern(head_case_insensitive: bool = False, and_any_word: bool = True) -> str:
    """An organisation name: a head, then capitalised words and qualifiers ("Ban Chấp hành Trung ương Đảng").

    Named groups: head, rest. After "của" (a document's issuer) heads may be written in lower case
    ("Bộ chính trị"), so the head can be matched case-insensitively there. Without `and_any_word`, "và" goes on
    only to a head or a qualifier ("Thành ủy và UBND tỉnh"), not to any capitalised word: an issuer then stops
    before the next document cited ("của Thành ủy | và Kế hoạch số 20").
    """
    import re

    from flows.patterns import alternation, provinces

    heads = alternation(HEADS)
    head = f"(?i:{heads})" if head_case_insensitive else heads
    qualifiers = alternation(QUALIFIERS)
    # A capitalised word, or an abbreviation joined by &, - or . ("NN&PTNT", "VH-TT", "TP.HCM").
    # (An apostrophe inside a minority place's name: "Cư M'gar", "Ea H'leo".)
    word = rf"{UPPER}[{LETTER}{MARK}]*(?:['’]{LETTER}+)?(?:[&\-.]{UPPER}[{LETTER}{MARK}]*)*"
    # Nested heads ("Ban Thường vụ | Đảng ủy Khối | các cơ quan tỉnh"), qualifiers, capitalised words, and
    # "và" only between capitalised words ("Khối Cơ quan và Doanh nghiệp tỉnh", not "Đảng bộ và nhân dân").
    lower = rf"(?i:{qualifiers}|chính trị|trung ương)"
    compound = alternation(COMPOUNDS)
    # Provinces whose name holds a dash ("Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế").
    dashed = "|".join(sorted({re.escape(name).replace(r"\ \-\ ", "-").replace(r"\-", "-").replace(r"\ –\ ", "-")
                              .replace("–", "-").replace("-", r"\s*[-–]\s*")
                              for name in provinces.MENTIONS if "-" in name or "–" in name}, key=len, reverse=True))
    # Abbreviations joined by spaced signs or "và": "GD - ĐT", "GD & ĐT", "GD và ĐT".
    # (A comma joins only without a space: "VH,TT&DL"; "TP, UBND TP" is two names.)
    joined = rf"{UPPER}{{2,}}(?:(?:\s*[&\-–]\s*|,|\s+và\s+){UPPER}{{2,}})+"
    numbered = rf"(?:{alternation(NUMBERED)})\s+\d{{1,3}}"
    # "Công an Tp. Đông Hà": the city's abbreviation with its dot, then the city's name.
    city = rf"(?:TP|Tp|T\.P)\.?(?:\s+{UPPER}[{LETTER}{MARK}]*)+"
    # A dash in a domain may be written with or without spaces, short or long ("Lao động-Thương binh").
    domains = domains_pattern()
    after_and = rf"{heads}|{lower}|{compound}|{word}" if and_any_word else rf"{heads}|{lower}"
    part = (rf"(?:{numbered}|{city}|{domains}|{dashed}|{joined}|{compound}|{heads}|{lower}|(?:và|&)\s+(?:{after_and})|[-–]\s*(?:{compound})"
            rf"|{word})")
    return rf"(?P<head>{head})(?P<rest>(?:\s+{part})*)"


# --- canonical names (issue 12) ----------------------------------------------------------------------------
# One body is written many ways: "TP." / "Tp" / "Thành phố", "Uỷ" / "Ủy", "Hoá" / "Hóa", "Ð" (U+00D0) / "Đ",
# "Bộ Công thương" / "Bộ Công Thương". The canonical name spells the city prefix out, puts tone marks the
# traditional way, reads look-alike letters as Vietnamese, and writes the province by its official name;
# the canonical key is that name in lower case: names that differ by case alone are one body.

# Abbreviations of "thành phố" (a word-initial "TP" followed by a dot, a space or a capital: "TP.HCM").
CITY_PREFIX = rf"(^|[^{LETTER}])(?:TP|Tp|T\.P)\.?\s*({UPPER})"
# Ho Chi Minh City's short forms once the prefix is spelled out: "Thành phố HCM", "Thành phố.HCM".
HCMC_SHORT = r"(?i:thành phố)\.?\s*(?:HCM|Hồ Chí Minh)\b"
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
    "agency": ("Cục", "Tổng cục", "Kho bạc Nhà nước", "Văn phòng", "Ủy ban", "Ngân hàng", "Hội đồng"),
    "mass_organization": ("Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc", "Hội Nông dân", "Hội Liên hiệp Phụ nữ",
                          "Hội Cựu chiến binh", "Đoàn Thanh niên", "Tỉnh đoàn", "Liên đoàn Lao động", "Công đoàn",
                          "Hội"),
    "police": ("Công an",),
    "army": ("Bộ Chỉ huy Quân sự", "Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ đội Biên phòng", "Quân khu", "Quân đoàn", "Sư đoàn", "Bộ Quốc phòng"),
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
PLACE_PREFIXES = {"district": districts.DISTRICT_KINDS, "commune": districts.COMMUNE_KINDS}
# Misspellings of a word for a place, seen before a place's name ("Công an tình An Giang").
PLACE_WORD_MISSPELLINGS = {"tình": "tỉnh", "tinh": "tỉnh", "hyện": "huyện", "huyên": "huyện", "quân": "quận"}
# Abbreviated words for a place before its name ("Công an Q.Bình Tân", "UBND H.Ngọc Hồi").
PLACE_WORD_ABBREVIATIONS = {"Q.": "quận", "H.": "huyện", "P.": "phường", "TX.": "thị xã", "TT.": "thị trấn",
                            "X.": "xã"}
# Words for a place inside a name, written in lower case before the place ("Công an huyện Cẩm Thủy").
PLACE_WORDS_IN_NAMES = ("huyện", "quận", "xã", "phường", "tỉnh", "thị xã", "thị trấn")
# A provincial department or agency named without its place ("Sở Y tế") is the article province's.
PROVINCIAL_HEADS = ("Sở", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Kho bạc Nhà nước tỉnh")
# What a ministry or department is of, abbreviated after "Bộ" / "Sở" ("Sở GD&ĐT", "Bộ NN-PTNT"): the letters
# without "&" and "-" -> the full name.
DOMAIN_ABBREVIATIONS = {
    "GDĐT": "Giáo dục và Đào tạo", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "TNMT": "Tài nguyên và Môi trường", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "TTTT": "Thông tin và Truyền thông", "KHĐT": "Kế hoạch và Đầu tư", "KHCN": "Khoa học và Công nghệ",
    "GTVT": "Giao thông vận tải", "VHTTDL": "Văn hóa, Thể thao và Du lịch", "NNMT": "Nông nghiệp và Môi trường",
    "VHTT": "Văn hóa - Thông tin", "VHTTTT": "Văn hóa, Thể thao và Du lịch", "XD": "Xây dựng", "YT": "Y tế",
    "TC": "Tài chính", "NG": "Ngoại giao", "CA": "Công an", "QP": "Quốc phòng", "NV": "Nội vụ",
    "CT": "Công Thương", "GD": "Giáo dục và Đào tạo", "QHKT": "Quy hoạch - Kiến trúc",
}


# --- the organisation rules (flows/extract/organizations.py) -------------------------------------------------
# `next` sees whether a lower-case word follows: after a generic head ("Cục Chế | biến và ...") that means
# the name was cut short by words the rule does not know, and the mention is left out.
# The pattern starts with the heads themselves (a literal set, found fast with Aho-Corasick); that a head
# starts a word, and not inside a code ("925/UBND-KTN"), is checked afterwards on the character before it.
# (`comma`: "Cục Quản lý Khám, | chữa bệnh" — a name whose last word stands alone goes on after a comma.)
# (One word only: a match must not swallow the head of the next name, "Bộ | trưởng Bộ Tư pháp".)
ORGANIZATION = rf"{name_pattern()}(?P<next>(?P<comma>,)?\s+{LOWER}[{LETTER}{MARK}]*)?"
NOT_BEFORE_A_NAME = rf"[{LETTER}\p{{N}}/\-]"
# A full personal name (surname + two or three given names) closing the match is the person the organisation
# introduces ("MTTQ Việt Nam | Trần Thanh Mẫn"); two-word tails are usually places ("huyện Thạch Hà").
TRAILING_FULL_NAME = rf"\s+(?:{alternation(SURNAMES)})(?:\s+{UPPER}[{LOWER}{MARK}]*){{2,3}}$"
# Two organisations joined by "và" are two names: "UBND tỉnh | và MTTQ tỉnh"; a lone word after "và" is
# the start of a name the rule could not follow ("Công an tỉnh | và Ban chỉ huy ..."). "và" stays inside a name
# only between its own words ("Khối Cơ quan và Doanh nghiệp tỉnh").
SECOND = rf"\s+và\s+((?:{alternation(HEADS)})\b.*)$"
AND_WORD = r"\s+và\s+\S+$"
# "và" joins two bodies, not two words of one name, once the left one has its place ("Công an tỉnh Lào Cai | và
# Đồn Biên phòng", "Bộ | và Thanh Hóa") or the right one starts with an abbreviation ("Bộ Công an | và VKSND").
HAS_LEVEL_WORD = rf"(?:^|\s)(?:{alternation(list(BARE_ENDINGS))}|{UPPER}{{1,2}}\.)(?:\s|$)"
AND_SPLIT = r"^(?P<left>.*?)\s+và\s+(?P<right>.*)$"
# What follows a province or a country is the person the body introduces ("Ủy ban nhân dân tỉnh Bình Định |
# Trần Châu", "Bộ Ngoại giao Triều Tiên | Choe Son Hui"): the name ends at the place.
AFTER_PROVINCE = rf"^(.*\s(?:{alternation(provinces.MENTION_SPELLINGS)}))\s+(?:{alternation(SURNAMES)})\s.*$"
# (A country after a word for a place is part of a place's name: "tỉnh Lào Cai", "huyện Anh Sơn".)
PLACE_PREFIX_WORDS = alternation([w for ws in PLACE_PREFIXES.values() for w in ws] + ["tỉnh", "TP", "TP.", "Tp", "Tp."]
                                 + list(PLACE_WORD_ABBREVIATIONS))
# "Ủy ban nhân dân thành phố | Nguyễn Văn Sửu": a name with a middle name after a word for a place is a person.
PLACE_THEN_PERSON = rf"^(.*\s(?i:{PLACE_PREFIX_WORDS}))\s+(?:{alternation(SURNAMES)})\s+(?:Văn|Thị)\s+{UPPER}.*$"
# (The country follows a lower-case word or an abbreviation, not a proper name: "xã Tam | Mỹ Tây" is a place.)
AFTER_COUNTRY = (rf"^(.*(?:\s{LOWER}\S*|\s{UPPER}{{2,}}|^{UPPER}{{2,}})\s+(?:{alternation(country_names())}))"
                 rf"\s+{UPPER}.*$")
SECOND_BODY_SPLIT = (rf"^(?P<first>.*?\s{UPPER}[{LOWER}{MARK}]+)\s+"
                     rf"(?P<second>(?:{alternation(SECOND_BODY_HEADS)})(?:\s.*)?)$")
PLACE_THEN_COUNTRY = rf"(?i:{PLACE_PREFIX_WORDS})\s+(?:{alternation(country_names())})\s+{UPPER}"
# A body that starts with a country and goes on in capitals names a person ("Tổng thống | Mỹ Donald Trump").
COUNTRY_THEN_NAME = rf"^(?:{alternation(country_names())})\s+{UPPER}"
# After a body there is only one of, capitalised words that are not a country are a person ("Tổng Bí thư Ban
# Chấp hành Trung ương Đảng | Trường Chinh").
ONE_OF_A_KIND = (*UNIQUE_BODIES, "Trung ương Đảng")
AFTER_UNIQUE = rf"^(.*(?:{alternation(ONE_OF_A_KIND)}))((?:\s+{UPPER}[{LOWER}{MARK}]+){{2,3}})$"
# A body there is one of, then another head: two bodies ("Bộ Chính trị | Ban Chấp hành Trung ương").
UNIQUE_THEN_HEAD = rf"^({alternation(UNIQUE_BODIES)})\s+(?:{alternation(HEADS)})(?:\s.*)?$"
# A capitalised word that starts the next sentence in flattened text ("Mặt trận Tổ quốc Việt Nam | Theo").
SENTENCE_STARTER = rf"\s+(?:{alternation(SENTENCE_STARTERS)})$"
# A trailing run of capitalised words one of which is no Vietnamese syllable is a foreign person's name
# ("Bộ Tư pháp | Michael Keenan"); words in capitals (EU, ASEAN) and brands written in camel case are kept.
TITLE_CASE_RUN = rf"((?:\s+{UPPER}[{LOWER}{MARK}]+){{2,}})$"
# Names that end complete whatever follows: a body there is one of, a ministry's domain ("Quốc hội | khóa XIV",
# "Bộ Y tế | kiểm tra").
COMPLETE_ENDING = (rf"(?:^|\s)(?:{domains_pattern()}|{alternation([*UNIQUE_BODIES, 'Trung ương Đảng', 'Trung ương'])}"
                   rf"|{alternation(list(ABBREVIATIONS))}|\d+)$")
# ("xã" is left out: "Ngân hàng Chính sách xã | hội" stopped inside "xã hội".)
BARE_ENDINGS_BUT_XA = [ending for ending in BARE_ENDINGS if ending != "xã"]
# A name complete before a lower-case word: it ends with a place, or a word for one (a bare local body).
_PLACE_ENDINGS = provinces.MENTION_SPELLINGS + list(SINGLE_WORD_PLACES) + BARE_ENDINGS_BUT_XA + list(NOT_NAMES)
ENDS_WITH_PLACE = (
    rf"(?:(?:^|\s)(?:{alternation(_PLACE_ENDINGS)})"
    rf"|(?:^|\s)(?i:{alternation([w for ws in PLACE_PREFIXES.values() for w in ws])})\s+(?:\d+|{UPPER}\S*(?:\s+{UPPER}\S*){{0,2}}))$"
)
# "tổ chức cở sở (TCCS)": as many words before the brackets as the abbreviation has letters.
DEFINITION = rf"(?P<words>(?:[{LETTER}]+\s+){{1,7}}?)\((?P<abbr>{UPPER}{{2,8}})\)"
# (A trailing run of capitalised words that ends with a country is no foreign person's name.)
ENDS_WITH_COUNTRY = rf"(?:^|\s)(?:{alternation(country_names())})$"
# Two bodies joined by "và" (flows/extract/organizations.py, `two_bodies`): the left one ends with a province, or
# with a ministry's domain, or the right one starts with a province or an abbreviation with its dot.
ENDS_WITH_PROVINCE = rf"(?:^|\s)(?:{alternation(provinces.MENTION_SPELLINGS)})$"
ENDS_WITH_DOMAIN = rf"\s(?:{alternation(DOMAINS)})$"
STARTS_WITH_PROVINCE = rf"^(?:{alternation(provinces.MENTION_SPELLINGS)}|{UPPER}{{1,2}}\.)"
# A head right after a surname is a word of a person's or a street's name ("Đinh Bộ Lĩnh").
ENDS_WITH_SURNAME = rf"(?:^|\s)(?:{alternation(SURNAMES)})\s$"
# A name's last capitalised word standing alone after lower-case words or the head ("Cục Hải | quan").
LAST_RUN = rf"(?:^|\s{LOWER}\S*|^\S+(?:\s\S+)??)\s({UPPER}[{LOWER}{MARK}]*)$"
# The head of a second body run into the first ("Báo Vietnamnet | UBND xã Quy Hậu").
SECOND_BODY_HEAD = rf"^({alternation(SECOND_BODY_HEADS)})"
# A trailing name that is a place's or a namesake's ("Học viện Chính trị quốc gia Hồ Chí Minh") stays.
ENDS_WITH_NAMESAKE = rf"\s(?:{alternation(NOT_NAMES)})$"
# "đoàn đại biểu Quốc hội tỉnh X" in lower case: the delegation, not the National Assembly of a province.
PROVINCIAL_DELEGATION = r"^Quốc hội\s+(?:tỉnh|[Tt]hành phố|TP|Tp)[\s.]"
# "Sở Xây dựng quận Hoàng Mai": a department of a district is two bodies run together.
_LOWER_LEVELS = alternation([*PLACE_PREFIXES["district"], *PLACE_PREFIXES["commune"], "TX", "Q.", "H.", "P."])
BELOW_ITS_LEVEL = rf"^(?:{alternation(PROVINCE_ONLY_HEADS)})\s.*\s(?i:{_LOWER_LEVELS})\s+(?:{UPPER}|\d)"
# A central body with a local place ("Ủy ban Trung ương Mặt trận ... tỉnh Quảng Trị") is two bodies run together.
CENTRAL_AND_LOCAL = rf"Trung ương.*\s(?:{PLACE_PREFIX_WORDS})\s+{UPPER}"
# Heads only ("Văn phòng Sở", "Ban Thường vụ Đảng ủy"): no particular body, unless one is unique or a bare
# local body the canonical step places.
ANY_HEAD = rf"(?i:{alternation(HEADS)})"
ENDS_UNIQUE_OR_BARE = rf"(?:{alternation([*UNIQUE_BODIES, *[e for e in BARE_ENDINGS if e[0].isupper()]])})$"
# The standard abbreviations expanded word by word: (pattern, replacement), in the table's order.
ABBREVIATION_EXPANSIONS = tuple((rf"(^|[^{LETTER}]){re.escape(short)}([^{LETTER}]|$)", f"${{1}}{full}${{2}}")
                                for short, full in ABBREVIATIONS.items())
