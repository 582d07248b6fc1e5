"""newswh: the command line of the news warehouse.

    newswh run [--source DIR | --feed URL ... --sitemap URL ... --sources FILE] [--warehouse FILE] [--full-refresh]
    newswh fetch [--feed URL ...] [--sitemap URL ...] [--sources FILE] [--store DIR]
    newswh sql "SELECT ..." | --file F.sql [--param NAME=VALUE ...] [--format table|csv|json]
    newswh export articles
    newswh serve [--cron "*/15 * * * *"] [--timezone ZONE] [--source DIR | --sources FILE] [--port 4200]
    newswh dq [--run RUN_ID] [--format table|csv|json]
    newswh schema [TABLE] [--markdown]
    newswh quarantine list [--format table|csv|json] | show ID | retry [ID ...] [--all]

Errors a user can act on are printed as one line on stderr with exit code 1, never as a traceback.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from datetime import datetime
from enum import Enum
from pathlib import Path

import typer

from flows.settings import (
    CHUNK_DOCUMENTS,
    FETCH_DELAY_SECONDS,
    FETCH_MAX_PAGES,
    FETCH_TIMEOUT_SECONDS,
    DEFAULT_CRON,
    DEFAULT_SOURCE,
    DEFAULT_WAREHOUSE,
    MAX_DOCUMENT_BYTES,
    READ_LOCK_WAIT_SECONDS,
    TIMEZONE,
    FetchSettings,
    configure_prefect_environment,
    display_time,
    dq_site_of,
    fetched_store_of,
)
from flows.console import OutputFormat, fail, print_rows, printable, quiet_console_tracebacks
from flows.invoke import fetch_into_store, nothing_to_do, run_flow

app = typer.Typer(help="Vietnamese news -> star-schema warehouse in DuckDB.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
export_app = typer.Typer(help="Export warehouse contents.", no_args_is_help=True)
app.add_typer(export_app, name="export")
quarantine_app = typer.Typer(help="Review and retry quarantined documents.", no_args_is_help=True)
app.add_typer(quarantine_app, name="quarantine")

WarehouseOption = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", "-w", help="The DuckDB warehouse file.",
                               dir_okay=False)


FormatOption = typer.Option(OutputFormat.table, "--format", "-f",
                            help="table: fitted to the terminal's width (long values wrapped); csv, json: every "
                                 "value in full, the rows only.")
MAP_HELP = ("An export's field names for the article's fields, e.g. text=body,published=time (fields: text, html, "
            "title, published, author, url, id, sitename, category).")


class TaskRunner(str, Enum):
    default = "default"
    dask = "dask"


def operation(warehouse: Path, name: str, **params):
    """One of the sql/operations queries; a warehouse problem is a one-line error."""
    from flows.warehouse import WarehouseError
    from flows.warehouse import operation as run_operation

    try:
        return run_operation(warehouse, name, **params)
    except WarehouseError as error:
        fail(str(error))


FeedOption = typer.Option(None, "--feed", help="An RSS or Atom feed URL (repeatable).")
SitemapOption = typer.Option(None, "--sitemap", help="A sitemap or sitemap index URL (repeatable).")
SourcesFileOption = typer.Option(None, "--sources", dir_okay=False,
                                 help="A YAML file with feeds: and sitemaps: lists of URLs.")


def fetched_source(source: Path | None, feeds: list[str] | None, sitemaps: list[str] | None,
                   sources_file: Path | None, warehouse: Path) -> Path:
    """The folder a run reads: --source, or (with feeds, sitemaps or a sources file) the warehouse's fetch store,
    after fetching them into it."""
    from flows.fetch import pages_folder

    if not (feeds or sitemaps or sources_file):
        return source or DEFAULT_SOURCE
    if source is not None:
        fail("--source and --feed/--sitemap/--sources exclude each other: a run on feeds reads what they fetched")
    store = fetched_store_of(warehouse)
    fetch_into_store(feeds or [], sitemaps or [], sources_file, store, FetchSettings())
    return pages_folder(store)


@app.command()
def run(
    source: Path = typer.Option(None, "--source", "-s", file_okay=False,
                                help="Folder of articles, read recursively: .txt, .html/.htm, .jsonl/.json, .csv, "
                                     f".warc/.warc.gz (see docs/sources.md; default: {DEFAULT_SOURCE})."),
    feeds: list[str] = FeedOption,
    sitemaps: list[str] = SitemapOption,
    sources_file: Path = SourcesFileOption,
    warehouse: Path = WarehouseOption,
    full_refresh: bool = typer.Option(False, "--full-refresh", help="Rebuild the star schema from this source."),
    since: datetime = typer.Option(None, "--since", formats=["%Y-%m-%d"],
                                   help="Backfill: only articles published on or after this date."),
    until: datetime = typer.Option(None, "--until", formats=["%Y-%m-%d"],
                                   help="Backfill: only articles published on or before this date."),
    task_runner: TaskRunner = typer.Option(TaskRunner.default, "--task-runner",
                                           help="dask: run the parse stage on a Dask cluster."),
    dask_address: str = typer.Option(None, "--dask-address",
                                     help="Scheduler of an existing Dask cluster (default: a local one)."),
    chunk_size: int = typer.Option(CHUNK_DOCUMENTS, "--chunk-size", min=1,
                                   help="Documents per chunk: memory grows with it, not with the corpus."),
    workers: int = typer.Option(None, "--workers", min=1,
                                help="Worker processes for the chunks (default: one per core)."),
    worker_memory_mb: int = typer.Option(None, "--worker-memory-mb", min=256,
                                         help="Memory a worker process may use; a document that needs more is "
                                              "quarantined (default: the machine's memory / (workers + 1), 1-8 GB)."),
    max_document_mb: float = typer.Option(MAX_DOCUMENT_BYTES / 2**20, "--max-document-mb", min=0.001,
                                          help="Larger files are quarantined unread: not an article."),
    field_map: str = typer.Option(None, "--map", help=MAP_HELP),
) -> None:
    """Run the news-etl Prefect flow over a folder of articles and print its summary.

    With --feed/--sitemap/--sources, the feeds and sitemaps are fetched first (as `newswh fetch` does) and the run
    reads what the warehouse's fetch store holds. With --since/--until the run is a backfill: the articles published
    in that window are processed again (even if unchanged) and the others are left as they are."""
    from flows.sources import SourceError, check_folder, parse_field_map

    source = fetched_source(source, feeds, sitemaps, sources_file, warehouse)
    try:
        check_folder(source)
        parse_field_map(field_map)
    except SourceError as error:
        fail(str(error))
    if since and until and since > until:
        fail("--since is after --until")
    if dask_address and task_runner is not TaskRunner.dask:
        fail("--dask-address goes with --task-runner dask")
    if not (full_refresh or since or until) and nothing_to_do(source, warehouse, int(max_document_mb * 2**20),
                                                                 task_runner.value):
        return
    run_flow(source=str(source), warehouse_path=str(warehouse), full_refresh=full_refresh,
             since=since.date() if since else None, until=until.date() if until else None,
             task_runner=task_runner.value, dask_address=dask_address, chunk_documents=chunk_size, workers=workers,
             worker_memory_mb=worker_memory_mb, max_document_bytes=int(max_document_mb * 2**20), field_map=field_map)


@app.command()
def fetch(
    feeds: list[str] = FeedOption,
    sitemaps: list[str] = SitemapOption,
    sources_file: Path = SourcesFileOption,
    store: Path = typer.Option(None, "--store", file_okay=False,
                               help="Where fetched pages are stored as WARC files (default: beside the warehouse, "
                                    "news.duckdb -> news.fetched/)."),
    warehouse: Path = WarehouseOption,
    delay: float = typer.Option(FETCH_DELAY_SECONDS, "--delay", min=0,
                                help="Seconds between two requests to one host (a robots.txt Crawl-delay may ask "
                                     "for more)."),
    timeout: float = typer.Option(FETCH_TIMEOUT_SECONDS, "--timeout", min=0.1, help="Seconds a request may take."),
    max_pages: int = typer.Option(FETCH_MAX_PAGES, "--max-pages", min=0,
                                  help="Article pages fetched at most, newest first (the rest on the next fetch)."),
    retry_failed: bool = typer.Option(False, "--retry-failed",
                                      help="Ask again for pages that failed for good before (a 404, a redirect loop)."),
) -> None:
    """Fetch feeds and sitemaps, and the article pages they list that are not stored yet, politely (robots.txt, a
    per-host delay, conditional GET), into the store as WARC files, which a run reads (`newswh run --feed ...`
    fetches and runs in one go; `newswh run --source STORE/pages` runs on what is stored)."""
    settings = FetchSettings(delay_seconds=delay, timeout_seconds=timeout, max_pages=max_pages,
                             retry_failed=retry_failed)
    if not fetch_into_store(feeds or [], sitemaps or [], sources_file, store or fetched_store_of(warehouse), settings):
        raise typer.Exit(1)


@app.command()
def sql(
    statement: str = typer.Argument(None, help="The SQL to run (read-only); or use --file."),
    file: Path = typer.Option(None, "--file", "-F", exists=True, dir_okay=False,
                              help="Read the SQL from a file (e.g. sql/queries/most_cited_documents.sql)."),
    params: list[str] = typer.Option(None, "--param", "-p",
                                     help="A value for the SQL's parameter $NAME, as NAME=VALUE (repeatable); a "
                                          "parameter not given is NULL (the example queries then choose a default)."),
    warehouse: Path = WarehouseOption,
    output: OutputFormat = FormatOption,
    wait: float = typer.Option(READ_LOCK_WAIT_SECONDS, "--wait", min=0,
                               help="Seconds to wait while a load holds the warehouse."),
) -> None:
    """Run ad-hoc SQL on the warehouse through a read-only connection (several statements: the last one's rows)."""
    from flows.warehouse import WarehouseError, query_given

    if file is not None:
        statement = file.read_text(encoding="utf-8")
    if not statement or not statement.strip():
        fail("no SQL given: pass it as an argument or with --file")
    given = {}
    for param in params or []:
        name, equals, value = param.partition("=")
        if not equals or not name.strip():
            fail(f"--param {param!r}: give it as NAME=VALUE (e.g. --param person='Lê Văn An')")
        given[name.strip().lstrip("$")] = value
    try:
        frame = query_given(warehouse, statement, given, wait_seconds=wait)
    except WarehouseError as error:
        fail(str(error))
    print_rows(frame, output)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@app.command()
def serve(
    cron: str = typer.Option(DEFAULT_CRON, "--cron", help="When to run, as a cron expression."),
    timezone: str = typer.Option(TIMEZONE, "--timezone",
                                 help="The IANA time zone the cron expression is read in."),
    source: Path = typer.Option(DEFAULT_SOURCE, "--source", "-s", file_okay=False,
                                help="Folder of articles (.txt, pages, exports, web archives)."),
    sources_file: Path = typer.Option(None, "--sources", dir_okay=False,
                                      help="A YAML file with feeds: and sitemaps: lists: each run fetches them first "
                                           "and reads what was fetched (instead of --source)."),
    warehouse: Path = WarehouseOption,
    port: int = typer.Option(4200, "--port", help="Port of the local Prefect server (when one is started)."),
    field_map: str = typer.Option(None, "--map", help=MAP_HELP),
) -> None:
    """Serve the deployment news-etl/scheduled on a schedule, with a local Prefect server on 127.0.0.1 unless
    PREFECT_API_URL points at one. Ctrl-C stops both."""
    import os
    import signal

    _check_served_source(source, sources_file, field_map)
    configure_prefect_environment()
    from flows import serve as serving

    host = "127.0.0.1"
    external = os.environ.get("PREFECT_API_URL")
    if not external:
        # Decided before Prefect is imported (by the schedule's check): it reads its settings once.
        os.environ["PREFECT_API_URL"] = serving.local_api_url(host, port)
        os.environ.setdefault("PREFECT_UI_URL", f"http://{host}:{port}")
    try:
        serving.check_schedule(cron, timezone)
    except serving.ServeError as error:
        fail(str(error))

    # Before the runner starts, SIGTERM stops `serve` as Ctrl-C does; once it runs, the runner handles both.
    signal.signal(signal.SIGTERM, _interrupt)
    quiet_console_tracebacks()
    serving_line = (f"serving news-etl/{serving.DEPLOYMENT_NAME} on '{cron}' ({timezone}) over "
                    f"{sources_file or source}; Ctrl-C stops")
    try:
        with ExitStack() as server:
            if external:
                typer.echo(f"using the Prefect server at {external}")
            else:
                log = Path(os.environ["PREFECT_HOME"]) / "server.log"
                server.enter_context(serving.local_server(host, port, log, stop_grace_seconds=3))
                typer.echo(f"Prefect server: http://{host}:{port} (runs, logs and artifacts; its log: {log})")
            typer.echo(serving_line)
            # One line says how it stopped, and what the warehouse holds of the run in flight then.
            stopped = serving.serve_deployment(cron, source, warehouse, sources_file, field_map=field_map,
                                               timezone=timezone)
    except serving.ServeError as error:
        fail(str(error))
    except KeyboardInterrupt:
        stopped = "stopped before the deployment was served: no run was in flight"
    typer.echo(stopped)


def _check_served_source(source: Path, sources_file: Path | None, field_map: str | None) -> None:
    """Everything a user gave is checked before anything starts: a mistake is one line, not a server started for
    nothing, nor a traceback at the first scheduled run."""
    from flows.fetch import FetchError, read_sources_file
    from flows.sources import SourceError, check_folder, parse_field_map

    try:
        if sources_file is None:
            check_folder(source)
        else:
            read_sources_file(sources_file)
        parse_field_map(field_map)
    except (SourceError, FetchError) as error:
        fail(str(error))


@app.command()
def dq(
    warehouse: Path = WarehouseOption,
    run_id: str = typer.Option(None, "--run",
                               help="The run to show, or a unique prefix of its id (default: the last run that "
                                    "checked something)."),
    output: OutputFormat = FormatOption,
) -> None:
    """Print a run's data-quality checks, failed first, with a few failing values of each, and where the full report
    is (with --format csv or json: the checks only, every value in full)."""
    run_id, note = chosen_run(warehouse, run_id)
    record = operation(warehouse, "run_record", run_id=run_id)
    checks = operation(warehouse, "run_checks", run_id=run_id)
    if output is not OutputFormat.table:
        print_rows(checks, output)
        return
    run = record.row(0, named=True)
    typer.echo(f"run {run['run_id']} ({run['status']}, {display_time(run['started_at'])})")
    typer.echo(f"source: {run['source']}")
    if note:
        typer.echo(note)
    typer.echo(f"documents: {run['documents_seen']} seen = {run['documents_loaded']} loaded"
               f" + {run['documents_quarantined']} quarantined + {run['documents_unchanged']} unchanged")
    if run["message"]:
        typer.echo(f"message: {run['message']}")
    failed = checks.filter(~checks["success"]).height
    typer.echo(f"checks: {checks.height - failed} passed, {failed} failed")
    print_rows(readable_checks(checks))
    from flows.dq_pages import run_page, runs_index, trends_page

    site = dq_site_of(warehouse)
    index = (site / "index.html").resolve()
    typer.echo(f"full report: {index}" if index.exists() else "full report: none yet (no run has checked a document)")
    if run_page(site, run["run_id"]).exists():
        typer.echo(f"review of this run: {run_page(site, run['run_id']).resolve()}")
        typer.echo(f"trends: {trends_page(site).resolve()}")
        typer.echo(f"runs: {runs_index(site).resolve()}")


def readable_checks(checks):
    """The checks as a person scans them on a terminal: the verdict (passed, or the severity of a failure), the
    check (suite, expectation, column), unexpected of how many, and a few failing values."""
    import polars as pl

    return checks.select(
        result=pl.when("success").then(pl.lit("passed")).otherwise("severity"),
        check=pl.concat_str("suite", "expectation", pl.col("column_name").fill_null("(table)"), separator=" "),
        unexpected=pl.format("{} of {}", "unexpected_count", "element_count").fill_null(""),
        failing_values=pl.col("failing_values").fill_null(""),
    )


def chosen_run(warehouse: Path, prefix: str | None) -> tuple[str, str | None]:
    """The run `newswh dq` shows, and a line saying why when it is not the one asked for or the latest: the run
    whose id is or starts with `prefix`; without one, the last run that checked something (a run that read
    nothing new checked nothing), else the last run."""
    runs = operation(warehouse, "runs_matching", prefix=prefix or "")
    if prefix:
        exact = runs.filter(runs["run_id"] == prefix)
        if exact.height or runs.height == 1:
            return (exact if exact.height else runs)["run_id"][0], None
        if runs.is_empty():
            fail(f"no run {prefix} in {warehouse} (newswh sql \"SELECT run_id FROM etl_run\" lists them)")
        fail(f"{prefix} is the start of {runs.height} runs' ids ({', '.join(runs['run_id'].head(5))}"
             f"{', ...' if runs.height > 5 else ''}): give more of it")
    if runs.is_empty():
        fail(f"no run recorded in {warehouse} yet")
    checked = runs.filter(runs["checked"])
    if checked.is_empty() or checked["run_id"][0] == runs["run_id"][0]:
        return runs["run_id"][0], None
    later = runs.filter(runs["started_at"] > checked["started_at"][0]).height
    return checked["run_id"][0], (f"(the last run that checked something: {later} later run"
                                  f"{'s' if later != 1 else ''} read no new or changed document)")


@app.command()
def schema(
    table: str = typer.Argument(None, help="A table or view: its columns (default: every table and view)."),
    warehouse: Path = WarehouseOption,
    markdown: bool = typer.Option(False, "--markdown", help="The reference as Markdown (docs/schema.md's reference)."),
    release: bool = typer.Option(False, "--release",
                                 help="The schema this release creates, whatever the warehouse file holds."),
) -> None:
    """Print the tables and views with their grain, or one table's columns (name, type, meaning), from the
    warehouse's own catalogue; without a warehouse yet, the schema a first run creates."""
    from flows import catalogue as schema_catalogue
    from flows.warehouse import WarehouseError

    if release or not warehouse.exists():
        if not release:
            typer.secho(f"no warehouse at {warehouse} yet: the schema a first run creates", err=True)
        found = schema_catalogue.release_catalogue()
    else:
        try:
            found = schema_catalogue.read_catalogue(warehouse)
        except WarehouseError as error:
            fail(str(error))
        if found.pending:
            typer.secho(f"{warehouse} has not applied {', '.join(found.pending)} yet (its next run does): some "
                        "comments may be missing", err=True)
    if table is not None and table not in found.names():
        fail(f"no table or view {table!r}; known: {', '.join(found.names())}")
    if markdown:
        sys.stdout.write(schema_catalogue.markdown(found))
    elif table is None:
        width = max(map(len, found.names()))
        for name, kind, comment in found.tables.iter_rows():
            typer.echo(f"{name:<{width}}  {kind:<5}  {comment or ''}".rstrip())
    else:
        kind, comment = found.tables.filter(name=table).select("kind", "comment").row(0)
        typer.echo(f"{table} ({kind}): {comment or ''}")
        columns = found.columns_of(table)
        widths = [columns[name].str.len_chars().max() for name in ("column_name", "data_type")]
        for column, data_type, meaning in columns.iter_rows():
            typer.echo(f"  {column:<{widths[0]}}  {data_type:<{widths[1]}}  {meaning or ''}".rstrip())


@quarantine_app.command("list")
def quarantine_list(
    warehouse: Path = WarehouseOption,
    include_resolved: bool = typer.Option(False, "--all", help="Also list documents a later run loaded."),
    output: OutputFormat = FormatOption,
) -> None:
    """List quarantined documents, newest first (on the terminal: runs by the start of their ids, the time to the
    minute; with --format csv or json, every column in full)."""
    import polars as pl

    rows = operation(warehouse, "quarantine_list", include_resolved=include_resolved)
    if rows.is_empty() and output is OutputFormat.table:
        typer.echo("no document is in quarantine" if not include_resolved else "no document was ever quarantined")
        return
    print_rows(rows if output is not OutputFormat.table else rows.select(
        "id", "stage", "source_file", "reason", since=pl.col("quarantined_at").dt.strftime("%Y-%m-%d %H:%M"),
        run=pl.col("run_id").str.slice(0, 8), **({"loaded_by": pl.col("resolved_run").str.slice(0, 8)}
                                                 if include_resolved else {})), output)


@quarantine_app.command("show")
def quarantine_show(quarantine_id: int = typer.Argument(..., help="The id from `newswh quarantine list`."),
                    warehouse: Path = WarehouseOption) -> None:
    """Show one quarantined document: why, where from, and the start of its bytes (escaped where they are not
    printable text)."""
    rows = operation(warehouse, "quarantine_show", id=quarantine_id)
    if rows.is_empty():
        fail(f"no quarantine row {quarantine_id}")
    row = rows.row(0, named=True)
    raw = row.pop("original_bytes")
    for key, value in row.items():
        typer.echo(f"{key:>15}: {'null' if value is None else printable(str(value))}")
    if raw is None:
        typer.echo(f"{'original bytes':>15}: not read (refused); the file is at source_uri")
    else:
        typer.echo(f"{'first bytes':>15}: {raw[:48].hex(' ')}")
        typer.echo(f"{'as UTF-8':>15}: (\\xNN: a byte that is not UTF-8, or a control character)")
        typer.echo("    " + printable(raw[:600].decode("utf-8", errors="backslashreplace")).replace("\n", "\n    "))


@quarantine_app.command("retry")
def quarantine_retry(
    ids: list[int] = typer.Argument(None, help="Quarantine ids to retry (see `newswh quarantine list`)."),
    retry_all: bool = typer.Option(False, "--all", help="Retry every open quarantine row."),
    warehouse: Path = WarehouseOption,
) -> None:
    """Read quarantined documents again and run them through the flow; those that pass leave quarantine."""
    if not ids and not retry_all:
        fail("name quarantine ids to retry, or --all")
    targets = operation(warehouse, "quarantine_targets", ids=list(ids or []))
    if targets.is_empty():
        fail("nothing to retry: no open quarantine row matches")
    summary = run_flow(warehouse_path=str(warehouse), retry=[tuple(r) for r in targets.iter_rows()])
    typer.echo(f"{summary.documents_loaded} of {targets.height} retried documents left quarantine")


@export_app.command("articles")
def export_articles(warehouse: Path = WarehouseOption) -> None:
    """Print every article as JSON Lines, in the article export contract (see docs/schema.md)."""
    from flows.export import articles_jsonl
    from flows.warehouse import WarehouseError

    try:
        sys.stdout.write(articles_jsonl(warehouse))
    except WarehouseError as error:
        fail(str(error))


def main() -> None:
    """The console script: the app, then a prompt exit. After a failure, DuckDB's bindings report objects the
    failure's traceback still held at interpreter shutdown, as screens of "leaked" lines; the run has closed its
    connections and said what happened by then, so the process ends without that final teardown."""
    import logging
    import os

    try:
        app()
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
