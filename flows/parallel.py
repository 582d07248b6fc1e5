"""Worker processes for the chunks of a run: a local process pool, or the Dask cluster of the flow's task runner.

Either way the flow's process gets the results back in submission order, with a bounded number in flight, so
memory stays bounded however many chunks there are.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator, TypeVar

from flows import wire
from flows.processes import worker_initializer

Job = TypeVar("Job")
Result = TypeVar("Result")


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _start_worker(parent_pid: int) -> None:
    """Parallelism comes from the worker processes: each runs polars on one thread, so that the workers do not
    oversubscribe the cores (set before polars is imported, which happens with the first chunk). A worker ignores
    Ctrl-C and ends with the run (flows/processes.py)."""
    os.environ["POLARS_MAX_THREADS"] = "1"
    worker_initializer(parent_pid)


class _WorkerPool(ProcessPoolExecutor):
    """A process pool whose workers are born deaf to Ctrl-C: they are started (on a submit) with SIGINT blocked, which
    they inherit, until their initializer ignores it. Otherwise a Ctrl-C that lands while a worker is still starting
    (before its initializer runs) prints that worker's traceback. A Ctrl-C meanwhile waits, blocked, for this
    process: it is not lost."""

    def submit(self, *args, **kwargs):
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return super().submit(*args, **kwargs)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


@contextmanager
def executor(kind: str, workers: int, dask_scheduler: str | None = None) -> Iterator[Executor]:
    """`dask`: the cluster whose scheduler is at `dask_scheduler` (the flow's DaskTaskRunner's); otherwise a pool of
    `workers` fresh processes (spawned, not forked: polars' thread pool does not survive a fork).

    A run that stops (an error, Ctrl-C, SIGTERM) does not wait for the chunks in flight: the pool's workers are
    ended at once, the cluster's futures cancelled."""
    if kind == "dask":
        from distributed import Client

        with Client(dask_scheduler, set_as_default=False) as client:
            try:
                yield client.get_executor(pure=False)
            except BaseException:
                client.cancel(list(client.futures.values()), force=True)
                raise
    else:
        pool = _WorkerPool(max_workers=workers, mp_context=get_context("spawn"), initializer=_start_worker,
                           initargs=(os.getpid(),))
        try:
            yield pool
        except BaseException:
            # The pool keeps its processes to itself; ending them is the only way not to wait for their chunks.
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)


def _call_packed(function: Callable[[Job], Result], packed_job: bytes) -> bytes:
    """On the worker: unpack the job, run it, pack the result, all on the thread that computes (flows/wire.py)."""
    return wire.pack(function(wire.unpack(packed_job)))


def result(future: Future[Result], poll_seconds: float = 0.2) -> Result:
    """`future.result()`, waiting in short steps: a signal sent to the process may be delivered to any of its
    threads, and a main thread blocked in one long wait would not see a Ctrl-C until the future is done."""
    while True:
        try:
            return future.result(timeout=poll_seconds)
        except TimeoutError:
            continue


def ordered_map(pool: Executor, function: Callable[[Job], Result], jobs: Iterable[Job],
                in_flight: int) -> Iterator[Result]:
    """`function` over `jobs` on `pool`, results in order, at most `in_flight` submitted ahead. Jobs and results
    travel as bytes packed by the threads that use them, never pickled by the transport's own threads."""
    pending: deque = deque()
    for job in jobs:
        pending.append(pool.submit(_call_packed, function, wire.pack(job)))
        if len(pending) >= in_flight:
            yield wire.unpack(result(pending.popleft()))
    while pending:
        yield wire.unpack(result(pending.popleft()))
