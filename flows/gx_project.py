"""The Great Expectations file project of a warehouse: its definitions (the suites of expectations/, a validation
definition and three checkpoints per suite, the Data Docs site), and the Data Docs build.

The definitions derive from expectations/ and this module alone, so they are written only when those changed: a
fingerprint of what they derive from and of the files as written is kept beside the project (`FINGERPRINT`),
written last; a run that finds both unchanged writes nothing (writing them costs GX about a second of CPU, twice a
run). Anything missing, damaged or different is rebuilt as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from importlib.metadata import version
from pathlib import Path

from flows.lazy_modules import defer_unused_modules
from flows.settings import EXPECTATIONS_DIR

DATA_DOCS_SITE = "dq"
# Each suite, and the column that names a failing row.
SUITE_KEYS = {"documents": "document_key", "articles": "article_key", "warehouse": "table_name", "drift": "outlet"}
# What identifies a failing row to a reviewer (not the 18-digit key).
SAMPLE_COLUMNS = {"documents": ["source_file"], "articles": ["source_file", "title"], "warehouse": ["check_name"]}
# The checkpoint of a suite that names all its failing rows (for the quarantine), and the one that names a few (for
# the report's samples of warnings).
ROWS = "-rows"
SAMPLE = "-sample"
SAMPLES_PER_EXPECTATION = 20
# The project's definitions: derived from expectations/, so they can be rebuilt at any time (the validation
# results, its history, live in `uncommitted/` and are kept).
DERIVED_STORES = ("expectations", "validation_definitions", "checkpoints")
PROJECT_CONFIG = "great_expectations.yml"
# Beside gx/, not in it: GX never reads or lists it.
FINGERPRINT = "definitions.json"
_contexts: dict[Path, object] = {}


def load_suite(name: str, folder: Path | None = None) -> dict:
    """A suite's JSON definition (from expectations/ unless another folder is given)."""
    path = (folder or EXPECTATIONS_DIR) / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"expectation suite {path} is missing") from None


def gx_context(project_dir: Path):
    """The project's GX file context, opened once per process."""
    project_dir = Path(project_dir).resolve()
    if project_dir not in _contexts:
        defer_unused_modules()  # before GX is imported (flows/lazy_modules.py)
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        logging.getLogger("great_expectations").setLevel(logging.WARNING)
        context = gx.get_context(mode="file", project_root_dir=str(project_dir))
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        _contexts[project_dir] = context
    return _contexts[project_dir]


def site_config(project_dir: Path, site_dir: Path) -> dict:
    """The Data Docs site, its folder given relative to the project's gx/ folder (GX reads a relative one from
    there): a warehouse copied or moved with its report and project keeps definitions that still hold. Its pages
    are GX's, drawn by views that keep their compiled templates between builds (flows/gx_views.py)."""
    base = os.path.relpath(Path(site_dir).resolve(), (Path(project_dir) / "gx").resolve())

    def view(class_name: str) -> dict:
        return {"view": {"module_name": "flows.gx_views", "class_name": class_name}}

    return {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": base},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder", **view("CompiledIndexPageView")},
        "site_section_builders": {section: view("CompiledPageView") for section in ("expectations", "validations")},
    }


def checkpoint_shapes(suite_name: str) -> dict[str, dict]:
    """A suite's checkpoints by name, each with its result format. Counts (BASIC) first; the failing rows' keys
    (COMPLETE: slow when a warning fails on most rows) only when an error-level check failed; a few rows of each
    failed check (SUMMARY) for the report's samples."""
    index_columns = [SUITE_KEYS[suite_name], *SAMPLE_COLUMNS.get(suite_name, [])]
    return {
        suite_name: {"result_format": "BASIC"},
        f"{suite_name}{ROWS}": {"result_format": "COMPLETE", "unexpected_index_column_names": index_columns},
        f"{suite_name}{SAMPLE}": {"result_format": "SUMMARY", "unexpected_index_column_names": index_columns,
                                  "partial_unexpected_count": SAMPLES_PER_EXPECTATION},
    }


def _sha256(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def _inputs(project_dir: Path, site_dir: Path) -> str:
    """What the definitions derive from: the suites, the site, the checkpoints' shapes and GX's version."""
    plan = {"gx": version("great_expectations"), "site": site_config(project_dir, site_dir),
            "suites": {name: [load_suite(name), checkpoint_shapes(name)] for name in SUITE_KEYS}}
    return _sha256(json.dumps(plan, sort_keys=True, ensure_ascii=False).encode())


def _written(project_dir: Path) -> str:
    """The definitions as the project holds them now: every file of the derived stores and the project config, by
    path and content (an empty file a killed run left, a missing or edited one, all change it)."""
    gx_dir = Path(project_dir) / "gx"
    files = [gx_dir / PROJECT_CONFIG, *(p for store in DERIVED_STORES for p in sorted((gx_dir / store).rglob("*")))]
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(f"{path.relative_to(gx_dir).as_posix()}\0{path.stat().st_size}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _recorded(project_dir: Path) -> dict | None:
    try:
        return json.loads((Path(project_dir) / FINGERPRINT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _record(project_dir: Path, fingerprint: dict) -> None:
    """Written to a file beside it, then moved into place: a run killed while writing leaves the old fingerprint
    (which no longer matches) or none, never half of one."""
    target = Path(project_dir) / FINGERPRINT
    partial = target.with_name(f"{FINGERPRINT}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(fingerprint), encoding="utf-8")
    os.replace(partial, target)


def is_prepared(project_dir: Path, site_dir: Path) -> bool:
    """Whether the project holds the definitions `prepare` would write, as it wrote them."""
    recorded = _recorded(project_dir)
    return recorded == {"inputs": _inputs(project_dir, site_dir), "written": _written(project_dir)}


def prepare(project_dir: Path, site_dir: Path) -> None:
    """Open the project (loading GX: seconds, hence done while the workers parse the first chunks) and write the
    suites (from expectations/), their checkpoints and the Data Docs site into it, unless it holds them already.

    Runs in the flow's process, before any chunk is checked. GX does not write its files atomically: a run killed
    while it wrote them leaves an empty JSON file that fails every later run; the definitions are then removed and
    written anew (once).
    """
    gx_context(project_dir)
    if is_prepared(project_dir, site_dir):
        return
    try:
        _prepare(project_dir, site_dir)
    except Exception as error:  # GX raises anything from AttributeError to ValueError on a damaged store
        logging.getLogger(__name__).warning("the Great Expectations project in %s was damaged (%s: %s); its "
                                            "definitions are rebuilt from expectations/", project_dir,
                                            type(error).__name__, error)
        for store in DERIVED_STORES:
            shutil.rmtree(Path(project_dir) / "gx" / store, ignore_errors=True)
        _contexts.pop(Path(project_dir).resolve(), None)
        _prepare(project_dir, site_dir)
    _record(project_dir, {"inputs": _inputs(project_dir, site_dir), "written": _written(project_dir)})


def _prepare(project_dir: Path, site_dir: Path) -> None:
    context = gx_context(project_dir)
    import great_expectations as gx
    from great_expectations.exceptions import DataContextError

    sites = context.get_site_names()
    for name in sites:
        if name != DATA_DOCS_SITE:
            context.delete_data_docs_site(name)
    if DATA_DOCS_SITE in sites:
        context.update_data_docs_site(DATA_DOCS_SITE, site_config(project_dir, site_dir))
    else:
        context.add_data_docs_site(DATA_DOCS_SITE, site_config(project_dir, site_dir))
    source = context.data_sources.add_or_update_pandas("frames")
    for suite_name in SUITE_KEYS:
        asset = next((a for a in source.assets if a.name == suite_name), None) or source.add_dataframe_asset(
            suite_name)
        batch = next((b for b in asset.batch_definitions if b.name == "run"), None) or (
            asset.add_batch_definition_whole_dataframe("run")
        )
        suite = context.suites.add_or_update(gx.ExpectationSuite(**load_suite(suite_name)))
        validation = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=suite_name, data=batch, suite=suite)
        )
        # No Data Docs action: a run checks many chunks; `build_data_docs` renders this run's results once.
        for name, result_format in checkpoint_shapes(suite_name).items():
            checkpoint = gx.Checkpoint(name=name, validation_definitions=[validation], result_format=result_format)
            try:
                # A new checkpoint: its validation definition is stored just above (`add_or_update` would store
                # it and its suite again, a third of a new project's cost).
                context.checkpoints.add(checkpoint)
            except DataContextError:
                context.checkpoints.add_or_update(checkpoint)


def build_data_docs(project_dir: Path, site_dir: Path, validations: list[tuple]) -> None:
    """Render the pages of these validation results, their suites' pages where the suite was written since its page
    was (unchanged definitions are no longer rewritten, so an unchanged suite keeps its page), and the site index."""
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    identifiers = [ValidationResultIdentifier.from_tuple(v) for v in validations]
    suites = sorted({i.expectation_suite_identifier.name for i in identifiers})
    gx_context(project_dir).build_data_docs(
        site_names=[DATA_DOCS_SITE],
        resource_identifiers=identifiers + [ExpectationSuiteIdentifier(name=s) for s in suites
                                            if _suite_page_is_stale(project_dir, site_dir, s)],
    )


def _suite_page_is_stale(project_dir: Path, site_dir: Path, suite: str) -> bool:
    page = Path(site_dir) / "expectations" / f"{suite}.html"
    stored = Path(project_dir) / "gx" / "expectations" / f"{suite}.json"
    try:
        return page.stat().st_mtime_ns < stored.stat().st_mtime_ns
    except OSError:
        return True
