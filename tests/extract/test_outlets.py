"""The outlet registry and the layouts of many outlets: synthetic lines written for these tests."""

import pytest

from flows.patterns import outlet_registry
from flows.patterns.provinces import PROVINCES_BEFORE_2025
from tests.conftest import BODY, LEAD, article, extract_article, parse_text

# The articles of all the tests are parsed in batches first (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")


def test_every_province_has_a_paper_a_party_portal_a_government_portal_and_a_station():
    rows = outlet_registry.rows()
    for province in PROVINCES_BEFORE_2025:
        mine = [r for r in rows if r["province"] == province]
        assert len(mine) >= 4, province
        assert province in outlet_registry.PROVINCIAL_PAPERS


def test_a_cell_of_the_table_holds_several_values_and_a_code_may_hold_a_space():
    codes = outlet_registry.codes()
    assert codes["HQ Online"] == ("Báo Hải quan", None)
    assert "Online" not in codes and "HQ" not in codes
    assert outlet_registry.PROVINCIAL_PAPERS["Bắc Giang"][2] == ("baobacgiang.vn", "baobacgiang.com.vn")


def test_every_national_outlet_added_from_a_list_says_where_its_facts_were_read():
    first_registry = {"Báo Nhân Dân điện tử", "Báo Pháp luật Việt Nam", "Truyền hình Thông tấn"}
    rows = [row for row in outlet_registry.TABLE_ROWS if row["kind"] == "national outlet"]
    assert len(rows) > 80
    for row in rows:
        sources = row["source"].split("|") if row["source"] else []
        assert all(source.startswith(("http://", "https://")) for source in sources), row["name"]
    assert {row["name"] for row in rows if not row["source"]} >= first_registry


def test_a_code_two_outlets_print_names_neither():
    assert "BLC" in outlet_registry.AMBIGUOUS_CODES  # Lai Châu and Lào Cai
    assert "BLC" not in outlet_registry.codes()


@pytest.mark.parametrize(
    "lead, outlet, province",
    [
        ("(BQN) - Sáng 5-3, Tỉnh ủy họp.", "Báo Quảng Ninh", "Quảng Ninh"),
        ("QNĐT - Sáng 5-3, Tỉnh ủy họp.", "Báo Quảng Nam", "Quảng Nam"),
        ("(Baohatinh.vn) - Sáng 5-3, Tỉnh ủy họp.", "Báo Hà Tĩnh", "Hà Tĩnh"),
        ("TTH.VN - Sáng 5-3, Tỉnh ủy họp.", "Báo Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("(HBĐT) Sáng 5-3, Tỉnh ủy họp.", "Báo Hòa Bình", "Hòa Bình"),
        ("(SGGP).- Sáng 5-3, Thành ủy họp.", "Báo Sài Gòn Giải Phóng", "Thành phố Hồ Chí Minh"),
        ("(XYZĐT) - Sáng 5-3, Tỉnh ủy họp.", "XYZĐT", None),  # not in the registry: cut by its shape
        ("XYZ.ORG – Sáng 5-3, Tỉnh ủy họp.", "XYZ.ORG", None),  # ... and with its domain, whatever that is
    ],
)
def test_dateline_codes_from_the_registry_or_by_shape(lead, outlet, province):
    parsed, _ = parse_text(article("Hội nghị sơ kết", lead, BODY))
    assert parsed["outlet"] == outlet
    assert parsed["province"] == province
    assert parsed["lead"].startswith("Sáng 5-3")


def test_a_signature_naming_a_registry_outlet_gives_the_outlet_and_its_province():
    parsed, _ = parse_text(article("Hội nghị sơ kết", LEAD, BODY, "Theo dõi Báo Yên Bái trên Google News"))
    assert (parsed["outlet"], parsed["province"]) == ("Báo Yên Bái", "Yên Bái")
    parsed, _ = parse_text(article("Hội nghị sơ kết", LEAD, BODY, "BÁO BÌNH ÐỊNH ĐIỆN TỬ"))  # Ð U+00D0
    assert parsed["outlet"] == "Báo Bình Định"


def test_a_station_is_named_with_its_two_media_joined_by_a_dash_or_an_ampersand():
    for spelling in ("Đài PT-TH Quảng Ngãi", "Đài PT&TH Quảng Ngãi", "Đài PT & TH Quảng Ngãi"):
        lead = f"Trước thềm Đại hội, phóng viên {spelling} có cuộc trao đổi với lãnh đạo tỉnh."
        parsed, _ = parse_text(article("Hội nghị sơ kết", lead, BODY))
        assert parsed["outlet"] == "Đài Phát thanh và Truyền hình Quảng Ngãi", spelling


def test_province_from_the_title_and_lead_when_the_outlet_gives_none():
    parsed, _ = parse_text(article("Đảng bộ tỉnh Cao Bằng tổng kết năm", LEAD, BODY))
    assert parsed["province"] == "Cao Bằng"
    parsed, _ = parse_text(article("Hội nghị sơ kết", LEAD, BODY))
    assert parsed["province"] is None


def test_a_page_without_a_title_line_has_title_null_and_its_first_paragraph_as_lead():
    first = (BODY + " ") * 2
    parsed, _ = parse_text(article(first.strip(), BODY))
    assert parsed["title"] is None
    assert parsed["lead"] == first.strip()


@pytest.mark.parametrize("source", ["Nguồn: https://baoxyz.vn/tin-tuc/chinh-tri/12345/hoi-nghi-%E2%80%93-2026",
                                    "Nguồn tin: Minh Châu", "Link nguồn bài viết", "Truy cập link gốc"])
def test_a_source_line_is_no_text(source):
    text = article("Hội nghị sơ kết công tác", LEAD, BODY, source)
    parsed, authors = parse_text(text)
    assert parsed["body"] == [BODY]
    assert authors == []
    assert extract_article(text).indicators.filter(kind="percentage").is_empty()


@pytest.mark.parametrize("alt_text", ["anh tin bai", "image banner", "ghfhg"])
def test_an_images_alt_text_typed_without_accents_is_no_text(alt_text):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", LEAD, alt_text, BODY))
    assert parsed["body"] == [BODY] and parsed["captions"] == []


@pytest.mark.parametrize(
    "debris",
    ["{title}", "leftcenterrightdel", "anh-hoi-nghi-1.jpg", "A A", "Đọc báo in", "Tải ứng dụng",
     "Theo dõi Báo Gia Lai trên Google News", "Văn hóa - Nghệ thuật", "Chính trị - Xã hội Xây dựng Đảng",
     # An image's markup printed as a line (its letters are no title).
     "<image>hinh-hoi-nghi.png</image>", "![](https://x.vn/hinh/anh.png) |", '<img src="/anh/hoi-nghi.jpg" alt="">'],
)
def test_site_headers_and_template_debris_above_the_title_are_skipped(debris):
    parsed, _ = parse_text(article(debris, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert parsed["title"] == "Hội nghị sơ kết công tác"
    assert parsed["lead"] == LEAD


def test_a_view_counter_label_and_a_quote_after_the_time_make_a_date_line():
    parsed, _ = parse_text(article("Hội nghị sơ kết", "14/10/2020 | 04:02 | cms-view-count: 1790", LEAD, BODY))
    assert parsed["lead"] == LEAD
    assert parsed["view_count"] == 1790
    parsed, _ = parse_text(article("Hội nghị sơ kết", "Thứ Năm, 8/6/2023 14:46'(GMT+7)", LEAD, BODY))
    assert parsed["lead"] == LEAD


def test_a_meeting_named_only_in_the_title_and_its_term_anywhere():
    text = article("Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XIX", "Sáng 5-3, các đại biểu thảo luận.", BODY)
    row = extract_article(text).meetings.row(0, named=True)
    assert (row["session"], row["term"]) == (12, "XIX")


@pytest.mark.parametrize(
    "above",
    [
        ("Vùng kinh tế phía nam của tỉnh:",),  # a kicker ending with a colon
        ("Chuyên mục thi đua", "Chuyên mục thi đua"),  # a menu line printed twice
        ("BÁO YÊN BÁI ĐIỆN TỬ",),  # the masthead: an outlet of the registry
    ],
)
def test_kickers_doubled_menus_and_mastheads_are_not_the_title(above):
    parsed, _ = parse_text(article(*above, "Hội nghị sơ kết công tác", LEAD, BODY))
    assert parsed["title"] == "Hội nghị sơ kết công tác"


@pytest.mark.parametrize("meta", ["Minh Anh – Thu Hà", "Minh Anh | 15/12/2022 09:55"])
def test_an_author_line_or_author_and_date_line_between_title_and_lead_is_not_the_lead(meta):
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", meta, LEAD, BODY))
    assert parsed["lead"] == LEAD


def test_a_dash_left_before_the_lead_is_removed():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác", "- " + LEAD, BODY))
    assert parsed["lead"] == LEAD


def test_province_from_the_whole_text_when_title_and_lead_name_none():
    parsed, _ = parse_text(article("Hội nghị sơ kết", LEAD, "Các xã của tỉnh Sơn La đã hoàn thành kế hoạch năm. " + BODY))
    assert parsed["province"] == "Sơn La"


def test_the_outlet_name_after_the_title_is_cut():
    parsed, _ = parse_text(article("Hội nghị sơ kết công tác - Báo Yên Bái điện tử", LEAD, BODY))
    assert parsed["title"] == "Hội nghị sơ kết công tác"


def test_a_first_line_that_opens_with_a_dateline_code_is_the_lead_of_a_page_without_title():
    parsed, _ = parse_text(article("(BQN) - " + LEAD, BODY))
    assert parsed["title"] is None
    assert (parsed["lead"], parsed["outlet"]) == (LEAD, "Báo Quảng Ninh")


def test_an_unknown_bare_code_and_dash_opening_the_first_line_is_a_title():
    parsed, _ = parse_text(article("APEC - Diễn đàn hợp tác kinh tế", LEAD, BODY))
    assert parsed["title"] == "APEC - Diễn đàn hợp tác kinh tế"
