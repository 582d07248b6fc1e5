"""Scheduling: a local Prefect server (unless PREFECT_API_URL points at one) and the deployment
`news-etl/scheduled` served with its cron schedule.

Schedules never fire on the temporary server an ad-hoc run starts, so `newswh serve` starts a real one on
127.0.0.1 and stops it again on Ctrl-C. Prefect is imported only once the API URL is decided.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

DEPLOYMENT_NAME = "scheduled"
DEFAULT_CRON = "*/15 * * * *"
SERVER_START_TIMEOUT_SECONDS = 120


class ServeError(Exception):
    """The server could not be started; the message says why."""


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def local_server(host: str, port: int, log_path: Path):
    """A Prefect server on host:port for as long as the block runs; yields its API URL."""
    api_url = f"http://{host}:{port}/api"
    if _healthy(api_url):
        raise ServeError(f"something already answers on {host}:{port}: choose another --port, or set "
                         f"PREFECT_API_URL={api_url} to use it")
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    # A local server schedules runs within seconds rather than the default minute.
    env.setdefault("PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS", "5")
    prefect = Path(sys.executable).with_name("prefect")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # Its own session: a Ctrl-C in the terminal reaches the runner only; the runner still needs the server to
    # pause its deployment on the way out, and the server is stopped after it.
    with open(log_path, "ab") as log:
        server = subprocess.Popen([str(prefect), "server", "start", "--host", host, "--port", str(port)],
                                  stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_SECONDS
        while not _healthy(api_url):
            if server.poll() is not None:
                raise ServeError(f"the Prefect server stopped at start (exit {server.returncode}); see {log_path}")
            if time.monotonic() > deadline:
                raise ServeError(f"the Prefect server did not answer within {SERVER_START_TIMEOUT_SECONDS} s; "
                                 f"see {log_path}")
            time.sleep(0.5)
        yield api_url
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def serve_deployment(cron: str, source: Path, warehouse: Path) -> None:
    """Register `news-etl/scheduled` with the schedule and serve its runs until interrupted.

    One run at a time: a Prefect global concurrency limit of 1 on the deployment, on top of the warehouse lock.
    """
    from prefect.deployments.runner import EntrypointType

    from flows.pipeline import news_etl

    news_etl.serve(
        name=DEPLOYMENT_NAME,
        cron=cron,
        parameters={"source": str(source.resolve()), "warehouse_path": str(warehouse.resolve())},
        description="Ingest the source folder into the warehouse on a schedule.",
        global_limit=1,
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
