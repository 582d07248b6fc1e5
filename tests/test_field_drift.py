"""Field completeness per run and outlet (field_metric) and the drift check against each outlet's own history: a run
where one outlet's bylines vanish warns, a normal rerun does not, and an outlet that stops publishing is noticed."""

from pathlib import Path

import pytest

from flows.settings import DRIFT_MIN_ARTICLES, QUIET_AFTER_RUNS
from flows.warehouse import query
from tests.conftest import SEEDS

# It runs the flow four times on a Prefect test server.
pytestmark = pytest.mark.timeout(600)

# Two outlets with a byline on every article: Báo Điện Biên Phủ (dateline ĐBP) and Phú Thọ's portal.
OUTLET_SEEDS = {"dbp": SEEDS / "002_2c49aaf292dd78d7.txt", "phutho": SEEDS / "001_2f3999f3b0e71609.txt"}
BYLINES = {"dbp": "Tin, ảnh: Sầm Phúc\n"}
ARTICLES_PER_OUTLET = DRIFT_MIN_ARTICLES + 2


def write_outlet(folder: Path, outlet: str, without_bylines: bool = False) -> None:
    """ARTICLES_PER_OUTLET distinct articles of one outlet (the seed with its title numbered)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = OUTLET_SEEDS[outlet].read_text(encoding="utf-8")
    if without_bylines:
        assert BYLINES[outlet] in text
        text = text.replace(BYLINES[outlet], "")
    title, rest = text.split("\n", 1)
    for number in range(ARTICLES_PER_OUTLET):
        (folder / f"{outlet}_{number:02d}.txt").write_text(f"{title} (số {number + 1})\n{rest}", encoding="utf-8")


def drift_results(warehouse: Path, run_id: str) -> dict[str, bool]:
    results = query(warehouse, "SELECT column_name, success, severity FROM dq_result WHERE run_id = $run AND "
                               "suite = 'drift'", params={"run": run_id})
    assert set(results["severity"]) == {"warning"}
    return dict(zip(results["column_name"], results["success"]))


def samples(warehouse: Path, run_id: str, column: str) -> list[str]:
    return query(warehouse, "SELECT value FROM dq_sample WHERE run_id = $run AND column_name = $column",
                 params={"run": run_id, "column": column})["value"].to_list()


def test_vanished_bylines_warn_a_normal_rerun_does_not_and_a_silent_outlet_is_noticed(run_flow, tmp_path):
    source, warehouse = tmp_path / "articles", tmp_path / "news.duckdb"
    write_outlet(source, "dbp")
    write_outlet(source, "phutho")

    first = run_flow(source, warehouse)
    assert first.documents_loaded == 2 * ARTICLES_PER_OUTLET
    metrics = query(warehouse, "SELECT outlet, articles, share FROM field_metric WHERE run_id = $run AND "
                               "field = 'authors'", params={"run": first.run_id})
    shares = dict(zip(metrics["outlet"], metrics["share"]))
    assert shares == {"Báo Điện Biên Phủ": 1.0, "Cổng Thông tin điện tử tỉnh Phú Thọ": 1.0, "(all outlets)": 1.0}
    assert set(metrics["articles"]) == {ARTICLES_PER_OUTLET, 2 * ARTICLES_PER_OUTLET}

    rerun = run_flow(source, warehouse, full_refresh=True)
    assert drift_results(warehouse, rerun.run_id) == {"dropped_fields": True, "went_quiet": True}

    write_outlet(source, "dbp", without_bylines=True)
    broken = run_flow(source, warehouse, full_refresh=True)
    assert drift_results(warehouse, broken.run_id) == {"dropped_fields": False, "went_quiet": True}
    assert any(c["column_name"] == "dropped_fields" and c["severity"] == "warning" for c in broken.failed_checks)
    # The sample names the outlet and the field, with the share before and now; the other outlet is not named.
    assert samples(warehouse, broken.run_id, "dropped_fields") == [
        f"Báo Điện Biên Phủ: authors 100% -> 0% ({ARTICLES_PER_OUTLET} articles; baseline: its last 2 runs)"]
    assert broken.documents_loaded == 2 * ARTICLES_PER_OUTLET  # a warning: the run still loads

    # Phú Thọ had articles in each of the last QUIET_AFTER_RUNS runs; now its folder is gone.
    assert QUIET_AFTER_RUNS == 3
    for path in source.glob("phutho_*.txt"):
        path.unlink()
    write_outlet(source, "dbp")
    quiet = run_flow(source, warehouse, full_refresh=True)
    assert drift_results(warehouse, quiet.run_id) == {"dropped_fields": True, "went_quiet": False}
    assert samples(warehouse, quiet.run_id, "went_quiet") == [
        "Cổng Thông tin điện tử tỉnh Phú Thọ: no article this run, after articles in each of the last 3 runs"]
