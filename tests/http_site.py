"""A real HTTP server on 127.0.0.1 for the tests of fetching (tests/fetch/test_fetch.py, and the seeds served behind a feed
in tests/sources/test_sources.py): what it serves, its 500s, redirects, slow pages and ETags are a `Site` the test changes
between fetches, and every request is recorded."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Thu, 03 Dec 2026 00:30:00 GMT"


def rss(*paths: str, base: str) -> bytes:
    items = "".join(f"<item><title>Bài {index}</title><link>{base}{path}</link>"
                    f"<pubDate>Thu, 03 Dec 2026 0{index % 10}:00:00 +0700</pubDate></item>"
                    for index, path in enumerate(paths))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo Thử</title>'
            f'<link>{base}/</link><description>Tin mới</description>{items}</channel></rss>').encode("utf-8")


def news_sitemap(*paths: str, base: str) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc><news:news><news:publication><news:name>Báo Thử</news:name>"
                   f"<news:language>vi</news:language></news:publication>"
                   f"<news:publication_date>2026-12-02T08:00:00+07:00</news:publication_date>"
                   f"<news:title>Tin</news:title></news:news></url>" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>").encode("utf-8")


def sitemap_index(*paths: str, base: str) -> bytes:
    entries = "".join(f"<sitemap><loc>{base}{path}</loc></sitemap>" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + entries + "</sitemapindex>").encode("utf-8")


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when it arrived


@dataclass
class Site:
    """What the server serves; tests change it between fetches."""

    base: str = ""
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path -> (body, content type)
    failures: dict[str, int] = field(default_factory=dict)  # path -> how many 500s it still answers
    redirects: dict[str, str] = field(default_factory=dict)  # path -> location
    slow: set[str] = field(default_factory=set)  # paths that answer only after the client gave up
    gzipped: set[str] = field(default_factory=set)  # paths sent gzip-compressed to a client that accepts it
    requests: list[Request] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def asked(self, path: str) -> list[Request]:
        return [request for request in self.requests if request.path == path]


# How long a slow page keeps its client waiting: far longer than any timeout of the fetcher, so that a test that
# finishes well before it shows the client gave up, however loaded the machine.
SLOW_PAGE_SECONDS = 60


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        site: Site = self.server.site
        path = self.path
        site.requests.append(Request(path, dict(self.headers), time.monotonic()))
        if path in site.slow:
            site.stop.wait(SLOW_PAGE_SECONDS)  # far past the client's timeout; the test's end releases it
            return self.answer(200, b"too late", "text/html")
        if site.failures.get(path):
            site.failures[path] -= 1
            return self.answer(500, b"loi may chu", "text/plain")
        if path in site.redirects:
            return self.answer(302, b"", "text/plain", [("Location", site.redirects[path])])
        if path not in site.files:
            return self.answer(404, b"khong tim thay", "text/plain")
        body, content_type = site.files[path]
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self.answer(304, b"", None, [("ETag", etag)])
        extra = [("ETag", etag), ("Last-Modified", LAST_MODIFIED)]
        if path in site.gzipped and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body)
            extra.append(("Content-Encoding", "gzip"))
        self.answer(200, body, content_type, extra)

    def answer(self, status: int, body: bytes, content_type: str | None, extra=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in extra:
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            try:
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (the slow page)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that gave up is expected here


@contextmanager
def serving() -> Iterator[Site]:
    """A server on a free port of 127.0.0.1, serving an empty Site until the test fills it; stopped at the end (a
    slow page still waiting is released)."""
    server = Server(("127.0.0.1", 0), Handler)
    server.site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.site.stop.set()
        server.shutdown()
        server.server_close()
