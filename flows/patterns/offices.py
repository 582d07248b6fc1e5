"""Titles of office: the words a title phrase starts with, and the names of bodies that hold a comma (read by the
person rules in patterns/persons.py, the posts in patterns/positions.py and the signatures in patterns/bylines.py)."""

from flows.patterns.degrees import DEGREES

# A committee's member ("Tỉnh ủy viên": an Ủy viên of the Tỉnh ủy; an urban district's, a town's, a Party (cell's)
# committee's), in the spellings pages print ("uỷ": the older placing of the tone mark; "Quận Ủy viên").
COMMITTEE_MEMBERS = {f"{head} {spelling} viên": ("Ủy viên", f"{head} ủy") for head in
                     ("Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Đảng", "Chi") for spelling in ("ủy", "uỷ", "Ủy")}
# ... and a member of its standing board, in the same spellings ("X - Thường vụ Đảng Ủy, Phó Chủ tịch UBND xã").
STANDING_MEMBERS = tuple(f"Thường vụ {party} {spelling}" for party in ("Đảng", "đảng") for spelling in ("ủy", "uỷ", "Ủy"))
# The chair and the deputy chair abbreviated before the body's acronym ("X, PBT huyện ủy, CT UBND huyện", "CT HCCB xã",
# "Phó CT UBND huyện": commune and district pages of two batches): only so, "CT" alone is as often a directive's code.
CHAIRED_BODIES = ("UBND", "HĐND", "UBMTTQ", "MTTQ", "HCCB", "HND", "HNCT", "HLHPN", "HPN", "CĐ", "CĐCS", "LĐLĐ")
CHAIRS_ABBREVIATED = tuple(f"{deputy}CT {body}" for deputy in ("", "Phó ") for body in CHAIRED_BODIES)
# Titles of office, ranks and honorific degrees (a title phrase starts with one of these).
TITLE_KEYWORDS = (
    "Tổng Bí thư", "Bí thư", "Phó Bí thư",  # (the cases pages also write them in: persons.case_variants)
    "Chủ tịch", "Phó Chủ tịch", "Ủy viên", "Uỷ viên", *COMMITTEE_MEMBERS,
    "Ủy viên dự khuyết", "Uỷ viên dự khuyết",  # an alternate member: this "dự" is no verb (STOP_VERBS: "attends")
    "TUV", "HUV", "ĐUV",
    # A Catholic parish's and diocese's offices (the bishop's and the priest's are below).
    "Cha xứ", "Cha sở", "Cha chánh xứ", "Cha quản xứ", "Cha phó", "Chánh xứ", "Giám tỉnh", "Hồng y",
    "Tổng Đại diện",
    # A member of a Party committee's standing board, as commune and school pages write it ("X - Thường vụ Đảng ủy,
    # Phó Chủ tịch UBND xã"; three sites of batch BR).
    *STANDING_MEMBERS,
    "Trưởng ban", "Phó Trưởng ban", "Phó ban",
    "Phó trưởng Ban",  # "Phó trưởng Ban Kinh tế Trung ương": the deputy's word in lower case, the body's capitalised
    "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Thủ tướng", "Phó Thủ tướng",
    "GĐ", "Phó GĐ", "PGĐ", "TGĐ", "Phó TGĐ", "PCT", "PBT", "UVBTV", *CHAIRS_ABBREVIATED,
    "BTTT", "Phó BTTT", "BTCB", "Phó BTCB",  # abbreviated
    "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm", "Chánh Văn phòng",
    "Phó Chánh Văn phòng", "Chánh án", "Phó Chánh án", "Viện trưởng", "Trưởng đoàn", "Phó Trưởng đoàn",
    "Đại biểu Quốc hội", "Đại biểu Quốc Hội",
    "Hiệu trưởng", "Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Trưởng phòng", "Phó Trưởng phòng",
    "Phó trưởng Phòng",
    "Phó Phòng", "Phó phòng",  # the deputy head of a division, as pages shorten it ("Phó phòng Nội vụ huyện")
    "Tổ trưởng", "Tổ phó",  # a group's head and deputy ("Tổ trưởng tổ Ngoại ngữ", "tổ trưởng tổ đại biểu HĐND tỉnh")
    # A team's head and deputy, the police's and a utility's ("Đội trưởng Đội Cảnh sát hình sự Công an huyện", "X - Phó
    # Đội trưởng Đội CSGT", "Y – Đội phó Đội Truyền tải điện": the corpus's police news, a grid company's page of batch
    # CQ), and an office's specialist ("X – Chuyên viên phòng Tổng hợp", "Y – Chuyên viên PGD Quận 1": two sites of CQ).
    "Đội trưởng", "Phó Đội trưởng", "Đội phó", "Chuyên viên",
    # ... and a station's head ("X – Trạm trưởng Trạm CSGT Thăng Bình", "Y, Trạm trưởng Trạm kiểm lâm ...": three
    # articles of the corpus).
    "Trạm trưởng", "Phó Trạm trưởng",
    "Tổng phụ trách",  # a school's leader of the Young Pioneers ("Tổng phụ trách Đội")
    # A central bank's governor and deputies, a mayor, a consul general ("Phó Thống đốc Ngân hàng Nhà nước", "Phó
    # Thống đốc tỉnh Fukuoka", "Thị trưởng thành phố Higashi Osaka", "Tổng Lãnh sự Việt Nam tại Busan": two sites each
    # of batches CG-CH).
    "Thống đốc", "Phó Thống đốc", "Thị trưởng", "Tổng Lãnh sự",
    # Monarchs ("Quốc vương Qatar Tamim bin Hamad al-Thani", "Nhà vua Thái Lan Maha Vajiralongkorn": the corpus).
    "Quốc vương", "Nhà vua", "Nữ hoàng",
    # Members of foreign parliaments, as the overseas Vietnamese press names them ("Thượng nghị sĩ Ngô Thanh Hải",
    # "Dân biểu Trần Thái Văn": batches CD, CE). (Not "Nghị sĩ", "Nghị viên" alone: "Đoàn Nghị sĩ Mông Cổ", "Nhóm Nghị
    # sĩ hữu nghị", "Hội Nghị Viên Chức" in title case are bodies and meetings.)
    "Thượng nghị sĩ", "Hạ nghị sĩ", "Dân biểu",
    # A university's or an institute's department head and deputy ("TS. X – trưởng bộ môn CNSH", "Phó Chủ tịch Liên
    # đoàn, Trưởng Bộ môn Cờ Tổng cục TDTT": two sites of batches BW, CH).
    "Trưởng bộ môn", "Phó Trưởng bộ môn",
    "Người phát ngôn", "Đại sứ", "Tổng thống", "Chủ tịch nước", "Phó Chủ tịch nước", "Trưởng Công an",
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    *DEGREES, "Nhà báo", "Nghệ sĩ Nhân dân",
    "Anh hùng Lao động", "Tổng Thư ký", "Thư ký",
    "Phó Tổng Thư ký", "Phó tổng Thư ký",  # (the deputy's "tổng" in small letters: two sites; case_variants adds the rest)
    "Kiểm toán trưởng", "Tổng cục trưởng", "Cục trưởng",
    "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Chánh Thanh tra", "Trưởng Ban Tuyên giáo",
    "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực", "Phó Trưởng ban Thường trực",
    # The Secretariat's standing member, a post of its own in a chain ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư").
    "Thường trực Ban Bí thư",
    "Phó Tổng thống", "Ngoại trưởng",
    "Phó Hiệu trưởng", "Phó Viện trưởng", "Phó Trưởng Công an", "Phó Tư lệnh", "Phó Chính ủy", "Phó Chỉ huy trưởng",
    "Phó Tổng cục trưởng", "Phó Chánh Thanh tra", "Tổng Thanh tra", "Phó Tổng Thanh tra", "Trưởng khoa", "Phó Trưởng khoa",
    "Tổng Kiểm toán Nhà nước", "Phó Tổng Kiểm toán Nhà nước",  # the State Auditor General and deputies
    "Tham mưu trưởng", "Phó Tham mưu trưởng",  # a military command's chief of staff ("Bộ Chỉ huy Quân sự tỉnh")
    # The army's chief of the general staff and the commanders of its units, as veterans' pages name them in small
    # letters ("Thượng tướng X, tổng tham mưu trưởng ...", "trung tướng Y, nguyên trung đoàn trưởng": a site of batch
    # CL, the corpus).
    "Tổng Tham mưu trưởng", "Phó Tổng Tham mưu trưởng", "Sư đoàn trưởng", "Lữ đoàn trưởng", "Trung đoàn trưởng",
    "Tiểu đoàn trưởng", "Đại đội trưởng",
    # A court division's presiding judge, with the division ("Chánh tòa" alone is a cathedral: "Nhà thờ Chánh tòa X").
    "Chánh Tòa Hình sự", "Phó Chánh Tòa Hình sự", "Chánh tòa Hình sự", "Phó Chánh tòa Hình sự",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
    "Thành viên HĐQT", "Thành viên Hội đồng quản trị", "Thành viên HĐTV", "Thành viên Hội đồng thành viên",
    # Heads of an association's branch, of a village, a secretary's deputy, an assistant, a chief accountant, and the
    # Catholic Church's offices ("Chi hội trưởng Chi hội Nông dân thôn X", "Phân hội trưởng Văn học", "Trưởng thôn
    # Y", "Giám mục chính tòa Giáo phận Z").
    "Chi hội trưởng", "Chi hội phó", "Phân hội trưởng", "Trưởng thôn", "Phó Trưởng thôn", "Trưởng ấp", "Trưởng bản",
    "Phó Thư ký", "Trợ lý", "Kế toán trưởng", "Giám mục", "Tổng Giám mục", "Linh mục",
    # Envoys' offices: an attaché and the head of attachés, a mission's chief representative, the Holy See's nuncio
    # and apostolic delegate ("Tùy viên kinh tế", "Trưởng đại diện thường trú UNDP", "Sứ thần Toà Thánh", "Khâm sứ").
    "Tùy viên", "Trưởng Tùy viên", "Trưởng đại diện", "Trưởng Đại diện", "Sứ thần", "Khâm sứ",
    # ... and an embassy's ranks below the ambassador (a minister, a counsellor: "Công sứ Đại sứ quán Nhật Bản").
    "Công sứ", "Tham tán", "Tham tán Công sứ",
    # A member of a council or a board ("Thành viên Hội đồng Chứng minh", "Thành viên Ban Chỉ đạo"), and the Buddhist
    # Sangha's offices: its patriarch and deputies, its patrons ("Chứng minh Ban Trị sự", "Chứng minh Ni giới": as a
    # post only before its body; alone, "chứng minh" is the verb "prove").
    "Thành viên Hội đồng", "Thành viên Ban", "Pháp chủ", "Phó Pháp chủ", "Chứng minh Ban", "Chứng minh Hội đồng",
    "Chứng minh BTS", "Chứng minh Ni giới",
    # The Sangha's sections' heads, its board's head and deputy as its acronym ("Trưởng Phân ban Ni giới", "Phó BTS PG
    # tỉnh": four sites of batches BX-CH; its chief secretary, "Chánh Thư ký", is in joined_words.JOINED_TITLES), and
    # a temple's abbot ("Trụ trì chùa X": two sites of batch CH).
    "Trưởng Phân ban", "Trưởng BTS", "Phó BTS", "Trụ trì",
    # A sub-department's head and deputy ("Phó Chi cục trưởng Chi cục Kiểm lâm", shortened "Phó Chi cục Kiểm lâm" as
    # "Phó ban" is), a lecturer ("Giảng viên cao cấp", "Giảng viên trường Đại học X").
    "Chi cục trưởng", "Phó Chi cục trưởng", "Phó Chi cục", "Giảng viên",
    "UV", "UVTV", "Tổng Biên tập", "Phó Tổng Biên tập", "Giám đốc Công an", "Phó Giám đốc Công an", "Chủ tịch UBND", "Chủ tịch HĐND", "Trưởng đoàn ĐBQH",
)

# A cleric's rank, his form of address before the name, in full or abbreviated (a monk's, a nun's: persons.py).
CLERICAL_FORMS = ("Đại lão Hòa thượng", "Trưởng lão Hòa thượng", "Hòa thượng", "Hoà thượng", "Thượng tọa", "Thượng toạ",
                  "Đại đức", "Ni trưởng", "Ni sư", "Sư cô", "HT.", "TT.", "ĐĐ.", "NT.", "NS.",
                  "Hòa Thượng", "Thượng Tọa", "Đại Đức")  # (capitalised: two sites of batch CH)
# The ranks of two words, as the person rules read them: in lower case, so that no rank's first word is read as a
# given name after a temple's name ("Trụ trì chùa Vĩnh Nghiêm | Hòa thượng Thích X": no person "Nghiêm Hòa").
CLERICAL_RANKS = tuple(form for form in CLERICAL_FORMS if " " in form and form.split()[-1].islower())  # ("Đại Đức":
# capitalised, it is a given name too, "Nguyễn Đại Đức", and a commune's, "xã Đại Đức")
CLERICAL_RANKS_AS_READ = tuple(sorted({rank.lower() for rank in CLERICAL_RANKS}))

# Names of bodies that hold a comma, so a title does not end inside them ("Giám đốc Sở Văn hóa, Thể thao và Du
# lịch"): the part after the body's first word.
COMMA_NAMES = (
    "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch", "Khoa học, Công nghệ và Môi trường",
    "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "Văn hóa, Xã hội", "Văn hoá, Xã hội",
    "Thông tin, Văn hóa", "Lao động, Thương binh và Xã hội",
    # ... and abbreviated ("Giám đốc Sở VH, TT&DL", "Bộ VH, TT và DL").
    "VH, TT&DL", "VH,TT&DL", "VH, TT và DL", "VH, TT & DL",
)
