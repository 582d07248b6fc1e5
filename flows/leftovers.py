"""What a run creates beside the warehouse (the lock file, the staging folder, Great Expectations' project and the
Data Docs site), and removing it again when a run that failed or was stopped leaves no warehouse behind: such a run
leaves the folder as it found it.

A warehouse that exists keeps them: its lock file and report belong to it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from flows.settings import RunSettings
from flows.staging import staging_folder


def beside_the_warehouse(settings: RunSettings) -> list[Path]:
    warehouse = settings.warehouse
    return [Path(f"{warehouse}.lock"), staging_folder(warehouse), settings.gx_project, settings.dq_site,
            Path(f"{warehouse}.wal")]


@dataclass(frozen=True)
class Snapshot:
    """Which of those paths existed when the run started."""

    existing: frozenset[Path]

    @classmethod
    def of(cls, settings: RunSettings) -> "Snapshot":
        return cls(frozenset(path for path in beside_the_warehouse(settings) if path.exists()))

    def remove_new(self, settings: RunSettings) -> list[Path]:
        """Remove what the run created, if it left no warehouse; returns what was removed."""
        if settings.warehouse.exists():
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
