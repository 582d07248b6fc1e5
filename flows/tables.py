"""The SQL that runs once per knowledge table: a file named `*.each.sql` (in sql/load/ or sql/checks/) is a
statement with the table's names in braces ({table}, {staging}, ...) and values as parameters ($field, ...); it
runs once for each row `EACH` gives it from the registry (flows/extract/registry.py). Every other file runs once,
as it is. `compose` is the one place a table's name enters SQL text, as a quoted identifier."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from flows.extract.registry import KINDS

# (names, values) for one run of a template: identifiers for the braces, bound parameters for the $names.
Binding = tuple[dict[str, str], dict[str, object]]


def _every_table() -> list[Binding]:
    return [({"table": kind.table}, {}) for kind in KINDS]


def _generic_loads() -> list[Binding]:
    return [({"table": kind.table, "staging": kind.staging}, {}) for kind in KINDS if kind.load is None]


def _metric_fields() -> list[Binding]:
    return [({"table": kind.table}, {"field": kind.metric}) for kind in KINDS if kind.metric]


def _references() -> list[Binding]:
    return [({"table": kind.table, "column": column, "target": target},
             {"table_name": kind.table, "check_name": f"{column} in {target}"})
            for kind in KINDS for column, target in {"article_key": "fact_article", **kind.references}.items()]


# Each template (by its name without `.each.sql`) and the runs it makes.
EACH: dict[str, Callable[[], list[Binding]]] = {
    "011_full_refresh": _every_table,
    "034_replace_knowledge": _every_table,
    "037_generic_knowledge": _generic_loads,
    "078_knowledge_fields": _metric_fields,
    "references": _references,
}
SUFFIX = ".each.sql"


def quoted(name: str) -> str:
    """A DuckDB identifier: in double quotes, a quote in it doubled."""
    return '"' + name.replace('"', '""') + '"'


def compose(template: str, names: dict[str, str]) -> str:
    """The template with each {name} replaced by that table or column name, quoted."""
    return template.format_map({key: quoted(value) for key, value in names.items()})


def statements(file: Path) -> list[tuple[str, dict[str, object] | None]]:
    """The statements a file of sql/ stands for, each with its parameters (None: the file runs as it is)."""
    text = file.read_text(encoding="utf-8")
    if not file.name.endswith(SUFFIX):
        return [(text, None)]
    return [(compose(text, names), values or None) for names, values in EACH[file.name[:-len(SUFFIX)]]()]
