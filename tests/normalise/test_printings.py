"""A headline printed again under itself (whole, in pieces, in another case, past a widget), a body's name printed
as a masthead, a date line in English (issue 20; each shape seen on two sites or more)."""

import pytest

from tests.conftest import BODY, LEAD, article, parse_text

# The module's articles are parsed in one batch before its tests run (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")


def test_the_title_printed_again_in_pieces_is_not_the_lead():
    title = "Đại hội Chi bộ Bảo tàng tỉnh Lần thứ VI, nhiệm kỳ 2022-2025"
    parsed, _ = parse_text(article(title, "Đại hội Chi bộ Bảo tàng tỉnh", "Lần thứ VI, nhiệm kỳ 2022-2025", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (title, LEAD)


@pytest.mark.parametrize(("title", "again"), [
    ("Đại hội chi bộ cơ quan Phòng giáo dục và đào tạo huyện Đức Trọng",
     "Đại hội chi bộ cơ quan Phòng Giáo dục và Đào tạo huyện Đức Trọng"),  # another letter case
    ("Hội đồng Thi đua - Khen thưởng tỉnh họp phiên thứ hai năm 2020",
     "Hội đồng Thi đua – Khen thưởng tỉnh họp phiên thứ hai năm 2020"),  # another dash
])
def test_the_title_printed_again_in_another_case_or_dash_is_not_the_lead(title, again):
    parsed, _ = parse_text(article(title, again, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (title, LEAD)


def test_a_line_of_a_meetings_number_and_term_is_no_lead():
    title = "Đại hội chi bộ cơ quan Phòng Giáo dục huyện Đức Trọng"
    for number in ("Lần thứ X, nhiệm kỳ 2020-2025", "Nhiệm kỳ 2022 - 2027.", "Khóa XV, kỳ họp thứ 5"):
        parsed, _ = parse_text(article(title, number, LEAD, BODY))
        assert parsed["lead"] == LEAD, number


def test_the_lead_is_under_the_titles_printing_past_a_widget():
    headline = "Đảng bộ vườn quốc gia tổ chức Đại hội lần thứ XI nhiệm kỳ 2020 - 2025"
    widget = ("5 lời nhắn gửi đến du khách: hãy đặt trước các dịch vụ và đem theo áo ấm; xe máy không được phép lên "
              "đỉnh núi; bạn có thể bị phạt tiền nếu xả rác hay bẻ cành khi tham quan.")
    parsed, _ = parse_text(article("6a9daad2 " + headline, widget, headline, LEAD, BODY))
    assert parsed["lead"] == LEAD
    # A sapo between the title and its printing takes up the title's words: it stays the lead.
    title = "Đảng ủy Khối cơ quan tỉnh: Kết nạp 37 quần chúng ưu tú vào Đảng"
    sapo = "Quý I, Đảng ủy Khối cơ quan tỉnh kết nạp 37 quần chúng ưu tú vào Đảng, đúng nguyên tắc, quy trình."
    parsed, _ = parse_text(article(title, sapo, title, BODY))
    assert (parsed["title"], parsed["lead"]) == (title, sapo)
    # ... and so does one that opens as text, whatever words it shares (the title printed again as a picture's alt).
    title = "Xây dựng đội ngũ luật sư ngang tầm khu vực và thế giới"
    sapo = ("Sáng 26/12, tại Hà Nội, Liên đoàn Luật sư Việt Nam tổ chức Đại hội đại biểu toàn quốc lần thứ III, nhiệm "
            "kỳ 2021-2026.")
    parsed, _ = parse_text(article(title, sapo, title, BODY))
    assert parsed["lead"] == sapo


@pytest.mark.parametrize("masthead", ["GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH BÌNH ĐỊNH", "Liên hiệp Hội Thừa Thiên Huế"])
def test_a_bodys_name_closed_by_a_place_is_the_masthead_not_the_title(masthead):
    headline = "Ban Trị sự tỉnh họp phiên đầu tiên khóa VII"
    parsed, _ = parse_text(article(masthead, headline, LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == (headline, LEAD, masthead)


def test_the_kind_of_site_alone_names_no_outlet_the_name_under_it_does():
    headline = "Cảnh sát PCCC tỉnh đón nhận Huân chương chiến công hạng Nhì"
    parsed, _ = parse_text(article("Trang thông tin điện tử", "CÔNG AN THÀNH PHỐ HÀ TĨNH", headline, LEAD, BODY))
    assert (parsed["title"], parsed["outlet"]) == (headline, "CÔNG AN THÀNH PHỐ HÀ TĨNH")


@pytest.mark.parametrize("headline", ["Công an lên tiếng vụ chém nát vườn chuối ở Hải Phòng",
                                      "Hội thao Công an tỉnh Quảng Bình", "HỘI NGHỊ XÚC TIẾN ĐẦU TƯ TỈNH KON TUM",
                                      "Sở Y tế khuyến cáo phòng chống sốt xuất huyết Hà Nội"])
def test_a_headline_of_a_body_or_an_event_closed_by_a_place_stays_the_title(headline):
    parsed, _ = parse_text(article(headline, LEAD, BODY))
    assert parsed["outlet"] is None and parsed["title"] in (headline, None)
    # ... and under the lead it stays in the text (not dropped as the site's name).
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, headline, BODY))
    assert headline in parsed["body"] + parsed["captions"]


@pytest.mark.parametrize(("stamp", "day"), [("Monday, September 25, 2017", "2017-09-25"), ("Dec 26, 2021", "2021-12-26"),
                                            ("Tue. Aug 9th, 2022", "2022-08-09"), ("25 September 2017", "2017-09-25")])
def test_a_date_line_in_english_is_the_publication_date(stamp, day):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", stamp, LEAD, BODY))
    assert str(parsed["published_at"])[:10] == day and stamp not in " ".join(parsed["body"])


def test_a_pictures_numbered_label_makes_a_caption_never_the_lead():
    caption = "Hình 1: Ông Lê Thanh Hưng – Tổng Giám đốc Công ty kiểm tra vườn cây cao su tại nông trường"
    parsed, _ = parse_text(article("Tổng Giám đốc Công ty kiểm tra vườn cây", caption, LEAD, BODY))
    assert parsed["lead"] == LEAD
    parsed, _ = parse_text(article("Tổng Giám đốc Công ty kiểm tra vườn cây", LEAD, BODY, caption, BODY,
                                   "Ảnh 2: Hệ thống thu hoạch chuối cấy mô tại Thanh An", BODY))
    assert parsed["captions"] == [caption, "Ảnh 2: Hệ thống thu hoạch chuối cấy mô tại Thanh An"]
    # ... with a full stop after its number too; a numbered point of the text is no picture's label.
    labelled = "Hình 1. GS.TS. Nguyễn Việt Anh - Chủ tịch Hội đồng điều khiển phiên họp"
    point = "1. Đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên về công tác cải cách hành chính."
    parsed, _ = parse_text(article("Hội đồng nghiệm thu đề tài cấp Bộ", LEAD, labelled, BODY, point))
    assert parsed["captions"] == [labelled] and point in parsed["body"]


def test_a_sites_name_before_its_separator_is_the_outlet_without_it():
    parsed, _ = parse_text(article("Tạp chí Sông Hương -", "Thư viện tỉnh đạt Giải nhất liên hoan giới thiệu sách",
                                   LEAD, BODY))
    assert parsed["outlet"] == "Tạp chí Sông Hương"


def test_a_word_alone_above_the_date_line_is_no_title():
    headline = "Xây dựng đội ngũ luật sư ngang tầm khu vực và thế giới"
    for stamp in ("26/12/2021 08:30", "Dec 26, 2021"):
        parsed, _ = parse_text(article("Tin Giải Trí", headline, "Byadmin", stamp, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == (headline, LEAD), stamp


def test_a_given_name_like_an_english_weekday_stays_the_bylines():
    _, authors = parse_text(article("Hội nghị sơ kết công tác", "Thu Hà | 15/12/2022 09:55", LEAD, BODY))
    assert authors == [{"name": "Thu Hà", "roles": ["text"]}]
