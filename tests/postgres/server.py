"""Start a throwaway PostgreSQL server in a temporary folder (initdb + pg_ctl)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def find_binary(name: str) -> str | None:
    """`name` on the PATH or in Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb and pg_ctl refuse to run as root: run them as the postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _env() -> dict:
    return {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def start_server(attempts: int = 5) -> dict:
    """Start a fresh server; return {"base": postgresql://... (no database), "root": folder}.

    The port is a free one chosen just before the start; if another process takes it in
    between (parallel workers, other test runs), the start fails and is tried on another port.
    """
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not (initdb and pg_ctl):
        raise FileNotFoundError("initdb/pg_ctl not found (install Debian's postgresql package)")
    root = Path(tempfile.mkdtemp(prefix="allykit-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    subprocess.run(
        _as_postgres(
            [
                initdb,
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ]
        ),
        check=True,
        capture_output=True,
        env=_env(),
        cwd=root,
    )
    for attempt in range(attempts):
        port = free_port()
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        )
        started = subprocess.run(
            _as_postgres(
                [
                    pg_ctl,
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(root / "log"),
                    "-w",
                    "-t",
                    "30",
                    "start",
                ]
            ),
            capture_output=True,
            env=_env(),
            cwd=root,
        )
        if started.returncode == 0:
            info = {"base": f"postgresql://postgres@127.0.0.1:{port}", "root": str(root)}
            _wait_ready(info["base"])
            return info
        if attempt == attempts - 1:
            log_file = root / "log"
            log = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
            shutil.rmtree(root, ignore_errors=True)
            raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{log}")
    raise AssertionError("unreachable")


def _wait_ready(base: str) -> None:
    import psycopg

    for _ in range(100):
        try:
            with psycopg.connect(f"{base}/postgres", autocommit=True, connect_timeout=2):
                return
        except psycopg.OperationalError:
            time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL at {base} does not answer")


def create_database(base: str, name: str) -> str:
    """Create database `name` (dropping an old one of that name); return its URL."""
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def stop_server(info: dict) -> None:
    root = Path(info["root"])
    pg_ctl = find_binary("pg_ctl")
    if pg_ctl and (root / "data").exists():
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(root / "data"), "-m", "fast", "-w", "stop"]),
            capture_output=True,
            env=_env(),
            cwd=root,
        )
    shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def postgres_server(dbname: str = "allykit"):
    """Yield a DATABASE_URL for a fresh server; stop it and delete its folder afterwards."""
    info = start_server()
    try:
        yield create_database(info["base"], dbname)
    finally:
        stop_server(info)
