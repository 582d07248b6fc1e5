"""Crawler exports as CSV (`.csv`, `.tsv`): a header row names the fields, each row after it is a document. The
delimiter is found in the content (comma, semicolon, tab or bar); fields are read by name (flows/sources/article.py).
A row with fewer or more values than the header has columns is quarantined, not guessed."""

from __future__ import annotations

import csv
import io
from functools import partial

from flows.sources.base import Kind, Parsed, Record, SourceOptions
from flows.sources.records import FileProblem, identity, read_records, record_text

_DELIMITERS = ",;\t|"
# Where the header row is looked for when records are read back: far more than any header's names take.
HEADER_BYTES = 1 << 20
# A field may hold a whole article: more than the csv module's default limit of 128 kB.
csv.field_size_limit(64 * 2**20)


def _dialect(header_line: str) -> type[csv.Dialect] | csv.Dialect:
    """The dialect of the export, found in its header line (the delimiter the field names are separated by)."""
    try:
        return csv.Sniffer().sniff(header_line, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


def _rows(data: bytes):
    """(values, byte offset, byte length, problem) of each row, the header first. The csv module reads the lines
    this hands it, and a row's bytes are the lines it took (a quoted value may span lines)."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    consumed, not_utf8 = [bom], [None]

    def feed():
        for line in data[bom:].splitlines(keepends=True):
            consumed[0] += len(line)
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError as error:
                not_utf8[0] = f"not UTF-8 text (byte 0x{line[error.start]:02x}): save the export as UTF-8"
                yield line.decode("utf-8", errors="replace")

    reader = csv.reader(feed(), _dialect(data[bom:].split(b"\n", 1)[0].decode("utf-8", errors="replace")))
    start = bom
    while True:
        try:
            values, problem = next(reader), None
        except StopIteration:
            return
        except csv.Error as error:
            values, problem = None, f"not CSV: {error}"
        problem, not_utf8[0] = problem or not_utf8[0], None
        end = consumed[0]
        while end > start and data[end - 1:end] in (b"\n", b"\r"):
            end -= 1  # the row's bytes without its line end: appending after a last row leaves it as it was
        yield values, start, end - start, problem
        start = consumed[0]


def _header(values: list[str] | None) -> list[str]:
    if not values or not any(value.strip() for value in values):
        raise FileProblem("no header row: the first row must name the fields")
    return [value.strip() for value in values]


def _check(values: list[str], header: list[str]) -> str | None:
    if len(values) == len(header):
        return None
    if len(values) < len(header):
        missing = ", ".join(header[len(values):])
        return f"{len(values)} values for {len(header)} columns: no value for {missing}"
    return f"{len(values)} values for {len(header)} columns: more values than the header names"


def list_records(path: str, options: SourceOptions) -> list[Record | None]:
    """The rows after the header, each with its identity and where its bytes are; a blank row keeps its number."""
    with open(path, "rb") as file:
        data = file.read()
    rows = _rows(data)
    first = next(rows, None)
    if first is None:
        return []
    header = _header(first[0])
    records: list[Record | None] = []
    for values, offset, length, problem in rows:
        if problem is None and not any(value.strip() for value in values):
            records.append(None)
            continue
        problem = problem or _check(values, header)
        # A row short of columns still has its URL where that column comes first: a retry finds it once mended.
        records.append(Record(identity(dict(zip(header, values or [])), options), offset, length, problem))
    return records


def parse(path: str, pieces: list[bytes], options: SourceOptions) -> list[Parsed]:
    with open(path, "rb") as file:
        head = file.read(HEADER_BYTES)
    try:
        header = _header(next(_rows(head))[0])
    except (FileProblem, StopIteration):
        return [Parsed(b"", "the header row changed after the file was listed: read again next run")] * len(pieces)
    dialect = _dialect(head.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", errors="replace"))
    results = []
    for piece in pieces:
        try:
            values = next(csv.reader(io.StringIO(piece.decode("utf-8", errors="replace")), dialect))
        except (csv.Error, StopIteration) as error:
            results.append(Parsed(b"", f"not CSV: {error or 'an empty row'}"))
            continue
        problem = _check(values, header)
        results.append(record_text(dict(zip(header, values)), options) if problem is None else Parsed(b"", problem))
    return results


KIND = Kind("csv", (".csv", ".tsv"), partial(read_records, parse=parse), list_records, "row")
