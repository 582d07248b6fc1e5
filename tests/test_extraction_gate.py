"""The extraction gate (tests/extraction_gate.py): every gold set available here scores at least its pinned floors,
field by field, and the docs show those floors."""

import json

import pytest

from flows.export import articles_jsonl
from tests.extraction_gate import (FLOORS, RULES_DOC, available_sets, below_floor, exported_articles, figures_table,
                                   pages_folder, score, with_table)

# Every field the seeds' gold scores: the article fields and the extracted entities.
SEEDS_FIELDS = {"title", "published_at", "outlet", "province", "category", "authors", "view_count", "event_date",
                "lead", "captions", "chrome_removed", "persons", "documents", "document_codes", "percentages", "money",
                "ratios", "meeting"}


@pytest.fixture(scope="module")
def floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def test_the_seeds_are_right_in_every_field_with_no_extras(seeds_warehouse, floors):
    fields = score("seeds", [json.loads(line) for line in articles_jsonl(seeds_warehouse).splitlines()])
    assert set(fields) == SEEDS_FIELDS and all(field["expected"] > 0 for field in fields.values())
    wrong = {name: field for name, field in fields.items() if (field["correct"], field["extra"]) != (field["expected"], 0)}
    assert wrong == {}
    assert below_floor("seeds", fields, floors) == []


@pytest.mark.skipif(pages_folder() is None, reason="NEWSWH_PAGES does not name a folder of development pages")
def test_the_development_pages_score_at_least_their_floors(prefect_server, tmp_path, floors):
    exported = exported_articles(pages_folder(), tmp_path / "pages.duckdb")
    assert len(exported) == len(list(pages_folder().glob("*.txt"))), "a page was quarantined"
    problems = [problem for name in available_sets() if name != "seeds"
                for problem in below_floor(name, score(name, exported), floors)]
    assert problems == []


def test_a_field_below_its_floor_or_scored_on_another_gold_is_named(floors):
    pinned = floors["sets"]["seeds"]
    fewer = {field: dict(floor) for field, floor in pinned.items()}
    fewer["title"]["correct"] -= 1
    fewer["lead"]["extra"] += 1
    fewer["persons"]["expected"] += 1
    said = below_floor("seeds", fewer, floors)
    assert [line.split(":")[0] for line in said] == ["seeds title", "seeds lead", "seeds persons"], said
    assert below_floor("seeds", pinned, floors) == []


def test_the_figures_in_the_docs_are_the_pinned_floors(floors):
    document = RULES_DOC.read_text(encoding="utf-8")
    assert with_table(document, figures_table(floors)) == document, \
        "docs/rules.md's figures differ from tests/fixtures/extraction_floors.json: `python -m tests.extraction_gate --write`"
    assert set(floors["sets"]) >= {"seeds", "pages", "pages-b"}
