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
    "per_unit": pl.String,      # a unit price's unit: "tấn" of "2.037 USD/tấn", "tháng" of "20 triệu đồng mỗi tháng"
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


def _boundaries(texts: pl.DataFrame, pattern: str, name: str) -> pl.DataFrame:
    """Where each sentence (or clause) of `pattern`'s ends begins: `name`, per paragraph, sorted (0 not listed)."""
    return find_all(texts, pattern, FIELDS).select(
        *POSITION_KEYS, (pl.col("char_offset") + pl.col("match").str.len_chars()).alias(name)).sort(name)


def _within(frame: pl.DataFrame, starts: pl.DataFrame, name: str, at: str) -> pl.DataFrame:
    """`frame` with `name`: where the sentence (clause) that holds its position `at` begins."""
    return frame.sort(at).join_asof(starts, left_on=at, right_on=name, by=POSITION_KEYS, strategy="backward",
                                    check_sortedness=False).with_columns(pl.col(name).fill_null(0))


def _with_period(figures: pl.DataFrame, texts: pl.DataFrame) -> pl.DataFrame:
    """`period`: a period named right after the figure in its clause, else the last one named before it in its
    sentence; null when neither (a period of an earlier sentence is not the figure's). Sentences, clauses and
    periods are found once per paragraph and matched to the figures by position (joins as of a position, never
    each figure against each period)."""
    periods = find_all(texts, ind.PERIOD_FOUND, FIELDS).filter(pl.col("not_period").is_null()).select(
        *POSITION_KEYS, "period",
        char_offset=pl.col("char_offset") + pl.col("match").str.len_chars() - pl.col("period").str.len_chars())
    # Sentences and clauses matter only where a period is named.
    named = texts.join(periods.select(POSITION_KEYS).unique(), on=POSITION_KEYS, how="semi")
    sentences = _boundaries(named, ind.SENTENCE_END, "sentence")
    clauses = pl.concat([sentences.rename({"sentence": "clause"}), _boundaries(named, ind.CLAUSE_END, "clause")])
    periods = periods.with_columns(period_end=pl.col("char_offset") + pl.col("period").str.len_chars())
    periods = _within(_within(periods, sentences, "sentence", "char_offset"), clauses.sort("clause"), "clause",
                      "char_offset")
    # The figure ends after its number's first digit and the rest of its text ("tới 460 triệu USD" starts at 4).
    keyed = figures.with_row_index("figure__").with_columns(
        figure_end=pl.col("char_offset") + pl.col("figure").str.replace(r"^\D*", "").str.len_chars())
    keyed = _within(_within(keyed, sentences, "sentence", "char_offset"), clauses.sort("clause"), "clause",
                    "char_offset")
    before = keyed.sort("char_offset").join_asof(
        periods.select(*POSITION_KEYS, "sentence", "period", "period_end").sort("period_end"),
        left_on="char_offset", right_on="period_end", by=[*POSITION_KEYS, "sentence"], strategy="backward",
        check_sortedness=False)
    after = keyed.sort("figure_end").join_asof(
        periods.select(*POSITION_KEYS, "clause", "period", "char_offset").sort("char_offset"),
        left_on="figure_end", right_on="char_offset", by=[*POSITION_KEYS, "clause"], strategy="forward",
        tolerance=ind.PERIOD_AFTER_CHARS, check_sortedness=False)
    return (
        keyed.join(after.select("figure__", "period"), on="figure__")
        .join(before.select("figure__", before__="period"), on="figure__")
        .with_columns(period=pl.coalesce("period", "before__"))
        .sort("figure__").drop("figure__", "before__", "sentence", "clause", "figure_end")
    )


def extract_indicators(texts: pl.DataFrame) -> pl.DataFrame:
    """Every figure in the lead and body, one row each, with what it measures and its period."""
    percent = _percentages(texts)
    money = find_all(texts, ind.MONEY, FIELDS)
    money = money.filter(
        (pl.col("scale").is_not_null() | (pl.col("amount").str.contains(r"\.") & (pl.col("currency") != ind.ABBREVIATED_DONG)))
        & ~((pl.col("currency") == "đồng") & pl.col("next_word").is_in(list(ind.NOT_CURRENCY_AFTER_DONG))).fill_null(False)
    ).select(
        "source_uri", "field", "paragraph", "char_offset", "text", "match",
        kind=pl.lit("money"),
        # (An amount with a scale, "68.956,99 tỷ", is whole units: rounded, the float product's last bits go,
        # 68956990000000.01 -> 68956990000000.)
        # ... and an amount in two scales adds the larger's part ("1 tỷ 656 triệu đồng", "1 tỷ 500.000 đồng").
        value=pl.when(pl.col("scale").is_not_null())
        .then((_number(pl.col("amount")) * pl.col("scale").replace_strict(ind.SCALES, return_dtype=pl.Float64)).round(0))
        .otherwise(_number(pl.col("amount")))
        + (_number(pl.col("major")) * pl.col("major_scale").replace_strict(ind.SCALES, default=None,
                                                                            return_dtype=pl.Float64)).round(0).fill_null(0),
        currency=pl.col("currency").replace_strict(ind.CURRENCIES, return_dtype=pl.String),
        qualifier=pl.col("qualifier"),
        per_unit=pl.coalesce("per_slash", "per_each", "per_one", "per_before"),
        next_word="next_word",
        # The word read after the currency is not part of the figure.
        figure=pl.col("match").str.head(pl.col("match").str.len_chars()
                                        - pl.col("next_word").str.len_chars().fill_null(0))
        .str.strip_chars(" ,.;/()\"“”…"),
    )
    money = _price_ranges(money)
    ratio = _ratios(texts)
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
        .sort("source_uri", "field", "paragraph", "char_offset", maintain_order=True)
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


def _ratios(texts: pl.DataFrame) -> pl.DataFrame:
    """Achieved/target ratios: an a/b followed by a counted thing, a plan word or its share (ind.RATIO), not after a
    date, address or rank word, not part of a longer a/b/c nor a season ("2016/17"); more achieved than targeted
    only with a plan word or a share ("154/150 đảng viên (đạt 102,7%)"; not "19/8 thành phố")."""
    found = find_all(texts, ind.RATIO, FIELDS)
    year_like = pl.any_horizontal(
        pl.col(side).cast(pl.Int32, strict=False).is_between(1900, 2100) & (pl.col(side).str.len_chars() == 4)
        for side in ("achieved", "target"))
    achieved, target = _number(pl.col("achieved")), _number(pl.col("target"))
    share = pl.coalesce("share", "bare_share")
    planned = share.is_not_null() | pl.col("measure").str.to_lowercase().is_in(list(ind.RATIO_PLAN_WORDS))
    # (Any word counted, when the target is no month's number and the target is not passed.)
    counted_word = (pl.col("counted_word").is_not_null() & (target > ind.RATIO_ANY_COUNTED_ABOVE)
                    & (pl.col("before").is_null() | (pl.col("before") == pl.col("before").str.to_lowercase())
                       | pl.col("before").is_in(list(ind.RATIO_SENTENCE_OPENERS))))
    before = pl.col("before").str.to_lowercase()
    date_like = target <= ind.RATIO_ANY_COUNTED_ABOVE
    return found.filter(
        (before.is_null() | ~(before.is_in(list(ind.RATIO_NOT_AFTER))
                              | (date_like & before.is_in(list(ind.RATIO_NOT_AFTER_DATE_WORD)))))
        & pl.col("longer").is_null() & ~year_like
        & (pl.col("measure").is_not_null() | share.is_not_null() | counted_word)
        & ((achieved <= target) | planned)
    ).select(
        "source_uri", "field", "paragraph", "char_offset", "text", "match",
        kind=pl.lit("ratio"),
        achieved=achieved,
        target=target,
        measure=pl.col("measure"),  # (a word counted with no table of its own names none: "77/77 nội dung")
        figure=pl.format("{}/{}", "achieved", "target"),
    ).with_columns(value=pl.when(pl.col("target") > 0).then(pl.col("achieved") / pl.col("target")))


def _price_ranges(money: pl.DataFrame) -> pl.DataFrame:
    """The low end of a range of unit prices takes the unit of its high end ("200.000 đồng đến 300.000 đồng/ngày"):
    the next amount of the paragraph, when the low end's next word is a range word and the high end is that close."""
    following = pl.col("per_unit").shift(-1).over(POSITION_KEYS)
    gap = pl.col("char_offset").shift(-1).over(POSITION_KEYS) - pl.col("char_offset") - pl.col("match").str.len_chars()
    in_range = pl.col("next_word").is_in(list(ind.PRICE_RANGE_WORDS)) & (gap <= ind.PRICE_RANGE_GAP_CHARS)
    return (
        money.sort(*POSITION_KEYS, "char_offset")
        .with_columns(per_unit=pl.when(in_range.fill_null(False)).then(pl.coalesce("per_unit", following))
                      .otherwise("per_unit"))
        .drop("next_word")
    )
