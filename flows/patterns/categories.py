"""Section names that outlets print above the title ("Chính trị - Xã hội").

A header line is a category line when, chrome phrases removed, it is one or more of these section names
joined by SECTION_JOINER (" - ", "/", "&", ",", ">", "»", "|", a space). Matching is case-insensitive; the line's own spelling is kept.
"""

from flows.patterns import alternation

SECTIONS = (
    "Chính trị",
    "Xã hội",
    "Kinh tế",
    "Văn hóa",
    "Văn hoá",
    "Thể thao",
    "Pháp luật",
    "Giáo dục",
    "Y tế",
    "Sức khỏe",
    "Thời sự",
    "Quốc tế",
    "Thế giới",
    "Quốc phòng",
    "An ninh",
    "Quốc phòng - An ninh",
    "Xây dựng Đảng",
    "Nông nghiệp",
    "Nông thôn mới",
    "Du lịch",
    "Khoa học",
    "Công nghệ",
    "Đời sống",
    "Môi trường",
    "Giải trí",
    "Bạn đọc",
    "Tin tức",
    "Sự kiện",
    "Tin tức - Sự kiện",
    "Nội chính",
    "Đối ngoại",
    "Doanh nghiệp",
    "Đô thị",
    "Giao thông",
    "Lao động",
    "Việc làm",
    "Tài chính",
    "Đầu tư",
    "Bất động sản",
    "Địa phương",
    "Hoạt động lãnh đạo",
    "Tin hoạt động",
    "Tin địa phương",
    "Phóng sự",
    "Ký sự",
    "Điều tra",
    "Chuyên đề",
    "Gương sáng",
    "Người tốt việc tốt",
    "Nghệ thuật",
    "Văn nghệ",
    "Multimedia",
    "E-magazine",
    "Emagazine",
    "Video",
    "Trang chủ",
    "Tin tổng hợp",
    "Chính sách",
    "Hoạt động",
)
# Between section names of a breadcrumb: " - ", "/", "&", ",", ">", "»", "|", or a space ("Chính trị - Xã hội
# Xây dựng Đảng": a section and its subsection printed side by side).
SECTION_JOINER = r"(?:\s*[-–/&,>»|]\s*|\s+)"

# --- the category line of flows/normalise/lines.py -------------------------------------------------------
SECTION = rf"(?:{alternation(SECTIONS)})"
CATEGORY_LINE = rf"(?i)^{SECTION}(?:{SECTION_JOINER}{SECTION})*$"
# The top section: the first name and those joined to it by a dash ("Chính trị - Xã hội") or, in lower case, by a
# space ("Thời sự xã hội": one section's name); a capitalised name after a space is the next entry of a menu
# ("Chính trị - Xã hội Xây dựng Đảng"), and a slash, a comma or an arrow separates sections ("Tin tức > Sự kiện").
SECTION_IN_LOWER_CASE = rf"(?:{alternation(tuple(name[0].lower() + name[1:] for name in SECTIONS))})"
TOP_SECTION = rf"(?i)^{SECTION}(?:\s*[-–]\s*{SECTION}|\s+(?-i:{SECTION_IN_LOWER_CASE}))*"
# A line that opens with a section's name and goes on with what it covers: "Hoạt động của Liên đoàn Lao động tỉnh".
SECTION_OPENING = rf"(?i)^{SECTION}\b"
