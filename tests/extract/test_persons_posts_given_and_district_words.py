"""Persons of the shapes fresh sites print: a team's head and an office's specialist after the name, a post given by a
vote in any combination of its parts, a district's word capitalised before the district's name, a form of address
between the title and the name."""

import pytest

from tests.conftest import extract_text

# The articles of the module's tests are parsed together, in one call (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")


def _persons(text: str) -> list[tuple[str, str]]:
    return [(row["name"], row["title"]) for row in extract_text(text).persons.select("name", "title").to_dicts()]


@pytest.mark.parametrize("text, expected", [
    # A team's head and deputy, an office's specialist.
    ("Kết nạp quần chúng Trần Minh Khoa – Chuyên viên phòng Kế hoạch vào Đảng.",
     [("Trần Minh Khoa", "Chuyên viên phòng Kế hoạch")]),
    ("Ông Lê Hữu Tài – Đội phó Đội Quản lý vận hành Bắc Sơn phát biểu.",
     [("Lê Hữu Tài", "Đội phó Đội Quản lý vận hành Bắc Sơn")]),
    ("Phó Đội trưởng Đội Cảnh sát giao thông Phạm Văn Quý cho biết đã xử lý vụ việc.",
     [("Phạm Văn Quý", "Phó Đội trưởng Đội Cảnh sát giao thông")]),
    ("Đại úy Lê Văn Phước – Trạm trưởng Trạm CSGT Bắc Sơn cho biết.", [("Lê Văn Phước", "Trạm trưởng Trạm CSGT Bắc Sơn")]),
    # (In small letters the specialist is no title: "các chuyên viên" are staff.)
    ("Dự có lãnh đạo, chuyên viên Phòng Nội vụ cùng đông đảo đoàn viên.", []),
    # Elected with the congress's trust to hold a post, again: every combination of the parts.
    ("Đồng chí Hoàng Thị Mai tiếp tục được tín nhiệm bầu giữ chức vụ Bí thư Chi đoàn nhiệm kỳ 2024 – 2025.",
     [("Hoàng Thị Mai", "Bí thư Chi đoàn")]),
    ("Ông Vũ Đình Lực được chỉ định giữ chức vụ Phó Bí thư Đảng ủy.", [("Vũ Đình Lực", "Phó Bí thư Đảng ủy")]),
    # A district's word capitalised before a district's name: the place closes the title, no person "Ngô Quyền".
    ("Dự có bà Đỗ Thị Hạnh - Phó chủ tịch Liên đoàn Lao động Quận Ngô Quyền phát biểu.",
     [("Đỗ Thị Hạnh", "Phó chủ tịch Liên đoàn Lao động Quận Ngô Quyền")]),
    ("Bà Đỗ Thị Hạnh - chủ tịch liên đoàn lao động Quận Lê Chân phát biểu.",
     [("Đỗ Thị Hạnh", "chủ tịch liên đoàn lao động Quận Lê Chân")]),
    # ... but a name that is no district's whole name is the person the title introduces (a review's probes).
    ("Chủ tịch UBND Huyện Nguyễn Thanh Tâm kiểm tra công trình.", [("Nguyễn Thanh Tâm", "Chủ tịch UBND Huyện")]),
    ("Chủ tịch UBND Quận Lê Hùng phát biểu.", [("Lê Hùng", "Chủ tịch UBND Quận")]),
    ("Phó Chủ tịch UBND Quận Vũ Quang Hải dự lễ.", [("Vũ Quang Hải", "Phó Chủ tịch UBND Quận")]),
    # (A ward's Youth Union capitalised is no district's word: the person after it stays.)
    ("Phó Bí thư Đoàn Phường Phạm Viết Long báo cáo kết quả.", [("Phạm Viết Long", "Phó Bí thư Đoàn Phường")]),
    # A teacher's form of address between the title and the name is neither's ("– cô", "- Thầy", "– Đồng chí").
    ("Chủ tịch Công đoàn trường – cô Lê Thị Hoa báo cáo kết quả.", [("Lê Thị Hoa", "Chủ tịch Công đoàn trường")]),
    ("Hiệu trưởng nhà trường - Thầy Trần Văn Bình phát biểu khai mạc.", [("Trần Văn Bình", "Hiệu trưởng nhà trường")]),
    ("Bí thư Đảng ủy xã – Đồng chí Trần Văn Bình phát biểu.", [("Trần Văn Bình", "Bí thư Đảng ủy xã")]),
    # (A country's name closing a title is no form of address: "Thủ tướng Anh".)
    ("Thủ tướng Anh Theresa May cho biết.", [("Theresa May", "Thủ tướng Anh")]),
])
def test_persons_of_posts_given_district_words_and_forms_of_address(text, expected):
    assert _persons(text) == expected


def test_a_foreign_persons_title_closed_by_a_dash_loses_it():
    assert _persons("Đó là điều ông Nicolas Martin - Giám đốc Công ty pháo hoa Thụy Sỹ - chia sẻ về đêm hội.") == [
        ("Nicolas Martin", "Giám đốc Công ty pháo hoa Thụy Sỹ")]
