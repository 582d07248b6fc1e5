"""The article links a feed (feedparser) or a sitemap (ultimate-sitemap-parser: sitemap indexes, news sitemaps,
gzipped and plain-text sitemaps) lists, with the date each says its article was published."""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from xml.sax import SAXParseException

import feedparser
from usp.fetch_parse import SitemapFetcher
from usp.objects.sitemap import AbstractSitemap, InvalidSitemap
from usp.web_client.abstract_client import (AbstractWebClient, AbstractWebClientSuccessResponse,
                                            WebClientErrorResponse)

from flows.fetch.http import Problem, Response, normal_url

# usp logs every fetch and every failure itself; its failures come back as InvalidSitemap, which the fetch report
# lists in one line, so its own log would only say it twice (with tracebacks).
logging.getLogger("usp").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Link:
    url: str
    published: float | None  # seconds since the epoch, when the feed or sitemap gives a date
    via: str  # the feed or sitemap asked for that listed it (a sitemap index, for the pages of its sitemaps)


def feed_links(url: str, response: Response) -> list[Link] | str:
    """The entries' links of an RSS or Atom feed, or why it is not one (one line, naming the feed)."""
    parsed = feedparser.parse(response.body, response_headers={
        "content-location": response.url, "content-type": response.header("content-type") or "application/xml"})
    if not parsed.version:
        return f"feed {url} is not an RSS or Atom feed ({_why_not_a_feed(response, parsed.get('bozo_exception'))})"
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if link.startswith(("http://", "https://")):
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            links.append(Link(normal_url(link), calendar.timegm(when) if when else None, url))
    return links


def _why_not_a_feed(response: Response, error: Exception | None) -> str:
    """What the server sent instead of a feed: its media type when that is not XML, and the XML error, if any."""
    reasons = []
    media_type = (response.header("content-type") or "").split(";")[0].strip().lower()
    if media_type and "xml" not in media_type:
        reasons.append(f"served as {media_type}")
    if isinstance(error, SAXParseException):
        reasons.append(f"not XML: {error.getMessage()} at line {error.getLineNumber()}")
    else:
        reasons.append("no RSS or Atom root element")
    return "; ".join(reasons)


def sitemap_links(url: str, get: Callable[[str], Response | Problem]) -> tuple[list[Link] | str, list[str]]:
    """The pages a sitemap lists, following a sitemap index down to its sitemaps (each got through `get`), or one
    line saying why the sitemap itself cannot be read; and one line for each of its sitemaps that could not be."""
    client = _Client(get)
    try:
        tree = SitemapFetcher(url, recursion_level=0, web_client=client).sitemap()
    except Exception as error:  # usp refuses a URL it will not fetch (not http, too deep) by raising
        return f"sitemap {url} cannot be read: {_first_line(error)}", []
    links, problems = [], []
    for sitemap in _walk(tree):
        if isinstance(sitemap, InvalidSitemap):
            problem = client.problems.get(sitemap.url)
            problems.append(f"sitemap {problem.line()}" if problem else
                            f"sitemap {sitemap.url} is not a sitemap ({_first_line(sitemap.reason)})")
            continue
        for page in sitemap.pages:
            when = page.news_story.publish_date if page.news_story else page.last_modified
            if when is not None and when.tzinfo is None:
                when = when.replace(tzinfo=UTC)  # the sitemap protocol's dates without a zone are UTC
            links.append(Link(normal_url(page.url), when.timestamp() if when else None, url))
    if isinstance(tree, InvalidSitemap):
        return problems[0], []
    return links, problems


def _walk(sitemap: AbstractSitemap):
    yield sitemap
    for child in sitemap.sub_sitemaps:
        yield from _walk(child)


def _first_line(error: object) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


class _Client(AbstractWebClient):
    """usp's web client, made of the fetch session's polite, stored GET; usp's own retries are not used (the GET
    has retried already)."""

    def __init__(self, get: Callable[[str], Response | Problem]):
        self._get = get
        self.problems: dict[str, Problem] = {}

    def set_max_response_data_length(self, max_response_data_length: int | None) -> None:
        pass  # the session's own limit (FetchSettings.max_index_bytes) applies

    def get(self, url: str):
        result = self._get(url)
        if isinstance(result, Problem):
            self.problems[url] = result
            return WebClientErrorResponse(result.reason, retryable=False)
        return _Success(result)


class _Success(AbstractWebClientSuccessResponse):
    def __init__(self, response: Response):
        self._response = response

    def status_code(self) -> int:
        return 200  # a 304 comes with the stored body: to usp, the sitemap as it is

    def status_message(self) -> str:
        return "OK"

    def header(self, case_insensitive_name: str) -> str | None:
        return self._response.header(case_insensitive_name)

    def raw_data(self) -> bytes:
        return self._response.body

    def url(self) -> str:
        return self._response.url
