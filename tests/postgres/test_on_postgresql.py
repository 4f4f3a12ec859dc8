"""The database tests again, against a real PostgreSQL server started for this run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


def test_database_tests_pass_on_postgresql(postgres_url, tmp_path):
    if os.environ.get("ALLYKIT_TEST_DB_RERUN"):
        pytest.skip("already inside the PostgreSQL re-run")
    env = {
        **os.environ,
        "DATABASE_URL": postgres_url,
        "ALLYKIT_TEST_DB_RERUN": "1",
        "ALLYKIT_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "django_db and not browser and not postgres",
            "tests",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    # pytest's summary ends stdout; stderr may end with the test servers' log noise.
    tail = "\n".join(result.stdout.splitlines()[-40:])
    # Exit 5 means no test carried the mark: that would hide a broken selection, so fail too.
    assert result.returncode == 0, tail
    assert " passed" in tail


def test_postgresql_is_really_used(postgres_url):
    import psycopg

    with psycopg.connect(postgres_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    assert int(version.split(".")[0]) >= 13
