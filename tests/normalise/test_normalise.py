"""Normalise: table-driven rules over small articles in the layouts seen on Vietnamese news pages."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import BODY, LEAD, article, parse_text

VN = ZoneInfo("Asia/Ho_Chi_Minh")

# The articles of all the tests are parsed in batches first (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")


@pytest.mark.parametrize(
    "date_line, published",
    [
        ("29/12/2021 - 19:05", datetime(2021, 12, 29, 19, 5, tzinfo=VN)),
        ("18:24 - Thứ Hai, 10/01/2022 Lượt xem: 3700 In bài viết", datetime(2022, 1, 10, 18, 24, tzinfo=VN)),
        ("Thứ 5, 20/01/2022 | 19:35:08", datetime(2022, 1, 20, 19, 35, 8, tzinfo=VN)),
        ("Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)", datetime(2019, 8, 2, 15, 34, tzinfo=VN)),
        ("Thứ Bảy, 05.03.2022 - 08h15", datetime(2022, 3, 5, 8, 15, tzinfo=VN)),
        ("Ngày đăng: 05-03-2022", datetime(2022, 3, 5, tzinfo=VN)),
    ],
)
def test_publication_date_line_forms(date_line, published):
    parsed, _ = parse_text(article("Tiêu đề bài viết về hội nghị", date_line, LEAD, BODY))
    assert parsed["published_at"] == published
    assert parsed["published_has_time"] == bool(published.hour or published.minute)
    assert parsed["title"] == "Tiêu đề bài viết về hội nghị"
    assert parsed["lead"] == LEAD


def test_page_header_today_is_not_the_publication_date():
    parsed, _ = parse_text(
        article("Thứ 4, 01/05/2024, 07:29[GMT+7]", "Hội nghị tỉnh", "Thứ 5, 20/01/2022 | 19:35:08", LEAD, BODY)
    )
    assert parsed["title"] == "Hội nghị tỉnh"
    assert parsed["published_at"] == datetime(2022, 1, 20, 19, 35, 8, tzinfo=VN)


def test_date_line_above_the_title_is_used_when_it_is_the_only_one():
    parsed, _ = parse_text(article("Chính trị - Xã hội", "29/12/2021 - 19:05", "Hội nghị tỉnh", LEAD, BODY))
    assert parsed["published_at"] == datetime(2021, 12, 29, 19, 5, tzinfo=VN)
    assert parsed["category"] == "Chính trị - Xã hội"
    assert parsed["title"] == "Hội nghị tỉnh"


def test_a_header_date_above_the_title_gives_way_to_the_leads_date():
    # (A theme's top bar prints today, in words too: "Thứ bảy, Tháng mười một 23, 2024" over an article of 2023.)
    lead = "Chiều ngày 25/04/2023, Quận Đoàn tổ chức khánh thành sân chơi cho thiếu nhi của quận."
    parsed, _ = parse_text(article("Thứ bảy, Tháng mười một 23, 2024", "Khánh thành sân chơi thiếu nhi", lead, BODY))
    assert (parsed["title"], parsed["lead"], parsed["published_at"]) == (
        "Khánh thành sân chơi thiếu nhi", lead, datetime(2023, 4, 25, tzinfo=VN))
    # Under the title, the date line is the article's whatever its lead says.
    parsed, _ = parse_text(article("Khánh thành sân chơi thiếu nhi", "Thứ bảy, Tháng mười một 23, 2024", lead, BODY))
    assert parsed["published_at"] == datetime(2024, 11, 23, tzinfo=VN)
    # Only the day of the lead's event, not later than the header's: a date the lead merely states, or a day to
    # come, leaves the header's date the article's.
    for other in ("Huyện được thành lập ngày 6/11/1996 theo nghị quyết của Quốc hội và nay đã đổi mới nhiều mặt.",
                  "Sáng ngày 11/6/2025, huyện sẽ tổ chức lễ khánh thành sân chơi thiếu nhi của quận."):
        parsed, _ = parse_text(article("Thứ bảy, 23/11/2024", "Khánh thành sân chơi thiếu nhi", other, BODY))
        assert parsed["published_at"] == datetime(2024, 11, 23, tzinfo=VN), other


def test_a_date_that_does_not_exist_is_null():
    parsed, _ = parse_text(article("Hội nghị tỉnh", "31/02/2022 - 10:00", LEAD, BODY))
    assert parsed["published_at"] is None


@pytest.mark.parametrize(
    "lead, published_line, event",
    [
        ("Chiều 29/12, Ban Thường vụ họp.", "29/12/2021 - 19:05", date(2021, 12, 29)),
        ("Sáng 2-8, Ban Thường vụ họp.", "02/08/2019 - 15:34", date(2019, 8, 2)),
        ("Chiều nay (10/1), các cơ quan họp.", "10/01/2022 - 18:24", date(2022, 1, 10)),
        ("Chiều ngày 20/1, Ban Chấp hành họp.", "20/01/2022 - 19:35", date(2022, 1, 20)),
        # An article of 2 January about 30 December belongs to the year before.
        ("Tối 30/12, Ban Thường vụ họp.", "02/01/2022 - 08:00", date(2021, 12, 30)),
        ("Ngày 14/1/2022, BTV tổ chức hội nghị.", "20/01/2022 - 08:00", date(2022, 1, 14)),
        ("Ban Thường vụ đã họp.", "20/01/2022 - 08:00", None),
    ],
)
def test_event_date_from_the_lead(lead, published_line, event):
    parsed, _ = parse_text(article("Hội nghị tỉnh", published_line, lead, BODY))
    assert parsed["event_date"] == event


@pytest.mark.parametrize(
    "lead, body, event",
    [
        # The lead prints the same day and month with a year: an anniversary's, the latest of them.
        ("Nhân kỷ niệm 94 năm Ngày truyền thống (18.11.1930 - 18.11.2024), sáng 18.11, Ủy ban tổ chức họp mặt.",
         BODY, date(2024, 11, 18)),
        ("Nhân kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam (27-2-1955 – 27-2-2024), sáng 27-2, đoàn đến thăm bệnh viện.",
         BODY, date(2024, 2, 27)),
        # ... else the latest full date of the same month, or the month named with its year, of the web's years.
        ("Nhân kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2026), sáng 26/2, đoàn lãnh đạo phường "
         "đến thăm bệnh viện.", BODY, date(2026, 2, 26)),
        ("Chiều ngày 31/3, Sở Thông tin và Truyền thông tổ chức Hội nghị giao ban báo chí tháng 3/2017.", BODY,
         date(2017, 3, 31)),
        ("Sáng 5/4, Sở Thông tin và Truyền thông tổ chức Hội nghị giao ban báo chí tháng 3/2017.", BODY, None),
        ("Sáng 3/9, nhân dân tưởng nhớ ngày 2/9/1945 lịch sử tại quảng trường.", BODY, None),
        # (Not a date of the month that is no anniversary's span, a document's; nor a month after a word of a span,
        # a deadline or a past; nor two years of the month.)
        ("Sáng 15/3, Huyện ủy sơ kết 5 năm thực hiện Kế hoạch số 12-KH/HU ngày 10/3/2019 của Tỉnh ủy.", BODY, None),
        ("Sáng 6/9, công trình khởi công từ tháng 9/2022 đến nay đã hoàn thành 80% khối lượng.", BODY, None),
        ("Sáng 12/6, UBND tỉnh yêu cầu các sở hoàn thành trước tháng 6/2026.", BODY, None),
        ("Ngày 15/8, tòa xét xử vụ án xảy ra vào tháng 8/2021 tại xã.", BODY, None),
        ("Chiều 28/12, Sở báo cáo kết quả tháng 12/2023 và tháng 12/2024 tại hội nghị.", BODY, None),
        # ... else a span's within one year, its end dated (the end dates no page, its year the event's).
        ("Trong 2 ngày, từ ngày 14/3 đến ngày 15/3/2024, Đại hội đại biểu Đảng bộ xã đã diễn ra.", BODY,
         date(2024, 3, 14)),
        ("Sáng 2/4, Công an huyện tổng kết đợt cao điểm từ ngày 1/3 đến hết ngày 31/3/2024.", BODY, date(2024, 4, 2)),
        # Another year is no evidence: a plan's date, a year the lead names (a birth year, an award's year).
        ("Sáng 5/7, Ban Thường vụ Huyện ủy họp.", "Thực hiện Kế hoạch số 12-KH/HU ngày 02/3/2023 của Huyện ủy. " + BODY,
         None),
        ("Sáng nay (9-5), tòa tiếp tục xét xử ông Nguyễn Văn A, sinh năm 1973.", BODY, None),
        ("Chiều 10/2, Ban Thường vụ họp.", BODY, None),
        # ... else the one year the first sentence names an event of a kind named by its year.
        ("Tối 10/3, Lễ khai mạc Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023 đã diễn ra tại Đắk Lắk.", BODY,
         date(2023, 3, 10)),
        ("Ngày 12-7, Trung đoàn 236 tổ chức Liên hoan Nghệ thuật quần chúng năm 2023 với chủ đề Tổ quốc.", BODY,
         date(2023, 7, 12)),
        ("Ngày 12/3, Hội chợ năm 2018 khai mạc tại thành phố.", BODY, date(2018, 3, 12)),
        # Not a period's year that the meeting reviewing or planning it may follow, an award's, a span's, two years,
        # a year after the first sentence, a year of no named event.
        ("Ngày 10/1, Sở Y tế tổ chức Hội nghị tổng kết công tác năm 2022.", BODY, None),
        ("Ngày 10/1, Hội đồng trao Giải thưởng Vifotec năm 2016 cho các tác giả.", BODY, None),
        ("Ngày 5/9, Hội thi giáo viên dạy giỏi năm học 2023 - 2024 khai mạc.", BODY, None),
        ("Ngày 12/3, Hội thảo khoa học năm 2017 và Hội chợ năm 2018 khai mạc.", BODY, None),
        ("Ngày 12/3, Sở tổ chức tập huấn. Hội thi năm 2018 sẽ diễn ra sau.", BODY, None),
        ("Ngày 12/3, ông A giải quyết vụ việc tồn đọng từ năm 2016.", BODY, None),
    ],
)
def test_the_event_of_an_undated_article_takes_the_year_of_an_anniversary_of_its_day_or_month_or_of_a_named_event(lead, body, event):
    parsed, _ = parse_text(article("Hội nghị tỉnh", lead, body))
    assert parsed["published_at"] is None
    assert parsed["event_date"] == event


def test_publication_date_from_a_full_date_in_the_lead_when_the_page_has_none():
    parsed, _ = parse_text(article("Hội nghị tỉnh", "Ngày 14/1/2022, BTV tổ chức hội nghị.", BODY))
    assert parsed["published_at"] == datetime(2022, 1, 14, tzinfo=VN)
    assert parsed["published_has_time"] is False


def test_a_document_date_in_the_lead_is_neither_publication_nor_event_date():
    parsed, _ = parse_text(article("Thông tư mới", "Bộ Xây dựng ban hành Thông tư số 07/2016 ngày 10/3/2016.", BODY))
    assert parsed["published_at"] is None
    assert parsed["event_date"] is None


@pytest.mark.parametrize(
    "line, views",
    [("3,824 lượt xem", 3824), ("Lượt xem: 3700", 3700), ("Lượt xem: 1.204", 1204), ("12 lượt xem", 12)],
)
def test_view_counts_in_both_number_styles(line, views):
    parsed, _ = parse_text(article("Hội nghị tỉnh", "20/01/2022 - 19:35", line, LEAD, BODY))
    assert parsed["view_count"] == views
    assert parsed["lead"] == LEAD


@pytest.mark.parametrize("above", [
    ["> Tin tức - Sự kiện > Tin hoạt động HĐND > Hội nghị tỉnh triển khai nhiệm vụ năm"],  # a breadcrumb, cut
    ["họp hđnd"],  # an image's alt text in lower case
    ["Hội nghị tỉnh", "Chi tiết bài viết Tin tức"],  # the page's label for the article, between title and lead
], ids=["breadcrumb-ending-with-the-title", "alt-text-in-lower-case", "article-label"])
def test_page_furniture_around_the_title_is_neither_title_nor_lead(above):
    lines = above if above[0] == "Hội nghị tỉnh" else [*above, "Hội nghị tỉnh"]
    parsed, _ = parse_text(article(*lines, LEAD, BODY))
    assert parsed["title"] == "Hội nghị tỉnh"
    assert parsed["lead"] == LEAD


@pytest.mark.parametrize(
    "lead, code, rest",
    [
        ("YênBái - Sáng 20/1, Ban Chấp hành Đảng bộ huyện họp.", "YênBái", "Sáng 20/1, Ban Chấp hành Đảng bộ huyện họp."),
        ("Điện Biên TV - Trong năm 2022, toàn tỉnh kết nạp đảng viên.", "Điện Biên TV", "Trong năm 2022, toàn tỉnh"),
        ("Nongthonviet - Chiều 5/3, hội nghị khai mạc.", "Nongthonviet", "Chiều 5/3, hội nghị khai mạc."),
        ("TTHB: Sáng nay, Tỉnh ủy tổ chức hội nghị.", "TTHB", "Sáng nay, Tỉnh ủy tổ chức hội nghị."),
        # Not codes: the editor's note, a ministry's abbreviation split by a dash.
        ("LTS: Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh ban hành nghị quyết.", None, "LTS: Ngày 25-11-2019"),
        ("Bộ GD - ĐT vừa công bố đáp án các môn thi.", None, "Bộ GD - ĐT vừa công bố"),
    ],
)
def test_a_dateline_code_the_registry_does_not_know_is_read_by_its_shape(lead, code, rest):
    parsed, _ = parse_text(article("Hội nghị tỉnh", lead, BODY))
    assert parsed["outlet_code"] == code
    assert parsed["lead"].startswith(rest)


@pytest.mark.parametrize(
    "lead, outlet, province",
    [
        ("ĐBP - Chiều nay (10/1), các cơ quan họp.", "Báo Điện Biên Phủ", "Điện Biên"),
        ("PhuthoPortal - Ngày 14/1/2022, BTV họp.", "Cổng Thông tin điện tử tỉnh Phú Thọ", "Phú Thọ"),
        ("(TTXVN) - Ngày 14/1/2022, Chính phủ họp.", "Thông tấn xã Việt Nam", None),
        ("BVPL - Bốn sinh viên sẽ tham dự cuộc thi.", "BVPL", None),
        ("Năm 2021 - một năm khó khăn với ngành.", None, None),
    ],
)
def test_dateline_prefix_gives_the_outlet_and_leaves_the_lead(lead, outlet, province):
    parsed, _ = parse_text(article("Hội nghị tỉnh", lead, BODY))
    assert parsed["outlet"] == outlet
    assert parsed["province"] == province
    if outlet:
        assert not parsed["lead"].startswith(parsed["outlet_code"])


@pytest.mark.parametrize(
    "closing, authors",
    [
        (["Tin, ảnh: Anh Phong"], [("Anh Phong", ["photo", "text"])]),
        (["Liên Linh"], [("Liên Linh", ["text"])]),
        (["Đào Quyên", "Ảnh: Thành Tâm"], [("Đào Quyên", ["text"]), ("Thành Tâm", ["photo"])]),
        (["Bài và ảnh: Nguyễn Văn An"], [("Nguyễn Văn An", ["photo", "text"])]),
        (["Video: Trần Bình"], [("Trần Bình", ["video"])]),
        (["THÚY AN"], [("THÚY AN", ["text"])]),
        (["Hòa Lê (T/h)"], [("Hòa Lê", ["text"])]),
        # An initial joined to the given name: a writer's short signature.
        (["K.Ngân"], [("K.Ngân", ["text"])]),
        (["Báo Sơn La"], []),
        (["Theo VnExpress"], []),
        # A contributor's label before the name; a writer's name of three words or more opens with a surname.
        (["CTV- Nguyễn Thơm"], [("Nguyễn Thơm", ["text"])]),
        (["CTV Thuý Ngọ"], [("Thuý Ngọ", ["text"])]),
        (["NGUYỄN THỊ MAI HIÊN"], [("NGUYỄN THỊ MAI HIÊN", ["text"])]),
        (["BẢN ĐỒ HÀNH CHÍNH"], []),
        (["Phương Anh Linh"], [("Phương Anh Linh", ["text"])]),
    ],
)
def test_bylines(closing, authors):
    parsed, found = parse_text(article("Hội nghị tỉnh", LEAD, BODY, *closing))
    assert [(a["name"], a["roles"]) for a in found] == authors
    assert all(line not in " ".join(parsed["body"]) for line in closing if authors)


@pytest.mark.parametrize("after", [["62"], ["Lượt xem:"]], ids=["a-number", "a-label-without-its-value"])
def test_a_byline_followed_by_what_the_page_left_of_a_counter_is_still_the_byline(after):
    parsed, found = parse_text(article("Hội nghị tỉnh", LEAD, BODY, "Phương Nam", *after))
    assert [a["name"] for a in found] == ["Phương Nam"]
    assert "Phương Nam" not in parsed["captions"]


def test_a_lone_name_inside_the_body_is_not_a_byline():
    parsed, found = parse_text(article("Hội nghị tỉnh", LEAD, "Nguyễn Văn An", BODY))
    assert found == []


def test_trailing_byline_in_a_flattened_body_line():
    body = BODY + " Tình hình đã ổn định./. Nguyễn Hùng/VOV.VN"
    parsed, found = parse_text(article("Hội nghị tỉnh", LEAD, body).replace("\n\n", "\n"))
    assert [(a["name"], a["roles"]) for a in found] == [("Nguyễn Hùng", ["text"])]
    assert parsed["body"][-1].endswith("ổn định./.")


def test_the_writers_label_names_the_author():
    parsed, found = parse_text(article("Hội nghị tỉnh", "Người viết: Phong Vũ", LEAD, BODY))
    assert [(a["name"], a["roles"]) for a in found] == [("Phong Vũ", ["text"])]
    assert parsed["lead"] == LEAD


def test_a_closing_signature_with_its_source_after_a_spaced_slash_is_the_byline():
    parsed, found = parse_text(article("Hội nghị tỉnh", LEAD, BODY, "N.Quý / quangbinh.gov.vn"))
    assert [(a["name"], a["roles"]) for a in found] == [("N.Quý", ["text"])]
    assert "N.Quý / quangbinh.gov.vn" not in parsed["body"]


def test_a_closing_name_is_cut_off_a_one_paragraph_articles_lead_as_off_its_body():
    text = "Hội nghị tỉnh\n" + BODY + " Tình hình đã ổn định. K.Ngân"
    parsed, found = parse_text(text)
    assert [a["name"] for a in found] == ["K.Ngân"]
    assert parsed["body"] == [parsed["lead"]] and parsed["lead"].endswith("ổn định.")


def test_footer_chrome_ends_the_article_and_inline_chrome_is_removed():
    parsed, _ = parse_text(
        article(
            "Hội nghị tỉnh", LEAD, "Video: 2012-hoi_nghi.mp4", BODY, "Chia sẻ bài viết", "ĐỒNG HÀNH CÙNG DOANH NGHIỆP",
            "Một đoạn văn quảng cáo sau phần chân trang.",
        )
    )
    text = " ".join(parsed["body"] + parsed["captions"])
    for chrome in ("Video:", "Chia sẻ", "ĐỒNG HÀNH", "quảng cáo"):
        assert chrome not in text
    assert parsed["body"] == [BODY]


def test_captions_are_short_single_sentences_and_are_deduplicated():
    caption = "Các đại biểu tham dự hội nghị."
    parsed, _ = parse_text(article("Hội nghị tỉnh", LEAD, caption, caption, BODY, "Quang cảnh hội nghị", BODY))
    assert parsed["captions"] == [caption, "Quang cảnh hội nghị"]
    assert parsed["body"] == [BODY, BODY]


def test_a_paragraph_introducing_a_list_is_body_not_caption():
    intro = "Hội nghị đề ra các nhiệm vụ sau:"
    parsed, _ = parse_text(article("Hội nghị tỉnh", LEAD, intro, BODY))
    assert parsed["body"][0] == intro
    assert parsed["captions"] == []


@pytest.mark.parametrize("items", [("-Đ/c Trần Văn Bình – Chi đoàn 12A1.", "-Đ/c Lê Thị Hoa – Chi đoàn 12A3."),
                                   ("🔹 Đ/c Lê Thị Hoa – Bí thư Chi bộ", "🔹 Đ/c Trần Văn Bình – Phó Bí thư Chi bộ"),
                                   ("🗳️ Đại hội bầu Ban Chấp hành gồm 5 đồng chí.", "🗳️ Đại hội bầu 2 đại biểu dự Đại hội cấp trên.")])
def test_an_item_of_a_list_is_body_not_caption(items):
    parsed, _ = parse_text(article("Hội nghị tỉnh", LEAD, "Chi bộ kết nạp các đồng chí:", *items, BODY))
    assert parsed["captions"] == [] and set(items) <= set(parsed["body"])


def test_corpus_layout_title_lead_body_on_three_lines():
    parsed, _ = parse_text("Tiêu đề\nĐoạn mở đầu của bài.\n" + BODY)
    assert (parsed["title"], parsed["lead"], parsed["body"]) == ("Tiêu đề", "Đoạn mở đầu của bài.", [BODY])


def test_one_paragraph_article_has_its_paragraph_as_lead():
    parsed, _ = parse_text("Tiêu đề\n" + BODY)
    assert parsed["lead"] == BODY
    assert parsed["body"] == [BODY]


@pytest.mark.parametrize("lead, event", [
    # A document known by its code alone ("chỉ thị 05-CT/TW ngày ..."), or by a code of parts joined by spaced dashes.
    ("Thực hiện chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, sáng ngày 26/3/2018 chi đoàn tổ chức sinh hoạt.",
     date(2018, 3, 26)),
    ("Căn cứ hướng dẫn số 408/KHLT – UBND – LĐLĐ ngày 23 tháng 10 năm 2023 của quận. Chiều ngày 24/11/2023, trường "
     "tổ chức hội nghị.", date(2023, 11, 24)),
    ("Thực hiện Quy định 163 QĐ/TW ngày 15/4/2006 của Ban Bí thư, chiều ngày 2/3/2024 chi bộ tổ chức sinh hoạt.",
     date(2024, 3, 2)),
    ("Thực hiện kế hoạch số: 17 KH/ĐU, ngày 14/01/2020 của Đảng ủy, sáng ngày 5/3/2020 chi bộ tổ chức đại hội.",
     date(2020, 3, 5)),
    # (A unit's number and name hold no slash: no code, and the date after them is the event's.)
    ("Sư đoàn 330 – QK9 ngày 20/5/2024 đã tổ chức hội thao.", date(2024, 5, 20)),
    ("Đội CSGT số 6 - PC08 ngày 15/1/2024 ra quân bảo đảm trật tự giao thông.", date(2024, 1, 15)),
])
def test_a_documents_date_is_no_event_date_but_a_units_is(lead, event):
    parsed, _ = parse_text(article("Hội nghị tỉnh", lead, BODY))
    assert parsed["event_date"] == event
