"""Persons with their titles, found next to a title of office or an honorific (rules in patterns/persons.py)."""

from __future__ import annotations

from functools import cache

import polars as pl

from flows import regex
from flows.extract import person_places
from flows.extract.person_spellings import one_spelling_per_person
from flows.extract.spans import find_all, foreign_words, mask
from flows.patterns import foreign_persons as fp
from flows.patterns import persons as p
from flows.patterns import person_titles as pt
from flows.patterns import provinces
from flows.patterns import joined_words as joined
from flows.patterns.letters import UPPER
from flows.patterns.degrees import ENDS_WITH_DEGREE
from flows.patterns.offices import CLERICAL_RANKS
from flows.patterns.surnames import DHARMA_NAME_OPENING
from flows.patterns.persons import (APPOINTED, APPOINTED_VERB, JOINER, NAME, NAME_BEFORE_TITLE, NAME_PRESENT,
                                    NAME_THEN_TITLE, TITLE, TITLE_ANY_CASE, TITLE_STARTS, TITLE_THEN_NAME)

PERSON_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                 "name": pl.String, "title": pl.String, "name_as_written": pl.String}

@cache
def _place_names() -> list[str]:
    """Place names to hide from the name rule: "UBND tỉnh Hà Tĩnh Đặng Quốc Khánh" has "Hà" as a surname; and a
    cleric's ranks of two words, written with a lower-case second word (offices.CLERICAL_RANKS)."""
    return sorted((set(provinces.MENTIONS) | set(p.NOT_NAMES) | set(CLERICAL_RANKS))
                  - set(p.GIVEN_NAMES_THAT_ARE_PLACES), key=len,
                  reverse=True)


@cache
def _surname_then_province() -> list[str]:
    """A surname right before a province's name: the province's words are given names ("Nguyễn Hòa Bình", "Trương
    Hòa Bình", "Lê Thái Bình"), kept from the places hidden from the name rule. (Not a Highland name's opener: "Đại
    học Y Hà Nội", "Đại học Y Thái Nguyên" name the medical school.)"""
    return [*(f"{surname} {province}" for surname in p.SURNAMES if surname not in p.HIGHLAND_NAME_OPENERS
              for province in provinces.MENTIONS),
            *(f"Thị {given}" for given in p.GIVEN_NAMES_AFTER_A_NAME)]


def rule_text(text: pl.Expr) -> pl.Expr:
    """The text the rules read: places hidden from the name rule (not given names that spell a province), titles
    that hold a stop verb joined into one word ("Tổng Thư ký", "Cục Y tế dự phòng"), a comma before a degree and a
    name and a numbered list's items ending the titles before them (`_chains_cut`); same length as the text, so
    offsets hold."""
    return joined_phrases(mask(text, _place_names(), kept=_surname_then_province()))


def joined_phrases(text: pl.Expr) -> pl.Expr:
    """The text with the titles and bodies' names that hold a stop verb or a title's words joined into one word, and
    "tại" with a country abroad (not with a place at home that opens with a country's name: joined.abroad_in_titles);
    a place's abbreviation in small letters read in capitals ("Tp. Phú Quốc": its stop ends no title)."""
    home, abroad = joined.abroad_in_titles()
    small, capital = zip(*joined.PLACE_ABBREVIATIONS_IN_SMALL)
    return text.str.replace_many(
        [*joined.JOINED_TITLES, *joined.JOINED_WORDS, *small],
        [*(t.replace(" ", JOINER) for t in (*joined.JOINED_TITLES, *joined.JOINED_WORDS)), *capital]
    ).str.replace_many([*home, *abroad], [*home, *(phrase.replace(" ", JOINER) for phrase in abroad)], leftmost=True)


def _chains_cut(masked: pl.DataFrame) -> pl.DataFrame:
    """Where one person's titles end before the next person: a comma before a degree and a name read as a semicolon
    (p.COMMA_BEFORE_DEGREE_NAME; a degree's pair left whole), and the space before each item of a numbered list of
    persons (p.PERSON_LIST_ITEM), in the paragraphs that hold them (a step on the column: `text` is read once, and
    the replacements run on those few paragraphs only); and where they go on: a title "in charge of" keeps its verb
    (joined.TITLE_IN_CHARGE). Same length as the text."""
    text = pl.col("text")
    degrees = regex.where(text.str.contains(p.COMMA_BEFORE_DEGREE_NAME), text, lambda paragraph: paragraph.str.replace_all(
        p.COMMA_BEFORE_DEGREE_NAME, ";${1}").str.replace_all(p.DEGREE_PAIR_SPLIT, "${1},${2}"), pl.String)
    masked = masked.with_columns(text=pl.coalesce(degrees, text))
    listed = regex.where(text.str.contains(p.PERSON_LIST_OPENING), text,
                         lambda paragraph: paragraph.str.replace_all(p.PERSON_LIST_ITEM, ";${1}"), pl.String)
    masked = masked.with_columns(text=pl.coalesce(listed, text))
    in_charge = regex.where(text.str.contains(joined.IN_CHARGE, literal=True), text,
                            lambda paragraph: paragraph.str.replace_all(
                                joined.TITLE_IN_CHARGE, "${1}" + JOINER + joined.IN_CHARGE.replace(" ", JOINER)), pl.String)
    return masked.with_columns(text=pl.coalesce(in_charge, text))


def _clean_name(name: pl.Expr, title_follows: pl.Expr) -> pl.Expr:
    """Cut the name before a word that is never a given name, restart it at a surname that is never a middle
    name; a name needs a surname and a given name. A word that opens sentences ends the name only where a sentence
    could open: not right before the comma, dash or verb that leads to the title (`title_follows`: "Lý Hùng Em,
    Phó Bí thư", "bà Nguyễn Thị Sáng – Phó Chủ tịch")."""
    # (A baptismal name before the surname is left out: the civil name is the person's across articles, which print
    # the baptismal name or not: "Đức cha Giuse Nguyễn Năng", "Giám mục Nguyễn Năng".)
    name = name.str.replace(rf"^{p.BAPTISMAL_PREFIX}", "")
    dharma_opening = name.str.extract(DHARMA_NAME_OPENING, 0).fill_null("")
    cut = dharma_opening + name.str.slice(dharma_opening.str.len_chars()).str.replace(p.CUT_AT_NOT_GIVEN_NAME, "")
    cut = pl.when(title_follows).then(cut).otherwise(cut.str.replace(p.CUT_AT_SENTENCE_STARTER, ""))
    cut = cut.str.replace(p.RESTART_AT_NEVER_MIDDLE, "${1}")
    # "Sen Vàng | Phạm Thị Tân": a second surname followed by a middle name starts the name.
    cut = cut.str.replace(p.RESTART_AT_SECOND_SURNAME, "${1}")
    # A name needs a given name: not a middle name alone ("Phan Thị"), not a lone letter ("Phạm S").
    complete = (cut.str.contains(r"\s") & ~cut.str.contains(p.ENDS_WITH_NEVER_LAST)
                & ~cut.str.contains(rf"\s{UPPER}$"))
    # "Âu | Donald Tusk": a Vietnamese surname before foreign given names is a word of the title before it (not a
    # Highland name's opener: "Y Biêr Niê").
    given = cut.str.replace(r"^\S+\s+", "")
    foreign_given = (foreign_words(given) & ~foreign_words(cut.str.extract(r"^(\S+)", 1))
                     & ~cut.str.contains(p.HIGHLAND_NAME_OPENING))
    return pl.when(complete & ~foreign_given).then(cut)


# Joins a place's name to its word while a title is cut (a character no text holds).
_PLACE_JOINER = "\u2060"


def _clean_title(title: pl.Expr) -> pl.Expr:
    """The part of a matched title that is this person's (run on the masked text, where places are not names):
    from its last title word after "với/và/cùng" ("Bộ trưởng X với | Ủy viên Quốc vụ viện Trung Quốc"),
    up to another person's name, not a place's ("Phó bí thư Đảng ủy xã Thạch Long"), or a form of address ("... mấy
    khóa | như ông")."""
    own = pl.coalesce(title.str.extract(fp.AFTER_A_NAMED_LEGISLATOR, 1), title.str.extract(pt.TITLE_AFTER_CONJUNCTION, 1),
                      title)
    # A later title that runs into a name is that person's ("Trưởng đoàn, | Phó Bí thư Tỉnh ủy Lê Thanh Cung").
    own = own.str.replace(pt.LATER_TITLE_WITH_NAME, "")
    # (A place closing the title is joined to its word first, so that the cut at a name leaves it: a district's word
    # only with a district's name, "huyện Vũ Quang", not "huyện Lê Hùng".)
    parts = own.str.extract_groups(pt.PLACE_THEN_NAME)
    word, place = parts.struct.field("word"), parts.struct.field("place")
    district_word = word.str.strip_chars().is_in(list(p.DISTRICT_LEVEL_WORDS))
    # (After a ward's Youth Union, read as one word, only a district's name as spelled: "Đoàn phường Uông Bí".)
    joined_word = word.str.starts_with(JOINER)
    joins = (~district_word | person_places.is_district(place, marked=False)) & (
        ~joined_word | person_places.is_district(place))
    joined = pl.when(joins).then(pl.concat_str(parts.struct.field("before"), word, pl.lit(_PLACE_JOINER), place))
    cut = (pl.coalesce(joined, own).str.replace(pt.FROM_NAME_OR_ADDRESS, "")
           .str.replace_all(_PLACE_JOINER, " ", literal=True))
    cut = cut.str.replace(pt.HONORIFIC_AT_END, "")
    cut = cut.str.replace(pt.TRAILING_WORDS, "")
    return cut.str.strip_chars(" ,-–")


def extract_persons(texts: pl.DataFrame, authors: pl.DataFrame) -> pl.DataFrame:
    """Person mentions (name, title) with their position; the article's own authors are left out."""
    masked = _chains_cut(texts.filter(pl.col("field") != "title").with_columns(
        original=pl.col("text"),
        text=rule_text(pl.col("text"))
    ))
    mentions = pl.concat([_read_back(_own_titles(_matches(masked))), _foreign_leaders(masked), _foreign_guests(masked)],
                         how="diagonal").filter(~pl.col("name").str.contains(fp.LEGISLATOR_AS_NAME))
    return (
        one_spelling_per_person(_shortest_of_article(mentions))
        .select(list(PERSON_SCHEMA))
        .join(authors.select("source_uri", "name"), on=["source_uri", "name"], how="anti")
        .unique(["source_uri", "field", "paragraph", "name", "name_as_written", "title"], keep="first",
                maintain_order=True)
        .sort("source_uri", "field", "paragraph", "char_offset", maintain_order=True)
        .cast(PERSON_SCHEMA)
    )


# The paragraph's text before a match (a leader's match opens with the title).
_BEFORE_MATCH = pl.col("text").str.slice(0, pl.col("char_offset"))


def _matches(masked: pl.DataFrame) -> pl.DataFrame:
    """Every match of the person rules on the masked text (`title_first`: the title before the name)."""
    found = pl.concat(
        [
            find_all(masked, TITLE_THEN_NAME, starts=TITLE_STARTS, requires=(NAME_PRESENT,))
            .with_columns(title_first=pl.lit(True)),
            find_all(masked, NAME_THEN_TITLE, requires=(NAME_PRESENT, TITLE_ANY_CASE, NAME_BEFORE_TITLE))
            .filter(~_BEFORE_MATCH.str.contains(p.PLACE_PREPOSITION_BEFORE))
            .with_columns(title_first=pl.lit(False)),
            find_all(masked, p.TITLE_COMMA_NAME, requires=(p.COMMA_THEN_ADDRESSED_NAME,))
            .filter(~(pl.col("match").str.starts_with(",") & pl.col("match").str.contains(p.COMMA_CLOSED_NAME)))
            .with_columns(title_first=pl.lit(True)),
            find_all(masked, p.DEPUTY_THEN_NAME, starts=p.DEPUTY_STARTS).with_columns(title_first=pl.lit(True)),
            find_all(masked, p.TITLE_COMMA_DEGREE_NAME, requires=(p.COMMA_THEN_DEGREE_NAME,))
            .filter(~pl.col("title").str.contains(p.DEGREE_ALONE) & ~pl.col("title").str.contains(pt.TITLE_INTRODUCES_NAME))
            .with_columns(title_first=pl.lit(True)),
            find_all(masked, p.COMRADE_NAME_THEN_TITLE, starts=p.COMRADE_STARTS, requires=(NAME_PRESENT,))
            .with_columns(title_first=pl.lit(False)),
            find_all(masked, p.ADDRESSED_RARE_NAME_THEN_TITLE, starts=p.RARE_SURNAME_STARTS,
                     requires=(p.RARE_SURNAME_AFTER_AN_ADDRESS,)).with_columns(title_first=pl.lit(False)),
            find_all(masked, p.ADDRESSED_NAME_THEN_TITLE, starts=p.ADDRESSED_STARTS, requires=(NAME_PRESENT, TITLE))
            .filter(~pl.col("match").str.contains(p.GIVEN_NAME_AS_FORM)
                    | _BEFORE_MATCH.str.contains(p.AT_A_SENTENCE_START))
            .with_columns(title_first=pl.lit(False)),
            _listed_under_one_title(masked),
            find_all(masked, APPOINTED, requires=(APPOINTED_VERB, NAME_PRESENT, TITLE)).with_columns(
                title_first=pl.lit(False),
                name=pl.col("names").str.extract_all(NAME)).explode("name").drop("names"),
        ],
        how="diagonal",
    )
    # (A chain closing its sentence is read by the name-first rules as a group of its own: p.NAME_THEN_TITLE.)
    return found.with_columns(title=pl.coalesce("title", "title_at_end")).drop("title_at_end")


def _listed_under_one_title(masked: pl.DataFrame) -> pl.DataFrame:
    """Each name of a list under one title, after the plural "các" (`p.TITLE_THEN_NAME_LIST`) or a colon
    (`p.TITLE_COLON_NAME_LIST`), or before the title they hold together (`p.SHARED_TITLE_LIST`)."""
    found = pl.concat([find_all(masked, p.TITLE_THEN_NAME_LIST, starts=p.PLURAL_STARTS,
                                requires=(p.PLURAL_TITLE, NAME_PRESENT)),
                       find_all(masked, p.TITLE_COLON_NAME_LIST, starts=p.COLON_STARTS, requires=(p.COLON_THEN_NAME,))],
                      how="diagonal").with_columns(title_first=pl.lit(True))
    # (... or before a title they hold together, "A, B và C đồng Phó Chủ tịch": `p.SHARED_TITLE_LIST`.)
    shared = find_all(masked, p.SHARED_TITLE_LIST, requires=(p.SHARED_TITLE_WORD, NAME_PRESENT, TITLE_ANY_CASE))
    found = pl.concat([found, shared.with_columns(title_first=pl.lit(False))], how="diagonal")
    return found.with_columns(name=pl.col("names").str.extract_all(NAME)).explode("name").drop("names")


def _foreign_leaders(masked: pl.DataFrame) -> pl.DataFrame:
    """Heads of foreign states and governments: a title, the country, a name in the Latin alphabet ("Thủ tướng Đức
    Angela Merkel"), read on the original text (the masked one hides countries such as "Mỹ")."""
    original = masked.with_columns(text=pl.col("original"))
    legislators = find_all(original, fp.OFFICE_THEN_LATIN_NAME, starts=fp.OFFICES_BEFORE_A_LATIN_NAME)
    # (A name of Vietnamese syllables alone is a Vietnamese name unaccented, "Thủ tướng Nguyen Xuan Phuc".)
    legislators = legislators.filter(~pl.col("name").str.strip_chars().str.contains(fp.PLACE_FIRST)
                                     & ~_BEFORE_MATCH.str.contains(fp.BODY_BEFORE_LEGISLATOR) & foreign_words(pl.col("name")))
    found = pl.concat([
        find_all(original, fp.FOREIGN_LEADER, starts=TITLE_STARTS, requires=(fp.COUNTRY_THEN_LATIN_NAME,)),
        find_all(original, fp.LOWER_CASE_FOREIGN_LEADER, starts=fp.LOWER_CASE_FOREIGN_OFFICES,
                 requires=(fp.COUNTRY_THEN_LATIN_NAME,)),
        find_all(original, fp.SINO_LEADER, starts=TITLE_STARTS, requires=(fp.COUNTRY_THEN_SINO_NAME,)),
        legislators], how="diagonal")
    # (The leader's spouse or a candidate is named after the office: "Phu nhân tổng thống Mỹ Melania Trump".)
    apposed = pl.col("text").str.slice(pl.col("char_offset") + pl.col("match").str.len_chars()).str.contains(
        fp.APPOSED_RELATIVE)
    found = found.filter(~_BEFORE_MATCH.str.contains(fp.RELATION_BEFORE_OFFICE) | apposed)
    # ("Thủ tướng Nguyễn Xuân Phúc và | Thủ tướng Lào Thongloun Sisoulith": the leader's title is the last one; an
    # envoy's "tại" and the country is the title's, "Đại sứ Đức tại Việt Nam Guido Hildner": read joined.)
    read = joined_phrases(pl.col("title"))
    last = pl.coalesce(read.str.extract(pt.TITLE_AFTER_CLAUSE, 1), read.str.extract(pt.TITLE_AFTER_CONJUNCTION, 1), read)
    found = found.with_columns(char_offset=pl.col("char_offset") + pl.col("title").str.len_chars() - last.str.len_chars(),
                               title=last)
    found = found.with_columns(title=pl.concat_str(_modifier_before(pl.col("text"), pl.col("char_offset")) + " ",
                                                   "title", ignore_nulls=True))
    return found.filter(~pl.col("title").str.contains(pt.NOT_OWN_TITLE)).select(
        "source_uri", "field", "paragraph", "char_offset", name=pl.col("name").str.strip_chars(),
        title=pl.col("title").str.replace_all(JOINER, " ", literal=True).str.strip_chars())


def _foreign_guests(masked: pl.DataFrame) -> pl.DataFrame:
    """Foreign guests, envoys and prelates: a form of address or a title, a name that is not Vietnamese, then the
    office after a comma or a dash (`fp.FOREIGN_NAME_THEN_TITLE`), read on the original text (its phrases joined: a
    consulate is no title, "Tùy viên kinh tế, | Tổng Lãnh sự quán Nhật Bản")."""
    # (Joined only in the paragraphs that can hold a foreign name before its joint: the replacements cost a scan.)
    original = masked.filter(regex.contains(pl.col("original"), fp.FOREIGN_NAME_BEFORE_JOINT)).with_columns(
        text=joined_phrases(pl.col("original")))
    found = pl.concat([find_all(original, fp.FOREIGN_NAME_THEN_TITLE, starts=fp.ADDRESS_BEFORE_FOREIGN_NAME,
                                requires=(fp.FOREIGN_NAME_BEFORE_JOINT,)),
                       # (With no form of address, the name's first word is no Vietnamese syllable: "Theo Samsung
                       # Electronics, Giám đốc điều hành X" names no one "Theo Samsung".)
                       find_all(original, fp.LATIN_NAME_THEN_TITLE, requires=(fp.LATIN_NAME_BEFORE_COMMA,))
                       .filter(foreign_words(pl.col("name").str.extract(r"^(\S+)")))],
                      how="diagonal")
    name = pl.col("name").str.strip_chars()
    # (Not a name opened by a country's, "Đức Angela Merkel": a leader's, `_foreign_leaders`; nor a title holding
    # "và", a clause word or a Vietnamese name, someone else's or a place's, once the next guest is cut off: "ông A -
    # Tổng thư ký Hiệp hội | và ông B, ...".)
    title = pl.col("title").str.replace(fp.AND_NEXT_GUEST, "")
    title = pl.when(title == pl.col("title")).then(title + pl.col("title_end").fill_null("")).otherwise(title)
    return found.filter(foreign_words(name) & ~name.str.contains(rf"^{p.SURNAME}\s") & ~name.str.contains(
        fp.COUNTRY_FIRST) & ~title.str.contains(pt.NOT_OWN_TITLE) & ~title.str.contains(pt.TITLE_INTRODUCES_NAME)).select(
        "source_uri", "field", "paragraph", "char_offset", name=name,
        title=title.str.replace_all(JOINER, " ", literal=True).str.strip_chars(" ,-–"))  # (as `_clean_title` does)


def _own_titles(found: pl.DataFrame) -> pl.DataFrame:
    """The matches whose title is the person's own."""
    # Mentions whose title is someone else's:
    # - "GS Hoàng Tích Huyền, PGS Nguyễn Nhược Kim": a title running straight into a name introduces that name;
    # - "quyết định của Thủ tướng cho ông Đặng Xuân Hoan": a clause word between title and name.
    # (A name after a word for a place is the place's: "Phó chủ tịch xã Trần Phán" introduces nobody.)
    place_named = pl.col("title").str.contains(pt.PLACE_NAMED_IN_TITLE)
    introduces_next = ~pl.col("title_first") & ((pl.col("title").str.contains(pt.TITLE_INTRODUCES_NAME) & ~place_named)
                                                | pl.col("title").str.contains(pt.TITLE_ADDRESSES_NAME))
    # ("Tổng thống Donald Trump đón | Thủ tướng Nguyễn Xuân Phúc": the title after the clause word is this person's.)
    after_clause = pl.col("title").str.extract(pt.TITLE_AFTER_CLAUSE, 1)
    found = found.with_columns(
        title=pl.when(pl.col("title_first") & after_clause.is_not_null()).then(after_clause).otherwise("title"))
    # - "Giám đốc Sở Y tế và (TS.) Trần Văn Bình": the title before "và" is another's, the name the next person's.
    clause_between = pl.col("title_first") & (pl.col("title").str.contains(pt.CLAUSE_WORD)
                                              | pl.col("title").str.contains(pt.ENDS_WITH_CONJUNCTION))
    # (A degree between them names a person: "Giám đốc Bệnh viện BS X", "Giám đốc Học viện PGS.TS Y" are no names of
    # a place or a body.)
    by_degree = pl.col("degree").is_not_null() if "degree" in found.columns else pl.lit(False)
    # - "Trưởng Công an huyện Vũ Quang": what follows a word for a place is that place, unless it is a district's
    #   word and the name no district's ("Chủ tịch UBND huyện Nguyễn Hải Nam": `person_after_district_word`).
    after_place_word = (pl.col("title_first") & ~by_degree & pl.col("title").str.contains(pt.ENDS_WITH_PLACE_WORD)
                        & ~pl.col("title").str.contains(pt.ENDS_WITH_PLACE_WORD_OF_NO_PLACE)
                        & ~person_places.person_after_district_word(pl.col("title"), pl.col("name")))
    # - "Phó Bí thư Đoàn phường Uông Bí": after a ward's Youth Union, a district's name is the place.
    after_joined_commune_word = (pl.col("title_first") & ~by_degree
                                 & pl.col("title").str.contains(pt.ENDS_WITH_JOINED_COMMUNE_WORD)
                                 & person_places.opens_with_district(pl.col("name")))
    # - "Giám đốc Công ty TNHH Vàng Phước Minh": what follows a word opening an organisation's name is that name.
    before_organisation_name = (pl.col("title_first") & ~by_degree
                                & pl.col("title").str.contains(pt.TITLE_BEFORE_ORGANISATION_NAME))
    found = found.filter(~introduces_next & ~clause_between & ~after_place_word & ~after_joined_commune_word
                         & ~before_organisation_name)
    if "title_end" in found.columns:
        found = found.with_columns(title=pl.col("title") + pl.col("title_end").fill_null(""))
    # - "A, Phó viện trưởng PGS. TS. B": a title after a name that ends with a degree introduces the next name.
    return found.filter(pl.col("title_first") | ~pl.col("title").str.contains(ENDS_WITH_DEGREE))


def _read_back(found: pl.DataFrame) -> pl.DataFrame:
    """Each mention's name cleaned and its title cleaned and read back from the original text."""
    # Matching and cleaning run on the masked text; the title is then read back from the original text at the
    # same place (masking keeps lengths), so places keep their capitals.
    cleaned = found.with_columns(clean=_clean_title(pl.col("title")))
    title_start = (
        pl.col("char_offset")
        + pl.col("match").str.split(pl.col("title")).list.first().str.len_chars()
        + pl.col("title").str.split(pl.col("clean")).list.first().str.len_chars()
    )
    # A name restarted at a later surname leaves its first words to the title ("Giám đốc Bệnh viện Bạch | Mai
    # Nguyễn Quốc Anh" -> "Giám đốc Bệnh viện Bạch Mai", "Nguyễn Quốc Anh").
    cleaned = cleaned.with_columns(name_=_clean_name(pl.col("name").str.strip_chars(), ~pl.col("title_first")))
    raw = pl.col("name").str.strip_chars()
    # A two-word name followed by a province's name took the province for a place ("Phó Chủ tịch UBND quận Bình
    # Tân Nguyễn Gia | Thái Bình cho hay"): the province's words are its given names.
    name_end = (pl.col("char_offset") + pl.col("match").str.split(raw).list.first().str.len_chars()
                + raw.str.len_chars())
    after_name = pl.col("original").str.slice(name_end, 24)
    province_next = after_name.str.extract(pt.PROVINCE_NEXT, 1)
    cleaned = cleaned.with_columns(name_=pl.when(
        pl.col("title_first") & (raw == pl.col("name_")) & (raw.str.count_matches(r"\s") == 1)
        & province_next.is_not_null() & ~province_next.str.contains(pt.CITY_WORD_START))
        .then(pl.col("name_") + " " + province_next).otherwise(pl.col("name_")))
    # A name that opens with a surname that is mostly a middle name, right after a capitalised word: that word is
    # the surname ("đồng chí Chẩu Văn Lâm", not "Văn Lâm").
    name_start = pl.col("char_offset") + pl.col("match").str.split(raw).list.first().str.len_chars()
    before_start = (name_start - 12).clip(lower_bound=0)
    before = pl.col("original").str.slice(before_start, name_start - before_start).str.extract(
        p.UNLISTED_SURNAME_BEFORE, 1)
    cleaned = cleaned.with_columns(name_=pl.when(
        (raw == pl.col("name_")) & raw.str.contains(p.STARTS_WITH_MIDDLE_NAME_SURNAME) & before.is_not_null()
        & ~before.is_in(list(p.NOT_GIVEN_NAMES)) & ~before.is_in(list(p.SURNAMES)))
        .then(before + " " + pl.col("name_")).otherwise(pl.col("name_")))
    # Right after a form of address ("đồng chí Trần Nguyễn Quang Hiển"), a name of two surnames is whole: it does not
    # restart at its second ("Bạch Mai Nguyễn Quốc Anh" restarts: a place's name ran into it).
    addressed = pl.col("original").str.slice(before_start, name_start - before_start).str.contains(p.ADDRESSED)
    restarted = raw.str.replace(r"^\S+\s+", "") == pl.col("name_")
    cleaned = cleaned.with_columns(name_=pl.when(addressed & raw.str.contains(p.TWO_SURNAMES) & restarted).then(raw)
                                   .otherwise(pl.col("name_")))
    left_to_title = (pl.col("title_first") & (pl.col("clean") == pl.col("title")) & pl.col("name_").is_not_null()
                     & (raw != pl.col("name_")) & raw.str.ends_with(pl.col("name_").fill_null(""))
                     & ~raw.str.contains(p.BAPTISMAL_OPENING))  # (a baptismal name is left out, not the title's)
    extra = pl.when(left_to_title).then(raw.str.len_chars() - pl.col("name_").str.len_chars()).otherwise(0)
    mentions = (
        cleaned.with_columns(title=pl.concat_str(_modifier_before(pl.col("original"), title_start) + " ", pl.col("original").str.slice(
            title_start, pl.col("clean").str.len_chars() + extra).str.strip_chars(), ignore_nulls=True))
        .with_columns(name=pl.col("name_")).drop("name_")
        .filter(pl.col("name").is_not_null() & (pl.col("title") != ""))
    )
    return mentions


def _modifier_before(text: pl.Expr, title_start: pl.Expr) -> pl.Expr:
    """"nguyên", "cựu", "Quyền" right before a title a match opened with (the matches start at the title's word): the
    title's part ("cựu Ngoại trưởng Mỹ X", "nguyên Chủ tịch UBND tỉnh Y"); null if none."""
    start = (title_start - 20).clip(lower_bound=0)
    before = text.str.slice(start, title_start - start)
    found = before.str.extract_groups(p.MODIFIER_BEFORE_TITLE)
    modifier = pl.coalesce(found.struct.field("opening"), found.struct.field("inside"))
    return pl.when(~before.str.contains(p.NOT_FORMER_BEFORE)).then(modifier)


def _shortest_of_article(mentions: pl.DataFrame) -> pl.DataFrame:
    """A name that is another name of the same article plus one word took a word of the text after it ("Bùi Văn
    Ga | Thí sinh", "Tô Anh Tuấn | Theo"): it is that person."""
    names = mentions.select("source_uri", short=pl.col("name")).unique()
    shorter = (
        mentions.select("source_uri", "name").unique()
        .with_columns(short=pl.col("name").str.replace(r"\s+\S+$", ""))
        .filter(pl.col("short").str.contains(r"\s"))
        .join(names, on=["source_uri", "short"], how="inner")
    )
    return (
        mentions.join(shorter, on=["source_uri", "name"], how="left", maintain_order="left")
        .with_columns(name=pl.coalesce("short", "name"))
        .drop("short")
    )
