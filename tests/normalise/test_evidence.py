"""Rules that read a page by evidence, each seen on two sites or more (issue 20): a menu entry above the headline,
an outlet's name as a dateline code, the province of the districts an article names."""

from datetime import date, datetime

import polars as pl
import pytest

from flows.patterns import dates
from flows.patterns.districts import district_provinces
from tests.conftest import BODY, LEAD, article, parse_text

# The module's articles are parsed in one batch before its tests run (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")


def test_a_few_words_above_the_headline_are_a_menu_entry_not_the_title():
    for menu in ("Tìm kiếm", "Tiếng Việt | English", "Phú Thọ 24h"):
        parsed, _ = parse_text(article(menu, "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == ("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD), menu


def test_a_short_title_standing_alone_above_the_text_stays_the_title():
    parsed, _ = parse_text(article("Lời tòa soạn", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Lời tòa soạn", LEAD)


def test_an_outlets_name_in_parentheses_before_a_dash_is_the_dateline_code():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "(Dân trí) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "Dân trí")
    # Without the dash, a phrase in parentheses opening the lead stays in it.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "(Ảnh minh họa) " + LEAD, BODY))
    assert parsed["lead"] == "(Ảnh minh họa) " + LEAD


@pytest.mark.parametrize("name", ["THX online", "Cổng TTĐT huyện Lạc Sơn", "CTT-Hòa Bình"])
def test_a_name_of_any_case_in_parentheses_before_a_dash_is_the_dateline_code(name):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", f"({name})- " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, name)


def test_a_date_glued_to_the_leads_first_word_is_the_date_line():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "14/12/2021" + LEAD, BODY))
    assert (parsed["lead"], parsed["date_line"], parsed["published_at"].date().isoformat()) == (
        LEAD, "14/12/2021", "2021-12-14")
    # A figure after a date is no word glued to it.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, "14/12/20213 đơn vị đã hoàn thành kế hoạch.",
                                   BODY))
    assert "14/12/20213 đơn vị đã hoàn thành kế hoạch." in parsed["body"]


@pytest.mark.parametrize("meta, published, views", [
    ("Đã đăng vào 9 Th12, 2020 lúc 10:36 Lượt xem: 7", "2020-12-09T10:36:00+07:00", 7),
    ("[ Cập nhật vào ngày (20/07/2020) ] - [ Số lần xem: 733 ]", "2020-07-20T00:00:00+07:00", 733),
    ("(10/06/2024). Số lượt xem:42", "2024-06-10T00:00:00+07:00", 42),
    # The month named in words, its day before or after it.
    ("05:39 CH @ Thứ Hai - 10 Tháng Tư, 2023 | Lượt xem: 12", "2023-04-10T17:39:00+07:00", 12),
    ("Tháng Mười Hai 22, 2012 - Lượt xem: 5", "2012-12-22T00:00:00+07:00", 5),
    ("30 tháng Tư, 2023 | Lượt xem: 8", "2023-04-30T00:00:00+07:00", 8),
    ("Tháng chín 16, 2024 | Lượt xem: 8", "2024-09-16T00:00:00+07:00", 8),
    # The half of the day in full words: "chiều" (afternoon), "sáng" (morning).
    ("T4 ,12/09/2018 - 2:45 chiều | Lượt xem: 3", "2018-09-12T14:45:00+07:00", 3),
    ("T4 ,12/09/2018 - 8:15 sáng | Lượt xem: 3", "2018-09-12T08:15:00+07:00", 3),
])
def test_a_posted_on_line_with_its_counter_is_the_date_line(meta, published, views):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", meta, LEAD, BODY))
    assert (parsed["lead"], parsed["published_at"].isoformat(), parsed["view_count"]) == (LEAD, published, views)


def test_months_counted_in_lower_case_are_no_date():
    from flows.normalise.dates import in_figures

    texts = pl.DataFrame({"t": ["Kết quả 10 tháng năm 2023 | mỗi 2 tháng một lần", "Sơ kết 6 tháng năm 2024"]})
    assert texts.select(in_figures(pl.col("t")))["t"].to_list() == texts["t"].to_list()


def test_a_place_in_capitals_before_a_dash_is_a_dateline_of_place_not_an_outlet():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "KIÊN GIANG – " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"], parsed["outlet"]) == (LEAD, None, None)
    # Two acronyms joined by a hyphen in parentheses are one outlet's code.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "(MK-ASEAN) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "MK-ASEAN")


def test_a_source_credit_in_parentheses_on_a_line_of_its_own_is_chrome():
    credit = "(Nguồn: Trang tin UBND huyện Phú Lộc - http://phuloc.example.gov.vn/tin-tuc/123)"
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", credit, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Hội nghị sơ kết công tác", LEAD)
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, credit))
    assert credit not in parsed["body"]
    # A credit that opens a paragraph of text leaves the paragraph in the body.
    opening = "(Nguồn: TTXVN) Ngày 28/6, hội nghị đã thông qua nghị quyết về công tác cán bộ của tỉnh."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, opening, BODY))
    assert opening in parsed["body"]


def test_a_portals_web_part_named_by_its_identifiers_is_chrome():
    for widget in ("PublishingPortal - Block_Toolbar", "PublishingPortal - Block_BanTin_ViewData"):
        parsed, _ = parse_text(article(widget, "Hội nghị sơ kết công tác", LEAD, widget, BODY))
        assert (parsed["title"], parsed["lead"], parsed["captions"]) == ("Hội nghị sơ kết công tác", LEAD, []), widget
        assert widget not in parsed["body"]


def test_an_attachments_file_name_a_contact_line_and_a_related_articles_heading_are_chrome():
    parsed, _ = parse_text(article("Tel: 052.3844303 *Fax: 052.3844456 *Email:", "Hội nghị sơ kết công tác", LEAD,
                                   "IMG_9478.jpg (662 KB)", BODY, "Có thể bạn quan tâm", "Hội nghị tổng kết năm 2023"))
    assert (parsed["title"], parsed["lead"], parsed["captions"], parsed["body"]) == (
        "Hội nghị sơ kết công tác", LEAD, [], [BODY])


@pytest.mark.parametrize("heading", ["Tin tức khác", "Bài viết khác", "Các tin cùng chuyên mục", "Related Articles",
                                     "Show More", "Tin tức liên quan", "Các thông tin khác:", "Others:", "Mới nhất",
                                     "Share this post", "No comments yet. Be the first."])
def test_a_related_list_heading_in_other_words_ends_the_article(heading):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, heading, "Hội nghị tổng kết năm 2023"))
    assert (parsed["lead"], parsed["body"]) == (LEAD, [BODY])


@pytest.mark.parametrize("form", ["Để lại một bình luận", "Để lại bình luận của bạn", "Bình luận về bài viết này",
                                  "Thêm ý kiến góp ý", "Không có bình luận", "Không có nhận xét nào", "Leave a Reply"])
def test_a_comment_forms_heading_is_chrome(form):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, form))
    assert (parsed["lead"], parsed["body"], parsed["captions"]) == (LEAD, [BODY], [])


def test_a_sites_follow_button_for_any_platform_is_chrome_not_the_lead():
    for button in ("Theo dõi Lào Cai Online trên Youtube", "Theo dõi Báo Quảng Ninh trên Facebook"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", button, LEAD, BODY))
        assert (parsed["title"], parsed["lead"], parsed["body"]) == ("Hội nghị sơ kết công tác", LEAD, [BODY]), button


def test_an_images_file_name_with_spaces_is_chrome_not_a_caption():
    for line in ("anh Long Dong.JPG", "Trao huy hiệu Đảng cho các đảng viên 65 năm tuổi Đảng .jpg"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, line, BODY))
        assert (parsed["lead"], parsed["captions"], parsed["body"]) == (LEAD, [], [BODY]), line


def test_a_file_name_without_its_extension_and_an_elements_id_are_chrome():
    for line in ("vlcsnap-2020-08-05-15h07m48s126", "menu_WAR_vienkiemsatportlet_INSTANCE_hKWBd2nFDgz3"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, line, BODY))
        assert (parsed["lead"], parsed["captions"], parsed["body"]) == (LEAD, [], [BODY]), line
    # Words joined once or twice are words ("COVID-19", "SARS-CoV"), and a Vietnamese line is never one.
    from flows.patterns import chrome

    lines = pl.Series(["COVID-19", "SARS-CoV", "Hội-nghị-sơ-kết-2023", "vlcsnap-2020-08"])
    assert [any(matched) for matched in zip(*(lines.str.contains(p) for p in chrome.INLINE_LINE_PATTERNS))] == [
        False, False, False, True]


def test_an_images_numbered_alternative_text_is_no_caption():
    label = "HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG- Ảnh 1."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", LEAD, label, BODY))
    assert (parsed["lead"], parsed["captions"], parsed["body"]) == (LEAD, [], [BODY])


def test_the_writers_name_printed_twice_under_the_title_is_the_byline():
    for name in ("Phước Hà", "THẢO LÊ"):
        parsed, found = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", name, name, "14:43 | 06/08/2025",
                                           LEAD, BODY))
        assert (parsed["lead"], parsed["captions"], found) == (LEAD, [], [{"name": name, "roles": ["text"]}]), name


def test_a_code_two_outlets_print_names_neither():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "(QNO) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "QNO")


def test_a_portals_name_for_itself_above_the_title_is_the_outlet_not_the_title():
    masthead = "Trang TTĐT Sở Thông tin và Truyền thông Quảng Bình"
    parsed, _ = parse_text(article(masthead, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == ("Hội nghị sơ kết công tác", LEAD, masthead)


def test_a_code_two_outlets_print_stands_before_a_name_in_the_pages_chrome():
    menu = "Đài Phát thanh và Truyền hình Quảng Nam"  # the registry's name, in a menu of the page
    parsed, _ = parse_text(article(menu, "Hội nghị sơ kết công tác", "(QNO) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "QNO")


@pytest.mark.parametrize("masthead", ["Báo Công An Đà Nẵng", "Báo Dân tộc và Phát triển",
                                      "Đài Truyền thanh - Truyền hình Kim Bảng", "Tạp chí điện tử Người cao tuổi"])
def test_a_papers_or_a_stations_name_for_itself_above_the_title_is_the_outlet_not_the_title(masthead):
    parsed, _ = parse_text(article(masthead, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == ("Hội nghị sơ kết công tác", LEAD, masthead)


@pytest.mark.parametrize("masthead, outlet", [
    ("Trường THPT Nguyễn Trãi", "Trường THPT Nguyễn Trãi"),
    (".:Trường Đại học Hòa Bình:.", "Trường Đại học Hòa Bình"),
    ("Bảo tàng Hà Tĩnh | Ha Tinh Museum", "Bảo tàng Hà Tĩnh | Ha Tinh Museum"),
    # A site's domain printed as its name.
    ("VNDICY.COM", "VNDICY.COM"),
    ("tintucdiaphuong.vn", "tintucdiaphuong.vn"),
])
def test_an_institutions_name_for_itself_above_the_title_is_the_outlet_not_the_title(masthead, outlet):
    parsed, _ = parse_text(article(masthead, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == ("Hội nghị sơ kết công tác", LEAD, outlet)
    # A headline about the institution is still the title.
    headline = "Trường THPT Nguyễn Trãi được công nhận đạt chuẩn quốc gia"
    parsed, _ = parse_text(article(headline, LEAD, BODY))
    assert (parsed["title"], parsed["outlet"]) == (headline, None)


@pytest.mark.parametrize("title", ["Báo Nhân Dân ra mắt ấn phẩm mới dành cho bạn đọc", "Báo chí cách mạng Việt Nam",
                                   "Đài 2 nghìn tỷ đồng"])
def test_a_headline_that_opens_with_a_papers_kind_is_still_the_title(title):
    parsed, _ = parse_text(article(title, LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet"]) == (title, LEAD, None)


@pytest.mark.parametrize("code_line, code", [("NDO -", "NDO"), ("(kiemsat.vn)", "kiemsat.vn"),
                                             ("(VTC News) -", "VTC News")])
def test_a_dateline_code_on_a_line_of_its_own_above_the_lead_is_the_outlets_code(code_line, code):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", code_line, LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["outlet_code"]) == ("Hội nghị sơ kết công tác", LEAD, code)
    assert code_line not in parsed["body"]
    # A word in capitals alone is no code, nor a name in parentheses without its dash.
    for not_code in ("VIDEO", "(Ảnh minh họa)"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", not_code, LEAD, BODY))
        assert parsed["outlet_code"] is None


@pytest.mark.parametrize("sentence, outlet", [
    ("Tạp chí Ngày Nay trân trọng giới thiệu toàn văn bài phát biểu.", "Tạp chí Ngày Nay"),
    ("Nhân dịp này, Tạp chí Xưa và Nay xin trân trọng gửi tới bạn đọc bài viết.", None),
    ("Tạp chí Xưa và Nay xin trân trọng gửi tới bạn đọc bài viết.", "Tạp chí Xưa và Nay"),
    ("Tạp chí điện tử Quốc phòng toàn dân trân trọng gửi đến bạn đọc toàn văn.", "Tạp chí điện tử Quốc phòng toàn dân"),
])
def test_an_outlet_that_introduces_what_it_publishes_is_the_pages_outlet(sentence, outlet):
    """At the start of a sentence; within one ("Nhân dịp này, Báo X ..."), the clause's opening words would be taken
    with it, so it names none."""
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY + " " + sentence))
    assert parsed["outlet"] == outlet


@pytest.mark.parametrize("signature, outlet", [
    ("Ban Biên tập Website Đoàn VPTW Đảng", "Website Đoàn VPTW Đảng"),
    ("Sau kỳ họp, BBT Trang Thông tin điện tử HĐND tỉnh đăng tải nội dung trả lời.", "Trang Thông tin điện tử HĐND tỉnh"),
    ("Ban Biên tập xin cảm ơn bạn đọc.", None),
    # The name ends with its line.
    ("Ban Biên tập Website Đoàn VPTW Đảng\nTin Mới Nhất", "Website Đoàn VPTW Đảng"),
])
def test_a_sites_editorial_board_signing_for_it_names_the_outlet(signature, outlet):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, signature))
    assert parsed["outlet"] == outlet


def test_a_headline_in_capitals_that_opens_with_titles_of_office_is_no_signature():
    headline = "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC HẦU A LỀNH: NĂM 2023 PHỐI HỢP CHẶT CHẼ VỚI HỘI ĐỒNG DÂN TỘC"
    parsed, _ = parse_text(article(headline, "20/01/2023", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, LEAD)
    # An author's name in capitals and offices still signs the page.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "LÊ VĂN AN, Bí thư Tỉnh ủy", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Hội nghị sơ kết công tác", LEAD)


def test_a_weather_widgets_lines_are_chrome_and_a_headline_with_a_temperature_is_not():
    widget = "Hà Nội: 26°C Hà Nội\nĐà Nẵng: 26°C Đà Nẵng\nThừa Thiên Huế: 25°C Thừa Thiên Huế\n\n"
    # (A lead that names the same places: the widget's lines are not unrelated to the text.)
    lead = "Sáng 5-3, tại Hà Nội, đoàn công tác của Đà Nẵng và Thừa Thiên Huế dự hội nghị sơ kết công tác."
    parsed, _ = parse_text(widget + article("Hội nghị sơ kết công tác", lead, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Hội nghị sơ kết công tác", lead)
    parsed, _ = parse_text(article("Căn nhà bỗng nhiên nóng 40°C", LEAD, BODY))
    assert parsed["title"] == "Căn nhà bỗng nhiên nóng 40°C"


def test_the_offices_under_an_authors_name_in_capitals_are_no_lead():
    parsed, _ = parse_text(article("Những định hướng lớn để phát triển tỉnh đến năm 2030", "LÊ VĂN AN",
                                   "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh",
                                   "15:39, ngày 22-06-2023", LEAD, BODY))
    assert parsed["lead"] == LEAD


def test_a_portraits_caption_above_the_title_is_no_title():
    for label in ("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Cao Bằng", "Bí thư Tỉnh ủy Long An - Nguyễn Văn Bình"):
        parsed, _ = parse_text(article(label, "Hội nghị sơ kết công tác", LEAD, BODY))
        assert (parsed["title"], parsed["lead"], parsed["captions"]) == ("Hội nghị sơ kết công tác", LEAD, [label])
    # A headline that tells what the person did is a sentence, and the title.
    headline = "Ông Trần Văn Bình, Chủ tịch UBND tỉnh Cao Bằng tái đắc cử"
    parsed, _ = parse_text(article(headline, LEAD, BODY))
    assert parsed["title"] == headline


def test_the_province_of_the_districts_an_article_names_when_it_names_no_province():
    parsed, _ = parse_text(article("Hội nghị sơ kết", LEAD, "Huyện ủy Núi Thành và các xã đã hoàn thành kế hoạch. "
                                                             "Huyện Núi Thành dẫn đầu. " + BODY))
    assert parsed["province"] == "Quảng Nam"
    # A province the text names wins over its districts.
    parsed, _ = parse_text(article("Hội nghị sơ kết", LEAD, "Đoàn công tác tỉnh Sơn La thăm huyện Nam Giang. " + BODY))
    assert parsed["province"] == "Sơn La"


def test_a_district_at_the_end_of_the_title_locates_the_article_whatever_word_opens_the_lead():
    parsed, _ = parse_text(article("Kiểm tra công tác bầu cử tại huyện Núi Thành", LEAD, BODY))
    assert parsed["province"] == "Quảng Nam"


def test_a_district_committee_with_the_older_tone_mark_locates_the_article():
    parsed, _ = parse_text(article("Hội nghị sơ kết", "Kết luận Hội nghị, Quyền Bí thư Huyện uỷ Mường Tè đề nghị các xã "
                                                      "tập trung thực hiện kế hoạch.", BODY))
    assert parsed["province"] == "Lai Châu"


def test_a_district_seat_named_as_a_town_locates_the_article_as_its_district_does():
    parsed, _ = parse_text(article("Hội nghị sơ kết", "Sáng 28/7, Ban Chấp hành Đảng bộ thị trấn Núi Thành tổ chức hội "
                                                      "nghị sơ kết công tác.", BODY))
    assert parsed["province"] == "Quảng Nam"


def test_a_district_name_two_provinces_share_locates_nothing():
    lookup = district_provinces()
    assert lookup["Núi Thành"] == "Quảng Nam" and lookup["Đông Hưng"] == "Thái Bình"
    assert "Châu Thành" not in lookup  # a district of several provinces of the Mekong delta
    assert len(lookup) > 600


@pytest.mark.parametrize("lead, province", [
    ("Chiều 4/11, HĐND thị xã Sơn Tây khóa XX tổ chức kỳ họp thứ 9.", "Hà Nội"),
    ("Chiều 4/11, HĐND huyện Sơn Tây khóa XII tổ chức kỳ họp thứ 9.", "Quảng Ngãi"),
    ("Chiều 4/11, Thị ủy Hoàng Mai tổ chức hội nghị sơ kết.", "Nghệ An"),
    ("Chiều 4/11, Quận ủy Hoàng Mai tổ chức hội nghị sơ kết.", "Hà Nội"),
    # A district's Youth Union names its district as its Party committee does.
    ("Chiều 4/11, Huyện đoàn Thạch An tổ chức đại hội.", "Cao Bằng"),
    ("Chiều 4/11, Quận Đoàn Tân Phú tổ chức đại hội.", "Thành phố Hồ Chí Minh"),
    # ... not a district's officer whose surname is Đoàn ("Thanh Sơn" is a district of Phú Thọ).
    ("Chiều 5/3, Phó Chủ tịch UBND huyện Đoàn Thanh Sơn chủ trì hội nghị.", None),
    # A kind the district had before: Huế's Phong Điền was a huyện until 2025, as Cần Thơ's is.
    ("Chiều 4/11, HĐND huyện Phong Điền tổ chức kỳ họp thứ 9.", None),
])
def test_a_district_name_two_provinces_share_locates_the_article_by_its_kind_of_district(lead, province):
    parsed, _ = parse_text(article("Hội nghị sơ kết", lead, BODY))
    assert parsed["province"] == province


@pytest.mark.parametrize("lead, province", [
    ("Sáng 7/2, Chi bộ Trường Tiểu học tổ chức đại hội, với đại diện Đảng ủy phường Mễ Trì.", "Hà Nội"),
    ("Sáng 7/2, HĐND xã Hoằng Xuân tổ chức kỳ họp thứ 9.", "Thanh Hóa"),
    # A commune's name that several provinces share locates nothing ("xã Tân Hòa": a dozen provinces have one).
    ("Sáng 7/2, HĐND xã Tân Hòa tổ chức kỳ họp thứ 9.", None),
    # A numbered district ("Quận 5") is the one city's that numbers them.
    ("Sáng 7/2, UBND Quận 5 phát động đợt quyên góp.", "Thành phố Hồ Chí Minh"),
    # ... only after "quận"; and a "thị xã" (a town of a district's rank) is no commune's word.
    ("Sáng 7/2, toàn huyện 12 xã đã tổ chức đại hội.", None),
    ("Sáng 7/2, HĐND thị xã Hoằng Xuân tổ chức kỳ họp thứ 9.", None),
    # "bà xã", "ông xã": a wife, a husband.
    ("Sáng 7/2, bà xã Hoằng Xuân chia sẻ kỷ niệm với các bạn.", None),
])
def test_the_province_of_the_communes_an_article_names_when_it_names_no_province_nor_district(lead, province):
    parsed, _ = parse_text(article("Hội nghị sơ kết", lead, BODY))
    assert parsed["province"] == province


def test_a_name_and_its_title_joined_by_a_dash_spaced_or_not():
    from tests.conftest import extract_text

    for sentence in ("Ông Hà Phẩm Chất-Phó Bí thư Chi bộ chia sẻ kinh nghiệm.",
                     "Ông Hà Phẩm Chất- Phó Bí thư Chi bộ chia sẻ kinh nghiệm."):
        persons = extract_text(LEAD, sentence).persons
        assert persons.select("name", "title").rows() == [("Hà Phẩm Chất", "Phó Bí thư Chi bộ")], sentence


def test_a_date_in_words_in_the_lead_is_a_date():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Sáng ngày 30 tháng 8 năm 2023, Đảng ủy xã tổ chức hội "
                                   "nghị sơ kết.", BODY))
    assert str(parsed["event_date"]) == "2023-08-30"
    assert str(parsed["published_at"])[:10] == "2023-08-30"  # no date line: the lead's opening date stands in


def test_a_first_sentence_that_opens_as_a_paragraph_does_is_the_lead_of_a_page_without_title():
    first = "Theo đó, Ban Thường vụ Tỉnh ủy phân công ông Võ Chí Công giữ chức Trưởng Ban Tổ chức Tỉnh ủy."
    parsed, _ = parse_text(article(first, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, first)


def test_a_line_too_short_for_a_sentence_between_the_title_and_the_text_is_not_the_lead():
    for widget in ("Xem với cỡ chữ", "0:00 / 0:00", "Nghe bài này"):
        parsed, _ = parse_text(article("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", widget, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == ("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD), widget
    # A short lead that ends as a sentence does is still the lead.
    parsed, _ = parse_text(article("Bế mạc kỳ họp thứ 8", "Kỳ họp đã bế mạc.", BODY))
    assert parsed["lead"] == "Kỳ họp đã bế mạc."


def test_a_sections_name_of_two_parts_between_the_title_and_the_text_is_not_the_lead():
    """Separators are no words: "Chính trị - Ngoại giao" is four words, a section's name, not a sentence."""
    for section in ("Chính trị - Ngoại giao", "Thông tin - Tin tức"):
        parsed, _ = parse_text(article("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", section, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == ("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD), section


def test_a_pages_reader_and_print_buttons_are_no_title():
    parsed, _ = parse_text(article("15/05/2025", "Xem cỡ chữ", "Đọc bài viết", "In", "Gửi email", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, LEAD)


def test_a_short_line_about_the_size_of_the_letters_is_the_pages_not_the_title():
    for widget in ("Điều chỉnh kích thước chữ", "Tăng cỡ chữ Giảm cỡ chữ"):
        parsed, _ = parse_text(article(widget, "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD, BODY))
        assert parsed["title"] == "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", widget
    # The zoom buttons under the title are no lead; a headline that says "thu nhỏ" alone is a headline.
    parsed, _ = parse_text(article("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", "Phóng to Thu nhỏ In", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD)
    parsed, _ = parse_text(article("Thu nhỏ khoảng cách giàu nghèo giữa các vùng", LEAD, BODY))
    assert parsed["title"] == "Thu nhỏ khoảng cách giàu nghèo giữa các vùng"
    # The buttons themselves, above a headline in capitals.
    for widget in ("A- A+", "-A A +A"):
        parsed, _ = parse_text(article(widget, "KỲ HỌP THỨ NHẤT HĐND HUYỆN VĂN LÃNG KHÓA XX", LEAD, BODY))
        assert parsed["title"] == "KỲ HỌP THỨ NHẤT HĐND HUYỆN VĂN LÃNG KHÓA XX", widget


def test_a_first_line_with_a_photo_credit_is_a_caption_not_the_title():
    for caption in ("Đoàn chủ tọa kỳ họp. Ảnh: Thế Trang", "Bí thư Huyện ủy phát biểu kết luận (Ảnh: Trọng Toàn)."):
        parsed, _ = parse_text(article(caption, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == (None, LEAD), caption
        assert caption in parsed["captions"]


def test_meta_lines_with_their_labels_are_read_as_date_and_view_count_lines():
    for meta, published, views in (("Ngày đăng 17/07/2019 | 09:15 | View count: 85", "2019-07-17 09:15:00", 85),
                                   ("Ngày đưa: 20/09/2019 01:44:30 PM In bài", "2019-09-20 13:44:30", None),
                                   ("Lượt xem: 723 lượt xem", None, 723)):
        parsed, _ = parse_text(article("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", meta, LEAD, BODY))
        assert parsed["lead"] == LEAD, meta
        assert (str(parsed["published_at"])[:19] if parsed["published_at"] else None) == published, meta
        assert parsed["view_count"] == views, meta


def test_a_line_above_the_headline_that_shares_none_of_its_words_with_the_text_is_not_the_title():
    title = "Hội nghị Ban Thường vụ Tỉnh ủy sơ kết công tác xây dựng Đảng"
    for banner in ("Nghiên cứu - Dữ liệu", "Đặt mua báo in | Đọc báo in phiên bản số", "Nhảy đến nội dung chính"):
        parsed, _ = parse_text(article(banner, title, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == (title, LEAD), banner
    # A catchy headline above a sapo that shares the text's words stays the title: the sapo is no headline.
    catchy = "Những con số biết nói trong một nhiệm kỳ"
    sapo = "Ban Thường vụ Tỉnh ủy sơ kết công tác xây dựng Đảng."
    parsed, _ = parse_text(article(catchy, sapo, LEAD, BODY))
    assert parsed["title"] == catchy


def test_a_long_first_sentence_with_its_period_is_the_lead_of_a_page_without_title():
    first = ("Sau ba ngày làm việc khẩn trương với tinh thần đoàn kết, chiều 28/10, Đại hội đại biểu Đảng bộ tỉnh lần "
             "thứ XIX, nhiệm kỳ 2020 - 2025 đã bế mạc tại Hội trường Trung tâm hội nghị tỉnh.")
    parsed, _ = parse_text(article(first, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, first)


def test_a_portals_greeting_is_not_the_title():
    parsed, _ = parse_text(article("Chào mừng quý vị đến với Cổng thông tin điện tử Đảng bộ tỉnh",
                                   "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD, BODY))
    assert parsed["title"] == "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI"


def test_a_title_whose_later_words_are_in_lower_case_is_a_title():
    from tests.conftest import extract_text

    for sentence, title in (("Bà Võ Thị Minh Sinh - Phó bí thư Tỉnh ủy phát biểu tại hội nghị.", "Phó bí thư Tỉnh ủy"),
                            ("Ông Dương Huỳnh Khải, Phó chủ tịch HĐND tỉnh chủ trì kỳ họp.", "Phó chủ tịch HĐND tỉnh"),
                            ("Phó chánh án TAND tỉnh Hoàng Thanh Dũng nhận Huân chương.", "Phó chánh án TAND tỉnh")):
        persons = extract_text(LEAD, sentence).persons
        assert title in persons["title"].to_list(), sentence


def test_a_headline_with_its_date_and_time_printed_at_its_end():
    title = "Bí thư quận làm Bí thư Đảng ủy phường Chợ Lớn"
    for line in (f"{title} 08/08/2025 18:13", f"{title}|21:39 - 08/08/2025"):
        parsed, _ = parse_text(article(line, LEAD, BODY))
        assert parsed["title"] == title, line
        assert str(parsed["published_at"])[:16] in ("2025-08-08 18:13", "2025-08-08 21:39"), line
    # A date without its time may belong to the headline; a date line's own label stays with its date.
    parsed, _ = parse_text(article(f"{title} đến 08/08/2025", LEAD, BODY))
    assert parsed["title"] == f"{title} đến 08/08/2025"


def test_an_event_date_after_a_comma():
    parsed, _ = parse_text(article("Khai mạc kỳ họp thứ Hai", "Ngày mai, 30-7-2021, tại Trung tâm Hội nghị tỉnh, HĐND "
                                   "tỉnh tổ chức kỳ họp thứ Hai.", BODY))
    assert str(parsed["event_date"]) == "2021-07-30"


@pytest.mark.parametrize("lead, event", [
    ("Đại hội sẽ diễn ra trong hai ngày 04 và 05 tháng 8 năm 2010 tại Hà Nội.", "2010-08-04"),
    ("Kỳ họp diễn ra trong 2 ngày 11 và 12/7/2023 tại hội trường tỉnh.", "2023-07-11"),
])
def test_of_two_days_of_a_month_the_event_opens_on_the_first(lead, event):
    parsed, _ = parse_text(article("Khai mạc kỳ họp thứ Hai", lead, BODY))
    assert str(parsed["event_date"]) == event
    # Two figures that are no days of a month are no date.
    parsed, _ = parse_text(article("Khai mạc kỳ họp thứ Hai", "Mỗi ngày 2 và 3 - 4 lần, tăng ngày 20 và 25-30%.", BODY))
    assert parsed["event_date"] is None


def test_an_outlets_code_as_a_line_of_its_own_names_the_outlet_and_is_no_author():
    # A station's code closing the article, in capitals or not (a logo's alt text).
    for code, outlet, province in (("HYTV", "Đài Phát thanh và Truyền hình Hưng Yên", "Hưng Yên"),
                                   ("vnews", "Truyền hình Thông tấn", None), ("KGO", "Báo Kiên Giang", "Kiên Giang")):
        parsed, authors = parse_text(article("Hội nghị sơ kết công tác", "Chiều 5-3, hội nghị diễn ra tại hội trường.",
                                             BODY, code))
        assert (parsed["outlet"], authors) == (outlet, []), code
        assert parsed["province"] == province or province is None, code
    # The editorial board's signature names no outlet; nor does a code that is also a word, unless in capitals.
    for line in ("BBT", "Cao"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Chiều 5-3, hội nghị diễn ra tại hội trường.",
                                       BODY, line))
        assert parsed["outlet"] is None, line
    # A page that names its outlet keeps it: a closing code may credit a source.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Chiều 5-3, hội nghị diễn ra tại hội trường.", BODY,
                                   "TTXVN", "Theo dõi Báo Sơn La trên Google News"))
    assert parsed["outlet"] == "Báo Sơn La"


def test_where_someone_stands_in_the_picture_marks_a_caption():
    # A remark in brackets on a person's place in the picture: a caption, never the title, wherever it stands.
    for caption in ("Ông Trần Văn Bình (thứ ba từ phải sang) trao cờ thi đua cho các đơn vị",
                    "Lãnh đạo huyện (ngoài cùng bên trái) thăm mô hình trồng rau",
                    "Các đại biểu (từ trái qua phải) cắt băng khánh thành cầu mới"):
        parsed, _ = parse_text(article(caption, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == (None, LEAD), caption
        assert caption in parsed["captions"], caption
    # Brackets that say something else keep the headline a title.
    parsed, _ = parse_text(article("Hội nghị (mở rộng) Ban Chấp hành Đảng bộ huyện", LEAD, BODY))
    assert parsed["title"] == "Hội nghị (mở rộng) Ban Chấp hành Đảng bộ huyện"


def test_a_comment_counter_is_chrome_wherever_it_stands():
    # Under the sapo: neither a caption nor text.
    for counter in ("Bình luận 0", "Ý kiến (4)", "Ý kiến ()"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, counter, BODY))
        assert counter not in parsed["captions"] and counter not in " ".join(parsed["body"]), counter
    # After the text: the names above it close the article (the writers).
    parsed, authors = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, "Minh Anh – Thu Hà", "Ý kiến ()"))
    assert authors == [{"name": "Minh Anh", "roles": ["text"]}, {"name": "Thu Hà", "roles": ["text"]}]


def test_a_comment_forms_or_share_bars_line_is_chrome_in_whatever_order_it_prints_its_words():
    widgets = ("Thích và chia sẻ bài viết qua", "Nhập bình luận của bạn:", "Ý kiến bạn đọc - Gửi bình luận",
               "Gửi bình luận Nhập lại", "Chia sẻ Zalo", "Xem thêm bình luận", "Ý kiến bạn đọc ()")
    for widget in widgets:
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, widget, BODY))
        assert widget not in parsed["captions"] and widget not in " ".join(parsed["body"]), widget
    # A line with a word of its own is text: a sub-heading that shares, a delegates' opinions.
    for line in ("Chia sẻ kinh nghiệm", "Ý kiến của đại biểu"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, line, BODY))
        assert line in parsed["body"] + parsed["captions"], line


def test_a_pictures_label_numbered_as_the_articles_picture_is_no_caption():
    label = "Ông Trần Văn Bình tái đắc cử chức Chủ tịch Liên đoàn Lao động tỉnh - Ảnh 1."
    caption = "Ông Trần Văn Bình phát biểu tại đại hội"
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, label, caption, BODY))
    assert label not in parsed["captions"] + parsed["body"]
    # A caption that credits its photographer stays a caption.
    credited = "Quang cảnh hội nghị - Ảnh: Minh Anh"
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, credited, BODY))
    assert credited in parsed["captions"]


def test_a_speechs_salutation_is_the_speechs_text_not_a_caption():
    for salutation in ("Thưa các vị đại biểu, khách quý và toàn thể Đại hội!", "Kính thưa cử tri và Nhân dân trong tỉnh!",
                       "Kính bạch chư tôn đức Tăng Ni.", "Nam mô A Di Đà Phật."):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, salutation, BODY))
        assert salutation in parsed["body"] and salutation not in parsed["captions"], salutation


def test_a_caption_opening_with_the_events_frame_stays_a_caption():
    # "Trong khuôn khổ ..." opens captions as often as leads (a fresh-eyes review's counter-example).
    caption = "Trong khuôn khổ Hội nghị, các đại biểu tham quan gian hàng trưng bày sản phẩm OCOP của tỉnh"
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, caption, BODY))
    assert caption in parsed["captions"]


def test_a_portals_greeting_names_the_site_it_welcomes_to():
    greeting = "Chào mừng quý vị đến với Cổng thông tin điện tử huyện Núi Thành - Tỉnh Quảng Nam!"
    parsed, _ = parse_text(article(greeting, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert (parsed["outlet"], parsed["title"], parsed["lead"]) == (
        "Cổng thông tin điện tử huyện Núi Thành - Tỉnh Quảng Nam", "Hội nghị sơ kết công tác", LEAD)
    # A greeting to something that is no site's name names no outlet.
    parsed, _ = parse_text(article("Chào mừng bạn đến với mùa lễ hội", "Hội nghị sơ kết công tác", LEAD, BODY))
    assert parsed["outlet"] is None


@pytest.mark.parametrize("greeting, site", [
    ("Chào mừng quý vị và các bạn đến với website của Hội Nông dân tỉnh Hòa Bình", "Hội Nông dân tỉnh Hòa Bình"),
    ("Chào mừng bạn đã đến với website www.hoinongdan-hoabinh.example.vn của Hội Nông dân tỉnh Hòa Bình. Chúc bạn"
     " một ngày làm việc thật vui !", "Hội Nông dân tỉnh Hòa Bình"),
    ("Chào mừng đến với TRANG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH HÒA BÌNH - Địa chỉ: số 12 đường Cù Chính Lan, phường"
     " Phương Lâm, thành phố Hòa Bình. Điện thoại: 0218 3852 000 - 0218 3852 111. Email: hoinongdan@example.vn - Website:"
     " hoinongdan.example.vn", "TRANG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH HÒA BÌNH"),
])
def test_a_greeting_to_any_reader_names_the_site_before_its_wishes_or_its_address(greeting, site):
    parsed, _ = parse_text(article(greeting, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert (parsed["outlet"], parsed["title"], parsed["lead"]) == (site, "Hội nghị sơ kết công tác", LEAD)


@pytest.mark.parametrize("logo, site", [
    ("UBND xã Hòa Bìnhhttps://hoabinh.example.gov.vn/uploads/hoabinh/logo-hoa-binh-128x128.png", "UBND xã Hòa Bình"),
    ("Đảng ủy - HĐND - UBND xã Hòa Bình, tỉnh Đồng Nai https://hoabinh.example.gov.vn/uploads/logo_1.png",
     "Đảng ủy - HĐND - UBND xã Hòa Bình, tỉnh Đồng Nai"),
])
def test_a_logos_alt_text_before_its_image_address_names_the_site(logo, site):
    parsed, _ = parse_text(article(logo, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert (parsed["outlet"], parsed["title"], parsed["lead"]) == (site, "Hội nghị sơ kết công tác", LEAD)
    # Another picture's address names nothing.
    parsed, _ = parse_text(article("Xem ảnh https://hoabinh.example.gov.vn/uploads/anh-hoi-nghi.png",
                                   "Hội nghị sơ kết công tác", LEAD, BODY))
    assert parsed["outlet"] is None


@pytest.mark.parametrize("owner", ["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÒA BÌNH", "UBND xã Hòa Bình - huyện Yên Lạc"])
def test_a_footer_names_its_owner_above_the_owners_address(owner):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, owner,
                                   "Địa chỉ liên hệ: số 1 đường Trần Phú, xã Hòa Bình", "Điện thoại: 0210 3800 000"))
    assert parsed["outlet"] == owner
    # A line of text above an address in the text names no outlet.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY + " Xem chi tiết tại địa chỉ dưới đây.",
                                   "Địa chỉ: số 1 đường Trần Phú"))
    assert parsed["outlet"] is None


def test_a_blog_engines_comment_form_ends_the_article():
    form = ("Trả lời", "Email của bạn sẽ không được hiển thị công khai. Các ô có dấu * là bắt buộc", "0123 456 789")
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, *form))
    assert parsed["captions"] == [] and all(line not in " ".join(parsed["body"]) for line in form)
    # An interview's answer, labelled, is text.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, "Trả lời: Chúng tôi đã hoàn thành kế hoạch.", BODY))
    assert "Trả lời: Chúng tôi đã hoàn thành kế hoạch." in parsed["body"]


@pytest.mark.parametrize("widget", [("Vui lòng nhập nội dung", "Vui lòng nhập mã xác nhận", "Hãy là người bình luận đầu tiên"),
                                    ("Quan tâm nhiều nhất", "Hội nghị tổng kết công tác năm của huyện"),
                                    ("Những tin mới hơn", "Những tin cũ hơn", "Nghị quyết số 15/2025/NQ-HĐND ngày 1/10/2025"),
                                    ("Thống kê truy cập", "Đang truy cập: 25"),
                                    ("Tin mới đăng", "17/10/2023", "Công bố hợp quy tháng 10 năm 2023"),
                                    ("Các bài mới", "Thư viện tỉnh tổ chức hội thi kể chuyện sách")])
def test_a_comment_forms_prompts_a_most_read_list_older_news_and_a_visitor_counter_end_the_article(widget):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, *widget))
    assert parsed["captions"] == [] and all(line not in " ".join(parsed["body"]) for line in widget), widget


def test_a_date_line_in_the_iso_form_is_read_year_first():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "2022-12-20 00:00:00", LEAD, BODY))
    assert parsed["published_at"].date().isoformat() == "2022-12-20"
    assert parsed["event_date"].isoformat() == "2022-03-05"
    # ... with slashes too: not 25/06/2030 read from its last figures (a date after the reading: quarantined).
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "2022/06/30 08:34", LEAD, BODY))
    assert parsed["published_at"].isoformat() == "2022-06-30T08:34:00+07:00"
    # ... and with dots, a view counter after it: not 2013-04-24 read from "24.04.13".
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "2024.04.13 - 459 lượt xem", LEAD, BODY))
    assert (parsed["published_at"].date().isoformat(), parsed["view_count"]) == ("2024-04-13", 459)


@pytest.mark.parametrize("date_line", ["Được đăng : 03/09/2018", "Posted on 03/09/2018", "Phát hành 3/9/2018"])
def test_a_content_managers_published_label_opens_a_date_line(date_line):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", date_line, LEAD, BODY))
    assert (parsed["published_at"].date().isoformat(), parsed["lead"]) == ("2018-09-03", LEAD)


def test_a_date_line_with_spaced_dashes_and_a_four_figure_year_is_a_date():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Đăng ngày 17 - 05 - 2024", LEAD, BODY))
    assert (parsed["date_line"], parsed["lead"]) == ("Đăng ngày 17 - 05 - 2024", LEAD)
    assert parsed["published_at"].date().isoformat() == "2024-05-17"
    # A spaced dash between two days is a range, not a date.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Từ ngày 14 - 16/10, hội nghị đã diễn ra tại tỉnh.",
                                   BODY))
    assert parsed["published_at"] is None


def test_the_lead_dates_a_page_without_date_line_by_a_date_with_its_year_and_a_time_of_day():
    lead = "Theo thông báo của Văn phòng Tỉnh ủy, chiều ngày 5/3/2024, tại hội trường tỉnh, hội nghị đã khai mạc."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", lead, BODY))
    assert str(parsed["published_at"])[:10] == "2024-03-05" and str(parsed["event_date"]) == "2024-03-05"
    # A day and month alone date nothing, nor does a date without a time of day (a deadline, a range); a date line
    # wins over the lead.
    for other in (lead.replace("5/3/2024", "5/3"), "Theo kế hoạch, việc rà soát dự kiến hoàn thành vào ngày 30/6/2024.",
                  "Theo báo cáo, từ ngày 1-1-2024 đến nay, toàn tỉnh kết nạp 300 đảng viên."):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", other, BODY))
        assert parsed["published_at"] is None, other
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "07/03/2024 10:15", lead, BODY))
    assert str(parsed["published_at"]).startswith("2024-03-07 10:15")
    # An hour on the clock after "lúc" or "hồi" is a time of day.
    for opening in ("Vào lúc 14h ngày 20 tháng 05 năm 2018", "Vào hồi 15h30 ngày 20/5/2018"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", opening + ", chi bộ tổ chức đại hội.", BODY))
        assert str(parsed["published_at"])[:10] == "2018-05-20", opening


@pytest.mark.parametrize("lead, published", [
    # A full date after "ngày" anywhere in the lead dates a page without a date line (design.md's convention) ...
    ("Thực hiện quy chế làm việc, ngày 13/01/2025 Đảng bộ Trường tổ chức hội nghị.", "2025-01-13"),
    ("Hôm nay đúng 7 giờ 30 phút ngày 12 tháng 01 năm 2019, toàn thể giáo viên đã tập trung.", "2019-01-12"),
    ("Tính đến hết ngày 04/6/2010, các huyện đã chỉ đạo đại hội xong 34 tổ chức cơ sở đảng.", "2010-06-04"),
    # ... but not a document's date, a span's start, a deadline, nor a worded date without "ngày".
    ("Thực hiện Quy định số 61-QĐ/TU ngày 15/01/2021 của Ban Thường vụ, Huyện ủy đã họp.", None),
    ("Đảng bộ phường vừa trao huy hiệu 50 năm tuổi Đảng đợt 3 tháng 2 năm 2012 cho đảng viên.", None),
    ("Theo kế hoạch, đại hội các chi bộ sẽ hoàn thành trước ngày 15/8/2024.", None),
    ("Dự kiến Thủ tướng sẽ gặp lại cộng đồng doanh nghiệp tư nhân Việt Nam ngày 17-5-2017 tại Hà Nội.", None),
    # ... nor a span's end after its start.
    ("Từ 20-12-2018 đến hết ngày 20-1-2019 UBND thành phố tổ chức trưng bày sinh vật cảnh chào Xuân.", None),
    ("Vừa qua, từ ngày 20/9 đến hết ngày 23/9/2022, 06 chi bộ trực thuộc Đảng bộ đã tổ chức đại hội.", None),
    ("Đảng bộ Công ty có 4 chi bộ trực thuộc. Từ ngày 28/02/2020 đến ngày 11/03/2020, các chi bộ đã tổ chức đại hội.",
     None),
    # "Trước" opening another clause is no deadline: the date after it is written on.
    ("Trước tình hình đó, ngày 13/01/2025 Đảng bộ xã đã họp bất thường.", "2025-01-13"),
])
def test_a_date_the_lead_states_after_ngay_dates_a_page_without_date_line(lead, published):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", lead, BODY))
    assert (str(parsed["published_at"])[:10] if parsed["published_at"] else None) == published


def test_a_headline_printed_twice_on_its_line_is_read_once():
    headline = "Đức Huệ trao 50 suất học bổng cho học sinh vượt khó"
    parsed, _ = parse_text(article(headline + headline, LEAD, BODY))
    assert parsed["title"] == headline
    # ... after a space, and closed by a period, which a headline printed once on a line of its own is not.
    closed = "Tổ chức thành công Đại hội Công đoàn cơ sở Ban Quản lý dự án lần thứ IX, nhiệm kỳ 2023 - 2028."
    lead = "Ngày 21/4/2023, Đại hội Công đoàn cơ sở Ban Quản lý dự án lần thứ IX đã được tổ chức thành công tốt đẹp."
    parsed, _ = parse_text(article(f"{closed} {closed}", lead, BODY))
    assert (parsed["title"], parsed["lead"]) == (closed, lead)
    # A short title's equal halves are left as printed.
    parsed, _ = parse_text(article("Hà Nội Hà Nội", LEAD, BODY))
    assert parsed["title"] == "Hà Nội Hà Nội"


def test_a_signature_marked_compiled_closes_the_article_and_is_no_caption():
    for signature, authors in (("Ban Tuyên truyền Hội Nông dân huyện (T/h)", []),
                               ("Minh Châu (Tổng hợp)", [{"name": "Minh Châu", "roles": ["text"]}])):
        parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, signature))
        assert parsed["captions"] == [] and signature not in " ".join(parsed["body"]), signature
        assert found == authors, signature


@pytest.mark.parametrize("line, name", [("Tác giả: Trần Văn Bình, Công chức Văn hóa xã", "Trần Văn Bình"),
                                        ("Tác giả: Minh Khoa: Văn hóa", "Minh Khoa"),
                                        ("Tác giả : Th.s Lê Thị Hoa - Phó Hiệu trưởng", "Lê Thị Hoa"),
                                        ("Tác giả bài viết: Nguyễn Thành Tâm", "Nguyễn Thành Tâm"),
                                        ("Tác giả bài viết: Doãn Thị Ý-TPT", "Doãn Thị Ý")])
def test_a_labelled_writer_with_an_affiliation_after_the_name_closes_the_article(line, name):
    parsed, authors = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, line))
    assert [a["name"] for a in authors] == [name] and line not in " ".join(parsed["body"])


def test_a_writers_label_naming_a_body_is_a_credit_with_no_writer():
    line = "Tác giả bài viết: Đoàn xã Tam Đàn"
    parsed, authors = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, line))
    assert authors == [] and line not in " ".join(parsed["body"]) and parsed["body"] == [BODY]


def test_a_label_and_a_web_address_alone_on_a_line_are_the_pages():
    for line in ("Link bài viết: https://example.vn/hoi-nghi-so-ket-a123.html", "Báo Ví Dụ - Địa chỉ: https://example.vn"):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, line, BODY))
        assert line not in " ".join(parsed["body"]) and line not in parsed["captions"], line


def test_a_menu_of_two_entries_with_a_separator_above_the_headline_is_not_the_title():
    parsed, _ = parse_text(article("Công đoàn -- Thanh niên", "Hội nghị triển khai công tác Đảng 6 tháng cuối năm",
                                   LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Hội nghị triển khai công tác Đảng 6 tháng cuối năm", LEAD)


def test_a_finished_sentence_told_in_the_narratives_tense_is_text_not_a_caption():
    told = "Ban Chấp hành Đảng bộ tỉnh cũng bầu 2 đồng chí làm Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025."
    shown = "Đồng chí Nguyễn Văn An phát biểu tại hội nghị."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, told, shown, BODY))
    assert parsed["captions"] == [shown]
    assert told in "\n".join(parsed["body"])


def test_one_or_two_words_alone_on_a_line_are_no_caption():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, "Audio", BODY, "img 1757", BODY))
    assert parsed["captions"] == []
    assert not {"Audio", "img 1757"} & set(parsed["body"])


def test_an_outlets_name_in_parentheses_with_its_dash_against_the_lead():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "(Mặt trận) -" + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "Mặt trận")


def test_being_elected_ends_a_title_after_the_name_but_is_part_of_one_before_it():
    from tests.conftest import extract_text

    persons = extract_text(LEAD, "Theo đó, đồng chí Thào Xuân Sùng, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân "
                                 "Việt Nam khóa VI tái đắc cử với 100% phiếu bầu.").persons
    assert ("Thào Xuân Sùng", "Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam khóa VI") in persons.select(
        "name", "title").rows()
    persons = extract_text(LEAD, "Tổng thống đắc cử Pháp Emmanuel Macron phát biểu.").persons
    assert persons.select("name", "title").rows() == [("Emmanuel Macron", "Tổng thống đắc cử Pháp")]


def test_consists_of_ends_a_title():
    from tests.conftest import extract_text

    persons = extract_text(LEAD, "Các Phó bí thư Tỉnh ủy gồm ông Tạ Văn Tuấn, Chủ tịch UBND tỉnh.").persons
    assert "Phó bí thư Tỉnh ủy gồm" not in persons["title"].to_list()


def test_the_pages_words_with_their_accents_stripped_are_an_alt_text_not_a_caption():
    text = "Đồng chí Thào Xuân Sùng tái đắc cử Chủ tịch Hội Nông dân Việt Nam với số phiếu tuyệt đối."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, text, "Thao Xuan Sung", BODY))
    assert "Thao Xuan Sung" not in parsed["captions"] + parsed["body"]
    # Plain ASCII words that are not the page's own words stripped of accents stay where they were.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, text, "Emmanuel Macron Paris France", BODY))
    assert "Emmanuel Macron Paris France" in parsed["captions"] + parsed["body"]


def test_the_category_is_the_first_section_line_of_the_header_and_a_lower_case_name_joins_it():
    parsed, _ = parse_text(article("Skip to main content", "Thời sự xã hội", "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI",
                                   LEAD, BODY))
    assert parsed["category"] == "Thời sự xã hội"
    # A capitalised name after a space is the menu's next entry, not part of the section's name.
    parsed, _ = parse_text(article("Chính trị - Xã hội Xây dựng Đảng", "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI",
                                   LEAD, BODY))
    assert parsed["category"] == "Chính trị - Xã hội"


# --- batch K (2026-12-04): each shape seen on two sites or more ---------------------------------------------------


def test_a_date_in_parentheses_after_the_headline_is_its_date_line():
    for stamp, published in (("(16/10/2020)", "2020-10-16"), ("(03/02/2019 21:20)", "2019-02-03 21:20")):
        parsed, _ = parse_text(article(f"Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII thành công tốt đẹp {stamp}", LEAD, BODY))
        assert parsed["title"] == "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII thành công tốt đẹp"
        assert str(parsed["published_at"]).startswith(published), stamp
    # Without parentheses, a date alone stays in the headline (it may be the headline's own).
    parsed, _ = parse_text(article("Hoàn thành đại hội chi bộ trước 30/6/2024", LEAD, BODY))
    assert parsed["title"] == "Hoàn thành đại hội chi bộ trước 30/6/2024"


def test_a_date_and_time_with_a_label_of_a_word_or_two_is_a_date_line_not_the_title():
    for stamp in ("Print Thứ Bảy, 26/01/2019 19:26", "Trong nước - Ngày đăng : 14:19, 13/12/2018",
                  "14:20 12/12/2022 3367"):
        parsed, _ = parse_text(article(stamp, LEAD, BODY))
        assert parsed["title"] is None and parsed["lead"] == LEAD, stamp
        assert parsed["published_at"] is not None, stamp
    # A longer line around a date and time is not one.
    parsed, _ = parse_text(article("Hội nghị Ban Chấp hành mở rộng khai mạc 08:00 ngày 12/12/2022", LEAD, BODY))
    assert parsed["title"] == "Hội nghị Ban Chấp hành mở rộng khai mạc 08:00 ngày 12/12/2022"


def test_a_lead_opening_with_a_dateline_code_is_no_caption_above_a_title():
    lead = "(kontumtv.vn) – Hội đồng nhân dân huyện đã tổ chức kỳ họp lần thứ bảy, khóa VI."
    parsed, _ = parse_text(article(lead, "KY HOP THU BAY HOI DONG NHAN DAN HUYEN", BODY))
    assert parsed["lead"] == lead.removeprefix("(kontumtv.vn) – ")
    assert parsed["outlet"] == "kontumtv.vn"


def test_a_site_name_with_a_capitalised_tail_is_a_dateline_code():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "BizLIVE - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "BizLIVE")


def test_a_section_name_or_a_letterhead_in_capitals_below_the_title_is_not_the_lead():
    title = "Đảng bộ xã kết nạp 5 đảng viên mới"
    parsed, _ = parse_text(article(title, "Tin tức - Sự kiện Tin hoạt động", title, LEAD, BODY))
    assert parsed["lead"] == LEAD
    parsed, _ = parse_text(article("Đề cương tuyên truyền kết quả Đại hội", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN",
                                   "Phú Yên, ngày 25 tháng 10 năm 2021", "ĐỀ CƯƠNG TUYÊN TRUYỀN", LEAD, BODY))
    assert parsed["lead"] == LEAD
    assert parsed["published_at"] is None  # the letterhead's date is the document's, not the page's


def test_screen_reader_links_and_a_details_label_are_chrome():
    parsed, _ = parse_text(article("Skip Ribbon Commands", "Skip to main content", "Chi tiết - Huyện Vĩnh Linh",
                                   "Vĩnh Linh: Đại hội MTTQ các cấp hoàn thành trước 30/6/2024", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Vĩnh Linh: Đại hội MTTQ các cấp hoàn thành trước 30/6/2024", LEAD)


def test_a_widget_still_loading_is_chrome_and_who_else_attended_is_text_not_a_caption():
    attended = "Cùng dự có đồng chí Hà Văn Tiếp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, "Loading...", attended, "Chờ...", BODY))
    assert parsed["captions"] in (None, []), parsed["captions"]
    assert attended in parsed["body"] and "Loading" not in parsed["body"] and "Chờ..." not in parsed["body"]


def test_a_date_line_may_give_its_date_in_words():
    parsed, _ = parse_text(article("Hoạt động của Liên đoàn Lao động tỉnh",
                                   "Cập nhật lúc Thứ Sáu, ngày 28 tháng 11 năm 2025 - 13:47 (GMT+7)",
                                   "Công đoàn tỉnh thẩm định hồ sơ Đại hội lần thứ I, nhiệm kỳ 2025 - 2030", LEAD, BODY))
    assert str(parsed["published_at"]).startswith("2025-11-28 13:47")
    # ... and a section's name with what it covers, above the headline, is not the title.
    assert parsed["title"] == "Công đoàn tỉnh thẩm định hồ sơ Đại hội lần thứ I, nhiệm kỳ 2025 - 2030"
    assert parsed["lead"] == LEAD


def test_a_section_name_that_is_the_only_headline_stays_the_title():
    parsed, _ = parse_text(article("Hoạt động tình nguyện hè sôi nổi", LEAD, BODY))
    assert parsed["title"] == "Hoạt động tình nguyện hè sôi nổi"


def test_a_lead_opening_with_a_dateline_code_of_any_known_shape_is_no_caption_above_a_title():
    lead = "BizLIVE - Ông Hồ Văn Thiệu, Phó Chủ tịch UBND tỉnh vừa được bầu giữ chức Chủ tịch UBND tỉnh."
    parsed, _ = parse_text(article(lead, "Tỉnh bầu Chủ tịch mới", BODY))
    assert (parsed["lead"], parsed["outlet"]) == (lead.removeprefix("BizLIVE - "), "BizLIVE")


def test_a_province_named_in_capitals_or_as_running_text_writes_the_city():
    parsed, _ = parse_text(article("Báo cáo kết quả Đại hội đại biểu Đảng bộ thành phố Hồ Chí Minh lần thứ IX", LEAD, BODY))
    assert parsed["province"] == "Thành phố Hồ Chí Minh"
    parsed, _ = parse_text(article("HỘI NGHỊ TIẾP XÚC CỬ TRI PHƯỜNG 4, QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH", LEAD, BODY))
    assert parsed["province"] == "Thành phố Hồ Chí Minh"


def test_a_congress_presidium_is_no_person():
    from tests.conftest import extract_text

    persons = extract_text(LEAD, "Đại hội có 150 đại biểu là Ủy viên Đoàn Chủ tịch, Ủy viên Ban Chấp hành Trung ương Hội."
                           ).persons
    assert "Đoàn Chủ" not in persons["name"].to_list()


def test_a_station_or_a_portal_named_as_pages_print_it_is_the_outlet():
    for signature, outlet in (("Đài PT-TH Kon Tum", "Đài Phát thanh và Truyền hình Kon Tum"),
                              ("Theo Cổng TTĐT tỉnh Bắc Ninh", "Cổng Thông tin điện tử tỉnh Bắc Ninh")):
        parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, signature))
        assert parsed["outlet"] == outlet, signature


def test_a_name_under_a_paragraph_closed_by_its_mark_signs_it_whatever_follows():
    closed = BODY + "./."
    for after in ("The website encountered an unexpected error. Please try again later.", "Chia sẻ bài viết"):
        parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, closed, "Quang Huấn", after))
        assert found == [{"name": "Quang Huấn", "roles": ["text"]}], after
    # Two names whose dash lost the space before it.
    parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, closed, "Hữu Bằng- Thanh Hiểu"))
    assert [author["name"] for author in found] == ["Hữu Bằng", "Thanh Hiểu"]
    # Without the closing mark, a name followed by text is no signature.
    parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, "Quang Huấn", BODY))
    assert found == []


def test_a_signatures_affiliation_in_brackets_under_the_name_is_no_text():
    affiliation = "(Cơ quan UBKT Tỉnh ủy Hưng Yên)"
    parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, "Hoàng Huy", affiliation))
    assert found == [{"name": "Hoàng Huy", "roles": ["text"]}]
    assert affiliation not in " ".join(parsed["body"])


@pytest.mark.parametrize("code", ["GD&TĐ", "VOV5", "(VOV5)", "KT&ĐT", "(Quanuy1hcm.org.vn)",
                                  "(tuongduong.nghean.gov.vn)"])
def test_a_dateline_code_with_figures_or_an_ampersand_or_a_domain(code):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", f"{code} - {LEAD}", BODY))
    assert (parsed["lead"], parsed["outlet_code"]) == (LEAD, code.strip("()"))


def test_a_name_right_under_the_last_paragraph_signs_it_when_only_short_lines_follow():
    for after in (["Tin đã đưa"], ["Ban Tuyên giáo Huyện ủy"], ["Xem thêm video:", "[player]abc123[/player]"]):
        parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, "Tấn Quang", *after))
        assert found == [{"name": "Tấn Quang", "roles": ["text"]}], after
    # Names in a list under a colon are no signature, nor is a name that a paragraph follows.
    parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, "Ban chỉ đạo gồm các đồng chí:",
                                       "Tấn Quang", "Tin đã đưa"))
    assert found == []
    parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, "Tấn Quang", BODY, "Tin đã đưa"))
    assert found == []


@pytest.mark.parametrize("caption", [
    "Đồng chí Nguyễn Hữu Tuấn - Bí thư Đảng ủy, Chủ tịch HĐND xã Ninh Phước phát biểu khai mạc đại hội.",
    "Đồng chí Trần Văn Sơn – Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu tại phiên trù bị Đại hội.",
])
def test_a_photos_caption_of_a_person_speaking_is_no_title_and_no_lead(caption):
    for lines in ((caption, LEAD, BODY), ("Hội nghị sơ kết công tác", caption, LEAD, BODY)):
        parsed, _ = parse_text(article(*lines))
        assert parsed["lead"] == LEAD and caption in parsed["captions"], lines
    # ... and so is one that names the offices first ("Phó Chủ tịch ... phụ trách HĐND TP Nguyễn Văn An phát biểu").
    caption = "Phó Chủ tịch Thường trực phụ trách HĐND tỉnh Nguyễn Văn An phát biểu khai mạc kỳ họp"
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Thứ sáu, 24/05/2024 10:50", caption, LEAD, BODY))
    assert parsed["lead"] == LEAD and caption in parsed["captions"]
    # A sentence of the story that opens with a person and an office is the lead: a clause word before the act.
    lead = "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, đã được bầu làm Chủ tịch HĐND tỉnh và phát biểu nhận nhiệm vụ."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", lead, BODY))
    assert parsed["lead"] == lead


def test_a_photo_credit_joined_by_an_underscore_marks_a_caption():
    caption = "Các đại biểu dự hội nghị sơ kết công tác xây dựng Đảng_Ảnh: TTXVN"
    parsed, found = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, caption, BODY))
    assert caption not in " ".join(parsed["body"])


def test_a_text_wrapped_at_a_fixed_width_is_joined_again():
    wrapped = ("Sáng ngày\n7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội\n"
               "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026.\n"
               "Tham dự có đại diện lãnh đạo UBND,\nUBMTTQ huyện; thủ trưởng các cơ quan\n"
               "chuyên môn liên quan của huyện.\n" + BODY)
    parsed, _ = parse_text(wrapped)
    assert parsed["lead"] == ("Sáng ngày 7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội "
                              "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026.")
    assert "Tham dự có đại diện lãnh đạo UBND, UBMTTQ huyện; thủ trưởng các cơ quan chuyên môn liên quan của huyện." \
        in parsed["body"]
    # One break is no wrapping (an alt text in lower case under a headline), nor is an unaccented slug.
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác\nảnh minh họa hội nghị", LEAD, BODY))
    assert parsed["title"] == "Hội nghị sơ kết công tác"
    slugs = "\n".join(["Hội nghị sơ kết công tác của Đảng bộ", "video hoi nghi so ket cong tac cua dang bo tỉnh"] * 3)
    parsed, _ = parse_text(article(slugs, LEAD, BODY))
    assert parsed["title"] == "Hội nghị sơ kết công tác của Đảng bộ"


def test_a_text_wrapped_inside_names_and_titles_is_joined_again():
    wrapped = ("Sáng 5/3, HĐND huyện tổ chức kỳ họp thứ hai.\nDự kỳ họp có ông\nTrần Quang Bình - Bí thư Huyện ủy, Chủ tịch\n"
               "HĐND huyện; đồng chí Lê Văn An - Phó\nBí thư Thường trực Huyện ủy; ông Phạm Văn\nDũng - Chủ tịch UBND "
               "huyện; đồng chí Hoàng\nVăn Hải, Phó Chủ tịch HĐND huyện.\n" + BODY)
    parsed, found = parse_text(wrapped)
    assert ("Dự kỳ họp có ông Trần Quang Bình - Bí thư Huyện ủy, Chủ tịch HĐND huyện; đồng chí Lê Văn An - Phó Bí thư "
            "Thường trực Huyện ủy; ông Phạm Văn Dũng - Chủ tịch UBND huyện; đồng chí Hoàng Văn Hải, Phó Chủ tịch HĐND "
            "huyện.") in parsed["body"]
    assert parsed["captions"] == []
    # ... and inside a name whose last given name opens the next line.
    wrapped = ("Sáng 5/3, HĐND huyện tổ chức kỳ họp thứ hai.\nDự kỳ họp có ông\nTrần Quang Bình - Bí thư Huyện ủy. Thủ "
               "tướng Phạm Minh\nChính tham dự phiên họp của Chính\nphủ về công tác xây dựng pháp luật và\nTrần "
               "Quang Bình chủ trì.\n" + BODY)
    parsed, _ = parse_text(wrapped)
    assert any("Thủ tướng Phạm Minh Chính tham dự" in paragraph for paragraph in parsed["body"]), parsed["body"]
    # A caption that ends on a name is no break in a text that does not wrap.
    caption = "Đồng chí Trần Quang Bình phát biểu tại hội nghị"
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, caption, BODY))
    assert caption in parsed["captions"]


def test_a_caption_broken_before_what_its_subject_does_is_joined_again_in_any_text():
    who = "PGS,TS Lê Văn Lợi, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"
    for act in ("phát biểu khai mạc và đề dẫn Hội thảo.", "• tặng quà cho khu dân cư"):
        parsed, _ = parse_text(article("Hội thảo khoa học về công tác xây dựng Đảng", LEAD, f"{who}\n{act}", BODY))
        assert f"{who} {act.lstrip('• ')}" in parsed["captions"], parsed["captions"]
    # Not what a headline's alt text or its date line says in lower case (an act too: a headline names no one and
    # an office), nor an act with a figure.
    title = "Hội thảo khoa học về công tác xây dựng Đảng"
    for below in ("ảnh minh họa hội thảo", "thứ tư, 22/9/2021 14:20", "phát biểu tại kỳ họp thứ 2",
                  "trao quà cho hộ nghèo xã Tân Lập"):
        parsed, _ = parse_text(article(f"{title}\n{below}", LEAD, BODY))
        assert parsed["title"] == title, below


def test_a_caption_whose_office_goes_on_in_capitals_after_a_dash_is_joined_again():
    first = ("Đồng chí Phạm Văn Hòa - Phó Trưởng Ban", "Kinh tế Trung ương Hội Nông dân Việt Nam tặng hoa chúc mừng Đại hội")
    second = ("TS. Nguyễn Văn Tâm – Giám đốc Bệnh viện Trường", "Đại học Y Dược Huế phát biểu khai mạc hội nghị")
    # (The next caption, with its own name and office before the act, stays a caption of its own.)
    third = "Đồng chí Lê Văn Hải - Phó Bí thư Tỉnh ủy tặng hoa chúc mừng Đại hội"
    parsed, _ = parse_text(article("Đại hội Hội Nông dân tỉnh lần thứ X", LEAD, "\n".join(first), BODY,
                                   "\n".join(second), third, BODY))
    assert parsed["captions"] == [" ".join(first), " ".join(second), third]


def test_a_caption_broken_before_the_organisation_it_happens_at_is_joined_again():
    first = ("Phó Chủ tịch tỉnh Nguyễn Thị Hoa dự Lễ khai giảng", "Trường Trung học phổ thông Dân tộc nội trú Mường Lát")
    second = ("Đồng chí Trần Văn Nam trao cờ thi đua cho đơn vị", "Bệnh viện Đa khoa huyện năm 2024")
    parsed, _ = parse_text(article("Lễ khai giảng năm học mới", LEAD, "\n".join(first), BODY, "\n".join(second), BODY))
    assert parsed["captions"] == [" ".join(first), " ".join(second)]


def test_a_count_between_the_headline_and_its_date_is_no_title():
    title = "Ngôi nhà chung của những người làm báo tỉnh"
    for count in ("23", "1.392", "(15)"):
        parsed, _ = parse_text(article(title, count, "26/10/2020 06:08", LEAD, BODY))
        assert parsed["title"] == title, count


def test_the_title_printed_again_without_the_site_name_the_title_line_adds_is_no_lead():
    title = "Tích cực chuẩn bị tổ chức Đại hội đại biểu Đảng bộ Trường lần thứ XIX"
    parsed, _ = parse_text(article(f"{title} – Trường Đại học Ngoại ngữ", title, LEAD, BODY))
    assert parsed["lead"] == LEAD


@pytest.mark.parametrize("motto", ["THÂN THIỆN - AN TOÀN - HIỆU QUẢ", "“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM”"])
def test_a_bodys_motto_in_capitals_above_the_title_is_neither_title_nor_text(motto):
    # (A headline long enough to read as text: the motto was the title above it.)
    title = ("Đoàn Thanh niên tổ chức Hội nghị tổng kết công tác Đoàn và phong trào thanh niên năm học 2021 - 2022; "
             "triển khai nhiệm vụ công tác Đoàn và phong trào thanh niên năm học 2022 - 2023")
    parsed, _ = parse_text(article("Thứ Tư, 7/12/2022", motto, title, LEAD, BODY))
    assert parsed["title"] == title
    assert motto not in " ".join(parsed["body"])


def test_a_headline_closed_by_a_period_right_above_its_date_line_is_the_title():
    title = "Đại hội các chi bộ trực thuộc Đảng bộ Bệnh viện Đa khoa Thọ Xuân nhiệm kỳ 2022 - 2025."
    for date_line in ("Đăng lúc: 10:24:33 29/07/2022 (GMT+7)", "Đăng ngày 30 - 09 - 2021"):
        parsed, _ = parse_text(article(title, date_line, LEAD, BODY))
        assert (parsed["title"], parsed["lead"]) == (title, LEAD), date_line
    # A lead opens with its time: no headline, though a date line follows it.
    lead = "Sáng 29/7, Đảng bộ Bệnh viện Đa khoa Thọ Xuân tổ chức đại hội các chi bộ trực thuộc."
    parsed, _ = parse_text(article(lead, "Đăng lúc: 10:24:33 29/07/2022 (GMT+7)", BODY))
    assert parsed["title"] is None and parsed["lead"] == lead


def test_a_line_of_plain_ascii_words_above_the_text_is_no_title_nor_is_a_hotline():
    title = "Tổ chức Giải báo chí về xây dựng Đảng trên địa bàn tỉnh năm 2023"
    lead = ("Thực hiện nội dung phát động của Ban Tổ chức Giải báo chí toàn quốc về xây dựng Đảng, Ban Tuyên giáo Tỉnh"
            " ủy ban hành kế hoạch.")
    for above in ("Thanh Hoa Radio and Television", "Đường dây nóng: 0237 3721150"):
        parsed, _ = parse_text(article(above, title, lead, BODY))
        assert (parsed["title"], parsed["lead"]) == (title, lead), above
    # A title of two ASCII words and a Vietnamese one stays the title.
    parsed, _ = parse_text(article("COVID-19 Hà Nội", LEAD, BODY))
    assert parsed["title"] == "COVID-19 Hà Nội"


@pytest.mark.parametrize("above", [("Báo Công An Tỉnh",), ("Chính trị", "Đại biểu nhân dân với cử tri", "Chia sẻ:")])
def test_a_headline_right_above_its_date_line_is_the_title_whatever_stands_above_it(above):
    title = "HĐND tỉnh thông qua 22 nghị quyết với nhiều nội dung quan trọng"
    parsed, _ = parse_text(article(*above, title, "Thứ sáu, 24/05/2024 10:50", LEAD, BODY))
    assert (parsed["title"], parsed["lead"], parsed["published_at"].isoformat()) == (
        title, LEAD, "2024-05-24T10:50:00+07:00")
    # ... even one that ends with a period (no caption above the title then).
    parsed, _ = parse_text(article(*above, title + ".", "Ngày đăng 14/12/2009 | 09:00", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (title + ".", LEAD)
    # A byline right above the date line is no title.
    parsed, _ = parse_text(article(title, "Thu Hà - Mạnh Hùng", "17:45, 15/10/2024", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (title, LEAD)


def test_the_lead_printed_twice_is_the_lead_not_a_caption_printed_twice():
    lead = "Để chuẩn bị cho kỳ họp thứ 13 HĐND quận khóa XVII, đại biểu tiếp xúc cử tri tại các phường"
    parsed, _ = parse_text(article("Đại biểu HĐND quận tiếp xúc cử tri trước kỳ họp", lead, lead, BODY))
    assert (parsed["lead"], parsed["captions"]) == (lead, [])


@pytest.mark.parametrize("clause", ["Căn cứ Quy định số 45-QĐ/TW ngày 01/11/2011 của Ban Chấp hành Trung ương;",
                                    "Kính thưa Chủ tọa kỳ họp;"])
def test_a_first_line_closed_by_a_semicolon_is_the_text_not_a_title(clause):
    parsed, _ = parse_text(article(clause, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, clause)


def test_a_headline_printed_twice_whose_words_the_lead_takes_up_is_the_title():
    title = "Quảng Ninh có Chủ tịch tỉnh mới"
    lead = "(GDVN) - Tại kỳ họp bất thường, HĐND tỉnh Quảng Ninh đã bầu Chủ tịch UBND tỉnh mới."
    parsed, _ = parse_text(article(title, title, lead))
    assert (parsed["title"], parsed["lead"]) == (title, lead.removeprefix("(GDVN) - "))
    # A topic bar printed twice that the lead does not take up stays a header.
    parsed, _ = parse_text(article("Tin tức sự kiện nổi bật", "Tin tức sự kiện nổi bật", title, lead))
    assert (parsed["title"], parsed["lead"]) == (title, lead.removeprefix("(GDVN) - "))


@pytest.mark.parametrize("meta, published", [
    ("- Được đăng: Thứ ba, 13 Tháng 10 2015 09:10", "2015-10-13T09:10:00+07:00"),  # Joomla's Vietnamese date
    ("Thứ năm - 09/03/2017 21:41 3.217 0", "2017-03-09T21:41:00+07:00"),  # a stamp and its counters
    ("06/01/2020 | 1755", "2020-01-06T00:00:00+07:00"),  # a date and its counter, no time
])
def test_a_date_line_may_leave_out_the_word_for_year_or_carry_bare_counters(meta, published):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", meta, LEAD, BODY))
    assert (parsed["lead"], parsed["published_at"].isoformat()) == (LEAD, published)


def test_a_lead_opening_with_a_date_older_than_the_web_gives_no_publication_date():
    history = "Ngày 1/4/1964, Báo Cao Bằng ra số báo đầu tiên với danh nghĩa cơ quan ngôn luận của Đảng bộ tỉnh."
    parsed, _ = parse_text(article("Báo Cao Bằng - 50 năm xây dựng và trưởng thành", history, BODY))
    assert (parsed["lead"], parsed["published_at"]) == (history, None)
    recent = "Ngày 14/1/2022, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", recent, BODY))
    assert parsed["published_at"].date().isoformat() == "2022-01-14"


def test_the_earliest_publication_year_is_the_one_the_warehouse_check_accepts():
    import json

    from flows.patterns.dates import EARLIEST_PUBLICATION_YEAR
    from flows.settings import PROJECT_ROOT

    suite = json.loads((PROJECT_ROOT / "expectations" / "articles.json").read_text(encoding="utf-8"))
    bounds = [e["kwargs"]["min_value"] for e in suite["expectations"]
              if e["kwargs"].get("column") == "published_year"]
    assert bounds == [EARLIEST_PUBLICATION_YEAR]


def test_a_labelled_stamp_glued_to_the_leads_first_word_is_the_date_line():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", "Đã đăng vào 15/12/2023 lúc 10:16" + LEAD,
                                   BODY))
    assert (parsed["lead"], parsed["published_at"].isoformat()) == (LEAD, "2023-12-15T10:16:00+07:00")


def test_a_date_stamp_glued_to_the_dateline_code_goes_on_a_line_of_its_own():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng",
                                   "thứ tư, 22/9/2021 14:20 GMT+07(PLM) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"], parsed["published_at"].isoformat()) == (
        LEAD, "PLM", "2021-09-22T14:20:00+07:00")


@pytest.mark.parametrize("code", ["QK7 Online", "QĐND Online"])
def test_a_code_with_a_medium_word_is_a_dateline_code(code):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", f"({code}) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"]) == (LEAD, code)


@pytest.mark.parametrize("code", ["Web Quảng Trị", "PT-TH_Vinh"])
def test_a_name_in_capitals_in_brackets_opening_the_lead_is_its_dateline_without_a_dash(code):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", f"({code}) " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"], parsed["outlet"]) == (LEAD, code, code)


@pytest.mark.parametrize("dateline, code", [("(VNBĐ – Đời sống văn nghệ). ", "VNBĐ"),
                                            ("(P. TS&TT – Văn Lang, 02/9/2020) - ", "P. TS&TT")])
def test_a_name_in_brackets_with_its_section_or_date_after_a_dash_opening_the_lead_is_its_dateline(dateline, code):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", dateline + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"]) == (LEAD, code)


@pytest.mark.parametrize("opening", ["(Ảnh – TTXVN) ", "(1930 – 2025) ", "(Hà Nội – Việt Nam) ", "(Kỳ I – Những ngày đầu) "])
def test_words_in_lower_case_or_a_figure_in_brackets_with_a_dash_are_no_dateline(opening):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", opening + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"]) == (opening + LEAD, None)


def test_a_phrase_or_a_place_in_brackets_opening_the_lead_names_no_outlet():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", "(Ảnh minh họa) " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == ("(Ảnh minh họa) " + LEAD, None)
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", "(Hà Nội) " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, None)


def test_a_code_several_outlets_print_names_none_of_them():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", "(BTV) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"], parsed["outlet"]) == (LEAD, "BTV", "BTV")


def test_a_date_line_with_a_labelled_writer_gives_the_date_and_the_author():
    parsed, authors = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng",
                                         "Ngày đăng bài: 26/10/2020 | Tác giả: Hồng Quốc", LEAD, BODY))
    assert (parsed["lead"], parsed["published_at"].date().isoformat()) == (LEAD, "2020-10-26")
    assert [a["name"] for a in authors] == ["Hồng Quốc"]


@pytest.mark.parametrize("banner", ["NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM CÁC CẤP, NHIỆM KỲ 2024 - 2029!",
                                    "Nhiệt liệt chào mừng Ngày bầu cử đại biểu Quốc hội khóa XV"])
def test_a_festive_banner_above_the_headline_is_chrome(banner):
    parsed, _ = parse_text(article(banner, "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD)
    # A sentence that opens so is text; a short headline with a year is a headline.
    sentence = ("Nhiệt liệt chào mừng thành công của Đại hội, đoàn viên thanh niên sôi nổi ra quân. Các hoạt động kéo "
                "dài đến hết tháng.")
    parsed, _ = parse_text(article("Tết 2024", LEAD, sentence, BODY))
    assert parsed["title"] == "Tết 2024" and sentence in parsed["body"]


@pytest.mark.parametrize("line", ["You have an old version of Adobe's Flash Player. Get the latest Flash player.",
                                  "294.3855246 - Số nội bộ: 232",
                                  "Đơn vị quản lý: Trung tâm Thông tin - Bộ Nội vụ"])
def test_an_english_notice_a_telephone_line_or_the_sites_manager_is_neither_title_nor_lead(line):
    parsed, _ = parse_text(article(line, "Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Bế mạc kỳ họp thứ 8, HĐND thị xã khóa VI", LEAD)


def test_a_stamp_in_parentheses_with_its_time_first_leaves_the_headline():
    parsed, _ = parse_text(article("Hoàng Mai: Quán triệt Nghị quyết Đại hội Đảng bộ quận (11:25 21/09/2020)", LEAD,
                                   BODY))
    assert parsed["title"] == "Hoàng Mai: Quán triệt Nghị quyết Đại hội Đảng bộ quận"
    assert parsed["published_at"].isoformat() == "2020-09-21T11:25:00+07:00"


def test_a_date_in_parentheses_glued_to_the_lead_and_a_row_of_tool_buttons():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Email In PDF.", "(16/07/2014)" + LEAD, BODY))
    assert (parsed["lead"], parsed["published_at"].date().isoformat()) == (LEAD, "2014-07-16")


@pytest.mark.parametrize("tools", ["EmailPrintAa", "In A- A+", "Email | Print | A A"])
def test_a_row_of_tool_buttons_with_its_font_size_buttons_above_the_date_is_not_the_title(tools):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác xây dựng Đảng", tools, "16:07 24/06/2020", LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Hội nghị sơ kết công tác xây dựng Đảng", LEAD)


@pytest.mark.parametrize("label", ["Chuyên mục: Tin nổi bật", "CHUYÊN MỤC / Hoạt động kiểm sát", "CHUYÊN MỤC"])
def test_a_sections_label_is_no_title(label):
    parsed, _ = parse_text(article("In bài này", label, LEAD, BODY))
    assert parsed["title"] is None and parsed["lead"] == LEAD


@pytest.mark.parametrize("above, headline, text", [
    ("Tin hoạt động Đảng bộ 05 Tháng Ba 2021 9:15:00 SA",
     "Kết quả Đại hội đại biểu Đảng bộ huyện lần thứ XV (nhiệm kỳ 2025 - 2030)",
     "Đại hội đại biểu Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025 - 2030 họp từ ngày 3 đến ngày 5/6 tại nhà văn hóa "
     "huyện. Dự Đại hội có 198 đại biểu chính thức."),
    ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030",
     "Đại hội đại biểu Đảng bộ phường nhiệm kỳ 2025-2030",
     "Trong hai ngày 12 và 13/6, Đảng bộ phường tổ chức Đại hội đại biểu Đảng bộ phường lần thứ V, nhiệm kỳ "
     "2025-2030. Dự Đại hội có 95 đại biểu."),
])
def test_the_headline_right_above_the_text_is_the_title_not_a_section_or_banner_sharing_its_words(above, headline,
                                                                                                   text):
    parsed, _ = parse_text(article(above, headline, text, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, text)
    # A line under the title whose words the text does not take up is no headline nearer the text.
    parsed, _ = parse_text(article(headline, "Tin hoạt động các huyện, thị xã", text, BODY))
    assert parsed["title"] == headline


@pytest.mark.parametrize("headline, sapo, text", [
    # Its words come back in the text as the headline's do: the headline shares them no less.
    ("Ban Thường vụ Tỉnh ủy sơ kết công tác xây dựng Đảng năm 2021",
     "Ban Thường vụ Tỉnh ủy đánh giá công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022",
     "Thực hiện kế hoạch, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng năm 2021."),
    # It shares more, but is longer than a headline that shares the text's words itself.
    ("Tỉnh khuyến khích hộ kinh doanh lên doanh nghiệp",
     "Năm nay tỉnh đặt mục tiêu có thêm 3.000 doanh nghiệp được thành lập từ các hộ kinh doanh cá thể",
     "Ngày 3-3, làm việc với các sở, ngành, lãnh đạo tỉnh đề nghị khuyến khích hộ kinh doanh lên doanh nghiệp. "
     "Năm nay tỉnh đặt mục tiêu có thêm 3.000 doanh nghiệp."),
])
def test_a_sapo_without_its_period_under_the_headline_stays_the_lead(headline, sapo, text):
    parsed, _ = parse_text(article(headline, sapo, text, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, sapo)


def test_an_opening_printed_as_a_headline_keeps_the_caption_under_it_out_of_the_title():
    opening = "Ngày 9/6 tại hội trường xã. HĐND xã khóa XXI tổ chức kỳ họp thứ 5"
    caption = "Các đại biểu dự lễ chào cờ khai mạc kỳ họp"
    text = ("Dự kỳ họp có các đại biểu HĐND xã khóa XXI, lãnh đạo Đảng ủy, UBND xã và trưởng các thôn. "
            "Kỳ họp đã nghe báo cáo kết quả 6 tháng đầu năm.")
    parsed, _ = parse_text(article(opening, caption, text, BODY))
    assert parsed["title"] == opening


def test_the_title_printed_again_with_its_date_added_is_not_the_lead():
    headline = "Huyện được bầu 35 đại biểu HĐND huyện nhiệm kỳ 2026 - 2031"
    lead = ("Ủy ban bầu cử huyện đã công bố số đơn vị bầu cử, danh sách các đơn vị bầu cử và số đại biểu HĐND huyện "
            "được bầu ở mỗi đơn vị.")
    parsed, _ = parse_text("\n".join([headline, "Các tin khác", headline + " (14/01/2026)", lead, "", BODY]))
    assert (parsed["title"], parsed["lead"]) == (headline, lead)


_CONGRESS_TEXT = ("Theo kế hoạch của Đảng ủy cơ quan, trong tháng 6 các chi bộ trực thuộc Đảng bộ Sở Tài chính đã tổ "
                  "chức thành công Đại hội nhiệm kỳ 2025 - 2030. Các đại hội đã bầu chi ủy khóa mới.")


def test_a_headline_closed_by_a_period_above_the_paragraph_that_takes_up_its_words_is_the_title():
    headline = "Đảng bộ Sở Tài chính tổ chức thành công Đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2030."
    parsed, _ = parse_text(article(headline, _CONGRESS_TEXT, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, _CONGRESS_TEXT)


@pytest.mark.parametrize("opening", [
    # A sentence that opens as a paragraph does, with its time, even after a dateline code.
    "Sáng 20/6, Đảng bộ Sở Tài chính tổ chức thành công Đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2030.",
    "Sở Tài chính - Sáng 20/6, Đảng bộ Sở tổ chức thành công Đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2030.",
    # A sentence whose words the next paragraph does not take up.
    "Công tác cải cách hành chính năm nay được các cơ quan trong tỉnh triển khai đồng bộ với nhiều giải pháp mới.",
])
def test_a_first_sentence_of_a_page_without_title_stays_its_lead(opening):
    parsed, _ = parse_text(article(opening, _CONGRESS_TEXT, BODY))
    assert (parsed["title"], parsed["lead"]) == (None, opening)


def test_a_place_in_its_own_spelling_before_a_dash_and_the_leads_time_is_a_dateline_of_place():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "Lạng Sơn - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet_code"], parsed["outlet"]) == (LEAD, None, None)
    # Without the time, the place's name opens the lead's sentence.
    opening = "Lạng Sơn - Cao Bằng: hai tỉnh ký kết chương trình phối hợp công tác giai đoạn 2021 - 2025."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", opening, BODY))
    assert parsed["lead"] == opening


def test_a_site_name_above_the_pages_date_and_masthead_is_no_headline_for_the_line_under_them():
    # (A sapo sits right under its headline; the page's date and masthead between them make the line above a header.)
    text = ("Sáng ngày 9/3/2023, HĐND phường An Bình khóa XX, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 7. Dự kỳ họp có "
            "lãnh đạo Đảng ủy, UBND phường.")
    headline = "Kỳ họp thứ 7 HĐND phường An Bình khóa XX, nhiệm kỳ 2021-2026"
    parsed, _ = parse_text("\n".join(["Ủy ban nhân dân phường An Bình", "Thứ hai, 15/01/2024",
                                      "Trang thông tin điện tử UBND phường An Bình", "", headline, "",
                                      "Thứ năm, 09/03/2023 Lượt xem: 52", "", text, "", BODY]))
    assert (parsed["title"], parsed["lead"]) == (headline, text)


def test_a_stamp_in_parentheses_with_its_time_first_before_the_lead_is_its_date_line():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "(18:20:00 12/05/2023) " + LEAD, BODY))
    assert (parsed["lead"], parsed["published_at"].isoformat()) == (LEAD, "2023-05-12T18:20:00+07:00")


_QUARTER_TEXT = ("Sáng ngày 2/4, Đảng bộ xã An Bình và Huyện ủy An Bình tổ chức hội nghị sơ kết công tác quý I, triển "
                 "khai nhiệm vụ quý II. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ.")


@pytest.mark.parametrize("headline, between", [
    ("HUYỆN ỦY AN BÌNH SƠ KẾT CÔNG TÁC QUÝ I", []),
    ("ĐẢNG BỘ XÃ AN BÌNH TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC QUÝ I, TRIỂN KHAI NHIỆM VỤ QUÝ II VÀ TRAO HUY HIỆU "
     "ĐẢNG CHO CÁC ĐẢNG VIÊN.", ["Đăng lúc: 09:40:11 02/04/2024 (GMT+7)"]),
])
def test_a_headline_in_capitals_right_above_the_text_that_takes_up_its_words_is_the_title(headline, between):
    parsed, _ = parse_text(article("image banner", headline, *between, _QUARTER_TEXT, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, _QUARTER_TEXT)
    # A label in capitals whose words the text does not take up stays above the headline.
    parsed, _ = parse_text(article("TIN TỨC SỰ KIỆN", "Huyện ủy sơ kết công tác quý I", _QUARTER_TEXT, BODY))
    assert parsed["title"] == "Huyện ủy sơ kết công tác quý I"


def test_a_kicker_in_capitals_or_a_sub_heading_below_the_texts_opening_is_no_title():
    # A kicker of a few words above the headline shares all its words with the text, and is still no title.
    parsed, _ = parse_text(article("Huyện ủy An Bình sơ kết công tác quý I", "SƠ KẾT QUÝ I", _QUARTER_TEXT, BODY))
    assert (parsed["title"], parsed["lead"]) == ("Huyện ủy An Bình sơ kết công tác quý I", _QUARTER_TEXT)
    # On a page without a title, a heading in capitals under the text's opening is a sub-heading.
    opening = "Căn cứ Kế hoạch số 12-KH/HU ngày 5/1/2024 của Ban Thường vụ Huyện ủy về công tác quý I;"
    parsed, _ = parse_text(article(opening, "HUYỆN ỦY AN BÌNH SƠ KẾT CÔNG TÁC QUÝ I", _QUARTER_TEXT, BODY))
    assert parsed["lead"] == opening


@pytest.mark.parametrize("lead, province", [
    # The units' list writes some tone marks the new way ("Hoà An"), pages mostly the traditional way, or the reverse.
    ("Chiều 4/11, HĐND huyện Hòa An tổ chức kỳ họp thứ 9.", "Cao Bằng"),
    ("Chiều 4/11, HĐND huyện Hoà An tổ chức kỳ họp thứ 9.", "Cao Bằng"),
    # A commune that became a town since ("thị trấn Hóa Thượng" in the list) is named by its former kind.
    ("Sáng ngày 10/8, Hội Khuyến học xã Hóa Thượng tổ chức đại hội.", "Thái Nguyên"),
    # A commune's name that ends in a number; a city's name of words joined by a hyphen.
    ("Sáng 7/2, Đoàn xã Quế Xuân 1 tổ chức lễ kết nạp đoàn viên.", "Quảng Nam"),
    ("Sáng 7/2, UBND thành phố Phan Rang-Tháp Chàm tổ chức hội nghị.", "Ninh Thuận"),
    # A numbered district merged away before the list (Quận 9, into Thủ Đức city in 2021).
    ("Chiều ngày 4/9/2014, Ban Thường trực Ủy ban MTTQ Việt Nam Quận 9 tổ chức hội nghị.", "Thành phố Hồ Chí Minh"),
    # "Tp." for "thành phố".
    ("Sáng 7/2, Sở Y tế Tp.HCM tổ chức hội nghị tổng kết.", "Thành phố Hồ Chí Minh"),
    # A name the list writes in both placements in two provinces: the page's own spelling decides ("Ngọc Hòa").
    ("Sáng 5/5/2015, Hội Nông dân xã Ngọc Hòa tổ chức đại hội.", "Hà Nội"),
    # A commune's former kind is read upwards only: a new ward named as a commune or a district elsewhere is none.
    ("Sáng 12/8/2025, Đảng bộ phường Sơn Trà tổ chức đại hội lần thứ I.", None),
    ("Sáng 12/8/2025, Đảng bộ phường Tây Hồ tổ chức đại hội lần thứ I.", None),
    # Two districts joined by a hyphen: the first locates the text; districts counted are no numbered district.
    ("Sáng 5/5/2019, tuyến đường nối huyện Nam Đàn-Thanh Chương được khánh thành.", "Nghệ An"),
    ("Sáng 5/5/2019, thành phố mới sáp nhập 12 quận 2 huyện cũ.", None),
])
def test_units_named_in_the_spellings_and_kinds_pages_use_locate_the_article(lead, province):
    parsed, _ = parse_text(article("Hội nghị sơ kết", lead, BODY))
    assert parsed["province"] == province


def test_a_commune_named_in_a_caption_locates_an_article_whose_text_names_no_place():
    lead = "Trong các ngày 9 và 10/6, Đoàn giám sát của HĐND huyện đã giám sát các công việc cử tri có ý kiến."
    parsed, _ = parse_text(article("Giám sát ý kiến cử tri", lead, "Quang cảnh buổi giám sát tại xã Hoàng Lâu", BODY))
    assert parsed["captions"] == ["Quang cảnh buổi giám sát tại xã Hoàng Lâu"]
    assert parsed["province"] == "Vĩnh Phúc"
    # An illustration's caption says nothing of where the story happened.
    parsed, _ = parse_text(article("Giám sát ý kiến cử tri", lead, "Nông dân xã Hoàng Lâu thu hoạch lúa (ảnh minh họa)",
                                   BODY))
    assert parsed["province"] is None


@pytest.mark.parametrize("date_line, lead, province", [
    # Huế was a city of the province Thừa Thiên Huế until 2025; most pages of no date are older than the renaming.
    ("12/03/2016", "Sáng nay, tại thành phố Huế, Sở Văn hóa tổ chức lễ hội.", "Thừa Thiên Huế"),
    (None, "Sáng nay, tại thành phố Huế, Sở Văn hóa tổ chức lễ hội.", "Thừa Thiên Huế"),
    ("12/03/2025", "Sáng nay, tại thành phố Huế, Sở Văn hóa tổ chức lễ hội.", "Huế"),
    # ... unless the undated page states a year of the city's time.
    (None, "Festival Huế 2026 sẽ diễn ra từ ngày 10/6 đến 15/6 tại thành phố Huế.", "Huế"),
])
def test_hue_named_on_a_page_of_before_2025_is_in_the_province_of_then(date_line, lead, province):
    parsed, _ = parse_text(article("Lễ hội mùa xuân", *([date_line] if date_line else []), lead, BODY))
    assert parsed["province"] == province


@pytest.mark.parametrize("date_line, year, province", [
    # A province merged away in 2025 named on a page dated after the merger is its successor's part ...
    ("30/01/2026", "", "Phú Thọ"),
    # ... and on a page of before, or of no date (whatever years it states: a plan's horizon, a term's end), itself.
    ("30/01/2024", "", "Vĩnh Phúc"), (None, "", "Vĩnh Phúc"), (None, ", tầm nhìn đến năm 2050", "Vĩnh Phúc"),
])
def test_a_merged_provinces_name_on_a_page_of_after_the_merger_is_its_successors(date_line, year, province):
    lead = f"Nhân dịp Xuân{year}, Liên đoàn Lao động tỉnh thăm Bệnh viện Sản Nhi Vĩnh Phúc."
    parsed, _ = parse_text(article("Thăm, chúc Tết cán bộ y tế", *([date_line] if date_line else []), lead, BODY))
    assert parsed["province"] == province


def test_a_dateline_code_with_its_day_in_parentheses_is_the_outlet_and_the_date_line():
    parsed, _ = parse_text(article("Lễ tấn phong Giám mục Phụ tá", "WHĐ (06.04.2013) – " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"], str(parsed["published_at"])[:10]) == (LEAD, "WHĐ", "2013-04-06")
    # A place with its day is a place's dateline; a day older than the web is history's, no date line.
    parsed, _ = parse_text(article("Lễ tấn phong Giám mục Phụ tá", "HUẾ (06.04.2013) – " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, None)
    parsed, _ = parse_text(article("Ngày Quốc khánh", "TTXVN (02.9.1945) – Tại Quảng trường Ba Đình, Chủ tịch Hồ Chí "
                                   "Minh đọc Tuyên ngôn Độc lập.", BODY))
    assert parsed["published_at"] is None


@pytest.mark.parametrize("opening", ["Tạp chí Biển Việt Nam - ", "[Tạp chí Biển Việt Nam] – "])
def test_a_magazines_name_with_its_kind_before_a_dash_or_in_brackets_is_the_dateline(opening):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", opening + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "Tạp chí Biển Việt Nam")
    # A sentence about the outlet is no dateline.
    sentence = "Tạp chí Biển Việt Nam tổ chức kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam."
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", sentence, BODY))
    assert parsed["lead"] == sentence


@pytest.mark.parametrize("opening", ["San Jose, California: ", "Little Saigon, CA – ", "Haltom City, TX.- ",
                                     "WESTMINSTER, California (NV) – ", "Paris, Pháp – "])
def test_a_place_abroad_with_its_state_before_a_dash_or_colon_is_the_dateline(opening):
    parsed, _ = parse_text(article("Hội Tết Trung Thu của cộng đồng", opening + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, None)


@pytest.mark.parametrize("lead", ["Tây Ninh, Long An: bàn giao 20 căn nhà tình nghĩa cho các hộ nghèo trong tháng 5.",
                                  "Hà Nội, Bộ Y tế - Sở Y tế tổ chức hội nghị tập huấn cho cán bộ các tuyến.",
                                  "Ông Nguyễn Văn An, Giám đốc Sở: Sở sẽ hoàn thành kế hoạch trong năm nay.",
                                  # (a fresh-eyes review's: provinces, countries, a reader and his city, brands)
                                  "Hà Nội, Đà Nẵng: Nhiều trường học cho học sinh nghỉ học để tránh bão.",
                                  "Việt Nam, Lào – Hai nước ký kết 10 văn kiện hợp tác.",
                                  "Nguyễn Văn An, Hà Nội: Tôi rất vui khi được tham gia chương trình.",
                                  "Apple, Samsung: Cuộc đua điện thoại gập bước vào giai đoạn mới."])
def test_two_names_before_a_colon_or_dash_not_a_place_with_its_state_stay_in_the_lead(lead):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", lead, BODY))
    assert parsed["lead"] == lead


@pytest.mark.parametrize("date_line", ["Đăng ngày 29/01/2024 bởi Administrator", "Đăng lúc 08:30 12/03/2023 bởi: admin"])
def test_a_date_line_with_the_account_that_posted_it_is_a_date_line_not_the_title(date_line):
    parsed, found = parse_text(article("Ra mắt Câu lạc bộ Cờ vua huyện", date_line, LEAD, BODY))
    assert (parsed["title"], parsed["date_line"], parsed["lead"], found) == (
        "Ra mắt Câu lạc bộ Cờ vua huyện", date_line, LEAD, [])


def test_a_place_abroad_with_its_day_gives_the_date_line():
    parsed, _ = parse_text(article("Lễ tạ ơn và làm phép nhà thờ", "Thạch Bích, Việt Nam (19/04/2007) - " + LEAD, BODY))
    assert (parsed["lead"], parsed["outlet"], str(parsed["published_at"])[:10]) == (LEAD, None, "2007-04-19")


@pytest.mark.parametrize(("date_line", "published"), [
    ("3 Tháng 06, 2019 | Tin địa phương", "2019-06-03"),
    ("Thứ tư, 25 Tháng 5, 2022 | Cập nhật bởi : Ban Truyền Thông | Danh mục : Tin tức", "2022-05-25")])
def test_a_date_line_with_short_fields_after_bars_is_the_pages_stamp(date_line, published):
    parsed, _ = parse_text(article("Họp mặt đồng hương", date_line, LEAD, BODY))
    assert (parsed["lead"], str(parsed["published_at"])[:10]) == (LEAD, published)


def test_a_date_and_a_headline_after_a_bar_make_no_stamp():
    fields = pl.select(pl.lit("20/11/2023 | Hội nghị tổng kết công tác năm 2023 của Sở Nội vụ tỉnh Nam Định")
                       .str.contains(dates.DATE_THEN_FIELDS)).item()
    assert fields is False


def test_a_joomla_date_stamp_with_its_month_first_in_figures_is_a_date_line_not_the_title():
    # (The page header's "today", above a language pack's name and an English font-size control.)
    headline = "VƯỜN QUỐC GIA X TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024"
    parsed, _ = parse_text(article("Thứ hai, Tháng 11 18, 2024", "Vietnamese-VN", "Text Size", headline,
                                   "Ngày 1/7, Vườn quốc gia X tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
                                   BODY))
    assert parsed["title"] == headline
    assert parsed["published_at"].date() == date(2024, 11, 18)


def test_a_paragraph_opening_with_an_unknown_code_and_its_date_opens_the_text():
    lead = ("VTH – Ngày 3/3/2012, Hội VHNT tỉnh BRVT tiến hành hội nghị tổng kết hoạt động năm 2011, sau đây "
            "VTH xin giới thiệu nội dung chính của hội nghị qua một số hình ảnh ghi nhận:")
    parsed, _ = parse_text(article(lead, ">> Hội Văn học Nghệ thuật tỉnh: Trăn trở tìm hướng đi mới",
                                   "Chủ tịch Hội đọc báo cáo tổng kết các hoạt động của Hội năm 2011", BODY))
    # A long paragraph closed by a colon is no kicker; after its code, its dated time makes it the text's opening.
    assert parsed["title"] is None and parsed["lead"].startswith("Ngày 3/3/2012, Hội VHNT")
    assert (parsed["province"], parsed["published_at"].date()) == ("Bà Rịa - Vũng Tàu", date(2012, 3, 3))


@pytest.mark.parametrize("signature", ["BBT", "Ban Biên Tập", "Ban biên tập"])
def test_the_editorial_board_signing_on_a_line_of_its_own_is_no_text_and_no_writer(signature):
    parsed, authors = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, signature))
    assert parsed["body"] == [BODY] and authors == []


def test_a_stamp_in_parentheses_after_a_headline_ending_with_a_figure_is_its_date_line():
    headline = "Tình hình thực hiện công tác đầu tư 8 tháng đầu năm; nhiệm vụ những tháng cuối năm 2018"
    parsed, _ = parse_text(article("Trang chủ", f"{headline} ( 14:44 | 11/09/2018 )", LEAD, BODY))
    assert parsed["title"] == headline
    assert parsed["published_at"].replace(tzinfo=None) == datetime(2018, 9, 11, 14, 44)


@pytest.mark.parametrize("headline", [
    # A headline's part before a dash is no code, whatever time phrase follows (a review's misfires).
    "Huyện Tân Phú – Sáng nay, khai mạc Hội thi nghiệp vụ chữa cháy và cứu nạn, cứu hộ.",
    "Kỳ họp thứ 12 HĐND tỉnh - Ngày làm việc thứ hai, đại biểu thảo luận tại tổ về tình hình kinh tế - xã hội, "
    "quốc phòng - an ninh và các dự thảo nghị quyết quan trọng của tỉnh",
])
def test_a_headline_with_a_time_phrase_after_a_dash_stays_the_title(headline):
    parsed, _ = parse_text(article(headline, LEAD, BODY))
    assert (parsed["title"], parsed["lead"]) == (headline, LEAD)


def test_a_row_of_a_pages_buttons_between_bars_is_chrome_not_the_lead():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác năm 2024", "Cập nhật lúc: 08:45 18/11/2024",
                                   "In bài viết | Gửi email | Lưu bài viết", LEAD, BODY))
    assert (parsed["lead"], parsed["body"]) == (LEAD, [BODY])


def test_the_account_that_posted_before_a_bar_and_the_date_leaves_a_date_line():
    parsed, authors = parse_text(article("Hội nghị sơ kết công tác năm 2024", "Đăng bởi: admin | 18/11/2024", LEAD, BODY))
    assert parsed["published_at"].date() == date(2024, 11, 18) and parsed["lead"] == LEAD and authors == []


def test_a_bare_date_in_parentheses_after_a_figure_is_the_headlines_not_its_date_line():
    headline = "Lịch thi đấu vòng chung kết Hội khỏe Phù Đổng huyện lần thứ 10 (15/03/2024)"
    parsed, _ = parse_text(article(headline, "Ngày đăng: 01/03/2024", LEAD, BODY))
    assert parsed["title"] == headline and parsed["published_at"].date() == date(2024, 3, 1)


@pytest.mark.parametrize("line", ["Thông tin khác:", "English (Family and Friends)",
                                  "Tác giả: Phạm Tiến Duật sinh năm 1941, quê ở huyện Thanh Ba, tỉnh Phú Thọ",
                                  ">> Thời gian: Từ 7 giờ 30 phút ngày 15/6/2024."])
def test_lines_of_text_like_chrome_and_credits_stay_text(line):
    # (A notice's sub-heading, a textbook's name, a lesson's note on a poet, a list item after arrows.)
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, BODY, line, BODY))
    # (Kept: a short line alone between paragraphs may be read as a caption.)
    assert line in parsed["body"] + parsed["captions"] and parsed["body"][-1] == BODY


@pytest.mark.parametrize(("lead", "province"), [
    ("Sáng 5/12, LĐLĐ Q.11 đã đến thăm và chúc mừng Hội Cựu chiến binh.", "Thành phố Hồ Chí Minh"),
    ("Sáng 5/12, Ban Chỉ huy Quân sự Q. 10 tổ chức hội nghị.", "Thành phố Hồ Chí Minh"),
])
def test_a_numbered_district_after_its_abbreviated_word_locates_the_article(lead, province):
    parsed, _ = parse_text(article("Hội nghị tổng kết công tác năm", lead, BODY))
    assert parsed["province"] == province


def test_the_section_a_post_was_put_in_is_the_date_lines_or_the_pages_not_the_title_or_the_lead():
    stamped = "Đăng 21-04-2015 20:16 bởi Admin tại mục Tin ngành (cập nhật lúc 23-04-2015 21:41)"
    parsed, _ = parse_text(article("Khai mạc Hội thi Quan trắc viên giỏi toàn quốc", stamped, LEAD, BODY))
    assert (parsed["published_at"].date(), parsed["published_at"].hour) == (date(2015, 4, 21), 20)
    assert parsed["lead"] == LEAD
    headline = "Lễ tảo mộ trong mùa dịch Covid-19"
    parsed, _ = parse_text(article(headline, "Written by Putra Podam", "In category Tin tức", "Apr 28, 2020, 2:51 PM",
                                   LEAD, BODY))
    assert parsed["title"] == headline


@pytest.mark.parametrize("lead", ["Sáng 5/12, ngân hàng công bố kết quả kinh doanh Q.1/2024 tăng trưởng mạnh.",
                                  "Sáng 5/12, lợi nhuận Q. 2 của công ty tăng 20%. (Ảnh: Q.Vinh)"])
def test_a_quarter_or_an_initial_after_q_names_no_district(lead):
    parsed, _ = parse_text(article("Kết quả kinh doanh của doanh nghiệp", lead, BODY))
    assert parsed["province"] is None


def test_a_degree_before_its_dash_is_the_leads_person_not_a_dateline_code():
    # "GS - TS X, ..." opens the lead with a person's degrees: the lead keeps them, no outlet code is read.
    lead = "GS - TS Phạm Văn Đông, Phó Chủ tịch Hội Khuyến học Việt Nam đã soạn thảo một văn bản tóm tắt các hoạt động."
    parsed, _ = parse_text(article("Hội Khuyến học 15 năm tham gia phát triển giáo dục", lead, BODY))
    assert parsed["lead"].startswith("GS - TS Phạm Văn Đông")
    assert parsed["outlet_code"] is None
