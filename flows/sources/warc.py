"""Web archives (`.warc`, `.warc.gz`, as crawlers and flows/fetch.py store what they fetched): each HTML response
record is a document, its identity the page's URL (WARC-Target-URI), read as a saved page is
(flows/sources/html.py). Requests, metadata, revisits and responses that are no HTML page are no documents."""

from __future__ import annotations

import gzip
import io
import zlib
from functools import partial

from flows.sources.article import moment
from flows.sources.base import Kind, Parsed, Record, SourceOptions
from flows.sources.records import FileProblem, read_records

_GZIP_MAGIC = b"\x1f\x8b"


def _is_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in kind or not kind)


def list_records(path: str, options: SourceOptions) -> list[Record | None]:
    """The file's HTML responses, each with its URL and where its bytes are. A record cut short (a crawl that
    stopped while writing) is listed with that problem; nothing after it can be placed."""
    from warcio.archiveiterator import ArchiveIterator

    records: list[Record | None] = []
    with open(path, "rb") as file:
        size = file.seek(0, io.SEEK_END)
        file.seek(0)
        iterator = ArchiveIterator(file, no_record_parse=False, check_digests=False)
        offset = end = 0
        try:
            for record in iterator:
                offset = iterator.get_record_offset()
                page = _is_page(record)
                uri = record.rec_headers.get_header("WARC-Target-URI")
                declared = int(record.rec_headers.get_header("Content-Length") or 0)
                record.content_stream().read()  # to its end: its length is then known
                length = iterator.get_record_length()
                missing = getattr(record.raw_stream, "limit", 0)  # what an uncompressed record still owed
                if missing:
                    problem = f"truncated WARC record: {missing} of its {declared} bytes are missing"
                    records.append(Record(None, offset, size - offset, problem))
                    return records
                records.append(Record(uri, offset, length, None) if page else None)
                end = offset + length
        # warcio meets hostile bytes with whatever error its parsing raises (an AttributeError on a header that is
        # not one): any of them means the WARC cannot be read beyond this point.
        except Exception as error:  # noqa: BLE001
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            if not records and offset == 0:
                raise FileProblem(f"not a WARC file: {reason}") from None
            records.append(Record(None, offset, size - offset, f"truncated WARC record: {reason}"))
            return records
        # A compressed record cut short ends the iteration quietly: bytes left after the last record tell.
        file.seek(end)
        if file.read(64).strip():
            records.append(Record(None, end, size - end, "truncated WARC record: the file ends inside it"))
    return records


def _unpacked(piece: bytes) -> bytes:
    """A record's bytes as a person can read them in quarantine (a .warc.gz record is a gzip member)."""
    if piece.startswith(_GZIP_MAGIC):
        try:
            return gzip.decompress(piece)
        except (OSError, EOFError, zlib.error):
            return piece
    return piece


def parse(path: str, pieces: list[bytes], options: SourceOptions) -> list[Parsed]:
    from warcio.archiveiterator import ArchiveIterator

    from flows.sources.html import page_text

    results = []
    for piece in pieces:
        try:
            record = next(iter(ArchiveIterator(io.BytesIO(piece))))
            page = record.content_stream().read()
        except Exception as error:  # noqa: BLE001 - as in list_records: warcio's errors on hostile bytes vary
            results.append(Parsed(b"", f"not a WARC record: {str(error).splitlines()[0] if str(error) else 'empty'}"))
            continue
        # The record says when the page was fetched: the article was read then, not when the archive is.
        fetched = moment(record.rec_headers.get_header("WARC-Date") or "")
        results.append(Parsed(*page_text(page, record.rec_headers.get_header("WARC-Target-URI")), fetched))
    return results


KIND = Kind("warc", (".warc", ".warc.gz"), partial(read_records, parse=parse, readable=_unpacked), list_records)
