"""What every source kind shares: the interface a kind implements, the frames it fills, and how a document is named.

A kind is a small module with two steps:
- `list_records(path, options)`: the documents inside one file, cheaply (a `Record`: identity, where its bytes
  are, a problem; None for a position that holds none, a blank line, so that positions stay those an editor shows),
  for a kind whose files hold many documents (a JSON Lines export, a WARC). A kind whose file is one document
  (a .txt, a saved page) has none: the file is listed as its document, by its size and modification time.
- `read(rows, options)`: the documents frame for listed rows: `raw` (the bytes decode reads), `original` (the
  document's own bytes when `raw` was built from them, kept for quarantine), `content_hash` and `problem`.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Callable, NamedTuple
from urllib.parse import unquote_to_bytes, urlparse

import polars as pl

from flows.settings import TIMEZONE


class SourceError(Exception):
    """The source as a whole cannot be read (missing folder, not a folder, a --map that names nothing)."""


def article_key(source_uri: str) -> int:
    """Deterministic surrogate key of the article a source document holds (a positive BIGINT).

    The key follows the document's identity, not its content, so a corrected article keeps its key.
    """
    return int(hashlib.md5(source_uri.encode("utf-8")).hexdigest()[:15], 16)


def fingerprint(data: bytes) -> str:
    """The content hash of a document's bytes (a record's: listed and read compare the same hash)."""
    return hashlib.sha256(data).hexdigest()


def display_name(name: str) -> str:
    """A file name as text a person and a UTF-8 column can hold: bytes that are not UTF-8 (names copied from old
    Windows shares) are shown as \\xNN escapes; the uri keeps the real bytes."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def path_of(file_uri: str) -> str:
    """The file system path of a `file://` uri, byte for byte (the name need not be UTF-8)."""
    return os.fsdecode(unquote_to_bytes(urlparse(file_uri).path))


@dataclass(frozen=True)
class SourceOptions:
    """How the records of exports are read: `field_map` maps the article's fields (text, title, published, ...)
    to an export's own field names (`--map text=body,published=time`)."""

    field_map: tuple[tuple[str, str], ...] = ()

    def names_of(self, field_name: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
        """The names a field is looked for under: the mapped one first, then the usual ones."""
        return _names_of(self.field_map, field_name, defaults)


@cache  # asked once per record and field when listing and reading: an export may hold 100,000 records
def _names_of(field_map: tuple[tuple[str, str], ...], field_name: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
    mapped = tuple(name for target, name in field_map if target == field_name)
    return mapped + tuple(name for name in defaults if name not in mapped)


class Parsed(NamedTuple):
    """One record as its kind parsed it: the text the rules read (UTF-8), or why there is none; and when it was
    fetched, where the record says (a WARC's WARC-Date, an export's download time)."""

    raw: bytes
    problem: str | None = None
    fetched_at: datetime | None = None


class Record(NamedTuple):
    """One document inside a file, as its kind lists it."""

    identity: str | None  # the record's URL, else its id (None: known by its position)
    offset: int  # where its bytes start in the file
    length: int  # how many bytes it has
    problem: str | None  # why it cannot be an article (malformed, truncated): quarantined with its bytes


@dataclass(frozen=True)
class Kind:
    """A source kind: which files it takes and its two steps (see the module's docstring)."""

    name: str  # recorded in etl_document.source_kind
    extensions: tuple[str, ...]  # matched at the end of a file name, without regard to case
    read: Callable[[pl.DataFrame, SourceOptions], pl.DataFrame]
    list_records: Callable[[str, SourceOptions], list[Record | None]] | None = None
    # The identity a record of this kind gets when it has no URL or id of its own ("line", "row", "record").
    position_word: str = "record"


# The listing: one row per document, in the order documents are read. A file of one document: `file_uri` is its
# own uri and no record columns; a record: the file it is in, where its bytes are, and its fingerprint.
LISTING_SCHEMA = {
    "source_uri": pl.String,
    "source_file": pl.String,
    "article_key": pl.Int64,
    "byte_size": pl.Int64,
    "mtime_ns": pl.Int64,
    "problem": pl.String,
    "source_kind": pl.String,
    "file_uri": pl.String,
    "file_size": pl.Int64,
    "record_offset": pl.Int64,
    "record_length": pl.Int64,
    "fingerprint": pl.String,
}

# What a kind's `read` adds to its rows (`fetched_at` where the source says when it fetched the document; null: now).
READ_SCHEMA = {"raw": pl.Binary, "original": pl.Binary, "content_hash": pl.String, "problem": pl.String,
               "fetched_at": pl.Datetime("us", TIMEZONE)}

SKIPPED_SCHEMA = {"source_file": pl.String, "reason": pl.String}


def record_uri(file_uri: str, identity: str | None, word: str, position: int) -> str:
    """A record's uri: its URL as it is (the same article wherever it was saved), else its file and id, else its
    file and position."""
    if identity and identity.startswith(("http://", "https://")):
        return identity
    if identity:
        return f"{file_uri}#id={identity}"
    return f"{file_uri}#{word}={position}"


def same_url(read_from: str) -> pl.Expr:
    """Why a record is not taken: its URL is read from another place (`read_from`: a column of source_files)."""
    return pl.format("the same URL as {}, which is read", read_from)


def read_result(raws: list[bytes], originals: list[bytes | None], hashes: list[str], problems: list[str | None],
                fetched: list[datetime | None] | None = None) -> pl.DataFrame:
    """A kind's `read` output as a frame of READ_SCHEMA."""
    return pl.DataFrame({"raw": raws, "original": originals, "content_hash": hashes, "problem": problems,
                         "fetched_at": fetched or [None] * len(raws)}, schema=READ_SCHEMA)
