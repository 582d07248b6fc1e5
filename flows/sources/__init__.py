"""Sources: where documents come from, behind one interface (flows/sources/base.py). Each kind of source is a
small module with two steps, list and read; `KINDS` below is the one place they are registered. The flow, the
manifest and the chunks call the functions here and never ask which kind they got.

A folder may mix the kinds: each file goes to the kind whose extension it has (the longest one that matches).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.sources import csvfile, html, jsonl, text, warc
from flows.sources.base import LISTING_SCHEMA, SKIPPED_SCHEMA, Kind, SourceError, SourceOptions, article_key, same_url
from flows.sources import folder
from flows.sources.folder import FILE_SCHEMA, check_folder

# The source kinds, in one list: a new kind is a module with a KIND and a line here.
KINDS: list[Kind] = [
    text.KIND,
    html.KIND,
    jsonl.KIND,
    csvfile.KIND,
    warc.KIND,
]

# What a source folder's article files are called (matched without regard to case: ARTICLE.TXT is one too).
ARTICLE_EXTENSIONS = tuple(extension for kind in KINDS for extension in kind.extensions)

__all__ = ["ARTICLE_EXTENSIONS", "FILE_SCHEMA", "KINDS", "LISTING_SCHEMA", "SKIPPED_SCHEMA", "Kind", "SourceError",
           "SourceOptions", "article_key", "check_folder", "files_of", "list_documents", "list_files", "list_folder",
           "parse_field_map", "read_documents", "same_url"]


def list_folder(root: Path, max_bytes: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The files below `root` that a kind takes (FILE_SCHEMA: nothing is opened), and the others with why not."""
    return folder.list_folder(root, max_bytes, KINDS)


def files_of(targets: list[tuple[str, ...]], max_bytes: int) -> pl.DataFrame:
    """The files that hold these documents, listed again (FILE_SCHEMA). A target is (source_uri, source_file) for
    a file of its own, or (source_uri, source_file, file_uri, the file's source_file, source_kind) for a record (a
    quarantine retry, from the manifest)."""
    files = {}
    for target in targets:
        file_uri, file_name, kind = (target[2], target[3], target[4]) if len(target) >= 5 else (
            target[0], target[1], None)
        files.setdefault(file_uri, (file_uri, file_name, kind))
    return folder.list_files(list(files.values()), max_bytes, KINDS)


def list_files(targets: list[tuple[str, ...]], max_bytes: int,
               options: SourceOptions = SourceOptions()) -> pl.DataFrame:
    """The documents `targets` name (see `files_of`), listed again from their files (LISTING_SCHEMA)."""
    listing, _ = list_documents(files_of(targets, max_bytes), max_bytes, options)
    return listing.filter(pl.col("source_uri").is_in([target[0] for target in targets]))


def list_documents(files: pl.DataFrame, max_bytes: int,
                   options: SourceOptions = SourceOptions()) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The documents of these files (LISTING_SCHEMA), and the records not taken with why not."""
    return folder.list_documents(files, max_bytes, KINDS, options)


def read_documents(listing: pl.DataFrame, options: SourceOptions = SourceOptions()) -> pl.DataFrame:
    """The listed documents read: `raw` (what decode reads), `original`, `content_hash`, `problem`, `fetched_at`."""
    return folder.read_documents(listing, KINDS, options)


def parse_field_map(text: str | None) -> SourceOptions:
    """`--map text=body,published=time` as options, or a SourceError saying what is wrong with it."""
    from flows.sources.article import FIELDS

    pairs = []
    for item in (text or "").split(","):
        if not item.strip():
            continue
        target, _, name = item.partition("=")
        target, name = target.strip(), name.strip()
        if target not in FIELDS or not name:
            raise SourceError(f"--map {item.strip()!r}: expected FIELD=NAME with FIELD one of {', '.join(FIELDS)}")
        pairs.append((target, name))
    return SourceOptions(tuple(pairs))
