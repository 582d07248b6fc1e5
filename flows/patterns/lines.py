"""Lengths that tell the lines of a page apart (applied by flows/normalise/lines.py): a title from a paragraph, a
menu entry from a title, a short meta line from running text."""

from flows.patterns import alternation
from flows.patterns.captions import ATTENDED, CLAUSE_OPENERS, PARAGRAPH_OPENERS
from flows.patterns.letters import LETTER, LOWER, UPPER
from flows.patterns.persons import ORGANISATION_WORDS
from flows.patterns.surnames import SURNAMES

# Headlines are rarely longer than this (the corpus' longest is 118 characters).
TITLE_TYPICAL_MAX_CHARS = 150
# A menu entry or topic tag is short; a title is longer.
MENU_MAX_CHARS = 40
# ... and a menu entry, a tab or a site's name has a few words; a headline more (2 of the corpus' 1,750 titles and
# 1 of the 89 gold titles have four words or fewer).
MENU_MAX_WORDS = 4
# ... counting words of letters or figures, not the separators between a menu's entries ("--", "|", "»").
MENU_WORD = rf"[{LETTER}\p{{N}}]+"
# A line of plain ASCII words (no accent, no other letter) ...
ASCII_LINE = r"^[A-Za-z0-9 ,.\-'’!?:;()&/]+$"
# ... of this many words at least, of which this share are the page's accented words stripped of their accents, is
# an alt text or a slug (flows/normalise/unaccented.py). (A name of two words, "Thanh Ha", may be a byline.)
UNACCENTED_MIN_WORDS = 3
UNACCENTED_MIN_SHARE = 2 / 3

# A sentence of this many words or more that ends with its period is a paragraph, however short in characters: no
# corpus or gold title is one (a page without a title line opens with its lead: "Kỳ họp đã xem xét, thảo luận và
# thông qua ... trên địa bàn huyện X.").
SENTENCE_MIN_WORDS = 20

# The title printed again with its date added ("Tỉnh được bầu 52 đại biểu ... (23/02/2021)"): no more characters
# added than this, figures and their separators only (a sapo that opens with the title's words goes on in words).
TITLE_AGAIN_MAX_ADDED_CHARS = 24
TITLE_AGAIN_ADDED = r"^[\s\d/.:,()\[\]–-]+$"
# ... or a teaser: the title, then the first words of the summary cut short ("Trẩy hội ... Tối 25/4, Tuần lễ ... vua
# Hàm..."); the summary is printed whole below it.
TEASER_CUT = r"(?:\.\.\.|…)$"
# ... or in pieces, one line each, or in another letter case ("Đại hội Chi bộ Bảo tàng tỉnh" / "Lần thứ VI, nhiệm kỳ
# 2022-2025" under "Đại hội Chi bộ Bảo tàng tỉnh Lần thứ VI, nhiệm kỳ 2022-2025"): a piece of this many words or more.
TITLE_PIECE_MIN_WORDS = 2
TITLE_PIECES_MAX_LINES_BELOW = 16  # (line numbers, blank lines counted)
# ... or whole a few lines further down, after a widget or a box ("6a9daad2 Đảng bộ ... nhiệm kỳ 2020 - 2025" / a
# visitors' notice / "Đảng bộ ... nhiệm kỳ 2020 - 2025" / the text): the lead is looked for under that printing. A
# printing holds this share of the title's characters at least, within so many lines under it (blank ones aside: a
# widget or two; a title printed again under the text's paragraphs is a list of related articles).
TITLE_REPRINT_MIN_SHARE = 0.6
TITLE_REPRINT_MAX_ROWS_BELOW = 3  # (rows: the lines that hold text; TITLE_PIECES_MAX_LINES_BELOW counts blank ones)
# A headline right above its date line has two words at the least: a word alone is a byline run together ("Byadmin" /
# "Dec 26, 2021"), a label or a name.
TWO_WORDS = r"\S\s+\S"
# A line that is nothing but a meeting's number, term or school year ("Lần thứ X, nhiệm kỳ 2020-2025", "Khóa XV, kỳ
# họp thứ 5", "Nhiệm kỳ 2022 - 2027."): the end of a headline printed over two lines, never the lead.
_MEETING_NUMBER = (r"(?:lần\s+thứ|kỳ\s+họp\s+thứ|phiên\s+họp\s+thứ|kh[oó][áa])\s+[^\s,;]+"
                   r"|(?:nhiệm\s+kỳ|năm\s+học)\s+\(?\d{4}\s*[-–]\s*\d{4}\)?")
MEETING_NUMBER_LINE = rf"(?i)^\(?(?:{_MEETING_NUMBER})(?:\s*[,;–-]?\s*(?:{_MEETING_NUMBER}))*\)?\.?$"

# The longest title a page prints (corpus titles are at most 118 characters); a longer first line is a paragraph.
TITLE_MAX_CHARS = 250
# A headline printed twice on its line, glued or after a space, goes on two lines when each copy is at least this
# long ("Đức Huệ trao học bổngĐức Huệ trao học bổng"; a short line's halves may be equal by chance: "AA").
DOUBLED_TITLE_MIN_CHARS = 20

# Date, view-count, category, chrome and byline lines are all short; a longer line is text, and skipping the
# patterns on it (null costs nothing) keeps the cost independent of paragraph length.
SHORT_LINE_CHARS = 200
# An outlet's code signing a page on a line of its own ("HYTV", "vnews") is no longer than this.
SIGNATURE_MAX_CHARS = 16
# A follow button ("Theo dõi Báo X trên Google News") is at most this long.
FOLLOW_BUTTON_MAX_CHARS = 100
# A date line (a date and decoration, or an author and a date) is shorter than 120 characters.
DATE_LINE_MAX_CHARS = 119
# A section's name with what it covers, above a headline, has no more words than this.
SECTION_LINE_MAX_WORDS = 10
# A stamp of a date and a clock time may keep a label of a few words the meta tables do not know: a button
# ("Print Thứ Bảy, 26/01/2019 19:26"), a section ("Trong nước - Ngày đăng : 14:19, 13/12/2018"), a bare counter
# ("14:20 12/12/2022 3367"), the writer and the paper ("Duy Tuấn (báo lao động) 01/01/2026 17:37 (GMT+7)"), labels
# with nothing after them ("Đăng: 01:21 19-12-2019 | Tác giả: | Nguồn: vimc.co"). A headline holds no clock time.
STAMP_MAX_LABEL_WORDS = 5

# The headline's words come back in the text's first paragraph; a section's name, a banner or a widget above it
# shares next to none. Looked for in a page's first lines: a line above the text sharing at most UNRELATED_MAX_SHARED
# of its words with the first paragraph is not the title when a later one shares HEADLINE_MIN_SHARED or more. (Not an
# earlier one: a unit's or a category's name above a figurative headline shares the lead's words, the headline none:
# "Hội Chữ thập đỏ huyện X" / "Xuân ấm áp, Tết sẻ chia" / the date / "Chiều 20/1, Hội Chữ thập đỏ huyện X ...".)
HEADLINE_SEARCH_LINES = 40
# ... compared with the paragraph's first characters (its first sentences).
HEADLINE_COMPARED_CHARS = 400
HEADLINE_MIN_SHARED = 0.5
UNRELATED_MAX_SHARED = 0.2
# A headline closed by a period and longer than headlines usually are (TITLE_TYPICAL_MAX_CHARS) is still one when it
# tells no time: a headline leaves out the markers of tense and the day ("đã", "vừa", "đang", "sẽ", "long trọng",
# "ngày 10/5"), which a lead's sentence carries (6 of some 195 annotated titles hold one).
TOLD_IN_TIME = r"(?i)\b(?:đã|vừa|đang|sẽ|long trọng)\b|\bngày\s*\d"
# A line after a bullet is an item or a sub-heading, never the headline ("* Quan tâm xây dựng chiến lược ...").
# (A dash is left out: "- Chiều 2-12, ..." is a lead whose dateline code was printed apart.)
BULLET_ITEM = r"^[*+•]\s"
# The marks a list or a menu sets before a line ("• Trang chủ > Giới thiệu"), removed from it (split_lines).
LIST_BULLET = r"[•·▪►]"
# A word, for comparing lines: two letters or more.
WORD = rf"{LETTER}{{2,}}"
# A headline with its date printed at its end is looked for in a page's first characters.
HEADLINE_WITH_DATE_SEARCH_CHARS = 600
# A headline glued to the lead that follows it, with no space between ("... trong từng công dânTrong bối cảnh ...",
# "... nhiệm kỳ 2020 - 2025Sáng ngày 18/6, ..."): a line with no sentence's end, whose last word runs into a
# capitalised opening of running text (a time of day or a connective), goes on a line of its own (looked for in the
# same first characters).
_GLUED_OPENINGS = ("Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Ngày", "Hôm", *CLAUSE_OPENERS, *PARAGRAPH_OPENERS)
_RUNNING_TEXT_OPENING = alternation(_GLUED_OPENINGS)
HEADLINE_GLUED_TO_LEAD = (rf"(?m)^([^\n.!?|]{{20,250}}?[{LOWER}\d])((?:{_RUNNING_TEXT_OPENING})[ \t,]"
                          rf"[^\n]{{40,}})$")
# A headline in capitals glued to the lead, as a page's first line: the first word in small letters after capitals
# opens the text, whatever the word ("... NHIỆM KỲ 2025-2027Sinh thời Chủ tịch ..."; a headline in capitals has no
# capitalised word of its own). Only after a figure or three capitals: a brand's name is two capitals and a word
# ("BÀ RỊA - VŨNG TÀU - HDBank vừa ...").
HEADLINE_IN_CAPITALS_GLUED_TO_LEAD = (rf"\A([^\n.!?|{LOWER}]{{17,247}}?(?:\d|{UPPER}{{3}}))({UPPER}{LOWER}+[ \t,]"
                                      rf"[^\n]{{40,}})(\n|$)")
# ... and after a word of two capitals (a place's last: "... TỈNH NGHỆ ANNgày 1 tháng 4 năm 2014, ..."), when the
# word it runs into opens running text (_GLUED_OPENINGS).
_TWO_CAPITALS_GLUED = rf"\s{UPPER}{{2}}(?:{_RUNNING_TEXT_OPENING})[ \t,]"
HEADLINE_IN_TWO_CAPITALS_GLUED_TO_LEAD = (rf"\A([^\n.!?|{LOWER}]{{14,247}}?\s{UPPER}{{2}})((?:{_RUNNING_TEXT_OPENING})"
                                          rf"[ \t,][^\n]{{40,}})(\n|$)")
# (Their cheaper sign, searched first: a letter or a figure glued to such an opening, or a capital or a figure glued
# to a capitalised word.)
GLUED_OPENING = (rf"[{LOWER}\d](?:{_RUNNING_TEXT_OPENING})[ \t,]|(?:\d|{UPPER}{{3}}){UPPER}{LOWER}+[ \t,]"
                 rf"|{_TWO_CAPITALS_GLUED}")

# Text wrapped at a fixed width by the page or a copy of it: a line that ends mid-sentence (no closing mark) and a
# next line going on in lower case or figures ("... thống nhất nội" / "dung, chương trình ...", "Sáng ngày" /
# "7/6/2021, ..."). Both lines carry a Vietnamese letter, the next one in its first words: an unaccented line is a
# slug or an alt text ("video doi moi ..."), neither the sentence nor its going on. Joined only in a document that
# breaks so this many times at least (one such break is as likely an alt text in lower case under a headline).
WRAPPED_BREAK = rf"([^\x00-\x7F][^\n]*[^\s.!?:;…])\n((?:{LOWER}|\d)[^\n]{{0,20}}?[^\x00-\x7F])"
# ... and a line that stops on a word no sentence, caption or headline ends with, an honorific, a connective, the
# head of a title of office or a name's middle word, before a capital that goes on with it ("Dự kỳ họp có ông" /
# "Lưu Quang Tuyển - ...", "... Chủ tịch UBND huyện; ông Lưu" / "Văn Dũng", "... – Phó" / "Bí thư Thường trực ...").
DANGLING_WORDS = ("ông", "bà", "đồng chí", "đ/c", "Đ/c", "và", "của", "có", "với", "tại", "cho", "các", "những", "là",
                  "được", "trong", "về", "để", "từ", "theo", "Phó", "Chủ tịch", "Bí thư", "Ủy viên", "Uỷ viên",
                  "Trưởng", "Văn", "Thị")
# ... and a surname whose given names open the next line ("Tới dự có các đồng chí: Lê" / "Văn Thành, Ủy viên ..."),
# or a surname and a given name whose last given name does ("Thủ tướng Phạm Minh" / "Chính tham dự ...").
DANGLING_NAME_WORDS = (*DANGLING_WORDS, *SURNAMES)
WRAPPED_DANGLING_BREAK = (rf"([^\x00-\x7F][^\n]*\s(?:{alternation(DANGLING_NAME_WORDS)}|(?:{alternation(SURNAMES)})"
                          rf"\s{UPPER}[{LOWER}]*))\n({UPPER}[^\n]{{0,20}}?[^\x00-\x7F])")
WRAPPED_MIN_BREAKS = 3
# A caption broken in two, in any document: a short line that names someone and their office ("Name, office": a
# comma), without a closing mark, and a short next line that goes on with what they do in the picture ("Ảnh: Đồng
# chí X-TUV, Bí thư Huyện ủy" / "tặng quà cho khu dân cư.", "PGS,TS X, Phó Giám đốc Học viện ..." / "phát biểu khai
# mạc ..."). Only these acts, and only after such a line: a headline's picture has an alt text in lower case under
# it ("ảnh minh họa", "trao quà cho hộ nghèo"). The next line holds no figure: a headline's date line goes on in
# lower case too ("thứ tư, 22/9/2021 14:20").
CAPTION_ACTS = ("phát biểu", "tặng", "trao", "trình bày", "chủ trì", "điều hành", "khai mạc", "bế mạc", "chúc mừng",
                "thăm", "làm việc", "báo cáo", "chỉ đạo", "kết luận", "quán triệt", "dâng hương", "dâng hoa",
                "cắt băng", "bấm nút", "trả lời", "tiếp thu", "giải trình", "biểu quyết")
CAPTION_BREAK = (rf"(?m)^([^\n,]{{2,100}},[^\n]{{1,100}}[^\s.!?:;…,])\n[ \t]*(?:{LIST_BULLET}[ \t]*)?"
                 rf"((?:{alternation(CAPTION_ACTS)})\s[^\n\d]{{0,100}})$")
# ... or a name (three capitalised words) and a dash before the office ("Đồng chí Phạm Văn A - Phó Trưởng Ban" /
# "Kinh tế Trung ương tặng hoa chúc mừng Đại hội", "PGS.TS. Nguyễn Văn B – Giám đốc Bệnh viện Trường" / "Đại học Y
# Dược phát biểu khai mạc ..."): the office goes on in capitals on the next line, up to the act (a dash before the
# act there is the next caption's own name and office).
CAPTION_BREAK_AFTER_DASH = (rf"(?m)^([^\n]{{0,60}}(?:{UPPER}\S*\s+){{2}}{UPPER}\S*\s+[-–]\s*[^\n]{{1,100}}[^\s.!?:;…,])\n"
                            rf"({UPPER}[^\n\d.!?–-]{{0,60}}?\s(?:{alternation(CAPTION_ACTS)})\s[^\n\d]{{0,100}})$")
# (A line telling who came to the event opens a sentence of its own, whatever act it names after: "Về dự và chỉ đạo
# Đại hội có đồng chí ..." under a caption of a person and an office; "Dự" alone only before a comma or what is
# attended, "Dự, chỉ đạo ...", "Dự hội nghị có ...": "Ban Quản lý" / "Dự án ..." is an office broken. It is marked
# before that join, the mark removed after it.)
ATTENDANCE_LINE_OPENING = (rf"\n((?:Về|Đến|Tới)\s+(?:tham\s+)?dự[\s,]|Tham\s+dự[\s,]"
                           rf"|Dự(?:,|\s+(?i:{alternation((*ATTENDED, 'có'))})[\s,]))")
KEEP_APART_MARK = "\x01"
# ... or a caption that names someone and what they do, broken before the organisation it happens at ("Phó Chủ tịch
# nước X dự Lễ khai giảng" / "Trường Trung học phổ thông Y", "... trao cờ thi đua cho đơn vị" / "Bệnh viện Z năm
# 2020"): a short line opening with an organisation's word that closes the paragraph.
CAPTION_BREAK_BEFORE_ORGANISATION = (
    rf"(?m)^([^\n]{{10,120}}\s(?:{alternation((*CAPTION_ACTS, 'dự'))})\s[^\n]{{0,80}}[^\s.!?:;…,])\n"
    rf"((?:{alternation(ORGANISATION_WORDS)})\s[^\n.!?:;]{{2,60}})\n([ \t]*\n|[ \t]*$)")
# (Its cheaper sign, searched first: a line that opens with such a word.)
ORGANISATION_LINE = rf"\n(?:{alternation(ORGANISATION_WORDS)})\s"
# ... and in such a document, a line that ends with a comma or a semicolon goes on in the next, whatever its letter
# ("... đại diện lãnh đạo UBND," / "UBMTTQVN huyện; ...").
WRAPPED_AFTER_COMMA = rf"([,;])\n({LETTER})"
# A line with this many digits or more, and more of them than letters, is a telephone, a code or a counter: no
# headline (flows/normalise/lines.py).
TELEPHONE_MIN_DIGITS = 7
