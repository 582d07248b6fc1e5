"""Dates: publication and event dates as polars expressions over the pattern tables in flows.patterns.dates."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from flows import regex
from flows.patterns import dates
from flows.settings import TIMEZONE


def _two_digits(part: pl.Expr) -> pl.Expr:
    return part.str.zfill(2)


def _full_year(year: pl.Expr) -> pl.Expr:
    return pl.when(year.str.len_chars() == 2).then(pl.lit("20") + year).otherwise(year)


def date_from_parts(day: pl.Expr, month: pl.Expr, year: pl.Expr) -> pl.Expr:
    """A Date from text parts; null when the date does not exist (31/02)."""
    return pl.format("{}-{}-{}", year, _two_digits(month), _two_digits(day)).str.to_date(
        "%Y-%m-%d", strict=False
    )


def first_full_date(text: pl.Expr) -> pl.Expr:
    """The first d/m/yyyy date in the text, as a Date. A second figure over 12 is no month: the date is printed month
    first, as pages in English print a stamp ("3/31/2020 10:26:42 AM" is 31 March), the one reading it allows."""
    parts = text.str.extract_groups(dates.FULL_DATE)
    first, second = parts.struct.field("1"), parts.struct.field("2")
    month_first = second.cast(pl.Int32, strict=False) > dates.MONTHS_IN_YEAR
    return date_from_parts(pl.when(month_first).then(second).otherwise(first),
                           pl.when(month_first).then(first).otherwise(second), _full_year(parts.struct.field("3")))


def first_time(text: pl.Expr) -> pl.Expr:
    """The first hh:mm[:ss] time in the text, as a Time."""
    parts = text.str.extract_groups(dates.TIME)
    hour = parts.struct.field("1").cast(pl.Int32, strict=False)
    marker = parts.struct.field("4").str.to_lowercase()
    # 12-hour clock: 1 PM is 13:00, 12 AM is 00:00.
    hour = (
        pl.when(marker.is_in(dates.AFTERNOON_MARKERS) & (hour < 12)).then(hour + 12)
        .when(marker.is_not_null() & ~marker.is_in(dates.AFTERNOON_MARKERS) & (hour == 12)).then(0)
        .otherwise(hour)
    )
    return pl.format(
        "{}:{}:{}",
        _two_digits(hour.cast(pl.String)),
        parts.struct.field("2"),
        pl.coalesce(parts.struct.field("3"), pl.lit("00")),
    ).str.to_time("%H:%M:%S", strict=False)


def local_datetime(day: pl.Expr, time: pl.Expr) -> pl.Expr:
    """Date + time (midnight when absent) as a timezone-aware datetime in Asia/Ho_Chi_Minh."""
    return (
        day.dt.combine(pl.coalesce(time, pl.time(0, 0, 0)))
        .dt.replace_time_zone(TIMEZONE, ambiguous="earliest", non_existent="null")
    )


def in_figures(text: pl.Expr) -> pl.Expr:
    """The text with its dates in words written in figures ("ngày 30 tháng 8 năm 2023" -> "ngày 30/8/2023", "9 Th12,
    2020" -> "9/12/2020", "10 Tháng Tư, 2023" -> "10/4/2023", "September 25, 2017" -> "25/9/2017"), and its ISO dates and dates with spaced dashes as
    d/m/yyyy ("2022-12-20", "20 - 12 - 2022" -> "20/12/2022"); of two days of a month, the first ("ngày 4 và 5/8" ->
    "ngày 4/8")."""
    return (regex.where(text.str.contains(dates.NOT_IN_FIGURES), text,
                        lambda t: pl.when(t.str.contains(dates.WORDED_MONTH_DATE))
                        .then(t.str.replace_many(dates.MONTH_NUMBERS, leftmost=True)).otherwise(t)
                        .pipe(lambda t: pl.when(t.str.contains(dates.ENGLISH_DATE))
                              .then(t.str.replace_all(dates.ENGLISH_ORDINAL_DAY, "${1}")
                                    .str.replace_many(dates.ENGLISH_MONTH_NUMBERS, leftmost=True)).otherwise(t))
                        .str.replace_all(dates.MONTH_FIRST_DATE, "${2}/${1}/${3}")
                        .str.replace_all(dates.WORDED_DATE_WITH_YEAR, "${1}/${2}/${3}${4}")
                        .str.replace_all(dates.WORDED_DATE, "${1}/${2}")
                        .str.replace_all(dates.ABBREVIATED_MONTH_DATE, "${1}/${2}/${3}")
                        .str.replace_all(dates.ISO_DATE, dates.ISO_DATE_IN_FIGURES)
                        .str.replace_all(dates.SPACED_DASH_DATE, "${1}/${2}/${3}")
                        .str.replace_all(dates.TWO_DAYS_OF_A_MONTH, "${1}${2}${3}"), pl.String)
            .fill_null(text))


def lead_opening_date(lead_in_figures: pl.Expr) -> pl.Expr:
    """The date a lead opens with, when it states its year ("Ngày 14/1/2022, ..."); null otherwise. The lead is
    given with its dates in figures (`in_figures`)."""
    parts = lead_in_figures.str.extract_groups(dates.LEAD_OPENING_DATE)
    return date_from_parts(*(parts.struct.field(k) for k in ("1", "2", "3")))


def event_date_parts(lead_in_figures: pl.Expr) -> pl.Expr:
    """The day, month and (if stated) year of the event the lead dates ("Chiều 29/12", "Sáng 2-8", "Chiều nay
    (10/1)"), as a struct of fields "1", "2", "3", for `event_date`."""
    return lead_in_figures.str.replace_all(dates.DOCUMENT_DATE, " ").str.extract_groups(dates.EVENT_DATE)


def lead_timed_date(lead_in_figures: pl.Expr) -> pl.Expr:
    """The first date with its year that the lead gives a time of day ("trưa ngày 22/12/2025"), anywhere in it;
    null otherwise."""
    parts = lead_in_figures.str.extract_groups(dates.TIMED_DATE_WITH_YEAR)
    return date_from_parts(*(parts.struct.field(k) for k in ("1", "2", "3")))


def lead_stated_date(lead_in_figures: pl.Expr) -> pl.Expr:
    """The first date with its year the lead states after "ngày", neither a document's nor one it does not write on
    (a span's start, a deadline: patterns/dates.STATED_DATE_WITH_YEAR); null otherwise."""
    parts = (lead_in_figures.str.replace_all(dates.DOCUMENT_DATE, " ").str.replace_all(dates.NOT_THE_DAY_WRITTEN, " ")
             .str.extract_groups(dates.STATED_DATE_WITH_YEAR))
    return date_from_parts(*(parts.struct.field(k) for k in ("1", "2", "3")))


def event_date(parts: pl.Expr, published_on: pl.Expr, text_year: pl.Expr) -> pl.Expr:
    """The date the lead says the event happened, from its `event_date_parts`.

    Without a year in the lead's date, the year is the publication's; an event that would fall after the
    publication belongs to the year before (an article of 2 January about 30 December). Without a publication
    date, it is the year the text gives (`text_year`).
    """
    day, month, year = (parts.struct.field(k) for k in ("1", "2", "3"))
    stated = date_from_parts(day, month, year)
    same_year = date_from_parts(day, month, published_on.dt.year().cast(pl.String))
    year_before = date_from_parts(day, month, (published_on.dt.year() - 1).cast(pl.String))
    tolerance = pl.duration(days=dates.EVENT_AFTER_PUBLICATION_TOLERANCE_DAYS)
    inferred = pl.when(same_year > published_on + tolerance).then(year_before).otherwise(same_year)
    return (pl.when(year.is_not_null()).then(stated)
            .when(published_on.is_not_null()).then(inferred)
            .otherwise(date_from_parts(day, month, text_year)))


def text_year(parts: pl.Expr, undated: pl.Expr, lead_in_figures: pl.Expr) -> pl.Expr:
    """The year of an undated article's event (day and month in `event_date_parts`, no year, no publication date):
    the latest year of the full dates its lead prints for the same day and month (dates.ANNIVERSARY_DATES_READ of
    them at most); else the year of its month (`_same_month_year`), of a span (`_span_year`), of a named event
    (`_named_event_year`); null otherwise."""
    day, month, year = _numbers(parts, 3)
    needed = undated & day.is_not_null() & year.is_null()
    found = regex.where(needed, lead_in_figures, lambda lead: lead.str.extract_all(dates.FULL_DATE),
                        pl.List(pl.String))
    anniversary = pl.max_horizontal([pl.when((date_day == day) & (date_month == month)).then(date_year)
                                     for date_day, date_month, date_year in _each_match(found, dates.FULL_DATE, 3)])
    return pl.when(needed).then(pl.coalesce(anniversary.cast(pl.String),
                                            _same_month_year(needed, month, lead_in_figures),
                                            _span_year(needed, lead_in_figures),
                                            _named_event_year(needed, lead_in_figures)))


def _numbers(groups: pl.Expr, count: int) -> list[pl.Expr]:
    """The first `count` groups of a match (a struct of `extract_groups`) as integers."""
    return [groups.struct.field(str(group)).cast(pl.Int32, strict=False) for group in range(1, count + 1)]


def _first_match(needed: pl.Expr, lead_in_figures: pl.Expr, pattern: str, count: int) -> list[pl.Expr]:
    """The groups of the pattern's first match in the lead as integers, searched on the `needed` rows only."""
    groups = regex.where(needed, lead_in_figures, lambda lead: lead.str.extract_groups(pattern),
                         pl.Struct({str(group): pl.String for group in range(1, count + 1)}))
    return _numbers(groups, count)


def _each_match(found: pl.Expr, pattern: str, count: int) -> Iterator[list[pl.Expr]]:
    """The groups as integers of each of the first dates.ANNIVERSARY_DATES_READ matches of a list (`extract_all`)."""
    for index in range(dates.ANNIVERSARY_DATES_READ):
        yield _numbers(found.list.get(index, null_on_oob=True).str.extract_groups(pattern), count)


def _span_year(needed: pl.Expr, lead_in_figures: pl.Expr) -> pl.Expr:
    """The year of the first span the lead prints with its start's day and month and its end's full date, in one year
    (dates.SPAN_WITH_ITS_YEAR: the start's month not after the end's), of the web's years; null otherwise."""
    _, start_month, _, end_month, end_year = _first_match(needed, lead_in_figures, dates.SPAN_WITH_ITS_YEAR, 5)
    return pl.when((start_month <= end_month) & (end_year >= dates.EARLIEST_PUBLICATION_YEAR)).then(
        end_year.cast(pl.String))


def _same_month_year(needed: pl.Expr, month: pl.Expr, lead_in_figures: pl.Expr) -> pl.Expr:
    """The later year of an anniversary's span of the event's month (dates.ANNIVERSARY_SPAN, the first the lead
    prints), else the one year of the months named with their year for the event's month, but those after a word of
    a span, a deadline or a past (dates.MONTH_NOT_THE_EVENTS); null otherwise."""
    start_day, start_month, _, end_day, end_month, end_year = _first_match(needed, lead_in_figures,
                                                                            dates.ANNIVERSARY_SPAN, 6)
    anniversary = pl.when((start_day == end_day) & (start_month == end_month) & (end_month == month)
                          & (end_year >= dates.EARLIEST_PUBLICATION_YEAR)).then(end_year)
    found = regex.where(needed, lead_in_figures, lambda lead: lead.str.replace_all(dates.MONTH_NOT_THE_EVENTS, " ")
                        .str.extract_all(dates.MONTH_WITH_YEAR), pl.List(pl.String))
    years = [pl.when(named_month == month).then(named_year)
             for named_month, named_year in _each_match(found, dates.MONTH_WITH_YEAR, 2)]
    named = pl.when(pl.min_horizontal(years) == pl.max_horizontal(years)).then(pl.max_horizontal(years))
    return pl.coalesce(anniversary, pl.when(named >= dates.EARLIEST_PUBLICATION_YEAR).then(named)).cast(pl.String)


def _named_event_year(needed: pl.Expr, lead_in_figures: pl.Expr) -> pl.Expr:
    """The one year the lead's first sentence gives an event named by its year (dates.NAMED_EVENT_YEAR), not an
    administrative period's (dates.PERIOD_IN_EVENT) nor a span's; null otherwise."""

    def one_year(lead: pl.Expr) -> pl.Expr:
        match = pl.element()
        groups = match.str.extract_groups(dates.NAMED_EVENT_YEAR)
        year = pl.when(~match.str.contains(dates.PERIOD_IN_EVENT) & groups.struct.field("2").is_null()).then(
            groups.struct.field("1"))
        years = (lead.str.extract(dates.FIRST_SENTENCE, 1).str.extract_all(dates.NAMED_EVENT_YEAR)
                 .list.eval(year.drop_nulls().unique()))
        return pl.when(years.list.len() == 1).then(years.list.first())

    return regex.where(needed, lead_in_figures, one_year, pl.String)


def view_count(text: pl.Expr) -> pl.Expr:
    """'3,824 lượt xem' or 'Lượt xem: 3700' -> 3824 / 3700 (thousands separators in either style)."""
    parts = text.str.extract_groups(f"(?i){dates.VIEW_COUNT}")
    digits = pl.coalesce(parts.struct.field("1"), parts.struct.field("2"), parts.struct.field("3"))
    return digits.str.replace_all(r"[.,]", "").cast(pl.Int64, strict=False)
