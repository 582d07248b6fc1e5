"""Sources: a folder of `.txt` articles, listed (path, size, mtime) and then read in chunks, with content hashes.

Listing and reading a file are the only per-document Python here; everything after works on frames.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path
from stat import S_ISLNK, S_ISREG
from urllib.parse import quote_from_bytes, unquote_to_bytes, urlparse
from zoneinfo import ZoneInfo

import polars as pl

from flows.settings import TIMEZONE



class SourceError(Exception):
    """The source as a whole cannot be read (missing folder, not a folder)."""


def article_key(source_uri: str) -> int:
    """Deterministic surrogate key of the article a source document holds (a positive BIGINT).

    The key follows the document's identity, not its content, so a corrected article keeps its key.
    """
    return int(hashlib.md5(source_uri.encode("utf-8")).hexdigest()[:15], 16)


def check_folder(root: Path) -> Path:
    """The folder itself, or a SourceError saying why it cannot be a source."""
    if not root.exists():
        raise SourceError(f"source folder {root} does not exist")
    if not root.is_dir():
        raise SourceError(f"source {root} is not a folder")
    return root


LISTING_SCHEMA = {
    "source_uri": pl.String,
    "source_file": pl.String,
    "article_key": pl.Int64,
    "byte_size": pl.Int64,
    "mtime_ns": pl.Int64,
    "problem": pl.String,
}


# What a source folder's article files are called (matched without regard to case: ARTICLE.TXT is one too).
ARTICLE_EXTENSIONS = (".txt",)


def display_name(name: str) -> str:
    """A file name as text a person and a UTF-8 column can hold: bytes that are not UTF-8 (names copied from old
    Windows shares) are shown as \\xNN escapes; the uri keeps the real bytes."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def path_of(source_uri: str) -> str:
    """The file system path of a `file://` uri, byte for byte (the name need not be UTF-8)."""
    return os.fsdecode(unquote_to_bytes(urlparse(source_uri).path))


def _not_an_article(name: str) -> str | None:
    """Why a file is not taken as an article, or None if it is one."""
    if name.lower().endswith(ARTICLE_EXTENSIONS):
        return None
    extension = os.path.splitext(name)[1]
    return f"not an article file: {display_name(extension) if extension else 'no extension'}"


SKIPPED_SCHEMA = {"source_file": pl.String, "reason": pl.String}


def list_folder(root: Path, max_bytes: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every article file below `root`, sorted by path, with its size and modification time (nothing is read); and
    every other file, with the reason it is not taken (nothing below the folder goes unmentioned).

    A file that cannot be taken (a link leading outside the folder, over the size limit, gone) still gets a row,
    with `problem` saying why, so that it is quarantined rather than lost.
    """
    root = check_folder(Path(root))
    resolved_root = root.resolve()
    # Plain strings, not Path objects: this loop runs once per file of the corpus on every run.
    top = os.fspath(root)
    root_uri = root.absolute().as_uri().rstrip("/")
    rows, skipped = [], []

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
            reason = _not_an_article(name)
            if reason is not None:
                skipped.append((display_name(source_file), reason))
                continue
            # The uri Path.as_uri() gives, built from the root's: quoting works byte by byte.
            uri = f"{root_uri}/{quote_from_bytes(os.fsencode(source_file))}"
            rows.append(_list_one(os.path.join(folder, name), display_name(source_file), uri, resolved_root,
                                  max_bytes))
    return (pl.DataFrame(rows, schema=LISTING_SCHEMA, orient="row").sort("source_file"),
            pl.DataFrame(skipped, schema=SKIPPED_SCHEMA, orient="row").sort("source_file"))


def list_files(files: list[tuple[str, str]], max_bytes: int) -> pl.DataFrame:
    """Given (source_uri, source_file) pairs (as the manifest records them), list those files again.

    The folder they were read from is the uri's path less the source_file, so the same refusals apply.
    """
    rows = []
    for uri, source_file in files:
        path = path_of(uri)
        depth = source_file.count("/") + 1
        root = Path(path).parents[depth - 1] if depth <= len(Path(path).parents) else Path("/")
        rows.append(_list_one(path, source_file, uri, root.resolve(), max_bytes))
    return pl.DataFrame(rows, schema=LISTING_SCHEMA, orient="row")


def _size(byte_count: int) -> str:
    for unit, scale in (("MB", 2**20), ("kB", 2**10)):
        if byte_count >= scale:
            return f"{byte_count / scale:.1f} {unit}"
    return f"{byte_count} bytes"


def _list_one(path: str, source_file: str, uri: str, resolved_root: Path, max_bytes: int) -> tuple:
    size = mtime_ns = problem = None
    try:
        stat = os.lstat(path)
        if S_ISLNK(stat.st_mode):
            target = Path(path).resolve()
            if not target.is_relative_to(resolved_root):
                return (uri, source_file, article_key(uri), None, None,
                        f"refused: symbolic link points outside the source folder ({target})")
            stat = target.stat()
        if not S_ISREG(stat.st_mode):
            problem = "refused: not a regular file"
        else:
            size, mtime_ns = stat.st_size, stat.st_mtime_ns
            if size > max_bytes:
                problem = f"too large: {_size(size)}, over the limit of {_size(max_bytes)}: not an article"
    except FileNotFoundError:
        problem = "unreadable: the file is gone"
    except OSError as error:
        problem = f"unreadable: {error.strerror or error}"
    return (uri, source_file, article_key(uri), size, mtime_ns, problem)


def _check_folder_still_readable(path: str, source_file: str) -> None:
    """A file that cannot be read is quarantined, unless the whole source folder went away or became unreadable
    since it was listed (a mount dropped, a folder moved): that stops the run, rather than quarantining it all."""
    root = Path(path).parents[source_file.count("/")]
    try:
        os.listdir(root)
    except OSError as error:
        raise SourceError(f"the source folder {root} became unreadable during the run: "
                          f"{error.strerror or error}") from None


def read_documents(listing: pl.DataFrame) -> pl.DataFrame:
    """The listed files' bytes and content hashes. A file refused when listed keeps its problem and no bytes (its
    hash is the problem's, so that the same refusal is not taken for a change); one that cannot be read now gets
    a problem too."""
    fetched_at = datetime.now(ZoneInfo(TIMEZONE))
    raws, hashes, problems = [], [], []
    for uri, source_file, problem in listing.select("source_uri", "source_file", "problem").iter_rows():
        raw = b""
        if problem is None:
            try:
                with open(path_of(uri), "rb") as file:
                    raw = file.read()
            except OSError as error:
                _check_folder_still_readable(path_of(uri), source_file)
                problem = f"unreadable: {error.strerror or error}"
        raws.append(raw)
        problems.append(problem)
        hashes.append(hashlib.sha256(raw if problem is None else problem.encode()).hexdigest())
    return listing.with_columns(
        raw=pl.Series(raws, dtype=pl.Binary),
        content_hash=pl.Series(hashes, dtype=pl.String),
        problem=pl.Series(problems, dtype=pl.String),
        fetched_at=pl.lit(fetched_at, dtype=pl.Datetime("us", TIMEZONE)),
    ).with_columns(byte_size=pl.when(pl.col("problem").is_null()).then(pl.col("raw").bin.size()).otherwise(0))
