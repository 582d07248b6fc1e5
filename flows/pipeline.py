"""The Prefect flow `news-etl`: wires the stages, nothing else.

sources (list) -> manifest (plan) -> per chunk: read -> decode -> check documents -> normalise -> extract -> check
articles, staged -> load (checking the warehouse before it commits) -> report. Tasks sit at stage boundaries and
work on whole frames, a fixed number per run (a per-article task would cost ~4 ms of Prefect overhead each); the
chunks run in worker processes inside `process_documents` (flows/chunks.py, flows/parallel.py).
"""

# No `from __future__ import annotations` here: Prefect validates the flow's parameters against its real
# annotations (a postponed "date" cannot be resolved by the served flow's validator).
import sys
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.exceptions import TerminationSignal
from prefect.runtime import flow_run

from flows import (chunks, dq_pages, extract, gx_project, leftovers, manifest, parallel, quality, report, sources,
                   stopping, warehouse)
from flows.console import quiet_console_tracebacks
from flows.data_docs import localise_data_docs, mark_warnings_only
from flows.settings import (
    CHUNK_DOCUMENTS,
    DEFAULT_SOURCE,
    DEFAULT_WAREHOUSE,
    FLOW_NAME,
    MAX_DOCUMENT_BYTES,
    RUN_LOCK_WAIT_SECONDS,
    SOURCE_RETRIES,
    SOURCE_RETRY_DELAY_SECONDS,
    RunSettings,
    TaskRunner,
    fault_pause,
    fetched_store_of,
    now,
)
from flows.staging import remove_stale as remove_stale_staging
from flows.staging import staging_file
from flows.stopping import Progress, RunInterrupted


class RunFailed(Exception):
    """The run stopped before loading; the warehouse is unchanged. The message says why."""


@task(cache_policy=NO_CACHE)
def read_manifest(settings: RunSettings) -> pl.DataFrame:
    return warehouse.read_manifest(settings.warehouse)


# A source folder briefly unreadable (a network mount, a sync in progress) is retried; one that stays missing fails
# the run with the reason. (`newswh run` checks the folder before it starts, so a typo fails at once.)
@task(cache_policy=NO_CACHE, retries=SOURCE_RETRIES, retry_delay_seconds=SOURCE_RETRY_DELAY_SECONDS)
def list_sources(settings: RunSettings,
                 retry: list[tuple[str | None, ...]] | None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The files the source kinds take (nothing is opened), and the other files with the reason each is not
    taken."""
    if retry is not None:
        return sources.files_of(retry, settings.max_document_bytes), pl.DataFrame(schema=sources.SKIPPED_SCHEMA)
    return sources.list_folder(settings.source, settings.max_document_bytes)


@task(cache_policy=NO_CACHE)
def plan(files: pl.DataFrame, known: pl.DataFrame, settings: RunSettings,
         retry: list[tuple[str | None, ...]] | None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Each document of the files, to read or unchanged (flows/manifest.py), and the records not taken."""
    return manifest.plan_run(files, known, settings, None if retry is None else [target[0] for target in retry])


def _dask_scheduler() -> str:
    """The address of the scheduler of the flow's DaskTaskRunner (its client starts the cluster on first use)."""
    return FlowRunContext.get().task_runner.client.scheduler.address


@task(cache_policy=NO_CACHE)
def process_documents(planned: pl.DataFrame, settings: RunSettings, run_id: str,
                      staging_path: Path) -> chunks.Staged:
    """Every file to read, a chunk at a time on worker processes, checked and settled in file order into the
    staging file (flows/chunks.py)."""
    logger = get_run_logger()
    known_texts = warehouse.known_texts(settings.warehouse)
    with parallel.executor(settings.task_runner, settings.workers or parallel.default_workers(),
                           _dask_scheduler() if settings.task_runner is TaskRunner.dask else None,
                           settings.worker_memory_mb) as pool:
        return chunks.stage_all(planned, known_texts, settings, run_id, staging_path, pool,
                                progress=lambda message: logger.info("%s", message),
                                warn=lambda message: logger.warning("%s", message))


@task(cache_policy=NO_CACHE)
def load_batch(settings: RunSettings, batch: warehouse.LoadBatch, context: warehouse.LoadContext,
               run_id: str, check: bool) -> quality.CheckOutcome:
    """The load transaction; with `check`, the warehouse suite verifies it before it commits (a run that only saw
    unchanged documents changes no facts: it records the run and what it saw)."""
    outcomes: list[quality.CheckOutcome] = []

    def verify(measures: dict[str, pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame, list[str]]:
        checked = quality.CheckOutcome.combine([
            quality.validate(frame, suite, settings.gx_project, run_name=run_id, row_level=False)
            for suite, frame in measures.items()])
        outcomes.append(checked)
        return checked.results, checked.samples, checked.table_failures

    if not check:
        warehouse.load(settings.warehouse, batch, context)
        return quality.CheckOutcome.empty()
    gx_project.prepare(settings.gx_project, settings.dq_site)
    results = warehouse.load(settings.warehouse, batch, context, verify=verify)
    return quality.CheckOutcome(results, validations=[v for o in outcomes for v in o.validations])


@task(cache_policy=NO_CACHE)
def publish_data_docs(settings: RunSettings, validations: list[tuple], run_id: str) -> None:
    if not validations:
        return  # nothing was checked: the report is as the last run left it
    # Only the pages built now are rewritten for offline use: the site grows with every run.
    built_from = time.time() - 1  # mtimes may be coarser than the clock
    gx_project.build_data_docs(settings.gx_project, settings.dq_site, validations)
    missing = localise_data_docs(settings.dq_site, changed_since=built_from)
    mark_warnings_only(settings.dq_site, settings.gx_project, changed_since=built_from)
    if missing:
        get_run_logger().warning(
            "Data Docs: %d style sheets/scripts have no local copy and were left out (run `make setup` with npm"
            " available): %s", len(missing), ", ".join(missing))
    dq_pages.write_review_pages(settings.warehouse, settings.dq_site, run_id)


@task(cache_policy=NO_CACHE)
def fetch_sources(sources_file: str, warehouse_path: str) -> str:
    """The feeds and sitemaps a sources file lists, fetched into the warehouse's fetch store (flows/fetch/); returns
    the folder of fetched pages, which the run reads. A feed that cannot be read is a warning: the pages of the
    others, and those fetched before, are read all the same."""
    from flows.fetch import FetchError, fetch, pages_folder, read_sources_file, report_lines

    logger = get_run_logger()
    store = fetched_store_of(Path(warehouse_path))
    try:
        fetched = fetch(read_sources_file(Path(sources_file)), store, on_wait=lambda: logger.warning(
            "another fetch is using %s: waiting for it to finish", store))
    except FetchError as error:
        raise RunFailed(f"{error} (nothing was fetched or loaded)") from None
    for line in report_lines(fetched):
        logger.info("%s", line)
    for line in fetched.failed_targets:
        logger.warning("%s", line)
    return str(pages_folder(store))


@flow(name=FLOW_NAME, log_prints=True)
def news_etl(
    source: str = str(DEFAULT_SOURCE),
    sources_file: str | None = None,
    warehouse_path: str = str(DEFAULT_WAREHOUSE),
    full_refresh: bool = False,
    max_document_bytes: int = MAX_DOCUMENT_BYTES,
    retry: list[tuple[str | None, ...]] | None = None,
    since: date | None = None,
    until: date | None = None,
    task_runner: str = "default",
    chunk_documents: int = CHUNK_DOCUMENTS,
    workers: int | None = None,
    worker_memory_mb: int | None = None,
    field_map: str | None = None,
) -> report.RunSummary:
    """Ingest a folder of articles into the warehouse; returns the run summary.

    `retry`: (source_uri, source_file[, file_uri, the file's source_file, source_kind]) of quarantined documents to
    read and process again instead of a folder. `field_map`: an export's field names, "text=body,published=time".
    `since`/`until`: a backfill of the articles published in that window (inclusive), processed even if unchanged.
    `task_runner`: "dask" when the flow runs with a DaskTaskRunner (see `with_task_runner`): the chunks are then
    processed on the cluster's workers. `chunk_documents`: documents per chunk; `workers`: local worker processes
    (default: one per core); `worker_memory_mb`: each worker's memory limit (default: its share of the machine).
    `sources_file`: a YAML file of feeds and sitemaps, fetched first; the run then reads the pages fetched (the
    warehouse's fetch store) instead of `source`.

    A run that fails (RunFailed) or is stopped by Ctrl-C/SIGTERM (RunInterrupted) leaves the warehouse as it was,
    records itself in etl_run when the warehouse can be written, and removes what it created beside it.
    """
    if stopping.started_by_a_runner():
        quiet_console_tracebacks()  # the runner's console, as `newswh run`'s: a failure is its one line
    try:
        return _ingest(source, sources_file, warehouse_path, full_refresh, max_document_bytes, retry, since, until,
                       task_runner, chunk_documents, workers, worker_memory_mb, field_map)
    except Exception as error:
        _show_failure_to_the_runner(source if not sources_file else sources_file, error)
        raise


def _ingest(source: str, sources_file: str | None, warehouse_path: str, full_refresh: bool, max_document_bytes: int,
            retry, since: date | None, until: date | None, task_runner: str, chunk_documents: int,
            workers: int | None, worker_memory_mb: int | None, field_map: str | None) -> report.RunSummary:
    """The flow's work (see `news_etl`)."""
    if sources_file:
        source = fetch_sources(sources_file, warehouse_path)
    try:
        options = sources.parse_field_map(field_map)
        runner = TaskRunner(task_runner)
    except sources.SourceError as error:
        raise RunFailed(str(error)) from None
    except ValueError:
        raise RunFailed(f"unknown task runner {task_runner!r} (one of: {', '.join(r.value for r in TaskRunner)})") from None
    settings = RunSettings(Path(source), Path(warehouse_path), full_refresh, max_document_bytes, since, until,
                           runner, chunk_documents=chunk_documents, workers=workers,
                           worker_memory_mb=worker_memory_mb, field_map=options.field_map)
    stopping.leave_ctrl_c_to_the_runner()
    validations: list[tuple] = []
    context = _load_context(settings, retry)
    progress = Progress()
    created = leftovers.Snapshot.of(settings)
    try:
        summary = _run_holding_the_warehouse(settings, retry, validations, context, progress)
    except RunInterrupted:
        created.remove_new(settings)
        raise
    except (RunFailed, warehouse.WarehouseError, sources.SourceError):
        # The checks that ran go into the Data Docs (offline) even when the run did not load.
        _publish_report(settings, validations, context.run_id)
        created.remove_new(settings)
        raise
    summary.report_error = _publish_report(settings, validations, context.run_id)
    _show_to_the_runner(summary)
    return summary


def _run_holding_the_warehouse(settings: RunSettings, retry, validations: list[tuple], context,
                               progress: Progress) -> report.RunSummary:
    """The run, once no other run loads the warehouse; a stop or a failure is recorded (RunInterrupted, RunFailed)."""
    logger = get_run_logger()
    with warehouse.exclusive_run(settings.warehouse, RUN_LOCK_WAIT_SECONDS, on_wait=lambda: logger.warning(
        "another run is loading %s: waiting for it to finish (up to %.0f s)", settings.warehouse,
        RUN_LOCK_WAIT_SECONDS)):
        try:
            return _run(settings, retry, validations, context, progress)
        except (KeyboardInterrupt, TerminationSignal) as signalled:
            stop = _recorded_stop(signalled, settings, context, progress)
            if stop.cancelled:
                raise  # Prefect ends the flow run Cancelled
            raise RunInterrupted(stop.message) from None
        except (sources.SourceError, warehouse.WarehouseError) as error:
            message = f"{error} (during {progress.stage}; nothing was loaded, the warehouse is as before)"
            warehouse.record_failed_run(settings.warehouse, replace(context, finished_at=now()), message)
            raise RunFailed(message) from None


def _show_to_the_runner(summary: report.RunSummary) -> None:
    """A run that Prefect's runner started (`newswh serve`) prints its summary on the runner's console (which this
    process shares), as `newswh run` prints it after its run. Written to stdout as it is, not through `print`, which
    the flow's log_prints would turn into a log record of many lines."""
    if stopping.started_by_a_runner():
        sys.stdout.write("\n" + report.summary_text(summary) + "\n")
        sys.stdout.flush()


def _show_failure_to_the_runner(source: str, error: Exception) -> None:
    """A served run that fails ends its block on the runner's console as `newswh run` ends: the run, then its one
    line of error (its traceback stays in the logs Prefect keeps)."""
    if stopping.started_by_a_runner():
        known = isinstance(error, (RunFailed, sources.SourceError, warehouse.WarehouseError))
        said = str(error) if known else f"unexpected {type(error).__name__}: {error}"
        sys.stdout.write(f"\nrun {flow_run.get_id()} on {source}\nerror: {' '.join(said.split())}\n")
        sys.stdout.flush()


def _recorded_stop(signalled: BaseException, settings: RunSettings, context: warehouse.LoadContext,
                   progress: Progress) -> stopping.Stop:
    """A stop, recorded in etl_run when nothing had committed yet, and logged."""
    stop = stopping.understood(signalled, progress)
    if not progress.committed:
        warehouse.record_failed_run(settings.warehouse, replace(context, finished_at=now()), stop.message,
                                    status=stop.status, wait_seconds=1)
    get_run_logger().warning("%s", stop.message)
    return stop


def _load_context(settings: RunSettings, retry: list[tuple[str | None, ...]] | None) -> warehouse.LoadContext:
    """What the load records of this run: its id (Prefect's flow run id), what it read and with which options."""
    retried = f"quarantine retry ({len(retry)} document{'s' if len(retry) != 1 else ''})" if retry else ""
    return warehouse.LoadContext(flow_run.get_id() or str(uuid.uuid4()), FLOW_NAME, now(), now(),
                                 str(settings.source) if retry is None else retried, settings.full_refresh,
                                 settings.since, settings.until, settings.task_runner.value,
                                 whole_source=retry is None and not settings.backfill)


def _publish_report(settings: RunSettings, validations: list[tuple], run_id: str) -> str | None:
    """Build the Data Docs and the review pages; a report that cannot be written (a full disk, a warehouse that
    cannot be read) does not undo a load that committed: the reason is returned for the summary (and `newswh run`
    exits non-zero with it)."""
    try:
        publish_data_docs(settings, validations, run_id)
    except (OSError, warehouse.WarehouseError) as error:
        get_run_logger().error("the data-quality report could not be written: %s", error)
        return f"the data-quality report could not be written: {getattr(error, 'strerror', None) or error}"
    return None


def _run(settings: RunSettings, retry: list[tuple[str | None, ...]] | None, validations: list[tuple],
         context: warehouse.LoadContext, progress: Progress) -> report.RunSummary:
    timings: dict[str, float] = {}
    planned, skipped = _planned(settings, retry, progress, timings)
    with staging_file(settings.warehouse, context.run_id) as staging_path:
        progress.stage = "parse"
        # In the flow's process either way; with "dask", prefect-dask's client spreads the chunks over the cluster.
        staged = process_documents(planned, settings, context.run_id, staging_path)
        validations += staged.checks.validations
        timings.update(staged.seconds)
        if settings.backfill:
            get_run_logger().info("backfill %s..%s: %d of %d documents are in the window", settings.since or "",
                                  settings.until or "", staged.documents_read, planned.height)
        context = replace(context, finished_at=now())
        warehouse_checks = _loaded(settings, staged, staging_path, context, progress, timings)
    validations += warehouse_checks.validations
    summary = report.run_summary(context.run_id, context.source, settings, planned.height, staged,
                                 quality.CheckOutcome.combine([staged.checks, warehouse_checks]), skipped, timings)
    _publish_summary(summary)
    return summary


def _planned(settings: RunSettings, retry: list[tuple[str | None, ...]] | None, progress: Progress,
             timings: dict[str, float]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The listing's plan (each file to read or unchanged) and the files not taken, stale staging files removed
    first."""
    logger = get_run_logger()
    clock = time.perf_counter()
    stale = remove_stale_staging(settings.warehouse)
    if stale:
        logger.warning("removed %d staging files left by a run that was killed", stale)
    # Everything is read again on a full refresh, a backfill or a retry; otherwise a file whose size and mtime
    # match the manifest keeps its recorded hash unread, and so does a record whose fingerprint does.
    progress.stage = "listing"
    files, skipped = list_sources(settings, retry)
    planned, not_taken = plan(files, read_manifest(settings), settings, retry)
    skipped = pl.concat([skipped, not_taken])
    fault_pause("listing")
    timings["sources"] = time.perf_counter() - clock
    to_read = planned.filter(pl.col("change") == "to_read").height
    logger.info("%d documents: %d to read, %d unchanged (same size and modification time, or same fingerprint)",
                planned.height, to_read, planned.height - to_read)
    if skipped.height:
        logger.warning("%d files not taken: %s", skipped.height, report.skipped_reasons(skipped.to_dicts()))
    if not planned.height:
        logger.warning("no article file under %s", settings.source)
    return planned, skipped


def _loaded(settings: RunSettings, staged: chunks.Staged, staging_path: Path, context: warehouse.LoadContext,
            progress: Progress, timings: dict[str, float]) -> quality.CheckOutcome:
    """The load of what was staged, in one transaction the warehouse suite checks before it commits; a run whose
    table-level checks failed, or whose load the checks rejected, fails recorded (RunFailed)."""
    checks = staged.checks
    if checks.table_failures:
        message = "table-level checks failed, nothing was loaded: " + "; ".join(checks.table_failures)
        warehouse.record_failed_run(settings.warehouse, context, message, checks.results)
        raise RunFailed(message)
    batch = warehouse.LoadBatch(staging_path, sum(staged.outcomes.values()), checks.results, checks.samples,
                                extract.reference_tables())
    get_run_logger().info("loading %d articles and %d documents in one transaction",
                          staged.outcomes.get("loaded", 0), sum(staged.outcomes.values()))
    clock = time.perf_counter()
    progress.stage = "the load"
    try:
        changed = any(outcome != "unchanged" for outcome in staged.outcomes)
        warehouse_checks = load_batch(settings, batch, context, context.run_id, check=changed)
    except warehouse.LoadRejected as rejected_load:
        warehouse.record_failed_run(settings.warehouse, context, str(rejected_load),
                                    pl.concat([checks.results, rejected_load.results], how="diagonal_relaxed"))
        raise RunFailed(str(rejected_load)) from None
    progress.committed = True
    progress.stage = "the report"
    timings["load"] = time.perf_counter() - clock
    return warehouse_checks


def _publish_summary(summary: report.RunSummary) -> None:
    """The summary, the quarantined and the skipped files as the flow run's artifacts (Prefect's UI)."""
    create_markdown_artifact(report.summary_markdown(summary), key="news-etl-summary", description="Run summary")
    if summary.quarantined:
        create_table_artifact(summary.quarantined, key="news-etl-quarantine", description="Quarantined this run")
    if summary.skipped:
        create_table_artifact(summary.skipped, key="news-etl-skipped", description="Files not taken this run")


def with_task_runner(kind: TaskRunner | str = TaskRunner.default, dask_address: str | None = None):
    """The flow with its task runner: "dask" runs the tasks, and the chunks of `process_documents`, on a Dask
    cluster (the one at `dask_address`, else a LocalCluster of two worker processes); "default" keeps Prefect's
    thread pool for the tasks and a local process pool for the chunks."""
    if TaskRunner(kind) is not TaskRunner.dask:
        return news_etl
    from prefect_dask import DaskTaskRunner

    runner = (DaskTaskRunner(address=dask_address) if dask_address else DaskTaskRunner(
        cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None}))
    return news_etl.with_options(task_runner=runner)
