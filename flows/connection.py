"""Opening the warehouse: DuckDB allows one writer per file, so readers wait briefly while a load holds the lock,
and one run at a time loads a warehouse (a lock file beside it). The warehouse's errors, in one line each."""

from __future__ import annotations

import fcntl
import os
import struct
import time
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from flows import parallel
from flows.locks import wait_for_lock
from flows.settings import (
    READ_LOCK_WAIT_SECONDS,
    TIMEZONE,
)


class WarehouseError(Exception):
    """A warehouse problem with a message meant for the user (no traceback needed)."""


class WarehouseBusy(WarehouseError):
    """Another process holds the write lock for longer than we are willing to wait."""


class WarehouseMissing(WarehouseError):
    """There is no warehouse file yet."""


T = TypeVar("T")


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


# struct flock of Linux (l_type, l_whence, l_start, l_len, l_pid), for asking who holds a lock (F_GETLK).
_FLOCK = "hhqqi4x"


def held_by_another_process(path: Path, read_only: bool) -> bool:
    """Whether another process holds a lock on the file that keeps this process from opening it (DuckDB locks its
    database file with fcntl: a writer exclusively, a reader shared). Asks the kernel, takes no lock."""
    wanted = fcntl.F_RDLCK if read_only else fcntl.F_WRLCK
    try:
        with open(path, "rb") as handle:
            answer = fcntl.fcntl(handle, fcntl.F_GETLK, struct.pack(_FLOCK, wanted, 0, 0, 0, 0))
    except OSError:
        return False
    return struct.unpack(_FLOCK, answer)[0] != fcntl.F_UNLCK


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
    refused_while_free: duckdb.Error | None = None
    while True:
        existed = os.path.exists(path)  # (False, not an error, for a name the system refuses: connect says why)
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            con.execute("SET TimeZone = ?", [TIMEZONE])
            return con
        except duckdb.Error as error:
            if not isinstance(error, duckdb.IOException):
                raise WarehouseError(f"cannot open {path}: {one_line(error)}") from None
            if not held_by_another_process(path, read_only):
                # A holder can let go between DuckDB's refusal and the kernel's answer (a run's report closing its
                # read): one more try. Only on a file that was there, as a lock needs one: a file this attempt
                # created half (a full disk) would only turn the real error into "not a valid database file". If
                # the try fails too, the first refusal says what happened.
                if existed and refused_while_free is None:
                    refused_while_free = error
                    continue
                raise WarehouseError(f"cannot open {path}: {one_line(refused_while_free or error)}") from None
            refused_while_free = None  # held: a later race gets its own try
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
        if not wait_for_lock(handle, timeout_seconds, on_wait):
            raise WarehouseBusy(
                f"another run is loading {path} and did not finish within {timeout_seconds:.0f} s; "
                "nothing was done, try again later"
            )
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
