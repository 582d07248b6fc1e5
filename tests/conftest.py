"""Shared fixtures: a Prefect test server for the whole session, helpers to parse text and run the flow."""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

# The tests' Prefect state (flow runs, logs, the temporary servers' database) lives in a folder of their own, never
# in the user's: the user's UI must not list test runs. Set before anything imports Prefect; the processes the tests
# start (`newswh run`, `newswh serve`) inherit it. It is a folder of the session's shared folder (tests/prefect_home.py),
# which the first process makes and removes at the end; the xdist workers it starts inherit it.
from tests.prefect_home import SESSION_VARIABLE as _SESSION_VARIABLE  # noqa: E402 (imports nothing of Prefect)
from tests.session_server import OWNER_VARIABLE  # noqa: E402

OWNS_SESSION_FOLDER = _SESSION_VARIABLE not in os.environ
if OWNS_SESSION_FOLDER:
    os.environ[_SESSION_VARIABLE] = tempfile.mkdtemp(prefix="newswh-tests-")
    os.environ[OWNER_VARIABLE] = str(os.getpid())
TEST_PREFECT_HOME = tempfile.mkdtemp(prefix="prefect-home-", dir=os.environ[_SESSION_VARIABLE])
os.environ["PREFECT_HOME"] = TEST_PREFECT_HOME
os.environ.pop("PREFECT_API_URL", None)
# One polars thread in each test process, as in a run's chunk workers (flows/parallel.py): the session already runs
# more processes than there are cores, and polars keeps its compiled regexes per thread, so a second thread compiled
# the parse's patterns a second time on every call (a fifth of a small parse's CPU).
os.environ["POLARS_MAX_THREADS"] = "1"

import polars as pl  # noqa: E402
import pytest  # noqa: E402

from flows.settings import configure_prefect_environment  # noqa: E402
from tests import batching  # noqa: E402
from tests.batching import batched  # noqa: E402
from tests.paths import CORPUS, SEEDS  # noqa: E402 (the tests import them from here too)

if TYPE_CHECKING:
    from flows.extract import Knowledge

configure_prefect_environment()



# The test files that take longest on the clock (they wait on servers, schedules and runs), longest first: they
# start first, one per worker, so that their waits overlap the other files' work and the session does not end with
# one of them running alone. `make test` gives the files to its workers in this order (pytest-xdist's loadfile with
# --no-loadscope-reorder); the other files follow, those with more tests first (xdist's own order).
LONGEST_FIRST = ("test_serve.py", "test_interruptions.py", "test_cli.py", "test_pipeline.py", "test_operations.py",
                 "test_review_pages.py", "test_bounded.py", "extract/test_documents.py", "extract/test_knowledge.py",
                 "fetch/test_fetch.py", "test_linear_cost.py", "test_chunks.py", "test_scale_out.py")


def pytest_collection_modifyitems(config, items):
    tests_folder = Path(__file__).parent
    per_file: dict[Path, int] = {}
    for item in items:
        per_file[item.path] = per_file.get(item.path, 0) + 1

    def rank(item) -> tuple[int, int]:
        name = item.path.relative_to(tests_folder).as_posix() if item.path.is_relative_to(tests_folder) else ""
        listed = LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)
        return listed, -per_file[item.path]

    items.sort(key=rank)  # stable: a file's tests keep their order


def pytest_sessionfinish(session, exitstatus):
    if OWNS_SESSION_FOLDER:
        from tests import session_server

        session_server.stop()
    shutil.rmtree(os.environ[_SESSION_VARIABLE] if OWNS_SESSION_FOLDER else TEST_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_server():
    """The session's Prefect server (tests/session_server.py), for every test that runs the flow: its API URL is the
    Prefect setting of this process while the session lasts, and is given to the `newswh` processes a test starts
    (`newswh_env`) unless the test is about the temporary server a run starts."""
    import prefect.context
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from tests import session_server
    from tests.prefect_home import new_prefect_home

    new_prefect_home(Path(TEST_PREFECT_HOME))  # for the processes that start a server of their own in it
    url = session_server.api_url()
    # No flow-run heartbeats, as on a run's temporary server (flows/invoke.py): no test asks the server to tell a
    # crashed run from a live one, and the heartbeat thread, sleeping in steps of a second, held the end of every
    # flow run of the tests' own process (half a second on average).
    with temporary_settings(updates={PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        # Also the settings of threads a test starts (a thread begins with the process's settings, not this one's).
        with prefect.context._temporary_global_settings_context(prefect.context.get_settings_context()):
            yield url
            APILogWorker.drain_all(timeout=10)  # what this process still has to send, before the server goes
            EventsWorker.drain_all(timeout=10)


@pytest.fixture(scope="session", autouse=True)
def warm_workers():
    """The flow runs of the tests' own process share their worker processes: a run's pool of fresh workers is kept,
    after a run that ended well, for the next run that asks for as many workers with the default memory limit.

    Spawning a worker and importing the parsing code in it cost more than parsing a test's few documents: about a
    third of a small run's CPU, and most of its time on a busy machine. The workers run the same code either way
    (spawned, with their limits and watchdog); a run that ends in an error kills its pool as a run does, and the next
    run starts a fresh one. A pool asked for with a memory limit of its own (tests/test_bounded.py) or on Dask is
    the run's alone, as before; `newswh` processes a test starts have pools of their own.
    """
    from flows import parallel
    from flows.settings import TaskRunner

    unshared = parallel.executor
    kept: dict[int, tuple] = {}  # workers -> (the pool's context manager, its Workers)

    @contextmanager
    def shared(kind: TaskRunner | str, workers: int, dask_scheduler: str | None = None, memory_mb: int | None = None):
        if TaskRunner(kind) is TaskRunner.dask or memory_mb is not None:
            with unshared(kind, workers, dask_scheduler, memory_mb) as pool:
                yield pool
            return
        if workers not in kept:
            context = unshared(kind, workers)
            kept[workers] = (context, context.__enter__())
        context, pool = kept[workers]
        try:
            yield pool
        except BaseException as error:
            del kept[workers]
            context.__exit__(type(error), error, error.__traceback__)  # kills the pool's workers, as a run does
            raise

    patch = pytest.MonkeyPatch()
    patch.setattr(parallel, "executor", shared)
    yield
    patch.undo()
    for context, _ in kept.values():
        context.__exit__(None, None, None)


@pytest.fixture(scope="session")
def newswh_env(prefect_server) -> dict[str, str]:
    """The environment of a `newswh` process that runs the flow on the session's Prefect server: without it, each
    process starts a temporary server of its own (3-7 s). Not in os.environ: the tests' own process must not point
    at a server (tests/test_operations.py holds that)."""
    return {**os.environ, "PREFECT_API_URL": prefect_server}


@pytest.fixture
def run_flow(prefect_server):
    """Run the real news-etl flow: run_flow(source, warehouse, full_refresh=False) -> RunSummary."""
    from flows.pipeline import news_etl

    def run(source: Path, warehouse: Path, full_refresh: bool = False, **kwargs):
        return news_etl(source=str(source), warehouse_path=str(warehouse), full_refresh=full_refresh, **kwargs)

    return run


def one_document(text: str, name: str = "article.txt") -> pl.DataFrame:
    """A decoded-documents frame holding one article given as text."""
    return _documents([(f"file:///test/{name}", name, 1, text)])


def _documents(rows: list[tuple[str, str, int, str]]) -> pl.DataFrame:
    """A decoded-documents frame of (source_uri, source_file, article_key, text) rows."""
    return pl.DataFrame(
        {
            "source_uri": [uri for uri, _, _, _ in rows],
            "source_file": [name for _, name, _, _ in rows],
            "article_key": [key for _, _, key, _ in rows],
            "content_hash": ["x"] * len(rows),
            "text_hash": ["x"] * len(rows),
            "fetched_at": [datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))] * len(rows),
            "encoding": ["utf-8"] * len(rows),
            "text": [text for _, _, _, text in rows],
        },
        schema_overrides={"article_key": pl.Int64},
    )


@dataclass(frozen=True)
class Parsed:
    """One article normalised (its row of the articles frame, its authors) and, when asked, its knowledge."""

    articles: pl.DataFrame
    authors: pl.DataFrame
    knowledge: Knowledge | None


def _parse_articles(calls: list[dict]) -> list[Parsed]:
    """`parse_article` over many articles in one normalise and one extract call.

    Each article gets a source_uri of its own in the batch; its rows are then looked up by it and given back the
    source_uri and article_key it has when parsed alone (normalise and extract work article by article).
    """
    from flows.extract import Knowledge, extract
    from flows.normalise import normalise

    uris: dict[tuple[str, str], str] = {}
    for call in calls:
        uris.setdefault((call["text"], call["name"]), f"file:///test/batch/{len(uris)}/{call['name']}")
    documents = _documents([(uri, name, key, text) for key, ((text, name), uri) in enumerate(uris.items(), 1)])
    articles, authors, _ = normalise(documents)
    wanted = pl.Series([uris[(c["text"], c["name"])] for c in calls if c["knowledge"]], dtype=pl.String).unique()
    knowledge = None
    if wanted.len():
        keep = pl.col("source_uri").is_in(wanted.implode())
        knowledge = extract(articles.filter(keep), authors.filter(keep))

    def alone(frame: pl.DataFrame, name: str) -> pl.DataFrame:
        restored = {"source_uri": f"file:///test/{name}", "article_key": 1}
        return frame.with_columns(pl.lit(value, dtype=frame.schema[column]).alias(column)
                                  for column, value in restored.items() if column in frame.columns)

    results = []
    for call in calls:
        uri, name = uris[(call["text"], call["name"])], call["name"]
        mine = pl.col("source_uri") == uri
        found = None
        if call["knowledge"]:
            found = Knowledge(**{field: alone(getattr(knowledge, field).filter(mine), name)
                                 for field in Knowledge.__dataclass_fields__})
        results.append(Parsed(alone(articles.filter(mine), name), alone(authors.filter(mine), name), found))
    return results


@batched(_parse_articles)
def parse_article(text: str, name: str = "article.txt", knowledge: bool = False) -> Parsed:
    """Normalise one article given as text, and extract its knowledge when asked.

    In a test that uses the fixture `batched_calls`, the articles of all its tests are parsed together first
    (tests/batching.py); a call is then answered from that batch, and otherwise parses its article alone, as here.
    """
    from flows.extract import extract
    from flows.normalise import normalise

    articles, authors, _ = normalise(one_document(text, name))
    return Parsed(articles, authors, extract(articles, authors) if knowledge else None)


@pytest.fixture(scope="module")
def batched_calls(request):
    """Make the batched helpers' calls of the module's tests that use this fixture in batches, before they run.

    A module opts in with `pytestmark = pytest.mark.usefixtures("batched_calls")`, a test with the same mark.
    See tests/batching.py.
    """
    items = [item for item in request.session.items
             if getattr(item, "module", None) is request.module and "batched_calls" in item.fixturenames]
    batching.prepare(items)
    yield
    batching.clear()


def parse_text(text: str, name: str = "article.txt"):
    """Normalise one article given as text: returns (article dict, list of author dicts)."""
    parsed = parse_article(text, name)
    return parsed.articles.to_dicts()[0], parsed.authors.select("name", "roles").to_dicts()


def extract_article(text: str) -> Knowledge:
    """Run normalise + extract on one article given as text. Returns Knowledge."""
    return parse_article(text, knowledge=True).knowledge


def write_articles(folder: Path, files: dict[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return folder


requires_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


@dataclass(frozen=True)
class Built:
    """A warehouse the real flow loaded once in the session (its first run, on a new file), and that run's summary.

    Shared by every test that reads it: a test that writes to a warehouse works on a copy (`copy_warehouse`).
    """

    path: Path
    summary: object  # flows.report.RunSummary
    source: Path  # the folder it was loaded from


def _build(name: str, source: Path) -> Built:
    """The flow's first run over `source`, once per test session: the first process that asks runs it, in the
    session's shared folder, and the others (xdist workers) wait for it and read the same warehouse."""
    import pickle

    from flows.pipeline import news_etl
    from tests.prefect_home import session_folder, session_lock

    folder = session_folder() / "builds" / name
    summary = folder / "summary.pickle"
    with session_lock(f"build-{name}"):
        if not summary.exists():
            folder.mkdir(parents=True, exist_ok=True)
            summary.write_bytes(pickle.dumps(news_etl(source=str(source), warehouse_path=str(folder / "news.duckdb"))))
    return Built(folder / "news.duckdb", pickle.loads(summary.read_bytes()), source)


def _fingerprint(warehouse: Path) -> dict[str, bytes]:
    """Every file of the warehouse, its report and its GX project, by content: what a test must leave as it was."""
    import hashlib

    from flows.settings import dq_site_of, gx_project_of

    files = [warehouse, *(p for folder in (dq_site_of(warehouse), gx_project_of(warehouse))
                         for p in sorted(folder.rglob("*")) if p.is_file())]
    return {str(p): hashlib.sha256(p.read_bytes()).digest() for p in files}


@contextmanager
def _unchanged(built: Built):
    """Fails the session's teardown if a test wrote to a shared warehouse (it should have copied it)."""
    before = _fingerprint(built.path)
    yield built
    assert _fingerprint(built.path) == before, f"a test changed the shared warehouse {built.path}: copy it first"


@pytest.fixture(scope="session")
def seeds_build(prefect_server) -> Built:
    """The seeds loaded once per session by the real flow (a first run on a new warehouse)."""
    with _unchanged(_build("seeds", SEEDS)) as built:
        yield built


@pytest.fixture(scope="session")
def seeds_warehouse(seeds_build) -> Path:
    """The seeds' warehouse of the session, for tests that only read it."""
    return seeds_build.path


@pytest.fixture(scope="session")
def corpus_build(prefect_server) -> Built:
    """The development corpus loaded once per session by the real flow: every test that needs a plain corpus run
    reads this one (a corpus run takes about a minute)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    built = _build("corpus", CORPUS)
    assert built.summary.documents_loaded > 1000
    with _unchanged(built):
        yield built


# The part of the corpus (its first files by name) that the tests comparing two whole runs of real articles read:
# in chunks against in one, on Dask against plain. Enough articles for several chunks of names, documents and
# duplicates that meet across chunks; each run of the whole corpus would cost a minute of CPU.
CORPUS_PART_FILES = 600


def _corpus_part() -> Path:
    """The corpus part, copied once per session into the session's shared folder."""
    from tests.prefect_home import session_folder, session_lock

    folder = session_folder() / "corpus-part"
    with session_lock("corpus-part"):
        if not folder.exists():
            staged = folder.with_name("corpus-part.partial")
            shutil.rmtree(staged, ignore_errors=True)
            staged.mkdir()
            for path in sorted(CORPUS.rglob("*.txt"))[:CORPUS_PART_FILES]:
                shutil.copy2(path, staged / path.name)
            staged.rename(folder)
    return folder


@pytest.fixture(scope="session")
def corpus_part_build(prefect_server) -> Built:
    """The corpus part (`CORPUS_PART_FILES`) loaded once per session by the real flow, in one chunk."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    with _unchanged(_build("corpus-part", _corpus_part())) as built:
        yield built


@pytest.fixture(scope="session")
def corpus_warehouse(corpus_build) -> Path:
    """The corpus' warehouse of the session, for tests that only read it."""
    return corpus_build.path


def copy_warehouse(built: Built | Path, warehouse: Path) -> Path:
    """A copy of a warehouse at `warehouse`, with its report and GX project renamed after it (as a run on that
    file would have left them): a test that goes on from a first run writes to the copy, never to the shared one."""
    from flows.settings import dq_site_of, gx_project_of

    source = built.path if isinstance(built, Built) else Path(built)
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, warehouse)
    wal = source.with_name(source.name + ".wal")  # none once the flow has closed it; copied if a run left one
    if wal.exists():
        shutil.copyfile(wal, warehouse.with_name(warehouse.name + ".wal"))
    for folder_of in (dq_site_of, gx_project_of):
        if folder_of(source).exists():
            shutil.copytree(folder_of(source), folder_of(warehouse))
    return warehouse


def table_counts(warehouse: Path) -> dict[str, int]:
    """Every table's row count, read through one connection (opening one costs about 20 ms of CPU)."""
    from flows.reading import one_reader
    from flows.tables import compose
    from flows.warehouse import query

    with one_reader(warehouse):
        tables = query(warehouse, "SELECT table_name FROM duckdb_tables() ORDER BY 1")["table_name"].to_list()
        return {t: query(warehouse, compose("SELECT count(*) AS n FROM {table}", {"table": t}))["n"][0]
                for t in tables}


# A short article's parts for the layout tests (synthetic text), and how they are joined into one.
BODY = (
    "Năm 2021, các cơ quan trong Khối tiếp tục có nhiều đổi mới về nội dung và hình thức thi đua. "
    "Cấp ủy đảng, lãnh đạo các cơ quan đã quan tâm lãnh đạo, chỉ đạo thực hiện công tác thi đua, khen thưởng."
)
LEAD = "Sáng 5-3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng."


def article(*lines: str) -> str:
    return "\n\n".join(lines)


# A second sentence keeps a short test paragraph in the body (a one-sentence paragraph reads as a caption).
SECOND_SENTENCE = " Đây là câu thứ hai của đoạn văn."


def extract_text(lead: str, *paragraphs: str, authors: list[str] | None = None):
    """Run normalise + extract on one article: a title, the lead, body paragraphs, bylines. Returns Knowledge."""
    body = tuple(p + SECOND_SENTENCE for p in paragraphs)
    return extract_article("\n\n".join(("Tiêu đề bài viết", lead) + body + tuple(authors or ())))


def to_windows_1258(text: str) -> bytes:
    """Encode text as Windows-1258 does: precomposed base letters (ă, ê, ơ ...) followed by combining tones."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m not in tones))
            out.append(base.encode("cp1258") + "".join(m for m in parts[1:] if m in tones).encode("cp1258"))
    return b"".join(out)


# "Hội nghị Ban Chấp hành Đảng bộ tỉnh" in the two legacy 8-bit Vietnamese font encodings, written by hand (not
# with the tables under test). In VNI "ấ" is the base "a" and the one byte for circumflex + sắc (0xE1).
TCVN3_SAMPLE = b"H\xe9i ngh\xde Ban Ch\xcap h\xb5nh \xa7\xb6ng b\xe9 t\xd8nh"
VNI_SAMPLE = b"Ho\xe4i ngh\xf2 Ban Cha\xe1p ha\xf8nh \xd1a\xfbng bo\xe4 t\xe6nh"
