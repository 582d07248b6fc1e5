"""Manifest: the content hash decides whether a document is new, changed or unchanged since the last run."""

from __future__ import annotations

from datetime import date

import polars as pl



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


def file_stats(known: pl.DataFrame) -> dict[str, tuple[int, int, str]]:
    """source_uri -> (byte_size, mtime_ns, content_hash) of the files the manifest has read before."""
    readable = known.filter(pl.col("mtime_ns").is_not_null())
    return {uri: (size, mtime, digest) for uri, size, mtime, digest in
            readable.select("source_uri", "byte_size", "mtime_ns", "content_hash").iter_rows()}


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
    known = known_texts.select("text_hash", known_key="article_key", known_uri="source_uri").unique("text_hash")
    resolved = decoded.join(first_in_batch, on="text_hash", how="left").join(known, on="text_hash", how="left")
    canonical_key = pl.coalesce("known_key", "batch_key", "article_key")
    canonical_uri = pl.coalesce("known_uri", "batch_uri")
    return resolved.with_columns(
        document_key=pl.col("article_key"),
        duplicate_of=pl.when(canonical_key != pl.col("article_key")).then(canonical_uri),
        article_key=canonical_key,
    ).drop("batch_key", "batch_uri", "known_key", "known_uri")


def in_window(articles: pl.DataFrame, decoded: pl.DataFrame, since: date | None, until: date | None) -> pl.Series:
    """The source uris a backfill of [since, until] covers: articles published in the window, and the documents
    that repeat their text. Articles without a publication date are outside every window."""
    day = pl.col("published_at").dt.date()
    inside = pl.lit(True)
    if since is not None:
        inside = inside & (day >= since)
    if until is not None:
        inside = inside & (day <= until)
    covered = articles.filter(inside.fill_null(False))["source_uri"]
    repeats = decoded.filter(pl.col("duplicate_of").is_in(covered.implode()))["source_uri"]
    return pl.concat([covered, repeats])
