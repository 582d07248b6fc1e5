"""Extract (knowledge, in the spirit of GDELT's GKG): persons, organisations, provinces, documents,
indicators, meetings and themes, each with the article and its position (field, paragraph, char_offset)."""

from __future__ import annotations

from dataclasses import make_dataclass

import polars as pl

from flows.extract.registry import KINDS, Batch


class _Frames:
    """The methods of Knowledge, whose fields (one frame per kind) come from flows/extract/registry.py."""

    @classmethod
    def concat(cls, parts: list["Knowledge"]) -> "Knowledge":
        return cls(**{kind.name: pl.concat([getattr(p, kind.name) for p in parts]) for kind in KINDS})

    def only(self, source_uris: pl.Series) -> "Knowledge":
        """The knowledge of these documents only."""
        keep = pl.col("source_uri").is_in(source_uris.implode())
        return type(self)(**{kind.name: getattr(self, kind.name).filter(keep) for kind in KINDS})

    def staging(self) -> dict[str, pl.DataFrame]:
        """The frames under the names the sql/load files read."""
        return {kind.staging: getattr(self, kind.name) for kind in KINDS}


Knowledge = make_dataclass("Knowledge", [(kind.name, pl.DataFrame) for kind in KINDS], bases=(_Frames,))
Knowledge.__module__ = __name__


def extract(articles: pl.DataFrame, authors: pl.DataFrame) -> Knowledge:
    """Every knowledge frame of a batch of articles; rows carry source_uri (joined to the article key on load)."""
    from flows.extract.spans import paragraphs, restore_positions, split_long_paragraphs

    texts, segments = split_long_paragraphs(paragraphs(articles))
    batch = Batch(articles, authors, texts)
    return Knowledge(**{kind.name: restore_positions(kind.extract(batch), segments) for kind in KINDS})


def reference_tables() -> dict[str, pl.DataFrame]:
    """Reference data the load keeps in step with flows/patterns: provincial units and the theme taxonomy."""
    from flows.patterns import provinces
    from flows.patterns.themes import THEMES

    units = pl.DataFrame(
        provinces.units(),
        schema={"province_name": pl.String, "kind": pl.String, "valid_from": pl.Date, "valid_to": pl.Date,
                "successor": pl.String},
    )
    themes = pl.DataFrame(
        [{"theme_code": code, "theme_name": name, "keywords": list(words)} for code, (name, words) in THEMES.items()]
    )
    return {"stg_province_unit": units, "stg_theme_definition": themes}
