"""Worker processes for the chunks of a run: a local process pool, or the Dask cluster of the flow's task runner.

Either way the flow's process gets the results back in submission order, with a bounded number in flight, so
memory stays bounded however many chunks there are.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator, TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _one_thread_per_worker() -> None:
    """Parallelism comes from the worker processes: each runs polars on one thread, so that the workers do not
    oversubscribe the cores (set before polars is imported, which happens with the first chunk)."""
    os.environ["POLARS_MAX_THREADS"] = "1"


@contextmanager
def executor(kind: str, workers: int) -> Iterator[Executor]:
    """`dask`: the cluster of the flow's DaskTaskRunner, through prefect-dask's client for use inside a task;
    otherwise a pool of `workers` fresh processes (spawned, not forked: polars' thread pool does not survive a
    fork)."""
    if kind == "dask":
        from prefect_dask import get_dask_client

        with get_dask_client() as client:
            yield client.get_executor(pure=False)
    else:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                 initializer=_one_thread_per_worker) as pool:
            yield pool


def ordered_map(pool: Executor, function: Callable[[Job], Result], jobs: Iterable[Job],
                in_flight: int) -> Iterator[Result]:
    """`function` over `jobs` on `pool`, results in order, at most `in_flight` submitted ahead."""
    pending: deque = deque()
    for job in jobs:
        pending.append(pool.submit(function, job))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
