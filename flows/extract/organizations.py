"""Organisations, with abbreviations expanded (rules in patterns/organizations.py).

A name stops before a person the same article names: "Bí thư Đảng ủy Khối các cơ quan tỉnh | Nguyễn Xuân Tường".
"""

from __future__ import annotations

from typing import Callable

import polars as pl

from flows.extract.spans import cut_before_names, find_all
from flows.extract.spans import foreign_words
from flows.patterns import organizations as o
from flows.patterns.countries import country_names
from flows.patterns.letters import LETTER, MARK, UPPER

ORGANIZATION_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                       "text": pl.String, "name": pl.String}


def defined_abbreviations(texts: pl.DataFrame) -> pl.DataFrame:
    """Abbreviations an article defines itself, whose initials match the words before the brackets."""
    found = find_all(texts, o.DEFINITION)
    if found.is_empty():
        return pl.DataFrame(schema={"source_uri": pl.String, "abbr": pl.String, "expansion": pl.String})
    words = pl.col("words").str.strip_chars().str.split(" ")
    tail = words.list.tail(pl.col("abbr").str.len_chars())
    initials = tail.list.eval(pl.element().str.slice(0, 1).str.to_uppercase()).list.join("")
    return (
        found.with_columns(expansion=tail.list.join(" "), initials=initials)
        .filter(pl.col("initials").str.replace_all("Đ", "D") == pl.col("abbr").str.replace_all("Đ", "D"))
        .select("source_uri", "abbr", "expansion")
        .unique(["source_uri", "abbr"], keep="first", maintain_order=True)
    )


def expand(name: pl.Expr) -> pl.Expr:
    """Replace the standard abbreviations by their full forms, word by word."""
    for pattern, replacement in o.ABBREVIATION_EXPANSIONS:
        name = name.str.replace_all(pattern, replacement)
    return name


def expand_defined(orgs: pl.DataFrame, local: pl.DataFrame) -> pl.DataFrame:
    """Replace, word by word, the abbreviations each article defines itself by its own expansion (one join, however
    many articles define how many abbreviations)."""
    if local.is_empty() or orgs.is_empty():
        return orgs
    words = (
        orgs.with_row_index("row__")
        .select("row__", "source_uri", word=pl.col("name").str.split(" "))
        .explode("word")
        .join(local.rename({"abbr": "word"}), on=["source_uri", "word"], how="left", maintain_order="left")
        .group_by("row__", maintain_order=True)
        .agg(pl.coalesce("expansion", "word").str.join(" ").alias("expanded__"))
    )
    return (
        orgs.with_row_index("row__")
        .join(words, on="row__", how="left")
        .with_columns(name=pl.col("expanded__"))
        .drop("row__", "expanded__")
    )


def _trim_steps(foreign_names: bool) -> list[Callable[[pl.Expr, pl.Expr], pl.Expr]]:
    """The cuts of `trimmed`, in order; each reads the text as the one before left it."""

    def known_ends(text: pl.Expr, head: pl.Expr) -> pl.Expr:
        return (text.str.replace(o.AFTER_PROVINCE, "${1}").str.replace(o.PLACE_THEN_PERSON, "${1}")
                .str.replace(o.SENTENCE_STARTER, "").str.replace(r"\s+[A-Z]$", "").str.replace(o.UNIQUE_THEN_HEAD, "${1}"))

    def second_body(text: pl.Expr, head: pl.Expr) -> pl.Expr:
        # ("Tổng cục VIII Bộ | Công an" is one body: the word before is a head's own.)
        before_second = text.str.extract(o.SECOND_BODY_SPLIT, 1)
        head_word = before_second.str.extract(r"(\S+)$", 1).is_in([h.split()[0] for h in o.HEADS])
        return pl.when(before_second.is_not_null() & ~head_word).then(before_second).otherwise(text)

    def after_unique(text: pl.Expr, head: pl.Expr) -> pl.Expr:
        tail = text.str.extract(o.AFTER_UNIQUE, 2).str.strip_chars()
        return pl.when(tail.is_not_null() & ~tail.is_in(list(country_names()))).then(
            text.str.extract(o.AFTER_UNIQUE, 1)).otherwise(text)

    def after_country(text: pl.Expr, head: pl.Expr) -> pl.Expr:
        return pl.when(text.str.contains(o.PLACE_THEN_COUNTRY)).then(text).otherwise(
            text.str.replace(o.AFTER_COUNTRY, "${1}"))

    def foreign_name(text: pl.Expr, head: pl.Expr) -> pl.Expr:
        run = text.str.extract(o.TITLE_CASE_RUN, 1)
        foreign = foreign_words(run.fill_null("")) & ~run.fill_null("").str.contains(
            o.ENDS_WITH_COUNTRY)
        return pl.when(foreign).then(text.str.slice(0, text.str.len_chars() - run.str.len_chars())).otherwise(text)

    def two_bodies(text: pl.Expr, head: pl.Expr) -> pl.Expr:
        parts = text.str.extract_groups(o.AND_SPLIT)
        left, right = parts.struct.field("left"), parts.struct.field("right")
        two = left.is_not_null() & (
            left.str.contains(o.HAS_LEVEL_WORD) | left.str.contains(o.ENDS_WITH_PROVINCE)
            | (left == head.str.strip_chars()) | right.str.contains(rf"^{UPPER}{{2,}}")
            | (left.str.contains(o.ENDS_WITH_DOMAIN) & right.str.contains(rf"^{UPPER}"))
            | right.str.contains(o.STARTS_WITH_PROVINCE))
        return pl.when(two).then(left).otherwise(text).str.strip_chars()

    if not foreign_names:
        return [known_ends, second_body, after_unique, after_country]
    return [known_ends, second_body, after_unique, after_country, foreign_name, two_bodies]


def trimmed(frame: pl.DataFrame, text: pl.Expr, head: pl.Expr, foreign_names: bool = True) -> pl.Series:
    """`text` of each row of `frame` with what is not the body cut: a person after its province or country, a
    foreign name at its end (when `foreign_names`), a second body after "và". Each cut is a column of its own:
    as one expression, every cut would hold the whole tree of the cuts before it several times over."""
    steps = frame.select(text__=text, head__=head)
    for step in _trim_steps(foreign_names):
        steps = steps.with_columns(text__=step(pl.col("text__"), pl.col("head__")))
    return steps["text__"]


def names_a_person(frame: pl.DataFrame, text: pl.Expr) -> pl.Series:
    """True where the words after a body are a person's name (a title that holds another person's name: "Thủ
    tướng Chính phủ Lào | Thongloun Sisoulith"). Foreign words alone do not tell a name from a brand here
    ("Tổng Giám đốc Vietnam Airlines")."""
    text = text.fill_null("")
    cut = trimmed(frame, text, pl.lit(""), foreign_names=False)
    return frame.select(text=text).select(
        (pl.col("text") != cut) | pl.col("text").str.contains(o.COUNTRY_THEN_NAME)
        | (pl.col("text").str.contains(o.TRAILING_FULL_NAME) & ~pl.col("text").str.contains(o.ENDS_WITH_PLACE))
    ).to_series()


def extract_organizations(texts: pl.DataFrame, persons: pl.DataFrame) -> pl.DataFrame:
    """Organisation mentions: a head and its continuation, cut before a person the article names, one body per
    mention, abbreviations expanded (those the article defines too)."""
    found = _heads_starting_words(find_all(texts.filter(pl.col("field") != "title"), o.ORGANIZATION, starts=o.HEADS))
    orgs = cut_before_names(_complete_names(found), "text", persons)
    orgs = _particular_bodies(_cleaned(_second_bodies_apart(orgs)))
    local = defined_abbreviations(texts).filter(~pl.col("abbr").is_in(list(o.ABBREVIATIONS)))
    orgs = expand_defined(orgs, local)
    return (
        orgs.select(list(ORGANIZATION_SCHEMA))
        .sort("source_uri", "field", "paragraph", "char_offset", maintain_order=True)
        .cast(ORGANIZATION_SCHEMA)
    )


def _heads_starting_words(found: pl.DataFrame) -> pl.DataFrame:
    """The matches whose head starts a word, and not after a surname."""
    before = pl.col("text").str.slice((pl.col("char_offset") - 1).clip(0), 1)
    found = found.filter((pl.col("char_offset") == 0) | ~before.str.contains(o.NOT_BEFORE_A_NAME))
    # A head right after a surname is a word of a person's or a street's name ("Đinh Bộ Lĩnh").
    word_before = pl.col("text").str.slice((pl.col("char_offset") - 8).clip(0), pl.col("char_offset").clip(upper_bound=8))
    found = found.filter(~word_before.str.contains(o.ENDS_WITH_SURNAME))
    return found


def _complete_names(found: pl.DataFrame) -> pl.DataFrame:
    """The matches whose name the rule read to its end (not cut inside a word pair or a phrase), as `text`."""
    rest = pl.col("rest").str.strip_chars()
    generic = pl.col("head").is_in(list(o.NEEDS_CONTINUATION))
    # A name whose last capitalised word stands alone after lower-case words or the head, with a lower-case word
    # after it, was cut inside a word pair the rule does not know ("Cục Hải | quan", "Bộ Tư lệnh Quân | khu").
    last_run = (pl.col("head") + pl.col("rest")).str.extract(o.LAST_RUN, 1)
    cut_in_pair = (pl.col("next").is_not_null() & last_run.is_not_null()
                   & ~last_run.is_in([*o.SINGLE_WORD_PLACES, *country_names()]))
    cut_short = (generic & ((rest == "") | (pl.col("next").is_not_null() & ~rest.str.contains(r"\s")))) | cut_in_pair
    # Any other lower-case word right after the name that is not a verb or function word means the rule stopped
    # inside a word or a phrase ("Văn phòng Đăng | ký", "Cục Quản lý | thị trường"), unless the name ends at a place.
    # The word after the name, and the one after it (two-word verbs: "tổ chức", "chỉ đạo").
    after = pl.col("text").str.slice(pl.col("char_offset") + pl.col("match").str.len_chars(), 24)
    next_word = pl.when(pl.col("comma").is_null()).then(pl.col("next").str.strip_chars())
    next_words = pl.coalesce(
        pl.concat_str([next_word, pl.lit(" "), after.str.extract(rf"^\s+([{LETTER}{MARK}]+)", 1)]), next_word)
    followed = next_word.is_in(list(o.FOLLOWERS)) | next_words.is_in(list(o.FOLLOWERS))
    stopped_inside = (next_word.is_not_null() & ~followed
                      & ~(pl.col("head") + pl.col("rest")).str.contains(o.ENDS_WITH_PLACE)
                      & ~(pl.col("head") + pl.col("rest")).str.contains(o.COMPLETE_ENDING))
    orgs = found.filter(~cut_short & ~stopped_inside).with_columns(
        text=(pl.col("head") + pl.col("rest")).str.strip_chars(),
    )
    return orgs


def _second_bodies_apart(orgs: pl.DataFrame) -> pl.DataFrame:
    """Two bodies run together ("A và B", "Báo X | UBND xã Y") as two mentions."""
    second = orgs.with_columns(second=pl.col("text").str.extract(o.SECOND, 1)).filter(pl.col("second").is_not_null())
    second = second.with_columns(
        char_offset=pl.col("char_offset") + pl.col("text").str.len_chars() - pl.col("second").str.len_chars(),
        text=pl.col("second"),
    ).drop("second")
    orgs = pl.concat([orgs.with_columns(pl.col("text").str.replace(o.SECOND, "")), second])
    # A second body right after a proper name is a mention of its own ("Báo Vietnamnet | UBND xã Quy Hậu").
    parts = pl.col("text").str.extract_groups(o.SECOND_BODY_SPLIT)
    nested = orgs.with_columns(first=parts.struct.field("first"), second=parts.struct.field("second")).filter(
        pl.col("second").is_not_null()
        & ~pl.col("first").str.extract(r"(\S+)$", 1).is_in([h.split()[0] for h in o.HEADS]))
    nested = nested.with_columns(
        char_offset=pl.col("char_offset") + pl.col("text").str.len_chars() - pl.col("second").str.len_chars(),
        text=pl.col("second"), head=pl.col("second").str.extract(o.SECOND_BODY_HEAD, 1),
    ).drop("first", "second")
    orgs = pl.concat([orgs, nested])
    return orgs


def _cleaned(orgs: pl.DataFrame) -> pl.DataFrame:
    """`text` without a trailing person or clause; `name`: the text with its abbreviations expanded."""
    # (A trailing name that is a place's or a namesake's, "Học viện Chính trị quốc gia Hồ Chí Minh", stays.)
    namesake = pl.col("text").str.contains(o.ENDS_WITH_NAMESAKE)
    orgs = orgs.with_columns(pl.col("text").str.replace(o.AND_WORD, "")).with_columns(
        text=pl.when(namesake).then(pl.col("text")).otherwise(pl.col("text").str.replace(o.TRAILING_FULL_NAME, "")))
    orgs = orgs.with_columns(text=trimmed(orgs, pl.col("text"), pl.col("head")))
    orgs = orgs.with_columns(name=expand(pl.col("text")))
    return orgs


def _particular_bodies(orgs: pl.DataFrame) -> pl.DataFrame:
    """The mentions that name one particular body."""
    # A head alone names no particular body ("Bệnh viện", "Đảng ủy", "UBND"), unless there is only one such body
    # ("Chính phủ") or it is a bare local body the canonical step places ("Tỉnh ủy").
    heads = [h.lower() for h in [*o.HEADS, *o.GENERIC_NAMES, *o.ABBREVIATIONS.values()]]
    alone = pl.col("name").str.to_lowercase().is_in(heads)
    keep_alone = pl.col("name").str.to_lowercase().is_in([b.lower() for b in [*o.UNIQUE_BODIES, *o.BARE_ENDINGS]])
    # "đoàn đại biểu Quốc hội tỉnh X" in lower case: the delegation, not the National Assembly of a province.
    delegation = pl.col("name").str.contains(o.PROVINCIAL_DELEGATION)
    # "Sở Xây dựng quận Hoàng Mai": a department of a district is two bodies run together.
    below_its_level = pl.col("name").str.contains(o.BELOW_ITS_LEVEL)
    delegation = delegation | below_its_level
    # A central body with a local place ("Ủy ban Trung ương Mặt trận ... tỉnh Quảng Trị") is two bodies run together.
    central_and_local = pl.col("name").str.contains(o.CENTRAL_AND_LOCAL)
    # Heads only ("Văn phòng Sở", "Ban Thường vụ Đảng ủy"): no particular body, unless one is unique or a bare
    # local body the canonical step places.
    only_heads = pl.col("name").str.replace_all(o.ANY_HEAD, "").str.strip_chars() == ""
    unique_or_bare = pl.col("name").str.contains(o.ENDS_UNIQUE_OR_BARE)
    orgs = orgs.filter((~alone | keep_alone) & ~delegation & ~central_and_local & (~only_heads | unique_or_bare))
    return orgs
