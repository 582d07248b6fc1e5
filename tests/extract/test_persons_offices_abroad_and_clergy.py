"""Persons of shapes read from batches CG and CH: the Sangha's offices and monks' names, envoys' and communities'
titles that name a country, a governor, a mayor, a consul general, and a title right after a form of address and a
name. (Sentences written for the tests, each of a shape seen on two sites or more.)"""

import pytest

from tests.conftest import LEAD, extract_text


@pytest.mark.parametrize("sentence, expected", [
    # The Sangha's chief secretary and deputy (a title that holds "ký": joined), a section's head, the board's
    # acronym after its head or deputy, a temple's abbot.
    ("Dự lễ có ĐĐ. Thích Minh Thành, Phó Chánh Thư ký, Chánh Văn phòng Ban Trị sự tỉnh.",
     [("Thích Minh Thành", "Phó Chánh Thư ký, Chánh Văn phòng Ban Trị sự tỉnh")]),
    ("Đại đức Thích Quảng Tâm, Chánh thư ký Ban Trị sự tỉnh đọc quyết định bổ nhiệm.",
     [("Thích Quảng Tâm", "Chánh thư ký Ban Trị sự tỉnh")]),
    ("Có NT. Thích Nữ Diệu Liên – Phó BTS tỉnh, Trưởng Phân ban Ni giới tỉnh.",
     [("Thích Nữ Diệu Liên", "Phó BTS tỉnh, Trưởng Phân ban Ni giới tỉnh")]),
    ("Đại đức Thích Minh Phát – Trụ trì chùa Long Phước; cùng các huynh trưởng.",
     [("Thích Minh Phát", "Trụ trì chùa Long Phước")]),
    # A Dharma name's first word is the name's, whatever it is ("Từ": "from", never a given name elsewhere).
    ("Thượng tọa Thích Từ Hạnh, Phó Trưởng ban Trị sự tỉnh phát biểu.",
     [("Thích Từ Hạnh", "Phó Trưởng ban Trị sự tỉnh")]),
    # After a cleric's rank, capitalised or not, the title may follow the name with no joint.
    ("Quang lâm có TT. Thích Thiện Hòa Ủy viên Hội đồng Trị sự; Đại Đức Thích Minh Tâm Chánh Thư Ký Ban Trị sự tỉnh.",
     [("Thích Thiện Hòa", "Ủy viên Hội đồng Trị sự"), ("Thích Minh Tâm", "Chánh Thư Ký Ban Trị sự tỉnh")]),
    # A council capitalised word by word is no person surnamed Đồng.
    ("Hòa thượng Thích Huệ Quang - Ủy viên Hội Đồng Trị Sự, Trưởng Ban Trị Sự tỉnh đã đến thăm.",
     [("Thích Huệ Quang", "Ủy viên Hội Đồng Trị Sự, Trưởng Ban Trị Sự tỉnh")]),
    # An envoy's or a community's country is its title's ("tại" is no clause's place there).
    ("Phát biểu tại buổi gặp, Đại sứ Việt Nam tại Nhật Bản Trần Văn Hòa nhấn mạnh quan hệ hai nước.",
     [("Trần Văn Hòa", "Đại sứ Việt Nam tại Nhật Bản")]),
    ("Trong báo cáo, ông Lê Văn Hùng, Chủ tịch Hội người Việt Nam tại Ba Lan nhiệm kỳ 2015-2020, khẳng định thành tích.",
     [("Lê Văn Hùng", "Chủ tịch Hội người Việt Nam tại Ba Lan")]),
    # A central bank's deputy governor, a mayor (a foreign guest's office), a consul general.
    ("Ông Nguyễn Văn Tiến – Phó Thống đốc Ngân hàng Nhà nước, Phó Chủ tịch Ủy ban Olympic – được bầu làm Chủ tịch.",
     [("Nguyễn Văn Tiến", "Phó Thống đốc Ngân hàng Nhà nước, Phó Chủ tịch Ủy ban Olympic")]),
    ("Tổng Lãnh sự Phạm Thu Hà và ông Kenji Tanaka, Thị trưởng thành phố Kobe đã cùng dự.",
     [("Phạm Thu Hà", "Tổng Lãnh sự"), ("Kenji Tanaka", "Thị trưởng thành phố Kobe")]),
    # After "ông"/"bà" a capitalised title may follow the name with no joint; a lower-case word is the sentence's.
    ("Tham dự có ông Đỗ Văn Lâm Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế.",
     [("Đỗ Văn Lâm", "Vụ trưởng Vụ Tổ chức cán bộ")]),
    ("Ông Phan Minh Long Chủ tịch Hiệp hội Cơ khí báo cáo tình hình ngành.",
     [("Phan Minh Long", "Chủ tịch Hiệp hội Cơ khí")]),
    ("Ông Nguyễn Văn An cho biết Giám đốc Sở đã đến.", []),
    # A department's head ("trưởng bộ môn"), holding a post's role ("giữ vai trò", "tiếp tục đảm nhiệm"), and a term's
    # numeral of two letters before the sentence's period (the title went on into the next sentence).
    ("Tham dự có TS. Phạm Văn Thành – trưởng bộ môn Công nghệ sinh học; TS. Đoàn Văn Cảnh – Phó Trưởng bộ môn Cây "
     "trồng.", [("Phạm Văn Thành", "trưởng bộ môn Công nghệ sinh học"), ("Đoàn Văn Cảnh", "Phó Trưởng bộ môn Cây trồng")]),
    ("Ông Đặng Văn Thắng tiếp tục giữ vai trò Phó Chủ tịch Liên đoàn.", [("Đặng Văn Thắng", "Phó Chủ tịch Liên đoàn")]),
    ("Hòa thượng Thích Thiện Hòa tiếp tục đảm nhiệm Chủ tịch Hội đồng Trị sự.",
     [("Thích Thiện Hòa", "Chủ tịch Hội đồng Trị sự")]),
    ("Hợp tác xã giữ vai trò nòng cốt trong liên kết sản xuất.", []),
    ("Ông Nguyễn Văn Tiến được bầu làm Chủ tịch Liên đoàn Cờ khóa VI. Ông Lê Văn Hải phát biểu.",
     [("Nguyễn Văn Tiến", "Chủ tịch Liên đoàn Cờ khóa VI")]),
])
def test_the_persons_of_shapes_read_from_batches_cg_and_ch(sentence, expected):
    assert extract_text(LEAD, sentence).persons.select("name", "title").rows() == expected


# What a fresh-eyes review of the first version found (sentences written for the tests).
@pytest.mark.parametrize("sentence, expected", [
    # After "ông"/"bà" and a name, a verb is no title, nor a title whose first word is a given name before a verb.
    ("Ông Nguyễn Văn Hùng dự báo giá vàng sẽ tiếp tục tăng trong quý tới.", []),
    ("Bà Nguyễn Anh Thư ký tên vào biên bản bàn giao.", []),
    ("Ông Nguyễn Hải Đăng ký hợp đồng với đối tác.", []),
    # A cleric's rank after a temple's name is no given name, and no part of the title.
    ("Trụ trì chùa Vĩnh Nghiêm Hòa thượng Thích Thanh Phong phát biểu khai mạc.",
     [("Thích Thanh Phong", "Trụ trì chùa Vĩnh Nghiêm")]),
    ("Hôm qua, Trụ trì chùa Phước Hải Đại đức Thích Minh Quang trao quà.",
     [("Thích Minh Quang", "Trụ trì chùa Phước Hải")]),
    # A newspaper's readers' desk keeps its "đọc"; a term's "kể từ" (since) ends the title.
    ("Ông Nguyễn Văn Hải, Trưởng ban Bạn đọc Báo Nhân Dân, trao giải.",
     [("Nguyễn Văn Hải", "Trưởng ban Bạn đọc Báo Nhân Dân")]),
    ("Đồng chí Lê Văn Cường đảm nhiệm Phó Chủ tịch UBND huyện Nam Đàn kể từ ngày 1/3.",
     [("Lê Văn Cường", "Phó Chủ tịch UBND huyện Nam Đàn")]),
    # After "ông"/"bà" with no joint, a former or acting post; a rank capitalised is a given name too.
    ("Bà Lê Thị Hoa nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu.",
     [("Lê Thị Hoa", "nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")]),
    ("Ông Phạm Văn Hùng Quyền Giám đốc Sở Tài chính cho biết.", [("Phạm Văn Hùng", "Quyền Giám đốc Sở Tài chính")]),
    ("Anh Phạm Đại Đức, Bí thư Đoàn xã phát biểu.", [("Phạm Đại Đức", "Bí thư Đoàn xã")]),
    # A place at home whose name opens with a country's is no country abroad.
    ("Ông Nguyễn Văn An, Giám đốc Công ty Cổ phần X tại Mỹ Tho, cho biết.",
     [("Nguyễn Văn An", "Giám đốc Công ty Cổ phần X")]),
    ("Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc phát biểu.", [("Hà Kim Ngọc", "Đại sứ Việt Nam tại Mỹ")]),
    # A title that holds a joined phrase opens a title as read ("Phó Thư ký": its "Thư ký" joined; BU08, CH07).
    ("Sau đó, ĐĐ. Thích Quảng Minh – Phó Thư ký kiêm Chánh Văn phòng Ban Trị sự huyện, đọc quyết định.",
     [("Thích Quảng Minh", "Phó Thư ký kiêm Chánh Văn phòng Ban Trị sự huyện")]),
    ("Dự có ông Trần Văn Bình, Thành Viên Hội Đồng Quản Trị Công ty.",
     [("Trần Văn Bình", "Thành Viên Hội Đồng Quản Trị Công ty")]),
])
def test_what_a_review_of_the_shapes_of_batches_cg_and_ch_found(sentence, expected):
    assert extract_text(LEAD, sentence).persons.select("name", "title").rows() == expected
