"""Crash consistency: `newswh run --full-refresh` killed with SIGKILL at a random moment, then a normal run, round
after round on one warehouse; the warehouse must come out whole every time and the killed run leave nothing behind.

What it proves: the docs' "nothing half-written" and "a run dies with its children". First one clean full refresh
of the corpus into a reference warehouse (its table counts and warehouse measures are the reference), then a second
full refresh of it, whose wall time bounds the kill moments (the first run into a new folder is slower, by the
Great Expectations project it creates and cold caches; the rounds' runs find an existing warehouse, as the second
does; --window overrides). Then each round, on one working warehouse:

1. `newswh run --full-refresh` starts as a subprocess in a session of its own (its own temporary Prefect server, its
   worker processes); at a random moment in [0, reference wall time) (seeded: --seed) its descendants are recorded
   with psutil and the newswh process alone is killed with SIGKILL (not its process group: its children must end by
   themselves);
2. a normal `newswh run` (not a full refresh) runs to completion;

and after each pair:
   (a) the follow-up run exited 0;
   (b) the warehouse passes the warehouse suite: the measures of sql/checks/warehouse.sql, taken now through a
       read-only connection (the run record they are about is the last run that loaded documents; the staged
       articles of that run, gone by now, are stood in for by the articles it loaded), pass every expectation of
       expectations/warehouse.json (its expectation types evaluated here), and equal the reference warehouse's;
   (c) every table holds as many rows as in the reference warehouse (the run records etl_run, dq_result and
       schema_migration aside; quarantine, history too, counted by distinct document);
   (d) no process of the killed run is alive 5 s after the kill (zombies aside): those recorded before the kill and
       any other of its session;
   (e) nothing is left in the warehouse's staging folder (`<warehouse>.staging/`) after the follow-up run;
   (f) a full refresh that ends by itself before its kill moment exited 0.
It also looks at the warehouse between the kill and the follow-up (read-only): it must hold either what it held
before or the killed run's whole refresh (round 1: no warehouse, or an empty schema), never part of one ("atomic").
After the last round, one more full refresh of the working warehouse runs to completion and must pass (a), (b), (c)
and (e): the follow-up runs find every document unchanged, so they never check anything (nor load Great
Expectations), and damage a kill did to what only such a run uses would otherwise go unseen. A run's traceback
file ($PREFECT_HOME/last-error.txt, for an unexpected error) is moved beside its log.

PASS only if every round and the final full refresh are clean. Every subprocess has a timeout (--timeout); a run
that overruns it is sent SIGABRT first (PYTHONFAULTHANDLER is set, so it prints every thread's stack into its log),
then killed.

    .venv/bin/python -m tests.benchmarks.crash_consistency [CORPUS] [--rounds 20] [--seed 1]
        [--workdir /tmp/newswh-crash] [--json FILE] [--timeout 600] [--chunk-size N] [--window S]

CORPUS defaults to ../shared/corpus/baomoi-2017 beside the repository (the main checkout's layout); from another
worktree pass it, e.g. /work/shared/corpus/baomoi-2017. Each round's logs are in <workdir>/round-NN/. Results: a
table on stdout and JSON next to the work folder (`/tmp/newswh-crash.json` by default). Exit status: 0 PASS, 1 FAIL.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from flows.settings import EXPECTATIONS_DIR, PROJECT_ROOT, staging_folder_of
from flows.tables import compose
from flows.warehouse import RUN_RECORDS, WAREHOUSE_CHECKS, _measure

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "baomoi-2017"
# History kept across runs (010_full_refresh.sql): counted by distinct document, not by row.
HISTORY_BY_DOCUMENT = {"quarantine": "SELECT count(DISTINCT source_uri) FROM {table}"}
SETTLE_SECONDS = 5.0


# ---------------------------------------------------------------------------------------------- the subprocesses


def newswh_command() -> list[str]:
    script = Path(sys.executable).with_name("newswh")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def run_env(prefect_home: Path) -> dict[str, str]:
    env = {**os.environ, "PREFECT_HOME": str(prefect_home), "DO_NOT_TRACK": "1",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "GX_ANALYTICS_ENABLED": "false",
           "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1"}
    env.pop("PREFECT_API_URL", None)  # every run starts its own temporary server, as `newswh run` does for a user
    env.pop("NEWSWH_FAULT_PAUSE", None)
    return env


def run_to_completion(command: list[str], env: dict, log_path: Path, timeout: float) -> tuple[int | str, float]:
    """Run a command in its own session with its output to `log_path`; returns (exit code or "timeout", seconds).
    On a timeout it gets SIGABRT (faulthandler prints its threads' stacks into the log), then its group SIGKILL."""
    with open(log_path, "wb") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=PROJECT_ROOT,
                                   start_new_session=True)
        try:
            code: int | str = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            code = "timeout"
            os.kill(process.pid, signal.SIGABRT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=30)
        return code, time.monotonic() - started


def keep_traceback(env: dict, destination: Path) -> str | None:
    """`newswh run` writes the traceback of an unexpected error to $PREFECT_HOME/last-error.txt: move it beside the
    run's log (the temporary PREFECT_HOME is removed at the end). Returns where, if there was one."""
    written = Path(env["PREFECT_HOME"]) / "last-error.txt"
    if not written.exists():
        return None
    shutil.move(written, destination)
    return str(destination)


def describe(process) -> dict | None:
    import psutil

    try:
        with process.oneshot():
            return {"pid": process.pid, "create_time": process.create_time(), "ppid": process.ppid(),
                    "cmdline": " ".join(process.cmdline())[:200]}
    except psutil.Error:
        return None


def session_members(session_id: int) -> list[dict]:
    """Every process in that session (the killed run's, started with start_new_session: its id is the run's pid)."""
    import psutil

    members = []
    for process in psutil.process_iter():
        try:
            if process.pid != session_id and os.getsid(process.pid) == session_id:
                found = describe(process)
                if found:
                    members.append(found)
        except (OSError, psutil.Error):
            pass
    return members


def still_alive(recorded: list[dict]) -> list[dict]:
    """Those of `recorded` that still run (same pid and start time, not a zombie)."""
    import psutil

    alive = []
    for entry in recorded:
        try:
            process = psutil.Process(entry["pid"])
            if abs(process.create_time() - entry["create_time"]) < 0.01 and process.status() != psutil.STATUS_ZOMBIE:
                alive.append({**entry, "status": process.status()})
        except psutil.Error:
            pass
    return alive


# ------------------------------------------------------------------------------------------- the warehouse checks


def table_counts(warehouse: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [row[0] for row in con.sql(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1").fetchall()]
        counts = {t: compose(HISTORY_BY_DOCUMENT.get(t, "SELECT count(*) FROM {table}"), {"table": t})
                  for t in tables if t not in RUN_RECORDS}
        return {t: con.sql(sql).fetchall()[0][0] for t, sql in counts.items()}
    finally:
        con.close()


def warehouse_measures(warehouse: Path) -> dict:
    """The measures of the warehouse suite (sql/checks/warehouse.sql and references.each.sql), by "table_name
    check_name: column", on the warehouse as it is, through a read-only connection. In the
    load they are about the run being loaded: here about the last run that loaded documents, and its staged articles
    (gone with its staging file) are the articles it loaded."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")
        con.execute(
            "CREATE TEMP TABLE load_context AS SELECT run_id FROM etl_run WHERE status = 'success'"
            " AND documents_loaded > 0 ORDER BY started_at DESC LIMIT 1")
        con.execute("CREATE TEMP VIEW stg_article AS SELECT * FROM fact_article"
                    " WHERE loaded_run = (SELECT run_id FROM load_context)")
        rows = _measure(con, WAREHOUSE_CHECKS["warehouse"], None).to_dicts()
        return {f"{row['table_name']} {row['check_name']}: {column}": value for row in rows
                for column, value in row.items() if column not in ("table_name", "check_name") and value is not None}
    finally:
        con.close()


def evaluate(suite: dict, measures: dict) -> list[str]:
    """The expectations of a table-level suite that fail on any of its rows of measures (a row without the checked
    columns is not checked, as in GX), as readable lines."""
    rows: dict[str, dict] = {}
    for name, value in measures.items():
        row, column = name.rsplit(": ", 1)
        rows.setdefault(row, {})[column] = value
    return [f"{row}: {failure}" for row, values in rows.items() for failure in _evaluate_row(suite, values)]


def _evaluate_row(suite: dict, measures: dict) -> list[str]:
    failures = []
    for expectation in suite["expectations"]:
        kind, kwargs = expectation["type"], expectation["kwargs"]
        if not {kwargs.get(k) for k in ("column", "column_A", "column_B")} & set(measures):
            continue
        if kind == "expect_column_values_to_be_between":
            value = measures[kwargs["column"]]
            low, high = kwargs.get("min_value"), kwargs.get("max_value")
            strict_low, strict_high = kwargs.get("strict_min", False), kwargs.get("strict_max", False)
            ok = value is not None and not (
                (low is not None and (value <= low if strict_low else value < low))
                or (high is not None and (value >= high if strict_high else value > high)))
            if not ok:
                failures.append(f"{kwargs['column']} = {value}, expected between {low} and {high}")
        elif kind == "expect_column_pair_values_to_be_equal":
            a, b = measures.get(kwargs["column_A"]), measures.get(kwargs["column_B"])
            if a is None or b is None or a != b:
                failures.append(f"{kwargs['column_A']} = {a} != {kwargs['column_B']} = {b}")
        else:
            raise SystemExit(f"expectations/warehouse.json uses {kind}, which this script cannot evaluate yet")
    return failures


def check_warehouse(warehouse: Path, suite: dict, reference_measures: dict) -> list[str]:
    try:
        measures = warehouse_measures(warehouse)
    except Exception as error:  # noqa: BLE001 - any failure to measure is a failed check
        return [f"cannot measure: {type(error).__name__}: {str(error).splitlines()[0]}"]
    failures = evaluate(suite, measures)
    failures += [f"{k} = {measures.get(k)}, reference {v}" for k, v in reference_measures.items()
                 if measures.get(k) != v]
    return failures


def warehouse_state(warehouse: Path, reference_counts: dict) -> str:
    """What the warehouse holds: absent, empty (schema only), full (the reference counts), or PARTIAL / unreadable."""
    if not warehouse.exists():
        return "absent"
    try:
        counts = table_counts(warehouse)
    except Exception as error:  # noqa: BLE001
        return f"unreadable: {str(error).splitlines()[0][:120]}"
    if counts == reference_counts:
        return "full"
    if not any(counts.values()):
        return "empty"
    return "PARTIAL: " + ", ".join(f"{t} {counts.get(t)}/{n}" for t, n in reference_counts.items()
                                   if counts.get(t) != n)


def run_status(warehouse: Path, run_id: str | None) -> str | None:
    """The status etl_run records for that run (None: no record, or no warehouse to hold one)."""
    import duckdb

    if not run_id or not warehouse.exists():
        return None
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            rows = con.execute("SELECT status FROM etl_run WHERE run_id = ?", [run_id]).fetchall()
        finally:
            con.close()
    except duckdb.Error:
        return None
    return rows[0][0] if rows else None


def staging_entries(warehouse: Path) -> list[str]:
    folder = staging_folder_of(warehouse)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


# --------------------------------------------------------------------------------------------------- the log


STAGES = [  # (pattern in a log line, the stage it shows the run reached), later ones further
    (r"Beginning flow run", "flow started"),
    (r"documents: \d+ to read", "listed"),
    (r"chunk \d+/\d+", "parse"),
    (r"process_documents.*Finished", "parsed"),
    (r"loading \d+ articles", "load"),
    (r"load_batch.*Finished", "committed"),
    (r"publish_data_docs.*Finished", "report"),
    (r"Flow run .* Finished in state", "flow finished"),
    (r"^documents: \d+ seen", "summary"),
]


def stage_reached(log: str) -> tuple[str, str]:
    """The furthest stage the log shows and its last line (the message part of a Prefect log line)."""
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    if not lines:
        return "start-up (no output)", ""
    stage = "start-up"
    for line in lines:
        for pattern, name in STAGES:
            if re.search(pattern, line):
                stage = name
    last = lines[-1]
    last = last.split(" - ", 1)[1] if " | " in last and " - " in last else last
    return stage, last[:120]


# ------------------------------------------------------------------------------------------------- the rounds


def one_round(number: int, args, env: dict, command: list[str], warehouse: Path, reference: dict, suite: dict,
              rng: random.Random) -> dict:
    folder = args.workdir / f"round-{number:02d}"
    folder.mkdir(parents=True, exist_ok=True)
    before = warehouse_state(warehouse, reference["counts"])
    kill_at = rng.uniform(0, reference["seconds"])
    extra = ["--chunk-size", str(args.chunk_size)] if args.chunk_size else []
    killed_log = folder / "killed.log"
    with open(killed_log, "wb") as log:
        started, started_epoch = time.monotonic(), time.time()
        process = subprocess.Popen(command + ["--full-refresh"] + extra, stdout=log, stderr=subprocess.STDOUT,
                                   env=env, cwd=PROJECT_ROOT, start_new_session=True)
        recorded: list[dict] = []
        written_at_kill = None
        try:
            exit_code = process.wait(timeout=kill_at)
            killed, killed_after = False, time.monotonic() - started  # it finished first
        except subprocess.TimeoutExpired:
            import psutil

            recorded = [d for d in (describe(c) for c in psutil.Process(process.pid).children(recursive=True)) if d]
            os.kill(process.pid, signal.SIGKILL)
            killed, killed_after = True, time.monotonic() - started
            written_at_kill = os.fstat(log.fileno()).st_size
            exit_code = process.wait(timeout=30)
            # Anything of its session it started after the snapshot.
            known = {d["pid"] for d in recorded}
            recorded += [d for d in session_members(process.pid) if d["pid"] not in known]
    deadline = time.monotonic() + SETTLE_SECONDS
    while still_alive(recorded) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftover = still_alive(recorded)
    if leftover:  # how long do they last? Then their stacks (PYTHONFAULTHANDLER) and an end, for the next round
        deadline = time.monotonic() + 25
        while still_alive(leftover) and time.monotonic() < deadline:
            time.sleep(0.5)
        lasting = still_alive(leftover)
        for entry in lasting:
            os.kill(entry["pid"], signal.SIGABRT)
        time.sleep(2)
        for entry in still_alive(lasting):
            os.kill(entry["pid"], signal.SIGKILL)
        for entry in leftover:
            entry["alive_after_30s"] = any(e["pid"] == entry["pid"] for e in lasting)
    # What the run wrote before the kill tells how far it got; what its children wrote after it is kept apart.
    output = killed_log.read_bytes()
    cut = len(output) if written_at_kill is None else written_at_kill
    stage, last_line = stage_reached(output[:cut].decode("utf-8", errors="replace"))
    after_kill_output = output[cut:].decode("utf-8", errors="replace").strip()
    after_kill = warehouse_state(warehouse, reference["counts"])
    # Whether the killed run's own load committed (its run record is then in etl_run) or the warehouse is as before.
    run_id = (re.findall(r"/flow-run/([0-9a-f-]{36})", output[:cut].decode("utf-8", errors="replace")) or [None])[-1]
    killed_run_recorded = run_status(warehouse, run_id)
    allowed = {before, "full"} | ({"absent", "empty"} if before in ("absent", "empty") else set())
    atomic = after_kill in allowed
    staging_after_kill = staging_entries(warehouse)

    killed_traceback = keep_traceback(env, folder / "killed-last-error.txt")
    follow_code, follow_seconds = run_to_completion(command + extra, env, folder / "follow-up.log", args.timeout)
    follow_traceback = keep_traceback(env, folder / "follow-up-last-error.txt")
    follow_log = (folder / "follow-up.log").read_text(encoding="utf-8", errors="replace")
    summary = (re.findall(r"^documents: .*$", follow_log, flags=re.M) or [""])[-1]
    stale = re.findall(r"removed (\d+) staging files", follow_log)
    if follow_code == 0:
        check_failures = check_warehouse(warehouse, suite, reference["measures"])
        try:
            counts = table_counts(warehouse)
            count_differences = {t: [counts.get(t), n] for t, n in reference["counts"].items() if counts.get(t) != n}
            count_differences |= {t: [n, None] for t, n in counts.items() if t not in reference["counts"]}
        except Exception as error:  # noqa: BLE001
            count_differences = {"error": str(error).splitlines()[0]}
    else:
        check_failures = [f"follow-up run exited {follow_code}: {follow_log.strip().splitlines()[-1:]}"]
        count_differences = {"not measured": "the follow-up run failed"}
    staging_left = staging_entries(warehouse)
    record = {
        "round": number, "started_epoch": round(started_epoch, 3), "kill_at_s": round(kill_at, 2), "killed": killed, "killed_after_s": round(killed_after, 2),
        "killed_exit": exit_code, "stage_reached": stage, "last_line": last_line,
        # A full refresh that ended by itself before its kill moment must have succeeded.
        "failed_by_itself": not killed and exit_code != 0, "killed_traceback": killed_traceback,
        "follow_up_traceback": follow_traceback,
        "output_after_kill": after_kill_output[-2000:], "processes_recorded": recorded,
        "leftover_processes": leftover,
        "killed_run_id": run_id, "killed_run_recorded": killed_run_recorded,
        "warehouse_before": before, "warehouse_after_kill": after_kill, "atomic": atomic,
        "staging_after_kill": staging_after_kill,
        "follow_up_exit": follow_code, "follow_up_s": round(follow_seconds, 2), "follow_up_summary": summary,
        "follow_up_removed_stale": int(stale[-1]) if stale else 0,
        "check_failures": check_failures, "checks_ok": follow_code == 0 and not check_failures,
        "count_differences": count_differences, "counts_ok": follow_code == 0 and not count_differences,
        "staging_left": staging_left,
    }
    record["clean"] = (record["checks_ok"] and record["counts_ok"] and not leftover and not staging_left and atomic
                       and follow_code == 0 and not record["failed_by_itself"])
    return record


def table(report: dict) -> str:
    head = (f"{'round':>5} {'kill s':>7} {'stage reached':<20} {'after kill':<11} {'stg':>3} {'follow-up':<12}"
            f" {'checks':<7} {'counts':<7} {'procs left':>10} {'staging left':>12}  last line")
    lines = [head]
    for r in report["rounds"]:
        kill = f"{r['killed_after_s']:.1f}" if r["killed"] else (
            "(done)" if not r["failed_by_itself"] else f"(FAILED {r['killed_exit']})")
        follow = f"exit {r['follow_up_exit']} {r['follow_up_s']:.0f}s"
        after = r["warehouse_after_kill"] if r["atomic"] else "NOT ATOMIC"
        if after == "full":
            after = "full, own" if r["killed_run_recorded"] == "success" else "full, prev"
        lines.append(f"{r['round']:>5} {kill:>7} {r['stage_reached']:<20} {after[:11]:<11}"
                     f" {len(r['staging_after_kill']):>3} {follow:<12} {'ok' if r['checks_ok'] else 'FAIL':<7}"
                     f" {'ok' if r['counts_ok'] else 'FAIL':<7} {len(r['leftover_processes']):>10}"
                     f" {len(r['staging_left']):>12}  {r['last_line'][:70]}")
    lines.append("(after kill: the warehouse between the kill and the follow-up; 'full, own' when the killed run's load"
                 " had committed, 'full, prev' when it holds the previous load; stg: files in its staging folder then,"
                 " which the follow-up removes)")
    final = report.get("final")
    if final:
        lines.append(f"final full refresh of the working warehouse: exit {final['exit']} in {final['seconds']:.0f} s,"
                     f" checks {'ok' if final['checks_ok'] else final['check_failures']}, counts "
                     f"{'ok' if final['counts_ok'] else final['count_differences']}, staging left "
                     f"{final['staging_left']}")
    lines.append(f"{report['verdict']}: {report['reason']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS, help="folder of .txt articles")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1, help="seeds the kill moments")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "newswh-crash")
    parser.add_argument("--json", type=Path, default=None, help="default: <workdir>.json beside the work folder")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds any one newswh run may take")
    parser.add_argument("--chunk-size", type=int, default=None, help="passed to every run (default: newswh's)")
    parser.add_argument("--window", type=float, default=None,
                        help="kill moments in [0, WINDOW) s (default: the reference full refresh's wall time)")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        parser.error(f"no corpus folder at {corpus}")
    args.workdir = args.workdir.resolve()
    out_json = (args.json or args.workdir.with_name(args.workdir.name + ".json")).resolve()
    for old in ("reference", "work", *(p.name for p in args.workdir.glob("round-*"))):
        shutil.rmtree(args.workdir / old, ignore_errors=True)
    args.workdir.mkdir(parents=True, exist_ok=True)

    prefect_home = Path(tempfile.mkdtemp(prefix="newswh-crash-prefect-"))
    env = run_env(prefect_home)
    command = newswh_command() + ["run", "--source", str(corpus)]
    suite = json.loads((EXPECTATIONS_DIR / "warehouse.json").read_text(encoding="utf-8"))
    report: dict = {"script": "tests.benchmarks.crash_consistency", "corpus": str(corpus), "rounds_requested":
                    args.rounds, "seed": args.seed, "timeout_s": args.timeout, "chunk_size": args.chunk_size,
                    "workdir": str(args.workdir), "prefect_home": str(prefect_home), "cores": os.cpu_count(),
                    "started_at": datetime.now(timezone.utc).isoformat(), "rounds": []}

    def save(verdict: str, reason: str) -> None:
        report.update(verdict=verdict, reason=reason, finished_at=datetime.now(timezone.utc).isoformat())
        out_json.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")

    try:
        reference_warehouse = args.workdir / "reference" / "news.duckdb"
        reference_warehouse.parent.mkdir(parents=True)
        extra = ["--chunk-size", str(args.chunk_size)] if args.chunk_size else []
        code, seconds = run_to_completion(
            command + ["--warehouse", str(reference_warehouse), "--full-refresh"] + extra, env,
            reference_warehouse.parent / "run.log", args.timeout)
        if code != 0:
            save("FAIL", f"the reference run exited {code}; see {reference_warehouse.parent / 'run.log'}")
            print(report["reason"])
            return 1
        measures = warehouse_measures(reference_warehouse)
        reference = {"first_seconds": round(seconds, 2), "counts": table_counts(reference_warehouse),
                     "measures": measures, "failing_expectations": evaluate(suite, measures)}
        report["reference"] = reference
        if reference["failing_expectations"]:
            save("FAIL", f"the reference warehouse fails its own checks: {reference['failing_expectations']}")
            print(report["reason"])
            return 1
        # The first run into a new folder pays once for what later runs find made (Great Expectations' project,
        # cold caches): the kill window is the time of a full refresh over an existing warehouse, as in the rounds.
        code, seconds = run_to_completion(
            command + ["--warehouse", str(reference_warehouse), "--full-refresh"] + extra, env,
            reference_warehouse.parent / "run-2.log", args.timeout)
        if code != 0 or table_counts(reference_warehouse) != reference["counts"]:
            save("FAIL", f"a second full refresh of the reference warehouse exited {code} or changed its counts; "
                         f"see {reference_warehouse.parent / 'run-2.log'}")
            print(report["reason"])
            return 1
        reference["seconds"] = round(args.window or seconds, 2)
        print(f"reference: full refresh of {corpus} in {reference['first_seconds']:.1f} s (new warehouse), "
              f"{seconds:.1f} s (again); kills in [0, {reference['seconds']:.1f}) s; "
              f"counts {reference['counts']}", flush=True)

        warehouse = args.workdir / "work" / "news.duckdb"
        rng = random.Random(args.seed)
        wcommand = command + ["--warehouse", str(warehouse)]
        for number in range(1, args.rounds + 1):
            record = one_round(number, args, env, wcommand, warehouse, reference, suite, rng)
            report["rounds"].append(record)
            save("RUNNING", f"{number} of {args.rounds} rounds done")
            ended = "killed at" if record["killed"] else f"ended by itself (exit {record['killed_exit']}) at"
            print(f"round {number}/{args.rounds}: {ended} {record['killed_after_s']:.1f} s "
                  f"({record['stage_reached']}), after kill {record['warehouse_after_kill']} (killed run's record: "
                  f"{record['killed_run_recorded']}), follow-up exit "
                  f"{record['follow_up_exit']}, checks {'ok' if record['checks_ok'] else record['check_failures']},"
                  f" counts {'ok' if record['counts_ok'] else record['count_differences']}, leftover processes "
                  f"{len(record['leftover_processes'])}, staging left {record['staging_left']}"
                  f"{'' if record['clean'] else '  <-- NOT CLEAN'}", flush=True)

        # The follow-up runs find every document unchanged and so never load Great Expectations nor check anything:
        # damage a kill did to what only a run that checks uses shows here (and in the next round's full refresh).
        final_log = args.workdir / "final-full-refresh.log"
        code, seconds = run_to_completion(wcommand + ["--full-refresh"] + extra, env, final_log, args.timeout)
        final = {"exit": code, "seconds": round(seconds, 2), "log": str(final_log),
                 "traceback": keep_traceback(env, args.workdir / "final-last-error.txt"),
                 "last_line": stage_reached(final_log.read_text(encoding="utf-8", errors="replace"))[1]}
        if code == 0:
            final["check_failures"] = check_warehouse(warehouse, suite, reference["measures"])
            counts = table_counts(warehouse)
            final["count_differences"] = {t: [counts.get(t), n] for t, n in reference["counts"].items()
                                          if counts.get(t) != n}
        else:
            final["check_failures"] = [f"exit {code}: {final['last_line']}"]
            final["count_differences"] = {"not measured": "the run failed"}
        final["checks_ok"], final["counts_ok"] = not final["check_failures"], not final["count_differences"]
        final["staging_left"] = staging_entries(warehouse)
        final["clean"] = code == 0 and final["checks_ok"] and final["counts_ok"] and not final["staging_left"]
        report["final"] = final
        print(f"final full refresh: exit {code} in {seconds:.1f} s, checks {final['check_failures'] or 'ok'}, counts "
              f"{final['count_differences'] or 'ok'}, staging left {final['staging_left']}", flush=True)
    finally:
        shutil.rmtree(prefect_home, ignore_errors=True)

    unclean = [r["round"] for r in report["rounds"] if not r["clean"]]
    not_killed = [r["round"] for r in report["rounds"] if not r["killed"]]
    report["rounds_not_killed"] = not_killed
    failed_alone = [r["round"] for r in report["rounds"] if r["failed_by_itself"]]
    if unclean or not report["final"]["clean"]:
        reasons = [f"rounds {unclean} of {args.rounds} were not clean"] if unclean else []
        reasons += [f"the full refreshes of rounds {failed_alone} failed by themselves"] if failed_alone else []
        reasons += [] if report["final"]["clean"] else ["the final full refresh of the working warehouse failed"]
        save("FAIL", "; ".join(reasons))
    else:
        save("PASS", f"all {args.rounds} rounds and the final full refresh clean (kill window "
                     f"{reference['seconds']:.1f} s; {len(not_killed)} runs finished before their kill moment)")
    print(table(report))
    print(f"results: {out_json}")
    return 0 if report["verdict"] == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
