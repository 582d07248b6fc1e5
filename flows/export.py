"""Export: warehouse rows -> the article export contract (JSON Lines)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.warehouse import export_articles


def articles_jsonl(warehouse: Path) -> str:
    """One JSON object per article. published_at is ISO 8601 with its offset, or the date alone when the
    source gives only a date."""
    rows = export_articles(warehouse)
    if rows.is_empty():
        return ""
    rows = rows.with_columns(
        published_at=pl.when(pl.col("published_has_time"))
        .then(pl.col("published_at").dt.to_string("%Y-%m-%dT%H:%M:%S%:z"))
        .otherwise(pl.col("published_at").dt.to_string("%Y-%m-%d")),
    ).drop("published_has_time")
    return rows.write_ndjson()
