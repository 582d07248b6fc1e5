"""Persons and their titles of office.

A person is found only next to a title or an honorific, never from capitalisation alone ("Điện Biên Phủ" is a
place), and a name must start with a Vietnamese surname:
- title before the name: "Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường phát biểu";
- name then titles: "Đồng chí Nguyễn Xuân Tường - TUV, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì",
  "Các đồng chí: Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Nguyễn Tiến Thành, ...".
A title runs until punctuation that ends a clause or a verb in STOP_VERBS.
"""

from flows.patterns import alternation, districts, provinces
from flows.patterns.letters import LETTER, LOWER, MARK, UPPER
from flows.patterns.appointments import APPOINTED_TO
from flows.patterns.offices import (CLERICAL_FORMS, CLERICAL_RANKS_AS_READ, COMMA_NAMES, COMMITTEE_MEMBERS, STANDING_MEMBERS,
                                    TITLE_KEYWORDS)
from flows.patterns.joined_words import JOINED_TITLES, JOINED_WORDS
from flows.patterns.degrees import DEGREE as _DEGREE, DEGREES
from flows.patterns.surnames import (BAPTISMAL_NAMES, HIGHLAND_NAME_OPENERS, MIDDLE_NAMES_AS_OFTEN, SURNAMES,
                                     SURNAMES_AFTER_AN_ADDRESS)

# Forms of address: a title does not end with one ("... mấy khóa | như ông", "Bí thư Tỉnh ủy | đồng chí").
HONORIFICS = ("ông", "bà", "anh", "chị", "đồng chí", "đ/c")
# The same, capitalised, before a person: a title stops there ("Trưởng đoàn | Ông X", "... | Chị Y").
CAPITALISED_HONORIFICS = ("Chị", "Anh", "Ông", "Bà", "Em", "Cô")
# Verbs that end a title phrase: "... Bí thư Tỉnh ủy phát biểu tại hội nghị".
STOP_VERBS = (
    "phát biểu", "chủ trì", "đồng chủ trì", "chủ sự", "chủ tế", "đồng tế", "khẳng định", "nhấn mạnh", "cho biết",
    "tặng", "trao", "dự", "tham dự", "chỉ đạo", "yêu cầu", "đề nghị", "kết luận", "báo cáo", "trình bày", "thăm",
    "làm việc", "gặp", "tiếp", "chúc mừng", "đánh giá", "ghi nhận", "biểu dương", "cùng", "đã", "đang", "sẽ", "được",
    "là", "đến", "tới", "về", "với", "tại", "trong", "khi", "thay mặt", "nêu", "ký", "chia sẻ", "mong muốn", "đề xuất",
    "lưu ý", "quán triệt", "thông tin", "phát động", "bày tỏ", "gửi", "kiểm tra", "dẫn đầu", "điều hành", "phụ trách",
    "cho hay", "nói", "thay", "cho rằng", "trả lời", "nhận", "bị", "đề cập", "ngụ", "vừa", "có", "khi", "trên",
    "không", "nhằm", "để", "ngày", "sáng", "chiều", "tối", "thì", "mà", "nhưng", "lại", "còn", "cho",
    "sở hữu", "tiến hành", "xác nhận", "điều chuyển", "thường xuyên", "đưa ra", "tham gia", "xin", "làm",
    "chào mừng", "chào đón", "đón", "bắt tay", "mấy", "bằng", "nhiệm kỳ", "kí kết", "gọi", "mời", "vào", "nhất trí",
    "đồng quan điểm", "thừa nhận", "giải thích", "phân tích", "tiết lộ", "nhận định", "lý giải", "trao đổi",
    "công bố", "thông báo", "cảnh báo", "khuyến cáo", "hỏi", "đọc", "kể từ", "đi", "ra", "từ", "sau", "trước", "hay", "hoặc",
    # "và" and the next person's form of address, a teacher's too ("... và ông X", "... và Thầy Y").
    "và vợ", "và chồng", *(f"và {form}" for form in (*HONORIFICS, "thầy", "Thầy", "cô", "Cô")),
    "và Đồng chí", "và Đ/c",  # the next person's form of address capitalised ("... văn phòng và Đồng chí Y - ...")
    "và các", "và những", "cũng", "đều", "vẫn", "hiện", "luôn",
    "quyết định", "phê duyệt", "ban hành", "tổ chức", "khai mạc", "bế mạc", "động viên", "thăm hỏi", "gồm", "bao gồm",
    "thông qua", "thôi giữ",  # "... Chỉ huy trưởng Ban CHQS huyện thông qua Báo cáo", "... thôi giữ chức Bí thư"
    "bỏ phiếu", "và toàn thể",  # "... Bí thư Đoàn trường bỏ phiếu bầu", "... Phó Bí thư Đảng ủy và toàn thể Đảng viên"
)

# Place names that start with a surname-like word ("Hàn Quốc", "Thái Lan", "Hoàng Sa"): hidden from the name
# rule together with the province gazetteer.
NOT_NAMES = (
    "Hàn Quốc", "Trung Quốc", "Thái Lan", "Hà Lan", "Hoàng Sa", "Trường Sa", "Lý Sơn", "Phú Quốc", "Tây Nguyên",
    "Đông Nam Á", "Hạ Long", "Hà Đông", "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Hồ Gươm", "Mai Châu", "Cao Lãnh",
    "Hai Bà Trưng", "Đà Lạt", "Vũng Tàu", "Biên Hòa", "Thủ Đức", "Nha Trang", "Vinh", "Mỹ", "Lê Lợi", "Lý Thường Kiệt",
    "Trần Hưng Đạo", "Nguyễn Huệ", "Hồ Chí Minh",
    # A body whose first word is a surname: "Ủy viên Đoàn Chủ tịch" (a congress's presidium).
    "Đoàn Chủ tịch",
    # Religions whose name opens with a surname ("Họ đạo Cao Đài huyện", "Phật giáo Hòa Hảo").
    "Cao Đài", "Hòa Hảo", "Hoà Hảo",
)
# Of those, the places that are also common given names: the name rule reads them ("Phó Chủ tịch HĐND tỉnh Trần
# Xuân Vinh", "ông Huỳnh Tấn Vinh, Chủ tịch Hiệp hội"); a title before the city has its place word ("TP Vinh"). After
# the middle name "Thị", a country or a city is a given name too ("Trần Thị Mỹ Liên", "Lê Thị Huế"; not "Tổng thống
# Mỹ", "Thái Bình Dương Mỹ", "thành phố Huế").
GIVEN_NAMES_THAT_ARE_PLACES, GIVEN_NAMES_AFTER_A_NAME = ("Vinh",), ("Mỹ", "Huế")
# Capitalised words that start the next sentence (in flattened text) or address someone, never a given name:
# a name stops before them ("Đặng Thanh Hải | Không thể ...").
NOT_GIVEN_NAMES = (
    "Không", "Theo", "Tại", "Trong", "Sau", "Ngày", "Các", "Những", "Khi", "Đây", "Đó", "Này", "Cũng", "Với",
    "Về", "Từ", "Chị", "Ông", "Bà", "Em", "Cô", "Chú", "Bác", "Ảnh", "Video", "Trước", "Hiện", "Tháng", "Sáng",
    "Chiều", "Tối", "Hôm", "Đến", "Vì", "Do", "Nhưng", "Nếu", "Để", "Còn", "Thủ", "Phó", "Chủ", "Bộ", "Sở",
    "Ban", "Cục", "Tổng", "Tỉnh", "Huyện", "Xã", "Quận", "Người", "Lãnh", "Cùng",
)
# (Common given names such as Anh, Năm, Thành, Đồng are deliberately absent.)
# Of those, the words that start a sentence and are no given name even at a name's end ("Tô Anh Tuấn | Theo");
# "Tỉnh", "Chủ" and the like stay possible given names there ("Bùi Văn Tỉnh").
SENTENCE_STARTERS = ("Không", "Theo", "Tại", "Trong", "Sau", "Ngày", "Các", "Những", "Khi", "Đây", "Đó", "Này",
                     "Cũng", "Với", "Về", "Chị", "Ông", "Bà", "Em", "Ảnh", "Video", "Trước", "Hiện", "Tháng",
                     "Sáng", "Chiều", "Tối", "Hôm", "Vì", "Do", "Nhưng", "Nếu", "Để", "Còn", "Cùng", "Ngoài")
# A capitalised phrase right after these words is a place ("Trưởng Công an huyện | Vũ Quang"), not a person.
# ("tỉnh" is absent: before a province the name is masked anyway, and "các cơ quan tỉnh Trần Đình Quế" is a
# provincial title followed by a person.)
# (A district's word capitalised, as many pages write it before the name, is one too: "Chủ tịch Liên đoàn Lao động Quận
# Ngô Quyền", "Trưởng phòng Giáo dục Huyện Khoái Châu": two sites of batches CP, CQ; the gazetteer of districts tells
# the place from a person, as after the word in small letters.)
CAPITALISED_DISTRICT_KINDS = tuple(kind.capitalize() for kind in districts.DISTRICT_KINDS)
PLACE_WORDS = (*CAPITALISED_DISTRICT_KINDS, "huyện", "xã", "quận", "phường", "thị xã", "thành phố", "TP", "thị trấn", "thôn", "bản",
               "ấp", "xóm", "đường", "phố", "cầu", "sông", "núi", "đền", "chùa", "đình", "Bệnh viện", "bệnh viện", "Trường", "trường",
               "ĐH", "Đại học", "đại học", "THPT", "THCS", "Cao đẳng", "cao đẳng", "mầm non", "Mầm non",
               "Tiểu học", "tiểu học", "Học viện", "học viện")
# Words that are never a person's last given name: a name ending with one was cut short ("Phan Thị").
NEVER_LAST = ("Thị",)
# Middle names that are a last given name only after another given name: "Trần Quốc Văn", "Trịnh Tú Văn" are
# whole names, "Lê Văn" was cut short.
LAST_ONLY_AFTER_ANOTHER = ("Văn",)
# Surnames that do not occur as middle names: a name restarts there ("Bệnh viện Bạch Mai | Nguyễn Quốc Anh").
NEVER_MIDDLE = ("Nguyễn",)
# At most this many characters after a title word in one title (a longer one means the clause never ended).
MAX_TITLE_CHARS = 120
# --- positions (issue 12) -------------------------------------------------------------------------------------
# A title of office is one or more posts joined by commas, semicolons or dashes, each starting with a role:
# "Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy" -> [Ủy viên | Ban Chấp hành Trung ương Đảng], [Bí thư | Tỉnh ủy <province>].
# Ranks, degrees and honorifics are not posts.
RANKS = ("Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
         "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", *DEGREES, "Nhà báo",
         "Nghệ sĩ Nhân dân", "Anh hùng Lao động", "Đại biểu Quốc hội")
# Roles whose name carries their body: "Tỉnh ủy viên" is a member (Ủy viên) of the Tỉnh ủy.
ROLE_WITH_BODY = {
    **COMMITTEE_MEMBERS, "TUV": ("Ủy viên", "Tỉnh ủy"), "HUV": ("Ủy viên", "Huyện ủy"), "ĐUV": ("Ủy viên", "Đảng ủy"),
    **{member: ("Ủy viên", "Ban Thường vụ Đảng ủy") for member in STANDING_MEMBERS},
    "UVTV": ("Ủy viên", "Ban Thường vụ"), "UVBTV": ("Ủy viên", "Ban Thường vụ"), "PCT": ("Phó Chủ tịch", None),
    "PBT": ("Phó Bí thư", None), "Phó BTTT": ("Phó Bí thư Thường trực", None), "BTCB": ("Bí thư", "Chi bộ"),
    "Phó BTCB": ("Phó Bí thư", "Chi bộ"),
    "Tổng Bí thư": ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), "Thủ tướng": ("Thủ tướng", "Chính phủ"),
    "Phó Thủ tướng": ("Phó Thủ tướng", "Chính phủ"), "Chủ tịch nước": ("Chủ tịch nước", None),
    "Phó Chủ tịch nước": ("Phó Chủ tịch nước", None), "UV": ("Ủy viên", None),
    "Chủ tịch UBND": ("Chủ tịch", "Ủy ban nhân dân"), "Chủ tịch HĐND": ("Chủ tịch", "Hội đồng nhân dân"),
    "Trưởng đoàn ĐBQH": ("Trưởng đoàn", "Đoàn đại biểu Quốc hội"),
    "Thường trực Ban Bí thư": ("Thường trực", "Ban Bí thư"),
    "Giám đốc Công an": ("Giám đốc", "Công an"), "Phó Giám đốc Công an": ("Phó Giám đốc", "Công an"),
    "Trưởng Công an": ("Trưởng", "Công an"),
}
# The same body in the words of a title: "Ủy viên Trung ương Đảng" is a member of the Party's Central Committee.
BODY_ALIASES = {
    "Trung ương Đảng": "Ban Chấp hành Trung ương Đảng", "Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương": "Ban Chấp hành Trung ương Đảng", "Thường vụ": "Ban Thường vụ",
    "Thường vụ Tỉnh ủy": "Ban Thường vụ Tỉnh ủy", "Thường vụ Thành ủy": "Ban Thường vụ Thành ủy",
    "Ban Chấp hành Đảng bộ tỉnh": "Tỉnh ủy", "Bộ Chính trị": "Bộ Chính trị",
}
# The head a role's body has when the title leaves it out: "Bộ trưởng Công Thương" is the minister of "Bộ Công
# Thương", "Giám đốc Sở Y tế" needs nothing added.
ROLE_BODY_HEADS = {"Bộ trưởng": "Bộ", "Thứ trưởng": "Bộ"}
# Units too generic to be a post's body on their own ("Giám đốc Trung tâm", "Phó Chủ tịch HĐQT").
GENERIC_UNITS = ("Trung tâm", "Công ty", "Phòng", "Ban", "Hội", "Viện", "Trường", "HĐQT", "Hội đồng quản trị",
                 "Bệnh viện", "Sở", "Cục", "Vụ", "Tập đoàn", "Tổng công ty", "nhà trường", "Xí nghiệp",
                 "Chi nhánh", "Khoa", "Đoàn", "Câu lạc bộ", "CLB", "Quỹ", "Văn phòng", "Hiệp hội", "Ngân hàng")
# Words that open an organisation's name ("Giám đốc Công ty TNHH | Vàng Phước Minh"): capitalised words right after
# one of them or its legal form are the organisation's name, not a person's, however much they look like one.
ORGANISATION_WORDS = ("Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng", "Hợp tác xã", "HTX", "Trường",
                      "Bệnh viện", "Sở", "Ban", "Doanh nghiệp", "Xí nghiệp", "Nhà máy")
# Words a body's name does not end with: it was cut before the rest ("TT Quản lý | và điều hành giao thông",
# "Chương trình phòng | , chống lao").
INCOMPLETE_ENDINGS = ("Quản lý", "quản lý", "phòng", "chống", "Phát triển", "Nghiên cứu")
# Legal forms that do not make a unit less generic ("Giám đốc Công ty TNHH").
LEGAL_FORMS = ("TNHH", "MTV", "CP", "Cổ phần", "cổ phần", "TNHH MTV", "Một thành viên", "một thành viên")
# Roles that are central posts whatever body the title names ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc").
CENTRAL_ROLES = ("Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Tổng Bí thư", "Chủ tịch nước",
                 "Phó Chủ tịch nước", "Tổng Kiểm toán", "Tổng cục trưởng")
# Words a title does not end with: "TS của", "Giám đốc và".
TITLE_TRAILING_WORDS = ("của", "và", "cùng", "với", "tại", "thuộc", "là", "cũng", "đều", "vẫn", *CLERICAL_RANKS_AS_READ)
# Roles that are a post without naming a body (there is one of each in the country).
SELF_STANDING_ROLES = ("Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng",
                       "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội")
# --- the person rules (flows/extract/persons.py) --------------------------------------------------------------
SURNAME = rf"(?:{alternation(SURNAMES)})"
HIGHLAND_NAME_OPENING = rf"^(?:{alternation(HIGHLAND_NAME_OPENERS)})\s"
# A surname and one to three given names, each capitalised then lower-case ("Nguyễn Xuân Tường").
# Each given name is a whole word: "Đoàn ĐBQH" (the delegation of deputies) is no name "Đoàn Đ". A woman's given
# name of the Ê Đê and the Jrai opens with "H'" ("Rmah H’Bé Nét", "Ksor H'Hen").
GIVEN_NAME = rf"\s+(?:H['’])?{UPPER}[{LOWER}{MARK}]*"
# (A Catholic's baptismal names before the surname: surnames.BAPTISMAL_NAMES.)
BAPTISMAL_PREFIX = rf"(?:(?:{alternation(BAPTISMAL_NAMES)})\s+){{0,3}}"
BAPTISMAL_OPENING = rf"^(?:{alternation(BAPTISMAL_NAMES)})\s"
NAME = rf"{BAPTISMAL_PREFIX}{SURNAME}(?:{GIVEN_NAME}\b){{1,3}}"
# A paragraph holds a NAME exactly when it holds a surname, a capitalised word and a character that is no word's (or
# its end) right after that word: the same test without a word boundary, which sends the regex engine to its slow
# path on Vietnamese text (a paragraph's filter before the person rules: 8x cheaper).
NAME_PRESENT = rf"{SURNAME}{GIVEN_NAME}(?:\W|$)"
# The joiner is a letter (U+02BC), so that no rule sees a word boundary inside a joined phrase.
JOINER = "\u02bc"


def case_variants(titles: tuple[str, ...]) -> list[str]:
    """Each title as pages also write it: its first words capitalised, as many as a page chooses, the others in lower
    case ("Phó bí thư", "Phó Tổng giám đốc", "Phó Tổng Cục trưởng", "Phó Thủ Tướng", "Phó Hiệu Trưởng");
    abbreviations stay as they are ("Chủ tịch UBND")."""
    variants = set()
    for title in titles:
        words = title.split(" ")
        plain = [w[1:].islower() or len(w) == 1 for w in words]  # (a word, not an abbreviation: "UBND", "HĐND")
        for capitalised in range(1, len(words) + 1):
            variants.add(" ".join(w if not is_plain else (w[:1].upper() + w[1:] if i < capitalised else w.lower())
                                  for i, (w, is_plain) in enumerate(zip(words, plain))))
    return sorted(variants - set(titles))


def _as_read(title: str) -> str:
    """A title as the rules read it, the phrases it holds joined ("Phó Thư ký" -> "Phó Thưʼký", "... Hội Đồng ...")."""
    for phrase in sorted((*JOINED_TITLES, *JOINED_WORDS), key=len, reverse=True):
        title = title.replace(phrase, phrase.replace(" ", JOINER))
    return title


_TITLES = (*TITLE_KEYWORDS, *case_variants(TITLE_KEYWORDS))
TITLE_STARTS = (*_TITLES, *sorted({_as_read(t) for t in _TITLES} - set(_TITLES)),  # ("BT ": "Bí thư", not "BTV"/"BTC")
                *[t.replace(" ", JOINER) for t in JOINED_TITLES], "BT ", "Phó BT ")
# "nguyên" (former) before a title: the post was held, not held now ("ông X, nguyên Giám đốc Công an tỉnh"); "Quyền"
# (acting) holds it for now ("Quyền Bí thư Huyện ủy", "Quyền Chủ tịch HĐND"): either is part of the title.
# "kiêm" (concurrently) opens a second post after a comma, as the first's part of the chain ("Phó Trưởng ban, kiêm
# Trưởng ban Tăng sự ...", "Phó Chủ tịch UBND tỉnh, kiêm Trưởng Ban Chỉ đạo 389 tỉnh": a Sangha's page, the corpus).
# The press's "cựu" is "nguyên" ("cựu Ngoại trưởng Mỹ Hillary Clinton", "cựu Thủ tướng Manuel Valls": 41 in the corpus).
FORMER_WORDS, ACTING, CONCURRENT = ("nguyên", "cựu"), "Quyền", "kiêm"
FORMER = "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in FORMER_WORDS)
TITLE_MODIFIER = rf"(?:{FORMER}|{ACTING}|{CONCURRENT})"
# ... right before a title that opens a match (the matches start at the title's word): the title's part too; in
# capitals only where a clause opens ("Lê Văn Nguyên Chủ tịch ...": a given name): the group `opening` or `inside`.
_CAPITALISED_MODIFIERS = alternation((*(word.capitalize() for word in FORMER_WORDS), ACTING))
MODIFIER_BEFORE_TITLE = (rf"(?:(?:^|[^\w\s]\s*)(?P<opening>{_CAPITALISED_MODIFIERS})"
                         rf"|(?:^|\s)(?P<inside>{alternation(FORMER_WORDS)}))\s+$")
# ... not where "nguyên" is "whole", "kept as it was" ("giữ nguyên Tổng Giám đốc X", "tài nguyên", "y nguyên").
NOT_FORMER_BEFORE = r"(?i)(?:^|\s)(?:giữ|tài|y|còn|vẹn)\s+nguyên\s+$"
TITLE = rf"(?:(?:{TITLE_MODIFIER}\s+)?(?:{alternation(TITLE_STARTS)}))"
# A period ends the title unless it closes a short capital abbreviation ("TP. Hồ Chí Minh"); the letter before it is
# the title's last (the group `title_end`, put back on the title; a title word right before the period:
# `title_at_end`, read first below). A body's acronym of three capitals or more ends a sentence as a word does ("X
# – Chủ tịch HĐQT.", "Y, Chủ tịch Công đoàn BĐVN.", "Z – Giám đốc Sở GD&ĐT."): it is put back whole, as a numeral is.
# After a name and its titles, being elected ends them too ("X, Chủ tịch Hội Y khóa VI tái đắc cử ..."); before a
# name the same words are the title's ("Tổng thống đắc cử Pháp Emmanuel Macron": the president-elect), not STOP_VERBS.
ELECTED_AFTER_TITLE = ("tái đắc cử", "đắc cử", "tái cử", "trúng cử")
STOP = (rf"(?:\s*[;:,()\n]|(?P<title_end>[^A-Z\s]|{UPPER}{{3,}}|[&-]{UPPER}{{1,2}}|[IVX]{{2}})\s?\.(?:\s|$)"
        rf"|\s+(?:{alternation((*STOP_VERBS, *ELECTED_AFTER_TITLE))})\b|$)")
# Title text: anything but clause punctuation; a dot glued to a letter, or after "TP"/"Q"/"H" (city, district) is an
# abbreviation ("TP.HCM"); right before a name (not in a chain), a body's acronym in brackets ("Hội CCB (CCB) X").
TITLE_CHAR = rf"(?:{alternation(COMMA_NAMES)}|[^,;:.()\n]|\.\S|(?:TP|Tp|Q|H|P|X|TX|TT)\.\s)"
TITLE_CHAR_BEFORE_NAME = rf"(?:{TITLE_CHAR}|\([A-ZĐ]{{2,8}}\)\s)"
# One title: a title word and what it is of, up to a comma or a clause break.
SEGMENT = rf"{TITLE}{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?"
# Right before the name, a title may end with a short remark in brackets, the body it belongs to or its
# abbreviation ("Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế) X", "Chủ tịch UBND quận 1 (TPHCM) X", "Chủ tịch Phòng Thương
# mại và Công nghiệp Việt Nam (VCCI) X").
BRACKETED_REMARK = r"(?:\s*\([^()\n]{1,40}\))?"
# "Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường ...". The name must end the capitalised run
# (a lower-case word, punctuation, a remark in brackets ("... Bùi Thị Hòa (thứ 2 từ trái)") or the end follows), or it
# is part of a longer proper name.
# Several titles joined by commas before one name are all that person's ("Tổng Bí thư, Chủ tịch nước Tô Lâm"); a
# degree between title and name is neither ("Phó viện trưởng PGS. TS. X").
TITLE_THEN_NAME = (
    rf"(?P<title>(?:{SEGMENT}\s*,\s*)*?{TITLE}{TITLE_CHAR_BEFORE_NAME}{{0,{MAX_TITLE_CHARS}}}?{BRACKETED_REMARK})\s+"
    rf"(?:(?P<degree>{_DEGREE})\s*)?(?P<name>{NAME})"
    rf"(?:\s+{LOWER}|[^{LETTER}\s]|\s+\(|\s*$)"
)
# The title, then the person it names after a comma and "ông"/"bà" ("Giám đốc Sở X, ông Nguyễn Văn A cho biết",
# "Theo Chủ tịch Công đoàn Y, ông Đỗ Văn B: ..."): only where the title opens the clause (not "quyết định của Thủ
# tướng, ông X", "thời ông Y làm Bộ trưởng, ông Z") and the name is not followed by a title of its own ("..., ông X,
# Vụ trưởng ...": the title before is someone else's); a comma may close the name before what he says when the title
# opens the sentence ("Giám đốc Sở KH-ĐT TP, ông Sử Ngọc Anh, cho biết"; after a comma the title may be the previous
# person's, "Làm việc với ông A, Giám đốc Sở X, ông B, cho biết").
SAYING_VERBS = ("cho biết", "cho hay", "nói", "khẳng định", "nhấn mạnh", "chia sẻ", "cho rằng", "nhận định", "thông tin",
                "giải thích", "lý giải", "bày tỏ")
_COMMA_BEFORE_SAYING = rf",\s*(?:{alternation(SAYING_VERBS)})\s"
COMMA_CLOSED_NAME = rf"{_COMMA_BEFORE_SAYING}$"  # (the match's end then: kept only where no comma opens the match)
TITLE_COMMA_NAME = (rf"(?:^|[.,:;!?]\s+|[Tt]heo\s+)(?P<title>{TITLE}{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?)\s*,\s*"
                    rf"(?:ông|bà)\s+(?P<name>{NAME})(?:\s+{LOWER}|\s*[:;.]|\s*$|\s*{_COMMA_BEFORE_SAYING})")
COMMA_THEN_ADDRESSED_NAME = rf",\s*(?:ông|bà)\s+{SURNAME}"  # (what a paragraph must hold)
# A deputy of the National Assembly named by the delegation in brackets, a province ("ĐB Dương Minh Ánh (Hà Nội)",
# "đại biểu Lưu Bình Nhưỡng (đoàn Bến Tre)", "ĐBQH Phạm Trọng Nhân (Bình Dương)": 18 mentions in 7 corpus articles on
# the Assembly's sessions). (Read on the masked text, where a province's name is in small letters.)
DEPUTY_STARTS = ("đại biểu ", "Đại biểu ", "ĐBQH ", "ĐB ")
DEPUTY_THEN_NAME = (rf"(?P<title>[Đđ]ại biểu|ĐBQH|ĐB)\s+(?P<name>{NAME})\s*\((?:đoàn\s+)?"
                    rf"(?:{alternation([spelling.lower() for spelling in provinces.MENTIONS])})\)")
# ... and after a comma and the degree ("Viện trưởng Viện X, TS. Nguyễn Thanh Tùng và ...": four sites), the title
# opening its clause (after a mark, "khi", "và"; after "của", "mặt", "lệnh" it is another's: "Thay mặt Giám đốc Sở, TS.
# X trao quà"; nor inside "Ban Giám đốc"); no degree before the degree ("Giáo sư, Tiến sĩ X": DEGREE_ALONE) nor a
# title that names its holder ("Giám đốc Sở Y tế Lê Văn Minh, TS. X").
TITLE_COMMA_DEGREE_NAME = (rf"(?:^|[^{LETTER}\s–-]\s*|\s(?:khi|và)\s+)"
                           rf"(?P<title>{TITLE}{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?)\s*[,;]\s*{_DEGREE}\s*"
                           rf"(?P<name>{NAME})(?:\s+{LOWER}|\s*[:;.]|\s*$)")
COMMA_THEN_DEGREE_NAME = rf"[,;]\s*{_DEGREE}\s*{SURNAME}"  # (what a paragraph must hold)
# A comma before a degree and a name ends the chain of titles before it ("A – Phó Giám đốc, TS. B – Phó Giám đốc":
# read as "...; TS. B", the same length); a degree's pair stays one ("Giáo sư, Tiến sĩ B": its comma put back).
COMMA_BEFORE_DEGREE_NAME = rf",(\s*{_DEGREE}\s*{SURNAME}{GIVEN_NAME})"
# A numbered list of persons run into one paragraph ("1. Ông A - Chủ tịch HH 2. Bà B - ...": two sites): each item's
# number ends the title before it (read as "...HH;2. Bà B", the same length), in a paragraph whose list opens at 1.
PERSON_LIST_OPENING = r"(?:^|\s)1\.\s+(?:Ông|Bà|Đồng chí|Đ/c)\s"
PERSON_LIST_ITEM = r"\s(\d{1,2}\.\s+(?:Ông|Bà|Đồng chí|Đ/c)\s)"
DEGREE_PAIR_SPLIT = rf"((?:^|[^{LETTER}]){_DEGREE});(\s*{_DEGREE}\s*{SURNAME})"
DEGREE_ALONE = rf"^(?:{_DEGREE}|{alternation(RANKS)})$"
# "Đồng chí Nguyễn Xuân Tường - TUV, Bí thư ... chủ trì", "...: Ngô Đông Hải, Ủy viên ..., Bí thư Tỉnh ủy;"
# Titles are joined by commas only when each starts with a title word ("Ủy viên BCH TW, Bí thư Tỉnh ủy");
# "Chủ tịch HoREA, một trong ..." ends at the comma.
# (The part of it that a paragraph must hold to be worth the whole pattern.)
# A name and its title are joined by a comma or a dash, spaced or not ("Ông Hà Phẩm Chất-Phó Bí thư Chi bộ", "Ông
# Nguyễn Sáng- Bí thư Đảng ủy"), or the title follows in brackets ("bà Lê Thị Hoa (Hiệu trưởng Trường X)").
NAME_TITLE_JOINT = r"\s*(?:,|[-–(])\s*"
# A person's age or year of birth may stand between the name and the joint ("ông Nguyễn Văn A (sinh năm 1977) -
# Phó Bí thư ...", "Ông Nguyễn Văn A, 48 tuổi, Phó bí thư ...").
AGE_REMARK = r"(?:\s*\(sinh năm \d{4}\)|\s*,\s*\d{1,3}\s+tuổi)?"
# After a name and its joint, titles are also written in lower case ("bà Trương Thị Mai - ủy viên Bộ Chính trị,
# trưởng Ban Tổ chức Trung ương"): the name says whose they are. (Before a name, a lower-case title word is
# running text: "... của chủ tịch xã Nguyễn Văn A" is left to the capitalised forms.)
LOWER_CASE_TITLES = sorted({form for t in (*TITLE_KEYWORDS, *case_variants(TITLE_KEYWORDS))
                            if not any(w.isupper() for w in t.split())
                            for form in (t.lower(), t[0].lower() + t[1:])} - set(TITLE_STARTS))
TITLE_ANY_CASE = rf"(?:(?:{TITLE_MODIFIER}\s+)?(?:{alternation((*TITLE_STARTS, *LOWER_CASE_TITLES))}))"
SEGMENT_ANY_CASE = rf"{TITLE_ANY_CASE}{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?"
# (The joint or the next given name's space follows each word of the name, so its word boundaries always hold: left
# out, they would only send the regex engine to its slow path.)
NAME_BEFORE_TITLE = rf"{BAPTISMAL_PREFIX}{SURNAME}(?:{GIVEN_NAME}){{1,3}}{AGE_REMARK}{NAME_TITLE_JOINT}{TITLE_ANY_CASE}"
NAME_THEN_TITLE = (
    rf"(?:^|[^{LETTER}])(?P<name>{NAME}){AGE_REMARK}{NAME_TITLE_JOINT}(?:(?P<title_at_end>(?:{SEGMENT_ANY_CASE}\s*,\s*)*"
    rf"{TITLE_ANY_CASE})\.(?:\s|$)|(?P<title>{SEGMENT_ANY_CASE}(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP})"
)
# After "đồng chí" or "Đ/c" the name is the person's, and a title may follow it with no joint at all ("Đồng chí Hà
# Minh Trang Phó Bí thư Đảng ủy Khối ...", "Đ/c Dương Văn Cảnh Viện trưởng VKSND tỉnh"): the title's first word ends
# the name (the shortest name that a title follows). As after a joint, the title may be in lower case ("Đ/c Nguyễn
# Văn A bí thư Đảng uỷ xã", "đồng chí Đỗ Văn B bí thư huyện ủy"); "Quyền" (acting) is a given name there ("đồng chí
# Lê Minh Quyền Phó Chủ tịch").
COMRADE_FORMS = ("đồng chí", "Đồng chí", "đ/c", "Đ/c")
COMRADE_STARTS = (*COMRADE_FORMS, *CLERICAL_FORMS, *CLERICAL_RANKS_AS_READ)  # ("TT. Thích X Ủy viên")
COMRADE_NAME_THEN_TITLE = (
    rf"(?:{alternation(COMRADE_STARTS)})\s+(?P<name>{SURNAME}(?:{GIVEN_NAME}){{1,3}}?)\s+"
    rf"(?:(?P<title_at_end>(?:{SEGMENT}\s*,\s*)*{TITLE})\.(?:\s|$)"
    rf"|(?P<title>(?:{alternation((*TITLE_STARTS, *LOWER_CASE_TITLES))}){TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?"
    rf"(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP})"
)
# After "ông", "bà" (four sites of batches BU-CH), "anh", "chị", "cô", "thầy" (schools' sites, batch CM) a capitalised title
# may follow the name with no joint ("ông Đào Văn Dũng Vụ trưởng Vụ", "anh La Trung Hiếu Bí thư đoàn"); not a lower-case
# word (the sentence's), nor a title opening with a given name before a verb ("Bà Nguyễn Anh Thư ký tên").
# ("Anh" capitalised is a form of address only opening a sentence: inside a name it is a given name as often, "Trần
# Anh Vũ Phó Chủ tịch": AT_A_SENTENCE_START.)
ADDRESSED_FORMS = tuple(f for form in ("ông", "bà", "anh", "chị", "cô", "thầy") for f in (form, form.capitalize()))
GIVEN_NAME_AS_FORM = r"^\s?Anh\s"
AT_A_SENTENCE_START = r"(?:^|[.!?:;“”\"]\s*)$"
ADDRESSED_STARTS = tuple(f" {form} " if form.islower() else f"{form} " for form in ADDRESSED_FORMS)
_NAMED_TITLE = alternation([t for t in TITLE_STARTS if t[:1].isupper() and t.split()[0].split(JOINER)[0] not in ("Thư", "Đăng")])
ADDRESSED_NAME_THEN_TITLE = (
    rf"\s?(?:{alternation(ADDRESSED_FORMS)})\s+(?P<name>{SURNAME}(?:{GIVEN_NAME}){{1,3}}?)\s+(?:(?P<title_at_end>(?:{SEGMENT}\s*,\s*)*"
    rf"(?:{TITLE_MODIFIER}\s+)?(?:{_NAMED_TITLE}))\.(?:\s|$)|(?P<title>(?:{TITLE_MODIFIER}\s+)?(?:{_NAMED_TITLE})"
    rf"{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP})"
)
# A name whose surname opens other words as often (surnames.SURNAMES_AFTER_AN_ADDRESS): right after a form of address,
# then its joint and title.
RARE_SURNAME_FORMS = (*ADDRESSED_FORMS, *COMRADE_FORMS)
RARE_SURNAME_STARTS = tuple(f" {form} " if form[0].islower() else f"{form} " for form in RARE_SURNAME_FORMS)
ADDRESSED_RARE_NAME_THEN_TITLE = (
    rf"\s?(?:{alternation(RARE_SURNAME_FORMS)})\s+(?P<name>(?:{alternation(MIDDLE_NAMES_AS_OFTEN)})(?:{GIVEN_NAME}){{2,3}}"
    rf"|(?:{alternation([s for s in SURNAMES_AFTER_AN_ADDRESS if s not in MIDDLE_NAMES_AS_OFTEN])})(?:{GIVEN_NAME}){{1,3}})"
    rf"{AGE_REMARK}{NAME_TITLE_JOINT}(?P<title>{SEGMENT_ANY_CASE}(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP}")
# (What a paragraph must hold for the rule, as literal phrases: a search the engine runs as a literal one.)
RARE_SURNAME_AFTER_AN_ADDRESS = alternation([f"{form} {surname} " for form in RARE_SURNAME_FORMS
                                             for surname in SURNAMES_AFTER_AN_ADDRESS])

# A name right after "ở", "tại" is a place's ("Trong trận đánh ở Đồng Xoài, trung đoàn trưởng đã ...": a review's
# probe), whatever title follows its comma.
PLACE_PREPOSITION_BEFORE = rf"(?:^|[^{LETTER}])(?:ở|tại|Tại)\s*$"

# "Đồng chí X được bầu làm Bí thư Tỉnh ủy", "các đồng chí A, B và C được bầu làm Phó Bí thư Tỉnh ủy".
_LISTED_HONORIFIC = rf"(?:(?:{alternation(HONORIFICS)})\s+)?"  # again before the next name: "đồng chí A và đồng chí B"
NAME_LIST = rf"{NAME}(?:\s*,\s*{_LISTED_HONORIFIC}{NAME})*(?:\s+và\s+{_LISTED_HONORIFIC}{NAME})?"
APPOINTED_VERB = rf"(?:{alternation(APPOINTED_TO)})"
# ... those that end with the post's word ("giữ chức vụ", "được bầu giữ chức danh") may stand before a colon ("được bầu
# giữ chức vụ: Trưởng Ban Kiểm soát"); "tái đắc cử:" is a headline's clause ("X tái đắc cử: Tổng thống Y chúc mừng").
APPOINTED_TO_POST_WORD = rf"(?:{alternation([verb for verb in APPOINTED_TO if verb.split()[-1] in ('chức', 'vụ', 'danh')])})"
# One title for several names: after the plural "các" ("Các Phó Chủ tịch HĐND tỉnh A và B chủ trì kỳ họp") or a
# colon ("các đồng chí Ủy viên Ban cán sự đảng, Thứ trưởng: A, B, C;"), a list of two names or more that a clause
# mark or a lower-case word closes (a name the list ends with and a title of its own follows is not the list's).
_NAMES_UNDER_TITLE = rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:\s*,\s*|\s+và\s+){NAME})(?:\s*[;.]|\s+{LOWER}|\s*$)"
PLURAL_STARTS = ("Các ", "các ")
# The words for a district ("Chủ tịch UBND huyện", "... thành phố", "... TP"), the level a place's name follows.
DISTRICT_LEVEL_WORDS = (*districts.DISTRICT_KINDS, *CAPITALISED_DISTRICT_KINDS, "TP")
# The list's title is a title word and a body's name: capitalised words, the words for places ("Phó Chủ tịch HĐND
# tỉnh") and a committee's ("Phó Bí thư Tỉnh ủy", "... Đảng ủy Khối"), never a clause ("Trưởng Công an xã bắt giữ các
# đối tượng: A, B"); a colon may close the title ("các Phó Chủ tịch UBND tỉnh: A, B, C"), and its form with the
# title's chain follows "các đồng chí"; a former post too ("các đồng chí nguyên Chủ tịch ...").
_PLURAL = r"[Cc]ác\s+(?:đồng\s+chí\s+)?"
_LIST_TITLE = (rf"(?:{TITLE_MODIFIER}\s+)?(?:{alternation(TITLE_STARTS)})(?:\s+(?:{UPPER}[^\s:;,]*|&|-|và|nhân dân|ủy|uỷ|"
               rf"{alternation(DISTRICT_LEVEL_WORDS + ('tỉnh', 'xã', 'phường', 'thị trấn'))})){{0,8}}?")
TITLE_FIRST_WORD = rf"(?:{alternation(sorted({t.split()[0] for t in TITLE_KEYWORDS}))})"  # (a title's first word)
PLURAL_TITLE = rf"{_PLURAL}{TITLE_FIRST_WORD}\s"
TITLE_THEN_NAME_LIST = rf"{_PLURAL}(?P<title>{_LIST_TITLE})(?:\s*:)?\s+{_NAMES_UNDER_TITLE}"
TITLE_COLON_NAME_LIST = rf"[Cc]ác\s+đồng\s+chí\s+(?:{SEGMENT}\s*,\s*)*?(?P<title>{_LIST_TITLE})\s*:\s*{_NAMES_UNDER_TITLE}"
COLON_STARTS, COLON_THEN_NAME = ("các đồng chí", "Các đồng chí"), rf":\s*{SURNAME}"  # (what a paragraph must hold)
# Persons holding one post together, "đồng" (co-) before it, each maybe with a form of address, a cleric's too ("Thượng
# tọa A, Thượng tọa B – đồng Phó Trưởng Ban ...", "HT. A, TT. B đồng Phó Trưởng Ban Trị sự", "ông A và ông B đồng ...").
_SHARING_FORM = rf"(?:(?:{alternation((*CLERICAL_FORMS, *CLERICAL_RANKS_AS_READ, *HONORIFICS, *CAPITALISED_HONORIFICS, 'Đồng chí'))})\s+)?"
SHARED_TITLE_LIST = (rf"(?P<names>{NAME}(?:\s*,\s*{_SHARING_FORM}{NAME})*(?:\s*,\s*|\s+và\s+){_SHARING_FORM}{NAME})"
                     rf"\s*[,–-]?\s*đồng\s+(?P<title>{SEGMENT_ANY_CASE}(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP}")
SHARED_TITLE_WORD = rf"\sđồng\s+(?i:{TITLE_FIRST_WORD})\s"  # (what a paragraph must hold; not "Hội đồng", "triệu đồng")
# (The post may follow a colon: "được bầu giữ chức vụ: Trưởng Ban Kiểm soát".)
APPOINTED = (
    rf"(?:^|[^{LETTER}])(?P<names>{NAME_LIST})\s*(?:[-–,]\s*)?(?:đã\s+)?(?:{APPOINTED_TO_POST_WORD}\s*:|{APPOINTED_VERB})\s+"
    rf"(?P<title>{SEGMENT}(?:\s*,\s*{SEGMENT})*){STOP}"
)

# A name's cleaning: cut before a word that is never a given name, or a sentence starter at its end; restart it
# at a surname that is never a middle name ...
CUT_AT_NOT_GIVEN_NAME = rf"\s+(?:{alternation(NOT_GIVEN_NAMES)})\s.*$"
CUT_AT_SENTENCE_STARTER = rf"\s+(?:{alternation(SENTENCE_STARTERS)})$"
RESTART_AT_NEVER_MIDDLE = rf"^.*\s((?:{alternation(NEVER_MIDDLE)})\s)"
# ... not a name of two surnames right after a form of address ("đồng chí Trần | Nguyễn Quang Hiển" is whole).
TWO_SURNAMES = rf"^\S+\s+(?:{alternation(NEVER_MIDDLE)})(?:\s\S+){{1,2}}$"
ADDRESSED = rf"(?i)(?:^|[^{LETTER}])(?:{alternation(HONORIFICS)})\s+$"  # (read on the text right before the name)
# ... or at a second surname followed by a middle name ("Sen Vàng | Phạm Thị Tân").
RESTART_AT_SECOND_SURNAME = rf"^\S+\s+({SURNAME}\s+(?:Thị|Văn)\s)"
# Surnames that are far more often a middle name: a capitalised word right before one is the real surname, one the
# list does not hold ("đồng chí Chẩu | Văn Lâm", "TS. Cấn | Văn Lực"); a form of address or a word that is never a
# given name is not ("Ông Văn Tiến Dũng").
MIDDLE_NAME_SURNAMES = ("Văn",)
STARTS_WITH_MIDDLE_NAME_SURNAME = rf"^(?:{alternation(MIDDLE_NAME_SURNAMES)})\s"
UNLISTED_SURNAME_BEFORE = rf"(?:^|[^{LETTER}.])({UPPER}[{LOWER}{MARK}]+)\s$"
# A name cut short: it ends with a middle name ("Phan Thị", "Lê Văn"; not "Trần Quốc Văn").
ENDS_WITH_NEVER_LAST = (rf"(?:\s(?:{alternation(NEVER_LAST)})|^\S+\s(?:{alternation(LAST_ONLY_AFTER_ANOTHER)}))$")
