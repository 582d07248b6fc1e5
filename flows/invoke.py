"""Running the flow from a command: a run with nothing to do is recorded without Prefect; otherwise the flow runs
on the server PREFECT_API_URL names, or on a temporary one, and whatever stops it ends in one line."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from flows.console import fail, keep_traceback, quiet_console_tracebacks
from flows.settings import configure_prefect_environment


def nothing_to_do(source: Path, warehouse: Path, max_document_bytes: int, task_runner: str) -> bool:
    """Record and report a run in which no file changed, without Prefect (flows/unchanged.py); False if there is
    work for the flow."""
    from flows.report import summary_text
    from flows.settings import RunSettings
    from flows.unchanged import record_if_unchanged
    from flows.warehouse import WarehouseError

    try:
        summary = record_if_unchanged(RunSettings(source, warehouse, max_document_bytes=max_document_bytes,
                                                  task_runner=task_runner))
    except WarehouseError:
        return False  # the flow meets the same problem, and reports it as a run
    if summary is None:
        return False
    typer.echo(summary_text(summary))
    return True


def fetch_into_store(feeds: list[str], sitemaps: list[str], sources_file: Path | None, store: Path,
                  settings) -> bool:
    """Fetch feeds and sitemaps into the store (flows/fetch/) and print what was done, one line each; a problem with
    the request as a whole (a bad URL or sources file, a busy store) is a one-line error. Returns False when a feed
    or sitemap could not be read (each said on stderr), True otherwise."""
    import signal

    from flows.fetch import FetchError, fetch, read_sources_file, report_lines, targets

    # SIGTERM (a service manager, `kill`) stops a fetch as Ctrl-C does: what was fetched until then is kept.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        wanted = targets(feeds, sitemaps)
        if sources_file is not None:
            wanted = wanted + read_sources_file(sources_file)
        report = fetch(wanted, store, settings, on_wait=lambda: typer.secho(
            f"another fetch is using {store}: waiting for it to finish (up to {settings.store_wait_seconds:.0f} s)",
            err=True, fg=typer.colors.YELLOW))
    except FetchError as error:
        fail(str(error))
    except KeyboardInterrupt:
        typer.secho(f"fetch interrupted: the pages fetched until then are kept in {store}", err=True,
                    fg=typer.colors.YELLOW)
        raise typer.Exit(130)
    for line in report_lines(report):
        typer.echo(line)
    for line in report.failed_targets:
        typer.secho(f"error: {line}", err=True, fg=typer.colors.RED)
    return not report.failed_targets


def _interrupted(message: str | None) -> None:
    """Ctrl-C or SIGTERM: one line (what the run says it left, or that nothing had started), exit 130."""
    typer.secho(message or "interrupted before the run started: nothing was done", err=True,
                fg=typer.colors.YELLOW)
    raise typer.Exit(130)


def run_flow(dask_address: str | None = None, **parameters):
    """Run the flow with these parameters and print its summary. Whatever stops it ends in one line on stderr: a
    failure (exit 1) or Ctrl-C/SIGTERM (exit 130), saying what the warehouse holds; no traceback on the console
    (Prefect keeps the run's logs)."""
    import os
    import signal
    from contextlib import ExitStack

    try:
        configure_prefect_environment()
        from flows.serve import ServeError, temporary_server
        from flows.sources import SourceError
        from flows.warehouse import WarehouseError
    except KeyboardInterrupt:
        _interrupted(None)

    # SIGTERM (a service manager, `kill`) stops a run as Ctrl-C does; inside the flow Prefect handles it the same way.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with ExitStack() as servers:
        try:
            own_server = not os.environ.get("PREFECT_API_URL")
            if own_server:
                # Before Prefect is imported: it reads its API URL once.
                log = Path(os.environ["PREFECT_HOME"]) / "temporary-server.log"
                os.environ["PREFECT_API_URL"] = servers.enter_context(temporary_server(log))
                servers.callback(send_prefect_logs)  # before the server stops (an ExitStack unwinds in reverse)
            from flows import pipeline, report

            if own_server:
                servers.enter_context(without_heartbeats())
            quiet_console_tracebacks()
            flow = pipeline.with_task_runner(parameters.get("task_runner", "default"), dask_address)
            summary = flow(**parameters)
            settle_prefect_workers()
        except KeyboardInterrupt as stop:
            _interrupted(getattr(stop, "message", None))
        except Exception as error:
            settle_prefect_workers()
            stopped = sys.modules.get("flows.pipeline")
            if stopped is not None and isinstance(error, stopped.RunInterrupted):
                typer.secho(str(error), err=True, fg=typer.colors.YELLOW)
                raise typer.Exit(130)
            if isinstance(error, (SourceError, WarehouseError, ServeError)) or (
                    stopped is not None and isinstance(error, stopped.RunFailed)):
                fail(str(error))
            fail(f"unexpected {type(error).__name__}: {error} ({keep_traceback(error)})")
    typer.echo("")
    typer.echo(report.summary_text(summary))
    if summary.report_error:
        fail(f"the run loaded its documents, but {summary.report_error}")
    return summary


def settle_prefect_workers() -> None:
    """The run's logs and events still queued are sent (for up to a few seconds), and whatever Prefect's sending
    threads say after that (under load, "Still processing items: N items remaining...") stays out of the console:
    the run's summary or its one line of error is the last thing a user reads."""
    import logging

    for sender in ("EventsWorker", "APILogWorker"):
        logging.getLogger(sender).setLevel(logging.ERROR)
    send_prefect_logs()


def without_heartbeats():
    """No flow-run heartbeats for a run on its own temporary server. Heartbeats let a lasting server tell a crashed
    run from a live one; a temporary server ends with its run. And the heartbeat thread, which sleeps in steps of a
    second, holds the end of every run (a stopped one too) until its step is over."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def send_prefect_logs() -> None:
    """The run's logs and events still queued go to the server while it runs (else Prefect's workers print errors
    about a server that went away)."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=3)
    EventsWorker.drain_all(timeout=3)
