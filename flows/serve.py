"""Scheduling: a local Prefect server (unless PREFECT_API_URL points at one) and the deployment
`news-etl/scheduled` served with its cron schedule.

Schedules never fire on the temporary server an ad-hoc run starts, so `newswh serve` starts a real one on
127.0.0.1 and stops it again on Ctrl-C. Prefect is imported only once the API URL is decided.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from flows.processes import end_children, ending_with_this_process, interrupts_held
from flows.settings import TIMEZONE

if TYPE_CHECKING:
    from collections.abc import Callable

DEPLOYMENT_NAME = "scheduled"
SERVER_START_TIMEOUT_SECONDS = 120
# After Ctrl-C or SIGTERM, `newswh serve` has stopped its run, runner and server within this many seconds (it kills
# what is left then); below the 10 s a service manager commonly allows before SIGKILL.
STOP_WITHIN_SECONDS = 9.0
# A run's temporary server has recorded the run's end and received its logs by the time it is stopped: what its
# graceful shutdown still does (its services winding down) records nothing, and under load it took over 5 s, longer
# than a stopped run may take to end. It is killed after this grace; SQLite survives a kill.
TEMPORARY_SERVER_GRACE_SECONDS = 1.0


class ServeError(Exception):
    """The schedule is refused, or the server could not be started; the message says why."""


def check_schedule(cron: str, timezone: str) -> None:
    """A ServeError in one line unless Prefect takes the cron expression in the time zone: checked before anything
    starts (Prefect's own check, met only once the runner registers the deployment, prints a pydantic traceback).
    Imports Prefect, which reads its settings once: PREFECT_API_URL must be decided before."""
    import zoneinfo

    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    # Prefect lets an empty time zone through; zoneinfo's list is the one Prefect checks names against.
    if timezone not in zoneinfo.available_timezones():
        raise ServeError(f"--timezone {timezone!r} is not an IANA time zone name (e.g. Asia/Ho_Chi_Minh, UTC)")
    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as error:
        if any(detail["loc"][:1] == ("cron",) for detail in error.errors()):
            raise ServeError(f"--cron {cron!r} is not a cron expression Prefect takes: five fields, minute hour "
                             f"day-of-month month day-of-week, e.g. '*/15 * * * *'") from None
        raise ServeError(f"--timezone {timezone!r} is refused by Prefect") from None


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _start_server(command: list[str], env: dict[str, str], api_url: str, log_path: Path) -> subprocess.Popen:
    """Start a Prefect server and wait until it answers. Its own session: a Ctrl-C in the terminal reaches the
    runner (or run) only, which still needs the server to record how it ended; it is stopped after them. And it
    dies with the process that started it, even one killed outright (at once: under load, a server's graceful
    shutdown took over 5 s, and nothing is left to record once its process is gone; SQLite survives a kill)."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    server = None
    try:
        with open(log_path, "ab") as log, interrupts_held():
            server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
                                      preexec_fn=ending_with_this_process(signal.SIGKILL))
        deadline = time.monotonic() + SERVER_START_TIMEOUT_SECONDS
        while not _healthy(api_url):
            if server.poll() is not None:
                raise ServeError(f"the Prefect server stopped at start (exit {server.returncode}); see {log_path}")
            if time.monotonic() > deadline:
                raise ServeError(f"the Prefect server did not answer within {SERVER_START_TIMEOUT_SECONDS} s; "
                                 f"see {log_path}")
            time.sleep(0.2)
    except BaseException:
        if server is not None:
            stop_server(server)
        raise
    return server


def stop_server(server: subprocess.Popen, grace_seconds: float = 5) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=grace_seconds)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def local_api_url(host: str, port: int) -> str:
    return f"http://{host}:{port}/api"


@contextmanager
def local_server(host: str, port: int, log_path: Path, stop_grace_seconds: float = 20):
    """A Prefect server (with its UI) on host:port for as long as the block runs; yields its API URL.

    Its UI is told that URL: by default Prefect gives the UI the profile's PREFECT_API_URL or, without one,
    PREFECT_SERVER_API_HOST:PORT (127.0.0.1:4200), not the --port it serves on, so on any other port the UI could not
    connect, or showed the server on 4200. A PREFECT_UI_API_URL or PREFECT_UI_URL set in the environment (a reverse
    proxy) is kept."""
    api_url = local_api_url(host, port)
    if _healthy(api_url):
        raise ServeError(f"something already answers on {host}:{port}: choose another --port, or set "
                         f"PREFECT_API_URL={api_url} to use it")
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env.setdefault("PREFECT_UI_API_URL", api_url)
    env.setdefault("PREFECT_UI_URL", f"http://{host}:{port}")
    # A local server schedules runs within seconds rather than the default minute.
    env.setdefault("PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS", "5")
    prefect = Path(sys.executable).with_name("prefect")
    server = _start_server([str(prefect), "server", "start", "--host", host, "--port", str(port)], env, api_url,
                           log_path)
    try:
        yield api_url
    finally:
        stop_server(server, grace_seconds=stop_grace_seconds)


@contextmanager
def temporary_server(log_path: Path):
    """A Prefect API on a free local port for one `newswh run` (what Prefect would start by itself without
    PREFECT_API_URL, but under this process's control: Prefect's own is in the run's process group, so a Ctrl-C
    stopped it before the run could record how it ended, and it outlived a killed run). Yields its API URL."""
    host = "127.0.0.1"
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    for _attempt in range(3):
        port = free_port(host)
        api_url = f"http://{host}:{port}/api"
        command = [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
                   "--host", host, "--port", str(port), "--log-level", "error", "--lifespan", "on"]
        try:
            server = _start_server(command, env, api_url, log_path)
            break
        except ServeError:
            if _attempt == 2:
                raise
    try:
        yield api_url
    finally:
        stop_server(server, grace_seconds=TEMPORARY_SERVER_GRACE_SECONDS)


def serve_deployment(cron: str, source: Path, warehouse: Path, sources_file: Path | None = None,
                     stop_within: float = STOP_WITHIN_SECONDS, field_map: str | None = None,
                     timezone: str = TIMEZONE) -> str:
    """Register `news-etl/scheduled` with the schedule (`cron` read in `timezone`) and serve its runs until Ctrl-C or
    SIGTERM; returns the line that says how it stopped (`stop_line`). With a sources file, each run fetches its
    feeds and sitemaps first and reads what was fetched. `field_map`: an export's field names (`--map`), passed to
    every run. Each run prints its summary, as `newswh run` does (flows/pipeline.py).

    One run at a time (a Prefect concurrency limit of 1, and the warehouse lock). A stop cancels the run in flight
    through Prefect's runner (it rolls back, or completes if committing) and pauses the schedule; what still runs
    `stop_within` seconds later is killed. From the stop on, what the run, its workers or the runner print does not
    reach the console (ConsoleUntilStop): each tells the stop its own, wrong, way (a crash, a traceback).
    """
    import asyncio

    from flows.console import ConsoleUntilStop

    stopping = threading.Event()
    loop: asyncio.AbstractEventLoop | None = None
    stop: dict = {}  # how: "Ctrl-C" or "SIGTERM"; in_flight: the ids of the runs in flight then (None: unknown)
    console = ConsoleUntilStop()

    def request_stop(signal_number: int = signal.SIGINT, *_frame) -> None:
        if stopping.is_set() or loop is None:
            return
        stopping.set()
        console.mute()
        stop["how"] = "Ctrl-C" if signal_number == signal.SIGINT else signal.Signals(signal_number).name
        last_words = functools.partial(_say_forced_stop, console, stop, stop_within, warehouse)
        threading.Thread(target=_kill_everything_after, args=(stop_within, last_words), daemon=True).start()
        # The runner's shutdown logs the cancelled tasks of its control channel as errors with tracebacks.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        loop.call_soon_threadsafe(lambda: loop.create_task(stop_runner()))

    async def stop_runner() -> None:
        stop["in_flight"] = await runs_in_flight(deployment_id)
        # A stop in the runner's first moments (its deployment already registered) waits for it to have started:
        # before, astop raises, unseen, and the runner went on until the last resort killed everything.
        while not runner.started:
            await asyncio.sleep(0.05)
        await runner.astop()

    # Registering the deployment imports most of Prefect and asks its API: a Ctrl-C in there surfaces as whatever
    # was running (pydantic wraps it in a serialisation error), so it is held until registering is done, then obeyed.
    with _signals_held() as held:
        runner, deployment_id = _runner(request_stop, cron, timezone, source, warehouse, sources_file, field_map)
    if held:
        return stop_line("Ctrl-C" if held[0] == signal.SIGINT else signal.Signals(held[0]).name, [], warehouse)

    async def serve_until_stopped() -> None:
        nonlocal loop
        loop = asyncio.get_running_loop()
        signal.signal(signal.SIGINT, request_stop)  # the runner sets SIGTERM's handler itself
        await runner.start()

    with console:
        asyncio.run(serve_until_stopped())
    return stop_line(stop.get("how", "Ctrl-C"), stop.get("in_flight"), warehouse)


@contextmanager
def _signals_held():
    """Ctrl-C and SIGTERM noted (the list yielded), not raised, inside the block; the handlers before it after."""
    held: list[int] = []
    previous = {number: signal.signal(number, lambda received, _frame: held.append(received))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield held
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _runner(request_stop, cron: str, timezone: str, source: Path, warehouse: Path, sources_file: Path | None,
            field_map: str | None):
    """Prefect's runner with the deployment added (not started), and the deployment's id. SIGTERM calls
    `request_stop`, as Ctrl-C does."""
    from prefect.deployments.runner import EntrypointType
    from prefect.runner import Runner
    from prefect.schedules import Cron

    from flows.pipeline import news_etl

    class StoppableRunner(Runner):
        # Prefect's own SIGTERM handler exits at once, leaving the run in flight running without its server.
        def handle_sigterm(self, *signalled) -> None:
            request_stop(*signalled)

    runner = StoppableRunner(name=DEPLOYMENT_NAME, pause_on_shutdown=True)
    deployment_id = runner.add_flow(
        news_etl,
        name=DEPLOYMENT_NAME,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"source": str(source.resolve()), "warehouse_path": str(warehouse.resolve()),
                    **({"sources_file": str(sources_file.resolve())} if sources_file else {}),
                    **({"field_map": field_map} if field_map else {})},
        description="Ingest the source folder into the warehouse on a schedule.",
        concurrency_limit=1,
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    return runner, deployment_id


async def runs_in_flight(deployment_id) -> list[str] | None:
    """The ids of the deployment's flow runs that have started and not ended (none, or one: its concurrency limit is
    1), as the Prefect API has them; None if it cannot be asked."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    started = [StateType.PENDING, StateType.RUNNING, StateType.CANCELLING]
    try:
        async with get_client() as client:
            runs = await client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=started))))
    except Exception:  # noqa: BLE001 - the stop goes on; its line says what is not known
        return None
    return [str(run.id) for run in runs]


def stop_line(how: str, in_flight: list[str] | None, warehouse: Path) -> str:
    """What `newswh serve` says when the user stops it: the run in flight then and what of it the warehouse holds (its
    etl_run row is written in the load's transaction: a `success` row means the load committed)."""
    if in_flight is None:
        return (f"stopped by {how}; whether a run was in flight is not known (the Prefect API did not answer): "
                f"`newswh dq` shows the last run the warehouse recorded")
    if not in_flight:
        return f"stopped by {how}: no run was in flight"
    return "\n".join(_stopped_run(how, run_id, warehouse) for run_id in in_flight)


def _stopped_run(how: str, run_id: str, warehouse: Path) -> str:
    from flows.reading import query
    from flows.warehouse import WarehouseError

    try:
        rows = query(warehouse, "SELECT status FROM etl_run WHERE run_id = $run_id", params={"run_id": run_id}) \
            if warehouse.exists() else None
    except WarehouseError as error:
        return (f"stopped by {how} during run {run_id}; what the warehouse holds of it could not be read "
                f"({error}): `newswh dq --run {run_id}` shows it")
    if rows is not None and "success" in rows["status"].to_list():
        return f"stopped by {how} after run {run_id} committed: its documents are in the warehouse"
    return (f"stopped by {how} during run {run_id}: nothing of that run was written, the warehouse is as it was "
            f"before that run")


def _say_forced_stop(console, stop: dict, stop_within: float, warehouse: Path) -> None:
    line = stop_line(stop["how"], stop.get("in_flight"), warehouse)
    console.say(f"{line} (what was still running after {stop_within:.0f} s was ended by force)")


def _kill_everything_after(seconds: float, last_words: Callable[[], None]) -> None:
    """The last resorts of a stop. A cancelled run has rolled back and recorded itself within a second or two of
    the runner's SIGTERM; what its process still does after 4 s is sending telemetry, or, at its exit, waiting for a
    thread of its own (one that loads Great Expectations for the checks takes 20 s under load), so it is killed
    then, for the runner, which looks every 3 s, to see it gone and finish (the server, in its own session, stays up
    for that). Killed outright: it has had its SIGTERM, and Prefect keeps its SIGTERM handler in a cancelled run, so
    a second one would raise wherever the run is (at its exit, or in a DuckDB statement, which turns it into
    RuntimeError 'Query interrupted') and print a traceback. At the deadline, every child process (the server too) is
    ended, `last_words` says how the stop ended, and the process exits with 1."""
    time.sleep(max(seconds - 5, 0))
    end_children(grace_seconds=0, own_session_only=True)
    time.sleep(min(seconds, 5))
    end_children(grace_seconds=0.5)
    try:
        last_words()
    finally:
        os._exit(1)
