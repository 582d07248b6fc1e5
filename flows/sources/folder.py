"""A source folder: its files listed (path, kind, size, mtime: nothing is read), the documents of the files that
changed listed by their kinds, and documents read in chunks by their kinds. Nothing here asks which kind it has:
the kinds of flows/sources/__init__.py say which files they take and how they list and read them."""

from __future__ import annotations

import mmap
import os
from functools import cache
from datetime import datetime
from pathlib import Path
from stat import S_ISLNK, S_ISREG
from urllib.parse import quote_from_bytes
from zoneinfo import ZoneInfo

import polars as pl

from flows.settings import TIMEZONE
from flows.sources.base import (
    LISTING_SCHEMA,
    READ_SCHEMA,
    SKIPPED_SCHEMA,
    Kind,
    SourceError,
    SourceOptions,
    article_key,
    display_name,
    fingerprint,
    path_of,
    record_uri,
    same_url,
)
from flows.sources.records import FileProblem


def check_folder(root: Path) -> Path:
    """The folder itself, or a SourceError saying why it cannot be a source."""
    if not root.exists():
        raise SourceError(f"source folder {root} does not exist")
    if not root.is_dir():
        raise SourceError(f"source {root} is not a folder")
    return root


# One row per file a kind takes: what the manifest compares before any file is opened.
FILE_SCHEMA = {
    "file_uri": pl.String,
    "source_file": pl.String,
    "source_kind": pl.String,
    "file_size": pl.Int64,
    "mtime_ns": pl.Int64,
    "problem": pl.String,
}


def kind_of(name: str, kinds: list[Kind]) -> Kind | None:
    """The kind that takes a file of this name: by its last extension, or its last two where a kind names two
    (`.warc.gz`: the longer wins), without regard to case."""
    return _kind_by_extension(name, _extensions(tuple(kinds)))


def _kind_by_extension(name: str, table: dict[str, Kind]) -> Kind | None:
    lowered = name.lower()
    last = lowered.rfind(".")
    if last < 0:
        return None
    before = lowered.rfind(".", 0, last)
    return (table.get(lowered[before:]) if before >= 0 else None) or table.get(lowered[last:])


@cache  # looked up once per file of the folder: a dictionary, not a scan of every kind's extensions
def _extensions(kinds: tuple[Kind, ...]) -> dict[str, Kind]:
    return {extension: kind for kind in kinds for extension in kind.extensions}


def _not_taken(name: str) -> str:
    extension = os.path.splitext(name)[1]
    return f"not an article file: {display_name(extension) if extension else 'no extension'}"


def list_folder(root: Path, max_bytes: int, kinds: list[Kind]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every file below `root` that a kind takes, sorted by path, with its size and modification time (nothing is
    read); and every other file, with the reason it is not taken (nothing below the folder goes unmentioned).

    A file that cannot be taken (a link leading outside the folder, over the size limit, gone) still gets a row,
    with `problem` saying why, so that it is quarantined rather than lost.
    """
    root = check_folder(Path(root))
    resolved_root = root.resolve()
    # Plain strings, not Path objects: this loop runs once per file of the corpus on every run.
    top = os.fspath(root)
    root_uri = root.absolute().as_uri().rstrip("/")
    rows, skipped = [], []
    by_extension = _extensions(tuple(kinds))  # once: hashing the kinds for every file cost a third of the listing

    def unreadable_folder(error: OSError) -> None:
        if error.filename is None or os.path.samefile(error.filename, top):
            raise SourceError(f"source folder {root} cannot be read: {error.strerror or error}")
        folder = os.path.relpath(error.filename, top).replace(os.sep, "/")
        skipped.append((display_name(folder) + "/", f"unreadable folder: {error.strerror or error}"))

    for folder, _dirs, names in os.walk(top, onerror=unreadable_folder):
        prefix = os.path.relpath(folder, top)
        prefix = "" if prefix == "." else prefix.replace(os.sep, "/") + "/"
        for name in names:
            source_file = prefix + name
            kind = _kind_by_extension(name, by_extension)
            if kind is None:
                skipped.append((display_name(source_file), _not_taken(name)))
                continue
            # The uri Path.as_uri() gives, built from the root's: quoting works byte by byte.
            uri = f"{root_uri}/{quote_from_bytes(os.fsencode(source_file))}"
            limit = max_bytes if kind.list_records is None else None
            rows.append(_list_one(os.path.join(folder, name), display_name(source_file), uri, kind.name,
                                  resolved_root, limit))
    return (pl.DataFrame(rows, schema=FILE_SCHEMA, orient="row").sort("source_file"),
            pl.DataFrame(skipped, schema=SKIPPED_SCHEMA, orient="row").sort("source_file"))


def list_files(files: list[tuple[str, str, str]], max_bytes: int, kinds: list[Kind]) -> pl.DataFrame:
    """Given (file_uri, source_file, source_kind) of files the manifest records, list those files again.

    The folder they were read from is the uri's path less the source_file, so the same refusals apply.
    """
    by_name = {kind.name: kind for kind in kinds}
    rows = []
    for uri, source_file, kind_name in files:
        path = path_of(uri)
        depth = source_file.count("/") + 1
        root = Path(path).parents[depth - 1] if depth <= len(Path(path).parents) else Path("/")
        kind = by_name.get(kind_name) or kind_of(source_file, kinds) or by_name["txt"]
        rows.append(_list_one(path, source_file, uri, kind.name, root.resolve(),
                              max_bytes if kind.list_records is None else None))
    return pl.DataFrame(rows, schema=FILE_SCHEMA, orient="row")


def size_text(byte_count: int) -> str:
    for unit, scale in (("MB", 2**20), ("kB", 2**10)):
        if byte_count >= scale:
            return f"{byte_count / scale:.1f} {unit}"
    return f"{byte_count} bytes"


def too_large(size: int, max_bytes: int) -> str:
    return f"too large: {size_text(size)}, over the limit of {size_text(max_bytes)}: not an article"


def _list_one(path: str, source_file: str, uri: str, kind: str, resolved_root: Path, max_bytes: int | None) -> tuple:
    size = mtime_ns = problem = None
    try:
        stat = os.lstat(path)
        if S_ISLNK(stat.st_mode):
            target = Path(path).resolve()
            if not target.is_relative_to(resolved_root):
                return (uri, source_file, kind, None, None,
                        f"refused: symbolic link points outside the source folder ({target})")
            stat = target.stat()
        if not S_ISREG(stat.st_mode):
            problem = "refused: not a regular file"
        else:
            size, mtime_ns = stat.st_size, stat.st_mtime_ns
            if max_bytes is not None and size > max_bytes:
                problem = too_large(size, max_bytes)
    except FileNotFoundError:
        problem = "unreadable: the file is gone"
    except OSError as error:
        problem = f"unreadable: {error.strerror or error}"
    return (uri, source_file, kind, size, mtime_ns, problem)


# The listing's columns that only a record has.
_RECORD_COLUMNS = ("record_offset", "record_length", "fingerprint")


def list_documents(files: pl.DataFrame, max_bytes: int, kinds: list[Kind],
                   options: SourceOptions) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The documents of listed files: a file of a kind without records is its own document (nothing is opened);
    the files of the other kinds are opened and their records listed, each with its fingerprint. A URL met twice
    is one document, read where it was met last; the earlier records of it are not taken (and say so)."""
    by_name = {kind.name: kind for kind in kinds}
    of_records = [kind.name for kind in kinds if kind.list_records is not None]
    opened = pl.col("source_kind").is_in(of_records) & pl.col("problem").is_null()
    # A file that is one document is listed as it is, in one vectorised step (a folder may hold 100,000 of them).
    whole = files.filter(~opened).select(
        source_uri="file_uri", source_file="source_file",
        article_key=pl.col("file_uri").map_elements(article_key, return_dtype=pl.Int64), byte_size="file_size",
        mtime_ns="mtime_ns", problem="problem", source_kind="source_kind", file_uri="file_uri",
        file_size="file_size").with_columns(pl.lit(None).alias(column) for column in _RECORD_COLUMNS)
    rows: list[tuple] = []
    for file_uri, source_file, kind_name, size, mtime_ns, _ in files.filter(opened).iter_rows():
        rows += _records(file_uri, source_file, by_name[kind_name], size, mtime_ns, max_bytes, options)
    listing = pl.concat([whole.cast(LISTING_SCHEMA), pl.DataFrame(rows, schema=LISTING_SCHEMA, orient="row")])
    repeated = listing.filter(pl.col("source_uri").is_duplicated())
    if repeated.is_empty():
        return listing, pl.DataFrame(schema=SKIPPED_SCHEMA)
    kept = repeated.unique("source_uri", keep="last", maintain_order=True).select(
        "source_uri", kept_file="source_file")
    earlier = repeated.join(kept, on="source_uri").filter(
        pl.col("source_file") != pl.col("kept_file"))
    skipped = earlier.select("source_file", reason=same_url("kept_file"))
    return listing.unique("source_uri", keep="last", maintain_order=True), skipped


def _file_document(file_uri: str, source_file: str, kind: str, size: int | None, mtime_ns: int | None,
                   problem: str | None) -> tuple:
    """The listing row of a file that is one document (or of a file of records that cannot be listed as records:
    it is quarantined whole, with the reason)."""
    return (file_uri, source_file, article_key(file_uri), size, mtime_ns, problem, kind, file_uri, size, None, None,
            None)


def _records(file_uri: str, source_file: str, kind: Kind, size: int, mtime_ns: int, max_bytes: int,
             options: SourceOptions) -> list[tuple]:
    """The listing rows of one file's records (one row with the problem when the file cannot be listed)."""
    path = path_of(file_uri)
    try:
        records = kind.list_records(path, options)
        with open(path, "rb") as file:
            # Mapped, not read: a crawler's export may be far larger than memory wants to hold twice.
            data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
    except FileProblem as problem:
        return [_file_document(file_uri, source_file, kind.name, size, mtime_ns, str(problem))]
    except OSError as error:
        return [_file_document(file_uri, source_file, kind.name, size, mtime_ns,
                               f"unreadable: {error.strerror or error}")]
    rows = []
    for position, record in enumerate(records, start=1):
        if record is None:
            continue
        uri = record_uri(file_uri, record.identity, kind.position_word, position)
        problem = record.problem
        if problem is None and record.length > max_bytes:
            problem = too_large(record.length, max_bytes)
        if problem is not None:
            problem = f"{kind.position_word} {position}: {problem}"
        rows.append((uri, f"{source_file}#{kind.position_word}={position}", article_key(uri), record.length,
                     mtime_ns, problem, kind.name, file_uri, size, record.offset, record.length,
                     fingerprint(data[record.offset:record.offset + record.length])))
    if isinstance(data, mmap.mmap):
        data.close()
    return rows


def read_documents(listing: pl.DataFrame, kinds: list[Kind], options: SourceOptions) -> pl.DataFrame:
    """The listed documents read by their kinds: the bytes decode reads (`raw`), the document's own bytes where
    they differ (`original`), content hashes and problems, in the listing's order."""
    fetched_at = datetime.now(ZoneInfo(TIMEZONE))
    by_name = {kind.name: kind for kind in kinds}
    numbered = listing.with_row_index("_order")
    parts = []
    for (kind_name,), rows in numbered.group_by("source_kind", maintain_order=True):
        read = by_name[kind_name].read(rows, options) if rows.height else pl.DataFrame(schema=READ_SCHEMA)
        parts.append(rows.drop("problem").hstack(read))
    read = (pl.concat(parts) if parts else numbered.drop("problem").hstack(pl.DataFrame(schema=READ_SCHEMA))
            ).sort("_order").drop("_order")
    kept = pl.coalesce("original", "raw")
    has_bytes = pl.col("problem").is_null() | pl.col("original").is_not_null()
    return read.select(*LISTING_SCHEMA, *(c for c in read.columns if c not in LISTING_SCHEMA)).with_columns(
        fetched_at=pl.coalesce("fetched_at", pl.lit(fetched_at, dtype=pl.Datetime("us", TIMEZONE))),
        byte_size=pl.when(has_bytes).then(kept.bin.size()).otherwise(0).cast(pl.Int64),
        # A document whose bytes could not be had (refused, unreadable) keeps no stat: the next run tries again,
        # even if the file's size and mtime stay (a permission mended with chmod changes neither).
        mtime_ns=pl.when(has_bytes).then(pl.col("mtime_ns")),
    )
