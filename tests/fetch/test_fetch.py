"""Fetching feeds and sitemaps (flows/fetch/) against a real HTTP server on 127.0.0.1 that each test starts: what is
stored, conditional GET, retries, timeouts, robots.txt, redirect loops, rate limits and the one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from flows.fetch import FetchError, fetch, pages_folder, read_sources_file, report_lines, targets
from flows.fetch.limiter import HostLimiter
from flows.reading import query
from flows.settings import FetchSettings
from tests.http_site import SLOW_PAGE_SECONDS, Handler, Server, Site, news_sitemap, rss, serving, sitemap_index
from tests.processes import newswh_here

# Every test talks to a server it started; none may hang.
pytestmark = pytest.mark.timeout(60)

# Short waits: the behaviour is the same as with the defaults, the suite just does not sit through them. The timeout
# stays far above what a loopback answer takes on a loaded machine (milliseconds), and far below the slow page's 5 s.
FAST = FetchSettings(delay_seconds=0.01, timeout_seconds=1.0, retries=1, backoff_seconds=0.05, parallel_hosts=2)


def article(title: str, when: str, *paragraphs: str) -> bytes:
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f'<body><article><h1>{title}</h1>\n<p class="date">{when}</p>\n{body}\n</article></body></html>\n'
            ).encode("utf-8")


ARTICLES = {
    "/tin/bai-1.html": article(
        "Huyện Tân Sơn tổng kết công tác xây dựng Đảng năm 2026", "Thứ Năm, 03/12/2026 | 07:15",
        "Sáng 2/12, Huyện ủy Tân Sơn tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2026.",
        "Trong năm, toàn huyện kết nạp 87/80 đảng viên mới (đạt 108,7%).", "Minh Hà"),
    "/tin/bai-2.html": article(
        "Xã Thu Cúc ra mắt mô hình thôn thông minh", "Thứ Năm, 03/12/2026 | 06:40",
        "Chiều 1/12, UBND xã Thu Cúc ra mắt mô hình thôn thông minh đầu tiên của huyện.",
        "Tổng kinh phí thực hiện là 1.250 triệu đồng.", "Tin, ảnh: Quang Vinh"),
    "/tin/bai-4.html": article(
        "Kỳ họp thứ Mười một HĐND tỉnh khóa XIX khai mạc", "Thứ Tư, 02/12/2026 | 08:00",
        "Sáng nay (2/12), HĐND tỉnh khóa XIX khai mạc Kỳ họp thứ Mười một.",
        "Kỳ họp xem xét 24 báo cáo và 18 dự thảo nghị quyết.", "Lan Anh"),
    "/tin/bai-5.html": article(
        "Thu ngân sách trên địa bàn vượt dự toán", "Thứ Ba, 01/12/2026 | 16:20",
        "Đến hết tháng 11, thu ngân sách trên địa bàn tỉnh đạt 4.812,3 tỷ đồng, vượt 6,9% dự toán.",
        "Thanh Sơn"),
    # Sent gzip-compressed to a client that accepts it: stored as sent, read back decoded.
    "/tin/nen.html": article(
        "Lễ hội Đền Hùng được chuẩn bị chu đáo", "Thứ Hai, 30/11/2026 | 09:05",
        "Ban tổ chức đã hoàn thành 95% khối lượng công việc chuẩn bị.", "Hồng Nhung"),
    # Disallowed by robots.txt: never requested.
    "/rieng/bai-3.html": article("Trang nội bộ", "Thứ Năm, 03/12/2026", "Không dành cho máy thu thập."),
}


@pytest.fixture
def site():
    with serving() as site:
        base = site.base
        site.files.update({path: (body, "text/html; charset=utf-8") for path, body in ARTICLES.items()})
        site.files["/robots.txt"] = (b"User-agent: *\nDisallow: /rieng/\n", "text/plain")
        site.gzipped.add("/tin/nen.html")
        site.files["/feed.xml"] = (
            rss("/tin/bai-1.html", "/tin/bai-2.html", "/rieng/bai-3.html", "/tin/nen.html", base=base),
            "application/rss+xml")
        site.files["/sitemap-index.xml"] = (sitemap_index("/sitemap-tin.xml", base=base), "application/xml")
        site.files["/sitemap-tin.xml"] = (
            news_sitemap("/tin/bai-1.html", "/tin/bai-4.html", "/tin/bai-5.html", base=base), "application/xml")
        yield site


def page_area_records(store: Path):
    """Every record of the store's pages area, in the order written."""
    for path in sorted(pages_folder(store).glob("*.warc.gz")):
        with open(path, "rb") as file:
            yield from ArchiveIterator(file)


def stored_records(store: Path) -> dict[str, object]:
    """Target URI -> (WARC-Date, HTTP status line, headers, decoded body) of every page response record."""
    return {record.rec_headers.get_header("WARC-Target-URI"): (
        record.rec_headers.get_header("WARC-Date"), record.http_headers.statusline, record.http_headers,
        record.content_stream().read()) for record in page_area_records(store) if record.rec_type == "response"}


def given_up_records(store: Path) -> dict[str, str]:
    """Target URI -> the text of each metadata record in the pages area (what the store gave up on)."""
    return {record.rec_headers.get_header("WARC-Target-URI"): record.content_stream().read().decode("utf-8").strip()
            for record in page_area_records(store) if record.rec_type == "metadata"}


def feed_and_sitemap(site: Site):
    return targets([f"{site.base}/feed.xml"], [f"{site.base}/sitemap-index.xml"])


def test_first_fetch_stores_every_page_in_warc(site, tmp_path):
    store = tmp_path / "news.fetched"
    report = fetch(feed_and_sitemap(site), store, FAST)
    expected = {"/tin/bai-1.html", "/tin/bai-2.html", "/tin/bai-4.html", "/tin/bai-5.html", "/tin/nen.html"}
    assert report.stored == sorted(site.base + path for path in expected)
    assert not report.problems and not report.failed_targets
    records = stored_records(store)
    assert set(records) == {site.base + path for path in expected}
    for path in expected:
        date, status, headers, body = records[site.base + path]
        assert status == "200 OK" and date.startswith("20") and date.endswith("Z")
        assert headers.get_header("ETag") and headers.get_header("Content-Type").startswith("text/html")
        assert body == ARTICLES[path]  # the gzip-compressed one too: stored as sent, read back decoded
    # The compressed page is stored compressed, with its Content-Encoding.
    assert records[site.base + "/tin/nen.html"][2].get_header("Content-Encoding") == "gzip"
    # The feed, the sitemaps and robots.txt are stored apart, for the 304s of the next fetch.
    with open(next((store / "feeds").glob("*.warc.gz")), "rb") as file:
        uris = {record.rec_headers.get_header("WARC-Target-URI") for record in ArchiveIterator(file)
                if record.rec_type == "response"}
    assert uris == {site.base + path for path in ("/feed.xml", "/sitemap-index.xml", "/sitemap-tin.xml",
                                                   "/robots.txt")}
    assert not list((store / ".partial").iterdir())
    assert [(t.kind, t.answer, t.links, t.new) for t in report.targets] == [
        ("feed", "200", 4, 3), ("sitemap", "200", 3, 2)]  # bai-1 is in both; the disallowed one is not new
    # A clear User-Agent naming the project, on every request.
    assert {request.headers["User-Agent"].split("/")[0] for request in site.requests} == {"newswh"}


def test_second_fetch_gets_304s_and_fetches_no_page(site, tmp_path):
    store = tmp_path / "news.fetched"
    fetch(feed_and_sitemap(site), store, FAST)
    files_before = sorted(pages_folder(store).iterdir())
    site.requests.clear()
    report = fetch(feed_and_sitemap(site), store, FAST)
    assert sorted((r.path, r.headers.get("If-None-Match") is not None) for r in site.requests) == [
        ("/feed.xml", True), ("/sitemap-index.xml", True), ("/sitemap-tin.xml", True)]  # robots.txt: still fresh
    assert report.stored == [] and report.requests == 3
    assert [t.new for t in report.targets] == [0, 0]
    assert [t.answer for t in report.targets] == ["304 not modified", "304 not modified"]
    assert sorted(pages_folder(store).iterdir()) == files_before  # no new WARC file: the run sees no change
    # A new article in the feed: the feed is fetched again, and that article is the only page fetched.
    site.files["/tin/bai-6.html"] = (article("Tin mới", "Thứ Năm, 03/12/2026", "Nội dung mới."), "text/html")
    site.files["/feed.xml"] = (rss("/tin/bai-6.html", "/tin/bai-1.html", base=site.base), "application/rss+xml")
    site.requests.clear()
    report = fetch(feed_and_sitemap(site), store, FAST)
    assert report.stored == [site.base + "/tin/bai-6.html"]
    assert sorted(r.path for r in site.requests) == ["/feed.xml", "/sitemap-index.xml", "/sitemap-tin.xml",
                                                     "/tin/bai-6.html"]
    assert len(list(pages_folder(store).glob("*.warc.gz"))) == 2


def test_a_500_is_retried_then_served(site, tmp_path):
    site.files["/feed.xml"] = (rss("/tin/bai-1.html", base=site.base), "application/rss+xml")
    site.failures["/tin/bai-1.html"] = 1
    limiter = HostLimiter(FAST.delay_seconds)
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST, limiter)
    assert report.stored == [site.base + "/tin/bai-1.html"] and not report.problems
    assert len(site.asked("/tin/bai-1.html")) == 2
    # The retry waited for its backoff after the 500 (the limiter's own record of the host's requests).
    slots = limiter.slots["127.0.0.1"]
    assert slots[-1][0] - slots[-2][1] >= FAST.backoff_seconds


def test_a_500_that_lasts_is_listed_and_tried_again_on_the_next_fetch(site, tmp_path):
    site.files["/feed.xml"] = (rss("/tin/bai-1.html", base=site.base), "application/rss+xml")
    site.failures["/tin/bai-1.html"] = 2
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert report.problems == [f"{site.base}/tin/bai-1.html: HTTP 500 Internal Server Error (2 tries)"]
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert report.stored == [site.base + "/tin/bai-1.html"]


def test_a_404_is_listed_with_its_reason_and_not_asked_again(site, tmp_path):
    site.files["/feed.xml"] = (rss("/tin/khong-co.html", "/tin/bai-2.html", base=site.base), "application/rss+xml")
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert report.problems == [f"{site.base}/tin/khong-co.html: HTTP 404 Not Found"]
    assert f"failed: {site.base}/tin/khong-co.html: HTTP 404 Not Found" in report_lines(report)
    assert report.stored == [site.base + "/tin/bai-2.html"]
    state = json.loads((tmp_path / "store" / "state.json").read_text(encoding="utf-8"))["urls"]
    assert state[f"{site.base}/tin/khong-co.html"]["problem"] == "HTTP 404 Not Found"
    assert state[f"{site.base}/tin/khong-co.html"]["permanent"] is True
    # The pages area names it too, so that the run on the store quarantines it with the reason.
    assert given_up_records(tmp_path / "store") == {
        f"{site.base}/tin/khong-co.html": "newswh-fetch-failure: HTTP 404 Not Found"}
    site.files["/feed.xml"] = (rss("/tin/khong-co.html", "/tin/bai-5.html", base=site.base), "application/rss+xml")
    site.requests.clear()
    fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert not site.asked("/tin/khong-co.html")
    # --retry-failed asks again.
    fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FetchSettings(**{**FAST.__dict__, "retry_failed": True}))
    assert len(site.asked("/tin/khong-co.html")) == 1


def test_a_slow_page_times_out_and_is_listed(site, tmp_path):
    site.slow.add("/tin/cham.html")
    site.files["/feed.xml"] = (rss("/tin/cham.html", "/tin/bai-1.html", base=site.base), "application/rss+xml")
    started = time.monotonic()
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert report.problems == [f"{site.base}/tin/cham.html: timed out after 1 s (2 tries)"]
    assert report.stored == [site.base + "/tin/bai-1.html"]
    assert time.monotonic() - started < SLOW_PAGE_SECONDS / 2  # it did not wait for the server's answer


def test_a_path_robots_txt_disallows_is_skipped_and_listed(site, tmp_path):
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert report.refused == [f"{site.base}/rieng/bai-3.html"]
    assert f"skipped (disallowed by robots.txt): {site.base}/rieng/bai-3.html" in report_lines(report)
    assert not site.asked("/rieng/bai-3.html")


def test_a_redirect_loop_is_listed_naming_its_urls(site, tmp_path):
    site.redirects.update({"/tin/vong-a.html": "/tin/vong-b.html", "/tin/vong-b.html": "/tin/vong-a.html"})
    site.files["/feed.xml"] = (rss("/tin/vong-a.html", base=site.base), "application/rss+xml")
    report = fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    a, b = f"{site.base}/tin/vong-a.html", f"{site.base}/tin/vong-b.html"
    assert report.problems == [f"{a}: redirect loop {a} -> {b} -> {a}"]


def test_a_feed_that_is_not_xml_is_one_line_naming_it(site, tmp_path):
    site.files["/khong-phai.rss"] = (ARTICLES["/tin/bai-1.html"], "text/html; charset=utf-8")
    url = f"{site.base}/khong-phai.rss"
    report = fetch(targets([url, f"{site.base}/feed.xml"]), tmp_path / "store", FAST)
    assert report.failed_targets == [f"feed {url} is not an RSS or Atom feed (served as text/html; not XML: "
                                     "mismatched tag at line 3)"]
    assert len(report.stored) == 3  # the other feed's pages are fetched all the same


def test_a_sitemap_that_is_not_a_sitemap_is_one_line_naming_it(site, tmp_path):
    url = f"{site.base}/tin/bai-1.html"
    report = fetch(targets(sitemaps=[url]), tmp_path / "store", FAST)
    assert len(report.failed_targets) == 1 and report.failed_targets[0].startswith(f"sitemap {url} is not a sitemap")


def test_the_rate_limit_spaces_the_requests_to_a_host(site, tmp_path):
    settings = FetchSettings(**{**FAST.__dict__, "delay_seconds": 0.15})
    limiter = HostLimiter(settings.delay_seconds)
    fetch(feed_and_sitemap(site), tmp_path / "store", settings, limiter)
    slots = limiter.slots["127.0.0.1"]
    assert len(slots) == len(site.requests) == 9  # robots.txt, feed, index, sitemap, 5 pages
    # One request at a time, each starting at least the delay after the previous one ended: the limiter's record,
    # and what the server saw (each arrival follows the previous request's end, so the bound holds without slack).
    assert all(start >= end + 0.15 for (_s, end), (start, _e) in zip(slots, slots[1:]))
    arrivals = [request.at for request in site.requests]
    assert all(later - earlier >= 0.15 for earlier, later in zip(arrivals, arrivals[1:]))


def test_the_limiter_keeps_each_host_apart_and_honours_crawl_delay_and_backoff():
    clock = [100.0]
    limiter = HostLimiter(1.0, clock=lambda: clock[0], sleep=lambda seconds: clock.__setitem__(0, clock[0] + seconds))
    with limiter.slot("a.vn"):
        clock[0] += 0.5  # the request takes half a second
    with limiter.slot("b.vn"):  # another host does not wait
        pass
    with limiter.slot("a.vn"):
        pass
    limiter.defer("a.vn", 10.0)  # a backoff
    with limiter.slot("a.vn"):
        pass
    limiter.slow_down("a.vn", 3.0)  # robots.txt: Crawl-delay: 3, from the next request on
    with limiter.slot("a.vn"):
        pass
    with limiter.slot("a.vn"):
        pass
    assert limiter.slots["a.vn"] == [(100.0, 100.5), (101.5, 101.5), (111.5, 111.5), (112.5, 112.5), (115.5, 115.5)]
    assert limiter.slots["b.vn"] == [(100.5, 100.5)]


def test_robots_txt_crawl_delay_slows_the_host(site, tmp_path):
    site.files["/robots.txt"] = (b"User-agent: newswh\nCrawl-delay: 0.2\nDisallow: /rieng/\n", "text/plain")
    site.files["/feed.xml"] = (rss("/tin/bai-1.html", base=site.base), "application/rss+xml")
    limiter = HostLimiter(FAST.delay_seconds)
    fetch(targets([f"{site.base}/feed.xml"]), tmp_path / "store", FAST, limiter)
    assert limiter.interval("127.0.0.1") == 0.2


def test_an_unreachable_site_is_one_line(tmp_path):
    with Server(("127.0.0.1", 0), Handler) as probe:
        port = probe.server_address[1]  # closed again: nothing listens there
    report = fetch(targets([f"http://127.0.0.1:{port}/feed.xml"]), tmp_path / "store", FAST)
    assert len(report.failed_targets) == 1
    assert report.failed_targets[0].startswith(f"feed http://127.0.0.1:{port}/feed.xml: not fetched: ")
    assert "\n" not in report.failed_targets[0]


def test_sources_file(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("feeds:\n  - https://baothu.vn/rss/tin-moi.rss\nsitemaps:\n  - https://baothu.vn/sitemap.xml\n")
    assert read_sources_file(path) == targets(["https://baothu.vn/rss/tin-moi.rss"], ["https://baothu.vn/sitemap.xml"])
    for text, error in [("feeds: https://a.vn/rss", "feeds must be a list of URLs"),
                        ("feed:\n  - https://a.vn/rss", "unknown key feed"),
                        ("feeds:\n  - ftp://a.vn/rss", "not an http(s) URL: 'ftp://a.vn/rss'"),
                        ("feeds: [", "is not YAML")]:
        path.write_text(text)
        with pytest.raises(FetchError, match=error.replace("(", r"\(").replace(")", r"\)")):
            read_sources_file(path)


def test_the_command_fetches_and_a_bad_feed_is_one_line(site, tmp_path):
    command = ["fetch", "--store", tmp_path / "store", "--delay", "0.01"]
    ok = newswh_here(*command, "--feed", f"{site.base}/feed.xml")
    assert ok.returncode == 0, ok.stderr
    assert f"feed {site.base}/feed.xml: 200, 4 links, 3 new" in ok.stdout
    assert "stored 3 pages in " in ok.stdout and "skipped (disallowed by robots.txt)" in ok.stdout
    site.files["/khong-phai.rss"] = ("<html><body>Trang chủ</body></html>".encode(), "text/html")
    bad = newswh_here(*command, "--feed", f"{site.base}/khong-phai.rss")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        f"error: feed {site.base}/khong-phai.rss is not an RSS or Atom feed (served as text/html; no RSS or Atom root "
        "element)"]


def test_run_takes_feeds_or_a_source_folder_not_both(tmp_path):
    result = newswh_here("run", "--feed", "http://127.0.0.1:9/feed.xml", "--source", tmp_path,
                         "--warehouse", tmp_path / "news.duckdb")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: --source and --feed/--sitemap/--sources exclude each other: a run on feeds reads what they fetched"]


@pytest.mark.timeout(180)
def test_the_flow_fetches_a_sources_file_first_and_reads_the_store(site, tmp_path, run_flow):
    """What the scheduled deployment does with its sources_file parameter: fetch, then read the fetch store."""
    site.files["/feed.xml"] = (rss("/tin/bai-1.html", "/tin/bai-2.html", "/rieng/bai-3.html", "/tin/nen.html",
                                   "/tin/khong-co.html", base=site.base), "application/rss+xml")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"feeds:\n  - {site.base}/feed.xml\nsitemaps:\n  - {site.base}/sitemap-index.xml\n")
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(tmp_path / "unused", warehouse, sources_file=str(sources))
    store = tmp_path / "news.fetched"
    assert summary.source == str(pages_folder(store))
    assert len(stored_records(store)) == 5
    # The page that answered 404 is no silent gap: it is quarantined under its URL, with the reason.
    assert (summary.documents_loaded, summary.documents_quarantined) == (5, 1)
    assert query(warehouse, "SELECT source_uri, reason FROM quarantine").rows() == [
        (f"{site.base}/tin/khong-co.html", "record 2: not fetched: HTTP 404 Not Found")]
    site.requests.clear()
    summary = run_flow(tmp_path / "unused", warehouse, sources_file=str(sources))
    assert sorted(r.path for r in site.requests) == ["/feed.xml", "/sitemap-index.xml", "/sitemap-tin.xml"]
    assert summary.documents_unchanged == 6


@pytest.mark.timeout(180)
def test_run_with_a_feed_fetches_then_runs_on_the_store(site, tmp_path, newswh_env):
    """The run's flow on the session's Prefect server (`newswh_env`), not a temporary one of its own."""
    warehouse = tmp_path / "news.duckdb"
    result = newswh_here("run", "--feed", f"{site.base}/feed.xml", "--warehouse", warehouse, env=newswh_env)
    assert result.returncode == 0, result.stderr
    assert f"feed {site.base}/feed.xml: 200, 4 links, 3 new" in result.stdout
    assert f"on {pages_folder(tmp_path / 'news.fetched')}" in result.stdout


def test_one_fetch_at_a_time_per_store(site, tmp_path):
    import fcntl

    store = tmp_path / "store"
    store.mkdir()
    waited = []
    with open(store / ".lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        settings = FetchSettings(**{**FAST.__dict__, "store_wait_seconds": 0.2})
        with pytest.raises(FetchError, match=f"another fetch is using the store {store} and did not finish within"):
            fetch(targets([f"{site.base}/feed.xml"]), store, settings, on_wait=lambda: waited.append(True))
    assert waited == [True] and not site.requests


def test_ctrl_c_keeps_what_was_fetched_and_says_so_in_one_line(site, tmp_path):
    import signal

    site.slow.add("/tin/cham.html")
    # Newest first: bai-1 (the later date) is fetched, then the slow page, during which the fetch is stopped.
    site.files["/feed.xml"] = (rss("/tin/cham.html", "/tin/bai-1.html", base=site.base), "application/rss+xml")
    store = tmp_path / "store"
    fetching = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "fetch", "--feed", f"{site.base}/feed.xml", "--store", str(store),
         "--delay", "0.01", "--timeout", "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        deadline = time.monotonic() + 30
        while not site.asked("/tin/cham.html") and time.monotonic() < deadline and fetching.poll() is None:
            time.sleep(0.05)
        assert site.asked("/tin/cham.html")
        fetching.send_signal(signal.SIGINT)
        _out, err = fetching.communicate(timeout=30)
    finally:
        fetching.kill()
    assert fetching.returncode == 130
    assert err.strip().splitlines() == [f"fetch interrupted: the pages fetched until then are kept in {store}"]
    assert set(stored_records(store)) == {f"{site.base}/tin/bai-1.html"}
    assert len(site.asked("/tin/cham.html")) == 1  # not tried again once stopped
    assert not list((store / ".partial").iterdir())
    # The page cut short is not counted as a failure: the next fetch asks for it as for any new page.
    state = json.loads((store / "state.json").read_text(encoding="utf-8"))["urls"]
    assert "attempts" not in state.get(f"{site.base}/tin/cham.html", {})


def test_a_lost_state_is_rebuilt_from_the_warc_files(site, tmp_path):
    store = tmp_path / "store"
    site.files["/feed.xml"] = (rss("/tin/bai-1.html", "/tin/bai-2.html", "/tin/khong-co.html", base=site.base),
                               "application/rss+xml")
    fetch(feed_and_sitemap(site), store, FAST)
    kept = json.loads((store / "state.json").read_text(encoding="utf-8"))["urls"]
    (store / "state.json").unlink()
    site.requests.clear()
    report = fetch(feed_and_sitemap(site), store, FAST)
    # Nothing stored is fetched again (the feed and sitemaps are asked with their validators): no URL twice; nor is
    # the page given up on (its metadata record tells).
    assert report.stored == [] and [t.answer for t in report.targets] == ["304 not modified", "304 not modified"]
    assert sorted(r.path for r in site.requests) == ["/feed.xml", "/sitemap-index.xml", "/sitemap-tin.xml"]
    rebuilt = json.loads((store / "state.json").read_text(encoding="utf-8"))["urls"]
    assert {url: (entry["warc"], entry["offset"], entry.get("etag")) for url, entry in rebuilt.items()
            if "warc" in entry} == {
        url: (entry["warc"], entry["offset"], entry.get("etag")) for url, entry in kept.items() if "warc" in entry}
    given_up = f"{site.base}/tin/khong-co.html"
    assert (rebuilt[given_up]["problem"], rebuilt[given_up]["permanent"]) == ("HTTP 404 Not Found", True)


def test_serve_checks_its_sources_file_before_it_starts(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text("feeds:\n  - not a url\n")
    result = newswh_here("serve", "--sources", sources)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"error: sources file {sources}: not an http(s) URL: 'not a url'"]
