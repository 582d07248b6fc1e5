"""The listing cost of the source kinds (issue 21): what a run spends before it reads a document.

Builds once, in --workdir: a JSON Lines export of --records records in news-please's field names (about 1.5 kB of
text each), a WARC.gz of --warc-records HTML responses, and a folder of --txt-files small .txt articles. Then
measures, in this process, with the functions the flow calls (flows/sources, flows/manifest):

- the first listing of each (every record located and fingerprinted; the .txt files stat'ed), with the plan;
- a rerun with nothing changed (the manifest's stat match: the export and the archive are not opened);
- a rerun after 10 records were appended to the export (the export listed again, 10 records to read);
- for the .txt folder, the listing and plan of the code before this change (`git show REV:flows/sources.py`,
  `plan_by_stats`), and the reading of a chunk of 5,000 files, old and new.

    .venv/bin/python -m tests.benchmarks.sources [--records 100000] [--warc-records 10000] [--txt-files 35000]
        [--workdir /tmp/newswh-sources-bench] [--before 9831e5a]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from flows import manifest, sources
from flows.settings import MAX_DOCUMENT_BYTES, PROJECT_ROOT
from tests.source_files import LAYOUTS, Page, as_manifest, news_please_record, warc_bytes

PARAGRAPH = ("Năm 2021, các cấp ủy đã lãnh đạo thực hiện thắng lợi các nhiệm vụ chính trị của tỉnh; kinh tế tăng "
             "trưởng khá, an sinh xã hội được bảo đảm, quốc phòng an ninh được giữ vững. ")


def _page(n: int) -> Page:
    return Page(f"https://baotinh.example.vn/tin-{n}.html", f"Hội nghị chi bộ số {n} tổng kết năm",
                [f"Chiều 20/1, Chi bộ số {n} tổ chức hội nghị tổng kết công tác năm 2021."] + [PARAGRAPH * 2] * 4,
                "2022-01-20T19:35:00+07:00")


def build(workdir: Path, records: int, warc_records: int, txt_files: int) -> dict[str, Path]:
    folders = {name: workdir / name for name in ("jsonl", "warc", "txt")}
    if not (folders["jsonl"] / "export.jsonl").exists():
        folders["jsonl"].mkdir(parents=True, exist_ok=True)
        with (folders["jsonl"] / "export.jsonl").open("w", encoding="utf-8") as file:
            for n in range(records):
                file.write(json.dumps(news_please_record(_page(n)), ensure_ascii=False) + "\n")
    if not (folders["warc"] / "crawl.warc.gz").exists():
        folders["warc"].mkdir(parents=True, exist_ok=True)
        (folders["warc"] / "crawl.warc.gz").write_bytes(
            warc_bytes([(_page(n).url, LAYOUTS[n % 3](_page(n))) for n in range(warc_records)]))
    if not folders["txt"].exists():
        folders["txt"].mkdir(parents=True)
        for n in range(txt_files):
            page = _page(n)
            (folders["txt"] / f"{n:06d}.txt").write_text("\n\n".join([page.title, "20/01/2022 19:35",
                                                                       *page.paragraphs]), encoding="utf-8")
    return folders


def _timed(action):
    clock = time.perf_counter()
    result = action()
    return result, time.perf_counter() - clock


def measure_records(folder: Path, export: Path | None) -> dict[str, float]:
    empty = pl.DataFrame(schema=manifest.MANIFEST_SCHEMA)

    def first():
        files, _ = sources.list_folder(folder, MAX_DOCUMENT_BYTES)
        return manifest.plan(files, empty, False, MAX_DOCUMENT_BYTES)[0]

    planned, first_seconds = _timed(first)
    known = as_manifest(planned)

    def again():
        files, _ = sources.list_folder(folder, MAX_DOCUMENT_BYTES)
        return manifest.plan(files, known, False, MAX_DOCUMENT_BYTES)[0]

    unchanged, unchanged_seconds = _timed(again)
    assert (unchanged["change"] == "unchanged").all()
    result = {"documents": planned.height, "first listing s": first_seconds, "rerun, nothing changed s":
              unchanged_seconds}
    if export is not None:
        original = export.read_bytes()
        try:
            with export.open("a", encoding="utf-8") as file:
                for n in range(planned.height, planned.height + 10):
                    file.write(json.dumps(news_please_record(_page(n)), ensure_ascii=False) + "\n")
            grown, grown_seconds = _timed(again)
            assert grown.filter(pl.col("change") == "to_read").height == 10
            result["rerun, 10 records appended s"] = grown_seconds
        finally:
            export.write_bytes(original)
    return result


def _before(rev: str):
    """flows/sources.py as it was at `rev`, as a module."""
    code = subprocess.run(["git", "show", f"{rev}:flows/sources.py"], capture_output=True, text=True, check=True,
                          cwd=PROJECT_ROOT).stdout
    path = Path("/tmp") / f"newswh_sources_{rev}.py"
    path.write_text(code, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"newswh_sources_{rev}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure_txt(folder: Path, rev: str) -> dict[str, float]:
    old = _before(rev)
    empty = pl.DataFrame(schema=manifest.MANIFEST_SCHEMA)
    results = {}
    for label, run in (("before", lambda: old.list_folder(folder, MAX_DOCUMENT_BYTES)[0]),
                       ("now", lambda: manifest.plan(sources.list_folder(folder, MAX_DOCUMENT_BYTES)[0], empty,
                                                     False, MAX_DOCUMENT_BYTES)[0])):
        timings = [_timed(run)[1] for _ in range(3)]
        results[f"listing + plan, {label} s (best of 3)"] = min(timings)
    planned = manifest.plan(sources.list_folder(folder, MAX_DOCUMENT_BYTES)[0], empty, False, MAX_DOCUMENT_BYTES)[0]
    known = as_manifest(planned)
    old_known = known.select("source_uri", "content_hash", "status", "byte_size", "mtime_ns")
    old_listing = old.list_folder(folder, MAX_DOCUMENT_BYTES)[0]
    for label, run in (("before", lambda: manifest_before(old.list_folder(folder, MAX_DOCUMENT_BYTES)[0],
                                                          old_known)),
                       ("now", lambda: manifest.plan(sources.list_folder(folder, MAX_DOCUMENT_BYTES)[0], known,
                                                     False, MAX_DOCUMENT_BYTES)[0])):
        results[f"rerun plan, nothing changed, {label} s (best of 3)"] = min(_timed(run)[1] for _ in range(3))
    chunk = planned.head(5000)
    old_chunk = old_listing.head(5000)
    results["read 5,000 files, before s (best of 3)"] = min(_timed(lambda: old.read_documents(old_chunk))[1]
                                                           for _ in range(3))
    results["read 5,000 files, now s (best of 3)"] = min(_timed(lambda: sources.read_documents(chunk))[1]
                                                        for _ in range(3))
    results["documents"] = planned.height
    return results


def manifest_before(listing: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """The plan as the code before this change made it (size and mtime of each listed file)."""
    known = known.select("source_uri", known_hash="content_hash", known_size="byte_size", known_mtime="mtime_ns")
    same = (pl.col("problem").is_null() & (pl.col("byte_size") == pl.col("known_size"))
            & (pl.col("mtime_ns") == pl.col("known_mtime"))).fill_null(False)
    return listing.join(known, on="source_uri", how="left").with_columns(
        change=pl.when(same).then(pl.lit("unchanged")).otherwise(pl.lit("to_read")))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--warc-records", type=int, default=10_000)
    parser.add_argument("--txt-files", type=int, default=35_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/newswh-sources-bench"))
    parser.add_argument("--before", default="9831e5a", help="the commit whose flows/sources.py is 'before'")
    args = parser.parse_args(argv)
    folders, seconds = _timed(lambda: build(args.workdir, args.records, args.warc_records, args.txt_files))
    print(f"files ready in {seconds:.1f} s: {args.workdir}", file=sys.stderr)
    report = {
        f"jsonl ({args.records:,} records)": measure_records(folders["jsonl"], folders["jsonl"] / "export.jsonl"),
        f"warc.gz ({args.warc_records:,} responses)": measure_records(folders["warc"], None),
        f"txt ({args.txt_files:,} files)": measure_txt(folders["txt"], args.before),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
