"""Indicators from the lead and body: percentages, money, achieved/target ratios, counts, and their period."""

from __future__ import annotations

import polars as pl

from flows.extract.spans import POSITION_KEYS, find_all
from flows.patterns import indicators as ind

INDICATOR_SCHEMA = {
    "source_uri": pl.String, "field": pl.String, "paragraph": pl.Int32, "char_offset": pl.Int64,
    "kind": pl.String,          # percentage | money | ratio | count
    "value": pl.Float64,        # the percentage, the amount in currency units, the ratio's share, the count
    "achieved": pl.Float64, "target": pl.Float64,
    "currency": pl.String, "qualifier": pl.String,
    "measure": pl.String,       # what is counted or measured ("đảng viên", "tổ chức cơ sở Đảng")
    "period": pl.String,        # "năm 2021", "6 tháng đầu năm 2019"
    "text": pl.String,          # the figure as written
}
FIELDS = ("lead", "body")  # figures in the title repeat the body's; captions describe photos

def _number(text: pl.Expr) -> pl.Expr:
    """Vietnamese number format: '.' groups thousands, ',' marks decimals ("12.467,5" -> 12467.5); a dot
    before one or two final digits is a decimal point ("42.5")."""
    vietnamese = text.str.replace_all(r"\.", "").str.replace(",", ".")
    return (
        pl.when(text.str.contains(r"^\d+\.\d{1,2}$")).then(text).otherwise(vietnamese).cast(pl.Float64, strict=False)
    )


def _with_period(figures: pl.DataFrame, texts: pl.DataFrame) -> pl.DataFrame:
    """`period`: the last period named in the paragraph before the figure, else the first one after it. The periods
    are found once per paragraph and matched to the figures by position (a copy of the text before each figure
    would grow with the square of the paragraph)."""
    periods = find_all(texts, f"(?i){ind.PERIOD}", FIELDS).select(
        *POSITION_KEYS, "char_offset", period="match",
        period_end=pl.col("char_offset") + pl.col("match").str.len_chars())
    keyed = figures.with_row_index("figure__").sort("char_offset")
    before = keyed.join_asof(periods.sort("period_end"), left_on="char_offset", right_on="period_end",
                             by=POSITION_KEYS, strategy="backward", check_sortedness=False)
    after = keyed.join_asof(periods.drop("period_end").sort("char_offset"), on="char_offset", by=POSITION_KEYS,
                            strategy="forward", check_sortedness=False)
    return (
        keyed.with_columns(period=pl.coalesce(before["period"], after["period"]))
        .sort("figure__").drop("figure__")
    )


def extract_indicators(texts: pl.DataFrame) -> pl.DataFrame:
    """Every figure in the lead and body, one row each, with what it measures and its period."""
    percent = _percentages(texts)
    money = find_all(texts, ind.MONEY, FIELDS)
    money = money.filter(
        (pl.col("scale").is_not_null() | pl.col("amount").str.contains(r"\."))
        & ~((pl.col("currency") == "đồng") & pl.col("next_word").is_in(list(ind.NOT_CURRENCY_AFTER_DONG))).fill_null(False)
    ).select(
        "source_uri", "field", "paragraph", "char_offset", "text", "match",
        kind=pl.lit("money"),
        value=_number(pl.col("amount")) * pl.col("scale").replace_strict(ind.SCALES, default=1.0, return_dtype=pl.Float64),
        currency=pl.col("currency").replace_strict(ind.CURRENCIES, return_dtype=pl.String),
        qualifier=pl.col("qualifier"),
        # The word read after the currency is not part of the figure.
        figure=pl.col("match").str.head(pl.col("match").str.len_chars()
                                        - pl.col("next_word").str.len_chars().fill_null(0))
        .str.strip_chars(" ,.;/()\"“”"),
    )
    ratio = find_all(texts, ind.RATIO, FIELDS)
    # Not a date ("ngày 15/5 tới", "14/4/1996") nor a document number ("Nghị định 53/2017").
    year_like = pl.col("target").cast(pl.Int32, strict=False).is_between(1900, 2100) & (pl.col("target").str.len_chars() == 4)
    ratio = ratio.filter(
        (pl.col("before").is_null() | ~pl.col("before").str.to_lowercase().is_in(list(ind.RATIO_NOT_AFTER)))
        & ~year_like
        & ~pl.col("measure").str.extract(r"^(\S+)", 1).is_in(list(ind.RATIO_NOT_BEFORE)).fill_null(False)
    ).select(
        "source_uri", "field", "paragraph", "char_offset", "text", "match",
        kind=pl.lit("ratio"),
        achieved=_number(pl.col("achieved")),
        target=_number(pl.col("target")),
        measure=pl.col("measure"),
        figure=pl.format("{}/{}", "achieved", "target"),
    ).with_columns(value=pl.when(pl.col("target") > 0).then(pl.col("achieved") / pl.col("target")))
    count = find_all(texts, ind.COUNT, FIELDS)
    count = count.filter(pl.col("pre").is_null() | (pl.col("pre") != "/")).select(
        "source_uri", "field", "paragraph", "char_offset", "text", "match",
        kind=pl.lit("count"),
        value=_number(pl.col("count")),
        measure=pl.col("measure"),
        figure=pl.format("{} {}", "count", "measure"),
    )
    combined = pl.concat([percent, money, ratio, count], how="diagonal_relaxed")
    # A match may start before its figure (a preceding character, a qualifier): point at the figure itself.
    number = pl.col("figure").str.extract(r"(\d[\d.,]*)", 1)
    combined = combined.with_columns(
        char_offset=pl.col("char_offset") + pl.col("match").str.split(number).list.first().str.len_chars()
    )
    return (
        _with_period(combined, texts)
        .drop("text", "match")
        .rename({"figure": "text"})
        .with_columns([pl.lit(None, dtype).alias(c) for c, dtype in INDICATOR_SCHEMA.items()
                       if c not in combined.columns and c not in ("text", "period")])
        .select(list(INDICATOR_SCHEMA))
        .sort("source_uri", "field", "paragraph", "char_offset")
        .cast(INDICATOR_SCHEMA)
    )


def _percentages(texts: pl.DataFrame) -> pl.DataFrame:
    found = find_all(texts, ind.PERCENT_FIGURE, FIELDS)
    return found.select(
        "source_uri", "field", "paragraph", "char_offset", "text",
        kind=pl.lit("percentage"),
        value=pl.col("number").str.replace(",", ".").cast(pl.Float64, strict=False),
        measure=pl.col("after").str.strip_chars(),
        figure=pl.col("match").str.replace(r"%.*$", "%"),
        match="match",
    )
