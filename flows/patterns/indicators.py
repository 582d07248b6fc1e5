"""Indicators: percentages, money, achieved/target ratios and counts, with the period they refer to."""

from flows.patterns import alternation

# "102,7%", "98,2 %", "90%". A comma (or a dot followed by 1-2 digits) is the decimal mark.
PERCENT = r"(?P<number>\d{1,3}(?:[.,]\d{1,3})?)\s*%"

# Money: "12.467,5 tỷ đồng", "trên 10.000 tỷ đồng", "540 triệu USD", "1,2 nghìn tỷ đồng", "500.000 đồng".
QUALIFIERS = ("trên", "hơn", "gần", "khoảng", "dưới", "tới", "đến", "chừng", "xấp xỉ", "ít nhất", "tối đa")
SCALES = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "tỷ": 1e9, "tỉ": 1e9,
          "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}
# "đồng" is the currency unless a word follows that makes it another word: "4.219 đồng chí" (comrades),
# "đồng bào" (compatriots).
NOT_CURRENCY_AFTER_DONG = ("chí", "bào", "thời", "ý", "bộ", "hành", "đội", "nghiệp", "tâm", "lòng", "loại",
                           "hương", "minh", "ruộng", "bằng", "dao")
CURRENCIES = {"đồng": "VND", "VNĐ": "VND", "VND": "VND", "vnđ": "VND", "USD": "USD", "đô la Mỹ": "USD",
              "đô la": "USD", "EUR": "EUR", "euro": "EUR", "Euro": "EUR", "yên": "JPY", "nhân dân tệ": "CNY"}
# "12.467,5" (Vietnamese grouping), "540", "6,68", and "42.5" (a dot before one or two digits is a decimal).
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}"

# A ratio's numbers: "154", or grouped by thousands "35.599".
RATIO_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d{1,6}"
# Ratios "154/150 đảng viên", "9/9 chỉ tiêu", "35.599/35.900 tỷ đồng", "154/150 (đạt 102,7%)": a/b followed by
# what is counted (a lower-case word) or by its share in brackets, and not a
# date: not after a date word ("ngày 15/5", "Chiều 29/12"), not part of a longer a/b/c.
RATIO_NOT_AFTER = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "nay", "qua", "mai", "tháng", "từ",
                   "đến", "vào", "tới", "lúc", "số", "năm", "đêm", "khuya", "rạng")

# A ratio is followed by what it counts, a noun: never by these words ("Tết Thiếu nhi 1/6 là ...").
RATIO_NOT_BEFORE = ("là", "được", "và", "của", "có", "đã", "sẽ", "tại", "ở", "với", "cho", "vừa", "này", "đó",
                    "khi", "trong", "từ", "đến", "tới", "năm", "vào", "lúc", "thì", "mà", "nhưng", "hoặc")

# Counts of what Party and government reports count: "kết nạp 144 đảng viên", "11 tổ chức cơ sở Đảng".
COUNTED = (
    "đảng viên", "tổ chức cơ sở đảng", "tổ chức cơ sở Đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "cơ quan",
    "đơn vị", "tập thể", "cá nhân", "dự án", "doanh nghiệp", "hộ", "hộ nghèo", "người", "lao động", "học sinh",
    "xã", "phường", "huyện", "thôn", "bản", "công trình", "ca mắc", "ca", "trường hợp", "vụ", "lượt",
    "chỉ tiêu", "nhiệm vụ", "hội viên", "đoàn viên", "cán bộ", "công chức", "giáo viên", "bệnh nhân", "trường",
)

# The period an indicator refers to: "năm 2021", "6 tháng đầu năm 2019", "quý I/2022", "giai đoạn 2021 - 2025".
PERIOD = (
    r"(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|quý\s+[IV]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
    r"|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|tháng\s+\d{1,2}(?:\s*/\s*\d{4})?"
    r"|năm\s+\d{4})"
)

# --- the figure rules (flows/extract/indicators.py) ------------------------------------------------------------
# The figure and up to four lower-case words after it: what the percentage is of.
PERCENT_FIGURE = rf"{PERCENT}(?P<after>(?:\s+\p{{Ll}}[\p{{L}}]*){{0,4}})"
MONEY = (
    rf"(?:^|[^\d.,])(?:(?P<qualifier>{alternation(QUALIFIERS)})\s+)?(?P<amount>{NUMBER})\s*"
    rf"(?P<scale>{alternation(list(SCALES))})?\s*(?P<currency>{alternation(list(CURRENCIES))})"
    r"(?:[^\p{L}]|$)(?P<next_word>\p{L}+)?"
)
RATIO = (
    rf"(?:^|[^\d/.,])(?:(?P<before>\p{{L}}+)\s+)?(?P<achieved>{RATIO_NUMBER})/(?P<target>{RATIO_NUMBER})"
    r"(?:\s+(?P<measure>\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*)?)|\s*\((?P<share>(?:đạt|bằng)\s))"
)
COUNT = rf"(?:^|(?P<pre>[^\d.,]))(?P<count>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?P<measure>{alternation(COUNTED)})(?:[^\p{{L}}]|$)"
