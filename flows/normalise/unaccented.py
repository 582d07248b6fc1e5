"""Lines that repeat the page's words with their accents stripped ("Thao Xuan Sung" on a page about "Thào Xuân Sùng",
"De nghi Bo Chinh tri ..." under "Đề nghị Bộ Chính trị ..."): an image's alt text or a link's slug printed as a line.
Nobody writes Vietnamese so beside the same words written with their accents, so such a line is the page's, not the
text's. Only the few documents that hold a line of plain ASCII words are looked at, and each of their words once."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import captions as cap
from flows.patterns import lines as sizes
from flows.patterns.letters import LETTER


def mark_stripped_copies(lines: pl.DataFrame) -> pl.DataFrame:
    """`is_inline_chrome` also on a line of `UNACCENTED_MIN_WORDS` ASCII words or more of which at least
    `UNACCENTED_MIN_SHARE` are, once lower-cased, words of the same page written with accents; `ascii_words__` on
    every line of that many ASCII words."""
    text = pl.col("text")
    ascii_words = regex.count_up_to(text, "[A-Za-z]+", sizes.UNACCENTED_MIN_WORDS)
    # (`ascii_words__`: a headline is written in Vietnamese, so such a line is never the title either: an English
    # masthead, "Thanh Hoa Radio and Television"; assign_roles reads and drops it.)
    lines = lines.with_columns(ascii_words__=text.str.contains(sizes.ASCII_LINE)
                               & (ascii_words >= sizes.UNACCENTED_MIN_WORDS))
    candidates = lines.filter(pl.col("ascii_words__") & (text.str.len_chars() <= cap.CAPTION_MAX_CHARS))
    if candidates.is_empty():
        return lines
    pages = lines.filter(pl.col("source_uri").is_in(candidates["source_uri"].unique().implode()))
    accented = (pages.select("source_uri", word=text.str.extract_all(rf"{LETTER}+")).explode("word")
                .filter(pl.col("word").str.contains(r"[^A-Za-z]"))
                .select("source_uri", folded=regex.without_marks(pl.col("word"))).unique())
    words = (candidates.select("source_uri", "line_no", folded=text.str.to_lowercase().str.extract_all(r"[a-z]+"))
             .explode("folded"))
    stripped = (words.join(accented.with_columns(accented=pl.lit(True)), on=["source_uri", "folded"], how="left")
                .group_by("source_uri", "line_no")
                .agg(pl.col("accented").fill_null(False).mean().alias("share"))
                .filter(pl.col("share") >= sizes.UNACCENTED_MIN_SHARE)
                .select("source_uri", "line_no", stripped__=pl.lit(True)))
    return (lines.join(stripped, on=["source_uri", "line_no"], how="left", maintain_order="left")
            .with_columns(is_inline_chrome=pl.col("is_inline_chrome") | pl.col("stripped__").fill_null(False))
            .drop("stripped__"))
