"""One fetch: the feeds and sitemaps asked again (conditionally), the article pages they list that the store does
not hold yet fetched, newest first, and everything fetched stored (flows/fetch/store.py)."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from flows.fetch.discover import Link, feed_links, sitemap_links
from flows.fetch.http import Fetcher, Problem, Response, host_of
from flows.fetch.limiter import HostLimiter
from flows.fetch.store import Store, StoreError
from flows.fetch.targets import FetchError, FetchTargets
from flows.settings import FetchSettings, now

# What an article page may be (a missing Content-Type is taken as one too).
PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Target:
    url: str
    kind: str  # "feed" or "sitemap"
    answer: str = ""  # "200", "304 not modified", or empty when it failed
    links: int = 0
    new: int = 0


@dataclass
class FetchReport:
    store: Path
    targets: list[Target] = field(default_factory=list)
    failed_targets: list[str] = field(default_factory=list)  # one line each: a feed or sitemap that gave nothing
    problems: list[str] = field(default_factory=list)  # one line each: a page or sub-sitemap that failed
    refused: list[str] = field(default_factory=list)  # pages robots.txt does not let this client fetch
    stored: list[str] = field(default_factory=list)  # pages fetched and stored by this fetch
    left: int = 0  # new pages over --max-pages, left for the next fetch
    requests: int = 0
    files: list[Path] = field(default_factory=list)  # WARC files this fetch wrote


def pages_folder(store: Path) -> Path:
    """The folder of the store that holds the article pages: what a run reads as its source."""
    return Path(store) / "pages"


def fetch(targets: FetchTargets, store: Path, settings: FetchSettings = FetchSettings(),
          limiter: HostLimiter | None = None, on_wait: Callable[[], None] | None = None) -> FetchReport:
    """Fetch the targets into the store; whatever stops it (Ctrl-C too), what was fetched until then is kept.
    `on_wait` is called if another fetch holds the store (this one waits for it, up to store_wait_seconds)."""
    if not targets:
        raise FetchError("nothing to fetch: no feed or sitemap URL given")
    report = FetchReport(Path(store))
    try:
        with Store(store, settings.user_agent, settings.store_wait_seconds, on_wait) as kept:
            session = _Session(kept, settings, report)
            with Fetcher(settings, session.robots_text, limiter) as http:
                session.http = http
                try:
                    links = session.discover(targets)
                    session.fetch_pages(links)
                finally:
                    http.stopping.set()
                    report.requests = http.requests
        report.files = kept.written
    except StoreError as error:
        raise FetchError(str(error)) from None
    report.stored.sort()
    report.problems.sort()
    report.refused.sort()
    return report


class _Session:
    def __init__(self, store: Store, settings: FetchSettings, report: FetchReport):
        self.store, self.settings, self.report = store, settings, report
        self.http: Fetcher
        self._guard = threading.Lock()

    def robots_text(self, url: str) -> bytes | Problem | None:
        """A site's robots.txt: the stored one while fresh, else asked again (conditionally). None: the site has
        none (a 4xx: everything allowed); a Problem: it cannot be read now (everything refused)."""
        entry = self.store.entry(url)
        checked = entry.get("checked_at")
        if checked and (now() - datetime.fromisoformat(checked)).total_seconds() < self.settings.robots_max_age_seconds:
            if entry.get("absent"):
                return None
            body = self.store.body(url)
            if body is not None:
                return body
        result = self.conditional(url, "robots", check_robots=False)
        if isinstance(result, Problem):
            if result.status is not None and 400 <= result.status < 500:
                self.store.note(url, kind="robots", absent=True, checked_at=now().isoformat(), problem=None)
                return None
            return result
        self.store.note(url, absent=None)
        return result.body

    def conditional(self, url: str, kind: str, check_robots: bool = True) -> Response | Problem:
        """A feed, sitemap or robots.txt: asked with the validators of its stored copy, a 304 given that copy's body
        (and the URL it came from); a 200 stored."""
        entry = self.store.entry(url)
        validators = ({key: entry[key] for key in ("etag", "last_modified") if key in entry}
                      if self.store.holds(url) else None)
        result = self.http.get(url, validators, self.settings.max_index_bytes, check_robots=check_robots)
        if isinstance(result, Response) and result.status == 304:
            body = self.store.body(url)
            if body is not None:
                self.store.note(url, checked_at=result.fetched_at.isoformat(), problem=None)
                return replace(result, url=entry.get("final_url", url), body=body)
            # The stored copy went away: ask for the whole of it.
            result = self.http.get(url, None, self.settings.max_index_bytes, check_robots=check_robots)
        if isinstance(result, Problem):
            self.store.note(url, kind=kind, checked_at=now().isoformat(), problem=result.reason)
            return result
        self.store.keep("feeds", kind, url, result)
        return result

    def discover(self, targets: FetchTargets) -> list[Link]:
        """Every article link the targets list, each once, in the order they list them."""
        jobs = [Target(url, "feed") for url in targets.feeds] + [Target(url, "sitemap") for url in targets.sitemaps]
        found: dict[str, list[Link]] = {}

        def read(target: Target) -> None:
            found[target.url] = self._read_target(target)

        self._by_host(jobs, lambda target: target.url, read)
        self.report.targets = jobs
        links: dict[str, Link] = {}
        for target in jobs:
            for link in found.get(target.url, []):
                links.setdefault(link.url, link)
        return list(links.values())

    def _read_target(self, target: Target) -> list[Link]:
        answers: list[int] = []

        def get(url: str) -> Response | Problem:
            result = self.conditional(url, target.kind)
            if isinstance(result, Response):
                answers.append(result.status)
            return result

        if target.kind == "feed":
            result = get(target.url)
            if isinstance(result, Problem):
                return self._target_failed(f"feed {result.line()}")
            links = feed_links(target.url, result)
            if isinstance(links, str):
                return self._target_failed(links)
        else:
            links, problems = sitemap_links(target.url, get)
            if isinstance(links, str):
                return self._target_failed(links)
            with self._guard:
                self.report.problems.extend(problems)
        target.answer = "304 not modified" if answers and set(answers) == {304} else "200" if answers else ""
        target.links = len(links)
        return links

    def _target_failed(self, line: str) -> list[Link]:
        with self._guard:
            self.report.failed_targets.append(line)
        return []

    def fetch_pages(self, links: list[Link]) -> None:
        """The pages the store does not hold yet (nor gave up on), newest first, up to max_pages."""
        new = [link for link in links if self._wanted(link.url)]
        # Newest first by the date the feed or sitemap gives (undated ones after, in the order listed).
        new.sort(key=lambda link: -(link.published or float("-inf")))
        self.report.left = max(len(new) - self.settings.max_pages, 0)
        self._by_host(new[:self.settings.max_pages], lambda link: link.url, self._fetch_page)
        # What robots.txt refuses is listed apart, not as new (it is refused again, at no cost, on every fetch).
        refused = set(self.report.refused)
        for target in self.report.targets:
            target.new = sum(1 for link in new if link.via == target.url and link.url not in refused)

    def _wanted(self, url: str) -> bool:
        if self.store.holds(url):
            return False
        entry = self.store.entry(url)
        if entry.get("permanent") and not self.settings.retry_failed:
            return False
        return entry.get("attempts", 0) < self.settings.max_attempts or self.settings.retry_failed

    def _fetch_page(self, link: Link) -> None:
        result = self.http.get(link.url)
        if isinstance(result, Response) and result.status == 200:
            kind = (result.header("content-type") or "text/html").split(";")[0].strip().lower()
            if kind in PAGE_TYPES:
                self.store.keep("pages", "page", link.url, result)
                with self._guard:
                    self.report.stored.append(link.url)
                return
            result = Problem(link.url, f"not an HTML page ({kind})", permanent=True)
        elif isinstance(result, Response):  # a 304 to no validators: a broken server
            result = Problem(link.url, f"HTTP {result.status} to a request without validators", permanent=False)
        self._page_failed(result)

    def _page_failed(self, problem: Problem) -> None:
        if self.http.stopping.is_set() and not problem.permanent:
            return  # cut short by a stop: not the page's failure, nor one to count
        attempts = self.store.entry(problem.url).get("attempts", 0) + (0 if problem.permanent else 1)
        reason, permanent = problem.reason, problem.permanent
        if not permanent and attempts >= self.settings.max_attempts:
            reason, permanent = f"{reason}; given up after {attempts} fetches", True
        if problem.robots and permanent:
            # Not remembered as a failure: robots.txt is read again (at no cost while it is fresh) on every fetch,
            # so a page is fetched once the site allows it.
            with self._guard:
                self.report.refused.append(problem.url)
            return
        self.store.note(problem.url, kind="page", checked_at=now().isoformat(), problem=reason,
                        permanent=permanent or None, attempts=attempts or None)
        with self._guard:
            self.report.problems.append(f"{problem.url}: {reason}")

    def _by_host(self, items: list, url_of: Callable, work: Callable) -> None:
        """`work` on each item: the items of one host one after another, up to parallel_hosts hosts at a time."""
        groups: dict[str, list] = defaultdict(list)
        for item in items:
            groups[host_of(url_of(item))].append(item)
        if not groups:
            return

        def run(group: Iterable) -> None:
            for item in group:
                if self.http.stopping.is_set():
                    return
                work(item)

        with ThreadPoolExecutor(max_workers=min(self.settings.parallel_hosts, len(groups))) as pool:
            futures = [pool.submit(run, group) for group in groups.values()]
            try:
                for future in futures:
                    future.result()
            except BaseException:
                self.http.stopping.set()  # the other hosts stop at their next request
                raise


def report_lines(report: FetchReport) -> list[str]:
    """What a fetch did, for the terminal: each target, what was stored where, and every page that failed or was
    refused, one line each (the failed targets are the caller's errors)."""
    lines = [f"{target.kind} {target.url}: {target.answer}, {target.links} links, {target.new} new"
             for target in report.targets if target.answer]
    where = ", ".join(str(path) for path in report.files if path.parent.name == "pages")
    lines.append(f"stored {len(report.stored)} page{'s' if len(report.stored) != 1 else ''}"
                 + (f" in {where}" if report.stored else "") + f" ({report.requests} requests)")
    lines += [f"skipped (disallowed by robots.txt): {url}" for url in report.refused]
    lines += [f"failed: {line}" for line in report.problems]
    if report.left:
        lines.append(f"{report.left} new pages left for the next fetch (over the limit of pages per fetch)")
    return lines
