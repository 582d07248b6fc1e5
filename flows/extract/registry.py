"""The knowledge kinds, each declared once: the frame its extractor gives, the staging table that frame is written
to, the fact or bridge table it is loaded into, and the keys that table holds. Everything else follows from here:
`Knowledge`'s fields and `.staging()`, the full refresh and the per-article replacement of the facts
(sql/load/*.each.sql), their share in field_metric, and their rows of the warehouse checks (flows/tables.py).

Adding a kind: its extractor (a function of the `Batch`), its migration (sql/schema: the table) and one line here.
A kind without `load` is inserted BY NAME from its staging table, with the article's key (sql/load/037_generic.each.sql).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Callable

import polars as pl

if TYPE_CHECKING:
    from flows.extract.canonical import PlacesNamed


def _rule(module: str, name: str) -> Callable:
    """An extractor imported on its first call: the warehouse, the CLI and a run with nothing to do read this
    registry's tables without loading the rules (about 0.3 s of imports)."""

    def call(*args):
        return getattr(import_module(f"flows.extract.{module}"), name)(*args)

    return call


canonical_organizations = _rule("canonical", "canonical_organizations")
extract_documents = _rule("documents", "extract_documents")
extract_indicators = _rule("indicators", "extract_indicators")
extract_meetings = _rule("meetings", "extract_meetings")
extract_organizations = _rule("organizations", "extract_organizations")
extract_persons = _rule("persons", "extract_persons")
homes = _rule("positions", "homes")
places_named = _rule("canonical", "places_named")
positions = _rule("positions", "positions")
extract_provinces = _rule("provinces", "extract_provinces")
extract_themes = _rule("themes", "extract_themes")


@dataclass
class Batch:
    """What the extractors read: the articles, their authors and their paragraphs (long ones in segments), and the
    results several kinds share, each found once."""

    articles: pl.DataFrame
    authors: pl.DataFrame
    texts: pl.DataFrame

    @cached_property
    def persons(self) -> pl.DataFrame:
        """The persons named, before their home province is known."""
        return extract_persons(self.texts, self.authors)

    @cached_property
    def places(self) -> PlacesNamed:
        """The places the texts name (read to place both the organisations and the posts' bodies)."""
        return places_named(self.texts)

    @cached_property
    def posts(self) -> pl.DataFrame:
        return positions(self.persons, self.texts, self.articles, self.places)


@dataclass(frozen=True)
class Kind:
    name: str  # the field of Knowledge
    extract: Callable[[Batch], pl.DataFrame]
    staging: str  # the staging table its frame is written to (rows carry source_uri)
    table: str  # the fact or bridge table it is loaded into (rows carry article_key)
    references: dict[str, str] = field(default_factory=dict)  # a key column -> the table that holds that key
    metric: str | None = None  # the field_metric field: articles with at least one row
    load: str | None = None  # the sql/load file that fills the table (None: inserted BY NAME from staging)


KINDS: tuple[Kind, ...] = (
    Kind("persons", lambda b: b.persons.with_columns(home=homes(b.persons, b.posts, b.articles)), "stg_person",
         "fact_person_mention", {"person_key": "dim_person"}, metric="persons", load="035_knowledge.sql"),
    Kind("positions", lambda b: b.posts, "stg_position", "fact_position_mention",
         {"person_key": "dim_person", "position_key": "dim_position"}, load="035_knowledge.sql"),
    Kind("organizations", lambda b: canonical_organizations(extract_organizations(b.texts, b.persons), b.texts,
                                                            b.articles, b.places),
         "stg_organization", "fact_organization_mention", {"organization_key": "dim_organization"},
         metric="organizations", load="035_knowledge.sql"),
    Kind("provinces", lambda b: extract_provinces(b.texts, b.articles), "stg_province_mention",
         "bridge_article_province", {"province_key": "dim_province"}, load="035_knowledge.sql"),
    Kind("documents", lambda b: extract_documents(b.texts), "stg_document_reference", "fact_document_reference",
         {"document_key": "dim_document"}, metric="documents", load="036_documents.sql"),
    Kind("indicators", lambda b: extract_indicators(b.texts), "stg_indicator", "fact_indicator",
         metric="indicators", load="035_knowledge.sql"),
    Kind("meetings", lambda b: extract_meetings(b.articles, b.persons), "stg_meeting", "fact_meeting",
         metric="meeting", load="035_knowledge.sql"),
    Kind("themes", lambda b: extract_themes(b.articles), "stg_theme", "bridge_article_theme",
         {"theme_key": "dim_theme"}, load="035_knowledge.sql"),
)
