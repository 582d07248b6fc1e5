"""Every document in bounded time and memory (issue 18): a worker that dies costs the run only time, a worker over
its memory limit is ended by the run before the machine is at risk, and odd, large files are loaded or quarantined
with a reason in a run whose whole process tree stays under 2 GB."""

import random
import re
import signal
import threading
import time

import pytest

from flows import parallel
from flows.settings import MAX_DOCUMENT_BYTES
from flows.warehouse import query
from tests.benchmarks.run import sample_tree_rss
from tests.conftest import SEEDS
from tests.processes import Newswh
from tests.test_staging import distinct_articles, loaded_articles


def hold_megabytes(megabytes: int) -> int:
    """A job for a worker: fill `megabytes` of memory (written, so resident) and hold it a moment."""
    block = b"x" * (megabytes * 2**20)
    time.sleep(1.0)
    return len(block) // 2**20


ONE_AT_A_TIME = parallel.Isolation(split=lambda job: [job], merge=lambda job, parts: parts[0],
                                   lost=lambda job, cause: f"lost: {cause}")


def exit_after(seconds: float) -> int:
    """A job for a worker: after `seconds`, end the worker as a kill would (no cleanup, no result); 0: return 0."""
    if seconds:
        time.sleep(seconds)
        import os

        os._exit(9)
    return 0


@pytest.mark.timeout(180)
def test_a_pool_that_broke_before_the_next_job_was_submitted_costs_only_time():
    """The first job's result comes back, its worker dies on the second while the caller holds the first, and the
    third is submitted to a pool that is already broken: it is run again on a fresh pool, in order."""
    losses = []
    with parallel.executor("default", workers=2, memory_mb=400) as workers:
        results = parallel.ordered_map(workers, exit_after, [0, 0.5, 0], in_flight=2, isolation=ONE_AT_A_TIME,
                                       on_loss=losses.append)
        first = next(results)
        broken_pool = workers.executor
        deadline = time.monotonic() + 60
        while not broken_pool._broken and time.monotonic() < deadline:  # wait for the death, not for a time
            time.sleep(0.05)
        assert broken_pool._broken
        rest = list(results)
    assert [first, *rest] == [0, "lost: exited with code 9", 0]
    assert losses and losses[0] == "exited with code 9"


@pytest.mark.timeout(180)
def test_the_cause_is_the_workers_own_exit_code_when_the_pool_reaps_it_first(monkeypatch):
    """The broken pool's manager thread reaps its workers; one that has reaped the dead worker but not yet stored
    its exit code (held here for 0.3 s after the reap, as a loaded machine may hold it) must not make the run read
    the code as unknown and report the SIGTERM the pool sent the other worker."""
    import os
    from concurrent.futures.process import _ExecutorManagerThread

    reap = os.waitpid

    def reaped_late(pid, options):
        reaped = reap(pid, options)
        if reaped[0] == pid and isinstance(threading.current_thread(), _ExecutorManagerThread):
            time.sleep(0.3)
        return reaped

    monkeypatch.setattr(os, "waitpid", reaped_late)
    losses = []
    with parallel.executor("default", workers=2, memory_mb=400) as workers:
        results = list(parallel.ordered_map(workers, exit_after, [0, 0.5, 0], in_flight=2, isolation=ONE_AT_A_TIME,
                                            on_loss=losses.append))
    assert results == [0, "lost: exited with code 9", 0]
    assert losses == ["exited with code 9", "exited with code 9"]  # the death in flight, then the job alone


@pytest.mark.timeout(180)
def test_a_worker_over_its_memory_limit_is_ended_and_only_its_job_is_lost():
    losses = []
    with parallel.executor("default", workers=2, memory_mb=400) as workers:
        results = list(parallel.ordered_map(workers, hold_megabytes, [10, 900, 20, 30], in_flight=3,
                                            isolation=ONE_AT_A_TIME, on_loss=losses.append))
    assert results[0] == 10 and results[2:] == [20, 30]
    assert results[1] == "lost: out of memory (over the 400 MB a worker may use)"
    assert losses and all(cause.startswith("out of memory") for cause in losses)


@pytest.mark.timeout(480)
def test_a_worker_killed_mid_chunk_costs_the_run_only_time(prefect_server, tmp_path):
    source, warehouse = tmp_path / "articles", tmp_path / "news.duckdb"
    articles = distinct_articles(source)
    # Every chunk pauses in its worker, so that the kill lands while a chunk is in flight: once a worker says it is
    # in its pause (two chunks of 5 on two workers: both are).
    run = Newswh("run", "--source", str(source), "--warehouse", str(warehouse), "--chunk-size", "5",
                 "--workers", "2", prefect_home=tmp_path / "prefect", fault_pause="parse:2", api_url=prefect_server)
    try:
        run.wait_for(r"^fault pause: parse ", timeout=180)
        victims = run.workers()
        assert victims, run.output[-3000:]
        victims[0].send_signal(signal.SIGKILL)
        code = run.wait(timeout=400)
    finally:
        run.kill_all()
    assert code == 0, run.output[-4000:]
    assert "Traceback" not in run.output
    assert re.search(r"worker process(es)? died \(killed by signal SIGKILL\)", run.output), run.output[-4000:]
    # The chunks it took with it were run again: nothing is lost, and here nothing needed quarantine.
    assert f"documents: {articles} seen = {articles} loaded + 0 quarantined" in run.output, run.output[-4000:]
    assert loaded_articles(warehouse) == (articles, articles)


def odd_files(folder, seed_text: str) -> dict[str, str]:
    """The files of issue 18's 'Done when', from a seed: one article repeated on one line (2.4 MB), 150,000 short
    lines (5 MB), no spaces (3 MB) and a 50 MB file."""
    one_line = seed_text.replace("\n", " ") + " "
    words = seed_text.split()
    rng = random.Random(18)
    short_lines = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(3, 6))) for _ in range(150_000))
    no_spaces = "".join(words)
    files = {
        "one_line.txt": (one_line * (2_400_000 // len(one_line.encode()) + 1)),
        "short_lines.txt": short_lines.encode()[:4_900_000].decode(errors="ignore"),
        "no_spaces.txt": no_spaces * (3_000_000 // len(no_spaces.encode()) + 1),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with open(folder / "fifty_mb.txt", "wb") as big:
        block = (one_line * 100).encode()
        for _ in range(50 * 2**20 // len(block) + 1):
            big.write(block)
    return files


@pytest.mark.timeout(600)
def test_large_and_odd_files_are_loaded_or_quarantined_with_a_reason_in_under_2_gb(tmp_path):
    source, warehouse = tmp_path / "articles", tmp_path / "news.duckdb"
    source.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        (source / seed.name).write_bytes(seed.read_bytes())
    odd = [*odd_files(source, max((s.read_text(encoding="utf-8") for s in seeds), key=len)), "fifty_mb.txt"]
    assert (source / "fifty_mb.txt").stat().st_size > MAX_DOCUMENT_BYTES
    # With the temporary Prefect server a user's run starts: it is part of the process tree held under 2 GB.
    run = Newswh("run", "--source", str(source), "--warehouse", str(warehouse), prefect_home=tmp_path / "prefect")
    peak, done = [0], threading.Event()
    sampler = threading.Thread(target=sample_tree_rss, args=(run.pid, peak, done), daemon=True)
    sampler.start()
    try:
        code = run.wait(timeout=540)
    finally:
        done.set()
        run.kill_all()
    assert code == 0, run.output[-4000:]
    total = len(seeds) + len(odd)
    assert re.search(rf"documents: {total} seen = \d+ loaded \+ \d+ quarantined \+ 0 unchanged", run.output)
    assert peak[0] < 2 * 2**30, f"peak memory of the run's processes: {peak[0] / 2**20:.0f} MB"
    outcomes = dict(query(warehouse, "SELECT source_file, status FROM etl_document").iter_rows())
    reasons = dict(query(warehouse, "SELECT source_file, reason FROM quarantine").iter_rows())
    assert all(outcomes[seed.name] == "loaded" for seed in seeds)
    for name in odd:
        assert outcomes[name] == "loaded" or reasons.get(name), (name, outcomes[name])
    assert "over the limit of 5.0 MB: not an article" in reasons["fifty_mb.txt"]
