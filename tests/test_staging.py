"""Staging files belong to their warehouse and their run: two warehouses in one folder load at the same time, and a
run removes only what a gone run of its own warehouse left (issue 18, point 5)."""

import contextlib
import re
from pathlib import Path

import psutil
import pytest

from flows.settings import staging_folder_of
from flows.warehouse import query
from tests.conftest import SEEDS
from tests.processes import Newswh

VARIANTS = 2  # per seed: 5 seeds -> 10 distinct articles


def distinct_articles(folder: Path, variants: int = VARIANTS) -> int:
    """The seeds, each in `variants` versions that differ by a figure in their longest paragraph (so that no two
    have the same text and all load). Returns how many were written."""
    folder.mkdir(parents=True)
    written = 0
    for seed in sorted(SEEDS.glob("*.txt")):
        paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
        longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
        for variant in range(variants):
            varied = list(paragraphs)
            varied[longest] = f"{varied[longest].rstrip()} Có {120 + 7 * variant} đại biểu dự hội nghị."
            (folder / f"{seed.stem}_{variant}.txt").write_text("\n\n".join(varied), encoding="utf-8")
            written += 1
    return written


def loaded_articles(warehouse: Path) -> tuple[int, int]:
    documents = query(warehouse, "SELECT count(*) AS n FROM etl_document WHERE status = 'loaded'")["n"][0]
    return documents, query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0]


@pytest.mark.timeout(480)
def test_two_warehouses_in_one_folder_load_at_the_same_time(prefect_server, tmp_path):
    source = tmp_path / "articles"
    articles = distinct_articles(source)
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    # Both in two chunks of 5. The run on a.duckdb is held inside a chunk: its one worker says it is there (a pause in
    # every chunk) and is then stopped (SIGSTOP) until the run on b.duckdb has ended. So b's start, where it clears
    # what killed runs left, falls inside a's staging, and b stages and loads while a still stages: the overlap is
    # made, not hoped for from timing.
    run_a = Newswh("run", "--source", str(source), "--warehouse", str(first), "--chunk-size", "5", "--workers", "1",
                   prefect_home=tmp_path / "prefect-a", fault_pause="parse:1", api_url=prefect_server)
    run_b, held = None, []
    try:
        run_a.wait_for(r"^fault pause: parse ", timeout=180)
        held = run_a.workers()
        assert held, run_a.output[-4000:]
        for worker in held:
            worker.suspend()
        run_b = Newswh("run", "--source", str(source), "--warehouse", str(second), "--chunk-size", "5",
                       prefect_home=tmp_path / "prefect-b", api_url=prefect_server)
        code_b = run_b.wait(timeout=300)
        # a still stages, its staging files where b's start left them.
        staging = staging_folder_of(first)
        overlapped = run_a.process.poll() is None and staging.is_dir() and any(staging.iterdir())
        for worker in held:
            worker.resume()
        code_a = run_a.wait(timeout=300)
    finally:
        for worker in held:
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.resume()
        run_a.kill_all()
        if run_b is not None:
            run_b.kill_all()
    assert code_b == 0, run_b.output[-4000:]
    assert code_a == 0, run_a.output[-4000:]
    assert overlapped, "the run on a.duckdb ended, or lost its staging files, while the one on b.duckdb ran"
    for run in (run_a, run_b):
        assert "Traceback" not in run.output
        assert not re.search(r"removed \d+ staging files", run.output), run.output[-4000:]
        assert f"documents: {articles} seen = {articles} loaded" in run.output, run.output[-4000:]
    for warehouse in (first, second):
        assert loaded_articles(warehouse) == (articles, articles)
        assert not staging_folder_of(warehouse).exists()
    assert not (tmp_path / ".staging").exists()


def test_a_run_removes_what_a_killed_run_of_its_own_warehouse_left_and_nothing_of_another(run_flow, tmp_path):
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    left_by_a = staging_folder_of(first) / "killed-run.duckdb"
    left_by_a.parent.mkdir()
    left_by_a.write_bytes(b"what a run killed outright left")
    run_flow(SEEDS, second)
    assert left_by_a.exists(), "a run on b.duckdb removed a staging file of a.duckdb"
    assert not staging_folder_of(second).exists()
    run_flow(SEEDS, first)
    assert not staging_folder_of(first).exists(), "the next run on a.duckdb removes what its killed run left"


def test_each_warehouse_has_its_own_staging_folder_named_after_its_file(tmp_path):
    folders = {staging_folder_of(tmp_path / name) for name in ("a.duckdb", "b.duckdb", "a.db", "a")}
    assert len(folders) == 4
    assert staging_folder_of(tmp_path / "news.duckdb") == tmp_path / "news.duckdb.staging"


def test_a_warehouse_whose_path_holds_quotes_loads(run_flow, tmp_path):
    """Paths reach DuckDB as bound values, never inside the SQL text (issue 19): a quote in a folder's name is
    just a character."""
    warehouse = tmp_path / "l'entrepôt \"B\"" / "news.duckdb"
    summary = run_flow(SEEDS, warehouse)
    assert summary.documents_loaded == 5
    assert loaded_articles(warehouse) == (5, 5)
