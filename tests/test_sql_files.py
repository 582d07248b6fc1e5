"""Every view (sql/views) and example query (sql/queries) on real data: the development corpus and a folder of
hostile files, each loaded once per module by the real flow. The seeds alone hid a view that failed on real
periods ("tháng 6" has no year)."""

import os

import pytest

from flows.patterns.legacy_encodings import TCVN3, VNI
from flows.tables import compose
from flows.warehouse import QUERIES_DIR, VIEWS_DIR, query, query_given
from tests.conftest import requires_corpus, to_windows_1258, write_articles
from tests.test_bad_input import BAD, BODY, GOOD, NO_TITLE

VIEWS = sorted(VIEWS_DIR.glob("*.sql"))
QUERIES = sorted(QUERIES_DIR.glob("*.sql"))

# An article that feeds every view: a meeting in its lead, a person with a post, a document with a date that does
# not exist, figures whose periods have no year ("tháng 6") or an odd one, money far beyond any budget.
RICH = (
    "Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XIX\n\n"
    "20/01/2022 - 19:35\n\n"
    "Sáng 20/1, Ban Thường vụ Tỉnh ủy Phú Thọ tổ chức Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XIX. "
    "Bí thư Tỉnh ủy Bùi Minh Châu chủ trì hội nghị.\n\n"
    "Thực hiện Nghị quyết số 01-NQ/TU ngày 31-2-2020 của Ban Chấp hành Đảng bộ tỉnh, trong tháng 6 thu ngân sách "
    "đạt 102,7% kế hoạch, tương đương 99.999.999.999 tỷ đồng; 6 tháng đầu năm kết nạp 154/150 đảng viên.\n\n"
    f"Năm 99999, tỉnh phấn đấu tăng trưởng 7,5%. {BODY}\n\n"
    "Minh Anh\n"
)


def variant(text: str, number: int) -> str:
    """The same layout with other figures, so that each encoding's copy is an article of its own."""
    return text.replace("102,7%", f"10{number},5%").replace("Minh Anh", f"Minh Anh {number}")


HOSTILE = {
    **{name: content for name, (content, _, _) in BAD.items()},
    "good.txt": GOOD,
    "no_title.txt": NO_TITLE,
    "title_only.txt": "Hội nghị tổng kết công tác năm 2021\n",
    "rich.txt": RICH,
    "rich_utf16.txt": variant(RICH, 1).encode("utf-16"),
    "rich_windows1258.txt": to_windows_1258(variant(RICH, 2)),
    "rich_tcvn3.txt": TCVN3.encode(variant(RICH, 3)),
    "rich_vni.txt": VNI.encode(variant(RICH, 4)),
    # One line of 200 kB: no title (a paragraph), one enormous lead. (Extraction time grows with the square of a
    # paragraph's length: a megabyte on one line takes over a minute.)
    "huge_line.txt": " ".join([RICH.replace("\n", " ")] * 300),
    # Terminal escapes and a bell inside the text, and a date in the first year the checks accept.
    "control_characters.txt": GOOD.replace("Tỉnh ủy tổ chức", "Tỉnh ủy \x1b[31mtổ chức\x07")
                                  .replace("20/01/2022", "01/01/1990").replace("Minh Anh", "Thu Hà"),
}


@pytest.fixture(scope="module")
def hostile_warehouse(prefect_server, tmp_path_factory):
    from flows.pipeline import news_etl

    root = tmp_path_factory.mktemp("hostile")
    source = write_articles(root / "articles", HOSTILE)
    with open(os.fsencode(source) + b"/tin_\xff\xfe.txt", "wb") as file:  # a file name that is not UTF-8
        file.write(variant(RICH, 5).encode())
    warehouse = root / "news.duckdb"
    summary = news_etl(source=str(source), warehouse_path=str(warehouse), max_document_bytes=2_000_000)
    assert summary.balanced and summary.documents_loaded >= 8 and summary.documents_quarantined >= 10
    return warehouse


@pytest.fixture(params=["corpus", "hostile"])
def warehouse(request):
    """The session's corpus warehouse (tests/conftest.py: over 1,000 articles loaded) or the module's hostile one."""
    return request.getfixturevalue(f"{request.param}_warehouse")


@pytest.mark.parametrize("file", VIEWS, ids=[file.stem for file in VIEWS])
def test_every_view_yields_rows(warehouse, file):
    # Every row and column, so that every cast and join in the view is evaluated (a count(*) could skip them).
    rows = query(warehouse, compose("SELECT * FROM {view}", {"view": file.stem}))
    assert rows.height > 0, f"{file.stem} is empty"


# The queries that take parameters choose defaults from the warehouse itself: they find rows on any warehouse.
WITH_DEFAULTS = {"who_held_post", "person_career"}


@pytest.mark.parametrize("file", QUERIES, ids=[file.stem for file in QUERIES])
def test_every_example_query_runs(warehouse, file):
    rows = query_given(warehouse, file.read_text(encoding="utf-8"), {})  # a parameter not given is NULL
    assert rows.width > 0
    if file.stem in WITH_DEFAULTS:
        assert rows.height > 0, f"{file.stem} finds nothing with its defaults"


def test_a_period_without_a_year_counts_in_the_year_of_publication(hostile_warehouse):
    figures = query(hostile_warehouse, "SELECT year, sum(figures) AS n FROM indicators_by_year GROUP BY year")
    years = dict(figures.rows())
    assert set(years) <= {2022, 9999, 1990, None}, years  # "Năm 99999" reads its first four digits
    assert years.get(2022, 0) >= 3, years  # "tháng 6", "6 tháng đầu năm": the publication's year


@requires_corpus
def test_indicators_per_year_on_the_corpus_has_a_row_per_year_and_kind(corpus_warehouse):
    rows = query(corpus_warehouse, (QUERIES_DIR / "indicators_per_year.sql").read_text(encoding="utf-8"))
    assert rows.filter(rows["year"] == 2017).height > 0
    assert rows.select(["year", "kind", "currency"]).is_duplicated().sum() == 0
