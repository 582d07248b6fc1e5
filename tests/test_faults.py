"""Faults end in one clear line: a full disk, a read-only warehouse, a file that is not a warehouse, a warehouse of a
newer release, a source folder that goes away during the run. `newswh run` says what happened and that the
warehouse is unchanged, exits 1, and leaves no staging file and no child process."""

import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from flows.settings import staging_folder_of
from flows.warehouse import RUN_RECORDS
from tests.conftest import SEEDS, copy_warehouse, table_counts
from tests.processes import Newswh, wait_until_gone



def contents(warehouse: Path) -> dict[str, int]:
    return {table: n for table, n in table_counts(warehouse).items() if table not in RUN_RECORDS}


@contextmanager
def small_file_system(path: Path, size: str):
    """A tmpfs of `size` at `path` (a full disk in miniature); skips where mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def run_to_the_end(tmp_path: Path, api_url: str | None, source: Path, warehouse: Path, fault_pause: str | None = None,
                   during=None) -> tuple[int, str, list]:
    """`newswh run` to its end: on the session's Prefect server (`api_url`) where the fault is the run's alone, on the
    temporary server a user's run starts (None) where the test holds that no child process outlives the run."""
    run = Newswh("run", "--source", str(source), "--warehouse", str(warehouse), prefect_home=tmp_path / "prefect",
                 fault_pause=fault_pause, api_url=api_url)
    try:
        children = []
        if during is not None:
            children = during(run)
        code = run.wait(timeout=180)
    finally:
        run.kill_all()
    return code, run.output, children


def assert_one_clear_line(code: int, output: str, *phrases: str) -> str:
    assert code == 1, output[-3000:]
    last = output.strip().splitlines()[-1]
    assert last.startswith("error: "), output[-3000:]
    for phrase in phrases:
        assert phrase in last, last
    assert "Traceback" not in output and "leaked" not in output, output[-3000:]
    return last


@pytest.mark.timeout(240)
def test_a_full_disk_fails_the_run_in_one_line_and_leaves_the_folder_as_it_was(prefect_server, tmp_path):
    with small_file_system(tmp_path / "disk", "1m") as disk:
        code, output, _ = run_to_the_end(tmp_path, prefect_server, SEEDS, disk / "news.duckdb")
        assert_one_clear_line(code, output, "No space left on device", "the warehouse is as before")
        assert list(disk.iterdir()) == [], "staging files, lock, gx/ or a half-written warehouse were left"


@pytest.mark.timeout(240)
def test_a_read_only_warehouse_fails_the_run_in_one_line(seeds_build, prefect_server, tmp_path):
    with small_file_system(tmp_path / "disk", "64m") as disk:
        warehouse = copy_warehouse(seeds_build, disk / "news.duckdb")  # a first run over the seeds
        before = contents(warehouse)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        source = tmp_path / "incoming"
        shutil.copytree(SEEDS, source)
        code, output, _ = run_to_the_end(tmp_path, prefect_server, source, warehouse)
        assert_one_clear_line(code, output, "the warehouse is as before")
        assert "read-only" in output.strip().splitlines()[-1].lower()
        assert contents(warehouse) == before


@pytest.mark.timeout(240)
def test_a_file_that_is_not_a_warehouse_is_refused_and_left_alone(prefect_server, tmp_path):
    warehouse = tmp_path / "news.duckdb"
    warehouse.write_bytes(b"these are not the bytes of a DuckDB database\n" * 100)
    original = warehouse.read_bytes()
    code, output, _ = run_to_the_end(tmp_path, prefect_server, SEEDS, warehouse)
    assert_one_clear_line(code, output, str(warehouse), "not a valid DuckDB database")
    assert warehouse.read_bytes() == original


@pytest.mark.timeout(240)
def test_a_warehouse_of_a_newer_release_is_refused(seeds_build, prefect_server, tmp_path):
    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")  # a first run over the seeds
    with duckdb.connect(str(warehouse)) as con:
        con.execute("INSERT INTO schema_migration (version) VALUES ('900_from_the_future')")
    before = table_counts(warehouse)
    source = tmp_path / "incoming"
    shutil.copytree(SEEDS, source)
    code, output, _ = run_to_the_end(tmp_path, prefect_server, source, warehouse)
    assert_one_clear_line(code, output, "900_from_the_future", "newer than this release knows", "upgrade newswh")
    assert table_counts(warehouse) == before


@pytest.mark.timeout(240)
def test_a_source_folder_that_goes_away_during_the_run_stops_it_in_one_line(seeds_build, tmp_path):
    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")  # a first run over the seeds
    before = table_counts(warehouse)
    source = tmp_path / "incoming"
    shutil.copytree(SEEDS, source)
    for path in source.iterdir():
        path.rename(path.with_name("new_" + path.name))

    def move_the_folder_away(run: Newswh) -> list:
        run.wait_for(r"^fault pause: listing ", timeout=120)  # listed; now paused before reading
        children = run.descendants()
        source.rename(tmp_path / "moved")
        return children

    # The run's temporary server is its child while it lists: the one whose end `wait_until_gone` checks.
    code, output, children = run_to_the_end(tmp_path, None, source, warehouse, fault_pause="listing:3",
                                            during=move_the_folder_away)
    assert_one_clear_line(code, output, "became unreadable during the run", "the warehouse is as before")
    assert children, "the run had no child process (its temporary Prefect server) to leave behind"
    assert wait_until_gone(children) == []
    after = table_counts(warehouse)
    assert after.pop("etl_run") == before.pop("etl_run") + 1, "the failed run is recorded"
    after.pop("dq_result"), before.pop("dq_result")
    assert after == before
    assert not staging_folder_of(warehouse).exists()
