"""Documents cited: "Kết luận số 21-KL/TW", "Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009 của ...",
"Chỉ thị 05 của Bộ chính trị", "Thông tư 332/2016/TT-BTC".

A reference needs a number: "số N...", a number with a code ("21-KL/TW"), or a bare number followed by
"của"/"ngày" (the issuer or the date). "Nghị quyết Đại hội ... lần thứ XIII" has none and is not a reference.
"""

KINDS = (
    "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Kế hoạch", "Thông tư", "Nghị định",
    "Luật", "Công văn", "Thông báo", "Hướng dẫn", "Đề án", "Chương trình", "Thông tri", "Pháp lệnh",
    "Công điện", "Báo cáo", "Tờ trình",
)
# The code after the number: "-KL/TW", "/2016/TT-BTC", "/KH-UBND", "-NQ/ĐUK".
CODE_TAIL = r"(?:[/\-][\p{Lu}\d][\p{Lu}\p{Ll}\d]*)+"
# Issuer: "của Bộ Chính trị", "của BCH Trung ương Đảng", "của Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh":
# an organisation name (patterns/organizations.py) after "của".
DATE = r"ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
