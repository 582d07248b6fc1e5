"""Manifest: the content hash decides whether a document is new, changed or unchanged since the last run."""

from __future__ import annotations

from datetime import date

import polars as pl



def plan_by_stats(listing: pl.DataFrame, manifest: pl.DataFrame, force: bool = False) -> pl.DataFrame:
    """Add `known_hash` (the manifest's content hash of the file) and `change`: `unchanged` for a file whose size and
    modification time match the manifest's (it is not read again), else `to_read`. With `force` (a full refresh,
    a backfill, a retry) every file is read and nothing is known."""
    if force or manifest.is_empty():
        return listing.with_columns(known_hash=pl.lit(None, dtype=pl.String), change=pl.lit("to_read"))
    known = manifest.select("source_uri", known_hash="content_hash", known_size="byte_size", known_mtime="mtime_ns")
    same_stats = (
        pl.col("problem").is_null()
        & (pl.col("byte_size") == pl.col("known_size"))
        & (pl.col("mtime_ns") == pl.col("known_mtime"))
    ).fill_null(False)
    return (
        listing.join(known, on="source_uri", how="left")
        .with_columns(change=pl.when(same_stats).then(pl.lit("unchanged")).otherwise(pl.lit("to_read")))
        .drop("known_size", "known_mtime")
    )


def plan_by_hash(documents: pl.DataFrame) -> pl.DataFrame:
    """`change` of documents just read: `new` (unknown), `unchanged` (same content hash) or `changed`."""
    return documents.with_columns(
        change=pl.when(pl.col("known_hash").is_null())
        .then(pl.lit("new"))
        .when(pl.col("known_hash") == pl.col("content_hash"))
        .then(pl.lit("unchanged"))
        .otherwise(pl.lit("changed"))
    )


def assign_duplicates(decoded: pl.DataFrame, known_texts: pl.DataFrame) -> pl.DataFrame:
    """Documents whose text is already an article get that article's key and `duplicate_of` (its source).

    The same article saved under two names (or in NFD and NFC) is one article with two sources. The article is
    the one already in the warehouse with that text, else the first document of the batch (by file) that has it.
    `known_texts`: text_hash, article_key, source_uri of the loaded articles.
    """
    first_in_batch = (
        decoded.filter(pl.col("text_hash").is_not_null())
        .sort("source_file")
        .group_by("text_hash", maintain_order=True)
        .agg(batch_key=pl.col("article_key").first(), batch_uri=pl.col("source_uri").first())
    )
    # Only the known texts this batch repeats: the known texts grow with the warehouse, a batch does not.
    known = (
        known_texts.filter(pl.col("text_hash").is_in(decoded["text_hash"].drop_nulls().implode()))
        .select("text_hash", known_key="article_key", known_uri="source_uri")
        .unique("text_hash", keep="first", maintain_order=True)
    )
    resolved = decoded.join(first_in_batch, on="text_hash", how="left").join(known, on="text_hash", how="left")
    canonical_key = pl.coalesce("known_key", "batch_key", "article_key")
    canonical_uri = pl.coalesce("known_uri", "batch_uri")
    return resolved.with_columns(
        document_key=pl.col("article_key"),
        duplicate_of=pl.when(canonical_key != pl.col("article_key")).then(canonical_uri),
        article_key=canonical_key,
    ).drop("batch_key", "batch_uri", "known_key", "known_uri")


def in_window(articles: pl.DataFrame, since: date | None, until: date | None) -> pl.Series:
    """The source uris of the articles a backfill of [since, until] covers: those published in the window.
    Articles without a publication date are outside every window."""
    day = pl.col("published_at").dt.date()
    inside = pl.lit(True)
    if since is not None:
        inside = inside & (day >= since)
    if until is not None:
        inside = inside & (day <= until)
    return articles.filter(inside.fill_null(False))["source_uri"]
