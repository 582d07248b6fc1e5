"""Lines that are a person and nothing more: a portrait's label, a photo's caption of a person's act (read by
flows/normalise/person_lines.py; the person shapes are in flows/patterns/persons.py)."""

from flows.patterns import alternation
from flows.patterns.persons import (AGE_REMARK, CAPITALISED_HONORIFICS, ELECTED_AFTER_TITLE, MAX_TITLE_CHARS, NAME,
                                    SEGMENT_ANY_CASE, STOP_VERBS, TITLE, TITLE_CHAR)

# A line that is nothing but a person, a portrait's caption ("Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh X", "Bí thư
# Tỉnh ủy X - Nguyễn Văn A"): never the title. (Read with no clause word in it: CLAUSE_WORD.)
ADDRESS_FORMS = (*CAPITALISED_HONORIFICS, "Đồng chí", "Đ/c")
# A line that opens with a person (a form of address, the name, an age) and goes on after a comma or a dash.
PERSON_THEN = rf"^(?:(?:{alternation(ADDRESS_FORMS)})\s+)?{NAME}{AGE_REMARK}\s*(?:,|[-–])\s*"
PERSON_LABEL = (rf"{PERSON_THEN}{SEGMENT_ANY_CASE}(?:\s*,\s*{SEGMENT_ANY_CASE})*$"
                rf"|^{TITLE}{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?\s*[-–]?\s*{NAME}$")
# A photo's caption of a person doing what photos show (speaking, handing over, giving flowers): a person, the chain
# of offices, then the act, in one sentence ("Đồng chí X - Bí thư Đảng ủy xã Y phát biểu khai mạc đại hội."). Never
# the lead. The offices before the act hold no clause word (LABEL_CLAUSE_WORD): "Ông X, Bí thư Tỉnh ủy, được bầu ..."
# is a sentence of the story.
PHOTO_ACTS = ("phát biểu", "tặng hoa", "trao", "tặng", "chúc mừng")
PHOTO_ACT = rf"\s(?:{alternation(PHOTO_ACTS)})(?:[\s.,]|$)"
PERSON_CAPTION = rf"{PERSON_THEN}(?P<offices>[^.!?]{{3,200}}?){PHOTO_ACT}"
# ... or the chain of offices first, then the person and the act ("Phó Chủ tịch HĐND tỉnh Nguyễn Văn A phát biểu
# khai mạc kỳ họp").
OFFICES_FIRST_CAPTION = rf"^(?P<offices>{TITLE}{TITLE_CHAR}{{0,{MAX_TITLE_CHARS}}}?)\s+{NAME}{PHOTO_ACT}"
# ... a clause word, or being elected, makes the line a sentence ("Ông X, Chủ tịch UBND tỉnh Y tái đắc cử").
LABEL_CLAUSE_WORD = rf"\s(?:{alternation((*STOP_VERBS, *ELECTED_AFTER_TITLE))})(?:\s|$)"
