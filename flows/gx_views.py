"""The Data Docs' page views: GX's own, with their compiled templates kept between builds.

GX makes a new Jinja environment for every view of every build, so each build parses and compiles the same
templates again (some fifty, about a third of a small run's report). Jinja's file bytecode cache, shared by every
build and process of this user, keeps them compiled; an entry is keyed by the template's source, so a GX upgrade
compiles its new templates once. The site names these classes (`gx_project.site_config`); the pages are GX's own.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from flows.lazy_modules import defer_unused_modules

defer_unused_modules()  # before GX is imported, wherever this module is imported first (flows/lazy_modules.py)
from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView  # noqa: E402


class _BestEffortCache(FileSystemBytecodeCache):
    """A cache that cannot be read or written (a full or read-only temporary folder) costs a compile, never a
    report."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


@lru_cache(maxsize=1)
def compiled_templates() -> BytecodeCache | None:
    """Jinja's bytecode cache in its default folder (in the system's temporary folder, one per user); none if that
    folder cannot be made."""
    try:
        return _BestEffortCache()
    except (OSError, RuntimeError):
        return None


class CompiledPageView(DefaultJinjaPageView):
    """A suite's or a validation result's page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = compiled_templates()


class CompiledIndexPageView(DefaultJinjaIndexPageView):
    """The site's index."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = compiled_templates()
