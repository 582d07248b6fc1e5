"""Dask stress: many Dask runs of the corpus in a row, each with small chunks, must all finish, and finish alike.

What it proves: the `--task-runner dask` path (a fresh Dask LocalCluster of two worker processes per flow run, the
chunks spread over it) neither hangs nor loses or duplicates anything when it is run over and over. Every run is a
full refresh of the corpus into a new warehouse through the real flow, in this process, all under one Prefect test
server (`prefect_test_harness`). Each run has a deadline enforced by a watchdog thread: a run that overruns it gets
every thread's stack dumped (faulthandler) together with this process's children, to `hang-run-NNN.txt` in the work
folder, and the script exits with status 2 at once (a C-level faulthandler timer is the backstop should the main
thread hold the GIL). Per run it records the wall time, the documents seen / loaded / quarantined and the row count
of every warehouse table (run records aside), and compares them with run 1; it also notes the child processes left
running and the files left in the warehouse's staging folder after each run (reported, not part of the verdict).

PASS only if all N runs finished within the deadline with counts identical to run 1's.

    .venv/bin/python -m tests.benchmarks.dask_stress [CORPUS] [--runs 50] [--chunk-size 100] [--deadline 120]
        [--workdir /tmp/newswh-dask-stress] [--json FILE] [--keep-warehouses]

CORPUS defaults to ../shared/corpus/baomoi-2017 beside the repository (the main checkout's layout); from another
worktree pass it, e.g. /work/shared/corpus/baomoi-2017. Results: a table on stdout and JSON next to the work folder
(`/tmp/newswh-dask-stress.json` by default). Exit status: 0 PASS, 1 FAIL, 2 a run overran its deadline.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from flows.settings import PROJECT_ROOT, staging_folder_of
from flows.tables import compose
from flows.warehouse import RUN_RECORDS

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "baomoi-2017"


def table_counts(warehouse: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [row[0] for row in con.sql(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1").fetchall()]
        return {t: con.sql(compose("SELECT count(*) FROM {table}", {"table": t})).fetchall()[0][0] for t in tables
                if t not in RUN_RECORDS}
    finally:
        con.close()


def process_tree() -> list[dict]:
    """This process's descendants, with what they are doing."""
    import psutil

    rows = []
    for child in psutil.Process().children(recursive=True):
        try:
            rows.append({"pid": child.pid, "ppid": child.ppid(), "status": child.status(),
                         "cmdline": " ".join(child.cmdline())[:200]})
        except psutil.Error:
            pass
    return rows


def live_children(exclude: set[int], settle_seconds: float = 5.0) -> list[dict]:
    """Descendants other than `exclude` (the test server) still running (not zombies) after up to `settle_seconds`.
    multiprocessing's resource tracker is not counted: one per process, started with the first worker pool and meant
    to live as long as this process."""
    deadline = time.monotonic() + settle_seconds
    while True:
        alive = [p for p in process_tree() if p["pid"] not in exclude and p["status"] != "zombie"
                 and "multiprocessing.resource_tracker" not in p["cmdline"]]
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.25)


class Watchdog:
    """Arms a deadline per run; when it passes, dumps every thread's stack and the process tree, saves what was
    measured so far, and ends the process (status 2)."""

    def __init__(self, workdir: Path, save_partial):
        self.workdir = workdir
        self.save_partial = save_partial
        self._lock = threading.Lock()
        self._deadline: float | None = None
        self._run = 0
        self._seconds = 0.0
        self._backstop = None
        threading.Thread(target=self._watch, name="watchdog", daemon=True).start()

    def arm(self, run: int, seconds: float) -> None:
        with self._lock:
            self._run, self._seconds, self._deadline = run, seconds, time.monotonic() + seconds
        # Should the main thread hold the GIL, the Python watchdog cannot run: faulthandler's C timer still can.
        self._backstop = open(self.workdir / f"hang-run-{run:03d}-backstop.txt", "w")
        faulthandler.dump_traceback_later(seconds + 60, exit=True, file=self._backstop)

    def disarm(self) -> None:
        faulthandler.cancel_dump_traceback_later()
        with self._lock:
            self._deadline = None
        if self._backstop is not None:
            self._backstop.close()
            Path(self._backstop.name).unlink(missing_ok=True)
            self._backstop = None

    def _watch(self) -> None:
        while True:
            time.sleep(0.5)
            with self._lock:
                expired = self._deadline is not None and time.monotonic() > self._deadline
                run, seconds = self._run, self._seconds
            if expired:
                self._fire(run, seconds)

    def _fire(self, run: int, seconds: float) -> None:
        dump = self.workdir / f"hang-run-{run:03d}.txt"
        with open(dump, "w") as out:
            out.write(f"run {run} did not finish within {seconds:.0f} s ({datetime.now(timezone.utc).isoformat()})\n\n"
                      "== threads of the flow's process ==\n")
            out.flush()
            faulthandler.dump_traceback(file=out, all_threads=True)
            out.write("\n== child processes ==\n")
            for row in process_tree():
                out.write(json.dumps(row) + "\n")
            if shutil.which("py-spy"):
                import subprocess

                for row in process_tree():
                    out.write(f"\n== py-spy dump {row['pid']} ==\n")
                    out.flush()
                    subprocess.run(["py-spy", "dump", "--pid", str(row["pid"])], stdout=out, stderr=subprocess.STDOUT,
                                   timeout=30, check=False)
        try:
            self.save_partial(f"run {run} overran its deadline of {seconds:.0f} s; stacks in {dump}")
        finally:
            print(f"\nHANG: run {run} did not finish within {seconds:.0f} s; every thread's stack: {dump}",
                  file=sys.stderr, flush=True)
            # Leaving at once skips the harness's teardown: its Prefect server (and the cluster) would outlive us.
            import psutil

            for child in psutil.Process().children(recursive=True):
                try:
                    child.kill()
                except psutil.Error:
                    pass
            if self._backstop is not None:
                self._backstop.close()
                Path(self._backstop.name).unlink(missing_ok=True)
            os._exit(2)


def table(report: dict) -> str:
    lines = [f"{'run':>4}{'seconds':>9}{'seen':>6}{'loaded':>8}{'quar.':>7}{'same as run 1':>15}"
             f"{'children left':>15}{'staging left':>14}"]
    for r in report["runs"]:
        lines.append(f"{r['run']:>4}{r['seconds']:>9.1f}{r['documents_seen']:>6}{r['documents_loaded']:>8}"
                     f"{r['documents_quarantined']:>7}{'yes' if r['same_as_run_1'] else 'NO':>15}"
                     f"{len(r['children_left']):>15}{len(r['staging_left']):>14}")
    s = report.get("seconds")
    if s:
        lines.append(f"seconds per run: min {s['min']:.1f}, median {s['median']:.1f}, max {s['max']:.1f} "
                     f"(deadline {report['deadline_s']:.0f} s)")
    lines.append(f"{report['verdict']}: {report['reason']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS, help="folder of .txt articles")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--chunk-size", type=int, default=100, help="documents per chunk (small: many chunks)")
    parser.add_argument("--deadline", type=float, default=120.0, help="seconds each run may take")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "newswh-dask-stress")
    parser.add_argument("--json", type=Path, default=None, help="default: <workdir>.json beside the work folder")
    parser.add_argument("--keep-warehouses", action="store_true", help="keep every run's warehouse (default: run 1's)")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        parser.error(f"no corpus folder at {corpus}")
    workdir = args.workdir.resolve()
    out_json = (args.json or workdir.with_name(workdir.name + ".json")).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    for old in [*workdir.glob("run-*"), *workdir.glob("hang-run-*")]:
        shutil.rmtree(old) if old.is_dir() else old.unlink()

    # Prefect's state in a temporary folder of our own, never the user's; no calls home. Before Prefect is imported.
    prefect_home = Path(tempfile.mkdtemp(prefix="newswh-dask-stress-prefect-"))
    os.environ["PREFECT_HOME"] = str(prefect_home)
    os.environ.pop("PREFECT_API_URL", None)
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    from flows.settings import configure_prefect_environment

    configure_prefect_environment()

    report: dict = {"script": "tests.benchmarks.dask_stress", "corpus": str(corpus), "runs_requested": args.runs,
                    "chunk_size": args.chunk_size, "deadline_s": args.deadline, "workdir": str(workdir),
                    "cores": os.cpu_count(), "started_at": datetime.now(timezone.utc).isoformat(), "runs": []}

    def save(verdict: str, reason: str) -> None:
        seconds = [r["seconds"] for r in report["runs"]]
        if seconds:
            report["seconds"] = {"min": round(min(seconds), 2), "median": round(statistics.median(seconds), 2),
                                 "max": round(max(seconds), 2), "mean": round(statistics.mean(seconds), 2)}
        report.update(verdict=verdict, reason=reason, finished_at=datetime.now(timezone.utc).isoformat())
        out_json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")

    watchdog = Watchdog(workdir, lambda reason: save("HANG", reason))
    from prefect.testing.utilities import prefect_test_harness

    from flows.pipeline import with_task_runner

    print(f"{args.runs} Dask runs of {corpus}, chunks of {args.chunk_size}, deadline {args.deadline:.0f} s each",
          flush=True)
    reference: dict | None = None
    try:
        with prefect_test_harness(server_startup_timeout=60):
            server_pids = {p["pid"] for p in process_tree()}
            for run in range(1, args.runs + 1):
                warehouse = workdir / f"run-{run:03d}" / "news.duckdb"
                watchdog.arm(run, args.deadline)
                started = time.perf_counter()
                summary = with_task_runner("dask")(source=str(corpus), warehouse_path=str(warehouse),
                                                   full_refresh=True, task_runner="dask",
                                                   chunk_documents=args.chunk_size)
                seconds = time.perf_counter() - started
                watchdog.disarm()
                counts = table_counts(warehouse)
                outcome = {"documents_seen": summary.documents_seen, "documents_loaded": summary.documents_loaded,
                           "documents_quarantined": summary.documents_quarantined,
                           "documents_unchanged": summary.documents_unchanged, "tables": counts}
                if reference is None:
                    reference = outcome
                staging = staging_folder_of(warehouse)
                record = {"run": run, "seconds": round(seconds, 2),
                          **{k: v for k, v in outcome.items() if k != "tables"},
                          "same_as_run_1": outcome == reference,
                          "differences": {k: [reference[k], outcome[k]] for k in outcome if outcome[k] != reference[k]},
                          "stage_seconds": {k: round(v, 2) for k, v in summary.stage_seconds.items()},
                          "children_left": live_children(server_pids),
                          "staging_left": sorted(p.name for p in staging.iterdir()) if staging.is_dir() else []}
                report["runs"].append(record)
                print(f"run {run}/{args.runs}: {seconds:.1f} s, {summary.documents_seen} seen = "
                      f"{summary.documents_loaded} loaded + {summary.documents_quarantined} quarantined; same as run 1:"
                      f" {record['same_as_run_1']}; children left {len(record['children_left'])}; staging left "
                      f"{len(record['staging_left'])}", flush=True)
                if run > 1 and not args.keep_warehouses:
                    shutil.rmtree(warehouse.parent, ignore_errors=True)
    except BaseException as error:  # a failed run: say which, keep what was measured
        watchdog.disarm()
        save("FAIL", f"run {len(report['runs']) + 1} raised {type(error).__name__}: {error}")
        print(table(report), flush=True)
        print(f"results: {out_json}")
        raise
    finally:
        shutil.rmtree(prefect_home, ignore_errors=True)

    different = [r["run"] for r in report["runs"] if not r["same_as_run_1"]]
    if different:
        save("FAIL", f"runs {different} loaded other counts than run 1")
    else:
        save("PASS", f"all {args.runs} runs finished within {args.deadline:.0f} s with the counts of run 1")
    leftovers = [r["run"] for r in report["runs"] if r["children_left"] or r["staging_left"]]
    if leftovers:
        report["note"] = f"runs {leftovers} left child processes or staging files (see the JSON)"
        out_json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(report))
    if leftovers:
        print(report["note"])
    print(f"results: {out_json}")
    return 0 if report["verdict"] == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
