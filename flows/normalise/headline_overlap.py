"""The evidence of a headline: its words come back in the text's first paragraph. A line above the text that shares
none of them (a section's name, a banner, a subscription link, a widget) is no title, whatever its wording."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import captions as cap
from flows.patterns import lines as sizes


def _words(text: pl.Expr) -> pl.Expr:
    """A line's words, in lower case (a list)."""
    return text.str.to_lowercase().str.extract_all(sizes.WORD)


def above_its_date(candidate: pl.Expr) -> pl.Expr:
    """A headline printed right above its own date line, above the text ("HĐND TP thông qua 22 nghị quyết" /
    "Thứ sáu, 24/05/2024 10:50" / the lead): the article's title, whatever the page prints above it (a masthead, a
    section's name, a tab). `candidate`: a line that may be a headline (no menu, chrome or running text)."""
    return candidate & _next_is_date() & (pl.col("text").str.len_chars() <= sizes.TITLE_MAX_CHARS)


def _next_is_date() -> pl.Expr:
    return pl.col("is_date_line").shift(-1).over("source_uri").fill_null(False)


def closed_above_its_date(text: pl.Expr) -> pl.Expr:
    """A headline some portals close with a period, right above its date line ("Đại hội ... nhiệm kỳ 2022 - 2025." /
    "Đăng lúc: 10:24:33 29/07/2022"): no sentence that opens the text. A lead opens with its time or a linking phrase,
    and no date line follows it."""
    short = regex.at_most(text, sizes.TITLE_TYPICAL_MAX_CHARS)  # (the patterns only on headline-sized lines)
    return (short.str.ends_with(".") & _next_is_date()
            & ~pl.col("opens_with_code__") & ~short.str.contains(cap.TIME_OPENER)
            & ~regex.contains(short, cap.PARAGRAPH_OPENER)).fill_null(False)


def unrelated_headlines(lines: pl.DataFrame, skipped: pl.Expr, first_text_no: pl.Expr) -> pl.DataFrame:
    """`related__`: a headline-shaped line above the text that shares many of its words with the text's first
    paragraph. `unrelated__`: a line above the text that shares next to none of its words with that paragraph, on a
    page where a later line above the text shares many (the headline: its words come back in the lead). A
    section's name, a banner, a subscription link or a widget does not share them, whatever its wording.
    Only pages with two candidate lines or more above the text are looked at. `skipped`: the lines that are no
    candidates (chrome, meta lines); `first_text_no`: the document's first line of running text."""
    line_no, text = pl.col("line_no"), pl.col("text")
    marked = lines.select("source_uri", "line_no", "text", skipped=skipped, first_text_no=first_text_no)
    above = (line_no < pl.col("first_text_no")) & (line_no < sizes.HEADLINE_SEARCH_LINES) & ~pl.col("skipped")
    candidates = marked.filter(above).filter(pl.len().over("source_uri") > 1)
    if candidates.is_empty():
        return lines.with_columns(unrelated__=pl.lit(False), related__=pl.lit(False))
    # (The paragraph's opening is enough: a headline's words come back in the lead's first sentences.)
    paragraph = (marked.filter(line_no == pl.col("first_text_no"))
                 .filter(pl.col("source_uri").is_in(candidates["source_uri"].implode()))
                 .select("source_uri", word=_words(text.str.slice(0, sizes.HEADLINE_COMPARED_CHARS))).explode("word"))
    words = candidates.select("source_uri", "line_no", word=_words(text)).explode("word").drop_nulls("word").unique()
    shared = words.join(paragraph, on=["source_uri", "word"], how="semi").group_by("source_uri", "line_no").len("shared")
    overlap = (words.group_by("source_uri", "line_no").len("words").join(shared, on=["source_uri", "line_no"], how="left")
               .select("source_uri", "line_no", share=pl.col("shared").fill_null(0) / pl.col("words")))
    # The headline that shares them is shaped as one (not a sentence with its period, a question, the sapo), and
    # so is the line it makes no title of (a sentence is not a menu).
    headline_shaped = ~pl.col("text").str.contains(r"[.?!:]$") & (pl.col("text").str.len_chars()
                                                                  <= sizes.TITLE_TYPICAL_MAX_CHARS)
    overlap = overlap.join(candidates.select("source_uri", "line_no", headline_shaped=headline_shaped),
                           on=["source_uri", "line_no"])
    related = (pl.col("share") >= sizes.HEADLINE_MIN_SHARED) & pl.col("headline_shaped")
    overlap = overlap.with_columns(
        related__=related,
        unrelated__=(pl.col("share") <= sizes.UNRELATED_MAX_SHARED) & pl.col("headline_shaped")
        & (pl.when(related).then(pl.col("line_no")).max().over("source_uri") > pl.col("line_no")).fill_null(False))
    marks = overlap.select("source_uri", "line_no", "unrelated__", "related__")
    return lines.join(marks, on=["source_uri", "line_no"], how="left", maintain_order="left").with_columns(
        pl.col("unrelated__", "related__").fill_null(False))
