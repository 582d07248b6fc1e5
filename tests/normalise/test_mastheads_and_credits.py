"""A body's full name on the page's first line (its own site's masthead), a language switch, a credit line above the
date (issue 20; each shape seen on two sites or more)."""

import pytest

from tests.conftest import BODY, LEAD, article, parse_text

# The module's articles are parsed in one batch before its tests run (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")

TITLE = "Hội nghị người lao động năm 2024 thành công tốt đẹp"
DATE = "Thứ ba, 12/03/2024 08:30"


@pytest.mark.parametrize("name", [
    "CÔNG TY CỔ PHẦN CẢNG HẠ LONG XANH",
    "Tổng công ty Cà phê Việt Nam - Công ty cổ phần",
    "Liên hiệp các hội văn học nghệ thuật Việt Nam",
    "CỤC QUẢN LÝ THỊ TRƯỜNG",
    "CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC TP. CẦN THƠ",
])
def test_a_bodys_full_name_on_the_first_line_is_the_outlet_not_the_title(name):
    # Above the date line (a title's place) and above a menu alike.
    for page in (article(name, DATE, TITLE, LEAD, BODY), article(name, "Trang chủ", "Tin tức", TITLE, DATE, LEAD, BODY)):
        parsed, _ = parse_text(page)
        assert (parsed["title"], parsed["outlet"], parsed["lead"]) == (TITLE, name, LEAD)


@pytest.mark.parametrize("parent, body", [("SỞ Y TẾ HÀ NỘI", "BỆNH VIỆN MẮT HÀ NỘI"),
                                          ("UBND TỈNH VĨNH PHÚC", "BỆNH VIỆN SẢN NHI VĨNH PHÚC")])
def test_a_letterhead_names_the_body_under_its_parent_and_neither_is_the_title(parent, body):
    headline = "ĐẠI HỘI CHI BỘ TRỰC THUỘC ĐẢNG BỘ NHIỆM KỲ 2022 – 2025"
    parsed, _ = parse_text(article(parent, body, headline, LEAD, BODY))
    assert (parsed["title"], parsed["outlet"], parsed["lead"]) == (headline, body, LEAD)


@pytest.mark.parametrize("headline", ["BỆNH VIỆN BẠCH MAI CỨU SỐNG SẢN PHỤ NGỪNG TIM",
                                      "TRƯỜNG THPT CHU VĂN AN KHAI GIẢNG NĂM HỌC MỚI"])
def test_a_headline_in_capitals_about_an_institution_stays_the_title_over_a_caption(headline):
    """(A review of session 29's rules: an institution's name in capitals is a masthead only when it ends with its
    place; the letterhead's lower name is the outlet only under a body's name, not under a paper's.)"""
    caption = "Các bác sĩ chăm sóc sản phụ"
    parsed, _ = parse_text(article("Báo Điện tử Dân Trí", headline, caption, LEAD, BODY))
    assert (parsed["title"], parsed["outlet"]) == (headline, "Báo Điện tử Dân Trí")


def test_a_language_switch_is_chrome_not_a_byline():
    name = "Tổng công ty Cà phê Việt Nam - Công ty cổ phần"
    for switch in ("Vietnamese English", "EnglishVietnamese", "Tiếng Việt | English"):
        parsed, authors = parse_text(article(switch, name, TITLE, DATE, LEAD, BODY))
        assert (parsed["title"], parsed["outlet"], authors) == (TITLE, name, [])


def test_a_credit_line_above_the_date_is_the_byline_not_the_title():
    parsed, authors = parse_text(article(TITLE, "Bài và ảnh: Minh Khang", DATE, LEAD, BODY))
    assert (parsed["title"], parsed["lead"], authors) == (TITLE, LEAD, [{"name": "Minh Khang", "roles": ["photo", "text"]}])


def test_what_the_masthead_rule_leaves_alone():
    # A first line that says what the body did is the headline.
    headline = "Công ty Điện lực Hà Tĩnh tổ chức hội nghị khách hàng"
    parsed, _ = parse_text(article(headline, DATE, LEAD, BODY))
    assert (parsed["title"], parsed["outlet"]) == (headline, None)
    # ... and so is an event of a body ("Hội nghị ...").
    parsed, _ = parse_text(article("Hội nghị Ban Chấp hành Đảng bộ tỉnh", DATE, LEAD, BODY))
    assert parsed["title"] == "Hội nghị Ban Chấp hành Đảng bộ tỉnh"
    # Lower on the page, a body's name is a menu's entry or a heading, not the site's name.
    parsed, _ = parse_text(article("Trang chủ", "Giới thiệu", "Tin tức", "Ban Chấp hành Công đoàn cơ sở", TITLE, DATE,
                                   LEAD, BODY))
    assert parsed["outlet"] is None


@pytest.mark.parametrize("ending", ["NHIỆM KỲ 2024 - 2029", "năm 2024", "vắc xin Sabin"])
def test_a_date_alone_at_the_headlines_end_is_its_date_line(ending):
    headline = f"Hội nghị triển khai nhiệm vụ {ending}"
    parsed, _ = parse_text(article(f"{headline}   12/03/2024", LEAD, BODY))
    assert (parsed["title"], f"{parsed['published_at']:%Y-%m-%d}", parsed["lead"]) == (headline, "2024-03-12", LEAD)


def test_a_date_the_headline_governs_stays_in_it():
    for headline in ("Lịch tiếp công dân định kỳ của lãnh đạo tỉnh ngày 12/03/2024",
                     "Tạm ngừng cấp nước khu vực phía Bắc từ 12/03/2024",
                     "LỄ SƠ KẾT THI ĐUA ĐỢT TỪ 27/2/2023 ĐẾN 30/4, 01/5 VÀ 19/5/2023"):
        parsed, _ = parse_text(article(headline, LEAD, BODY))
        assert parsed["title"] == headline


def test_a_header_line_of_contacts_is_chrome():
    TITLE_HERE = "Hợp tác xã chè vươn lên đạt chuẩn OCOP 4 sao"
    # (As a page printed them: the stamp and each contact twice, glued, an address hidden.)
    stamp = "Thứ hai 12/03/2024 08:30"
    for contacts in (f"{stamp}{stamp} Hotline: 0912.345.678Hotline: 0912.345.678 Email: a@example.vnEmail: [email protected]",
                     "Hotline: 02412345678. Email: lienhe@example.vn"):
        # (A tag bar and the font-size buttons around the title.)
        parsed, _ = parse_text(article(contacts, "Tag", TITLE_HERE, "Tăng\naa\nGiảm", LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == (TITLE_HERE, LEAD)
    # One contact closing a paragraph of text stays in it.
    closing = "Mọi thắc mắc về chương trình, bạn đọc xin liên hệ đường dây nóng: 0912.345.678 để được hỗ trợ."
    parsed, _ = parse_text(article(TITLE_HERE, LEAD, BODY, closing))
    assert parsed["body"][-1] == closing


def test_a_bodys_meeting_on_the_first_line_is_the_title():
    # In small letters, a body's name ends with the country, a place or its legal form: this one goes on to what it did.
    headline = "Ban Trị sự Phật giáo tỉnh họp phiên đầu tiên khóa IX"
    parsed, _ = parse_text(article(headline, DATE, LEAD, BODY))
    assert (parsed["title"], parsed["outlet"]) == (headline, None)


def test_a_breadcrumb_that_ends_with_the_headline_is_neither_title_nor_caption():
    for crumb in (f"Trang chủ Tin tức {TITLE}", f"Trang chủ Tin tức {TITLE[:40]}...", f"Home Tin tức - Sự kiện {TITLE}",
                  f"Vị trí hiện tại Tin tức Tin trong tỉnh {TITLE}"):
        parsed, _ = parse_text(article(crumb, TITLE, DATE, LEAD, BODY))
        assert (parsed["title"], parsed["lead"], parsed["captions"]) == (TITLE, LEAD, [])


def test_a_headline_whose_end_is_printed_under_it_stays_the_title():
    # Its slogan, place or site's name printed again under it makes no breadcrumb of it (a fresh-eyes review's
    # counter-example to a rule tried and withdrawn: a path's line is known by its home's word).
    headline = "Đại hội Chi đoàn Trường THPT Hải Hậu A với chủ đề Tuổi trẻ xung kích, sáng tạo, hội nhập"
    parsed, _ = parse_text(article(headline, "Tuổi trẻ xung kích, sáng tạo, hội nhập", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, LEAD)


def test_a_date_lines_time_keeps_its_date():
    parsed, _ = parse_text(article(TITLE, "Cập nhật lúc : 10:08 20/01/2020", LEAD, BODY))
    assert (parsed["title"], f"{parsed['published_at']:%Y-%m-%dT%H:%M}") == (TITLE, "2020-01-20T10:08")


# A fresh-eyes review's counter-examples to the rules above.
@pytest.mark.parametrize("headline", ["Bộ Ngoại giao phản đối Trung Quốc xâm phạm chủ quyền Việt Nam",
                                      "Ngân hàng Thế giới hạ triển vọng tăng trưởng kinh tế Việt Nam",
                                      "CÔNG AN TỈNH QUẢNG NINH TRIỆT PHÁ ĐƯỜNG DÂY ĐÁNH BẠC"])
def test_a_headline_shaped_as_a_bodys_name_with_no_headline_under_it_stays_the_title(headline):
    for page in (article(headline, DATE, LEAD, BODY), article("Trang chủ", headline, DATE, LEAD, BODY)):
        parsed, _ = parse_text(page)
        assert (parsed["title"], parsed["outlet"]) == (headline, None)


@pytest.mark.parametrize("headline", ["Lịch cắt điện Đồng Nai 15/03/2024",
                                      "Lịch công tác tuần của Lãnh đạo UBND tỉnh Từ 11/03/2024"])
def test_a_date_the_headline_owns_stays_in_it_above_the_pages_stamp(headline):
    parsed, _ = parse_text(article(headline, DATE, LEAD, BODY))
    assert (parsed["title"], f"{parsed['published_at']:%Y-%m-%dT%H:%M}") == (headline, "2024-03-12T08:30")


def test_a_media_label_before_a_headline_in_capitals_is_no_credit():
    parsed, _ = parse_text(article("VIDEO: TOÀN CẢNH LỄ DIỄU BINH", DATE, LEAD, BODY))
    assert parsed["title"] == "VIDEO: TOÀN CẢNH LỄ DIỄU BINH"


def test_contacts_in_a_paragraph_of_text_stay_in_it():
    contacts = "Mọi chi tiết xin liên hệ Ban Tổ chức, điện thoại: 0236.3822.123, email: btc@example.vn."
    parsed, _ = parse_text(article(TITLE, LEAD, BODY, contacts))
    assert parsed["body"][-1] == contacts
    lead = "Hồ sơ nộp tại Phòng Tổ chức cán bộ, điện thoại: 0236.3822.123, email: tccb@example.vn trước ngày 30/4."
    parsed, _ = parse_text(article(TITLE, lead, BODY))
    assert parsed["lead"] == lead


def test_a_headline_that_opens_with_home_is_no_breadcrumb():
    headline = "Home Credit Việt Nam được vinh danh doanh nghiệp bền vững"
    parsed, _ = parse_text(article(headline, f"{headline} năm 2023 do hiệp hội tổ chức tại Hà Nội.", BODY))
    assert parsed["title"] == headline


def test_a_long_headline_closed_by_a_period_above_its_date_line_is_the_title():
    headline = ("Chi cục Thủy lợi vùng II tham gia cùng Đoàn công tác của Cục Thủy lợi kiểm tra công tác phòng chống "
                "hạn hán và xâm nhập mặn tại các tỉnh Bến Tre, Trà Vinh.")
    lead = "Thực hiện Văn bản số 112/TL-PCTT của Cục Thủy lợi, đoàn công tác đã kiểm tra tại hai tỉnh."
    parsed, _ = parse_text(article(headline, "08/03/2024", lead, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, lead)
    # A sentence of that length that tells its time is the text's.
    told = ("Sáng ngày 7/3, Chi cục Thủy lợi vùng II đã tham gia cùng Đoàn công tác của Cục Thủy lợi kiểm tra công tác "
            "phòng chống hạn hán và xâm nhập mặn tại các tỉnh Bến Tre, Trà Vinh.")
    parsed, _ = parse_text(article(told, "08/03/2024", lead, BODY))
    assert parsed["title"] != told


def test_a_first_sentence_with_a_full_date_after_its_time_word_is_the_lead_not_a_title():
    first = "Sáng ngày 08/3/2024 Chi bộ Trường long trọng tổ chức Đại hội đảng viên lần thứ I, nhiệm kỳ 2024-2027."
    text = ("Thực hiện Kế hoạch số 99-KH/HU của Huyện ủy, sáng ngày 08/3/2024 Chi bộ Trường long trọng tổ chức Đại hội "
            "đảng viên lần thứ I, nhiệm kỳ 2024-2027. Đại hội đã thành công tốt đẹp.")
    parsed, _ = parse_text(article(first, text, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, first)


@pytest.mark.parametrize(("signature", "writer"), [
    ("Thu Hà - PVHTT", "Thu Hà"),
    ("Quý Trường- Huyện đoàn", "Quý Trường"),
    ("Phước Bình/ Công ty Lâm nghiệp Tiền Phong", "Phước Bình"),
    ("Ngô Đức Thắng – Chủ tịch Công đoàn các KCN", "Ngô Đức Thắng"),
    ("VĂN HUYÊN, Phó chủ tịch công đoàn mỏ Hầm lò II", "VĂN HUYÊN"),
    ("Anh Tuấn - PC66", "Anh Tuấn"),
    ("Xuân Hùng - LĐO", "Xuân Hùng"),
])
def test_a_signature_with_its_affiliation_after_the_text_signs_it(signature, writer):
    parsed, found = parse_text(article(TITLE, LEAD, BODY, signature, "Các tin đã đưa ngày:"))
    assert found == [{"name": writer, "roles": ["text"]}]
    assert signature not in parsed["body"] and signature not in parsed["captions"]


def test_two_writers_with_their_agency_are_both_authors_and_a_person_after_the_text_is_no_signature():
    parsed, found = parse_text(article(TITLE, LEAD, BODY, "Thu Hoài – Đinh Hằng (TTXVN)"))
    assert [author["name"] for author in found] == ["Thu Hoài", "Đinh Hằng"]
    # A form of address makes the line a person's caption, whatever the name.
    for person in ("Bà Ramla Khalidi, Trưởng đại diện thường trú", "Ông Nguyễn Văn Hải - Giám đốc Sở Y tế",
                   "Anh Nguyễn Văn Tú - Bí thư Chi đoàn"):
        parsed, found = parse_text(article(TITLE, LEAD, BODY, person))
        assert found == [], person
    # A writer's initials stay the writer's: alone, beside a name, in a labelled credit.
    for signature, writers in (("LA", ["LA"]), ("Hồng Nhung - TN", ["Hồng Nhung", "TN"]), ("Ảnh: TN - HP", ["TN", "HP"])):
        parsed, found = parse_text(article(TITLE, LEAD, BODY, signature))
        assert [author["name"] for author in found] == writers, signature


@pytest.mark.parametrize("lines", [
    # A portrait's caption beside the writer's name, a list of delegates: no signature among them.
    ["Nguyễn Văn Hùng - Giám đốc Sở Y tế tỉnh", "Thu Hà"],
    ["Thu Hà", "Nguyễn Văn Hùng - Giám đốc Sở Y tế tỉnh"],
    ["Lê Văn Tám - Bí thư Chi bộ thôn 3", "Phạm Thị Hoa - Chi hội trưởng Hội Nông dân"],
    # A person's act, a form of address, a degree, a title of merit.
    ["Nguyễn Văn Hùng - Giám đốc Sở Y tế phát biểu tại hội nghị"], ["Thầy Nguyễn Văn Hùng - Hiệu trưởng nhà trường"],
    ["TS Nguyễn Văn Hùng - Viện trưởng"], ["NSND Thanh Hoa - người gắn bó"],
    # Places, headlines, sections, bodies.
    ["Thừa Thiên - Huế"], ["Festival Huế - Kỳ lễ hội năm 2024"], ["Xem Thêm - tin tức mới nhất"],
    ["Nguyễn Du - đại thi hào dân tộc"], ["Hội LHPN - xã Tân Lập"], ["TTVH - TT huyện"], ["Chi Bộ - Ban Tuyên giáo"],
    ["Hội Nông Dân - Trung tâm Y tế"], ["Văn Hóa - Xã hội"],
])
def test_a_name_and_more_after_the_text_that_is_no_writers_affiliation_signs_nothing(lines):
    parsed, found = parse_text(article(TITLE, LEAD, BODY, *lines))
    assert not [author for author in found if author["name"] != "Thu Hà"]
    assert lines[-1] in parsed["body"] + parsed["captions"] or lines[-1] == "Thu Hà"


def test_a_follow_button_names_the_site_it_follows():
    parsed, _ = parse_text(article(TITLE, DATE, "Theo dõi KT&TD trên", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == (TITLE, LEAD, "KT&TD")
    # In the text, following is an act, not a button.
    parsed, _ = parse_text(article(TITLE, DATE, LEAD, "Người dân theo dõi trận đấu trên màn hình lớn.", BODY))
    assert parsed["outlet"] is None


@pytest.mark.parametrize(("credit", "writer"), [
    ("Tin và ảnh: Thiếu tá Phạm Văn Thắng, Phòng Chính trị Công ty.", "Phạm Văn Thắng"),
    ("Tin và ảnh: Đại đức Thích Thiện Đức", "Thích Thiện Đức"),
])
def test_a_credits_rank_and_unit_are_no_part_of_the_name(credit, writer):
    parsed, found = parse_text(article(TITLE, LEAD, BODY, credit))
    assert found == [{"name": writer, "roles": ["photo", "text"]}]
    assert credit not in parsed["body"]


@pytest.mark.parametrize("line", [
    "Ảnh: Đại úy Nguyễn Văn An, Trung úy Trần Văn Bình",  # a second photographer is no unit
    "Ảnh: Nguyễn Văn Hùng, Chủ tịch UBND xã trao quà cho hộ nghèo",  # a person's act: a caption
    "Video: Nguyễn Văn Hùng - Chủ tịch UBND xã trả lời phỏng vấn",
])
def test_a_line_under_a_credits_label_that_is_no_credit_credits_nobody(line):
    parsed, found = parse_text(article(TITLE, LEAD, BODY, line))
    assert found == []


def test_a_follow_button_that_names_no_site_names_no_outlet():
    for button in ("Theo dõi chúng tôi trên Google News", "Theo dõi Fanpage trên"):
        parsed, _ = parse_text(article(TITLE, DATE, button, LEAD, BODY))
        assert parsed["outlet"] is None, button
