"""Staging: a run's rows, appended a chunk at a time to a DuckDB file of the run's own, beside the warehouse.

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

from flows.settings import STAGING_MEMORY_LIMIT


class Staging:
    """Append-only tables in one DuckDB file; the first frame appended to a table fixes its columns and types."""

    def __init__(self, path: Path):
        self.path = path
        self._con = duckdb.connect(str(path))
        # What is appended goes to the file; DuckDB would otherwise keep it cached up to most of the machine's RAM.
        self._con.execute(f"SET memory_limit = '{STAGING_MEMORY_LIMIT}'")
        self.tables: set[str] = set()

    def append(self, tables: dict[str, pl.DataFrame]) -> None:
        for name, frame in tables.items():
            if name in self.tables and not frame.height:
                continue
            self._con.register("chunk", frame)
            if name in self.tables:
                self._con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM chunk')
            else:
                self._con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM chunk')
                self.tables.add(name)
            self._con.unregister("chunk")

    def query(self, sql: str) -> pl.DataFrame:
        return self._con.sql(sql).pl()

    def close(self) -> None:
        self._con.close()


@contextmanager
def staging_file(warehouse: Path, run_id: str) -> Iterator[Path]:
    """A fresh staging file path for this run, in `.staging/` beside the warehouse; removed afterwards."""
    folder = Path(warehouse).parent / ".staging"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run_id}.duckdb"
    path.unlink(missing_ok=True)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
        Path(f"{path}.wal").unlink(missing_ok=True)
        shutil.rmtree(folder / f"{run_id}.tmp", ignore_errors=True)
