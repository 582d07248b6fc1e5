"""A run with nothing to do, recorded without Prefect: when every file of the source has the size and modification
time the manifest holds (whatever number of documents it holds), `newswh run` lists, compares and records the run in the warehouse itself, in about a
second, instead of starting a temporary Prefect server for a flow that would read nothing (issue 18, start-up).

Anything else (a new or changed file, no warehouse yet, a migration to apply, a full refresh, a backfill, another
run holding the warehouse) returns None, and the flow runs as usual.
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from flows import chunks, extract, manifest, quality, report, sources, warehouse
from flows.settings import FLOW_NAME, RunSettings, now
from flows.staging import Staging, staging_file


def _up_to_date(path) -> bool:
    with warehouse.connect(path, read_only=True, wait_seconds=0) as con:
        warehouse.check_schema(con)
        return not warehouse.pending_migrations(con)


def record_if_unchanged(settings: RunSettings) -> report.RunSummary | None:
    """The run's summary if nothing under the source changed since the last run (then recorded); else None."""
    if settings.full_refresh or settings.backfill or not settings.warehouse.exists():
        return None
    try:
        with warehouse.exclusive_run(settings.warehouse, timeout_seconds=0), ThreadPoolExecutor(1) as background:
            # Listing waits on the file system (stat) and reading the manifest on DuckDB: side by side.
            listing = background.submit(sources.list_folder, settings.source, settings.max_document_bytes)
            if not _up_to_date(settings.warehouse):
                return None
            known = warehouse.read_manifest(settings.warehouse)
            files, skipped = listing.result()
            # Every file as the manifest recorded it, or the flow has work: no file is opened here.
            if files.is_empty() or files.join(manifest.unchanged_documents(files, known), on="file_uri",
                                              how="anti").height:
                return None
            planned, _ = manifest.plan(files, known, False, settings.max_document_bytes)
            context = warehouse.LoadContext(str(uuid.uuid4()), FLOW_NAME, now(), now(), str(settings.source),
                                            False, task_runner=settings.task_runner.value)
            with staging_file(settings.warehouse, context.run_id) as path:
                staging = Staging(path)
                try:
                    staging.append({"stg_document": chunks.unchanged_documents(planned)})
                    staging.append(chunks.empty_tables())
                finally:
                    staging.close()
                nothing_checked = quality.CheckOutcome.empty()
                batch = warehouse.LoadBatch(path, planned.height, nothing_checked.results, nothing_checked.samples,
                                            extract.reference_tables(), only_unchanged=True)
                warehouse.load(settings.warehouse, batch, replace(context, finished_at=now()))
    except warehouse.WarehouseBusy:
        return None
    return report.RunSummary(
        run_id=context.run_id, source=context.source, warehouse=settings.warehouse, dq_site=settings.dq_site,
        documents_seen=planned.height, documents_unchanged=planned.height, skipped=skipped.to_dicts())
