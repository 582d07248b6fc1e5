"""The text an extractor reads, and regex matches with their character offsets, all as polars frames.

Polars gives a regex's matches but not where they are; `find_all` recovers each match's character offset.
"""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import syllables

# Where an item was found: the article field and the paragraph's index within it.
FIELDS = ("title", "lead", "body", "caption")


def paragraphs(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per paragraph: source_uri, field (title/lead/body/caption), paragraph, text."""
    # A one-paragraph article's lead is also its body: read once, as body.
    lead_only = pl.when(pl.col("lead") != pl.col("body").list.first().fill_null("")).then(pl.col("lead"))
    single = [
        articles.select("source_uri", field=pl.lit(name), paragraph=pl.lit(0, pl.Int32), text=text)
        for name, text in (("title", pl.col("title")), ("lead", lead_only))
    ]
    lists = [
        articles.select("source_uri", field=pl.lit(field), text=pl.col(column))
        .explode("text")
        .with_columns(paragraph=pl.int_range(pl.len()).over("source_uri").cast(pl.Int32))
        .select("source_uri", "field", "paragraph", "text")
        for field, column in (("body", "body"), ("caption", "captions"))
    ]
    return pl.concat(single + lists).filter(pl.col("text").is_not_null() & (pl.col("text") != ""))


def find_all(texts: pl.DataFrame, pattern: str, fields: tuple[str, ...] = FIELDS,
             starts: tuple[str, ...] | None = None) -> pl.DataFrame:
    """Every match of `pattern` in the paragraphs of `fields`: the paragraph's columns plus `match`,
    `char_offset` (in characters, within the paragraph) and one column per named group of the pattern.

    `starts`: the literal phrases every match begins with, if the pattern has them. The matches are then found
    from those phrases (see `_find_from_starts`), which is much faster for a large pattern than a regex search
    through every paragraph.
    """
    candidates = texts.filter(pl.col("field").is_in(fields)).filter(regex.contains(pl.col("text"), pattern))
    found = _find_from_starts(candidates, pattern, starts) if starts else _find_by_pieces(candidates, pattern)
    # Anchored: each match starts its string, and an anchored pattern keeps the regex engine on a fast path.
    groups = found["match"].str.extract_groups(rf"^(?:{pattern})").struct.unnest()
    return pl.concat([found, groups], how="horizontal")


def _find_by_pieces(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """Matches with offsets: the text is cut into pieces that each end with a match (`.*?` then the pattern); the
    pieces tile the paragraph up to its last match, and the k-th piece ends with the k-th match, so a match's
    offset is the length of the pieces up to it less its own length."""
    return (
        texts.with_columns(
            match=pl.col("text").str.extract_all(pattern),
            piece=pl.col("text").str.extract_all(rf"(?s).*?(?:{pattern})"),
        )
        .with_row_index("row__")
        .explode("match", "piece")
        .with_columns(
            char_offset=(pl.col("piece").str.len_chars().cum_sum().over("row__") - pl.col("match").str.len_chars())
            .cast(pl.Int64)
        )
        .drop("piece", "row__")
    )


# How much text after a start phrase the pattern is tried on first. A match ending near the window's end (where
# the window may have cut its next word in two) is tried again on the whole rest of the paragraph.
_WINDOW_CHARS = 400
_WINDOW_MARGIN_CHARS = 100


def _find_from_starts(texts: pl.DataFrame, pattern: str, starts: tuple[str, ...]) -> pl.DataFrame:
    """Matches with offsets, from every occurrence of a start phrase (Aho-Corasick, all of them): the pattern is
    tried anchored on a window there, and, as a regex search would, a match is kept only if it starts after the
    end of the previous kept match in its paragraph."""
    text = pl.col("text")
    occurrences = (
        texts.with_row_index("row__")
        .with_columns(start_byte=text.str.find_many(list(starts), overlapping=True))
        .explode("start_byte")
        .filter(pl.col("start_byte").is_not_null())
        .unique(["row__", "start_byte"])
        .sort("row__", "start_byte")
        # Character offsets from byte offsets: the characters between one occurrence and the next, summed, so
        # each byte of a paragraph is decoded once (a prefix per occurrence made long lines quadratic).
        .with_columns(previous_byte=pl.col("start_byte").shift(1, fill_value=0).over("row__"))
        .with_columns(
            char_offset=text.cast(pl.Binary)
            .bin.slice(pl.col("previous_byte"), pl.col("start_byte") - pl.col("previous_byte"))
            .cast(pl.String).str.len_chars().cast(pl.Int64).cum_sum().over("row__")
        )
        .drop("previous_byte")
    )
    anchored = rf"^(?:{pattern})"
    window = text.str.slice(pl.col("char_offset"), _WINDOW_CHARS)
    occurrences = occurrences.with_columns(match=window.str.extract(anchored, 0))
    cut_short = (window.str.len_chars() < text.str.len_chars() - pl.col("char_offset")) & (
        pl.col("match").str.len_chars() > _WINDOW_CHARS - _WINDOW_MARGIN_CHARS)
    occurrences = occurrences.with_columns(
        match=pl.coalesce(regex.where(cut_short, text.str.slice(pl.col("char_offset")),
                                      lambda rest: rest.str.extract(anchored, 0), pl.String), pl.col("match"))
    ).filter(pl.col("match").is_not_null())
    end = pl.col("char_offset") + pl.col("match").str.len_chars()
    keep = pl.Series([True] * occurrences.height, dtype=pl.Boolean)
    while True:  # row i depends only on the rows before it: settles in at most (overlap depth) rounds
        previous_end = pl.when(pl.col("keep__")).then(end).otherwise(-1).shift(1, fill_value=-1).cum_max().over("row__")
        settled = occurrences.with_columns(keep__=keep).select(pl.col("char_offset") >= previous_end).to_series()
        if settled.equals(keep):
            break
        keep = settled
    return occurrences.filter(keep).select(*texts.columns, "match", "char_offset")


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


_TONE_MARKS = f"[{syllables.TONE_MARKS}]"
_SYLLABLE = f"^{syllables.syllable_pattern()}$"


def foreign_words(text: pl.Expr) -> pl.Expr:
    """True where a word of the text is no Vietnamese syllable ("Michael Keenan"; not "Trần Châu"), by the
    syllable shapes of flows/patterns/syllables.py, tones set aside."""
    toneless = text.str.normalize("NFD").str.replace_all(_TONE_MARKS, "").str.normalize("NFC").str.to_lowercase()
    return toneless.str.extract_all(r"\p{L}+").list.eval(~pl.element().str.contains(_SYLLABLE)).list.any()

