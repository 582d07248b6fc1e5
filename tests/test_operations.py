"""Operations: one load at a time, a run killed during its load changes nothing, transient errors are retried."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.warehouse import WarehouseBusy, exclusive_run, query
from tests.conftest import SEEDS, table_counts

# It starts processes (a run, a server, a cluster or a browser): a hang fails it with its stack, not CI.
pytestmark = pytest.mark.timeout(300)


def start_run(source, warehouse, pause_in_load: float, api_url: str) -> subprocess.Popen:
    """`newswh run` in its own process group, pausing inside its load; on the session's Prefect server (`api_url`),
    as these tests are about the warehouse, not about the server a run starts."""
    env = {**os.environ, "NEWSWH_FAULT_PAUSE": f"load:{pause_in_load}", "PYTHONUNBUFFERED": "1",
           "PREFECT_API_URL": api_url}
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", "--source", str(source), "--warehouse", str(warehouse)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True,
    )


def wait_for_line(process: subprocess.Popen, text: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if text in line:
            return
        if not line and process.poll() is not None:
            break
    pytest.fail(f"the run never printed {text!r}")


def test_a_run_killed_during_its_load_leaves_the_warehouse_as_before(run_flow, prefect_server, tmp_path):
    source = tmp_path / "articles"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "news.duckdb"
    run_flow(source, warehouse)
    before = table_counts(warehouse)
    titles = query(warehouse, "SELECT article_key, title FROM fact_article ORDER BY 1")

    changed = source / "002_2c49aaf292dd78d7.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Tiếp tục", "Tiếp tục mạnh mẽ", 1),
                       encoding="utf-8")
    shutil.copy(SEEDS / "003_335128e53a754874.txt", source / "new.txt")
    process = start_run(source, warehouse, pause_in_load=60, api_url=prefect_server)
    wait_for_line(process, "fault pause: load")  # inside the load's transaction (flows/settings.py fault_pause)
    os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, as a power cut would
    process.wait(timeout=30)

    assert table_counts(warehouse) == before
    assert query(warehouse, "SELECT article_key, title FROM fact_article ORDER BY 1").equals(titles)
    rerun = run_flow(source, warehouse)
    assert (rerun.documents_loaded, rerun.documents_unchanged) == (2, 4)
    assert "Tiếp tục mạnh mẽ" in query(warehouse, "SELECT title FROM fact_article")["title"].str.join("|")[0]


def test_a_second_run_waits_for_the_first_and_sees_its_load(run_flow, prefect_server, tmp_path):
    warehouse = tmp_path / "news.duckdb"
    first = start_run(SEEDS, warehouse, pause_in_load=6, api_url=prefect_server)
    wait_for_line(first, "fault pause: load")
    started = time.monotonic()
    second = run_flow(SEEDS, warehouse)
    waited = time.monotonic() - started
    assert first.wait(timeout=120) == 0
    assert waited >= 3, "the second run did not wait for the first"
    assert (second.documents_seen, second.documents_unchanged) == (5, 5)
    runs = query(warehouse, "SELECT status, documents_loaded FROM etl_run ORDER BY started_at").rows()
    assert runs == [("success", 5), ("success", 0)]


def test_a_run_gives_up_after_its_wait_with_a_clear_message(tmp_path):
    warehouse = tmp_path / "news.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from flows.warehouse import exclusive_run\n"
         f"with exclusive_run({str(warehouse)!r}, 5):\n    print('held', flush=True); time.sleep(20)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseBusy, match="did not finish within 1 s"):
            with exclusive_run(warehouse, 1):
                pass
    finally:
        holder.kill()
        holder.wait()
    with exclusive_run(warehouse, 1):  # released when its holder died
        pass


def test_a_holder_that_lets_go_while_a_load_asks_who_holds_the_warehouse_is_not_an_error(tmp_path, monkeypatch):
    """The race of a run's report (a short read) with the next run's load: DuckDB refuses the load, then the reader
    closes before the kernel is asked who holds the file."""
    from flows import connection

    warehouse = tmp_path / "news.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(60)", str(warehouse)],
        stdout=subprocess.PIPE, text=True,
    )
    asked = connection.held_by_another_process

    def holder_lets_go_then_ask(path, read_only):
        holder.kill()
        holder.wait(timeout=30)
        return asked(path, read_only)

    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(connection, "held_by_another_process", holder_lets_go_then_ask)
        with connection.connect(warehouse, read_only=False, wait_seconds=5) as con:
            assert con.execute("SELECT 1").fetchone() == (1,)
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_briefly_missing_source_folder_is_retried(run_flow, tmp_path):
    import threading

    source = tmp_path / "articles"
    shutil.copytree(SEEDS, source)
    away = tmp_path / "away"
    source.rename(away)  # the folder is gone when the run starts, and back a second later
    threading.Timer(1.0, lambda: away.rename(source)).start()
    summary = run_flow(source, tmp_path / "news.duckdb")
    assert summary.documents_loaded == 5


def test_a_source_that_stays_missing_fails_the_run_and_writes_nothing(run_flow, tmp_path):
    from flows.pipeline import RunFailed

    with pytest.raises(RunFailed, match="does not exist.*nothing was loaded"):
        run_flow(tmp_path / "nowhere", tmp_path / "news.duckdb")
    assert list(tmp_path.iterdir()) == [], "a failed first run leaves the folder as it found it"


def test_the_tests_keep_their_prefect_state_out_of_the_users_home():
    from flows.settings import PROJECT_ROOT

    home = Path(os.environ["PREFECT_HOME"]).resolve()
    assert not home.is_relative_to(PROJECT_ROOT), "test runs would show in the user's Prefect UI"
    assert "PREFECT_API_URL" not in os.environ


def test_a_hanging_test_fails_with_its_stack_instead_of_hanging_ci(pytestconfig):
    assert 0 < float(pytestconfig.getini("timeout")) <= 900
    assert pytestconfig.getini("timeout_method") == "signal"
    assert 0 < float(pytestconfig.getini("faulthandler_timeout")) < float(pytestconfig.getini("timeout"))
