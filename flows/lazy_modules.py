"""Modules that Great Expectations imports when it is imported, for features the checks never use: loaded when
first used instead (the standard library's `importlib.util.LazyLoader`).

Importing GX costs about 2.7 CPU-seconds, in every process that runs a check: a `newswh run` with work, each run
`newswh serve` starts. Of that, SciPy's statistics (for distribution expectations) take about 0.8 s and Altair (for
profiling charts) about 0.25 s. Loaded lazily, a module is executed on the first use of one of its attributes, so a
feature that needs it still finds it whole.
"""

from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import ModuleSpec

# Imported by GX at start-up, used by no expectation or page of this project's suites.
UNUSED_AT_START = ("scipy.stats", "altair")


class _LazyFinder:
    """Finds the modules named as the other finders do, with a loader that defers executing them."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = frozenset(names)

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        if name not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


def defer_unused_modules(names: tuple[str, ...] = UNUSED_AT_START) -> None:
    """From now on, in this process, the modules `names` not yet imported are loaded when first used."""
    if any(isinstance(finder, _LazyFinder) for finder in sys.meta_path):
        return
    pending = tuple(name for name in names if name not in sys.modules)
    if pending:
        sys.meta_path.insert(0, _LazyFinder(pending))
