"""What a run creates beside the warehouse (the lock file, the staging folder, Great Expectations' project, the
Data Docs site, the file itself), and removing it again when the first run of a warehouse fails or is stopped: such
a run leaves the folder as it found it.

A warehouse that existed keeps them: its lock file and report belong to it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from flows.settings import RunSettings


def beside_the_warehouse(settings: RunSettings) -> list[Path]:
    warehouse = settings.warehouse
    return [Path(f"{warehouse}.lock"), settings.staging_folder, settings.gx_project, settings.dq_site,
            Path(f"{warehouse}.wal"), warehouse]


@dataclass(frozen=True)
class Snapshot:
    """Which of those paths existed when the run started."""

    existing: frozenset[Path]

    @classmethod
    def of(cls, settings: RunSettings) -> "Snapshot":
        return cls(frozenset(path for path in beside_the_warehouse(settings) if path.exists()))

    def remove_new(self, settings: RunSettings) -> list[Path]:
        """After a run that did not load: if there was no warehouse before it, remove what it created (a warehouse
        file included: one a full disk left empty or half written). Returns what was removed."""
        if settings.warehouse in self.existing:
            return []
        removed = []
        for path in beside_the_warehouse(settings):
            if path in self.existing or not path.exists():
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
        return removed
