"""Hostile input, generated here: each bad document gets its reason, none crashes the run or is lost."""

import random
import unicodedata

import pytest

from flows.patterns.legacy_encodings import TCVN3, VNI
from flows.warehouse import query
from tests.conftest import to_windows_1258, write_articles

BODY = (
    "Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị của tỉnh. "
    "Kinh tế tăng trưởng khá, an sinh xã hội được bảo đảm, quốc phòng an ninh được giữ vững."
)
GOOD = f"Hội nghị tổng kết công tác năm 2021\n\n20/01/2022 - 19:35\n\nChiều 20/1, Tỉnh ủy tổ chức hội nghị.\n\n{BODY}\n\nMinh Anh\n"
ENGLISH = ("Provincial Party Committee meets\n\n20/01/2022 - 19:35\n\nThe committee met on Thursday to review the year.\n\n"
           "The economy grew and social security was maintained across the province, the chairman said.\n")

# A page whose text has no title line loads with title null (design.md), it is not quarantined.
NO_TITLE = f"Chiều 20/1, Tỉnh ủy tổ chức hội nghị tổng kết. {BODY} {BODY}\n\n{BODY}\n"

# file name -> (content, stage, words the reason must contain)
BAD = {
    "empty.txt": (b"", "decode", "empty file"),
    "blank.txt": (b"  \n\t\n   \n", "decode", "whitespace"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "decode", "binary content"),
    "too_big.txt": (GOOD.encode() + b"x" * 5000, "source", "too large"),
    # Legacy 8-bit text that TCVN3 and VNI both read as Vietnamese ("ủi tụi" / "đi tơi"): not guessed.
    "ambiguous.txt": (b"\xf1i t\xf4i\n\n" + b"\xf1i t\xf4i " * 20, "decode", "both read as Vietnamese"),
    # Bytes no table reads (no NUL, so not "binary").
    "noise.txt": (bytes(random.Random(7).choices(range(1, 256), k=400)), "decode", "neither TCVN3 (ABC) nor VNI"),
    "page.txt": (b"<!DOCTYPE html>\n<html><head><title>Tin</title></head><body><p>" + BODY.encode()
                 + b"</p></body></html>", "decode", "HTML page"),
    "future.txt": (GOOD.replace("20/01/2022", "20/01/2099").encode(), "check", "published after we read it"),
    "no_such_day.txt": (GOOD.replace("20/01/2022", "31/02/2022").encode(), "check", "does not exist"),
    "truncated.txt": (GOOD.encode()[: GOOD.encode().index("ổng".encode()) + 1], "decode", "truncated"),
    "english.txt": (ENGLISH.encode(), "check", "not Vietnamese"),
}


@pytest.fixture(scope="module")
def bad_run(prefect_server, tmp_path_factory):
    from flows.pipeline import news_etl

    root = tmp_path_factory.mktemp("bad")
    source = write_articles(root / "articles", {"good.txt": GOOD, "no_title.txt": NO_TITLE, **{n: c for n, (c, _, _) in BAD.items()}})
    outside = write_articles(root / "elsewhere", {"secret.txt": GOOD.replace("Minh Anh", "Bí Mật")})
    (source / "link.txt").symlink_to(outside / "secret.txt")
    warehouse = root / "news.duckdb"
    summary = news_etl(source=str(source), warehouse_path=str(warehouse), max_document_bytes=len(GOOD.encode()) + 1000)
    return summary, warehouse, source


def test_nothing_is_lost(bad_run):
    summary, warehouse, _ = bad_run
    assert summary.documents_seen == len(BAD) + 3  # the bad ones, the good one, the one with no title, the link
    assert summary.balanced
    assert summary.documents_loaded == 2
    run = query(warehouse, "SELECT * FROM etl_run").row(0, named=True)
    assert run["documents_seen"] == run["documents_loaded"] + run["documents_quarantined"] + run["documents_unchanged"]


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_document_is_quarantined_with_its_reason_and_bytes(bad_run, name):
    _, warehouse, source = bad_run
    content, stage, words = BAD[name]
    row = query(warehouse, "SELECT stage, reason, original_bytes FROM quarantine WHERE source_file = $name",
                params={"name": name})
    assert row.height == 1, f"{name} was not quarantined"
    got = row.row(0, named=True)
    assert got["stage"] == stage
    assert words in got["reason"], got["reason"]
    if stage == "source":
        assert got["original_bytes"] is None  # refused unread: the path is kept in source_uri
    else:
        assert got["original_bytes"] == content


def test_a_link_outside_the_source_folder_is_refused_unread(bad_run):
    _, warehouse, _ = bad_run
    row = query(warehouse, "SELECT stage, reason, original_bytes FROM quarantine WHERE source_file = 'link.txt'")
    assert row.row(0) == ("source", row["reason"][0], None)
    assert "outside the source folder" in row["reason"][0]
    assert query(warehouse, "SELECT count(*) AS n FROM dim_author WHERE author_name = 'Bí Mật'")["n"][0] == 0


def test_quarantine_and_manifest_agree(bad_run):
    _, warehouse, _ = bad_run
    statuses = query(warehouse, "SELECT status, count(*) AS n FROM etl_document GROUP BY 1 ORDER BY 1").rows()
    assert statuses == [("loaded", 2), ("quarantined", len(BAD) + 1)]


def test_a_page_without_a_title_line_loads_with_title_null_and_its_first_paragraph_as_lead(bad_run):
    _, warehouse, _ = bad_run
    row = query(warehouse, "SELECT title, lead FROM fact_article WHERE source_file = 'no_title.txt'")
    assert row.height == 1
    assert row["title"][0] is None
    assert row["lead"][0].startswith("Chiều 20/1, Tỉnh ủy tổ chức hội nghị tổng kết.")


def test_the_same_article_in_any_encoding_loads_once_with_every_source(run_flow, tmp_path):
    twins = {
        "a_utf8.txt": GOOD.encode("utf-8"),
        "b_utf8_bom.txt": b"\xef\xbb\xbf" + GOOD.encode("utf-8"),
        "c_utf16.txt": GOOD.encode("utf-16"),
        "d_windows1258.txt": to_windows_1258(GOOD),
        "e_nfd.txt": unicodedata.normalize("NFD", GOOD).encode("utf-8"),
        "f_crlf.txt": GOOD.replace("\n", "\r\n").encode("utf-8"),
        "f_tcvn3.txt": TCVN3.encode(GOOD),
        "f_vni.txt": VNI.encode(GOOD),
    }
    source = write_articles(tmp_path / "twins", twins)
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(source, warehouse)
    assert (summary.documents_loaded, summary.documents_quarantined) == (len(twins), 0)
    articles = query(warehouse, "SELECT article_key, source_file, title, lead FROM fact_article")
    assert articles.height == 1
    assert articles["title"][0] == "Hội nghị tổng kết công tác năm 2021"
    sources = query(warehouse, "SELECT source_file, article_key, duplicate_of FROM etl_document ORDER BY 1")
    assert sources["article_key"].n_unique() == 1
    assert sources["article_key"][0] == articles["article_key"][0]
    assert sources["duplicate_of"].null_count() == 1  # the article's own source
    # A twin arriving later joins the same article.
    write_articles(source, {"g_copy.txt": GOOD})
    again = run_flow(source, warehouse)
    assert (again.documents_loaded, again.documents_unchanged) == (1, len(twins))
    assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == 1
    assert query(warehouse, "SELECT count(DISTINCT article_key) AS n FROM etl_document")["n"][0] == 1


def test_legacy_encoded_articles_load_with_their_encoding(run_flow, tmp_path):
    other = GOOD.replace("tổng kết công tác năm 2021", "triển khai nhiệm vụ năm 2022").replace("Minh Anh", "Thu Hà")
    third = GOOD.replace("tổng kết công tác năm 2021", "sơ kết 6 tháng đầu năm").replace("Minh Anh", "Lê Dũng")
    source = write_articles(tmp_path / "legacy", {"tcvn3.txt": TCVN3.encode(GOOD), "vni.txt": VNI.encode(other),
                                                  "utf8.txt": third})
    warehouse = tmp_path / "news.duckdb"
    summary = run_flow(source, warehouse)
    assert (summary.documents_loaded, summary.documents_quarantined) == (3, 0)
    rows = query(warehouse, "SELECT source_file, source_encoding, title FROM fact_article ORDER BY 1").rows()
    assert rows == [
        ("tcvn3.txt", "tcvn3", "Hội nghị tổng kết công tác năm 2021"),
        ("utf8.txt", "utf-8", "Hội nghị sơ kết 6 tháng đầu năm"),
        ("vni.txt", "vni", "Hội nghị triển khai nhiệm vụ năm 2022"),
    ]


def test_any_file_name_is_taken_and_every_other_file_is_reported(run_flow, tmp_path):
    import os

    source = tmp_path / "articles"
    source.mkdir()
    # A name that is not UTF-8 (copied from an old Windows share), an upper-case extension, and files that are not
    # articles: each is either loaded or named in the summary with its reason, never silently skipped.
    odd_name = os.fsencode(source) + b"/tin_\xff\xfe.txt"
    with open(odd_name, "wb") as file:
        file.write(GOOD.encode())
    (source / "ARTICLE.TXT").write_text(GOOD.replace("Minh Anh", "Thu Hà"), encoding="utf-8")
    (source / "scan.pdf").write_bytes(b"%PDF-1.4")
    (source / "README").write_text("notes", encoding="utf-8")
    warehouse = tmp_path / "news.duckdb"

    summary = run_flow(source, warehouse)

    assert (summary.documents_seen, summary.documents_loaded) == (2, 2)
    assert sorted((row["source_file"], row["reason"]) for row in summary.skipped) == [
        ("README", "not an article file: no extension"), ("scan.pdf", "not an article file: .pdf")]
    files = query(warehouse, "SELECT source_file, source_uri FROM etl_document ORDER BY source_file").rows()
    assert files[0][0] == "ARTICLE.TXT"
    assert files[1][0] == "tin_\\xff\\xfe.txt", "the display name is readable"
    assert files[1][1].endswith("/tin_%FF%FE.txt"), "the uri keeps the bytes"
    # The file is read again from its uri on a retry or a rerun: unchanged means it was found by its bytes.
    assert run_flow(source, warehouse).documents_unchanged == 2


def test_the_summary_lists_the_files_not_taken():
    from pathlib import Path

    from flows.report import RunSummary, summary_text

    summary = RunSummary("r", "src", Path("w.duckdb"), Path("dq"), documents_seen=1, documents_loaded=1,
                         skipped=[{"source_file": "a.pdf", "reason": "not an article file: .pdf"},
                                  {"source_file": "b.pdf", "reason": "not an article file: .pdf"},
                                  {"source_file": "c", "reason": "not an article file: no extension"}])
    text = summary_text(summary)
    assert "not taken: 3 files (2 not an article file: .pdf, 1 not an article file: no extension)" in text
    assert "  not taken a.pdf: not an article file: .pdf" in text
