"""An outlet's name or code printed as a line of its own: a masthead, a logo or a signature, not a writer's name."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import outlet_registry, outlets

# A masthead: a line that is an outlet's name in the registry ("BÁO NAM ĐỊNH ĐIỆN TỬ").
_MASTHEADS = outlet_registry.mastheads()
# An outlet's code as a line of its own ("HYTV", "vnews"): its logo or its signature, not a writer's name.
SIGNATURE_CODES = outlet_registry.signature_codes()


def fold(text: pl.Expr) -> pl.Expr:
    """Lower case, the look-alike Ð/ð (U+00D0/U+00F0) read as đ, for matching names."""
    return text.str.replace_all("[Ðð]", "đ").str.to_lowercase()


def signature_code(text: pl.Expr) -> pl.Expr:
    """The outlet a line names when it is nothing but the outlet's code (SIGNATURE_CODES), else null."""
    bare = text.str.strip_chars(" .")
    return pl.coalesce(bare.replace_strict(SIGNATURE_CODES, default=None, return_dtype=pl.String),
                       fold(bare).replace_strict(SIGNATURE_CODES, default=None, return_dtype=pl.String))


def names_itself(text: pl.Expr) -> pl.Expr:
    """The line is a site's name for itself: a portal's ("Cổng Thông tin điện tử huyện X"), a paper's, a
    magazine's or a station's ("Báo Công An Đà Nẵng"), an institution's ("Trường THPT X") or a body's, a place closing
    it ("CÔNG AN THÀNH PHỐ X")."""
    short = regex.at_most(text, outlets.OUTLET_MASTHEAD_MAX_CHARS)
    return (text.str.contains(outlets.PORTAL_MASTHEAD) | short.str.contains(outlets.SHORT_MASTHEAD)
            | short.str.contains(outlets.BODY_MASTHEAD) & ~short.str.contains(outlets.BODY_MASTHEAD_CLAUSE)
            & ~short.str.replace(outlets.BODY_HEAD, "").str.contains(outlets.BODY_MASTHEAD_NOT_A_NAME)).fill_null(False)


def greeted_name(text: pl.Expr) -> pl.Expr:
    """What a portal's greeting welcomes to ("Chào mừng bạn đến với Cổng thông tin điện tử huyện X!" -> "Cổng thông
    tin điện tử huyện X"), or the name a logo's alt text gives before the image's address ("UBND phường
    Xhttps://.../logo-x.png" -> "UBND phường X"); null on any other line."""
    return (pl.when(text.str.contains(outlets.GREETING)).then(
        text.str.replace(outlets.GREETING, "").str.replace(outlets.GREETING_AFTER_NAME, "")
        .str.replace(outlets.GREETED_WEBSITE, "").str.strip_chars_end(" !."))
        .otherwise(text.str.extract(outlets.LOGO_WITH_NAME, 1)))


def names_the_site(short: pl.Expr) -> pl.Expr:
    """The line is a site's name for itself (`names_itself`), or a portal's greeting (chrome, "Chào mừng quý vị đến
    với ...", with the site's address at times) that welcomes to a name, whatever its shape ("Chào mừng bạn đã đến
    với website của Viện kiểm sát nhân dân tỉnh X"; "Chào mừng bạn đến với mùa lễ hội" names none). Needs the
    column greeted_name (`greeted_name`)."""
    greeted = pl.col("greeted_name")
    return names_itself(pl.coalesce(greeted, short)) | (
        greeted.str.contains(outlets.GREETED_NAME) & (greeted.str.len_chars() <= outlets.GREETED_NAME_MAX_CHARS)
    ).fill_null(False)


def names_the_body(short: pl.Expr) -> pl.Expr:
    """On the page's first lines (outlets.TOP_MASTHEAD_LINES), the line is a body's full name, its own site's masthead
    (outlets.ORGANISATION_MASTHEAD: "CỤC THỂ DỤC THỂ THAO"), not a headline saying what the body did; in small letters,
    ending as a full name does (outlets.ORGANISATION_NAME_END: "... Việt Nam", "... - Công ty cổ phần")."""

    def shaped(text: pl.Expr) -> pl.Expr:
        name = text.str.replace(outlets.CITY_ABBREVIATION, "TP ")
        in_capitals = name == name.str.to_uppercase()
        return ((name.str.contains(outlets.ORGANISATION_MASTHEAD) & ~name.str.contains(outlets.ORGANISATION_MASTHEAD_VERB)
                 & ~name.str.replace(outlets.ORGANISATION_HEAD, "").str.contains(outlets.EVENT_AFTER_HEAD)
                 & (in_capitals | name.str.contains(outlets.ORGANISATION_NAME_END)))
                | in_capitals & name.str.contains(outlets.INSTITUTION_IN_CAPITALS))

    on_top = pl.int_range(pl.len()).over("source_uri") < outlets.TOP_MASTHEAD_LINES
    return regex.where(on_top, short, shaped, pl.Boolean).fill_null(False)


def is_masthead(text: pl.Expr) -> pl.Expr:
    """The line is an outlet's name in the registry or nothing but its code (a site's name for itself:
    `names_itself`)."""
    return fold(text).str.strip_chars(" .").is_in(_MASTHEADS) | signature_code(text).is_not_null()
