"""Runs in chunks: memory follows the chunk, not the corpus, and the result does not depend on the chunking.

Chunks are processed in parallel worker processes; duplicates and quarantine are settled in run order, so a
document's twin in a later chunk, or the copy of a quarantined document, is handled as in a single batch.
"""

import polars as pl
import pytest

from flows import chunks
from flows.extract.spans import find_all
from flows.settings import staging_folder_of
from flows.warehouse import query
from tests.conftest import write_articles
from tests.test_bad_input import BAD, GOOD
from tests.test_scale_out import assert_same_warehouse


# The run in one chunk is the session's warehouse of that source (tests/conftest.py), read only.
@pytest.mark.parametrize("built, chunk", [("seeds_build", 2), ("corpus_part_build", 120)], ids=["seeds", "corpus"])
def test_a_run_in_chunks_on_worker_processes_matches_a_run_in_one_chunk(run_flow, tmp_path, request, built, chunk):
    built = request.getfixturevalue(built)
    source, whole, chunked = built.source, built.path, tmp_path / "chunked.duckdb"
    summary = run_flow(source, chunked, chunk_documents=chunk, workers=2)
    assert summary.documents_seen == summary.documents_loaded + summary.documents_quarantined
    assert summary.documents_seen == len(list(source.rglob("*.txt")))
    assert_same_warehouse(whole, chunked)
    checks = "SELECT suite, expectation, column_name, success, unexpected_count, element_count FROM dq_result"
    assert query(whole, checks + " ORDER BY ALL").equals(query(chunked, checks + " ORDER BY ALL"))
    # The staging files are gone once the runs have loaded, and their folders with them.
    assert not staging_folder_of(whole).exists() and not staging_folder_of(chunked).exists()


def test_twins_and_copies_of_quarantined_documents_are_found_across_chunks(run_flow, tmp_path):
    no_title = BAD["english.txt"][0]  # quarantined: not Vietnamese
    source = write_articles(tmp_path / "articles", {
        "a.txt": GOOD, "b.txt": no_title, "c_twin_of_a.txt": GOOD, "d_copy_of_b.txt": no_title,
    })
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(source, warehouse, chunk_documents=1, workers=2)  # one document per chunk
    assert (summary.documents_seen, summary.documents_loaded, summary.documents_quarantined) == (4, 2, 2)
    documents = query(warehouse, "SELECT source_file, status, duplicate_of FROM etl_document ORDER BY 1")
    assert documents["status"].to_list() == ["loaded", "quarantined", "loaded", "quarantined"]
    assert documents["duplicate_of"][2].endswith("/a.txt")
    assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == 1
    reasons = dict(query(warehouse, "SELECT source_file, reason FROM quarantine").iter_rows())
    assert "not Vietnamese" in reasons["b.txt"]
    assert reasons["d_copy_of_b.txt"].startswith("same text as b.txt, which was quarantined")


def paragraphs(*texts: str) -> pl.DataFrame:
    return pl.DataFrame({"source_uri": "u", "field": "body", "paragraph": list(range(len(texts))), "text": list(texts)},
                        schema_overrides={"paragraph": pl.Int32})


def test_matches_found_from_start_phrases_are_the_regex_search_matches():
    heads = ("Ban", "Ban Chấp hành", "Đảng ủy", "Tỉnh ủy")
    pattern = r"(?P<head>Ban Chấp hành|Đảng ủy|Tỉnh ủy|Ban)(?P<rest>(?:\s+(?:\p{Lu}\p{Ll}*|tỉnh|Ban|Đảng ủy))*)"
    texts = paragraphs(
        "Ban Chấp hành Đảng ủy Khối tỉnh họp; Tỉnh ủy chỉ đạo Ban Tuyên giáo và Đảng ủy.",
        "Không có gì ở đây.",
        "Ban" + " Ban" * 300 + " hết.",  # one match longer than the window an occurrence is tried on
        "Tỉnh ủyBan Tỉnh ủy",  # matches back to back
    )
    by_search = find_all(texts, pattern)
    by_starts = find_all(texts, pattern, starts=heads)
    assert by_starts.equals(by_search)
    first = by_starts.filter(pl.col("paragraph") == 0)
    # Leftmost-first, as the regex: "Đảng" is a capitalised word before it could be "Đảng ủy".
    assert first["match"].to_list() == ["Ban Chấp hành Đảng", "Tỉnh ủy", "Ban Tuyên", "Đảng ủy"]
    assert first["char_offset"].to_list() == [0, 37, 53, 71]
    assert by_starts.filter(pl.col("paragraph") == 2)["match"].str.len_chars().to_list() == [3 + 4 * 300]


def test_frames_cross_processes_as_packed_bytes_unchanged():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import polars as pl

    from flows import wire

    frame = pl.DataFrame({
        "key": [1, None], "text": ["Hội nghị", None], "paragraphs": [["a", "b"], []], "raw": [b"\xff\x00", None],
        "at": [datetime(2022, 1, 20, 19, 35, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))] * 2,
    })
    packed = wire.pack({"frame": frame, "series": frame["text"], "empty": frame.clear(), "n": 3})
    assert isinstance(packed, bytes)
    back = wire.unpack(packed)
    assert back["frame"].equals(frame) and back["frame"].schema == frame.schema
    assert back["series"].equals(frame["text"]) and back["series"].name == "text"
    assert back["empty"].schema == frame.schema and back["n"] == 3


def test_the_empty_staging_tables_come_from_a_cache_per_code_version(tmp_path, monkeypatch):
    from flows import chunks
    from flows.settings import empty_tables_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    written = chunks.empty_tables()
    cache = empty_tables_cache()
    assert cache.is_relative_to(tmp_path) and sorted(path.stem for path in cache.glob("*.arrow")) == sorted(written)
    cached = chunks.empty_tables()
    typed = chunks._stages_on_nothing()
    assert sorted(cached) == sorted(typed)
    for name, frame in typed.items():
        assert cached[name].schema == frame.schema and cached[name].is_empty(), name


@pytest.mark.parametrize("documents, most, workers, expected", [
    (35_000, 5_000, 2, 4_375),  # 8 chunks, 4 rounds of 2: no worker idle while the other parses a last chunk
    (10_000, 5_000, 2, 5_000),  # already a multiple of the workers
    (350, 5_000, 2, 350),  # a small rerun is one chunk: a second worker would cost more than it saves
    (2_000, 5_000, 2, 2_000),
    (2_001, 5_000, 2, 1_001),  # beyond that, shared by both workers
    (5, 1, 2, 1),  # never above the most asked for
    (1, 5_000, 4, 1),
    (0, 5_000, 2, 1),
])
def test_chunks_are_sized_so_that_every_worker_stays_busy_to_the_end(documents, most, workers, expected):
    assert chunks.balanced_chunk_size(documents, most, workers) == expected
