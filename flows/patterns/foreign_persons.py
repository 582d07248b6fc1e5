"""Persons whose names are not Vietnamese: heads of foreign states and governments named after their country, and
foreign guests, envoys and clergy named after a form of address or a title, with their office after the name
(flows/extract/persons.py applies them; the Vietnamese shapes are in flows/patterns/persons.py)."""

from flows.patterns import alternation
from flows.patterns.countries import COUNTRY_ADJECTIVES, STATES_ABROAD, country_names, country_names_in_english
from flows.patterns.letters import LETTER, LOWER, MARK, UPPER
from flows.patterns.persons import NAME_TITLE_JOINT, RANKS, SEGMENT_ANY_CASE, STOP, TITLE, TITLE_ANY_CASE

# Heads of foreign states and governments: a title, the country, then a name in the Latin alphabet without
# Vietnamese letters ("Thủ tướng Đức Angela Merkel", "Tổng thống Hàn Quốc Moon Jae-in", "Bộ trưởng Quốc phòng Mỹ
# James Mattis"). The name must end the capitalised run, as in TITLE_THEN_NAME, and not inside a hyphenated word
# ("Moon Jae | -in").
# The lower-case letters of Central and Northern European names beside the plain ones ("Jan Lipavský", "Hynek
# Kmoníček": batch CA); not Vietnamese's own (â, ê, ô, ă, ơ, ư, đ and the letters of two marks).
_FOREIGN_LOWER = "a-záéíóúýäëïöüčćěšřžůňťďľĺłśźżńñçßøåæőű"
# An Arabic name's article and a name's particles in small letters ("Tamim bin Hamad al-Thani", "Ursula von der
# Leyen", "Bill de Blasio": the corpus) are the name's.
_PARTICLE = r"(?:bin|bint|ibn|de|da|di|del|dos|van|von|der|den|du|la|le)"
LATIN_WORD = rf"(?:(?:al|el)-)?[A-Z][{_FOREIGN_LOWER}]+(?:-[A-Za-z][{_FOREIGN_LOWER}]*)?"
# A middle name's initial ("George W. Bush", "John F. Kennedy"), or a first name's before the surname alone ("A.
# Lukashenko", "V.Putin": the corpus).
LATIN_NAME = (rf"(?:{LATIN_WORD}(?:\s+(?:{_PARTICLE}\s+)*(?:[A-Z]\.\s*)?{LATIN_WORD}){{1,3}}"
              rf"|[A-Z]\.\s?{LATIN_WORD})")
COUNTRY_THEN_LATIN_NAME = rf"(?:{alternation(country_names())})\s+{LATIN_NAME}"
# ... and a member of a foreign parliament or council by the title alone ("Dân biểu Nick Lailich", "Thượng Nghị Sĩ Lou
# Correa", "Hạ nghị sĩ Aoyagi Yoichiro": four sites of batches CA-CJ), the name ending its capitalised run as above.
LEGISLATORS = ("Thượng nghị sĩ", "Thượng Nghị sĩ", "Thượng Nghị Sĩ", "Hạ nghị sĩ", "Hạ Nghị sĩ", "Hạ Nghị Sĩ",
               "Nghị sĩ", "Nghị Sĩ", "Dân biểu", "Dân Biểu", "Nghị viên", "Nghị Viên")
# ... and so a head of state or government, a foreign or a defence minister, a monarch, when the
# text leaves the country out ("Tổng thống Donald Trump", "Ngoại trưởng Rex Tillerson", "Bộ trưởng Quốc phòng James
# Mattis", "Tổng thống Vladimir Putin": 8 of the 75 corpus articles annotated for persons; a Vietnamese holder's name
# is never in plain Latin letters, nor made of Vietnamese syllables alone, "Nguyen Xuan Phuc").
# (Not "Tổng thư ký": an organisation's name follows as often, "Tổng thư ký Hezbollah X"; nor "Nữ hoàng", "Nhà vua":
# a queen of pop, a king of clay courts.)
_FOREIGN_OFFICES = ("Tổng thống", "Phó Tổng thống", "Thủ tướng", "Phó Thủ tướng", "Ngoại trưởng", "Quốc vương",
                    "Bộ trưởng Quốc phòng", "Bộ trưởng Ngoại giao")
FOREIGN_OFFICES = tuple(dict.fromkeys(form for office in _FOREIGN_OFFICES
                                      for form in (office, " ".join(word.capitalize() for word in office.split()))))
OFFICES_BEFORE_A_LATIN_NAME = (*LEGISLATORS, *FOREIGN_OFFICES)
OFFICE_THEN_LATIN_NAME = (rf"(?P<title>{alternation(OFFICES_BEFORE_A_LATIN_NAME)})\s+(?P<name>{LATIN_NAME})"
                              rf"(?:\s+{LOWER}|\s*[^{LETTER}\s\-]|\s*-\s|\s*$)")
# In a chain of titles before a name, a legislator named before a comma is another person: the chain restarts after
# ("Dân biểu Nick Lailich, Dân biểu Calvin, Nghị viên | Trần Nhân"; group 1: the rest).
AFTER_A_NAMED_LEGISLATOR = rf"^.*(?:{alternation(LEGISLATORS)})\s+{UPPER}\S*(?:\s+{UPPER}\S*){{0,3}}\s*,\s*(.+)$"
# The legislator's name opens with no country's or state's name ("Nghị sĩ Ba Lan", "Thượng nghị sĩ Texas Ted Cruz"),
# and the title is no body's ("Đoàn Nghị sĩ", "Nhóm Nghị sĩ hữu nghị": the words before it, BODY_BEFORE_LEGISLATOR).
PLACE_FIRST = (rf"^(?:{alternation((*country_names(), *country_names_in_english(), *COUNTRY_ADJECTIVES, *STATES_ABROAD))})"
               r"(?:\s|$)")
# ("Nghị" is a surname: "các em Thượng Nghị Sĩ Trẻ", young senators, hold no person "Nghị Sĩ Trẻ".)
LEGISLATOR_AS_NAME = r"^(?i:nghị\s+(?:sĩ|viên))\s"
BODY_BEFORE_LEGISLATOR = r"(?i)(?:đoàn|nhóm|hội|liên minh|ủy ban|uỷ ban|ban)\s+$"
# (The office in small letters too, after "cựu", "tân" or inside a sentence: "cựu tổng thống Pháp Francois Hollande",
# "ngoại trưởng Mỹ Rex Tillerson": eleven mentions in the corpus.)
LOWER_CASE_FOREIGN_OFFICES = tuple(office.lower() for office in _FOREIGN_OFFICES)
_AFTER_A_FOREIGN_NAME = rf"(?:\s+{LOWER}|\s*[^{LETTER}\s\-]|\s*-\s|\s*$)"
FOREIGN_LEADER = (
    rf"(?P<title>{TITLE}[^,;:.()\n]{{0,40}}?\s(?:{alternation(country_names())}))\s+(?P<name>{LATIN_NAME})"
    rf"{_AFTER_A_FOREIGN_NAME}"
)
# (A search of its own: in the one above, the small letters' offices would widen the long search of every title.)
LOWER_CASE_FOREIGN_LEADER = (rf"(?P<title>(?:{alternation(LOWER_CASE_FOREIGN_OFFICES)})\s(?:{alternation(country_names())}))"
                             rf"\s+(?P<name>{LATIN_NAME}){_AFTER_A_FOREIGN_NAME}")
# The words before the office that make the name after it another's: a spouse, a candidate, the leader's plane
# ("Phu nhân tổng thống Mỹ Melania Trump", "Ứng viên tổng thống Pháp Marine Le Pen", "Chuyên cơ tổng thống Mỹ Air
# Force One": a review's probes), unless the relative is named after it ("Phu nhân Tổng thống Mỹ Donald Trump, bà
# Melania": APPOSED_RELATIVE). (Not an aide's or a child's word: "cố vấn của Tổng thống Mỹ Ronald Reagan", "con
# gái Tổng thống Donald Trump, cô Ivanka" name the leader as often: the corpus.)
RELATIONS_BEFORE_AN_OFFICE = ("phu nhân", "vợ", "chồng", "ứng viên", "ứng cử viên", "chuyên cơ", "kẻ ám sát")
RELATION_BEFORE_OFFICE = rf"(?i)(?:^|[^{LETTER}])(?:{alternation(RELATIONS_BEFORE_AN_OFFICE)})(?:\s+của)?\s*$"
APPOSED_RELATIVE = r"^\s*,?\s*(?:bà|ông|cô|chị|anh|ngài)\s"
# ... and a Chinese leader, whose name the press writes in its Sino-Vietnamese reading, two to four syllables with
# Vietnamese letters and a surname Vietnamese rarely bear ("Chủ tịch Trung Quốc Tập Cận Bình": 15 mentions in the
# corpus; "Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh"), the name ending its capitalised run.
SINO_COUNTRIES = ("Trung Quốc", "Đài Loan", "Hồng Kông", "Ma Cao")
_SINO_SYLLABLE = rf"{UPPER}[{LOWER}{MARK}]*"
SINO_LEADER = (
    rf"(?P<title>{TITLE}[^,;:.()\n]{{0,40}}?\s(?:{alternation(SINO_COUNTRIES)}))\s+"
    rf"(?P<name>{_SINO_SYLLABLE}(?:\s+{_SINO_SYLLABLE}){{1,3}}){_AFTER_A_FOREIGN_NAME}"
)
COUNTRY_THEN_SINO_NAME = rf"(?:{alternation(SINO_COUNTRIES)})\s+{_SINO_SYLLABLE}\s+{_SINO_SYLLABLE}"

# A foreign guest, envoy or prelate after a form of address or a title, then the office after a comma or a dash
# ("ông Tatsuya Niimi, Tùy viên kinh tế ...", "Bà Ramla Khalidi, Trưởng đại diện thường trú ...", "Thiếu tướng Leang
# Sovannara - Trưởng Tùy viên quân sự ...", "Đức Tổng giám mục Marek Zalewski, Sứ thần Toà Thánh ...": five sites of
# batches BT-CB; a Party's guest after "đồng chí", "Jose Ramon Balaguer Cabrera": the corpus). Two to four
# capitalised words, at least one no Vietnamese syllable and the first no Vietnamese
# surname (flows/extract/persons.py checks both: "ông Nguyen Van A" is a Vietnamese name unaccented).
# The words before the name: a form of address, a rank, a prelate's title. (As the search's start phrases, each with
# the space around it: "ông" alone is in every "không" and "công".)
ADDRESS_BEFORE_FOREIGN_NAME = (" ông ", " bà ", "Ông ", "Bà ", "Ngài ", " ngài ", " đồng chí ", "Đồng chí ",
                               *(f"{rank} " for rank in RANKS),
                               "Giám mục ", "Tổng giám mục ", "Tổng Giám mục ", "Hồng y ", "Đức cha ", "TGM ")
_FOREIGN_WORD = rf"{UPPER}[{LOWER}{MARK}]+"
FOREIGN_NAME_THEN_TITLE = (
    rf"\s?(?:{alternation([start.strip() for start in ADDRESS_BEFORE_FOREIGN_NAME])})\s+"
    rf"(?P<name>{_FOREIGN_WORD}(?:\s+{_FOREIGN_WORD}){{1,3}})"
    rf"{NAME_TITLE_JOINT}(?P<title>{SEGMENT_ANY_CASE}(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP}"
)
# ... and a name in plain Latin letters opening a clause, then its office after a comma ("James Hollis, Giám đốc điều
# hành Corning, ...", "Xiao Wunan, Phó chủ tịch Hiệp hội ...": six in the corpus), a former one too ("cựu").
LATIN_NAME_THEN_TITLE = (rf"(?:^|[.!?”\"]\s+|,\s+)(?P<name>{LATIN_NAME})\s*,\s*"
                         rf"(?P<title>(?:(?i:cựu|nguyên)\s+)?{SEGMENT_ANY_CASE}(?:\s*,\s*{SEGMENT_ANY_CASE})*){STOP}")
# (What a paragraph must hold for it, no lazy repetition in it: a cheap test before the search.)
LATIN_NAME_BEFORE_COMMA = rf"{LATIN_NAME}\s*,\s*(?:(?i:cựu|nguyên)\s+)?{TITLE_ANY_CASE}"
# The next guest after "và" and a form of address ends a guest's title ("ông A - Tổng thư ký Hiệp hội | và ông B").
AND_NEXT_GUEST = rf"\s+và\s+(?:{alternation([start.strip() for start in ADDRESS_BEFORE_FOREIGN_NAME])})$"
COUNTRY_FIRST = rf"^(?:{alternation(country_names())})\s"
# (What a paragraph must hold for the rule: two words of plain Latin letters before the joint, as most foreign names
# are; a cheap test before the search from every form of address.)
FOREIGN_NAME_BEFORE_JOINT = r"[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s*(?:,|[-–(])"
