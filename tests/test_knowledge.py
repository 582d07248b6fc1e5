"""Knowledge you can join on (issue 12): canonical organisations, positions, persons, the position timeline."""

import polars as pl
import pytest

from flows.extract import canonical
from flows.extract.positions import positions
from flows.warehouse import query
from flows.settings import SQL_DIR
from tests.conftest import requires_corpus, write_articles


def _frame(**columns):
    return pl.DataFrame(columns)


# --- canonical organisations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variants",
    [
        ("Bộ Công thương", "Bộ Công Thương"),
        ("Ủy ban nhân dân TP.HCM", "Ủy ban nhân dân Thành phố.HCM", "Uỷ ban nhân dân TP Hồ Chí Minh",
         "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("Sở Văn hoá, Thể thao và Du lịch tỉnh Thanh Hoá", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"),
        ("Ủy ban nhân dân tỉnh Thừa Thiên - Huế", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
        ("Ðảng ủy Khối", "Đảng ủy Khối"),  # Ð U+00D0
    ],
)
def test_names_that_differ_by_case_punctuation_or_abbreviation_share_one_key(variants):
    keys = _frame(name=list(variants)).select(key=canonical.canonical_key(pl.col("name")))["key"].unique()
    assert keys.len() == 1, keys.to_list()


def test_different_bodies_keep_different_keys():
    names = ["Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Nam", "Bộ Công an", "Công an tỉnh Hà Tĩnh"]
    keys = _frame(name=names).select(key=canonical.canonical_key(pl.col("name")))["key"]
    assert keys.n_unique() == len(names)


@pytest.mark.parametrize(
    "name, kind, level",
    [
        ("Ủy ban nhân dân tỉnh Phú Thọ", "peoples_committee", "province"),
        ("Bộ Chính trị", "party_committee", "central"),
        ("Bộ Công Thương", "ministry", "central"),
        ("Huyện ủy Thạch Hà", "party_committee", "district"),
        ("Công an phường 7", "police", "commune"),
        ("Sở Y tế tỉnh Hà Tĩnh", "department", "province"),
        ("Hội Nông dân tỉnh Nghệ An", "mass_organization", "province"),
    ],
)
def test_kind_and_level(name, kind, level):
    row = _frame(name=[name]).select(kind=canonical.kind(pl.col("name"))).with_columns(
        level=canonical.level(pl.lit(name), pl.col("kind"))).row(0, named=True)
    assert (row["kind"], row["level"]) == (kind, level)


def _resolve(paragraph: str, name: str, province: str | None):
    texts = _frame(source_uri=["a"], field=["body"], paragraph=[0], text=[paragraph]).with_columns(
        pl.col("paragraph").cast(pl.Int32))
    names = _frame(source_uri=["a"], field=["body"], paragraph=[0], name=[name]).with_columns(
        pl.col("paragraph").cast(pl.Int32))
    articles = _frame(source_uri=["a"], province=[province])
    return canonical.resolve_places(names, texts, articles).row(0, named=True)


@pytest.mark.parametrize(
    "paragraph, name, province, resolved, source",
    [
        ("Ủy ban nhân dân tỉnh họp phiên thường kỳ.", "Ủy ban nhân dân tỉnh", "Phú Thọ",
         "Ủy ban nhân dân tỉnh Phú Thọ", "article"),
        ("Tại tỉnh Nghệ An, Ủy ban nhân dân tỉnh đã chỉ đạo.", "Ủy ban nhân dân tỉnh", "Hà Tĩnh",
         "Ủy ban nhân dân tỉnh Nghệ An", "sentence"),
        ("Công an quận đã bắt giữ hai đối tượng ở quận Hoàn Kiếm.", "Công an quận", None,
         "Công an quận Hoàn Kiếm", "sentence"),
        ("Huyện ủy chỉ đạo các xã của huyện Thạch Hà.", "Huyện ủy", "Hà Tĩnh", "Huyện ủy Thạch Hà", "sentence"),
        ("Ủy ban nhân dân Thành phố ban hành kế hoạch.", "Ủy ban nhân dân Thành phố", "Thành phố Hồ Chí Minh",
         "Ủy ban nhân dân Thành phố Hồ Chí Minh", "article"),
        ("Sở Y tế đề nghị các bệnh viện.", "Sở Y tế", "Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh", "article"),
        ("Ủy ban nhân dân tỉnh họp phiên thường kỳ.", "Ủy ban nhân dân tỉnh", None, "Ủy ban nhân dân tỉnh", None),
    ],
)
def test_a_bare_local_body_gets_its_place(paragraph, name, province, resolved, source):
    row = _resolve(paragraph, name, province)
    assert (row["name"], row["resolved_from"], row["is_bare"]) == (resolved, source, True)


def test_a_body_that_names_its_place_is_not_bare():
    row = _resolve("Ủy ban nhân dân tỉnh Hà Tĩnh họp.", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Nghệ An")
    assert (row["name"], row["resolved_from"], row["is_bare"]) == ("Ủy ban nhân dân tỉnh Hà Tĩnh", "text", False)


# --- positions --------------------------------------------------------------------------------------------------


def _posts(title: str, province: str | None = "Phú Thọ", name: str = "Nguyễn Văn An"):
    persons = _frame(source_uri=["a"], field=["body"], paragraph=[0], char_offset=[0], name=[name],
                     title=[title]).with_columns(pl.col("paragraph").cast(pl.Int32), pl.col("char_offset").cast(pl.Int64))
    texts = _frame(source_uri=["a"], field=["body"], paragraph=[0], text=[f"{title} {name} phát biểu."]).with_columns(
        pl.col("paragraph").cast(pl.Int32))
    return positions(persons, texts, _frame(source_uri=["a"], province=[province]))


def test_a_title_is_parsed_into_posts_with_their_bodies_placed():
    posts = _posts("Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy")
    assert posts.select("role", "organization", "level").rows() == [
        ("Ủy viên", "Ban Chấp hành Trung ương Đảng", "central"),
        ("Bí thư", "Tỉnh ủy Phú Thọ", "province"),
    ]
    assert posts["home"].unique().to_list() == ["Phú Thọ"]


@pytest.mark.parametrize(
    "one, other",
    [
        ("Chủ tịch UBND TP. Đà Nẵng", "Chủ tịch UBND TP Đà Nẵng"),
        ("Bộ trưởng Bộ Công Thương", "Bộ trưởng Bộ Công thương"),
        ("Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh Phú Thọ"),
        ("Tỉnh ủy viên", "Ủy viên Tỉnh ủy"),
        ("Giám đốc Sở Văn hoá, Thể thao và Du lịch", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ"),
    ],
)
def test_two_wordings_of_one_post_are_one_position(one, other):
    assert _posts(one)["position_key"].to_list() == _posts(other)["position_key"].to_list()


def test_ranks_are_not_posts_and_central_posts_give_no_home():
    assert _posts("Thiếu tướng").is_empty()
    assert _posts("Bộ trưởng").is_empty()  # a role alone says too little to be a post
    posts = _posts("Bộ trưởng Bộ Y tế, Chủ nhiệm Ủy ban Dân tộc")
    assert posts.filter(role="Bộ trưởng")["level"].to_list() == ["central"]
    assert not posts["level"].is_in(["province", "district", "commune"]).any()
    assert posts["home"].unique().to_list() == [""]


# --- the warehouse ------------------------------------------------------------------------------------------------

ARTICLES = {
    # Two articles name one post in two wordings; a third names a new post of the same person later.
    "a1.txt": "Hội nghị Tỉnh ủy\n\n12/01/2024 08:00\n\nSáng 12-1, Chủ tịch UBND TP. Đà Nẵng Lê Văn An chủ trì hội nghị. "
              "Ủy ban nhân dân Thành phố giao nhiệm vụ cho các sở.",
    "a2.txt": "Kỳ họp HĐND\n\n20/02/2024 08:00\n\nSáng 20-2, Chủ tịch UBND TP Đà Nẵng Lê Văn An phát biểu tại kỳ họp. "
              "Thêm một câu để có thân bài.",
    "a3.txt": "Đại hội Đảng bộ\n\n15/03/2024 08:00\n\nSáng 15-3, Phó Bí thư Thành ủy Đà Nẵng, Chủ tịch UBND TP. Đà Nẵng "
              "Lê Văn An dự đại hội. Thêm một câu để có thân bài.",
    # A namesake in another province is another person.
    "b1.txt": "Hội nghị tỉnh Nghệ An\n\n12/01/2024 08:00\n\nSáng 12-1, Giám đốc Sở Y tế tỉnh Nghệ An Lê Văn An báo cáo. "
              "Thêm một câu để có thân bài.",
}


@pytest.fixture(scope="module")
def knowledge_warehouse(prefect_server, tmp_path_factory):
    from flows.pipeline import news_etl

    folder = write_articles(tmp_path_factory.mktemp("knowledge") / "src", ARTICLES)
    warehouse = folder.parent / "k.duckdb"
    news_etl(source=str(folder), warehouse_path=str(warehouse))
    return warehouse


def test_a_wording_change_opens_no_version_and_a_new_post_does(knowledge_warehouse):
    versions = query(knowledge_warehouse, "SELECT home, valid_from, positions FROM dim_person "
                                          "WHERE person_name = 'Lê Văn An' ORDER BY home, valid_from").rows()
    assert [(home, str(day)) for home, day, _ in versions] == [
        ("Nghệ An", "2024-01-12"), ("Đà Nẵng", "2024-01-12"), ("Đà Nẵng", "2024-03-15")]
    assert versions[1][2] == ["Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng"]
    assert set(versions[2][2]) == {"Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng", "Phó Bí thư Thành ủy Đà Nẵng"}


def test_the_position_timeline_and_its_queries(knowledge_warehouse):
    timeline = query(knowledge_warehouse, "SELECT person_name, home, position, first_seen, last_seen, articles "
                                          "FROM position_timeline WHERE home = 'Đà Nẵng' ORDER BY position").rows()
    assert [(r[2], str(r[3]), str(r[4]), r[5]) for r in timeline] == [
        ("Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng", "2024-01-12", "2024-03-15", 3),
        ("Phó Bí thư Thành ủy Đà Nẵng", "2024-03-15", "2024-03-15", 1),
    ]
    who = (SQL_DIR / "queries" / "who_held_post.sql").read_text(encoding="utf-8").replace(
        "'Bí thư' AS role, 'Đảng ủy Khối' AS body, 'Phú Thọ' AS province, 2022 AS year",
        "'Chủ tịch' AS role, 'Ủy ban nhân dân' AS body, 'Đà Nẵng' AS province, 2024 AS year")
    assert query(knowledge_warehouse, who)["person_name"].to_list() == ["Lê Văn An"]
    career = (SQL_DIR / "queries" / "person_career.sql").read_text(encoding="utf-8").replace(
        "Nguyễn Xuân Tường", "Lê Văn An")
    rows = query(knowledge_warehouse, career).rows()
    assert [r[1] for r in rows] == ["Nghệ An", "Đà Nẵng", "Đà Nẵng"]


def test_bare_bodies_are_placed_and_spellings_kept_as_aliases(knowledge_warehouse):
    names = query(knowledge_warehouse, "SELECT organization_name FROM dim_organization")["organization_name"]
    assert "Ủy ban nhân dân Thành phố Đà Nẵng" in names.to_list()
    aliases = query(knowledge_warehouse, "SELECT alias FROM dim_organization_alias JOIN dim_organization "
                                         "USING (organization_key) WHERE organization_name = "
                                         "'Ủy ban nhân dân Thành phố Đà Nẵng'")["alias"].to_list()
    assert "Ủy ban nhân dân Thành phố" in aliases


# --- the development corpus ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_warehouse(prefect_server, tmp_path_factory):
    from flows.pipeline import news_etl
    from tests.conftest import CORPUS

    warehouse = tmp_path_factory.mktemp("corpus-knowledge") / "c.duckdb"
    news_etl(source=str(CORPUS), warehouse_path=str(warehouse))
    return warehouse


@requires_corpus
def test_corpus_no_two_organisations_differ_by_case_or_punctuation(corpus_warehouse):
    rows = query(corpus_warehouse, """
        SELECT lower(regexp_replace(organization_name, '[[:punct:][:space:]]+', ' ', 'g')) AS folded, count(*) AS n
        FROM dim_organization GROUP BY 1 HAVING count(*) > 1""")
    assert rows.is_empty(), rows


@requires_corpus
def test_corpus_bare_local_bodies_are_mostly_placed(corpus_warehouse):
    share = query(corpus_warehouse, "SELECT avg(CAST(resolved_from IS NOT NULL AS DOUBLE)) AS s "
                                    "FROM fact_organization_mention WHERE is_bare")["s"][0]
    assert share >= 0.90


@requires_corpus
def test_corpus_person_titles_hold_no_verb_and_no_second_name(corpus_warehouse):
    from flows.extract.persons import NAME, rule_text
    from flows.patterns import alternation
    from flows.patterns.persons import STOP_VERBS

    titles = query(corpus_warehouse, "SELECT DISTINCT person_name, title FROM fact_person_mention "
                                     "WHERE title IS NOT NULL")
    verb = rf"(?:^|\s)(?:{alternation(STOP_VERBS)})(?:\s|$)"
    # The title is read as the extraction reads text: place names hidden ("Sở Y tế Hà Nội" names no person Hà
    # Nội), "Tổng Thư ký" one word (its "ký" is no verb).
    masked = rule_text(pl.col("title"))
    bad = titles.filter(masked.str.contains(verb) | masked.str.contains(rf"(?:^|\s){NAME}(?:\s|$)"))
    assert bad.height <= titles.height * 0.01, bad


# --- upgrade in place ---------------------------------------------------------------------------------------------

# What migration 010 added, removed again: the warehouse as the previous release left it.
BEFORE_010 = """
DROP TABLE dim_position; DROP TABLE fact_position_mention; DROP TABLE bridge_person_position;
DROP TABLE dim_organization_alias;
ALTER TABLE fact_organization_mention DROP COLUMN resolved_from;
ALTER TABLE fact_organization_mention DROP COLUMN is_bare;
ALTER TABLE fact_organization_mention DROP COLUMN canonical_name;
ALTER TABLE fact_person_mention DROP COLUMN home;
ALTER TABLE dim_person DROP COLUMN home; ALTER TABLE dim_person DROP COLUMN positions;
CREATE TABLE dim_organization_old (organization_key BIGINT PRIMARY KEY, organization_name VARCHAR NOT NULL UNIQUE);
INSERT INTO dim_organization_old SELECT organization_key, organization_name FROM dim_organization;
DROP TABLE dim_organization; ALTER TABLE dim_organization_old RENAME TO dim_organization;
DELETE FROM schema_migration WHERE version = '010_canonical_knowledge';
"""


def test_a_warehouse_of_the_previous_release_upgrades_in_place_and_rebuilds_its_knowledge(run_flow, tmp_path):
    import duckdb

    from flows.export import articles_jsonl

    source = write_articles(tmp_path / "src", ARTICLES)
    fresh, upgraded = tmp_path / "fresh.duckdb", tmp_path / "upgraded.duckdb"
    run_flow(source, fresh)
    run_flow(source, upgraded)
    with duckdb.connect(str(upgraded)) as con:
        for statement in filter(str.strip, BEFORE_010.split(";")):
            con.execute(statement)
    summary = run_flow(source, upgraded)
    # Every document is read once more, so that its knowledge follows the new rules.
    assert (summary.documents_loaded, summary.documents_unchanged) == (len(ARTICLES), 0)
    assert articles_jsonl(upgraded) == articles_jsonl(fresh)
    timeline = "SELECT person_name, home, position, first_seen, last_seen, articles FROM position_timeline ORDER BY ALL"
    assert query(upgraded, timeline).rows() == query(fresh, timeline).rows() != []
    assert run_flow(source, upgraded).documents_unchanged == len(ARTICLES)
