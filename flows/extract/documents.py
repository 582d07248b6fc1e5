"""Documents cited, with kind, number, code, issuer and issue date (rules in patterns/documents.py)."""

from __future__ import annotations

import polars as pl

from flows.extract.organizations import expand
from flows.extract.spans import find_all
from flows.normalise.dates import date_from_parts
from flows.patterns import alternation
from flows.patterns import documents as d
from flows.patterns import organizations

DOCUMENT_SCHEMA = {"source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
                   "kind": pl.String, "number": pl.String, "code": pl.String, "issuer": pl.String,
                   "issued_on": pl.Date, "text": pl.String}

def _reference_pattern() -> str:
    date = r"ngày\s+(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]\s*(?P<year>\d{4})"
    issuer = rf"của\s+(?P<issuer>{organizations.name_pattern(head_case_insensitive=True)})"
    return (
        rf"(?P<kind>(?i:{alternation(d.KINDS)}))(?:\s+liên tịch)?\s+(?P<so>số\s+)?(?P<number>\d+)"
        rf"(?P<tail>{d.CODE_TAIL})?(?:\s*,?\s*{date})?(?:\s+{issuer})?"
    )


def extract_documents(texts: pl.DataFrame) -> pl.DataFrame:
    """References that carry a number: with "số", with a code, or followed by their issuer or date."""
    found = find_all(texts.filter(pl.col("field") != "title"), _reference_pattern())
    kind = pl.col("kind")
    capitalised_kind = kind.str.slice(0, 1) == kind.str.slice(0, 1).str.to_uppercase()
    return (
        found.filter(
            (pl.col("so").is_not_null() & (pl.col("so") != ""))
            | pl.col("tail").is_not_null()
            | (capitalised_kind & (pl.col("issuer").is_not_null() | pl.col("year").is_not_null()))
        )
        .select(
            "source_uri", "field", "paragraph", "char_offset",
            kind=kind.str.slice(0, 1).str.to_uppercase() + kind.str.slice(1).str.to_lowercase(),
            number=pl.col("number"),
            code=pl.when(pl.col("tail").is_not_null()).then(pl.col("number") + pl.col("tail")),
            # A bare generic head ("của Bộ | trưởng ...") names no issuer.
            issuer=pl.when(~pl.col("issuer").str.strip_chars(" ,").is_in(list(organizations.NEEDS_CONTINUATION)))
            .then(expand(pl.col("issuer").str.strip_chars(" ,"))),
            issued_on=date_from_parts(pl.col("day"), pl.col("month"), pl.col("year")),
            text=pl.col("match").str.strip_chars(" ,"),
        )
        .cast(DOCUMENT_SCHEMA)
    )
