"""Helpers whose calls a test module makes are computed together, in one batch, before its tests run.

Parsing one article costs about a second whatever its size: polars keeps only 32 compiled regexes per thread, and
normalise + extract use some 400 patterns, so each call compiles them all again. A module of a hundred one-line
articles therefore parses them in one normalise + extract call instead of a hundred.

A helper wrapped in `batched(many)` answers a call from the results of its batch when it holds them, and otherwise
computes that one call itself, as it did before batching; a test gives the same answer with or without the batch.

The batch is found by running the module's tests first in a recording pass (`prepare`): a helper called with
arguments it has no result for records them and stops the test (`Pending`); the recorded calls are then computed in
one batch per helper, and the tests stopped are run again until none records a new call (a test that parses twice
needs two passes). The tests that take part are those that use the fixture `batched_calls` (tests/conftest.py) and
whose arguments are all parameters (no other fixture: nothing is written, nothing started); their outcome in the
recording pass is ignored, the real run reports them as before.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Hashable, Sequence
from typing import Any

MAX_PASSES = 5


class Pending(BaseException):
    """Raised by a helper in the recording pass: the call is recorded, the test stops here.

    A BaseException, so that a test's own `except Exception` or `pytest.raises(Exception)` does not hide it.
    """


class Failed(BaseException):
    """Raised by a helper in the recording pass for a call that raised in its batch: the test stops here."""


class Batched:
    """A helper `single` whose calls are answered from batches computed by `many`."""

    def __init__(self, single: Callable, many: Callable[[list[dict[str, Any]]], list[Any]]):
        self.single = single
        self.many = many
        self.signature = inspect.signature(single)
        self.results: dict[Hashable, Any] = {}
        self.pending: dict[Hashable, dict[str, Any]] = {}
        self.failed: set[Hashable] = set()  # calls that raise: left to the test itself, which then reports them
        self.batch_calls = 0  # calls of `many` over a batch
        self.direct_calls = 0  # calls answered by `single`, outside a batch
        functools.update_wrapper(self, single)

    def __call__(self, *args, **kwargs):
        bound = self.signature.bind(*args, **kwargs)
        bound.apply_defaults()
        key = _frozen(tuple(bound.arguments.items()))
        if key in self.results:
            return self.results[key]
        if _RECORDING:
            if key in self.failed:
                raise Failed
            self.pending[key] = dict(bound.arguments)
            raise Pending
        self.direct_calls += 1
        return self.single(*args, **kwargs)

    def run_pending(self) -> None:
        if not self.pending:
            return
        keys = list(self.pending)
        calls = [self.pending[k] for k in keys]
        self.pending.clear()
        self.batch_calls += 1
        try:
            results = self.many(calls)
        except Exception:
            # One case breaks the batch: compute the cases one by one, so that only the test of that case fails,
            # under its own name, when it makes the call itself.
            for key, call in zip(keys, calls):
                try:
                    self.results[key] = self.many([call])[0]
                except Exception:
                    self.failed.add(key)
            return
        for key, result in zip(keys, results, strict=True):
            self.results[key] = result

    def clear(self) -> None:
        self.results.clear()
        self.pending.clear()
        self.failed.clear()


HELPERS: list[Batched] = []
_RECORDING = False


def batched(many: Callable[[list[dict[str, Any]]], list[Any]]):
    """Decorator: the calls of the function it wraps are answered from batches computed by `many`.

    `many` takes the calls' arguments (a dict of name -> value per call, defaults filled in) and returns one result
    per call, in order, each equal to what the function returns for those arguments on its own. The results are
    shared by the tests that make the same call: return values a test cannot change (frames, tuples), or copy them
    in the function that calls the helper.
    """

    def wrap(single: Callable) -> Batched:
        helper = Batched(single, many)
        HELPERS.append(helper)
        return helper

    return wrap


def _frozen(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, set):
        return frozenset(_frozen(v) for v in value)
    return value


@contextlib.contextmanager
def _recording():
    global _RECORDING
    _RECORDING = True
    try:
        yield
    finally:
        _RECORDING = False


def _plain_call(item) -> Callable[[], Any] | None:
    """The test as a call of its function with its parameters, or None when it needs fixtures."""
    function = getattr(item, "obj", None)
    if function is None or not inspect.isfunction(function) or getattr(function, "is_hypothesis_test", False):
        return None
    params = dict(getattr(getattr(item, "callspec", None), "params", {}))
    names = list(inspect.signature(function).parameters)
    if set(names) - set(params):
        return None
    return lambda: function(**{name: params[name] for name in names})


def prepare(items: Sequence) -> None:
    """Run the tests in recording passes and compute every helper call they make, in one batch per helper and pass."""
    calls = [call for call in map(_plain_call, items) if call is not None]
    for _ in range(MAX_PASSES):
        stopped = []
        with _recording():
            for call in calls:
                try:
                    call()
                except Pending:
                    stopped.append(call)
                except Failed:
                    pass
                except (KeyboardInterrupt, SystemExit):
                    raise
                except BaseException:  # a failed assertion, pytest.fail or skip: the real run reports it
                    pass
        if not stopped:
            return
        for helper in HELPERS:
            helper.run_pending()
        calls = stopped  # only the tests stopped at a call not yet computed run again


def clear() -> None:
    for helper in HELPERS:
        helper.clear()
