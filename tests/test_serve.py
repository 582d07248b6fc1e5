"""Scheduling: `newswh serve` starts a local Prefect server, serves news-etl/scheduled on a one-minute schedule, a
scheduled run loads the seeds, and Ctrl-C stops everything."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest
import yaml

from flows.settings import DEFAULT_CRON, PROJECT_ROOT, TIMEZONE
from flows.warehouse import query
from tests.conftest import SEEDS
from tests.processes import Newswh, answers, free_port, wait_until_gone

# It starts processes (a run, a server, a cluster or a browser): a hang fails it with its stack, not CI.
pytestmark = pytest.mark.timeout(420)



def test_scheduled_runs_load_the_seeds_print_their_summaries_and_ctrl_c_stops_server_and_runner(tmp_path):
    """`newswh serve` on a one-minute schedule: its server answers on its port, the first scheduled run loads the
    seeds, and its console shows, for every scheduled run, the summary `newswh run` ends with: once, in one block.
    Before the second run, a minute later, the folder goes away, and that run's block ends with its one line of
    error, as `newswh run` says it, with no traceback. Ctrl-C then stops the runner and the server."""
    source = tmp_path / "incoming"
    shutil.copytree(SEEDS, source)
    warehouse, port = tmp_path / "news.duckdb", free_port()
    # The runner looks for due runs every 2 s rather than Prefect's 10: a run starts soon after its minute.
    serve = Newswh("serve", "--cron", "* * * * *", "--timezone", "UTC", "--source", str(source),
                   "--warehouse", str(warehouse), "--port", str(port), prefect_home=tmp_path / "prefect",
                   PREFECT_RUNNER_POLL_FREQUENCY="2")
    try:
        serve.wait_for(r"^data quality report: ", timeout=200)  # the first run's summary has ended
        assert answers(port)
        assert query(warehouse, "SELECT count(*) AS n FROM fact_article")["n"][0] == 5
        shutil.rmtree(source)
        serve.wait_for(r"^error: source folder ", timeout=200)  # the next one's, due within a minute
        code, _took = serve.stop(signal.SIGINT, whole_group=True, timeout=60)
    finally:
        serve.kill_all()
    assert code == 0, serve.output[-3000:]
    gone_by = time.monotonic() + 1  # the server has a second after serve to stop answering, as before
    while answers(port) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not answers(port), "the Prefect server is still running"
    assert f"http://127.0.0.1:{port}" in serve.output and "news-etl/scheduled" in serve.output
    lines = serve.output.splitlines()
    starts = [i for i, line in enumerate(lines) if re.fullmatch(rf"run \S+ on {re.escape(str(source.resolve()))}", line)]
    shown = [lines[i].split()[1] for i in starts]
    assert len(starts) == 2 and len(set(shown)) == 2, serve.output[-4000:]  # one block per run
    # The blocks as `newswh run` prints them: after a blank line, the run, then its documents or its error.
    assert lines[starts[0] + 1] == "documents: 5 seen = 5 loaded + 0 quarantined + 0 unchanged", serve.output[-4000:]
    assert sum(line.startswith("data quality report: ") for line in lines) == 1
    assert lines[starts[1] + 1] == (f"error: source folder {source.resolve()} does not exist (during listing; nothing "
                                    f"was loaded, the warehouse is as before)"), serve.output[-4000:]
    assert all(lines[i - 1] == "" for i in starts)
    recorded = dict(query(warehouse, "SELECT run_id, status FROM etl_run").rows())
    assert recorded.get(shown[0]) == "success" and recorded.get(shown[1]) == "failed", (recorded, shown)
    assert lines[-1].startswith("stopped by Ctrl-C"), lines[-1]
    assert "Traceback" not in serve.output


def _started(serve: Newswh, command_part: str) -> bool:
    for process in serve.descendants():
        try:
            if command_part in " ".join(process.cmdline()):
                return True
        except psutil.Error:
            continue
    return False


@pytest.mark.parametrize("moment", ["first-child", "server-starting", "runner-starting"])
def test_ctrl_c_in_the_first_seconds_stops_serve_in_one_line_and_leaves_nothing(tmp_path, moment):
    """Ctrl-C when `serve` starts its first process, whatever it is (Prefect's imports start short-lived ones
    while the schedule is checked: a Ctrl-C then ended `serve` with exit 130 and no line), while the Prefect server
    is starting (its process there, not answering yet), or just after `serve` said it serves (the runner
    registering the deployment, not yet started: the runner's own stop raised there, unseen, and `serve` went
    on): each ends `serve` at once, says so in one line, and leaves no process and no server behind."""
    port = free_port()
    serve = Newswh("serve", "--cron", "0 0 1 1 *", "--timezone", "UTC", "--source", str(SEEDS),
                   "--warehouse", str(tmp_path / "news.duckdb"), "--port", str(port),
                   prefect_home=tmp_path / "prefect")
    try:
        if moment != "runner-starting":
            command_part = "" if moment == "first-child" else "server start"
            deadline = time.monotonic() + 60
            while not _started(serve, command_part):
                assert time.monotonic() < deadline and serve.process.poll() is None, serve.output[-3000:]
                time.sleep(0.001)
        else:
            serve.wait_for(r"^serving news-etl/scheduled on ", timeout=180)
        children = serve.descendants()
        code, took = serve.stop(signal.SIGINT, whole_group=True, timeout=60)
    finally:
        serve.kill_all()
    assert code == 0, serve.output[-3000:]
    last = serve.output.strip().splitlines()[-1]
    assert re.fullmatch(r"stopped (by Ctrl-C: no run was in flight|before the deployment was served: no run was "
                        r"in flight)", last), serve.output[-3000:]
    assert "Traceback" not in serve.output
    assert not wait_until_gone(children), "processes left running"
    assert not answers(port)


def test_a_served_run_leaves_ctrl_c_to_the_runner(monkeypatch):
    """The runner of `newswh serve` runs the flow in a spawned process whose environment does not name the flow run
    (no PREFECT__FLOW_RUN_ID): the run's deployment tells that the runner, which cancels it, decides when it stops,
    not the Ctrl-C that reaches the whole process group."""
    from types import SimpleNamespace
    from uuid import uuid4

    from flows import stopping

    monkeypatch.delenv("PREFECT__FLOW_RUN_ID", raising=False)
    previous = signal.getsignal(signal.SIGINT)
    try:
        for deployment_id, ignored in ((None, False), (uuid4(), True)):
            signal.signal(signal.SIGINT, signal.default_int_handler)
            monkeypatch.setattr(stopping.FlowRunContext, "get",
                                lambda d=deployment_id: SimpleNamespace(flow_run=SimpleNamespace(deployment_id=d)))
            stopping.leave_ctrl_c_to_the_runner()
            assert (signal.getsignal(signal.SIGINT) is signal.SIG_IGN) is ignored
    finally:
        signal.signal(signal.SIGINT, previous)


CHILD_THAT_REPORTS_SIGTERM = """
import signal, subprocess, sys
from flows.processes import end_children
child = subprocess.Popen([sys.executable, "-c", "import signal, time\\n"
                          "signal.signal(signal.SIGTERM, lambda *_: print('SIGTERM', flush=True))\\n"
                          "print('ready', flush=True)\\ntime.sleep(60)"], stdout=subprocess.PIPE, text=True)
child.stdout.readline()
end_children(grace_seconds=0)
print(child.wait(timeout=30), child.stdout.read().strip() or "-")
"""


def test_children_ended_with_no_grace_get_no_sigterm():
    """serve's sweep of a cancelled run that lingers: the run has had the runner's SIGTERM, and a second one would be
    raised by Prefect's handler wherever the run is (a traceback on the console), so it is killed outright."""
    ended = subprocess.run([sys.executable, "-c", CHILD_THAT_REPORTS_SIGTERM], capture_output=True, text=True,
                           timeout=60, cwd=PROJECT_ROOT)
    assert ended.stdout.split() == [str(-signal.SIGKILL), "-"], ended.stdout + ended.stderr


GATED = """
import subprocess, sys
from flows.console import ConsoleUntilStop
child_code = ("import sys\\nprint('child before', flush=True)\\nsys.stdin.readline()\\n"
              "print('child after', flush=True)\\nraise RuntimeError('from the child')")
with ConsoleUntilStop() as console:
    print("before", flush=True)
    child = subprocess.Popen([sys.executable, "-c", child_code], stdin=subprocess.PIPE, text=True)
    sys.__stdin__.readline()  # the test has seen the child's line
    console.mute()
    child.communicate("go\\n")
    print("muted", flush=True)
    console.say("said, muted or not")
print("after, exit", child.returncode, flush=True)
"""


@pytest.mark.timeout(60)
def test_the_console_shows_what_every_process_prints_until_the_stop_then_nothing():
    """serve's console gate (flows/console.py ConsoleUntilStop): a child's lines pass; once muted, neither its lines
    nor its traceback on stderr reach the terminal, nor this process's own; after the block, the terminal is back."""
    gated = subprocess.Popen([sys.executable, "-c", GATED], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    try:
        seen = [gated.stdout.readline(), gated.stdout.readline()]
        gated.stdin.write("seen\n")
        gated.stdin.flush()
        rest, errors = gated.communicate(timeout=30)
    finally:
        gated.kill()
    assert seen == ["before\n", "child before\n"], seen
    assert rest == "said, muted or not\nafter, exit 1\n", rest
    assert errors == "", errors


@pytest.mark.timeout(60)
def test_the_last_resort_of_a_stop_says_how_it_ended_and_exits_1():
    """A stop that has not ended by its deadline (a run that will not go, a machine overloaded) ends every process and
    still says so in one line: never a silent exit."""
    last = subprocess.run([sys.executable, "-c", "from flows.serve import _kill_everything_after\n"
                           "_kill_everything_after(0.2, lambda: print('the last words', flush=True))"],
                          capture_output=True, text=True, timeout=30, cwd=PROJECT_ROOT)
    assert (last.returncode, last.stdout) == (1, "the last words\n"), last.stderr


def test_the_stop_line_says_what_the_warehouse_holds_of_the_run_in_flight(seeds_build, tmp_path):
    from uuid import uuid4

    from flows.serve import stop_line

    committed, other = seeds_build.summary.run_id, str(uuid4())
    assert stop_line("Ctrl-C", [committed], seeds_build.path) == \
        f"stopped by Ctrl-C after run {committed} committed: its documents are in the warehouse"
    nothing = "nothing of that run was written, the warehouse is as it was before that run"
    assert stop_line("SIGTERM", [other], seeds_build.path) == f"stopped by SIGTERM during run {other}: {nothing}"
    assert stop_line("Ctrl-C", [other], tmp_path / "new.duckdb") == f"stopped by Ctrl-C during run {other}: {nothing}"
    assert stop_line("Ctrl-C", [], seeds_build.path) == "stopped by Ctrl-C: no run was in flight"
    assert stop_line("Ctrl-C", None, seeds_build.path).startswith(
        "stopped by Ctrl-C; whether a run was in flight is not known")


def test_prefect_yaml_describes_the_same_deployment():
    spec = yaml.safe_load((PROJECT_ROOT / "flows" / "prefect.yaml").read_text(encoding="utf-8"))
    deployment = next(d for d in spec["deployments"] if d["name"] == "scheduled")
    module, _, function = deployment["entrypoint"].rpartition(":")
    assert module == "flows/pipeline.py" and function == "news_etl"
    assert deployment["schedules"][0]["cron"] == DEFAULT_CRON
    assert deployment["schedules"][0]["timezone"] == TIMEZONE  # what `newswh serve` reads its cron in by default
    assert deployment["work_pool"]["name"]
    assert set(deployment["parameters"]) <= {"source", "warehouse_path", "full_refresh", "sources_file"}


def http_json(url: str, body: dict | None = None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"},
                                     method="GET" if body is None else "POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_the_ui_of_a_server_on_any_port_talks_to_that_server(tmp_path):
    """The UI reads its API's address from /ui-settings: on a port other than 4200 it named 127.0.0.1:4200 (the UI
    could not connect, or showed another server's runs)."""
    port = free_port()
    serve = Newswh("serve", "--cron", "0 0 1 1 *", "--timezone", "UTC", "--source", str(SEEDS),
                   "--warehouse", str(tmp_path / "news.duckdb"), "--port", str(port),
                   prefect_home=tmp_path / "prefect", PREFECT_UI_ENABLED="true")
    try:
        serve.wait_for(r"serving news-etl/scheduled on '0 0 1 1 \*' \(UTC\)", timeout=180)
        api_url = http_json(f"http://127.0.0.1:{port}/ui-settings")["api_url"]
        assert api_url == f"http://127.0.0.1:{port}/api"
        deadline = time.monotonic() + 120  # the runner registers the deployment once it runs
        while not (deployments := http_json(f"{api_url}/deployments/filter",
                                            {"deployments": {"name": {"any_": ["scheduled"]}}})):
            assert time.monotonic() < deadline and serve.process.poll() is None, serve.output[-3000:]
            time.sleep(1)
        [deployment] = deployments
        assert http_json(f"{api_url}/flows/{deployment['flow_id']}")["name"] == "news-etl"
        assert deployment["parameters"]["source"] == str(SEEDS.resolve())
        [schedule] = deployment["schedules"]
        assert (schedule["schedule"]["cron"], schedule["schedule"]["timezone"]) == ("0 0 1 1 *", "UTC")
        code, _took = serve.stop(signal.SIGINT, whole_group=True, timeout=60)
    finally:
        serve.kill_all()
    assert code == 0, serve.output[-3000:]
    assert not answers(port)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("option, value, message", [
    ("--cron", "every five minutes", "error: --cron 'every five minutes' is not a cron expression Prefect takes: "),
    ("--cron", "H * * * *", "error: --cron 'H * * * *' is not a cron expression Prefect takes: "),
    ("--timezone", "Mars/Olympus", "error: --timezone 'Mars/Olympus' is not an IANA time zone name "),
    ("--timezone", "", "error: --timezone '' is not an IANA time zone name "),
    ("--source", "{tmp}/missing", "error: source folder {tmp}/missing does not exist"),
    ("--sources", "{tmp}/missing.yaml", "error: sources file {tmp}/missing.yaml cannot be read: "),
], ids=["cron-in-words", "cron-hashed", "unknown-time-zone", "empty-time-zone", "missing-folder",
        "missing-sources-file"])
def test_serve_refuses_a_bad_schedule_or_source_in_one_line_before_starting_anything(tmp_path, option, value,
                                                                                      message):
    value, message = value.format(tmp=tmp_path), message.format(tmp=tmp_path)
    port = free_port()
    prefect_home = tmp_path / "prefect"
    env = {key: val for key, val in os.environ.items() if key != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(prefect_home)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "flows.cli", "serve", option, value, "--port", str(port),
                             "--warehouse", str(tmp_path / "news.duckdb")],
                            capture_output=True, text=True, timeout=90, env=env, cwd=PROJECT_ROOT)
    took = time.monotonic() - started
    assert result.returncode == 1, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(message), line
    assert result.stdout == ""  # not "serving ..." first
    assert not (prefect_home / "server.log").exists(), "a Prefect server was started"
    assert not (tmp_path / "news.duckdb").exists()
    assert took < 30, f"refusing took {took:.1f} s"
