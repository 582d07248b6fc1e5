"""Chunks: a run's documents go through the stages a chunk at a time, so memory is bounded by the chunk, not by
the corpus.

`stage_all` runs a whole run's chunks. `process_chunk` is the heavy part (read -> decode -> normalise -> extract): each chunk on its own, so chunks run
in parallel worker processes. `check_chunk` and `settle_chunk` are the lighter part that runs in the flow's
process, chunk after chunk in file order: the suites, then which documents repeat a text already seen, which are
quarantined, and, for a backfill, which fall in the window. The result is appended to the run's staging file.
"""

from __future__ import annotations

import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable

import polars as pl

from flows import decode, extract, gx_project, manifest, parallel, quality, settlement, sources
from flows.normalise import normalise
from flows.settings import ONE_CHUNK_DOCUMENTS, RunSettings, empty_tables_cache, fault_pause
from flows.staging import Staging

# Chunks submitted beyond one per worker: enough to keep the workers busy while the flow's process checks and stages
# a finished chunk; few, as each waits in memory.
EXTRA_CHUNKS_IN_FLIGHT = 1
# How many quarantined documents the run summary lists (all are in the quarantine table).
QUARANTINE_LISTED = 1000


@dataclass(frozen=True)
class ChunkJob:
    """One chunk of the run's plan: the listed documents to read (listing columns plus `known_hash`)."""

    number: int
    files: pl.DataFrame
    options: sources.SourceOptions = sources.SourceOptions()  # how the source's records are read (--map)


@dataclass
class ChunkResult:
    number: int
    documents: pl.DataFrame  # every file of the chunk, read, with `change` and (if not unchanged) its decoding
    articles: pl.DataFrame
    authors: pl.DataFrame
    knowledge: extract.Knowledge
    document_check_frame: pl.DataFrame  # what the documents suite looks at
    article_check_frame: pl.DataFrame  # what the articles suite looks at
    seconds: dict[str, float]
    # source_uri, source_file, stage, reason: documents a worker died on, alone (quarantined, never parsed)
    lost: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=REJECTED_SCHEMA))


def process_chunk(job: ChunkJob) -> ChunkResult:
    """Read, decode, normalise and extract one chunk, and prepare what its checks look at. Runs in a worker
    process: it depends on nothing but the chunk (duplicates and checks come later, in run order)."""
    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - clock
        clock = time.perf_counter()

    read = manifest.plan_by_hash(sources.read_documents(job.files, job.options))
    fault_pause("parse")
    lap("read")
    decoded = decode.decode_documents(read.filter(pl.col("change") != "unchanged"))
    lap("decode")
    articles, authors, _lines = normalise(decoded.filter(pl.col("text").is_not_null()))
    lap("normalise")
    knowledge = extract.extract(articles, authors)
    lap("extract")
    document_check_frame = quality.document_check_frame(decoded.with_columns(document_key=pl.col("article_key")))
    article_check_frame = quality.article_check_frame(articles)
    lap("check")
    documents = read.join(decoded.select("source_uri", "text_hash", "decode_error"), on="source_uri", how="left")
    return ChunkResult(job.number, documents, articles, authors, knowledge, document_check_frame,
                       article_check_frame, seconds)


def split_job(job: ChunkJob) -> list[ChunkJob]:
    """A chunk in two halves (one document gives itself)."""
    half = (job.files.height + 1) // 2
    return [job] if job.files.height <= 1 else [replace(job, files=job.files.slice(0, half)),
                                                replace(job, files=job.files.slice(half))]


def merge_results(job: ChunkJob, parts: list[ChunkResult]) -> ChunkResult:
    """The result of a chunk run again in parts, as if it had run whole."""
    def concat(name: str) -> pl.DataFrame:
        return pl.concat([getattr(part, name) for part in parts], how="diagonal_relaxed")

    seconds: dict[str, float] = {}
    for part in parts:
        for stage, spent in part.seconds.items():
            seconds[stage] = seconds.get(stage, 0.0) + spent
    return ChunkResult(job.number, concat("documents"), concat("articles"), concat("authors"),
                       extract.Knowledge.concat([part.knowledge for part in parts]), concat("document_check_frame"),
                       concat("article_check_frame"), seconds, concat("lost"))


def lost_document(job: ChunkJob, cause: str) -> ChunkResult:
    """A document a worker died on by itself: read here (its bytes go to quarantine), parsed nowhere. (One refused
    unread keeps its own reason.)"""
    empty = process_chunk(replace(job, files=job.files.clear()))
    documents = manifest.plan_by_hash(sources.read_documents(job.files, job.options)).with_columns(
        text_hash=pl.lit(None, pl.String), decode_error=pl.col("problem"))
    lost = documents.filter(pl.col("problem").is_null()).select(
        "source_uri", "source_file", stage=pl.lit("parse"), reason=pl.lit(f"worker killed while parsing: {cause}"))
    return replace(empty, documents=pl.concat([empty.documents, documents], how="diagonal_relaxed"), lost=lost)


ISOLATION = parallel.Isolation(split_job, merge_results, lost_document)


def check_chunk(result: ChunkResult, gx_project: Path, run_id: str, sampled: set[tuple] | None = None
                ) -> tuple[quality.CheckOutcome, quality.CheckOutcome]:
    """The documents and articles suites on one processed chunk (in the flow's process: Great Expectations is
    loaded once, not in every worker). `sampled`: the failed checks earlier chunks already sampled."""
    run_name = f"{run_id}-{result.number:05d}"
    outcomes = []
    for frame, suite in ((result.document_check_frame, "documents"), (result.article_check_frame, "articles")):
        outcomes.append(quality.validate(frame, suite, gx_project, run_name, sampled=sampled) if frame.height
                        else quality.CheckOutcome.empty())
    return outcomes[0], outcomes[1]


@dataclass
class RunState:
    """What the chunks of one run share, in order."""

    known_texts: pl.DataFrame  # text_hash, article_key, source_uri: the warehouse's articles, then this run's
    since: date | None = None
    until: date | None = None
    # source_uri, source_file, stage, reason: a later document with the same text is quarantined too.
    rejected: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=REJECTED_SCHEMA))
    covered: pl.Series = field(default_factory=lambda: pl.Series("source_uri", [], dtype=pl.String))

    @property
    def backfill(self) -> bool:
        return self.since is not None or self.until is not None


REJECTED_SCHEMA = {"source_uri": pl.String, "source_file": pl.String, "stage": pl.String, "reason": pl.String}


@dataclass
class Settled:
    """A chunk's rows under the names of the staging tables the load reads."""

    tables: dict[str, pl.DataFrame]
    read: int  # documents read in this chunk (a backfill leaves out those outside its window)


def settle_chunk(result: ChunkResult, article_checks: quality.CheckOutcome, state: RunState) -> Settled:
    """Duplicates, quarantine and (for a backfill) the window, for one processed and checked chunk, in run
    order."""
    documents = result.documents
    decoded = manifest.assign_duplicates(documents.filter(pl.col("change") != "unchanged"), state.known_texts)
    originals = decoded.filter(pl.col("text_hash").is_not_null() & pl.col("duplicate_of").is_null())
    state.known_texts = pl.concat([state.known_texts, originals.select(state.known_texts.columns)])
    is_original = pl.col("source_uri").is_in(originals["source_uri"].implode())
    articles, authors = result.articles.filter(is_original), result.authors.filter(is_original)
    knowledge = result.knowledge.only(articles["source_uri"])

    unreadable = decoded.filter(pl.col("decode_error").is_not_null()).select(
        "source_uri", "source_file",
        stage=pl.when(pl.col("problem").is_not_null()).then(pl.lit("source")).otherwise(pl.lit("decode")),
        reason=pl.col("decode_error"),
    )
    if state.backfill:
        # A backfill's documents are those of the window; the others are left as they are, unrecorded.
        state.covered = pl.concat([state.covered, manifest.in_window(articles, state.since, state.until)])
        repeats = decoded.filter(pl.col("duplicate_of").is_in(state.covered.implode()))["source_uri"]
        keep = pl.col("source_uri").is_in(pl.concat([state.covered, repeats]).implode())
        documents, decoded, articles, authors = (f.filter(keep) for f in (documents, decoded, articles, authors))
        knowledge = knowledge.only(articles["source_uri"])
        unreadable = unreadable.clear()

    failed = articles.join(article_checks.failed_rows, left_on="article_key", right_on="key").select(
        "source_uri", "source_file", stage=pl.lit("check"), reason="reason"
    )
    rejected = pl.concat([unreadable, failed, result.lost])
    state.rejected = pl.concat([state.rejected, rejected])
    rejected = pl.concat([rejected, settlement.duplicates_of_quarantined(decoded, state.rejected)])
    quarantine = settlement.quarantine_rows(decoded, rejected.drop("source_file"))
    quarantined = pl.col("source_uri").is_in(quarantine["source_uri"].implode())
    loadable = articles.filter(~quarantined)
    return Settled(
        tables={
            "stg_document": settlement.document_outcomes(documents, decoded, quarantine["source_uri"]),
            "stg_article": loadable,
            "stg_author": authors.filter(~quarantined),
            "stg_quarantine": quarantine,
            **knowledge.only(loadable["source_uri"]).staging(),
        },
        read=documents.height,
    )


def unchanged_documents(planned: pl.DataFrame) -> pl.DataFrame:
    """The stg_document rows of documents not read again (their file's size and modification time are the
    manifest's, or a record's fingerprint is its recorded hash)."""
    return planned.filter(pl.col("change") == "unchanged").select(
        "source_uri", "source_file", "byte_size", "mtime_ns", "source_kind", "file_uri", "file_size", "article_key",
        content_hash="known_hash", duplicate_of=pl.lit(None, dtype=pl.String), outcome=pl.lit("unchanged"),
    )


def empty_tables() -> dict[str, pl.DataFrame]:
    """The staging tables with no rows, typed as the stages type them (a run may have nothing to stage). Running
    the stages on nothing still evaluates their few hundred polars expressions (about 2 s), so the result is kept
    in a cache folder, per version of the code (settings.empty_tables_cache)."""
    cache = empty_tables_cache()
    try:
        return {path.stem: pl.read_ipc(path) for path in sorted(cache.glob("*.arrow"))} or (
            _write_empty_tables(cache))
    except (OSError, pl.exceptions.PolarsError):
        return _stages_on_nothing()


def _stages_on_nothing() -> dict[str, pl.DataFrame]:
    job = ChunkJob(0, pl.DataFrame(schema={**sources.LISTING_SCHEMA, "known_hash": pl.String}))
    state = RunState(pl.DataFrame(schema={"text_hash": pl.String, "article_key": pl.Int64, "source_uri": pl.String}))
    return settle_chunk(process_chunk(job), quality.CheckOutcome.empty(), state).tables


def _write_empty_tables(cache: Path) -> dict[str, pl.DataFrame]:
    """Write the tables to a folder beside `cache`, then move it into place (a reader never sees half of it)."""
    tables = _stages_on_nothing()
    cache.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache.parent) as folder:
        for name, frame in tables.items():
            frame.write_ipc(Path(folder) / f"{name}.arrow")
        try:
            Path(folder).rename(cache)
        except OSError:
            pass  # another run wrote it first
    return tables


@dataclass
class Staged:
    """What `stage_all` staged, and what the run needs to know of it."""

    checks: quality.CheckOutcome
    outcomes: dict[str, int]  # loaded / quarantined / unchanged -> documents
    quarantined: list[dict]  # source_file, stage, reason (the first QUARANTINE_LISTED)
    documents_read: int  # for a backfill: those in its window
    seconds: dict[str, float]  # per stage; the workers' stages summed over the workers
    worker_losses: list[str] = field(default_factory=list)  # why each worker that died did


def balanced_chunk_size(documents: int, most: int, workers: int, least: int = ONE_CHUNK_DOCUMENTS) -> int:
    """Documents per chunk: at most `most`, and as many chunks as will keep every worker busy to the end (a
    multiple of `workers`, all of about one size). 35,000 documents on 2 workers in chunks of 5,000 would leave one
    worker idle while the other parses the seventh chunk alone; 8 chunks of 4,375 do not. Up to `least` documents
    are one chunk: a second worker would save less time than its start costs."""
    most, workers = max(1, most), max(1, workers)
    if documents <= least:
        return max(1, min(documents, most))
    rounds = -(-documents // (most * workers))
    return max(1, -(-documents // max(1, rounds * workers)))


def stage_all(planned: pl.DataFrame, known_texts: pl.DataFrame, settings: RunSettings, run_id: str,
              staging_path: Path, pool: parallel.Workers, progress: Callable[[str], None],
              warn: Callable[[str], None] | None = None) -> Staged:
    """Every file `planned` to read, in chunks of `settings.chunk_documents` processed on `pool`, then checked and
    settled in file order and appended to the staging file, with the unchanged files' manifest rows. `known_texts`:
    the texts the warehouse holds (text_hash, article_key, source_uri), against which duplicates are found. A worker
    that dies is replaced and its chunks are run again (`warn` says so)."""
    to_read = planned.filter(pl.col("change") == "to_read")
    workers = settings.workers or parallel.default_workers()
    size = balanced_chunk_size(to_read.height, settings.chunk_documents, workers)
    jobs = [ChunkJob(number, to_read.slice(start, size), sources.SourceOptions(settings.field_map))
            for number, start in enumerate(range(0, to_read.height, size), start=1)]
    # Nothing to read, nothing to check: Great Expectations is not even loaded. Otherwise it loads (seconds) in the
    # background while the workers process the first chunks.
    background = ThreadPoolExecutor(max_workers=1)
    checks_ready = background.submit(gx_project.prepare, settings.gx_project, settings.dq_site) if jobs else None
    background.shutdown(wait=False)
    state = RunState(known_texts, settings.since, settings.until)
    staging = Staging(staging_path)
    seconds: dict[str, float] = {}
    checks: list[quality.CheckOutcome] = []
    sampled: set[tuple] = set()
    read = 0
    losses: list[str] = []

    def lost_a_worker(cause: str) -> None:
        losses.append(cause)
        (warn or progress)(f"a worker process died ({cause}): its chunks are run again alone, halved down to "
                           "the document it died on")

    try:
        staging.append({"stg_document": unchanged_documents(planned)})
        in_flight = min(workers, len(jobs)) + EXTRA_CHUNKS_IN_FLIGHT
        started = time.perf_counter()
        for result in parallel.ordered_map(pool, process_chunk, jobs, in_flight, ISOLATION, lost_a_worker):
            clock = time.perf_counter()
            checks_ready.result()
            document_checks, article_checks = check_chunk(result, settings.gx_project, run_id, sampled)
            checked = time.perf_counter()
            settled = settle_chunk(result, article_checks, state)
            staging.append(settled.tables)
            read += settled.read
            checks += [document_checks, article_checks]
            own_seconds = {"check": checked - clock, "stage": time.perf_counter() - checked}
            for stage, spent in [*result.seconds.items(), *own_seconds.items()]:
                seconds[stage] = seconds.get(stage, 0.0) + spent
            done = min(result.number * size, to_read.height)
            progress(f"chunk {result.number}/{len(jobs)}: {settled.read} documents ({done} of {to_read.height} read,"
                     f" {time.perf_counter() - started:.0f} s)")
        if not jobs:  # the load reads every staging table, even with no rows
            staging.append(empty_tables())
        outcomes = staging.query("SELECT outcome, count(*) AS n FROM stg_document GROUP BY outcome")
        quarantined = staging.query("SELECT source_file, stage, reason FROM stg_quarantine ORDER BY source_file"
                                    " LIMIT ?", [QUARANTINE_LISTED])
    finally:
        staging.close()
    return Staged(quality.CheckOutcome.combine(checks).per_expectation(), dict(outcomes.iter_rows()),
                  quarantined.to_dicts(), read, seconds, losses)
