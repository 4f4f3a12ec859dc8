"""A PostgreSQL server started by the test run itself (a failure in CI when unavailable).

One server serves the whole run. Without xdist the session fixture starts and stops it. With
xdist (`-n`), the first worker that needs it starts it under a file lock in the run's shared
temporary folder and writes its address there; the other workers reuse it; each worker gets a
database of its own (so pytest-django's test databases never meet); and the controller process
stops the server when the run ends (pytest_unconfigure below). Runs that need no PostgreSQL
test start nothing.
"""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.postgres.server import create_database, find_binary, start_server, stop_server

STATE = "allykit-postgres.json"


@contextmanager
def _locked(path: Path):
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _shared_server(shared: Path) -> dict:
    """The run's one server: started by the first worker to ask, reused by the others."""
    state = shared / STATE
    with _locked(shared / "allykit-postgres.lock"):
        if state.exists():
            return json.loads(state.read_text())
        info = start_server()
        state.write_text(json.dumps(info))
        return info


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory):
    """DATABASE_URL of a fresh PostgreSQL database, on a server started for this test run."""
    if not (find_binary("initdb") and find_binary("pg_ctl")):
        message = "PostgreSQL server binaries not found (install Debian's postgresql package)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        info = start_server()
        try:
            yield create_database(info["base"], "allykit")
        finally:
            stop_server(info)
        return
    # Each worker's basetemp is <the run's basetemp>/popen-gwN: the parent is shared by the run.
    info = _shared_server(tmp_path_factory.getbasetemp().parent)
    yield create_database(info["base"], f"allykit_{worker}")


def pytest_unconfigure(config):
    """In the xdist controller: stop the server a worker started for this run, if any."""
    if hasattr(config, "workerinput") or not hasattr(config, "_tmp_path_factory"):
        return
    if not getattr(config.option, "numprocesses", None):
        return
    try:
        state = config._tmp_path_factory.getbasetemp() / STATE
    except Exception:  # noqa: BLE001 - no temporary folder was made: nothing was started
        return
    if state.exists():
        stop_server(json.loads(state.read_text()))
        state.unlink(missing_ok=True)  # another worker may have cleaned up first
