"""What the kinds whose files hold many documents share: reading listed records back by their place in the file,
and an export's record (a JSON object, a CSV row) as an article by its field names."""

from __future__ import annotations

from itertools import groupby
from typing import Callable

import polars as pl

from flows.sources.article import FIELD_NAMES, Article, as_text, authors_of, compose, first_of, moment
from flows.sources.base import Parsed, SourceOptions, fingerprint, path_of, read_result


class FileProblem(Exception):
    """The file as a whole cannot be listed as records (not UTF-8, not a WARC): the message is the reason."""


# parse(path, records' bytes, options) -> each record parsed
RecordParser = Callable[[str, list[bytes], SourceOptions], list[Parsed]]


def read_records(rows: pl.DataFrame, options: SourceOptions, parse: RecordParser,
                 readable: Callable[[bytes], bytes] = bytes) -> pl.DataFrame:
    """Each listed record's bytes, read at its offset (one open per file), hashed, and parsed by the kind. A
    record listed with a problem keeps it, with its bytes for quarantine. `readable`: the bytes quarantine keeps
    (a compressed WARC record unpacked)."""
    columns = rows.select("file_uri", "record_offset", "record_length", "problem", "fingerprint",
                          "source_file").rows()
    raws: list[bytes] = []
    originals: list[bytes | None] = []
    hashes: list[str] = []
    problems: list[str | None] = []
    fetched: list = []
    for file_uri, group in groupby(columns, key=lambda row: row[0]):
        group = list(group)
        pieces, trouble = _slices(path_of(file_uri), [(offset, length) for _, offset, length, *_ in group])
        found = []
        for (_, offset, _, problem, listed, _), piece in zip(group, pieces):
            if problem is None and trouble is not None:
                problem = trouble
            elif problem is None and offset is not None and fingerprint(piece) != listed:
                problem = "the file changed after it was listed: read again next run"
            found.append(problem)
        wanted = [i for i, problem in enumerate(found) if problem is None]
        parsed = dict(zip(wanted, parse(path_of(file_uri), [pieces[i] for i in wanted], options)))
        for i, (_, offset, _, listed_problem, listed, source_file) in enumerate(group):
            raw, problem, fetched_at = parsed.get(i, Parsed(b"", found[i]))
            if problem is not None and listed_problem is None and offset is not None:
                problem = f"{_position(source_file)}: {problem}"  # the reason names the record, as listing's do
            raws.append(raw)
            originals.append(readable(pieces[i]) if offset is not None and pieces[i] else None)
            hashes.append(listed or fingerprint((problem or "").encode()))
            problems.append(problem)
            fetched.append(fetched_at)
    return read_result(raws, originals, hashes, problems, fetched)


def _position(source_file: str) -> str:
    """A record's position as a reason says it: `export.jsonl#line=12` -> "line 12"."""
    return source_file.rsplit("#", 1)[-1].replace("=", " ")


def _slices(path: str, places: list[tuple[int | None, int | None]]) -> tuple[list[bytes], str | None]:
    """The bytes at each (offset, length) of a file, or why the file cannot be read now."""
    pieces = []
    try:
        with open(path, "rb") as file:
            for offset, length in places:
                if offset is None:
                    pieces.append(b"")
                    continue
                file.seek(offset)
                pieces.append(file.read(length))
    except OSError as error:
        return [b""] * len(places), f"unreadable: {error.strerror or error}"
    return pieces, None


def pick(record: dict, field_name: str, options: SourceOptions) -> object:
    """A record's value of an article field: under the mapped name, else the first usual name it has."""
    for name in options.names_of(field_name, FIELD_NAMES[field_name]):
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def identity(record: dict, options: SourceOptions) -> str | None:
    """A record's identity: its URL, else its id."""
    return as_text(pick(record, "url", options)) or as_text(pick(record, "id", options))


def record_text(record: dict, options: SourceOptions) -> Parsed:
    """An export's record as the text the rules read, or why it has no article: its text field, else a page in an
    html field (read as a saved page is)."""
    text = as_text(pick(record, "text", options))
    if text is None:
        page = as_text(pick(record, "html", options))
        if page is not None:
            from flows.sources.html import page_text

            return Parsed(*page_text(page.encode("utf-8"), as_text(pick(record, "url", options))),
                          fetched_at=_fetched(record, options))
        names = ", ".join(options.names_of("text", FIELD_NAMES["text"]))
        return Parsed(b"", f"no article text: the record has none of the fields {names} (name it with --map "
                           "text=FIELD)")
    article = Article(text=text, title=as_text(pick(record, "title", options)),
                      published=as_text(pick(record, "published", options)),
                      authors=authors_of(pick(record, "author", options)),
                      sitename=as_text(pick(record, "sitename", options)),
                      category=first_of(pick(record, "category", options)))
    return Parsed(compose(article).encode("utf-8"), None, _fetched(record, options))


def _fetched(record: dict, options: SourceOptions):
    value = as_text(pick(record, "fetched", options))
    return moment(value) if value else None
