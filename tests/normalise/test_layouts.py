"""Captions, titles, leads, bylines and clocks in the layouts of many outlets: synthetic lines for each rule."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import BODY, LEAD, article, extract_text, parse_text

# The articles of all the tests are parsed in batches first (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")

TITLE = "Hội nghị sơ kết công tác xây dựng Đảng"
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def parsed(*lines):
    return parse_text(article(*lines))


# --- captions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, caption",
    [
        ("Quang cảnh hội nghị.", "Quang cảnh hội nghị."),
        ("Đồng chí Trần Văn Bình phát biểu tại hội nghị", "Đồng chí Trần Văn Bình phát biểu tại hội nghị"),
        # A photo credit makes a caption even after a sentence end.
        ("Quang cảnh hội nghị. Ảnh: T.H", "Quang cảnh hội nghị. Ảnh: T.H"),
        ("Đại hội lần thứ nhất. Ảnh tư liệu", "Đại hội lần thứ nhất. Ảnh tư liệu"),
        # "TP. Bạc Liêu" is an abbreviation, not the end of a sentence.
        ("Cổng chào trên đường Trần Phú (TP. Bạc Liêu).", "Cổng chào trên đường Trần Phú (TP. Bạc Liêu)."),
        # A table cell's borders are not part of it.
        ("| Lãnh đạo xã trao Huy hiệu Đảng cho các đảng viên. |", "Lãnh đạo xã trao Huy hiệu Đảng cho các đảng viên."),
        # ... however many cells border it.
        ("| | Lãnh đạo xã trao Huy hiệu Đảng cho các đảng viên. | |", "Lãnh đạo xã trao Huy hiệu Đảng cho các đảng viên."),
    ],
)
def test_captions(line, caption):
    article_, _ = parsed(TITLE, LEAD, BODY, line, BODY)
    assert article_["captions"] == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "Trong đó, tập trung góp ý vào chủ đề của văn kiện.",      # a connective opens running text
        "Theo kế hoạch, hội nghị kéo dài hai ngày.",
        "Chiều 21-7, hội nghị tiếp tục làm việc.",                  # a time phrase
        "(2) Thảo luận, góp ý vào dự thảo văn kiện.",               # a list item
        "53 đồng chí trúng cử Ban Chấp hành",                       # a figure first
        "THẢO LUẬN TẠI HỘI TRƯỜNG",                                 # a sub-heading in capitals
        "Đại hội họp ngày 22.1.1947 tại thị xã.",                   # a date with its year
        "Phường có 7, 8, 9 khu phố, diện tích 11,76 km2.",          # a statistic
        "Đó là những gì mà chúng ta đang có.",                      # the first person
        "Phương châm của Đại hội: Đoàn kết - Dân chủ - Kỷ cương.",  # a label and its value
        "Cũng theo báo cáo, 3 chỉ tiêu chưa đạt.",                  # a connective first
        "Cũng trong buổi sáng, các tổ thảo luận văn kiện",          # "also" ties it to the sentence before
        "Cũng tại hội nghị, tỉnh trao bằng khen cho 5 tập thể",
        "Cùng tham dự có lãnh đạo các sở, ngành của tỉnh.",          # a connective first
        "Buổi lễ có sự tham dự của lãnh đạo các sở, ngành.",          # a report of who attended
        "Hội thi diễn ra với sự tham dự của 120 thí sinh.",
        "Doanh thu thuần của công ty đạt hơn 12,5 tỷ đồng.",          # a report's figures: a sum of money
        "Năng suất lao động bình quân tăng 8,2% so với kế hoạch.",    # ... a percentage
    ],
)
def test_one_sentence_paragraphs_that_read_as_text_are_not_captions(line):
    article_, _ = parsed(TITLE, LEAD, BODY, line, BODY)
    assert article_["captions"] == []
    assert line in article_["body"]


def test_a_long_sentence_with_its_period_is_text_and_a_long_caption_drops_its_period():
    clause = "Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ"
    sentence = clause + " và giao nhiệm vụ cho các cơ quan, đơn vị trong toàn tỉnh thực hiện."
    assert 150 < len(sentence) < 240
    article_, _ = parsed(TITLE, LEAD, BODY, sentence, BODY)
    assert article_["captions"] == []
    article_, _ = parsed(TITLE, LEAD, BODY, sentence.rstrip("."), BODY)
    assert article_["captions"] == [sentence.rstrip(".")]


def test_sub_headings_in_a_series_are_not_captions():
    article_, _ = parsed(TITLE, LEAD, "Đại hội lần thứ I", BODY, "Đại hội lần thứ II", BODY)
    assert article_["captions"] == []


def test_the_items_a_paragraph_announces_with_its_colon_are_text_and_a_picture_between_makes_a_caption():
    announcing = "Tại phiên họp, các đại biểu đã thống nhất các nội dung trình kỳ họp, cụ thể:"
    items = ["Một là, Đề án phát triển du lịch huyện đến năm 2030.", "Hai là, Đề án phát triển nguồn nhân lực."]
    article_, _ = parsed(TITLE, LEAD, announcing, *items, BODY)
    assert article_["captions"] == [] and article_["body"][:3] == [announcing, *items]
    caption = "Phó Chủ tịch UBND tỉnh Nguyễn Văn An báo cáo tại kỳ họp"
    article_, _ = parsed(TITLE, LEAD, announcing, "![]() |", caption, BODY)
    assert article_["captions"] == [caption]
    # A label of the page's that ends with a colon announces nothing.
    article_, _ = parsed(TITLE, LEAD, BODY, "Nguồn:", caption, BODY)
    assert article_["captions"] == [caption]
    # A line announcing the pictures below it announces their captions.
    pictures = ["Mở đầu là nghi thức chào cờ", "Đồng chí Bí thư chi bộ đọc và trao quyết định kết nạp Đảng"]
    for announcing_pictures in ("Một số hình ảnh của buổi lễ:", "Sau đây là một số hình ảnh minh họa:"):
        article_, _ = parsed(TITLE, LEAD, BODY, announcing_pictures, *pictures, BODY)
        assert article_["captions"] == pictures, announcing_pictures
    # ... and without its colon it is no caption itself.
    for announcing_pictures in ("Dưới đây là một số hình ảnh cuộc họp", "Sau đây là một vài hình ảnh trong Lễ khai mạc."):
        article_, _ = parsed(TITLE, LEAD, BODY, announcing_pictures, *pictures, BODY)
        assert announcing_pictures not in article_["captions"]
    # ... unlike a caption that shows pictures.
    caption = "Những hình ảnh tư liệu quý về Chủ tịch Hồ Chí Minh được trưng bày tại triển lãm"
    article_, _ = parsed(TITLE, LEAD, BODY, caption, BODY)
    assert article_["captions"] == [caption]
    # ... not a line that names an influence ("ảnh hưởng"): its items are text.
    article_, _ = parsed(TITLE, LEAD, BODY, "Những yếu tố ảnh hưởng đến kết quả gồm:", *pictures, BODY)
    assert article_["captions"] == []


@pytest.mark.parametrize("line", ["Về phía khách mời, Đại hội vinh dự được đón đồng chí Nguyễn Văn Hoàng về dự đại hội.",
                                  "Tại buổi lễ, đồng chí Tôn Văn Thâm – Bí thư Chi bộ trao Quyết định kết nạp đảng viên."])
def test_who_attended_for_whom_and_what_was_done_at_the_event_are_text_not_captions(line):
    article_, _ = parsed(TITLE, LEAD, line, BODY)
    assert article_["captions"] == [] and line in article_["body"]


def test_the_lead_or_the_title_printed_again_is_not_a_caption():
    short_lead = "Sáng 5-3, Tỉnh ủy họp phiên thường kỳ"
    article_, _ = parsed(TITLE, short_lead, short_lead, BODY, TITLE, BODY)
    assert article_["lead"] == short_lead
    assert article_["captions"] == []


def test_the_last_line_of_a_page_is_text_unless_a_credit_makes_it_a_caption():
    article_, _ = parsed(TITLE, LEAD, BODY, "Tỉnh ủy đã tập trung lãnh đạo")
    assert article_["captions"] == []
    article_, _ = parsed(TITLE, LEAD, BODY, "Quang cảnh hội nghị (ảnh: Hồ Mai)")
    assert article_["captions"] == ["Quang cảnh hội nghị (ảnh: Hồ Mai)"]


def test_a_photographer_credited_in_a_caption_is_an_author():
    _, authors = parsed(TITLE, LEAD, BODY, "Quang cảnh hội nghị. Ảnh: Minh Anh", BODY, "Thu Hà")
    assert {"name": "Minh Anh", "roles": ["photo"]} in authors
    assert {"name": "Thu Hà", "roles": ["text"]} in authors


@pytest.mark.parametrize("line", ["về lãnh đạo xây dựng, phát triển thị xã Sông Cầu",  # a paragraph's wrapped line
                                  "v Đại hội đại biểu Đảng bộ Trường lần thứ I"])  # after a bullet's glyph
def test_words_opening_in_lower_case_are_no_caption(line):
    article_, _ = parsed(TITLE, LEAD, BODY, line, BODY)
    assert line not in article_["captions"] and line in article_["body"]
    # An image's file name in plain ASCII stays out of the text.
    article_, _ = parsed(TITLE, LEAD, BODY, "img 1757", BODY)
    assert "img 1757" not in article_["body"]


def test_a_caption_printed_twice_between_title_and_lead_is_a_caption_not_the_lead():
    caption = "Đồng chí Trần Văn Bình phát biểu tại buổi làm việc."
    article_, _ = parsed(TITLE, caption, caption, LEAD, BODY)
    assert article_["lead"] == LEAD
    assert article_["captions"] == [caption]


# --- titles and leads -------------------------------------------------------------------------------------


ON_THE_AGENDA = " về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của tỉnh"


@pytest.mark.parametrize(
    "first",
    [
        "Sáng 14-8, đồng chí Trần Văn Bình dự và chỉ đạo đại hội" + ON_THE_AGENDA,  # a time phrase opens the text
        "Qua 2 ngày làm việc, kỳ họp đã thông qua các nghị quyết" + ON_THE_AGENDA,   # an opening clause
        "Thiếu tướng Trần Văn Bình dự hội nghị. Đại tá Lê Văn An chủ trì.",        # two sentences, a period
        # a sentence of twenty words or more with its period, however few its characters
        "Kỳ họp đã bàn và thông qua nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn tới trên địa bàn huyện.",
    ],
)
def test_a_first_line_that_reads_as_text_is_the_lead_of_a_page_without_title(first):
    article_, _ = parsed(first, BODY)
    assert article_["title"] is None
    assert article_["lead"] == first


@pytest.mark.parametrize(
    "title",
    ["Kết quả giải quyết, trả lời kiến nghị của cử tri",  # a noun phrase and a comma
     "Sáng nay, Quốc hội thông qua 3 luật",               # a short headline may open with a time phrase
     "Vĩ đại ư? Thường thôi!"],
)
def test_headlines_that_look_like_text_but_are_short_are_titles(title):
    article_, _ = parsed(title, LEAD, BODY)
    assert article_["title"] == title


def test_a_bulleted_line_is_no_title():
    article_, _ = parsed("* Ông Lê Văn An nhận Huân chương Lao động hạng Ba", TITLE, LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)


def test_a_caption_above_the_title_is_a_caption():
    caption = "Ra mắt Ban Chấp hành Đảng bộ tỉnh khóa mới."
    article_, _ = parsed(caption, TITLE, LEAD, BODY)
    assert article_["title"] == TITLE
    assert article_["captions"] == [caption]


@pytest.mark.parametrize(
    "above",
    ["GỢI Ý TRẢ LỜI", "• Trang chủ > Giới thiệu chung", "Tin tức » Chính trị", "Văn bản >> Thông báo",
     "Ban Tuyên giáo Trung ương"],
)
def test_labels_breadcrumbs_and_publisher_banners_above_the_title_are_skipped(above):
    article_, _ = parsed(above, TITLE, LEAD, BODY)
    assert article_["title"] == TITLE
    assert article_["lead"] == LEAD


def test_a_breadcrumb_parted_by_slashes_is_skipped_though_it_ends_with_the_title():
    article_, _ = parsed(f"Trang chủ / Tin tức - Sự kiện / {TITLE}", TITLE, "17/12", LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)


def test_a_breadcrumb_with_double_arrows_between_the_title_and_the_lead_is_not_the_lead():
    article_, _ = parsed(TITLE, "Trang chủ >> TIN TỨC >> Tin trong tỉnh", LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)


@pytest.mark.parametrize("account", ["ĐĂNG NHẬP", "Đăng ký | Đăng nhập", "Sign In"])
def test_a_sites_account_links_are_neither_the_title_nor_the_lead(account):
    headline = "KẾT QUẢ HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ MƯỜI, NHIỆM KỲ 2020-2025"
    for layout in ((account, headline, LEAD, BODY), (headline, account, LEAD, BODY)):
        article_, _ = parsed(*layout)
        assert (article_["title"], article_["lead"]) == (headline, LEAD), layout


@pytest.mark.parametrize("opening", [
    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam.",
    "Được sự đồng ý của Đảng ủy phường Tân Lập, sáng 12/3/2025 Chi bộ Trường Tiểu học Tân Lập long trọng tổ chức Đại"
    " hội chi bộ lần thứ V, nhiệm kỳ 2025-2027",
])
def test_a_page_that_opens_with_a_reports_preamble_has_no_title(opening):
    article_, _ = parsed(opening, LEAD, BODY)
    assert article_["title"] is None and article_["lead"] in (opening, LEAD)
    assert opening in (article_["lead"], *article_["body"])


@pytest.mark.parametrize("caption", ["Các đại biểu tham dự hội nghị", "Ảnh: Quang cảnh phiên họp thường kỳ tháng 5",
                                     "Quang cảnh buổi làm việc"])
def test_a_page_cut_after_its_title_that_opens_with_a_caption_has_no_title(caption):
    article_, _ = parsed(caption, LEAD, BODY)
    assert (article_["title"], article_["lead"], article_["captions"]) == (None, LEAD, [caption])
    # Above a headline, the caption is one too.
    article_, _ = parsed(caption, TITLE, LEAD, BODY)
    assert (article_["title"], article_["lead"], article_["captions"]) == (TITLE, LEAD, [caption])


def test_a_first_line_that_opens_with_a_full_date_and_no_comma_is_the_lead_of_a_page_without_title():
    opening = ("Ngày 12/3/2024 tại hội trường xã Tân Lập Hội Nông dân xã tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ"
               " 2024 - 2029")
    article_, _ = parsed(opening, BODY)
    assert (article_["title"], article_["lead"]) == (None, opening)
    # A headline about a day, with no date in figures, stays the title.
    headline = "Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư số 5 phường Tân Lập"
    article_, _ = parsed(headline, LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (headline, LEAD)


def test_a_page_that_opens_with_an_item_of_a_list_has_no_title():
    item = "- Thực hiện Điều lệ Đảng Cộng sản Việt Nam."
    article_, _ = parsed(item, "- Thực hiện Kế hoạch của Đảng ủy phường Tân Lập về tổ chức đại hội chi bộ trực thuộc.",
                         BODY)
    assert article_["title"] is None and item.removeprefix("- ") in (article_["lead"], *article_["body"])


def test_a_title_printed_twice_is_the_title_and_a_short_menu_printed_twice_is_not():
    title = TITLE + " năm 2025 của tỉnh"  # longer than a menu entry
    article_, _ = parsed(title, title, LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (title, LEAD)
    article_, _ = parsed("Chuyên đề", "Chuyên đề", TITLE, LEAD, BODY)
    assert article_["title"] == TITLE


def test_the_title_printed_again_under_itself_is_no_caption():
    title = TITLE + " năm 2025 của tỉnh"
    article_, _ = parsed(title, title, LEAD, BODY)
    assert article_["captions"] == []
    assert title not in article_["body"]


def test_an_op_ed_signature_and_its_offices_under_the_title():
    article_, authors = parsed(TITLE, "Tiến sỹ Nguyễn Văn An", "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy,",
                               "Trưởng Đoàn đại biểu Quốc hội tỉnh", LEAD, BODY)
    assert article_["lead"] == LEAD
    assert authors == [{"name": "Nguyễn Văn An", "roles": ["text"]}]


def test_the_top_section_of_a_category_line():
    article_, _ = parsed("Chính trị - Xã hội Xây dựng Đảng", TITLE, LEAD, BODY)
    assert article_["category"] == "Chính trị - Xã hội"


# --- bylines, footers, counters and clocks ------------------------------------------------------------------


def test_several_credits_on_one_line_and_names_joined_by_a_dash():
    _, authors = parsed(TITLE, LEAD, BODY, "Tin: K.N - Ảnh: C.Đ")
    assert authors == [{"name": "K.N", "roles": ["text"]}, {"name": "C.Đ", "roles": ["photo"]}]
    _, authors = parsed(TITLE, LEAD, BODY, "Minh Anh – Thu Hà")
    assert authors == [{"name": "Minh Anh", "roles": ["text"]}, {"name": "Thu Hà", "roles": ["text"]}]


@pytest.mark.parametrize(
    "footer",
    ["Giấy phép số: 136/GP-BTTTT do Bộ cấp ngày 17/3/2022.", "Tổng biên tập: Trần Văn Bình", "Tổng số lượt truy cập:",
     "HD(0) Bình luận", "Video khác", "(ABC) - Sáng 6-3, một bài viết khác mở đầu."],
)
def test_the_site_footer_and_the_next_article_end_the_article(footer):
    article_, authors = parsed(TITLE, LEAD, BODY, "Thu Hà", footer, "Một dòng sau chân trang.")
    assert footer not in article_["body"]
    assert "Một dòng sau chân trang." not in article_["body"]
    assert authors == [{"name": "Thu Hà", "roles": ["text"]}]


@pytest.mark.parametrize("credit, author", [("Tác giả: Di Linh (Tổng hợp)", "Di Linh"),
                                            ("Tác giả : Th.s Hồ Minh Đức - Phó Hiệu trưởng", "Hồ Minh Đức")])
def test_an_authors_credit_between_the_title_and_the_lead_is_a_byline_not_the_lead(credit, author):
    article_, authors = parsed(TITLE, credit, LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)
    assert author in [a["name"] for a in authors]


@pytest.mark.parametrize("stamp, published", [
    ("Duy Tuấn (báo lao động) 01/01/2026 17:37 (GMT+7)", datetime(2026, 1, 1, 17, 37, tzinfo=VN)),
    ("Đăng: 01:21 19-12-2019 | Tác giả: | Nguồn: example.vn", datetime(2019, 12, 19, 1, 21, tzinfo=VN)),
])
def test_a_stamp_with_a_clock_time_and_a_few_words_is_meta_not_the_lead(stamp, published):
    article_, _ = parsed(TITLE, stamp, LEAD, BODY)
    assert (article_["title"], article_["lead"], article_["published_at"]) == (TITLE, LEAD, published)


@pytest.mark.parametrize("stamp", ["4 năm trước Nguồn: Báo Ví Dụ", "58 phút trước"])
def test_the_time_since_publication_is_no_lead(stamp):
    article_, _ = parsed(TITLE, stamp, LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)
    assert stamp not in article_["body"]


def test_a_view_counter_without_lượt():
    article_, _ = parsed(TITLE, LEAD, BODY, "Đã xem:8950")
    assert article_["view_count"] == 8950


@pytest.mark.parametrize(
    "date_line, expected",
    [
        ("26/11/2018 01:49:17 PM", datetime(2018, 11, 26, 13, 49, 17, tzinfo=VN)),
        ("26/11/2018 01:49 CH", datetime(2018, 11, 26, 13, 49, tzinfo=VN)),
        ("26/11/2018 10:05 SA", datetime(2018, 11, 26, 10, 5, tzinfo=VN)),
        ("26/11/2018 12:30 AM", datetime(2018, 11, 26, 0, 30, tzinfo=VN)),
        ("26/11/2018 12:30 PM", datetime(2018, 11, 26, 12, 30, tzinfo=VN)),
        ("26/11/2018 19:05", datetime(2018, 11, 26, 19, 5, tzinfo=VN)),
        ("Chủ nhật, 26/11/2018 19:05", datetime(2018, 11, 26, 19, 5, tzinfo=VN)),
        # Month first, as pages in English print it: a second figure over 12 is the day.
        ("Khoa Khoa học Chính trị 3/31/2020 10:26:42 AM", datetime(2020, 3, 31, 10, 26, 42, tzinfo=VN)),
    ],
)
def test_twelve_and_twenty_four_hour_clocks(date_line, expected):
    article_, _ = parsed(TITLE, date_line, LEAD, BODY)
    assert article_["published_at"] == expected


# --- persons and figures in the shapes real pages use -------------------------------------------------------


def persons(*paragraphs):
    found = extract_text(LEAD, *paragraphs).persons
    return sorted({(r["name"], r["title"]) for r in found.iter_rows(named=True)})


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Đồng chí Bùi Thị Hoa, Giám đốc Sở Văn hóa, Thể thao và Du lịch trả lời chất vấn.",
         [("Bùi Thị Hoa", "Giám đốc Sở Văn hóa, Thể thao và Du lịch")]),
        ("Tổng Bí thư, Chủ tịch nước Trần Văn An đến thăm Hà Nội.", [("Trần Văn An", "Tổng Bí thư, Chủ tịch nước")]),
        ("Đồng chí Lê Văn An được bầu làm Bí thư Tỉnh ủy.", [("Lê Văn An", "Bí thư Tỉnh ủy")]),
        ("Các đồng chí Lê Văn An, Trần Thị Bình được bầu làm Phó Bí thư Tỉnh ủy.",
         [("Lê Văn An", "Phó Bí thư Tỉnh ủy"), ("Trần Thị Bình", "Phó Bí thư Tỉnh ủy")]),
        # "tiếp tục giữ chức" (kept in a post) gives the post as "giữ chức" does.
        ("Hội nghị đã bầu đồng chí Lê Văn An tiếp tục giữ chức Bí thư Tỉnh ủy nhiệm kỳ mới.",
         [("Lê Văn An", "Bí thư Tỉnh ủy")]),
        ("Đồng chí Trần Thị Bình được bầu tiếp tục giữ chức Phó Bí thư Huyện ủy nhiệm kỳ mới.",
         [("Trần Thị Bình", "Phó Bí thư Huyện ủy")]),
        # The title's last letter before the period is kept; "Tỉnh" is a given name here.
        ("Dự có đồng chí Bùi Văn Tỉnh, Bí thư Tỉnh ủy. Hội nghị bắt đầu.", [("Bùi Văn Tỉnh", "Bí thư Tỉnh ủy")]),
        # A title word right before the sentence's period, alone or closing a chain.
        ("Dự có ông Nguyễn Văn An - Phó Hiệu trưởng.", [("Nguyễn Văn An", "Phó Hiệu trưởng")]),
        ("Dự có đồng chí Nguyễn Minh Cường – Đảng ủy viên, Phó Hiệu trưởng.",
         [("Nguyễn Minh Cường", "Đảng ủy viên, Phó Hiệu trưởng")]),
        ("Dự có đồng chí Nguyễn Văn An Phó Hiệu trưởng.", [("Nguyễn Văn An", "Phó Hiệu trưởng")]),
        # The Youth Union ("Đoàn Thanh niên") is a body, not a person called "Đoàn Thanh".
        ("Anh Nguyễn Văn An, Bí thư Đoàn Thanh niên xã phát biểu.", [("Nguyễn Văn An", "Bí thư Đoàn Thanh niên xã")]),
        ("Bí thư Đoàn thanh niên phường phát biểu.", []),
        # "Y" before a province's name is the medical school's ("Đại học Y Hà Nội"), not a Highland name.
        ("Hiệu trưởng Trường Đại học Y Hà Nội Nguyễn Hữu Tú phát biểu.",
         [("Nguyễn Hữu Tú", "Hiệu trưởng Trường Đại học Y Hà Nội")]),
        # "Mỹ" (the United States) is a given name after the middle name "Thị".
        ("Bà Trần Thị Mỹ Liên – Bí thư Đảng ủy thị trấn nói: công tác tốt.",
         [("Trần Thị Mỹ Liên", "Bí thư Đảng ủy thị trấn")]),
        ("Dự có bà Văn Thị Mỹ Tú, Phó Chủ tịch Hội Luật gia tỉnh; đại diện các ban. Tổng thống Mỹ Donald Trump phát "
         "biểu.", [("Donald Trump", "Tổng thống Mỹ"), ("Văn Thị Mỹ Tú", "Phó Chủ tịch Hội Luật gia tỉnh")]),
        # ... and so is a city's name ("Huế").
        ("Dự có đồng chí Lê Thị Huế - Phó Chủ tịch Hội Chữ thập đỏ huyện; ông Trần Văn An - Chủ tịch UBND thành phố "
         "Huế.", [("Lê Thị Huế", "Phó Chủ tịch Hội Chữ thập đỏ huyện"), ("Trần Văn An", "Chủ tịch UBND thành phố Huế")]),
        # Surnames of the table that are rarer ("Thiều", "Sử", "Mạch").
        ("Dự có các đồng chí: Sử Ngọc Anh, Thành ủy viên, Bí thư Quận ủy; Mạch Tùng Lâm - Trưởng phòng Nghiệp vụ II; "
         "Thiều Kim Quỳnh, Tổng Giám đốc Công ty Điện lực.",
         [("Mạch Tùng Lâm", "Trưởng phòng Nghiệp vụ II"), ("Sử Ngọc Anh", "Thành ủy viên, Bí thư Quận ủy"),
          ("Thiều Kim Quỳnh", "Tổng Giám đốc Công ty Điện lực")]),
        ("Dự có các đồng chí: Ma Văn Hồng, Trưởng Ban Tổ chức Tỉnh ủy; Lê Văn An, Phó Tổng Biên tập báo Nhân Dân.",
         [("Lê Văn An", "Phó Tổng Biên tập báo Nhân Dân"), ("Ma Văn Hồng", "Trưởng Ban Tổ chức Tỉnh ủy")]),
    ],
)
def test_person_shapes(sentence, expected):
    assert persons(sentence) == expected


def test_a_later_title_that_runs_into_a_name_is_that_persons():
    found = persons("Bí thư Tỉnh ủy Mai Văn Trung được chỉ định làm Trưởng đoàn, Phó Bí thư Tỉnh ủy Lê Văn Cung "
                    "làm Phó đoàn.")
    assert ("Mai Văn Trung", "Trưởng đoàn") in found
    assert ("Mai Văn Trung", "Trưởng đoàn, Phó Bí thư Tỉnh ủy") not in found


def test_comrades_are_not_money():
    found = extract_text(LEAD, "Tổng số đảng viên lên 4.219 đồng chí.").indicators
    assert found.filter(kind="money").is_empty()


def test_the_author_of_an_author_and_date_line_and_an_op_ed_signature_in_capitals():
    article_, authors = parsed(TITLE, "Minh Anh | 15/12/2022 09:55", LEAD, BODY)
    assert article_["lead"] == LEAD
    assert authors == [{"name": "Minh Anh", "roles": ["text"]}]
    article_, authors = parsed("TRẦN VĂN AN, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", TITLE, LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)
    assert authors == [{"name": "TRẦN VĂN AN", "roles": ["text"]}]


def test_the_editorial_board_signing_is_no_author():
    _, authors = parsed(TITLE, LEAD, BODY, "BBT")
    assert authors == []


@pytest.mark.parametrize("opening", [LEAD, "Trong bối cảnh tỉnh đẩy mạnh chuyển đổi số, hội nghị sơ kết công tác xây "
                                           "dựng Đảng được tổ chức tại trụ sở Tỉnh ủy."])
@pytest.mark.parametrize("headline", [TITLE, "Đại hội đại biểu Đảng bộ Trường Cao đẳng Y tế lần thứ V, nhiệm kỳ 2025 - 2030"])
def test_a_headline_glued_to_the_lead_below_it_is_the_title(headline, opening):
    article_, _ = parsed("Ngày đăng: 05/03/2025", headline + opening, BODY)
    assert (article_["title"], article_["lead"]) == (headline, opening)


def test_a_headline_in_capitals_glued_to_the_lead_below_it_is_the_title():
    headline = "CHI BỘ TRƯỜNG THCS TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2025-2027"
    opening = "Sinh thời Chủ tịch Hồ Chí Minh đã khẳng định chi bộ là nền móng của Đảng, chi bộ tốt thì mọi việc sẽ tốt."
    article_, _ = parsed(headline + opening, BODY)
    assert (article_["title"], article_["lead"]) == (headline, opening)
    # A headline in small letters glued to a word that opens no text stays one line.
    article_, _ = parsed("Hội nghị sơ kết công tác xây dựng Đảng năm 2025" + opening, BODY)
    assert article_["title"] is None
    # A brand's two capitals and a word ("HDBank") are no headline glued to a text.
    article_, _ = parsed("BÀ RỊA - VŨNG TÀU - HDBank vừa khai trương chi nhánh mới tại thành phố Vũng Tàu với nhiều "
                         "ưu đãi cho khách hàng.", BODY)
    assert "HDBank vừa khai trương" in article_["lead"]
    # After a place's word of two capitals, an opening of running text starts the lead.
    headline = "HỘI NÔNG DÂN TỈNH LÀM VIỆC VỚI HỘI NÔNG DÂN TỈNH LONG AN"
    lead = "Ngày 3 tháng 5 năm 2019, đoàn công tác Hội Nông dân tỉnh đã có buổi làm việc với Hội Nông dân tỉnh Long An."
    article_, _ = parsed(headline + lead, BODY)
    assert (article_["title"], article_["lead"]) == (headline, lead)


def test_a_teaser_of_the_title_and_its_summary_cut_short_is_not_the_lead():
    teaser = f"{TITLE} {LEAD[:60]}..."
    article_, _ = parsed(TITLE, teaser, "quảng cáo", LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (TITLE, LEAD)


def test_the_title_cut_and_closed_by_a_period_is_not_the_lead():
    headline = "Trung tâm Giáo dục nghề nghiệp huyện làm việc với Hội Khuyến học tỉnh về trao học bổng cho học sinh"
    article_, _ = parsed(headline, "Trung tâm Giáo dục nghề nghiệp huyện làm việc với Hội Khuyến học tỉnh.", LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (headline, LEAD)
    # A cut one that tells its time is the lead.
    headline = "Chiều ngày 12/3/2024, Đảng ủy xã Tân Phú tổ chức Hội nghị sơ kết công tác quý I năm 2024"
    lead = "Chiều ngày 12/3/2024, Đảng ủy xã Tân Phú tổ chức Hội nghị sơ kết công tác quý I."
    article_, _ = parsed(headline, lead, BODY)
    assert article_["lead"] == lead


def test_a_tickers_label_over_a_page_without_title_is_no_title():
    article_, _ = parsed("Tin nóng", "04.01.2021", LEAD, BODY)
    assert (article_["title"], article_["lead"]) == (None, LEAD)
