"""The news-etl flow end to end on temporary warehouses: idempotence, refresh, changes, quarantine, checks."""

import shutil

import polars as pl

from flows.warehouse import query
from tests.conftest import SEEDS, table_counts, write_articles

GOOD = (
    "Hội nghị tổng kết công tác năm 2021\n\n20/01/2022 - 19:35\n\n"
    "Chiều 20/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2021.\n\n"
    "Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị. "
    "Kinh tế tăng trưởng khá, an sinh xã hội được bảo đảm.\n\nMinh Anh\n"
)


def test_rerun_changes_nothing_and_reports_every_document_unchanged(run_flow, tmp_path):
    warehouse = tmp_path / "news.duckdb"
    first = run_flow(SEEDS, warehouse)
    assert (first.documents_seen, first.documents_loaded, first.documents_unchanged) == (5, 5, 0)
    counts = table_counts(warehouse)
    keys = query(warehouse, "SELECT article_key, author_key, role FROM bridge_article_author ORDER BY ALL")

    second = run_flow(SEEDS, warehouse)
    assert (second.documents_seen, second.documents_loaded, second.documents_unchanged) == (5, 0, 5)
    after = table_counts(warehouse)
    assert after.pop("etl_run") == counts.pop("etl_run") + 1
    assert after == counts
    assert query(warehouse, "SELECT article_key, author_key, role FROM bridge_article_author ORDER BY ALL").equals(keys)


def test_full_refresh_rebuilds_with_the_same_keys(run_flow, tmp_path):
    warehouse = tmp_path / "news.duckdb"
    run_flow(SEEDS, warehouse)
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


def test_bad_documents_are_quarantined_with_a_reason_and_nothing_is_lost(run_flow, tmp_path):
    files = {
        "good.txt": GOOD,
        "empty.txt": b"",
        "blank.txt": b"  \n \n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "legacy.txt": "Đảng ủy".encode("cp1258", errors="replace") + b"\xd2\xe0",
        "no_body.txt": "Chỉ có tiêu đề\n",
        "future.txt": GOOD.replace("20/01/2022", "20/01/2099"),
    }
    source = write_articles(tmp_path / "bad", files)
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(source, warehouse)

    assert summary.documents_seen == len(files)
    assert summary.balanced
    assert summary.documents_loaded == 1
    quarantined = query(warehouse, "SELECT source_file, stage, reason, original_bytes FROM quarantine ORDER BY 1")
    reasons = dict(zip(quarantined["source_file"], quarantined["reason"]))
    assert set(reasons) == set(files) - {"good.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert "whitespace" in reasons["blank.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not valid UTF-8" in reasons["legacy.txt"]
    assert "body_paragraphs" in reasons["no_body.txt"]
    assert "published_at" in reasons["future.txt"]
    stored = dict(zip(quarantined["source_file"], quarantined["original_bytes"]))
    assert all(stored[name] == (content if isinstance(content, bytes) else content.encode()) for name, content in files.items()
               if name != "good.txt")
    run = query(warehouse, "SELECT * FROM etl_run").row(0, named=True)
    assert run["documents_seen"] == run["documents_loaded"] + run["documents_quarantined"] + run["documents_unchanged"]
    assert run["documents_quarantined"] == len(files) - 1


def test_every_check_result_is_stored_and_the_data_docs_are_built(run_flow, tmp_path):
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(SEEDS, warehouse)
    results = query(warehouse, f"SELECT * FROM dq_result WHERE run_id = '{summary.run_id}'")
    assert results.height == summary.checks_passed + summary.checks_failed > 0
    assert set(results["severity"]) <= {"error", "warning"}
    assert results.filter(pl.col("expectation") == "expect_column_values_to_be_unique")["success"].all()
    index = (tmp_path / "dq" / "index.html").read_text(encoding="utf-8")
    assert "articles" in index


def test_a_missing_source_folder_fails_with_a_clear_message(run_flow, tmp_path):
    import pytest

    from flows.sources import SourceError

    with pytest.raises(SourceError, match="does not exist"):
        run_flow(tmp_path / "nowhere", tmp_path / "news.duckdb")
