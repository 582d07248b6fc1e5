"""flows/normalise/wrapped_captions.py: a caption the page wrapped onto a second line is one caption."""

import pytest

from tests.conftest import BODY, LEAD, article, parse_text

# The articles of the module's tests are parsed together, in one call (tests/batching.py).
pytestmark = pytest.mark.usefixtures("batched_calls")

TITLE = "Đảng bộ Công ty hoàn thành đại hội các chi bộ trực thuộc"
CAPTION = "Đ/c Lê Văn Hùng – Bí thư Đảng ủy tặng hoa chúc mừng"


def test_a_caption_that_goes_on_with_a_linking_word_on_the_next_line_is_one_caption():
    parsed, _ = parse_text(article(TITLE, LEAD, CAPTION, "tại Đại hội Chi bộ Văn phòng Công ty", BODY))
    assert parsed["captions"] == [f"{CAPTION} tại Đại hội Chi bộ Văn phòng Công ty"]
    assert not any(paragraph.startswith("tại Đại hội") for paragraph in parsed["body"])


def test_a_caption_of_its_own_in_small_letters_under_another_stays_apart():
    second = "đ/c trung tướng Trần Quốc Phú, trưởng ban liên lạc tặng hoa"
    parsed, _ = parse_text(article(TITLE, LEAD, CAPTION, second, BODY))
    assert CAPTION in parsed["captions"]
    assert f"{CAPTION} {second}" not in parsed["captions"]
