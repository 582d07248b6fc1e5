"""One person, one spelling: a name an article spells two ways is one person under the spelling it uses most, when
the rest of the article says so (flows/extract/persons.py reads the mentions)."""

from __future__ import annotations

import polars as pl

from flows import regex

TITLES_COMPARED = 20
# Two spellings are one person when they share a title of at least these words: a role with its body ("Chủ tịch
# UBND tỉnh", "Tổng thống Mỹ"); a bare role ("Bí thư", "Chủ tịch") is held by many in one article.
MIN_SHARED_TITLE_WORDS = 3


def _spelling_slips(spelled: pl.DataFrame) -> pl.DataFrame:
    """(article, name, other name of the article it may be a slip of): the same letters with other tone marks or
    diacritics ("Nguyễn Văn Hung", "Nguyễn Văn Hùng"), or two neighbouring letters swapped ("Doanld Trump"). Other
    one-letter differences are no slip: they are mostly other names (Minh and Bình, Hương and Hưng). Hash joins on
    the unmarked name and on each swap of the name: linear in the names' lengths, no name compared with every
    other."""
    names = spelled.select("source_uri", "name", lower=pl.col("name").str.to_lowercase())
    unmarked = names.with_columns(form=regex.without_marks(pl.col("name"))).select("source_uri", "name", "form")
    marks = unmarked.join(unmarked.rename({"name": "other"}), on=["source_uri", "form"])
    at = pl.col("swap_at")
    swapped = (
        names.with_columns(swap_at=pl.int_ranges(0, pl.col("lower").str.len_chars() - 1)).explode("swap_at")
        .with_columns(lower=pl.col("lower").str.slice(0, at) + pl.col("lower").str.slice(at + 1, 1)
                      + pl.col("lower").str.slice(at, 1) + pl.col("lower").str.slice(at + 2))
        .join(names.rename({"name": "other"}), on=["source_uri", "lower"])
    )
    return (pl.concat([marks.select("source_uri", "name", "other"), swapped.select("source_uri", "name", "other")])
            .filter(pl.col("name") != pl.col("other")).unique())


def one_spelling_per_person(mentions: pl.DataFrame) -> pl.DataFrame:
    """A name the article spells two ways is one person, under the spelling the article uses most, when the
    rest of the article says it is the same person: the variant is a slip of the usual spelling (`_spelling_slips`),
    written less often, and one of its titles of office that names a body ("Chủ tịch UBND tỉnh", not "Chủ tịch") is
    a title the usual spelling has, or holds one, or is held by one. The spelling as written stays in
    `name_as_written`."""
    mentions = mentions.with_columns(name_as_written=pl.col("name"))
    spelled = (
        mentions.with_columns(said=pl.col("title").str.to_lowercase())
        .group_by("source_uri", "name", maintain_order=True)
        # A name's first few titles are evidence enough; more would only multiply the pairs compared below.
        .agg(times=pl.len(), titles=pl.col("said").unique(maintain_order=True).head(TITLES_COMPARED))
    )
    pairs = (
        _spelling_slips(spelled).rename({"other": "usual"})
        .join(spelled, on=["source_uri", "name"])
        .join(spelled.rename({"name": "usual", "times": "usual_times", "titles": "usual_titles"}),
              on=["source_uri", "usual"])
        .filter(pl.col("times") < pl.col("usual_times"))
    )
    shared = pl.when(pl.col("titles").str.contains(pl.col("usual_titles"), literal=True)).then("usual_titles") \
        .when(pl.col("usual_titles").str.contains(pl.col("titles"), literal=True)).then("titles")
    variants = (
        pairs.explode("titles").explode("usual_titles")
        .filter(shared.str.count_matches(r"\s+") >= MIN_SHARED_TITLE_WORDS - 1)
        # The most written of the spellings it could be.
        .sort("usual_times", descending=True, maintain_order=True)
        .unique(["source_uri", "name"], keep="first", maintain_order=True)
        .select("source_uri", "name", "usual")
    )
    return (
        mentions.join(variants, on=["source_uri", "name"], how="left", maintain_order="left")
        .with_columns(name=pl.coalesce("usual", "name"))
        .drop("usual")
    )
