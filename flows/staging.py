"""Staging: a run's rows, appended a chunk at a time to a DuckDB file of the run's own, in the warehouse's staging
folder (`news.duckdb.staging/`, see `settings.staging_folder_of`).

The load then reads them from there in one short transaction (see `warehouse.load`), so the warehouse is written
only once everything is staged, and no stage holds the whole run in memory.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl

from flows.settings import STAGING_MEMORY_LIMIT, staging_folder_of
from flows.tables import compose
from flows.warehouse import WarehouseError, one_line


class Staging:
    """Append-only tables in one DuckDB file; the first frame appended to a table fixes its columns and types."""

    def __init__(self, path: Path):
        self.path = path
        with self._one_line_errors():
            self._con = duckdb.connect(str(path))
            # What is appended goes to the file; DuckDB would otherwise keep it cached up to most of the RAM.
            self._con.execute("SET memory_limit = ?", [STAGING_MEMORY_LIMIT])
        self.tables: set[str] = set()

    @contextmanager
    def _one_line_errors(self):
        try:
            yield
        except (duckdb.Error, OSError) as error:
            raise WarehouseError(f"cannot write the staging file {self.path}: {one_line(error)}") from None

    def append(self, tables: dict[str, pl.DataFrame]) -> None:
        with self._one_line_errors():
            self._append(tables)

    def _append(self, tables: dict[str, pl.DataFrame]) -> None:
        for name, frame in tables.items():
            if name in self.tables and not frame.height:
                continue
            self._con.register("chunk", frame)
            if name in self.tables:
                self._con.execute(compose("INSERT INTO {name} BY NAME SELECT * FROM chunk", {"name": name}))
            else:
                self._con.execute(compose("CREATE TABLE {name} AS SELECT * FROM chunk", {"name": name}))
                self.tables.add(name)
            self._con.unregister("chunk")

    def query(self, sql: str, parameters: list | None = None) -> pl.DataFrame:
        return self._con.sql(sql, params=parameters).pl()

    def close(self) -> None:
        self._con.close()


def remove_stale(warehouse: Path) -> int:
    """Remove what runs of this warehouse killed outright (SIGKILL, power loss) left in its staging folder; call only
    while holding the warehouse's run lock. Returns how many entries were removed.

    Every entry there was made by a run of this warehouse (the folder is its own, never another warehouse's), and a
    run stages only while it holds the lock, which it releases after removing its own entries, or the operating
    system releases when it dies. So while we hold the lock, whoever made an entry is gone: it is stale."""
    folder = staging_folder_of(warehouse)
    if not folder.is_dir():
        return 0
    entries = list(folder.iterdir())
    for entry in entries:
        shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
    return len(entries)


@contextmanager
def staging_file(warehouse: Path, run_id: str) -> Iterator[Path]:
    """A fresh staging file path for this run, in the warehouse's staging folder; removed afterwards, and the folder
    with it once empty. Call only while holding the warehouse's run lock (see `remove_stale`)."""
    folder = staging_folder_of(warehouse)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run_id}.duckdb"
    path.unlink(missing_ok=True)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
        Path(f"{path}.wal").unlink(missing_ok=True)
        shutil.rmtree(folder / f"{run_id}.tmp", ignore_errors=True)
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty (a file this process could not remove)
