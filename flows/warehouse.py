"""The warehouse's load: a run's staged rows in one transaction (sql/load), checked before it commits, and the
record of a run that failed.

The warehouse's other jobs have modules of their own, whose names this one also gives (the names the flow and the
command line use): opening it and its locks (flows/connection.py), its schema (flows/migrations.py), reading it
(flows/reading.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from functools import partial
from typing import Callable

import duckdb
import polars as pl

from flows import tables
from flows.connection import (
    WarehouseBusy,
    WarehouseError,
    WarehouseMissing,
    connect,
    exclusive_run,
    interruptible,
    one_line,
)
from flows.migrations import SCHEMA_DIR, VIEWS_DIR, _sql_files, check_schema, migrate, pending_migrations
from flows.reading import (
    EXPORT_DIR,
    OPERATIONS_DIR,
    export_articles,
    known_texts,
    one_reader,
    operation,
    query,
    query_given,
    read_manifest,
)
from flows.settings import (
    DRIFT_HISTORY_RUNS,
    DRIFT_MAX_DROP,
    DRIFT_MIN_ARTICLES,
    LOAD_MEMORY_KB_PER_DOCUMENT,
    LOAD_MEMORY_MAX_MB,
    LOAD_MEMORY_MIN_MB,
    QUIET_AFTER_RUNS,
    SQL_DIR,
    fault_pause,
)

__all__ = [  # with the names of the modules the warehouse's other jobs moved to, which callers take from here
    "CHECKS_DIR", "EXPORT_DIR", "LOAD_DIR", "OPERATIONS_DIR", "QUERIES_DIR", "REPORT_DIR", "RUN_RECORDS", "SCHEMA_DIR",
    "VIEWS_DIR", "WAREHOUSE_CHECKS", "LoadBatch", "LoadContext", "LoadRejected", "WarehouseBusy", "WarehouseError",
    "WarehouseMissing", "check_schema", "connect", "exclusive_run", "export_articles", "known_texts", "load",
    "migrate", "one_line", "one_reader", "operation", "pending_migrations", "query", "query_given", "read_manifest",
    "record_failed_run",
]

QUERIES_DIR = SQL_DIR / "queries"
LOAD_DIR = SQL_DIR / "load"
# Upkeep over the whole warehouse after articles change (the bodies' names, persons merged): a run that only saw
# unchanged documents leaves it as the last run did, so it skips these files.
AFTER_ARTICLES_CHANGE = ("045_person_history.sql",)
CHECKS_DIR = SQL_DIR / "checks"
REPORT_DIR = SQL_DIR / "report"
# What a run writes about itself (its record, its checks and their samples, its field completeness): these differ
# between two runs of the same documents, where every other table must come out the same.
RUN_RECORDS = {"etl_run", "dq_result", "dq_sample", "field_metric", "schema_migration"}


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
    only_unchanged: bool = False  # every document staged is unchanged: no article is loaded or removed


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
            view = tables.compose("CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM staged.{name}", {"name": name})
            con.execute(view)
        for name, frame in {"stg_dq_result": batch.dq_results, "stg_dq_sample": batch.dq_samples,
                            **batch.reference}.items():
            con.register(name, frame)
        con.execute("BEGIN TRANSACTION")
        try:
            for file in _sql_files(LOAD_DIR):
                if batch.only_unchanged and file.name in AFTER_ARTICLES_CHANGE:
                    continue
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


