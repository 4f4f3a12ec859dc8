"""SQLite files owner-only (600) from the moment the server opens them.

SQLite creates a new database with the process's umask (often 644), and its -wal and -shm files
with the database's mode. Each new connection therefore sets the database file, and any -wal,
-shm or -journal beside it, to 600 (config.data_dir has made the folder 700 and fixed existing
files at start-up). The messages people send are in this file.
"""

from __future__ import annotations

from pathlib import Path

from django.db.backends.signals import connection_created
from django.dispatch import receiver

SUFFIXES = ("", "-wal", "-shm", "-journal")


def private(path: Path) -> None:
    for suffix in SUFFIXES:
        file = path.with_name(path.name + suffix)
        try:
            if file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except FileNotFoundError:
            continue


@receiver(connection_created)
def private_sqlite_files(sender, connection, **kwargs):
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict["NAME"])
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    private(Path(name))
