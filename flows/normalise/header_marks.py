"""Lines above the title that are not it: a photo's caption printed above the headline, a breadcrumb that ends with
the headline, a short label in capitals over a headline that is not in capitals (flows/normalise/lines.py reads them as header lines)."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import captions as cap
from flows.patterns import chrome
from flows.patterns import lines as sizes
from flows.patterns import outlets


def header_marks(lines: pl.DataFrame) -> pl.DataFrame:
    """`caption_above_title`, `breadcrumb__` and `upper_label__`: lines above the title that are not it."""
    text = pl.col("text")
    next_text = text.shift(-1).over("source_uri")
    reads_as_text = pl.col("reads_as_text__")
    # A caption above the title: a line that ends with a period (a title does not) right above a line that could
    # be the title. A line that opens with a dateline code is a lead, whatever follows it.
    shaped = (
        text.str.ends_with(".") & (text.str.len_chars() <= cap.CAPTION_WITH_PERIOD_MAX_CHARS) & ~reads_as_text
        & (next_text.str.len_chars() <= sizes.TITLE_MAX_CHARS) & ~next_text.str.ends_with(".")
        & ~next_text.str.contains(cap.SENTENCE_BREAK)
    ).fill_null(False)
    # (The dateline's long pattern only on the few lines so shaped.)
    opens_with_code = regex.where(shaped, text, lambda t: t.str.contains(outlets.DATELINE), pl.Boolean)
    # ... and a line that opens as only a caption does ("Quang cảnh hội nghị", "Ảnh: ...").
    opens_as_a_caption = (text.str.contains(cap.CAPTION_OPENER) & (text.str.len_chars() <= cap.CAPTION_MAX_CHARS)
                          & ~reads_as_text)
    caption_above_title = shaped & ~opens_with_code.fill_null(False) | opens_as_a_caption
    # A short label in capitals above a title that is not in capitals ("GỢI Ý TRẢ LỜI", "TIÊU ĐIỂM").
    short_upper = pl.col("is_upper") & (text.str.len_chars() <= sizes.MENU_MAX_CHARS)
    # (The next line put in upper case only after such a label: upper case runs on every value of a column. A
    # column of its own: inside a window, the selection would run once per document.)
    next_not_upper = regex.where(short_upper, next_text, lambda t: t != t.str.to_uppercase(), pl.Boolean)
    # A breadcrumb that ends with the headline printed under it, whole or cut ("Trang chủ Tin tức X: Họp trù bị ...").
    # (A headline that opens with the word, "Home Credit Việt Nam ..." above its lead, starts as the line under it does.
    # The search only on lines that open so.)
    headline_start = pl.when(text.str.contains(chrome.BREADCRUMB_HOME)).then(
        next_text.str.slice(0, chrome.BREADCRUMB_HEADLINE_CHARS))
    breadcrumb = ((next_text.str.len_chars() >= chrome.BREADCRUMB_HEADLINE_CHARS)
                  & text.str.contains(headline_start, literal=True)
                  & ~text.str.starts_with(headline_start)).fill_null(False)
    # (Not over a line that opens as a paragraph does, "Vào ngày 13 tháng 4 năm 2021, Hội nghị ...": that is the
    # text, and the line in capitals its headline.)
    next_reads_as_text = reads_as_text.shift(-1).over("source_uri")
    return lines.with_columns(caption_above_title=caption_above_title & ~breadcrumb, breadcrumb__=breadcrumb, upper_label__=(
        short_upper & (next_text.str.len_chars() > text.str.len_chars()) & next_not_upper & ~next_reads_as_text
    ).fill_null(False))
