"""A document's text as lines: one row per non-empty line, white space folded, the marks of a list or a table cell
around a line removed, a text wrapped at a fixed width joined again (the first step of flows/normalise/lines.py)."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import captions, dates
from flows.patterns import lines as sizes


def split_lines(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per non-empty line: source_uri, line_no (0-based, counting blank lines), text (spaces folded)."""
    # A headline's date printed at its end, and a date glued to the text after it, go on lines of their own (looked
    # for near the top only).
    # (A column before it is read again: an expression written twice is evaluated twice.)
    documents = documents.with_columns(head__=pl.col("text").str.slice(0, sizes.HEADLINE_WITH_DATE_SEARCH_CHARS)
                                       .str.replace_all(dates.HEADLINE_WITH_DATE, "${1}${3}\n${2}${4}")
                                       .str.replace_all(dates.HEADLINE_OWNS_ITS_DATE, f"$1{dates.OWN_DATE_MARK}$2")
                                       .str.replace_all(dates.GOVERNED_DATE, f"$1{dates.OWN_DATE_MARK}$2")
                                       .str.replace_all(dates.HEADLINE_WITH_BARE_DATE, "$1\n$2")
                                       .str.replace_all(dates.OWN_DATE_MARK, " ", literal=True)
                                       .str.replace_all(dates.DATE_GLUED_TO_TEXT, "$1\n$2")
                                       .str.replace_all(dates.HEADLINE_GLUED_TO_STAMP, "$1\n$2\n$3"))
    head = pl.col("head__")
    head = pl.coalesce(regex.where(head.str.contains(sizes.GLUED_OPENING), head,
                                   lambda glued: glued.str.replace_all(sizes.HEADLINE_GLUED_TO_LEAD, "$1\n$2")
                                   .str.replace(sizes.HEADLINE_IN_CAPITALS_GLUED_TO_LEAD, "$1\n$2$3")
                                   .str.replace(sizes.HEADLINE_IN_TWO_CAPITALS_GLUED_TO_LEAD, "$1\n$2$3"), pl.String),
                       head)
    documents = documents.with_columns(text__=head + pl.col("text").str.slice(sizes.HEADLINE_WITH_DATE_SEARCH_CHARS))
    text = pl.col("text__")
    # (One search for both kinds of break: each is a pass over every text.)
    breaks = text.str.count_matches(f"{sizes.WRAPPED_BREAK}|{sizes.WRAPPED_DANGLING_BREAK}")
    text = pl.coalesce(regex.where(breaks >= sizes.WRAPPED_MIN_BREAKS, text,
                                   lambda wrapped: wrapped.str.replace_all(sizes.WRAPPED_BREAK, "$1 $2")
                                   .str.replace_all(sizes.WRAPPED_DANGLING_BREAK, "$1 $2")
                                   .str.replace_all(sizes.WRAPPED_AFTER_COMMA, "$1 $2"), pl.String),
                       text)
    documents = documents.with_columns(text__=text.str.replace_all(sizes.CAPTION_BREAK, "$1 $2")
                                       .str.replace_all(sizes.ATTENDANCE_LINE_OPENING, f"\n{sizes.KEEP_APART_MARK}$1")
                                       .str.replace_all(sizes.CAPTION_BREAK_AFTER_DASH, "$1 $2")
                                       .str.replace_all(sizes.KEEP_APART_MARK, "", literal=True))
    text = pl.col("text__")
    text = pl.coalesce(regex.where(text.str.contains(sizes.ORGANISATION_LINE), text,
                                   lambda broken: broken.str.replace_all(sizes.CAPTION_BREAK_BEFORE_ORGANISATION,
                                                                         "$1 $2\n$3"), pl.String), text)
    lines = _printed_twice_apart(documents.select("source_uri", text.str.split("\n").alias("text")).explode("text"))
    return (
        lines.with_columns(line_no=pl.int_range(pl.len()).over("source_uri").cast(pl.Int32))
        # Fold runs of white space, on the lines that have any (a search is much cheaper than a replacement).
        .with_columns(pl.coalesce(regex.where(pl.col("text").str.contains(r"\s\s|[^\S ]"), pl.col("text"),
                                              lambda text: text.str.replace_all(r"\s+", " "), pl.String),
                                  pl.col("text")).str.strip_chars())
        # A list bullet before a line ("• Trang chủ > Giới thiệu").
        .with_columns(pl.col("text").str.replace(rf"^{sizes.LIST_BULLET}\s*", ""))
        # A table cell's borders around a line ("| Quang cảnh hội nghị |", "... nhiệm kỳ 2020-2025 | |").
        .with_columns(pl.col("text").str.replace(r"^(?:\|\s*)+", "").str.replace(r"(?:\s*\|)+$", ""))
        .filter(pl.col("text") != "")
    )


def _printed_twice_apart(lines: pl.DataFrame) -> pl.DataFrame:
    """A line printed twice on itself, glued or after a space ("Đức Huệ trao học bổngĐức Huệ trao học bổng", "Tổ chức
    thành công Đại hội ... 2028. Tổ chức thành công Đại hội ... 2028."), goes on two lines, as a headline printed
    twice (the page's heading, then the article's) does. (Short lines' halves may be equal by chance: "AA"; a
    paragraph printed twice, longer than a headline or of sentences, stays one line of text.)"""
    text = pl.col("text")
    length = text.str.len_chars()
    gap = length % 2  # an odd line's middle character is the space between its copies
    half = length // 2
    # (A column: read twice below, an expression would be evaluated twice on every line.)
    lines = lines.with_columns(doubled__=(half >= sizes.DOUBLED_TITLE_MIN_CHARS) & (half <= sizes.TITLE_MAX_CHARS)
                               & (text.str.slice(0, half) == text.str.slice(half + gap))
                               & ((gap == 0) | (text.str.slice(half, 1) == " "))
                               & ~text.str.slice(0, half).str.contains(captions.SENTENCE_BREAK))
    doubled = pl.col("doubled__")
    if lines.select(doubled.any()).item():
        copy = text.str.slice(0, half)
        lines = lines.with_columns(text=pl.when(doubled).then(pl.concat_list(copy, copy))
                                   .otherwise(pl.concat_list(text))).explode("text")
    return lines.drop("doubled__")
