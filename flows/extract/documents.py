"""Documents cited, with kind, number, code, issuer and issue date, and the code parsed into its parts: the kind's
and the issuer's abbreviations and the year (rules in patterns/documents.py).

Which references are one document is settled on load, over the whole warehouse (sql/load/036_documents.sql): a
reference whose code names its issuer is a coded one; another joins the one coded document it agrees with.
"""

from __future__ import annotations

import polars as pl

from flows.extract.organizations import expand
from flows.extract.spans import find_all
from flows.normalise.dates import date_from_parts
from flows.patterns import documents as d
from flows.patterns import organizations

DOCUMENT_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                   "kind": pl.String, "number": pl.String, "code": pl.String, "issuer": pl.String,
                   "issued_on": pl.Date, "text": pl.String, "kind_abbreviation": pl.String,
                   "issuer_abbreviation": pl.String, "issuer_scope": pl.String, "code_year": pl.Int32,
                   "coded": pl.Boolean}


def fold(abbreviation: pl.Expr) -> pl.Expr:
    """An abbreviation as the tables match it: upper case, Đ as D ("Ttg" is TTg, "ND" is NĐ)."""
    return abbreviation.str.to_uppercase().str.replace_all("Đ", "D", literal=True)


def _canonical(abbreviation: pl.Expr, table: dict) -> pl.Expr:
    """The table's spelling of an abbreviation, null when the table does not have it."""
    spelled = {key.upper().replace("Đ", "D"): key for key in table}
    return fold(abbreviation).replace_strict(spelled, default=None, return_dtype=pl.String)


def code_parts(code: pl.Expr) -> pl.Expr:
    """A code's parts as a struct: kind_abbreviation, issuer_abbreviation, code_year (null where it has none).

    "05-CT/TW" -> CT, TW; "53/2017/NĐ-CP" -> NĐ, CP, 2017; "1866/UBND-KTN" -> -, UBND; "12/2017/QH14" -> -, QH, 2017;
    "163/2006" -> -, -, 2006. An abbreviation the tables do not know is kept as written."""
    party = code.str.extract_groups(d.PARTY_CODE)
    state = code.str.extract_groups(d.STATE_CODE)
    first, second = state.struct.field("first"), state.struct.field("second")
    first_is_kind = _canonical(first, d.KIND_ABBREVIATIONS).is_not_null()
    state_kind = pl.when(first_is_kind).then(first)
    state_issuer = pl.when(first_is_kind).then(second).otherwise(first)
    # A term after the issuer ("QH14") belongs to a known issuer's code; an unknown one keeps it ("C46").
    written = pl.when(first_is_kind).then(second).otherwise(first + state.struct.field("term"))
    kind = pl.coalesce(party.struct.field("kind"), state_kind)
    issuer = pl.coalesce(party.struct.field("issuer"), state_issuer)
    return pl.struct(
        kind_abbreviation=pl.coalesce(_canonical(kind, d.KIND_ABBREVIATIONS), kind),
        issuer_abbreviation=pl.coalesce(_canonical(issuer, d.ISSUER_ABBREVIATIONS), party.struct.field("issuer"),
                                        written),
        code_year=state.struct.field("year").cast(pl.Int32),
    )


def issuer_abbreviation(name: pl.Expr) -> pl.Expr:
    """The abbreviation an issuer named in words carries in codes ("Bộ Chính trị" -> TW, "Bộ trưởng Bộ Y tế" -> BYT),
    null if not known."""
    name = name.str.replace(d.OFFICE_OF_A_BODY, "")
    return pl.coalesce([pl.when(name.str.contains(f"^(?i:{pattern})")).then(pl.lit(abbreviation))
                        for pattern, abbreviation in d.ISSUER_NAMES])


def issuer_scope(abbreviation: pl.Expr) -> pl.Expr:
    """central | local (one such issuer per province) | null (an issuer the table does not know)."""
    scopes = {short: scope for short, (_, scope) in d.ISSUER_ABBREVIATIONS.items()}
    return abbreviation.replace_strict(scopes, default=None, return_dtype=pl.String)


def extract_documents(texts: pl.DataFrame) -> pl.DataFrame:
    """References that carry a number: with "số", with a code, or followed by their issuer or date."""
    found = find_all(texts.filter(pl.col("field") != "title"), d.REFERENCE)
    kind = pl.col("kind")
    capitalised_kind = kind.str.slice(0, 1) == kind.str.slice(0, 1).str.to_uppercase()
    references = (
        found.filter(
            (pl.col("so").is_not_null() & (pl.col("so") != ""))
            | pl.col("tail").is_not_null()
            | (capitalised_kind & (pl.col("issuer").is_not_null() | pl.col("year").is_not_null()))
        )
        .select(
            "source_uri", "field", "paragraph", "char_offset",
            kind=kind.str.slice(0, 1).str.to_uppercase() + kind.str.slice(1).str.to_lowercase(),
            number=pl.col("number"),
            code=pl.when(pl.col("tail").is_not_null()).then(
                pl.col("number") + pl.col("tail").str.replace(d.TAIL_OPENING, "-").str.replace_all(d.TAIL_SPACED_DASH, "-")
                .str.replace_all(r"\s", "")),
            # A bare generic head ("của Bộ | trưởng ...") names no issuer.
            issuer=pl.when(~pl.col("issuer").str.strip_chars(" ,").is_in(list(organizations.NEEDS_CONTINUATION)))
            .then(expand(pl.col("issuer").str.strip_chars(" ,"))),
            issued_on=date_from_parts(pl.col("day"), pl.col("month"), pl.col("year")),
            text=pl.col("match").str.strip_chars(" ,"),
        )
        .with_columns(parts=code_parts(pl.col("code")))
        .unnest("parts")
    )
    coded = pl.col("issuer_abbreviation").is_not_null()
    return (
        references.with_columns(
            coded=coded,
            issuer_abbreviation=pl.when(coded).then("issuer_abbreviation")
            .otherwise(issuer_abbreviation(pl.col("issuer"))),
        )
        .with_columns(issuer_scope=issuer_scope(pl.col("issuer_abbreviation")))
        .select(list(DOCUMENT_SCHEMA))
        .cast(DOCUMENT_SCHEMA)
    )
