"""newswh: the command line of the news warehouse.

    newswh run [--source DIR] [--warehouse FILE] [--full-refresh]
    newswh sql "SELECT ..." [--format table|csv|json]
    newswh export articles

Errors a user can act on are printed as one line on stderr with exit code 1, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from flows.settings import (
    DEFAULT_SOURCE,
    DEFAULT_WAREHOUSE,
    READ_LOCK_WAIT_SECONDS,
    configure_prefect_environment,
)

app = typer.Typer(help="Vietnamese news -> star-schema warehouse in DuckDB.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
export_app = typer.Typer(help="Export warehouse contents.", no_args_is_help=True)
app.add_typer(export_app, name="export")

WarehouseOption = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", "-w", help="The DuckDB warehouse file.",
                               dir_okay=False)


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(message: str) -> None:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(1)


@app.command()
def run(
    source: Path = typer.Option(DEFAULT_SOURCE, "--source", "-s", help="Folder of .txt articles (read recursively).",
                                file_okay=False),
    warehouse: Path = WarehouseOption,
    full_refresh: bool = typer.Option(False, "--full-refresh", help="Rebuild the star schema from this source."),
) -> None:
    """Run the news-etl Prefect flow over a folder of articles and print its summary."""
    configure_prefect_environment()
    from flows import pipeline, report
    from flows.sources import SourceError, check_folder
    from flows.warehouse import WarehouseError

    try:
        check_folder(source)
        summary = pipeline.news_etl(source=str(source), warehouse_path=str(warehouse), full_refresh=full_refresh)
    except (SourceError, WarehouseError, pipeline.RunFailed) as error:
        fail(str(error))
    typer.echo("")
    typer.echo(report.summary_text(summary))


@app.command()
def sql(
    statement: str = typer.Argument(..., help="The SQL to run (read-only)."),
    warehouse: Path = WarehouseOption,
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    wait: float = typer.Option(READ_LOCK_WAIT_SECONDS, "--wait", min=0,
                               help="Seconds to wait while a load holds the warehouse."),
) -> None:
    """Run ad-hoc SQL on the warehouse through a read-only connection."""
    from flows.warehouse import WarehouseError, query

    try:
        frame = query(warehouse, statement, wait_seconds=wait)
    except WarehouseError as error:
        fail(str(error))
    if output is OutputFormat.csv:
        sys.stdout.write(frame.write_csv())
    elif output is OutputFormat.json:
        sys.stdout.write(json.dumps(frame.to_dicts(), ensure_ascii=False, default=str, indent=2) + "\n")
    else:
        print_table(frame)


def print_table(frame) -> None:
    import polars as pl

    with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
        typer.echo(frame)
    typer.echo(f"({frame.height} row{'s' if frame.height != 1 else ''})")


@export_app.command("articles")
def export_articles(warehouse: Path = WarehouseOption) -> None:
    """Print every article as JSON Lines, in the article export contract of design.md."""
    from flows.export import articles_jsonl
    from flows.warehouse import WarehouseError

    try:
        sys.stdout.write(articles_jsonl(warehouse))
    except WarehouseError as error:
        fail(str(error))


if __name__ == "__main__":
    app()
