"""Lines that show a person rather than tell the story: a portrait's caption that is nothing but a person, and a
photo's caption of a person doing what photos show. Neither is the title or the lead (flows/normalise/lines.py). And an
op-ed's signature with its offices."""

from __future__ import annotations

import polars as pl

from flows import regex
from flows.patterns import bylines as by
from flows.patterns import captions as cap
from flows.patterns import person_lines as labels


def person_line_flags(caption_sized: pl.Expr) -> dict[str, pl.Expr]:
    """`is_person_label` and `is_person_caption` of the caption-sized lines (null for longer ones)."""
    return {
        # A portrait's caption: nothing but a person ("Ông X, Phó Chủ tịch UBND tỉnh Y", "Bí thư Tỉnh ủy Y - X").
        "is_person_label": regex.contains(caption_sized, labels.PERSON_LABEL)
        & ~caption_sized.str.contains(labels.LABEL_CLAUSE_WORD).fill_null(False),
        "is_person_caption": _person_caption(caption_sized),
    }


def _person_caption(caption_sized: pl.Expr) -> pl.Expr:
    """One sentence: a person, the offices (no clause word among them), then an act photos show
    (labels.PERSON_CAPTION); or the offices, the person and the act (labels.OFFICES_FIRST_CAPTION: an office may
    hold a clause word there, "Phó Chủ tịch Thường trực phụ trách HĐND"). (The patterns only on the lines that name
    such an act.)"""
    names_an_act = caption_sized.str.contains(labels.PHOTO_ACT)
    offices = regex.where(names_an_act, caption_sized, lambda text: text.str.extract(labels.PERSON_CAPTION, 1),
                          pl.String)
    offices_first = regex.where(names_an_act, caption_sized,
                                lambda text: text.str.contains(labels.OFFICES_FIRST_CAPTION), pl.Boolean)
    return ((offices.is_not_null() & ~offices.str.contains(labels.LABEL_CLAUSE_WORD) | offices_first.fill_null(False))
            & ~caption_sized.str.contains(cap.SENTENCE_BREAK))


def signed_with_offices(short: pl.Expr) -> pl.Expr:
    """An op-ed's signature in one line, a name in capitals and its offices, the name being no title of office."""
    shaped = regex.contains(short, by.SIGNATURE_WITH_OFFICES)
    names = regex.where(shaped, short, lambda t: t.str.extract(by.SIGNATURE_WITH_OFFICES, 1).str.to_lowercase(),
                        pl.String)
    return shaped & ~names.is_in(by.NOT_SIGNATURE_NAMES).fill_null(False)
