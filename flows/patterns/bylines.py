"""Bylines: who wrote the article and who took its photos.

Two forms close a Vietnamese article:
- a credit line with role labels: "Tin, ảnh: Anh Phong", "Ảnh: Thành Tâm", "Bài và ảnh: X", "Video: Y";
- a lone name on the last line(s): "Liên Linh", "Đào Quyên", "THÚY AN", "Hòa Lê (T/h)", "Nguyễn Hùng/VOV.VN".
A lone name is the writer (role text). An outlet signature ("Báo Sơn La") or a source ("Theo VnExpress")
is not an author: lines starting with NOT_NAME_FIRST_WORDS are never names.
"""

from flows.patterns import alternation, dates, offices, outlet_registry, provinces
from flows.patterns.letters import LETTER, LOWER, MARK, UPPER
from flows.patterns.degrees import DEGREES_BEFORE_NAME
from flows.patterns.outlets import ORGANISATION_HEADS
from flows.patterns.person_lines import PHOTO_ACTS
from flows.patterns.persons import CAPITALISED_HONORIFICS, RANKS, STOP_VERBS
from flows.patterns.surnames import SURNAMES

# Role label -> role in the export contract.
ROLE_LABELS = {
    "tin": "text",
    "bài": "text",
    "bài viết": "text",
    "thực hiện": "text",
    "ảnh": "photo",
    "video": "video",
    "clip": "video",
}
ROLE_LABEL = rf"(?:{alternation(ROLE_LABELS)})"
ROLE_JOINER = r"\s*(?:,|và|/|\+|&|-)\s*"

# One name word: capitalised (or all capitals), or an initial with its dot ("H. Nam", "T.Hạnh").
NAME_WORD = rf"(?:{UPPER}\.(?:{UPPER}[{LETTER}{MARK}]*)?|{UPPER}[{LETTER}{MARK}]*)"
# Two to five such words, initials alone ("Q.H", "M.P."), an initial joined to the given name ("T.Tâm", "P.Thúy":
# a writer's short signature), or a short all-capital abbreviation ("PV", "CTV").
# (The joined form is tried before the initials alone, which would take "T.T" of it.)
NAME = (rf"(?:{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}}|{UPPER}\.{UPPER}[{LOWER}{MARK}]+|{UPPER}\.{UPPER}\.?"
        rf"|{UPPER}{{2,4}})")
# What may follow a name: "(T/h)", "(tổng hợp theo báo VnExpress, Thanh Niên)", "/VOV.VN", " / quangbinh.gov.vn".
NAME_SUFFIX = rf"(?:\s*\([^()]{{1,60}}\)|\s?/\s?[{LETTER}.\-]{{2,20}})?"
# Several names under one credit: "Tin, ảnh: A - B", "Ảnh: A, B", "A và B".
# (A dash may lose its space before it: "Hữu Bằng- Thanh Hiểu".)
NAME_SEPARATOR = r"\s*(?:,|;|\s?-\s|–|\bvà\b)\s*"

NOT_NAME_FIRST_WORDS = (
    "Ảnh",
    "Video",
    "Clip",
    "Báo",
    "Tạp chí",
    "Đài",
    "Cổng",
    "Trang",
    "Theo",
    "Nguồn",
    "Ban",
    "Sở",
    "Phòng",
    "Ủy ban",
    "UBND",
    "HĐND",
    "Tỉnh ủy",
    "Thành ủy",
    "Đảng ủy",
    "Các",
    "Những",
    "Đồng chí",
    "Việt Nam",
    "Hà Nội",
    "BBT",  # Ban Biên tập: the editorial board signs, no writer
)
# A writer's name in capitals of three words or more opens with a surname or an initial ("NGUYỄN THỊ MAI HIÊN"): a
# heading in capitals after the article ("BẢN ĐỒ HÀNH CHÍNH", "ĐƠN VỊ TÀI TRỢ") is none. (A pen name of two words
# may have none, "HOÀNG MAI", "ĐỨC LỘC"; nor may one in small letters, "Phương Anh Linh".)
LONG_NAME_MIN_WORDS = 3
LONG_NAME_OPENING = rf"^(?:(?i:{alternation(SURNAMES)})\s|(?i:H)['’]|\S*\.)"
# A lone name is at most this long; longer lines are sentences.
MAX_NAME_LINE_CHARS = 60

# Degrees and ranks before an op-ed author's name on the line under the title ("Tiến sỹ Đặng Xuân Phong").
SIGNATURE_PREFIXES = (
    "Tiến sĩ", "Tiến sỹ", "TS.", "TS", "PGS.TS.", "PGS.TS", "PGS. TS", "GS.TS.", "GS.TS", "GS. TS", "ThS.", "ThS",
    "Th.s", "Th.S", "Thạc sĩ", "Thạc sỹ", "Nhà báo", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tướng", "Trung tướng",
    "Thượng tướng", "Đại tướng", "Luật sư", "Bác sĩ", "Kỹ sư",
)
# An office line under such a signature is at most this long.
MAX_OFFICE_LINE_CHARS = 120

# --- byline lines (flows/normalise/lines.py) and bylines (flows/normalise/bylines.py) ---------------------
NOT_NAME = rf"^(?:{alternation(NOT_NAME_FIRST_WORDS)})\b"
NAMES = rf"{NAME}{NAME_SUFFIX}(?:{NAME_SEPARATOR}{NAME}{NAME_SUFFIX})*"
CREDIT_LABEL = rf"(?i:{ROLE_LABEL}(?:{ROLE_JOINER}{ROLE_LABEL})*)"
# A rank or a cleric's form before the credited name, the writer's unit after a comma ("Tin và ảnh: Thiếu tá Phạm
# Văn Thắng, Phòng Chính trị Công ty.", "Tin và ảnh: Đại đức Thích Thiện Đức": two sites): neither is a name. The
# unit opens as a signature's affiliation does (SIGNED_AFFILIATION_LINE: a code, an office, a body's kind); a line
# with an act is a caption ("Ảnh: X, Chủ tịch UBND xã trao quà ...": flows/normalise/lines.py).
CREDITED_RANKS = (*RANKS, *offices.CLERICAL_FORMS)

# A media label before a headline in capitals reads as a credit ("VIDEO: TOÀN CẢNH LỄ DIỄU BINH"): such a line may
# be the title (flows/normalise/lines.py); a writer's or a photographer's credit never is.
MEDIA_LABEL = r"(?i)^(?:video|clip|infographic|podcast|emagazine|e-magazine|audio)\s*:"
# A signature marked as compiled from other sources, whoever signs: "Mai Linh (Tổng hợp)", "Ban Truyền thông Hội X
# (T/h)": it closes the article (a byline; a body's name gives no author), it is never a caption.
COMPILED_SIGNATURE_LINE = r"^[^.!?:()]{1,80}\((?i:t/h|tổng hợp)(?:\s[^()]{0,60})?\)$"
# Several credits on one line: "Tin: K.N - Ảnh: C.Đ", "Bài: A | Ảnh: B".
CREDIT_SEPARATOR = r"\s*[-–|;]\s*"
CREDITS_LINE = rf"^{CREDIT_LABEL}\s*:\s*{NAMES}(?:{CREDIT_SEPARATOR}{CREDIT_LABEL}\s*:\s*{NAMES})+$"
LONE_NAME_LINE = rf"^(?P<names>{NAME}{NAME_SUFFIX})$"
# A signature with its writer's affiliation on the same line, after a dash, a slash or a comma: "Thu Hà - PVHTT",
# "Quý Trường- Huyện đoàn", "Phước Bình/ Công ty Lâm nghiệp Tiền Phong", "Ngô Đức Thắng – Chủ tịch Công đoàn các
# KCN", "VĂN HUYÊN, Phó chủ tịch công đoàn mỏ Hầm lò II" (nine sites). It signs the article only where a lone name
# would, after the last line of text, and only as the one signature there (flows/normalise/lines.py: a portrait's
# caption above a writer's name is no signature, nor is a list of delegates); the affiliation names no writer.
# The affiliation is a unit's code ("PVHTT", "PC66", "LĐO", with its branch: "VOV- Tây Bắc"), a site's domain, or
# opens with an office or the kind of a body ("Huyện đoàn", "Phòng Chính trị"); a headline's or a caption's words
# after a dash ("Festival Huế - Kỳ lễ hội", "Nguyễn Du - đại thi hào dân tộc", "Hội LHPN - xã Tân Lập") make none,
# nor does an act ("... phát biểu").
SIGNATURE_UNITS = (*ORGANISATION_HEADS, "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn", "Phòng", "Khoa", "Đài", "Báo",
                   "Tạp chí", "Trường")
# (A rank opens a person, never a unit: "Ảnh: Đại úy X, Trung úy Y" credits two.)
AFFILIATION_OPENERS = tuple(word for word in (*offices.TITLE_KEYWORDS, *SIGNATURE_UNITS) if word not in RANKS)
SIGNATURE_AFFILIATION_MAX_CHARS = 60
# A signature's or a credit's line with its affiliation is at most this long (longer lines are text or captions).
SIGNATURE_LINE_MAX_CHARS = 120
_AFFILIATION = (rf"{UPPER}[{UPPER}\d&]{{1,9}}(?:\s*[-–]\s*[^.!?:;()\[\]]{{1,30}})?|[\w-]+(?:\.[\w-]+)*\.(?i:vn|com|net|org)"
                rf"|(?i:{alternation(AFFILIATION_OPENERS)})"
                rf"(?:\s[^.!?:;()\[\]]{{1,{SIGNATURE_AFFILIATION_MAX_CHARS}}})?")
SIGNED_AFFILIATION_LINE = rf"^(?P<names>{NAME})(?:\s*[-–/]\s*|,\s*)(?:{_AFFILIATION})\.?$"
CREDIT_LINE = (rf"^(?P<label>{CREDIT_LABEL})\s*:\s*(?:(?:{alternation(CREDITED_RANKS)})\s+)?(?P<names>{NAMES})"
               rf"(?:,\s*(?:{_AFFILIATION}))?\.?$")
SIGNED_AFFILIATION_ACT = rf"\s(?:{alternation((*STOP_VERBS, *PHOTO_ACTS))})(?:\s|[.,]|$)"
# A form of address, a degree or a title of merit before the name makes the line a person's caption ("Ông Nguyễn Văn X
# - Giám đốc ...", "Thầy X - Hiệu trưởng", "TS X - Viện trưởng"), as does a place for a name ("Thừa Thiên - Huế"). (A
# form of address that is also a given name, "Anh", is one only before a surname: "Anh Tuấn - PC66" is signed by Anh
# Tuấn.)
GIVEN_NAME_HONORIFICS = ("Anh",)
# ... and so does a body's kind for a name's first word ("Chi Bộ - Ban Tuyên giáo", "Hội Nông Dân - ...").
SIGNING_BODIES = (*ORGANISATION_HEADS, "Chi bộ", "Chi hội", "Chi đoàn", "Đảng bộ", "Đảng ủy", "Đảng uỷ")
ADDRESSES_BEFORE_A_NAME = (*(h for h in CAPITALISED_HONORIFICS if h not in GIVEN_NAME_HONORIFICS), "Thầy", "Cụ", "Chú",
                           "Bác", "Mẹ", "Cháu", "NSND", "NSƯT", "VĐV", *DEGREES_BEFORE_NAME)
SIGNED_AFFILIATION_ADDRESSED = (
    rf"^(?:(?:{alternation(ADDRESSES_BEFORE_A_NAME)})\.?\s"
    rf"|(?:{alternation(GIVEN_NAME_HONORIFICS)})\s+(?:{alternation(SURNAMES)})\s"
    rf"|(?:{alternation(sorted(provinces.MENTIONS, key=len, reverse=True))})\s*[-–/,]"
    rf"|(?i:{alternation(SIGNING_BODIES)})\s)")
# The outlets' codes that sign beside a writer's name as no writer ("Xuân Hùng - LĐO"): those of three letters or
# more (a shorter one, "TN", "HP", is a writer's initials as often).
OUTLET_CODES_BESIDE_A_WRITER = frozenset(code for code in (*outlet_registry.codes(), *outlet_registry.AMBIGUOUS_CODES)
                                         if len(code) >= outlet_registry.SIGNATURE_CODE_MIN_CHARS)
# Writers in small letters, with their agency's code in brackets, joined by dashes: "Thu Hoài – Đinh Hằng (TTXVN)"
# (a names line: flows/normalise/lines.py).
_WRITER = rf"{UPPER}[{LOWER}{MARK}]+(?:\s+{UPPER}[{LOWER}{MARK}]+){{1,4}}(?:\s*\({UPPER}[{UPPER}\d&./-]{{1,12}}\))?"
WRITERS_WITH_SOURCES = rf"^{_WRITER}(?:{NAME_SEPARATOR}{_WRITER})+$"
# A line that labels its writer ("Tác giả: Lò Văn A, Công chức Văn hóa xã", "Tác giả: Đức Thiện: Văn hóa", "Tác giả :
# Th.s Hồ Minh Đức - Phó Hiệu trưởng"): the names after the label are the writers, whatever affiliation, post or
# section follows them after a comma, a colon or a dash; a dash may be glued to a post's abbreviation ("Tác giả bài
# viết: Doãn Thị Ý-TPT", the Young Pioneers' leader).
LABELLED_AUTHOR_AFFILIATION = rf"(?:(?:\s*[,:]|\s+[-–])\s+[^:]{{1,80}}|[-–]{UPPER}[{UPPER}Đ.]{{0,8}})"
LABELLED_AUTHOR_LINE = (rf"^(?i:{dates.AUTHOR_LABEL})\s*(?:(?:{alternation(SIGNATURE_PREFIXES)})\s+)?(?P<names>{NAMES})"
                        rf"(?:{LABELLED_AUTHOR_AFFILIATION})?$")
# ... a credit too when what the label names is no person's name ("Tác giả bài viết: Đoàn xã Tam Đàn", a body; a
# school portal's label, two sites of batch CL): no writer, and no text.
# (No sentence: "Tác giả: Phạm Tiến Duật sinh năm 1941, quê ở ..." on a lesson's page is text.)
LABELLED_CREDIT_LINE = rf"^(?i:{dates.AUTHOR_LABEL})\s*[^.!?,;]{{1,60}}$"
# The editorial board signing on a line of its own ("BBT", "Ban Biên Tập": three sites of the development pages and
# batches CL, CN): a credit with no writer.
BOARD_SIGNATURE_LINE = r"^(?i:bbt|ban biên tập)\.?$"
# The lines that credit their writers or photographers by a label.
CREDIT_LINES = (CREDIT_LINE, CREDITS_LINE, LABELLED_AUTHOR_LINE, LABELLED_CREDIT_LINE, BOARD_SIGNATURE_LINE)
# An op-ed's signature under its title: a degree or rank, then the name ("Tiến sỹ Đặng Xuân Phong").
SIGNED_NAME_LINE = rf"^(?:{alternation(SIGNATURE_PREFIXES)})\s+(?P<names>{NAME})$"
# A line that is a title of office ("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy,").
OFFICE_LINE = rf"(?i)^(?:{alternation(offices.TITLE_KEYWORDS)})\s"
# An op-ed's signature in one line: the author's name in capitals, then offices ("LÊ VĂN AN, Bí thư Tỉnh ủy").
SIGNATURE_OFFICE_WORDS = (*offices.TITLE_KEYWORDS, "UVTƯ", "UVTW")  # with a Central Committee member's abbreviation
SIGNATURE_WITH_OFFICES = (rf"^(?P<names>{UPPER}+(?:\s{UPPER}+){{1,4}}),\s*"
                          rf"(?i:{alternation(SIGNATURE_OFFICE_WORDS)})(?:\s|,|$)")
# ... whose name is no title of office: "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN X: ..." is a headline in capitals.
NOT_SIGNATURE_NAMES = sorted({title.lower() for title in offices.TITLE_KEYWORDS})
# An author line under the title: names joined by commas, dashes or bars ("Minh Anh – Thu Hà").
NAMES_LINE = rf"^{NAME}(?:(?:{NAME_SEPARATOR}|\s*\|\s*){NAME})*$"
# An op-ed signature's degree or rank before the name, and the offices after a name in capitals.
SIGNATURE_PREFIX = rf"^(?:{alternation(SIGNATURE_PREFIXES)})\s+"
# A contributor's label before a signature's name, "CTV" (cộng tác viên), with a dash or a space: "CTV- Nguyễn Thơm",
# "CTV Thuý Ngọ" are signed by Nguyễn Thơm, Thuý Ngọ (alone, "CTV" stays a signature of its own, as "PV" does).
CONTRIBUTOR_LABEL = r"^CTV(?:\s*[-–]\s*|\s+)"
SIGNATURE_OFFICES = SIGNATURE_WITH_OFFICES + ".*$"

# The mark that closes an official article's last paragraph ("... vào Đảng./."): a lone name on the next line signs it,
# whatever the page prints after the name (a share button, an error message).
CLOSING_MARK = "./."
# A signature's affiliation in brackets on the line under the name ("Hoàng Huy" / "(Cơ quan UBKT Tỉnh ủy X)"): part of
# the signature, not text.
AFFILIATION_LINE = r"^\([^()]{3,120}\)$"
# A name right under the last paragraph signs it when what follows has no more words than this a line and no period.
SIGNATURE_TAIL_MAX_WORDS = 8

# A byline trailing the last paragraph ("... ./. Nguyễn Hùng"): after the last sentence end.
SENTENCE_END = r"[.!?…\"”»)\]]"
BYLINE_AT_END = rf"(?P<byline>{CREDIT_LABEL}\s*:\s*{NAMES}|{NAMES})$"
TRAILING_BYLINE = rf"^(?P<rest>.*{SENTENCE_END})\s+{BYLINE_AT_END}"
BYLINE_AFTER_SENTENCE = rf"{SENTENCE_END}\s+{BYLINE_AT_END}"
# A byline is short: it is looked for in the paragraph's last characters only.
BYLINE_WINDOW_CHARS = 300
# One credit per row: "Tin: K.N - Ảnh: C.Đ" -> "Tin: K.N", "Ảnh: C.Đ" (the separator before the next label).
NEXT_CREDIT = rf"{CREDIT_SEPARATOR}({CREDIT_LABEL}\s*:)"
