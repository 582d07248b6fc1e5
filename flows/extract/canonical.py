"""One name per body: canonical spelling and key, kind and level, and the place of a bare local body.

Rules in patterns/canonical.py, tables in patterns/organizations.py ("canonical names"). Used for organisation mentions and for the
organisations inside titles of office (flows/extract/positions.py).
"""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import canonical as c
from flows.patterns import organizations as o
from flows.patterns import provinces as gazetteer
from flows.patterns.letters import LETTER


def canonical_spelling(name: pl.Expr) -> pl.Expr:
    """The canonical spelling of an (abbreviation-expanded) name."""
    return regex.per_distinct(name, _SPELLING_STEPS, pl.String)


def _respell(name: pl.Expr) -> pl.Expr:
    spelled = (name.str.replace_all("[Ðð]", "Đ").str.replace_all(o.CITY_PREFIX, "${1}Thành phố ${2}")
               .str.replace_all(c.CITY_WORD_DOT, "${1} ${2}")
               .str.replace_all(o.HCMC_SHORT, "Thành phố Hồ Chí Minh"))
    # Tone marks only at the end of a syllable: "hoá" -> "hóa", but "hoàng" keeps its mark.
    for pattern, replacement in c.TONE_RESPELLINGS:
        spelled = spelled.str.replace_all(pattern, replacement)
    # "Bộ Ngoại giao Việt Nam" is "Bộ Ngoại giao".
    spelled = spelled.str.replace(c.NATIONAL_SUFFIX_AFTER_HEAD, "${1}")
    # "Công an Huyện Cẩm Thủy": a word for a place before the place's name is written in lower case.
    for pattern, replacement in c.PLACE_WORD_RESPELLINGS:
        spelled = spelled.str.replace_all(pattern, replacement)
    # "Bộ tài chính": a ministry's or department's domain in its own spelling.
    for pattern, replacement in (*c.DOMAIN_SHORT_FORM_RESPELLINGS, *c.DOMAIN_RESPELLINGS):
        spelled = spelled.str.replace(pattern, replacement)
    for pattern, replacement in (*c.PLACE_WORD_MISSPELLING_FIXES, *c.PLACE_WORDS_IN_LOWER_CASE):
        spelled = spelled.str.replace_all(pattern, replacement)
    return spelled


def _domain_in_full(spelled: pl.Expr) -> pl.Expr:
    # "Sở GD&ĐT", "Bộ NN-PTNT": the domain in full.
    parts = spelled.str.extract_groups(c.DOMAIN_ABBREVIATION)
    full = parts.struct.field("token").str.replace_all(c.DOMAIN_ABBREVIATION_JOINER, "").replace_strict(
        o.DOMAIN_ABBREVIATIONS, default=None, return_dtype=pl.String)
    return pl.when(full.is_not_null()).then(
        pl.concat_str(parts.struct.field("head"), pl.lit(" "), full, parts.struct.field("rest").fill_null(""))
    ).otherwise(spelled)


def _official_places(spelled: pl.Expr) -> pl.Expr:
    # A province by its official name ("TP.HCM", "Thừa Thiên - Huế"); "Thành phố Thành phố Hồ Chí Minh" once.
    respelled = [s for s in gazetteer.MENTION_SPELLINGS if gazetteer.MENTIONS[s] != s and s not in gazetteer.NICKNAMES]
    spelled = spelled.str.replace_many(respelled, [gazetteer.MENTIONS[s] for s in respelled])
    spelled = spelled.str.replace_all(c.DOUBLED_CITY_WORD, "${1}")
    return spelled.str.replace_all(r"\s+", " ").str.strip_chars(" .,;:-–")


_SPELLING_STEPS = (_respell, _domain_in_full, _official_places)


def canonical_key(name: pl.Expr) -> pl.Expr:
    """Names that differ only by case, punctuation or a known abbreviation share this key."""
    # "và", "&", "-" and "," between the words of a domain are one spelling: "Văn hóa, Thể thao và Du lịch" =
    # "Văn hóa - Thể thao & Du lịch"; "Tài nguyên Môi trường" = "Tài nguyên và Môi trường".
    # "Ủy ban nhân dân Hà Nội" is "Ủy ban nhân dân Thành phố Hà Nội": a centrally-run city with or without its word.
    return regex.per_distinct(name, (*_SPELLING_STEPS, _key_of_spelled), pl.String)


def _key_of_spelled(spelled: pl.Expr) -> pl.Expr:
    return (spelled.str.to_lowercase().str.replace_all(c.CITY_WORD_BEFORE_CITY, "${1}")
            .str.replace_all(r"[.,;:'\"()]", "")
            .str.replace_all(r"\s*[-–&]\s*", " ").str.replace_all(c.AND_WORDS, " ").str.replace_all(r"\s+", " "))


def kind(name: pl.Expr) -> pl.Expr:
    """The kind of body from the head its canonical name starts with."""
    head = name.str.extract(c.KIND_HEAD, 1).str.to_lowercase()
    found = head.replace_strict({h.lower(): k for h, k in c.HEAD_KINDS.items()}, default=None, return_dtype=pl.String)
    board = name.str.contains(c.PARTY_BOARD)
    of_party = name.str.contains(c.PARTY_BOARD_OF_PARTY)
    return pl.when(board & ~of_party).then(None).otherwise(found)


def level(name: pl.Expr, kind_: pl.Expr) -> pl.Expr:
    """central | province | district | commune: a word of the name that says it, else the kind's usual level."""
    result = kind_.replace_strict(o.LEVEL_BY_KIND, default=None, return_dtype=pl.String)
    # ("thị xã" is a district's word: its "xã" says nothing of a commune.)
    unmasked = name.str.replace_all(c.TOWN_WORD, "thị_xã")
    for level_, pattern in c.LEVEL_SAID:  # the first listed wins: applied last
        said = unmasked.str.contains(pattern)
        result = pl.when(said).then(pl.lit(level_)).otherwise(result)
    # "Thành phố" is a province only for the centrally-run cities ("Thành phố Rạch Giá" is a district's level).
    city = name.str.extract(c.CITY_NAMED, 1)
    provincial_city = city.is_in([c.removeprefix("Thành phố ") for c in gazetteer.CITIES]) | city.is_null()
    said_lower = name.str.contains(c.DISTRICT_WORD)
    return pl.when((result == "province") & ~provincial_city & ~said_lower
                   & ~name.str.contains(c.PROVINCE_WORD)).then(pl.lit("district")).otherwise(result)


def _named_places(texts: pl.DataFrame, level_: str) -> pl.DataFrame:
    """Every place of a lower level named in the texts: (source_uri, field, paragraph, offset, place)."""
    # "huyện Thạch Hà", "quận Hoàn Kiếm", "quận 1", "phường 7".
    return (
        texts.select("source_uri", "field", "paragraph", place=pl.col("text").str.extract_all(c.NAMED_PLACE[level_]))
        .explode("place")
        .filter(pl.col("place").is_not_null())
        .with_columns(place=pl.col("place").str.replace(rf"^[^{LETTER}]+", "")
                      .str.replace(c.COMMITTEE_AFTER_PLACE_WORD, "${1} ").str.strip_chars(), level=pl.lit(level_))
        .filter(pl.col("place").str.contains(r"\s"))  # (a place's word alone names no place)
        # ("thành phố Nguyễn Văn Sửu": a person after a word for a place, not a place.)
        .filter(~pl.col("place").str.contains(c.PERSON_AFTER_PLACE_WORD))
    )


def resolve_places(names: pl.DataFrame, texts: pl.DataFrame, articles: pl.DataFrame,
                   places: PlacesNamed | None = None) -> pl.DataFrame:
    """Give a bare local body its place. `names` has source_uri, field, paragraph and `name` (canonical spelling);
    returns it with `name` resolved where possible and `resolved_from`: text (the name said its place), sentence
    (a place of that level named in the same paragraph), article (the article's province, or the district it
    names most), or null (left generic: `is_generic`). `places`: `places_named(texts)`, when the caller has it."""
    frame = _bare_levels(names, articles)
    paragraph_province, in_paragraph, in_article = places or places_named(texts)
    frame = (
        frame.join(paragraph_province, on=["source_uri", "field", "paragraph"], how="left")
        .join(in_paragraph.rename({"level": "bare_level"}), on=["source_uri", "field", "paragraph", "bare_level"],
              how="left")
        .join(in_article.rename({"level": "bare_level"}), on=["source_uri", "bare_level"], how="left")
    )
    return _placed(frame)


def _bare_levels(names: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """`names` with `ending` (the bare ending a name closes with), `placeless` (a provincial department named
    with no place) and `bare_level`: the level of place the body needs, null when its name says its place."""
    city_articles = articles.select(
        "source_uri", article_is_city=pl.col("province").is_in(list(gazetteer.CITIES)),
        article_province=pl.col("province"))
    ending = pl.col("name").str.extract(c.BARE, 1)
    # "Sở Y tế" with no place in its name: a department of the article's province.
    placeless_department = (
        pl.col("name").str.contains(c.PROVINCIAL_HEAD)
        & gazetteer.spellings_in(pl.col("name")).list.len().eq(0)
        & ~pl.col("name").str.contains(c.ANY_LEVEL_WORD)
    )
    frame = (
        names.with_row_index("row__")
        .join(city_articles, on="source_uri", how="left")
        .with_columns(ending=ending, placeless=placeless_department)
        .with_columns(
            bare_level=pl.when(pl.col("placeless")).then(pl.lit("province"))
            .when(pl.col("ending").is_in(["Thành phố", "Thành ủy"]) & pl.col("article_is_city"))
            .then(pl.lit("province"))
            .when(pl.col("ending").is_in(["Thành phố", "Thành ủy"]))
            .then(pl.lit("district"))
            .otherwise(pl.coalesce(
                pl.col("ending").replace_strict(o.BARE_ENDINGS, default=None, return_dtype=pl.String),
                pl.col("ending").str.to_lowercase().replace_strict(o.BARE_ENDINGS, default=None,
                                                                   return_dtype=pl.String)))
        )
    )
    return frame


# The first province of each paragraph, the first place of each lower level of each paragraph, and an article's one
# place of each lower level.
PlacesNamed = tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]


def places_named(texts: pl.DataFrame) -> PlacesNamed:
    """The places the texts name: the first province of each paragraph, the first place of each lower level of
    each paragraph, and the one place of each lower level of an article (when it names only one)."""
    # Provinces named in the same paragraph (the first), for province-level bare bodies.
    paragraph_province = (
        texts.select("source_uri", "field", "paragraph",
                     named=gazetteer.spellings_in(pl.col("text")).list.first())
        .filter(pl.col("named").is_not_null())
        .select("source_uri", "field", "paragraph",
                sentence_province=gazetteer.unit(pl.col("named")))
    )
    lower = pl.concat([_named_places(texts, level_) for level_ in o.PLACE_PREFIXES])
    in_paragraph = (lower.group_by("source_uri", "field", "paragraph", "level", maintain_order=True)
                    .agg(sentence_place=pl.col("place").first()))
    # The article's place of that level only when it names one: with several, the guess is as often wrong.
    in_article = (lower.group_by("source_uri", "level", "place").agg(n=pl.len())
                  .sort("n", "place", descending=[True, False])
                  .group_by("source_uri", "level", maintain_order=True)
                  .agg(article_place=pl.col("place").first(), places=pl.len())
                  .filter(pl.col("places") == 1).drop("places"))
    return paragraph_province, in_paragraph, in_article


def _placed(frame: pl.DataFrame) -> pl.DataFrame:
    """Each bare name completed with the place found for its level, and where that place came from."""
    province_level = pl.col("bare_level") == "province"
    place = pl.when(province_level).then(pl.coalesce("sentence_province", "article_province")).otherwise(
        pl.coalesce("sentence_place", "article_place"))
    source = (
        pl.when(pl.col("bare_level").is_null()).then(pl.lit("text"))
        .when(province_level & pl.col("sentence_province").is_not_null()).then(pl.lit("sentence"))
        .when(province_level & pl.col("article_province").is_not_null()).then(pl.lit("article"))
        .when(~province_level & pl.col("sentence_place").is_not_null()).then(pl.lit("sentence"))
        .when(~province_level & pl.col("article_place").is_not_null()).then(pl.lit("article"))
    )
    # "Ủy ban nhân dân tỉnh" + "Phú Thọ"; "Tỉnh ủy" + "Phú Thọ"; "Huyện ủy" + "Thạch Hà" (of "huyện Thạch Hà");
    # "Công an quận" -> "Công an quận Hoàn Kiếm" (the ending replaced by the place with its prefix); a city that
    # is its own prefix ("Thành phố Hồ Chí Minh") is not doubled.
    committee = pl.col("ending").str.contains("ủy")
    without_prefix = place.str.replace(c.PLACE_PREFIX, "")
    # A department takes its province's name as the province's bodies write it ("Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế
    # Thành phố Hồ Chí Minh", "Sở Y tế Hà Nội").
    # (A city by the article's province or by its own name: "Huế" named on a page of Thừa Thiên Huế's time.)
    province_style = pl.when(place.str.starts_with("Thành phố") | pl.col("article_is_city")
                             | place.is_in(list(gazetteer.CITIES))).then(place).otherwise("tỉnh " + place)
    resolved = (
        pl.when(pl.col("placeless")).then(pl.col("name") + " " + province_style)
        .when(committee & province_level).then(pl.col("name") + " " + place)
        .when(committee).then(pl.col("name") + " " + without_prefix)
        .when(province_level & place.str.starts_with("Thành phố")).then(pl.col("name").str.replace(c.BARE, " " + place))
        .when(province_level).then(pl.col("name") + " " + place)
        .otherwise(pl.col("name").str.replace(c.BARE, " " + place))
    ).str.strip_chars()
    return (
        frame.with_columns(
            name=pl.when(place.is_not_null() & pl.col("bare_level").is_not_null()).then(resolved)
            .otherwise(pl.col("name")),
            resolved_from=source,
            is_bare=pl.col("bare_level").is_not_null(),
        )
        .sort("row__")
        .drop("row__", "ending", "placeless", "bare_level", "article_is_city", "article_province", "sentence_province",
              "sentence_place", "article_place")
    )



def province_named(name: pl.Expr) -> pl.Expr:
    """The province a name names (official name), or null."""
    return gazetteer.first_named(name)


def canonical_organizations(orgs: pl.DataFrame, texts: pl.DataFrame, articles: pl.DataFrame,
                            places: PlacesNamed | None = None) -> pl.DataFrame:
    """Organisation mentions with their canonical name (placed when bare), key, kind, level and province."""
    spelled = orgs.with_columns(name=canonical_spelling(pl.col("name")))
    placed = resolve_places(spelled.select("source_uri", "field", "paragraph", "name"), texts, articles, places)
    name = pl.col("name")
    return (
        spelled.with_columns(name=placed["name"], resolved_from=placed["resolved_from"], is_bare=placed["is_bare"])
        .with_columns(canonical_key=canonical_key(name), organization_kind=kind(name), province=province_named(name))
        .with_columns(level=level(name, pl.col("organization_kind")))
    )
