"""Analytical views (sql/views) and example queries (sql/queries) on the seeds warehouse, and the person history."""

from datetime import date

import pytest

from flows.settings import SQL_DIR
from flows.reading import query_given
from flows.warehouse import query


def run_query(warehouse, name):
    return query(warehouse, (SQL_DIR / "queries" / f"{name}.sql").read_text(encoding="utf-8"))


def test_every_view_and_query_runs(seeds_warehouse):
    # As `newswh sql --file` runs them: a parameter not given is NULL, and the query chooses its default.
    for file in sorted((SQL_DIR / "queries").glob("*.sql")):
        assert query_given(seeds_warehouse, file.read_text(encoding="utf-8"), {}).height > 0, file.name


def test_top_persons_by_province_and_month(seeds_warehouse):
    rows = run_query(seeds_warehouse, "top_persons_by_province_month").to_dicts()
    by_person = {(r["person_name"], str(r["month"])[:7]): r for r in rows}
    assert by_person[("Nguyễn Xuân Tường", "2022-01")]["province_name"] == "Phú Thọ"
    assert by_person[("Nguyễn Xuân Tường", "2022-01")]["mentions"] == 4
    assert by_person[("Ngô Đông Hải", "2022-01")]["province_name"] is None  # the article names no province
    assert ("Trần Đình Quế", "2019-08") in by_person
    assert len(rows) == 5


def test_most_cited_documents(seeds_warehouse):
    rows = run_query(seeds_warehouse, "most_cited_documents").to_dicts()
    # "Chỉ thị 05 của Bộ chính trị" (seed 000) and "Chỉ thị số 05-CT/TW" (seed 004) are one document.
    first = rows[0]
    assert (first["kind"], first["code"], first["citations"], first["articles"]) == ("Chỉ thị", "05-CT/TW", 2, 2)
    assert (rows[1]["code"], rows[1]["citations"], rows[1]["articles"]) == ("21-KL/TW", 3, 1)
    assert {(r["kind"], r["number"]) for r in rows} == {("Kết luận", "21"), ("Chỉ thị", "05"), ("Nghị quyết", "01")}


def test_indicators_per_year(seeds_warehouse):
    rows = run_query(seeds_warehouse, "indicators_per_year").to_dicts()
    money_2021 = [r for r in rows if r["kind"] == "money" and r["currency"] == "VND"]
    assert money_2021 and money_2021[0]["total_money_billions"] == pytest.approx(22467.5)
    percentages = {r["year"]: r["figures"] for r in rows if r["kind"] == "percentage"}
    assert sum(percentages.values()) == 7


def test_meetings_per_organiser(seeds_warehouse):
    rows = run_query(seeds_warehouse, "meetings_per_organiser").to_dicts()
    sessions = {(r["organiser"], r["kind"]): r["latest_session"] for r in rows}
    assert sessions[("BTV Đảng ủy Khối các cơ quan tỉnh", "Hội nghị Ban Chấp hành")] == 11
    assert sessions[("Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "Hội nghị Ban Chấp hành")] == 7
    assert sum(r["meetings"] for r in rows) == 4


def test_article_paragraph_offsets_locate_every_mention(seeds_warehouse):
    misplaced = query(
        seeds_warehouse,
        "SELECT m.person_name FROM fact_person_mention m JOIN article_paragraph p USING (article_key, field, paragraph)"
        " WHERE substr(p.text, m.char_offset + 1, length(m.person_name)) <> m.person_name"
        " AND strpos(substr(p.text, m.char_offset + 1), m.person_name) = 0",
    )
    assert misplaced.is_empty()
    documents = query(
        seeds_warehouse,
        "SELECT r.text FROM fact_document_reference r JOIN article_paragraph p USING (article_key, field, paragraph)"
        " WHERE substr(p.text, r.char_offset + 1, length(r.text)) <> r.text",
    )
    assert documents.is_empty()


def test_person_title_history_is_type_2(run_flow, tmp_path):
    source = tmp_path / "articles"
    source.mkdir()
    body = "Năm 2021, tỉnh đạt nhiều kết quả quan trọng. Kinh tế tăng trưởng khá, an sinh được bảo đảm."
    for day, title in (("10/01/2022", "Phó Chủ tịch UBND tỉnh"), ("10/03/2022", "Phó Chủ tịch UBND tỉnh"),
                       ("10/06/2022", "Chủ tịch UBND tỉnh")):
        (source / f"{day[3:5]}.txt").write_text(
            f"Hội nghị\n\n{day} - 08:00\n\nSáng {day[:5]}, tỉnh tổ chức hội nghị. {title} Lê Văn An phát biểu.\n\n{body}\n",
            encoding="utf-8",
        )
    warehouse = tmp_path / "news.duckdb"
    run_flow(source, warehouse)
    versions = query(warehouse, "SELECT title, valid_from, valid_to, is_current FROM dim_person ORDER BY valid_from")
    assert versions.rows() == [
        ("Phó Chủ tịch UBND tỉnh", date(2022, 1, 10), date(2022, 6, 10), False),
        ("Chủ tịch UBND tỉnh", date(2022, 6, 10), None, True),
    ]
    # A backfilled older article slots into the history.
    (source / "00.txt").write_text(
        f"Hội nghị\n\n01/12/2021 - 08:00\n\nSáng 1/12, tỉnh họp. Giám đốc Sở Tài chính Lê Văn An phát biểu.\n\n{body}\n",
        encoding="utf-8",
    )
    run_flow(source, warehouse)
    titles = query(warehouse, "SELECT title FROM dim_person ORDER BY valid_from")["title"].to_list()
    assert titles == ["Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"]
