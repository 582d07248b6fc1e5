"""Organisations, with abbreviations expanded (rules in patterns/organizations.py).

A name stops before a person the same article names: "Bí thư Đảng ủy Khối các cơ quan tỉnh | Nguyễn Xuân Tường".
"""

from __future__ import annotations

import re

import polars as pl

from flows.extract.spans import cut_before_names, find_all
from flows.patterns import alternation
from flows.patterns import organizations as o
from flows.patterns.persons import SURNAMES

ORGANIZATION_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                       "text": pl.String, "name": pl.String}

# `next` sees whether a lower-case word follows: after a generic head ("Cục Chế | biến và ...") that means
# the name was cut short by words the rule does not know, and the mention is left out.
# The pattern starts with the heads themselves (a literal set, found fast with Aho-Corasick); that a head
# starts a word, and not inside a code ("925/UBND-KTN"), is checked afterwards on the character before it.
ORGANIZATION = rf"{o.name_pattern()}(?P<next>\s+\p{{Ll}})?"
_NOT_BEFORE_A_NAME = r"[\p{L}\p{N}/\-]"
# A full personal name (surname + two or three given names) closing the match is the person the organisation
# introduces ("MTTQ Việt Nam | Trần Thanh Mẫn"); two-word tails are usually places ("huyện Thạch Hà").
_TRAILING_FULL_NAME = rf"\s+(?:{alternation(SURNAMES)})(?:\s+\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{2,3}}$"
# Two organisations joined by "và" are two names: "UBND tỉnh | và MTTQ tỉnh"; a lone word after "và" is
# the start of a name the rule could not follow ("Công an tỉnh | và Ban chỉ huy ..."). "và" stays inside a name
# only between its own words ("Khối Cơ quan và Doanh nghiệp tỉnh").
_SECOND = rf"\s+và\s+((?:{alternation(o.HEADS)})\b.*)$"
_AND_WORD = r"\s+và\s+\S+$"
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
        .unique(["source_uri", "abbr"], keep="first", maintain_order=True)
    )


def expand(name: pl.Expr) -> pl.Expr:
    """Replace the standard abbreviations by their full forms, word by word."""
    for short, full in o.ABBREVIATIONS.items():
        name = name.str.replace_all(rf"(^|[^\p{{L}}]){re.escape(short)}([^\p{{L}}]|$)", f"${{1}}{full}${{2}}")
    return name


def expand_defined(orgs: pl.DataFrame, local: pl.DataFrame) -> pl.DataFrame:
    """Replace, word by word, the abbreviations each article defines itself by its own expansion (one join, however
    many articles define how many abbreviations)."""
    if local.is_empty() or orgs.is_empty():
        return orgs
    words = (
        orgs.with_row_index("row__")
        .select("row__", "source_uri", word=pl.col("name").str.split(" "))
        .explode("word")
        .join(local.rename({"abbr": "word"}), on=["source_uri", "word"], how="left", maintain_order="left")
        .group_by("row__", maintain_order=True)
        .agg(pl.coalesce("expansion", "word").str.join(" ").alias("expanded__"))
    )
    return (
        orgs.with_row_index("row__")
        .join(words, on="row__", how="left")
        .with_columns(name=pl.col("expanded__"))
        .drop("row__", "expanded__")
    )


def extract_organizations(texts: pl.DataFrame, persons: pl.DataFrame) -> pl.DataFrame:
    found = find_all(texts.filter(pl.col("field") != "title"), ORGANIZATION, starts=o.HEADS)
    before = pl.col("text").str.slice((pl.col("char_offset") - 1).clip(0), 1)
    found = found.filter((pl.col("char_offset") == 0) | ~before.str.contains(_NOT_BEFORE_A_NAME))
    rest = pl.col("rest").str.strip_chars()
    generic = pl.col("head").is_in(list(o.NEEDS_CONTINUATION))
    # A name whose last capitalised word stands alone after lower-case words or the head, with a lower-case word
    # after it, was cut inside a word pair the rule does not know ("Cục Hải | quan", "Bộ Tư lệnh Quân | khu").
    last_run = (pl.col("head") + pl.col("rest")).str.extract(r"(?:^|\s\p{Ll}\S*|^\S+(?:\s\S+)??)\s(\p{Lu}[\p{Ll}\p{M}]*)$", 1)
    cut_in_pair = pl.col("next").is_not_null() & last_run.is_not_null() & ~last_run.is_in(list(o.SINGLE_WORD_PLACES))
    cut_short = (generic & ((rest == "") | (pl.col("next").is_not_null() & ~rest.str.contains(r"\s")))) | cut_in_pair
    orgs = found.filter(~cut_short).with_columns(
        text=(pl.col("head") + pl.col("rest")).str.strip_chars(),
    )
    orgs = cut_before_names(orgs, "text", persons)
    second = orgs.with_columns(second=pl.col("text").str.extract(_SECOND, 1)).filter(pl.col("second").is_not_null())
    second = second.with_columns(
        char_offset=pl.col("char_offset") + pl.col("text").str.len_chars() - pl.col("second").str.len_chars(),
        text=pl.col("second"),
    ).drop("second")
    orgs = pl.concat([orgs.with_columns(pl.col("text").str.replace(_SECOND, "")), second])
    orgs = orgs.with_columns(pl.col("text").str.replace(_AND_WORD, "").str.replace(_TRAILING_FULL_NAME, ""))
    orgs = orgs.with_columns(name=expand(pl.col("text")))
    local = defined_abbreviations(texts).filter(~pl.col("abbr").is_in(list(o.ABBREVIATIONS)))
    orgs = expand_defined(orgs, local)
    return (
        orgs.select(list(ORGANIZATION_SCHEMA))
        .sort("source_uri", "field", "paragraph", "char_offset")
        .cast(ORGANIZATION_SCHEMA)
    )
