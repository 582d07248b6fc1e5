"""`newswh` as a user runs it, in a process group of its own: its output read as it comes, its children found, and
signals sent to it or to its whole group (as a terminal's Ctrl-C is)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

from flows.settings import PROJECT_ROOT
from tests.prefect_home import new_prefect_home


def newswh_here(*args, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`newswh *args` through the console script's own entry point (`flows.cli.invoke`) in this process: its exit code
    and what it printed, as a CompletedProcess. A process of its own costs a command several CPU-seconds of imports
    (Prefect, Great Expectations) and, for a run, a pool of fresh workers; the tests about the process itself (its
    signals, children, temporary server and exit) use `Newswh`. `env` replaces the environment and `cwd` is the
    folder while the command runs; both are restored after it, with the signal handlers a command installs."""
    from flows.cli import invoke

    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    saved_handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = invoke([str(arg) for arg in args])
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        for number, handler in saved_handlers.items():
            signal.signal(number, handler)
    return subprocess.CompletedProcess(["newswh", *map(str, args)], code, stdout.getvalue(), stderr.getvalue())


class Newswh:
    """`api_url`: the Prefect server the run uses (the session's, tests/conftest.py `prefect_server`); None: the run
    starts a temporary server of its own, as a user's does (3-7 s), for the tests about that server."""

    def __init__(self, *args: str, prefect_home: Path, fault_pause: str | None = None, api_url: str | None = None,
                 **extra_env: str):
        env = {key: value for key, value in os.environ.items() if key not in ("PREFECT_API_URL", "NEWSWH_FAULT_PAUSE")}
        env.update(PREFECT_HOME=str(prefect_home), PYTHONUNBUFFERED="1", **extra_env)
        if api_url:
            env["PREFECT_API_URL"] = api_url
        else:
            new_prefect_home(prefect_home)  # the server the process starts finds its database migrated
        if fault_pause:
            env["NEWSWH_FAULT_PAUSE"] = fault_pause
        self.process = subprocess.Popen([sys.executable, "-m", "flows.cli", *args], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True,
                                        cwd=PROJECT_ROOT)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_for(self, pattern: str, timeout: float, count: int = 1) -> None:
        """Until `count` lines match `pattern`; fails the test with the output if the process ends or time runs
        out."""
        def seen() -> bool:
            return sum(1 for line in list(self.lines) if re.search(pattern, line)) >= count

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if seen():
                return
            if self.process.poll() is not None:
                time.sleep(0.2)  # the reader may still hold the last lines
                if seen():
                    return
                break
            time.sleep(0.1)
        raise AssertionError(f"no {count} lines matching {pattern!r}; output:\n{self.output[-4000:]}")

    def descendants(self) -> list[psutil.Process]:
        try:
            return psutil.Process(self.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def workers(self) -> list[psutil.Process]:
        """The run's chunk workers (spawned pool processes, not multiprocessing's resource tracker)."""
        found = []
        for process in self.descendants():
            try:
                command = " ".join(process.cmdline())
            except psutil.Error:
                continue
            if "spawn_main" in command and "resource_tracker" not in command:
                found.append(process)
        return found

    def send(self, signal_number: int, whole_group: bool = False) -> float:
        """Send a signal (to the process, or to its group as a terminal does); returns the monotonic time sent."""
        sent = time.monotonic()
        if whole_group:
            os.killpg(self.pid, signal_number)
        else:
            os.kill(self.pid, signal_number)
        return sent

    def stop(self, signal_number: int, whole_group: bool, timeout: float = 30) -> tuple[int, float]:
        """Send the signal and wait for the process to end: (exit code, seconds it took)."""
        sent = self.send(signal_number, whole_group)
        code = self.wait(timeout)
        return code, time.monotonic() - sent

    def wait(self, timeout: float) -> int:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill_all()
            raise AssertionError(f"still running after {timeout} s; output:\n{self.output[-4000:]}") from None
        self._reader.join(timeout=5)
        return code

    def kill_all(self) -> None:
        """Test clean-up: whatever is left of the process and its children."""
        for child in self.descendants():
            try:
                child.kill()
            except psutil.NoSuchProcess:
                pass
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait(timeout=10)


def alive(processes: list[psutil.Process]) -> list[str]:
    """The processes still running (zombies, already dead, do not count), as readable lines."""
    left = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                left.append(f"{process.pid} {' '.join(process.cmdline())[:120]}")
        except psutil.NoSuchProcess:
            pass
    return left


def wait_until_gone(processes: list[psutil.Process], timeout: float = 5) -> list[str]:
    deadline = time.monotonic() + timeout
    while alive(processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive(processes)


def start_a_run_now(port: int, prefect_home: Path, timeout: float = 90) -> None:
    """A run of news-etl/scheduled now, as a user starts one from the command line, on the server of a `newswh serve`
    on `port` (once its runner has registered the deployment: until then the command is refused, and tried again)."""
    command = [str(Path(sys.executable).with_name("prefect")), "deployment", "run", "news-etl/scheduled"]
    env = {**os.environ, "PREFECT_API_URL": f"http://127.0.0.1:{port}/api", "PREFECT_HOME": str(prefect_home)}
    deadline = time.monotonic() + timeout
    while True:
        started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        if started.returncode == 0:
            return
        assert time.monotonic() < deadline, started.stdout + started.stderr
        time.sleep(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int) -> bool:
    """Whether something listens on 127.0.0.1:port."""
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0
