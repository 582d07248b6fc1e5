"""The flow over the real development corpus (../shared/corpus/baomoi-2017): nothing lost, reruns unchanged."""

from flows.extract.registry import KINDS
from flows.tables import compose
from flows.warehouse import query
from tests.conftest import CORPUS, copy_warehouse, requires_corpus

pytestmark = requires_corpus


def test_every_corpus_article_loads_or_is_quarantined_and_a_rerun_is_unchanged(corpus_build, run_flow, tmp_path):
    # The session's corpus warehouse is the first run; the rerun writes its record, so it runs on a copy.
    first, built = corpus_build.summary, corpus_build.path
    files = len(list(CORPUS.glob("*.txt")))
    assert first.documents_seen == files
    assert first.documents_loaded + first.documents_quarantined == files
    reasons = query(built, "SELECT count(*) AS n FROM quarantine WHERE reason IS NULL OR reason = ''")
    assert reasons["n"][0] == 0

    coverage = query(
        built,
        "SELECT count(*) AS articles, count(title) AS title, count(lead) AS lead,"
        " count(*) FILTER (WHERE len(body) > 0) AS body,"
        " count(*) FILTER (WHERE article_key IN (SELECT article_key FROM bridge_article_author)) AS author"
        " FROM fact_article",
    ).row(0, named=True)
    print("corpus coverage:", coverage)
    assert coverage["title"] == coverage["body"] == coverage["articles"] == first.documents_loaded
    assert coverage["lead"] >= 0.95 * coverage["articles"]
    assert coverage["author"] >= 0.35 * coverage["articles"]

    warehouse = copy_warehouse(corpus_build, tmp_path / "corpus.duckdb")
    second = run_flow(CORPUS, warehouse)
    assert (second.documents_seen, second.documents_unchanged) == (files, files)
    assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == first.documents_loaded


def test_knowledge_is_extracted_from_the_corpus_and_every_mention_is_located(corpus_warehouse):
    warehouse = corpus_warehouse
    counts = {
        table: query(warehouse, compose("SELECT count(*) AS n FROM {table}", {"table": table}))["n"][0]
        for table in [kind.table for kind in KINDS]
    }
    print("corpus knowledge:", counts)
    assert len(counts) == len(KINDS) >= 8 and all(n > 0 for n in counts.values()), counts
    misplaced = query(
        warehouse,
        "SELECT count(*) AS n FROM fact_document_reference r JOIN article_paragraph p"
        " USING (article_key, field, paragraph) WHERE substr(p.text, r.char_offset + 1, length(r.text)) <> r.text",
    )
    assert misplaced["n"][0] == 0
    # Dates are never ratios: no a/b with a four-digit year as b.
    years = query(warehouse, "SELECT count(*) AS n FROM fact_indicator WHERE kind = 'ratio' AND target BETWEEN 1900 AND 2100")
    assert years["n"][0] == 0
