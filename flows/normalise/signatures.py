"""How an article ends: the last line of its text, and the signature under it (flows/normalise/lines.py gives the
signature lines their role). Lone names close an article: only those after the last line of text count as bylines,
and a name under a paragraph closed by the closing mark signs the article whatever the page prints after it, as does
a name right under the last paragraph when only a few short lines follow it (a heading of related articles, a
button, the writer's office: "Tin đã đưa", "Xem thêm video:", "Ban Tuyên giáo Huyện ủy")."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import bylines as by
from flows.patterns import lines as sizes
from flows.patterns import provinces
from flows.patterns.letters import LETTER


def closing_signature(framed: pl.DataFrame) -> pl.DataFrame:
    """`last_text_no` (each document's last line of text in its region, `in_region`), `is_signed_affiliation` kept
    only on a page with no other signature-shaped line, `affiliation__` (a name's
    affiliation in brackets on the line under it), `signs_closed__` (a name under a paragraph closed by "./.") and
    `signs_after_text__` (a name right under the last paragraph, only short lines after it)."""
    text, previous = pl.col("text"), pl.col("previous__")
    # A signature with its affiliation ("Thu Hà - PVHTT") signs only as the page's one signature-shaped line: beside a
    # writer's name it is a portrait's caption ("Nguyễn Văn A - Giám đốc Sở Y tế" / "Thu Hà"), among others a list.
    shaped = pl.col("in_region") & (pl.col("is_lone_name") | pl.col("is_names_line") | pl.col("is_credit")
                                    | pl.col("is_signed_affiliation"))
    framed = framed.with_columns(
        is_signed_affiliation=pl.col("is_signed_affiliation") & (shaped.sum().over("source_uri") <= 1))
    # (A number or a label left without its value after a name, "62", "Lượt xem:", is no text.)
    leftover = ~text.str.contains(rf"{LETTER}{LETTER}") | (text.str.ends_with(":")
                                                   & (text.str.len_chars() <= sizes.MENU_MAX_CHARS))
    names = pl.col("is_lone_name") | pl.col("is_names_line") | pl.col("is_signed_affiliation")
    # (The line above each line, once: both signature marks read it.)
    marked = framed.with_columns(previous__=text.shift(1).over("source_uri")).with_columns(
        affiliation__=(names.shift(1).over("source_uri") & text.str.contains(by.AFFILIATION_LINE)).fill_null(False),
        signs_closed__=(names & previous.str.ends_with(by.CLOSING_MARK)).fill_null(False),
    )
    last_text = pl.col("in_region") & ~pl.col("is_credit") & ~names & ~leftover & ~pl.col("affiliation__")
    # A short line without a period under the last paragraph is the page's or the signature's, not text.
    short_tail = (regex.count_up_to(text, r"\S+", by.SIGNATURE_TAIL_MAX_WORDS + 1) <= by.SIGNATURE_TAIL_MAX_WORDS) \
        & ~text.str.ends_with(".")
    # (Columns before the windows below: inside one, an expression runs once per document.)
    marked = marked.with_columns(last_text__=last_text, short_tail__=short_tail)
    marked = marked.with_columns(
        last_text_no=_last(pl.col("last_text__")),
        last_paragraph_no__=_last(pl.col("last_text__") & ~pl.col("short_tail__")),
        after_sentence__=previous.str.contains(by.SENTENCE_END + "$").fill_null(False))
    right_under = pl.col("line_no").shift(1).over("source_uri") == pl.col("last_paragraph_no__")
    return marked.with_columns(
        signs_after_text__=(names & right_under & pl.col("after_sentence__")).fill_null(False),
    ).drop("last_paragraph_no__", "after_sentence__", "last_text__", "short_tail__", "previous__")


def signed_with_affiliation(text: pl.Expr) -> pl.Expr:
    """The line is a signature with its writer's affiliation ("Thu Hà - PVHTT"; patterns/bylines.py): no body's,
    place's or addressed person's name before it."""
    return (regex.contains(text, by.SIGNED_AFFILIATION_LINE) & ~regex.contains(text, by.NOT_NAME)
            & ~text.str.contains(by.SIGNED_AFFILIATION_ADDRESSED))


def _last(condition: pl.Expr) -> pl.Expr:
    return pl.col("line_no").filter(condition).max().over("source_uri").fill_null(-1)


def signed_above_the_text(lines: pl.DataFrame) -> pl.DataFrame:
    """A name alone on the page's first line that shares none of its words with the text's first paragraph ("Thúy Hà"
    / "Sáng nay (04/9/2014), ...", "Trần Lân" / the headline) and that the page does not print again: the writer's
    name printed above the article, its byline (`is_signed_name`), never its title. A place's name is a headline ("Cao
    Bằng"), and so is a name the text goes on to speak of (a profile's subject, "Trần Đăng Khoa"); a section's name
    is no name ("TIN TỨC"). (`shared__`:
    flows/normalise/headline_overlap.py.)"""
    line_no, text = pl.col("line_no"), pl.col("text")
    first = line_no == line_no.min().over("source_uri")
    unrelated = pl.col("shared__").fill_null(1.0) <= sizes.UNRELATED_MAX_SHARED
    named = lines.filter(first & pl.col("is_lone_name") & unrelated & ~text.is_in(list(provinces.MENTIONS))
                         & pl.col("category").is_null())
    if named.is_empty():
        return lines
    # (The rest of those few pages only, joined once each.)
    rest = (lines.join(named.select("source_uri"), on="source_uri", how="semi").filter(~first)
            .group_by("source_uri").agg(rest=text.str.join(" ")))
    signed = (named.select("source_uri", "line_no", name=text).join(rest, on="source_uri", how="left")
              .filter(~pl.col("rest").fill_null("").str.contains(pl.col("name"), literal=True))
              .select("source_uri", "line_no", signed__=pl.lit(True)))
    return (lines.join(signed, on=["source_uri", "line_no"], how="left", maintain_order="left")
            .with_columns(is_signed_name=pl.col("is_signed_name") | pl.col("signed__").fill_null(False))
            .drop("signed__"))
