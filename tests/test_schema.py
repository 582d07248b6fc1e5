"""The schema documents itself: every table, view and column has a comment, the README's reference is the one
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


def test_the_readme_reference_is_the_one_the_schema_generates(catalogue):
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == with_reference(readme, markdown(catalogue)), (
        "the README's schema reference differs from the schema's comments: run `make schema-reference`")


def test_the_reference_names_every_column_with_its_type(catalogue):
    text = markdown(catalogue)
    assert "| `source_encoding` | VARCHAR | what the source was read as: utf-8 \\| utf-8-sig" in text
    assert text.count("\n#### ") == catalogue.tables.height


def test_a_warehouse_of_the_previous_release_gains_the_comments_in_place(tmp_path, monkeypatch):
    previous = tmp_path / "schema"
    previous.mkdir()
    for file in warehouse.SCHEMA_DIR.glob("*.sql"):
        if file.stem != COMMENTS_MIGRATION:
            shutil.copy(file, previous)
    path = tmp_path / "news.duckdb"
    monkeypatch.setattr(migrations, "SCHEMA_DIR", previous)
    with duckdb.connect(str(path)) as con:
        warehouse.migrate(con)
        con.execute("INSERT INTO etl_run (run_id, flow_name, started_at, status) VALUES ('r1', 'news-etl', now(), 'success')")
    monkeypatch.undo()

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
