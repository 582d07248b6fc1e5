"""flows/regex.py: the cheaper forms of regex work give what the plain polars operation gives."""

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import regex


@pytest.mark.parametrize("pattern", [r"\bvà\b", r"(\d{1,2})/(\d{1,2})/(\d{4})\b", r"\btỉnh\b|\bxã\b", "Sở"])
def test_the_fast_contains_agrees_with_the_regex(pattern):
    texts = pl.DataFrame({"t": ["A và B", "Avà B", "ngày 1/2/2022", "1/2/20223", "tỉnh Nam", "tỉnhlỵ", "xã", None,
                                "Sở Y tế", ""]})
    fast = texts.select(regex.contains(pl.col("t"), pattern)).to_series()
    plain = texts.select(pl.col("t").str.contains(pattern).fill_null(False)).to_series()
    assert fast.to_list() == plain.to_list()
    assert fast.any()


# Words, separators and whitespace of all kinds, and texts longer than the head that count_up_to reads first.
_PIECES = st.sampled_from(["Hội", "nghị", "Tỉnh", "ủy", "2021", "-", "|", ",", " ", "  ", "\n", "\t", "\u00a0",
                           "A" * 250, "x" * 199, "Đ"])


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.one_of(st.none(), st.lists(_PIECES, max_size=120).map("".join)), min_size=1, max_size=8),
       enough=st.integers(1, 25))
@pytest.mark.parametrize("pattern", [r"\S+", r"[\p{L}\p{N}]+", "[A-Za-z]+"])
def test_a_count_up_to_a_threshold_decides_as_the_whole_count(pattern, texts, enough):
    frame = pl.DataFrame({"t": texts}, schema={"t": pl.String})
    whole = frame.select(pl.col("t").str.count_matches(pattern)).to_series()
    capped = frame.select(regex.count_up_to(pl.col("t"), pattern, enough)).to_series()
    for full, up_to in zip(whole.to_list(), capped.to_list()):
        if full is None:
            assert up_to is None
        elif full < enough:
            assert up_to == full
        else:
            assert up_to >= enough


def test_a_count_up_to_counts_a_long_text_of_few_words_exactly():
    long_words = " ".join(["từ"] * 5000)
    few_words = "x" * 5000 + " y"
    frame = pl.DataFrame({"t": [long_words, few_words]})
    assert frame.select(regex.count_up_to(pl.col("t"), r"\S+", 20)).to_series().to_list()[1] == 2
    assert frame.select(regex.count_up_to(pl.col("t"), r"\S+", 20)).to_series().to_list()[0] >= 20
