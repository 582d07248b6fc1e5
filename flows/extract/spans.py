"""The text an extractor reads, and regex matches with their character offsets, all as polars frames.

Polars gives a regex's matches but not where they are; `find_all` recovers each match's character offset.
"""

from __future__ import annotations

import polars as pl

# Where an item was found: the article field and the paragraph's index within it.
FIELDS = ("title", "lead", "body", "caption")


def paragraphs(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per paragraph: source_uri, field (title/lead/body/caption), paragraph, text."""
    single = [
        articles.select("source_uri", field=pl.lit(name), paragraph=pl.lit(0, pl.Int32), text=pl.col(name))
        for name in ("title", "lead")
    ]
    lists = [
        articles.select("source_uri", field=pl.lit(field), text=pl.col(column))
        .explode("text")
        .with_columns(paragraph=pl.int_range(pl.len()).over("source_uri").cast(pl.Int32))
        .select("source_uri", "field", "paragraph", "text")
        for field, column in (("body", "body"), ("caption", "captions"))
    ]
    return pl.concat(single + lists).filter(pl.col("text").is_not_null() & (pl.col("text") != ""))


def find_all(texts: pl.DataFrame, pattern: str, fields: tuple[str, ...] = FIELDS) -> pl.DataFrame:
    """Every match of `pattern` in the paragraphs of `fields`: the paragraph's columns plus `match`,
    `char_offset` (in characters, within the paragraph) and one column per named group of the pattern.

    Each match is extracted with the text since the previous one (`gap`), so the pieces tile the paragraph
    and a match's offset is the length of the pieces before it plus its gap.
    """
    piece = rf"(?s).*?(?:{pattern})"
    split = rf"(?s)^(?P<gap__>.*?)(?P<match__>{pattern})$"
    pieces = (
        texts.filter(pl.col("field").is_in(fields))
        .with_columns(piece=pl.col("text").str.extract_all(piece))
        .explode("piece")
        .filter(pl.col("piece").is_not_null())
        .with_columns(piece_end=pl.col("piece").str.len_chars().cum_sum().over("source_uri", "field", "paragraph"))
    )
    groups = pieces["piece"].str.extract_groups(split).struct.unnest()
    return (
        pl.concat([pieces, groups], how="horizontal")
        .with_columns(
            match=pl.col("match__"),
            char_offset=(pl.col("piece_end") - pl.col("piece").str.len_chars() + pl.col("gap__").str.len_chars())
            .cast(pl.Int64),
        )
        .drop("piece", "piece_end", "gap__", "match__")
    )


def mask(text: pl.Expr, phrases: list[str]) -> pl.Expr:
    """Lower-case every listed phrase in place: same length, so offsets hold, but no longer capitalised."""
    if not phrases:
        return text
    return text.str.replace_many(phrases, [p.lower() for p in phrases])


def cut_before_names(frame: pl.DataFrame, column: str, persons: pl.DataFrame) -> pl.DataFrame:
    """Cut `column` before the first name of a person found in the same article ("Đảng ủy Khối các cơ quan
    tỉnh | Nguyễn Xuân Tường"). Only that article's names count: a name elsewhere may be a place here."""
    names = persons.select("source_uri", "name").unique()
    if frame.is_empty() or names.is_empty():
        return frame
    keyed = frame.with_row_index("row__")
    cut = (
        keyed.select("row__", "source_uri", column)
        .join(names, on="source_uri", how="inner")
        .filter(pl.col(column).str.contains(" " + pl.col("name"), literal=True))
        .with_columns(pl.col(column).str.split(" " + pl.col("name")).list.first())
        .group_by("row__")
        .agg(pl.col(column).sort_by(pl.col(column).str.len_chars()).first().alias("cut__"))
    )
    return (
        keyed.join(cut, on="row__", how="left")
        .with_columns(pl.coalesce("cut__", column).alias(column))
        .drop("row__", "cut__")
    )
