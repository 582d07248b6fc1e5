"""Worker processes for the chunks of a run: a local process pool, or the Dask cluster of the flow's task runner.

Either way the flow's process gets the results back in submission order, with a bounded number in flight, so
memory stays bounded however many chunks there are. A local worker has a memory limit, so that one document can
never bring the machine to a global out-of-memory kill: the run's watchdog ends a worker whose resident memory
passes it, and its address space is capped further out as a backstop. A worker that dies (that limit, a crash, a
kill) costs the run nothing but time: the jobs it took with it are run again alone, halved down to the document
that kills a worker by itself, which is handed back as lost with the cause (`ordered_map`).
"""

from __future__ import annotations

import os
import resource
import signal
import threading
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Callable, Generic, Iterable, Iterator, TypeVar

from flows import wire
from flows.settings import TaskRunner
from flows.processes import worker_initializer

Job = TypeVar("Job")
Result = TypeVar("Result")


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_worker_memory_mb(workers: int) -> int:
    """A worker's share of the machine's memory, the flow's process counted as one more: together they stay under
    the total, so the kernel's global out-of-memory killer never has to choose (at least 1 GB, at most 8 GB)."""
    total_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    return max(1024, min(8192, total_mb // (workers + 1)))


def _start_worker(parent_pid: int, memory_mb: int) -> None:
    """Parallelism comes from the worker processes: each runs polars on one thread, so that the workers do not
    oversubscribe the cores (set before polars is imported, which happens with the first chunk). A worker ignores
    Ctrl-C and ends with the run (flows/processes.py). Its address space is capped well above `memory_mb` (the
    watchdog's limit on resident memory; polars reserves address space it never touches): a backstop, as an
    allocation refused inside the worker may leave it hung rather than dead."""
    os.environ["POLARS_MAX_THREADS"] = "1"
    cap = address_space_cap_mb(memory_mb) * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    worker_initializer(parent_pid)


# What a worker's address space may exceed its memory limit by (measured: 1.5 GB of address space for 200 MB
# resident after a chunk of the development corpus).
ADDRESS_SPACE_HEADROOM_MB = 2048


def address_space_cap_mb(memory_mb: int) -> int:
    return memory_mb * 3 // 2 + ADDRESS_SPACE_HEADROOM_MB


# How often the watchdog reads the workers' resident memory.
WATCHDOG_SECONDS = 0.2


class _Watchdog(threading.Thread):
    """Ends (SIGKILL) any worker of `pool` whose resident memory passes `memory_mb`, and remembers which."""

    def __init__(self, pool: "_WorkerPool", memory_mb: int):
        super().__init__(name="worker-memory-watchdog", daemon=True)
        self.pool, self.limit, self.killed = pool, memory_mb * 2**20, set()
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stopped.wait(WATCHDOG_SECONDS):
            for process in list((getattr(self.pool, "_processes", None) or {}).values()):
                try:
                    if psutil.Process(process.pid).memory_info().rss > self.limit:
                        self.killed.add(process.pid)
                        process.kill()
                except (psutil.Error, ValueError, AttributeError):
                    pass  # gone already, or not started yet


class _WorkerPool(ProcessPoolExecutor):
    """A process pool whose workers are born deaf to Ctrl-C: they are started (on a submit) with SIGINT blocked, which
    they inherit, until their initializer ignores it. Otherwise a Ctrl-C that lands while a worker is still starting
    (before its initializer runs) prints that worker's traceback. A Ctrl-C meanwhile waits, blocked, for this
    process: it is not lost. The pool remembers every worker it started, to tell how one died."""

    def submit(self, *args, **kwargs):
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return super().submit(*args, **kwargs)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            self.started = {*getattr(self, "started", ()), *(getattr(self, "_processes", None) or {}).values()}

    def watch(self, memory_mb: int) -> "_WorkerPool":
        self.watchdog = _Watchdog(self, memory_mb)
        self.watchdog.start()
        return self

    def kill(self) -> None:
        """End the workers at once (the pool keeps its processes to itself; this is the only way not to wait)."""
        self.watchdog.stopped.set()
        for process in list((getattr(self, "_processes", None) or {}).values()):
            process.kill()
        self.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self.watchdog.stopped.set()
        self.shutdown(wait=True)


class WorkerFailed(Exception):
    """A worker could not finish a job and may not be sound: memory ran out, or native code panicked (its own
    exception cannot even travel back to the run)."""


# How long a broken pool's manager thread may take to end its other workers and reap them all.
REAP_SECONDS = 30.0


def _death(pool: "_WorkerPool", memory_mb: int) -> str:
    """Why a worker died: the watchdog ended it, or its exit code says (the others were ended by the pool with
    SIGTERM).

    The exit codes are read once the broken pool's manager thread has ended: that thread sends the SIGTERMs and
    reaps every worker. A second thread waiting on the same process races it: the loser's waitpid finds no child
    and leaves the exit code unknown until the winner stores it, so a worker that exited with its own code could be
    passed over and the pool's SIGTERM reported instead. Waiting for the manager leaves a single reaper."""
    started = getattr(pool, "started", ())
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None and manager is not threading.current_thread():
        manager.join(timeout=REAP_SECONDS)
    if any(process.pid in pool.watchdog.killed for process in started):
        return f"out of memory (over the {memory_mb} MB a worker may use)"
    code = next((process.exitcode for process in started
                 if process.exitcode not in (None, 0, -signal.SIGTERM)), -signal.SIGTERM)
    if code == -signal.SIGABRT:  # an allocation refused by the address-space cap aborts the process
        return f"out of memory (its address space passed {address_space_cap_mb(memory_mb)} MB)"
    if code < 0:
        return f"killed by signal {signal.Signals(-code).name}"
    return f"exited with code {code}"


class Workers:
    """Where chunks run: `submit` as an Executor; `lost(error)` tells whether an error means the worker running a
    chunk is gone (then a fresh pool replaces the broken one) and why, or None for any other error."""

    def __init__(self, executor: Executor, restart: Callable[[], Executor] | None = None, memory_mb: int = 0):
        self.executor, self._restart, self.memory_mb = executor, restart, memory_mb

    def submit(self, function, *args) -> Future:
        return self.executor.submit(function, *args)

    def lost(self, error: BaseException) -> str | None:
        if isinstance(error, WorkerFailed):
            cause = str(error)
            if self.memory_mb and cause == "out of memory":  # refused by the address-space cap (the backstop)
                cause = f"out of memory (its address space passed {address_space_cap_mb(self.memory_mb)} MB)"
        elif isinstance(error, BrokenProcessPool):
            cause = _death(self.executor, self.memory_mb)
        elif type(error).__name__ == "KilledWorker":  # Dask gave up on a task whose workers kept dying
            return "Dask workers died running it"
        else:
            return None
        if self._restart is not None:
            self.executor.kill()
            self.executor = self._restart()
        return cause


@contextmanager
def executor(kind: TaskRunner, workers: int, dask_scheduler: str | None = None,
             memory_mb: int | None = None) -> Iterator[Workers]:
    """`dask`: the cluster whose scheduler is at `dask_scheduler` (the flow's DaskTaskRunner's); otherwise a pool of
    `workers` fresh processes (spawned, not forked: polars' thread pool does not survive a fork), each limited to
    `memory_mb` (default: its share of the machine's memory).

    A run that stops (an error, Ctrl-C, SIGTERM) does not wait for the chunks in flight: the pool's workers are
    ended at once, the cluster's futures cancelled."""
    if TaskRunner(kind) is TaskRunner.dask:
        from distributed import Client

        with Client(dask_scheduler, set_as_default=False) as client:
            try:
                yield Workers(client.get_executor(pure=False))
            except BaseException:
                client.cancel(list(client.futures.values()), force=True)
                raise
    else:
        memory_mb = memory_mb or default_worker_memory_mb(workers)

        def start() -> _WorkerPool:
            return _WorkerPool(max_workers=workers, mp_context=get_context("spawn"), initializer=_start_worker,
                               initargs=(os.getpid(), memory_mb)).watch(memory_mb)

        pool = Workers(start(), start, memory_mb)
        try:
            yield pool
        except BaseException:
            pool.executor.kill()
            raise
        pool.executor.close()


def _call_packed(function: Callable[[Job], Result], packed_job: bytes) -> bytes:
    """On the worker: unpack the job, run it, pack the result, all on the thread that computes (flows/wire.py).
    Running out of memory, or a panic in native code (polars' exception cannot be pickled), is a WorkerFailed."""
    try:
        return wire.pack(function(wire.unpack(packed_job)))
    except MemoryError:
        raise WorkerFailed("out of memory") from None
    except Exception:
        raise
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        message = str(error).splitlines()[0][:200] if str(error) else ""
        raise WorkerFailed("out of memory" if "alloc" in message or "memory" in message
                           else f"native code panicked: {message}") from None


def result(future: Future[Result], poll_seconds: float = 0.2) -> Result:
    """`future.result()`, waiting in short steps: a signal sent to the process may be delivered to any of its
    threads, and a main thread blocked in one long wait would not see a Ctrl-C until the future is done."""
    while True:
        try:
            return future.result(timeout=poll_seconds)
        except TimeoutError:
            continue


@dataclass(frozen=True)
class Isolation(Generic[Job, Result]):
    """How to run a job again without the worker that died on it: `split` it in parts (a job of one document gives
    one part), `merge` the parts' results into the job's, or settle a single document that kills a worker by
    itself as `lost` with the cause."""

    split: Callable[[Job], list[Job]]
    merge: Callable[[Job, list[Result]], Result]
    lost: Callable[[Job, str], Result]


def ordered_map(workers: Workers, function: Callable[[Job], Result], jobs: Iterable[Job], in_flight: int,
                isolation: Isolation | None = None, on_loss: Callable[[str], None] = lambda cause: None
                ) -> Iterator[Result]:
    """`function` over `jobs` on `workers`, results in order, at most `in_flight` submitted ahead. Jobs and results
    travel as bytes packed by the threads that use them, never pickled by the transport's own threads.

    With `isolation`, a worker that dies takes only time: every job in flight then is run again alone, in order
    (`_alone`), before the others go on; `on_loss` hears the cause of each death."""
    pending: deque = deque()
    remaining = iter(jobs)

    def submitted(job: Job) -> Future:
        """The job submitted; a pool that broke before it could take the job (a worker died on a job in flight)
        gives a future failed with that error, settled in order like the job in flight's."""
        try:
            return workers.submit(_call_packed, function, wire.pack(job))
        except BrokenProcessPool as error:
            if isolation is None:
                raise
            failed: Future = Future()
            failed.set_exception(error)
            return failed

    def fill() -> None:
        for job in remaining:
            pending.append((job, submitted(job)))
            if len(pending) >= in_flight:
                return

    fill()
    while pending:
        job, future = pending.popleft()
        try:
            packed = result(future)
        except Exception as error:
            cause = workers.lost(error) if isolation else None
            if cause is None:
                raise
            on_loss(cause)
            # A pool that breaks fails every job in flight with it (those that finished keep their result): which
            # one killed the worker is found by running each alone.
            again = [(job, None), *pending]
            pending.clear()
            for job, future in again:
                finished = future is not None and future.done() and not future.cancelled() and not future.exception()
                yield wire.unpack(future.result()) if finished else _alone(workers, function, job, isolation, on_loss)
        else:
            yield wire.unpack(packed)
        fill()


def _alone(workers: Workers, function: Callable[[Job], Result], job: Job, isolation: Isolation,
           on_loss: Callable[[str], None]) -> Result:
    """`function(job)` with nothing else in flight; if the worker dies on it, its halves alone, down to the document
    that kills a worker by itself (lost, with the cause)."""
    try:
        return wire.unpack(result(workers.submit(_call_packed, function, wire.pack(job))))
    except Exception as error:
        cause = workers.lost(error)
        if cause is None:
            raise
        on_loss(cause)
    parts = isolation.split(job)
    if len(parts) <= 1:
        return isolation.lost(job, cause)
    return isolation.merge(job, [_alone(workers, function, part, isolation, on_loss) for part in parts])
