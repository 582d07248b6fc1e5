"""Crawler exports as JSON (`.jsonl`, `.json`): each object is a document. A `.jsonl` (or a `.json` that is not
an array) has one object per line, as Scrapy's feed exports, news-please and trafilatura write them; a `.json`
whose content starts with `[` is an array of objects, and one that holds a single object over many lines is that
object. Fields are read by name (flows/sources/article.py)."""

from __future__ import annotations

import json
import mmap
import os
from functools import partial

from flows.sources.base import Kind, Parsed, Record, SourceOptions
from flows.sources.records import FileProblem, identity, read_records, record_text

_DECODER = json.JSONDecoder()


def _object(data: bytes) -> tuple[dict | None, str | None]:
    """A record's object, or why it is none."""
    try:
        value = json.loads(data)
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
    except json.JSONDecodeError as error:
        return None, f"not JSON: {error.msg} at column {error.colno}"
    if not isinstance(value, dict):
        return None, f"not a JSON object but {type(value).__name__}"
    return value, None


def _record(data: bytes, offset: int, options: SourceOptions) -> Record:
    value, problem = _object(data)
    return Record(identity(value, options) if value is not None else None, offset, len(data), problem)


def list_records(path: str, options: SourceOptions) -> list[Record | None]:
    """The file's objects, each with its identity and where its bytes are (a line, or an element of an array)."""
    if os.path.getsize(path) == 0:
        return []
    with open(path, "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        head = data[:64].removeprefix(b"\xef\xbb\xbf")
        if head.lstrip()[:1] == b"[":
            return _array(bytes(data), options)
        records = _lines(data, options)
        if len(records) > 1 and records[0] is not None and records[0].problem:
            # One object written over many lines (a pretty-printed .json) is one record, not lines of bad JSON.
            whole = _record(bytes(data), 0, options)
            if whole.problem is None:
                return [whole]
        return records


def _lines(data: mmap.mmap, options: SourceOptions) -> list[Record | None]:
    size = len(data)
    records, position = [], 3 if data[:3] == b"\xef\xbb\xbf" else 0
    while position < size:
        end = data.find(b"\n", position)
        end = size if end < 0 else end
        line = data[position:end]
        stripped = line.rstrip(b"\r")
        if stripped.strip():
            records.append(_record(stripped, position, options))
        else:
            records.append(None)  # a blank line keeps its number, so that a reason names the line an editor shows
        position = end + 1
    return records


def _array(data: bytes, options: SourceOptions) -> list[Record]:
    """The elements of a JSON array with their places, read one after the other (a bad element ends the array:
    nothing after it can be placed)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FileProblem(f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})") from None
    records, position = [], text.index("[") + 1
    # Characters to bytes, counted as the reading goes (the text need not be ASCII).
    counted = [0, 0]

    def byte_offset(char_offset: int) -> int:
        counted[1] += len(text[counted[0]:char_offset].encode("utf-8"))
        counted[0] = char_offset
        return counted[1]

    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            return records
        start = byte_offset(position)
        try:
            value, position = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as error:
            records.append(Record(None, start, len(data) - start, f"not JSON: {error.msg} (the array ends)"))
            return records
        length = byte_offset(position) - start
        records.append(_record(data[start:start + length], start, options) if isinstance(value, dict)
                       else Record(None, start, length, f"not a JSON object but {type(value).__name__}"))


def parse(path: str, pieces: list[bytes], options: SourceOptions) -> list[Parsed]:
    results = []
    for piece in pieces:
        value, problem = _object(piece)
        results.append(record_text(value, options) if value is not None else Parsed(b"", problem))
    return results


KIND = Kind("jsonl", (".jsonl", ".json", ".ndjson"), partial(read_records, parse=parse), list_records, "line")
