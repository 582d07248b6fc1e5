"""Regex work restricted to the rows that need it, so it stays cheap.

Polars runs Rust's `regex`. Its fast engine (a lazy DFA) gives up on Unicode word boundaries (`\\b`) in
non-ASCII text and on capture groups, replacements and extractions over long text, and falls back to an engine
ten or more times slower, which polars runs on every row of a column, masked or not. So a slow operation is run
on the rows a fast search has picked, and its results are put back in place.
"""

from __future__ import annotations

from typing import Callable, Sequence

import polars as pl

from flows.patterns.letters import MARK


def loosen(pattern: str) -> str:
    """The pattern without its word boundaries: it matches wherever the pattern does (and maybe more)."""
    return pattern.replace(r"\b", "")


def where(condition: pl.Expr, text: pl.Expr, operation: Callable[[pl.Expr], pl.Expr],
          dtype: pl.DataType) -> pl.Expr:
    """`operation(text)` on the rows where `condition` holds, null on the others (which it never sees)."""

    def run(columns: pl.Series) -> pl.Series:
        frame = columns.struct.unnest().with_row_index("row__")
        picked = frame.filter(pl.col("condition__").fill_null(False))
        if picked.height == 0:  # nothing to do, and nothing to compile (a regex is compiled even for no rows)
            return pl.repeat(None, frame.height, dtype=dtype, eager=True).alias("result__")
        picked = picked.select("row__", result__=operation(pl.col("text__")))
        return frame.select("row__").join(picked, on="row__", how="left", maintain_order="left")["result__"]

    result = pl.struct(condition__=condition, text__=text).map_batches(run, return_dtype=dtype)
    name = text.meta.output_name(raise_if_undetermined=False)
    return result.alias(name) if name else result


def contains(text: pl.Expr, pattern: str) -> pl.Expr:
    """`text.str.contains(pattern)` (False for null text), with the exact pattern tried only on the texts its
    loosened form matches."""
    loose = loosen(pattern)
    if loose == pattern:
        return text.str.contains(pattern).fill_null(False)
    return where(text.str.contains(loose), text, lambda t: t.str.contains(pattern), pl.Boolean).fill_null(False)


# How far into a text `count_up_to` counts before it decides whether the rest is needed.
COUNT_HEAD_CHARS = 200


def count_up_to(text: pl.Expr, pattern: str, enough: int) -> pl.Expr:
    """How many times `pattern` matches in `text`: exactly, below `enough`; some number of at least `enough`
    otherwise. For a comparison with a small threshold ("more than four words") on texts that may be paragraphs:
    counting every match of a long text costs a regex step per match, so the matches are counted in the text's head
    (its first `COUNT_HEAD_CHARS` characters, extended to the next whitespace), and in the whole text only where
    the head holds fewer than `enough`.

    Exact for a pattern whose matches hold no whitespace and that reads no context past one (`\\S+`, a word): the
    head ends before a whitespace, so its matches are the text's first matches, unchanged."""
    head = text.str.slice(0, COUNT_HEAD_CHARS) + text.str.slice(COUNT_HEAD_CHARS).str.extract(r"^\S*", 0).fill_null("")
    in_head = head.str.count_matches(pattern)
    # (Only the long texts with few matches in their head are counted whole.)
    whole = where((in_head < enough) & (text.str.len_chars() > COUNT_HEAD_CHARS), text,
                  lambda t: t.str.count_matches(pattern), pl.UInt32)
    return pl.coalesce(whole, in_head)


def at_most(text: pl.Expr, max_chars: int) -> pl.Expr:
    """The texts of at most `max_chars` characters, null for longer ones. The longer ones are cut short before
    they are masked: a masked value stays in the column's buffer, and operations other than a regex search
    (upper case, lower case) still run on it."""
    return pl.when(text.str.len_chars() <= max_chars).then(text.str.slice(0, max_chars))


def per_distinct(values: pl.Expr, steps: Sequence[Callable[[pl.Expr], pl.Expr]], dtype: pl.DataType) -> pl.Expr:
    """The `steps` applied in turn to `values`, once per distinct value: for a long chain of replacements on names
    that repeat (an organisation's name, mentioned in many articles). Each step is a column of its own: a step
    that refers to its input several times would otherwise hold the whole tree of the steps before it as often.
    Not for use inside a window or an aggregation, where it would run once per group."""

    def run(column: pl.Series) -> pl.Series:
        distinct = column.unique().to_frame("value__").with_columns(result__=pl.col("value__"))
        for step in steps:
            distinct = distinct.with_columns(result__=step(pl.col("result__")))
        return column.to_frame("value__").join(distinct, on="value__", how="left", maintain_order="left",
                                               nulls_equal=True)["result__"]

    result = values.map_batches(run, return_dtype=dtype)
    name = values.meta.output_name(raise_if_undetermined=False)
    return result.alias(name) if name else result


def without_marks(text: pl.Expr) -> pl.Expr:
    """The text without its tone marks and diacritics, in lower case ("Thào" -> "thao", "Đảng" -> "dang", the
    look-alike "Ð" too): for comparing spellings that place or drop marks differently."""
    return text.str.normalize("NFD").str.replace_all(MARK, "").str.replace_all("[đĐÐð]", "d").str.to_lowercase()
