"""The fetch store: what was fetched, as WARC files, and what is known of each URL (its validators, where its last
body is, why it failed), in one folder that one fetch at a time works on.

    STORE/pages/*.warc.gz   article pages: one response record each (a run reads this folder as its source), and
                            for a page given up on, a metadata record naming why (the run quarantines it)
    STORE/feeds/*.warc.gz   feeds, sitemaps and robots.txt: what a 304 is answered from
    STORE/state.json        per URL: ETag, Last-Modified, the record holding its last body, its last problem
    STORE/.partial/         WARC files being written; moved into place when the fetch ends

A WARC file is written once, by one fetch, and never changed after it is moved into place: a reader never sees half a
file, and a folder that no fetch added to is unchanged.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.fetch.http import Response
from flows.given_up import WARC_FIELDS, failure_payload, fetch_failure
from flows.locks import wait_for_lock

AREAS = ("pages", "feeds")
STATE_VERSION = 1


class StoreError(Exception):
    """The store cannot be used (another fetch holds it, its state cannot be read); the message says why."""


class Store:
    """Open with `with Store(root, user_agent) as store:`; every method is safe to call from several threads."""

    def __init__(self, root: Path, user_agent: str, wait_seconds: float = 0.0,
                 on_wait: Callable[[], None] | None = None):
        self.root = Path(root)
        self.user_agent = user_agent
        self._wait_seconds, self._on_wait = wait_seconds, on_wait
        self._guard = threading.RLock()
        self._writers: dict[str, tuple[WARCWriter, Any, Path, str]] = {}
        self._lock_file = None
        self.urls: dict[str, dict[str, Any]] = {}
        self.written: list[Path] = []

    def __enter__(self) -> Store:
        try:
            for area in (*AREAS, ".partial"):
                (self.root / area).mkdir(parents=True, exist_ok=True)
            self._lock_file = open(self.root / ".lock", "a")
        except OSError as error:
            raise StoreError(f"fetch store {self.root} cannot be written: {error.strerror or error}") from None
        if not wait_for_lock(self._lock_file, self._wait_seconds, self._on_wait):
            self._lock_file.close()
            raise StoreError(f"another fetch is using the store {self.root} and did not finish within "
                             f"{self._wait_seconds:.0f} s; nothing was fetched, try again later")
        # Whatever is in .partial was left by a fetch that was killed (this one holds the lock): its state was never
        # saved either, so those pages are fetched again.
        shutil.rmtree(self.root / ".partial", ignore_errors=True)
        (self.root / ".partial").mkdir()
        self.urls = self._load_state()
        return self

    def __exit__(self, *_exc) -> None:
        try:
            self._finish_files()
            self._save_state()
        finally:
            self._lock_file.close()

    @property
    def state_path(self) -> Path:
        return self.root / "state.json"

    def _load_state(self) -> dict[str, dict[str, Any]]:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return self._state_from_files()
        except (OSError, ValueError) as error:
            raise StoreError(f"the fetch state {self.state_path} cannot be read ({error}); move it away and the "
                             "next fetch rebuilds it from the stored WARC files") from None
        if state.get("version") != STATE_VERSION:
            raise StoreError(f"the fetch state {self.state_path} is of version {state.get('version')}, this "
                             f"release reads version {STATE_VERSION}")
        return state["urls"]

    def _state_from_files(self) -> dict[str, dict[str, Any]]:
        """The state as the stored WARC files tell it (a new store: nothing), so that a store whose state.json was
        lost never fetches a stored page again, nor stores a URL twice. Older files first: the newest record of a
        URL wins."""
        urls: dict[str, dict[str, Any]] = {}
        for area in AREAS:
            for path in sorted((self.root / area).glob("*.warc.gz")):
                try:
                    with open(path, "rb") as file:
                        iterator = ArchiveIterator(file)
                        for record in iterator:
                            failure = fetch_failure(record)
                            if failure is not None:
                                urls[failure[0]] = dict(kind="page", problem=failure[1], permanent=True,
                                                        checked_at=failure[2])
                                continue
                            if record.rec_type != "response" or record.http_headers is None:
                                continue
                            uri = record.rec_headers.get_header("WARC-Target-URI")
                            date = record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00")
                            kind = "page" if area == "pages" else (
                                "robots" if uri.endswith("/robots.txt") else "feed")
                            entry = dict(kind=kind, etag=record.http_headers.get_header("ETag"),
                                         last_modified=record.http_headers.get_header("Last-Modified"),
                                         fetched_at=date, checked_at=date, warc=f"{area}/{path.name}",
                                         offset=iterator.get_record_offset())
                            urls[uri] = {key: value for key, value in entry.items() if value is not None}
                except (OSError, ValueError) as error:
                    raise StoreError(f"the fetch store's {path} cannot be read ({error})") from None
        return urls

    def _save_state(self) -> None:
        with self._guard:
            text = json.dumps({"version": STATE_VERSION, "urls": self.urls}, ensure_ascii=False, indent=1,
                              sort_keys=True)
        temporary = self.state_path.with_suffix(".json.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.state_path)

    def entry(self, url: str) -> dict[str, Any]:
        with self._guard:
            return dict(self.urls.get(url, {}))

    def note(self, url: str, **fields: Any) -> None:
        """Record what is now known of `url` (None removes a field)."""
        with self._guard:
            entry = self.urls.setdefault(url, {})
            entry.update(fields)
            for key in [key for key, value in entry.items() if value is None]:
                del entry[key]

    def keep(self, area: str, kind: str, requested: str, response: Response) -> None:
        """Store a 200 response as a WARC response record, and remember its validators and where it is, under the
        URL asked for and (after a redirect) the URL it came from."""
        with self._guard:
            writer, file, _partial, name = self._writer(area)
            offset = file.tell()
            writer.write_record(_response_record(writer, response))
            fields = dict(kind=kind, etag=response.header("etag"), last_modified=response.header("last-modified"),
                          fetched_at=response.fetched_at.isoformat(), checked_at=response.fetched_at.isoformat(),
                          warc=name, offset=offset, problem=None, permanent=None, attempts=None)
            self.note(requested, **fields, final_url=response.url if response.url != requested else None)
            if response.url != requested:
                self.note(response.url, **fields)

    def give_up(self, url: str, reason: str) -> None:
        """Record in the pages area that `url` was given up on (a 404, a redirect loop, too many failed tries): the
        run that reads the area quarantines it with the reason, so no page a feed listed goes missing unsaid. The
        URL stays unheld: --retry-failed asks again, and a later response (in a later file) wins."""
        with self._guard:
            writer, _file, _partial, _name = self._writer("pages")
            date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=BytesIO(failure_payload(reason)), warc_content_type=WARC_FIELDS,
                warc_headers_dict={"WARC-Date": date}))

    def holds(self, url: str) -> bool:
        """Whether a body of `url` is stored (and its WARC file is still there)."""
        warc = self.entry(url).get("warc")
        if warc is None:
            return False
        with self._guard:
            if any(name == warc for _w, _f, _p, name in self._writers.values()):
                return True
        return (self.root / warc).exists()

    def body(self, url: str) -> bytes | None:
        """The last stored body of `url`, its content encoding undone; None if none is stored (or it went away)."""
        entry = self.entry(url)
        if "warc" not in entry:
            return None
        with self._guard:
            pending = next((partial for _w, file, partial, name in self._writers.values() if name == entry["warc"]),
                           None)
            if pending is not None:
                self._writers_flush()
            path = pending or self.root / entry["warc"]
        try:
            with open(path, "rb") as file:
                file.seek(entry["offset"])
                record = next(iter(ArchiveIterator(file)), None)
                return None if record is None else record.content_stream().read()
        except (OSError, ValueError):
            return None

    def _writer(self, area: str) -> tuple[WARCWriter, Any, Path, str]:
        if area not in self._writers:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            file_name = f"{stamp}-{secrets.token_hex(3)}.warc.gz"
            partial = self.root / ".partial" / f"{area}-{file_name}"
            file = open(partial, "wb")
            writer = WARCWriter(file, gzip=True)
            writer.write_record(writer.create_warcinfo_record(file_name, {
                "software": "newswh (flows/fetch) with warcio",
                "http-header-user-agent": self.user_agent,
                "robots": "obey",
                "description": f"newswh fetch: {'article pages' if area == 'pages' else 'feeds, sitemaps, robots.txt'}",
            }))
            self._writers[area] = (writer, file, partial, f"{area}/{file_name}")
        return self._writers[area]

    def _writers_flush(self) -> None:
        for _writer, file, _partial, _name in self._writers.values():
            file.flush()

    def _finish_files(self) -> None:
        with self._guard:
            for _writer, file, partial, name in self._writers.values():
                file.close()
                os.replace(partial, self.root / name)
                self.written.append(self.root / name)
            self._writers.clear()


def _response_record(writer: WARCWriter, response: Response):
    """A WARC response record: the body as the server sent it (still content-encoded), its status line and headers,
    and the time it came. Transfer-Encoding goes: the body is stored de-chunked."""
    headers = [(key, value) for key, value in response.headers if key.lower() != "transfer-encoding"]
    http_headers = StatusAndHeaders(f"{response.status} {response.reason}".strip(), headers, protocol="HTTP/1.1")
    date = response.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return writer.create_warc_record(response.url, "response", payload=BytesIO(response.raw),
                                     http_headers=http_headers, warc_headers_dict={"WARC-Date": date})
