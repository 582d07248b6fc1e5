"""Persons and their titles of office.

A person is found only next to a title or an honorific, never from capitalisation alone ("Điện Biên Phủ" is a
place), and a name must start with a Vietnamese surname:
- title before the name: "Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường phát biểu";
- name then titles: "Đồng chí Nguyễn Xuân Tường - TUV, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì",
  "Các đồng chí: Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Nguyễn Tiến Thành, ...".
A title runs until punctuation that ends a clause or a verb in STOP_VERBS.
"""

SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đào", "Đinh", "Lương", "Trịnh", "Mai", "Lâm", "Cao", "Tô", "Hà", "Tạ", "Chu", "Đoàn",
    "Vương", "Triệu", "Kiều", "Quách", "Thái", "Tăng", "Lại", "Trương", "Khúc", "Lò", "Sầm", "Quàng", "Lường",
    "Cầm", "Giàng", "Mùa", "Vàng", "Hầu", "Thào", "Sùng", "Nông", "Tống", "Doãn", "Âu", "Mạc", "Kha", "La",
    "Lưu", "Nghiêm", "Phùng", "Tiêu", "Ninh", "Từ", "Khổng", "Thân", "Diệp", "Bế", "Hứa", "Văn", "Đàm", "Giáp",
    "Lục", "Ông", "Bạch", "Biện", "Cù", "Đồng", "Hàn", "Khương", "Lã", "Lạc", "Mẫn", "Ngọ", "Nghị", "Phí",
    "Quan", "Tôn", "Thạch", "Trình", "Ung", "Vi", "Y", "H'", "Ksor", "Rơ Mah", "Siu", "Nay", "Rah Lan",
)

# Titles of office, ranks and honorific degrees (a title phrase starts with one of these).
TITLE_KEYWORDS = (
    "Tổng Bí thư", "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Ủy viên", "Uỷ viên", "Tỉnh ủy viên",
    "Thành ủy viên", "Huyện ủy viên", "TUV", "Trưởng ban", "Trưởng Ban", "Phó Trưởng ban", "Phó Trưởng Ban",
    "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Thủ tướng", "Phó Thủ tướng",
    "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm", "Chánh Văn phòng", "Chánh văn phòng",
    "Phó Chánh Văn phòng", "Chánh án", "Viện trưởng", "Trưởng đoàn", "Phó Trưởng đoàn", "Đại biểu Quốc hội",
    "Hiệu trưởng", "Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Trưởng phòng", "Phó Trưởng phòng",
    "Người phát ngôn", "Đại sứ", "Tổng thống", "Chủ tịch nước", "Phó Chủ tịch nước", "Trưởng Công an",
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Giáo sư", "Phó Giáo sư", "GS", "PGS", "TS", "Tiến sĩ", "Thạc sĩ", "Bác sĩ", "Nhà báo", "Nghệ sĩ Nhân dân",
    "Anh hùng Lao động", "Tổng Thư ký", "Thư ký", "Kiểm toán trưởng", "Tổng cục trưởng", "Cục trưởng",
    "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Chánh Thanh tra", "Trưởng Ban Tuyên giáo",
)

# Words that introduce a named person without a title.
HONORIFICS = ("đồng chí", "Đồng chí", "đ/c", "Đ/c", "ông", "Ông", "bà", "Bà")

# Verbs that end a title phrase: "... Bí thư Tỉnh ủy phát biểu tại hội nghị".
STOP_VERBS = (
    "phát biểu", "chủ trì", "khẳng định", "nhấn mạnh", "cho biết", "tặng", "trao", "dự", "tham dự", "chỉ đạo",
    "yêu cầu", "đề nghị", "kết luận", "báo cáo", "trình bày", "thăm", "làm việc", "gặp", "tiếp", "chúc mừng",
    "đánh giá", "ghi nhận", "biểu dương", "cùng", "và", "đã", "đang", "sẽ", "được", "là", "đến", "tới", "về",
    "với", "tại", "trong", "khi", "thay mặt", "nêu", "giao", "ký", "chia sẻ", "mong muốn", "đề xuất", "lưu ý",
    "quán triệt", "thông tin", "phát động", "bày tỏ", "gửi", "kiểm tra", "dẫn đầu", "điều hành", "phụ trách",
)

# At most this many characters of title in one mention (a longer one means the clause never ended).
MAX_TITLE_CHARS = 160
