"""The article frame: one row per decoded document, assembled from the roles of its lines."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.normalise import dates
from flows.normalise.bylines import AUTHOR_SCHEMA, parse_bylines, split_trailing_byline
from flows.normalise.lines import build_lines
from flows.normalise.mastheads import fold, signature_code
from flows.normalise.wrapped_captions import join_wrapped_captions
from flows.patterns import captions, chrome, countries, degrees, districts, outlet_registry, outlets
from flows.patterns import dates as date_patterns
from flows.patterns import lines as sizes
from flows.patterns import provinces as gazetteer
from flows.patterns.letters import UPPER

ARTICLE_COLUMNS = (
    "article_key",
    "source_uri",
    "source_file",
    "content_hash",
    "text_hash",
    "fetched_at",
    "source_encoding",
    "title",
    "published_at",
    "published_has_time",
    "outlet_code",
    "outlet",
    "province",
    "category",
    "view_count",
    "event_date",
    "lead",
    "body",
    "captions",
    "date_line",
)


def _per_document(lines: pl.DataFrame) -> pl.DataFrame:
    role, text, line_no = pl.col("role"), pl.col("text"), pl.col("line_no")
    date_line = pl.col("is_date_line")
    # (The outlet's code of each short line and a dateline code's line first, columns: inside the aggregation they
    # would be looked up once per document.)
    lines = lines.with_columns(signed_outlet__=signature_code(regex.at_most(text, sizes.SIGNATURE_MAX_CHARS)),
                               followed__=regex.at_most(text, sizes.FOLLOW_BUTTON_MAX_CHARS).str.extract(chrome.FOLLOW_BUTTON, 1),
                               code_line__=regex.at_most(text, outlets.CODE_LINE_MAX_CHARS)
                               .str.extract_groups(outlets.DATELINE_CODE_LINE))
    # A site's name for itself above the title (`portal_outlet`), and a body's name right under its parent body's:
    # columns too, the body's long pattern only on the masthead lines.
    masthead = ((pl.col("names_itself") | pl.col("is_body_masthead")) & (line_no < pl.col("title_no"))
                & ~text.str.contains(outlets.PORTAL_WORDS_ALONE))
    lines = lines.with_columns(masthead__=masthead).with_columns(
        parent_body__=pl.col("is_body_masthead")
        | regex.where(pl.col("masthead__"), text, lambda name: name.str.contains(outlets.BODY_MASTHEAD), pl.Boolean)
        .fill_null(False))
    masthead = pl.col("masthead__")
    under_a_body = (masthead.shift(1) & pl.col("parent_body__").shift(1)).fill_null(False)
    masthead_name = pl.coalesce("greeted_name", text)
    return lines.group_by("source_uri", maintain_order=True).agg(
        title=text.filter(role == "title").first().str.replace(outlets.TITLE_SUFFIX, ""),
        lead_line=text.filter(role == "lead").first(),
        body=text.filter(role == "body"),
        captions=text.filter(role == "caption").unique(maintain_order=True),
        # (The first header line that is a category: menus and skip links may stand above it.)
        category=pl.col("category").filter((role == "header") & pl.col("category").is_not_null()).first(),
        # A date line under the title is the article's; one above it is a page header's "today",
        # used only when the article has no date line of its own (and, for its day, no dated lead: `_published`).
        date_line=pl.coalesce(
            text.filter(date_line & (line_no > pl.col("title_no"))).first(),
            text.filter(date_line & (line_no < pl.col("title_no"))).last(),
        ),
        date_line_is_header__=text.filter(date_line & (line_no > pl.col("title_no"))).first().is_null()
        & (date_line & (line_no < pl.col("title_no"))).any(),
        view_line=text.filter((pl.col("is_view_line") | date_line) & text.str.contains(date_patterns.VIEW_WORDS)).first(),
        has_byline_line=(role == "byline").any(),
        # The outlet's code as a line of its own (its logo, its signature closing the article: "HYTV").
        signed_outlet=pl.col("signed_outlet__").drop_nulls().first(),
        # The site a follow button names ("Theo dõi KT&TD trên Google News").
        followed_outlet=pl.col("followed__").filter((role != "body") & pl.col("followed__").str.contains(chrome.FOLLOWED_NAME)
                                                    & ~pl.col("followed__").is_in(chrome.NOT_FOLLOWED_NAMES)).first(),
        # A site's name for itself in its masthead, above the title; in a letterhead, a body's name under its
        # parent body's ("SỞ Y TẾ HÀ NỘI" / "BỆNH VIỆN MẮT HÀ NỘI"), not under a portal's or a paper's name.
        portal_outlet=pl.coalesce(masthead_name.filter(masthead & under_a_body).first(),
                                  masthead_name.filter(masthead).first()).str.strip_chars(outlets.MASTHEAD_DECORATION),
        # The owner a footer names above its address, after the text.
        footer_outlet=text.filter(text.shift(-1).str.contains(outlets.FOOTER_ADDRESS_LINE).fill_null(False)
                                  & text.str.contains(outlets.FOOTER_OWNER) & (line_no > pl.col("lead_no"))).last(),
        # A dateline code on a line of its own, the last line before the lead.
        code_line=pl.col("code_line__").filter(line_no < pl.col("lead_no")).last(),
    )


def _dateline(frame: pl.DataFrame) -> pl.DataFrame:
    """Split the outlet's dateline code off the lead: "ĐBP - Chiều nay..." -> ĐBP, "Chiều nay..."."""
    # (The search's groups a column first: read four times below, the large pattern would run four times.)
    frame = frame.with_columns(dateline__=pl.col("lead_line").str.extract_groups(outlets.DATELINE))
    found = pl.col("dateline__")
    above = pl.col("code_line")
    titled = found.struct.field("titled")
    # (A name before a dangling dash names the outlet when it is a registry outlet's without its kind: "Biên phòng -".)
    dangling = above.struct.field("dangling")
    said = pl.coalesce(found.struct.field("pcode"), found.struct.field("code").str.strip_chars("()"),
                       found.struct.field("named"), pl.when(~titled.is_in(list(gazetteer.MENTIONS))).then(titled),
                       found.struct.field("sectioned"), found.struct.field("outlet_named"),
                       found.struct.field("bracketed"),
                       above.struct.field("pcode"), above.struct.field("code"), above.struct.field("named"),
                       pl.when(dangling.str.to_lowercase().is_in(list(outlet_registry.short_names()))).then(dangling))
    # (A place's dateline says no outlet: its parts are kept, its code is none. A place in its own spelling is one
    # only before the time the lead opens with.)
    written_place = found.struct.field("written_place").is_not_null()
    # (A place abroad only in a state abroad or a country, itself none of them nor a province, and before a sentence:
    # "Tây Ninh, Long An: bàn giao ..." is a list.)
    abroad = found.struct.field("abroad").is_not_null()
    regions = [*countries.STATES_ABROAD, *countries.country_names()]
    abroad_ok = (found.struct.field("abroad_region").is_in(regions)
                 & ~found.struct.field("abroad_place").is_in([*regions, *gazetteer.MENTIONS]))
    rest = found.struct.field("rest")
    # (A degree before its dash is the lead's first person's, "GS - TS Phạm Văn A, Phó Chủ tịch ...": no code.)
    degree = said.is_in(degrees.ABBREVIATED_DEGREES).fill_null(False)
    parts = pl.when(~degree & (said.is_null() | ~said.is_in(outlets.EDITORIAL_MARKERS))
                    & (~written_place | rest.str.contains(captions.TIME_OPENER))
                    & (~abroad | abroad_ok & rest.str.contains(f"^[{UPPER}]"))).then(found)
    code = pl.when(~degree & ~said.is_in(outlets.EDITORIAL_MARKERS)).then(said)
    names = {code: name for code, (name, _) in outlets.REGISTRY_CODES.items()}
    code_day = pl.coalesce(parts.struct.field("code_date"), parts.struct.field("place_date"))
    return frame.with_columns(
        outlet_code=code,
        # (The day the code carries is the date line's, when the page prints none: "WHĐ (06.04.2013) – ..."; a day
        # older than the web is history's: "TTXVN (02.9.1945) – ...".)
        date_line=pl.coalesce("date_line", pl.when(code_day.str.slice(-4).cast(pl.Int32, strict=False)
                                                   >= date_patterns.EARLIEST_PUBLICATION_YEAR).then(code_day)),
        # A dash or bullet left before the lead once its code was printed apart: "- Sáng 25-9, ...".
        lead=pl.coalesce(parts.struct.field("rest"), pl.col("lead_line")).str.replace(r"^[-–—•·]\s+", ""),
    ).with_columns(
        outlet=pl.col("outlet_code").replace_strict(names, default=None, return_dtype=pl.String),
    ).drop("dateline__", "code_line")


def _outlet_and_province(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """The outlet: its dateline code in the registry; a code the registry knows several outlets by, as printed (a
    name in the page's chrome may be another outlet's: "(QNO) - " on a page whose menu names a station); else the
    first registry outlet the page names (a closing signature "Báo Sơn La", "Theo dõi Báo X trên Google News", a
    masthead), else the site a follow button names ("Theo dõi KT&TD trên"), else the site's name for itself above
    the title ("Báo Công An Đà Nẵng"), else the outlet that
    introduces what it publishes ("Tạp chí X trân trọng giới thiệu"), else its code as a line of its own ("HYTV";
    after the names: a closing "TTXVN" may credit a source), else the unknown code as printed (last: "(PV) - ",
    "(Lào Cai) - ", "(CTTĐT) - " are a writer, a place, a kind of site as often as an outlet's code).
    The province: the outlet's; else the province the title and lead name most; else the one the whole text names
    most; else the province of the districts it names (patterns/districts.py), else of its communes; else null."""
    registry = outlet_registry.names()
    spellings = sorted(registry, key=len, reverse=True)
    named = documents.select(
        "source_uri",
        named_outlet=fold(pl.col("text")).str.extract_many(spellings).list.first()
        .replace_strict(registry, default=None, return_dtype=pl.String),
        # (The search only where its words stand: it would scan every text.)
        self_introduced=pl.when(pl.col("text").str.contains(outlets.SELF_INTRODUCED_WORD, literal=True))
        .then(pl.col("text").str.extract(outlets.SELF_INTRODUCED, 1)),
        board_signed=pl.when(pl.any_horizontal(pl.col("text").str.contains(word, literal=True)
                                               for word in outlets.BOARD_SIGNED_WORDS))
        .then(pl.col("text").str.extract(outlets.BOARD_SIGNED, 1)),
    )
    outlet_province = outlet_registry.provinces()

    def most_named(text: pl.Expr) -> pl.Expr:
        """The province the text names most often; on a tie the first named."""
        mentioned = gazetteer.spellings_in(text).list.eval(gazetteer.unit(pl.element()))
        return mentioned.list.eval(
            pl.element().filter(pl.element().count().over(pl.element())
                                == pl.element().count().over(pl.element()).max())
        ).list.first()

    # A code several outlets print stands as printed: which of them the page is, a name in its chrome cannot say.
    ambiguous_code = pl.when(pl.col("outlet_code").is_in(outlet_registry.AMBIGUOUS_CODES)).then(pl.col("outlet_code"))
    head = pl.concat_str(pl.col("title").fill_null(""), pl.col("lead").fill_null(""), separator="\n")
    whole = pl.concat_str(head, pl.col("body").list.join("\n").fill_null(""), separator="\n")
    located = (
        frame.join(named, on="source_uri", how="left")
        .with_columns(outlet=pl.coalesce("outlet", ambiguous_code, "named_outlet", "followed_outlet", "portal_outlet", "self_introduced",
                                          "board_signed", "footer_outlet", "signed_outlet", "outlet_code"))
        .with_columns(
            province=pl.coalesce(
                pl.col("outlet").replace_strict(outlet_province, default=None, return_dtype=pl.String),
                most_named(head),
                most_named(whole),
            )
        )
        .drop("named_outlet", "followed_outlet", "signed_outlet", "portal_outlet", "self_introduced", "board_signed", "footer_outlet")
    )
    # (The administrative units' scans only on the texts no province or outlet located.)
    # (Captions too: "Đoàn giám sát tại xã Hoàng Lâu" under a photo locates a text that names no place; not an
    # illustration's, "Nông dân huyện X thu hoạch ngô (ảnh minh họa)".)
    located_captions = pl.col("captions").list.eval(pl.element().filter(~pl.element().str.contains(
        captions.ILLUSTRATION))).list.join("\n").fill_null("")
    unlocated = located.filter(pl.col("province").is_null()).select(
        "source_uri", text=pl.concat_str(whole, located_captions, separator="\n"))
    return located.join(_unit_province_of(unlocated), on="source_uri", how="left").with_columns(
        province=pl.coalesce("province", "unit_province")).drop("unit_province")


def _unit_province_of(texts: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, unit_province): the province of the districts each text names, else of its numbered districts,
    else of its communes."""
    return (texts.select("source_uri")
            .join(_district_province(texts), on="source_uri", how="left")
            .join(_numbered_district_province(texts), on="source_uri", how="left")
            .join(_commune_province(texts), on="source_uri", how="left")
            .select("source_uri", unit_province=pl.coalesce("district_province", "numbered_province",
                                                            "commune_province")))


def _district_province(texts: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, district_province): the province of the districts each text names ("huyện Nam Giang",
    "huyện ủy Núi Thành"), the one named most; on a tie the first named."""
    return _unit_province(texts, districts.DISTRICT_MENTION, districts.KIND_OF_WORD, districts.district_provinces(),
                          districts.district_provinces_by_kind(), "district_province")


def _numbered_district_province(texts: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, numbered_province): the province of the numbered districts each text names ("Quận 5")."""
    texts = texts.with_columns(pl.col("text").str.replace_all(districts.ABBREVIATED_NUMBERED_DISTRICT,
                                                              districts.SPELLED_NUMBERED_DISTRICT))
    return _unit_province(texts, districts.NUMBERED_DISTRICT_MENTION, districts.NUMBERED_KIND_OF_WORD,
                          districts.numbered_district_provinces(), {}, "numbered_province")


def _commune_province(texts: pl.DataFrame) -> pl.DataFrame:
    """(source_uri, commune_province): the province of the communes and wards each text names ("phường Mễ Trì"),
    the one named most; on a tie the first named."""
    texts = texts.with_columns(pl.col("text").str.replace_all(districts.NOT_A_COMMUNE_WORD, " "))
    return _unit_province(texts, districts.COMMUNE_MENTION, {kind: kind for kind in districts.COMMUNE_KINDS}, {},
                          districts.commune_provinces(), "commune_province")


def _unit_province(texts: pl.DataFrame, mention: str, kind_of_word: dict[str, str], by_name: dict[str, str],
                   by_kind: dict[str, str], column: str) -> pl.DataFrame:
    """(source_uri, `column`): the province of the administrative units each text names (`mention`: groups word
    and name), by the unit's name alone (`by_name`) or its kind and name ("thị xã Sơn Tây": `by_kind`, the kind
    read from the word by `kind_of_word`), trying the name's words from the longest; the province named most, on a
    tie the first named."""
    names = (
        texts.select("source_uri", mention=pl.col("text").str.extract_all(mention))
        .explode("mention")
        .drop_nulls("mention")
        .select("source_uri", parts=pl.col("mention").str.extract_groups(mention))
        .select("source_uri", name=pl.col("parts").struct.field("name"),
                kind=pl.col("parts").struct.field("word").str.to_lowercase()
                .replace_strict(kind_of_word, default=None, return_dtype=pl.String))
        .with_row_index("at")
    )
    # (The name's words from the longest; then those before a hyphen: "huyện Nam Đàn-Thanh Chương" names two.)
    hyphenated = pl.col("name").str.contains("-", literal=True)
    words = [name.str.replace_all(r"\s+", " ").str.split(" ")
             for name in (pl.col("name"), pl.when(hyphenated).then(pl.col("name").str.replace(r"-.*$", "")))]
    # (A name several provinces share locates the text when its kind of unit is one province's alone.)
    province = pl.coalesce([pl.coalesce(name.replace_strict(by_name, default=None, return_dtype=pl.String),
                                        (pl.col("kind") + " " + name).replace_strict(by_kind, default=None,
                                                                                     return_dtype=pl.String))
                            for name in (each.list.head(count).list.join(" ") for each in words
                                         for count in range(districts.MAX_NAME_WORDS, 0, -1))])
    return (
        names.with_columns(province=province)
        .drop_nulls("province")
        .group_by("source_uri", "province")
        .agg(mentions=pl.len(), first=pl.col("at").min())
        .sort("mentions", "first", descending=[True, False])
        .group_by("source_uri", maintain_order=True)
        .agg(pl.col("province").first().alias(column))
    )


def _published(frame: pl.DataFrame) -> pl.DataFrame:
    """published_at from the date line; else the dated phrase the lead opens with (date only); else a date with its
    year the lead gives a time of day, wherever it stands ("Theo thông cáo ..., trưa ngày 22/12/2025, ...": date
    only); else the first date with its year the lead states after "ngày" (not a document's); else null.

    (Each value is a column before the next step reads it: an expression written several times in one eager step
    is evaluated as many times, and the dates in words of the lead were rewritten some twenty times.)"""
    lead = pl.col("lead_in_figures__")
    staged = frame.with_columns(lead_in_figures__=dates.in_figures(pl.col("lead"))).with_columns(
        line_day__=dates.first_full_date(dates.in_figures(pl.col("date_line"))),
        line_time__=dates.first_time(pl.col("date_line")),
        lead_day__=dates.lead_opening_date(lead),
        lead_timed_day__=dates.lead_timed_date(lead),
        lead_stated_day__=dates.lead_stated_date(lead),
        event_parts__=dates.event_date_parts(lead),
    ).with_columns(
        # (A lead's date older than the web is history, not the publication's.)
        lead_published_on__=pl.coalesce(*(
            pl.when(pl.col(day).dt.year() >= date_patterns.EARLIEST_PUBLICATION_YEAR).then(pl.col(day))
            for day in ("lead_day__", "lead_timed_day__", "lead_stated_day__"))),
        # (The day the lead's event happened on, opening it or with its time of day: "Sáng ngày 17/01/2026, ...".)
        lead_event_on__=pl.coalesce(*(
            pl.when(pl.col(day).dt.year() >= date_patterns.EARLIEST_PUBLICATION_YEAR).then(pl.col(day))
            for day in ("lead_day__", "lead_timed_day__"))),
    ).with_columns(
        # (A page header's "today" above the title, its weekday first and no time ("Thứ Ba, 20/01/2026" over an
        # article of 17/01: date_patterns.WEEKDAY_OPENING), gives way to the day of the lead's event, not later than
        # it; a date the lead merely states, "thành lập ngày 6/11/1996", or a day to come, never.)
        line_day__=pl.when((~(pl.col("date_line_is_header__") & pl.col("line_time__").is_null()
                              & pl.col("date_line").str.contains(date_patterns.WEEKDAY_OPENING)
                              & (pl.col("lead_event_on__") <= pl.col("line_day__")))).fill_null(True))
        .then(pl.col("line_day__")),
    ).with_columns(
        published_on__=pl.coalesce("line_day__", "lead_published_on__"),
        published_has_time=pl.col("line_day__").is_not_null() & pl.col("line_time__").is_not_null(),
    )
    published_on, event_parts = pl.col("published_on__"), pl.col("event_parts__")
    return staged.with_columns(
        published_at=dates.local_datetime(published_on,
                                          pl.when(pl.col("published_has_time")).then(pl.col("line_time__"))),
        event_date=dates.event_date(event_parts, published_on,
                                    dates.text_year(event_parts, published_on.is_null(), lead)),
        view_count=dates.view_count(pl.col("view_line")),
    ).drop("lead_in_figures__", "line_day__", "line_time__", "lead_day__", "lead_timed_day__", "lead_stated_day__",
           "lead_published_on__", "lead_event_on__", "date_line_is_header__",
           "event_parts__", "published_on__")


def _latest_year(text: pl.Expr) -> pl.Expr:
    """The latest year of this century or the last the text states (null if none)."""
    return text.str.extract_all(r"\b(?:19|20)\d{2}\b").list.eval(pl.element().cast(pl.Int32)).list.max()


def _province_of_its_day(frame: pl.DataFrame) -> pl.DataFrame:
    """A renamed province's new name on a page of before the renaming, or of no date and no year of after it, is its
    name of then: "Huế" on a 2019 page is the city of the province Thừa Thiên Huế (provinces.RENAMED); a merged
    province's name on a page dated after the merger is its successor's (provinces.MERGED_INTO). (After the dates: it
    reads them.)"""
    day = pl.coalesce(pl.col("published_at").dt.date(), pl.col("event_date"))
    province = pl.col("province")
    # (An undated page that states a year of the new name's time is of then: "Festival Huế 2026 ...".)
    head = pl.concat_str(pl.col("title").fill_null(""), pl.col("lead").fill_null(""), separator="\n")
    for former, (new, since) in gazetteer.RENAMED.items():
        later_year = regex.where((pl.col("province") == new) & day.is_null(), head, _latest_year, pl.Int32)
        of_before = pl.when(day.is_null()).then(later_year.fill_null(0) < since.year).otherwise(day < since)
        province = pl.when((pl.col("province") == new) & of_before).then(pl.lit(former)).otherwise(province)
    # A province merged away in the 2025 reorganisation, named on a page dated after it, is its successor's part: a
    # hospital keeps its old province's name ("Bệnh viện Sản Nhi Vĩnh Phúc" in 2026 is in Phú Thọ). (Not on an
    # undated page by the years it states: a plan's horizon, a term's end, "tầm nhìn đến năm 2050", "nhiệm kỳ
    # 2025-2030", are of before as often: a review's misfires.)
    merged = pl.col("province").replace_strict(gazetteer.MERGED_INTO, default=None, return_dtype=pl.String)
    province = pl.when(merged.is_not_null() & (day >= gazetteer.REORGANISED_ON)).then(merged).otherwise(province)
    return frame.with_columns(province=province)


def _single_paragraph(frame: pl.DataFrame) -> pl.DataFrame:
    """An article of one paragraph: that paragraph is its lead (design.md) and its body, the text analysed
    (the extract stage reads it once, see extract/spans.py)."""
    alone = (pl.col("body").list.len() == 0) & pl.col("lead").is_not_null()
    return frame.with_columns(body=pl.when(alone).then(pl.concat_list(pl.col("lead"))).otherwise(pl.col("body")))


def normalise(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Decoded documents -> (articles, authors, lines).

    `documents` needs source_uri, source_file, article_key, content_hash, text_hash, fetched_at, encoding and text.
    """
    lines = join_wrapped_captions(build_lines(documents))
    frame = _single_paragraph(_province_of_its_day(_published(_outlet_and_province(_dateline(_per_document(lines)),
                                                                                    documents))))
    frame, trailing = split_trailing_byline(frame, frame["has_byline_line"])
    byline_rows = pl.concat(
        [
            lines.filter(pl.col("role") == "byline").select("source_uri", byline=pl.col("text")),
            trailing,
            # The names of the author + date line under the title.
            lines.filter(pl.col("date_line_names").is_not_null() & (pl.col("line_no") > pl.col("title_no")))
            .group_by("source_uri", maintain_order=True).agg(byline=pl.col("date_line_names").first()),
            # A photographer credited inside a caption ("Quang cảnh hội nghị. Ảnh: T.H").
            lines.filter((pl.col("role") == "caption") & pl.col("has_photo_credit")).select(
                "source_uri", byline=pl.lit("Ảnh: ") + pl.col("text").str.extract(captions.PHOTO_CREDIT_NAMES, 1)
            ).drop_nulls(),
        ]
    )
    authors = parse_bylines(byline_rows) if byline_rows.height else pl.DataFrame(schema=AUTHOR_SCHEMA)
    articles = (
        documents.select("source_uri", "source_file", "article_key", "content_hash", "text_hash", "fetched_at",
                         source_encoding="encoding")
        .join(frame, on="source_uri", how="left")
        .with_columns(
            pl.col("body").fill_null(pl.lit([], dtype=pl.List(pl.String))),
            pl.col("captions").fill_null(pl.lit([], dtype=pl.List(pl.String))),
        )
        .select(ARTICLE_COLUMNS)
    )
    return articles, authors, lines
