"""Reading the warehouse: the manifest and known texts a run plans with, read-only queries, the export, the
operations of sql/operations."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl

from flows.connection import WarehouseError, connect
from flows.manifest import MANIFEST_SCHEMA
from flows.migrations import REBUILDS_KNOWLEDGE, check_schema
from flows.settings import READ_LOCK_WAIT_SECONDS, SQL_DIR

EXPORT_DIR = SQL_DIR / "export"
OPERATIONS_DIR = SQL_DIR / "operations"
# The read-only connections the queries of a block share (`one_reader`), by the warehouse each is on.
_shared_readers: ContextVar[dict[Path, duckdb.DuckDBPyConnection]] = ContextVar("shared_readers", default={})


def read_manifest(path: Path) -> pl.DataFrame:
    """The manifest as of the last run (empty when there is no warehouse yet). A warehouse whose migrations have
    not run yet lacks the later columns: each is then what it meant for the `.txt` files it recorded."""
    empty = pl.DataFrame(schema=MANIFEST_SCHEMA)
    if not Path(path).exists():
        return empty
    with connect(path, read_only=True) as con:
        check_schema(con)
        exists = con.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'etl_document'").fetchall()[0][0]
        if not exists:
            return empty
        manifest = con.sql("SELECT * FROM etl_document").pl()
        columns = set(manifest.columns)
        applied = {row[0] for row in con.sql("SELECT version FROM schema_migration").fetchall()}
    before_sources = {"mtime_ns": pl.lit(None, dtype=pl.Int64), "source_kind": pl.lit("txt"),
                      "file_uri": pl.col("source_uri"), "file_size": pl.col("byte_size")}
    manifest = manifest.with_columns(**{c: value for c, value in before_sources.items() if c not in columns})
    if any(version not in applied for version in REBUILDS_KNOWLEDGE):
        # This run applies a migration whose rules change the knowledge of every article: every document is
        # read again (its recorded hash no longer matches), so that old and new rows follow the same rules.
        manifest = manifest.with_columns(content_hash=pl.lit("rebuild:") + pl.col("content_hash"),
                                         mtime_ns=pl.lit(None, dtype=pl.Int64))
    return manifest.select(list(MANIFEST_SCHEMA)).cast(MANIFEST_SCHEMA)


def known_texts(path: Path) -> pl.DataFrame:
    """text_hash, article_key and source_uri of every loaded article (empty without a warehouse)."""
    empty = pl.DataFrame(schema={"text_hash": pl.String, "article_key": pl.Int64, "source_uri": pl.String})
    if not Path(path).exists():
        return empty
    with connect(path, read_only=True) as con:
        columns = con.sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'fact_article'"
        ).fetchall()
        if ("text_hash",) not in columns:
            return empty
        return con.sql(
            "SELECT text_hash, article_key, source_uri FROM fact_article WHERE text_hash IS NOT NULL"
        ).pl().cast(empty.schema)


@contextmanager
def one_reader(path: Path) -> Iterator[None]:
    """The queries of the warehouse at `path` made in this block share one read-only connection: opening one costs
    about 15 ms, and a report asks a dozen questions. Blocks nest, on one warehouse or several; a block inside one
    on the same warehouse uses its connection."""
    shared, key = _shared_readers.get(), Path(path).resolve()
    if key in shared:
        yield
        return
    with connect(path, read_only=True) as con:
        token = _shared_readers.set({**shared, key: con})
        try:
            yield
        finally:
            _shared_readers.reset(token)


def query(path: Path, sql: str, wait_seconds: float = READ_LOCK_WAIT_SECONDS,
          params: dict | None = None) -> pl.DataFrame:
    """Run SQL on a read-only connection (the block's, inside `one_reader` on this warehouse). DuckDB's own error
    message is raised as a WarehouseError."""
    readers = _shared_readers.get()
    shared = readers.get(Path(path).resolve()) if readers else None
    if shared is not None:
        return _rows(shared, sql, params)
    with connect(path, read_only=True, wait_seconds=wait_seconds) as con:
        return _rows(con, sql, params)


def query_given(path: Path, sql: str, given: dict[str, str],
                wait_seconds: float = READ_LOCK_WAIT_SECONDS) -> pl.DataFrame:
    """Run SQL a user gave, its named parameters ($name) bound to the values given as text (a query casts them);
    a parameter not given is NULL, so that the query can choose its default. A value for a parameter the SQL does
    not have is a WarehouseError naming those it has."""
    with connect(path, read_only=True, wait_seconds=wait_seconds) as con:
        try:
            names = {name for statement in con.extract_statements(sql) for name in statement.named_parameters}
        except duckdb.Error as error:
            raise WarehouseError(str(error)) from None
        unknown = sorted(set(given) - names)
        if unknown:
            has = f"its parameters: {', '.join('$' + name for name in sorted(names))}" if names else "it has none"
            raise WarehouseError(f"the SQL has no parameter {', '.join('$' + name for name in unknown)} ({has})")
        return _rows(con, sql, {name: given.get(name) for name in names})


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None) -> pl.DataFrame:
    try:
        relation = con.sql(sql, params=params) if params else con.sql(sql)
        return relation.pl() if relation is not None else pl.DataFrame()
    except duckdb.Error as error:
        raise WarehouseError(str(error)) from None


def export_articles(path: Path) -> pl.DataFrame:
    """The rows of the article export contract."""
    return query(path, (EXPORT_DIR / "articles.sql").read_text(encoding="utf-8"))


def operation(path: Path, name: str, folder: Path = OPERATIONS_DIR, **params) -> pl.DataFrame:
    """Run one of the operations queries in sql/operations/ (quarantine list, run checks ...), or of another folder
    of named queries (sql/report/)."""
    return query(path, (folder / f"{name}.sql").read_text(encoding="utf-8"), params=params)
