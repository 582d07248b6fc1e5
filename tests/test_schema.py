"""The schema documents itself: every table, view and column has a comment, docs/schema.md's reference is the one
the comments generate, and a warehouse of the previous release gains the comments in place."""

import shutil

import duckdb
import pytest

from flows import migrations, warehouse
from flows.catalogue import markdown, read_catalogue, release_catalogue, with_reference
from flows.settings import PROJECT_ROOT

COMMENTS_MIGRATION = "020_comments"


@pytest.fixture(scope="module")
def catalogue():
    return release_catalogue()


def test_every_table_and_view_states_its_grain(catalogue):
    undocumented = [name for name, _, comment in catalogue.tables.iter_rows() if "grain: " not in (comment or "")]
    assert not undocumented, f"add COMMENT ON TABLE/VIEW ... IS 'grain: ...' for {undocumented}"
    assert {"fact_article", "quarantine", "schema_migration", "indicators_by_year"} <= set(catalogue.names())


def test_every_column_has_a_comment(catalogue):
    undocumented = [f"{table}.{column}" for table, column, _, comment in catalogue.columns.iter_rows()
                    if not (comment or "").strip()]
    assert not undocumented, f"add COMMENT ON COLUMN for {undocumented}"
    # The columns the old hand-written reference missed.
    documented = {f"{t}.{c}" for t, c, _, _ in catalogue.columns.iter_rows()}
    assert {"fact_article.source_file", "fact_article.fetched_at", "fact_article.text_hash",
            "quarantine.content_hash", "quarantine.quarantined_at"} <= documented


def test_the_docs_reference_is_the_one_the_schema_generates(catalogue):
    readme = (PROJECT_ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert readme == with_reference(readme, markdown(catalogue)), (
        "docs/schema.md's schema reference differs from the schema's comments: run `make schema-reference`")


def test_the_reference_names_every_column_with_its_type(catalogue):
    text = markdown(catalogue)
    assert "| `source_encoding` | VARCHAR | what the source was read as: utf-8 \\| utf-8-sig" in text
    assert text.count("\n#### ") == catalogue.tables.height


def _previous_release(tmp_path, monkeypatch, left_out: str, *statements: str):
    """A warehouse migrated without `left_out` (and without the views, which may read what it adds), holding what
    `statements` insert."""
    previous = tmp_path / "schema"
    previous.mkdir()
    for file in warehouse.SCHEMA_DIR.glob("*.sql"):
        if file.stem != left_out:
            shutil.copy(file, previous)
    path = tmp_path / "news.duckdb"
    monkeypatch.setattr(migrations, "SCHEMA_DIR", previous)
    monkeypatch.setattr(migrations, "VIEWS_DIR", tmp_path / "no views")
    with duckdb.connect(str(path)) as con:
        warehouse.migrate(con)
        for statement in statements:
            con.execute(statement)
    monkeypatch.undo()
    return path


def test_a_warehouse_of_the_previous_release_gains_the_comments_in_place(tmp_path, monkeypatch):
    path = _previous_release(tmp_path, monkeypatch, COMMENTS_MIGRATION, "INSERT INTO etl_run (run_id, flow_name,"
                             " started_at, status) VALUES ('r1', 'news-etl', now(), 'success')")

    before = read_catalogue(path)
    assert before.pending == [COMMENTS_MIGRATION]
    assert before.tables.filter(name="etl_run")["comment"][0] is None

    with duckdb.connect(str(path)) as con:
        assert warehouse.migrate(con) == [COMMENTS_MIGRATION]
        assert con.sql("SELECT run_id FROM etl_run").fetchall() == [("r1",)]
    after = read_catalogue(path)
    assert after.pending == []
    assert after.tables.filter(name="etl_run")["comment"][0].startswith("grain: one run")
    assert after.columns.filter(table_name="quarantine", column_name="quarantined_at")["comment"][0]


PER_UNIT_MIGRATION = "025_indicator_per_unit"


def test_a_warehouse_of_the_previous_release_gains_unit_prices_and_totals_leave_them_out(tmp_path, monkeypatch):
    path = _previous_release(
        tmp_path, monkeypatch, PER_UNIT_MIGRATION,
        "INSERT INTO fact_article BY NAME SELECT 1 AS article_key, 'file:///a.txt' AS source_uri,"
        " 'a.txt' AS source_file, 'h' AS content_hash, TIMESTAMPTZ '2017-06-01 08:00:00+07' AS published_at,"
        " true AS published_has_time, ['x'] AS body, [] AS captions, 1 AS body_chars, now() AS fetched_at, 'r1' AS loaded_run",
        "INSERT INTO fact_indicator BY NAME SELECT 1 AS article_key, 'money' AS kind, 5e11 AS value, 'VND' AS currency,"
        " '500 tỷ đồng' AS text, 'body' AS field, 0 AS paragraph, 0 AS char_offset")
    with duckdb.connect(str(path)) as con:
        # Applied in place, the old rows kept (as sums); the new rules read every article again.
        assert warehouse.migrate(con) == [PER_UNIT_MIGRATION]
        assert PER_UNIT_MIGRATION in migrations.REBUILDS_KNOWLEDGE
        assert con.sql("SELECT value, per_unit FROM fact_indicator").fetchall() == [(5e11, None)]
        con.execute("INSERT INTO fact_indicator BY NAME SELECT 1 AS article_key, 'money' AS kind, 2e6 AS value,"
                    " 'VND' AS currency, 'tấn' AS per_unit, '2 triệu đồng/tấn' AS text, 'body' AS field,"
                    " 0 AS paragraph, 20 AS char_offset")
        totals = con.sql("SELECT figures, total_money FROM indicators_by_year WHERE kind = 'money'").fetchall()
    assert totals == [(2, 5e11)]
