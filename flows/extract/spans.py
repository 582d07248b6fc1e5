"""The text an extractor reads, and regex matches with their character offsets, all as polars frames.

Polars gives a regex's matches but not where they are; `find_all` recovers each match's character offset.
"""

from __future__ import annotations

import re

import numpy as np
import polars as pl

from flows import regex
from flows.patterns import syllables
from flows.patterns.letters import LETTER
from flows.settings import MAX_MATCH_CHARS, MAX_SEGMENT_CHARS

# Where an item was found: the article field and the paragraph's index within it.
FIELDS = ("title", "lead", "body", "caption")
POSITION_KEYS = ["source_uri", "field", "paragraph"]
SEGMENTS_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32,
                   "source_paragraph": pl.Int32, "segment_start": pl.Int64}


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


def _segment_starts(text: str, limit: int) -> list[int]:
    """Where to cut a paragraph longer than `limit` characters: after the last sentence end (else the last space)
    in the second half of each window of `limit`, else at the window's end (a text with no spaces). Each window is
    searched once: linear in the text."""
    starts = [0]
    while len(text) - starts[-1] > limit:
        start, end = starts[-1], starts[-1] + limit
        cut = text.rfind(". ", start + limit // 2, end)
        cut = cut + 2 if cut >= 0 else text.rfind(" ", start + limit // 2, end) + 1
        starts.append(cut if cut > start else end)
    return starts


def split_long_paragraphs(texts: pl.DataFrame, limit: int = MAX_SEGMENT_CHARS) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Paragraphs longer than `limit` (a page whose line breaks were lost, a crawler's dump) cut into segments that
    the extractors read as paragraphs of their own, so that no rule's cost depends on how long a paragraph runs.
    Returns the texts and the segments' map (empty when nothing was cut, as on every real article seen): a
    segment's paragraph number (the ones after it shift up) -> its paragraph and where it starts in it, for
    `restore_positions`."""
    too_long = texts["text"].str.len_chars() > limit
    if not too_long.any():
        return texts, pl.DataFrame(schema=SEGMENTS_SCHEMA)
    keyed = texts.with_row_index("row__")
    long = keyed.filter(too_long)
    cuts = [(row, start, text[start:end]) for row, text in zip(long["row__"], long["text"])
            for start, end in _pairs(_segment_starts(text, limit), len(text))]
    pieces = pl.DataFrame(cuts, schema={"row__": pl.UInt32, "segment_start": pl.Int64, "text": pl.String},
                          orient="row")
    segments = pl.concat([
        keyed.filter(~too_long).with_columns(segment_start=pl.lit(0, pl.Int64)),
        long.drop("text").join(pieces, on="row__").select(*keyed.columns, "segment_start"),
    ]).sort("row__", "segment_start")
    # A paragraph's number grows by the segments cut before it in its field (its own included).
    cut_before = (pl.col("segment_start") > 0).cast(pl.Int32).cum_sum().over("source_uri", "field")
    segments = segments.with_columns(source_paragraph=pl.col("paragraph"), paragraph=pl.col("paragraph") + cut_before)
    moved = segments.filter((pl.col("paragraph") != pl.col("source_paragraph")) | (pl.col("segment_start") > 0))
    return segments.select(texts.columns), moved.select(list(SEGMENTS_SCHEMA))


def _pairs(starts: list[int], length: int) -> list[tuple[int, int]]:
    return list(zip(starts, [*starts[1:], length]))


def restore_positions(frame: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """Positions found in segments (`split_long_paragraphs`) as positions in their paragraphs."""
    if segments.is_empty() or not {"paragraph", "char_offset"} <= set(frame.columns):
        return frame
    return (
        frame.join(segments, on=POSITION_KEYS, how="left", maintain_order="left")
        .with_columns(paragraph=pl.coalesce("source_paragraph", "paragraph"),
                      char_offset=pl.col("char_offset") + pl.col("segment_start").fill_null(0))
        .drop("source_paragraph", "segment_start")
    )


def find_all(texts: pl.DataFrame, pattern: str, fields: tuple[str, ...] = FIELDS,
             starts: tuple[str, ...] | None = None, requires: tuple[str, ...] = ()) -> pl.DataFrame:
    """Every match of `pattern` in the paragraphs of `fields`: the paragraph's columns plus `match`,
    `char_offset` (in characters, within the paragraph) and one column per named group of the pattern.

    `starts`: the literal phrases every match begins with, if the pattern has them. The matches are then found
    from those phrases (see `_find_from_starts`), which is much faster for a large pattern than a regex search
    through every paragraph.
    `requires`: small patterns that every match contains (parts of `pattern`). A paragraph without one of them
    cannot match, and is dropped before the pattern itself is tried: a large pattern with lazy repetitions runs
    tens of times slower than its parts (the regex engine's fast automaton outgrows its cache).
    """
    candidates = texts.filter(pl.col("field").is_in(fields))
    if starts:
        candidates = candidates.filter(pl.col("text").str.contains_any(list(starts)))
    for part in requires:
        candidates = candidates.filter(regex.contains(pl.col("text"), part))
    if starts:  # (tried where a start phrase is: a search with the whole pattern first would cost more)
        found = _find_from_starts(candidates, pattern, starts)
    else:
        # (A pattern with word boundaries is searched only where its loosened form matches: see flows/regex.py. The
        # search finds the exact matches; testing for them first would run the slow engine twice on the same texts.)
        if regex.loosen(pattern) != pattern:
            candidates = candidates.filter(pl.col("text").str.contains(regex.loosen(pattern)))
        found = _find_by_pieces(candidates, pattern)
    # The groups of each match, read again from the match alone: it matches from its first character, so the search
    # finds it there, anchored or not. (The pattern exactly as searched: polars keeps it compiled.)
    searched = rf"^(?:{pattern})" if starts else pattern
    groups = found["match"].str.extract_groups(searched).struct.unnest()
    return pl.concat([found, groups], how="horizontal")


# Marks put around every match of a pattern by `_find_by_pieces` (characters no decoded text holds; a text that
# does is searched the slower way).
_MATCH_START, _MATCH_END = "\x00", "\x01"


def _find_by_pieces(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """Matches with offsets, in one search: every match is marked in place (a mark before it, one after it) and the
    text cut at the marks before matches; the first piece is the text before the first match, each later piece is
    a match, its end mark and the text up to the next match, so a match's offset is the length of the text before
    the first match plus the pieces before its own (the marks left out)."""
    if texts["text"].str.contains(f"[{_MATCH_START}{_MATCH_END}]").any():
        return _find_by_prefixes(texts.filter(pl.col("text").str.contains(pattern)), pattern)
    marked = pl.col("text").str.replace_all(pattern, f"{_MATCH_START}${{0}}{_MATCH_END}")
    piece, length = pl.col("piece"), pl.col("piece").str.len_chars() - 1
    return (
        texts.with_columns(piece=marked.str.split(_MATCH_START))
        .with_columns(before=piece.list.first().str.len_chars(), piece=piece.list.slice(1))
        .filter(piece.list.len() > 0)
        .with_row_index("row__")
        .explode("piece")
        .with_columns(match=piece.str.split_exact(_MATCH_END, 1).struct.field("field_0"),
                      char_offset=(pl.col("before") + length.cum_sum().over("row__") - length).cast(pl.Int64))
        .select(*texts.columns, "match", "char_offset")
    )


def _find_by_prefixes(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """`_find_by_pieces` for texts that hold its marks: the text is cut into pieces that each end with a match
    (`.*?` then the pattern), and a match's offset is the length of the pieces up to it less its own length (a
    second, slower search)."""
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
    occurrences = occurrences.with_columns(match=window.str.extract_all(anchored).list.first())
    cut_short = (window.str.len_chars() < text.str.len_chars() - pl.col("char_offset")) & (
        pl.col("match").str.len_chars() > _WINDOW_CHARS - _WINDOW_MARGIN_CHARS)
    occurrences = occurrences.filter(pl.col("match").is_not_null())
    cut_short = occurrences.select(cut_short).to_series().to_numpy()
    # A kept match that may run past its window is read again on a longer one (no name runs longer than
    # MAX_MATCH_CHARS), which may drop later matches it now covers. Only kept matches are read again: a
    # copy of the rest of the paragraph for every match would be quadratic.
    read_again = np.zeros(len(cut_short), dtype=bool)
    while True:
        keep = _leftmost_first(occurrences)
        todo = keep & cut_short & ~read_again
        if not todo.any():
            break
        read_again |= todo
        numbered = occurrences.with_row_index("occurrence__")
        longer = numbered.filter(pl.Series(todo)).select(
            "occurrence__",
            match=text.str.slice(pl.col("char_offset"), MAX_MATCH_CHARS).str.extract_all(anchored).list.first())
        occurrences = numbered.update(longer, on="occurrence__").drop("occurrence__")
    return occurrences.filter(keep).select(*texts.columns, "match", "char_offset")


def _leftmost_first(occurrences: pl.DataFrame) -> np.ndarray:
    """Which matches a regex search would return: in each row, the first match, then the first that starts at or
    after the end of the last one kept. The matches are sorted by row and start; each one points at the next it
    would allow (a binary search), and the chain is followed once: linear however the matches overlap."""
    rows = occurrences["row__"].to_numpy().astype(np.int64) << 32
    starts = occurrences["char_offset"].to_numpy()
    ends = starts + occurrences["match"].str.len_chars().to_numpy()
    following = np.searchsorted(rows + starts, rows + ends, side="left")
    following = np.maximum(following, np.arange(1, len(starts) + 1))  # an empty match allows the next one
    keep = np.zeros(len(starts), dtype=bool)
    at = 0
    while at < len(starts):
        keep[at] = True
        at = int(following[at])
    return keep


def mask(text: pl.Expr, phrases: list[str], kept: list[str] = ()) -> pl.Expr:
    """Lower-case every listed phrase in place: same length, so offsets hold, but no longer capitalised. A `kept`
    phrase that holds one of them stays as written (the match that starts first wins, in one pass). An abbreviation
    with its full stop opening a phrase stays as written too ("TP. Hồ Chí Minh" -> "TP. hồ chí minh"): lower-cased,
    its stop would read as a sentence's end."""
    if not phrases:
        return text
    return text.str.replace_many([*kept, *phrases], [*kept, *(_lowered_after_abbreviation(p) for p in phrases)])


def _lowered_after_abbreviation(phrase: str) -> str:
    opening = re.match(r"[^\W\d_]{1,4}\.\s*(?=\S)", phrase)
    kept = opening.group(0) if opening else ""
    return kept + phrase[len(kept):].lower()


def cut_before_names(frame: pl.DataFrame, column: str, persons: pl.DataFrame) -> pl.DataFrame:
    """Cut `column` before the first name, standing as whole words after a space, of a person found in the same
    article ("Đảng ủy Khối các cơ quan tỉnh | Nguyễn Xuân Tường"). Only that article's names count: a name
    elsewhere may be a place here. The words of `column` from each position are looked up among the names of
    each length the article has (a join), never each name against each row."""
    names = persons.select("source_uri", "name").unique()
    if frame.is_empty() or names.is_empty():
        return frame
    keyed = frame.with_row_index("row__")
    words = (
        keyed.select("row__", "source_uri", words=pl.col(column).str.split(" "))
        .with_columns(at=pl.int_ranges(1, pl.col("words").list.len()))
        .explode("at")
        .filter(pl.col("at").is_not_null())
    )
    lengths = names.select(pl.col("name").str.count_matches(" ") + 1).to_series().unique().sort()
    candidates = pl.concat([
        words.select("row__", "source_uri", "words", "at", name=pl.col("words").list.slice(pl.col("at"), length)
                     .list.join(" "))
        for length in lengths
    ])
    cut = (
        candidates.join(names, on=["source_uri", "name"], how="inner")
        .group_by("row__")
        .agg(pl.col("words").first(), pl.col("at").min())
        .select("row__", cut__=pl.col("words").list.slice(0, pl.col("at")).list.join(" "))
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
    return toneless.str.extract_all(rf"{LETTER}+").list.eval(~pl.element().str.contains(_SYLLABLE)).list.any()

