"""Positions: a person's title of office parsed into posts, role + body (applied by flows/extract/positions.py;
the role tables are in patterns/persons.py, "positions")."""

from flows.patterns import alternation
from flows.patterns import organizations as organization_names
from flows.patterns import persons as p
from flows.patterns.offices import TITLE_KEYWORDS
from flows.patterns.letters import LOWER, UPPER

# Every role word, longest first, matched without regard to case at a segment's start.
ROLES = sorted({*TITLE_KEYWORDS, *p.ROLE_WITH_BODY}, key=len, reverse=True)
ROLE_AT_START = rf"^(?i:({alternation(ROLES)}))(?:\s+|$)"
# A new post starts after a comma, a semicolon or a dash when a role follows.
POST_BREAK = rf"\s*(?:[,;]|\s[-–])\s*((?i:{alternation(ROLES)})(?:\s|$))"
BODY = organization_names.name_pattern().replace("(?P<head>", "(?:").replace("(?P<rest>", "(?:")
# A body said that reads as an organisation as a whole, or up to a lower-case word.
WHOLE_BODY = rf"^({BODY})$"
BODY_THEN_LOWER_CASE = rf"^({BODY})\s+{LOWER}"
# ("và" and "của" stay: "Viện Nghiên cứu giới và phát triển", "Ủy ban Pháp luật của Quốc hội"; "và ông" goes.)
FROM_FOLLOWER = (rf"\s+(?:{alternation([w for w in organization_names.FOLLOWERS if w not in ('và', 'của')])}"
                 rf"|và\s+(?:ông|bà|vợ|chồng|các|những|một|nhiều|lãnh đạo|đại diện|{LOWER}+\s+(?:ông|bà)|{UPPER}{{2,}}\S*)"
                 rf"|của\s+{LOWER}\S*)(?:\s.*)?$")
# A body said in more words than this is a clause, not a name.
MAX_SAID_WORDS = 12
GENERIC_BODIES = sorted(
    {h.lower() for h in [*organization_names.HEADS, *organization_names.GENERIC_NAMES,
                         *organization_names.ABBREVIATIONS.values()]}
    - {b.lower() for b in [*organization_names.UNIQUE_BODIES, *organization_names.BARE_ENDINGS, "Chính phủ",
                           "Ban Chấp hành Trung ương Đảng"]})
LEVEL_WORDS = alternation([w for ws in organization_names.PLACE_PREFIXES.values() for w in ws] + ["tỉnh"])
# "Bí thư tỉnh ủy", "Ủy viên trung ương Đảng": a body's head written in lower case is still its head.
LOWER_CASE_HEAD = rf"^(?i:{alternation([*organization_names.HEADS, 'Trung ương'])})(?:\s|$)"
# ("Trưởng Công an | huyện Đông Hưng": after a role that holds its body, the body's place.)
STARTS_WITH_LEVEL_WORD = rf"^(?:{LEVEL_WORDS})\s+{UPPER}"
# ("Giám đốc Công ty TNHH": a legal form does not make a unit less generic.)
LEGAL_FORM = rf"\s+(?:{alternation(p.LEGAL_FORMS)})(?:\s|$)"
# ("Chủ nhiệm Chính trị | Bệnh viện": a body that ends with a generic unit is no particular one either.)
ENDS_WITH_GENERIC_UNIT = rf"\s(?:{alternation(p.GENERIC_UNITS)})$"
ENDS_INCOMPLETE = rf"\s(?:{alternation(p.INCOMPLETE_ENDINGS)})$"
# A central body with a local place is two run together.
CENTRAL_AND_LOCAL = rf"Trung ương.*\s(?:{LEVEL_WORDS})\s+{UPPER}"
