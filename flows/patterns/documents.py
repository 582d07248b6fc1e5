"""Documents cited: "Kết luận số 21-KL/TW", "Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009 của ...",
"Chỉ thị 05 của Bộ chính trị", "Thông tư 332/2016/TT-BTC".

A reference needs a number: "số N...", a number with a code ("21-KL/TW"), or a bare number followed by
"của"/"ngày" (the issuer or the date). "Nghị quyết Đại hội ... lần thứ XIII" has none and is not a reference.

Where the code conventions come from. A document's number ("số, ký hiệu") is set by two sets of rules:
- the Party's rules on the format of its documents (the Central Office's guidance on Party documents): the number,
  a hyphen, the kind's abbreviation, a slash and the issuer's abbreviation: "05-CT/TW" (a directive of the Party
  centre), "01-NQ/ĐUK", "71-KH/TU", "822-CV/BTGTU";
- the State's rules on administrative documents and on legal documents (the Government's decree on clerical
  work, the Law on legal documents): the number, a slash, the year for a legal document, a slash, then the
  kind's abbreviation, a hyphen and the issuer's: "53/2017/NĐ-CP", "15/2023/QĐ-UBND", "1001/QĐ-TTg"; a law
  has no kind part ("12/2017/QH14": the National Assembly of the 14th term); an official letter (công văn) puts
  the issuer first and the drafting unit after it ("1866/UBND-KTN").
Only the abbreviations of those rules we are sure of are listed; a code with another one keeps it as written.
"""

from flows.patterns import alternation, organizations
from flows.patterns.letters import LOWER, UPPER

KINDS = (
    "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Kế hoạch", "Thông tư", "Nghị định",
    "Luật", "Công văn", "Thông báo", "Hướng dẫn", "Đề án", "Chương trình", "Chương trình hành động", "Thông tri", "Pháp lệnh",
    "Công điện", "Báo cáo", "Tờ trình",
    # An official letter named as a document ("Văn bản số 4912/UBND-NC"); a number is needed, as for any kind. A
    # notice of conclusions is a kind of its own ("Thông báo kết luận số 59-TB/TU"), not a "Kết luận".
    "Văn bản", "Thông báo kết luận",
)
# Issuer: "của Bộ Chính trị", "của BCH Trung ương Đảng", "của Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh":
# an organisation name (patterns/organizations.py) after "của".
DATE = r"ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"

# Kind abbreviations in codes, as the rules spell them -> the kind of document. Matching ignores case and the
# stroke of Đ ("Ttg", "ND-CP" as some articles type them), so no two may differ only by those.
KIND_ABBREVIATIONS = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",              # Party
    "QĐ": "Quyết định",            # (the Party's regulations were also numbered QĐ before they took QĐi)
    "QĐi": "Quy định",             # Party
    "QC": "Quy chế",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "CV": "Công văn",              # Party: "822-CV/BTGTU"
    "HD": "Hướng dẫn",
    "NĐ": "Nghị định",             # State
    "TT": "Thông tư",              # State form "N/year/TT-BTC"; in the Party form "N-TT/TW" it is a Thông tri
    "TTLT": "Thông tư liên tịch",  # State, issued jointly: "04/2012/TTLT-BYT-BTC"
    "NQLT": "Nghị quyết liên tịch",
    "CĐ": "Công điện",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "ĐA": "Đề án",
    "CTr": "Chương trình",
}

# The code after the number: "-KL/TW", "/2016/TT-BTC", "/KH-UBND", "-NQ/ĐUK".
# (A space may follow the number's dash before the kind's letters in capitals and their issuer: "71- NQ/TW", "4854-
# QĐ/QU"; not before a word, "Kế hoạch 135- Chương trình ...". A space before the dash, or for it, before a kind's
# abbreviation of KIND_ABBREVIATIONS, its slash and its issuer, and spaced dashes between the issuer's parts: "52 -
# NQ/TW", "17 KH/ĐU", "Công văn số 787 CV/ĐUK", "Quy định 163 QĐ/TW", "10 - KH/ĐTN - VP": four sites of batches CL, CO,
# CR; the code is read with its dash, TAIL_OPENING; not "12 UBND/VX" (a body's name), "2 Đ/C" (comrades).)
_CODE_PART = rf"[{UPPER}\d][{UPPER}{LOWER}\d]*"
_ISSUER_PARTS = rf"/{_CODE_PART}(?:[/\-]{_CODE_PART})*"
CODE_TAIL = (rf"(?:-\s[{UPPER}][{UPPER}\d]*{_ISSUER_PARTS}"
             rf"|(?:\s[-–]\s?|–\s?|\s)(?:{alternation(list(KIND_ABBREVIATIONS))}){_ISSUER_PARTS}(?:\s[-–]\s{_CODE_PART})*"
             rf"|(?:[/\-]{_CODE_PART})+)")
# The code's tail as its rules write it: a dash between the number and the kind, none between its parts, no space
# ("52 - NQ/TW" -> "-NQ/TW", "10 - KH/ĐTN - VP" -> "-KH/ĐTN-VP").
TAIL_OPENING = r"^(?:\s*[-–]\s*|\s+)"
TAIL_SPACED_DASH = r"\s[-–]\s"
# Issuer abbreviations in codes -> (the issuer, its scope). A "local" issuer exists once per province (every
# province has its Tỉnh ủy, its UBND), so one code of a local issuer names a document per province: such
# documents are told apart by the province of the article that cites them. "central" ones are national.
ISSUER_ABBREVIATIONS = {
    # The Party
    "TW": ("the Party centre: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư", "central"),
    "VPTW": ("Văn phòng Trung ương Đảng", "central"),
    "BTCTW": ("Ban Tổ chức Trung ương", "central"),
    "BTGTW": ("Ban Tuyên giáo Trung ương", "central"),
    "UBKTTW": ("Ủy ban Kiểm tra Trung ương", "central"),
    "TU": ("a provincial Party committee: Tỉnh ủy, Thành ủy", "local"),
    "HU": ("Huyện ủy", "local"),
    "QU": ("Quận ủy", "local"),
    "ĐU": ("Đảng ủy", "local"),
    "ĐUK": ("Đảng ủy Khối", "local"),
    "BTGTU": ("Ban Tuyên giáo Tỉnh ủy", "local"),
    "BTCTU": ("Ban Tổ chức Tỉnh ủy", "local"),
    "VPTU": ("Văn phòng Tỉnh ủy", "local"),
    # The State
    "QH": ("Quốc hội (a law's code adds the term: QH14)", "central"),
    "UBTVQH": ("Ủy ban Thường vụ Quốc hội", "central"),
    "CP": ("Chính phủ", "central"),
    "TTg": ("Thủ tướng Chính phủ", "central"),
    "VPCP": ("Văn phòng Chính phủ", "central"),
    "BTC": ("Bộ Tài chính", "central"),
    "BYT": ("Bộ Y tế", "central"),
    "BCA": ("Bộ Công an", "central"),
    "BQP": ("Bộ Quốc phòng", "central"),
    "BNV": ("Bộ Nội vụ", "central"),
    "BTP": ("Bộ Tư pháp", "central"),
    "BXD": ("Bộ Xây dựng", "central"),
    "BCT": ("Bộ Công Thương", "central"),
    "BGDĐT": ("Bộ Giáo dục và Đào tạo", "central"),
    "BLĐTBXH": ("Bộ Lao động - Thương binh và Xã hội", "central"),
    "BTNMT": ("Bộ Tài nguyên và Môi trường", "central"),
    "NHNN": ("Ngân hàng Nhà nước Việt Nam", "central"),
    "UBND": ("Ủy ban nhân dân (of a province, district or commune)", "local"),
    "HĐND": ("Hội đồng nhân dân (of a province, district or commune)", "local"),
}

# How an article names an issuer after "của" (abbreviations already expanded, see patterns/organizations.py)
# -> the issuer abbreviation its codes carry. Regexes matched at the start of the name, case-insensitively;
# the first that matches wins, so a longer name comes before its prefix ("Ủy ban Thường vụ Quốc hội" before
# "Quốc hội", "Ban Tuyên giáo Tỉnh ủy" before "Tỉnh ủy").
ISSUER_NAMES = (
    (r"Ủy ban Thường vụ Quốc hội", "UBTVQH"),
    (r"Quốc hội", "QH"),
    (r"Thủ tướng", "TTg"),
    (r"Văn phòng Chính phủ", "VPCP"),
    (r"Chính phủ", "CP"),
    (r"Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương( Đảng)?$", "TW"),
    (r"Văn phòng Trung ương", "VPTW"),
    (r"Ban Tổ chức Trung ương", "BTCTW"),
    (r"Ban Tuyên giáo Trung ương", "BTGTW"),
    (r"Ủy ban Kiểm tra Trung ương", "UBKTTW"),
    (r"Ban Tuyên giáo (Tỉnh|Thành) ủy", "BTGTU"),
    (r"Ban Tổ chức (Tỉnh|Thành) ủy", "BTCTU"),
    (r"Văn phòng (Tỉnh|Thành) ủy", "VPTU"),
    (r"(Ban Thường vụ |Ban Chấp hành (Đảng bộ )?)?(Tỉnh|Thành) ủy", "TU"),
    (r"(Ban Thường vụ |Ban Chấp hành (Đảng bộ )?)?Huyện ủy", "HU"),
    (r"(Ban Thường vụ |Ban Chấp hành (Đảng bộ )?)?Quận ủy", "QU"),
    (r"(Ban Thường vụ |Ban Chấp hành (Đảng bộ )?)?Đảng ủy Khối", "ĐUK"),
    (r"Ủy ban nhân dân", "UBND"),
    (r"Hội đồng nhân dân", "HĐND"),
    (r"Bộ Tài chính", "BTC"),
    (r"Bộ Y tế", "BYT"),
    (r"Bộ Công an", "BCA"),
    (r"Bộ Quốc phòng", "BQP"),
    (r"Bộ Nội vụ", "BNV"),
    (r"Bộ Tư pháp", "BTP"),
    (r"Bộ Xây dựng", "BXD"),
    (r"Bộ Công Thương", "BCT"),
    (r"Bộ Giáo dục và Đào tạo|Bộ GD\s*[&\-–]\s*ĐT", "BGDĐT"),
    (r"Bộ Lao động", "BLĐTBXH"),
    (r"Bộ Tài nguyên và Môi trường", "BTNMT"),
    (r"Ngân hàng Nhà nước", "NHNN"),
)

# Offices that issue documents in their own name, before their body: "của Thủ tướng Chính phủ", "của Bộ trưởng Bộ
# GD&ĐT". The issuer is the office and its body; the codes carry the office's own abbreviation (TTg) or, for a
# minister, the ministry's (TT-BGDĐT): ISSUER_NAMES reads the name without such an office first.
ISSUER_OFFICES = ("Thủ tướng", "Bộ trưởng")
# Offices whose abbreviation is their own (ISSUER_NAMES lists them); the others issue under their body's.
OFFICES_WITH_OWN_CODE = ("Thủ tướng",)

# The parts of a code (letters of a part: upper or lower case, as "TTg", "QĐi", "CTr").
_PART = rf"{UPPER}[{UPPER}{LOWER}]*"
# The Party's form: number, kind, issuer, and the drafting unit after it if any: "05-CT/TW", "822-CV/BTGTU",
# "10-KH/ĐTN-VP".
PARTY_CODE = rf"^(?P<number>\d+)-(?P<kind>{_PART})/(?P<issuer>{_PART})(?:-{_PART})*$"
# The State's form: number, the year of a legal document, then kind-issuer ("53/2017/NĐ-CP", "1001/QĐ-TTg"),
# issuer-unit ("1866/UBND-KTN", an official letter), issuer and term ("12/2017/QH14"), or the year alone
# ("Nghị định 163/2006", a code cut short). Which of kind-issuer or issuer-unit it is, the kinds table says.
STATE_CODE = (
    rf"^(?P<number>\d+)(?:[/\-](?P<year>(?:19|20)\d\d))?"
    rf"(?:/(?P<first>{_PART})(?P<term>\d*)(?:-(?P<second>{_PART})(?:-{_PART})*)?)?$"
)

# --- the reference rule (flows/extract/documents.py) -----------------------------------------------------------
# A kind ("liên tịch" with it: a joint plan, "Kế hoạch liên tịch số 383-KHLT/..."), its number ("số" or "số:"
# optional) and code, then its date and its issuer when given.
_REFERENCE_DATE = r"ngày\s+(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]\s*(?P<year>\d{4})"
_ISSUER = (rf"của\s+(?P<issuer>(?:(?:{alternation(ISSUER_OFFICES)})\s+)?"
           rf"{organizations.name_pattern(head_case_insensitive=True, and_any_word=False)})")
# The office before the body, for the body's abbreviation ("Bộ trưởng | Bộ Y tế" -> BYT).
OFFICE_OF_A_BODY = rf"^(?:{alternation([o for o in ISSUER_OFFICES if o not in OFFICES_WITH_OWN_CODE])})\s+"
REFERENCE = (
    rf"(?P<kind>(?i:{alternation(KINDS)})(?:\s+liên tịch)?)\s+(?P<so>số(?:\s*:\s*|\s+))?(?P<number>\d+)"
    rf"(?P<tail>{CODE_TAIL})?(?:\s*,?\s*{_REFERENCE_DATE})?(?:\s+{_ISSUER})?"
)
