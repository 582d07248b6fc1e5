"""Whether the words after a title's word for a place are the place or a person: the gazetteer of districts
(patterns/districts.py, from `vietnam-provinces`) tells "huyện Vũ Quang" (a district; Vũ is a surname) from "huyện
Nguyễn Hải Nam" (its chairman), and "Đoàn phường Uông Bí" (a ward of the city) from "Đoàn phường Phan Văn Hùng"."""

from __future__ import annotations

from functools import cache

import polars as pl

from flows import regex
from flows.patterns import districts
from flows.patterns import person_titles as pt


@cache
def _district_names(marked: bool) -> list[str]:
    """The districts' names as the gazetteer spells them, in both placements of their tone marks; or without marks
    (pages place tones either way: "Thái Hoà", "Thái Hòa")."""
    names = sorted(districts.district_names())
    if marked:
        return names
    return pl.select(regex.without_marks(pl.Series(names))).to_series().unique().to_list()


def is_district(name: pl.Expr, marked: bool = True) -> pl.Expr:
    """The name is a district's (compared without marks when `marked` is False)."""
    return (name if marked else regex.without_marks(name)).is_in(_district_names(marked))


def _openings(name: pl.Expr) -> tuple[pl.Expr, list[pl.Expr]]:
    """A name's words and its first one, two and three words."""
    words = name.str.strip_chars().str.split(" ")
    return words, [words.list.slice(0, length).list.join(" ") for length in (1, 2, 3)]


def no_district(name: pl.Expr) -> pl.Expr:
    """A name of a person's length whose first one, two or three words are no district's name (without marks)."""
    words, openings = _openings(name)
    opens_with_district = pl.any_horizontal(is_district(opened, marked=False) for opened in openings)
    return (words.list.len() >= pt.PERSON_AFTER_DISTRICT_WORD_MIN_WORDS) & ~opens_with_district


def opens_with_district(name: pl.Expr) -> pl.Expr:
    """A name whose first two or three words are a district's name as the gazetteer spells it (without marks, or one
    word alone, or a commune's, surnames would be: "Hoàng Văn", "Phan", "Lê Thanh")."""
    return pl.any_horizontal(is_district(opened) for opened in _openings(name)[1][1:])


def person_after_district_word(title: pl.Expr, name: pl.Expr) -> pl.Expr:
    """After a title that ends with a district's word, the name is a person, not the district: after the word in
    small letters a name of a person's length that opens with no district's name (`no_district`); after the word
    capitalised ("Quận", "Huyện"), any name but a district's whole name ("Quận Ngô Quyền" is the place, "Quận Lê Hùng"
    and "Quận Vũ Quang Hải" persons)."""
    return (pl.when(title.str.contains(pt.ENDS_WITH_CAPITALISED_DISTRICT_WORD))
            .then(~is_district(name.str.strip_chars(), marked=False))
            .otherwise(title.str.contains(pt.ENDS_WITH_DISTRICT_WORD) & no_district(name)))
