"""Persons with their titles, found next to a title of office or an honorific (rules in patterns/persons.py)."""

from __future__ import annotations

import polars as pl

from flows.extract.spans import find_all, mask
from flows.patterns import alternation
from flows.patterns import persons as p
from flows.patterns import provinces

PERSON_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                 "name": pl.String, "title": pl.String}

_SURNAME = rf"(?:{alternation(p.SURNAMES)})"
# A surname and one to three given names, each capitalised then lower-case ("Nguyễn Xuân Tường").
NAME = rf"{_SURNAME}(?:\s+\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{1,3}}"
_TITLE = rf"(?:{alternation(p.TITLE_KEYWORDS)})"
_STOP = rf"(?:\s*[;:.()\n]|\s+(?:{alternation(p.STOP_VERBS)})(?:[^\p{{L}}]|$)|$)"
# "Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường ..."
TITLE_THEN_NAME = rf"(?P<title>{_TITLE}[^,;:.()\n]{{0,120}}?)\s+(?P<name>{NAME})(?:[^\p{{L}}]|$)"
# "Đồng chí Nguyễn Xuân Tường - TUV, Bí thư ... chủ trì", "...: Ngô Đông Hải, Ủy viên ..., Bí thư Tỉnh ủy;"
NAME_THEN_TITLE = (
    rf"(?:^|[^\p{{L}}])(?P<name>{NAME})\s*(?:,|\s[-–]\s)\s*"
    rf"(?P<title>{_TITLE}[^;:.()\n]{{0,{p.MAX_TITLE_CHARS}}}?){_STOP}"
)


def _place_names() -> list[str]:
    """Place names to hide from the name rule: "UBND tỉnh Hà Tĩnh Đặng Quốc Khánh" has "Hà" as a surname."""
    return sorted(provinces.mention_names(), key=len, reverse=True)


def extract_persons(texts: pl.DataFrame, authors: pl.DataFrame) -> pl.DataFrame:
    """Person mentions (name, title) with their position; the article's own authors are left out."""
    masked = texts.filter(pl.col("field") != "title").with_columns(text=mask(pl.col("text"), _place_names()))
    found = pl.concat(
        [find_all(masked, pattern).select(list(PERSON_SCHEMA)) for pattern in (TITLE_THEN_NAME, NAME_THEN_TITLE)]
    )
    return (
        found.with_columns(
            pl.col("name").str.strip_chars(),
            pl.col("title").str.strip_chars(" ,-–"),
        )
        .join(authors.select("source_uri", "name"), on=["source_uri", "name"], how="anti")
        .unique(["source_uri", "field", "paragraph", "name", "title"], keep="first", maintain_order=True)
        .sort("source_uri", "field", "paragraph", "char_offset")
        .cast(PERSON_SCHEMA)
    )
