"""Knowledge extraction rules, table-driven, on sentences in the forms Vietnamese reports use."""

import pytest

from tests.conftest import extract_text

# The articles of all the tests are parsed in batches first (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")

LEAD = "Sáng 5-3, Tỉnh ủy tổ chức hội nghị."


def persons(*paragraphs, authors=None):
    found = extract_text(LEAD, *paragraphs, authors=authors).persons
    return sorted({(r["name"], r["title"]) for r in found.iter_rows(named=True)})


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Bí thư Đảng ủy Khối các cơ quan tỉnh Trần Đình Quế phát biểu kết luận hội nghị.",
         [("Trần Đình Quế", "Bí thư Đảng ủy Khối các cơ quan tỉnh")]),
        ("Đồng chí Nguyễn Xuân Tường - TUV, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì hội nghị.",
         [("Nguyễn Xuân Tường", "TUV, Bí thư Đảng ủy Khối các cơ quan tỉnh")]),
        # A surname that opens other words as often (a Khmer's "Kim", "Hồng", "Thẩm") after a form of address, then
        # the joint and the title; not a place after one ("bà Hồng Lĩnh - Hà Tĩnh": no title).
        ("Dự có đồng chí Danh Út – Phó Bí thư Thường trực Huyện uỷ; cô Thẩm Thị Lý - Bí thư chi bộ nhà trường.",
         [("Danh Út", "Phó Bí thư Thường trực Huyện uỷ"), ("Thẩm Thị Lý", "Bí thư chi bộ nhà trường")]),
        ("Có đồng chí Hồng Thị Mỹ Lương – Phó Bí thư Huyện đoàn.", [("Hồng Thị Mỹ Lương", "Phó Bí thư Huyện đoàn")]),
        ("Đoàn đến thăm bà Hồng Lĩnh - Hà Tĩnh và ông Kim Sơn, Ninh Bình.", []),
        # ... those that are women's middle names as often open a name of three words only (a review's misfires).
        ("Cô Kim Oanh - Tổng phụ trách Đội của trường phát biểu; chị Hồng Nhung, Chủ tịch Hội LHPN xã.", []),
        # A cathedral is no court division's judge; a name after "ở" is a place's (a review's misfires).
        ("Thánh lễ được cử hành tại Nhà thờ Chánh tòa Bùi Chu sáng 14/6.", []),
        ("Trong trận đánh ở Đồng Xoài, trung đoàn trưởng đã chỉ huy đơn vị vượt sông.", []),
        # The army's chief of the general staff and a unit's commander, in small letters after the rank's name.
        ("Thượng tướng Đỗ Bá Tỵ, tổng tham mưu trưởng quân đội nhân dân Việt Nam tặng hoa; trung tướng Nguyễn Quốc "
         "Thước, nguyên trung đoàn trưởng, 90 tuổi.",
         [("Nguyễn Quốc Thước", "nguyên trung đoàn trưởng"), ("Đỗ Bá Tỵ", "Thượng tướng"),
          ("Đỗ Bá Tỵ", "tổng tham mưu trưởng quân đội nhân dân Việt Nam")]),
        # A Highland name opens with its marker, and its given names are no Vietnamese syllables.
        ("Sáng 5/3, Phó Bí thư Tỉnh ủy Y Kbrơ Niê dự hội nghị.", [("Y Kbrơ Niê", "Phó Bí thư Tỉnh ủy")]),
        # ... and a member of the district's committee, abbreviated as the province's is ("HUV", Huyện ủy viên).
        ("Đồng chí Trần Văn Bình - HUV, Phó Trưởng Ban Tuyên giáo Huyện ủy chủ trì hội nghị.",
         [("Trần Văn Bình", "HUV, Phó Trưởng Ban Tuyên giáo Huyện ủy")]),
        # "các tổ chức" is organisations (a noun after the plural "các"), not the verb that ends a title.
        ("Dự hội nghị có ông Phan Anh Sơn, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam.",
         [("Phan Anh Sơn", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam")]),
        # A monk's name opens with "Thích", the Buddha's clan name.
        ("Thượng tọa Thích Huệ Khai, Trưởng ban Ban Trị sự GHPGVN tỉnh phát biểu tại hội nghị.",
         [("Thích Huệ Khai", "Trưởng ban Ban Trị sự GHPGVN tỉnh")]),
        # Elected again: "tiếp tục được bầu làm", "tiếp tục được bầu giữ chức".
        ("Đồng chí Vũ Minh Đức tiếp tục được bầu làm Chủ tịch Công đoàn Giáo dục Việt Nam.",
         [("Vũ Minh Đức", "Chủ tịch Công đoàn Giáo dục Việt Nam")]),
        ("Ông Trương Quang Phú được bầu lại làm Chủ tịch Hiệp hội Du lịch tỉnh Vĩnh Long nhiệm kỳ mới.",
         [("Trương Quang Phú", "Chủ tịch Hiệp hội Du lịch tỉnh Vĩnh Long")]),
        ("Đồng chí Lê Tiến Châu tái đắc cử chức danh Bí thư Tỉnh ủy Hậu Giang nhiệm kỳ 2020 - 2025.",
         [("Lê Tiến Châu", "Bí thư Tỉnh ủy Hậu Giang")]),
        # A director, a general director and their deputies abbreviated (GĐ, TGĐ, Phó TGĐ).
        ("Dự hội nghị có đồng chí Lê Văn Hưng – TGĐ Tập đoàn và đồng chí Đỗ Hữu Phúc – Phó TGĐ Thường trực Tập đoàn.",
         [("Lê Văn Hưng", "TGĐ Tập đoàn"), ("Đỗ Hữu Phúc", "Phó TGĐ Thường trực Tập đoàn")]),
        # ... and a deputy chair, a deputy secretary, a standing committee member (PCT, PBT, UVBTV).
        ("Tại hội nghị, đồng chí Trần Văn Bình - PBT Thường trực Đảng ủy và đồng chí Lê Thị Hoa - PCT UBND xã phát biểu.",
         [("Trần Văn Bình", "PBT Thường trực Đảng ủy"), ("Lê Thị Hoa", "PCT UBND xã")]),
        ("Dự đại hội có đ/c Phạm Văn Tú, UVBTV, PCT UBND Quận 8 cùng các đồng chí.",
         [("Phạm Văn Tú", "UVBTV, PCT UBND Quận 8")]),
        ("Đại hội nghe ý kiến chỉ đạo của đ/c Trần Văn Bình - Phó BTTT Đảng ủy xã.",
         [("Trần Văn Bình", "Phó BTTT Đảng ủy xã")]),
        # An urban district's committee member; a name of two surnames after a form of address stays whole.
        ("Phát biểu có đồng chí Trần Nguyễn Quang Hiển - Quận ủy viên, Bí thư Đảng ủy phường 9.",
         [("Trần Nguyễn Quang Hiển", "Quận ủy viên, Bí thư Đảng ủy phường 9")]),
        # A place's name after a word for a place is no person the title introduces ("xã Trần Phán"): the title's.
        ("Dự đại hội có đồng chí Lê Văn Hùng Phó chủ tịch xã Trần Phán cùng với 31 đảng viên.",
         [("Lê Văn Hùng", "Phó chủ tịch xã Trần Phán")]),
        ("Ông Trần Văn Bình - Chủ tịch UBND xã Cao Thắng - cho biết sự việc đã được xử lý.",
         [("Trần Văn Bình", "Chủ tịch UBND xã")]),
        # Elected: after "đã" or a comma, to the post's name, or "won" it ("trúng cử").
        ("Với tỷ lệ phiếu cao, đồng chí Trần Văn Bình đã đắc cử chức danh Bí thư Huyện ủy.",
         [("Trần Văn Bình", "Bí thư Huyện ủy")]),
        ("Đại hội bầu Ban Chấp hành; đ/c Trần Văn Bình, tiếp tục được tín nhiệm bầu chức danh Bí thư Đảng ủy.",
         [("Trần Văn Bình", "Bí thư Đảng ủy")]),
        ("Kết quả bà Lê Thị Hoa trúng cử Bí thư Chi bộ.", [("Lê Thị Hoa", "Bí thư Chi bộ")]),
        # Re-elected to a post ("tái cử chức danh", as "tái đắc cử chức danh").
        ("Đại hội bầu Ban Thường vụ gồm 3 đồng chí; đồng chí Trần Văn Bình tái cử chức danh Bí thư Đảng ủy.",
         [("Trần Văn Bình", "Bí thư Đảng ủy")]),
        # "BT" with its space is a secretary ("BT chi bộ"); "BTV" (a standing committee) is no title of its own.
        ("Đ/c Trần Văn Bình - BT chi bộ, hiệu trưởng nhà trường trình bày báo cáo.",
         [("Trần Văn Bình", "BT chi bộ, hiệu trưởng nhà trường")]),
        ("Dự có đồng chí Trần Văn Bình, Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy.",
         [("Trần Văn Bình", "Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy")]),
        # A body's acronym in brackets inside the title ("Hội Cựu chiến binh (CCB) tỉnh").
        ("Phó Chủ tịch Hội Cựu chiến binh (CCB) tỉnh Trần Văn Bình cho biết, toàn tỉnh có 229 hội cơ sở.",
         [("Trần Văn Bình", "Phó Chủ tịch Hội Cựu chiến binh (CCB) tỉnh")]),
        # A title that ends on a figure before the period keeps it, and its space ("Quận 8.", "Chi bộ 3.").
        ("Dự có ông Phạm Văn Tú, Chủ tịch UBND Quận 8. Hội nghị đã thành công.", [("Phạm Văn Tú", "Chủ tịch UBND Quận 8")]),
        ("Các đồng chí: Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Nguyễn Khắc Thận, "
         "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
         [("Ngô Đông Hải", "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"),
          ("Nguyễn Khắc Thận", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]),
        # A place inside the title keeps its capitals; "Hà" in it is not a surname.
        ("Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Khánh kiểm tra công trình.",
         [("Đặng Quốc Khánh", "Chủ tịch UBND tỉnh Hà Tĩnh")]),
        ("Ông Huỳnh Đức Thơ, Chủ tịch UBND TP. Đà Nẵng nhận định nhà ga sẽ tốt.",
         [("Huỳnh Đức Thơ", "Chủ tịch UBND TP. Đà Nẵng")]),
        ("Theo ông Lê Hoàng Châu, Chủ tịch HoREA, một trong điểm nghẽn là thủ tục.",
         [("Lê Hoàng Châu", "Chủ tịch HoREA")]),
        # Heads of foreign states and governments: title, country, a name in the Latin alphabet.
        ("Thủ tướng Canada Justin Trudeau đã tới Đà Nẵng dự hội nghị.", [("Justin Trudeau", "Thủ tướng Canada")]),
        ("Hôm qua, Tổng thống Hàn Quốc Moon Jae-in điện đàm với Phó Tổng thống Mỹ Mike Pence.",
         [("Moon Jae-in", "Tổng thống Hàn Quốc"), ("Mike Pence", "Phó Tổng thống Mỹ")]),
        ("Ngoại trưởng Nhật Bản Taro Kono nói rằng hai nước sẽ hợp tác.", [("Taro Kono", "Ngoại trưởng Nhật Bản")]),
        ("Ảnh: Thủ tướng Hàn Quốc Lee Nak-yon (giữa) tại hội nghị.", [("Lee Nak-yon", "Thủ tướng Hàn Quốc")]),
        # A company's name after its director's title is no person; a person after the company's name still is.
        ("Giám đốc Công ty TNHH Hoàng Thanh Bình cho biết đơn hàng tăng.", []),
        ("Chủ tịch Tập đoàn Nam Cường Trần Văn Lộc dự lễ khởi công.", [("Trần Văn Lộc", "Chủ tịch Tập đoàn Nam Cường")]),
        # A province's name right after a surname is the person's given names, not a place.
        ("Tham dự có đồng chí Trương Hòa Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ.",
         [("Trương Hòa Bình", "Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ")]),
        ("Giám đốc Sở Y tế tỉnh Thái Bình Lê Văn An báo cáo.", [("Lê Văn An", "Giám đốc Sở Y tế tỉnh Thái Bình")]),
        # "tối" (evening) inside a body's name does not end the title.
        ("Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình chủ trì hội nghị.",
         [("Nguyễn Hòa Bình", "Chánh án Tòa án nhân dân tối cao")]),
        # After a name and its dash or comma, a title in lower case is that person's.
        ("Quyết định được trao bởi bà Trương Thị Mai - trưởng Ban Tổ chức Trung ương.",
         [("Trương Thị Mai", "trưởng Ban Tổ chức Trung ương")]),
        ("Ông Phạm Ngọc Tuân, giám đốc Công ty TNHH Thăng Long cho biết đơn hàng tăng.",
         [("Phạm Ngọc Tuân", "giám đốc Công ty TNHH Thăng Long")]),
        # A former post ("nguyên") is a title too, and stays marked as former.
        ("Nghị quyết miễn nhiệm đối với ông Nguyễn Minh Thuấn, nguyên Giám đốc Công an tỉnh (do nghỉ hưu).",
         [("Nguyễn Minh Thuấn", "nguyên Giám đốc Công an tỉnh")]),
        # "nguyên", the press's "cựu" and "Quyền" before a title that opens the sentence are the title's part.
        ("nguyên Chủ tịch UBND tỉnh Nguyễn Văn Nam bị kỷ luật.", [("Nguyễn Văn Nam", "nguyên Chủ tịch UBND tỉnh")]),
        ("Ông Putin cáo buộc cựu Ngoại trưởng Mỹ Hillary Clinton.", [("Hillary Clinton", "cựu Ngoại trưởng Mỹ")]),
        ("Quyền Chủ tịch UBND tỉnh Lê Văn Bình chủ trì.", [("Lê Văn Bình", "Quyền Chủ tịch UBND tỉnh")]),
        # ... not where "nguyên" is "kept as it was" (a review's counter-example).
        ("Ngân hàng vẫn giữ nguyên Tổng Giám đốc Lê Đức Thọ.", [("Lê Đức Thọ", "Tổng Giám đốc")]),
        # ... in capitals only where a clause opens: inside a name it is a given name.
        ("Dự có ông Lê Văn Nguyên, Chủ tịch UBND xã Hòa Bình.", [("Lê Văn Nguyên", "Chủ tịch UBND xã Hòa Bình")]),
        # A second post held concurrently ("kiêm") after a comma goes on the chain.
        ("Ông Lê Văn Hòa, Phó Chủ tịch UBND huyện, kiêm Trưởng Ban Chỉ đạo phòng chống thiên tai huyện phát biểu.",
         [("Lê Văn Hòa", "Phó Chủ tịch UBND huyện, kiêm Trưởng Ban Chỉ đạo phòng chống thiên tai huyện")]),
        # "Phó ban" (deputy head) is a post, in lower case after a name and a former one ("Nguyên").
        ("Hội nghị nghe đồng chí Cao Văn Tư - Nguyên phó ban tuyên giáo Tỉnh ủy, báo cáo viên truyền đạt.",
         [("Cao Văn Tư", "Nguyên phó ban tuyên giáo Tỉnh ủy")]),
        ("Phó ban Kinh tế Trung ương Hà Văn Lộc dự hội nghị.", [("Hà Văn Lộc", "Phó ban Kinh tế Trung ương")]),
        # "Phó trưởng Ban": the deputy's word in lower case, the body's in capitals, later in a chain of posts.
        ("Dự có đồng chí Lê Văn Hòa, Ủy viên Trung ương Đảng, Phó trưởng Ban Dân vận Trung ương; các sở.",
         [("Lê Văn Hòa", "Ủy viên Trung ương Đảng, Phó trưởng Ban Dân vận Trung ương")]),
        # "Trưởng Đoàn" with its capital D opens a post of a chain like "Trưởng đoàn".
        ("Dự có Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Lê Minh An; các sở.",
         [("Lê Minh An", "Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh")]),
        ("Đoàn gồm: Bùi Thanh Tâm, Tỉnh ủy viên, Phó Trưởng Đoàn ĐBQH tỉnh; các đại biểu khác.",
         [("Bùi Thanh Tâm", "Tỉnh ủy viên, Phó Trưởng Đoàn ĐBQH tỉnh")]),
        # A given name is a whole word: "Đoàn ĐBQH" inside a title is no name that the title introduces.
        ("Đoàn gồm ĐBQH Vũ Hữu Tài - Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; các cử tri.",
         [("Vũ Hữu Tài", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh")]),
        # A capitalised word before "Văn" is the surname the list lacks; a form of address is not one.
        ("Ý kiến của đồng chí Chẩu Văn Hòa, Bí thư Huyện ủy, được thống nhất.",
         [("Chẩu Văn Hòa", "Bí thư Huyện ủy")]),
        ("Ông Văn Đức Tài, Giám đốc Sở Y tế nói.", [("Văn Đức Tài", "Giám đốc Sở Y tế")]),
        # "Vinh", a city, is also a given name; the city keeps its place word.
        ("Các Phó Chủ tịch HĐND tỉnh Đào Minh Vinh, Hồ Thị Lan đồng chủ trì.",
         [("Đào Minh Vinh", "Phó Chủ tịch HĐND tỉnh"), ("Hồ Thị Lan", "Phó Chủ tịch HĐND tỉnh")]),
        ("Chủ tịch UBND TP Vinh Trần Ngọc Tú phát biểu.", [("Trần Ngọc Tú", "Chủ tịch UBND TP Vinh")]),
        # "và đồng chí" ends a title: what follows is the next person.
        ("Sáng nay, đồng chí Đỗ Văn Hùng, Bí thư Huyện ủy và đồng chí Lý Thu Hà cùng dự lễ.",
         [("Đỗ Văn Hùng", "Bí thư Huyện ủy")]),
        # A short remark in brackets right before the name ends the title (the body a post belongs to).
        ("Dự có Vụ trưởng Vụ Kế hoạch (Bộ Xây dựng) Lê Hồng Minh và các đại biểu.",
         [("Lê Hồng Minh", "Vụ trưởng Vụ Kế hoạch (Bộ Xây dựng)")]),
        ("Theo Chủ tịch UBND quận 3 (TP.HCM) Võ Ngọc Hà, quận đã xong.", [("Võ Ngọc Hà", "Chủ tịch UBND quận 3 (TP.HCM)")]),
        # "Văn" ends a name after another given name; a name after "và đồng chí" that ends a title is read too.
        ("Chiều 3/4, đồng chí Lê Minh Hòa, Bí thư Huyện ủy và đồng chí Đỗ Hữu Văn, Chủ tịch UBND huyện dự lễ.",
         [("Lê Minh Hòa", "Bí thư Huyện ủy"), ("Đỗ Hữu Văn", "Chủ tịch UBND huyện")]),
        ("Ông Lê Văn, Giám đốc Sở cho biết.", []),
        # The deputies of listed posts, heads of a hospital's department, police ranks.
        ("Phó Viện trưởng Viện Kinh tế Đỗ Minh Khoa cho biết.", [("Đỗ Minh Khoa", "Phó Viện trưởng Viện Kinh tế")]),
        ("Bà Lý Thu Hằng, Phó Hiệu trưởng nhà trường, phát biểu.", [("Lý Thu Hằng", "Phó Hiệu trưởng nhà trường")]),
        ("Theo ông Võ Minh Tâm, Trưởng khoa Nhi, bé đã khỏe.", [("Võ Minh Tâm", "Trưởng khoa Nhi")]),
        ("Đại úy Lê Văn Hòa và tổ tuần tra đã kịp thời có mặt.", [("Lê Văn Hòa", "Đại úy")]),
        # A title in brackets after the name is that person's; a place in brackets is no title.
        ("Theo bà Lê Thị Hoa (Hiệu trưởng Trường THCS Kim Đồng), học sinh đã nghỉ.",
         [("Lê Thị Hoa", "Hiệu trưởng Trường THCS Kim Đồng")]),
        ("Ông Trần Văn Tư (nguyên Giám đốc Sở Xây dựng) bị khởi tố.", [("Trần Văn Tư", "nguyên Giám đốc Sở Xây dựng")]),
        ("Chị Phạm Thị Lan (Hà Nội) cho biết.", []),
        # Surnames the list lacked: Chử, Khuất, Đậu.
        ("Ông Khuất Minh Sơn, Phó Giám đốc Sở Y tế cho biết.", [("Khuất Minh Sơn", "Phó Giám đốc Sở Y tế")]),
        ("Giám đốc Sở Tư pháp Đậu Văn Thanh phát biểu.", [("Đậu Văn Thanh", "Giám đốc Sở Tư pháp")]),
        # An alternate member's title is whole: "dự" there is no verb ("attends" ends a title).
        ("Dự hội nghị có đồng chí Nguyễn Văn Thắng, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy "
         "Quảng Ninh.",
         [("Nguyễn Văn Thắng", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh")]),
        # The older placing of the tone mark ("uỷ"), and the surname Lữ.
        ("Tại hội nghị, đồng chí Phạm Văn Chuẩn, Tỉnh uỷ viên, Bí thư Thành uỷ đã quán triệt các nội dung.",
         [("Phạm Văn Chuẩn", "Tỉnh uỷ viên, Bí thư Thành uỷ")]),
        ("Đồng chí Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh cùng điều hành hội nghị.",
         [("Lữ Quang Ngời", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh")]),
        # A remark in brackets after a title and a name; an age or a year of birth before the title.
        ("Tại Đại hội, Phó Chủ tịch Hội LHPN Việt Nam Bùi Thị Hòa (thứ 2 từ trái sang) tiếp nhận quà.",
         [("Bùi Thị Hòa", "Phó Chủ tịch Hội LHPN Việt Nam")]),
        ("Điều động ông Nguyễn Hoài Anh (sinh năm 1977) - Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng, thay ông A.",
         [("Nguyễn Hoài Anh", "Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng")]),
        ("Ông Huỳnh Quang Hưng, 48 tuổi, Phó bí thư Huyện ủy được bầu làm Chủ tịch.",
         [("Huỳnh Quang Hưng", "Phó bí thư Huyện ủy")]),
        # A name that goes on after a space and a dash is not cut there ("huyện Thạch | Hà - Trần Việt Hà").
        ("Chủ tịch UBND huyện Thạch Hà - Trần Việt Hà cho hay đàn gia súc đã ổn định.",
         [("Trần Việt Hà", "Chủ tịch UBND huyện")]),
    ],
)
def test_persons_with_their_titles(sentence, expected):
    assert persons(sentence) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng thống Hàn Quốc tuyên bố giành chiến thắng.",  # a country, not a name
        "Trưởng Công an huyện Vũ Quang xác nhận thông tin.",  # a district after "huyện"
        "Thượng tá Hoàng Thanh Huyền cho biết Điện Biên Phủ đã sẵn sàng.",  # only the named officer
        "Báo Điện Biên Phủ làm Phó Khối thi đua.",  # capitalised words with no title or surname
        "Quyết định của Thủ tướng cho ông Đặng Xuân Hoan đã được trao.",  # the title is someone else's
        "Hiệu trưởng Trường THPT Lê Quý Đôn cho biết nhà trường sẵn sàng.",  # a school's name after its head's title
        "Sau khi tiếp Đỗ Văn Hải, Đại sứ Canada bà Mary Smith nói hai bên sẽ hợp tác.",  # the title is Mary Smith's
    ],
)
def test_no_person_without_a_title_next_to_a_vietnamese_name(sentence):
    found = persons(sentence)
    assert all(name == "Hoàng Thanh Huyền" for name, _ in found)


def spelled(*paragraphs):
    found = extract_text(LEAD, *paragraphs).persons
    return sorted({(r["name_as_written"], r["name"]) for r in found.iter_rows(named=True)})


@pytest.mark.parametrize("paragraphs, expected", [
    # A tone mark dropped once, the same post: one person, spelled as written.
    (["Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì hội nghị.", "Chủ tịch UBND tỉnh Nguyễn Văn Hùng kết luận.",
      "Ông Nguyễn Văn Hung, Chủ tịch UBND tỉnh, giao nhiệm vụ."],
     [("Nguyễn Văn Hung", "Nguyễn Văn Hùng"), ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng")]),
    # Two letters swapped in a foreign name.
    (["Tổng thống Mỹ Donald Trump tới Đà Nẵng.", "Tổng thống Mỹ Donald Trump phát biểu.",
      "Tổng thống Mỹ Doanld Trump rời Hà Nội."],
     [("Doanld Trump", "Donald Trump"), ("Donald Trump", "Donald Trump")]),
    # Another post: two persons.
    (["Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì hội nghị.", "Chủ tịch UBND tỉnh Nguyễn Văn Hùng kết luận.",
      "Giám đốc Sở Y tế Nguyễn Văn Hưng báo cáo."],
     [("Nguyễn Văn Hưng", "Nguyễn Văn Hưng"), ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng")]),
    # Only a bare role in common says nothing: many hold it.
    (["Bí thư Trần Văn Hùng phát biểu.", "Bí thư Trần Văn Hùng kết luận.", "Bí thư Trần Văn Hưng báo cáo."],
     [("Trần Văn Hùng", "Trần Văn Hùng"), ("Trần Văn Hưng", "Trần Văn Hưng")]),
    # One letter other than a mark is another name (Minh, Bình), even in the same post.
    (["Bí thư Huyện ủy Trần Văn Bình phát biểu.", "Bí thư Huyện ủy Trần Văn Bình kết luận.",
      "Bí thư Huyện ủy Trần Văn Minh báo cáo."],
     [("Trần Văn Bình", "Trần Văn Bình"), ("Trần Văn Minh", "Trần Văn Minh")]),
    # Each spelling once: the article does not say which is right.
    (["Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì.", "Chủ tịch UBND tỉnh Nguyễn Văn Hung kết luận."],
     [("Nguyễn Văn Hung", "Nguyễn Văn Hung"), ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng")]),
], ids=["tone-mark", "swapped-letters", "other-post", "bare-role", "other-letter", "no-majority"])
def test_a_misspelt_name_is_the_person_the_rest_of_the_article_names(paragraphs, expected):
    assert spelled(*paragraphs) == sorted(expected)


def test_authors_are_not_persons_mentioned():
    found = persons("Phó Chủ tịch UBND tỉnh Lê Văn An dự hội nghị.", authors=["Tin, ảnh: Lê Văn An"])
    assert found == []


def test_mention_offsets_point_at_the_text():
    paragraph = "Năm 2021, đạt 90% kế hoạch và 98,2% tổ chức; kết nạp 154/150 đảng viên, thu 12.467,5 tỷ đồng."
    knowledge = extract_text(LEAD, paragraph)
    for row in knowledge.indicators.iter_rows(named=True):
        assert paragraph[row["char_offset"]:].startswith(row["text"].split("/")[0])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Hội nghị quán triệt Kết luận số 21-KL/TW của BCH Trung ương Đảng.",
         [("Kết luận", "21", "21-KL/TW", "Ban Chấp hành Trung ương Đảng", None)]),
        ("Tổng kết 10 năm thực hiện Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009 của Ban Chấp hành Đảng ủy Khối.",
         [("Nghị quyết", "01", "01-NQ/ĐUK", "Ban Chấp hành Đảng ủy Khối", "2009-05-15")]),
        ("Triển khai Chỉ thị 05 của Bộ chính trị.", [("Chỉ thị", "05", None, "Bộ chính trị", None)]),
        ("Thực hiện Thông tư 332/2016/TT-BTC về phí.", [("Thông tư", "332", "332/2016/TT-BTC", None, None)]),
        # An office and its body issue a document ("của Thủ tướng Chính phủ", "của Bộ trưởng Bộ ...").
        ("Các bộ phải làm theo Công điện số 27/CĐ-TTg của Thủ tướng Chính phủ về phòng chống bão.",
         [("Công điện", "27", "27/CĐ-TTg", "Thủ tướng Chính phủ", None)]),
        ("Trường áp dụng Thông tư số 41/2016/TT-BGDĐT ngày 8/8/2016 của Bộ trưởng Bộ GD&ĐT về tuyển sinh.",
         [("Thông tư", "41", "41/2016/TT-BGDĐT", "Bộ trưởng Bộ GD&ĐT", "2016-08-08")]),
        # The issuer ends with its body, before the next document cited after "và".
        ("Huyện triển khai Chỉ thị số 07-CT/TU của Thành ủy và Kế hoạch số 31 của UBND huyện về rác thải.",
         [("Chỉ thị", "07", "07-CT/TU", "Thành ủy", None),
          ("Kế hoạch", "31", None, "Ủy ban nhân dân huyện", None)]),
        # Two bodies joined by "và" are both the issuer.
        ("Xã quán triệt Nghị quyết số 09 của Tỉnh ủy và UBND tỉnh về giảm nghèo.",
         [("Nghị quyết", "09", None, "Tỉnh ủy và Ủy ban nhân dân tỉnh", None)]),
        # "Chương trình hành động" (a Party committee's action programme) is a kind of its own.
        ("Huyện ủy ban hành Chương trình hành động số 12 về chuyển đổi số.",
         [("Chương trình hành động", "12", None, None, None)]),
        # An official letter named "Văn bản", and a notice of conclusions, are kinds of their own.
        ("Thực hiện Văn bản số 4912/UBND-NC của UBND tỉnh, huyện đã triển khai.",
         [("Văn bản", "4912", "4912/UBND-NC", "Ủy ban nhân dân tỉnh", None)]),
        ("Tại Thông báo kết luận số 59-TB/TU, Ban Thường vụ Tỉnh ủy đã chỉ đạo.",
         [("Thông báo kết luận", "59", "59-TB/TU", None, None)]),
        ("Thực hiện Kế hoạch liên tịch số 383-KHLT/MT-CĐCS về tổ chức hội nghị viên chức.",
         [("Kế hoạch liên tịch", "383", "383-KHLT/MT-CĐCS", None, None)]),
        ("Triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.", []),
        ("Xây dựng kế hoạch 5 năm 2021 - 2025 và Kế hoạch 5 năm của tỉnh.", []),
    ],
)
def test_documents_cited_need_a_number(sentence, expected):
    found = extract_text(LEAD, sentence).documents
    got = [(r["kind"], r["number"], r["code"], r["issuer"], r["issued_on"] and r["issued_on"].isoformat())
           for r in found.iter_rows(named=True)]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, kind, value, extra",
    [
        ("Thu ngân sách đạt 12.467,5 tỷ đồng.", "money", 12_467_500_000_000, {"currency": "VND"}),
        ("Thu nội địa đạt trên 10.000 tỷ đồng.", "money", 10_000_000_000_000, {"qualifier": "trên"}),
        ("Tổng vốn đăng ký 540 triệu USD.", "money", 540_000_000, {"currency": "USD"}),
        ("Thu nhập của anh là 42.5 triệu USD.", "money", 42_500_000, {}),
        ("Giá vé là 500.000 đồng một người.", "money", 500_000, {}),
        ("Tăng trưởng đạt 6,68%, cao nhất vùng.", "percentage", 6.68, {}),
        ("Đã kết nạp 154/150 đảng viên (đạt 102,7%).", "ratio", 154 / 150, {"achieved": 154, "target": 150}),
        ("Hoàn thành 9/9 chỉ tiêu đề ra.", "ratio", 1.0, {"measure": "chỉ tiêu"}),
        ("Năm 2021 kết nạp 144 đảng viên mới.", "count", 144, {"measure": "đảng viên", "period": "Năm 2021"}),
        ("Tỉnh tiết kiệm hơn 10,7 tỉ đồng chi thường xuyên.", "money", 10.7e9, {"currency": "VND"}),
        # An amount in two scales, the larger first.
        ("Tổng thu ngân sách trên 1 tỷ 656 triệu đồng.", "money", 1_656_000_000, {"qualifier": "trên"}),
        ("Mức hỗ trợ là 15 triệu 100 nghìn đồng.", "money", 15_100_000, {"currency": "VND"}),
        ("Tổng trị giá 1 tỷ 500.000 đồng.", "money", 1_000_500_000, {"currency": "VND"}),
        ("Đã học tập 35.599/35.900 đảng viên, đạt 99,16%.", "ratio", 35599 / 35900,
         {"achieved": 35599, "target": 35900}),
        ("Kết nạp 154/150 (đạt 102,7%) kế hoạch.", "ratio", 154 / 150, {"achieved": 154, "target": 150}),
        # "đ" for "đồng" after a scale.
        ("Lợi nhuận trước thuế đạt 1,541 tỷ đ trong năm.", "money", 1_541_000_000, {"currency": "VND"}),
        ("Tặng 10 phần quà trị giá 20 triệu đ cho các hộ.", "money", 20_000_000, {"currency": "VND"}),
    ],
)
def test_indicators(sentence, kind, value, extra):
    found = extract_text(LEAD, sentence).indicators.filter(kind=kind)
    assert found.height == 1, found
    row = found.row(0, named=True)
    assert row["value"] == pytest.approx(value)
    for key, expected in extra.items():
        assert row[key] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Chiều ngày 20/1, Ban Chấp hành họp.",  # a date
        "Chiều nay (10/1), các cơ quan họp.",
        "Ngày 14/1/2022, Ban Thường vụ họp.",
        "Nghị định 53/2017 qui định các loại giấy tờ.",  # a document number
        "Tết Thiếu nhi 1/6 là hoạt động thường niên.",
        "Anh ấy sinh ngày 14/4/1996 tại Hải Dương.",
        "Có 2 đồng chí được khen thưởng.",  # "đồng chí" is not money
        "Lễ kết nạp 5 đ/c, có 1.000 đ/c dự.",  # nor is "đ/c" (comrades) without a scale
    ],
)
def test_dates_and_numbers_are_not_ratios_or_money(sentence):
    found = extract_text(LEAD, sentence).indicators
    assert found.filter(kind="ratio").is_empty() and found.filter(kind="money").is_empty()


def _figures(*paragraphs, kind):
    found = extract_text(LEAD, *paragraphs).indicators.filter(kind=kind, field="body")
    return [r for r in found.sort("paragraph", "char_offset").iter_rows(named=True)]


@pytest.mark.parametrize(
    "paragraph, kind, periods",
    [
        # Issue 22: a period of an earlier sentence is not the figure's.
        ("Năm 2020, công ty mở rộng nhà xưởng. Các cổ đông đã góp 30% vốn điều lệ.", "percentage", [None]),
        ("Lãi ròng đạt 5 triệu USD. Năm 1994, công ty mở thêm chi nhánh.", "money", [None]),
        ("Doanh thu năm 2016 đạt 1.200 tỷ đồng.", "money", ["năm 2016"]),
        ("Năm 2016, tập đoàn lỗ sau thuế 1.020 tỷ đồng.", "money", ["Năm 2016"]),
        # Right after the figure, in its clause; not one a later clause names.
        ("Kim ngạch hai chiều hướng tới 15 tỷ USD vào năm 2020.", "money", ["năm 2020"]),
        ("Công ty lãi 5 tỷ đồng, dự kiến đến năm 2020 lãi 10 tỷ đồng.", "money", [None, "năm 2020"]),
        ("Tỷ suất giảm từ 6,6% năm 2012 xuống còn 3,2% năm 2015.", "percentage", ["năm 2012", "năm 2015"]),
        # A base of comparison, a birth year, a futures contract's month are no period of the figure.
        ("Lợi nhuận tăng 12% so với năm 2015.", "percentage", [None]),
        ("Số dư tăng 214 tỷ đồng so với thời điểm cuối quý III/2016.", "money", [None]),
        ("Ông Hà sinh năm 1971, có khoản nợ 3 tỷ đồng.", "money", [None]),
        ("Giá ca cao kỳ hạn tháng 3 giảm 0,6%.", "percentage", [None]),
        ("Doanh thu quý II/2017 tăng 9%, kim loại quý vẫn giảm 2%.", "percentage", ["quý II/2017", "quý II/2017"]),
        # A list after "trong đó:" is one sentence; a sentence may end after capitals ("TPHCM.").
        ("Trong năm 2016, doanh thu tăng 10%, trong đó: bán lẻ tăng 12%; bán buôn tăng 8%.", "percentage",
         ["năm 2016", "năm 2016", "năm 2016"]),
        ("Dự án khởi công năm 2015 tại TPHCM. Hiện nhà nước sở hữu 90% vốn.", "percentage", [None]),
    ],
)
def test_a_period_comes_from_the_figures_own_sentence(paragraph, kind, periods):
    assert [r["period"] for r in _figures(paragraph, kind=kind)] == periods


@pytest.mark.parametrize(
    "sentence",
    [
        "Chiếc xe đỗ ở ngõ 88/1 phố Giáp Nhị suốt buổi trưa.",  # addresses and codes
        "Ngôi nhà số 49/28 đường Láng bị hư hỏng nặng.",
        "Tổ công tác Y9/141 bắt giữ đối tượng.",
        "Xổ số Mega 6/45 mở thưởng tối nay.",
        "Thị trường này chiếm 2/3 tổng doanh thu cả nước.",  # fractions: no target
        "Có khoảng 1/3 người trưởng thành ít vận động.",
        "Gần 1/2 hộ dân chưa có nước sạch.",
        "Nhà đầu tư nắm giữ 1/3 số cổ phần của công ty.",  # "số" before what is not counted: a fraction
        "Mùa giải 2016/17 kết thúc sớm với đội chủ nhà.",  # a season
        "Việt Nam đứng thứ 82/190 quốc gia về môi trường kinh doanh.",  # a rank
        "Lễ hội diễn ra tại Quảng trường 19/8 thành phố.",  # more reached than aimed at, with no plan or share
        "Hôm nay 15/5 xã tổ chức lễ ra quân.",  # a date: its target a month's number
    ],
)
def test_a_ratio_needs_the_shape_of_a_target_reached(sentence):
    assert _figures(sentence, kind="ratio") == []


@pytest.mark.parametrize(
    "sentence, achieved, target, measure",
    [
        ("Đến nay đã có 21/63 tỉnh, thành phố ban hành kế hoạch.", 21, 63, "tỉnh, thành phố"),  # counted things
        ("Sau đợt công khai, 68/149 đơn vị đã nộp đủ thuế.", 68, 149, "đơn vị"),
        ("Huyện hoàn thành 12/15 chỉ tiêu đề ra.", 12, 15, "chỉ tiêu"),  # a plan word
        ("Tay vợt ăn điểm 19/25 (76%) ở giao bóng một.", 19, 25, None),  # its share
        ("Đảng bộ kết nạp 160/150 đảng viên, đạt 106,7% kế hoạch.", 160, 150, "đảng viên"),
        ("Kỳ họp có 45/47 đại biểu có mặt tán thành.", 45, 47, "đại biểu"),  # a session's delegates and votes
        # The grassroots units that held their congress, the members elected.
        ("Toàn tỉnh có 120/152 cơ sở Hội tổ chức Đại hội.", 120, 152, "cơ sở"),
        ("Số nữ tham gia Ban Thường vụ là 28/80 đồng chí.", 28, 80, "đồng chí"),
        ("Bà Lan trúng cử với 48/50 phiếu đồng ý.", 48, 50, "phiếu"),
        ("Toàn huyện có 312/340 số chi bộ đã tổ chức đại hội.", 312, 340, "chi bộ"),  # "số" before the thing
        ("Kỳ họp có 33/35 vị đại biểu HĐND xã tham dự.", 33, 35, "đại biểu"),  # the classifier "vị"
        # The voters who voted, the villages and communes represented, the criteria a plan sets.
        ("Có 34.465/34.465 cử tri đi bầu cử.", 34465, 34465, "cử tri"),
        ("Đại diện cử tri tiêu biểu của 7/7 ấp dự kỳ họp.", 7, 7, "ấp"),
        ("Toàn huyện có 12/12 xã đã tổ chức đại hội.", 12, 12, "xã"),
        ("Năm 2018, xã đã hoàn thành 19/19 tiêu chí nông thôn mới.", 19, 19, "tiêu chí"),
        # Any word counted, when the target is no month's number (a space after the slash, a capital, "nay" before).
        ("Đến nay 77/77 nội dung kiến nghị đã được trả lời.", 77, 77, None),
        ("Trong tháng 10/2022 có 23/27 ngành sản xuất tăng so với tháng trước.", 23, 27, None),
        ("Đại hội có 246/ 249 Đại biểu tham dự.", 246, 249, "Đại biểu"),
        ("Hiện nay 23/23 Chi bộ đã đại hội xong.", 23, 23, "Chi bộ"),
        ("Tổng số đảng viên dự họp 15/15, tỷ lệ 100%.", 15, 15, None),  # its share after "tỷ lệ"
    ],
)
def test_ratios_of_a_target_reached(sentence, achieved, target, measure):
    (row,) = _figures(sentence, kind="ratio")
    assert (row["achieved"], row["target"], row["measure"]) == (achieved, target, measure)


@pytest.mark.parametrize(
    "sentence, amounts",
    [
        ("Giá cà phê xuất khẩu chốt ở 2.037 USD/tấn.", [(2037, "tấn")]),  # unit prices keep their unit
        ("Cổ phiếu đóng cửa ở 69.800 đồng/cp, tăng nhẹ.", [(69_800, "cp")]),
        ("Giá cát san lấp lên 500.000 đồng/m3 trong tháng.", [(500_000, "m3")]),
        ("Vé tháng có giá 100.000 đồng/vé/tháng cho học sinh.", [(100_000, "vé/tháng")]),
        ("Mức lương khởi điểm 20 triệu đồng mỗi tháng.", [(20e6, "tháng")]),
        ("Vàng miếng bán ra 36 triệu đồng một lượng.", [(36e6, "lượng")]),
        ("Nhiếp ảnh gia nhận 18.000 USD cho mỗi lượt chụp.", [(18_000, "lượt")]),
        ("Vườn thú trả mỗi năm khoảng 1 triệu USD tiền thuê.", [(1e6, "năm")]),  # each first
        ("Phí gửi xe từ 5.000 đồng đến 7.000 đồng/lượt.", [(5_000, "lượt"), (7_000, "lượt")]),  # a range of prices
        ("Tỉnh chi 500 tỷ đồng cho một dự án đường ven biển.", [(500e9, None)]),  # sums have none
        ("Nhà đầu tư góp 2 tỷ đồng, một số khác góp ít hơn.", [(2e9, None)]),
    ],
)
def test_unit_prices_keep_their_unit(sentence, amounts):
    assert [(r["value"], r["per_unit"]) for r in _figures(sentence, kind="money")] == amounts


@pytest.mark.parametrize("sentence, amount", [("Tổng thu ngân sách đạt 68.956,99 tỷ đồng.", 68_956_990_000_000),
                                              ("Tổng vốn đầu tư là 515,07 tỷ đồng.", 515_070_000_000)])
def test_an_amount_with_a_scale_is_whole_units_exactly(sentence, amount):
    (row,) = _figures(sentence, kind="money")
    assert row["value"] == amount


def test_percentages_of_the_title_are_not_counted():
    knowledge = extract_text(LEAD, "Kinh tế tăng trưởng khá.")
    assert knowledge.indicators.filter(kind="percentage").is_empty()


@pytest.mark.parametrize(
    "lead, session, term, kind",
    [
        ("Chiều 29/12, BTV tổ chức Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ VII, tổng kết năm.", 7, None,
         "Hội nghị Ban Chấp hành"),
        ("Ngày 14/1/2022, BTV tổ chức Hội nghị BCH lần thứ Mười một (khóa XIX) kiểm điểm.", 11, "XIX",
         "Hội nghị Ban Chấp hành"),
        # The term is taken wherever the lead says it (issue 11): after a comma too.
        ("Sáng 2/8, HĐND tỉnh khai mạc Kỳ họp thứ 3, HĐND tỉnh khóa XVI.", 3, "XVI", "Kỳ họp"),
        ("Sáng 2/8, tỉnh tiến hành kỳ họp thứ tư – Hội đồng nhân dân tỉnh khoá IX.", 4, "IX", "Kỳ họp"),
        ("Sáng 2/8, Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020-2025 khai mạc.", 15, None, "Đại hội"),
        ("Sáng 2-8, Ban Thường vụ tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.", None, None, "Hội nghị sơ kết"),
        ("Hội thảo “Cách mạng công nghiệp lần thứ tư” diễn ra hôm qua.", None, None, "Hội thảo"),
        # A venue's name holds no meeting: the one held there is the lead's.
        ("Sáng 3-4, tại Trung tâm Hội nghị tỉnh, HĐND huyện khóa IX tổ chức kỳ họp thứ Năm.", 5, "IX", "Kỳ họp"),
        # An ordinal word that opens with a Roman numeral's letter is the word ("Chín" is 9, not C).
        ("Sáng 3-4, HĐND tỉnh khai mạc Kỳ họp thứ Chín, Hội đồng nhân dân tỉnh khóa XII.", 9, "XII", "Kỳ họp"),
        ("Sáng 3-4, Hội nghị Ban Chấp hành lần thứ chín (khóa XII) khai mạc.", 9, "XII", "Hội nghị Ban Chấp hành"),
        # An ordinal of three words, and one of two before other words.
        ("Sáng 3-4, họp báo về Kỳ họp thứ Hai mươi ba, HĐND tỉnh khóa XIV.", 23, "XIV", "Kỳ họp"),
        ("Sáng 3-4, HĐND tỉnh khóa XIV tổ chức Kỳ họp thứ mười một năm 2023.", 11, "XIV", "Kỳ họp"),
        # The meeting told with its verb first.
        ("Sáng 24/9, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã họp phiên thứ nhất bầu Bí thư.", 1, "XVI", "Phiên họp"),
        # ... a body's session as "họp kỳ" and its number or ordinal, with or without "thứ".
        ("Ngày 23/4, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 24. Đồng chí A chủ trì.", 24, None, "Kỳ họp"),
        ("Từ ngày 14 đến 16/6, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ tư, xem xét kỷ luật.", 4, None, "Kỳ họp"),
        # The name's session after a comma, its province after a comma, an abbreviation's dot.
        ("Sáng 2/8, Ủy ban MTTQ huyện tổ chức Đại hội đại biểu MTTQ Việt Nam huyện, lần thứ IX, nhiệm kỳ 2024-2029.",
         9, None, "Đại hội"),
        ("Đại hội Đại biểu Đảng bộ xã Giang Thành, tỉnh An Giang lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra.", 1, None,
         "Đại hội"),
        ("Chiều 20-12, Đại hội đại biểu Phụ nữ TP.HCM lần thứ I, nhiệm kỳ 2025-2030, đã khai mạc.", 1, None, "Đại hội"),
        # The term of the body said right before its meeting, not another body's said after it.
        ("Sáng 6/6, Ban Chấp hành Liên đoàn Lao động tỉnh khóa XVII đã họp kỳ họp thứ hai để bàn, quyết định nhân sự"
         " Ban Chấp hành Tổng Liên đoàn khóa XII.", 2, "XVII", "Kỳ họp"),
        ("Sáng 6/6, HĐND huyện khóa XX, kỳ họp thứ 5 thông qua nghị quyết của UBND huyện khóa XIX.", 5, "XX", "Kỳ họp"),
        # A body's acronym in brackets inside the name: the session after it is the meeting's.
        ("Ngày 26/8, Đại hội đại biểu Đảng bộ Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) lần thứ XXIII, nhiệm kỳ"
         " 2015 - 2020 đã diễn ra tại Hà Nội.", 23, None, "Đại hội"),
        # The meeting the one reported leads up to is not the one reported.
        ("Sáng 2/8, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đảng bộ xã tổ chức Đại hội đại biểu "
         "Đảng bộ xã lần thứ I.", 1, None, "Đại hội"),
        # Congresses "at all levels" are the campaign, not the congress reported.
        ("Thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII"
         " của Đảng, Đại hội đại biểu Đảng bộ Bộ lần thứ III sẽ được tổ chức vào ngày 11/8.", 3, None, "Đại hội"),
        ("Thực hiện kế hoạch về tổ chức Đại hội Công đoàn các cấp, Công đoàn trường tổ chức Đại hội lần thứ 22.", 22,
         None, "Đại hội"),
        # ... nor are the congresses of the affiliated cells.
        ("Thực hiện kế hoạch số 44-KH/ĐU về tổ chức Đại hội các chi bộ trực thuộc nhiệm kỳ 2020 - 2023, ngày 18/01/2020"
         " Chi bộ Mầm non tiến hành Đại hội lần thứ V.", 5, None, "Đại hội"),
    ],
)
def test_meeting_from_the_lead(lead, session, term, kind):
    meetings = extract_text(lead, "Thân bài của bài viết về hội nghị.").meetings
    row = meetings.row(0, named=True)
    assert (row["session"], row["term"], row["kind"]) == (session, term, kind)


def test_no_meeting_when_the_lead_names_none():
    assert extract_text("Thu ngân sách tăng mạnh.", "Thân bài.").meetings.is_empty()
    # "họp" then "kỳ" with no number is no session ("cuộc họp kỳ này").
    assert extract_text("Cuộc họp kỳ này bàn nhiều việc của xã.", "Thân bài.").meetings.is_empty()


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("BTV Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị.", ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"]),
        ("UBND tỉnh và MTTQ tỉnh phối hợp.", ["Ủy ban nhân dân tỉnh", "Mặt trận Tổ quốc tỉnh"]),
        ("Bộ Giáo dục và Đào tạo công bố.", ["Bộ Giáo dục và Đào tạo"]),
        ("Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường phát biểu.", ["Đảng ủy Khối các cơ quan tỉnh"]),
        ("Chính phủ và Quốc hội thống nhất.", ["Chính phủ", "Quốc hội"]),
        ("Văn bản số 925/UBND-KTN đã ban hành.", []),
    ],
)
def test_organisations_with_abbreviations_expanded(sentence, names):
    found = extract_text(LEAD, sentence).organizations.filter(field="body")
    assert found["name"].to_list() == names


def test_an_abbreviation_the_article_defines_is_expanded():
    found = extract_text(LEAD, "Các tổ chức cơ sở đảng (TCĐ) đều làm tốt. TCĐ Ban Thường vụ khen.").organizations
    assert "tổ chức cơ sở đảng" not in found["name"].to_list()  # the definition itself is not an organisation


def test_provinces_from_outlet_and_text_but_not_the_person_ho_chi_minh():
    knowledge = extract_text("ĐBP - Chiều nay (10/1), các cơ quan họp.",
                             "Học tập tư tưởng Hồ Chí Minh; đoàn công tác TP Hồ Chí Minh thăm Lai Châu.")
    got = {(r["province"], r["source"]) for r in knowledge.provinces.iter_rows(named=True)}
    assert got == {("Điện Biên", "outlet"), ("Thành phố Hồ Chí Minh", "text"), ("Lai Châu", "text")}


BODY_OF_NO_PLACE = "Hội nghị đã thảo luận và thống nhất các nội dung."


def test_a_province_inside_a_longer_word_is_no_mention():
    # The Young Pioneers' name holds "TP Hồ Chí Minh", a given name "Long An", an outlet's code "TPHCM": no place.
    knowledge = extract_text("Sáng 5-3, Liên đội TNTP Hồ Chí Minh trường tổ chức đại hội.",
                             "Em Nguyễn Long Anh phát biểu (Ảnh: PLTPHCM); đoàn Hà Nội-Hải Phòng dự.")
    assert set(knowledge.provinces["province"]) == {"Hà Nội", "Hải Phòng"}
    # ... nor is the Pacific ("Thái Bình Dương") the province Thái Bình.
    pacific = extract_text("Sáng 5-3, diễn đàn khu vực châu Á - Thái Bình Dương khai mạc.", BODY_OF_NO_PLACE)
    assert pacific.provinces.is_empty()
    # ... nor the victory of 1954 and the streets named after it ("Điện Biên Phủ"), unlike the city of that name.
    for text in ("Sau chiến thắng Điện Biên Phủ, miền Bắc bước vào xây dựng.", "Trụ sở ở số 8 đường Điện Biên Phủ."):
        assert extract_text("Sáng 5-3, bệnh viện tổ chức hội nghị.", text).provinces.is_empty(), text
    for text in ("Sáng 5-3, UBND thành phố Điện Biên Phủ tổ chức hội nghị.",
                 "Sáng 5-3, đoàn dâng hương tại Tượng đài Chiến thắng Điện Biên Phủ."):
        assert set(extract_text(text, BODY_OF_NO_PLACE).provinces["province"]) == {"Điện Biên"}, text
    # ... but a small letter glued before a capitalised name is the end of a word run into it.
    glued = extract_text("Sáng 5-3, UBND tỉnhQuảng Nam tổ chức hội nghị.", BODY_OF_NO_PLACE)
    assert set(glued.provinces["province"]) == {"Quảng Nam"}


def test_themes_from_the_keyword_taxonomy():
    themes = extract_text(LEAD, "Công tác xây dựng Đảng, kết nạp đảng viên và thi đua khen thưởng.").themes
    assert {"party_building", "emulation_rewards"} <= set(themes["theme"])
    assert "covid19" not in set(themes["theme"])


def test_province_units_keep_the_2025_reorganisation():
    from flows.extract import reference_tables

    units = {r["province_name"]: r for r in reference_tables()["stg_province_unit"].iter_rows(named=True)}
    assert len(units) == 64  # 63 before 2025, and Huế
    assert units["Hà Giang"]["successor"] == "Tuyên Quang" and str(units["Hà Giang"]["valid_to"]) == "2025-07-01"
    assert units["Hà Nội"]["valid_to"] is None
    surviving = {n for n, r in units.items() if r["valid_to"] is None}
    assert len(surviving) == 34


def test_each_article_expands_the_abbreviations_it_defines_itself():
    knowledge = extract_text(LEAD, "Thành lập Hội đồng thi đua (HĐTĐ) của tỉnh. Ban Thường vụ HĐTĐ khen ngợi.")
    assert "Ban Thường vụ Hội đồng thi đua" in knowledge.organizations["name"].to_list()
    elsewhere = extract_text(LEAD, "Ban Thường vụ HĐTĐ khen ngợi các tập thể.")  # defined in another article only
    assert "Ban Thường vụ HĐTĐ" in elsewhere.organizations["name"].to_list()
