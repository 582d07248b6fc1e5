"""What becomes of each document of a chunk once it is checked: the quarantine rows (with the reason and the
original bytes) and every document's outcome (loaded, quarantined or unchanged), settled in run order by
flows/chunks.py."""

from __future__ import annotations

import polars as pl


QUARANTINE_SCHEMA = {
    "source_uri": pl.String,
    "source_file": pl.String,
    "content_hash": pl.String,
    "stage": pl.String,
    "reason": pl.String,
    "original_bytes": pl.Binary,
}


def duplicates_of_quarantined(decoded: pl.DataFrame, rejected: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, source_file, stage, reason) for documents repeating the text of a rejected document
    (`rejected`: source_uri, source_file, stage, reason)."""
    # (Names of their own: the documents frame has an `original` column, the bytes a record came in.)
    originals = rejected.select(duplicate_of="source_uri", quarantined_stage="stage", quarantined_reason="reason",
                                quarantined_file="source_file")
    return (
        decoded.filter(pl.col("duplicate_of").is_not_null())
        .join(originals, on="duplicate_of")
        .select("source_uri", "source_file", stage="quarantined_stage",
                reason=pl.format("same text as {}, which was quarantined: {}", "quarantined_file",
                                 "quarantined_reason"))
    )


def quarantine_rows(documents: pl.DataFrame, reasons: pl.DataFrame) -> pl.DataFrame:
    """Quarantine rows for `reasons` (source_uri, stage, reason), with each document's original bytes.

    A document refused unread (a link outside the folder, over the size limit) keeps no bytes; a record or a page
    that is no article keeps its own.
    """
    return (
        reasons.join(documents.select("source_uri", "source_file", "content_hash", "raw", "original", "problem"),
                     on="source_uri", how="left")
        # A record or page keeps its own bytes even when it is no article; a file refused unread keeps none.
        .with_columns(original_bytes=pl.coalesce("original", pl.when(pl.col("problem").is_null()).then(pl.col("raw"))))
        .select(list(QUARANTINE_SCHEMA))
        .cast(QUARANTINE_SCHEMA)
    )


def document_outcomes(planned: pl.DataFrame, decoded: pl.DataFrame, quarantined_uris: pl.Series) -> pl.DataFrame:
    """Every document seen, with its outcome: loaded, quarantined or unchanged, and the article it holds (a
    duplicate holds the article whose text it repeats)."""
    resolved = planned.drop("article_key").join(
        decoded.select("source_uri", "article_key", "duplicate_of"), on="source_uri", how="left"
    ).with_columns(
        article_key=pl.coalesce("article_key", planned["article_key"]),
    )
    return resolved.select(
        "source_uri",
        "source_file",
        "content_hash",
        "byte_size",
        "mtime_ns",
        "source_kind",
        "file_uri",
        "file_size",
        "article_key",
        "duplicate_of",
        outcome=pl.when(pl.col("change") == "unchanged")
        .then(pl.lit("unchanged"))
        .when(pl.col("source_uri").is_in(quarantined_uris.implode()))
        .then(pl.lit("quarantined"))
        .otherwise(pl.lit("loaded")),
    )
