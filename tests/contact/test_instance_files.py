"""The instance folder is private: folder 700, secret key and SQLite files 600 (issue 17 item 7)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from allykit.config import make_private
from allykit.contact.filemodes import private

ROOT = Path(__file__).resolve().parents[2]
FILES = ("secret_key", "allykit.sqlite3", "allykit.sqlite3-wal", "allykit.sqlite3-shm")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _open_world(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    for name in FILES:
        (folder / name).write_text("x" if name == "secret_key" else "")
        (folder / name).chmod(0o644)


def test_existing_files_and_folder_are_made_private(tmp_path):
    folder = tmp_path / "var"
    _open_world(folder)
    (folder / "notes.txt").write_text("not ours")
    (folder / "notes.txt").chmod(0o644)
    make_private(folder)
    assert mode(folder) == 0o700
    assert {name: mode(folder / name) for name in FILES} == dict.fromkeys(FILES, 0o600)
    assert mode(folder / "notes.txt") == 0o644  # only what the toolkit keeps there


def test_a_database_opened_later_gets_its_wal_and_shm_fixed(tmp_path):
    db = tmp_path / "other.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").write_text("")
        Path(f"{db}{suffix}").chmod(0o644)
    private(db)
    assert [mode(Path(f"{db}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3


def _start(folder: Path) -> None:
    """A real start: settings load, one connection opens the database and writes to it (WAL)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ALLYKIT_SECRET_KEY")}
    env.update(ALLYKIT_DATA_DIR=str(folder), DJANGO_SETTINGS_MODULE="allykit.settings")
    code = (
        "import os, django; os.umask(0o022); django.setup()\n"
        "from django.db import connection\n"
        "with connection.cursor() as c:\n"
        "    c.execute('CREATE TABLE IF NOT EXISTS t (x)')\n"
        "    c.execute('INSERT INTO t VALUES (1)')\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)


@pytest.mark.slow
def test_a_fresh_instance_folder_is_private_from_the_start(tmp_path):
    folder = tmp_path / "new" / "var"
    _start(folder)
    assert mode(folder) == 0o700
    assert mode(folder / "secret_key") == 0o600
    assert mode(folder / "allykit.sqlite3") == 0o600
    for extra in ("allykit.sqlite3-wal", "allykit.sqlite3-shm"):
        if (folder / extra).exists():  # removed again when the last connection closes cleanly
            assert mode(folder / extra) == 0o600


@pytest.mark.slow
def test_an_existing_world_readable_instance_is_fixed_on_start(tmp_path):
    folder = tmp_path / "var"
    _open_world(folder)
    for name in FILES[1:]:
        (folder / name).unlink()
    import sqlite3

    with sqlite3.connect(folder / "allykit.sqlite3") as db:  # a real database, left 644
        db.execute("CREATE TABLE t (x)")
    (folder / "allykit.sqlite3").chmod(0o644)
    (folder / "secret_key").write_text("a-secret-key-that-was-world-readable")
    _start(folder)
    assert mode(folder) == 0o700
    assert mode(folder / "secret_key") == 0o600
    assert mode(folder / "allykit.sqlite3") == 0o600
