"""The seeds against the hand-checked gold (tests/fixtures/gold_seeds.json), scored by the team's scorer."""

import importlib.util
import json

import pytest

from flows.export import articles_jsonl
from tests.conftest import FIXTURES

# Every field the gold scores: the article fields and the extracted entities.
GOLD_FIELDS = ("title", "published_at", "outlet", "province", "category", "authors", "view_count", "event_date",
               "lead", "captions", "chrome_removed", "persons", "documents", "document_codes", "percentages", "money",
               "ratios", "meeting")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_gold", FIXTURES / "score_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def field_scores(seeds_warehouse):
    gold = json.loads((FIXTURES / "gold_seeds.json").read_text(encoding="utf-8"))
    exported = [json.loads(line) for line in articles_jsonl(seeds_warehouse).splitlines()]
    assert len(exported) == len(gold["articles"])
    return _scorer().score(gold, exported)


@pytest.mark.parametrize("field", GOLD_FIELDS)
def test_every_field_matches_the_gold_with_no_extras(field_scores, field):
    correct, total, extra = field_scores[field]
    assert total > 0
    assert (correct, extra) == (total, 0), f"{field}: {correct}/{total} correct, {extra} not in gold"
