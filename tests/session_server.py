"""One Prefect server for the whole test session, its xdist workers included.

Each worker used to start a server of its own (the harness of prefect.testing): four starts, and four servers idling
through the session. The first process that asks starts this one (`api_url`), in the session's shared folder; it is
kept by a small process of its own (`python -m tests.session_server`), not by that worker, because a worker that runs
out of tests exits while the others still use the server. The keeper stops the server when the session's first
process says so (`stop`) or is gone, however it ended.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.prefect_home import new_prefect_home, session_folder, session_lock

OWNER_VARIABLE = "NEWSWH_TESTS_OWNER_PID"  # the session's first process (tests/conftest.py)
SERVER_HOME = "prefect-server-home"  # in the session's folder: the server's Prefect home, its database inside
START_TIMEOUT_SECONDS = 180
# What a server needs to record flow runs, and nothing that schedules, cancels or cleans up on its own, nor keeps
# the events runs send and the task runs they record (no test reads them: half the server's work for a run).
SERVICES_OFF = ("SCHEDULER", "LATE_RUNS", "FOREMAN", "CANCELLATION_CLEANUP", "PAUSE_EXPIRATIONS", "REPOSSESSOR",
                "TRIGGERS", "EVENT_LOGGER", "DB_VACUUM", "CLEANUP_RECONCILER", "EVENT_PERSISTER", "TASK_RUN_RECORDER")


def _files() -> tuple[Path, Path, Path]:
    folder = session_folder()
    return folder / "prefect-server.url", folder / "prefect-server.pid", folder / "prefect-server.log"


def api_url() -> str:
    """The session server's API URL, the server started if it is not yet."""
    url_file, pid_file, log = _files()
    with session_lock("prefect-server"):
        if not url_file.exists():
            env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
            env.update({f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false" for name in SERVICES_OFF})
            env["PREFECT_HOME"] = str(new_prefect_home(session_folder() / SERVER_HOME))
            with open(log, "ab") as output:
                keeper = subprocess.Popen([sys.executable, "-m", "tests.session_server"], env=env, stdout=output,
                                          stderr=subprocess.STDOUT, start_new_session=True,
                                          cwd=Path(__file__).resolve().parents[1])
            pid_file.write_text(str(keeper.pid))
            deadline = time.monotonic() + START_TIMEOUT_SECONDS
            while not url_file.exists():
                assert keeper.poll() is None and time.monotonic() < deadline, \
                    f"the session's Prefect server did not start: {log.read_text()[-3000:]}"
                time.sleep(0.1)
    return url_file.read_text()


def stop() -> None:
    """Stop the session's server, if one was started (by the session's first process, at its end)."""
    _, pid_file, _ = _files()
    if pid_file.exists():
        try:
            os.kill(int(pid_file.read_text()), signal.SIGTERM)
        except ProcessLookupError:
            pass


def _keep() -> None:
    from flows.serve import temporary_server

    url_file, _, log = _files()
    owner = int(os.environ[OWNER_VARIABLE])
    stopping: list[int] = []
    signal.signal(signal.SIGTERM, lambda number, _frame: stopping.append(number))
    with temporary_server(log.with_suffix(".server.log")) as url:
        written = url_file.with_suffix(".part")
        written.write_text(url)
        written.rename(url_file)
        while not stopping and _alive(owner):
            time.sleep(0.5)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    _keep()
