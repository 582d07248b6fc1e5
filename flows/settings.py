"""Paths, limits and environment decided in one place.

Every stage reads its knobs from here, so what changes between a laptop and a server (where the warehouse
lives, how big a document may be) is chosen once.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from enum import Enum
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
DEFAULT_SOURCE = Path("seeds")
DEFAULT_WAREHOUSE = Path("warehouse") / "news.duckdb"
# When `newswh serve` runs the flow (flows/prefect.yaml's schedule says the same; a test holds them equal).
DEFAULT_CRON = "*/15 * * * *"

TIMEZONE = "Asia/Ho_Chi_Minh"
# The Prefect flow's name, which etl_run records for every run (one recorded without Prefect too).
FLOW_NAME = "news-etl"


def now() -> datetime:
    """The time now, in the warehouse's time zone."""
    return datetime.now(ZoneInfo(TIMEZONE))


# The time zone the report's pages (the index of runs, a run's review, the trends) and `newswh dq` show times in:
# the environment variable NEWSWH_DISPLAY_TIMEZONE (an IANA name, e.g. UTC or Europe/Paris), else the warehouse's.
# The warehouse keeps instants: this changes how they read, not what they are (articles' dates are still read in
# TIMEZONE, the outlets' own).
def _display_timezone() -> str:
    """NEWSWH_DISPLAY_TIMEZONE if it names a time zone; else (one line on stderr if it was set) TIMEZONE."""
    from zoneinfo import ZoneInfoNotFoundError

    name = os.environ.get("NEWSWH_DISPLAY_TIMEZONE") or TIMEZONE
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError):
        sys.stderr.write(f"NEWSWH_DISPLAY_TIMEZONE={name!r} is not an IANA time zone name: times are shown in "
                         f"{TIMEZONE}\n")
        return TIMEZONE


DISPLAY_TIMEZONE = _display_timezone()


def display_time(moment: datetime, seconds: bool = False) -> str:
    """An instant as the pages and commands show it: in DISPLAY_TIMEZONE, with its offset from UTC
    (`2026-12-03 18:00+07:00`)."""
    local = moment.astimezone(ZoneInfo(DISPLAY_TIMEZONE))
    return local.isoformat(sep=" ", timespec="seconds" if seconds else "minutes")

# A news article is a few kB (the development corpus: 2.8 kB median, 18.5 kB at most; the 35k corpus: 3.5 kB on
# average); anything above this is not an article and is quarantined unread. The margin is wide (250 times the
# largest article seen) because parsing costs time and memory in proportion to a document's length: a document just
# under the limit takes seconds and a few hundred MB, not the machine.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# A paragraph longer than this (a page whose line breaks were lost) is read by the extractors in segments cut at
# sentence ends, so that no rule's cost grows with the square of a paragraph. The longest paragraph of the
# development corpus is 13,407 characters; real ones stay whole.
MAX_SEGMENT_CHARS = 20_000
# No name, title or figure the extractors read runs longer than this (a match is never looked for further).
MAX_MATCH_CHARS = 2_000
# How long `newswh sql` waits for a running load to release the write lock.
READ_LOCK_WAIT_SECONDS = 5.0
# Reading the source folder is retried this many times, this many seconds apart.
SOURCE_RETRIES = 3
SOURCE_RETRY_DELAY_SECONDS = 2
# How long a run waits for another run on the same warehouse to finish.
RUN_LOCK_WAIT_SECONDS = 900.0
# Documents go through the stages this many at a time (flows/chunks.py): memory follows the chunk, not the corpus.
CHUNK_DOCUMENTS = 5000
# A run of up to this many documents is one chunk, on one worker: each chunk pays a fixed cost (a worker's start,
# and polars compiles the parse's ~470 regexes again for every chunk: about 2-3 CPU-s on this machine kind), more
# than a second worker saves on so few documents (~1.2 ms each).
ONE_CHUNK_DOCUMENTS = 2000
# DuckDB's memory limits while staging chunks and during the load transaction; beyond them, it spills to disk.
STAGING_MEMORY_LIMIT = "256MB"
LOAD_MEMORY_MIN_MB = 1024
LOAD_MEMORY_KB_PER_DOCUMENT = 5
LOAD_MEMORY_MAX_MB = 6144
# Fault injection, for tests only: NEWSWH_FAULT_PAUSE="stage:seconds" pauses a run in that stage (`listing` after
# the folder is listed, `parse` in each chunk's worker, `load` inside the load transaction before it commits), so
# that a test can interrupt or kill it there.
FAULT_PAUSE = os.environ.get("NEWSWH_FAULT_PAUSE", "")


def fault_pause(stage: str) -> None:
    """Sleep here if NEWSWH_FAULT_PAUSE names this stage (tests only; a no-op otherwise).

    Says so on stderr first (a worker's stderr is its run's), so that a test acts once the run is inside the pause,
    not after a delay guessed for a machine of some speed."""
    name, _, seconds = FAULT_PAUSE.partition(":")
    if name == stage and seconds:
        sys.stderr.write(f"fault pause: {stage} for {seconds} s\n")
        sys.stderr.flush()
        time.sleep(float(seconds))


class TaskRunner(str, Enum):
    """Where a run's tasks and chunks run: Prefect's default runner and a local pool of worker processes, or a Dask
    cluster (flows/parallel.py). Its value is what the flow's parameter, the CLI option and etl_run say."""

    default = "default"
    dask = "dask"


@dataclass(frozen=True)
class RunSettings:
    """What one run of the pipeline works on."""

    source: Path = DEFAULT_SOURCE
    warehouse: Path = DEFAULT_WAREHOUSE
    full_refresh: bool = False
    max_document_bytes: int = MAX_DOCUMENT_BYTES
    # A backfill: only the articles published in [since, until] (either end open), re-processed even if unchanged.
    since: date | None = None
    until: date | None = None
    task_runner: TaskRunner = TaskRunner.default
    chunk_documents: int = CHUNK_DOCUMENTS
    workers: int | None = None  # worker processes for the chunks; None: one per core
    worker_memory_mb: int | None = None  # each worker's address-space limit; None: its share of the machine
    # An export's field names for the article's fields, (field, name) pairs (`--map text=body`: flows/sources).
    field_map: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "task_runner", TaskRunner(self.task_runner))  # given as its value, too

    @property
    def backfill(self) -> bool:
        return self.since is not None or self.until is not None

    @property
    def dq_site(self) -> Path:
        return dq_site_of(self.warehouse)

    @property
    def gx_project(self) -> Path:
        return gx_project_of(self.warehouse)

    @property
    def staging_folder(self) -> Path:
        return staging_folder_of(self.warehouse)


def empty_tables_cache() -> Path:
    """Where the typed empty staging tables of this version of the code are kept (flows/chunks.py): the user's
    cache folder, named by a hash of the package's source and polars' version, so that a changed stage is never
    read from an old cache."""
    import hashlib

    import polars

    digest = hashlib.sha256(polars.__version__.encode())
    for path in sorted((PROJECT_ROOT / "flows").rglob("*.py")):
        digest.update(path.read_bytes())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newswh"
    return root / f"empty-staging-tables-{digest.hexdigest()[:16]}"


def dq_site_of(warehouse: Path) -> Path:
    """The data-quality site of a warehouse sits beside it, named after it (`news.duckdb` -> `news.dq/`), so that
    two warehouses in one folder never share a report."""
    warehouse = Path(warehouse)
    return warehouse.parent / f"{warehouse.stem}.dq"


def gx_project_of(warehouse: Path) -> Path:
    """Great Expectations' project (its validation history, which the site's index lists) belongs to one warehouse
    too: `news.duckdb` -> `news.gx/`."""
    warehouse = Path(warehouse)
    return warehouse.parent / f"{warehouse.stem}.gx"


def staging_folder_of(warehouse: Path) -> Path:
    """The runs of one warehouse stage in a folder of its own, named after the whole file name as its run lock is
    (`news.duckdb` -> `news.duckdb.staging/`, beside `news.duckdb.lock`): whoever holds that lock is then the only
    run that can be staging there, and two warehouses in one folder (even `a.duckdb` and `a.db`) never share one."""
    warehouse = Path(warehouse)
    return warehouse.parent / f"{warehouse.name}.staging"


def fetched_store_of(warehouse: Path) -> Path:
    """What `newswh fetch` fetched for a warehouse is stored beside it, named after it (`news.duckdb` ->
    `news.fetched/`), so that a rerun or a full refresh reads it again without the network."""
    warehouse = Path(warehouse)
    return warehouse.parent / f"{warehouse.stem}.fetched"


# Fetching feeds and sitemaps (flows/fetch/). The robots.txt token is the product name of the User-Agent, which says
# who fetches and where to complain (NEWSWH_FETCH_CONTACT: a URL or an e-mail address of whoever runs it).
FETCH_ROBOTS_TOKEN = "newswh"
FETCH_CONTACT = os.environ.get("NEWSWH_FETCH_CONTACT", "")
FETCH_USER_AGENT = (f"{FETCH_ROBOTS_TOKEN}/0.1 (Vietnamese news warehouse ETL"
                    f"{'; +' + FETCH_CONTACT if FETCH_CONTACT else ''})")


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how persistently one fetch works: each field's default is the product's (tests shorten the
    waits; `newswh fetch` takes some as options)."""

    user_agent: str = FETCH_USER_AGENT
    robots_token: str = FETCH_ROBOTS_TOKEN
    # One request to a host at a time and at least this many seconds apart (a robots.txt Crawl-delay may ask for
    # more); a Crawl-delay above the maximum is taken as it: a site asking for minutes between requests gets its new
    # articles a few per run, the rest on the next runs, rather than a run that never ends.
    delay_seconds: float = 1.0
    max_crawl_delay_seconds: float = 30.0
    timeout_seconds: float = 20.0  # each request (connect, each read); a whole response four times it
    # A 5xx, a 429, a timeout or a dropped connection is tried again this many times, after 1, 2, 4, ... times the
    # backoff (or the Retry-After the server asks for, up to the maximum).
    retries: int = 3
    backoff_seconds: float = 1.0
    max_backoff_seconds: float = 60.0
    max_redirects: int = 5
    max_pages: int = 2000  # article pages in one run at the most, newest first: a large sitemap drains over runs
    parallel_hosts: int = 4  # hosts fetched at the same time (each host itself one request at a time)
    robots_max_age_seconds: float = 24 * 3600  # a robots.txt is fetched again after this (RFC 9309: at most 24 h)
    max_page_bytes: int = MAX_DOCUMENT_BYTES
    max_index_bytes: int = 50 * 1024 * 1024  # a larger feed or sitemap is not read (the sitemap limit: 50 MB)
    max_attempts: int = 5  # a page that failed for a reason that may pass (a 5xx, a timeout): tried on later runs
    retry_failed: bool = False  # pages that failed for good (a 404, a redirect loop) are tried again
    # How long a fetch waits for another fetch into the same store (a scheduled run's, a user's) to finish.
    store_wait_seconds: float = RUN_LOCK_WAIT_SECONDS


def configure_prefect_environment() -> None:
    """Keep Prefect's state inside the working tree and quiet its network calls (the machine is offline).

    Must run before `prefect` is imported; explicit settings in the environment win.
    """
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false" if os.environ.get("CI") else "true")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


# Field drift (sql/checks/drift.sql, expectations/drift.json: warnings). An outlet's share of articles with a field
# (authors, dates, ...) is compared with its average over its last DRIFT_HISTORY_RUNS runs that loaded at least
# DRIFT_MIN_ARTICLES of its articles (fewer make the share noise); a fall of DRIFT_MAX_DROP (share points, 0-1) or
# more is a warning: a layout change usually takes a whole field away at once.
DRIFT_HISTORY_RUNS = 5
DRIFT_MIN_ARTICLES = 10
DRIFT_MAX_DROP = 0.3
# An outlet with articles in each of the last QUIET_AFTER_RUNS runs that loaded articles, and none in this one, went
# quiet (its site or its feed may have broken). Backfills and quarantine retries load a selection: they never judge.
QUIET_AFTER_RUNS = 3
