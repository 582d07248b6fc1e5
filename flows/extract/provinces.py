"""Provinces an article names (gazetteer in patterns/provinces.py), plus the province of its outlet."""

from __future__ import annotations

import polars as pl

from flows.patterns import provinces as gazetteer

PROVINCE_SCHEMA = {"source_uri": pl.String, "province": pl.String, "source": pl.String, "mentions": pl.Int32}


def extract_provinces(texts: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, province, source: outlet|text, mentions)."""
    in_text = (
        texts.select("source_uri", found=gazetteer.spellings_in(pl.col("text")))
        .explode("found")
        .filter(pl.col("found").is_not_null())
        .select("source_uri", province=gazetteer.unit(pl.col("found")))
        .group_by("source_uri", "province", maintain_order=True)
        .agg(mentions=pl.len())
        .with_columns(source=pl.lit("text"))
    )
    from_outlet = articles.filter(pl.col("province").is_not_null()).select(
        "source_uri", "province", source=pl.lit("outlet"), mentions=pl.lit(0)
    )
    return pl.concat([from_outlet, in_text], how="diagonal_relaxed").select(list(PROVINCE_SCHEMA)).cast(
        PROVINCE_SCHEMA
    )
