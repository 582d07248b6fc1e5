"""The news-etl flow end to end on temporary warehouses: idempotence, refresh, changes, quarantine, checks."""

import shutil

import polars as pl

from flows.settings import dq_site_of, gx_project_of
from flows.warehouse import query
from tests.conftest import SEEDS, copy_warehouse, table_counts, write_articles

GOOD = (
    "Hội nghị tổng kết công tác năm 2021\n\n20/01/2022 - 19:35\n\n"
    "Chiều 20/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2021.\n\n"
    "Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị. "
    "Kinh tế tăng trưởng khá, an sinh xã hội được bảo đảm.\n\nMinh Anh\n"
)


def test_rerun_changes_nothing_and_reports_every_document_unchanged(seeds_build, run_flow, tmp_path):
    # The first run is the session's seeds warehouse; the rerun writes, so it runs on a copy.
    first, warehouse = seeds_build.summary, copy_warehouse(seeds_build, tmp_path / "news.duckdb")
    assert (first.documents_seen, first.documents_loaded, first.documents_unchanged) == (5, 5, 0)
    counts = table_counts(warehouse)
    keys = query(warehouse, "SELECT article_key, author_key, role FROM bridge_article_author ORDER BY ALL")

    second = run_flow(SEEDS, warehouse)
    assert (second.documents_seen, second.documents_loaded, second.documents_unchanged) == (5, 0, 5)
    after = table_counts(warehouse)
    # Only the run's own record is added: with nothing new to read there is nothing to check (and Great
    # Expectations is not even loaded).
    assert after.pop("etl_run") == counts.pop("etl_run") + 1
    assert after == counts
    assert second.checks_passed + second.checks_failed == 0
    assert query(warehouse, "SELECT article_key, author_key, role FROM bridge_article_author ORDER BY ALL").equals(keys)


def test_full_refresh_rebuilds_with_the_same_keys(seeds_build, run_flow, tmp_path):
    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")  # a first run over the seeds
    keys = query(warehouse, "SELECT article_key, outlet_key, province_key, title FROM fact_article ORDER BY ALL")
    refreshed = run_flow(SEEDS, warehouse, full_refresh=True)
    assert (refreshed.documents_loaded, refreshed.documents_unchanged) == (5, 0)
    assert query(warehouse, "SELECT article_key, outlet_key, province_key, title FROM fact_article ORDER BY ALL").equals(keys)


def test_a_changed_document_replaces_its_facts_and_keeps_its_key(run_flow, tmp_path):
    source = tmp_path / "articles"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "news.duckdb"
    run_flow(source, warehouse)
    target = source / "001_2f3999f3b0e71609.txt"
    before = query(warehouse, "SELECT article_key FROM fact_article WHERE source_file = '001_2f3999f3b0e71609.txt'")
    target.write_text(target.read_text(encoding="utf-8").replace("Hội nghị Ban Chấp hành", "Hội nghị BCH", 1),
                      encoding="utf-8")

    summary = run_flow(source, warehouse)
    assert (summary.documents_loaded, summary.documents_unchanged) == (1, 4)
    after = query(warehouse, "SELECT article_key, title FROM fact_article WHERE source_file = '001_2f3999f3b0e71609.txt'")
    assert after["article_key"].to_list() == before["article_key"].to_list()
    assert after["title"][0] == "Hội nghị BCH Đảng bộ Khối các cơ quan tỉnh"
    assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == 5
    changed = query(warehouse, "SELECT last_changed_run FROM etl_document WHERE source_uri LIKE '%001_2f39%'")
    assert changed["last_changed_run"][0] == summary.run_id


def test_every_check_result_is_stored_and_the_data_docs_are_built(seeds_build):
    summary, warehouse = seeds_build.summary, seeds_build.path  # a first run over the seeds (read only)
    results = query(warehouse, "SELECT * FROM dq_result WHERE run_id = $run_id", params={"run_id": summary.run_id})
    assert results.height == summary.checks_passed + summary.checks_failed > 0
    assert set(results["severity"]) <= {"error", "warning"}
    assert results.filter(pl.col("expectation") == "expect_column_values_to_be_unique")["success"].all()
    index = (dq_site_of(warehouse) / "index.html").read_text(encoding="utf-8")
    assert "articles" in index


def test_a_backfill_processes_only_the_window_and_leaves_the_rest_for_later(run_flow, tmp_path):
    from datetime import date

    warehouse = tmp_path / "news.duckdb"
    backfill = run_flow(SEEDS, warehouse, since=date(2022, 1, 1), until=date(2022, 1, 31))
    assert (backfill.documents_seen, backfill.documents_loaded) == (3, 3)
    assert "3 of 5 documents published in the window" in backfill.backfill
    published = query(warehouse, "SELECT CAST(published_at AS DATE) AS d FROM fact_article ORDER BY 1")["d"]
    assert [str(d) for d in published] == ["2022-01-10", "2022-01-14", "2022-01-20"]
    run = query(warehouse, "SELECT window_from, window_to FROM etl_run").row(0)
    assert [str(d) for d in run] == ["2022-01-01", "2022-01-31"]

    regular = run_flow(SEEDS, warehouse)  # the two outside the window were never recorded: they are new now
    assert (regular.documents_loaded, regular.documents_unchanged) == (2, 3)

    again = run_flow(SEEDS, warehouse, since=date(2022, 1, 12))  # re-processed although unchanged
    assert (again.documents_seen, again.documents_loaded) == (2, 2)  # 14 and 20 January
    assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == 5


def test_an_unchanged_file_is_not_read_again_unless_its_size_or_mtime_changed(run_flow, tmp_path):
    import os

    source = tmp_path / "articles"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "news.duckdb"
    run_flow(source, warehouse)
    target = source / "004_0dc449bf4ae97b1a.txt"
    stat = target.stat()

    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched, same content
    touched = run_flow(source, warehouse)
    assert (touched.documents_loaded, touched.documents_unchanged) == (0, 5)
    recorded = query(warehouse, "SELECT mtime_ns FROM etl_document WHERE source_file = '004_0dc449bf4ae97b1a.txt'")
    assert recorded["mtime_ns"][0] == stat.st_mtime_ns + 10**9

    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("Duy Tiến", "Duy Tiền"), encoding="utf-8")  # same size, new mtime
    assert target.stat().st_size == stat.st_size
    edited = run_flow(source, warehouse)
    assert (edited.documents_loaded, edited.documents_unchanged) == (1, 4)

    # Size and mtime both as recorded: the file is taken as unchanged without being read (as rsync does) ...
    recorded_mtime = target.stat().st_mtime_ns
    target.write_text(text.replace("Duy Tiến", "Duy Tiễn"), encoding="utf-8")
    os.utime(target, ns=(stat.st_atime_ns, recorded_mtime))
    assert run_flow(source, warehouse).documents_unchanged == 5
    # ... and a full refresh reads everything again.
    run_flow(source, warehouse, full_refresh=True)
    authors = query(warehouse, "SELECT author_name FROM dim_author")["author_name"].to_list()
    assert "Duy Tiễn" in authors


def test_a_warehouse_of_the_previous_release_upgrades_in_place(run_flow, tmp_path):
    """Migration 008 adds fact_article.source_encoding to a warehouse that does not have it: the articles already
    there keep their rows (encoding unknown), the next ones record theirs."""
    import duckdb

    from flows.patterns.legacy_encodings import TCVN3

    source = write_articles(tmp_path / "articles", {"a.txt": GOOD})
    warehouse = tmp_path / "news.duckdb"
    run_flow(source, warehouse)
    with duckdb.connect(str(warehouse)) as con:  # as the previous release left it: migrations 001-007
        con.execute("ALTER TABLE fact_article DROP COLUMN source_encoding")
        con.execute("DELETE FROM schema_migration WHERE version = '008_source_encoding'")

    write_articles(source, {"b.txt": TCVN3.encode(GOOD.replace("năm 2021", "năm 2022"))})
    summary = run_flow(source, warehouse)
    assert (summary.documents_loaded, summary.documents_unchanged) == (1, 1)
    rows = query(warehouse, "SELECT source_file, source_encoding FROM fact_article ORDER BY 1").rows()
    assert rows == [("a.txt", None), ("b.txt", "tcvn3")]
    assert "008_source_encoding" in query(warehouse, "SELECT version FROM schema_migration")["version"].to_list()


def test_a_great_expectations_file_left_empty_by_a_killed_run_is_rebuilt(seeds_build, run_flow, tmp_path):
    from flows import gx_project

    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")  # a first run over the seeds, GX project too
    damaged = sorted((gx_project_of(warehouse) / "gx" / "checkpoints").glob("*.json"))[0]
    damaged.write_bytes(b"")  # what GX's non-atomic write leaves when the process dies between open and write
    gx_project._contexts.clear()  # a new run is a new process
    summary = run_flow(SEEDS, warehouse, full_refresh=True)
    assert summary.documents_loaded == 5 and summary.checks_failed == 0
    assert damaged.stat().st_size > 0
