"""Knowledge you can join on (issue 12): canonical organisations, positions, persons, the position timeline."""

import polars as pl
import pytest

from flows.extract import canonical
from flows.extract.positions import positions
from flows.warehouse import query
from flows.settings import SQL_DIR
from tests.batching import batched
from tests.conftest import copy_warehouse, requires_corpus, write_articles


def _frame(**columns):
    return pl.DataFrame(columns)


# The unit tests' cases are computed in batches, one call of the rule over all the cases of the module's tests
# (tests/batching.py): each case is an article of its own (a source_uri of its own) in the batch, whose rows are
# looked up by it and given back the source_uri "a" it has alone. Each helper below is the one-case call, used
# outside a batch; its `_many` twin is the batch.
pytestmark = pytest.mark.usefixtures("batched_calls")


def _case_uris(calls: list[dict]) -> list[str]:
    return [f"case-{i}" for i in range(len(calls))]


def _alone(frame: pl.DataFrame, uri: str) -> pl.DataFrame:
    """A case's rows of a batch, with the source_uri it has alone."""
    return frame.filter(pl.col("source_uri") == uri).with_columns(source_uri=pl.lit("a"))


def _canonical_keys_many(calls: list[dict]) -> list[pl.Series]:
    case = [i for i, call in enumerate(calls) for _ in call["names"]]
    frame = _frame(case=case, name=[name for call in calls for name in call["names"]])
    keys = frame.with_columns(key=canonical.canonical_key(pl.col("name")))
    return [keys.filter(pl.col("case") == i)["key"] for i in range(len(calls))]


@batched(_canonical_keys_many)
def _canonical_keys(*names: str) -> pl.Series:
    return _frame(name=list(names)).select(key=canonical.canonical_key(pl.col("name")))["key"]


def _kind_and_level_many(calls: list[dict]) -> list[tuple]:
    frame = _frame(name=[call["name"] for call in calls]).with_columns(kind=canonical.kind(pl.col("name")))
    return frame.select("kind", level=canonical.level(pl.col("name"), pl.col("kind"))).rows()


@batched(_kind_and_level_many)
def _kind_and_level(name: str) -> tuple:
    row = _frame(name=[name]).select(kind=canonical.kind(pl.col("name"))).with_columns(
        level=canonical.level(pl.lit(name), pl.col("kind"))).row(0, named=True)
    return row["kind"], row["level"]


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
    keys = _canonical_keys(*variants).unique()
    assert keys.len() == 1, keys.to_list()


def test_different_bodies_keep_different_keys():
    names = ["Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Nam", "Bộ Công an", "Công an tỉnh Hà Tĩnh"]
    keys = _canonical_keys(*names)
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
    assert _kind_and_level(name) == (kind, level)


def test_a_board_is_the_partys_only_under_a_party_committee():
    kinds = _frame(name=["Ban Tổ chức Tỉnh ủy Bình Định", "Ban Tổ chức Hội Lim"]).select(
        kind=canonical.kind(pl.col("name")))["kind"].to_list()
    assert kinds == ["party_committee", None]


def _resolve_many(calls: list[dict]) -> list[dict]:
    uris = _case_uris(calls)
    where = {"source_uri": uris, "field": ["body"] * len(uris), "paragraph": [0] * len(uris)}
    texts = _frame(**where, text=[c["paragraph"] for c in calls]).with_columns(pl.col("paragraph").cast(pl.Int32))
    names = _frame(**where, name=[c["name"] for c in calls]).with_columns(pl.col("paragraph").cast(pl.Int32))
    articles = pl.DataFrame({"source_uri": uris, "province": [c["province"] for c in calls]},
                            schema={"source_uri": pl.String, "province": pl.String})
    resolved = canonical.resolve_places(names, texts, articles)
    return [_alone(resolved, uri).row(0, named=True) for uri in uris]


@batched(_resolve_many)
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
        # The committee's word capitalised after the district's is no place ("Huyện Ủy Thạch Hà": of Thạch Hà).
        ("Đồng chí Bí thư Huyện Ủy Thạch Hà chỉ đạo các xã.", "Huyện ủy", "Hà Tĩnh", "Huyện ủy Thạch Hà", "sentence"),
        ("Đồng chí Lê Văn An - Quận Ủy viên phát biểu.", "Quận ủy", None, "Quận ủy", None),
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


def _posts_many(calls: list[dict]) -> list[pl.DataFrame]:
    uris = _case_uris(calls)
    persons = _frame(source_uri=uris, field=["body"] * len(uris), paragraph=[0] * len(uris),
                     char_offset=[0] * len(uris), name=[c["name"] for c in calls],
                     title=[c["title"] for c in calls]).with_columns(
        pl.col("paragraph").cast(pl.Int32), pl.col("char_offset").cast(pl.Int64))
    texts = _frame(source_uri=uris, field=["body"] * len(uris), paragraph=[0] * len(uris),
                   text=[f"{c['title']} {c['name']} phát biểu." for c in calls]).with_columns(
        pl.col("paragraph").cast(pl.Int32))
    articles = pl.DataFrame({"source_uri": uris, "province": [c["province"] for c in calls]},
                            schema={"source_uri": pl.String, "province": pl.String})
    found = positions(persons, texts, articles)
    return [_alone(found, uri) for uri in uris]


@batched(_posts_many)
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
        ("Bộ trưởng Công Thương", "Bộ trưởng Bộ Công Thương"),  # the ministry's head word left out
        ("Thứ trưởng Bộ tài chính", "Thứ trưởng Bộ Tài chính"),
        ("Bộ trưởng Bộ Văn hóa - Thể thao & Du lịch", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
        ("Người phát ngôn Bộ Ngoại giao Việt Nam", "Người phát ngôn Bộ Ngoại giao"),
        ("Bí thư tỉnh ủy", "Bí thư Tỉnh ủy Phú Thọ"),
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


@pytest.mark.parametrize(
    "title",
    [
        "Thủ tướng Chính phủ Lào Thongloun Sisoulith",  # the title of the person it runs into
        "Tổng thống Mỹ Donald Trump",
        "Tổng Bí thư Ban Chấp hành Trung ương Đảng Trường Chinh",
        "Giám đốc Trung tâm",  # a unit too generic to be a body
        "Phó Chủ tịch HĐQT",
        "Giám đốc Công ty TNHH",
        "Hiệu trưởng nhà trường",
        "Chủ tịch Hồ Chí Minh",  # a person's name, not a body
    ],
)
def test_titles_that_name_another_person_or_no_particular_body_give_no_post(title):
    assert _posts(title).is_empty(), _posts(title).select("position").rows()


@pytest.mark.parametrize(
    "title, position",
    [
        ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La sở hữu một căn biệt thự", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La"),
        ("Chủ tịch Tập đoàn BIM Group và ông Steven Pan", "Chủ tịch Tập đoàn BIM Group"),
        ("Giám đốc Xí nghiệp đóng tàu của công ty", "Giám đốc Xí nghiệp đóng tàu"),
        ("Viện trưởng Viện nghiên cứu giới và phát triển", "Viện trưởng Viện nghiên cứu giới và phát triển"),
        ("Trưởng Công an huyện Đông Hưng", "Trưởng Công an huyện Đông Hưng"),
    ],
)
def test_a_body_ends_where_the_sentence_goes_on(title, position):
    assert _posts(title)["position"].to_list() == [position]


def _organizations_many(calls: list[dict]) -> list[list[str]]:
    from flows.extract.organizations import extract_organizations

    uris = _case_uris(calls)
    texts = _frame(source_uri=uris, field=["body"] * len(uris), paragraph=[0] * len(uris),
                   text=[c["sentence"] for c in calls]).with_columns(pl.col("paragraph").cast(pl.Int32))
    names = pl.DataFrame({"source_uri": [uri for uri, c in zip(uris, calls) for _ in c["persons"]],
                          "name": [name for c in calls for name in c["persons"]]},
                         schema={"source_uri": pl.String, "name": pl.String})
    found = extract_organizations(texts, names)
    return [_alone(found, uri)["name"].to_list() for uri in uris]


@batched(_organizations_many)
def _organizations(sentence: str, persons: tuple[str, ...] = ()) -> list[str]:
    from flows.extract.organizations import extract_organizations

    texts = _frame(source_uri=["a"], field=["body"], paragraph=[0], text=[sentence]).with_columns(
        pl.col("paragraph").cast(pl.Int32))
    names = pl.DataFrame({"source_uri": ["a"] * len(persons), "name": list(persons)},
                         schema={"source_uri": pl.String, "name": pl.String})
    return extract_organizations(texts, names)["name"].to_list()


@pytest.mark.parametrize(
    "sentence, names",
    [
        # a person after the body's country or province is not part of it
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh cho biết.", ["Bộ Ngoại giao Trung Quốc"]),
        ("Bộ trưởng Bộ Tư pháp Michael Keenan nói.", ["Bộ Tư pháp"]),
        ("Chủ tịch UBND tỉnh Bình Định Trần Châu chỉ đạo.", ["Ủy ban nhân dân tỉnh Bình Định"]),
        # a country's name inside a place's name is the place's
        ("Công an TP Lào Cai đã bắt giữ đối tượng.", ["Công an Thành phố Lào Cai"]),
        ("Công an xã Tam Mỹ Tây đã xác minh.", ["Công an xã Tam Mỹ Tây"]),
        # compound words and numbered units inside a name
        ("Bệnh viện Đa khoa tỉnh Hòa Bình tiếp nhận bệnh nhân.", ["Bệnh viện Đa khoa tỉnh Hòa Bình"]),
        ("Ngân hàng Nhà nước Việt Nam công bố.", ["Ngân hàng Nhà nước Việt Nam"]),
        ("Giám đốc Bệnh viện Quân y 105 cho biết.", ["Bệnh viện Quân y 105"]),
        ("Bộ Lao động-Thương binh và Xã hội hướng dẫn.", ["Bộ Lao động-Thương binh và Xã hội"]),
        ("Trường Đại học Bà Rịa - Vũng Tàu tuyển sinh.", ["Trường Đại học Bà Rịa - Vũng Tàu"]),
        # a name the rule stops inside a word is left out, not cut
        ("Văn phòng Đăng ký đất đai xác nhận.", []),
        ("Cục Quản lý thị trường kiểm tra.", []),
        # heads alone and generic names name no particular body
        ("Bệnh viện đã tiếp nhận, Ban Quản lý cho biết.", []),
        ("Bệnh viện Phổi, Bệnh viện Mắt được thành lập.", []),
        # two bodies joined by "và", or run together
        ("Công an tỉnh Lào Cai và Đồn Biên phòng phối hợp.", ["Công an tỉnh Lào Cai"]),
        ("Báo Vietnamnet UBND xã Quy Hậu cho biết.", ["Báo Vietnamnet", "Ủy ban nhân dân xã Quy Hậu"]),
        ("Sở Xây dựng quận Hoàng Mai cho biết.", []),
        ("Tổng cục VIII Bộ Công an cho biết.", ["Tổng cục VIII Bộ Công an"]),
        # a head inside a person's or a street's name
        ("Trên đường Đinh Bộ Lĩnh xe đông.", []),
        # a namesake ends a name, it is no person after it; a delegation of no province is no particular one
        ("Phó Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh cho biết.", ["Học viện Chính trị Quốc gia Hồ Chí Minh"]),
        ("Văn phòng Đoàn đại biểu Quốc hội cho biết.", []),
        ("Ngày 20/6, Công an Tp. Đông Hà (Quảng Trị) cho biết.", ["Công an Tp. Đông Hà"]),
    ],
)
def test_organisation_names_end_where_the_body_ends(sentence, names):
    assert _organizations(sentence) == names


def _persons_many(calls: list[dict]) -> list[pl.DataFrame]:
    from flows.extract.persons import extract_persons

    uris = _case_uris(calls)
    texts = _frame(source_uri=uris, field=["body"] * len(uris), paragraph=[0] * len(uris),
                   text=[c["text"] for c in calls]).with_columns(pl.col("paragraph").cast(pl.Int32))
    found = extract_persons(texts, pl.DataFrame(schema={"source_uri": pl.String, "name": pl.String}))
    return [_alone(found, uri) for uri in uris]


@batched(_persons_many)
def _persons(text: str) -> pl.DataFrame:
    from flows.extract.persons import extract_persons

    texts = _frame(source_uri=["a"], field=["body"], paragraph=[0], text=[text]).with_columns(
        pl.col("paragraph").cast(pl.Int32))
    return extract_persons(texts, pl.DataFrame(schema={"source_uri": pl.String, "name": pl.String}))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Thứ trưởng Bộ GD&ĐT Bùi Văn Ga Thí sinh dự thi. Ông Bùi Văn Ga, Thứ trưởng Bộ GD&ĐT cho biết.",
         "Bùi Văn Ga"),  # a name plus the next sentence's first word
        ("Phó Chủ tịch UBND quận Bình Tân Nguyễn Gia Thái Bình cho hay.", "Nguyễn Gia Thái Bình"),
        ("Giám đốc Bệnh viện Bạch Mai Nguyễn Quốc Anh cho biết.", "Nguyễn Quốc Anh"),
        ("Đồng chí Bùi Văn Tỉnh, Bí thư Tỉnh ủy phát biểu.", "Bùi Văn Tỉnh"),
        ("Ông Trần Đắc Phu, Cục trưởng Cục Y tế dự phòng cho biết.", "Trần Đắc Phu"),
    ],
)
def test_person_names_take_their_own_words(text, name):
    found = _persons(text)
    assert name in found["name"].to_list(), found.select("name", "title").rows()
    assert not any(other.startswith(name + " ") for other in found["name"].to_list())


def test_a_name_cut_short_in_one_article_is_the_longer_name_of_another(run_flow, tmp_path):
    source = write_articles(tmp_path / "src", {
        "a.txt": "Hội nghị ngoại giao\n\n12/01/2024 08:00\n\nSáng 12-1, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh "
                 "tiếp Đại sứ. Ông phát biểu tại hội nghị.\n",
        "b.txt": "Hội nghị ngoại giao\n\n20/02/2024 08:00\n\nSáng 20-2, Bộ trưởng Bộ Ngoại giao Phạm Bình "
                 "tiếp Đại sứ. Ông phát biểu tại hội nghị.\n",
    })
    warehouse = tmp_path / "k.duckdb"
    run_flow(source, warehouse)
    names = query(warehouse, "SELECT DISTINCT person_name FROM fact_person_mention")["person_name"].to_list()
    assert names == ["Phạm Bình Minh"]


def test_a_misspelt_name_is_one_person_in_the_warehouse_and_keeps_its_spelling(run_flow, tmp_path):
    source = write_articles(tmp_path / "src", {
        "a.txt": "Hội nghị tỉnh\n\n12/01/2024 08:00\n\nSáng 12-1, Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì hội "
                 "nghị.\n\nChủ tịch UBND tỉnh Nguyễn Văn Hùng kết luận hội nghị.\n\nÔng Nguyễn Văn Hung, Chủ tịch UBND "
                 "tỉnh, giao nhiệm vụ cho các sở.\n",
    })
    warehouse = tmp_path / "k.duckdb"
    run_flow(source, warehouse)
    mentions = query(warehouse, "SELECT person_key, person_name, name_as_written FROM fact_person_mention")
    assert mentions["person_name"].unique().to_list() == ["Nguyễn Văn Hùng"]
    assert mentions["person_key"].n_unique() == 1
    assert sorted(mentions["name_as_written"]) == ["Nguyễn Văn Hung", "Nguyễn Văn Hùng", "Nguyễn Văn Hùng"]
    assert query(warehouse, "SELECT count(DISTINCT person_key) AS n FROM dim_person")["n"][0] == 1


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
    who = (SQL_DIR / "queries" / "who_held_post.sql").read_text(encoding="utf-8")
    post = {"role": "Chủ tịch", "body": "Ủy ban nhân dân", "province": "Đà Nẵng", "year": "2024"}
    assert query(knowledge_warehouse, who, params=post)["person_name"].to_list() == ["Lê Văn An"]
    career = (SQL_DIR / "queries" / "person_career.sql").read_text(encoding="utf-8")
    rows = query(knowledge_warehouse, career, params={"person": "Lê Văn An"}).rows()
    assert [r[1] for r in rows] == ["Nghệ An", "Đà Nẵng", "Đà Nẵng"]


def test_bare_bodies_are_placed_and_spellings_kept_as_aliases(knowledge_warehouse):
    names = query(knowledge_warehouse, "SELECT organization_name FROM dim_organization")["organization_name"]
    assert "Ủy ban nhân dân Thành phố Đà Nẵng" in names.to_list()
    aliases = query(knowledge_warehouse, "SELECT alias FROM dim_organization_alias JOIN dim_organization "
                                         "USING (organization_key) WHERE organization_name = "
                                         "'Ủy ban nhân dân Thành phố Đà Nẵng'")["alias"].to_list()
    assert "Ủy ban nhân dân Thành phố" in aliases


# --- the development corpus (the session's corpus warehouse, tests/conftest.py) -----------------------------------

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


def test_a_warehouse_of_the_previous_release_upgrades_in_place_and_rebuilds_its_knowledge(knowledge_warehouse,
                                                                                          run_flow, tmp_path):
    import duckdb

    from flows.export import articles_jsonl

    # The module's warehouse is the fresh one (read only); a copy of it, taken back to the previous release, upgrades
    # from the same source folder.
    source, fresh = knowledge_warehouse.parent / "src", knowledge_warehouse
    upgraded = copy_warehouse(fresh, tmp_path / "upgraded.duckdb")
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
