"""The Prefect flow `news-etl`: wires the stages, nothing else.

sources -> manifest -> decode -> check documents -> normalise -> extract -> check articles -> load (checking the
warehouse before it commits) -> report. Tasks sit at stage boundaries and work on whole frames (a per-article
task would cost ~4 ms of Prefect overhead each).
"""

# No `from __future__ import annotations` here: Prefect validates the flow's parameters against its real
# annotations (a postponed "date" cannot be resolved by the served flow's validator).
import time
import uuid
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows import decode, extract, manifest, quality, report, sources, warehouse
from flows.data_docs import localise_data_docs
from flows.normalise import normalise
from flows.settings import (
    DASK_PARSE_BATCHES,
    DEFAULT_SOURCE,
    DEFAULT_WAREHOUSE,
    MAX_DOCUMENT_BYTES,
    RUN_LOCK_WAIT_SECONDS,
    SOURCE_RETRIES,
    SOURCE_RETRY_DELAY_SECONDS,
    TIMEZONE,
    RunSettings,
)

FLOW_NAME = "news-etl"


class RunFailed(Exception):
    """The run stopped before loading; the warehouse is unchanged. The message says why."""


# A source folder briefly unreadable (a network mount, a sync in progress) is retried; one that stays missing fails
# the run with the reason. (`newswh run` checks the folder before it starts, so a typo fails at once.)
@task(cache_policy=NO_CACHE)
def read_manifest(settings: RunSettings) -> pl.DataFrame:
    return warehouse.read_manifest(settings.warehouse)


@task(cache_policy=NO_CACHE, retries=SOURCE_RETRIES, retry_delay_seconds=SOURCE_RETRY_DELAY_SECONDS)
def read_sources(settings: RunSettings, retry: list[tuple[str, str]] | None, known: sources.Known) -> pl.DataFrame:
    if retry is not None:
        return sources.read_files(retry, settings.max_document_bytes)
    return sources.read_folder(settings.source, settings.max_document_bytes, known)


@task(cache_policy=NO_CACHE)
def plan(documents: pl.DataFrame, known: pl.DataFrame, force: bool) -> pl.DataFrame:
    return manifest.plan_changes(documents, known, force)


@task(cache_policy=NO_CACHE)
def decode_documents(documents: pl.DataFrame, settings: RunSettings) -> pl.DataFrame:
    decoded = decode.decode_documents(documents)
    return manifest.assign_duplicates(decoded, warehouse.known_texts(settings.warehouse))


@task(cache_policy=NO_CACHE)
def check_documents(decoded: pl.DataFrame, settings: RunSettings, run_id: str) -> quality.CheckOutcome:
    return quality.validate(quality.document_check_frame(decoded), "documents", "document_key",
                            settings.gx_project, settings.dq_site, run_name=run_id)


@task(cache_policy=NO_CACHE)
def parse_batch(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, extract.Knowledge]:
    """Normalise and extract one batch of decoded documents (articles are independent of each other)."""
    articles, authors, _lines = normalise(documents)
    return articles, authors, extract.extract(articles, authors)


def parse(documents: pl.DataFrame, settings: RunSettings) -> tuple[pl.DataFrame, pl.DataFrame, extract.Knowledge]:
    """The parse stage: in the flow's process, or split into a fixed number of batches on the Dask cluster."""
    if settings.task_runner != "dask" or documents.height < 2:
        return parse_batch(documents)
    size = -(-documents.height // DASK_PARSE_BATCHES)
    futures = [parse_batch.submit(documents.slice(start, size)) for start in range(0, documents.height, size)]
    parts = [future.result() for future in futures]
    return (pl.concat([p[0] for p in parts]), pl.concat([p[1] for p in parts]),
            extract.Knowledge.concat([p[2] for p in parts]))


@task(cache_policy=NO_CACHE)
def check_articles(articles: pl.DataFrame, settings: RunSettings, run_id: str) -> quality.CheckOutcome:
    return quality.validate(quality.article_check_frame(articles), "articles", "article_key",
                            settings.gx_project, settings.dq_site, run_name=run_id)


@task(cache_policy=NO_CACHE)
def load_batch(settings: RunSettings, batch: warehouse.LoadBatch, context: warehouse.LoadContext,
               run_id: str) -> pl.DataFrame:
    def verify(measures: pl.DataFrame) -> tuple[pl.DataFrame, list[str]]:
        outcome = quality.validate(measures.with_row_index("check_row"), "warehouse", "check_row",
                                   settings.gx_project, settings.dq_site, run_name=run_id, row_level=False)
        return outcome.results, outcome.table_failures

    return warehouse.load(settings.warehouse, batch, context, verify=verify)


def _now() -> datetime:
    return datetime.now(ZoneInfo(TIMEZONE))


@task(cache_policy=NO_CACHE)
def publish_data_docs(settings: RunSettings) -> None:
    missing = localise_data_docs(settings.dq_site)
    if missing:
        get_run_logger().warning(
            "Data Docs: %d style sheets/scripts have no local copy and were left out (run `make setup` with npm"
            " available): %s", len(missing), ", ".join(missing))


@flow(name=FLOW_NAME, log_prints=True)
def news_etl(
    source: str = str(DEFAULT_SOURCE),
    warehouse_path: str = str(DEFAULT_WAREHOUSE),
    full_refresh: bool = False,
    max_document_bytes: int = MAX_DOCUMENT_BYTES,
    retry: list[tuple[str, str]] | None = None,
    since: date | None = None,
    until: date | None = None,
    task_runner: str = "default",
) -> report.RunSummary:
    """Ingest a folder of articles into the warehouse; returns the run summary.

    `retry`: (source_uri, source_file) of quarantined documents to read and process again instead of a folder.
    `since`/`until`: a backfill of the articles published in that window (inclusive), processed even if unchanged.
    `task_runner`: "dask" when the flow runs with a DaskTaskRunner (see `with_task_runner`): the parse stage is
    then split into batches across the cluster's workers.
    """
    settings = RunSettings(Path(source), Path(warehouse_path), full_refresh, max_document_bytes, since, until,
                           task_runner)
    logger = get_run_logger()
    try:
        with warehouse.exclusive_run(settings.warehouse, RUN_LOCK_WAIT_SECONDS, on_wait=lambda: logger.warning(
            "another run is loading %s: waiting for it to finish (up to %.0f s)", settings.warehouse,
            RUN_LOCK_WAIT_SECONDS)):
            return _run(settings, retry)
    finally:
        # The checks rebuilt the Data Docs; make them work offline whether or not the run loaded.
        publish_data_docs(settings)


def _run(settings: RunSettings, retry: list[tuple[str, str]] | None) -> report.RunSummary:
    logger = get_run_logger()
    full_refresh = settings.full_refresh
    run_id = flow_run.get_id() or str(uuid.uuid4())
    started_at = _now()
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        timings[stage] = time.perf_counter() - clock
        clock = time.perf_counter()

    # Everything is read again on a full refresh, a backfill or a retry; otherwise a file whose size and mtime
    # match the manifest keeps its recorded hash unread.
    force = settings.full_refresh or settings.backfill or retry is not None
    known = read_manifest(settings)
    documents = read_sources(settings, retry, {} if force else manifest.file_stats(known))
    planned = plan(documents, known, force)
    lap("sources")
    todo = planned.filter(pl.col("change") != "unchanged")
    logger.info("%d documents: %d to process, %d unchanged", planned.height, todo.height, planned.height - todo.height)

    decoded = decode_documents(todo, settings)
    document_checks = check_documents(decoded, settings, run_id) if decoded.height else quality.CheckOutcome.empty()
    unreadable = decoded.filter(pl.col("decode_error").is_not_null()).select(
        "source_uri",
        stage=pl.when(pl.col("problem").is_not_null()).then(pl.lit("source")).otherwise(pl.lit("decode")),
        reason=pl.col("decode_error"),
    )
    lap("decode")
    originals = decoded.filter(pl.col("text").is_not_null() & pl.col("duplicate_of").is_null())
    articles, authors, knowledge = parse(originals, settings)
    if settings.backfill:
        # A backfill's documents are those of the window; the others are left as they are, unrecorded.
        covered = manifest.in_window(articles, decoded, settings.since, settings.until)
        keep = pl.col("source_uri").is_in(covered.implode())
        planned, decoded, articles, authors = (f.filter(keep) for f in (planned, decoded, articles, authors))
        knowledge = knowledge.only(covered)
        unreadable = unreadable.clear()
        logger.info("backfill %s..%s: %d of %d documents are in the window", settings.since or "", settings.until
                    or "", planned.height, documents.height)
    lap("parse")

    article_checks = check_articles(articles, settings, run_id) if articles.height else quality.CheckOutcome.empty()
    lap("check")
    retried = f"quarantine retry ({len(retry)} document{'s' if len(retry) != 1 else ''})" if retry else ""
    source_label = str(settings.source) if retry is None else retried
    context = warehouse.LoadContext(run_id, FLOW_NAME, started_at, _now(), source_label, full_refresh,
                                    settings.since, settings.until, settings.task_runner)
    checks = quality.CheckOutcome.combine([document_checks, article_checks])
    if checks.table_failures:
        message = "table-level checks failed, nothing was loaded: " + "; ".join(checks.table_failures)
        warehouse.record_failed_run(settings.warehouse, context, message, checks.results)
        raise RunFailed(message)

    failed = articles.join(article_checks.failed_rows, left_on="article_key", right_on="key").select(
        "source_uri", stage=pl.lit("check"), reason="reason"
    )
    rejected = pl.concat([unreadable, failed])
    rejected = pl.concat([rejected, quality.duplicates_of_quarantined(decoded, rejected)])
    quarantine = quality.quarantine_rows(decoded, rejected)
    loadable = articles.filter(~pl.col("source_uri").is_in(quarantine["source_uri"].implode()))
    batch = warehouse.LoadBatch(
        documents=quality.document_outcomes(planned, decoded, quarantine["source_uri"]),
        articles=loadable,
        authors=authors.filter(pl.col("source_uri").is_in(loadable["source_uri"].implode())),
        quarantine=quarantine,
        dq_results=checks.results,
        knowledge=knowledge.staging(),
        reference=extract.reference_tables(),
    )
    logger.info("loading %d articles and %d documents in one transaction", batch.articles.height,
                batch.documents.height)
    try:
        warehouse_results = load_batch(settings, batch, context, run_id)
    except warehouse.LoadRejected as rejected_load:
        warehouse.record_failed_run(settings.warehouse, context, str(rejected_load),
                                    pl.concat([checks.results, rejected_load.results], how="diagonal_relaxed"))
        raise RunFailed(str(rejected_load)) from None
    lap("load")

    checks = quality.CheckOutcome.combine([checks, quality.CheckOutcome(warehouse_results)])
    outcomes = batch.documents["outcome"].value_counts()
    count = dict(zip(outcomes["outcome"].to_list(), outcomes["count"].to_list()))
    summary = report.RunSummary(
        run_id=run_id,
        source=source_label,
        backfill=(f"backfill {settings.since or '…'} to {settings.until or '…'}: {planned.height} of "
                  f"{documents.height} documents published in the window; the others were left as they are")
        if settings.backfill else None,
        warehouse=settings.warehouse,
        dq_site=settings.dq_site,
        documents_seen=planned.height,
        documents_loaded=count.get("loaded", 0),
        documents_quarantined=count.get("quarantined", 0),
        documents_unchanged=count.get("unchanged", 0),
        checks_passed=checks.passed,
        checks_failed=checks.failed,
        failed_checks=checks.results.filter(~pl.col("success")).to_dicts(),
        quarantined=quarantine.select("source_file", "stage", "reason").to_dicts(),
        stage_seconds=timings,
    )
    create_markdown_artifact(report.summary_markdown(summary), key="news-etl-summary", description="Run summary")
    if summary.quarantined:
        create_table_artifact(summary.quarantined, key="news-etl-quarantine", description="Quarantined this run")
    return summary


def with_task_runner(kind: str = "default", dask_address: str | None = None):
    """The flow with its task runner: "dask" runs the parse stage on a Dask cluster (the one at `dask_address`,
    else a LocalCluster of two worker processes); "default" keeps Prefect's thread pool."""
    if kind != "dask":
        return news_etl
    from prefect_dask import DaskTaskRunner

    runner = (DaskTaskRunner(address=dask_address) if dask_address else DaskTaskRunner(
        cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None}))
    return news_etl.with_options(task_runner=runner)
