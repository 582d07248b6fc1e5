"""Read-only queries of the warehouse (flows/reading.py)."""

import pytest

from flows import reading
from tests.conftest import copy_warehouse

COUNT = "SELECT count(*) AS n FROM fact_article"


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The warehouses `reading` opens a connection to, in order."""
    paths = []
    real_connect = reading.connect

    def counting_connect(path, *args, **kwargs):
        paths.append(str(path))
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(reading, "connect", counting_connect)
    return paths


def test_the_queries_of_a_block_share_one_connection_to_their_warehouse(seeds_warehouse, tmp_path, opened):
    other = copy_warehouse(seeds_warehouse, tmp_path / "other.duckdb")
    with reading.one_reader(seeds_warehouse):
        counts = [reading.query(seeds_warehouse, COUNT)["n"][0] for _ in range(3)]
        assert reading.operation(seeds_warehouse, "quarantine_list", include_resolved=True).height == 0
        assert reading.query(other, COUNT)["n"][0] == 5  # another warehouse: a connection of its own
    assert counts == [5, 5, 5]
    assert opened == [str(seeds_warehouse), str(other)]
    reading.query(seeds_warehouse, COUNT)  # after the block: its own again
    assert opened[-1] == str(seeds_warehouse) and len(opened) == 3


def test_blocks_on_two_warehouses_nest_and_each_keeps_its_connection(seeds_warehouse, tmp_path, opened):
    other = copy_warehouse(seeds_warehouse, tmp_path / "other.duckdb")
    with reading.one_reader(seeds_warehouse), reading.one_reader(other):
        counts = [reading.query(warehouse, COUNT)["n"][0] for warehouse in (seeds_warehouse, other, seeds_warehouse)]
        with reading.one_reader(seeds_warehouse):  # a block inside one on the same warehouse: its connection
            counts.append(reading.query(seeds_warehouse, COUNT)["n"][0])
        counts.append(reading.query(seeds_warehouse, COUNT)["n"][0])  # the outer block's, still open
    assert counts == [5, 5, 5, 5, 5]
    assert opened == [str(seeds_warehouse), str(other)]
