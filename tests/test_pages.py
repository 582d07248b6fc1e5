"""The development pages (issue 11): the team's scorer over a folder of collected page texts.

Runs when NEWSWH_PAGES names that folder (the texts are never committed), against the gold in
NEWSWH_PAGES_GOLD (default ../shared/gold/pages.json); skipped otherwise. The floor is the share this branch
reached, less a small margin: a change that makes the parse of unseen outlets worse fails here.
"""

import json
import os
from pathlib import Path

import pytest

from flows.export import articles_jsonl
from tests.conftest import FIXTURES, SHARED
from tests.test_gold import _scorer

PAGES = os.environ.get("NEWSWH_PAGES")
GOLD = Path(os.environ.get("NEWSWH_PAGES_GOLD", SHARED / "gold" / "pages.json"))
# Reached: 572/589 = 0.971 (see docs/rules.md, "The parsing rules"); issue 11 asks for 0.95.
MIN_SHARE = 0.95

pytestmark = pytest.mark.skipif(not PAGES or not Path(PAGES).is_dir() or not GOLD.is_file(),
                                reason="NEWSWH_PAGES does not name a folder of development pages")

# Issue 11's bar: every field at least this share of its expected items, and at most this many extras.
MIN_FIELD_SHARE = 0.85
MAX_EXTRA_SHARE = 0.05


def test_the_development_pages_score_at_least_the_reached_share(prefect_server, tmp_path):
    from flows.pipeline import news_etl

    warehouse = tmp_path / "pages.duckdb"
    news_etl(source=PAGES, warehouse_path=str(warehouse))
    exported = [json.loads(line) for line in articles_jsonl(warehouse).splitlines()]
    fields = _scorer().score(json.loads(GOLD.read_text(encoding="utf-8")), exported)
    correct = sum(c for c, _, _ in fields.values())
    total = sum(t for _, t, _ in fields.values())
    assert correct / total >= MIN_SHARE, {f: v for f, v in fields.items()}
    for field, (right, expected, extra) in fields.items():
        assert right >= MIN_FIELD_SHARE * expected, (field, right, expected)
        assert extra <= MAX_EXTRA_SHARE * expected, (field, extra, expected)
    # Every page loads: none is quarantined for its layout.
    assert len(exported) == len(list(Path(PAGES).glob("*.txt")))


def test_the_seeds_gold_still_passes_beside_the_pages(seeds_warehouse):
    gold = json.loads((FIXTURES / "gold_seeds.json").read_text(encoding="utf-8"))
    exported = [json.loads(line) for line in articles_jsonl(seeds_warehouse).splitlines()]
    for field, (correct, total, extra) in _scorer().score(gold, exported).items():
        assert (correct, extra) == (total, 0), field
