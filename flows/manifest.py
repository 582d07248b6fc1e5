"""Manifest: the content hash decides whether a document is new, changed or unchanged since the last run."""

from __future__ import annotations

import polars as pl

MANIFEST_SCHEMA = {"source_uri": pl.String, "content_hash": pl.String, "status": pl.String}


def plan_changes(documents: pl.DataFrame, manifest: pl.DataFrame, full_refresh: bool = False) -> pl.DataFrame:
    """Add a `change` column: `new`, `changed` or `unchanged` (always `new` on a full refresh)."""
    if full_refresh or manifest.is_empty():
        return documents.with_columns(change=pl.lit("new"))
    known = manifest.select("source_uri", pl.col("content_hash").alias("known_hash"))
    return (
        documents.join(known, on="source_uri", how="left")
        .with_columns(
            change=pl.when(pl.col("known_hash").is_null())
            .then(pl.lit("new"))
            .when(pl.col("known_hash") == pl.col("content_hash"))
            .then(pl.lit("unchanged"))
            .otherwise(pl.lit("changed"))
        )
        .drop("known_hash")
    )
