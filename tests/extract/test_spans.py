"""Offsets of regex matches (flows/extract/spans.py): one search marks every match; a text that holds the marks is
searched the slower way, with the same result."""

from __future__ import annotations

import polars as pl

from flows.extract.spans import find_all

PATTERN = r"(?:^|[^\p{L}])(?P<name>Nguyễn \p{Lu}\p{Ll}+)"


def _texts(*texts: str) -> pl.DataFrame:
    return pl.DataFrame({"source_uri": [f"u{i}" for i in range(len(texts))], "field": "body",
                         "paragraph": pl.Series([0] * len(texts), dtype=pl.Int32), "text": list(texts)})


def _found(texts: pl.DataFrame) -> list[tuple[str, str, int]]:
    return list(find_all(texts, PATTERN).select("source_uri", "name", "char_offset").iter_rows())


def test_every_match_has_its_offset_in_characters():
    texts = _texts("Ông Nguyễn Văn và bà Nguyễn Thị dự họp; Nguyễn Hà", "không có tên", "Nguyễn Lâm")
    found = _found(texts)
    assert found == [("u0", "Nguyễn Văn", 3), ("u0", "Nguyễn Thị", 20), ("u0", "Nguyễn Hà", 39),
                     ("u2", "Nguyễn Lâm", 0)]
    text = texts["text"][0]
    # The offset is where the match (its leading separator included) starts in the paragraph.
    assert all(text[offset:].lstrip().startswith(name) for uri, name, offset in found if uri == "u0")


def test_a_text_holding_the_marks_gives_the_same_matches():
    plain = _found(_texts("Ông Nguyễn Văn và bà Nguyễn Thị dự họp"))
    marked = _found(_texts("Ông Nguyễn Văn và bà Nguyễn Thị dự họp", "\x01 Nguyễn Lâm \x00"))
    assert marked[:2] == plain
    assert marked[2] == ("u1", "Nguyễn Lâm", 1)
