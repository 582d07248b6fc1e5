"""The folder of `.txt` articles (the seeds' shape): each file is one document, its bytes read as they are."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl

from flows.sources.base import Kind, SourceError, SourceOptions, fingerprint, path_of, read_result


def _check_folder_still_readable(path: str, source_file: str) -> None:
    """A file that cannot be read is quarantined, unless the whole source folder went away or became unreadable
    since it was listed (a mount dropped, a folder moved): that stops the run, rather than quarantining it all."""
    root = Path(path).parents[source_file.count("/")]
    try:
        os.listdir(root)
    except OSError as error:
        raise SourceError(f"the source folder {root} became unreadable during the run: "
                          f"{error.strerror or error}") from None


def read_file(uri: str, source_file: str) -> tuple[bytes, str | None]:
    """A listed file's bytes, or the reason it cannot be read now."""
    try:
        with open(path_of(uri), "rb") as file:
            return file.read(), None
    except OSError as error:
        _check_folder_still_readable(path_of(uri), source_file)
        return b"", f"unreadable: {error.strerror or error}"


def read(rows: pl.DataFrame, options: SourceOptions) -> pl.DataFrame:
    """The files' bytes and content hashes. A file refused when listed keeps its problem and no bytes (its hash is
    the problem's, so that the same refusal is not taken for a change)."""
    raws, hashes, problems = [], [], []
    for uri, source_file, problem in rows.select("file_uri", "source_file", "problem").iter_rows():
        raw = b""
        if problem is None:
            raw, problem = read_file(uri, source_file)
        raws.append(raw)
        problems.append(problem)
        hashes.append(fingerprint(raw if problem is None else problem.encode()))
    return read_result(raws, [None] * len(raws), hashes, problems)


KIND = Kind("txt", (".txt",), read)
