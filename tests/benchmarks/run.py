"""The benchmark: on one generated corpus, in one run, the I/O floor and the pipeline's full refresh, rerun with
nothing changed, and rerun after 1% of the documents changed. Each is its own process, measured for wall time,
CPU time and peak RSS; the pipeline's stage times come from its summary, its task-run count from Prefect.

    python -m tests.benchmarks.run --articles 100000 [--workdir /tmp/newswh-bench] [--json FILE]

The runs use one local Prefect server started here, so no run pays for a temporary server.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from flows.settings import PROJECT_ROOT, configure_prefect_environment
from tests.benchmarks.generate import change, generate

TARGETS = {"full_refresh_vs_floor": 4.0, "unchanged_vs_full": 0.10, "changed_1pct_vs_full": 0.15, "peak_rss_mb": 2048}


# Often enough to catch a peak that lasts a chunk (seconds); rarely enough to cost the measured run next to nothing
# (listing a process tree reads /proc).
SAMPLE_SECONDS = 0.25


def sample_tree_rss(pid: int, peak: list[int], done: threading.Event) -> None:
    """Every SAMPLE_SECONDS, the resident memory of the process and all its descendants (the run's worker processes
    included), summed; the largest sum goes to peak[0]."""
    import psutil

    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    while not done.is_set():
        total = 0
        try:
            for process in [root, *root.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            return
        peak[0] = max(peak[0], total)
        done.wait(SAMPLE_SECONDS)


def measure(name: str, command: list[str], env: dict, articles: int) -> dict:
    """Run one command as a child process; wall and CPU (user + system, children included) from wait4, peak RSS
    summed over the process tree by sampling."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env, cwd=PROJECT_ROOT)
        peak, done = [0], threading.Event()
        sampler = threading.Thread(target=sample_tree_rss, args=(process.pid, peak, done), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        output.seek(0)
        text = output.read()
    if status != 0:
        raise SystemExit(f"{name} failed:\n{text[-3000:]}")
    stages = dict((k, float(v)) for k, v in re.findall(r"(\w+) ([\d.]+)s", (re.findall(r"stages: (.*)", text) or [""])[-1]))
    return {
        "step": name,
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(max(peak[0], usage.ru_maxrss * 1024) / 2**20),
        "articles_per_s": round(articles / wall),
        "stages_s": stages,
        "summary": (re.findall(r"documents: .*", text) or [""])[-1],
    }


def task_runs(api_url: str, warehouse: Path) -> int:
    """How many task runs the last flow run on this warehouse had, from the Prefect API."""
    from flows.warehouse import query

    run_id = query(warehouse, "SELECT run_id FROM etl_run ORDER BY started_at DESC LIMIT 1")["run_id"][0]
    request = urllib.request.Request(
        f"{api_url}/task_runs/count", data=json.dumps({"flow_runs": {"id": {"any_": [run_id]}}}).encode(),
        headers={"Content-Type": "application/json"}, method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.read())


def benchmark(articles: int, workdir: Path, port: int) -> dict:
    configure_prefect_environment()
    from flows.serve import local_server

    corpus = workdir / str(articles)
    started = time.perf_counter()
    generate(corpus, articles)
    print(f"corpus: {articles} articles in {corpus} ({time.perf_counter() - started:.1f} s)", flush=True)
    warehouse = workdir / f"warehouse-{articles}" / "news.duckdb"
    python = sys.executable
    results = []
    with local_server("127.0.0.1", port, workdir / "prefect-server.log") as api_url:
        env = {**os.environ, "PREFECT_API_URL": api_url}
        floor = measure("floor", [python, "-m", "tests.benchmarks.floor", str(corpus), str(workdir / "floor.duckdb")],
                        env, articles)
        results.append(floor)
        print(floor, flush=True)
        run = [python, "-m", "flows.cli", "run", "--source", str(corpus), "--warehouse", str(warehouse)]
        for name, command in (("full_refresh", run + ["--full-refresh"]), ("unchanged", run)):
            results.append(measure(name, command, env, articles) | {"task_runs": task_runs(api_url, warehouse)})
            print(results[-1], flush=True)
        changed = change(corpus, 0.01)
        results.append(measure("changed_1pct", run, env, articles) | {"task_runs": task_runs(api_url, warehouse),
                                                                       "changed_documents": changed})
        print(results[-1], flush=True)
    by_step = {r["step"]: r for r in results}
    ratios = {
        "full_refresh_vs_floor": by_step["full_refresh"]["wall_s"] / by_step["floor"]["wall_s"],
        "unchanged_vs_full": by_step["unchanged"]["wall_s"] / by_step["full_refresh"]["wall_s"],
        "changed_1pct_vs_full": by_step["changed_1pct"]["wall_s"] / by_step["full_refresh"]["wall_s"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results if r["step"] != "floor"),
    }
    return {"articles": articles, "steps": results, "ratios": {k: round(v, 3) for k, v in ratios.items()},
            "targets": TARGETS, "met": {k: ratios[k] <= TARGETS[k] for k in TARGETS}}


def table(report: dict) -> str:
    lines = [f"articles: {report['articles']}",
             f"{'step':<14}{'wall s':>9}{'cpu s':>9}{'RSS MB':>8}{'art/s':>9}{'tasks':>7}  stages (s)"]
    for r in report["steps"]:
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages_s"].items())
        lines.append(f"{r['step']:<14}{r['wall_s']:>9.1f}{r['cpu_s']:>9.1f}{r['peak_rss_mb']:>8}"
                     f"{r['articles_per_s']:>9}{r.get('task_runs', ''):>7}  {stages}")
    for key, value in report["ratios"].items():
        lines.append(f"{key}: {value} (target <= {report['targets'][key]}: {'met' if report['met'][key] else 'NOT met'})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "newswh-bench")
    parser.add_argument("--json", type=Path, default=None, help="where to write the results (default: workdir)")
    parser.add_argument("--port", type=int, default=4290)
    args = parser.parse_args()
    report = benchmark(args.articles, args.workdir, args.port)
    out = args.json or args.workdir / f"results-{args.articles}.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(report))
    print(f"results: {out}")


if __name__ == "__main__":
    main()
