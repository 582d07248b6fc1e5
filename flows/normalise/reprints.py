"""The title printed again under itself: whole, in pieces (a line each), in another letter case or dash, or past a
widget. No such printing is the lead (flows/normalise/lines.py)."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.normalise.headline_overlap import first_line, line_words
from flows.patterns import lines as sizes


def under_the_title_reprinted(framed: pl.DataFrame, lead_candidate: pl.Expr) -> pl.DataFrame:
    """The title printed again whole a few lines under it, past a widget or a box: the lead is the first candidate
    under that printing (what stands between is the page's, not the article's)."""
    line_no, text, title = pl.col("line_no"), pl.col("text"), pl.col("title_text")
    # (Lines counted without the blank ones: the page's rows.)
    row = pl.int_range(pl.len()).over("source_uri")
    title_row = row.filter(line_no == pl.col("title_no")).first().over("source_uri")
    reprint = (~pl.col("no_title") & (line_no > pl.col("title_no"))
               & (row <= title_row + sizes.TITLE_REPRINT_MAX_ROWS_BELOW)
               & (text.str.len_chars() >= title.str.len_chars() * sizes.TITLE_REPRINT_MIN_SHARE)
               & pl.col("title_piece__")).fill_null(False)
    reprint_no = line_no.filter(reprint).max().over("source_uri")
    # (A sapo between the title and its printing stays the lead: it opens as text does, "Sáng 26/12, ...", or takes up
    # the title's words; a widget does neither. Measured once per document, on its lead and its title.)
    at_lead = line_no == pl.col("lead_no")
    lead_words = line_words(text.filter(at_lead).first().str.slice(0, sizes.HEADLINE_COMPARED_CHARS)).list.unique()
    title_words = line_words(title.first()).list.unique()
    shared = lead_words.list.set_intersection(title_words).list.len() / title_words.list.len()
    unrelated_lead = ((shared <= sizes.UNRELATED_MAX_SHARED) & ~pl.col("reads_as_text__").filter(at_lead).first()
                      ).over("source_uri").fill_null(False)
    moved = ((reprint_no > pl.col("lead_no")) & unrelated_lead).fill_null(False)
    return framed.with_columns(
        lead_no=pl.when(moved).then(first_line(lead_candidate & (line_no > reprint_no))).otherwise(pl.col("lead_no")))


def _folded(text: pl.Expr) -> pl.Expr:
    """A line in small letters, its spaces and dashes folded: how a headline printed again in another case (or with
    another dash, "Thi đua - Khen thưởng" / "Thi đua – Khen thưởng") is compared."""
    return text.str.to_lowercase().str.replace_all(r"\s+", " ").str.replace_all("[–—]", "-").str.strip_chars()


def piece_of_title() -> pl.Expr:
    """The title printed again in pieces, a line each, or in another letter case, within a few lines under it: a line
    of two words or more that the title holds, letter case and spacing aside. (Read once, as a column: the title is
    folded once per document, and only the lines near it are.)"""
    line_no, text = pl.col("line_no"), pl.col("text")
    near = ((line_no > pl.col("title_no")) & (line_no <= pl.col("title_no") + sizes.TITLE_PIECES_MAX_LINES_BELOW)
            & (text.str.len_chars() <= sizes.TITLE_MAX_CHARS))
    # (Every other line cut to nothing before it is folded: folding is dear on the text's paragraphs.)
    line = text.str.slice(0, pl.when(near).then(sizes.TITLE_MAX_CHARS).otherwise(0))
    title = _folded(pl.col("title_text").filter(line_no == pl.col("title_no")).first()).over("source_uri")
    return (near & title.str.contains(_folded(line), literal=True)
            & (regex.count_up_to(line, r"\S+", sizes.TITLE_PIECE_MIN_WORDS) >= sizes.TITLE_PIECE_MIN_WORDS)).fill_null(False)


def meeting_number_line() -> pl.Expr:
    """A line that is nothing but a meeting's number and term ("Lần thứ X, nhiệm kỳ 2020-2025"): the end of a headline
    printed over two lines, never the lead."""
    return regex.at_most(pl.col("text"), sizes.TITLE_TYPICAL_MAX_CHARS).str.contains(sizes.MEETING_NUMBER_LINE).fill_null(False)
