"""The letter classes of the rules (flows/patterns/letters.py): Unicode's categories within the scripts of
Vietnamese news, usable alone and inside another class."""

import unicodedata

import polars as pl
import pytest

from flows.patterns.letters import LETTER, LOWER, MARK, UPPER

# Each class against Unicode's own category, on every character of the blocks it keeps and on letters of scripts
# it leaves out.
BLOCKS = [*range(0x0000, 0x0300), *range(0x0370, 0x0500), *range(0x1E00, 0x1F00)]
OTHER_SCRIPTS = "中文ไทยລາວខ្មែរ한글"
CLASSES = {LETTER: ("Lu", "Ll", "Lt", "Lm", "Lo"), UPPER: ("Lu",), LOWER: ("Ll",)}


def matches(pattern: str, characters: list[str]) -> list[bool]:
    return pl.Series(characters).str.contains(f"^{pattern}$").to_list()


@pytest.mark.parametrize("pattern", list(CLASSES), ids=["letter", "upper", "lower"])
def test_a_class_is_its_unicode_category_within_the_kept_blocks(pattern):
    characters = [chr(code) for code in BLOCKS if not 0xD800 <= code < 0xE000]
    # polars' Unicode tables may be newer than Python's: only characters both assign are compared.
    known = [c for c in characters if unicodedata.category(c) != "Cn"]
    expected = [unicodedata.category(c) in CLASSES[pattern] for c in known]
    assert matches(pattern, known) == expected


def test_vietnamese_letters_are_letters_and_other_scripts_are_not():
    assert all(matches(LETTER, list("ĐđƯưƠơẾếỆệỹỸÀàĂăÂâ")))
    assert all(matches(LETTER, list("ЖжβΩʼ")))  # Cyrillic, Greek, the phrase joiner U+02BC
    assert not any(matches(LETTER, list(OTHER_SCRIPTS)))
    assert matches(UPPER, list("ẾếĐđ")) == [True, False, True, False]
    assert matches(LOWER, list("ẾếĐđ")) == [False, True, False, True]


def test_marks_are_the_combining_diacritics_of_decomposed_vietnamese():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hằng")
    stripped = pl.Series([decomposed]).str.replace_all(MARK, "").to_list()[0]
    assert stripped == "Nguyen Thi Hang"


def test_a_class_nests_in_another_and_in_a_negated_one():
    word = f"[{LETTER}{MARK}.-]+"
    assert pl.Series(["Bà-Rịa.Vũng", "x y"]).str.contains(f"^{word}$").to_list() == [True, False]
    assert pl.Series(["ê", "1", "中"]).str.contains(f"^[^{LETTER}]$").to_list() == [False, True, True]
    assert pl.Series(["hội nghị"]).str.contains(f"(?i)^{UPPER}").to_list() == [True]  # case folds like \p{Lu}
