"""Date, time and meta-line forms seen on Vietnamese news pages.

A *date line* is a short line that carries the publication date and nothing else but decoration:
"29/12/2021 - 19:05", "18:24 - Thứ Hai, 10/01/2022 Lượt xem: 3700 In bài viết",
"Thứ 5, 20/01/2022 | 19:35:08", "Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)".
The rule: remove every token listed here from the line; if nothing but separators remains and a full date
was present, the line is a date line.
"""


from flows.patterns import alternation
from flows.patterns.documents import CODE_TAIL
from flows.patterns.letters import LETTER, LOWER, UPPER
# d/m/yyyy, d-m-yyyy, d.m.yyyy (two-digit years are read as 20yy). A dash with spaces around it is a range or a
# separator, not a date's ("21:39 - 05/11/2019", "14 - 16/10"); a slash or a dot may have them ("15/5/ 2017").
_DATE_SEPARATOR = r"(?:\s*[/.]\s*|-)"
FULL_DATE = rf"(\d{{1,2}}){_DATE_SEPARATOR}(\d{{1,2}}){_DATE_SEPARATOR}(\d{{4}}|\d{{2}})\b"
# A date names at most 12 months (a larger second figure is a day: the date was printed month first).
MONTHS_IN_YEAR = 12
# 19:05, 19:35:08, 19h05; a 12-hour clock with its half of the day: "01:49:17 PM", "10:05 SA" (sáng), "3:20 CH"
# (chiều), the words in full ("2:45 chiều", "9:30 tối", "8:15 sáng").
TIME = (r"\b(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?\b"
        r"(?:\s*((?i:am|pm|sa|ch|sáng|chiều|tối))(?:[^\w]|$))?")
# The half-day markers of the afternoon and the evening; the others (AM, SA, sáng) are the morning.
AFTERNOON_MARKERS = ("pm", "ch", "chiều", "tối")

WEEKDAY = (
    r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|\bcn\b|\bt[2-7]\b"
    # ... and in English, as some CMSs print their date line ("Monday, September 25, 2017", "Tue. Aug 9th, 2022").
    # (An abbreviation only with its period or comma: "Thu", "Minh Thu" are names, "Thu Hà | 15/12/2022" a byline.)
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[.,])"
)
# A page header's "today" above the title opens with its weekday and prints no time ("Thứ Ba, 20/01/2026" over an
# article of 17/01; "Thứ bảy, Tháng mười một 23, 2024" over one of 2023: three sites of batches BZ-CH); a date line
# above the title with a time, or a bare date, is the article's (`flows/normalise/articles.py`).
WEEKDAY_OPENING = rf"(?i)^\s*{WEEKDAY}"
TIMEZONE_TAG = r"[\[(]?\s*(?:gmt|utc)\s*[+\-]\s*\d{1,2}(?::?\d{2})?\s*[\])]?"
AM_PM = r"\b(?:am|pm|sa|ch)\b"
# Words that introduce a date on a meta line.
# ("Đã đăng vào 9/12/2020 lúc 10:36", "Cập nhật vào ngày 20/07/2020": the longer forms first; "Được đăng :
# 03/09/2018", "Ngày phát hành 18:40 | 8/8/2022", "Gửi lúc ...": content managers' labels for "Published", in
# Vietnamese or English, "Posted on 12/03/2024".)
DATE_WORDS = (r"(?:đã đăng vào|được đăng|đăng vào|cập nhật vào|ngày cập nhật|cập nhật|ngày đăng bài|ngày đăng|đăng ngày"
              r"|đăng lúc|ngày đưa|đưa lúc|ngày phát hành|phát hành|ngày gửi|gửi lúc|gửi ngày|xuất bản|thời gian"
              r"|posted on|published on|published|posted|updated|ngày|lúc|đăng)")
# The label of the writer's name on a date line ("Ngày đăng bài: 26/10/2020 | Tác giả: Hồng Quốc", "Tác giả bài
# viết:", "Người viết:"): the name left over is the line's author (an author + date line).
AUTHOR_LABEL = r"(?:tác giả(?:\s+bài\s+viết)?|người viết)\s*:"
# The account a post was put up by, one word at a date line's end ("Đăng ngày 29/01/2024 bởi Administrator", "Đăng
# bởi: admin"), or before a bar, a dash or a bracket and the date ("Đăng bởi: admin | 18/11/2024"): the site's user,
# neither a name nor the headline.
POSTED_BY_ACCOUNT = r"\bbởi\s*:?\s*[\w.-]+\s*(?:$|[|–(-]\s*)"
# The section a post was put in, on its date line ("Đăng 21-04-2015 20:16 bởi Admin tại mục Tin ngành (cập nhật lúc
# ...)"), as an English theme prints it on a line of its own ("In category Tin tức": chrome.INLINE_LINE_PATTERNS):
# the site's, up to a bracket, a bar or a figure. (Removed before the account, which it follows.)
POSTED_IN_SECTION = r"(?:^|\s)(?:(?:tại|trong)\s+(?:chuyên\s+)?mục|chuyên\s+mục)\s*:?\s*[^()|\d]{1,40}"
# View counters in both number styles: "3,824 lượt xem", "Lượt xem: 3700", "Lượt đọc: 1.204", "Số lần xem: 733".
# The number before "lượt xem" must not be the tail of a date ("10/01/2022 Lượt xem: 3700").
VIEW_COUNT = (
    r"(?:(?:số lượt|lượt|đã|số lần)\s*(?:xem|đọc)\s*:?\s*(\d[\d.,]*)"
    r"|(?:^|[^\d/.,:\-])(\d[\d.,]*)\s*lượt\s*(?:xem|đọc)"
    r"|(?:cms-)?view[- ]?count\s*:?\s*(\d[\d.,]*))"
)
# A counter's words printed again after its number ("Lượt xem: 723 lượt xem"): decoration on a meta line.
VIEW_COUNT_WORDS = r"\blượt\s*(?:xem|đọc)\b"
# A headline with its date and time printed at its end ("Tiêu đề 08/08/2025 18:13", "Tiêu đề|21:39 - 05/11/2019"):
# the date is a line of its own (flows/normalise/lines.py puts it on the next line). The stamp has a date and a time
# (a date alone may belong to the headline, unless it stands in parentheses at the end: "Tiêu đề (16/10/2020)",
# "Tiêu đề (03/02/2019 21:20)", "Tiêu đề (11:25 21/09/2020)"); the headline has five words or more and ends with a
# letter or a closing mark, so that a date line's own label ("Cập nhật lúc") stays with it.
_SHORT_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# A date, and maybe its time, in parentheses: "(16/10/2020)", "(03/02/2019 21:20)", "(11:25 21/09/2020)", spaced
# and barred ("( 14:44 | 11/09/2018 )").
_CLOCK_THEN_DATE = rf"{_CLOCK}(?:,?[ \t]+|[ \t]*\|[ \t]*){_SHORT_DATE}"
_STAMP_IN_PARENTHESES = rf"\([ \t]*(?:{_SHORT_DATE}(?:[ \t]+{_CLOCK})?|{_CLOCK_THEN_DATE})[ \t]*\)"
# ... with its time: after a headline ending with a figure, a bare date in parentheses may be its event's ("Lịch thi
# đấu ... lần thứ 10 (15/03/2024)").
_TIMED_STAMP_IN_PARENTHESES = rf"\([ \t]*(?:{_SHORT_DATE}[ \t]+{_CLOCK}|{_CLOCK_THEN_DATE})[ \t]*\)"
HEADLINE_WITH_DATE = (rf"(?m)^((?:[^\s|]+[ \t]+){{4,}}[^\s|]*[{LETTER}”\")])(?:[ \t]*\|[ \t]*|[ \t]+)"
                      rf"({_CLOCK}[ \t]*[-|,][ \t]*{_SHORT_DATE}|{_SHORT_DATE}[ \t]*[-|,]?[ \t]*{_CLOCK}"
                      rf"|{_STAMP_IN_PARENTHESES})[ \t]*$"
                      # (A headline ending with a figure before a timed stamp in parentheses: "... cuối năm 2018 (
                      # 14:44 | 11/09/2018 )".)
                      rf"|(?m)^((?:[^\s|]+[ \t]+){{4,}}[^\s|]*\d)[ \t]+({_TIMED_STAMP_IN_PARENTHESES})[ \t]*$")
# ... and a date alone at a headline's end after a space, when the word before it is a figure or a name ("... NHIỆM KỲ
# 2023 - 2028   24/02/2023", "... năm 2011 17/03/2011", "... do vi rút Zika 28/01/2016"): the headline's date line.
# A word in small letters before it governs the date, which is the headline's ("... ngày 14/4/2022", "từ 12/3/2024");
# a time before it is a date line's ("Cập nhật lúc : 10:08 20/01/2020").
_HEADLINE_BEFORE_BARE_DATE = rf"((?:[^\s|]+[ \t]+){{4,}}(?:[^\s|:]*\d|{UPPER}[^\s|]*))"
HEADLINE_WITH_BARE_DATE = rf"(?m)^{_HEADLINE_BEFORE_BARE_DATE}[ \t]+({_SHORT_DATE})[ \t]*$"
# The date is the headline's own when a date line follows (the page's stamp: "Lịch cắt điện Đồng Nai 15/03/2024" /
# "Thứ ba, 12/03/2024 08:30"), or a word governs it in capitals too ("... UBND tỉnh Từ 11/03/2024"): the space before
# it is marked first (OWN_DATE_MARK, a private-use character), which the split does not take, then given back.
HEADLINE_OWNS_ITS_DATE = (rf"(?m)^{_HEADLINE_BEFORE_BARE_DATE}[ \t]+({_SHORT_DATE}[ \t]*\n(?:[ \t]*\n)*[ \t]*"
                          rf"(?:\d{{1,2}}\s*[/:.\-h]\s*\d|(?i:{WEEKDAY}|{DATE_WORDS})))")
# (And a date after "và" ends the headline's list of dates: "... ĐẾN 30/4, 01/5 VÀ 19/5/2023".)
GOVERNED_DATE = rf"(?m)^(.*[ \t](?i:ngày|từ|đến|tới|trước|sau|hết|hạn|và))[ \t]+({_SHORT_DATE})[ \t]*$"
OWN_DATE_MARK = "\ue000"
# A date glued to the first word of the text that follows it ("14/12/2021Ngày 13/12, Ban Thường vụ ..."), or a
# whole stamp glued to the dateline code in parentheses ("thứ tư, 22/9/2021 14:20 GMT+07(PLM) - Sáng ..."): the date
# goes on a line of its own, with its label ("Đã đăng vào 15/12/2023 lúc 10:16Chiều 14/12, ..."). Only before a
# capital, as a paragraph opens, or a parenthesis. The date may stand in parentheses ("(16/07/2014)Chiều ngày 16/7,
# ..."), and a stamp in parentheses may have a space after it ("(18:20:00 12/05/2023) Chiều ngày ...").
# The date and its time may have a separator between them ("08/07/2022 | 08:45Nằm trong ...").
_STAMP_SEPARATOR = r"(?:[ \t]*[|\-–,][ \t]*|[ \t]+)"
DATE_GLUED_TO_TEXT = (rf"(?m)^((?i:{DATE_WORDS}[ \t]*:?[ \t]*)?(?i:{WEEKDAY}[ \t]*,?[ \t]*)?{_SHORT_DATE}"
                      rf"(?:{_STAMP_SEPARATOR}(?i:lúc[ \t]+)?{_CLOCK}(?:[ \t]*(?i:gmt|utc)[+-]\d{{1,2}}"
                      rf"(?::?\d{{2}})?)?)?"
                      rf"|{_STAMP_IN_PARENTHESES}[ \t]*)"
                      rf"({UPPER}|\()")
# A headline glued to its date and time, the lead after them on the same line ("... ngày thành lập21/09/2022 -
# 16:16:00 Sáng 21/9, Hội ..."): three lines. The headline has four words or more and ends with a small letter glued
# to the date; the stamp has its time; the lead opens with a capital.
HEADLINE_GLUED_TO_STAMP = (rf"(?m)^((?:[^\s|]+[ \t]+){{3,}}[^\s|]*[{LOWER}])({_SHORT_DATE}{_STAMP_SEPARATOR}{_CLOCK})"
                           rf"[ \t]+({UPPER})")
# A date line that opens with the date (its weekday before it or not) and goes on with a few short fields after bars, a
# section's name or labelled fields ("3 Tháng 06, 2019 | Tin địa phương", "Thứ tư, 25 Tháng 5, 2022 | Cập nhật bởi :
# Ban X | Danh mục : Tin tức": two sites' themes): the page's stamp. (A field longer than a label is a headline: a
# list of articles, "20/11/2023 | Hội nghị tổng kết công tác năm 2023 của Sở ...", is none.)
DATE_FIELD_MAX_CHARS = 45
DATE_THEN_FIELDS = rf"^(?i:{WEEKDAY})?\s*,?\s*{FULL_DATE}(?:\s*\|\s*[^|.!?]{{1,{DATE_FIELD_MAX_CHARS}}}){{1,3}}$"
# Separators and decoration left between meta tokens.
META_SEPARATORS = r"[\s,|/\-–—:.()\[\]•·'’]"

# The lead names when the event happened: "Chiều 29/12", "Sáng 2-8", "Chiều nay (10/1)",
# "Chiều ngày 20/1", "Ngày 14/1/2022", "Tối qua (3/2)". The year, when absent, comes from the publication date.
# The parts of a day, and a day and month in figures with the separators people write between them.
_TIME_OF_DAY = r"sáng|chiều|trưa|tối|đêm|rạng sáng"
_DAY_MONTH = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})"
_THEN_YEAR = r"\s*[/.\-]\s*(\d{4})"
_DATE_END = r"(?:[^\d/\-]|$)"
# The day of the week may stand between the part of the day and the date ("sáng thứ Ba 24/4/2018", "Sáng Chúa Nhật,
# 26/10/2014", "8g30 sáng thứ tư 29-6-2011": five sites; Catholic pages write Sunday "Chúa Nhật"). (Alone, a
# weekday's words are an ordinal as often, "lần thứ hai, 7/10 huyện", or an announced day, "Thứ Bảy 20/7 tới đây".)
_LEAD_WEEKDAY = r"thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|chúa\s*nhật"
_EVENT_DATE_CORE = (
    rf"(?:{_TIME_OF_DAY}|ngày|hôm)(?:\s+(?:nay|qua|mai|hôm qua))?(?:\s*,?\s*(?:{_LEAD_WEEKDAY}))?"
    r"(?:\s*,?\s*ngày)?\s*[(,]?\s*"
    rf"{_DAY_MONTH}(?:{_THEN_YEAR})?{_DATE_END}"
)
EVENT_DATE = rf"(?i)(?:^|[^{LETTER}]){_EVENT_DATE_CORE}"
# A lead that opens with its date ("Ngày 14/1/2022, ...", "Tính đến sáng ngày 6/2/2017, ...") states when it
# was written; such a date, or one the lead gives a time of day (TIMED_DATE_WITH_YEAR), may stand in for a missing
# publication date.
LEAD_OPENING_DATE = rf"(?i)^\s*(?:{LETTER}+\s+){{0,2}}{_EVENT_DATE_CORE}"
# ... unless it is older than any web page: a history's first date ("Ngày 1/4/1964, Báo X ra số đầu tiên"). The
# warehouse's check refuses a publication year before this one as a parsing error (expectations/articles.json,
# published_year; tests/normalise/test_evidence.py holds the two equal).
EARLIEST_PUBLICATION_YEAR = 1990
# An hour on the clock after "at" ("lúc 14h ngày ...", "vào hồi 15h30 ngày ...").
_CLOCK_HOUR = r"(?:lúc|hồi)\s+\d{1,2}\s*h(?:\s*\d{2})?"
# A date with its year that the lead gives a time of day ("trưa ngày 22/12/2025", "15 giờ ngày 27/6/2017", "Hôm nay,
# ngày 15.7.2017", "Vào lúc 14h ngày 20/5/2018") dates the event reported, so the day written: it stands in for a
# missing publication date wherever it stands in the lead. (A bare "ngày" does not: "dự kiến kết thúc vào ngày 31/8", "từ ngày 1-1-2017".)
TIMED_DATE_WITH_YEAR = (
    rf"(?i)(?:^|[^{LETTER}])(?:{_TIME_OF_DAY}|giờ|hôm nay|{_CLOCK_HOUR})(?:\s+nay)?[,\s]*(?:ngày\s*)?[(]?\s*"
    rf"{_DAY_MONTH}{_THEN_YEAR}{_DATE_END}"
)
# Else, as the gold's convention has it, the first full date the lead states after "ngày", wherever it stands
# ("Thực hiện ..., ngày 13/01/2025 Đảng bộ ...", "Tính đến hết ngày 04/6/2010 ..."): a report of local news dates
# its event so. Not a document's date ("Quy định số 61-QĐ/TU ngày 15/01/2021": DOCUMENT_DATE), nor a date the lead
# does not write on (NOT_THE_DAY_WRITTEN): a span's start ("từ ngày 1-1-2017"), a deadline or a plan ("dự kiến hoàn
# thành vào ngày 30/6/2024", "trước ngày 15/8/2024", in one clause: "Trước tình hình đó, ngày ..." is written on);
# a worded date without "ngày" ("đợt 3 tháng 2 năm 2012") is none.
# (... nor a span's end after its start: "Từ 20-12-2018 đến hết ngày 20-1-2019 ...", "từ ngày 20/9 đến hết ngày
# 23/9/2022, 06 chi bộ ...": three sites of batches CO, CQ, CU, none annotated with a date; "Tính đến hết ngày ..."
# without a start is a report's day.)
_SPAN_FROM, _SPAN_TO = r"từ(?:\s+ngày)?\s*", r"\s*(?:đến|tới)(?:\s+hết)?"
_SPAN_START = rf"{_SPAN_FROM}\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}(?:\s*[/.\-]\s*\d{{2,4}})?{_SPAN_TO}"
STATED_DATE_WITH_YEAR = rf"(?i)(?:^|[^{LETTER}])ngày\s*{_DAY_MONTH}{_THEN_YEAR}{_DATE_END}"
NOT_THE_DAY_WRITTEN = (rf"(?i)(?:^|[^{LETTER}])(?:{_SPAN_START}|từ|trước|chậm nhất"
                       rf"|(?:dự kiến|sẽ|thời hạn|hạn chót)[^.;,\d]{{0,80}}?)\s+ngày\s*\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}")
# A date in words, read as its figures before the searches above: "ngày 30 tháng 8 năm 2023" is 30/8/2023, "ngày
# 30 tháng 8" 30/8.
# ... "năm" may be left out before a year of figures, as Joomla's Vietnamese dates print it ("Thứ ba, 13 Tháng 10
# 2015 09:10").
WORDED_DATE_WITH_YEAR = r"(?i)\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+(?:năm\s+(\d{4})|((?:19|20)\d{2}))\b"
WORDED_DATE = r"(?i)\b(\d{1,2})\s+tháng\s+(\d{1,2})\b"
# The month abbreviated as WordPress prints it in Vietnamese: "9 Th12, 2020" (9 December 2020).
ABBREVIATED_MONTH_DATE = r"\b(\d{1,2})\s+Th(\d{1,2}),?\s+(\d{4})\b"
# A month named in words in a date stamp, its day before or after it and a comma before the year ("10 Tháng Tư, 2023",
# "30 tháng Tư, 2023"; WordPress' "Tháng Ba 22, 2012"): the month's capitalised word is written as its number on the
# lines that hold such a date (MONTH_NUMBERS, the longer names first), then read as WORDED_DATE_WITH_YEAR or
# MONTH_FIRST_DATE reads it. (In lower case and without the comma, "10 tháng năm 2023" is "the first 10 months of
# 2023", and "mỗi 2 tháng một lần" no date.)
# WordPress' Vietnamese date stamp, the month first, writes its name in lower case too, after "Tháng" ("Thứ hai, Tháng
# chín 16, 2024", "Tháng mười một 23, 2024": two sites of batches CF-CH; its day and the comma before the year make it
# a date).
_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
_LOWER_CASE_MONTHS = tuple(month.lower() for month in _MONTHS)
_CAPITALISED_MONTH = rf"(?:{alternation(_MONTHS)})"
WORDED_MONTH_DATE = (rf"\d{{1,2}}\s+(?i:tháng)\s+{_CAPITALISED_MONTH},\s+(?:19|20)\d{{2}}"
                     rf"|(?i:tháng)\s+{_CAPITALISED_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d{{2}}"
                     rf"|Tháng\s+(?:{alternation(_LOWER_CASE_MONTHS)})\s+\d{{1,2}},\s+(?:19|20)\d{{2}}")
MONTH_NUMBERS = dict(sorted(
    [*((f"{month_word} {spelled}", f"{month_word} {number}")
       for number, spelled in enumerate(_MONTHS, start=1) for month_word in ("Tháng", "tháng")),
     *((f"Tháng {spelled} ", f"Tháng {number} ") for number, spelled in enumerate(_LOWER_CASE_MONTHS, start=1))],
    key=lambda pair: -len(pair[0])))
# (The month first in figures too, as Joomla's Vietnamese date stamp prints it: "Thứ hai, Tháng 11 18, 2024".)
MONTH_FIRST_DATE = r"(?i)\btháng\s+(\d{1,2})\s+(\d{1,2}),\s+(\d{4})\b"
# A date stamp in English ("September 25, 2017", "Aug 9th, 2022", "Dec 26, 2021", "25 September 2017"): its month's
# name written as "tháng N" on the lines that hold one (ENGLISH_MONTH_NUMBERS, the longer names first), its day's
# ordinal suffix dropped, then read as MONTH_FIRST_DATE or WORDED_DATE_WITH_YEAR reads it.
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")
_ENGLISH_MONTH_FORMS = {form: number for number, month in enumerate(_ENGLISH_MONTHS, start=1)
                        for form in {month, month[:3], f"{month[:3]}.", *(("Sept", "Sept.") if month == "September" else ())}}
_ENGLISH_MONTH = alternation(tuple(_ENGLISH_MONTH_FORMS))
_ORDINAL = r"(?:st|nd|rd|th)?"
ENGLISH_DATE = (rf"\b(?:{_ENGLISH_MONTH})\s+\d{{1,2}}{_ORDINAL},\s+(?:19|20)\d{{2}}\b"
                rf"|\b\d{{1,2}}{_ORDINAL}\s+(?:{_ENGLISH_MONTH})\s+(?:19|20)\d{{2}}\b")
ENGLISH_MONTH_NUMBERS = dict(sorted(((f"{form} ", f"tháng {number} ") for form, number in _ENGLISH_MONTH_FORMS.items()),
                                    key=lambda pair: -len(pair[0])))
ENGLISH_ORDINAL_DAY = r"\b(\d{1,2})(?:st|nd|rd|th)\b"
# The ISO 8601 form, year first, as some CMSs print a date line ("2022-12-20 00:00:00", "2025/06/30 08:34", with dots
# "2024.04.13 - 459 lượt xem"): read as
# d/m/yyyy (read as it stood, its last six figures "22-12-20" were a d-m-yy date, "25/06/30" one in 2030). Not inside a
# longer run of figures or a file name's dashes ("vlcsnap-2023-10-27-10h22m15s.png").
ISO_DATE = r"(^|[^\d\-/.])(\d{4})[-/.](\d{2})[-/.](\d{2})($|[^\d\-/.])"
ISO_DATE_IN_FIGURES = "${1}${4}/${3}/${2}${5}"
# A date whose parts are joined by spaced dashes, its year in four figures ("Đăng ngày 11 - 07 - 2018"): a date, not
# the range a spaced dash otherwise makes ("14 - 16/10").
SPACED_DASH_DATE = r"\b(\d{1,2})\s+-\s+(\d{1,2})\s+-\s+(\d{4})\b"
# Two days of one month ("trong hai ngày 04 và 05/8/2010", "diễn ra trong 2 ngày 11 và 12-8"): the event opens on
# the first, read as its date ("ngày 04/8/2010").
# (The month right after the second day, as a date writes it, and then no figure nor percent: "ngày 2 và 3 - 4 lần",
# "ngày 20 và 25-30%" are no dates.)
TWO_DAYS_OF_A_MONTH = r"(?i)\b(ngày\s+\d{1,2})\s+và\s+\d{1,2}([/\-]\d{1,2}(?:[/\-]\d{2,4})?)([^\d%/\-]|$)"
# Whether a text holds a date in words, its month's name too, in the ISO form or with spaced dashes (what `in_figures`
# rewrites).
NOT_IN_FIGURES = (rf"(?i)\d\s+tháng\s+\d|tháng\s+\d{{1,2}}\s+\d{{1,2}},\s+\d{{4}}|ngày\s+\d{{1,2}}\s+và\s+\d|\d\s+Th\d|\d{{4}}[-/.]\d{{2}}[-/.]\d{{2}}"
                  rf"|\d\s+-\s+\d{{1,2}}\s+-\s+\d{{4}}|{WORDED_MONTH_DATE}|(?-i:{ENGLISH_DATE})")
# An official document's place and date under its letterhead, a line of its own: "Phú Yên, ngày 25 tháng 10 năm
# 2021" (the administrative documents' layout): never a lead, and the document's date, not the page's.
LETTERHEAD_DATE_LINE = rf"^{UPPER}[{LETTER} .]{{1,30}},\s*ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}\.?$"
# A document's own date ("Thông tư số 07/2016 ngày 10/3/2016") is not an event date: removed before the search. A
# document is known by "số" and its number, or by its number and code without "số" (patterns/documents.CODE_TAIL:
# "chỉ thị 05-CT/TW ngày 15/5/2016", "Quy định 163 QĐ/TW ngày ..."), the code's parts maybe joined by spaced dashes
# ("hướng dẫn số 408/KHLT – UBND – LĐLĐ ngày 23/10/2023": two sites of batch CQ). A unit's number and name are no code
# ("Sư đoàn 330 – QK9 ngày 20/5", "Đội CSGT số 6 - PC08 ngày 15/1": that date is the event's.)
_CODED = rf"(?-i:\d+{CODE_TAIL}(?:\s+[–\-]\s+[{UPPER}]\S*)*),?"  # ("kế hoạch số: 17 KH/ĐU, ngày 14/01/2020")
DOCUMENT_DATE = rf"(?i)\b(?:(?:số\s+)?{_CODED}|số\s+\S+)\s+ngày\s+\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}(?:\s*[/.\-]\s*\d{{2,4}})?"
# An event later than the publication by more than this many days belongs to the year before.
EVENT_AFTER_PUBLICATION_TOLERANCE_DAYS = 2
# An article with no date of publication takes the year of its event's day and month from a full date its lead prints
# for the same day and month, an anniversary's ("Nhân kỷ niệm 94 năm Ngày truyền thống (18.11.1930 - 18.11.2024),
# sáng 18.11, ...": the latest of them). (Other years in the text are no evidence: on undated news articles of the
# corpus, the latest full date or a year the lead names, "sinh năm 1973", gave the wrong year about half the time.)
ANNIVERSARY_DATES_READ = 4
# ... else from an anniversary's span of its month ("Nhân kỷ niệm ... (27/2/1955 – 27/2/2026), sáng 26/2, ...": its
# later year; two sites of batches CR, CU), or from the one year of the month named with its year the lead gives its
# month ("Chiều ngày 31/3, ... Hội nghị giao ban báo chí tháng 3/2017", "... trong tháng 9/2017": two sites of batch
# CP), not after a word of a span, a deadline or a past ("từ tháng 9/2022", "kể từ", "trước", "đến", "vào tháng
# 8/2021": a review of probes found those give another year).
ANNIVERSARY_SPAN = rf"{_DAY_MONTH}{_THEN_YEAR}\s*[-–—]\s*{_DAY_MONTH}{_THEN_YEAR}"
# ... else, from a span the lead prints, its start without a year and its end with one in the same year ("Trong 2
# ngày, từ ngày 14/3 đến ngày 15/3/2024, Đại hội ...", "Sáng 2/4, ... đợt cao điểm từ ngày 1/3 đến hết ngày
# 31/3/2024"): the end's year (the span's end dates no page, NOT_THE_DAY_WRITTEN, but its year is the event's).
SPAN_WITH_ITS_YEAR = rf"(?i){_SPAN_FROM}{_DAY_MONTH}{_SPAN_TO}\s+ngày\s*{_DAY_MONTH}{_THEN_YEAR}"
_MONTH_OF_YEAR = rf"tháng\s+(\d{{1,2}}){_THEN_YEAR}"
MONTH_WITH_YEAR = rf"(?i)(?:^|[^\w]){_MONTH_OF_YEAR}\b"
MONTH_NOT_THE_EVENTS = rf"(?i)(?:kể từ|từ|trước|sau|đến|tới|hết|vào|đầu|cuối)\s+{_MONTH_OF_YEAR}"
# ... else from the one year its first sentence gives an event of the kinds that are named by their year, after
# "năm" ("Tối 10/3 ... đã diễn ra Lễ khai mạc Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023", "Sáng 10-6, lễ tuyên
# dương điển hình tiên tiến toàn quốc năm 2017 ...", "Liên hoan Nghệ thuật quần chúng năm 2023": seven sites of
# batches BW-CJ, six articles of the corpus). Not a year of an administrative period, which the meeting that reviews
# or plans it may precede or follow ("Hội nghị tổng kết công tác năm 2022" on 10/1), an award's year ("Giải thưởng
# Vifotec năm 2016"), a span ("năm 2023 - 2024"); not two different years.
NAMED_EVENTS = ("Lễ hội", "lễ hội", "Festival", "festival", "Liên hoan", "liên hoan", "Hội thi", "hội thi", "Cuộc thi",
                "cuộc thi", "Hội diễn", "hội diễn", "Hội thao", "hội thao", "Hội chợ", "hội chợ", "Triển lãm",
                "triển lãm", "Tuần lễ", "tuần lễ", "Ngày hội", "ngày hội", "Hội trại", "hội trại", "Hội nghị",
                "hội nghị", "Hội thảo", "hội thảo", "Diễn đàn", "diễn đàn", "Giải vô địch", "giải vô địch", "Giải đấu",
                "giải đấu", "Lễ tuyên dương", "lễ tuyên dương", "Tết trồng cây")
PERIOD_WORDS = ("tổng kết", "sơ kết", "triển khai", "kế hoạch", "nhiệm vụ", "dự toán", "ngân sách", "thưởng",
                "giai đoạn", "nhiệm kỳ", "khóa", "khoá")
FIRST_SENTENCE = r"^(.*?)(?:[.!?;](?:\s|$)|$)"
NAMED_EVENT_YEAR = (rf"(?:^|[^{LETTER}])(?:{alternation(NAMED_EVENTS)})(?:\s[^,.;:()\n]{{0,80}}?)?\snăm\s+((?:19|20)\d\d)"
                    r"(\s*[–—-]\s*\d{2,4}|\d)?")
PERIOD_IN_EVENT = rf"\s(?:{alternation(PERIOD_WORDS)})\s"
# The words of a view counter: a meta line that holds one is where the view count is read.
VIEW_WORDS = "(?i)lượt|đã xem|lần xem|view[- ]?count"
