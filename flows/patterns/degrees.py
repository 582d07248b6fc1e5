"""Academic and professional degrees a person's name may carry before it ("TS. Nguyễn Văn A", "PGS.TS Trần Thị B",
"Bác sĩ Lê Văn C"): ranks, never posts. Title words before a name (flows/patterns/offices.py), ranks that are no
post (persons.RANKS) and the degree between a title and the name (persons.TITLE_COMMA_DEGREE_NAME) read them here."""

from flows.patterns import alternation

# The degrees in full and their usual abbreviations.
DEGREES = ("Giáo sư", "Phó Giáo sư", "GS", "PGS", "TS", "Tiến sĩ", "Thạc sĩ", "Bác sĩ")
# ... and as pages print them right before a name: the pairs ("PGS.TS", "GS. TS", "PGS, TS"), the medical ones
# ("BSCKII", "TS.BS"), another spelling of "ThS"; the pairs joined by a dash ("GS - TS X", "PGS-TS Y": two sites).
DEGREES_BEFORE_NAME = (*DEGREES, "GS.TS", "GS. TS", "PGS.TS", "PGS. TS", "PGS,TS", "PGS, TS", "GS - TS", "PGS - TS",
                       "GS-TS", "PGS-TS", "ThS", "Ths", "BS",
                       "BSCKI", "BSCKII", "TS.BS", "ThS.BS")
# One of them, with its full stop if it has one; and a title ending with one abbreviated, not after a comma, which
# introduces the next name ("A, Phó viện trưởng PGS. TS. B": flows/extract/persons.py; "Chủ tịch Hội Bác sĩ", "Trưởng
# khoa, ThS." are titles).
DEGREE = rf"(?:{alternation(DEGREES_BEFORE_NAME)})\.?"
ABBREVIATED_DEGREES = tuple(degree for degree in DEGREES_BEFORE_NAME if not any(word.islower() for word in degree.split()))
ENDS_WITH_DEGREE = rf"[^,\s]\s+(?:{alternation(ABBREVIATED_DEGREES)})\.?$"
