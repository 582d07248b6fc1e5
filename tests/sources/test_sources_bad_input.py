"""Bad records inside good files: each is quarantined with a reason naming the record, and the other records of
the same file load (documents in = loaded + quarantined + unchanged)."""

import pytest

from flows.warehouse import query
from tests.source_files import LAYOUTS, Page, news_please_record, warc_bytes, write_csv, write_jsonl

BODY = ("Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị của tỉnh. Kinh tế tăng trưởng "
        "khá, an sinh xã hội được bảo đảm, quốc phòng an ninh được giữ vững.")


def _page(n: int, site: str) -> Page:
    n += {"jsonl": 0, "csv": 10, "warc": 20, "html": 30}[site]  # a text of its own: the same text is one article
    return Page(f"https://{site}.example.vn/tin-{n}.html", f"Hội nghị Ban Chấp hành Đảng bộ xã số {n}",
                [f"Chiều 20/1, Đảng bộ xã số {n} tổ chức hội nghị tổng kết công tác năm 2021.", BODY],
                "2022-01-20T19:35:00+07:00")


NO_ARTICLE = ("<!DOCTYPE html><html><head><title>Trang chủ</title></head><body><nav><ul>"
              + "".join(f"<li><a href=\"/muc-{n}\">Chuyên mục {n}</a></li>" for n in range(12))
              + "</ul></nav><footer><a href=\"/lien-he\">Liên hệ</a></footer></body></html>")

# file -> (its record, the words its reason must hold)
BAD = {
    "export.jsonl": ("export.jsonl#line=2", "line 2: not JSON"),
    "export.csv": ("export.csv#row=3", "row 3: 2 values for 4 columns: no value for text, published"),
    "crawl.warc": ("crawl.warc#record=", "truncated WARC record"),
    "empty.html": ("empty.html", "no article in the page"),
}


@pytest.fixture(scope="module")
def bad_records_run(prefect_server, tmp_path_factory):
    from flows.pipeline import news_etl

    root = tmp_path_factory.mktemp("bad-records")
    source = root / "source"
    source.mkdir()
    records = [news_please_record(_page(n, "jsonl")) for n in range(3)]
    write_jsonl(source / "export.jsonl", records)
    lines = (source / "export.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (source / "export.jsonl").write_text(lines[0] + '{"url": "https://jsonl.example.vn/x", "title": \n' + "".join(
        lines[1:]), encoding="utf-8")
    pages = [_page(n, "csv") for n in range(2)]
    write_csv(source / "export.csv", ["url", "title", "text", "published"],
              [[p.url, p.title, "\n".join(p.paragraphs), p.published] for p in pages])
    with (source / "export.csv").open("a", encoding="utf-8") as file:
        file.write("https://csv.example.vn/cut.html,Một dòng thiếu cột\n")
    archive = warc_bytes([(p.url, LAYOUTS[n % 3](p)) for n, p in enumerate(_page(n, "warc") for n in range(3))],
                         gzip=False)
    (source / "crawl.warc").write_bytes(archive[:-300])
    (source / "empty.html").write_text(NO_ARTICLE, encoding="utf-8")
    (source / "good.html").write_text(LAYOUTS[0](_page(9, "html")), encoding="utf-8")
    warehouse = root / "news.duckdb"
    return news_etl(source=str(source), warehouse_path=str(warehouse)), warehouse, source


def test_nothing_is_lost(bad_records_run):
    summary, warehouse, _ = bad_records_run
    # 4 JSON lines, 3 CSV rows, 3 WARC responses, 2 pages.
    assert summary.documents_seen == 12
    assert (summary.documents_loaded, summary.documents_quarantined) == (8, 4)
    assert summary.balanced
    statuses = query(warehouse, "SELECT source_kind, status, count(*) AS n FROM etl_document GROUP BY ALL ORDER BY ALL")
    assert statuses.rows() == [("csv", "loaded", 2), ("csv", "quarantined", 1), ("html", "loaded", 1),
                               ("html", "quarantined", 1), ("jsonl", "loaded", 3), ("jsonl", "quarantined", 1),
                               ("warc", "loaded", 2), ("warc", "quarantined", 1)]


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_record_is_quarantined_with_a_reason_naming_it_and_its_bytes(bad_records_run, name):
    _, warehouse, _ = bad_records_run
    record, words = BAD[name]
    rows = query(warehouse, "SELECT source_file, stage, reason, original_bytes FROM quarantine "
                            "WHERE starts_with(source_file, $name)", params={"name": name})
    assert rows.height == 1, rows
    row = rows.row(0, named=True)
    assert row["source_file"].startswith(record)
    assert row["stage"] == "source"
    assert words in row["reason"], row["reason"]
    assert row["original_bytes"], "the record's own bytes are kept"


def test_the_other_records_of_each_file_load(bad_records_run):
    _, warehouse, _ = bad_records_run
    loaded = query(warehouse, "SELECT source_uri FROM fact_article ORDER BY 1")["source_uri"].to_list()
    records = [uri for uri in loaded if uri.startswith("https://")]
    assert records == sorted([f"https://{kind}.example.vn/tin-{n + first}.html" for kind, count, first in
                              (("jsonl", 3, 0), ("csv", 2, 10), ("warc", 2, 20)) for n in range(count)])
    assert [uri.rsplit("/", 1)[1] for uri in loaded if uri.startswith("file://")] == ["good.html"]


def test_a_mended_record_leaves_quarantine_on_a_retry(bad_records_run):
    from flows.pipeline import news_etl
    from flows.warehouse import operation

    _, warehouse, source = bad_records_run
    export = source / "export.csv"
    export.write_text(export.read_text(encoding="utf-8").replace(
        "Một dòng thiếu cột", f"Một dòng đã đủ cột,\"Chiều 20/1, Đảng bộ xã số 99 họp. {BODY}\",2022-01-20"),
        encoding="utf-8")
    targets = operation(warehouse, "quarantine_targets", ids=[])
    assert targets.filter(targets["source_uri"] == "https://csv.example.vn/cut.html").row(0)[2:] == (
        export.as_uri(), "export.csv", "csv")
    summary = news_etl(warehouse_path=str(warehouse), retry=[tuple(row) for row in targets.iter_rows()])
    assert summary.documents_loaded == 1  # the CSV row; the others are as bad as they were
    assert query(warehouse, "SELECT resolved_run IS NOT NULL AS resolved FROM quarantine "
                            "WHERE source_uri = 'https://csv.example.vn/cut.html'")["resolved"].to_list() == [True]


@pytest.mark.parametrize("extension", [".html", ".jsonl", ".json", ".csv", ".warc", ".warc.gz"])
def test_no_bytes_make_a_kind_raise(tmp_path, extension):
    """Listing and reading a file of noise, or a good file cut anywhere, give problems, never an exception."""
    import random

    from flows import manifest, sources

    noise = random.Random(extension)
    good = {".html": LAYOUTS[0](_page(1, "html")).encode(), ".csv": b"url,title,text\nhttps://a.vn/1,T,\"x\ny\"\n",
            ".warc": warc_bytes([("https://a.vn/1", LAYOUTS[1](_page(1, "warc")))], gzip=False),
            ".warc.gz": warc_bytes([("https://a.vn/1", LAYOUTS[1](_page(1, "warc")))])}
    good[".jsonl"] = good[".json"] = (json_line := b'{"url": "https://a.vn/1", "text": "Chi\xe1\xbb\x81u 20/1."}\n') * 3
    samples = [bytes(noise.randrange(256) for _ in range(size)) for size in (0, 1, 7, 300)]
    samples += [good[extension][:cut] for cut in sorted(noise.sample(range(1, len(good[extension])), 6))]
    samples += [b"[" + json_line, b"{\n" + json_line, b"\xef\xbb\xbf" + json_line]
    for number, sample in enumerate(samples):
        folder = tmp_path / f"s{number}"
        folder.mkdir()
        (folder / f"f{extension}").write_bytes(sample)
        files, _ = sources.list_folder(folder, 2**20)
        planned, _ = manifest.plan(files, __import__("polars").DataFrame(schema=manifest.MANIFEST_SCHEMA), True,
                                   2**20)
        read = sources.read_documents(planned)
        assert read.height == planned.height
