"""The WARC record saying that the fetch store gave up on a page (a 404, a redirect loop, too many failed tries), and
why: written into the pages area by flows/fetch/store.py, read by flows/sources/warc.py, which quarantines the page
with the reason. A metadata record of WARC fields (application/warc-fields, the WARC standard's key: value lines)
whose target is the page's URL. Kept apart from both so that neither side imports the other's libraries."""

from __future__ import annotations

FETCH_FAILURE_FIELD = "newswh-fetch-failure"
WARC_FIELDS = "application/warc-fields"


def failure_payload(reason: str) -> bytes:
    """The record's content: one field, the reason on one line."""
    return f"{FETCH_FAILURE_FIELD}: {' '.join(reason.split())}\r\n".encode("utf-8")


def fetch_failure(record) -> tuple[str, str, str] | None:
    """(URL, reason, WARC-Date) of a record `Store.give_up` wrote, else None. Reads the record's content: call it
    before anything else reads it."""
    if record.rec_type != "metadata" or record.rec_headers.get_header("Content-Type") != WARC_FIELDS:
        return None
    for line in record.content_stream().read().decode("utf-8", errors="replace").splitlines():
        name, _, value = line.partition(":")
        if name.strip() == FETCH_FAILURE_FIELD:
            return (record.rec_headers.get_header("WARC-Target-URI"), value.strip(),
                    record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00"))
    return None
