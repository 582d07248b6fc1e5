"""A picture's caption that the page wrapped onto a second line: the line under a caption that goes on in small
letters with a word that links it to the line above ("Đ/c X – Bí thư Đảng ủy tặng hoa chúc mừng" / "tại Đại hội Chi bộ
Văn phòng", "Các hoạt động ... kỷ niệm 92 năm ngày Thành lập Hội ..." / "và 12 năm ngày ...": batches CO, CQ) is the
caption's end, not a paragraph of text: joined to it. (A caption of its own may open in small letters too, "đ/c
trung tướng X, trưởng BLL ... tặng hoa": only a linking word says the line goes on.)"""

from __future__ import annotations

import polars as pl

from flows.patterns import alternation
from flows.patterns import captions as cap

# The role of the caption's second line once joined to the first (read by nothing: neither text nor a caption).
CAPTION_TAIL = "caption_tail"
# The words a wrapped caption's second line goes on with: a preposition or a conjunction, in small letters.
_GOES_ON = rf"^(?:{alternation(cap.CAPTION_LINKING_WORDS)})\s"


def join_wrapped_captions(lines: pl.DataFrame) -> pl.DataFrame:
    """Each caption followed by its wrapped end (a line of text opening with a linking word in small letters, under a
    caption not closed by a sentence's mark, the two no longer than a caption) holds that end; the end's line takes
    CAPTION_TAIL."""
    role, text = pl.col("role"), pl.col("text")
    previous_role, previous_text = role.shift(1).over("source_uri"), text.shift(1).over("source_uri")
    is_tail = ((role == "body") & text.str.contains(_GOES_ON) & (previous_role == "caption")
               & ~previous_text.str.contains(r"[.!?…:;]\s*$")
               & (previous_text.str.len_chars() + text.str.len_chars() < cap.CAPTION_MAX_CHARS)
               & ~text.str.contains(cap.SENTENCE_BREAK)).fill_null(False)
    lines = lines.with_columns(tail__=is_tail)
    tail, next_text = pl.col("tail__").shift(-1).over("source_uri").fill_null(False), text.shift(-1).over("source_uri")
    return lines.with_columns(
        text=pl.when(tail).then(pl.concat_str(text, pl.lit(" "), next_text)).otherwise(text),
        role=pl.when(pl.col("tail__")).then(pl.lit(CAPTION_TAIL)).otherwise(role),
    ).drop("tail__")
