"""The SQL run once per knowledge table (flows/tables.py): every template has its rows from the registry, names
enter as quoted identifiers, and a kind without a load file of its own is loaded by name."""

import duckdb

from flows import tables
from flows.extract.registry import KINDS
from flows.warehouse import CHECKS_DIR, LOAD_DIR

TEMPLATES = sorted([*LOAD_DIR.glob("*.each.sql"), *CHECKS_DIR.glob("*.each.sql")])


def test_every_template_runs_once_per_table_of_the_registry():
    assert {file.name[:-len(tables.SUFFIX)] for file in TEMPLATES} == set(tables.EACH)
    refresh = tables.statements(LOAD_DIR / "011_full_refresh.each.sql")
    assert [sql.split("DELETE FROM ")[1].split()[0] for sql, _ in refresh] == [f'"{k.table}"' for k in KINDS]
    checks = tables.statements(CHECKS_DIR / "references.each.sql")
    assert {values["table_name"] for _, values in checks} == {kind.table for kind in KINDS}


def test_a_name_enters_sql_quoted():
    assert tables.compose("SELECT * FROM {table}", {"table": 'odd"name'}) == 'SELECT * FROM "odd""name"'


def test_a_kind_without_a_load_file_is_inserted_by_name():
    con = duckdb.connect()
    con.execute("CREATE TABLE stg_article AS SELECT 'a.txt' AS source_uri, 7::BIGINT AS article_key")
    con.execute("CREATE TABLE stg_project AS SELECT 'a.txt' AS source_uri, 'Dự án X' AS name, 3 AS char_offset")
    con.execute("CREATE TABLE fact_project_mention (article_key BIGINT, name VARCHAR, char_offset INTEGER)")
    template = (LOAD_DIR / "037_generic_knowledge.each.sql").read_text(encoding="utf-8")
    con.execute(tables.compose(template, {"table": "fact_project_mention", "staging": "stg_project"}))
    assert con.sql("SELECT * FROM fact_project_mention").fetchall() == [(7, "Dự án X", 3)]
