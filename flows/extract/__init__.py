"""Extract (knowledge, in the spirit of GDELT's GKG): persons, organisations, provinces, documents,
indicators, meetings and themes, each with the article and its position (field, paragraph, char_offset)."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from flows.extract.canonical import canonical_organizations
from flows.extract.documents import extract_documents
from flows.extract.indicators import extract_indicators
from flows.extract.meetings import extract_meetings
from flows.extract.organizations import extract_organizations
from flows.extract.persons import extract_persons
from flows.extract.positions import homes, positions
from flows.extract.provinces import extract_provinces
from flows.extract.spans import paragraphs, restore_positions, split_long_paragraphs
from flows.extract.themes import extract_themes


@dataclass
class Knowledge:
    persons: pl.DataFrame
    positions: pl.DataFrame
    organizations: pl.DataFrame
    provinces: pl.DataFrame
    documents: pl.DataFrame
    indicators: pl.DataFrame
    meetings: pl.DataFrame
    themes: pl.DataFrame

    @classmethod
    def concat(cls, parts: list["Knowledge"]) -> "Knowledge":
        return cls(**{name: pl.concat([getattr(p, name) for p in parts]) for name in cls.__dataclass_fields__})

    def only(self, source_uris: pl.Series) -> "Knowledge":
        """The knowledge of these documents only."""
        keep = pl.col("source_uri").is_in(source_uris.implode())
        return Knowledge(**{name: getattr(self, name).filter(keep) for name in self.__dataclass_fields__})

    def staging(self) -> dict[str, pl.DataFrame]:
        """The frames under the names the sql/load files read."""
        return {
            "stg_person": self.persons,
            "stg_position": self.positions,
            "stg_organization": self.organizations,
            "stg_province_mention": self.provinces,
            "stg_document_reference": self.documents,
            "stg_indicator": self.indicators,
            "stg_meeting": self.meetings,
            "stg_theme": self.themes,
        }


def extract(articles: pl.DataFrame, authors: pl.DataFrame) -> Knowledge:
    """Every knowledge frame of a batch of articles; rows carry source_uri (joined to the article key on load)."""
    texts, segments = split_long_paragraphs(paragraphs(articles))
    persons = extract_persons(texts, authors)
    posts = positions(persons, texts, articles)
    knowledge = Knowledge(
        persons=persons.with_columns(home=homes(persons, posts, articles)),
        positions=posts,
        organizations=canonical_organizations(extract_organizations(texts, persons), texts, articles),
        provinces=extract_provinces(texts, articles),
        documents=extract_documents(texts),
        indicators=extract_indicators(texts),
        meetings=extract_meetings(articles, persons),
        themes=extract_themes(articles),
    )
    return Knowledge(**{name: restore_positions(getattr(knowledge, name), segments)
                        for name in knowledge.__dataclass_fields__})


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
