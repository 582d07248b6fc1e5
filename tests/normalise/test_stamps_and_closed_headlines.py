"""A date stamp run into the text around it, a dateline code alone before its dash, a report's preamble, a long
headline closed by a period, a deck under the title, a byline above the article (issue 20; each shape seen on two
sites or more)."""

import pytest

from tests.conftest import BODY, LEAD, article, parse_text

# The module's articles are parsed in one batch before its tests run (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")

TITLE = "Hội Chữ thập đỏ huyện tổng kết công tác năm qua"
SAPO = "Nhằm đánh giá kết quả hoạt động trong năm, Hội Chữ thập đỏ huyện tổng kết công tác và trao thưởng hội viên."


@pytest.mark.parametrize("stamp", ["14/03/2023 | 09:15", "14/03/2023 - 09:15", "14/03/2023, 09:15"])
def test_a_date_and_time_with_a_separator_glued_to_the_lead_go_apart(stamp):
    parsed, _ = parse_text(article(TITLE, stamp + SAPO, BODY))
    assert (parsed["title"], f"{parsed['published_at']:%Y-%m-%dT%H:%M}", parsed["lead"]) == (TITLE, "2023-03-14T09:15", SAPO)


def test_a_headline_glued_to_its_stamp_and_its_lead_is_three_lines():
    parsed, _ = parse_text(article(f"{TITLE}14/03/2023 - 09:15:00 {LEAD}", BODY))
    assert (parsed["title"], f"{parsed['published_at']:%Y-%m-%dT%H:%M}", parsed["lead"]) == (TITLE, "2023-03-14T09:15", LEAD)


def test_a_name_alone_before_its_dash_is_the_dateline_code_not_the_title():
    parsed, _ = parse_text(article("Công Thương -", SAPO, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == (None, SAPO, "Công Thương")
    # Above the headline, the site's name so printed stays out of the title.
    parsed, _ = parse_text(article("Tạp chí Văn nghệ Sông Lam -", TITLE, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (TITLE, LEAD)


def test_a_preamble_that_opens_with_thuc_hien_is_the_lead_not_the_title():
    preamble = ("Thực hiện Kế hoạch số 12-KH/ĐU ngày 02/3/2024 của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ "
                "2024 - 2027, chi bộ trường tổ chức đại hội.")
    then = "Được sự nhất trí của Đảng ủy xã, chiều ngày 20/3/2024, chi bộ trường đã tổ chức đại hội nhiệm kỳ mới."
    parsed, _ = parse_text(article(preamble, then, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, preamble)


LONG_HEADLINE = ("Trung tâm Y tế huyện dâng hương tưởng niệm danh y Tuệ Tĩnh tại đền thờ của xã nhân kỷ niệm ngày sinh "
                 "của danh y và ngày Thầy thuốc Việt Nam (1955-2024).")
TOLD = "Ngày 26 tháng 2 năm 2024, lãnh đạo Trung tâm Y tế huyện cùng cán bộ dâng hương tưởng niệm danh y Tuệ Tĩnh tại đền thờ."


def test_a_long_headline_closed_by_a_period_that_tells_no_time_is_the_title():
    assert len(LONG_HEADLINE) > 150
    parsed, _ = parse_text(article(LONG_HEADLINE, TOLD, BODY))
    assert (parsed["title"], parsed["lead"]) == (LONG_HEADLINE, TOLD)


@pytest.mark.parametrize("told", ["đã dâng hương", "vừa dâng hương", "ngày 26/2/2024 dâng hương"])
def test_a_long_sentence_that_tells_its_time_opens_the_text(told):
    sentence = LONG_HEADLINE.replace("dâng hương", told, 1)
    parsed, _ = parse_text(article(sentence, TOLD, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, sentence)


def test_a_deck_under_the_title_is_no_lead():
    headline = "Giải bóng chuyền các câu lạc bộ tỉnh năm 2024"
    deck = "Đội Tân Hiệp giành cúp vô địch"
    parsed, _ = parse_text(article(headline, deck, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, LEAD)
    # A line longer than the title is its sapo, and one that tells its time or holds a clause's comma is text.
    for sapo in ("Mục tiêu của huyện trong năm nay là có thêm khoảng 500 hộ kinh doanh mới",
                 "Đội Tân Hiệp đã giành cúp", "Chung cuộc, đội Tân Hiệp thắng"):
        parsed, _ = parse_text(article(headline, sapo, LEAD, BODY))
        assert parsed["lead"] == sapo, sapo


def test_a_name_alone_above_the_article_is_its_byline():
    parsed, authors = parse_text(article("Minh Tâm", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], authors) == (None, LEAD, [{"name": "Minh Tâm", "roles": ["text"]}])
    parsed, authors = parse_text(article("Minh Tâm", TITLE, LEAD, BODY))
    assert (parsed["title"], authors) == (TITLE, [{"name": "Minh Tâm", "roles": ["text"]}])
    # A name the text takes up is its subject, the headline.
    parsed, _ = parse_text(article("Minh Tâm", "Minh Tâm, chủ nhiệm hợp tác xã, kể lại chuyện làm giàu. " + LEAD, BODY))
    assert parsed["title"] == "Minh Tâm"
    # A section's name in capitals on the first line is no writer's ("TIN TỨC").
    parsed, authors = parse_text(article("TIN TỨC", TITLE, LEAD, BODY))
    assert (parsed["title"], authors) == (TITLE, [])


def test_what_the_rules_above_leave_alone():
    # A headline that implements something, closed by its period, with no clause: still the title.
    headline = "Thực hiện tốt công tác dân vận trong tình hình mới."
    text = ("Theo kế hoạch của Đảng ủy, công tác dân vận trong tình hình mới được thực hiện tốt ở các chi bộ. "
            "Các chi bộ đã tổ chức học tập chuyên đề.")
    parsed, _ = parse_text(article(headline, text, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, text)
    # A long first sentence above a paragraph that does not open with its time is the lead of a page with no title.
    sapo = ("Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai chương trình chuyển đổi số trong các cơ quan nhà nước "
            "giai đoạn 2024 - 2025 và định hướng đến năm 2030.")
    then = "Theo kế hoạch, Ủy ban nhân dân tỉnh triển khai chương trình chuyển đổi số trong các cơ quan nhà nước."
    parsed, _ = parse_text(article(sapo, then, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, sapo)
    # A place's name, or a person the text goes on to speak of, is a headline, not a byline.
    parsed, authors = parse_text(article("Cao Bằng", LEAD, BODY))
    assert (parsed["title"], authors) == ("Cao Bằng", [])
    profile = "Nhà thơ năm nào nay đã bước sang tuổi lục tuần. Trần Đăng Khoa vẫn làm thơ mỗi ngày."
    parsed, authors = parse_text(article("Trần Đăng Khoa", profile, BODY))
    assert (parsed["title"], authors) == ("Trần Đăng Khoa", [])
    # A section's name before a dangling dash names no outlet (the registry knows none of that name).
    parsed, _ = parse_text(article(TITLE, "Thời sự trong nước -", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == (TITLE, LEAD, None)


def test_a_headline_in_capitals_above_a_lead_short_enough_for_a_headline_is_the_title():
    # (The lead, a sentence of under 250 characters, was taken for the opening of a page without title: CB15.)
    headline = "KÝ KẾT BAO TIÊU LÚA CHO NÔNG DÂN"
    lead = ("Từ đầu năm đến nay, công ty đã ký kết thu mua lúa gạo với trên 10 hợp tác xã cho bà con nông dân trong "
            "tỉnh.")
    body = "Việc ký kết bao tiêu lúa cho bà con nông dân gặp không ít khó khăn do thói quen sản xuất nhỏ lẻ. " + BODY
    parsed, _ = parse_text(article(headline, lead, body))
    assert (parsed["title"], parsed["lead"]) == (headline, lead)


@pytest.mark.parametrize("opening", ["Vào ngày 13 tháng 4 năm 2021, Hội nghị người lao động của khối Văn phòng",
                                     "Vào chiều ngày 23/02/2023, Công đoàn trường tổ chức hội thao cho"])
def test_a_short_line_in_capitals_over_a_line_that_opens_as_a_paragraph_is_its_headline(opening):
    # (Not a label over the title: the line under it is the text, however it was broken.)
    headline = "HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2021"
    parsed, _ = parse_text(article(headline, opening, "toàn thể cán bộ, công nhân viên của công ty.", BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, opening)


@pytest.mark.parametrize("closing", ["Hội nghị kết thúc thành công tốt đẹp.",
                                     "Chương trình kết thúc lúc 12 giờ sau lời cầu nguyện của Mục sư X."])
def test_a_sentence_that_tells_the_event_ended_is_text_not_a_caption(closing):
    parsed, _ = parse_text(article(TITLE, SAPO, BODY, closing, BODY))
    assert closing not in parsed["captions"] and closing in parsed["body"]


@pytest.mark.parametrize(("opening", "day"), [
    ("Vào lúc 8g30 sáng thứ tư 29-6-2011, tại nhà thờ chính tòa", "2011-06-29"),
    ("Sáng Chúa Nhật, 26/10/2014, Đức Giám mục", "2014-10-26"),
    ("Vào lúc 8g30 thứ Ba ngày 25.10.2022, Đức cha", "2022-10-25"),
])
def test_the_day_of_the_week_between_the_part_of_the_day_and_the_date_of_the_leads_event(opening, day):
    parsed, _ = parse_text(article(TITLE, f"{opening} tổng kết công tác của Hội.", BODY))
    assert str(parsed["event_date"]) == day
    # Alone, a weekday's words are an ordinal or an announced day: they date nothing.
    for lead in ("Đại hội lần thứ hai, 7/10 đại biểu tán thành.", "Thứ Bảy 20/7 tới đây, huyện sẽ tổ chức giải chạy."):
        parsed, _ = parse_text(article(TITLE, lead, BODY))
        assert parsed["event_date"] is None, lead


@pytest.mark.parametrize("clock", ["Vào lúc 8h30 sáng ngày 20/10/2020", "Lúc 7h15 phút ngày 22/6/2017", "Hồi 14 giờ ngày 1-7"])
def test_a_first_sentence_that_opens_with_the_clock_is_the_lead_not_a_caption(clock):
    lead = f"{clock}, Công đoàn trường tổ chức hội nghị sơ kết hoạt động giữa nhiệm kỳ."
    parsed, _ = parse_text(article(lead, "Hội nghị thông qua hai vấn đề chính:", "1. Báo cáo sơ kết giữa nhiệm kỳ.", BODY))
    assert (parsed["title"], parsed["lead"], parsed["captions"]) == (None, lead, [])


def test_a_caption_that_opens_with_the_clock_alone_stays_a_caption():
    caption = "Lúc 16h, dòng xe vẫn nhích từng chút qua trạm thu phí"
    parsed, _ = parse_text(article("Ùn tắc kéo dài tại trạm thu phí", LEAD, caption, BODY))
    assert parsed["captions"] == [caption]


@pytest.mark.parametrize("mark", ["./.", "./-"])
def test_a_sentence_closed_by_the_mark_that_ends_a_text_is_no_caption(mark):
    closing = f"Hội nghị diễn ra trong không khí dân chủ, hứa hẹn một năm học mới nhiều thành công{mark}"
    parsed, _ = parse_text(article(TITLE, LEAD, BODY, closing, "Một số hình ảnh tại Hội nghị"))
    assert closing not in parsed["captions"] and closing in parsed["body"]


def test_a_caption_under_the_title_is_no_lead():
    caption = "Quang cảnh buổi lễ trao thưởng cho các hội viên xuất sắc"
    parsed, _ = parse_text(article(TITLE, caption, LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["captions"]) == (TITLE, LEAD, [caption])
    # A sapo of a caption's shape that opens as no caption does stays the lead.
    sapo = "Nhiều hội viên xuất sắc được trao thưởng trong năm nay"
    parsed, _ = parse_text(article(TITLE, sapo, LEAD, BODY))
    assert parsed["lead"] == sapo


def test_a_units_name_above_a_figurative_headline_leaves_it_the_title():
    # The unit's name shares the lead's words and the headline none: only a later line sharing them unseats a line.
    # (A fresh-eyes review's counter-example to a rule tried and withdrawn.)
    headline = "Xuân ấm áp, Tết sẻ chia"
    lead = "Chiều 20/1, Hội Chữ thập đỏ huyện Hải Hậu phối hợp với các nhà hảo tâm trao 200 suất quà Tết cho hộ nghèo."
    parsed, _ = parse_text(article("Hội Chữ thập đỏ huyện Hải Hậu", headline, "20/01/2024", lead, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, lead)


@pytest.mark.parametrize("sentence", ["Kết quả kiểm tra phát hiện 5 cơ sở vi phạm.",
                                      "Kết quả giám định xác định nạn nhân tử vong do ngạt nước."])
def test_a_result_told_in_one_sentence_between_paragraphs_is_text_not_a_caption(sentence):
    # (A review's probes: "Kết quả" with its noun opens sentences of text as often as headlines.)
    parsed, _ = parse_text(article(TITLE, LEAD, BODY, sentence, BODY))
    assert sentence in parsed["body"] and sentence not in parsed["captions"]
