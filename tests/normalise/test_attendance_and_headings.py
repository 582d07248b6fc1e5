"""Lines that read as captions by their length but are the report's text or its headings: who came to the event,
the occasion's opening cliché, a heading that names its topic; and the dated first sentence above who came, a lead
and no title."""

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
    "Dự, chỉ đạo Đại hội có đồng chí Đoàn Hồng Phong - Phó Bí thư Tỉnh ủy",
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


@pytest.mark.parametrize("caption", [
    "Về dự Đại hội, đồng chí Nguyễn Văn Hùng trao hoa chúc mừng Ban Chấp hành",
    "Hòa chung niềm vui ngày hội, học sinh nhà trường biểu diễn văn nghệ",
    "Thành phần đoàn công tác chụp ảnh lưu niệm với lãnh đạo xã",
    # (... an act after a comma, whatever words follow; a scene described, not a topic named.)
    "Về dự Đại hội, đồng chí Nguyễn Văn Hùng trao giấy khen cho các tập thể có thành tích xuất sắc",
    "Nội dung chương trình phong phú, hấp dẫn",
    "Một số hoạt động của Hội phụ nữ xã",
])
def test_a_caption_that_opens_with_the_same_words_but_tells_an_act_stays_a_caption(caption):
    parsed, _ = parse_text(article(TITLE, LEAD, caption, BODY))
    assert caption in parsed["captions"]



ATTENDANCE = "Đến dự buổi sinh hoạt có đồng chí Vũ Thị Lan - Phó Bí thư Đảng ủy phường và các đảng viên"


@pytest.mark.parametrize("opening", [
    "Ngày 4/5/2023, Chi bộ Mầm non Sao Sáng tổ chức sinh hoạt chi bộ thường kỳ tháng 5",
    "Ngày 24 tháng 9 năm 2022 Trường Mầm non An Bình tổ chức Hội nghị Người lao động năm học 2022 - 2023",
])
def test_a_dated_first_line_above_who_came_is_the_lead_of_a_page_without_title(opening):
    parsed, _ = parse_text("\n\n".join((opening, ATTENDANCE, BODY)))
    assert parsed["title"] is None
    assert parsed["lead"] == opening


def test_a_headline_above_who_came_and_a_dated_headline_above_its_lead_stay_titles():
    parsed, _ = parse_text("\n\n".join((TITLE, ATTENDANCE, BODY)))
    assert parsed["title"] == TITLE
    dated = "Ngày 20/11: Trường tiểu học tri ân thầy cô giáo"
    parsed, _ = parse_text(article(dated, LEAD, BODY))
    assert parsed["title"] == dated


@pytest.mark.parametrize("heading", ["Nội dung và mục tiêu Đại hội", "Thành phần tham dự", "Một số công tác khác.",
                                     "Hình thức đại hội công đoàn cơ sở."])
def test_a_short_heading_that_names_its_topic_is_no_caption(heading):
    parsed, _ = parse_text(article(TITLE, LEAD, heading, BODY))
    assert heading not in parsed["captions"]
    assert heading in parsed["body"]


@pytest.mark.parametrize("headline", ["Sáng 20/11: Trường THCS Lê Lợi kỷ niệm ngày Nhà giáo Việt Nam",
                                      "Ngày 8/3, Hội LHPN huyện gặp mặt kỷ niệm ngày Quốc tế Phụ nữ"])
def test_a_dated_headline_without_its_year_above_who_came_stays_the_title(headline):
    parsed, _ = parse_text("\n\n".join((headline, "Tham dự buổi lễ có đồng chí Vũ Thị Lan - Phó Bí thư Đảng ủy", BODY)))
    assert parsed["title"] == headline


@pytest.mark.parametrize("attendance", [
    "Về dự và chỉ đạo Đại hội có đồng chí Lê Văn Hùng – Phó Chủ tịch Hội Cựu chiến binh tỉnh.",
    "Dự và chỉ đạo Đại hội có đồng chí Trần Văn Bình, Bí thư Huyện ủy.",
    "Tham dự, chỉ đạo Đại hội có đồng chí Trần Văn Bình, Bí thư Huyện ủy.",
    "Dự hội nghị có đồng chí Trần Văn Bình báo cáo kết quả công tác.",
])
def test_who_came_under_a_persons_caption_is_not_the_captions_broken_end(attendance):
    # A caption of a person, a dash and the office, then the attendance sentence on the next line: two lines, the
    # caption whole and who came as text (the attendance names an act, "chỉ đạo", a broken caption's end would).
    caption = "Đồng chí Lê Văn Hùng - Phó Chủ tịch Hội Cựu chiến binh tỉnh tặng hoa chúc mừng Đại hội"
    parsed, _ = parse_text(article(TITLE, LEAD, f"{caption}\n{attendance}", BODY))
    assert caption in parsed["captions"]
    assert attendance in parsed["body"]


@pytest.mark.parametrize("first, second", [
    ("Đồng chí Phạm Văn An - Phó Trưởng Ban", "Kinh tế Trung ương tặng hoa chúc mừng Đại hội"),
    # ("Dự" opens who came only before a comma: here an office's name goes on.)
    ("Ông Nguyễn Văn Hải - Giám đốc Ban Quản lý", "Dự án đầu tư xây dựng tỉnh báo cáo tiến độ công trình"),
])
def test_a_caption_broken_after_the_dash_is_still_joined(first, second):
    # (The counter-example: the office goes on in capitals on the next line, up to the act.)
    parsed, _ = parse_text(article(TITLE, LEAD, f"{first}\n{second}", BODY))
    assert f"{first} {second}" in parsed["captions"]
