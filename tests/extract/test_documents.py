"""Documents: codes parsed into their parts, issuers named in words matched to their abbreviations, and one row per
real document in the warehouse, in one run and across runs (issue 12, item 4)."""

import json

import polars as pl
import pytest

from flows.export import articles_jsonl
from flows.extract.documents import code_parts, issuer_abbreviation
from flows.patterns import documents as d
from flows.settings import SQL_DIR
from flows.tables import compose
from flows.warehouse import query
from tests.conftest import LEAD, copy_warehouse, extract_text, write_articles


@pytest.mark.parametrize(
    "code, kind, issuer, year",
    [
        ("05-CT/TW", "CT", "TW", None),
        ("01-NQ/ĐUK", "NQ", "ĐUK", None),
        ("71-KH/TU", "KH", "TU", None),
        ("822-CV/BTGTU", "CV", "BTGTU", None),
        ("53/2017/NĐ-CP", "NĐ", "CP", 2017),
        ("15/2023/QĐ-UBND", "QĐ", "UBND", 2023),
        ("1001/QĐ-TTg", "QĐ", "TTg", None),
        ("601/QĐ-Ttg", "QĐ", "TTg", None),          # as some articles type it
        ("38/2012/ND-CP", "NĐ", "CP", 2012),        # Đ typed as D
        ("1866/UBND-KTN", None, "UBND", None),      # an official letter: issuer, then the drafting unit
        ("12/2017/QH14", None, "QH", 2017),         # a law: the National Assembly of the 14th term
        ("1348/QĐ-BNN-TCCB", "QĐ", "BNN", None),    # an issuer the table does not know, kept as written
        ("32/C46", None, "C46", None),
        ("163/2006", None, None, 2006),             # a code cut short: number and year
        ("108/2009/QĐ", "QĐ", None, 2009),
    ],
)
def test_a_code_is_parsed_into_its_parts(code, kind, issuer, year):
    parts = pl.DataFrame({"code": [code]}).select(code_parts(pl.col("code"))).unnest(pl.all()).row(0)
    assert parts == (kind, issuer, year)


@pytest.mark.parametrize(
    "name, abbreviation",
    [
        ("Bộ Chính trị", "TW"), ("Bộ chính trị", "TW"), ("Ban Bí thư", "TW"),
        ("Ban Chấp hành Trung ương Đảng", "TW"), ("Bộ Chính trị Ban Chấp hành Trung ương Đảng", "TW"),
        ("Trung ương", "TW"), ("Trung ương Đoàn", None),
        ("Ban Thường vụ Tỉnh ủy", "TU"), ("Thành ủy Hà Nội", "TU"), ("Ban Tuyên giáo Tỉnh ủy", "BTGTU"),
        ("Huyện ủy Thanh Sơn", "HU"), ("Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh", "ĐUK"),
        ("Chính phủ", "CP"), ("Thủ tướng Chính phủ", "TTg"), ("Văn phòng Chính phủ", "VPCP"),
        ("Quốc hội", "QH"), ("Ủy ban Thường vụ Quốc hội", "UBTVQH"),
        ("Ủy ban nhân dân tỉnh Quảng Ninh", "UBND"), ("Hội đồng nhân dân tỉnh", "HĐND"),
        ("Bộ Y tế", "BYT"), ("Sở Y tế", None),
        # A minister issues under the ministry's abbreviation, in either spelling of its name.
        ("Bộ trưởng Bộ Tài chính", "BTC"), ("Bộ trưởng Bộ GD&ĐT", "BGDĐT"), ("Bộ GD - ĐT", "BGDĐT"),
    ],
)
def test_an_issuer_named_in_words_has_the_abbreviation_of_its_codes(name, abbreviation):
    assert pl.DataFrame({"n": [name]}).select(issuer_abbreviation(pl.col("n"))).item() == abbreviation


def test_the_abbreviation_tables_are_consistent():
    def fold(short):
        return short.upper().replace("Đ", "D")

    for table in (d.KIND_ABBREVIATIONS, d.ISSUER_ABBREVIATIONS):
        assert len({fold(short) for short in table}) == len(table)
    assert not {fold(s) for s in d.KIND_ABBREVIATIONS} & {fold(s) for s in d.ISSUER_ABBREVIATIONS}
    assert {scope for _, scope in d.ISSUER_ABBREVIATIONS.values()} == {"central", "local"}
    assert {short for _, short in d.ISSUER_NAMES} <= set(d.ISSUER_ABBREVIATIONS)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập.", [("05-CT/TW", "CT", "TW", "central", None, True)]),
        ("Triển khai Chỉ thị 05 của Bộ chính trị.", [(None, None, "TW", "central", None, False)]),
        ("Thực hiện Kế hoạch số 71-KH/TU của Tỉnh ủy.", [("71-KH/TU", "KH", "TU", "local", None, True)]),
        ("Theo Nghị định 53/2017 về giấy tờ.", [("53/2017", None, None, None, 2017, False)]),
        ("Theo Quyết định số 15/2023/QĐ-UBND ngày 3/4/2023 của UBND tỉnh.",
         [("15/2023/QĐ-UBND", "QĐ", "UBND", "local", 2023, True)]),
        ("Thực hiện Chỉ thị số 26 về kỷ cương.", [(None, None, None, None, None, False)]),
        # A space after the number's dash, a colon after "số": the same code.
        ("Theo tinh thần Nghị quyết 71- NQ/TW của Bộ Chính trị.", [("71-NQ/TW", "NQ", "TW", "central", None, True)]),
        ("Thực hiện Quyết định số: 4854- QĐ/QU về nhân sự.", [("4854-QĐ/QU", "QĐ", "QU", "local", None, True)]),
        ("Thực hiện Quyết định số:4855-QĐ/QU về nhân sự.", [("4855-QĐ/QU", "QĐ", "QU", "local", None, True)]),
        # ... a space on both sides of the dash, or for the dash: the same code, read with its dash.
        ("Học tập Nghị quyết số 52 - NQ/TW của Bộ Chính trị.", [("52-NQ/TW", "NQ", "TW", "central", None, True)]),
        ("Thực hiện kế hoạch số: 17 KH/ĐU, ngày 14 tháng 01 năm 2020.", [("17-KH/ĐU", "KH", "ĐU", "local", None, True)]),
        ("Theo Quy định 163 QĐ/TW ngày 15 tháng 4 năm 2006.", [("163-QĐ/TW", "QĐ", "TW", "central", None, True)]),
        ("Theo Kế hoạch số 10 - KH/ĐTN - VP ngày 1/2/2024 của Đoàn.",
         [("10-KH/ĐTN-VP", "KH", "ĐTN", None, None, True)]),
        # ... but a body's name or comrades after a space are no kind of document.
        ("Theo Công văn số 12 UBND/VX ngày 5/3/2024 về việc.", [(None, None, None, None, None, False)]),
        # ... nor is a word after the dash.
        ("Thực hiện Kế hoạch số 135- Chương trình của tỉnh.", [(None, None, None, None, None, False)]),
    ],
)
@pytest.mark.usefixtures("batched_calls")  # the articles of its cases are parsed in one batch (tests/batching.py)
def test_references_carry_their_parts(sentence, expected):
    found = extract_text(LEAD, sentence).documents
    assert found.select("code", "kind_abbreviation", "issuer_abbreviation", "issuer_scope", "code_year",
                        "coded").rows() == expected


# --- the warehouse ------------------------------------------------------------------------------------------

def _article(title: str, day: str, sentence: str) -> str:
    return f"{title}\n\n{day}/03/2024 08:00\n\nSáng {day}-3, {sentence} Thêm một câu để có thân bài."


BARE = _article("Hội nghị quán triệt", "10", "Đảng ủy Khối tổ chức hội nghị triển khai Chỉ thị 05 của Bộ Chính trị.")
CODED = _article("Sơ kết học tập", "12", "Chi bộ sơ kết việc thực hiện Chỉ thị số 05-CT/TW về học tập và làm theo.")
OTHER = _article("Sơ kết học tập", "12", "Chi bộ sơ kết việc thực hiện Kết luận số 21-KL/TW về xây dựng Đảng.")
CITING = (SQL_DIR / "queries" / "articles_citing_document.sql").read_text(encoding="utf-8")
DOCUMENTS = "SELECT kind, number, code, issuer_abbreviation FROM dim_document WHERE kind = 'Chỉ thị' ORDER BY ALL"


def _exported_documents(warehouse, source_file):
    rows = [json.loads(line) for line in articles_jsonl(warehouse).splitlines()]
    return next(row["documents"] for row in rows if row["source_file"] == source_file)


@pytest.fixture(scope="module")
def bare_and_coded(prefect_server, tmp_path_factory):
    """A first run over a bare reference and the coded one (read only): the source folder and the warehouse."""
    from flows.pipeline import news_etl

    source = write_articles(tmp_path_factory.mktemp("documents") / "src", {"bare.txt": BARE, "coded.txt": CODED})
    warehouse = source.parent / "w.duckdb"
    news_etl(source=str(source), warehouse_path=str(warehouse))
    return source, warehouse


def test_a_bare_reference_and_the_coded_one_are_one_document_in_one_run(bare_and_coded):
    _, warehouse = bare_and_coded
    assert query(warehouse, DOCUMENTS).rows() == [("Chỉ thị", "05", "05-CT/TW", "TW")]
    cited = query(warehouse, CITING)
    assert sorted(zip(cited["source_file"], cited["resolved_as"])) == [("bare.txt", "joined"), ("coded.txt", "coded")]
    citations = query(warehouse, "SELECT articles, citations FROM document_citations WHERE code = '05-CT/TW'")
    assert citations.rows() == [(2, 2)]
    # The export contract keeps its fields; the bare reference now shows the code it was joined to.
    assert _exported_documents(warehouse, "bare.txt") == [
        {"kind": "Chỉ thị", "number": "05", "code": "05-CT/TW", "issuer": "Bộ Chính trị", "issued_on": None}]


def test_a_later_run_that_brings_the_code_merges_the_bare_reference_and_an_edit_can_undo_it(run_flow, tmp_path):
    warehouse, source = tmp_path / "w.duckdb", tmp_path / "src"
    run_flow(write_articles(source, {"bare.txt": BARE}), warehouse)
    assert query(warehouse, DOCUMENTS).rows() == [("Chỉ thị", "05", None, "TW")]

    run_flow(write_articles(source, {"coded.txt": CODED}), warehouse)
    assert query(warehouse, DOCUMENTS).rows() == [("Chỉ thị", "05", "05-CT/TW", "TW")]
    assert sorted(query(warehouse, CITING)["source_file"]) == ["bare.txt", "coded.txt"]
    assert _exported_documents(warehouse, "bare.txt")[0]["code"] == "05-CT/TW"

    # The coded article changes and no longer cites the directive: the bare reference stands alone again.
    run_flow(write_articles(source, {"coded.txt": OTHER}), warehouse)
    assert query(warehouse, DOCUMENTS).rows() == [("Chỉ thị", "05", None, "TW")]
    assert query(warehouse, CITING).is_empty()
    assert query(warehouse, "SELECT count(*) AS n FROM dim_document d WHERE document_key NOT IN "
                            "(SELECT document_key FROM fact_document_reference)").item() == 0


AMBIGUOUS = {
    "tw.txt": _article("Hội nghị Đảng ủy", "10", "Đảng ủy quán triệt Chỉ thị số 05-CT/TW về học tập và làm theo."),
    "ubnd.txt": _article("Hội nghị tỉnh Phú Thọ", "11",
                         "Ủy ban nhân dân tỉnh Phú Thọ ban hành Chỉ thị số 05/CT-UBND về phòng cháy ở tỉnh Phú Thọ."),
    # Two coded directives 05: a bare "Chỉ thị số 05" cannot say which, one naming its issuer can.
    "bare.txt": _article("Hội nghị cơ sở", "12", "Chi bộ thảo luận việc thực hiện Chỉ thị số 05 trong năm."),
    "issuer.txt": _article("Hội nghị cơ sở", "13", "Chi bộ triển khai Chỉ thị số 05 của Bộ Chính trị."),
    # One code of a provincial Party committee in two provinces: two documents.
    "tu1.txt": _article("Tin tỉnh Phú Thọ", "14", "Tỉnh ủy Phú Thọ triển khai Kế hoạch số 71-KH/TU ở tỉnh Phú Thọ."),
    "tu2.txt": _article("Tin tỉnh Nghệ An", "15", "Tỉnh ủy Nghệ An triển khai Kế hoạch số 71-KH/TU ở tỉnh Nghệ An."),
}


def test_a_reference_joins_only_the_one_coded_document_it_agrees_with(run_flow, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    run_flow(write_articles(tmp_path / "src", AMBIGUOUS), warehouse)
    resolved = query(warehouse, "SELECT a.source_file, r.resolved_as, d.code, d.province_name "
                                "FROM fact_document_reference r JOIN dim_document d USING (document_key) "
                                "JOIN fact_article a USING (article_key) ORDER BY 1").rows()
    assert resolved == [
        ("bare.txt", "alone", None, None),
        ("issuer.txt", "joined", "05-CT/TW", None),
        ("tu1.txt", "coded", "71-KH/TU", "Phú Thọ"),
        ("tu2.txt", "coded", "71-KH/TU", "Nghệ An"),
        ("tw.txt", "coded", "05-CT/TW", None),
        ("ubnd.txt", "coded", "05/CT-UBND", "Phú Thọ"),
    ]


NEW_COLUMNS = {
    "fact_document_reference": ("kind", "number", "code", "issuer", "issued_on", "kind_abbreviation",
                                "issuer_abbreviation", "issuer_scope", "code_year", "coded", "issuer_province",
                                "resolved_as"),
    "dim_document": ("kind_abbreviation", "issuer_abbreviation", "code_year", "province_name"),
}
# The previous release's warehouse: no parts, and the bare reference its own document.
BEFORE_012 = [compose("ALTER TABLE {table} DROP COLUMN {column}", {"table": table, "column": column})
              for table, columns in NEW_COLUMNS.items()
              for column in columns] + [
    "INSERT INTO dim_document VALUES (42, 'Chỉ thị', '05', NULL, 'Bộ Chính trị', NULL)",
    "UPDATE fact_document_reference SET document_key = 42 WHERE text LIKE 'Chỉ thị 05 %'",
    "DELETE FROM schema_migration WHERE version = '012_document_parts'",
]


def test_a_warehouse_of_the_previous_release_upgrades_in_place_and_merges_its_documents(bare_and_coded, run_flow,
                                                                                        tmp_path):
    import duckdb

    # The module's first run is the fresh warehouse (read only); a copy of it, taken back a release below, upgrades
    # from the same source folder.
    source, fresh = bare_and_coded
    upgraded = copy_warehouse(fresh, tmp_path / "upgraded.duckdb")
    with duckdb.connect(str(upgraded)) as con:
        for statement in BEFORE_012:
            con.execute(statement)
        assert con.execute("SELECT count(*) FROM dim_document WHERE kind = 'Chỉ thị'").fetchone() == (2,)
    summary = run_flow(source, upgraded)
    # Every document is read once more, so that its references are parsed into their parts.
    assert (summary.documents_loaded, summary.documents_unchanged) == (2, 0)
    assert query(upgraded, DOCUMENTS).rows() == [("Chỉ thị", "05", "05-CT/TW", "TW")]
    assert articles_jsonl(upgraded) == articles_jsonl(fresh)
    assert run_flow(source, upgraded).documents_unchanged == 2
