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
from pathlib import Path

import typer

from flows.settings import (
    CHUNK_DOCUMENTS,
    DEFAULT_CRON,
    DEFAULT_SOURCE,
    MAX_DOCUMENT_BYTES,
    READ_LOCK_WAIT_SECONDS,
    TIMEZONE,
    FetchSettings,
    TaskRunner,
    configure_prefect_environment,
    fetched_store_of,
)
from flows.cli_warehouse import FormatOption, WarehouseOption, dq, export_app, quarantine_app, schema
from flows.console import OutputFormat, fail, print_rows, quiet_console_tracebacks
from flows.invoke import fetch_into_store, nothing_to_do, run_flow

app = typer.Typer(help="Vietnamese news -> star-schema warehouse in DuckDB.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)

MAP_HELP = ("An export's field names for the article's fields, e.g. text=body,published=time (fields: text, html, "
            "title, published, author, url, id, sitename, category).")


FeedOption = typer.Option(None, "--feed", help="An RSS or Atom feed URL (repeatable).")
SitemapOption = typer.Option(None, "--sitemap", help="A sitemap or sitemap index URL (repeatable).")
SourcesFileOption = typer.Option(None, "--sources", dir_okay=False,
                                 help="A YAML file with feeds: and sitemaps: lists of URLs.")


def fetched_source(source: Path | None, feeds: list[str] | None, sitemaps: list[str] | None,
                   sources_file: Path | None, warehouse: Path) -> Path:
    """The folder a run reads: --source, or (with feeds, sitemaps or a sources file) the warehouse's fetch store,
    after fetching them into it."""
    if not (feeds or sitemaps or sources_file):
        return source or DEFAULT_SOURCE
    from flows.fetch import pages_folder

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
    delay: float = typer.Option(FetchSettings.delay_seconds, "--delay", min=0,
                                help="Seconds between two requests to one host (a robots.txt Crawl-delay may ask "
                                     "for more)."),
    timeout: float = typer.Option(FetchSettings.timeout_seconds, "--timeout", min=0.1,
                                  help="Seconds a request may take."),
    max_pages: int = typer.Option(FetchSettings.max_pages, "--max-pages", min=0,
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
    _check_served_source(source, sources_file, field_map)
    try:
        stopped = _serve_until_stopped(cron, timezone, source, sources_file, warehouse, port, field_map)
    except KeyboardInterrupt:
        # At any moment before the runner took over Ctrl-C: importing Prefect (whose imports start short-lived
        # processes of their own), starting the server, registering the deployment.
        stopped = "stopped before the deployment was served: no run was in flight"
    typer.echo(stopped)


def _serve_until_stopped(cron: str, timezone: str, source: Path, sources_file: Path | None, warehouse: Path,
                         port: int, field_map: str | None) -> str:
    """Start what `serve` needs and serve until stopped; returns the line that says how it stopped."""
    import os
    import signal

    configure_prefect_environment()
    from flows import serve as serving

    host = "127.0.0.1"
    external = os.environ.get("PREFECT_API_URL")
    if not external:
        # Decided before Prefect is imported (by the schedule's check): it reads its settings once.
        os.environ["PREFECT_API_URL"] = serving.local_api_url(host, port)
        os.environ.setdefault("PREFECT_UI_URL", f"http://{host}:{port}")
    # Before the runner starts, SIGTERM stops `serve` as Ctrl-C does; once it runs, the runner handles both.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        serving.check_schedule(cron, timezone)
    except serving.ServeError as error:
        fail(str(error))
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
            return serving.serve_deployment(cron, source, warehouse, sources_file, field_map=field_map,
                                            timezone=timezone)
    except serving.ServeError as error:
        fail(str(error))


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


# Then the commands that read the warehouse (flows/cli_warehouse.py), in the order `newswh --help` lists them.
app.command()(dq)
app.command()(schema)
app.add_typer(export_app, name="export")
app.add_typer(quarantine_app, name="quarantine")


def _usage_errors_in_one_line(application: typer.Typer, args: list[str] | None) -> int:
    """Run the app; a mistake on the command line (an unknown option, a file where a folder is wanted, a missing
    value) is one line on stderr, as every other error, with where to read more, not click's framed usage panel.
    Returns the exit code."""
    # Typer 0.29 (pinned) carries its own copy of click; its usage errors derive from typer.TyperException.
    from typer._click.exceptions import NoArgsIsHelpError

    try:
        result = application(args=args, standalone_mode=False)
    except NoArgsIsHelpError as shown:
        shown.show()  # `newswh` alone prints its help
        return shown.exit_code
    except typer.TyperException as mistake:
        command = mistake.ctx.command_path if getattr(mistake, "ctx", None) else "newswh"
        one_line = " ".join(mistake.format_message().split())
        typer.secho(f"error: {one_line} (see '{command} --help')", err=True, fg=typer.colors.RED)
        return getattr(mistake, "exit_code", 2)
    except typer.Abort:
        return 1
    return result if isinstance(result, int) else 0


def invoke(args: list[str] | None = None) -> int:
    """The command `args` names (the process's own arguments when None), run to its end: its exit code."""
    try:
        return _usage_errors_in_one_line(app, args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)


def main() -> None:
    """The console script: the app, then a prompt exit. After a failure, DuckDB's bindings report objects the
    failure's traceback still held at interpreter shutdown, as screens of "leaked" lines; the run has closed its
    connections and said what happened by then, so the process ends without that final teardown."""
    import logging
    import os

    code = invoke()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
