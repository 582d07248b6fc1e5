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
    "Lục", "Uông", "Bạch", "Biện", "Cù", "Đồng", "Hàn", "Khương", "Lã", "Lạc", "Mẫn", "Ngọ", "Nghị", "Phí",
    "Quan", "Tôn", "Thạch", "Trình", "Ung", "Vi", "Y", "H'", "Ksor", "Rơ Mah", "Siu", "Nay", "Rah Lan",
    "Ma", "Lù", "Sình", "Lầu", "Hờ", "Tòng", "Điêu",
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
    "Phó Bí thư Thường trực", "Phó Bí thư thường trực", "Phó Chủ tịch Thường trực", "Phó Chủ tịch thường trực",
    "Phó Trưởng ban Thường trực", "Phó Trưởng ban thường trực",
    "UV", "UVTV", "Tổng Biên tập", "Tổng biên tập", "Phó Tổng Biên tập", "Phó Tổng biên tập", "Giám đốc Công an", "Phó Giám đốc Công an", "Chủ tịch UBND", "Chủ tịch HĐND", "Trưởng đoàn ĐBQH",
)

# Names of bodies that hold a comma, so a title does not end inside them ("Giám đốc Sở Văn hóa, Thể thao và Du
# lịch"): the part after the body's first word.
COMMA_NAMES = (
    "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch", "Khoa học, Công nghệ và Môi trường",
    "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "Văn hóa, Xã hội", "Văn hoá, Xã hội",
    "Thông tin, Văn hóa", "Lao động, Thương binh và Xã hội",
)

# Verbs that give a person a post: "Đồng chí X được bầu làm Bí thư Tỉnh ủy", "X tái đắc cử chức danh Y",
# "các đồng chí A, B, C được bầu làm Phó Bí thư".
APPOINTED_TO = (
    "được bầu làm", "được bầu giữ chức", "được bầu giữ chức vụ", "được bầu là", "tái đắc cử chức danh",
    "tái đắc cử chức vụ", "tái đắc cử", "đắc cử chức danh", "đắc cử", "được bổ nhiệm làm", "được bổ nhiệm giữ chức",
    "được bổ nhiệm giữ chức vụ", "được bổ nhiệm", "được phân công làm", "được phân công giữ chức", "giữ chức",
    "giữ chức vụ", "được điều động làm", "được chỉ định làm", "được chỉ định giữ chức",
)

# Words that introduce a named person without a title.
HONORIFICS = ("đồng chí", "Đồng chí", "đ/c", "Đ/c", "ông", "Ông", "bà", "Bà")

# Verbs that end a title phrase: "... Bí thư Tỉnh ủy phát biểu tại hội nghị".
STOP_VERBS = (
    "phát biểu", "chủ trì", "khẳng định", "nhấn mạnh", "cho biết", "tặng", "trao", "dự", "tham dự", "chỉ đạo",
    "yêu cầu", "đề nghị", "kết luận", "báo cáo", "trình bày", "thăm", "làm việc", "gặp", "tiếp", "chúc mừng",
    "đánh giá", "ghi nhận", "biểu dương", "cùng", "đã", "đang", "sẽ", "được", "là", "đến", "tới", "về",
    "với", "tại", "trong", "khi", "thay mặt", "nêu", "ký", "chia sẻ", "mong muốn", "đề xuất", "lưu ý",
    "quán triệt", "thông tin", "phát động", "bày tỏ", "gửi", "kiểm tra", "dẫn đầu", "điều hành", "phụ trách",
    "cho hay", "nói", "thay", "cho rằng", "trả lời", "nhận", "bị", "đề cập", "ngụ", "vừa", "có", "khi", "trên",
    "không", "nhằm", "để", "ngày", "sáng", "chiều", "tối", "thì", "mà", "nhưng", "lại", "còn", "cho",
    "sở hữu", "tiến hành", "xác nhận", "điều chuyển", "thường xuyên", "đưa ra", "tham gia", "xin", "làm",
    "chào mừng", "chào đón", "đón", "bắt tay", "mấy", "bằng", "nhiệm kỳ", "kí kết", "gọi", "mời", "vào", "nhất trí",
    "đồng quan điểm", "thừa nhận", "giải thích", "phân tích", "tiết lộ", "nhận định", "lý giải", "trao đổi",
    "công bố", "thông báo", "cảnh báo", "khuyến cáo", "hỏi", "đi", "ra", "từ", "sau", "trước", "hay", "hoặc",
    "và vợ", "và chồng", "và ông", "và bà", "và các", "và những", "cũng", "đều", "vẫn", "hiện", "luôn",
    "quyết định", "phê duyệt", "ban hành", "tổ chức", "khai mạc", "bế mạc", "động viên", "thăm hỏi",
)

# Place names that start with a surname-like word ("Hàn Quốc", "Thái Lan", "Hoàng Sa"): hidden from the name
# rule together with the province gazetteer.
NOT_NAMES = (
    "Hàn Quốc", "Trung Quốc", "Thái Lan", "Hà Lan", "Hoàng Sa", "Trường Sa", "Lý Sơn", "Phú Quốc", "Tây Nguyên",
    "Đông Nam Á", "Hạ Long", "Hà Đông", "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Hồ Gươm", "Mai Châu", "Cao Lãnh",
    "Hai Bà Trưng", "Đà Lạt", "Vũng Tàu", "Biên Hòa", "Thủ Đức", "Nha Trang", "Vinh", "Mỹ", "Lê Lợi", "Lý Thường Kiệt",
    "Trần Hưng Đạo", "Nguyễn Huệ", "Hồ Chí Minh",
)
# Capitalised words that start the next sentence (in flattened text) or address someone, never a given name:
# a name stops before them ("Đặng Thanh Hải | Không thể ...").
NOT_GIVEN_NAMES = (
    "Không", "Theo", "Tại", "Trong", "Sau", "Ngày", "Các", "Những", "Khi", "Đây", "Đó", "Này", "Cũng", "Với",
    "Về", "Từ", "Chị", "Ông", "Bà", "Em", "Cô", "Chú", "Bác", "Ảnh", "Video", "Trước", "Hiện", "Tháng", "Sáng",
    "Chiều", "Tối", "Hôm", "Đến", "Vì", "Do", "Nhưng", "Nếu", "Để", "Còn", "Thủ", "Phó", "Chủ", "Bộ", "Sở",
    "Ban", "Cục", "Tổng", "Tỉnh", "Huyện", "Xã", "Quận", "Người", "Lãnh", "Cùng",
)
# (Common given names such as Anh, Năm, Thành, Đồng are deliberately absent.)
# Of those, the words that start a sentence and are no given name even at a name's end ("Tô Anh Tuấn | Theo");
# "Tỉnh", "Chủ" and the like stay possible given names there ("Bùi Văn Tỉnh").
SENTENCE_STARTERS = ("Không", "Theo", "Tại", "Trong", "Sau", "Ngày", "Các", "Những", "Khi", "Đây", "Đó", "Này",
                     "Cũng", "Với", "Về", "Chị", "Ông", "Bà", "Em", "Ảnh", "Video", "Trước", "Hiện", "Tháng",
                     "Sáng", "Chiều", "Tối", "Hôm", "Vì", "Do", "Nhưng", "Nếu", "Để", "Còn", "Cùng", "Ngoài")
# A capitalised phrase right after these words is a place ("Trưởng Công an huyện | Vũ Quang"), not a person.
# ("tỉnh" is absent: before a province the name is masked anyway, and "các cơ quan tỉnh Trần Đình Quế" is a
# provincial title followed by a person.)
PLACE_WORDS = ("huyện", "xã", "quận", "phường", "thị xã", "thành phố", "TP", "thị trấn", "thôn", "bản",
               "ấp", "xóm", "đường", "phố", "cầu", "sông", "núi", "Bệnh viện", "bệnh viện", "Trường", "trường",
               "ĐH", "Đại học", "đại học", "THPT", "THCS", "Cao đẳng", "cao đẳng", "mầm non", "Mầm non",
               "Tiểu học", "tiểu học", "Học viện", "học viện")
# Titles whose words hold a stop verb ("Tổng Thư ký"): joined in the text the rules read, so that the verb "ký"
# ("sign") does not end the title inside them.
JOINED_TITLES = ("Tổng Thư ký", "Thư ký", "Phó Tổng Thư ký", "Đăng ký", "đăng ký", "dự phòng", "Dự phòng",
                 "dự trữ", "Dự trữ", "dự báo", "Dự báo")
# Words that are never a person's last given name: a name ending with one was cut short ("Phan Thị").
NEVER_LAST = ("Thị", "Văn")
# Surnames that do not occur as middle names: a name restarts there ("Bệnh viện Bạch Mai | Nguyễn Quốc Anh").
NEVER_MIDDLE = ("Nguyễn",)
# At most this many characters of title in one mention (a longer one means the clause never ended).
MAX_TITLE_CHARS = 160

# --- positions (issue 12) -------------------------------------------------------------------------------------
# A title of office is one or more posts joined by commas, semicolons or dashes, each starting with a role:
# "Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy" -> [Ủy viên | Ban Chấp hành Trung ương Đảng], [Bí thư | Tỉnh ủy <province>].
# Ranks, degrees and honorifics are not posts.
RANKS = ("Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
         "Thiếu tá", "Giáo sư", "Phó Giáo sư", "GS", "PGS", "TS", "Tiến sĩ", "Thạc sĩ", "Bác sĩ", "Nhà báo",
         "Nghệ sĩ Nhân dân", "Anh hùng Lao động", "Đại biểu Quốc hội")
# Roles whose name carries their body: "Tỉnh ủy viên" is a member (Ủy viên) of the Tỉnh ủy.
ROLE_WITH_BODY = {
    "Tỉnh ủy viên": ("Ủy viên", "Tỉnh ủy"), "Thành ủy viên": ("Ủy viên", "Thành ủy"),
    "Huyện ủy viên": ("Ủy viên", "Huyện ủy"), "TUV": ("Ủy viên", "Tỉnh ủy"), "UVTV": ("Ủy viên", "Ban Thường vụ"),
    "Tổng Bí thư": ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), "Thủ tướng": ("Thủ tướng", "Chính phủ"),
    "Phó Thủ tướng": ("Phó Thủ tướng", "Chính phủ"), "Chủ tịch nước": ("Chủ tịch nước", None),
    "Phó Chủ tịch nước": ("Phó Chủ tịch nước", None), "UV": ("Ủy viên", None),
    "Chủ tịch UBND": ("Chủ tịch", "Ủy ban nhân dân"), "Chủ tịch HĐND": ("Chủ tịch", "Hội đồng nhân dân"),
    "Trưởng đoàn ĐBQH": ("Trưởng đoàn", "Đoàn đại biểu Quốc hội"),
    "Giám đốc Công an": ("Giám đốc", "Công an"), "Phó Giám đốc Công an": ("Phó Giám đốc", "Công an"),
    "Trưởng Công an": ("Trưởng", "Công an"),
}
# The same body in the words of a title: "Ủy viên Trung ương Đảng" is a member of the Party's Central Committee.
BODY_ALIASES = {
    "Trung ương Đảng": "Ban Chấp hành Trung ương Đảng", "Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương": "Ban Chấp hành Trung ương Đảng", "Thường vụ": "Ban Thường vụ",
    "Thường vụ Tỉnh ủy": "Ban Thường vụ Tỉnh ủy", "Thường vụ Thành ủy": "Ban Thường vụ Thành ủy",
    "Ban Chấp hành Đảng bộ tỉnh": "Tỉnh ủy", "Bộ Chính trị": "Bộ Chính trị",
}
# The head a role's body has when the title leaves it out: "Bộ trưởng Công Thương" is the minister of "Bộ Công
# Thương", "Giám đốc Sở Y tế" needs nothing added.
ROLE_BODY_HEADS = {"Bộ trưởng": "Bộ", "Thứ trưởng": "Bộ"}
# Units too generic to be a post's body on their own ("Giám đốc Trung tâm", "Phó Chủ tịch HĐQT").
GENERIC_UNITS = ("Trung tâm", "Công ty", "Phòng", "Ban", "Hội", "Viện", "Trường", "HĐQT", "Hội đồng quản trị",
                 "Bệnh viện", "Sở", "Cục", "Vụ", "Tập đoàn", "Tổng công ty", "nhà trường", "Xí nghiệp",
                 "Chi nhánh", "Khoa", "Đoàn", "Câu lạc bộ", "CLB", "Quỹ", "Văn phòng", "Hiệp hội", "Ngân hàng")
# Words a body's name does not end with: it was cut before the rest ("TT Quản lý | và điều hành giao thông",
# "Chương trình phòng | , chống lao").
INCOMPLETE_ENDINGS = ("Quản lý", "quản lý", "phòng", "chống", "Phát triển", "Nghiên cứu")
# Legal forms that do not make a unit less generic ("Giám đốc Công ty TNHH").
LEGAL_FORMS = ("TNHH", "MTV", "CP", "Cổ phần", "cổ phần", "TNHH MTV", "Một thành viên", "một thành viên")
# Roles that are central posts whatever body the title names ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc").
CENTRAL_ROLES = ("Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Tổng Bí thư", "Chủ tịch nước",
                 "Phó Chủ tịch nước", "Tổng Kiểm toán", "Tổng cục trưởng")
# Words a title does not end with: "TS của", "Giám đốc và".
TITLE_TRAILING_WORDS = ("của", "và", "cùng", "với", "tại", "thuộc", "là", "cũng", "đều", "vẫn")
# Roles that are a post without naming a body (there is one of each in the country).
SELF_STANDING_ROLES = ("Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng",
                       "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội")
