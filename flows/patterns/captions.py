"""Photo captions: what tells a caption from a one-sentence paragraph of text.

A caption describes a picture: a noun phrase or a short clause ("Quang cảnh hội nghị.", "Đồng chí X phát biểu
tại buổi làm việc"), often without a final period, often closed by a photo credit ("Ảnh: T.H", "(ảnh: Hồ Mai)",
"Ảnh tư liệu"). A paragraph of text carries the story on: it opens with a connective or a time phrase
("Trong đó, ...", "Theo kế hoạch, ...", "Từ ngày 2 đến ngày 6, ...", "Chiều 21-7, ..."), may speak in the
first person, and ends with a period. The tables below are applied by flows/normalise/lines.py.
"""

from flows.patterns import alternation
from flows.patterns.indicators import SCALES
from flows.patterns.letters import LOWER, UPPER

# A photo that illustrates, from an archive or the internet ("ảnh minh họa", "Ảnh tư liệu", "ảnh: Internet"): its
# caption says nothing of where the story happened (flows/normalise/articles.py locates a text by its captions too).
ILLUSTRATION = r"(?i)ảnh(?:\s*:)?\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu|internet|sưu\s+tầm)"
# A photo credit closing a line: "... . Ảnh: T.H", "... (ảnh: Hồ Mai)", "... . Ảnh tư liệu của X", "Ảnh minh họa",
# "..._Ảnh: TTXVN" (joined by an underscore, as some sites print it).
# The credit's names are short; the label is a whole word after a sentence end, a bracket, a dash or the line start.
# ... or a picture's numbered label opening the line ("Hình 1: Quý Thầy Cô ...", "Ảnh 2: ...": two sites of batch BV;
# "Hình 1. GS.TS. X - Chủ tịch ...": batch CJ): only a caption is so labelled.
PICTURE_LABEL = r"^(?i:ảnh|hình|hình ảnh)\s+\d{1,2}\s*[:.]\s"
PHOTO_CREDIT = (
    r"(?:^|[.!?…]\s*|\(|\s[-–—]\s|_)(?i:ảnh)"
    r"(?:\s*:\s*[^:()]{1,40}|\s+(?i:tư liệu|minh họa|minh hoạ)(?:\s[^:()]{1,40})?)\)?\.?$"
    rf"|{PICTURE_LABEL}"
)
# A note on a picture or a video, in brackets on its own line: "(Ảnh: TTXVN)", "(Video do Đài X cung cấp)".
# A line in capitals has two capitalised words (a sub-heading, "THẢO LUẬN TẠI HỘI TRƯỜNG"), not a figure alone.
TWO_CAPITALS = rf"{UPPER}\S*\s+{UPPER}"
MEDIA_NOTE = r"(?i)^\((?:ảnh|video|clip)\b[^()]*\)$"
# Where a person stands in the picture, in brackets: "(thứ 2 từ trái sang)", "(thứ ba từ phải sang)", "(hàng đầu,
# thứ hai từ trái qua)", "(từ trái qua phải)", "(ngoài cùng bên phải)", "(đứng giữa)". Only a caption points at a
# picture so; running text never does. (A bracket with nothing else: a few words, one of the sides or the middle.)
PICTURE_POSITION = (
    r"(?i)\((?:[^()]{0,25}?\s)?(?:thứ\s+\S+\s+)?(?:từ\s+(?:trái|phải)\s+(?:sang|qua)(?:\s+(?:trái|phải))?"
    r"|(?:ngoài cùng\s+)?bên\s+(?:trái|phải)|đứng giữa|ở giữa|giữa)\)"
)
# The credit's names, for the authors: "Ảnh: T.H" -> "T.H" (role photo).
PHOTO_CREDIT_NAMES = r"(?i:ảnh)\s*:\s*(?P<names>[^:()]{1,40}?)\)?\.?$"

# Words and phrases a paragraph of running text opens with (connectives, sources, time and place phrases);
# matched at the line start, case-insensitively, as whole words.
PARAGRAPH_OPENERS = (
    "Trong đó",
    "Theo",
    "Cũng theo",
    "Cũng trong",  # "Cũng trong phiên họp, ...": "also" ties the sentence to the one before, as running text does
    "Cũng tại",
    # "Cùng dự có các đồng chí ...": who else attended, a sentence of the report.
    "Cùng dự",
    "Cùng tham dự",
    # A speech's salutation ("Thưa các vị đại biểu,", "Kính thưa cử tri và Nhân dân tỉnh nhà!"): the speech's text.
    "Thưa",
    "Kính thưa",
    # ... and a Buddhist speech's: its invocation and its salutation of the Sangha ("Nam mô Bản Sư Thích Ca Mâu Ni
    # Phật.", "Kính bạch chư tôn đức,").
    "Nam mô",
    "Kính bạch",
    "Được biết",
    "Dự kiến",
    # (Whatever follows: "Kết quả giám định xác định ...", "Kết quả kiểm tra phát hiện ..." are sentences of text as
    # often as "Kết quả chỉ đạo tổ chức đại hội ..." is a headline: a review's probes.)
    "Kết quả",
    "Dịp này",
    "Nhân dịp",
    "Từ ngày",
    "Từ đầu",
    "Đó là",
    "Đây là",
    "Tới dự",
    # The cliché that opens a report by its occasion ("Hòa chung không khí của cả nước ...", "Hòa trong không khí
    # phấn khởi ..."; both placings of the tone mark): running text, never a caption (six sites of batches CL-CT).
    "Hòa chung không khí", "Hoà chung không khí", "Hòa trong không khí", "Hoà trong không khí",
    "Về phía",  # "Về phía TP Hà Nội có đồng chí ...", "Về phía khách mời, ...": who attended for whom
    # What was done at the event reported ("Tại buổi lễ, đồng chí X ...", "Tại hội nghị, các đại biểu ...": 13 pages of
    # the corpus and the development pages; no annotated caption opens so).
    "Tại buổi", "Tại hội nghị", "Tại đại hội", "Tại kỳ họp", "Tại phiên họp",
    "Dự hội nghị",
    "Dự đại hội",
    "Dự buổi",
    "Tham dự",
    "Cùng tham dự",
    "Sau khi",
    "Qua",
    "Bên cạnh",
    "Ngoài ra",
    "Đồng thời",
    "Tuy nhiên",
    "Do đó",
    "Vì vậy",
    "Vì thế",
    "Như vậy",
    "Trước đó",
    "Sau đó",
    "Hiện nay",
    "Hiện tại",
    "Để",
    "Nhằm",
    "Cùng với",
    "Mặt khác",
    "Trước hết",
    "Thứ nhất",
    "Thứ hai",
    "Thứ ba",
    "Tiếp đó",
    "Cuối cùng",
    "Trong thời gian",
    "Trong bối cảnh",
    "Trong năm",
    "Trong những năm",
    "Năm qua",
    "Với",
    "Nếu",
    "Khi",
    "Song",
    "Nhưng",
    "Riêng",
    "Đặc biệt",
    "Nhìn chung",
    "Tính đến",
)
# Connectives that open a clause of running text closed by a comma ("Qua 2,5 ngày làm việc, ..."); a first
# line that opens so is a lead, not a title (headlines open with a noun phrase: "Kết quả giải quyết, ...").
CLAUSE_OPENERS = (
    "Qua", "Trong đó", "Theo đó", "Được biết", "Tuy nhiên", "Bên cạnh đó", "Ngoài ra", "Đồng thời", "Như vậy",
    "Vì vậy", "Do đó", "Sau khi", "Trước đó", "Sau đó", "Nhân dịp", "Tiếp đó", "Cùng với", "Trong thời gian",
)
# A time phrase opening the paragraph and closed by a comma: "Chiều 21-7,", "Sáng nay,", "Ngày 5/3,", "Vào chiều
# ngày 23/02/2023,"; or by the clock and the date ("Vào lúc 8h30 sáng ngày 20/10/2020,", "Lúc 7h15 phút ngày
# 22/6/2017,", "Hồi 14h ngày 1-7,": four sites of the corpus and batch CM; the clock alone opens captions too, "Lúc
# 16h, dòng xe ...").
_CLOCK = r"(?:lúc|hồi)\s+\d{1,2}\s*(?:h|giờ|:)[^,]{0,20}?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,"
_TIME_PHRASE = rf"(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\b[^,]{{0,25}},|{_CLOCK})"
TIME_OPENER = rf"(?i)^{_TIME_PHRASE}"
# ... or a full date in figures right after the time word, its comma left out ("Ngày 20/4/2021 tại xã X ...", "Chiều
# ngày 30/7/2021 tại hội trường ..."): a report's dated opening, whatever its length. (Of some 420 annotated pages, 60
# without a title open their text with a dated phrase; one title opens so, with its comma: "Ngày 28/7/2017, HĐND ...".)
_DAY_WORDS = r"sáng|trưa|chiều|tối|đêm|ngày"
_DATE_IN_FIGURES = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
DATED_OPENER = rf"(?i)^(?:{_DAY_WORDS})(?:\s+ngày)?\s+{_DATE_IN_FIGURES}\s+[^,\s]"
# Who came to the event, a sentence of the report: the verb of coming and attending, then what it attends, a
# conjunction or a comma, and who came after "có" or "đón", or a colon that lists them ("Về dự với Đại hội có đồng chí
# ...", "Đến tham dự buổi lễ có bà ...", "Dự, chỉ đạo Đại hội có ...", "Tham dự có ...", "Đến dự buổi lễ:"; some twenty
# sites of batches CL-CT, no annotated caption is one). A caption that opens so tells an act after a comma instead
# ("Về dự Đại hội, đồng chí X trao giấy khen cho các tập thể có thành tích ..."), and "Dự án ...", "Đến dự kiến ..." are
# none.
ATTENDED = ("và", "với", "buổi", "lễ", "hội nghị", "đại hội", "hội thảo", "kỳ họp", "phiên", "chương trình",
            "sinh hoạt", "tọa đàm", "toạ đàm", "chỉ đạo")
ATTENDANCE_SENTENCE = (rf"(?i)^(?:cùng\s+)?(?:về\s+|đến\s+|tới\s+)?(?:tham\s+)?dự(?:\s+có\b|(?:\s*,\s*|\s+)(?:{alternation(ATTENDED)})\b"
                       rf"[^.;,]{{0,120}}?(?:\bcó\b|\bđón\b|:$))")
# A time word and a full date with its year at a line's start, then a comma or a word ("Ngày 4/5/2023, ...", "Ngày 24
# tháng 9 năm 2022 Trường ..."; a headline dates its event without the year, or with a colon or a dash: "Sáng 20/11:
# ...", "Ngày 3/2 - Kỷ niệm ..."), and who came to it in the next line ("Đến dự ... có ...", "Tham dự hội nghị có
# ...", "Dự, chỉ đạo Đại hội có ..."): the report's first two sentences, its lead and the attendance, never a headline
# above its text (16 such pairs in the annotated pages, all leads; two of them were read as titles, batches CM, CO).
DAY_OPENER = (rf"(?i)^(?:vào\s+)?(?:{_DAY_WORDS}|hôm)\s+(?:ngày\s+)?"
              rf"(?:{_DATE_IN_FIGURES}|\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})\s*(?:,|\s\w)")
# ... the same after a dateline code or a place and a dash ("Laocaitv.vn - Chiều ngày 3/1, ...", "Nghệ An - Chiều
# 12.1, ..."): the text's first sentence, whatever the code.
TIME_AFTER_A_CODE = rf"(?i)^[^,\n]{{1,30}}?\s[-–—]\s*{_TIME_PHRASE}"
# List items and sub-heading marks: "(2) ...", "1. ...", "a) ...", "* ...", "- ...", "+ ...", "I. ...", a dash against
# its first word ("-Đ/c Nguyễn Văn A – Chi đoàn 12C1."), a pictograph as the bullet ("🔹 Đ/c ...", "🗳️ Đại hội ...").
LIST_MARK = r"^(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[*+•–-]|[IVX]{1,4}\.)\s|[–-]\S|\p{So}\x{FE0F}?\s)"
# The opening of an administrative report's preamble ("Căn cứ Điều lệ Đảng ...", "Được sự đồng ý của ..."): running
# text, never a headline; so is one that implements a plan, as a clause closed by its comma ("Thực hiện Kế hoạch số
# 05-KH/ĐU ..., Chi bộ ..."; of some 340 annotated pages, 21 leads on 18 sites open with "Thực hiện", no title does;
# without the comma, "Thực hiện tốt công tác dân vận." may be a headline).
PREAMBLE_OPENERS = ("Căn cứ", "Được sự")
PREAMBLE_CLAUSE_OPENERS = ("Thực hiện",)
PREAMBLE_OPENER = (rf"(?i)^(?:(?:{alternation(PREAMBLE_OPENERS)})\s"
                   rf"|(?:{alternation(PREAMBLE_CLAUSE_OPENERS)})\s[^,.;]{{0,200}},\s)")
# An item of a list marked by a dash or a bullet, its space after the mark or not, closed as a sentence ("- Thực hiện
# Điều lệ Đảng.", "-Đ/c Nguyễn Văn A – giáo viên."): a headline is no item of a list.
LIST_ITEM = rf"^[-–+•*]\s*{UPPER}.*\.$"
# A line that opens with a figure is a statistic of the text ("53 đồng chí trúng cử ...").
OPENS_WITH_FIGURE = r"^\d"
# The first person speaks in running text (an interview, an op-ed), never in a caption; a report says who attended
# ("Hội nghị có sự tham dự của ...", "... với sự tham dự của 290 đại biểu"), a caption shows them.
RUNNING_TEXT_WORDS = ("tôi", "chúng tôi", "chúng ta", "chúng tớ", "có sự tham dự của", "với sự tham dự của")
RUNNING_TEXT_WORD = rf"(?i)\b(?:{alternation(RUNNING_TEXT_WORDS)})\b"
# A finished sentence that tells what happened or will ("... đã bầu 15 đồng chí ...", "... cũng bầu 2 đồng chí ...",
# "... gồm 62 người ...", "... sẽ tổ chức ...", "..., trong đó, ..."): the narrative's tense and linking words. A
# caption shows a scene, in the present ("X phát biểu tại hội nghị."); with its period, such a line is text.
# ("Đại hội đã biểu quyết ..." without a period stays a caption: a caption's period is optional, text's is not.)
# So does the event's end ("Hội nghị kết thúc thành công tốt đẹp.", "Thánh lễ kết thúc, mọi người ...", "Chương trình
# kết thúc lúc 12 giờ ...": three sites): a photo shows the event, not its end.
NARRATIVE_WORDS = ("đã", "sẽ", "cũng", "gồm", "trong đó", "kết thúc")
NARRATIVE_SENTENCE = rf"(?i)\b(?:{alternation(NARRATIVE_WORDS)})\b.*\.$"
# ... and so does a sentence that reports a sum of money or a percentage and closes with its period ("Lợi nhuận sau
# thuế hơn 3,5 tỷ đồng, giảm 1 tỷ đồng so với cùng kỳ.", "Tiền lương bình quân tăng 14,5% so với chỉ tiêu."): a
# report's figures, one sentence a paragraph.
REPORTED_FIGURE_SENTENCE = rf"(?:\d\s*%|\d\s+(?:{alternation(list(SCALES))})\s+đồng).*\.$"
# (Both read in one search: a line that opens with a figure, OPENS_WITH_FIGURE, or reports one so.)
FIGURES_OF_TEXT = rf"{OPENS_WITH_FIGURE}|{REPORTED_FIGURE_SENTENCE}"
# What only a caption opens with: the picture's label, "Ảnh: Quang cảnh hội nghị", and the scene or the people it
# shows ("Quang cảnh ...", "Các đại biểu tham dự ..."). No title of the development pages or the fresh batches (some
# 420 annotated pages) opens so, 71 of their captions do: such a line above the text is a caption, never the title.
# ("Toàn cảnh ..." opens captions and headlines alike: "Toàn cảnh đám cháy ..." titles two corpus articles.)
CAPTION_OPENERS = ("Quang cảnh", "Các đại biểu dự", "Các đại biểu tham dự", "Các đại biểu chụp ảnh")
# The label may number the picture (PICTURE_LABEL).
CAPTION_OPENER = rf"(?i)^(?:ảnh\s*:\s*|(?:{alternation(CAPTION_OPENERS)})\s)|{PICTURE_LABEL}"
# The words that carry a caption over to its next line, wrapped by the page ("... tặng hoa chúc mừng" / "tại Đại hội
# ..."): prepositions and conjunctions, which open no caption in small letters (flows/normalise/wrapped_captions.py).
CAPTION_LINKING_WORDS = ("tại", "và", "của", "cùng", "với", "trong", "cho", "về", "nhân", "ở", "đến", "tới", "từ")
# A caption names who or what a picture shows: three words at the least ("Quang cảnh hội nghị."); a line of one or two
# words without a photo credit is a label, a button or the end of a broken line ("Top", "Audio", "Đại hội.").
CAPTION_MIN_WORDS = 3
# A date with its year ("ngày 22.1.1947") dates running text; a caption says "chiều 21-7" if anything.
FULL_DATE_WITH_YEAR = r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}\b"
# A line with this many separate figures is a statistic of the text, not a caption.
MAX_CAPTION_FIGURES = 4
# A series of sub-headings: lines that differ only by their closing numeral ("Đại hội lần thứ I", "... lần thứ II").
SERIES_NUMERAL = r"\s+(?:[IVXLC]+|\d{1,3})\.?$"
# A label and its value: "Phương châm chỉ đạo của Đại hội: ...", "Nội dung: ..." (a few words, then a colon).
LABEL_LINE = r"^[^:()]{2,45}:\s"

# A section's heading that names its topic with an abstract noun, short ("Nội dung và mục tiêu Đại hội", "Thành phần
# tham dự", "Thành phần đoàn công tác", "Hình thức đại hội công đoàn cơ sở.", "Một số công tác khác.", "Một số hoạt
# động": six sites of the development pages and batches CO-CS, no annotated caption): no caption. (A caption that opens
# so goes on with what the picture shows: "Thành phần đoàn công tác chụp ảnh lưu niệm với lãnh đạo xã", "Nội dung
# chương trình phong phú, hấp dẫn", "Một số hoạt động của Hội phụ nữ xã".)
_TOPIC_NOUNS = ("nội dung", "thành phần", "hình thức", "mục tiêu", "phương hướng", "nhiệm vụ", "giải pháp")
_TOPICS_OF_SOME = ("hoạt động", "công tác", "nhiệm vụ", "giải pháp", "kết quả", "nội dung")
TOPIC_HEADING = (rf"(?i)^(?:(?:{alternation(_TOPIC_NOUNS)})(?:\s+[^\s.:,]+){{0,6}}"
                 rf"|một số (?:{alternation(_TOPICS_OF_SOME)})(?:\s+[^\s.:,]+)?)\s*[.:]?$")
# A line that announces the pictures below it ("Một số hình ảnh của buổi lễ:", "Sau đây là một số hình ảnh minh
# họa:"): what follows it is their captions, not items of a list the line announces.
PICTURES_ANNOUNCED = r"(?i)(?:^|[^\w])hình ảnh(?:[^\w]|$)[^.!?]{0,80}:$"
# ... such a line is no caption itself, with its colon or without it ("Dưới đây là một số hình ảnh cuộc họp", "Một số
# hình ảnh tại buổi lễ", "Sau đây là một vài hình ảnh ..."): a caption says what one picture shows, not that several
# follow. (Short: "Những hình ảnh tư liệu quý về ... được trưng bày tại triển lãm." is a caption.)
PICTURES_ANNOUNCING_LINE = (r"(?i)^(?:(?:dưới|sau) đây là\s+(?:một số|một vài|những|các)|một số|một vài)\s+hình ảnh"
                            r"(?:[^\w.!?][^.!?]{0,60})?[:.]?$")
# Caption: one sentence, short, not introducing a list, not an unfinished "..." paragraph (the tables above).
CAPTION_MAX_CHARS = 240
# ... and one that long ends without a period: a sentence of that length with its period is text.
CAPTION_WITH_PERIOD_MAX_CHARS = 150
# A sentence ends after a lower-case word, a figure or a bracket; "TP. Bạc Liêu", "T.H" are abbreviations.
SENTENCE_BREAK = rf"[{LOWER}\d)”\"][.!?…]\s+[{UPPER}\"“]"
# (Nor does a caption end with the mark that closes a text, "./." or "./-": the article's last sentence.)
NOT_CAPTION_ENDING = r"(?:[:;,]|…|\.\.\.|\./[.\-])$"
PARAGRAPH_OPENER = rf"(?i)^(?:{alternation(PARAGRAPH_OPENERS)})(?:[\s,:]|$)"
# A paragraph opener and its clause closed by a comma: "Qua 2,5 ngày làm việc, ...".
OPENING_CLAUSE = rf"(?i)^(?:{alternation(CLAUSE_OPENERS)})\s[^,]{{0,40}},\s"
