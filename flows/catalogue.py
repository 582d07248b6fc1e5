"""The schema documents itself: the tables, views and columns of a warehouse with their comments, read from its
own catalogue (duckdb_tables, duckdb_views, duckdb_columns), as text for `newswh schema` or as the Markdown
reference docs/schema.md carries between two markers (`make schema-reference` rewrites it)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from flows.warehouse import OPERATIONS_DIR, connect, migrate, pending_migrations

README_BEGIN = "<!-- BEGIN schema reference: generated from the schema's comments by `make schema-reference` -->"
README_END = "<!-- END schema reference -->"


@dataclass(frozen=True)
class Catalogue:
    tables: pl.DataFrame  # name, kind (table | view), comment
    columns: pl.DataFrame  # table_name, column_name, data_type, comment
    pending: list[str]  # migrations of this release the warehouse has not applied yet (its comments may lag)

    def names(self) -> list[str]:
        return self.tables["name"].to_list()

    def columns_of(self, name: str) -> pl.DataFrame:
        return self.columns.filter(pl.col("table_name") == name).drop("table_name")


def _read(con: duckdb.DuckDBPyConnection, pending: list[str]) -> Catalogue:
    def run(name: str) -> pl.DataFrame:
        return con.sql((OPERATIONS_DIR / f"{name}.sql").read_text(encoding="utf-8")).pl()

    return Catalogue(run("schema_tables"), run("schema_columns"), pending)


def release_catalogue() -> Catalogue:
    """The schema this release creates: the migrations and views applied to an in-memory database."""
    with duckdb.connect() as con:
        migrate(con)
        return _read(con, [])


def read_catalogue(warehouse: Path) -> Catalogue:
    """The warehouse's own catalogue (read-only); raises WarehouseError when it cannot be opened."""
    with connect(warehouse, read_only=True) as con:
        return _read(con, pending_migrations(con))


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def markdown(catalogue: Catalogue) -> str:
    """The reference: an overview of every table and view with its grain, then each one's columns."""
    lines = ["| table | kind | grain |", "|---|---|---|"]
    for name, kind, comment in catalogue.tables.iter_rows():
        grain = (comment or "").removeprefix("grain: ")
        lines.append(f"| [`{name}`](#{name}) | {kind} | {_cell(grain)} |")
    for name, kind, comment in catalogue.tables.iter_rows():
        lines += ["", f"#### `{name}`", "", f"{kind.capitalize()}, {_cell(comment)}", "",
                  "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{column}` | {data_type} | {_cell(meaning)} |"
                  for column, data_type, meaning in catalogue.columns_of(name).iter_rows()]
    return "\n".join(lines) + "\n"


def with_reference(readme: str, reference: str) -> str:
    """The page (docs/schema.md) with `reference` between its two markers."""
    start, end = readme.index(README_BEGIN) + len(README_BEGIN), readme.index(README_END)
    return readme[:start] + "\n" + reference + readme[end:]


if __name__ == "__main__":  # python -m flows.catalogue docs/schema.md: rewrite its reference
    path = Path(sys.argv[1])
    path.write_text(with_reference(path.read_text(encoding="utf-8"), markdown(release_catalogue())), encoding="utf-8")
