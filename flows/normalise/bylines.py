"""Authors and their roles, from byline lines and from a byline trailing the last paragraph.

The corpus layout flattens the body into one line, so its byline ends that line ("... ./. Nguyễn Hùng");
the same name rules apply there, after the last sentence.
"""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import bylines as by
from flows.patterns import outlet_registry

AUTHOR_SCHEMA = {"source_uri": pl.String, "position": pl.Int32, "name": pl.String, "roles": pl.List(pl.String)}


def split_trailing_byline(articles: pl.DataFrame, has_byline: pl.Series) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cut a byline off the end of the last body paragraph of articles that have no byline line.

    Returns the articles with that paragraph shortened, and (source_uri, byline) rows for the cut bylines.
    """
    last = pl.col("body").list.last()
    tail = last.str.tail(by.BYLINE_WINDOW_CHARS)
    # Split (slow: capture groups) only the paragraph ends that hold a byline (a search: fast).
    found = regex.where(regex.contains(tail, by.BYLINE_AFTER_SENTENCE), tail,
                        lambda text: text.str.extract_groups(by.TRAILING_BYLINE),
                        pl.Struct({"rest": pl.String, "byline": pl.String}))
    before_tail = last.str.head(last.str.len_chars() - tail.str.len_chars())
    # (`found` a column of its own, read below: an expression written several times in one eager step runs as many
    # times, its regexes compiled again each time.)
    byline = pl.col("found__").struct.field("byline")
    parts = pl.struct(rest=before_tail + pl.col("found__").struct.field("rest"), byline=byline)
    marked = articles.with_columns(found__=found).with_columns(
        _trail=pl.when(~pl.Series(has_byline) & byline.is_not_null())
        .then(parts)
        .otherwise(None)
    ).drop("found__").with_columns(
        _trail=pl.when(pl.col("_trail").struct.field("byline").str.contains(by.NOT_NAME))
        .then(None)
        .otherwise(pl.col("_trail"))
    )
    trailing = marked.filter(pl.col("_trail").is_not_null()).select(
        "source_uri", byline=pl.col("_trail").struct.field("byline")
    )
    # A one-paragraph article's lead is its body (articles._single_paragraph): the byline is cut off both, or the
    # extract stage would read the two as different texts.
    shortened = marked.with_columns(
        lead=pl.when(pl.col("_trail").is_not_null() & (pl.col("lead") == last))
        .then(pl.col("_trail").struct.field("rest")).otherwise(pl.col("lead")),
        body=pl.when(pl.col("_trail").is_not_null())
        .then(pl.col("body").list.head(pl.col("body").list.len() - 1).list.concat(
            pl.concat_list(pl.col("_trail").struct.field("rest"))
        ))
        .otherwise(pl.col("body"))
    ).drop("_trail")
    return shortened, trailing


def parse_bylines(bylines: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, byline text) rows -> one row per author with the roles the credit gives.

    A credit line names its roles ("Tin, ảnh: X" -> text and photo); a lone name is the writer.
    """
    # One credit per row: "Tin: K.N - Ảnh: C.Đ" -> "Tin: K.N", "Ảnh: C.Đ".
    bylines = bylines.with_row_index("position").with_columns(
        pl.col("byline").str.replace_all(by.NEXT_CREDIT, "\n$1").str.split("\n")
    ).explode("byline")
    # A signature's degree or rank is not part of the name ("Tiến sỹ Đặng Xuân Phong").
    bylines = bylines.with_columns(pl.col("byline").str.replace(by.SIGNATURE_PREFIX, "")
                                   .str.replace(by.CONTRIBUTOR_LABEL, "")
                                   .str.replace(by.SIGNATURE_OFFICES, "${names}"))
    credit = bylines["byline"].str.extract_groups(by.CREDIT_LINE)
    labelled = bylines["byline"].str.extract(by.LABELLED_AUTHOR_LINE, 1)
    lone = bylines["byline"].str.extract_groups(by.LONE_NAME_LINE)
    parsed = bylines.with_columns(
        label=credit.struct.field("label").str.to_lowercase(),
        # A credit; else one name; else names joined by dashes or bars ("Minh Anh – Thu Hà"), all writers.
        names=pl.coalesce(credit.struct.field("names"), labelled, lone.struct.field("names"),
                          pl.when(pl.col("byline").str.contains(by.NAMES_LINE)
                                  | pl.col("byline").str.contains(by.WRITERS_WITH_SOURCES)).then(pl.col("byline")),
                          # else a signature and its affiliation ("Thu Hà - PVHTT"): the name.
                          bylines["byline"].str.extract(by.SIGNED_AFFILIATION_LINE, 1)),
    )
    labels = pl.col("label").str.extract_all(by.ROLE_LABEL).list.eval(
        pl.element().replace_strict(by.ROLE_LABELS, default=None)
    )
    authors = (
        parsed.with_columns(
            roles=pl.when(pl.col("label").is_null()).then(pl.lit(["text"])).otherwise(labels),
            name=pl.col("names").str.extract_all(f"{by.NAME}{by.NAME_SUFFIX}"),
        )
        # The names of one line keep their order ("Minh Anh – Thu Hà").
        .filter(pl.col("name").list.len() > 0)
        .with_columns(names_on_line=pl.col("name").list.len())
        .with_columns(order=pl.int_ranges(pl.col("name").list.len()))
        .explode("name", "order")
        .filter(pl.col("name").is_not_null())
        # Among names joined by dashes, a source ("Theo Trí Thức Trẻ") or an outlet ("Tuổi Trẻ") is no writer.
        .filter(~pl.col("name").str.contains(by.NOT_NAME)
                & ~pl.col("name").str.to_lowercase().is_in(list(outlet_registry.short_names()))
                # (An outlet's code of three letters or more beside a writer's name, unlabelled: "Xuân Hùng - LĐO"; alone,
                # "LA" is a writer's initials, and so are "TN", "HP" beside a name: "Ảnh: TN - HP", "Hồng Nhung - TN".)
                & ~(pl.col("name").is_in(list(by.OUTLET_CODES_BESIDE_A_WRITER)) & (pl.col("names_on_line") > 1)
                    & pl.col("label").is_null()))
        .with_columns(pl.col("name").str.replace(f"{by.NAME_SUFFIX}$", "").str.strip_chars())
        .filter((pl.col("name").str.count_matches(r"\s+") + 1 < by.LONG_NAME_MIN_WORDS)
                | (pl.col("name") != pl.col("name").str.to_uppercase())
                | pl.col("name").str.contains(by.LONG_NAME_OPENING))
        .explode("roles")
        .group_by("source_uri", "name", maintain_order=True)
        .agg(pl.col("position").min(), pl.col("order").min(), pl.col("roles").drop_nulls().unique().sort())
        # (Stable: the credits of one line share its position, and keep the order they are printed in.)
        .sort("source_uri", "position", "order", maintain_order=True)
        # The author's place in the article's byline (0, 1, ...), whatever the batch (row indices are the batch's).
        .with_columns(position=pl.int_range(pl.len()).over("source_uri"))
        .select(list(AUTHOR_SCHEMA))
    )
    return authors.cast(AUTHOR_SCHEMA)
