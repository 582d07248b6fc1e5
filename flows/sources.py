"""Sources: raw documents from a folder of `.txt` articles, each with its content hash.

Reading a file is the only per-document Python here; everything after works on frames.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlparse
from zoneinfo import ZoneInfo

import polars as pl

from flows.settings import TIMEZONE

DOCUMENT_SCHEMA = {
    "source_uri": pl.String,
    "source_file": pl.String,
    "article_key": pl.Int64,
    "raw": pl.Binary,
    "byte_size": pl.Int64,
    "content_hash": pl.String,
    "fetched_at": pl.Datetime("us", TIMEZONE),
    "problem": pl.String,
    "mtime_ns": pl.Int64,
}
# What the manifest knows of a file: source_uri -> (byte_size, mtime_ns, content_hash).
Known = dict[str, tuple[int, int, str]]


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


def read_folder(root: Path, max_bytes: int, known: Known | None = None) -> pl.DataFrame:
    """Every `.txt` file below `root`, sorted by path, as one row each.

    A file that cannot be taken (a link leading outside the folder, over the size limit, unreadable) still
    gets a row, with `problem` saying why, so that it is quarantined rather than lost. A file `known` with the same
    size and modification time is not read: it keeps its recorded hash (and no bytes).
    """
    root = check_folder(Path(root))
    resolved_root = root.resolve()
    fetched_at = datetime.now(ZoneInfo(TIMEZONE))
    rows = []
    for path in sorted(p for p in root.rglob("*.txt") if p.is_file() or p.is_symlink()):
        rows.append(_read_one(path, root, resolved_root, max_bytes, fetched_at, known or {}))
    return pl.DataFrame(rows, schema=DOCUMENT_SCHEMA, orient="row")


def _read_one(path: Path, root: Path, resolved_root: Path, max_bytes: int, fetched_at: datetime,
              known: Known | None = None) -> tuple:
    source_file = path.relative_to(root).as_posix()
    uri = path.absolute().as_uri()
    raw, problem, mtime_ns = b"", None, None
    target = path.resolve()
    if not path.exists() and not path.is_symlink():
        problem = "unreadable: the file is gone"
    elif not target.is_relative_to(resolved_root):
        problem = f"refused: symbolic link points outside the source folder ({target})"
    elif not target.is_file():
        problem = "refused: not a regular file"
    else:
        stat = target.stat()
        size, mtime_ns = stat.st_size, stat.st_mtime_ns
        recorded = (known or {}).get(uri)
        if recorded is not None and recorded[:2] == (size, mtime_ns):
            return (uri, source_file, article_key(uri), b"", size, recorded[2], fetched_at, None, mtime_ns)
        if size > max_bytes:
            problem = f"too large: {size} bytes, the limit is {max_bytes}"
        else:
            try:
                raw = target.read_bytes()
            except OSError as error:
                problem = f"unreadable: {error.strerror or error}"
    digest = hashlib.sha256(raw).hexdigest() if problem is None else hashlib.sha256(problem.encode()).hexdigest()
    return (uri, source_file, article_key(uri), raw, len(raw), digest, fetched_at, problem, mtime_ns)



def read_files(files: list[tuple[str, str]], max_bytes: int) -> pl.DataFrame:
    """Given (source_uri, source_file) pairs (as the manifest records them), read those files again.

    The folder they were read from is the uri's path less the source_file, so the same refusals apply.
    """
    fetched_at = datetime.now(ZoneInfo(TIMEZONE))
    rows = []
    for uri, source_file in files:
        path = Path(unquote(urlparse(uri).path))
        root = Path(str(path)[: -len(source_file)] or "/") if str(path).endswith(source_file) else path.parent
        rows.append(_read_one(path, root, root.resolve(), max_bytes, fetched_at))
    return pl.DataFrame(rows, schema=DOCUMENT_SCHEMA, orient="row")
