"""What several line flags of flows/normalise/lines.py read, computed once per line: a line's prefixes of the sizes
the rules look at, a date or a view counter in it, and what is left of a meta line once its dates, times and
counters are removed (its residue: empty for a pure date line, names for an author and date line)."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.normalise.dates import in_figures
from flows.normalise.mastheads import greeted_name
from flows.patterns import bylines as by
from flows.patterns import captions as cap
from flows.patterns import chrome, dates, outlets
from flows.patterns import lines as sizes
from flows.patterns.letters import LETTER


def meta_residue(text: pl.Expr, separator: str = "") -> pl.Expr:
    """What is left of a line once every date, time, weekday, view counter and chrome phrase is removed
    (separators replaced by `separator`)."""
    residue = text.str.replace_all(chrome.CHROME_PHRASE, " ")
    for pattern in (
        dates.FULL_DATE,
        dates.VIEW_COUNT,
        dates.VIEW_COUNT_WORDS,
        dates.TIME,
        dates.TIMEZONE_TAG,
        dates.POSTED_IN_SECTION,
        dates.POSTED_BY_ACCOUNT,
        dates.WEEKDAY,
        rf"\b{dates.DATE_WORDS}\b",
        dates.AUTHOR_LABEL,
        dates.AM_PM,
    ):
        residue = residue.str.replace_all(f"(?i){pattern}", "")
    return residue.str.replace_all(f"(?i){dates.META_SEPARATORS}", separator)


MEASURES = ("short__", "in_figures__", "caption_sized__", "has_date__", "has_views__", "residue__", "named_residue__",
            "residue_names__")


def line_measures(lines: pl.DataFrame) -> pl.DataFrame:
    """The values several flags read, as columns (`MEASURES`): an expression written several times in one eager
    step is evaluated as many times (the date search ran nine times over every line)."""
    text = pl.col("text")
    lines = lines.with_columns(short__=regex.at_most(text, sizes.SHORT_LINE_CHARS),
                               caption_sized__=regex.at_most(text, cap.CAPTION_MAX_CHARS))
    # (A date in words is read as its figures: "Cập nhật lúc Thứ Sáu, ngày 28 tháng 11 năm 2025 - 13:47".)
    lines = lines.with_columns(in_figures__=in_figures(pl.col("short__")))
    short = pl.col("in_figures__")
    lines = lines.with_columns(has_date__=regex.contains(short, dates.FULL_DATE),
                               has_views__=regex.contains(short, f"(?i){dates.VIEW_COUNT}"))
    has_date = pl.col("has_date__")
    lines = lines.with_columns(
        # The residue (replacements: slow) only matters on lines that hold a date or a view count (a search: fast).
        residue__=regex.where(has_date | pl.col("has_views__"), short, meta_residue, pl.String),
        # "Minh Anh | 15/12/2022 09:55": an author and date line; what is left once the date is removed is names.
        named_residue__=regex.where(has_date, short, lambda t: meta_residue(t, " "), pl.String).str.replace_all(
            r"\s+", " ").str.strip_chars(),
    )
    return lines.with_columns(residue_names__=has_date & regex.contains(pl.col("named_residue__"), by.NAMES_LINE),
                              greeted_name=greeted_name(regex.at_most(pl.col("text"), outlets.GREETING_LINE_MAX_CHARS)))


def labelled_stamp(short: pl.Expr, named_residue: pl.Expr) -> pl.Expr:
    """A date with a clock time and a label of a word or two left over ("Print Thứ Bảy, 26/01/2019 19:26"), and
    counters (views, comments: "09/03/2017 21:41 3.217 0"), with or without the time ("06/01/2020 | 1755"); or the
    date first, short fields after bars ("3 Tháng 06, 2019 | Tin địa phương": dates.DATE_THEN_FIELDS)."""
    label = named_residue.str.replace_all(r"\d+", "")
    counters_only = label.str.contains(r"^[\s.,]*$")
    return ((regex.contains(short, dates.TIME) & (label.str.count_matches(r"\S+") <= sizes.STAMP_MAX_LABEL_WORDS)
             | counters_only) & ~named_residue.str.contains(r"[.!?]$")
            | regex.contains(pl.col("in_figures__"), dates.DATE_THEN_FIELDS))


def mostly_figures(text: pl.Expr) -> pl.Expr:
    """Seven digits or more and more digits than letters in a headline's length: a telephone line ("294.3855246 - Số
    nội bộ: 232"), a code or a counter, never a headline ("Tết 2024" is one)."""
    head = text.str.slice(0, sizes.TITLE_MAX_CHARS)
    digits = head.str.count_matches(r"\d")
    return (digits >= sizes.TELEPHONE_MIN_DIGITS) & (digits > head.str.count_matches(LETTER))
