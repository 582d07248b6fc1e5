"""The newswh command line, run as a user runs it (a subprocess)."""

import json
import os
import subprocess
import sys
import time

import pytest


from flows.dq_pages import trends_page
from flows.settings import dq_site_of
from flows.warehouse import query
from tests.conftest import SEEDS, copy_warehouse

# It starts processes (a run, a server, a cluster or a browser): a hang fails it with its stack, not CI.
pytestmark = pytest.mark.timeout(300)


CONTRACT_FIELDS = ["source_file", "title", "published_at", "outlet", "province", "category", "authors", "view_count",
                   "event_date", "lead", "body", "captions"]


def newswh(*args, timeout=180, env=None):
    """`newswh` in a process of its own. A command that runs the flow is given `newswh_env` (tests/conftest.py), so
    that it uses the session's Prefect server instead of starting a temporary one (the temporary server is tested
    in tests/test_interruptions.py)."""
    return subprocess.run([sys.executable, "-m", "flows.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**(env or os.environ), "PYTHONWARNINGS": "ignore"})


@pytest.mark.parametrize(
    "command",
    [["run"], ["fetch"], ["sql"], ["export", "articles"], ["dq"], ["schema"], ["quarantine", "list"],
     ["quarantine", "show"], ["quarantine", "retry"]],
)
def test_every_command_has_help_and_a_warehouse_option(command):
    result = newswh(*command, "--help")
    assert result.returncode == 0
    assert "--warehouse" in result.stdout


def test_run_prints_the_summary_and_a_rerun_says_unchanged(newswh_env, tmp_path):
    warehouse, articles = tmp_path / "news.duckdb", tmp_path / "articles"
    articles.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (articles / seed.name).write_bytes(seed.read_bytes())
    first = newswh("run", "--source", articles, "--warehouse", warehouse, env=newswh_env)
    assert first.returncode == 0, first.stderr
    assert "documents: 5 seen = 5 loaded + 0 quarantined + 0 unchanged" in first.stdout
    assert "checks: " in first.stdout and str(tmp_path / "news.dq" / "index.html") in first.stdout
    second = newswh("run", "--source", articles, "--warehouse", warehouse, env=newswh_env)
    assert "documents: 5 seen = 0 loaded + 0 quarantined + 5 unchanged" in second.stdout
    assert "every document was unchanged" in second.stdout
    # Nothing to do, so no Prefect (no flow run logged, no temporary server): the run is recorded all the same.
    assert "Flow run" not in second.stdout + second.stderr
    runs = query(warehouse, "SELECT run_id, status, documents_seen, documents_unchanged FROM etl_run ORDER BY started_at")
    assert runs.height == 2 and runs.row(1)[1:] == ("success", 5, 5) and runs["run_id"][1] in second.stdout
    seen_by = query(warehouse, "SELECT DISTINCT last_seen_run FROM etl_document")["last_seen_run"].to_list()
    assert seen_by == [runs["run_id"][1]]
    # One file changed: the flow runs again.
    with open(sorted(articles.glob("*.txt"))[0], "a", encoding="utf-8") as file:
        file.write("\nThêm một đoạn.\n")
    third = newswh("run", "--source", articles, "--warehouse", warehouse, env=newswh_env)
    assert "Flow run" in third.stdout + third.stderr and "4 unchanged" in third.stdout, third.stdout


def test_run_on_a_missing_folder_is_a_one_line_error(newswh_env, tmp_path):
    result = newswh("run", "--source", tmp_path / "nowhere", "--warehouse", tmp_path / "w.duckdb", env=newswh_env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_sql_prints_rows_in_each_format(seeds_warehouse, fmt):
    result = newswh("sql", "SELECT source_file, view_count FROM fact_article ORDER BY 1", "--format", fmt,
                    "--warehouse", seeds_warehouse)
    assert result.returncode == 0, result.stderr
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert [r["view_count"] for r in rows] == [None, None, 3700, 3824, None]
    elif fmt == "csv":
        lines = result.stdout.splitlines()
        assert lines[0] == "source_file,view_count" and len(lines) == 6
    else:
        assert "002_2c49aaf292dd78d7.txt" in result.stdout and "(5 rows)" in result.stdout


def test_sql_error_is_duckdbs_message_not_a_traceback(seeds_warehouse):
    result = newswh("sql", "SELEC * FROM fact_article", "--warehouse", seeds_warehouse)
    assert result.returncode == 1
    assert "Parser Error" in result.stderr
    assert "Traceback" not in result.stderr


def test_sql_is_read_only(seeds_warehouse):
    result = newswh("sql", "DELETE FROM fact_article", "--warehouse", seeds_warehouse)
    assert result.returncode == 1
    assert "read-only" in result.stderr.lower()


def test_sql_on_a_missing_warehouse_says_to_run_first(tmp_path):
    result = newswh("sql", "SELECT 1", "--warehouse", tmp_path / "none.duckdb")
    assert result.returncode == 1
    assert "newswh run" in result.stderr


def test_sql_waits_then_says_busy_while_a_load_holds_the_lock(seeds_build, tmp_path):
    # The holder opens the warehouse for writing: a copy, so that the session's stays as the flow left it.
    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(20)", str(warehouse)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = newswh("sql", "SELECT 1", "--wait", "1", "--warehouse", warehouse)
        assert time.monotonic() - started >= 1
        assert result.returncode == 1
        assert "busy" in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_export_articles_follows_the_contract(seeds_warehouse):
    result = newswh("export", "articles", "--warehouse", seeds_warehouse)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5
    assert all(list(row)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS for row in rows)
    by_file = {row["source_file"]: row for row in rows}
    assert list(rows[0])[-2:] == ["meeting", "source_encoding"]  # after the contract's fields
    assert {row["source_encoding"] for row in rows} == {"utf-8"}
    assert by_file["002_2c49aaf292dd78d7.txt"]["published_at"] == "2022-01-10T18:24:00+07:00"
    assert by_file["001_2f3999f3b0e71609.txt"]["published_at"] == "2022-01-14"


def test_dq_prints_the_last_runs_checks_failed_first_and_the_report(seeds_warehouse):
    result = newswh("dq", "--warehouse", seeds_warehouse)
    assert result.returncode == 0, result.stderr
    assert "checks: " in result.stdout and " failed" in result.stdout
    assert f"full report: {(dq_site_of(seeds_warehouse) / 'index.html').resolve()}" in result.stdout
    assert f"trends: {trends_page(dq_site_of(seeds_warehouse)).resolve()}" in result.stdout
    for suite in ("documents", "articles", "warehouse"):
        assert suite in result.stdout


def test_quarantine_list_show_and_retry_after_a_fix(newswh_env, tmp_path):
    from tests.conftest import write_articles

    good = (SEEDS / "001_2f3999f3b0e71609.txt").read_text(encoding="utf-8")
    source = write_articles(tmp_path / "articles", {"good.txt": good, "broken.txt": good[:40]})
    warehouse = tmp_path / "news.duckdb"
    assert newswh("run", "--source", source, "--warehouse", warehouse, env=newswh_env).returncode == 0

    listed = newswh("quarantine", "list", "--warehouse", warehouse)
    assert "broken.txt" in listed.stdout and "good.txt" not in listed.stdout
    shown = newswh("quarantine", "show", "1", "--warehouse", warehouse)
    assert shown.returncode == 0
    assert "body_paragraphs" in shown.stdout and good[:20] in shown.stdout
    assert newswh("quarantine", "show", "99", "--warehouse", warehouse).returncode == 1

    (source / "broken.txt").write_text(good.replace("Liên Linh", "Liên Linh (sửa)"), encoding="utf-8")
    retried = newswh("quarantine", "retry", "--all", "--warehouse", warehouse, env=newswh_env)
    assert retried.returncode == 0, retried.stderr
    assert "1 of 1 retried documents left quarantine" in retried.stdout
    assert "broken.txt" not in newswh("quarantine", "list", "--warehouse", warehouse).stdout
    assert "broken.txt" in newswh("quarantine", "list", "--all", "--warehouse", warehouse).stdout
    nothing = newswh("quarantine", "retry", "--all", "--warehouse", warehouse, env=newswh_env)
    assert nothing.returncode == 1 and "nothing to retry" in nothing.stderr


def test_sql_from_a_file_runs_the_example_queries(seeds_warehouse):
    from flows.settings import SQL_DIR

    for file in sorted((SQL_DIR / "queries").glob("*.sql")):  # each starts with a "--" comment
        result = newswh("sql", "--file", file, "--warehouse", seeds_warehouse)
        assert result.returncode == 0, (file.name, result.stderr)
        assert "rows)" in result.stdout or "(1 row)" in result.stdout


def test_sql_csv_writes_lists_as_json_and_empty_sql_is_an_error(seeds_warehouse):
    result = newswh("sql", "SELECT source_file, captions FROM fact_article ORDER BY 1 LIMIT 1", "--format", "csv",
                    "--warehouse", seeds_warehouse)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[1].split(",", 1)[1].strip('"').replace('""', '"'))
    empty = newswh("sql", "", "--warehouse", seeds_warehouse)
    assert empty.returncode == 1 and "no SQL given" in empty.stderr


def test_dq_shows_the_last_run_that_checked_something_and_says_so(seeds_build, run_flow, tmp_path):
    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")  # a first run over the seeds: it checked
    checked = seeds_build.summary.run_id
    unchanged = run_flow(SEEDS, warehouse).run_id  # reads nothing new: checks nothing
    result = newswh("dq", "--warehouse", warehouse)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"run {checked} ")
    assert "(the last run that checked something: 1 later run read no new or changed document)" in result.stdout
    assert "checks: 0 passed" not in result.stdout
    latest = newswh("dq", "--run", unchanged, "--warehouse", warehouse)
    assert latest.stdout.startswith(f"run {unchanged} ") and "checks: 0 passed, 0 failed" in latest.stdout


def test_dq_takes_a_unique_prefix_of_a_run_id_and_refuses_an_ambiguous_or_unknown_one(seeds_build, tmp_path):
    import duckdb

    warehouse = copy_warehouse(seeds_build, tmp_path / "news.duckdb")  # a run over the seeds; a twin is added below
    run_id = seeds_build.summary.run_id
    shown = newswh("dq", "--run", run_id[:6], "--warehouse", warehouse)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"run {run_id} ")
    # A second run whose id shares the first six characters.
    with duckdb.connect(str(warehouse)) as con:
        con.execute("INSERT INTO etl_run SELECT * REPLACE (? AS run_id) FROM etl_run", [run_id[:6] + "-twin"])
    ambiguous = newswh("dq", "--run", run_id[:6], "--warehouse", warehouse)
    assert ambiguous.returncode == 1
    assert ambiguous.stderr.startswith(f"error: {run_id[:6]} is the start of 2 runs' ids")
    assert len(ambiguous.stderr.strip().splitlines()) == 1
    assert newswh("dq", "--run", run_id[:8], "--warehouse", warehouse).returncode == 0  # unique again
    unknown = newswh("dq", "--run", "zzz", "--warehouse", warehouse)
    assert unknown.returncode == 1 and unknown.stderr.startswith("error: no run zzz in ")
    assert "Traceback" not in unknown.stderr


def test_quarantine_show_escapes_binary_bytes(run_flow, tmp_path):
    from tests.conftest import write_articles

    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x1b[31mRED\x07 \xe2\x80\xae"  # NUL, an ESC sequence, a bell, RTL override
    source = write_articles(tmp_path / "articles", {"image.txt": raw})
    warehouse = tmp_path / "news.duckdb"
    assert run_flow(source, warehouse).documents_quarantined == 1
    shown = newswh("quarantine", "show", "1", "--warehouse", warehouse)
    assert shown.returncode == 0, shown.stderr
    assert not any(char in shown.stdout for char in "\x00\x1b\x07\r\u202e"), repr(shown.stdout)
    assert "\\x89PNG\\r" in shown.stdout and "\\x00\\x00\\x1b[31mRED\\x07 \\u202e" in shown.stdout
    assert "89 50 4e 47" in shown.stdout  # the bytes in hex too


def test_an_empty_source_folder_warns_and_points_to_no_report(newswh_env, tmp_path):
    source = tmp_path / "empty"
    source.mkdir()
    result = newswh("run", "--source", source, "--warehouse", tmp_path / "news.duckdb", env=newswh_env)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if "no article file" in line]
    kinds = "(.txt .html .htm .jsonl .json .ndjson .csv .tsv .warc .warc.gz)"
    assert warnings == [f"warning: no article file {kinds} under {source}: nothing to do"]
    assert not (dq_site_of(tmp_path / "news.duckdb") / "index.html").exists()
    assert "index.html" not in result.stdout
    assert "data quality report: none yet (no run has checked a document)" in result.stdout
    dq = newswh("dq", "--warehouse", tmp_path / "news.duckdb")
    assert dq.returncode == 0 and "full report: none yet" in dq.stdout


def test_schema_without_a_warehouse_shows_the_schema_a_first_run_creates(tmp_path):
    warehouse = tmp_path / "none.duckdb"
    tables = newswh("schema", "--warehouse", warehouse)
    assert tables.returncode == 0, tables.stderr
    assert "no warehouse at" in tables.stderr and not warehouse.exists()
    lines = dict(line.split(None, 1) for line in tables.stdout.splitlines())
    assert lines["fact_article"].startswith("table  grain: one article")
    assert lines["indicators_by_year"].startswith("view   grain: ")
    columns = newswh("schema", "fact_article", "--warehouse", warehouse)
    assert columns.returncode == 0, columns.stderr
    assert columns.stdout.startswith("fact_article (table): grain: one article")
    rows = {line.split()[0]: line for line in columns.stdout.splitlines()[1:]}
    assert {"source_file", "fetched_at", "text_hash", "source_encoding"} <= set(rows)
    assert "TIMESTAMP WITH TIME ZONE  when the source was read" in rows["fetched_at"]


def test_schema_reads_the_warehouses_catalogue_and_refuses_an_unknown_table(seeds_warehouse):
    from flows.catalogue import markdown, read_catalogue

    columns = newswh("schema", "quarantine", "--warehouse", seeds_warehouse)
    assert columns.returncode == 0, columns.stderr
    assert "content_hash" in columns.stdout and "quarantined_at" in columns.stdout
    unknown = newswh("schema", "fact_articles", "--warehouse", seeds_warehouse)
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("error: no table or view 'fact_articles'; known: fact_article, ")
    assert len(unknown.stderr.strip().splitlines()) == 1
    reference = newswh("schema", "--markdown", "--warehouse", seeds_warehouse)
    assert reference.stdout == markdown(read_catalogue(seeds_warehouse))
