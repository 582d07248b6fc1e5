"""DuckDB: migrations from sql/schema, the one-transaction load from sql/load, and read-only queries.

DuckDB allows one writer per file. The pipeline opens its write connection only for the load; readers open
read-only and wait briefly while a load holds the lock.
"""

from __future__ import annotations

import fcntl
import time
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from functools import partial
from typing import Callable, TypeVar

import duckdb
import polars as pl

from flows import parallel, tables

from flows.settings import (
    DRIFT_HISTORY_RUNS,
    DRIFT_MAX_DROP,
    DRIFT_MIN_ARTICLES,
    LOAD_MEMORY_KB_PER_DOCUMENT,
    LOAD_MEMORY_MAX_MB,
    LOAD_MEMORY_MIN_MB,
    QUIET_AFTER_RUNS,
    READ_LOCK_WAIT_SECONDS,
    SQL_DIR,
    TIMEZONE,
    fault_pause,
)

SCHEMA_DIR = SQL_DIR / "schema"
VIEWS_DIR = SQL_DIR / "views"
QUERIES_DIR = SQL_DIR / "queries"
LOAD_DIR = SQL_DIR / "load"
CHECKS_DIR = SQL_DIR / "checks"
EXPORT_DIR = SQL_DIR / "export"
OPERATIONS_DIR = SQL_DIR / "operations"
REPORT_DIR = SQL_DIR / "report"
# What a run writes about itself (its record, its checks and their samples, its field completeness): these differ
# between two runs of the same documents, where every other table must come out the same.
RUN_RECORDS = {"etl_run", "dq_result", "dq_sample", "field_metric", "schema_migration"}


T = TypeVar("T")


class WarehouseError(Exception):
    """A warehouse problem with a message meant for the user (no traceback needed)."""


class WarehouseBusy(WarehouseError):
    """Another process holds the write lock for longer than we are willing to wait."""


class WarehouseMissing(WarehouseError):
    """There is no warehouse file yet."""


class LoadRejected(WarehouseError):
    """The checks on the warehouse-to-be failed; the transaction was rolled back."""

    def __init__(self, failures: list[str], results: pl.DataFrame):
        super().__init__("warehouse checks failed, the load was rolled back: " + "; ".join(failures))
        self.failures, self.results = failures, results


@dataclass(frozen=True)
class LoadContext:
    """What the load records about the run itself."""

    run_id: str
    flow_name: str
    started_at: datetime
    finished_at: datetime
    source: str
    full_refresh: bool
    window_from: date | None = None
    window_to: date | None = None
    task_runner: str = "default"
    # A run over the whole source folder (not a backfill or a quarantine retry, which load a selection): only such a
    # run can tell that an outlet went quiet.
    whole_source: bool = True


@dataclass(frozen=True)
class LoadBatch:
    """Everything one run writes, under the stg_* names the sql/load files read."""

    # The run's staging file (flows/staging.py): stg_document, stg_article, stg_author, stg_quarantine and the
    # knowledge tables (flows/extract/registry.py, joined to the articles on source_uri).
    staging: Path
    documents: int  # documents staged: the load's memory budget follows it
    dq_results: pl.DataFrame
    dq_samples: pl.DataFrame  # a few failing rows of each failed check (flows/quality.py SAMPLE_SCHEMA)
    reference: dict[str, pl.DataFrame]  # stg_province_unit, stg_theme_definition


def interruptible(con: duckdb.DuckDBPyConnection, work: Callable[[], T]) -> T:
    """Run `work` (statements on `con`) on a thread of its own while this one waits for it.

    DuckDB notices Python's signals only now and then (a Ctrl-C could take half a minute to stop a long statement);
    a waiting thread gets them at once, interrupts the statement and re-raises, so a stopped load ends at once and
    its transaction is rolled back when the connection closes."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="duckdb-statement") as pool:
        statement = pool.submit(work)
        try:
            return parallel.result(statement)
        except BaseException:
            if not statement.done():
                con.interrupt()
                wait([statement])
            raise


def one_line(error: BaseException) -> str:
    """DuckDB's messages can run over several lines (hints, context): the first says what happened."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _is_lock_error(error: duckdb.Error) -> bool:
    return "lock" in str(error).lower()


def connect(path: Path, read_only: bool, wait_seconds: float = READ_LOCK_WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting up to `wait_seconds` while another process holds the lock."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseMissing(f"no warehouse at {path}: run `newswh run` first")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WarehouseError(f"cannot create the folder of {path}: {error.strerror or error}") from None
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            con.execute("SET TimeZone = ?", [TIMEZONE])
            return con
        except duckdb.Error as error:
            if not _is_lock_error(error):
                raise WarehouseError(f"cannot open {path}: {one_line(error)}") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"the warehouse {path} is busy: another process is loading it "
                    f"(waited {wait_seconds:.0f} s); try again when that run has finished"
                ) from None
            time.sleep(0.2)


@contextmanager
def exclusive_run(path: Path, timeout_seconds: float, on_wait: Callable[[], None] | None = None):
    """One run at a time per warehouse: an advisory lock on `<warehouse>.lock`, held from reading the manifest to
    the commit, so two runs never interleave and the second sees what the first loaded. The operating system
    releases it if the holder dies."""
    lock_path = Path(f"{path}.lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+")
    except OSError as error:
        raise WarehouseError(f"cannot write beside the warehouse {path} ({error.strerror or error}): nothing was "
                             "done, the warehouse is as before") from None
    with handle:
        deadline = time.monotonic() + timeout_seconds
        waiting = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waiting and on_wait is not None:
                    on_wait()
                waiting = True
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another run is loading {path} and did not finish within {timeout_seconds:.0f} s; "
                        "nothing was done, try again later"
                    ) from None
                time.sleep(0.5)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# Migrations after which every loaded document is read again (their rules change every article's knowledge).
REBUILDS_KNOWLEDGE = ("010_canonical_knowledge", "012_document_parts", "023_generic_organization_mentions")


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


def read_manifest(path: Path) -> pl.DataFrame:
    """The manifest as of the last run (empty when there is no warehouse yet)."""
    empty = pl.DataFrame(schema={"source_uri": pl.String, "content_hash": pl.String, "status": pl.String,
                                 "byte_size": pl.Int64, "mtime_ns": pl.Int64})
    if not Path(path).exists():
        return empty
    with connect(path, read_only=True) as con:
        check_schema(con)
        exists = con.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'etl_document'").fetchall()[0][0]
        if not exists:
            return empty
        columns = {row[0] for row in con.sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'etl_document'").fetchall()}
        manifest = con.sql("SELECT source_uri, content_hash, status, byte_size FROM etl_document").pl()
        manifest = (manifest.with_columns(mtime_ns=con.sql("SELECT mtime_ns FROM etl_document").pl()["mtime_ns"])
                    if "mtime_ns" in columns else manifest.with_columns(mtime_ns=pl.lit(None, dtype=pl.Int64)))
        applied = {row[0] for row in con.sql("SELECT version FROM schema_migration").fetchall()}
    if any(version not in applied for version in REBUILDS_KNOWLEDGE):
        # This run applies a migration whose rules change the knowledge of every article: every document is
        # read again (its recorded hash no longer matches), so that old and new rows follow the same rules.
        manifest = manifest.with_columns(content_hash=pl.lit("rebuild:") + pl.col("content_hash"),
                                         mtime_ns=pl.lit(None, dtype=pl.Int64))
    return manifest


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


# verify(measures by suite) -> (dq_result rows, dq_sample rows, failures): the checks run on the warehouse before it
# commits.
Verifier = Callable[[dict[str, pl.DataFrame]], tuple[pl.DataFrame, pl.DataFrame, list[str]]]
# The suites that check the warehouse-to-be, and the files in sql/checks/ that measure it for each.
WAREHOUSE_CHECKS = {"warehouse": ("warehouse.sql", "references.each.sql"), "drift": ("drift.sql",)}


def _check_parameters(context: LoadContext) -> dict[str, dict]:
    """The values each check query takes (flows/settings.py decides them)."""
    return {"drift": {"history_runs": DRIFT_HISTORY_RUNS, "min_articles": DRIFT_MIN_ARTICLES,
                      "max_drop": DRIFT_MAX_DROP, "quiet_after_runs": QUIET_AFTER_RUNS,
                      "judge_quiet": context.whole_source}}


def load(path: Path, batch: LoadBatch, context: LoadContext, verify: Verifier | None = None,
         wait_seconds: float = 60.0) -> pl.DataFrame:
    """Write one run in one transaction: dimensions, facts, manifest, quarantine, checks and the run record.

    Before committing, `verify` checks the measures of sql/checks/warehouse.sql; its results are written with
    the run. On a failed check or any error the transaction is rolled back and the warehouse stays as it was.
    Returns the warehouse check results.
    """
    with connect(path, read_only=False, wait_seconds=wait_seconds) as con:
        migrate(con)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE load_context AS SELECT ? AS run_id, ? AS flow_name,"
            " CAST(? AS TIMESTAMPTZ) AS started_at, CAST(? AS TIMESTAMPTZ) AS finished_at,"
            " ? AS source, ? AS full_refresh, CAST(? AS DATE) AS window_from, CAST(? AS DATE) AS window_to,"
            " ? AS task_runner",
            [context.run_id, context.flow_name, context.started_at, context.finished_at, context.source,
             context.full_refresh, context.window_from, context.window_to, context.task_runner],
        )
        # DuckDB spills to disk beyond its memory limit, but the keys' indexes stay in memory: the limit grows with
        # the batch (a million documents ran out at 1 GB, loaded at 4 GB). Row order in a table means nothing here.
        memory_mb = min(max(batch.documents * LOAD_MEMORY_KB_PER_DOCUMENT // 1024, LOAD_MEMORY_MIN_MB),
                        LOAD_MEMORY_MAX_MB)
        con.execute("SET memory_limit = ?", [f"{memory_mb}MB"])
        con.execute("SET preserve_insertion_order = false")
        con.execute("ATTACH ? AS staged (READ_ONLY)", [str(batch.staging)])
        for (name,) in con.sql("SELECT table_name FROM duckdb_tables() WHERE database_name = 'staged'").fetchall():
            con.execute(f'CREATE OR REPLACE TEMP VIEW "{name}" AS SELECT * FROM staged."{name}"')
        for name, frame in {"stg_dq_result": batch.dq_results, "stg_dq_sample": batch.dq_samples,
                            **batch.reference}.items():
            con.register(name, frame)
        con.execute("BEGIN TRANSACTION")
        try:
            for file in _sql_files(LOAD_DIR):
                for sql, values in tables.statements(file):
                    interruptible(con, partial(con.execute, sql, values))
        except duckdb.Error as error:
            con.execute("ROLLBACK")
            raise WarehouseError(f"load failed in {file.name}, nothing was written: {one_line(error)}") from None
        results = pl.DataFrame()
        fault_pause("load")
        if verify is not None:
            parameters = _check_parameters(context)
            measures = {
                suite: interruptible(con, partial(_measure, con, files, parameters.get(suite)))
                for suite, files in WAREHOUSE_CHECKS.items()
            }
            results, samples, failures = verify(measures)
            if failures:
                con.execute("ROLLBACK")
                raise LoadRejected(failures, results)
            con.register("stg_warehouse_result", results)
            con.register("stg_warehouse_sample", samples)
            con.execute((CHECKS_DIR / "store_results.sql").read_text(encoding="utf-8"))
        con.execute("COMMIT")
        return results


def _measure(con: duckdb.DuckDBPyConnection, files: tuple[str, ...], parameters: dict | None) -> pl.DataFrame:
    """The rows of measures of these files of sql/checks/, one frame (a file's own values, or `parameters`)."""
    frames = [con.sql(sql, params=values or parameters).pl()
              for file in files for sql, values in tables.statements(CHECKS_DIR / file)]
    return pl.concat(frames, how="diagonal_relaxed")


def record_failed_run(path: Path, context: LoadContext, message: str, results: pl.DataFrame | None = None,
                      status: str = "failed", wait_seconds: float = 10) -> None:
    """Best effort: leave a `failed` (or `interrupted`) row in etl_run, with the check results that failed it, so
    the failure shows up in SQL too. A warehouse that cannot be written (full disk, read-only, not a warehouse)
    gets no row: the run's error says why; nor does a warehouse that does not exist yet (a first run that failed
    creates none)."""
    if not Path(path).exists():
        return
    try:
        with connect(path, read_only=False, wait_seconds=wait_seconds) as con:
            migrate(con)
            con.execute(
                "INSERT INTO etl_run (run_id, flow_name, started_at, finished_at, status, source, full_refresh,"
                " message) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [context.run_id, context.flow_name, context.started_at, context.finished_at, status,
                 context.source, context.full_refresh, message],
            )
            if results is not None and results.height:
                con.register("failed_results", results)
                con.execute(
                    "INSERT INTO dq_result BY NAME SELECT ? AS run_id, ? AS checked_at, * FROM failed_results",
                    [context.run_id, context.finished_at],
                )
    except (WarehouseError, duckdb.Error, OSError):
        pass


def query(path: Path, sql: str, wait_seconds: float = READ_LOCK_WAIT_SECONDS,
          params: dict | None = None) -> pl.DataFrame:
    """Run SQL on a read-only connection. DuckDB's own error message is raised as a WarehouseError."""
    with connect(path, read_only=True, wait_seconds=wait_seconds) as con:
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
