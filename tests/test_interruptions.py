"""Stopping: Ctrl-C (SIGINT to the process group, as a terminal sends it) or SIGTERM stops `newswh run` within 5 s in
every stage, with one line, the warehouse as before, the run recorded as interrupted and its Prefect flow run ended;
`kill -9` leaves no child process; `newswh serve` stops within 10 s with a run in flight, which ends Cancelled."""

import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from flows.settings import staging_folder_of
from flows.warehouse import RUN_RECORDS, query
from tests.conftest import SEEDS, copy_warehouse, table_counts
from tests.prefect_home import session_folder
from tests.processes import Newswh, alive, answers, free_port, start_a_run_now, wait_until_gone
from tests.session_server import SERVER_HOME as SESSION_SERVER_HOME

# The stages a run can be stopped in. The run is inside a stage's pause (NEWSWH_FAULT_PAUSE) once it has said so
# (flows/settings.py `fault_pause`): the tests act on that line, not after a delay.
STAGES = ("listing", "parse", "load")


def paused_in(stage: str) -> str:
    return rf"^fault pause: {stage} "
SIGNALS = {"ctrl-c": (signal.SIGINT, True, "Ctrl-C"), "sigterm": (signal.SIGTERM, False, "SIGTERM")}


def flow_run_state(prefect_home: Path, run_id: str) -> str | None:
    """The flow run's final state type as the run's own Prefect server recorded it (its SQLite database)."""
    with sqlite3.connect(prefect_home / "prefect.db") as db:
        row = db.execute("SELECT state_type FROM flow_run WHERE id = ?", [run_id]).fetchone()
    return row[0] if row else None


def warehouse_contents(warehouse: Path) -> dict[str, int]:
    return {table: n for table, n in table_counts(warehouse).items() if table not in RUN_RECORDS}


def last_run(warehouse: Path) -> tuple[str, str, str]:
    return query(warehouse, "SELECT status, message, run_id FROM etl_run ORDER BY started_at DESC LIMIT 1").row(0)


@pytest.fixture
def loaded(seeds_build, tmp_path) -> Path:
    """A warehouse holding the seeds, of this test alone: a copy of the session's (the runs here write to it)."""
    return copy_warehouse(seeds_build, tmp_path / "news.duckdb")


@pytest.mark.timeout(180)
@pytest.mark.parametrize("how", SIGNALS)
@pytest.mark.parametrize("stage", STAGES)
def test_a_run_stops_within_5_seconds_in_every_stage(loaded, tmp_path, prefect_server, stage, how):
    """Ctrl-C, as a user types it, and SIGTERM, as a service manager sends it, each way in every stage. The runs use a
    running server (PREFECT_API_URL): the session's; the one stopped by Ctrl-C while it parses, the temporary
    Prefect server a user's run starts (with the most children then: the server and the workers), which must go
    with it. The temporary server lives across the stages alike; its start is not paid six times."""
    signal_number, whole_group, name = SIGNALS[how]
    before = warehouse_contents(loaded)
    own_server = how == "ctrl-c" and stage == "parse"
    run = Newswh("run", "--source", str(SEEDS), "--warehouse", str(loaded), "--full-refresh",
                 prefect_home=tmp_path / "prefect", fault_pause=f"{stage}:120",
                 api_url=None if own_server else prefect_server)
    # (The home of the server that records the flow run: the run's own, or the session's.)
    server_home = tmp_path / "prefect" if own_server else session_folder() / SESSION_SERVER_HOME
    try:
        run.wait_for(paused_in(stage), timeout=120)
        children = run.descendants()
        if own_server or stage == "parse":
            assert children, "the run has its Prefect server (and in the parse stage its workers)"
        code, took = run.stop(signal_number, whole_group)
    finally:
        run.kill_all()
    assert code == 130, run.output[-3000:]
    assert took < 5, f"stopping took {took:.1f} s"
    last = run.output.strip().splitlines()[-1]
    assert last == f"interrupted ({name}) during {'the load' if stage == 'load' else stage}: nothing was loaded," \
                   " the warehouse is as before", run.output[-3000:]
    assert "Traceback" not in run.output
    assert wait_until_gone(children, timeout=3) == [], "a child process outlived the run"
    assert warehouse_contents(loaded) == before
    assert not staging_folder_of(loaded).exists()
    status, message, run_id = last_run(loaded)
    assert (status, message) == ("interrupted", last)
    assert flow_run_state(server_home, run_id) in ("CRASHED", "CANCELLED")


@pytest.mark.timeout(180)
def test_kill_9_of_a_run_leaves_no_child_process_and_the_next_run_cleans_up(loaded, tmp_path, run_flow):
    before = warehouse_contents(loaded)
    run = Newswh("run", "--source", str(SEEDS), "--warehouse", str(loaded), "--full-refresh",
                 prefect_home=tmp_path / "prefect", fault_pause="load:120")
    try:
        run.wait_for(paused_in("load"), timeout=120)
        children = run.descendants()
        run.send(signal.SIGKILL)  # the run alone, as the OOM killer would: its children must go by themselves
        assert run.wait(timeout=30) == -signal.SIGKILL
        left = wait_until_gone(children, timeout=5)
    finally:
        run.kill_all()
    assert left == [], "the temporary Prefect server or a worker outlived a killed run"
    assert list(staging_folder_of(loaded).iterdir()), "the killed run left its staging file (the case to clean)"
    assert warehouse_contents(loaded) == before
    run_flow(SEEDS, loaded)
    assert not staging_folder_of(loaded).exists(), "the next run removes what the killed one left"
    assert warehouse_contents(loaded) == before



@pytest.mark.timeout(300)
@pytest.mark.parametrize("how", SIGNALS)
def test_serve_stops_within_10_seconds_with_a_run_in_flight_which_ends_cancelled(loaded, tmp_path, how):
    """...and says so in one line: the run in flight and what the warehouse holds of it, not what the run, its
    workers and the runner each make of the stop (a crash, a state still Running, a traceback)."""
    signal_number, whole_group, name = SIGNALS[how]
    source = tmp_path / "incoming"
    source.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:  # new documents for the warehouse: the run has work to do
        shutil.copy(path, source / ("new_" + path.name))
    before = warehouse_contents(loaded)
    port = free_port()
    prefect_home = tmp_path / "prefect"
    serve = Newswh("serve", "--cron", "0 0 1 1 *", "--source", str(source), "--warehouse", str(loaded),
                   "--port", str(port), prefect_home=prefect_home, fault_pause="parse:240",
                   PREFECT_RUNNER_POLL_FREQUENCY="2")
    try:
        serve.wait_for(r"serving news-etl/scheduled", timeout=120)
        # A run now rather than at the next minute: as a user starts one from the UI or the command line (once the
        # runner has registered the deployment).
        start_a_run_now(port, prefect_home)
        serve.wait_for(paused_in("parse"), timeout=120)
        children = serve.descendants()
        code, took = serve.stop(signal_number, whole_group)
    finally:
        serve.kill_all()
    assert code == 0, serve.output[-3000:]
    assert took < 10, f"stopping took {took:.1f} s"
    assert wait_until_gone(children, timeout=3) == [], "the server, the run or a worker outlived serve"
    assert not answers(port)
    assert warehouse_contents(loaded) == before
    status, message, run_id = last_run(loaded)
    assert status == "cancelled" and "nothing was loaded" in message, message
    stopped = serve.output[serve.output.index("fault pause: parse"):]
    assert stopped.strip().splitlines()[-1] == (f"stopped by {name} during run {run_id}: nothing of that run was "
                                                 "written, the warehouse is as it was before that run"), stopped
    assert "Traceback" not in serve.output and "Finished in state Running" not in serve.output, stopped
    # After the pause, the stop: nothing of Prefect's on the console then.
    for noise in ("Crash detected", "Finished in state", "cancelled by Prefect", "TerminationSignal", "| INFO"):
        assert noise not in stopped, stopped
    assert flow_run_state(prefect_home, run_id) == "CANCELLED"
    assert alive(children) == []
