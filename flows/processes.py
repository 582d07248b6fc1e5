"""Child processes that cannot outlive the run: worker pools and local Prefect servers.

Linux's parent-death signal makes a child end when the process that started it ends, however it ends (`kill -9`
included), so no worker or server is left running, adopted by init, still listening.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


@functools.cache
def _libc() -> ctypes.CDLL:
    """The C library's symbols as the process already has them loaded: no search for the library (ctypes.util's
    find_library runs `ldconfig -p`, a process of its own, which in a child between fork and exec is both slow and
    unsafe)."""
    return ctypes.CDLL(None, use_errno=True)


def die_with_parent(signal_number: int, parent_pid: int) -> None:
    """In a child process: receive `signal_number` when the parent (the thread that started us) ends. A parent that
    ended before this call (killed while the child was starting) is noticed too: the child is then adopted, its
    parent id no longer `parent_pid`. A no-op where the kernel has no such call (not Linux)."""
    if not sys.platform.startswith("linux"):
        return
    _libc().prctl(_PR_SET_PDEATHSIG, int(signal_number), 0, 0, 0)
    if os.getppid() != parent_pid:
        os.kill(os.getpid(), signal_number)


def ending_with_this_process(signal_number: int = signal.SIGKILL):
    """A `preexec_fn` for subprocess.Popen: the child ends when this process does. Start the child inside
    `interrupts_held()`: a Ctrl-C that reaches it before it leaves our process group is dropped, not raised in the
    child (see `_child_start`)."""
    if sys.platform.startswith("linux"):
        _libc()  # loaded here, so the child finds it loaded
    return functools.partial(_child_start, signal_number, os.getpid())


def _child_start(signal_number: int, parent_pid: int) -> None:
    """In a child between fork and exec: end with the parent, then drop a Ctrl-C aimed at the parent's process group
    (the child, in a session of its own by now, is no longer in it) and let Ctrl-C through again for the program it
    becomes. Had it not been held, the Ctrl-C would have raised KeyboardInterrupt inside the interpreter's at-fork
    hooks (fsspec registers one) and printed their traceback."""
    die_with_parent(signal_number, parent_pid)
    signal.sigtimedwait([signal.SIGINT], 0)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])


@contextlib.contextmanager
def interrupts_held():
    """Hold Ctrl-C (SIGINT) in this thread while a child is forked, so that the child starts with it held; on leaving,
    a Ctrl-C that came meanwhile is raised here, as KeyboardInterrupt, once the child exists."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGINT])
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def worker_initializer(parent_pid: int) -> None:
    """A pool worker: Ctrl-C goes to the whole process group, but only the run decides how to stop (it ends its
    workers itself), so the workers ignore it instead of each printing a traceback; and a worker ends with its run."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(signal.SIGKILL, parent_pid)


def end_children(grace_seconds: float = 3.0, own_session_only: bool = False) -> None:
    """Send SIGTERM to every descendant process, wait up to `grace_seconds` for them, then SIGKILL the rest (with no
    grace, SIGKILL at once: a SIGTERM no process has time to act on only interrupts what it was doing). With
    `own_session_only`, spare those started in a session of their own (a Prefect server this process started)."""
    import psutil

    def spared(child: psutil.Process) -> bool:
        try:
            return own_session_only and os.getsid(child.pid) != os.getsid(0)
        except OSError:
            return True

    children = [child for child in psutil.Process().children(recursive=True) if not spared(child)]
    alive = children
    if grace_seconds > 0:
        for child in children:
            try:
                child.terminate()
            except psutil.NoSuchProcess:
                pass
        _, alive = psutil.wait_procs(children, timeout=grace_seconds)
    for child in alive:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
