"""The lines frame: one row per non-empty line of every document, classified by vectorised polars rules.

Each line first gets line-level flags (is it a date line? chrome? a byline?) from the pattern tables, then a
`role` from its position in the document: header lines, the title, the lead, the body region up to the first
footer line, captions and bylines inside it. The article frame is assembled from these roles.
"""

from __future__ import annotations

import re

import polars as pl

from flows import regex
from flows.patterns import alternation
from flows.patterns import bylines as by
from flows.patterns import categories, chrome, dates, outlet_registry, outlets

# A dateline code at the start of a line (patterns/outlets.py for the shape, the registry for known codes).
REGISTRY_CODES = outlet_registry.codes() | {c: v for c, v in outlets.OUTLETS.items()
                                             if c not in outlet_registry.AMBIGUOUS_CODES}
_KNOWN_CODE = "|".join(re.escape(c) for c in sorted(REGISTRY_CODES, key=len, reverse=True))
_CODE = rf"(?:{_KNOWN_CODE}|{outlets.DATELINE_CODE_BARE})"
DATELINE = (
    rf"^(?:\((?P<pcode>{_CODE})\){outlets.DATELINE_SEPARATOR_AFTER_PARENTHESIS}"
    rf"|(?P<code>{_CODE}){outlets.DATELINE_SEPARATOR})(?P<rest>.+)$"
)
# A first line that opens so is a lead only when the code is in parentheses or in the registry: "APEC - Cơ chế
# hợp tác ..." is a title.
DATELINE_NOT_TITLE = (
    rf"^(?:\({_CODE}\){outlets.DATELINE_SEPARATOR_AFTER_PARENTHESIS}|(?:{_KNOWN_CODE}){outlets.DATELINE_SEPARATOR})"
)


_NEVER = 1 << 30  # a line number past any document's end

# --- line-level rules ---------------------------------------------------------------------------------

_FOOTER = rf"(?i)^(?:{alternation(chrome.FOOTER_LINES)})\s*:?$"
_INLINE = rf"(?i)^(?:{alternation(chrome.INLINE_LINES)})$"
_CHROME_PHRASES = rf"(?i)\s*(?:{alternation(chrome.CHROME_PHRASES)})\s*"
_SECTION = rf"(?:{alternation(categories.SECTIONS)})"
_CATEGORY = rf"(?i)^{_SECTION}(?:{categories.SECTION_JOINER}{_SECTION})*$"
_JUNK = r"^[\p{P}\p{S}\s]*$"

NOT_NAME = rf"^(?:{alternation(by.NOT_NAME_FIRST_WORDS)})\b"
NAMES = rf"{by.NAME}{by.NAME_SUFFIX}(?:{by.NAME_SEPARATOR}{by.NAME}{by.NAME_SUFFIX})*"
CREDIT_LABEL = rf"(?i:{by.ROLE_LABEL}(?:{by.ROLE_JOINER}{by.ROLE_LABEL})*)"
CREDIT_LINE = rf"^(?P<label>{CREDIT_LABEL})\s*:\s*(?P<names>{NAMES})$"
LONE_NAME_LINE = rf"^(?P<names>{by.NAME}{by.NAME_SUFFIX})$"
# An author line under the title: names joined by commas, dashes or bars ("Minh Anh – Thu Hà").
NAMES_LINE = rf"^{by.NAME}(?:(?:{by.NAME_SEPARATOR}|\s*\|\s*){by.NAME})*$"
# A masthead: a line that is an outlet's name in the registry ("BÁO NAM ĐỊNH ĐIỆN TỬ").
_MASTHEADS = sorted(outlet_registry.names())


def fold(text: pl.Expr) -> pl.Expr:
    """Lower case, the look-alike Ð/ð (U+00D0/U+00F0) read as đ, for matching names."""
    return text.str.replace_all("[Ðð]", "đ").str.to_lowercase()

# The longest title a page prints (corpus titles are at most 118 characters); a longer first line is a paragraph.
TITLE_MAX_CHARS = 250

# Caption: one sentence, short, not introducing a list, not an unfinished "..." paragraph.
CAPTION_MAX_CHARS = 200
_SENTENCE_BREAK = r"[.!?…]\s+[\p{Lu}\"“]"
_NOT_CAPTION_ENDING = r"(?:[:;,]|…|\.\.\.)$"


def meta_residue(text: pl.Expr, separator: str = "") -> pl.Expr:
    """What is left of a line once every date, time, weekday, view counter and chrome phrase is removed
    (separators replaced by `separator`)."""
    residue = text.str.replace_all(_CHROME_PHRASES, " ")
    for pattern in (
        dates.FULL_DATE,
        dates.VIEW_COUNT,
        dates.TIME,
        dates.TIMEZONE_TAG,
        dates.WEEKDAY,
        rf"\b{dates.DATE_WORDS}\b",
        dates.AM_PM,
    ):
        residue = residue.str.replace_all(f"(?i){pattern}", "")
    return residue.str.replace_all(f"(?i){dates.META_SEPARATORS}", separator)


# Date, view-count, category, chrome and byline lines are all short; a longer line is text, and skipping the
# patterns on it (null costs nothing) keeps the cost independent of paragraph length.
SHORT_LINE_CHARS = 200


def classify_line_kinds(lines: pl.DataFrame) -> pl.DataFrame:
    """Flags that depend on a line's text alone."""
    text = pl.col("text")
    short = pl.when(text.str.len_chars() <= SHORT_LINE_CHARS).then(text)
    has_date = regex.contains(short, dates.FULL_DATE)
    has_views = regex.contains(short, f"(?i){dates.VIEW_COUNT}")
    # The residue (replacements: slow) only matters on lines that hold a date or a view count (a search: fast).
    residue = regex.where(has_date | has_views, short, meta_residue, pl.String)
    # "Minh Anh | 15/12/2022 09:55": an author and date line; what is left once the date is removed is names.
    named_residue = regex.where(has_date, short, lambda t: meta_residue(t, " "), pl.String).str.replace_all(
        r"\s+", " ").str.strip_chars()
    without_chrome = short.str.replace_all(_CHROME_PHRASES, " ").str.strip_chars()
    flags = {
        "is_junk": text.str.contains(_JUNK),
        "is_footer": short.str.contains(_FOOTER),
        "is_inline_chrome": short.str.contains(_INLINE)
        | pl.any_horizontal(short.str.contains(p) for p in chrome.INLINE_LINE_PATTERNS),
        "is_date_line": has_date & ((residue == "") | regex.contains(named_residue, NAMES_LINE))
        & (text.str.len_chars() < 120),
        "is_masthead": fold(short).str.strip_chars(" .").is_in(_MASTHEADS),
        "is_kicker": short.str.contains(chrome.KICKER),
        "is_names_line": regex.contains(short, NAMES_LINE) & ~regex.contains(short, NOT_NAME)
        & (text.str.len_chars() <= by.MAX_NAME_LINE_CHARS),
        "is_view_line": has_views & (residue == ""),
        "is_credit": regex.contains(short, CREDIT_LINE),
        "is_lone_name": short.str.contains(LONE_NAME_LINE)
        & ~regex.contains(short, NOT_NAME)
        & (text.str.len_chars() <= by.MAX_NAME_LINE_CHARS),
    }
    return lines.with_columns(
        **{name: flag.fill_null(False) for name, flag in flags.items()},
        category=pl.when(without_chrome.str.contains(_CATEGORY)).then(without_chrome),
    )


# --- positions within a document -------------------------------------------------------------------------


def _first(condition: pl.Expr) -> pl.Expr:
    return pl.col("line_no").filter(condition).min().over("source_uri").fill_null(_NEVER)


def _last(condition: pl.Expr) -> pl.Expr:
    return pl.col("line_no").filter(condition).max().over("source_uri").fill_null(-1)


def assign_roles(lines: pl.DataFrame) -> pl.DataFrame:
    """Give every line one role: header, title, lead, meta, body, caption, byline, chrome, footer."""
    line_no = pl.col("line_no")
    is_meta = pl.col("is_date_line") | pl.col("is_view_line")
    skipped = pl.col("is_junk") | pl.col("is_footer") | pl.col("is_inline_chrome") | is_meta | pl.col("is_masthead")
    text = pl.col("text")
    # A line printed twice in a row above the title is a menu or a banner, not the title.
    doubled = ((text == text.shift(1).over("source_uri")) | (text == text.shift(-1).over("source_uri"))).fill_null(False)
    header_skip = skipped | pl.col("category").is_not_null() | pl.col("is_kicker") | doubled

    # A first line of text longer than any title is the lead of a page that printed no title line.
    framed = lines.with_columns(title_no=_first(~header_skip)).with_columns(
        # ... and so is a first line that opens with a dateline code ("(XYZ) - Sáng 5-3, ...").
        no_title=((pl.col("text").str.len_chars() > TITLE_MAX_CHARS) | pl.col("text").str.contains(DATELINE_NOT_TITLE))
        .filter(line_no == pl.col("title_no"))
        .first().over("source_uri").fill_null(False)
    ).with_columns(
        lead_no=pl.when(pl.col("no_title")).then(pl.col("title_no"))
        # An author line between the title and the lead is not the lead.
        .otherwise(_first(~skipped & ~pl.col("is_names_line") & (line_no > pl.col("title_no"))))
    )
    framed = framed.with_columns(footer_no=_first(pl.col("is_footer") & (line_no > pl.col("lead_no"))))
    in_region = (line_no > pl.col("lead_no")) & (line_no < pl.col("footer_no")) & ~skipped
    # Lone names close an article: only those after the last line of text count as bylines.
    framed = framed.with_columns(
        in_region=in_region,
        last_text_no=_last(in_region & ~pl.col("is_credit") & ~pl.col("is_lone_name")),
    )
    is_byline = pl.col("in_region") & (
        pl.col("is_credit") | (pl.col("is_lone_name") & (line_no > pl.col("last_text_no")))
    )
    text = pl.col("text")
    # An image's alt text printed again as its caption: the same line twice in a row.
    repeated = (text == text.shift(1).over("source_uri")) | (text == text.shift(-1).over("source_uri"))
    looks_like_caption = (
        (text.str.len_chars() <= CAPTION_MAX_CHARS)
        & ~text.str.contains(_SENTENCE_BREAK)
        & ~text.str.contains(_NOT_CAPTION_ENDING)
    ) | repeated
    return framed.with_columns(
        role=pl.when(line_no < pl.col("title_no"))
        .then(pl.lit("header"))
        .when((line_no == pl.col("title_no")) & ~pl.col("no_title"))
        .then(pl.lit("title"))
        .when(line_no == pl.col("lead_no"))
        .then(pl.lit("lead"))
        .when(line_no >= pl.col("footer_no"))
        .then(pl.lit("footer"))
        .when(is_meta)
        .then(pl.lit("meta"))
        .when(~pl.col("in_region"))
        .then(pl.lit("chrome"))
        .when(is_byline)
        .then(pl.lit("byline"))
        .when(looks_like_caption)
        .then(pl.lit("caption"))
        .otherwise(pl.lit("body"))
    )


def split_lines(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per non-empty line: source_uri, line_no (0-based, counting blank lines), text (spaces folded)."""
    return (
        documents.select("source_uri", pl.col("text").str.split("\n").alias("text"))
        .explode("text")
        .with_columns(line_no=pl.int_range(pl.len()).over("source_uri").cast(pl.Int32))
        # Fold runs of white space, on the lines that have any (a search is much cheaper than a replacement).
        .with_columns(pl.coalesce(regex.where(pl.col("text").str.contains(r"\s\s|[^\S ]"), pl.col("text"),
                                              lambda text: text.str.replace_all(r"\s+", " "), pl.String),
                                  pl.col("text")).str.strip_chars())
        .filter(pl.col("text") != "")
    )


def build_lines(documents: pl.DataFrame) -> pl.DataFrame:
    """The classified lines frame of the decoded documents."""
    return assign_roles(classify_line_kinds(split_lines(documents)))
