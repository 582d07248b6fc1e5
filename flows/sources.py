"""Sources: a folder of `.txt` articles, listed (path, size, mtime) and then read in chunks, with content hashes.

Listing and reading a file are the only per-document Python here; everything after works on frames.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path
from stat import S_ISLNK, S_ISREG
from urllib.parse import quote_from_bytes, unquote, urlparse
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


def list_folder(root: Path, max_bytes: int) -> pl.DataFrame:
    """Every `.txt` file below `root`, sorted by path, with its size and modification time (nothing is read).

    A file that cannot be taken (a link leading outside the folder, over the size limit, gone) still gets a row,
    with `problem` saying why, so that it is quarantined rather than lost.
    """
    root = check_folder(Path(root))
    resolved_root = root.resolve()
    # Plain strings, not Path objects: this loop runs once per file of the corpus on every run.
    top = os.fspath(root)
    root_uri = root.absolute().as_uri().rstrip("/")
    rows = []
    for folder, _dirs, names in os.walk(top):
        prefix = os.path.relpath(folder, top)
        prefix = "" if prefix == "." else prefix.replace(os.sep, "/") + "/"
        for name in names:
            if name.endswith(".txt"):
                source_file = prefix + name
                # The uri Path.as_uri() gives, built from the root's: quoting works character by character.
                uri = f"{root_uri}/{quote_from_bytes(os.fsencode(source_file))}"
                rows.append(_list_one(os.path.join(folder, name), source_file, uri, resolved_root, max_bytes))
    return pl.DataFrame(rows, schema=LISTING_SCHEMA, orient="row").sort("source_file")


def list_files(files: list[tuple[str, str]], max_bytes: int) -> pl.DataFrame:
    """Given (source_uri, source_file) pairs (as the manifest records them), list those files again.

    The folder they were read from is the uri's path less the source_file, so the same refusals apply.
    """
    rows = []
    for uri, source_file in files:
        path = Path(unquote(urlparse(uri).path))
        root = Path(str(path)[: -len(source_file)] or "/") if str(path).endswith(source_file) else path.parent
        rows.append(_list_one(os.fspath(path), path.relative_to(root).as_posix(), path.absolute().as_uri(),
                              root.resolve(), max_bytes))
    return pl.DataFrame(rows, schema=LISTING_SCHEMA, orient="row")


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
                problem = f"too large: {size} bytes, the limit is {max_bytes}"
    except FileNotFoundError:
        problem = "unreadable: the file is gone"
    except OSError as error:
        problem = f"unreadable: {error.strerror or error}"
    return (uri, source_file, article_key(uri), size, mtime_ns, problem)


def read_documents(listing: pl.DataFrame) -> pl.DataFrame:
    """The listed files' bytes and content hashes. A file refused when listed keeps its problem and no bytes (its
    hash is the problem's, so that the same refusal is not taken for a change); one that cannot be read now gets
    a problem too."""
    fetched_at = datetime.now(ZoneInfo(TIMEZONE))
    raws, hashes, problems = [], [], []
    for uri, problem in listing.select("source_uri", "problem").iter_rows():
        raw = b""
        if problem is None:
            try:
                raw = Path(unquote(urlparse(uri).path)).read_bytes()
            except OSError as error:
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
