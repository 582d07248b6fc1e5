"""Shared fixtures: a Prefect test server for the whole session, helpers to parse text and run the flow."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl
import pytest

from flows.settings import PROJECT_ROOT, configure_prefect_environment

configure_prefect_environment()

SEEDS = PROJECT_ROOT / "seeds"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SHARED = PROJECT_ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "baomoi-2017"


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for every test that runs the flow."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture
def run_flow(prefect_server):
    """Run the real news-etl flow: run_flow(source, warehouse, full_refresh=False) -> RunSummary."""
    from flows.pipeline import news_etl

    def run(source: Path, warehouse: Path, full_refresh: bool = False, **kwargs):
        return news_etl(source=str(source), warehouse_path=str(warehouse), full_refresh=full_refresh, **kwargs)

    return run


def parse_text(text: str, name: str = "article.txt"):
    """Normalise one article given as text: returns (article dict, list of author dicts)."""
    from flows.normalise import normalise

    documents = pl.DataFrame(
        {
            "source_uri": [f"file:///test/{name}"],
            "source_file": [name],
            "article_key": [1],
            "content_hash": ["x"],
            "fetched_at": [datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))],
            "text": [text],
        }
    )
    articles, authors, _ = normalise(documents)
    return articles.to_dicts()[0], authors.select("name", "roles").to_dicts()


def write_articles(folder: Path, files: dict[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return folder


requires_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


@pytest.fixture(scope="module")
def seeds_warehouse(prefect_server, tmp_path_factory) -> Path:
    """A warehouse loaded once from seeds/ by the real flow, shared by a module's read-only tests."""
    from flows.pipeline import news_etl

    path = tmp_path_factory.mktemp("seeds") / "news.duckdb"
    news_etl(source=str(SEEDS), warehouse_path=str(path))
    return path


def table_counts(warehouse: Path) -> dict[str, int]:
    from flows.warehouse import query

    tables = query(warehouse, "SELECT table_name FROM duckdb_tables() ORDER BY 1")["table_name"].to_list()
    return {t: query(warehouse, f"SELECT count(*) AS n FROM {t}")["n"][0] for t in tables}


# A second sentence keeps a short test paragraph in the body (a one-sentence paragraph reads as a caption).
SECOND_SENTENCE = " Đây là câu thứ hai của đoạn văn."


def extract_text(lead: str, *paragraphs: str, authors: list[str] | None = None):
    """Run normalise + extract on one article: a title, the lead, body paragraphs, bylines. Returns Knowledge."""
    from flows.extract import extract
    from flows.normalise import normalise

    body = tuple(p + SECOND_SENTENCE for p in paragraphs)
    text = "\n\n".join(("Tiêu đề bài viết", lead) + body + tuple(authors or ()))
    documents = pl.DataFrame(
        {
            "source_uri": ["file:///test/a.txt"],
            "source_file": ["a.txt"],
            "article_key": [1],
            "content_hash": ["x"],
            "fetched_at": [datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))],
            "text": [text],
        }
    )
    articles, found_authors, _ = normalise(documents)
    return extract(articles, found_authors)
