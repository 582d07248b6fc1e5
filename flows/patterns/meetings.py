"""Meetings the lead reports: "tổ chức Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ VII",
"Hội nghị BCH lần thứ Mười một (khóa XIX)", "Hội nghị sơ kết công tác ...", "Kỳ họp thứ 3 HĐND tỉnh khóa XVI".
"""

from flows.patterns import alternation
from flows.patterns.letters import LETTER, LOWER, UPPER
from flows.patterns.persons import JOINER

# Ceremonies and festivals ("Lễ", "Lễ hội") are not meetings.
KINDS = ("Hội nghị", "Kỳ họp", "Đại hội", "Phiên họp", "Hội thảo", "Tọa đàm")
# A meeting word right after a building's word names the building, where the meeting is held ("tại Trung tâm Hội
# nghị tỉnh, HĐND tỉnh tổ chức kỳ họp thứ Hai"): joined into one word before the meeting rule reads the lead.
VENUES = ("Trung tâm Hội nghị", "Trung tâm hội nghị", "Cung Hội nghị", "Nhà Hội nghị", "nhà Hội nghị")
JOINED_VENUES = [v.replace(" ", JOINER) for v in VENUES]
# A meeting told with its verb first ("Ban Chấp hành ... đã họp phiên thứ nhất", "Ủy ban ... đã họp phiên thứ 10"): read
# as the meeting's own words ("Phiên họp thứ nhất"), before the meeting rule reads the lead.
VERB_FIRST = {"họp phiên thứ": "Phiên họp thứ"}
# ... and so is a body's session told as "họp kỳ" and its number ("Ủy ban Kiểm tra Trung ương đã họp kỳ 24", "... họp
# kỳ thứ tư"): read as "Kỳ họp 24", "Kỳ họp thứ tư" (the same length: the phrase's offset in the lead holds).
VERB_FIRST_SESSION = (rf"họp kỳ(\s+(?:thứ\s+{LETTER}|\d))", r"Kỳ họp$1")
# A meeting the one reported leads up to ("Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII
# của Đảng"): a later one, named for what it prepares; its words joined as a venue's are, so that the meeting rule
# reads the next one.
AHEAD = ("tiến tới", "Tiến tới")
LEADS_UP_TO = [f"{ahead} {kind}" for ahead in AHEAD for kind in (*KINDS, *(k.lower() for k in KINDS))]
JOINED_LEADS_UP_TO = [phrase.replace(" ", JOINER) for phrase in LEADS_UP_TO]
# Congresses "at all levels" ("đại hội đảng bộ các cấp", "Đại hội Công đoàn các cấp tiến tới ..."): the campaign the
# reported congress belongs to, not the one reported; its kind's words joined, so that the meeting rule reads the next.
# (Only "Đại hội": a "Hội nghị tập huấn cán bộ Hội các cấp" is one conference, for officials of every level.)
# ... and so are the congresses of the affiliated cells or committees ("Đại hội các chi bộ trực thuộc nhiệm kỳ ...",
# "đại hội các đảng bộ trực thuộc tiến tới ...").
ALL_LEVELS = (rf"(?i)(^|[^{LETTER}])(đại)\s(hội(?:\s[^\s,;.()]+){{0,4}}\s+các\s+(?:cấp|(?:chi|đảng)\s+bộ\s+trực\s+thuộc))"
              rf"([^{LETTER}]|$)",
              f"${{1}}${{2}}{JOINER}${{3}}${{4}}")
_JOINED_CONGRESS = {f"{first}{JOINER}{second}": f"{first} {second}"
                    for first, second in (("Đại", "hội"), ("đại", "hội"), ("Đại", "Hội"), ("ĐẠI", "HỘI"))}
# What the meeting rule reads the lead and title through: the venues and the meetings led up to joined, the meetings
# told verb first reworded (and the congresses at all levels joined: ALL_LEVELS).
LEAD_REWRITES = {**dict(zip(VENUES, JOINED_VENUES)), **dict(zip(LEADS_UP_TO, JOINED_LEADS_UP_TO)), **VERB_FIRST}
# ... and the joined words as they were printed, in the name read.
UNJOINED = {**dict(zip(JOINED_VENUES, VENUES)), **dict(zip(JOINED_LEADS_UP_TO, LEADS_UP_TO)), **_JOINED_CONGRESS}
# What kind of Hội nghị: the words after the kind word, up to the session, term or a clause break.
# (A Roman numeral ends at a word's end: case-insensitive, it would otherwise read the "C" of "thứ Chín" as 100.)
SESSION = rf"(?:lần\s+thứ|lần|kỳ\s+họp\s+thứ|phiên\s+thứ|thứ)\s+(\d{{1,3}}|[IVXLC]+\b|[{LETTER}]+(?:\s+[{LETTER}]+){{0,2}})"
# A session's number straight after the kind, with no "thứ" ("Kỳ họp 24").
SESSION_NUMBER = r"^(?:kỳ\s+họp|phiên\s+họp)\s+(\d{1,3})\b"
TERM = r"kh(?:óa|oá)\s+([IVXLC]+|\d{1,3})\b"
ORGANISER_VERB = r"(?:tổ chức|tiến hành|khai mạc|họp|triệu tập)"
# The term of the body that holds the meeting, said right before it: "HĐND huyện khóa XX, kỳ họp thứ 5", "Ban Chấp
# hành ... khóa XVII đã họp kỳ họp thứ hai", "HĐND tỉnh khóa X tổ chức Kỳ họp thứ 3" (the text before the meeting's
# phrase ends so).
TERM_RIGHT_BEFORE = rf"{TERM}(?:\s*,)?(?:\s+(?:đã|sẽ))?(?:\s+{ORGANISER_VERB})?\s*$"

_UNITS = ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín"]


def _words() -> dict[str, int]:
    """Vietnamese ordinal words 1-99 as they follow "lần thứ": "nhất", "hai", "tư", "mười một", "hai mươi mốt"."""
    words = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10}
    for tens in range(1, 10):
        head = "mười" if tens == 1 else f"{_UNITS[tens - 1]} mươi"
        if tens > 1:
            words[head] = tens * 10
        for unit in range(1, 10):
            name = {1: "mốt" if tens > 1 else "một", 4: "tư" if tens > 1 else "bốn", 5: "lăm"}.get(unit, _UNITS[unit - 1])
            words[f"{head} {name}"] = tens * 10 + unit
    words["mười bốn"] = 14
    return words


def _romans(limit: int = 60) -> dict[str, int]:
    numerals = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = {}
    for n in range(1, limit + 1):
        rest, text = n, ""
        for value, letters in numerals:
            while rest >= value:
                text, rest = text + letters, rest - value
        out[text] = n
    return out


ORDINAL_WORDS = _words()
ROMAN_NUMERALS = _romans()

# --- the meeting rules (flows/extract/meetings.py) -------------------------------------------------------------
KIND = alternation(KINDS)
# The name runs to a clause break or a parenthesis, through an abbreviation's dot ("Phụ nữ TP.HCM lần thứ I") and a
# comma before its session or its province ("MTTQ Việt Nam huyện, lần thứ IX", "Đảng bộ xã Giang Thành, tỉnh An
# Giang lần thứ I").
_NAME_COMMA = r",\s*(?:lần\s+thứ|tỉnh)\s"
# A body's acronym in brackets inside the name goes on to its session ("Đại hội đại biểu Đảng bộ Tập đoàn Bưu chính
# Viễn thông Việt Nam (VNPT) lần thứ XXIII", "Hội nghị các Bộ trưởng Phụ trách Thương mại (MRT) lần thứ 23").
_NAME_ACRONYM = rf"\([{UPPER}][{UPPER}{LOWER}&\-]{{1,10}}\)\s"
PHRASE = rf"(?P<phrase>(?i:{KIND})\s(?:[^,;.()]|\.{LETTER}|(?i:{_NAME_COMMA})|{_NAME_ACRONYM})*(?:\([^)]*\))?)"
ORGANISER = rf"(?:^|,\s*)(?P<organiser>[^,]*?)\s+{ORGANISER_VERB}\s+(?:{KIND})"
# What the name says the meeting is: the most specific first.
TYPES = (
    (r"(?i)ban chấp hành|\bBCH\b", "Hội nghị Ban Chấp hành"),
    (r"(?i)ban thường vụ|\bBTV\b", "Hội nghị Ban Thường vụ"),
    (r"(?i)tổng kết", "Hội nghị tổng kết"),
    (r"(?i)sơ kết", "Hội nghị sơ kết"),
    (r"(?i)kỳ họp", "Kỳ họp"),
    (r"(?i)đại hội", "Đại hội"),
)
# A quoted title inside the name ("Hội thảo “Cách mạng công nghiệp lần thứ tư”") has no session of its own.
QUOTED = r"[“\"][^”\"]*[”\"]"
