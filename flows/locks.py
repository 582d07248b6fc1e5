"""Advisory file locks that wait for their holder a while (one run per warehouse, one fetch per store)."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable


def wait_for_lock(handle, timeout_seconds: float, on_wait: Callable[[], None] | None = None) -> bool:
    """Take an exclusive advisory lock on an open file, waiting up to `timeout_seconds` for its holder (`on_wait`
    is called once if it has to wait); False if it is still held then."""
    deadline = time.monotonic() + timeout_seconds
    waiting = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if not waiting and on_wait is not None:
                on_wait()
            waiting = True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.5)
