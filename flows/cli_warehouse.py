"""The commands that read the warehouse: `newswh dq`, `schema`, `quarantine list | show | retry` and `export
articles` (registered on the app in flows/cli.py), and the options every command shares."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from flows.console import OutputFormat, fail, print_rows, printable
from flows.invoke import run_flow
from flows.settings import DEFAULT_WAREHOUSE, display_time, dq_site_of

export_app = typer.Typer(help="Export warehouse contents.", no_args_is_help=True)
quarantine_app = typer.Typer(help="Review and retry quarantined documents.", no_args_is_help=True)

WarehouseOption = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", "-w", help="The DuckDB warehouse file.",
                               dir_okay=False)


FormatOption = typer.Option(OutputFormat.table, "--format", "-f",
                            help="table: fitted to the terminal's width (long values wrapped); csv, json: every "
                                 "value in full, the rows only.")


def operation(warehouse: Path, name: str, **params):
    """One of the sql/operations queries; a warehouse problem is a one-line error."""
    from flows.warehouse import WarehouseError
    from flows.warehouse import operation as run_operation

    try:
        return run_operation(warehouse, name, **params)
    except WarehouseError as error:
        fail(str(error))


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
