"""Organisations, with abbreviations expanded (rules in patterns/organizations.py).

Known person names are lower-cased first (same length, so offsets hold) so that an organisation name stops
before the person it introduces: "Bí thư Đảng ủy Khối các cơ quan tỉnh | Nguyễn Xuân Tường".
"""

from __future__ import annotations

import polars as pl

from flows.extract.spans import find_all, mask
from flows.patterns import organizations as o

ORGANIZATION_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                       "text": pl.String, "name": pl.String}

ORGANIZATION = rf"(?:^|[^\p{{L}}]){o.name_pattern()}"
# "tổ chức cở sở (TCCS)": as many words before the brackets as the abbreviation has letters.
DEFINITION = r"(?P<words>(?:[\p{L}]+\s+){1,7}?)\((?P<abbr>\p{Lu}{2,8})\)"


def defined_abbreviations(texts: pl.DataFrame) -> pl.DataFrame:
    """Abbreviations an article defines itself, whose initials match the words before the brackets."""
    found = find_all(texts, DEFINITION)
    if found.is_empty():
        return pl.DataFrame(schema={"source_uri": pl.String, "abbr": pl.String, "expansion": pl.String})
    words = pl.col("words").str.strip_chars().str.split(" ")
    tail = words.list.tail(pl.col("abbr").str.len_chars())
    initials = tail.list.eval(pl.element().str.slice(0, 1).str.to_uppercase()).list.join("")
    return (
        found.with_columns(expansion=tail.list.join(" "), initials=initials)
        .filter(pl.col("initials").str.replace_all("Đ", "D") == pl.col("abbr").str.replace_all("Đ", "D"))
        .select("source_uri", "abbr", "expansion")
        .unique(["source_uri", "abbr"], keep="first")
    )


def expand(name: pl.Expr) -> pl.Expr:
    """Replace the standard abbreviations by their full forms, word by word."""
    for short, full in o.ABBREVIATIONS.items():
        name = name.str.replace_all(rf"(^|[^\p{{L}}]){short}([^\p{{L}}]|$)", f"${{1}}{full}${{2}}")
    return name


def extract_organizations(texts: pl.DataFrame, person_names: list[str]) -> pl.DataFrame:
    masked = texts.filter(pl.col("field") != "title").with_columns(text=mask(pl.col("text"), person_names))
    found = find_all(masked, ORGANIZATION)
    generic = pl.col("head").is_in(list(o.NEEDS_CONTINUATION)) & (pl.col("rest").str.strip_chars() == "")
    orgs = found.filter(~generic).with_columns(
        text=(pl.col("head") + pl.col("rest")).str.strip_chars(),
        # The match may start with the character before the head.
        char_offset=pl.col("char_offset") + pl.col("match").str.len_chars()
        - (pl.col("head") + pl.col("rest")).str.len_chars(),
    )
    orgs = orgs.with_columns(name=expand(pl.col("text")))
    # Abbreviations an article defines itself, where the standard table has none.
    local = defined_abbreviations(texts).filter(~pl.col("abbr").is_in(list(o.ABBREVIATIONS)))
    for abbr, expansion in local.select("abbr", "expansion").unique("abbr").iter_rows():
        defined_here = pl.col("source_uri").is_in(local.filter(pl.col("abbr") == abbr)["source_uri"].implode())
        orgs = orgs.with_columns(
            name=pl.when(defined_here).then(pl.col("name").str.replace_all(rf"\b{abbr}\b", expansion))
            .otherwise(pl.col("name"))
        )
    return orgs.select(list(ORGANIZATION_SCHEMA)).cast(ORGANIZATION_SCHEMA)
