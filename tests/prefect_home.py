"""Prefect homes for the tests' servers, each holding an empty Prefect database with every migration applied.

A Prefect server on a new home first creates its database and applies some hundred migrations: about 9 of the 15
CPU-seconds of its start. The tests start some twenty servers (the session's, and those of the `newswh run` and
`newswh serve` processes whose server is what they test), so the database is migrated once per test session, by
whichever process asks first, and copied: a server on the copy starts as on a home used before.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

# The folder the whole test session shares, its xdist workers included (they inherit the variable from the process
# that starts them, which made the folder): the migrated database lives there.
SESSION_VARIABLE = "NEWSWH_TESTS_SESSION_FOLDER"  # set in tests/conftest.py
DATABASE = "prefect.db"  # where a Prefect home keeps its server's database, by default


def session_folder() -> Path:
    return Path(os.environ[SESSION_VARIABLE])


@contextmanager
def session_lock(name: str):
    """An exclusive lock, across the session's processes, named `name`."""
    with open(session_folder() / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def migrated_database() -> Path:
    """The session's empty, migrated Prefect database (made on the first call)."""
    home = session_folder() / "prefect-migrated"
    database = home / DATABASE
    with session_lock("prefect-migrated"):
        if not database.exists():
            home.mkdir(exist_ok=True)
            env = {key: value for key, value in os.environ.items()
                   if key not in ("PREFECT_API_URL", "PREFECT_SERVER_DATABASE_CONNECTION_URL")}
            made = subprocess.run([str(Path(sys.executable).with_name("prefect")), "server", "database", "upgrade",
                                   "-y"], env={**env, "PREFECT_HOME": str(home)}, capture_output=True, text=True,
                                  timeout=300)
            assert made.returncode == 0 and database.exists(), made.stdout[-2000:] + made.stderr[-2000:]
    return database


def new_prefect_home(home: Path) -> Path:
    """`home` made a Prefect home whose server starts on a migrated, empty database."""
    home.mkdir(parents=True, exist_ok=True)
    if not (home / DATABASE).exists():
        shutil.copyfile(migrated_database(), home / DATABASE)
    return home
