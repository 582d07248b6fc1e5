"""The GX project's definitions are written once and kept while what they derive from is unchanged: a changed suite,
a damaged file or another site is rebuilt; an unchanged suite keeps its Data Docs page."""

import json
import shutil
from pathlib import Path

import polars as pl
import pytest

from flows import gx_project, quality
from flows.settings import EXPECTATIONS_DIR

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def suites(tmp_path, monkeypatch) -> Path:
    """A copy of expectations/ that a test may edit, read by the GX project instead of the real one."""
    folder = tmp_path / "expectations"
    folder.mkdir()
    for suite in gx_project.SUITE_KEYS:
        shutil.copyfile(EXPECTATIONS_DIR / f"{suite}.json", folder / f"{suite}.json")
    monkeypatch.setattr(gx_project, "EXPECTATIONS_DIR", folder)
    return folder


def definitions(project: Path) -> dict[str, int]:
    """Every definition file of the project by its modification time."""
    gx_dir = project / "gx"
    files = [gx_dir / gx_project.PROJECT_CONFIG, *(p for store in gx_project.DERIVED_STORES
                                                  for p in (gx_dir / store).glob("*.json"))]
    return {str(p.relative_to(gx_dir)): p.stat().st_mtime_ns for p in files}


def documents_frame(sizes: list[int]) -> pl.DataFrame:
    """A documents check frame of readable documents of these byte sizes."""
    return pl.DataFrame({"document_key": list(range(1, len(sizes) + 1)),
                         "source_file": [f"{n}.txt" for n in range(len(sizes))], "byte_size": sizes,
                         "readable": True, "not_empty": True, "not_binary": True, "decodes": True})


def test_an_unchanged_project_is_not_written_again(tmp_path, suites):
    project, site = tmp_path / "news.gx", tmp_path / "news.dq"
    gx_project.prepare(project, site)
    written = definitions(project)
    assert len(written) == 1 + 4 + 4 + 12 and gx_project.is_prepared(project, site)
    gx_project.prepare(project, site)
    assert definitions(project) == written


def test_a_changed_suite_is_written_and_checked_by_the_next_run(tmp_path, suites):
    project, site = tmp_path / "news.gx", tmp_path / "news.dq"
    gx_project.prepare(project, site)
    outcome = quality.validate(documents_frame([1000, 2000]), "documents", project, "before")
    assert outcome.failed == 0
    suite = json.loads((suites / "documents.json").read_text(encoding="utf-8"))
    [size_check] = [e for e in suite["expectations"] if e["kwargs"].get("column") == "byte_size"]
    size_check["kwargs"]["max_value"] = 1500
    (suites / "documents.json").write_text(json.dumps(suite), encoding="utf-8")
    assert not gx_project.is_prepared(project, site)
    gx_project.prepare(project, site)
    assert gx_project.is_prepared(project, site)
    outcome = quality.validate(documents_frame([1000, 2000]), "documents", project, "after")
    failed = outcome.results.filter(~pl.col("success"))
    assert failed.select("column_name", "unexpected_count").rows() == [("byte_size", 1)]


def test_a_definition_left_empty_or_missing_is_rebuilt(tmp_path, suites):
    project, site = tmp_path / "news.gx", tmp_path / "news.dq"
    gx_project.prepare(project, site)
    emptied = project / "gx" / "checkpoints" / "articles-rows.json"
    removed = project / "gx" / "validation_definitions" / "drift.json"
    emptied.write_bytes(b"")
    removed.unlink()
    assert not gx_project.is_prepared(project, site)
    gx_project._contexts.clear()  # as a new process would
    gx_project.prepare(project, site)
    assert emptied.stat().st_size > 0 and removed.exists() and gx_project.is_prepared(project, site)


def test_a_project_moved_with_its_site_stays_prepared_and_writes_to_its_own_site(tmp_path, suites):
    first = tmp_path / "a"
    gx_project.prepare(first / "news.gx", first / "news.dq")
    moved = tmp_path / "b"
    shutil.copytree(first, moved)
    assert gx_project.is_prepared(moved / "news.gx", moved / "news.dq")
    # Another site for the same project is another definition.
    assert not gx_project.is_prepared(moved / "news.gx", tmp_path / "elsewhere.dq")
    outcome = quality.validate(documents_frame([1000]), "documents", moved / "news.gx", "moved")
    gx_project.build_data_docs(moved / "news.gx", moved / "news.dq", outcome.validations)
    assert (moved / "news.dq" / "index.html").exists() and not (first / "news.dq").exists()


def test_a_suite_page_is_rendered_again_only_when_its_suite_was_written(tmp_path, suites):
    project, site = tmp_path / "news.gx", tmp_path / "news.dq"
    gx_project.prepare(project, site)
    first = quality.validate(documents_frame([1000]), "documents", project, "first")
    gx_project.build_data_docs(project, site, first.validations)
    page = site / "expectations" / "documents.html"
    rendered = page.stat().st_mtime_ns
    second = quality.validate(documents_frame([1000]), "documents", project, "second")
    gx_project.build_data_docs(project, site, second.validations)
    assert page.stat().st_mtime_ns == rendered
    assert len(list((site / "validations" / "documents").rglob("*.html"))) == 2
    suite = json.loads((suites / "documents.json").read_text(encoding="utf-8"))
    suite["meta"]["about"] = "Changed."
    (suites / "documents.json").write_text(json.dumps(suite), encoding="utf-8")
    gx_project.prepare(project, site)
    third = quality.validate(documents_frame([1000]), "documents", project, "third")
    gx_project.build_data_docs(project, site, third.validations)
    assert page.stat().st_mtime_ns > rendered
