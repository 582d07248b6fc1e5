"""One polite GET: robots.txt asked first, the host's rate limit kept, redirects followed by hand (each hop asked
of robots.txt, a loop named), 5xx/429/timeouts/dropped connections tried again with backoff, validators sent."""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from flows.fetch.limiter import HostLimiter
from flows.settings import FetchSettings, now


@dataclass(frozen=True)
class Response:
    """What a GET gave: a 200 with its body (`raw` as sent, `body` with the content encoding undone), or a 304
    (whose body the fetch session fills in from the store)."""

    url: str  # where it came from, after redirects
    status: int
    reason: str
    headers: list[tuple[str, str]]
    raw: bytes
    body: bytes
    fetched_at: datetime

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)


@dataclass(frozen=True)
class Problem:
    """Why a URL gave nothing. `permanent`: asking again will not help (a 404, a redirect loop, robots.txt)."""

    url: str
    reason: str
    permanent: bool
    robots: bool = False
    status: int | None = None  # the HTTP status, when the server answered

    def line(self) -> str:
        return f"{self.url}: {self.reason}"


# Statuses worth another try: the server is busy or broken for now.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Encodings this client can undo (zlib): what it asks for, so that every stored body can be read back.
ACCEPT_ENCODING = "gzip, deflate"


def normal_url(url: str) -> str:
    """A link as this client requests it and the store names it: percent-encoded, without its #fragment (the same
    article linked as `/tin-tức/a` and `/tin-t%E1%BB%A9c/a#binh-luan` is one page)."""
    return str(httpx.URL(url).copy_with(fragment=None))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """GETs for one fetch session. `robots_text(url)` gives the robots.txt at `url`: its bytes, None when the site
    has none (everything allowed), or a Problem when it cannot be read (everything refused); the session answers
    it from the store while a stored copy is fresh, else with `get(url, check_robots=False)`."""

    def __init__(self, settings: FetchSettings, robots_text: Callable[[str], bytes | Problem | None],
                 limiter: HostLimiter | None = None, stopping: threading.Event | None = None):
        self.settings = settings
        self.limiter = limiter or HostLimiter(settings.delay_seconds)
        self.stopping = stopping or threading.Event()
        self._robots_text = robots_text
        self._robots: dict[str, Protego | Problem | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.requests = 0
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(settings.timeout_seconds), follow_redirects=False, trust_env=False)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def get(self, url: str, validators: dict[str, str] | None = None, max_bytes: int | None = None,
            check_robots: bool = True) -> Response | Problem:
        """GET `url` as a polite client does; a 304 when `validators` (etag, last_modified) still hold."""
        max_bytes = max_bytes or self.settings.max_page_bytes
        chain = [url]
        for _hop in range(self.settings.max_redirects + 1):
            current = chain[-1]
            refused = self.refused_by_robots(current) if check_robots else None
            if refused is not None:
                return refused
            # Validators belong to the URL they were given for, not to where it redirects.
            result = self._with_retries(current, validators if current == url else None, max_bytes)
            if isinstance(result, Problem):
                where = "" if current == url else f" at {current}"
                return Problem(url, result.reason + where, result.permanent, status=result.status)
            location = result.header("location")
            if 300 <= result.status < 400 and result.status != 304 and location:
                target = urljoin(current, location.strip())
                if urlsplit(target).scheme not in ("http", "https"):
                    return Problem(url, f"redirected to {target}, which is not an http(s) URL", permanent=True)
                chain.append(target)
                if target in chain[:-1]:
                    return Problem(url, f"redirect loop {' -> '.join(chain)}", permanent=True)
                continue
            if result.status >= 300 and result.status != 304:
                where = "" if current == url else f" at {current}"
                return Problem(url, f"HTTP {result.status} {result.reason}".rstrip() + where,
                               permanent=result.status not in RETRY_STATUSES, status=result.status)
            return result
        return Problem(url, f"more than {self.settings.max_redirects} redirects ({' -> '.join(chain)})",
                       permanent=True)

    def refused_by_robots(self, url: str) -> Problem | None:
        """A Problem if the site's robots.txt does not let this client fetch `url`, or could not be read (RFC 9309
        asks to take an unreachable robots.txt as a refusal of everything, until it can be read)."""
        rules = self._rules(origin_of(url))
        if isinstance(rules, Problem):
            return Problem(url, f"not fetched: {rules.line()}", permanent=False, robots=True)
        if rules is not None and not rules.can_fetch(url, self.settings.robots_token):
            return Problem(url, "disallowed by robots.txt", permanent=True, robots=True)
        return None

    def _rules(self, origin: str) -> Protego | Problem | None:
        """The origin's robots.txt rules (None: everything allowed), read once a session."""
        with self._guard:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._read_rules(origin)
            return self._robots[origin]

    def _read_rules(self, origin: str) -> Protego | Problem | None:
        text = self._robots_text(f"{origin}/robots.txt")
        if text is None or isinstance(text, Problem):
            return text
        rules = Protego.parse(text.decode("utf-8", errors="replace"))
        token = self.settings.robots_token
        delay, rate = rules.crawl_delay(token), rules.request_rate(token)
        asked = max(delay or 0.0, rate.seconds / rate.requests if rate and rate.requests else 0.0)
        if asked:
            self.limiter.slow_down(host_of(origin), min(asked, self.settings.max_crawl_delay_seconds))
        return rules

    def _with_retries(self, url: str, validators: dict[str, str] | None, max_bytes: int) -> Response | Problem:
        headers = {}
        if validators and validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators and validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        host = host_of(url)
        settings = self.settings
        for attempt in range(settings.retries + 1):
            if self.stopping.is_set():
                return Problem(url, "not fetched: the fetch was stopped", permanent=False)
            with self.limiter.slot(host):
                result, retry_after = self._once(url, headers, max_bytes)
            retryable = (isinstance(result, Problem) and not result.permanent) or (
                isinstance(result, Response) and result.status in RETRY_STATUSES)
            if not retryable or attempt == settings.retries:
                if isinstance(result, Response) and result.status in RETRY_STATUSES:
                    return Problem(url, f"HTTP {result.status} {result.reason} ({attempt + 1} tries)",
                                   permanent=False, status=result.status)
                if isinstance(result, Problem) and retryable:
                    return Problem(url, f"{result.reason} ({attempt + 1} tries)", permanent=False)
                return result
            backoff = settings.backoff_seconds * 2 ** attempt
            self.limiter.defer(host, min(max(backoff, retry_after or 0.0), settings.max_backoff_seconds))
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[Response | Problem, float | None]:
        """One request; the body read as sent, up to `max_bytes`, within four times the timeout in all (a server
        that trickles bytes never trips the per-read timeout)."""
        timeout = self.settings.timeout_seconds
        deadline = time.monotonic() + 4 * timeout
        with self._guard:
            self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                fetched_at = now()
                raw = bytearray()
                if response.status_code == 200:
                    for chunk in response.iter_raw():
                        raw += chunk
                        if len(raw) > max_bytes:
                            return Problem(url, f"larger than {_megabytes(max_bytes)}", permanent=True), None
                        if time.monotonic() > deadline:
                            return Problem(url, f"the response took over {4 * timeout:g} s", permanent=False), None
                headers_sent = [(key.decode("latin-1"), value.decode("latin-1"))
                                for key, value in response.headers.raw]
                retry_after = _retry_after(response.headers.get("retry-after"))
                reason = response.reason_phrase or ""
                status = response.status_code
        except httpx.TimeoutException:
            return Problem(url, f"timed out after {timeout:g} s", permanent=False), None
        except httpx.TransportError as error:
            return Problem(url, f"connection failed ({type(error).__name__}: {error})", permanent=False), None
        except httpx.InvalidURL as error:
            return Problem(url, f"not a URL this client can fetch ({error})", permanent=True), None
        body = bytes(raw)
        encoding = next((value for key, value in headers_sent if key.lower() == "content-encoding"), "")
        if status == 200:
            try:
                body = _decoded(body, encoding, max_bytes)
            except (zlib.error, ValueError) as error:
                return Problem(url, f"its body cannot be decoded ({encoding}: {error})", permanent=True), None
        return Response(url, status, reason, headers_sent, bytes(raw), body, fetched_at), retry_after


def _decoded(raw: bytes, encoding: str, max_bytes: int) -> bytes:
    """The body with its content encoding undone, and never more than `max_bytes` of it (a compressed bomb)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ValueError(f"unsupported content encoding {encoding!r}")
    # gzip: a gzip header; deflate: a zlib stream, or (from some servers) a raw one.
    attempts = (47,) if "gzip" in encoding else (15, -15)
    for wbits in attempts:
        try:
            decompressor = zlib.decompressobj(wbits)
            body = decompressor.decompress(raw, max_bytes + 1)
        except zlib.error:
            if wbits == attempts[-1]:
                raise
            continue
        if len(body) > max_bytes:
            raise ValueError(f"larger than {_megabytes(max_bytes)} once decompressed")
        return body
    raise AssertionError("unreachable")


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (a number, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max((parsedate_to_datetime(value) - now()).total_seconds(), 0.0)
    except (TypeError, ValueError):
        return None


def _megabytes(byte_count: int) -> str:
    return f"{byte_count / 2**20:.1f} MB"
