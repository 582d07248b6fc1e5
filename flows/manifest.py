"""Manifest: the content hash decides whether a document is new, changed or unchanged since the last run."""

from __future__ import annotations

from datetime import date

import polars as pl

from flows import sources
from flows.settings import RunSettings



# The manifest's columns a plan reads (flows/reading.py read_manifest).
MANIFEST_SCHEMA = {
    "source_uri": pl.String, "source_file": pl.String, "content_hash": pl.String, "status": pl.String,
    "byte_size": pl.Int64, "mtime_ns": pl.Int64, "article_key": pl.Int64, "source_kind": pl.String,
    "file_uri": pl.String, "file_size": pl.Int64,
}


def unchanged_documents(files: pl.DataFrame, manifest: pl.DataFrame) -> pl.DataFrame:
    """The manifest's documents whose file still has the size and modification time recorded when they were last
    listed (as rsync and make decide): their files are not opened again. A file refused when listed is never
    unchanged. (A record gone from its file since keeps the file's older stat, and is no longer one of its
    documents.)"""
    stats = files.filter(pl.col("problem").is_null()).select("file_uri", now_size="file_size", now_mtime="mtime_ns")
    same = (pl.col("file_size") == pl.col("now_size")) & (pl.col("mtime_ns") == pl.col("now_mtime"))
    return manifest.join(stats, on="file_uri").filter(same.fill_null(False)).drop("now_size", "now_mtime")


def plan(files: pl.DataFrame, manifest: pl.DataFrame, force: bool, max_bytes: int,
         options: sources.SourceOptions = sources.SourceOptions()) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every document of the listed files with `known_hash` (the manifest's content hash) and `change`:
    `unchanged` (not read again) or `to_read`; and the records not taken. A file unchanged since the manifest
    recorded it is not opened: its documents are the manifest's. The others' documents are listed by their kinds;
    a record whose fingerprint is the hash the manifest holds is unchanged (a grown export reads only its new and
    changed records). With `force` (a full refresh, a backfill, a retry) every document is read and nothing is
    known."""
    if force or manifest.is_empty():
        listing, skipped = sources.list_documents(files, max_bytes, options)
        return listing.with_columns(known_hash=pl.lit(None, dtype=pl.String), change=pl.lit("to_read")), skipped
    kept = unchanged_documents(files, manifest)
    listing, skipped = sources.list_documents(files.join(kept, on="file_uri", how="anti"), max_bytes, options)
    unchanged_record = (pl.col("fingerprint") == pl.col("known_hash")).fill_null(False)
    listed = (listing.join(manifest.select("source_uri", known_hash="content_hash"), on="source_uri", how="left")
              .with_columns(change=pl.when(unchanged_record).then(pl.lit("unchanged")).otherwise(pl.lit("to_read"))))
    listed, kept, repeated = _one_place_per_url(listed, kept)
    kept = kept.select(*(column for column in sources.LISTING_SCHEMA if column in kept.columns),
                       known_hash="content_hash", change=pl.lit("unchanged"))
    planned = pl.concat([listed, kept], how="diagonal_relaxed").sort("source_file")
    return planned.select(*sources.LISTING_SCHEMA, "known_hash", "change"), pl.concat([skipped, repeated])


def _file_part(source_file: str | pl.Expr) -> pl.Expr:
    """The file of a record's `source_file` (`a/export.jsonl#line=3` -> `a/export.jsonl`)."""
    return (pl.col(source_file) if isinstance(source_file, str) else source_file).str.replace(r"#[^#/]*$", "")


def _one_place_per_url(listed: pl.DataFrame, kept: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """A URL both in a file listed now and in an unchanged file is read where the sources read it when both are
    listed: from the file that comes last in path order (a page fetched again into a later archive). The other
    place is not taken, and says so."""
    both = listed.select("source_uri", listed_file="source_file").join(
        kept.select("source_uri", kept_file="source_file"), on="source_uri")
    if both.is_empty():
        return listed, kept, pl.DataFrame(schema=sources.SKIPPED_SCHEMA)
    later_kept = _file_part("kept_file") > _file_part("listed_file")
    drop_listed = both.filter(later_kept)
    drop_kept = both.filter(~later_kept)
    repeated = pl.concat([drop_listed.select(source_file="listed_file", reason=sources.same_url("kept_file")),
                          drop_kept.select(source_file="kept_file", reason=sources.same_url("listed_file"))])
    return (listed.join(drop_listed.select("source_uri"), on="source_uri", how="anti"),
            kept.join(drop_kept.select("source_uri"), on="source_uri", how="anti"), repeated)


def plan_run(files: pl.DataFrame, known: pl.DataFrame, settings: RunSettings,
             retry: list[str] | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A run's plan (`plan`): everything is read again on a full refresh, a backfill or a quarantine retry (which
    keeps only the documents `retry` names); a run that records only some documents keeps no record file's stat."""
    force = settings.full_refresh or settings.backfill or retry is not None
    planned, skipped = plan(files, known, force, settings.max_document_bytes, sources.SourceOptions(settings.field_map))
    if retry is not None:
        planned = planned.filter(pl.col("source_uri").is_in(retry))
    if retry is not None or settings.backfill:
        planned = partial_run(planned)
    return planned, skipped


def partial_run(planned: pl.DataFrame) -> pl.DataFrame:
    """The plan of a run that records only some of the source's documents (a backfill, a retry): the records'
    file stats are not kept, so that the next run lists their files again (records this run left unrecorded
    would otherwise be taken for unchanged)."""
    return planned.with_columns(mtime_ns=pl.when(pl.col("fingerprint").is_null()).then(pl.col("mtime_ns")))


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
