"""Read-only queries of the warehouse (flows/reading.py)."""

from flows import reading
from tests.conftest import copy_warehouse


def test_the_queries_of_a_block_share_one_connection_to_their_warehouse(seeds_warehouse, tmp_path, monkeypatch):
    other = copy_warehouse(seeds_warehouse, tmp_path / "other.duckdb")
    opened = []
    real_connect = reading.connect

    def counting_connect(path, *args, **kwargs):
        opened.append(str(path))
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(reading, "connect", counting_connect)
    count = "SELECT count(*) AS n FROM fact_article"
    with reading.one_reader(seeds_warehouse):
        counts = [reading.query(seeds_warehouse, count)["n"][0] for _ in range(3)]
        assert reading.operation(seeds_warehouse, "quarantine_list", include_resolved=True).height == 0
        assert reading.query(other, count)["n"][0] == 5  # another warehouse: a connection of its own
    assert counts == [5, 5, 5]
    assert opened == [str(seeds_warehouse), str(other)]
    reading.query(seeds_warehouse, count)  # after the block: its own again
    assert opened[-1] == str(seeds_warehouse) and len(opened) == 3
