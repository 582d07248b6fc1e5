"""Source kinds: a folder of pages, exports and archives, and a feed's pages fetched, give the articles their .txt
would, a grown export is read incrementally, and every kind is registered in one place (flows/sources/)."""

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import polars as pl
import pytest

from flows import manifest, sources
from flows.fetch import fetch, pages_folder, targets
from flows.settings import FetchSettings
from flows.sources.article import Article, compose
from flows.warehouse import query
from tests.conftest import SEEDS
from tests.http_site import rss, serving
from tests.source_files import (
    LAYOUTS,
    Page,
    news_please_record,
    parse_folder,
    warc_bytes,
    write_csv,
    write_jsonl,
)

COMPARED = ("title", "published_at", "published_has_time", "lead", "persons")
# A loopback site answers in milliseconds: no need to wait a second between its pages.
LOOPBACK = FetchSettings(delay_seconds=0.01, timeout_seconds=10.0, retries=1, backoff_seconds=0.05)
# What a page's metadata adds: the section (a news-please record has none).
COMPARED_IN_PAGES = ("category",)


def _seed_pages(parsed: pl.DataFrame) -> list[Page]:
    """Each seed as a page: the lines before its title in the site's header, the lines after it in the article,
    its date (with its time where the .txt gives one) and its section in the page's metadata."""
    pages = []
    for row in parsed.iter_rows(named=True):
        lines = [line.strip() for line in (SEEDS / row["source_file"]).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        at = lines.index(row["title"])
        published = None if row["published_at"] is None else (
            row["published_at"].isoformat() if row["published_has_time"] else row["published_at"].date().isoformat())
        pages.append(Page(f"https://baotinh.example.vn/tin/{Path(row['source_file']).stem}.html", row["title"],
                          lines[at + 1:], published, tuple(lines[:at]), category=row["category"]))
    return pages


@pytest.fixture(scope="module")
def seeds_as_each_kind(tmp_path_factory):
    """The seeds parsed from .txt, and from the same articles as saved pages (three layouts), a news-please JSON
    Lines export, a WARC, and the pages fetched from a site behind its feed: kind -> {seed stem -> fields}."""
    root = tmp_path_factory.mktemp("kinds")
    txt = parse_folder(SEEDS)
    pages = _seed_pages(txt)
    folders = {kind: root / kind for kind in ("html", "jsonl", "warc")}
    for folder in folders.values():
        folder.mkdir()
    for number, page in enumerate(pages):
        (folders["html"] / f"{page.url.rsplit('/', 1)[1]}").write_text(LAYOUTS[number % 3](page), encoding="utf-8")
    write_jsonl(folders["jsonl"] / "export.jsonl", [news_please_record(page) for page in pages])
    (folders["warc"] / "crawl.warc.gz").write_bytes(
        warc_bytes([(page.url, LAYOUTS[number % 3](page)) for number, page in enumerate(pages)]))

    def by_seed(parsed: pl.DataFrame, name: str) -> dict[str, dict]:
        return {Path(row[name].split("#")[0]).stem.removesuffix(".warc"): row for row in parsed.iter_rows(named=True)}

    results = {"txt": by_seed(txt, "source_file")}
    for kind, folder in folders.items():
        parsed = parse_folder(folder)
        results[kind] = by_seed(parsed, "source_file" if kind == "html" else "source_uri")
    # The same pages on a site served on loopback, behind its RSS feed: fetched into a store, the store's pages read.
    with serving() as site:
        for number, page in enumerate(pages):
            site.files[urlsplit(page.url).path] = (LAYOUTS[number % 3](page).encode("utf-8"),
                                                   "text/html; charset=utf-8")
        site.files["/feed.xml"] = (rss(*(urlsplit(page.url).path for page in pages), base=site.base),
                                   "application/rss+xml")
        store = root / "news.fetched"
        report = fetch(targets([f"{site.base}/feed.xml"]), store, LOOPBACK)
        assert len(report.stored) == len(pages) and not report.problems
    results["feed"] = by_seed(parse_folder(pages_folder(store)), "source_uri")
    return results


@pytest.mark.parametrize("kind", ["html", "jsonl", "warc", "feed"])
def test_the_seeds_as_pages_exports_and_archives_give_the_fields_of_their_txt(seeds_as_each_kind, kind):
    expected, got = seeds_as_each_kind["txt"], seeds_as_each_kind[kind]
    assert sorted(got) == sorted(expected)
    for seed, fields in expected.items():
        for name in COMPARED + (COMPARED_IN_PAGES if kind != "jsonl" else ()):
            assert got[seed][name] == fields[name], f"{kind} {seed}: {name}"


def test_each_file_goes_to_the_kind_of_its_longest_extension():
    kind = {name: (found.name if (found := sources.folder.kind_of(name, sources.KINDS)) else None)
            for name in ("a.txt", "B.HTML", "c.htm", "d.jsonl", "e.json", "f.csv", "g.warc", "h.warc.gz", "i.gz",
                         "j.pdf")}
    assert kind == {"a.txt": "txt", "B.HTML": "html", "c.htm": "html", "d.jsonl": "jsonl", "e.json": "jsonl",
                    "f.csv": "csv", "g.warc": "warc", "h.warc.gz": "warc", "i.gz": None, "j.pdf": None}
    names = [k.name for k in sources.KINDS]
    assert len(names) == len(set(names)), "each kind is registered once"


def test_a_field_map_names_the_fields_of_an_export():
    assert sources.parse_field_map("text=body, published=time").field_map == (("text", "body"), ("published", "time"))
    for wrong in ("text", "body=text", "title="):
        with pytest.raises(sources.SourceError, match="expected FIELD=NAME"):
            sources.parse_field_map(wrong)


def test_a_csv_export_is_read_by_the_names_a_map_gives(tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    body = ("Chiều 20/1, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị tổng kết công tác năm 2021.\n"
            "Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị của tỉnh.")
    write_csv(folder / "export.csv", ["link", "headline", "noi_dung", "thoi_gian"],
              [["https://baotinh.example.vn/a.html", "Hội nghị tổng kết năm 2021", body, "2022-01-20T19:35:00+07:00"],
               ["https://baotinh.example.vn/b.html", "Hội nghị lần thứ hai", body.replace("20/1", "21/1"),
                "21/01/2022 08:00"]])
    options = sources.parse_field_map("text=noi_dung,title=headline,published=thoi_gian,url=link")
    parsed = parse_folder(folder, options)
    assert parsed.select("source_uri", "title").rows() == [
        ("https://baotinh.example.vn/a.html", "Hội nghị tổng kết năm 2021"),
        ("https://baotinh.example.vn/b.html", "Hội nghị lần thứ hai")]
    assert [str(value) for value in parsed["published_at"]] == ["2022-01-20 19:35:00+07:00",
                                                                "2022-01-21 08:00:00+07:00"]
    assert parsed["lead"][0].startswith("Chiều 20/1, Ban Chấp hành")
    # Without the map the export has no text the pipeline knows: each row says so.
    files, _ = sources.list_folder(folder, 2**20)
    planned, _ = manifest.plan(files, pl.DataFrame(schema=manifest.MANIFEST_SCHEMA), True, 2**20)
    problems = sources.read_documents(planned)["problem"].to_list()
    assert all("no article text" in problem and "--map text=" in problem for problem in problems)


def test_the_fields_win_over_the_text_for_title_date_and_author():
    text = compose(Article(text="Hội nghị tổng kết\n\nThứ 5, 20/01/2022 | 19:35:08\n\nChiều 20/1, Tỉnh ủy họp.",
                           title="Hội nghị tổng kết", published="2022-01-21T01:00:00Z", authors=("Minh Anh",)))
    # The title is said once, the fields' date (in Vietnam's time) stands under it, the author closes the text.
    assert text == ("Hội nghị tổng kết\n\n21/01/2022 08:00\n\nThứ 5, 20/01/2022 | 19:35:08\n\n"
                    "Chiều 20/1, Tỉnh ủy họp.\n\nMinh Anh\n")
    assert compose(Article(text="Sáng 2-8, hội nghị.", published="2019-08-02")).startswith("02/08/2019\n\n")


def _records(numbers: range) -> list[dict]:
    body = ("Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị của tỉnh; kinh tế tăng "
            "trưởng khá, an sinh xã hội được bảo đảm.")
    return [{"url": f"https://baotinh.example.vn/tin-{n}.html", "title": f"Hội nghị chi bộ số {n} tổng kết năm",
             "maintext": f"Chiều 20/1, Chi bộ số {n} tổ chức hội nghị tổng kết công tác năm 2021.\n{body}",
             "date_publish": "2022-01-20 19:35:00", "authors": []} for n in numbers]


@pytest.mark.timeout(900)
def test_a_grown_export_reads_only_its_new_records_and_a_changed_record_keeps_its_key(run_flow, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    export = write_jsonl(folder / "export.jsonl", _records(range(1000)))
    warehouse = tmp_path / "news.duckdb"
    first = run_flow(folder, warehouse, chunk_documents=500)
    assert (first.documents_seen, first.documents_loaded) == (1000, 1000)

    with export.open("a", encoding="utf-8") as file:
        file.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in _records(range(1000, 1010))))
    files, _ = sources.list_folder(folder, 2**20)
    planned, _ = manifest.plan(files, query(warehouse, "SELECT * FROM etl_document").select(
        list(manifest.MANIFEST_SCHEMA)), False, 2**20)
    assert planned.filter(pl.col("change") == "to_read")["source_uri"].to_list() == [
        f"https://baotinh.example.vn/tin-{n}.html" for n in range(1000, 1010)]
    second = run_flow(folder, warehouse)
    assert (second.documents_seen, second.documents_loaded, second.documents_unchanged) == (1010, 10, 1000)

    # Unchanged since: the export is not opened again, and `newswh run` records the run without Prefect.
    files, _ = sources.list_folder(folder, 2**20)
    known = query(warehouse, "SELECT * FROM etl_document").select(list(manifest.MANIFEST_SCHEMA))
    assert manifest.unchanged_documents(files, known).height == 1010
    from flows.settings import RunSettings
    from flows.unchanged import record_if_unchanged

    quiet = record_if_unchanged(RunSettings(folder, warehouse))
    assert (quiet.documents_seen, quiet.documents_unchanged) == (1010, 1010)

    key = query(warehouse, "SELECT article_key FROM fact_article WHERE source_uri = 'https://baotinh.example.vn/tin-7.html'")
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[7] = lines[7].replace("tổng kết công tác năm 2021", "sơ kết công tác 6 tháng đầu năm 2022")
    export.write_text("".join(lines), encoding="utf-8")
    third = run_flow(folder, warehouse)
    assert (third.documents_loaded, third.documents_unchanged) == (1, 1009)
    changed = query(warehouse, "SELECT article_key, lead FROM fact_article "
                               "WHERE source_uri = 'https://baotinh.example.vn/tin-7.html'")
    assert changed["article_key"].to_list() == key["article_key"].to_list()
    assert "sơ kết công tác 6 tháng" in changed["lead"][0]
    assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == 1010


def test_the_manifest_of_a_warehouse_before_sources_reads_as_txt(tmp_path):
    import duckdb

    from flows import migrations, reading

    path = tmp_path / "old.duckdb"
    previous = tmp_path / "schema"
    previous.mkdir()
    for file in sorted(migrations.SCHEMA_DIR.glob("*.sql")):
        if file.stem < "024":
            shutil.copy(file, previous)
    original, views = migrations.SCHEMA_DIR, migrations.VIEWS_DIR
    # The old release's schema, without today's views (they read columns of later migrations).
    migrations.SCHEMA_DIR, migrations.VIEWS_DIR = previous, tmp_path / "no views"
    try:
        with duckdb.connect(str(path)) as con:
            migrations.migrate(con)
            con.execute("INSERT INTO etl_document (source_uri, source_file, content_hash, byte_size, status, "
                        "article_key, first_seen_run, last_seen_run, last_changed_run, mtime_ns) VALUES "
                        "('file:///s/a.txt', 'a.txt', 'h', 10, 'loaded', 1, 'r', 'r', 'r', 5)")
        old = reading.read_manifest(path)
    finally:
        migrations.SCHEMA_DIR, migrations.VIEWS_DIR = original, views
    # (Its mtime is dropped: a later migration, 025, rebuilds every article's knowledge, so every file is read again.)
    assert old.select("source_kind", "file_uri", "file_size", "mtime_ns").row(0) == ("txt", "file:///s/a.txt", 10, None)
    with duckdb.connect(str(path)) as con:
        assert "024_source_kinds" in migrations.migrate(con)
    assert reading.read_manifest(path).select("source_kind", "file_uri", "file_size").row(0) == (
        "txt", "file:///s/a.txt", 10)


def test_a_json_file_of_one_object_or_an_array_is_read_by_its_objects(tmp_path):
    from flows.sources import jsonl

    record = {"url": "https://baotinh.example.vn/a.html", "title": "Hội nghị tổng kết", "text": "Chiều 20/1, hội nghị."}
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    array = tmp_path / "many.json"
    array.write_text(json.dumps([record, {**record, "url": "https://baotinh.example.vn/b.html"}, 3],
                                ensure_ascii=False, indent=1), encoding="utf-8")
    options = sources.SourceOptions()
    assert [(r.identity, r.offset, r.problem) for r in jsonl.list_records(str(single), options)] == [
        ("https://baotinh.example.vn/a.html", 0, None)]
    found = jsonl.list_records(str(array), options)
    assert [(r.identity, r.problem) for r in found] == [("https://baotinh.example.vn/a.html", None),
                                                         ("https://baotinh.example.vn/b.html", None),
                                                         (None, "not a JSON object but int")]
    data = array.read_bytes()
    assert json.loads(data[found[1].offset:found[1].offset + found[1].length])["url"].endswith("/b.html")


@pytest.mark.timeout(300)
def test_newswh_run_takes_a_folder_of_mixed_kinds_with_a_map(newswh_env, tmp_path):
    from tests.test_cli import newswh

    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS / "001_2f3999f3b0e71609.txt", folder)
    page = Page("https://baotinh.example.vn/tin/hoi-nghi.html", "Hội nghị tổng kết công tác Đảng năm 2021",
                ["Chiều 20/1, Đảng ủy xã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.",
                 "Năm 2021, các chi bộ đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị của xã."],
                "2022-01-20T19:35:00+07:00")
    (folder / "tin.html").write_text(LAYOUTS[1](page), encoding="utf-8")
    write_csv(folder / "export.csv", ["link", "headline", "noi_dung"],
              [["https://baotinh.example.vn/b.html", "Hội nghị chi bộ thôn Đông",
                "Sáng 21/1, Chi bộ thôn Đông tổ chức hội nghị tổng kết công tác năm 2021 với các đảng viên."]])
    warehouse = tmp_path / "news.duckdb"

    wrong = newswh("run", "--source", folder, "--warehouse", warehouse, "--map", "text")
    assert (wrong.returncode, wrong.stderr.strip().count("\n")) == (1, 0)
    assert "expected FIELD=NAME" in wrong.stderr

    done = newswh("run", "--source", folder, "--warehouse", warehouse, "--map", "text=noi_dung,title=headline,url=link",
                  env=newswh_env)
    assert done.returncode == 0, done.stderr
    rows = query(warehouse, "SELECT source_kind, source_file, status FROM etl_document ORDER BY 1").rows()
    assert rows == [("csv", "export.csv#row=1", "loaded"), ("html", "tin.html", "loaded"),
                    ("txt", "001_2f3999f3b0e71609.txt", "loaded")]
    exported = newswh("export", "articles", "--warehouse", warehouse)
    titles = sorted(json.loads(line)["title"] for line in exported.stdout.splitlines())
    assert titles == ["Hội nghị Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh", "Hội nghị chi bộ thôn Đông",
                      "Hội nghị tổng kết công tác Đảng năm 2021"]


def test_a_url_in_two_files_is_read_from_the_later_one_whichever_changed(tmp_path):
    from tests.source_files import as_manifest

    folder = tmp_path / "crawls"
    folder.mkdir()
    page = _records(range(1))[0]
    write_jsonl(folder / "2024-05-01.jsonl", [page, *_records(range(1, 3))])
    write_jsonl(folder / "2024-05-02.jsonl", [{**page, "title": "Hội nghị chi bộ số 0, tin đã sửa"}])

    def plan(known: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        files, _ = sources.list_folder(folder, 2**20)
        return manifest.plan(files, known, False, 2**20)

    first, skipped = plan(pl.DataFrame(schema=manifest.MANIFEST_SCHEMA))
    read_from = first.filter(pl.col("source_uri") == page["url"])["source_file"].to_list()
    assert read_from == ["2024-05-02.jsonl#line=1"]
    assert skipped.rows() == [("2024-05-01.jsonl#line=1", "the same URL as 2024-05-02.jsonl#line=1, which is read")]
    # The earlier export grows; the later one is unchanged (not opened): the page is still read from the later one.
    with (folder / "2024-05-01.jsonl").open("a", encoding="utf-8") as file:
        file.write(json.dumps(_records(range(3, 4))[0], ensure_ascii=False) + "\n")
    again, skipped = plan(as_manifest(first))
    assert again.filter(pl.col("source_uri") == page["url"]).select("source_file", "change").rows() == [
        ("2024-05-02.jsonl#line=1", "unchanged")]
    assert skipped["source_file"].to_list() == ["2024-05-01.jsonl#line=1"]
    assert again.filter(pl.col("change") == "to_read")["source_uri"].to_list() == [
        "https://baotinh.example.vn/tin-3.html"]


def test_an_archive_or_an_export_says_when_its_pages_were_fetched(tmp_path):
    page = Page("https://baotinh.example.vn/a.html", "Hội nghị tổng kết công tác năm 2021",
                ["Chiều 20/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2021 với đông đủ các đại biểu."],
                "2022-01-20T19:35:00+07:00")
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes([(page.url, LAYOUTS[0](page))], fetched="2024-05-01T01:00:00Z"))
    write_jsonl(tmp_path / "export.jsonl", [{**news_please_record(page), "url": "https://baotinh.example.vn/b.html"}])
    (tmp_path / "tin.txt").write_text("Hội nghị\n\nChiều 20/1, Tỉnh ủy họp.\n", encoding="utf-8")
    files, _ = sources.list_folder(tmp_path, 2**20)
    planned, _ = manifest.plan(files, pl.DataFrame(schema=manifest.MANIFEST_SCHEMA), True, 2**20)
    read = sources.read_documents(planned).sort("source_kind")
    fetched = dict(zip(read["source_kind"], (str(value) for value in read["fetched_at"])))
    assert fetched["warc"] == "2024-05-01 08:00:00+07:00"  # its WARC-Date, in Vietnam's time
    assert fetched["jsonl"] == "2024-05-01 08:00:00+07:00"  # news-please's date_download, a local time
    assert fetched["txt"] > "2026"  # a file says nothing: read now


def test_a_page_in_windows_1258_reads_as_its_utf8_twin():
    from flows.decode import decode_document
    from flows.sources.html import page_text
    from tests.conftest import to_windows_1258

    page = Page("https://baotinh.example.vn/a.html", "Hội nghị tổng kết công tác năm 2021",
                ["Chiều 20/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2021 với đông đủ các đại biểu."],
                "2022-01-20T19:35:00+07:00")
    utf8 = LAYOUTS[0](page)
    legacy = to_windows_1258(utf8.replace('charset="utf-8"', 'charset="windows-1258"'))
    texts = [decode_document(page_text(markup)[0]).text for markup in (utf8.encode("utf-8"), legacy)]
    assert texts[0] == texts[1]
    assert texts[0].startswith("Hội nghị tổng kết công tác năm 2021\n\n20/01/2022 19:35\n\nChiều 20/1")
