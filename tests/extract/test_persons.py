"""flows/patterns/persons.py: the cheaper forms of the person patterns that filter paragraphs decide as the full ones."""

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import regex
from flows.patterns import persons as p

# Surnames, given names, words glued to them (a capital, a figure, an underscore, a mark), joints and titles.
_PIECES = st.sampled_from(["Nguyễn", "Trần", "Lê", "Văn", "An", "Thị", "Hùng", "ĐBQH", "A1", "_", "B", "\u0301", " ",
                           "  ", ", ", " - ", "-", " (", "\n", "Bí thư Tỉnh ủy", "phó chủ tịch", "Chủ tịch", "đã",
                           "x", "."])


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.lists(_PIECES, max_size=14).map("".join), min_size=1, max_size=10))
def test_a_paragraph_holds_a_name_exactly_when_the_cheaper_test_says_so(texts):
    frame = pl.DataFrame({"t": texts})
    assert (frame.select(pl.col("t").str.contains(p.NAME_PRESENT)).to_series().to_list()
            == frame.select(pl.col("t").str.contains(p.NAME)).to_series().to_list())


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.lists(_PIECES, max_size=14).map("".join), min_size=1, max_size=10))
def test_the_name_before_its_title_matches_as_it_would_with_word_boundaries(texts):
    with_boundaries = rf"{p.NAME}{p.AGE_REMARK}{p.NAME_TITLE_JOINT}{p.TITLE_ANY_CASE}"
    assert regex.loosen(with_boundaries) == p.NAME_BEFORE_TITLE
    frame = pl.DataFrame({"t": texts})
    assert (frame.select(pl.col("t").str.extract_all(p.NAME_BEFORE_TITLE)).to_series().to_list()
            == frame.select(pl.col("t").str.extract_all(with_boundaries)).to_series().to_list())


def test_an_alternate_members_title_is_whole():
    from tests.conftest import LEAD, extract_text

    knowledge = extract_text(LEAD, "Dự hội nghị có đồng chí Nguyễn Văn Thắng, Ủy viên dự khuyết Ban Chấp hành Trung "
                                   "ương Đảng, Bí thư Tỉnh ủy Quảng Ninh.")
    assert knowledge.persons.select("name", "title").rows() == [
        ("Nguyễn Văn Thắng", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh")]


def test_titles_spelled_with_the_older_tone_mark_and_the_surname_lu_are_read():
    from tests.conftest import LEAD, extract_text

    knowledge = extract_text(LEAD, "Tại hội nghị, đồng chí Phạm Văn Chuẩn, Tỉnh uỷ viên, Bí thư Thành uỷ đã quán triệt "
                                   "các nội dung.", "Đồng chí Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân "
                                                    "dân tỉnh cùng điều hành hội nghị.")
    assert knowledge.persons.select("name", "title").rows() == [
        ("Phạm Văn Chuẩn", "Tỉnh uỷ viên, Bí thư Thành uỷ"),
        ("Lữ Quang Ngời", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh")]
    assert ("Phạm Văn Chuẩn", "Ủy viên") in knowledge.positions.select("name", "role").rows()


def test_a_remark_in_brackets_after_a_name_and_an_age_before_the_title_leave_the_person_whole():
    from tests.conftest import LEAD, extract_text

    knowledge = extract_text(LEAD, "Tại Đại hội, Phó Chủ tịch Hội LHPN Việt Nam Bùi Thị Hòa (thứ 2 từ trái sang) tiếp "
                                   "nhận quà.", "Điều động ông Nguyễn Hoài Anh (sinh năm 1977) - Phó Bí thư Thường trực "
                                                "Tỉnh ủy Lâm Đồng, thay ông A.", "Ông Huỳnh Quang Hưng, 48 tuổi, Phó bí "
                                                                                  "thư Huyện ủy được bầu làm Chủ tịch.")
    assert set(knowledge.persons.select("name", "title").rows()) == {
        ("Bùi Thị Hòa", "Phó Chủ tịch Hội LHPN Việt Nam"),
        ("Nguyễn Hoài Anh", "Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng"),
        ("Huỳnh Quang Hưng", "Phó bí thư Huyện ủy")}
    # A name that goes on after a space and a dash is not cut there ("huyện Thạch | Hà - Trần Việt Hà").
    knowledge = extract_text(LEAD, "Chủ tịch UBND huyện Thạch Hà - Trần Việt Hà cho hay đàn gia súc đã ổn định.")
    assert ("Thạch Hà", "Chủ tịch UBND huyện") not in knowledge.persons.select("name", "title").rows()
