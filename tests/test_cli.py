"""The newswh command line, through its console script's entry point in the test's process; `make run`'s own
command in a process of its own, as a user runs it."""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest


from flows.dq_pages import trends_page
from flows.settings import PROJECT_ROOT, dq_site_of
from flows.warehouse import query
from tests.conftest import SEEDS, copy_warehouse
from tests.processes import newswh_here

# It starts processes (a run, a server, a cluster or a browser): a hang fails it with its stack, not CI.
pytestmark = pytest.mark.timeout(300)


CONTRACT_FIELDS = ["source_file", "title", "published_at", "outlet", "province", "category", "authors", "view_count",
                   "event_date", "lead", "body", "captions"]


def newswh(*args, timeout=180, env=None, cwd=None, process=False):
    """`newswh *args`: its exit code and output (a CompletedProcess).

    In this process through the console script's entry point (`tests.processes.newswh_here`), in `env` and `cwd`; a
    test about what a user sees of the process as a whole (its console, Prefect's lines in it) asks for a `process`
    of its own. A command that runs the flow is given `newswh_env` (tests/conftest.py), so that it uses the session's
    Prefect server instead of starting a temporary one (the temporary server is tested in
    tests/test_interruptions.py)."""
    if process:
        return subprocess.run([sys.executable, "-m", "flows.cli", *map(str, args)], capture_output=True, text=True,
                              timeout=timeout, env={**(env or os.environ), "PYTHONWARNINGS": "ignore"}, cwd=cwd)
    return newswh_here(*args, env=env, cwd=cwd)


@pytest.mark.parametrize(
    "command",
    [["run"], ["fetch"], ["sql"], ["export", "articles"], ["dq"], ["schema"], ["quarantine", "list"],
     ["quarantine", "show"], ["quarantine", "retry"]],
)
def test_every_command_has_help_and_a_warehouse_option(command):
    result = newswh(*command, "--help")
    assert result.returncode == 0
    assert "--warehouse" in result.stdout


def test_run_prints_the_summary_the_readme_shows_and_a_rerun_says_unchanged(newswh_env, tmp_path):
    """`newswh run` as `make run` runs it (the Makefile's source and warehouse, relative to the folder it runs in,
    here a copy of the seeds), then again, then after an edit: the README's example summary is the first run's
    output line by line, and the rerun says what the README says it does, without Prefect."""
    from tests.test_docs import README, make_default, mismatches, summary_example

    source, warehouse_name = make_default("SOURCE"), make_default("WAREHOUSE")
    assert source == "seeds"
    articles, warehouse = tmp_path / source, tmp_path / warehouse_name
    shutil.copytree(SEEDS, articles)
    warehouse.parent.mkdir(parents=True)
    env = {**newswh_env, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))}

    def run() -> subprocess.CompletedProcess:
        return newswh("run", "--source", source, "--warehouse", warehouse_name, env=env, cwd=tmp_path, process=True)

    first = run()
    assert first.returncode == 0, first.stdout + first.stderr[-3000:]
    problems = mismatches(summary_example(), first.stdout.strip("\n").split("\n"))
    assert not problems, "the README's example summary drifted from `make run`'s:\n" + "\n".join(problems)
    assert "documents: 5 seen = 5 loaded + 0 quarantined + 0 unchanged" in first.stdout
    assert "checks: " in first.stdout and str(dq_site_of(Path(warehouse_name)) / "index.html") in first.stdout
    rerun_says = re.search(r"Running it again changes nothing and says `([^`]+)`", README.read_text(encoding="utf-8"))
    assert rerun_says, "the README no longer says what a rerun prints"
    second = run()
    assert second.returncode == 0 and rerun_says.group(1) in second.stdout, second.stdout + second.stderr[-3000:]
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
    third = run()
    assert "Flow run" in third.stdout + third.stderr and "4 unchanged" in third.stdout, third.stdout


def test_run_on_a_missing_folder_is_a_one_line_error(newswh_env, tmp_path):
    result = newswh("run", "--source", tmp_path / "nowhere", "--warehouse", tmp_path / "w.duckdb", env=newswh_env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("args, message", [
    (["serve", "--source", SEEDS / "{file}"], "error: Invalid value for '--source' / '-s': dir '{path}' is a file."),
    (["run", "--source", SEEDS / "{file}"], "error: Invalid value for '--source' / '-s': dir '{path}' is a file."),
    (["run", "--bogus"], "error: No such option: --bogus"),
    (["run", "--workers", "0"], "error: Invalid value for '--workers': "),
    (["serve", "--port"], "error: Option '--port' requires an argument."),
], ids=["serve-file-as-source", "run-file-as-source", "unknown-option", "out-of-range", "missing-value"])
def test_a_mistake_on_the_command_line_is_one_line_not_a_usage_panel(tmp_path, args, message):
    """Mistakes that the command line's parser itself catches were a framed usage panel of 5-7 lines, unlike every
    other error; now one line, with the help to read, and exit code 2 (a usage error)."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    args = [str(arg).format(file=seed.name) for arg in args]
    result = newswh(args[0], "--warehouse", tmp_path / "news.duckdb", *args[1:], timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(message.format(path=seed)), line
    assert line.endswith("--help')") and result.stdout == ""
    assert not (tmp_path / "news.duckdb").exists()


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


# --- what operators and analysts meet (issue 22) -------------------------------------------------------------------

@pytest.fixture(scope="module")
def failing_warehouse(prefect_server, tmp_path_factory):
    """A warehouse whose run quarantined an article dated after the run read it (a failing pair of times) and one
    with no body, next to a good one."""
    from flows.pipeline import news_etl
    from tests.conftest import write_articles
    from tests.test_bad_input import GOOD

    root = tmp_path_factory.mktemp("failing")
    source = write_articles(root / "articles", {"good.txt": GOOD, "short.txt": GOOD[:40],
                                                "future.txt": GOOD.replace("20/01/2022", "20/01/2099")})
    summary = news_etl(source=str(source), warehouse_path=str(root / "news.duckdb"))
    assert summary.documents_quarantined == 2
    return root / "news.duckdb", summary.run_id


def narrow(*args):
    """`newswh` on an 80-column terminal."""
    return newswh(*args, env={**os.environ, "COLUMNS": "80"})


def csv_rows(text: str) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def test_dq_and_quarantine_tables_fit_the_terminal_and_csv_gives_every_value_in_full(failing_warehouse,
                                                                                     seeds_warehouse):
    warehouse, run_id = failing_warehouse
    for command, where in [("dq", warehouse), ("dq", seeds_warehouse), ("quarantine list", warehouse),
                           ("quarantine list --all", warehouse)]:
        shown = narrow(*command.split(), "--warehouse", where)
        assert shown.returncode == 0, shown.stderr
        # Lines naming a file (the report, the source folder) are never cut; every other line fits.
        too_wide = [line for line in shown.stdout.splitlines() if len(line) > 80 and str(where.parent) not in line]
        assert not too_wide, (command, too_wide)
    reason = query(warehouse, "SELECT reason FROM quarantine WHERE source_file = 'future.txt'")["reason"][0]
    listed = narrow("quarantine", "list", "--warehouse", warehouse)
    assert "future.txt" in listed.stdout and reason not in listed.stdout  # wrapped on the terminal
    rows = csv_rows(narrow("quarantine", "list", "--format", "csv", "--warehouse", warehouse).stdout)
    assert {row["source_file"]: row["reason"] for row in rows}["future.txt"] == reason
    assert [len(row["run_id"]) for row in rows] == [36, 36]  # the table shows the ids' first 8 characters
    checks = csv_rows(narrow("dq", "--format", "csv", "--warehouse", warehouse).stdout)
    assert len(checks) == query(warehouse, "SELECT count(*) AS n FROM dq_result WHERE run_id = $run",
                                params={"run": run_id})["n"][0]
    assert "expect_column_pair_values_a_to_be_greater_than_b" in {row["expectation"] for row in checks}
    listed_json = json.loads(narrow("quarantine", "list", "--format", "json", "--warehouse", warehouse).stdout)
    assert {row["source_file"] for row in listed_json} == {"future.txt", "short.txt"}


def test_a_failing_time_reads_as_iso_text_in_the_warehouses_time_zone(failing_warehouse):
    import re

    from flows.dq_pages import run_page

    warehouse, run_id = failing_warehouse
    value = query(warehouse, "SELECT value FROM dq_sample WHERE run_id = $run AND column_name = "
                             "'fetched_at, published_at'", params={"run": run_id})["value"].to_list()
    # When the run read it – when the page says it was published (19:35 in Vietnam, not 12:35 UTC).
    assert len(value) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00 – 2099-01-20T19:35:00\+07:00",
                                            value[0]), value
    checks = json.loads(newswh("dq", "--format", "json", "--warehouse", warehouse).stdout)
    pair = next(c for c in checks if c["column_name"] == "fetched_at, published_at")
    assert pair["failing_values"] == value[0] and not pair["success"]
    shown = newswh("dq", "--warehouse", warehouse, env={**os.environ, "COLUMNS": "200"}).stdout
    assert value[0] in shown
    page = run_page(dq_site_of(warehouse), run_id).read_text(encoding="utf-8")
    assert value[0] in page
    for text in (shown, page):
        assert "datetime64" not in text and "np." not in text


def example_query(name: str):
    from flows.settings import SQL_DIR

    return SQL_DIR / "queries" / f"{name}.sql"


@pytest.mark.parametrize("built", ["seeds_warehouse", "corpus_warehouse"])
def test_the_position_queries_find_rows_by_default_and_take_parameters(built, request):
    warehouse = request.getfixturevalue(built)

    def rows(name, *params):
        result = newswh("sql", "--file", example_query(name), "--format", "json", "--warehouse", warehouse,
                        *[arg for param in params for arg in ("--param", param)])
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    assert rows("who_held_post") and rows("person_career")
    # The post and the person the articles name least: not the defaults.
    least = query(warehouse, "SELECT person_name, position, role, organization, province, year(first_seen) AS year "
                             "FROM position_timeline WHERE province IS NOT NULL AND first_seen IS NOT NULL "
                             "ORDER BY articles, person_name DESC, position DESC LIMIT 1").row(0, named=True)
    career = rows("person_career", f"person={least['person_name']}")
    expected = query(warehouse, "SELECT position FROM position_timeline WHERE person_name = $name",
                     params={"name": least["person_name"]})["position"]
    assert {row["person_name"] for row in career} == {least["person_name"]}
    assert sorted(row["position"] for row in career) == sorted(expected)
    held = rows("who_held_post", f"role={least['role']}", f"body={least['organization']}",
                f"province={least['province']}", f"year={least['year']}")
    assert (least["person_name"], least["position"]) in {(row["person_name"], row["position"]) for row in held}
    assert all(row["first_seen"][:4] <= str(least["year"]) <= row["last_seen"][:4] for row in held)


def test_a_bad_param_is_one_line(seeds_warehouse):
    file = example_query("person_career")
    no_value = newswh("sql", "--file", file, "--param", "person", "--warehouse", seeds_warehouse)
    unknown = newswh("sql", "--file", file, "--param", "name=Lê Văn An", "--warehouse", seeds_warehouse)
    for result in (no_value, unknown):
        assert result.returncode == 1 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "NAME=VALUE" in no_value.stderr
    assert "no parameter $name" in unknown.stderr and "$person" in unknown.stderr
