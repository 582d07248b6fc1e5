"""Lines that read as captions by their length but are the report's text or its headings: who came to the event,
the occasion's opening cliché, a heading of who attended, a gallery's announcement."""

import pytest

from tests.conftest import BODY, LEAD, article, parse_text

# The articles of the module's tests are parsed together, in one call (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")

TITLE = "Trường tiểu học tổ chức lễ kỷ niệm ngày Nhà giáo Việt Nam"


@pytest.mark.parametrize("sentence", [
    "Về dự với Đại hội có đồng chí Trần Thị Phương - Bí thư chi bộ - Hiệu trưởng",
    "Đến tham dự buổi lễ có bà Hồ Quế Chi - Phó Chủ tịch Hội Chữ thập đỏ huyện",
    "Về dự và chỉ đạo Hội nghị có đồng chí Lê Tuấn Hùng – Phó Chủ tịch Hội",
    "Hoà chung không khí của cả nước hướng về ngày nhà giáo Việt Nam 20/11",
    "Hòa trong không khí phấn khởi của cả nước chào mừng ngày Nhà giáo Việt Nam",
])
def test_who_came_to_the_event_and_the_occasions_opening_are_text_not_captions(sentence):
    parsed, _ = parse_text(article(TITLE, LEAD, sentence, BODY))
    assert sentence not in parsed["captions"]
    assert sentence in parsed["body"]


def test_a_projects_name_after_the_same_words_is_no_attendance():
    # "Về dự án ..." is about a project: the caption-shaped line stays a caption.
    line = "Về dự án cải tạo nhà lớp học của trường"
    parsed, _ = parse_text(article(TITLE, LEAD, line, BODY))
    assert line in parsed["captions"]


@pytest.mark.parametrize("heading", ["Thành phần tham dự", "Thành phần đoàn công tác"])
def test_a_heading_of_who_attended_is_no_caption(heading):
    parsed, _ = parse_text(article(TITLE, LEAD, heading, BODY))
    assert heading not in parsed["captions"]


def test_a_long_announcement_of_pictures_is_no_caption():
    line = "Một số hình ảnh hoạt động tại Văn phòng Chi cục Kiểm lâm và các đơn vị trực thuộc"
    parsed, _ = parse_text(article(TITLE, LEAD, line, BODY))
    assert line not in parsed["captions"]

