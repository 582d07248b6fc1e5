"""Positions, not strings: a person mention's title of office parsed into posts (role + body), and the person's
identity (rules in patterns/persons.py, "positions"; bodies made canonical by flows/extract/canonical.py).

"Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy" in an article of Phú Thọ -> [Ủy viên | Ban Chấp hành Trung ương Đảng],
[Bí thư | Tỉnh ủy Phú Thọ]. Two wordings of one post ("Chủ tịch UBND TP. Đà Nẵng", "Chủ tịch UBND TP Đà Nẵng")
give one position key.

A person is one real person by name and home: the province of the local posts the mention names (a provincial,
district or commune body; else the article's province), "" for a person named with central posts only. The same
name with posts in two provinces is two persons; the same name in the same province is one person (see docs/knowledge.md).
"""

from __future__ import annotations

import polars as pl

from flows.extract import canonical
from flows.extract.organizations import expand, names_a_person, trimmed
from flows.patterns import organizations as organization_names
from flows.patterns import persons as p
from flows.patterns import positions as ps
from flows.patterns import provinces as gazetteer
from flows.patterns.offices import TITLE_KEYWORDS
from flows.patterns.letters import UPPER

POSITION_SCHEMA = {
    "source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
    "name": pl.String, "home": pl.String,
    "role": pl.String, "organization": pl.String, "organization_key": pl.String, "organization_kind": pl.String,
    "level": pl.String, "province": pl.String, "position": pl.String, "position_key": pl.String,
}
def _role_spelling() -> dict[str, str]:
    """Lower-case role -> its canonical spelling (the first spelling listed)."""
    out: dict[str, str] = {}
    for role in [*p.ROLE_WITH_BODY, *TITLE_KEYWORDS]:
        out.setdefault(role.lower().replace("uỷ", "ủy"), role.replace("Uỷ", "Ủy"))
    return out


def split_posts(persons: pl.DataFrame) -> pl.DataFrame:
    """One row per post of each mention's title: role and the body as written (null when the role has none)."""
    spelling = _role_spelling()
    posts = (
        persons.with_columns(segment=pl.col("title").str.replace_all(ps.POST_BREAK, "\n$1").str.split("\n"))
        .explode("segment")
        .with_columns(role_said=pl.col("segment").str.extract(ps.ROLE_AT_START, 1))
        .filter(pl.col("role_said").is_not_null())
        .with_columns(
            body_said=pl.col("segment").str.slice(pl.col("role_said").str.len_chars()).str.strip_chars(" ,.-–"),
            role_key=pl.col("role_said").str.to_lowercase().str.replace_all("uỷ", "ủy"),
        )
        .filter(~pl.col("role_key").is_in([r.lower() for r in p.RANKS]))
    )
    with_body = {k.lower(): v for k, v in p.ROLE_WITH_BODY.items()}
    implied_role = pl.col("role_key").replace_strict({k: v[0] for k, v in with_body.items()}, default=None,
                                                      return_dtype=pl.String)
    implied_body = pl.col("role_key").replace_strict({k: v[1] for k, v in with_body.items()}, default=None,
                                                      return_dtype=pl.String)
    said = pl.when(pl.col("body_said") != "").then(pl.col("body_said"))
    return posts.with_columns(
        role=pl.coalesce(implied_role,
                         pl.col("role_key").replace_strict(spelling, default=None, return_dtype=pl.String)),
        # "Tỉnh ủy viên" names its body; "Bí thư Tỉnh ủy" says it; a body said after an implied one completes it
        # ("UVTV Tỉnh ủy" -> "Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND TP. Đà Nẵng" -> "Ủy ban nhân dân TP. Đà Nẵng").
        body=pl.when(implied_body.is_not_null() & said.is_not_null() & said.str.starts_with(implied_body))
        .then(said)
        .when(implied_body.is_not_null() & said.is_not_null())
        .then(implied_body + " " + said)
        .otherwise(pl.coalesce(said, implied_body)),
        implied_body=implied_body.is_not_null(),
    ).drop("segment", "role_said", "body_said", "role_key")


def positions(persons: pl.DataFrame, texts: pl.DataFrame, articles: pl.DataFrame,
              places: canonical.PlacesNamed | None = None) -> pl.DataFrame:
    """Every post of every person mention, its body canonical and placed, and the mention's `home`. `places`:
    `canonical.places_named(texts)`, when the caller has it."""
    posts = _bodies_read(_bodies_spelled(split_posts(persons)))
    posts = _kept(_described(_bodies_placed(posts, texts, articles, places)))
    return _with_homes(posts, articles)


def _bodies_spelled(posts: pl.DataFrame) -> pl.DataFrame:
    """`body_`: each post's body in its canonical spelling, a lower-case head raised, a role's own body head
    added; `aliased_`: the body under its usual name."""
    # Each step is a column: the expressions refer to the body many times over.
    body = canonical.canonical_spelling(expand(pl.col("body")))
    posts = posts.with_columns(body_=body)
    # "Bí thư tỉnh ủy", "Ủy viên trung ương Đảng": a body's head written in lower case is still its head.
    body = pl.col("body_")
    lower_head = body.str.contains(ps.LOWER_CASE_HEAD)
    posts = posts.with_columns(
        body_=pl.when(lower_head).then(body.str.slice(0, 1).str.to_uppercase() + body.str.slice(1)).otherwise(body))
    # "Bộ trưởng Công Thương": the minister of "Bộ Công Thương".
    head = pl.col("role").replace_strict(p.ROLE_BODY_HEADS, default=None, return_dtype=pl.String)
    posts = posts.with_columns(
        body_=pl.when(head.is_not_null() & body.is_not_null() & ~body.str.starts_with(head.fill_null("") + " "))
        .then(canonical.canonical_spelling(head + " " + body)).otherwise(body))
    posts = posts.with_columns(
        aliased_=pl.coalesce(body.replace_strict(p.BODY_ALIASES, default=None, return_dtype=pl.String), body))
    return posts


def _bodies_read(posts: pl.DataFrame) -> pl.DataFrame:
    """`name_`: the body as an organisation reads it (null when it reads as none), `said_body`: as said; posts
    whose title holds another person's name dropped."""
    aliased = pl.col("aliased_")
    # A body is an organisation when it reads as one (the organisation rule: a head and its continuation); a body a
    # role implies always is.
    implied = pl.col("implied_body")
    # The whole body must read as an organisation: one the rule would cut ("Cục Hải | quan") is kept as said.
    read_as_body = aliased.str.extract(ps.WHOLE_BODY, 1)
    # A body that reads as one up to a place, then runs into the sentence ("Ủy ban Kiểm tra Tỉnh ủy Sơn La | sở hữu
    # ..."), ends at the place.
    up_to_place = aliased.str.extract(ps.BODY_THEN_LOWER_CASE, 1)
    posts = posts.with_columns(
        read_=trimmed(posts, pl.coalesce(read_as_body, pl.when(up_to_place.str.contains(organization_names.ENDS_WITH_PLACE))
                                         .then(up_to_place)), pl.lit(""), foreign_names=False),
        # Words that are no body's: the rest of the sentence from its first verb or function word ("Tập đoàn BIM
        # Group | và ông Steven Pan"); a body as said starts with a capital ("Hiệu trưởng | nhà trường"), is short.
        said_=aliased.str.replace(ps.FROM_FOLLOWER, "").str.strip_chars(" ,-–"),
    )
    said = pl.col("said_")
    # ("Trưởng Công an | huyện Đông Hưng": after a role that holds its body, the body's place.)
    starts_well = said.str.contains(rf"^{UPPER}") | said.str.contains(ps.STARTS_WITH_LEVEL_WORD)
    bare_unit = said.str.replace_all(ps.LEGAL_FORM, " ").str.strip_chars()
    # ("Chủ nhiệm Chính trị | Bệnh viện": a body that ends with a generic unit is no particular one either.)
    generic = (bare_unit.str.to_lowercase().is_in([u.lower() for u in p.GENERIC_UNITS])
               | bare_unit.str.contains(ps.ENDS_WITH_GENERIC_UNIT)
               | bare_unit.str.contains(ps.ENDS_INCOMPLETE))
    posts = posts.with_columns(
        aliased_=pl.when(starts_well & ~generic & (said.str.count_matches(r"\s") < ps.MAX_SAID_WORDS)).then(said))
    # A title that runs into another person's name is that person's, not this one's: no post.
    posts = posts.filter(~names_a_person(posts, aliased))
    posts = posts.with_columns(
        said_body=aliased,
        name_=pl.when(implied & aliased.is_not_null()).then(aliased).otherwise(pl.col("read_")),
    ).drop("body_", "aliased_", "read_", "said_")
    return posts


def _bodies_placed(posts: pl.DataFrame, texts: pl.DataFrame, articles: pl.DataFrame,
                   places: canonical.PlacesNamed | None) -> pl.DataFrame:
    """`organization`: the body placed (a bare local body given its province or district), or null when it names
    no particular body; `said_body` kept for a body left unplaced."""
    placed = canonical.resolve_places(
        posts.select("source_uri", "field", "paragraph", name="name_").with_columns(
            pl.col("name").fill_null("")),
        texts, articles, places,
    )
    # A local body left without its place ("Phó Chủ tịch UBND tỉnh" in an article of no province) is no member of
    # dim_organization: the post keeps the words as said. A central body with a local place is two run together.
    unplaced = (placed["is_bare"] & placed["resolved_from"].is_null()).fill_null(False)
    mixed = placed["name"].str.contains(ps.CENTRAL_AND_LOCAL).fill_null(False)
    posts = posts.with_columns(
        organization=pl.when((placed["name"] != "") & ~unplaced & ~mixed).then(placed["name"]),
        said_body=pl.when(mixed).then(None).when(unplaced).then(placed["name"]).otherwise(pl.col("said_body")))
    org = pl.col("organization")
    # A body that is a head alone names no particular body ("Chủ tịch Ủy ban nhân dân" of no place): no post.
    generic_body = (org.str.to_lowercase().is_in(ps.GENERIC_BODIES)
                    | pl.col("said_body").str.to_lowercase().is_in(ps.GENERIC_BODIES)).fill_null(False)
    posts = posts.with_columns(organization=pl.when(~generic_body).then(org),
                               said_body=pl.when(~generic_body).then(pl.col("said_body")))
    return posts


def _described(posts: pl.DataFrame) -> pl.DataFrame:
    """The organisation's kind, level, province and key; the position and its key."""
    org = pl.col("organization")
    kind = canonical.kind(org)
    central_role = pl.col("role").is_in(list(p.CENTRAL_ROLES))
    posts = posts.with_columns(organization_kind=kind).with_columns(
        level=pl.when(central_role).then(pl.lit("central")).otherwise(canonical.level(org, pl.col("organization_kind"))),
        province=canonical.province_named(org),
        organization_key=canonical.canonical_key(org),
        # A post in something that is not an organisation keeps the words as said ("Chủ tịch CLB X").
        position=pl.when(org.is_not_null()).then(pl.col("role") + " " + org)
        .when(pl.col("said_body").is_not_null()).then(pl.col("role") + " " + pl.col("said_body"))
        .otherwise(pl.col("role")),
    ).with_columns(position_key=canonical.canonical_key(pl.col("position")))
    return posts


def _kept(posts: pl.DataFrame) -> pl.DataFrame:
    """The posts that say enough. A role with no body ("Bộ trưởng" alone) or with a place for a body ("Phó Bí thư
    Yên Bái") is no post: counted as one, it would open a new version when a later article names the post in full."""
    place_only = (pl.col("said_body").replace_strict(gazetteer.MENTIONS, default=None, return_dtype=pl.String).is_not_null()
                  | pl.col("said_body").is_in(list(p.NOT_NAMES)))
    posts = posts.filter(pl.col("organization").is_not_null()
                         | (pl.col("said_body").is_not_null() & ~place_only)
                         | pl.col("role").is_in(list(p.SELF_STANDING_ROLES))).drop("said_body", "implied_body")
    return posts


def _with_homes(posts: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Each post with its mention's home: the province of its local posts (else the article's), "" for central
    posts only."""
    article_province = articles.select("source_uri", article_province="province")
    local = pl.col("level").is_in(["province", "district", "commune"])
    homes = (
        posts.join(article_province, on="source_uri", how="left")
        .group_by("source_uri", "field", "paragraph", "char_offset", "name")
        .agg(
            local_province=pl.col("province").filter(local).drop_nulls().first(),
            any_local=local.any(),
            any_central=(pl.col("level") == "central").any(),
            article_province=pl.col("article_province").first(),
        )
        .with_columns(home=pl.when(pl.col("local_province").is_not_null()).then(pl.col("local_province"))
                      .when(pl.col("any_local")).then(pl.col("article_province").fill_null(""))
                      .when(pl.col("any_central")).then(pl.lit(""))
                      .otherwise(pl.col("article_province").fill_null("")))
        .select("source_uri", "field", "paragraph", "char_offset", "name", "home")
    )
    return (
        posts.drop("name_").join(homes, on=["source_uri", "field", "paragraph", "char_offset", "name"], how="left")
        .select(list(POSITION_SCHEMA))
        .cast(POSITION_SCHEMA)
    )


def homes(persons: pl.DataFrame, posts: pl.DataFrame, articles: pl.DataFrame) -> pl.Series:
    """Each person mention's home (for mentions without a post: the article's province, else "")."""
    keyed = persons.join(
        posts.select("source_uri", "field", "paragraph", "char_offset", "name", "home").unique(
            ["source_uri", "field", "paragraph", "char_offset", "name"]),
        on=["source_uri", "field", "paragraph", "char_offset", "name"], how="left", maintain_order="left",
    ).join(articles.select("source_uri", article_province="province"), on="source_uri", how="left",
           maintain_order="left")
    return keyed.select(pl.coalesce("home", pl.col("article_province"), pl.lit("")))["home"]
