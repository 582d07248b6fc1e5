"""How a person's title is cut and whose it is: the cleaning of a title read next to a name (up to the next person, a
place or an organisation's name; after a clause word or a conjunction) and the tests that tell a title that is the
person's own from one that is another's or a place's (applied by flows/extract/persons.py; the person shapes are in
flows/patterns/persons.py)."""

from flows.patterns import alternation, districts, provinces
from flows.patterns.letters import LETTER, UPPER
from flows.patterns.persons import (ADDRESSED_FORMS, CAPITALISED_DISTRICT_KINDS, CAPITALISED_HONORIFICS, COMRADE_FORMS,
                                    DISTRICT_LEVEL_WORDS, HONORIFICS, JOINER, LEGAL_FORMS, NAME, ORGANISATION_WORDS,
                                    PLACE_WORDS, STOP_VERBS, TITLE, TITLE_TRAILING_WORDS)

# A word for a place after its space, or a commune's after a body's word it is read joined to ("Đoàn phường Uông Bí";
# not the school's, "nhà trường", "Đoàn trường", which no place follows).
_WORD_FOR_A_PLACE = rf"(?:\s(?:{alternation(PLACE_WORDS)})|{JOINER}(?:{alternation(districts.COMMUNE_KINDS)}))"
# A title's cleaning: from its last title word after "với/và/cùng" ("Bộ trưởng X với | Ủy viên Quốc vụ viện
# Trung Quốc"), ...
TITLE_AFTER_CONJUNCTION = rf"^.*\s(?:với|và|cùng)\s+({TITLE}.*)$"
# ... a later title that runs into a name is that person's ("Trưởng đoàn, | Phó Bí thư Tỉnh ủy Lê Thanh Cung"), ...
LATER_TITLE_WITH_NAME = rf",\s*{TITLE}[^,]*?\s{NAME}(?:\s.*)?$"
# ... up to another person's name, not a place's of two words closing the title after its word ("xã Thạch Long":
# joined first; after a district's word, a district's name only), or a form of address ("... mấy khóa | như ông"), ...
PLACE_THEN_NAME = rf"^(?P<before>.*?)(?P<word>{_WORD_FOR_A_PLACE})\s+(?P<place>{UPPER}\S*\s{UPPER}\S*)$"
FROM_NAME_OR_ADDRESS = rf"\s+(?:{NAME}|(?:{'|'.join(CAPITALISED_HONORIFICS)})\s).*$"
# (Any form of address, a teacher's too, on a school's page: "Chủ tịch Công đoàn trường – cô | Nguyễn Thị B",
# "Hiệu trưởng - thầy | X"; capitalised after a dash: "Hiệu trưởng - Cô | Y", "Bí thư Đảng ủy xã – Đồng chí | Z".)
_FORMS_OF_ADDRESS = (*HONORIFICS, *ADDRESSED_FORMS, *COMRADE_FORMS)
HONORIFIC_AT_END = (rf"\s+(?:như\s+)?(?:{alternation([f for f in _FORMS_OF_ADDRESS if f[0].islower()])})$"
                    rf"|\s+[-–]\s+(?:{alternation([f for f in _FORMS_OF_ADDRESS if f[0].isupper()])})$")
# ... and without the function words it ends with ("TS của", "Giám đốc và").
TRAILING_WORDS = rf"(?:\s+(?:{alternation(TITLE_TRAILING_WORDS)}))+$"

# A name-then-title mention's title running straight into a name introduces it ("GS X, PGS Nguyễn Nhược Kim").
TITLE_INTRODUCES_NAME = rf"^[^,]*\s{NAME}"
PLACE_NAMED_IN_TITLE = rf"^[^,]*{_WORD_FOR_A_PLACE}\s+{NAME}"  # a place's: "Phó chủ tịch xã Trần Phán"
# ... or a form of address and a capitalised word ("Vương Nghị, Ngoại trưởng Australia bà Julie Bishop cho biết").
TITLE_ADDRESSES_NAME = rf"\s(?:{alternation(HONORIFICS)})\s+{UPPER}"
# The title after a clause word (and "của", a form of address) is this person's ("Tổng thống Donald Trump đón | Thủ
# tướng Nguyễn Xuân Phúc", "Ban Bí thư họp dưới sự chủ trì của đồng chí | Tổng Bí thư Nguyễn Phú Trọng").
TITLE_AFTER_CLAUSE = (rf"^.*\s(?:{alternation(STOP_VERBS)})\s+(?:của\s+)?(?:(?:{alternation(HONORIFICS)})\s+)?"
                      rf"({TITLE}.*)$")
# A clause word between title and name ("quyết định của Thủ tướng cho ông Đặng Xuân Hoan"), or "và" right before it.
CLAUSE_WORD = rf"\s(?:{alternation(STOP_VERBS)})(?:\s|$)"
ENDS_WITH_CONJUNCTION = r"\svà$"
ENDS_WITH_PLACE_WORD = rf"\s(?:{alternation(PLACE_WORDS)})$"  # what follows is that place: "Trưởng Công an huyện X"
# ... but the environment's and market's "trường" is no school, the countryside's "thôn" no village: the name after them
# is the person's ("Sở Tài nguyên và Môi trường | X", "Cục Quản lý thị trường | Y", "Bộ Nông nghiệp và Phát triển nông thôn | Z")
ENDS_WITH_PLACE_WORD_OF_NO_PLACE = r"\s(?:(?i:môi|thị)\s+trường|(?i:nông)\s+thôn)$"
# ... except after a district's word, where the gazetteer of districts tells a district from a person: a name of
# three words or more that opens with no district's name is the person the title belongs to ("Chủ tịch UBND huyện
# Nguyễn Hải Nam", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nguyễn Lan Hương").
ENDS_WITH_DISTRICT_WORD = rf"\s(?:{alternation(DISTRICT_LEVEL_WORDS)})$"
# ... and after the district's word capitalised, the name is the place only when it is a district's whole name ("Quận
# Ngô Quyền"; "Chủ tịch UBND Quận Lê Hùng", "Phó Chủ tịch UBND Quận Vũ Quang Hải" are persons: a review's probes).
ENDS_WITH_CAPITALISED_DISTRICT_WORD = rf"\s(?:{alternation(CAPITALISED_DISTRICT_KINDS)})$"
# After a ward's Youth Union (read as one word: the person after it is read), a name that opens as a district's name
# in the gazetteer, spelled so, is the place ("Phó Bí thư Đoàn phường Uông Bí": Uông is a surname; "Bí thư Đoàn
# phường Phan Văn Hùng" is a person).
ENDS_WITH_JOINED_COMMUNE_WORD = rf"{JOINER}(?:{alternation(districts.COMMUNE_KINDS)})$"
PERSON_AFTER_DISTRICT_WORD_MIN_WORDS = 3
# A province's name right after a two-word name ("Nguyễn Gia | Thái Bình cho hay"): the name's given names, unless
# it is written as a city ("TP", "Thành phố").
PROVINCE_NEXT = rf"^\s({alternation(list(provinces.MENTIONS))})(?:[^{LETTER}]|$)"
CITY_WORDS = ("TP", "Tp", "Thành phố")
CITY_WORD_START = rf"^(?:{alternation(CITY_WORDS)})"
# A title that ends with a word opening an organisation's name (and its legal form): what follows is that name.
TITLE_BEFORE_ORGANISATION_NAME = (rf"(?:^|[\s,])(?:{TITLE})\s+(?:{alternation(ORGANISATION_WORDS)})"
                                  rf"(?:\s+(?:{alternation(LEGAL_FORMS)}))*$")

# A leader's title that still holds "và" or a clause word once cut after them (TITLE_AFTER_CLAUSE,
# TITLE_AFTER_CONJUNCTION) is another person's ("Tổng thống Mỹ và người đồng cấp Nga Vladimir Putin").
NOT_OWN_TITLE = rf"\s(?:và|với|{alternation(STOP_VERBS)})\s"
