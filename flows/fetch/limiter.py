"""Politeness per host: one request at a time, and a pause between the end of one and the start of the next."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class HostLimiter:
    """Hands out request slots per host. The pause runs from the end of a request, not its start, so that a slow
    server is never sent a request while it still works on the last one; a backoff or a robots.txt Crawl-delay
    lengthens it. `clock` and `sleep` are injectable so that a test can check the spacing without real waiting."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self._interval = interval
        self._clock, self._sleep = clock, sleep
        self._guard = threading.Lock()
        self._hosts: dict[str, threading.Lock] = {}
        self._intervals: dict[str, float] = {}
        self._next: dict[str, float] = {}
        # The bookkeeping a test reads: per host, the (start, end) of every slot, in order.
        self.slots: dict[str, list[tuple[float, float]]] = defaultdict(list)

    def interval(self, host: str) -> float:
        return self._intervals.get(host, self._interval)

    def slow_down(self, host: str, interval: float) -> None:
        """From now on wait at least `interval` seconds between this host's requests (a Crawl-delay)."""
        with self._guard:
            self._intervals[host] = max(self.interval(host), interval)

    def defer(self, host: str, seconds: float) -> None:
        """The host's next request starts no sooner than `seconds` from now (a backoff, a Retry-After)."""
        with self._guard:
            self._next[host] = max(self._next.get(host, 0.0), self._clock() + seconds)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._guard:
            lock = self._hosts.setdefault(host, threading.Lock())
        with lock:
            delay = self._next.get(host, 0.0) - self._clock()
            if delay > 0:
                self._sleep(delay)
            start = self._clock()
            try:
                yield
            finally:
                end = self._clock()
                self.slots[host].append((start, end))
                with self._guard:
                    self._next[host] = max(self._next.get(host, 0.0), end + self.interval(host))
