"""Scale-out: the chunks on a Dask LocalCluster of two workers give the same warehouse as a plain run."""

import pytest

from flows.export import articles_jsonl
from flows.extract.registry import KINDS
from flows.reading import one_reader
from flows.tables import compose
from flows.warehouse import RUN_RECORDS, query
from tests.conftest import table_counts

# It starts processes (a run, a server, a cluster or a browser): a hang fails it with its stack, not CI.
pytestmark = pytest.mark.timeout(480)


# Every knowledge table (all its columns), and the person versions built from them.
KNOWLEDGE = [*(kind.table for kind in KINDS), "dim_person"]


def dask_run(source, warehouse, **kwargs):
    from flows.pipeline import with_task_runner

    return with_task_runner("dask")(source=str(source), warehouse_path=str(warehouse), task_runner="dask", **kwargs)


def assert_same_warehouse(plain, scaled):
    with one_reader(plain), one_reader(scaled):
        assert articles_jsonl(plain) == articles_jsonl(scaled)
        counts_plain, counts_scaled = table_counts(plain), table_counts(scaled)
        for table in RUN_RECORDS:
            counts_plain.pop(table), counts_scaled.pop(table)
        assert counts_plain == counts_scaled
        for table in KNOWLEDGE:
            sql = compose("SELECT * FROM {table} ORDER BY ALL", {"table": table})
            assert query(plain, sql).equals(query(scaled, sql)), table


# Small chunks, so that the chunks really are spread over the cluster's workers. The plain run is the session's
# warehouse of that source (tests/conftest.py), read only.
@pytest.mark.parametrize("built, chunk", [("seeds_build", 2), ("corpus_part_build", 150)], ids=["seeds", "corpus"])
def test_a_dask_run_matches_a_plain_run(prefect_server, tmp_path, request, built, chunk):
    built = request.getfixturevalue(built)
    plain, scaled = built.path, tmp_path / "dask.duckdb"
    summary = dask_run(built.source, scaled, chunk_documents=chunk)
    assert summary.documents_seen == summary.documents_loaded + summary.documents_quarantined
    assert query(scaled, "SELECT task_runner FROM etl_run")["task_runner"].to_list() == ["dask"]
    assert_same_warehouse(plain, scaled)
