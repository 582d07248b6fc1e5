"""Themes: keyword taxonomy hits per article (patterns/themes.py)."""

from __future__ import annotations

import re

import polars as pl

from flows.patterns.themes import THEMES

THEME_SCHEMA = {"source_uri": pl.String, "theme": pl.String, "hits": pl.Int32}


def extract_themes(articles: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, theme, hits) for every theme whose keywords the title, lead or body use."""
    text = pl.concat_str([pl.col("title"), pl.col("lead"), pl.col("body").list.join(" ")], separator=" ",
                         ignore_nulls=True)
    # (The text once, a column: each theme's count would otherwise join the paragraphs again.)
    counts = articles.select("source_uri", text__=text).select(
        "source_uri",
        *[
            pl.col("text__").str.count_matches("(?i)" + "|".join(re.escape(k) for k in keywords)).alias(code)
            for code, (_, keywords) in THEMES.items()
        ],
    )
    return (
        counts.unpivot(index="source_uri", variable_name="theme", value_name="hits")
        .filter(pl.col("hits") > 0)
        .sort("source_uri", "theme")
        .cast(THEME_SCHEMA)
    )
