"""The reviewer's pages (flows/dq_pages.py) after real flow runs: the trends page rendered in headless Chromium with
the network off, the index of runs, one run's review page (and what it says once a later run released its
quarantined documents), the display time zone, and one report per warehouse when two share a folder."""

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from flows.data_docs import NODE_MODULES
from flows.dq_pages import run_page, runs_index, trends_page
from flows.settings import PROJECT_ROOT, dq_site_of, gx_project_of
from flows.warehouse import query
from tests.conftest import SEEDS, copy_warehouse, write_articles
from tests.test_data_docs import CHROMIUM_FLAGS, chromium

# It runs the flow several times and starts a browser.
pytestmark = pytest.mark.timeout(600)


def hostile_folder(folder: Path) -> Path:
    """The seeds and two files that fail error-level checks (quarantined) and a warning."""
    shutil.copytree(SEEDS, folder)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def render(page: Path, profile: Path, screenshot: Path | None = None) -> str:
    """The page's DOM after its scripts ran (and a screenshot of it), in headless Chromium without network."""
    browser = chromium()
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    if screenshot is not None:
        subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}-shot", "--window-size=1280,2200",
                        f"--screenshot={screenshot}", page.as_uri()], capture_output=True, timeout=120)
    return dom


@pytest.fixture(scope="module")
def three_runs(prefect_server, tmp_path_factory):
    """A warehouse after three runs over the seeds and two bad files (each a full refresh: each checks again)."""
    from flows.pipeline import news_etl

    base = tmp_path_factory.mktemp("review")
    source, warehouse = hostile_folder(base / "articles"), base / "news.duckdb"
    summaries = [news_etl(source=str(source), warehouse_path=str(warehouse), full_refresh=True) for _ in range(3)]
    return warehouse, summaries


def started_at(warehouse: Path, run_id: str) -> datetime:
    return query(warehouse, "SELECT started_at FROM etl_run WHERE run_id = $run", params={"run": run_id})[
        "started_at"][0]


def in_zone(moment: datetime, zone: str, offset: str, seconds: bool = False) -> str:
    """How a page shows an instant in a zone (written out here, not with the code under test)."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "")) + offset


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="the chart library is not installed (make setup needs npm)")
def test_the_trends_page_draws_the_three_runs_offline(three_runs, tmp_path):
    warehouse, summaries = three_runs
    page = trends_page(dq_site_of(warehouse))
    html = page.read_text(encoding="utf-8")
    assert not re.findall(r"<script[^>]*\ssrc=\"(?:https?:)?//", html), "the page loads a script from the network"
    screenshot = tmp_path / "trends.png"
    dom = render(page, tmp_path / "profile", screenshot)
    print(f"\ntrends page screenshot: {screenshot}")
    charts = re.findall(r"<svg[^>]*class=\"marks\".*?</svg>", dom, re.S)
    assert len(charts) == 4, "the four charts were not drawn (Vega-Lite did not run)"
    checks_chart, quarantine_chart, completeness_chart = charts[:3]
    for summary in summaries:  # each run on the run axis of the per-run charts by its start, and in the runs table
        label = in_zone(started_at(warehouse, summary.run_id), "Asia/Ho_Chi_Minh", "+07:00", seconds=True)
        for chart in (checks_chart, quarantine_chart, completeness_chart):
            axis_labels = "".join(re.findall(r'<g class="mark-text role-axis-label".*?</g>', chart, re.S))
            assert f">{label}</text>" in axis_labels and summary.run_id[:8] not in axis_labels
        assert f"runs/{summary.run_id}.html" in dom
    assert "run, by its start (Asia/Ho_Chi_Minh)" in checks_chart
    assert ">3 runs</a>" in dom
    # The two bad files were quarantined by every run: the quarantine chart's legend names their reasons.
    assert "binary content" in quarantine_chart and "empty file" in quarantine_chart
    assert screenshot.stat().st_size > 20_000  # drawn charts, not a blank page


def test_the_data_docs_index_and_the_artifact_link_to_the_reviews(three_runs):
    from flows.report import summary_markdown

    warehouse, summaries = three_runs
    last = summaries[-1]
    index = (dq_site_of(warehouse) / "index.html").read_text(encoding="utf-8")
    assert 'href="trends.html"' in index and f'href="runs/{last.run_id}.html"' in index
    assert index.count("For reviewers") == 1
    markdown = summary_markdown(last)
    assert trends_page(dq_site_of(warehouse)).resolve().as_uri() in markdown
    assert run_page(dq_site_of(warehouse), last.run_id).resolve().as_uri() in markdown


def row_of(dom: str, *texts: str) -> str:
    """The table row of a rendered page that holds all these texts."""
    rows = [row for row in re.findall(r"<tr>.*?</tr>", dom, re.S) if all(text in row for text in texts)]
    assert len(rows) == 1, f"{len(rows)} rows hold {texts!r}"
    return rows[0]


def test_the_index_of_runs_names_each_run_by_its_start_source_and_id(three_runs, tmp_path):
    warehouse, summaries = three_runs
    site = dq_site_of(warehouse)
    assert 'href="runs.html"' in (site / "index.html").read_text(encoding="utf-8")  # GX's index links to it
    dom = render(runs_index(site), tmp_path / "profile")
    for summary in summaries:
        row = row_of(dom, f">{summary.run_id}</a>")
        assert in_zone(started_at(warehouse, summary.run_id), "Asia/Ho_Chi_Minh", "+07:00") in row
        assert str(summary.source) in row and f'href="runs/{summary.run_id}.html"' in row
        assert "UTC" not in row
        gx_links = dict((name, link) for link, name in re.findall(r'href="(validations/[^"]+)">([^<]+)</a>', row))
        assert {"articles", "documents", "warehouse"} <= {name.split()[0] for name in gx_links}
        for link in gx_links.values():  # GX's own pages of this run's validations
            assert summary.run_id in link and (site / link).is_file(), link


def in_zone_process(zone: str, *args: str) -> subprocess.CompletedProcess:
    """`python *args` in a process of its own whose display time zone is `zone` (NEWSWH_DISPLAY_TIMEZONE)."""
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT,
                          env={**os.environ, "NEWSWH_DISPLAY_TIMEZONE": zone, "PYTHONWARNINGS": "ignore"})


WRITE_PAGES = ("import sys; from pathlib import Path; from flows.dq_pages import write_review_pages; "
               "write_review_pages(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])")


def test_the_display_time_zone_is_one_setting_read_from_the_environment(three_runs, tmp_path):
    warehouse, summaries = three_runs
    copy = copy_warehouse(warehouse, tmp_path / "copy.duckdb")
    last = summaries[-1].run_id
    started = started_at(copy, last)
    utc, vietnam = in_zone(started, "UTC", "+00:00"), in_zone(started, "Asia/Ho_Chi_Minh", "+07:00")
    written = in_zone_process("UTC", "-c", WRITE_PAGES, str(copy), str(dq_site_of(copy)), last)
    assert written.returncode == 0, written.stderr
    site = dq_site_of(copy)
    for page in (runs_index(site), run_page(site, last)):
        html = page.read_text(encoding="utf-8")
        assert utc in html and vietnam not in html, page
    assert "run, by its start (UTC)" in trends_page(site).read_text(encoding="utf-8")
    shown = in_zone_process("UTC", "-m", "flows.cli", "dq", "--warehouse", str(copy))
    assert shown.returncode == 0 and f"{utc})" in shown.stdout, shown.stdout + shown.stderr
    assert "NEWSWH_DISPLAY_TIMEZONE" in (PROJECT_ROOT / "docs" / "data-quality.md").read_text(encoding="utf-8")
    unknown = in_zone_process("Mars/Olympus_Mons", "-m", "flows.cli", "dq", "--warehouse", str(copy))
    assert unknown.returncode == 0 and f"{vietnam})" in unknown.stdout, unknown.stdout + unknown.stderr
    assert "NEWSWH_DISPLAY_TIMEZONE='Mars/Olympus_Mons' is not an IANA time zone name" in unknown.stderr


@pytest.fixture(scope="module")
def released(newswh_env, tmp_path_factory):
    """A run that quarantined a cut article (a check failed), then `newswh quarantine retry --all` once the file
    was mended: (warehouse, the first run's summary, the retry's run id)."""
    from flows.pipeline import news_etl

    good = (SEEDS / "001_2f3999f3b0e71609.txt").read_text(encoding="utf-8")
    base = tmp_path_factory.mktemp("released")
    source = write_articles(base / "articles", {"good.txt": good, "broken.txt": good[:40]})
    warehouse = base / "news.duckdb"
    first = news_etl(source=str(source), warehouse_path=str(warehouse))
    assert first.documents_quarantined == 1
    (source / "broken.txt").write_text(good.replace("Liên Linh", "Liên Linh (sửa)"), encoding="utf-8")
    retried = subprocess.run([sys.executable, "-m", "flows.cli", "quarantine", "retry", "--all", "--warehouse",
                              str(warehouse)], capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT,
                             env={**newswh_env, "PYTHONWARNINGS": "ignore"})
    assert retried.returncode == 0, retried.stdout + retried.stderr
    later = query(warehouse, "SELECT run_id FROM etl_run WHERE run_id <> $run", params={"run": first.run_id})
    assert later.height == 1
    return warehouse, first, later["run_id"][0]


def test_a_run_page_says_when_a_later_run_released_its_quarantined_document(released, tmp_path):
    warehouse, first, retry_run = released
    site = dq_site_of(warehouse)
    assert run_page(site, retry_run).exists()
    dom = render(run_page(site, first.run_id), tmp_path / "profile")
    row = row_of(dom, "<td>broken.txt</td>", "newswh quarantine show")
    assert "still quarantined" not in row
    assert "released" in row and f'href="{retry_run}.html"' in row
    assert in_zone(started_at(warehouse, retry_run), "Asia/Ho_Chi_Minh", "+07:00") in row


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="the chart library is not installed (make setup needs npm)")
def test_the_quarantine_legend_gives_a_failed_check_by_its_short_reason_in_full(released, tmp_path):
    warehouse, first, _ = released
    reason = query(warehouse, "SELECT reason FROM quarantine WHERE run_id = $run", params={"run": first.run_id})[
        "reason"][0]
    assert reason.startswith("expect_")  # a failed check's reason: the expectation, its column, why it exists
    dom = render(trends_page(dq_site_of(warehouse)), tmp_path / "profile")
    quarantine_chart = re.findall(r"<svg[^>]*class=\"marks\".*?</svg>", dom, re.S)[1]
    legend = "".join(re.findall(r'<g class="mark-text role-legend-label".*?</g>', quarantine_chart, re.S))
    assert ">an article with no body paragraph holds no text to analyse</text>" in legend, legend
    assert "expect_" not in legend and "…" not in legend


def test_a_run_page_tells_errors_from_warnings_with_reasons_files_and_the_quarantine_command(three_runs):
    warehouse, summaries = three_runs
    run_id = summaries[-1].run_id
    html = run_page(dq_site_of(warehouse), run_id).read_text(encoding="utf-8")
    assert '<span class="badge error">✖ error</span>' in html
    assert '<span class="badge warning">⚠ warning</span>' in html
    assert not re.search(r">\s*Failed\s*<", html), "a status reads 'Failed' whatever its severity"
    # Each failed check with the reason its suite gives (meta.why) and the files that failed it.
    assert "Why it exists: binary content is not text" in html
    assert "Why it exists: a news article is rarely under 200 bytes" in html  # a warning, sampled too
    assert "<td>binary.txt</td>" in html and "<td>empty.txt</td>" in html
    quarantined = query(warehouse, "SELECT quarantine_id FROM quarantine WHERE run_id = $run",
                        params={"run": run_id})["quarantine_id"].to_list()
    assert len(quarantined) == 2
    for number in quarantined:
        assert f"newswh quarantine show {number}" in html
    assert "NaT" not in html
    article_keys = query(warehouse, "SELECT article_key FROM fact_article")["article_key"].to_list()
    assert not any(str(key) in html for key in article_keys), "rows are named by file and title, not by key"


def test_two_warehouses_in_one_folder_keep_their_reports_apart(run_flow, tmp_path):
    first, second = tmp_path / "first.duckdb", tmp_path / "second.duckdb"
    one = run_flow(SEEDS, first)
    other = run_flow(hostile_folder(tmp_path / "hostile"), second)
    assert dq_site_of(first) == tmp_path / "first.dq" and dq_site_of(second) == tmp_path / "second.dq"
    assert gx_project_of(first) != gx_project_of(second)
    for warehouse, own, foreign in ((first, one, other), (second, other, one)):
        site = dq_site_of(warehouse)
        everything = "".join(page.read_text(encoding="utf-8") for page in site.rglob("*.html"))
        assert own.run_id in everything and foreign.run_id not in everything
        assert run_page(site, own.run_id).exists() and not run_page(site, foreign.run_id).exists()
    assert not (tmp_path / "dq").exists() and not (tmp_path / "gx").exists()
    assert one.data_docs_index == tmp_path / "first.dq" / "index.html"
    assert '<a href="runs.html">1 run</a>' in trends_page(dq_site_of(first)).read_text(encoding="utf-8")


SHORT_ARTICLE = ("Tỉnh ủy họp bàn kế hoạch năm mới\n\n"
                 "Hôm nay, Ban Thường vụ Tỉnh ủy họp bàn kế hoạch công tác năm 2022 của tỉnh.\n")


def test_a_validation_with_only_warnings_is_not_shown_failed_in_the_data_docs(run_flow, tmp_path):
    source = tmp_path / "articles"
    shutil.copytree(SEEDS, source)
    (source / "short.txt").write_text(SHORT_ARTICLE, encoding="utf-8")  # under 200 bytes, no date: warnings only
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(source, warehouse)
    assert summary.checks_failed and {c["severity"] for c in summary.failed_checks} == {"warning"}
    site = dq_site_of(warehouse)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "fa-times" not in index and index.count("'_validation_success_text': 'Warnings only'") == 2
    for page in (site / "validations").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fa-times" not in html and not re.search(r"</i>\s*Failed", html), page
