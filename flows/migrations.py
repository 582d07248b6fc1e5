"""The warehouse's schema: the migrations of sql/schema applied in order, each once, recorded in
schema_migration; a warehouse of a newer release is refused."""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.connection import WarehouseError
from flows.settings import SQL_DIR

SCHEMA_DIR = SQL_DIR / "schema"
VIEWS_DIR = SQL_DIR / "views"


# Migrations after which every loaded document is read again (their rules change every article's knowledge).
REBUILDS_KNOWLEDGE = ("010_canonical_knowledge", "012_document_parts", "023_generic_organization_mentions",
                      "025_indicator_per_unit", "026_name_as_written")


def _sql_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sql"))


class NewerSchema(WarehouseError):
    """The warehouse was written by a newer release: this code must not read or write it."""


def _refuse_newer_schema(applied: set[str], con: duckdb.DuckDBPyConnection) -> None:
    known = {file.stem for file in _sql_files(SCHEMA_DIR)}
    unknown = sorted(applied - known)
    if unknown:
        database = con.execute("SELECT current_database()").fetchall()[0][0]
        raise NewerSchema(
            f"the warehouse {database} has schema {unknown[-1]}, newer than this release knows (up to "
            f"{max(known)}): upgrade newswh; the warehouse was left as it was")


def pending_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The migrations of this release that the warehouse has not applied yet (the next run applies them)."""
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migration'").fetchall()[0][0]
    applied = {row[0] for row in con.sql("SELECT version FROM schema_migration").fetchall()} if exists else set()
    return [file.stem for file in _sql_files(SCHEMA_DIR) if file.stem not in applied]


def check_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Refuse a warehouse written by a newer release (before anything reads it)."""
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migration'").fetchall()[0][0]
    if exists:
        _refuse_newer_schema({row[0] for row in con.sql("SELECT version FROM schema_migration").fetchall()}, con)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the schema migrations not applied yet, each in its own transaction, then (re)create the views.
    Returns the migrations applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        " version VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migration").fetchall()}
    _refuse_newer_schema(applied, con)
    done = []
    for file in _sql_files(SCHEMA_DIR):
        if file.stem in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(file.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migration (version) VALUES (?)", [file.stem])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        done.append(file.stem)
    # Views are recreated every time: they hold no data, and a changed view file takes effect at once.
    for file in _sql_files(VIEWS_DIR):
        con.execute(file.read_text(encoding="utf-8"))
    return done
