"""Indicators: percentages, money, achieved/target ratios and counts, with the period they refer to."""

from flows.patterns import alternation
from flows.patterns.dates import MONTHS_IN_YEAR
from flows.patterns.letters import LETTER, LOWER, UPPER

# "102,7%", "98,2 %", "90%". A comma (or a dot followed by 1-2 digits) is the decimal mark.
PERCENT = r"(?P<number>\d{1,3}(?:[.,]\d{1,3})?)\s*%"

# Money: "12.467,5 tỷ đồng", "trên 10.000 tỷ đồng", "540 triệu USD", "1,2 nghìn tỷ đồng", "500.000 đồng".
# An amount may be said in two scales, the larger first: "1 tỷ 656 triệu đồng" is 1,656,000,000 đồng ("major").
QUALIFIERS = ("trên", "hơn", "gần", "khoảng", "dưới", "tới", "đến", "chừng", "xấp xỉ", "ít nhất", "tối đa")
SCALES = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "tỷ": 1e9, "tỉ": 1e9,
          "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}
# "đồng" is the currency unless a word follows that makes it another word: "4.219 đồng chí" (comrades),
# "đồng bào" (compatriots).
NOT_CURRENCY_AFTER_DONG = ("chí", "bào", "thời", "ý", "bộ", "hành", "đội", "nghiệp", "tâm", "lòng", "loại",
                           "hương", "minh", "ruộng", "bằng", "dao")
# ... "đ", its abbreviation, only after a scale ("69,243 tỷ đ (KH: >60 tỷ đ)", "trị giá 20 triệu đ": two sites of batches
# CQ, CR); alone it is as often the first letter of another abbreviation ("5 đ/c": five comrades).
ABBREVIATED_DONG = "đ"
CURRENCIES = {"đồng": "VND", ABBREVIATED_DONG: "VND", "VNĐ": "VND", "VND": "VND", "vnđ": "VND", "USD": "USD", "đô la Mỹ": "USD",
              "đô la": "USD", "EUR": "EUR", "euro": "EUR", "Euro": "EUR", "yên": "JPY", "nhân dân tệ": "CNY"}
# A unit price: an amount per unit ("2.037 USD/tấn", "69.800 đồng/cp", "500.000 đồng/m3", "22.700 VND/USD",
# "50.000 đồng/vé/tháng", "80.000 đồng/50 kg"), or per each ("20 triệu đồng mỗi tháng", "36 triệu đồng một lượng",
# "18.000 USD cho mỗi lượt"), or each first ("chi phí mỗi năm khoảng 1 triệu USD", "mỗi sổ 1 triệu đồng").
# A unit after a slash is any word ("/tấn", "/m3", "/CP"), or one of PER_UNIT_PHRASES; after "một" (which is also
# "a", "one": "một số" is "some") only a word of PER_UNIT_WORDS.
# (The units of PER_UNIT_WORDS are each seen as a unit price's unit in two or more articles.)
PER_UNIT_PHRASES = ("cổ phiếu",)
PER_UNIT_WORDS = ("lượng", "kg", "tấn", "người", "USD", "năm", "tháng", "ngày", "cổ phiếu", "m3", "vé", "lượt",
                  "ounce", "thùng", "sổ")
_UNIT = rf"(?:{alternation(PER_UNIT_PHRASES)}|{LETTER}[{LETTER}\d²³]*)"
PER_UNIT = (rf"(?:\s*/\s*(?P<per_slash>(?:\d+\s*)?{_UNIT}(?:\s*/\s*{_UNIT})*)"
            rf"|\s+(?:cho\s+)?(?:mỗi\s+(?P<per_each>{_UNIT})|một\s+(?P<per_one>{alternation(PER_UNIT_WORDS)})))")
# The low end of a range of unit prices is one too: "200.000 đồng đến 300.000 đồng/ngày" (the word after the low end,
# then the high end within PRICE_RANGE_GAP_CHARS characters).
PRICE_RANGE_WORDS = ("đến", "tới")
PRICE_RANGE_GAP_CHARS = 12
# "12.467,5" (Vietnamese grouping), "540", "6,68", and "42.5" (a dot before one or two digits is a decimal).
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}"

# A ratio's numbers: "154", or grouped by thousands "35.599".
RATIO_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d{1,6}"
# A ratio is a target reached: "154/150 đảng viên", "21/63 tỉnh", "9/9 chỉ tiêu", "154/150 (đạt 102,7%)",
# "35.599/35.900 đảng viên, đạt 99,16%". An a/b needs one of three shapes after it: a count of a thing (COUNTED,
# RATIO_COUNTED), a plan word (RATIO_PLAN_WORDS), or its share (RATIO_SHARE). Any other a/b is no ratio: a fraction
# ("1/3 số dân", "2/3 tổng doanh thu"), an address ("ngõ 88/1 phố", "số 49/28"), a code ("tổ Y9/141", "Mega 6/45"),
# a season ("2016/17"), a date ("ngày 15/5").
# Counted things that a ratio counts beyond the counts' own (COUNTED): "21/63 tỉnh, thành phố", "45/63 tỉnh", the
# delegates present and the votes of a session ("47/47 đại biểu có mặt", "trúng cử với 56/57 phiếu"), the grassroots
# units that held their congress ("120/152 cơ sở Hội"), the villages and communes represented or done ("7/7 ấp",
# "12/12 xã"), the members elected ("28/80 đồng chí"), the voters who voted ("34.465/34.465 cử tri").
RATIO_COUNTED = ("tỉnh", "tỉnh, thành phố", "tỉnh, thành", "đại biểu", "phiếu", "cơ sở", "xã", "ấp", "đồng chí",
                 "cử tri")
# Words that may stand between the a/b and what it counts: "760/928 số tổ chức cơ sở đảng" (not a fraction: "1/3 số
# dân" counts nothing of COUNTED), the classifier of persons "28/29 vị đại biểu".
RATIO_BEFORE_COUNTED = ("số", "vị")
# What a plan sets: "hoàn thành 9/9 chỉ tiêu", "đạt 12/15 kế hoạch", "hoàn thành 19/19 tiêu chí".
RATIO_PLAN_WORDS = ("chỉ tiêu", "kế hoạch", "mục tiêu", "tiêu chí")
# Its share, in brackets or after a comma: "(đạt 102,7%)", ", đạt 99,16%", "(76%)", ", tỷ lệ 100%".
_SHARE = r"(?:(?:đạt|bằng|tỷ lệ|tỉ lệ)\s+)?\d{1,3}(?:[.,]\d{1,3})?\s*%"
RATIO_SHARE = rf"\s*(?:\(|,\s*){_SHARE}"
# ... the same after the counted thing and the character that ends it ("đảng viên (đạt", "đảng viên, đạt").
RATIO_SHARE_AFTER_WORD = rf"\s*\(?\s*{_SHARE}"
# Not after a date word ("ngày 15/5", "Chiều 29/12"), nor an address or a rank ("ngõ 88/1", "số 49/28", "đứng thứ
# 82/190 quốc gia", "vòng 1/8", "mùa 2013/14"), nor a word that makes it a rough fraction: a count reached is not
# told approximately ("khoảng 1/3 người trưởng thành", "xấp xỉ 1/3 số dân", "gần 2/3 nguồn nguyên liệu").
RATIO_NOT_AFTER = ("số", "năm", "ngõ", "thứ", "vòng", "mùa", "khoảng", "gần", "hơn", "chừng", "xỉ")
# ... and a date's words, where the a/b may be a date (its target a month's number): "hiện nay 23/23 chi bộ" is a
# ratio, "hôm nay 15/5" a date.
RATIO_NOT_AFTER_DATE_WORD = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "nay", "qua", "mai", "tháng", "từ",
                             "đến", "vào", "tới", "lúc", "khuya", "rạng")

# Counts of what Party and government reports count: "kết nạp 144 đảng viên", "11 tổ chức cơ sở Đảng".
COUNTED = (
    "đảng viên", "tổ chức cơ sở đảng", "tổ chức cơ sở Đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "cơ quan",
    "đơn vị", "tập thể", "cá nhân", "dự án", "doanh nghiệp", "hộ", "hộ nghèo", "người", "lao động", "học sinh",
    "xã", "phường", "huyện", "thôn", "bản", "công trình", "ca mắc", "ca", "trường hợp", "vụ", "lượt",
    "chỉ tiêu", "nhiệm vụ", "hội viên", "đoàn viên", "cán bộ", "công chức", "giáo viên", "bệnh nhân", "trường",
)

# The period an indicator refers to: "năm 2021", "6 tháng đầu năm 2019", "quý I/2022", "giai đoạn 2021 - 2025",
# "tháng 6/2017", "tháng 6 năm 2017".
PERIOD = (
    r"(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|quý\s+(?-i:[IV]+)(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
    r"|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}"
    r"|tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|năm\s+\d{4})"
)
# A period named after these is not the period a figure refers to: the base it is compared with ("tăng 20% so với
# năm 2016", "so với cùng kỳ năm 2015", "so với cuối năm 2016"), a birth year ("sinh năm 1971"), where a span starts
# ("từ năm 2010 đến nay"), a futures contract's month ("kỳ hạn tháng 3", "vàng giao tháng 8"), the month of a date
# in words ("ngày 5 tháng 6 năm 2017": a number before "tháng").
PERIOD_NOT_AFTER = ("so với", "cùng kỳ", "sinh", "từ", "kỳ hạn", "giao")
PERIOD_COMPARED_WORDS = ("cùng kỳ", "thời điểm", "cuối", "đầu", "hết")
PERIOD_FOUND = (
    rf"(?i)(?:(?P<not_period>(?:{alternation(PERIOD_NOT_AFTER)})(?:\s+(?:{alternation(PERIOD_COMPARED_WORDS)}))*"
    rf"|\d{{1,2}})\s+)?(?P<period>{PERIOD})"
)
# A figure's period is named in its own sentence: right after it ("15 tỷ USD vào năm 2020", "giảm từ 6,6% năm 2012":
# at most PERIOD_AFTER_CHARS characters on, in its clause), else before it in the sentence ("Năm 2016, HNG lỗ 1.020
# tỷ đồng"). A sentence ends after a lower-case word, a figure, a bracket, a quote or three capitals or more ("...
# 5 triệu USD. Năm 1994", "... TPHCM. Hiện tại"); "TP. Hồ Chí Minh" is no end, nor is a semicolon: a list after
# "trong đó:" is one sentence ("Trong năm 2016 ... trong đó: khách quốc tế tăng 22,6%; khách nội địa tăng 8,4%").
PERIOD_AFTER_CHARS = 16
SENTENCE_END = rf"(?:[{LOWER}\d)”\"%]|{UPPER}{{3,}})[.!?…]+[\s”\"]+"
CLAUSE_END = r"[,:;]\s+"

# --- the figure rules (flows/extract/indicators.py) ------------------------------------------------------------
# The figure and up to four lower-case words after it: what the percentage is of.
PERCENT_FIGURE = rf"{PERCENT}(?P<after>(?:\s+{LOWER}[{LETTER}]*){{0,4}})"
MONEY = (
    rf"(?:^|[^\d.,])(?:mỗi\s+(?P<per_before>{_UNIT})\s+)?(?:(?P<qualifier>{alternation(QUALIFIERS)})\s+)?"
    rf"(?:(?P<major>{NUMBER})\s+(?P<major_scale>{alternation(list(SCALES))})\s+)?"
    rf"(?P<amount>{NUMBER})\s*"
    rf"(?P<scale>{alternation(list(SCALES))})?\s*(?P<currency>{alternation(list(CURRENCIES))})"
    rf"(?:{PER_UNIT})?"
    rf"(?:[^{LETTER}]|$)(?P<next_word>{LETTER}+)?"
)
# ... or, when the target is more than a month's number (no date: "ngày 24/12"), any word it counts: "77/77 nội dung",
# "23/27 ngành", "54/54 dân tộc", "30/36 thành viên" (RATIO_ANY_COUNTED_ABOVE; a space may follow the slash, "246/
# 249 đại biểu", and a counted thing may be capitalised, "23/23 Chi bộ").
RATIO_ANY_COUNTED_ABOVE = MONTHS_IN_YEAR
# ... unless a name stands before it, a capitalised word that opens no sentence: "Xổ số Mega 6/45 mở thưởng" is a
# game's code ("Có 39/43 cán bộ ..." opens a sentence).
RATIO_SENTENCE_OPENERS = ("Có", "Đã", "Với", "Gồm", "Còn", "Hiện", "Đến", "Trong", "Tổng")
# (No \b: a word boundary in non-ASCII text throws the regex engine off its fast path; the character after a word
# is read instead.)
RATIO = (
    rf"(?:^|[^\d/.,{LETTER}])(?:(?P<before>{LETTER}+)\s+)?(?P<achieved>{RATIO_NUMBER})/ ?(?P<target>{RATIO_NUMBER})"
    rf"(?P<longer>[\d/])?"
    rf"(?:(?:\s+(?:{alternation(RATIO_BEFORE_COUNTED)}))?"
    rf"\s+(?P<measure>(?i:{alternation(COUNTED + RATIO_COUNTED + RATIO_PLAN_WORDS)}))(?:[^{LETTER}]|$)"
    rf"(?P<share>{RATIO_SHARE_AFTER_WORD})?|(?P<bare_share>{RATIO_SHARE})|\s+(?P<counted_word>{LETTER}+))?"
)
COUNT = rf"(?:^|(?P<pre>[^\d.,]))(?P<count>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?P<measure>{alternation(COUNTED)})(?:[^{LETTER}]|$)"
